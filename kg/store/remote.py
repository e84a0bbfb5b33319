"""Keep the graph in a SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, …) over HTTP.

Reads go through the query endpoint (SPARQL 1.1 Protocol), writes through the
Graph Store Protocol (one request per article graph) when a Graph Store
endpoint is given, else through SPARQL Update in batches.

A shared server holds more than kg's data (Virtuoso alone shows ~2.5k quads of
its own), so every query is kept to kg's graphs (the article, entities, corroboration and
ontology graph), whose merge is the default graph: queries see exactly what the
embedded store would hold. On Virtuoso this is done by excluding the other
graphs (its ``input:default-graph-exclude`` pragmas), because naming kg's graphs
in the protocol costs it minutes per query at 2,000 articles; on other servers
kg's graphs are named in the protocol (``default-graph-uri``/``named-graph-uri``).
"""

from __future__ import annotations

import http.client
import io
import itertools
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, BinaryIO

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import BNode, Node

from kg.errors import QueryError, StoreError
from kg.model import KnowledgeGraph
from kg.store.rdf import Quad, graph_quads
from kg.store.store import GraphStore
from kg.vocab import (
    BASE,
    CORROBORATION_GRAPH,
    ENTITIES_GRAPH,
    EXTRACTIONS_GRAPH,
    KG,
    ONTOLOGY_FILE,
    ONTOLOGY_IRI,
    PREFIXES,
    REDIRECTS_GRAPH,
    SYSTEM_GRAPHS,
    with_prefixes,
)

__all__ = ["RemoteStore", "code_of", "query_form"]

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
# Scanned left to right, so a '#' or a keyword inside an IRI or a string is not taken for code.
_NOT_CODE = re.compile(
    r"""<[^<>"{}|^`\\\s]*>"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*\''''
    r"|#[^\n]*",
    re.DOTALL,
)
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")
_PROJECTION = re.compile(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{)", re.IGNORECASE | re.DOTALL)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ARTICLE_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG.Article}> }} }}"
_TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
_CONSTANT_GRAPH = re.compile(r"\bGRAPH\s+[^?$\s]", re.IGNORECASE)
#: How long the list of kg's graphs is trusted before it is read again (others may write too).
_GRAPHS_TTL = 10.0
#: The same for the other graphs on the server, slower to list and rarely changing.
_FOREIGN_TTL = 300.0


def code_of(sparql: str) -> str:
    """``sparql`` with its IRIs, strings and comments blanked: only keywords and names stay."""
    return _NOT_CODE.sub(" ", sparql)


def query_form(sparql: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``DESCRIBE`` or ``ASK``: the form of a query.

    Raises:
        QueryError: the text has none of these forms (e.g. it is an update).
    """
    match = _FORM.search(code_of(sparql))
    if match is None:
        raise QueryError("malformed SPARQL: expected a SELECT, CONSTRUCT, DESCRIBE or ASK query")
    return match.group(1).upper()


def _nt(term: Node) -> str:
    """A term in N-Triples syntax, which SPARQL also accepts: the one way values enter text.

    Raises:
        StoreError: an IRI holds a character that would end it (``>``, space, …).
    """
    if isinstance(term, URIRef):
        if _BAD_IRI.search(term):
            raise StoreError(f"cannot send the IRI {str(term)!r} to a SPARQL server: "
                             "it holds a character IRIs may not contain")
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:b{term}"
    if isinstance(term, Literal):
        text = (str(term).replace("\\", "\\\\").replace('"', '\\"')
                .replace("\n", "\\n").replace("\r", "\\r"))
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    raise StoreError(f"cannot write {term!r} to a SPARQL server")


def _with_bindings(sparql: str, bindings: Mapping[str, Node]) -> str:
    """Put the bound values in place of their variables, as Oxigraph does with bindings.

    A trailing VALUES clause would not do: it is joined last, so a FILTER inside
    the query would see the variable unbound. In the first SELECT's projection a
    value becomes ``(value AS ?name)``, so the variable is still answered. Values
    enter only through :func:`_nt`, escaped; names must be plain variable names.
    """
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name")
    # IRIs, strings and comments blanked, every character kept in its place.
    code = _NOT_CODE.sub(lambda match: " " * len(match.group()), sparql)
    select = _PROJECTION.search(code)
    projection = range(select.start(1), select.end(1)) if select else range(0)
    pieces, done = [], 0
    for match in _VARIABLE.finditer(code):
        name = match.group(1)
        if name in bindings:
            value = _nt(bindings[name])
            pieces += [sparql[done:match.start()],
                       f"({value} AS ?{name})" if match.start() in projection else value]
            done = match.end()
    return "".join(pieces) + sparql[done:]


class RemoteStore:
    """A kg graph in a SPARQL 1.1 server (a :class:`~kg.store.base.Store`).

    The extraction ledger and name index live on the server too, in their own
    graph, so articles are added and removed incrementally, as in the embedded
    store. A change is written in several requests (servers refuse large ones):
    unlike the embedded store's, it is not one transaction.

    Args:
        endpoint: The query endpoint, e.g. ``http://127.0.0.1:8890/sparql``. A
            ``user:password@`` part is sent as HTTP Basic or Digest credentials.
        update_endpoint: Where SPARQL Update goes (default: ``endpoint``).
        graph_store_endpoint: A Graph Store Protocol endpoint; when given, writes
            go there, one request per graph.
        timeout: Seconds to wait for any one HTTP request.
        batch_size: Quads per SPARQL Update request (Virtuoso refuses ~5,000).
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None,
                 graph_store_endpoint: str | None = None, timeout: float = 300.0,
                 batch_size: int = 250):
        self._passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self.endpoint = self._strip_credentials(endpoint)
        self.update_endpoint = self._strip_credentials(update_endpoint or endpoint)
        self.graph_store_endpoint = (self._strip_credentials(graph_store_endpoint)
                                     if graph_store_endpoint else None)
        self.location = self.endpoint
        self.timeout = timeout
        self.batch_size = batch_size
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPBasicAuthHandler(self._passwords),
            urllib.request.HTTPDigestAuthHandler(self._passwords),
        )
        self._graphs: list[URIRef] | None = None
        self._graphs_read = 0.0
        self._foreign: list[str] | None = None
        self._foreign_read = 0.0
        self._server = ""

    def _strip_credentials(self, url: str) -> str:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise StoreError(f"{url}: not an http(s) SPARQL endpoint URL")
        if parts.username is None:
            return url
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        bare = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        self._passwords.add_password(None, bare, urllib.parse.unquote(parts.username),
                                     urllib.parse.unquote(parts.password or ""))
        return bare

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Nothing stays open between requests; kept for parity with :class:`GraphStore`."""
        self._graphs = None

    # -- HTTP ---------------------------------------------------------------------------------

    def _send(self, url: str, body: bytes | None, headers: dict[str, str],
              method: str = "POST") -> tuple[str, bytes]:
        """One request; the answer's media type and body. HTTP failures become kg errors."""
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                self._server = response.headers.get("Server", "")
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as err:
            # Virtuoso echoes the whole query (with the dataset) after its message.
            detail = " ".join(err.read().decode("utf-8", "replace").split())
            detail = detail.split(" SPARQL query:")[0][:300]
            if err.code == 400:
                raise QueryError(f"{url} refused the request as malformed: {detail}") from None
            hint = {401: "; give user:password@ in the URL",
                    403: "; the server does not allow this (for Virtuoso, "
                         "GRANT SPARQL_UPDATE TO \"SPARQL\")",
                    404: "; check the endpoint URL"}.get(err.code, "")
            raise StoreError(f"{url}: HTTP {err.code} {err.reason}{hint}: {detail}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason}); "
                             "is it running, and is the URL right?") from None

    # -- reading ------------------------------------------------------------------------------

    def graphs(self) -> list[URIRef]:
        """kg's graphs on the server: every article graph, and the ontology, entities and
        corroboration graphs if there."""
        if self._graphs is None or time.monotonic() - self._graphs_read > _GRAPHS_TTL:
            found = self._select(_ARTICLE_GRAPHS, dataset=None)
            graphs = {row[0] for row in found}  # type: ignore[index]
            for extra in (URIRef(ONTOLOGY_IRI), ENTITIES_GRAPH, CORROBORATION_GRAPH,
                          REDIRECTS_GRAPH, EXTRACTIONS_GRAPH):
                if self._select(f"ASK {{ GRAPH {extra.n3()} {{ ?s ?p ?o }} }}", dataset=None):
                    graphs.add(extra)
            self._graphs = sorted(graphs)  # type: ignore[arg-type]
            self._graphs_read = time.monotonic()
        return list(self._graphs)

    def _excludes_foreign_graphs(self) -> bool:
        """Whether to keep queries to kg's graphs by excluding the others (Virtuoso only)."""
        return self._server.startswith("Virtuoso")

    def _foreign_graphs(self) -> list[str]:
        """Graphs on the server that are not kg's (Virtuoso's own, other people's)."""
        if self._foreign is None or time.monotonic() - self._foreign_read > _FOREIGN_TTL:
            found = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                 f'FILTER(!STRSTARTS(STR(?g), "{BASE}")) }}', dataset=None)
            self._foreign = sorted(str(row[0]) for row in found)  # type: ignore[index]
            self._foreign_read = time.monotonic()
        return self._foreign

    def _select(self, sparql: str, dataset: list[URIRef] | None, *, name: bool = False) -> Result:
        """Send a query; ``dataset`` keeps it to those graphs (``name``: by naming them)."""
        form = query_form(sparql)
        params = [("query", sparql)]
        if dataset is not None and not name and self._excludes_foreign_graphs():
            # Virtuoso 7.2 finds nothing in GRAPH <iri> { } once any graph is excluded, so a
            # query that names its graph goes as it is (only what lies outside GRAPH <iri>
            # could then see other graphs).
            if not _CONSTANT_GRAPH.search(_NOT_CODE.sub(" ", sparql)):
                pragmas = "".join(f"define input:{kind}-graph-exclude {_nt(URIRef(g))}\n"
                                  for g in self._foreign_graphs() for kind in ("default", "named"))
                params = [("query", pragmas + sparql)]
        elif dataset is not None:
            # An empty list would mean "the whole server": name the (maybe empty) ontology graph.
            names = [str(g) for g in dataset] or [ONTOLOGY_IRI]
            params += [("default-graph-uri", g) for g in names]
            params += [("named-graph-uri", g) for g in names]
        accept = _RESULTS_JSON if form in {"SELECT", "ASK"} else f"{_NTRIPLES}, text/turtle;q=0.9"
        media, data = self._send(self.endpoint, urllib.parse.urlencode(params).encode(), {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        if form in {"SELECT", "ASK"}:
            try:
                result = Result.parse(io.BytesIO(data), format="json")
            except Exception as err:
                raise StoreError(f"{self.endpoint}: unreadable SPARQL results ({err})") from None
            if form == "ASK" and result.type == "SELECT":
                # Virtuoso answers ASK with one row binding ?__ASK_RETVAL to 0 or 1.
                answer = Result("ASK")
                answer.askAnswer = any(bool(int(row[0])) for row in result)  # type: ignore[index, arg-type]
                return answer
            return result
        graph = Graph(bind_namespaces="none")
        try:
            graph.parse(data=data, format="turtle" if "turtle" in media else "nt")
        except Exception as err:
            raise StoreError(f"{self.endpoint}: unreadable {media} answer ({err})") from None
        result = Result(form)
        result.graph = graph
        return result

    def strings(self, sparql: str) -> Iterator[tuple[Any, ...]]:
        """The solutions of a SELECT query as lexical forms, as :meth:`GraphStore.strings`."""
        for row in self.query(sparql):
            yield tuple(None if value is None else str(value) for value in row)  # type: ignore[union-attr]

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
              prefixes: bool = False, default_graph: str | None = None) -> Result:
        """Run a SPARQL query over kg's graphs on the server (their merge is the default graph).

        Args:
            prefixes: Declare the kg prefixes (``kg:``, ``rdfs:``, …) for the query.
            default_graph: Refused: the server's default graph is the merge of kg's.

        Raises:
            QueryError: the query is malformed.
            StoreError: the server cannot be reached or refuses.
        """
        if default_graph is not None:
            raise QueryError("default-graph-uri is not supported over a remote store; name "
                             "graphs with FROM or GRAPH in the query")
        if prefixes:
            sparql = with_prefixes(sparql)
        if bindings:
            sparql = _with_bindings(sparql, bindings)
        return self._select(sparql, dataset=self.graphs())

    def rows(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
             prefixes: bool = False) -> list[tuple[Any, ...]]:
        """The solutions of a SELECT query as tuples (see :meth:`query` for the arguments)."""
        return [tuple(row) for row in self.query(sparql, bindings, prefixes=prefixes)]  # type: ignore[arg-type]

    def records(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
                prefixes: bool = False) -> list[dict[str, Any]]:
        """The solutions of a SELECT query as dicts of the bound variables."""
        return [row.asdict() for row in self.query(sparql, bindings, prefixes=prefixes)]  # type: ignore[union-attr]

    def _triples(self, sparql: str) -> Iterator[tuple[Node, ...]]:
        """The rows of a query, plain literals untyped (as the embedded store reads them)."""
        for row in self._select(sparql, dataset=self.graphs()):
            yield tuple(_plain(term) for term in row)  # type: ignore[union-attr]

    def graph_triples(self, graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph."""
        return set(self._triples(  # type: ignore[arg-type]
            f"SELECT ?s ?p ?o WHERE {{ GRAPH {_nt(graph)} {{ ?s ?p ?o }} }}"))

    def triples_about(self, subjects: Iterable[URIRef],
                      graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph whose subject is one of ``subjects``."""
        return {triple for chunk in _batches(subjects) for triple in self._triples(  # type: ignore[misc]
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {_nts(chunk)} }} "
            f"GRAPH {_nt(graph)} {{ ?s ?p ?o }} }}")}

    def triples_naming(self, objects: Iterable[URIRef],
                       graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph whose object is one of ``objects``."""
        return {triple for chunk in _batches(objects) for triple in self._triples(  # type: ignore[misc]
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?o {{ {_nts(chunk)} }} "
            f"GRAPH {_nt(graph)} {{ ?s ?p ?o }} }}")}

    def values(self, predicate: URIRef, graph: URIRef | None) -> Iterator[tuple[str, str]]:
        """(subject IRI, object's lexical form) of each ``predicate`` triple in ``graph``
        (``None``: in any of kg's graphs)."""
        sparql = (f"SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s {_nt(predicate)} ?o }} }}"
                  if graph is None else
                  f"SELECT ?s ?o WHERE {{ GRAPH {_nt(graph)} {{ ?s {_nt(predicate)} ?o }} }}")
        for s, o in self._triples(sparql):
            yield str(s), str(o)

    def values_of(self, subjects: Iterable[URIRef], predicate: URIRef,
                  graph: URIRef | None = None) -> Iterator[tuple[str, str, str]]:
        """(subject IRI, object's lexical form, graph IRI) of the ``predicate`` triples of
        ``subjects`` in ``graph`` (``None``: in whichever of kg's graphs state them)."""
        for chunk in _batches(subjects):
            sparql = (f"SELECT ?s ?o ?g WHERE {{ VALUES ?s {{ {_nts(chunk)} }} "
                      f"GRAPH ?g {{ ?s {_nt(predicate)} ?o }} }}" if graph is None else
                      f"SELECT ?s ?o WHERE {{ VALUES ?s {{ {_nts(chunk)} }} "
                      f"GRAPH {_nt(graph)} {{ ?s {_nt(predicate)} ?o }} }}")
            for s, o, *g in self._triples(sparql):
                yield str(s), str(o), str(g[0] if g else graph)

    def graphs_stating(self, predicate: URIRef, obj: URIRef) -> Iterator[str]:
        """The IRI of each named graph holding a ``?s predicate obj`` triple."""
        for (g,) in self._triples(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ "
                                  f"?s {_nt(predicate)} {_nt(obj)} }} }}"):
            yield str(g)

    def __len__(self) -> int:
        """Number of quads in kg's graphs."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(result))[0])  # type: ignore[index, arg-type]

    def quads(self) -> Iterator[Quad]:
        """Every quad of kg's graphs, read one graph at a time (servers cap result sizes)."""
        for graph in self.graphs():
            # The graph is the query's dataset (default-graph-uri): nothing pasted into SPARQL.
            for s, p, o in self._select(_TRIPLES, dataset=[graph], name=True):  # type: ignore[misc]
                yield s, p, o, graph

    def union_graph(self) -> Graph:
        """Every triple of kg's graphs but the ontology and the ledger, as one rdflib graph."""
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                            f"FILTER(?g NOT IN ({_nts(sorted(SYSTEM_GRAPHS), ', ')})) }}")
        graph = Graph(bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri)
        for triple in result.graph or ():
            graph.add(triple)
        return graph

    def _copy(self) -> GraphStore:
        """An in-memory copy of kg's graphs, to serialise as the embedded store does."""
        local = GraphStore()
        local.add_quads(self.quads())
        return local

    def serialize(self, format: str) -> bytes:
        """The graph in an rdflib format, as :meth:`GraphStore.serialize` writes it."""
        with self._copy() as local:
            return local.serialize(format)

    def write_native(self, outputs: Mapping[str, BinaryIO]) -> None:
        """Write the graph in several of ``turtle``, ``trig`` and ``nquads``, as
        :meth:`GraphStore.write_native` does."""
        with self._copy() as local:
            local.write_native(outputs)

    # -- writing ------------------------------------------------------------------------------

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads to their graphs on the server (what is there already stays)."""
        self._write(_by_graph(quads), replace=False)

    def add(self, kg: KnowledgeGraph) -> None:
        """Put every article's named graph of ``kg``, and the ontology's, on the server.

        Each graph written replaces the server's graph of the same name, so
        building the same articles again does not duplicate anything. With the
        Graph Store Protocol each graph is replaced in one request: an
        interrupted build leaves every graph either as it was or as it is now.
        """
        self.load_ontology()
        graphs: dict[URIRef, list[Quad]] = {}
        for quad in graph_quads(kg):  # the article graphs, the entities and corroboration graphs
            graphs.setdefault(quad[3], []).append(quad)
        # Article graphs replace their earlier copies; entities and facts add to those
        # already there (the server keeps each triple once), as they do in the embedded store.
        facts = {g: q for g, q in graphs.items() if g in (ENTITIES_GRAPH, CORROBORATION_GRAPH)}
        self._write({g: q for g, q in graphs.items() if g not in facts}, replace=True)
        if facts:
            self._write(facts, replace=False)

    def load_ontology(self) -> None:
        """Keep ``ontology/kg.ttl`` in the server's ontology graph, so queries read term labels."""
        graph = URIRef(ONTOLOGY_IRI)
        if graph in self.graphs():
            return
        ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
        self._write({graph: [(s, p, o, graph) for s, p, o in ontology]}, replace=True)

    def apply(self, delete: Iterable[Quad], insert: Iterable[Quad],
              forget: Iterable[tuple[URIRef, URIRef]] = (), *, background: bool = False) -> None:
        """Delete, then insert, quads: what :meth:`GraphStore.apply` does, in several requests.

        The extraction ledger goes last: a change interrupted before it is not
        recorded as made. ``background`` is ignored (the server writes on its own).

        Args:
            forget: (subject, graph) pairs whose every triple is deleted too.
        """
        deletes, inserts = _by_graph(delete), _by_graph(insert)
        forgets = list(forget)
        try:
            for ledger in (False, True):
                requests = [f"DELETE {{ GRAPH {_nt(g)} {{ {_nt(s)} ?p ?o }} }} "
                            f"WHERE {{ GRAPH {_nt(g)} {{ {_nt(s)} ?p ?o }} }}"
                            for s, g in forgets if (g == EXTRACTIONS_GRAPH) == ledger]
                for start in range(0, len(requests), _FORGETS_PER_REQUEST):
                    self.update(" ;\n".join(requests[start:start + _FORGETS_PER_REQUEST]))
                for request in _update_requests(_part(deletes, ledger), replace=False,
                                                 batch=self.batch_size, verb="DELETE"):
                    self.update(request)
                self._write(_part(inserts, ledger), replace=False)
        finally:
            self._graphs = None

    def wait(self) -> None:
        """Nothing to wait for: every write has been answered by the server when it returns."""

    def update(self, sparql: str) -> None:
        """Send a SPARQL Update to the update endpoint."""
        self._send(self.update_endpoint, urllib.parse.urlencode({"update": sparql}).encode(),
                   {"Content-Type": "application/x-www-form-urlencoded"})
        self._graphs = None

    def _write(self, graphs: Mapping[URIRef, list[Quad]], *, replace: bool) -> None:
        try:
            if self.graph_store_endpoint is not None:
                for graph, quads in graphs.items():
                    self._put_graph(graph, quads, replace=replace)
            else:
                for request in _update_requests(graphs, replace=replace, batch=self.batch_size):
                    self.update(request)
        finally:
            self._graphs = None

    def _put_graph(self, graph: URIRef, quads: list[Quad], *, replace: bool) -> None:
        assert self.graph_store_endpoint is not None
        body = "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o, _ in quads).encode("utf-8")
        url = _with_query(self.graph_store_endpoint, {"graph": str(graph)})
        self._send(url, body, {"Content-Type": _NTRIPLES}, method="PUT" if replace else "POST")


def _by_graph(quads: Iterable[Quad]) -> dict[URIRef, list[Quad]]:
    graphs: dict[URIRef, list[Quad]] = {}
    for quad in quads:
        if not isinstance(quad[3], URIRef):
            raise StoreError(f"a SPARQL server needs a named graph for every quad: {quad}")
        graphs.setdefault(quad[3], []).append(quad)
    return graphs


def _part(graphs: dict[URIRef, list[Quad]], ledger: bool) -> dict[URIRef, list[Quad]]:
    """The extractions graph's quads (``ledger``), or all the others."""
    return {g: quads for g, quads in graphs.items() if (g == EXTRACTIONS_GRAPH) == ledger}


def _update_requests(graphs: Mapping[URIRef, list[Quad]], *, replace: bool,
                     batch: int, verb: str = "INSERT") -> Iterator[str]:
    """SPARQL Update requests of at most ``batch`` quads, whole graphs together when they fit
    (``verb``: ``INSERT`` or ``DELETE`` them)."""
    parts: list[str] = []
    size = 0
    for graph, quads in graphs.items():
        chunks = [quads[i:i + batch] for i in range(0, len(quads), batch)] or [[]]
        for n, chunk in enumerate(chunks):
            if parts and size + len(chunk) > batch:
                yield " ;\n".join(parts)
                parts, size = [], 0
            if replace and n == 0:
                parts.append("DROP SILENT GRAPH " + _nt(graph))
            if chunk:
                # Every term goes through _nt, which escapes literals and refuses IRIs that
                # could close themselves: the data is serialised, never pasted as syntax.
                body = "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o, _ in chunk)
                parts.append("".join([verb, " DATA { GRAPH ", _nt(graph), " {\n", body, "\n} }"]))
            size += len(chunk)
    if parts:
        yield " ;\n".join(parts)


def _plain(term: Node) -> Node:
    """A term as the embedded store reads it: ``xsd:string`` literals untyped."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


#: Subjects whose triples one update request deletes.
_FORGETS_PER_REQUEST = 50
#: Subjects per query of the reads that name them (a VALUES block).
_SUBJECTS_PER_QUERY = 200


def _batches(subjects: Iterable[URIRef]) -> Iterator[list[URIRef]]:
    """``subjects`` a few hundred at a time (for the VALUES block of a query)."""
    terms = iter(subjects)
    while chunk := list(itertools.islice(terms, _SUBJECTS_PER_QUERY)):
        yield chunk


def _nts(terms: Iterable[Node], separator: str = " ") -> str:
    """Terms in N-Triples syntax (see :func:`_nt`), for a VALUES block or a list."""
    return separator.join(map(_nt, terms))


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urllib.parse.urlsplit(url)
    query = "&".join(q for q in (parts.query, urllib.parse.urlencode(params)) if q)
    return urllib.parse.urlunsplit(parts._replace(query=query))
