"""What a drawing shows: entities, relations and their evidence, read from the store.

A :class:`GraphView` is plain data built by a handful of SPARQL queries; the HTML
renderer draws it, and :func:`ego_view` and :func:`result_view` cut it down to
the part a user asked for.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.errors import RenderError
from kg.store.base import Store
from kg.vocab import ENTITY_CLASSES, KG, ONTOLOGY_IRI, SYMMETRIC, sparql_prefixes

__all__ = [
    "ASSERTED", "ArticleInfo", "EdgeEvidence", "Edge", "Node", "QuoteInfo", "GraphView",
    "read_view", "ego_view", "result_view", "find_node",
]

_PREFIXES = sparql_prefixes("kg", "rdf", "rdfs", "skos", "schema", "prov")
_TYPE_ROWS = " ".join(f'(kg:{t} "{t}")' for t in ENTITY_CLASSES)
_TYPES = f"VALUES (?t ?type) {{ {_TYPE_ROWS} }}"
# Each entity is described once (in the entities graph), so these rows come once each.
_ENTITIES = f"{_PREFIXES}SELECT ?e ?type ?label WHERE {{ ?e a ?t ; rdfs:label ?label . {_TYPES} }}"
_ALT_LABELS = f"{_PREFIXES}SELECT ?e ?alt WHERE {{ ?e skos:altLabel ?alt }}"
# Everything an article says is in its own graph: reading each pattern inside
# one graph (GRAPH ?a) spares Oxigraph merging the union, 3-10 times faster.
_MENTIONS = f"{_PREFIXES}SELECT ?a ?e WHERE {{ GRAPH ?a {{ ?a a kg:Article ; kg:mentions ?e }} }}"
_ARTICLES = f"""{_PREFIXES}
SELECT ?a ?source ?title ?date ?publisher ?url WHERE {{ GRAPH ?a {{
  ?a a kg:Article ; kg:sourceFile ?source .
  OPTIONAL {{ ?a schema:headline ?title }}
  OPTIONAL {{ ?a schema:datePublished ?date }}
  OPTIONAL {{ ?a schema:publisher ?publisher }}
  OPTIONAL {{ ?a schema:url ?url }}
}} }}"""
# Every statement, facts and the rest (wishes, conditions, denials, proposals) alike.
_ASSERTIONS = f"""{_PREFIXES}
SELECT ?s ?p ?o ?status ?sentence ?a ?confidence WHERE {{ GRAPH ?a {{
  ?st a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:status ?status ;
      kg:sentence ?sentence ; prov:wasDerivedFrom ?a .
  OPTIONAL {{ ?st kg:confidence ?confidence }}
}} }}"""
_QUOTES = f"""{_PREFIXES}
SELECT ?text ?speaker ?sentence ?a WHERE {{ GRAPH ?a {{
  ?q a kg:Quote ; kg:text ?text ; prov:wasDerivedFrom ?a .
  OPTIONAL {{ ?q kg:speaker ?speaker }}
  OPTIONAL {{ ?q kg:sentence ?sentence }}
}} }}"""
_TERM_LABELS = (
    f"{_PREFIXES}SELECT ?p ?label WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?p rdfs:label ?label }} }}")
_ALL_LABELS = f"{_PREFIXES}SELECT ?x ?label WHERE {{ ?x rdfs:label ?label }}"


@dataclass(frozen=True)
class ArticleInfo:
    """Where evidence comes from: one article's title, date and publisher."""

    iri: str
    source: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class EdgeEvidence:
    """One article's sentence stating a relation."""

    article: str
    sentence: str
    confidence: float | None = None


#: The status of a statement that is a fact; any other ("desired", "hypothetical",
#: "negated", "proposed") is a statement kept with its evidence but never a fact.
ASSERTED = "asserted"


@dataclass
class Edge:
    """A relation between two nodes, with every sentence that states it."""

    source: str
    predicate: str
    target: str
    label: str
    evidence: list[EdgeEvidence] = field(default_factory=list)
    status: str = ASSERTED

    @property
    def articles(self) -> set[str]:
        return {ev.article for ev in self.evidence}


@dataclass
class Node:
    """An entity (or any other resource a query returned) and its names."""

    id: str
    label: str
    type: str
    alt_labels: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class QuoteInfo:
    """Words an article quotes, and the speaker node when the article names one."""

    text: str
    speaker: str | None
    article: str
    sentence: str | None = None


@dataclass
class GraphView:
    """Everything one drawing shows: nodes, edges, and the evidence behind them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    #: The facts: relations some article asserts.
    edges: list[Edge] = field(default_factory=list)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    quotes: list[QuoteInfo] = field(default_factory=list)
    #: Predicates that read the same both ways (drawn without an arrow).
    symmetric: set[str] = field(default_factory=set)
    #: Relations only wished, supposed, denied or proposed: kept apart from the facts.
    statements: list[Edge] = field(default_factory=list)

    def subgraph(self, keep: Iterable[str], edges: list[Edge] | None = None) -> GraphView:
        """The view restricted to the nodes in ``keep`` (and ``edges`` if given)."""
        ids = set(keep)
        nodes = {i: n for i, n in self.nodes.items() if i in ids}
        kept = edges if edges is not None else [
            e for e in self.edges if e.source in nodes and e.target in nodes]
        statements = [e for e in self.statements if e.source in nodes and e.target in nodes]
        named = [q for q in self.quotes if q.speaker in nodes]
        used = {a for n in nodes.values() for a in n.articles}
        used |= {a for e in kept for a in e.articles} | {q.article for q in named}
        # A quote without a named speaker belongs to its article: kept with the article.
        quotes = [q for q in self.quotes if q.speaker in nodes
                  or (q.speaker is None and q.article in used)]
        articles = {i: a for i, a in self.articles.items() if i in used}
        return GraphView(nodes, kept, articles, quotes, self.symmetric, statements)

    def to_networkx(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.nodes)
        graph.add_edges_from((e.source, e.target) for e in self.edges)
        return graph


def local_name(iri: str) -> str:
    """The last segment of an IRI, for resources without a label."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _term_labels(store: Store) -> dict[str, str]:
    labels: dict[str, str] = {}
    for term, label in store.strings(_TERM_LABELS):
        labels.setdefault(term, label)
    return labels


def read_view(store: Store) -> GraphView:
    """Read every entity, asserted relation, article and quote of ``store``."""
    view = GraphView()
    for e, kind, label in store.strings(_ENTITIES):
        view.nodes.setdefault(e, Node(e, label, kind))
    for e, alt in store.strings(_ALT_LABELS):
        if e in view.nodes:
            view.nodes[e].alt_labels.add(alt)
    for a, source, title, date, publisher, url in store.strings(_ARTICLES):
        # the publisher's name from its node: joining its label here repeats it per article
        named = view.nodes.get(publisher) if publisher is not None else None
        info = ArticleInfo(a, source, title, date, None, url)
        if named is not None:
            info = dataclasses.replace(info, publisher=named.label)
        view.articles.setdefault(a, info)
    for a, e in store.strings(_MENTIONS):
        if e in view.nodes:
            view.nodes[e].articles.add(a)
    labels = _term_labels(store)
    edges: dict[tuple[str, str, str, str], Edge] = {}
    for s, p, o, status, sentence, a, confidence in store.strings(_ASSERTIONS):
        key = (s, p, o, status)
        if s not in view.nodes or o not in view.nodes:
            continue
        if key not in edges:
            edges[key] = Edge(s, p, o, labels.get(p, local_name(p)), status=status)
        conf = None if confidence is None else float(confidence)
        edges[key].evidence.append(EdgeEvidence(a, sentence, conf))
    ordered = sorted(edges.values(), key=lambda e: (e.source, e.predicate, e.target, e.status))
    for edge in ordered:
        edge.evidence.sort(key=lambda ev: (ev.article, ev.sentence))
    view.edges = [e for e in ordered if e.status == ASSERTED]
    view.statements = [e for e in ordered if e.status != ASSERTED]
    for text, speaker, sentence, a in store.strings(_QUOTES):
        if speaker is None or speaker in view.nodes:
            view.quotes.append(QuoteInfo(text, speaker, a, sentence))
    view.quotes.sort(key=lambda q: (q.speaker or "", q.article, q.text))
    view.symmetric = {str(KG[p]) for p in SYMMETRIC}
    return view


def _names(node: Node) -> set[str]:
    return {node.label, *node.alt_labels}


def find_node(view: GraphView, name: str) -> Node:
    """The entity called ``name`` (its label or any other name, ignoring case).

    Raises:
        RenderError: no entity has that name, or several do equally well.
    """
    wanted = name.strip().casefold()
    exact = [n for n in view.nodes.values() if n.label.casefold() == wanted]
    if not exact:
        exact = [n for n in view.nodes.values()
                 if wanted in {a.casefold() for a in n.alt_labels}]
    if len(exact) == 1:
        return exact[0]
    if exact:
        exact.sort(key=lambda n: (-len(n.articles), n.label))
        if len(exact[0].articles) > len(exact[1].articles):
            return exact[0]
        options = ", ".join(f"{n.label} ({n.type})" for n in exact[:5])
        raise RenderError(f"{name!r} names several entities: {options}; use a fuller name")
    every = sorted({x for n in view.nodes.values() for x in _names(n)})
    close = difflib.get_close_matches(name, every, n=5, cutoff=0.5)
    hint = (f"did you mean {', '.join(close)}?" if close
            else "check `kg query` for the names in the graph")
    raise RenderError(f"no entity named {name!r}; {hint}")


def ego_view(view: GraphView, focus: str, hops: int = 1) -> GraphView:
    """The entity named ``focus`` and everything within ``hops`` relations of it.

    Raises:
        RenderError: ``hops`` is negative or no single entity has that name.
    """
    if hops < 0:
        raise RenderError(f"--hops must be 0 or more, got {hops}")
    centre = find_node(view, focus)
    graph = nx.Graph(view.to_networkx())
    keep = nx.single_source_shortest_path_length(graph, centre.id, cutoff=hops)
    return view.subgraph(keep)


def _node_for(term: URIRef | BNode, view: GraphView, extra: dict[str, Node]) -> Node:
    key = str(term)
    if key in view.nodes:
        return view.nodes[key]
    if key not in extra:
        kind = "Article" if key in view.articles else "Other"
        article = view.articles.get(key)
        label = (article.title or article.source.rsplit("/", 1)[-1]) if article else None
        extra[key] = Node(key, label or local_name(key), kind)
    return extra[key]


def result_view(result: Result, view: GraphView, store: Store | None = None) -> GraphView:
    """Draw a SPARQL result: a CONSTRUCT's triples, or a SELECT's rows.

    A CONSTRUCT (or DESCRIBE) becomes its triples between resources. A SELECT
    binding ``?s ?p ?o`` becomes those triples; any other SELECT links the
    resources of each row in column order, each edge named after the variable
    it leads to. In a SELECT, a literal that is the one entity with that name
    stands for the entity, and a relation's label between two of them (as the
    ready-made queries return) names the edge. Entities keep their names, types
    and evidence from ``view``.

    Raises:
        RenderError: an ASK result, or a result with nothing to draw.
    """
    labels = _term_labels(store) if store is not None else {}
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples, lone = _graph_triples(result)
    elif result.type == "SELECT":
        triples, lone = _row_triples(result, view, labels)
    else:
        raise RenderError("an ASK query has no graph to draw; use SELECT or CONSTRUCT")
    if not triples and not lone:
        raise RenderError("the query returned no resources to draw (only literals, or no rows)")
    extra: dict[str, Node] = {}
    known = {(e.source, e.predicate, e.target): e for e in view.edges}
    edges: dict[tuple[str, str, str], Edge] = {}
    for subject, predicate, obj in triples:
        first, second = _node_for(subject, view, extra), _node_for(obj, view, extra)
        key = (first.id, predicate, second.id)
        if key not in edges:
            edges[key] = known.get(key) or Edge(first.id, predicate, second.id,
                                                labels.get(predicate, local_name(predicate)))
    for term in lone:
        _node_for(term, view, extra)
    if store is not None and extra:
        _label_others(store, extra)
    merged = GraphView({**view.nodes, **extra}, view.edges, view.articles, view.quotes,
                       view.symmetric, view.statements)
    keep = {e.source for e in edges.values()} | {e.target for e in edges.values()}
    keep |= {str(t) for t in lone}
    return merged.subgraph(keep, list(edges.values()))


Resource = URIRef | BNode
Triples = list[tuple[Resource, str, Resource]]


def _graph_triples(result: Result) -> tuple[Triples, list[Resource]]:
    """A CONSTRUCT's links between resources, and its resources that only have literals."""
    triples: Triples = []
    lone: list[Resource] = []
    for s, p, o in result.graph or ():
        if not isinstance(s, URIRef | BNode):
            continue
        if isinstance(o, URIRef | BNode):
            triples.append((s, str(p), o))
        else:
            lone.append(s)
    return triples, lone


def _row_triples(result: Result, view: GraphView,
                 labels: dict[str, str]) -> tuple[Triples, list[Resource]]:
    """A SELECT's ``?s ?p ?o`` triples, or each row's resources linked in column order."""
    names = [str(v) for v in result.vars or ()]
    spo = {"s", "p", "o"} <= set(names)
    named: dict[str, list[str]] = {}
    for node in view.nodes.values():
        named.setdefault(node.label.casefold(), []).append(node.id)
    predicates = {label.casefold(): iri for iri, label in labels.items()}
    triples: Triples = []
    lone: list[Resource] = []
    for row in result:
        binding = dict(zip(names, row, strict=True))  # type: ignore[arg-type]
        s, o = binding.get("s"), binding.get("o")
        if spo and isinstance(s, URIRef | BNode) and isinstance(o, URIRef | BNode):
            triples.append((s, str(binding["p"]), o))
            continue
        resources: list[Resource] = []
        predicate: str | None = None
        for name, value in binding.items():
            if isinstance(value, Literal):
                ids = named.get(str(value).casefold(), [])
                if len(ids) == 1:
                    value = URIRef(ids[0])
                elif resources and str(value).casefold() in predicates:
                    predicate = predicates[str(value).casefold()]
                    continue
            if isinstance(value, URIRef | BNode):
                if resources:
                    triples.append((resources[-1], predicate or f"?{name}", value))
                resources.append(value)
                predicate = None
        lone.extend(resources)
    return triples, lone


def _label_others(store: Store, extra: dict[str, Node]) -> None:
    """Use rdfs:label for resources that are not entities, when the store has one."""
    others = {i for i, n in extra.items() if n.type == "Other"}
    for x, label in store.query(_ALL_LABELS):  # type: ignore[misc]
        if str(x) in others:
            extra[str(x)].label = str(label)
