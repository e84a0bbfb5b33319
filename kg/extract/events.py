"""Events and stances from verbs and nouns (extractor ``kg.events.v1``).

met / held talks / "their meeting" / attendee lists after a meeting ("A and B attended",
"C also took part") / "talked for two hours" / the host of "the meeting" just told of /
the heads of two countries' delegations named together right after talks, and talks with
a country's delegation (with whoever the article says leads it) / "brought together A and
B" / a joint news conference / dined with / played host to a person / phone
calls ("made a phone call to Y", "discussed X in a phone conversation", "engaged in a
telephone conversation") / spoke to or with an office holder ("his counterpart Y") /
talks hosted by someone (a country or city hosting is no party) / "a meeting of X and Y"
/ "the X-Y summit" / a sit-down, an audience ("was granted an audience with Y"), a call
between two, a reception held for someone, a ceremony with someone / "the meeting included
A and B" / "X arrived and was received by Y" / "They were
joined by Y", "Y joined them" (Y meets everyone of the meeting just told of) / lists
of the people met that the parser splits (:mod:`kg.extract.meetings`) → ``met``;
drafted, drew up, put forward or forth, sponsored, made or issued, agreed on, "architect of",
"the Egyptian proposal" → ``authorOf``; endorsed, welcomed, backed, signed, inked, agreed
to, voted for or to adopt, urged others to conclude, "a supporter of", "won the
endorsement of", "Kenya's support for", "parliament's approval of", passed or adopted
a document, signed off on, "came out in favour of", "is in favour of", "the plan drew
praise from X", "gave it its blessing" → ``supports``; rejected, opposed, dismissed,
shrugged off, balked at, objected to, "is against" or "opposed to" or "critical of",
"cannot accept" or "refused to sign", "the plan drew criticism from X", "X's objections
to", "X's veto of", "announced its rejection of", "the union's rejection of", "X's
criticism of", vetoed, voted against or down, turned down, challenged, "a critic of",
threats against whoever backs a plan, calling for or welcoming a plan's withdrawal or
repeal → ``opposes``; on a person or a body as well as a plan: "X has the full backing
of Y", "her endorsement of Y", "is in support of Y", "a staunch supporter of Y", "heaped
praise on Y" → ``supports``; "faced opposition from Y" (Y opposes X), sued, "filed a
lawsuit or complaint against", "took legal action against", "launched a scathing attack
on", "poured scorn on", "a critic of" → ``opposes``; published a document, "the offer from
X" → ``authorOf`` (a stance on a plan's vote, progress or veto is one on the plan); imposed
sanctions or an asset freeze on, designated, added to a sanctions list, fined ("fined X
50,000 euros", "the ruling, handed down by Y, fined X"), "those sanctioned include", "the
companies include", "the players are A and B" after "the players were fined" →
``sanctioned`` (an agentless one by the sanctioner the article last named); where places
are comes from :mod:`kg.extract.places`, which organisation is part of which from
:mod:`kg.extract.structure`. "We" and an unresolved "it" in a stance are whoever
says the sentence.
"The leaders of A and B signed X": A and B support X. "They" opening the main clause
right after a sentence telling of a meeting are those who met ("X hosted A and B. In a
joint statement, they backed Y"). "The groundwork for a summit" and "paved the way for
talks" tell of talks still to come; in indirect or proximity talks the sides do not meet.
No one meets an event ("met on the sidelines of the
Astana Forum") and a person meets no country ("met the Kenyan team"); those attending a
meeting meet its host, not each other.
"A voted in favour, as did B" and "the council's three members, A, B and C, voted" give
every one named; "was received by Y and then held talks with Z" is the received one's
meeting with Z; "a meeting between X and his envoys A and B" is X's with each of them.
Subjects and objects distribute over coordination (never to a conjunct set
apart by "but not"), relative clauses and passives are followed, and every
relation carries the status of its clause (a wish, a condition or a denial is
kept but never as a plain fact; a cause or a concession, "because Y vetoed it", is told as a
fact whatever its main clause says). A stance on a person's nomination, confirmation or
candidacy is one on the person ("voted against Dace's confirmation" opposes Dace).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.entities import (
    demonym_mention,
    entities_of,
    entity_of,
    group_bodies,
    holders_after_post,
)
from kg.extract.home_country import country_of_bare_office
from kg.extract.meetings import (
    PEOPLE_NOUNS,
    brought_together,
    called_by_phone,
    guests_along,
    met_as_modifier,
    peers_closing,
    people_closing,
    people_included,
    people_listed,
    people_opening,
)
from kg.extract.modality import status_of
from kg.extract.nlp import doc_tokens, heads_of, objects_of
from kg.extract.places import place_relations
from kg.extract.roles import dateline_end, people_of_group, styled_people_listed
from kg.extract.structure import structure_relations
from kg.model import Mention, Relation
from kg.text.lexicon import (
    CAPITAL_COUNTRIES,
    COUNTRY_NOUNS,
    DEMONYMS,
    PARTY_ALIASES,
    PAST_TITLE_WORDS,
    POSSESSIVE_MARKS,
    RESTORING_VERBS,
    SIGNING_VERBS,
    SPEECH_VERBS,
    STYLES,
    TITLE_PREDICATE,
    country_of,
    document_kind,
)

__all__ = [
    "extract_events", "DELIVERING", "VERB_PREDICATES", "PHRASAL", "STANCE_HOLDERS", "STANCE_NOUNS",
    "UNDOING", "CURRENCY_SIGNS", "SIDES", "buying_bid",
]

VERB_PREDICATES = {
    "meet": "met",
    "draft": "authorOf",
    "author": "authorOf",
    "devise": "authorOf",
    "craft": "authorOf",
    "prepare": "authorOf",
    "write": "authorOf",
    "propose": "authorOf",
    "negotiate": "authorOf",
    "broker": "authorOf",
    "mediate": "authorOf",
    "endorse": "supports",
    "welcome": "supports",
    "back": "supports",
    "support": "supports",
    "approve": "supports",
    "embrace": "supports",
    "champion": "supports",
    "reject": "opposes",
    "oppose": "opposes",
    "condemn": "opposes",
    "denounce": "opposes",
    "criticise": "opposes",
    "criticize": "opposes",
    "veto": "opposes",
    "hail": "supports",
    "praise": "supports",
    "sue": "opposes",  # "X sued Y", "Y was sued by X"
    "slam": "opposes",
    "block": "opposes",
    "stop": "opposes",
    "visit": "met",
    "defend": "supports",
    "accept": "supports",
    **dict.fromkeys(SIGNING_VERBS, "supports"),
    "uphold": "supports",
    "recommend": "supports",
    "overturn": "opposes",
    "annul": "opposes",
    "quash": "opposes",
    "repeal": "opposes",
    "scrap": "opposes",
    "sanction": "sanctioned",
    "ban": "sanctioned",  # "FIFA banned X for ten years"
    "fine": "sanctioned",  # "the regulator fined Brenner Bank"
    "blacklist": "sanctioned",
    "host": "met",
    "greet": "met",
    "receive": "met",
    "unveil": "authorOf",
    "present": "authorOf",
    "table": "authorOf",
    "submit": "authorOf",
    "sponsor": "authorOf",
    "make": "authorOf",
    "issue": "authorOf",
    "co-sponsor": "authorOf",
    "publish": "authorOf",
    "circulate": "authorOf",
    "introduce": "authorOf",  # "Senator Ana Roe introduced the Clean Rivers Act"
    "pass": "supports",
    "adopt": "supports",
    "challenge": "opposes",
    "dismiss": "opposes",
    "rebuff": "opposes",
    "spurn": "opposes",
    "decry": "opposes",
    "lambast": "opposes",
    "blast": "opposes",
    "resist": "opposes",
    "fight": "opposes",  # "vowed to fight the bill in court"
    "torpedo": "opposes",
    # "vowed to kill the bill", "scuttled the deal", "derailed the plan" (a plan only)
    "kill": "opposes",
    "scuttle": "opposes",
    "derail": "opposes",
    "sink": "opposes",
    "applaud": "supports",
    "laud": "supports",
    "favour": "supports",
    "favor": "supports",
    "clear": "supports",
    "advance": "supports",  # "the Senate advanced the package" (a plan only)
    "launch": "authorOf",  # "Y launched a takeover bid" (a plan only)
}
#: Verbs of delivering a text to someone: "handed the envoys its response" (it wrote it).
DELIVERING = {"hand", "send", "deliver", "submit", "transmit", "forward"}
#: "voted for/in favour of X" supports X; "voted against X" opposes it; an abstention is neither.
_VOTE_PREPS = {"for": "supports", "against": "opposes"}
#: "designated X" is a sanction only in a sentence about sanctions or terrorism.
_DESIGNATION_CONTEXT = {
    "sanction", "blacklist", "terrorist", "terrorism", "freeze", "block",
    "pursuant",  # "designated X pursuant to Executive Order 14024"
    "ofac",  # the US sanctions office: "OFAC designated X for its role in …"
}
#: "its sanctions list", the US "entity list", the "designated nationals list"
_LISTS = {"sanctions", "sanction", "blacklist", "entity", "export", "control", "designated"}
#: Penalties named by a word beside them: "an asset freeze", "a travel ban".
_PENALTIES = {"freeze": "asset", "ban": "travel", "embargo": "arms", "restriction": "visa"}
_SANCTION_VERBS = {"sanction", "designate", "blacklist", "target"}
#: What a sanctions announcement lists: "The companies include X", "The individuals include Y".
_TARGET_KINDS = {"company", "firm", "entity", "individual", "person", "vessel", "business",
                 "designation", "target"}  # "The designations include X", "targets include Y"
#: Verbs that need a particle: "drew up", "put forward".
#: "the British-drafted text", "the US-backed plan": the body before the hyphen.
HYPHEN_PARTICIPLES = {
    "drafted": "authorOf",
    "written": "authorOf",
    "brokered": "authorOf",
    "proposed": "authorOf",
    "sponsored": "authorOf",
    "backed": "supports",
    "led": "authorOf",  # "the Brazilian-led text"
    "sanctioned": "sanctioned",
    "designated": "sanctioned",  # "the US-designated Ministry of X" in a sanctions story
}
PHRASAL = {
    ("draw", "up"): "authorOf",
    ("put", "forward"): "authorOf",
    ("put", "forth"): "authorOf",
    ("come", "up"): "authorOf",
    ("work", "out"): "authorOf",  # "the plan, which A worked out with B"
    ("hammer", "out"): "authorOf",
    ("sign", "off"): "supports",
    ("lobby", "against"): "opposes",
    ("speak", "against"): "opposes",
    ("strike", "down"): "opposes",
    ("vote", "down"): "opposes",
    ("lobby", "for"): "supports",
    ("campaign", "for"): "supports",
    ("push", "for"): "supports",
    ("throw", "out"): "opposes",
    ("turn", "down"): "opposes",
    ("campaign", "against"): "opposes",
    ("shrug", "off"): "opposes",
    ("balk", "at"): "opposes",
    ("baulk", "at"): "opposes",
    ("object", "to"): "opposes",
    ("rail", "against"): "opposes",
    ("warn", "against"): "opposes",
    ("stand", "behind"): "supports",
    ("rally", "behind"): "supports",
    ("line", "behind"): "supports",  # "lined up behind the plan" reads "up" as the particle
    ("line", "against"): "opposes",  # "groups lined up against it"
    ("press", "for"): "supports",  # "has pressed for the extension"
    ("advocate", "for"): "supports",
    # industrial action and street protest against a measure: "dockers struck against the
    # bill", "unions marched against the reform"
    ("strike", "against"): "opposes",
    ("protest", "against"): "opposes",
    ("march", "against"): "opposes",
    ("demonstrate", "against"): "opposes",
    ("rally", "against"): "opposes",
}
_MEETING_NOUNS = {
    "meeting",
    "dinner",
    "lunch",
    "breakfast",
    "talks",
    "summit",
    "meetings",
    "summits",
    "dinners",
    "lunches",
    "discussions",
    "negotiations",
    "session",
    "reception",  # "hosted a reception for the ambassador"
}
#: Conversations that are meetings too: "a telephone conversation with Y", "a phone call between".
#: Diplomats a ministry calls in: "summoned the ambassador".
_ENVOYS = {"ambassador", "envoy", "chargé", "charge", "diplomat", "consul", "attaché"}
#: Groups one person leads to a meeting: "led the delegation that met Y".
_DELEGATIONS = {"delegation", "mission", "team"}
#: Spans of time spent with someone: "spent two days with Y".
_SPANS = {"day", "hour", "evening", "morning", "afternoon", "night", "week", "weekend"}
_CONVERSATIONS = {
    "conversation", "conversations", "call", "calls",
    # "had a brief exchange with Y", "held an audience with Y" (not "an exchange of fire")
    "exchange", "encounter", "audience",
}
_HOLD = {"hold", "host", "have", "conduct", "attend", "join", "chair", "convene", "open", "begin",
         # "kicked off talks with Y", "started talks with Y", "resumed talks with Y" (their
         # object must be talks or a meeting)
         "kick", "start", "resume"}
#: "discussed X with Y", "talked with Y": a meeting with the partner named after "with".
_TALK = {"discuss", "talk", "confer", "dine", "huddle"}  # "huddled with Y"
#: "dined with Y" (the tagger's lemma may be "din").
_DINED = {"dine", "dined", "dines", "dining"}
_DASHES = {"—", "–", "--", "-"}
#: "X and Y agreed after meeting in Rome": the clause's subjects are the ones meeting.
_WHEN = {"after", "before", "while", "when", "during"}
#: Verbs of drawing blame or praise for a deed: "came under fire for backing it".
_BLAMED = {"come", "face", "draw", "win", "earn", "apologise", "apologize"}
#: Going somewhere for talks with Y: "X arrived in Miami for talks with Y".
#: (Not "was due in Rome for talks": a visit still to come.)
_TRAVEL = {"arrive", "travel", "fly", "come", "go", "head", "return", "land"}
#: Talking by telephone is a meeting: "spoke by phone with Y", "talked to Y by telephone".
_CALL_VERBS = {"speak", "talk", "consult", "confer", "discuss"}
_CALL_WORDS = {"phone", "telephone", "videoconference", "videolink"}
#: Verbs of receiving someone: with a person as object they state a meeting.
_GREET = {"welcome", "greet", "receive", "host"}
#: What one is welcomed into as a new member: "welcomed X in its ranks", "into the fold".
_RANKS_JOINED = {"ranks", "fold", "group", "party", "team", "family", "club", "membership"}


def _welcomed_into(verb: Token) -> bool:
    """ "welcomed X in(to) its ranks", "welcomed X to the group", "welcomed X as a
    member": the one welcomed joins a body; no one meets anyone."""
    if verb.lemma_ not in {"welcome", "receive"}:
        return False
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.head.i >= verb.i):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in {"in", "into", "to"} and obj.lower_ in _RANKS_JOINED:
                return True
            if prep.lower_ == "as" and obj.lemma_.lower() in {"member", "recruit"}:
                return True
    return False


#: Verbs that leave a meeting unheld: "talks are scheduled for May", "the meeting was called off".
_NOT_HELD = {
    "schedule", "plan", "set", "slate", "expect", "seek", "request", "propose", "want",
    "cancel", "postpone", "delay", "scrap", "call", "hope", "rule",
}
_FUTURE = {"next", "planned", "upcoming", "proposed", "possible", "potential", "future", "expected"}
_AUTHOR_NOUNS = {
    "architect",
    "architects",
    "author",
    "authors",
    "drafter",
    "drafters",
    "sponsor",
    "sponsors",
    "co-sponsor",
    "co-sponsors",
}
_PLAN_ONLY = {"authorOf"}
#: Verbs that state a stance only on a plan: "signed a striker", "upheld the conviction" do not.
_PLAN_VERBS = {
    *SIGNING_VERBS, "uphold", "recommend", "overturn", "annul", "quash",
    "repeal", "scrap",
    "publish", "pass", "adopt", "challenge",
    # "dismissed the aide", "blasted the referee", "cleared the road": no stance
    "dismiss", "rebuff", "spurn", "decry", "lambast", "blast", "resist", "applaud", "laud",
    "favour", "favor", "clear",
    # "defended the envoy" against criticism takes no side on anything he proposed
    "defend",
    "stop",  # "stopped the scheme" (not "stopped the car")
    "advance",  # "advanced the bill" (not "advanced its interests", "advanced 3%")
    "fight", "torpedo",  # "fight the bill" (not "fight Europe")
    "kill", "scuttle", "derail", "sink",  # "killed the bill" (not "killed the commander")
}
#: "Members of the union voted": the body itself decides.
_BODY_MEMBERS = {"member", "shareholder", "board"}
#: "a supporter of the bill, X,", "X, a critic of the plan", "a staunch defender of the reform".
STANCE_HOLDERS = {
    "supporter": "supports", "backer": "supports", "proponent": "supports",
    "champion": "supports", "advocate": "supports", "signatory": "supports", "signer": "supports",
    "defender": "supports",
    "opponent": "opposes", "critic": "opposes",
}
#: Those a person has, not only a plan: "X is a staunch supporter of Y", "one of Y's critics"
#: (not "opponent": a rival in a race or a match).
_PERSON_STANCE_HOLDERS = {"supporter", "backer", "critic"}
#: Those named as a text's signers or sponsors need not say which text: "Signatories
#: included A and B" are the text just named (not "critics include X": of anything).
_TEXT_HOLDERS = {"signatory", "signatories", "signer", "signers", "sponsors", "co-sponsors"}
_SUPPORT_NOUNS = {"endorsement", "support", "backing"}
#: What a plan draws from its critics or admirers: "the plan drew criticism from X".
_RECEIVED_STANCES = {
    **dict.fromkeys(_SUPPORT_NOUNS | {"praise", "approval"}, "supports"),
    **dict.fromkeys({"criticism", "pushback", "condemnation", "opposition", "objection",
                     "rejection", "backlash", "rebuke", "fire"}, "opposes"),
}
_RECEIVE = {"receive", "win", "get", "secure", "earn", "gain", "draw", "attract", "land"}
#: Verbs of a plan holding a stance: "the plan has the backing of Y", "enjoys Y's support";
#: a person or a body holds one too: "the coach has the full backing of the board".
_HOLDING = {"have", "enjoy", "retain", "keep"}
#: Verbs of running into a stance: "the nominee faced opposition from Y", "met resistance".
_FACING = {"face", "meet", "encounter"}
#: What is run into from someone who opposes whoever runs into it (criticism, a rebuke or
#: a backlash may be over a single remark, not a stance on the one who drew it).
_FACED_STANCES = {"opposition": "opposes", "objection": "opposes", "resistance": "opposes"}
#: Threats against whoever backs a plan: "would try to remove the speaker if she agreed to it".
_OUST = {"remove", "oust", "topple", "unseat", "impeach", "depose", "sack"}
#: Words a plan is referred back to with: "the draft", "the text", "the document".
_PLAN_WORDS = {
    "draft", "text", "document", "resolution", "proposal", "plan", "act", "bill", "deal",
    "agreement", "treaty", "accord", "pact", "budget", "scheme",
}
#: Plans a country's adjective names the author of: "the Egyptian proposal".
#: Heads of a plan whose maker "by" or "from" names: "a proposal by X", "the plan from X".
_MADE_BY_HEADS = {
    "plan", "proposal", "offer", "initiative", "blueprint", "roadmap", "counterproposal",
    "counteroffer", "framework", "decree",
}
#: Words that make a bid one to buy a company: "the takeover bid", "a $400 million bid".
_BUYING = {"takeover", "buyout", "acquisition", "merger", "tender", "purchase"}
CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$"}


def buying_bid(token: Token) -> bool:
    """ "Pentland Group's takeover bid", "a $400 million bid from X": a bid to buy a company
    is its bidder's, as an offer is (not "Ukraine's membership bid", "a bid for office")."""
    return token.lower_ == "bid" and any(
        t.lower_ in _BUYING or t.text in CURRENCY_SIGNS
        for c in token.children
        if c.dep_ in {"compound", "amod", "nmod", "nummod", "quantmod"}
        for t in c.subtree
    )


_AUTHORED_HEADS = {
    "proposal", "draft", "initiative", "blueprint", "counterproposal", "resolution",
}
#: "voted to adopt X" supports X; "voted to reject X" opposes it; the veto turns either.
_VOTE_TO = {
    "adopt": "supports", "approve": "supports", "pass": "supports", "back": "supports",
    "support": "supports", "endorse": "supports", "ratify": "supports", "sustain": "supports",
    "uphold": "supports", "reject": "opposes", "block": "opposes", "kill": "opposes",
    "defeat": "opposes", "override": "opposes", "overturn": "opposes",
    "confirm": "supports",  # "voted to confirm X": a nominee
    "advance": "supports",  # "voted to advance the bill"
}
_EXPRESS = {"express", "voice", "declare", "pledge", "reiterate", "reaffirm", "signal", "offer",
            "give", "lend"}
#: Nouns of a stance: "Kenya's support for", "the union's rejection of", "expressed support".
STANCE_NOUNS = {
    "support": "supports", "backing": "supports", "approval": "supports",
    "endorsement": "supports", "blessing": "supports", "commitment": "supports",
    "opposition": "opposes", "rejection": "opposes", "criticism": "opposes",
    "objection": "opposes", "veto": "opposes", "condemnation": "opposes",
}
#: "withdrew its support", "dropped its opposition": the stance is no longer held.
_WITHDRAWN = {"withdraw", "drop", "end", "lose", "reverse", "abandon", "pull"}
#: What a stance on a plan is often said to be on: "welcomed the vote", "hailed the progress".
_PLAN_EVENTS = {
    "vote", "progress", "adoption", "passage", "signing", "approval", "conclusion", "extension",
    "ratification", "measure",
}
#: Nouns of undoing a plan: "called for the withdrawal of the bill" opposes the bill.
UNDOING = {"withdrawal", "repeal", "scrapping", "annulment", "suspension", "revocation"}
#: What stands for its owner in a stance: "supported Hanoi's position".
_STANCES = {"position", "stance", "view", "views", "claim", "claims"}
#: A person's bid for a post stands for the person: "voted against Dace's confirmation".
_FOR_OFFICE = {
    "nomination", "confirmation", "candidacy", "candidature", "appointment", "reappointment",
    "election", "reelection",
}
_TITLE_WORDS = set(TITLE_PREDICATE) | {"deputy", "vice", "acting", "interim"}
_URGE = {"urge", "call", "press", "encourage", "want", "ask", "petition"}
#: What undoing a plan is called: "asked the court to annul the decree".
_STRIKE = {"annul", "overturn", "quash", "repeal", "scrap", "reject", "block", "veto",
           "abandon", "drop", "shelve", "kill"}
#: Undoings said of anything dropped ("drop its troops", "abandon its claims"): one of a
#: plan only where the object itself names it ("urged the premier to abandon the plan").
_DROPPING = {"abandon", "drop", "shelve", "kill"}
#: What adopting a plan is called: "urged them to conclude the agreement".
_ADOPT = {
    "conclude", "sign", "approve", "adopt", "pass", "ratify", "accept", "finalise", "finalize",
    "implement", "endorse", "back", "support",
}
#: Subjects that stand for whoever says the sentence: "the party said it would vote against".
_SPEAKER_PRONOUNS = {"we", "i", "it"}


#: The words :func:`_meeting_noun` may be true of.
_MEETING_WORDS = _MEETING_NOUNS | _CONVERSATIONS | {"conference", "ceremony", "down"}


def _meeting_noun(token: Token) -> bool:
    """ "talks", "a meeting", "a telephone conversation", "a phone call", "held a call", "a
    sit-down", "an audience with the king"."""
    if token.lower_ in _MEETING_NOUNS or _sit_down(token):
        return True
    return token.lower_ in _CONVERSATIONS and (
        token.lemma_ == "conversation"
        or any(c.lower_ in _CALL_WORDS | {"video"} for c in token.children)
        # "held a call with Y", "had a call with Y" (not "joined calls for a ceasefire")
        or token.dep_ == "dobj" and token.head.lemma_ in {"hold", "have"}
        # "in a call with the Kenyan president, X said" (not "a call with Reuters"), "a call
        # between X and Y", "was granted an audience with the king"
        or token.lemma_ in {"call", "audience"} and _with_a_person(token)
    ) or _joint_appearance(token)


def _sit_down(token: Token) -> bool:
    """ "a sit-down with Y", "a separate sit-down between X and Y" (the noun, not the verb)."""
    return (
        token.lower_ == "down" and token.pos_ == "NOUN"
        and any(c.lower_ == "sit" for c in token.children)
    )


def _joint_appearance(token: Token) -> bool:
    """ "a joint news conference", "a press conference with Y", "a Rose Garden ceremony with
    Y": two who appear together (not "told a news conference", one speaking alone)."""
    words = {c.lower_ for c in token.children}
    if token.lemma_ == "ceremony":
        return _with_a_person(token)
    return token.lemma_ == "conference" and bool(words & {"news", "press"}) and (
        "joint" in words or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in token.children
        )
    )


def _with_a_person(token: Token) -> bool:
    """Whether ``token`` is "with" a person (a name the tagger takes for a person's, or a title)
    or "between" people named ("a call between X and Y", not "between the two countries' top
    diplomats", whose owners the words would name)."""
    return any(
        p.dep_ == "prep" and o.dep_ == "pobj" and (
            p.lower_ == "with" and (
                o.ent_type_ == "PERSON" or o.lemma_ in TITLE_PREDICATE or o.lower_ == "counterpart"
            )
            or p.lower_ == "between" and o.ent_type_ == "PERSON"
        )
        for p in token.children
        for o in p.children
    )


#: What one accepts or rejects of a person without taking a side for or against them:
#: "accepted the resignation of its chief executive", "declined an invitation from X".
_ACTS_OF_A_PERSON = {"resignation", "apology", "invitation", "condolence", "congratulation",
                     "credential"}


def _answered_act_of_person(verb: Token) -> bool:
    """ "accepted the resignation of X", "rejected X's apology": a person's act answered."""
    return verb.lemma_ in {"accept", "reject", "refuse", "decline"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_ in _ACTS_OF_A_PERSON for c in verb.children
    )


#: People of a body a sanction may target without the body: "sanctioned four members of
#: X", "leaders of the cartel X", "senior officials of Y".
_PEOPLE_OF_A_BODY = {"member", "leader", "official", "associate", "individual", "person",
                     "people", "financier", "commander", "operative", "facilitator",
                     "executive", "employee", "figure", "relative",
                     "co"}  # of "co-leaders", which the parser splits


def _body_of_people_sanctioned(context: ArticleContext, verb: Token, body: Mention) -> bool:
    """Whether ``body`` is only the group whose people a sanction targets ("sanctioned four
    members of X", "sanctions on leaders of the cartel X"): the people are sanctioned, not X
    (which "sanctioned X and four of its members" names itself)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    targets = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
        for o in p.children if o.dep_ == "pobj"]
    return any(_people_of_body(context, t, body) for t in targets)


def _people_of_body(context: ArticleContext, target: Token, body: Mention) -> bool:
    """Whether ``target`` names people of ``body``, not the body: "members of X", "leaders
    of the cartel X"."""
    return target.lemma_.lower() in _PEOPLE_OF_A_BODY and context.mention_at(target) is None and (
        any(context.mention_at(n) == body  # "of the cartel X": the kind, then the name
            for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
            for n in [o, *(c for c in o.children if c.dep_ in {"appos", "compound"})]))


def _with_partner(verb: Token) -> list[Token]:
    """Objects of "with" on the verb or its direct object ("discussed the war with Y")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "held discussions on trade with Y": the parser may hang "with" on the topic
    topics = [o for d in objects for p in d.children if p.dep_ == "prep" and p.lower_ == "on"
              for o in p.children if o.dep_ == "pobj"]
    if not objects and verb.lemma_ in _TALK:
        # "discussed the country's missile launches with Y": the parser may take the topic
        # for a clause (one with no word of its own to open it)
        topics += [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and not any(d.dep_ in {"mark", "aux", "advmod"} for d in c.children)
        ]
    heads = [verb, *objects, *topics]
    if verb.lemma_ == "meet" and not objects or objects and all(map(_meeting_noun, objects)):
        # "met on the sidelines of the forum with Y", "held talks at the summit with Y"
        heads += [n for h in [verb, *objects] for n in _settings(h)]
    elif verb.lemma_ in _CALL_VERBS and not objects:  # "speaking at a joint news conference
        heads += [n for n in _settings(verb) if _joint_appearance(n)]  # with Y" (not "at
        # the summit with its chair watching")
    # "consulted by telephone with Y": the parser may hang "with" on the telephone
    heads += [o for p in verb.children if p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    talked = verb.lemma_ in _TALK | _CALL_VERBS | {"meet"}
    if talked or objects and all(map(_meeting_noun, objects)):
        # "held his first call since taking office with Y": the parser may hang "with" on
        # the clause "since" opens
        heads += [n for h in [verb, *objects] for n in _since_taking_office(h)]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
    if preps:  # "… with X, and with Y": the parser hangs the second "with" elsewhere
        preps += [
            t
            for t in verb.doc[preps[-1].i + 1 : verb.sent.end]
            if t.lower_ == "with" and t.nbor(-1).lower_ == "and" and t not in preps
        ]
    return [o for prep in preps for o in prep.children if o.dep_ == "pobj"] + _with_subject(verb)


#: Taking up a post, which "since" dates a first meeting from: "since taking office", "since
#: becoming president", "since his election".
_ACCESSION = {"take", "assume", "become", "enter", "election", "inauguration", "appointment",
              "swearing"}


def _since_taking_office(head: Token) -> list[Token]:
    """The clause or noun of "since taking office" or "since his election" after ``head``, or
    after its "for the first time"."""
    times = [
        t
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for t in p.children
        if t.dep_ == "pobj" and t.lemma_ == "time"
    ]
    return [
        o
        for h in [head, *times]
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "since"
        for o in p.children
        if o.dep_ in {"pcomp", "pobj"} and o.lemma_ in _ACCESSION
    ]


def _with_subject(verb: Token) -> list[Token]:
    """ "met Sunday with Chinese Foreign Minister X in Y to discuss trade": the parser may
    read "with X to discuss" as a clause "with" opens, X its subject; the partner is X."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "with"]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if not marks or not infinitive or marks[0].i < verb.i:
            continue
        found += [
            c for c in clause.children
            if c.dep_ == "nsubj" and marks[0].i < c.i < clause.i and c.pos_ == "PROPN"
        ]
    return found


def _targeted_with_sanctions(verb: Token) -> bool:
    """ "targeted X with sanctions", "hit X and Y with new sanctions"."""
    return verb.lemma_ in {"target", "hit", "slap"} and any(
        p.dep_ == "prep" and o.dep_ == "pobj" and (
            p.lower_ == "with" and (o.lemma_ == "sanction" or _named_penalty(o))
            # "the refinery the Treasury targeted for sanctions"
            or p.lower_ == "for" and o.lemma_ == "sanction" and verb.lemma_ == "target")
        for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in h.children
        for o in p.children
    )


#: Words of force that make "targeted X" an attack, not a sanction.
_FORCE = {"strike", "airstrike", "attack", "raid", "missile", "drone", "bomb", "shell", "kill",
          "assassinate", "fire", "rocket", "operation", "troop", "force"}


def _sanctioner_targeted_again(context: ArticleContext) -> Iterator[Relation]:
    """ "The UK on Tuesday announced sanctions on X. The UK has also targeted A and B": the
    article's sanctioner "targeting" named ones goes on sanctioning them (not "the army
    targeted A in a strike", nor a "target" whose subject sanctioned no one before)."""
    for verb in context.tokens_with({"target"}):
        if verb.lemma_ != "target" or verb.pos_ != "VERB" or any(
            c.dep_ in {"auxpass", "nsubjpass"} or c.dep_ == "prep" and c.lower_ == "with"
            for c in verb.children
        ) or any(t.lemma_.lower() in _FORCE for t in verb.sent):
            continue
        subjects = _subjects(context, verb)
        if not subjects or not {m.name for m in subjects} & {
                m.name for m in _sanctioner_before(context, verb)}:
            continue  # (the sanctioner before is looked for only where there are subjects)
        targets = [
            m for c in verb.children if c.dep_ == "dobj"
            for m in entities_of(context, c) if m.type in {"Person", "Organization"}
        ]
        yield from _sanctions_between(
            context, subjects, targets, verb.sent, 0.75, status_of(verb)
        )


def _named_penalty(noun: Token) -> bool:
    """ "travel bans", "an asset freeze", "an arms embargo": a penalty named by the word
    beside it (not "a ban on smoking", "a freeze in talks")."""
    return _PENALTIES.get(noun.lemma_) in {c.lower_ for c in noun.children}


def _plan_described(context: ArticleContext, noun: Token) -> list[Mention]:
    """The plan a description stands beside: "adopted the Harbour Accord, a text drafted by
    X" (the text is the accord)."""
    if noun.lower_ in _PLAN_WORDS:  # "the text, drafted by X and adopted as Resolution 2812"
        adopted_as = [
            m
            for clause in noun.children if clause.dep_ == "acl"
            for verb in clause.conjuncts if verb.lemma_ in _ADOPT_AS
            for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj"
            for m in [context.mention_at(o)] if m is not None and m.type == "Plan"
        ]
        if adopted_as:
            return adopted_as
    if noun.dep_ != "appos" or noun.lower_ not in _PLAN_WORDS:
        return []
    named = context.mention_at(noun.head)
    return [named] if named is not None and named.type == "Plan" else []


#: Verbs that give a draft the name it is adopted under: "adopted as Resolution 2812".
_ADOPT_AS = {"adopt", "pass", "approve", "enact", "sign"}


def _settings(head: Token) -> list[Token]:
    """The nouns of "on the sidelines of the summit" or "at the forum" after ``head``: "met on
    the sidelines of the forum with Y", where the parser may hang "with" on the forum."""
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "at", "during"}:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (noun.lower_ == "sidelines" or _meeting_noun(noun)):
                found.append(noun)
                found += [
                    o
                    for of in noun.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for o in of.children
                    if o.dep_ == "pobj"
                ]
    return found


def _during_meeting(verb: Token) -> bool:
    """ "… during a meeting", "… at talks in Doha", "… on the sidelines of the summit"."""
    return any(
        (_meeting_noun(o) or o.lower_ == "sidelines")
        # "at a meeting that was later cancelled" was no meeting
        and not any(c.dep_ in {"relcl", "acl"} and c.lemma_ in _NOT_HELD for c in o.children)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"during", "at", "on"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def _meeting_object(verb: Token) -> bool:
    """ "held talks", "held two hours of talks", "held a round of talks", "the meeting, which
    was attended by A and B"."""
    if verb.dep_ == "relcl" and _meeting_noun(verb.head) and any(
        c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in verb.children
    ):
        return not any(c.lower_ in _FUTURE for c in verb.head.children) and _told_held(verb)
    if _meeting_attended_by(verb):  # "The meeting, attended by A and B, lasted an hour"
        return not any(c.lower_ in _FUTURE for c in verb.head.children) and _told_held(verb)
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (
            _meeting_noun(c)
            or any(
                p.dep_ == "prep" and p.lower_ == "of" and _meeting_noun(o)
                for p in c.children
                for o in p.children
            )
        )
        for c in verb.children
    )


def _meeting_attended_by(verb: Token) -> bool:
    """ "The meeting, attended by A and B, lasted an hour": a participle on a meeting the
    sentence is about (not "hosted a summit attended by A and B", where those attending
    meet the host, see :func:`_attended_by`)."""
    return (
        verb.dep_ == "acl" and verb.lemma_ == "attend" and verb.tag_ == "VBN"
        and _meeting_noun(verb.head) and verb.head.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _told_held(clause: Token) -> bool:
    """Whether the meeting a clause describes ("the meeting, attended by A and B,") is not
    told of as called off or still to come by the sentence about it: "… was cancelled", "…
    never took place", "… will be held in May"."""
    noun = clause.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return True  # "X hosted the meeting, which was attended by A and B"
    told = noun.head
    return told.lemma_ not in _NOT_HELD and status_of(told) == "asserted"


def _hosts(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "held talks in Cairo, hosted by X": the host meets those holding the talks (a country
    or a city that hosts them is where they were held, no party to them)."""
    return [
        m
        for h in [verb, *verb.children]
        for c in h.children
        if c.dep_ in {"advcl", "acl"} and c.lemma_ == "host"
        for agent in c.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
        if m.type != "Place"
    ]


def _is_vote(verb: Token) -> bool:
    """ "voted", "cast its veto", "cast a vote", "X was the lone vote against the budget"."""
    return verb.lemma_ == "vote" or verb.lemma_ == "cast" and any(
        c.dep_ == "dobj" and c.lemma_ in {"vote", "veto", "ballot"} for c in verb.children
    ) or verb.lemma_ in _VETO_USED and any(  # "Russia used its veto"
        c.dep_ == "dobj" and c.lemma_ == "veto" for c in verb.children
    ) or _vote_described(verb) is not None


#: Verbs of casting a veto other than "cast": "used its veto", "exercised its veto power".
_VETO_USED = {"use", "exercise", "wield"}


def _vote_described(verb: Token) -> Token | None:
    """The vote a copula says someone was: "X was the lone vote against the budget", "the
    only dissenting vote on it" (its subject cast it)."""
    if verb.lemma_ != "be":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "attr" and c.lemma_ == "vote" and c.pos_ == "NOUN"),
        None,
    )


#: A vote cast by its word: "voted no", "voted yes".
_BALLOT_WORDS = {
    "no": "opposes", "nay": "opposes", "yes": "supports", "aye": "supports", "yea": "supports",
}
#: A vote named by the side it took: "the only dissenting vote on the bill".
_DISSENT = {"dissenting": "opposes", "opposing": "opposes"}
#: When a vote was cast, not what on: "voted yes on Tuesday".
_WHEN_TYPES = {"DATE", "TIME"}


def _vote_objects(verb: Token) -> tuple[str, list[Token]] | None:
    """ "voted for X" / "voted in favour of X" / "voted against X" / "cast its veto against X"."""
    ballots = [c for c in verb.children if c.dep_ == "dobj"]
    described = _vote_described(verb)
    ballots += [described] if described is not None else []
    for ballot in ballots:  # "cast the lone no vote on the bill", "the only dissenting vote"
        if ballot.lemma_ != "vote":
            continue
        words = [_DISSENT.get(c.lower_) or _BALLOT_WORDS.get(c.lower_) for c in ballot.children
                 if c.dep_ in {"det", "amod", "compound"} and c.i < ballot.i]
        side = next((w for w in words if w is not None), None)
        if side is not None:
            return side, [o for p in ballot.children if p.dep_ == "prep" and p.lower_ == "on"
                          for o in p.children if o.dep_ == "pobj"]
    for word in verb.children:  # "voted no", 'voted "yes"': on the text put to the vote
        quoted = word.i == verb.i + 2 and verb.nbor(1).text in {'"', "“", "'", "‘"}
        if (word.i == verb.i + 1 or quoted) and word.lower_ in _BALLOT_WORDS:
            on = [  # 'voted "yes" on the amendment' (not "on Tuesday": the text just named)
                o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in _WHEN_TYPES
            ]
            return _BALLOT_WORDS[word.lower_], on
    for down in verb.children:  # "voted down the bill" (the parser may take "down" for a prep)
        if down.lower_ == "down" and down.dep_ in {"prt", "prep"}:
            return "opposes", ballots + [o for o in down.children if o.dep_ == "pobj"]
    for prep in [*verb.children, *(p for b in ballots for p in b.children)]:
        if prep.dep_ == "prep" and (found := _vote_prep(prep)) is not None:
            return found
    if any(b.lemma_ == "veto" for b in ballots) and not any(
            t.lower_ in {"times", "repeatedly"} for t in verb.subtree):
        return "opposes", []  # "Russia used its veto": against the text put to the vote (not
        # "has used its veto 30 times": a count of vetoes past)
    return None


def _voters_after(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "Voting in opposition were A and B", "Voting against were A and B": the vote is the
    subject of the copula, its voters the names after it."""
    copula = verb.head
    if verb.dep_ not in {"csubj", "nsubj"} or copula.lemma_ != "be" or verb.i > copula.i or (
            verb.tag_ != "VBG" or not _is_vote(verb)):
        return []
    found: list[Mention] = []
    for c in copula.children:
        if c.dep_ in {"attr", "nsubj"} and c.i > copula.i:
            # "were Mayor A and council member B": the parser may set B beside A
            named = [c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos")]
            found += [m for t in named if (m := entity_of(context, t)) is not None
                      and m not in found]
    return found


def _vote_prep(prep: Token) -> tuple[str, list[Token]] | None:
    """The stance and what a "for", "against" or "in favour of" after a vote names (None for
    any other preposition)."""
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ in _VOTE_PREPS:
        return _VOTE_PREPS[prep.lower_], pobjs
    if prep.lower_ == "in" and any(c.lower_ == "opposition" for c in pobjs):
        # "voted in opposition (to the plan)": against it, or the text just named
        return "opposes", [o for c in pobjs for q in c.children
                           if q.dep_ == "prep" and q.lower_ == "to"
                           for o in q.children if o.dep_ == "pobj"]
    if prep.lower_ == "in" and any(c.lower_ in {"favour", "favor"} for c in pobjs):
        inner = [
            o
            for c in pobjs
            for q in c.children
            if q.dep_ == "prep" and q.lower_ == "of"
            for o in q.children
            if o.dep_ == "pobj"
        ]
        return "supports", inner
    return None


def _by_phone(verb: Token) -> bool:
    """A conversation held by telephone or video: "spoke by phone", "in a phone call"."""
    return any(
        t.lower_ in _CALL_WORDS and t.head.i in {verb.i, *(c.i for c in verb.children)}
        or t.lower_ == "call" and t.head.head.i == verb.i
        # "discussed Syria in a phone conversation", "during a telephone conversation"
        or t.lemma_ == "conversation" and t.head.head.i == verb.i
        and t.head.lower_ in {"in", "during", "over"} and _meeting_noun(t)
        and any(c.lower_ in _CALL_WORDS for c in t.children)
        for t in verb.subtree
    )


def _declared_vote(verb: Token) -> bool:
    """ "We will vote against this budget", "said he would sign it", "the White House said X
    will sign the bill", "said they will oppose the package": a vote or a stance announced,
    with no condition on it (a stance only as what someone went on to say: "X would back it"
    alone is a guess)."""
    stance = verb.lemma_ in _ACCEPTING or VERB_PREDICATES.get(verb.lemma_) == "opposes"
    announced = stance and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS and (
        verb.head.i < verb.i  # not "X would back it, analysts said"
        or any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)
    )  # (but ""I will oppose it," X said": the speaker's own word)
    return (
        (verb.lemma_ == "vote" or announced)
        and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children)
        and not any(
            t.lower_ in {"if", "unless", "only", "whether"} and not _when_it_comes_up(t)
            for t in verb.sent
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    )


#: Verbs of a text coming before a chamber: "if the bill reaches the floor", "if it comes
#: to a vote", and where it comes.
_COMING_UP = {"reach", "come", "get"}
_CHAMBER_FLOORS = {"floor", "vote", "house", "senate", "chamber", "parliament", "assembly"}


def _when_it_comes_up(mark: Token) -> bool:
    """ "If the bill reaches the floor, I will oppose it": a condition only on the text being
    put to a vote, which leaves the stance declared (not "if they drop the tax, we will back
    it", "if the deal comes with guarantees": a stance that hangs on a change)."""
    clause = mark.head
    return mark.dep_ == "mark" and mark.lower_ == "if" and clause.lemma_ in _COMING_UP and any(
        c.dep_ == "nsubj" and (c.lower_ == "it" or c.lemma_ in _VOTED_TEXTS | _PLAN_WORDS)
        for c in clause.children
    ) and any(t.lower_ in _CHAMBER_FLOORS for t in clause.subtree)


#: Verbs of taking a plan whose refusal is a stance against it: "cannot accept the terms".
_ACCEPTING = {"accept", "support", "back", "endorse", "sign", "ratify", "approve", "vote"}
#: Words of refusing what follows them: "refused to back it", "unwilling to support it".
_REFUSING = {"refuse", "unwilling"}
#: Modals that make "not" a refusal: "cannot", "could not", "will not", "won't".
_REFUSING_MODALS = {"can", "could", "ca", "will", "would", "wo", "'ll"}


def _refused(verb: Token) -> bool:
    """ "We cannot accept the plan", "said it would not sign the deal", "refused to back
    it": a refusal now, so a stance against (not "declined to endorse": no stance at all;
    nor a refusal under a condition, "would not sign unless …")."""
    if verb.lemma_ not in _ACCEPTING or any(
        t.lower_ in {"if", "unless", "until", "whether", "without"} for t in verb.sent
    ):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _REFUSING:
        return True  # "refused to back it", "is unwilling to support it"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and any(
        c.dep_ == "neg" for c in verb.head.children
    ):
        return True  # "are not going to support it"
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS for c in children
    )


def _agreed_on(verb: Token, preps: set[str]) -> list[Token]:
    """What "agreed on X" (a deal the parties made) or "agreed to X" (accepted) names (not
    the day of "agreed to it on Tuesday")."""
    return [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for o in prep.children
        if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}
    ]


#: What a sanction cuts its target off from: "the financial system", "SWIFT", "the dollar".
_FINANCE = {"swift", "dollar"}
_FINANCE_KINDS = {"financial", "banking", "payment", "payments"}


def _cut_off_from_finance(verb: Token) -> bool:
    """ "cutting X off from the U.S. financial system", "cut the bank off from SWIFT" (not
    "cut the town off from the water system")."""
    if verb.lemma_ != "cut":
        return False
    off = next((c for c in verb.children if c.lower_ == "off"), None)
    if off is None:
        return False
    froms = [  # the parser hangs "from" on the verb or on "off"
        p for head in (verb, off) for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
    ]
    return any(
        o.lower_ in _FINANCE
        or o.lemma_ == "system" and any(m.lower_ in _FINANCE_KINDS for m in o.children)
        for p in froms
        for o in p.children
        if o.dep_ == "pobj"
    )


def _designated(verb: Token) -> bool:
    """ "designated" is a sanction in an article that has spoken of sanctions by then."""
    return any(
        t.lemma_.lower() in _DESIGNATION_CONTEXT
        # a headline's "Sanctioning X" may be tagged a name and keep its "-ing"
        or t.lower_.startswith("sanction")
        for t in verb.doc[: verb.sent.end]
    )


#: Participles the tagger reads as adjectives after an adverb: "those newly sanctioned".
_SANCTIONED_ADJECTIVES = {"sanctioned", "designated", "blacklisted", "targeted"}


def _the_sanctioned(noun: Token) -> bool:
    """Whether a noun names those a sanction is on by its participle: "those sanctioned",
    "the individuals designated", "those newly sanctioned"."""
    return any(
        a.dep_ == "acl" and a.lemma_ in _SANCTION_VERBS and a.tag_ == "VBN"
        or a.dep_ == "amod" and a.i > noun.i and a.lower_ in _SANCTIONED_ADJECTIVES
        for a in noun.children
    )


def _sanction_listing(verb: Token) -> bool:
    """ "The companies include X and Y" in a sentence about sanctions or one of the two
    after it ("… sanctioned include A and B. The measures took effect at once.
    Individuals include C")."""
    if not any(c.dep_ == "nsubj" and c.lemma_ in _TARGET_KINDS for c in verb.children):
        return False
    sents = [verb.sent]
    for _ in range(2):
        if sents[-1].start == 0:
            break
        sents.append(verb.doc[sents[-1].start - 1].sent)
    return any(t.lemma_ in _SANCTION_VERBS | {"sanction"} for sent in sents for t in sent)


def _added_to_list(verb: Token) -> bool:
    """ "added X to its sanctions list", "placed X on the blacklist"."""
    # the parser may hang "to the list" on the last object: "added 54 individuals and
    # eight entities to its sanctions list"
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
    for prep in [*verb.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "on"}:
            for pobj in prep.children:
                words = {pobj.lower_} | {c.lower_ for c in pobj.children}
                # "its sanctions list", "the blacklist", the US "entity list" of barred firms
                if pobj.lower_ in {"blacklist"} or (
                    pobj.lower_ == "list" and words & _LISTS
                ) or _sanctions_list_before(pobj) or _list_of_the_sanctioned(pobj):
                    return True
    return False


def _under_sanctions(verb: Token) -> Token | None:
    """The sanctions of "X was placed under sanctions", "put Y under U.S. sanctions"."""
    if verb.lemma_ not in {"place", "put"}:
        return None
    return next(
        (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
         for o in p.children if o.dep_ == "pobj" and o.lemma_ == "sanction"),
        None,
    )


def _list_of_the_sanctioned(noun: Token) -> bool:
    """ "its list of sanctioned entities", "the list of specially designated nationals",
    "the specially designated nationals, or SDN, list" (not "the list of invited guests")."""
    if noun.lower_ == "list":
        listed = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    else:  # "the specially designated nationals, or SDN, list": the parser joins the two
        listed = [noun] if any(c.lower_ == "list" for c in noun.conjuncts) else []
    return any(c.dep_ == "amod" and c.lower_ in {"sanctioned", "designated"}
               for o in listed for c in o.children)


def _sanctions_list_before(noun: Token) -> bool:
    """ "the list" that takes up a sanctions list an earlier sentence named: "… adding
    firms to its entity list. The department added X and Y to the list" (not "added
    Z to the list of speakers", nor a list no earlier sentence tied to sanctions)."""
    if noun.lower_ != "list" or not any(
        c.dep_ == "det" and c.lower_ in {"the", "its", "this", "that"} for c in noun.children
    ) or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(
        t.lower_ == "blacklist"
        or t.lower_ == "list" and {c.lower_ for c in t.children} & _LISTS
        for t in noun.doc[: noun.sent.start]
    )


def _called_on(verb: Token) -> list[Token]:
    """Who "called on" names when it tells of a visit ("X called on President Y, who is on
    a state visit"), not of an appeal ("called on Y to resign", "called on Y for help")."""
    if verb.lemma_ != "call" or verb.pos_ != "VERB":
        return []
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
               and c.i == verb.i + 1), None)
    if on is None or any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in verb.children):
        return []
    people = [o for o in on.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    # the appeal's words may hang anywhere after the name: "to resign", "for restraint"
    after = verb.doc[on.i + 1 : verb.sent.end]
    if not people or any(t.lower_ in {"to", "for"} and t.head.i in {verb.i, *(
            p.i for p in people)} for t in after) or any(
            t.dep_ in {"xcomp", "acl"} and t.head in people for t in after):
        return []
    return people


#: What two sides exchange when they talk: "exchanged views with Y on the war".
_VIEWS = {"view", "opinion", "idea", "assessment"}


def _views_exchanged(verb: Token) -> bool:
    """ "exchanged views with Y", "exchanged opinions with Y": a talk with Y."""
    return verb.lemma_ == "exchange" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _VIEWS for c in verb.children
    )


def _predicate(verb: Token) -> str | None:
    if verb.pos_ not in {"VERB", "AUX"} and verb.tag_ not in {"VBN", "VBD"}:
        return None
    if _participle_after_to(verb):
        return None  # "X responds to rejected Y bid": an adjective, no infinitive
    if _answered_act_of_person(verb):
        return None  # "the board accepted the resignation of X": no stance on X
    if _is_vote(verb):
        found = _vote_objects(verb)
        return found[0] if found else None
    if (verb.lemma_ in _TALK or verb.lower_ in _DINED or _views_exchanged(verb)) and (
            _with_partner(verb)):
        return "met"  # "discussed X with Y", "dined with Y", "exchanged views with Y"
    if (side := _side_taken(verb)) is not None:
        return side[0]  # "came out in favour of the plan"
    if _during_meeting(verb) and (_with_partner(verb) or verb.lemma_ in _CALL_VERBS | {"tell"}):
        return "met"  # "raised it with Y during a meeting", "told Y during their meeting"
    if verb.lemma_ in _CALL_VERBS and _by_phone(verb):
        return "met"  # "X spoke by phone with Y", "X and Y discussed Syria in a phone call"
    if verb.lemma_ == "agree" and _agreed_on(verb, {"on"}):
        return "authorOf"  # "the parties agreed on a coalition deal"
    if verb.lemma_ == "agree" and _agreed_on(verb, {"to"}):
        return "supports"  # "Chile agreed in principle to the Lima framework"
    if verb.lemma_ == "designate" and _designated(verb):
        return "sanctioned"
    if verb.lemma_ in {"add", "place", "put"} and _added_to_list(verb):
        return "sanctioned"
    if _under_sanctions(verb) is not None:
        return "sanctioned"  # "X was placed under sanctions by Y"
    if verb.lemma_ == "freeze" and any(
        c.dep_ == "dobj" and c.lemma_ == "asset" for c in verb.children
    ):
        return "sanctioned"  # "froze the assets of X"
    if _targeted_with_sanctions(verb):
        return "sanctioned"  # "targeted X and Y with sanctions"
    if _cut_off_from_finance(verb):
        return "sanctioned"  # "cut X off from the U.S. financial system", "from SWIFT"
    if _sanctions_subject(verb) is not None:
        return "sanctioned"  # "the new sanctions target X and Y"
    if _delegation_talks(verb) is not None:
        return "met"  # "led a delegation to talks with Y"
    if _summoned_envoy(verb) or _spent_time_with(verb):
        return "met"  # "summoned the ambassador", "spent two days with Y"
    if _call_received(verb):
        return "met"  # "X received a call from Y"
    if _called_on(verb):
        return "met"  # "Prime Minister X called on President Y": a visit
    if verb.lemma_ in {"talk", "confer"} and _for_a_while(verb):
        return "met"  # "The four leaders talked for more than two hours"
    if verb.lemma_ == "speak" and _for_a_while(verb) and _spoke_together(verb):
        return "met"  # "X and Y spoke for more than two hours" (not "X spoke for an hour")
    if _discussed_together(verb):
        return "met"  # "X and Y discussed the transition in Afghanistan"
    if verb.lemma_ == "sit" and any(c.lower_ == "down" for c in verb.children):
        return "met"  # "sat down with X"
    if _seated_beside(verb):
        return "met"  # "sat beside the president at the head table"
    if verb.lemma_ == "shake" and any(c.lower_ == "hands" for c in verb.children):
        return "met"  # "X and Y shook hands", "shook hands with Y"
    if verb.lemma_ == "include" and any(
        c.dep_ == "nsubj" and _the_sanctioned(c) for c in verb.children
    ):
        return "sanctioned"  # "Those sanctioned include X and Y", "Those newly sanctioned
        # include X"
    if verb.lemma_ == "include" and _sanction_listing(verb):
        return "sanctioned"  # "… imposed sanctions on a network. The companies include X"
    if verb.lemma_ in _HOLD and _meeting_object(verb):
        if any(c.dep_ == "dobj" and _held_through_others(c) for c in verb.children):
            return None  # "held indirect talks": through go-betweens, no meeting
        return "met"  # "held talks with", "the meeting was attended by A; B; and C"
    if verb.lemma_ in {"participate", "take", "engage", "spend"} and any(
        p.dep_ == "prep" and p.lower_ == "in" and _meeting_noun(o)
        and (verb.lemma_ != "take" or any(c.lower_ == "part" for c in verb.children))
        and (verb.lemma_ != "spend" or _time_spent(verb))
        for p in verb.children
        for o in p.children
    ):
        return "met"  # "A, B and C took part in a meeting", "participated in talks with Y",
        # "X and Y engaged in a telephone conversation", "the three spent two hours in talks"
    if _joined_group(verb) is not None:
        return "met"  # "They were joined by X", "X later joined them"
    if _meeting_took_in(verb):
        return "met"  # "The meeting included A and B", "the talks involved A and B"
    if _call_made_to(verb):
        return "met"  # "made a phone call to Y", "placed calls to A and B"
    if verb.lemma_ in {"speak", "talk"} and _official_spoken_to(verb):
        return "met"  # "X spoke to his counterpart Y", "talked with the president"
    if _spoke_with_named(verb):
        return "met"  # "X spoke privately with Y on Friday"
    if _spoke_with_relative(verb):
        return "met"  # "Y, who he spoke with on Sunday"
    if verb.lemma_ == "join" and any(
        p.dep_ == "prep" and p.lower_ == "for" and _meeting_noun(o)
        for p in verb.children
        for o in p.children
    ):
        return "met"  # "X joined Y for a trilateral meeting"
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and (verb.lemma_, child.lower_) in PHRASAL:
            return PHRASAL[(verb.lemma_, child.lower_)]
    if verb.lemma_ == "put" and any(c.lower_ == "forward" for c in verb.children):
        return "authorOf"
    if called_by_phone(verb):
        return "met"  # "phoned Y", "called Y on Monday"
    if _paid_visit(verb) or _played_host(verb):
        return "met"  # "paid a courtesy call on Y", "paid a visit to Y", "played host to Y"
    if verb.lower_ in _FINES:
        return "sanctioned"  # "the regulator fined X" (the tagger's lemma may be "fin")
    if verb.lemma_ == "suspend" and _suspended_by_name(verb):
        return "sanctioned"  # "FIFA suspended the Ostrian Football Federation", "X was
        # suspended for 90 days" (not "suspended talks", "suspended flights to X")
    return VERB_PREDICATES.get(verb.lemma_)


def _discussed_together(verb: Token) -> bool:
    """ "X and Y discussed the transition", "Both X and Y discussed it": two named subjects
    discussing a topic with no partner after "with" discussed it with each other (not "X
    and Y discussed it separately", nor "discussed it with reporters", which
    :func:`_with_partner` reads)."""
    if verb.lemma_ != "discuss" or _with_partner(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in {"separately", "individually", "apart"}
           for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN"
        and any(k.pos_ == "PROPN" for k in c.conjuncts)
        for c in verb.children
    )


def _suspended_by_name(verb: Token) -> bool:
    """Whether "suspend" has a named one as its object or passive subject: a person or body
    suspended, a penalty (what is suspended otherwise is an activity: talks, aid, flights)."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "PROPN"
        and c.ent_type_ not in {"DATE", "EVENT", "FAC", "WORK_OF_ART", "LAW"}
        for c in verb.children
    )


def _participle_after_to(verb: Token) -> bool:
    """ "responds to rejected Pentland bid": a participle right after "to" describes the
    noun after it (an infinitive takes the base form: "to reject"); the parser may read
    "to" as the infinitive's mark and the noun as its object."""
    return verb.tag_ in {"VBN", "VBD"} and verb.i > 0 and verb.nbor(-1).lower_ == "to" and any(
        c.dep_ == "aux" and c.i == verb.i - 1 for c in verb.children
    )


def _companions(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people who came with the verb's subject: "X, accompanied by Y," "X, joined by her
    deputy, Y,", "X voted no, joined by Y"."""
    clauses = [
        acl
        for subject in verb.children
        if subject.dep_ == "nsubj"
        for acl in subject.children
        if acl.dep_ == "acl"
    ] + [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i]
    return [
        m
        for acl in clauses
        if acl.lemma_ in {"accompany", "join"}
        for agent in acl.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
        # "joined by one Republican, Rep. Y": the person named beside the kind
        for m in _object_entity(context, o) + _named_beside(context, o)
        if _person_like(m)
    ]


def _joined_along(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people "along with" whom the subject voted or signed: "All Democrats signed, along
    with four Republicans: A, B of Ohio and C" (A, B and C; not Ohio)."""
    return [
        m
        for along in verb.children
        if along.dep_ in {"prep", "advmod"} and along.lower_ == "along"
        for with_ in along.children
        if with_.dep_ == "prep" and with_.lower_ == "with"
        for o in with_.children
        if o.dep_ == "pobj"
        for t in o.subtree
        if (m := context.mention_at(t)) is not None and _person_like(m)
        and t.head.lower_ != "of"
    ]


def _named_beside(context: ArticleContext, token: Token) -> list[Mention]:
    """The names in apposition to ``token``: "one Republican, Rep. Y"."""
    return [
        m for a in token.children if a.dep_ == "appos" and (m := context.name_at(a)) is not None
    ]


#: Verbs of signing a text, which a partner "with" signs too: "signed the pact with Y".
_SIGN = SIGNING_VERBS | {"conclude"}
#: Words of sitting beside someone: "sat beside Y", "was seated next to Y".
_BESIDE = {"beside", "alongside", "with"}


def _call_partners(verb: Token, verbs: set[str], preposition: str) -> list[Token]:
    """The objects of ``preposition`` after "<verb> a call", on the call or the verb."""
    if verb.lemma_ not in verbs:
        return []
    return [
        o
        for call in verb.children
        if call.dep_ == "dobj" and call.lemma_ == "call"
        for prep in [*call.children, *verb.children]
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for o in prep.children
        if o.dep_ == "pobj"
    ]


#: What a welcome is written in, not given face to face: "welcomed him in a statement".
_WRITINGS = {"statement", "post", "tweet", "message", "letter", "note", "video", "communique",
             "communiqué", "blog"}
#: Where a welcome is posted: "welcomed him on X", "greeted her on Telegram".
_PLATFORMS = {"x", "twitter", "facebook", "telegram", "instagram", "weibo", "wechat",
              "linkedin", "threads", "tiktok", "youtube", "media", "account", "channel"}


def _greeted_in_writing(verb: Token) -> bool:
    """ "welcomed him on X", "greeted her in a statement": a welcome posted or written,
    which meets no one (not "welcomed him at the airport")."""
    if verb.lemma_ not in {"welcome", "greet"}:
        return False
    return any(
        prep.lower_ in {"in", "on", "via", "through", "with"}
        # ("X." at a sentence's end is one token)
        and (obj.lemma_.lower() in _WRITINGS or obj.lower_.rstrip(".") in _PLATFORMS)
        for prep in verb.children if prep.dep_ == "prep"
        for obj in prep.children if obj.dep_ == "pobj"
    )


def _call_received(verb: Token) -> list[Token]:
    """Who called, in "X received (took) a phone call from Y"."""
    return _call_partners(verb, {"receive", "take", "get"}, "from")


def _attended_by(context: ArticleContext, noun: Token) -> list[Mention]:
    """Those a meeting is said to be attended by: "hosted a summit attended by A and B"."""
    return [
        m
        for clause in noun.children
        if clause.dep_ == "acl" and clause.lemma_ == "attend"
        for agent in clause.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
    ]


def _seated_beside(verb: Token) -> list[Token]:
    """Who ``verb`` says someone sat beside at a table or an event: "sat beside the
    president", "was seated next to Y", "sat with Y" (not "sat on the board")."""
    if verb.lemma_ not in {"sit", "seat"}:
        return []
    found = []
    nexts = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "next"]
    for prep in [*verb.children, *(p for n in nexts for p in n.children)]:
        if prep.dep_ != "prep":
            continue
        near = prep.lower_ in _BESIDE or prep.lower_ == "next" or (
            prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lower_ == "next"
        )
        if not near:
            continue
        targets = [o for o in prep.children if o.dep_ == "pobj"]
        targets += [o for p in prep.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]  # "next to Y"
        found += targets
    return found


#: Verbs of sanctions reaching whom they name: "the sanctions target X", "hit Y", "cover Z".
_REACH = {"target", "hit", "cover", "affect"}


def _sanctions_subject(verb: Token) -> Token | None:
    """The sanctions that are the subject of "the sanctions target X and Y", "the
    designations target X"."""
    if verb.lemma_ not in _REACH:
        return None
    return next(
        (c for c in verb.children
         if c.dep_ == "nsubj" and (c.lemma_ in {"sanction", "penalty", "designation"}
                                   or _measures_of_sanctions(c))),
        None,
    )


def _measures_of_sanctions(noun: Token) -> bool:
    """ "The measures also target X", "the action targets X" in an article that has spoken
    of sanctions by then (not "the new measures target smokers" elsewhere)."""
    return noun.lemma_ in {"measure", "action"} and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "today", "this"} for c in noun.children
    ) and _designated(noun)


def _imposers(context: ArticleContext, sanctions: Token) -> list[Mention]:
    """Who imposes ``sanctions``: "Norland's sanctions", "US sanctions", "the sanctions,
    announced by Norland"."""
    found = [
        m
        for c in sanctions.children
        if c.dep_ in {"poss", "compound", "amod", "nmod"}
        for m in [entity_of(context, c) or demonym_mention(context, c)]
        if m is not None
    ]
    found += [
        m
        for clause in sanctions.children
        if clause.dep_ == "acl"
        for agent in clause.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
    ]
    return found


def _played_host(verb: Token) -> bool:
    """ "played host to Y" (the "to" may hang on the verb or on "host")."""
    return verb.lemma_ == "play" and any(
        c.dep_ == "dobj" and c.lower_ == "host" for c in verb.children
    )


def _paid_visit(verb: Token) -> bool:
    """ "paid a visit to Y", "paid a courtesy call on Y"."""
    return verb.lemma_ == "pay" and any(
        c.dep_ == "dobj" and c.lemma_ in {"visit", "call"} for c in verb.children
    )


#: Verbs that take a side with a phrase: "came out in favour of", "spoke in opposition to".
_SIDE_TAKING = {"come", "speak", "testify", "write", "argue", "join"}
#: The phrases: "in favour of X", "in support of X", "in opposition to X", and "out against X".
SIDES = {"favour": "supports", "favor": "supports", "support": "supports",
          "opposition": "opposes", "disagreement": "opposes"}


def _side_taken(verb: Token) -> tuple[str, list[Token]] | None:
    """ "came out in favour of X", "spoke in support of X", "came out against X": the
    stance and the tokens of what it is on."""
    if verb.lemma_ not in _SIDE_TAKING:
        return None
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        pobjs = [o for o in prep.children if o.dep_ == "pobj"]
        if out and prep.lower_ in {"against", "for"} and verb.lemma_ == "come":
            return ("opposes" if prep.lower_ == "against" else "supports"), pobjs
        for noun in pobjs:
            if prep.lower_ == "in" and noun.lower_ in SIDES:
                return SIDES[noun.lower_], [
                    o
                    for of in noun.children
                    if of.dep_ == "prep" and of.lower_ in {"of", "to"}
                    for o in of.children
                    if o.dep_ == "pobj"
                ]
    return None


def _signed_with_no_object(verb: Token) -> bool:
    """ "X signed first", "Y also signed on Monday": signing the text just told of (not
    "signed for the club", "signed up", "signed with a new agent", "signed off")."""
    return verb.lemma_ == "sign" and verb.pos_ == "VERB" and not any(
        c.dep_ in {"dobj", "prt", "nsubjpass", "ccomp", "xcomp", "dative"}
        or c.dep_ == "prep" and c.lower_ in {"for", "with", "up", "off", "to", "as"}
        # "signed on as coach" (but "signed on Monday")
        or c.dep_ == "prep" and c.lower_ == "on" and not any(
            o.ent_type_ in {"DATE", "TIME"} for o in c.children
        )
        for c in verb.children
    )


def _signed_off_on(verb: Token) -> list[Token]:
    """What "signed off on" names: the parser hangs "on" on the verb beside "off"."""
    if verb.lemma_ != "sign" or not any(c.lower_ == "off" for c in verb.children):
        return []
    return [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _names_listed_beside(context: ArticleContext, token: Token) -> list[Mention]:
    """ "A, B and C signed the accord": the parser may set B beside A as an apposition and
    hang C on B; names of the same kind joined by "and" are one list of subjects. A place
    beside a place is none ("Paris, Texas"), unless all are countries ("France, the United
    Kingdom and Spain voted in favour")."""
    first = entity_of(context, token)
    if first is None:
        return []
    found: list[Mention] = []
    for beside in token.children:
        if beside.dep_ != "appos" or not any(c.lower_ == "and" for c in beside.children):
            continue
        listed = entities_of(context, beside)
        if listed and all(m.type == first.type for m in listed) and (
            first.type != "Place" or all(_country(m) for m in [first, *listed])
        ):
            found += [m for m in listed if m != first and m not in found]
    return found


def _country(mention: Mention) -> bool:
    """Whether ``mention`` names a country ("the United Kingdom"), not a city or a region."""
    return country_of(mention.name) is not None


def _body_of_people_met(context: ArticleContext, mention: Mention) -> bool:
    """ "met the leaders of the parliament": the people are met, the body they lead is not
    (nor a body the people met are described as members of)."""
    span = context.span_of(mention)
    if span is None or mention.type != "Organization":
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    of = root.head
    people = of.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and people.lemma_ in PEOPLE_NOUNS
        and people.tag_ == "NNS"
        and context.mention_at(people) is None
    )


def _town_of_an_official(context: ArticleContext, mention: Mention) -> bool:
    """ "spoke with Raleigh's mayor": a town (or region, not a country) owning the title of
    the one met; the official is met, the town is not."""
    span = context.span_of(mention)
    if span is None or mention.type != "Place" or country_of(mention.name) is not None:
        return False
    doc = context.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVE_MARKS:
        return False
    official = doc[span.end + 1]
    return official.lower_ in TITLE_PREDICATE and context.mention_at(official) is None


def _delegation_leaders(context: ArticleContext, noun: Token) -> list[Mention]:
    """ "X led the delegation that met Y": the one leading it meets for the delegation."""
    if noun.dep_ != "dobj" or noun.head.lemma_ not in {"lead", "head"}:
        return []
    if noun.lemma_ not in _DELEGATIONS:
        return []
    return [m for m in _subjects(context, noun.head) if _person_like(m)]


def _delegation_talks(verb: Token) -> Token | None:
    """The talks of "X led a delegation to talks with Y" or "X headed the delegation at
    talks with Y": the one leading a delegation meets for it."""
    if verb.lemma_ not in {"lead", "head"}:
        return None
    delegations = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _DELEGATIONS]
    for head in [verb, *delegations]:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"to", "at", "in", "for"}:
                continue
            for noun in prep.children:
                if delegations and noun.dep_ == "pobj" and _meeting_noun(noun) and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in noun.children
                ):
                    return noun
    return None


def _summoned_envoy(verb: Token) -> bool:
    """ "The ministry summoned the ambassador", "X was summoned by the foreign ministry": a
    diplomat called in is met; a witness summoned to court is not."""
    if verb.lemma_ != "summon":
        return False
    summoned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        t.lemma_.lower() in _ENVOYS for c in summoned for t in [c, *c.children, *c.conjuncts]
    ) and not any(c.dep_ == "prep" and c.lower_ in {"to", "before"} for c in verb.children)


#: Units of time a conversation lasts: "talked for two hours".
_DURATIONS = {"minute", "hour", "day"}


def _for_a_while(verb: Token) -> bool:
    """ "talked for more than two hours", "conferred for 40 minutes": a conversation that
    lasted, so one held together (not "talked about the war")."""
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lemma_ in _DURATIONS
        for p in verb.children
        for o in p.children
    )


def _went_on_to(verb: Token) -> bool:
    """ "X then went on to meet Y", "went on to back the plan": the infinitive after "went
    on" tells what was done next (the parser makes it a clause of purpose, which "went to
    Paris to meet Y" is, telling of no meeting held)."""
    head = verb.head
    return (
        verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VB" and head.lemma_ == "go"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "prt" and c.lower_ == "on" and c.i < verb.i for c in head.children)
    )


def _spoke_together(verb: Token) -> bool:
    """Whether ``verb`` has two or more subjects, coordinated ("X and Y spoke") or a plural
    standing for people ("the two leaders spoke"), and no one spoken to or before: a
    conversation of its subjects, not a speech ("spoke for an hour to the assembly")."""
    if any(p.dep_ == "prep" and p.lower_ in {"to", "at", "before", "about", "on"}
           and not any(o.ent_type_ in {"DATE", "TIME"} for o in p.children)  # "on Tuesday"
           for p in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and (c.conjuncts or c.tag_ in {"NNS", "NNPS"} or c.lower_ == "they")
        for c in verb.children
    )


def _time_spent(verb: Token) -> list[Token]:
    """The span of time "spent two days", "spent the evening" names."""
    return [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_ in _SPANS]


def _spent_time_with(verb: Token) -> bool:
    """ "spent two days with Y", "spent the evening with Y"."""
    if verb.lemma_ != "spend":
        return False
    times = _time_spent(verb)
    return bool(times) and any(
        p.dep_ == "prep" and p.lower_ == "with" for h in [verb, *times] for p in h.children
    )


def _leaders(context: ArticleContext, noun: Token) -> list[Mention]:
    """ "The IMF mission, led by X, met Y": the one leading a delegation meets for it."""
    if context.mention_at(noun) is not None:
        return []
    return [
        m
        for acl in noun.children
        if acl.dep_ == "acl" and acl.lemma_ in {"lead", "head"}
        for agent in acl.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for m in entities_of(context, pobj)
        if _person_like(m)
    ]


def _of_phrase(context: ArticleContext, token: Token, kind: str) -> list[Mention]:
    """The entities of ``kind`` in the "of" phrase after ``token`` ("members of the union")."""
    return [
        m
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
        if m.type == kind
    ]


def _body_of_members(context: ArticleContext, token: Token) -> list[Mention]:
    """The body whose members, shareholders or board ``token`` names: "members of the
    union", "Brantwell Foods shareholders", "Brantwell's board"."""
    owners = [
        m for c in token.children if c.dep_ in {"poss", "compound"} and c.i < token.i
        for m in [context.name_at(c)] if m is not None and m.type == "Organization"
    ]
    return _of_phrase(context, token, "Organization") or owners


def _subjects(context: ArticleContext, verb: Token) -> list[Mention]:
    if (voters := _voters_after(context, verb)):
        return voters
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_ in _BODY_MEMBERS:
            # "Members of the union voted to accept the offer": the union did
            bodies = _body_of_members(context, child)
            if bodies:
                return bodies
        if child.dep_ == "agent" and not _by_means(verb):  # passive: "put forward by Trump"
            for pobj in child.children:
                # "had spoken by telephone": the parser may take the means for an agent
                if pobj.dep_ == "pobj" and pobj.lower_ not in _CALL_WORDS:
                    if pobj.lemma_ in _BODY_MEMBERS and (
                            bodies := _body_of_members(context, pobj)):
                        return bodies  # "rejected by the board of Harrow Mills": the company
                    found = entities_of(context, pobj)
                    if verb.lemma_ in _GREET | {"meet"} and not found:
                        # "was received by Crown Prince of Abu Dhabi Sheikh X": the parser
                        # hangs the name on the place the title is of
                        return _host_named_after_title(context, pobj) or []
                    # "dismissed by council members Britain and France": all those named
                    return found + [
                        m for a in pobj.children if a.dep_ == "appos"
                        and context.name_at(a) is not None  # a name, not "a group that …"
                        for m in entities_of(context, a) if m not in found
                    ]
    dateline = dateline_end(verb)
    found: list[Mention] = []
    for child in verb.children:
        if _speaker_label(child):
            continue  # "Aide X: A and B held a call" (X only reports it)
        if child.dep_ == "nsubj" and child.i <= dateline:
            # "VIENTIANE, Laos — X and Y agreed": the parser joins the names to the dateline,
            # or sets them beside it ("KAMPALA, Ugandia — X met Y")
            beside = [c for c in child.children if c.dep_ == "appos"]
            found += [
                m
                for t in [*child.conjuncts, *beside]
                if t.i > dateline and (m := entity_of(context, t)) is not None and m not in found
            ]
        if child.dep_ == "nsubj" and child.i > dateline:  # "GENEVA — X met Y": not GENEVA
            if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                noun = _relative_antecedent(context, child, verb.head)
                if noun.dep_ == "pobj" and noun.head.lower_ == "among":
                    # "X and Y were among the countries that voted for it"
                    return _subjects(context, noun.head.head)
                if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not entities_of(
                    context, noun
                ):  # "Countries that voted for it were X, Y and Z"
                    return [
                        m for c in noun.head.children if c.dep_ == "attr"
                        for m in entities_of(context, c)
                    ]
                # "A, B and C, which have all endorsed it,": the parser may set B beside A
                listed = entities_of(context, noun)
                listed += [m for m in _names_listed_beside(context, noun) if m not in listed]
                if child.lower_ == "who" and any(m.type == "Person" for m in listed):
                    # "X of Velland and Y of Tarsk, who met": the parser may hang Y on Velland
                    listed += [
                        m for t in noun.subtree
                        if t.dep_ == "conj" and t.i < child.i
                        and (m := context.mention_at(t)) is not None and m.type == "Person"
                        and m not in listed
                    ]
                return listed or _delegation_leaders(context, noun)
            child = _whole_of(child)  # "All of the chamber's Democrats signed"
            if _some_of_party(child):
                continue  # "Ten Republicans voted for it": some of the party, not the party
            # a name the parser split ("Ahn Jun-ho and Y") gives several subjects
            # "The third-placed candidate, economist X, endorsed Y": the name beside a
            # description, before whatever the description might refer back to
            head = _head_named_beside(context, child)
            if head:  # "The Harbour Union (HU) President X met Y": X met Y, not the union
                found += [m for m in head if m not in found]
                continue
            named = _named_person(context, child) if context.name_at(child) is None else []
            named = named or _known_as(context, child)  # "the committee, known as X, voted"
            named = named or _persons_party(context, child) or _office_holders(context, child)
            named = named or _persons_government(context, child)
            listed = _listed_in_apposition(context, child)  # "the three members, A, B and C,"
            if len(listed) < 2:
                listed = _leaders(context, child) or named or entities_of(context, child)
            found += [m for m in listed if m not in found]
            found += [m for m in _titled_conjuncts(context, child) if m not in found]
            found += [m for m in _joined_after_of(context, child) if m not in found]
            if verb.lemma_ != "attend":  # those attending meet the host, not each other
                found += [m for m in _names_listed_beside(context, child) if m not in found]
    if found:
        return found
    if _active_after_passive(verb):
        # "Y was received by the king and then held talks with Z": Y held them, not the king
        return [
            m for c in verb.head.children if c.dep_ == "nsubjpass" for m in entities_of(context, c)
        ]
    if verb.dep_ in {"conj", "xcomp"}:  # "X wants to meet Y": X is the one meeting
        return _subjects(context, verb.head)
    if verb.dep_ == "acomp" and verb.lemma_ in _REFUSING:  # "X is unwilling to back it"
        return _subjects(context, verb.head)
    if verb.dep_ in {"acl", "appos"} and verb.tag_ == "VBG":  # "X and Y, meeting in Rome,"
        if (issuer := _order_issuer(context, verb)) is not None:
            return issuer  # "X issued a rule cutting Y off"
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and not entities_of(context, noun):
            return _subjects(context, noun.head.head)  # "X was among those voting for it"
        return entities_of(context, noun)
    if verb.dep_ == "advcl" and (  # "X arrived in Paris, meeting Y", "Having met Y, X said"
        verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    ):
        return _subjects(context, verb.head)
    if _went_on_to(verb):  # "X then went on to meet Y": what X did next
        return _subjects(context, verb.head)
    if (verb.dep_ == "pcomp" or verb.dep_ == "pobj" and verb.pos_ == "VERB") and (
            verb.head.lower_ == "in" and verb.head.head.lemma_ == "join"):
        joined = verb.head.head  # "Canada joined Britain in sanctioning X": both did
        return _subjects(context, joined) + [
            m for c in joined.children if c.dep_ == "dobj" for m in entities_of(context, c)
        ]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.lemma_ == "credit":
        return [  # "X is credited with drafting the plan"
            m for c in verb.head.head.children if c.dep_ == "nsubjpass"
            for m in entities_of(context, c)
        ]
    if (
        verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "for"
        and VERB_PREDICATES.get(verb.lemma_) in {"supports", "opposes"}
    ):
        # "X came under fire for backing it", "X was praised for backing it", "Y praised X
        # for backing it": the one praised or blamed
        cause = verb.head.head
        for dep in ("dobj", "nsubjpass"):
            found = [m for c in cause.children if c.dep_ == dep for m in entities_of(context, c)]
            if found:
                return found
        if cause.pos_ == "VERB" and cause.lemma_ in _BLAMED:
            return _subjects(context, cause)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _WHEN:
        return _subjects(context, verb.head.head)  # "X and Y agreed, after meeting in Rome"
    if (copula := _singled_out_by(verb)) is not None:
        return _subjects(context, copula)  # "X was the only member to vote against it"
    return []


#: Words that single out the one of a kind who did something: "the only member to …".
_SINGLING = frozenset({"only", "sole", "lone", "first", "last"})


def _singled_out_by(verb: Token) -> Token | None:
    """The copula of "X was the only member to vote against it", "Y became the first
    country to back it": the one the infinitive's doer is named by (the parser hangs the
    infinitive on the noun or on the copula)."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if verb.dep_ == "relcl" and verb.head.dep_ == "attr":
        noun, copula = verb.head, verb.head.head
    elif verb.dep_ == "advcl":
        copula = verb.head
        noun = next((c for c in copula.children if c.dep_ == "attr" and c.i < verb.i), None)
    else:
        return None
    if noun is None or copula.lemma_ not in {"be", "become"} or not any(
            c.dep_ == "amod" and c.lower_ in _SINGLING for c in noun.children):
        return None
    return copula


def _host_named_after_title(context: ArticleContext, title: Token) -> list[Mention]:
    """The people named in the "of" phrase of a title, where the parser hangs the holder's
    name on the place ("by Crown Prince of Abu Dhabi Sheikh X and Vice President Y")."""
    if title.lower_ not in _HOST_TITLES:
        return []
    found = [
        m
        for prep in title.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
        for t in [o, *o.conjuncts]
        if (m := entity_of(context, t)) is not None and _person_like(m)
    ]
    # "received the Minister of Foreign Affairs of Velmar, Piet Sorensen,": the parser may
    # hang the name set off after the title's phrase on the phrase's last word
    return found or [
        m for t in title.subtree
        if t.dep_ == "appos" and t.i > title.i and t.doc[t.left_edge.i - 1].text == ","
        and (m := context.mention_at(t)) is not None and _person_like(m)
    ][:1]


def _speaker_label(subject: Token) -> bool:
    """Whether ``subject`` is the label of a readout or transcript line, "Aide X: A and B held
    a call", which the parser takes for a second subject of the verb after the colon."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.i > verb.i:
        return False
    colon = next((t.i for t in doc_tokens(subject.doc)[subject.i + 1 : verb.i] if t.text == ":"),
                 None)
    return colon is not None and any(
        c.dep_ == "nsubj" and colon < c.i < verb.i for c in verb.children
    )


def _by_means(verb: Token) -> bool:
    """Whether the "by" the parser took for an agent is a means of an active clause with its
    own subject: "the committee voted by secret ballot for X"."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children
    )


def _known_as(context: ArticleContext, noun: Token) -> list[Mention]:
    """The name a description is "known as": "the civil liberties committee, known as X"."""
    return [
        m
        for acl in noun.children
        if acl.dep_ == "acl" and acl.lemma_ == "know"
        for prep in acl.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for o in prep.children
        if o.dep_ == "pobj" and (m := context.mention_at(o)) is not None
    ]


#: Texts that act for whoever issued them: "issued a rule cutting X off", "an order barring X".
_ORDERS = {"rule", "order", "regulation", "decree", "directive"}
#: Words for the whole of a group: "all of the Democrats", "both of the leaders".
_WHOLE = {"all", "both", "each"}


#: Words that count some of a party's members: "ten Republicans", "several Democrats".
_SOME = {"some", "several", "few", "many", "most", "other", "dozens", "handful", "number"}


def _some_of_party(token: Token) -> bool:
    """ "Ten Republicans", "several Democrats", "a handful of Republicans": a count of a
    party's members is some of them, not the party ("all Democrats", "the Democrats" are)."""
    if token.text not in PARTY_ALIASES or not token.text.endswith("s"):
        return False
    return any(
        c.dep_ == "nummod" or c.dep_ in {"amod", "det"} and c.lower_ in _SOME
        for c in token.children
    )


def _whole_of(token: Token) -> Token:
    """The group "all of X" or "both of X" is the whole of (not "most of X", a part)."""
    if token.lower_ not in _WHOLE:
        return token
    return next(
        (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
         for o in p.children if o.dep_ == "pobj"),
        token,
    )


def _order_issuer(context: ArticleContext, verb: Token) -> list[Mention] | None:
    """Who issued the text a participle says acts: "X issued a rule cutting Y off" (the
    parser may hang the participle on a later noun: "a rule under section 311 of the Act
    cutting Y off"); none where no such text is issued."""
    head = verb.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    issuing = head if head.pos_ in {"VERB", "AUX"} else head.head
    if any(c.dep_ == "dobj" and c.lemma_ in _ORDERS for c in issuing.children):
        return _subjects(context, issuing)
    return None


def _active_after_passive(verb: Token) -> bool:
    """Whether ``verb`` is an active finite verb joined to a passive one with an agent, so
    that its subject is the passive's patient: "was received by X and then held talks"."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
        and any(c.dep_ == "agent" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


#: Verbs that stand in for the one before: "X voted in favour, as did Y".
_PRO_VERBS = {"do", "have", "be"}


def _likewise(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who did the same as the verb's subject: "A voted in favour, as did B", "A backed the
    plan, and so did B" (B backed it too)."""
    found: list[Mention] = []
    for clause in verb.children:
        if clause.lemma_ not in _PRO_VERBS or clause.dep_ not in {"advcl", "conj"}:
            continue
        words = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
        if clause.dep_ == "advcl" and "as" not in words or clause.dep_ == "conj" and (
            "so" not in words or clause.i == 0 or clause.nbor(-1).lower_ != "so"
        ):
            continue
        if any(c.dep_ in {"dobj", "acomp", "attr", "xcomp", "ccomp"} for c in clause.children):
            continue  # "as did its rivals' plan", "so did the cost": a clause of its own
        found += [
            m for c in clause.children if c.dep_ == "nsubj" and c.i > clause.i
            for m in entities_of(context, c) if m not in found
        ]
    return found


def _relative_antecedent(context: ArticleContext, pronoun: Token, noun: Token) -> Token:
    """The noun a relative clause set off by a comma follows: "Rubio was joined by X, Y's
    son-in-law, who helped negotiate it" is X's clause (the parser may hang it on an
    earlier noun); a description in apposition stands for the name before it, with or
    without a comma ("X, a lawyer who …")."""
    doc = pronoun.doc
    if noun.dep_ == "appos" and any(c.lower_ in {"a", "an"} for c in noun.children) and (
        (named := context.mention_at(noun.head)) is not None and named.type == "Person"
    ):
        return noun.head  # "X, an Arizona Democrat who signed it": X signed it
    if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return noun
    token = doc[pronoun.i - 2]
    while token.dep_ in {"pobj", "prep", "compound", "case"} and token.head.i < token.i:
        token = token.head  # "son-in-law": up to "son"
    if token.dep_ == "appos" and context.name_at(token) is None:
        token = token.head  # "X, Y's son-in-law, who": X
    if pronoun.lower_ in {"who", "whom"} and token.is_ancestor(noun) and (
        (named := context.mention_at(token)) is not None and named.type == "Person"
    ):
        return token  # "X of Russia and Y of Tarsk, who met": Y (and X), not Tarsk
    # the parser's noun stands if the one before the comma is part of its phrase ("X, Y
    # and Z, which"); a closing bracket is no noun ("X (R-Tex.), who")
    if token.pos_ in {"NOUN", "PROPN"} and noun.i < token.i and not noun.is_ancestor(token):
        return token
    return noun


def _subject_of(context: ArticleContext, verb: Token, mention: Mention) -> bool:
    """Whether ``mention`` is a person named as the subject of ``verb`` itself."""
    span = context.span_of(mention)
    return (
        _person_like(mention)
        and span is not None
        and span.root.dep_ == "nsubj"
        and span.root.head == verb
    )


def _speaker(
    context: ArticleContext, verb: Token, pronouns: set[str] = _SPEAKER_PRONOUNS
) -> list[Mention]:
    """Who "we", "I" or an unresolved "it" stands for: the subject of the verb of saying
    above the clause ("the party said it would vote against", ""We will vote against it,"
    X told a rally")."""
    subject, token = None, verb
    while subject is None:  # "said they would try to remove": the subject of "try"
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.dep_ != "xcomp" or token.head is token:
            break
        token = token.head if subject is None else token
    if subject is None or subject.lower_ not in pronouns:
        return []
    token = subject.head
    while token.dep_ in {"ccomp", "conj", "xcomp"} and token.head is not token:
        token = token.head
        if token.lemma_ in SPEECH_VERBS and token.i not in context.quoted:
            said_by = [c for c in token.children if c.dep_ == "nsubj"]
            if any(c.lower_ in pronouns for c in said_by):
                return []
            return [m for c in said_by for m in _leaders(context, c) or entities_of(context, c)]
    return []


def _listed_speakers(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who "they" stands for when those saying it are listed ("A, B and C said they would
    vote against it"); one speaker's "they" are others."""
    speakers = _speaker(context, verb, {"they"})
    return speakers if len(speakers) > 1 else []


def _named_person(context: ArticleContext, token: Token) -> list[Mention]:
    """The people in apposition to ``token``: "the head of the agency, X"; for a title, also
    where the parser hangs the name on the title's "of" or "for" phrase ("The IMF's mission
    chief for Ghana, X, met")."""
    beside = [c for c in token.children if c.dep_ == "appos" and not _apposed_past_verb(token, c)]
    if not beside and token.lemma_ in TITLE_PREDICATE:
        beside = [
            c
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for c in pobj.children
            if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == ","
        ]
    if not beside and token.lower_ == "counterpart":
        beside = _named_after_counterpart_from(token)
    return [m for c in beside for m in entities_of(context, c) if _person_like(m)]


def _named_after_counterpart_from(token: Token) -> list[Token]:
    """ "met his counterpart from Britain, Defence Secretary X": the parser hangs X on the
    country, and the "from" phrase on the counterpart or on the verb right after it."""
    froms = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    froms += [c for c in token.head.children
              if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.right_edge.i + 1]
    return [
        c
        for prep in froms
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "NORP", "ORG"}
        for c in pobj.children
        if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == ","
    ]


def _some_of_the_group(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people named as some or all of a group whose stance ``verb`` tells: "Fourteen
    senators voted against it, including A (D-Ohio) and B", "it was opposed by 31
    Republicans, among them A of Utah and B of Idaho"."""
    groups = [
        g
        for g in [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
            o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if g.tag_ in {"NNS", "NNPS"} and (
            g.lemma_.lower() in PEOPLE_NOUNS
            or (named := context.name_at(g)) is not None and named.type == "Organization")
    ]
    if not groups:
        return []
    people = [m for group in groups for m in people_of_group(context, group)]
    # "senators voted against the Act, including A and B": the parser hangs the list on the
    # plan (no plan has people in it) or on the verb
    plans = [o for p in verb.children if p.dep_ == "prep" for o in p.children
             if o.dep_ == "pobj" and (m := context.name_at(o)) is not None and m.type == "Plan"]
    plans += [o for o in verb.children
              if o.dep_ == "dobj" and (m := context.name_at(o)) is not None and m.type == "Plan"]
    doc = context.doc
    for opener in (c for h in [verb, *plans] for c in h.children):
        if opener.dep_ == "prep" and opener.lower_ in {"including", "among"} and (
                opener.i > verb.i and doc[opener.i - 1].text == ","):
            k = opener.i + 1 + (opener.i + 1 < len(doc) and doc[opener.i + 1].lower_ == "them")
            people += [m for m in styled_people_listed(context, k, opener.sent.end)
                       if m not in people]
    return people


def _included(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "Twelve members voted for it, including the United States and France", "met
    congressional leaders, including X and Y" (the parser hangs "including" on whichever
    noun is last; a comma sets it off)."""
    if not any(t.i == verb.i or verb.is_ancestor(t) for t in context.tokens_with({"including"})):
        return []  # none in the verb's subtree: no need to walk it
    return [
        m
        for prep in verb.subtree
        if prep.lower_ == "including" and prep.nbor(-1).text == ","
        and not _of_a_noun_s_modifier(prep.head)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for m in entities_of(context, pobj)
    ]


def _of_a_noun_s_modifier(token: Token) -> bool:
    """Whether ``token`` is the object of a preposition that modifies a noun ("cities" of
    "voters in several cities, including A and B"): a list hung on it is of that noun's
    kind, not the clause's subject or object."""
    modified = token.head.head
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and (
        modified.pos_ in {"NOUN", "PROPN"} and modified.dep_ in {"nsubj", "nsubjpass"})


def _holder_after_post_on_verb(context: ArticleContext, title: Token) -> list[Mention]:
    """ "received Chinese Ambassador to Ostria Ana Roe": the parser may hang the post's
    "to" on the verb, right after the title; the person named after the post's place."""
    after = title.i + 1
    prep = next((c for c in title.head.children
                 if c.dep_ == "prep" and c.i == after and c.lower_ in {"to", "in"}), None)
    if prep is None:
        return []
    named = context.name_at(max(prep.subtree, key=lambda t: t.i))
    span = context.span_of(named) if named is not None else None
    if named is None or span is None or named.type != "Person" or span.start <= after + 1:
        return []
    post = context.name_at(context.doc[span.start - 1])
    return [named] if post is not None and post.type in {"Place", "Organization"} else []


def _object_entity(context: ArticleContext, token: Token) -> list[Mention]:
    if len(listed := _listed_in_apposition(context, token)) > 1:
        return listed  # "the four leaders, A, B, C and D": all of them
    found = entities_of(context, token)
    if found:
        # "met X, the Chinese premier, and Y, the German chancellor": Y hangs on X's title
        found += [
            m
            for appos in token.children
            if appos.dep_ == "appos" and context.name_at(appos) is None
            for conj in appos.conjuncts
            if (m := context.name_at(conj)) is not None and m not in found
        ]
        return found + [m for m in _listed_in_description(context, token) if m not in found]
    # "the head of Velmar's intelligence service, Omar Samir": the person named
    named = _named_person(context, token)
    if not named and token.lower_ in TITLE_PREDICATE:  # the parser hangs him on the service
        named = [
            m
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            for m in _named_person(context, pobj)
        ]
    if not named and token.lower_ in TITLE_PREDICATE:
        # "with Ambassador to Ostria Ana Roe", "envoy in Cairo Ivo Marek"
        named = [m for m in holders_after_post(context, token, {"to", "in"})
                 if m.type == "Person"][:1]
    if not named and token.lower_ in TITLE_PREDICATE and token.dep_ == "dobj":
        named = _holder_after_post_on_verb(context, token)
    if named:
        return named
    if token.lower_ in _TITLE_WORDS | {"counterpart", "host"}:
        # "talks with his Kenyan counterpart, X,", "met the governor of the province,
        # General X", "with the host of the forum, Turkmen President X": the parser may leave
        # X unattached after the title's phrase
        beside = _named_after_comma(context, token.right_edge.i + 1)
        if beside is None and token.lower_ == "counterpart":
            # "spoke to his French counterpart Luc Roy, stressing trade": no comma
            beside = context.name_at(context.doc[min(token.i + 1, len(context.doc) - 1)])
        if beside is not None and _person_like(beside):
            return [beside]
    if (first := _original_plan(context, token)) is not None:
        return [first]  # "the original document was drafted by X": the plan named first
    if token.lower_ in _PLAN_WORDS and any(c.lower_ in {"the", "this"} for c in token.children):
        # "who wrote the draft with Y": the plan the article spoke of just before, or the
        # only one it has named
        before = _plan_meant(context, token)
        if before is not None and before.name.split()[-1].lower() in {token.lower_, *_PLAN_WORDS}:
            return [before]
    if token.i in context.quoted:  # ""We will vote against this budget," X said"
        same_head = [
            p
            for p in context.mentions
            if p.type == "Plan"
            and p.end <= token.idx
            and p.name.split()[-1].lower() == token.lower_
        ]
        if same_head and any(c.lower_ in {"this", "the", "that"} for c in token.children):
            return [max(same_head, key=lambda p: p.end)]
    if (apposed := _plan_apposed(context, token)) is not None:
        return [apposed]  # "unveiled the X Plan, a plan the union rejected outright"
    if token.lower_ in UNDOING:
        return []  # "welcomed the repeal of the decree" is no support for it (see _undoing)
    # "the initial version of the plan", "the plan's development"
    for child in token.children:
        if child.dep_ == "poss":
            named = entity_of(context, child)
            if named is not None:
                return [named]
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _object_entity(context, pobj)
    return []


def _plan_apposed(context: ArticleContext, token: Token) -> Mention | None:
    """ "proposed the Lake Oru Plan, a plan Kestria rejected": "a plan" set beside the plan
    just named is that plan (the parser hangs it on the noun or, after a time, on the verb);
    so is "the" kind a clause defines: "the X Accords, the agreements Y brokered"."""
    kind = token.lower_ in _PLAN_WORDS or token.lemma_.lower() in _PLAN_WORDS
    if not kind or token.dep_ not in {"appos", "npadvmod"} or not any(
        c.lower_ in {"a", "an"} or c.lower_ == "the" and any(
            r.dep_ == "relcl" for r in token.children)
        for c in token.children
    ):
        return None
    head = token.head
    candidates = [head] if token.dep_ == "appos" else [
        c for c in head.children if c.dep_ == "dobj" and c.i < token.i
    ]
    plans = [m for c in candidates if (m := entity_of(context, c)) is not None and m.type == "Plan"]
    return plans[-1] if plans else None


def _listed_in_apposition(context: ArticleContext, token: Token) -> list[Mention]:
    """The names a description of no one in particular lists beside it: "the council's
    three African members, A, B and C," (all of them)."""
    if context.mention_at(token) is not None:
        return []
    for appos in token.children:
        if _apposed_past_verb(token, appos):
            continue
        if appos.dep_ == "appos" and (listed := entities_of(context, appos)):
            if token.tag_ == "NNS":  # "the two leaders, A and B,": the parser may hang A on B
                listed += [
                    m for t in appos.subtree
                    if (m := context.mention_at(t)) is not None and m not in listed
                    and m.type == "Person" == listed[0].type
                ]
            return listed
    return []


def _apposed_past_verb(subject: Token, appos: Token) -> bool:
    """Whether the parser hung on a subject before its verb an "apposition" that comes after
    the verb: "he held a meeting with advisers: A, B and C" (the list names the advisers, not
    "he")."""
    verb = subject.head
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.i < verb.i < appos.i


def _listed_in_description(context: ArticleContext, token: Token) -> list[Mention]:
    """The next names of a list the parser hangs on a description of the next item:
    "designated X, the president's son Y and Z" (Y and Z, named beside "son", are no
    names of X)."""
    first = context.name_at(token)
    taken = set(first.name.split()) if first is not None else set()
    found: list[Mention] = []
    for appos in token.children:
        if appos.dep_ != "appos" or context.name_at(appos) is not None:
            continue
        for t in appos.subtree:
            m = context.name_at(t)
            if (
                m is None or m in found or m is first or not _person_like(m)
                or set(m.name.split()) & taken
                or _owned_or_described(t, appos)  # "the head of X", "the founder's son"
            ):
                continue
            found.append(m)
    return found


def _owned_or_described(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs below ``top`` through an owner, a phrase or a clause."""
    while token != top and token.head is not token:
        if token.dep_ in {"poss", "prep", "pobj", "relcl", "acl", "advcl"}:
            return True
        token = token.head
    return False


#: Words that set the first version of a plan apart from later ones: "the original draft".
_ORIGINAL = {"original", "initial", "first"}


def _original_plan(context: ArticleContext, token: Token) -> Mention | None:
    """The plan the article named first, for "the original document", "the initial draft"
    (what later versions revised)."""
    if token.lower_ not in _PLAN_WORDS or not (
        any(c.lower_ == "the" for c in token.children)
        and any(c.dep_ == "amod" and c.lower_ in _ORIGINAL for c in token.children)
    ):
        return None
    named = [p for p in context.mentions if p.type == "Plan" and p.end <= token.idx]
    return min(named, key=lambda p: p.start) if named else None


def _together_with(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who wrote a plan "together with" its named writer: "was drafted by X together with
    Y" (the parser hangs "with" on X)."""
    return [
        m
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        for prep in pobj.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.nbor(-1).lower_ == "together"
        for o in prep.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
    ]


def _named_after_comma(context: ArticleContext, i: int) -> Mention | None:
    """The name after the comma at ``i``, past a style, rank or title and a demonym ("General
    X", "Turkmen President X")."""
    doc = context.doc
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i].sent != doc[i + 1].sent:
        return None
    k = i + 1
    while k < min(i + 4, doc[i].sent.end - 1):
        word = doc[k]
        if k == i + 1 and word.text in DEMONYMS:
            k += 1  # "Turkmen President X": the demonym may be a place's mention of its own
        elif context.name_at(word) is None and word.is_title and (
            word.lower_.rstrip(".") in STYLES or word.lower_ in TITLE_PREDICATE
        ):
            k += 1
        else:
            break
    return context.name_at(doc[k])


def _objects(context: ArticleContext, verb: Token, predicate: str) -> list[Mention]:
    voted = _vote_objects(verb) if _is_vote(verb) else None
    if voted is not None and voted[1]:  # "the countries voting for the draft"
        return [m for p in voted[1] for m in _object_entity(context, p)]
    if verb.dep_ == "acl" and not any(c.dep_ in {"dobj", "nsubj"} for c in verb.children):
        # "the plan put forward by Trump", "the accord, a text drafted by Norland" (not "Ana
        # Roe: Yesterday, the ambassador met …": a clause with its own subject after a
        # speaker's label, which the parser hangs on the name)
        return _object_entity(context, verb.head) or _plan_described(context, verb.head)
    if _is_vote(verb):
        found = _vote_objects(verb)
        if found is not None and not found[1]:
            # "Twelve members voted in favour and Tarvik voted against": the plan just named
            plan = _voted_text_before(context, verb) or _plan_voted_on(context, verb)
            return [plan] if plan is not None else []
        return [m for p in (found[1] if found else []) for m in _object_entity(context, p)]
    if verb.lemma_ == "agree":
        return [m for o in _agreed_on(verb, {"on", "to"}) for m in _object_entity(context, o)]
    if _cut_off_from_finance(verb):  # the target itself, not a place its description names
        return [m for c in verb.children if c.dep_ == "dobj" for m in entities_of(context, c)]
    if (side := _side_taken(verb)) is not None:
        return [m for o in side[1] for m in _object_entity(context, o)]
    if signed := _signed_off_on(verb):  # "signed off on the plan"
        return [m for o in signed for m in _object_entity(context, o)]
    if _signed_with_no_object(verb):  # "Four leaders put their signatures … X signed first"
        # (or, further back, the bill a story of a vote is about: "All Democrats signed")
        plan = _plan_before(context, verb) or _voted_text_before(context, verb)
        return [plan] if plan is not None else []
    against = [
        o
        for c in verb.children
        if c.dep_ == "prep" and (verb.lemma_, c.lower_) in PHRASAL
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if against:  # "lobbied against the act"
        return [m for o in against for m in _object_entity(context, o)]
    if (shifted := _shifted_object(verb)) is not None:  # 'dismissed as "unacceptable" a plan'
        return _object_entity(context, shifted)
    if _paid_visit(verb) or _played_host(verb):  # "paid a visit to Y", "played host to Y"
        return [
            m
            for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"to", "on"}
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
        ]
    if predicate == "met" and (arrived := _received_after_arriving(context, verb)):
        return arrived  # "X arrived in Rome and was received by Y": X was received
    if predicate == "met" and (visited := _called_on(verb)):  # "called on President Y"
        return [m for o in visited for m in _object_entity(context, o) if _person_like(m)]
    if predicate == "met" and (calls := _call_received(verb) or _call_made_to(verb)):
        # "received a call from Y", "made a phone call to Y"
        return [m for o in calls for m in _object_entity(context, o) if _person_like(m)]
    if predicate == "met" and (beside := _seated_beside(verb)):  # "sat beside Y", "next to Y"
        return [
            m for o in beside for m in _object_entity(context, o)
            if _person_like(m) or _person_named(context, m)
        ]
    if predicate == "met" and verb.i + 1 < verb.sent.end and verb.nbor(1).text == ":":
        # "X also met: A; B's Minister of State, C; and D"
        return [m for m in _listed_after(context, verb.i + 2) if m.type != "Organization"]
    if (
        verb.lemma_ in _TALK | _CALL_VERBS
        or predicate == "met" and _views_exchanged(verb)
        or predicate == "met" and (verb.lemma_ in _HOLD | {"shake"} or _during_meeting(verb))
        # "visited the camps with Y": they went together (with no one, "visited Y")
        or predicate == "met" and verb.lemma_ == "visit" and _with_partner(verb)
        or predicate == "met" and _spent_time_with(verb)
    ):
        partners = [m for p in _with_partner(verb) for m in _object_entity(context, p)]
        if predicate == "met" and not partners:  # "held talks with three advisers: A, B and C"
            partners = [m for p in _with_partner(verb) for m in _people_after_colon(context, p)]
        if predicate == "met" and not partners:  # "Y, who he spoke with on Sunday"
            partners = [m for p in _with_partner(verb) for m in _relative_partner(context, p)]
        if _spoke_with_named(verb) and not (
            _by_phone(verb) or _official_spoken_to(verb) or _during_meeting(verb)
        ):  # "spoke with Y" is a talk between people ("spoke with Reuters" is an interview)
            partners = [
                m
                for o in _named_spoken_with(verb)
                for m in _object_entity(context, o)
                if _person_like(m) or _person_named(context, m)
            ]
        if not partners and verb.lemma_ in _CALL_VERBS:  # "talked to Y by telephone"
            partners = [
                m
                for o in objects_of(verb, "to")
                for m in _object_entity(context, o)
                # "spoke to the Financial Times" is an interview, no meeting
                if _person_like(m) or _person_named(context, m) or _by_phone(verb)
            ]
        if partners or verb.lemma_ in _TALK | _CALL_VERBS:
            return partners  # what they discussed is a topic, not a partner
    if predicate == "met":  # "held talks on Monday with X": the partner hangs off the noun
        nouns = [*verb.children, *(o for p in verb.children if p.lower_ == "in"
                                   for o in p.children)]  # "took part in talks with X"
        if (talks := _delegation_talks(verb)) is not None:  # "led a delegation to talks
            return [  # with X": the people met, not a country's side
                m
                for p in objects_of(talks, "with")
                for m in _object_entity(context, p)
                if _person_like(m)
            ]
        for noun in nouns:
            if noun.dep_ == "dobj" and _meeting_noun(noun) and (attending := _attended_by(
                    context, noun)):
                return attending  # "hosted a summit attended by A and B"
            if noun.dep_ in {"dobj", "pobj"} and _meeting_noun(noun):
                for prep in noun.children:  # "hosted a dinner for Y"
                    if prep.dep_ == "prep" and (  # "held a reception for Y"
                        prep.lower_ == "with"
                        or prep.lower_ == "for" and verb.lemma_ in {"host", "hold", "give"}
                    ):
                        return [
                            m
                            for p in prep.children
                            if p.dep_ == "pobj"
                            for m in _object_entity(context, p)
                        ]
    if predicate == "met" and (named := _name_taken_for_adverb(context, verb)):
        return named  # "He met Brandstätter on Monday"
    if predicate == "met" and verb.lemma_ == "meet" and not any(
        c.dep_ in {"dobj", "nsubjpass"} for c in verb.children
    ) and (subjects := _with_subject(verb)):
        return [m for p in subjects for m in _object_entity(context, p)]  # "met with X to discuss"
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            if child.lower_ in {"which", "that", "who", "whom"}:
                break
            if predicate == "met" and _leaders(context, child):
                return _leaders(context, child)  # "met the delegation, led by X"
            if predicate == "met" and _meeting_noun(child):
                continue  # "held talks with X": the partner is the prepositional object
            if predicate == "met" and child.lemma_ in _SATISFIED:
                return []  # "met X's demands", "the demands of X were met": no one was met
            if predicate == "met" and not entities_of(context, child) and (
                titled := _host_named_after_title(context, child)
            ):
                return titled  # "received the Vice President of Norland Tomas Berg"
            kind = _object_entity(context, child)
            if predicate == "met" and not kind:  # "after meeting U.S. envoys A and B"
                kind = _names_after_plural_kind(context, child)
            after = _named_after_kind(context, verb, child)
            return after + [m for m in kind if m not in after] if after else kind
        if child.dep_ == "prep" and child.lower_ == "with" and predicate == "met":
            # "met with investors and with Y": every "with" of the verb
            return [m for p in _with_partner(verb) for m in _object_entity(context, p)]
        if (
            child.dep_ == "prep"
            and child.lower_ in {"with", "to"}
            and predicate in {"met", "supports"}
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _object_entity(context, pobj)
    if verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children):
        # "The plan was welcomed by X but criticised by Y": the first verb's passive subject
        shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if not shared and any(c.dep_ == "auxpass" for c in verb.children):
            # "The draft received 14 votes but was vetoed by X": the first verb's subject
            shared = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return [m for c in shared for m in _object_entity(context, c)]
    # "the plan, which sources say Trump endorsed": up to the relative clause's noun
    token = verb
    for _ in range(3):
        if token.dep_ == "relcl" and _relative_setting(token):
            return []  # "a guard of honour, after which the two leaders met": no one met it
        if token.dep_ == "relcl" and token == verb and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in token.children
        ) and predicate == "met" and _meeting_object(token):
            # "X of Russia and Y of Tarsk, who held talks,": people held them, not Tarsk
            return [m for m in _object_entity(context, token.head) if _person_like(m)]
        if token.dep_ == "relcl" and predicate in {"supports", "opposes"} and (
                (thing := _thing_before_place(context, token.head)) is not None):
            return _object_entity(context, thing)  # "sanctions against X, which Y hailed"
        if token.dep_ == "relcl" or _relative_participle(token):
            return _object_entity(context, token.head)
        if token.dep_ not in {"ccomp", "conj", "xcomp"}:
            break
        token = token.head
    return []


def _name_taken_for_adverb(context: ArticleContext, verb: Token) -> list[Mention]:
    """The person a verb of meeting names right after it, where the parser took a surname
    it does not know for an adverb and left the verb with no object: "He met Brandstätter
    on Monday"."""
    if verb.i + 1 >= len(context.doc) or any(
            c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return []
    after = context.doc[verb.i + 1]
    if after.head != verb or after.dep_ not in {"advmod", "npadvmod"} or after.pos_ != "PROPN":
        return []
    named = context.mention_at(after)
    return [named] if named is not None and named.type == "Person" else []


def _names_after_plural_kind(context: ArticleContext, token: Token) -> list[Mention]:
    """The people named right after a plural word for their kind, wherever the parser hangs
    the names (it may take "envoys" in "U.S. envoys A and B" for a verb): "talks with U.S.
    envoys A and B" gives A and B."""
    word = token.lower_
    if not (word.endswith("s") and word[:-1] in PEOPLE_NOUNS):
        return []
    doc = context.doc
    found: list[Mention] = []
    for t in doc[token.i + 1 : token.sent.end]:
        named = context.mention_at(t)
        if named is not None and named.type == "Person":
            if named not in found:
                found.append(named)
        elif not found or t.lower_ not in {",", "and"}:
            break
    return found


def _thing_before_place(context: ArticleContext, noun: Token) -> Token | None:
    """The noun whose phrase ends with the place ``noun`` that a relative clause follows
    ("new sanctions against X, which Y hailed", "the accord with X, which Y praised"): what
    is hailed or praised is that thing, not the country after its preposition."""
    found = _object_entity(context, noun)
    if not found or any(m.type != "Place" for m in found):
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return prep.head


def _relative_setting(clause: Token) -> bool:
    """Whether a relative clause opens with a time or place the noun gives ("…, after which
    they met", "the summit, at which they met", "Tirana, where he attended a summit"): the
    noun is when or where, not whom."""
    return any(
        p.dep_ == "prep" and p.lower_ != "with" and p.i < clause.i
        and any(o.lower_ in {"which", "whom"} for o in p.children)
        or p.dep_ == "advmod" and p.lower_ in {"where", "when"} and p.i < clause.i
        for p in clause.children
    )


#: What one "meets" by satisfying it: "met the union's demands", "met the deadline".
_SATISFIED = {
    "demand", "condition", "request", "expectation", "target", "deadline", "goal", "need",
    "obligation", "requirement", "criterion", "criteria", "standard", "threshold", "quota",
    "benchmark", "commitment", "cost", "challenge",
}


def _gapped_objects(context: ArticleContext, verb: Token) -> list[Mention]:
    """Second objects the parser joins to the first one's date: "met X on Monday and Y on
    Tuesday", "sanctioned X in May and Y in June"."""
    return [
        m
        for prep in verb.children
        if prep.dep_ == "prep"
        for day in prep.children
        if day.dep_ == "pobj" and day.ent_type_ in {"DATE", "TIME"}
        for other in day.conjuncts
        if other.ent_type_ not in {"DATE", "TIME"}
        for m in [context.mention_at(other)]
        if m is not None and m.type != "Place"
    ]


def _met_together_with(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people met "together with" the one named: "met Y together with Z", "met Y
    together with the advisers of A and B: C and D" (the names after the colon, which the
    parser hangs elsewhere)."""
    found: list[Mention] = []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # or on the one met
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.nbor(-1).lower_ != "together":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if any(c.dep_ == "poss" and c.lower_ in _OWN for c in pobj.children):
                continue  # "met Y together with his counterparts": they came with him
            named = [m for m in _object_entity(context, pobj) if _person_like(m)]
            after = pobj.right_edge.i + 1
            if not named and after + 1 < pobj.sent.end and context.doc[after].text == ":":
                named = [m for m in _listed_after(context, after + 1) if _person_like(m)]
            found += named
    return found


def _named_after_kind(context: ArticleContext, verb: Token, kind: Token) -> list[Mention]:
    """The names right after a common noun of their kind, which the parser makes a second
    object of the verb: "sanctioned the oil majors X and Y", "met the ministers A and B"."""
    if kind.pos_ != "NOUN":
        return []
    after = kind.right_edge.i + 1
    return [
        m
        for named in verb.children
        if named.dep_ == "dobj" and named.left_edge.i == after
        for m in entities_of(context, named)
    ]


def _relative_participle(verb: Token) -> bool:
    """A relative clause the parser takes for a participle: "a plan that X published"."""
    return verb.dep_ == "acl" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"that", "which"} for c in verb.children
    )


#: Organs that speak for their state: "Norland's foreign ministry rejected the plan".
_STATE_ORGANS = {
    "ministry", "government", "cabinet", "administration", "presidency", "embassy",
    "delegation", "mission", "parliament", "office",
}


def _state_organ_of(context: ArticleContext, verb: Token) -> list[Mention]:
    """The state whose unnamed organ takes a stance: "Norland's foreign ministry rejected the
    plan", "the Ostrian government backed it" (the state, as no name holds the organ)."""
    found: list[Mention] = []
    for subject in verb.children:
        if (
            subject.dep_ not in {"nsubj", "nsubjpass"} or subject.lower_ not in _STATE_ORGANS
            or context.mention_at(subject) is not None
        ):
            continue
        for c in subject.children:
            owner = (
                context.mention_at(c) if c.dep_ == "poss"
                else demonym_mention(context, c) if c.dep_ in {"amod", "compound"}
                else None
            )
            if owner is not None and owner.type == "Place":
                found.append(owner)
    return found


def _titled_person(context: ArticleContext, mention: Mention) -> Mention:
    """The person an organisation's title introduces: "met Central Bank of Lanka Governor X"
    (the parser may take the organisation for the object and leave X aside)."""
    span = context.span_of(mention)
    if mention.type != "Organization" or span is None:
        return mention
    i = span.end
    while i < span.sent.end and context.doc[i].lower_ in _TITLE_WORDS:
        i += 1
    named = context.name_at(context.doc[i]) if span.end < i < span.sent.end else None
    return named if named is not None and _person_like(named) else mention


def _office_holders(context: ArticleContext, token: Token) -> list[Mention]:
    """ "The foreign ministers of Chile and Peru": the person the article titles so for each
    country ("Chilean Foreign Minister Ana Vela", "Peru's Foreign Minister Ivo Kask")."""
    if token.tag_ != "NNS" or token.lemma_ not in TITLE_PREDICATE:
        return []
    countries = _of_phrase(context, token, "Place") or _countries_counted(context, token)
    words = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    holders = []
    for country in countries:
        titled = {
            m.name: m
            for m in context.mentions
            if m is not country and _person_like(m)
            and _titled_before(context, m, {token.lemma_, *words}, country)
        }
        if len(titled) != 1:
            return []  # a country with no one, or several, so titled: nobody we can tell
        holders += titled.values()
    return holders if len(holders) > 1 else []


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _countries_counted(context: ArticleContext, token: Token) -> list[Mention]:
    """ "The water ministers of the three countries": the countries named in the sentence
    before and this one up to ``token``, if there are as many as the phrase counts."""
    counted = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_ in COUNTRY_NOUNS and o.tag_ == "NNS"
    ]
    number = next(
        (_COUNTS[c.lower_] for o in counted for c in o.children if c.lower_ in _COUNTS), None
    )
    if number is None:
        return []
    sent = token.sent
    first = context.doc[sent.start - 1].sent[0] if sent.start > 0 else sent[0]
    dateline = dateline_end(first)  # "KAMPALA, Uganda — Talks between A, B and C"
    start = context.doc[dateline].idx if dateline >= 0 else first.idx
    named = {
        m.name: m
        for m in context.mentions
        if m.type == "Place" and country_of(m.name) == m.name and start <= m.start < token.idx
    }
    return list(named.values()) if len(named) == number else []


def _titled_before(
    context: ArticleContext, person: Mention, words: set[str], country: Mention
) -> bool:
    """Whether ``person`` is named after all of ``words`` and the country ("Chile's Foreign
    Minister X", "Chilean Foreign Minister X"), or as the counterpart from that country of
    one so titled in the two sentences before ("Egypt's water minister, X, said … His
    Sudanese counterpart, Y, said")."""
    span = context.span_of(person)
    if span is None or span.start == 0:
        return False
    before = context.doc[max(span.sent.start, span.start - 6) : span.start]
    lemmas = {t.lemma_.lower() for t in before} | {t.lower_ for t in before}
    places = {country_of(t.text) or "" for t in before} | {
        m.name for t in before if (m := context.name_at(t)) is not None
    }
    if "counterpart" in lemmas:
        for previous in _sentences_before(context, span.sent, 2):
            lemmas |= {t.lemma_.lower() for t in previous} | {t.lower_ for t in previous}
    return words <= lemmas and country.name in places


def _sentences_before(context: ArticleContext, sent: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences before ``sent``, closest first (paragraph breaks skipped)."""
    found: list[Span] = []
    k = sent.start - 1
    while k >= 0 and len(found) < count:
        if context.doc[k].is_space:
            k -= 1
            continue
        found.append(context.doc[k].sent)
        k = found[-1].start - 1
    return found


#: Titles of those who head a state or its government: "his administration" is their
#: country's.
_HEADS_OF_GOVERNMENT = {"president", "premier", "chancellor", "minister"}


def _persons_government(context: ArticleContext, token: Token) -> list[Mention]:
    """ "his administration imposed sanctions", "Berg's government backed it" after "President
    X" or "Prime Minister Y": the country the person heads, by the country written before
    the title ("US President X") or else the one the article writes bare offices of."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if token.lemma_ not in {"administration", "government"} or owner is None:
        return []
    person = context.mention_at(owner)
    span = context.span_of(person) if person is not None and _person_like(person) else None
    if span is None or span.start < 2:
        return []
    doc = context.doc
    title = doc[span.start - 1]
    if title.lower_ not in _HEADS_OF_GOVERNMENT or title.lower_ == "minister" and (
            doc[span.start - 2].lower_ != "prime"):
        return []
    k = span.start - (3 if title.lower_ == "minister" else 2)
    written = demonym_mention(context, doc[k]) if k >= 0 else None
    if written is not None and written.type == "Place":
        return [written]  # "US President X", "Russian President Y"
    country = country_of_bare_office(context, span, [])
    return [country] if country is not None and country.type == "Place" else []


def _persons_party(context: ArticleContext, token: Token) -> list[Mention]:
    """ "Adar's party": the party the article names in a sentence with Adar ("Tamar Party
    leader Yossi Adar"), before or earlier in this one ("Senator Ana Roe of the Unity Party
    said her party opposed the plan")."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    person = context.mention_at(owner) if token.lower_ == "party" and owner is not None else None
    if person is None or not (_person_like(person) or _person_named(context, person)):
        return []
    surname = person.name.split()[-1]
    parties = [
        m
        for sent in context.doc[: token.i].sents
        if surname in sent.text
        for m in context.mentions
        if m.type == "Organization" and m.name.split()[-1] == "Party"
        and sent.start_char <= m.start < sent.end_char
        and (m.start < token.sent.start_char or _party_of_name(context, m, surname))
    ]
    return parties[-1:] if len({p.name for p in parties}) == 1 else []


def _party_of_name(context: ArticleContext, party: Mention, surname: str) -> bool:
    """Whether ``party``, named in the sentence that says "her party", is in the person's own
    noun phrase ("Senator Ana Roe of the Unity Party", "Unity Party leader Ana Roe"), not a
    clause about her ("Ana Roe, who left the Unity Party,")."""
    span = context.span_of(party)
    if span is None:
        return False
    word = context.doc[span.end - 1]
    while word.head is not word:
        if word.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
            return False
        word = word.head
        if word.text == surname:
            return True
    return False


def _joined_after_of(context: ArticleContext, token: Token) -> list[Mention]:
    """ "President A of X and Prime Minister B of Y signed": the parser may join "and" to X
    and set B beside A, or make B a conjunct of X; B, a person after "and", is a subject as A
    is (not "A of X and Y": a place or body joined to X is where A is from)."""
    found = [
        m
        for appos in token.children
        if appos.dep_ == "appos" and appos.left_edge.i > 0
        and context.doc[appos.left_edge.i - 1].lower_ == "and"
        and (m := context.name_at(appos)) is not None and _person_like(m)
    ]
    return found + [
        m
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
        if place.dep_ == "pobj"
        for conj in place.conjuncts
        if conj.i > place.i
        and (m := context.name_at(conj)) is not None and _person_like(m) and m not in found
    ]


def _head_named_beside(context: ArticleContext, token: Token) -> list[Mention]:
    """The titled person written right after a body's name and its abbreviation: "The
    Harbour Union (HU) President X", "Harbour Agency (HA) Director-General, X,". The parser
    takes the person for another name of the body, or the title for a second subject, in
    ever other ways; the title makes the person its officer, and the one who acts."""
    body = context.name_at(token)
    if body is None or body.type != "Organization":
        return []
    doc = doc_tokens(context.doc)
    i = token.i + 1
    while i < len(doc) and context.name_at(doc[i]) == body:
        i += 1  # the rest of the body's name
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return []  # no abbreviation: "Harbour Union President X" is read as one name
    i += 3
    titles = i
    while i < len(doc) and (doc[i].lower_ in _TITLE_WORDS or doc[i].text == "-"):
        i += 1
    if i == titles:
        return []
    if i < len(doc) and doc[i].text == ",":
        i += 1
    person = context.mention_at(doc[i]) if i < len(doc) else None
    if person is None or not _person_like(person) or not (
        token.left_edge.i <= i <= token.right_edge.i
    ):
        return []
    return [person]


def _titled_conjuncts(context: ArticleContext, token: Token) -> list[Mention]:
    """ "Foreign Minister A and Foreign Minister B": the parser may make the second title the
    conjunct and hang B's name elsewhere; the name after the title is the one meant."""
    found = []
    for conj in token.conjuncts:
        if conj.lower_ not in _TITLE_WORDS or context.mention_at(conj) is not None:
            continue
        i = conj.i + 1
        while i < conj.sent.end and context.doc[i].lower_ in _TITLE_WORDS:
            i += 1
        named = context.name_at(context.doc[i]) if i < conj.sent.end else None
        if named is not None and _person_like(named):
            found.append(named)
    return found


def _named_object(context: ArticleContext, verb: Token, m: Mention) -> bool:
    """Whether ``m`` is the verb's object itself (or its subject), not the owner of it."""
    span = context.span_of(m)
    if span is None:
        return False
    root = span.root
    while root.dep_ in {"conj", "appos"} and root.head is not root:
        root = root.head
    return root.dep_ != "poss" and (root.head == verb or root.head.head == verb)


def _each_stance(context: ArticleContext, holders: list[Mention], predicate: str,
                 targets: list[Mention], verb: Token) -> Iterator[Relation]:
    """Each holder's stance on each target the verb states (a plan takes no side)."""
    for holder in holders:
        for target in targets:
            if holder != target and holder.type != "Plan":
                yield Relation(
                    holder, predicate, target,
                    context.evidence(verb.sent, "kg.events.v1", 0.75), status_of(verb),
                )


def _support_received(context: ArticleContext) -> Iterator[Relation]:
    """ "X won the endorsement of Y", "X received Y's endorsement", "the plan drew support
    from Y": Y supports X; "Y threw its support (or weight) behind X": Y supports X; "the
    plan drew criticism from Y": Y opposes the plan (a person who draws criticism is no
    plan anyone opposes)."""
    for verb in heads_of(context.doc, {*_RECEIVED_STANCES, *_FACED_STANCES, "weight"}):
        if verb.pos_ != "VERB":
            continue
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lemma_ not in {
                *_RECEIVED_STANCES, *_FACED_STANCES, "weight"
            }:
                continue
            predicate = {**_RECEIVED_STANCES, **_FACED_STANCES}.get(noun.lemma_, "supports")
            if verb.lemma_ == "throw" and noun.lemma_ in _SUPPORT_NOUNS | {"weight"}:
                givers = _subjects(context, verb)  # "threw its weight behind X"
                takers = [
                    m
                    for p in [*verb.children, *noun.children]
                    if p.dep_ == "prep" and p.lower_ == "behind"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for m in _object_entity(context, o)
                ]
            elif verb.lemma_ in _RECEIVE | _HOLDING | _FACING and noun.lemma_ != "weight":
                takers = _subjects(context, verb)
                # "drew praise", "drew criticism": only a plan is praised or criticised as
                # a whole; "X has the backing of Y", "X faced opposition from Y" say Y's side
                # on X, whoever X is
                held = noun.lemma_ in _SUPPORT_NOUNS and verb.lemma_ in _RECEIVE | _HOLDING
                faced = noun.lemma_ in _FACED_STANCES and verb.lemma_ in _RECEIVE | _FACING
                if verb.lemma_ in _FACING and not faced:
                    continue
                if not held and not faced:
                    takers = [m for m in takers if m.type == "Plan"]
                givers = [
                    m
                    for c in noun.children
                    if c.dep_ == "poss"
                    for m in [context.mention_at(c)]
                    if m is not None
                ] + [
                    m
                    for p in [*noun.children, *verb.children]
                    if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                    for o in p.children
                    if o.dep_ == "pobj"
                    for m in entities_of(context, o)
                ]
            else:
                continue
            yield from _each_stance(context, givers, predicate, takers, verb)


#: What is filed or brought against whoever one opposes: "filed a lawsuit against Y".
_LEGAL_MOVES = {"lawsuit", "suit", "complaint"}
#: Nouns that are legal moves only with "legal" (or "civil"): "took legal action against Y",
#: "brought a civil action against Y" ("mounted a
#: primary challenge against Y" is a rival's run, no stance).
_LEGAL_IF_SAID = {"action", "case", "proceedings", "challenge"}
_FILING = {"file", "lodge", "bring", "launch", "take", "make", "submit", "initiate", "mount"}
#: Verbs an attack in words is made with: "delivered a blistering attack on Y".
_ATTACKING = _FILING | {"deliver", "unleash"}


def _none_made(noun: Token) -> bool:
    """ "took no legal action against Y", "filed no complaint": nothing was done."""
    return any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "never"} for c in noun.children)


def _legal_moves(context: ArticleContext) -> Iterator[Relation]:
    """ "X filed a lawsuit against Y", "X lodged a complaint against Y with the league",
    "X made an official complaint about Y", "X took legal action against Y": X opposes Y."""
    for noun in context.tokens_with(_LEGAL_MOVES | _LEGAL_IF_SAID):
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_ not in _FILING or (
                noun.lemma_ not in _LEGAL_MOVES | _LEGAL_IF_SAID):
            continue
        if noun.lemma_ not in _LEGAL_MOVES and not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in {"legal", "court", "civil"}
            for c in noun.children
        ) or _none_made(noun):
            continue
        verb = noun.head
        targets = [
            m
            for p in [*noun.children, *verb.children, *_court_preps(noun, verb)]
            if p.dep_ == "prep" and (
                p.lower_ == "against" or p.lower_ == "about" and noun.lemma_ == "complaint"
            )
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
        ]
        yield from _each_stance(context, _subjects(context, verb), "opposes", targets, verb)
    yield from _lawsuits_named(context)
    yield from _verbal_attacks(context)
    yield from _plans_called(context)


#: Industrial and street action, taken against a measure: "staged a strike against the bill".
_ACTIONS = frozenset({"strike", "walkout", "stoppage", "protest", "demonstration", "march",
                      "rally", "boycott"})
#: Verbs of taking such action: "called a strike", "staged a walkout", "joined the protest".
_TAKING_ACTION = frozenset({"call", "stage", "hold", "launch", "organise", "organize", "lead",
                            "begin", "start", "mount", "announce", "plan", "threaten", "join"})
#: Verbs of the action itself: "called a strike to protest against the bill".
_ACTING = frozenset({"protest", "strike", "march", "demonstrate", "rally"})


def _takes_action(verb: Token) -> bool:
    """Whether ``verb`` takes action ("called a strike"), not calls it off ("called off a
    strike")."""
    return verb.lemma_ in _TAKING_ACTION and not any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _industrial_action(context: ArticleContext) -> Iterator[Relation]:
    """ "The union staged a strike against the Pension Bill", "Dockers walked out in protest
    at the Pension Bill", "The union called a strike to protest against the Pension Bill":
    who takes action against a plan opposes it (a strike against a company is no stance on
    a measure)."""
    for token in context.tokens_with(_ACTIONS | _ACTING):
        if token.pos_ == "NOUN" and token.lemma_ in _ACTIONS:
            if token.dep_ == "dobj" and _takes_action(token.head):
                verb = token.head  # "staged a strike against X"
            elif token.lemma_ == "protest" and token.dep_ == "pobj" and (
                    token.head.lower_ == "in" and token.head.head.pos_ in {"VERB", "AUX"}):
                verb = token.head.head  # "walked out in protest at X"
            else:
                continue
            holders = _subjects(context, verb)
        elif token.pos_ == "VERB" and token.lemma_ in _ACTING and token.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "called a strike to protest against X": the protest is the call's purpose, as
            # sure as the call
            verb = token.head
            holders = _subjects(context, verb)
        else:
            continue
        targets = [
            m
            for p in [*token.children, *(verb.children if token.pos_ == "NOUN" else ())]
            # "in protest at X"; "a strike at the port" is where, not what against
            if p.dep_ == "prep" and (p.lower_ in {"against", "over"} or p.lower_ == "at" and (
                p.head.lemma_ == "protest"))
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
            if m.type == "Plan"
        ]
        if token.pos_ == "VERB":  # "to protest the bill"
            targets += [m for o in token.children if o.dep_ == "dobj"
                        for m in _object_entity(context, o) if m.type == "Plan"]
        yield from _each_stance(context, holders, "opposes", targets, verb)


def _court_preps(*heads: Token) -> list[Token]:
    """The prepositions hung on the court a suit is filed in: "brought a civil action in
    federal court against Y" (the parser may hang "against Y" on the court)."""
    return [
        g
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"in", "at", "before"}
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_ in {"court", "tribunal"}
        for g in o.children
    ]


def _lawsuits_named(context: ArticleContext) -> Iterator[Relation]:
    """ "the lawsuit filed by X against Y", "X's lawsuit against Y": a suit named with who
    brought it and against whom (the suit as an object of filing is read above)."""
    for noun in context.tokens_with(_LEGAL_MOVES):
        if noun.pos_ != "NOUN" or noun.lemma_ not in _LEGAL_MOVES or _none_made(noun):
            continue
        filed = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in _FILING]
        holders = [m for verb in filed for m in _subjects(context, verb)] or [
            m for c in noun.children if c.dep_ == "poss" for m in entities_of(context, c)
        ]
        targets = [
            m
            for p in [*noun.children, *(g for verb in filed for g in verb.children)]
            if p.dep_ == "prep" and p.lower_ == "against"
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
        ]
        yield from _each_stance(context, holders, "opposes", targets, filed[0] if filed else noun)


#: What makes an attack one of words: "launched a scathing attack on Y".
_SCATHING = {
    "scathing", "blistering", "stinging", "withering", "fierce", "furious", "bitter", "sharp",
    "verbal", "vitriolic", "savage", "angry", "strong", "strongly-worded", "excoriating",
    "harsh", "scorching", "personal",
}


#: Verbs of heaping words on someone: "heaped praise on Y", "poured scorn on Y".
_HEAPING = {"heap", "shower", "lavish", "pour", "pile"}
#: What is heaped: "heaped praise on Y" supports Y, "poured scorn on Y" opposes Y.
_HEAPED = {"praise": "supports", "scorn": "opposes", "criticism": "opposes",
           "contempt": "opposes", "abuse": "opposes"}


def _verbal_attacks(context: ArticleContext) -> Iterator[Relation]:
    """ "X launched a scathing attack on Y", "X mounted a blistering attack against Y": X
    opposes Y (an attack with no word of speech may be one of arms, and is not read); "X
    heaped praise on Y" supports Y, "X poured scorn on Y" opposes Y."""
    for noun in context.tokens_with({"attack", "broadside", "tirade", *_HEAPED}):
        # the tagger may take "scorn" after "poured" for an adverb, yet parse it the object
        if noun.pos_ not in {"NOUN", "ADV"} or noun.dep_ != "dobj":
            continue
        if noun.lemma_ in _HEAPED:
            if noun.head.lemma_ not in _HEAPING:
                continue
            predicate = _HEAPED[noun.lemma_]
        elif noun.lemma_ not in {"attack", "broadside", "tirade"} or (
            noun.head.lemma_ not in _ATTACKING
        ) or noun.lemma_ == "attack" and not any(
            c.dep_ == "amod" and c.lower_ in _SCATHING for c in noun.children
        ):
            continue
        else:
            predicate = "opposes"
        if _none_made(noun):
            continue
        verb = noun.head
        targets = [
            m
            for p in [*noun.children, *verb.children]
            if p.dep_ == "prep" and p.lower_ in {"on", "upon", "against"}
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
            if m.type in {"Person", "Organization", "Plan"}
        ]
        yield from _each_stance(context, _subjects(context, verb), predicate, targets, verb)


#: What a plan is called by one against it: "called the plan a capitulation", "called the
#: bill toxic legislation", "called the deal a series of talking points".
_CALLED_AGAINST = frozenset({
    "capitulation", "surrender", "betrayal", "sellout", "sell-out", "appeasement", "disaster",
    "catastrophe", "mistake", "blunder", "failure", "sham", "farce", "travesty", "fraud",
    "scam", "joke", "insult", "trap", "nonstarter", "non-starter", "disgrace", "outrage",
    "abomination", "humiliation", "propaganda", "threat", "toxic", "unacceptable",
    "unworkable", "dangerous", "reckless", "absurd", "ridiculous", "outrageous", "shameful",
    "disgraceful", "unconstitutional", "unserious", "irresponsible", "misguided", "flawed",
    "worthless", "meaningless", "humiliating", "one-sided", "lopsided", "censorship",
})
#: ... and by one for it: "called the deal a breakthrough", "called the plan a fair one".
_CALLED_FOR = frozenset({
    "breakthrough", "milestone", "triumph", "victory", "success", "achievement", "landmark",
    "good", "great", "excellent", "fair", "balanced", "reasonable", "sensible", "positive",
    "constructive", "encouraging", "promising",
})
#: Word pairs that say either: "a series of talking points", "a step forward".
_CALLED_PAIRS = {("talking", "point"): "opposes", ("power", "grab"): "opposes",
                 ("step", "forward"): "supports", ("right", "direction"): "supports"}


#: Verbs that give a thing a name: "called the plan a trap", "branded the deal a betrayal".
_CALLING = frozenset({"call", "dub", "brand", "label", "term"})
_CALLING_FORMS = frozenset({
    form for verb in ("call", "brand", "label", "term")
    for form in (verb, f"{verb}s", f"{verb}ed", f"{verb}ing")
} | {"dub", "dubs", "dubbed", "dubbing", "labelled", "labelling"})


def _plans_called(context: ArticleContext) -> Iterator[Relation]:
    """ "X called the plan a capitulation", "X called the deal a breakthrough": what a plan is
    called says the caller's stance on it, where the words are plainly for or against (not
    "called the minister a liar": a person, no plan; not "called it a first step": neither)."""
    for verb in context.tokens_with(_CALLING_FORMS):
        if verb.lemma_ not in _CALLING or verb.pos_ != "VERB" or verb.i in context.quoted:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        complements = [c for c in verb.children if c.dep_ == "oprd"]
        if len(objects) != 1 or len(complements) != 1:
            continue
        predicate = _called_stance(complements[0])
        if predicate is None:
            continue
        thing = objects[0]
        if thing.lower_ not in _PLAN_WORDS | {"it"} and context.mention_at(thing) is None:
            continue  # "called the plan's critics reckless": the critics, not the plan
        plans = [m for m in _object_entity(context, thing) if m.type == "Plan"]
        if not plans and thing.lower_ == "it":
            plans = _plan_just_named(context, verb)  # "The plan … X called it a trap"
        yield from _each_stance(context, _subjects(context, verb), predicate, plans, verb)


def _plan_just_named(context: ArticleContext, verb: Token) -> list[Mention]:
    """The plan "it" stands for: the last thing other than a person or a date spoken of in
    the verb's sentence or the one before, when that is a plan (not "unveiled the plan at
    the summit … called it a success": the summit may be meant)."""
    doc = context.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for before in reversed(doc_tokens(doc)[start : verb.i]):
        found = context.mention_at(before)
        if found is not None and found.type != "Person":
            return [found] if found.type == "Plan" else []
        if found is None and before.pos_ in {"NOUN", "PROPN"} and (
                before.ent_type_ not in {"DATE", "TIME"}) and before.lower_ not in _TITLE_WORDS:
            return []
    return []


def _called_stance(complement: Token) -> str | None:
    """The stance the words a thing is called say ("a capitulation" opposes, "a
    breakthrough" supports), or None when they say neither, both, or are negated ("not a
    capitulation", "no breakthrough")."""
    words = [t for t in complement.subtree if not t.is_punct]
    lemmas = [t.lemma_.lower() for t in words]
    if any(w in {"not", "no", "never", "hardly"} for w in lemmas):
        return None
    found = {"opposes" for w in lemmas if w in _CALLED_AGAINST} | {
        "supports" for w in lemmas if w in _CALLED_FOR}
    found |= {stance for pair, stance in _CALLED_PAIRS.items()
              if any(tuple(lemmas[i : i + 2]) == pair for i in range(len(lemmas) - 1))}
    return found.pop() if len(found) == 1 else None


def _person_named(context: ArticleContext, m: Mention) -> bool:
    """A short name the article gives a person in full: "Villaraza" after "President Ramon
    Villaraza" (the tagger may take the surname alone for an organisation)."""
    return m.type != "Plan" and any(
        p.type == "Person" and p.name != m.name and p.name.endswith(" " + m.name)
        for p in context.mentions
    )


def _person_like(m: Mention) -> bool:
    return m.type == "Person" or dict(m.votes).get("Person", 0) > 0


def _mostly_person(m: Mention) -> bool:
    """Whether a person is what the evidence for ``m`` mostly says it is."""
    votes = dict(m.votes)
    return m.type == "Person" or votes.get("Person", 0) >= max(votes.values(), default=1)


def _pairs(
    subjects: list[Mention], objects: list[Mention], predicate: str
) -> Iterator[tuple[Mention, Mention]]:
    for s in subjects:
        for o in objects:
            if s == o or s.name == o.name:
                continue
            if predicate in _PLAN_ONLY and o.type != "Plan":
                continue
            if predicate != "met" and s.type == "Plan":
                continue
            yield s, o


def _owner_stands(context: ArticleContext, mention: Mention, sent: Span | None = None) -> bool:
    """A stance on ``mention`` itself, or on what it owns that stands for it: "supported
    Hanoi's position" supports Hanoi, "backed the union's call for a strike" does not."""
    if not _owner_only(context, mention, sent):
        return True
    root = _named_in(context, mention, sent)
    if root is None or root.dep_ != "poss":
        return False
    owned = root.head
    if owned.lower_ in _STANCES:
        return True
    # "opposed Dace's nomination" opposes Dace (not "Lind's nomination of Dace": Lind nominates)
    return (
        owned.lower_ in _FOR_OFFICE
        and (_person_like(mention) or _person_named(context, mention))
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in owned.children)
    )


def _plan_event(context: ArticleContext, verb: Token) -> tuple[Mention, bool] | None:
    """The plan an event noun object is about ("welcomed the vote", "hailed the progress on
    the pact", "praised the veto"), and whether the stance turns ("veto")."""
    for noun in verb.children:
        if noun.dep_ == "dobj" and (found := _vote_result(context, noun)) is not None:
            return found, False  # "The Council adopted it. X welcomed the result"
        if noun.dep_ != "dobj" or noun.lemma_ not in _PLAN_EVENTS | {"veto"}:
            continue
        inverted = noun.lemma_ == "veto"
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "of", "in", "toward", "towards"}:
                for o in prep.children:
                    plans = [m for m in _object_entity(context, o) if m.type == "Plan"]
                    if o.dep_ == "pobj" and plans:
                        return plans[0], inverted
        found = _voted_text_before(context, noun) if noun.lemma_ == "vote" else None
        found = found or _plan_meant(context, noun)  # none named: the plan last spoken of
        if found is not None:
            return found, inverted
    if verb.lemma_ in {"override", "sustain", "uphold"} and not any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children  # "upheld that …": maintained
    ):  # "would vote to override": the veto of the bill last named
        found = _plan_before(context, verb)
        if found is not None:
            return found, True
    return None


#: The outcome of a vote: "welcomed the result" of the vote just told.
_RESULTS = {"result", "outcome"}
#: Verbs that tell a text was voted on: "The Council adopted the resolution".
_VOTED = {"vote", "adopt", "pass", "approve", "reject"}


def _vote_result(context: ArticleContext, noun: Token) -> Mention | None:
    """The text "the result" is of, when the sentence or the one before tells of a vote on
    it ("The Council adopted Resolution 2901. X welcomed the result"); not "the result of the
    election", nor a result with no vote told just before (a court's, a match's)."""
    if noun.lemma_ not in _RESULTS or not any(c.lower_ == "the" for c in noun.children) or any(
        c.dep_ == "prep" for c in noun.children
    ):
        return None
    doc = context.doc
    start = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    if not any(t.lemma_ in _VOTED and t.pos_ == "VERB" for t in doc[start : noun.i]):
        return None
    return _plan_before(context, noun, sentences=1)


def _plan_meant(context: ArticleContext, token: Token) -> Mention | None:
    """The plan named just before ``token``, else the only kind of plan the article named."""
    named = [p for p in context.mentions if p.type == "Plan" and p.end <= token.idx]
    found = _plan_before(context, token)
    # names with one head word ("Red Sea shipping resolution", "draft resolution") are one plan
    heads = {p.name.split()[-1].lower() for p in named}
    return found or (max(named, key=lambda p: p.end) if len(heads) == 1 else None)


def _plan_voted_on(context: ArticleContext, verb: Token) -> Mention | None:
    """The plan "voted in favour" is on: the one last named, but not one a clause about the
    voters names ("A and B, which have endorsed plan X, voted in favour": of the text
    before)."""
    asides = [
        t
        for c in verb.children
        if c.dep_ == "nsubj"
        for n in [c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos")]
        for r in n.children
        if r.dep_ in {"relcl", "acl"}
        for t in r.subtree
    ]
    if not asides:
        return _plan_before(context, verb)
    return _plan_before(context, asides[0].doc[min(t.i for t in asides)])


def _plan_before(
    context: ArticleContext, token: Token, sentences: int = 3, heads: set[str] | None = None
) -> Mention | None:
    """The plan the article last named before ``token``, within its sentence and
    ``sentences`` before; with ``heads``, only a plan whose last word is one of them."""
    doc = context.doc
    start = token.sent.start
    for _ in range(sentences):
        start = doc[start - 1].sent.start if start > 0 else start
    for before in reversed(doc_tokens(doc)[start : token.i]):
        found = context.mention_at(before)
        if (
            found is not None
            and found.type == "Plan"
            and (heads is None or found.name.lower().rsplit(" ", 1)[-1] in heads)
        ):
            return found
    return None


#: Texts a body votes on: "voted in favour", "welcomed the vote" are about the one last named.
_VOTED_TEXTS = {"resolution", "bill", "motion", "amendment", "budget", "act", "law", "measure"}


def _voted_text_before(context: ArticleContext, token: Token) -> Mention | None:
    """The text put to a vote that the article last named before ``token``, within its
    sentence and ten before (a story of a vote keeps to it): "The resolution … was adopted.
    France, which has endorsed the Velmar plan, voted in favour" voted for the resolution,
    not for the plan."""
    return _plan_before(context, token, sentences=10, heads=_VOTED_TEXTS)


def _owner_only(context: ArticleContext, mention: Mention, sent: Span | None = None) -> bool:
    """ "accepted Lind's invitation", "backed the union's call": the name owns what is meant."""
    root = _named_in(context, mention, sent)
    if root is None:
        return False
    if root.dep_ == "poss":
        return True
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and context.mention_at(of.head) is None


def _named_in(context: ArticleContext, mention: Mention, sent: Span | None) -> Token | None:
    """The head of ``mention``'s words, or, when it is named before ``sent``, of the
    description in ``sent`` that refers back to it ("President X …" then "backed the
    president's plan": "president", which owns the plan)."""
    span = context.span_of(mention)
    if span is None:
        return None
    if sent is None or sent.start <= span.start < sent.end:
        return span.root
    return next((t for t in sent if context.antecedents.get(t.i) == mention), span.root)


def _sanctioned_along(context: ArticleContext, verb: Token) -> list[Mention]:
    """The targets of a sanction verb's inverted passive ("Also designated were X and Y")
    and of "along with" ("designated X, along with two associates, Y and Z")."""
    found: list[Mention] = []
    for aux in verb.children:
        if aux.dep_ == "auxpass" and aux.i > verb.i:
            for c in aux.children:
                if c.dep_ in {"attr", "nsubj"}:
                    found += [m for m in _object_entity(context, c) if m not in found]
            found += [m for m in _listed_after(context, aux.i + 1) if m not in found]
    for word in verb.subtree:
        # "designated A and his partner B, along with C", "sanctioned A together with its
        # chief executive, B": on a target, or the verb (not "A, who worked along with B",
        # "A, whose company, together with B, shipped it")
        if word.lower_ != "with" or word.i < verb.i or word.nbor(-1).lower_ not in {
                "along", "together"}:
            continue
        between = [a for a in word.ancestors if a.i != verb.i and verb in a.ancestors]
        if not any(a.pos_ in {"VERB", "AUX"} or any(c.tag_ in {"WP", "WP$", "WDT"}
                                                     for c in a.children) for a in between):
            found += [m for m in _listed_after(context, word.i + 1) if m not in found]
    return found + [m for m in _as_well_as(context, verb) if m not in found]


def _listed_by_semicolons(context: ArticleContext, verb: Token,
                          objects: list[Mention]) -> list[Mention]:
    """The people opening each item of a list of described people split by semicolons after
    ``verb``'s first named object ("sanctioned A, director of X (ABC); B, head of Y; and C,
    …"), which the parser breaks at the brackets; a name inside a description ("A, the son
    of B") opens no item."""
    sent = verb.sent
    spans = [s for m in objects if (s := context.span_of(m)) is not None
             and s.sent == sent and s.start > verb.i and context.is_person(m)]
    if not spans:
        return []
    found: list[Mention] = []
    for token in context.doc[min(s.end for s in spans) : sent.end]:
        if token.text != ";":
            continue
        named = None
        for word in context.doc[token.i + 1 : sent.end]:
            named = context.mention_at(word)
            # "; and Deputy Minister C": the title before the item's name
            if named is not None or not (word.lower_ == "and" or word.is_title):
                break
        if named is not None and context.is_person(named) and named not in found:
            found.append(named)
    return found


def _country_of_a_delegation(context: ArticleContext, verb: Token, mention: Mention) -> bool:
    """Whether ``mention`` is only the country a people's word gives a delegation or team the
    verb takes a side on: "praised the Kenyan team", "the Kenyan delegation approved by X"."""
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl":
        nouns.append(verb.head)  # "the delegation approved by X"
    return any(
        n.lemma_ in _DELEGATIONS and context.mention_at(a) is mention
        for n in nouns
        for a in n.children
        if a.dep_ in {"amod", "compound"} and a.text in DEMONYMS
    )


def _pronoun_beside_relative(context: ArticleContext, verb: Token,
                             partners: list[Mention]) -> list[Mention]:
    """Who "he" is in "He called Y, who he spoke with on Sunday": not Y, whom the clause is
    about, but the one the clause around Y's name tells of."""
    if verb.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in verb.children):
        return []
    around = verb.head.head
    if around.pos_ not in {"VERB", "AUX"}:
        return []
    return [m for m in _subjects(context, around) if m not in partners and _person_like(m)]


def _spoke_with_relative(verb: Token) -> bool:
    """ "Y, who he spoke with on Sunday": a relative clause whose "with" has "who" (the
    person it stands for is found with the partners)."""
    return verb.lemma_ in {"speak", "talk"} and verb.dep_ == "relcl" and any(
        o.lower_ in {"who", "whom"}
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ) and not any(t.lemma_.lower() in _INTERVIEW_WORDS for t in verb.sent)  # "on his podcast"


def _relative_partner(context: ArticleContext, pronoun: Token) -> list[Mention]:
    """The person a relative "who" after "with" stands for: "Y, who he spoke with", "Y, with
    whom he held talks" (Y)."""
    if pronoun.lower_ not in {"who", "whom"} or pronoun.dep_ != "pobj":
        return []
    verb = pronoun.head.head
    while verb.dep_ not in {"relcl", "ROOT"} and verb.head is not verb:
        verb = verb.head  # "with whom he held talks": from the noun up to the clause
    if verb.dep_ != "relcl":
        return []
    noun = _relative_antecedent(context, pronoun, verb.head)
    return [m for m in entities_of(context, noun) if m.type == "Person"]


def _people_after_colon(context: ArticleContext, noun: Token) -> list[Mention]:
    """The people a colon lists after a plural description of people with no names of its
    own: "talks with national security advisers to the three leaders: A, B and C"."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in PEOPLE_NOUNS:
        return []
    for token in context.doc[noun.i + 1 : noun.sent.end]:
        named = context.name_at(token)
        if token.pos_ in {"VERB", "AUX"} or named is not None and named.type == "Person":
            return []  # a clause of its own, or a person before any colon (not "advisers
            # to the leaders of X and Y:", the places describing them)
        if token.text == ":":
            listed = _listed_after(context, token.i + 1)
            return [m for m in listed if m.type == "Person"] if len(listed) > 1 else []
    return []


def _listed_after(context: ArticleContext, start: int) -> list[Mention]:
    """The names from ``start`` up to the next verb (the parse may split a list of them)."""
    found: list[Mention] = []
    described: set[Mention] = set()  # bodies a target's title names ("secretary of X")
    for token in context.doc[start : context.doc[start].sent.end]:
        describing = token.dep_ == "amod" or token.nbor(-1).text == "-"
        if token.pos_ in {"VERB", "AUX"} and not describing:
            break  # a clause of its own begins (not "a Hong Kong-registered firm")
        if _ends_the_targets(token):
            break  # "at the request of X", "by X": who asked, not who is targeted
        named = context.name_at(token)
        if named is not None and named not in found and (
                named in described or _named_in_a_title(context, named)):
            described.add(named)  # "B, vice-president of X (XFA)": X names B's post
            continue
        # a place here describes a target ("a Hong Kong-registered firm")
        if named is not None and named.type not in {"Plan", "Place"} and named not in found:
            found.append(named)
    return found


#: Prepositions after a list of targets that open who acted or why: "at the request of X",
#: "by X", "following X's report".
_AFTER_TARGETS = {"at", "by", "following", "after", "upon"}


def _ends_the_targets(token: Token) -> bool:
    return token.lower_ in _AFTER_TARGETS and token.dep_ in {"prep", "agent"}


def _named_in_a_title(context: ArticleContext, named: Mention) -> bool:
    """Whether a body is named after "of" in a title, or in brackets right after it: "vice-
    president of [X] ([XFA])" (not a target of its own)."""
    span = context.span_of(named)
    if span is None or span.start < 2 or named.type == "Person":
        return False
    doc = context.doc
    before = doc[span.start - 1]
    if before.text == "(" and (owner := context.name_at(doc[span.start - 2])) is not None:
        return owner != named and _named_in_a_title(context, owner)  # "of X (XFA)"
    if before.lower_ == "the":
        before = doc[span.start - 2]
    return before.lower_ == "of"


def _as_well_as(context: ArticleContext, word: Token) -> list[Mention]:
    """ "sanctioned two smugglers, X and Y, as well as a militia, the Z Battalion" (after
    ``word``: in "the EU, as well as Britain, sanctioned X" Britain is no target)."""
    sent = word.sent
    return [
        m
        for t in sent[word.i + 1 - sent.start :]
        if t.lower_ == "as" and t.i + 2 < sent.end and t.nbor(1).lower_ == "well"
        and t.nbor(2).lower_ == "as"
        for m in _listed_after(context, t.i + 3)
    ]


def _sanctioner_before(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who the article last said sanctioned or designated someone, before ``verb``."""
    doc = context.doc
    for sent in reversed(list(doc[: verb.sent.start].sents)):
        for token in sent:
            imposing = token.lemma_ in {"impose", "announce"} and any(
                c.dep_ == "dobj" and (c.lemma_ == "sanction" or _batch_of_sanctions(c)
                                      or _named_penalty(c))  # "imposed travel bans on …"
                for c in token.children
            )
            # in a sentence about sanctions, an earlier "designated" was one too
            if imposing or token.lemma_ == "designate" or _predicate(token) == "sanctioned":
                found = _subjects(context, token) or _decided_by(context, token)
                if found:
                    return found
    return []


#: Decisions that act for whoever made them: "the ruling, handed down by X, fined Y".
_DECISIONS = {"ruling", "decision", "verdict", "judgment", "judgement", "order", "sentence"}


def _decided_by(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who made the decision that is the verb's subject: "The ruling, handed down by the
    league's disciplinary panel, fined X", "A decision by the board suspended Y" (the panel
    fined X, the board suspended Y)."""
    return [
        m
        for subject in verb.children
        if subject.dep_ == "nsubj" and subject.lemma_ in _DECISIONS
        for by in [
            *(c for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"),
            *(a for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent"),
        ]
        for o in by.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
    ]


_FINES = {"fine", "fined", "fines", "fining"}


def _fined_party(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who a fine is on where the parser takes the sum for the object: "fined Dunmore
    United 50,000 euros" (the club, not the euros), "fined the club's owner, X, a sum"."""
    if verb.lower_ not in _FINES:
        return []
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "dative":
            found += [m for m in entities_of(context, child) if m not in found]
        if child.dep_ != "dobj" or not any(t.like_num for t in child.subtree):
            continue
        for token in child.subtree:  # the names before the sum
            if token.like_num or token.i >= child.i:
                break
            named = context.name_at(token)
            if named is not None and named.type != "Place" and named not in found:
                found.append(named)
    return found


def _sanction_on(sent: Span, noun: Token, any_target: bool = False) -> Token | None:
    """The verb of a sanction in ``sent`` whose target is spoken of with ``noun``'s word:
    "Each of the seven players was fined" or "imposed sanctions on three firms" for "the
    players", "the firms" (on any target, where ``noun`` says it is the sanctioned)."""
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if _predicate(verb) == "sanctioned":
            targets = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        elif any(c.dep_ == "dobj" and c.lemma_ == "sanction" for c in verb.children):
            # "imposed sanctions on three firms"
            targets = [
                o
                for h in [verb, *verb.children]
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                for o in p.children
                if o.dep_ == "pobj"
            ]
        else:
            continue
        if targets and any_target and verb.i < noun.i or any(
                t.lemma_ == noun.lemma_ for c in targets for t in c.subtree):
            return verb
    return None


def _targets_listed(context: ArticleContext) -> Iterator[Relation]:
    """ "Each of the seven players was fined. The players are A, B and C": the names listed
    for those a sanction was said to be on, by whoever imposed it."""
    for verb in context.tokens_with({"be", "include"}):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "The individuals designated are A and B", "Those sanctioned are A and B": the
        # participle says they are the sanctioned, whatever word the sanction used for them
        marked = subject is not None and verb.lemma_ == "be" and _the_sanctioned(subject)
        if (
            subject is None
            or subject.tag_ != "NNS" and not marked
            or context.mention_at(subject) is not None
            or not marked and not any(c.lower_ in {"the", "these", "those"}
                                      for c in subject.children)
            or verb.lemma_ == "include" and _sanction_listing(verb)  # read with the verbs
        ):
            continue
        doc, sent = context.doc, verb.sent
        sentences = [doc[sent.start - 1].sent, sent] if sent.start > 0 else [sent]
        sanction = next(
            (v for s in sentences if (v := _sanction_on(s, subject, marked)) is not None), None
        )
        if sanction is None:
            continue
        listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
        if not any(context.name_at(c) is not None for c in listed):
            continue  # "The firms are subsidiaries of X": a description, no list of names
        names = [m for c in listed for m in entities_of(context, c)]
        names += [m for m in _listed_after(context, verb.i + 1) if m not in names]
        sanctioners = (
            _subjects(context, sanction)
            or _decided_by(context, sanction)
            or _sanctioner_before(context, sanction)
        )
        # "may fine the players. The players are …": the listing states no more than the fine
        status = status_of(sanction)
        status = status_of(verb) if status == "asserted" else status
        targets = [o for o in names if o.type != "Plan"]
        yield from _sanctions_between(context, sanctioners, targets, sent, 0.8, status)


def _sanctions_between(context: ArticleContext, sanctioners: list[Mention],
                       targets: list[Mention], sent: Span, confidence: float,
                       status: str) -> Iterator[Relation]:
    """Each of ``sanctioners`` sanctioned each of ``targets`` (but itself), as ``sent`` says."""
    evidence = context.evidence(sent, "kg.events.v1", confidence)
    for s in sanctioners:
        for o in targets:
            if s != o:
                yield Relation(s, "sanctioned", o, evidence, status)


#: What :func:`_predicate` reads: verbs, auxiliaries and participles.
_VERB_TAGS = frozenset({"POS:VERB", "POS:AUX", "TAG:VBN", "TAG:VBD"})


def _attending(verb: Token) -> bool:
    """ "A and B attended the meeting": those attending meet its host, not each other (all
    "the meeting was attended by" names met, with no host named)."""
    return verb.lemma_ == "attend" and any(c.dep_ == "nsubj" for c in verb.children)


#: What one meets that is the others of the subjects: "met each other", "met one another".
_RECIPROCAL = {"other", "another"}


def _met_others_unnamed(verb: Token) -> bool:
    """ "A and B met reporters", "the three ministers met with residents": a meeting with
    people the article does not name, not one of A with B."""
    if verb.lemma_ != "meet":
        return False
    met = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        t.pos_ == "NOUN" and t.lower_ not in _RECIPROCAL and not _meeting_noun(t) for t in met
    )


def _they_subject(context: ArticleContext, verb: Token) -> Token | None:
    """The "they" the main clause of ``verb``'s sentence opens with as the verb's subject
    ("In a joint statement, they backed X", "They agreed to back X"), not one inside a quote
    or a clause of its own ("B said they were wrong")."""
    token = verb
    while token.dep_ in {"conj", "xcomp"} and token.head is not token:
        token = token.head
    if token.dep_ != "ROOT":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and verb is not token:  # "They met and agreed", "... and backed X"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "they" or subject.i in context.quoted:
        return None
    return subject


def _those_who_met(
    context: ArticleContext, verb: Token, met: dict[int, list[Mention]]
) -> list[Mention]:
    """Who "they" are right after a sentence telling of a meeting: everyone who met ("X hosted
    A and B. In a joint statement, they backed Y": X, A and B did)."""
    if _they_subject(context, verb) is None or verb.sent.start == 0:
        return []
    before = context.doc[verb.sent.start - 1].sent
    people = met.get(before.start, [])
    persons = [m for m in people if _person_like(m) or _person_named(context, m)]
    return people if len(people) > 1 and len(persons) == len(people) else []


def _received_after_arriving(context: ArticleContext, verb: Token) -> list[Mention]:
    """The one received in "X arrived in Rome and was received by Y": the subject of the verb
    a passive of receiving is joined to, when the passive has none of its own."""
    if (
        verb.dep_ != "conj" or verb.lemma_ not in _GREET
        or not any(c.dep_ == "auxpass" for c in verb.children)
        or not any(c.dep_ == "agent" for c in verb.children)
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return []
    return [
        m for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}
        for m in entities_of(context, c) if _person_like(m)
    ]


def _call_made_to(verb: Token) -> list[Token]:
    """Whom "made a phone call to Y" or "placed calls to A and B" calls (not "made a call
    for calm")."""
    return _call_partners(verb, {"make", "place"}, "to")


def _meeting_took_in(verb: Token) -> bool:
    """ "The meeting included A and B", "the talks also included Y", "the meeting on Monday
    involved A and B": a meeting held (not "the next meeting will include", which the verb's
    status tells) whose people are listed."""
    return verb.lemma_ in {"include", "involve"} and any(
        c.dep_ == "nsubj" and _meeting_noun(c) and not any(d.lower_ in _FUTURE for d in c.children)
        for c in verb.children
    )


#: Offices whose holder one speaks to in a conversation, not an interview: "spoke to his
#: counterpart", "talked with the president" (not "spoke to reporters", "to the BBC's host").
_OFFICES_SPOKEN_TO = {
    "counterpart", "president", "minister", "premier", "chancellor", "secretary", "king",
    "queen", "prince", "pope", "emir", "sultan", "ambassador", "envoy", "governor", "mayor",
}
#: Titles whose "of" phrase may carry the holder's name: "by Crown Prince of X Sheikh Y".
_HOST_TITLES = _TITLE_WORDS | _OFFICES_SPOKEN_TO


def _official_spoken_to(verb: Token) -> bool:
    """Whether ``verb`` speaks "to" or "with" an office holder, named by the office ("spoke to
    his Kenyan counterpart, Y", "talked with Foreign Minister Y")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"to", "with"}:
            continue
        for o in prep.children:
            words = [o, *(c for c in o.children if c.dep_ in {"compound", "appos"})]
            if o.dep_ == "pobj" and any(w.lower_ in _OFFICES_SPOKEN_TO for w in words):
                return True
    return False


#: Words of an interview or a broadcast: "spoke with Y on his podcast" is no meeting of two.
_INTERVIEW_WORDS = {"interview", "podcast", "show", "programme", "program", "broadcast",
                    "host", "anchor", "reporter", "correspondent", "journalist", "interviewer"}


def _named_spoken_with(verb: Token) -> list[Token]:
    """The proper nouns "spoke with" names: "X spoke privately with Y and Z" (not "with CNN's
    Y", a host)."""
    if verb.lemma_ != "speak" or verb.pos_ != "VERB":
        return []
    named = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "PROPN"
        and not any(c.dep_ == "poss" for c in o.children)
    ]
    return [*named, *(c for o in named for c in o.conjuncts if c.pos_ == "PROPN")]


def _spoke_with_named(verb: Token) -> bool:
    """ "X spoke with Y", "spoke privately with Senator Y": a conversation with someone named
    (which entity it is, a person, is checked with the partners), not an interview ("spoke
    with Y on his podcast")."""
    return bool(_named_spoken_with(verb)) and not any(
        t.lemma_.lower() in _INTERVIEW_WORDS for t in verb.sent
    )


#: Words for the people of a meeting just told of: "They were joined by X", "X joined them".
_GROUP_WORDS = {"they", "them"}


def _joined_group(verb: Token) -> Token | None:
    """The group a person joins: "They were joined by X" (a passive with its agent), "X
    joined them", "X joined the two leaders" (not "joined the party", "joined the talks")."""
    if verb.lemma_ != "join" or verb.pos_ != "VERB" or any(
        c.dep_ in {"prep", "xcomp"} and c.lower_ in {"in", "to"} for c in verb.children
    ):  # "joined them in calling for a truce": a stance shared, no meeting
        return None
    passive = any(c.dep_ == "agent" for c in verb.children)
    for c in verb.children:
        if (c.dep_ == "nsubjpass" if passive else c.dep_ == "dobj") and (
            c.lower_ in _GROUP_WORDS or c.tag_ == "NNS" and c.lemma_ in PEOPLE_NOUNS
        ):
            return c
    return None


def _joined(
    context: ArticleContext, group: Token, met: dict[int, list[Mention]]
) -> list[Mention]:
    """Who those joining ``group`` (see :func:`_joined_group`) meet: the people "the two
    leaders" stand for, or, for "they" or "them", everyone the meeting told of in one of the
    two sentences before met ("A hosted B for dinner. They were joined by C": C met A and B)."""
    if group.i in context.group_antecedents:
        return list(context.group_antecedents[group.i])
    if group.lower_ not in _GROUP_WORDS or group.i in context.quoted:
        return []
    sent = group.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = context.doc[sent.start - 1].sent
        people = met.get(sent.start, [])
        if len(people) > 1:
            return [m for m in people if _person_like(m) or _person_named(context, m)]
    return []


def _meeting_told(
    context: ArticleContext, verb: Token, met: dict[int, list[Mention]]
) -> list[Mention]:
    """Those who met in the meeting the sentences before told of, when ``verb`` hosts or
    chairs "the meeting" ("A and B met for five hours. X, who hosted the meeting, joined
    part of the discussions": X met A and B); nobody for "the next meeting"."""
    if verb.lemma_ not in {"host", "chair"} or verb.sent.start == 0:
        return []
    if not any(
        c.dep_ == "dobj"
        and _meeting_noun(c)
        and any(d.lower_ in {"the", "that", "those", "these"} for d in c.children)
        and not any(d.lower_ in _FUTURE for d in c.children)
        and not any(p.dep_ == "prep" and p.lower_ in {"with", "between", "of", "for"}
                    for p in c.children)
        for c in verb.children
    ):
        return []
    sent = verb.sent
    for _ in range(2):
        sent = context.doc[sent.start - 1].sent
        if sent.start in met:
            return met[sent.start]
        if sent.start == 0:
            break
    return []


def _delegation_heads(context: ArticleContext) -> dict[str, list[tuple[Mention, int]]]:
    """Who leads each country's delegation, team or side in the article, and where it says so:
    "X led the American side", "Kyiv's delegation was headed by Y", "Z, who led Kyiv's team",
    "the Kenyan delegation, led by W" (a capital's stands for its country)."""
    heads: dict[str, list[tuple[Mention, int]]] = {}
    for verb in context.tokens_with({"lead", "head"}):
        if verb.pos_ != "VERB" or verb.lemma_ not in {"lead", "head"}:
            continue
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lemma_ in _DELEGATIONS | {"side"}:
                leaders = _subjects(context, verb)
            elif noun.dep_ == "nsubjpass" and noun.lemma_ in _DELEGATIONS | {"side"}:
                leaders = [
                    m for a in verb.children if a.dep_ == "agent"
                    for o in a.children if o.dep_ == "pobj" for m in entities_of(context, o)
                ]
            else:
                continue
            if verb.dep_ == "acl" and noun.dep_ != "dobj":
                continue
            for country in _countries_of(context, noun):
                entry = heads.setdefault(country, [])
                entry += [(m, verb.sent.start) for m in leaders if _person_like(m)]
    for noun in context.tokens_with(_DELEGATIONS | {"side"}):  # "the Kenyan team, led by W"
        if noun.lemma_ in _DELEGATIONS | {"side"}:
            for country in _countries_of(context, noun):
                entry = heads.setdefault(country, [])
                entry += [(m, noun.sent.start) for m in _leaders(context, noun)]
    return {country: found for country, found in heads.items() if found}


def _countries_of(context: ArticleContext, noun: Token) -> list[str]:
    """The countries a delegation word belongs to: "the American side", "Kyiv's delegation"."""
    found = []
    for body in group_bodies(context, noun):
        country = country_of(body.name) or CAPITAL_COUNTRIES.get(body.name)
        if body.type == "Place" and country and country not in found:
            found.append(country)
    return found


def _country_key(mention: Mention) -> str | None:
    return country_of(mention.name) if mention.type == "Place" else None


def _delegation_met(
    context: ArticleContext, verb: Token, subjects: list[Mention], objects: list[Mention],
    heads: dict[str, list[tuple[Mention, int]]],
) -> list[Mention]:
    """``objects`` with a country met by a person replaced by whoever the article says leads
    its delegation ("Rubio opens talks with Ukraine's delegation" … "Umerov, who led Kyiv's
    team"): a person meets people, not a country."""
    if not any(_person_like(s) or _person_named(context, s) for s in subjects):
        return objects
    found: list[Mention] = []
    for o in objects:
        key = _country_key(o)
        led = heads.get(key, []) if key else []
        # the head named nearest the meeting (a delegation may change hands in a story)
        nearest = min(led, key=lambda h: abs(h[1] - verb.sent.start), default=None)
        m = nearest[0] if nearest is not None else o
        if m not in found and m not in subjects:
            found.append(m)
    return found


def _delegations_meeting(context: ArticleContext) -> Iterator[Relation]:
    """The heads of two countries' delegations named in one sentence or two running, right
    after talks are told of, met: "A day of talks in Geneva … X led the American side. Kyiv's
    delegation was headed by Y" → X met Y."""
    heads = _delegation_heads(context)
    firsts = {country: found[0] for country, found in heads.items()}
    doc = context.doc
    for (a, (x, i)), (b, (y, j)) in itertools.combinations(firsts.items(), 2):
        if a == b or x == y:
            continue
        first, last = sorted((i, j))
        if first != last and doc[last - 1].sent.start != first:
            continue  # not in one sentence, nor in two running
        opening = doc[first - 1].sent.start if first > 0 else first
        if not any(_meeting_noun(t) for t in doc[opening : doc[last].sent.end]):
            continue
        sent = doc[last].sent
        evidence = context.evidence(sent, "kg.events.v1", 0.7)
        yield Relation(x, "met", y, evidence, status_of(sent.root))


#: Plural words for those who speak for a body: "the leaders of Kenya and Chile signed it".
_SPEAKING_FOR = {"leader", "head", "president", "minister", "government", "envoy"}


def _bodies_whose_leaders(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "The leaders of Kenya and Chile signed the accord": the countries (or bodies) they lead
    take the stance."""
    return [
        m
        for c in verb.children
        if c.dep_ == "nsubj" and c.lemma_ in _SPEAKING_FOR and c.tag_ == "NNS"
        and context.mention_at(c) is None
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for m in entities_of(context, o)
        if m.type in {"Place", "Organization"}
    ]


def _gatherings(context: ArticleContext) -> Iterator[Relation]:
    """ "The talks brought together A and B", "X brought A, B and C together": all of them
    met (and a person who brought them together met each)."""
    for word in context.tokens_with({"together"}):
        verb = word.head if word.head.lemma_ == "bring" else word.head.head
        people = brought_together(context, verb)
        if not people:
            continue
        hosts = [m for m in _subjects(context, verb) if _person_like(m) and m not in people]
        pairs = list(itertools.combinations(people, 2)) + [(h, m) for h in hosts for m in people]
        for s, o in pairs:
            yield Relation(
                s, "met", o, context.evidence(verb.sent, "kg.events.v1", 0.75), status_of(verb)
            )


def _add_met(met: dict[int, list[Mention]], verb: Token, s: Mention, o: Mention) -> None:
    """Remember who met in ``verb``'s sentence (for a "they" in the sentence after it)."""
    people = met.setdefault(verb.sent.start, [])
    people += [m for m in (s, o) if m not in people]


def _colon_dateline(context: ArticleContext, verb: Token) -> int | None:
    """The colon ending a dateline that opens ``verb``'s sentence ("Doha, Qatar: X said"):
    places only, then the colon, before the verb."""
    sent = verb.sent
    for t in sent[: min(len(sent), 6)]:
        if t.i >= verb.i:
            return None
        if t.text == ":":
            return t.i if t.i > sent.start else None
        named = context.mention_at(t)
        if t.text != "," and (named is None or named.type != "Place"):
            return None
    return None


def _past_colon_dateline(
    context: ArticleContext, verb: Token, subjects: list[Mention], colon: int
) -> list[Mention]:
    """The subjects of ``verb`` with the dateline's places left out ("Doha, Qatar: Prime
    Minister X received a call" is X's, which the parser may hang on the dateline): the
    one person named between the colon and the verb, with only title words beside."""
    spans = [context.span_of(m) for m in subjects]
    kept = [m for m, span in zip(subjects, spans, strict=True)
            if not (m.type == "Place" and span is not None and span.end <= colon)]
    if kept or len(kept) == len(subjects):
        return kept
    between = context.doc[colon + 1 : verb.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in between):
        return []
    people = {m.name: m for t in between if (m := context.name_at(t)) is not None
              and m.type == "Person"}
    return list(people.values()) if len(people) == 1 else []


def _verb_events(context: ArticleContext) -> Iterator[Relation]:
    met: dict[int, list[Mention]] = {}  # who met, by the start of the sentence telling it
    known: list[dict[str, list[tuple[Mention, int]]]] = []

    def heads() -> dict[str, list[tuple[Mention, int]]]:  # read once, when first needed
        if not known:
            known.append(_delegation_heads(context))
        return known[0]

    for verb in context.tokens_with(_VERB_TAGS):
        predicate = _predicate(verb)
        if predicate is None:
            continue
        subjects = _subjects(context, verb)
        if (colon := _colon_dateline(context, verb)) is not None:
            subjects = _past_colon_dateline(context, verb, subjects, colon)
        if not subjects and predicate in {"supports", "opposes", "authorOf"}:
            subjects = _those_who_met(context, verb, met)  # "X met Y. They backed Z"
            subjects = subjects or _bodies_whose_leaders(context, verb)
        if len(subjects) == 1 and _subject_of(context, verb, subjects[0]):
            # "Ada Rhee and Piet Sorensen held talks": the parser may hang the first on the second
            subjects += people_opening(context, subjects[0], dateline_end(verb))
            if verb.lemma_ != "attend":  # those attending meet the host, not each other
                closing = people_closing(context, subjects[0], verb)
                subjects += [m for m in closing if m not in subjects]  # "A, B and C signed"
        if subjects and predicate == "met":  # "A and his counterparts B from X and C met"
            subjects += [m for m in peers_closing(context, subjects[0], verb) if m not in subjects]
        subjects += [m for m in _likewise(context, verb) if m not in subjects]
        if predicate in {"supports", "opposes"}:
            subjects += [m for m in _some_of_the_group(context, verb) if m not in subjects]
        if not subjects and verb.lemma_ == "seat":  # "X was seated next to Y"
            subjects = [
                m for c in verb.children if c.dep_ == "nsubjpass" for m in entities_of(context, c)
            ]
        if not subjects and predicate in {"supports", "opposes", "sanctioned"}:
            # "the party said it would vote against it", "the Treasury said it had sanctioned X"
            subjects = _speaker(context, verb)
            subjects = subjects or _listed_speakers(context, verb)
        if not subjects and predicate in {"supports", "opposes", "authorOf"}:
            subjects = _state_organ_of(context, verb)  # "Norland's foreign ministry rejected"
        objects = [_titled_person(context, m) for m in _objects(context, verb, predicate)]
        if predicate == "met" and set(subjects) & set(objects):
            subjects = _pronoun_beside_relative(context, verb, objects) or subjects
        if predicate in {"supports", "opposes"}:  # "praised the Kenyan team": no stance on Kenya
            objects = [m for m in objects if not _country_of_a_delegation(context, verb, m)]
        if _meeting_took_in(verb):  # "The meeting included A and B": they met each other
            named = [m for c in verb.children if c.dep_ == "dobj" for m in entities_of(context, c)]
            named += [m for m in people_listed(context, verb, named) if m not in named]
            # "involved the head of the army, A, and the police chief, B": names in apposition
            # (not the army, a body a title names; nor "a discussion of A and B")
            apposed = [
                m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE_NOUNS
                for t in c.subtree
                if (m := context.mention_at(t)) is not None and m.type == "Person"
                and m not in named
            ]
            if apposed:
                named = [m for m in named if _mostly_person(m)] + apposed
            subjects, objects = [m for m in named if _person_like(m)], []
        group = _joined_group(verb)
        if group is not None:  # "They were joined by X": X met those before
            objects = [m for m in _joined(context, group, met) if m not in subjects]
            if not objects:
                continue  # nobody told of to join (those joining did not meet each other)
        hosts = _hosts(context, verb) if predicate == "met" else []
        included = _included(context, verb)
        if included and not subjects:
            subjects = included
        elif included and not objects:  # "met leaders, including X" (not "cities, including Rome")
            objects = [m for m in included if predicate != "met" or m.type != "Place"]
        elif predicate == "met" and not any(_mostly_person(o) for o in objects):
            # "held a call with the company's shareholders, including X and Y": X and Y, not
            # the company
            objects = [m for m in included if _mostly_person(m)] or objects
        if predicate == "sanctioned":
            if not objects:  # "designated for sanctions X and Y": the parser joins the two
                objects = [
                    m
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children
                    if o.dep_ == "pobj" and any(c.lemma_ == "sanction" for c in o.children)
                    for m in entities_of(context, o)
                ]
            objects = [m for m in objects if not _body_of_people_sanctioned(context, verb, m)]
            # "sanctioned four members of X, including Y": Y, one of them
            objects = objects or [m for m in included if m.type != "Place" and m not in subjects]
            objects += [m for m in _sanctioned_along(context, verb) if m not in objects]
            objects += [m for m in _listed_by_semicolons(context, verb, objects)
                        if m not in objects]
            # "X has been OFAC-designated"
            agent = context.doc[verb.i - 2] if verb.i > 1 else verb
            if not subjects and context.doc[verb.i - 1].text in _DASHES:
                subjects = [m for m in [context.mention_at(agent)] if m is not None]
            # "fined Dunmore United 50,000 euros": the club, not the sum
            objects = objects or _fined_party(context, verb)
            if (imposed := _sanctions_subject(verb)) is not None:  # "X's sanctions target Y"
                subjects = [m for m in subjects if m.type != "Plan"] or _imposers(context, imposed)
            if not subjects and (under := _under_sanctions(verb)) is not None:
                # "placed under U.S. sanctions", "placed under sanctions by the EU"
                subjects = _imposers(context, under) or [
                    m for p in under.children if p.dep_ == "prep" and p.lower_ == "by"
                    for o in p.children if o.dep_ == "pobj" for m in entities_of(context, o)
                ]
            # "Also designated were X and Y": by whoever the article said imposes the sanctions
            subjects = subjects or _decided_by(context, verb) or _sanctioner_before(context, verb)
        if predicate in {"supports", "opposes"}:
            objects = [o for o in objects
                       if o.type == "Plan" or _owner_stands(context, o, verb.sent)]
            if not objects and (event := _plan_event(context, verb)) is not None:
                # "welcomed the vote", "hailed the progress": the plan they are about;
                # "praised the veto" opposes what was vetoed
                plan, inverted = event
                objects = [plan]
                if inverted:
                    predicate = "opposes" if predicate == "supports" else "supports"
        if predicate == "supports" and verb.lemma_ in _SIGN:  # "X signed the pact with Y"
            subjects += [
                m
                for p in _with_partner(verb)
                for m in entities_of(context, p)
                if m not in subjects and m.type != "Plan"
            ]
        if predicate == "authorOf":  # "who wrote the draft with Ghana": both wrote it
            subjects += [
                m
                for p in _with_partner(verb)
                for m in entities_of(context, p)
                if m not in subjects and m.type != "Plan"
            ]
            subjects += [  # "drafted by X together with Y"
                m for m in _together_with(context, verb) if m not in subjects and m.type != "Plan"
            ]
        if predicate == "met":  # "sat down with the leaders of the parliament": not the body
            objects = [o for o in objects if not _body_of_people_met(context, o)]
            # "had spoken with Raleigh's mayor": the mayor, not the town
            objects = [o for o in objects if not _town_of_an_official(context, o)]
        listed = people_listed(context, verb, objects) if predicate == "met" else []
        # "received A, B and C" greets B and C as it greets A (not "received A's letter, B")
        if not any(_named_object(context, verb, m) for m in objects):
            listed = [m for m in listed if verb.lemma_ not in {"greet", "receive"}]
        if _call_received(verb):  # "received a call from Y": Y called, a meeting by phone
            listed += [m for m in objects if m not in listed]
        if predicate == "met":  # "received a delegation led by Y" greets Y by name
            listed += [m for c in verb.children if c.dep_ == "dobj" for m in _leaders(context, c)]
        objects += [m for m in listed if m not in subjects]  # "met A, B and C": a split list
        if predicate in {"met", "sanctioned"} and objects and any(
            c.dep_ == "dobj" for c in verb.children
        ):  # "met X on Monday and Y on Tuesday": the parser joins Y to the day
            objects += [m for m in _gapped_objects(context, verb) if m not in objects + subjects]
        if predicate == "met" and objects:  # "met Y together with A and B": A and B too
            objects += [m for m in _met_together_with(context, verb) if m not in objects + subjects]
        if predicate == "met":  # "hosted leaders including A and B, along with C"
            objects += [
                m
                for m in people_included(context, verb) + guests_along(context, verb)
                if m not in objects and m not in subjects
            ]
        if predicate == "met" and any(map(_country_key, objects)):
            # "opened talks with Ukraine's delegation": the delegation's head, if named
            objects = _delegation_met(context, verb, subjects, objects, heads())
        if predicate == "met" and all(o in subjects for o in objects):
            # "X, who hosted the meeting, joined": X met those of the meeting told before
            objects = [m for m in _meeting_told(context, verb, met) if m not in subjects]
        if predicate == "met" and not objects:  # "X hosted Y" parsed as if "hosted" were Y's
            host, guests = met_as_modifier(context, verb)
            subjects, objects = (host, guests) if guests else (subjects, objects)
            listed += guests  # greeted by name, as "received A and B" greets both
        if (
            predicate == "met" and not objects and len(subjects) > 1 and not _attending(verb)
            and not _met_others_unnamed(verb) and not _seated_beside(verb)
            # "X and Y discussed it": two people (countries may discuss it apart)
            and (not _discussed_together(verb) or all(map(_person_like, subjects)))
        ):  # ("A and B sitting beside him" sat by the one he stands for, not with each other)
            pairs = list(itertools.combinations(subjects, 2))  # "X and Y met"
        else:
            pairs = list(_pairs(subjects, objects, predicate))
        pairs += [(s, h) for s in subjects for h in hosts if s != h]
        if predicate == "met" and objects:  # "X, accompanied by Y, met Z": Y met Z too
            pairs += [(c, o) for c in _companions(context, verb) for o in objects if c != o]
        if (_is_vote(verb) or _signed_with_no_object(verb)) and objects:
            # "Every Democrat voted no, joined by one Republican, Y", "signed, along with Y"
            pairs += [
                (c, o) for c in _companions(context, verb) + _joined_along(context, verb)
                if c.type == "Person" and "Organization" not in dict(c.votes)
                for o in objects if c != o
            ]  # (Y, not the party "one Republican" may be read as)
        status = status_of(verb)
        if status == "hypothetical" and _declared_vote(verb):
            status = "asserted"  # "said it would vote against the budget" is a stance now
        if predicate == "supports" and status != "hypothetical" and _refused(verb):
            predicate, status = "opposes", "asserted"  # "we cannot accept these terms"
        if predicate == "authorOf" and any("coalition" in o.name.lower() for o in objects):
            for s, o in itertools.combinations(subjects, 2):  # partners in a coalition deal
                yield Relation(
                    s, "allyOf", o, context.evidence(verb.sent, "kg.events.v1", 0.75), status
                )
        # "where she was received by Y": a pronoun for the one greeted
        referred = [
            m for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
            and (c.pos_ == "PRON" or c.i in context.antecedents)
            for m in [context.mention_at(c), *context.group_antecedents.get(c.i, [])]
            if m is not None
        ]  # (or "they", for the two just named: "They were received by Y"; or "the prime
        # minister", for the one of that title: "The Prime Minister was received by Y")
        referred += _received_after_arriving(context, verb)  # "X arrived and was received"
        referred += [  # "received the Vice President of Norland Y": Y, named in the title
            m for c in verb.children if c.dep_ == "dobj" and not entities_of(context, c)
            for m in _host_named_after_title(context, c)
        ]
        for s, o in pairs:
            # "Hung welcomed Villaraza at the palace" greets a person: a meeting, no stance
            greeted = (_person_like(o) or _person_named(context, o)) and (
                _named_object(context, verb, o) or o in listed or o in referred
            )  # "received Dalton's endorsement" greets nobody
            said = "met" if verb.lemma_ in _GREET and greeted else predicate
            if said == "met" and _welcomed_into(verb):
                # "the group welcomed X in its ranks": an admission, no meeting
                if s.type == "Organization" and greeted:
                    yield Relation(o, "memberOf", s,
                                   context.evidence(verb.sent, "kg.events.v1", 0.75), status)
                continue
            if said == "met" and _greeted_in_writing(verb):
                continue  # "welcomed him on X": a post, no meeting
            if verb.lemma_ in {"greet", "receive"} and not greeted:
                continue  # "received weapons from Germany's …" is no meeting
            if verb.lemma_ in {"visit", "pay", "play"} and o.type != "Person":
                continue  # "visited Kyiv", "paid a visit to the plant": a place, no meeting
            if verb.lemma_ in {"call", "phone", "telephone"} and not (
                greeted and (_mostly_person(s) or _person_named(context, s))
            ):
                continue  # "called the hotline", "phoned Reuters", "the court called Y": no call
            if verb.lemma_ == "tell" and not (o.type == "Person" or _person_named(context, o)):
                continue  # "told Reuters on the sidelines": an interview, no meeting
            if (verb.lemma_ in _PLAN_VERBS or _vote_described(verb) is not None) and (
                    o.type != "Plan"):
                continue  # "the club signed a striker", "was a vote against the elite"
            if verb.lemma_ == "block" and o.type != "Plan":
                continue  # "blocked the road", "blocked X's assets": no stance
            if said == "met" and status == "asserted":
                _add_met(met, verb, s, o)
            yield Relation(s, said, o, context.evidence(verb.sent, "kg.events.v1", 0.8), status)


def _announcer_close_before(context: ArticleContext, verb: Token) -> list[Mention]:
    """Who imposed the sanctions a list after their announcement names: the sanctioner named
    in the few sentences before (an announcement, a statement, a quote, then the list;
    further back, the list may be another's)."""
    before = _sentences_before(context, verb.sent, 6)
    start = before[-1].start if before else verb.sent.start
    return [
        m for m in _sanctioner_before(context, verb)
        if (span := context.span_of(m)) is not None and span.start >= start
    ]


def _on_sanctions_list(context: ArticleContext) -> Iterator[Relation]:
    """ "X has been on the council's sanctions list since 2014", "X is on the Treasury's
    blacklist": the list's owner sanctions X (not "was on the list": it may be off it now)."""
    for word in context.tokens_with({"list", "blacklist"}):
        prep = word.head
        verb = prep.head
        if word.dep_ != "pobj" or prep.lower_ != "on" or verb.lemma_ != "be":
            continue
        if word.lower_ == "list" and not {c.lower_ for c in word.children} & _LISTS:
            continue
        if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
            continue  # "was on the list": no more, perhaps
        owners = [
            m for c in word.children if c.dep_ == "poss"
            for m in [entity_of(context, c)] if m is not None and m.type != "Plan"
        ]
        listed = [
            m for c in verb.children if c.dep_ == "nsubj"
            for side in [c, *c.conjuncts] for m in entities_of(context, side)
        ]
        yield from _sanctions_between(context, owners, listed, verb.sent, 0.75, status_of(verb))


#: Verbs of shutting someone out of a body or its events, a penalty the body imposes.
_BARRING = {"bar", "ban", "suspend", "exclude", "expel"}
#: What a sports or other body holds, which one may be barred from: "barred from ORFA events".
_HELD_EVENTS = {"event", "competition", "tournament", "match", "game", "championship"}


def _bodies_barring(context: ArticleContext, place: Token) -> list[Mention]:
    """The bodies "from" ``place`` names: "from the Council of Velmar", "from ORFA and VFU
    events", "from Velmar Football Union competitions" (not "from the building")."""
    if place.lemma_ in _HELD_EVENTS:
        owners = [c for c in place.children if c.dep_ in {"compound", "nmod", "poss"}]
        names = [context.name_at(t) for o in owners for t in [o, *o.conjuncts]]
    else:
        names = [context.name_at(t) for t in [place, *place.conjuncts]]
    found: list[Mention] = []
    for m in names:
        if m is not None and m.type == "Organization" and m not in found:
            found.append(m)
    return found


def _barred_from(context: ArticleContext) -> Iterator[Relation]:
    """ "Norway's teams have been barred from ORFA and VFU events", "Russia was suspended
    from the Council of Velmar", "the union banned X from its competitions": the body
    sanctioned them."""
    for verb in context.tokens_with(_BARRING):
        if verb.lemma_ not in _BARRING or verb.pos_ != "VERB":
            continue
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj"]
        bodies = [m for o in places for m in _bodies_barring(context, o)]
        barred = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        held = any(o.lemma_ in _HELD_EVENTS for o in places)
        if any(c.dep_ == "dobj" for c in barred) and (bodies or held):
            # "the union banned X from all competitions": the union did
            bodies = [m for m in _subjects(context, verb) if m.type == "Organization"] or bodies
        agents = [  # "excluded from the league by ORFA": the agent decided it
            m for a in verb.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for m in entities_of(context, o)
            if m.type == "Organization"
        ]
        bodies = agents or bodies
        if not bodies or not barred:
            continue
        targets = [m for c in barred for side in [c, *c.conjuncts]
                   for m in _object_entity(context, side) if m.type != "Plan"]
        yield from _sanctions_between(context, bodies, targets, verb.sent, 0.7, status_of(verb))


def _signing_of(context: ArticleContext) -> Iterator[Relation]:
    """ "the signing of the accord by A and B", "the signing of a declaration between A and
    B": both signed it."""
    for noun in context.tokens_with({"signing"}):
        if noun.lower_ != "signing" or noun.pos_ != "NOUN":
            continue
        plans: list[Mention] = []
        signers: list[Mention] = []
        for prep in noun.children:
            if prep.dep_ != "prep":
                continue
            pobjs = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ == "of":
                plans += [m for o in pobjs for m in _object_entity(context, o) if m.type == "Plan"]
                # "a declaration between A and B": the parser may hang it on the document
                prep_of_plan = [p for o in pobjs for p in o.children if p.dep_ == "prep"]
                pobjs = [o for p in prep_of_plan if p.lower_ == "between"
                         for o in p.children if o.dep_ == "pobj"]
            if prep.lower_ in {"by", "between"} or pobjs and prep.lower_ == "of":
                signers += [
                    m for o in pobjs for side in [o, *o.conjuncts]
                    for m in _object_entity(context, side) if m.type != "Plan"
                ]
        verb = _governing_verb(noun)
        if verb.lemma_ in _NOT_HELD:  # "postponed the signing of the accord"
            status = "hypothetical"
        else:
            status = status_of(verb) if verb.pos_ in {"VERB", "AUX"} else "asserted"
        for s in signers:
            for o in plans:
                yield Relation(
                    s, "supports", o, context.evidence(noun.sent, "kg.events.v1", 0.7), status
                )


#: Verbs that list whom sanctions name (not "target": "Among those targeted by the strikes").
_LISTING = {"sanction", "designate", "blacklist"}


def _among_those_sanctioned(context: ArticleContext) -> Iterator[Relation]:
    """ "Among those designated was X", "Among those sanctioned were X and Y": by whoever the
    article last said imposed the sanctions."""
    for among in context.tokens_with({"among"}):
        verb = among.head
        if among.dep_ != "prep" or verb.lemma_ != "be":
            continue
        group = next((o for o in among.children if o.dep_ == "pobj"), None)
        listing = next(
            (c for c in (group.children if group is not None else [])
             if c.dep_ in {"acl", "relcl"} and c.lemma_ in _LISTING),
            None,
        )
        if listing is None or listing.lemma_ == "designate" and not _designated(listing):
            continue  # "Among those designated as envoys": no sanction
        targets = [
            m
            for t in verb.children
            if t.dep_ in {"nsubj", "attr"}
            for side in [t, *t.conjuncts]
            for m in entities_of(context, side)
            if m.type != "Plan"
        ]
        status = status_of(listing)
        agents = [  # "Among those sanctioned by Y were X"
            m for a in listing.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for m in entities_of(context, o)
        ]
        if targets:
            sanctioners = (
                agents or _announcer_close_before(context, verb)
                or _last_to_list(context, listing)  # "OFAC designated … Among those designated"
            )
            yield from _sanctions_between(context, sanctioners, targets, verb.sent, 0.75, status)


def _last_to_list(context: ArticleContext, listing: Token) -> list[Mention]:
    """Who the article last said did what "Among those designated" takes up, by the same
    verb, however far back (a release opens with "OFAC today designated …" and lists the
    targets paragraphs later)."""
    earlier = [
        t for t in context.tokens_with({listing.lemma_})
        if t.i < listing.sent.start and t.lemma_ == listing.lemma_ and t.pos_ == "VERB"
    ]
    for verb in reversed(earlier):
        found = _subjects(context, verb)
        if found:
            return found
    return []


def _sanctions(context: ArticleContext) -> Iterator[Relation]:
    """ "X imposed sanctions on Y", "X's sanctions on Y", "US sanctions on Y"."""
    for noun in context.tokens_with({"sanction", *_PENALTIES}):
        if noun.pos_ != "NOUN" or not (
            noun.lemma_ == "sanction"
            # "imposed an asset freeze and a travel ban on X"
            or _named_penalty(noun) and _imposed(noun)
        ):
            continue
        targets: list[Mention] = []
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_ in {
            "hit", "slap", "target",
        }:  # "X was hit with U.S. sanctions"
            targets += [
                m
                for c in noun.head.head.children
                if c.dep_ == "nsubjpass"
                for m in entities_of(context, c)
            ]
        targets += [  # "announced sanctions targeting X and Y"
            m
            for clause in noun.children
            if clause.dep_ == "acl" and clause.lemma_ in _REACH
            for c in clause.children
            if c.dep_ == "dobj"
            for m in entities_of(context, c)
        ]
        if noun.dep_ == "nsubj" and noun.head.lemma_ in {"target", "hit"}:
            # "The sanctions target X and Y": by whom the article said imposes them
            targets += [
                m for c in noun.head.children if c.dep_ == "dobj" for m in entities_of(context, c)
            ]
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}]
        for head in [noun.head, _imposed(noun)]:  # "imposed … on X": "on" may hang on the verb
            if head is not None and head.pos_ == "VERB":
                preps += [
                    c for c in head.children
                    if c.dep_ == "prep" and c.lower_ in {"on", "against"} and c not in preps
                ]
        for prep in preps:
            if any(c.dep_ == "neg" for c in prep.children) or prep.nbor(-1).lower_ == "not":
                continue  # "sanctions on X but not on its partner Y"
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    targets += [m for m in _object_entity(context, pobj) or [
                        m
                        for c in pobj.children
                        if c.dep_ in {"appos", "compound"}
                        for m in entities_of(context, c)
                    ] if not _nationality_of_people(context, pobj, m)
                        and not _people_of_body(context, pobj, m)]
        if not targets:
            continue
        targets += [m for m in _as_well_as(context, noun) if m not in targets]
        if noun.lemma_ == "restriction":  # "visa restrictions on Norland" bar its people
            targets = [m for m in targets if m.type != "Place"]  # travelling, no sanction
        if (verb := _imposed(noun)) is not None:
            sanctioners = _subjects(context, verb)
            if not sanctioners and any(
                c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in verb.children
            ):  # "It also imposed sanctions on Y": the sanctioner the article last named
                sanctioners = _sanctioner_before(context, verb)
            status = status_of(verb)
        else:
            sanctioners = [
                m
                for c in noun.children
                if c.dep_ in {"compound", "poss", "amod", "nmod"}
                for m in [entity_of(context, c)]
                if m is not None
            ]
            status = "asserted"
            if noun.dep_ == "dobj" and noun.head.lemma_ in RESTORING_VERBS:
                status = status_of(noun.head)  # "began restoring UN sanctions on X"
            if not sanctioners and noun.dep_ == "nsubj":
                sanctioners = _speaker_of_sentence(context, noun) or _sanctioner_before(
                    context, noun
                )
        for s in sanctioners:
            for o in targets:
                if s != o:
                    yield Relation(
                        s,
                        "sanctioned",
                        o,
                        context.evidence(noun.sent, "kg.events.v1", 0.85),
                        status,
                    )


#: People a sanction may be on, whose nationality says whose they are, not who is targeted.
_TARGETED_PEOPLE = {"official", "individual", "people", "person", "general", "leader",
                    "oligarch", "businessman", "businessmen", "national", "citizen", "figure",
                    "lawmaker", "minister", "judge", "officer", "commander"}


def _nationality_of_people(context: ArticleContext, people: Token, target: Mention) -> bool:
    """Whether ``target`` is only the country of the people a sanction is on: "sanctions
    against top Venezuelan officials" are on the officials, not on Venezuela."""
    if people.lemma_.lower() not in _TARGETED_PEOPLE or target.type != "Place":
        return False
    return any(c.dep_ in {"amod", "compound", "nmod"} and context.mention_at(c) == target
               for c in people.children)  # "nine Myanmar military officials": an nmod


def _imposed(noun: Token) -> Token | None:
    """The verb of "imposed sanctions", "slapped an asset freeze", "announced a travel ban"."""
    head = noun
    while head.dep_ == "conj":  # "an asset freeze and a travel ban"
        head = head.head
    head = _batch_of(head)
    # "imposed sanctions on X", "Sanctions were imposed on X by Y"
    imposing = head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_ in _IMPOSING
    return head.head if imposing else _imposed_after(noun)


_IMPOSING = {
    "impose", "announce", "slap", "place", "levy", "unveil", "approve", "adopt", "introduce",
}
#: What sanctions come in: "a fresh round of sanctions", "a new package of sanctions".
_BATCHES = {"round", "package", "wave", "raft", "slew", "set", "series", "batch", "tranche"}


def _batch_of(noun: Token) -> Token:
    """The batch ``noun`` comes in ("adopted a fresh round of sanctions on X": the round is
    what was adopted), else ``noun``."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in _BATCHES:
        return of.head
    return noun


def _batch_of_sanctions(noun: Token) -> bool:
    """ "a new slew of sanctions", "a fresh round of sanctions"."""
    return noun.lemma_ in _BATCHES and any(
        p.dep_ == "prep" and p.lower_ == "of" and o.lemma_ == "sanction"
        for p in noun.children for o in p.children
    )


def _imposed_after(noun: Token) -> Token | None:
    """The participle of "sanctions imposed on X by Y" (as in "following sanctions imposed
    on Y in 2018 by the U.S. government"); not where the target is a pronoun, which in
    "X helped Y, following sanctions imposed on him" may be either man."""
    return next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
         and c.lemma_ in _IMPOSING
         and not any(o.pos_ == "PRON" for p in c.children if p.dep_ == "prep"
                     for o in p.children if o.dep_ == "pobj")),
        None,
    )


def _speaker_of_sentence(context: ArticleContext, token: Token) -> list[Mention]:
    """ "…, the Treasury said": who says the sentence ``token`` is in."""
    root = token.sent.root
    said = [root] if root.lemma_ in SPEECH_VERBS else [
        c for c in root.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ in SPEECH_VERBS
    ]
    return [
        m for v in said for c in v.children if c.dep_ == "nsubj" for m in entities_of(context, c)
    ]


def _hyphen_participles(context: ArticleContext) -> Iterator[Relation]:
    """ "the OFAC-sanctioned firm X", "the British-drafted text", "the US-backed plan"."""
    doc = context.doc
    for word in context.tokens_with(HYPHEN_PARTICIPLES):
        predicate = HYPHEN_PARTICIPLES.get(word.lower_)
        if predicate is None or word.dep_ != "amod" or word.i < 2:
            continue
        if doc[word.i - 1].text not in _DASHES:
            continue
        if word.lower_ == "designated" and not _designated(word):
            continue  # "the UN-designated safe zone": a designation of no sanction
        agent = context.mention_at(doc[word.i - 2]) or demonym_mention(context, doc[word.i - 2])
        noun = word.head
        target = entity_of(context, noun) or (
            context.mention_at(noun.head) if noun.dep_ in {"compound", "appos"} else None
        )
        if agent is None or target is None or agent == target:
            continue
        if predicate == "authorOf" and target.type != "Plan":
            continue
        status = status_of(noun.head) if noun.dep_ in {"dobj", "nsubjpass"} else "asserted"
        yield Relation(
            agent,
            predicate,
            target,
            context.evidence(word.sent, "kg.events.v1", 0.8),
            # "refused to sign the Qatar-brokered deal": Qatar brokered it all the same
            "asserted" if status == "negated" else status,
        )


def _urged_adoption(context: ArticleContext) -> Iterator[Relation]:
    """ "X urged both teams to conclude the trade agreement", "called on Congress to pass
    the act", "want the Senate to pass the bill": who urges a plan's adoption supports it;
    "asked the court to annul the decree": who urges its undoing opposes it."""
    for verb in context.tokens_with(_URGE | _ADVISE):
        if verb.lemma_ not in _URGE | _ADVISE or verb.pos_ != "VERB":
            continue
        if verb.lemma_ == "call" and not any(c.lower_ == "on" for c in verb.children):
            continue
        adoptions = [
            c
            for c in verb.subtree
            # "wants to meet Y to finalise it" is an aim of the wanter's own, not an appeal
            if (c.dep_ == "xcomp" and verb.lemma_ != "want" or _wanted_done(c)
                or _advised_done(c))
            and c.lemma_ in _ADOPT | _STRIKE
            and not any(n.dep_ == "neg" for n in c.children)  # "urged them not to sign it"
        ]
        plans = [
            (m, "opposes" if x.lemma_ in _STRIKE else "supports")
            for x in adoptions
            if x.head == verb or x.head.head == verb
            for o in x.children
            if o.dep_ == "dobj" and (x.lemma_ not in _DROPPING or entity_of(context, o))
            for m in _object_entity(context, o)
            if m.type == "Plan"
        ]
        # "X drew up a proposal and urged Y to accept it": its authors, no stance besides
        authors = {
            m
            for t in verb.sent
            if t.pos_ in {"VERB", "AUX"} and _predicate(t) == "authorOf"
            for m in _subjects(context, t)
        }
        for s in _subjects(context, verb):
            for plan, predicate in plans:
                if s.type != "Plan" and s not in authors:
                    yield Relation(
                        s, predicate, plan, context.evidence(verb.sent, "kg.events.v1", 0.75),
                        status_of(verb),
                    )


#: Verbs of advising what others should do: "the board recommended that shareholders reject
#: the bid", "advised investors to accept the offer".
_ADVISE = {"recommend", "advise", "urge"}


def _advised_done(clause: Token) -> bool:
    """ "recommended that shareholders reject the bid", "advised that investors should accept
    it": what is advised is a clause in the base or present form (not "urged, as it had
    rejected the bid before")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ in _ADVISE and clause.tag_ in {
        "VB", "VBP"}


def _wanted_done(clause: Token) -> bool:
    """ "want the Senate to pass the bill": the parser makes the wish a clause of its own."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ == "want" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _votes_to(context: ArticleContext) -> Iterator[Relation]:
    """ "voted to adopt the resolution" supports it, "voted to reject it" opposes it; "would
    vote to override the veto" supports the vetoed bill, "to sustain the veto" opposes it."""
    for vote in context.tokens_with({"vote"}):
        if vote.lemma_ != "vote":  # the tagger may take "would vote to" for a noun
            continue
        for action in vote.children:
            predicate = _VOTE_TO.get(action.lemma_) if action.dep_ == "xcomp" else None
            if predicate is None or any(c.dep_ == "neg" for c in action.children):
                continue
            plans = [
                m
                for o in action.children
                if o.dep_ == "dobj"
                for m in _object_entity(context, o)
                if m.type == "Plan" or _nominee_voted_on(context, action, o, m)
            ]
            if not plans and (event := _plan_event(context, action)) is not None:
                plans = [event[0]]
                if event[1]:  # the veto: overriding it supports what was vetoed
                    predicate = "opposes" if predicate == "supports" else "supports"
            status = status_of(vote)
            if status == "hypothetical" and _declared_vote(vote):
                status = "asserted"
            subjects = _subjects(context, vote) or _speaker(context, vote)
            for s in subjects:
                for plan in plans:
                    if s.type != "Plan":
                        yield Relation(
                            s, predicate, plan,
                            context.evidence(vote.sent, "kg.events.v1", 0.75), status,
                        )


def _second_votes(context: ArticleContext) -> Iterator[Relation]:
    """ "voted against A, in favour of B and abstained on C": the vote's first word sets its
    stance (see :func:`_vote_objects`); a later "for" or "in favour of" with the other
    stance is a second vote by the same voter (an abstention is neither)."""
    for vote in context.tokens_with({"vote"}):
        found = _vote_objects(vote) if vote.lemma_ == "vote" else None
        if found is None or not found[1]:
            continue
        first, _ = found
        later: list[tuple[str, Token]] = []
        for prep in vote.children:
            named = _vote_prep(prep) if prep.dep_ == "prep" and prep.i > found[1][0].i else None
            if named is not None and named[0] != first:
                later += [(named[0], o) for o in named[1]]
        if not later:
            continue
        subjects = _subjects(context, vote)
        status = status_of(vote)
        for predicate, o in later:
            targets = _object_entity(context, o)
            for s in subjects:
                for m in targets:
                    if m != s:  # (the "of" of "in favour of" owns nothing)
                        yield Relation(
                            s, predicate, m, context.evidence(vote.sent, "kg.events.v1", 0.75),
                            status,
                        )


def _shifted_object(verb: Token) -> Token | None:
    """The object put after what it is called: 'dismissed as "unacceptable" a Russian
    proposal', "rejected as unconstitutional the bill" (the parser hangs it on "as")."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for o in prep.children:
                det = next((c for c in o.children if c.dep_ == "det"), None)
                if o.dep_ == "pobj" and det is not None and any(
                    t.pos_ == "ADJ" for t in verb.doc[prep.i + 1 : det.i]
                ):
                    return o
    return None


def _nominee_voted_on(context: ArticleContext, action: Token, noun: Token, m: Mention) -> bool:
    """ "voted to confirm X", "voted to approve X's nomination": a vote on a nominee."""
    if not (_person_like(m) or _person_named(context, m)):
        return False
    return action.lemma_ == "confirm" or noun.lower_ in _FOR_OFFICE


#: Possessives that stand for the subject of the clause: "announced its rejection of".
_OWN = {"its", "their", "his", "her", "our", "my"}


def _stance_nouns(context: ArticleContext) -> Iterator[Relation]:
    """ "Kenya's support for the plan", "Chile's opposition to the deal", "the Kremlin
    announced its rejection of the plan"."""
    for noun in context.tokens_with(STANCE_NOUNS):
        predicate = STANCE_NOUNS.get(noun.lemma_) if noun.pos_ == "NOUN" else None
        if predicate is None or noun.dep_ == "dobj" and noun.head.lemma_ in _EXPRESS:
            continue  # "expressed its support for X" is read with its verb
        if _governing_verb(noun).lemma_ in _WITHDRAWN:
            continue  # "withdrew its support for the plan"
        if any(c.dep_ == "amod" and c.lower_ in _FUTURE for c in noun.children):
            continue  # "ahead of X's expected endorsement of Y": not yet given
        holders = [
            m
            for c in noun.children
            if c.dep_ == "poss"
            for m in [context.name_at(c)]
            if m is not None and m.type != "Plan"
        ]
        if not holders and noun.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children
        ):  # "the Kremlin announced its rejection of the plan": the announcer's
            holders = [m for m in _subjects(context, noun.head) if m.type != "Plan"]
        plans = [
            m
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in {"for", "to", "of"}
            for o in p.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
            # "Norland's endorsement of the plan"; and "her endorsement of Ana Roe", "Kenya's
            # support for Roe": a person backed (criticism of a person may be of one remark)
            if m.type == "Plan" or m.type == "Person" and noun.lemma_ in _SUPPORT_NOUNS
        ]
        for holder in holders:
            for plan in plans:
                if plan != holder:
                    yield Relation(
                        holder, predicate, plan,
                        context.evidence(noun.sent, "kg.events.v1", 0.7), "asserted",
                    )


#: Verbs of asking for something: "called for", "pressed for", "demanded".
_ASK = {"call", "press", "push", "demand", "seek", "urge", "lobby", "campaign"}


def _undoing_stance(noun: Token) -> tuple[str, Token] | None:
    """The stance a sentence takes on undoing a plan, and its verb: asking for or welcoming
    the repeal opposes the plan; rejecting the repeal supports it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for":
        verb = verb.head  # "called for the withdrawal of", "pushed for the repeal of"
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_ in _ASK:
        return "opposes", verb
    stance = VERB_PREDICATES.get(verb.lemma_)
    if stance == "supports":  # "welcomed the suspension of the decree"
        return "opposes", verb
    if stance == "opposes":  # "rejected the repeal of the law"
        return "supports", verb
    return None


def _plans_after(context: ArticleContext, word: Token, preposition: str) -> list[Mention]:
    """The plans ``word``'s ``preposition`` names: "the repeal [of the decree]", "committed
    [to the deal]"."""
    return [m for p in word.children if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children if o.dep_ == "pobj"
            for m in _object_entity(context, o) if m.type == "Plan"]


def _undoing(context: ArticleContext) -> Iterator[Relation]:
    """ "X called for the withdrawal of the bill", "X welcomed the repeal of the decree"."""
    for noun in context.tokens_with(UNDOING):
        found = _undoing_stance(noun) if noun.lower_ in UNDOING else None
        if found is None:
            continue
        predicate, verb = found
        plans = _plans_after(context, noun, "of")
        for s in _subjects(context, verb) or _speaker(context, verb):
            for plan in plans:
                if s.type != "Plan":
                    yield Relation(
                        s, predicate, plan, context.evidence(verb.sent, "kg.events.v1", 0.7),
                        status_of(verb),
                    )


#: Words that say which side someone is on after "is": "is opposed to", "is critical of".
_SIDE_WORDS = {"opposed": "opposes", "critical": "opposes", "hostile": "opposes",
               "supportive": "supports"}
#: Verbs of being on a side: "is against the plan", "remains opposed to it".
_BEING = {"be", "remain", "stay", "appear", "seem"}


def _side_stated(verb: Token) -> tuple[str, list[Token]] | None:
    """The side "is against X", "is in favour of X", "is critical of X", "remains opposed to
    X" state, and the tokens of X."""
    def pobjs(prep: Token) -> list[Token]:
        return [o for o in prep.children if o.dep_ == "pobj"]

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "against" and verb.lemma_ in _BEING:
            return "opposes", pobjs(c)
        if c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_ in _BEING:
            for noun in pobjs(c):
                if noun.lower_ in SIDES:  # "is in favour of the plan"
                    return SIDES[noun.lower_], [  # "is in total disagreement with the plan"
                        o for p in noun.children
                        if p.dep_ == "prep" and p.lower_ in {"of", "to", "with"}
                        for o in pobjs(p)
                    ]
        if c.dep_ == "acomp" and c.lower_ in _SIDE_WORDS and verb.lemma_ in _BEING:
            return _SIDE_WORDS[c.lower_], [
                o for p in c.children if p.dep_ == "prep" and p.lower_ in {"of", "to", "toward"}
                for o in pobjs(p)
            ]
    if verb.lower_ == "opposed" and any(
        c.dep_ == "auxpass" and c.lemma_ in _BEING for c in verb.children
    ):  # "Norland is opposed to the plan": the parser reads a passive
        return "opposes", [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in pobjs(p)
        ]
    return None


def _sides_stated(context: ArticleContext) -> Iterator[Relation]:
    """ "Norland is against the plan", "X is in favour of the deal", "X is critical of the
    bill", "X, which is opposed to the plan," (a plan only: "is against the war" is none)."""
    for verb in context.tokens_with({*_BEING, "opposed"}):
        found = _side_stated(verb) if verb.pos_ in {"AUX", "VERB"} else None
        if found is None:
            continue
        predicate, targets = found
        # "is in favour of the plan"; "is fully in support of Ana Roe": a person backed
        plans = [
            m for o in targets for m in _object_entity(context, o)
            if m.type == "Plan" or m.type == "Person" and predicate == "supports"
        ]
        # "Norland is opposed to it": the parser may hang the subject on "is"
        holders = _subjects(context, verb) or [
            m for aux in verb.children if aux.dep_ == "auxpass" for m in _subjects(context, aux)
        ]
        if not holders:
            holders = [
                m
                for c in verb.children
                if c.dep_ == "nsubjpass"
                for m in entities_of(
                    context, verb.head if c.lower_ in {"which", "who", "that"} else c
                )
            ]
        yield from _each_stance(context, holders, predicate, plans, verb)


def _voters_listed(context: ArticleContext) -> Iterator[Relation]:
    """ "Democrats voting against the package included Senators A and B"."""
    for verb in context.tokens_with({"include"}):
        if verb.lemma_ != "include":
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            for vote in subject.children:
                voting = vote.dep_ == "acl" and vote.lemma_ == "vote"
                found = _vote_objects(vote) if voting else None
                if found is None:
                    continue
                plans = [m for p in found[1] for m in _object_entity(context, p)
                         if m.type == "Plan"]
                voters = []  # the names listed after "included" (the parse may split them)
                for token in context.doc[verb.i + 1 : verb.sent.end]:
                    if token.pos_ in {"VERB", "AUX"}:
                        break
                    named = context.name_at(token)
                    if named is not None and named.type != "Plan" and named not in voters:
                        voters.append(named)
                for voter in voters:
                    for plan in plans:
                        yield Relation(
                            voter, found[0], plan,
                            context.evidence(verb.sent, "kg.events.v1", 0.75), status_of(verb),
                        )


#: Quotes around a ballot word: 'the lone "no" vote'.
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _ballot_stance(noun: Token) -> tuple[str, list[Token]] | None:
    """The stance a vote noun casts and the texts it names: 'the lone "no" vote', "yea votes",
    "the votes against the bill"; none for "the vote" or "no votes" (none at all)."""
    for word in noun.children:
        if word.i > noun.i or word.lower_ not in _BALLOT_WORDS:
            continue
        before = noun.doc[word.i - 1] if word.i > 0 else word
        if word.lower_ == "no" and not (  # 'the lone "no" vote', "a no vote"
            before.text in _QUOTES or before.pos_ in {"DET", "ADJ"} and word.i > noun.sent.start
        ):
            continue
        return _BALLOT_WORDS[word.lower_], []
    for prep in noun.children:  # "the only vote against", "votes for the bill"
        if prep.dep_ in {"prep", "advmod"} and prep.lower_ in _VOTE_PREPS and prep.i > noun.i:
            return _VOTE_PREPS[prep.lower_], [o for o in prep.children if o.dep_ == "pobj"]
    return None


def _ballot_casters(noun: Token) -> list[Token]:
    """Who cast the votes a vote noun names: "the lone no vote came from X", "yea votes
    included X and Y", "X cast the lone no vote", "the no votes were cast by X and Y"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "come":
        return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children if o.dep_ == "pobj"]
    if noun.dep_ == "nsubj" and verb.lemma_ == "include":
        return [o for o in verb.children if o.dep_ == "dobj"]
    if noun.dep_ == "nsubjpass" and verb.lemma_ == "cast":
        return [o for a in verb.children if a.dep_ == "agent"
                for o in a.children if o.dep_ == "pobj"]
    if noun.dep_ == "dobj" and verb.lemma_ == "cast":
        return [s for s in verb.children if s.dep_ == "nsubj"]
    return []


def _ballots_cast(context: ArticleContext) -> Iterator[Relation]:
    """Votes named by their ballot and whoever cast them: 'The lone "no" vote came from X'
    opposes the text just put to the vote, "Yea votes came from A and B" supports it, "X cast
    the only no vote"."""
    for noun in context.tokens_with({"vote", "votes"}):
        stance = _ballot_stance(noun) if noun.pos_ == "NOUN" and noun.lemma_ == "vote" else None
        casters = _ballot_casters(noun) if stance is not None else []
        if not casters:
            continue
        texts = [m for t in stance[1] for m in _object_entity(context, t) if m.type == "Plan"]
        if not stance[1]:  # none named: the text just put to the vote
            texts = [t for t in [_voted_text_before(context, noun)] if t is not None]
        voters = [  # the names themselves ("the Michigan delegation" is not Michigan)
            m
            for c in casters
            for t in [c, *c.conjuncts]
            if (m := context.mention_at(t)) is not None and m.type != "Plan"
        ]
        voters += people_listed(context, noun.head, voters)  # "from A, B and C" split apart
        for voter in voters:
            for text in texts:
                yield Relation(
                    voter, stance[0], text,
                    context.evidence(noun.sent, "kg.events.v1", 0.75), status_of(noun.head),
                )


def _expressed_stances(context: ArticleContext) -> Iterator[Relation]:
    """ "expressed support for X", "voiced opposition to X", "reiterated its backing for X",
    "gave its approval to X", "lent its support to X", "gave X its blessing"."""
    for verb in context.tokens_with(_EXPRESS):
        if verb.lemma_ not in _EXPRESS or verb.pos_ != "VERB":
            continue
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children):
            nouns.append(verb.head)  # "X voiced support for Y": the parser may take the verb
            # for the noun's adjective
        for noun in nouns:
            predicate = STANCE_NOUNS.get(noun.lemma_)
            if predicate is None:
                continue
            own = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in {"for", "to", "of"}]
            # the parser may hang "to" on the verb: then only a plan is surely what is meant
            # ("voiced opposition to the plan to reporters")
            hung = [] if own else [
                p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
            ]
            targets = [
                m
                for p in own + hung
                for o in p.children
                if o.dep_ == "pobj"
                for m in _object_entity(context, o)
                if m.type == "Plan" or p in own and _owner_stands(context, m, verb.sent)
            ] + [  # "gave the plan its blessing", "gave its approval to the plan"; the
                # parser may take the plan for a second object ("gave the plan his backing")
                m
                for d in verb.children
                if d.dep_ == "dative" or d.dep_ == "dobj" and d.i < noun.i and d != noun
                for o in ([c for c in d.children if c.dep_ == "pobj"] if d.lower_ == "to" else [d])
                for m in _object_entity(context, o)
                if m.type == "Plan"
            ]
            for s in _subjects(context, verb):
                for o in targets:
                    if s != o and s.type != "Plan":
                        yield Relation(
                            s, predicate, o, context.evidence(verb.sent, "kg.events.v1", 0.75),
                            status_of(verb),
                        )


#: Verbs of giving money toward a plan: "pledged 40 million euros to the appeal".
_PLEDGING = {"pledge", "contribute", "donate", "commit", "give", "promise"}
#: Prepositions naming what the money goes to.
_TOWARD = {"to", "toward", "towards", "for"}


#: Currencies news counts pledges in (the parser does not always tag "40 million euros").
_CURRENCIES = {"dollar", "euro", "pound", "franc", "yen", "yuan", "rupee", "krone", "krona",
               "rouble", "ruble", "riyal", "dirham", "shekel", "real", "peso", "lira", "rand"}


def _money(token: Token) -> bool:
    """ "40 million euros", "$95 million", "a further 95 million dollars": a sum of money."""
    return token.ent_type_ == "MONEY" or token.lemma_ in _CURRENCIES and any(
        c.like_num for c in token.subtree)


def _pledged_to(context: ArticleContext) -> Iterator[Relation]:
    """ "X pledged 40 million euros to the appeal", "X gave $5 million towards the plan": a
    donor backs the plan it pays into (only a plan: "donated $5m to the party" is a gift)."""
    for verb in context.tokens_with(_PLEDGING):
        if verb.lemma_ not in _PLEDGING or verb.pos_ != "VERB":
            continue
        sums = [c for c in verb.children if c.dep_ == "dobj" and _money(c)]
        if not sums:
            continue
        plans = [
            m for w in (verb, *sums) for prep in _TOWARD for m in _plans_after(context, w, prep)
        ]
        if not plans and not _given_to_someone(verb, sums):
            plans = _appeal_just_launched(context, verb)
        for s in _subjects(context, verb):
            for plan in plans:
                if s.type != "Plan":
                    yield Relation(
                        s, "supports", plan, context.evidence(verb.sent, "kg.events.v1", 0.7),
                        status_of(verb),
                    )


def _given_to_someone(verb: Token, sums: list[Token]) -> bool:
    """Whether the money goes "to" or "towards" something named ("gave $5m to the party")."""
    return any(
        p.dep_ == "prep" and p.lower_ in {"to", "toward", "towards"}
        for w in (verb, *sums) for p in w.children
    )


def _appeal_just_launched(context: ArticleContext, verb: Token) -> list[Mention]:
    """ "The UN launched the Kestria Flood Appeal. Norland pledged 40 million euros": a sum
    pledged with no recipient, just after an appeal for money, is pledged to it (only when the
    appeal is the last plan named, in that sentence or the two before)."""
    plan = _plan_before(context, verb, sentences=2)
    return [plan] if plan is not None and plan.name.lower().endswith("appeal") else []


#: Verbs that hold a state of commitment: "is committed to X", "remains committed to X".
_STAYING = {"be", "remain", "stay"}


def _committed_to(context: ArticleContext) -> Iterator[Relation]:
    """ "X is committed to the plan", "X said he remained committed to the deal": a stance
    for the plan (only a plan: "committed to peace" is no stance on a text)."""
    for word in context.tokens_with({"committed"}):
        verb = word.head
        if word.lower_ != "committed" or word.dep_ != "acomp" or verb.lemma_ not in _STAYING:
            continue
        plans = _plans_after(context, word, "to")
        for s in _subjects(context, verb) if plans else []:
            for plan in plans:
                if s.type != "Plan":
                    yield Relation(
                        s, "supports", plan, context.evidence(word.sent, "kg.events.v1", 0.7),
                        status_of(verb),
                    )


def _in_attendance(context: ArticleContext) -> Iterator[Relation]:
    """ "The talks took place in Muscat. In attendance were A, B and C": those present at
    the meeting the sentence or the one before tells of met each other."""
    for word in context.tokens_with({"attendance"}):
        prep = word.head
        verb = prep.head
        if word.lower_ != "attendance" or prep.lower_ != "in" or verb.lemma_ != "be":
            continue
        sent = verb.sent
        before = context.doc[sent.start - 1].sent if sent.start > 0 else sent
        if not any(_meeting_noun(t) for t in [*before, *sent] if t.i < verb.i or t.sent == before):
            continue  # "in attendance" at what: a meeting told of just before
        people: dict[str, Mention] = {}
        for t in context.doc[verb.i + 1 : sent.end]:
            m = context.name_at(t)
            if m is None or m.type != "Person" or m.name in people:
                continue
            span = context.span_of(m)
            if span is not None and span.end < len(context.doc) and (
                    context.doc[span.end].text in POSSESSIVE_MARKS):
                continue  # "Kalmar's minister X": X, not whoever owns
            people[m.name] = m
        for a, b in itertools.combinations(people.values(), 2):
            yield Relation(a, "met", b, context.evidence(sent, "kg.events.v1", 0.7),
                           status_of(verb))


def _threats(context: ArticleContext) -> Iterator[Relation]:
    """ "They would try to remove the speaker if she agreed to the act": who threatens to
    remove whoever backs a plan opposes the plan (the threat itself is the stance)."""
    for verb in context.tokens_with(_OUST):
        if verb.lemma_ not in _OUST or verb.pos_ != "VERB" or status_of(verb) == "negated":
            continue
        # the condition may hang on "try" of "would try to remove"
        clauses = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else [])]
        plans = [
            m
            for cond in clauses
            if cond.dep_ == "advcl" and any(c.lower_ == "if" for c in cond.children)
            and _predicate(cond) == "supports"
            for m in _objects(context, cond, "supports")
            if m.type == "Plan"
        ]
        if not plans:
            continue
        subjects = _subjects(context, verb) or _speaker(context, verb, {"they", "we", "it"})
        for s in subjects:
            for plan in plans:
                yield Relation(
                    s, "opposes", plan, context.evidence(verb.sent, "kg.events.v1", 0.7),
                    "asserted",
                )


def _offered_from(context: ArticleContext) -> Iterator[Relation]:
    """ "the pay offer from Norvale Railways", "the takeover offer from X": who makes an offer
    or a bid wrote it; so did whoever a proposal or a plan is by or from ("a proposal by
    Velka Motors", "the plan from Kenya")."""
    for token in context.tokens:
        plan = context.mention_at(token)
        if plan is None or plan.type != "Plan":
            continue
        offer = document_kind(plan.name) == "offer"
        if not offer and token.lower_ not in _MADE_BY_HEADS:
            continue
        if token.i + 1 < len(context.doc) and context.mention_at(token.nbor(1)) is plan:
            continue  # the head word of the mention only
        for prep in token.children:
            makers = {"from", "by"} if token.lower_ in _MADE_BY_HEADS else {"from"}
            makers = makers | {"by"} if buying_bid(token) else makers  # "a $2bn bid by Y"
            # "a $1.9 billion bid by Y": the parser may read "by" as a passive's agent
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in makers:
                continue
            for pobj in prep.children:
                for maker in entities_of(context, pobj) if pobj.dep_ == "pobj" else []:
                    if maker.type != "Plan":
                        yield Relation(
                            maker, "authorOf", plan,
                            context.evidence(token.sent, "kg.events.v1", 0.7),
                            status_of(token.head) if token.head.pos_ == "VERB" else "asserted",
                        )


def _possessed_plans(context: ArticleContext) -> Iterator[Relation]:
    """ "Velka Motors' plan to cut wages", "Kenya's proposal": whose plan it is made it (a
    name only: "the country's bailout" may be a lender's; a capital's, "Washington's
    framework", is its government's, which the capital does not name)."""
    for plan in context.mentions:
        span = context.span_of(plan) if plan.type == "Plan" else None
        if span is None or span.root.lower_ not in _MADE_BY_HEADS and not buying_bid(span.root):
            continue
        for owner in span.root.children:
            if owner.dep_ != "poss" or owner.pos_ != "PROPN":
                continue
            maker = context.name_at(owner)
            if maker is None or maker.name in CAPITAL_COUNTRIES:
                continue
            # whose plan it is, is presupposed whatever the clause says of the plan
            if maker.type in {"Person", "Organization", "Place"}:
                yield Relation(
                    maker, "authorOf", plan, context.evidence(span.sent, "kg.events.v1", 0.7),
                    "asserted",
                )


def _own_texts_delivered(context: ArticleContext) -> Iterator[Relation]:
    """ "Kyiv handed the envoys its written response", "the union sent its counter-offer":
    who delivers a text as their own wrote it."""
    for plan in context.mentions:
        span = context.span_of(plan) if plan.type == "Plan" else None
        if span is None or span.root.dep_ != "dobj" or span.root.head.lemma_ not in DELIVERING:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in _OWN for c in span.root.children):
            continue
        verb = span.root.head
        for maker in _subjects(context, verb):
            if maker.type != "Plan":
                yield Relation(maker, "authorOf", plan,
                               context.evidence(span.sent, "kg.events.v1", 0.7), status_of(verb))


def _national_plans(context: ArticleContext) -> Iterator[Relation]:
    """ "the Egyptian proposal", "a French draft": the country whose plan it is wrote it."""
    for plan in context.mentions:
        span = context.span_of(plan) if plan.type == "Plan" else None
        if span is None or len(span) != 2 or span.root.lower_ not in _AUTHORED_HEADS:
            continue
        name = country_of(span[0].text) if span[0].text in DEMONYMS else None
        if name:
            first = span[0]
            country = Mention(
                context.article.id, first.idx, first.idx + len(first.text), first.text, "Place",
                name=name, votes=(("Place", 4.0),),
            )
            context.mentions.append(country)
            context.index()
            yield Relation(
                country, "authorOf", plan, context.evidence(span.sent, "kg.events.v1", 0.75),
                "asserted",
            )


#: Links from an infinitive or a noun up to the verb whose subject it shares.
_SUBJECTLESS_LINKS = {"advcl", "xcomp", "acl", "relcl", "dobj", "pobj", "prep"}


def _their_meeting(context: ArticleContext) -> Iterator[Relation]:
    """ "the terms X and Y discussed at their meeting" → X met Y."""
    for noun in context.tokens_with(_MEETING_WORDS):
        if not _meeting_noun(noun) or not any(c.lower_ == "their" for c in noun.children):
            continue
        if any(c.lower_ in _APART for c in noun.children):
            continue  # "X and Y said in their separate talks with Z": each met Z alone
        head = noun.head
        while head.dep_ in {"prep", "pobj"} and head.head is not head:
            head = head.head
        head = _verb_of_object_set(noun, head)
        if head.pos_ != "VERB":
            continue
        subjects = _subjects(context, head)
        for _ in range(6):  # "X and Y discussed ways to carry out the deals during their
            # session": the clause of an infinitive without a subject is its governing verb's
            if subjects or head.dep_ not in _SUBJECTLESS_LINKS or head.head is head:
                break
            head = head.head
            subjects = _subjects(context, head) if head.pos_ in {"VERB", "AUX"} else []
        # "their meeting" presupposes the meeting happened, whatever the clause around
        # it says; "their next/planned meeting" does not.
        future = any(c.lower_ in _FUTURE for c in noun.children)
        status = "hypothetical" if future else "asserted"
        for s, o in itertools.combinations(subjects, 2):
            yield Relation(s, "met", o, context.evidence(noun.sent, "kg.events.v1", 0.8), status)


#: Words after "in"/"at" that name no place of a meeting: "joined by Y in calling for a
#: truce", "at a rally" (a crowd, not a meeting), "in the race".
_NOT_MEETING_PLACES = {"rally", "race", "contest", "ticket", "ballot", "vote", "call",
                       "calling", "urging", "demanding", "opposing", "backing", "support",
                       "letter", "statement", "lawsuit", "suit", "effort", "campaign", "bid"}


def _joined_at_meeting(context: ArticleContext) -> Iterator[Relation]:
    """ "X was joined by A, B and C in the Oval Office", "X was joined by A; B; and C at the
    White House for talks": a named host joined by named people at a named place or a meeting
    met each of them (not "X was joined by Y in calling for a truce", nor "joined by her
    husband", nor "X was joined by Y at a rally")."""
    for verb in context.tokens_with({"joined"}):
        if verb.lemma_ != "join" or verb.pos_ != "VERB":
            continue
        hosts = [m for c in verb.children if c.dep_ == "nsubjpass"
                 if (m := context.mention_at(c)) is not None and _person_like(m)]
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        venue = _meeting_venue(context, verb)
        if len(hosts) != 1 or agent is None or venue is None:
            continue
        # the names from "by" to the place: the parser may hang a list set off by
        # semicolons anywhere in the clause
        joined: list[Mention] = []
        for t in verb.sent:
            m = context.mention_at(t)
            if agent.i < t.i < venue.i and m is not None and _person_like(m) \
                    and m not in joined and m != hosts[0]:
                joined.append(m)
        joined += [m for m in _joined_besides(context, verb) if m not in joined + hosts]
        status = status_of(verb)
        for o in joined:
            yield Relation(hosts[0], "met", o, context.evidence(verb.sent, "kg.events.v1", 0.75),
                           status)


def _joined_besides(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people named in "In addition to A, X was joined by B": A was there too."""
    return [
        m
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.lower_ == "addition"
        for t in noun.subtree
        if t.i > noun.i and (m := context.mention_at(t)) is not None and _person_like(m)
    ]


#: Last words of the names of buildings leaders meet in: "the White House", "the Oval
#: Office", "the Elysee Palace", "Downing Street" (not "the House", a chamber).
_MEETING_BUILDINGS = {"house", "office", "palace", "hall", "street", "residence", "building"}


def _meeting_place(m: Mention) -> bool:
    """Whether ``m`` is a place people meet in: a town or country, or a building of two or
    more words (not a body such as "the Senate" or "the House", where members sit)."""
    words = m.name.lower().split()
    return m.type == "Place" or len(words) > 1 and words[-1] in _MEETING_BUILDINGS


def _meeting_venue(context: ArticleContext, verb: Token) -> Token | None:
    """The "in"/"at"/"for" after the agent of ``verb`` that names the place or meeting those
    joining met in: "in the Oval Office", "at the White House", "for talks"."""
    for prep in verb.sent:
        if prep.i <= verb.i or prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "for"}:
            continue
        # on the verb, or on the last name of a list the parser split ("…, and D, in the
        # Oval Office"), not on a noun ("at a rally in Dayton")
        head = context.mention_at(prep.head)
        if prep.head.i != verb.i and (head is None or not _person_like(head)):
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if not objects or any(o.lower_ in _NOT_MEETING_PLACES for o in objects):
            continue
        place = prep.lower_ != "for" and any(
            (m := context.mention_at(o)) is not None and _meeting_place(m) for o in objects
        )
        if place or any(_meeting_noun(o) for o in objects):
            return prep
    return None


#: Prepositions that set a clause's act in a meeting: "in their talks", "during their call".
_SET_IN = {"in", "during", "at"}


def _verb_of_object_set(noun: Token, head: Token) -> Token:
    """The verb whose object the parser hung a meeting's setting on: "X and Y reaffirmed the
    commitment in their phone talks" (the talks set the reaffirming, not the commitment)."""
    prep = noun.head
    if (
        head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB"
        and prep.dep_ == "prep" and prep.lower_ in _SET_IN and prep.head == head
    ):
        return head.head
    return head


#: Prepositions naming who else took part in talks: "in talks with Z", "between X and Y".
_PARTNERED = {"with", "between", "among", "of"}

#: Words that keep talks apart: "said in separate talks" (each had their own).
_APART = {"separate", "respective", "individual", "parallel", "indirect", "proximity",
          "own"}


def _talks_held_together(context: ArticleContext) -> Iterator[Relation]:
    """ "X and Y confirmed cooperation in telephone talks on Monday" → X met Y: the people a
    clause joins as its subject acted in the one meeting that sets it (not "in separate talks",
    "during the meeting" told of before, nor "in talks with Z", which the partner rules read)."""
    for noun in context.tokens_with(_MEETING_WORDS):
        prep = noun.head
        if (
            not _meeting_noun(noun) or noun.dep_ != "pobj"
            or prep.lower_ not in _SET_IN
            # "briefed the leaders during the meeting": a meeting told of before, held with
            # others, where the two may be on one side
            or any(c.dep_ in {"poss", "det"} and c.lower_ != "a"
                   or c.lower_ in _APART | _FUTURE | _PARTNERED for c in noun.children)
        ):
            continue
        verb = _verb_of_object_set(noun, prep.head)
        if verb.pos_ != "VERB" or prep.head not in {verb, *verb.children}:
            continue
        people = [m for m in _subjects(context, verb) if _person_like(m)]
        for s, o in itertools.combinations(people, 2):
            yield Relation(
                s, "met", o, context.evidence(noun.sent, "kg.events.v1", 0.75), status_of(verb)
            )


#: Adverbs that make a clause tell what is done from time to time, not one event.
_FROM_TIME_TO_TIME = {"often", "usually", "frequently", "regularly", "sometimes", "typically",
                      "routinely", "generally"}


def _habitual(verb: Token) -> bool:
    """Whether ``verb`` tells of a habit: "who is often the intermediary in talks with Y",
    "X usually holds talks with Y"."""
    return any(c.dep_ == "advmod" and c.lower_ in _FROM_TIME_TO_TIME for c in verb.children)


def _governing_verb(noun: Token) -> Token:
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "proposed a ceasefire and a meeting between X and Y": the verb of
        # the first conjunct governs them all
    head = noun.head
    while head.dep_ in {"prep", "pobj"} and head.head is not head:
        head = head.head
    return head


def _meeting_of(context: ArticleContext, noun: Token) -> list[Mention]:
    """Who held the meeting ``noun`` names: "X's meeting", "her meeting" (X), or the subject
    of the clause a leading "After talks with Y," opens."""
    prep = noun.head
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in {"DATE", "TIME"}:
            continue  # "In Wednesday's call with Y, X said": a day, not who held it
        if child.dep_ == "poss" and child.lower_ != "their":
            if child.lower_ in {"his", "her"} and _opening_the_clause(prep) and any(
                    _person_like(m) for m in _subjects(context, prep.head)):
                break  # "During his meeting with Y, X asked": his is the person the clause
                # is about, whoever the sentence before named
            found = context.mention_at(child)
            if found is None and child.lower_ in {"his", "her"} and _opening_the_clause(prep):
                break
            if child.lower_ in {"his", "her"} and (taken := _subject_taken_for_partner(
                    context, noun)):
                return taken  # "After his meeting with Y, X said": the subject misparsed
            return [found] if found is not None and _person_like(found) else []
    if noun.dep_ == "pobj" and prep.lower_ in {"after", "during", "following", "in"}:
        return (_subjects(context, prep.head) or _subjects_past_object(context, prep)
                or _subject_taken_for_partner(context, noun))  # "In talks with Y, X said"
    if noun.dep_ == "pobj" and prep.lower_ == "at" and _opening_the_clause(prep):
        return _subjects(context, prep.head)  # "At a meeting with Y in Oslo, X raised …"
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_ in _TRAVEL:
        return _subjects(context, prep.head)  # "X arrived in Miami for talks with Y"
    if noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_ in {"go", "head"} and (
            prep.head.tag_ == "VBD") and not any(  # "X then headed to a meeting with Y" (not
            t.lemma_ in {"cancel", "postpone", "scrap", "delay", "abandon"} for t in noun.sent):
        return _subjects(context, prep.head)  # "was heading to …", "… was cancelled")
    if noun.dep_ == "dobj" and noun.head.lemma_ in _GRANTED:
        # "X was granted an audience with Y", "X got a sit-down with Y"
        return _subjects(context, noun.head) or [
            m for c in noun.head.children if c.dep_ == "nsubjpass"
            for m in entities_of(context, c)
        ]
    return []


def _subject_taken_for_partner(context: ArticleContext, noun: Token) -> list[Mention]:
    """Who held the meeting of "After the meeting with Chancellor Y, Prime Minister X flew
    home": the parser may take X, set after a comma and just before the verb, for one more
    partner named after "with", and leave the verb with no subject."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"after", "during", "following", "in"}:
        return []
    if verb.i < noun.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    doc = context.doc
    for pobj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"):
        for side in pobj.conjuncts:
            if side.i < pobj.i or doc[side.left_edge.i - 1].text != ",":
                continue
            if any(t.lower_ in {"and", "or", "&"} for t in doc[pobj.i : side.left_edge.i]):
                continue  # "with A, B and C, …": a list of partners
            # only words of the verb itself may come between: "X later flew", "X has said"
            between = doc[side.right_edge.i + 1 : verb.i]
            if any(t.head != verb or t.dep_ not in {"advmod", "aux", "neg"} for t in between):
                continue
            named = context.mention_at(side)
            if named is not None and _person_like(named):
                return [named]
    return []


def _subjects_past_object(context: ArticleContext, prep: Token) -> list[Mention]:
    """Who acted, where the parser hangs "during talks with Y" on the verb's object: "X
    rejected the proposals during talks with Y" (X held the talks)."""
    thing = prep.head
    if prep.lower_ not in {"during", "after", "following"} or thing.dep_ != "dobj":
        return []
    return [m for m in _subjects(context, thing.head) if _person_like(m)]


def _opening_the_clause(prep: Token) -> bool:
    """Whether a preposition opens its verb's clause, before the verb's subject: "During his
    meeting with Y, X asked", "At a meeting with Y, X said"."""
    subject = next((c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return prep.dep_ == "prep" and subject is not None and prep.i < subject.i


#: Verbs of being given a meeting one had: "was granted an audience with Y", "got a sit-down
#: with Y" (not "sought" or "requested" one, nor "secured" one that may be still to come).
_GRANTED = {"grant", "get", "receive"}


#: Nouns whose "of"/"for" names what is only talked of or wished: "talk of a summit",
#: "plans for a meeting", "the prospect of talks", "calls for a summit".
_SPOKEN_OF = {
    "talk", "plan", "hope", "prospect", "call", "proposal", "idea", "possibility", "chance",
    "offer", "invitation", "request", "push", "bid", "rumour", "rumor", "speculation",
    "report", "suggestion", "prospects", "hopes", "plans", "calls",
    # "the announcement of a meeting between X and Y": what is announced is still to come
    "announcement", "confirmation",
    # "laying the groundwork for a summit", "paving the way for talks": still to come
    "groundwork", "preparation", "preparations", "way",
}


#: Words for talks held through go-betweens, whose sides never meet.
_THROUGH_OTHERS = {"indirect", "proximity", "shuttle"}
#: Those through whom two sides talk without meeting: "held through Omani mediators".
_GO_BETWEENS = {"mediator", "intermediary", "mediation", "go-between", "messenger"}


def _held_through_others(noun: Token) -> bool:
    """ "indirect talks between X and Y", "negotiations between X and Y continued, with indirect
    contacts mediated by Z": the sides talk through others, and do not meet."""
    if any(c.lower_ in _THROUGH_OTHERS for c in noun.children):
        return True
    if any(  # "talks between X and Y were held through Omani mediators"
        p.dep_ == "prep" and p.lower_ in {"through", "via"}
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _GO_BETWEENS for o in p.children)
        for h in (noun, noun.head) for p in h.children
    ):
        return True
    return any(
        t.lower_ in _THROUGH_OTHERS and t.dep_ == "amod"
        and (_meeting_noun(t.head) or t.head.lemma_ == "contact")
        for t in noun.sent
    )


def _held_in(noun: Token, verb: Token) -> bool:
    """Whether the meeting is where ``verb`` took place, not what it schedules or calls off:
    "the task set in a telephone conversation between X and Y" (but "talks are set for May",
    "cancelled the meeting")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"in", "during", "at"} and prep.head == verb


#: Verbs of starting talks again: "efforts to revive negotiations between X and Y".
_RESTART = {"restart", "revive", "resume", "relaunch", "restore", "kickstart", "jumpstart",
            "reopen", "rekindle"}


def _still_to_restart(noun: Token, verb: Token) -> bool:
    """Whether talks are named as what is to be started again, not as held: "talks on
    restarting negotiations between X and Y", "working to revive negotiations between X
    and Y" (a gerund after a preposition, or an infinitive; not "talks resumed")."""
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_ in _RESTART for c in noun.children):
        return True  # "talks on restarting negotiations" (the parser's adjective)
    if verb.lemma_ not in _RESTART:
        return False
    gerund = verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "pobj"}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return gerund or infinitive


def _only_spoken_of(noun: Token) -> bool:
    """A meeting named only as what people talk of or hope for: "There is talk of a
    summit between X and Y", "hopes for talks with Y", or what the plans or preparations a
    clause is about are for: "Preparations are underway for a summit between X and Y",
    "Plans are being made for talks with Y"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "for"}:
        return False
    if prep.head.pos_ == "NOUN":
        return prep.head.lower_ in _SPOKEN_OF
    return prep.lower_ == "for" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _SPOKEN_OF for c in prep.head.children
    )


#: Words dating a meeting ahead of the telling: "a meeting between X and Y next week",
#: "talks in the coming days", "the summit tomorrow".
_AHEAD = {"next", "coming", "tomorrow", "upcoming"}


def _dated_ahead(noun: Token, verb: Token) -> bool:
    """ "Tarsk confirmed a meeting between X and Y next week": the date on the meeting (or on
    the verb naming it, where the parser may hang it) is still to come, whatever the tense
    of the verb ("met last week", "two days later" are not)."""
    heads = [noun, verb] if noun.dep_ == "dobj" and noun.head == verb else [noun]
    return any(
        c.dep_ in {"npadvmod", "prep", "advmod"} and c.i > noun.i
        and any(t.lower_ in _AHEAD for t in c.subtree)
        for head in heads
        for c in head.children
    )


#: What talks may bring about: "progress from talks between X and Y", "results of the talks".
_OUTCOMES = {"result", "results", "progress", "outcome", "breakthrough", "development", "success"}
#: Verbs and nouns of wishing for an outcome: "hopes for progress from talks with Y".
_WISHING = {"hope", "hopes", "expect", "wish", "want", "await", "expectation", "anticipate"}


def _hoped_outcome(noun: Token) -> bool:
    """ "Tarsk hopes a positive development results from talks between X and Y", "expects
    progress from talks with Y": talks whose outcome is only wished for are still to come
    (not "welcomed the results of talks between X and Y")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"from", "of"}:
        return False
    outcome = prep.head
    if outcome.lower_ not in _OUTCOMES and outcome.lemma_ not in _OUTCOMES:
        return False
    token = outcome
    for _ in range(4):  # up through the noun phrase to the verb or noun that wishes it
        if token.dep_ not in {"dobj", "nsubj", "pobj", "prep", "compound", "ccomp", "xcomp"}:
            return False
        token = token.head
        if token.lower_ in _WISHING or token.lemma_ in _WISHING:
            return True
    return False


def _none_held(noun: Token) -> bool:
    """ "There was no meeting between X and Y", "No talks with Y have been arranged"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


#: Verbs telling that a meeting took place: "the meeting took place", "talks were held",
#: "the summit lasted two hours".
_TOOK_PLACE = {"take", "hold", "last", "end", "conclude"}


def _told_as_held(noun: Token, verb: Token) -> bool:
    """Whether the meeting is the subject of a clause in the past telling it was held,
    whatever was planned of it before: "The long-planned meeting between X and Y took place on
    Monday", "The summit, first proposed in May, was held in Oslo"."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head != verb:
        return False
    if verb.lemma_ not in _TOOK_PLACE or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if verb.lemma_ == "hold":
        return noun.dep_ == "nsubjpass"
    return noun.dep_ == "nsubj"


#: Verbs of bringing a meeting about: "working to arrange a meeting", "is organising talks".
_ARRANGING = {"arrange", "organise", "organize", "prepare", "broker", "secure", "set"}
#: Verbs whose "for" or "toward" names a meeting still sought: "pushed for a summit".
_SEEKING_FOR = {"push", "press", "lobby", "campaign", "work", "prepare", "angle", "wait"}


def _being_arranged(noun: Token, verb: Token) -> bool:
    """A meeting still being brought about: "are working to arrange a meeting between X and
    Y", "is organising talks with Y", "pushed for a meeting with Y" (not "arranged a meeting
    between X and Y", told in the past)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in {"for", "toward", "towards"}:
        return prep.head.lemma_ in _SEEKING_FOR
    return (
        noun.dep_ == "dobj"
        and noun.head == verb
        and verb.lemma_ in _ARRANGING
        and verb.tag_ in {"VB", "VBG", "VBZ", "VBP"}
    )


def _was_to(noun: Token, verb: Token) -> bool:
    """ "The meeting between the two leaders was to center on Libya", "the talks are to be
    held in May": a meeting the sentence plans, not one held."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _meeting_nouns(context: ArticleContext) -> Iterator[Relation]:
    """ "X's meeting with Y", "after talks with Y, X said", "talks between X and Y", "a meeting
    of X and Y", "a phone call between X and Y", "the X-Y summit"."""
    for noun in context.tokens_with(_MEETING_WORDS):
        if not _meeting_noun(noun) or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        if _held_through_others(noun):
            continue  # "indirect talks between X and Y, mediated by Z": X and Y never met
        verb = _governing_verb(noun)
        if _habitual(verb):
            continue  # "X, who is often the intermediary in talks with Y": no one meeting
        # "their next meeting", "talks … are scheduled for May", "the meeting was cancelled"
        if _none_held(noun):
            status = "negated"  # "There was no meeting between X and Y"
        elif _told_as_held(noun, verb):
            status = status_of(verb)  # "the long-planned meeting … took place on Monday"
        elif (
            any(c.lower_ in _FUTURE and c.i < noun.i for c in noun.children)
            or verb.lemma_ in _NOT_HELD and not _held_in(noun, verb)
            or _only_spoken_of(noun)
            or _was_to(noun, verb)
            or _being_arranged(noun, verb)
            or _dated_ahead(noun, verb)
            or _hoped_outcome(noun)
            or _still_to_restart(noun, verb)
        ):
            status = "hypothetical"
        else:
            # a verb the tagger took for a noun ("offered to host talks") is still a clause
            clause = verb.pos_ in {"VERB", "AUX"} or verb.dep_ in {"xcomp", "ccomp", "advcl"}
            status = status_of(verb) if clause else "asserted"
        pairs: list[tuple[Mention, Mention]] = []
        # "The meeting took place on Monday between X and Y": the sides hang on the verb
        held = [c for c in verb.children if c.lower_ == "between"] if _told_as_held(
            noun, verb) else []
        for prep in [*noun.children, *held]:
            if prep.dep_ != "prep" or prep.lower_ not in {"with", "between", "among", "of"}:
                continue
            named = [
                m for o in prep.children if o.dep_ == "pobj" for m in _object_entity(context, o)
            ]
            # "talks with A, B and C": the parser may split the list
            named += [m for m in people_listed(context, prep, named) if m not in named]
            if not named and prep.lower_ == "with":  # "talks with U.S. envoys A and B"
                named = [m for o in prep.children if o.dep_ == "pobj"
                         for m in _names_after_plural_kind(context, o)]
            if prep.lower_ == "of":  # "a meeting of X and Y" (not "a meeting of the board")
                people = [m for m in named if _person_like(m) or _person_named(context, m)]
                pairs += list(itertools.combinations(people, 2)) if people == named else []
            elif prep.lower_ in {"between", "among"}:  # "talks among X, Y and Z"
                sides = _sides_between(context, prep)
                if len(sides) == 1:  # "between Y's envoys, A and B, and Z": Z is the other
                    sides.append([m for m in named if m not in sides[0]])  # side, wherever
                    # the parser hangs Z
                pairs += [  # "between X and his envoys A and B": X met A and B, not A B
                    (a, b)
                    for i, side in enumerate(sides)
                    for other in sides[i + 1 :]
                    for a in side
                    for b in other
                ] if sides else list(itertools.combinations(named, 2))
                # "talks between A and B, hosted by C": the host meets both
                hosts = _hosts(context, noun) or (_hosts(context, verb) if verb != noun else [])
                pairs += [(h, m) for h in hosts for m in named if h != m]
            else:
                pairs += [(h, m) for h in _meeting_of(context, noun) for m in named if h != m]
        pairs += itertools.combinations(_surnames_joined(context, noun), 2)
        for s, o in pairs:
            yield Relation(s, "met", o, context.evidence(noun.sent, "kg.events.v1", 0.75), status)


def _sides_between(context: ArticleContext, prep: Token) -> list[list[Mention]]:
    """The sides of "a meeting between X and his envoys A and B" where one side is a
    description listing its people ([X], [A, B]); none where each side is one name."""
    sides: list[list[Mention]] = []
    group: list[Mention] | None = None  # the names a plural description opened
    for pobj in (o for o in prep.children if o.dep_ == "pobj"):
        group = None
        for side in [pobj, *pobj.conjuncts]:
            named = context.mention_at(side)
            if named is not None and group is not None:
                group.append(named)  # "between Y's envoys, A and B, and Z": A and B are one side
                continue
            if named is not None:
                sides.append([named])
                continue
            listed = _listed_in_apposition(context, side)
            sides.append(listed)
            group = listed if side.tag_ == "NNS" and not listed else None
    if len(sides) == 1 and len(sides[0]) > 1 and group is sides[0]:
        return sides  # one side listed after a plural description: the rest is the other
    if len(sides) < 2 or all(len(side) < 2 for side in sides) or not all(sides):
        return []
    return sides


def _surnames_joined(context: ArticleContext, noun: Token) -> list[Mention]:
    """ "the Rhee-Sorensen meeting": the two people the article named before with those
    names."""
    doc = context.doc
    if noun.i < 3 or doc[noun.i - 2].text not in _DASHES:
        return []
    found = []
    for word in (doc[noun.i - 3], doc[noun.i - 1]):
        people = {
            m.name
            for m in context.mentions
            if m.type == "Person" and m.end <= word.idx and m.name.split()[-1] == word.text
            and " " in m.name
        }
        if len(people) != 1:
            return []  # nobody, or two people, of that name
        found += [next(m for m in context.mentions if m.name in people)]
    return found


def _allies(context: ArticleContext) -> Iterator[Relation]:
    """ "X has allied itself with Y", "X and Y are longtime allies", "Y's coalition partner,
    X"."""
    for token in context.tokens_with({"ally", "allies", "partner"}):
        if token.lemma_ == "ally" and token.pos_ == "VERB":
            subjects = _subjects(context, token)
            partners = [m for p in _with_partner(token) for m in _object_entity(context, p)]
            pairs = [(s, o) for s in subjects for o in partners if s != o]
            verb = token
        elif token.lower_ == "allies" and token.dep_ == "attr" and token.head.lemma_ == "be" and (
            not _allied_to(context, token)
        ):
            verb = token.head
            pairs = list(itertools.combinations(_subjects(context, verb), 2))
        elif token.pos_ == "NOUN" and (token.lemma_ == "ally" or _coalition_partner(token)):
            # "its ally X", "Another Y ally, X", "X, Y's junior coalition partner"
            verb = token.head if token.dep_ == "attr" else token
            pairs = [(a, o) for a in _allies_named(context, token)
                     for o in _allied_to(context, token) if a != o]
        else:
            continue
        if token.pos_ == "NOUN" and _allies_no_longer(token):
            continue
        for s, o in pairs:
            if "Plan" not in {s.type, o.type}:
                yield Relation(
                    s, "allyOf", o, context.evidence(verb.sent, "kg.events.v1", 0.75),
                    status_of(verb),
                )


#: Words of a partner not (yet) in coalition: "a possible coalition partner".
_PARTNER_TO_BE = {"possible", "potential", "prospective", "future", "likely", "would-be",
                  "preferred", "natural", "new"}


def _coalition_partner(noun: Token) -> bool:
    """ "partner" in a coalition: "the party's coalition partner", "its junior coalition
    partner" (not a partner it may have, nor a trading or business partner)."""
    words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    return noun.lower_ == "partner" and "coalition" in words and not words & _PARTNER_TO_BE


def _allies_no_longer(noun: Token) -> bool:
    """ "a former ally of Y", "X, once Y's ally,", "longtime allies until 2019": no ally now."""
    words = {c.lower_ for c in noun.children}
    if noun.i > 0:
        words.add(noun.doc[noun.i - 1].lower_)
    if words & (PAST_TITLE_WORDS | {"once"}):
        return True
    return any(child.dep_ == "prep" and child.lower_ == "until"
               for head in (noun, noun.head) for child in head.children)


def _allies_named(context: ArticleContext, ally: Token) -> list[Mention]:
    """Who "ally" names: the name beside it ("its ally X", "Another Y ally, X", "X, a close
    ally of Y"), or the subject "is a close ally of Y" is said of."""
    if ally.dep_ == "attr" and ally.head.lemma_ == "be":
        return _subjects(context, ally.head)
    if ally.dep_ == "appos" and (named := context.mention_at(ally.head)) is not None:
        return [named]  # "X, a close ally of Y,"
    if ally.dep_ == "compound" and (named := context.mention_at(ally.head)) is not None:
        return [named]  # "its ally X" parsed as one noun phrase
    named = [m for a in ally.children if a.dep_ == "appos"
             if (m := context.mention_at(a)) is not None]
    after = ally.doc[ally.i + 1] if ally.i + 1 < ally.sent.end else None
    if not named and after is not None and (m := context.mention_at(after)) is not None:
        named = [m]  # "Hezbollah and its ally Nabih Berri" (the parser may set Berri apart)
    return named


def _allied_to(context: ArticleContext, ally: Token) -> list[Mention]:
    """Whose ally "ally" says: "of Y", "Y's", "Y ally", or for "its ally" the name it is
    joined to ("Y and its ally X") or the subject of its clause ("Y wants its ally X to …")."""
    owners = [m for p in ally.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"
              if (m := context.mention_at(o)) is not None]
    for c in ally.children:
        if c.dep_ in {"poss", "compound"} and c.i < ally.i:
            named = context.mention_at(c)
            if named is not None:
                owners.append(named)  # "Hezbollah's ally", "Another Hezbollah ally"
            elif c.lower_ in {"its", "their"} and ally.dep_ == "conj":
                owners += entities_of(context, ally.head)  # "Hezbollah and its ally X"
            elif c.lower_ in {"its", "their"} and (owner := _possessor_before(ally)) is not None:
                owners += entities_of(context, owner)  # "A and B's ties with X, their ally"
            elif c.lower_ in {"its", "their", "his", "her"}:
                owners += [m for m in _subjects(context, ally.sent.root) if m.type != "Plan"]
    if not owners and not any(c.dep_ in {"poss", "det"} for c in ally.children):
        owners = _ally_chosen_by(context, ally)
    return owners


#: Verbs by which one picks or receives an ally by name: "named key ally X as minister".
_CHOOSING_ALLIES = {"name", "appoint", "nominate", "pick", "tap", "choose", "promote",
                    "endorse", "host", "receive", "welcome"}


def _ally_chosen_by(context: ArticleContext, ally: Token) -> list[Mention]:
    """Whose ally a bare "ally" before a name is, as the object of a verb of choosing or
    receiving: its subject's ("President X named key political ally Y as minister")."""
    named = ally.head if ally.dep_ == "compound" else ally
    if named.dep_ != "dobj" or named.head.lemma_ not in _CHOOSING_ALLIES:
        return []
    return [m for m in _subjects(context, named.head) if context.is_person(m)]


def _possessor_before(token: Token) -> Token | None:
    """The nearest name before ``token`` in its sentence that owns a noun ("Tokyo and Seoul's
    ties with Washington, their ally"): what "its" or "their" after it most likely means."""
    doc = token.doc
    return next((t for t in reversed(token.sent[: token.i - token.sent.start])
                 if t.pos_ == "PROPN" and doc[t.i + 1].text in POSSESSIVE_MARKS), None)


def _attendance_opening(sent: Span) -> Token | None:
    """The verb of "Attending were A; B; and C", "Those attending included", "Also
    participating in the talks were A and B", "Taking part in the meeting were A and B"."""
    words = list(sent[:6])
    if (verb := _delegation_at_meeting(sent)) is not None:
        return verb
    at = next((t for t in words if _at_the_meeting(t)), None)
    # "Also at the meeting were A and B", "Others at the dinner were A and B" (not "Not at
    # the meeting were …")
    be = at.head if at is not None and at.head.lower_ == "others" else at
    be = be.head if be is not None else None
    if be is not None and be.lemma_ == "be" and be.i < sent.start + 6 and not any(
            t.dep_ == "neg" or t.lower_ in {"not", "never", "absent"} for t in words):
        return be
    if not any(
        t.lemma_ == "attend" and t.tag_ == "VBG"
        or t.lower_ == "present"
        or _taking_part(t) and _in_a_meeting(t)
        for t in words
    ):
        return None
    return next((t for t in words if t.lemma_ in {"be", "include"}), None)


def _at_the_meeting(token: Token) -> bool:
    """ "at the meeting", "at the dinner" opening a sentence that lists who was there: "Also
    at the meeting were A and B", "Others at the dinner were A and B"."""
    return token.lower_ == "at" and any(
        o.dep_ == "pobj" and _meeting_noun(o) and any(d.lower_ == "the" for d in o.children)
        for o in token.children
    )


def _before_attribution(span: Span) -> Span:
    """``span`` up to the attribution closing it: "A, B and C, the agency reported" (not the
    agency)."""
    for t in span:
        if t.lemma_ in SPEECH_VERBS | {"report"} and t.pos_ == "VERB":
            commas = [c for c in span if c.i < t.i and c.text == ","]
            return span.doc[span.start : commas[-1].i] if commas else span
    return span


def _delegation_side(context: ArticleContext, verb: Token) -> list[str]:
    """The countries of the delegation "The Velland delegation … included" names."""
    if verb.lemma_ not in {"include", "comprise"}:
        return []
    return [
        country
        for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in _DELEGATIONS
        for country in _countries_of(context, c)
    ]


def _demonym_before(context: ArticleContext, mention: Mention) -> str | None:
    """The country a demonym just before a name gives it: "Kenyan President X": Kenya."""
    span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    for t in context.doc[max(span.sent.start, span.start - 3) : span.start]:
        if t.text in DEMONYMS:
            return DEMONYMS[t.text]
    return None


def _delegation_at_meeting(sent: Span) -> Token | None:
    """The verb of "The Velland delegation at the meeting included A, B and C", "Its team
    at the talks comprised A and B": those on a side at a meeting told of."""
    for verb in sent:
        if verb.lemma_ not in {"include", "comprise"}:
            continue
        for subject in verb.children:
            if subject.dep_ == "nsubj" and subject.lemma_ in _DELEGATIONS and any(
                p.dep_ == "prep" and p.lower_ in {"at", "in", "to"} and _meeting_noun(o)
                and any(d.lower_ in {"the", "that", "this"} for d in o.children)
                for p in subject.children
                for o in p.children
            ):
                return verb
    return None


def _taking_part(token: Token) -> bool:
    """ "participating", "taking part"."""
    if token.lemma_ == "participate" and token.tag_ == "VBG":
        return True
    return token.lower_ == "taking" and any(c.lower_ == "part" for c in token.children)


def _in_a_meeting(verb: Token) -> bool:
    """Whether what ``verb`` takes part in is a meeting, or goes unsaid: "participating in the
    talks", "taking part" (not "participating in the march")."""
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    return all(_meeting_noun(o) for o in places)


def _attended_meeting(sent: Span) -> Token | None:
    """The verb of "A, B and C attended the meeting", or of "A, B and C attended" or "also
    took part" with nothing after: the meeting the sentence before told of (not "questioned
    her purpose in attending the meeting", where no one named attends)."""
    return next(
        (
            t
            for t in sent
            if t.lemma_ == "attend"
            and any(c.dep_ == "nsubj" for c in t.children)
            and any(
                c.dep_ == "dobj" and _meeting_noun(c)
                and any(d.lower_ in {"the", "that"} for d in c.children)
                for c in t.children
            )
            or _attended_with_no_object(t)
            or _was_at_the_meeting(t)
        ),
        None,
    )


def _was_at_the_meeting(verb: Token) -> bool:
    """ "A and B were also at the meeting", "C was at the dinner": the meeting the sentence
    before told of, attended."""
    return verb.lemma_ == "be" and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
        _at_the_meeting(c) and not any(t.lower_ in {"not", "never"} for t in c.subtree)
        for c in verb.children if c.dep_ == "prep")


def _attended_with_no_object(verb: Token) -> bool:
    """ "A and B attended.", "C also took part.": attending what was just told of."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return False
    kinds = {c.dep_ for c in verb.children}
    if verb.lemma_ == "attend":
        return not kinds & {"dobj", "prep", "xcomp", "ccomp"}
    return (
        verb.lemma_ == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        and "prep" not in kinds
    )


def _meeting_host(context: ArticleContext, sent: Span) -> list[Mention]:
    """Who held the meeting the sentence before tells of: "X held a closed-door session"."""
    for verb in sent:
        if _predicate(verb) == "met":
            return _subjects(context, verb)
    return []


def _with_opening(context: ArticleContext, subjects: list[Mention]) -> list[Mention]:
    """``subjects`` with the people listed before a lone one ("A and B held talks", where the
    parser may hang A on B)."""
    if len(subjects) != 1:
        return subjects
    return subjects + [m for m in people_opening(context, subjects[0]) if m not in subjects]


def _attendees(context: ArticleContext) -> Iterator[Relation]:
    """ "X held a session on the crisis. Attending were A; B; and C." → X met A, B and C."""
    doc = context.doc
    for sent in context.sentences_with(
        {"attend", "present", "part", "participate", "include", "comprise", "at"}
    ):
        verb = _attendance_opening(sent)
        listed = doc[verb.i + 1 : sent.end] if verb is not None else sent
        if verb is None:  # "X met the four leaders. A, B, C and D attended the meeting"
            verb = _attended_meeting(sent)
        if verb is None or sent.start == 0:
            continue
        hosts = _meeting_host(context, doc[sent.start - 1].sent)
        if _attended_with_no_object(verb) and len(_with_opening(context, hosts)) > 1:
            continue  # "The two leaders held talks. Their aides also took part": whose side?
        listed = _before_attribution(listed)
        hosts = _with_opening(context, hosts)  # "A and B held talks": the parser may drop A
        if side := _delegation_side(context, verb):  # "The Velland delegation at the meeting
            # included A and B": they met the other side, not Velland's own president
            hosts = [h for h in hosts if _demonym_before(context, h) not in side]
        guests: list[Mention] = []
        for token in listed:
            found = context.mention_at(token)
            if (
                found is not None and _person_like(found) and found not in guests
                and token.i not in context.quoted
            ):
                guests.append(found)
        for host in hosts:
            for guest in guests:
                if host != guest:
                    yield Relation(
                        host,
                        "met",
                        guest,
                        context.evidence(sent, "kg.events.v1", 0.75),
                        status_of(verb),
                    )


#: Verbs of a public appearance that two make together: "unveiled the plan alongside Y",
#: "spoke alongside Y at the summit" (not "fought alongside Y", "served alongside Y").
_APPEARING = {
    "unveil", "announce", "present", "appear", "speak", "stand", "launch", "sign", "address",
    "introduce", "tour", "visit",
}


def _appeared_alongside(context: ArticleContext) -> Iterator[Relation]:
    """ "X unveiled the plan alongside Prime Minister Y" → X met Y."""
    for word in context.tokens_with({"alongside"}):
        verb = word.head
        if verb.dep_ == "dobj":  # "unveiled the plan alongside Y": the parser may hang it on
            verb = verb.head  # the object
        if word.lower_ != "alongside" or word.dep_ != "prep" or verb.lemma_ not in _APPEARING:
            continue
        if verb.pos_ != "VERB":
            continue
        partners = [
            m
            for o in word.children
            if o.dep_ == "pobj"
            for m in _object_entity(context, o)
            if _person_like(m) or _person_named(context, m)
        ]
        for s in _subjects(context, verb):
            if not (_person_like(s) or _person_named(context, s)):
                continue
            for o in partners:
                if s != o:
                    yield Relation(
                        s, "met", o, context.evidence(verb.sent, "kg.events.v1", 0.7),
                        status_of(verb),
                    )


def _architects(context: ArticleContext) -> Iterator[Relation]:
    """ "One of its architects is X", "X, an architect of the plan", "a supporter of the
    bill, X,", "X, a critic of the plan"."""
    for noun in context.tokens_with({*_AUTHOR_NOUNS, *STANCE_HOLDERS}):
        if noun.lower_ in _AUTHOR_NOUNS:
            predicate = "authorOf"
        elif noun.lemma_ in STANCE_HOLDERS and noun.pos_ == "NOUN":
            predicate = STANCE_HOLDERS[noun.lemma_]
            if any(c.lower_ in PAST_TITLE_WORDS for c in noun.children):
                continue  # "X, a former critic of the bill, now backs it": no longer held
        else:
            continue
        plan = None
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of"):
                target = (
                    child
                    if child.dep_ == "poss"
                    else next((c for c in child.children if c.dep_ == "pobj"), None)
                )
                if target is not None:
                    found = entity_of(context, target)
                    if found is not None and (found.type == "Plan" or (
                        found.type == "Person" and noun.lemma_ in _PERSON_STANCE_HOLDERS
                    )):
                        plan = found
        listing = noun.dep_ == "nsubj" and noun.head.lemma_ == "include"
        if plan is None and listing and noun.lower_ in _TEXT_HOLDERS and not any(
            c.dep_ in {"poss", "prep"} for c in noun.children
        ):
            plan = _plan_before(context, noun, sentences=1)  # "Signatories included A and B"
        if plan is None:
            continue
        # up to the copula: "One of its architects is Kirill Dmitriev"
        head = noun
        while head.dep_ in {"pobj", "prep"}:
            head = head.head
        # "the bill's lead sponsors, A and B,"
        people = [m for c in noun.children if c.dep_ == "appos" for m in entities_of(context, c)]
        if not people and listing:  # "its signatories include A, B and C"
            people = [
                m for c in noun.head.children if c.dep_ == "dobj" for m in entities_of(context, c)
            ]
        if not people and head.dep_ in {"nsubj", "attr"} and head.head.lemma_ == "be":
            for c in head.head.children:
                if c.dep_ in {"attr", "nsubj"} and c != head:
                    people += entities_of(context, c)
        elif not people and head.dep_ == "appos":
            people += entities_of(context, head.head)
        elif not people and _counted_among(head):  # "X is among the bill's fiercest critics"
            people = [
                m for c in head.children if c.dep_ == "nsubj" for m in entities_of(context, c)
            ]
        clause = head if _counted_among(head) else head.head
        for person in people:
            if person.type != "Plan":
                yield Relation(
                    person,
                    predicate,
                    plan,
                    context.evidence(noun.sent, "kg.events.v1", 0.8),
                    status_of(clause),
                )


#: Verbs that count their subject among a group: "X is among the plan's critics", "X ranks
#: among its fiercest opponents".
_COUNTED_AMONG = {"be", "remain", "rank", "count", "stand"}


def _counted_among(head: Token) -> bool:
    """ "X is among the critics of the bill": the holder is the subject of the verb the
    "among" phrase hangs on (not "met among the critics of the bill": a place, no stance)."""
    return head.lemma_ in _COUNTED_AMONG and head.pos_ in {"AUX", "VERB"} and any(
        c.dep_ == "prep" and c.lower_ == "among" for c in head.children
    )


def _against_its_own(relation: Relation) -> bool:
    """ "Ethiopia opposes the Ethiopian proposal": a nation does not reject the plan named
    for it; a reference read back to the wrong plan ("Ethiopia rejected that proposal",
    said of another) makes it."""
    if relation.predicate != "opposes" or relation.object.type != "Plan":
        return False
    first = relation.object.name.split()[0] if relation.object.name else ""
    return first in DEMONYMS and country_of(first) == relation.subject.name


def _authors_opposing(relations: list[Relation]) -> set[int]:
    """The relations where whoever the article says wrote a plan opposes it: "The Velmar
    government unveiled a plan. In Norland, the government rejected the plan" reads "the
    government" back to the wrong one (an author that turns against its own plan is news
    the article would tell in other words)."""
    authors = {
        (r.subject.name, r.object.name)
        for r in relations
        if r.predicate == "authorOf" and r.status == "asserted"
    }
    return {
        i
        for i, r in enumerate(relations)
        if r.predicate == "opposes" and (r.subject.name, r.object.name) in authors
    }


#: Head words of events and gatherings: "on the sidelines of the Astana Forum" names no one met.
_EVENT_HEADS = {
    "forum", "summit", "conference", "festival", "games", "expo", "exhibition", "fair",
    "ceremony", "convention", "gala", "congress", "symposium", "olympics", "cup",
    # "hosted the Velmar Film Awards", "at the Velmar Music Awards"
    "honors", "honours", "awards", "championship", "championships", "tournament", "concert",
    "parade", "premiere",
}


def _event_named(mention: Mention) -> bool:
    """ "the Astana Forum", "the Forum of Peace": a name whose head word is an event's."""
    words = mention.name.lower().split()
    heads = {words[-1], *(words[i - 1] for i, w in enumerate(words) if w == "of" and i > 0)}
    return mention.type != "Person" and bool(heads & _EVENT_HEADS)


def _no_meeting(relation: Relation) -> bool:
    """A "met" no one can have had: with an event ("met Y at the forum", read as meeting the
    forum), or of a person with a country ("met the Kenyan team": the team's people, not the
    country; countries meet countries)."""
    if relation.predicate != "met":
        return False
    pair = (relation.subject, relation.object)
    if any(map(_event_named, pair)):
        return True
    countries = [m for m in pair if m.type == "Place" and country_of(m.name) is not None]
    return len(countries) == 1 and any(m.type == "Person" for m in pair)


def _sanction_of_a_plan(relation: Relation) -> bool:
    """A sanction is imposed by and on people, bodies and places, never on a plan: "the EU
    sanctioned those behind the accord" sanctions no accord."""
    return relation.predicate == "sanctioned" and "Plan" in {
        relation.subject.type, relation.object.type}


def extract_events(context: ArticleContext) -> Iterator[Relation]:
    relations = [r for r in _events(context)
                 if not (_against_its_own(r) or _no_meeting(r) or _sanction_of_a_plan(r))]
    dropped = _authors_opposing(relations)
    yield from (r for i, r in enumerate(relations) if i not in dropped)


def _events(context: ArticleContext) -> Iterator[Relation]:
    yield from _verb_events(context)
    yield from _sanctions(context)
    yield from _among_those_sanctioned(context)
    yield from _on_sanctions_list(context)
    yield from _signing_of(context)
    yield from _barred_from(context)
    yield from _targets_listed(context)
    yield from _sanctioner_targeted_again(context)
    yield from _hyphen_participles(context)
    yield from _urged_adoption(context)
    yield from _national_plans(context)
    yield from _threats(context)
    yield from _support_received(context)
    yield from _legal_moves(context)
    yield from _industrial_action(context)
    yield from _votes_to(context)
    yield from _second_votes(context)
    yield from _expressed_stances(context)
    yield from _committed_to(context)
    yield from _pledged_to(context)
    yield from _in_attendance(context)
    yield from _sides_stated(context)
    yield from _voters_listed(context)
    yield from _ballots_cast(context)
    yield from _stance_nouns(context)
    yield from _undoing(context)
    yield from _offered_from(context)
    yield from _possessed_plans(context)
    yield from _own_texts_delivered(context)
    yield from _their_meeting(context)
    yield from _joined_at_meeting(context)
    yield from _talks_held_together(context)
    yield from _meeting_nouns(context)
    yield from _allies(context)
    yield from _architects(context)
    yield from _attendees(context)
    yield from _appeared_alongside(context)
    yield from _delegations_meeting(context)
    yield from _gatherings(context)
    yield from place_relations(context)
    yield from structure_relations(context)
