"""Relations that two extractors find in the same sentence are surer than either alone."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from kg.model import Relation
from kg.vocab import SYMMETRIC

__all__ = ["agree"]


def agree(relations: Sequence[Relation]) -> list[Relation]:
    """``relations``, with those that several extractors state raised to their joint confidence.

    Extractors that agree on a fact (same ends, predicate and status, in the
    same sentence) are independent witnesses: each assertion keeps its own
    evidence and provenance, and gets ``1 - Π(1 - cᵢ)`` over the extractors'
    best confidences. A fact one extractor alone states is left as it is.
    """
    by_fact: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, r in enumerate(relations):
        ends = (r.subject, r.object)
        if r.predicate in SYMMETRIC:
            ends = tuple(sorted(ends))  # type: ignore[assignment]
        by_fact[(*ends, r.predicate, r.status, r.evidence.article, r.evidence.sentence)].append(i)
    agreed = list(relations)
    for found in by_fact.values():
        best: dict[str, float] = {}
        for i in found:
            ev = relations[i].evidence
            best[ev.extractor] = max(best.get(ev.extractor, 0.0), ev.confidence)
        if len(best) < 2:
            continue
        doubt = 1.0
        for confidence in best.values():
            doubt *= 1.0 - confidence
        for i in found:
            r = relations[i]
            agreed[i] = dataclasses.replace(
                r, evidence=dataclasses.replace(r.evidence, confidence=round(1.0 - doubt, 3)))
    return agreed
