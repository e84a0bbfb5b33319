"""Find the entity a token stands for: a name, a pronoun, a demonym or a group."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.model import Mention
from kg.text.lexicon import COUNTRIES, DEMONYMS, TITLE_PREDICATE, country_of

__all__ = ["entity_of", "entities_of", "demonym_mention", "group_bodies", "holders_after_post",
           "GROUP_NOUNS"]

#: The words of job titles: "Commissioner", "Minister".
_TITLE_WORDS = frozenset(w for title in TITLE_PREDICATE for w in title.split()) - {"of"}

#: Nouns that stand for the body named by their modifier: "Russian officials" → Russia.
GROUP_NOUNS = {
    "official",
    "officials",
    "authorities",
    "government",
    "delegation",
    "delegations",
    "diplomats",
    "side",
    "forces",
    "negotiators",
    "leadership",
    "administration",
    "team",
    "teams",
}


def holders_after_post(
    context: ArticleContext, title: Token, prepositions: Collection[str]
) -> Iterator[Mention]:
    """The names written right after the place or body of a title's post, which the parser
    hangs on the post ("Ambassador to Belgrade [Ana Roe]", "envoy in Cairo [Ivo Marek]"),
    one for each of the title's ``prepositions``; the caller says whether it is a person."""
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        named = context.name_at(max(prep.subtree, key=lambda t: t.i))
        span = context.span_of(named) if named is not None else None
        if span is None or span.start < 1:
            continue
        post = context.name_at(context.doc[span.start - 1])
        if post is not None and post.type in {"Place", "Organization"}:
            yield named


def demonym_mention(context: ArticleContext, token: Token) -> Mention | None:
    """A place mention for a demonym ("Ukrainian" → Ukraine, "South Korean" → South Korea),
    added to the article."""
    first, text = token, token.text
    if token.i > 0 and token.text[:1].isupper():
        before = token.doc[token.i - 1]
        if f"{before.text} {token.text}" in DEMONYMS:
            first, text = before, f"{before.text} {token.text}"
    country = country_of(text) if text in DEMONYMS or text[:1].isupper() else None
    if not country:
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if country not in COUNTRIES and after is not None and after.lower_ in _TITLE_WORDS:
        return _union_of(context, text)  # "European Commissioner X": the union's office
    existing = context.mention_at(token)
    if existing is not None:
        return existing
    mention = Mention(
        context.article.id,
        first.idx,
        token.idx + len(token.text),
        text,
        "Place",
        name=country,
        votes=(("Place", 4.0),),
    )
    context.mentions.append(mention)
    context.index()
    return mention


def _union_of(context: ArticleContext, demonym: str) -> Mention | None:
    """The union the article names after a continent's demonym ("European" → the
    "European Union"), if it names one."""
    unions = {m.name: m for m in context.mentions if m.type == "Organization"
              and m.name.split()[0] == demonym and m.name.endswith("Union")}
    return next(iter(unions.values())) if len(unions) == 1 else None


def entity_of(context: ArticleContext, token: Token, *, groups: bool = True) -> Mention | None:
    """The entity ``token`` names or refers to, or None.

    Looks at the token itself, what it refers back to, an apposition that
    names it ("the secretary …, Rustem Umerov"), and for group nouns the body
    that modifies them ("Russian authorities", "Kremlin officials").
    """
    found = context.mention_at(token)
    if found is not None:
        return found
    for child in token.children:
        if child.dep_ == "appos":
            named = context.mention_at(child)
            if named is not None:
                return named
    if groups and token.lower_ in GROUP_NOUNS:
        bodies = group_bodies(context, token)
        return bodies[0] if bodies else None
    return None


def group_bodies(context: ArticleContext, token: Token) -> list[Mention]:
    """The bodies a group noun stands for: "the Danish and Dutch teams" → both countries."""
    found: list[Mention] = []
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            for t in [child, *child.conjuncts]:
                named = context.mention_at(t) or demonym_mention(context, t)
                if named is not None and named.type in {"Place", "Organization"}:
                    found += [] if named in found else [named]
    return found


def entities_of(context: ArticleContext, token: Token) -> list[Mention]:
    """Entities of ``token`` and its coordinated tokens ("Rosneft and Lukoil")."""
    if token.i in context.group_antecedents:  # "the two men", "both candidates"
        return list(context.group_antecedents[token.i])
    if token.lower_ in {"teams", "delegations", "governments"} and not context.mention_at(token):
        found = group_bodies(context, token)  # "the Danish and Dutch teams"
        if len(found) > 1:
            return found
    found = []
    for t in [token, *token.conjuncts]:
        if t is not token and _excluded(t):
            continue  # "sanctioned X and Y, but not Z": Z is set apart
        mention = entity_of(context, t)
        if mention is not None and mention not in found:
            found.append(mention)
    if not found and token.lower_ in GROUP_NOUNS | {"delegations", "representatives"}:
        for child in token.children:  # "delegations from the U.S., Russia and Ukraine"
            if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(m for m in entities_of(context, pobj) if m not in found)
    return found


def _excluded(conjunct: Token) -> bool:
    """A conjunct set apart by "not" ("X, but not Z") or "except" ("all but Z")."""
    first = conjunct.left_edge
    before = conjunct.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ in {"not", "except", "excluding"} or any(
        c.dep_ in {"neg", "preconj"} and c.lower_ == "not" for c in conjunct.children
    )
