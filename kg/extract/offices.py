"""Offices written as a phrase before a name, read from the words when the parse fails.

"the AU's commissioner for political affairs, peace and security, X", "The head of
the OAS mission, X", "Its convenor, X", "The party's general secretary, X", "A
spokesman for the regulator, X", "The White House budget director, X", "Tang's
deputy, X". The parser often hangs such a name on the wrong word (a list of
portfolios, a clause that follows); the words themselves say whose office it is.
So do a few titles that name their institution ("National Prosecutor X", "Justice
X"), a spokesperson opening a sentence after one about a ministry, and a party's
acronym in brackets after a name ("Labour Minister X (SPD)"). A body written as its kind
("The regulator's chair, X", "The city's mayor, X", "The provincial governor, X") is the
one the sentence before named; a bare "Mayor X", "Governor X" or "Presiding judge X" is
of the one town, province, central bank or court named before. A name that the
title and apposition rules of :mod:`kg.extract.roles` already placed in the same
sentence is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.entities import demonym_mention
from kg.extract.home_country import country_meant, home_company, home_country
from kg.extract.nlp import doc_tokens
from kg.extract.titles import (
    CHAMBER_WORDS,
    PROFESSIONS,
    REGION_WORDS,
    TERRITORIAL_LEADERS,
    dateline_end,
    names_a_unit_of,
    organisation_described,
    owner_named_before,
    predicate_for,
)
from kg.model import Mention, Relation
from kg.text.lexicon import (
    CAPITAL_COUNTRIES,
    COUNTRY_NOUNS,
    DEMONYMS,
    LEGAL_FORMS,
    ORG_HEADS,
    PARTY_WORDS,
    PAST_TITLE_WORDS,
    PORTFOLIOS,
    POSSESSIVE_MARKS,
    SPOKESPERSON_WORDS,
    STYLES,
    SUBORDINATE_TITLE_WORDS,
    TITLE_PREDICATE,
    country_of,
)
from kg.vocab import fit

__all__ = [
    "ADVISERS",
    "of_another_country",
    "company_before",
    "company_title",
    "NEWLY_TITLED",
    "ORGANISATION_HEAD_TITLES",
    "OWN_KINDS",
    "described_offices",
    "institution_of_title",
    "party_meant",
    "a_business",
    "owner_described",
    "past_title_before",
    "person_titled",
    "ROLE_PREDICATES",
]

#: The predicates of a person's place in a body.
ROLE_PREDICATES = frozenset({"leaderOf", "memberOf", "spokespersonOf", "advisorOf"})

_DETERMINERS = {"the", "a", "an"}
_OWNER_PRONOUNS = {"its", "their", "his", "her"}
_PREPOSITIONS = {"of", "for", "at", "in", "to", "with"}
_PAST = PAST_TITLE_WORDS | {"outgoing"}
#: A title still to be held: "the next Commission president, X", "its prospective chair"
_AHEAD = frozenset({"next", "future", "prospective", "would-be"})
# words of a title no body can be read from
_NOT_BODIES = {"affairs", "staff"}
_TITLE_WORDS = {w for t in TITLE_PREDICATE for w in t.replace("-", " ").split()} - {
    "of", "staff", "state", "general",
} | {"justice"}  # "the court's chief justice": "chief" says who leads
#: Titles of who advises someone: "an adviser to X", not an office of X.
ADVISERS = {"adviser", "advisor", "aide", "counsellor", "counselor"}
_STATE_LEADERS = {"president", "premier", "chancellor", "king", "queen", "leader"}
# "Tang's deputy, X" serves where Tang serves
_DEPUTIES = {"deputy", "deputies"}
_SPOKESPEOPLE = SPOKESPERSON_WORDS
_HYPHENS = {"-", "–"}
_COMPANY_NOUNS = {"company", "firm", "group", "bank", "carrier", "lender"}
#: What a business or sports story calls the body it is about ("the club's president").
_HOME_KINDS = {"club", "team", "side", "firm", "carrier", "lender", "consortium"}
#: Kinds of organisation "a spokesman for the regulator" may name.
_KINDS = _COMPANY_NOUNS | {
    "regulator", "watchdog", "agency", "authority", "ministry", "department", "party",
    "federation", "union", "league", "commission", "committee", "court", "club", "fund",
}
#: What a story calls a body it has just named, and the words one of its names has: "the
#: regulator" is an authority, a commission or an office, "the union" a federation too.
_PUBLIC_BODY_WORDS = frozenset(
    {"authority", "commission", "agency", "office", "board", "council", "regulator",
     "inspectorate", "bureau", "service", "administration", "directorate", "ombudsman"}
)
_UNION_WORDS = frozenset(
    {"union", "federation", "association", "confederation", "congress", "guild", "syndicate",
     "society", "workers", "employees"}
)
#: Words of the names of bodies that are no club or firm.
NOT_BUSINESSES = _PUBLIC_BODY_WORDS | _UNION_WORDS | {
    "league", "committee", "ministry", "government", "court", "parliament", "party",
    # a state's departments: "The Treasury sanctioned X. … the group's leader" is no firm's
    "department", "treasury",
}


def a_business(body: Mention) -> bool:
    """Whether a body's name may be a club's or a firm's: no word of a public body, a
    union, a party or a court in it."""
    return not NOT_BUSINESSES & set(body.name.lower().split())
_KIND_WORDS = {
    "regulator": _PUBLIC_BODY_WORDS, "watchdog": _PUBLIC_BODY_WORDS,
    "authority": _PUBLIC_BODY_WORDS, "agency": _PUBLIC_BODY_WORDS,
    "union": _UNION_WORDS, "federation": _UNION_WORDS, "association": _UNION_WORDS,
}
#: Places an office may be of, and the words a place's name is written with: "the
#: province's governor" is of "Kivu province", "the city's mayor" of a place without one.
_LOCALITIES: dict[str, frozenset[str] | None] = dict.fromkeys(
    {"city", "town", "capital", "village", "municipal"}
)
_LOCALITIES.update({w: frozenset({w}) for w in REGION_WORDS})
#: "The regional governor, X": the region the sentence before names.
_LOCALITIES.update(
    {"regional": frozenset({"region", "oblast"}), "provincial": frozenset({"province"})}
)
#: Words before an institution's title that say which of its officers: "Presiding judge X".
_RANKED = {"deputy", "chief", "presiding", "senior"}
#: "Mayor X" heads the town named before, "Governor X" the region.
_TITLE_LOCALITIES: dict[str, frozenset[str] | None] = {"mayor": None, "governor": REGION_WORDS}
#: Titles of an institution's officers, and the words that name such an institution:
#: "National Prosecutor X" of the prosecutor's office, "Justice X" of the court.
_INSTITUTION_TITLES = {
    "prosecutor": ("memberOf", {"prosecutor", "prosecutor's", "prosecution"}),
    "justice": ("memberOf", {"court", "tribunal"}),
    "judge": ("memberOf", {"court", "tribunal"}),
    # "Governor X" of the central bank the story is about (a state's governor is written
    # with the state: "Ogun State Governor X")
    "governor": ("leaderOf", {"central bank", "reserve bank", "national bank"}),
    # "Councillor X", "Coun X", "Labour councillor X": of the one council the story names
    **dict.fromkeys(
        ("councillor", "councilor", "councilman", "councilwoman", "alderman", "coun", "cllr"),
        ("memberOf", {"council"})),
}
#: Titles of a council's members, written in lower case after their party's name ("Labour
#: councillor X", "Green councillor X").
_COUNCIL_TITLES = frozenset({"councillor", "councilor", "councilman", "councilwoman"})


#: Titles that head an organisation, never a government: "Director-General X" alone is
#: the head of the organisation the story is about.
ORGANISATION_HEAD_TITLES = frozenset({
    "director-general", "secretary-general", "ceo", "chairman", "chairwoman", "chair",
    "chairperson", "chiefexecutive",
    "chiefexecutiveofficer", "managingdirector", "cfo", "chieffinancialofficer",
})
#: Titles of a company's or a club's officers, written alone before a name.
_COMPANY_TITLES = ORGANISATION_HEAD_TITLES | {
    "manager", "coach", "headcoach", "captain", "sportingdirector", "technicaldirector",
    "footballdirector", "generalmanager", "assistantmanager", "assistantcoach", "coo",
    "chiefoperatingofficer", "boss"}
#: Kinds of body written before a company's or club's title: "Club president X" is the
#: president of the club the story was just about.
OWN_KINDS = {"club", "team", "company", "firm"}
#: Words for a holder just arrived, still the holder: "the new chief executive, X".
NEWLY_TITLED = frozenset({"interim", "acting", "new", "incoming"})


def company_title(words: list[str]) -> bool:
    """ "Chief executive", "Interim CEO", "Manager", "Sporting director": a title only a
    company or club has; "Club president", "Company chairman": any title of one;
    "chairman and chief executive": titles that each are."""
    if "and" in (w.lower() for w in words):
        cut = [w.lower() for w in words].index("and")
        return company_title(words[:cut]) and company_title(words[cut + 1 :])
    if len(words) > 1 and words[0].lower() in OWN_KINDS:
        return words[-1].lower() in _TITLE_WORDS
    return "".join(w.lower() for w in words if w.lower() not in NEWLY_TITLED) in _COMPANY_TITLES


def described_offices(context: ArticleContext, found: list[Relation]) -> Iterator[Relation]:
    """Roles of the names written after a title phrase and a comma, for names ``found``
    gives no role in the same sentence."""
    placed = {
        (r.subject.start, r.evidence.sentence)
        for r in found
        if r.predicate in ROLE_PREDICATES
    }
    for person in list(context.mentions):
        if person.end <= person.start or not context.is_person(person):
            continue
        span = context.span_of(person)
        if span is None:
            continue
        sentence = context.evidence(span.sent, "kg.roles.v1", 0.75)
        if past_title_before(context, span):
            continue  # "retired Justice X of the Supreme Court": a post no longer held
        party = _party_in_brackets(context, span) or _party_named_in_brackets(context, span)
        if party is not None:
            yield Relation(person, "memberOf", party, sentence)
        if (person.start, sentence.sentence) in placed:
            continue
        phrase = _phrase_before(context, span)
        offices = (
            # "At the White House on Tuesday, press secretary X": the opening phrase is
            # no title of X's, the title after it may be of the body it names
            (_office(context, person, phrase, found) or _speaks_for_subject(context, span))
            if phrase is not None
            else _office_of_institution(context, span) or _own_office(context, span)
            or _speaks_for_subject(context, span)
            or _company_title_after(context, span)
            or _head_of_locality(context, span)
            or _title_shared(context, span, found)
        )
        for predicate, body in offices:
            if body is not person and body.name != person.name:
                yield Relation(person, predicate, body, sentence)


def _company_title_after(context: ArticleContext, span: Span) -> list[tuple[str, Mention]]:
    """A company's or club's title set off after a name that opens the clause, with no body
    of its own: "Harlow Bank cut jobs. X, chairman and chief executive, said", "X, the
    sporting director, said"; or the head of one of its divisions: "The Ostland Securities
    Commission fined the bank. '…,' X, Executive Director of Enforcement, said" (a member:
    the division is the body's)."""
    doc = context.tokens
    sent = span.sent
    opens = span.start == sent.start or span.start - 2 >= sent.start and (
        doc[span.start - 1].text in _CLOSING_QUOTES and doc[span.start - 2].text == ",")
    if not opens or span.end >= sent.end or doc[span.end].text != ",":
        return []
    end = next((k for k in range(span.end + 1, sent.end) if doc[k].text == ","), None)
    words = list(doc[span.end + 1 : end]) if end is not None else []
    if words and words[0].lower_ == "the":
        words = words[1:]
    if not words or any(
        t.text in POSSESSIVE_MARKS or t.lower_ in _PAST | PORTFOLIOS or not t.is_alpha
        or context.name_at(t) is not None for t in words
    ):
        return []
    lowered = [t.lower_ for t in words]
    cut = lowered.index("of") if "of" in lowered else len(words)
    title = [t.text for t in words[:cut]]
    division = words[cut + 1 :]
    if division:
        # "Executive Director of Enforcement": a division's name, capitalised or not
        if not title or title[-1].lower() not in _DIVISION_HEADS or len(division) > 3:
            return []
        body = _company_just_named(context, words[0])
        return [("memberOf", body)] if body is not None else []
    if not company_title(title):
        return []
    body = _company_just_named(context, words[0])
    predicate = _predicate(title, body) if body is not None else None
    if predicate == "leaderOf" and _unit(words, body):
        predicate = "memberOf"  # "the sporting director": one of its functions
    return [(predicate, body)] if predicate and body is not None else []


def _company_just_named(context: ArticleContext, token: Token) -> Mention | None:
    """The body the sentence before ``token``'s was about (see :func:`company_before`),
    unless the story is about another ("Halden Group will buy Orvik Stores. Orvik Stores
    had been for sale. X, Chairman and Chief Executive, said": whose is not told)."""
    body = company_before(context, token)
    home = home_company(context)
    return body if body is not None and (home is None or home == body) else None


#: Titles of the head of a body's division: "Director of Enforcement", "Head of Research".
_DIVISION_HEADS = {"director", "head", "chief", "manager", "officer"}


def past_title_before(context: ArticleContext, span: Span) -> bool:
    """Whether the title written before a name is one its holder no longer holds: "retired
    Justice X", "former Chief Justice X", "the late President X"."""
    doc = context.tokens
    k = span.start - 1
    while k >= span.sent.start and doc[k].is_title and doc[k].lower_ in _TITLE_WORDS:
        k -= 1
    return k < span.start - 1 and k >= span.sent.start and doc[k].lower_ in PAST_TITLE_WORDS


def _title_shared(
    context: ArticleContext, span: Span, found: list[Relation]
) -> list[tuple[str, Mention]]:
    """ "Halden Group chairwoman Ruth Falk and chief executive Piet Vos": a title after "and"
    is of the organisation the first name's title was."""
    doc = context.tokens  # indexing the Doc would make a new Token at each look
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _TITLE_WORDS:
        return []  # "… and chief Brexit negotiator X": the name is what the title is about
    k = span.start - 1
    while k > span.sent.start and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "and":
        k -= 1
    title = [t.text for t in doc[k + 1 : span.start]]
    if not title or title[-1].lower() not in _TITLE_WORDS or doc[k].lower_ != "and":
        return []
    if len(title) == 1 and title[0].lower() in PROFESSIONS:
        return []  # "… and lawyer X" may be anyone's lawyer
    first = context.name_at(doc[k - 1])
    if first is None or not context.is_person(first):
        return []
    bodies = {
        r.object.name: r.object
        for r in found
        if r.subject is first
        and r.predicate in {"leaderOf", "memberOf"}
        and r.object.type == "Organization"
        and r.object.end <= first.start
        and r.evidence.sentence == context.evidence(span.sent, "kg.roles.v1", 0.75).sentence
    }
    if len(bodies) != 1:
        return []
    body = next(iter(bodies.values()))
    predicate = _predicate(title, body)
    return [(predicate, body)] if predicate else []


def _speaks_for_subject(context: ArticleContext, span: Span) -> list[tuple[str, Mention]]:
    """ "China's foreign ministry said … Spokeswoman X told a briefing": a spokesperson
    opening a sentence, or the attribution after a quotation ('"…," press secretary X
    said', '"…," said spokesperson X'), speaks for the organisation the sentence before was
    about."""
    doc = context.doc
    k = span.start - 1
    if k < span.sent.start:
        return []
    if doc[k].lower_ == "secretary" and k > span.sent.start and doc[k - 1].lower_ == "press":
        k -= 1  # "press secretary X"
    elif doc[k].lower_ not in _SPOKESPEOPLE:
        return []
    after_quote = k - 1 >= span.sent.start and doc[k - 1].text in _CLOSING_QUOTES or (
        k - 2 >= span.sent.start and doc[k - 1].lemma_ in {"say", "add"}
        and doc[k - 2].text in _CLOSING_QUOTES)  # '"…," said spokesperson X'
    if k != span.sent.start and not after_quote:
        scene = _scene_body(context, span.sent, k)
        return [("spokespersonOf", scene)] if scene is not None else []
    body = _subject_before(context, doc[k], sentences=1)
    return [("spokespersonOf", body)] if body is not None else []


def _scene_body(context: ArticleContext, sent: Span, k: int) -> Mention | None:
    """The organisation a sentence opens at, when a spokesperson's title follows the opening
    phrase: "At the White House on Tuesday, press secretary X told reporters"."""
    doc = context.doc
    at = max(sent.start, dateline_end(sent[0]) + 1)  # "WASHINGTON — At the White House, …"
    if doc[at].lower_ != "at" or doc[k - 1].text != "," or at + 2 >= k:
        return None
    first = at + 1 + (doc[at + 1].lower_ == "the")
    body = context.name_at(doc[first])
    if body is None or body.type != "Organization":
        return None
    # no other name between the body and the comma: "At the talks with X, spokesman Y" is not X's
    if any(context.name_at(doc[j]) not in (None, body) for j in range(first, k - 1)):
        return None
    return body


#: Quotation marks that close a quotation before its attribution.
_CLOSING_QUOTES = {'"', "”", "'", "’"}


def _subject_before(context: ArticleContext, token: Token, sentences: int) -> Mention | None:
    """The organisation that is the subject of the closest of the ``sentences`` sentences
    before ``token``'s."""
    doc = context.doc
    sent = token.sent
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for t in sent:
            named = context.name_at(t) if t.dep_ in {"nsubj", "nsubjpass"} else None
            if named is not None and named.type == "Organization":
                # "A and B reported …": the company spokeswoman is of either
                return None if any(c.dep_ == "conj" for c in t.children) else named
    return None


def party_meant(context: ArticleContext, noun: Token) -> Mention | None:
    """The party "the party's" or "party" before a title means ("… went to the Democratic
    Alliance. The party's chief whip X", "the PTM condemned the arrest of party chairman
    X"): the one body with a party's word in its name that this sentence names before
    ``noun`` or the sentence before names; else the body this sentence, or the one before,
    is said of."""
    doc = context.doc
    sent = noun.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start and start <= m.start < noun.idx
        and PARTY_WORDS & {w.lower() for w in m.name.split()}
    }
    if len(named) == 1:
        return next(iter(named.values()))
    if named:
        return None
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    body = context.name_at(subject) if subject is not None and subject.i < noun.i else None
    if body is None or body.type != "Organization":
        body = _subject_before(context, noun, sentences=1)  # "The PTI won. Party chairman X"
    return body if body is not None and _may_be_a_party(body) else None


def _may_be_a_party(body: Mention) -> bool:
    """Whether a body's name may be a party's: an abbreviation or a name without another
    kind's word ("PTI", "Jubilee"; not "Harbour Authority", "Kestrel Bank")."""
    words = {w.lower() for w in body.name.split()}
    return not words & (ORG_HEADS | LEGAL_FORMS) - PARTY_WORDS


def owner_described(context: ArticleContext, noun: Token) -> Mention | None:
    """The body a kind of organisation or place before a title means, named in this sentence
    or the one before: "The Harbour Authority fined the bank. The regulator's chair, X",
    "Floods hit Port Avel. The city's mayor, X"."""
    if noun.lower_ in _LOCALITIES:
        return _locality_meant(context, noun)
    if noun.lower_ == "bloc":
        return _bloc_named(context)
    if noun.lower_ == "party":
        return party_meant(context, noun)
    if noun.lower_ in _GENERAL_KINDS:
        # "acting president of the body", "the forum's chair": the organisation the story
        # is about
        return home_company(context)
    if noun.lower_ in _HOME_KINDS:
        # "Halden Rovers lost. X, the club's chairman,": the club the sentence before was
        # about (a story may be about another club than the one it names most)
        return _business_before(context, noun)
    if noun.lower_ not in _KIND_WORDS:
        return None
    # named as a kind only if no name of the article says so ("the union" of "X Union")
    described = organisation_described(context, [noun.text]) if noun.lower_ in ORG_HEADS else None
    found = described or _body_of_kind(context, noun)
    return None if found is not None and of_another_country(noun, found) else found


def of_another_country(noun: Token, body: Mention) -> bool:
    """Whether a demonym before ``noun`` says its body is another country's than the one
    ``body``'s name says: "the Jordanian royal family" is not the "Bahrain Royal Family",
    "the Ugandan federation" not the "Kenya Rowing Federation" (a name without a country,
    "the Royal Court", may be any country's)."""
    said = {country_of(c.text) for c in noun.children
            if c.dep_ in {"amod", "compound"} and c.text in DEMONYMS}
    said.discard(None)
    named = {country_of(w) for w in body.name.split() if w[:1].isupper()}
    named.discard(None)
    return bool(said and named and not said & named)


#: What a story calls the organisation it is about when the kind does not matter.
_GENERAL_KINDS = frozenset({"body", "forum", "organisation", "organization"})
#: Words of the names of blocs of countries: "European Union", "Andean Community".
_BLOC_WORDS = frozenset({"union", "community", "alliance", "league", "cooperation"})


def _bloc_named(context: ArticleContext) -> Mention | None:
    """ "the bloc's foreign policy chief": the one union, community or alliance the article
    names."""
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start
        and _BLOC_WORDS & set(m.name.lower().split())
        and not (PARTY_WORDS - _BLOC_WORDS) & set(m.name.lower().split())
    }
    return next(iter(named.values())) if len(named) == 1 else None


def company_before(context: ArticleContext, token: Token) -> Mention | None:
    """The organisation a company title opening a sentence ("Chief executive X said") is of:
    the only one the sentence before names, as its subject, or if it names none, the one
    the story is about."""
    if token.sent.start == 0:
        return home_company(context)
    before = context.doc[token.sent.start - 1].sent
    named = {
        m.name
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start
        and before.start_char <= m.start < before.end_char
    }
    if not named:
        return home_company(context)
    body = _subject_before(context, token, sentences=1)
    # "Rovers signed X from Castelmar FC. Manager Y said": the subject's, whatever other
    # body the sentence names as where someone came from
    others = named - {body.name} if body is not None else named
    return body if body is not None and not others - _left_sides(context, before) else None


def _left_sides(context: ArticleContext, sent: Span) -> set[str]:
    """The organisations a sentence names after "from": the sides someone left."""
    return {
        m.name for t in sent if t.lower_ == "from"
        for o in t.children if o.dep_ == "pobj"
        for m in [context.name_at(o)] if m is not None and m.type == "Organization"
    }


def _business_before(context: ArticleContext, kind: Token) -> Mention | None:
    """The club or firm the sentence before was about: not a federation, a union or an
    authority ("The federation banned Dunmore United. The club's president, X"); else the
    one company the sentence before names by its legal form ("steered the contracts to
    Kerewa Bridgeworks Ltd. The firm's chief executive, X")."""
    body = _subject_before(context, kind, sentences=1)
    if body is not None and a_business(body):
        return body
    if kind.lower_ not in {"firm", "company", "contractor", "lender", "carrier"}:
        return None
    sent = kind.sent
    if sent.start == 0:
        return None
    before = context.doc[sent.start - 1].sent
    firms = {
        m.name: m for m in context.mentions
        if m.type == "Organization" and before.start_char <= m.start < kind.idx
        and LEGAL_FORMS & {w.lower().rstrip(".") for w in m.name.split()[1:]}
    }
    return next(iter(firms.values())) if len(firms) == 1 else None


def _body_of_kind(context: ArticleContext, kind: Token) -> Mention | None:
    """The organisation the sentence before was about, if one of its names says it is a
    ``kind`` ("the regulator" of "the Harbour Conduct Authority")."""
    body = _subject_before(context, kind, sentences=1)
    if body is None or not _KIND_WORDS[kind.lower_] & set(body.name.lower().split()):
        return None
    return body


def _locality_meant(context: ArticleContext, noun: Token) -> Mention | None:
    """The one place below a country that this sentence or the one before names, written
    as ``noun`` says: "Kivu province" for "the province's", a town for "the city's"."""
    doc = context.doc
    sent = noun.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    wanted = _LOCALITIES.get(noun.lower_, _TITLE_LOCALITIES.get(noun.lower_))
    named: dict[str, Mention] = {}
    for m in context.mentions:
        if m.type != "Place" or m.end <= m.start or not start <= m.start < noun.idx:
            continue
        if country_of(m.name) or m.name in CAPITAL_COUNTRIES and noun.lower_ != "capital":
            continue  # a country, or a capital that stands for one
        found = context.span_of(m)
        if found is None:
            continue
        # "Kivu province", "the province of Kivu", here or where the article named it before
        written = {w.lower() for w in m.name.split()} | _written_beside(context, m, noun.idx)
        if wanted is None and not written & REGION_WORDS or wanted and written & wanted:
            if found.root.dep_ == "conj" or any(c.dep_ == "conj" for c in found.root.children):
                return None  # "Dornby and Hallam": one of two towns
            named.setdefault(m.name, m)
    return next(iter(named.values())) if len(named) == 1 else None


def _written_beside(context: ArticleContext, place: Mention, before: int) -> set[str]:
    """The words written right around the place's name, wherever the article names it before
    ``before``: "the Karaganda region … flew to Karaganda" writes "region" beside it."""
    doc = context.doc
    words: set[str] = set()
    for m in context.mentions:
        found = context.span_of(m) if m.name == place.name and m.start < before else None
        if found is not None:
            words |= {t.lower_ for t in doc[max(0, found.start - 2) : min(len(doc), found.end + 1)]}
    return words


def _office_of_institution(context: ArticleContext, span: Span) -> list[tuple[str, Mention]]:
    """ "National Prosecutor X", "Justice X": the one institution of that kind the article
    names."""
    doc = context.doc
    k = span.start - 1
    if (k > span.sent.start and doc[k].is_title and doc[k].lower_.rstrip(".") in STYLES
            and doc[k - 1].lower_ in _INSTITUTION_TITLES):
        k -= 1  # "Governor Dr. X"
    if k < span.sent.start or doc[k].lower_ not in _INSTITUTION_TITLES:
        return []
    before = doc[k - 1] if k > span.sent.start else None
    if not doc[k].is_title and not (
        # "Presiding judge X", "Deputy governor X" opening a sentence
        before is not None and before.i == span.sent.start and before.lower_ in _RANKED
        # "Labour councillor X": a party's councillor, of the council the story names
        or before is not None and before.is_title and doc[k].lower_ in _COUNCIL_TITLES
    ):
        return []
    predicate, heads = _INSTITUTION_TITLES[doc[k].lower_]
    if before is not None and before.text in _HYPHENS and k - 2 >= span.sent.start:
        before = doc[k - 2]  # "Vice-Governor X": the word before the hyphen
    if before is not None and before.lower_ == "presiding":
        predicate = "memberOf"  # the judge presiding over one case is one of the court's
    elif before is not None and before.lower_ == "chief" and doc[k].lower_ == "justice":
        predicate = "leaderOf"  # "Chief Justice X" presides over the court
    elif before is not None and before.lower_ in {"deputy", "vice"} and doc[k].lower_ == "governor":
        predicate = "memberOf"  # "Deputy Governor X", "Vice-Governor X" of the central bank
    elif before is not None and (
        before.lower_ in _TITLE_WORDS | PORTFOLIOS | {"chief"}
        and doc[k].lower_ not in _COUNCIL_TITLES  # "Labour councillor X": of a party
        or doc[k].lower_ == "governor" and before.is_title
    ):
        return []  # "Deputy Prosecutor" is of a unit, "State Governor X" of a state
    if doc[k].lower_ == "governor" and _names_regions(context):
        return []  # a story of states or provinces: "Governor X" may be of one
    # named before the title: a court named later may be the one a case goes to next
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start and m.start < span.start_char
        and _names_institution(m.name, heads)
    }
    # a court named only in another judge's title is that judge's
    named = {n: m for n, m in named.items() if not _only_in_titles(context, n, span.start)}
    found = _one_named(named)
    return [(predicate, found)] if found is not None else []


def _one_named(named: dict[str, Mention]) -> Mention | None:
    """The one body of ``named``, or the one proper name among descriptions of a body
    ("Constitutional Court" beside "Kenya's top court", which the resolver joins to it;
    "Velmar National Bank" beside a headline's "Velmar central bank")."""
    if len(named) > 1:
        named = {n: m for n, m in named.items()
                 if not _described(n) and not _kind_of_another(n, named)}
    return next(iter(named.values())) if len(named) == 1 else None


def _described(name: str) -> bool:
    """Whether ``name`` describes a body rather than naming it: "Colombia's top court"."""
    return any(mark in name for mark in POSSESSIVE_MARKS) and any(
        w.islower() and w not in {"of", "the", "and", "for"} for w in name.split()
    )


def _kind_of_another(name: str, names: Collection[str]) -> bool:
    """Whether ``name`` is a kind of body in lower case with only words of another of
    ``names``: "Velmar central bank" of "Velmar National Bank" (not "Polish central bank")."""
    words = name.split()
    capitalised = {w for w in words if w[:1].isupper()}
    return words[-1].islower() and any(
        other != name and capitalised <= set(other.split()) for other in names)


def institution_of_title(
    context: ArticleContext, words: list[str], before: int
) -> tuple[str, Mention] | None:
    """ "X, the presiding judge,", "The deputy governor, X": the predicate and the one
    institution of the title's kind (a court, a central bank) named before ``before``."""
    lower = [w.lower() for w in words]
    if not lower or lower[-1] not in _INSTITUTION_TITLES or lower[-1] == "governor" and (
        len(lower) > 1 and lower[-2] not in _RANKED
    ):
        return None
    if lower[-1] == "governor" and _names_regions(context):
        return None
    predicate, heads = _INSTITUTION_TITLES[lower[-1]]
    if lower[-2:] == ["chief", "justice"]:
        predicate = "leaderOf"
    elif "deputy" in lower:
        predicate = "memberOf"
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization" and m.end > m.start and m.start < before
        and _names_institution(m.name, heads)
    }
    # "A Texas judge dismissed the jury that indicted Texas Supreme Court Justice A. Judge
    # B ruled …": a court named only in another judge's title is that judge's, not B's
    named = {n: m for n, m in named.items() if not _only_in_titles(context, n, -1)}
    return (predicate, next(iter(named.values()))) if len(named) == 1 else None


#: Titles of the judges of a court.
_JUDGES = {"justice", "judge", "magistrate", "justices", "judges"}


def _only_in_titles(context: ArticleContext, name: str, holder: int) -> bool:
    """Whether every mention of the court ``name`` is written as a judge's title before the
    name of a person other than the one whose name starts at token ``holder`` ("Texas
    Supreme Court Justice A", "High Court Judge B"; a bank's "Governor A" leaves the bank
    that of its deputy governor too)."""
    doc = context.doc
    for m in context.mentions:
        if m.name != name or m.end <= m.start:
            continue
        span = context.span_of(m)
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in _JUDGES:
            return False
        named = context.name_at(doc[span.end + 1])
        if named is None or not context.is_person(named) or span.end + 1 == holder:
            return False
    return True


def _own_office(context: ArticleContext, span: Span) -> list[tuple[str, Mention]]:
    """ "Inspector General X" heads the "Inspector General's Office" (or "Office of the
    Inspector General") the article names; "Deputy Inspector General X" is one of it.
    "President X" does not head "the President's Office"."""
    doc = context.doc
    k = span.start
    while k > span.sent.start and k > span.start - 5 and doc[k - 1].is_title and (
        context.name_at(doc[k - 1]) is None
    ):
        k -= 1
    words = [t.lower_ for t in doc_tokens(doc)[k : span.start]]
    if not words or words[-1] in _STATE_LEADERS | {"minister"}:
        return []  # a chief of staff runs "the President's Office", not the president
    junior = SUBORDINATE_TITLE_WORDS & set(words)
    while words and words[0] in SUBORDINATE_TITLE_WORDS:
        words.pop(0)  # "Deputy Inspector General X": one of the office
    title = " ".join(words)
    for m in context.mentions:
        name = m.name.lower().replace("’", "'")
        if m.type == "Organization" and name in {f"{title}'s office", f"office of the {title}"}:
            return [("memberOf" if junior else "leaderOf", m)]
    county = _county_office(context, words)
    return [("memberOf" if junior else "leaderOf", county)] if county is not None else []


#: Offices of a county or a district named for the officer who heads them: "the Brookfield
#: County Sheriff's Office", "the Manhattan District Attorney's Office".
_COUNTY_OFFICERS = frozenset({"sheriff", "district attorney", "state's attorney", "coroner"})


def _county_office(context: ArticleContext, words: list[str]) -> Mention | None:
    """ "Sheriff X", "District Attorney X": the one office the article names for that
    officer ("the Brookfield County Sheriff's Office", "… Sheriff's Department")."""
    title = " ".join(w for w in words if w.replace("'", "").isalpha() or w == "'s")
    officer = next((o for o in _COUNTY_OFFICERS if title == o or title.endswith(" " + o)), None)
    if officer is None:
        return None
    offices = {
        m.name: m for m in context.mentions
        if m.type == "Organization" and m.end > m.start
        and m.name.lower().replace("’", "'").endswith(
            (f"{officer}'s office", f"{officer}'s department"))
    }
    return next(iter(offices.values())) if len(offices) == 1 else None


def _names_regions(context: ArticleContext) -> bool:
    """Whether the article names a state or a province ("Kivu Province"), whose governor a
    "Governor X" may be."""
    return any(
        m.type == "Place" and REGION_WORDS & set(m.name.lower().split()) for m in context.mentions
    )


def _names_institution(name: str, heads: set[str]) -> bool:
    """Whether an organisation's name says it is one of ``heads``; "Bank of Ghana", a
    country's bank, is its central bank."""
    lower = f" {name.lower()} "
    if any(f" {h} " in lower for h in heads):
        return True
    # not "Bank of America": a country's own name, not another name for it
    return "central bank" in heads and name.startswith("Bank of ") and (
        country_of(name[8:]) == name[8:]
    )


def _head_of_locality(context: ArticleContext, span: Span) -> list[tuple[str, Mention]]:
    """ "Floods hit Port Avel. Mayor X said …": the town (or for "Governor X" the province)
    this sentence or the one before names."""
    doc = context.doc
    k = span.start - 1
    if k < span.sent.start or not doc[k].is_title or doc[k].lower_ not in _TITLE_LOCALITIES:
        return []
    if k > span.sent.start and (doc[k - 1].is_title or doc[k - 1].lower_ in _PAST):
        return []  # "Deputy Mayor X", "State Governor X", "former Mayor X"
    place = _locality_meant(context, doc[k])
    return [("leaderOf", place)] if place is not None else []


#: Words that join a name to a list before it: no title word of the name.
_LIST_LINKS = {"and", "or", "but", "as", "plus", "with", "including"}


#: Parts of speech of a clause's words, which no title before a name has.
_CLAUSE_WORDS = frozenset({"VERB", "AUX", "SCONJ"})


def _phrase_before(context: ArticleContext, span: Span) -> Span | None:
    """The phrase before the comma that precedes the name ("the AU's commissioner for
    political affairs, peace and security"), from its determiner or owner on."""
    doc = context.tokens  # indexing the Doc would make a new Token at each look
    sent = span.sent
    k = span.start - 1
    # "…, former Uruguayan foreign minister X": the name's own title words
    # (not "and": "X is a member of the board, and Y" gives Y no title; nor "as well as":
    # "A, the alliance's chief, as well as Mrs B"; nor across a clause: "…, board members chose
    # X", "X, the EU's negotiator, said talks will outlast Mr Y's deadline")
    while k >= sent.start and doc[k].lower_ not in _LIST_LINKS and (
        doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ not in _CLAUSE_WORDS
        or doc[k].text in DEMONYMS or doc[k].lower_ in _PAST
        or doc[k].is_title and doc[k].lower_.rstrip(".") in STYLES
    ) and not _a_verb(doc[k]):
        k -= 1
    if k <= sent.start or doc[k].text != ",":
        return None
    end = k
    j, start = k - 1, None
    while j >= sent.start:
        t = doc[j]
        if t.text == ")" and j - 2 >= sent.start and doc[j - 2].text == "(":
            j -= 3  # "the UN Mission in Soldavia (UNMIS)": an acronym in brackets
            continue
        if t.text == ",":
            # a comma inside a list of portfolios: "for political affairs, peace and security"
            if not all(_listed(w) or w.lower_ == "and" for w in doc[j + 1 : end]):
                break
        elif t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBN" and t.dep_ == "amod"):
            break  # "The committee's elected president": a participle before the title
        elif t.text in {";", ":", "—", "–", '"', "“", "”", "("}:
            break
        elif t.lower_ in {"and", "but"} and not (
            j > sent.start and _joined(context, doc[j - 1]) and _joined(context, doc[j + 1])
        ):
            break  # "X and the AU's commissioner", not "peace and security"
        if t.lower_ in _DETERMINERS | _OWNER_PRONOUNS and (
            j == sent.start
            or doc[j - 1].pos_ != "ADP"
            or j - 1 == sent.start
            or doc[j - 2].pos_ not in {"NOUN", "PROPN"}
        ):
            # the phrase's own determiner or owner, not that of "of the OAS mission" (but
            # "according to the company's chief executive, X")
            start = j
        j -= 1
    if start is not None:
        return context.doc[start:end]
    start = j + 1
    if start < end and (start == sent.start or doc[start - 1].lower_ in {"and", "but", ";"}) and (
        doc[start].is_title
    ):
        return context.doc[start:end]  # "Vantor's managing director, X", "Tang's deputy, X"
    return None


def _a_verb(token: Token) -> bool:
    """A verb of a clause, not a participle before a title ("the newly elected chair")."""
    return token.pos_ in {"VERB", "AUX"} and not (token.tag_ == "VBN" and token.dep_ == "amod")


def _joined(context: ArticleContext, token: Token) -> bool:
    """A word of a portfolio's name or list ("for Terrorism and Financial Intelligence",
    "political affairs, peace and security"), not a name or a new phrase."""
    named = context.name_at(token)
    return (
        token.is_alpha
        and token.lower_ not in _DETERMINERS | _OWNER_PRONOUNS
        and (named is None or not context.is_person(named))
    )


def _listed(token: Token) -> bool:
    """A word of a lower-case list ("political affairs, peace and security")."""
    return token.is_lower and token.is_alpha and token.lower_ not in _DETERMINERS | _OWNER_PRONOUNS


def _office(
    context: ArticleContext, person: Mention, phrase: Span, found: list[Relation]
) -> list[tuple[str, Mention]]:
    """The predicate and body the title phrase gives, or nothing."""
    doc = context.doc
    words = list(phrase)
    if words and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    if any(t.lower_ in _PAST | _AHEAD for t in words):
        return []  # "the former head of the mission", "the next president of the Commission"
    if any(
        (m := context.name_at(t)) is not None
        and m is not person
        and m.type == "Person"
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text in POSSESSIVE_MARKS)
        for t in words
    ):
        return []  # another person's name inside the phrase, not as the owner
    owner_end = next((i for i, t in enumerate(words) if t.text in POSSESSIVE_MARKS), None)
    owner: list[Token] = []
    if owner_end is not None:
        owner, words = words[:owner_end], words[owner_end + 1 :]
    elif words and words[0].lower_ in _OWNER_PRONOUNS:
        owner, words = words[:1], words[1:]
    cut = next((i for i, t in enumerate(words) if t.lower_ in _PREPOSITIONS), len(words))
    title, tail = words[:cut], words[cut:]
    if not title or title[-1].lower_ not in _TITLE_WORDS and not _general_title(title):
        return []
    title_words = [t.text for t in title]
    if owner:
        body = _owner_body(context, person, owner, found)
        if body is None:
            return []
        if body.type == "Person":
            return _of_a_person(title_words, body, found)
        predicate = _predicate(title_words, body)
        if predicate == "leaderOf" and tail and _in_a_chamber(tail):
            predicate = "memberOf"  # "the NPU's leader in the lower house"
        if predicate == "leaderOf" and (_unit(title, body) or names_a_unit_of(title, body)):
            predicate = "memberOf"  # "the group's finance director", "its regional leader"
        return [(predicate, body)] if predicate else []
    # "The Shin Bet director", "the White House budget director": the body named in the title
    named = [m for t in title[:-1] if (m := context.name_at(t)) is not None]
    if named and named[0].type == "Organization":
        predicate = _predicate(title_words, named[0])
        if predicate == "leaderOf" and _unit(title, named[0]):
            predicate = "memberOf"
        return [(predicate, named[0])] if predicate else []
    if not tail:
        # "A company spokeswoman, X": the company the story is about, or has just named
        body = organisation_described(context, title_words)
        if body is None and title[0].lower_ in _COMPANY_NOUNS:
            body = _subject_before(context, title[0], sentences=3)
        if body is None and phrase.start == phrase.sent.start and len(title) == 1 and (
            title[0].lower_ in _SPOKESPEOPLE
        ):  # "The prosecutor's office said … A spokesman, X, said": of the one just named
            body = _subject_before(context, title[0], sentences=1)
        if body is None and len(title) == 2 and title[1].lower_ in TERRITORIAL_LEADERS:
            body = owner_described(context, title[0])  # "The provincial governor, X"
        if body is None and phrase.start == phrase.sent.start and company_title(title_words):
            # "Harlow Bank cut jobs. The chief executive, X, said": the company just named
            body = _company_just_named(context, title[0])
        if body is None and phrase[0].lower_ == "the":
            # "The presiding judge, X": of the court named before
            found = institution_of_title(context, title_words, phrase.start_char)
            return [found] if found is not None else []
        predicate = _predicate(title_words, body) if body is not None else None
        return [(predicate, body)] if predicate and body is not None else []
    if tail[0].lower_ == "to" and title[-1].lower_ not in ADVISERS:
        return []  # "the envoy to the Egyptian president" serves another country
    body, unit = _tail_body(context, person, tail)
    if body is None:
        return []
    predicate = _predicate(title_words, body)
    if predicate == "leaderOf" and (unit or _unit(title, body)):
        predicate = "memberOf"  # "The head of the OAS mission" leads a part of the OAS
    return [(predicate, body)] if predicate else []


def _general_title(title: list[Token]) -> bool:
    """ "attorney general", "secretary general", "secretary-general" (which the tokenizer
    splits at the hyphen): a title word before "general"."""
    words = [t.lower_ for t in title if t.text not in _HYPHENS]
    return len(words) > 1 and words[-1] == "general" and words[-2] in _TITLE_WORDS


def _predicate(words: list[str], body: Mention) -> str | None:
    predicate = predicate_for(words, body)
    if predicate is None:
        return None
    return fit(predicate, "Person", body.type)


def _unit(title: list[Token], body: Mention) -> bool:
    """Common nouns before a leader's title name a unit: "budget director"; not the words of
    the body's own name ("the central bank governor")."""
    named = {w.lower() for w in body.name.split()}
    return any(
        t.pos_ == "NOUN" and t.is_lower and t.lower_ not in _TITLE_WORDS | {"board"} | named
        for t in title[:-1]
    )


def _in_a_chamber(tail: list[Token]) -> bool:
    return tail[0].lower_ == "in" and any(t.lower_ in CHAMBER_WORDS for t in tail[1:4])


def _owner_body(
    context: ArticleContext, person: Mention, owner: list[Token], found: list[Relation]
) -> Mention | None:
    """Whose office it is: a name ("Vantor's", "the AU's"), a pronoun ("Its"), or a
    description the article resolves ("the party's", "The Philippine leader's")."""
    last = owner[-1]
    if len(owner) == 1 and last.lower_ in {"its", "their"}:
        return owner_named_before(context, last)
    if len(owner) == 1 and last.lower_ in {"his", "her"}:
        # a person's (not a body the tagger half took for one: "The Foreign, Commonwealth
        # and Development Office … designated X and his partner, Y")
        meant = context.antecedents.get(last.i)
        return meant if meant is None or meant.type == "Person" else None
    named = context.mention_at(last)
    if named is not None and named is not person:
        return named
    if len(owner) == 1 and last.lower_ in COUNTRY_NOUNS:
        return country_meant(context, last)  # "The country's president, X"
    if len(owner) == 1 and last.lower_ in _HOME_KINDS:
        # "The club's president, X": the club the story is about, or that the sentence
        # before was about
        home = home_company(context)
        if home is not None and not a_business(home):
            home = None  # "The firm's chief executive" in a story most about a party
        return home or _business_before(context, last)
    if len(owner) == 1 and last.lower_ in _KIND_WORDS.keys() | _LOCALITIES.keys() | {"bloc"}:
        return owner_described(context, last)
    if (
        last.lower_ == "ministry"
        and owner[0].lower_ in {"his", "her"}
        and (minister := context.antecedents.get(owner[0].i)) is not None
    ):  # "His ministry's spokesperson": the ministry of the minister meant
        return _ministry_of(context, minister, found)
    if last.is_lower and last.lower_ in ORG_HEADS:
        # "the party's", "the group's": the one organisation of that kind the article names
        described = organisation_described(context, [t.text for t in owner if t.is_alpha])
        if described is None and last.lower_ == "ministry" and all(
            t.lower_ in PORTFOLIOS | _DETERMINERS for t in owner[:-1]
        ):
            # "The justice ministry's spokeswoman": a ministry of the article's country
            return home_country(context)
        return described
    if last.lower_ in TITLE_PREDICATE:
        # "The Philippine leader's": the person so described, if the article has one
        demonym = next((t.text for t in owner if t.text in DEMONYMS), None)
        if demonym is not None:
            return _leader_of(demonym, found)
    if (
        len(owner) == 1
        and last.i > 0
        and last.doc[last.i - 1].lower_ == "the"
        and last.is_lower
        and last.pos_ == "NOUN"
    ):
        # "The informateur's spokeswoman": the one person the article calls so
        return person_titled(context, last)
    return None


def _party_in_brackets(context: ArticleContext, span: Span) -> Mention | None:
    """ "Labour Minister Hubertus Kell (SPD) said": the party whose acronym follows a
    name."""
    doc = context.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    if not (doc[span.end + 1].is_upper and doc[span.end + 1].is_alpha):
        return None
    # the acronym the article gives a party in brackets: "the Social Democratic Party (SPD)"
    acronym = doc[span.end + 1].text
    for m in context.mentions:
        found = context.span_of(m) if m.type == "Organization" and m.end > m.start else None
        if (
            found is not None
            and found.end + 2 < len(doc)
            and doc[found.end].text == "("
            and doc[found.end + 1].text == acronym
            and set(m.name.lower().split()) & PARTY_WORDS
        ):
            return m
    return None


def _party_named_in_brackets(context: ArticleContext, span: Span) -> Mention | None:
    """ "Opposition leader X (Social Democrats) said": a party written whole in brackets
    after a name."""
    doc = context.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return None
    party = context.mention_at(doc[span.end + 1])
    found = context.span_of(party) if party is not None else None
    if (
        party is None
        or found is None
        or party.type != "Organization"
        or found.start != span.end + 1
        or found.end >= len(doc)
        or doc[found.end].text != ")"
    ):
        return None
    if set(party.name.lower().split()) & PARTY_WORDS:
        return party
    # "observers A (Likud) and B (Religious Zionism)", "MK A (Likud)": a party named bare,
    # known as one by the bracket written after a lawmaker or after the next name too
    return party if _lawmaker_before(span) or _bracketed_beside(context, span, found) else None


#: Titles of those who sit in a legislature or cabinet for a party: "MK X (Likud)".
_PARTY_SEATS = {"mk", "mp", "mps", "mks", "lawmaker", "lawmakers", "legislator", "minister",
                "senator", "deputy", "observer", "observers", "member", "members"}


def _lawmaker_before(span: Span) -> bool:
    """Whether the title just before the name is a lawmaker's or a minister's."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _PARTY_SEATS


def _bracketed_beside(context: ArticleContext, span: Span, found: Span) -> bool:
    """Whether another person of the sentence has a body in brackets after the name too:
    "A (Likud) and B (Religious Zionism)"."""
    doc = context.doc
    for m in context.mentions:
        other = context.span_of(m) if context.is_person(m) and m.end > m.start else None
        if (other is None or other.start == span.start or other.sent != span.sent
                or other.end + 2 >= len(doc) or doc[other.end].text != "("):
            continue
        body = context.mention_at(doc[other.end + 1])
        body_span = context.span_of(body) if body is not None else None
        if (body is not None and body.type == "Organization" and body_span is not None
                and body_span.end < len(doc) and doc[body_span.end].text == ")"
                and body_span.start != found.start):
            return True
    return False


def person_titled(context: ArticleContext, word: Token) -> Mention | None:
    """The one person the article names with ``word`` as a title ("informateur Hans
    Verbeek", "the mediator, Ana Ruiz,")."""
    doc = context.doc
    named: dict[str, Mention] = {}
    for token in context.tokens_with({word.lower_}):
        if token.lower_ != word.lower_ or token.i == word.i or token.i + 1 >= len(doc):
            continue
        k = token.i + 1 + (doc[token.i + 1].text == ",")
        person = context.name_at(doc[k]) if k < len(doc) else None
        if person is not None and context.is_person(person) and doc[k].idx == person.start:
            named.setdefault(person.name.split()[-1], person)
    return next(iter(named.values())) if len(named) == 1 else None


def _ministry_of(
    context: ArticleContext, minister: Mention, found: list[Relation]
) -> Mention | None:
    """The one ministry named after the country ``minister`` is a member of."""
    countries = {
        r.object.name
        for r in found
        if _same_person(r.subject, minister)
        and r.predicate == "memberOf"
        and r.object.type == "Place"
    }
    ministries = {
        m.name: m
        for m in context.mentions
        if m.type == "Organization"
        and "ministry" in m.name.lower()
        and any(c in m.name for c in countries)
    }
    return next(iter(ministries.values())) if len(ministries) == 1 else None


def _same_person(a: Mention, b: Mention) -> bool:
    """Whether two names are one person's: "Tang" of "Tang Wei", "Choi" of "Choi Min-jun"."""
    return set(a.name.split()) >= set(b.name.split()) or set(b.name.split()) >= set(a.name.split())


def _leader_of(demonym: str, found: list[Relation]) -> Mention | None:
    """The one person the article has lead the country of ``demonym``."""
    country = DEMONYMS[demonym]
    leaders = {
        r.subject.name.split()[-1]: r.subject
        for r in found
        if r.predicate == "leaderOf" and r.object.type == "Place" and r.object.name == country
    }
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def _of_a_person(
    words: list[str], boss: Mention, found: list[Relation]
) -> list[tuple[str, Mention]]:
    """A title of a person's: their spokesperson or adviser; their deputy serves in the body
    they lead or belong to, or else stands in for them."""
    lower = {w.lower() for w in words}
    if lower & _DEPUTIES and len(lower) == 1:
        bodies = {
            r.object.name: r.object
            for r in found
            if _same_person(r.subject, boss)
            and r.predicate in {"leaderOf", "memberOf"}
            and r.object.type == "Organization"
        }
        if not any(_same_person(r.subject, boss) and r.predicate in {"leaderOf", "memberOf"}
                   for r in found):
            return [("advisorOf", boss)]  # "Roe's deputy, X" of a Roe given no post
        return [("memberOf", b) for b in bodies.values()] if len(bodies) == 1 else []
    predicate = predicate_for(words, boss)
    return [(predicate, boss)] if predicate in {"spokespersonOf", "advisorOf"} else []


def _tail_body(
    context: ArticleContext, person: Mention, tail: list[Token]
) -> tuple[Mention | None, bool]:
    """The body after the title: "of the OAS mission" (a unit of the OAS), "of the
    Treasury for …", "for Golden Reed", "for the regulator"."""
    prep = tail[0].lower_
    rest = tail[1:]
    while rest and rest[0].lower_ in _DETERMINERS:
        rest = rest[1:]
    if prep == "to":
        # "The adviser to the Egyptian President": a member of that president's government
        if len(rest) == 2 and rest[0].text in DEMONYMS and rest[1].lower_ in _STATE_LEADERS:
            return demonym_mention(context, rest[0]), True
        return None, False
    if prep not in {"of", "for", "at"}:
        return None, False
    if not rest or rest[0].lower_ in PORTFOLIOS | _NOT_BODIES and not context.name_at(rest[0]):
        return None, False  # "commissioner for trade": a portfolio, not a body
    first = rest[0]
    named = context.mention_at(first)
    if named is None:
        if prep == "for" and first.is_lower and len(rest) == 1:
            # "a spokesman for the regulator": the organisation the article calls so
            body = context.antecedents.get(first.i) or _organisation_of_kind(context, first)
            if body is None and first.lower_ in _KINDS:
                body = _subject_before(context, first, sentences=2)  # "… fined it. The regulator"
            return body, False
        named = demonym_mention(context, first) if first.text in DEMONYMS else None
        if named is None:
            return None, False
    if named is person or named.type not in {"Organization", "Place"}:
        return None, False
    found_span = context.span_of(named)
    after = found_span.end if found_span is not None else first.i + 1
    doc = context.doc
    # "the OAS mission", "the Commission's trade department": a part of the body
    unit = after < min(len(doc), rest[-1].i + 1) and (
        doc[after].text in POSSESSIVE_MARKS or doc[after].is_lower and doc[after].pos_ == "NOUN"
    )
    if named.type == "Place" and unit:
        return None, False
    return named, unit


def _organisation_of_kind(context: ArticleContext, kind: Token) -> Mention | None:
    """The one organisation the article says is a ``kind``: "the Conduct Office, the
    country's financial regulator", "the regulator, the Conduct Office", "regulator
    Conduct Office"."""
    found: dict[str, Mention] = {}
    for token in context.tokens_with({kind.lemma_}):
        if token.lemma_ != kind.lemma_ or token.i == kind.i:
            continue
        near = [token.head, *token.children] if token.dep_ in {"appos", "compound"} else [
            c for c in token.children if c.dep_ in {"appos", "compound"}
        ]
        for other in near:
            m = context.name_at(other)
            if m is not None and m.type == "Organization":
                found.setdefault(m.name, m)
    return next(iter(found.values())) if len(found) == 1 else None
