"""Mentions of plans, proposals and agreements ("the 28-point peace plan")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.nlp import tokens_with
from kg.model import Mention
from kg.text.lexicon import COUNTER_PLANS, DEMONYMS, PLAN_HEADS

__all__ = ["COMMON_PLAN_HEADS", "find_plans", "is_plan_head", "is_named_law"]

_MODIFIER_DEPS = {"compound", "amod", "nummod", "npadvmod", "nmod", "poss", "quantmod"}
_AUTHORING = {
    "draft", "draw", "propose", "prepare", "unveil", "present", "submit", "table", "make",
    "issue", "launch",
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
}


#: Capitalised heads of a law's name: "the Harbor Safety Act", "the Clean Air Bill".
_LAW_HEADS = {"Act", "Bill", "Pact"}
#: Heads of a law's or treaty's title: "the EU-Chile Free Trade Agreement" is one plan.
_TITLE_HEADS = _LAW_HEADS | {"Agreement", "Treaty", "Accord"}


#: The words :func:`is_plan_head` holds for, lower-cased (see :func:`kg.extract.nlp.tokens_with`).
_HEAD_WORDS = frozenset(w.lower() for w in {*_LAW_HEADS, "bill", "budget", *PLAN_HEADS,
                                            *COMMON_PLAN_HEADS})


def is_plan_head(token: Token) -> bool:
    if token.text in _LAW_HEADS:
        return token.pos_ == "PROPN" and any(
            c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper() for c in token.lefts
        )
    if token.text in {"bill", "budget"}:  # "the farm bill", "the 2026 budget": with an owner
        return token.pos_ == "NOUN"
    return token.lower_ in PLAN_HEADS | COMMON_PLAN_HEADS and token.pos_ in {"NOUN", "PROPN"}


def is_named_law(mention: Mention) -> bool:
    """A law or treaty named by its title ("Clean Rivers Act"): a plan, not an organisation."""
    words = mention.name.split()
    return mention.type == "Plan" and len(words) > 1 and words[-1] in _TITLE_HEADS | {"bill"}


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
    named earlier (see coreference) or to no plan in particular.
    """
    mentions = []
    for token in tokens_with(doc, _HEAD_WORDS):
        if not is_plan_head(token) or token.lower_ == "ceasefire" and token.dep_ == "compound":
            continue
        if token.dep_ == "compound" and token.head.lower_ in PLAN_HEADS:
            continue  # "peace deal framework": the outer head wins
        mods = _modifiers(token)
        words = {t.lower_ for t in mods}
        has_number = any(re.fullmatch(r"\d+", t.text) for t in mods) and "point" in words
        # "the 2026 budget": a year names one budget
        has_number = has_number or token.lower_ == "budget" and any(
            re.fullmatch(r"(19|20)\d\d", t.text) for t in mods
        )
        owner = [t for t in mods if t.dep_ in {"poss", "compound", "nmod"} and t.pos_ == "PROPN"]
        # "the Egyptian proposal": a country's own plan ("without European agreement" is none)
        definite = any(t.lower_ in {"the", "this", "that"} for t in token.lefts)
        owner += [t for t in mods if t.i == token.i - 1 and t.text in DEMONYMS and definite]
        indefinite = any(t.lower_ in {"a", "an", "any", "another"} for t in token.lefts)
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
        )
        # "a draft resolution" is a specific text even when introduced indefinitely
        drafted = "draft" in words and token.lower_ == "resolution"
        if not specific or (indefinite and not (has_number or ends_war or introduced or drafted)):
            continue
        # the name: modifiers after any determiner or possessive owner
        start = token.i
        # "President Lena Vogt's 10-point plan": the owner's words are not the plan's name
        owned = {t.i for c in token.lefts if c.dep_ == "poss" for t in c.subtree}
        for t in mods:
            if t.dep_ in {"det", "poss", "case"} or t.lower_ in {"the", "a", "an", "'s", "’s"}:
                continue
            if t.i not in owned:
                start = min(start, t.i)
        while start < token.i and (
            doc[start].dep_ in {"poss", "case", "det"}
            or doc[start].is_punct
            or doc[start].lower_ in _NOT_NAME
            or doc[start].tag_ == "VBN"
            or _agent_before_hyphen(doc, start, token.i)
        ):
            start += 1
        span = doc[start : token.i + 1]
        name = re.sub(r"\s*-\s*", "-", span.text)
        mentions.append(
            Mention(
                article_id,
                span.start_char,
                span.end_char,
                span.text,
                "Plan",
                name=name,
                votes=(("Plan", 1.0),),
            )
        )
    return mentions
