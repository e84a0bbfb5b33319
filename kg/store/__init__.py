"""Store: map the graph to RDF under the kg ontology and keep it in a quad store."""

from kg.store.rdf import article_iri, entity_iri, graph_quads
from kg.store.store import (
    STORE_DIRNAME,
    GraphStore,
    atomic_file,
    atomic_write,
    change_stamp,
    open_store,
)
from kg.vocab import KG, PREDICATES, PREFIXES, RES

__all__ = [
    "KG", "PREDICATES", "PREFIXES", "RES", "STORE_DIRNAME", "GraphStore",
    "article_iri", "atomic_file", "atomic_write", "change_stamp", "entity_iri", "graph_quads",
    "open_store",
]
