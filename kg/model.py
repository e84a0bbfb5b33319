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
    "start_in_source",
    "end_in_source",
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
            breakpoints the cleaned text is a verbatim copy of the source. Where
            source text was left out, two breakpoints share a clean offset: the
            first says where the text before the gap ends in the source, the
            second where the text after it starts.
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
        return start_in_source(self.offsets, offset)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the span of the source file it was read from.

        The end is where the span's last character ends in the source: before
        any text left out after it, after the whole of an HTML character
        reference such as ``&rdquo;``.
        """
        if end <= start:
            return (start_in_source(self.offsets, start),) * 2
        return start_in_source(self.offsets, start), end_in_source(self.offsets, end)


def _clean(point: tuple[int, int]) -> int:
    return point[0]


def start_in_source(offsets: tuple[tuple[int, int], ...], offset: int) -> int:
    """Where the character at ``offset`` of a cleaned text starts in its source."""
    i = max(bisect.bisect_right(offsets, offset, key=_clean) - 1, 0)
    clean, source = offsets[i]
    return source + (offset - clean)


def end_in_source(offsets: tuple[tuple[int, int], ...], offset: int) -> int:
    """Where the character before ``offset`` of a cleaned text ends in its source."""
    i = bisect.bisect_left(offsets, offset, key=_clean)
    if i < len(offsets) and offsets[i][0] == offset:
        return offsets[i][1]  # the first breakpoint here says where the text before ends
    return start_in_source(offsets, offset)


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
    """Words put between quotation marks and attributed to a speaker (or nobody).

    Attributes:
        evidence: The sentence (or sentences) the quote is in, with their offsets.
        start: Where the quoted words start in the source file.
        end: Where they end. A quote split around its attribution spans from
            its first word to its last, and its text joins the parts with " … "
            where the attribution was left out.
    """

    text: str
    speaker: Mention | None
    evidence: Evidence
    start: int
    end: int


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
