"""Who works where, told without a title → ``memberOf`` (``kg.employment.v1``).

Titles ("chief executive of", "Kremlin spokesperson") are :mod:`kg.extract.roles`'s;
this reads the plainer ways news places a person in an organisation: an
occupation in apposition ("Ana Roe, an ecologist at Corvel University", "Tom
Hale, a lobbyist with the Petroleum Institute") and verbs of working ("Ana Roe
works for Velora Group", "who teaches at Corvel University", "covers the courts
for the Daily Ledger"). A past job ("worked for", "a former lobbyist with") is no
current fact, as for titles.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.extract.modality import status_of
from kg.extract.nlp import objects_of
from kg.model import Mention, Relation
from kg.text.lexicon import TITLE_PREDICATE

__all__ = ["extract_employment", "NAME"]

NAME = "kg.employment.v1"
_CONFIDENCE = 0.7

#: Verbs of working for a body, and the prepositions that name it.
_WORK = {"work": {"for", "at"}, "teach": {"at"}, "lecture": {"at"},
         "report": {"for"}, "write": {"for"}, "cover": {"for"}}
_PREPS = {"at", "with", "for"}
_PAST = {"former", "ex", "onetime", "erstwhile", "retired", "late"}
#: People described in apposition who are at a body without working for it.
_NOT_STAFF = {"visitor", "guest", "client", "customer", "patient", "prisoner", "hostage",
              "inmate", "speaker", "delegate", "candidate", "nominee",
              # "his classmate at Yale Law School": a tie between two people, once there
              "classmate", "schoolmate", "roommate", "friend", "neighbour", "neighbor"}


def _organisation(context: ArticleContext, prep: Token) -> Mention | None:
    """The organisation a preposition names: "at Corvel University", "with the agency's
    research service" (the owner, when the body itself is not named)."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        found = context.name_at(pobj) or next(
            (context.name_at(c) for c in pobj.children
             if c.dep_ == "poss" and context.name_at(c) is not None), None)
        if found is not None and found.type == "Organization":
            return found
    return None


def _person(context: ArticleContext, token: Token | None) -> Mention | None:
    if token is None:
        return None
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        token = token.head.head
    # the type is the resolver's to settle: a relation to what is no person is dropped there
    return context.mention_at(token)


def _present(verb: Token) -> bool:
    """ "works", "is working", "has worked" (still so); not "worked"."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & {"is", "are", "has", "have", "'s", "'re", "'ve"})


def _by_verb(context: ArticleContext, verb: Token) -> Iterator[Relation]:
    """ "Ana Roe works for Velora", "who teaches at Corvel", "covers courts for the Ledger"."""
    preps = _WORK.get(verb.lemma_)
    if verb.pos_ != "VERB" or preps is None or not _present(verb):
        return
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        org = _organisation(context, prep) if prep.lower_ in preps else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # "who is a major and works at X"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        people = _described_people(context, subject) or [
            m for m in [_person(context, subject)] if m is not None]
        if org is not None and people:
            for person in people:
                yield Relation(person, "memberOf", org,
                               context.evidence(verb.sent, NAME, _CONFIDENCE), status_of(verb))
            return


def _described_people(context: ArticleContext, subject: Token | None) -> list[Mention]:
    """Everyone a plural description with a clause on it is of: "A and B, money launderers
    who work for X" (the parser hangs the description on the first name)."""
    if subject is None or subject.tag_ not in {"WP", "WDT"} or subject.head.dep_ != "relcl":
        return []
    noun = subject.head.head
    if noun.dep_ != "appos" or noun.tag_ != "NNS":
        return []
    # the names joined to the first between it and the description (not the earlier items of
    # a list the parser chains it to: "A, a broker; B and C, launderers who …")
    joined = [c for c in noun.head.children if c.dep_ == "conj" and noun.head.i < c.i < noun.i]
    found = [context.mention_at(t) for t in [noun.head, *joined]]
    return [m for m in found if m is not None and context.is_person(m)]


def _by_apposition(context: ArticleContext, noun: Token) -> Iterator[Relation]:
    """ "Ana Roe, an ecologist and entomologist at Corvel University"."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.lemma_ in _NOT_STAFF:
        return
    if noun.lower_ in TITLE_PREDICATE:
        return  # "head of research at X": a title, which the roles read
    person = _person(context, noun.head)
    if person is None:
        return
    for description in [noun, *noun.conjuncts]:
        if any(c.lower_ in _PAST for c in description.children):
            return
        for prep in description.children:
            if prep.dep_ == "prep" and prep.lower_ in _PREPS:
                org = _organisation(context, prep)
                if org is not None:
                    yield Relation(person, "memberOf", org,
                                   context.evidence(noun.sent, NAME, _CONFIDENCE))
                    return


#: Verbs of a move to a new side: "X moved to Rovers", "X transferred to Rovers".
_MOVE = {"move", "transfer", "switch"}
#: Nouns for a hire a body completes or announces: "Rovers completed the signing of X",
#: "Rovers secured the services of X".
_SIGNING = {"signing", "services", "arrival"}


def _organisation_at(context: ArticleContext, token: Token | None) -> Mention | None:
    found = context.name_at(token) if token is not None else None
    return found if found is not None and found.type == "Organization" else None


def _people_at(context: ArticleContext, token: Token) -> list[Mention]:
    """The people ``token`` and the tokens joined to it by "and" name."""
    found = [context.mention_at(t) for t in [token, *token.conjuncts]]
    return [m for m in found if m is not None and context.is_person(m)]


def _signed(verb: Token) -> tuple[Token | None, Token | None]:
    """The one who signs and the one signed by a verb "sign": "Rovers signed X", "X was
    signed by Rovers", "X signed for Rovers" (the side, then the player)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subject = verb.head  # "X, who signed for Rovers in May"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if subject is None or any(p.lower_ == "as" for p in verb.children if p.dep_ == "prep"):
        return None, None  # "signed X as its chief executive": an office, the roles' to read
    if subject.dep_ == "nsubjpass":
        by = next((o for p in verb.children if p.dep_ == "agent"
                   for o in p.children if o.dep_ == "pobj"), None)
        return by, subject
    if objects:
        return subject, objects[0]
    side = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"), None)
    return side, subject


def _by_transfer(context: ArticleContext, token: Token) -> Iterator[Relation]:
    """A player's or a hire's new side: "Rovers signed X (from Y)", "X signed for Rovers",
    "Rovers completed the signing of X", "X moved to Rovers from Y" → X is Rovers' (the
    side X came from is no longer X's)."""
    side = signed = None
    if token.lemma_ == "sign" and token.pos_ == "VERB":
        side, signed = _signed(token)
    elif token.lemma_ in _MOVE and token.pos_ == "VERB":
        signed = next((c for c in token.children if c.dep_ == "nsubj"), None)
        side = next(iter(objects_of(token, "to")), None)
    elif token.lower_ in _SIGNING and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        signed = next(iter(objects_of(token, "of")), None)
        side = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    elif token.lemma_ in _MOVE and token.pos_ == "NOUN" and token.dep_ == "dobj" and (
        token.head.pos_ == "VERB"
    ):  # "X completed a move to Rovers", "X sealed a switch to Rovers"
        signed = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        side = next(iter(objects_of(token, "to")), None)
    if side is not None and side.ent_type_ in {"LANGUAGE", "NORP"}:
        return  # "Putin switched to English": a language, no side
    body = _organisation_at(context, side)
    if body is None or signed is None:
        return
    verb = token if token.pos_ == "VERB" else token.head
    for person in _people_at(context, signed):
        yield Relation(person, "memberOf", body,
                       context.evidence(token.sent, NAME, _CONFIDENCE), status_of(verb))


#: What the readers above start from: a verb of working or of a move, a common noun.
_READ_FROM = frozenset({*_WORK, *_MOVE, "sign", "POS:NOUN"})


def extract_employment(context: ArticleContext) -> Iterator[Relation]:
    """``memberOf`` from occupations in apposition and from verbs of working."""
    for token in context.tokens_with(_READ_FROM):
        yield from _by_verb(context, token)
        yield from _by_apposition(context, token)
        yield from _by_transfer(context, token)
