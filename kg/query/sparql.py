"""Run SPARQL against a store and format the results."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError
from kg.store.remote import code_of
from kg.vocab import PREFIXES, with_prefixes

__all__ = ["FORMATS", "format_result", "read_query", "refuse_updates", "turtle",
           "user_positions", "with_prefixes"]

FORMATS = ("table", "csv", "tsv", "json")


def read_query(text: str | None, file: str | Path | None) -> str:
    """The query given inline or in a file (exactly one of them)."""
    if (text is None) == (file is None):
        raise QueryError("give a query, or --file with a .rq file, but not both")
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"{file}: cannot read the query ({err.strerror})") from None
        except UnicodeDecodeError as err:
            raise QueryError(
                f"{file}: not UTF-8 text (byte {err.start}); save the query as UTF-8"
            ) from None
    return text or ""


# After the prologue (IRIs blanked by code_of), the first keyword of an update.
_UPDATE = re.compile(r"(?:\s*(?:PREFIX\s+[\w.-]*:|BASE)\s*)*\s*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def refuse_updates(sparql: str, where: str) -> None:
    """Raise if ``sparql`` is a SPARQL Update: ``where`` (a command) runs queries only.

    Raises:
        QueryError: naming the update and what changes the store instead.
    """
    found = _UPDATE.match(code_of(sparql))
    if found is not None:
        raise QueryError(f"{where} runs queries, not updates ({found.group(1).upper()} …): the "
                         "store changes only through kg build, kg add and kg remove")


_POSITION = re.compile(r"error at (\d+):(\d+): ")
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")


@contextlib.contextmanager
def user_positions(user: str, sent: str) -> Iterator[None]:
    """Report syntax errors of ``sent`` (``user``'s query with kg's prefixes declared before
    it) at their place in ``user``'s own text, and an undeclared prefix by its name.

    Raises:
        QueryError: the query's error, so reworded.
    """
    try:
        yield
    except QueryError as err:
        message = str(err)
        found = _POSITION.search(message)
        if found is None:
            raise
        line = int(found.group(1)) - (sent.count("\n") - user.count("\n"))
        column = int(found.group(2))
        where = f"error at {line}:{column}: "
        rest = message[found.end():]
        if rest.startswith("expected one of Prefix not found"):
            lines = user.splitlines()
            text = lines[line - 1][:column - 1] if 0 < line <= len(lines) else ""
            name = _PREFIXED.search(text)
            prefix = f"{name.group(1) or ''}:" if name else "a prefix"
            rest = (f"{prefix} is not declared; add `PREFIX {prefix} <IRI>` before the query "
                    f"(kg declares {', '.join(p + ':' for p in PREFIXES)})")
        raise QueryError(message[:found.start()] + where + rest) from None


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, iri in PREFIXES.items():
            if str(node).startswith(iri):
                return f"{prefix}:{str(node)[len(iri) :]}"
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _json_term(node: Node) -> dict[str, str]:
    if isinstance(node, URIRef):
        return {"type": "uri", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "bnode", "value": str(node)}
    term: dict[str, str] = {"type": "literal", "value": str(node)}
    if isinstance(node, Literal):
        if node.language:
            term["xml:lang"] = node.language
        elif node.datatype and node.datatype != XSD.string:
            term["datatype"] = str(node.datatype)
    return term


#: Characters a SPARQL TSV value must escape: a raw tab or line break would end the cell.
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                              "\t": "\\t"})


def _plain(node: Node) -> Node:
    """A string literal as written with no datatype (``"x"``, not ``"x"^^xsd:string``)."""
    if isinstance(node, Literal) and node.datatype == XSD.string:
        return Literal(str(node))
    return node


def _tsv_term(node: Node | None) -> str:
    """A term as SPARQL 1.1 TSV writes it: Turtle syntax on one line, with no tab in it;
    a string literal plain."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_TSV_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype and node.datatype != XSD.string:
            return f"{text}^^<{node.datatype}>"
        return text
    return node.n3()


def turtle(triples: Graph) -> str:
    """Triples in Turtle with kg's prefixes, string literals plain."""
    graph = Graph(bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    for s, p, o in triples:
        graph.add((s, p, _plain(o)))
    return graph.serialize(format="turtle")


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result: a readable table, or SPARQL CSV/TSV/JSON results."""
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
        return "true" if result.askAnswer else "false"
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return turtle(result.graph)  # type: ignore[arg-type]
    names = [str(v) for v in result.vars or []]
    rows = [list(row) for row in result]  # type: ignore[arg-type]
    if fmt == "json":
        bindings = [
            {n: _json_term(v) for n, v in zip(names, row, strict=True) if v is not None}
            for row in rows
        ]
        return json.dumps(
            {"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join(_tsv_term(v) for v in row) for row in rows]
        return "\n".join(lines) + "\n"
    cells = [[_short(v).replace("\n", " ") for v in row] for row in rows]
    widths = [min(max([len(n)] + [len(r[i]) for r in cells]), 60) for i, n in enumerate(names)]

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = [
        "  ".join(fit(n, w).ljust(w) for n, w in zip(names, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(fit(c, w).ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines)
