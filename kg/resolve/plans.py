"""Resolve plan mentions ("the 28-point plan", "peace proposal") into plans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.model import Mention
from kg.text.lexicon import (
    COUNTER_PLANS,
    DOCUMENT_KINDS,
    MEASURES,
    NAMED_PLAN_HEADS,
    PLAN_HEADS,
    bill_key,
    country_of,
    document_kind,
    ordinal_number,
)

__all__ = ["plan_groups", "plan_number"]

_NUMBER = re.compile(r"\b(\d+)[-\s]point\b", re.IGNORECASE)
_GENERIC = {"plan", "proposal", "deal", "framework", "draft", "new", "initial"} | NAMED_PLAN_HEADS


def plan_label(names: Counter[str]) -> str:
    """The most telling name of a plan: with its number of points and topic, then the commonest."""
    return max(
        names,
        key=lambda n: (
            plan_number(n) is not None,
            bool(_topics(n) & {"peace"}),
            _own_name(n),  # "Clean Water Act", not "the water bill"
            _spelled_out(n),  # "House Bill 2103", not "HB 2103"
            names[n],
            -len(n),
            n,
        ),
    )


def _spelled_out(name: str) -> bool:
    """A numbered bill named in full ("House Bill 2103"), not by letters ("HB 2103")."""
    return bill_key(name) is not None and not re.match(r"[A-Z][A-Z.]*\s?\d", name)


#: A package named by its place in a series: "the 19th sanctions package".
_ORDINAL_PACKAGE = re.compile(r"(\w+) (?:\w+ )?package", re.IGNORECASE)


def _series_key(name: str) -> str | None:
    """One key for the ways news writes one numbered bill or one package of a series: "HB
    2103" and "House Bill 2103", "the 8th sanctions package" and "the eighth package of
    sanctions"."""
    if (bill := bill_key(name)) is not None:
        return f"bill {bill}"
    found = _ORDINAL_PACKAGE.fullmatch(name)
    if found is not None and (n := ordinal_number(found.group(1))) is not None:
        return f"package {n}"
    return None


def plan_number(name: str) -> str | None:
    m = _NUMBER.search(name)
    return m.group(1) if m else None


_SYNONYMS = {"ceasefire": "peace", "truce": "peace", "settlement": "peace"}
_NOT_TOPICS = _GENERIC | {
    "point",
    "sweeping",
    "latest",
    "updated",
    "initial",
    "final",
    "revised",
    "the",
    "a",
    "an",
    "s",
    "us",
    "u",
    "american",
    "russian",
    "ukrainian",
    # words of whose a plan is or how it is put, not what it is about: "its own
    # proposal", "a final offer"
    "own",
    "offer",
    "offers",
    "version",
    # words for the text itself: "the 28-point document" is the 28-point plan
    "document",
    "text",
    "list",
    "programme",
    "program",
    "agenda",
}


def _topics(name: str) -> frozenset[str]:
    """Content words that tell one plan from another ("peace", "budget", "Gaza")."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _NOT_TOPICS]
    if any(w not in _SYNONYMS and w != "peace" for w in words):
        return frozenset(words)  # "tariff truce": a truce about tariffs, not a peace
    return frozenset(_SYNONYMS.get(w, w) for w in words)


def _own_name(name: str) -> bool:
    """A plan's own name, capitalised: "Rural Broadband Act", "Paris Agreement", "Resolution
    2801"."""
    words = name.split()
    if len(words) == 2 and words[0] == "Resolution" and words[1].isdigit():
        return True  # "Resolution 2801"
    if _series_key(name) is not None:
        return True  # "House Bill 2103", "the 19th sanctions package"
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in NAMED_PLAN_HEADS


#: Capitalised last words of a policy's own name: "the Coastal Housing Initiative".
_POLICY_TITLES = {"Initiative", "Strategy"}


def _policy_name(name: str) -> bool:
    """A policy's own name, which no other plan of its article shares: "Coastal Housing
    Initiative", "National Water Strategy", "two-state solution" (a settlement's shape)."""
    words = name.split()
    return len(words) > 1 and (words[-1] in _POLICY_TITLES and words[0][:1].isupper()
                               or name.endswith("-state solution"))


#: The year of enactment before or after a law's name: "the 2019 Caesar Act", "the
#: Clean Rivers Act of 2021".
_YEAR = re.compile(r"^((?:19|20)\d\d) (?=[A-Z])|,? of ((?:19|20)\d\d)$")


def _undated(name: str) -> tuple[str, str | None]:
    """A plan's own name, lower-cased, without its year, and the year."""
    year = _YEAR.search(name)
    if year is None:
        return name.lower(), None
    return _YEAR.sub("", name).lower(), year.group(1) or year.group(2)


def _own_key(name: str, years_of: dict[str, set[str]]) -> str:
    """A plan's own name as its mentions share it: without the year of enactment, which
    news gives or leaves out ("the 2019 Caesar Act", "the Caesar Act"), unless two years
    tell two laws of one name apart ("the 2024 Budget Act", "the 2025 Budget Act")."""
    if (series := _series_key(name)) is not None:
        return series  # "HB 2103" is "House Bill 2103"
    plain, _ = _undated(name)
    return plain if len(years_of.get(plain, ())) <= 1 else name.lower()


#: Heads of a plan one party puts forward ("the Velmar plan"), never a council's resolution.
_PROPOSALS = {"plan", "proposal", "initiative", "blueprint", "roadmap", "counterproposal"}


#: Words that name a text written against the one a story is about: "a rival draft".
_RIVALS = {"rival", "competing", "alternative"}
#: A side's answer to a plan: "its written response" is a text of its own.
_REPLIES = {"response", "reply", "counterproposals"}


def _head(m: Mention) -> str:
    return m.name.lower().rsplit(" ", 1)[-1]


def plan_groups(plans: Sequence[Mention]) -> list[list[Mention]]:
    """Group plan mentions into plans, each the list of its mentions.

    Within an article, plan mentions are one plan unless their numbers of
    points differ: a story is about one plan and varies how it names it (a
    resolution beside a party's plan is a text apart: a council's vote on a plan is no
    vote of the plan).
    Across articles, a group joins the largest compatible plan: numbers, if
    both have one, must agree, and so must topic words ("peace plan" and
    "ceasefire plan" agree, "peace plan" and "budget plan" do not).
    """
    numbers_in: dict[str, set[str]] = {}
    for m in plans:
        if (n := plan_number(m.name)) is not None:
            numbers_in.setdefault(m.article, set()).add(n)
    # articles that name a party's own plan: a resolution there is a text apart from it
    proposing = {m.article for m in plans if _head(m) in _PROPOSALS}
    resolutions_in: dict[str, set[str]] = {}  # "Resolution 2803": the resolution voted on
    for m in plans:
        if m.name.startswith("Resolution ") and _own_name(m.name):
            resolutions_in.setdefault(m.article, set()).add(f"named:{m.name.lower()}")
    years_of: dict[str, set[str]] = {}  # "2019 Caesar Act": the years a named act is given
    for m in plans:
        plain, year = _undated(m.name)
        if year:
            years_of.setdefault(plain, set()).add(year)
    countries_in: dict[str, set[str]] = {}  # "the Russian draft", "the US text": whose
    for m in plans:
        if (country := _drafting_country(m.name)) is not None:
            countries_in.setdefault(m.article, set()).add(country)
    by_article: dict[tuple[str, str | None], list[Mention]] = {}
    for m in sorted(plans):
        numbers = numbers_in.get(m.article, set())
        n = plan_number(m.name) or (next(iter(numbers)) if len(numbers) == 1 else None)
        words = re.findall(r"[a-z]+", m.name.lower().replace("counter-", "counter"))
        if _head(m) == "resolution" and plan_number(m.name) is None and m.article in proposing:
            # a council's resolution is a text of its own, not the numbered plan it may
            # endorse ("a resolution that endorses the 20-point plan"): the one the article
            # cites by its number, if it cites one
            cited = resolutions_in.get(m.article, set())
            n = next(iter(cited)) if len(cited) == 1 else "resolution"
        if len(countries_in.get(m.article, ())) > 1 and (
                country := _drafting_country(m.name)) is not None and n is None:
            # "a Russian draft resolution" and "the US draft": two countries' texts are two
            n = f"country:{country}"
        if _head(m) in MEASURES | _BODIES and not _own_name(m.name):
            # "the rate cut" is no other plan of its article ("the 19th sanctions package" is
            # one of a series, named)
            n = f"measure:{m.name.lower()}"
        elif _planned_thing(m) or _thing_named(m):
            n = f"thing:{m.name.lower()}"  # "the Commission's plan for a reparations loan"
        elif [w for w in words if w in COUNTER_PLANS] or "counter" in words[:-1] or (
                words and words[0] in _RIVALS):
            # an answer to a plan is another plan, one however an article names it: "a
            # counterproposal", "a 28-point counter peace plan", "the alternative proposal"
            n = "counter:plan"
        elif words and words[-1] in _REPLIES:
            # "its written response": written to the plan
            n = f"counter:{m.name.lower()}"
        elif _own_name(m.name):
            n = f"named:{_own_key(m.name, years_of)}"  # "the Rural Broadband Act" is no other
        elif _policy_name(m.name):
            n = f"policy:{m.name.lower()}"  # "the Coastal Housing Initiative" is no other
        elif n is None and (kind := document_kind(m.name)) is not None:
            n = f"kind:{kind}"  # "the decree" and "the ruling" on it are two documents
        by_article.setdefault((m.article, n), []).append(m)
    _short_names_to_the_title(by_article)
    _documents_to_their_name(by_article)
    _one_kind_to_the_plan(by_article)

    merged: list[tuple[set[str], set[str], list[Mention]]] = []
    reach_of: dict[int, str] = {}  # how far each entry (by id) reaches, if not "any"
    for (article, number), group in sorted(
            by_article.items(), key=lambda kv: (-len(kv[1]), kv[0][0])):
        topics = set().union(*(_topics(m.name) for m in group))
        reach = "any" if all(_head(m) in _LAW_NOUNS for m in group) else _reach(number, topics)
        if number and number.startswith("kind:"):
            topics.add(number)  # "the decree" is about a decree, not a ceasefire
        numbers = {number} if number else set()
        if number and number.startswith("counter:"):
            merged.append((numbers, topics, list(group)))
            continue
        if number and number.startswith("policy:"):
            # "the Tessaly Peace Initiative" is not the ceasefire deal its article names
            # beside it, whatever topic they share: it joins only itself in other articles
            twin = next((e for e in merged if number in e[0]), None)
            if twin is not None:
                twin[2].extend(group)
            else:
                merged.append((numbers, topics, list(group)))
            continue
        # a plan of so many points joins the plan of that number first ("the 28-point
        # plan" of another article), then any other it may be
        same = [entry for entry in merged if number and number.isdigit() and number in entry[0]]
        for m_numbers, m_topics, members in same + [e for e in merged if e not in same]:
            if members[0].article != article and not _may_join_across(
                    reach, numbers, reach_of.get(id(members), "any"), m_numbers):
                continue  # "the trade deal" of one story is not that of another
            if not _may_join(numbers, m_numbers) or any(
                    n.startswith("policy:") for n in m_numbers):
                continue
            if topics and m_topics and not topics & m_topics:
                continue
            members.extend(group)
            m_numbers |= numbers
            m_topics |= topics
            break
        else:
            merged.append((numbers, topics, list(group)))
            reach_of[id(merged[-1][2])] = reach
    return [members for _, _, members in merged]


#: Topics of a plan to end a war: a story followed from article to article ("the peace
#: plan", "the ceasefire proposal" of one war's talks).
_WAR_ENDING = {"peace"}


def _reach(number: str | None, topics: set[str]) -> str:
    """How far a plan's mentions in one article join those of others: "any" plan, for one
    with its own name, number of points or place in a series, or one to end a war (see
    :data:`_WAR_ENDING`); only one of so many points, for one named by its
    head word alone ("the plan", "the proposal"); "none", for one named by a description
    its article gives it ("the trade deal", "the bailout package", "the resolution", "the
    budget"): that is the article's own, whatever words two articles share. A bill
    described by its topic ("the rivers bill") reaches any: legislation is followed from
    article to article under its title ("the Clean Rivers Act")."""
    if number is not None and number.startswith("measure:"):
        return "none"  # "the rate cut" of one central bank is not another's
    if number is not None and not number.startswith("kind:"):
        return "any"
    if topics & _WAR_ENDING:
        return "any"
    return "specific" if not topics and number is None else "none"


def _specific(numbers: set[str]) -> bool:
    """A plan named by its number of points ("the 28-point plan"): the one plan "the plan"
    of another article on the story may be."""
    return any(n.isdigit() for n in numbers)


def _may_join_across(reach: str, numbers: set[str], m_reach: str, m_numbers: set[str]) -> bool:
    """Whether plans of two articles, of these reaches and keys, may be one."""
    if "none" in {reach, m_reach}:
        return False
    if reach == "specific" and not _specific(m_numbers):
        return False
    return m_reach != "specific" or _specific(numbers)


#: Heads of texts a country drafts for a council or a talk: "the Russian draft resolution".
_DRAFTED = {"resolution", "draft", "text", "proposal"}


def _drafting_country(name: str) -> str | None:
    """The country whose text ``name`` names: "Russian draft resolution", "US text"."""
    words = name.replace("-", " ").split()
    if len(words) < 2 or words[-1].lower() not in _DRAFTED:
        return None
    return (country_of(" ".join(words[:2])) if len(words) > 2 else None) or country_of(
        words[0].rstrip(".")) or country_of(words[0])


#: Bodies a plan would set up: "a reassurance force proposed by X".
_BODIES = {"force", "mission"}


def _apart(key: str) -> bool:
    """Keys of plans that join no other: the thing an owner's plan is for, a measure."""
    return key.startswith(("thing:", "measure:"))


def _planned_thing(m: Mention) -> bool:
    """A plan named by the thing planned: "plan for a reparations loan" is named
    "reparations loan" (see :func:`kg.extract.plans.find_plans`)."""
    head, _, thing = m.text.lower().partition(" for ")
    return bool(thing) and head.endswith(("plan", "proposal")) and m.name.lower() in thing


#: Head words of plans and documents: a plan headed by none is named by the thing it is
#: (a quoted "reparations loan", a "four-day week") and is that thing only.
_PLAN_WORDS = (PLAN_HEADS | NAMED_PLAN_HEADS | set(DOCUMENT_KINDS) | COUNTER_PLANS | {
    "offer", "truce", "formula", "bid", "decree", "draft", "text", "version", "scheme",
    "package", "settlement", "framework", "accords", "agreements", "resolution", "response",
    "reply", "counterproposals", "pact", "charter", "initiative", "measure", "roadmap",
    "document", "list", "programme", "program", "agenda", "merger",
})


def _thing_named(m: Mention) -> bool:
    """A plan named by a thing that is no plan word: "the reparations loan"."""
    head = _head(m)
    return head.isalpha() and head not in _PLAN_WORDS and not _own_name(m.name)


def _key_kind(key: str) -> str | None:
    """The kind of document a group key stands for: "kind:law", "named:clean rivers act"."""
    if key.startswith("kind:"):
        return key[len("kind:"):]
    return document_kind(key) if key.startswith("named:") else None


def _may_join(numbers: set[str], m_numbers: set[str]) -> bool:
    """Whether plans keyed by these numbers of points, own names and kinds may be one.

    Two numbers or two own names that differ are two plans; a document named by a common
    noun ("the rivers bill") joins only a document of its kind, named ("the Clean Rivers
    Act") or not; a plan with none of these ("the plan") may join any.
    """
    if any(map(_apart, numbers | m_numbers)):  # "plan for a reparations loan": that only
        return numbers == m_numbers
    countries = {n for n in numbers | m_numbers if n.startswith("country:")}
    if len(countries) > 1:
        return False  # "the Russian draft" is not "the US draft"
    if not numbers:
        return True
    named = {n for n in numbers if not n.startswith("kind:")}
    m_named = {n for n in m_numbers if not n.startswith("kind:")}
    if named and m_named and not named & m_named:
        return False
    if any(n.startswith("kind:") for n in numbers | m_numbers):
        return bool({_key_kind(n) for n in numbers} & {_key_kind(n) for n in m_numbers} - {None})
    return True


def _documents_to_their_name(by_article: dict[tuple[str, str | None], list[Mention]]) -> None:
    """An article that names one law or decree by its own name calls it "the bill", "the
    law" or "the decree" too: its mentions of that kind after it join it ("the Continuing
    Appropriations Act"), and so do its unnumbered "the Senate bill", "the measure" (a bill
    described before a law named later is a bill of its own: "a stopgap bill … the
    Affordable Care Act credits")."""
    named: dict[tuple[str, str], list[str]] = {}
    for article, n in by_article:
        if n and n.startswith("named:") and (kind := document_kind(n)) is not None:
            named.setdefault((article, kind), []).append(n)
    for (article, kind), names in named.items():
        if len(names) != 1:
            continue
        named_first = min(m.start for m in by_article[article, names[0]])
        documents = by_article.get((article, f"kind:{kind}"), [])
        if documents and named_first < min(m.start for m in documents):
            by_article[article, names[0]].extend(by_article.pop((article, f"kind:{kind}")))
        bills = by_article.get((article, None), [])
        if kind == "law" and bills and all(
                _head(m) in _LAW_NOUNS for m in bills
        ) and named_first < min(m.start for m in bills):  # "the bill" refers back to the act
            by_article[article, names[0]].extend(by_article.pop((article, None)))


def _short_form(short: str, title: str) -> bool:
    """Whether the own name ``short`` is a short form of the own name ``title``: its initials
    ("HOPE Act" of "Healthcare Opportunities for Patriots in Exile Act") or its end ("the
    Withdrawal Agreement" of "the Brexit Withdrawal Agreement")."""
    words, title_words = short.split(), title.split()
    if words[-1].lower() != title_words[-1].lower() or len(words) >= len(title_words):
        return False
    if len(words) > 1 and title.lower().endswith(" " + short.lower()):
        return True
    letters = "".join(words[:-1])
    initials = "".join(w[0] for w in title_words[:-1] if w[:1].isupper())
    return len(letters) > 1 and letters.isupper() and letters.isalpha() and letters == initials


def _short_names_to_the_title(by_article: dict[tuple[str, str | None], list[Mention]]) -> None:
    """An article that gives a law its full title calls it by a short form too: "the Healthcare
    Opportunities for Patriots in Exile Act, known as the HOPE Act", "the Brexit Withdrawal
    Agreement ... the Withdrawal Agreement" are one law."""
    named = [key for key in by_article if key[1] and key[1].startswith("named:")]
    for article, key in named:
        short = by_article[article, key][0].name
        titles = {
            other for a, other in named
            if a == article and other != key and (article, other) in by_article
            and _short_form(short, by_article[article, other][0].name)
        }
        if len(titles) == 1 and (article, key) in by_article:
            by_article[article, titles.pop()].extend(by_article.pop((article, key)))


def _one_kind_to_the_plan(by_article: dict[tuple[str, str | None], list[Mention]]) -> None:
    """An article with one kind of document and a plan ("the pay offer", "the deal") is
    about one thing: its documents join the plan. Two kinds ("the decree", "the guidelines")
    are two documents, each apart from the plan."""
    kinds: dict[str, list[str]] = {}
    for article, n in by_article:
        if n and n.startswith("kind:"):
            kinds.setdefault(article, []).append(n)
    for article, found in kinds.items():
        if len(found) == 1 and (article, None) in by_article:
            by_article[article, None].extend(by_article.pop((article, found[0])))


#: Last words of a law's common-noun names: "the Senate bill", "the new law".
_LAW_NOUNS = {"bill", "law", "legislation", "measure"}
