"""The core data types the stages pass to each other.

Everything here is plain, frozen data with character offsets, so the stages
after extraction (and their tests) need no NLP model.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "ENTITY_TYPES",
    "STATUSES",
    "EntityType",
    "Article",
    "Mention",
    "Evidence",
    "Relation",
    "Quote",
    "Extraction",
    "Entity",
    "KnowledgeGraph",
]

EntityType = Literal["Person", "Organization", "Place", "Plan"]
ENTITY_TYPES: tuple[EntityType, ...] = ("Person", "Organization", "Place", "Plan")

#: A relation's epistemic status. Only "asserted" relations become plain triples;
#: the others are kept as reified statements so a wish is never read as a fact.
STATUSES = ("asserted", "hypothetical", "negated", "proposed", "desired")


@dataclass(frozen=True)
class Article:
    """One cleaned news article.

    Attributes:
        id: Stable identifier derived from the article's content.
        source: Where it came from (a path, with ``:LINE`` for JSON Lines).
        text: The cleaned text that extraction reads.
        offsets: Breakpoints ``(clean_offset, source_offset)``; between two
            breakpoints the cleaned text is a verbatim copy of the source.
    """

    id: str
    source: str
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    offsets: tuple[tuple[int, int], ...] = ((0, 0),)

    def __post_init__(self) -> None:
        object.__setattr__(self, "offsets", tuple(tuple(p) for p in self.offsets))

    def source_offset(self, offset: int) -> int:
        """Map an offset in :attr:`text` to an offset in the source file."""
        starts = [clean for clean, _ in self.offsets]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        clean, source = self.offsets[i]
        return source + (offset - clean)


@dataclass(frozen=True, order=True, slots=True)
class Mention:
    """A span of an article that names (or refers to) an entity."""

    article: str
    start: int
    end: int
    text: str
    type: EntityType
    #: The form used to resolve the mention: titles and possessives stripped.
    name: str = ""
    #: Weighted evidence for each type, summed over all mentions of an entity.
    votes: tuple[tuple[str, float], ...] = ()
    #: False for names seen in a headline: kept only if body text confirms them.
    confirmed: bool = True

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"mention ends before it starts: {self!r}")
        if not self.name:
            object.__setattr__(self, "name", self.text)
        if not self.votes:
            object.__setattr__(self, "votes", ((self.type, 1.0),))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where and how a fact was found."""

    article: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence}")


@dataclass(frozen=True, slots=True)
class Relation:
    """A predicate between two mentions, with its evidence and status."""

    subject: Mention
    predicate: str
    object: Mention
    evidence: Evidence
    status: str = "asserted"

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {STATUSES}")


@dataclass(frozen=True, slots=True)
class Quote:
    """Words put between quotation marks and attributed to a speaker (or nobody)."""

    text: str
    speaker: Mention | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors found in one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Entity:
    """One real-world thing, with every name it goes by."""

    key: str
    type: EntityType
    label: str
    alt_labels: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def __post_init__(self) -> None:
        alts = sorted({a for a in self.alt_labels if a != self.label})
        object.__setattr__(self, "alt_labels", tuple(alts))


@dataclass(frozen=True)
class KnowledgeGraph:
    """The resolved result of a build: entities, and facts between them."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    quotes: tuple[Quote, ...]
    entity_of: Mapping[Mention, str] = field(default_factory=dict)
