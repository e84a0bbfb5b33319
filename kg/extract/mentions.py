"""Find the names in an article and gather evidence for each name's type.

spaCy's small model often mislabels news names ("Trump" as ORG, "Kyiv" as
PERSON). A mention's type is therefore a vote: the NER label is one weak cue
among stronger ones (an honorific or job title before it, an organisation word
at its end, a known place name, "-based", coordination with a place). The
resolver adds up the votes of all mentions of an entity.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.nlp import (
    doc_text,
    doc_tokens,
    load_nlp,
    once_per_doc,
    opens_a_style,
    span_text,
    tokens_with,
)
from kg.extract.page_noise import noise_tokens, party_tags
from kg.extract.places import US_STATES, is_country_or_state
from kg.model import ENTITY_TYPES, EntityType, Mention
from kg.text.lexicon import (
    ARMED_SERVICES,
    CAPITAL_COUNTRIES,
    CAPITAL_STYLES,
    CLUB_OPENERS,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANY_WORDS,
    COUNTRIES,
    DASHES,
    DEMONYMS,
    EVENT_HEADS,
    FIRM_WORDS_FIRST,
    GENERIC_HEADS,
    HONORIFICS,
    INSTITUTION_QUALIFIERS,
    LANGUAGES,
    LINK_LEADS,
    NAMED_PLAN_HEADS,
    NATIONAL_BODIES,
    ORG_HEADS,
    OUTLET_MEDIA,
    PAGE_LABELS,
    PARTY_ALIASES,
    PARTY_MEMBER_NOUNS,
    PARTY_PLURALS,
    PARTY_WORDS,
    PAST_TITLE_WORDS,
    PEOPLES,
    PLACE_HEADS,
    PLACE_NAMES,
    POLICY_AREAS,
    PORTFOLIOS,
    POSSESSIVE_MARKS,
    PROFESSIONAL_STYLES,
    RANKED_STYLES,
    REGIONS,
    SPEECH_VERBS,
    SPOKESPERSON_WORDS,
    STATE_FORMS,
    STATES_AND_PROVINCES,
    STYLE_OPENERS,
    STYLE_RANKS,
    STYLES_OF_ADDRESS,
    SUBORDINATE_TITLE_WORDS,
    THING_ABBREVIATIONS,
    TITLE_PREDICATE,
    canonical_place,
    country_of,
    country_of_national,
    rank_before_name,
)
from kg.text.personal_names import (
    is_given_name,
    is_surname,
    person_name_shape,
    surname_by_form,
)
from kg.text.places import is_town

__all__ = ["POLITICAL_LABELS", "Candidate", "find_candidates", "is_headline", "strip_name"]

_NER_TYPE: dict[str, EntityType | None] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": None,
}
_DASHES = re.compile(r"\s*[-–—]\s*")
# "joint" (of "joint secretary") opens bodies' names: the "Joint Union Action Committee"
_TITLE_WORDS = ({w for t in TITLE_PREDICATE for w in t.split()} - {"of", "staff", "joint"}) | {
    "vice",
    "deputy",
}
_SPOKESPEOPLE = SPOKESPERSON_WORDS | {"spokesmen", "spokeswomen", "spokespeople",
                                       "spokespersons"}
#: Ministers' titles abbreviated before a name, never part of it: "FM Dar", "PM Arkan", "CS
#: Wamalwa", "EAM Jaishankar".
_TITLE_ABBREVIATIONS = {"pm", "fm", "dpm", "cs", "eam"}
#: Words before a person's name that are not part of it, beyond job titles: ranks,
#: courts, religion, nobility, sport ("Justice Ana Mwita", "Sheikh Karim", "Gen.").
_PERSON_TITLES = _TITLE_WORDS | {
    "justice", "judge", "magistrate", "prosecutor", "sheikh", "emir", "sultan", "prince",
    "princess", "crown", "archbishop", "bishop", "cardinal", "pope", "imam", "rabbi",
    "pastor", "reverend", "rev", "sen", "rep", "gov", "lt", "col", "gen", "maj", "capt",
    "sgt", "adm", "defender", "striker", "midfielder", "goalkeeper", "captain", "speaker",
    "councillor", "councilor", "spokesman", "activist", *_TITLE_ABBREVIATIONS,
}
#: Those of them that never begin an organisation's name: a name before them ends there.
_RANKS = {
    "sen", "rep", "gov", "speaker", "sheikh", "judge", "imam", "rabbi", "lt", "col", "gen",
    "maj", "capt", "sgt", "adm", "defender", "striker", "midfielder", "goalkeeper", "captain",
    "coach", "archbishop", "bishop", "emir", "sultan", "crown", "prince", "princess",
    *_TITLE_ABBREVIATIONS,
}
#: Princely titles, before a royal's name (kings and queens are title words already).
_PRINCELY = {"prince", "princess", "sheikh", "sheikha"}
#: Royal and princely titles, never part of the name after them: "Prince Mohammed".
_ROYAL = {"crown", "prince", "princess", "king", "queen", "sheikh", "emir", "sultan"}
_SOURCE_CUES = {"according", "cited", "reported", "told", "via"}
#: Nouns only a person is: a name described by one is a person's.
_PERSON_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "attorney", "professor",
    "journalist", "correspondent", "reporter", "editor", "economist", "researcher",
    "scientist", "strategist", "columnist", "commentator", "activist", "director",
    "chairman", "chairwoman", "minister", "senator", "governor", "mayor", "judge", "actor",
    "actress", "singer", "composer", "writer", "author", "officer", "executive", "manager",
    "founder", "teacher", "student", "farmer", "engineer", "doctor", "nurse", "soldier",
    "politician", "businessman", "businesswoman", "billionaire", "oligarch", "diplomat",
    "lawmaker", "legislator", "entrepreneur", "philanthropist", "athlete", "footballer",
    "novelist", "poet", "historian", "musician",
}


#: Common nouns for a town, which "the X city government" adds to the town's name.
_TOWN_WORDS = {"city", "town", "municipal"}


#: Titles and nouns only a person is called by, whose apposition is a person's name (not
#: "counterpart", "partner", "leader" or "member", which bodies and countries are too).
_PEOPLE_WORDS = _PERSON_NOUNS | {
    "ambassador", "envoy", "spokesperson", "spokeswoman", "chairperson", "president",
    "secretary", "commissioner", "adviser", "advisor", "aide", "negotiator", "prosecutor",
    "chancellor", "premier", "lawmaker", "legislator", "diplomat", "coach", "captain",
    "candidate", "deputy", "treasurer", "boss", "analyst", "representative",
}


#: Nouns for the people and deeds only a person has: "Varga's assassin", "Varga's widow",
#: "Varga's murder".
_PEOPLE_OF_A_PERSON = {
    "assassin", "killer", "murderer", "widow", "widower", "wife", "husband", "son",
    "daughter", "brother", "sister", "mother", "father", "grandson", "granddaughter",
    "nephew", "niece", "fiancee", "fiancé", "fiancée", "assassination", "murder",
}


#: Verbs of violence done by and to people: their subject and object are people's names
#: unless the name says otherwise.
_VIOLENCE_VERBS = {"kill", "murder", "assassinate", "slay", "shoot", "stab", "strangle"}


def _in_violence(root: Token) -> bool:
    """ "Lennon was killed", "killed Kennedy", "Oswald shot Kennedy": a victim, or the
    subject of violence done to a name (not "Velora killed the project")."""
    verb = root.head
    if verb.lemma_ not in _VIOLENCE_VERBS or verb.pos_ != "VERB":
        return False
    if root.dep_ in {"nsubjpass", "dobj"}:
        return True
    return root.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _described_as_a_person(root: Token) -> bool:
    """ "Tal, a senior Defense Ministry official," (apposition) or "Tal is a lawyer"
    (copula): a description only a person fits."""
    doc = root.doc
    nouns = []
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # "In Bogotá, Colombia's defence minister, X": a place before a clause
    if root.i + 1 < len(doc) and doc[root.i + 1].text == ",":
        nouns += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in _PERSON_NOUNS for n in nouns)


#: Nouns for people written in lower case before a person's name, everyday occupations
#: and conditions too: "trader X", "the shopkeeper X", "pensioner X".
_OCCUPATIONS = _PERSON_NOUNS | {
    "trader", "shopkeeper", "vendor", "resident", "villager", "driver", "worker", "pensioner",
    "retiree", "fisherman", "refugee", "mother", "father", "widow", "midwife",
    "mechanic", "carpenter", "tailor", "baker", "butcher", "shepherd", "herder",
    "surgeon", "pharmacist", "businessman", "businesswoman", "entrepreneur", "lecturer",
    "teenager", "grandmother", "grandfather", "survivor", "volunteer", "protester",
}
#: Words after a name that make it the home of people: "a Memphis native".
_HOME_WORDS = {"native", "natives", "resident", "residents"}
#: Lower-case nouns of sites named for a place: "the Villamor airbase", "Korlu airport".
_SITES = {"airbase", "airfield", "airport", "barracks"}
#: Words before "base" or "camp" that make it a site ("the Korlu air base", "a refugee
#: camp"), not a following ("the Republican base", "the Harris camp").
_SITE_KINDS = {"military", "air", "naval", "army", "refugee"}


def _before_a_site(tokens: list[Token], end: int) -> bool:
    """Whether a name is followed by a site's lower-case noun, maybe after one adjective:
    "the Villamor military airbase", "the Korlu air base", "the Dadaab refugee camp"."""
    kind = end + 1 < len(tokens) and tokens[end].is_lower and tokens[end].lower_ in _SITE_KINDS
    k = end + kind
    return (k < len(tokens) and tokens[k].is_lower
            and (tokens[k].lower_ in _SITES or kind and tokens[k].lower_ in {"base", "camp"})
            and (k + 1 >= len(tokens) or tokens[k + 1].lower_ not in {"of", "'s", "’s"}))


#: Lower-case nouns after a name that make it a place, besides a region's: "Kisoro town",
#: "Ngong village", "the Karlsruhe area".
_SETTLEMENTS = {"area", "town", "village", "township"}
#: Nouns of places a name is "the … of": "the city of El Fasher", "the port of Hodeidah".
_PLACE_NOUNS = {"city", "town", "village", "port", "region", "province", "state", "district",
                "capital", "island", "islands", "county", "municipality", "governorate"}
#: Plural nouns of places before "of" or after a list of names: "the districts of Sharvan and
#: Toli", "Talak and Shahrak districts".
_PLACE_PLURALS = {"cities", "towns", "villages", "ports", "regions", "provinces", "states",
                  "districts", "counties", "municipalities", "governorates", "oblasts",
                  "prefectures", "islands", "territories", "suburbs"}
#: Places' officials: "the governor of Parvan", "the Heyrat governor" govern a place.
_PLACE_OFFICIALS = {"governor", "governors", "mayor", "mayors"}
#: Directions a place is "of": "70km southwest of Marrakesh", "north of the capital".
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "north-east", "north-west", "south-east", "south-west"}
#: First words of places' names that no person's name opens with: "North Kivu", "Upper
#: Kohistan" (companies' names do: "Northern Growers Cooperative", "North Face").
_PLACE_OPENERS = {"North", "South", "East", "West", "Upper", "Lower"}
#: First words of towns' names, in English and the Romance languages and Arabic, that open
#: no person's name even where the tagger reads one: "Castel Gandolfo", "Fort Worth", "Port
#: Sudan", "San Remo", "El Fasher".
_TOWN_OPENERS = {"Castel", "Castello", "Fort", "Port", "Porto", "Puerto", "Mount", "Lake",
                 "Cape", "San", "Santa", "São", "Monte", "Ciudad", "Isla", "Cabo", "Bahía",
                 "Playa", "Punta", "Lago", "El"}
#: The points of the compass closing a region's name: "the Global South", "the Far East".
_COMPASS = {"North", "South", "East", "West"}
#: Nouns an apposition calls a place by: "Tellwick, a town in the north", "Orvo, the state
#: capital".
_PLACE_APPOSITIONS = _PLACE_NOUNS | {"suburb", "hamlet", "settlement", "neighbourhood",
                                     "neighborhood", "enclave", "oasis", "commune", "oblast",
                                     "prefecture", "territory", "archipelago", "outpost"}
#: Political labels before a party's name: "the centrist Somos Centro".
POLITICAL_LABELS = frozenset({
    "centrist", "leftist", "rightist", "far-right", "far-left", "right-wing", "left-wing",
    "ruling", "populist", "nationalist", "conservative", "liberal", "socialist", "opposition",
    "separatist", "islamist"})
#: What a name stands for when these come before it or after it: things that are no
#: entity of the graph ("the vessel Aurora Star", "Marburg virus").
_THINGS_BEFORE = {"vessel", "ship", "tanker", "freighter", "yacht", "ferry", "aircraft",
                  "satellite", "rocket", "warship", "submarine", "frigate", "destroyer",
                  "hurricane", "storm", "typhoon", "cyclone"}
_THINGS_AFTER = {"virus", "disease", "fever", "outbreak", "vaccine", "strain", "variant"}
#: Currencies, whose names news capitalises at times ("the Euro zone", "the Yen fell"); the
#: ones that are no common word or surname too ("Rand", "Real", "Won", "Pound", "Sterling").
_CURRENCIES = {"euro", "euros", "dollar", "dollars", "yen", "yuan", "renminbi", "rouble",
               "roubles", "ruble", "rubles", "rupee", "rupees", "hryvnia", "zloty", "forint",
               "shekel", "shekels", "naira", "ringgit", "baht", "rupiah", "dirham", "dirhams",
               "riyal", "riyals", "dinar", "dinars", "peso", "pesos", "lira", "krona", "krone",
               "kroner", "bitcoin"}
_ORG_NOUNS = {
    "company",
    "firm",
    "bank",
    "group",
    "corporation",
    "giant",
    "producer",
    "maker",
    "carmaker",
    "operator",
    "carrier",
    "airline",
    "insurer",
    "lender",
    "broadcaster",
    "newspaper",
    "agency",
    "network",
    "outlet",
    "party",
    "ministry",
    "startup",
    "fund",
    "consultancy",
    "charity",
    "organisation",
    "organization",
    "channel",
    "website",
    "alliance",
    "app",
    "platform",
    "watchdog",
    "regulator",
    "association",
    "federation",
    "union",
    "club",
    "manufacturer",
    "developer",
    "retailer",
    "exchange",
    "broker",
    "publisher",
    "shipper",
    "trader",
    "miner",
    "supplier",
    "conglomerate",
    "subsidiary",
    "chain",
    "brand",
    "label",
    "movement",
    "coalition",
    # armed and criminal groups: "the Mexican cartel La Banda Roja", "the gang Tren del Sol"
    "cartel",
    "gang",
    "militia",
    "syndicate",
}
#: Kinds of company, which a town's name before says where they are: "the Pittsburgh
#: company", "the Osaka carmaker".
_FIRMS = {"company", "firm", "bank", "group", "corporation", "giant", "producer", "maker",
          "carmaker", "operator", "carrier", "airline", "insurer", "lender", "startup",
          "manufacturer", "developer", "retailer", "miner", "supplier", "conglomerate",
          "steelmaker"}
#: The bodies of a state, which an apposition calls a name: "the Oireachtas, the Irish
#: parliament".
_STATE_BODY_NOUNS = {"parliament", "legislature", "senate", "court", "tribunal", "commission",
                     "cabinet"}
#: Verbs whose object is the body their subject heads: "who heads X", "chairs X", "runs X".
_HEADED = {"head", "chair", "run", "lead", "co-chair", "helm"}
#: Verbs that say what their subject is: "X is a club", "X became the largest lender".
_COPULAS = {"be", "become", "remain"}
_OUTLET_NOUNS = {
    "reader",
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "website",
    "reporting",
    "coverage",
    "investigation",
    "podcast",
    "newsletter",
    "newsroom",
    "columnist",
    "audience",
    "subscriber",
    "editorial",
    "headline",
    "broadcast",
}
_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "da",
    "di",
    "du",
    "bin",
    "ibn",
    "al",
    "el",
    "le",
    "la",
    "dos",
    "das",
    "ter",
    "zu",
    "ole",  # the Maa "son of": "Joseph ole Lenku"
    "e",  # the Persian and Urdu joining vowel: "Tehreek-e-Insaf", "Lashkar-e-Taiba"
}
#: The Persian and Urdu joining vowel, written between hyphens inside a name.
_IZAFE = "e"


@dataclass
class Candidate:
    """A name found in the text, before resolution."""

    start: int  # token offsets in the Doc
    end: int
    votes: Counter[str] = field(default_factory=Counter)
    weak: bool = False  # from a headline: kept only if the name is confirmed elsewhere
    #: The name the mention stands for when it is not its text: what an acronym stands
    #: for where the article spells it out ("(ONPE)" after "National Office of Electoral
    #: Processes"), a name without the nickname inside it ('Marcus "Sunny" Delacroix').
    stands_for: str | None = None

    def to_mention(self, doc: Doc, article_id: str) -> Mention:
        text = span_text(doc, self.start, self.end)
        start = doc_tokens(doc)[self.start].idx
        kind = _best_type(self.votes)
        return Mention(
            article=article_id,
            start=start,
            end=start + len(text),
            text=text,
            type=kind,
            name=strip_name(self.stands_for or text, kind),
            votes=tuple(sorted((t, round(v, 3)) for t, v in self.votes.items() if v > 0)),
            confirmed=not self.weak,
        )


#: Which type wins a tie of votes: the first in :data:`ENTITY_TYPES`.
_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def _best_type(votes: Counter[str]) -> EntityType:
    if not votes:
        return "Organization"
    return max(votes, key=lambda t: (votes[t], -_TYPE_ORDER[t]))  # type: ignore[return-value]


_HONORIFICS_DOTTED = frozenset(h if h.endswith(".") else h + "." for h in HONORIFICS)


@functools.lru_cache(maxsize=65536)  # a name recurs in an article, and across articles
def strip_name(text: str, kind: str) -> str:
    """The name without a leading article, honorific or trailing possessive."""
    name = re.sub(r"[’']s?$", "", text.strip()).strip(' ,.;:-–—"“”‘’')
    name = re.sub(r"^(?:the|The)\s+", "", name)
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") + "." in _HONORIFICS_DOTTED and (
            not _country_letters(words[0]))
            or len(words) > 2 and _style_opens(words)):
        words = words[1:]
        if len(words) > 2 and words[0].lower() in STYLE_RANKS:  # "Datuk Seri X"
            words = words[1:]
    name = " ".join(words)
    # "U.S." and "the United States" are one name whatever the tagger thought it was
    place = canonical_place(name)
    if place == name and name.isupper() and len(name) > 3:
        titled = canonical_place(name.title())  # a dateline's "THE HAGUE —", "NAIROBI —"
        if titled in PLACE_NAMES:
            return titled
    if kind == "Organization" and name in _PARTY_ADJECTIVES_ALONE:
        return _PARTY_ADJECTIVES_ALONE[name]  # "Democratic Leader X": the tagger's body
    return PARTY_ALIASES.get(name) or place


#: A party's adjective the tagger reads as a body's whole name ("Democratic" of "Democratic
#: Leader X"), which names no body but the party.
_PARTY_ADJECTIVES_ALONE = {"Democratic": "Democratic Party"}


def _style_opens(words: list[str]) -> bool:
    """Whether a name opens with the first word of a two-word style: "His Excellency
    X", "Tan Sri X"."""
    first, second = words[0].lower(), words[1].lower()
    return (first in STYLE_OPENERS and second in STYLES_OF_ADDRESS and words[1][:1].isupper()
            or first in RANKED_STYLES and second in STYLE_RANKS)


#: A byline's opening: "By", "BY", "By:", "Author:", "Live reporting by", and a wire
#: story's closing credit, "(Reporting by".
_BYLINE = re.compile(r"\(?(?:[Bb][Yy]|[Aa]uthor|(?:[Ll]ive\s+)?(?:[Rr]eporting|[Cc]overage)\s+by"
                     r"|[Ww]ritten\s+by)"
                     r"\s*:?\s+[A-ZÀ-Þ]")
#: Words before a writer's name in a byline: "By [A] in Kyiv and [B]", "by [A], [B] and [C]".
_BEFORE_A_WRITER = {"by", "and", "&", ",", "with"}
#: Words after a writer's name in a byline: "[A] in Kyiv", "[A] (now)", "[A], Correspondent".
_AFTER_A_WRITER = {"in", "(", ",", "and", "&", "|", "with"}


def _byline_writer(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is one of the writers a byline lists, which a place beside it
    ("By A in Beijing and B in Tokyo") does not make a place: "Live coverage by A (now)
    and B (earlier), with C in Jakarta"."""
    tokens = doc_tokens(doc)
    if start == 0 or tokens[start - 1].lower_ not in _BEFORE_A_WRITER or (
            end < len(doc) and tokens[end].lower_ not in _AFTER_A_WRITER
            and "\n" not in tokens[end].text):
        return False
    if tokens[start - 1].text == "," and not (
            end < len(doc) and tokens[end].lower_ in {",", "and", "&"}):
        return False  # "By Ana Roe, Harbor Wire": the outlet after the writer
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, tokens[start].idx) + 1
    return bool(_BYLINE.match(text, line_start))


#: A byline's end, the writer's job: "| Ana Ruiz, Senior Editor", "Li Wei, Correspondent".
_BYLINE_TITLE = re.compile(r",\s+(?:[A-Z][a-z]+\s+)?(?:Editor|Correspondent|Writer|Reporter"
                           r"|Columnist)$")


#: How a line of prose ends, and a headline does not.
_NOT_HEADLINE_ENDS = ".!?\"”'’:"
#: Closing quotation marks, which end prose only after a sentence's own closing mark.
_QUOTE_CLOSERS = "\"”'’"


def _ends_as_prose(line: str) -> bool:
    """Whether a line ends as a sentence of prose does: with a full stop, a question or an
    exclamation mark or a colon, or a quotation closed after one ('… he said, "We agree."').
    A headline may end in quoted words without one: "Minister Calls Row 'Trivial Matter'"."""
    line = line.rstrip()
    if line[-1:] not in _NOT_HEADLINE_ENDS:
        return False
    if line[-1] not in _QUOTE_CLOSERS:
        return True
    inner = line.rstrip(_QUOTE_CLOSERS)
    # a quotation closed after a letter, with an opening mark on the same line: a headline's
    # quoted words; without an opening mark, the end of a quoted paragraph running on
    return not (inner[-1:].isalnum() and any(q in inner for q in "\"“'‘"))


#: An item of a bulleted list that names someone and says who they are ("- Ana Ruiz, CFO
#: of Acme"): no headline, though its words are capitalised and it has no full stop.
_DESCRIBED_LIST_ITEM = re.compile(r"[-•*–][ \t]+[A-Z][^,\n]{0,60},[ \t]+\S")


#: Kinds of texts known by their number: "Order 14059", "Resolution 2797", "Article 5".
_NUMBERED_TEXTS = {"order", "resolution", "article", "decree", "section", "directive",
                   "regulation", "chapter", "clause", "paragraph", "rule", "part", "license",
                   "licence", "annex", "schedule"}
_NUMBERED_TEXTS |= {w + "s" for w in _NUMBERED_TEXTS}
#: Words before a numbered text's kind that say which of its kinds: "General License 12".
_NUMBERED_KINDS = {"executive", "general", "specific", "presidential", "federal"}


def _numbered_text(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is the kind of a text known by the number after it: "Article 5",
    "Executive Orders 13661", "General License No. 12", "Part 589"."""
    if end >= len(tokens) or end - start > 2:
        return False
    if end - start == 1 and start > 0 and tokens[start - 1].like_num and (
        tokens[end].like_num or tokens[end].lower_ in _NUMBERED_TEXTS or tokens[end].text == "§"
    ):
        return True  # "31 C.F.R. Part 589", "42 U.S.C. 1983": a code's volume and part
    if tokens[end - 1].lower_ not in _NUMBERED_TEXTS:
        return False
    if end - start == 2 and tokens[start].lower_ not in _NUMBERED_KINDS:
        return False
    j = end
    if tokens[j].lower_ in {"no.", "no", "number", "#"}:
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ".")
    return j < len(tokens) and tokens[j].like_num
#: Words that end the name of an outlet's desk in a byline: "Capitol Bureau", "Metro Desk".
_DESKS = {"bureau", "desk"}


def _byline_desk(doc: Doc, start: int, end: int) -> bool:
    """Whether a name after the writer in a byline, or in a masthead, is the outlet's desk:
    "By Ana Ruiz, Capitol Bureau", "By Li Wei, Foreign Desk", "By Li Wei, Channel 9 World
    Desk", "By Ana Ruiz | Our Foreign Affairs Bureau", "Channel 9 | Capitol Bureau"."""
    tokens = doc_tokens(doc)
    if tokens[end - 1].lower_ not in _DESKS:
        return False
    line = _line_at(doc, start).strip()
    if line in (span_text(doc, start, end), "By " + span_text(doc, start, end)):
        return True  # "Web Desk", "By News Desk": a byline naming the desk, on a line alone
    if start < 2:
        return False
    if tokens[start - 1].text == "|":
        return True  # a masthead's parts: "Channel 9 News | Capitol Bureau"
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, tokens[start].idx) + 1
    writer = text[line_start:tokens[start].idx]
    return bool(_BYLINE.match(text, line_start)) and ("," in writer or "|" in writer) and (
        "\n" not in text[tokens[start].idx:tokens[end - 1].idx])


def _line_at(doc: Doc, start: int) -> str:
    """The line of the article's text that token ``start`` stands on."""
    text = doc_text(doc)
    idx = doc_tokens(doc)[start].idx
    line_end = text.find("\n", idx)
    return text[text.rfind("\n", 0, idx) + 1 : line_end if line_end >= 0 else None]


#: Endings of the abstract nouns a page's sections are named by: "Governance", "Environment",
#: "Politics", "Security", "Education", "Technology".
_ABSTRACT_NOUN = re.compile(r"(?:ance|ence|ment|ics|ity|tion|sion|ness|ism|ogy|ure|ing)$")


def _section_label(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the tagger names nothing with is, or is inside, a whole part of a
    short line that a page's sections are listed on: "Olympics | Governance", "Markets |
    Commodities", "Press Briefing | November 1" (a part of two or three words ending in an
    abstract noun)."""
    tokens = doc_tokens(doc)
    line = _line_at(doc, start)
    if "|" not in line or len(line) >= 80:
        return False
    name = span_text(doc, start, end)
    for part in (part.strip() for part in line.split("|")):
        if part == name and end - start == 1:
            # "Reuters | World": the outlet's name the tagger read
            return not tokens[start].ent_type_ or bool(_ABSTRACT_NOUN.search(name))
        words = part.split()
        if 2 <= len(words) <= 3 and f" {name} " in f" {part} " and _ABSTRACT_NOUN.search(
                words[-1]) and not any(token.ent_type_ for token in tokens[start:end]):
            return True
    return False


def _masthead_section(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words or more is the section after the outlet on a masthead's
    line, ending in a page's label: "WKYN 12 | Northern Kentucky News", "The Ledger | World
    Politics" (not the outlet after a byline, "By Ana Ruiz | CBX News", nor one in capitals,
    "Metro | NBC News")."""
    tokens = doc_tokens(doc)
    if end - start < 2 or tokens[end - 1].lower_ not in PAGE_LABELS or tokens[start].is_upper:
        return False
    line = _line_at(doc, start)
    parts = [part.strip() for part in line.split("|")]
    if len(line) >= 80 or len(parts) < 2 or span_text(doc, start, end) not in parts[1:]:
        return False
    outlet = parts[0]
    return bool(outlet) and not _BYLINE.match(outlet) and outlet.lower() not in PAGE_LABELS and (
        outlet not in REGIONS) and len(outlet.split()) <= 5 and all(
        word[:1].isupper() or word[:1].isdigit() for word in outlet.split())


def _on_a_label_line(doc: Doc, start: int) -> bool:
    """Whether a name is a word of a line that is one of a page's labels: "[Releases]" of
    "Press Releases" on its own line."""
    return _line_at(doc, start).strip().lower() in PAGE_LABELS


def _breadcrumb(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is one step of a page's breadcrumb of sections: "Football >
    Governance", "News > People & Appointments"."""
    line = _line_at(doc, start)
    if ">" not in line or len(line) >= 100:
        return False
    steps = {step.strip() for part in line.split("|") if ">" in part
             for step in part.split(">")}
    return span_text(doc, start, end) in steps


def is_headline(sent: Span) -> bool:
    """A title-cased line without final punctuation: NER is unreliable there.

    Names found only in headlines need confirmation in the body.
    """
    doc = sent.doc
    text = span_text(doc, sent.start, sent.end).strip()
    if not text or _ends_as_prose(text) or len(text) > 200 or text[0] == "(":
        return False  # "(Reporting by …; editing by …)" is a credit, not a headline
    if _DESCRIBED_LIST_ITEM.match(text):
        return False  # "- Hugh Barr, CFO of Acme": a list's item, written as in prose
    if _BYLINE.match(text) or _BYLINE_TITLE.search(text) or _DATELINE.match(text) and (
            _DATELINE_MARKS.search(text)):
        return False  # "By Ana Ruiz and Li Wei", "Author: Ana Ruiz", "LONDON (Ledger Wire)
        # —": as sure as prose (not "HALVARD, Film on Painter Ana Berg, to Open Festival", a
        # headline opening with a title in capitals)
    line_start = (
        sent.start_char == 0
        or "\n" in doc_text(doc)[max(0, sent.start_char - 2) : sent.start_char]
    )
    if not line_start:
        return False
    words = [t for t in doc_tokens(doc)[sent.start : sent.end] if t.is_alpha and len(t.text) > 3]
    if len(words) < 3 and not _subheading(doc, sent, words):
        return False
    capitalised = sum(t.text[0].isupper() for t in words)
    return capitalised / len(words) > 0.7


#: The end of a line of prose: a sentence's closing mark, maybe a quotation mark, then a
#: line break.
_PROSE_LINE_END = re.compile(r"[.!?][\"”’']?[ \t]*\n")


@once_per_doc
def _first_prose_line_end(doc: Doc) -> int:
    """Where the first line of prose ends (the text's length if none does)."""
    text = doc_text(doc)
    found = _PROSE_LINE_END.search(text)
    return found.start() if found else len(text)


def _subheading(doc: Doc, sent: Span, words: list[Token]) -> bool:
    """Whether a short title-cased line is a subheading inside a story ("Humanitarian Aid
    Approved", "Community Response", "Key Decisions and Votes"): a line of its own, its
    words capitalised but for short joining words, one of them neither a personal name nor
    a title (not a line naming someone, "Ana Ruiz", "Governor Tom Brask", a caption's or a
    signature's)."""
    text = doc_text(doc)
    end = sent.start_char + len(text[sent.start_char : sent.end_char].rstrip())
    if len(words) < 2 or text[end : end + 1] not in ("", "\n"):
        return False
    if sent.start_char <= _first_prose_line_end(doc):
        return False  # a line of the page's head, before any prose: a masthead, a byline
    alpha = [t for t in doc_tokens(doc)[sent.start : sent.end] if t.is_alpha]
    if any(t.text[0].islower() and len(t.text) > 3 for t in alpha):
        return False
    if all(t.is_upper for t in alpha):  # "A STRIKING JUDGMENT": a subheading in capitals,
        return any(len(t.text) > 3 and not is_given_name(t.text.title())  # not a name's
                   and not is_surname(t.text.title()) for t in alpha)  # ("ANA RUIZ")
    return any(t.text[0].isupper() and not t.is_upper and not is_given_name(t.text)
               and not is_surname(t.text) and t.lower_ not in _PERSON_TITLES for t in alpha)


def _style_word(tokens: list[Token], start: int, end: int) -> bool:
    """Whether token ``start`` is a word of a two-word style before a name: "His
    Excellency", "Datuk Seri", "Tan Sri" (not "Tan Wei Ming", nor "Sri Lanka")."""
    word, after = tokens[start].lower_, tokens[start + 1] if start + 1 < end else None
    if after is None or not after.is_title:
        return False
    if word in STYLE_OPENERS:
        return opens_a_style(tokens[0].doc, tokens[start])
    if word in RANKED_STYLES:
        return after.lower_ in STYLE_RANKS or after.lower_.rstrip(".") + "." in _HONORIFICS_DOTTED
    before = tokens[start - 1].lower_.rstrip("'’") if start > 0 else ""
    return word in STYLE_RANKS and (before in HONORIFICS or before in RANKED_STYLES
                                    or before in STYLE_OPENERS)


#: Nouns of a country that a region's name before them describes: "the Caribbean country".
_COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "monarchy", "emirate"}
#: Words that give a gathering's or a campaign's words in quotes, or a work's title: 'the
#: theme "Unity"', 'a phone-in branded "Results of the Year"', 'a report titled "…"'.
_THEME_CUES = {"theme", "slogan", "motto", "tagline", "banner", "branded", "titled", "entitled"}
#: Words that give a person's nickname in quotes after them: 'dubbed "Neutron Nick"'.
_NICKNAME_CUES = {"nickname", "nicknamed", "dubbed", "moniker", "sobriquet"}


def _in_quoted_theme(tokens: list[Token], start: int) -> bool:
    """Whether a name is among the quoted words of a theme or slogan: 'under the theme
    "Inclusivity and Sustainability"', 'the slogan "Velmar First"'."""
    for k in range(start - 1, max(0, start - 8), -1):
        if tokens[k].text in {"”", "’"}:
            return False  # a quotation closed before the name
        if tokens[k].text in _OPENING_QUOTES:
            return k > 0 and tokens[k - 1].lower_ in _THEME_CUES
    return False


def _nickname(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name in quotes is a nickname, with a given name in it, after a word that
    gives one: 'earned him the nickname "Drastic Dave"', 'known as "Neutron Nick"' (not
    'a plan dubbed "Project Harbour"')."""
    close = end + (end < len(tokens) and tokens[end].text in {",", "."})
    if start < 2 or tokens[start - 1].text not in _OPENING_QUOTES or close >= len(tokens) or (
            tokens[close].text not in _CLOSING_QUOTES[tokens[start - 1].text]):
        return False
    cue = tokens[start - 2]
    named = cue.lower_ in _NICKNAME_CUES or cue.lower_ == "as" and any(
        t.lower_ in {"known", "nicknamed", "dubbed"} for t in tokens[max(0, start - 6):start - 2])
    return named and any(is_given_name(t.text) for t in tokens[start:end])


#: A journalist's job, the last word of a byline's beat: "National Security Correspondent".
_JOURNALIST_TITLES = {"correspondent", "correspondents", "editor", "reporter", "columnist",
                      "writer", "anchor", "producer", "commentator"}
_WEEKDAYS = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
           "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
#: The first parts of adjectives of regions: "Euro-Atlantic", "Indo-Pacific", "Sino-Russian".
_COMBINING_FORMS = {"euro", "indo", "sino", "afro", "anglo", "franco", "russo", "trans",
                    "pan", "asia"}
#: Plural nouns of people that open a sentence before "of" and a place's name: "Leaders of
#: Europe", "Officials of the bloc".
_GROUPS_OF_PEOPLE = {"leaders", "officials", "ministers", "members", "heads", "envoys",
                     "representatives", "delegates", "delegations", "citizens", "residents"}


#: The words of a portfolio or an armed service before a title: "Army Secretary", "Defense
#: Secretary", "Foreign Minister".
_TITLE_PORTFOLIOS = PORTFOLIOS | {"army", "air", "force", "marine", "marines", "coast",
                                  "guard", "home", "prime", "vice", "deputy", "national"}


def _before_next_title_holder(tokens: list[Token], start: int, end: int) -> int:
    """Where a name ends before "and" and the first words of the next person's title,
    which the tagger read into it: "with [Witkoff] and Army Secretary Dan Driscoll" (not
    "the Fish and Wildlife Service Director X", whose "and" is inside a body's name)."""
    if end >= len(tokens) or tokens[end].lower_ not in _TITLE_WORDS or end - start < 3:
        return end
    joint = next((k for k in range(end - 2, start, -1) if tokens[k].lower_ == "and"), None)
    if joint is None or tokens[joint - 1].lower_ in POLICY_AREAS or not all(
            t.is_title and t.lower_ in _TITLE_PORTFOLIOS for t in tokens[joint + 1:end]):
        return end  # "Trade and Industry Minister X": the "and" is the title's
    return joint


def _group_of_people_opens(tokens: list[Token], start: int) -> bool:
    """Whether a span opens with a sentence's plural noun of people and "of", or with one
    after "the": "[Leaders of] Europe, Canada and Japan used the summit", "brings together
    the [Leaders of] ASEAN Member States"."""
    opens = tokens[start].is_sent_start or start > 0 and (
        tokens[start - 1].text in DASHES or tokens[start - 1].lower_ == "the")
    word = tokens[start].lower_
    # (or holders of a title: "the [Speakers of] the National Assembly and the Senate")
    return opens and (word in _GROUPS_OF_PEOPLE or word.endswith("s") and _title_word(word)
                      and word not in _TITLE_WORDS) and (
        tokens[start + 1].lower_ == "of")  # (after a dateline's dash: "JOHANNESBURG - ")


#: Words that put a month, not a person, after them: "next May", "in June", "since April".
_BEFORE_A_MONTH = {"next", "last", "this", "early", "late", "mid", "in", "since", "until",
                   "till", "through", "during", "of"}


#: Words in capitals around a name that make the run shouted prose, not a masthead or an
#: acronym: "EXPRESSED ZERO GRATITUDE FOR OUR EFFORTS".
_SHOUTED_RUN = 4


def _shouted(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name in capitals sits in a run of words all in capitals, two or more of
    them function words, as a post quoted in capitals is ("ZERO GRATITUDE FOR OUR
    EFFORTS"): its words are shouted, no name (a place's name in it still is one)."""
    if not all(t.is_upper for t in tokens[start:end] if t.is_alpha):
        return False
    s, e = start, end
    while s > 0 and (tokens[s - 1].is_upper and tokens[s - 1].is_alpha
                     or tokens[s - 1].text in {",", "'"} and s > 1 and tokens[s - 2].is_upper):
        s -= 1
    while e < len(tokens) and (tokens[e].is_upper and tokens[e].is_alpha
                               or tokens[e].text in {",", "'"} and e + 1 < len(tokens)
                               and tokens[e + 1].is_upper):
        e += 1
    words = [t for t in tokens[s:e] if t.is_alpha]
    if len(words) < _SHOUTED_RUN or sum(t.is_stop for t in words) < 2:
        return False
    return canonical_place(span_text(tokens[start].doc, start, end).title()) not in PLACE_NAMES


def _names_no_one(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a capitalised span is a journalist's beat ("By X, National Security
    Correspondent"), a weekday before a date ("Mon December 8") or a region's adjective
    before a noun ("shared Euro-Atlantic security")."""
    words = tokens[start:end]
    if words[-1].lower_ in _JOURNALIST_TITLES and not any(
            is_given_name(t.text) for t in words[:-1]):
        return True
    if start > 0 and tokens[start - 1].text in {",", "|"} and end < len(tokens) and (
            tokens[end].lower_ in _JOURNALIST_TITLES and tokens[end].is_title) and (
            end + 1 == len(tokens) or tokens[end + 1].is_space):
        return True  # the beat of a byline's last line: "By X, [Diplomatic] Correspondent"
    if len(words) == 1 and words[0].text.rstrip(".") in _WEEKDAYS and end + 1 < len(tokens) and (
            tokens[end].text in _MONTHS or tokens[end].like_num
            or tokens[end].text == "," and tokens[end + 1].text in _MONTHS):
        return True
    if len(words) == 1 and words[0].text in _MONTHS and (
            start > 0 and tokens[start - 1].lower_ in _BEFORE_A_MONTH
            or end < len(tokens) and tokens[end].like_num
            or start > 0 and tokens[start - 1].like_num and (
                end == len(tokens) or tokens[end].text == "," or tokens[end].is_space)
            or start > 0 and tokens[start - 1].lower_ == "the" and end < len(tokens)
            and tokens[end].is_lower and tokens[end].pos_ == "NOUN"
            and tokens[end].lower_ not in _LOWER_ORG_HEADS):
        return True  # "a challenger next May", "since March", "the May 2023 elections",
        # "5 Mar, 2024" (a date's day before its month),
        # "the May conflict" (not "the May government", a person's)
    text = span_text(tokens[0].doc, start, end)
    first, _, rest = text.partition("-")
    return (first.lower() in _COMBINING_FORMS and rest[:1].isupper() and end < len(tokens)
            and tokens[end].is_lower and tokens[end].pos_ == "NOUN")


def _style_only(token: Token) -> bool:
    """Whether a word can only be part of a style before a name ("Tun", "Seri", "Dr")."""
    word = token.lower_.rstrip(".")
    return (word + "." in _HONORIFICS_DOTTED or word in STYLE_RANKS or word in RANKED_STYLES
            or word in STYLE_OPENERS)


def _country_letters(word: str) -> bool:
    """Whether an honorific's letters are a country's: "DR Congo" (not "H.E. X")."""
    return word.isupper() and "." not in word


#: Adjectives of a level of government that open a title after the region's name:
#: "Oti Regional Minister", "Gauteng Provincial Commissioner".
_REGION_ADJECTIVES = {"regional", "provincial", "municipal", "metropolitan"}


def _holder_after_title(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's name starts after the title the tagger read into one body's name
    with it: "National Security Adviser [Ajit Doval]". The name's two or three last words
    open with a given name; a body named for a person ends with its kind, which no given
    name opens ("Prime Minister Lena Ortiz Foundation" is not cut)."""
    for k in (end - 2, end - 3):
        title = tokens[k - 1].lower_ if k - start >= 2 else ""
        if title not in _TITLE_WORDS and not (  # "former Velmar [Governors] Ana Roe and X"
                title.endswith("s") and title[:-1] in _TITLE_WORDS - {"state"}):
            continue
        words = tokens[k:end]
        if all(t.is_title and t.is_alpha for t in words) and person_name_shape(
                [t.text for t in words]) > 0 and not any(
                t.lower_ in ORG_HEADS or t.lower_ in COMPANY_WORDS for t in words):
            return k
    return None


def _country_before_a_person(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name opens with a country that ends a title before a person's full name:
    "Ambassador to [China Pham Sao Mai]", "envoy to [Ukraine Roman Shmidt]". The rest is a
    person's by its shape, or by the tagger's label and a given name opening it. Only
    after a title's preposition: elsewhere a country may be a given name ("to Georgia Mae
    Hill")."""
    country, rest = tokens[start], tokens[start + 1:end]
    if not country.is_title or start < 2 or tokens[start - 2].lower_ not in _TITLE_WORDS:
        return False
    if canonical_place(country.text) not in COUNTRY_NAMES and not (
            tokens[start - 1].lower_ in {"in", "to"} and country.text in PLACE_NAMES
            and not is_given_name(country.text)):
        return False  # "leader in [Gaza] [Ana Roe]", "Ambassador to [Vienna] [Ana Roe]": a
        # known place where the office is held (not one a woman may be named: "Florence")
    if tokens[start - 1].lower_ not in {"to", "of", "in", "for"}:
        return False
    return person_name_shape([t.text for t in rest]) >= 1 or all(
        t.ent_type_ == "PERSON" for t in rest) and is_given_name(rest[0].text)


#: Titles of those sent to a body or country, written "<title> to the <body> <name>".
_ENVOY_TITLES = {"ambassador", "envoy", "representative", "emissary", "delegate", "observer"}


def _holder_after_envoy_body(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's name begins after the body an envoy is sent to, the two run into one
    name: "ambassador to the [United Nations] [Ivo Marek]", "Ambassador to the [UN] [Lena
    Dorsk]". Only right after "<envoy's title> to the"; the last two or three words are a
    person's name, a known given name first (the body is what comes before)."""
    if start < 3 or tokens[start - 1].lower_ != "the" or tokens[start - 2].lower_ != "to" or (
            tokens[start - 3].lower_ not in _ENVOY_TITLES):
        return None
    for size in (2, 3):
        holder = end - size
        if holder - start < 1:
            break
        words = tokens[holder:end]
        if any(not t.is_title or t.lower_ in ORG_HEADS or t.lower_ in COMPANY_WORDS
               or t.text in DEMONYMS for t in words):
            continue
        if is_given_name(words[0].text) and person_name_shape([t.text for t in words]) > 0:
            return holder
    return None


def _fellow_national(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a demonym opening a span is a person's nationality after "fellow": "succeeds
    fellow Austrian [Bernd Ulm]" (the name need not be a known one; a body's head word
    keeps it a body's name: "fellow German Marshall Fund")."""
    return start > 0 and tokens[start - 1].lower_ == "fellow" and all(
        t.is_title and t.lower_ not in ORG_HEADS and t.lower_ not in PLACE_HEADS
        and t.lower_ not in COMPANY_WORDS for t in tokens[start + 1:end])


#: Nouns for one person of a nation, which are no adjective of a body's name: "Spaniard".
_NATIONAL_NOUNS = frozenset({"Spaniard", "Briton", "Dane", "Swede", "Finn", "Pole", "Turk",
                             "Scot", "Serb", "Croat", "Brit"})


def _national_noun_before_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a span opens with a noun for one person of a nation and a capitalised name
    follows: "far-left Spaniard [Sira Roldan]", "Frenchman [Luc Vey]" (the noun is no part
    of a body's name, as "Spanish" may be)."""
    word = tokens[start].text
    return (word in _NATIONAL_NOUNS or country_of_national(word) is not None) and all(
        t.is_title and t.lower_ not in ORG_HEADS and t.lower_ not in COMPANY_WORDS
        for t in tokens[start + 1:end])


#: A party member's noun between a nationality and a name: "German Green Ute Kessler".
_MEMBER_NOUNS = frozenset({"Green", "Socialist", "Liberal", "Conservative", "Communist",
                           "Democrat", "Republican"})


def _party_member_before_name(tokens: list[Token], start: int) -> bool:
    """Whether a person's span opens with a party member's noun right after a
    nationality: "German [Green Ute Kessler]", "French [Socialist Anne Morel]"."""
    return (start > 0 and tokens[start - 1].text in DEMONYMS
            and tokens[start].text in _MEMBER_NOUNS and tokens[start + 1].is_title)


#: Words before "Democrats" or "Republicans" that say where or in which chamber the
#: American parties' members sit, not another party's name: "House Democrats".
_PARTY_MEMBERS_SEAT = frozenset({"house", "senate", "congressional", "state", "assembly",
                                 "moderate", "progressive", "conservative", "liberal",
                                 "centrist", "fellow", "top", "senior", "leading", "many",
                                 "some", "other", "most"})


def _party_named_by_plural(tokens: list[Token], start: int) -> bool:
    """Whether a party plural ("Democrats", "Republicans") is the last word of a party's
    own name, the capitalised adjective before it the first: "the Christian Democrats",
    "Germany's Free Democrats", "the Social Democrats" (not "House Democrats", "Texas
    Republicans", "Progressive Democrats said" where a bloc of the party is meant).
    "Liberal Democrats" as one name the tagger already reads whole."""
    if start == 0 or tokens[start].text not in PARTY_PLURALS:
        return False
    word = tokens[start - 1]
    return (word.is_title and word.is_alpha and word.pos_ in {"ADJ", "PROPN"}
            and word.lower_ not in _PARTY_MEMBERS_SEAT and word.text not in DEMONYMS
            and word.text not in PLACE_NAMES and word.text not in US_STATES
            and canonical_place(word.text) not in PLACE_NAMES
            and start - 2 >= 0 and tokens[start - 2].lower_ in {"the", "'s", "\u2019s"})


def _two_after_between(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a span is two one-word names joined by "and" after "between", the two sides
    of a meeting or a rift: "talks between Amara and Okafor" (not a company's two names in
    a longer list, "between Procter and Gamble and X")."""
    if end - start != 3 or start == 0 or tokens[start - 1].lower_ != "between" or (
            tokens[start + 1].lower_ != "and") or end < len(tokens) and (
            tokens[end].lower_ in {"and", "&"}):
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in COMPANY_WORDS
               and t.lower_ not in ORG_HEADS for t in (tokens[start], tokens[end - 1]))


def _writer_then_outlet(doc: Doc, start: int, end: int) -> int | None:
    """Where a byline's last writer ends and the outlet after the name, with no comma
    between, begins: "By Cliff Varga and [Neil Jerome Santos Meridian News]" (an outlet
    of two words, the last of them a medium's: "Meridian News", "Channel TV")."""
    tokens = doc_tokens(doc)
    if end - start < 4 or tokens[end - 1].lower_ not in OUTLET_MEDIA or not (
            is_given_name(tokens[start].text)) or not all(t.is_title for t in tokens[start:end]):
        return None
    text = doc_text(doc)
    if not _BYLINE.match(text, text.rfind("\n", 0, tokens[start].idx) + 1):
        return None
    return end - 2


def _from_place_to_place(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is one end of a journey whose other end is a known place: "from
    [Florence] to Rome", "from Lagos to [Victoria]"."""
    if start > 0 and tokens[start - 1].lower_ == "from" and end + 1 < len(tokens) and (
            tokens[end].lower_ == "to"):
        other = tokens[end + 1 + (tokens[end + 1].lower_ == "the")]
    elif start >= 3 and tokens[start - 1].lower_ == "to" and tokens[start - 3].lower_ == "from":
        other = tokens[start - 2]
    else:
        return False
    return other.is_title and (canonical_place(other.text) in PLACE_NAMES or is_town(other.text))


def _from_one_to_another(tokens: list[Token], start: int, end: int) -> int | None:
    """Where "to" joins two names after "from" (a move from one to the other, which the
    tagger read as one name): "relegated from the Premier League to League One", "moved
    from Tellwick to Dunmore"; None where there is no such "to"."""
    k = start - 1
    if k >= 0 and tokens[k].lower_ == "the":
        k -= 1
    if k < 0 or tokens[k].lower_ != "from":
        return None
    to = next((i for i in range(start + 1, end - 1) if tokens[i].text == "to"), None)
    if to is None or not all(t.is_title or t.like_num for t in (
            *tokens[start:to], *tokens[to + 1:end]) if t.is_alpha):
        return None
    return to


def _person_title(word: str) -> bool:
    """Whether a lower-cased word is a title before a person's name, or its plural before
    the first of several names ("Governors [Amos Kiprop] and Ruth Wanjala", "MPs [Ken
    Obare]")."""
    return word in _PERSON_TITLES or (
        word.endswith("s") and word[:-1] in _PERSON_TITLES and word[:-1] != "state")


def _rank_before_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a span opens with a police rank in capitals ("CSP Ada Obi") or a
    councillor's abbreviated title ("Coun Roe") before a capitalised name."""
    return end - start > 1 and tokens[start + 1].is_title and rank_before_name(tokens[start])


def _professional_style(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name opens with a profession's style before the person's own name (not
    "Advocate General X", a title)."""
    return (tokens[start].text in PROFESSIONAL_STYLES and end - start >= 2
            and tokens[start + 1].is_title and tokens[start + 1].lower_ not in _TITLE_WORDS)


def _family_style(token: Token) -> bool:
    """Whether a royal style is part of a one-word name after it: "Sheikh Nasrin", a given
    name too; not "Sheikh Khalid" where the article names him "Sheikh Khalid bin
    Saud", a style before a longer name."""
    doc = token.doc
    if token.lower_ != "sheikh" or token.i + 2 > len(doc):
        return False
    name = doc[token.i + 1].text
    return not any(t.text == name and t.i + 1 < len(doc) and t.i != token.i + 1 and (
        doc[t.i + 1].is_title or doc[t.i + 1].lower_ in {"bin", "bint", "ibn", "al"})
        for t in doc)


def _occupation_opening(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name opens a sentence with the person's trade before it: "Lawyer Kibe
    Mutua, who represents the party, asked …" (not a firm's "Baker Hughes Company")."""
    return (tokens[start].is_sent_start and tokens[start].is_title
            and tokens[start].lower_ in _OCCUPATIONS and 3 <= end - start <= 4
            and all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS
                    and t.lower_ not in COMPANY_WORDS and t.lower_ not in PLACE_HEADS
                    for t in tokens[start + 1:end]))




def _capital_style(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is "HE" or "HH" written as a style before a name."""
    return (tokens[k].text in CAPITAL_STYLES and k + 1 < len(tokens)
            and tokens[k + 1].is_title and tokens[k + 1].is_alpha)


def _after_capital_styles(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Names read over a style in capitals: "Minister of Foreign Affairs HE X" names X from
    the word after the style; the style alone ("HE") names no one."""
    tokens = doc_tokens(doc)
    kept = []
    for c in candidates:
        style = next((k for k in range(c.start, c.end) if _capital_style(tokens, k)), None)
        if style is None and c.end - c.start == 1 and tokens[c.start].text in CAPITAL_STYLES:
            continue  # "HE" taken for a body's initials
        if style is not None and style + 1 < c.end:
            c.start = style + 1
        elif style is not None:
            continue
        kept.append(c)
    return kept


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, honorifics, titles and punctuation at the edges of a span."""
    tokens = doc_tokens(doc)
    # "Minister of Foreign Affairs HE X" read as one name: the name starts after the style
    style = next((k for k in range(start, end - 1) if _capital_style(tokens, k)), None)
    if style is not None:
        start = style + 1
    while start < end and (
        tokens[start].lower_ in {"the", "a", "an"}
        or tokens[start].is_punct
        or tokens[start].is_space
        or (tokens[start].lower_ in HONORIFICS or tokens[start].lower_ + "." in HONORIFICS)
        and not _country_letters(tokens[start].text)
        or end - start > 2 and _style_word(tokens, start, end)
        or tokens[start].lower_ in _TITLE_ABBREVIATIONS and end - start > 1
        or _rank_before_name(tokens, start, end)
        # "Sheriff Hooper", which the tagger reads whole (not "Sheriff Court")
        or tokens[start].lower_ == "sheriff" and end - start > 1 and all(
            t.is_title and t.lower_ not in ORG_HEADS and t.lower_ != "court"
            for t in tokens[start + 1:end])
        or tokens[start].lower_ in _DOTTED_RANKS  # "Sgt. Ana Roe", "Pfc." alone: never a name
        or _occupation_opening(tokens, start, end)
        or _professional_style(tokens, start, end)
        or (_person_title(tokens[start].lower_.rstrip(".")) and end - start > 2
            and tokens[end - 1].lower_ not in NAMED_PLAN_HEADS  # "Official Secrets Act"
            and (person_name_shape(span_text(doc, start + 1, end).split()) >= 1
                 or _hyphened_title_before(tokens, start)
                 # "Spokesperson Tommy Pigott": a known given name after the title
                 or is_given_name(tokens[start + 1].text) and end - start <= 4
                 and tokens[start + 1].lower_ not in _TITLE_WORDS
                 and all(t.is_title and t.lower_ not in ORG_HEADS
                         for t in tokens[start + 1:end]))
            # "Prosecutor General's Office": the office of a title, not a titled person
            and not (tokens[start + 1].lower_ == "general"
                     and tokens[start + 2].text in POSSESSIVE_MARKS))
        # "the Argentine Matías Echeverri Soto": a nationality, then the person's name
        or (tokens[start].text in DEMONYMS and end - start > 2
            and person_name_shape(span_text(doc, start + 1, end).split()) >= 1)
        or (tokens[start].lower_ in _ROYAL and end - start > 1 + _family_style(tokens[start])
            and tokens[start + 1].is_title
            and not any(t.lower_ in ORG_HEADS or t.lower_ in PLACE_HEADS  # "Crown Estate"
                        or t.lower_ in {"estate", "hospital", "airport", "'s", "’s"}
                        for t in tokens[start:end]))
    ):
        start += 1
    while end > start and (
        tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or tokens[end - 1].text in POSSESSIVE_MARKS
        or tokens[end - 1].text in _LIST_ENDS  # "[Mykolaiv, Sumy] and": no name ends so
        or tokens[end - 1].text in {"of", "the"} and not (
            end < len(tokens) and tokens[end].like_num)  # "the [Office of the] Israeli Prime
        # Minister": a name cut before its last words, which no name ends with (a number
        # after it ends it: "the Group of 20")
        or end - start > 1 and tokens[end - 1].lower_ == "district" and end < len(tokens)
        and tokens[end].lower_ == "attorney"  # "[Harris County] District Attorney X"
        or end - start > 2 and tokens[end - 1].lower_ in _TITLE_OPENERS and end < len(tokens)
        and tokens[end].is_title and tokens[end].lower_ in _TITLE_WORDS
        # "[Communist Party of Velmar] General Secretary X": the title's first word
    ):
        end -= 1
    if end - start > 3 and _score(tokens, end - 3):
        end -= 3  # "beat [Inter Varenna] 1-0": the match's score, not the club's name
    return start, end


_SCORE_DASHES = {"-", "–", "—"}
#: First words of a title after a body's name, which the tagger may read into the name:
#: "General Secretary", "Deputy Director", "Vice Chairman".
_TITLE_OPENERS = {"general", "deputy", "vice", "executive", "first"}


def _score(tokens: list[Token], i: int) -> bool:
    """Whether tokens ``i`` to ``i + 2`` are a match's score: "1-0", "2 – 1"."""
    return (i + 2 < len(tokens) and tokens[i].is_digit and tokens[i + 2].is_digit
            and tokens[i + 1].text in _SCORE_DASHES and len(tokens[i].text) <= 2
            and len(tokens[i + 2].text) <= 2)


#: Titles of reigning monarchs, who are known by one name and the title: "King Salman".
_MONARCHS = {"king", "queen"}
_REGNAL_NUMBER = re.compile(r"[IVX]+")


def _monarch_by_one_name(tokens: list[Token], start: int, end: int) -> bool:
    """ "King Salman", "Queen Margrethe II": a monarch's one name, maybe with a regnal
    number, is no name without the title (which the name stands for with it, as "King
    Abdullah II" is written); a prince's or a sheikh's full name goes without it ("Prince
    Mohammed bin Salman")."""
    words = tokens[start + 1:end]
    if words and _REGNAL_NUMBER.fullmatch(words[-1].text):
        words = words[:-1]
    return tokens[start].lower_ in _MONARCHS and tokens[start].is_title and len(words) == 1


def _hyphened_title_before(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a hyphenated title: "Secretary-General", "Attorney-General"."""
    return (i >= 2 and tokens[i - 1].text in {"-", "–"} and not tokens[i - 1].whitespace_
            and tokens[i - 2].lower_ in _TITLE_WORDS)


#: Words that end a list, and no name: "A, B and", "A, B or".
_LIST_ENDS = {"and", "or"}


#: Nouns for a kind of company, which open a sentence before its name: "Drugmaker Pfizer
#: said" (not "Bank", "Group": names open with them).
_COMPANY_KINDS = {"lender", "insurer", "carrier", "steelmaker", "carmaker", "automaker",
                  "drugmaker", "chipmaker", "retailer", "startup", "conglomerate", "airline",
                  "broadcaster", "miner", "brewer", "manufacturer", "utility", "supermarket",
                  "shipbuilder", "refiner", "planemaker", "telecom"}
#: Common nouns for a kind of body, which no name holds in lower case between capitalised
#: words: "the Warsaw company Brenner Steel", "the Lagos lender Zenith Trust".
_KINDS_BETWEEN_NAMES = _COMPANY_KINDS | {"company", "firm", "group", "bank", "newspaper",
                                         "club", "developer", "producer", "operator"}


def _tagged_as_two_names(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the tagger read every word of a run of capitalised words, as names of
    different kinds side by side: "[Soochow University] [Chen Fang-yu]" (a body, then its
    professor), which the run would join into one name."""
    return all(t.ent_iob_ != "O" for t in tokens[start:end]) and any(
        t.ent_iob_ == "B" for t in tokens[start + 1:end]
    ) and len({t.ent_type_ for t in tokens[start:end]}) > 1


@once_per_doc
def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at possessives and dashes ("Trump's Ukraine", "U.S.–Russia")."""
    tokens = doc_tokens(doc)
    pieces, cursor = [], start
    # "the EU-India Free Trade Agreement", "the Asia-Pacific Economic Cooperation": the
    # places open a plan's or a body's name, and name no place of their own
    named_plan = end - start > 2 and tokens[end - 1].is_title and (
        tokens[end - 1].lower_ in NAMED_PLAN_HEADS
        or end - start > 4 and tokens[end - 1].lower_ in ORG_HEADS | {"cooperation"})
    quotes = [i for i in range(start, end) if tokens[i].text in _QUOTE_MARKS]
    # "the Dnipropetrovsk, [Mykolaiv, Sumy and] Kharkiv regions": a span ending in "and" is
    # the middle of a list the tagger read as one name, each of its names one of its own
    in_list = end - start > 2 and tokens[end - 1].lower_ in _LIST_ENDS
    for i in range(start, end):
        token = tokens[i]
        if token.text in POSSESSIVE_MARKS and not _plural_possessive_name(doc, i) or token.text in {
                "(", ")"} or quotes == [i] or _comma_between_names(tokens, i, start, end) or (
                in_list and token.text == ",") or (
            token.is_punct and _DASHES.fullmatch(token.text) and not _joins_name(doc, i)
            and not named_plan
        ):
            pieces.append((cursor, i))
            cursor = i + 1
        elif _members_before_names(tokens, i, start, end):
            cursor = i + 1  # "[Labour MPs] Ada Roe": the party's words name no person
        elif start < i < end - 1 and token.lower_ in _KINDS_BETWEEN_NAMES and token.is_lower and (
                tokens[i - 1].is_title and tokens[i + 1].is_title):
            pieces.append((cursor, i))  # "the [Warsaw] company [Brenner Steel]": a place
            cursor = i + 1  # and a firm, which the tagger read as one name
    pieces.append((cursor, end))
    result = []
    for s, e in pieces:
        s, e = _trim(doc, s, e)
        if e > s:
            result.extend(_split_dashed_token(doc, s, e))
    return result


def _members_before_names(tokens: list[Token], i: int, start: int, end: int) -> bool:
    """Whether token ``i`` is a plural member title between a party and the names of its
    members, which the tagger reads as one name: "[Labour MPs Ada Roe] and Tom Hale"."""
    return tokens[i].lower_ in {"mps", "meps"} and start < i < end - 1 and (
        person_name_shape([t.text for t in tokens[i + 1:end]]) > 0)


def _comma_between_names(tokens: list[Token], i: int, start: int, end: int) -> bool:
    """Whether token ``i`` is a comma between a fronted name and the possessor of the clause
    after it, which the tagger reads as one name: "Under Kell, Walmart's revenue rose" (not
    "Bentonville, Arkansas", "the University of California, Berkeley", nor "Acme, Inc.")."""
    if tokens[i].text != "," or not start < i < end - 2:
        return False
    k = i + 1
    while k < end and tokens[k].is_title:
        k += 1
    return k > i + 1 and k < end and tokens[k].text in POSSESSIVE_MARKS


#: Quotation marks, which a name holds in pairs only ('Marcus "Sunny" Delacroix'): one
#: alone opens a quotation after the name ('on X. "Greece has come').
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


#: The word for a saint before the saint's name: "St Aldric", "Saint Wendel".
_SAINTS = {"St", "Saint", "Ste"}
#: The sites named for a saint: "St Aldric's Square", "St Wendel's Hospital".
_SAINTS_SITES = {"field", "fields", "square", "cathedral", "church", "basilica", "hospital",
                 "college", "park", "abbey", "chapel", "school", "island", "bay", "palace"}


def _is_saint(token: Token) -> bool:
    """Whether ``token`` is the word for a saint, abbreviated or not: "St", "St.", "Saint"."""
    return token.text.rstrip(".") in _SAINTS


def _saint_s_site_end(tokens: list[Token], start: int, end: int) -> int | None:
    """The end of a site named for a saint that a name opening with "St" runs into, where
    the tagger stopped at the saint's name or its possessive ("[St Mark's] Square")."""
    if not _is_saint(tokens[start]):
        return None
    for k in range(start + 2, min(end + 2, len(tokens))):
        if (tokens[k - 1].text in POSSESSIVE_MARKS and tokens[k].is_title
                and tokens[k].lower_ in _SAINTS_SITES):
            return k + 1
    return None


def _plural_possessive_name(doc: Doc, i: int) -> bool:
    """A possessive inside an organisation's name: "Workers' Party", "Victims' Assistance
    Fund", "People's Progressive Congress", "National Prosecutor's Office", "Inspector
    General's Office", "Prosecutor General's Office".
    General's Office".

    The word before it is no person's or place's name ("Kenya's Supreme Court" is
    Kenya's court), and the capitalised words after it end with an organisation word.
    """
    tokens = doc_tokens(doc)
    if not (0 < i < len(doc) - 1 and tokens[i].text in POSSESSIVE_MARKS):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not (before.is_title and after.is_title and before.is_alpha):
        return False
    if i >= 2 and _is_saint(tokens[i - 2]) and after.lower_ in _SAINTS_SITES:
        return True  # "St Aldric's Field", "St Wendel's Cathedral": a site named for a saint
    # "the Prosecutor General's Office", "the Auditor General's Office": an office's title
    office = before.lower_ == "general" and i >= 2 and tokens[i - 2].is_title or (
        # "the Manhattan District Attorney's Office", "the U.S. Attorney's Office", "the
        # County Sheriff's Office": the office of a county's or a district's officer
        before.lower_ in {"attorney", "sheriff"})
    if tokens[i].text in {"'", "’"}:
        if not before.text.endswith("s"):
            return False
        if {before.lower_, before.lower_[:-1]} & (ORG_HEADS | COMPANY_WORDS):
            # "the Revolutionary Guards' Quds Force", "Velmora Holdings' Asian Fund": the
            # possessive of a body's whole name (not "Workers' Party": no body's last word)
            return False
    elif before.lower_ == "people":
        return True  # "the People's Republic of China", "the People's Bank", never a person's
    elif _founder_named(tokens, i):
        pass  # "Sam's Club": a store named for its founder's given name
    elif not office and (
          before.ent_type_ in {"PERSON", "GPE", "LOC", "NORP"} or before.text in PLACE_NAMES
          or before.text in DEMONYMS
          # "Inspector General's Office": a title, whatever surname it also is
          or before.lower_ not in _TITLE_WORDS
          and (is_given_name(before.text) or is_surname(before.text))
          # an organisation's own body: "the Treasury's Office of Foreign Assets Control"
          or before.lower_ in ORG_HEADS or before.ent_type_ and tokens[i].ent_iob_ != "I"
          or after.ent_iob_ == "B"):
        return False
    if tokens[i].text in {"'", "’"} and i >= 3 and tokens[i - 2].lower_ == "of" and (
            tokens[i - 3].lower_ in ORG_HEADS and tokens[i - 3].is_title
            and after.text.endswith("s")):
        return True  # "the House of Peoples' Representatives", "the Department of Veterans'
        # Affairs": a body's name opened before the possessive goes on after it (not a
        # headline's "Council of Ministers' Meeting")
    for k in range(i + 1, min(i + 5, len(doc))):
        if not tokens[k].is_title:
            return False
        if tokens[k].lower_ in ORG_HEADS or tokens[k].lower_ in COMPANY_WORDS:
            return True
    return False


def _founder_named(tokens: list[Token], i: int) -> bool:
    """Whether the possessive at ``i`` follows a lone given name inside what the tagger read
    as one organisation's name: "Sam's Club", "Trader Joe's" are stores named for a
    person, not the person's club (not "Trump's Republican Party": no given name)."""
    before = tokens[i - 1]
    return (before.ent_type_ == "ORG" and before.ent_iob_ == "B" and tokens[i].ent_iob_ == "I"
            and i + 1 < len(tokens) and tokens[i + 1].ent_iob_ == "I"
            and is_given_name(before.text))


def _after_izafe(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a capitalised word written on to the joining vowel before it,
    the last part of a name the tagger may read as an adjective: "Majlis-e-[Amal]"."""
    return (k >= 2 and tokens[k - 1].text == "-" and tokens[k - 2].text == _IZAFE
            and not tokens[k - 1].whitespace_ and not tokens[k - 2].whitespace_
            and tokens[k].is_title and tokens[k].is_alpha)


def _name_particle(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a lower-case particle inside a person's name: "Ursula von der
    Leyen", and the Dutch "ten" after a given name ("Joost ten Brink"), which is a number
    elsewhere ("In June ten Senators voted")."""
    word = tokens[j].text
    if not word.islower():
        return False
    if word in _PARTICLES:
        return True
    return (word == "ten" and 0 < j < len(tokens) - 1 and tokens[j + 1].tag_ == "NNP"
            and tokens[j + 1].is_title and tokens[j - 1].is_title
            and tokens[j - 1].text not in _MONTHS and is_given_name(tokens[j - 1].text))


def _joins_name(doc: Doc, i: int) -> bool:
    """A hyphen inside a name ("al-Sisi", "Ben-Gvir"), not between two places ("U.S.-Russia")."""
    tokens = doc_tokens(doc)
    if i == 0 or i + 1 >= len(doc) or tokens[i - 1].whitespace_ or tokens[i].whitespace_:
        return False
    left, right = tokens[i - 1].text, tokens[i + 1].text
    if _IZAFE in (left, right):
        return True  # "Istehkam-e-Pakistan": a name's parts, though one is a country's
    places = {canonical_place(w) for w in (left, right)}
    return not (places & PLACE_NAMES or left in DEMONYMS or right in DEMONYMS)


def _split_dashed_token(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    # "U.S.–Russia" is a relation between two places, not a place of its own.
    text = span_text(doc, start, end)
    if re.search(r"[\w.][–—-]\w", text):
        parts = _DASHES.split(text)
        if all(canonical_place(p) in PLACE_NAMES or p in DEMONYMS for p in parts):
            return []
    return [(start, end)]


COUNTRY_NAMES = COUNTRIES | {"United States", "United Kingdom"}
_NOT_NAMES = {"DATE", "TIME", "EVENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"}


@functools.cache
def _lemma_index() -> Mapping[str, list[str]]:
    """The pipeline's lemmatizer's words by part of speech ("noun", "verb", …), or none
    where it keeps no such table."""
    try:
        return load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return {}


@functools.cache
def _english_nouns() -> frozenset[str] | None:
    """The nouns of English the pipeline's lemmatizer knows, or None where it knows none."""
    index = _lemma_index()
    return frozenset(index["noun"]) if "noun" in index else None


@functools.cache
def _english_words() -> frozenset[str] | None:
    """The words of English (nouns, verbs, adjectives, adverbs) the pipeline's lemmatizer
    knows, or None where it knows none."""
    return frozenset(w for words in _lemma_index().values() for w in words) or None


def _coined_word(token: Token) -> bool:
    """Whether a capitalised word is no word of English, nor of its common forms: "Rayburn",
    "Dorne" (not "Acting", "Interim", "Outgoing", "Group")."""
    words = _english_words()
    lower = token.lower_
    return words is not None and token.is_alpha and not (
        lower in words or token.lemma_.lower() in words or lower.endswith("s")
        and lower[:-1] in words or lower.endswith(("ing", "ed")))


#: A company's heads and staff, written lower-case after its name: "Brackleys chairman X".
_FIRM_HEADS_AFTER = {"chairman", "chairwoman", "chair", "chief", "ceo", "boss", "analysts",
                     "economists", "strategists"}


def _firm_read_as_a_plural(token: Token) -> bool:
    """Whether a word opening a sentence, which the tagger read as a plural common noun, is
    a firm's name shaped as a plural ("Brackleys", "Jeffords"): no English noun, no one's
    surname, and used as only a firm is, before its shares, its chief, or saying what it
    does as a firm ("Brackleys said it would cut jobs"; not "Officials said", "Investors
    fled", a noun's plural)."""
    text = token.text
    if not (token.is_title and token.is_alpha and len(text) > 3 and token.tag_ in {"NN", "NNS"}):
        return False
    nouns = _english_nouns()
    if nouns is None or text.lower() in nouns or token.lemma_.lower() in nouns or (
            text[:-1].lower() in nouns or text in DEMONYMS or text in PLACE_NAMES):
        return False
    tokens = doc_tokens(token.doc)
    if _head_named_after(tokens, token.i + 1):
        return True  # "Rayburn CEO Tom Kenney": a firm before its head's title and name
    if is_surname(text) or is_given_name(text) or not text.endswith("s"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_lower and after.lower_ in _SECURITIES:
        return True  # "Brackleys shares fell"
    if after is not None and after.is_lower and after.lower_ in _FIRM_HEADS_AFTER:
        return True  # "Brackleys chairman Ana Roe"
    return _says_what_it_does_as_a_firm(token, any_act=True)


@once_per_doc
def _name_tokens(doc: Doc) -> list[bool]:
    """Whether each token can be a word of a name: a capitalised alphabetic proper noun
    outside dates and numbers (worked out once: the search for names asks three times).

    Only the proper nouns are read (:func:`tokens_with`): asking each word would cost
    more than the rest of the search for names.
    """
    flags = [False] * len(doc)
    for token in tokens_with(doc, _PROPER_NOUN_TAGS):
        i, text = token.i, token.text
        if token.tag_ in {"NNP", "NNPS"} and (
                token.ent_type_ not in _NOT_NAMES
                or i and flags[i - 1] and text in _PERIODICALS  # "Latitude Tech Daily"
        ) and (token.is_alpha or _APOSTROPHE_NAME.fullmatch(text) or i and flags[i - 1] and (
                _numbered_body(text))):
            flags[i] = text[:1].isupper()
    for i in [i for i, flag in enumerate(flags) if flag]:
        # "Bendito dos [Santos Freitas]": the surname after a particle, which the tagger
        # may read as common nouns inside the name it found
        j = i + 2
        if j < len(doc) and doc[i + 1].text in _SURNAME_PARTICLES and doc[i + 1].is_lower:
            while j < len(doc) and doc[j].tag_ in {"NN", "NNS"} and doc[j].is_title and (
                    doc[j].is_alpha and doc[j].ent_iob_ != "O"):
                flags[j] = True
                j += 1
    for token in tokens_with(doc, ("TAG:NNS", "TAG:NN")):
        if token.is_sent_start and _firm_read_as_a_plural(token):
            flags[token.i] = True  # "Brackleys said it would cut jobs": a firm's name
    for token in tokens_with(doc, ("TAG:IN", "TAG:TO")):
        if _family_name_as_a_word(token):
            flags[token.i] = True  # "General Secretary To Lam": a surname read as "to"
    for token in tokens_with(doc, ("TAG:NNP",)):
        if flags[token.i] and _gerund_opening_a_sentence(token):
            flags[token.i] = False  # '"Cancelling Tang's trip would hurt"': no name's word
    for token in tokens_with(doc, ("TAG:UH",)):
        if token.is_title and token.is_alpha and token.i + 2 < len(doc) and (
                flags[token.i + 1] and _syllable_after(doc, token.i + 2)):
            flags[token.i] = True  # "Oh Byung-chul": a surname read as an interjection
    for token in tokens_with(doc, ("TAG:CC",)):
        if token.text == "Plus" and token.i and flags[token.i - 1] and not (
                token.i + 1 < len(doc) and doc[token.i + 1].like_num):
            flags[token.i] = True  # "Freedom Front Plus": a name's last word read as "plus"
            # (not "ASEAN Plus Three": a body and the countries it meets)
    for token in tokens_with(doc, ("TAG:NN", "TAG:JJ")):
        if _party_name_opens_sentence(token):
            flags[token.i] = flags[token.i + 1] = True
    _surnames_read_as_nouns(doc, flags)
    _bodies_read_as_nouns(doc, flags)
    interjections = tokens_with(doc, ("TAG:UH",))
    if interjections:  # rare: the names are gathered only then
        tokens = doc_tokens(doc)
        names = {tokens[i].text for i, flag in enumerate(flags) if flag}
        for token in interjections:
            subject = token.dep_ in {"nsubj", "nsubjpass"} or token.dep_ == "intj" and (
                token.head.i == token.i + 1 and token.head.pos_ == "VERB")
            if subject and token.tag_ == "UH" and token.is_title and token.text in names:
                flags[token.i] = True  # '"…," Oh said' after "Oh Byung-chul": a surname the
                # tagger read as an interjection
    return flags


_PROPER_NOUN_TAGS = ("TAG:NNP", "TAG:NNPS")


def _surnames_read_as_nouns(doc: Doc, flags: list[bool]) -> None:
    """Flag a lone capitalised word the tagger read as a common noun that is the surname of
    a person the article names in full after a known given name: "Petrenkyy also shared a
    photo" after "Anton Petrenkyy" (the opening capital alone makes no name)."""
    surnames = {
        doc[i].text for i in range(1, len(doc))
        if flags[i] and flags[i - 1] and is_given_name(doc[i - 1].text)
        and (i + 1 == len(doc) or not flags[i + 1]) and len(doc[i].text) > 3
    }
    if not surnames:
        return
    for token in tokens_with(doc, ("TAG:NN",)):
        if token.tag_ == "NN" and token.text in surnames and token.is_title and token.is_alpha and (
                token.i + 1 == len(doc) or not doc[token.i + 1].is_title):
            flags[token.i] = True


def _bodies_read_as_nouns(doc: Doc, flags: list[bool]) -> None:
    """Flag a sentence's first word, set off by a comma, the tagger read as a common noun
    that the article names a body by elsewhere, alone and tagged as one: "Rosneft, which is
    run by X, …" after "Rosneft" in other sentences (a common word at a sentence's start is
    no such name)."""
    bodies = {
        doc[i].text for i in range(1, len(doc) - 1)
        if flags[i] and not flags[i - 1] and not flags[i + 1] and doc[i].ent_type_ == "ORG"
        and not doc[i].is_sent_start and len(doc[i].text) > 3
    }
    if not bodies:
        return
    for token in tokens_with(doc, ("TAG:NN",)):
        if token.is_sent_start and token.tag_ == "NN" and token.text in bodies and (
                token.is_title and token.is_alpha) and token.i + 1 < len(doc) and (
                doc[token.i + 1].text == ","):
            flags[token.i] = True


def _party_name_opens_sentence(token: Token) -> bool:
    """Whether ``token`` opens a sentence with a party's name the tagger read as common
    words: "Unity Front won 40 seats", "Unity Front leader Ana Costa said". The capital of
    the party word after it marks the name, as the sentence's opening capital cannot
    ("Trade unions said" is no name)."""
    doc = token.doc
    if not (token.is_sent_start and token.is_title and token.is_alpha
            and token.i + 1 < len(doc)):
        return False
    after = doc[token.i + 1]
    return (after.is_title and after.lower_ in PARTY_WORDS
            and after.tag_ in {"NNP", "NN", "JJ"} and after.lower_ != token.lower_
            and token.lower_ not in _PERSON_TITLES and token.lower_ not in PARTY_WORDS)

#: Vietnamese surnames written without their marks that are English words too (Đỗ, Tô):
#: "Deputy Foreign Minister Do Hung Viet", "Party General Secretary To Lam".
_FAMILY_NAMES_AS_WORDS = {"Do", "To"}


def _surname_read_apart(tokens: list[Token], start: int, end: int, after: Span) -> bool:
    """Whether the one word of ``after``, right after the name ``tokens[start:end]``, is its
    surname, the tagger having read the two apart: given names in the first ("Shah Mahmood")
    and a surname in the second ("Qureshi"), neither a place nor a body's word."""
    if len(after) != 1 or end - start < 2 or not after[0].is_title:
        return False
    words = tokens[start:end]
    return (sum(is_given_name(t.text) for t in words) >= 2 and all(t.is_title for t in words)
            and is_surname(after[0].text) and after[0].text not in PLACE_NAMES
            and not any(t.lower_ in ORG_HEADS | COMPANY_WORDS for t in [*words, after[0]]))


def _gerund_opening_a_sentence(token: Token) -> bool:
    """Whether a word the tagger took for a name's is a verb's -ing form opening its
    sentence or a quote before a person's name: '"Cancelling Tang's trip"' (not "Manning
    said", "Reading Borough Council", "Downing Street": a surname, a town, a street)."""
    word = token.lower_
    doc = token.doc
    if not (word.endswith("ing") and len(word) > 5 and token.i + 1 < len(doc)):
        return False
    opening = token.is_sent_start or token.i and doc[token.i - 1].text in _OPENING_QUOTES
    after = doc[token.i + 1]
    if not opening or not after.is_title or after.lower_ in PLACE_HEADS | ORG_HEADS or not (
            is_given_name(after.text) or is_surname(after.text)):
        return False  # a person's name after it (not "Downing Street", "Barking Council")
    if is_surname(token.text) or is_given_name(token.text) or token.text in PLACE_NAMES or (
            is_town(token.text)):
        return False
    words = _english_words() or frozenset()
    stem = word[:-3]
    return stem in words or stem + "e" in words or stem[-1:] == stem[-2:-1] and stem[:-1] in words


def _family_name_as_a_word(token: Token) -> bool:
    """Whether ``token`` is one of :data:`_FAMILY_NAMES_AS_WORDS` opening a person's name
    inside a sentence: capitalised there, before a known given name or surname ("To Lam",
    "Do Van Thanh"; not a headline's "Xi To Visit Hanoi")."""
    doc = token.doc
    if token.text not in _FAMILY_NAMES_AS_WORDS:
        return False
    # opening a sentence, "Do" may ask a question: the name goes on for two known words then
    names = doc[token.i + 1 : token.i + (3 if token.is_sent_start else 2)]
    return len(names) == (2 if token.is_sent_start else 1) and all(
        after.is_title and after.tag_ in {"NNP", "NNPS"} and after.text not in PLACE_NAMES
        and after.ent_type_ not in {"GPE", "LOC"}
        and (is_given_name(after.text) or is_surname(after.text)) for after in names)


#: Words that end a periodical's name, and that the tagger reads as dates.
_PERIODICALS = {"Daily", "Weekly", "Monthly"}


#: A name with an apostrophe inside, not a possessive: "Ndung'u", "O'Neill", "N'Diaye".
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+['’](?![sS]$)[^\W\d_]+")
#: A body's head word with the number of one of several like it: "Tribunal-1".
_NUMBERED_HEAD = re.compile(r"([A-Z][a-z]+)-\d{1,2}")


def _numbered_body(text: str) -> bool:
    """Whether a word ends a body's name with its number: "Velmar Claims Tribunal-2"
    (not "Covid-19", "Apollo-11": no kind of body)."""
    found = _NUMBERED_HEAD.fullmatch(text)
    return found is not None and found.group(1).lower() in ORG_HEADS
#: Prepositions inside an organisation's name after its head word: "Office on Drugs and
#: Crime", "Institute for Strategic Studies", "Committee on Foreign Investment".
_NAME_PREPOSITIONS = {"of", "for", "on"}
#: Title words that are adjectives in an organisation's name: "General Intelligence
#: Service", "Chinese Foreign Ministry", "State Council".
_TITLE_ADJECTIVES = {"general", "foreign", "financial", "defence", "defense", "state",
                     "special", "permanent", "executive", "press", "prime"}
#: Lower-case words after a hyphen that make a name a description: "Biden-backed".
_NOT_SYLLABLES = {"led", "run", "born", "made", "based", "backed", "style", "era", "wide",
                  "like", "free", "owned", "held", "type", "area", "zone", "bloc"}


def _wrapped_line(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a lone line break that wraps prose, not one that ends a line:
    the line before it is a long one with lower-case words and no final punctuation, and
    no byline ("By Ana Pell, Europe editor of The Harbour Times⏎BRUSSELS —" ends its line)."""
    token = doc_tokens(doc)[j]
    if token.text != "\n":
        return False
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, token.idx) + 1 : token.idx].rstrip()
    return (len(line) >= 40 and line[-1:].isalpha() and not _BYLINE.match(line)
            and sum(w[:1].islower() for w in line.split()) >= 2)


def _body_and_place_before_head(tokens: list[Token], j: int, is_name: list[bool]) -> bool:
    """Whether the hyphen at ``j`` joins a body's name to a country's before an
    organisation word that closes them: "the Nato-Ukraine Council", "the EU-Japan Council"
    (not "the U.S.-Russia talks", two places)."""
    if not (0 < j < len(tokens) - 2 and tokens[j].text in {"-", "–"}
            and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_):
        return False
    left, right = tokens[j - 1], tokens[j + 1]
    head = tokens[j + 2]
    return (is_name[j - 1] and is_name[j + 1] and is_name[j + 2]
            and canonical_place(left.text) not in PLACE_NAMES and left.text not in DEMONYMS
            and canonical_place(right.text) in PLACE_NAMES
            and head.lower_ in ORG_HEADS and head.is_title
            and (j + 3 >= len(tokens) or not is_name[j + 3]))


def _places_before_plan_head(tokens: list[Token], j: int, is_name: list[bool]) -> bool:
    """Whether the hyphen at ``j`` joins the parties that open a plan's name, the run of
    names after it ending in a plan's head word: "the Japan-China Joint Communique", "the
    US-Japan Security Treaty" (not "the Japan-China talks")."""
    if not (0 < j < len(tokens) - 2 and tokens[j].text in {"-", "–"}
            and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_
            and is_name[j - 1] and is_name[j + 1]):
        return False
    k = j + 1
    while k < len(tokens) and is_name[k]:
        k += 1
    return k - j > 2 and tokens[k - 1].lower_ in NAMED_PLAN_HEADS


#: One syllable of a romanised Korean given name, of five letters or six: "choul" of
#: "Min-choul", "hyeon", "seong", "kyung" (not an English word: "level", "party").
_ROMANISED_SYLLABLE = re.compile(
    r"(?:ch|ss|jj|kk|tt|pp|[bcdghjkmnpstw])[hy]?(?:eo|eu|ou|ae|oe|ui|a|e|i|o|u)(?:ng|n|l|k)")


def _syllable_after(doc: Doc, j: int) -> bool:
    """A hyphen before the lower-case second syllable of a given name: "Soo-bin", "Seo-yeon"."""
    tokens = doc_tokens(doc)
    if j == 0 or j + 1 >= len(doc) or tokens[j].text != "-":
        return False
    left, right = tokens[j - 1], tokens[j + 1]
    return (not left.whitespace_ and not tokens[j].whitespace_ and left.is_title
            and len(left.text) <= 5 and right.is_alpha and right.text.islower()
            and (2 <= len(right.text) <= 4 or _ROMANISED_SYLLABLE.fullmatch(right.text))
            and right.lower_ not in _NOT_SYLLABLES
            and right.tag_ not in {"VBN", "VBD", "VBG"}
            and (j + 2 >= len(doc) or tokens[j + 2].text != "-"))


#: Prefixes written with a hyphen before a lower-case word inside a name: "Co-operation".
_PREFIXES = {"co", "anti", "inter", "non", "post", "pre", "re", "self", "multi", "pan",
             "trans", "counter", "cross", "socio", "euro", "afro"}


#: Lower-case words that join the parts of a hyphenated place name: "Mar-a-Lago",
#: "Rostov-on-Don", "Stratford-upon-Avon", "Boulogne-sur-Mer", "Aix-en-Provence".
_PLACE_JOINERS = {"a", "on", "upon", "sur", "en", "am", "au", "aux", "les", "le", "la", "de",
                  "del", "the"}


def _hyphen_joined_part(doc: Doc, j: int, is_name: list[bool]) -> int:
    """The end of a hyphenated place name's next part when token ``j`` is the hyphen before
    its lower-case joiner ("Mar[-a-]Lago", "Southend[-on-]Sea", "Stow[-on-the-]Wold"), else 0.
    The hyphens are written without spaces; the part after them is a capitalised name."""
    tokens = doc_tokens(doc)
    k = j
    joined = 0
    while (k + 2 < len(doc) and tokens[k].text == "-" and not tokens[k - 1].whitespace_
           and not tokens[k].whitespace_ and tokens[k + 1].text.islower()
           and tokens[k + 1].lower_ in _PLACE_JOINERS and not tokens[k + 1].whitespace_):
        k += 2
        joined += 1
    if not joined or k >= len(doc) or tokens[k - 1].whitespace_ or joined > 2:
        return 0
    if tokens[k].text == "-" and k + 1 < len(doc) and not tokens[k].whitespace_ and (
            is_name[k + 1] and tokens[k + 1].is_title):
        return k + 2
    return 0


def _ends_hyphen_joined(tokens: list[Token], end: int) -> bool:
    """Whether the span ending at ``end`` ends with a joiner and a capitalised part between
    hyphens: "[Mar-a-Lago]", "[Rostov-on-Don]"."""
    hyphen, joiner, hyphen2, part = tokens[end - 4:end]
    return (hyphen.text == "-" == hyphen2.text and joiner.lower_ in _PLACE_JOINERS
            and joiner.text.islower() and part.is_title
            and not any(t.whitespace_ for t in tokens[end - 5:end - 1]))


def _prefixed_word(doc: Doc, j: int) -> bool:
    """A hyphen after a capitalised prefix: "Co-operation", "Anti-corruption", "Anti-Doping"
    (which the tagger may read as an adjective)."""
    tokens = doc_tokens(doc)
    return (0 < j < len(doc) - 1 and tokens[j].text == "-" and not tokens[j - 1].whitespace_
            and not tokens[j].whitespace_ and tokens[j - 1].is_title
            and tokens[j - 1].lower_ in _PREFIXES and tokens[j + 1].is_alpha
            and (tokens[j + 1].text.islower() or tokens[j + 1].is_title))


def _ends_with_org_head(tokens: list[Token], start: int, is_name: list[bool]) -> bool:
    """Whether the capitalised words from ``start`` end, within four, with an organisation word."""
    for k in range(start, min(start + 4, len(tokens))):
        if not (is_name[k] or tokens[k].text == "-"):
            return False
        if tokens[k].lower_ in ORG_HEADS and (k + 1 >= len(tokens) or not is_name[k + 1]):
            return True
    return False


#: Head words of bodies named with the place they work in: "Interim Force in Lebanon",
#: "Mission in South Sudan" (a mission may also be a task, and is no head word elsewhere).
_HEADS_BEFORE_A_PLACE = ORG_HEADS | {"mission"}


def _place_before_acronym(tokens: list[Token], j: int, is_name: list[bool]) -> int:
    """Where "in <place>" ends when an acronym in brackets follows it (token ``j`` is "in"),
    or 0: a body named for its task in a place, then abbreviated, is named with the place
    ("the Mission for the Referendum in Western Sahara (MINURSO)")."""
    if tokens[j].lower_ != "in" or j == 0:
        return 0
    after_head = tokens[j - 1].lower_ in _HEADS_BEFORE_A_PLACE and tokens[j - 1].is_title
    if not after_head and not any(t.lower_ in {"for", "on"} for t in tokens[j - 6:j]):
        return 0
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower_ == "the")
    first = k
    while k < len(tokens) and is_name[k] and tokens[k].ent_type_ in {"GPE", "LOC"}:
        k += 1
    if k == first or not _acronym_after(tokens, k):
        return 0
    # "the Interim Force in Lebanon (UNIFIL)", "the Mission in South Sudan (UNMISS)": after
    # a body's head word the place is in the name where its initial is in the acronym (not
    # "the Commission in Kenya (AP)")
    initials = {tokens[i].text[0] for i in range(first, k)}
    return k if not after_head or initials & set(tokens[k + 1].text[1:]) else 0


def _place_in_tagged_name(tokens: list[Token], end: int) -> bool:
    """Whether the tagger's organisation goes on at ``end`` with "in <place>" up to an acronym
    in brackets, which spells the place too ("… for the Census in Western Sahara (MINUCEN)";
    not "the Ministry of Health in Accra", a body and where it is)."""
    if end >= len(tokens) or tokens[end].lower_ != "in" or tokens[end].ent_iob_ != "I" or (
            tokens[end].ent_type_ != "ORG"):
        return False
    k = end
    while k < len(tokens) and tokens[k].ent_iob_ == "I":
        k += 1
    return _acronym_after(tokens, k)


def _acronym_after(tokens: list[Token], end: int) -> bool:
    """Whether an acronym in brackets follows token ``end - 1``: "… Sahara (MINURSO)"."""
    return (end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")"
            and _acronym_shape(tokens[end + 1].text))


def _number_in_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a number after a name the tagger did not read ends it, the two describing
    a noun after them: "Kvartal 95 studio" (not "Boeing 737 jets", a company's model)."""
    if not (end + 1 < len(tokens) and tokens[end].is_digit and tokens[end + 1].pos_ == "NOUN"
            and tokens[end + 1].text.islower() and tokens[end - 1].head.i in {end, end + 1}):
        return False
    read_apart = tokens[end].ent_type_ == "CARDINAL" and not any(
        t.ent_type_ for t in tokens[start:end])
    read_together = tokens[end].ent_iob_ == "I" and tokens[start].ent_type_ == "PRODUCT"
    return read_apart or read_together


def _describes_a_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) modifies a noun after it: "a Reuters reporter", "an
    ASEAN foreign ministers' meeting", "a Nairobi-based firm"."""
    tokens = doc_tokens(doc)
    if end == len(doc):
        return False
    after = tokens[end]
    if after.pos_ in {"NOUN", "PROPN", "NUM"} or after.text in POSSESSIVE_MARKS or (
            after.text[:1] in DASHES):
        return True
    root = doc[start:end].root
    return root.dep_ in {"compound", "nmod", "amod", "poss"} and root.head.i >= end


def _segment_start(tokens: list[Token], start: int, end: int) -> int:
    """Where the capitalised words before ``end`` begin in a run from ``start``: after its
    last "of" or "the" ("Secretary of the [National Security]")."""
    for k in range(end - 1, start - 1, -1):
        if tokens[k].lower_ in {"of", "the"}:
            return k + 1
    return start


#: The words that end a job title: "Foreign Minister", "Chief of the General Staff".
_TITLE_NOUNS = {"minister", "secretary", "president", "chief", "director", "chairman",
                "chairwoman", "chair", "head", "adviser", "advisor", "spokesperson",
                "spokesman", "spokeswoman", "envoy", "ambassador", "governor", "commander",
                "premier", "chancellor", "commissioner", "representative", "deputy"}


def _title_ahead(tokens: list[Token], k: int, is_name: list[bool]) -> bool:
    """Whether a job title opens the capitalised words from ``k`` (after an "and"): "...
    Central Committee Fang Qi and [Foreign Minister] Wang Bo", "... Council of Ukraine Ana
    Roe and [Chief] of the General Staff": the "and" joins two titled people, not the
    words of one body's name."""
    for m in range(k, min(k + 3, len(tokens))):
        if not is_name[m]:
            return False
        if tokens[m].lower_ in _TITLE_NOUNS:
            return True
    return False


def _person_opens(tokens: list[Token], k: int, is_name: list[bool]) -> bool:
    """Whether a person's name begins at token ``k``: a given name, then another name's
    word ("and Anna Roe"), not a given name that is an organisation's word ("and Trust")."""
    return is_given_name(tokens[k].text) and k + 1 < len(tokens) and is_name[k + 1]


def _board_of_a_body(tokens: list[Token], k: int, is_name: list[bool]) -> bool:
    """Whether "Board of" before token ``k`` is the board of the body named there ("the
    Board of Velora Motors", "the Board of Directors"), not a body of its own named for what
    it is for ("the Board of Peace", "the Board of Trade"): a word that names nothing
    alone, not the tagger's start of a name of its own."""
    if k >= len(tokens):
        return True
    word = tokens[k]
    alone = k + 1 >= len(tokens) or not is_name[k + 1]
    return not (alone and word.is_title and word.ent_iob_ != "B" and not _acronym(word.text)
                and word.lower_ not in ORG_HEADS and word.lower_ not in COMPANY_WORDS
                and not word.text.endswith("s"))  # "Directors", "Governors", "Trustees"


def _event_names(doc: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of events, which name no entity: "the APEC Economic Leaders' Meeting", "the
    53rd FIG Artistic Gymnastics World Championships", as the tagger or the runs of names
    read them (its last word an event's, capitalised)."""
    tokens = doc_tokens(doc)
    spans = [(ent.start + (tokens[ent.start].lower_ == "the"), ent.end) for ent in doc.ents
             if ent.label_ != "PERSON"]
    return [(s, e) for s, e in [*spans, *runs]
            if e - s >= 2 and tokens[e - 1].is_title and tokens[e - 1].lower_ in EVENT_HEADS
            and not any(t.text in DASHES for t in tokens[s:e])]  # "the Trump-Kim Summit"


def _organisation_tagged_across(tokens: list[Token], j: int) -> bool:
    """Whether the tagger reads one organisation's name across the "and" at ``j``, the word
    after it still the name's ("Office of Management and Budget Director X": the office's
    last word, then the title, not a second title of the name after). Not before a
    minister's or a secretary's title, which a portfolio word opens ("Ministry of Energy and
    Trade Minister X": the tagger's reading is no surer than the other)."""
    return j + 2 < len(tokens) and tokens[j].ent_type_ == "ORG" and all(
        t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in tokens[j : j + 2]
    ) and tokens[j + 2].lower_ not in _PORTFOLIO_TITLES


#: Titles a portfolio word opens: "Trade Minister", "Foreign Secretary".
_PORTFOLIO_TITLES = {"minister", "secretary", "commissioner"}


def _coordinated_pieces(tokens: list[Token], start: int, end: int, first: int,
                        run_end: dict[int, int]) -> list[tuple[int, int]]:
    """The names in a tagger's span [start, end), split at possessives and dashes, and at
    an "and" that the name beginning at ``first`` does not take in, after a body's kind and
    before two words or more: the tagger may read "Ben's Club and Coldmart International" as
    one name, where the run of names stops at "and" (not "Order and Liberty", a party,
    and "Bureau of Industry and Security" runs on)."""
    doc = tokens[0].doc
    for k in range(start + 2, end - 2):
        if tokens[k].lower_ == "and" and min(
                person_name_shape([t.text for t in tokens[start:k]]),
                person_name_shape([t.text for t in tokens[k + 1:end]])) >= 1:
            # "attended by Amara Okafor and Tunde Bello", tagged one body as a law firm
            # would be: two people named in full
            return [(start, k), (k + 1, end)]
    cut = run_end.get(first, end)
    if (first + 1 < cut < end - 2 and tokens[cut].lower_ in {"and", "&"}
            and tokens[cut + 1].is_title and _kind_word(tokens[cut - 1])):
        return [*_split(doc, start, cut), *_split(doc, cut + 1, end)]
    return _split(doc, start, end)


#: Prepositions capitalised inside the names of campaigns and charities, and nowhere else
#: in running text: "Doctors Without Borders", "Médecins Sans Frontières".
_NAME_INNER_PREPOSITIONS = {"Without", "Sans", "Against", "Beyond", "Across"}


#: How the name of a place's people ends, and what its place's name ends with instead:
#: "Louisianians" of Louisiana, "Californians" of California, "Texans" of Texas.
_PEOPLE_ENDINGS = (("ians", ("a", "ia", "")), ("ans", ("a", "as", "")), ("ers", ("",)))


def _people_of_a_place(word: str) -> bool:
    """Whether a capitalised plural names the people of a state or a known place."""
    for ending, place_endings in _PEOPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if any(stem + e in US_STATES or stem + e in PLACE_NAMES for e in place_endings):
                return True
    return False


def _arabic_article_before(tokens: list[Token], i: int) -> bool:
    """Whether a name opens with a lower-case Arabic article that no name word precedes:
    "al-Qaeda" (not "Ahmed al-Marzuq", whose run opens with "Ahmed")."""
    if not 2 <= i <= len(tokens):
        return False
    article, hyphen = tokens[i - 2], tokens[i - 1]
    return (hyphen.text == "-" and article.text in {"al", "el"}
            and not article.whitespace_ and not hyphen.whitespace_
            and (i < 3 or not tokens[i - 3].is_title))


def _kind_word(token: Token) -> bool:
    """Whether a word says what kind of body ends its name: "Club", "Holdings", "Rovers"."""
    return token.is_title and (token.lower_ in ORG_HEADS or token.lower_ in COMPANY_WORDS
                               or token.lower_ in CLUB_WORDS)


def _proper_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of proper nouns, joined by "of (the)" ("Servant of the People")."""
    tokens = doc_tokens(doc)
    runs: list[tuple[int, int]] = []
    is_name = _name_tokens(doc)
    i = 0
    while i < len(doc):
        if not is_name[i]:
            i += 1
            continue
        if (i >= 2 and tokens[i - 1].text in {"'", "’"} and tokens[i - 2].tag_ == "NNS"
                and _plural_possessive_name(doc, i - 1) and (not runs or runs[-1][1] < i - 2)):
            i -= 2  # "Victims' Assistance Fund": the tagger took "Victims" for a common noun
        elif i >= 1 and tokens[i - 1].text in CLUB_OPENERS and (not runs or runs[-1][1] < i - 1):
            i -= 1  # "Real Ostava": the tagger took "Real" for an adjective
        elif _arabic_article_before(tokens, i) and (not runs or runs[-1][1] < i - 2):
            i -= 2  # "al-Shabaab", "al-Qaeda's affiliate": the article opens the name
        elif i >= 1 and tokens[i].text in _NAME_INNER_PREPOSITIONS and (
                tokens[i - 1].is_title and tokens[i - 1].is_alpha) and (
                not runs or runs[-1][1] < i - 1):
            i -= 1  # "Médecins Sans Frontières": the run opened at the preposition
        elif i >= 2 and tokens[i - 1].text in _NAME_INNER_PREPOSITIONS and (
                tokens[i - 2].is_title and tokens[i - 2].is_alpha) and (
                not runs or runs[-1][1] < i - 2):
            i -= 2  # "Doctors Without Borders": the tagger took "Doctors" for a common noun
        j = i + 1
        in_org = False  # past the preposition after an organisation word
        while j < len(doc):
            if is_name[j]:
                j += 1
            elif _syllable_after(doc, j) or _prefixed_word(doc, j):
                j += 2  # "Ahn Soo-bin", "Organisation for Economic Co-operation"
            elif joined := _hyphen_joined_part(doc, j, is_name):
                j = joined  # "Mar-a-Lago", "Rostov-on-Don": one place in three parts
            elif _wrapped_line(doc, j) and j + 1 < len(doc) and is_name[j + 1]:
                j += 1  # "Sergey⏎Lavrov": a name broken by a hard line break in prose
            elif _body_and_place_before_head(tokens, j, is_name) or _places_before_plan_head(
                    tokens, j, is_name):
                j += 1  # "the Nato-Ukraine Council": a body's council with a country; "the
                # Japan-China Joint Communique": the parties open the plan's name
            elif (
                tokens[j].text == "-"
                and _joins_name(doc, j)
                and j + 1 < len(doc)
                and (is_name[j + 1] or tokens[j + 1].lower_ in _PARTICLES)
            ):
                j += 1  # "Ben-Gvir", "al-Sisi"
            elif (tokens[j].text in _NAME_INNER_PREPOSITIONS and j + 1 < len(doc)
                  and is_name[j + 1]):
                j += 1  # "Doctors Without Borders", "Campaign Against Arms Trade"
            elif _plural_possessive_name(doc, j):
                j += 1  # "Workers' Party"
            elif _name_particle(tokens, j):
                k = j
                while k < len(doc) and (
                    _name_particle(tokens, k)
                    or tokens[k].text == "-"
                    and _joins_name(doc, k)
                ):
                    k += 1
                if k < len(doc) and (is_name[k] or _after_izafe(tokens, k)):
                    j = k + 1  # "Ursula von der Leyen", "Majlis-e-Amal"
                else:
                    break
            elif tokens[j].lower_ in _NAME_PREPOSITIONS and j + 1 < len(doc):
                k = j + 2 if tokens[j + 1].lower_ == "the" else j + 1
                after_head = tokens[j - 1].lower_ in ORG_HEADS
                if k < len(doc) and is_name[k] and (
                        tokens[j].lower_ == "of" or after_head
                        or tokens[j].lower_ == "for" and not tokens[i].is_sent_start
                        and tokens[j - 1].text not in PLACE_NAMES
                        and tokens[j - 1].ent_type_ not in {"GPE", "LOC"}) and not (
                        j - i == 1 and tokens[i].lower_ == "board"  # "Board of X": X's board
                        and _board_of_a_body(tokens, k, is_name)
                        or _names_a_person(tokens[i:j])):
                    in_org |= after_head
                    j = k + 1
                else:
                    break
            elif (tokens[j].lower_ in {"and", "&"} and j + 1 < len(doc)
                  and (is_name[j + 1] or in_org and _prefixed_word(doc, j + 2))
                  and tokens[j + 1].text not in PLACE_NAMES
                  and (in_org and tokens[j - 1].lower_ not in ORG_HEADS
                       and (not _person_opens(tokens, j + 1, is_name)
                            or _prefixed_word(doc, j + 2))
                       and (not _title_ahead(tokens, j + 1, is_name)
                            or _organisation_tagged_across(tokens, j))
                       or j - (segment := _segment_start(tokens, i, j)) <= 2
                       and (all(not t.ent_type_ for t in tokens[segment:j])
                            or tokens[j].ent_iob_ == "I")
                       and tokens[j - 1].text not in PLACE_NAMES
                       and _ends_with_org_head(tokens, j + 1, is_name))):
                j += 1  # "Bureau of Industry and Security", "Ethics and Anti-Corruption
                # Commission"
                if not is_name[j]:
                    j += 3  # "Security and Co-operation": the tagger took "Co" for a noun
            elif in_org and _portfolio_list_after(tokens, j, is_name):
                j = _portfolio_list_after(tokens, j, is_name)  # "Ministry of Industry,
                # Trade and Tourism": one ministry of three portfolios
            elif (in_org and tokens[j].lower_ == "in" and j + 1 < len(doc)
                  and tokens[j + 1].text in REGIONS
                  and any(t.lower_ in {"on", "for"} for t in tokens[i:j])
                  and any(t.lower_ in {"and", "&"} for t in tokens[i:j])):
                j += 2  # "Organisation for Security and Co-operation in Europe": a body
                # named for a continent's affairs
            elif place_end := _place_before_acronym(tokens, j, is_name):
                j = place_end  # "the Mission for the Referendum in Western Sahara (MINURSO)": the
                # acronym names it all
            elif (in_org and tokens[j].lower_ == "in" and j + 2 < len(doc)
                  and tokens[j + 1].lower_ == "the" and is_name[j + 2]
                  and any(t.lower_ in {"on", "for"} for t in tokens[i:j])):
                k = j + 2
                while k < len(doc) and is_name[k]:
                    k += 1
                if canonical_place(span_text(doc, j + 2, k)) not in COUNTRY_NAMES:
                    break
                j = k  # "Committee on Foreign Investment in the United States"
            else:
                break
        if j < len(doc) and tokens[j].lower_ == "party" and tokens[j].text.islower():
            j += 1  # "Servant of the People party"
        elif j < len(doc) and tokens[j].is_title and tokens[j].lower_ in CLUB_WORDS:
            j += 1  # "Dunmore Athletic": the tagger took "Athletic" for an adjective
        # split runs at job titles: "Office Head Andriy Yermak"
        cursor = i
        org_name = tokens[j - 1].lower_ in ORG_HEADS or in_org or _general_staff(tokens, j - 2) or (
            j - i >= 2 and tokens[j - 1].lower_ in NAMED_PLAN_HEADS)  # "Strategic Defense
        # Agreement": a plan's name, whose title words are adjectives
        for k in range(i, _office_of_a_title(tokens, i, j)):
            if k < cursor:
                continue  # the words of a title already passed: "Chief [of Staff]"
            if _general_staff(tokens, k):
                continue  # "the General Staff": the army's body, "General" no rank
            if org_name and (tokens[k].lower_ in _TITLE_ADJECTIVES
                             and not _ends_title_before_of(tokens, i, k, j)
                             or k == i and tokens[k].lower_ in _ROYAL
                             or k + 2 < j and tokens[k + 1].lower_ == "general"
                             and tokens[k + 2].text in POSSESSIVE_MARKS):
                continue  # "General Intelligence Service", "King Faisal University",
                # "Prosecutor General's Office"
            if (org_name and k + 2 < j and tokens[k + 1].text in POSSESSIVE_MARKS
                    and tokens[k + 2].lower_ in ORG_HEADS):
                continue  # "the Specialized Anti-Corruption Prosecutor's Office"
            if (k > cursor and tokens[k].lower_ in PLACE_HEADS and tokens[k].is_title
                    and is_name[k - 1] and tokens[k - 1].lower_ not in _TITLE_WORDS):
                continue  # "Ogun State Governor X": the state is the place's name
            if org_name and k >= i + 2 and tokens[k].lower_ in POLICY_AREAS and (
                    tokens[k - 1].text in {",", "and", "&"}
                    and tokens[k - 2].lower_ in POLICY_AREAS):
                continue  # "Committee on Civil Liberties, Justice and Home Affairs": an area
            if (org_name and k > i and tokens[k - 1].lower_ in _NAME_PREPOSITIONS
                    and tokens[k].lower_ in _TITLE_WORDS and tokens[k - 2].lower_ in ORG_HEADS):
                continue  # "Department of Justice", "Ministry of Justice": the body's
                # portfolio, no title of a person
            if (tokens[k].lower_ in _TITLE_WORDS or tokens[k].lower_ in HONORIFICS
                    or _ABBREVIATED_PLURAL.fullmatch(tokens[k].text)
                    and tokens[k].lower_[:-1] in _TITLE_WORDS  # "Liberty Party [MPs]"
                    # a plural title opening a run: "[Speakers] of the National Assembly"
                    or k == i and k + 1 < j and tokens[k + 1].lower_ == "of"
                    and _title_word(tokens[k].lower_)
                    or tokens[k].lower_.rstrip(".") in _RANKS
                    and (k == i or bool(tokens[k - 1].whitespace_))):  # not "Sharm el-Sheikh"
                end = k - 1 if k - 1 > cursor and tokens[k - 1].lower_ == "press" else k
                if end > cursor and not _title_qualifiers(tokens, cursor, end):
                    runs.append((cursor, end))  # not "Senior Presidential [Spokesperson]";
                    # "Kremlin [Press Secretary]": the press is the title's
                cursor = k + 1
                if (cursor + 1 < j and tokens[cursor].lower_ == "of"
                        and tokens[cursor + 1].lower_ in _TITLE_UNITS):
                    cursor += 2  # "Chief of Staff Kang Hoon-sik": the unit is the title's
                elif (cursor + 1 < j and tokens[cursor].lower_ == "of" and not org_name
                      and (tokens[cursor + 1].lower_ in PORTFOLIOS
                           or cursor + 2 < j and tokens[cursor + 1].lower_ == "the"
                           and tokens[cursor + 2].lower_ in PORTFOLIOS)):
                    # "Secretary of the [Treasury Scott Bessent]", "Minister of [Economy
                    # Oleksii Sobolev]": the portfolio's words, then the holder
                    cursor += 2 if tokens[cursor + 1].lower_ == "the" else 1
                if org_name:
                    while cursor + 1 < j and tokens[cursor].lower_ in {"of", "the"}:
                        cursor += 1  # "Chief of the [General Staff of the Armed Forces]":
                        # the body the title heads
                if (tokens[k].lower_ in _PLACE_OFFICIALS and cursor + 1 < j
                        and tokens[cursor].lower_ == "of"):
                    cursor += 1  # "Governor of Parvan": Parvan, the place governed
        if j > cursor:
            if cursor == i and (_all_opens(tokens, i, j) or _demonym_opens(tokens, i, j)
                                or _demonym_cut(tokens, i)):
                cursor -= 1
            elif cursor == i and _region_adjective_opens(tokens, i, j, is_name):
                cursor -= 2  # "the [Asian and] Oceanian Affairs Bureau"
            holder = _holder_after_body(tokens, cursor, j) if cursor > i else None
            if holder is not None:
                runs.append((cursor, holder))  # "Director of the [General Office of the CPC
                cursor = holder  # Central Committee] [Fang Qi]"
            runs.append((cursor, j))
        i = j
    return _areas_before_a_committee(tokens, runs)


#: Bodies named for a list of policy areas before them: "the Innovation, Data, and Commerce
#: Subcommittee".
_AREA_BODIES = {"committee", "subcommittee"}
_LIST_JOINTS = ([","], [",", "and"], ["and"], [",", "&"], ["&"])


def _areas_before_a_committee(tokens: list[Token], runs: list[tuple[int, int]]
                              ) -> list[tuple[int, int]]:
    """Runs joined into the committee named for them: "[Environment], [Manufacturing], and
    [Critical Materials Subcommittee]" is one subcommittee, its areas no bodies of their
    own (not "Environment and Education officials": no committee ends the list)."""
    joined: list[tuple[int, int]] = []
    for start, end in reversed(runs):
        if joined and tokens[joined[-1][1] - 1].lower_ in _AREA_BODIES and all(
                t.lower_ in POLICY_AREAS or t.lower_ in {"and", "&"} for t in tokens[start:end]
        ) and [t.lower_ for t in tokens[end:joined[-1][0]]] in _LIST_JOINTS and (
                tokens[joined[-1][0]].lower_ in POLICY_AREAS):
            joined[-1] = (start, joined[-1][1])
        else:
            joined.append((start, end))
    return joined[::-1]


#: Adjectives of an office that a title's words open with: "Senior Presidential Spokesperson".
_OFFICE_ADJECTIVES = {"presidential", "ministerial", "parliamentary", "royal", "papal",
                      "vice-presidential", "national", "federal"}


def _title_qualifiers(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the capitalised words before a title only qualify it: "Senior Presidential
    [Spokesperson]", "Acting [Director]"."""
    return all(t.lower_ in _TITLE_QUALIFIERS or t.lower_ in _OFFICE_ADJECTIVES
               for t in tokens[start:end])


def _general_staff(tokens: list[Token], k: int) -> bool:
    """ "the General Staff": an army's command, whose "General" is no rank."""
    return (k >= 0 and k + 1 < len(tokens) and tokens[k].text == "General"
            and tokens[k + 1].text == "Staff")


def _holder_after_body(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the holder's name begins in capitalised words after a title that are a body's
    name then its holder's: "Director of the [General Office of the CPC Central Committee]
    [Fang Qi]", "Secretary of the [National Security Council of Ruritania] [Ana Roe]". The
    holder's name is two or three words of a person's name's shape after the body's word
    (and its country); None where the words after the body's word are no such name."""
    # ("Chief of the [General Staff] [Ana Roe]": the army's command, named for no head word)
    heads = [k for k in range(start, end - 2)
             if tokens[k].lower_ in ORG_HEADS or _general_staff(tokens, k - 1)]
    if not heads:
        return None
    k = heads[-1] + 1
    if tokens[k].lower_ == "of":  # "Council of [the] Ruritania": the body's country
        first = k + 1 + (tokens[k + 1].lower_ == "the")
        k = next((m for m in range(first + 1, min(first + 4, end))
                  if canonical_place(span_text(tokens[0].doc, first, m)) in PLACE_NAMES), end)
    words = tokens[k:end]
    if not 2 <= len(words) <= 3 or any(
            t.lower_ in ORG_HEADS or t.lower_ in COMPANY_WORDS or t.lower_ in _TITLE_WORDS
            or t.text in PLACE_NAMES or t.text in DEMONYMS or not t.is_title for t in words):
        return None
    if person_name_shape([t.text for t in words]) < 1 and words[0].ent_type_ != "PERSON":
        return None
    return k


#: Heads of the names of a country's regions, whose governors' names follow them.
_REGION_HEADS = {"state", "province", "county", "region", "district", "governorate",
                 "prefecture", "oblast"}


def _holder_after_region(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's name begins after a region's name run into it: "Governor of [Ondara
    State] [Amara Obi]", "Kisumu County Ruth Achieng said" (two or three words of a
    person's name's shape after the region's head word)."""
    k = next((k for k in range(end - 3, start, -1) if tokens[k].lower_ in _REGION_HEADS
              and tokens[k].is_title), None)
    if k is None:
        return None
    words = span_text(tokens[0].doc, k + 1, end).split()
    if not 2 <= len(words) <= 3 or any(
            not w[:1].isupper() or w.lower() in _PERSON_TITLES or w.lower() in ORG_HEADS
            or w.lower() in COMPANY_WORDS or w in PLACE_NAMES or w in DEMONYMS for w in words):
        return None
    shape = person_name_shape(words)
    return k + 1 if shape >= 0.75 or is_given_name(words[0]) and shape > 0 else None


def _person_after_head(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's full name begins right after a body's head word in one name the
    tagger read as a body's ("Maoist Center Pushpa Kamal Dahal"): three or four words of a
    person's name's shape, a known given name first; None otherwise ("Carter Center")."""
    for holder in range(max(start + 2, end - 4), end - 2):
        words = tokens[holder:end]
        if tokens[holder - 1].lower_ not in ORG_HEADS or not tokens[holder - 1].is_title:
            continue
        if any(t.lower_ in ORG_HEADS or t.lower_ in COMPANY_WORDS or t.text in PLACE_NAMES
               or t.text in DEMONYMS or not t.is_title for t in words):
            continue
        if is_given_name(words[0].text) and person_name_shape([t.text for t in words]) >= 1:
            return holder
    return None


def _officer_after_body(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's name begins after a body's name run into it, the body written after
    a title and "of": "Governor of the [Bank of Ostria] [Anna Berg]", "President of the
    [Ostrian Football Federation] [Tomas Lind]" (the body names one of its head words; the
    last two or three words have a person's name's shape, a known given name first)."""
    k = start - 1
    if k >= 0 and tokens[k].lower_ == "the":
        k -= 1
    elif k >= 2 and tokens[k].text in POSSESSIVE_MARKS and is_country_or_state(tokens[k - 1].text):
        k -= 2  # "Secretary of Ukraine's [Security Council] [Ana Roe]"
    if k < 1 or tokens[k].lower_ != "of" or tokens[k - 1].lower_ not in _TITLE_WORDS:
        return None
    # "chairman of the [Maoist Center] [Kamal Prasad Dahal]": the name right after the body's
    # last head word, three words long, before a shorter piece of it
    sizes = sorted((2, 3), key=lambda size: not (
        end - size - 1 >= start and tokens[end - size - 1].lower_ in ORG_HEADS))
    for size in sizes:
        holder = end - size
        if holder - start < 1:
            break
        words = [t.text for t in tokens[holder:end]]
        if any(not w[:1].isupper() or w.lower() in _PERSON_TITLES or w.lower() in ORG_HEADS
               or w.lower() in COMPANY_WORDS or w in PLACE_NAMES or w in DEMONYMS
               for w in words):
            continue
        if not any(t.is_title and (t.lower_ in ORG_HEADS or t.lower_ in COMPANY_WORDS)
                   for t in tokens[start:holder]):
            continue
        if is_given_name(words[0]) and person_name_shape(words) >= 0.75:
            return holder
        if size == 2 and is_given_name(words[0]) and _body_ends_before(tokens, holder):
            return holder  # "Secretary of the Security Council [Oleg Darnyk]": the body's
            # name ends at its head word (or "of" and its country), a given name after it
    return None


def _body_ends_before(tokens: list[Token], holder: int) -> bool:
    """Whether a body's name ends right before token ``holder``: at a capitalised head word
    ("… Council", "… Office") or at "of" and one capitalised word, its place ("… Council of
    Ukraine", "Bank of Ostria")."""
    last = tokens[holder - 1]
    return last.is_title and (last.lower_ in ORG_HEADS or holder >= 2 and (
        tokens[holder - 2].lower_ == "of"))


#: Adjectives of rank inside a title: "High Commissioner", "Chief Rabbi".
_RANK_ADJECTIVES = {"high", "chief", "grand", "supreme"}


def _policy_area_end(tokens: list[Token], k: int, is_name: list[bool]) -> int:
    """Where a policy area of up to three capitalised words from token ``k`` ends ("Trade",
    "Food Safety", "Rural Affairs"), or 0 if no area starts there."""
    end = k
    while end < min(k + 3, len(tokens)) and (is_name[end] or tokens[end].is_title) and (
            tokens[end].lower_ in POLICY_AREAS):  # ("Fisheries" may be tagged a plural noun)
        end += 1
    return end if end > k else 0


def _portfolio_list_after(tokens: list[Token], j: int, is_name: list[bool]) -> int:
    """Where a list of policy areas that goes on from the portfolio before token ``j`` (a
    comma) ends after its "and" ("of Industry, Trade and Tourism", "on Environment, Climate
    and Food Safety"), or 0 if none does: every item is made of policy-area words, so no
    list of bodies, places or people is joined into one name."""
    if not (tokens[j].text == "," and tokens[j - 1].lower_ in POLICY_AREAS):
        return 0
    k = j
    while k + 2 < len(tokens) and tokens[k].text == "," and (
            item_end := _policy_area_end(tokens, k + 1, is_name)):
        k = item_end
        if k + 2 < len(tokens) and tokens[k].lower_ in {"and", "&"} and (
                pair_end := _policy_area_end(tokens, k + 1, is_name)) and (
                pair_end + 2 < len(tokens) and tokens[pair_end].text == ","
                and _policy_area_end(tokens, pair_end + 1 + (
                    tokens[pair_end + 1].lower_ in {"and", "&"}), is_name)):
            k = pair_end  # "on Labor, Health and Human Services, Education, and Related
            # Agencies": an item of two areas, the list going on after it
    if k > j and k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower_ in {
            "and", "&"}:
        k += 1  # "of Information, Communication, and Digital Economy"
    if not (k > j and k + 1 < len(tokens) and tokens[k].lower_ in {"and", "&"}):
        return 0
    end = _policy_area_end(tokens, k + 1, is_name)
    if not end or end < len(tokens) and is_name[end]:
        return 0  # "Trade and Tourism Minister": a title, whose words are not the name's
    return end


def _ends_title_before_of(tokens: list[Token], start: int, k: int, end: int) -> bool:
    """Whether token ``k`` (a word such as "General", "Executive") closes a title of two
    words before "of" and the body: "Director General of the [Health Agency]", "Chief
    Executive of [Velora Group]", "Director-General of …", not the body's first word
    ("Executive Council of X")."""
    before = k - 2 if k - 2 >= start and tokens[k - 1].text in {"-", "–"} else k - 1
    return (start <= before and k + 2 < end and tokens[k + 1].lower_ == "of"
            and tokens[before].lower_ in _TITLE_WORDS)


def _office_of_a_title(tokens: list[Token], start: int, end: int) -> int:
    """Where the words that can be split at job titles end: before the title that closes
    "the Office of the President", "the Office of the High Commissioner" (the office is the
    holder's, and the title is its name's last words, not a person's title)."""
    for k in range(start + 1, end - 2):
        if (tokens[k].lower_ == "of" and tokens[k - 1].lower_ in ORG_HEADS
                and tokens[k + 1].lower_ == "the"
                and tokens[end - 1].lower_ in _TITLE_WORDS
                and all(t.lower_ in _TITLE_WORDS or t.lower_ in _TITLE_ADJECTIVES
                        or t.lower_ in _RANK_ADJECTIVES for t in tokens[k + 2 : end])):
            return k + 2
    return end


def _demonym_opens(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a demonym before an institution's capitalised name says whose it is: "the
    Vietnamese Foreign Ministry", "the Vietnamese Ministry of Foreign Affairs" are
    Vietnam's, not any foreign ministry (a company's name is its own: "German Lufthansa
    Group" is "Lufthansa Group")."""
    return (start > 0 and tokens[start - 1].text in DEMONYMS and tokens[start].is_title
            and (any(t.lower_ in _INSTITUTIONS for t in tokens[start:end])
                 or _demonym_in_body_name(tokens, start, end)))


def _demonym_cut(tokens: list[Token], start: int) -> bool:
    """Whether a name opens with the second word of a demonym of two ("[South] Korean",
    "[Sri] Lankan"), whose first word the tagger read as an adjective of its own."""
    return (start > 0 and tokens[start - 1].is_title and tokens[start].is_title
            and f"{tokens[start - 1].text} {tokens[start].text}" in DEMONYMS)


#: Adjectives that open the names of parties of a family, written before "Democrat(s)" or
#: "Republican(s)": "Liberal Democrats", "Christian Democrat", "Free Democrats".
_PARTY_FAMILIES = {"liberal", "social", "christian", "free", "radical", "progressive",
                   "national", "popular"}


def _after_party_family(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a party member's word ("Democrat", "Republicans") after a
    capitalised adjective of a party family: "Liberal Democrat leader X", "a Christian
    Democrat", which are no members of the US party."""
    return (tokens[k].text in PARTY_ALIASES and k > 0 and tokens[k - 1].is_title
            and tokens[k - 1].lower_ in _PARTY_FAMILIES)


def _names_the_party(member: Token) -> bool:
    """Whether a party member's word names the party ("Liberal Democrat leader X", "the
    Free Democrats"), not one member ("X, a Christian Democrat who ...")."""
    return member.text.endswith("s") or member.dep_ in {"compound", "amod"}


def _demonym_in_body_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the tagger read a demonym as the first word of a body's name ending in a
    body's head word: "the Kurdish-led [Syrian] Democratic Forces", "the [Lebanese] Armed
    Forces" (a company's kind keeps its name its own: "German Lufthansa Group")."""
    demonym, head = tokens[start - 1], tokens[end - 1]
    return (demonym.ent_iob_ == "B" and demonym.ent_type_ == "ORG"
            and all(t.ent_iob_ == "I" for t in tokens[start:end])
            and head.lower_ in ORG_HEADS and head.lower_ not in COMPANY_WORDS)


def _region_adjective_opens(tokens: list[Token], start: int, end: int,
                            is_name: list[bool]) -> bool:
    """Whether a region's adjective and "and" open a body's name that the tagger began
    after them: "the Asian and Oceanian Affairs Bureau", "the European and Eurasian Affairs
    Bureau"; not a country's ("the Russian and Chinese foreign ministries" are two)."""
    if start < 2 or tokens[end - 1].lower_ not in ORG_HEADS or tokens[start - 1].lower_ != "and":
        return False
    adjective = tokens[start - 2]
    return (adjective.is_title and adjective.is_alpha and not is_name[start - 2]
            and adjective.pos_ == "ADJ" and country_of(adjective.text) not in COUNTRIES
            and (start < 3 or tokens[start - 3].lower_ in {"the", "of", "for", "at", "in"}))


def _all_opens(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a capitalised "All" before an organisation's name is its first word: "the
    All India Drug Action Forum", "All Progressives Congress", but not "All European Union
    leaders" (a noun after it: the name describes them) nor "All Nordic parties"."""
    return (start > 0 and tokens[start - 1].text == "All" and tokens[end - 1].lower_ in ORG_HEADS
            and tokens[start].text not in DEMONYMS
            and not (end < len(tokens) and tokens[end].pos_ == "NOUN"))


_LOWER_ORG_HEADS = {"administration", "government", "party"}


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a name over words that belong to it.

    "Trump administration", "Servant of the People party": a lower-case
    organisation word the name modifies, and "Capitalised of the Name".
    """
    tokens = doc_tokens(doc)
    if (
        end < len(doc)
        and tokens[end].lower_ in _LOWER_ORG_HEADS
        and tokens[end].text.islower()
        and tokens[end - 1].dep_ == "compound"
        and tokens[end - 1].head.i == end
    ):
        end += 1
    k = start
    if k > 0 and tokens[k - 1].lower_ == "the":
        k -= 1
    if (
        k >= 2
        and tokens[k - 1].lower_ == "of"
        and tokens[k - 2].is_title
        and not tokens[k - 2].is_sent_start
        and tokens[k - 2].is_alpha
        and tokens[k - 2].lower_ not in _PERSON_TITLES  # "the Emir of Qatar": Qatar
        and tokens[k - 2].lower_ not in GENERIC_HEADS  # "the Board of X" is X's, not a name
        # a word ending a longer name is not a name's start: "Annelies Vroom of X"
        and not (k >= 3 and tokens[k - 3].tag_ == "NNP" and tokens[k - 3].is_title)
        # the end of a person's tagged name: "Annelies Kroon of Leiden University"
        and not (tokens[k - 2].ent_type_ == "PERSON" and tokens[k - 2].ent_iob_ == "I")
        and tokens[k - 2].ent_type_ not in _NOT_NAMES
    ):
        start = k - 2
    return start, end


#: The most words a masthead in capitals has on its line: "THE HARBOUR EVENING LEDGER".
_MASTHEAD_WORDS = 4


def _masthead(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole of a masthead in capitals alone on its line, where the tagger read a body's
    name in part of it: "[UPSTREAM] LEDGER", "THE [HARBOUR] TIMES" (no determiner)."""
    tokens = doc_tokens(doc)
    s, e = start, end
    while s > 0 and tokens[s - 1].is_upper and tokens[s - 1].is_alpha:
        s -= 1
    while e < len(doc) and tokens[e].is_upper and tokens[e].is_alpha:
        e += 1
    alone = (s == 0 or "\n" in tokens[s - 1].text) and (
        e == len(doc) or "\n" in tokens[e].text)
    if s < e and tokens[s].lower_ == "the":
        s += 1
    if not alone or (s, e) == (start, end) or e - s > _MASTHEAD_WORDS or not all(
            tokens[k].is_upper for k in range(start, end)):
        return start, end
    return s, e


@once_per_doc
def _is_portfolio(doc: Doc, start: int, end: int) -> bool:
    """A ministry's subject in a job title, not a name.

    "(Russian) Energy Minister", "Secretary of State", "Minister of Foreign Affairs".
    """
    tokens = doc_tokens(doc)
    first = tokens[start].lower_
    if any(t.ent_type_ == "PERSON" for t in tokens[start:end]) or person_name_shape(
            [t.text for t in tokens[max(start, end - 3):end]]) >= 1:
        return False  # "Secretary of State Marcus Delaney"
    first_start = start
    while start > max(first_start - 4, 0) and (
            tokens[start - 1].is_title and (tokens[start - 1].lower_ not in _TITLE_WORDS
                                            or tokens[start - 1].lower_ in _TITLE_ADJECTIVES)
            or tokens[start - 1].lower_ in PORTFOLIOS
            or tokens[start - 1].lower_ in {"and", "&"}
            or tokens[start - 1].text == "," and start >= 2 and tokens[start - 2].is_title):
        # "Secretary of Foreign [Affairs]", "for Terrorism and [Financial ...]", "Minister
        # of Innovation, [Science] and [Industry]"
        start -= 1
    if start >= 2 and (tokens[start - 1].lower_ in {"of", "for"} or tokens[start - 1].lower_ == "on"
                       and tokens[start - 2].is_title) and _title_phrase_before(tokens, start - 1):
        # "Special Envoy on [Foreign Investment]" too (a formal title, in capitals: not "the
        # president on Truth Social")
        if _company_officer_before(tokens, start - 1):
            return False  # "chief executive of [Nordvik Energy]": a company's officer holds no
            # portfolio; the words after "of" name the company
        return first in PORTFOLIOS or tokens[start].lower_ in PORTFOLIOS or (
            # "Minister of National Economy and Finance": portfolios, no body's name
            any(t.lower_ in PORTFOLIOS for t in tokens[start:end])
            and tokens[end - 1].lower_ not in ORG_HEADS | GENERIC_HEADS) or (
            tokens[start - 1].lower_ in {"for", "on"} and canonical_place(
                span_text(doc, start, end)) not in PLACE_NAMES
            and tokens[start].ent_type_ not in {"GPE", "LOC"}  # "Envoy for Western Sahara"
            # "a spokesman for Halden Holdings": a spokesperson speaks for a body, never
            # holds a portfolio
            and tokens[start - 2].lower_ not in _SPOKESPEOPLE)
    if _before_cabinet_title(tokens, end):
        return True
    if end - start != 1 or end >= len(doc) or tokens[end].lower_ not in _TITLE_WORDS:
        return False
    if tokens[end].lower_ in _MEMBER_TITLES - {"deputy"}:
        return False  # "Labour MP", "Likud lawmaker": a member holds a seat, no portfolio
        # ("Finance Deputy Minister" holds one)
    if _a_leader_s_title(tokens, end):
        return False  # "Labour leader X", "the Labor deputy leader": a party's, no portfolio
    before = tokens[start - 1] if start > 0 else None
    return (
        first in PORTFOLIOS
        or before is not None
        and (before.text in DEMONYMS or canonical_place(before.text) in PLACE_NAMES)
    )


def _a_leader_s_title(tokens: list[Token], k: int) -> bool:
    """Whether the title at ``k`` is a leader's ("leader", "deputy leader"), which a party
    or group has: no minister is styled so after a portfolio."""
    if tokens[k].lower_ == "deputy" and k + 1 < len(tokens):
        k += 1
    return tokens[k].lower_ in {"leader", "leaders"}


#: The last word of the titles only a company's officers hold: "chief executive",
#: "chief operating officer", "chairwoman", "managing director".
_COMPANY_TITLE_ENDS = {"executive", "officer", "ceo", "cfo", "coo", "cto", "chairman",
                       "chairwoman", "chairperson", "founder", "co-founder", "cofounder"}


def _company_officer_before(tokens: list[Token], of: int) -> bool:
    """Whether the title before the "of" at ``of`` is a company officer's ("chief executive
    of", "the chairwoman of", "managing director of"), which a government never styles a
    minister with."""
    word = tokens[of - 1].lower_
    return word in _COMPANY_TITLE_ENDS or word == "director" and tokens[of - 2].lower_ in {
        "managing", "executive", "non-executive"}


def _before_cabinet_title(tokens: list[Token], end: int) -> bool:
    """Whether a name ends the portfolio of a title styled "Cabinet Secretary": "Interior
    Cabinet Secretary X", "the Trade and Industry Cabinet Secretary" name a ministry's
    subject, no body ("Cabinet Secretary" alone is the title; a "War Cabinet member" is
    one of a body)."""
    k = end - 1 if tokens[end - 1].lower_ == "cabinet" else end  # the name's own last word
    while k < len(tokens) and (tokens[k].is_title or tokens[k].lower_ in {"and", "&"}) and (
            tokens[k].lower_ != "cabinet"):
        k += 1
    return (k + 1 < len(tokens) and tokens[k].lower_ == "cabinet" and tokens[k].is_title
            and tokens[k + 1].lower_ in {"secretary", "secretaries"}
            and tokens[end - 1].lower_ not in {"and", "&"})


#: The words of the armed services a secretary heads, after "Secretary of the": "Secretary
#: of the Army [Dan Roe]", "Secretary of the Air Force [Ana Poe]" (the tagger runs them into
#: the name).
_ARMED_SERVICES = {word for service in ARMED_SERVICES for word in service}


def _name_after_portfolio(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a person's name begins in a run of capitalised words that opens with a
    title's portfolio: "(Commissioner for) Energy [Maroš Hrubý]", the name's given name
    known, its surname after it."""
    for k in range(start + 1, end - 1):
        if tokens[k - 1].lower_ in PORTFOLIOS | _ARMED_SERVICES and is_given_name(
                tokens[k].text) and tokens[k].lower_ not in PORTFOLIOS:
            return k
    # else the shortest tail with a person's name's shape: "(Minister of) Foreign Affairs
    # [Ishaq Darwesh]", whose portfolio ends in a word of its own
    for k in range(max(start + 1, end - 4), end - 1):
        if tokens[k].lower_ not in PORTFOLIOS and person_name_shape(
                [t.text for t in tokens[k:end]]) >= 1:
            return k
    return None


def _title_phrase_before(tokens: list[Token], i: int) -> bool:
    """Whether a job title ends before token ``i``: "Secretary", "Under Secretary of the
    Treasury" (before "for Terrorism and Financial Intelligence")."""
    k = i - 1
    if k >= 3 and tokens[k].is_title and tokens[k - 1].lower_ == "the" and (
            tokens[k - 2].lower_ == "of"):
        k -= 3  # "of the Treasury"
    return k >= 0 and tokens[k].lower_ in _TITLE_WORDS


#: Words that say which level a council or board serves, not whose it is.
_SCOPES = {"regional", "national", "local", "municipal", "provincial", "federal", "central",
           "city", "county", "district", "town", "village", "parish", "state", "metropolitan",
           "borough", "executive", "general", "supreme"}


def _common_noun_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """ "Regional council", "National committee": a capitalised adjective before a lower-case
    organisation word names no organisation."""
    return (end - start >= 2 and tokens[start].lower_ in _SCOPES
            and all(t.text.islower() for t in tokens[start + 1:end])
            and tokens[end - 1].lower_ in GENERIC_HEADS)


#: Words that qualify a job title without naming a body: "Special Envoy", "Acting Head".
_TITLE_QUALIFIERS = _TITLE_ADJECTIVES | {"senior", "chief", "acting", "interim", "deputy",
                                         "vice", "high", "first", "principal", "assistant",
                                         "supreme", "allied"}
#: The units a title's holder heads or serves without them naming a body: "Head of
#: Mission", "Chief of Staff", "Head of Delegation", and the functions of any body's
#: staff: "Head of Communications", "Director of Operations".
_TITLE_UNITS = {"staff", "mission", "missions", "delegation", "protocol", "cabinet",
                "communications", "operations", "research", "policy", "strategy", "press",
                "media", "sales", "marketing", "compliance", "investigations", "programmes",
                "programs", "procurement", "logistics", "intelligence", "legal", "outreach"}


def _title_words_only(tokens: list[Token], start: int, end: int) -> bool:
    """ "Permanent Representative", "Special Envoy", "Head of Delegation", "Chief of Staff":
    a job title written in capitals names no one and no body, while "the Foreign Ministry"
    and "the Joint Chiefs of Staff" do."""
    words = [t.lower_ for t in tokens[start:end]]
    if "of" in words:  # "Head of Mission": a title, then the unit its holder serves
        k = words.index("of")
        head, unit = words[:k], [w for w in words[k + 1:] if w != "the"]
        return (bool(head) and head[-1] in _TITLE_WORDS
                and all(w in _TITLE_QUALIFIERS for w in head[:-1])
                and len(unit) == 1 and unit[0] in _TITLE_UNITS)
    if words[-3:] == ["public", "relations", "officer"] and set(words[:-3]) <= {"police"}:
        return True  # "the command's (Police) Public Relations Officer, X": a press officer
    if words[-1] == "commissioner" and "police" in words and set(words[:-1]) <= {
            "police", "state", "city", "deputy", "assistant", "acting"}:
        return True  # "The State Police Commissioner, X": the title of the command's head
    if words[-1] in _ADVISERS and len(words) >= 2 and all(
            w in PORTFOLIOS or w == "national" for w in words[:-1]):
        return True  # "National Security Advisors from Britain and France": their title (a
        # firm's name would have a name of its own before "Advisors")
    # ("Cabinet Secretaries", "Cabinet Minister": members of a cabinet, by their title)
    return (len(words) >= 2 and _title_word(words[-1]) and all(
        w in _TITLE_QUALIFIERS or w in PORTFOLIOS or w == "cabinet" for w in words[:-1]))


#: Advisers by their title in the plural, which firms' names end with too ("Kestrel Advisors").
_ADVISERS = {"advisers", "advisors"}


#: The plural of a title written as initials: "MPs", "MEPs", "CEOs".
_ABBREVIATED_PLURAL = re.compile(r"[A-Z]{2,}s")


def _membered_size(tokens: list[Token], k: int) -> bool:
    """Whether "member" at ``k`` ends a body's size, "the 15-member UN body", "a
    five-member panel": no title of the name after it."""
    return (tokens[k].lower_ in {"member", "members"} and k >= 2
            and tokens[k - 1].text in {"-", "–"} and (
                tokens[k - 2].like_num or tokens[k - 2].is_lower))


def _age_after(tokens: list[Token], end: int) -> bool:
    """Whether an age is set off after the name: "X, 68, said", "X, 41, a nurse, …" (a
    number of years a person may be old, closed by a comma)."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 2].text != ",":
        return False
    age = tokens[end + 1].text
    return age.isdigit() and 16 <= int(age) <= 110


def _leads_an_administration(doc: Doc, word: Token) -> bool:
    """Whether a one-word name is the one an administration is named after elsewhere in the
    story ("the Darr administration"): a president's surname, not a body's name (the word
    itself before "administration" is the body's, not this)."""
    if not word.is_title or word.text in PLACE_NAMES or word.text in DEMONYMS:
        return False
    return any(t.lower_ == "administration" and t.text.islower() and t.i != word.i + 1
               and t.i > 0 and doc[t.i - 1].text == word.text
               for t in tokens_with(doc, {"administration"}))


def _head_of_a_kind_before(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name of a known given name and one or two more words follows "title of" and
    a body's kind, written in lower case with no name of its own: "the head of Russia's
    sovereign wealth fund [Ana Roe]", "chief executive of the state oil company [Ana Roe]"
    (a title written before its holder's name, the body unnamed; not "the head of the
    company Emennet Pasargad", whose words are no person's)."""
    if not 2 <= end - start <= 3 or start < 3 or not is_given_name(tokens[start].text):
        return False
    if not (tokens[start - 1].lemma_ in _ORG_NOUNS and tokens[start - 1].text.islower()):
        return False
    k = start - 2
    while k > 0 and start - k <= 6 and (
            tokens[k].text.islower() and tokens[k].pos_ in {"ADJ", "NOUN", "DET"}
            and tokens[k].lower_ != "of"
            or tokens[k].text in POSSESSIVE_MARKS
            or tokens[k].is_title and is_country_or_state(tokens[k].text)):
        k -= 1
    return k > 0 and tokens[k].lower_ == "of" and tokens[k - 1].lower_ in _TITLE_WORDS and (
        tokens[k - 1].text.islower())


def _of_people_named(noun: Token) -> bool:
    """Whether ``noun`` ends "members of the X group" (or leaders, officials …): the names
    set off after it are the people's, which the parser hung on the group."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NNS" and (
        prep.head.lemma_ in _TITLE_WORDS)


def _title_word(word: str) -> bool:
    """A job title's word, or its plural: "Representative", "Representatives",
    "Secretaries"."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word in _TITLE_WORDS or word.endswith("s") and singular in _TITLE_WORDS and (
        word not in COMPANY_WORDS)  # "Energy Partners" is a firm


def _title_after_owner(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a job title begins after the body that gives it: "EU [Special Representative]",
    "UN [Special Envoy]"; None when the name does not end in one."""
    for k in range(start + 1, end - 1):
        if tokens[k - 1].lower_ in {"of", "the"}:
            continue  # "the Office of the Prime Minister": a body named for the title
        if tokens[k].lower_ in _TITLE_QUALIFIERS and tokens[end - 1].lower_ in _TITLE_WORDS and (
                _title_words_only(tokens, k, end)):
            return k  # a qualifier opens it: "Energy Partners" or "Energy Minister" are no title
    return None


def _club_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a sports club's by the word that ends or opens it: "Brenton City
    FC", "Harbury Rovers", "Real Ostava". A club word after a given name the tagger read
    as a person's is a surname ("Piet Rovers")."""
    if end - start < 2:
        return False
    first, last = tokens[start], tokens[end - 1]
    if last.lower_ in CLUB_SUFFIXES and last.text.isupper() or first.text in CLUB_OPENERS:
        return True
    return (last.lower_ in CLUB_WORDS and last.is_title
            and not (first.ent_type_ == "PERSON" and is_given_name(first.text)))


#: Words of football leagues' names: "La Liga", "Ligue 1", "Serie A", "the Bundesliga".
_LEAGUE_WORDS = {"liga", "ligue", "bundesliga", "eredivisie", "serie"}


def _league_name(in_name: list[Token]) -> bool:
    """Whether a name is a league's own, the league word opening it: "La Liga", "Serie A"
    (not a body named for it, "Lega Serie A", whose typing its own words decide)."""
    words = in_name[1:] if in_name[0].text == "La" else in_name
    return 0 < len(words) <= 2 and words[0].lower_ in _LEAGUE_WORDS and words[0].is_title


#: Verbs of a match's result, whose subject and object are its sides: "beat", "drew with".
_MATCH_VERBS = {"beat", "defeat", "thrash", "edge", "rout", "hammer", "stun", "draw", "tie",
                "overcome", "crush", "down", "lose", "outclass", "eliminate", "trounce",
                "battle", "hold", "upset", "top", "sink", "shock"}
_MATCH_PREPOSITIONS = {"with", "against", "to", "over", "by", "versus", "vs", "v"}


def _side_in_a_match(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a side in a match whose score the sentence gives: "Marlow City
    defeated [Inter Varenna] 1-0", "[Harbury] drew 1-1 with [Dunmore]" (not "Ruiz beat
    Brask in the run-off": no score, no match)."""
    if end + 2 < len(tokens) and _score(tokens, end):
        return True
    head = next((t for t in tokens[start:end] if not start <= t.head.i < end), None)
    if head is None:
        return False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in _MATCH_PREPOSITIONS:
        verb = verb.head
    elif head.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    if verb.lemma_ not in _MATCH_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    sentence = verb.sent
    return any(_score(tokens, k) for k in range(sentence.start, sentence.end - 2))


def _name_shape(span: Span, name: str, last: str) -> float:
    """How much ``span`` looks like a person's name by its given name and surname.

    Words that are general knowledge of another kind (places, demonyms, titles,
    organisation words) make it no person's name: "Washington Post", "Kenya Airways".
    """
    if (last in ORG_HEADS or last in COMPANY_WORDS or last in PLACE_HEADS
            or len(span) == 2 and span[1].text in _COMPASS and not is_given_name(span[0].text)
            or span[0].text in _TOWN_OPENERS
            or name in PLACE_NAMES or span[0].ent_type_ in _NOT_NAMES
            or _club_name(doc_tokens(span.doc), span.start, span.end)):
        return 0.0
    words = name.split()
    # a given name that is also a place's opens a person's name before a surname:
    # "Sofia Lindqvist-Tran", "Jordan Bardella" (not "Paris Saint-Germain", a venue)
    given_place = (len(words) >= 2 and words[0] in PLACE_NAMES and is_given_name(words[0])
                   and span[0].ent_type_ in {"PERSON", ""}
                   and any(is_surname(part) for part in words[-1].split("-")))
    if any(
        w in DEMONYMS or w in PLACE_NAMES and not (given_place and i == 0)
        or w.lower() in _TITLE_WORDS or w.lower() in HONORIFICS
        for i, w in enumerate(words)
    ):
        return 0.0
    return person_name_shape(words)


def _formal_state(tokens: list[Token], form: int, end: int) -> bool:
    """Whether the words after a state's form and "of" name a country: "Kingdom of
    [Thailand]", "Republic of [the Philippines]" (not "State of [the Union]")."""
    start = form + 2 + (form + 2 < end and tokens[form + 2].lower_ == "the")
    return start < end and canonical_place(span_text(tokens[0].doc, start, end)) in COUNTRY_NAMES


#: Nouns of the places where things are kept or made, named after "at", "in" or "near":
#: "nuclear sites at Natanz", "the plant in Zaporizhzhia", "an air base near Tartus".
#: Last words of the names of industrial sites, and what such a site makes or holds before
#: them: "Nuclear Power Plant", "Oil Refinery", "Hydroelectric Dam", "Gas Terminal".
_FACILITY_HEADS = {"plant", "station", "refinery", "dam", "terminal", "reactor", "mine"}
_FACILITY_KINDS = {"power", "nuclear", "oil", "gas", "coal", "hydroelectric", "hydro", "steel",
                   "chemical", "treatment", "lng", "desalination", "copper", "gold", "iron"}
_SITE_NOUNS = {"site", "sites", "facility", "facilities", "plant", "plants", "base", "bases",
               "reactor", "reactors", "camp", "camps", "complex", "installation",
               "installations", "mine", "mines", "airbase", "airfield",
               "terminal", "terminals", "refinery", "refineries", "depot", "depots"}
#: Venues named for what is held there: "Convention Centre", "Exhibition Center".
_VENUE_HEADS = {"centre", "center", "hall", "grounds"}
_VENUE_KINDS = {"convention", "conference", "exhibition", "congress", "expo", "events"}


#: Words between a site's noun and the names of sites: "sites at X", "sites such as X",
#: "sites — X, Y and Z", "facilities: X".
_SITE_LINKS = {"at", "in", "near", "such", "including", "like", "—", "–", "-", ":"}


def _site_named(tokens: list[Token], start: int) -> bool:
    """Whether a name follows a site's noun and a word that names sites, itself or as a
    later item of a list: "sites at [Natanz] and [Fordow]", "sites — Natanz, [Fordow],
    and [Isfahan]", "nuclear sites such as [Natanz]"."""
    k = start - 1
    while k >= 2 and tokens[k].lower_ in {"and", ","}:
        k -= 1
        while k >= 1 and tokens[k].is_title and tokens[k - 1].is_title:
            k -= 1  # the first words of an earlier item
        if tokens[k].is_title:
            k -= 1
    if k >= 2 and tokens[k].lower_ == "as" and tokens[k - 1].lower_ == "such":
        k -= 1
    return k >= 1 and tokens[k].lower_ in _SITE_LINKS and tokens[k - 1].lower_ in _SITE_NOUNS


def _home_of_a_name(tokens: list[Token], start: int) -> bool:
    """Whether a name is the home after "of" that follows a person's name, to which a
    "who" after both refers: "Rep. Ana Roe of [Ohio], who ..."."""
    return start >= 2 and tokens[start - 1].lower_ == "of" and tokens[start - 2].is_title and (
        tokens[start - 2].ent_type_ == "PERSON")


#: Titles held in a body, never in a person: "manager of X", "a reporter for X".
_BODY_ONLY_TITLES = {"manager", "chairman", "chairwoman", "reporter", "correspondent",
                     "employee", "spokesman", "spokeswoman", "executive", "president"}
#: Titles of the head of a body, before "of" and a country's body: "the speaker of India's
#: Lok Sabha", "the leader of Russia's Communist Party".
_HEADS_OF_A_BODY = {"speaker", "leader", "head", "chair", "chairman", "chairwoman",
                    "president", "governor", "director", "secretary", "member", "members"}
#: Titles held in a body by several people, written in the plural before "of the" and
#: the body: "the co-leaders of the Green Left", "members of the Civic Front".
_MEMBERS_OF_BODIES = {"leaders", "members", "founders", "officials", "executives",
                      "lawmakers", "activists", "supporters"}


def _served_by_title(tokens, start: int, end: int) -> bool:
    """ "Ana Roe, manager of Bradley First Air, said", "a feature reporter for Harbor Air.",
    "the co-leaders of the Green Left,": a name after a body's title and "of" or "for" (or
    after the plural of its members and "of the"), closing the phrase, names the body (not
    "spokesman for President X", whose title names a person, nor "of X's team")."""
    if start >= 3 and tokens[start - 1].lower_ == "the" and tokens[start - 2].lower_ == "of" and (
            tokens[start - 3].lower_ in _MEMBERS_OF_BODIES):
        return end >= len(tokens) or tokens[end].text in {",", ".", ";", ")"}
    if start >= 4 and tokens[start - 1].text in POSSESSIVE_MARKS and (
            tokens[start - 3].lower_ == "of" and tokens[start - 4].lower_ in _HEADS_OF_A_BODY
            and is_country_or_state(tokens[start - 2].text)):
        # "the speaker of India's Lok Sabha": a country's body, not a person of it
        return end >= len(tokens) or tokens[end].text in {",", ".", ";", ")"}
    if start < 2 or tokens[start - 1].lower_ not in {"of", "for"}:
        return False
    title = tokens[start - 2]
    if not (title.is_lower and title.lower_ in _BODY_ONLY_TITLES):
        return False
    if _region_headed(tokens, start):
        return False  # "the regional president of Lombardy": the region's head
    return end >= len(tokens) or tokens[end].text in {",", ".", ";", ")"}


#: Adjectives of a territory's own office: "the regional president of X", "the provincial
#: president of Y" head the region, which the tagger reads as a place.
_TERRITORY_OFFICES = {"regional", "provincial"}


def _region_headed(tokens, start: int) -> bool:
    """Whether the name at ``start`` follows "regional president of": a region the tagger
    took for a place (not "the regional president of the Kestrel Party", a party's officer)."""
    return (start >= 3 and tokens[start - 3].lower_ in _TERRITORY_OFFICES
            and tokens[start].ent_type_ in {"GPE", "LOC"})




#: Kinds of plan whose capitalised word ends a plan's own name, besides the laws' and
#: treaties' heads: "the Harbour Stability Plan", "the Lake Oru Framework", "the Coastal
#: Roadmap", "the Lake Oru Proposal".
_NAMED_PLAN_KINDS = {"plan", "framework", "roadmap", "proposal", "initiative", "strategy",
                     # "the Kyoto Protocol", "the European Green Deal", "the Global Compact
                     # for Migration", "the 2026 Budget"
                     "protocol", "deal", "compact", "budget",
                     "agenda"}  # "the Strategic Agenda"
#: Last words of a plan's name that some bodies' names end in too: "the Open Harbour
#: Initiative, a research group".
_BODY_LIKE_KINDS = {"initiative", "compact"}


def _named_law(words: list[Token]) -> bool:
    """ "the Foreign Agents Law", "the Basic Law": a law's title (not "Dorian Law", a man
    whose surname it is)."""
    return words[-1].text == "Law" and len(words) > 1 and not is_given_name(words[0].text) and (
        not any(t.lower_ in {"of", "for"} for t in words))  # "the School of Law"


def _named_convention(tokens: list[Token], head: Token | None, end: int) -> bool:
    """ "the Convention on Cluster Munitions", "the Geneva Conventions": a treaty (not "the
    Democratic National Convention", a party's gathering)."""
    return head is not None and head.lower_ == "convention" or tokens[end - 1].text == (
        "Conventions")


def _initiative_as_body(tokens: list[Token], start: int, end: int) -> bool:
    """ "the Open Harbour Initiative, a research group, said": an "Initiative" that speaks or
    is described as a body is one (a policy named "Initiative" is launched, backed, followed)."""
    if tokens[end - 1].lower_ not in _BODY_LIKE_KINDS:
        return False
    head = tokens[end - 1]
    if head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS:
        return True
    return end + 1 < len(tokens) and tokens[end].text == "," and (
        tokens[end + 1].lower_ in {"a", "an"})


def _named_appeal(words: list[Token]) -> bool:
    """ "the Kestria Flood Appeal", "the UN Flash Appeal": an aid appeal, a plan donors back
    (not "the Court of Appeal", a court)."""
    return words[-1].lower_ == "appeal" and not any(t.lower_ in {"of", "court"} for t in words)


def _state_or_province(name: str) -> bool:
    """Whether ``name`` is a federal country's state or province ("Tasmania", "Karnataka",
    "Kwara State"), not a name people have ("Victoria" alone is not weighed)."""
    bare = name.removesuffix(" State")
    return bare in STATES_AND_PROVINCES and (
        bare != name or " " in bare or not (is_given_name(bare) or is_surname(bare)))


def _cues(doc: Doc, start: int, end: int, votes: Counter[str]) -> None:
    tokens = doc_tokens(doc)
    # Span() itself: ``doc[start:end]`` first normalises the slice in Python, most of the
    # time it takes (start and end are a name's, inside the Doc)
    span = Span(doc, start, end)
    in_name = tokens[start:end]  # iterating ``span`` would make new Tokens each time
    text = span_text(doc, start, end)
    name = strip_name(text, "Place")
    last = tokens[end - 1].lower_.rstrip(".")  # "Acme Mining Corp."
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(doc) else None
    if name in PLACE_NAMES or canonical_place(text) in PLACE_NAMES:
        votes["Place"] += 4
    elif text.removeprefix("the ") in PARTY_PLURALS:
        votes["Organization"] += 4  # "the Republicans, including X,": the party, no person
    elif " " in name and name in US_STATES:
        votes["Place"] += 4  # "South Carolina", whose last word is also a given name
    elif name in US_STATES:
        votes["Place"] += 2  # "Pennsylvania" ("Virginia" may be a given name)
    elif _state_or_province(name):
        votes["Place"] += 4 if " " in name else 2  # "Tasmania", "Sinaloa", "Kwara State"
    # the word before a preposition heads the name: "Council of State", "Bay of Bengal"
    head = next((t for t, nxt in zip(in_name, in_name[1:], strict=False)
                 if t.is_title and (nxt.lower_ in _NAME_PREPOSITIONS
                                    or nxt.lower_ == "in"
                                    and t.lower_ in _HEADS_BEFORE_A_PLACE)), None)
    # "Interim Force in Lebanon": a body's head word before the place it works in; not
    # before a body's own last word ("State of Law Coalition", an alliance named for a state)
    if head is not None and not (last in PARTY_WORDS and tokens[end - 1].is_title):
        last = head.lower_
        if last in STATE_FORMS and _formal_state(tokens, head.i, end):
            votes["Place"] += 6  # "the Kingdom of Thailand", "the Sultanate of Oman"
    if (last in NAMED_PLAN_HEADS or last in _NAMED_PLAN_KINDS or _named_appeal(in_name)
            or _named_convention(tokens, head, end) or _named_law(in_name)) and len(
            span) > 1 and (
            head or tokens[end - 1]).is_title and not _initiative_as_body(tokens, start, end):
        votes["Plan"] += 5  # "the Inflation Reduction Act", "the Harbour Stability Plan"
    elif (last in ORG_HEADS or (after is not None and after.lower_ in {"party"})
          or _general_staff(tokens, end - 2)) and (
            name not in PLACE_NAMES):  # "the West Bank" is a place
        votes["Organization"] += 3  # (and "the General Staff said", no general's name)
    elif last in PLACE_HEADS and len(span) > 1 and (head or tokens[end - 1]).is_title:
        votes["Place"] += 2  # "Red Sea", "Spratly Islands", "Ogun State"
    elif last in _FACILITY_HEADS and len(span) > 1 and tokens[end - 1].is_title and (
            tokens[end - 2].lower_ in _FACILITY_KINDS):
        votes["Place"] += 3  # "the Zaporizhzhia Nuclear Power Plant", "the Ras Tanura Oil
        # Refinery": a site, named for what it does there (not "Tesla Motors Plant"'s owner)
    elif (last in COMPANY_WORDS or tokens[end - 1].text in _PERIODICALS) and len(span) > 1 and (
            tokens[end - 1].is_title) and name not in PLACE_NAMES:
        votes["Organization"] += 3  # "Tata Ridge Motors", "Latitude Tech Daily"
    elif len(in_name) > 1 and in_name[0].lower_ in FIRM_WORDS_FIRST and in_name[0].is_title and (
            in_name[1].is_title):
        votes["Organization"] += 3  # "Minera Altavista", "Banco Sur": the kind written first
    if last not in PLACE_HEADS and any(
            t.text == _IZAFE and 0 < k < len(in_name) - 1 and in_name[k - 1].text == "-"
            and in_name[k + 1].text == "-" for k, t in enumerate(in_name)):
        votes["Organization"] += 4  # "Bangladesh Jamaat-e-Islami", "Tehreek-e-Insaf": a
        # party's or movement's name in Persian or Urdu (not "Dasht-e-Lut Desert")
    if last == "hill" and end - start == 2 and in_name[0].is_title and in_name[1].is_title and (
            not is_given_name(in_name[0].text) and not is_surname(in_name[0].text)):
        votes["Place"] += 3  # "Capitol Hill", "Notting Hill": a hill no person's first name
        # opens (not "Fiona Hill")
    if len(span) > 3 and _is_saint(in_name[0]) and (
            in_name[2].text in POSSESSIVE_MARKS and last in _SAINTS_SITES):
        votes["Place"] += 5  # "St Aldric's Field": the site, not the saint
    elif len(span) == 2 and in_name[0].text in {"St.", "St"} and in_name[1].is_title and (
            after is None or after.text in {",", ".", ";", ")"} or after.text[:1] in DASHES):
        votes["Place"] += 2  # "an analyst at Kell & Co., St. Louis.": a town named for a
        # saint, written with the saint's abbreviated title, closing the phrase
    if last in _CLUB_PLACE_WORDS and len(span) > 1 and after is not None and (
            after.lower_ in _CLUB_ROLES):
        votes["Organization"] += 6  # "Brenton City manager", "Dunmore Town striker": a club
    if last in _UNITS and len(span) > 1 and tokens[end - 1].is_title:
        votes["Organization"] += 3  # "Ostrian Marine Corps", "7th Rifle Division": a unit
    if _armed_members_after(tokens, end) and person_name_shape(text.split()) < 1:
        votes["Organization"] += 4  # "Liwa al Fath, Kataib al Qudra and Saraya al Nur
        # extremists", "Karwani rebels": the group whose members these are
    if _club_name(tokens, start, end):
        votes["Organization"] += 3  # "Harbury Rovers", "Brenton City FC", "Real Ostava"
    if _reporting_source(tokens, start, end) and name not in PLACE_NAMES and (
            canonical_place(text) not in PLACE_NAMES):
        votes["Organization"] += 4  # "…, Xinhua reported.": an agency (a place reports no news)
    if _league_name(in_name):
        votes["Organization"] += 3  # "La Liga", "Serie A", "the Bundesliga"
    if _side_in_a_match(tokens, start, end) and not is_country_or_state(name) and (
            person_name_shape(text.split()) < 1):
        votes["Organization"] += 5  # "Marlow City beat Varenna 1-0": clubs, though named
        # for their towns (a country's national side stays the country; "Ana Ruiz beat Tom
        # Brask 52-48" in a vote are people)
    if end - start >= 2 and tokens[start].text == "Air" and canonical_place(
            span_text(doc, start + 1, end)) in PLACE_NAMES:
        votes["Organization"] += 3  # "Air China", "Air India": an airline, not the place
    if _byline_writer(doc, start, end):
        if end - start >= 2 and last in OUTLET_MEDIA | {"wire", "press", "agency"}:
            votes["Organization"] += 3  # "By PA News": the outlet writes it
        else:
            votes["Person"] += 3  # "By Ana Roe in Kyiv and [Li Wei] in Tokyo": a writer
    if end - start >= 5 and _ends_hyphen_joined(tokens, end) and (
            last not in ORG_HEADS and last not in COMPANY_WORDS):
        votes["Place"] += 3  # "Mar-a-Lago", "Rostov-on-Don": a place's name, not a person's
    if _before_a_site(tokens, end):
        votes["Place"] += 2  # "the Villamor military airbase", "the Korlu air base"
    if after is not None and (after.lower_ in PLACE_HEADS or after.lower_ in _SETTLEMENTS) and (
            after.text.islower()) and (
            after.i + 1 >= len(doc) or after.nbor().lower_ not in {"of", "'s", "’s"}):
        votes["Place"] += 2  # "the Chocó region", "Kasese district", "the Karlsruhe area",
        # "the stronghold of Kisoro town"
    if after is not None and after.lower_ in _HOME_WORDS and after.text.islower() and (
            end + 1 >= len(doc) or tokens[end + 1].lower_ != "of"):
        votes["Place"] += 2  # "a Memphis native", "Dunmore residents" (not "native of")
    if start >= 4 and before is not None and before.lower_ == "of" and (
            tokens[start - 2].text == "," and tokens[start - 3].like_num
            and tokens[start - 4].text == "," and not any(t.is_upper for t in in_name)
            and last not in ORG_HEADS and last not in COMPANY_WORDS):
        votes["Place"] += 3  # "Dan Sullivan, 30, of Boothbay": a person's age, then home town
    if _age_after(tokens, end) and not any(t.is_upper for t in in_name) and (
            last not in ORG_HEADS and last not in COMPANY_WORDS and last not in PLACE_HEADS):
        votes["Person"] += 2  # "Gaston Mbeki, 68, a party stalwart": a person's age
    if start >= 2 and before is not None and before.lower_ == "of" and (
            tokens[start - 2].lower_ in _PLACE_NOUNS):
        votes["Place"] += 5  # "the city of El Fasher", "the port of Hodeidah"
    if _site_named(tokens, start):
        votes["Place"] += 4  # "nuclear sites at Natanz and Fordow", "a base near Tartus"
    if len(span) > 2 and last in _VENUE_HEADS and tokens[end - 2].lower_ in _VENUE_KINDS:
        votes["Place"] += 6  # "held at the Kuala Lumpur Convention Centre"
    if _place_apposition(tokens, end) or _called_a_place(span.root):
        votes["Place"] += 4  # "Tellwick, a mining town in the north", "Tellwick is a town"
    if _listed_with_place_noun(tokens, start, end):
        votes["Place"] += 4  # "the districts of Sharvan and Toli Gard", "Talak and X districts"
    if before is not None and before.text.islower() and before.lower_ in _PLACE_NOUNS and (
            start >= 2 and (tokens[start - 2].pos_ == "ADJ" or tokens[start - 2].lower_ in {
                "the", "a", "its"})):
        votes["Place"] += 3  # "the provincial capital Fayroz Koh", "the port city Avrel"
    if start >= 2 and before is not None and before.lower_ == "of" and (
            tokens[start - 2].lower_ in _DIRECTIONS) and last not in ORG_HEADS:
        votes["Place"] += 3  # "70km southwest of Marrakesh"
    if last not in ORG_HEADS and last not in COMPANY_WORDS and not text.isupper() and (
            _governed(tokens, start, end)):
        # "the governor of Parvan", "the Heyrat governor": a region, which the article may
        # name with its kind too ("Parvan Province"), so below a place's own name; above a
        # name's mere shape ("Novi Sad's mayor": no one is governed by a mayor)
        votes["Place"] += 3.5
    if (2 <= len(span) <= 3 and (in_name[0].text in _PLACE_OPENERS and in_name[0].ent_type_ != "ORG"
                                 or in_name[0].text in _TOWN_OPENERS)
            and last not in ORG_HEADS and last not in COMPANY_WORDS and last not in GENERIC_HEADS):
        votes["Place"] += 2  # "North Kivu", "Upper Kohsar" (not "North Atlantic Council"),
        # "Castel Gandolfo", "Fort Worth", "El Fasher"
    if (len(span) == 2 and in_name[1].text in _COMPASS and not is_given_name(in_name[0].text)
            and in_name[0].text not in DEMONYMS):
        votes["Place"] += 2  # "the Global South", "the Middle East" (not "Kanye West")
    if _regional_body_after(tokens, end):
        votes["Place"] += 3  # "the Oromia regional government", "the Albay provincial capitol"
    if before is not None:
        if (before.lower_ in HONORIFICS or before.lower_ + "." in HONORIFICS) and (
                not before.is_upper):  # "DR Congo"
            votes["Person"] += 5
        elif (before.lower_.rstrip(".") in _RANK_ABBREVIATIONS or before.lower_ in _DOTTED_RANKS
              ) and before.is_title:
            votes["Person"] += 3  # "Lt Gen Boonsin Padklang", "Col. Kulayigye": a rank's holder
        elif _rank_before_name(tokens, start - 1, end):
            votes["Person"] += 3  # "CSP Ada Obi", "Coun Roe": a police rank's or a
            # councillor's holder
        elif before.lower_ in _PRINCELY and before.is_title and last not in ORG_HEADS and (
                last not in COMPANY_WORDS and last not in PLACE_HEADS
                and text not in PLACE_NAMES):
            votes["Person"] += 3  # "Her Royal Highness Princess Ana Chakri", "Sheikh Karim"
        elif before.lower_ in _TITLE_WORDS and (before.lower_ not in {"vice", "general"}
                                                or _hyphened_title_before(tokens, start - 1)
                                                ) and tokens[end - 1].tag_ != "NNPS" and not (
                before.lower_ == "member" and before.is_title) and not (
                _membered_size(tokens, start - 1)) and not (
                after is not None and after.like_num) and not (
                after is not None and after.is_lower and {
                    after.lower_, after.lower_.removesuffix("s")} & _TITLE_WORDS):
            votes["Person"] += 3  # not "EU Member States", nor "Executive Order 14059", nor
            # "chief Brexit negotiator X", nor "three special AU envoys": the name of what the
            # title's holder works on, or whose they are
        elif before.text.islower() and before.pos_ == "NOUN" and (
                before.lemma_ in _OCCUPATIONS) and end - start >= 2 and (
                last not in COMPANY_WORDS and last not in ORG_HEADS and not text.isupper()):
            # "trader Mebrat Kahsay", "the farmer Hagos Gebre" (not "the trader Glencore",
            # "the miner Rio Tinto Group": one word or a firm's word is a company's name)
            votes["Person"] += 3
        elif _from_place_to_place(tokens, start, end):
            votes["Place"] += 2.5  # "the flight from Florence to Rome": a journey's two ends,
            # though the first may be a given name too
        elif before.lower_ in {"in", "near", "from", "across"} and before.dep_ == "prep":
            votes["Place"] += 1
        elif before.lower_ == "to" and before.head.lemma_ in _JOURNEYS:
            votes["Place"] += 1.5  # "flew to Dornvik on Wednesday": a place one travels to
        if (
            before.lower_ in {"by", "to"}
            and start > 1
            and tokens[start - 2].lower_ in _SOURCE_CUES
            or before.lower_ in _SOURCE_CUES
        ):
            votes["Organization"] += 1
            votes["Person"] += 0.5
    if (
        after is not None
        and after.text.startswith("-based")
        or (
            after is not None
            and after.text in {"-", "–"}
            and end + 1 < len(doc)
            and tokens[end + 1].lower_ == "based"
        )
    ):
        votes["Place"] += 3
    if (last in _BUILDINGS and len(span) > 1 and before is not None and before.lower_ == "at"
            and before.head.lemma_ in _GATHERINGS):
        votes["Place"] += 5  # "held their summit at Hyderabad House": where they met
    elif last in _BUILDINGS and len(span) > 1 and _beside(tokens, start):
        votes["Place"] += 5  # "posed in front of the Presidential Palace": the building
    if _before_country_or_state(tokens, end):
        votes["Place"] += 3  # "Pell Falls, Ore.", "VERANO, Italy"
    if _served_by_title(tokens, start, end):
        votes["Organization"] += 2.5  # "X, manager of Bradley First Air, said"
    words = [t for t in in_name if t.is_alpha]
    no_person = _no_person(tokens, start, end)
    # "told the Dewan Rakyat": its words' likeness to a person's name says nothing
    unnamed = no_person or _heads_after_the(tokens, start, end)
    if no_person:
        if in_name[0].ent_type_ == "PERSON" or any(is_given_name(t.text) or is_surname(t.text)
                                                for t in words):
            votes["Organization"] += 1.5  # "a Shin Bet official", "the Kessler Grant"
    elif not unnamed and (
        2 <= len(words) <= 3
        and len(words) == len(span)
        and all(t.is_title for t in words)
        and last not in ORG_HEADS
        and last not in COMPANY_WORDS
        and last not in PLACE_HEADS
        and name not in PLACE_NAMES
        and not any(t.text in PLACE_NAMES or t.text in DEMONYMS for t in words)
        and {t.ent_type_ for t in in_name} <= {"PERSON", "ORG", "LOC"}
        and any(is_given_name(t.text) or is_surname(t.text) for t in words
                if t.lower_ not in _NOT_ALONE)
        and words[0].text not in _TOWN_OPENERS
    ):
        votes["Person"] += 0.8  # "Natalia Arno": given name and surname
    if unnamed:
        pass  # its shape says nothing: it is used as no person's name is
    elif shape := _name_shape(span, name, last):
        votes["Person"] += 1.2 * shape
    elif len(span) == 1 and surname_by_form(in_name[0].text) and name not in PLACE_NAMES:
        votes["Person"] += 1  # "Toktogulova said"
    root = span.root
    # "oil companies Rosneft and Lukoil", "the carmaker Volkswagen"
    described = []
    for named in [root, root.head] if root.dep_ == "conj" else [root]:
        described += [named.head] if named.dep_ in {"appos", "compound"} else []
        described += [
            c for c in named.children if c.dep_ in {"appos", "compound"} and c.pos_ == "NOUN"
            and not _described_after_of_a_name(named, c)
        ]
    if root.dep_ == "nsubj" and root.head.lemma_ in _COPULAS:
        # "Calcio Ravenna became the latest Serie A club", "Tessel is a startup"
        described += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    political = before is not None and before.text.islower() and before.lower_ in POLITICAL_LABELS
    if political and len(words) >= 2 and (person_name_shape(name.split()) >= 1 or (
            in_name[0].ent_type_ == "PERSON"
            and (start < 2 or tokens[start - 2].lower_ not in {"the", "a"}))):
        votes["Person"] += 3  # "anti-Islam populist Geert Wilders": the leaning of a person
        # named in full, as of a party ("the centrist X", whose "the" a person's name lacks)
    elif root.dep_ == "compound" and root.head.lemma_ in _FIRMS and (
            name in PLACE_NAMES or is_town(name)):
        votes["Place"] += 1  # "the Pittsburgh company": where the company is, not its name
        # (but "the Newcastle club", "the Ohio party": a club or a party by its town's name)
    elif _head_of_a_kind_before(tokens, start, end):
        votes["Person"] += 3  # "the head of Russia's wealth fund [Ana Roe]": the head's name,
        # not the fund's
    elif any(d.lemma_ in _ORG_NOUNS and not _of_people_named(d) for d in described) or (
            _org_apposition(tokens, end)) or (
            before is not None and before.text.islower()
            and (before.lemma_ in _ORG_NOUNS or political)):
        votes["Organization"] += 3  # "the vaccine alliance Gavira", "the centrist X"
        if before is not None and before.lemma_ in _ORG_NOUNS and before.text.islower() and (
                before.tag_ == "NN") and root.dep_ not in {"nsubj", "nsubjpass"}:
            votes["Organization"] += 2  # "the cyber company Emennet Pasargad": its kind,
            # written right before it, outweighs a person's shape (not "the party [Ana Roe]
            # led": the subject of a clause about the kind)
    if root.dep_ == "dobj" and root.head.lemma_ in _HEADED and root.head.pos_ == "VERB":
        votes["Organization"] += 3  # "who heads Eesti Pank", "Ana Roe chairs Kell Holdings"
    if root.dep_ == "poss" and root.head.lemma_ in _OUTLET_NOUNS:
        votes["Organization"] += 2  # "Meduza's readers", "the Post's reporting"
    if _traded(tokens, start, end):
        votes["Organization"] += 2  # "shares of Hollis Brandt", "Zentrix shares fell"
    if start >= 2 and tokens[start - 1].lower_ == "based" and tokens[start - 2].text in {
            "-", "–"}:
        votes["Organization"] += 2  # "London-based Harrow Mills": a body by its seat (a
        # person is "a London-based analyst", a noun between)
    if _workplace_of_occupation(tokens, start, end):
        votes["Organization"] += 4  # "an analyst at Harwick Sachs": where one works
    if not is_given_name(in_name[0].text) and not (
            len(in_name) == 1 and is_surname(in_name[0].text)) and _says_what_it_does_as_a_firm(
            root):
        votes["Organization"] += 3.5  # "Pellam Tinto said its chairman would step down",
        # "Barkley said it had appointed X" (not "Ana Roe said it would close", nor a
        # surname alone: "Kessler said it would merge the agencies")
    if _company_officer_after(tokens, end) or _company_organ_before(tokens, start, end):
        votes["Organization"] += 3  # "Diageo's chief financial officer", "Velora's chair",
        # "the board of Harrow Mills"
    if root.dep_ in {"poss", "compound"} and root.head.lemma_.lower() in _PEOPLE_OF_A_PERSON:
        votes["Person"] += 3  # "Varga's assassin", "Varga's widow", "Varga assassin X"
    if len(span) == 1 and _leads_an_administration(span.doc, span[0]):
        votes["Person"] += 3  # "as Darr tries …" where the story tells of "the Darr
        # administration": the one it is named after
    if _in_violence(root):
        votes["Person"] += 3  # "Oswald shot Kennedy", "Lennon was killed": people (or a
        # country, whose own name outvotes this)
    if root.dep_ == "appos" and (
            root.head.pos_ == "NOUN" and root.head.text.islower()
            and root.head.lemma_ in _PEOPLE_WORDS
            or root.head.is_title and root.head.lower_ in _PERSON_TITLES | _PEOPLE_WORDS
            and last not in ORG_HEADS and last not in COMPANY_WORDS
            and (in_name[0].ent_type_ == "PERSON" or person_name_shape(name.split()) > 0)):
        votes["Person"] += 3  # "Russia's ambassador, Vassily Nebolsin,": a title's holder,
        # the title capitalised too ("the Head of Communications, Ali Demir")
    elif last not in ORG_HEADS and last not in COMPANY_WORDS and (
            before is None or before.lower_ not in _WHERE) and after is not None and (
            after.text == ",") and (
                in_name[0].ent_type_ not in {"GPE", "LOC", "FAC"}
                # the subject, named in full: "Vassily Torvenia, Russia's representative,"
                or end - start > 1 and root.dep_ in {"nsubj", "nsubjpass"}
                and strip_name(text, "Place") not in PLACE_NAMES) and any(
            c.dep_ == "appos" and c.lower_ in _PEOPLE_WORDS
            for c in root.children):  # (not "In Velmar, Ruritania's minister, X said")
        votes["Person"] += 3  # "Kyriakos Pierrakakis, Greece's Minister of Finance,"
    if (root.dep_ == "appos" and root.head.lower_ == "leader" and root.head.pos_ == "NOUN"
            and name not in PLACE_NAMES and person_name_shape(name.split()) > 0):
        votes["Person"] += 3  # "the opposition leader, Amani Kiprotich,": a leader named
        # with a person's name (a country or a firm leads too, by names of other shapes)
    if after is not None and (after.lower_ in {"himself", "herself"}
                              or end - start == 1 and _age_after(tokens, end)):
        votes["Person"] += 2  # "Kell himself", "Kell, 59, joined": only a person (a full
        # name's shape says so already)
    if len(words) == 1 and _described_as_a_person(root):
        votes["Person"] += 3  # "Tal, a senior ministry official,", "Roe is a lawyer"
    if _who_after(tokens, end) and last not in ORG_HEADS and last not in COMPANY_WORDS and (
            tokens[end - 1].tag_ != "NNPS" and (before is None or before.lower_ != "the"
                                                and before.lower_ not in _WHERE)
            and not _home_of_a_name(tokens, start)):
        votes["Person"] += 3  # "Sulistyowati, who uses one name" (bodies are "which"; not
        # "the Greens, who", a party's members)
    if _speaks(root):
        votes["Person"] += 0.7
        votes["Organization"] += 0.3
    if _he_or_she_after(tokens, root, end) and not text.isupper() and (
            tokens[end - 1].tag_ != "NNPS" and name not in PLACE_NAMES
            and name not in DEMONYMS and in_name[0].ent_type_ not in {"GPE", "LOC", "NORP"}):
        votes["Person"] += 3  # "Ihedioha petitioned the police because he addressed his
        # supporters", "Najib's actions prove that he lied": only a person is "he" or "she"
    if len(words) == 1 and len(span) == 1 and not unnamed and _acts_as_a_person(root):
        votes["Person"] += 1.5  # "Erdogan told reporters", "Putin maintains": a person by
        # one name, as news calls one named in full before or known to all
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        if any(p.text in PLACE_NAMES for p in partners):
            votes["Place"] += 2
        for p in partners:  # "Gazprom Neft and Surgutneftegas": coordinated names share a type
            kind = _NER_TYPE.get(p.ent_type_)
            if kind and kind != "Place":
                votes[kind] += 0.6


#: Last words of buildings' names, whose owners' names they also are ("White House").
_BUILDINGS = {"house", "palace", "hall"}
#: Words that put someone beside a building: "outside the State House", "in front of".
_BESIDE = {"outside", "inside", "opposite", "beside"}


def _beside(tokens: list[Token], start: int) -> bool:
    """Whether a name follows words that say where one stands by it: "in front of the
    Presidential Palace", "protesters outside State House"."""
    k = start - 1 - (start > 0 and tokens[start - 1].lower_ == "the")
    return k >= 0 and (tokens[k].lower_ in _BESIDE or tokens[k].lower_ == "of" and k > 0
                       and tokens[k - 1].lower_ == "front")


#: What is held at a building: "a summit at Hyderabad House", "talks at Lancaster House".
_GATHERINGS = {"summit", "talk", "talks", "meeting", "hold", "meet", "conference", "host",
               "ceremony", "dinner", "reception", "gather", "sign", "signing"}


def _age_after(tokens: list[Token], end: int) -> bool:
    """Whether a person's age follows a name between commas: "Kell, 59, will stay"."""
    return (end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 2].text == ","
            and tokens[end + 1].text.isdigit() and 16 <= int(tokens[end + 1].text) <= 110)


def _who_after(tokens: list[Token], end: int) -> bool:
    """Whether a relative clause about a person follows a name: ", who said", ", whom"."""
    return end + 1 < len(tokens) and tokens[end].text == "," and (
        tokens[end + 1].lower_ in {"who", "whom"})


#: Verbs of travelling somewhere ("flew to X"); not "moved to" or "returned to", which an
#: employer may follow.
_JOURNEYS = {"fly", "travel", "sail", "drive", "journey"}


#: Government titles whose capitalised words before them say what the office is for.
_PORTFOLIO_TITLES = {"adviser", "advisor", "general", "minister", "secretary", "commissioner"}


def _joined_portfolio(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is one of two portfolios a title joins with "and": "[Energy] and
    Mineral Resources Minister", "Energy and [Mineral Resources] Minister"."""
    if (end + 1 < len(tokens) and tokens[end].lower_ in {"and", "&"}
            and tokens[end + 1].is_title and tokens[start].lower_ in POLICY_AREAS):
        return _portfolio_before(tokens, end + 1)
    return (start >= 2 and tokens[start - 1].lower_ in {"and", "&"}
            and tokens[start - 2].is_title and tokens[start - 2].lower_ in POLICY_AREAS
            and _portfolio_before(tokens, end))


def _portfolio_before(tokens: list[Token], end: int) -> bool:
    """Whether a government title follows, maybe after more words of its portfolio."""
    for k in range(end, min(end + 3, len(tokens))):
        if not tokens[k].is_title or tokens[k].lower_ in ORG_HEADS:
            return False
        if tokens[k].lower_ in _PORTFOLIO_TITLES:
            return True
    return False


#: Last words of the names of awards and grants, whose first words are often a person's.
_AWARDS = {"grant", "grants", "prize", "award", "awards", "fellowship", "scholarship",
           "scholarships", "medal", "trophy", "lecture"}
#: Titles of the head of a body, never of a person's aide: "Shin Bet chief", "IMF head"
#: (a person has an "aide", "adviser" or even a "spokesman").
_HEADS_OF_BODIES = {"chief", "director", "head", "chairman", "chairwoman", "chairperson",
                    "ceo", "boss"}
#: The people a body employs, never a person: "Red Cross officials", "Acme employees".
_STAFF_OF_BODIES = {"officials", "employees", "executives", "staffers", "volunteers"}
#: The experts a bank or a broker employs, never a person: "Harwick Sachs analysts said".
_ANALYSTS_OF_FIRMS = {"analysts", "economists", "strategists"}
#: Prepositions before "the" that make the name after it a place as much as anything.
_WHERE = {"in", "at", "outside", "inside", "near", "into", "across", "around", "from"}


def _heads_after_the(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name after "the" heads its phrase ("told the Dewan Rakyat this week"): a
    body's or a thing's, not a person's, unless the tagger read a person's name."""
    after = tokens[end] if end < len(tokens) else None
    return (start > 0 and tokens[start - 1].lower_ == "the"
            and tokens[start].ent_type_ not in {"PERSON", "GPE", "LOC", "FAC"}
            and (after is None or after.pos_ not in {"NOUN", "PROPN", "NUM", "PART"}
                 and after.text not in POSSESSIVE_MARKS and after.text[:1] not in DASHES))


def _no_person(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is used as no person's name is: after "the" or "a" and describing
    a noun ("the Shin Bet director", "a Zentrix spokesman") or naming an award ("the
    Kessler Grant"), or before the title of a body's head ("Shin Bet chief Ronen Bar").
    Places are named so too ("the Lao capital", "the Hague"): they are left out."""
    last = tokens[end - 1].lower_
    name = " ".join(t.text for t in tokens[start:end])
    if (name in PLACE_NAMES or canonical_place(name) in PLACE_NAMES
            or last in PLACE_HEADS or last in NAMED_PLAN_HEADS
            or tokens[start].ent_type_ in {"GPE", "LOC", "FAC"}
            or tokens[end - 1].tag_ == "NNPS"):  # "the Kennedys", "the Philippines"
        return False
    after = tokens[end] if end < len(tokens) else None
    if after is not None and (after.lower_ in _HEADS_OF_BODIES or after.lower_ in _STAFF_OF_BODIES
                              or after.lower_ in _ANALYSTS_OF_FIRMS) and after.text.islower() and (
            end + 1 >= len(tokens) or tokens[end + 1].lower_ != "of"  # "chief of staff"
    ) and not (start > 0 and tokens[start - 1].lemma_ in _NAMING_TO_OFFICE):
        return True  # (not "Acme named X chief executive": the one named to the office)
    if _capitalised_head_before_name(tokens, end) and not (
            start > 0 and tokens[start - 1].lemma_ in _NAMING_TO_OFFICE):
        return True
    if start == 0 or tokens[start - 1].lower_ not in {"the", "a", "an"}:
        return False
    if start >= 2 and tokens[start - 2].lower_ in _WHERE:
        return False  # "outside the West Wing": a place, maybe
    if end - start > 1 and last in _AWARDS:
        return True
    if after is not None and after.lower_ in _MEMBER_TITLES and (
            end + 1 >= len(tokens) or tokens[end + 1].lower_ in {"for", "from", ",", "."}):
        return True  # "the Pakatan Harapan MP for X": the party a member sits for
    return (after is not None and after.pos_ == "NOUN" and after.text.islower()
            and after.lower_ not in _PLACE_NOUNS)  # "the Lao capital"


#: Titles of a company's head, in any case, before the holder's name: "Rayburn CEO X".
_FIRM_HEAD_TITLES = {"ceo", "cfo", "chairman", "chairwoman", "chief"}


def _head_named_after(tokens: list[Token], end: int) -> bool:
    """Whether a company's head's title, then a person's name, follows a word, maybe after
    its possessive: "Rayburn CEO Tom Kenney", "Dorne's Chief Executive Andrew Livas" (not
    "Putin's chief of staff", "chief spokesman")."""
    k = end + (end < len(tokens) and tokens[end].text in POSSESSIVE_MARKS)
    if k + 1 >= len(tokens) or tokens[k].lower_ not in _FIRM_HEAD_TITLES:
        return False
    k += 1
    if tokens[k - 1].lower_ == "chief":
        if tokens[k].lower_ not in {"executive", "financial", "operating"}:
            return False
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "officer")
    return k < len(tokens) and tokens[k].ent_type_ == "PERSON" and tokens[k].is_title


def _capitalised_head_before_name(tokens: list[Token], end: int) -> bool:
    """Whether a company's head's title, capitalised as before a name, follows a name (or
    its possessive) and a person's name follows the title: "Pellam Tinto Chief Executive Ana
    Roe", "Kell Mining CEO Ana Roe", "Dorne's Chief Executive Ana Roe" (the company's name;
    not "Chief of Staff", nor a title closing a phrase)."""
    if end + 2 < len(tokens) and tokens[end].text in POSSESSIVE_MARKS:
        end += 1  # "Dorne's Chief Executive Andrew Livas"
    if end + 2 >= len(tokens):
        return False
    title = tokens[end]
    k = end + 1
    if title.text == "Chief" and tokens[k].text in {"Executive", "Financial", "Operating"}:
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == "Officer")
    elif title.text not in {"CEO", "CFO", "Chairman", "Chairwoman"}:
        return False
    return k < len(tokens) and tokens[k].ent_type_ == "PERSON" and tokens[k].is_title


#: Verbs that put someone in an office named after them: "appointed X chief executive".
_NAMING_TO_OFFICE = {"name", "appoint", "elect", "make", "promote", "tap", "nominate",
                     "reappoint", "reelect", "confirm"}
#: Titles of the members of a party or house: "the Labour MP", "the Likud lawmaker".
#: A legislature's members' titles written as abbreviations: "MP", "MEP", "MNA", "MLA".
_MEMBER_ABBREVIATIONS = {"MP", "MPs", "MEP", "MEPs", "MNA", "MNAs", "MLA", "MLAs"}
_MEMBER_TITLES = {"mp", "mps", "mep", "meps", "lawmaker", "lawmakers", "legislator",
                  "legislators", "senator", "congressman", "congresswoman", "councillor",
                  "councilor", "deputy"}


#: What a firm, speaking of itself, says its own are: "X said its chairman would go".
_FIRM_OWN = {"chairman", "chairwoman", "chair", "chief", "ceo", "board", "shares", "profit",
             "profits", "revenue", "revenues", "sales", "earnings", "shareholders", "workforce",
             "employees", "stake", "subsidiary", "unit", "plants", "factories", "forecast",
             "output", "directors", "results", "dividend"}
#: What a firm, speaking of itself, says it does: "X said it had appointed", "would acquire".
_FIRM_ACTS = {"appoint", "hire", "acquire", "buy", "sell", "divest", "merge", "shut", "lay",
              "invest", "report", "post", "recall", "list", "expect"}


def _says_what_it_does_as_a_firm(root: Token, *, any_act: bool = False) -> bool:
    """Whether a name says, of itself as "it", what only a firm has or does: "X said its
    quarterly profit rose", "X said on Monday that it had appointed Y", "X said it would
    acquire Y" (a person's "it" is a thing spoken of: "said it would be hard"). With
    ``any_act``, for a name no person has, whatever "it" does: "X said it would cut jobs"."""
    if not (root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS):
        return False
    for clause in root.head.children:
        if clause.dep_ != "ccomp" or clause.i < root.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        acts = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]  # "agreed to buy"
        if subject.lower_ == "it" and any((any_act or a.lemma_ in _FIRM_ACTS)
                                          and a.pos_ == "VERB" for a in acts):
            return True
        if subject.lower_ in _FIRM_OWN and any(
                c.dep_ == "poss" and c.lower_ == "its" for c in subject.children):
            return True
    return False


#: Occupations whose holders work at a firm, written before "at" or "with" and its name.
_FIRM_OCCUPATIONS = {"analyst", "economist", "strategist", "banker", "trader", "broker",
                     "accountant", "researcher", "engineer", "partner", "employee"}


def _workplace_of_occupation(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name follows an occupation and "at" or "with", closing the phrase: "said
    Ana Roe, a bank analyst at Tucker Brandt.", "economists at Harwick Sachs" (one works at a
    firm, not at a person; not "partner with", a verb, nor "a banker at Ana Roe's firm")."""
    if start < 2 or tokens[start - 1].lower_ not in {"at", "with"}:
        return False
    job = tokens[start - 2]
    occupation = job.lower_[:-1] if job.lower_.endswith("s") else job.lower_
    if not ((job.is_lower or job.is_sent_start) and occupation in _FIRM_OCCUPATIONS):
        return False
    return end >= len(tokens) or tokens[end].text in {",", ".", ";", ")", '"', "“", "”"} or (
        tokens[end].lower_ in {"in", "and", "who", "said"} or tokens[end].pos_ in {"VERB", "AUX"})


#: Nouns of what a company issues or is bought in: "shares of X", "X stock", "a stake in X".
_SECURITIES = {"share", "shares", "stock", "stocks", "stake", "bonds", "shareholders"}


#: The officers and organs only a company (or a body) has, after its possessive:
#: "Diageo's chief financial officer", "Velora's chair", "the group's board".
_COMPANY_OFFICERS = {"cfo", "ceo", "coo", "chair", "chairman", "chairwoman", "board",
                     "shareholders", "directors", "executives", "employees", "workforce",
                     "headquarters", "subsidiary", "subsidiaries"}
#: What a company's chief is chief of: "chief financial officer", "chief executive".
_CHIEF_OF_A_COMPANY = {"executive", "financial", "operating", "technology", "investment",
                       "commercial", "marketing", "product", "information"}


def _company_officer_after(tokens: list[Token], end: int) -> bool:
    """Whether a name's possessive comes before a company's officer or organ ("Diageo's
    [chief financial officer]", "Velora's chair", "Velora, whose chief executive X"), written
    lower-case as a description is (not "Putin's chief spokesman", "Trump's chief of staff")."""
    if end + 3 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ == "whose":
        end += 1  # "Rival Harwell-Cliffs, whose chief executive X": as "Harwell-Cliffs's"
    if end + 2 >= len(tokens) or tokens[end].text not in POSSESSIVE_MARKS | {"whose"}:
        return False
    officer = tokens[end + 1]
    if officer.lower_ == "chief" and not officer.is_title:
        return tokens[end + 2].lower_ in _CHIEF_OF_A_COMPANY
    return officer.lower_ in _COMPANY_OFFICERS and not officer.is_title or officer.text in {
        "CEO", "CFO", "COO"}


def _company_organ_before(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the name follows "the board of", "shareholders of" or another organ only a
    body has, written lower-case ("the board of Harrow Mills", not "the board of Ana Roe's
    company")."""
    return start >= 2 and tokens[start - 1].lower_ == "of" and (
        tokens[start - 2].lower_ in _COMPANY_ORGANS
        and (tokens[start - 2].is_lower or tokens[start - 2].is_sent_start)) and (
        end >= len(tokens) or tokens[end].text not in POSSESSIVE_MARKS)


#: A company's organs and people, before "of" and its name.
_COMPANY_ORGANS = {"board", "shareholders", "directors", "employees", "workforce",
                   "headquarters", "subsidiary", "subsidiaries", "stakeholders"}


def _traded(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a company's by what is traded of it."""
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.lower_ in {"'s", "’s"} and end + 1 < len(tokens):
        after = tokens[end + 1]  # "Zentrix's shares"
    if after is not None and after.lower_ in _SECURITIES and after.pos_ == "NOUN":
        return True
    return (start >= 2 and tokens[start - 1].lower_ in {"of", "in"}
            and tokens[start - 2].lower_ in _SECURITIES)


def _place_apposition(tokens: list[Token], end: int) -> bool:
    """Whether an apposition after a name calls it a place: "Tellwick, a lakeside town",
    "Orvo, the state capital", "Bree, the capital of Valmark" (not "Ana Sills, a town
    councillor", "the city's mayor", nor "Brant Mining, a company in the region")."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or (
            tokens[end + 1].lower_ not in {"a", "an", "the"}):
        return False
    for k in range(end + 2, min(end + 6, len(tokens) - 1)):
        token, after = tokens[k], tokens[k + 1]
        if token.lower_ in _PLACE_APPOSITIONS and token.text.islower():
            if _heads_phrase(tokens, k) and not (
                    token.dep_ in {"compound", "amod", "nmod"} and token.head.i > k):
                return True  # not "the state nuclear power company": "state" modifies it
            if after.lower_ not in _PLACE_APPOSITIONS:
                return False  # "a town councillor", "the city's mayor"
        elif token.is_punct and token.text != "-" or token.pos_ in {"VERB", "AUX", "ADP"} or (
                token.pos_ == "NOUN" and _heads_phrase(tokens, k)):
            return False  # the apposition's head is another noun: "a company in the region"
    return False


def _described_after_of_a_name(named: Token, apposition: Token) -> bool:
    """Whether an apposition the parser hung on ``named`` follows an "of" and a name of
    its own, which it describes: "said Ana Roe of Fossil Free Futures, a campaign group"
    (the group is the body's, not Ana Roe's)."""
    return apposition.dep_ == "appos" and any(
        c.dep_ == "prep" and c.lower_ == "of" and named.i < c.i < apposition.i and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ not in {"GPE", "LOC"}
            and o.text not in PLACE_NAMES for o in c.children)  # not "X of Leeds, a firm"
        for c in named.children
    )


def _org_apposition(tokens: list[Token], end: int) -> bool:
    """Whether an apposition after a name calls it an organisation, read from the words
    where the parser hung it elsewhere: "at Energoatom, the state nuclear power company,"."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or (
            tokens[end + 1].lower_ not in {"a", "an", "the"}):
        return False
    for k in range(end + 2, min(end + 7, len(tokens) - 1)):
        token = tokens[k]
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP"}:
            return False
        if token.pos_ == "NOUN" and _heads_phrase(tokens, k) and not (
                token.dep_ in {"compound", "amod", "nmod"} and token.head.i > k):
            # the apposition closes there: not "from Atlanta, the companies said"
            return token.text.islower() and (
                token.lemma_ in _ORG_NOUNS or token.lemma_ in _STATE_BODY_NOUNS) and (
                tokens[k + 1].is_punct)
    return False


def _called_a_place(root: Token) -> bool:
    """Whether a name is the subject of "is" and a place noun what it is: "Tellwick is a
    mining town", "Veloria is Spain's most populous region" (not "Tellwick is the town's
    mayor")."""
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lower_ in _PLACE_APPOSITIONS and c.text.islower()
        for c in verb.children
    )


#: Words before a body or office that say it is a place's below the country's.
_REGIONAL = {"provincial", "regional", "state", "county", "municipal", "district",
             "prefectural", "city", "town"}
#: Bodies and offices a region, province or city has.
_REGIONAL_BODIES = {"government", "authorities", "administration", "council", "assembly",
                    "legislature", "police", "governor", "capital"}


def _listed_with_place_noun(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is one of a list of names a plural place noun is said of: "the districts
    of Sharvan, Koh and Toli Gard", "the neighbouring Talak and Shahrak districts"."""
    k = end
    while k < len(tokens) and k - end < 12 and (
            tokens[k].is_title or tokens[k].text == "," or tokens[k].lower_ in {"and", "or"}):
        k += 1
    if k > end and k < len(tokens) and tokens[k].lower_ in _PLACE_PLURALS and (
            tokens[k].text.islower()) and tokens[k - 1].is_title:
        return True
    if end < len(tokens) and tokens[end].lower_ in _PLACE_PLURALS and tokens[end].text.islower():
        return start >= 1 and tokens[start - 1].lower_ in {"and", "or", ","}  # "X and Y districts"
    k = start - 1
    while k >= 0 and start - k < 12 and (
            tokens[k].is_title or tokens[k].text == "," or tokens[k].lower_ in {"and", "or"}):
        k -= 1
    if k >= 1 and tokens[k].lower_ == "the" and tokens[k - 1].lower_ == "of":
        k -= 1
    # the "member states of the United Nations" are a body's members, not its districts
    return (k >= 1 and tokens[k].lower_ == "of" and tokens[k - 1].lower_ in _PLACE_PLURALS
            and tokens[k - 1].text.islower()
            and not (k >= 2 and tokens[k - 2].lower_ in {"member", "founding"}))


def _regional_body_after(tokens: list[Token], end: int) -> bool:
    """Whether a name is followed by its region's or city's own body or office: "the Oromia
    regional government", "Velka provincial authorities", "the Dorn city council"."""
    return (end + 1 < len(tokens) and tokens[end].text.islower()
            and tokens[end].lower_ in _REGIONAL and tokens[end + 1].text.islower()
            and tokens[end + 1].lower_ in _REGIONAL_BODIES)


def _heads_phrase(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` ends its noun phrase: no noun or possessive follows it."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.pos_ not in {"NOUN", "PROPN", "PART"} and (
        after.text not in POSSESSIVE_MARKS)


def _before_country_or_state(tokens: list[Token], end: int) -> bool:
    """ "Dunmore, Tenn." or "Halden, Germany", but not a list ("Velora, France and Italy")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    for size in (1, 2, 3):
        after = end + 1 + size
        words = tokens[end + 1 : after]
        if len(words) == size and is_country_or_state(" ".join(t.text for t in words)):
            follows = tokens[after].lower_ if after < len(tokens) else "."
            return follows not in {"and", "or", ",", "'s", "’s", "'", "’"} or (
                follows == "," and after + 1 < len(tokens) and not tokens[after + 1].is_title
            )
    return False


#: Words of a portfolio written before a minister's title, besides the portfolios
#: themselves: "External Affairs Minister", "Home Affairs Secretary".
_PORTFOLIO_OPENERS = PORTFOLIOS | {"external", "home", "internal", "local", "rural"}
_PORTFOLIO_RUN_WORDS = _PORTFOLIO_OPENERS | {"affairs", "government", "development", "and", "&"}
#: The titles a portfolio run is read before.
_MINISTER_TITLES = frozenset({"minister", "ministers", "secretary", "secretaries"})


def _party_member_described(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a party's member noun is the subject of its clause, describing one person:
    "the Democrat said", "the Ohio Democrat met Y", "the veteran Republican added" (not
    "Democrat Jane Kessler", a title before a name, nor "X, the top Democrat on the
    committee", where the party is named for X, nor "the Democrats", the party)."""
    if end - start != 1 or tokens[start].text not in PARTY_MEMBER_NOUNS or (
            tokens[start].dep_ not in {"nsubj", "nsubjpass"}):
        return False
    k = start - 1
    while k >= 0 and (tokens[k].is_title and tokens[k].pos_ == "PROPN" or tokens[k].pos_ == "ADJ"):
        k -= 1  # "the [New York] Democrat", "the [veteran] Republican"
    return k >= 0 and tokens[k].lower_ == "the" and not (
        end < len(tokens) and tokens[end].is_title and tokens[end].pos_ == "PROPN")


def _minister_of_a_portfolio(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a run is a minister's title and portfolio alone: "Minister of Foreign
    Affairs", "Secretary of the Interior" (a ministry is named "Ministry of …")."""
    if end - start < 3 or tokens[start].lower_ not in _MINISTER_TITLES or (
            tokens[start + 1].lower_ != "of"):
        return False
    words = [t for t in tokens[start + 2 : end] if t.lower_ != "the"]
    return bool(words) and all(t.lower_ in _PORTFOLIO_RUN_WORDS for t in words)


def _portfolio_of_a_minister(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a run of capitalised words is only a minister's portfolio, with a demonym
    before it at most: "Pakistani Energy Minister X", "External Affairs Minister Y" name
    the country (by its demonym) and the person, never a body "Pakistani Energy"."""
    after = end
    # "[Housing] and Local Government Minister": the portfolio goes on after "and"
    while after < len(tokens) and tokens[after].lower_ in _PORTFOLIO_RUN_WORDS and (
            tokens[after].lower_ in {"and", "&"} or tokens[after].is_title):
        after += 1
    if after >= len(tokens) or tokens[after].lower_ not in _MINISTER_TITLES:
        return False
    words = tokens[start:end]
    if words and words[0].text in DEMONYMS:
        words = words[1:]
    return bool(words) and words[0].lower_ in _PORTFOLIO_OPENERS and all(
        t.lower_ in _PORTFOLIO_RUN_WORDS and not t.is_upper or t.text == "&" for t in words)


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every name in ``doc`` with its type votes, in text order, without overlaps."""
    tokens = doc_tokens(doc)
    taken = [False] * len(doc)
    candidates: list[Candidate] = []
    # which sentences are headlines, worked out once (Token.sent is a scan)
    headline_at = [False] * len(doc)
    for sent in doc.sents:
        if is_headline(sent):
            headline_at[sent.start : sent.end] = [True] * len(sent)
    for s, e in [*_headline_lines(doc), *_other_stories(doc)]:
        headline_at[s:e] = [True] * (e - s)

    noise = noise_tokens(doc)
    things: set[str] = set()  # names of things that are not entities: "Marburg" (virus)

    def add(start: int, end: int, label: str | None) -> None:
        if _portfolio_of_a_minister(tokens, start, end):
            return  # "Pakistani [Energy] Minister", "[External Affairs] Minister": no body
        if _party_member_described(tokens, start, end):
            return  # "the Ohio Democrat said": a person, not the party
        if _minister_of_a_portfolio(tokens, start, end):
            return  # "X, the Minister of Foreign Affairs,": a title, no body
        if end - start >= 2 and tokens[end - 1].lower_ == "press" and end < len(tokens) and (
                f"press {tokens[end].lower_}" in TITLE_PREDICATE):
            end -= 1  # "[Kremlin] Press Secretary X": the press is the title's
        if end - start >= 2 and tokens[end - 1].text == "Chief" and end < len(tokens) and (
                tokens[end].text in {"Executive", "Financial", "Operating"}):
            end -= 1  # "[Softline Chief] Executive Officer X": the title's first word
        while end - start > 2 and _style_word(tokens, start, end):
            start += 1  # "Datuk [Seri Anwar Ibrahim]": the rank of a style cut in two
        if all(t.text in _SURNAME_PARTICLES for t in tokens[start:end]):
            while end < len(tokens) and tokens[end].text in _SURNAME_PARTICLES:
                end += 1
            if end == len(tokens) or not tokens[end].is_title:
                return  # particles alone name no one
            end += 1  # "[von der] Leyen", "Mrs [von] der Leyen": the tagger's person without
            # the surname
        while end - start > 1 and _undotted_rank(tokens, start):
            start += 1  # "[Lt Gen] Boonsin Padklang", "[Gen] Burhan": a rank written without
            # its full stop, which the tagger reads into the name
        if end - start == 1 and _party_named_by_plural(tokens, start):
            start -= 1  # "the [Christian] Democrats", "the [Free] Democrats": a party's own
            # name, not the American party's members
        if _two_after_between(tokens, start, end):
            add(start, start + 1, None)  # "the rift between [Ruto] and [Gachagua]": two
            add(start + 2, end, None)  # parties, which the tagger read as one name
            return
        if (cut := _writer_then_outlet(doc, start, end)) is not None:
            add(start, cut, "PERSON")  # "By A and [Neil Jerome Santos] [Meridian News]": the
            add(cut, end, "ORG")  # last writer, then the outlet without a comma between
            return
        if (to := _from_one_to_another(tokens, start, end)) is not None:
            add(start, to, label)  # "dropped from the [Premier League] to [League One]":
            add(to + 1, end, label)  # where a move starts and ends, read as one name
            return
        if end - start > 2 and tokens[start].lower_ not in _PERSON_TITLES and _person_title(
                tokens[start].lower_) and is_given_name(tokens[start + 1].text):
            start += 1  # "[Governors] Amos ole Kiprop and X": the title of the names listed
        if (opened := _particles_open(tokens, start, end)) < start:
            start, label = opened, "PERSON"  # "against da Silva", "von der Leyen said": a
            # surname with the particles that open only people's names
        if _nickname(tokens, start, end) or _in_quoted_theme(tokens, start):
            return  # 'the nickname "Drastic Dave"': another name of a person named apart;
            # 'the theme "Unity and Renewal"': words, no one named
        end = _before_next_title_holder(tokens, start, end)
        verb = next((k for k in range(start + 1, end - 1) if tokens[k].is_lower
                     and tokens[k].tag_ in {"VBD", "VBZ", "VBP"}
                     and not _name_particle(tokens, k)), None)  # "Ana [dos] Reis" tagged a verb
        if verb is not None:
            add(start, verb, None)  # "[Sonntag] quoted [Nestle] spokesman X": a clause the
            add(verb + 1, end, None)  # tagger read as one name, around its verb
            return
        if end - start >= 3 and _group_of_people_opens(tokens, start):
            start += 2  # "Leaders of [Europe], Canada and Japan met": people, then the place
            start += start < end - 1 and tokens[start].lower_ == "the"
        elif end - start >= 4 and start > 0 and tokens[start - 1].lower_ == "the" and (
                tokens[start + 1].lower_ in _GROUPS_OF_PEOPLE and tokens[start + 2].lower_ == "of"
                and not is_given_name(tokens[start].text)):
            start += 3  # "the Permanent Members of [the Security Council]"
        if _shouted(tokens, start, end):
            return  # "ZERO GRATITUDE FOR OUR EFFORTS": a post quoted in capitals
        if _names_no_one(tokens, start, end):
            return  # "National Security Correspondent", "Mon December 8", "Euro-Atlantic
            # security": a journalist's beat, a weekday, an adjective of a region
        if all(_style_only(t) for t in tokens[start:end]) and (
                end - start > 1 or start > 0 and tokens[start - 1].lower_ in HONORIFICS
                or end < len(tokens) and _style_only(tokens[end])):
            return  # "[Tun Dr] X", "Datuk [Seri] Dr X": words of a style, no name
        if end - start >= 3 and _leading_noun(tokens[start], tokens[start + 1]) and (
                tokens[end - 1].lower_ not in COMPANY_WORDS | ORG_HEADS):
            start += 1  # "Defender Luka Marić" opening a sentence ("Kestrel Rock Capital" kept)
        elif end - start >= 2 and tokens[start].lower_ in _COMPANY_KINDS and _opens_sentence(
                tokens[start]) and tokens[start + 1].is_title:
            start, label = start + 1, "ORG"  # "Drugmaker Pfizer said": a firm, by its kind
        if (end - start == 2 and _opens_sentence(tokens[start])
                and tokens[start + 1].text in DEMONYMS and tokens[start].text not in PLACE_NAMES
                and end < len(tokens) and tokens[end].is_lower
                # "Pheu Thai won": a party's name, which the tagger reads as one body
                and not (tokens[start].ent_type_ in {"ORG", "NORP"}
                         and tokens[start + 1].ent_iob_ == "I")):
            start += 1  # "Senior Kenyan officials": the adjective opening the sentence
        if end - start >= 3 and _national_noun_before_name(tokens, start, end) or (
                end - start >= 3 and tokens[start].text in DEMONYMS and (person_name_shape(
                [t.text for t in tokens[start + 1:end]]) >= 1 or _fellow_national(
                tokens, start, end))):
            start, label = start + 1, "PERSON"  # "the Argentine [Matías Echeverri Soto]"
        if end - start >= 3 and label == "PERSON" and _party_member_before_name(tokens, start):
            start += 1  # "German [Green] Ute Kessler": a member of the Greens, then her name
        if end - start >= 2 and tokens[end - 1].lower_ in _REGION_ADJECTIVES and (
                end < len(tokens) and tokens[end].lower_ in _TITLE_WORDS):
            end, label = end - 1, "GPE"  # "[Oti] Regional Minister": the adjective is the
            # title's, the name before it the region's
        if label != "PERSON" and (holder := _holder_after_title(tokens, start, end)):
            start, label = holder, "PERSON"  # "[National Security Adviser] Ajit Doval",
            # tagged a body as a whole: the title's words are no name
        if end - start >= 3 and _country_before_a_person(tokens, start, end):
            add(start, start + 1, "GPE")  # "Ambassador to [China] [Pham Sao Mai]": the
            start, label = start + 1, "PERSON"  # tagger ran the country into the name
        elif (holder := _holder_after_region(tokens, start, end)) is not None:
            add(start, holder, "GPE")  # "Governor of [Ondara State] [Amara Obi]": the
            start, label = holder, "PERSON"  # tagger ran the region into its governor's name
        elif (holder := _holder_after_envoy_body(tokens, start, end)) is not None:
            add(start, holder, "ORG")  # "ambassador to the [United Nations] [Ivo Marek]": the
            start, label = holder, "PERSON"  # tagger ran the body into its envoy's name
        elif (holder := _officer_after_body(tokens, start, end)) is not None:
            add(start, holder, "ORG")  # "Governor of the [Bank of Ostria] [Anna Berg]": the
            start, label = holder, "PERSON"  # tagger ran the body into its officer's name
        elif label == "ORG" and (holder := _person_after_head(tokens, start, end)) is not None:
            add(start, holder, "ORG")  # "back Nepal's [Maoist Center] [Pushpa Kamal Dahal]":
            start, label = holder, "PERSON"  # the body's name, then its man's, run together
        if start > 0 and tokens[start].lower_ in PORTFOLIOS | _ARMED_SERVICES and (
                tokens[start - 1].lower_ in {"of", "for"} | _TITLE_WORDS
                or start > 2 and tokens[start - 1].lower_ == "the"
                and tokens[start - 2].lower_ == "of" and tokens[start - 3].lower_ in _TITLE_WORDS):
            # "Minister of [State for Trade] Amina Bello", "Secretary of the [Treasury Scott
            # Bessent]": the title's words are no name
            start = _name_after_portfolio(tokens, start, end) or start
        if (end - start > 1 and tokens[end - 1].lower_ in _NAME_PREPOSITIONS
                and end < len(doc) and tokens[end].like_num):
            end += 1  # "the Group of 20 summit": the number ends the name
        elif _number_in_name(tokens, start, end):
            end += 1  # "Zelenskyy's Kvartal 95 studio": the tagger read the name apart
        while end - start > 1 and tokens[end - 1].text in THING_ABBREVIATIONS:
            end -= 1  # "the Korea-China FTA": the places, not the agreement's abbreviation
        while end - start > 1 and _rank_abbreviation(tokens, end - 1):
            end -= 1  # "Ostrian Marine Corps Brig. Gen. X": the rank of the name after it
        while end - start > 1 and tokens[end - 1].text in _CREDITS and end < len(tokens) and (
                tokens[end].lower_ == "by"):
            end -= 1  # "(Reporting by Ana Ruiz Editing by Li Wei)": the next credit's word
        if start > 0 and _ORDINAL.fullmatch(tokens[start - 1].text) and (
                tokens[end - 1].lower_ in _UNITS):
            start -= 1  # "the [7th] Rifle Division": the number is the unit's name
        if end <= start or any(taken[start:end]) or any(noise[start:end]):
            return
        if label != "PERSON" and _before_cabinet_title(tokens, end):
            return  # "[Interior] Cabinet Secretary X": the title's portfolio
        if end - start == 2 and tokens[start].text == "Group" and (
                _REGNAL_NUMBER.fullmatch(letter := tokens[start + 1].text.rstrip("."))
                or len(letter) == 1 and letter.isupper()):
            return  # "Group I of European qualifying", "Group B": a stage of a competition
        if label == "PERSON" and tokens[end - 1].text in _MEMBER_ABBREVIATIONS:
            label = None  # "[Kuria West MP] X": no one's name ends with the member's title
        if label != "PERSON" and _member_s_description(tokens, start, end):
            taken[start:end] = [True] * (end - start)  # nor any of its words
            return  # "Green MEP", "a German Green MEP": a member's title and party, which
            # roles read
        if _letter_of_a_kind(tokens, start, end):
            return  # "the Y chromosome", "class B shares", "plan B": a letter, no name
        if _street_address(tokens, start, end):
            return  # "the 4000 block of Alder Street", "at 2210 Elm Avenue": an address
        if _title_of_a_work(tokens, start, end):
            taken[start:end] = [True] * (end - start)  # nor any of its words
            return  # "the folk song 'Halvarka'", "the documentary Halvard": a work's title
        if _members_of_a_board(tokens, start, end):
            return  # "its Board of Directors": the board's members, named by the board
        if _acronym_before_a_person(tokens, start, end):
            add(start, start + 1, "ORG")  # "Ambassador to the UN [Lena Ortiz]": the body of
            add(start + 1, end, "PERSON")  # the title, then its holder
            return
        if (operation := _operation_in(tokens, start, end)) is not None:
            taken[operation:end] = [True] * (end - operation)  # nor any of its words
            if operation > start and (_acronym(tokens[start].text) or not _opens_sentence(
                    tokens[start]) and tokens[start].ent_type_ in {"ORG", "GPE", "NORP"}):
                add(start, operation, label)  # "NATO [Operation Sea Guardian]": the NATO
            return  # "Operation Granite Gale", "Dubbed Operation Sandfall": a military or police
            # operation, which is no body, person or place
        text = span_text(doc, start, end)
        if text in DEMONYMS or text in LANGUAGES or text in PEOPLES or (
                text in THING_ABBREVIATIONS or text.lower() in _CURRENCIES) or not any(
                ch.isalpha() for ch in text) or not (
                    text[:1].isupper() or _arabic_article_before(tokens, start + 2)
                    or label == "PERSON" and tokens[start].text in _SURNAME_PARTICLES
                    or _ORDINAL.fullmatch(tokens[start].text)):
            return  # "Ukrainian", "in Arabic", "Muslim", "an MOU", "the Euro zone": an
            # adjective, a language, a faith, a thing or a currency names nothing
        if (listed := _a_list(tokens, start, end, label)) is not None:
            taken[start:listed] = [True] * (listed - start)  # nor any of its words
            return  # "the Entity List", "its List of Specially Designated Nationals and
            # Blocked Persons": a list of names, no body
        if _people_by_role(tokens, start, end, label):
            if end - start > 2 and tokens[start].text.isupper() and tokens[start].is_alpha:
                add(start, start + 1, "ORG")  # "the [UN] Resident Coordinator": its body
            taken[start:end] = [True] * (end - start)  # nor any of its words
            return  # "Ministers", "the Allies", "NGOs", "the Supreme Leader", "the UN Resident
            # Coordinator": a kind of people or one holder's post, no body's name
        if (end - start == 1 and start > 0 and tokens[start - 1].lower_ == "the"
                and end < len(doc) and tokens[end].lower_ in _COUNTRY_NOUNS
                and tokens[end].dep_ != "compound" and text not in COUNTRY_NAMES):
            return  # "the Caribbean country", "the Balkan nation": where a country lies,
            # no name (not "the Kenya country office")
        if _people_of_a_place(text) and not (
                start > 0 and tokens[start - 1].lower_ == "the"):
            return  # "led by two Louisianians", "Californians voted": people, no body (a
            # team is "the Texans")
        if (start > 0 and tokens[start - 1].lower_ in {"a", "an"} and text not in PARTY_ALIASES
                and (tokens[start].ent_type_ == "NORP" or text.endswith(("man", "woman")))
                and not _describes_a_noun(doc, start, end)):
            return  # "Umerov, a Crimean Tatar", "a Frenchman": what someone is, no name (a
            # name after "a" describes a noun: "a Reuters reporter", "an Acme spokesman")
        if end - start == 1 and start > 0 and tokens[start - 1].lower_ == "the" and (
                country_of_national(text)):
            return  # "the Frenchman said", "the Dutchwoman": one person of a country, no name
        if end - start == 1 and tokens[start].ent_type_ == "LANGUAGE" and start > 0 and (
                tokens[start - 1].lower_ in {"in", "into"}):
            return  # "spoke in English": the tagger's language, which may be a surname too
        if _numbered_text(tokens, start, end):
            return  # "under Executive Order 14059", "Article 5", "Executive Orders 13661 and
            # 13662", "General License No. 12", "31 C.F.R. Part 589": a numbered text's kind
        if text in REGIONS and end < len(doc) and tokens[end].text == "|" and (
                start == 0 or "\n" in tokens[start - 1].text) or _section_label(
                    doc, start, end) or _breadcrumb(doc, start, end) or _masthead_section(
                        doc, start, end):
            taken[start:end] = [True] * (end - start)  # nor any of its words
            return  # "Asia | Wednesday, 19 November", "Olympics | Governance": the page's
            # sections
        if _byline_desk(doc, start, end):
            return  # "By Ana Ruiz, Capitol Bureau": the outlet's desk, no body of the story
        if text.lower() in PAGE_LABELS or _on_a_label_line(doc, start):
            taken[start:end] = [True] * (end - start)  # nor any of its words: "Releases"
            return  # "Analysis", "Live", "Press Releases": the page's labels
        if end - start == 1 and tokens[start].lower_ in {"al", "el"}:
            return  # "Al" cut from "Al-Arab"
        owner, _, body = text.rpartition(" ")
        if body in _LOWER_ORG_HEADS and (owner in DEMONYMS or canonical_place(owner) in
                                         COUNTRY_NAMES):
            if owner not in DEMONYMS:
                add(start, end - 1, "GPE")  # "the New Zealand government": New Zealand
            return  # "the Sri Lankan government" is the country's, as "the Russian government"
        if body == "government" and end - start >= 2 and (
                tokens[end - 2].text.islower() and tokens[end - 2].lower_ in PLACE_HEADS
                or end - start == 2 and tokens[start].ent_type_ in {"GPE", "LOC"}):
            if tokens[end - 2].lower_ in _TOWN_WORDS and tokens[end - 2].text.islower():
                add(start, end - 2, "GPE")  # "the Abuja city government": Abuja's
            else:
                add(start, end - 1, "GPE")  # "the Kisumu county government": Kisumu County's
            return
        if _common_noun_phrase(tokens, start, end):
            taken[start:end] = [True] * (end - start)  # not a name, nor its first word
            return
        if _title_words_only(tokens, start, end) or (
                start >= 2 and tokens[start - 1].lower_ == "of"
                and _title_words_only(tokens, start - 2, end)):
            taken[start:end] = [True] * (end - start)  # a job title, not a name; the unit
            return  # of one ("Head of [Communications]")
        if (title := _title_after_owner(tokens, start, end)) is not None:
            add(start, title, label if label in {"ORG", "GPE"} else None)
            taken[title:end] = [True] * (end - title)  # "EU Special Representative": the EU
            return
        if end - start == 1 and (tokens[start].lower_ in _NOT_ALONE or text in _NOT_ACRONYMS
                                 or tokens[start].lower_ in _RANK_OF_A_TITLE
                                 or _abbreviated_rank(tokens, start)
                                 or _opens_a_compound(tokens, start)
                                 or _style_of_address(tokens, start)):
            return  # "the Board": which board is not in the name; "the PM", "Tuesday"; "his
            # Special Assistant on Media": a title's word, whose holder is named apart
        if _names_a_thing(tokens, start, end):
            things.add(text)
            return
        if _operation_or_title_phrase(tokens, start, end):
            return  # "Operation 'Iron Shield'": a military operation; "the Holy Father": the
            # pope by his title
        if _before_a_thing(tokens, start, end):
            return  # "Benchmark Brent crude", "its Specially Designated Nationals list"
        if _ends_a_quoted_phrase(tokens, start, end):
            return  # a "multinational force Ukraine": the name of a thing yet to be
        votes: Counter[str] = Counter()
        kind = _NER_TYPE.get(label or "")
        if kind:
            weight = 0.0 if kind == "Person" and _no_person(tokens, start, end) else 1.0
            if kind == "Place" and strip_name(text, "Place") not in PLACE_NAMES:
                weight = 0.5
                if end - start == 1 and _acronym(text) and not headline_at[start]:
                    kind = "Organization"  # "the data protection officer of CERN": an
                    # acronym no known place's is a body's
            votes[kind] += weight
        elif label == "NORP":
            votes["Organization"] += 0.5
        _cues(doc, start, end, votes)
        in_title = _portfolio_before(tokens, end) or (
            end - start > 1 and _portfolio_before(tokens, end - 1))
        if (in_title and votes["Organization"] <= 1 and not votes["Person"]
                and not votes["Place"] and not text.isupper()):
            return  # "National Security Adviser", "Digital Affairs Minister": a title's words
        if _joined_portfolio(tokens, start, end) and not votes["Person"] and (
                not votes["Place"]) and not text.isupper():
            return  # "Energy and Mineral Resources Minister": both portfolios of one title
        nickname = _NICKNAME.search(text)
        stands_for = " ".join(text.split()) if "\n" in text else None  # a wrapped name
        if start > 0 and _monarch_by_one_name(tokens, start - 1, end):
            stands_for = span_text(doc, start - 1, end)  # "King Tamir" (the title stays
            # before the mention, where a title is read)
        if nickname:  # 'Marcus "Sunny" Delacroix' is Marcus Delacroix
            stands_for = text[: nickname.start()] + " " + text[nickname.end():]
            votes["Person"] += 2  # only people have nicknames inside their names
        candidates.append(Candidate(start, end, votes, weak=headline_at[start],
                                    stands_for=stands_for))
        for i in range(start, end):
            taken[i] = True

    # the place of a dateline, in capitals: "HO CHI MINH CITY (Agency) —", "THE HAGUE —"
    for match in _DATELINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is not None and span.text.isupper() and (
                span[-1].lower_ not in ORG_HEADS | {"nations"}):  # "UNITED NATIONS (Agency) —"
            s, e = _trim(doc, span.start, span.end)
            if e > s and not any(taken[s:e]):
                add(s, e, "GPE")
                if candidates and candidates[-1].start == s:
                    candidates[-1].stands_for = span_text(doc, s, e).title()
                    candidates[-1].votes["Place"] += 3
    for s, e in _quoted_nicknames(doc):
        add(s, e, "PERSON")  # "Hassan 'Abu Ali' Karimi" is Hassan Karimi
    runs = [_extend(doc, s, e) for s, e in _proper_runs(doc)]
    for s, e in _event_names(doc, runs):
        if _acronym(tokens[s].text) and not taken[s]:
            add(s, s + 1, "ORG")  # "the APEC Economic Leaders' Meeting": APEC holds it
        taken[s:e] = [True] * (e - s)
    # names with particles, which the tagger splits ("Ursula von der" + "Leyen")
    for s, e in runs:
        if any(_name_particle(tokens, k) or tokens[k].text == "-" for k in range(s, e)):
            if _tagged_as_two_names(tokens, s, e):
                continue  # "Soochow University Chen Fang-yu": a body, then a person
            # the tagger's label where it read the whole name ("Sofia Lindqvist-Tran")
            whole = tokens[s].ent_iob_ == "B" and (e == len(doc) or tokens[e].ent_iob_ != "I")
            # or a person's, every word of it, inside a longer name the tagger read ("Governor
            # Makkah Prince [Abdullah bin Bandar bin Abdul Aziz]")
            person = all(t.ent_type_ == "PERSON" for t in tokens[s:e])
            add(s, e, tokens[s].ent_type_ if whole and tokens[s].ent_type_
                else "PERSON" if person else None)
    # organisation names the NER cuts short ("the People party", "Presidential Office")
    for s, e in runs:
        if _place_in_tagged_name(tokens, e):
            continue  # the tagger read the place in the name: "the United Nations Mission for
            # the Census in Western Sahara (MINUCEN)", which the names it tagged take whole
        if tokens[s].lower_ == "of" and _general_staff(tokens, e - 2) and not taken[e - 2]:
            # "Chief [of the General Staff] X": the run after the title, the army's command
            add(e - 2, e, "ORG")
            continue
        if e - s > 1 and (tokens[e - 1].lower_ in ORG_HEADS or any(
                tokens[k].lower_ in ORG_HEADS and tokens[k + 1].lower_ in _NAME_PREPOSITIONS
                for k in range(s, e - 1))  # "Olympic Council of Asia"
                # "the Mission for the Referendum in Western Sahara (MINURSO)"
                or any(t.lower_ == "in" for t in tokens[s:e]) and _acronym_after(tokens, e)):
            for ps, pe in _split(doc, s, e):
                add(ps, pe, "ORG")
    run_end = {s: e for s, e in runs}
    # where the run a token is inside ends: "Affairs [Nguyen Minh] Vu", a title's last word
    # run into the name the tagger cut short
    run_end_within = {k: e for s, e in runs for k in range(s + 1, e)}
    ent_after = {ent.start: ent for ent in doc.ents}
    for ent in doc.ents:
        if ent.label_ not in _NER_TYPE:
            continue
        label = ent.label_
        # "Arab and Muslim states": the second adjective, coordinated with the first
        modified = ent.root.head if ent.root.dep_ == "conj" else ent.root
        if label == "NORP" and modified.dep_ in {"amod", "compound"}:
            if _firm_before_its_officer(tokens, ent.start, ent.end):
                label = "ORG"  # "Xilinx chief executive X", tagged as a people's adjective
            elif not (modified.head.lower_ in PLACE_HEADS and modified.head.text.islower()
                      and ent.text not in DEMONYMS):
                continue  # "Nordic countries": an adjective, not a name
            else:
                label = "GPE"  # "the Chocó region": the region's name
        if ent.end - ent.start == 1 and tokens[ent.start].tag_ == "NNS" and not _acronym(
                tokens[ent.start].text):
            continue  # "Diplomats said": a common noun opening a sentence (not "the EDPS",
            # an acronym the tagger read as a plural for its last letter)
        if ent.end - ent.start <= 2 and _after_party_family(tokens, ent.end - 1) and (
                not _names_the_party(tokens[ent.end - 1])):
            continue  # "X, a Christian Democrat who ...": one member, no party named
        if _is_portfolio(doc, ent.start, ent.end):
            continue
        start = ent.start + (tokens[ent.start].lower_ in {"the", "a", "an"})
        colon = next((k for k in range(ent.end - 2, start - 1, -1) if tokens[k].text == ":"),
                     None)
        if colon is not None:
            start = colon + 1  # "Pros and Cons: Supreme Court": a headline's label before
            ent = doc[start:ent.end]  # its colon is no word of the name after it
        if tokens[start].lower_ == "board" and ent.end - start > 2 and (
                tokens[start + 1].lower_ == "of") and _board_of_a_body(
                    tokens, start + 2 + (tokens[start + 2].lower_ == "the"), _name_tokens(doc)):
            start += 3 if tokens[start + 2].lower_ == "the" else 2  # "Board of X" → X
            ent = doc[start:ent.end]
        elif ent.end - start > 1 and _gerund_opening_a_sentence(tokens[start]):
            start += 1  # '"Cancelling Tang's trip"': the verb is no word of the name
            ent = doc[start:ent.end]
        if (surname := ent_after.get(ent.end)) is not None and _surname_read_apart(
                tokens, start, ent.end, surname):
            ent, label = doc[start:surname.end], "PERSON"  # "[Makhdoom Shah Mahmood]
            # [Qureshi]": one person's long name the tagger read as two, a body and a place
        for s, e in _coordinated_pieces(tokens, ent.start, ent.end, start, run_end):
            s, e = _extend(doc, s, e)
            if ent.label_ == "ORG":
                s, e = _masthead(doc, s, e)
            if _demonym_opens(tokens, s, e):
                s -= 1  # "the Russian Anti-Doping Agency" is Russia's, not any such agency
            elif _demonym_cut(tokens, s):
                s -= 1  # "the [South] Korean National Assembly": the demonym whole
            elif e - s == 1 and _after_party_family(tokens, s):
                s -= 1  # "[Christian] Democrats": a party of its own, not the US one
            if s > 0 and _family_name_as_a_word(tokens[s - 1]):
                s, label = s - 1, "PERSON"  # "Minister [Do] Hung Viet", "[To] Lam": the
                # surname the tagger read as a word
            elif ent.label_ == "PERSON" and (_given_name_before(tokens, s)
                                             or _first_name_after_rank(tokens, s)
                                             or _initials_before(tokens, s)):
                s -= 1  # "Anders Lindqvist", "Sgt. Roshain Brooks" tagged from the surname
            elif s > 0 and canonical_place(span_text(doc, s - 1, e)) in PLACE_NAMES and (
                    tokens[s - 1].is_title or tokens[s - 1].is_upper):
                s -= 1  # "DR [Congo]", "North [Macedonia]": the place's whole name
            elif (ent.label_ in {"ORG", "GPE", "LOC", "FAC"} and e - s == 1
                  and _given_name_before(tokens, s)
                  and (person_name_shape([tokens[s - 1].text, tokens[s].text]) >= 1
                       or _speaks(tokens[s]))):
                s, label = s - 1, "PERSON"  # "officer Ana Roe said": the surname tagged a body
            longer = run_end.get(s, e)
            if longer == e and ent.label_ == "PERSON" and run_end_within.get(s, e) > e and (
                    person_name_shape(span_text(doc, s, run_end_within[s]).split()) >= 1
                    or run_end_within[s] == e + 1 and _rest_of_name(tokens, e, e + 1)):
                longer = run_end_within[s]  # "Affairs [Nguyen Minh Vu]", "Investment [Luhut
                # Binsar Pandjaitan]": a surname the tagger left out, at the run's end
            if longer > e and (person_name_shape(span_text(doc, s, longer).split()) >= 1
                               or ent.label_ == "PERSON" and _rest_of_name(tokens, e, longer)):
                e = longer  # "Dragan Petrović", "Samuel Kiprotich Rono" tagged in part
            elif (site := _saint_s_site_end(tokens, s, max(longer, e))) is not None:
                e, label = site, "FAC"  # "St Mark's Square", tagged as the saint's name
            elif longer > e and (tokens[longer - 1].lower_ in COMPANY_WORDS
                                 or _club_name(tokens, s, longer)):
                e, label = longer, "ORG"  # "Kestrel Rock Capital", "Harbury United" tagged
                # from their first words
            elif longer > e and ent.label_ in {"ORG", "GPE", "NORP"} and all(
                    tokens[k].ent_iob_ == "O" and tokens[k].lower_ not in _TITLE_QUALIFIERS
                    and tokens[k].lower_ not in SUBORDINATE_TITLE_WORDS
                    for k in range(e, longer)) and _rest_of_name(tokens, e, longer) and not (
                    longer < len(doc) and tokens[longer].lower_ in _TITLE_WORDS):
                e, label = longer, None  # "Rimantas Šadžius", "CONTINENTAL SENTINEL": the
                # tagger's label on the first word only, which says little of the whole
            elif e - s == 1 and ent.label_ == "ORG" and run_end.get(s - 1) == e and (
                    is_given_name(tokens[s - 1].text) and tokens[s - 1].ent_iob_ == "O"
                    and tokens[s].lower_ not in ORG_HEADS | COMPANY_WORDS):
                s, label = s - 1, None  # "Ana [Kovar] dissented": a given name the tagger
                # left out of the surname it took for a body's name
            add(s, e, "ORG" if tokens[e - 1].lower_ in _LOWER_ORG_HEADS else label)
    # the words of longer names: a surname ("Stubb said"), or one written first ("Kou added")
    surnames = {t.text for c in candidates if c.end - c.start > 1
                for t in tokens[c.start:c.end] if t.is_title and t.lower_ not in ORG_HEADS}
    # a body the tagger named by one word elsewhere: "Rosneft, which is run by X" (see
    # _bodies_read_as_nouns)
    bodies = {tokens[c.start].text for c in candidates if c.end - c.start == 1
              and tokens[c.start].ent_type_ == "ORG" and not _opens_sentence(tokens[c.start])}
    for s, e in runs:
        if _is_portfolio(doc, s, e):
            named = _name_after_portfolio(tokens, s, e)
            if named is not None:
                add(named, e, "PERSON")  # "Commissioner for Energy [Maroš Hrubý]"
            continue
        if e - s == 1 and e < len(doc) and tokens[e].lower_ in _TITLE_WORDS and (
                not tokens[s].ent_type_) and not _acronym_before_holder(tokens, s) and not (
                tokens[s].tag_ in {"NN", "NNS"} and _firm_read_as_a_plural(tokens[s])):
            continue
        for ps, pe in _split(doc, s, e):
            if pe - ps <= 2 and _after_party_family(tokens, pe - 1):
                if not _names_the_party(tokens[pe - 1]):
                    continue  # "X, a Christian Democrat who ...": one member, no party
                ps = pe - 2  # "[Liberal] Democrat leader X": a party of its own, not the US one
            # a capitalised first word is a name only if known as one ("Stubb said")
            if (not _opens_sentence(tokens[ps]) or pe - ps > 1 or tokens[ps].text in surnames
                    or _acronym(tokens[ps].text) or _place_apposition(tokens, pe)
                    or _country_opening(tokens[ps])
                    or tokens[ps].tag_ in {"NN", "NNS"} and _firm_read_as_a_plural(tokens[ps])
                    or pe - ps == 1 and _head_named_after(tokens, pe)
                    and _coined_word(tokens[ps])):
                add(ps, pe, None)
            elif pe - ps == 1 and tokens[ps].text in bodies and (
                    pe < len(doc) and tokens[pe].text == ","):
                add(ps, pe, "ORG")  # the body the article names by this word elsewhere
    institutions, bare = _institutions(doc)
    for s, e in institutions:
        stands_for = None
        owner = next((i for i in range(s, e) if tokens[i].text in POSSESSIVE_MARKS), None)
        if owner is not None and owner + 1 < e:  # "China's foreign ministry": China stays
            stands_for = span_text(doc, s, e)
            seat = span_text(doc, s, owner)
            if seat in CAPITAL_COUNTRIES:  # "Seoul's defense ministry" is South Korea's
                stands_for = f"{CAPITAL_COUNTRIES[seat]}'s {span_text(doc, owner + 1, e)}"
            s = owner + 1
        if not any(taken[s:e]) and not any(noise[s:e]) and not _before_cabinet_title(tokens, e):
            votes: Counter[str] = Counter({"Organization": 3.0})
            candidates.append(Candidate(s, e, votes, stands_for=stands_for))
            for i in range(s, e):
                taken[i] = True
    if things:
        candidates = [c for c in candidates if span_text(doc, c.start, c.end) not in things]
    for i, party in party_tags(doc):  # "(R-Tex.)": the letter names the party
        if not taken[i]:
            candidates.append(Candidate(i, i + 1, Counter({"Organization": 5.0}),
                                        stands_for=party))
            taken[i] = True
    _owned_institutions(doc, candidates)
    for c in [*_bodies_of_a_kind(doc, candidates, bare), *_offices_of_people(doc, candidates)]:
        if not any(taken[c.start:c.end]) and not any(noise[c.start:c.end]):
            candidates.append(c)
            for i in range(c.start, c.end):
                taken[i] = True
    candidates = _people_joined_by_and(doc, _without_name_pairs(doc, candidates))
    _given_names_sharing_a_surname(doc, candidates)
    candidates = _after_capital_styles(doc, candidates)
    _surnames_that_are_places(doc, candidates)
    _towns(doc, candidates)
    _people_by_one_word(doc, candidates)
    _surnames_of_people_in_full(doc, candidates)
    _people_in_full_by_their_surname(doc, candidates)
    _people_listed(doc, candidates)
    _ordinals_opening_names(doc, candidates)
    _short_names(doc, candidates)
    _national_bodies(doc, candidates)
    candidates.sort(key=lambda c: c.start)
    _bodies_named_in_apposition(doc, candidates)
    candidates = _names_joined_by_their_acronym(doc, candidates)
    candidates = _names_joined_before_group(doc, candidates)
    candidates = _joined_names_written_again(doc, candidates)
    candidates = _without_titles_by_initials(doc, candidates)
    candidates = _acronyms_before_titles(doc, candidates)
    _expand_acronyms(doc, candidates)
    _nicknames(doc, candidates)
    return candidates


#: What stands between the names of a list: "A, B (C) and D".
_LIST_GLUE = {",", "and", "(", ")"}


def _people_listed(doc: Doc, candidates: list[Candidate]) -> None:
    """One-word names listed with a person named in full are people, where most of them
    are given names or surnames and nothing but the tagger's guess makes them anything
    else: "playing Ana Roe, Venus, Vika (Lind) and Sharapova" names five players (not
    "backed by Tom Brask, Sequoia and Accel": a person and two firms)."""
    tokens = doc_tokens(doc)
    ordered = sorted(candidates, key=lambda c: c.start)
    lists: list[list[Candidate]] = []
    for c in ordered:
        if lists and all(t.text in _LIST_GLUE for t in tokens[lists[-1][-1].end:c.start]) and (
                c.start > lists[-1][-1].end):
            lists[-1].append(c)
        else:
            lists.append([c])
    for members in lists:
        if len(members) < 3 or not any(
                _best_type(c.votes) == "Person" and c.end - c.start >= 2
                and c.votes["Person"] >= 3 for c in members):
            continue  # one of them named in full and sure
        lone = [c for c in members if c.end - c.start == 1 and c.votes["Person"] < 3
                and c.votes["Organization"] <= 0.5 and c.votes["Place"] <= 0.5
                and canonical_place(span_text(doc, c.start, c.end)) not in PLACE_NAMES
                and not _acronym(tokens[c.start].text)]
        known = sum(is_given_name(tokens[c.start].text) or is_surname(tokens[c.start].text)
                    for c in lone)
        if lone and 2 * known >= len(lone):  # most of them names people go by
            for c in lone:
                c.votes["Person"] += 3


def _without_titles_by_initials(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but the initials an article gives a title, wherever it uses them:
    "the Chief Justice of Velmoria (CJV)", "a former National Security Adviser (NSA)"
    shorten an office, not a body's name (as "the Electoral Commission (EC)" does)."""
    tokens = doc_tokens(doc)
    titles = set()
    for c in candidates:
        word = tokens[c.start].text
        if (c.end - c.start != 1 or not word.isupper() or not 2 <= len(word) <= 5
                or c.start < 2 or tokens[c.start - 1].text != "("
                or c.end >= len(tokens) or tokens[c.end].text != ")"):
            continue
        words = [t.text for t in tokens[max(0, c.start - 1 - 2 * len(word)):c.start - 1]]
        for first in range(len(words) - 1, -1, -1):
            phrase = words[first:]
            if not phrase[0][:1].isupper() or _initials(" ".join(phrase)) != word.lower():
                continue
            # the office's own word: the last before "of" ("Chief Justice of Velmoria")
            head = next((w for w, after in zip(phrase, [*phrase[1:], ""], strict=True)
                         if after.lower() == "of"), phrase[-1])
            if head.lower() in _PERSON_TITLES | TITLE_PREDICATE.keys():
                titles.add(word)
            break
    return [c for c in candidates if span_text(doc, c.start, c.end) not in titles]


#: A line linking to another story: "Read more: …", "Related | …", or the lead alone
#: ("You might like:") with the story's headline on the next line.
_LINK_LINE = re.compile(
    rf"^[ \t]*(?:{'|'.join(re.escape(lead) for lead in LINK_LEADS)})[ \t]*"
    r"(?::?[ \t]*\n[^\n]*|[:|>»–—-][^\n]*)$", re.IGNORECASE | re.MULTILINE)


#: A line with a colon, a semicolon or a comma, where the parser may cut a headline. Tried
#: at line starts only: unanchored, each position of a line without one would scan to the
#: line's end again.
_LINE_WITH_CUT_MARK = re.compile(r"^[^\n]*[:;,][^\n]*", re.MULTILINE)


def _headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The token spans of headline lines the parser cut into sentences at a colon or a
    comma ("Jeddah Talks: Envoys Meet Again", "HALVARD, Film on Painter Ana Berg, to Open
    Festival", whose later parts open no line)."""
    found = []
    text = doc_text(doc)
    for match in _LINE_WITH_CUT_MARK.finditer(text):
        line = match.group().strip()
        if len(line) > 200 or _ends_as_prose(line):
            continue  # a paragraph of prose: is_headline says no, without a Span made
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span) and is_headline(span):
            found.append((span.start, span.end))
    return found


def _other_stories(doc: Doc) -> list[tuple[int, int]]:
    """The token spans of lines that link to other stories, whose names are theirs: they
    count only where the article's own text names them too."""
    found = []
    for match in _LINK_LINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end))
    return found


#: Nouns of the people who hold a post, which end no body's name: a name of a body ends in
#: its own noun ("Office of the Special Envoy", "Council of Economic Advisers").
_POST_NOUNS = frozenset({
    "leader", "coordinator", "adviser", "advisor", "envoy", "commissioner", "representative",
    "ambassador", "minister", "secretary", "chairman", "chairwoman", "chairperson",
    "president", "spokesman", "spokeswoman", "spokesperson", "director", "governor",
    "negotiator", "rapporteur", "prosecutor", "chancellor", "premier", "lawmaker",
})
#: Plural nouns of kinds of people and bodies, capitalised by some pages: "the Allies".
_PEOPLE_NOUNS = frozenset({"allies", "ministers", "ambassadors", "leaders", "presidents",
                           "officials", "delegates", "lawmakers", "envoys", "members"})
#: Adjectives of a post's title: "Supreme Leader", "Special Envoy", "High Representative".
_POST_ADJECTIVES = frozenset({"supreme", "special", "high", "senior", "deputy", "humanitarian",
                              "resident", "chief"})
#: An abbreviation in the plural: "NGOs", "MPs", "CEOs".
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,}s")


def _a_list(tokens: list[Token], start: int, end: int, label: str | None) -> int | None:
    """Where the name of a list ends ("Entity List", "SDN List", "List of Specially
    Designated Nationals and Blocked Persons"), if the name is one: its title runs on across
    "and" (not "Anna List", a person, nor "List of Wonders Trust", a body)."""
    if label == "PERSON" or is_given_name(tokens[start].text) or (
        tokens[end - 1].lower_ in ORG_HEADS or tokens[end - 1].lower_ in COMPANY_WORDS
    ):
        return None
    if tokens[end - 1].text != "List" and not (
        end - start >= 3 and tokens[start].text == "List" and tokens[start + 1].lower_ == "of"
    ):
        return None
    k = end
    if k + 1 < len(tokens) and tokens[k].lower_ == "and" and tokens[k + 1].is_title:
        k += 1
        while k < len(tokens) and tokens[k].is_title:
            k += 1
    return k


def _people_by_role(tokens, start: int, end: int, label: str | None) -> bool:
    """Whether a name is a plural of people or a post's title, not a name: "Ministers", "the
    Allies", "NGOs" alone; "Supreme Leader", "Humanitarian Coordinator" (not a person's name,
    not a body's: no word of a body's in it)."""
    if end - start == 1:
        text = tokens[start].text
        if text.lower() in _POST_ADJECTIVES and end < len(tokens) and (
                tokens[end].is_title and tokens[end].lower_ in _POST_NOUNS):
            return True  # "[Supreme] Leader X": the tagger cut the title
        return text.lower() in _PEOPLE_NOUNS or bool(_PLURAL_ABBREVIATION.fullmatch(text))
    if label == "PERSON" or tokens[end - 1].lower_ not in _POST_NOUNS:
        return False
    return not any(
        tokens[k].lower_ in ORG_HEADS or tokens[k].lower_ in COMPANY_WORDS
        or tokens[k].lower_ in _NAME_PREPOSITIONS
        for k in range(start, end)
    )


def _without_name_pairs(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Leave out two people's surnames joined by a hyphen, which name their pair ("the
    Kellner-Orlov plan", "Kellner-Orlov call"), not a double-barrelled surname: each is
    the surname of another person the article names."""
    tokens = doc_tokens(doc)
    surnames = {tokens[c.end - 1].text for c in candidates
                if _best_type(c.votes) == "Person"
                and not any(tokens[k].text in DASHES for k in range(c.start, c.end))}

    def pair(c: Candidate) -> bool:
        return any(tokens[k].text in DASHES and not tokens[k].whitespace_
                   and tokens[k - 1].text in surnames and tokens[k + 1].text in surnames
                   and tokens[k - 1].text != tokens[k + 1].text
                   for k in range(c.start + 1, c.end - 1))

    return [c for c in candidates if not pair(c)]


def _people_joined_by_and(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Two people's surnames joined by "and" that the tagger read as one name ("Araghchi and
    Abdelatty reviewed ties"), where the article names each of them in full: two people.
    ("Procter and Gamble", whose words name no one, stays one.)"""
    tokens = doc_tokens(doc)
    surnames = {tokens[c.end - 1].text for c in candidates
                if c.end - c.start >= 2 and _best_type(c.votes) == "Person"}
    found: list[Candidate] = []
    for c in candidates:
        if (c.end - c.start == 3 and tokens[c.start + 1].lower_ == "and"
                and tokens[c.start].text in surnames and tokens[c.end - 1].text in surnames):
            found += [Candidate(c.start, c.start + 1, Counter({"Person": 2.0})),
                      Candidate(c.end - 1, c.end, Counter({"Person": 2.0}))]
        else:
            found.append(c)
    return found


def _ordinals_opening_names(doc: Doc, candidates: list[Candidate]) -> None:
    """An ordinal in figures before a body's name opens that name: "20th Century Studios",
    "22nd Planet Films", "the 2nd Circuit Court of Appeals" (the tagger leaves it out as a
    number; "his 2nd Harvard degree" names no body, so the name must hold a body's word,
    or be the opening of one so named: "22nd Planet's library")."""
    tokens = doc_tokens(doc)
    bodies = COMPANY_WORDS | ORG_HEADS
    opened: list[Candidate] = []
    named: set[str] = set()
    previous_end = 0
    for c in sorted(candidates, key=lambda c: c.start):  # (not yet in text order here)
        k = c.start - 1
        if (k >= previous_end and c.stands_for is None and _ORDINAL.fullmatch(tokens[k].text)
                and tokens[c.start].is_title):
            opened.append(c)
            if any(t.lower_ in bodies for t in tokens[c.start:c.end]):
                named.add(span_text(doc, k, c.end))
        previous_end = c.end
    for c in opened:
        text = span_text(doc, c.start - 1, c.end)
        if any(name == text or name.startswith(text + " ") for name in named):
            c.start -= 1


#: Kin and couples named by given names that share one surname: "brothers Aziz and Farrukh
#: Temirov", "Sarvan and Sanjar Kadyrbekov, nephews of …".
_KIN = {"brothers", "sisters", "siblings", "twins", "couple", "sons", "daughters", "nephews",
        "nieces", "cousins", "spouses"}


def _given_names_sharing_a_surname(doc: Doc, candidates: list[Candidate]) -> None:
    """A given name alone before "and" and a full name names a person of that surname:
    "Arkady and Boris Venkov", "Ilse and Marta Brandt". The first word must be a given
    name as the second's first word is (one of them is, where the sentence calls them
    kin), and the article must not use the first word alone
    elsewhere (as "Jasper and Tim Colbert … Jasper said" does a firm's name)."""
    tokens = doc_tokens(doc)
    counts = Counter(t.text for t in tokens)
    for first, second in zip(candidates, candidates[1:], strict=False):
        if not (first.end - first.start == 1 and second.start == first.end + 1
                and tokens[first.end].lower_ == "and" and second.end - second.start == 2
                and first.stands_for is None and second.stands_for is None):
            continue
        given, other, surname = tokens[first.start], tokens[second.start], tokens[second.end - 1]
        if not (given.is_title and given.is_alpha and counts[given.text] == 1
                and surname.is_title and surname.is_alpha
                and canonical_place(given.text) not in PLACE_NAMES
                and given.text not in DEMONYMS and _best_type(second.votes) == "Person"):
            continue
        near = {t.lower_ for t in tokens[max(first.start - 2, 0):first.start]}
        near |= {t.lower_ for t in tokens[second.end:second.end + 2]}
        known = is_given_name(given.text) + is_given_name(other.text)
        if known == 2 or known == 1 and near & _KIN:
            first.votes = Counter({"Person": 3.0})
            first.stands_for = f"{given.text} {surname.text}"


#: Quotes that open a nickname, and those that may close each.
_CLOSING_QUOTES = {"'": {"'", "’"}, "‘": {"'", "’"}, '"': {'"', "”"}, "“": {'"', "”"}}
_OPENING_QUOTES = frozenset(_CLOSING_QUOTES)


def _quoted_nicknames(doc: Doc) -> list[tuple[int, int]]:
    """Names with a nickname in quotes between their words, which the tagger cuts in
    pieces (reading single quotes as a possessive): "Hassan 'Abu Ali' Karimi", 'Basuki
    "Ahok" Tjahaja Purnama'."""
    tokens = doc_tokens(doc)
    is_name = _name_tokens(doc)
    found = []
    for i in range(1, len(doc) - 2):
        if not (tokens[i].text in _OPENING_QUOTES and tokens[i - 1].whitespace_
                and is_name[i - 1] and not tokens[i].whitespace_ and is_name[i + 1]):
            continue
        close = next((j for j in range(i + 2, min(i + 6, len(doc) - 1))
                      if tokens[j].text in _CLOSING_QUOTES[tokens[i].text]), None)
        if close is None or tokens[close - 1].whitespace_ or not is_name[close + 1] or not all(
                is_name[k] for k in range(i + 1, close)):
            continue
        start, end = i - 1, close + 2
        # not the title before the name: "Lt Gen Mohamed 'Tiger' Dagalo"
        while start > 0 and is_name[start - 1] and (
                tokens[start - 1].lower_.rstrip(".") not in _PERSON_TITLES):
            start -= 1
        while end < len(doc) and is_name[end]:
            end += 1
        found.append((start, end))
    return found


def _surnames_that_are_places(doc: Doc, candidates: list[Candidate]) -> None:
    """A place's name standing alone as a person's surname: "Denzel Washington … Washington
    said". It is the person where something only a person does says so (an honorific, a
    verb of speech); elsewhere ("officials in Washington") it stays the place."""
    tokens = doc_tokens(doc)
    surnames = {tokens[c.end - 1].text for c in candidates
                if c.end - c.start >= 2 and _best_type(c.votes) == "Person"}
    for c in candidates:
        token = tokens[c.start]
        if c.end - c.start != 1 or token.text not in surnames or token.text not in PLACE_NAMES:
            continue
        before = tokens[c.start - 1] if c.start else None
        honorific = before is not None and (before.lower_ in HONORIFICS
                                            or before.lower_ + "." in HONORIFICS)
        if honorific or token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS:
            c.votes["Place"] = 0
            c.votes["Person"] += 2
    # a surname no place is known by, read as a place's ("Talks: Tusk to meet Cameron, UK deal
    # seen" after "David Cameron"): the person the article names in full
    sure = {tokens[c.end - 1].text for c in candidates
            if c.end - c.start >= 2 and c.votes["Person"] >= _SURE_PERSON
            and _best_type(c.votes) == "Person"}
    for c in candidates:
        token = tokens[c.start]
        if (c.end - c.start == 1 and token.text in sure and token.text not in PLACE_NAMES
                and _best_type(c.votes) == "Place"):
            c.votes["Place"] = 0
            c.votes["Person"] += 2
    _particled_surnames_read_as_places(doc, candidates)


def _particled_surnames_read_as_places(doc: Doc, candidates: list[Candidate]) -> None:
    """A surname opened by a particle, written alone with the particle capitalised at the
    start of a sentence ("Al-Marzuq said" after "Ahmed al-Marzuq", "El-Baradi, the
    leader,"), that the tagger took for a place no gazetteer knows: the person the article
    names in full."""
    tokens = doc_tokens(doc)
    tails = set()
    for c in candidates:
        if c.end - c.start < 3 or _best_type(c.votes) != "Person":
            continue
        for k in range(c.start + 1, c.end - 1):
            if tokens[k + 1].text == "-" and tokens[k].is_lower:  # "al" of "al-Marzuq"
                tails.add(span_text(doc, k, c.end).lower())
    for c in candidates:
        name = span_text(doc, c.start, c.end)
        if (c.end - c.start >= 3 and tokens[c.start].is_title and name.lower() in tails
                and name not in PLACE_NAMES and _best_type(c.votes) == "Place"):
            c.votes["Place"] = 0
            c.votes["Person"] += 2


def _people_by_one_word(doc: Doc, candidates: list[Candidate]) -> None:
    """A lone word with nothing to type it by, that is the first or last word of a person
    the article names in full: "Oh said" after "Oh Byung-chul", "Tavares added"."""
    tokens = doc_tokens(doc)
    words = {tokens[k].text for c in candidates
             if c.end - c.start >= 2 and _best_type(c.votes) == "Person"
             for k in (c.start, c.end - 1)}
    for c in candidates:
        if c.end - c.start == 1 and not +c.votes and tokens[c.start].text in words:
            c.votes["Person"] += 2


def _surnames_of_people_in_full(doc: Doc, candidates: list[Candidate]) -> None:
    """A lone word the tagger only guessed a body's or a place's, that is the surname of a
    person the article names in full after a known given name: "Kelvane met them" after
    "Jared Kelvane" is that person, however often the tagger read the surname as a body's."""
    tokens = doc_tokens(doc)
    surnames = {tokens[c.end - 1].text for c in candidates
                if c.end - c.start >= 2 and _best_type(c.votes) == "Person"
                and is_given_name(tokens[c.start].text) and tokens[c.end - 1].is_title}
    for c in candidates:
        if (c.end - c.start == 1 and tokens[c.start].text in surnames
                and max(c.votes.values(), default=0) < 2 and c.stands_for is None):
            c.votes["Person"] += 2


def _people_in_full_by_their_surname(doc: Doc, candidates: list[Candidate]) -> None:
    """A person's full name the tagger only guessed a body's or a place's, whose last word
    the article then gives a person alone, surely ("Tendo Mbirizi said ... Mr Mbirizi
    spoke", "Mbirizi told supporters he ..."): one person, not a body and a person. A name
    with a body's word ("Mbirizi Holdings") or a place's, or a town's, stays what it is."""
    tokens = doc_tokens(doc)
    surnames = {tokens[c.start].text for c in candidates
                if c.end - c.start == 1 and c.votes["Person"] >= _SURE_SURNAME
                and _best_type(c.votes) == "Person"}
    for c in candidates:
        words = tokens[c.start:c.end]
        guessed = _best_type(c.votes)
        if (2 <= len(words) <= 3 and words[-1].text in surnames
                and guessed in {"Organization", "Place"} and c.votes[guessed] < 2
                and c.stands_for is None
                and not (guessed == "Place" and is_town(span_text(doc, c.start, c.end)))
                and all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS
                        and t.lower_ not in COMPANY_WORDS and t.text not in PLACE_NAMES
                        for t in words)):
            c.votes["Person"] += c.votes[guessed] + 1


#: The votes that make a lone word surely a person's: the tagger's label with a verb of
#: speech or a pronoun after, or an honorific ("Mr Mbirizi").
_SURE_SURNAME = 3.0


def _towns(doc: Doc, candidates: list[Candidate]) -> None:
    """A town's name the tagger took for a body, where a cue says it is a place and none
    that it acts: "from the Karlsruhe area", "between Khartoum and Juba" (not "Toyota said";
    nor "from Newcastle" in a story naming "Newcastle United", the club it stands for)."""
    tokens = doc_tokens(doc)
    bodies = {tokens[c.start].text for c in candidates
              if c.end - c.start >= 2 and _best_type(c.votes) == "Organization"}
    # a name that acts anywhere in the article is no town there: "Liverpool signed him …
    # moved to Liverpool" is the club throughout
    acting = {span_text(doc, c.start, c.end) for c in candidates
              if c.votes["Person"] > 0 or c.votes["Organization"] > 1
              or Span(doc, c.start, c.end).root.dep_ in {"nsubj", "nsubjpass", "poss"}}
    for c in candidates:
        if c.end - c.start > 3 or c.votes["Place"] <= 0:
            continue
        name = span_text(doc, c.start, c.end)
        if name not in PLACE_NAMES and name not in bodies | acting and is_town(name):
            c.votes["Place"] += 2


def _national_bodies(doc: Doc, candidates: list[Candidate]) -> None:
    """ "Brazil's Senate" is that country's senate, not the one of another article: the
    name keeps its country (the resolver joins the article's "the Senate" to it)."""
    tokens = doc_tokens(doc)
    for c in candidates:
        i = c.start
        if (c.end - i == 1 and tokens[i].lower_ in NATIONAL_BODIES and tokens[i].is_title
                and i >= 2 and tokens[i - 1].text in POSSESSIVE_MARKS
                and canonical_place(tokens[i - 2].text) in COUNTRY_NAMES):
            c.stands_for = f"{canonical_place(tokens[i - 2].text)}'s {tokens[i].text}"


#: Works whose titles news writes after the noun of their kind: "the film Northgate".
_WORKS = {"song", "film", "movie", "book", "novel", "album", "documentary", "series",
          "musical", "opera", "painting", "poem", "memoir", "sitcom", "podcast", "anthem"}


#: Quotes a work's title may open with: double ones, and single ones ("the song 'Halvarka'").
_TITLE_QUOTES = _QUOTE_MARKS | {"'", "‘"}


def _title_of_a_work(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is the title of a work, written straight after the common noun of its
    kind (in quotes or not): "the song 'Halvarka'", "the documentary Northgate" (not "the
    film director Ang Lee", whose title comes between, nor the maker or subject of a clause
    after it: "the album Taylor Swift released", "in the series England lost")."""
    k = start - 1
    if k >= 0 and tokens[k].text in _TITLE_QUOTES:
        k -= 1
    if not (k >= 0 and tokens[k].lower_ in _WORKS and tokens[k].pos_ == "NOUN"):
        return False
    return not (tokens[end - 1].dep_ in {"nsubj", "nsubjpass"}
                or end < len(tokens) and tokens[end].tag_ == "VBD"
                or person_name_shape([t.text for t in tokens[start:end]]) >= 1)


#: The last words of streets' names: "Alder Street", "Elm Avenue".
_STREETS = {"street", "avenue", "road", "boulevard", "lane", "drive", "court", "place"}


def _member_s_description(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a member's title with the party before it ("Green MEP", "Likud
    lawmaker"), or a nationality and a party before such a title ("a [German Green] MEP")."""
    return tokens[end - 1].lower_ in _MEMBER_TITLES or (
        end < len(tokens) and tokens[end].lower_ in _MEMBER_TITLES
        and tokens[start].text in DEMONYMS)


def _letter_of_a_kind(tokens: list[Token], start: int, end: int) -> bool:
    """A capital letter alone, beside a lower-case noun that it labels: "the Y chromosome",
    "class B shares", "plan B" (never "X said", "fined X", "X's owner")."""
    text = tokens[start].text
    if end - start != 1 or len(text) != 1 or not text.isupper():
        return False
    after = tokens[end] if end < len(tokens) else None
    before = tokens[start - 1] if start > 0 else None
    return (
        after is not None and after.is_lower and after.pos_ == "NOUN"
        or before is not None and before.is_lower and before.pos_ == "NOUN"
    )


def _street_address(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a street's name is part of an address: after a house number of three digits
    or more ("2210 Elm Avenue") or a US police report's numbered "block of" ("the 4000 block
    of Alder Street"); "10 Downing Street" and "Downing Street" alone stay names."""
    if start >= 3 and tokens[start - 1].lower_ == "of" and tokens[start - 2].lower_ == "block" and (
            tokens[start - 3].like_num):
        return True  # (with its street word or without: "the 300 block of Birch")
    if end - start < 2 or tokens[end - 1].lower_ not in _STREETS or start == 0:
        return False
    before = tokens[start - 1]
    return before.text.isdigit() and len(before.text) >= 3


#: Words ending both a town's name and its club's: "Brenton City", "Dunmore Town".
_CLUB_PLACE_WORDS = {"city", "town", "county"}
#: The people of a club, whose word after a name makes it the club's: "Brenton City manager".
_CLUB_ROLES = {"manager", "coach", "boss", "striker", "midfielder", "defender", "goalkeeper",
               "winger", "forward", "captain", "chairman", "fans", "supporters", "players",
               "squad", "academy"}
#: The words of a wire story's credits before "by": "Reporting by A; Editing by B".
_CREDITS = {"Editing", "Reporting", "Writing", "Additional", "Compiled", "Produced",
            "Graphics", "Photos"}
#: An ordinal in figures: "3rd", "101st".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Units of armed forces, named by their number: "the 7th Rifle Division".
_UNITS = {"division", "brigade", "battalion", "regiment", "corps", "army", "fleet", "squadron"}
#: Military ranks abbreviated with a full stop before a name: "Brig. Gen. X", "Lt. Col. X".
_RANK_ABBREVIATIONS = {"brig", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "cmdr", "cdr",
                       "cpl", "pvt", "cpt", "lieut"}

#: Ranks and titles written in one token with their full stop, which no name contains:
#: "Sgt.", "Pfc.", "Det.", "Supt.".
_DOTTED_RANKS = frozenset(r + "." for r in _RANK_ABBREVIATIONS | {
    "pfc", "spc", "ofc", "supt", "insp", "det", "atty", "amb", "msgr", "reps", "sens", "gens"})


def _opens_a_compound(tokens: list[Token], i: int) -> bool:
    """Whether a word opens a compound joined by hyphens and "and" or "or": "the
    [Red]-and-White cabinet", "a Black-or-White choice"."""
    return (i + 3 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].lower_ in {
        "and", "or"} and tokens[i + 3].text == "-" and not any(
            t.whitespace_ for t in tokens[i:i + 3]))


def _style_of_address(tokens: list[Token], i: int) -> bool:
    """Whether a word is a style one addresses someone by, after the possessive that makes
    it one: "Thank you, Your Holiness", "His Eminence said"."""
    return (tokens[i].lower_ in STYLES_OF_ADDRESS and i > 0
            and tokens[i - 1].lower_ in {"your", "his", "her", "their"})


def _abbreviated_rank(tokens: list[Token], i: int) -> bool:
    """Whether a word is a rank cut short, its full stop a token of its own: "Sen. [Lieut].
    Gen. Luong Tam Kwan"."""
    return (tokens[i].lower_ in _RANK_ABBREVIATIONS and i + 1 < len(tokens)
            and tokens[i + 1].text == "." and not tokens[i].whitespace_)


def _first_name_after_rank(tokens: list[Token], s: int) -> bool:
    """Whether the capitalised word before ``s`` follows a dotted rank, so opens the name
    the rank is written before: "Sgt. [Roshain] Euvince Brooks"."""
    return (s >= 2 and tokens[s - 2].lower_ in _DOTTED_RANKS and tokens[s - 1].is_title
            and tokens[s - 1].is_alpha and tokens[s - 1].tag_ == "NNP")


def _undotted_rank(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a rank abbreviated without a full stop before a name ("Lt Gen
    Boonsin Padklang", "Gen Burhan"), as British and Asian outlets write them."""
    token = tokens[k]
    return (token.lower_ in _RANK_ABBREVIATIONS and token.is_title and k + 1 < len(tokens)
            and (tokens[k + 1].is_title or _undotted_rank(tokens, k + 1)))


def _rank_abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is an abbreviated rank ("Brig.", "Gen"), which belongs to the
    name after it, not to the one before ("Ostrian Marine Corps [Brig.] Gen. X")."""
    token = tokens[k]
    return token.lower_.rstrip(".") in _RANK_ABBREVIATIONS and token.is_title and (
        token.text.endswith(".") or k + 1 < len(tokens) and tokens[k + 1].text == ".")


#: The members of a board, by which a board is named: "the Board of Directors".
_BOARD_MEMBERS = {"directors", "governors", "trustees", "regents", "supervisors", "commissioners"}


def _members_of_a_board(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is the members' word of a board's name, left after "Board of": "its
    Board of [Directors]"."""
    return (end - start == 1 and start >= 2 and tokens[start].lower_ in _BOARD_MEMBERS
            and tokens[start - 1].lower_ == "of" and tokens[start - 2].lower_ == "board")


#: Words a body's acronym follows, never a person's initials: "to the UN", "of AU".
_BEFORE_A_BODY = {"the", "to", "of", "at", "from", "in", "by", "for"}


def _initials_before(tokens: list[Token], s: int) -> bool:
    """Whether the person's name the tagger read from token ``s`` has initials before it,
    which it left out ("meet [KP] Sharma Oli, the chairman"): two or three capitals inside
    the sentence, written nowhere else but before the same name."""
    if s < 2 or tokens[s - 1].is_sent_start or tokens[s - 1].ent_type_:
        return False
    initials = tokens[s - 1].text
    if not (initials.isalpha() and initials.isupper() and 2 <= len(initials) <= 3) or (
            initials in THING_ABBREVIATIONS or initials in INSTITUTION_QUALIFIERS
            or initials in _NOT_ACRONYMS or initials.lower() in _PERSON_TITLES
            or canonical_place(initials) in PLACE_NAMES):
        return False  # "CEO Bram Vik", "PM X": a title's letters
    if tokens[s - 2].lower_ in _BEFORE_A_BODY:
        return False  # "Ambassador to the UN Linda X": the body of the title
    return not any(t.text == initials and t.i != s - 1 and (
        t.i + 1 == len(tokens) or tokens[t.i + 1].text != tokens[s].text) for t in tokens)


def _initials_of_the_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether capitals opening a person's name are its initials, as South Asian names are
    written ("KP Sharma Oli", "AK Abdul Momen"): two or three letters the tagger reads into
    the person's name, which the article never writes alone or before another name."""
    first = tokens[start]
    rest = tokens[start + 1:end]
    if len(first.text) > 3 or not all(t.ent_type_ == "PERSON" for t in rest):
        return False
    if first.ent_type_ == "PERSON":  # read into the name: every word after it continues it
        if not all(t.ent_iob_ == "I" for t in rest):
            return False
    elif first.ent_type_ or not _initials_before(tokens, start + 1):
        return False  # left out of the name: as initials are (not "the UN", "US")
    after = tokens[start + 1].text
    return not any(  # written alone, or before another name
        t.text == first.text and (t.i + 1 == len(tokens) or tokens[t.i + 1].text != after)
        for t in tokens if not start <= t.i < end)


def _reporting_source(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is the source set off after what it reported: "…, Xinhua reported.",
    "…, Ostria Daily reported on Monday" (a report with no object: the words before)."""
    if start < 1 or end + 1 >= len(tokens) or tokens[start - 1].text != ",":
        return False
    verb, after = tokens[end], tokens[end + 1]
    return verb.lower_ in {"reported", "reports"} and (
        after.text in {".", ","} or after.lower_ in {"on", "late", "earlier", "citing"})


def _country_opening(word: Token) -> bool:
    """A country's name opening a sentence the tagger left untagged ("Chile used its veto"):
    a name, not a capitalised word, unless it is also a given name ("Jordan said")."""
    return canonical_place(word.text) in COUNTRY_NAMES and not is_given_name(word.text)


def _acronym_before_a_person(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a body's acronym run into the person's name after it: "Ambassador
    to the [UN Lena Ortiz-Vale]", "[CNN Anna Berg]" (a known given name opens the rest)."""
    first = tokens[start].text
    return (end - start >= 3 and first.isalpha() and first.isupper() and 2 <= len(first) <= 6
            and canonical_place(first) not in COUNTRY_NAMES
            and not _initials_of_the_name(tokens, start, end)
            and is_given_name(tokens[start + 1].text)
        and person_name_shape("".join(t.text_with_ws for t in tokens[start + 1:end]).split())
        >= 1)


#: The armed members of a group, named after it: "Karwani rebels", "Velmar Front militants" (not
#: "supporters" or "loyalists", whom a person has too).
_ARMED_MEMBERS = {"militants", "fighters", "extremists", "insurgents", "rebels", "gunmen",
                  "jihadists", "guerrillas", "militiamen", "operatives"}


def _armed_members_after(tokens: list[Token], end: int) -> bool:
    """Whether the armed members of a group follow its name, alone or at the end of a list
    of such names: "Velmar Front militants", "Liwa al Fath, Kataib al Qudra, and Saraya al Nur
    extremists"."""
    k = end
    while k < min(end + 12, len(tokens)) and (
            tokens[k].text in {",", "and", "&"} or tokens[k].is_title
            or tokens[k].lower_ in _PARTICLES):
        k += 1
    return k < len(tokens) and tokens[k].lower_ in _ARMED_MEMBERS


#: Words that name an operation after them: "Operation Granite Gale", "Operation North Tern".
_OPERATIONS = {"Operation", "OPERATION"}


def _operation_in(tokens: list[Token], start: int, end: int) -> int | None:
    """Where an operation's name begins in a span, if it holds one: the capitalised word
    "Operation" before its code name (not inside a body's name, which a body's head word
    closes: "Operation Smile Foundation")."""
    for k in range(start, end - 1):
        if tokens[k].text in _OPERATIONS and tokens[k + 1].is_title and not any(
                t.lower_ in ORG_HEADS or t.lower_ in GENERIC_HEADS for t in tokens[k:end]):
            return k
    return None


def _description_of_a_body(doc: Doc, c: Candidate) -> str | None:
    """The words a country's body is described by, if the candidate is such a description:
    "Ukraine's parliament", "the Irish parliament", "Brazil's Senate" (its country and the
    common noun of its kind, which another name of the same body may stand beside)."""
    tokens = doc_tokens(doc)
    words = tokens[c.start:c.end]
    head = words[-1].lower_
    if head not in _INSTITUTIONS and head not in NATIONAL_BODIES:
        return None
    if c.stands_for is not None:  # "Ukraine's parliament": the country owns the body
        return c.stands_for if _owned_by_a_country(c.stands_for) is not None else None
    if len(words) >= 2 and _country_word(words[0]) and all(
            t.text.islower() for t in words[1:]):
        return span_text(doc, c.start, c.end)  # "Danish parliament"
    return None


def _owned_by_a_country(name: str) -> tuple[str, str] | None:
    """The country and the rest of a name "X's …" whose owner X is a country: "Ukraine's
    parliament" → ("Ukraine", "parliament"); None for any other name."""
    owner, mark, rest = name.partition("'s ")
    country = canonical_place(owner)
    return (country, rest) if mark and country in COUNTRY_NAMES else None


def _proper_body_name(tokens: list[Token], c: Candidate) -> bool:
    """Whether a candidate is a body's own name in capitals ("the Stortvald"), not a
    description, nor a person's or a place's name."""
    words = tokens[c.start:c.end]
    return (c.stands_for is None and _best_type(c.votes) == "Organization"
            and all(t.is_title or t.is_upper or t.lower_ in _MINOR_NAME_WORDS for t in words)
            and not any(_country_word(t) for t in words))


#: Lower-case words inside a body's name: "Council of the Federation".
_MINOR_NAME_WORDS = {"of", "the", "and", "for"}
#: Tokens that close an apposition: "Norway's parliament, the Stortvald, voted".
_APPOSITION_ENDS = {",", ".", ";", ")", "—", "–"}


def _bodies_named_in_apposition(doc: Doc, candidates: list[Candidate]) -> None:
    """A body's name beside its description in apposition is that body's: "Ukraine's
    parliament, the Stortvald," and "the Thingvald, the Danish parliament". The name
    stands for the description, which so joins the body's name wherever another article
    describes the body alone ("Ukraine's parliament voted") or names it alone."""
    tokens = doc_tokens(doc)
    for first, second in zip(candidates, candidates[1:], strict=False):
        k = first.end
        if k >= len(tokens) or tokens[k].text != ",":
            continue
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "the")
        if k != second.start or second.end < len(tokens) and (
                tokens[second.end].text not in _APPOSITION_ENDS or second.end + 1 < len(tokens)
                and tokens[second.end + 1].lower_ in _LIST_ENDS):
            continue  # "Ukraine's parliament, the Halvard Institute, and …": a list
        for described, named in ((first, second), (second, first)):
            description = _description_of_a_body(doc, described)
            if description is not None and _proper_body_name(tokens, named):
                named.stands_for = description
                break


#: Votes for a person (a title, a style, "said") that the opening words of a company's name
#: do not outweigh.
_SURE_PERSON = 4.0


def _short_names(doc: Doc, candidates: list[Candidate]) -> None:
    """A name used without its kind is of the kind the article names it with elsewhere:
    "Kestrel Rock" of "Kestrel Rock Capital" is a firm, "Ogun" of "Ogun State" a place."""
    tokens = doc_tokens(doc)
    kinds: dict[str, str] = {}
    places: dict[tuple[str, str], str] = {}  # ("Ogun", "state") → "Ogun State"
    whole: dict[str, str] = {}  # "Golden Fortune" → "Golden Fortune Resorts World Ltd"
    for c in candidates:
        last = tokens[c.end - 1]
        if c.end - c.start >= 2 and last.is_title:
            stem = span_text(doc, c.start, c.end - 1)
            if last.lower_.rstrip(".") in COMPANY_WORDS:
                kinds[stem] = "Organization"
                for k in range(c.start + 2, c.end - 1):  # "Golden Fortune" of "Golden
                    opening = span_text(doc, c.start, k)  # Fortune Resorts World Ltd."
                    if canonical_place(opening) not in PLACE_NAMES and opening not in kinds:
                        kinds[opening] = "Organization"
                        whole[opening] = c.stands_for or strip_name(
                            span_text(doc, c.start, c.end), "Organization")
                if c.end - c.start == 3 and _coined_opening(tokens[c.start]):
                    opening = tokens[c.start].text  # "Navaro" of "Navaro International Corp"
                    if opening not in kinds and not _alone_before(tokens, candidates, c):
                        kinds[opening] = "Organization"
                        whole[opening] = c.stands_for or strip_name(
                            span_text(doc, c.start, c.end), "Organization")
            elif last.lower_ in PLACE_HEADS and _best_type(c.votes) == "Place":
                kinds[stem] = "Place"
                places[stem, last.lower_] = span_text(doc, c.start, c.end)
        if c.end - c.start >= 2 and last.lower_ == "party":
            kinds[span_text(doc, c.start, c.end - 1)] = "Organization"  # "X party" … "X"
    if not kinds:
        return
    for c in candidates:
        text = span_text(doc, c.start, c.end)
        kind = kinds.get(text)
        if kind == "Organization" and text in whole:
            if c.votes["Person"] < _SURE_PERSON and c.stands_for is None:
                c.votes["Organization"] += 4  # the company its name's opening words stand
                c.stands_for = whole[text]  # for (not "Datuk Yap Chong Lee" of "Yap Chong
                # Lee Holdings Sdn Bhd", its owner)
        elif kind == "Organization":
            c.votes["Organization"] += 4  # the article's own word for it outweighs its shape
        elif kind == "Place" and c.end - c.start == 1:
            c.votes["Place"] += 1.2  # below a place's own name: it joins "Ogun State"
            after = tokens[c.end] if c.end < len(doc) else None
            name = span_text(doc, c.start, c.end)
            if after is not None and after.text.islower() and c.stands_for is None:
                # "the Kesumo county government" of an article that names "Kesumo County"
                c.stands_for = places.get((name, after.text))
            regions = [full for (stem, head), full in places.items()
                       if stem == name and head in _REGION_HEADS]
            if c.stands_for is None and _governed(tokens, c.start, c.end) and len(regions) == 1:
                c.stands_for = regions[0]  # "the governor of Bamyar" governs Bamyar Province


def _alone_before(tokens: list[Token], candidates: list[Candidate], c: Candidate) -> bool:
    """Whether the first word of a name stands alone before it, as a body of its own: the
    parent of a unit named after it ("Halvex said … Halvex Air Services"), which news names
    in full before it shortens a name."""
    opening = tokens[c.start].text
    return any(o.end - o.start == 1 and o.start < c.start and tokens[o.start].text == opening
               for o in candidates)


def _coined_opening(token: Token) -> bool:
    """Whether a company's name opens with a word of its own, which stands for the company
    used alone ("Navaro" of "Navaro International Corp"): no place's, people's or person's
    name, nor a common word ("General", "First", "American", "Ana" of "Ana Roe Holdings")."""
    text = token.text
    return (text.isalpha() and text.istitle() and len(text) > 3 and not token.is_stop
            and text not in PLACE_NAMES and text not in DEMONYMS
            and not is_given_name(text) and not is_surname(text)
            and token.lower_ not in COMPANY_WORDS and token.lower_ not in ORG_HEADS
            and token.ent_type_ not in {"GPE", "LOC", "NORP"}
            and token.lower_ not in _GENERIC_OPENERS)


#: Common words companies' names open with, which say nothing alone ("United", "Royal").
_GENERIC_OPENERS = {"general", "first", "united", "national", "royal", "standard", "central",
                    "great", "western", "eastern", "northern", "southern", "pacific",
                    "atlantic", "continental", "universal", "premier", "prime", "golden",
                    "union", "federal", "state", "public", "allied", "metro", "digital"}


#: The kinds of regions a governor governs: "Bamyar Province", not "Mexico City".
_REGION_HEADS = {"province", "state", "region", "county", "district", "oblast", "governorate",
                 "prefecture", "territory"}


def _governed(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is the place of an official's title: "the governor of Bamyar", "the
    Heyrat governor", "Bamyar's mayor"."""
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.text in POSSESSIVE_MARKS and end + 1 < len(tokens):
        after = tokens[end + 1]
    return (start >= 2 and tokens[start - 1].lower_ == "of"
            and tokens[start - 2].lower_ in _PLACE_OFFICIALS
            or after is not None and after.text.islower() and after.lower_ in _PLACE_OFFICIALS)


def _names_joined_by_their_acronym(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Two names joined by "and" that the acronym after them spells as one: "the Free
    Army of Velmar and Ostria (FAVO)" is one body, not a place and another."""
    tokens = doc_tokens(doc)
    joined: list[Candidate] = []
    skip = False
    for first, second in zip(candidates, [*candidates[1:], None], strict=False):
        if skip:
            skip = False
            continue
        end = second.end if second is not None else 0
        if (second is not None and second.start == first.end + 1
                and tokens[first.end].lower_ == "and" and end + 2 < len(tokens)
                and tokens[end].text == "(" and tokens[end + 2].text == ")"
                and _acronym_shape(acronym := tokens[end + 1].text)
                and _initials(span_text(doc, first.start, end)) == acronym.lower()):
            joined.append(Candidate(first.start, end, Counter({"Organization": 4.0})))
            skip = True
            continue
        joined.append(first)
    return joined


#: The nouns after a parliamentary group's name: "the Greens and Liberals faction".
_GROUP_NOUNS = {"group", "faction", "caucus", "bloc"}


def _names_joined_before_group(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Two names joined by "and" before a group's noun in the singular: "the
    Socialists and Democrats group", "the Free Citizens and Builders faction" name one
    parliamentary group, not two parties (not "the Greens and Liberals groups", nor places
    or people: "the France and Germany group" is no name)."""
    tokens = doc_tokens(doc)
    pairs = list(zip(candidates, [*candidates[1:], None], strict=False))
    # the group's name, once written before its noun, is one name wherever it is written
    # again ("Kivi joins Free Citizens and Builders" in the headline)
    names = {span_text(doc, first.start, second.end) for first, second in pairs
             if second is not None and _joined_before_group(tokens, first, second)}
    joined: list[Candidate] = []
    skip = False
    for first, second in pairs:
        if skip:
            skip = False
            continue
        if second is not None and (_joined_before_group(tokens, first, second) or (
                second.start == first.end + 1 and tokens[first.end].lower_ == "and"
                and span_text(doc, first.start, second.end) in names)):
            joined.append(Candidate(first.start, second.end, Counter({"Organization": 4.0})))
            skip = True
            continue
        joined.append(first)
    return joined


def _joined_names_written_again(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A body's name with "and" inside, written again where the tagger read only its first
    part ("Kivi joins [Free Citizens] and Builders" in a headline, the article naming the
    "Free Citizens and Builders" group): the whole name there too."""
    tokens = doc_tokens(doc)
    whole = {tuple(t.text for t in tokens[c.start:c.end]) for c in candidates
             if _best_type(c.votes) == "Organization" and c.end - c.start >= 3
             and any(t.lower_ == "and" for t in tokens[c.start + 1:c.end - 1])}
    if not whole:
        return candidates
    out: list[Candidate] = []
    covered = 0
    for c in candidates:
        if c.start < covered:
            continue  # inside a name just made whole
        name = next((n for n in whole if c.end - c.start < len(n)
                     and tuple(t.text for t in tokens[c.start:c.start + len(n)]) == n
                     and tokens[c.end].lower_ == "and"), None)
        if name is not None:
            c = Candidate(c.start, c.start + len(name), Counter({"Organization": 4.0}),
                          weak=c.weak)
            covered = c.end
        out.append(c)
    return out


def _joined_before_group(tokens: list[Token], first: Candidate, second: Candidate) -> bool:
    """Whether two names joined by "and" stand right before a group's noun in the singular,
    with at most a bracketed acronym between: "the A and B (AB) group"."""
    noun = _past_bracket(tokens, second.end)
    return (second.start == first.end + 1
            and tokens[first.end].lower_ == "and" and noun < len(tokens)
            and tokens[noun].lower_ in _GROUP_NOUNS
            and not {_best_type(c.votes) for c in (first, second)} & {"Person", "Place"}
            and all(t.text[:1].isupper() for t in tokens[first.start : second.end]
                    if t.lower_ != "and"))


def _past_bracket(tokens: list[Token], i: int) -> int:
    """The index after a short bracket opening at ``i`` ("(S&D)", "(ECR)"), else ``i``."""
    if i < len(tokens) and tokens[i].text == "(":
        close = next((k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].text == ")"),
                     None)
        if close is not None:
            return close + 1
    return i


def _joins_a_name(tokens: list[Token], joiner: Token) -> bool:
    """Whether a joining word stands inside a name, after a capitalised word of it ("Ethics
    and", "Ministry of"), not after a common noun ("an aide of", "talks with")."""
    i = joiner.i
    return i > 0 and (tokens[i - 1].text[:1].isupper() or tokens[i - 1].lower_ in _JOINERS)


def _one_word(doc: Doc, c: Candidate) -> bool:
    """Whether a mention is one word, though the tokenizer may cut it at a hyphen:
    "ONPE", "PML-N"."""
    return c.end == c.start + 1 or not any(
        t.whitespace_ for t in doc_tokens(doc)[c.start : c.end - 1])


def _plan_defining(doc: Doc, earlier: list[Candidate], named: Candidate,
                   short: Candidate) -> str | None:
    """The whole name of a plan that the acronym in brackets after it stands for: "the
    Lumeric Trade Agreement (LTA)", "the Velmar-Ostria Free Trade Agreement (VOFTA)", whose
    first country the tagger reads as a name of its own; None where no acronym follows."""
    tokens = doc_tokens(doc)
    if not (short.start == named.end + 1 and short.end == short.start + 1
            and tokens[named.end].text == "(" and short.end < len(doc)
            and tokens[short.end].text == ")" and _acronym_shape(tokens[short.start].text)):
        return None
    start = named.start
    while (earlier and start >= 2 and tokens[start - 1].text in {"-", "–"}
           and not tokens[start - 1].whitespace_ and earlier[-1].end == start - 1
           and not tokens[start - 2].whitespace_):
        start = earlier.pop().start  # "Velmar-[Ostria Free Trade Agreement]"
    whole = strip_name(span_text(doc, start, named.end), "Plan")
    return whole if len(whole.split()) > 1 else None


def _acronyms_before_titles(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A body's acronym the article defines ("the ruling Democratic Party (DP)"), written
    again before a title the tagger left unnamed: "DP Reps. A, B and C", "DP Rep. D"."""
    tokens = doc_tokens(doc)
    taken = [False] * len(tokens)
    for c in candidates:
        for i in range(c.start, c.end):
            taken[i] = True
    defined = {
        tokens[short.start].text
        for named, short in zip(candidates, candidates[1:], strict=False)
        if short.start == named.end + 1 and short.end == short.start + 1
        and short.end < len(tokens) and tokens[named.end].text == "("
        and tokens[short.end].text == ")" and _acronym_shape(tokens[short.start].text)
        and _best_type(named.votes) == "Organization"
    }
    added = [
        Candidate(i, i + 1, Counter({"Organization": 1.0}))
        for i in range(len(tokens) - 1)
        if not taken[i] and tokens[i].text in defined
        and tokens[i + 1].lower_.rstrip(".") in _PERSON_TITLES | {
            w + "s" for w in _PERSON_TITLES}
    ]
    return sorted([*candidates, *added], key=lambda c: c.start) if added else candidates


def _expand_acronyms(doc: Doc, candidates: list[Candidate]) -> None:
    """Give every use of an acronym or alias the name the article defines it as.

    "the National Office of Electoral Processes (ONPE) … ONPE said": both ONPE are
    that office; so is every "Sindelta" after "the Delta Dockers Union, known locally as
    Sindelta," (an organisation's alias only: a person's nickname names no one else).
    Acronyms made of the name's initials are left to the resolver, which keeps them as
    other names.
    """
    tokens = doc_tokens(doc)
    defined: dict[str, str] = {}
    plans: dict[str, str] = {}
    # "the ruling Democratic Party (DP) … DP Rep. X": a body's initials the article defines
    # name that body wherever they stand, though the tagger reads "DP Rep." as "Texas Rep."
    initialled: set[str] = set()
    for k, (named, short) in enumerate(zip(candidates, candidates[1:], strict=False)):
        before = tokens[named.start - 1] if named.start else None
        if _best_type(named.votes) == "Plan" and (
                whole := _plan_defining(doc, candidates[:k], named, short)) is not None:
            plans.setdefault(span_text(doc, short.start, short.end), whole)
            continue  # the resolver joins acronyms to bodies only: this one names a plan
        if before is not None and (before.is_title and before.pos_ == "PROPN"
                                   or before.lower_ in _JOINERS and _joins_a_name(tokens, before)
                                   ) and not _owned_by_a_name(tokens, named.start):
            continue  # "Ethics and [Anti-Corruption Commission] (EACC)": a piece of the name
        full = strip_name(span_text(doc, named.start, named.end), "Organization")
        if (short.start == named.end + 1 and _one_word(doc, short)
                and tokens[named.end].text == "(" and short.end < len(doc)
                and tokens[short.end].text == ")"):
            acronym = span_text(doc, short.start, short.end)  # "PML-N" is three tokens
            # the resolver reads initials word by word, "Anti-Corruption" as two words:
            # the article's own definition joins those it would miss
            if _acronym_shape(acronym) and (_initials(full) != acronym.lower()
                                            or re.search(r"\w[-'’]\w", full)
                                            and _best_type(named.votes) == "Organization") and (
                    len(full.split()) > 1):
                defined.setdefault(acronym, full)
            elif _acronym_shape(acronym) and _best_type(named.votes) == "Organization":
                initialled.add(acronym)
            continue
        # ", (also | better) known (locally) as (the) X" or ", called (the) X"
        words = [t.lower_ for t in tokens[named.end:short.start]]
        if words[-1:] == ["the"]:
            words.pop()
        if words[:1] not in (["("], [","]) or _best_type(named.votes) != "Organization":
            continue
        words = words[2:] if words[1:2] in (["also"], ["better"], ["commonly"]) else words[1:]
        if not (words == ["called"] or words[:1] == ["known"] and words[-1:] == ["as"] and (
                len(words) == 2 or len(words) == 3 and words[1].endswith("ly"))):
            continue
        alias = span_text(doc, short.start, short.end)
        if len(full.split()) > 1 and alias not in full and not (
                alias.isupper() and _initials(full) == alias.lower()):
            defined.setdefault(alias, full)
    for c in candidates:
        if (full := plans.get(span_text(doc, c.start, c.end))) is not None:
            c.stands_for = full
            c.votes["Plan"] += 5  # as much as a plan's own head word gives its name
    for c in candidates:
        if span_text(doc, c.start, c.end) in initialled:
            c.votes["Organization"] += 1
    if defined:
        for c in candidates:
            alias = span_text(doc, c.start, c.end)
            if alias not in defined and alias.istitle() and alias.upper() in defined:
                alias = alias.upper()  # "Rusada": the acronym as some newspapers write it
            if alias in defined:
                c.stands_for = defined[alias]
                c.votes["Organization"] += 1


#: A person's nickname after the name: ", better known as 'Lito'", " (known as Lito)",
#: ", nicknamed Lito", ", known to his fans as Lito".
_KNOWN_AS = re.compile(
    r",?\s*\(?(?:who\s+(?:is|was)\s+)?(?:(?:also|better|commonly|widely|popularly)\s+)?"
    r"(?:known(?:\s+[a-z]+){0,4}?\s+as|nicknamed|dubbed"
    r"|known\s+by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|nickname|alias))"
    r"\s+(?:the\s+)?[\"“‘']?([A-Z][\w’'-]*[\w](?:\s[A-Z][\w’'-]*[\w]){0,2})(?![\w-]|['’]s\b)")


def _nicknames(doc: Doc, candidates: list[Candidate]) -> None:
    """A nickname in quotes inside a person's name, or given after it ("known as",
    "nicknamed"), stands for the person where it is used alone: 'Joko "Jokowi" Widodo …
    Jokowi said', "Hassan 'Abu Ali' Karimov … Abu Ali", "Ravi Mendes, known as Lito …
    Lito said". Only the nickname as a whole: its words are no one's name on their own."""
    named: dict[str, str] = {}
    text_of = doc_text(doc)
    tokens = doc_tokens(doc)
    # a surname alone may be typed a body: "Benyoussef, known to his men as …" is the person
    surnames = {tokens[c.end - 1].text for c in candidates
                if c.end - c.start > 1 and _best_type(c.votes) == "Person"}
    for c in candidates:
        text = span_text(doc, c.start, c.end)
        nickname = _NICKNAME.search(text)
        if nickname and c.stands_for:
            alias = nickname.group(0).strip().strip("\"“”‘’'").strip()
            if alias[:1].isupper() and alias != c.stands_for:
                named.setdefault(alias, c.stands_for)
        elif _best_type(c.votes) == "Person" or tokens[c.end - 1].text in surnames:
            last = tokens[c.end - 1]
            after = _KNOWN_AS.match(text_of, last.idx + len(last))
            name = c.stands_for or strip_name(text, "Person")
            if after and after.group(1) not in name.split():
                named.setdefault(after.group(1), name)
    named.update((alias, name) for alias, name in _bracketed_nicknames(doc, candidates).items()
                 if alias not in named)
    if not named:
        return
    for c in candidates:
        alias = strip_name(span_text(doc, c.start, c.end), "Person")
        if c.stands_for is None and alias in named:
            c.stands_for = named[alias]
            c.votes["Person"] += 3


def _bracketed_nicknames(doc: Doc, candidates: list[Candidate]) -> dict[str, str]:
    """One word in brackets after a person's full name that the article uses alone for a
    person elsewhere: "Joko Widodo (Jokowi) … Jokowi said" → {"Jokowi": "Joko Widodo"}. Not a
    place, party, acronym or surname in brackets ("(Kenya)", "(Labour)", "(AMLO)", a
    driver's "(McLaren)"), nor a word read as a body's or a place's there ("(Reuters)")."""
    tokens = doc_tokens(doc)
    alone: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.end - c.start == 1:
            alone.setdefault(tokens[c.start].text, []).append(c)
    found: dict[str, str] = {}
    for c in candidates:
        k = c.end
        if c.end - c.start < 2 or k + 2 >= len(tokens) or _best_type(c.votes) != "Person":
            continue
        quoted = tokens[k].text in _NICKNAME_QUOTES and tokens[k + 2].text in _NICKNAME_QUOTES
        if not quoted and (tokens[k].text != "(" or tokens[k + 2].text != ")"):
            continue
        word = tokens[k + 1].text
        if not word.isalpha() or not word[:1].isupper() or _acronym_shape(word) or (
                word in PLACE_NAMES or word in DEMONYMS or word in PARTY_ALIASES
                or is_surname(word) or not word[1:].islower()):  # "(McLaren)", "(Ferrari)":
            continue  # a team named for its founder, as a driver's team is given
        uses = alone.get(word, [])
        inside = [u for u in uses if u.start == k + 1]
        if any(u.votes["Place"] > 0 or u.votes["Organization"] > 1 for u in inside):
            continue
        # in quotes right after the full name, a word is a nickname however the tagger reads
        # it alone ("Pushpa Kamal Dahal 'Prachanda' … Prachanda announced")
        if any(u.start != k + 1 and (quoted and u.votes["Place"] == 0
                                     or _best_type(u.votes) == "Person") for u in uses):
            found.setdefault(word, c.stands_for or strip_name(
                span_text(doc, c.start, c.end), "Person"))
    return found


#: Quotation marks a nickname may stand in right after a full name.
_NICKNAME_QUOTES = {"'", '"', "‘", "’", "“", "”"}


def _owned_by_a_name(tokens: list[Token], start: int) -> bool:
    """Whether a name follows its owner's possessive, which is no piece of it: "Japan's
    [High Energy Accelerator Research Organization]", "the European Parliament's
    [Committee on Transport and Tourism]"."""
    return start >= 2 and tokens[start - 1].text in POSSESSIVE_MARKS and (
        canonical_place(tokens[start - 2].text) in COUNTRY_NAMES or tokens[start - 2].is_title)


def _acronym_shape(word: str) -> bool:
    """An acronym as an article defines it in brackets: "ONPE", or in the mixed case of
    languages that keep their small words small ("VdF", "BaFin")."""
    return word.isalpha() and word[0].isupper() and (
        2 <= len(word) <= 8 and word.isupper()  # "MINURSO", "UNRWA"
        or 2 <= len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2
    ) or bool(_FACTION_ACRONYM.fullmatch(word))


#: A party's acronym with its faction's letter after a hyphen: "PML-N", "MQM-P", "JUI-F".
_FACTION_ACRONYM = re.compile(r"[A-Z]{2,6}-[A-Z]{1,2}")


_JOINERS = {"and", "&", "-", "–", "'s", "’s", "of", "for", "on", "de", "del", "des", "du", "la"}


def _initials(name: str) -> str:
    return "".join(w[0].lower() for w in name.split() if w.lower() not in {"of", "the", "and",
                                                                          "for", "on", "in"})


#: Words that name nothing on their own when capitalised.
_NOT_ALONE = GENERIC_HEADS | _PERSON_TITLES | {"pm", "cfo", "coo", "cto", "mp", "mep", "mps",
                                               "meps"} | {
    "states", "nations", "members", "parties",  # "EU Member States"
    "games",  # "qualified for the Games": an event
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
    "constitution", "republic",  # "the Constitution allows it": a text, a state unnamed
}


def _names_a_person(words: list[Token]) -> bool:
    """Whether a run of names is a person's, so that "of" after it starts something else:
    "Annelies Kroon of Leiden University", but "Central Bank of Sri Lanka"."""
    while len(words) > 1 and (words[0].lower_.rstrip(".") in _PERSON_TITLES
                              or words[0].lower_ in HONORIFICS):
        words = words[1:]  # "Economist Annelies Vroom"
    last = words[-1].lower_
    if last in ORG_HEADS or last in COMPANY_WORDS or last in PLACE_HEADS or last in GENERIC_HEADS:
        return False
    return words[-1].ent_type_ == "PERSON" or person_name_shape([t.text for t in words]) > 0


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence, or of the text after its dateline ("Geneva — Senior
    officials …", "(Reuters) - Senior officials …")."""
    if token.is_sent_start:
        return True
    before = token.nbor(-1)
    if before.is_sent_start and before.text in {'"', "“", "‘", "'"}:
        return True  # '"Scammers in Asia have drained …," said X': a quotation's first word
    return before.text in DASHES and token.i - token.sent.start <= 10


def _firm_before_its_officer(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a one-word name the tagger read as a people's adjective stands before a
    company officer's title and the officer's name: "Xilinx chief executive Victor Peng",
    "Xilinx president and CEO Victor Peng" (not "Kenyan president X", "Muslim leader X")."""
    word = tokens[start]
    if end - start != 1 or not word.is_title or word.text in DEMONYMS or word.text in PEOPLES:
        return False
    k = end
    while k < len(tokens) and k - end < 5 and (tokens[k].lower_ in _COMPANY_TITLE_WORDS
                                               or tokens[k].lower_ == "and"):
        k += 1
    return k > end and tokens[k - 1].lower_ != "and" and k < len(tokens) and (
        tokens[k].ent_type_ == "PERSON")


#: The words of company officers' titles: "chief executive", "president and CEO".
_COMPANY_TITLE_WORDS = {"chief", "executive", "officer", "ceo", "cfo", "coo", "cto", "president",
                        "chairman", "chairwoman", "chair", "founder", "co-founder", "financial",
                        "operating", "technology", "managing", "director"}


def _leading_noun(first: Token, second: Token) -> bool:
    """A common noun capitalised at a sentence start before a given name ("Defender Luka")."""
    return (
        _opens_sentence(first)
        and not is_given_name(first.text)
        and not is_surname(first.text)
        and not _family_name_as_a_word(first)  # "Do Hung Viet, a deputy minister"
        and first.text not in PLACE_NAMES
        and first.text not in DEMONYMS
        and is_given_name(second.text)
    )


_CAPS = "A-ZÀ-ÖØ-Þ"
#: What a dateline holds after the place: a dash or the agency in brackets.
_DATELINE_MARKS = re.compile(r"[—–(/]|\s-\s|--")
# (not a body's acronym opening a paragraph with a relative clause: "UEFA, which is led by")
_DATELINE = re.compile(rf"^((?:[{_CAPS}][{_CAPS}'’.]*\s){{0,3}}[{_CAPS}][{_CAPS}'’.]{{2,}})"
                       r"(?=\s*(?:,(?!\s*(?:which|who|whose)\b)|\(|/|[—–]|--\s))",
                       re.MULTILINE)
#: Capitalised abbreviations of things, not of names.
_NOT_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "GDP", "LNG", "VAT", "TV", "AI", "OK", "PM", "MP",
                 "MEP", "EV", "EVS", "IPO", "ETF", "GMT", "UTC", "PDF", "SMS", "DNA", "HIV"}


def _acronym_before_holder(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a body's acronym before a title and its holder's name: "HSLS
    president Darinko Kosor", "JVP Leader Ana Roe" (the party he heads), not an abbreviated
    title ("MP", "CEO") nor a title with no name after it."""
    word = tokens[i]
    if not _acronym(word.text) or word.lower_ in _TITLE_WORDS or word.lower_ in _RANKS:
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].lower_ in _TITLE_WORDS:
        k += 1
    return k > i + 1 and k < len(tokens) and tokens[k].is_title and tokens[k].is_alpha


def _acronym(word: str) -> bool:
    """An organisation's acronym, a name even where it begins a sentence ("FIFA said")."""
    return 3 <= len(word) <= 6 and word.isalpha() and word.isupper() and (
        word not in _NOT_ACRONYMS)


def _ends_a_quoted_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name ends a phrase in quotation marks that common nouns open: the backed
    creation of a "multinational force Ukraine", a "coalition for Velmar": the phrase names
    a thing, and the place in it is no place of the story there (not '"Velmar first"',
    whose quote the name opens)."""
    if end >= len(tokens) or tokens[end].text not in _QUOTE_MARKS:
        return False
    lower = False
    for k in range(start - 1, max(start - 7, -1), -1):
        if tokens[k].text in _QUOTE_MARKS:
            return lower
        if not tokens[k].is_alpha:
            return False
        lower |= tokens[k].is_lower
    return False


def _before_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name here is a grade of oil or a list's: "Benchmark Brent crude", "its
    Specially Designated Nationals list" (a plural name), but not "Iraq crude" (a country's)
    nor "the European Union list" (the Union's). Only this use: "Brent" may be a person's
    surname elsewhere in the article."""
    after = tokens[end] if end < len(tokens) else None
    if after is None or not after.text.islower():
        return False
    if after.lower_ == "crude":
        return canonical_place(span_text(tokens[0].doc, start, end)) not in PLACE_NAMES
    return after.lower_ == "list" and end - start >= 2 and tokens[end - 1].tag_ == "NNPS"


def _operation_or_title_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name is a military operation's ("Operation Iron Shield", "Operation 'Iron
    Shield'", "Operation" alone) or the pope's title ("the Holy Father"): no entity."""
    k = start - 1
    if k >= 0 and tokens[k].text in _OPENING_QUOTES:
        k -= 1
    return (tokens[start].text == "Operation" or k >= 0 and tokens[k].text == "Operation"
            or span_text(tokens[0].doc, start, end) == "Holy Father")


def _names_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """A vessel's, storm's or disease's name, or a bill's number: "the tanker Aurora Star",
    "Marburg virus", "PL 4417" (but "EU 2030 targets" names the EU)."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    return (before is not None and before.text.islower() and before.lower_ in _THINGS_BEFORE
            or after is not None and after.text.islower() and after.lower_ in _THINGS_AFTER
            or end - start > 1 and tokens[end - 1].is_title
            and tokens[end - 1].lower_ in _PRIZES  # "the Nobel Peace Prize": an honour
            or end - start == 1 and after is not None and _BILL_NUMBER.fullmatch(
                f"{tokens[start].text} {after.text}") is not None)


#: Last words of the names of honours won, which are no body, place or person: "Nobel
#: Peace Prize", "Ballon d'Or Award", "Gold Medal", "FA Cup Trophy".
_PRIZES = {"prize", "prizes", "award", "awards", "medal", "medals", "trophy"}
#: A bill's letters and number: "PL 4417", "HB 1205", "S 2296" (not a year: "EU 2030").
_BILL_NUMBER = re.compile(r"[A-Z]{1,3}\.? (?!(?:19|20)\d\d\b)\d{2,5}")


def _rest_of_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether capitalised words after a person's tagged name are more of it: no
    organisation, place or title words ("Samuel Kiprotich Rono", "Wanjiru Ndung'u")."""
    words = [t for t in tokens[start:end] if t.text != "\n"]  # a wrapped line's break
    return len(words) <= 2 and all(
        t.text[:1].isupper() and t.lower_ not in ORG_HEADS and t.lower_ not in COMPANY_WORDS
        and t.lower_ not in PLACE_HEADS and t.text not in PLACE_NAMES
        and t.text not in DEMONYMS and t.lower_ not in _PERSON_TITLES
        for t in words)


def _acts_as_a_person(token: Token) -> bool:
    """Whether a one-word name the tagger reads as a person's is used as one: it speaks
    ("Erdogan told reporters"), or, a surname somewhere, it is the subject of a verb
    ("Kowalczyk insists"). The tagger's label and the use agree, which they seldom
    do for the place or work it misreads; a place keeps its own name's votes. (Without
    the tagger's label, a surname that speaks may be a firm's: "Honda said", "Morgan said".)"""
    text = token.text
    if token.ent_type_ != "PERSON" or not text[:1].isupper() or text.isupper() or (
            text in PLACE_NAMES or text in DEMONYMS or not text.isalpha()):
        return False
    return _speaks(token) or token.dep_ == "nsubj" and token.head.pos_ == "VERB" and (
        is_surname(text) and not is_given_name(text))  # ("Dave has the skills": the
    # given name of a person named in full, which the resolver joins or leaves)


#: Quotation marks: a "he" or "she" inside a quotation is the speaker's, not the name's.
_QUOTATION = frozenset({'"', "“", "”", "``", "''"})


def _he_or_she_after(tokens: list[Token], root: Token, end: int) -> bool:
    """Whether a name that is a clause's subject, or its subject's owner, is referred back to
    by "he" or "she" as the subject of a clause under it, with no other name between
    ("Ihedioha petitioned the police because he …", "Najib's actions prove that he …").
    Not "Moscow, he said, …" nor "Moscow would reject what he called …": the speaker's "he"."""
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verb = root.head
    elif root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"}:
        verb = root.head.head
    else:
        return False
    for t in tokens[end:verb.sent.end]:
        if t.text in _QUOTATION or t.pos_ == "PROPN":
            return False  # "Trump told Reuters he …": the nearest name may be the one meant
        if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}:
            before = tokens[t.i - 1]
            return (verb in t.ancestors and before.lower_ != "what" and t.head.lemma_ != "call"
                    and not (before.text == "," and t.head.lemma_ in SPEECH_VERBS))
    return False


def _speaks(token: Token) -> bool:
    """The subject of a verb of speech ("Orpo said", "Mao told reporters")."""
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS


#: Particles that open surnames in European languages ("da Silva", "von der Leyen", "van
#: Dijk", "de Klerk"); Arabic ones open the names of groups and sites too ("al-Aqsa").
_SURNAME_PARTICLES = {"da", "de", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
                      "ter", "del", "della", "degli", "la"}


def _particles_open(tokens: list[Token], start: int, end: int) -> int:
    """Where a name starts with the lower-case particles before it that open a surname
    ("against [da Silva]", "[von der Leyen] said"), or ``start`` where none do. Particles
    after a capitalised word are inside a longer name ("Rio de Janeiro", "Casa de X")."""
    first = start
    while first > 0 and (tokens[first - 1].text in _SURNAME_PARTICLES or _name_particle(
            tokens, first - 1)) and start - first < 2:
        first -= 1
    if first == start or tokens[first].text == "la":
        return start
    if first > 0 and (tokens[first - 1].is_title or tokens[first - 1].is_upper):
        # a given name the tagger read as a common noun opens the name: "[Isabel] dos
        # Santos" (not "Rio de Janeiro", "Casa de X")
        given = [t.text for t in tokens[first - 1:end]]
        if end - start == 1 and not (first > 1 and tokens[first - 2].is_title) and (
                person_name_shape(given) >= 1):
            return first - 1
        return start
    last = tokens[end - 1]
    if end - start > 2 or not tokens[start].is_title or last.lower_ in ORG_HEADS or (
            last.lower_ in COMPANY_WORDS or last.lower_ in PLACE_HEADS
            or span_text(tokens[start].doc, start, end) in PLACE_NAMES):
        return start
    return first


#: Words that rank a title's holder ("Special Assistant", "Acting Director"), no name alone.
_RANK_OF_A_TITLE = {"assistant", "associate", "deputy", "acting", "interim"}


#: Last words of titles that the name list also holds as given names: "Chief of [Staff]
#: Dana Whitfield", "Chief of the General [Staff] Oleksandr Dovbenko".
_TITLE_ENDS_NOT_NAMES = {"staff"}


def _given_name_before(tokens: list[Token], start: int) -> bool:
    if start == 0:
        return False
    before = tokens[start - 1]
    return (
        # "Anders" in "Anders Vik said": tagged a plural (proper) noun for its final "s", but a
        # compound of the name after it
        (before.tag_ == "NNP" or before.tag_ in {"NN", "NNS", "NNPS"} and before.dep_ == "compound"
         and before.head.i >= start and before.text[1:].islower())
        and not before.ent_type_
        and before.is_alpha
        and before.is_title
        and before.lower_ not in _PERSON_TITLES
        and before.lower_ not in HONORIFICS
        and before.lower_ not in _TITLE_ENDS_NOT_NAMES
        and before.text not in PLACE_NAMES
        and is_given_name(before.text)
    )


# A nickname in quotes between a given name and a surname.
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'][^\"”’'\n]{1,30}[\"”’']\s+(?=\w)")

_INSTITUTIONS = {
    "office",
    "council",
    "ministry",
    "fund",
    "committee",
    "commission",
    "agency",
    "service",
    "parliament",
    "legislature",
    "assembly",
    "bank",
    "department",
    "court",
    "directorate",
}
#: Bodies a country has one of, which its name alone picks out without a word saying
#: which: "Ukraine's parliament", "the Iranian legislature" (unlike "the Russian
#: government", said of the state at large, or a country's many committees).
_ONE_PER_COUNTRY = {"parliament", "legislature"}


#: Words of an institution's name that say what it does, not whose it is: "Foreign
#: Ministry", "Security Council", "Supreme Court", "Ministry of Foreign Affairs".
_INSTITUTION_WORDS = _SCOPES | _TITLE_ADJECTIVES | {
    "security", "affairs", "high", "constitutional", "central", "of", "the", "and"}


def _owned_institutions(doc: Doc, candidates: list[Candidate]) -> None:
    """A country's institution named by what it does keeps the country as its name's
    owner: "Japan's Foreign Ministry" is not every foreign ministry, nor "Ukraine's Security
    Council" the UN's (the country stays a name of its own)."""
    tokens = doc_tokens(doc)
    for c in candidates:
        words = tokens[c.start:c.end]
        if (c.stands_for is not None or c.start < 2 or tokens[c.start - 1].text not in
                POSSESSIVE_MARKS or words[-1].lower_ not in GENERIC_HEADS or not all(
                    t.lower_ in _INSTITUTION_WORDS or t.lower_ in PORTFOLIOS
                    or t.lower_ in GENERIC_HEADS for t in words[:-1])):
            continue
        for first in range(c.start - 2, max(c.start - 5, -1), -1):
            owner = span_text(doc, first, c.start - 1)
            if canonical_place(owner) in COUNTRY_NAMES:
                c.stands_for = f"{owner}'s {span_text(doc, c.start, c.end)}"
                break
            if not tokens[first].is_title:
                break
    # "the Foreign Ministry" after "Kenya's Foreign Ministry" is Kenya's, where the article
    # names no other country's ("the Chinese Foreign Ministry")
    owners: dict[str, set[str]] = {}
    for c in candidates:
        text = span_text(doc, c.start, c.end)
        bare = text.split(" ", 1)[-1] if tokens[c.start].text in DEMONYMS else text
        owners.setdefault(bare, set()).add(c.stands_for or text)
    for c in candidates:
        text = span_text(doc, c.start, c.end)
        named = owners.get(text, set()) - {text}
        if c.stands_for is None and len(named) == 1 and len(owners[text]) == 2:
            c.stands_for = next(iter(named))


def _country_word(token: Token) -> bool:
    if token.text in DEMONYMS or canonical_place(token.text) in COUNTRY_NAMES:
        return True
    if token.dep_ == "poss" and token.text in CAPITAL_COUNTRIES:
        return True  # "Seoul's defense ministry": the government seated there
    words = [c.text for c in token.lefts if c.dep_ == "compound" and c.is_title]
    return bool(words) and canonical_place(" ".join([*words, token.text])) in COUNTRY_NAMES


def _institutions(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Institutions named in lower case and anchored to a country, and those named by
    their kind alone.

    "the Ukrainian presidential office", "Russia's sovereign wealth fund", "the
    national security and defence council of Ukraine". A bare "the Russian
    government" is too generic to be a name; a modifier must say which body. The
    second list holds the kinds said without a country: "the foreign ministry".
    """
    spans = []
    bare = []
    for head in tokens_with(doc, _INSTITUTIONS):
        if (head.lower_ not in _INSTITUTIONS and head.lemma_ not in _INSTITUTIONS
                or head.pos_ not in {"NOUN", "PROPN"} or not head.text.islower()):
            continue
        left = [t for t in head.subtree if t.i < head.i]
        if head.dep_ == "compound" and head.head.i > head.i:
            # "China's commerce ministry spokeswoman": the country owns the spokeswoman
            left += [t for c in head.head.lefts if c.i < head.i and c.dep_ == "poss"
                     for t in c.subtree]
        anchor = [t for t in left if _country_word(t) and t.dep_ in {"amod", "poss", "compound"}]
        of_country = [
            p
            for p in head.children
            if p.dep_ == "prep"
            and p.lower_ == "of"
            and any(c.dep_ == "pobj" and _country_word(c) for c in p.children)
        ]
        describing = [
            t
            for t in left
            if t.pos_ in {"ADJ", "NOUN", "PROPN"}
            and t.text.islower()
            and t.dep_ in {"amod", "compound", "conj"}
        ]
        if not (anchor or of_country) and describing and not any(
                t.dep_ == "poss" for t in left) and _bare_kind(doc, describing, head):
            bare.append((min(t.i for t in describing), head.i + 1))  # "the foreign ministry"
        if not (anchor or of_country) or not (describing or head.lower_ in _ONE_PER_COUNTRY):
            continue
        start = min([t.left_edge.i for t in anchor] + [t.i for t in describing] + [head.i])
        end = head.i + 1
        if any(doc[k].lower_ in PAST_TITLE_WORDS for k in range(start, end)):
            continue  # "Spain's former central bank governor": a past holder, no body
        if of_country:
            end = max(t.i for t in of_country[0].subtree) + 1
        spans.append((start, end))
    return spans, bare


#: The heads of an office, whose title makes a person's office a body: "head of X's office".
_HEADS_OF_OFFICES = {"head", "chief", "director", "deputy"}


def _offices_of_people(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A person's office that someone heads, which is then a body of its own: "Andriy Tal,
    head of President Ivan Marko's office" heads "Marko's office" (named by the surname, as
    news names it again). Where the office only speaks for the person ("Marko's office
    said"), it stands for the person, no body of its own."""
    tokens = doc_tokens(doc)
    found = []
    for c in candidates:
        k = c.end + 1
        first = c.start - 1 if c.start and tokens[c.start - 1].lower_ in _PERSON_TITLES else (
            c.start)
        if (k < len(tokens) and tokens[c.end].text in POSSESSIVE_MARKS
                and tokens[k].text == "office" and tokens[k].dep_ != "compound"
                and first >= 2 and tokens[first - 1].lower_ == "of"
                and tokens[first - 2].lower_ in _HEADS_OF_OFFICES
                and _best_type(c.votes) == "Person"):
            found.append(Candidate(k, k + 1, Counter({"Organization": 3.0}),
                                   stands_for=f"{tokens[c.end - 1].text}'s office"))
    return found


def _bare_kind(doc: Doc, describing: list[Token], head: Token) -> bool:
    """Whether the words before an institution's head word are its kind alone, next to it
    and in lower case: "foreign ministry", "presidential office", "central bank"."""
    start = min(t.i for t in describing)
    return all(doc[k].text.islower() and doc[k].is_alpha for k in range(start, head.i))


def _kind_of_a_body(tokens: list[Token], c: Candidate) -> tuple[str, str, str] | None:
    """A country's body as its kind, its country and its full name: "Chinese Foreign
    Ministry" → ("foreign ministry", "China", the name); "Chile's presidential office" →
    ("presidential office", "Chile", …)."""
    words = tokens[c.start:c.end]
    name = c.stands_for or " ".join(t.text for t in words)
    if (owned := _owned_by_a_country(name)) is not None:
        owner, kind = owned
        return kind.lower(), owner, name
    country = country_of(words[0].text)
    if len(words) >= 2 and country and words[-1].lower_ in _INSTITUTIONS:
        return " ".join(t.lower_ for t in words[1:]), country, name
    return None


def _bodies_of_a_kind(doc: Doc, candidates: list[Candidate],
                      bare: list[tuple[int, int]]) -> list[Candidate]:
    """The bodies an article names by their kind alone ("the foreign ministry said") after
    naming the one body of that kind it speaks of ("China's foreign ministry", "the Chinese
    Foreign Ministry"): that body; where it names two countries' (or none), no one."""
    tokens = doc_tokens(doc)
    named: dict[str, dict[str, str]] = {}
    bodies_of_word: dict[str, set[object]] = {}  # the bodies each word is in, as named
    for c in candidates:
        if _best_type(c.votes) != "Organization":
            continue
        body = _kind_of_a_body(tokens, c)
        if body is not None:
            kind, country, name = body
            named.setdefault(kind, {}).setdefault(country, name)
        which = (body[0], body[1]) if body else span_text(doc, c.start, c.end)
        for t in tokens[c.start:c.end]:
            bodies_of_word.setdefault(t.lower_, set()).add(which)
    found = []
    for start, end in bare:
        kind = span_text(doc, start, end).lower()
        countries = named.get(kind, {})
        if len(countries) == 1 and bodies_of_word[tokens[end - 1].lower_] == {
                (kind, next(iter(countries)))}:
            # (not where another body of its kind is named otherwise: "the central bank"
            # beside the "Ostrian National Bank" and "Latvia's central bank")
            found.append(Candidate(start, end, Counter({"Organization": 3.0}),
                                   stands_for=next(iter(countries.values()))))
    return found
