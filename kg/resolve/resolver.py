"""Resolve mentions across articles into entities.

One node per real-world entity: full names and their surname-only or
honorific forms join, transliteration variants join, and an entity's type is
the sum of the type votes of all its mentions. Names seen only in headlines
need confirmation in body text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.model import (
    ENTITY_TYPES,
    Entity,
    EntityType,
    Extraction,
    KnowledgeGraph,
    Mention,
    Quote,
    Relation,
)
from kg.resolve.names import initials, name_key, slug

_MINOR = {"of", "the", "and", "for", "de", "du", "la"}

__all__ = ["resolve", "Cluster"]

_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    def add(self, mention: Mention, votes: Iterable[tuple[str, float]]) -> None:
        self.mentions.append(mention)
        for kind, weight in votes:
            self.votes[kind] += weight
        self.articles.add(mention.article)

    @property
    def type(self) -> EntityType:
        return max(self.votes, key=lambda t: (self.votes[t], -_TYPE_ORDER[t]))  # type: ignore[return-value]

    def label(self) -> str:
        names = Counter(m.name for m in self.mentions)
        if self.type == "Plan":
            from kg.resolve.plans import plan_label

            return plan_label(names)
        longest = max(len(n.split()) for n in names)
        full = [n for n in names if len(n.split()) == longest]
        return max(full, key=lambda n: (names[n], len(n), n))


def _vote(mention: Mention, kind: str) -> float:
    return next((weight for t, weight in mention.votes if t == kind), 0.0)


def _order(m: Mention) -> tuple[object, ...]:
    """A mention's sort key: its fields in order (as the dataclass compares, but faster)."""
    return (m.article, m.start, m.end, m.text, m.type, m.name, m.votes, m.confirmed)


def resolve(extractions: Sequence[Extraction]) -> KnowledgeGraph:
    """Merge the mentions of all extractions into entities.

    Args:
        extractions: What the extractors found, one per article.
    """
    mentions = [m for x in extractions for m in x.mentions]
    strong = [m for m in mentions if m.confirmed]
    weak = [m for m in mentions if not m.confirmed]
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, ...], Cluster] = {}

    # 1. multi-word names and non-person names, by their folded key
    plans = [m for m in strong if m.type == "Plan"]
    names = [m for m in strong if m.type != "Plan"]
    singles: list[Mention] = []
    # Clusters by every proper suffix of their key: "Gvir" → the "Itamar Ben Gvir" cluster.
    by_suffix: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
    for m in sorted(names, key=lambda m: (-len(m.name.split()), *_order(m))):
        key = name_key(m.name)
        if not key:
            continue
        if len(key) == 1 and _vote(m, "Place") < 2:
            singles.append(m)
            continue
        cluster = by_key.get(key)
        if cluster is None:
            longer = [c for c in by_suffix.get(key, ()) if c.type == "Person"]
            if len(longer) == 1 and _vote(m, "Person") > 0:
                cluster = longer[0]  # "Ben-Gvir" in "Itamar Ben-Gvir", "Gahr Store"
            else:
                cluster = by_key[key] = Cluster()
                clusters.append(cluster)
                for i in range(1, len(key)):
                    by_suffix[key[i:]].append(cluster)
        cluster.add(m, m.votes)

    # 2. one-word names join a full name ending with them, preferring the same article
    surname_of: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) >= 2 and cluster.type == "Person":
            surname_of[key[-1]].append(cluster)
    for m in singles:
        key = name_key(m.name)
        owners = surname_of.get(key[0], [])
        if len(owners) > 1:
            owners = [c for c in owners if m.article in c.articles]
        if len(owners) == 1:
            owners[0].add(m, m.votes)
            continue
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = Cluster()
            clusters.append(cluster)
        cluster.add(m, m.votes)

    # 2b. acronyms join the one organisation whose initials they are ("EU", "NATO")
    by_initials: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) > 1:
            by_initials[initials(cluster.label(), skip=_MINOR)].append(cluster)
    for key, cluster in list(by_key.items()):
        name = cluster.mentions[0].name
        if len(key) != 1 or not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
            continue
        expansions = [
            c
            for c in by_initials.get(name.lower(), ())
            if c is not cluster and c.type == "Organization"
        ]
        if len(expansions) == 1 and cluster in clusters:
            for m in cluster.mentions:
                expansions[0].add(m, m.votes)
            clusters.remove(cluster)
            by_key[key] = expansions[0]

    # 2c. "Ukrainian National Security Council" is the "national security and
    # defence council of Ukraine": same country, one name's words within the other's
    _merge_country_bodies(clusters, by_key)

    # 3. headline names only where confirmed
    for m in weak:
        cluster = by_key.get(name_key(m.name))
        if cluster is not None:
            cluster.add(m, ())

    clusters = [c for c in clusters if _plausible(c)]
    clusters.extend(_plan_clusters(plans))

    entities: list[Entity] = []
    entity_of: dict[Mention, str] = {}
    used: set[str] = set()
    for cluster in sorted(clusters, key=lambda c: (c.type, c.label())):
        label = cluster.label()
        key = f"{cluster.type.lower()}/{slug(label)}"
        n = 2
        while key in used:
            key = f"{cluster.type.lower()}/{slug(label)}-{n}"
            n += 1
        used.add(key)
        entities.append(
            Entity(
                key,
                cluster.type,
                label,
                tuple(m.name for m in cluster.mentions),
                tuple(sorted(cluster.mentions, key=_order)),
            )
        )
        for m in cluster.mentions:
            entity_of[m] = key
    types = {e.key: e.type for e in entities}
    relations = []
    for x in extractions:
        for r in x.relations:
            if (
                r.subject in entity_of
                and r.object in entity_of
                and entity_of[r.subject] != entity_of[r.object]
            ):
                fitted = fit_types(r, types[entity_of[r.subject]], types[entity_of[r.object]])
                if fitted is not None:
                    relations.append(fitted)
    return KnowledgeGraph(
        articles=tuple(x.article for x in extractions),
        entities=tuple(entities),
        relations=_distinct(relations),
        quotes=tuple(
            q if q.speaker is None or q.speaker in entity_of else Quote(q.text, None, q.evidence)
            for x in extractions
            for q in x.quotes
        ),
        entity_of=entity_of,
    )


def _country_body(label: str) -> tuple[str, frozenset[str]] | None:
    from kg.extract.lexicon import country_of

    words = re.findall(r"[A-Za-z]+", label.replace("’", "'"))
    countries = {country_of(w) for w in words} - {None, ""}
    if len(countries) != 1:
        return None
    content = frozenset(
        w.lower() for w in words if not country_of(w) and w.lower() not in _MINOR | {"s"}
    )
    return (next(iter(countries)), content) if len(content) >= 2 else None  # type: ignore[return-value]


def _merge_country_bodies(clusters: list[Cluster], by_key: dict[tuple[str, ...], Cluster]) -> None:
    bodies = [(c, _country_body(c.label())) for c in clusters if c.type == "Organization"]
    bodies = [(c, b) for c, b in bodies if b is not None]
    for small, (country, words) in sorted(bodies, key=lambda x: len(x[1][1])):  # type: ignore[index]
        if small not in clusters:
            continue
        larger = [
            c
            for c, (k, w) in bodies
            if c is not small and c in clusters and k == country and words <= w
        ]  # type: ignore[misc]
        if len(larger) == 1:
            for m in small.mentions:
                larger[0].add(m, m.votes)
            clusters.remove(small)
            for key, c in by_key.items():
                if c is small:
                    by_key[key] = larger[0]


def fit_types(relation: Relation, subject: str, obj: str) -> Relation | None:
    """Check a relation against the resolved types of its ends, as the ontology defines them.

    Extractors see one article and the tagger's guesses; only after resolution
    is it known that "Trump" is a person. An envoy or member "of" a person is
    that person's adviser; a leader of a person, or a person located in a
    place by these rules, is not a fact.
    """
    p = relation.predicate
    if p in {"leaderOf", "spokespersonOf", "memberOf", "advisorOf"} and subject != "Person":
        return None
    if p == "memberOf" and obj == "Person":
        return replace(relation, predicate="advisorOf")
    if p == "advisorOf" and obj != "Person":
        return replace(relation, predicate="memberOf")
    if p == "leaderOf" and obj == "Person":
        return None
    if p == "authorOf" and obj != "Plan":
        return None
    if p == "locatedIn" and (obj != "Place" or subject == "Person"):
        return None
    if p in {"met", "allyOf", "sanctioned"} and "Plan" in {subject, obj}:
        return None
    return relation


def _distinct(relations: Iterable[Relation]) -> tuple[Relation, ...]:
    """The relations once each: the same statement found twice in one place counts once."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for r in relations:
        key = (r.subject, r.predicate, r.object, r.evidence.start, r.status)
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return tuple(kept)


def _plausible(cluster: Cluster) -> bool:
    """Drop a lone surname-like name that nothing marks as a person.

    News introduces people by full name or title; a one-word "person" with
    neither is more often a place or a work the tagger misread.
    """
    if cluster.type != "Person":
        return True
    if any(len(m.name.split()) > 1 for m in cluster.mentions):
        return True
    if cluster.votes["Person"] >= 2.5:
        return True
    others = {t: v for t, v in cluster.votes.items() if t != "Person" and v > 0}
    if others:
        best = max(others, key=lambda t: others[t])
        cluster.votes["Person"] = 0
        cluster.votes[best] += 0.01
        return True
    return False


def _plan_clusters(plans: Sequence[Mention]) -> list[Cluster]:
    """Plans: one per article unless numbers differ; articles join by number or name."""
    from kg.resolve.plans import plan_clusters

    return plan_clusters(plans)
