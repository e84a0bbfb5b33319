"""Store: map the graph to RDF under the kg ontology and keep it in a quad store."""

from kg.store.base import STORE_DIRNAME, Store, counts, is_endpoint, open_store, store_folder
from kg.store.rdf import article_iri, entity_iri, graph_quads
from kg.store.store import GraphStore, atomic_file, atomic_write, change_stamp
from kg.vocab import KG, PREDICATES, PREFIXES, RES

__all__ = [
    "KG", "PREDICATES", "PREFIXES", "RES", "STORE_DIRNAME", "GraphStore", "Store",
    "article_iri", "atomic_file", "atomic_write", "change_stamp", "counts", "entity_iri",
    "graph_quads", "is_endpoint", "open_store", "store_folder",
]
