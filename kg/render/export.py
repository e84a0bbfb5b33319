"""Export a store: RDF (Turtle, TriG, N-Quads, JSON-LD) or a network for Gephi (GraphML, GEXF).

The RDF exports hold the article graphs, the corroboration graph and the
redirects; the store's own bookkeeping (ontology copy, extraction ledger) is
left out. The network has one node per entity and one edge per fact, with its
support (articles, publishers, confidence) as edge attributes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from typing import Any

import networkx as nx
from rdflib import Dataset
from rdflib.namespace import NamespaceManager

from kg.errors import RenderError
from kg.store.base import Store
from kg.vocab import ENTITY_TYPE_VALUES, PREFIXES, SYSTEM_GRAPHS

__all__ = ["FORMATS", "export", "to_networkx"]

#: Export format → file extension.
FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "json-ld": "jsonld",
           "graphml": "graphml", "gexf": "gexf"}

_NODES = f"""
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="|") AS ?alts)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {{
  ?e a ?type ; rdfs:label ?label .
  {ENTITY_TYPE_VALUES}
  OPTIONAL {{ ?e skos:altLabel ?alt }}
  OPTIONAL {{ ?article kg:mentions ?e }}
}} GROUP BY ?e ?type ?label ORDER BY ?e
"""

_EDGES = """
SELECT ?s ?p ?o ?articles ?publishers ?confidence WHERE {
  ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        kg:articleCount ?articles ; kg:publisherCount ?publishers ; kg:confidence ?confidence .
} ORDER BY ?s ?p ?o
"""


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, names, articles), facts as edges keyed by predicate."""
    graph = nx.MultiDiGraph()
    for e, kind, label, alts, articles in store.rows(_NODES, prefixes=True):
        # Sorted here: each engine concatenates in an order of its own.
        names = "|".join(sorted(filter(None, str(alts or "").split("|"))))
        graph.add_node(str(e), label=str(label), type=_local(kind), names=names,
                       articles=int(articles))
    for s, p, o, articles, publishers, confidence in store.rows(_EDGES, prefixes=True):
        graph.add_edge(str(s), str(o), key=_local(p), label=_local(p), articles=int(articles),
                       publishers=int(publishers), confidence=float(confidence))
    return graph


def _rdf(store: Store, fmt: str) -> bytes:
    if fmt in {"turtle", "trig", "nquads"}:
        return store.serialize(fmt)
    dataset = Dataset()
    # Only kg's prefixes (rdflib binds ~30 vocabularies by default), as the store declares.
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        dataset.bind(prefix, iri)
    dataset.addN(q for q in store.quads() if q[3] not in SYSTEM_GRAPHS)  # type: ignore[misc]
    with warnings.catch_warnings():
        # rdflib's JSON-LD writer calls its own deprecated Dataset.contexts/default_context.
        warnings.filterwarnings("ignore", r"Dataset\.\w+ is deprecated", DeprecationWarning)
        data: Any = dataset.serialize(format=fmt, auto_compact=True)
    return data.encode("utf-8") if isinstance(data, str) else data


def _network(writer: Callable[..., None]) -> Callable[[Store, str], bytes]:
    def run(store: Store, _fmt: str) -> bytes:
        out = io.BytesIO()
        writer(to_networkx(store), out)
        return out.getvalue()

    return run


_WRITERS: dict[str, Callable[[Store, str], bytes]] = {
    "turtle": _rdf, "trig": _rdf, "nquads": _rdf, "json-ld": _rdf,
    "graphml": _network(nx.write_graphml), "gexf": _network(nx.write_gexf),
}


def export(store: Store, fmt: str) -> bytes:
    """The store in ``fmt`` (one of :data:`FORMATS`).

    Raises:
        RenderError: the format is unknown.
    """
    if fmt not in _WRITERS:
        raise RenderError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return _WRITERS[fmt](store, fmt)
