"""Resolve mentions across articles into entities.

One node per real-world entity: full names and their surname-only or
honorific forms join, transliteration variants join, and an entity's type is
the sum of the type votes of all its mentions. Names seen only in headlines
need confirmation in body text.

Every decision is taken for a name key as a whole (for a one-word name
shared by several people, per article), on counts summed over its mentions:
which mention comes first never matters, so the result is the same whatever
order articles arrive in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

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

_TYPE_ORDER: dict[str, int] = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass(eq=False)
class Cluster:
    """Mentions taken for one entity, with the counts that decide its type and label."""

    mentions: list[Mention] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, mentions: list[Mention], *, votes: bool = True) -> Cluster:
        """The mentions as one cluster; ``votes=False`` for mentions that decide no type."""
        cluster = cls(mentions, {}, Counter(m.name for m in mentions),
                      {m.article for m in mentions})
        if votes:  # mentions share a few vote patterns: add up each pattern once
            for pattern, count in Counter(m.votes for m in mentions).items():
                cluster._add_votes(((kind, weight * count) for kind, weight in pattern))
        return cluster

    def add(self, mention: Mention, votes: Iterable[tuple[str, float]]) -> None:
        self.mentions.append(mention)
        self.names[mention.name] += 1
        self._add_votes(votes)
        self.articles.add(mention.article)

    def _add_votes(self, votes: Iterable[tuple[str, float]]) -> None:
        for kind, weight in votes:
            self.votes[kind] = self.votes.get(kind, 0.0) + weight

    def absorb(self, other: Cluster) -> None:
        self.mentions += other.mentions
        self._add_votes(other.votes.items())
        self.names.update(other.names)
        self.articles |= other.articles

    @property
    def type(self) -> EntityType:
        return cast(EntityType, max(self.votes, key=lambda t: (self.votes[t], -_TYPE_ORDER[t])))

    def label(self) -> str:
        if self.type == "Plan":
            from kg.resolve.plans import plan_label

            return plan_label(self.names)
        longest = max(len(n.split()) for n in self.names)
        full = [n for n in self.names if len(n.split()) == longest]
        return max(full, key=lambda n: (self.names[n], len(n), n))


def _vote(mention: Mention, kind: str) -> float:
    return next((weight for t, weight in mention.votes if t == kind), 0.0)


def _order(m: Mention) -> tuple[object, ...]:
    """A mention's sort key: its fields in order (as the dataclass compares, but faster)."""
    return (m.article, m.start, m.end, m.text, m.type, m.name, m.votes, m.confirmed)


Key = tuple[str, ...]


def resolve(extractions: Sequence[Extraction]) -> KnowledgeGraph:
    """Merge the mentions of all extractions into entities.

    Args:
        extractions: What the extractors found, one per article.
    """
    # Mentions are decided together by name key (one-word names by key and article
    # where that matters).
    full: dict[Key, list[Mention]] = defaultdict(list)
    singles: dict[Key, list[Mention]] = defaultdict(list)
    weak: dict[Key, list[Mention]] = defaultdict(list)
    plans: list[Mention] = []
    for x in extractions:
        for m in x.mentions:
            if not m.confirmed:
                weak[name_key(m.name)].append(m)
            elif m.type == "Plan":
                plans.append(m)
            elif key := name_key(m.name):
                if len(key) == 1 and _vote(m, "Place") < 2:
                    singles[key].append(m)
                else:
                    full[key].append(m)
    clusters: list[Cluster] = []
    by_key: dict[Key, Cluster] = {}
    # Clusters by every proper suffix of their key: "Gvir" → the "Itamar Ben Gvir" cluster.
    by_suffix: dict[Key, list[Cluster]] = defaultdict(list)

    def new_cluster(key: Key, cluster: Cluster) -> None:
        by_key[key] = cluster
        clusters.append(cluster)
        for i in range(1, len(key)):
            by_suffix[key[i:]].append(cluster)

    # 1. multi-word names and places by their folded key, longest first, so that every
    # longer form of a name is complete when the name is placed. A person's shorter form
    # ("Ben-Gvir" of "Itamar Ben-Gvir", "Gahr Store") joins the one longer form that is
    # used in most of the articles using it: a long name read once in error ("X and
    # Viktor Petrakis") does not swallow the name it ends with.
    for key in sorted(full, key=lambda k: (-len(k), k)):
        named = Cluster.of(full[key])
        longer = [c for c in by_suffix.get(key, ()) if c.type == "Person"]
        if (len(longer) == 1 and named.type == "Person"
                and 2 * len(named.articles & longer[0].articles) >= len(named.articles)):
            longer[0].absorb(named)
        else:
            new_cluster(key, named)

    # 2. one-word names join a full name ending with them, preferring the same article
    surname_of: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) >= 2 and cluster.type == "Person":
            surname_of[key[-1]].append(cluster)
    for key, mentions in singles.items():
        owners = surname_of.get(key[0], [])
        if len(owners) == 1:
            owners[0].absorb(Cluster.of(mentions))
            continue
        unowned = mentions
        if len(owners) > 1:  # several people share the surname: the one in the same article
            unowned = []
            by_article: dict[str, list[Mention]] = defaultdict(list)
            for m in mentions:
                by_article[m.article].append(m)
            for article, here in by_article.items():
                present = [c for c in owners if article in c.articles]
                if len(present) == 1:
                    present[0].absorb(Cluster.of(here))
                else:
                    unowned += here
        if not unowned:
            continue
        if key in by_key:
            by_key[key].absorb(Cluster.of(unowned))
        else:
            new_cluster(key, Cluster.of(unowned))

    # 2b. acronyms join the one organisation whose initials they are ("EU", "NATO")
    by_initials: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) > 1:
            by_initials[initials(cluster.label(), skip=_MINOR)].append(cluster)
    merged: set[int] = set()
    for key, cluster in list(by_key.items()):
        name = cluster.label() if len(key) == 1 else ""
        if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
            continue
        expansions = [c for c in by_initials.get(name.lower(), ())
                      if c is not cluster and c.type == "Organization"]
        if len(expansions) == 1:
            expansions[0].absorb(cluster)
            merged.add(id(cluster))
            by_key[key] = expansions[0]
    clusters = [c for c in clusters if id(c) not in merged]

    # 2c. "Ukrainian National Security Council" is the "national security and
    # defence council of Ukraine": same country, one name's words within the other's
    clusters = _merge_country_bodies(clusters, by_key)

    # 3. headline names only where confirmed
    for key, headline in weak.items():
        if key in by_key:
            by_key[key].absorb(Cluster.of(headline, votes=False))

    clusters = [c for c in clusters if _plausible(c)]
    clusters.extend(_plan_clusters(plans))
    return _graph(extractions, clusters)


def _graph(extractions: Sequence[Extraction], clusters: list[Cluster]) -> KnowledgeGraph:
    """The entities of the clusters, and the relations and quotes between them."""
    labelled = [(c.type, c.label(), c) for c in clusters]
    same = Counter((kind, label) for kind, label, _ in labelled)
    # Entity keys are numbered in this order: clusters that share a type and label
    # are told apart by their first mention.
    labelled.sort(key=lambda x: (x[0], x[1], min(map(_order, x[2].mentions))
                                 if same[x[0], x[1]] > 1 else ()))
    entities: list[Entity] = []
    entity_of: dict[Mention, str] = {}
    used: set[str] = set()
    for kind, label, cluster in labelled:
        key = f"{kind.lower()}/{slug(label)}"
        n = 2
        while key in used:
            key = f"{kind.lower()}/{slug(label)}-{n}"
            n += 1
        used.add(key)
        entities.append(Entity(key, kind, label, tuple(cluster.names),
                               tuple(sorted(cluster.mentions, key=_order))))
        entity_of.update(dict.fromkeys(cluster.mentions, key))
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


def _merge_country_bodies(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """The clusters after each country body joins the one larger body of its country."""
    bodies = [(c, _country_body(c.label())) for c in clusters if c.type == "Organization"]
    found = [(c, b) for c, b in bodies if b is not None]
    merged: dict[int, Cluster] = {}
    # Smallest first (ties by label): a body joins a larger one only if it fits just one.
    for small, (country, words) in sorted(found, key=lambda x: (len(x[1][1]), x[0].label())):
        if id(small) in merged:
            continue
        larger = [c for c, (k, w) in found
                  if c is not small and id(c) not in merged and k == country and words <= w]
        if len(larger) == 1:
            larger[0].absorb(small)
            merged[id(small)] = larger[0]
    for key, c in by_key.items():
        if id(c) in merged:
            by_key[key] = merged[id(c)]
    return [c for c in clusters if id(c) not in merged]


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
    if any(len(name.split()) > 1 for name in cluster.names):
        return True
    if cluster.votes.get("Person", 0.0) >= 2.5:
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
