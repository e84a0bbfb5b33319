"""Synthetic extractions: invented articles as the extractors would have read them.

They feed the update stage (``add_extractions``) without parsing, so a store of
a million articles can be built in an hour. Which names an article uses follows
a preferential-attachment process: each name is, with a small probability, one
never used before, and otherwise one chosen in proportion to the articles that
used it so far. Popularity is then Zipf-like (a few names are in a large share
of the articles) and new names keep arriving as the corpus grows. A new person
is often named by surname alone ("Minister Kestrin") in a few articles before
the full name turns up, and surnames repeat across people. Same seed, same
stream:

    from extractions import synthetic
    batch = list(itertools.islice(synthetic(seed=0), 256))
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from corpus import FIRST

from kg.model import Article, Evidence, Extraction, Mention, Quote, Relation

__all__ = ["synthetic"]

_SYLLABLES = [
    "ba", "bel", "cor", "da", "dor", "el", "fen", "gar", "hal", "is", "jor", "ka", "kel",
    "lin", "mar", "mor", "nov", "or", "pel", "quin", "ras", "sal", "tam", "tor", "ul",
    "var", "ven", "wes", "yar", "zel"
]
_GIVEN = FIRST[:60]
_TITLES = ["Minister", "President", "Governor", "Ambassador", "General", "Mayor"]
_ORG_HEADS = ["Council", "Union", "Alliance", "Institute", "Bank", "Agency", "Party", "Group"]
_ROLES = [("leaderOf", "the head of"), ("memberOf", "a member of"),
          ("spokespersonOf", "a spokesperson for"), ("advisorOf", "an adviser to")]
_QUOTES = ["We are ready to talk", "Our position has not changed", "The door remains open",
           "We expect concrete steps", "Time is running out", "This is a starting point"]
_OUTLETS = ["Meridian Herald", "Harbour Daily", "The Lantern", "Continental Wire",
            "Northern Ledger", "Signal News"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


class _Popularity:
    """Entities drawn by preferential attachment: new with probability ``fresh``,
    otherwise one named before, in proportion to how often it was."""

    def __init__(self, rng: random.Random, fresh: float, make: Callable[[], object]) -> None:
        self.rng, self.fresh, self.make = rng, fresh, make
        self.entities: list[object] = []
        self.drawn = array("l")

    def draw(self) -> int:
        if not self.drawn or self.rng.random() < self.fresh:
            self.entities.append(self.make())
            chosen = len(self.entities) - 1
        else:
            chosen = self.drawn[self.rng.randrange(len(self.drawn))]
        self.drawn.append(chosen)
        return chosen

    def sample(self, n: int) -> list[int]:
        """``n`` distinct entities (fewer if draws keep repeating)."""
        chosen: list[int] = []
        for _ in range(3 * n):
            e = self.draw()
            if e not in chosen:
                chosen.append(e)
            if len(chosen) == n:
                break
        return chosen


@dataclass
class _Person:
    given: str
    surname: str
    hidden: int  # articles that name the person by surname alone before the full name
    seen: int = 0


class _Writer:
    """One article's text, with the offsets of the names and sentences in it."""

    def __init__(self, article: str) -> None:
        self.article, self.text, self.mentions = article, "", []  # type: list[Mention]
        self.relations: list[Relation] = []
        self.quotes: list[Quote] = []
        self._sentence_start = 0

    def say(self, *parts: str | tuple[str, str, str, tuple[tuple[str, float], ...]],
            confirmed: bool = True) -> list[Mention]:
        """Append a sentence; a part (text, type, name, votes) is a mention."""
        self._sentence_start = len(self.text)
        named = []
        for part in parts:
            if isinstance(part, str):
                self.text += part
                continue
            text, kind, name, votes = part
            start = len(self.text)
            self.text += text
            m = Mention(self.article, start, len(self.text), text, kind, name,  # type: ignore[arg-type]
                        votes, confirmed)
            self.mentions.append(m)
            named.append(m)
        self.text += " "
        return named

    def evidence(self, extractor: str, confidence: float) -> Evidence:
        return Evidence(self.article, self.text[self._sentence_start:].strip(),
                        self._sentence_start, len(self.text) - 1, extractor, confidence)


def synthetic(seed: int = 0) -> Iterator[Extraction]:
    """An endless stream of synthetic extractions, articles ``syn-0000000``, ``syn-0000001``, …"""
    rng = random.Random(seed)

    def person() -> _Person:
        return _Person(rng.choice(_GIVEN), _word(rng, rng.choice((2, 3, 3))),
                       rng.choice((0, 0, 0, 1, 1, 2, 3, 5)))

    def org() -> str:
        return f"{_word(rng, 2)} {rng.choice(_ORG_HEADS)}"

    def place() -> str:
        return _word(rng, rng.choice((2, 3)))

    people = _Popularity(rng, 0.08, person)
    orgs = _Popularity(rng, 0.05, org)
    places = _Popularity(rng, 0.02, place)
    n = 0
    while True:
        yield _article(rng, f"syn-{n:07d}", n, people, orgs, places)
        n += 1


_PERSON = (("Person", 1.0),)


def _article(rng: random.Random, aid: str, n: int, people: _Popularity, orgs: _Popularity,
             places: _Popularity) -> Extraction:
    w = _Writer(aid)
    cast = [people.entities[i] for i in people.sample(rng.choice((2, 3, 3, 4)))]
    bodies = [orgs.entities[i] for i in orgs.sample(rng.choice((1, 2)))]
    where = [places.entities[i] for i in places.sample(rng.choice((1, 2, 3)))]
    short: dict[int, Mention] = {}
    # A headline names the first person by surname, unconfirmed until the body does.
    lead: _Person = cast[0]  # type: ignore[assignment]
    w.say((lead.surname, "Person", lead.surname, _PERSON), f" visits {where[0]}.",
          confirmed=False)
    for i, p in enumerate(cast):
        assert isinstance(p, _Person)
        p.seen += 1
        # The tagger now and then takes a surname for an organisation.
        votes = (("Organization", 1.0),) if rng.random() < 0.05 else _PERSON
        if p.seen <= p.hidden:  # known by surname only, so far
            (m,) = w.say(f"{rng.choice(_TITLES)} ", (p.surname, "Person", p.surname, votes),
                         " arrived on ", rng.choice(_DAYS), ".")
            short[i] = m
            continue
        body = rng.choice(bodies)
        predicate, phrase = rng.choice(_ROLES)
        full = f"{p.given} {p.surname}"
        m, o = w.say((full, "Person", full, _PERSON), f", {phrase} the ",
                     (body, "Organization", body, (("Organization", 1.0),)), ", spoke.")
        w.relations.append(Relation(m, predicate, o, w.evidence("kg.roles.v1", 0.9)))
        (short[i],) = w.say((p.surname, "Person", p.surname, votes), " agreed.")
    people_named = list(short.values())
    for a, b in zip(people_named, people_named[1:], strict=False):
        city = rng.choice(where)
        m1, m2, _ = w.say((a.text, "Person", a.name, a.votes), " met ",
                          (b.text, "Person", b.name, b.votes), " in ",
                          (city, "Place", city, (("Place", 1.0),)), ".")
        w.relations.append(Relation(m1, "met", m2, w.evidence("kg.events.v1", 0.8)))
    for speaker in people_named[:2]:
        said = rng.choice(_QUOTES)
        start = len(w.text) + 1
        (m,) = w.say(f"\u201c{said},\u201d ", (speaker.text, "Person", speaker.name,
                                               speaker.votes), " said.")
        w.quotes.append(Quote(said, m, w.evidence("kg.quotes.v1", 0.9), start, start + len(said)))
    for body in bodies:
        city = rng.choice(where)
        o, c = w.say("The ", (body, "Organization", body, (("Organization", 1.0),)),
                     " is based in ", (city, "Place", city, (("Place", 1.0),)), ".")
        w.relations.append(Relation(o, "locatedIn", c, w.evidence("kg.roles.v1", 0.85)))
    publisher = _OUTLETS[n % len(_OUTLETS)]
    article = Article(aid, f"synthetic/{aid}.txt", w.text.strip(),
                      title=f"{lead.surname} visits {where[0]}",
                      date=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", publisher=publisher,
                      offsets=((0, 0),))
    return Extraction(article, tuple(w.mentions), tuple(w.relations), tuple(w.quotes))
