"""Who killed whom → ``killed`` (``kg.killings.v1``).

News of crime, war and assassinations names killers in a few shapes: a verb
("Ruth Kemp shot and killed Alan Kemp", "Dora Pell was shot dead by Ivo Marsh",
"Tomas Brandt, who assassinated Elena Varga"), a conviction ("Ivo Marsh,
convicted of murdering Dora Pell"), a deed noun ("the assassination of Karl
Hesse by Otto Veld") and an agent noun ("Elena Varga's assassin, Tomas Brandt",
"Brandt, the killer of Varga"). A suspicion, an accusation, a charge, an arrest
or a trial is a claim, not a fact: those sentences state no ``killed`` at all.
"Shot" alone is no killing; "shot dead", "shot to death" and "fatally shot" are.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.extract.modality import status_of
from kg.model import Mention, Relation

__all__ = ["extract_killings"]

NAME = "kg.killings.v1"
_CONFIDENCE = 0.8

_KILL_VERBS = {"kill", "murder", "assassinate", "slay"}
#: Verbs that kill only with "dead", "to death" or "fatally": "stabbed to death",
#: "mortally wounded".
_FATAL_VERBS = {"shoot", "stab", "beat", "strangle", "club", "gun", "wound"}
_FATAL_WORDS = {"fatally", "mortally", "dead"}
_DEED_NOUNS = {"killing", "murder", "assassination", "slaying"}
_AGENT_NOUNS = {"killer", "murderer", "assassin"}
#: Words that make a killing a claim: "accused of killing", "the suspected killer".
_CLAIMS = {
    "accuse", "charge", "suspect", "allege", "allegedly", "indict", "arrest", "try",
    "trial", "deny", "confess", "admit", "claim", "blame", "investigate", "probe",
    "suspected", "alleged", "accused", "would-be", "reportedly", "purported", "acquit",
}
_MODIFIERS = {"advmod", "amod"}
#: A conviction, or the penalty that follows one: "was hanged for the murder of".
_CONVICT = {"convict", "condemn", "sentence", "execute", "hang"}
_CRIMES = {"murder", "manslaughter"}
#: Words of a guilty plea, a verdict or a sentence served, whose subject is the killer.
_GUILT = {"guilty", "plead", "serve"}
_SHOTS = {"shot", "bullet", "round"}


def _is_claim(token: Token) -> bool:
    """The killing at ``token`` is only alleged: a claim word governs or modifies it."""
    seen = token
    for _ in range(6):
        # "allegedly shot and killed": a modifier of the head verb or noun counts too
        words = [seen, *(c for c in seen.children if seen is token or c.dep_ in _MODIFIERS)]
        if any(w.lemma_.lower() in _CLAIMS or w.lower_ in _CLAIMS for w in words) and not any(
            c.lemma_ in _CONVICT for c in seen.conjuncts
        ):  # "was tried and convicted": the verdict stands
            return True
        if seen.lemma_ in _GUILT and any(c.dep_ == "neg" for c in seen.children):
            return True  # "pleaded not guilty to the murder of": a denial
        if seen.head is seen:
            break
        seen = seen.head
    return False


def _person(context: ArticleContext, token: Token | None) -> Mention | None:
    """The person ``token`` names, through an apposition or a relative pronoun:
    "her husband, Alan Kemp", "Brandt, who ...", "the man who ..." (itself in apposition)."""
    if token is None:
        return None
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return _person(context, token.head.head)
    found = context.mention_at(token)
    if found is None and token.dep_ == "attr":  # "X was the gunman who killed Y"
        return _person(context, _child(token.head, "nsubj"))
    if found is not None:
        return found
    for child in token.children:
        if child.dep_ == "appos" and context.name_at(child) is not None:
            return context.name_at(child)
    if token.dep_ == "appos":
        return context.mention_at(token.head)
    return None


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _with_conjuncts(token: Token | None) -> list[Token]:
    return [] if token is None else [token, *token.conjuncts]


def _by(token: Token) -> Token | None:
    """The object of "by" under ``token``: "by Ivo Marsh"."""
    agent = next((c for c in token.children if c.dep_ in {"agent", "prep"}
                  and c.lower_ == "by"), None)
    return _child(agent, "pobj") if agent is not None else None


def _is_fatal(verb: Token) -> bool:
    """ "shot dead", "shot to death", "fatally shot"."""
    for child in verb.children:
        if child.lower_ in _FATAL_WORDS:
            return True
        if child.lower_ == "to" and any(c.lower_ == "death" for c in child.children):
            return True
    return False


def _convicted(token: Token) -> Token | None:
    """The person convicted of the killing at ``token``, or None if no conviction governs
    it: "X, convicted of murdering Y", "X pleaded guilty to killing Y", "a jury found X
    guilty of Y's murder", "X, who is serving a life sentence for the murder of Y"."""
    seen = token
    for _ in range(5):
        if seen.head is seen:
            return None
        came_from, seen = seen, seen.head
        lemma = seen.lemma_
        if lemma == "serve" and came_from.lemma_ not in {"sentence", "term"}:
            continue
        if lemma in _CONVICT or lemma in _GUILT and seen.pos_ != "NOUN":
            if seen.dep_ in {"acl", "relcl"} and _child(seen, "nsubj", "nsubjpass") is None:
                return seen.head  # "Ivo Marsh, convicted of ..."
            deps = ("nsubjpass", "dobj") if lemma in _CONVICT else ("nsubj", "nsubjpass")
            found = _child(seen, *deps)
            if found is None and seen.dep_ == "conj":  # "was tried and convicted"
                found = _child(seen.head, "nsubjpass", "nsubj")
            if found is not None:
                return found
    return None


def _killer_of_verb(verb: Token) -> Token | None:
    """The subject of a killing verb, its "by", or the subject its clause shares."""
    if verb.dep_ == "conj" and _child(verb, "nsubj", "nsubjpass") is None:
        if _by(verb) is not None:  # "Y was shot and killed by X"
            return _by(verb)
        verb = verb.head  # "X shot and killed Y": the subject of "shot"
    subject = _child(verb, "nsubj")
    shot = verb.head
    if subject is not None and verb.dep_ == "relcl" and shot.lemma_ in _SHOTS and (
        shot.head.lemma_ == "fire"
    ):
        return _child(shot.head, "nsubj")  # "X fired the shots that killed Y"
    if subject is not None:
        return subject
    if _child(verb, "nsubjpass") is not None:
        return _by(verb)
    if verb.dep_ == "xcomp":  # "threatened to kill Y": the subject of "threatened"
        return _child(verb.head, "nsubj")
    return _convicted(verb)


def _from_verbs(context: ArticleContext, verb: Token) -> Iterator[tuple[Token, Token, Token]]:
    lemma = verb.lemma_
    if verb.pos_ != "VERB" or not (
        lemma in _KILL_VERBS or lemma in _FATAL_VERBS and _is_fatal(verb)
    ):
        return
    if lemma in _FATAL_VERBS and any(c.lemma_ in _KILL_VERBS for c in verb.conjuncts):
        return  # "shot and killed": read once, at "killed"
    killer = _killer_of_verb(verb)
    victims = _child(verb, "nsubjpass") or _child(verb, "dobj")
    if victims is None and verb.dep_ == "conj":  # "Y was beaten and strangled to death"
        victims = _child(verb.head, "nsubjpass") or _child(verb.head, "dobj")
    for victim in _with_conjuncts(victims):
        nxt = victim.doc[victim.i + 1] if victim.i + 2 < len(victim.doc) else None
        if nxt is not None and nxt.lower_ in _AGENT_NOUNS:
            victim = victim.doc[victim.i + 2]  # "killed Hesse assassin Otto Veld": Veld
        if killer is not None:
            yield killer, victim, verb


def _violent_death(noun: Token) -> bool:
    """ "the shooting death of Y", "murder in the death of Y"."""
    if any(c.lower_ in {"shooting", "stabbing", "beating", "strangling"} for c in noun.children):
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "in" and prep.head.lemma_ in _CRIMES


def _from_nouns(context: ArticleContext, noun: Token) -> Iterator[tuple[Token, Token, Token]]:
    lemma = noun.lemma_.lower()
    # "assassin" is no verb, whatever the tagger says of it in a run of names
    if noun.pos_ not in {"NOUN", "PROPN"} and noun.lower_ not in _AGENT_NOUNS:
        return
    if lemma in _DEED_NOUNS or lemma == "death" and _violent_death(noun):
        # "the assassination of Y by X", "X's assassination of Y", "Y's killing", "the
        # shooting death of Y"; the killer "by", before it, or convicted of it
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victim = _child(of, "pobj") if of is not None else _child(noun, "poss")
        killer = _by(noun) or (_by(victim) if victim is not None else None) or (
            _child(noun, "poss") if of is not None else None) or _convicted(noun)
        if victim is not None and killer is not None:
            yield killer, victim, noun
    elif lemma in _AGENT_NOUNS or noun.lower_ in _AGENT_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victim = (_child(of, "pobj") if of is not None else None) or _child(
            noun, "poss", "compound")
        if noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            killer = noun.head  # "Brandt, the killer of Varga"; "Varga assassin Tomas Brandt"
        elif noun.dep_ == "attr":
            killer = _child(noun.head, "nsubj")  # "Brandt was Varga's assassin"
        else:
            killer = _child(noun, "appos")  # "Varga's assassin, Tomas Brandt"
        if victim is None or killer is None:
            victim, killer = _around(context, noun)
        if victim is not None and killer is not None:
            yield killer, victim, noun


def _around(context: ArticleContext, noun: Token) -> tuple[Token | None, Token | None]:
    """The names written on either side of an agent noun, where the parse does not join
    them to it: "Varga's assassin Tomas Brandt", "Varga assassin Tomas Brandt"."""
    doc, i = context.doc, noun.i
    before = i - 2 if i >= 2 and doc[i - 1].lower_ in {"'s", "’s"} else i - 1
    after = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "," else i + 1
    if before < noun.sent.start or after >= noun.sent.end:
        return None, None
    victim, killer = doc[before], doc[after]
    if context.name_at(victim) is None or context.name_at(killer) is None:
        return None, None
    return victim, killer


#: The words the readers above start from (lemmas and lower-case forms).
_READ_FROM = frozenset(_KILL_VERBS | _FATAL_VERBS | _DEED_NOUNS | _AGENT_NOUNS | {"death"})


def extract_killings(context: ArticleContext) -> Iterator[Relation]:
    """``killed`` from each killing a sentence states, with the statement's status."""
    seen: set[tuple[Mention, Mention]] = set()
    for token in context.tokens_with(_READ_FROM):
        found = [*_from_verbs(context, token), *_from_nouns(context, token)]
        for killer_token, victim_token, word in found:
            if _is_claim(word):
                continue
            killer = _person(context, killer_token)
            victim = _person(context, victim_token)
            if killer is None or victim is None or killer == victim:
                continue
            if (killer, victim) in seen:
                continue
            seen.add((killer, victim))
            status = status_of(word) if word.pos_ == "VERB" else "asserted"
            yield Relation(killer, "killed", victim,
                           context.evidence(word.sent, NAME, _CONFIDENCE), status)
