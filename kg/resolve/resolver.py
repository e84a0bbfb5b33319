"""Resolve mentions across articles into entities.

One node per real-world entity: full names and their surname-only or
honorific forms join, transliteration variants join, and an entity's type is
the sum of the type votes of all its mentions. Names seen only in headlines
need confirmation in body text.

Every decision is taken for a name key as a whole (for a one-word name
shared by several people, per article), on counts summed over its mentions:
which mention comes first never matters, so the result is the same whatever
order articles arrive in. Those counts are a :class:`NameIndex`, which a
store keeps, so that adding articles resolves again without reading every
stored mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from kg.model import (
    ENTITY_TYPES,
    Entity,
    EntityType,
    Extraction,
    KnowledgeGraph,
    Mention,
    Relation,
)
from kg.resolve.plans import plan_groups
from kg.text.lexicon import (
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANY_WORDS,
    COUNTRIES,
    COUNTRY_NOUNS,
    DEMONYMS,
    FORMAL_STATE_NAMES,
    GENERIC_HEADS,
    HONORIFICS,
    LEGAL_FORMS,
    OTHER_PLACE_NAMES,
    OUTLET_MEDIA,
    PLACE_HEADS,
    PLACE_NAMES,
    PORTFOLIOS,
    REGIONS,
    SPOKESPERSON_WORDS,
    STATE_FORMS,
    STATES_AND_PROVINCES,
    STYLES,
    SUBORDINATE_TITLE_WORDS,
    TITLE_PREDICATE,
    US_STATE_ABBREVIATIONS,
    US_STATES,
    country_of,
)
from kg.text.names import fold, initials, is_acronym, name_key, slug, sounded
from kg.text.personal_names import is_given_name, is_surname
from kg.text.places import is_town
from kg.vocab import fit

_MINOR = {"of", "the", "and", "for", "de", "du", "la"}
#: Prepositions an acronym may leave out too ("OSCE").
_PREPOSITIONS = frozenset({"in", "on", "at", "to"})
#: Lower-case words that open a surname: "von der Leyen", "al-Sisi", "van Aalst", "ten Brink".
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du",
                        "al", "el", "bin", "ibn", "dos", "das", "ter", "ten", "le", "la",
                        "ole"})
#: The kind words as name keys spell them ("Industries" is "industryes" there).
_COMPANY_KEYS = frozenset(word for w in COMPANY_WORDS for word in name_key(w))
_PLACE_HEAD_KEYS = frozenset(word for w in PLACE_HEADS for word in name_key(w))
#: The kinds of place a place's name may be said without: "Ogun" of "Ogun State"; not
#: "city" ("Kuwait" is no "Kuwait City", nor "Dorsand" the "Dorsand City" in it).
_SAID_WITHOUT_HEAD = _PLACE_HEAD_KEYS - {"city"}
#: Kinds of land a place is named with and without: "Gaza" is the "Gaza Strip", "Sinai" the
#: "Sinai Peninsula" (where "Gaza City" is a city in it).
_LAND_KEYS = frozenset({"strip", "peninsula"})
_LEGAL_KEYS = frozenset(word for w in LEGAL_FORMS for word in name_key(w))
#: The words ending a club's name, by which it is also called ("United" of "Harbury United").
_CLUB_KEYS = frozenset(word for w in CLUB_WORDS - CLUB_SUFFIXES for word in name_key(w))
#: Words of the titles a name may keep before it ("Spokesperson Lena Ortiz", "Deputy
#: Minister Lena Ortiz"), as name keys spell them.
_TITLE_KEYS = frozenset(word for w in (*TITLE_PREDICATE, *STYLES, *SPOKESPERSON_WORDS,
                                       *SUBORDINATE_TITLE_WORDS, *PORTFOLIOS, *HONORIFICS)
                        for word in name_key(w))
#: Kinds of clubs and companies a name may be said without: "Kestrel" of "Kestrel Racing Club".
_KIND_KEYS = (_COMPANY_KEYS | _CLUB_KEYS | {"club"}
              | frozenset(name_key(w)[0] for w in CLUB_SUFFIXES))

__all__ = [
    "PLANS", "RESOLUTION", "resolve", "resolve_index", "Cluster", "NameIndex", "Resolution",
    "part_of", "name_clusters", "plan_clusters", "entity_keys", "family",
]

_TYPE_ORDER: dict[str, int] = {t: i for i, t in enumerate(ENTITY_TYPES)}

#: Bumped whenever a change to this module can resolve the same mentions differently,
#: so that stores check every article graph once (see :class:`NameIndex`).
RESOLUTION = 10

Key = tuple[str, ...]
#: How a mention is resolved: ("full" | "single" | "weak", its name key).
Part = tuple[str, Key]
#: One article's mentions of a part: type votes (in thousandths, so that sums are
#: exact in any order) and how often each name was used.
Row = list[dict[str, int]]
#: Stands for the plan mentions among the parts a change touched.
PLANS: Part = ("plans", ())


def _vote(mention: Mention, kind: str) -> float:
    return next((weight for t, weight in mention.votes if t == kind), 0.0)


def part_of(mention: Mention) -> Part | None:
    """The part a mention is resolved with (None for plans and nameless mentions)."""
    if not mention.confirmed:
        return "weak", name_key(mention.name)  # a headline name: joins a confirmed one
    if mention.type == "Plan":
        return None
    key = name_key(mention.name)
    if not key:
        return None
    if len(key) == 1 and _vote(mention, "Place") < 2:
        return "single", key  # joins a full name ending with it
    return "full", key


#: One or two capitalised words: an alias as an article introduces it.
_ALIAS = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")


def alias_of(mention: Mention) -> str | None:
    """The other name a mention's text gives the name it stands for, if any: "Hemedti" of
    a mention standing for Mohamed Hamdan Dagalo (after "known as Hemedti"), "ONPE" of
    the office it abbreviates; not a form of the name itself ("Dagalo's", "Mr Dagalo")."""
    text = re.sub(r"['’]s?$", "", mention.text.strip())
    if mention.type == "Place" or text == mention.name or not _ALIAS.fullmatch(text):
        return None  # a place's demonym ("Finnish") or other form is no alias of it
    key, named = name_key(text), name_key(mention.name)
    if not key or set(key) & set(named) or "".join(key) == "".join(named):
        return None
    return text


@dataclass
class NameIndex:
    """What resolution reads: per part, each article's row and their total; the plan mentions.

    Attributes:
        rows: Part → article id → that article's :data:`Row`.
        totals: Part → the sum of its rows (kept as rows come and go: the
            counts are integers, so the sum is exact in any order).
        plans: Article id → its confirmed plan mentions.
    """

    rows: dict[Part, dict[str, Row]] = field(default_factory=dict)
    totals: dict[Part, Row] = field(default_factory=dict)
    plans: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    #: One object per distinct count of votes or names among the rows counted in:
    #: rows are never changed once made, and most repeat (at 10,000 articles,
    #: 133,000 rows had 3,600 distinct name counts), so a build's rows share them.
    #: (An index read from a store does not: that would make reading it slower.)
    _counts: dict[tuple[tuple[str, int], ...], dict[str, int]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, extractions: Iterable[Extraction]) -> NameIndex:
        index = cls()
        for x in extractions:
            index.add(x)
        return index

    @staticmethod
    def rows_of(extraction: Extraction) -> dict[Part, Row]:
        """One article's rows."""
        rows: dict[Part, Row] = {}
        for m in extraction.mentions:
            part = part_of(m)
            if part is None:
                continue
            votes, names = rows.setdefault(part, [{}, {}])
            names[m.name] = names.get(m.name, 0) + 1
            if part[0] != "weak" and (alias := alias_of(m)) is not None:
                names[alias] = names.get(alias, 0) + 1  # looked up by :func:`_merge_aliases`
            if part[0] != "weak":
                for kind, weight in m.votes:
                    if thousandths := round(weight * 1000):
                        votes[kind] = votes.get(kind, 0) + thousandths
        return rows

    def add(self, extraction: Extraction) -> set[Part]:
        """Count one article in; the parts it changed (:data:`PLANS` for plan mentions)."""
        article = extraction.article.id
        rows = self.rows_of(extraction)
        changed = set(rows)
        if article in self.plans or any(article in self.rows.get(part, ()) for part in rows):
            changed |= self.remove(extraction)  # an article counts once
        for part, row in rows.items():
            self._put(part, article, row)
        plans = tuple(m for m in extraction.mentions if m.confirmed and m.type == "Plan")
        if plans:
            self.plans[article] = plans
            changed.add(PLANS)
        return changed

    def _put(self, part: Part, article: str, row: Row) -> None:
        row = [self._counts.setdefault(tuple(counts.items()), counts) for counts in row]
        self.rows.setdefault(part, {})[article] = row
        self._count(part, row, 1)

    def remove(self, extraction: Extraction) -> set[Part]:
        """Count one article out; the parts it changed (:data:`PLANS` for plan mentions)."""
        article = extraction.article.id
        parts = {part for part in self.rows_of(extraction) if article in self.rows.get(part, {})}
        for part in parts:
            self._count(part, self.rows[part].pop(article), -1)
            if not self.rows[part]:
                del self.rows[part], self.totals[part]
        if self.plans.pop(article, None) is not None:
            parts.add(PLANS)
        return parts

    def count_totals(self) -> None:
        """Make the totals again from the rows (of an index read back from its rows)."""
        self.totals = {}
        for part, rows in self.rows.items():
            for row in rows.values():
                self._count(part, row, 1)

    def _count(self, part: Part, row: Row, sign: int) -> None:
        for total, counts in zip(self.totals.setdefault(part, [{}, {}]), row, strict=True):
            for name, count in counts.items():
                if n := total.get(name, 0) + sign * count:
                    total[name] = n
                else:
                    del total[name]


def entity_names(kind: str, label: str, names: Iterable[str]) -> tuple[str, ...]:
    """Every name an entity goes by: those its mentions used and, for a place the lexicon
    knows by other names, those too ("Britain" and "UK" for the United Kingdom), so a
    search or a query by any of them finds it whichever one the articles used."""
    return (*names, *(OTHER_PLACE_NAMES.get(label, ()) if kind == "Place" else ()))


@dataclass(eq=False)
class Cluster:
    """What one entity is made of, with the counts that decide its type and label.

    Attributes:
        parts: The parts, ``(part, article)`` pairs or plan mentions it took.
    """

    parts: list[Hashable] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, part: Hashable, articles: Iterable[str], total: Row, *,
           votes: bool = True) -> Cluster:
        """One part (of ``articles``, whose rows sum to ``total``) as a cluster;
        ``votes=False`` for a part that decides no type."""
        return cls([part], dict(total[0]) if votes else {}, Counter(total[1]), set(articles))

    def add(self, mention: Mention, votes: Iterable[tuple[str, float]]) -> None:
        self.parts.append(mention)
        self.names[mention.name] += 1
        self._add_votes((kind, round(weight * 1000)) for kind, weight in votes)
        self.articles.add(mention.article)

    def _add_votes(self, votes: Iterable[tuple[str, int]]) -> None:
        for kind, weight in votes:
            self.votes[kind] = self.votes.get(kind, 0) + weight

    def take(self, part: Hashable, article: str, row: Row, *, votes: bool = True) -> None:
        """Absorb one article's row of a part: ``absorb(Cluster.of(part, (article,),
        row, votes=votes))`` without making that cluster (a popular name has many)."""
        self.parts.append(part)
        if votes:
            self._add_votes(row[0].items())
        names = self.names
        for name, count in row[1].items():
            names[name] = names.get(name, 0) + count
        self.articles.add(article)

    def absorb(self, other: Cluster) -> None:
        self.parts += other.parts
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
        # a body's name, not its description ("Colombia's top court"), nor an alias
        keys = _part_keys(self)
        own = [n for n in self.names if not _description(n)]
        names = [n for n in own if not keys or name_key(n) in keys] or own or list(self.names)
        if self.type == "Person":  # a name, not the title read into it ("Senator Lena Ortiz")
            names = _without_titled(names) or names
        elif self.type == "Place" and len(names) > 1:  # "Velmoria", not "Velmorian"
            names = [n for n in names if _place_named(n, frozenset(names) - {n}) is None
                     and not formal_opening(n)] or names  # nor "the Islamic Republic"
        longest = max(len(n.split()) for n in names)
        full = [n for n in names if len(n.split()) == longest]
        return max(full, key=lambda n: (self.names[n], len(n), n))


def _description(name: str) -> bool:
    """Whether a body's name describes it by its country and kind ("Colombia's top court",
    "Ukraine's Parliament", "Danish parliament") rather than naming it ("Thingvald")."""
    first, _, rest = name.partition(" ")
    owned = _OWNED.match(name)
    return bool(_DESCRIBED.match(name)) or bool(owned and _country(owned.group(1))) or (
        first in DEMONYMS and rest.islower())


def _untitled(key: Key) -> Key | None:
    """A name key without the words of a title before it ("Foreign Minister Lena Ortiz"
    → lena ortiz), if it opens with some and two words or more follow."""
    i = 0
    while i < len(key) - 2 and key[i] in _TITLE_KEYS:
        i += 1
    return key[i:] if i else None


def _without_titled(names: list[str]) -> list[str]:
    """The names that are not another of ``names`` with a title before it."""
    keyed = [(n, name_key(n)) for n in names]
    keys = {key for _, key in keyed}
    return [n for n, key in keyed if not any(
        key[i:] in keys and set(key[:i]) <= _TITLE_KEYS for i in range(1, len(key) - 1))]


def _order(m: Mention) -> tuple[object, ...]:
    """A mention's sort key: its fields in order (as the dataclass compares, but faster)."""
    return (m.article, m.start, m.end, m.text, m.type, m.name, m.votes, m.confirmed)


def _part_order(part: Hashable) -> tuple[object, ...]:
    if isinstance(part, Mention):
        return ("plan", (), *_order(part))
    named, article = cast(tuple[Part, str], part)
    return (*named, article)


def resolve(extractions: Sequence[Extraction]) -> KnowledgeGraph:
    """Merge the mentions of all extractions into entities.

    Args:
        extractions: What the extractors found, one per article.
    """
    return resolve_index(NameIndex.of(extractions)).graph(extractions)


def resolve_index(index: NameIndex) -> Resolution:
    """The entities the counts of ``index`` make."""
    return Resolution.of([*name_clusters(index), *plan_clusters(index)])


def plan_clusters(index: NameIndex) -> list[Cluster]:
    """The plans of ``index``, which no name joins."""
    return _plan_clusters([m for plans in index.plans.values() for m in plans])


def name_clusters(index: NameIndex) -> list[Cluster]:
    """The entities the named parts of ``index`` make (its plans left out).

    Parts decide each other's entity only through the lookups below, each by a
    word or form of a name (a suffix, a stem, a first word, a kind, a surname,
    an institution's core, an acronym, a country); :mod:`kg.resolve.reach`
    lists them for each part, and so which parts a change can reach.
    """
    full = {part: rows for part, rows in index.rows.items() if part[0] == "full"}
    clusters: list[Cluster] = []
    by_key: dict[Key, Cluster] = {}
    # Clusters by every proper suffix of their key: "Gvir" → the "Itamar Ben Gvir" cluster.
    by_suffix: dict[Key, list[Cluster]] = defaultdict(list)
    # Clusters by their key without company words (or "party") at its end: "Lotus Cargo"
    # → the "Lotus Cargo Holdings" cluster.
    by_stem: dict[Key, list[Cluster]] = defaultdict(list)
    # Names of three words or more by their first word: "John Whitcombe" → the "John F.
    # Whitcombe" cluster.
    by_first: dict[str, list[tuple[Key, Cluster]]] = defaultdict(list)
    # Companies by their name without its kind, with whether their kind is only a legal
    # form: "Veltrix" → ("Veltrix Inc", True) and ("Veltrix Group", False).
    by_kind: dict[Key, list[tuple[bool, Cluster]]] = defaultdict(list)
    # Lands by their name without their kind: "Gaza" → the "Gaza Strip" cluster.
    by_land: dict[Key, list[Cluster]] = defaultdict(list)
    # Names by their key as transliterations vary it: "Musa" → the "Moussa" cluster.
    by_sound: dict[str, list[Cluster]] = defaultdict(list)
    # Bodies of two words or more by the words before their "of": "General Staff" → the
    # "General Staff of the Armed Forces" cluster.
    by_of_head: dict[Key, list[Cluster]] = defaultdict(list)

    def new_cluster(key: Key, cluster: Cluster) -> None:
        by_key[key] = cluster
        clusters.append(cluster)
        if len(key) >= 2:
            by_sound[sounded(key)].append(cluster)
        if len(key) >= 3:
            by_first[key[0]].append((key, cluster))
        stem, legal = _company_stem(key)
        if stem != key:
            by_kind[stem].append((legal, cluster))
        if len(key) == 2 and key[1] in _LAND_KEYS:
            by_land[key[:1]].append(cluster)
        if (head := of_head(key)) is not None:
            by_of_head[head].append(cluster)
        for i in range(1, len(key)):
            by_suffix[key[i:]].append(cluster)
            if set(key[i:]) <= _COMPANY_KEYS or key[i:] == ("party",):
                by_stem[key[:i]].append(cluster)

    # 1. multi-word names and places by their folded key, longest first, so that every
    # longer form of a name is complete when the name is placed. A person's shorter form
    # ("Ben-Gvir" of "Itamar Ben-Gvir", "Gahr Store") joins the one longer form that is
    # used in most of the articles using it: a long name read once in error ("X and
    # Viktor Petrakis") does not swallow the name it ends with.
    # (a name of initials, "S. Rao", after the names it may stand for)
    for part in sorted(full, key=lambda p: (-len(p[1]), _initialled(index.totals[p][1]), p[1])):
        key = part[1]
        named = Cluster.of((part, ""), full[part], index.totals[part])
        longer = [c for c in by_suffix.get(key, ()) if c.type == "Person"]
        if not longer and named.type == "Person":  # "Ben Gvir" of "Itamar Ben Gvir", not
            longer = [c for c in by_suffix.get(_as_written(named, key), ())  # "Benjamin"
                      if c.type == "Person"]
        company = [c for c in by_stem.get(key, ()) if c.type == "Organization"]
        # a double-barrelled surname alone ("Kamara-Sesay"), or one with its particles ("Von
        # der Leyen" opening a sentence), is the person's, however typed
        hyphened = named.type != "Place" and (all(" " not in n for n in named.names)
                                              or key[0] in _PARTICLES) or (
            _article_surname(named, key, longer))
        # (a surname alone, as "Al-Mahdi" is, joins its one owner as a one-word surname
        # does, in any article: it is no name read in error; nor is the name a title was
        # read into, "Spokesperson Lena Ortiz")
        if (len(longer) == 1 and (named.type == "Person" or hyphened) and (
                hyphened or 2 * len(named.articles & longer[0].articles) >= len(named.articles)
                or _titled(longer[0], key))):
            if named.type != "Person":
                named.votes = {}  # the tagger's mistake does not retype the person
            longer[0].absorb(named)
        elif len(company) == 1 and named.type != "Place" and len(key) > 1:
            if named.type != "Organization":
                named.votes = {}  # "Zentrix Agro" read as a person's name is the company's
            company[0].absorb(named)
        elif named.type == "Place" and len(land := [
                c for c in by_land.get(key, ()) if c.type == "Place"]) == 1:
            land[0].absorb(named)  # "Gaza" of the "Gaza Strip"
        elif named.type == "Organization" and len(key) >= 2 and len(bodies := [
                c for c in by_suffix.get(key, ()) if c.type == "Organization"]) == 1 and (
                named.articles <= bodies[0].articles) and not any(
                _institution_core(n)[0] or _owned_after_of(key, n)
                for n in bodies[0].names):  # whose: variants, below
            bodies[0].absorb(named)  # "Constitutional Court" of "Federal Constitutional Court"
        elif named.type == "Organization" and key not in _WORLD_BODIES and len(heads := [
                c for c in by_of_head.get(key, ()) if c.type == "Organization"]) == 1 and (
                not _of_a_country(heads[0])):
            # "the General Staff" of the one "General Staff of the Army" named (in any
            # article: where the army is another's, another is named, and none is joined)
            heads[0].absorb(named)
            by_key[key] = heads[0]
        elif named.type == "Person" and len(fuller := _fuller_names(key, by_first)) == 1 and (
                fuller[0][1].articles & named.articles or _shortened(key, fuller[0][0])
                # three names and a fourth: no namesake is named so alike ("Kofi Mensah
                # Boateng" of "Kofi Ampofo Mensah Boateng")
                or len(key) >= 3 and len(fuller[0][0]) == len(key) + 1):
            # "John Whitcombe" of "John F. Whitcombe" in its article; "Faisal Al Tamimi" of
            # "Faisal bin Nasser Al Tamimi" in any
            fuller[0][1].absorb(named)
        elif named.type == "Organization" and len(same := _same_company(key, named, by_kind)) == 1:
            same[0].absorb(named)  # "Veltrix Inc" of "Veltrix Group" in its article
        elif named.type == "Person" and _initialled(named.names) and len(given := [
                c for c in by_suffix.get(key[-1:], ()) if c.type == "Person"
                and any(initials(" ".join(n.split()[:-1])) == key[0] for n in c.names)]) == 1:
            given[0].absorb(named)  # "S. Rao" of the one "Sunil Rao"
        elif named.type == "Person" and (turned := _turned_name(key, by_key)) is not None:
            turned.absorb(named)  # "Sakamaki Haruto", family name first, is "Haruto Sakamaki"
            by_key[key] = turned  # whose words stand alone as either name's do
        elif named.type == "Person" and len(key) >= 2 and len(same_sound := [
                c for c in by_sound.get(sounded(key), ()) if c.type == "Person"]) == 1:
            same_sound[0].absorb(named)  # "Youssef Karim Moussa" is "Yousef Karim Musa"
            by_key[key] = same_sound[0]
            for i in range(1, len(key)):  # "Al-Marzuq" of "Ahmed al-Marzuq" as of "al-Marzouq"
                if same_sound[0] not in by_suffix[key[i:]]:
                    by_suffix[key[i:]].append(same_sound[0])
        else:
            new_cluster(key, named)

    # 2. one-word names join a full name ending with them, preferring the same article
    surname_of: dict[str, list[Cluster]] = defaultdict(list)
    # Names one of whose other words may stand alone: a surname written first ("Mao
    # Ning" … "Mao"), the first of two surnames ("Jorge Villanueva Paz" … "Villanueva"),
    # a given name where it is the name used ("Somsak Chaiyaporn" … "Somsak"), a
    # company's name before its kind ("Velora Motors" … "Velora").
    first_of: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) >= 2 and cluster.type == "Person":
            if cluster not in surname_of[key[-1]]:  # (a person may have two keys)
                surname_of[key[-1]].append(cluster)
            for word in set(key[:-1]) - _PARTICLES:  # "Al" is no one's name alone
                if cluster not in first_of[word]:
                    first_of[word].append(cluster)
        elif len(key) >= 2 and cluster.type == "Organization" and (
                set(key[1:]) <= _COMPANY_KEYS or len(key) <= 4 and key[-1] in _KIND_KEYS):
            first_of[key[0]].append(cluster)  # "Zentrix" of "Zentrix Agro Holdings" too
            if key[-1] in _CLUB_KEYS:
                first_of[key[-1]].append(cluster)  # "United" of "Harbury United"
        elif len(key) == 2 and cluster.type == "Place" and key[1] in _SAID_WITHOUT_HEAD:
            first_of[key[0]].append(cluster)  # "Ogun" of "Ogun State", in its article
        elif len(key) >= 3 and cluster.type == "Organization" and key[1] == "of":
            first_of[key[0]].append(cluster)  # "the House" of the "House of Representatives"
        elif len(key) == 2 and cluster.type == "Organization" and _named_for_a_place(cluster):
            first_of[key[0]].append(cluster)  # "Bayern" of "Bayern Munich", in its article
        elif len(key) == 2 and cluster.type == "Organization" and key[-1] == "party":
            first_of[key[0]].append(cluster)  # "Labour" of the "Labour Party"
        elif len(key) >= 2 and cluster.type == "Organization" and key[-1] in _MOVEMENT_HEADS:
            first_of[key[-1]].append(cluster)  # "the Front" of the "Sahel Liberation Front"
        elif len(key) >= 2 and cluster.type == "Organization" and any(
                _institution_core(name)[0] and len(_institution_core(name)[1]) == 1
                for name in cluster.names):
            # "the Senate" of "Brazil's Senate" or of "U.S. Senate", in its article
            first_of[key[-1]].append(cluster)
    def place(key: Key, cluster: Cluster) -> None:
        if key in by_key:
            by_key[key].absorb(cluster)
        else:
            new_cluster(key, cluster)

    def apart(key: Key, cluster: Cluster) -> None:
        clusters.append(cluster)

    for part in sorted(p for p in index.rows if p[0] == "single"):
        key, rows = part[1], index.rows[part]
        owners = surname_of.get(key[0], [])
        if owners and _said_of_a_company(index.totals[part]) and any(
                c.type == "Organization" for c in first_of.get(key[0], ())):
            owners = []  # "Kestrava shares fell": the company, not its founder Lena Kestrava
        if _acronym_only(index.totals[part]):  # "AU" is not "von der Au", but "Vertexa AI"
            owners = [c for c in owners if any(n.split()[-1] in index.totals[part][1]
                                               for n in c.names)]
        # people of whom the name is another word: a given name, a family name written first
        given = [c for c in first_of.get(key[0], ()) if c.type == "Person" and c not in owners]
        # One person's surname that some article reads as a place ("Jordan") is decided
        # article by article: the person's where the article names the person or does
        # not read it as a place. Each article's choice rests on its own counts, so the
        # place's articles stay as they were when the person turns up, and the person's
        # when the place does.
        if len(owners) == 1 and not index.totals[part][0].get("Place") and any(
                article not in owners[0].articles and any(article in c.articles for c in given)
                for article in rows):
            # "Henry" where the article names Henry Adeyemi, not the Tomas Henry of another one
            _join_surname_or_given(part, rows, owners[0], given)
        elif len(owners) == 1 and not index.totals[part][0].get("Place"):
            owners[0].absorb(Cluster.of((part, ""), rows, index.totals[part]))
        elif not owners and _acronym_only(index.totals[part]) and (
                firms := _firms_opened_by(index.totals[part], first_of.get(key[0], ()))):
            _join_per_article(part, rows, firms, place, apart)  # "KTV9" of "KTV9 Networks"
        elif not owners and (_acronym_only(index.totals[part]) or not first_of.get(key[0])):
            place(key, Cluster.of((part, ""), rows, index.totals[part]))
        elif not owners:  # where that one name is used in the same article; else the
            # one company it opens, where the name is used as a body's ("Kestrel" of
            # "Kestrel Energy Group" in another article)
            opened = first_of[key[0]]
            _join_per_article(part, rows, opened, place, apart,
                              default=_one_company(index.totals[part], opened)
                              or _one_person(index.totals[part], opened))
        else:  # several people share the surname: the one in the same article
            _join_per_article(part, rows, owners, place, apart, default=_best_known(owners))

    # 2. an alias an article gave a name ("known as Hemedti", "(ONPE)") used alone elsewhere
    clusters = _merge_aliases(clusters, by_key)

    # 2'. "Commissioner Lena Ortiz", read as a body's name, is Lena Ortiz
    clusters = _merge_titled(clusters, by_key)

    # 2a. "U.S. Treasury", "Department of the Treasury" and "Treasury" are one body
    clusters = _merge_institution_variants(clusters, by_key)

    # 2b. acronyms join the one organisation whose initials they are ("EU", "NATO",
    # "UNSC" of "UN Security Council")
    by_initials: dict[str, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        if len(key) > 1:
            for acronym in {a for name in cluster.names for a in _acronyms(name)}:
                if cluster not in by_initials[acronym]:
                    by_initials[acronym].append(cluster)
    merged: set[int] = set()
    person_initials = _people_by_initials(clusters)
    for key, cluster in list(by_key.items()):
        name = _acronym_of(cluster.label(), len(key))
        if not is_acronym(name):
            continue
        expansions = [c for c in by_initials.get(name.lower(), ())
                      if c is not cluster and c.type == "Organization"]
        if not expansions and name.startswith(("UN", "EU")) and len(key) > 1:
            # "UN OCHA" of the "Office for the Coordination of Humanitarian Affairs"
            expansions = [c for c in by_initials.get(name[2:].lower(), ())
                          if c is not cluster and c.type == "Organization"]
        if len(expansions) > 1:  # "AU" where the "African Union" is named, not the
            # "Andalusian Union" of another article
            expansions = [c for c in expansions if cluster.articles <= c.articles]
        if len(expansions) > 1:  # "IOC" of the "International Olympic Committee", not of
            # the "Indonesian Olympic Committee": a country's body called by its demonym
            # is described, and an acronym is of a body's own name
            expansions = [c for c in expansions if not all(
                _institution_core(n)[0] for n in c.names)] or expansions
        if len(expansions) == 1:
            expansions[0].absorb(cluster)
            merged.add(id(cluster))
            by_key[key] = expansions[0]
        elif not expansions and len(people := [
                c for c in person_initials.get(name.lower(), ())
                if id(c) not in merged and cluster.articles <= c.articles]) == 1:
            cluster.votes = {}  # "MBZ" read as an organisation's acronym is the person's
            people[0].absorb(cluster)
            merged.add(id(cluster))
            by_key[key] = people[0]
    clusters = [c for c in clusters if id(c) not in merged]
    clusters = _merge_spelled_out(clusters, by_key, by_initials)
    clusters = _merge_party_members(clusters, by_key)
    clusters = _merge_member_nouns(clusters, by_key)

    # 2c. "Ukrainian National Security Council" is the "national security and
    # defence council of Ukraine": same country, one name's words within the other's
    clusters = _merge_country_bodies(clusters, by_key)

    # 2d. "Iran" is the "Islamic Republic of Iran"
    clusters = _merge_republics(clusters, by_key)

    # 2d'. "Emirates" is the "United Arab Emirates", "Ark." is "Arkansas"
    clusters = _merge_short_places(clusters, by_key)

    # 2d. "the Islamic Republic" is the Iran of its articles
    clusters = _merge_formal_openings(clusters, by_key)

    # 2d'''. "Sky" is "Sky News", "WXYZ" is "WXYZ 7 News"
    clusters = _merge_outlets(clusters, by_key)

    # 2d''. "Velmorian" read as a name is the Velmoria of its articles
    clusters = _merge_demonyms(clusters, by_key)

    # 2e. "Colombia's top court" is the one court its articles name
    clusters = _merge_descriptions(clusters, by_key)

    # 2f. "the Fed" is the "Federal Reserve" its articles name
    clusters = _merge_clipped(clusters, by_key)

    # 2g. "the Karwanis" are the "Karwani" movement of the same article
    clusters = _merge_plural_bodies(clusters, by_key)

    # 3. headline names only where confirmed
    _join_headlines(index, clusters, by_key)

    return [c for c in clusters if _plausible(c)]


#: The article of an Arabic surname: "al-Sharif", "el-Masri".
_ARABIC_ARTICLES = frozenset({"al", "el"})


def of_head(key: Key) -> Key | None:
    """The words of a body's name before its first "of", if two or more: "General Staff" of
    the "General Staff of the Armed Forces", "Central Committee" of the "Central Committee
    of the Communist Party" (which an article names so after naming it in full)."""
    i = key.index("of") if "of" in key else 0
    return key[:i] if i >= 2 and i < len(key) - 1 else None


def _owned_after_of(key: Key, name: str) -> bool:
    """Whether ``key`` ends ``name`` after its "of": "Communist Party of Velmoria" of the
    "Central Committee of the Communist Party of Velmoria" is the body that committee is
    of, not another name of it."""
    longer = name_key(name)
    before = longer[:len(longer) - len(key)]
    return longer[len(before):] == key and (before[-1:] == ("of",) or before[-2:] == (
        "of", "the"))


def _of_a_country(cluster: Cluster) -> bool:
    """Whether a body is named as a country's ("High Court of Uganda"): whose body its bare
    name is, where other countries' are named too, is left to the institutions' variants."""
    return any(_country(re.sub(r"^the ", "", n.partition(" of ")[2])) for n in cluster.names)


def _as_written(named: Cluster, key: Key) -> Key:
    """``key`` with its first word as the name writes it, not read as a familiar given name
    ("ben" of "Ben Gvir", which the key reads as "Benjamin")."""
    for name in named.names:
        written = name_key(name, familiar=False)
        if len(written) == len(key) and written != key:
            return written
    return key


def _article_surname(named: Cluster, key: Key, longer: list[Cluster]) -> bool:
    """Whether a name typed a place is an Arabic surname with its article, used only in the
    articles of the one person whose name ends with it: "Al-Sharif, whose forces ..."
    after "Ahmed al-Sharif" (not a known place: "Al-Fashir" is a town)."""
    return (named.type == "Place" and len(key) == 2 and key[0] in _ARABIC_ARTICLES
            and len(longer) == 1 and named.articles <= longer[0].articles
            and not any(n in PLACE_NAMES for n in named.names))


def _named_for_a_place(cluster: Cluster) -> bool:
    """Whether a body's two-word name ends with a known place's, as clubs and their like
    are named ("Bayern Munich", "Inter Milan", "Sky Italia"): its first word names it alone."""
    return any(len(words := n.split()) == 2 and words[0][:1].isupper()
               and words[0] not in PLACE_NAMES and (words[1] in PLACE_NAMES
                                                    or words[1] in COUNTRIES)
               for n in cluster.names)


def _part_keys(cluster: Cluster) -> set[Key]:
    """The name keys of a cluster's named parts."""
    return {p[0][1] for p in cluster.parts if isinstance(p, tuple)}


def _merge_aliases(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """The clusters after a name used alone joins the one entity an article gave it as an
    alias: "Hemedti" of another article is Mohamed Hamdan Dagalo where an article said he
    is "known as Hemedti" (a person's alias also takes the name a tagger typed a body)."""
    owners: dict[Key, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        keys = _part_keys(cluster)
        for name in cluster.names:
            key = name_key(name)
            if key and key not in keys and cluster not in owners[key]:
                owners[key].append(cluster)
    merges = []
    for cluster in clusters:
        found = {id(c): c for key in _part_keys(cluster) for c in owners.get(key, ())
                 if c is not cluster}
        if len(found) != 1:
            continue
        owner = next(iter(found.values()))
        if owner.type == cluster.type or (owner.type == "Person"
                                          and cluster.type == "Organization"):
            if owner.type != cluster.type:
                cluster.votes = {}  # the tagger's guess does not retype the person
            merges.append((cluster, owner))
    return _merge_into(merges, clusters, by_key)


def _merge_titled(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A name read with a title before it joins the one person named without it, however
    the tagger typed it ("Commissioner Lena Ortiz" of another article, a body there)."""
    named: dict[Key, Cluster] = {}  # people by every name key they took
    for cluster in clusters:
        if cluster.type == "Person":
            named.update(dict.fromkeys(_part_keys(cluster), cluster))
    merges = []
    for cluster in clusters:
        if cluster.type == "Place":
            continue
        people = {id(person): person for key in _part_keys(cluster)
                  if (rest := _untitled(key)) is not None
                  and (person := named.get(rest)) is not None}
        keys = _part_keys(cluster)
        if len(people) == 1 and all(_untitled(key) for key in keys):
            person = next(iter(people.values()))
            if person is not cluster:
                if cluster.type != "Person":
                    cluster.votes = {}  # the tagger's guess does not retype the person
                merges.append((cluster, person))
    return _merge_into(merges, clusters, by_key)


def _people_by_initials(clusters: list[Cluster]) -> dict[str, list[Cluster]]:
    """People by the initials of their names from the first word on, of three letters or
    more: "mbz" of "Mohammed bin Zayed Al Nahyan", "aoc" of "Alexandria Ocasio-Cortez" (two
    letters are too few to tell a person's from a body's: "UN")."""
    found: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.type != "Person":
            continue
        for name in cluster.names:
            letters = "".join(word[0] for word in fold(name).split())
            for end in range(3, min(len(letters), 6) + 1):
                if cluster not in found[letters[:end]]:
                    found[letters[:end]].append(cluster)
    return found


#: Words that say a company is a group of companies, not what it does.
_GROUP_KEYS = frozenset(name_key(w)[0] for w in ("group", "holding", "holdings"))


def _company_stem(key: Key) -> tuple[Key, bool]:
    """A company's name without the words of its kind at its end, and whether those only
    give its legal form: "Veltrix Holdings Inc" → (veltrix, False); "Veltrix Inc" →
    (veltrix, True)."""
    end = len(key)
    while end > 1 and key[end - 1] in _COMPANY_KEYS:
        end -= 1
    return key[:end], set(key[end:]) <= _LEGAL_KEYS


def _same_company(key: Key, named: Cluster,
                  by_kind: dict[Key, list[tuple[bool, Cluster]]]) -> list[Cluster]:
    """The companies of the same name, in the same article, that ``key`` differs from only
    by a legal form or by more words saying it is a group: "Veltrix Inc" and "Veltrix
    Group", "Prince Group" and "Prince Holding Group" (not "Tata Motors" and "Tata Steel
    Ltd", whose names before their forms differ, nor "Alfa Group" and its "Alfa Bank")."""
    stem, legal = _company_stem(key)
    if stem == key:
        return []
    kind = set(key[len(stem):])
    found: list[Cluster] = []
    for other_legal, cluster in by_kind.get(stem, ()):
        if ((legal or other_legal or _a_group(stem, kind, cluster))
                and cluster.type == "Organization"
                and cluster.articles & named.articles and cluster not in found):
            found.append(cluster)
    return found


def _a_group(stem: Key, kind: set[str], cluster: Cluster) -> bool:
    """Whether a company named ``stem`` and the words ``kind`` is a group, as ``cluster``
    is named by the same words and more that say so: "Prince Group" and "Prince Holding
    Group" (not "Halbrook Group" and "Halbrook Holdings", a group and the company that
    holds it)."""
    if not kind <= _GROUP_KEYS:
        return False
    for name in cluster.names:
        words = name_key(name)
        other = set(words[len(stem):])
        if words[:len(stem)] == stem and other <= _LEGAL_KEYS | _GROUP_KEYS and (
                kind < other or other < kind):
            return True
    return False


#: Words that end the name of a namesake: "Donald Trump Jr." is not "Donald Trump".
_GENERATIONS = frozenset(name_key(w)[0] for w in ("jr", "sr", "ii", "iii", "iv"))


def _fuller_names(key: Key, by_first: dict[str, list[tuple[Key, Cluster]]]
                  ) -> list[tuple[Key, Cluster]]:
    """The people whose fuller name holds every word of ``key`` in order, from the same
    given name: a middle name or initial ("John F. Whitcombe"), a second surname ("Daniel
    Ortega Saavedra"), a particle ("Abdel Rahman al-Burhan"). A name with an initial of its
    own ("George W. Bush") tells a namesake apart and joins none."""
    if len(key) < 2 or any(len(word) == 1 for word in key):
        return []
    found: list[tuple[Key, Cluster]] = []
    for longer, cluster in by_first.get(key[0], ()):
        if (cluster.type == "Person" and len(longer) > len(key) and longer[-1] not in _GENERATIONS
                and _in_order(key, longer) and all(c is not cluster for _, c in found)):
            found.append((longer, cluster))
    return found


#: Words opening the part of an Arabic name that names a father: "bin Nasser".
_PATRONYMIC = frozenset({"bin", "bint", "ould"})


def _shortened(key: Key, longer: Key) -> bool:
    """Whether ``key`` is ``longer`` as news shortens a name for brevity, not to tell a
    namesake apart: without the father's name ("Faisal Al Tamimi" of "Faisal bin Nasser Al
    Tamimi"), a second surname ("Lucía Ferreira" of "Lucía Ferreira Santos") or the
    article of a surname ("Osman Taha Mahdi" of "Osman Taha al-Mahdi"), or a middle
    initial, which formal styles add and news drops ("Donald J. Trump"; a namesake with an
    initial of their own is told apart by it, "George H. W. Barrow" from "George W.
    Barrow"). A middle name ("Alan Fitch", "Alan Roy Fitch") may be another person's."""
    dropped = set(longer) - set(key)
    if "and" in dropped:  # two names read as one ("Arlo Castellan and Viktor Petrakis")
        return False
    return longer[:len(key)] == key or bool(_PATRONYMIC & dropped) or dropped <= _PARTICLES or (
        len(longer) == len(key) + 1 and all(len(word) == 1 for word in dropped))


_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")


def _initialled(names: Iterable[str]) -> bool:
    """Whether names are given names' initials and a surname ("S. Rao", "PK Rao")."""
    names = list(names)
    return bool(names) and all(
        len(words := n.split()) >= 2 and all(_INITIAL.fullmatch(w) for w in words[:-1])
        for n in names)


def _titled(cluster: Cluster, key: Key) -> bool:
    """Whether a name of ``cluster`` is ``key`` after words of a title only."""
    return any(len(named := name_key(n)) > len(key) and named[-len(key):] == key
               and set(named[:-len(key)]) <= _TITLE_KEYS for n in cluster.names)


def _turned_name(key: Key, by_key: dict[Key, Cluster]) -> Cluster | None:
    """The person whose two-word name is ``key``'s words the other way round: news writes
    East Asian names family name first or last ("Sakamaki Haruto", "Haruto Sakamaki"); or
    whose two given names before the same surname are ``key``'s the other way round
    ("Ama Serwaa Boateng", "Serwaa Ama Boateng")."""
    if len(key) < 2 or key[0] == key[1]:
        return None
    turned = by_key.get(turned_key(key))
    return turned if turned is not None and turned.type == "Person" else None


def turned_key(key: Key) -> Key:
    """``key`` with its first two words the other way round."""
    return (key[1], key[0], *key[2:])


def _in_order(words: Key, within: Key) -> bool:
    """Whether every word of ``words`` is in ``within``, in the same order."""
    rest = iter(within)
    return all(word in rest for word in words)


def _join_headlines(index: NameIndex, clusters: list[Cluster],
                    by_key: dict[Key, Cluster]) -> None:
    """Headline names join the entity of the same name in the body.

    A name the body resolves as a whole (one person's surname) is that entity's
    in every headline; one resolved article by article (a surname several people
    share) is, in each article, the entity the body's use of it joined there, else
    the entity of that name alone. So when a surname gains a second owner, only the
    headlines of the articles whose body changed change, not every headline with it.
    """
    single: dict[tuple[Key, str], Cluster] = {}
    for cluster in clusters:
        for p in cluster.parts:
            if isinstance(p, tuple) and p[0][0] == "single":
                single[p[0][1], p[1]] = cluster
    for part, rows in index.rows.items():
        if part[0] != "weak":
            continue
        key = part[1]
        per_article = any((key, a) in single for a in rows)
        whole = by_key.get(key) if not per_article else None
        whole = whole or single.get((key, ""))
        if whole is not None:
            whole.absorb(Cluster.of((part, ""), rows, index.totals[part], votes=False))
            continue
        for article, row in rows.items():
            joined = single.get((key, article)) or by_key.get(key)
            if joined is not None:
                joined.take((part, article), article, row, votes=False)


def _one_company(total: Row, opened: list[Cluster]) -> Cluster | None:
    """The one organisation of those a one-word name opens whose other words only say
    its kind ("Kestrel Energy Group", "Labour Party"), if the name's uses are a body's,
    never a place's, and no person has it as a name."""
    votes = total[0]
    if votes.get("Organization", 0) <= votes.get("Person", 0) or votes.get("Place") or any(
            c.type != "Organization" for c in opened):
        return None  # a country a tagger read as a body is not "Velmoria Airlines"
    companies = [c for c in opened if any(
        set(key[1:]) <= _COMPANY_KEYS | {"party"} for key in _part_keys(c) if len(key) >= 2)]
    return companies[0] if len(companies) == 1 else None


def _one_person(total: Row, opened: list[Cluster]) -> Cluster | None:
    """The one person a one-word name opens ("Abel" of "Abel Tekle"), where its
    uses are a person's: another article's "Mr Abel" is that person, the name used as
    many people's is (Ethiopian, Icelandic, Thai or Indonesian usage)."""
    votes = total[0]
    if votes.get("Person", 0) <= max(votes.get("Organization", 0), votes.get("Place", 0)):
        return None
    if len(opened) != 1 or opened[0].type != "Person":
        return None
    return opened[0]


def _said_of_a_company(total: Row) -> bool:
    """Whether a name's uses are strongly those of a company's (its shares, its kind
    named), not of a person's that a tagger read as a body."""
    votes = total[0]
    return votes.get("Organization", 0) >= max(3000, 2 * votes.get("Person", 0))


def _mostly_place(row: Row) -> bool:
    """Whether an article reads a name as a place's: more place votes than person votes,
    and more than the tagger's own guess at each use of a name no list knows as a place's
    ("Gachagua has been using the narrative", tagged a place, is the surname of the
    Rigathi Gachagua of other articles)."""
    votes, uses = row[0], sum(row[1].values())
    return votes.get("Place", 0) > max(votes.get("Person", 0), 500 * uses)


def _acronym_only(total: Row) -> bool:
    return all(len(name) >= 2 and name.isupper() for name in total[1])


def _firms_opened_by(total: Row, candidates: Iterable[Cluster]) -> list[Cluster]:
    """The companies whose name is the acronym of ``total`` and words of their kind ("KTV9
    Networks", "KTV9" of it): an acronym alone is otherwise left to its expansion."""
    return [c for c in candidates if c.type == "Organization" and any(
        n.split()[0] in total[1] and set(name_key(n)[1:]) <= _COMPANY_KEYS for n in c.names)]


def _join_surname_or_given(part: Part, rows: dict[str, Row], owner: Cluster,
                           given: list[Cluster]) -> None:
    """Each article's use of ``part``, one person's surname and other people's given name
    (or family name written first), joins the person it names there: the surname's owner
    where the article names them; else the one person of the article with that first name
    ("Henry's vision" of Henry Adeyemi); where none, the surname's owner. An article naming
    two people with that first name names neither."""
    for article, row in rows.items():
        present = [c for c in given if article in c.articles]
        if article in owner.articles or not present:
            owner.take((part, article), article, row)
        elif len(present) == 1:
            present[0].take((part, article), article, row)


def _best_known(owners: list[Cluster]) -> Cluster | None:
    """The one owner of a surname, or the one named in three articles or more and at least
    twice as many as all the others together: "Trump" alone is the Donald Trump of most
    articles, not the Melania Trump of one. None where none stands out so."""
    if len(owners) == 1:
        return owners[0]
    best = max(owners, key=lambda c: len(c.articles))
    others = sum(len(c.articles) for c in owners if c is not best)
    return best if len(best.articles) >= max(3, 2 * others) else None


def _join_per_article(part: Part, rows: dict[str, Row], owners: list[Cluster],
                      place: Callable[[Key, Cluster], None],
                      apart: Callable[[Key, Cluster], None], *,
                      default: Cluster | None = None) -> None:
    """Each article's use of ``part`` joins the one owner used in that article.

    Where several are ("Brian Kellerman", "Paula Kellerman" … "Kellerman"), which one
    it names is not known: it names no entity rather than a third one. An article naming
    no owner joins ``default`` (the one owner, or the one most articles name) unless it
    reads the name as a place. ``place`` files a cluster under a key (joining one there);
    ``apart`` keeps one beside it.
    """
    unowned, places = Cluster(), Cluster()
    for article, row in rows.items():
        present = [c for c in owners if article in c.articles]
        if not present and default is not None and not _mostly_place(row):
            present = [default]
        if len(present) < 2:
            # An article that reads the name as a place, and names no owner, names the
            # place: apart from the surname's other uses, so that neither retypes the other.
            alone = places if _mostly_place(row) else unowned
            (present[0] if present else alone).take((part, article), article, row)
    if unowned.parts:
        place(part[1], unowned)
    if places.parts:
        (apart if unowned.parts else place)(part[1], places)


Labelled = tuple[str, str, Sequence[Hashable]]


def entity_keys(labelled: Sequence[Labelled]) -> list[tuple[str, int]]:
    """The entity keys of clusters given as (type, label, parts), each with the cluster's
    position in ``labelled``, in the order a resolution lists them.

    Clusters that share a type and label are told apart by their first part. A key
    is the label's slug, or that slug and a number ("-2"), so it can only be another
    cluster's of the same type and :func:`family`: the keys of one family do not
    depend on the clusters of any other.
    """
    same = Counter((kind, label) for kind, label, _ in labelled)
    order = sorted(range(len(labelled)), key=lambda i: (
        labelled[i][0], labelled[i][1], min(map(_part_order, labelled[i][2]))
        if same[labelled[i][0], labelled[i][1]] > 1 else ()))
    taken: set[str] = set()
    keys = []
    for i in order:
        kind, label, _ = labelled[i]
        key = f"{kind.lower()}/{slug(label)}"
        n = 2
        while key in taken:
            key = f"{kind.lower()}/{slug(label)}-{n}"
            n += 1
        taken.add(key)
        keys.append((key, i))
    return keys


_NUMBERED = re.compile(r"(?:-[0-9]+)+$")


def family(kind: str, label: str) -> tuple[str, str]:
    """The type and the label's slug without numbers at its end: every key an entity
    of this type and label may get (its slug, then "-2", "-3" …) has the same."""
    return kind, _NUMBERED.sub("", slug(label))


@dataclass
class Resolution:
    """The entities, and which entity each part (or plan mention) became.

    Attributes:
        entities: Every entity, without its mentions.
        entity_of: ``(part, article)`` (article ``""`` for all of the part's
            articles) or plan mention → entity key.
    """

    entities: dict[str, Entity]
    entity_of: dict[Hashable, str]

    @classmethod
    def of(cls, clusters: list[Cluster]) -> Resolution:
        labelled = [(c.type, c.label(), c.parts) for c in clusters]
        entities: dict[str, Entity] = {}
        entity_of: dict[Hashable, str] = {}
        for key, i in entity_keys(labelled):
            kind, label, parts = labelled[i]
            entities[key] = Entity(key, kind, label, entity_names(kind, label, clusters[i].names))
            entity_of.update(dict.fromkeys(parts, key))
        return cls(entities, entity_of)

    def key_of(self, mention: Mention) -> str | None:
        """The key of the entity ``mention`` names, if any."""
        part = part_of(mention)
        if part is None:
            return self.entity_of.get(mention)
        return self.entity_of.get((part, "")) or self.entity_of.get((part, mention.article))

    def graph(self, extractions: Sequence[Extraction]) -> KnowledgeGraph:
        """The knowledge graph of ``extractions``: every entity, and these articles'
        mentions, relations and quotes."""
        entity_of: dict[Mention, str] = {}
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for x in extractions:
            for m in x.mentions:
                key = self.key_of(m)
                if key is not None:
                    entity_of[m] = key
                    mentions[key].append(m)
        entities = tuple(replace(e, mentions=tuple(sorted(mentions[k], key=_order)))
                         if k in mentions else e for k, e in self.entities.items())
        return KnowledgeGraph(
            articles=tuple(x.article for x in extractions),
            entities=entities,
            relations=self._relations(extractions, entity_of),
            quotes=tuple(q if q.speaker is None or q.speaker in entity_of
                         else replace(q, speaker=None)
                         for x in extractions for q in x.quotes),
            entity_of=entity_of,
        )

    def _relations(self, extractions: Sequence[Extraction],
                   entity_of: dict[Mention, str]) -> tuple[Relation, ...]:
        relations = []
        for x in extractions:
            for r in x.relations:
                subject, obj = entity_of.get(r.subject), entity_of.get(r.object)
                if subject is not None and obj is not None and subject != obj:
                    fitted = fit_types(r, self.entities[subject].type, self.entities[obj].type)
                    if fitted is not None:
                        relations.append(fitted)
        return _distinct(relations)


#: Words before an institution's name that say whose it is, by what they stand for.
_QUALIFIERS = {
    "u.s.": "us", "us": "us", "u.s": "us", "united states": "us", "un": "un", "u.n.": "un",
    "united nations": "un", "uk": "uk", "u.k.": "uk", "eu": "eu", "e.u.": "eu",
}
_KNOWN_OWNERS = frozenset(_QUALIFIERS.values())
#: A body its owner's possessive names: "Brazil's Senate", "Ukraine's Foreign Ministry".
#: ("Ukraine's National Security and Defence Council": small words inside the name too).
_OWNED = re.compile(r"^(.+?)['’]s ([A-Z]\S*(?: (?:(?:of|and|for|on|the) )*[A-Z]\S*)*)$")
_DEPARTMENT_OF = re.compile(r"^(?:Department|Ministry) of (?:the )?(.+?)(?: Affairs)?$")
_DEPARTMENT = re.compile(r"^(.+?)(?: Affairs)? (?:Department|Ministry)$")


def _institution_core(name: str, places: frozenset[str] = frozenset()
                      ) -> tuple[str | None, Key]:
    """Whose an institution is, if its name says so, and the name without it.

    "U.S. Treasury" → ("us", treasury); "Department of the Treasury" and
    "Treasury Department" → (None, treasury); "UN Security Council" → ("un",
    security council); "Kenyan High Court" and "High Court of Kenya" → ("kenya",
    high court). The owner may be one of the graph's ``places`` too, or the demonym
    of one ("Velmorian Foreign Ministry" where Velmoria is a place).
    """
    qualifier = None
    name = _PRESIDENTS.sub("residential", name)  # "President's Office": "Presidential Office"
    words = name.split()
    owned = _OWNED.match(name)
    if owned:  # "Brazil's Senate" is Brazil's, as "U.S. Senate" is the United States'
        qualifier, name = _owner(owned.group(1), places), owned.group(2)
    for head in (" ".join(words[:2]), words[0]):  # "United States", then "U.S."
        rest = name[len(head):].strip()
        if qualifier is None and rest and (head.lower() in _QUALIFIERS
                                           or _country(head, places)):
            qualifier, name = _owner(head, places), rest
            break
    of_country = _OF_COUNTRY.match(name)
    if qualifier is None and of_country and _country(of_country.group(2), places):
        qualifier, name = _owner(of_country.group(2), places), of_country.group(1)
    match = _DEPARTMENT_OF.match(name) or _DEPARTMENT.match(name)
    return qualifier, name_key(match.group(1) if match else name)


#: The president's, as the name of a body says it with the adjective: "the President's
#: Office" is "the Presidential Office" (the first letter is kept).
_PRESIDENTS = re.compile(r"(?<=\b[Pp])resident['’]s(?= [A-Z])")


#: A body "of" its country: "High Court of Kenya", "Ministry of Interior of Egypt".
_OF_COUNTRY = re.compile(r"^(.+) of (?:the )?(.+)$")


def _country(words: str, places: frozenset[str] = frozenset()) -> str | None:
    """The country a country's name or demonym stands for ("Kenyan" → Kenya), if any; or
    the one of ``places`` it names or is the demonym of."""
    country = country_of(words)
    if country in COUNTRIES or words in DEMONYMS and country:
        return country
    return _place_named(words, places)


#: Endings of demonyms, with what a place's name may end with instead: "Velmorian" of
#: "Velmoria", "Dorsandi" of "Dorsand", "Arcanese" of "Arcana", "Chilean" of "Chile".
_DEMONYM_ENDINGS = (("ian", ("ia", "")), ("ean", ("e", "ea")), ("an", ("a", "")),
                    ("ese", ("a", "")), ("i", ("",)), ("ish", ("", "land")))


def _place_named(words: str, places: frozenset[str]) -> str | None:
    """The one of ``places`` that ``words`` names or is the demonym of, if any."""
    if words in places:
        return words
    for ending, stems in _DEMONYM_ENDINGS:
        if words.endswith(ending) and len(words) > len(ending) + 3:
            for stem in stems:
                if (place := words[:-len(ending)] + stem) in places:
                    return place
    return None


def _country_or_place(word: str, places: frozenset[str]) -> str | None:
    """The country ``word`` names or is the demonym of, or the one of ``places``."""
    return country_of(word) or _place_named(word, places)


def _places_of(clusters: list[Cluster]) -> frozenset[str]:
    """The one-word names of a graph's places, but the regions the lexicon knows: owners a
    body's name may give besides the countries the lexicon knows ("Velmoria's Foreign
    Ministry", "Geneva's police"; a continent's name opens bodies of many countries, the
    "African Union" is no body of an "African" one)."""
    return frozenset(name for c in clusters if c.type == "Place" for name in c.names
                     if name.isalpha() and name[:1].isupper() and name not in REGIONS)


def _merge_demonyms(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A demonym the tagger read as a body's or person's name ("her Velmorian
    counterpart") joins the place it is the demonym of, a place of the graph the lexicon
    does not know (the lexicon's own demonyms are read as their countries already)."""
    places = _places_of(clusters)
    owners = {name: c for c in clusters if c.type == "Place" for name in c.names
              if name in places}
    merges = []
    for cluster in clusters:
        if cluster.type == "Place" or cluster.votes.get("Person", 0) >= 2500:
            continue  # (a person named often is no adjective: "Adrian" beside "Adria")
        named = {_place_named(name, places) for name in cluster.names}
        if len(named) == 1 and (place := named.pop()) is not None and (
                place not in cluster.names):
            merges.append((cluster, owners[place]))
    return _merge_into(merges, clusters, by_key, retype=True)


def _owner(words: str, places: frozenset[str] = frozenset()) -> str:
    """An owner's name as qualifiers compare: "U.S.", "American" → "us"; "Kenyan" → "kenya"."""
    lower = words.lower()
    if lower in _QUALIFIERS:
        return _QUALIFIERS[lower]
    country = (_country(words, places) or words).lower()
    return _QUALIFIERS.get(country, country)


#: Bodies the world's readers know by their bare name, not a country's: "the Security
#: Council" beside "Russia's Security Council" is the UN's.
_WORLD_BODIES = frozenset({("security", "council"), ("general", "assembly"),
                           ("human", "rights", "council")})


def _merge_institution_variants(clusters: list[Cluster],
                                by_key: dict[Key, Cluster]) -> list[Cluster]:
    """The clusters after organisations whose names differ only by whose they are and
    by "Department (of)" join, unless two of them belong to different owners.

    A qualifier readers take for granted (U.S., UN) joins the body's bare name in every
    article; another country's ("Kenyan High Court") only in the articles that name it
    so, where that country's is the one meant.
    """
    groups: dict[Key, list[tuple[str | None, Cluster]]] = defaultdict(list)
    places = _places_of(clusters)
    for cluster in clusters:
        if cluster.type != "Organization":
            continue
        owners: dict[Key, set[str | None]] = defaultdict(set)
        for name in cluster.names:
            qualifier, core = _institution_core(name, places)
            if core:
                owners[core].add(qualifier)
        for core in sorted(owners):
            known = sorted(q for q in owners[core] if q is not None)
            groups[core].append((known[0] if known else None, cluster))
    merges: list[tuple[Cluster, Cluster]] = []
    for core in sorted(groups):
        members = groups[core]
        qualifiers = {q for q, _ in members} - {None}
        assumed = qualifiers & _KNOWN_OWNERS
        if len(members) < 2:
            continue
        if len(assumed) == 1 or not qualifiers:  # a country's own stays apart: "Russian X"
            joining = [c for q, c in members if q is None or q in assumed]
            merges += [(other, joining[0]) for other in joining[1:]]
        elif not assumed and len(qualifiers) == 1 and core not in _WORLD_BODIES:
            owned = [c for q, c in members if q is not None]
            articles = {a for c in owned for a in c.articles}
            if _specific(core) and (country := by_key.get(name_key(next(iter(qualifiers))))):
                articles |= country.articles
            merges += [(other, owned[0]) for q, other in members if other is not owned[0]
                       and (q is not None or other.articles <= articles)]
    return _merge_into(merges, clusters, by_key)


def _specific(core: Key) -> bool:
    """Whether an institution's name without its owner names one body rather than a kind
    many countries have: "National Security and Defence Council" does, "Supreme Court",
    "Foreign Ministry" and "National Assembly" do not. A country's specific body named
    bare in an article that names that country is that country's."""
    words = set(core) - _MINOR - _RANKS - GENERIC_HEADS - {"s"}
    return len(words) >= 2


def _acronym_of(label: str, words: int) -> str:
    """The acronym a cluster's label is, without its dots ("N.T.A." → "NTA"), and with an
    owner's acronym written before it ("UN OCHA" → "UNOCHA"); "" for any other name."""
    parts = label.replace(".", "").split()
    if words == 1 and len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[0] in {"UN", "EU"} and is_acronym(parts[1]):
        return parts[0] + parts[1]
    return ""


def _acronyms(name: str) -> set[str]:
    """The initials a name may be shortened to, lower case: "European Union" → "eu";
    "UN Security Council" → "usc" and "unsc"; "Bank of Japan" → "bj" and "boj";
    "National Anti-Smuggling Office" → "naso" and "nao"; "Council on Trade in Grain" →
    "cotig" and "ctg"."""
    # a hyphen before a lower-case word is inside a word: "Co-operation" is one "C"
    name = re.sub(r"-(?=[a-z])", "", name)
    # and a compound may give one letter ("Anti-Smuggling" the "A" of "NAO")
    compound = initials(re.sub(r"-(?=\w)", "", name), skip=_MINOR) if "-" in name else ""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    plain = initials(name, skip=_MINOR)
    # "BOJ" of "Bank of Japan", "DfE" of "Department for Education"
    every = initials(name) if set(name.split()) & (_MINOR - {"the"}) else ""
    # nor a preposition: "OSCE" of "... Co-operation in Europe"
    lean = initials(name, skip=_MINOR | _PREPOSITIONS)
    spelled = "".join(
        w.replace(".", "").lower() if w.replace(".", "").isupper() and w.replace(".", "").isalpha()
        else w[0].lower()
        for w in words if w.lower() not in _MINOR and w[:1].isalpha()
    )
    return {plain, every, spelled, compound, lean} - {""}


def _merge_into(merges: list[tuple[Cluster, Cluster]], clusters: list[Cluster],
                by_key: dict[Key, Cluster], *, retype: bool = False) -> list[Cluster]:
    """The clusters after each (small, large) pair joins, large taking small; with
    ``retype``, each small one's votes are dropped first, so the tagger's guesses for it do
    not retype the large one it joins."""
    if retype:
        for small, _ in merges:
            small.votes = {}
    merged: dict[int, Cluster] = {}

    def final(c: Cluster) -> Cluster:
        while id(c) in merged:
            c = merged[id(c)]
        return c

    for small, large in merges:
        small, large = final(small), final(large)
        if small is not large:
            large.absorb(small)
            merged[id(small)] = large
    for key, c in by_key.items():
        by_key[key] = final(c)
    return [c for c in clusters if id(c) not in merged]


def _merge_spelled_out(clusters: list[Cluster], by_key: dict[Key, Cluster],
                       by_initials: dict[str, list[Cluster]]) -> list[Cluster]:
    """"AU Commission" is the "African Union Commission" where "AU" is the African Union."""
    merges = []
    for cluster in clusters:
        if cluster.type != "Organization":
            continue
        for name in sorted(cluster.names):
            words = name.split()
            for i, word in enumerate(words):
                if len(words) < 2 or not (2 <= len(word) <= 6 and word.isupper()):
                    continue
                spelled = [c for c in by_initials.get(word.lower(), ())
                           if c.type == "Organization" and (
                               word in c.names or c.articles & cluster.articles)]
                if len(spelled) != 1:
                    continue
                full = " ".join([*words[:i], spelled[0].label(), *words[i + 1:]])
                other = by_key.get(name_key(full))
                if other is not None and other is not cluster and other.type == "Organization":
                    merges.append((cluster, other))
    return _merge_into(merges, clusters, by_key)


_PARTY_HEADS = {"party", "union", "alliance", "front", "movement", "league", "congress"}
#: The heads of parties and movements by which an article calls the one it names ("the
#: Front" of the "Sahel Liberation Front"); not "union" nor "congress", which alone are mostly
#: another body (a country's "Congress", "the Union" of its states).
_MOVEMENT_HEADS = frozenset(_PARTY_HEADS - {"union", "congress"})


def _party_adjectives(plural: str) -> tuple[str, ...]:
    """The adjectives a party whose members are ``plural`` may be named for: "greens" →
    "green" ("Green Party"), "democrats" → "democrat", "democratic" ("Social Democratic
    Party" of the "Social Democrats")."""
    if len(plural) < 4 or not plural.endswith("s"):
        return ()
    return plural[:-1], plural[:-1] + "ic"


def _merge_party_members(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A party's members named as a group join the one party their adjective names: in
    full ("Greens" of the "Green Party"), or as the first word of a longer name in the
    articles that name the party ("the Socialists" of the "Socialist Workers' Alliance")."""
    parties: dict[Key, list[Cluster]] = defaultdict(list)
    opened: dict[str, list[Cluster]] = defaultdict(list)  # parties by their first word
    for key, cluster in by_key.items():
        if (len(key) >= 2 and key[-1] in _PARTY_HEADS and cluster.type == "Organization"
                and cluster not in parties[key[:-1]]):
            parties[key[:-1]].append(cluster)
            if len(key) >= 3 and cluster not in opened[key[0]]:
                opened[key[0]].append(cluster)
    merges = []
    for cluster in clusters:
        key = name_key(cluster.label())
        if cluster.type != "Organization" or not key:
            continue
        found = [party for adjective in _party_adjectives(key[-1])
                 for party in parties.get((*key[:-1], adjective), [])]
        if not found and len(key) == 1:
            found = [party for adjective in _party_adjectives(key[0])
                     for party in opened.get(adjective, [])
                     if cluster.articles <= party.articles]
        if len(found) == 1 and found[0] is not cluster:
            merges.append((cluster, found[0]))
    return _merge_into(merges, clusters, by_key)


#: Nouns for a party's members, in the singular: "Social Democrat" of "Social Democrats".
_MEMBER_NOUNS = frozenset({"democrat", "socialist", "liberal", "conservative", "green",
                           "republican", "communist", "nationalist", "unionist"})


def _merge_member_nouns(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A party named by its member noun in the singular ("Social Democrat leader X") joins
    the party named in the plural in the same articles ("the Social Democrats")."""
    merges = []
    for cluster in clusters:
        key = name_key(cluster.label())
        if cluster.type != "Organization" or not key or key[-1] not in _MEMBER_NOUNS:
            continue
        plural = by_key.get((*key[:-1], key[-1] + "s"))
        if (plural is not None and plural is not cluster and plural.type == "Organization"
                and cluster.articles <= plural.articles):
            merges.append((cluster, plural))
    return _merge_into(merges, clusters, by_key)


#: Words of a name, letters of any script.
_WORDS = re.compile(r"[^\W\d_]+")
#: Words that, with "bank" and a country, name its central bank: "Swiss National Bank",
#: "Reserve Bank of India", "the Czech central bank".
_CENTRAL_BANK_WORDS = frozenset({"central", "national", "reserve"})
_CENTRAL_BANK = frozenset({"central", "bank"})


def _country_body(label: str, places: frozenset[str] = frozenset()
                  ) -> tuple[str, frozenset[str]] | None:
    """A body's country and other words: "Kyrgyz committee" → (Kyrgyzstan, {committee});
    the country may be one of the graph's ``places`` ("Velmorian committee")."""
    words = _WORDS.findall(label.replace("’", "'"))  # "Türkiye" is one word
    countries = {_country_or_place(w, places) for w in words} - {None, ""}
    if len(countries) != 1:
        return None
    content = frozenset(
        w.lower() for w in words
        if not _country_or_place(w, places) and w.lower() not in _MINOR | {"s"}
    )
    if len(content) >= 2 or content and content <= GENERIC_HEADS:
        return next(iter(countries)), content  # type: ignore[return-value]
    return None


def _merge_country_bodies(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """The clusters after each country body joins the one larger body of its country."""
    places = _places_of(clusters)
    bodies = [(c, _country_body(c.label(), places)) for c in clusters
              if c.type == "Organization"]
    found = [(c, b) for c, b in bodies if b is not None]
    merged: dict[int, Cluster] = {}
    # the same words of the same country first: "Vietnamese Ministry of Foreign Affairs" and
    # "Ministry of Foreign Affairs of Vietnam" are one name ordered two ways
    same: dict[tuple[str, frozenset[str]], Cluster] = {}
    for c, body in sorted(found, key=lambda x: x[0].label()):
        if body in same:
            same[body].absorb(c)
            merged[id(c)] = same[body]
        else:
            same[body] = c
    # "the Czech central bank" is the country's one "National Bank" or "Reserve Bank"
    for c, (country, words) in found:
        if id(c) in merged or words != _CENTRAL_BANK or "central bank" not in c.label():
            continue
        banks = [b for b, (k, w) in found if b is not c and id(b) not in merged and k == country
                 and len(w) == 2 and "bank" in w and w & _CENTRAL_BANK_WORDS]
        if len(banks) == 1:
            banks[0].absorb(c)
            merged[id(c)] = banks[0]
    # Smallest first (ties by label): a body joins a larger one only if it fits just one.
    for small, (country, words) in sorted(found, key=lambda x: (len(x[1][1]), x[0].label())):
        if id(small) in merged:
            continue
        larger = [c for c, (k, w) in found
                  if c is not small and id(c) not in merged and k == country and words <= w
                  and not _part_of_body(words, c.label(), places)
                  # "Bank of Ireland" is another bank than "Allied Irish Bank" (but "the
                  # Japanese central bank" is the "Bank of Japan")
                  and (words != _BANK_ALONE or w == _CENTRAL_BANK)]
        if len(larger) == 1:
            larger[0].absorb(small)
            merged[id(small)] = larger[0]
    for key, c in by_key.items():
        if id(c) in merged:
            by_key[key] = merged[id(c)]
    return [c for c in clusters if id(c) not in merged]


#: The words of a country's bank named by "bank" alone ("Bank of Ireland"): a bank of its
#: own, not one of the country's banks with more words ("Allied Irish Bank", "Reserve Bank
#: of India"), unless these say it is the central bank.
_BANK_ALONE = frozenset({"bank"})


def _part_of_body(words: frozenset[str], label: str, places: frozenset[str]) -> bool:
    """Whether a body named ``label`` is a part of the body whose words are ``words``:
    "Central Committee of the Communist Party of China" is a committee of the party, not
    the party; "General Staff of the Armed Forces of Ukraine" is no name of the "Armed
    Forces of Ukraine" (but "Ministry of Foreign Affairs of Vietnam" is the "Vietnamese
    Foreign Ministry": its words are not all after "of")."""
    head, of, rest = label.partition(" of ")
    if not of:
        return False
    owned = _country_body(rest, places)
    return owned is not None and words <= owned[1] and not words <= {
        w.lower() for w in _WORDS.findall(head)}


_REPUBLIC_OF = re.compile(r"\bRepublic of (?:the )?(.+)$")


def _republic_countries(name: str) -> set[Key]:
    """The key of the country a formal name stands for, as the country is also spelled:
    "Republic of Türkiye" → turkey (news writes the country "Turkey" and "Türkiye")."""
    match = _REPUBLIC_OF.search(name)
    country = country_of(match.group(1)) if match else None
    # a respelling of the one word ("Türkiye"), not another name ("Korea" is "South Korea",
    # but the "Democratic People's Republic of Korea" is no South Korea)
    if not country or " " in country or " " in match.group(1):
        return set()
    return {name_key(country)}


def _merge_republics(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A country's short name joins the one formal name ("… Republic of X", "Kingdom of X")
    ending with it: "Iran" of the "Islamic Republic of Iran", "Congo" of the "Democratic
    Republic of Congo" (the one news means by "Congo" alone), "Thailand" of the "Kingdom of
    Thailand"."""
    formal: dict[Key, list[Cluster]] = defaultdict(list)
    for key, cluster in by_key.items():
        form = next((i for i, word in enumerate(key[:-2]) if word in STATE_FORMS
                     and key[i + 1] == "of"), None)
        if cluster.type == "Place" and form is not None:
            rest = key[form + 2:]
            spellings = {k for n in cluster.names for k in _republic_countries(n)}
            for short in {rest, *spellings}:  # "Türkiye" is "Turkey"
                if short and cluster not in formal[short]:
                    formal[short].append(cluster)
    merges = []
    for key, cluster in by_key.items():
        found = formal.get(key, [])
        if cluster.type == "Place" and len(found) == 1 and found[0] is not cluster:
            merges.append((cluster, found[0]))
    return _merge_into(merges, clusters, by_key)


def _merge_short_places(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A place named short joins the one place named in full: a country by the last word
    of its name ("the Emirates" of the "United Arab Emirates", not "Sudan" of "South
    Sudan", a country of its own), a US state by its abbreviation ("Ark." of "Arkansas"), a
    state without its word ("Ogun" of "Ogun State")."""
    places = [c for c in clusters if c.type == "Place"]
    full: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in places:
        for name in cluster.names:
            words = name.split()
            if (len(words) >= 2 and name in COUNTRIES and cluster not in full[fold(words[-1])]
                    and words[-1].lower() not in COUNTRY_NOUNS):  # "the Kingdom" is any
                full[fold(words[-1])].append(cluster)
            if name in US_STATES and cluster not in full[fold(name)]:
                full[fold(name)].append(cluster)
            # "Ogun" of "Ogun State": a state named without its word (not a city of the
            # state's name: "Kano", the capital of Kano State)
            bare = " ".join(words[:-1])
            if len(words) >= 2 and words[-1] == "State" and bare in STATES_AND_PROVINCES and (
                    not is_town(bare)) and cluster not in full[fold(bare)]:
                full[fold(bare)].append(cluster)
    merges = []
    for cluster in places:
        names = {name.rstrip(".") for name in cluster.names}
        if len(names) != 1 or names & PLACE_NAMES:
            continue
        name = names.pop()
        found = full.get(fold(US_STATE_ABBREVIATIONS.get(name, name)), [])
        if len(found) == 1 and found[0] is not cluster:
            merges.append((cluster, found[0]))
    return _merge_into(merges, clusters, by_key)


def formal_opening(name: str) -> tuple[str, ...]:
    """The countries whose formal name a place's name is the opening of, up to its state's
    noun: "Islamic Republic" → Iran, Pakistan …; "People's Republic" → China, Bangladesh
    (not a country's own name: "Dominican Republic", "Czech Republic")."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in STATE_FORMS or name in COUNTRIES or (
            name in PLACE_NAMES):
        return ()
    return tuple(sorted({country for formal, country in FORMAL_STATE_NAMES.items()
                         if formal.startswith(name + " of ")}))


def _merge_formal_openings(clusters: list[Cluster], by_key: dict[Key, Cluster]
                           ) -> list[Cluster]:
    """A place named by the opening of a country's formal name joins the one country of
    those it may name that its articles name: "the Islamic Republic" of an article about
    Iran, "the People's Republic" of one about China."""
    merges = []
    for cluster in clusters:
        if cluster.type != "Place":
            continue
        countries = {c for n in cluster.names for c in formal_opening(n)}
        if not countries or any(not formal_opening(n) for n in cluster.names):
            continue
        found = {id(c): c for country in sorted(countries)
                 if (c := by_key.get(name_key(country))) is not None and c.type == "Place"
                 and c is not cluster and cluster.articles & c.articles}
        if len(found) == 1:
            merges.append((cluster, next(iter(found.values()))))
    return _merge_into(merges, clusters, by_key)


def _outlet_stem(name: str) -> str | None:
    """An outlet's name without its medium and channel number: "Sky" of "Sky News",
    "WXYZ" of "WXYZ 7 News"."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in OUTLET_MEDIA:
        return None
    words = words[:-1]
    if len(words) > 1 and words[-1].isdigit():
        words = words[:-1]
    return fold(" ".join(words)) if words[0][:1].isupper() else None


def _merge_outlets(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """An organisation named by an outlet's name without its medium joins the one outlet
    named with it: "Sky" of "Sky News", "WXYZ" and "WXYZ 7" of "WXYZ 7 News" (mastheads,
    bylines and photo credits drop the medium)."""
    bodies = [c for c in clusters if c.type == "Organization"]
    outlets: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in bodies:
        for name in cluster.names:
            stem = _outlet_stem(name)
            if stem and cluster not in outlets[stem]:
                outlets[stem].append(cluster)
    merges = []
    for cluster in bodies:
        stems = {_outlet_stem(n) or fold(re.sub(r" [0-9]+$", "", n)) for n in cluster.names}
        found = outlets.get(stems.pop(), []) if len(stems) == 1 else []
        if len(found) == 1 and found[0] is not cluster:
            merges.append((cluster, found[0]))
    return _merge_into(merges, clusters, by_key)


#: A body described rather than named: "Colombia's top court", "the country's highest court".
_DESCRIBED = re.compile(r"^(.+?)['’]s (?:[a-z]+ )*([a-z]+)$")
#: Words that rank a body among its kind rather than name it: "top court".
_RANKS = {"top", "highest", "high", "supreme", "main", "chief", "senior", "national"}
#: Words naming a body above countries, which no country's description names.
_ABOVE_COUNTRIES = {"international", "european", "world", "global", "inter-american", "un",
                    "u.n.", "united"}


def _merge_descriptions(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """A body described by its country and kind joins the one body of that kind named in
    each of its articles (and in no other country's name); where an article names two
    ("the Constitutional Court", "the Supreme Court"), which one it means is not known.
    Where its articles name none, it joins the one body of that kind whose name says it
    is that country's ("Kenya's defence ministry" of the "Ministry of Defence of Kenya"
    another article names)."""
    named = [c for c in clusters if c.type == "Organization"]
    places = _places_of(clusters)
    merges = []
    for cluster in clusters:
        described = [_DESCRIBED.match(n) for n in cluster.names]
        if cluster.type != "Organization" or not all(described):
            continue
        heads = {m.group(2) for m in described if m}
        # the description's own words ("foreign" of "foreign ministry") must be the body's
        required = {w for m in described if m for w in m.group(0)[m.end(1) + 3:].split()}
        required = {k for w in required - _RANKS for k in name_key(w)}
        countries = {_country_or_place(m.group(1), places) for m in described if m}
        if len(heads) != 1 or len(countries) != 1 or None in countries:
            continue
        head, country = heads.pop(), countries.pop()
        if head not in GENERIC_HEADS:
            continue
        # bodies named with the kind's word capitalised ("Constitutional Court")
        kind = [c for c in named if c is not cluster
                and any(head.title() in n.split() for n in c.names)
                and _fits_description(required, {w for n in c.names for w in name_key(n)})]
        bodies = [c for c in kind if c.articles & cluster.articles]
        if not bodies:  # named elsewhere, by a name that says whose it is
            bodies = [c for c in kind if country in _countries_of(c, places)] or (
                _bare_bodies(kind, by_key.get(name_key(country)), places))
        elif not cluster.articles <= bodies[0].articles:
            continue
        if len(bodies) != 1:
            continue
        words = {w for n in bodies[0].names for w in n.lower().split()}
        if _countries_of(bodies[0], places) <= {country} and not words & _ABOVE_COUNTRIES:
            merges.append((cluster, bodies[0]))
    return _merge_into(merges, clusters, by_key)


def _bare_bodies(kind: list[Cluster], home: Cluster | None,
                 places: frozenset[str]) -> list[Cluster]:
    """The bodies of ``kind`` named bare by a name of one body only, every one of whose
    articles names the country ``home``: "Ukraine's national security council" is the
    "National Security and Defense Council" of the articles about Ukraine (not the
    "National Security Council" many countries have)."""
    if home is None:
        return []
    return [c for c in kind if not _countries_of(c, places) and c.articles <= home.articles
            and all(_specific(_institution_core(n)[1]) for n in c.names)]


_PORTFOLIO_KEYS = frozenset(word for w in PORTFOLIOS for word in name_key(w))


def _fits_description(described: set[str], named: set[str]) -> bool:
    """Whether a body named by the words ``named`` may be the one a description's words
    ``described`` give: it has them all ("Kenya's defence ministry" of the "Ministry of
    Defence of Kenya"), or those it lacks are two or more saying what kind of body it is,
    none a portfolio ("Velmar's sovereign wealth fund" of the "Velmari Investment Fund";
    one word, "defence ministry", "central bank", tells a body from the others of its kind)."""
    missing = described - named
    return not missing or len(missing) >= 2 and not missing & _PORTFOLIO_KEYS


def _countries_of(cluster: Cluster, places: frozenset[str] = frozenset()) -> set[str]:
    """The countries (or ``places``) whose names or demonyms a cluster's names hold."""
    return {_country_or_place(w, places) for n in cluster.names for w in n.split()} - {None, ""}


def _clipped(cluster: Cluster) -> tuple[str, ...] | None:
    """The words of an organisation named only by short words, as a name is clipped
    ("Fed", "Soc Libs"), in lower case; None for any other cluster."""
    words = {fold(n) for n in cluster.names}
    if cluster.type not in {"Organization", "Person"} or len(words) != 1:
        return None
    clipped = tuple(words.pop().split())
    if cluster.type == "Person" and len(clipped) == 1:
        return None  # (two clipped words the tagger may take for a person's: "Soc Libs")
    name = next(iter(cluster.names))
    if len(clipped) == 1 and (is_given_name(name) or is_surname(name)):
        return None  # "Ford" beside "Fordham University" is another name, not a clipping
    if len(clipped) > 2 or not all(3 <= len(w) <= 5 and w.isalpha() for w in clipped):
        return None
    return clipped if all(w.istitle() for w in name.split()) else None


def _clips(short: tuple[str, ...], key: list[str]) -> bool:
    """Whether the clipped words ``short`` begin the words of a longer name ``key``: "fed"
    of "federal reserve" (its first word); "soc libs" of "social liberals" (each word
    cut by two letters or more, a plural's "s" kept at its end; not "blue star" of
    "bluewater stars")."""
    if len(short) == 1:
        return len(key) >= 2 and key[0] != short[0] and key[0].startswith(short[0])
    return len(key) == len(short) and all(
        len(word) - len(clip) >= 2 and (word.startswith(clip) or clip.endswith("s")
                                        and word.endswith("s") and word.startswith(clip[:-1]))
        for clip, word in zip(short, key, strict=True))


def _merge_clipped(clusters: list[Cluster], by_key: dict[Key, Cluster]) -> list[Cluster]:
    """The clusters after a clipped name joins the one organisation of each of its
    articles whose longer name opens with a longer word it begins: "Fed" of the "Federal
    Reserve", "Soc Libs" of the "Social Liberals" (not of an organisation of another
    article, nor where two would fit)."""
    organisations = [(c, [fold(n).split() for n in c.names])
                     for c in clusters if c.type == "Organization"]  # each name split once
    merges = []
    for cluster in clusters:
        words = _clipped(cluster)
        if words is None:
            continue
        fits = [c for c, keys in organisations if c is not cluster
                and cluster.articles <= c.articles and any(_clips(words, key) for key in keys)]
        if len(fits) == 1:
            merges.append((cluster, fits[0]))
    return _merge_into(merges, clusters, by_key, retype=True)


def _merge_plural_bodies(clusters: list[Cluster], by_key: dict[Key, Cluster]
                         ) -> list[Cluster]:
    """The clusters after a body named by the plural of another body's one-word name joins
    it where their articles meet: "the Karwanis" and "Karwani" (a movement called by its
    members)."""
    singular: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.type == "Organization":
            for name in cluster.names:
                if " " not in name and name[:1].isupper() and not name.isupper():
                    singular[name].append(cluster)
    merges = []
    for cluster in clusters:
        if cluster.type != "Organization" and (cluster.type != "Person" or any(
                " " in n for n in cluster.names)):
            continue  # (the tagger may take the members for a person: "the Karwanis", not
            # a person named in full: "Ana Peters")
        plurals = {n[:-1] for n in cluster.names if " " not in n and n.endswith("s")}
        found = {id(c): c for n in plurals for c in singular.get(n, ())
                 if c is not cluster and c.articles & cluster.articles}
        if len(found) == 1:
            merges.append((cluster, next(iter(found.values()))))
    return _merge_into(merges, clusters, by_key, retype=True)


def fit_types(relation: Relation, subject: str, obj: str) -> Relation | None:
    """Check a relation against the resolved types of its ends, as the ontology defines them.

    Extractors see one article and the tagger's guesses; only after resolution
    is it known that "Trump" is a person (see :func:`kg.vocab.fit`).
    """
    predicate = fit(relation.predicate, subject, obj)
    if predicate is None:
        return None
    return relation if predicate == relation.predicate else replace(relation, predicate=predicate)


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
    if cluster.votes.get("Person", 0) >= 2500:
        return True
    others = {t: v for t, v in cluster.votes.items() if t != "Person" and v > 0}
    if others:
        best = max(others, key=lambda t: others[t])
        cluster.votes["Person"] = 0
        cluster.votes[best] += 10
        return True
    return False


def _plan_clusters(plans: Sequence[Mention]) -> list[Cluster]:
    """Plans: one per article unless numbers differ; articles join by number or name."""
    clusters = []
    for members in plan_groups(plans):
        cluster = Cluster()
        for m in members:
            cluster.add(m, (("Plan", 1.0),))
        clusters.append(cluster)
    return clusters
