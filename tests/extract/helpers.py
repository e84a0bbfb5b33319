"""Read extraction results as (subject, predicate, object) names for assertions."""

from __future__ import annotations


def facts(graph, status: str = "asserted") -> set[tuple[str, str, str]]:
    """Resolved relations of a KnowledgeGraph as label triples."""
    labels = {e.key: e.label for e in graph.entities}
    return {
        (labels[graph.entity_of[r.subject]], r.predicate, labels[graph.entity_of[r.object]])
        for r in graph.relations
        if r.status == status
    }


def quotes(graph) -> set[tuple[str | None, str]]:
    labels = {e.key: e.label for e in graph.entities}
    return {
        (labels[graph.entity_of[q.speaker]] if q.speaker else None, q.text) for q in graph.quotes
    }


def entities(graph) -> dict[str, str]:
    return {e.label: e.type for e in graph.entities}
