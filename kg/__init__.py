"""kg: build a knowledge graph of who is who, who met whom and who said what from news articles."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kg.errors import KGError
from kg.model import Article, Entity, Evidence, Extraction, KnowledgeGraph, Mention, Quote, Relation

if TYPE_CHECKING:
    from kg.pipeline import BuildReport, build, build_graph
    from kg.store import GraphStore

__all__ = [
    "Article", "BuildReport", "Entity", "Evidence", "Extraction", "GraphStore", "KGError",
    "KnowledgeGraph", "Mention", "Quote", "Relation", "build", "build_graph",
]
__version__ = "0.1.0"

# The pipeline pulls in spaCy (seconds to import): load it on first use, so `kg query`
# and `kg --help` start fast and Ctrl-C during start-up reaches the CLI's handler.
_LAZY = {"BuildReport": "kg.pipeline", "build": "kg.pipeline", "build_graph": "kg.pipeline",
         "GraphStore": "kg.store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
