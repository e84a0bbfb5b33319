"""Resolve plan mentions ("the 28-point plan", "peace proposal") into plans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.model import Mention

__all__ = ["plan_clusters", "plan_number"]

_NUMBER = re.compile(r"\b(\d+)[-\s]point\b")
_GENERIC = {"plan", "proposal", "deal", "agreement", "framework", "draft", "new", "initial"}


def plan_number(name: str) -> str | None:
    m = _NUMBER.search(name)
    return m.group(1) if m else None


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", name.lower()) if w not in _GENERIC)


def plan_clusters(plans: Sequence[Mention]):  # type: ignore[no-untyped-def]
    """Group plan mentions.

    Within an article, plans are one unless their numbers differ (a story is
    usually about one plan). Across articles, groups join when they share a
    number, or a non-generic name when neither has a number.
    """
    from kg.resolve.resolver import Cluster

    groups: list[list[Mention]] = []
    by_article: dict[tuple[str, str | None], list[Mention]] = {}
    numbers_in: dict[str, set[str]] = {}
    for m in plans:
        if (n := plan_number(m.name)) is not None:
            numbers_in.setdefault(m.article, set()).add(n)
    for m in sorted(plans):
        numbers = numbers_in.get(m.article, set())
        n = plan_number(m.name) or (next(iter(numbers)) if len(numbers) == 1 else None)
        by_article.setdefault((m.article, n), []).append(m)
    groups = list(by_article.values())
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                a, b = groups[i], groups[j]
                na = {plan_number(m.name) for m in a} - {None}
                nb = {plan_number(m.name) for m in b} - {None}
                if (na and nb and na & nb) or (
                    not (na and nb and not na & nb)
                    and {m.name.lower() for m in a} & {m.name.lower() for m in b}
                ) or (not na or not nb) and _words_overlap(a, b):
                    groups[i] = a + b
                    del groups[j]
                    merged = True
                    break
            if merged:
                break
    clusters = []
    for group in groups:
        cluster = Cluster()
        for m in group:
            cluster.add(m, Counter({"Plan": 1.0}))
        clusters.append(cluster)
    return clusters


def _words_overlap(a: list[Mention], b: list[Mention]) -> bool:
    wa = set().union(*(_words(m.name) for m in a))
    wb = set().union(*(_words(m.name) for m in b))
    return bool(wa & wb & {"peace", "ceasefire"})
