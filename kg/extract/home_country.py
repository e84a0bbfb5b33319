"""Offices written with no country, of the country the article is about.

"President X", "Justice Minister X", "X, the sports minister,": an article names the
country of its own government's offices once, in its dateline or by naming it most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.entities import demonym_mention
from kg.extract.nlp import doc_text, doc_tokens
from kg.model import Mention, Relation
from kg.text.lexicon import (
    ARMED_SERVICES,
    CAPITAL_COUNTRIES,
    COUNTRIES,
    DEMONYMS,
    NATIONAL_BODIES,
    OFFICES_ABSENT,
    PAST_TITLE_WORDS,
    PORTFOLIOS,
    POSSESSIVE_MARKS,
    SEATS_OF_GOVERNMENT,
    SECRETARIES_CABINETS,
    SPEECH_VERBS,
    SPOKESPERSON_WORDS,
    STATES_AND_PROVINCES,
    TITLE_PREDICATE,
    country_of,
)

__all__ = [
    "bodies_of_home_country", "country_meant", "country_of_bare_office", "country_stated",
    "countries_before", "countries_named", "home_company", "home_country",
    "offices_of_home_country", "same_section",
]

_TITLE_WORDS = {
    w for t in TITLE_PREDICATE for w in t.replace("-", " - ").split() if w not in {"of", "staff"}
} - {"-"}
_PAST = PAST_TITLE_WORDS

#: Offices of a country's government, written before a name with no country:
#: "President X", "Interim President X", "Justice Minister X".
_STATE_OFFICES = {"president", "prime minister", "premier", "chancellor", "minister"}
_STANDING = {"interim", "acting", "outgoing", "caretaker"}
#: Words of a cabinet office's title: "Foreign Secretary", "Chief Cabinet Secretary".
_CABINET_WORDS = PORTFOLIOS | {"vice", "cabinet", "chief", "home", "affairs"}
_SPOKESPEOPLE = SPOKESPERSON_WORDS
#: What a spokesperson's title names to be a government's: "foreign ministry spokesman",
#: "government spokeswoman" ("spokesman" alone may speak for anyone).
_GOVERNMENT_BODIES = {"ministry", "government"}


_DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]*[A-Z])(?:, ([A-Z][\w .'-]*?))?(?:, [\w ]+?)?(?: \([^)\n]*\))? ?[—–-]",
    re.MULTILINE,
)
#: A dateline written as a capital's name and a colon: "New Delhi: Prime Minister X met …".
_COLON_DATELINE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?):", re.MULTILINE)
#: A dateline written in title case with its date and agency, and often no dash:
#: "Taipei, July 10 (CNA) A visit …", "Tokyo, May 11 (Jiji Press)--Japan has …".
_AGENCY_DATELINE = re.compile(
    r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?), [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z][A-Za-z]+"
    r"(?: [A-Z][A-Za-z]+){0,2}\)", re.MULTILINE
)


def _dateline_country(context: ArticleContext) -> tuple[str, int, int] | None:
    """The country of the article's dateline and how much it says: a capital ("WARSAW —")
    is where a government speaks from; a country after a city ("GENEVA, Switzerland —")
    is often only where a meeting is held."""
    text = doc_text(context.doc)[:1000]
    found = _DATELINE.search(text)
    if found is None:
        for shape in (_COLON_DATELINE, _AGENCY_DATELINE):
            line = shape.search(text)
            if line is not None and line.group(1) in CAPITAL_COUNTRIES:
                return CAPITAL_COUNTRIES[line.group(1)], 4, line.end()
        return None
    city, country = found.group(1).title(), found.group(2)
    if city in CAPITAL_COUNTRIES:
        return CAPITAL_COUNTRIES[city], 4, found.end()
    named = country_of(country) if country else None
    return (named, 1, found.end()) if named else None


def _filed_elsewhere(context: ArticleContext, country: str, after: int) -> bool:
    """Whether a capital's dateline names only the desk the story was filed from: the first
    sentence is about other countries and the prose never names the dateline's ("NAIROBI
    (Reuters) - The South Sudanese government and rebels agreed …", "an Ethiopian diplomat"
    being one source)."""
    doc = context.doc
    first = next((t.sent for t in context.tokens if t.idx >= after and not t.is_space), None)
    if first is None:
        return False
    # "met his Bangladesh counterpart": the other side of a meeting, not who the story is about
    named = {
        c for t in first for c in [_country_at(context, t)]
        if c and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"counterpart", "counterparts"})
    }
    if not named or country in named:
        return False
    return not any(
        _country_at(context, t) == country and not _one_of_them(t) for t in context.tokens
    )


def _country_at(context: ArticleContext, token: Token) -> str | None:
    """The country a token names, by a place's name or a demonym ("South Sudanese")."""
    mention = context.mention_at(token)
    if mention is not None and mention.type == "Place":
        return country_of(mention.name)
    return _demonym_at(token)


def _demonym_at(token: Token) -> str | None:
    """The country a capitalised demonym names, read with the word before it when the two
    are one ("South Sudanese", "North Korean")."""
    if not token.text[:1].isupper():
        return None
    doc = token.doc
    if token.i > 0 and (country := DEMONYMS.get(f"{doc[token.i - 1].text} {token.text}")):
        return country
    if token.i + 1 < len(doc) and f"{token.text} {doc[token.i + 1].text}" in DEMONYMS:
        return None  # "South" of "South Sudanese": read with the word after it
    return DEMONYMS.get(token.text)


def _one_of_them(token: Token) -> bool:
    """Whether a demonym describes one person or thing of its country: "an Ethiopian
    diplomat", "a former Ethiopian minister"."""
    doc = token.doc
    if token.dep_ not in {"amod", "compound"}:
        return False  # "putting a Croatian on the board": the country's own success
    j = token.i - 1
    while j >= 0 and j >= token.i - 3 and doc[j].pos_ in {"ADJ", "ADV", "PROPN"} \
            and doc[j].lower_ not in {"a", "an"}:
        j -= 1
    return j >= 0 and doc[j].lower_ in {"a", "an"}


def home_country(context: ArticleContext) -> Mention | None:
    """The country an article is about: named (or its demonym used) most often, and clearly
    more often than any other."""
    counts: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # countries inside bodies' names
    where: dict[str, Mention | Token] = {}
    for m in context.mentions:
        country = country_of(m.name) if m.type == "Place" and m.end > m.start else None
        if country:
            counts[country] += 1
            where.setdefault(country, m)
        elif m.type == "Organization" and m.end > m.start and (
                country := _country_in_name(m.name)) is not None:
            inside[country] += 1  # "the Bank of Ghana", "the Ghana Police Service"
    for token in context.tokens:
        country = _demonym_at(token)
        if country and context.mention_at(token) is None:
            # "an Ethiopian diplomat said": one foreign source, not the country's story
            counts[country] += 0.5 if _one_of_them(token) else 1
            where.setdefault(country, token)
    dateline = _dateline_country(context)
    if dateline and not _filed_elsewhere(context, dateline[0], dateline[2]):
        counts[dateline[0]] += dateline[1]
    if len(counts | inside) == 1:
        # one country named, its bodies too ("Ghana's economy … the Bank of Ghana"); where
        # two are, a visitor's bodies would outvote the host ("China's foreign ministry")
        counts += inside
    ranked = counts.most_common(2) + [("", 0)]
    if ranked[0][1] < 2 or ranked[0][1] < 1.5 * ranked[1][1]:
        return None  # no country, or two the article is equally about
    if ranked[0][1] < 3 and 2 * ranked[0][1] < counts.total():
        return None  # named twice among many others: a country the story passes through
    country = ranked[0][0]
    if not (dateline and dateline[0] == country) and _only_where_things_happen(context, country):
        return None  # "signed in Qatar", "returned from Qatar": a place the story passes
    found = where.get(country)
    if isinstance(found, Token):
        return demonym_mention(context, found)
    if found is None:  # named only by the dateline: a place the prose never names
        found = _unwritten_country(context, country)
    return found


#: Prepositions that make a country only where something happens or goes.
_LOCATIVE = {"in", "to", "from", "into", "at", "for", "via", "through", "across", "inside"}


def _only_where_things_happen(context: ArticleContext, country: str) -> bool:
    """Whether the article names ``country`` only as where something happens, goes or comes
    from ("the deal, signed in Qatar", "returned from Qatar"), never as one that acts or
    owns, nor by its people's name: a place the story passes through, not its country."""
    for token in context.tokens:
        if _demonym_at(token) == country and context.mention_at(token) is None:
            return False
    for m in context.mentions:
        if m.type != "Place" or m.end <= m.start or country_of(m.name) != country:
            continue
        span = context.span_of(m)
        if span is None:
            return False
        root = span.root
        if not (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE):
            return False
    return True


def _country_in_name(name: str) -> str | None:
    """The one country an organisation's name holds: "Bank of Ghana", "Kenya Airways",
    "the Nigerian Senate" (none for "Bank of America and Canada")."""
    words = name.split()
    found = {country_of(w) or country_of(" ".join(words[i:i + 2]))
             for i, w in enumerate(words)} | {DEMONYMS.get(w) for w in words}
    found = {c for c in found if c in COUNTRIES}  # not "Europe" of "European Union"
    return found.pop() if len(found) == 1 else None


#: The country whose bodies news names bare wherever it is about: "Congress" beside the
#: United States is its Congress, whatever the story's own country.
_ASSUMED_OWNER = "United States"


def countries_named(context: ArticleContext) -> set[str]:
    """The countries an article names, or names the people, the capital or the seat of
    government of ("Washington", "the White House")."""
    named = {country_of(m.name) or CAPITAL_COUNTRIES.get(m.name)
             or SEATS_OF_GOVERNMENT.get(m.name) for m in context.mentions}
    named |= {DEMONYMS[t.text] for t in context.tokens if t.text in DEMONYMS}
    return named - {None}


def bodies_of_home_country(context: ArticleContext) -> list[Mention]:
    """The country's own name for each body every country has that the article names bare
    ("the Senate voted" in a story about Brazil is Brazil's Senate, not the Senate of
    another article's country): a mention of no span, "Brazil's Senate", which the bare name
    joins in its article, as it joins the name the article writes out. None where the
    article names such a body with an owner ("the U.S. Senate", "the Berlin Senate"), is
    about no one country (a country named once may be one a story passes through: "Niger
    Delta", "Nigerian Export Bank") or names the United States."""
    bare, owned = set(), set()
    for m in context.mentions:
        words = m.name.split()
        if m.type != "Organization" or m.end <= m.start or words[-1].lower() not in (
                NATIONAL_BODIES):
            continue
        (bare if len(words) == 1 and words[0].istitle() else owned).add(words[-1].lower())
    bodies = sorted(bare - owned)
    if not bodies:
        return []
    found = home_country(context)
    country = country_of(found.name) if found is not None else None
    if country is None or country != _ASSUMED_OWNER and _ASSUMED_OWNER in countries_named(
            context):
        return []  # "the Senate" in a story that names the United States may be its own
    names = {m.name.lower(): m.name for m in context.mentions if m.name.lower() in bodies}
    return [Mention(context.article.id, 0, 0, f"{country}'s {names[body]}", "Organization",
                    votes=(("Organization", 1.0),)) for body in bodies]


def _unwritten_country(context: ArticleContext, country: str) -> Mention:
    """A country only the dateline names, as a mention of the article."""
    found = next((m for m in context.mentions if m.end == 0 and m.name == country), None)
    if found is None:
        found = Mention(context.article.id, 0, 0, country, "Place", name=country,
                        votes=(("Place", 4.0),))
        context.mentions.append(found)
    return found


def _bare_office(
    context: ArticleContext, span: Span
) -> tuple[str, Span] | tuple[str, Span, frozenset[str]] | None:
    """ "President X" with no country written: the office's predicate, if it is one of a
    government's."""
    doc = context.doc
    sent = span.sent
    # the parser may start the sentence inside the title: "Government | spokesman X"
    start = min(sent.start, _line_start(doc, span.start))
    words: list[str] = []
    j = span.start - 1
    if _exchequer_before(doc, span.start, start):
        return "memberOf", sent, frozenset({"United Kingdom"})
    if _service_secretary_before(doc, span.start, start):
        return "memberOf", sent, frozenset({"United States"})
    while j >= start and (
        doc[j].is_title and doc[j].lower_ in _TITLE_WORDS | _STANDING | _CABINET_WORDS
        # "Foreign secretary X", "finance minister X": a portfolio before a title in
        # lower case
        or not words and doc[j].is_lower and doc[j].lower_ in {"minister", "secretary"}
        and j > start and doc[j - 1].lower_ in PORTFOLIOS
        or words and words[0] in {"minister", "secretary"} and doc[j].lower_ in PORTFOLIOS
        and not doc[j].is_upper
        # "Secretary of Defense X", "Minister of Economy X"
        or doc[j].lower_ == "of" and words and j > start
        and doc[j - 1].lower_ in {"secretary", "minister"}
        # "foreign ministry spokesman X", "government spokeswoman X"
        or doc[j].lower_ in PORTFOLIOS | _GOVERNMENT_BODIES and words
        and words[-1] in _SPOKESPEOPLE
        or doc[j].lower_ in _SPOKESPEOPLE and not words
        # "Digital Affairs Minister X": a portfolio's name
        or doc[j].is_title and words and words[0] == "affairs"
        # "Youth and Sports Minister X": two portfolios
        or doc[j].lower_ == "and" and words and words[0] in PORTFOLIOS
        and j > start and doc[j - 1].is_title and doc[j - 1].lower_ in PORTFOLIOS
    ):
        words.insert(0, doc[j].lower_)
        j -= 1
    if not words:
        return _bare_apposition(context, span)
    if j >= start and _past_before(doc[j]):
        return None  # "former Secretary of Defense X", "then-President X"
    office = " ".join(w for w in words if w not in _STANDING)
    if office.startswith("secretary of ") and office.split()[-1] in PORTFOLIOS:
        # "Secretary of Defense": a US cabinet title
        return "memberOf", sent, frozenset({"United States"})
    if office.startswith("minister of ") and set(office.split()[2:]) <= _CABINET_WORDS | {"and"}:
        return "memberOf", sent  # "Minister of Economy X", "Minister of Foreign Affairs X"
    spokesperson = words[-1] in _SPOKESPEOPLE
    if spokesperson and not _government_spokesperson(words):
        return None  # "spokesman X" alone may speak for anyone
    if words[-1] == "secretary" and not set(words[:-1]) & _CABINET_WORDS - {"vice"}:
        return None  # "Secretary X"; "Foreign Secretary X" and "Chief Cabinet Secretary X" hold
    if not spokesperson and words[-1] != "secretary" and not any(
        office == o or office.endswith(" " + o) for o in _STATE_OFFICES
    ):
        return None
    if j >= start and (
        context.mention_at(doc[j]) is not None
        or doc[j].text in POSSESSIVE_MARKS | set(DEMONYMS)
        or doc[j].is_title and j > start
    ):
        return None  # a body or a longer title: not a bare one
    if spokesperson:
        return "spokespersonOf", sent
    if (
        office.endswith(("minister", "secretary")) and office != "prime minister"
        or "vice" in words
    ):
        return "memberOf", sent
    return "leaderOf", sent


def _datelined_in_capital_of(context: ArticleContext, country: Mention) -> bool:
    """Whether the article is datelined in ``country``'s capital ("OSLO —"), whose government
    it then reports bare whatever the sentence before is about."""
    dateline = _dateline_country(context)
    return dateline is not None and dateline[1] >= 4 and dateline[0] == country.name


def countries_before(context: ArticleContext, sent: Span) -> set[str]:
    """The country the sentence before ``sent`` names, if it names one only (by name or
    demonym), or the one of several it has as its subject: the one a bare office right
    after it may be of."""
    doc = context.doc
    if sent.start == 0:
        return set()
    before = doc[sent.start - 1].sent
    named = {
        c
        for t in before
        for m in [context.mention_at(t)]
        for c in [country_of(m.name) if m is not None and m.type == "Place" else
                  DEMONYMS.get(t.text)]
        if c in COUNTRIES
    }
    if len(named) == 1:
        return named
    # "Russia has rejected any troops in Ukraine. X, the foreign ministry spokeswoman, …":
    # of several, the country the sentence is about
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    owner = context.mention_at(subject) if subject is not None else None
    country = country_of(owner.name) if owner is not None and owner.type == "Place" else None
    return {country} if country in named else set()


#: Parliaments whose names stand for their country's government as its seat does: a story
#: of "Westminster" or "the Commons" is about Britain's.
_PARLIAMENT_SEATS = {"Westminster": "United Kingdom", "House of Commons": "United Kingdom",
                     "Commons": "United Kingdom"}


def _secretary_named(context: ArticleContext, span: Span, office: tuple) -> bool:
    """Whether the office before ``span`` is a cabinet secretary's: "Health Secretary X",
    "the Home Secretary, X,", "Chancellor of the Exchequer X"."""
    return len(office) == 3 or _office_name(context.doc, span.start) == "secretary"


def _country_of_seats(context: ArticleContext) -> Mention | None:
    """The country a story names only by its seat of government or its parliament
    ("Downing Street said …", "told MPs at Westminster"), when it names no other country."""
    seats = {
        SEATS_OF_GOVERNMENT.get(m.name) or _PARLIAMENT_SEATS.get(m.name)
        for m in context.mentions if m.end > m.start
    } - {None}
    if len(seats) != 1 or countries_named(context) - seats:
        return None
    return _unwritten_country(context, seats.pop())


def _seats_named(context: ArticleContext, sent: Span) -> set[str]:
    """The countries whose seats of government a sentence names: "the White House", "the
    Kremlin"."""
    return {
        SEATS_OF_GOVERNMENT[m.name]
        for m in context.mentions
        if m.name in SEATS_OF_GOVERNMENT and sent.start_char <= m.start < sent.end_char
    }


def _office_name(doc, start: int) -> str:
    """The office a title right before ``start`` names: "prime minister", "president",
    "minister" (of any portfolio)."""
    word = doc[start - 1].lower_ if start > 0 else ""
    if word == "minister" and start > 1 and doc[start - 2].lower_ == "prime":
        return "prime minister"
    return word


#: "Chancellor of the Exchequer X": the British finance minister's title.
_EXCHEQUER = ["chancellor", "of", "the", "exchequer"]


def _exchequer_before(doc, start: int, first: int) -> bool:
    """Whether "Chancellor of the Exchequer" is written right before the name at ``start``
    (and no "former" or "shadow" before it)."""
    i = start - len(_EXCHEQUER)
    if i < first or [t.lower_ for t in doc[i:start]] != _EXCHEQUER:
        return False
    return not (i > first and (_past_before(doc[i - 1]) or doc[i - 1].lower_ == "shadow"))


def _service_secretary_before(doc, start: int, first: int) -> bool:
    """Whether "Army Secretary", "Navy Secretary" or "Air Force Secretary" comes right
    before ``start``, with nothing before it in the phrase ("U.S. Army Secretary X" says
    its country; "former Army Secretary X" is no longer one)."""
    if start - 2 < first or doc[start - 1].lower_ != "secretary":
        return False
    for service in ARMED_SERVICES:
        k = start - 1 - len(service)
        if k >= first and tuple(t.lower_ for t in doc[k : start - 1]) == service and all(
                t.is_title for t in doc[k : start - 1]):
            before = doc[k - 1] if k > first else None
            return before is None or not (before.is_title or before.lower_ in PAST_TITLE_WORDS
                                          or before.text in POSSESSIVE_MARKS)
    return False


def _only_country_named(context: ArticleContext, countries: frozenset[str]) -> Mention | None:
    """The article's mention of the one country an office belongs to ("Army Secretary X" is
    the United States's wherever the story is), if the article names that country at all."""
    if len(countries) != 1:
        return None
    (country,) = countries
    named = next((m for m in context.mentions if m.end > m.start and m.type == "Place"
                  and country_of(m.name) == country), None)
    if named is None and country in countries_named(context):
        named = _unwritten_country(context, country)  # "Washington", "American officials"
    return named


def _line_start(doc, i: int) -> int:
    """The first token of the line of text that holds token ``i``."""
    tokens = doc_tokens(doc)
    while i > 0 and "\n" not in tokens[i - 1].text:
        i -= 1
    return i


def _past_before(token: Token) -> bool:
    """Whether ``token``, written right before a title, makes it a past one: "former", or the
    hyphen of "then-President" and "ex-Prime Minister"."""
    if token.lower_ in _PAST:
        return True
    doc = token.doc
    return token.text in {"-", "–"} and token.i > 0 and doc[token.i - 1].lower_ in _PAST


_APPOSED_OFFICES = {"minister": "memberOf", "adviser": "memberOf", "advisor": "memberOf"}
#: "X, the deputy foreign minister," or "X, a foreign minister,": one of the government
_ARTICLES = {"the", "a", "an"}
_RANKS = {"deputy", "vice", "junior", "assistant"}


def _government_spokesperson(words: list[str]) -> bool:
    """Whether a spokesperson's title (``words``, lower case) names a government's body."""
    return len(words) >= 2 and words[-1] in _SPOKESPEOPLE and words[-2] in _GOVERNMENT_BODIES


def home_company(context: ArticleContext) -> Mention | None:
    """The organisation a story is about: named (by its first word) most often, and
    clearly more often than any other."""
    groups: dict[str, list[Mention]] = {}
    for m in context.mentions:
        if m.type == "Organization" and m.end > m.start and m.name:
            groups.setdefault(m.name.split()[0], []).append(m)
    ranked = sorted(groups.values(), key=len, reverse=True) + [[]]
    if len(ranked[0]) < 2 or len(ranked[0]) < 1.5 * len(ranked[1]):
        return None
    # the name written most often ("Boeing", not its unit "Boeing Commercial Airplanes"
    # named once), and of names written as often the longest (the full name)
    counts = Counter(m.name for m in ranked[0])
    return max(ranked[0], key=lambda m: (counts[m.name], len(m.name)))


def _bare_apposition(
    context: ArticleContext, span: Span
) -> tuple[str, Span] | tuple[str, Span, frozenset[str]] | None:
    """ "X, the sports minister," or "the national security adviser, X,": a government
    office with no country written."""
    doc = context.doc
    sent = span.sent
    if (span.end + 2 < sent.end and doc[span.end].text == ","
            and doc[span.end + 1].lower_ in _ARTICLES):
        article = doc[span.end + 1].lower_
        k, words = span.end + 2, []
        while k < sent.end and doc[k].is_lower and doc[k].is_alpha:
            words.append(doc[k].lower_)
            k += 1
        closed = k < sent.end and doc[k].text in {",", ".", ";"}
    elif span.start - 3 >= sent.start and doc[span.start - 1].text == ",":
        k, words = span.start - 2, []
        while (k > sent.start and doc[k].is_alpha and doc[k].lower_ not in _ARTICLES and (
                doc[k].is_lower
                # "the Home Secretary, X,": a cabinet secretary's title in capitals
                or doc[k].is_title and (words or doc[k].lower_ == "secretary")
                and doc[k].lower_ in _CABINET_WORDS | {"secretary"})):
            words.insert(0, doc[k].lower_)
            k -= 1
        article = doc[k].lower_
        closed = article in _ARTICLES
    else:
        return _office_in_relative_clause(span)
    if not closed and span.start - 1 > sent.start and doc[span.start - 1].text == ",":
        return _portfolio_before(span)
    if not closed or not words:
        return None
    if article == "the" and (words[-1] == "president" and set(words[:-1]) <= _STANDING | {
            "vice", "current", "sitting", "incumbent"} or words == ["head", "of", "state"]):
        # "the president, X, said", "X, the outgoing president,", "the head of state, X";
        # in a story about a company, its president
        if home_company(context) is not None:
            return None
        return ("memberOf" if "vice" in words else "leaderOf"), sent
    if words[-1] in _SPOKESPEOPLE:
        # "X, a foreign ministry spokesman,", "the government spokeswoman, X,"
        if not _government_spokesperson(words) or not set(words[:-2]) <= PORTFOLIOS:
            return None
        return "spokespersonOf", sent
    if words[-1] == "secretary":
        return _cabinet_secretary(words, sent)
    if words[-1] not in _APPOSED_OFFICES:
        return None
    if not set(words[:-1]) <= PORTFOLIOS | _STANDING | _RANKS | {
            "national", "security", "sports", "prime"}:
        return None  # "the party's foreign minister", "the former minister"
    if words[-2:] == ["prime", "minister"] and not _RANKS & set(words):
        # "the caretaker prime minister, X"; "X, a prime minister," says of no country
        return ("leaderOf", sent) if article == "the" else None
    return _APPOSED_OFFICES[words[-1]], sent


def _cabinet_secretary(
    words: list[str], sent: Span
) -> tuple[str, Span, frozenset[str]] | None:
    """ "the Home Secretary, X," or "X, the transport secretary,": a member of the cabinet of
    a country whose ministers are secretaries ("the press secretary" is no minister)."""
    kinds = set(words[:-1])
    # "the Cabinet Secretary" of Britain is a civil servant; Japan's Chief Cabinet Secretary
    # sits in the cabinet
    if kinds != {"chief", "cabinet"} and not (
            kinds & (PORTFOLIOS | {"home"}) and kinds <= PORTFOLIOS | {"home"}):
        return None
    return "memberOf", sent, SECRETARIES_CABINETS


#: Ministers' titles written with their portfolio after them: "the Minister of Finance, X".
_PORTFOLIO_OFFICES = {"minister", "secretary"}


#: Verbs of a clause that give the one it is about an office he holds now: "X, who
#: became president in 2022,", "X, who was sworn in as prime minister".
_TAKES_OFFICE = frozenset({"became", "becomes", "is", "serves", "has been", "was elected",
                           "was sworn", "was named", "was appointed", "took over as",
                           "took office as"})


def _office_in_relative_clause(span: Span) -> tuple[str, Span] | None:
    """ "X, who became president in 2022,", "X, who was sworn in as prime minister last
    year,": the head of government or state of the article's country (not "who became
    president of the club", a body named; nor "who was president", a past office)."""
    doc = span.doc
    sent = span.sent
    k = span.end
    if not (k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "who"):
        return None
    k += 2
    verb = [doc[k].lower_]
    while k + 1 < sent.end and doc[k + 1].lower_ in {"elected", "sworn", "named", "been",
                                                     "appointed", "over", "office", "in",
                                                     "as"}:
        k += 1
        if doc[k].lower_ not in {"in", "as"}:
            verb.append(doc[k].lower_)
    k += 1
    if " ".join(verb) not in _TAKES_OFFICE or k >= sent.end:
        return None
    if doc[k].lower_ == "president":
        office, after = "leaderOf", k + 1
    elif doc[k].lower_ == "prime" and k + 1 < sent.end and doc[k + 1].lower_ == "minister":
        office, after = "leaderOf", k + 2
    else:
        return None
    if after < sent.end and doc[after].lower_ in {"of", "for", "at", "and"}:
        return None  # "president of the club": a body named, read elsewhere
    return office, sent


def _portfolio_before(span: Span) -> tuple[str, Span] | None:
    """ "the Minister of Innovation, Science and Industry, X": a minister whose portfolio
    is named after the title, with no country written."""
    doc = span.doc
    sent = span.sent
    k = span.start - 2  # the comma before the name is at span.start - 1
    while k > sent.start and (
        doc[k].is_title and doc[k].lower_ not in _TITLE_WORDS
        or doc[k].lower_ in {"and", "&"} or doc[k].text == ","
    ):
        k -= 1  # the portfolios: "Innovation, Science and Industry"
    if k == span.start - 2 or doc[k].lower_ not in {"of", "for"} or k - 2 < sent.start:
        return None
    portfolio = [t.lower_ for t in doc[k + 1 : span.start - 1] if t.is_title]
    if not portfolio or not set(portfolio) & PORTFOLIOS:
        return None  # "the Minister of Ruritania, X" names a country
    if doc[k - 1].lower_ not in _PORTFOLIO_OFFICES or doc[k - 2].lower_ != "the":
        return None  # "the deputy Minister of …", "the former Minister of …"
    return "memberOf", sent


def _counterpart_is_of(context: ArticleContext, sent: Span, span: Span, country: str) -> bool:
    """Whether ``sent`` gives the name at ``span`` a counterpart of ``country`` ("X met his
    Norwegian counterpart Y", "his counterpart from Norway, Y"): X's office is another
    country's."""
    doc = context.doc
    for t in sent:
        if t.lower_ not in {"counterpart", "counterparts"} or t.i <= sent.start:
            continue
        after = doc[t.i + 1] if t.i + 1 < sent.end else None
        of = _country_at(context, doc[t.i - 1])
        if of is None and after is not None and after.lower_ in {"from", "of", "in"}:
            of = _country_at(context, doc[t.i + 2]) if t.i + 2 < sent.end else None
        if of == country and not t.i < span.start <= t.i + 4:
            return True  # the counterpart is someone else than the name
        if country in _peers_countries(context, t, sent) and span.start < t.i:
            return True  # "X and his counterparts A from Chile and B from Kenya"
    return False


def _peers_countries(context: ArticleContext, peer: Token, sent: Span) -> set[str]:
    """The countries written after the names that follow a peer noun: "counterparts A from
    Chile and B from Kenya" gives Chile and Kenya (only names, commas, "and" and "from"
    between them)."""
    doc, found = context.doc, set()
    k = peer.i + 1
    while k < sent.end:
        word = doc[k]
        if word.lower_ == "from" and k + 1 < sent.end:
            country = _country_at(context, doc[k + 1])
            if country is None:
                break
            found.add(country)
            k += 2
            continue
        if word.lower_ not in {",", "and"} and context.mention_at(word) is None:
            break
        k += 1
    return found


#: Words a state's leader is described by after a demonym: "the Azeri leader".
_STATE_LEADER_WORDS = frozenset({"leader", "president", "premier", "strongman", "ruler"})


def _leader_described(sent: Span) -> set[str]:
    """The countries whose leader ``sent`` describes by a demonym ("the Azeri leader")."""
    doc = sent.doc
    return {
        DEMONYMS[t.text]
        for t in sent
        if t.text in DEMONYMS and DEMONYMS[t.text] and t.i + 1 < sent.end
        and doc[t.i + 1].lower_ in _STATE_LEADER_WORDS
    }


def _leaders_unplaced(context: ArticleContext, found: list[Relation]) -> set[str]:
    """The countries whose head the article describes ("the Russian president") and
    gives to nobody by name."""
    placed = {r.object.name for r in found if r.predicate == "leaderOf"}
    doc = context.doc
    described = set()
    for office in context.tokens_with(_STATE_LEADER_WORDS):
        if office.lower_ not in _STATE_LEADER_WORDS:
            continue  # "the Russian leaders": a lemma's other form
        # "the Russian president", "the U.S. president"
        country = country_of(doc[office.i - 1].text) if office.i > 0 else None
        if country is None:
            continue
        if office.i + 1 < len(doc) and doc[office.i + 1].pos_ == "PROPN":
            continue  # "Russian President Y" names him
        described.add(country)
    return described - placed


def _list_item(sent: Span, span: Span) -> Span:
    """The part of ``sent`` between semicolons that holds ``span``: "members include the
    labour minister, X; …; and an engineer from Poland" names Poland in another item."""
    doc = sent.doc
    start = next((t.i + 1 for t in reversed(doc[sent.start : span.start]) if t.text == ";"),
                 sent.start)
    end = next((t.i for t in doc[span.end : sent.end] if t.text == ";"), sent.end)
    return doc[start:end]


def country_meant(context: ArticleContext, token: Token) -> Mention | None:
    """The country "the country's" means at ``token``: the one named in this sentence
    before it, else the one named last in the previous sentence, else the country the
    article is about."""
    doc = context.doc
    sent = token.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    named = [
        m
        for m in context.mentions
        if m.type == "Place"
        and m.end > m.start
        and start <= m.start < token.idx
        and country_of(m.name) == m.name
    ]
    # "X, who is Belgium's minister, shares duties with Y, the country's finance minister"
    this_sentence = {m.name: m for m in named if m.start >= sent.start_char}
    if len(this_sentence) == 1:
        return next(iter(this_sentence.values()))
    if len({m.name for m in named}) == 1:
        return named[-1]
    return home_country(context) if not named else None


_SPEAKING = SPEECH_VERBS | {"speak"}


def _spoken_from(context: ArticleContext, span: Span) -> Mention | None:
    """The capital or country a titled person speaks from: "President X said in a statement
    from Jakarta", "Prime Minister Y, speaking from Warsaw,"."""
    for token in span.sent:
        if token.lower_ != "from" or token.dep_ != "prep":
            continue
        verb = token.head
        while verb.pos_ != "VERB" and verb.dep_ in {"pobj", "prep", "dobj"} and verb.head != verb:
            verb = verb.head  # "said [in a statement from] Jakarta"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ not in _SPEAKING or (
                subject != span.root and not (verb.dep_ == "acl" and verb.head == span.root)):
            continue
        for pobj in token.children:
            place = context.mention_at(pobj) if pobj.dep_ == "pobj" else None
            if place is not None and place.type == "Place" and (
                    place.name in CAPITAL_COUNTRIES or country_of(place.name) == place.name):
                return place
    return None


def country_stated(context: ArticleContext, span: Span) -> Mention | None:
    """The country a sentence places an office in: "In Tokyo, Chief Cabinet Secretary X",
    "foreign ministry spokeswoman X (Vietnam)"."""
    doc = context.doc
    sent = span.sent
    place = None
    if sent[0].lower_ == "in" and (named := context.mention_at(sent[1])) is not None:
        found = context.span_of(named)
        if found is not None and found.end < sent.end and doc[found.end].text == ",":
            place = named
    if (
        place is None
        and span.end + 2 < sent.end
        and doc[span.end].text == "("
        and doc[span.end + 2].text == ")"
    ):
        place = context.mention_at(doc[span.end + 1])
    if place is None:
        place = _spoken_from(context, span)
    if place is None or place.type != "Place":
        return None
    country = CAPITAL_COUNTRIES.get(place.name) or country_of(place.name)
    if not country:
        return None
    if country_of(place.name) == country:
        return place
    named = [
        m for m in context.mentions if m.type == "Place" and m.end > m.start
        and country_of(m.name) == country
    ]
    return named[0] if named else place  # "In Tokyo,": the capital stands for its country


def offices_of_home_country(
    context: ArticleContext, found: list[Relation]
) -> Iterator[Relation]:
    """ "President X" or "Justice Minister X" with no country: the article's country, for
    people given no other office in it (the US president named "President Y" in a story
    about Ukraine is "US President Y" somewhere else in it)."""
    placed_names = [
        r.subject.name.split()
        for r in found
        if r.predicate in {"leaderOf", "memberOf", "spokespersonOf"} and r.subject.name
    ]
    placed = {words[-1] for words in placed_names}
    # "Prime Minister Kishida" after "Japan's Prime Minister Kishida Fumio": a surname
    # written alone may be the first word of a name written family name first
    placed_words = {w for words in placed_names for w in words}
    home = None
    leaders: dict[str, set[str]] = {}
    candidates: list[tuple[str, Relation]] = []
    defaulted: set[int] = set()  # the candidates whose country is the article's, not stated
    seen_in: dict[str, str] = {}  # each surname's country, as its first bare office gave it
    for person in list(context.mentions):
        if not context.is_person(person) or person.end <= person.start or not person.name:
            continue
        words = person.name.split()
        if words[-1] in placed or len(words) == 1 and words[0] in placed_words:
            continue
        span = context.span_of(person)
        office = _bare_office(context, span) if span is not None else None
        if office is None:
            continue
        predicate, sent = office[:2]
        assert span is not None
        if (state := _premier_s_state(context, span)) is not None:
            yield Relation(person, "leaderOf", state, context.evidence(sent, "kg.roles.v1", 0.6))
            continue
        stated = country_stated(context, span) or _country_of_section(context, span)
        if stated is None and len(office) == 3:
            stated = _only_country_named(context, office[2])  # "Army Secretary X"
        if stated is None and _section_of_no_country(context, span):
            continue  # "European Commission - 28 December / President X": not a country's
        if stated is None:
            home = home or _country_of_bare_offices(context, found)
            # "Health Secretary X told MPs at Westminster": a cabinet whose members are
            # secretaries, in a story of one seat of government ("Prime Minister X told the
            # Commons" may be Canada's)
            seated = home or _secretary_named(context, span, office) and _country_of_seats(context)
            if not seated:
                continue
        country = stated or home or seated
        assert country is not None
        if len(office) == 3 and country.name not in office[2]:
            continue  # the office is only that country's
        named = set() if stated is not None else {
            c
            for t in _list_item(sent, span)
            for m in [context.mention_at(t)]
            for c in [country_of(m.name) if m is not None and m.type == "Place" else
                      DEMONYMS.get(t.text)]
            if c
        }
        if named and country.name not in named:
            continue  # "Prime Minister X's office said that Israel …": maybe that country's
        if _counterpart_is_of(context, sent, span, country.name):
            continue  # "X met his Bangladesh counterpart Y": X holds the office elsewhere
        if predicate == "leaderOf" and _leader_described(sent) - {country.name}:
            continue  # "President X … the Azeri leader claimed Armenian land": maybe not Armenia's
        if stated is None and _seats_named(context, sent) - {country.name}:
            continue  # "the White House said President X": the United States speaks of its own
        if (
            stated is None and not named and not _datelined_in_capital_of(context, country)
            and countries_before(context, sent) - {country.name}
        ):
            continue  # "Neither Israel nor Hamas came. Prime Minister X stayed away.": Israel's
        office_word = context.doc[span.start - 1].lower_
        office = _office_name(context.doc, span.start)
        if country.name in OFFICES_ABSENT.get(office, ()):
            continue  # "Prime Minister X" in a story about the United States: another's
        if office == "secretary" and country.name not in SECRETARIES_CABINETS:
            continue  # "Defense Secretary X" in a story about Ukraine, whose are ministers
        if stated is None and _vice_president_before(context.doc, span.start) and (
            country.name not in _VICE_PRESIDENCIES
        ):
            continue  # "Vice President X" in a story about Ukraine, which has none: another's
        surname = person.name.split()[-1]
        if seen_in.setdefault(surname, country.name) != country.name:
            continue  # "President Zelenskyy" in the next section of a page of readouts, the
            # Polish one: the country an earlier office of his said
        if predicate == "leaderOf":
            leaders.setdefault(office_word, set()).add(surname)
        if stated is None and predicate == "leaderOf":
            defaulted.add(len(candidates))
        candidates.append(
            (office_word, Relation(person, predicate, country,
                                   context.evidence(sent, "kg.roles.v1", 0.6)))
        )
    held = _offices_held(context, found)
    unplaced = _leaders_unplaced(context, found)
    for i, (office_word, relation) in enumerate(candidates):
        if i in defaulted and unplaced - {relation.object.name}:
            continue  # "President X" in a story that tells of "the Russian president" and
            # names nobody Russia's: X may be him, whatever the dateline says
        # a country has one president: "President A" and "President B" in one story
        # are of two countries, and the article does not say which is whose
        if relation.predicate != "leaderOf" or len(leaders[office_word]) == 1 and (
            (relation.object.name, office_word) not in held
        ):
            yield relation


#: Countries whose government has a vice president: a "Vice President X" written with no
#: country in a story about another country (Ukraine, Germany) is a foreign one's.
_VICE_PRESIDENCIES = frozenset({
    "United States", "China", "Iran", "Indonesia", "Philippines", "Nigeria", "Kenya",
    "Ghana", "Uganda", "Tanzania", "Zambia", "Zimbabwe", "Malawi", "Liberia", "Sierra Leone",
    "Gambia", "South Sudan", "Sudan", "Namibia", "Botswana", "Brazil", "Argentina", "Chile",
    "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Paraguay", "Uruguay",
    "Costa Rica", "Panama", "Honduras", "Guatemala", "El Salvador", "Nicaragua",
    "Dominican Republic", "Cuba", "Taiwan", "Vietnam", "Laos", "Syria", "Iraq",
    "Afghanistan", "Maldives", "Equatorial Guinea", "Ivory Coast", "Gabon", "Seychelles",
})


def _vice_president_before(doc, start: int) -> bool:
    """Whether the title right before the name at ``start`` is "Vice President" (or
    "Vice-President")."""
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    return words[-2:] == ["vice", "president"] or words[-3:] == ["vice", "-", "president"]


#: Countries whose states' or provinces' heads are styled "Premier".
_PREMIERS_OF_STATES = {"Australia", "Canada"}


def _premier_s_state(context: ArticleContext, span: Span) -> Mention | None:
    """The one Australian state or Canadian province an article names, whose head a bare
    "Premier X" is ("Victoria's parliament passed the law. Premier X said …"); none where
    the article names another country (China's premier) or two states."""
    if _office_name(context.doc, span.start) != "premier":
        return None
    text = doc_text(context.doc)
    # read in the text, not the mentions: a state the tagger missed is still named
    named = {name for name, country in STATES_AND_PROVINCES.items()
             if country in _PREMIERS_OF_STATES and re.search(rf"\b{re.escape(name)}\b", text)}
    if len(named) != 1:
        return None
    name = named.pop()
    if countries_named(context) - {STATES_AND_PROVINCES[name]}:
        return None
    return next((m for m in context.mentions
                 if m.name == name and m.type == "Place" and m.end > m.start), None)


#: A line that only names where the section after it speaks from: "PARIS - Élysée Palace".
_SECTION_DATELINE = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]) [-—–] [^\n.!?\"“]{0,80}$", re.MULTILINE)


#: A line that only says who issued the section after it and when: "Office of the President
#: of Ukraine - 28 December, 23:40", "Kremlin - 29 December", "European Commission - 28 December".
_DATED_HEADER = re.compile(
    r"^([^\n.!?\"“]{2,80}?) [-—–] "
    r"(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b[^\n.!?]{0,20}$",
    re.MULTILINE,
)

_SECTIONS_KEY = "kg.readout_sections"


def _sections(context: ArticleContext) -> list[tuple[int, str | None]]:
    """Where each section of a page of readouts from several capitals starts, under a line
    of its own ("PARIS - Élysée Palace", "BERLIN - Federal Government", "Prime Minister of the
    Netherlands - 28 December"), and the country that speaks in it (none for "European
    Commission - 28 December"); nothing for an article with one dateline."""
    cached = context.doc.user_data.get(_SECTIONS_KEY)
    if cached is None:  # read once per article: the rules ask for every title
        text = doc_text(context.doc)
        sections: list[tuple[int, str | None]] = [
            (m.start(), CAPITAL_COUNTRIES[m.group(1).title()])
            for m in _SECTION_DATELINE.finditer(text)
            if m.group(1).title() in CAPITAL_COUNTRIES
        ]
        if len(sections) < 2:
            sections = [
                (m.start(), _issuer_country(m.group(1))) for m in _DATED_HEADER.finditer(text)
            ]
        cached = context.doc.user_data[_SECTIONS_KEY] = sections if len(sections) >= 2 else []
    return cached


def _issuer_country(heading: str) -> str | None:
    """The country whose office a readout's heading names: "Office of the President of
    Ukraine", "Finland - President of the Republic", "Kremlin", "U.S. Mission to NATO"."""
    words = heading.replace(",", " ").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            country = SEATS_OF_GOVERNMENT.get(phrase) or (
                country_of(phrase) if phrase[:1].isupper() else None
            )
            if country in COUNTRIES:
                return country
    return None


def same_section(context: ArticleContext, a: int, b: int) -> bool:
    """Whether the character offsets ``a`` and ``b`` lie in one section of a page of
    readouts (always, in an article of one section)."""
    starts = [start for start, _ in _sections(context)]
    return sum(start <= a for start in starts) == sum(start <= b for start in starts)


def _section_of_no_country(context: ArticleContext, span: Span) -> bool:
    """Whether ``span`` lies in a readout section issued by no country's office."""
    sections = [(start, c) for start, c in _sections(context) if start < span.start_char]
    return bool(sections) and sections[-1][1] is None


def _country_of_section(context: ArticleContext, span: Span) -> Mention | None:
    """The country of the capital whose readout section holds ``span``."""
    country = next(
        (c for start, c in reversed(_sections(context)) if start < span.start_char), None
    )
    if country is None:
        return None
    named = [
        m for m in context.mentions
        if m.type == "Place" and m.end > m.start and country_of(m.name) == country
    ]
    return named[0] if named else _unwritten_country(context, country)


def country_of_bare_office(
    context: ArticleContext, span: Span, found: list[Relation]
) -> Mention | None:
    """The country an office written with none before ``span`` is of: the one the sentence
    states, the one of its readout section, else the one the article writes bare offices of."""
    return (
        country_stated(context, span)
        or _country_of_section(context, span)
        or _country_of_bare_offices(context, found)
    )


def _country_of_bare_offices(context: ArticleContext, found: list[Relation]) -> Mention | None:
    """The country whose offices the article writes bare: the one it is about, unless it
    writes that country's offices with the country ("Syrian President X") and is datelined
    in another country's capital ("WASHINGTON —"), whose government it then reports as
    its own ("Vice President Y")."""
    home = home_country(context)
    dateline = _dateline_country(context)
    if home is None or dateline is None or dateline[1] < 4 or dateline[0] == home.name:
        return home
    if not any(
        r.object.name == home.name and r.predicate in {"leaderOf", "memberOf"} for r in found
    ):
        return home
    named = [
        m for m in context.mentions
        if m.type == "Place" and m.end > m.start and country_of(m.name) == dateline[0]
    ]
    return named[0] if named else _unwritten_country(context, dateline[0])


def _offices_held(context: ArticleContext, found: list[Relation]) -> set[tuple[str, str]]:
    """The countries whose leading office the article gives someone with the country
    written ("Ukrainian President A"), and that office's word: "President B" in the same
    story leads another country."""
    held = set()
    for r in found:
        span = context.span_of(r.subject) if r.predicate == "leaderOf" else None
        if span is None or r.object.type != "Place" or span.start == 0:
            continue
        word = context.doc[span.start - 1].lower_
        if word in _TITLE_WORDS:
            held.add((r.object.name, word))
    return held
