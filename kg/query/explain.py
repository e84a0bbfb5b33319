"""Explain an entity or a fact: the sentences that state it, and where they come from.

Names are matched against every ``rdfs:label`` and ``skos:altLabel``,
ignoring case, and reach the query only as bound variables (never pasted into
the query text). A replaced entity IRI (see the redirects graph) leads to its
successor.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.store.base import Store
from kg.vocab import ENTITY_TYPE_VALUES, KG, PREDICATES, RES

__all__ = ["Statement", "Explanation", "explain", "find_entities", "format_explanations"]

_MATCH = f"""
SELECT DISTINCT ?e ?label ?name ?iri WHERE {{
  {{ ?e rdfs:label|skos:altLabel ?name0 .
    FILTER(LCASE(STR(?name0)) = LCASE(STR(?name))) }}
  UNION
  {{ ?old dcterms:isReplacedBy ?e . FILTER(STR(?old) = STR(?iri)) }}
  UNION
  {{ ?e rdfs:label ?any . FILTER(STR(?e) = STR(?iri)) }}
  ?e a ?type ; rdfs:label ?label .
  {ENTITY_TYPE_VALUES}
}} ORDER BY ?label ?e
"""

# One row per piece of evidence. ?focus is the entity explained; ?p and ?other
# narrow it to one relation when given.
_EVIDENCE = """
SELECT DISTINCT ?kind ?s ?sl ?p ?o ?ol ?status ?text ?sentence ?article ?source ?start ?end
       ?extractor ?version ?confidence ?articles ?publishers ?factConfidence ?focus ?want
       ?other WHERE {
  {
    GRAPH ?article {
      ?node a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            kg:status ?status ; kg:startOffset ?start ; kg:endOffset ?end .
    }
    FILTER(?s = ?focus || ?o = ?focus)
    BIND("relation" AS ?kind)
    ?o rdfs:label ?ol .
    OPTIONAL { ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                     kg:articleCount ?articles ; kg:publisherCount ?publishers ;
                     kg:confidence ?factConfidence . }
  } UNION {
    GRAPH ?article { ?node a kg:Quote ; kg:speaker ?focus ; kg:text ?text ;
                           kg:sentenceStartOffset ?start ; kg:sentenceEndOffset ?end . }
    BIND(?focus AS ?s) BIND("quote" AS ?kind)
  }
  ?s rdfs:label ?sl .
  GRAPH ?article {
    ?node kg:sentence ?sentence ; kg:confidence ?confidence ; prov:wasAttributedTo ?x .
    ?article kg:sourceFile ?source .
  }
  ?x rdfs:label ?extractor .
  # optional parts last: Oxigraph joins what follows an OPTIONAL one row at a time
  OPTIONAL { ?x schema:softwareVersion ?version }
  {narrow}
}
"""

# Asked apart from the evidence: Virtuoso 7 left ?date unbound in some rows of one query.
_ARTICLE = """
SELECT ?title ?url ?publisher ?date ?article WHERE {
  GRAPH ?article { ?article kg:sourceFile ?source .
    OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article kg:publisherName ?publisher }
    OPTIONAL { ?article schema:datePublished ?date } }
}
"""

_MENTIONED_IN = """
SELECT DISTINCT ?article ?title ?source ?focus WHERE {
  GRAPH ?article { ?article kg:mentions ?focus ; kg:sourceFile ?source .
                   OPTIONAL { ?article schema:headline ?title } }
} ORDER BY ?article
"""


@dataclass(frozen=True)
class Statement:
    """One piece of evidence: a relation or a quote, the sentence and its source."""

    kind: str
    subject: str
    predicate: str | None
    object: str | None
    status: str | None
    quote: str | None
    sentence: str
    article: str
    title: str | None
    source: str
    url: str | None
    publisher: str | None
    date: str | None
    start: int
    end: int
    extractor: str
    version: str | None
    confidence: float
    #: For relations: how many articles and publishers state it, and their combined confidence.
    articles: int | None
    publishers: int | None
    fact_confidence: float | None


@dataclass(frozen=True)
class Explanation:
    """An entity with the evidence about it."""

    iri: URIRef
    label: str
    statements: tuple[Statement, ...]
    #: (article IRI, title, source) of every article that names the entity.
    mentioned_in: tuple[tuple[str, str | None, str], ...]


def find_entities(store: Store, name: str) -> list[tuple[URIRef, str]]:
    """Entities one of whose names is ``name`` (any case), or whose IRI or key it is."""
    from kg.text.lexicon import canonical_place

    iri = name if name.startswith(("http://", "https://")) else f"{RES}{name}"
    # "US" and "U.S." are kept as the country's one name, "United States".
    for each in dict.fromkeys((name, canonical_place(name))):
        rows = store.rows(_MATCH, {"name": Literal(each), "iri": Literal(iri)}, prefixes=True)
        if rows:
            break
    return [(row[0], str(row[1])) for row in rows]


def _text(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _number(node: Node | None) -> float | None:
    return None if node is None else float(str(node))


def _short(node: Node | None) -> str | None:
    if node is None:
        return None
    return str(node).rsplit("#", 1)[-1]


_LIST_NAMES = '`kg query "SELECT ?name WHERE { ?e rdfs:label ?name }"`'


def _one(store: Store, name: str, role: str) -> list[tuple[URIRef, str]]:
    found = find_entities(store, name)
    if not found:
        raise QueryError(f"no entity named {name!r} ({role}); names match rdfs:label or "
                         f"skos:altLabel in any case; list them with {_LIST_NAMES}")
    return found


def explain(store: Store, name: str, predicate: str | None = None,
            other: str | None = None) -> list[Explanation]:
    """The evidence for everything said about the entities named ``name``.

    Args:
        store: The store to read.
        name: A label or alternative label of the entity (any case), or its IRI.
        predicate: Only this relation (a kg predicate's local name, e.g. ``spokespersonOf``).
        other: Only relations with an entity of this name at the other end.

    Raises:
        QueryError: no entity has that name, or the predicate is not a kg relation.
    """
    if predicate is not None and predicate not in PREDICATES:
        raise QueryError(f"unknown relation {predicate!r}; use one of {', '.join(PREDICATES)}")
    others = [iri for iri, _ in _one(store, other, "other end")] if other is not None else [None]
    explanations = []
    for iri, label in _one(store, name, "subject"):
        statements: list[Statement] = []
        seen: set[tuple[object, ...]] = set()
        articles: dict[str, dict[str, Node]] = {}  # article IRI → its title, url, publisher, date
        for other_iri in others:
            # Fixed filter fragments only; the values themselves are bound.
            bindings: dict[str, Node] = {"focus": iri}
            narrow = []
            if predicate is not None:
                bindings["want"] = KG[predicate]
                narrow.append("FILTER(?p = ?want)")
            if other_iri is not None:
                bindings["other"] = other_iri
                narrow.append("FILTER(?o = ?other || ?s = ?other)")
            query = _EVIDENCE.replace("{narrow}", "\n  ".join(narrow))
            for r in store.records(query, bindings, prefixes=True):
                article = str(r["article"])
                if article not in articles:
                    [articles[article]] = store.records(_ARTICLE, {"article": r["article"]},
                                                        prefixes=True)
                r = {**articles[article], **r}
                statement = Statement(
                    kind=str(r["kind"]), subject=str(r["sl"]), predicate=_short(r.get("p")),
                    object=_text(r.get("ol")), status=_text(r.get("status")),
                    quote=_text(r.get("text")), sentence=str(r["sentence"]),
                    article=str(r["article"]), title=_text(r.get("title")),
                    source=str(r["source"]), url=_text(r.get("url")),
                    publisher=_text(r.get("publisher")), date=_text(r.get("date")),
                    start=int(r["start"]), end=int(r["end"]), extractor=str(r["extractor"]),
                    version=_text(r.get("version")), confidence=float(r["confidence"]),
                    articles=None if r.get("articles") is None else int(r["articles"]),
                    publishers=None if r.get("publishers") is None else int(r["publishers"]),
                    fact_confidence=_number(r.get("factConfidence")),
                )
                key = (statement.kind, statement.article, statement.start, statement.predicate,
                       statement.subject, statement.object)
                if key not in seen:
                    seen.add(key)
                    statements.append(statement)
        mentioned = tuple(
            (str(a), _text(t), str(s))
            for a, t, s, _ in store.rows(_MENTIONED_IN, {"focus": iri}, prefixes=True)
        )
        # Sorted here, not by the query: servers order unbound values their own way.
        statements.sort(key=lambda s: (s.kind, s.predicate or "", s.subject, s.object or "",
                                       s.date or "", s.article, s.start))
        if predicate is None and other is None or statements:
            explanations.append(Explanation(iri, label, tuple(statements), mentioned))
    return explanations


def _source(s: Statement) -> str:
    where = ", ".join(x for x in (s.title and f"“{s.title}”", s.publisher, s.date) if x)
    version = f" v{s.version}" if s.version else ""
    return (f"{where + ' · ' if where else ''}{s.source}:{s.start}-{s.end} · "
            f"{s.extractor}{version}, confidence {s.confidence:g}")


def format_explanations(explanations: list[Explanation]) -> str:
    """The evidence as readable text: one block per entity, one entry per sentence."""
    blocks = []
    for e in explanations:
        lines = [f"{e.label} <{e.iri}>"]
        relations = [s for s in e.statements if s.kind == "relation"]
        quotes = [s for s in e.statements if s.kind == "quote"]
        last = None
        for s in relations:
            head = (s.subject, s.predicate, s.object, s.status)
            if head != last:
                support = (f"; {s.articles} article{'s' * (s.articles != 1)}, "
                           f"{s.publishers} publisher{'s' * (s.publishers != 1)}, "
                           f"confidence {s.fact_confidence:g}"
                           if s.articles is not None and s.status == "asserted" else "")
                lines.append(f"  {s.subject} {s.predicate} {s.object} [{s.status}{support}]")
                last = head
            lines.append(f"    “{s.sentence}”")
            lines.append(f"      — {_source(s)}")
        for s in quotes:
            lines.append(f"  said “{s.quote}”")
            lines.append(f"    — {_source(s)}")
        if not e.statements:
            lines.append("  no relations or quotes")
        lines.append(f"  named in {len(e.mentioned_in)} article"
                     f"{'s' * (len(e.mentioned_in) != 1)}:")
        lines += [f"    {title or iri} ({source})" for iri, title, source in e.mentioned_in]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
