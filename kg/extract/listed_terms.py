"""Facts written as the items of a list that a proposal introduces: terms put forward, not
facts.

"This is the latest proposal discussed by leaders:" followed by "• A (NL): Commission
President", "• B (BG): Council President": each item is a post proposed for someone, not one
held; "The draft would see: - C recognised as part of D": a term of the draft. A list under a
line that only introduces it ("The ministers present were:") states its items as facts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import ArticleContext
from kg.extract.nlp import doc_text
from kg.model import Relation

__all__ = ["proposed_in_a_list"]

#: How a list's item opens its line: a bullet, a dash or a number.
_ITEM = re.compile(r"[ \t]*(?:[•·▪◦‣*–—-]|\d{1,2}[.)])[ \t]+\S")
#: Words of a line that introduces a list of what is put forward rather than done.
_PROPOSING = re.compile(
    r"\b(?:propos(?:al|als|ed|es|e|ing)|draft|drafts|would|could|might|candidates?"
    r"|shortlist(?:ed)?|nominees|tipped|wish[ -]?list|demands|terms|options|scenarios?)\b",
    re.IGNORECASE,
)
#: How far back an item's list may begin: its introduction is within these many lines.
_MAX_ITEMS = 30


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _introduction(text: str, line_start: int) -> str | None:
    """The line that introduces the list the line at ``line_start`` is an item of, if it
    ends with a colon."""
    end = line_start - 1
    for _ in range(_MAX_ITEMS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or _ITEM.match(line):
            continue  # a blank line between items, or an earlier item
        return line if line.rstrip().endswith(":") else None
    return None


def _under_a_proposal(text: str, at: int) -> bool:
    line_start, line_end = _line_bounds(text, at)
    if not _ITEM.match(text[line_start:line_end]):
        return False
    intro = _introduction(text, line_start)
    return intro is not None and bool(_PROPOSING.search(intro))


def proposed_in_a_list(context: ArticleContext, relations: list[Relation]) -> list[Relation]:
    """The relations, those stated only by an item of a list of proposals made hypothetical."""
    text = doc_text(context.doc)
    if ":" not in text:
        return relations
    found = []
    for r in relations:
        if r.status == "asserted" and r.subject.end > r.subject.start and (
            r.evidence.sentence in text[slice(*_line_bounds(text, r.subject.start))]
            and _under_a_proposal(text, r.subject.start)
        ):
            r = replace(r, status="hypothetical")
        found.append(r)
    return found
