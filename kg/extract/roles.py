"""Roles from titles and appositions (extractor ``kg.roles.v1``).

"Kremlin spokesperson Dmitry Peskov", "President of Russia Vladimir Putin",
"Ukrainian President Volodymyr Zelensky" (a demonym stands for its country),
"US president Donald Trump's special envoy Steve Witkoff", "Free Russia
Foundation's Natalia Arno", "Rustem Umerov, secretary of …", "Kevin Book,
head of research at ClearView Energy Partners, a Washington-based
consultancy", "X is a close ally of Y", "Coast Guard Lt. X" (a service rank: an
officer of the body), "Acme, which is run by X", "X will retire as chief executive",
"Turkey's X" among the foreign ministers a story gathers, "On the Korean side, Foreign
Minister X", "the Kremlin aide explained" after X is named. The title word decides the
predicate; a past role ("former defence minister") is not a current fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.entities import demonym_mention, entity_of
from kg.extract.home_country import (
    countries_before,
    countries_named,
    country_meant,
    country_of_bare_office,
    country_stated,
    home_country,
    offices_of_home_country,
)
from kg.extract.mentions import POLITICAL_LABELS
from kg.extract.modality import status_of
from kg.extract.nlp import doc_text, doc_tokens, objects_of, opens_a_style
from kg.extract.offices import (
    ADVISERS,
    NEWLY_TITLED,
    ORGANISATION_HEAD_TITLES,
    OWN_KINDS,
    ROLE_PREDICATES,
    company_before,
    company_title,
    described_offices,
    institution_of_title,
    owner_described,
    party_meant,
    past_title_before,
    person_titled,
)
from kg.extract.page_noise import PARTIES
from kg.extract.places import capitals_listed, is_country_or_state, place_named_by
from kg.extract.titles import (
    CHAMBER_WORDS,
    EXTRA_TITLES,
    POSTED_TITLES,
    PROFESSIONS,
    REGION_WORDS,
    TERRITORIAL_LEADERS,
    commission_of_commissioner,
    dateline_end,
    home_company,
    names_a_unit_of,
    organisation_described,
    owner_named_before,
    predicate_for,
    side_of,
    title_predicate,
)
from kg.model import Mention, Relation
from kg.text.lexicon import (
    ARMED_SERVICES,
    CAPITAL_COUNTRIES,
    CAPITAL_STYLES,
    COUNTRIES,
    COUNTRY_NOUNS,
    DEMONYMS,
    HONORIFICS,
    LEAVING_VERBS,
    ORG_HEADS,
    OUTLET_WORDS,
    PARTY_ALIASES,
    PARTY_MEMBER_NOUNS,
    PARTY_PLURALS,
    PARTY_WORDS,
    PAST_TITLE_WORDS,
    PLACE_NAMES,
    POLICY_AREAS,
    PORTFOLIOS,
    POSSESSIVE_MARKS,
    PROFESSIONAL_STYLES,
    STATE_BODY_WORDS,
    TITLE_PREDICATE,
    US_STATES,
    country_of,
    rank_before_name,
)
from kg.text.names import initials, is_acronym
from kg.text.places import is_town

__all__ = ["predicate_for", "extract_roles", "dateline_end", "CHAMBER_WORDS", "people_of_group",
           "styled_people_listed"]

# "co-leader" is written "co - leader": its parts are title words too
_TITLE_WORDS = {
    w for t in TITLE_PREDICATE for w in t.replace("-", " - ").split() if w not in {"of", "staff"}
} - {"-"}
# "outgoing" holds the office until the successor takes over: still a current role
_PAST = PAST_TITLE_WORDS
#: Words that put an office ahead of its holder: "plans to tap X to be the next director".
_AHEAD_WORDS = frozenset({"next", "future", "incoming"})  # "the incoming governor X"
#: Words that say a title is not held now: "the former director", "the next director".
_NOT_HELD_NOW = _PAST | _AHEAD_WORDS
_BODY_PREPS = {"of", "at", "for", "to", "in", "with"}
_HYPHENS = {"-", "–"}
#: Styles of courtesy and rank written before a name: "Sheikh X", "Dr X", "Prince X".
_COURTESY_STYLES = {h.rstrip(".") for h in HONORIFICS} | {
    "sheikh", "sheikha", "prince", "princess", "professor", "majesty", "highness",
}
# styles written before a name: "Qatar's Prime Minister, Sheikh Karim …", "General X"
_HONORIFIC_WORDS = _COURTESY_STYLES | {
    "gen", "general", "col", "lt", "adm", "judge", "commander", "colonel", "major", "admiral",
}
#: The words of a portfolio run before a minister's title: "of Foreign Affairs and Trade".
_PORTFOLIO_WORDS = PORTFOLIOS | {"affairs", "and"}
#: Policy areas a ministry joins to another: "Science and ICT", "Electronics and IT".
_AREAS_JOINED = POLICY_AREAS | {"electronics"}
#: The names a legislature's chamber is written with alone: "the House", "the Senate".
CHAMBER_NAMES = frozenset({"House", "Senate", "Parliament", "Assembly", "Congress"})
#: Groups that stand for their body but are a part of it: "head of Chile's delegation".
_PART_NOUNS = {"delegation", "delegations", "team", "mission", "side", "negotiators", "forces"}
#: Ranks of armed and police services, written abbreviated before a name ("Lt. Ana Roe").
_SERVICE_RANKS = {"lt", "capt", "sgt", "cpl", "pvt", "maj", "col", "cmdr", "adm", "det", "insp"}


def _dotted_rank(token: Token) -> bool:
    """Whether ``token`` is a rank abbreviated with its full stop in one token: "Lt.", "Sgt."."""
    return token.text.endswith(".") and token.lower_[:-1] in _SERVICE_RANKS


# "chair of the board of X" leads X itself, unlike "head of research at X"
_GOVERNING_BODIES = {"board", "directors", "trustees", "governors"}


def _body_at(context: ArticleContext, token: Token, person: Mention) -> Mention | None:
    found = context.mention_at(token)
    owner = owner_named_before(context, token)
    if found is None or token.lower_ == "its" and context.is_person(found):
        found = owner  # "its" is never a person's
    elif owner is not None and owner.start >= token.sent.start_char:
        found = owner  # "FIFA sent its deputy, X": the organisation of the same sentence
    if found is None:
        found = demonym_mention(context, token)
    if found is None or found.type == "Person" and " " not in found.name:
        # "OFAC Director X", "Commission President X", "Lakeside's chief executive":
        # a short form of an organisation the article names in full
        found = _organisation_named(context, token) or found
    if found is None and token.is_title and token.i + 1 < len(token.doc) and (
        token.doc[token.i + 1].lower_ in TERRITORIAL_LEADERS
    ):
        # "Kyiv Mayor X": the city the article names elsewhere, untagged before the title
        found = next((m for m in context.mentions if m.type == "Place" and m.name == token.text),
                     None)
    if found is None or found == person or found.type == "Plan":
        return None
    return found


_NAME_LINKS = {"of", "the", "and", "for", "de", "du", "des", "del", "la", "le", "on"}


def _organisation_named(
    context: ArticleContext, token: Token, *, first_word: bool = True
) -> Mention | None:
    """The one organisation of the article that ``token`` names by its acronym, its first
    word ("Lakeside" of "Lakeside Power Solutions") or its head ("Commission")."""
    word = token.text
    if not word[:1].isupper() or word.lower() in _TITLE_WORDS or word in DEMONYMS:
        return None
    doc = token.doc
    if any(
        0 <= k < len(doc)
        and doc[k].is_title
        and doc[k].lower_ not in _TITLE_WORDS
        and k != token.sent.start
        # "Secretary of the Treasury Ana Roe": a department's word before its secretary
        and not (word.lower() in PORTFOLIOS and _person_named_at(context, doc[k]))
        for k in (token.i - 1, token.i + 1)
    ):
        return None  # a word of a longer name: "Party" of "Liberal Party"
    exact: dict[str, Mention] = {}
    acronym: dict[str, Mention] = {}
    part: dict[str, Mention] = {}
    for m in context.mentions:
        if m.type != "Organization" or m.end <= m.start:
            continue
        words = m.name.split()
        initials = "".join(w[0] for w in words if w.lower() not in _NAME_LINKS)
        if m.name in {word, f"{word}s"}:  # "Green co-leader X" of "the Greens"
            exact.setdefault(m.name, m)
        elif len(word) > 1 and (
            word.isupper() and initials == word or _bracketed(context, m, word)
        ):
            acronym.setdefault(m.name, m)  # "OFAC", or "PiS" of "Law and Justice (PiS)"
        elif (
            len(words) > 1
            and word in {words[0] if first_word else "", words[-1], words[-1].rstrip("s")}
            # "Justice Minister" is not of "Law and Justice"; "Treasury" is of "Treasury
            # Department"
            and (word.lower() not in PORTFOLIOS or words[1:] == ["Department"])
        ):
            part.setdefault(m.name, m)
    # the closest form wins; two organisations of the same form name neither
    for named in (exact, acronym, part):
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _person_named_at(context: ArticleContext, token: Token) -> bool:
    """Whether ``token`` is a word of a person's name (no word of an organisation's)."""
    named = context.mention_at(token)
    return named is not None and named.type == "Person"


def _bracketed(context: ArticleContext, org: Mention, word: str) -> bool:
    """Whether the article writes ``word`` in brackets after the name of ``org``."""
    found = context.span_of(org)
    doc = context.doc
    return (
        found is not None
        and found.end + 2 < len(doc)
        and doc[found.end].text == "("
        and doc[found.end + 1].text == word
        and doc[found.end + 2].text == ")"
    )


def _relation(
    context: ArticleContext,
    person: Mention,
    predicate: str,
    body: Mention,
    sent: Span,
    confidence: float,
) -> Relation:
    return Relation(person, predicate, body, context.evidence(sent, "kg.roles.v1", confidence))


#: Military ranks written between a title of a body and its holder's name: "Commander of
#: the Army General X", "Chief of the Defence Staff Air Chief Marshal X".
_MILITARY_RANKS = {"general", "gen", "admiral", "adm", "marshal", "colonel", "col", "brigadier",
                   "commodore"}
#: Words that make a longer rank of one: "Lieutenant General", "Vice Admiral".
_RANK_PREFIXES = {"lieutenant", "lt", "major", "maj", "vice", "rear", "senior", "air", "chief",
                  "brigadier", "field", "fleet"}


def _before_ranks(doc, j: int, start: int) -> int:
    """The token before a military rank that ends at ``j`` ("Lieutenant General"), or ``j``."""
    if j <= start or doc[j].lower_.rstrip(".") not in _MILITARY_RANKS or not doc[j].is_title:
        return j
    j -= 1
    while j > start and doc[j].lower_.rstrip(".") in _RANK_PREFIXES and doc[j].is_title:
        j -= 1
    return j


def _capitalised_remit(context: ArticleContext, token: Token) -> bool:
    """A capitalised word of an office's remit after "for" ("Under Secretary for Terrorism
    and Financial Intelligence X", "Assistant Secretary for Global Markets Y"); it counts only
    when "for" follows a title word, and it is no name of the article's."""
    return token.is_title and token.pos_ in {"PROPN", "NOUN", "ADJ"} and (
        context.mention_at(token) is None
    )


#: Offices of a state, not of a party: "Republican President X" is the party's member, who
#: leads the country (the party's leaders are "Republican leader X", "party chairman Y").
_STATE_OFFICES = {"president", "governor", "mayor", "senator", "minister", "premier",
                  "chancellor", "secretary", "speaker", "representative", "congressman",
                  "congresswoman", "attorney"}


def _party_of_state_office(doc: Doc, j: int, words: list[str], possessive: bool) -> bool:
    """Whether the body before a title is a party's adjective and the title a state's office:
    "Republican President X", "Democratic Gov. Y" (membership is :func:`_party_titles`'s)."""
    return not possessive and bool(words) and j >= 0 and (
        doc[j].text in _PARTY_ADJECTIVES) and words[-1].lower().rstrip(".") in _STATE_OFFICES


def _body_before_remit(context: ArticleContext, j: int, start: int) -> int | None:
    """Where the body named before a remit ending at ``j`` ends: "of the Treasury [for
    Terrorism and Financial Intelligence] X" (the body, then "for" and the remit's words)."""
    doc = context.doc
    k = j
    while k > start and (doc[k].lower_ in _PORTFOLIO_WORDS or _capitalised_remit(context, doc[k])):
        k -= 1
    if k == j or k - 1 < start or doc[k].lower_ != "for" or (
            context.mention_at(doc[k - 1]) is None
            and _organisation_named(context, doc[k - 1]) is None):  # "the Treasury" named
        return None  # earlier, left untagged in the title
    return k - 1


def _under_of_title(token: Token, words: list[str]) -> bool:
    """ "Under" of "Treasury Under Secretary X", "Under Secretary of the Treasury X": a
    subordinate's title, however the tagger reads the word (a preposition, mostly)."""
    return token.lower_ == "under" and bool(words) and words[0].lower() == "secretary"


def _title_of_body(
    context: ArticleContext, person: Mention, j: int, sent: Span
) -> list[Relation] | None:
    """The relation of "Title of (the) Body Name" when the body ends at ``j``: its holder's
    role (an empty list for a past title), or None when no title of that body is written."""
    doc = context.doc
    body = _body_at(context, doc[j], person)
    if body is None:
        return None
    body_span = context.span_of(body) or doc[j : j + 1]
    if not body_span.start <= j < body_span.end:
        if not any(m.name == body.name and m.confirmed for m in context.mentions):
            return None  # a headline's words the body text never confirms as a name
        body_span = doc[j : j + 1]  # a body named in full elsewhere: "the Treasury" here
    k = body_span.start - 1
    # "President of El Salvador's Legislative Assembly X": the body's owner, then "of"
    owner = context.mention_at(doc[k - 1]) if k - 1 >= sent.start and (
        doc[k].text in POSSESSIVE_MARKS) else None
    owner_span = context.span_of(owner) if owner is not None else None
    if owner_span is not None:
        k = owner_span.start - 1
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    k = _before_state_form(doc, k, sent.start)
    # "Minister of Foreign Affairs of (the Republic of) X Name": the portfolio too
    portfolio_start = _portfolio_start(doc, k, sent.start)
    if portfolio_start is not None:
        portfolio_words = [t.text for t in doc[portfolio_start + 1 : k]]
        k = portfolio_start
    else:
        portfolio_words = []
    if k - 1 >= sent.start and (doc[k].lower_ == "of" or portfolio_words) and (
        doc[k - 1].lower_ in _TITLE_WORDS
    ):
        words = portfolio_words
        t = k - 1
        while t >= sent.start and (doc[t].lower_ in _TITLE_WORDS or doc[t].pos_ == "ADJ"
                                   or _under_of_title(doc[t], words)):
            words.insert(0, doc[t].text)
            t -= 1
        if _title_of_another_title(doc, t, sent.start):
            return []
        predicate = title_predicate(context, words, body)
        if predicate and not _PAST & {w.lower() for w in words}:
            return [_relation(context, person, predicate, body, sent, 0.9)]
        return []
    return None


#: Prepositions that tie a head's title to the post of someone serving that head:
#: "Press Secretary of the President of Russia X", "Assistant to the President of Y X".
_SERVING_PREPOSITIONS = {"of", "to", "for"}
#: Posts and staffs that serve a head, beside the title words themselves.
_SERVING_POSTS = {"assistant", "office", "administration", "staff", "secretariat", "cabinet"}


def _title_of_another_title(doc: Doc, t: int, start: int) -> bool:
    """Whether the title that ends just after token ``t`` is itself governed by another
    post ("Press Secretary of | the President of Russia X", "Head of the Office of | the
    President of Ukraine X"): the name then holds that other post, not the head's. A
    word that is no post leaves the head's title alone ("at the invitation of the
    President of Kenya X")."""
    if t - 2 < start or doc[t].lower_ != "the" or doc[t - 1].lower_ not in _SERVING_PREPOSITIONS:
        return False
    post = doc[t - 2].lower_
    return post in _TITLE_WORDS or post in _SERVING_POSTS


#: Words before a body's name and a head's title that make the holder one of several:
#: "senior Nepali Congress leader X", "a veteran Fatah leader".
_ONE_OF_SEVERAL = {"senior", "veteran", "prominent"}


#: Forces a town or region has of its own, written lower case after its name: "Islamabad
#: police spokesperson X" speaks for the city's police, not for the city.
_LOCAL_FORCES = {"police"}


def _force_of_place(context: ArticleContext, place: Mention, words: list[str]) -> Mention | None:
    """The body a title written after a town's name and its force is of ("Islamabad police
    spokesperson X"): the force by its full name if the article names it ("Islamabad
    Police"), else none (the town is not the holder's body); ``place`` when no such force
    word is written, or the place is a country ("Kenyan police spokesman X")."""
    force = next((w for w in words if w in _LOCAL_FORCES), None)
    if force is None or country_of(place.name) is not None:
        return place
    wanted = f"{place.name} {force}".lower()
    return next((m for m in context.mentions if m.type == "Organization"
                 and m.name.lower() == wanted), None)


def _body_ends_at(context: ArticleContext, i: int) -> bool:
    """Whether an organisation's name ends at token ``i`` ("Pheu Thai", "Free Georgia")."""
    named = context.mention_at(context.doc[i])
    span = context.span_of(named) if named is not None else None
    return named is not None and named.type == "Organization" and span is not None and (
        span.end == i + 1 and span.start < i)


#: The last words of the armed services whose civilian heads are styled "Secretary of the ...".
_SECRETARIES_SERVICES = {service[-1] for service in ARMED_SERVICES}


def _aide_of_pronoun(
    context: ArticleContext, person: Mention, pronoun: Token, words: list[str]
) -> Iterator[Relation]:
    """ "Koval received the draft via his aide X", "Koval and his spokesman X": X serves the
    person "his" stands for; only aides and spokespeople (not "his lawyer", "his
    counterpart", whose titles say nothing of whom they serve)."""
    if pronoun.lower_ not in {"his", "her"} or _NOT_HELD_NOW & {w.lower() for w in words}:
        return  # "her former spokesman X"
    owner = context.antecedents.get(pronoun.i)
    if owner is None or owner == person or not context.is_person(owner):
        return
    span = context.span_of(owner)
    if span is None or not _subject_of_clause(pronoun, span):
        return  # "his" of a sentence before, or of another clause, may be anyone's it named
    predicate = TITLE_PREDICATE.get(" ".join(words[-3:]).lower()) or TITLE_PREDICATE.get(
        words[-1].lower())
    if predicate not in {"advisorOf", "spokespersonOf"} and words[-1].lower() != "envoy":
        return  # "his lawyer X", "his deputy X": titles that say nothing of whom they serve
        # ("his envoy X" serves him, as "Putin envoy X" does)
    predicate = title_predicate(context, words, owner)
    yield _relation(context, person, predicate, owner, pronoun.sent, 0.75)


def _subject_of_clause(pronoun: Token, owner: Span) -> bool:
    """Whether ``owner`` is the subject of the clause ``pronoun`` is in: "Koval received it
    via his aide", "Koval said his spokesman would brief" (the title the subject of a clause
    within), "Koval named Roe, his spokeswoman said" (the clause it reports), "Koval and his
    aide flew" (not "X would travel, and the team would be led by his aide": another
    clause's subject)."""
    node = pronoun
    while node.head != node:
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(owner.start <= c.i < owner.end for c in subjects):
            return True
        if not any(pronoun in c.subtree for c in subjects):
            return False
        if any(owner.start <= s.i < owner.end for c in node.children if c.dep_ == "ccomp"
               for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}):
            return True  # "Koval named Roe, his spokeswoman X said": the report's subject
    return False


def _secretary_of_a_service(doc, j: int, start: int) -> int | None:
    """Where "Secretary" is when token ``j`` ends "Secretary of the Army", "Secretary of the
    Navy" or "Secretary of the Air Force" (a government's member, not the service's
    officer); None otherwise."""
    k = j - 1 if doc[j].lower_ == "force" and j > start and doc[j - 1].lower_ == "air" else j
    if doc[j].lower_ not in _SECRETARIES_SERVICES or k - 3 < start or (
            doc[j].lower_ == "force" and k == j):
        return None
    if [t.lower_ for t in doc[k - 3 : k]] != ["secretary", "of", "the"]:
        return None
    return k - 3


#: Participles that say a title before the name was just taken up: "newly elected".
_INSTALLED = {"elected", "appointed", "named", "installed", "reelected", "re-elected"}


def _newly_installed(token: Token) -> bool:
    """Whether ``token`` is "newly elected", "recently appointed" or "elected" before a
    title: the holder has the office now."""
    if token.lower_ in _INSTALLED:
        return token.dep_ == "amod"
    return (
        token.lower_ in {"newly", "recently", "just"}
        and token.dep_ == "advmod"
        and token.head.lower_ in _INSTALLED
    )


def _body_named_before(context: ArticleContext, sent: Span, j: int) -> bool:
    """Whether ``sent`` names an organisation before token ``j``: then "by chief executive X"
    may be of that one or of the company the story is about."""
    return any(m.type == "Organization" and m.end > m.start
               and sent.start_char <= m.start < context.doc[j].idx for m in context.mentions)


def _prenominal(
    context: ArticleContext, person: Mention, span: Span, before: int | None = None
) -> Iterator[Relation]:
    """A title and body written before the name (or before the token ``before``: the "and"
    of "West Bengal Chief Minister and TMC chief X")."""
    doc = context.doc
    j = (span.start if before is None else before) - 1
    sent = span.sent
    if j >= 1 and j < sent.start and doc[j].text == "." and doc[j - 1].lower_ in _SERVICE_RANKS:
        sent = doc[j - 1].sent  # the parser may end a sentence at a rank's dot: "Capt. Tom"
        # (the tokenizer keeps most ranks whole with their dot: "Capt.")
    j = _before_styles(doc, j, sent.start)
    if j == sent.start - 1 and j >= 3 and doc[j].text == ")" and doc[j - 2].text == "(":
        sent = doc[j].sent  # "Chairman of the X Party (XP) Name": the parser may end a
        # sentence at the acronym's bracket
    if j < sent.start:
        return
    # "President of (the) Russia Vladimir Putin": body, "of", title
    found = _title_of_body(context, person, j, sent)
    if found is None and j - 3 >= sent.start and doc[j].text == ")" and doc[j - 2].text == "(":
        # "Chairman of the Democratic Progressive Party (DPP) X": the body's acronym between
        found = _title_of_body(context, person, j - 3, sent)
    if found is None and (remitted := _body_before_remit(context, j, sent.start)) is not None:
        # "Under Secretary of the Treasury for Terrorism and Financial Intelligence X"
        found = _title_of_body(context, person, remitted, sent)
    ranked_at = _before_ranks(doc, j, sent.start)
    if found is None and ranked_at < j:
        # "Commander of the Army General X", "Chair of the Military Committee Admiral X":
        # a military rank between the body and the name, a style of the holder
        found = _title_of_body(context, person, ranked_at, sent)
    if found is not None:
        yield from found
        return
    # "[Body]['s] [modifiers] title Name" and "[Body]'s Name"
    words: list[str] = []
    portfolio = regional = False
    # "Coast Guard Lt. Ana Roe", "Harbour Police spokesman Sgt. Ana Roe": a rank between
    # the body (or title) and the name makes its holder an officer of the body
    while j > sent.start and (doc[j].text == "." and doc[j - 1].lower_ in _SERVICE_RANKS
                              or _dotted_rank(doc[j])):
        j -= 1 if _dotted_rank(doc[j]) else 2
        words = ["officer"]
    ranked = bool(words)
    if words and j >= sent.start and doc[j].lower_ in _TITLE_WORDS:
        words = []  # the title before the rank says more: "spokesman Lt. Ana Roe"
    installed = 0  # words of "newly elected" passed over between the body and the title
    while j >= sent.start:
        t = doc[j]
        if (secretary := _secretary_of_a_service(doc, j, sent.start)) is not None:
            words[:0] = ["secretary of state"]  # "US Secretary of the Army Name": one of
            j = secretary - 1  # the country's government, as a Secretary of State is (the
            continue  # service may be a body's mention of its own: "the Army")
        if (region := _region_of_remit(context, j, sent.start)) is not None:
            j, regional = region, True  # "US Special Envoy for Ukraine X": the title's
            continue  # region is no body of the name's (the title's own words follow)
        if words and words[0].lower() in _TITLE_WORDS and j - 2 >= sent.start and (
                doc[j - 1].lower_ == "and" and doc[j - 2].lower_ in _AREAS_JOINED
                and not _inside_a_name(context, doc[j - 2])):
            # "Science and ICT Minister X": two policy areas, the second an acronym read
            # as a body's name; one portfolio, no department named "Science"
            words[:0] = [doc[j - 2 : j + 1].text]
            j -= 3
            continue
        if context.mention_at(t) is not None and context.mention_at(t) != person:
            break
        if (
            t.lower_ in {"staff", "state"}
            and j - 2 >= sent.start
            and doc[j - 1].lower_ == "of"
            and doc[j - 2].lower_ in {"chief", "secretary"}
        ):  # "White House chief of staff Name", "US Secretary of State Name"
            words[:0] = [f"{doc[j - 2].lower_} of {t.lower_}"]
            j -= 3
            continue
        k = j
        while k > sent.start and (doc[k].lower_ in _PORTFOLIO_WORDS
                                  or _capitalised_remit(context, doc[k])):
            k -= 1
        if k < j and doc[k].lower_ in {"for", "of"} and k > sent.start and (
            doc[k - 1].lower_ in _TITLE_WORDS
        ):  # "Minister for Foreign Affairs Name", "Commissioner for Trade Name"
            words[:0] = [w.text for w in doc[k : j + 1]]
            j = k - 1
            portfolio = True
            continue
        if words and t.text in _HYPHENS and j - 1 >= sent.start and (
                doc[j - 1].is_lower and doc[j - 1].is_alpha
                and doc[j - 1].lower_ not in _TITLE_WORDS and doc[j + 1].lower_ in _SPANS_OF_TIME):
            words[:0] = [doc[j - 1].text, t.text]  # "Uganda's long-time ruler X"
            j -= 2
            continue
        if (
            words
            and (t.text in _HYPHENS or t.lower_ == "and")
            and j - 1 >= sent.start
            and (doc[j - 1].lower_ in _TITLE_WORDS)
        ):  # "Secretary-General", "Vice-President", "founder and chief executive", "chief
            # negotiator and security council secretary", "Prime Minister and Foreign Minister"
            words.insert(0, t.text)
            j -= 1
            continue
        if words and t.text == "," and "and" in words and j - 1 >= sent.start and (
                doc[j - 1].lower_ in _TITLE_WORDS):
            words.insert(0, t.text)  # "Harrell Chairman, President and CEO X": the titles
            j -= 1  # listed, the last after "and"
            continue
        if words and _newly_installed(t):  # "Lebanon's newly elected president X"
            j -= 1
            installed += 1
            continue
        if not words and j == (span.start if before is None else before) - 1 and (
            _plural_title_of_names(context, t)
        ):  # "Trump's advisers A and B": each is an adviser
            words.insert(0, t.lemma_)
            j -= 1
            continue
        if (
            t.lower_ in _TITLE_WORDS
            or t.lower_ in _PAST | _STANDING
            or _under_of_title(t, words)
            or (
                (t.pos_ in {"ADJ", "NOUN"} or t.lower_ in ORG_HEADS)  # "ministry" tagged PROPN
                and t.text.islower()
                and t.dep_ in {"amod", "compound", "nmod"}
            )
            or (
                words
                and t.is_title
                and t.pos_ in {"PROPN", "NOUN", "ADJ"}
                and t.text not in DEMONYMS
                and t.text not in PLACE_NAMES  # "Kyiv Mayor X": the city's
                and country_of(t.text) is None  # "U.S. Treasury Secretary X": the country's
                and f"{doc[j - 1].text} {t.text}" not in DEMONYMS  # "South Korean"
                and _organisation_named(context, t, first_word=False) is None
            )
        ):  # "Energy Minister", "National Security Adviser"
            words.insert(0, t.text)
            j -= 1
            continue
        break
    if words and j - 3 >= sent.start and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3  # "Office of Foreign Assets Control (OFAC) Director X": the name before
    possessive = j >= sent.start and doc[j].text in POSSESSIVE_MARKS
    if possessive:
        j -= 1
    if (j < sent.start and not words) or not (words or possessive):
        return
    if words and doc[j].tag_ == "WP$":
        return  # "Rival X, whose chief executive Y": X's, not the company the story is about
    if words and doc[j].tag_ == "PRP$" and (
            served := list(_aide_of_pronoun(context, person, doc[j], words))):
        yield from served
        return  # "his aide X", "her spokesman X": the one "his" stands for
    # "Pheu Thai leader X": a body's name that ends with a demonym, no nationality
    nationality = j >= sent.start and doc[j].text in DEMONYMS and not _body_ends_at(context, j)
    if nationality and words and words[-1].lower() in PROFESSIONS:
        return  # "the Ivorian judge X": a nationality, no place of the article
    if j > sent.start and nationality and words and (
        words[-1].lower() not in POSTED_TITLES  # "NATO Turkish envoy X" is Turkey's
    ) and (
        # the tagger's organisation ending before the demonym (not "YEREVAN - Armenian
        # Foreign" read as one)
        doc[j - 1].ent_type_ == "ORG" and not doc[j - 1].is_punct
        and not doc[j - 1].is_sent_start
        or (named := context.name_at(doc[j - 1])) is not None and named.type == "Organization"
    ):
        # "Greens/EFA Dutch co-chair X", "Halden Union Polish vice-president X": the
        # holder's nationality inside a title of the body named before it
        named = context.name_at(doc[j - 1])
        if named is None or named.type != "Organization" or named.end > doc[j].idx:
            return
        j -= 1
    body = _body_at(context, doc[j], person) if j >= sent.start else None
    if body is not None and not possessive and words and words[-1].lower() in _PLACE_ENVOYS:
        body = _sender_of_posting(context, body, sent) or body
    if body is not None and words and (
        words[-1].lower() in POSTED_TITLES or _POSTED_UNITS & {w.lower() for w in words}
    ):  # "Russia's UN ambassador X", "Russia's UN mission spokesman X"
        body = _sender_before(context, body, sent) or body
    if body is None and ranked and words == ["officer"]:
        return  # a rank alone names no body: only one written before it is the holder's
    if body is not None and not possessive and words and words[0].lower() == "affairs":
        body = None  # "Digital Affairs Minister X": a portfolio, not a body called "Digital"
    if body is None and possessive:
        # "the president's chief of staff" — a description that refers back
        body = context.antecedents.get(doc[j].i) or owner_described(context, doc[j])
    # "foreign ministry spokeswoman X": the words describe the body, its head included
    described = any(w.islower() and w in ORG_HEADS for w in words)
    if body is None and not possessive and words and not described:
        # "Treasury Secretary X", "Deputy Treasury Secretary X"
        stated = country_stated(context, span)
        before = countries_before(context, sent) if stated is None else set()
        body = next(filter(None, (_department_named(context, w, stated, before)
                                  for w in words)), None)
    opens = j < sent.start or doc[j].text in {'"', "”", "—"}  # the title opens a clause
    if not opens and doc[j].lower_ == "by" and not _body_named_before(context, sent, j):
        opens = True  # "the first big move by chair X", "was welcomed by chief executive X"
    if body is None and not possessive and opens and company_title(words):
        # "Orvik Shipping said sales rose. Interim chief executive X said …", "Manager X";
        # "Club president X": of the club just named (not of a federation)
        kind = doc[j + 1]
        body = (owner_described(context, kind) if kind.lower_ in OWN_KINDS
                else company_before(context, doc[span.start]))
    if body is None and not possessive and words and (
        words[0].lower() == "board" or "".join(words).lower() in ORGANISATION_HEAD_TITLES
    ):
        # "Board member X", "Director-General X": of the organisation the story is about
        body = home_company(context)
    if body is None and not possessive and words:
        body = organisation_described(context, words, before=span.start_char)
    if body is None and not possessive and words:
        # "Competition Commissioner X", "Commissioner for Energy X": of the commission
        body = commission_of_commissioner(context, words, before=span.start_char)
    if body is None and not possessive and len(words) > 1 and words[0].lower() == "party":
        body = party_meant(context, doc[j + 1])  # "the PTI condemned … of party chairman X"
        if body is not None:
            words, j = words[1:], j + 1  # the title is the chairman's, the party its body
    if (
        body is not None
        and body.type == "Place"
        and country_of(body.name) is None
        and (portfolio or j >= sent.start and doc[j].text in DEMONYMS)
    ):
        # "European Commissioner (for Trade) X": of the Union, never of the continent the
        # demonym was read as
        body = _union_named(context, body)
    if body is not None and "".join(words).lower() in _SECRETARIES_GENERAL:
        # "Secretary-General X" in a story about the Security Council: the UN's; in one
        # about a UN force or mission, the UN's too (a "Director-General" may head an office)
        units = _COUNCIL_WORDS | (_FIELD_UNITS if "secretary" in words[0].lower() else set())
        body = _whole_of_council(context, body, units)
    if body is not None and body.type == "Place" and words and not possessive:
        body = _force_of_place(context, body, words)
    if body is None or _party_of_state_office(doc, j, words, possessive):
        return
    body_span = context.span_of(body)
    left = body_span.start if body_span is not None and body_span.start <= j else j
    if left > sent.start and doc[left - 1].lower_ in _TITLE_WORDS and not possessive:
        return  # "Chief Cabinet Secretary X": the body is inside a longer title
    if _NOT_HELD_NOW & (
        {w.lower() for w in words} | {t.lower_ for t in doc[max(sent.start, left - 2) : j + 1]}
    ):
        return  # "Former British Prime Minister …", "Ex-President …", "the next … President"
    if words and body.type == "Place" and [w.lower() for w in words] in _UNIT_HEADS:
        return  # "Walmart names U.S. chief X": the head of a company's unit in that country
    if body.type == "Place" and not possessive and [w.lower() for w in words] == ["secretary"]:
        return  # "Northern Ireland Secretary X": a minister of the state that governs the
        # region from outside, no leader of the region
    if words and body.type == "Place" and words[-1].lower() in _CONSTITUENCY_TITLES and (
        country_of(body.name) is None
    ):
        return  # "Kentucky Republican Sen. X", "Texas Rep. Y": the state elects them
    if words and body.type == "Place" and not possessive and _national_lawmaker(words):
        yield from _member_of_chamber(context, person, words[-1], sent)
        return  # "U.S. Sen. X", "US Rep. Y": a member of the country's chamber
    if words:
        predicate = _joint_title_predicate(words, body)
        walked = [
            t for t in doc[j + 1 + possessive : j + 1 + possessive + len(words) + installed]
            if not _newly_installed(t)
        ]
        if predicate == "leaderOf" and body.name in CHAMBER_NAMES and any(
            t.is_title and t.lower_ not in _TITLE_WORDS for t in walked[:-1]
        ):
            predicate = "memberOf"  # "House Judiciary Chair X" chairs a committee of the House
        if predicate == "leaderOf" and (
            _unit_words(list(walked), body) or names_a_unit_of(list(walked), body)
        ):
            predicate = "memberOf"  # "the company's research director X", "regional leader"
        if predicate == "leaderOf" and _function_head(list(walked), body):
            predicate = "memberOf"  # "Halvard Bank Finance Director X" runs one of its functions
        if predicate == "leaderOf" and _officer_of_association(list(walked), body):
            predicate = "memberOf"  # "the board's secretary X" keeps its records
        if predicate == "leaderOf" and body.type == "Organization" and left > sent.start and (
                doc[left - 1].lower_ in _ONE_OF_SEVERAL):
            predicate = "memberOf"  # "senior Nepali Congress leader X": one of its leaders
        if predicate == "memberOf" and words[-1].lower() in _PEER_NOUNS and (
                _counterpart_of_a_leader(context, body, left)):
            predicate = "leaderOf"  # "Prime Minister X and his Japanese counterpart Y"
        if predicate == "leaderOf" and regional and body.type == "Organization":
            predicate = "memberOf"  # "Velmora Holdings chief for Asia X": one region's
    elif body.type == "Organization":
        predicate = "memberOf"  # "Free Russia Foundation's Natalia Arno"
    elif country_of(body.name) is not None and _a_leader_named(span):
        predicate = "leaderOf"  # "leaders including France's X", "the government of Y's Z"
    else:
        predicate = None
    if predicate:
        yield _relation(context, person, predicate, body, sent, 0.9 if words else 0.7)
        country = _country_of_state_body(context, body) if words else None
        if country is not None:  # "U.S. Army Secretary X" serves the United States
            yield _relation(context, person, "memberOf", country, sent, 0.8)
    if words and not possessive and left - 2 >= sent.start and doc[left - 1].lower_ == "and" and (
        doc[left - 2].lower_ in _TITLE_WORDS
    ):  # "West Bengal Chief Minister and TMC chief X": the first title is X's too
        yield from _prenominal(context, person, span, before=left - 1)


#: Titles of a country's head of state or government, written before the name.
_HEAD_OF_COUNTRY_TITLES = {"president", "premier", "chancellor", "pm"}


def _the_countrys_title(context: ArticleContext, person: Mention, span: Span) -> list[Relation]:
    """ "The country's president X", "the country's foreign minister X": the country the
    article has just named ("the country's former president X", "its vice president" and
    other titles say nothing here)."""
    doc, words = context.doc, []
    j = span.start - 1
    while j > span.sent.start and doc[j].is_alpha and doc[j].is_lower and len(words) < 3:
        words.insert(0, doc[j].lower_)
        j -= 1
    if not words or j < span.sent.start + 2 or doc[j].lower_ != "'s" or (
            doc[j - 1].lower_ != "country" or doc[j - 2].lower_ != "the"):
        return []
    if words[-1] in _HEAD_OF_COUNTRY_TITLES and len(words) == 1 or words[-2:] == [
            "prime", "minister"] and len(words) == 2:
        predicate = "leaderOf"
    elif words[-1] in _CABINET_TITLES and not {"former", "deputy", "vice"} & set(words):
        predicate = "memberOf"
    else:
        return []
    country = country_meant(context, doc[j - 1])
    if country is None or country == person:
        return []
    return [_relation(context, person, predicate, country, span.sent, 0.8)]


def _counterpart_of_a_leader(context: ArticleContext, body: Mention, left: int) -> bool:
    """Whether "his Japanese counterpart" (the demonym at ``left``) is the counterpart of a
    president or prime minister ("Prime Minister X and his Japanese counterpart Y"), and so
    leads the country, as a foreign minister's counterpart is only one of its government."""
    doc = context.doc
    if body.type != "Place" or country_of(body.name) is None or left < 1:
        return False
    pronoun = doc[left - 1]
    owner = context.antecedents.get(pronoun.i) if pronoun.lower_ in {"his", "her"} else None
    if owner is not None and owner.type != "Person":
        owner = _person_just_before(context, pronoun)
    span = context.span_of(owner) if owner is not None else None
    if span is None or span.start < 1 or not context.is_person(owner):
        return False
    title, before = doc[span.start - 1].lower_, doc[span.start - 2] if span.start > 1 else None
    if title in _HEAD_OF_COUNTRY_TITLES:
        return before is None or before.lower_ not in {"vice", "deputy", "former", "-"}
    return title == "minister" and before is not None and before.lower_ == "prime" and (
        span.start < 3 or doc[span.start - 3].lower_ not in {"deputy", "former", "vice"})


def _person_just_before(context: ArticleContext, pronoun: Token) -> Mention | None:
    """The person named last before ``pronoun`` in its clause ("US President X and his
    Chinese counterpart"), for a "his" the resolver gave to a body ("his" is a person's)."""
    k = pronoun.i - 1
    while k >= pronoun.sent.start and pronoun.doc[k].lower_ not in {";", "that", "which"}:
        named = context.name_at(pronoun.doc[k])
        if named is not None:
            return named if named.type == "Person" else None
        k -= 1
    return None


#: Titles that several people hold together without any leading the body, written in the
#: plural before their names: "the president's advisers A and B", "Norland's envoys A and B".
_SHARED_TITLES = frozenset({
    "adviser", "advisor", "aide", "envoy", "minister", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "lawmaker", "senator", "member", "official", "diplomat",
})


def _names_listed_after(context: ArticleContext, title: Token) -> list[Mention]:
    """The people named in a list right after ``title`` ("advisers A, B and C"): two or more,
    closed by "and", with nothing else in between; none otherwise."""
    doc, sent = context.doc, title.sent
    people: list[Mention] = []
    k = title.i + 1
    while k < sent.end:
        person = context.name_at(doc[k])
        span = context.span_of(person) if person is not None else None
        if person is None or span is None or span.start != k or not context.is_person(person):
            return []
        people.append(person)
        k = span.end
        if k < sent.end and doc[k].lower_ == "and" and len(people) >= 1:
            k += 1
            last = context.name_at(doc[k]) if k < sent.end else None
            last_span = context.span_of(last) if last is not None else None
            if last is None or last_span is None or last_span.start != k or not (
                context.is_person(last)
            ):
                return []
            people.append(last)
            after = doc[last_span.end] if last_span.end < sent.end else None
            if after is not None and (after.lower_ == "and" or context.name_at(after)):
                return []
            return people
        if k < sent.end and doc[k].text == ",":
            k += 1
            continue
        return []
    return []


def _plural_title_of_names(context: ArticleContext, title: Token) -> bool:
    """Whether ``title`` is a plural title shared by the people listed after it: "advisers
    A and B" (not "advisers" alone, nor "presidents A and B", who lead different bodies)."""
    return (
        title.tag_ == "NNS"
        and title.lemma_ in _SHARED_TITLES
        and title.lower_ not in _TITLE_WORDS
        and len(_names_listed_after(context, title)) >= 2
    )


def _plural_title_shared(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "Trump's advisers A and B", "Norland's ministers A, B and C": the title and body
    written before the first name are the later names' too."""
    doc = context.doc
    k = span.start - 1
    while k > span.sent.start and (doc[k].lower_ == "and" or doc[k].text == ","
                                   or context.name_at(doc[k]) is not None):
        k -= 1
    if k < span.sent.start or k + 1 >= span.start or not _plural_title_of_names(
        context, doc[k]
    ):
        return
    listed = _names_listed_after(context, doc[k])
    if person in listed and listed[0] != person:
        yield from _prenominal(context, person, span, before=k + 1)


def _acting_as_title(context: ArticleContext) -> Iterator[Relation]:
    """ "X has met many investors as head of Y", "He is also a banker, as head of Y,", "X,
    who as chair of Y has …": the office an "as" phrase gives the subject of the clause it
    qualifies, told in the present (not "served as head of Y until 2019", "will serve as")."""
    for prep in context.tokens_with({"as"}):
        verb = prep.head
        if verb.dep_ == "nsubj" and verb.pos_ == "PROPN" and verb.i < prep.i:
            verb = verb.head  # "X, as chair of Y, opened …": the parser may hang it on X
        if prep.dep_ != "prep" or prep.i in context.quoted or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(t.tag_ == "MD" or t.tag_ == "VBD" and not _set_off_after_subject(prep, verb)
               or t.dep_ == "neg"
               for t in [verb, *(c for c in verb.children if c.dep_ in {"aux", "neg"})]):
            continue  # a post held once, or to be held
        if verb.lemma_ in _POST_LEFT and verb.tag_ in {"VBN", "VBZ", "VBP"}:
            continue  # "X has left his job as head of Y": a post given up (not "is leaving")
        if any(c.dep_ in {"dobj", "dative"} and (c.pos_ == "PRON" or (
                (m := context.mention_at(c)) is not None and context.is_person(m)))
               for c in verb.children):
            continue  # "she regards him as head of Y", "named Y as chair": the object's post
        title = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if title is None or title.lower_ not in _TITLE_WORDS:
            continue
        words = [c for c in title.lefts if c.dep_ in {"amod", "compound"}]
        if {c.lower_ for c in words} & (_PAST | _STANDING):
            continue  # "as former head of Y", "as interim chair": not the post itself
        of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        body = context.mention_at(named) if named is not None else None
        if body is None or body.type not in {"Organization", "Place"}:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "X, who as chair of Y has …"
            if context.mention_at(subject) is None:
                subject = _described_by(subject)
        person = context.mention_at(subject) if subject is not None else None
        if person is None or not context.is_person(person):
            continue
        predicate = title_predicate(context, _title_words(title, words), body)
        if predicate is not None:
            yield _relation(context, person, predicate, body, verb.sent, 0.7)


def _described_by(noun: Token) -> Token | None:
    """The name a common noun describes, in apposition or as what the name is now: "X, a
    lawyer who …", "X is a lawyer who …" (not "X was a lawyer who …")."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.tag_ in {"VBZ", "VBP"}:
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


#: Possessives of "in his capacity as": the capacity is its holder's.
_CAPACITY_OWNERS = {"his", "her", "their"}
#: The nouns of the office someone acts in: "in her capacity as", "in his role as".
_CAPACITIES = frozenset({"capacity", "role"})


def _named_after_phrase(context: ArticleContext, opener: Token) -> Mention | None:
    """ "In his role as chief of Y, X cut jobs": the name right after the comma that closes
    the phrase ``opener`` begins, where the phrase opens the sentence or a clause."""
    doc = context.doc
    end = opener.right_edge.i
    if opener.i > opener.sent.start and doc[opener.i - 1].lower_ not in {",", "that"}:
        return None
    if end + 2 >= opener.sent.end or doc[end + 1].text != ",":
        return None
    return context.name_at(doc[end + 2])


#: Verbs of holding or seeking a seat as a party's candidate: "represents X on the platform
#: of Y", "is running on the Y ticket".
_TICKET_VERBS = {"represent", "run", "stand", "contest", "serve", "sit"}


def _party_ticket(context: ArticleContext) -> Iterator[Relation]:
    """ "X, who represents Kestrel North on the platform of the Liberty Party", "X is running
    on the Liberty Party ticket", "X, a lawmaker on the platform of the Y party" → a member of
    the party (now: not "was elected on the platform of Y", whom X may have left since)."""
    for word in context.tokens_with({"platform", "ticket"}):
        if word.dep_ != "pobj" or word.head.lower_ != "on" or word.pos_ != "NOUN":
            continue
        named = objects_of(word, "of") if word.lower_ == "platform" else [
            c for c in word.children if c.dep_ in {"compound", "poss"}]
        party = next((m for t in named for m in [context.mention_at(t)]
                      if m is not None and m.type == "Organization"), None)
        if party is None:
            continue
        owner = word.head.head
        if owner.pos_ in {"VERB", "AUX"}:
            if owner.lemma_ not in _TICKET_VERBS or owner.tag_ not in {"VBZ", "VBP", "VBG"}:
                continue
            for person in _subjects_named(context, owner):
                yield _stated_by(context, owner, person, "memberOf", party)
        elif owner.lower_ in TITLE_PREDICATE and owner.dep_ == "appos":
            person = context.mention_at(owner.head)
            if person is not None and context.is_person(person):
                yield _relation(context, person, "memberOf", party, word.sent, 0.8)


def _in_capacity_as(context: ArticleContext) -> Iterator[Relation]:
    """ "X in his capacity as president of Y", "X, in her capacity as Y board member,", "X,
    in his role as chairman of Y,": the office the name written right before holds while
    the news happens (not with a year in the sentence, which may date a term long over)."""
    doc = context.doc
    for capacity in context.tokens_with(_CAPACITIES):
        opener = doc[capacity.i - 2] if capacity.i >= 2 else None
        if (opener is None or opener.lower_ != "in" or capacity.i in context.quoted
                or capacity.lower_ not in _CAPACITIES
                or doc[capacity.i - 1].lower_ not in _CAPACITY_OWNERS
                or _has_a_year(capacity.sent)):
            continue
        k = opener.i - 1 - (opener.i >= 1 and doc[opener.i - 1].text == ",")
        person = context.name_at(doc[k]) if k >= capacity.sent.start else None
        if person is None or not context.is_person(person):
            person = _named_after_phrase(context, opener)
        if person is None or not context.is_person(person):
            continue
        for prep in capacity.children:
            yield from _office_after_as(context, prep, person)


def _office_after_as(context: ArticleContext, prep: Token, person: Mention
                     ) -> Iterator[Relation]:
    """The office "as president of Y" (or "as Y board member") names, held by ``person``."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return
    title = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if title is None or title.lower_ not in _TITLE_WORDS:
        return
    before = [c for c in title.lefts if c.dep_ in {"amod", "compound"}]
    if {c.lower_ for c in before} & (_PAST | _STANDING):
        return  # "in his capacity as former head of Y": not the post now
    body = next((m for o in objects_of(title, "of")
                 for m in [context.mention_at(o)] if m is not None), None)
    if body is None:  # "as Y board member", "as Y President": the body before it
        body = next((m for c in before for m in [context.mention_at(c)]
                     if m is not None and m != person), None)
        before = [c for c in before if context.mention_at(c) is None]
    if body is None or body.type not in {"Organization", "Place"}:
        return
    predicate = title_predicate(context, _title_words(title, before), body)
    if predicate is not None:
        yield _relation(context, person, predicate, body, prep.sent, 0.7)


#: Nouns of the post its holder gives up or takes up: "will give up his role as chairman".
_POSTS = frozenset({"role", "post", "position", "job"})
#: Verbs of leaving a post, with their particle: still held while the leaving is to come
#: ("will give up his role as", "is stepping down from his post as", "plans to leave").
_POST_LEFT = {"give": "up", "leave": None, "quit": None, "relinquish": None,
              "vacate": None, "step": "down", "resign": None}
#: Verbs of taking up or keeping a post, held after them: "took up his post as", "will
#: keep her role as".
_POST_KEPT = {"take": "up", "assume": None, "keep": None, "retain": None}
#: Auxiliaries that put a leaving ahead ("will give up"; not "would", a condition's).
_AHEAD_AUX = {"will", "'ll", "shall", "to"}


def _post_verb_keeps(verb: Token) -> bool:
    """Whether ``verb`` leaves its subject in the post it names while the news happens:
    "took up", "will keep", "will give up", "is stepping down from", "plans to quit" (not
    "gave up", "has left", "would quit")."""
    table = _POST_KEPT if verb.lemma_ in _POST_KEPT else _POST_LEFT
    if verb.lemma_ not in table or any(c.dep_ == "neg" for c in verb.children):
        return False
    particle = table[verb.lemma_]
    if particle and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle
                            for c in verb.children):
        return False  # "took his post as", "gave his role": no taking up or giving up
    if table is _POST_KEPT:
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _AHEAD_AUX) or verb.tag_ == "VBG" and bool(
        auxes & {"is", "are", "'s", "'re"})


def _post_given_up_or_taken(context: ArticleContext) -> Iterator[Relation]:
    """ "X will give up his role as chairman of Y", "X is stepping down from her post as
    chief executive of Y", "X took up his post as president of Y" → X holds the office now
    (not "X gave up his role as chairman of Y", nor a sentence with a year, which may date a
    term long over)."""
    for post in context.tokens_with(_POSTS):
        if post.lower_ not in _POSTS or post.i in context.quoted or not any(
                c.dep_ == "poss" and c.lower_ in _CAPACITY_OWNERS for c in post.children):
            continue
        if post.dep_ == "dobj":
            verb = post.head
        elif post.dep_ == "pobj" and post.head.lower_ == "from":
            verb = post.head.head  # "is stepping down from his post as"
        else:
            continue
        if verb.pos_ != "VERB" or not _post_verb_keeps(verb) or _has_a_year(post.sent):
            continue
        if any(c.dep_ == "amod" and c.lower_ in _PAST for c in post.children):
            continue  # "will give up his former role as"
        # "plans to leave": the subject of the verb the leaving hangs on
        holder = verb.head if verb.dep_ == "xcomp" else verb
        # "as" may hang on the verb: "will keep his role as chairman"
        preps = [c for c in post.children if c.dep_ == "prep"] + [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > post.i]
        for person in _subjects_named(context, holder):
            for prep in preps:
                yield from _office_after_as(context, prep, person)


def _set_off_after_subject(prep: Token, verb: Token) -> bool:
    """ "X, as president of Y, promised …": an "as" phrase set off by commas right after the
    clause's subject says what the subject is while the news happens, whatever the tense
    (not "served as head of Y", the post of a past term, nor a story dated by its year)."""
    doc = prep.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or prep.i < 2 or doc[prep.i - 1].text != "," or not (
            subject.i < prep.i - 1 and subject.right_edge.i >= prep.i - 2):
        return False
    after = prep.right_edge.i + 1
    return after < len(doc) and doc[after].text == "," and not _has_a_year(prep.sent)


def _has_a_year(sent: Span) -> bool:
    """Whether a sentence holds a year in figures ("in 2019"), which may date the post it
    tells of to a term long over."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in sent)


def _region_of_remit(context: ArticleContext, j: int, start: int) -> int | None:
    """The token before "for" where the place named ending at token ``j`` is a title's
    remit written before a name ("Special Envoy [for Ukraine] X"), or None."""
    doc = context.doc
    place = context.mention_at(doc[j])
    span = context.span_of(place) if place is not None else None
    if place is None or span is None or place.type != "Place" or span.end != j + 1:
        return None
    k = span.start - 1
    if k - 1 < start or doc[k].lower_ != "for" or doc[k - 1].lower_ not in _TITLE_WORDS:
        return None
    return k - 1


#: A company's functions, whose director or head is one of its officers, not its head.
_FUNCTIONS = frozenset({
    "finance", "financial", "marketing", "communications", "operations", "sales", "technology",
    "research", "strategy", "legal", "compliance", "risk", "investment", "investments",
    "product", "technical", "commercial", "creative", "editorial", "sporting", "football",
})


#: Functions of a body written after its name, whose head is one of its officers: "IOC
#: relations", "FIFA communications", "UEFA operations".
_FUNCTIONS_NAMED_AFTER = frozenset({"relations", "communications", "operations", "marketing",
                                    "finance", "media", "competitions", "development"})


def _owner_of_function(context: ArticleContext, pobj: Token, person: Mention) -> Mention | None:
    """The organisation whose function "of" names by the organisation's name before the
    function, in lower case: "director of IOC relations with national committees"."""
    if not pobj.is_lower or pobj.lower_ not in _FUNCTIONS_NAMED_AFTER:
        return None
    return next((m for c in pobj.children if c.dep_ in {"compound", "nmod"} and c.i < pobj.i
                 for m in [context.mention_at(c)]
                 if m is not None and m != person and m.type == "Organization"), None)


def _function_head(title: list[Token], body: Mention) -> bool:
    """ "Halvard Bank Finance Director X", "Orvik Research Chief Y": a title naming one function
    of a company before its head word, written capitalised (the lower-case ones are units)."""
    # the tagger may read the function into the company's name: "Barclays Finance | Director"
    words = [t.lower_ for t in title[:-1]] + body.name.lower().split()[-1:]
    return body.type == "Organization" and bool(title) and (
        title[-1].lower_ in {"director", "head", "chief", "manager"}
    ) and any(w in _FUNCTIONS for w in words)


def _officer_of_association(title: list[Token], body: Mention) -> bool:
    """ "BCCI secretary X", "the club secretary X": a secretary written in lower case is an
    officer of a board, club or association; "Treasury Secretary X" heads a department of
    state, whose name says so."""
    return (
        bool(title)
        and title[-1].text == "secretary"
        and len(title) == 1
        and body.type == "Organization"
        and not {w.lower().removesuffix("'s").removesuffix("’s") for w in body.name.split()}
        & STATE_BODY_WORDS
    )


def _country_of_state_body(context: ArticleContext, body: Mention) -> Mention | None:
    """The country a body of a state is named with ("U.S. Army", "UK Home Office"), where
    the article names that country too."""
    words = body.name.split()
    if body.type != "Organization" or len(words) < 2 or not _state_body(body):
        return None
    if words[0] in DEMONYMS:
        return None  # "Ukrainian Presidential Office": an office of the state, not its staff
    country = country_of(words[0])
    if country is None or country not in COUNTRIES:
        return None  # "European Commission" is of no country
    return next(
        (
            m
            for m in context.mentions
            if m.type == "Place" and m.end > m.start and country_of(m.name) == country
        ),
        None,
    )


#: Titles of a unit's head, no office of a state: "U.S. chief X", "Asia head X".
_UNIT_HEADS = [["chief"], ["head"], ["boss"]]


#: Nouns for the people who lead countries: "leaders including France's X".
_LEADER_NOUNS = {"leader", "president", "premier", "chancellor", "head"}
#: Nouns for what a country's leader runs: "the government of Venezuela's X".
_RULE_NOUNS = {"government", "regime", "administration"}
#: Prepositions that name members of a group: "leaders including X", "leaders such as X".
_MEMBERS_OF_GROUP = {"including", "like", "as", "among"}


def _deputies(group: Token) -> bool:
    """Whether a plural title is of deputies: "vice-presidents" (three tokens), "deputy
    leaders"."""
    doc = group.doc
    return any(doc[k].lower_ in {"vice", "deputy"} for k in range(max(0, group.i - 3), group.i))


def _a_leader_named(span: Span) -> bool:
    """Whether "<Country>'s <Name>" names its country's leader: one of a list of leaders
    ("European leaders including France's X, Britain's Y and Italy's Z") or the one whose
    government it is ("the government of Venezuela's X"); alone ("Russia's X") the name
    may be any of its officials."""
    token = span.root
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep, holder = token.head, token.head.head
    if prep.lower_ == "of":
        return holder.lemma_ in _RULE_NOUNS
    if prep.lower_ == "as" and holder.lower_ == "such":
        holder = holder.head
    if _deputies(holder):
        return False  # "six vice-presidents, including Italy's X": none leads the country
    return (
        prep.lower_ in _MEMBERS_OF_GROUP
        and holder.tag_ == "NNS"
        and holder.lemma_.lower() in _LEADER_NOUNS
    )


#: Forms of a state's name written before the country: "the Republic of X".
_STATE_FORMS = {"republic", "kingdom", "federation", "commonwealth", "principality", "state"}


def _before_state_form(doc, k: int, start: int) -> int:
    """The "of" before "the Republic of" when ``k`` is the "of" after it, else ``k``."""
    if k - 2 < start or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _STATE_FORMS:
        return k
    before = k - 2
    if before >= start and doc[before].lower_ == "the":
        before -= 1
    return before if before >= start and doc[before].lower_ == "of" else k


def _portfolio_start(doc, k: int, start: int) -> int | None:
    """Where "of Foreign Affairs" or "for Trade and Industry" starts, when the portfolio
    ends right before the "of" at ``k`` (a minister's title between it and the title)."""
    if k < start or doc[k].lower_ != "of":
        return None
    t = k - 1
    while t > start and doc[t].is_title and doc[t].lower_ in _PORTFOLIO_WORDS:
        t -= 1
    if t == k - 1 or doc[t].lower_ not in {"of", "for"}:
        return None
    return t


def _before_styles(doc, j: int, start: int) -> int:
    """The token before the styles written between a title and a name that end at ``j``
    ("Foreign Minister Sheikh X", "Minister Dr. X"), or ``j``."""
    while j > start and (
        doc[j].lower_.rstrip(".") in _COURTESY_STYLES
        or doc[j].text == "." and doc[j - 1].lower_ in _COURTESY_STYLES
        or doc[j].text in PROFESSIONAL_STYLES  # "party chairman Barrister X"
        or doc[j].text in CAPITAL_STYLES  # "Minister of Foreign Affairs HE X"
    ):
        j -= 1
    return j


def _joint_title_predicate(words: list[str], body: Mention) -> str | None:
    """The predicate of titles joined by "and": "Prime Minister and Foreign Minister" leads
    (the first title that leads, not the last that is a member)."""
    predicate = predicate_for(words, body)
    lower = [w.lower() for w in words]
    if predicate == "leaderOf" or "and" not in lower:
        return predicate
    parts: list[list[str]] = []
    part: list[str] = []
    for word in words:
        if word.lower() == "and":
            parts.append(part)
            part = []
        else:
            part.append(word)
    parts.append(part)
    if any(part and predicate_for(part, body) == "leaderOf" for part in parts):
        return "leaderOf"
    return predicate


def _union_named(context: ArticleContext, continent: Mention) -> Mention | None:
    """The union of a continent's demonym ("European" → "European Union") the article
    names, the one with "Union" if it names several ("European Commission" too)."""
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.name.split()[0] == continent.text
    }
    unions = [m for n, m in named.items() if n.endswith("Union")]
    if len(unions) == 1:
        return unions[0]
    return next(iter(named.values())) if len(named) == 1 else None


#: Titles of who runs a whole organisation's staff, never one of its councils.
_SECRETARIES_GENERAL = {"secretary-general", "director-general", "secretarygeneral"}
#: Bodies of members inside a larger organisation: "the UN Security Council".
_COUNCIL_WORDS = {"council", "assembly", "committee", "board", "commission"}
#: Units a larger organisation sends out, which a secretary-general does not head but the
#: organisation's: "the UN Interim Security Force", "the UN Assistance Mission".
_FIELD_UNITS = {"force", "mission", "office", "operation"}


def _whole_of_council(
    context: ArticleContext, body: Mention, units: set[str] = _COUNCIL_WORDS
) -> Mention | None:
    """The organisation a council (or another of ``units``) is part of, named on its own in
    the article ("UN" of "United Nations Security Council" or "Security Council of the
    United Nations"); ``body`` itself when it is no such unit, None when its whole is not
    named."""
    words = body.name.split()
    lower = [w.lower() for w in words]
    if not units & set(lower):
        return body
    if "of" in lower:  # "Security Council of the United Nations"
        after = words[lower.index("of") + 1 :]
        wholes = {" ".join(after[1:] if after[:1] == ["the"] else after)}
    else:  # "United Nations Security Council": the words before it
        wholes = {" ".join(words[:n]) for n in range(1, len(words))}
    wholes |= {"".join(w[0] for w in whole.split()) for whole in wholes if " " in whole}
    return next(
        (
            m
            for m in context.mentions
            if m.type == "Organization" and m.end > m.start and m.name in wholes
        ),
        None,
    )


_STANDING = {"interim", "acting"}


#: Words of an envoy's rank inside the title: "High Commissioner", "Deputy Ambassador".
_ENVOY_RANKS = {"high", "deputy", "special", "acting", "chief", "senior"}


#: Nouns a story calls the body it is about by: "the group's leader in Gaza".
_GROUP_NOUNS = {"group", "movement", "organisation", "organization", "party", "militia"}


def _group_meant(context: ArticleContext, token: Token) -> Mention | None:
    """The one organisation "the group" stands for: the only one named before it in its
    sentence, else the only one named in the sentence before."""
    doc, sent = context.doc, token.sent
    earlier = [doc[sent.start - 1].sent] if sent.start > 0 else []
    for where in ([doc[sent.start : token.i]], earlier):
        named = {m.name: m for part in where for t in part
                 for m in [context.name_at(t)] if m is not None and m.type == "Organization"}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
    return None


def _title_in_place(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "Hamas leader in Gaza X", "the group's leader in Gaza, X", "Ostria's coordinator in
    Chad X": a body's title held in a place, written before the name. The body is named, or
    "the group's" stands for the one named before; the place is where, not whose."""
    doc, sent = context.doc, span.sent
    j = span.start - 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    place = context.name_at(doc[j]) if j >= sent.start else None
    where = context.span_of(place) if place is not None and place.type == "Place" else None
    if where is None or where.start - 2 < sent.start or doc[where.start - 1].lower_ != "in":
        return
    j = where.start - 2
    words: list[str] = []
    while j >= sent.start and (doc[j].lower_ in _TITLE_WORDS or words and doc[j].text == "-"):
        words.insert(0, doc[j].text)
        j -= 1
    while words and j >= sent.start and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        j -= 1  # "the UN humanitarian coordinator in Yemen X": what the office is for
    if not words or j < sent.start:
        return
    owner = doc[j]
    if owner.text in POSSESSIVE_MARKS and j > sent.start:
        owner = doc[j - 1]
    body = context.mention_at(owner)
    if body is None and owner.lower_ in _GROUP_NOUNS and any(
            c.lower_ == "the" for c in owner.children):
        body = _group_meant(context, owner)  # "A Hamas delegation, led by the group's leader"
    if body is None or body.type != "Organization" or body == person:
        return
    predicate = title_predicate(context, words, body)
    if predicate:
        yield _relation(context, person, predicate, body, sent, 0.8)


def _peer_from(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "his counterparts A from Chile and B from Kenya": each peer of the one named first is
    of the country written after their name. Only after a peer noun ("counterpart",
    "colleague") with nothing but names, commas and "and" between ("delegates A from Chile"
    may say where A flew in from)."""
    doc, sent = context.doc, span.sent
    if span.end + 1 >= sent.end or doc[span.end].lower_ != "from":
        return
    country = context.mention_at(doc[span.end + 1])
    if country is None or country.type != "Place" or country_of(country.name) != country.name:
        return
    k = span.start - 1
    while k >= sent.start:
        word = doc[k]
        if word.lemma_ in _PEER_NOUNS:
            yield _relation(context, person, "memberOf", country, sent, 0.8)
            return
        if word.lower_ not in {",", "and", "from"} and context.mention_at(word) is None:
            return
        k -= 1


def _envoy_to(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "US ambassador to the United Nations X": the envoy is of the country before the
    title, not of the body after "to"."""
    doc = context.doc
    sent = span.sent
    before = span.start - 1
    if before > sent.start and doc[before].text == "," and (
            span.end < sent.end and doc[span.end].text in {",", "."}):
        before -= 1  # "the Chinese Ambassador to Kenya, Zhou Ping,": the name set off
    host = context.name_at(doc[before]) if before >= sent.start else None
    host_span = context.span_of(host) if host is not None else None
    if host_span is None:
        return
    k = host_span.start - 1
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    if k < sent.start + 1 or doc[k].lower_ != "to":
        return
    words: list[str] = []
    j = k - 1
    while j >= sent.start and (doc[j].lower_ in _TITLE_WORDS | _ENVOY_RANKS
                               or doc[j].lower_ == "and"):
        words.insert(0, doc[j].text)
        j -= 1
    if not words or j < sent.start or words[-1].lower() in _ENVOY_RANKS:
        return
    if {t.lower_ for t in doc[max(sent.start, j - 2) : j + 1]} & _PAST:
        return  # "former Japanese ambassador to the UN X"
    possessive = doc[j].text in POSSESSIVE_MARKS
    body = _body_at(context, doc[j - 1] if possessive else doc[j], person)
    if body is None or body.type not in {"Place", "Organization"}:
        return
    predicate = title_predicate(context, words, body)
    if predicate:
        yield _relation(context, person, predicate, body, sent, 0.85)


def _next_to(span: Span, node: Token) -> bool:
    """Whether the apposition ``node`` is written right beside the name, across a comma.

    "A and B, the national security adviser," gives the title to B only, whatever
    the parser attached it to.
    """
    doc = span.doc
    if node.i > span.end:
        left = node.left_edge.i
        first = _hyphen_head(node)
        if first is not None:  # "X, its vice-president,": the phrase opens at "its"
            left = min(left, first.left_edge.i)
        end = span.end
        if end < len(doc) and doc[end].text == "(":  # "Sen. X (D-Va.), a member of …"
            end = next((t.i + 1 for t in doc[end : min(end + 8, len(doc))] if t.text == ")"),
                       end)
        end = _past_party_tag(doc, _past_age(doc, _past_home_place(span, end)))
        return left - 1 == end and doc[end].text in {",", "(", "—", "–"}
    start = _styled_start(doc, span.start)
    while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in _TITLE_WORDS:
        start = _styled_start(doc, start - 1)  # "the AU's chair, President X"
        start = _past_portfolio(doc, start)  # "his counterpart, Energy Minister X"
    return start > 0 and doc[start - 1].text in {",", "(", "—", "–"}


def _past_portfolio(doc, start: int) -> int:
    """Where the capitalised portfolio before a title at ``start`` begins ("[Energy]
    Minister", "[Foreign Affairs] Minister"), or ``start`` itself."""
    tokens = doc_tokens(doc)
    while start > 0 and tokens[start - 1].is_title and tokens[start - 1].lower_ in (
            _PORTFOLIO_WORDS - {"and"}):
        start -= 1
    return start


#: A legislator's styles written before the name set off after another title: "Member of
#: the Loyalty Bloc, MP Ali Amran".
_LEGISLATORS_STYLES = {"mp", "mep", "sen", "rep", "hon"}


def _styled_start(doc, start: int) -> int:
    """Where the styles written before the name at ``start`` begin: "Uganda's health
    minister, Dr. Sarah Nabukenya", "the President of Chad, His Excellency X"."""
    tokens = doc_tokens(doc)
    while start > 0 and (
        tokens[start - 1].text in CAPITAL_STYLES  # "the Secretary of State, HE X"
        or tokens[start - 1].lower_.rstrip(".") in _HONORIFIC_WORDS
        # "Member of the Loyalty Bloc, MP X": set off after a comma (not "Labour MP X")
        or tokens[start - 1].lower_.rstrip(".") in _LEGISLATORS_STYLES and start > 1
        and tokens[start - 2].text == ","
        or tokens[start - 1].text == "." and start > 1
        and tokens[start - 2].lower_ in _HONORIFIC_WORDS
        or opens_a_style(doc, tokens[start - 1])
        or rank_before_name(tokens[start - 1])  # "the command's spokesperson, DSP X"
    ):
        start -= 1
    return start


def _past_home_place(span: Span, end: int) -> int:
    """The token after "of Ohio" or "from Kent" written right after a name ("Sen. X of
    Ohio, the chairman of Y,"), or ``end`` itself."""
    doc = span.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in {"of", "from"}:
        return end
    place = [t for t in doc[end + 1 : min(end + 5, len(doc))] if t.ent_type_ == "GPE"]
    k = end + 1
    while k < len(doc) and doc[k] in place:
        k += 1
    return k if k > end + 1 and k < len(doc) and doc[k].text == "," else end


def _beside_other_name(context: ArticleContext, node: Token, person: Mention) -> bool:
    """Whether the apposition ``node`` is written right after the other person it is
    parsed on: "A, secretary of X, and the chief of Y, B" (but in "A and B, the
    president of X" the parser's A is not beside the title: B is)."""
    if node.dep_ != "appos":
        return False
    owner = context.name_at(node.head)
    if owner is None or owner == person or not context.is_person(owner):
        return False
    found = context.span_of(owner)
    return found is not None and _next_to(found, node)


def _listed_in_title_line(node: Token, span: Span) -> bool:
    """Whether a title after a name sits in the article's title line with no comma closing
    it: a headline's comma stands for "and" ("Okafor meets Lind, Norwegian premier;
    discusses trade", "Kessler, EU trade chief discuss tariffs")."""
    doc = span.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    line = text[: line_end if line_end >= 0 else len(text)].rstrip()
    if span.start_char >= len(line) or not line or line[-1] in ".!?\"”" or line.startswith(
        "By "
    ):
        return False  # prose, or a byline: "By Ana Pell, Europe editor of The Harbour Times"
    end = next((t for t in doc[node.i : span.sent.end] if t.text in {",", ";", "."}), None)
    return end is None or end.text != "," or end.idx >= len(line)


def _names_the_next(context: ArticleContext, node: Token, person: Mention, span: Span) -> bool:
    """Whether a title written after a name that has its own title before it is followed by
    a comma and another person's name: a list of "title, name" items, where the title
    goes with the name after it ("talks with Foreign Minister A, the President of the
    Council, B, and the head of the group, C")."""
    doc = span.doc
    start = _styled_start(doc, span.start)
    if start == 0 or not (doc[start - 1].is_title and doc[start - 1].lower_ in _TITLE_WORDS):
        return False
    # the title phrase ends at the next comma (the parser may hang the next name on it)
    end = next((t.i for t in doc[node.i : span.sent.end] if t.text in {",", ";", "."}), None)
    # "Foreign Secretary A, Indian High Commissioner to Bangladesh B and …": a name right
    # after the title, before any comma, holds it
    if any((m := context.mention_at(t)) is not None and m != person and context.is_person(m)
           for t in doc[node.i + 1 : end if end is not None else span.sent.end]):
        return True
    if end is None or end + 1 >= span.sent.end or doc[end].text != ",":
        return False
    following = context.mention_at(doc[end + 1])
    return following is not None and following != person and context.is_person(following)


def _past_age(doc, end: int) -> int:
    """The comma after an age written between a name and its apposition ("X, 54, the
    managing director of Y"), or ``end`` itself."""
    if (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].like_num
        and doc[end + 2].text == ","
    ):
        return end + 2
    return end


def _party_state(token: Token) -> bool:
    """Whether ``token`` is the state of a party-state tag: "Ore." of "D-Ore."."""
    doc, first = token.doc, token.left_edge.i
    return first + 1 < token.i and doc[first].text in PARTIES and doc[first + 1].text in _HYPHENS


def _past_party_tag(doc, end: int) -> int:
    """The comma after a party-state tag written between a name and its apposition ("Sen.
    X, D-Ore., chairman of Y"), or ``end`` itself."""
    if not (end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text in PARTIES
            and doc[end + 2].text in _HYPHENS):
        return end
    # the state: "Ore.", "N.C.", "New York" (a word or two, then the closing comma)
    return next((k for k in range(end + 4, min(end + 6, len(doc)))
                 if doc[k].text == "," and all(t.is_title or t.is_upper or t.text == "."
                                               for t in doc[end + 3 : k])), end)


#: Verbs that say what someone is taken to be: "X, regarded as Y's closest ally".
_REGARDED = {"regard", "see", "consider", "describe", "view"}


def _body_of_joined_title(
    context: ArticleContext, node: Token, nodes: list[Token], person: Mention
) -> tuple[Mention, bool] | None:
    """The body of the title joined after ``node`` when it names one for both: "X, the Prime
    Minister and Foreign Minister of Qatar" (prime minister of Qatar too); not when the
    joined title opens a phrase of its own ("the mayor and a member of the board of Y")."""
    if node.dep_ == "conj" or any(c.dep_ == "prep" for c in node.children):
        return None
    for joined in node.children:
        if (
            joined.dep_ == "conj" and joined in nodes and joined.lower_ in _TITLE_WORDS
            and not any(c.dep_ in {"det", "poss"} for c in joined.children)
        ):
            return _title_body(context, joined, person)
    return None


def _title_nodes(root: Token) -> list[Token]:
    """Nouns in apposition to a name, or its copular complement, and their conjuncts."""
    nodes = [c for c in root.children if c.dep_ == "appos"]
    # "and Wang Bo, state councillor and foreign minister of X": the parser may make the
    # title after the name's comma a conjunct of the name
    nodes += [
        c for c in root.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.is_lower and c.lower_ in _TITLE_WORDS
        and c.left_edge.i >= 1 and root.doc[c.left_edge.i - 1].text == ","
        and root.doc[c.left_edge.i - 2].i == root.i
    ]
    nodes += _double_title_beside(root)
    nodes += _hyphenated_title_beside(root)
    if root.dep_ == "conj":  # "A and B, the adviser": the parser may hang it on A
        nodes += [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos":
        head = root.head
        # "the adviser to the French President, Emmanuel Bonne": the name is the adviser's
        while (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.head.pos_ in {"NOUN", "PROPN"}  # "the Personal Envoy for X, Y"
            and head.head.head.lower_ in _TITLE_WORDS
        ):
            head = head.head.head
        nodes.append(head)
    subject = root.head if root.dep_ == "appos" and root.head.dep_ == "nsubj" else root
    # "X is a member of Y", "Y, whose president, X, is an IOC member" (not "X was a member")
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and subject.head.tag_ != "VBD":
        attrs = [c for c in subject.head.children if c.dep_ == "attr"]
        # "X is Europe editor of Y": the parser may make the title an apposition of its
        # first word
        nodes += attrs + [
            c for a in attrs if a.pos_ == "PROPN"
            for c in a.children if c.dep_ == "appos" and c.lower_ in _TITLE_WORDS
        ]
    if root.dep_ == "attr" and root.head.lemma_ == "be" and root.head.tag_ != "VBD":
        nodes += [c for c in root.head.children if c.dep_ == "nsubj" and c != root]
    # "X, who is a member of Y" and "X, who ran Z and is a member of Y": present tense only
    # the clause may hang on the name's apposition: "X, the finance minister, who has been …"
    owners = [root, *(c for c in root.children if c.dep_ == "appos")]
    for clause in (c for o in owners for c in o.children if c.dep_ == "relcl"):
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        for verb in [clause, *clause.conjuncts]:
            if verb.lemma_ == "be" and _present(verb) and not any(
                c.dep_ == "neg" for c in verb.children
            ):
                nodes += [c for c in verb.children if c.dep_ == "attr"]
    # "X, long regarded as Y's closest ally,", "X, seen as the party's leader in waiting"
    nodes += [
        o
        for c in root.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _REGARDED
        and not any(a.dep_ == "advmod" and a.lower_ in _EARLIER for a in c.children)
        for o in objects_of(c, "as")
    ]
    out = []
    for n in nodes:
        for t in [n, *n.conjuncts]:
            if t not in out and (t.pos_ in {"NOUN", "PROPN"} or _hyphen_head(t) is not None):
                out.append(t)
    return out


def _present(verb: Token) -> bool:
    """Whether a form of "be" holds now: "is", "are", or "has been" (held until now)."""
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    )


def _title_parsed_over_name(span: Span) -> Token | None:
    """ "Wi Sung-ho, national security adviser to …": the parser may make the name a
    modifier of the title after its comma; the title is then the name's apposition."""
    doc = span.doc
    head = span.root.head
    if span.root.dep_ not in {"nmod", "compound"} or head.i <= span.end:
        return None
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    if head.lower_ not in _TITLE_WORDS or head.pos_ != "NOUN":
        return None
    # only the title's own lower-case words between the comma and the title
    between = doc[span.end + 1 : head.i]
    if not all(t.is_lower and t.head.i == head.i or t.head in between for t in between):
        return None
    return head


def _title_words(node: Token, modifiers: list[Token]) -> list[str]:
    """The words of the title ``node`` heads: its modifiers before it and the title, whole
    if hyphenated ("first vice-president", "the agency's secretary-general")."""
    first = _hyphen_head(node)
    tail = _hyphen_tail(node)
    if first is None and tail is not None:  # "as secretary-general": "general" hangs after
        return [c.text for c in modifiers if c.i < node.i] + [f"{node.text}-{tail.text}"]
    if first is None:
        return [c.text for c in modifiers if c.i < node.i] + [node.text]
    return [c.text for c in modifiers if c.i < first.i] + [f"{first.text}-{node.text}"]


def _double_title_beside(root: Token) -> list[Token]:
    """ "X, Russian Ambassador and Permanent Representative to the UN,": two capitalised
    titles joined after the name's comma, which the parser may make conjuncts of the name.
    Both are the name's; a lone capitalised word there may be another name's style ("A,
    President B and C"), so only a title joined to a second title counts."""
    doc = root.doc
    found = []
    for c in root.children:
        if (c.dep_ != "conj" or not c.is_title or c.lower_ not in _TITLE_WORDS
                or c.left_edge.i < 2 or doc[c.left_edge.i - 1].text != ","
                or doc[c.left_edge.i - 2].i != root.i):
            continue
        second = [t for t in c.children
                  if t.dep_ == "conj" and t.is_title and t.lower_ in _TITLE_WORDS]
        if second and all(t.is_title or t.dep_ in {"cc", "amod", "compound"}
                          for t in doc[c.left_edge.i:second[0].i + 1]):
            found += [c, *second]
    return found


def _hyphenated_title_beside(root: Token) -> list[Token]:
    """ "X, Hezbollah's secretary-general, said": the parser may read the title's last part
    as an adjective of the name; set off by the name's comma, it is the title."""
    doc = root.doc
    return [
        c for c in root.children
        if c.dep_ == "amod" and c.i > root.i and (first := _hyphen_head(c)) is not None
        and first.left_edge.i >= 1 and doc[first.left_edge.i - 1].text == ","
        and doc[first.left_edge.i - 2].i == root.i
    ]


def _hyphen_tail(token: Token) -> Token | None:
    """The last part of a hyphenated title the parser hangs on its first part as a modifier
    after it: "general" of "secretary - general" in "as secretary-general of Y"."""
    return next((c for c in token.rights if c.dep_ == "amod" and c.i == token.i + 2
                 and c.nbor(-1).text == "-" and not c.nbor(-1).whitespace_
                 and not token.whitespace_), None)


def _hyphen_head(token: Token) -> Token | None:
    """The first part of a hyphenated title the parser split: "secretary" of "secretary -
    general", whose last part it may read as an adjective."""
    doc = token.doc
    i = token.i
    if (
        i >= 2
        and doc[i - 1].text in _HYPHENS
        and doc[i - 2].lower_ in _TITLE_WORDS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return doc[i - 2]
    return None


def _title_before_comma(span: Span) -> Token | None:
    """ "Russia's deputy representative to the UN, Oleg Sviridenko, said": the parser may
    hang the name anywhere; the title is the outermost title noun of the phrase before
    the comma."""
    doc = span.doc
    start = _styled_start(doc, span.start)  # "the President of Chad, His Excellency X"
    while start > 2 and doc[start - 1].is_title and doc[start - 1].lower_ in _TITLE_WORDS:
        start -= 1  # "report to the AU's chairperson, President X of Congo"
    if start < 2 or doc[start - 1].text != ",":
        return None
    token, title = doc[start - 2], None
    for _ in range(6):
        if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in _TITLE_WORDS or (
                token.lower_ in _TITLE_WORDS and _hyphen_head(token) is not None):
            title = token  # "the Special Envoy for Yemen, X": a capitalised title too;
            # "its secretary-general, X", whose "general" the parser may read as an adjective
        if token.dep_ not in {"pobj", "prep", "compound", "amod", "poss"} or token.head is token:
            break
        token = token.head
    if title is None or title.i >= span.start:
        return None
    # the title phrase opens the sentence or clause ("After talks with the Russian
    # president, X left" names no title of X)
    left = title.left_edge.i
    opens = left == span.sent.start or doc[left - 1].text in {"“", '"', "—", "–", ";", ":"}
    if not opens and (span.root.dep_ in {"nsubj", "nsubjpass"} or _owns_next(span)):
        return None  # "In a letter to the head of the IAEA, X's spokesman said"
    return title


def _hung_on_no_title(span: Span) -> bool:
    """Whether the parser hangs a name set off by commas on a noun for a deed before the
    title phrase ("questioned the union's handling of its secretary-general, X,": on
    "handling"), which no name can stand beside (unlike "the son of its founder, X,")."""
    head = span.root.head
    return (span.root.dep_ == "appos" and head.pos_ == "NOUN"
            and head.lower_.endswith(_DEED_ENDINGS) and head.lower_ not in _PEOPLE_ENDING_SO
            and span.start >= 2 and span.doc[span.start - 1].text == ","
            and head.i < span.start - 2)


#: Endings of nouns for deeds: "handling", "suspension", "appointment" (no one's name).
_DEED_ENDINGS = ("ing", "ion", "ment")
#: Nouns for people with those endings.
_PEOPLE_ENDING_SO = {"champion", "companion", "sibling", "underling", "offspring", "darling"}


def _owns_next(span: Span) -> bool:
    """Whether the name is the owner of the noun after it ("X's spokesman"): the subject
    of a new clause, not a name in apposition."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in POSSESSIVE_MARKS


def _appositive(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "Name, title of Body" / "title of Body, Name" / "Name is title of Body"."""
    nodes = _title_nodes(span.root)
    # the parser hangs a styled name on its style: "…, His Excellency X," is the style's
    styled = (
        span.root.dep_ == "appos"
        and _styled_start(span.doc, span.start) <= span.root.head.i < span.start
    )
    before = _title_before_comma(span) if (
        span.root.dep_ != "appos" or styled or _hung_on_no_title(span)) else None
    if before is not None and before not in nodes:
        nodes.append(before)
    over = _title_parsed_over_name(span)
    if over is not None and over not in nodes:
        nodes.append(over)
    # "talks with X, the Y Authority president": the parser may hang the apposition on
    # the noun the name's preposition belongs to; written right after the name, it is its
    if span.root.dep_ == "pobj" and span.root.head.dep_ == "prep":
        nodes += [
            c
            for c in span.root.head.head.children
            if c.dep_ == "appos" and c.i > span.end and c not in nodes and _next_to(span, c)
        ]
    # "Sen. X, D-Ore., chairman of Y": the parser may hang the apposition on the state of
    # the party-state tag written between the name and the title
    nodes += [
        c
        for tag in span.root.children
        if tag.dep_ == "appos" and _party_state(tag)
        for c in tag.children
        if c.dep_ == "appos" and c not in nodes
    ]
    # "Wi Sung-ho, …": the parser may split a name and hang the apposition on its last part
    nodes += [
        c
        for t in span
        if t != span.root
        for c in t.children
        if c.dep_ == "appos" and c.i >= span.end and c not in nodes
    ]
    for node in nodes:
        if context.name_at(node) is not None or node.lower_ not in _TITLE_WORDS | set(
            EXTRA_TITLES
        ):
            continue
        if _beside_other_name(context, node, person):
            continue  # "A, secretary of X, and the chief of Y, B": the secretary is A
        if node.i > span.end and _names_the_next(context, node, person, span):
            continue  # "Foreign Minister A, the President of X, B, and …": the president is B
        if not _title_in_its_turn(context, node, span):
            continue  # "A and B, the prime minister and deputy chairman of X": B's is the second
        if node.i > span.end and _listed_in_title_line(node, span):
            continue  # "Lavrov, EU foreign policy chief discuss talks": two people
        beside = node if node.dep_ == "appos" else span.root.head
        # "X is Europe editor of Y": an apposition of the copula's complement
        copular = node.head.dep_ == "attr" and node.head.head == span.root.head
        if (node.dep_ == "appos" or span.root.dep_ == "appos") and not (
            copular or _next_to(span, beside)
        ):
            continue
        if node.i > span.end and any(
            (m := context.mention_at(t)) is not None and m != person and context.is_person(m)
            for t in doc_tokens(context.doc)[span.end : node.left_edge.i]
        ):
            continue  # "A; B; C's deputy, D": the title belongs to a later name
        if any(
            c.dep_ == "appos" and (m := context.name_at(c)) is not None and m != person
            and context.is_person(m)
            for c in node.children
        ):
            continue  # "the mayor, A, and the party's chair, B": the chair is B
        if node.i < span.start and any(
            (m := context.mention_at(t)) is not None and m != person and context.is_person(m)
            and m.type != "Place"  # "The governor of Santa Rosa, X": a place, however voted
            for t in context.doc[node.i + 1 : _styled_start(context.doc, span.start)]
        ):
            continue  # "its leader, A, and the Front's chair, B": the title is A's
        modifiers = [c for c in node.children if c.dep_ in {"amod", "compound", "nmod"}]
        if (first := _hyphen_head(node)) is not None:  # "deputy secretary-general": the
            modifiers += [  # parser hangs "deputy" on the title's first part
                c for c in first.children if c.dep_ in {"amod", "compound", "nmod"}
            ]
        if any(c.lower_ in _NOT_HELD_NOW for c in modifiers) or _held_before(node):
            continue  # "the former director", "to be the next director": not held now
        if any(g.dep_ == "amod" and g.lower_ in _PAST for c in modifiers for g in c.children):
            continue  # "a former Liberty Party chieftain": the parser may hang "former" on
            # the body's name
        if _former_with_the_first_title(node):
            continue  # "a former finance minister and central bank chief": both were held
        words = _title_words(node, modifiers)
        staff = [
            c
            for c in node.children
            if c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.lower_ == "staff" and not _named_staff(context, g) for g in c.children)
        ]
        if staff:
            words.append("of staff")
            words = [" ".join(words[-3:])]
        elif node.lower_ == "secretary" and _portfolio_of(node):
            words = ["secretary of state"]  # "Secretary of Foreign Affairs" is a minister
        found = _title_body(context, node, person)
        if found is None and node.dep_ == "conj" and node.head in nodes and not any(
                c.dep_ in {"det", "poss", "prep"} for c in node.children):
            # "X, president and CEO of Y," where the parser hangs "of Y" on "president":
            # the chief executive is of Y too, not of the company the story is about (but
            # "A, the secretary of Y, and the chief of Z, B" are two people's titles)
            found = _title_body(context, node.head, person)
        if found is None:
            found = _body_of_joined_title(context, node, nodes, person)
        if found is None:
            # "X, the chair of the board,": the board of the company the story is about;
            # "X, a company spokeswoman,": the company
            company = (
                home_company(context)
                if _of_the_board(node)
                # (not "whose chair, X" nor "its chair, X": the owner written is another)
                else _company_led(context) if (
                    _heads_an_organisation(words) or _staff_of_the_story(node, words)
                ) and not any(c.dep_ == "poss" for c in node.children)
                else organisation_described(context, words)
            )
            if company is None and not any(c.dep_ == "poss" for c in node.children):
                # "X, the competition commissioner,": of the commission
                company = commission_of_commissioner(context, words, span.start_char)
            found = (company, True) if company is not None else None
        if found is None:
            # "X, the presiding judge,": of the court named before
            institution = (
                institution_of_title(context, words, span.start_char)
                if any(c.lower_ == "the" for c in node.children)  # not "a judge": any judge
                else None
            )
            if institution is not None:
                yield _relation(context, person, *institution, span.sent, 0.8)
            continue
        body, direct = found
        predicate = title_predicate(context, [" ".join(words)] if staff else words, body)
        if predicate is None or _desk_in_byline(node, body):
            continue
        if predicate == "leaderOf" and (
            _unit_words(modifiers, body) or names_a_unit_of(modifiers, body)
            or _heads_a_unit(context, node)
        ):
            predicate = "memberOf"  # "Kessel Bank's head of research"
        if not direct and predicate == "leaderOf" or predicate == "leaderOf" and any(
            p.lower_ == "in" and any(o.lower_ in CHAMBER_WORDS for o in p.children)
            for p in node.children
        ):
            predicate = "memberOf"  # "head of research at X", "the NPU's leader in the house"
        if predicate == "leaderOf" and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in node.children
        ):
            predicate = "memberOf"  # "X, a director of Y": one of its directors
        if predicate == "leaderOf" and (_remit(node) or _in_a_region(context, node, body)
                                        or _region_before(context, modifiers, body)):
            predicate = "memberOf"  # "X, Y's managing director for Europe", "X, the
            # alliance's supreme commander in Europe": a post for one region of the body
        owner = next((c for c in node.children if c.dep_ == "poss"), None)
        if predicate == "memberOf" and node.lower_ in _PEER_NOUNS and owner is not None and (
                _counterpart_of_a_leader(context, body, owner.i + 1)):
            predicate = "leaderOf"  # "President X met his Russian counterpart, Y,"
        yield _relation(context, person, predicate, body, span.sent, 0.85)
        # the parser may hang "at X" on the name: right after the title phrase, it is the title's
        after = [c for c in span.root.children if c.i == node.right_edge.i + 1]
        phrase = [t for t in node.subtree if node.i > span.start or t.i < span.start]
        host = _host_at(context, [*phrase, *after], body)
        if host is not None and host != person:
            # "director-general of the Asian Bureau at Japan's Foreign Ministry"
            yield _relation(context, person, "memberOf", host, span.sent, 0.8)


def _desk_in_byline(node: Token, body: Mention) -> bool:
    """Whether ``node`` is a desk title in a byline ("By X, UN Correspondent"): the body
    is the beat the reporter covers, not an employer, unless it is a news outlet."""
    sent = node.sent
    return (
        sent[0].lower_ == "by"
        and node.lower_ in PROFESSIONS
        and not OUTLET_WORDS & {w.lower() for w in body.name.split()}
    )


#: Words that set a title apart from a past one joined to it: "a former senator and now
#: chairman of Y".
_HELD_NOW = {"now", "current", "currently", "present", "incumbent"}


def _joined_chain(token: Token) -> list[Token]:
    """``token`` and the words joined to it by "and" after it, in order."""
    chain = [token]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
    return chain


def _title_in_its_turn(context: ArticleContext, node: Token, span: Span) -> bool:
    """Whether the joined title ``node`` of an apposition may be ``span``'s: names joined
    by "and" and titles joined after them pair up in turn ("A and B, the president and
    vice-president of X": A the president, B the vice-president); with the counts unequal
    no title is sure to be any one name's."""
    top = node
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    if top.dep_ != "appos":
        return True
    titles = _joined_chain(top)
    anchor = top.head  # the parser may hang the apposition on the last name or the first
    while anchor.dep_ == "conj" and anchor.head is not anchor:
        anchor = anchor.head
    names = [t for t in _joined_chain(anchor) if context.name_at(t) is not None]
    if len(titles) < 2 or len(names) < 2 or node not in titles:
        return True
    if top.left_edge.i != names[-1].i + 2 or top.doc[names[-1].i + 1].text != ",":
        return True  # the titles set off right after the last name only
    if span.root not in names or not all(
            context.is_person(m) for t in names if (m := context.name_at(t)) is not None):
        return True
    return len(names) == len(titles) and names.index(span.root) == titles.index(node)


def _former_with_the_first_title(node: Token) -> bool:
    """Whether ``node`` is the second of two joined titles whose first is past and which
    has no article or owner of its own ("a former finance minister and central bank
    chief"): the "former" covers both ("a former banker and the current head of Y", "a
    former Secretary of Commerce and founder of Y" do not)."""
    if node.dep_ != "conj" or node.head.lower_ not in _TITLE_WORDS | set(EXTRA_TITLES):
        return False
    if any(c.dep_ in {"det", "poss"} or c.lower_ in _STANDING | _HELD_NOW
           for c in node.children):
        return False  # "… and now chairman of Y", "… and acting head of Y": held now
    if any(c.dep_ == "prep" and c.i < node.i for c in node.head.children):
        return False  # "a former Secretary of Commerce and founder of Y": the first title
        # is whole before the "and", the "former" its own
    return any(c.dep_ == "amod" and c.lower_ in _PAST for c in node.head.children)


#: Adverbs that place a title written beside a name in the past: "X, then head of Y,".
_EARLIER = {"then", "previously", "formerly", "once", "earlier"}


def _held_before(node: Token) -> bool:
    """Whether the apposition ``node`` heads names an office held before: "X, then head
    of Y,", "X, previously chief executive of Y,", "X, chair of Y until 2022,", "X, the
    country's foreign minister at the time,"."""
    doc = node.doc
    left = node.left_edge.i
    if left > 0 and doc[left - 1].lower_ in _EARLIER:
        return True  # the parser may hang the adverb on the name
    for t in node.subtree:
        if t.dep_ == "advmod" and t.lower_ in _EARLIER and (t.head == node or t.i < node.i):
            return True
        if t.dep_ == "prep" and t.lower_ in {"until", "till"}:
            return True
        if t.dep_ == "prep" and t.lower_ == "at" and any(
            o.dep_ == "pobj" and o.lower_ == "time" for o in t.children
        ):
            return True
    return False


def _heads_an_organisation(words: list[str]) -> bool:
    """ "X, Chairman and Chief Executive, said": a title only the head of an organisation
    has, with no body written: the organisation the story is about."""
    return "".join(w.lower() for w in words if w.lower() not in NEWLY_TITLED) in (
        ORGANISATION_HEAD_TITLES)


def _staff_of_the_story(node: Token, words: list[str]) -> bool:
    """ "the coach, X,", "X, the sporting director,": a company's or club's title with "the"
    and no body written, of the organisation the story is about (not "X, a coach,": any
    coach)."""
    return company_title(words) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in node.children)


def _company_led(context: ArticleContext) -> Mention | None:
    """The organisation the story is about, if it is also the first the story names (a
    story about one company may name another more often)."""
    home = home_company(context)
    first = min(
        (m for m in context.mentions if m.type == "Organization" and m.end > m.start),
        key=lambda m: m.start,
        default=None,
    )
    if home is None or first is None or first.name.split()[0] != home.name.split()[0]:
        return None
    return home


def _one_of_titles(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "X, one of the party's vice-presidents," → a member of the party (one of its
    spokespeople speaks for it); so too as the second of two descriptions."""
    apposed = [c for c in span.root.children if c.dep_ == "appos" and _next_to(span, c)]
    apposed += _one_said_to_be(span)
    # "X, first deputy speaker and one of the party's leaders,": one of two descriptions
    for one in [t for c in apposed for t in (c, *c.conjuncts)]:
        if one.lower_ != "one":
            continue
        titles = [
            o
            for p in one.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            and (o.tag_ == "NNS" or o.lower_ != o.lemma_ or o.lower_.endswith("people"))
            and (o.lemma_ in _TITLE_WORDS or o.lower_ in TITLE_PREDICATE)
        ]
        for title in titles:
            found = _title_body(context, title, person)
            modifiers = [c for c in title.children if c.dep_ in {"amod", "compound", "nmod"}]
            if found is None or _PAST & {m.lower_ for m in modifiers}:
                continue
            predicate = title_predicate(context, [title.lemma_], found[0]) or title_predicate(
                context, [title.lower_], found[0]
            )
            if predicate in {"leaderOf", "memberOf"}:
                predicate = "memberOf"  # one of several heads leads no body alone
            elif predicate != "spokespersonOf":
                continue
            yield _relation(context, person, predicate, found[0], span.sent, 0.8)


def _one_said_to_be(span: Span) -> list[Token]:
    """ "X is one of the group's commanders", "X remains one of the party's leaders": the
    "one" the name's clause says it is now (not "X was one of", a past of the name's)."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_ not in {"be", "remain"} or not _present(verb):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "X is not one of the party's leaders"
    return [c for c in verb.children if c.dep_ == "attr" and c.lower_ == "one"]


def _party_member_apposition(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "X, the top Democrat in the House," / "X, the ranking Republican on the Finance
    Committee," / "one Republican, Sen. X," → a member of the party (where the article
    names it) and of the body."""
    nodes = [c for c in span.root.children if c.dep_ == "appos"]
    if span.root.dep_ == "appos":
        nodes.append(span.root.head)  # "At least one Republican, Sen. X, said"
    # "Sen. X, D-N.M., the top Democrat on Y,": the parser may hang the apposition on the
    # tag's state
    nodes += [c for tag in nodes if _party_state(tag) for c in tag.children if c.dep_ == "appos"]
    for node in nodes:
        party_name = PARTY_ALIASES.get(node.text)
        beside = node if node.i > span.root.i else span.root
        if party_name is None or not _next_to(span, beside) or _another_party_s(node):
            continue
        if any(c.lower_ in _PAST for c in node.children):
            continue
        party = context.mention_at(node) or next(
            (m for m in context.mentions if m.name == party_name and m.end > m.start), None
        )
        if party is not None and party.type == "Organization":
            yield _relation(context, person, "memberOf", party, span.sent, 0.8)
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "on"}:
                continue
            for pobj in prep.children:
                body = context.mention_at(pobj) if pobj.dep_ == "pobj" else None
                if body is not None and body.type == "Organization" and body != party:
                    yield _relation(context, person, "memberOf", body, span.sent, 0.8)


def _another_party_s(member: Token) -> bool:
    """Whether a party's member noun is of another party its modifier names: "a Christian
    Democrat", "the Social Democrat", "a Liberal Democrat" (but "the Ohio Democrat", "the
    top Democrat" are the party's)."""
    doc = member.doc
    k = member.i
    while k > member.sent.start and doc[k - 1].is_title and doc[k - 1].dep_ in {
            "amod", "compound"} and doc[k - 1].head.i in range(k, member.i + 1) and not (
            doc[k - 1].is_sent_start and doc[k - 1].lower_ in _GROUP_COUNTS):
        k -= 1  # (not "Several" of "Several Republicans", capitalised as the first word)
    words = [t.text for t in doc[k : member.i]]
    while words and words[0] in DEMONYMS:
        words = words[1:]  # "the German Social Democrat": the nationality, then the party
    modifier = " ".join(words)
    return bool(modifier) and modifier not in US_STATES and modifier not in PLACE_NAMES and (
        not is_town(modifier))


#: Party names written as adjectives of a title: "the Republican chairman", "Democratic
#: Leader X".
_PARTY_ADJECTIVES = {**PARTY_ALIASES, "Democratic": "Democratic Party"}
#: Titles a party adjective makes a leader of the party's group: "House Democratic Leader X".
_PARTY_LEADERS = {"leader"}


def _party_titles(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "House Democratic Leader X", "X, the Republican chairman of Y,": the party word of a
    title names the holder's party (a party leader leads it)."""
    doc = context.doc
    sent = span.sent
    titles: list[Token] = []
    j = _styled_start(doc, span.start) - 1
    while j >= sent.start and doc[j].lower_ in _TITLE_WORDS:
        titles.insert(0, doc[j])
        j -= 1
    party_word = doc[j] if titles and j >= sent.start else None
    if party_word is None and j >= sent.start and doc[j].text in PARTY_MEMBER_NOUNS and not (
            j > sent.start and doc[j - 1].lower_ in _PAST):
        party_word = doc[j]  # "Democrat Jane Kessler", "Republican Dave Morrow": the party's
        # member noun before the name ("former Democrat X" left it)
    if party_word is None:
        # the apposition: "X, the Republican chairman of the committee,"
        for node in (c for c in span.root.children if c.dep_ == "appos"):
            if node.lower_ in _TITLE_WORDS and _next_to(span, node):
                titles = [node]
                party_word = next(
                    (c for c in node.children if c.dep_ in {"amod", "compound"}
                     and _party_named(context, c) is not None), None)
                break
    if (party_word is None or party_word.text == ",") and (
            title := _title_before_apposed_name(span)) is not None:
        # "The Republican chairman of the committee, Senator X,"
        titles = [title]
        party_word = next((c for c in title.children if c.dep_ in {"amod", "compound"}
                           and c.i < title.i and _party_named(context, c) is not None), None)
    if party_word is None:
        return
    party = _party_named(context, party_word)
    past = any(t.lower_ in _PAST for t in doc[max(sent.start, party_word.i - 2) : party_word.i])
    if party is None and party_word.text in PARTY_MEMBER_NOUNS and not titles and (
            context.mention_at(party_word) is None) and not _another_party_s(party_word):
        party = _party_of_member_noun(context, party_word)  # "Republican Dave Morrow"
        # names the party where the article does not
    if party is None and _party_styled_legislator(context, party_word, titles) and not past:
        party = _party_of_member_noun(context, party_word)  # "Democratic Sen. X" names the
        # party where the article does not (as "Sen. X (D-Va.)" does)
    if party is None and _chamber_party_officer(context, party_word, titles) and not past:
        # "House Democratic Leader X" is of the party, and leads its members in the House
        party = _party_of_member_noun(context, party_word)
        yield _relation(context, person, "memberOf", party, sent, 0.75)
        return
    if party is None:
        return
    yield _relation(context, person, "memberOf", party, sent, 0.75)
    if titles and titles[-1].lower_ in _PARTY_LEADERS and not past:
        yield _relation(context, person, "leaderOf", party, sent, 0.75)


def _under_secretary_apposed(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "X, under secretary of the Treasury (for …),", "X, the Treasury's under secretary for
    …,": the parser reads "under" as a preposition, so no apposition carries the title; the
    holder is one of the department's officials."""
    doc = context.doc
    end = span.end
    if end + 3 >= len(doc) or doc[end].text != ",":
        return
    phrase = []
    for t in doc[end + 1 : min(end + 14, span.sent.end)]:
        if t.text in {",", ";", "(", ")"} or t.pos_ in {"VERB", "AUX"}:
            break
        phrase.append(t)
    under = next((i for i, t in enumerate(phrase[:-1]) if t.lower_ == "under"
                  and phrase[i + 1].lower_ == "secretary"), None)
    if under is None or any(t.lower_ in _NOT_HELD_NOW for t in phrase):
        return
    owned = under >= 2 and phrase[under - 1].text in POSSESSIVE_MARKS  # "the Treasury's"
    before = phrase[under - 2] if owned else None
    of = under + 3 < len(phrase) and phrase[under + 2].lower_ == "of"  # "of the Treasury"
    after = phrase[under + 3] if of else None
    if after is not None and after.lower_ == "the" and under + 4 < len(phrase):
        after = phrase[under + 4]
    for token in (before, after):
        body = context.mention_at(token) if token is not None else None
        if body is not None and body.type == "Organization" and body != person:
            yield _relation(context, person, "memberOf", body, span.sent, 0.85)
            return


def _party_title_shared(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "A and B, the Democratic leaders,": a plural title with a party's word, written after
    names joined by "and" (the parser hangs it on the first), makes each the party's member
    (of a party's "leaders" each leads a part, so no one of them leads the party)."""
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    names = [first, *first.conjuncts]
    if len(names) < 2 or span.root not in names:
        return
    last = context.mention_at(max(names, key=lambda t: t.i))
    last_span = context.span_of(last) if last is not None else None
    if last_span is None:
        return
    for node in first.children:
        if node.dep_ != "appos" or node.tag_ != "NNS" or node.lemma_ not in _TITLE_WORDS or (
                not _next_to(last_span, node)):
            continue
        for word in node.children:
            party = _party_named(context, word) if word.dep_ in {"amod", "compound"} else None
            if party is not None:
                yield _relation(context, person, "memberOf", party, span.sent, 0.75)
                return


#: Capitalised titles of elected legislators and governors that a party's adjective styles:
#: "Democratic Sen. X", "Republican Rep. Y", "GOP Gov. Z" (the party's member, elected).
_PARTY_STYLED_TITLES = frozenset({
    "sen", "senator", "rep", "representative", "gov", "governor", "congressman",
    "congresswoman", "assemblyman", "assemblywoman"})


def _title_before_apposed_name(span: Span) -> Token | None:
    """The title a name is set beside after a comma: "The Republican chairman of the
    committee, Senator X," (the title's phrase ends at the comma before the name)."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= root.i or head.lower_ not in _TITLE_WORDS:
        return None
    doc = span.doc
    first = _styled_start(doc, span.start)
    while first > head.i + 1 and doc[first - 1].is_title and doc[first - 1].lower_ in (
            _TITLE_WORDS):
        first -= 1  # "…, Senator X"
    return head if first > 0 and doc[first - 1].text == "," else None


def _party_styled_legislator(context: ArticleContext, word: Token, titles: list[Token]) -> bool:
    """Whether ``word`` is a US party's adjective styling an elected member's capitalised
    title: "Democratic Sen. X", "Kentucky Republican Rep. Y" (not "Republican congressman
    X", a description, nor "Social Democratic Sen. X", another party's)."""
    return len(titles) == 1 and titles[0].is_title and (
        titles[0].lower_.rstrip(".") in _PARTY_STYLED_TITLES) and (
        word.text in _PARTY_ADJECTIVES) and context.mention_at(word) is None and (
        not _another_party_s(word))


def _chamber_party_officer(context: ArticleContext, word: Token, titles: list[Token]) -> bool:
    """Whether ``word`` is a US party's adjective in a chamber's floor office: "House
    Democratic Leader X", "Senate Republican Whip Y" (the party is the holder's)."""
    doc = word.doc
    return len(titles) == 1 and titles[0].is_title and titles[0].lower_ in _FLOOR_TITLES and (
        word.text in _PARTY_ADJECTIVES) and context.mention_at(word) is None and (
        word.i > word.sent.start and doc[word.i - 1].text in {"House", "Senate"})


def _party_of_member_noun(context: ArticleContext, word: Token) -> Mention:
    """The party a member noun before a name stands for ("Democrat" of "Democrat John
    Fenn"), added to the article."""
    mention = Mention(context.article.id, word.idx, word.idx + len(word.text), word.text,
                      "Organization", name=_PARTY_ADJECTIVES[word.text],
                      votes=(("Organization", 4.0),))
    context.mentions.append(mention)
    context.index()
    return mention


def _party_members_described(context: ArticleContext) -> Iterator[Relation]:
    """ "The New York Democrat said", "the veteran Republican met Y": the person the
    description stands for (see :mod:`kg.extract.coref`) is of the party the article names."""
    for token in context.tokens_with({w.lower() for w in PARTY_MEMBER_NOUNS}):
        person = context.antecedents.get(token.i)
        if token.text not in PARTY_MEMBER_NOUNS or person is None or _another_party_s(token):
            continue
        party = next((m for m in context.mentions if m.name == PARTY_ALIASES[token.text]
                      and m.type == "Organization" and m.end > m.start), None)
        if party is not None:
            yield _relation(context, person, "memberOf", party, token.sent, 0.7)


def _party_named(context: ArticleContext, word: Token) -> Mention | None:
    """The party the article names that ``word`` ("Republican", "Democratic") stands for,
    unless the word is part of another name ("Democratic Alliance"); or, for a word not
    named itself, the one party the article names after it: "Labour" of "Labour MP X" is
    the Labour Party, "Green" of "Green MEP X" the Greens."""
    if _another_party_s(word):
        return None  # "Christian Democrat X": another party's member
    own = context.mention_at(word)
    if word.text not in _PARTY_ADJECTIVES:
        if own is not None or not word.is_title or not word.is_alpha:
            return None
        names = {f"{word.text} Party", f"{word.text}s"}
        found = {m.name: m for m in context.mentions
                 if m.type == "Organization" and m.end > m.start and m.name in names}
        return next(iter(found.values())) if len(found) == 1 else None
    name = _PARTY_ADJECTIVES[word.text]
    if own is not None and own.name != name:
        return None
    return own or next(
        (m for m in context.mentions
         if m.name == name and m.type == "Organization" and m.end > m.start),
        None,
    )


def _of_the_board(node: Token) -> bool:
    """ "chair of the board" with no company named after it."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ == "board" and not list(o.children)[1:]
                for o in p.children)
        for p in node.children
    )


def _inside_a_name(context: ArticleContext, token: Token) -> bool:
    """Whether ``token`` is a word of a name that starts before it ("Electronics" of
    "Union Electronics")."""
    named = context.name_at(token)
    span = context.span_of(named) if named is not None else None
    return span is not None and span.start < token.i


def _unit_words(modifiers: list[Token], body: Mention) -> bool:
    """Common nouns before a leader's title name a unit: "health emergencies director"; not
    the words of the body's own name ("the central bank governor" of "Central Bank of X")."""
    named = {w.lower() for w in body.name.split()}
    return any(
        t.pos_ == "NOUN"
        and t.text.islower()
        and t.lower_ not in _TITLE_WORDS | _GOVERNING_BODIES | named
        and t.lower_ not in _SPANS_OF_TIME  # "long-time ruler": how long, no unit
        # "Myanmar's junta chief": the ruling junta's head leads the country
        and not (t.lower_ == "junta" and body.type == "Place")
        # "the union's Commission chairperson": the head of its commission, a member of it
        or t.is_title and t.lower_ in _MEMBERS_BODIES and t.lower_ not in named
        for t in modifiers
    )


#: Bodies inside an organisation, written capitalised before a title: "its Commission
#: chairperson", "the bloc's Parliament president".
_MEMBERS_BODIES = {"commission", "committee", "council", "secretariat", "assembly", "parliament"}


#: Nouns of a time span that end a hyphened modifier of a title: "long-time", "long-term".
_SPANS_OF_TIME = {"time", "term", "serving", "standing"}


def _heads_a_unit(context: ArticleContext, node: Token) -> bool:
    """ "head of research", "director of the climate programme": a title of a part of the
    body, not of the body ("head of state" and "chief of staff" are not parts)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and o.is_lower
            and o.lower_ not in _GOVERNING_BODIES | {"state", "government", "staff"}
            and (entity_of(context, o) is None or o.lower_ in _PART_NOUNS)
            and owner_described(context, o) is None  # "chairman of the club" named before
            # "leader of the opposition Unity Front (UF) party": the name modifies the noun
            and not any(context.name_at(c) is not None for c in o.children if c.i < o.i)
            for o in p.children
        )
        for p in node.children
    )


def _organisation_of(context: ArticleContext, node: Token, person: Mention) -> Mention | None:
    """The organisation named after a title by "of": "commander of the MSS"."""
    return next(
        (
            m
            for p in node.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            for m in [entity_of(context, o)]
            if m is not None and m != person and m.type == "Organization"
        ),
        None,
    )


def _owned_unit_after_of(context: ArticleContext, node: Token, person: Mention) -> bool:
    """Whether "of" after a title names an organisation's unit by its owner's name: "head of
    FIFA's finance committee" (so a demonym before the title is its holder's nationality)."""
    return any(
        (m := context.mention_at(c)) is not None and m != person and m.type == "Organization"
        for o in objects_of(node, "of")
        for c in o.children
        if c.dep_ == "poss"
    )


def _organisation_after(context: ArticleContext, node: Token, person: Mention) -> Mention | None:
    """The organisation named after a title by "of" or "at": "director at Human Rights
    Watch"."""
    return _organisation_of(context, node, person) or next(
        (m for o in objects_of(node, "at") for m in [entity_of(context, o)]
         if m is not None and m != person and m.type == "Organization"),
        None,
    )


#: Titles of a company's or an institute's officers, who may hold them for a region or a
#: field: "managing director for Europe", "vice president for studies".
_OFFICER_TITLES = {"director", "president", "head", "chief", "manager", "officer"}


def _remit(node: Token) -> bool:
    """ "senior director for foreign policy at X", "Y's managing director for Europe": an
    officer's title with a remit ("for …") is a post in the organisation, not the head of it
    nor of the region."""
    officer = node.lower_ in _OFFICER_TITLES or node.lower_ == "general" and any(
        c.dep_ == "compound" and c.lower_ in _OFFICER_TITLES for c in node.children
    )  # "director general for West Asia at X", the parser heading the title with "general"
    return officer and any(p.dep_ == "prep" and p.lower_ == "for" for p in node.children)


def _in_a_region(context: ArticleContext, node: Token, body: Mention) -> bool:
    """ "X, Nato's supreme commander in Europe", "Y, the bank's chief executive for Asia": a
    leader's title limited to a place heads the body there, not the body (a place's own
    leader is not limited by it: "the governor of Ondara in the north")."""
    return body.type == "Organization" and any(
        p.dep_ == "prep" and p.lower_ in {"in", "for"}
        and any((m := context.mention_at(o)) is not None and m.type == "Place"
                for o in p.children if o.dep_ == "pobj")
        for p in node.children
    )


def _region_before(context: ArticleContext, modifiers: list[Token], body: Mention) -> bool:
    """ "Amnesty International's Africa director", "the bank's Europe head": an officer's
    title after a region or country heads the organisation there only (a place's own
    officers are not limited by it)."""
    return body.type == "Organization" and any(
        (m := context.mention_at(t)) is not None and m.type == "Place" and m != body
        for t in modifiers
    )


def _portfolio_of(node: Token) -> bool:
    """ "Secretary of Foreign Affairs", "Secretary of Homeland Security": a portfolio (a
    minister's), not a body named for one ("secretary of the Security Council" heads it)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.lower_ not in ORG_HEADS
            and (
                o.lower_ in PORTFOLIOS | {"affairs"}
                or any(c.lower_ in PORTFOLIOS for c in o.children)
            )
            for o in p.children
        )
        for p in node.children
    )


def _title_body(
    context: ArticleContext, node: Token, person: Mention
) -> tuple[Mention, bool] | None:
    """The body a title noun names: possessive, compound, or "of/at X" (direct or via a unit)."""
    if node.lower_ in {"mep", "meps"}:
        # "a German Green MEP": a member of the European Parliament, whatever the words
        # before say of the holder's country or party
        parliament = _chamber(context, _CHAMBER_TITLES["mep"])
        return (parliament, True) if parliament is not None else None
    if node.lower_ in _PEER_NOUNS:
        # "X, his counterpart from Poland": one of Poland's people ("his" is the other's)
        country = next(
            (m for o in objects_of(node, "from") for m in [entity_of(context, o)]
             if m is not None and country_of(m.name)),
            None,
        )
        if country is not None:
            return country, True
    first = _hyphen_head(node)
    # "the Commission's vice-president": the parser may hang the possessive on "vice"
    children = [*node.children, *(first.children if first is not None else [])]
    for child in children:
        # "Norway's foreign ministry spokesperson": the ministry, not its country
        named = context.mention_at(child) if child.dep_ == "compound" and child.i < node.i else None
        if named is not None and named.type == "Organization" and named != person:
            if node.lower_ in POSTED_TITLES and _sender_before(context, named, node.sent):
                continue  # "Russia's UN ambassador": posted to the UN, one of Russia's
            return named, True
    for child in children:
        if child.dep_ == "poss" and child.lower_ in {"his", "her", "their"} and any(
            c.dep_ in {"compound", "amod", "nmod"} and c.i < node.i and c.is_title
            and c.lower_ not in PORTFOLIOS  # "his Interior Minister" is his government's
            for c in children
        ):
            break  # "his Japanese counterpart": the demonym names the body, not "his"
        if child.dep_ == "poss":
            # "the company's spokeswoman": the company the story is about, if it has one;
            # "the committee's president": the one committee the article names
            described = (
                organisation_described(context, [child.lower_])
                if child.lower_ in ORG_HEADS and context.name_at(child) is None
                else None
            )
            body = (
                (described if child.lower_ == "company" else None)
                or _body_at(context, child, person)
                or context.antecedents.get(child.i)
                or described
                # "X, the country's finance minister,", "X, the presidency's spokesman,"
                or (
                    country_meant(context, child)
                    if child.lower_ in COUNTRY_NOUNS | _SEATS_OF_STATE
                    else None
                )
                # "X, the club's chairman,", "X, the city's mayor,"
                or owner_described(context, child)
                # "the Secretary-General's envoy, X": the one person titled so
                or (person_titled(context, child) if child.lower_ in _TITLE_WORDS else None)
            )
            if body is not None and child.lower_ in {"his", "her"} and body.type != "Person":
                return None  # "his partner": a person's (not a body the tagger half took
                # for one: "The Foreign, Commonwealth and Development Office … designated X
                # and his partner, Y")
            if body is not None and context.is_person(body) and node.lower_ in _CABINET_TITLES:
                # "Putin and his defence minister, X": the minister of the country he leads
                body = _country_led_by(context, body) or body
            if body is not None:
                return body, True
    for child in children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < node.i:
            if node.lower_ in PROFESSIONS and child.text in DEMONYMS:
                continue  # "a Senegalese lawyer": a nationality, no place of the article
            if child.text in DEMONYMS and (_organisation_of(context, node, person) is not None
                                           or _owned_unit_after_of(context, node, person)):
                continue  # "the Kenyan commander of the mission": its head, a Kenyan
            if child.text in _PARTY_ADJECTIVES and any(
                p.dep_ == "prep" and p.lower_ in {"of", "on"} for p in node.children
            ):
                continue  # "the Republican chairman of the committee" chairs the committee
            body = _body_at(context, child, person)
            if body is not None and body.type == "Place" and node.lower_ in PROFESSIONS:
                continue  # "the Europe editor of X", "a Moscow correspondent": a beat
            if body is not None and body.type == "Place" and node.lower_ in _OFFICER_TITLES and (
                    _organisation_after(context, node, person) is not None):
                continue  # "Asia director at Human Rights Watch": a region of the body's
            if body is not None:
                return body, True
    # "head of research at X": the title is of a unit, so the holder is a member of X (but
    # "governor of Kano state" governs it)
    unit = any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and o.lower_ not in _GOVERNING_BODIES | REGION_WORDS
            and (entity_of(context, o) is None or o.lower_ in _PART_NOUNS)
            for o in p.children
        )
        for p in node.children
    )
    from_body = _member_from(context, node, person)
    if from_body is not None:
        return from_body, True
    remit = _remit(node)
    unit = unit or remit
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            # "a judge on the High Court", "a senator on the Foreign Relations Committee"
            # (not "an adviser on Russia": only a body with seats has its people "on" it)
            seated = [b for o in prep.children if o.dep_ == "pobj"
                      for b in [entity_of(context, o)] if b is not None and b != person
                      and b.type == "Organization" and _SEATED_BODIES & set(b.name.lower().split())]
            if seated:
                return seated[0], False
        if prep.dep_ != "prep" or prep.lower_ not in _BODY_PREPS:
            continue
        if remit and prep.lower_ == "for":
            # "managing director for Europe at X": a post of X for a region or a topic;
            # "chief of plant safety for X", "vice president of sales for X": a post of X
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                body = next((entity_of(context, d) for c in pobj.children if c.lower_ == "at"
                             for d in c.children if d.dep_ == "pobj"), None)
                if body is None and _heads_a_unit(context, node):
                    body = entity_of(context, pobj)
                if body is not None and body != person and body.type == "Organization":
                    return body, False
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lower_ == "staff" and not _named_staff(context, pobj):
                boss = _whose_staff(context, pobj, person)
                if boss is not None:
                    return boss, True
                continue
            if pobj.dep_ != "pobj":
                continue
            body = entity_of(context, pobj)
            if body is not None and body.type == "Person":
                body = _acronym_after(context, body) or body
            described = (
                owner_described(context, pobj)
                if body is None and any(c.lower_ == "the" for c in pobj.children)
                else None
            )
            if described is not None and described != person:
                return described, True  # "chairman of the club", "mayor of the city"
            if (body is None or body == person) and pobj.lower_ in _TITLE_WORDS:
                # "On the Russian side, …, X, aide to the President": Russia's president
                side = side_of(pobj.sent)
                body = _titled_with(context, pobj, side) if side is not None else None
            if (body is None or body == person) and pobj.lower_ in _TITLE_WORDS:
                # "spokesman for the UN secretary-general": the office holder's body
                body = next(
                    (
                        m
                        for c in pobj.children
                        if c.dep_ in {"compound", "poss"} and c.i < pobj.i
                        for m in [context.name_at(c)]
                        if m is not None and m.type in {"Organization", "Place"}
                    ),
                    None,
                )
            if body is None and prep.lower_ == "of" and (
                    owner := _owner_of_function(context, pobj, person)) is not None:
                return owner, False  # "director of IOC relations", "head of FIFA communications"
            if body is None and pobj.lower_ in ORG_HEADS and pobj.text.islower():
                # "a member of the opposition Civic Union (CU) party": the name modifies "party"
                body = next(
                    (
                        m
                        for c in pobj.children
                        if c.dep_ in {"compound", "nmod"} and c.i < pobj.i
                        for m in [context.mention_at(c)]
                        if m is not None and m.type == "Organization"
                    ),
                    None,
                )
                if body is not None and body != person:
                    return body, True  # the party itself, not a unit of it
            if body is not None and _sent_to(node, prep, body):
                continue  # "the ambassador to Kenya" serves whoever sent them
            if body is not None and body != person and body.type != "Plan":
                return body, not unit
            for inner in pobj.children:  # "head of the Commission's trade department"
                if inner.dep_ == "poss" and pobj.lower_ not in _GOVERNING_BODIES:
                    # "a member of the party's executive committee": "the party" resolved too,
                    # and "the club" the sentence before was about
                    body = context.mention_at(inner) or owner_described(context, inner)
                    if body is not None and body != person and body.type != "Plan":
                        return body, False
            # "head of research at ClearView", "chief of waste disposal for the Agency"
            for inner in pobj.children:
                if inner.dep_ == "prep" and inner.lower_ in {"at", "of", "in", "for"}:
                    for deeper in inner.children:
                        body = entity_of(context, deeper) if deeper.dep_ == "pobj" else None
                        if body is not None and inner.lower_ in {"in", "for"} and (
                            body.type == "Place"
                        ):  # "head of the UN mission in Libya": where it works; "head of
                            # programmes for Africa": what it serves
                            continue
                        if body is not None and body != person and body.type != "Plan":
                            return body, pobj.lower_ in _GOVERNING_BODIES
    return None


#: The offices that speak for a country: "the presidency's spokesman", "the government's".
_SEATS_OF_STATE = {"presidency", "government"}
#: Titles of a government's ministers, whose leader may be named as theirs: "his interior
#: minister".
_CABINET_TITLES = {"minister", "secretary"}


def _country_led_by(context: ArticleContext, leader: Mention) -> Mention | None:
    """The country the article names ``leader`` the leader of, by a title before the name
    ("Syria's President X"), or nothing; of a bare surname, by the title of the one
    person named in full with it before ("President Ana Roble … Roble's interior minister")."""
    leader = _named_in_full_before(context, leader)
    span = context.span_of(leader)
    if span is None:
        return None
    return next(
        (r.object for r in _prenominal(context, leader, span)
         if r.predicate == "leaderOf" and r.object.type == "Place"
         and country_of(r.object.name) == r.object.name),
        None,
    )


def _named_in_full_before(context: ArticleContext, person: Mention) -> Mention:
    """The one person the article named in full before the bare surname ``person`` (two
    named so leave the surname as it is)."""
    if " " in person.name:
        return person
    earlier = [
        m for m in context.mentions
        if m.end <= person.start and context.is_person(m) and " " in m.name
        and m.name.split()[-1] == person.name
    ]
    return earlier[0] if len({m.name for m in earlier}) == 1 else person


def _titled_with(context: ArticleContext, title: Token, demonym: str) -> Mention | None:
    """The one person the article names with the title ``title`` and ``demonym`` before
    it ("Russian President X" for "the President" on the Russian side)."""
    doc = context.doc
    named = {
        person.name: person
        for t in context.tokens_with({title.lower_})
        if t.lower_ == title.lower_ and t.i > 0 and t.i + 1 < len(doc) and t.i != title.i
        and doc[t.i - 1].text == demonym
        for person in [context.name_at(doc[t.i + 1])]
        if person is not None and context.is_person(person)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _member_from(context: ArticleContext, node: Token, person: Mention) -> Mention | None:
    """ "an MP from the opposition X party", "an analyst from X Bank": the organisation a
    title's holder comes from (not a place: "a lawmaker from Ohio" represents it)."""
    for pobj in objects_of(node, "from"):
        body = entity_of(context, pobj)
        if body is None and pobj.lower_ in ORG_HEADS:  # "the opposition X party"
            body = next(
                (
                    m
                    for c in pobj.children
                    if c.dep_ in {"compound", "nmod"} and c.i < pobj.i
                    for m in [context.mention_at(c)]
                    if m is not None
                ),
                None,
            )
        if body is not None and body != person and body.type == "Organization":
            return body
    return None


def _legislator_from_party(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "X, a Maltese MEP from the centre-right Y Party,": a member of the party too (the
    title itself gives the European Parliament)."""
    for node in _title_nodes(span.root):
        if node.lower_ != "mep" or node.dep_ != "appos" or not _next_to(span, node):
            continue
        body = _member_from(context, node, person)
        if body is not None and not _NOT_HELD_NOW & {c.lower_ for c in node.children}:
            yield _relation(context, person, "memberOf", body, span.sent, 0.8)


#: Nouns for one member of a party, written right before the member's name.
_MEMBER_NOUNS_BEFORE_NAMES = frozenset({"Green", "Socialist", "Liberal", "Conservative",
                                        "Communist", "Democrat", "Republican"})


def _party_noun_before_name(
    context: ArticleContext, person: Mention, span: Span
) -> Iterator[Relation]:
    """ "German Green X", "the veteran Democrat X": a member of the party the article
    names for the noun ("the Greens", "the Democratic Party"); not a noun opening the
    sentence, which may be part of the name."""
    doc = context.doc
    k = span.start - 1
    if k <= span.sent.start or doc[k].text not in _MEMBER_NOUNS_BEFORE_NAMES:
        return
    before = doc[k - 1]
    if not (before.text in DEMONYMS or before.is_lower and before.is_alpha
            or before.text in _HYPHENS):
        return
    party = _party_named(context, doc[k])
    if party is not None and party != person:
        yield _relation(context, person, "memberOf", party, span.sent, 0.75)


#: Nouns for who holds the same office elsewhere: "X, his counterpart from Poland".
_PEER_NOUNS = {"counterpart", "colleague", "opposite"}
#: Parts of a state posted abroad: "Russia's UN mission spokesman" speaks for Russia.
_POSTED_UNITS = {"mission", "embassy", "consulate", "delegation"}


#: Titles whose country written right before them is where their holder is sent when a
#: sender is written before it: "UN Syria envoy X", "Trump's Ukraine envoy X".
_PLACE_ENVOYS = {"envoy", "emissary"}


def _sender_of_posting(context: ArticleContext, place: Mention, sent: Span) -> Mention | None:
    """Who sends an envoy whose posting is the place written right before the title, when
    a sender is written before the place: the body or country ("UN Syria envoy X", "US
    Ukraine envoy X") or the possessive's owner ("Trump's Ukraine envoy X"); None when
    nothing is ("Ukraine envoy X" may be Ukraine's own)."""
    found = context.span_of(place)
    if found is None or place.type != "Place" or context.doc[found.start].text in DEMONYMS:
        return None  # "NATO Turkish envoy X": a nationality is the sender's, no posting
    doc = context.doc
    k = found.start - 1
    if k > sent.start and doc[k].text in POSSESSIVE_MARKS:
        owner = context.mention_at(doc[k - 1])
        return owner if owner is not None and owner != place else None
    sender = context.mention_at(doc[k]) if k >= sent.start else None
    if sender is not None and sender != place and sender.type in {"Place", "Organization"}:
        return sender
    return None


def _sender_before(context: ArticleContext, posted_to: Mention, sent: Span) -> Mention | None:
    """The country written before the body an envoy is posted to: "Russia's" or "Russian"
    of "Russia's UN ambassador", "the Russian UN envoy"."""
    found = context.span_of(posted_to)
    if found is None or posted_to.type != "Organization":
        return None
    doc = context.doc
    k = found.start - 1
    if k > sent.start and doc[k].text in POSSESSIVE_MARKS:
        owner = context.mention_at(doc[k - 1])
        return owner if owner is not None and owner.type == "Place" else None
    if k >= sent.start and doc[k].text in DEMONYMS:
        return demonym_mention(context, doc[k])
    return None


def _sent_to(node: Token, prep: Token, body: Mention) -> bool:
    """Whether ``body`` is where a title's holder is sent or based, not the body they serve:
    "the ambassador to Kenya", "the envoy in Nairobi", "the special envoy for Sudan", "an
    analyst in London" (but "an adviser to the president" serves the president, and "a
    senior official in Kenya" is one of its state)."""
    if body.type == "Person":
        return False
    posted = node.lower_ in POSTED_TITLES
    if prep.lower_ == "to":
        return posted
    if prep.lower_ == "for":
        return posted and body.type == "Place"
    if prep.lower_ == "in":
        return body.type == "Place" and (posted or country_of(body.name) is None)
    return False




def _named_staff(context: ArticleContext, staff: Token) -> bool:
    """Whether "staff" ends the name of an army's command ("head of the General Staff"),
    a body of its own, not someone's office ("chief of staff to X")."""
    body = context.mention_at(staff)
    span = context.span_of(body) if body is not None and body.type == "Organization" else None
    # "Staff" the last of two or more words of the name (not "the Staff of the Army")
    return span is not None and span.start < staff.i == span.end - 1 and not staff.is_lower


def _whose_staff(context: ArticleContext, staff: Token, person: Mention) -> Mention | None:
    """ "the chief of staff of Prime Minister X", "chief of staff to X": the person whose
    staff it is (the parser may hang "to X" on the name before)."""
    doc = staff.doc
    after = doc[staff.i + 1 : staff.i + 2]
    for prep in [*staff.children, *after]:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "to"}:
            continue
        for pobj in prep.children:
            boss = context.mention_at(pobj) if pobj.dep_ == "pobj" else None
            if boss is not None and boss != person and context.is_person(boss):
                return boss
    return None


def _acronym_after(context: ArticleContext, name: Mention) -> Mention | None:
    """ "the Alianza Popular del Sur (APS)": the organisation's acronym in brackets, where
    the tagger took the name itself for a person's."""
    doc = context.doc
    found = context.span_of(name)
    if found is None or found.end + 2 >= len(doc):
        return None
    if doc[found.end].text != "(" or doc[found.end + 2].text != ")":
        return None
    acronym = context.name_at(doc[found.end + 1])
    return acronym if acronym is not None and acronym.type == "Organization" else None


_GOVERNMENT_WORDS = {"department", "ministry", "treasury", "office"}


def _department_named(
    context: ArticleContext, word: str, stated: Mention | None = None,
    before: set[str] = frozenset(),
) -> Mention | None:
    """ "Treasury Secretary X": the Treasury or its department named in the article (of
    the country ``stated`` by the sentence, if it states one; not of another country than
    the one the sentence ``before`` is about)."""
    if word.lower() not in PORTFOLIOS:
        return None
    found: list[tuple[Mention, str | None, bool]] = []
    for m in context.mentions:
        words = m.name.lower().split()
        if not (
            m.type == "Organization"
            and word.lower() in words
            and (len(words) == 1 or _GOVERNMENT_WORDS & set(words))
            and _names_portfolio(words, word.lower())
        ):
            continue
        head = m.name.lower().split(" of ")[0].split()
        if " of " in m.name and word.lower() not in head and not (
            _GOVERNMENT_WORDS & {head[-1]}
        ):
            continue  # "Asian Affairs Bureau of the Foreign Ministry": a unit of the ministry
        owner, mark, _ = m.name.replace("’s", "'s").partition("'s ")
        if mark and stated is not None and country_of(owner) not in {None, stated.name}:
            continue  # "In Cairo, Foreign Minister X": not of "Ethiopia's foreign ministry"
        written = _country_owning(context, m)
        demonym = DEMONYMS.get(m.name.split()[0])
        found.append((m, written.name if written is not None else demonym, written is not None))
    if stated is not None:
        found = [f for f in found if f[1] in {None, stated.name}]
    elif len({country for _, country, _ in found} - {None}) > 1:
        # "the Chinese Foreign Ministry" beside "Japan's Foreign Ministry": a bare "Foreign
        # Minister X" is of either
        return None
    else:
        # "Russia's Foreign Ministry" named "Foreign Ministry": Russia's only; "the Chinese
        # Foreign Ministry" only in a story about China ("Foreign Secretary X" in a story about
        # India is India's)
        home = home_country(context) if any(f[1] for f in found) else None
        home_name = country_of(home.name) if home is not None else None
        named = countries_named(context) if home is None else set()
        found = [f for f in found if not f[2]
                 and (f[1] in {None, home_name} or named == {f[1]})  # the one country named
                 and not (before and f[1] and f[1] not in before)]  # "Thailand's Prime
        # Minister X skipped it. Foreign Minister Y attended": not the Philippine ministry
    return found[0][0] if found else None


def _names_portfolio(words: list[str], word: str) -> bool:
    """Whether ``word`` is the portfolio of the department named ``words`` ("Department of
    the Treasury", "Foreign Ministry", "Ministry of Trade and Industry"), not a word of its
    subject ("Office of Foreign Assets Control")."""
    i = words.index(word)
    after = words[i + 1 :]
    return not after or after[0] in _GOVERNMENT_WORDS | {"affairs", "and"}


def _title_after(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "Prime Minister Felipe Arce of Valdoria": the body written after the name."""
    doc = context.doc
    after = _past_bare_party_tag(doc, span.end)
    if after + 1 >= span.sent.end or doc[after].lower_ not in {"of", "from"}:
        return
    words = []
    j = span.start - 1
    while j >= span.sent.start and (
        doc[j].lower_ in _TITLE_WORDS or doc[j].text in _HYPHENS and words
    ):
        words.insert(0, doc[j].text)
        j -= 1
    if not words or context.mention_at(doc[j]) is not None and j >= span.sent.start:
        return  # "Kremlin spokesman X of ..." already has its body
    if j >= span.sent.start and doc[j].is_lower and doc[j].lower_ in ORG_HEADS:
        return  # "bid commission chairwoman X of Morocco": the commission's, a Moroccan
    while j > span.sent.start and doc[j].is_title and context.mention_at(doc[j]) is None:
        j -= 1  # "Senate Majority Leader X of South Dakota": the home state of the Senate's
    if j >= span.sent.start and j < span.start - len(words) - 1 and (
        context.mention_at(doc[j]) is not None
    ):
        return
    prep = doc[after]
    if prep.lower_ == "from" and prep.head.lemma_ in _TRANSFER_WORDS:
        return  # "signed striker X from Y", "the signing of striker X from Y": Y was X's
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    body = _body_at(context, pobj, person) if pobj is not None else None
    if body is None or body.type not in {"Place", "Organization"}:
        return
    if body.type == "Place" and words[-1].lower() in _CONSTITUENCY_TITLES:
        return  # "Sen. X of Ohio", "Rep. Y of Texas": the place elects them, they are not its
    predicate = title_predicate(context, words, body)
    if predicate == "leaderOf" and body.type == "Place" and country_of(body.name) is None and (
        words[-1].lower() in _FLOOR_TITLES
    ):
        predicate = "memberOf"  # "Majority Leader X of Louisiana" leads a party in a chamber
    if "elect" in {w.lower() for w in words}:
        return  # "Governor-elect X of Ohio" takes office later
    before = {t.lower_ for t in doc[max(span.sent.start, j - 1) : j + 1]}
    if predicate and not _NOT_HELD_NOW & before:  # not "former", "incoming"
        yield _relation(context, person, predicate, body, span.sent, 0.85)


#: Verbs of taking someone on, whose "from" after the one taken names the employer left.
_HIRED_AWAY = {"hire", "poach", "recruit", "lure", "appoint", "name", "tap", "bring"}


def _hired_away(name: Token) -> bool:
    """Whether a name is the object of a verb of taking someone on ("hired Ana Roe from
    Tessel Bank", "Ana Roe, poached from Tessel Bank"): what follows "from" was left."""
    return (name.dep_ in {"dobj", "nsubjpass"} and name.head.lemma_ in _HIRED_AWAY
            and name.head.pos_ == "VERB")


def _past_bare_party_tag(doc, end: int) -> int:
    """The word after a party's letter in brackets written right after a name ("Governor X
    (R) of Nevada"), or ``end`` itself."""
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].text in PARTIES and (
            doc[end + 2].text == ")"):
        return end + 3
    return end


#: Words of a move from one side to another, whose "from" names the side left: "signed
#: striker X from Y", "completed the signing of X from Y", "joins on loan from Y".
_TRANSFER_WORDS = {"sign", "signing", "move", "transfer", "switch", "join", "arrive",
                   "arrival", "loan", "service", "recruit", "buy", "acquire", "capture"}
#: Verbs that give a person a title: "named Ada Voss (as) its finance chief".
_APPOINT = {"name", "appoint", "elect", "choose", "select", "tap", "promote", "install", "hire",
            "pick", "reappoint", "reelect", "inaugurate", "swear", "confirm",
            "reappointe",  # the lemma the small English model gives "reappointed"
            *{"keep", "retain"}}  # "the party kept X as secretary general" (see _KEEP)
#: Verbs that keep a person in an office only when it follows "as": "kept X as its chair"
#: (not "kept the chairman waiting", "retained counsel").
_KEEP = frozenset({"keep", "retain"})
#: Verbs of running a body: "Brennan Holt, who heads the Marlow Foundation".
_BASED = {"based", "registered", "headquartered"}
_RUN = {"head": "leaderOf", "lead": "leaderOf", "run": "leaderOf", "chair": "leaderOf",
        "oversee": "leaderOf", "direct": "leaderOf", "coach": "memberOf", "captain": "memberOf",
        "command": "leaderOf",  # "X, who commands the Rapid Shield Forces"
        "rule": "leaderOf", "govern": "leaderOf"}  # "X, who has ruled Uganda since 1986"
#: Verbs of running a state, whose object may be the country itself: "who rules Uganda".
_STATE_RULE = {"rule", "govern"}


def _appointed(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X named Y (as) its chief executive", "Y was appointed interim CEO of X"."""
    if verb.lemma_ == "swear" and not any(c.dep_ == "prt" and c.lower_ == "in"
                                          for c in verb.children):
        return  # "sworn in as president", not "swore loyalty to"
    # "Acme's board named X as CEO": the parser may take the verb for a modifier of the
    # board, which is then the sentence's root and the subject
    root_board = verb.head if _board_as_root(verb) else None
    heads = [verb] if root_board is None else [verb, root_board]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        # "named veteran executive Ada Voss as its new CEO": the parser may take the one
        # named for the verb's complement when the office follows "as"
        c for c in verb.children
        if c.dep_ == "oprd" and c.pos_ == "PROPN" and any(objects_of(h, "as") for h in heads)
    ]
    people = [
        m
        # "A and B were named co-chairs": each of them
        for c in [*objects, *(g for o in objects for g in o.conjuncts if g.dep_ == "conj")]
        # "X, who was elected chair of Y": the relative pronoun stands for the name
        for m in [context.mention_at(
            verb.head if c.lower_ in {"who", "whom", "that"} and verb.dep_ == "relcl" else c
        )]
        if m is not None and context.is_person(m)
    ] or _named_after_title(context, objects)
    if people:
        # "A and B were named ministers": the parser may hang A on B's name as a modifier
        people += [m for c in objects if c.dep_ == "nsubjpass"
                   for m in _people_listed(context, c.left_edge.i, c.i + 1) if m not in people]
    # "A was named minister, as was B": B too, with A's titles
    alike = [m for m in _as_was(context, verb) if m not in people] if people else []
    people += alike
    among = [] if people else _among_those(context, verb)  # "X was among those sworn in"
    people = people or among
    described = [] if people else _described_as_named(context, verb)
    people = people or described
    if not people:
        people = _after_dateline(context, verb)
    if not people:
        # "appointed Ada Voss chief executive": the parser may make the name a modifier
        # of the title
        people = [
            m
            for c in verb.children
            if c.dep_ in {"dobj", "oprd"} and c.lower_ in _TITLE_WORDS
            for g in c.children
            if g.dep_ in {"nmod", "compound"}
            for m in [context.name_at(g)]
            if m is not None and context.is_person(m)
        ]
    # "appointed A as director and B as coach": the parser may join B to A's title
    people += [
        m for t in objects_of(verb, "as") for g in t.conjuncts
        for m in [context.mention_at(g)]
        if m is not None and context.is_person(m) and m not in people
    ] if people else []
    # "Speaker X named him chair of Y": the one who names is not the one named
    naming = {m for c in verb.children if c.dep_ == "nsubj" for m in [context.mention_at(c)] if m}
    people = [m for m in people if m not in naming or m in described]
    if not people:
        return
    candidates = []
    for c in verb.children:
        if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "dobj"} and verb.lemma_ not in _KEEP:
            candidates.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":  # "named Y as its CFO"
            candidates += [g for g in c.children if g.dep_ == "pobj"]
    if root_board is not None:
        candidates += objects_of(root_board, "as")
    # "appointed former executive Y as CEO": the parser may hang "as" on the one named;
    # "appointed for a third term as governor": on the verb's other objects
    candidates += [
        o
        for c in [*objects, *(g for p in verb.children if p.dep_ == "prep" for g in p.children)]
        for o in objects_of(c, "as")
    ]
    # "was elected unopposed as president", "re-elected unanimously as its chair": the
    # parser may hang "as" on the word saying how
    candidates += [
        o
        for c in verb.children
        if c.dep_ in {"oprd", "acomp", "advmod"} and c.pos_ in {"ADJ", "ADV"}
        for o in objects_of(c, "as")
    ]
    titles = [
        t
        for t in candidates
        if t.pos_ in {"NOUN", "PROPN"}
        # "A and B were named co-chairs", "X was among those sworn in as ministers": the
        # plural title is each one's
        and (t.lower_ in _TITLE_WORDS or (len(people) > 1 or among) and t.tag_ == "NNS"
             and t.lemma_ in _TITLE_WORDS)
        and context.mention_at(t) is None
    ]
    # "named Ada Voss chief executive": the title may be parsed inside the name's phrase
    for person in people:
        pspan = context.span_of(person)
        if pspan is not None:
            titles += [
                c
                for c in pspan.root.children
                if c.dep_ in {"appos", "npadvmod", "attr"} and c.lower_ in _TITLE_WORDS
                # "X, a former director of Y, was elected …": what X was, not the new office;
                # "named X the new chairman" (no comma): the office given
                and not any(g.lower_ in _PAST for g in c.children)
                and (not any(g.dep_ == "det" for g in c.children)
                     or _office_given(pspan.root, c, verb))
            ]
    appointer = [
        m
        for c in ([root_board] if root_board is not None else verb.children)
        if c.dep_ == "nsubj" or c is root_board
        # "the board of Acme elected X", "Acme's board named X": the board's company
        for o in (
            [g for p in c.children if p.lower_ == "of" for g in p.children]
            + [g for g in c.children if g.dep_ == "poss"]
            if c.lower_ in _GOVERNING_BODIES
            else [c]
        )
        for m in [context.mention_at(o)]
        if m is not None and m.type == "Organization"
    ] or _reporting_organisation(context, verb)
    if not appointer and any(
        c.dep_ == "nsubj" and c.lower_ in _GOVERNING_BODIES
        and any(d.lower_ in {"the", "its"} for d in c.children)
        for c in verb.children
    ):  # "whom the board named chief executive": the board of the company of the story
        appointer = [m for m in [_company_led(context)] if m is not None]
    if not appointer:
        appointer = _appointer_described(context, verb)
    if not appointer:
        appointer = _company_of_passive(context, verb, titles)
    board = _board_joined(context, verb, appointer)
    if board is not None:
        for person in people:
            yield _stated_by(context, verb, person, "memberOf", board)
    # "was appointed to lead X (as its chief executive)": the body the office runs
    for c in verb.children:
        if c.dep_ != "xcomp" or c.lemma_ not in _RUN or _RUN[c.lemma_] != "leaderOf":
            continue
        for o in c.children:
            led = context.mention_at(o) if o.dep_ == "dobj" else None
            if led is not None and led.type == "Organization":
                for person in people:
                    yield _stated_by(context, verb, person, "leaderOf", led)
                titles = [t for t in titles if t.head is not c and t.head.head is not c]
    own_titles = _titles_in_turn(context, [m for m in people if m not in alike], titles)
    for node in titles:
        modifiers = [c for c in node.children if c.dep_ in {"amod", "compound", "nmod"}]
        words = _title_words(node, modifiers)
        if node.lower_ not in _TITLE_WORDS:  # "co-chairs": the title of each
            words[-1] = words[-1][: -len(node.text)] + node.lemma_
        for person in people:
            if own_titles is not None and person in own_titles and node not in own_titles[person]:
                continue
            found = _title_body(context, node, person) or _of_after_split_title(context, node)
            # "as its chief executive", "as the university's president": the appointer's
            owner_pronoun = any(
                c.dep_ == "poss" and (
                    c.lower_ in {"its", "their"}
                    or c.pos_ == "NOUN" and context.mention_at(c) is None
                )
                for c in node.children
            )
            if found and appointer and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                           for c in node.children):
                found = (appointer[0], True)  # "Kestrel hired X from Tessel Bank as its
                # finance chief": "its" is the hiring company's, not the one left
            body = (
                found[0]
                if found
                else (
                    appointer[0]
                    if appointer
                    # "as chief executive on Tuesday", "the new chairman of the board": a
                    # date or the appointer's own board names no other body
                    and (owner_pronoun or not any(
                        c.dep_ == "prep" and not _names_no_other_body(c)
                        for c in node.children))
                    else None
                )
            )
            if body is not None and not owner_pronoun and _picked_by_legislature(
                appointer, body, words
            ):
                # "Parliament elected X as prime minister": the country's, not the chamber's
                body = _legislature_country(context, body)
            elif body is not None and _confirmed_by_legislature(verb, appointer, body):
                continue  # "The Senate confirmed X as labor secretary": not the Senate's
            if body is None and not appointer:
                body = _cabinet_country(context, words)  # "was appointed interior minister"
            if body is None or body == person:
                continue
            predicate = title_predicate(context, words, body)
            if predicate == "leaderOf" and (
                _unit_words(modifiers, body) or names_a_unit_of(modifiers, body)
                or _heads_a_unit(context, node)
            ):
                # "named the bloc's foreign policy chief", "named chair of the department
                # of medicine at X": the head of a part of the body
                predicate = "memberOf"
            if predicate:
                yield _stated_by(context, verb, person, predicate, body)


def _as_was(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people of a clause "as was B" after ``verb`` that says the same of them: "A was
    named minister, as was B", "as were B and C"."""
    return [
        m
        for clause in verb.children
        if clause.dep_ == "advcl" and clause.lemma_ == "be"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        and not any(c.dep_ in {"attr", "acomp", "prep", "neg"} for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for named in [subject, *subject.conjuncts]
        for m in [context.mention_at(named)]
        if m is not None and context.is_person(m)
    ]


def _among_those(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people said to be "among those" a participle tells of: "X was among those sworn
    in as ministers", "X, who was among those named ministers"."""
    those = verb.head
    among = those.head
    if verb.dep_ != "acl" or those.lower_ != "those" or those.dep_ != "pobj" or (
        among.lower_ != "among" or among.head.lemma_ != "be"
    ):
        return []
    clause = among.head
    people = []
    for subject in clause.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ in {"who", "that"} and clause.dep_ == "relcl":
            subject = clause.head
            # "X, the party's secretary general, who was among those": up to the name
            while subject.dep_ == "appos" and context.mention_at(subject) is None:
                subject = subject.head
        for named in [subject, *subject.conjuncts]:
            m = context.mention_at(named)
            if m is not None and context.is_person(m) and m not in people:
                people.append(m)
    return people


def _titles_in_turn(
    context: ArticleContext, people: list[Mention], titles: list[Token]
) -> dict[Mention, list[Token]] | None:
    """Each person's own titles, when people and titles take turns ("appointed A as director
    and B as assistant coach": A's title comes before B): the titles between one name and
    the next. None when all the titles come after the names ("A and B were named
    co-chairs": each holds them)."""
    starts = sorted((span.start, person) for person in people
                    for span in [context.span_of(person)] if span is not None)
    if len(starts) < 2 or len(starts) != len(people) or not any(
        starts[0][0] < t.i < starts[-1][0] for t in titles
    ):
        return None
    bounds = [k for k, _ in starts[1:]] + [len(context.doc)]
    return {person: [t for t in titles if start < t.i < bound]
            for (start, person), bound in zip(starts, bounds, strict=True)}


#: Organs of a body that appoint for it: "the committee also appointed X as technical
#: director" appoints X to the body the story is about.
_APPOINTING_ORGANS = {"committee", "board", "council", "executive", "congress", "assembly",
                      "directors", "trustees", "governors"}


def _company_of_passive(
    context: ArticleContext, verb: Token, titles: list[Token]
) -> list[Mention]:
    """The company that gives a company's office in the passive, when no one is said to:
    "Acme said X has been named interim CEO" (the company that says so), "Acme's chief
    executive resigned. X was named interim CEO" (the company the sentence before or the story
    is about). Not where the sentence names another organisation ("X, a former Halden
    executive, was named CEO": of which is not said)."""
    if not titles or not any(c.dep_ == "nsubjpass" for c in verb.children) or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return []
    if not any(company_title(_title_words(t, [c for c in t.children if c.dep_ in {
            "amod", "compound", "nmod"}])) for title in titles for t in [title, *title.conjuncts]):
        return []
    sent = verb.sent
    named = [m for m in context.mentions if m.type == "Organization" and m.end > m.start
             and sent.start_char <= m.start < sent.end_char]
    sayer = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in {"say", "announce"} else None
    saying = [
        m for c in (sayer.children if sayer is not None else [])
        if c.dep_ == "nsubj" for m in [context.mention_at(c)]
        if m is not None and m.type == "Organization"
    ]
    if saying:
        return saying if all(m in saying for m in named) else []
    if named:
        return []
    body = company_before(context, sent[0])
    return [body] if body is not None and body.type == "Organization" else []


def _appointer_described(context: ArticleContext, verb: Token) -> list[Mention]:
    """The body that appoints, written as an organ or a kind of body: "The Ostland Hockey
    Union met on Monday. The committee appointed X" (the body the sentence before was
    about), "The federation named X" (the federation the article names)."""
    for c in verb.children:
        if c.dep_ != "nsubj" or c.pos_ not in {"NOUN", "PROPN"} or objects_of(c, "of") or not any(
            d.lower_ in {"the", "its"} for d in c.children
        ) or context.name_at(c) is not None:
            continue  # (not "the Ostland Committee", a body's own name)
        body = company_before(context, c) if c.lower_ in _APPOINTING_ORGANS else (
            owner_described(context, c))
        return [body] if body is not None and body.type == "Organization" else []
    return []


def _of_after_split_title(
    context: ArticleContext, node: Token
) -> tuple[Mention, bool] | None:
    """ "was named co-chair of X": the parser, splitting "co-chair", may hang "of X" on
    the verb; the body right after the title is the title's."""
    doc = context.doc
    k = node.i + 1
    if node.i < 2 or doc[node.i - 1].text not in _HYPHENS or k + 1 >= len(doc):
        return None
    if doc[k].lower_ != "of" or doc[k].head.i != node.head.i:
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    body = context.name_at(doc[k]) if k < len(doc) else None
    return (body, True) if body is not None and body.type in {"Organization", "Place"} else None


def _board_as_root(verb: Token) -> bool:
    """ "Acme's board named X as CEO" parsed as a noun phrase: the verb modifies the board,
    the sentence's root, and has no subject of its own."""
    board = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and board.dep_ == "ROOT"
        and board.lower_ in _GOVERNING_BODIES and board.i < verb.i
        and any(c.dep_ == "poss" for c in board.children)
    )


def _office_given(named: Token, title: Token, verb: Token) -> bool:
    """ "named director X the new chairman of the board": a title set beside the name with
    no comma, after the active verb's object, is the office given."""
    return (
        named.dep_ == "dobj" and named.head is verb and title.i > named.i
        and title.doc[title.left_edge.i - 1].text not in {",", "(", "-", "–", "—"}
    )


def _names_no_other_body(prep: Token) -> bool:
    """ "on Tuesday", "in March", "from January 1": a preposition that gives a date; "of the
    board": the board of the body that names (its own body is named by "of the board of Y")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if not objects:
        return False
    if all(g.ent_type_ in {"DATE", "TIME"} for g in objects):
        return True
    return prep.lower_ == "of" and all(
        g.lower_ in _GOVERNING_BODIES and not any(c.dep_ == "prep" for c in g.children)
        and any(c.lower_ in {"the", "its"} for c in g.children)
        for g in objects
    )


#: Chambers that vote a head of state or government in: "Parliament elected X as president".
_LEGISLATURES = {"parliament", "congress", "assembly", "legislature", "senate", "duma",
                 "diet"}
#: Offices of a state's head or its government's that a legislature fills.
_STATE_HEADS = {"president", "premier", "chancellor", "prime minister"}


def _picked_by_legislature(appointer: list[Mention], body: Mention, words: list[str]) -> bool:
    """Whether the office of a state's head was given by a legislature and read as the
    legislature's own (its "president" would be written "its president")."""
    lowered = [w.lower() for w in words]
    return (
        bool(appointer) and body == appointer[0]
        and body.name.split()[-1].lower() in _LEGISLATURES
        and (lowered[-1] in _STATE_HEADS or " ".join(lowered[-2:]) in _STATE_HEADS)
    )


def _confirmed_by_legislature(verb: Token, appointer: list[Mention], body: Mention) -> bool:
    """Whether a legislature confirmed someone in an office it does not hold: "The Senate
    confirmed X as labor secretary" (the office of a government the Senate only approves)."""
    return (
        verb.lemma_ == "confirm" and bool(appointer) and body == appointer[0]
        and body.name.split()[-1].lower() in _LEGISLATURES
    )


def _legislature_country(context: ArticleContext, chamber: Mention) -> Mention | None:
    """The country whose legislature ``chamber`` is: the one its name gives ("Japan's
    parliament", "the Lebanese parliament") where the article names it, else the one the
    article is about."""
    span = context.span_of(chamber)
    # "Thailand's National Assembly": the possessive may be left out of the name
    words = [*(c for c in span.root.children if c.dep_ == "poss"), *span] if span else []
    country = next((c for w in words for c in [country_of(w.text)] if c in COUNTRIES), None)
    if country is not None:
        # "the Lebanese parliament" with Lebanon named elsewhere in the article
        named = next(
            (m for m in context.mentions
             if m.type == "Place" and m.end > m.start and country_of(m.name) == country),
            None,
        )
        if named is not None:
            return named
    found = home_country(context)
    return found if found is not None and found.type == "Place" else None


def _named_after_title(context: ArticleContext, objects: list[Token]) -> list[Mention]:
    """ "named current chairman, X, as chief executive", "appointed its provost and noted
    scientist X": the name beside the title the one named already holds."""
    return [
        m
        for c in objects
        if c.pos_ == "NOUN" and context.mention_at(c) is None
        for g in c.children
        if g.dep_ in {"appos", "conj"}
        for m in [context.mention_at(g)]
        if m is not None and context.is_person(m)
    ]


def _cabinet_country(context: ArticleContext, words: list[str]) -> Mention | None:
    """The country whose cabinet post a title with no body names ("appointed X as foreign
    minister", "X stays on as finance minister"): the one the article is about. Only a
    minister's or a portfolio secretary's post: a bare "president" or "secretary" may be a
    company's."""
    lowered = {w.lower() for w in words}
    if "minister" not in lowered and not ("secretary" in lowered and lowered & PORTFOLIOS):
        return None
    country = home_country(context)
    # "appointed X prime minister" heads the country: only a member's post is read here
    if country is None or title_predicate(context, words, country) != "memberOf":
        return None
    return country


def _described_as_named(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "X, appointed in May as governor of Y, said", "X, elected chairman of Y in 2019,
    said": a participle set off after the name tells of the name (the parser may take the
    name for the participle's subject)."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return []
    if verb.dep_ == "acl":
        named = context.mention_at(verb.head)
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = context.mention_at(subject) if subject is not None and (
            subject.i + 2 == verb.i and verb.doc[verb.i - 1].text == ","
        ) else None
    return [named] if named is not None and context.is_person(named) else []


def _reporting_organisation(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "Acme said it has named X", "Acme announced that its board named X": the
    organisation that reports the appointment makes it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.dep_ != "ccomp" or not (
        subject.lower_ == "it"
        # "Acme said the board had named X": the board of the body that says so
        or subject.lower_ in _GOVERNING_BODIES | _APPOINTING_ORGANS
        and any(c.lower_ in {"its", "the"} for c in subject.children)
        and not objects_of(subject, "of")
    ):
        return []
    return [
        m
        for c in verb.head.children
        if c.dep_ == "nsubj"
        for m in [context.mention_at(c)]
        if m is not None and m.type == "Organization"
    ]


def _after_dateline(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "BRUSSELS – X, …, was elected president of Y": the parser may take the dateline's
    city for the subject and hang the name on it; the name is the subject."""
    return [
        m
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for end in [dateline_end(c)]
        if end > c.i
        for a in c.children
        if a.dep_ == "appos" and a.i > end
        for m in [context.mention_at(a)]
        if m is not None and context.is_person(m)
    ]


def _board_joined(context: ArticleContext, verb: Token, appointer: list[Mention]) -> Mention | None:
    """ "named X to its board", "X was elected to the board of Y": the company whose board
    it is."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for board in prep.children:
            if board.dep_ != "pobj" or board.lower_ not in _GOVERNING_BODIES | {"board"}:
                continue
            of = [
                m
                for p in board.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                for m in [context.mention_at(o)]
                if m is not None and m.type == "Organization"
            ]
            if of:
                return of[0]
            # "elected to Velmora Holdings' board of directors": the owner before the board
            owner = next((m for c in board.children if c.dep_ == "poss"
                          for m in [context.mention_at(c)]
                          if m is not None and m.type == "Organization"), None)
            if owner is not None:
                return owner
            if any(c.lower_ in {"its", "their", "the"} for c in board.children):
                return appointer[0] if appointer else None  # the appointing company's
    return None


def _stated_by(context: ArticleContext, verb: Token, subject: Mention, predicate: str,
               obj: Mention) -> Relation:
    """A role a verb states ("heads", "works for", "is based in"), with the verb's status."""
    return Relation(subject, predicate, obj, context.evidence(verb.sent, "kg.roles.v1", 0.8),
                    status_of(verb))


def _verb_of_relative_object(token: Token) -> bool:
    """Whether ``token`` is the verb of a relative clause whose object is "which": "the
    club, which Anna Berg chairs", where the tagger may read "chairs" as a plural noun."""
    return token.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in token.children)


def _before_day_to_day(noun: Token) -> Token:
    """ "who runs the kingdom day to day": the parser may read "the kingdom day" as one
    noun, whose first word is what is run."""
    doc = noun.doc
    if noun.lower_ == "day" and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and (
            doc[noun.i + 2].lower_ == "day"):
        return next((g for g in reversed(list(noun.children)) if g.dep_ == "compound"), noun)
    return noun


def _runs(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "Brennan Holt, who heads the Marlow Foundation" → leaderOf (not a past "led", but
    a term with its years: "who oversaw the fund from 2019 to 2023")."""
    if verb.pos_ != "VERB" and not _verb_of_relative_object(verb):
        return
    # "X led the Ukrainian delegation": who led a country's side in the talks told of was
    # one of its people (not "X, who led Norway's team in 2019": a past of the name's)
    past = verb.tag_ == "VBD" and not any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.like_num for g in c.subtree)
        for c in verb.children
    ) and not _split_co_perfect(verb)
    if past and verb.dep_ == "relcl":
        return
    predicate = _RUN[verb.lemma_]
    bodies = []
    country = None
    for c in verb.children:
        if c.dep_ != "dobj" or past and _country_of_part(context, c) is None:
            continue
        c = _before_day_to_day(c)
        # "the council, which X has led since 2019": the body the clause is about
        relative = c.lower_ in {"which", "that"} and verb.dep_ == "relcl"
        # "runs the Fuerza Renovadora party": the name may only modify the noun
        found = context.mention_at(verb.head if relative else c) or next(
            (
                m
                for g in c.children
                if g.dep_ in {"compound", "nmod"}
                for m in [context.mention_at(g)]
                # (not "heads Brookvale's India business": a place the unit works in)
                if m is not None and m.type == "Organization"
            ),
            None,
        ) or _named_after_description(context, c)
        if found is None and verb.lemma_ == "command":
            continue  # "commands the respect of the party": a force commanded is named
        if found is None:
            # "heads the IMF's mission to Sri Lanka", "heads the regional branch of the
            # Harmony Party": leads a unit, so a member (but the board of a company is run
            # by its leader)
            found = next(
                (
                    m
                    for g in c.children
                    if g.dep_ == "poss" or g.dep_ == "prep" and g.lower_ == "of"
                    for m in [context.mention_at(g) or _object_of(context, g)]
                    if m is not None
                ),
                None,
            )
            predicate = "leaderOf" if c.lower_ == "board" else "memberOf"
        country = _country_of_part(context, c)
        if country is not None:  # "leads Norway's delegation": one of the country's people
            found, predicate = country, "memberOf"
        elif found is None and c.lower_ in COUNTRY_NOUNS and not past and any(
            d.dep_ == "det" and d.lower_ == "the"
            for d in [*c.children, *(c.head.children if c.dep_ == "compound" else ())]
        ):
            # "who runs the country": the country the sentence is about
            country = found = country_meant(context, c)
            predicate = _RUN[verb.lemma_]
        if found is not None and verb.lemma_ in _STATE_RULE and found.type == "Place" and (
                is_country_or_state(found.name)):
            country = found  # "who has ruled Uganda since 1986"
        written = verb.head if relative else c
        if found is not None and written.lower_ in _PANELS_OF_JUDGES and (
                context.name_at(written) is None):
            predicate = "memberOf"  # "who heads the bench": one of the court's judges
        if found is not None and (found.type == "Organization" or found is country):
            bodies.append(found)
    if not bodies and not past:
        bodies = _object_of_contact_clause(context, verb)  # "the party X leads"
    if not bodies:
        return
    subjects = []
    clause = verb
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "X, who lost her son in the crash and chairs the association": the first verb's
        clause = verb.head
    relative_object = _verb_of_relative_object(clause)
    co = _co_prefix(clause)
    # "X, who co-chairs the council": the parser may hang "who" on the split-off "co"
    co_subjects = [c for c in co.children if c.dep_ == "nsubj"] if co is not None else []
    for c in [*clause.children, *co_subjects]:
        # "the union, which Tomas Reyna leads": the parser may hang the name before the verb
        # as its compound, as if "leads" were a noun
        if c.dep_ == "nsubj" or c.dep_ == "compound" and c.i < clause.i and relative_object:
            # "A and B lead the council": each of them (not "A, who leads it, and B")
            pair = list(c.conjuncts)
            if c.lower_ in {"who", "that"} and clause.dep_ == "relcl":
                c = clause.head
                # "X, a former minister who heads the council": up to the name
                while c.dep_ == "appos" and context.mention_at(c) is None:
                    c = c.head
            if context.mention_at(c) is None and c.lower_ in _TITLE_WORDS:
                # "Minister in the Ministry of Finance, X, led Barbados' delegation": the
                # name set off after the subject's title
                c = next((a for a in c.children if a.dep_ == "appos"), c)
            for named in [c, *pair]:
                found = context.mention_at(named)
                if found is not None and context.is_person(found) and found not in subjects:
                    subjects.append(found)
            if country is not None and subjects and c.dep_ == "nsubj" and c.i < verb.i:
                # "Defence Minister A and External Affairs Minister B led India's team": the
                # parser may hang the first titled name under the second's title
                listed = _titled_list(context, c.left_edge.i, c.right_edge.i + 1)
                subjects += [m for m in listed if m not in subjects]
    # "who heads the Department of Asian Affairs at the Foreign Ministry": one of its people
    host = _host_at(context, verb.subtree, *bodies)
    for person in subjects:
        for body in bodies:
            yield _stated_by(context, verb, person, predicate, body)
        if host is not None and host != person:
            yield _stated_by(context, verb, person, "memberOf", host)
    if subjects and country is not None:
        # "X led the American side, accompanied by A and B": A and B are of that side too
        for person in _accompanying(context, verb):
            yield _stated_by(context, verb, person, "memberOf", country)


def _runs_after_which(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "the panel, which Ana Roe chairs, voted": the parser may read "chairs" as a noun or the
    name as the clause's head, so the words are read in order: the body (or a description of
    it "the panel" stands for), "which" or "that", a person's name, the verb ending the clause."""
    doc = context.doc
    if not verb.lower_.endswith("s") or verb.i + 1 >= len(doc) or not doc[verb.i + 1].is_punct:
        return
    person = context.name_at(doc[verb.i - 1])
    span = context.span_of(person) if person is not None else None
    if span is None or not context.is_person(person) or span.start < verb.sent.start + 2:
        return
    which = doc[span.start - 1]
    noun = doc[span.start - 2]
    if which.lower_ not in {"which", "that"} or noun.text == "," and which.lower_ != "which":
        return
    if noun.text == ",":
        noun = doc[noun.i - 1]
    body = context.mention_at(noun)
    predicate = _RUN[verb.lemma_]
    if noun.lower_ in _PANELS_OF_JUDGES and context.name_at(noun) is None:
        predicate = "memberOf"  # "the bench, which Justice X heads": one of the court's judges
    if body is not None and body.type == "Organization" and noun.i >= verb.sent.start:
        yield _stated_by(context, verb, person, predicate, body)


def _object_of_contact_clause(context: ArticleContext, verb: Token) -> list[Mention]:
    """The body a relative clause with no pronoun is about: "the Awami Front, the party X
    still leads" (the noun the clause follows, or the name it is set off after)."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.lower_ in {"who", "which", "that"} for c in subjects):
        return []
    noun = verb.head
    body = context.mention_at(noun) or (
        context.mention_at(noun.head) if noun.dep_ == "appos" else None)
    return [body] if body is not None and body.type == "Organization" else []


def _named_after_description(context: ArticleContext, noun: Token) -> Mention | None:
    """The organisation set off by name after a description of it: "heads swimming's
    governing body, the WSF", "of the gymnastics federation, FIG"."""
    doc = context.doc
    k = noun.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or not noun.is_lower and noun.pos_ != "NOUN":
        return None
    k += 1 + (doc[k + 1].lower_ == "the" and k + 2 < len(doc))
    named = context.name_at(doc[k])
    span = context.span_of(named) if named is not None else None
    if named is None or span is None or span.start != k or named.type != "Organization":
        return None
    closed = span.end >= len(doc) or doc[span.end].text in {",", ".", ";", ")"}
    return named if closed else None


def _co_prefix(verb: Token) -> Token | None:
    """The "co" of "co-chairs" / "co-chaired", which the tokenizer splits off the verb: the
    parser may hang the verb's subject or its "is" on that piece instead of the verb."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text in _HYPHENS and doc[verb.i - 2].lower_ == "co" and (
            doc[verb.i - 1].whitespace_ == "" and doc[verb.i - 2].whitespace_ == ""):
        return doc[verb.i - 2]
    return None


def _split_co_perfect(verb: Token) -> bool:
    """ "has co-chaired": the parser may split off "co", hang "has" on it and tag the verb
    a past; a present perfect, as "has chaired" is."""
    head = verb.head
    return verb.dep_ == "conj" and head.lower_ == "co" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in head.children
    )


def _accompanying(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people "accompanied by" names as going with the subject of ``verb``."""
    return [
        m
        for c in verb.children
        if c.dep_ in {"advcl", "acl"} and c.lemma_ == "accompany" and c.tag_ == "VBN"
        for agent in c.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for named in [pobj, *pobj.conjuncts]
        for m in [context.mention_at(named)]
        if m is not None and context.is_person(m)
    ] + _side_joined(context, verb)


def _side_joined(context: ArticleContext, verb: Token) -> list[Mention]:
    """The titled people who lead a side with the one ``verb`` names: "was led by A,
    together with Foreign Minister B and Defence Minister C", "led the American team with
    National Security Adviser D" (in the verb's own clause, and no other country's people:
    not "together with Russian envoy E")."""
    doc = context.doc
    found: list[Mention] = []
    for word in verb.subtree:
        # "with" on the verb or on the side it leads ("led the team with B")
        beside = word.head is verb or word.head.head is verb and word.head.lower_ in _PART_NOUNS
        if word.dep_ != "prep" or not (
            word.lower_ == "alongside"
            or word.lower_ == "with" and (beside or doc[word.i - 1].lower_ in {"together",
                                                                                "along"})
        ):
            continue
        if any(a.pos_ in {"VERB", "AUX"} for a in word.ancestors if a.i != verb.i and (
                verb in a.ancestors)):
            continue  # "led by A, who spoke together with B": another clause's
        end = next((t.i for t in doc[word.i + 1 : verb.sent.end]
                    if t.text in {";", ":", ".", "(", "—"} or t.pos_ in {"VERB", "AUX"}
                    or t.lower_ in {"who", "which", "that"}), verb.sent.end)
        while end > word.i + 1 and doc[end - 1].text in {",", "and"}:
            end -= 1
        if any(t.text in DEMONYMS for t in doc[word.i + 1 : end]):
            continue
        found += [m for m in _titled_list(context, word.i + 1, end)
                  if _title_words_before(context, m) and m not in found]
    return found


def _host_at(context: ArticleContext, tokens: Iterable[Token], *units: Mention) -> Mention | None:
    """The organisation a unit is "at": "the Asian Bureau at the Foreign Ministry" (the
    first one written, and not one of the ``units`` themselves)."""
    for t in tokens:
        if t.dep_ != "prep" or t.lower_ != "at":
            continue
        if t.head.pos_ == "VERB" and t.head.lemma_ not in _RUN:
            continue  # "let aid cross the border at X" places an act, not a unit
        for pobj in t.children:
            host = entity_of(context, pobj) if pobj.dep_ == "pobj" else None
            if host is not None and host.type == "Organization" and host not in units:
                return _country_owning(context, host) or host
    return None


def _country_owning(context: ArticleContext, body: Mention) -> Mention | None:
    """The country written as the owner of a body whose name leaves it out ("Japan's"
    of "Japan's Foreign Ministry" named "Foreign Ministry"): the body is the country's,
    and the name alone would be every country's ministry."""
    found = context.span_of(body)
    doc = context.doc
    if found is None or found.start < 2 or doc[found.start - 1].text not in POSSESSIVE_MARKS:
        return None
    owner = context.mention_at(doc[found.start - 2])
    if owner is None or owner.type != "Place" or country_of(owner.name) != owner.name:
        return None
    return owner


def _country_of_part(context: ArticleContext, noun: Token) -> Mention | None:
    """The country whose delegation, team or mission ``noun`` is: "Norway's delegation",
    "the Norwegian delegation"; who leads it is one of that country's people."""
    if noun.lower_ not in _PART_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            found = context.mention_at(c)
        elif c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
            found = demonym_mention(context, c) or context.mention_at(c)
        else:
            continue
        if found is not None and found.type == "Place":
            return _state_of_capital(context, found)
    return None


def _state_of_capital(context: ArticleContext, place: Mention) -> Mention | None:
    """The country a capital stands for in "Kyiv's delegation", "Moscow's negotiators":
    the country itself where the article names it, else no body (a delegation is never
    a city's)."""
    country = CAPITAL_COUNTRIES.get(place.name)
    if country is None:
        return place
    return next(
        (m for m in context.mentions
         if m.type == "Place" and m.end > m.start and country_of(m.name) == country),
        None,
    )


def _capital_state(context: ArticleContext, place: Mention) -> Mention | None:
    """The country a capital stands for, where the article names it ("Washington" for the
    United States); None for any other place."""
    if place.name not in CAPITAL_COUNTRIES:
        return None
    return _state_of_capital(context, place)


def _delegation_members(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "The U.S. delegation included X, Y and Z", "the Ukrainian team, which includes X
    and Y" → each is one of the country's (or the organisation's) people."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "conj":
        # "Norway's delegation is headed by X and includes Y": the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}),
                       None)
    if subject is None or subject.lower_ not in _PART_NOUNS:
        return
    body = _country_of_part(context, subject) or next(
        (
            m
            for c in subject.children
            if c.dep_ in {"compound", "poss"}
            for m in [context.mention_at(c)]
            if m is not None and m.type == "Organization"
        ),
        None,
    ) or _part_named_before(context, subject)
    if body is None:
        return
    doc = context.doc
    people = {
        m.start: m
        for listed in verb.children
        if listed.dep_ == "dobj"
        for t in doc[listed.left_edge.i : listed.right_edge.i + 1]
        for m in [context.mention_at(t)]
        if m is not None and context.is_person(m)
    }
    if not people:  # the parser may miss the list's place: the names right after the verb
        people = {m.start: m for m in _people_listed(context, verb.i + 1, verb.sent.end)}
    for person in people.values():
        yield _stated_by(context, verb, person, "memberOf", body)


def _delegation_listed_as(context: ArticleContext) -> Iterator[Relation]:
    """ "Other members of the delegation are A, B and C", "Also in the delegation were A and
    B", "Present from the Norwegian side were A and B": a side's people listed with "to be",
    each one of the country's (or the organisation's) people."""
    for noun in context.tokens_with({"delegation", "side"}):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in {"of", "in", "from", "on"}:
            continue
        verb = next((a for a in noun.ancestors if a.lemma_ == "be"), None)
        if verb is None or verb.i in context.quoted:
            continue
        marked = prep.head.lower_ == "present" or any(
            c.lower_ in {"also", "present"} for c in [*verb.children, *prep.head.children]
        )
        if prep.lower_ == "of":
            # "Other members of the delegation are A, B"
            if prep.head.lower_ not in {"members", "member"} or prep.head.dep_ != "nsubj":
                continue
            listed = [c for c in verb.children if c.dep_ == "attr"]
        elif marked:
            # "Also in the delegation were A and B", "Present from the X side were A, B"
            listed = [
                c for c in verb.children
                if c.dep_ in {"nsubj", "attr"} and noun not in c.subtree
                and c.lower_ != "present"
            ]
        else:
            continue
        body = _country_of_part(context, noun) or (
            _part_named_before(context, noun) if noun.lower_ == "delegation" else None
        )
        if body is None:
            continue
        doc = context.doc
        # "… were A and B, and from the other side C": the list ends where another side starts
        end = next((t.i for t in doc[noun.i + 1 : noun.sent.end] if t.lower_ == noun.lower_),
                   noun.sent.end)
        people = {
            m.start: m
            for c in listed
            for t in doc[c.left_edge.i : min(c.right_edge.i + 1, end)]
            for m in [context.mention_at(t)]
            if m is not None and context.is_person(m)
        }
        for person in people.values():
            yield _stated_by(context, verb, person, "memberOf", body)


def _part_named_before(context: ArticleContext, noun: Token) -> Mention | None:
    """The country of "the delegation" written bare, where the article named one country's
    delegation before it ("X will lead the Indian delegation … The delegation includes Y");
    none where delegations of two countries were named."""
    if [c.lower_ for c in noun.children] != ["the"]:
        return None
    countries = {
        country.name: country
        for t in context.doc[: noun.i]
        if t.lower_ == noun.lower_
        for country in [_country_of_part(context, t)]
        if country is not None
    }
    return next(iter(countries.values())) if len(countries) == 1 else None


def _listed_in_delegation(context: ArticleContext, relation: Relation) -> bool:
    """Whether ``relation`` puts a person named in a delegation's list on its country's side
    ("the delegation also includes the Chief of the General Staff, X"): no office of theirs."""
    if relation.predicate != "memberOf" or relation.object.type != "Place":
        return False
    span = context.span_of(relation.subject)
    if span is None:
        return False
    return any(
        a.lemma_ in _INCLUDE and a.i < span.start
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _PART_NOUNS
                for c in a.children)
        for a in span.root.ancestors
    )


def _represents(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X, who represents Iceland at the talks", "X is representing Washington today" → X
    is one of the country's people (a country or its capital only: a lawyer "represents" a
    client)."""
    chamber = _chamber_represented_in(context, verb)
    if chamber is not None:
        for person in _subjects_named(context, verb):
            yield _stated_by(context, verb, person, "memberOf", chamber)
        return
    country = _country_of_verb(context, verb, "dobj")
    if country is None:
        yield from _represented_by(context, verb)
        return
    for person in _subjects_named(context, verb):
        yield _stated_by(context, verb, person, "memberOf", country)


def _country_of_verb(context: ArticleContext, verb: Token, dep: str) -> Mention | None:
    """The country (or the state of the capital) that is the verb's ``dep``: "represents
    Iceland", "Washington sent"."""
    for c in verb.children:
        m = context.mention_at(c) if c.dep_ == dep else None
        if m is not None and m.type == "Place":
            country = m if country_of(m.name) is not None else _capital_state(context, m)
            if country is not None:
                return country
    return None


def _sent_by_country(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "The U.S. had brought Treasury Secretary A and Defense Secretary B", "Norway sent
    Deputy Foreign Minister C to the talks": the people a country brings or sends under a
    bare title are its own (not "sent Russian Envoy D", nor "sent President E a letter",
    where E is only the one written to)."""
    country = _country_of_verb(context, verb, "nsubj")
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "ADP"]
    if country is None or len(objects) != 1 or objects[0].dep_ != "dobj" or any(
        c.lower_ in {"home", "back", "away", "packing"} for c in verb.children
    ):
        return  # (not "sent the ambassador home": an expulsion)
    start, end = objects[0].left_edge.i, objects[0].right_edge.i + 1
    if any(t.text in DEMONYMS for t in context.doc[start:end]):
        return
    for person in _titled_list(context, start, end):
        if _title_words_before(context, person):
            yield _stated_by(context, verb, person, "memberOf", country)


#: Words of a constituency a legislator is said to represent: "represents Ward 5".
_SEAT_WORDS = frozenset({"constituency", "district", "ward", "riding", "seat", "county",
                         "state", "province", "region", "city", "electorate"})


def _chamber_represented_in(context: ArticleContext, verb: Token) -> Mention | None:
    """The chamber of "X, who represents Kestrel North in the National Assembly": a seat
    (a place that is no country, or a constituency) represented in a chamber named, now
    (not "represented", nor "represents Iceland in the assembly": the country's delegate)."""
    if verb.tag_ not in {"VBZ", "VBP", "VBG"}:
        return None
    seats = [
        c for c in verb.children if c.dep_ == "dobj" and (
            c.lower_ in _SEAT_WORDS
            or (m := context.mention_at(c)) is not None and m.type == "Place"
            and country_of(m.name) is None and _capital_state(context, m) is None
        )
    ]
    if not seats:
        return None
    return next((
        m for o in [*objects_of(verb, "in"), *(t for c in seats for t in objects_of(c, "in"))]
        for m in [context.mention_at(o)]
        if m is not None and m.type == "Organization"
        and _CHAMBER_NAMES & set(m.name.lower().split())
    ), None)


def _subjects_named(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people the subject of ``verb`` names ("who" of a relative clause: its name)."""
    people = []
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            c = verb.head
        person = context.mention_at(c)
        if person is not None and context.is_person(person):
            people.append(person)
    return people


def _represented_by(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "Russia was represented by Foreign Minister A, aide B and C", "Ostland is represented
    by A and by B" → each is one of the country's people (a country or its capital only: a
    client "is represented by" a lawyer)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    found = context.mention_at(subject) if subject is not None else None
    if found is None or found.type != "Place":
        return
    country = found if country_of(found.name) is not None else _capital_state(context, found)
    if country is None:
        return
    doc = context.doc
    agents = [c for c in verb.children if c.dep_ == "agent"]
    # "by A and by B": the second agent hangs on the first's name
    agents += [g for a in agents for g in a.subtree if g.dep_ == "agent" and g not in agents]
    seen: list[Mention] = []
    for agent in agents:
        for token in doc[agent.i + 1 : agent.right_edge.i + 1]:
            person = context.mention_at(token)
            if person is not None and context.is_person(person) and person not in seen:
                seen.append(person)
                if _name_head(token).dep_ == "poss":
                    continue  # "by President X's special envoy Y": Y represents it, not X
                yield _stated_by(context, verb, person, "memberOf", country)


def _name_head(token: Token) -> Token:
    """The last word of the name ``token`` is in, which the parser hangs the name on:
    "Trump" of "Donald Trump's"."""
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
        token = token.head
    return token


def _object_of(context: ArticleContext, prep: Token) -> Mention | None:
    """The name a preposition governs ("of the Harmony Party")."""
    if prep.dep_ != "prep":
        return None
    return next(
        (m for o in prep.children if o.dep_ == "pobj" for m in [context.mention_at(o)] if m),
        None,
    )


def _scored_for(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X scored twice for Tarsk Rovers", "X scores his second goal for Tarsk Rovers": a
    player scores for the team he plays in, whatever the tense of the match report (not an
    own goal, which counts for the other side)."""
    goals = [o for o in verb.children if o.dep_ == "dobj"]
    if any(c.lower_ == "own" for o in goals for c in o.children):
        return
    teams = [
        m
        for prep in [*verb.children, *(c for o in goals for c in o.children)]
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for o in prep.children
        if o.dep_ == "pobj"
        for m in [context.mention_at(o) or _named_beside(context, o)]
        if m is not None and m.type == "Organization"
    ]
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            c = verb.head
        for scorer in [c, *c.conjuncts]:  # "A and B each scored for X"
            player = _person_apposed(context, scorer)
            for team in teams if player is not None else []:
                yield Relation(player, "memberOf", team,
                               context.evidence(verb.sent, "kg.roles.v1", 0.75),
                               status_of(verb))


def _works_for(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X, who works for the Pentagon", "X sits on the board of Acme", "Like Y, X belongs
    to the Z party" → memberOf (not "worked")."""
    if verb.tag_ == "VBD":
        return
    if verb.lemma_ == "belong":
        bodies = [
            m
            for o in objects_of(verb, "to")
            # "belongs to the opposition Social Democrats party": the parser may end the
            # phrase at "opposition" and hang the name after it apart
            for named in [o, *([o.doc[o.i + 1]] if o.lower_ in POLITICAL_LABELS
                               and o.i + 1 < o.sent.end else [])]
            for m in [context.mention_at(named)]
            if m is not None and m.type == "Organization"
        ]
    elif verb.lemma_ in {"work", "play", "study", "teach", "lecture"}:
        # "works for the Pentagon", "plays for the Riyadh club Al Nassr", "who studies
        # politics at the University of Warsaw"
        places = {"work": {"for", "at"}, "play": {"for"}}.get(verb.lemma_, {"at"})
        # "works as a nurse at X": the parser may hang "at X" on the trade
        trades = [o for o in objects_of(verb, "as") if verb.lemma_ == "work"]
        bodies = [
            m
            for prep in [*verb.children, *(c for t in trades for c in t.children)]
            if prep.dep_ == "prep" and prep.lower_ in places
            for o in prep.children
            if o.dep_ == "pobj"
            for m in [context.mention_at(o) or _named_beside(context, o)]
            if m is not None and m.type == "Organization"
        ]
    else:  # "sits on the board of Tata Ridge Motors", "has sat on the bank's General Council"
        boards = [
            board
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for board in prep.children
            if board.dep_ == "pobj" and board.lower_ in _GOVERNING_BODIES | {"council", "committee"}
        ]
        bodies = [
            m
            for board in boards
            # "the board of X", or a council with a name of its own ("General Council");
            # "the board of directors of X"
            for o in [*objects_of(board, "of"), *([board] if board.is_title else []),
                      *(g for d in objects_of(board, "of") if d.lower_ == "directors"
                        for g in objects_of(d, "of")),
                      # "sits on Acme's board", "serves on the Acme board" (not "on
                      # Acme's audit committee": no seat on its board said)
                      *(c for c in board.children if c.dep_ in {"poss", "compound"}
                        and board.lower_ == "board")]
            for m in [context.mention_at(o)]
            if m is not None and m.type == "Organization"
        ]
        if not bodies and any(
            b.lower_ == "board" and any(d.lower_ == "the" for d in b.children)
            and all(o.lower_ == "directors" for o in objects_of(b, "of"))
            and not any(c.dep_ == "poss" for c in b.children)
            for b in boards
        ):  # "has served on the board since 2020": the company the story is about
            bodies = [m for m in [home_company(context)] if m is not None]
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            c = verb.head
        elif c.lower_ == "who" and verb.dep_ == "conj" and verb.head.dep_ == "relcl":
            c = verb.head.head  # "who is a major in the Marine Corps and works at …"
        person = _person_apposed(context, c)
        if person is None:
            continue
        for who in [person, *_conjoined_people(context, c, verb), *_likened(context, verb)]:
            for body in bodies:
                yield Relation(
                    who,
                    "memberOf",
                    body,
                    context.evidence(verb.sent, "kg.roles.v1", 0.75),
                    status_of(verb),
                )


#: Verbs that say where someone is seated now: "X and Y are also on the board", "X remains
#: on the board of Acme" ("sits" and "serves on" are read by :func:`_works_for`).
_SEATED_VERBS = {"be", "remain", "stay"}


def _board_seats(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "X joined the board of Acme", "A and B are also on the board", "The new board
    members are A, B and C" → members of the company whose board it is (not "X was on the
    board", a seat held before; nor for whoever ``found`` says leads the company: its chief
    executive on its board is its head still)."""
    heads = {(r.subject.name.split()[-1], r.object.name) for r in found
             if r.predicate == "leaderOf"}
    for board in context.tokens_with({"board", "boards"}):
        if board.lower_ != "board" or board.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = _seated_on(board)
        if found is None:
            continue
        verb, seated = found
        if verb.lemma_ in _SEATED_VERBS and verb.tag_ == "VBD":
            continue
        company = _board_owner(context, board)
        if company is None:
            continue
        for token in seated:
            person = context.mention_at(token)
            if person is None or not context.is_person(person):
                continue
            if (person.name.split()[-1], company.name) not in heads:
                yield _stated_by(context, verb, person, "memberOf", company)


def _seated_on(board: Token) -> tuple[Token, list[Token]] | None:
    """The verb that seats people on ``board`` and the words naming them: the subjects of
    "are on the board" and "joined the board", the names after "the board members are"."""
    head = board.head
    if board.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in _SEATED_VERBS:
        verb = head.head
        named = [c for c in verb.children if c.dep_ == "nsubj"]
    elif board.dep_ == "dobj" and head.lemma_ in {"join", "rejoin"} and head.pos_ == "VERB":
        verb = head
        named = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        # "the new board members are", "the new members of the board are"
        members = head if board.dep_ == "compound" else (
            head.head if board.dep_ == "pobj" and head.lower_ == "of" else None)
        if members is None or members.lemma_ not in {"member", "director"}:
            return None
        verb = members.head
        if members.dep_ != "nsubj" or verb.lemma_ != "be":
            return None
        named = [c for c in verb.children if c.dep_ == "attr"]
    if verb.dep_ == "relcl" and any(c.lower_ in {"who", "that"} for c in named):
        named = [verb.head]  # "X, who joined the board in 2019"
    return verb, [t for c in named for t in [c, *c.conjuncts]]


def _board_owner(context: ArticleContext, board: Token) -> Mention | None:
    """The company a board is of: "the board of (directors of) Acme", "Acme's board", "the
    Acme board", or for "the board" and "its board" the company the story is about."""
    named = [*objects_of(board, "of"),
             *(o for d in objects_of(board, "of") if d.lower_ == "directors"
               for o in objects_of(d, "of")),
             *(c for c in board.children if c.dep_ in {"poss", "compound"})]
    for token in named:
        found = context.mention_at(token)
        if found is not None and found.type == "Organization":
            return found
    if any(t.lower_ not in {"directors", "its", "their"} for t in named):
        return None  # "the board of the central bank", "the school's board": not named
    # "the board", or "the board members" whose article is the members'
    words = [*board.children, *(board.head.children if board.dep_ == "compound" else ())]
    if not any(c.lower_ in {"the", "its", "their"} for c in words):
        return None  # "a board": some board
    return home_company(context)


def _conjoined_people(context: ArticleContext, token: Token, verb: Token) -> list[Mention]:
    """The other people joined to ``token`` by "and" who are subjects of ``verb`` with
    it: B of "A and B work for X", "A and B, who joined X" (not of "A, who works for X,
    and B, who works for Y": a clause after one name is that name's)."""
    conjuncts = token.conjuncts
    if not conjuncts or verb.tag_ == "VBZ" or any(g.i > verb.i for g in conjuncts):
        return []
    return [
        m for g in conjuncts
        for m in [context.mention_at(g)] if m is not None and context.is_person(m)
    ]


def _joined(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X joined the Liberty Party in 2019", "A and B joined Calder Steel" → members of
    the body named as what they joined (not "joined the talks"); "X joined Acme as chief
    executive" → what the office makes X of it."""
    if verb.pos_ != "VERB":
        return
    office = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                   for o in p.children if o.dep_ == "pobj"), None)
    if _joined_in_act(verb):
        return  # "X joined all Democrats in opposing the bill": beside them, not one of them
    bodies = [
        m for c in verb.children if c.dep_ == "dobj"
        for m in [context.name_at(c)] if m is not None and m.type == "Organization"
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _joiner(verb)
    for c in subjects if bodies else ():
        if c.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            c = verb.head
        person = context.mention_at(c)
        if person is None or not context.is_person(person):
            continue
        for who in [person, *_conjoined_people(context, c, verb)]:
            for body in bodies:
                predicate = "memberOf" if office is None else _office_joined(office, body)
                if predicate is not None:
                    yield _stated_by(context, verb, who, predicate, body)


def _office_joined(office: Token, body: Mention) -> str | None:
    """What joining a body as ``office`` makes one of it: "as chief executive" its leader,
    "as a senior analyst" a member; none for what is no office ("as a guest", "as an
    observer")."""
    words = [t.text for t in office.subtree if t.i <= office.i and t.dep_ != "det"]
    if any(w.lower() in _NOT_HELD_NOW for w in words):
        return None  # "joined Acme as its next chief executive"
    if office.lower_ in _TITLE_WORDS:
        return predicate_for(words, body)
    return "memberOf" if office.lower_ in PROFESSIONS | {"counsel"} else None


#: What those joined in an act are joined in: "joined Democrats in opposition to the bill".
_JOINED_ACTS = {"opposition", "support", "favour", "favor", "vote", "voting", "call", "calls",
                "condemnation", "criticism", "rejection", "backing", "protest", "demand"}


def _joined_in_act(verb: Token) -> bool:
    """ "joined all Democrats in opposition to the bill", "joined Republicans in voting for
    it": joining others in what they do (not "joined the party in 2019")."""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pcomp" or o.dep_ == "pobj" and o.lower_ in _JOINED_ACTS
            for o in p.children
        )
        for p in verb.children
    )


def _joiner(verb: Token) -> list[Token]:
    """Who joins, for "to join" with no subject of its own: the subject of the clause it
    completes ("X left Y to join Z", "X completed his move from Y to join Z"), or the object
    that clause's verb names ("urged X to join Z")."""
    if verb.dep_ not in {"xcomp", "advcl", "acl"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return []
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubj", "pobj"}:
        head = head.head  # "his move … to join": the move's verb
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    # "urged X to join": the object of the verb the clause completes; "left Y to join" (a
    # purpose): its subject
    named = [c for c in head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
    return named or [c for c in head.children if c.dep_ == "nsubj"]


def _person_apposed(context: ArticleContext, token: Token) -> Mention | None:
    """The person ``token`` names, or the person it is in apposition to: "X, a Republican
    from Ohio who sits on …" (the party's name is no person)."""
    for _ in range(5):
        found = context.mention_at(token)
        if found is not None and context.is_person(found):
            return found
        # "a Republican from Idaho who …": the parser may hang the clause on the place
        if token.dep_ not in {"appos", "pobj", "prep"}:
            return None
        token = token.head
    return None


def _named_beside(context: ArticleContext, noun: Token) -> Mention | None:
    """The organisation a common noun is named by right after it: "the club Al Nassr"."""
    return next(
        (
            m
            for c in noun.children
            if c.dep_ in {"appos", "compound"} and c.i > noun.i
            for m in [context.mention_at(c)]
            if m is not None
        ),
        None,
    )


def _likened(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people a clause says are alike: "Like Y, X belongs to Z" says it of Y too."""
    return [
        m
        for o in objects_of(verb, "like")
        if o.head.i < verb.i  # the preposition before the verb
        for m in [context.mention_at(o)]
        if m is not None and context.is_person(m)
    ]


#: What a court's judges hearing one case are called: "the bench" the court's, headed by one
#: of its judges (not by the court's head).
_PANELS_OF_JUDGES = {"bench"}


def _led_by(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "the IMF mission, led by X" / "the Israeli delegation, headed by X" → memberOf;
    "Acme, led by X" → leaderOf."""
    noun = verb.head
    group = _party_group_led(verb)
    if group is not None:
        noun = group
    elif verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.dep_ == "acl" and (
            verb.head.tag_ == "VBN"):
        noun = verb.head.head  # "the Harmony Party, founded by A and led by B": the party's
    elif verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "relcl", "conj", "advcl", "ccomp"}:
        # "A led India's team, while the Japanese side was headed by B": a clause of its own
        # "Selwyn Partners is headed by X", "Selwyn, which is led by X": present only
        # ("the talks were led by X" tells of one occasion)
        # "UEFA, which is based in Nyon and led by X": the second verb shares the first's
        shares = verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children)
        holder = verb.head if shares else verb
        if shares and holder.pos_ in {"NOUN", "PROPN"}:
            # "UEFA, which is based in Nyon, Switzerland, and led by X": after the comma the
            # parser may join the verb to the body itself; it shares the relative clause's
            holder = next((c for c in holder.children if c.dep_ == "relcl" and c.i < verb.i
                           and c.tag_ == "VBN"), holder)
        # "was chaired by A until 2017 and is now chaired by B": the second verb's own tense
        co = _co_prefix(verb)
        aux = [c.lower_ for c in verb.children if c.dep_ == "auxpass" and c != co] or [
            c.lower_ for c in holder.children if c.dep_ == "auxpass" and c != co] or [
            # "is co-chaired by X": the parser may hang "is" on the split-off "co"
            c.lower_ for c in (co.children if co is not None else ()) if c.dep_ == "auxpass"]
        # ("is co-chaired by X": the parser may hang the body, as a plain subject, on the
        # split-off "co" or on the "is" it hangs there)
        split = [co, *(c for c in co.children if c.dep_ == "auxpass")] if (
            co is not None and holder is verb) else []
        subject = next((c for c in holder.children if c.dep_ == "nsubjpass"), None) or next(
            (c for t in split for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and (
                holder.dep_ == "ccomp" or holder.dep_ == "relcl"
                and holder.head.pos_ not in {"NOUN", "PROPN"}):
            # "sits on the Policies Committee that is chaired by X": the parser may hang
            # the relative clause on the verb; the name right before the pronoun is meant
            # (and the clause is then read as if on that name)
            antecedent = _name_before(context, subject)
            subject = antecedent if antecedent is not None else subject
        if subject is None or aux not in (["is"], ["are"]) and not (
            # "The U.S. side was led by X": who led a country's side was one of its people
            aux in (["was"], ["were"]) and subject.lower_ in _PART_NOUNS
        ):
            return
        noun = holder.head if holder.dep_ == "relcl" and subject.lower_ in {"which", "that"} else (
            subject
        )
    elif verb.dep_ != "acl" or verb.tag_ != "VBN":
        return
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return
    if verb.dep_ == "acl" and any(c.dep_ == "advmod" and c.lower_ in _EARLIER
                                  for c in verb.children):
        return  # "the board of Kestrel Bank, then chaired by X": a head of the past
    before = verb.doc[verb.i - 1]
    if verb.dep_ == "acl" and before.i > noun.i and before.pos_ == "NOUN" and (
        before.head is not noun and before.head.head is not noun  # not "the Ostland team"
    ):
        return  # "BJP leaders sworn in as ministers in the government led by X": the government
    # "House Republicans led by A and B": the party's members in a chamber, led by two of them
    members = noun.text in PARTY_ALIASES and noun.tag_ in {"NNS", "NNPS"}
    people = [
        m
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        # "led by two Louisianians, A and B": the people in apposition to the agent; "led
        # by the former television presenter X": the one a description names
        for head in [pobj, *(c for c in pobj.children if c.dep_ == "appos" and (
            members or pobj.is_lower and context.mention_at(pobj) is None))]
        # "led by X and Y" (a body led by two has two members at its head)
        # "co-chaired by A and B": each of them heads it
        for named in [head, *(head.conjuncts if noun.lower_ in _PART_NOUNS or members
                              or _co_prefix(verb) is not None else ())]
        for m in [context.mention_at(named)]
        if m is not None and context.is_person(m)
    ]
    if not people and noun.lower_ in _PART_NOUNS:
        # "headed by Foreign Minister A and Minister of Defence B": the parser may hang the
        # second name under the title's "of"; each person named in the agent leads the side
        people = [
            m
            for agent in verb.children
            if agent.dep_ == "agent"
            for m in _titled_list(context, agent.i + 1, agent.right_edge.i + 1)
        ]
    elif noun.lower_ in _PART_NOUNS:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            people += [m for m in _titled_list(context, agent.i + 1, agent.right_edge.i + 1)
                       if m not in people]
    if people and noun.lower_ in _PART_NOUNS:
        # "led by A, together with Foreign Minister B": B is of the side too
        people += [m for m in _side_joined(context, verb) if m not in people]
    if members and not people:
        # the parser may cut "led by two Texans, A and B" off at the comma
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        people = _titled_people_after(context, agent.right_edge.i + 1) if agent else []
    if members:
        party = context.mention_at(noun)
        if party is not None and party.type == "Organization":
            for person in people:
                yield _stated_by(context, verb, person, "memberOf", party)
        return
    body, predicate = context.mention_at(noun), "leaderOf"
    if noun.lower_ in _PANELS_OF_JUDGES and context.name_at(noun) is None:
        predicate = "memberOf"  # "the bench, headed by Justice X": one of the court's judges
    if body is None:
        # leads a unit of the body; but whoever chairs its board leads the body itself
        predicate = "leaderOf" if noun.lemma_.lower() in _GOVERNING_BODIES else "memberOf"
        body = next(
            (
                m
                for c in noun.children
                if c.dep_ in {"compound", "poss", "amod"}
                for m in [context.mention_at(c) or demonym_mention(context, c)]
                if m is not None
            ),
            None,
        )
        if body is None and predicate == "leaderOf":
            # "the board of Kestrel Bank, chaired by X": the company whose board it is
            body = next((m for o in objects_of(noun, "of") for m in [context.mention_at(o)]
                         if m is not None and m.type == "Organization"), None)
    if body is not None and body.type == "Place" and noun.lower_ in _PART_NOUNS:
        body = _state_of_capital(context, body)  # "Kyiv's negotiators, led by X"
    if body is None or body.type not in {"Organization", "Place"}:
        return
    if predicate == "leaderOf" and body.type != "Organization":
        return
    unit = context.mention_at(noun) is None
    for person in people:
        # "a Rowing Federation delegation, led by president X": the federation's president
        titled = title_predicate(context, words, body) if unit and body.type == "Organization" and (
            words := _title_words_before(context, person)) else None
        yield Relation(person, titled or predicate, body,
                       context.evidence(verb.sent, "kg.roles.v1", 0.75))


def _title_words_before(context: ArticleContext, person: Mention) -> list[str]:
    """The title words written right before a name ("led by Vice President [X]"), if any."""
    span = context.span_of(person)
    if span is None:
        return []
    doc, words = context.doc, []
    j = span.start - 1
    while j >= span.sent.start and doc[j].lower_ in _TITLE_WORDS:
        words.insert(0, doc[j].text)
        j -= 1
    if j >= span.sent.start and doc[j].lower_ in _NOT_HELD_NOW:
        return []  # "led by former president X": a title no longer held
    if j >= span.sent.start and doc[j].is_lower and doc[j].pos_ in {"NOUN", "PROPN"}:
        return []  # "led by intelligence chief X": the head of a unit, not of the body
    return words


#: Nouns of a body's leadership written after "under": "under the leadership of X".
_LEADERSHIP_NOUNS = frozenset({"leadership", "command", "chairmanship", "stewardship"})


def _under_leadership(context: ArticleContext) -> Iterator[Relation]:
    """ "the Rapid Shield Forces, under the command of X," / "The party, under the
    leadership of X, is divided" → X leaderOf the body the phrase is set on (the name it
    follows, or the subject of its clause; not a past clause's: "the party grew under the
    leadership of X" tells of a time before)."""
    for noun in context.tokens_with(_LEADERSHIP_NOUNS):
        under = noun.head
        if noun.lower_ not in _LEADERSHIP_NOUNS or noun.dep_ != "pobj" or (
                under.lower_ != "under"):
            continue
        if any(c.lower_ in _PAST for c in noun.children):
            continue  # "under the former leadership of X"
        leaders = [
            m
            for of in noun.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for pobj in of.children
            if pobj.dep_ == "pobj" and not any(c.lower_ in _PAST for c in pobj.children)
            for named in [pobj, *pobj.conjuncts]
            for m in [context.mention_at(named)]
            if m is not None and context.is_person(m)
        ]
        body = _body_set_off_before(context, under) or _body_under(context, under.head)
        if body is None or not leaders:
            continue
        for person in leaders:
            yield _stated_by(context, under.head, person, "leaderOf", body)


#: Verbs of taking a body's helm: "X took the helm of Y in 2021", as "became its chief".
_TAKE_HELM = frozenset({"take", "assume"})


def _at_the_helm(context: ArticleContext) -> Iterator[Relation]:
    """ "X took the helm of Y", "X, who is at the helm of Y," and "X, at the helm of Y since
    2019, said" → X leaderOf Y (not "was at the helm of Y": a time before)."""
    for helm in context.tokens_with({"helm"}):
        if helm.lower_ != "helm" or any(c.lower_ in _PAST for c in helm.children):
            continue
        bodies = [m for of in helm.children if of.dep_ == "prep" and of.lower_ == "of"
                  for pobj in of.children if pobj.dep_ == "pobj"
                  for m in [context.mention_at(pobj)] if m is not None
                  and m.type == "Organization"]
        verb, subject = helm.head, None
        if helm.dep_ == "dobj" and verb.lemma_ in _TAKE_HELM:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif helm.dep_ == "pobj" and verb.lower_ == "at":
            at, verb = verb, verb.head
            perfect = verb.lower_ == "been" and any(
                c.lower_ in {"has", "have"} for c in verb.children)  # "has been at the helm"
            if verb.lemma_ == "be" and (verb.tag_ not in {"VBD", "VBN"} or perfect):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            elif at.i >= 2 and context.doc[at.i - 1].text == ",":
                subject = context.doc[at.i - 2]  # "X, at the helm of Y since 2019, said"
        if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subject = verb.head
        person = context.mention_at(subject) if subject is not None else None
        if person is None or not context.is_person(person):
            continue
        for body in bodies:
            yield _stated_by(context, verb, person, "leaderOf", body)


def _body_set_off_before(context: ArticleContext, token: Token) -> Mention | None:
    """The organisation named right before the comma that sets off the phrase at ``token``:
    "the Rapid Shield Forces, under the command of X,"."""
    doc = context.doc
    if token.i - 2 < token.sent.start or doc[token.i - 1].text != ",":
        return None
    found = context.name_at(doc[token.i - 2])
    span = context.span_of(found) if found is not None else None
    if found is None or span is None or span.end != token.i - 1:
        return None
    return found if found.type == "Organization" else None


def _body_under(context: ArticleContext, head: Token) -> Mention | None:
    """The organisation "under the leadership of" is said of: the name it is set on, or
    the subject of a present clause it is set on."""
    if head.pos_ in {"NOUN", "PROPN"}:
        found = context.mention_at(head)
    elif head.pos_ in {"VERB", "AUX"} and head.tag_ not in {"VBD", "VBN"}:
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        found = context.mention_at(subject) if subject is not None else None
    else:
        return None
    return found if found is not None and found.type == "Organization" else None


def _name_before(context: ArticleContext, pronoun: Token) -> Token | None:
    """The last word of the organisation named right before a relative pronoun ("the
    Policies Committee that", "Acme, which"), or None."""
    doc = context.doc
    k = pronoun.i - 1
    k -= k > pronoun.sent.start and doc[k].text == ","
    if k < pronoun.sent.start:
        return None
    found = context.name_at(doc[k])
    span = context.span_of(found) if found is not None else None
    if found is None or span is None or span.end != k + 1 or found.type != "Organization":
        return None
    return doc[k]


def _titled_people_after(context: ArticleContext, k: int) -> list[Mention]:
    """The people of an apposition that starts at the comma at token ``k``, with their
    titles: ", Speaker A and Majority Leader B,"."""
    doc = context.doc
    if k >= len(doc) or doc[k].text != ",":
        return []
    people: list[Mention] = []
    end = doc[k].sent.end
    k += 1
    while k < end and doc[k].text not in {",", ";", "."}:
        found = context.mention_at(doc[k])
        if found is not None and context.is_person(found):
            if found not in people:
                people.append(found)
        elif doc[k].lower_ not in _TITLE_WORDS | {"and", "majority", "minority"}:
            return []  # not a list of titled people
        k += 1
    return people


def _party_group_led(verb: Token) -> Token | None:
    """ "House Republicans led by A and B moved …": the parser may make "led" the sentence's
    verb and the party's members its subject."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next(
        (c for c in verb.children
         if c.dep_ == "nsubj" and c.text in PARTY_ALIASES and c.tag_ in {"NNS", "NNPS"}),
        None,
    )


def _based_or_owned(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "Brightwater, which is based in Atlanta" → locatedIn; "Lumora, which is owned by
    the group Tessellate Holdings" / "Lumora, owned by Tessellate" → partOf."""
    if verb.dep_ not in {"relcl", "acl"} or verb.tag_ != "VBN":
        return
    if any(c.lower_ in {"was", "were"} for c in verb.children):
        return  # "which was owned by X until 2020" is past
    org = context.mention_at(verb.head)
    # "Lumora, which is owned by": what "which" stands for is no person, however tagged
    which = any(c.lower_ in {"which", "that"} for c in verb.children)
    if org is None or org.type != "Organization" and not (which and org.type == "Person"):
        return
    if verb.lemma_ == "base":
        preds, prep_words, wanted = "locatedIn", {"in"}, "Place"
    else:
        preds, prep_words, wanted = "partOf", {"by"}, "Organization"
    for prep in verb.children:
        if prep.lower_ not in prep_words:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            other = entity_of(context, pobj)
            if wanted == "Place" and (other is None or other.type != "Place"):
                other = place_named_by(context, pobj)  # "based in the city of Porto"
            if other is not None and other != org and other.type == wanted:
                yield _stated_by(context, verb, org, preds, other)


#: Verbs that start or hold an office named after "as": "take over as interim CEO",
#: "step in as acting chair", "serves as finance director", "became chief executive".
_OFFICE_VERBS = {"take": "over", "step": "in", "serve": None, "become": None, "return": None,
                 "succeed": None, "replace": None, "start": None, "begin": None,
                 "stay": "on", "remain": None}
#: What one starts "as" a new office's holder: "starts work as director".
_STARTED = {"work", "job", "role", "duties", "term"}
#: Offices named as such, and the title of their holder: "took over the chairmanship".
_OFFICE_NOUNS = {"chairmanship": "chairman", "presidency": "president", "leadership": "leader"}
#: Verbs whose passive subject is the one who leaves the office: "X was succeeded by Y".
_SUCCESSION = {"succeed", "replace"}


#: Verbs of winning a vote, after which one becomes what follows: "won the election to
#: become president", "beat Y in the second round to become its president".
_WON = {"win", "beat", "defeat", "edge", "oust"}


def _won_to_become(verb: Token) -> bool:
    """ "X won the election to become president of Y": X became it (not "hopes to become")."""
    return verb.lemma_ == "become" and verb.dep_ in {"advcl", "xcomp"} and (
        verb.head.lemma_ in _WON) and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in verb.children)


def _subject_since_taking(main: Token) -> Token | None:
    """ "Since taking over as chief executive of Y, X has cut costs": the subject of the
    clause "since" is set on took the office, and holds it still (the name a relative
    clause's "who" stands for: "X, who has cut costs since taking over as …")."""
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and main.dep_ == "relcl":
        return main.head
    return subject


#: A company's own organs, which its titles name: "Chairman of the Board" chairs the
#: company's board.
_OWN_ORGANS = {"board"}


def _of_a_body_unnamed(context: ArticleContext, title: Token) -> bool:
    """Whether ``title`` is followed by "of" and a body's common noun that names no entity:
    "head of the presidential office" (not "chief of staff", "head of state")."""
    return any(
        o.dep_ == "pobj" and o.lower_ in ORG_HEADS and o.lower_ not in _OWN_ORGANS
        and context.mention_at(o) is None
        for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _takes_office(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X would take over as interim CEO" → X leads the company of the sentence."""
    particle = _OFFICE_VERBS[verb.lemma_]
    if particle and not any(
        # "stays on as": the parser may take the particle for a preposition (one with no
        # object: "stepped down as chair in March" has no "step in")
        c.lower_ == particle and (c.dep_ == "prt" or c.dep_ == "prep" and not any(
            g.dep_ == "pobj" for g in c.children))
        # "took office as president", "took charge as chief executive"
        or verb.lemma_ == "take" and c.dep_ == "dobj" and c.lower_ in {"office", "charge"}
        for c in verb.children
    ):
        return  # "step down as", "take part as"
    if verb.tag_ == "VBD" and verb.lemma_ in {"serve", "return", "start", "begin", "remain",
                                              "stay"}:
        return  # "served as", "remained as" are past
    # "starts work on Monday as director": the parser may hang "as" on the work
    heads = [verb] + [
        c for c in verb.children
        if verb.lemma_ in {"start", "begin"} and c.dep_ == "dobj" and c.lower_ in _STARTED
    ]
    titles = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as" or verb.lemma_ == "become" and c.dep_ == "attr"
        for g in ([c] if c.dep_ == "attr" else c.children)
        if g.dep_ in {"pobj", "attr"} and g.lower_ in _TITLE_WORDS
    ]
    # "takes over the chairmanship (of X)", "took over the presidency": the office's holder
    titles += [
        c for c in verb.children
        if verb.lemma_ == "take" and c.dep_ == "dobj" and c.lower_ in _OFFICE_NOUNS
    ]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.dep_ == "nsubjpass" and verb.lemma_ in _SUCCESSION:
        return  # "X was replaced as chief executive by Y": X leaves the office
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and _won_to_become(verb):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        subject = _subject_since_taking(verb.head.head)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    person = entity_of(context, subject) if subject is not None else None
    if person is None and subject is not None:
        # "His successor, vice chairman X, takes over": the name in apposition
        person = next(
            (m for c in subject.children if c.dep_ == "appos"
             for m in [context.mention_at(c)] if m is not None),
            None,
        )
    if not titles or person is None or not context.is_person(person):
        return
    status = status_of(verb)
    if status == "hypothetical" and any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children
    ):
        status = "asserted"  # an announced succession: "X will take over as CEO"
    for title in titles:
        modifiers = [c for c in title.children if c.dep_ in {"amod", "compound", "nmod"}]
        words = _title_words(title, modifiers)
        if title.lower_ in _OFFICE_NOUNS:
            words = [*words[:-1], _OFFICE_NOUNS[title.lower_]]
        found = _title_body(context, title, person)
        if not found and _of_a_body_unnamed(context, title):
            continue  # "took over as head of the presidential office": of that office, which
            # no name here stands for (not of another body the sentence names)
        # "X, its operations chief, becomes acting chief executive": of the body X is already
        # of; "His successor, X, takes over the chairmanship": of the company the story is about
        honorary = any(c.lower_ in _HONORARY for c in modifiers)
        body = found[0] if found else (
            _body_of_apposition(context, subject, person)
            or _organisation_before(context, verb) or _cabinet_country(context, words)
            # ("X will stay on as honorary president": of a body the sentence leaves unsaid,
            # the seller's club, not the league the story names most)
            or (None if honorary else home_company(context))
        )
        if body is None or body == person:
            continue
        if not found and _government_office(words) and body.type == "Organization":
            continue  # "X, who replaced Y as prime minister": a country's, not the story's body
        predicate = title_predicate(context, words, body)
        if predicate == "leaderOf" and (
            honorary or _unit_words(modifiers, body) or names_a_unit_of(modifiers, body)
        ):
            predicate = "memberOf"  # "finance director" leads a unit; an honorary one no body
        if predicate:
            yield Relation(person, predicate, body,
                           context.evidence(verb.sent, "kg.roles.v1", 0.8), status)


#: Words of a title held in honour, with no power: "honorary president", "chairman emeritus".
_HONORARY = {"honorary", "emeritus"}


def _government_office(words: list[str]) -> bool:
    """Whether a title is a post in a country's government ("prime minister", "foreign
    minister", "premier"), which no company or international body the story names has."""
    return bool({w.lower() for w in words} & {"minister", "premier"})


def _replaced_with(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "Acme replaced CEO X with Y", "Acme replaced X with Y as its chief executive": Y
    takes the office X held, at the organisation that made the change."""
    if verb.pos_ != "VERB" or any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if held is None:
        return
    successor = next(
        (m for o in objects_of(verb, "with") + objects_of(held, "with")
         for m in [entity_of(context, o)] if m is not None and context.is_person(m)),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "The coffee giant Acme replaced …": the name in apposition to the description
    organisation = next(
        (m for t in ([subject, *subject.children] if subject is not None else [])
         if t is subject or t.dep_ == "appos"
         for m in [context.mention_at(t)] if m is not None and m.type == "Organization"),
        None,
    )
    if successor is None or organisation is None:
        return
    titles = objects_of(verb, "as") + objects_of(held, "as") or [
        c for c in held.children
        if c.dep_ in {"compound", "appos"} and c.lower_ in _TITLE_WORDS
    ]
    for title in titles:
        modifiers = [c for c in title.children if c.dep_ in {"amod", "compound", "nmod"}]
        # "as its chief executive": the organisation making the change, not the last named
        own = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in title.children)
        found = None if own else _title_body(context, title, successor)
        body = found[0] if found else organisation
        predicate = title_predicate(context, _title_words(title, modifiers), body)
        if predicate and body != successor:
            yield _stated_by(context, verb, successor, predicate, body)


def _body_of_apposition(
    context: ArticleContext, subject: Token, person: Mention
) -> Mention | None:
    """The organisation a title in apposition to ``subject`` names: "X, its chief operating
    officer," (its = the company named before)."""
    for node in subject.children:
        if node.dep_ == "appos" and node.lower_ in _TITLE_WORDS:
            found = _title_body(context, node, person)
            if found is not None and found[0].type == "Organization":
                return found[0]
    return None


#: Verbs whose "to" clause tells of what is to come: "is set to retire", "plans to resign",
#: "named Y to replace X"; the first of them have the leaver as their subject.
_PLANNING = {"plan", "set", "due", "expect", "intend", "decide", "agree"}
_AHEAD = _PLANNING | {"name", "appoint", "choose", "tap", "pick"}


def _still_to_come(verb: Token) -> bool:
    """Whether ``verb`` tells of a change ahead: "will retire", "would step down", "is set
    to resign", "named X to replace Y" (not "retired" or "replaced")."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"}
           for c in verb.children):
        return True
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in _AHEAD


def _leaves_office(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X will retire as president and chief executive", "X will step down as chairman",
    "named Y to replace X as CEO": X holds the office until then."""
    if not _still_to_come(verb):
        return
    if verb.lemma_ == "replace":
        holder = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        particle = LEAVING_VERBS[verb.lemma_]
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            return
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is None and verb.dep_ == "xcomp" and verb.head.lemma_ in _PLANNING:
            # "X is set to resign", "X plans to retire": the subject of the plan
            holder = next(
                (c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
            )
    person = entity_of(context, holder) if holder is not None else None
    if person is None or not context.is_person(person):
        return
    titles = [
        t
        for o in objects_of(verb, "as")
        for t in [o, *o.conjuncts]
        if t.lower_ in _TITLE_WORDS
    ]
    for title in titles:
        modifiers = [c for c in title.children if c.dep_ in {"amod", "compound", "nmod"}]
        found = _title_body(context, title, person)
        body = found[0] if found else _organisation_before(context, verb)
        predicate = title_predicate(context, _title_words(title, modifiers), body) if body else None
        if predicate and body is not None and body != person:
            yield Relation(person, predicate, body,
                           context.evidence(verb.sent, "kg.roles.v1", 0.75))


def _organisation_before(context: ArticleContext, token: Token) -> Mention | None:
    """The organisation named last before ``token`` in its sentence."""
    sent = token.sent
    named = [
        m
        for m in context.mentions
        if m.type == "Organization" and sent.start_char <= m.start and m.end <= token.idx
    ]
    return named[-1] if named else None


#: Participles of leading a body: "the commission, chaired by X", "coordinated by X",
#: "Acme, which is run by X".
_LED = {"lead", "head", "chair", "coordinate", "run", "command"}
#: Verbs that list the members of a delegation: "The U.S. delegation included X and Y".
_INCLUDE = frozenset({"include", "comprise"})
#: Verbs of a country sending its officials: "The U.S. had brought Treasury Secretary X".
_SENDING = frozenset({"bring", "send", "dispatch"})
#: Verbs that make their subject someone's adviser or spokesperson now, and the word
#: before the one served: "X, who advises President Y", "X speaks for the police".
_SERVING = {"advise": ("advisorOf", None), "speak": ("spokespersonOf", "for")}
#: The lemmas :func:`_role_verbs` reads (see :func:`kg.extract.nlp.tokens_with`).
_ROLE_VERBS = frozenset({"base", "own", *_LED, *_OFFICE_VERBS, *_APPOINT, *_RUN, "work",
                         "retire", "resign", "step",
                         "sit", "serve", "represent", "belong", "play", "score", "join",
                         "rejoin", "study", "teach", "lecture", *_INCLUDE, "win", *_SERVING,
                         *_SENDING})


def _role_verbs(context: ArticleContext) -> Iterator[Relation]:
    for verb in context.tokens_with(_ROLE_VERBS):
        if verb.lemma_ in _SEAT_VERBS and verb.pos_ == "VERB":
            yield from _holds_a_seat(context, verb)
        if verb.lemma_ in _SERVING and verb.pos_ == "VERB":
            yield from _serves(context, verb)
        if verb.lemma_ in {"base", "own"} and verb.pos_ == "VERB":
            yield from _based_or_owned(context, verb)
            continue
        if verb.lemma_ in _LED and _party_group_led(verb) is not None:
            yield from _led_by(context, verb)  # "House Republicans led by A and B moved …"
            continue
        if verb.lemma_ in _LED and verb.tag_ == "VBN":
            if any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children):
                if verb.lemma_ in _RUN:  # "X, who has led the federation since 2015"
                    yield from _runs(context, verb)
            else:
                yield from _led_by(context, verb)
            continue
        if verb.lemma_ in LEAVING_VERBS.keys() | {"replace"} and verb.pos_ == "VERB":
            yield from _leaves_office(context, verb)
        if verb.lemma_ == "replace":
            yield from _replaced_with(context, verb)
        if verb.lemma_ in _OFFICE_VERBS and verb.pos_ in {"VERB", "AUX"}:
            yield from _takes_office(context, verb)
            if verb.lemma_ == "serve" and verb.pos_ == "VERB":
                yield from _works_for(context, verb)  # "has served on the board of X"
        elif verb.lemma_ in _APPOINT and verb.pos_ == "VERB":
            yield from _appointed(context, verb)
        elif verb.lemma_ in _RUN:
            found = list(_runs(context, verb))
            yield from found or _runs_after_which(context, verb)
        elif verb.lemma_ in {"work", "sit", "serve", "belong", "play", "study", "teach",
                             "lecture"} and verb.pos_ == "VERB":
            yield from _works_for(context, verb)
        elif verb.lemma_ == "represent" and verb.pos_ == "VERB":
            yield from _represents(context, verb)
        elif verb.lemma_ in _SENDING and verb.pos_ == "VERB":
            yield from _sent_by_country(context, verb)
        elif verb.lemma_ in {"join", "rejoin"}:
            yield from _joined(context, verb)
        elif verb.lemma_ == "score" and verb.pos_ == "VERB":
            yield from _scored_for(context, verb)
        elif verb.lemma_ in _INCLUDE and verb.pos_ == "VERB":
            yield from _delegation_members(context, verb)


#: Verbs of holding or winning a seat in a body: "sits in", "serves on", "was elected to",
#: "won a seat in".
_SEAT_VERBS = {"sit", "serve", "elect", "reelect", "win"}
#: The words of the names of bodies whose members hold seats.
_SEATED_BODIES = CHAMBER_WORDS | {"council", "committee", "commission", "court", "tribunal",
                                  "cabinet", "bench", "storting", "bundestag", "knesset", "duma",
                                  "sejm", "riksdag", "folketing", "dail", "seanad", "majlis"}
#: The words of the names of armed forces and their units, whose soldiers "serve in" them.
_ARMED_UNITS = frozenset({"army", "navy", "force", "forces", "brigade", "battalion",
                          "regiment", "division", "corps", "guard", "fleet", "squadron",
                          "marines"})
#: Names of chambers besides those of :data:`CHAMBER_WORDS`.
_CHAMBER_NAMES = _SEATED_BODIES - {"council", "committee", "commission", "court", "tribunal",
                                   "cabinet", "bench"}


def _serves(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X, who advises President Y on security" → X is Y's adviser; "X, who speaks for the
    Ghana Police Service" → its spokesperson (now: not "advised", "spoke for an hour"; not
    "advises travellers to avoid …": no one named)."""
    predicate, prep = _SERVING[verb.lemma_]
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "xcomp" for c in verb.children):
        return
    objects = ([c for c in verb.children if c.dep_ == "dobj"] if prep is None
               else objects_of(verb, prep))
    served = [m for o in objects for m in [context.mention_at(o)] if m is not None and (
        context.is_person(m) or prep is not None and m.type == "Organization")]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    server = context.mention_at(subject) if subject is not None else None
    if server is not None and context.is_person(server):
        for other in served:
            if other != server:
                yield _stated_by(context, verb, server, predicate, other)


def _holds_a_seat(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "X sits in the Senate", "X serves on the Trade Committee", "X was elected to the
    Storting in 2021", "X won a seat in the Assembly" → X is a member of the body (not "sat"
    or "served": a seat held before)."""
    if verb.lemma_ in {"sit", "serve"}:
        if verb.tag_ == "VBD":
            return
        heads, preps = [verb], {"in", "on"}
    elif verb.lemma_ == "win":
        heads, preps = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_ == "seat"], {
            "in", "on"}
        heads += [verb] if heads else []
    else:  # "was elected to the Senate" (not "elected X to lead"; "elected chairman of")
        heads, preps = [verb], {"to"}
    # "X, who serves in the Kestrel Brigade": one of the force's soldiers
    ranks = _ARMED_UNITS if verb.lemma_ == "serve" else frozenset()
    bodies = [
        m
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for o in prep.children
        if o.dep_ == "pobj"
        # "who sits on the committee": the one committee the article names
        for m in [context.mention_at(o)]
        if m is not None and m.type == "Organization"
        and (_SEATED_BODIES | ranks) & set(m.name.lower().split())
    ]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subject = verb.head  # "X, elected to the Senate in 2018,"
    if not bodies or subject is None:
        return
    if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    person = _person_apposed(context, subject)
    if person is not None:
        for body in bodies:
            yield _stated_by(context, verb, person, "memberOf", body)


def _based_in(context: ArticleContext) -> Iterator[Relation]:
    """ "a Washington-based consultancy" describing an organisation → locatedIn."""
    doc = context.doc
    for token in context.tokens_with(_BASED):
        if token.lower_ not in _BASED or token.i < 2 or doc[token.i - 1].text not in {"-", "–"}:
            continue
        place = context.mention_at(doc[token.i - 2])
        if place is None or place.type != "Place":
            continue
        noun = token.head
        org = context.mention_at(noun)
        if org is None and noun.dep_ in {"appos", "compound"}:
            org = context.mention_at(noun.head)
        if org is None:
            org = next(
                (
                    context.mention_at(c)
                    for c in noun.children
                    if c.dep_ == "appos" and context.mention_at(c) is not None
                ),
                None,
            )
        if org is not None and org.type == "Organization":
            yield Relation(
                org, "locatedIn", place, context.evidence(token.sent, "kg.roles.v1", 0.85)
            )


def _state_body(org: Mention) -> bool:
    """Whether ``org`` is named as a body of a state: "Senate", "Ministry of Finance"."""
    return any(word in STATE_BODY_WORDS for word in org.name.lower().split())


def _party_members_written(context: ArticleContext, org: Mention, k: int) -> bool:
    """Whether the party ``org`` is written at token ``k`` by its members' noun ("Democrat",
    "Republicans"), people of a body rather than a part of it."""
    word = context.doc[k].text
    return org.name in PARTY_ALIASES.values() and word.removesuffix("s") in PARTY_MEMBER_NOUNS


def _owned_by(context: ArticleContext) -> Iterator[Relation]:
    """ "Brazil's Senate", "the Treasury's Office of Foreign Assets Control", "the bank's
    Monetary Policy Committee" → partOf: a possessive body before an organisation's name (a
    country's only before a body of its state: "Kenya's Zuma Holdings" is no part of Kenya)."""
    doc = context.doc
    for token in context.tokens_with(POSSESSIVE_MARKS):
        if token.text not in POSSESSIVE_MARKS or token.i == 0 or token.i + 1 >= len(doc):
            continue
        if token.ent_type_:
            continue  # "the Farmers' Alliance", "United People's Front": one name
        # "the bank's Monetary Policy Committee": the bank the article has named
        owner = context.mention_at(doc[token.i - 1]) or context.antecedents.get(token.i - 1)
        k = token.i + 1
        while (
            k < token.sent.end
            and context.mention_at(doc[k]) is None
            and (doc[k].pos_ == "ADJ" or doc[k].is_title and doc[k].pos_ == "PROPN")
        ):
            k += 1  # "Algeria's main opposition party": an adjective may come between
        org = context.mention_at(doc[k]) if k < token.sent.end else None
        if owner is None or org is None or owner == org or org.type != "Organization":
            continue
        if context.is_person(owner):
            continue  # "Maduro's Presidential Guard": a surname the article gives a person
        if _party_members_written(context, org, k):
            continue  # "the chamber's top Democrat", "the Senate's Republicans": its members
        predicate = "partOf" if owner.type in {"Place", "Organization"} else None
        if owner.type == "Place" and not _state_body(org):
            continue  # "Kenya's Zuma Holdings": a company of a country is no part of the state
        if org.name.startswith(f"{CAPITAL_COUNTRIES.get(owner.name)}'s "):
            continue  # "Seoul's defense ministry", named as South Korea's: no part of the city
        if predicate:
            yield Relation(org, predicate, owner, context.evidence(token.sent, "kg.roles.v1", 0.7))


#: Head words of a body that a larger organisation's name can open: "UN Security Council",
#: "African Union Commission", "Ostria Bank Monetary Policy Committee".
_BODY_OF_ORGANISATION = {
    "council", "assembly", "committee", "commission", "court", "agency", "office", "board",
    "secretariat", "tribunal", "programme", "program", "fund", "directorate", "bureau",
}


def _parent_named(context: ArticleContext, prefix: str) -> Mention | None:
    """The organisation the article names elsewhere by ``prefix`` or by the words it
    shortens ("UN" for "United Nations", "United Nations" for "UN")."""
    folded = prefix.lower()
    for other in context.mentions:
        if other.type != "Organization" or other.end <= other.start:
            continue
        name = other.name
        if name.lower() == folded or (
            is_acronym(prefix) and " " in name and initials(name, _ACRONYM_SKIP) == folded
        ) or (is_acronym(name) and " " in prefix and initials(prefix, _ACRONYM_SKIP)
              == name.lower()):
            return other
    return None


_ACRONYM_SKIP = frozenset({"of", "the", "for", "and"})


def _bodies_named_within(context: ArticleContext) -> Iterator[Relation]:
    """ "The United Nations Security Council", "the UN General Assembly" → partOf the
    organisation whose name opens the body's (one the article also names on its own)."""
    seen: set[str] = set()
    for body in context.mentions:
        span = context.span_of(body)
        if body.type != "Organization" or span is None or body.name in seen:
            continue
        seen.add(body.name)
        words = list(span)
        for cut in range(1, len(words)):
            rest = words[cut:]
            if not all(t.is_title or t.lower_ in _ACRONYM_SKIP for t in rest) or not (
                rest[0].is_title and any(t.lower_ in _BODY_OF_ORGANISATION for t in rest)
            ):
                continue  # a hyphen's words too: "the Velmar-Ostria Council" is joint
            prefix = " ".join(t.text for t in words[:cut])
            parent = _parent_named(context, prefix)
            if parent is not None and parent.name != body.name:
                yield Relation(body, "partOf", parent,
                               context.evidence(span.sent, "kg.roles.v1", 0.8))
                break


#: Nouns that make an organisation a part of another: "Corvex, a subsidiary of Halden Group".
_PART_NOUNS_OF_BODIES = {"subsidiary", "unit", "division", "arm", "branch"}


def _parts_of_bodies(context: ArticleContext) -> Iterator[Relation]:
    """ "Corvex, a subsidiary of Halden Group", "Tarn Labs, the research arm of Orvik" →
    partOf (not "a former unit of": a past owner)."""
    for noun in context.tokens_with(_PART_NOUNS_OF_BODIES):
        if noun.dep_ != "appos" or noun.lemma_ not in _PART_NOUNS_OF_BODIES:
            continue
        part = context.mention_at(noun.head)
        span = context.span_of(part) if part is not None else None
        if part is None or span is None or part.type != "Organization":
            continue
        if not _next_to(span, noun) or any(c.lower_ in _PAST for c in noun.children):
            continue
        for owner in _bodies_of(context, noun):
            if owner != part and owner.type == "Organization":
                yield Relation(
                    part, "partOf", owner, context.evidence(noun.sent, "kg.roles.v1", 0.8)
                )


def _bodies_of(context: ArticleContext, noun: Token) -> list[Mention]:
    """The names in the "of" phrase of ``noun``, also where a kind comes before the name:
    "of the steel group Halden", "of the group, Halden"."""
    found = []
    for pobj in objects_of(noun, "of"):
        named = entity_of(context, pobj, groups=False)
        after = pobj.i + 1
        if named is None and pobj.is_lower and after < pobj.sent.end:
            named = context.name_at(pobj.doc[after])  # "the steel group Halden Metals"
        if named is not None:
            found.append(named)
    return found


def _party_of(context: ArticleContext) -> Iterator[Relation]:
    """ "his Servant of the People party" → the person referred to is a member."""
    for org in list(context.mentions):
        if org.type != "Organization" or not org.name.lower().endswith("party"):
            continue
        span = context.span_of(org)
        if span is None:
            continue
        for token in span:
            for child in token.children:
                if child.dep_ == "poss" and child.lower_ in {"his", "her"}:
                    person = context.antecedents.get(child.i)
                    if person is not None:
                        yield Relation(
                            person,
                            "memberOf",
                            org,
                            context.evidence(span.sent, "kg.roles.v1", 0.75),
                        )


_KIND_NOUNS = {
    "company",
    "firm",
    "group",
    "bank",
    "developer",
    "maker",
    "producer",
    "consultancy",
    "agency",
    "newspaper",
    "broadcaster",
    "university",
    "charity",
    "operator",
    "airline",
    "fund",
    "organisation",
    "organization",
    "party",
    "carrier",
    "manufacturer",
}


#: A police commissioner's title written before the name, with the state or city it serves
#: set off or after "in": "The Commissioner of Police, Kwara State, Mr X", "the state's
#: commissioner of police, X", "Commissioner of Police in Oyo State, X", "Police
#: Commissioner X", "the Commissioner of Police, CP X".
_POLICE_COMMISSIONER_BEFORE = re.compile(
    r"(?<![\w-])(?:commissioner\s+of\s+police|police\s+commissioner)"
    r"(?:\s*(?:,|\bin\b|\bfor\b)\s*(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s*){1,4})?"
    r"\s*[,(]?\s*(?:(?:mr|mrs|ms|dr|cp)\.?\s+)?$",
    re.IGNORECASE,
)


def _police_commissioners(context: ArticleContext) -> Iterator[Relation]:
    """ "The Commissioner of Police, Kwara State, Mr X": the commissioner heads the police
    command the story names (a state's command, a city's force), which the title itself
    does not name. Not a deputy or an assistant commissioner."""
    body = _police_body(context)
    if body is None:
        return
    doc = context.doc
    for person in context.mentions:
        if not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        if span is None:
            continue
        sent = span.sent
        before = doc_text(doc)[sent.start_char : span.start_char]
        match = _POLICE_COMMISSIONER_BEFORE.search(before)
        if match is None or re.search(
                r"(?:deputy|assistant|vice|former|ex-)\s*$", before[: match.start()], re.I):
            continue
        if title_predicate(context, ["commissioner"], body) == "leaderOf":
            yield _relation(context, person, "leaderOf", body, sent, 0.85)


def _police_body(context: ArticleContext) -> Mention | None:
    """The one police command the article names ("the Kwara State Police Command"), or its
    one police body if it names a single one."""
    police = {m.name: m for m in context.mentions
              if m.type == "Organization" and m.end > m.start
              and "police" in m.name.lower().split()}
    commands = [m for name, m in police.items() if "command" in name.lower().split()]
    if len(commands) == 1:
        return commands[0]
    return next(iter(police.values())) if len(police) == 1 else None


#: Verbs of meeting whose object's place is where the meeting was held.
_MEETING_VERBS = {"meet", "receive", "host", "brief"}


def _heads_met_in(root: Token) -> bool:
    """Whether the body ``root`` is met, or named after the title of people met ("met the
    chiefs of X and Y in Doha", "met the head of X in Geneva"): the parser hangs the place
    of the meeting on the body, which need not be there ("The head of X in Geneva said"
    names the body's place)."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.pos_ == "VERB" and root.lemma_ in _MEETING_VERBS:
        return True  # "met the chiefs of X and Y in Doha" with Y parsed as the verb's conjunct
    met = root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in _TITLE_WORDS:
        met = root.head.head
    return met.dep_ == "dobj" and met.head.lemma_ in _MEETING_VERBS


def _of_and_in(context: ArticleContext) -> Iterator[Relation]:
    """ "Ralph Winter of the Court of Appeals", "Ana Roe at the Institute of Mechanics found"
    → memberOf; "Pacific Marine of Houston",
    "the Center for Disease Control in Atlanta" → locatedIn; "Houston, Texas" → locatedIn;
    "Wharf Holdings, a Hong Kong property company" → locatedIn."""
    doc = context.doc
    for m in list(context.mentions):
        span = context.span_of(m)
        if span is None or m.type == "Plan":
            continue
        root = span.root
        preps = [c for c in root.children if c.dep_ == "prep" and c.i >= span.end]
        end = span.end
        if (
            end + 3 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].like_num
            and doc[end + 2].text == ","
            and doc[end + 3].lower_ in {"of", "from"}
        ):  # "Ulf Merbold, 47, of the European Space Agency"
            preps.append(doc[end + 3])
        for prep in preps:
            if prep.lower_ not in {"of", "in", "from", "at"}:
                continue
            subject = root.head if root.dep_ == "conj" else root  # "A at X and B at Y won"
            if prep.lower_ == "at" and (
                not context.is_person(m) or subject.dep_ not in {"nsubj", "nsubjpass"}
            ):
                continue  # "Ana Roe at the Institute of Mechanics found": her workplace
            if doc[span.end].text == "," and prep.lower_ != "of" and not (
                    prep.lower_ == "from" and context.is_person(m)):
                continue  # (but "Ana Roe, from the Corvel Institute, said": her body)
            for pobj in prep.children:
                other = context.mention_at(pobj) if pobj.dep_ == "pobj" else None
                if other is None and pobj.dep_ == "pobj" and context.is_person(m):
                    other = _named_after_description(context, pobj)  # "X of the
                    # gymnastics federation, FIG"
                if (
                    other is None
                    and pobj.dep_ == "pobj"
                    and pobj.is_lower
                    and pobj.i + 1 < len(doc)
                ):
                    # "of the opposition National Democratic Movement", "of the
                    # agency's water division"
                    other = context.name_at(doc[pobj.i + 1]) or next(
                        (
                            found
                            for c in pobj.children
                            if c.dep_ == "poss"
                            for found in [context.name_at(c)]
                            if found is not None
                        ),
                        None,
                    )
                    if other is not None and other.type != "Organization":
                        other = None
                if other is None or other == m:
                    continue
                if _party_of_person(m, other, prep):
                    # "the Civic Union of Prime Minister X": the prime minister's party
                    yield Relation(
                        other, "memberOf", m, context.evidence(span.sent, "kg.roles.v1", 0.75)
                    )
                elif m.type == "Organization" and other.type == "Place":
                    if span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"}:
                        continue  # "Derwinski, a Republican from Chicago": a member
                    if _career_move(root):
                        continue  # "joined Velka in France in 1986": where she joined
                    if prep.lower_ == "in" and _heads_met_in(root):
                        continue  # "met the chiefs of X in Doha": where they met
                    yield Relation(
                        m, "locatedIn", other, context.evidence(span.sent, "kg.roles.v1", 0.7)
                    )
                elif not context.is_person(m) or prep.lower_ not in {"of", "from", "at"}:
                    continue
                elif m.type == "Organization" and prep.lower_ == "from":
                    continue  # "moved to Harcourt Rovers from Castelmar FC": a body's name
                elif prep.lower_ == "from" and _hired_away(root):
                    continue  # "Kestrel hired Ana Roe from Tessel Bank": the employer left
                elif other.type == "Organization" and not past_title_before(context, span):
                    # (not "retired Justice X of the Supreme Court")
                    for person in [m, *_listed_before_of(context, span, prep)]:
                        yield Relation(
                            person, "memberOf", other,
                            context.evidence(span.sent, "kg.roles.v1", 0.7),
                        )
        # "Houston, Texas": a place and the larger place it is in (a country is in none:
        # "China, Pakistan, Russia" is a list)
        if (
            m.type == "Place" and span.end + 1 < len(doc) and doc[span.end].text == ","
            and not is_country_or_state(m.name)
        ):
            other = context.mention_at(doc[span.end + 1])
            nxt = context.span_of(other) if other is not None else None
            if (
                other is not None
                and other.type == "Place"
                and other != m
                and nxt is not None
                and (nxt.end >= len(doc) or not doc[nxt.end].is_alpha)
                # "In Osaka, Japan's trade ministry": no nesting stated
                and doc[nxt.end if nxt.end < len(doc) else nxt.end - 1].text
                not in {"and", "'s", "’s"}
                and not any(t.dep_ == "conj" for t in nxt)
                and not capitals_listed(m, other)  # "Kyiv, Washington and allies": a list
            ):
                yield Relation(
                    m, "locatedIn", other, context.evidence(span.sent, "kg.roles.v1", 0.7)
                )
        # "Wharf Holdings, a major Hong Kong property company"
        if m.type == "Organization":
            for appos in root.children:
                if appos.dep_ != "appos" or appos.lemma_ not in _KIND_NOUNS:
                    continue
                for mod in appos.children:
                    place = (
                        context.mention_at(mod)
                        if mod.dep_ in {"compound", "amod", "nmod"}
                        else None
                    )
                    if place is not None and place.type == "Place":
                        yield Relation(
                            m, "locatedIn", place, context.evidence(span.sent, "kg.roles.v1", 0.75)
                        )


def _listed_before_of(context: ArticleContext, span: Span, prep: Token) -> list[Mention]:
    """The people listed with the name before "of X" ("Daniel Frost and Amy Kerr of Beacon
    Partners"): named in full, with no title or "of" of their own (not "President A and B
    of the Liberty Party")."""
    doc = context.doc
    if prep.lower_ != "of" or span.root.dep_ != "conj":
        return []
    people = []
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in {"and", ","}:
        person = context.name_at(doc[k - 1])
        found = context.span_of(person) if person is not None else None
        if person is None or found is None or not context.is_person(person) or (
                len(person.name.split()) < 2 or found.end != k):
            return []
        if found.start > 0 and doc[found.start - 1].lower_ in _TITLE_WORDS:
            return []
        people.append(person)
        k = found.start - 1
    return people


#: Verbs of a career step: "joined Velka in France" says where the step was taken.
_CAREER_STEPS = {"join", "rejoin", "leave", "quit", "enter"}


def _career_move(noun: Token) -> bool:
    """Whether ``noun`` is what someone joined or left: "who joined Velka in France"."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in _CAREER_STEPS


def _party_of_person(party: Mention, person: Mention, prep: Token) -> bool:
    """ "the Unity Front of Prime Minister X": a party "of" a person named with a title is
    that person's (not "the Union of Rail Crews")."""
    if prep.lower_ != "of" or party.type != "Organization" or person.type != "Person":
        return False
    if not PARTY_WORDS & {w.lower() for w in party.name.split()}:
        return False
    doc = prep.doc
    return prep.i + 1 < len(doc) and (
        doc[prep.i + 1].lower_ in _TITLE_WORDS or doc[prep.i + 1].lower_ in {"the", "its"}
        and prep.i + 2 < len(doc) and doc[prep.i + 2].lower_ in _TITLE_WORDS
    )


def _plural_titles(context: ArticleContext) -> Iterator[Relation]:
    """ "the co-leaders of the Social Democrats, A and B," → both lead it."""
    doc = context.doc
    for token in context.tokens_with(_TITLE_WORDS):
        if token.tag_ != "NNS" or token.lemma_ not in _TITLE_WORDS:
            continue
        first = _hyphen_head(token)
        words = [f"{first.text}-{token.lemma_}" if first is not None else token.lemma_]
        start = first.i if first is not None else token.i
        before = doc_tokens(doc)[max(token.sent.start, start - 2) : start]
        if any(t.lower_ in _PAST for t in before):
            continue
        k, body, unit = token.i + 1, None, False
        if k < token.sent.end and doc[k].lower_ == "of":
            k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
            body = context.name_at(doc[k]) if k < token.sent.end else None
            found = context.span_of(body) if body is not None else None
            k = found.end if found is not None else k
            if k + 2 < token.sent.end and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3  # "(SPD)"
        elif (owner := _owner_of_plural_title(doc, start)) is not None:
            body = context.name_at(doc[owner])
            # "Iceland's opposition leaders": the words between name a part of the body
            unit = any(t.lower_ not in PORTFOLIOS | {"and"} for t in doc[owner + 2 : start])
        # "Trump's envoys, A and B": a person's aides serve that person
        served = body is not None and context.is_person(body) and token.lemma_ in _SHARED_TITLES
        if body is None or body.type not in {"Organization", "Place"} and not served:
            continue
        if k >= token.sent.end or doc[k].text != ",":
            continue
        people = _people_listed(context, k + 1, token.sent.end)
        predicate = title_predicate(context, words, body)
        if predicate is None or len(people) < 2:
            continue
        if predicate == "leaderOf" and unit:
            predicate = "memberOf"
        for person in people:
            yield _relation(context, person, predicate, body, token.sent, 0.8)


#: Marks between a list of countries and the list of the people who hold their office.
_LIST_BREAKS = {",", "-", "–", "—", "("}


def _titles_of_each(context: ArticleContext) -> Iterator[Relation]:
    """ "the leaders of A, B and C - X, Y and Z", "the foreign ministers of A and B, X and
    Y": one title over two lists of the same length gives each body its own holder, in
    order."""
    doc = context.doc
    for token in context.tokens_with(_TITLE_WORDS):
        if token.tag_ != "NNS" or token.lemma_ not in _TITLE_WORDS:
            continue
        end = token.sent.end
        if token.i + 2 >= end or doc[token.i + 1].lower_ != "of":
            continue
        start = _hyphen_head(token) or token
        if any(t.lower_ in _PAST for t in doc[max(token.sent.start, start.i - 2) : start.i]):
            continue  # "the former leaders of A and B, X and Y"
        bodies, k = _bodies_listed(context, token.i + 2, end)
        if len(bodies) < 2 or k + 1 >= end or doc[k].text not in _LIST_BREAKS:
            continue
        people = _people_listed(context, k + 1, end)
        if len(people) != len(bodies):
            continue
        # "the prime ministers of A and B": a prime minister leads, a foreign minister does not
        modifiers = [
            c.text for c in start.children if c.dep_ in {"amod", "compound"} and c.i < start.i
        ]
        title = f"{start.text}-{token.lemma_}" if start is not token else token.lemma_
        words = [*modifiers, title]
        for person, body in zip(people, bodies, strict=True):
            predicate = title_predicate(context, words, body)
            if predicate is not None:
                yield _relation(context, person, predicate, body, token.sent, 0.8)


def _bodies_listed(context: ArticleContext, k: int, end: int) -> tuple[list[Mention], int]:
    """The countries and organisations named in a list that starts at token ``k`` ("A,
    the B and C"), and the token after it."""
    doc = context.doc
    bodies: list[Mention] = []
    while k < end:
        k += doc[k].lower_ == "the"
        body = context.name_at(doc[k]) if k < end else None
        if body is None or body.type not in {"Place", "Organization"}:
            break
        bodies.append(body)
        found = context.span_of(body)
        k = found.end if found is not None else k + 1
        if k + 1 < end and doc[k].lower_ == "," and doc[k + 1].lower_ == "and":
            k += 2
        elif k + 1 < end and doc[k].lower_ in {",", "and"} and (
            context.name_at(doc[k + 1]) is not None or doc[k + 1].lower_ == "the"
        ) and not (doc[k].text == "," and _a_person_at(context, doc[k + 1])):
            k += 1
        else:
            break
    return bodies, k


def _a_person_at(context: ArticleContext, token: Token) -> bool:
    found = context.name_at(token)
    return found is not None and found.type == "Person"


def _people_listed(context: ArticleContext, k: int, end: int) -> list[Mention]:
    """The people named in a list that starts at token ``k`` ("A, B and C")."""
    doc = context.doc
    people = []
    while k < end:
        if doc[k].text in PROFESSIONAL_STYLES and k + 1 < end:
            k += 1  # "and Advocate C": the style before the name
        person = context.name_at(doc[k])
        if person is None or not context.is_person(person) or doc[k].idx != person.start:
            break
        people.append(person)
        found = context.span_of(person)
        k = found.end if found is not None else k + 1
        if k < end and doc[k].lower_ in {"and", ","}:
            k += 1 + (k + 1 < end and doc[k + 1].lower_ == "and")
        else:
            break
    return people


#: Words of a list of titled people besides titles and portfolios: "Foreign Minister A and
#: Minister of Defence B", "Defence Secretary A, Foreign Secretary B".
_TITLED_LIST_WORDS = frozenset(
    {"of", "for", "and", ",", "the", "affairs", "external", "home", "internal", "&"})


def _titled_list(context: ArticleContext, k: int, end: int) -> list[Mention]:
    """The people of a list of titled names from token ``k`` to ``end`` ("Foreign Minister
    A and Minister of Defence B"); none when anything but titles, portfolios, demonyms and
    names stands in it ("the son of A" names no one who leads)."""
    doc = context.doc
    people: list[Mention] = []
    while k < end:
        token = doc[k]
        found = context.mention_at(token)
        if found is not None and context.is_person(found):
            if found not in people:
                people.append(found)
        elif not (
            token.lower_ in _TITLE_WORDS
            or token.lower_ in PORTFOLIOS
            or token.lower_ in _TITLED_LIST_WORDS
            or token.text in DEMONYMS
            or token.lower_ in {"deputy", "vice", "chief", "first", "senior"}
        ):
            return []
        k += 1
    return people


#: Last words of the names of offices held by one person, which the article may name as
#: a body: "the European Ombudsman", "the Data Protection Supervisor", "the Auditor General".
_ONE_HOLDER_OFFICES = {
    "ombudsman", "ombudsperson", "supervisor", "comptroller", "auditor-general",
    "inspector-general",
}


def _office_holders_named(context: ArticleContext) -> Iterator[Relation]:
    """ "The European Ombudsman, Teresa Anjinho, said …": the person named beside an office
    that one person holds holds it."""
    doc = context.doc
    for person in list(context.mentions):
        if not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        if span is None or span.start < 2:
            continue
        comma = doc[span.start - 1].text == ","  # "The Ombudsman, X," or "Ombudsman X"
        office = context.mention_at(doc[span.start - 1 - comma])
        found = context.span_of(office) if office is not None else None
        if found is None or office.type != "Organization" or found.end != span.start - comma:
            continue
        words = office.name.lower().replace(" - ", "-").split()
        last = "-".join(words[-2:]) if len(words) > 1 and words[-1] == "general" else words[-1]
        k = found.start - 1
        while k >= found.sent.start and doc[k].lower_ in _STANDING | {"current", "new"}:
            k -= 1  # "the current European Ombudsman, X"
        if k >= found.sent.start and doc[k].lower_ in _PAST:
            continue
        closed = not comma or span.end < len(doc) and doc[span.end].text in {",", "."}
        if last in _ONE_HOLDER_OFFICES and closed:
            yield _relation(context, person, "leaderOf", office, span.sent, 0.8)


#: Words between a name's comma and "presidential aide" set off after it: "X, a senior
#: presidential aide,".
_BEFORE_AIDE_TITLE = frozenset({"a", "an", "the", "senior", "top", "longtime", "close", "chief"})


def _presidential_aide_title(span: Span) -> int | None:
    """Where "presidential" stands in "presidential aide X" or "X, a (senior) presidential
    aide," (the title before the name or set off after it), if it does."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in ADVISERS and (
            doc[span.start - 2].lower_ == "presidential"):
        return span.start - 2
    k = span.end + 1
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    while k < span.sent.end and (doc[k].lower_ in _BEFORE_AIDE_TITLE or doc[k].text in DEMONYMS):
        k += 1
    if k == span.end + 1 or k + 2 >= len(doc) or doc[k].lower_ != "presidential" or (
            doc[k + 1].lower_ not in ADVISERS or doc[k + 2].text not in {",", "."}):
        return None
    return k


def _presidential_aides(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "Presidential aide X", "Russian presidential aide X", "X, a presidential aide,": an
    adviser of the president of
    the country named before the title, or of the sentence's side ("on the Russian side"),
    readout section or article, where the article names one leader of it."""
    doc = context.doc
    for person in list(context.mentions):
        if not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        k = _presidential_aide_title(span) if span is not None else None
        if k is None:
            continue
        assert span is not None
        before = doc[k - 1] if k >= 1 else None
        if before is not None and (before.lower_ in _PAST or before.text in _HYPHENS):
            continue  # "former presidential aide X", "vice-presidential aide X"
        side = side_of(span.sent)
        if before is not None and before.text in DEMONYMS:
            named = DEMONYMS[before.text]  # "Russian presidential aide X"
        elif side is not None:
            named = DEMONYMS[side]  # "On the Russian side, presidential aide X"
        else:
            country = country_of_bare_office(context, span, found)
            named = country.name if country is not None else None
        leaders = {  # "Vladimir Putin" and "Putin" are one leader
            r.subject.name.split()[-1]: r.subject
            for r in found
            if r.predicate == "leaderOf" and r.object.name == named and r.subject != person
            and r.subject.name
        }
        if len(leaders) == 1:
            leader = next(iter(leaders.values()))
            yield _relation(context, person, "advisorOf", leader, span.sent, 0.75)


#: Cabinet titles, whose holders a pair "A and B" may share one country for.
_CABINET_WORDS = {"minister", "secretary"}
#: Words a cabinet title is written with: "Defence Minister", "Secretary of Defense".
_CABINET_TITLE_WORDS = _CABINET_WORDS | PORTFOLIOS | {"of", "for", "foreign", "affairs"}


def _cabinet_title_before(doc, start: int, stop: int) -> list[str]:
    """The cabinet title written between ``stop`` and the name at ``start`` ("Defence
    Minister", "Secretary of Defence"), lower-cased, or [] if the words are anything else."""
    k = start
    while k > stop and doc[k - 1].lower_ in _CABINET_TITLE_WORDS and (
        doc[k - 1].is_title or doc[k - 1].lower_ in {"of", "for"}
    ):
        k -= 1
    words = [t.lower_ for t in doc[k:start]]
    return words if _CABINET_WORDS & set(words) else []


def _paired_cabinet_members(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "Japanese Foreign Minister A and Defence Minister B", "U.S. Secretary of State A and
    Secretary of Defense B": the second of a pair of ministers, whose title names no country,
    is of the first's (two holders of one portfolio would be of two countries)."""
    doc = context.doc
    placed = {r.subject for r in found if r.object.type == "Place"}
    for relation in found:
        first, country = relation.subject, relation.object
        if relation.predicate != "memberOf" or country.type != "Place":
            continue
        span = context.span_of(first)
        if span is None:
            continue
        title = _cabinet_title_before(doc, span.start, max(span.sent.start, span.start - 5))
        if not title:
            continue
        titles = [title]
        # "Syrian Foreign Minister A, Defence Minister B and Finance Minister C": the list
        # goes on while each name has a cabinet title of its own
        end = span.end
        while end + 2 < span.sent.end:
            gap = 2 if doc[end].text == "," and doc[end + 1].lower_ == "and" else 1
            if doc[end].text != "," and doc[end].lower_ != "and":
                break
            after = end + gap
            second = next(
                (m for t in doc[after : min(after + 5, span.sent.end)]
                 for m in [context.name_at(t)]
                 if m is not None and m != first and context.is_person(m)),
                None,
            )
            second_span = context.span_of(second) if second is not None else None
            if second is None or second_span is None:
                break
            words = _cabinet_title_before(doc, second_span.start, after)
            if not words or after + len(words) != second_span.start or words in titles:
                break  # another kind of title, or a second holder of one portfolio
            titles.append(words)
            if second not in placed and title_predicate(context, words, country) == "memberOf":
                yield _relation(context, second, "memberOf", country, span.sent, 0.75)
            end = second_span.end


def _party_members_listed(context: ArticleContext) -> Iterator[Relation]:
    """ "four Republicans: A, B of Colorado and C of Georgia", "two Democrats, A and B,":
    the people a counted party's members are listed as are its members."""
    doc = context.doc
    for token in context.tokens_with({w.lower() for w in PARTY_PLURALS} | _LEGISLATORS):
        if token.text not in PARTY_PLURALS and token.lower_ not in _LEGISLATORS:
            continue
        party_word = token
        if token.lower_ in _LEGISLATORS:  # "three Republican senators, A, B and C"
            party_word = doc[token.i - 1] if token.i > 0 else token
            if party_word.text not in _PARTY_ADJECTIVES:
                continue
        k = token.i + 1
        before = doc[party_word.i - 1] if party_word.i > 0 else None
        counted = before is not None and (before.like_num or before.lower_ == "both")
        if not counted or k >= len(doc) or doc[k].text not in {":", ",", "–", "—"}:
            continue
        party_name = _PARTY_ADJECTIVES[party_word.text]
        party = context.mention_at(party_word) or next(
            (m for m in context.mentions if m.name == party_name and m.end > m.start), None
        )
        if party is None or party.type != "Organization":
            continue
        for person in _members_listed(context, k + 1, token.sent.end):
            yield _relation(context, person, "memberOf", party, token.sent, 0.75)


def _party_groups_listed(context: ArticleContext) -> Iterator[Relation]:
    """A party's people written as a group, then named: "Republican Sens. A and B",
    "three Republicans: U.S. Sens. A of X, B of Y and C of Z", "Four Labour lawmakers — A,
    B and C —", "several Democrats, including A", "A and other GOP leaders" → each is a
    member of the party (where the article names it)."""
    doc = context.doc
    for token in context.tokens_with(_PARTY_GROUP_WORDS):
        group = _party_group_at(context, token)
        if group is None:
            continue
        party, first = group
        sent = token.sent
        first, past = _group_start(context, first, sent)
        if past:
            continue  # "former Republican senators A and B"
        people = _named_after_group(context, token, party)
        people += _named_before_others(context, first, sent.start)
        if doc[first].lower_ in {"both", "all"} and first - 1 > sent.start and (
            doc[first - 1].text == ","
        ):  # "Senators A and B, both Idaho Republicans,"
            people += _people_listed_before(context, first - 2, sent.start)
        for person in people:
            yield _relation(context, person, "memberOf", party, sent, 0.75)


#: The words a party's group ends with: its plural ("Republicans") or a noun for its people
#: after the party's name or adjective ("Republican senators", "Labour MPs", "GOP leaders").
_PARTY_GROUP_NOUNS = {"senators", "sens.", "lawmakers", "legislators", "representatives",
                      "reps.", "members", "mps", "meps", "leaders", "congressmen",
                      "congresswomen", "deputies", "councillors", "councilors", "rebels",
                      "colleagues",
                      # a body's people: "Harlow Bank executives, including A and B"
                      "executives", "officials", "employees", "staffers", "managers",
                      "directors"}
_PARTY_GROUP_WORDS = frozenset(
    {*(w.lower() for w in PARTY_ALIASES if w.endswith("s")), *_PARTY_GROUP_NOUNS, "tories"})
#: What opens a list of the group's people ("three Republicans: A, B") and what opens one
#: of some of them ("Democrats, including A", "Democrats such as A").
_LIST_OPENERS = {":", ",", "—", "–", "--"}
_SOME_OPENERS = {"including", "like", "among"}
#: Titles and their parts written before a listed name: "U.S. Sens. A", "Rep. B".
_LISTED_STYLES = {"u.s.", "us", "sen.", "sens.", "rep.", "reps.", "senate", "house",
                  "majority", "minority", "gov.", "state"}


def _party_group_at(context: ArticleContext, token: Token) -> tuple[Mention, int] | None:
    """The party (or other body) whose group ``token`` ends, and the group's first word:
    "Republicans", "Republican senators", "GOP leaders", "Labour MPs"."""
    doc = context.doc
    if token.text in PARTY_PLURALS or token.text == "Tories":
        word = token
    elif token.lower_ in _PARTY_GROUP_NOUNS and token.i > token.sent.start:
        word = doc[token.i - 1]
        if word.lower_ == "board" and word.i > token.sent.start:
            word = doc[word.i - 1]  # "Harlow Bank board members"
    else:
        return None
    party = _party_named(context, word) or _party_nicknamed(context, word)
    own = context.mention_at(word)
    if party is None and word is not token and word.text in _PARTY_ADJECTIVES and (
        own is not None and own is context.mention_at(token)
    ):  # "GOP Senators" read as one name: the party's senators
        party = next((m for m in context.mentions if m.name == _PARTY_ADJECTIVES[word.text]
                      and m.type == "Organization" and m.end > m.start), None)
    if party is not None and party.type != "Organization":
        # "and other Republicans" may be tagged as people: the party named elsewhere
        party = next((m for m in context.mentions if m.name == party.name
                      and m.type == "Organization" and m.end > m.start), None)
    if party is not None:
        return party, word.i
    # "Labour MPs", "Liberty Party lawmakers": the body named right before the noun, or
    # named by the same word elsewhere in the article
    if word is token:
        return _state_party_group(context, token)
    found = context.mention_at(word)
    span = context.span_of(found) if found is not None else None
    if found is None and word.is_title and word.is_alpha:
        found = next((m for m in context.mentions if m.name == word.text and m.end > m.start
                      and m.type == "Organization"), None)
        return (found, word.i) if found is not None else None
    if found is None or span is None or span.end != word.i + 1 or found.type != "Organization":
        return None
    return found, span.start


#: Parties' nicknames, and the names the article may give the party: "Tory MPs" are the
#: Conservative Party's.
_PARTY_NICKNAMES = {"Tory": ("Conservative Party", "Conservatives"),
                    "Tories": ("Conservative Party", "Conservatives")}


def _party_nicknamed(context: ArticleContext, word: Token) -> Mention | None:
    names = _PARTY_NICKNAMES.get(word.text, ())
    return next((m for m in context.mentions if m.name in names and m.type == "Organization"
                 and m.end > m.start), None)


def _state_party_group(context: ArticleContext, token: Token) -> tuple[Mention, int] | None:
    """ "Idaho Republicans", read as one name: the party's group in a state."""
    found = context.mention_at(token)
    span = context.span_of(found) if found is not None else None
    if span is None or span.end != token.i + 1 or span.start == token.i or (
        context.doc[span.start : token.i].text not in US_STATES
    ):
        return None
    party = next((m for m in context.mentions if m.name == PARTY_ALIASES[token.text]
                  and m.type == "Organization" and m.end > m.start), None)
    return (party, span.start) if party is not None else None


#: Words that count or qualify a party's group before it: "three other", "several senior",
#: "a handful of", "both".
_GROUP_COUNTS = {"both", "all", "several", "some", "many", "few", "other", "fellow", "the",
                 "a", "handful", "group", "number", "dozens", "of", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "his", "her", "their"}


def _group_start(context: ArticleContext, first: int, sent: Span) -> tuple[int, bool]:
    """The first word of a group's counting words before token ``first`` ("three other
    Republicans", "a handful of senior Democrats", "both Idaho Republicans"), and whether one
    says the group is of the past ("former Republican senators")."""
    doc = context.doc
    j = first - 1
    home = context.name_at(doc[j]) if j >= sent.start else None
    if home is not None and home.type == "Place" and home.name in US_STATES:
        j = context.span_of(home).start - 1  # "both Idaho Republicans": their state
    while j >= sent.start and (
        doc[j].lower_ in _GROUP_COUNTS or doc[j].like_num
        or doc[j].is_lower and doc[j].pos_ == "ADJ"
    ):
        if doc[j].lower_ in _PAST:
            return j, True
        j -= 1
    return j + 1, j >= sent.start and doc[j].lower_ in _PAST


def people_of_group(context: ArticleContext, group: Token) -> list[Mention]:
    """The people named as all or some of a group that ``group`` (a plural noun) ends:
    "fourteen senators voted no, including A (D-Ohio) and B", "opposed by 31 lawmakers,
    among them A of Utah and B"."""
    return _named_after_group(context, group, None)


def styled_people_listed(context: ArticleContext, k: int, end: int) -> list[Mention]:
    """The people of a list from token ``k``, each maybe with a title before the name and
    the place that elects them after it: "Sens. A (D-Ohio), B of Utah and C"."""
    return _styled_people_listed(context, k, end, None)


def _named_after_group(context: ArticleContext, group: Token,
                       party: Mention | None) -> list[Mention]:
    """The people named after a party's group: all of it ("three Republicans: A, B and C",
    "Republican Sens. A and B") or some of it ("Democrats, including A", "Democrats such as
    A and B") — not "critics of Democrats, including A", whose list is the critics'.
    Without ``party``, of any group, a name tagged with any party included."""
    doc, end = context.doc, group.sent.end
    k = group.i + 1
    verb = group.head if group.dep_ == "nsubj" else None
    if verb is not None and verb.lemma_ == "include" and verb.i > group.i:
        # "Those Labour MPs who rebelled included A (X) and B (Y)"
        return _styled_people_listed(context, verb.i + 1, end, party)
    # "Ten Conservative MPs rebelled, including A and B": the parse hangs the list on the
    # group (or on its verb) past the verb
    opener = next((c for h in ([group, verb] if verb is not None else [group])
                   for c in h.children if c.dep_ == "prep" and c.lower_ in _SOME_OPENERS
                   and verb is not None and c.i > verb.i > group.i), None)
    if opener is not None and doc[verb.i + 1 : opener.i].text in {",", ""} and (
        _group_acts(group)
    ):
        return _styled_people_listed(context, opener.i + 1, end, party)
    if k < end and doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in _SOME_OPENERS:
        k += 1
    if k + 1 < end and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        k += 1  # "such as": the parse hangs "as" on the group
    if k < end and doc[k].lower_ in _SOME_OPENERS | {"as"}:
        if doc[k].head.i != group.i and doc[k].lower_ != "among" or not _group_acts(group):
            return []
        k += 1 + (k + 1 < end and doc[k + 1].lower_ == "them")  # "among them"
        fewest = 1
    elif k < end and doc[k].text in _LIST_OPENERS:
        k, fewest = k + 1, 2
    elif k < end and doc[k].text not in POSSESSIVE_MARKS:
        fewest = 2  # "Republican Sens. A and B", "Labour MPs A and B"
    else:
        return []
    people = _styled_people_listed(context, k, end, party)
    return people if len(people) >= fewest else []


def _group_of_body_listed(context: ArticleContext) -> Iterator[Relation]:
    """ "senior leaders of the Harmony Party, including A and B", "several members of the
    board, among them A" → each listed is a member of the body named after "of" (not
    "former members of X, including A": no longer; not "critics of X, including A": the
    noun must be one for a body's people)."""
    doc = context.doc
    for group in context.tokens_with(_PARTY_GROUP_NOUNS):
        if group.lower_ not in _PARTY_GROUP_NOUNS or group.tag_ not in {"NNS", "NNPS"}:
            continue
        if any(c.lower_ in _PAST for c in group.children) or (
                group.i > group.sent.start and doc[group.i - 1].lower_ in _PAST):
            continue
        body, k = _body_after_title(context, group.i + 1, group.sent.end)
        if body is None or body.type != "Organization":
            continue
        end = group.sent.end
        k += k < end and doc[k].text == ","
        if k + 1 < end and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
            k += 1
        if k >= end or doc[k].lower_ not in _SOME_OPENERS | {"as"}:
            continue
        k += 1 + (k + 1 < end and doc[k + 1].lower_ == "them")  # "among them"
        for person in _styled_people_listed(context, k, end, body):
            if person != body:
                yield _relation(context, person, "memberOf", body, group.sent, 0.75)


#: Nouns that count some of a group named after "of": "a handful of Republicans".
_COUNTED_OF = {"handful", "group", "number", "dozens", "some", "many", "most", "several",
               "few", "majority", "bloc", "members"}


def _group_acts(group: Token) -> bool:
    """Whether a party's group is what the clause tells of (its subject, or who does the
    act of a passive: "opposed by Democrats such as A"), or is counted ("a handful of
    Republicans, including A"); not what someone else acts on ("voters who backed
    Republicans, including A": the list may be the voters')."""
    while group.dep_ == "conj":
        group = group.head
    if group.dep_ in {"nsubj", "nsubjpass", "appos", "ROOT", "attr"}:
        return True
    prep = group.head
    return group.dep_ == "pobj" and (
        prep.dep_ == "agent" or prep.lower_ == "of" and prep.head.lower_ in _COUNTED_OF)


#: Words that qualify a title written before a listed name: "general secretary A".
_TITLE_QUALIFIERS = frozenset({"deputy", "vice", "chief", "general", "senior"})


def _styled_people_listed(context: ArticleContext, k: int, end: int,
                          party: Mention | None) -> list[Mention]:
    """The people of a list from token ``k``, each maybe with a title before the name and
    the place that elects them after it: "U.S. Sens. A of Ohio, B (Texas), and C"; a name
    tagged with another party ("C (I-Vt.)") is left out."""
    doc = context.doc
    people: list[Mention] = []
    while k < end:
        styled = k
        while k < end and k - styled < 6 and (
            doc[k].lower_ in _LISTED_STYLES | _PAST or doc[k].lower_ in _TITLE_WORDS
            or doc[k].lower_.rstrip("s") in _TITLE_WORDS
            # "Transport Minister A and general secretary B"
            or doc[k].lower_ in PORTFOLIOS | _TITLE_QUALIFIERS
            or (named := context.mention_at(doc[k])) is not None and named.type == "Organization"
        ):
            k += 1  # "U.S. Sens.", "Senate Majority Leader", "Ways and Means Chairman"
        person = context.name_at(doc[k]) if k < end else None
        if person is None or not context.is_person(person) or doc[k].idx != person.start:
            break
        found = context.span_of(person)
        k = found.end if found is not None else k + 1
        k, tagged = _past_home(context, k, end)
        if party is None or tagged in (None, party.name):
            people.append(person)
        if k + 2 < end and [t.lower_ for t in doc[k : k + 3]] == ["as", "well", "as"]:
            k += 3
        elif k + 1 < end and [t.lower_ for t in doc[k : k + 2]] == ["along", "with"]:
            k += 2
        elif k < end and doc[k].lower_ in {"and", ","}:
            k += 1 + (k + 1 < end and doc[k + 1].lower_ == "and")
        else:
            break
    return people


def _past_home(context: ArticleContext, k: int, end: int) -> tuple[int, str | None]:
    """The token after what follows a listed name to say where the person is from ("of
    Ohio", "(Texas)", "(R-Utah)"), and the party a tag in brackets names."""
    doc = context.doc
    if k + 1 < end and doc[k].lower_ == "of":
        place = context.mention_at(doc[k + 1])
        span = context.span_of(place) if place is not None else None
        if place is not None and place.type == "Place" and span is not None:
            return span.end, None
    if k < end and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 6, end)) if doc[j].text == ")"), None)
        if close is not None:
            letter = doc[k + 1].text
            tagged = PARTIES.get(letter) if doc[k + 2].text in _HYPHENS else None
            if doc[k + 2].text in _HYPHENS and tagged is None:
                tagged = letter  # "(I-Vt.)": an independent
            return close + 1, tagged
    return k, None


def _named_before_others(context: ArticleContext, first: int, start: int) -> list[Mention]:
    """ "A and other GOP leaders", "A, B and other Republicans": the people named before
    "and other", the first word of the group's counting words, are of the group."""
    doc = context.doc
    if first - 1 < start or doc[first].lower_ != "other" or doc[first - 1].lower_ != "and":
        return []
    return _people_ending_at(context, first - 2, start, joined=True)[0]


#: Members of a legislature, counted with their party: "three Republican senators".
_LEGISLATORS = {"senators", "lawmakers", "legislators", "representatives", "members"}


def _members_listed(context: ArticleContext, k: int, end: int) -> list[Mention]:
    """The people of a list starting at token ``k``, each maybe with the place that elects
    them: "A, B of Colorado and C"; none unless the list holds only people."""
    doc = context.doc
    people = []
    while k < end:
        if doc[k].text in PROFESSIONAL_STYLES and k + 1 < end:
            k += 1  # "and Advocate C": the style before the name
        person = context.name_at(doc[k])
        if person is None or not context.is_person(person) or doc[k].idx != person.start:
            return []
        people.append(person)
        found = context.span_of(person)
        k = found.end if found is not None else k + 1
        if k + 1 < end and doc[k].lower_ == "of":
            place = context.mention_at(doc[k + 1])
            if place is None or place.type != "Place":
                return []
            k = (context.span_of(place) or doc[k + 1 : k + 2]).end
        if k < end and doc[k].lower_ in {"and", ","}:
            after = k + 1 + (k + 1 < end and doc[k + 1].lower_ == "and")
            if doc[k].text == "," and after == k + 1 and (
                after >= end or context.name_at(doc[after]) is None
            ):
                break  # "two Democrats, A and B, voted no": the comma closes the list
            k = after
        else:
            break
    return people if len(people) > 1 else []


#: Title words written in the plural with an "s": "envoys", "ministers", "mps".
_PLURAL_TITLES = frozenset(f"{w}s" for w in _TITLE_WORDS)


def _plural_title_before_names(context: ArticleContext) -> Iterator[Relation]:
    """ "U.S. envoys A and B", "Norwegian ministers A, B and C" → each is of the body or
    country written before the title."""
    doc = context.doc
    for token in context.tokens_with(_PLURAL_TITLES):
        # the parser may read the plural as a verb: "U.S. envoys A and B"
        title = token.lower_[:-1]
        if token.lower_ not in _PLURAL_TITLES or title not in _TITLE_WORDS:
            continue
        sent = token.sent
        people = _people_listed(context, token.i + 1, sent.end)
        if len(people) < 2:
            continue
        first = _hyphen_head(token)
        words = [f"{first.text}-{title}" if first is not None else title]
        j = (first.i if first is not None else token.i) - 1
        skipped = []
        while j > sent.start and doc[j].is_lower and (
            doc[j].lower_ in PORTFOLIOS or doc[j].pos_ == "ADJ"
        ):
            skipped.append(doc[j])
            j -= 1
        if j < sent.start or any(t.lower_ in _PAST for t in [*skipped, doc[j]]):
            continue  # "former U.S. envoys A and B"
        if j > sent.start and doc[j - 1].lower_ in _PAST:
            continue
        body = (context.name_at(doc[j]) or demonym_mention(context, doc[j])
                or _kind_named_before(context, doc[j]))
        if body is None or body.type not in {"Organization", "Place"} or body in people:
            continue
        predicate = title_predicate(context, words, body)
        if predicate == "leaderOf" and any(t.lower_ not in PORTFOLIOS for t in skipped):
            predicate = "memberOf"  # "Norwegian opposition leaders A and B"
        if predicate == "leaderOf" and body.type == "Organization" and "-" not in words[0]:
            # "BJP leaders A and B", "Harlow Bank directors A and B": several hold the title,
            # none is the body's head (co-chairs each are)
            predicate = "memberOf"
        if predicate:
            for person in people:
                yield _relation(context, person, predicate, body, sent, 0.8)


def _kind_named_before(context: ArticleContext, kind: Token) -> Mention | None:
    """The one body named earlier in the sentence whose name ends with the lower-case kind
    word ``kind``: "Hamas Leadership Council head X and council members A and B"."""
    if not kind.is_lower or kind.lower_ not in _BODY_KINDS:
        return None
    named = {m.name: m for t in kind.doc[kind.sent.start : kind.i]
             if (m := context.name_at(t)) is not None and m.type == "Organization"
             and m.name.split()[-1].lower() == kind.lower_}
    return next(iter(named.values())) if len(named) == 1 else None


#: Words that gather or count the people of a plural description: "both members of X",
#: "all members of X", "two senior X executives", "the X defenders".
_GATHERING = {"both", "all", "the", "fellow", "its", "their"}
#: Kinds of body written after its name, lower case: "the Red Dawn group".
_BODY_KINDS = {"group", "party", "movement", "faction", "coalition", "alliance", "union", "club",
               "company", "firm", "bank", "network", "militia", "gang", "organisation",
               "organization", "campaign", "board", "council", "committee"}


def _plural_title_start(doc, token: Token) -> int:
    """The first token of a plural title: "co" of "co-leaders", "secretary" of
    "secretaries-general" read apart."""
    first = _hyphen_head(token)
    if first is not None:
        return first.i
    if token.i >= 2 and doc[token.i - 1].text in _HYPHENS and doc[token.i - 2].lower_ == "co":
        return token.i - 2
    return token.i


def _body_before_title(context: ArticleContext, j: int, sent: Span) -> tuple[Mention | None, int]:
    """The body or country named right before a plural title, whose last token is ``j``
    ("Liberty Party MPs", "Norwegian ministers"), and the token before it."""
    doc = context.doc
    if j < sent.start:
        return None, j
    found = context.name_at(doc[j])
    span = context.span_of(found) if found is not None else None
    if found is not None and span is not None and span.end == j + 1 and found.type in {
        "Organization", "Place"
    }:
        return found, span.start - 1
    demonym = demonym_mention(context, doc[j]) if doc[j].text[:1].isupper() else None
    if demonym is not None:
        span = context.span_of(demonym)
        return demonym, (span.start if span is not None else j) - 1
    return None, j


def _body_after_title(context: ArticleContext, k: int, end: int) -> tuple[Mention | None, int]:
    """The body named in "of the X", "at X" after a plural title from token ``k``, and
    the token after it (past a kind word: "the Red Dawn group")."""
    doc = context.doc
    if k + 1 >= end or doc[k].lower_ not in {"of", "at"}:
        return None, k
    k += 1 + (doc[k + 1].lower_ == "the")
    body = context.name_at(doc[k]) if k < end else None
    span = context.span_of(body) if body is not None else None
    if body is None or span is None or span.start != k or body.type not in {
        "Organization", "Place"
    }:
        return None, k
    k = span.end
    if k < end and doc[k].lower_ in _BODY_KINDS:
        k += 1
    return body, k


def _people_listed_before(context: ArticleContext, k: int, start: int) -> list[Mention]:
    """The people of a list joined by "and" that ends at token ``k`` ("A, B and C"); none
    unless it has two people or more."""
    people, joined = _people_ending_at(context, k, start)
    return people if joined and len(people) > 1 else []


def _people_ending_at(context: ArticleContext, k: int, start: int, *,
                      joined: bool = False) -> tuple[list[Mention], bool]:
    """The people of a list of names that ends at token ``k``, read back to ``start`` over
    commas and one "and" (none once ``joined``), and whether an "and" joined them."""
    doc = context.doc
    people: list[Mention] = []
    while k >= start:
        person = context.name_at(doc[k])
        span = context.span_of(person) if person is not None else None
        if person is None or span is None or span.end != k + 1 or not context.is_person(person):
            break
        people.append(person)
        k = span.start - 1
        if k >= start and doc[k].lower_ == "and" and not joined:
            joined, k = True, k - 1 - (k - 1 >= start and doc[k - 1].text == ",")
        elif k >= start and doc[k].text == ",":
            k -= 1
        else:
            break
    return people, joined


def _plural_described(context: ArticleContext) -> Iterator[Relation]:
    """ "A and B, both members of the X," "A, B and C, all X lawmakers," "two X
    executives, A and B," → each of the people listed is what the plural title makes
    them of the body written with it."""
    doc = context.doc
    for token in context.tokens_with(_TITLE_WORDS | _PLURAL_TITLES):
        # "MPs" may be tagged a proper noun and keep its plural as lemma
        title = token.lemma_.lower() if token.tag_ in {"NNS", "NNPS"} else ""
        if title not in _TITLE_WORDS and token.lower_ in _PLURAL_TITLES and (
                token.text[:1].islower() or token.text[-2:-1].isupper()):  # "envoys", "MPs"
            title = token.lower_[:-1]
        if title not in _TITLE_WORDS:
            continue
        sent = token.sent
        start = _plural_title_start(doc, token)
        if start == token.i - 2 and doc[start].lower_ == "co":
            title = f"co-{title}"  # "co-founders": predicate_for reads the prefix
        j, skipped = start - 1, []
        while j >= sent.start and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
            skipped.append(doc[j])  # "senior", "opposition"
            j -= 1
        body, j = _body_before_title(context, j, sent)
        unit = any(t.lower_ not in PORTFOLIOS for t in skipped) and body is not None
        while j >= sent.start and (
            doc[j].lower_ in _GATHERING or doc[j].like_num
            or doc[j].is_lower and doc[j].pos_ == "ADJ"
        ):
            skipped.append(doc[j])  # "both", "two senior"
            j -= 1
        if any(t.lower_ in _PAST for t in skipped):
            continue
        after, k = _body_after_title(context, token.i + 1, sent.end)
        if after is not None and body is None:
            body = after
        if body is None:
            continue
        if j >= sent.start and doc[j].text == ",":
            people = _people_listed_before(context, j - 1, sent.start)
        elif k < sent.end and doc[k].text in {",", "–", "—", ":"} and not (
            j >= sent.start and doc[j].lower_ in {"and", "or", "&"}
        ):  # "his French and German counterparts, A and B": one each (or set off by a dash
            # or a colon: "four Green cabinet councillors – A, B, C and D")
            people = _people_listed(context, k + 1, sent.end)
        else:
            continue
        if len(people) < 2 or body in people:
            continue
        predicate = title_predicate(context, [title], body)
        if predicate == "leaderOf" and (unit or body.type == "Organization" and not (
                title.startswith("co-"))):
            # "opposition leaders"; "A and B, senior leaders of the X party": several hold
            # the title, none is the body's head (co-chairs each are)
            predicate = "memberOf"
        if predicate is None:
            continue
        for person in people:
            yield _relation(context, person, predicate, body, sent, 0.75)


def _owner_of_plural_title(doc, start: int) -> int | None:
    """The owner's last word before a plural title, across its portfolios: "Norway's
    [foreign and fisheries] ministers" → "Norway"."""
    k = start - 1
    sent_start = doc[start].sent.start
    while k > sent_start and doc[k].is_lower and (
        doc[k].lower_ in PORTFOLIOS | {"and"} or doc[k].pos_ in {"ADJ", "NOUN"}
    ):
        k -= 1
    if k - 1 >= sent_start and doc[k].text in POSSESSIVE_MARKS:
        return k - 1
    return None


def _whose_title(context: ArticleContext) -> Iterator[Relation]:
    """ "the Asian Rowing Federation, whose president, X," → X leads the federation."""
    doc = context.doc
    for token in context.tokens_with({"whose"}):
        if token.lower_ != "whose" or token.i < 2 or doc[token.i - 1].text != ",":
            continue
        named = token.i - 2
        if named >= 3 and doc[named].text == ")" and doc[named - 2].text == "(":
            named -= 3  # "the African Union (AU), whose envoy"
        body = context.name_at(doc[named])
        if body is None or body.type != "Organization":
            continue
        k, words = token.i + 1, []
        while k < token.sent.end and (doc[k].lower_ in _TITLE_WORDS or doc[k].text in _HYPHENS):
            words.append(doc[k].text)
            k += 1
        k = _past_remit(context, k)
        if k < token.sent.end and doc[k].text == ",":
            k += 1
        # "whose envoy, former Ugandan foreign minister X,": the name's own title words
        while k < token.sent.end and (
            doc[k].text in DEMONYMS
            or context.name_at(doc[k]) is None and doc[k].is_lower and doc[k].is_alpha
        ):
            k += 1
        person = context.name_at(doc[k]) if words and k < token.sent.end else None
        if person is None or not context.is_person(person) or doc[k].idx != person.start:
            continue
        predicate = title_predicate(context, words, body)
        if predicate:
            yield _relation(context, person, predicate, body, token.sent, 0.85)


def _past_remit(context: ArticleContext, k: int) -> int:
    """Past the remit after a title ("envoy for the dispute", "adviser on trade"), up to
    the comma before the name; ``k`` itself where no such phrase ends in a comma."""
    doc = context.doc
    if k >= len(doc) or doc[k].lower_ not in {"for", "on"}:
        return k
    for j in range(k + 1, min(k + 7, doc[k].sent.end)):
        if doc[j].text == ",":
            return j
        named = context.name_at(doc[j])
        if named is not None and context.is_person(named) or not doc[j].is_alpha:
            return k
    return k


#: Titles of the members of a legislature's chambers, and the chamber's names.
_CHAMBER_TITLES = {
    "sen.": "Senate", "sen": "Senate", "senator": "Senate",
    "rep.": "House", "rep": "House", "representative": "House",
    "congressman": "House", "congresswoman": "House",
    "mep": "European Parliament",  # a Member of the European Parliament
}


#: Titles of elected members written with the place that elects them: "Sen. X of Ohio".
_CONSTITUENCY_TITLES = {
    *_CHAMBER_TITLES, "mp", "lawmaker", "legislator", "assemblyman", "assemblywoman", "delegate",
}


def _national_lawmaker(words: list[str]) -> bool:
    """Whether a title written after a country's name is that of a member of one of its
    legislature's chambers: "U.S. Sen.", "US Representative" (not an MEP's, of a union;
    not "U.S. Trade Representative", an office of the government)."""
    return len(words) == 1 and words[0].lower() in _CHAMBER_TITLES and words[0].lower() != "mep"


def _member_of_chamber(
    context: ArticleContext, person: Mention, title: str, sent: Span
) -> Iterator[Relation]:
    """memberOf the chamber a lawmaker's title names, where the article names it."""
    chamber = _chamber(context, _CHAMBER_TITLES[title.lower()])
    if chamber is not None:
        yield _relation(context, person, "memberOf", chamber, sent, 0.75)


def _chamber(context: ArticleContext, name: str) -> Mention | None:
    """The one chamber called ``name`` the article names ("the Senate", "Brazil's Senate",
    "the House of Representatives")."""
    found: dict[str, Mention] = {}
    for m in context.mentions:
        words = m.name.split()
        if m.type != "Organization" or m.end <= m.start or not words:
            continue
        if m.name == name or m.name.startswith(f"{name} of ") or words[-1] == name and all(
            country_of(w.removesuffix("'s").removesuffix("’s")) for w in words[:-1]
        ):  # "Senate", "Brazil's Senate", "House of Representatives"; not "White House"
            found.setdefault(m.name, m)
    # "the House" of "the House of Representatives" and of "the U.S. House": one chamber,
    # unless two countries' are named ("Brazil's Senate", "the Senate of Chile")
    if len(found) > 1 and len({_country_written(n) for n in found} - {None}) <= 1 and all(
        n.startswith(name) or n.partition(" ")[2].startswith(name) for n in found
    ):
        return found[max(found, key=len)]
    return next(iter(found.values())) if len(found) == 1 else None


def _country_written(name: str) -> str | None:
    """The country a chamber's name writes: "U.S. House", "Brazil's Senate", "Senate of
    Chile"."""
    first, _, rest = name.partition(" ")
    if " of " in name:
        return country_of(name.rpartition(" of ")[2])
    return country_of(first.removesuffix("'s").removesuffix("’s")) if rest else None


#: Titles of a chamber's party officers, written after "majority" or "minority".
_FLOOR_TITLES = {"leader", "whip"}
#: What a legislature's lower chamber may be called where it is "the Speaker's".
_SPEAKERS_CHAMBERS = ("House", "Parliament", "Assembly")


def _chamber_office(context: ArticleContext, person: Mention, span: Span) -> Iterator[Relation]:
    """ "Speaker X" leads the one lower chamber the article names; "In the Senate, Majority
    Leader X" is a member of the chamber the sentence opens with."""
    doc = context.doc
    sent = span.sent
    title = doc[span.start - 1]
    before = doc[span.start - 2] if span.start - 2 >= sent.start else None
    if before is not None and (before.lower_ in _PAST or context.name_at(before) is not None):
        return  # "former Speaker X"; "House Speaker X" and "Senate Majority Leader X" have theirs
    if title.lower_ == "speaker":
        if not title.is_title:
            return
        chamber = next(filter(None, (_chamber(context, c) for c in _SPEAKERS_CHAMBERS)), None)
        if chamber is not None:
            yield _relation(context, person, "leaderOf", chamber, sent, 0.7)
        return
    if before is None or before.lower_ not in {"majority", "minority"}:
        return
    opened = _chamber_opening(context, sent)
    if opened is not None:
        yield _relation(context, person, "memberOf", opened, sent, 0.75)


def _chamber_opening(context: ArticleContext, sent: Span) -> Mention | None:
    """The chamber a sentence opens with: "In the Senate, …"."""
    doc = context.doc
    k = sent.start + 1 + (sent.start + 1 < sent.end and doc[sent.start + 1].lower_ == "the")
    if sent[0].lower_ != "in" or k >= sent.end:
        return None
    named = context.mention_at(doc[k])
    found = context.span_of(named) if named is not None else None
    if found is None or found.end >= sent.end or doc[found.end].text != ",":
        return None
    names = {*_CHAMBER_TITLES.values(), *_SPEAKERS_CHAMBERS}
    chambers = {c for c in (_chamber(context, n) for n in names) if c is not None}
    return named if named in chambers else None


def _chamber_members(context: ArticleContext) -> Iterator[Relation]:
    """ "Sen. X" or "opposition senator X" is a member of the Senate the article names."""
    doc = context.doc
    for person in list(context.mentions):
        if not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        if span is None or span.start == 0:
            continue
        title = doc[span.start - 1]
        if title.lower_ == "speaker" or title.lower_ in _FLOOR_TITLES:
            yield from _chamber_office(context, person, span)
            continue
        house = _CHAMBER_TITLES.get(title.lower_)
        if house is None or span.start == span.sent.start:
            continue
        before = doc[span.start - 2] if span.start - 2 >= span.sent.start else None
        if before is not None and (
            before.lower_ in _PAST | {"state"} or _names_other_than_party(context, before)
            or before.is_title and before.lower_ in _PORTFOLIO_WORDS
        ):
            continue  # "former Sen. X", "state Sen. X", "Ohio Sen. X" (not "Republican Sen.
            # X"); "Trade Representative X" speaks for a government in talks
        chamber = _chamber(context, house)
        if chamber is not None:
            yield Relation(person, "memberOf", chamber,
                           context.evidence(span.sent, "kg.roles.v1", 0.75))
    yield from _listed_chamber_members(context)


def _names_other_than_party(context: ArticleContext, token: Token) -> bool:
    """Whether ``token`` is part of a name other than a party's: "Ohio" of "Ohio Sen. X" may
    be a state's senator; "Republican" of "Republican Sen. X" says only the party."""
    named = context.name_at(token)
    return named is not None and named.name not in PARTIES.values()


#: Plural titles of a chamber's members written before a list of names: "Sens. A and B".
_PLURAL_CHAMBER_TITLES = {"sens.": "Senate", "senators": "Senate", "reps.": "House",
                          "representatives": "House"}


def _listed_chamber_members(context: ArticleContext) -> Iterator[Relation]:
    """ "Sens. A and B", "Reps. A (R-Va.), B (R-Ohio) and C": each name of the list is a
    member of the chamber the article names, and of the party a word before the title names
    ("Democratic Reps. A and B")."""
    doc = context.doc
    people = sorted(((m, sp) for m in context.mentions if context.is_person(m)
                     and m.end > m.start for sp in [context.span_of(m)] if sp is not None),
                    key=lambda pair: pair[1].start)
    house, party, last_end = None, None, None
    for person, span in people:
        title = doc[span.start - 1] if span.start > 0 else None  # the parser may end a
        # sentence at the title's dot: "Reps. | A and B"
        if title is not None and title.is_title and title.lower_ in _PLURAL_CHAMBER_TITLES:
            before = doc[title.i - 1] if title.i > title.sent.start else None
            plain = before is None or not (
                before.lower_ in _PAST | {"state"} or _names_other_than_party(context, before))
            house = _PLURAL_CHAMBER_TITLES[title.lower_] if plain else None
            party = _party_of_plural_title(context, before) if house is not None else None
        elif (counted := _members_counted_by_be(span)) is not None:
            house, party = counted, None  # "Senators who voted no were A (R-Utah) and B"
        elif last_end is None or not _joins_listed_names(doc[last_end:span.start].text):
            house = party = None  # the list ends at the first words that join no names
        last_end = span.end
        evidence = context.evidence(span.sent, "kg.roles.v1", 0.75)
        chamber = _chamber(context, house) if house is not None else None
        if chamber is not None:
            yield Relation(person, "memberOf", chamber, evidence)
        if party is not None:
            yield Relation(person, "memberOf", party, evidence)


def _members_counted_by_be(span: Span) -> str | None:
    """The chamber whose members a name opens the list of, as what they "were": "Senators who
    voted against it were A (R-Utah), B and C" (not "Former senators …", "state senators …")."""
    root = span.root
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return None
    for subject in root.head.children:
        if subject.dep_ == "nsubj" and subject.i < root.i and subject.lower_ in (
                _PLURAL_CHAMBER_TITLES) and not any(
                c.lower_ in _PAST | {"state"} or c.dep_ in {"amod", "compound", "poss"}
                for c in subject.children):
            return _PLURAL_CHAMBER_TITLES[subject.lower_]
    return None


#: What may stand between two names of a list after a plural title, with the first's
#: party-state or state tag: ", ", " and ", " (R-Va.), ", ", R-Va., and ", " (Colo.) and ".
_LIST_JOINER = re.compile(
    r"\s*(?:\([A-Z][A-Za-z.\- ]{1,12}\)|,\s*[DRI]-[A-Z][A-Za-z. ]{1,11}(?=,|\s+and\b))?"
    r"\s*(?:,|and|,\s*and)\s*")


def _joins_listed_names(text: str) -> bool:
    """Whether ``text``, between two names, only joins them in one list."""
    return _LIST_JOINER.fullmatch(text) is not None


def _party_of_plural_title(context: ArticleContext, word: Token | None) -> Mention | None:
    """The party a word before a plural title names: "Democratic" of "Democratic Reps."."""
    if word is None or word.text not in _PARTY_ADJECTIVES or _another_party_s(word):
        return None
    return _party_named(context, word) or _party_of_member_noun(context, word)


def _among_titled(context: ArticleContext) -> Iterator[Relation]:
    """ "A and B were among the three BJP leaders sworn in", "X is among the Ostland
    officials": people counted among a body's leaders, members or officials belong to it."""
    for among in context.tokens_with({"among"}):
        if among.lower_ != "among" or among.dep_ != "prep" or among.head.lemma_ != "be":
            continue
        for group in among.children:
            if group.dep_ != "pobj" or group.tag_ != "NNS" or (
                group.lemma_ not in _TITLE_WORDS or any(
                    c.lower_ in _NOT_HELD_NOW for c in group.children)
            ):
                continue
            body = next(
                (m for c in group.children if c.dep_ in {"compound", "amod", "poss"}
                 and c.i < group.i
                 for m in [context.name_at(c) or demonym_mention(context, c)]
                 if m is not None and m.type in {"Organization", "Place"}),
                None,
            ) or next(
                (m for o in objects_of(group, "of") for m in [context.name_at(o)]
                 if m is not None and m.type == "Organization"),
                None,
            )
            if body is None or body.type == "Place" and country_of(body.name) is None or (
                title_predicate(context, [group.lemma_], body) is None
            ):
                continue
            subjects = [c for c in among.head.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.conjuncts]
            # "A and Guna MP B": the parser may hang B on A, the seat "Guna MP" on "and"
            subjects += [c for s in subjects for c in s.children if c.dep_ == "appos"]
            people = {m.start: m for t in subjects for m in [context.name_at(t)]
                      if m is not None and m.type == "Person"}
            for person in people.values():
                if person is not None:
                    yield Relation(person, "memberOf", body,
                                   context.evidence(among.sent, "kg.roles.v1", 0.75),
                                   status_of(among.head))


def _headed_with(context: ArticleContext) -> Iterator[Relation]:
    """ "the PAR faction with X as its leader", "The Ostland delegation, with Deputy Foreign
    Minister X as the head": the title after "as" is X's in the body before "with" (the
    head of a country's delegation is one of its people)."""
    for with_ in context.tokens_with({"with"}):
        if with_.lower_ != "with" or with_.dep_ != "prep" or (
            with_.head.pos_ not in {"NOUN", "PROPN"}
        ):
            continue
        noun = with_.head
        for name in with_.children:
            person = context.name_at(name) if name.dep_ == "pobj" else None
            if person is None or not context.is_person(person):
                continue
            titles = [
                t
                for a in [*name.children, *noun.children]
                if a.dep_ == "prep" and a.lower_ == "as" and a.i > name.i
                for t in a.children
                if t.dep_ == "pobj" and t.lower_ in _TITLE_WORDS
                and not any(c.lower_ in _NOT_HELD_NOW for c in t.children)
            ]
            body = context.name_at(noun)
            if body is None:
                body = next(
                    (m for c in noun.children if c.dep_ in {"compound", "amod", "poss", "nmod"}
                     for m in [context.name_at(c) or demonym_mention(context, c)]
                     if m is not None and m != person),
                    None,
                )
            if body is None or body.type == "Person" or not titles:
                continue
            for title in titles[:1]:
                modifiers = [c for c in title.children if c.dep_ in {"amod", "compound"}]
                predicate = title_predicate(context, _title_words(title, modifiers), body)
                if predicate and noun.lower_ in _PART_NOUNS:
                    predicate = "memberOf"  # heads the country's delegation, not the country
                if predicate:
                    yield _relation(context, person, predicate, body, with_.sent, 0.8)


def _pronoun_is_titled(context: ArticleContext) -> Iterator[Relation]:
    """ "He is a member of the X party", "she is the chair of Y": the person the pronoun
    stands for holds the title now (not "he was", not "he is not")."""
    for pronoun in context.tokens_with({"he", "she"}):
        if pronoun.lower_ not in {"he", "she"}:
            continue  # "who has himself been a member": the clause's subject is "who"
        verb = pronoun.head
        person = context.antecedents.get(pronoun.i)
        if pronoun.dep_ != "nsubj" or person is None or verb.lemma_ != "be":
            continue
        if not _present(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        for node in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            modifiers = [c for c in node.children if c.dep_ in {"amod", "compound", "nmod"}]
            if node.lower_ not in _TITLE_WORDS or _PAST & {c.lower_ for c in modifiers}:
                continue
            found = _title_body(context, node, person)
            predicate = title_predicate(
                context, _title_words(node, modifiers), found[0]) if found else None
            if found is not None and predicate is not None:
                if predicate == "leaderOf" and (
                    not found[1] or any(c.lower_ in {"a", "an"} for c in node.children)
                ):
                    predicate = "memberOf"  # "he is a director of Y": one of its directors
                yield _relation(context, person, predicate, found[0], verb.sent, 0.75)


#: Plural nouns for the people a story gathers, and the role each gives "<Country>'s <Name>"
#: written among them: leaders lead their countries, ministers and envoys serve them.
_GATHERED = {
    **dict.fromkeys(("leaders", "presidents", "premiers", "chancellors", "heads"), "leaderOf"),
    **dict.fromkeys(
        ("ministers", "envoys", "diplomats", "negotiators", "ambassadors", "officials",
         "delegates", "counterparts"),
        "memberOf",
    ),
}


def _gathered_by_country(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "Foreign ministers gather today. Turkey's X and Germany's Y are among those
    arriving", "the 27 leaders … Italy's Z had asked": a name written only as its country's
    holds the role of the people the story last spoke of (not a name given a title of its
    own anywhere in the article)."""
    groups = [
        t for t in context.tokens_with(_GATHERED) if t.lower_ in _GATHERED and t.tag_ == "NNS"
    ]
    if not groups:
        return
    doc = context.doc
    people = [
        (m, span)
        for m in context.mentions
        if context.is_person(m) and m.end > m.start
        for span in [context.span_of(m)]
        if span is not None
    ]
    # a sentence of people of no state ("opposition leaders") speaks of none in its others
    not_states = {
        g.sent.start for g in groups if any(c.lower_ in _NOT_STATE_GROUPS for c in g.children)
    }
    titled = {r.subject.name.split()[-1] for r in found if r.predicate in ROLE_PREDICATES} | {
        m.name.split()[-1]
        for m, span in people
        if span.start > 0 and doc[span.start - 1].lower_ in _TITLE_WORDS
        or span.end + 1 < len(doc) and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in {"a", "an", "the"}
    }  # "Foreign Minister X", "X, a banker": a title of its own
    for person, span in people:
        if span.start < 2 or person.name.split()[-1] in titled:
            continue
        if doc[span.start - 1].text not in POSSESSIVE_MARKS:
            continue
        country = context.name_at(doc[span.start - 2])
        if country is None or country.type != "Place" or country_of(country.name) is None:
            continue
        before = [g for g in groups if g.i < span.start]
        if not before:
            continue
        group = before[-1]
        if _deputies(group):
            continue  # "six vice-presidents, including Italy's X": no country's leaders
        if group.sent.start in not_states:
            continue  # "four opposition leaders have declared themselves presidents, even
            # with sitting presidents … Congo's X bid for the presidency": no state's people
        predicate = _GATHERED[group.lower_]
        if group.lower_ == "ministers" and group.i > 0 and doc[group.i - 1].lower_ == "prime":
            predicate = "leaderOf"  # "prime ministers" lead their governments
        yield _relation(context, person, predicate, country, span.sent, 0.7)

#: Words before a plural of leaders or officials that make them no state's: "opposition
#: leaders", "party leaders", "business leaders".
_NOT_STATE_GROUPS = {"opposition", "party", "business", "union", "religious", "rebel",
                     "tribal", "community", "student", "civic", "militia", "industry"}


#: Words of "On the Korean side, …" that open a sentence listing one side's people.
_SIDE_OPENERS = {"on", "for", "from"}


def _place_of_stem(context: ArticleContext, demonym: Token) -> Mention | None:
    """The place the article names by the stem of a demonym the lexicon leaves open
    ("Korean" of the Korea a story is about, North or South)."""
    if not demonym.text.endswith("n") or len(demonym.text) < 5:
        return None
    stem = demonym.text[:-1]
    return next(
        (
            m
            for m in context.mentions
            if m.type == "Place" and m.end > m.start and stem in {m.name, m.text}
        ),
        None,
    )


def _sides_listed(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "On the Korean side, Foreign Minister X and Chief of Staff Y attended": the titled
    names of the sentence are that country's people (its leader's, for an adviser)."""
    doc = context.doc
    for side in context.tokens_with({"side"}):
        if side.lower_ != "side":
            continue
        sent = side.sent
        opener = doc[sent.start]
        if opener.lower_ not in _SIDE_OPENERS or side.i - sent.start not in {2, 3, 4}:
            continue
        if side.i + 1 >= sent.end or doc[side.i + 1].text != ",":
            continue
        country = next(
            (
                m
                for t in doc[sent.start + 1 : side.i]
                if t.text[:1].isupper()
                for m in [
                    context.name_at(t) or demonym_mention(context, t) or _place_of_stem(context, t)
                ]
                if m is not None and m.type == "Place"
            ),
            None,
        )
        if country is None:
            continue
        placed = {r.subject.start for r in found if r.predicate in ROLE_PREDICATES}
        leaders = [
            r.subject for r in found if r.predicate == "leaderOf" and r.object.name == country.name
        ]
        for person in list(context.mentions):
            if person.start <= doc[side.i].idx or person.start >= sent.end_char:
                continue
            span = context.span_of(person)
            if span is None or not context.is_person(person) or person.start in placed:
                continue
            k = span.start - 1
            # "Foreign Minister X", "Presidential Chief of Staff Y"
            while k > side.i + 1 and (
                doc[k].lower_ in _TITLE_WORDS or doc[k].is_title or doc[k].lower_ == "of"
            ):
                k -= 1
            words = [t.text for t in doc[k + 1 : span.start]]
            if not words or words[-1].lower() not in _TITLE_WORDS | {"staff"}:
                continue
            predicate = title_predicate(context, words, country)
            if words[-1].lower() in ADVISERS:
                if len(leaders) != 1:
                    continue  # an adviser serves the leader, who is not named as such
                predicate, body = "advisorOf", leaders[0]
            else:
                body = country
            if predicate:
                yield _relation(context, person, predicate, body, sent, 0.75)


def _described_people(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "the Kremlin aide explained", "Belgium's prime minister argued", "The German
    chancellor, who …": a description of a person named before gives them its office
    (not another office than the one the article gives them by name)."""
    held: dict[str, set[str]] = {}
    for r in found:
        if r.predicate in {"leaderOf", "memberOf"} and r.subject.name:
            held.setdefault(r.subject.name.split()[-1], set()).add(r.object.name)
    for i, person in context.antecedents.items():
        node = context.tokens[i]
        if node.pos_ != "NOUN" or node.lower_ not in _TITLE_WORDS or not context.is_person(
            person
        ):
            continue
        if node.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # a description in apposition may be of the name beside it
        modifiers = [c for c in node.children if c.dep_ in {"amod", "compound", "nmod"}]
        if _PAST & {c.lower_ for c in modifiers}:
            continue  # "the former minister"
        found = _title_body(context, node, person)
        if found is None or found[0].type not in {"Place", "Organization"}:
            continue
        predicate = title_predicate(context, _title_words(node, modifiers), found[0])
        bodies = held.get(person.name.split()[-1], set()) if person.name else set()
        if predicate is not None and (not bodies or found[0].name in bodies):
            yield _relation(context, person, predicate, found[0], node.sent, 0.75)


def _titled_where(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """ "a state visit to Kyrgyzstan, where he was hosted by President X": a bare title in a
    clause about where a country is holds that country's office."""
    placed = {r.subject.start for r in found if r.predicate in ROLE_PREDICATES}
    doc = context.doc
    for person in list(context.mentions):
        if person.start in placed or not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        if span is None or span.start == span.sent.start:
            continue
        k = span.start - 1
        while k >= span.sent.start and doc[k].lower_ in _TITLE_WORDS:
            k -= 1
        words = [t.text for t in doc_tokens(doc)[k + 1 : span.start]]
        if not words or k >= span.sent.start and (
            context.name_at(doc[k]) is not None or doc[k].text in DEMONYMS
            or doc[k].text in POSSESSIVE_MARKS
        ):
            continue  # "Kyrgyz President X", "Russia's President X": the country is written
        country = _country_where(context, span.root)
        predicate = title_predicate(context, words, country) if country is not None else None
        if predicate is not None:
            yield _relation(context, person, predicate, country, span.sent, 0.7)


def _country_where(context: ArticleContext, token: Token) -> Mention | None:
    """The country a "where" clause that holds ``token`` tells of: "Kyrgyzstan, where …"."""
    for _ in range(4):
        if token.dep_ == "relcl":
            if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
                return None
            place = context.name_at(token.head)
            if place is not None and place.type == "Place" and country_of(place.name):
                return place
            return None
        if token.head is token:
            return None
        token = token.head
    return None


def extract_roles(context: ArticleContext) -> Iterator[Relation]:
    """Each role the article gives a person; where titles are shared out "respectively",
    only the title each name is given."""
    respective = list(_respective_offices(context))
    shared = {(r.subject, r.object.name) for r in respective}
    for relation in _roles(context):
        if relation.object.type == "Plan" and relation.predicate in _HELD_IN_BODIES:
            continue  # "The coalition backs the bill. Its co-founder, X": no one holds a bill
        if (relation.subject, relation.object.name) not in shared:
            yield relation
    yield from respective


#: Roles held in a body or a country, never in a plan.
_HELD_IN_BODIES = {"leaderOf", "memberOf", "spokespersonOf"}


def _respective_offices(context: ArticleContext) -> Iterator[Relation]:
    """ "A and B, president and general secretary respectively of X": the first title is
    A's, the second B's (the parser joins either title to either name). Only two names and
    two titles joined by "and", with "respectively" right before "of" or right after the
    body."""
    for word in context.tokens:
        if word.lower_ != "respectively":
            continue
        doc, sent = context.doc, word.sent
        k = word.i + 1
        if k < sent.end and doc[k].lower_ == "of":
            titles_end, of = word.i, k
        else:
            of = max((t.i for t in doc[sent.start : word.i] if t.lower_ == "of"), default=None)
            titles_end = of
        if of is None or of + 1 >= sent.end:
            continue
        body = context.mention_at(doc[of + 2] if doc[of + 1].lower_ == "the" else doc[of + 1])
        if body is None or body.type not in {"Organization", "Place"}:
            continue
        shared = _two_names_two_titles(context, sent, titles_end)
        if shared is None:
            continue
        for person, title in shared:
            predicate = title_predicate(context, title, body)
            if predicate:
                yield _relation(context, person, predicate, body, sent, 0.85)


def _two_names_two_titles(
    context: ArticleContext, sent: Span, titles_end: int
) -> list[tuple[Mention, list[str]]] | None:
    """ "A and B, (the) T1 and T2" ending at ``titles_end``: each name with its title's words."""
    doc = context.doc
    comma = max((t.i for t in doc[sent.start : titles_end] if t.text == ","), default=None)
    if comma is None:
        return None
    titles = [t for t in doc[comma + 1 : titles_end] if t.lower_ != "the"]
    ands = [i for i, t in enumerate(titles) if t.lower_ == "and"]
    if len(ands) != 1:
        return None
    first, second = titles[: ands[0]], titles[ands[0] + 1 :]
    if not first or not second or not all(
            t.lower_ in _TITLE_WORDS or t.lower_ in _RANK_ADJECTIVES_OF_TITLES or t.text == "-"
            for t in first + second):
        return None
    people: list[Mention] = []
    k = comma - 1
    while k >= sent.start and len(people) < 2:
        person = context.name_at(doc[k])
        span = context.span_of(person) if person is not None else None
        if person is None or span is None or not context.is_person(person):
            return None
        people.insert(0, person)
        k = span.start - 1
        if len(people) == 1:
            if k < sent.start or doc[k].lower_ != "and":
                return None
            k -= 1
    if len(people) != 2 or people[0] == people[1]:
        return None
    if k > sent.start and doc[k].text == "," and (
            (earlier := context.name_at(doc[k - 1])) is not None and context.is_person(earlier)):
        return None  # "A, B and C, president and secretary respectively": three names
    return [(people[0], [t.text for t in first]), (people[1], [t.text for t in second])]


#: Words that qualify a title inside it: "general secretary", "vice-president".
_RANK_ADJECTIVES_OF_TITLES = {"general", "vice", "deputy", "chief", "executive", "senior",
                              "assistant", "acting", "interim"}


def _roles(context: ArticleContext) -> Iterator[Relation]:
    found: list[Relation] = []
    for person in list(context.mentions):
        if not context.is_person(person) or person.end <= person.start:
            continue
        span = context.span_of(person)
        if span is None:
            continue
        found += _prenominal(context, person, span)
        found += _plural_title_shared(context, person, span)
        found += _title_after(context, person, span)
        found += _appositive(context, person, span)
        found += _one_of_titles(context, person, span)
        found += _party_member_apposition(context, person, span)
        found += _party_titles(context, person, span)
        found += _party_title_shared(context, person, span)
        found += _under_secretary_apposed(context, person, span)
        found += _envoy_to(context, person, span)
        found += _peer_from(context, person, span)
        found += _title_in_place(context, person, span)
        found += _the_countrys_title(context, person, span)
        found += _legislator_from_party(context, person, span)
        found += _party_noun_before_name(context, person, span)
    found += _role_verbs(context)
    found += _acting_as_title(context)
    found += _in_capacity_as(context)
    found += _post_given_up_or_taken(context)
    found += _party_ticket(context)
    found += _under_leadership(context)
    found += _at_the_helm(context)
    found += _board_seats(context, found)
    found += _delegation_listed_as(context)
    found += _pronoun_is_titled(context)
    found += _headed_with(context)
    found += _among_titled(context)
    found += _described_people(context, found)
    yield from found
    # the words of a title phrase, for the names the parse-based rules above did not place
    # a delegation's listed people are on its country's side; their offices are still read
    described = list(described_offices(
        context, [r for r in found if not _listed_in_delegation(context, r)]))
    yield from described
    found += described
    where = list(_titled_where(context, found))
    yield from where
    found += where
    # "Syrian Foreign Minister A and Defence Minister B": B is Syria's, not the home country's
    paired = list(_paired_cabinet_members(context, found))
    yield from paired
    found += paired
    home = list(offices_of_home_country(context, found))
    home += _sides_listed(context, found + home)
    home += _presidential_aides(context, found + home)
    home += _paired_cabinet_members(context, found + home)
    yield from home
    yield from _gathered_by_country(context, found + home)
    yield from _chamber_members(context)
    yield from _whose_title(context)
    plural = [
        *_plural_titles(context),
        *_titles_of_each(context),
        *_plural_title_before_names(context),
        *_plural_described(context),
    ]
    yield from plural
    found += plural
    yield from _party_members_listed(context)
    yield from _party_groups_listed(context)
    yield from _group_of_body_listed(context)
    yield from _party_members_described(context)
    yield from _office_holders_named(context)
    yield from _based_in(context)
    yield from _police_commissioners(context)
    yield from _owned_by(context)
    yield from _parts_of_bodies(context)
    yield from _bodies_named_within(context)
    yield from _party_of(context)
    # "President Ana Ruiz of the Chess Federation" leads it: "of" adds no membership
    led = {(r.subject.start, r.object.name) for r in found if r.predicate == "leaderOf"}
    for relation in _of_and_in(context):
        if relation.predicate != "memberOf" or (
            (relation.subject.start, relation.object.name) not in led
        ):
            yield relation
