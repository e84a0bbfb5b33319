"""kg: build a knowledge graph of who is who, who met whom and who said what from news articles."""

from kg.errors import KGError
from kg.model import Article, Entity, Evidence, Extraction, KnowledgeGraph, Mention, Quote, Relation
from kg.pipeline import BuildReport, build, build_graph
from kg.store import GraphStore

__all__ = [
    "Article", "BuildReport", "Entity", "Evidence", "Extraction", "GraphStore", "KGError",
    "KnowledgeGraph", "Mention", "Quote", "Relation", "build", "build_graph",
]
__version__ = "0.1.0"
