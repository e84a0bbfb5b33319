"""Refuse SPARQL that would make the engine fetch from the network, before it runs.

Oxigraph evaluates ``SERVICE <url> { … }`` by sending the pattern to ``url``
itself, and ``LOAD <url>`` by downloading it: a query sent to ``kg serve``
(or a link a web page makes a browser follow) could then reach any server the
machine can reach, and return its answer. No other clause fetches (FROM, GRAPH
and DESCRIBE name graphs of the store). The text is parsed with rdflib's
SPARQL grammar, so a keyword inside a string, an IRI or a comment is not one,
and the clause is found at any depth: subqueries, OPTIONAL, UNION, MINUS,
``SERVICE SILENT``, ``SERVICE ?endpoint``, an update's WHERE.

Parsing costs a few milliseconds, more than a simple query takes to answer, so
text in which neither word appears in any case (nor a ``\\u`` escape, which
could spell one) is passed to the engine without it: it cannot hold either clause.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Collection, Iterator
from typing import Any

from kg.errors import QueryError

__all__ = ["check_query", "check_update"]

#: Parse-tree nodes that make Oxigraph fetch, and the clause each stands for.
_FETCHING = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


def check_query(text: str, allowed_hosts: Collection[str] = (), *, hint: str = "") -> None:
    """Raise unless ``text`` is a query that fetches from no host outside ``allowed_hosts``.

    Args:
        text: The SPARQL query.
        allowed_hosts: Host names (or ``host:port``) that SERVICE may call.
        hint: How the user can allow a host, added to the refusal.

    Raises:
        QueryError: the query is malformed, or it names a SERVICE not allowed.
    """
    from rdflib.plugins.sparql.parser import parseQuery

    if _may_fetch(text):
        _check(_parse(parseQuery, text, "SPARQL"), allowed_hosts, hint)


def check_update(text: str, allowed_hosts: Collection[str] = (), *, hint: str = "") -> None:
    """Like :func:`check_query`, for a SPARQL Update (LOAD and SERVICE)."""
    from rdflib.plugins.sparql.parser import parseUpdate

    if _may_fetch(text):
        _check(_parse(parseUpdate, text, "SPARQL Update"), allowed_hosts, hint)


def _may_fetch(text: str) -> bool:
    lowered = text.lower()
    return "service" in lowered or "load" in lowered or "\\u" in lowered


def _parse(parse: Any, text: str, language: str) -> Any:
    from pyparsing import ParseBaseException

    try:
        return parse(text)
    except ParseBaseException as err:
        raise QueryError(f"malformed {language} at {err.lineno}:{err.col}: {err.msg}") from None
    except RecursionError:
        raise QueryError(f"malformed {language}: nested too deeply") from None


def _check(tree: Any, allowed_hosts: Collection[str], hint: str) -> None:
    allowed = {host.lower() for host in allowed_hosts if host}
    nodes = list(_nodes(tree))
    prefixes: dict[str, set[str]] = {}
    bases: set[str] = set()
    for node in nodes:
        if node.name == "PrefixDecl":
            prefixes.setdefault(node.get("prefix") or "", set()).add(str(node["iri"]))
        elif node.name == "Base":
            bases.add(str(node["iri"]))
    for node in nodes:
        clause = _FETCHING.get(node.name)
        if clause is None:
            continue
        target = node.get("term") if clause == "SERVICE" else node.get("iri")
        # A prefix declared twice (updates can) or a BASE: every reading must be allowed.
        iris = _iris(target, prefixes, bases)
        if not iris or not all(_host(iri) in allowed or _host_port(iri) in allowed
                               for iri in iris):
            shown = f"<{min(iris)}>" if iris else _shown(target)
            raise QueryError(f"{clause} {shown} is refused: kg makes no requests to other "
                             f"servers{hint}")


def _nodes(tree: Any) -> Iterator[Any]:
    """Every parse-tree node (rdflib's CompValue), without recursion: queries nest deeply."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or hasattr(item, "as_list"):
            stack.extend(item)


def _iris(target: Any, prefixes: dict[str, set[str]], bases: set[str]) -> set[str]:
    """The absolute IRIs ``target`` can stand for; none for a variable."""
    from rdflib import URIRef
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(target, CompValue) and target.name == "pname":
        local = target.get("localname") or ""
        return {iri + local for iri in prefixes.get(target.get("prefix") or "", set())}
    if isinstance(target, URIRef):
        iri = str(target)
        if urllib.parse.urlsplit(iri).scheme:
            return {iri}
        return {urllib.parse.urljoin(base, iri) for base in bases}
    return set()


def _shown(target: Any) -> str:
    from rdflib import Variable

    return f"?{target}" if isinstance(target, Variable) else f"<{target}>"


def _host(iri: str) -> str:
    parts = urllib.parse.urlsplit(iri)
    return (parts.hostname or "") if parts.scheme in {"http", "https"} else ""


def _host_port(iri: str) -> str:
    parts = urllib.parse.urlsplit(iri)
    try:
        port = parts.port
    except ValueError:
        return ""
    return f"{_host(iri)}:{port}" if port is not None and _host(iri) else ""
