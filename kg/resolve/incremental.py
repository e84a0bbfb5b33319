"""Resolve again after a change, deciding only what the change can alter.

:func:`~kg.resolve.resolver.resolve_index` decides each part of the name index
by looking other parts up: by their key's suffixes, stem, first word or land
name, by a word of it (a surname, a given name, a company's name), by their
names' institution cores, acronyms, initials, countries and kind words. Each
lookup is written here as *tokens*: a part **offers** the tokens under which
the resolver files it, and **seeks** those under which it looks others up (a
token both files and looks up is on both sides). Two parts are *linked* when
one seeks a token the other offers: a part's entity depends on the parts it is
linked to, directly or not, and on no other — every lookup of the resolver is
one of these tokens, so whatever a part absorbs, or is absorbed by, or is
counted against, is linked to it.

So the resolution of the whole index is that of each connected group of parts
on its own (plans, which no name joins, are one group of their own), and a
change (:class:`Resolver.update`) resolves again only the groups its parts were
in before it and are in after it (a removed part can split a group; an added
one can join groups), keeping every other entity as it was. Entity keys are
numbered per :func:`~kg.resolve.resolver.family`, so only the families of the
entities that changed are numbered again. The result equals
:func:`~kg.resolve.resolver.resolve_index` of the whole index (checked on random
changes by tests/resolve/test_incremental.py).

Tokens over-approximate: they ignore types, votes and articles, which a lookup
also checks, so a group can hold parts that end up deciding nothing about each
other — that costs time, never correctness. They must never miss a lookup: a
change to :mod:`kg.resolve.resolver` that looks parts up in a new way adds its
tokens here.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass

from kg.model import Entity
from kg.resolve.resolver import (
    _COMPANY_KEYS,
    _DEMONYM_ENDINGS,
    _DESCRIBED,
    _GENERATIONS,
    _LAND_KEYS,
    _PARTY_HEADS,
    PLANS,
    Cluster,
    Labelled,
    NameIndex,
    Part,
    Resolution,
    Row,
    _acronyms,
    _company_stem,
    _country_body,
    _initialled,
    _institution_core,
    _outlet_stem,
    _party_adjectives,
    _republic_countries,
    _untitled,
    entity_keys,
    entity_names,
    family,
    formal_opening,
    name_clusters,
    of_head,
    plan_clusters,
    turned_key,
)
from kg.text.lexicon import GENERIC_HEADS, HYPOCORISMS, STATE_FORMS, US_STATE_ABBREVIATIONS
from kg.text.names import _fold_word, fold, is_acronym, name_key, sounded

__all__ = ["Resolver", "Difference", "links"]

Token = tuple[Hashable, ...]


def links(part: Part, total: Row) -> tuple[set[Token], set[Token]]:
    """The tokens ``part`` seeks and offers, given the sum of its rows (for its names).

    Each comment names the step of :func:`~kg.resolve.resolver.name_clusters` whose
    lookup the token stands for.
    """
    kind, key = part
    if kind == "weak":
        return {("key", key)}, set()  # a headline name joins the entity of its key
    seeks: set[Token] = {("suffix", key), ("stem", key), ("land", key), ("republic", key)}
    offers: set[Token] = {("key", key), ("end", key[-1]), ("start", key[0])}
    both: set[Token] = set()
    # 1. a shorter form looks its longer forms up by suffix, stem (without company
    # words or "party") and land name; a name its fuller forms by their first word
    offers |= {("suffix", key[i:]) for i in range(1, len(key))}
    offers |= {("stem", key[:i]) for i in range(1, len(key))
               if set(key[i:]) <= _COMPANY_KEYS or key[i:] == ("party",)}
    if len(key) == 2 and key[1] in _LAND_KEYS:
        offers.add(("land", key[:1]))
    if (head := of_head(key)) is not None:
        offers.add(("of", head))  # "General Staff" of the "General Staff of the Army"
    if len(key) >= 2:
        seeks.add(("of", key))
    if len(key) >= 2:
        seeks.add(("fuller", key[0], key[-1]))  # the fuller name holds the last word after
    if len(key) >= 3 and key[-1] not in _GENERATIONS:
        offers |= {("fuller", key[0], word) for word in key[1:]}
    if len(key) >= 2:
        seeks.add(("key", turned_key(key)))  # a name with its (given) names turned round
    if _initialled(total[1]):
        seeks.add(("suffix", key[-1:]))  # "S. Rao" looks up the names ending "Rao"
    # "Ben Gvir" looks up the names ending so as written, its "Ben" no familiar given name
    seeks |= {("suffix", written) for name in total[1]
              if len(written := name_key(name, familiar=False)) == len(key) and written != key}
    if len(key) >= 2:
        both.add(("sound", sounded(key)))  # "Moussa" and "Musa"
    stem, _ = _company_stem(key)
    if stem != key:
        both.add(("kind", stem))  # "Veltrix Inc" and "Veltrix Group"
    # 2. a one-word name looks up the names holding its word (surname_of, first_of)
    if kind == "single":
        seeks.add(("word", key[0]))
    else:
        offers |= {("word", word) for word in key}
    # 2b–2e: a party's members, a formal country name
    if len(key) >= 2 and key[-1] in _PARTY_HEADS:
        offers.add(("party", key[:-1]))
    seeks |= {("party", (*key[:-1], adjective)) for adjective in _party_adjectives(key[-1])}
    # 2d. "the Socialists" of the party whose longer name opens with their adjective
    if len(key) >= 3 and key[-1] in _PARTY_HEADS:
        offers.add(("opens", key[0]))
    if len(key) == 1:
        seeks |= {("opens", adjective) for adjective in _party_adjectives(key[0])}
    form = next((i for i, word in enumerate(key[:-2]) if word in STATE_FORMS
                 and key[i + 1] == "of"), None)
    if form is not None:  # "the Kingdom of Thailand" offers "Thailand"
        offers.add(("republic", key[form + 2:]))
    # 2'. a name with a title read into it looks up the person named without it
    if (rest := _untitled(key)) is not None:
        seeks.add(("key", rest))
    # 2. an alias: a part looks up the parts one of whose names has its key
    seeks.add(("alias", key))
    for name in total[1]:
        _name_links(name, seeks, offers, both)
        if (named := name_key(name)) != key:
            offers.add(("alias", named))
    return seeks | both, offers | both


def _name_links(name: str, seeks: set[Token], offers: set[Token], both: set[Token]) -> None:
    """The tokens of one of a part's names (the lookups that read names, not keys)."""
    # 2a. institution variants: organisations grouped by their core (whose, by a country
    # or by a place of the graph, "Velmorian"; a bare name by that place's articles)
    owners = _owners_named(name)
    for places in (frozenset(), owners):
        qualifier, core = _institution_core(name, places)
        if core:
            both.add(("core", core))
        if qualifier:
            seeks |= {("key", name_key(qualifier)), ("alias", name_key(qualifier))}
    # 2c, 2e. the places a body's name or description may say it is of
    for place in owners:
        seeks |= {("key", name_key(place)), ("alias", name_key(place))}
    # 2d'. a state's abbreviation looks up the state
    if (state := US_STATE_ABBREVIATIONS.get(name.rstrip("."))) is not None:
        seeks.add(("key", name_key(state)))
    # 2d. a formal country name by the country its spelling stands for ("Türkiye")
    offers |= {("republic", country) for country in _republic_countries(name)}
    # 2d. the opening of a country's formal name looks up the countries it may name
    seeks |= {("key", name_key(country)) for country in formal_opening(name)}
    # 2d'''. an outlet's name without its medium looks up the outlet named with it
    stem = _outlet_stem(name)
    if stem:
        offers.add(("outlet", stem))
    seeks.add(("outlet", stem or fold(re.sub(r" [0-9]+$", "", name))))
    # 2c. country bodies: grouped by their country
    for places in (frozenset(), owners):
        if (body := _country_body(name, places)) is not None:
            both.add(("country", body[0]))
    # 2b. acronyms: an upper-case name looks up the names with its initials, and the
    # people with its letters
    offers |= {("acronym", a) for a in _acronyms(name)}
    letters = "".join(word[0] for word in fold(name).split())
    offers |= {("initials", letters[:end]) for end in range(3, min(len(letters), 6) + 1)}
    plain = name.replace(".", "")  # "N.T.A."
    if is_acronym(plain):
        seeks |= {("acronym", plain.lower()), ("initials", plain.lower())}
    # 2b. spelled out: "AU Commission" looks up "AU", then the key that spells it out,
    # which ends as the words after the acronym end, or starts as those before it start
    words = name.split()
    for i, word in enumerate(words):
        if len(words) >= 2 and 2 <= len(word) <= 6 and word.isupper():
            seeks.add(("acronym", word.lower()))
            seeks |= set(_spelled_ends(words, i))
    # 2f. a clipped name ("Fed") looks up the names whose first word it begins
    folded = fold(name).split()
    if len(folded) >= 2:
        offers |= {("clip", folded[0][:end]) for end in range(3, min(len(folded[0]) - 1, 5) + 1)}
    elif len(folded) == 1 and 3 <= len(folded[0]) <= 5:
        seeks.add(("clip", folded[0]))
    # 2e. a described body looks up the bodies named with its kind's word
    offers |= {("head", word.lower()) for word in words if word == word.lower().title()}
    described = _DESCRIBED.match(name)
    if described and described.group(2) in GENERIC_HEADS:
        seeks.add(("head", described.group(2)))


def _owners_named(name: str) -> frozenset[str]:
    """Every place a word of ``name`` may name or be the demonym of, as the resolver reads
    a graph's places as owners ("Velmoria" of "Velmorian Foreign Ministry")."""
    words = re.findall(r"[A-Za-z]+", name)
    found = set(words)
    for word in words:
        for ending, stems in _DEMONYM_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                found |= {word[:-len(ending)] + stem for stem in stems}
    return frozenset(w for w in found if w[:1].isupper())


def _spelled_ends(words: list[str], i: int) -> Iterator[Token]:
    """How the key of ``words`` with ``words[i]`` spelled out ends or starts (with a
    familiar first name or without: which one the key takes depends on the spelling)."""
    after = name_key(" ".join(words[i + 1:]))  # whose last word may join the one before
    before = fold(" ".join(words[:i])).split()
    if after:
        yield "end", after[-1]
    elif before:
        yield "start", name_key(" ".join(words[:i]))[0]
        yield "start", _fold_word(before[0])
        yield "start", _fold_word(HYPOCORISMS.get(before[0], before[0]))
    # else the key is the spelled-out name's own, which the acronym token reaches


@dataclass
class Difference:
    """Where a resolution may differ from the one before it.

    Attributes:
        parts: Keys of ``entity_of`` whose entity may differ (outside them, none does).
        entities: Entity keys whose description may differ.
    """

    parts: set[Hashable]
    entities: set[str]


def _named(parts: list[Hashable]) -> set[Part]:
    """The named parts of an entity's parts ((part, article) pairs; plans' are mentions)."""
    return {part[0] for part in parts if type(part) is tuple}


class Resolver:
    """A resolution of a name index kept up to date as the index changes.

    Attributes:
        resolution: The entities of the index as last resolved.
    """

    def __init__(self, index: NameIndex) -> None:
        clusters = name_clusters(index)
        plans = plan_clusters(index)
        self.resolution = Resolution.of([*clusters, *plans])
        self._seeks: dict[Part, tuple[Token, ...]] = {}
        self._offers: dict[Part, tuple[Token, ...]] = {}
        self._sought: dict[Token, set[Part]] = defaultdict(set)
        self._offered: dict[Token, set[Part]] = defaultdict(set)
        for part, total in index.totals.items():
            self._link(part, total)
        #: Entity key → the parts it took; named part → the entities it went into.
        self._parts: dict[str, list[Hashable]] = defaultdict(list)
        self._owners: dict[Part, set[str]] = defaultdict(set)
        self._families: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._plans: set[str] = set()
        taken: dict[str, list[Hashable]] = defaultdict(list)
        for entry, key in self.resolution.entity_of.items():
            taken[key].append(entry)
        for key, parts in taken.items():
            self._own(key, parts)
        for key, entity in self.resolution.entities.items():
            self._families[family(entity.type, entity.label)].add(key)

    def update(self, index: NameIndex, changed: Iterable[Part]) -> Difference:
        """Resolve ``index`` again after the parts ``changed`` (:data:`PLANS` for plans)
        were counted in or out of it; the difference from the resolution before."""
        changed = set(changed)
        plans = PLANS in changed
        changed.discard(PLANS)
        reach = self._reach(changed)  # the groups before the change
        for part in changed:
            self._unlink(part)
            if part in index.totals:
                self._link(part, index.totals[part])
        reach |= self._reach(changed)  # and after it
        dropped = {key for part in reach for key in self._owners.get(part, ())}
        if plans:
            dropped |= self._plans
        # in the index's order, which decides the order in which headline names join
        rows = {p: rows for p, rows in index.rows.items() if p in reach}
        within = NameIndex(rows, {p: index.totals[p] for p in rows})
        made = [*name_clusters(within), *(plan_clusters(index) if plans else [])]
        return self._replace(dropped, made)

    def _replace(self, dropped: set[str], made: list[Cluster]) -> Difference:
        """Put the clusters ``made`` in place of the entities ``dropped``, numbering the
        families of both again."""
        old = self.resolution
        entities, entity_of = dict(old.entities), dict(old.entity_of)
        difference = Difference(set(), set(dropped))
        families: dict[tuple[str, str], list[tuple[Labelled, Entity]]] = defaultdict(list)
        for key in dropped:
            families.setdefault(family(entities[key].type, entities[key].label), [])
            self._forget(key, entities, entity_of, difference)
        for cluster in made:
            label = cluster.label()
            entity = Entity("", cluster.type, label,
                            entity_names(cluster.type, label, cluster.names))
            families[family(entity.type, label)].append(((entity.type, label, cluster.parts),
                                                         entity))
        for key in {key for f in families for key in self._families.get(f, ())}:
            entity = entities[key]  # kept, but numbered again with its family
            families[family(entity.type, entity.label)].append(
                ((entity.type, entity.label, self._parts[key]), entity))
            self._forget(key, entities, entity_of, difference)
        for members in families.values():
            for key, i in entity_keys([labelled for labelled, _ in members]):
                (_, _, parts), numbered = members[i]
                entities[key] = dataclasses.replace(numbered, key=key)
                entity_of.update(dict.fromkeys(parts, key))
                difference.parts.update(parts)
                difference.entities.add(key)
                self._own(key, list(parts))
                self._families[family(numbered.type, numbered.label)].add(key)
        self.resolution = Resolution(entities, entity_of)
        return difference

    def _forget(self, key: str, entities: dict[str, Entity], entity_of: dict[Hashable, str],
                difference: Difference) -> None:
        entity = entities.pop(key)
        kin = self._families[family(entity.type, entity.label)]
        kin.discard(key)
        if not kin:
            del self._families[family(entity.type, entity.label)]
        self._plans.discard(key)
        parts = self._parts.pop(key)
        difference.parts.update(parts)
        for part in parts:
            if entity_of.get(part) == key:
                del entity_of[part]
        for named in _named(parts):
            owners = self._owners[named]
            owners.discard(key)
            if not owners:
                del self._owners[named]

    def _own(self, key: str, parts: list[Hashable]) -> None:
        self._parts[key] += parts
        for named in _named(parts):
            self._owners[named].add(key)
        if any(type(part) is not tuple for part in parts):
            self._plans.add(key)  # a plan's parts are its mentions

    def _reach(self, parts: set[Part]) -> set[Part]:
        """``parts`` and every part linked to them, directly or not."""
        found, todo = set(parts), list(parts)
        done: set[Token] = set()
        while todo:
            part = todo.pop()
            for tokens, others in ((self._seeks.get(part, ()), self._offered),
                                   (self._offers.get(part, ()), self._sought)):
                for token in tokens:
                    if (others is self._offered, token) in done:
                        continue
                    done.add((others is self._offered, token))
                    new = others.get(token, set()) - found
                    found |= new
                    todo.extend(new)
        return found

    def _link(self, part: Part, total: Row) -> None:
        if part == PLANS:
            return
        seeks, offers = links(part, total)
        self._seeks[part], self._offers[part] = tuple(seeks), tuple(offers)
        for token in seeks:
            self._sought[token].add(part)
        for token in offers:
            self._offered[token].add(part)

    def _unlink(self, part: Part) -> None:
        for tokens, index in ((self._seeks.pop(part, ()), self._sought),
                              (self._offers.pop(part, ()), self._offered)):
            for token in tokens:
                holders = index[token]
                holders.discard(part)
                if not holders:
                    del index[token]
