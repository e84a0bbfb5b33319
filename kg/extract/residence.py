"""Where people live and were born → ``livesIn`` and ``bornIn`` (``kg.residence.v1``).

News places people by their home town: "Ana Roe, 50, of Dunmore", "Ana Roe is
from Dunmore", "Dunmore resident Ana Roe", "Atlanta businessman Neil Ostrow", "Ana Roe, who lives in
Dunmore", "at her home in Dunmore", "Ana Roe's Dunmore home", "her hometown of
Dunmore" (``livesIn``); and by birth: "was born in Dunmore", "Born in Dunmore,
Ana Roe ...", "Dunmore-born Ana Roe", "a native of Dunmore", "Ana Roe, a Dunmore
native", "her native Dunmore" (``bornIn``). A title before the name ("President Ana
Roe of Ruritania") is an office, which :mod:`kg.extract.roles` reads, not a home.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.extract.modality import status_of
from kg.model import Mention, Relation
from kg.text.lexicon import TITLE_PREDICATE

__all__ = ["extract_residence", "NAME"]

NAME = "kg.residence.v1"
_CONFIDENCE = 0.75

#: Nouns that say where a person lives or was born, with "of" or a place before them.
_HOME_NOUNS = {"resident": "livesIn", "native": "bornIn"}
#: Descriptions of a private person that a place before or after them makes a home town:
#: "Atlanta businessman Neil Ostrow", "Ana Roe, a lawyer in Dunmore". Offices are left out:
#: "Dunmore mayor" is a role of the town.
_PEOPLE_NOUNS = {
    "resident", "native", "man", "woman", "boy", "girl", "teenager", "youth", "couple",
    "businessman", "businesswoman", "lawyer", "attorney", "doctor", "physician", "dentist",
    "teacher", "farmer", "rancher", "student", "homemaker", "housewife", "retiree", "widow",
    "widower", "merchant", "banker", "developer", "architect", "artist", "writer", "author",
    "poet", "musician", "singer", "pianist", "actor", "actress", "photographer", "priest",
    "pastor", "rabbi", "nurse", "engineer", "contractor", "carpenter", "mechanic",
    "shopkeeper", "restaurateur", "trucker", "driver", "pilot", "veteran", "mother", "father",
}
_DWELLINGS = {"home": "livesIn", "hometown": "livesIn", "house": "livesIn",
              "birthplace": "bornIn"}
_LIVE_VERBS = {"live", "reside"}
_BETWEEN = {"suburban", "rural", "nearby", "downtown", "northern", "southern", "eastern",
            "western", "central", "the"}
_POSSESSIVE = {"'s", "’s"}


def _place(context: ArticleContext, token: Token | None) -> Mention | None:
    """A name that may be a place (the resolver settles its type; a relation to what
    turns out not to be a place is dropped there)."""
    found = context.name_at(token) if token is not None else None
    if found is None or found.type != "Place" and "Place" not in dict(found.votes):
        return None
    return found


def _person(context: ArticleContext, token: Token | None) -> Mention | None:
    """The person ``token`` names: a name, a pronoun's antecedent, a relative pronoun's
    noun ("Ana Roe, who lives ..."), or the name a description stands beside."""
    if token is None:
        return None
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        token = token.head.head
    found = context.mention_at(token)
    if found is None and token.dep_ == "appos":
        found = context.mention_at(token.head)
    if found is None:
        found = next((context.name_at(c) for c in token.children
                      if c.dep_ == "appos" and context.name_at(c) is not None), None)
    if found is None and token.pos_ == "NOUN":
        found = _name_hung_on_other_name(context, token)
    # not checked for a person: a surname the tagger took for a firm ("Hale, a lawyer")
    # resolves to the person; a relation to what is no person is dropped at resolution
    return found


def _name_hung_on_other_name(context: ArticleContext, noun: Token) -> Mention | None:
    """ "the 30th president of the United States, Ana Roe, was born in …": the parser may
    hang the person's name on the last name inside the description ("United States");
    a person is never in apposition to a country or a body, so the name set off by commas
    at the end of the description is the description's own."""
    for token in noun.subtree:
        if token.dep_ != "appos" or token.head.i <= noun.i:
            continue
        named, owner = context.name_at(token), context.name_at(token.head)
        if named is None or named.type != "Person" or owner is None or owner.type == "Person":
            continue
        span = context.span_of(named)
        if span is not None and span.start > 0 and context.doc[span.start - 1].text == ",":
            return named
    return None


def _place_after(context: ArticleContext, token: Token, *words: str) -> Mention | None:
    """The place a preposition of ``token`` governs: "in suburban Dunmore", "of Dunmore"
    (the first that names one: "In 1817, ... was born in Dunmore")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in words:
            for pobj in prep.children:
                found = _place(context, pobj) if pobj.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def _place_before(context: ArticleContext, token: Token) -> Mention | None:
    """A place modifying ``token``: "Dunmore resident", "Dunmore-born", "Ana Roe's Dunmore home"."""
    for child in token.children:
        if child.i < token.i and child.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
            found = _place(context, child)
            if found is not None:
                return found
    return None


def _described(context: ArticleContext, noun: Token) -> Mention | None:
    """The person a description belongs to: "Ana Roe, a Dunmore lawyer" (apposition),
    "Dunmore lawyer Ana Roe" (a modifier of the name), "Ana Roe is a native of" (copula)."""
    if noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return _person(context, noun.head)
    if noun.dep_ == "attr":
        return _person(context, next((c for c in noun.head.children if c.dep_ == "nsubj"),
                                     None))
    return _person(context, next((c for c in noun.children if c.dep_ == "appos"), None))


def _of_a_place(context: ArticleContext) -> Iterator[tuple[Mention, str, Mention, Token]]:
    """ "Ana Roe of Dunmore", "Ana Roe, 50, of Dunmore, Tenn."."""
    doc = context.doc
    for person in context.mentions:
        span = context.span_of(person)
        if person.type != "Person" or span is None:
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in TITLE_PREDICATE:
            continue  # "President Ana Roe of Ruritania": an office
        k = span.end
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and (
            doc[k + 2].text == ","
        ):
            k += 3  # her age
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            continue
        place = _place(context, doc[k + 1])
        where = context.span_of(place) if place is not None else None
        if where is None:
            continue
        after = doc[where.end] if where.end < len(doc) else None
        if after is not None and (after.lower_ in _POSSESSIVE or after.text in {"-", "–"}
                                  or after.pos_ in {"NOUN", "PROPN", "ADJ"}):
            continue  # "of Ruritania's foreign ministry", "of Denver-based Velora": a body
        yield person, "livesIn", place, doc[k]


def _described_people(context: ArticleContext, noun: Token) -> Iterator[tuple]:
    lemma = noun.lemma_.lower()
    if noun.lower_ in _PEOPLE_NOUNS and 0 < noun.i < len(context.doc) - 1:
        # "Denver native Carl Dunne": read from the words, which the parser joins many ways
        before = context.doc[noun.i - 1]
        place = _place(context, before)
        person = context.name_at(context.doc[noun.i + 1])
        if place is not None and before.dep_ == "appos" and (
                person is None or person.type != "Person"):
            person = _person(context, before.head)  # "Ana Roe, a Memphis native, said"
        if place is not None and person is not None and person.type == "Person":
            yield person, _HOME_NOUNS.get(noun.lower_, "livesIn"), place, noun
            return
    if noun.pos_ != "NOUN" or lemma not in _PEOPLE_NOUNS:
        return
    predicate = _HOME_NOUNS.get(lemma, "livesIn")
    place = _place_before(context, noun)
    if place is None:  # "a native of Dunmore", "a lawyer in Dunmore"
        place = _place_after(context, noun, "of", "in") if lemma in _HOME_NOUNS else (
            _place_after(context, noun, "in"))
    person = _described(context, noun) if place is not None else None
    if person is not None:
        yield person, predicate, place, noun


def _living(context: ArticleContext, verb: Token) -> Iterator[tuple]:
    """ "Ana Roe, who lives in Dunmore", "a teacher residing in Dunmore"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _LIVE_VERBS:
        return
    place = _place_after(context, verb, "in")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    if subject is None and verb.dep_ == "conj":  # "who was born in X and lives in Y"
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}),
                       None)
    if subject is None and verb.dep_ == "xcomp":  # "wants to live in": a wish, by status
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    person = _person(context, subject)
    if place is not None and person is not None:
        yield person, "livesIn", place, verb


def _born(context: ArticleContext, verb: Token) -> Iterator[tuple]:
    """ "Ana Roe was born in Dunmore", "Born in Dunmore, Ana Roe ...", "Dunmore-born Ana Roe",
    "Ana Roe was born Ana Rossi in Dunmore" (both names)."""
    if verb.lower_ != "born" or verb.lemma_ not in {"bear", "born"}:
        return
    doc, i = context.doc, verb.i
    before = i - 2 if i >= 2 and doc[i - 1].text in {"-", "–"} else i - 1
    if before >= verb.sent.start and i + 1 < verb.sent.end:
        # "Dunmore-born Ana Roe", "Dunmore born Ana Roe": read from the words, which the
        # parser joins in many ways
        place, person = _place(context, doc[before]), context.name_at(doc[i + 1])
        if place is not None and person is not None and person.type == "Person":
            yield person, "bornIn", place, verb
            return
    # "was born in Dunmore", "was born Ana Rossi in Dunmore" (her name at birth)
    place = _place_after(context, verb, "in") or next(
        (_place_after(context, c, "in") for c in verb.children if c.dep_ == "oprd"), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "Today in History: On Jan. 8, 1935, singer Ana Roe was born in …": the parser may
    # make a heading a second subject; the person is the one born
    subject = next((c for c in subjects if (m := _person(context, c)) is not None
                    and m.type == "Person"), subjects[0] if subjects else None)
    if subject is None and verb.dep_ == "acl":  # "Ana Roe, born in Dunmore,"
        subject = verb.head
    if subject is None and verb.dep_ == "advcl":  # "Born in Dunmore, Ana Roe moved"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if place is not None:
        yield _person(context, subject), "bornIn", place, verb
        for name in (c for c in verb.children if c.dep_ == "oprd"):
            yield _person(context, name), "bornIn", place, verb


def _dwelling(context: ArticleContext, noun: Token) -> Iterator[tuple]:
    """ "Ana Roe's home in Dunmore", "her Dunmore home", "her hometown of Dunmore",
    "Dunmore, Ana Roe's hometown", "his native Dunmore"."""
    lemma = noun.lemma_.lower()
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if lemma in _DWELLINGS and owner is not None:
        place = (_place_after(context, noun, "in", "of") or _place_before(context, noun)
                 or _place(context, next((c for c in noun.children if c.dep_ == "appos"), None)))
        if place is None and noun.dep_ == "appos":
            place = _place(context, noun.head)
        yield _person(context, owner), _DWELLINGS[lemma], place, noun
    elif lemma == "native" and noun.dep_ == "amod" and noun.head.i > noun.i:
        owner = next((c for c in noun.head.children if c.dep_ == "poss"), None)
        yield _person(context, owner), "bornIn", _place(context, noun.head), noun


def _from(context: ArticleContext, prep: Token) -> Iterator[tuple]:
    """ "Ana Roe is from Dunmore", "Ana Roe, a technician from Dunmore" (not an office:
    "an envoy from Ruritania" is the roles')."""
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return
    place = next((_place(context, c) for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if place is None:
        return
    if head.lemma_ == "be" and head.pos_ == "AUX":
        yield _person(context, next((c for c in head.children if c.dep_ == "nsubj"), None)), \
            "livesIn", place, prep
    elif head.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ not in TITLE_PREDICATE:
        yield _person(context, head.head), "livesIn", place, prep


#: The words each reader below starts from (lower-case forms and lemmas).
_READ_FROM = frozenset(
    _PEOPLE_NOUNS | _HOME_NOUNS.keys() | _DWELLINGS.keys() | _LIVE_VERBS | {"born", "from"}
)


def extract_residence(context: ArticleContext) -> Iterator[Relation]:
    """``livesIn`` and ``bornIn`` from each construction that places a person."""
    found = list(_of_a_place(context))
    for token in context.tokens_with(_READ_FROM):
        for reader in (_described_people, _living, _born, _dwelling, _from):
            found.extend(reader(context, token))
    seen = set()
    for person, predicate, place, word in found:
        if person is None or place is None or (person, predicate, place) in seen:
            continue
        seen.add((person, predicate, place))
        status = status_of(word) if word.pos_ in {"VERB", "AUX"} else "asserted"
        yield Relation(person, predicate, place,
                       context.evidence(word.sent, NAME, _CONFIDENCE), status)
