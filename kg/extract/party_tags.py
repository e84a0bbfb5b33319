"""Party membership stated by a party-state tag: "Sen. Tim Kaine (D-Va.)" → memberOf
the Democratic Party.

The tag's letter is a mention of its party (see :func:`kg.extract.page_noise.party_tags`);
the person is the name written just before the tag.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import ArticleContext
from kg.extract.page_noise import PARTIES
from kg.model import Relation

__all__ = ["party_memberships"]

_CONFIDENCE = 0.9


def party_memberships(context: ArticleContext) -> Iterator[Relation]:
    """memberOf from each party-state tag to the person named right before it."""
    doc = context.doc
    parties = set(PARTIES.values())
    for party in context.mentions:
        if party.name not in parties or party.text not in PARTIES:
            continue
        span = context.span_of(party)
        if span is None:
            continue
        k = span.start - 1
        while k >= 0 and doc[k].text in {"(", ",", " "}:
            k -= 1
        person = context.name_at(doc[k]) if k >= 0 else None
        if person is not None and person.type == "Person":
            yield Relation(person, "memberOf", party,
                           context.evidence(span.sent, "kg.party_tags.v1", _CONFIDENCE))
