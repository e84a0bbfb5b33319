"""Events and stances from verbs and nouns (extractor ``kg.events.v1``).

met / held talks / "their meeting" → ``met``; drafted, drew up, put forward,
"architect of" → ``authorOf``; endorsed, welcomed, backed → ``supports``;
rejected, opposed → ``opposes``; imposed sanctions on → ``sanctioned``.
Subjects and objects distribute over coordination, relative clauses and
passives are followed, and every relation carries the status of its clause
(a wish, a condition or a denial is kept but never as a plain fact).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.extract.entities import demonym_mention, entities_of, entity_of
from kg.extract.modality import status_of
from kg.extract.roles import dateline_end
from kg.model import Mention, Relation

__all__ = ["extract_events", "VERB_PREDICATES"]

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
    "defend": "supports",
    "accept": "supports",
    "sanction": "sanctioned",
    "blacklist": "sanctioned",
    "host": "met",
    "greet": "met",
    "receive": "met",
    "unveil": "authorOf",
    "present": "authorOf",
    "table": "authorOf",
    "submit": "authorOf",
}
#: "voted for/in favour of X" supports X; "voted against X" opposes it; an abstention is neither.
_VOTE_PREPS = {"for": "supports", "against": "opposes"}
#: "designated X" is a sanction only in a sentence about sanctions or terrorism.
_DESIGNATION_CONTEXT = {"sanction", "blacklist", "terrorist", "terrorism", "freeze", "block"}
_LIST_WORDS = {"sanction", "sanctions", "blacklist", "list"}
#: Verbs that need a particle: "drew up", "put forward".
#: "the British-drafted text", "the US-backed plan": the body before the hyphen.
HYPHEN_PARTICIPLES = {
    "drafted": "authorOf",
    "written": "authorOf",
    "brokered": "authorOf",
    "proposed": "authorOf",
    "sponsored": "authorOf",
    "backed": "supports",
    "sanctioned": "sanctioned",
}
PHRASAL = {
    ("draw", "up"): "authorOf",
    ("put", "forward"): "authorOf",
    ("come", "up"): "authorOf",
    ("sign", "off"): "supports",
    ("lobby", "against"): "opposes",
    ("speak", "against"): "opposes",
    ("campaign", "against"): "opposes",
}
_MEETING_NOUNS = {"meeting", "talks", "summit", "meetings", "discussions", "negotiations"}
_HOLD = {"hold", "host", "have", "conduct", "attend", "join"}
#: "discussed X with Y", "talked with Y": a meeting with the partner named after "with".
_TALK = {"discuss", "talk", "confer"}
_DASHES = {"—", "–", "--", "-"}
#: Verbs of receiving someone: with a person as object they state a meeting.
_GREET = {"welcome", "greet", "receive", "host"}
_FUTURE = {"next", "planned", "upcoming", "proposed", "possible", "potential", "future", "expected"}
_AUTHOR_NOUNS = {"architect", "architects", "author", "authors", "drafter", "drafters"}
_PLAN_ONLY = {"authorOf"}


def _with_partner(verb: Token) -> list[Token]:
    """Objects of "with" on the verb or its direct object ("discussed the war with Y")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        p
        for h in heads
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _vote_objects(verb: Token) -> tuple[str, list[Token]] | None:
    """ "voted for X" / "voted in favour of X" / "voted against X"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in _VOTE_PREPS:
            return _VOTE_PREPS[prep.lower_], pobjs
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


def _designated(verb: Token) -> bool:
    sent = verb.sent
    doc = verb.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_ in _DESIGNATION_CONTEXT for t in doc[start : sent.end])


def _added_to_list(verb: Token) -> bool:
    """ "added X to its sanctions list" / "to the blacklist"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                words = {pobj.lower_} | {c.lower_ for c in pobj.children}
                if pobj.lower_ in {"blacklist"} or (
                    pobj.lower_ == "list" and words & {"sanctions", "sanction", "blacklist"}
                ):
                    return True
    return False


def _predicate(verb: Token) -> str | None:
    if verb.pos_ not in {"VERB", "AUX"} and verb.tag_ not in {"VBN", "VBD"}:
        return None
    if verb.lemma_ == "vote":
        found = _vote_objects(verb)
        return found[0] if found else None
    if verb.lemma_ in _TALK and _with_partner(verb):
        return "met"
    if verb.lemma_ == "designate" and _designated(verb):
        return "sanctioned"
    if verb.lemma_ == "add" and _added_to_list(verb):
        return "sanctioned"
    if verb.lemma_ in _HOLD and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _MEETING_NOUNS for c in verb.children
    ):
        return "met"  # "held talks with", "the meeting was attended by A; B; and C"
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and (verb.lemma_, child.lower_) in PHRASAL:
            return PHRASAL[(verb.lemma_, child.lower_)]
    if verb.lemma_ == "put" and any(c.lower_ == "forward" for c in verb.children):
        return "authorOf"
    return VERB_PREDICATES.get(verb.lemma_)


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


def _subjects(context: ArticleContext, verb: Token) -> list[Mention]:
    for child in verb.children:
        if child.dep_ == "agent":  # passive: "put forward by Trump"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return entities_of(context, pobj)
    dateline = dateline_end(verb)
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i > dateline:  # "GENEVA — X met Y": not GENEVA
            if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                return entities_of(context, verb.head)
            return _leaders(context, child) or entities_of(context, child)
    if verb.dep_ in {"conj", "xcomp"}:  # "X wants to meet Y": X is the one meeting
        return _subjects(context, verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "X arrived in Paris, meeting Y"
        return _subjects(context, verb.head)
    return []


def _object_entity(context: ArticleContext, token: Token) -> list[Mention]:
    found = entities_of(context, token)
    if found:
        return found
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


def _objects(context: ArticleContext, verb: Token, predicate: str) -> list[Mention]:
    if verb.dep_ == "acl":  # "the plan put forward by Trump"
        return _object_entity(context, verb.head)
    if verb.lemma_ == "vote":
        found = _vote_objects(verb)
        return [m for p in (found[1] if found else []) for m in _object_entity(context, p)]
    against = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "against" and (verb.lemma_, "against") in PHRASAL
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if against:  # "lobbied against the act"
        return [m for o in against for m in _object_entity(context, o)]
    if verb.lemma_ in _TALK or (predicate == "met" and verb.lemma_ in _HOLD):
        partners = [m for p in _with_partner(verb) for m in _object_entity(context, p)]
        if partners:
            return partners
    if predicate == "met":  # "held talks on Monday with X": the partner hangs off the noun
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lower_ in _MEETING_NOUNS:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ == "with":
                        return [
                            m
                            for p in prep.children
                            if p.dep_ == "pobj"
                            for m in _object_entity(context, p)
                        ]
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            if child.lower_ in {"which", "that"}:
                break
            if predicate == "met" and _leaders(context, child):
                return _leaders(context, child)  # "met the delegation, led by X"
            if predicate == "met" and child.lower_ in _MEETING_NOUNS:
                continue  # "held talks with X": the partner is the prepositional object
            return _object_entity(context, child)
        if (
            child.dep_ == "prep"
            and child.lower_ in {"with", "to"}
            and predicate in {"met", "supports"}
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _object_entity(context, pobj)
    # "the plan, which sources say Trump endorsed": up to the relative clause's noun
    token = verb
    for _ in range(3):
        if token.dep_ == "relcl":
            return _object_entity(context, token.head)
        if token.dep_ not in {"ccomp", "conj", "xcomp"}:
            break
        token = token.head
    return []


def _person_like(m: Mention) -> bool:
    return m.type == "Person" or dict(m.votes).get("Person", 0) > 0


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


def _verb_events(context: ArticleContext) -> Iterator[Relation]:
    for verb in context.tokens:
        predicate = _predicate(verb)
        if predicate is None:
            continue
        subjects = _subjects(context, verb)
        objects = _objects(context, verb, predicate)
        if predicate == "met" and not objects and len(subjects) > 1:  # "X and Y met"
            pairs = list(itertools.combinations(subjects, 2))
        else:
            pairs = list(_pairs(subjects, objects, predicate))
        status = status_of(verb)
        for s, o in pairs:
            # "Hung welcomed Villaraza at the palace" greets a person: a meeting, no stance
            said = "met" if verb.lemma_ in _GREET and _person_like(o) else predicate
            if verb.lemma_ in {"greet", "receive"} and said != "met":
                continue  # "received weapons from Germany's …" is no meeting
            yield Relation(s, said, o, context.evidence(verb.sent, "kg.events.v1", 0.8), status)


def _sanctions(context: ArticleContext) -> Iterator[Relation]:
    """ "X imposed sanctions on Y", "X's sanctions on Y", "US sanctions on Y"."""
    for noun in context.tokens:
        if noun.lemma_ not in {"sanction"} or noun.pos_ != "NOUN":
            continue
        targets: list[Mention] = []
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}]
        if noun.head.pos_ == "VERB":
            preps += [
                c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
            ]
        for prep in preps:
            if any(c.dep_ == "neg" for c in prep.children) or prep.nbor(-1).lower_ == "not":
                continue  # "sanctions on X but not on its partner Y"
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    targets += _object_entity(context, pobj) or [
                        m
                        for c in pobj.children
                        if c.dep_ in {"appos", "compound"}
                        for m in entities_of(context, c)
                    ]
        if not targets:
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_ in {
            "impose",
            "announce",
            "slap",
            "place",
            "levy",
        }:
            sanctioners = _subjects(context, noun.head)
            status = status_of(noun.head)
        else:
            sanctioners = [
                m
                for c in noun.children
                if c.dep_ in {"compound", "poss", "amod", "nmod"}
                for m in [entity_of(context, c)]
                if m is not None
            ]
            status = "asserted"
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


def _hyphen_participles(context: ArticleContext) -> Iterator[Relation]:
    """ "the OFAC-sanctioned firm X", "the British-drafted text", "the US-backed plan"."""
    doc = context.doc
    for word in context.tokens:
        predicate = HYPHEN_PARTICIPLES.get(word.lower_)
        if predicate is None or word.dep_ != "amod" or word.i < 2:
            continue
        if doc[word.i - 1].text not in _DASHES:
            continue
        agent = context.mention_at(doc[word.i - 2]) or demonym_mention(context, doc[word.i - 2])
        noun = word.head
        target = entity_of(context, noun) or (
            context.mention_at(noun.head) if noun.dep_ in {"compound", "appos"} else None
        )
        if agent is None or target is None or agent == target:
            continue
        if predicate == "authorOf" and target.type != "Plan":
            continue
        yield Relation(
            agent,
            predicate,
            target,
            context.evidence(word.sent, "kg.events.v1", 0.8),
            status_of(noun.head) if noun.dep_ in {"dobj", "nsubjpass"} else "asserted",
        )


def _their_meeting(context: ArticleContext) -> Iterator[Relation]:
    """ "the terms X and Y discussed at their meeting" → X met Y."""
    for noun in context.tokens:
        if noun.lower_ not in _MEETING_NOUNS or not any(c.lower_ == "their" for c in noun.children):
            continue
        head = noun.head
        while head.dep_ in {"prep", "pobj"} and head.head is not head:
            head = head.head
        if head.pos_ != "VERB":
            continue
        subjects = _subjects(context, head)
        # "their meeting" presupposes the meeting happened, whatever the clause around
        # it says; "their next/planned meeting" does not.
        future = any(c.lower_ in _FUTURE for c in noun.children)
        status = "hypothetical" if future else "asserted"
        for s, o in itertools.combinations(subjects, 2):
            yield Relation(s, "met", o, context.evidence(noun.sent, "kg.events.v1", 0.8), status)


def _architects(context: ArticleContext) -> Iterator[Relation]:
    """ "One of its architects is X", "X, an architect of the plan"."""
    for noun in context.tokens:
        if noun.lower_ not in _AUTHOR_NOUNS:
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
                    plan = found if found is not None and found.type == "Plan" else plan
        if plan is None:
            continue
        # up to the copula: "One of its architects is Kirill Dmitriev"
        head = noun
        while head.dep_ in {"pobj", "prep"}:
            head = head.head
        people: list[Mention] = []
        if head.dep_ in {"nsubj", "attr"} and head.head.lemma_ == "be":
            for c in head.head.children:
                if c.dep_ in {"attr", "nsubj"} and c != head:
                    people += entities_of(context, c)
        elif head.dep_ == "appos":
            people += entities_of(context, head.head)
        for person in people:
            if person.type != "Plan":
                yield Relation(
                    person,
                    "authorOf",
                    plan,
                    context.evidence(noun.sent, "kg.events.v1", 0.8),
                    status_of(head.head),
                )


def extract_events(context: ArticleContext) -> Iterator[Relation]:
    yield from _verb_events(context)
    yield from _sanctions(context)
    yield from _hyphen_participles(context)
    yield from _their_meeting(context)
    yield from _architects(context)
