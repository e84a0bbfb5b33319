"""Find the entity a token stands for: a name, a pronoun, a demonym or a group."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.model import Mention
from kg.text.lexicon import DEMONYMS, country_of

__all__ = ["entity_of", "entities_of", "demonym_mention", "GROUP_NOUNS"]

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
}


def demonym_mention(context: ArticleContext, token: Token) -> Mention | None:
    """A place mention for a demonym ("Ukrainian" → Ukraine), added to the article."""
    country = country_of(token.text) if token.text in DEMONYMS or token.text[:1].isupper() else None
    if not country:
        return None
    existing = context.mention_at(token)
    if existing is not None:
        return existing
    mention = Mention(
        context.article.id,
        token.idx,
        token.idx + len(token.text),
        token.text,
        "Place",
        name=country,
        votes=(("Place", 4.0),),
    )
    context.mentions.append(mention)
    context.index()
    return mention


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
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                named = context.mention_at(child) or demonym_mention(context, child)
                if named is not None and named.type in {"Place", "Organization"}:
                    return named
    return None


def entities_of(context: ArticleContext, token: Token) -> list[Mention]:
    """Entities of ``token`` and its coordinated tokens ("Rosneft and Lukoil")."""
    found = []
    for t in [token, *token.conjuncts]:
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
