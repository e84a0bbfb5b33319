"""Resolve pronouns and definite descriptions to a named mention in the same article.

Rules of news prose, not a learned model:
- "he", "she", "him", "his", "her" refer to the closest preceding person,
  preferring the subject of the current or previous sentence; words inside
  quotation marks are never antecedents (and are not resolved).
- "the president", "the Russian president", "the chancellor" refer to the
  person most recently mentioned who was given that title earlier.
- "the plan", "the proposal", "it" as an object of plan verbs, and "its" refer
  to the most recent named plan.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.nlp import doc_tokens
from kg.model import Mention
from kg.text.lexicon import DEMONYMS, PLAN_HEADS, TITLE_PREDICATE
from kg.text.names import name_key

__all__ = ["find_antecedents", "PERSON_PRONOUNS"]

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_PLAN_PRONOUNS = {"its"}
# Verbs whose object "it" is the plan just named: "Hungary rejected it", "voted for it".
_PLAN_VERBS = {
    "back",
    "support",
    "endorse",
    "welcome",
    "accept",
    "approve",
    "sign",
    "reject",
    "oppose",
    "veto",
    "block",
    "criticise",
    "criticize",
    "vote",
    "draft",
    "propose",
}
# "The company said": the organisation the article has been about.
_COMPANY_WORDS = {"company", "firm", "group", "carrier", "lender", "bank", "manufacturer"}
# Words that stand for a plan just named: "the document", "the draft", "these terms".
_PLAN_DESCRIPTIONS = {"document", "draft", "text", "terms", "proposals", "blueprint"}


def _titles_before(doc: Doc, span: Span) -> set[str]:
    """Title words right before a person's name ("US president Donald Trump")."""
    titles = set()
    first = max(span.sent.start, span.start - 6)
    for token in reversed(doc_tokens(doc)[first : span.start]):
        word = token.lower_
        if word in TITLE_PREDICATE:
            titles.add(word)
        elif not (token.is_alpha or word in {"of", "'s", "’s", "-"}) or token.pos_ == "VERB":
            break
    return titles


def find_antecedents(context: ArticleContext) -> dict[int, Mention]:
    """Map pronoun and definite-description tokens to the named mention they refer to."""
    doc = context.doc
    quoted = context.quoted
    # local types are guesses ("Trump" tagged ORG): any person evidence makes a candidate
    people = [
        m
        for m in context.mentions
        if m.end > m.start
        and m.type != "Plan"
        and (m.type == "Person" or dict(m.votes).get("Person", 0) > 0)
    ]
    plans = [m for m in context.mentions if m.type == "Plan"]
    person_tokens: dict[int, Mention] = {}
    titled: list[tuple[int, tuple[str, ...], set[str]]] = []  # (token, entity key, titles)
    for m in people:
        span = context.span_of(m)
        if span is None:
            continue
        person_tokens[span.root.i] = m
        titled.append((span.start, name_key(m.name)[-1:], _titles_before(doc, span)))
    entity_titles: dict[tuple[str, ...], set[str]] = {}
    for _, key, titles in titled:
        entity_titles.setdefault(key, set()).update(titles)

    antecedents: dict[int, Mention] = {}
    last_plan_reference = -1  # token index of the latest named or described plan
    plan_ends = {span[-1].i for p in plans if (span := context.span_of(p)) is not None}
    # "the federation", "the commission": an organisation named with that head word
    orgs = [m for m in context.mentions if m.type == "Organization" and m.end > m.start]
    org_heads = {m.name.lower().split()[-1] for m in orgs if len(m.name.split()) > 1}
    for token in context.tokens:
        if token.i in plan_ends:
            last_plan_reference = token.i
        if token.i in quoted:
            continue
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            found = _closest_person(doc, token, person_tokens, quoted)
            if found is not None:
                antecedents[token.i] = found
        elif token.pos_ == "NOUN" and lower in TITLE_PREDICATE and _is_definite(token):
            demonym = next((c.text for c in token.children if c.text in DEMONYMS), None)
            candidates = [
                (i, m)
                for i, m in person_tokens.items()
                if i < token.i
                and lower in entity_titles.get(name_key(m.name)[-1:], set())
                and (
                    demonym is None
                    or demonym.lower() in doc[max(0, i - 6) : i].text.lower()
                    or demonym in " ".join(doc[max(0, j - 4) : j].text for j in [i])
                )
            ]
            if candidates:
                antecedents[token.i] = max(candidates)[1]
        elif (
            token.pos_ == "NOUN"
            and (lower in org_heads or lower in _COMPANY_WORDS)
            and _is_definite(token)
            and not context.mention_at(token)
            and not _named_here(context, token)
        ):
            found = _organisation_described(context, token, orgs)
            if found is not None:
                antecedents[token.i] = found
        elif lower == "it" and plans and _object_of_plan_verb(token):
            before = [p for p in plans if p.end <= token.idx]
            if before and _recent(doc, last_plan_reference, token):
                antecedents[token.i] = before[-1]
                last_plan_reference = token.i
        elif (
            (lower in PLAN_HEADS and _is_definite(token))
            or (lower in _PLAN_PRONOUNS and plans)
            or (lower in _PLAN_DESCRIPTIONS and token.pos_ == "NOUN" and _is_definite(token))
        ):
            before = [p for p in plans if p.end <= token.idx]
            if before and not context.mention_at(token):
                weak = lower in _PLAN_PRONOUNS or lower in _PLAN_DESCRIPTIONS
                if weak and not _recent(doc, last_plan_reference, token):
                    continue
                antecedents[token.i] = before[-1]
                last_plan_reference = token.i
    return antecedents


def _named_here(context: ArticleContext, token: Token) -> bool:
    """ "the firm Duna Logistics", "the company, Acme,": the name is given right here."""
    if token.dep_ in {"compound", "appos"} and context.mention_at(token.head) is not None:
        return True
    return any(
        c.dep_ in {"appos", "compound"} and context.mention_at(c) is not None
        for c in token.children
    )


def _organisation_described(
    context: ArticleContext, token: Token, orgs: list[Mention]
) -> Mention | None:
    """The organisation "the commission" or "the company" refers to.

    A head word that ends an organisation's name ("the commission" → "Data
    Protection Commission") refers to the latest such name; "the company" or
    "the firm" to the organisation that was the subject of one of the last
    three sentences.
    """
    before = [m for m in orgs if m.end <= token.idx]
    lower = token.lower_
    if lower not in _COMPANY_WORDS:
        named = [m for m in before if m.name.lower().split()[-1] == lower]
        return named[-1] if named else None
    doc = context.doc
    start = token.sent.start
    for _ in range(3):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    subjects = [
        m
        for m in before
        if doc[start].idx <= m.start
        and (span := context.span_of(m)) is not None
        and span.root.dep_ in {"nsubj", "nsubjpass"}
    ]
    return subjects[-1] if subjects else None


def _object_of_plan_verb(token: Token) -> bool:
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_ in _PLAN_VERBS


def _is_definite(token: Token) -> bool:
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "that", "these", "those", "its", "their"}
        for c in token.children
    )


def _recent(doc: Doc, reference: int, token: Token) -> bool:
    # "its architects": only when a plan was named or described in this or the
    # previous sentence.
    if reference < 0:
        return False
    sent = token.sent
    previous = doc[sent.start - 1].sent if sent.start > 0 else sent
    return previous.start <= reference < token.i


def _closest_person(
    doc: Doc, token: Token, people: dict[int, Mention], quoted: set[int]
) -> Mention | None:
    sent = token.sent
    sentences = [sent]
    start = sent.start
    while start > 0 and len(sentences) < 4:
        previous = doc[start - 1].sent
        sentences.append(previous)
        start = previous.start
    for s in sentences:
        limit = token.i if s == sent else s.end
        found = [(i, m) for i, m in people.items() if s.start <= i < limit and i not in quoted]
        if not found:
            continue
        subjects = [(i, m) for i, m in found if doc[i].dep_ in {"nsubj", "nsubjpass"}]
        return max(subjects or found)[1]
    return None
