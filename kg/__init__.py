"""kg: build a knowledge graph of who is who, who met whom and who said what from news articles."""

from kg.errors import KGError
from kg.model import Article, Entity, Evidence, Extraction, KnowledgeGraph, Mention, Quote, Relation
from kg.store import GraphStore

__all__ = [
    "Article", "BuildReport", "Entity", "Evidence", "Extraction", "GraphStore", "KGError",
    "KnowledgeGraph", "Mention", "Quote", "Relation", "build", "build_graph",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The pipeline loads spaCy (seconds); `kg query`, `kg serve` and their workers never need it.
    if name in {"BuildReport", "build", "build_graph"}:
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
