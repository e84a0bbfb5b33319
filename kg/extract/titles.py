"""What a title says: the predicate a title word gives towards a body, and the body a
possessive or a description names ("Its leader", "the company's spokeswoman").

Shared by the rules of :mod:`kg.extract.roles` and :mod:`kg.extract.offices`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.home_country import home_company, same_section
from kg.model import Mention
from kg.text.lexicon import (
    DASHES,
    DEMONYMS,
    OCCUPATIONS,
    ORG_HEADS,
    PARTY_NAMES_PLURAL,
    PLAYER_POSITIONS,
    PORTFOLIOS,
    SUBORDINATE_TITLE_WORDS,
    TITLE_PREDICATE,
    country_of,
)
from kg.text.names import org_head
from kg.vocab import fit

__all__ = [
    "side_of",
    "CHAMBER_WORDS",
    "EXTRA_TITLES",
    "POSTED_TITLES",
    "PROFESSIONS",
    "REGION_WORDS",
    "TERRITORIAL_LEADERS",
    "names_a_unit_of",
    "dateline_end",
    "organisation_described",
    "owner_named_before",
    "predicate_for",
]

EXTRA_TITLES = {"ally": "allyOf", "allies": "allyOf", "national secretary": "memberOf",
                # a police command's or an agency's press officer: "the command's Public
                # Relations Officer, X" speaks for it (not a title word of names alone:
                # "Foreign Relations Committee")
                "relations officer": "spokespersonOf"}
#: Trades, not offices: with a country they say where someone is from.
PROFESSIONS = {
    "lawyer", "attorney", "journalist", "correspondent", "reporter", "editor", "analyst",
    "economist", "researcher", "professor", "lecturer", "scientist", "strategist",
    "columnist", "commentator", "producer", "activist", "epidemiologist", "partner",
    "employee", "executive", "manager", "controller", "judge", "magistrate", "solicitor",
    "barrister", *PLAYER_POSITIONS, *OCCUPATIONS,
}
#: Titles of people sent to a place or body: "the ambassador to Kenya", "the envoy in
#: Nairobi", "the special envoy for Sudan" serve whoever sent them, not where they are sent.
POSTED_TITLES = frozenset(
    {"ambassador", "envoy", "emissary", "representative", "delegate", "consul", "diplomat",
     "negotiator", "coordinator", "correspondent", "observer"}
)
_MINISTRY_WORDS = (PORTFOLIOS - {"state"}) | {"cabinet"}

#: Words before a leader's title that make it the title of a part of an organisation: "the
#: party's regional leader", "the club's sporting director" (but a state governor leads it).
_UNIT_ADJECTIVES = frozenset(
    {"regional", "provincial", "local", "district", "county", "municipal", "state", "youth",
     "parliamentary", "sporting", "technical", "medical", "legal", "financial", "commercial",
     # a domain of the body's work: "the UN's humanitarian chief", "the group's military chief"
     "humanitarian", "economic", "political", "military", "diplomatic", "scientific",
     "nuclear", "environmental", "cultural", "digital"}
)

#: Military ranks, written between an office and a name.
_RANKS = frozenset(
    {"brigadier", "colonel", "major", "lieutenant", "captain", "sergeant", "admiral",
     "commodore", "marshal", "gen", "gen.", "col", "col.", "lt", "lt.", "maj", "maj.", "capt",
     "capt."}
)

#: A party's "leader in the lower house" leads its members there, not the party.
CHAMBER_WORDS = frozenset(
    {"house", "chamber", "parliament", "senate", "assembly", "congress", "legislature"}
)


#: Words a region's name is written with: "Kivu province", "the state of Ohio".
REGION_WORDS = frozenset(
    {"province", "region", "state", "county", "district", "oblast", "prefecture",
     "territory", "governorate"}
)

#: Titles of the heads of a province, a region or a town.
TERRITORIAL_LEADERS = frozenset({"governor", "mayor", "premier", "prefect"})


def names_a_unit_of(words: list[Token], body: Mention) -> bool:
    """Whether the words before a leader's title make it a part's: "the party's regional
    leader" is a member of the party."""
    return body.type == "Organization" and any(
        t.text.islower() and t.lower_ in _UNIT_ADJECTIVES
        # "the provincial governor" leads a place, however it was typed
        and not (words[-1].lower_ in TERRITORIAL_LEADERS or t.head.lower_ in TERRITORIAL_LEADERS)
        # "the political leader of the party PAIS" leads the party itself
        and not (t.lower_ == "political" and t.head.lower_ == "leader")
        for t in words
    )


# Who is sent to speak for someone: a person's envoy works for that person.
_EMISSARIES = {"envoy", "emissary", "envoys", "emissaries"}
#: Who argues a person's case: "Roe's lawyer, X", "X, an attorney for Roe" act for Roe.
_COUNSEL = {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "barrister"}


def _names_a_title(name: str) -> bool:
    """Whether an organisation's name is a job title: "Head of Communications", "Chief of
    the General Staff" (a body is named "Office of …", "Ministry of …")."""
    words = name.lower().split()
    return len(words) >= 3 and words[1] == "of" and words[0] in _LEADING_TITLES


#: Titles written before "of" in the name of an office's holder, never of a body.
_LEADING_TITLES = frozenset({"head", "chief", "director", "secretary", "minister", "president"})
#: Words that rank or place a title and never name a body on their own.
_TITLE_QUALIFIERS = frozenset(
    {"senior", "presidential", "deputy", "chief", "vice", "acting", "principal", "first",
     "interim", "executive", "special", "assistant", "associate"}
)


#: A body has one chair, whatever their party: "the Republican chairman of the committee"
#: leads it (a "Republican leader" leads a group inside the body).
_CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
_PARTY_WORDS = frozenset({"democratic", "republican"})


#: Words before "secretary" or "director" that make the holder one of the body's officers
#: or board members, not its head: a ministry's permanent or principal secretary is its
#: senior civil servant under the minister; a board's lead, independent or non-executive
#: director sits on it under its chair.
_SEATED = {"secretary": frozenset({"permanent", "principal"}),
           "director": frozenset({"lead", "independent", "non", "non-executive"})}


#: The secretary-general's title, which heads an international body but not a party.
_SECRETARIES_GENERAL = frozenset({"secretary-general", "secretary general"})
#: Last words of the names of banks and funds, whose boards seat several executive
#: directors ("an executive director of the Reserve Bank", "the IMF's executive directors").
_BANK_WORDS = frozenset({"bank", "fund", "imf"})


def _a_bank(body: Mention) -> bool:
    """Whether ``body`` is named as a bank or fund: by its last word, or by the word before
    its "of" ("the Reserve Bank of Norland")."""
    return org_head(body.name) in _BANK_WORDS


#: Titles of a company's officers, who may hold them for a part of the world.
_OFFICERS = frozenset({"director", "manager", "head", "chief", "officer"})
#: Words of the names of continents and the regions that span several countries.
_WORLD_REGIONS = (
    "Africa", "Asia", "Europe", "America", "Middle East", "Balkans", "Caribbean", "Sahel",
    "Scandinavia", "Caucasus", "Pacific",
)

#: Names of continents and of regions spanning several states, as places are named: no one
#: leads, serves or advises one ("the Europe adviser", "Africa envoy" is a remit).
_CONTINENTS = frozenset({
    "Africa", "Asia", "Europe", "Oceania", "Antarctica", "Eurasia", "Latin America",
    "South America", "North America", "Central America", "Middle East", "Balkans",
    "Caribbean", "Sahel", "Scandinavia", "Caucasus", "Asia-Pacific", "Indo-Pacific",
})
#: A company board's titles, and words that qualify them: a country's state has none
#: ("Kenyan director X" is a director from Kenya; the state's are "director of ...").
_BOARD_TITLES = frozenset({"director", "directors"})
_BOARD_QUALIFIERS = frozenset({"managing", "executive", "non-executive", "independent",
                               "company", "board", "country"})


def title_predicate(context: ArticleContext, words: list[str], body: Mention) -> str | None:
    """:func:`predicate_for`, with a body named by its initials read as the article spells
    it out ("the RBI executive director" is one of the bank's several)."""
    return predicate_for(words, context.spelled_out(body))


def predicate_for(words: list[str], body: Mention) -> str | None:
    """The predicate a title gives towards ``body``.

    Envoys and advisers of a country or organisation are its members.
    """
    if body.type == "Organization" and _names_a_title(body.name):
        return None  # "the Head of Communications, X": a title the tagger took for a body
    if body.name and all(w in _TITLE_QUALIFIERS for w in body.name.lower().split()):
        return None  # "Senior Presidential" of "Senior Presidential Spokesperson X"
    # "Secretary - General" is one title word: join the parts of hyphenated titles
    words = " ".join(w.lower() for w in words).replace(" - ", "-").replace(" -", "-").split()
    # "director-general", "attorney-general": the first part is the office
    # "co-CEO", "co-founder": one of two holders of the office after the prefix
    words = [w[3:] if w.startswith("co-") and w not in TITLE_PREDICATE else w for w in words]
    words = [w.split("-")[0] if "-" in w and w not in TITLE_PREDICATE else w for w in words]
    # "Army spokesman Brigadier General X": the rank after the office is no office
    rank = next((i for i, w in enumerate(words) if i and w in _RANKS), None)
    if rank is not None and any(w in TITLE_PREDICATE for w in words[:rank]):
        words = words[:rank]
    predicate = None
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in TITLE_PREDICATE or phrase in EXTRA_TITLES:
                predicate = TITLE_PREDICATE.get(phrase) or EXTRA_TITLES[phrase]
                party = _PARTY_WORDS if phrase in _CHAIRS else frozenset()
                # "senior managing director": one of a rank of several, not the head
                subordinate = (SUBORDINATE_TITLE_WORDS | {"senior"}) - party
                if predicate == "leaderOf" and subordinate & set(words[:i]):
                    predicate = "memberOf"  # "deputy director" does not lead
                if predicate == "leaderOf" and i and words[i - 1] in _SEATED.get(phrase, ()):
                    predicate = "memberOf"  # "permanent secretary", "lead director"
                if predicate == "leaderOf" and phrase == "director" and i and (
                        words[i - 1] == "executive") and _a_bank(body):
                    predicate = "memberOf"  # a bank's executive directors are several
                if predicate == "leaderOf" and phrase in _SECRETARIES_GENERAL and (
                        "party" in body.name.lower().split()):
                    predicate = "memberOf"  # a party's secretary-general runs its office,
                    # as its general secretary does; its chair or president leads it
                break
        if predicate:
            break
    if predicate == "memberOf" and body.type == "Person" and words[-1] in _EMISSARIES | _COUNSEL:
        return "advisorOf"  # "Trump's envoy X" and "Trump's lawyer X" act for him
    if predicate is None or (predicate == "memberOf" and body.type == "Person"):
        return None  # "Putin's minister" is vague
    if body.type == "Place" and words[-1] in PROFESSIONS:
        return None  # "a Senegalese lawyer" is of that nationality, not of its state
    if body.type != "Organization" and words[-1] == "figure":
        return None  # "the country's most powerful figure": a standing, not an office
    if body.type == "Place" and words[-1] in _OFFICERS and any(
        part in body.name for part in _WORLD_REGIONS
    ):
        return None  # "X, Africa director": a firm's remit, no one heads a continent
    if body.type == "Place" and body.name in _CONTINENTS:
        return None  # "the prime minister's Europe adviser": a remit; a continent has no staff
    if body.type == "Place" and words[-1] in _BOARD_TITLES and country_of(body.name) and (
        set(words[:-1]) <= _BOARD_QUALIFIERS
    ):
        return None  # "New Zealand director X": a board's director from there, not the state's
    # The ontology's ranges: "Trump's president" is not a thing, an adviser of a body its member
    predicate = fit(predicate, None, body.type)
    if predicate == "leaderOf" and body.type == "Place" and set(words) & _MINISTRY_WORDS:
        return "memberOf"  # "Japan's Chief Cabinet Secretary", "British Foreign Secretary"
    if predicate == "leaderOf" and body.type == "Place" and words[-1] == "secretary" and (
        len(words) > 1 and words[-2] != "general"
    ):
        return "memberOf"  # "UK Business Secretary X": a portfolio, not the country
    if predicate == "leaderOf" and body.type == "Place" and words[-1].startswith("vice-"):
        return "memberOf"  # a university's vice-chancellor heads it, a country's deputises
    if predicate == "memberOf" and (_commands_the_police(words, body)
                                    or _commissioner_of_an_agency(words, body)):
        return "leaderOf"
    if words[-1] == "sheriff" and body.type != "Organization":
        return None  # "Brookfield County Sheriff X" heads its sheriff's office, not the county
    if words[-2:] == ["district", "attorney"] and not ORG_HEADS & set(body.name.lower().split()):
        return None  # "Kingsbury District Attorney X": the prosecutor of a place, whatever
        # the tagger took the place for
    return predicate


#: The words of a police force's names: "the Kwara State Police Command", "Garda".
_POLICE_WORDS = frozenset({"police", "garda", "constabulary"})


def _commands_the_police(words: list[str], body: Mention) -> bool:
    """Whether a commissioner heads the police body: "the command's commissioner", "the
    Commissioner of Police" of a state's command or a city's force. A deputy or assistant
    commissioner does not, nor one of the many of a country's national force ("a
    commissioner of the Ostland Police Force")."""
    first = body.name.split()[0] if body.name else ""
    return (body.type == "Organization" and words[-1] == "commissioner"
            and not (SUBORDINATE_TITLE_WORDS | {"senior"}) & set(words)
            and bool(_POLICE_WORDS & set(body.name.lower().split()))
            and country_of(first) != first)


#: The heads of the bodies a commissioner runs: "the Federal Supply Service", "the Food
#: and Drug Administration", "the Information Office".
_AGENCY_HEADS = frozenset({"service", "administration", "agency", "bureau", "authority",
                           "office", "department", "directorate"})


def _commissioner_of_an_agency(words: list[str], body: Mention) -> bool:
    """Whether a commissioner heads the agency named: "the commissioner of the Federal Supply
    Service" (not one of a commission's several, nor a deputy)."""
    return (body.type == "Organization" and words[-1] == "commissioner"
            and not (SUBORDINATE_TITLE_WORDS | {"senior"}) & set(words)
            and org_head(body.name) in _AGENCY_HEADS
            and not any(w.startswith("commission") for w in body.name.lower().split()))


def dateline_end(token: Token) -> int:
    """Where a dateline opening ``token``'s sentence ends ("GENEVA, Switzerland —"), or -1."""
    sent = token.sent
    first = sent[0]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return -1
    for t in sent[: min(len(sent), 12)]:
        if t.text in DASHES and t.i > first.i:
            return t.i
    return -1


def owner_named_before(context: ArticleContext, token: Token) -> Mention | None:
    """ "Its leader, X": the organisation named last in this or the previous sentence."""
    if token.lower_ not in {"its", "their"}:
        return None
    doc = context.doc
    sent = token.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    dateline = dateline_end(doc[sent.start - 1] if sent.start > 0 else token)
    dateline = max(dateline, dateline_end(token))
    before = [
        m
        for m in context.mentions
        if m.type == "Organization"
        and m.end > m.start
        and start <= m.start
        and m.end <= token.idx
        and (found := context.span_of(m)) is not None
        and found.start > dateline  # the agency in "HANOI (HBR) —" owns nothing
    ]
    # the closest organisation in the same sentence, else the one the previous
    # sentence was about (its subject), else the closest
    same = [m for m in before if m.start >= sent.start_char]
    # "Corvex, a subsidiary of Halden, said its …": "its" is the subject's, not that of
    # an organisation inside a description of it
    same = [m for m in same if not _in_apposition(context, m, sent)] or same
    # "WFP halved rations in the camps around Adré and Farchana, its country director said":
    # a name written as where something is owns nothing, where the sentence names another
    same = [m for m in same if not _named_as_where(context, m)] or same
    if same:
        return same[-1]
    subjects = [
        m
        for m in before
        if (found := context.span_of(m)) is not None and found.root.dep_ in {"nsubj", "nsubjpass"}
    ]
    if subjects and _joined_to_another_body(context, subjects[-1]):
        return None  # "The union and the port authority met. Its chief, X,": either's
    if before:
        return (subjects or before)[-1]
    country = _country_subject_before(context, token, start)
    if country is not None:
        return country  # "Russia backed the text. Its ambassador, X, said"
    if sent.start == 0 or dateline >= 0:
        return None
    return _organisation_further_back(context, doc[sent.start - 1].sent)


def _joined_to_another_body(context: ArticleContext, subject: Mention) -> bool:
    """Whether a subject is one of two or more organisations joined by "and" ("A and B
    met"), so that "its" after it may be either's."""
    span = context.span_of(subject)
    if span is None:
        return False
    return any(
        (other := context.mention_at(t)) is not None and other != subject
        and other.type == "Organization"
        for t in span.root.conjuncts
    )


def _country_subject_before(context: ArticleContext, token: Token, start: int) -> Mention | None:
    """The country that is the subject of this or the previous sentence, before ``token``,
    when no organisation is named there."""
    subjects = [
        m
        for m in context.mentions
        if m.type == "Place"
        and start <= m.start
        and m.end <= token.idx
        and country_of(m.name) == m.name
        and (found := context.span_of(m)) is not None
        and found.root.dep_ in {"nsubj", "nsubjpass"}
    ]
    return subjects[-1] if subjects else None


#: Prepositions of where: "in the camps around X", "near X".
_WHERE = {"around", "near", "outside", "across", "inside", "in", "at"}


def _named_as_where(context: ArticleContext, mention: Mention) -> bool:
    """Whether ``mention`` is the object of a preposition of where ("around X")."""
    found = context.span_of(mention)
    return found is not None and found.root.dep_ == "pobj" and found.root.head.lower_ in _WHERE


def _organisation_further_back(context: ArticleContext, sent: Span) -> Mention | None:
    """ "Orvik Shipping reported a loss. The company said demand fell. Its chief executive,
    X": the sentences between named nothing, so "its" is the organisation of the last
    sentence that named one, if it names one (or one as its subject) and no place."""
    doc = context.doc
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        named = [
            m
            for m in context.mentions
            if m.end > m.start and sent.start_char <= m.start < sent.end_char
            and m.type in {"Organization", "Place"}
        ]
        if not named:
            continue
        if any(m.type == "Place" for m in named):
            return None  # "its" may be a country's or a city's
        if any(_conjoined(context, m) for m in named):
            return None  # "A and B signed a deal": "its" is either's
        subjects = [
            m
            for m in named
            if (found := context.span_of(m)) is not None
            and found.root.dep_ in {"nsubj", "nsubjpass"}
        ]
        if len(subjects) == 1:
            return subjects[0]
        return named[0] if len({m.name for m in named}) == 1 else None
    return None


def _conjoined(context: ArticleContext, mention: Mention) -> bool:
    """Whether ``mention`` is one of names joined by "and" ("A and B")."""
    found = context.span_of(mention)
    return found is not None and (
        found.root.dep_ == "conj" or any(c.dep_ == "conj" for c in found.root.children)
    )


#: Last words of a building's name, which a body is housed in, not described by: "government
#: spokesman X" is no spokesman of "Government Palace".
_BUILDINGS = frozenset({"palace", "building", "hall", "tower", "residence"})


def organisation_described(
    context: ArticleContext, words: list[str], before: int | None = None
) -> Mention | None:
    """ "ministry spokeswoman X", "foreign ministry spokesperson X": the one organisation of
    the article whose name has the words of the description; with ``before``, the one named
    before that offset if the article names several ("China's foreign ministry … Japan's
    foreign ministry")."""
    described = [w.lower() for w in words]
    while described and described[-1] not in ORG_HEADS:
        described.pop()  # the title: "spokeswoman" of "foreign ministry spokeswoman"
    if not described or described[-1] not in ORG_HEADS:
        return None
    if described == ["company"]:
        return home_company(context)
    named: dict[str, Mention] = {}
    for m in context.mentions:
        if m.type == "Organization" and m.end > m.start:
            words_of_name = m.name.lower().split()
            if set(described) <= set(words_of_name) and words_of_name[-1] not in _BUILDINGS:
                named.setdefault(m.name, m)
            elif described == ["party"] and words_of_name[-1] in PARTY_NAMES_PLURAL:
                named.setdefault(m.name, m)  # "the Socialists" are a party too
    if before is not None:
        # a page of readouts: another capital's section names other bodies
        named = {n: m for n, m in named.items() if same_section(context, m.start, before)}
    if len(named) > 1 and before is not None:
        named = {n: m for n, m in named.items() if m.start < before}
    return next(iter(named.values())) if len(named) == 1 else None


#: Words that make a commissioner's title another body's: "High Commissioner", "Police
#: Commissioner", "Election Commissioner", "Information Commissioner", "Deputy Commissioner".
_NOT_OF_A_COMMISSION = frozenset({
    "high", "police", "deputy", "assistant", "election", "elections", "electoral",
    "information", "privacy", "county", "city", "state", "fire", "revenue", "tax", "customs",
    "insurance", "fisheries", "lands", "correctional", "corrections", "parole", "children's",
    "chief", "district", "provincial", "regional", "traffic", "ethics", "lobbying",
    "human", "data", "victims", "language", "languages", "designate", "former", "ex",
})


def commission_of_commissioner(
    context: ArticleContext, words: list[str], before: int | None = None
) -> Mention | None:
    """ "Competition Commissioner X", "Commissioner for Energy X", "X, the trade
    commissioner,": a member of the commission the article names ("the European
    Commission"); one of a police force, an election body or a refugee agency is not."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[-1] != "commissioner" and "commissioner" not in lowered[:1]:
        return None
    if _NOT_OF_A_COMMISSION & set(lowered):
        return None
    commissions = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start
        and m.name.lower().split()[-1:] == ["commission"]
        and m.name.lower().split()[0] in {"european", "eu", "e.u.", "commission"}
    }
    if before is not None and len(commissions) > 1:
        commissions = {n: m for n, m in commissions.items() if m.start < before}
    if not commissions and len(lowered) > 1 and before is not None:
        # "Trade Commissioner X" right after the Union is named (not a state's commissioner
        # in a story that names the Union once, far away)
        unions = [m for m in context.mentions if m.type == "Organization"
                  and m.end > m.start and m.name in _UNION_NAMES
                  and before - _UNION_NEAR <= m.start < before]
        return min(unions, key=lambda m: m.start) if unions else None
    return next(iter(commissions.values())) if len(commissions) == 1 else None


#: The names of the union whose commission has commissioners with portfolios.
_UNION_NAMES = frozenset({"European Union", "EU", "E.U."})
#: How far before a commissioner's title the Union is named for the title to be its: about
#: the sentence before.
_UNION_NEAR = 300


def _in_apposition(context: ArticleContext, mention: Mention, sent: Span) -> bool:
    """Whether ``mention`` is inside an apposition that describes another name of ``sent``
    ("a subsidiary of Halden Group")."""
    found = context.span_of(mention)
    if found is None:
        return False
    token = found.root
    while token.dep_ != "ROOT" and token.i != token.head.i and sent.start <= token.head.i:
        if token.dep_ == "appos" and context.name_at(token.head) is not None:
            return True
        token = token.head
    return False


def side_of(sent: Span) -> str | None:
    """The demonym of "On the Russian side, …" opening a sentence: "the president" in it is
    that country's."""
    words = [t.text for t in sent[:5]]
    if len(words) < 4 or words[0].lower() != "on" or words[1].lower() != "the":
        return None
    if words[3].lower() == "side" and words[2] in DEMONYMS:
        return words[2]
    return None
