"""Mentions of plans, proposals and agreements ("the 28-point peace plan"), and of documents
named by a common noun once the article says who wrote them or takes a stance on them ("the
ministry issued the decree", "the union rejected the offer"), and of texts introduced by
someone named signing them ("signed a joint declaration") or by a stance that says what they
are about ("rejected a new peace plan")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.events import (
    CURRENCY_SIGNS,
    DELIVERING,
    HYPHEN_PARTICIPLES,
    PHRASAL,
    SIDES,
    STANCE_HOLDERS,
    STANCE_NOUNS,
    UNDOING,
    VERB_PREDICATES,
    buying_bid,
)
from kg.extract.modality import status_of
from kg.extract.nlp import doc_tokens, quoted_tokens, tokens_with
from kg.model import Mention
from kg.text.lexicon import (
    COUNTER_PLANS,
    DEMONYMS,
    DOCUMENT_KINDS,
    MEASURES,
    NUMBERED_BILL,
    ORG_HEADS,
    PLAN_HEADS,
    SIGNING_VERBS,
    bill_key,
    country_of,
    document_kind,
    ordinal_number,
)
from kg.text.personal_names import is_given_name

__all__ = ["COMMON_PLAN_HEADS", "find_plans", "is_plan_head", "is_named_law"]

_MODIFIER_DEPS = {"compound", "amod", "nummod", "npadvmod", "nmod", "poss", "quantmod"}
_AUTHORING = {
    "draft", "draw", "propose", "prepare", "unveil", "present", "submit", "table", "make",
    "issue", "launch", "circulate", "mediate",
}
#: Verbs of making anything: what they introduce is a plan only with words saying which.
_LOOSE_AUTHORING = {"make", "issue", "launch"}
_TOPICS = {"peace", "ceasefire", "truce", "settlement"}
#: Heads that name a plan only where it is introduced or given a subject: "put forward a
#: minimum-price offer", "proposed a power-sharing formula", "the tariff truce" (a bare
#: "the offer" refers back to one).
COMMON_PLAN_HEADS = {"offer", "truce", "formula", "bid", "decree"}
# Words that describe a plan's state in one article, not its name.
_NOT_NAME = {
    "latest",
    "new",
    "updated",
    "sweeping",
    "official",
    "initial",
    "reported",
    "current",
    "actual",
    "whole",
    "entire",
    "revised",
    "original",
    # how news judges it: "the historic trade deal", "a successful prisoner exchange"
    "historic",
    "landmark",
    "successful",
    "controversial",
    "major",
    "recent",
}


#: Capitalised heads of a law's name: "the Harbor Safety Act", "the Clean Air Bill".
_LAW_HEADS = {"Act", "Bill", "Pact", "Decree", "Directive", "Ordinance", "Law"}
#: Heads of a law's or treaty's title: "the EU-Chile Free Trade Agreement" is one plan.
_TITLE_HEADS = _LAW_HEADS | {"Agreement", "Treaty", "Accord", "Accords", "Agreements"}


#: Common nouns that name a document once the article takes a stance on it or says who
#: wrote it: "the court struck down the decree", "the ministry issued the guidelines".
#: Some words of a kind name no one text on their own, and refer back only (coreference):
#: a bare "act" is a deed ("condemned the act"), "the law" the law of the land ("uphold the
#: law"), "reforms" a direction of policy, "the bid" a bid for anything (to host, for office),
#: "the takeover" or "the merger" the deal done rather than the offer made.
_REFERRING_ONLY = {"act", "law", "reforms", "bid", "takeover", "merger", "acquisition"}
_STANCE_DOCUMENTS = (set(DOCUMENT_KINDS) - _REFERRING_ONLY) | {
    "settlement", "agreement", "deal", "framework", "resolution",
}
#: Verbs of writing or issuing a document, beside those of :data:`VERB_PREDICATES`.
_PUBLISHING = {"publish", "release", "issue", "unveil", "table", "draft", "propose", "present"}
#: Verbs of a stance that only a document takes: "parliament passed the bill".
_ADOPTING = {"pass", "adopt", "challenge"}
_DEFINITE = {"the", "this", "that", "these", "its", "their"}


def _stance_verb(verb: Token) -> bool:
    """A verb of a stance on a document or of writing one: "rejected", "struck down"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any((verb.lemma_, c.lower_) in PHRASAL for c in verb.children if c.dep_ == "prt"):
        return True
    predicate = VERB_PREDICATES.get(verb.lemma_)
    return (
        predicate in {"supports", "opposes", "authorOf"}
        or verb.lemma_ in _PUBLISHING | _ADOPTING
    )


_ACTOR_TYPES = {"ORG", "PERSON", "GPE", "NORP"}
_ACTOR_PRONOUNS = {"he", "she", "it", "they", "we", "who", "which", "that"}


def _named_actor(verb: Token, people: bool = True) -> bool:
    """Whether someone named takes the stance ``verb`` states: "the union" of a plural
    "unions rejected it" or "critics slammed it" is nobody the graph can hold. Without
    ``people``, only a body counts ("the union rejected the offer", not "she turned down
    the offer": an offer a person answers is mostly one made to them, a job or a move)."""
    while verb.dep_ in {"conj", "xcomp"} and verb.head is not verb:
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children):
            break
        verb = verb.head  # "tabled the bill and defended it": the first verb's subject
    # "X and Y agreed to share intelligence, signing a security pact": the participle's
    # subject is the clause's
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children
    ):
        verb = verb.head
    actors = [c for c in verb.children if c.dep_ == "nsubj"]
    actors += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    pronouns = _ACTOR_PRONOUNS if people else _ACTOR_PRONOUNS - {"he", "she"}
    return any(
        a.lower_ in pronouns
        or any(
            (t.pos_ == "PROPN" or t.ent_type_ in _ACTOR_TYPES)
            and (people or t.ent_type_ != "PERSON")
            for t in a.subtree
        )
        for a in actors
    )


#: Texts one side sends another in answer to its plan: "its written response".
_REPLIES = {"response", "reply", "counterproposals"}
_OWNERS = {"its", "their", "his", "her", "our"}


#: Verbs of answering an offer: a person who turns one down may have been offered a job.
_ANSWERING = {"accept", "reject", "decline", "refuse"}


def _answered(token: Token) -> bool:
    """ "turned down the offer", "accepted the offer" (not "backed the offer")."""
    verb = token.head
    return verb.lemma_ in _ANSWERING or verb.lemma_ == "turn" and any(
        c.lower_ == "down" for c in verb.children
    )


def _stance_taken(token: Token, people: bool) -> bool:
    """Whether the document ``token`` names is what someone named takes a stance on or
    wrote: "the court struck down the decree", "the decree issued by the ministry"."""
    while token.dep_ == "conj":  # "backed the decree and the guidelines"
        token = token.head
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass"}:
        return _stance_verb(head) and _named_actor(head, people)
    if token.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.lower_ in UNDOING:  # "called for the repeal of the decree"
            asked = verb.head.head if verb.dep_ == "pobj" else verb.head
            return _named_actor(asked, people)
        if verb.lemma_ in STANCE_NOUNS and verb.pos_ == "NOUN":  # "the union's rejection of"
            return any(
                c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_TYPES)
                for c in verb.children
            )
        if verb.lemma_ in STANCE_HOLDERS and verb.pos_ == "NOUN" and head.lower_ == "of":
            return _held_by_named(verb)  # "X, a vocal critic of the water privatisation bill"
        if verb.lower_ in SIDES and verb.dep_ == "pobj" and verb.head.lower_ == "in":
            # "X is in total disagreement with the reform", "spoke in support of the bill"
            return _named_actor(verb.head.head, people)
        if verb.lemma_ == "vote" and verb.pos_ == "NOUN" and head.lower_ in {"for", "against"}:
            # "X was the lone vote against the budget", "cast a vote against the bill"
            return verb.dep_ in {"attr", "dobj"} and verb.head.lemma_ in {"be", "cast"} and (
                _named_actor(verb.head, people))
        # "voted against the bill", "lobbied for the reform", "agreed to the settlement"
        return verb.pos_ == "VERB" and _named_actor(verb, people) and (
            (verb.lemma_, head.lower_) in PHRASAL
            or verb.lemma_ == "vote" and head.lower_ in {"for", "against"}
            or verb.lemma_ == "agree" and head.lower_ == "to"
        )
    # "the decree issued by the ministry", "the offer backed by the board"
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _stance_verb(c) and _named_actor(c, people)
        for c in token.children
    )


def _held_by_named(holder: Token) -> bool:
    """Whether the stance holder ``holder`` ("critic", "supporter") describes someone named:
    "Senator X, a vocal critic of the bill", "X is one of the fiercest critics of the bill",
    "X was a staunch defender of the reform" (not "critics of the bill say", nobody named)."""
    head = holder
    while head.dep_ in {"pobj", "prep"} and head.head is not head:
        head = head.head  # "one of the most outspoken critics of": up to "one"
    if head.dep_ == "appos":
        return _names_someone(head.head)
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _names_someone(c) for c in head.head.children)
    return False


def _names_someone(token: Token) -> bool:
    """A name, or a pronoun for someone named: "Marin", "Velka Motors", "she"."""
    return token.pos_ == "PROPN" or token.ent_type_ in _ACTOR_TYPES or (
        token.lower_ in _ACTOR_PRONOUNS - {"that", "which", "it"}
    )


def _established_document(token: Token) -> bool:
    """A document named by a common noun that the article takes a stance on or says who
    wrote: "the court struck down the decree", "the ministry's guidelines, welcomed by",
    "the commission published new guidelines"."""
    if _proposed_law(token):
        return True
    if token.lower_ not in _STANCE_DOCUMENTS and not _drafted_law(token) or token.pos_ != "NOUN":
        return False
    if token.lower_ == "resolution" and any(c.lower_ == "of" for c in token.children):
        return False  # "welcomed the resolution of the dispute": no text
    if token.lower_ == "deal" and not _kind_named(token):
        return False  # "welcomed the deal": a deal named before, or a sale done
    definite = any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children
    )
    if definite:
        personal = DOCUMENT_KINDS.get(token.lower_) == "offer" and _answered(token)
        return _stance_taken(token, people=not personal)
    # "the ministry issued a decree", "the commission published new guidelines": introduced
    # by who wrote them (an offer or a bid may be of anything: they need words saying which)
    return (
        token.dep_ == "dobj"
        and token.head.lemma_ in _PUBLISHING
        and _named_actor(token.head)
        and token.lower_ not in COMMON_PLAN_HEADS | {"settlement", "agreement", "deal", "framework"}
        and not any(c.lower_ in {"any", "no"} for c in token.children)
    )


def _drafted_law(token: Token) -> bool:
    """ "the draft law on foreign agents", "the draft legislation": a law still a draft is
    one text (a bare "the law" is the law of the land)."""
    return token.lower_ in {"law", "legislation"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ == "draft" for c in token.children)


#: Verbs that put a new law forward: "proposed a law requiring arbitration".
_PROPOSING = {"propose", "draft", "table", "submit", "introduce", "unveil"}


def _proposed_law(token: Token) -> bool:
    """ "X has proposed a law requiring arbitration", "tabled a bill banning Y": a law
    introduced by who wrote it and by what it does is one text (a bare "a law" is none)."""
    return (
        token.lower_ in {"law", "bill"}
        and token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lemma_ in _PROPOSING
        and any(c.lower_ in {"a", "an"} for c in token.children)
        and _what_it_does(token) is not None
        and _named_actor(token.head)
    )


def _what_it_does(token: Token) -> Token | None:
    """The object of the participle that says what a law does: "arbitration" of "a law
    requiring arbitration"."""
    for clause in token.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.i == token.i + 1:
            return next((o for o in clause.children if o.dep_ == "dobj"), None)
    return None


def _named_before(mentions: list[Mention], token: Token) -> bool:
    """Whether a plan of the kind ``token`` names was named before it: then "the decree"
    refers back to it (see coreference) and is no new name."""
    kind = DOCUMENT_KINDS.get(token.lower_)
    return any(m.end <= token.idx and document_kind(m.name) == kind for m in mentions)


#: Words that set a document apart from the one the article is about: "the old law".
_OTHER = {"old", "previous", "existing", "former", "earlier", "last", "first", "second",
          *{"later", "separate", "future", "another"}}  # "in separate, later legislation"


def _fullest_name(doc: Doc, token: Token, name: str) -> str:
    """The fullest name the article gives the document ``token`` names: a story says "the
    rail safety bill" once and "the bill" after (or before)."""
    best = name
    for other in tokens_with(doc, {token.lower_}):
        if other.lower_ != token.lower_ or other.pos_ != "NOUN" or other.i == token.i:
            continue
        if any(t.lower_ in _OTHER for t in other.lefts) or other.dep_ == "compound":
            continue
        found = _plan_mention(doc, other, "").name
        if len(found.split()) > len(best.split()) and found[:1].islower():
            best = found
    return best


#: Heads of a plan that someone makes: "a proposal by X", "the offer from X" ("a deal by
#: Friday" or "a bid by X for the presidency" name no plan of X).
_MADE_HEADS = {
    "plan", "proposal", "offer", "initiative", "blueprint", "roadmap", "counterproposal",
    "counteroffer", "framework", "decree",
}


#: Heads of a plan a nation's demonym says is its own: "an Egyptian proposal" (not "without
#: European agreement", or "a French deal" that may be a company's).
_NATIONAL_HEADS = {"proposal", "draft", "counterproposal", "initiative", "blueprint"}


def _made_by_named(token: Token) -> str | None:
    """Who the plan head ``token`` is said to be by or from, if named: "a proposal by Velka
    Motors to cut wages", "the offer from Tessellate Holdings"."""
    if token.lower_ not in _MADE_HEADS and not buying_bid(token):
        return None
    for prep in token.children:
        # "a $1.9 billion bid by Y": the parser may read "by" as a passive's agent
        if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"by", "from"}:
            continue
        for o in prep.children:
            if o.dep_ == "pobj" and (
                o.ent_type_ in _ACTOR_TYPES
                or o.pos_ == "PROPN" and o.ent_type_ not in {"DATE", "TIME"}
            ):
                return o.text
    return None


#: Verbs of writing a plan that a clause on it names the writer with: "the resolution,
#: drafted by X", "the plan that X unveiled", "the plan Washington put forward".
_WRITING = _AUTHORING - _LOOSE_AUTHORING | {
    "write", "author", "sponsor", "broker", "publish", "craft", "devise",
}


def _written_by_named(token: Token) -> bool:
    """Whether a clause on the plan head ``token`` says who named wrote it: "The resolution,
    drafted by the United States, was adopted", "the autonomy plan that Velmar first
    presented in 2007" (not "the plan, which was widely reported")."""
    for clause in token.children:
        if clause.dep_ not in {"acl", "relcl"}:
            continue
        writing = clause.lemma_ in _WRITING or any(
            (clause.lemma_, c.lower_) in {
                ("draw", "up"), ("put", "forward"), ("work", "out"), ("hammer", "out"),
            }
            for c in clause.children
        )
        if not writing:
            continue
        objects = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
        # the plan is what was written: no object of its own, or a relative pronoun for it
        if any(o.lower_ not in {"that", "which"} for o in objects):
            continue
        if _named_actor(clause) and not any(c.dep_ == "neg" for c in clause.children):
            return True
    return False


def _stance_on_a_plan_to_do(token: Token) -> Token | None:
    """The object of what a plan someone named takes a stance on would do: "age" of "the
    Varnish Party rejected the government's proposal to raise the retirement age" (not "has
    no plans to visit", "a plan to visit Lisvarn" no one takes a stance on)."""
    if token.lower_ not in {"plan", "proposal"} or token.pos_ != "NOUN" or not any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
            for c in token.children):
        return None
    if any(c.dep_ in {"compound", "amod", "nummod"} for c in token.children):
        return None  # "the latest U.S. proposal to end the war": named by its words before
    clause = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VB"
                   and c.i == token.i + 2 and token.doc[token.i + 1].lower_ == "to"), None)
    if clause is None or clause.lemma_ in {"end", "stop", "halt"} or not _stance_taken(
            token, people=True):
        return None  # "a proposal to end the war" is the peace plan of its story
    return next((o for o in clause.children if o.dep_ == "dobj"), None)


#: Heads of a text a clause may name by what it would do.
_ACTING_HEADS = {"bill", "plan", "proposal", "deal", "resolution"}


def _would_do(token: Token) -> bool:
    """ "a seven-week stopgap bill that would keep the government open": a text named by
    what it would do is one text (not "any deal that would", "a bill that would not")."""
    return (
        token.lower_ in _ACTING_HEADS
        and any(c.lower_ in {"a", "an", "the"} for c in token.children)
        and any(
            clause.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in clause.children)
            and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in clause.children)
            and not any(c.dep_ == "neg" for c in clause.children)
            for clause in token.children
        )
    )


def _decided(token: Token) -> bool:
    """ "The United States vetoed a Security Council resolution", "a resolution was vetoed
    by X": a resolution someone named vetoed is one text put to a vote, however it is
    introduced (not "would veto any resolution", "may veto a resolution"; "adopted a
    resolution" says nothing of which)."""
    verb = token.head
    if token.lower_ != "resolution" or verb.lemma_ != "veto":
        return False
    named = (token.dep_ == "dobj" and _named_actor(verb)
             or token.dep_ == "nsubjpass" and _made_by(verb))
    return (
        named
        and status_of(verb) == "asserted"
        and not any(c.dep_ == "neg" for c in verb.children)
        and not any(c.lower_ in {"any", "no"} for c in token.children)
    )


def _one_maker_each(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The plans named only by who made them, where each word names one maker's plan: "a
    proposal by Uganda ... a proposal from Kenya" are two plans the one name "proposal"
    would join, so neither is named."""
    makers: dict[str, set[str]] = {}
    for token in tokens_with(doc, _MADE_HEADS):
        maker = _made_by_named(token)
        if maker is not None:
            makers.setdefault(token.lower_, set()).add(maker)
    shared = {word for word, found in makers.items() if len(found) > 1}
    return [m for m in mentions if m.name.lower() not in shared]


def is_plan_head(token: Token) -> bool:
    if token.text == "Law" and _surname_law(token):
        return False  # "Dorian Law", "Ivo Law": a man
    if token.text in _LAW_HEADS:
        return token.pos_ == "PROPN" and (any(
            c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper() for c in token.lefts
        ) or token.i > 0 and _title_word(token.doc[token.i - 1]) and (
            token.doc[token.i - 1].head.i != token.i) and token.ent_type_ != "PERSON"
            and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title))
        # a title the parser broke up ("Governor Bill Haslam" is a man)
    if token.text in {"bill", "budget"}:  # "the farm bill", "the 2026 budget": with an owner
        return token.pos_ == "NOUN"
    if token.text in {"Accords", "Agreements"}:  # "the Abraham Accords": one set of treaties
        return token.pos_ == "PROPN" and any(
            c.dep_ in {"compound", "amod", "nmod"} and c.is_title for c in token.lefts
        )
    if token.lower_ in _POINTED_TEXTS and token.pos_ == "NOUN":
        return _of_points(token)  # "the 28-point document"
    return token.lower_ in _ANY_PLAN_HEADS and token.pos_ in {"NOUN", "PROPN"}


def _surname_law(token: Token) -> bool:
    """ "Dorian Law": "Law" after a given name, or in a person's name, is a surname."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.ent_type_ == "PERSON" or before is not None and (
        is_given_name(before.text) or before.ent_type_ == "PERSON")


#: Benefits a law pays, which news names by the law: "the Harbour Housing Act subsidies".
_BENEFITS = {"subsidies", "credits", "benefits"}


def _benefits_of_a_law(token: Token) -> bool:
    """ "extending the enhanced Harbour Care Act subsidies": the benefits a law named by its
    title pays are one policy news takes stances on ("housing subsidies" name none)."""
    return token.lower_ in _BENEFITS and token.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.i == token.i - 1 and c.text in _LAW_HEADS and is_plan_head(c)
        for c in token.children
    )


#: Words for a text that its number of points makes a plan: "the 28-point document".
_POINTED_TEXTS = {"document", "draft", "text", "list", "programme", "program", "agenda"}


def _of_points(token: Token) -> bool:
    """ "the 28-point US document", "a 20-point draft": a text of so many points."""
    words = [t.lower_ for t in _modifiers(token)]
    return "point" in words and any(w.isdigit() for w in words)


_ANY_PLAN_HEADS = PLAN_HEADS | COMMON_PLAN_HEADS
#: Texts that are plans once someone named signs them: "signed a joint declaration".
_SIGNED_TEXTS = {"declaration", "communique", "communiqué", "memorandum", "protocol", "pact"}
#: Words that name a signed text only as "... of intent": "a letter of intent", "a statement
#: of intent" (not "a letter to voters", "a statement on Friday").
_INTENT_TEXTS = {"letter", "statement"}
#: Heads of a deal that a passive "agreed" introduces: "a new prisoner swap had been agreed
#: with X", "the free trade deal agreed by Y".
_AGREED_HEADS = {"swap", "exchange", "deal", "agreement", "truce", "pact", "accord"}
#: Bodies a plan would set up, a plan only where who proposed them is said: "a reassurance
#: force proposed by X and Y" (not "the police force", "the force deployed by Y").
_PROPOSED_BODIES = {"force", "mission"}
#: Verbs that make a measure someone's: "agreed a bailout package", "the tariff increase
#: announced by X", "the swap brokered by Y".
_MAKING_MEASURES = {"agree", "announce", "approve", "unveil", "propose", "sign", "seal",
                    "clinch", "broker", "reach", "adopt", "draft", "present", "table",
                    "submit", "mediate", "negotiate", "facilitate"}
#: Words that count measures of a kind: several of them are no one measure.
_HOW_MANY = {"several", "many", "multiple", "numerous", "some", "few", "previous", "past",
             "earlier", "recent", "two", "three", "dozens", "scores"}
#: Verbs that put forward a body a plan would set up.
_PROPOSING_BODIES = {"propose", "draft", "unveil", "present", "table", "submit"}
#: Words that measure a measure: "a 25-basis-point cut", "a half-point cut".
_SIZES = {"point", "basis", "percent", "per", "cent", "percentage"}
#: Every word a plan or document :func:`find_plans` names may be headed by, lower-cased.
_HEAD_WORDS = (_ANY_PLAN_HEADS | _POINTED_TEXTS | _STANCE_DOCUMENTS
               | {w.lower() for w in _TITLE_HEADS}
               | {"law", "bill", "budget", "draft", "text", "version"} | _REPLIES
               | _SIGNED_TEXTS | _INTENT_TEXTS | _AGREED_HEADS
               | {"package", "takeover", "acquisition", "merger"} | MEASURES | _PROPOSED_BODIES
               | {f"{w}s" for w in MEASURES} | {"levies", "opinion", "solution"}
               | _BENEFITS)


def _of_what(token: Token) -> Token | None:
    """The word after "of" that says what a text is: "understanding" of "a memorandum of
    understanding", "cooperation" of "a memorandum of cooperation" (not "of the summit")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i == token.i + 2 and pobj.pos_ in {"NOUN", "PROPN"}:
                    return pobj
    return None


#: Words that say a takeover is still an offer: "its proposed takeover of X".
_PENDING = {"proposed", "planned", "hostile", "attempted", "mooted"}


def _proposed_takeover(doc: Doc, token: Token, article_id: str) -> Mention | None:
    """ "Takeda's planned $62bn takeover of Shire", "the proposed acquisition of Tessa": a
    takeover still offered, of a company named, is one deal, named "takeover of Tessa"
    (not "the takeover of the city", "a wave of takeovers", "the takeover of X in 2019").
    A merger of two companies named is one deal too once it is pending or someone named
    takes a stance on it: "the proposed merger between Velka Motors and Tessa Foods", "the
    union opposed the merger of X and Y", named "merger of Velka Motors and Tessa Foods"."""
    if token.lower_ not in {"takeover", "acquisition", "merger"} or token.pos_ != "NOUN":
        return None
    mods = _modifiers(token)
    pending = any(t.lower_ in _PENDING for t in mods) or any(
        t.text in CURRENCY_SIGNS for t in mods)
    merger = token.lower_ == "merger"
    if merger and not pending:
        pending = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) and (
            _stance_taken(token, people=True))
    if not pending:
        return None
    joins = {"of", "between"} if merger else {"of"}
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in joins and prep.i == token.i + 1:
            target = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if target is None or not _company(target):
                return None
            if merger:  # "the merger of X and Y": both companies, or none named
                pair = doc[target.left_edge.i : target.right_edge.i + 1]
                if [t.lower_ for t in pair].count("and") != 1 or not all(
                        _company(t) or t.lower_ == "and" for t in pair):
                    return None
                name = f"{token.text} of {pair.text}"
            else:
                name = f"{token.text} of {_company_name(doc, target)}"
            span = doc[token.i : token.i + 1]  # the company's own name stays its own
            return Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                           name=name, votes=(("Plan", 1.0),))
    return None


def _company(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in {"GPE", "LOC", "DATE"}


def _company_name(doc: Doc, token: Token) -> str:
    """A company's name: the proper nouns that end in ``token`` ("Tessa Foods")."""
    start = token.i
    while doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    return doc[start : token.i + 1].text


#: Adjectives that say what a deal is about, as a noun would: "the nuclear deal" is the
#: deal on a nuclear programme ("the final deal", "a good deal" say nothing of which).
_KIND_ADJECTIVES = {"nuclear", "bilateral", "trilateral", "military", "maritime", "territorial",
                    "fiscal", "commercial", "economic", "budgetary", "migratory"}


def _kind_named(token: Token) -> bool:
    """ "the prisoner swap", "the rate cut", "a 25-basis-point cut", "the $10bn package": a
    measure named by a kind word right before it or by its size ("the cut", "a big cut",
    "the second package" name no kind)."""
    mods = _modifiers(token)
    kind = any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and t.i == token.i - 1
        and t.lower_ not in _NOT_NAME | _OTHER
        or t.dep_ == "amod" and t.i == token.i - 1 and t.lower_ in _KIND_ADJECTIVES
        for t in mods
    )
    words = {w for t in mods for w in re.split(r"-", t.lower_)}
    sized = any(t.like_num for t in mods) and bool(words & _SIZES) or any(
        t.text in CURRENCY_SIGNS for t in mods) or bool({"quarter", "half"} & words and (
        "point" in words))
    return kind or sized


def _made_by(verb: Token, people: bool = True) -> bool:
    """Whether the participle ``verb`` ("announced by X", "agreed with Y", "brokered
    between X and Y") names who made what it says of."""
    for prep in verb.children:
        if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "with", "between"}:
            for o in prep.children:
                if o.dep_ == "pobj" and (
                    o.ent_type_ in _ACTOR_TYPES and (people or o.ent_type_ != "PERSON")
                    or o.pos_ == "PROPN" and o.ent_type_ not in {"DATE", "TIME"}
                ):
                    return True
    return False


def _measure(doc: Doc, token: Token, article_id: str) -> Mention | None:
    """A measure named by its kind (see :data:`MEASURES`) that the article says who agreed,
    announced or proposed ("Norland agreed a bailout package", "the tariff increase
    announced by Vessia", "a prisoner swap was agreed by X"), or that someone named takes
    a stance on ("the Kesto Party opposed the rate cut"); a body a plan would set up only
    where who proposed it is said ("a reassurance force proposed by X")."""
    body = token.lower_ in _PROPOSED_BODIES
    # "the tariff hikes announced by X": several of a kind, made together
    plural = token.tag_ == "NNS" and token.lemma_ in MEASURES
    if token.pos_ != "NOUN" or not (token.lower_ in MEASURES or body or plural):
        return None
    if any(c.lower_ in {"any", "no", "every", "each"} for c in token.lefts):
        return None
    if plural and any(c.lower_ in _HOW_MANY or c.like_num for c in token.lefts):
        return None  # "has mediated several prisoner swaps": swaps over the years, none named
    # "denounced the proposed EU force": a body proposed, not one that exists
    proposed = any(c.lower_ in _PENDING for c in token.lefts)
    if not (_kind_named(token) or body and proposed):
        return None
    verbs = _PROPOSING_BODIES if body else _MAKING_MEASURES
    # "the tariff increase announced by Vessia", "a reassurance force proposed by X and Y"
    made = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in verbs and _made_by(c)
        and not any(d.dep_ == "neg" for d in c.children)
        for c in token.children
    )
    # "Norland agreed a bailout package", "a prisoner swap was agreed by Vessia"
    verb = token.head
    # "the tariff hikes were announced by X": a set of measures, the one the article meant
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
                   for c in token.children)
    made = made or (definite or not plural) and (
        token.dep_ == "dobj" and verb.lemma_ in verbs and _named_actor(verb)
        or token.dep_ == "nsubjpass" and verb.lemma_ in verbs and _made_by(verb)
    ) and status_of(verb) == "asserted" and not any(c.dep_ == "neg" for c in verb.children)
    # "the Kesto Party opposed the rate cut": a stance on one measure
    taken = (proposed or not body) and not plural and definite and _stance_taken(token, people=True)
    if not (made or taken):
        return None
    return _plan_mention(doc, token, article_id)


#: Participles that say who agreed or signed a text: "the roadmap agreed by X and Y", "the
#: declaration signed by X", "the truce brokered between X and Y".
_AGREEING = {"agree", "broker", "negotiate", "reach", "seal", "conclude", "strike",
             "mediate", *SIGNING_VERBS}


def _agreed_by_named(token: Token) -> bool:
    """Whether a participle right after the text ``token`` names who agreed, signed or
    brokered it: "the roadmap agreed by X and Y", "the declaration of intent signed by X"
    (not "a deal struck between X and Y", which may be one feared or hoped for, nor "the
    deal not yet signed by Y")."""
    # "the declaration of intent signed by X": the participle may hang on "intent"
    text = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in text.children):
        return False
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _AGREEING and _made_by(c)
        and not any(d.dep_ == "neg" for d in c.children)
        for c in token.children
    )


#: Verbs of a court giving its opinion: "issued an advisory opinion".
_OPINING = {"issue", "deliver", "give", "hand", "render", "publish"}


def _advisory_opinion(token: Token) -> bool:
    """ "The court issued an advisory opinion", "Norland welcomed the advisory opinion": a
    court's advisory opinion, once who gave it or a stance on it is said (an "opinion" alone
    is anyone's view)."""
    if token.lower_ != "opinion" or token.pos_ != "NOUN" or not any(
            c.dep_ == "amod" and c.lower_ == "advisory" for c in token.children):
        return False
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_ in _OPINING and _named_actor(verb):
        return status_of(verb) == "asserted"
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
                   for c in token.children)
    return definite and _stance_taken(token, people=True)


def _of_intent(token: Token) -> bool:
    """ "a letter of intent", "a statement of intent": a text one signs."""
    what = _of_what(token)
    return what is not None and what.lower_ == "intent"


def _city_statement(token: Token) -> bool:
    """ "Rome signed the Berlin statement": a statement named for the city it was agreed in
    is a text one signs (not "a statement on Friday", "the Berlin police statement")."""
    place = token.nbor(-1) if token.i > 0 else None
    return (
        token.lower_ == "statement" and place is not None and place.dep_ == "compound"
        and place.head is token and place.ent_type_ == "GPE" and place.is_title
        and token.dep_ == "dobj" and token.head.lemma_ in SIGNING_VERBS
    )


def _agreed_deal(doc: Doc, token: Token, article_id: str) -> Mention | None:
    """ "a new prisoner swap had been agreed with Russia", "the free trade deal agreed by
    X with Y": a deal of a kind its modifiers name, that a passive "agreed" says someone
    named made, is one deal (not "a deal was agreed", "any swap agreed", "if a deal is
    agreed")."""
    if token.lower_ not in _AGREED_HEADS or token.pos_ != "NOUN":
        return None
    if token.dep_ == "nsubjpass" and token.head.lemma_ == "agree":
        verb = token.head
    else:
        verb = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_ == "agree" and c.i == token.i + 1), None)
    if verb is None or status_of(verb) != "asserted" or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return None
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    if dets & {"any", "no"} or "a" in dets and token.dep_ != "nsubjpass":
        return None
    kind = [c for c in token.children if c.dep_ in {"compound", "amod"} and c.i == token.i - 1
            and c.pos_ in {"NOUN", "ADJ"} and c.lower_ not in _NOT_NAME]
    parties = [o for c in verb.children if c.dep_ in {"agent", "prep"}
               and c.lower_ in {"by", "with", "between"} for o in c.children
               if o.dep_ == "pobj" and (o.ent_type_ in _ACTOR_TYPES or o.pos_ == "PROPN")]
    if not kind or not parties:
        return None
    return _plan_mention(doc, token, article_id)


def _signed_text(token: Token, what: Token | None) -> bool:
    """ "X and Y signed a preliminary ceasefire agreement", "signed a joint declaration",
    "Z rejected a new peace plan": a text introduced by someone named signing it, or by a
    stance on it that says what it is about, is one text however it is introduced (not
    "refused to sign a deal" or "would sign a treaty": no text signed). ``what`` is the
    text's :func:`_of_what`."""
    verb = token.head
    if token.dep_ != "dobj" or token.pos_ not in {"NOUN", "PROPN"} or not _named_actor(verb):
        return False
    if token.pos_ == "PROPN" and token.lower_ not in _SIGNED_TEXTS | _INTENT_TEXTS:
        return False  # a plan's own title is read as a title
    described = [c for c in token.lefts if c.dep_ in {"amod", "compound"}]
    if what is not None:  # "a memorandum of understanding"
        described.append(what)
    words = {t.lower_ for c in described for t in c.subtree}
    topical = bool(words & _TOPICS) or {"cease", "fire"} <= words  # "a cease-fire deal"
    if verb.lemma_ in SIGNING_VERBS:
        # "signed a three-year deal", "a record deal": a contract, unless a peace deal
        fits = token.lower_ in PLAN_HEADS | _SIGNED_TEXTS | _INTENT_TEXTS and any(
            c.lower_ not in _NOT_NAME for c in described
        ) and (token.lower_ != "deal" or topical)
    else:
        fits = token.lower_ in PLAN_HEADS and _stance_verb(verb) and (
            topical or token.lower_ == "resolution" and _calling_for(token)
        )
    return fits and status_of(verb) == "asserted"


#: Nouns of signing a text: "witnessed the signing of a peace declaration".
_SIGNINGS = {"signing", "ratification"}


def _signed_by_its_parties(token: Token) -> bool:
    """ "The two leaders signed a Norland-Vessia partnership roadmap", "the signing of a peace
    declaration between Norland and Vessia": a text of a kind, signed, that names the parties
    it binds is one text, whoever is said to sign it (not "signed a deal", "signing a
    declaration", no parties named)."""
    if token.lower_ not in PLAN_HEADS | _SIGNED_TEXTS or token.pos_ != "NOUN":
        return False
    verb = token.head
    signed = (
        token.dep_ == "dobj" and verb.lemma_ in SIGNING_VERBS and status_of(verb) == "asserted"
        and not any(c.dep_ == "neg" for c in verb.children)
        or token.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in _SIGNINGS
    )
    kinds = [c for c in token.children if c.dep_ in {"amod", "compound"}
             and c.pos_ in {"NOUN", "ADJ"} and c.lower_ not in _NOT_NAME]
    return signed and bool(kinds) and (_pair_named(token) or _between_named(token))


def _pair_named(token: Token) -> bool:
    """ "a Norland-Vessia roadmap": two names joined by a hyphen before the text."""
    doc = token.doc
    return any(
        t.pos_ == "PROPN" and t.i + 2 < token.i and doc[t.i + 1].text in {"-", "–"}
        and doc[t.i + 2].pos_ == "PROPN"
        for t in _modifiers(token)
    )


def _between_named(token: Token) -> bool:
    """ "a peace declaration between Norland and Vessia"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "between"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in token.children
    )


#: Heads of a plan that may run to a year: "a partnership roadmap to 2030".
_TERM_HEADS = {"roadmap", "strategy", "plan", "programme", "program", "agenda"}


def _up_to_year(doc: Doc, token: Token) -> int | None:
    """The end of "to 2030" right after a plan head ("roadmap to 2030"), which names it."""
    i = token.i
    if token.lower_ in _TERM_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ == "to" and (
            re.fullmatch(r"(19|20)\d\d", doc[i + 2].text)):
        return i + 3
    return None


#: What a resolution does, in the participle that follows it: "a resolution calling on X".
_RESOLVING = {
    "call", "demand", "condemn", "urge", "extend", "authorize", "authorise", "renew", "impose",
    "establish", "endorse", "welcome", "reaffirm", "request",
}


def _calling_for(token: Token) -> bool:
    """ "adopted a resolution calling upon Israel to withdraw", "a resolution demanding a
    ceasefire": a resolution named by what it does, right after it."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1 and c.lemma_ in _RESOLVING
        for c in token.children
    )


def is_named_law(mention: Mention) -> bool:
    """A law or treaty named by its title ("Clean Rivers Act"), a resolution by its number
    ("Resolution 2801") or a signed text by what it is of ("Memorandum of Understanding"): a
    plan, not an organisation."""
    words = mention.name.split()
    return mention.type == "Plan" and len(words) > 1 and (
        bill_key(mention.name) is not None  # "House Bill 2103", "SB 1777"
        or ordinal_package(mention.name)  # "the 19th sanctions package"
        or words[-1] in _TITLE_HEADS | {"bill"}
        or words[0] == "Resolution" and words[1].isdigit()
        or words[0].lower() in _SIGNED_TEXTS and words[0].istitle() and words[1].lower() == "of"
        # "the Letter of Intent", which the name finder may take for a body
        or words[0].lower() in _INTENT_TEXTS and words[0].istitle()
        and [w.lower() for w in words[1:3]] == ["of", "intent"]
    )


#: Heads of a plan a sum names: "the $5 billion deal", "a €2 billion offer".
_PRICED_HEADS = {"deal", "agreement", "offer", "bid", "package"}


def _numbered_resolution(doc: Doc, token: Token) -> bool:
    """ "Resolution 2801": a council's resolution named by its number."""
    return (
        token.text == "Resolution"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text.isdigit()
    )


def _modifiers(head: Token) -> list[Token]:
    """Tokens left of ``head`` that modify it, down to their own modifiers."""
    mods: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _MODIFIER_DEPS or child.dep_ == "punct" and child.text == "-":
            mods.extend(t for t in child.subtree if t.i < head.i)
    return sorted(set(mods), key=lambda t: t.i)


def _agent_before_hyphen(doc: Doc, i: int, head: int) -> bool:
    """ "US" in "the US-backed peace plan" names who backed it, not the plan."""
    return i + 2 < head and doc[i + 1].text in {"-", "–"} and doc[i + 2].tag_ == "VBN"


def find_plans(doc: Doc, article_id: str) -> list[Mention]:
    """Specific plans: with a number of points, a topic (peace, ceasefire), an owner or "draft".

    A bare "the plan" or "a deal" is not a name: it refers back to a plan
    named earlier (see coreference) or to no plan in particular. A document
    word ("the decree", "the guidelines") names a document when someone named
    wrote it or takes a stance on it and no document of its kind was named
    before; it is named as fully as the article names it anywhere.
    """
    mentions: list[Mention] = []
    numbered = _numbered_bills(doc, article_id)
    # a document word is read as far as the whole article goes
    for token in tokens_with(doc, _HEAD_WORDS):
        if token.lower_ == "package":
            if (package := _ordinal_package(doc, token, article_id)) is not None:
                mentions.append(package)
            elif (measure := _measure(doc, token, article_id)) is not None:
                mentions.append(measure)  # "agreed a bailout package"
            continue
        if _topic_of_plan(token):  # "a proposal for a ceasefire": the proposal is the plan
            continue
        if _benefits_of_a_law(token):  # "the Harbour Housing Act subsidies"
            mention = _plan_mention(doc, token, article_id)
            mentions.append(replace(mention, name=re.sub(r"\s*-\s*", "-", doc[
                min(t.i for t in _modifiers(token) if t.dep_ not in {"det", "poss", "case"})
                : token.i + 1].text)))
            continue
        if token.dep_ == "compound" and _benefits_of_a_law(token.head):
            continue  # the law is named in its benefits' name
        if (solution := _state_solution(doc, token, article_id)) is not None:
            mentions.append(solution)  # "the two-state solution"
            continue
        if _established_document(token) and not _named_before(mentions, token):
            mention = _plan_mention(doc, token, article_id)
            does = _what_it_does(token) if _proposed_law(token) else None
            if does is not None:  # "law requiring arbitration": named by what it does
                span = doc[token.i : does.i + 1]
                mention = replace(mention, end=span.end_char, text=span.text, name=span.text)
                mentions.append(mention)
                continue
            mentions.append(replace(mention, name=_fullest_name(doc, token, mention.name)))
            continue
        if _numbered_resolution(doc, token):  # "Resolution 2801"
            mentions.append(_plan_mention(doc, token, article_id, end=token.i + 2))
            continue
        if _own_reply_delivered(token):  # "handed the envoys its written response"
            described = [c.i for c in token.lefts if c.dep_ in {"amod", "compound"}]
            span = doc[min(described, default=token.i) : token.i + 1]  # "written response"
            mentions.append(Mention(article_id, span.start_char, span.end_char, span.text,
                                    "Plan", name=span.text, votes=(("Plan", 1.0),)))
            continue
        if _rival_text(token):  # "circulated a rival draft": a plan of its own
            mentions.append(_plan_mention(doc, token, article_id))
            continue
        if (takeover := _proposed_takeover(doc, token, article_id)) is not None:
            mentions.append(takeover)  # "its planned $62bn takeover of Tessa"
            continue
        if token.lower_ in _INTENT_TEXTS and not (_of_intent(token) or _city_statement(token)):
            continue
        if (agreed := _agreed_deal(doc, token, article_id)) is not None:
            mentions.append(agreed)  # "a prisoner swap had been agreed with X"
            continue
        if (measure := _measure(doc, token, article_id)) is not None:
            mentions.append(measure)  # "the tariff increase announced by X"
            continue
        if _advisory_opinion(token):  # "the court issued an advisory opinion"
            mentions.append(_plan_mention(doc, token, article_id))
            continue
        if token.lower_ in _SIGNED_TEXTS | _INTENT_TEXTS:
            what = _of_what(token)  # "a memorandum of understanding" ends with its "of" word
            if what is not None and token.is_title and what.is_title and not token.is_sent_start:
                # "the signing of a Memorandum of Intent": a signed text's own title
                mentions.append(_plan_mention(doc, token, article_id, end=what.i + 1))
                continue
            if _signed_text(token, what) or _agreed_by_named(token) or (
                    what is not None and _agreed_by_named(what)) or _signed_by_its_parties(token):
                # "signed a joint declaration", "the declaration of intent signed by X"
                end = what.i + 1 if what is not None else None
                mentions.append(_plan_mention(doc, token, article_id, end=end))
            continue
        if not is_plan_head(token) or token.lower_ == "ceasefire" and token.dep_ == "compound":
            continue
        if token.dep_ == "compound" and token.head.lower_ in PLAN_HEADS:
            continue  # "peace deal framework": the outer head wins
        if token.dep_ == "compound" and token.is_title and token.head.is_title and (
                token.head.lower_ in ORG_HEADS):
            continue  # "the North Atlantic Treaty Organization": a body's name, no plan
        mods = _modifiers(token)
        words = {t.lower_ for t in mods}
        # "a proposal for a ceasefire": the plan is named by what it is for
        topic = _plan_topic(token)
        if topic is not None:
            words |= {t.lower_ for t in topic.subtree if t.i <= topic.i}
        has_number = any(re.fullmatch(r"\d+", t.text) for t in mods) and "point" in words
        # "the $5 billion deal": a sum names one deal
        has_number = has_number or token.lower_ in _PRICED_HEADS and any(
            t.text in CURRENCY_SIGNS for t in mods
        )
        # "the 2026 budget": a year names one budget
        has_number = has_number or token.lower_ == "budget" and any(
            re.fullmatch(r"(19|20)\d\d", t.text) for t in mods
        )
        owner = [t for t in mods if t.dep_ in {"poss", "compound", "nmod"} and t.pos_ == "PROPN"]
        # "the Egyptian proposal": a country's own plan ("without European agreement" is none)
        definite = any(t.lower_ in {"the", "this", "that"} for t in token.lefts)
        owner += [t for t in mods if t.i == token.i - 1 and t.text in DEMONYMS and definite]
        # "the company's restructuring plan": a body's own plan of a kind
        owner += _body_owner(token)
        indefinite = any(t.lower_ in {"a", "an", "any", "another"} for t in token.lefts)
        # "rejecting an Ethiopian proposal": a stance taken on one country's proposal
        national = (
            indefinite
            and token.lower_ in _NATIONAL_HEADS
            and token.dep_ == "dobj"
            and _stance_verb(token.head)
            and any(t.i == token.i - 1 and t.text in DEMONYMS and country_of(t.text) for t in mods)
        )
        # "a proposal to end the war" introduces a plan as surely as "the peace plan"
        ends_war = any(
            c.dep_ == "acl" and c.lemma_ in {"end", "stop", "halt"} for c in token.children
        )
        # a plan introduced as what someone drafted: "drafted a counterproposal"
        put_forward = token.head.lemma_ == "put" and any(
            c.lower_ == "forward" for c in token.head.children
        )
        introduced = token.dep_ == "dobj" and (token.head.lemma_ in _AUTHORING or put_forward)
        if introduced and token.head.lemma_ in _LOOSE_AUTHORING:
            # "made a pay offer" introduces a plan; "made an offer" may be for anything
            introduced = any(t.dep_ in {"compound", "amod"} and t.lower_ not in _NOT_NAME
                             for t in mods)
        # "a proposal by Velka Motors", "the offer from Tessellate": who made it is named
        introduced = introduced or _made_by_named(token) is not None
        # "the resolution, drafted by X", "the plan that X unveiled": who wrote it is named
        # (not in a quotation: '"a bill written by Senate rivals"' is a jibe, no new text)
        introduced = introduced or (
            _written_by_named(token) and token.i not in quoted_tokens(doc)  # seldom asked
        )
        # "X and Y signed a preliminary ceasefire agreement": the one they signed
        introduced = introduced or _signed_text(token, _of_what(token))
        # "the two leaders signed a Norland-Vessia roadmap": the parties it binds are named
        introduced = introduced or _signed_by_its_parties(token)
        # "approved a proposal for a ceasefire put forward by Z": what it is for says which
        introduced = introduced or topic is not None and (
            _written_by_named(topic)
            or token.dep_ == "dobj" and _stance_verb(token.head) and _named_actor(token.head)
            and status_of(token.head) == "asserted"
        )
        # "the autonomy plan was first put forward by Velmar": who wrote it is named
        introduced = introduced or _passive_authored(token)
        # "the roadmap agreed by X and Y", "the truce brokered between X and Y"
        introduced = introduced or _agreed_by_named(token)
        # "a stopgap bill that would keep the government open": named by what it would do
        introduced = introduced or _would_do(token)
        # "rejected the government's proposal to raise the retirement age"
        introduced = introduced or _stance_on_a_plan_to_do(token) is not None
        # "the United States vetoed a Security Council resolution": the one text voted on
        introduced = introduced or _decided(token)
        # "a US-drafted resolution", "a Qatar-brokered deal": who wrote it is named before it
        introduced = introduced or _hyphen_authored(doc, token)
        # "the parties agreed on a coalition deal": the deal they made
        introduced = introduced or (
            token.dep_ == "pobj" and token.head.lower_ in {"on", "to"}
            and token.head.head.lemma_ == "agree"
        )
        # "the tariff truce": a truce is about what its compound names
        # "the tariff truce", "the takeover bid", "the pay offer", "the emergency decree"
        subject_named = token.lower_ in COMMON_PLAN_HEADS - {"formula"} and any(
            t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"} and t.i == token.i - 1
            and t.lower_ not in _NOT_NAME
            for t in mods
        )
        if token.lower_ in COMMON_PLAN_HEADS and not (introduced or subject_named):
            continue
        specific = (
            subject_named
            or has_number
            or (words & _TOPICS)
            or (owner and not indefinite)
            or "draft" in words
            or ends_war
            or introduced
            or token.lower_ in COUNTER_PLANS
            or _countering(doc, token)
            or national
        )
        # "a draft resolution" is a specific text even when introduced indefinitely
        drafted = "draft" in words and token.lower_ == "resolution"
        # "signed a Strategic Defense Agreement": a treaty's own title, however introduced
        drafted = drafted or _titled(token, mods)
        # "the Homes for Veterans in Need Act": a title the parser broke up
        drafted = drafted or (token.text in _LAW_HEADS and not mods and is_plan_head(token))
        specific = specific or drafted
        if not (specific or national) or (
            indefinite and not (has_number or ends_war or introduced or drafted or national)
        ):
            continue
        if (thing := _planned_thing(token)) is not None:
            # "the Commission's plan for a reparations loan": the plan is the loan
            mention = _plan_mention(doc, token, article_id, end=thing.i + 1)
            first = min(c.i for c in thing.children if c.dep_ in {"compound", "amod"})
            mentions.append(replace(mention, name=doc[first : thing.i + 1].text))
            continue
        if topic is not None and not any(t.dep_ in {"compound", "amod", "nummod"} for t in mods):
            # "a proposal for a ceasefire" (but "the Egyptian proposal" for one)
            mentions.append(_plan_mention(doc, token, article_id, end=topic.i + 1))
            continue
        if _countering(doc, token):  # "a counter-proposal": the parser splits the word
            mentions.append(_plan_mention(doc, doc[token.i - 2], article_id, end=token.i + 1))
            continue
        if (does := _stance_on_a_plan_to_do(token)) is not None:
            # "the government's proposal to raise the retirement age": named by what it does
            mention = _plan_mention(doc, token, article_id, end=does.i + 1)
            span = doc[token.i : does.i + 1]
            mentions.append(replace(mention, name=span.text))
            continue
        mentions.append(_plan_mention(doc, token, article_id, end=_up_to_year(doc, token)))
    mentions += [m for m in _quoted_schemes(doc, article_id) if not _overlaps(m, mentions)]
    mentions += [m for m in _quoted_policies(doc, article_id) if not _overlaps(m, mentions)]
    # "Utah House Bill 192": the bill's number is its name ("House Bill" alone is none)
    mentions = [m for m in mentions if not _overlaps(m, numbered)] + numbered
    mentions = [m for m in mentions if not _agreed_on_plan(doc, m, mentions)]
    return _one_maker_each(doc, sorted(mentions, key=lambda m: (m.start, m.end)))


#: Heads of a plan a body owns and names by its kind: "the company's restructuring plan".
_KIND_PLANS = {"plan", "proposal", "programme", "program", "budget"}


def _body_owner(token: Token) -> list[Token]:
    """The owner of "the company's restructuring plan", "the ministry's recovery programme":
    a body named by a common noun, owning a plan its kind word names ("the man's plan" or
    "the company's plan" alone name none)."""
    if token.lower_ not in _KIND_PLANS or token.pos_ != "NOUN":
        return []
    owners = [
        c for c in token.children
        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ not in _PEOPLE
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
    ]
    kind = any(
        c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and c.i == token.i - 1
        and c.lower_ not in _NOT_NAME
        for c in token.children
    )
    return owners if kind else []


#: Common nouns for people, whose plans are their own business: "the man's plan".
_PEOPLE = {"man", "woman", "boy", "girl", "child", "father", "mother", "family", "couple",
           "victim", "player", "student", "author", "writer", "patient"}


def _plan_topic(token: Token) -> Token | None:
    """The plan another plan is for: "ceasefire" of "a proposal for a ceasefire"."""
    if token.lower_ not in _OUTER_PLANS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "on"} and prep.i == token.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _topic_of_plan(obj) and obj.lower_ in {
                    "ceasefire", "truce", "settlement",
                }:
                    return obj
    return None


def _passive_authored(token: Token) -> bool:
    """ "The autonomy plan was first put forward by Velmar", "the bill was drafted by the
    ministry": a plan whose writer a passive names (not "was welcomed by")."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    writing = verb.lemma_ in _WRITING - {"issue"} or any(
        (verb.lemma_, c.lower_) in {("put", "forward"), ("draw", "up"), ("work", "out")}
        for c in verb.children
    )
    return (
        writing
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        and any(c.dep_ in {"compound", "amod"} and c.lower_ not in _NOT_NAME
                for c in token.children)
        and _named_actor(verb)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _numbered_bills(doc: Doc, article_id: str) -> list[Mention]:
    """Bills named by chamber and number: "House Bill 2103", "SB 1777", "Senate File 133"."""
    found: list[Mention] = []
    for match in NUMBERED_BILL.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.text != match.group():
            continue
        name = re.sub(r"\s+", " ", match.group())
        found.append(Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                             name=name, votes=(("Plan", 1.0),)))
    return found


_ORDINAL_NAME = re.compile(r"(\d{1,3}(?:st|nd|rd|th)|[a-z]+) (?:[a-z]+ )?package")


def ordinal_package(name: str) -> bool:
    """ "19th sanctions package", "eighth package of sanctions": a package named by its
    place in a series."""
    found = _ORDINAL_NAME.fullmatch(name.lower())
    return found is not None and ordinal_number(found.group(1)) is not None


def _ordinal_package(doc: Doc, token: Token, article_id: str) -> Mention | None:
    """ "a 9th package of sanctions", "the 19th sanctions package", "the second aid package":
    a package of measures named by its place in a series is one text ("a package" alone, or
    "a package of 20 measures", is none)."""
    if token.pos_ != "NOUN" or token.text != "package":
        return None
    # "the 8th sanctions package": the parser may hang the ordinal on "sanctions"
    near = [token, *(c for c in token.lefts if c.dep_ == "compound")]
    ordinal = next((c for t in near for c in t.lefts if c.dep_ in {"amod", "nummod"}
                    and ordinal_number(c.text) is not None), None)
    if ordinal is None:
        return None
    if any(c.lower_ in {"a", "an"} for c in token.lefts) and _in_the_making(token):
        return None  # "a 20th package was being prepared": none yet
    between = doc[ordinal.i + 1 : token.i]
    if len(between) > 1 or any(t.pos_ != "NOUN" for t in between):
        return None  # "the 19th sanctions package"; not "the first big package"
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not between and not of and not any(t.lower_.startswith("sanction") for t in token.doc):
        return None  # "the second package arrived": a parcel
    name = doc[ordinal.i : token.i + 1].text  # "the 9th package" (of sanctions)
    end = token.i + 1
    if of and of[0].i == end and any(c.dep_ == "pobj" and c.i == end + 1 for c in of[0].children):
        end += 2  # the mention spans "package of sanctions"; the name is "9th package"
    span = doc[ordinal.i : end]
    return Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                   name=name, votes=(("Plan", 1.0),))


def _in_the_making(token: Token) -> bool:
    """ "a 20th package was being prepared", "working on a 19th package": a text not yet
    written."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return verb.tag_ == "VBG" or verb.lemma_ in {"prepare", "draft", "plan", "consider"} or any(
        c.lower_ == "being" for c in verb.children
    )


#: Plans that are the topic of another plan: "a proposal for a ceasefire".
_OUTER_PLANS = {"proposal", "plan", "offer", "initiative", "blueprint", "roadmap", "framework"}


def _topic_of_plan(token: Token) -> bool:
    """ "a proposal for a ceasefire", "a plan for a truce": the ceasefire is what the proposal
    is for; the proposal is the text."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"for", "on"}
        and token.head.head.lower_ in _OUTER_PLANS
        and token.head.head.pos_ == "NOUN"
    )


def _agreed_on_plan(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """ "reached an agreement on the eighth package", "the States' agreement on the budget":
    an agreement on a text is consent to it, not a text of its own."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[-1].lower_ not in {"agreement", "deal"} or len(span) > 2:
        return False
    head = span[-1]
    # "the agreement on the package", "the States' agreement today on the package"
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [t for t in doc[head.i + 1 : head.i + 3] if t.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in {"on", "over"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(
                    m.start <= obj.idx < m.end for m in mentions if m is not mention
                ):
                    return True
    return False


def _overlaps(mention: Mention, mentions: list[Mention]) -> bool:
    return any(m.start < mention.end and mention.start < m.end for m in mentions)


#: Verbs of a stance that may be taken on things too: "stopped the 'black car'".
_CONCRETE_STANCES = {"stop", "block", "clear", "pass"}
#: Nouns for how talks go, which quoted words welcomed or regretted name no scheme with:
#: 'welcomed "good progress"', 'hailed "positive steps"', 'praised the "constructive talks"'.
_NO_SCHEMES = {"progress", "step", "steps", "results", "momentum", "process", "talks",
               "developments", "outcome", "efforts", "signal", "signals", "headway"}
#: Longest name, in words, a scheme put in quotation marks is read as: "a 'reparations loan'".
_SCHEME_WORDS = 5


def _quoted_scheme(doc: Doc, quote: Token) -> Span | None:
    """A scheme named in quotation marks that someone named takes a stance on or put
    forward: 'had championed a "reparations loan"', 'rejected the "peace tax"', 'backed the
    creation of a "multinational force Ukraine"' (a quotation of words said is no scheme)."""
    end = min(quote.i + _SCHEME_WORDS + 2, quote.sent.end)
    closing = next((t for t in doc_tokens(doc)[quote.i + 1 : end] if t.is_quote), None)
    if closing is None or closing.i - quote.i < 2:
        return None
    words = doc[quote.i + 1 : closing.i]
    root = words.root
    # the name is lower-case up to its last common noun; a name after it is a name of its
    # own ("force Ukraine": the force, and Ukraine)
    last = max((t.i for t in words if t.is_lower), default=-1)
    if not (
        words[0].is_lower
        and doc[last].pos_ in {"NOUN", "PROPN"}  # the tagger may take a quoted word for a name
        and all(t.is_lower or t.like_num or t.text == "-" for t in doc[words.start : last])
        # a noun phrase, not words said ("every effort towards peace")
        and all(t.pos_ in {"NOUN", "ADJ", "PROPN", "NUM"} or t.text == "-" for t in words)
        and all(t.is_title for t in doc[last + 1 : words.end])
        and doc[last].lower_ not in _NO_SCHEMES  # 'welcomed "good progress"'
        and root.head.lemma_ not in _CONCRETE_STANCES | _LOOSE_AUTHORING  # "decisions made"
        # the quotation is the whole name: before it only "a", "the", "its" ("a 'loan'")
        and all(c.dep_ in {"det", "poss", "punct"} for c in root.lefts if c.i < quote.i)
        and not _part_of_a_text_after(doc, closing)
    ):
        return None
    taken = root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _MAKING:
        taken = root.head.head  # "backed the creation of a 'force'"
    return doc[words.start : last + 1] if _stance_taken(taken, people=True) else None


def _part_of_a_text_after(doc: Doc, closing: Token) -> bool:
    """Whether quoted words name a part of a thing written right after them: 'agreed to the
    "key terms" of a peace agreement', 'the "core principles" of the plan' (the stance is on
    the agreement; "of 140 billion euros" names no thing)."""
    k = closing.i + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return False
    return any(
        c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}
        and any(d.dep_ in {"det", "poss"} for d in c.children)  # "of the plan", "of its deal"
        and not any(d.dep_ == "nummod" for d in c.children)
        for c in doc[k].children
    )


#: Nouns of making a scheme real, a stance on which is one on the scheme.
_MAKING = {"creation", "establishment", "deployment", "introduction", "launch", "adoption"}


def _quoted_schemes(doc: Doc, article_id: str) -> list[Mention]:
    """Schemes named in quotation marks (see :func:`_quoted_scheme`), and every later mention
    of the same words without them ("backed the reparations loan")."""
    found: list[Mention] = []
    for quote in tokens_with(doc, {'"', "“"}):
        first = _quoted_scheme(doc, quote) if quote.text in {'"', "“"} else None
        if first is None:
            continue
        words = [t.lower_ for t in first]
        for other in tokens_with(doc, {words[-1]}):
            start = other.i - len(words) + 1
            if start < 0 or [t.lower_ for t in doc[start : other.i + 1]] != words:
                continue
            span = doc[start : other.i + 1]
            found.append(Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                                 name=first.text, votes=(("Plan", 1.0),)))
    return found


#: Heads of a policy news names by quoting its slogan: 'his "maximum pressure" policy'.
_POLICY_HEADS = {"policy", "policies", "campaign", "doctrine", "agenda"}
#: Longest slogan, in words, read as a policy's name.
_SLOGAN_WORDS = 4


def _quoted_policy(doc: Doc, quote: Token, article_id: str) -> Mention | None:
    """A policy named by a slogan in quotation marks right before its head word: 'restored
    his "maximum pressure" policy', 'the "zero-tolerance" campaign' (the name is the slogan;
    'a "very good" policy' or '"unfair" policies' are judgements, not names)."""
    tokens = doc_tokens(doc)
    end = min(quote.i + _SLOGAN_WORDS + 2, quote.sent.end)
    closing = next((t for t in tokens[quote.i + 1 : end] if t.is_quote), None)
    if closing is None or closing.i - quote.i < 3 or closing.i + 1 >= len(doc):
        return None  # one word alone ('a "fair" policy') is a judgement
    head = tokens[closing.i + 1]
    words = doc[quote.i + 1 : closing.i]
    if head.lower_ not in _POLICY_HEADS or head.pos_ != "NOUN" or not all(
        t.is_alpha or t.text == "-" for t in words
    ):
        return None
    # the slogan is all the head's modifiers: "his", "the", "a" before it, nothing between
    if any(t.head.i != head.i and t.head.i not in range(words.start, words.end) for t in words):
        return None
    if any(t.pos_ in {"ADV", "VERB", "PRON", "DET"} for t in words) or not any(
        t.pos_ in {"NOUN", "PROPN"} for t in words
    ):
        return None  # "very good", "unfair and cruel": a judgement, no thing named
    span = doc[quote.i : head.i + 1]
    return Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                   name=words.text, votes=(("Plan", 1.0),))


def _quoted_policies(doc: Doc, article_id: str) -> list[Mention]:
    """Policies named by a quoted slogan (see :func:`_quoted_policy`)."""
    found = []
    for quote in tokens_with(doc, {'"', "“"}):
        if quote.text in {'"', "“"} and (policy := _quoted_policy(doc, quote, article_id)):
            found.append(policy)
    return found


#: Numbers of states a settlement may set up: "the two-state solution".
_STATE_COUNTS = {"one", "two", "three", "1", "2", "3"}


def _state_solution(doc: Doc, token: Token, article_id: str) -> Mention | None:
    """ "the two-state solution", "a one-state solution": a settlement named by the states it
    would set up is one plan news takes stances on ("a solution to the dispute" is none)."""
    i = token.i
    if token.lower_ != "solution" or token.pos_ != "NOUN" or i < 3:
        return None
    if not (doc[i - 1].lower_ == "state" and doc[i - 2].text in {"-", "–"}
            and doc[i - 3].lower_ in _STATE_COUNTS):
        return None
    span = doc[i - 3 : i + 1]
    name = f"{doc[i - 3].lower_}-state solution"
    return Mention(article_id, span.start_char, span.end_char, span.text, "Plan",
                   name=name, votes=(("Plan", 1.0),))


#: Participles that name who wrote or backed a text before a hyphen: "a US-drafted text".
_NAMING_PARTICIPLES = {w for w, p in HYPHEN_PARTICIPLES.items() if p in {"authorOf", "supports"}}


def _own_reply_delivered(token: Token) -> bool:
    """ "Kyiv handed the envoys its written response", "sent their counter-offer": a text
    one side delivers as its own answer to another's."""
    verb = token.head
    return (
        token.lower_ in _REPLIES
        and token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and verb.lemma_ in DELIVERING
        and any(c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN")
                for c in token.children)
        and _named_actor(verb)
    )


def _titled(token: Token, mods: list[Token]) -> bool:
    """ "a Strategic Defense Agreement", "the Abraham Accords": a title of capitalised words
    ending in a treaty's head word."""
    return (
        token.text in _TITLE_HEADS
        and bool(mods)
        and all(t.is_title or t.dep_ in {"det", "punct"} or t.text == "-" for t in mods)
        and any(t.dep_ in {"compound", "amod", "nmod"} and t.is_title for t in mods)
    )


def _hyphen_authored(doc: Doc, token: Token) -> bool:
    """ "a US-drafted resolution", "the Qatar-brokered deal": a text introduced with who
    wrote or backed it, named before a hyphen (not "a much-discussed plan")."""
    for mod in token.children:
        if mod.dep_ != "amod" or mod.lower_ not in _NAMING_PARTICIPLES or mod.i < 2:
            continue
        agent = doc[mod.i - 2]
        if doc[mod.i - 1].text in {"-", "–"} and (
            agent.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or agent.text in DEMONYMS
        ):
            return True
    return False


#: Words that set a text up against another: "a rival draft", "a competing text".
_RIVAL = {"rival", "competing", "alternative"}
#: Texts a rival one may be: "circulated a rival draft", "tabled a competing text".
_RIVAL_TEXTS = {"draft", "text", "version"}


def _rival_text(token: Token) -> bool:
    """ "Moscow circulated a rival draft": a text written against another is a plan of its
    own, named by the word that sets it apart ("a rival bid for the club" is no text)."""
    return (
        token.lower_ in _RIVAL_TEXTS
        and token.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lower_ in _RIVAL for c in token.children)
        and (token.dep_ != "dobj" or _stance_verb(token.head))
    )


def _planned_thing(token: Token) -> Token | None:
    """What an owner's plan is for, named by a kind of thing: "the Commission's plan for a
    reparations loan" is the loan ("Velmar's plan for Tessa" or "a plan for peace" name
    none)."""
    if token.lower_ not in {"plan", "proposal"} or not any(
        c.dep_ == "poss" for c in token.children
    ):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for thing in prep.children:
            kinds = [c for c in thing.children if c.dep_ in {"compound", "amod"}]
            if (
                thing.dep_ == "pobj" and thing.pos_ == "NOUN"
                and any(c.lower_ in {"a", "an", "the"} for c in thing.children)
                and [c.i for c in kinds] == list(range(thing.i - len(kinds), thing.i))
                and kinds and all(c.pos_ == "NOUN" for c in kinds)
            ):
                return thing
    return None


def _countering(doc: Doc, token: Token) -> bool:
    """ "counter-proposal", "counter-offer": a plan answering another, written with a hyphen."""
    return (
        token.i >= 2
        and doc[token.i - 1].text in {"-", "–"}
        and doc[token.i - 2].lower_ == "counter"
        and f"counter{token.lower_}" in COUNTER_PLANS
        # "had not seen any counter-proposal": none in particular
        and not any(c.lower_ in {"any", "no"} for c in doc[token.i - 2].children)
    )


#: Small words inside a law's title: "the Healthcare Opportunities for Patriots in Exile Act".
_TITLE_JOINS = {"of", "for", "in", "on", "to", "and", "&", "the", "'s", "’s", "by", "from"}
_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}


def _title_word(token: Token) -> bool:
    return (
        (token.is_title or token.is_upper and len(token) > 1)
        and token.lower_ not in {"the", "a", "an"}
        and not token.tag_.startswith("VB")
        and not token.is_sent_start
    )


def _title_start(doc: Doc, start: int) -> int:
    """Where a law's title begins when small words run through it ("Yes in God's Backyard
    Act", "Protection of the Environment Act"): back over capitalised words joined by "of",
    "for", "in", "'s" (not over an owner's name: "Britain's Online Safety Act")."""
    i = start
    while True:
        j = i - 1
        while j >= doc[start].sent.start and doc[j].lower_ in _TITLE_JOINS:
            j -= 1
        if j == i - 1 or j < doc[start].sent.start or not _title_word(doc[j]):
            return i
        joins = {t.lower_ for t in doc[j + 1 : i]}
        if joins & {"'s", "’s"} and doc[j].ent_type_ in _ACTORS:
            return i  # "Britain's Online Safety Act": Britain's act
        if doc[j + 1 : i][0].lower_ == "the":
            return i  # "signed by Tessa the Clean Air Act"
        i = j
        while i - 1 >= doc[start].sent.start and _title_word(doc[i - 1]):
            i -= 1


def _plan_mention(doc: Doc, token: Token, article_id: str, end: int | None = None) -> Mention:
    """The mention of the plan ``token`` heads, named by its modifiers (not its owner's),
    up to ``end`` if the head's word goes on past ``token`` ("counter-proposal")."""
    mods = _modifiers(token)
    # the name: modifiers after any determiner or possessive owner
    start = token.i
    # "President Lena Vogt's 10-point plan": the owner's words are not the plan's name
    owned = {t.i for c in token.lefts if c.dep_ == "poss" for t in c.subtree}
    # 'dismissed as "unacceptable" the accord': what it is called, before its article
    det = min((c.i for c in token.lefts if c.dep_ == "det"), default=-1)
    for t in mods:
        if t.dep_ in {"det", "poss", "case"} or t.lower_ in {"the", "a", "an", "'s", "’s"}:
            continue
        if t.i < det:
            continue
        if t.i not in owned:
            start = min(start, t.i)
    # "Talks to go on, UK deal proposal seen": a comma ends what names the plan (a headline's
    # clauses, a list of owners)
    start = max([start] + [t.i + 1 for t in doc[start : token.i] if t.text == ","])
    while start < token.i and (
        doc[start].dep_ in {"poss", "case", "det"}
        or doc[start].is_punct
        or doc[start].lower_ in _NOT_NAME
        or doc[start].tag_ == "VBN"
        # "a privately advanced 28-point proposal": how it was put, not its name
        or doc[start].tag_ == "RB" and doc[start + 1].lower_.endswith("ed")
        or start > 0 and doc[start - 1].tag_ == "RB" and doc[start].lower_.endswith("ed")
        and doc[start - 1].i >= min((t.i for t in mods), default=start)
        or _agent_before_hyphen(doc, start, token.i)
    ):
        start += 1
    if token.text in _TITLE_HEADS and token.pos_ == "PROPN":
        if start == token.i:  # "the Homes for Veterans in Need Act": a title the parser broke
            while start > token.sent.start and _title_word(doc[start - 1]):
                start -= 1
        if start < token.i:
            start = _title_start(doc, start)  # "the Yes in God's Backyard Act"
    span = doc[start : token.i + 1 if end is None else end]
    name = re.sub(r"\s*-\s*", "-", span.text)
    return Mention(
        article_id,
        span.start_char,
        span.end_char,
        span.text,
        "Plan",
        name=name,
        votes=(("Plan", 1.0),),
    )
