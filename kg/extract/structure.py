"""Which organisation is part of which → ``partOf``, and who belongs to a body whose members
are listed → ``memberOf`` (part of ``kg.events.v1``).

A body described as a unit or an agency of another is part of it: "Lumora, a subsidiary of
Tessellate Holdings", "Lumora is a unit of Tessellate", "Lumora, the Asian arm of
Tessellate", "Lumora, which is part of Tessellate"; so is one whose parent is named:
"Lumora's parent company, Tessellate Holdings"; so is a body named after its owner's
possessive: "the UN's refugee agency, UNHCR", "the Commission, the EU's executive arm", and
a unit named after its owner's possessive: "the Treasury's Office of Foreign Assets Control". The
members a body is said to include
belong to it: "the commission, whose members include Ana Roe", "the commission's members
include the labour minister, Ana Roe" (a person is a member; an organisation among the
members is part of the body). A former unit ("a former subsidiary of", "was a unit of") or
a hoped-for one states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import ArticleContext
from kg.extract.entities import entities_of, entity_of
from kg.extract.modality import status_of
from kg.extract.nlp import objects_of
from kg.model import Evidence, Mention, Relation
from kg.text.lexicon import country_of

__all__ = ["structure_relations"]

#: Nouns of a company that another owns: "a subsidiary of", "the European arm of".
_UNIT_NOUNS = {"subsidiary", "unit", "division", "arm", "affiliate", "offshoot", "subsidiaries",
               "part", "agency", "branch", "wing", "organ", "office",
               # "one of eight branches of the Guard Corps"
               "units", "divisions", "affiliates", "agencies", "branches", "wings", "organs"}
#: Words that make the unit no longer, or not yet, one: "a former subsidiary of".
_NOT_NOW = {"former", "ex", "onetime", "one-time", "future", "planned", "proposed", "would-be"}
#: Nouns of the owner of a company: "Hexin's parent company, Pearl Delta".
_PARENT_NOUNS = {"parent", "owner", "owners"}


def _organisation(found: Mention | None) -> Mention | None:
    return found if found is not None and found.type == "Organization" else None


def _evidence(context: ArticleContext, token: Token, confidence: float = 0.75) -> Evidence:
    return context.evidence(token.sent, "kg.events.v1", confidence)


def _described(context: ArticleContext, noun: Token) -> Mention | None:
    """The organisation a description is said of: "Lumora, a subsidiary of", "Lumora is a
    unit of", "Lumora, one of three units of"."""
    if noun.tag_ == "NNS":
        # a plural is one of them: "one of eight branches of"
        of = noun.head if noun.dep_ == "pobj" else None
        if of is None or of.lower_ != "of" or of.head.lower_ != "one":
            return None
        noun = of.head
    if noun.dep_ == "appos":
        return _organisation(context.mention_at(noun.head))
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.tag_ != "VBD":
        # not "was a unit of": it may be no longer
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"which", "that"}:
            subject = noun.head.head if noun.head.dep_ == "relcl" else None  # "X, which is"
        return _organisation(entity_of(context, subject)) if subject is not None else None
    return None


def _units(context: ArticleContext) -> Iterator[Relation]:
    """ "Lumora, a subsidiary of Tessellate Holdings" → Lumora partOf Tessellate."""
    for noun in context.tokens_with(_UNIT_NOUNS):
        if noun.lower_ not in _UNIT_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(c.lower_ in _NOT_NOW for c in noun.children):
            continue
        of = next((c for c in noun.children
                   if c.dep_ == "prep" and c.lower_ in {"of", "within"}), None)  # "a unit
        # within the ministry"
        owner = next((_organisation(entity_of(context, c)) for c in (of.children if of else [])
                      if c.dep_ == "pobj"), None)
        unit = _described(context, noun)
        if owner is not None and unit is not None and owner != unit:
            status = status_of(noun.head) if noun.dep_ == "attr" else "asserted"
            yield Relation(unit, "partOf", owner, _evidence(context, noun), status)


def _parents(context: ArticleContext) -> Iterator[Relation]:
    """ "Hexin's parent company, Pearl Delta Holdings" → Hexin partOf Pearl Delta."""
    for noun in context.tokens_with({"company", "group", *_PARENT_NOUNS}):
        if noun.pos_ != "NOUN":
            continue
        words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
        if noun.lower_ not in _PARENT_NOUNS and not words & _PARENT_NOUNS:
            continue
        if words & _NOT_NOW:
            continue
        child = next((_organisation(context.mention_at(c)) for c in noun.children
                      if c.dep_ == "poss"), None)
        parent = next((_organisation(context.mention_at(c)) for c in noun.children
                       if c.dep_ == "appos"), None)
        if child is not None and parent is not None and child != parent:
            yield Relation(child, "partOf", parent, _evidence(context, noun))


#: Bodies named after their owner's possessive: "the UN's refugee agency, UNHCR".
_BODY_NOUNS = {"agency", "arm", "wing", "body", "branch", "watchdog", "organ", "bloc",
               *_UNIT_NOUNS}


def _owned_bodies(context: ArticleContext) -> Iterator[Relation]:
    """ "the UN's refugee agency, UNHCR," → UNHCR partOf the UN; "the European Commission,
    the EU's executive arm," → the Commission partOf the EU (an organisation's only: "Kenya's
    anti-graft agency" is the state's, which no name here holds)."""
    doc = context.doc
    for noun in context.tokens_with(_BODY_NOUNS):
        if noun.lower_ not in _BODY_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(c.lower_ in _NOT_NOW for c in noun.children):
            continue
        owner = next((_organisation(context.mention_at(c) or _its_owner(context, c))
                      for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and noun.dep_ == "appos":
            # "the World Food Programme, a United Nations agency,": the body named before
            # the noun (not a country's, "a Kenyan agency")
            owner = next((found for c in noun.children if c.dep_ in {"compound", "nmod"}
                          for found in [_organisation(context.mention_at(c))]
                          if found is not None and "Place" not in dict(found.votes)), None)
        if owner is None or context.mention_at(noun) is not None:
            continue
        unit = _organisation(context.mention_at(noun.head)) if noun.dep_ == "appos" else None
        if unit is None and noun.i + 2 < noun.sent.end and doc[noun.i + 1].text == ",":
            unit = _organisation(context.name_at(doc[noun.i + 2]))  # "agency, UNHCR,"
        if unit is None and not _parted_with(noun):
            # "its unit Lumora Energy": the name set after the noun as its apposition
            unit = next((found for c in noun.children if c.dep_ == "appos"
                         for found in [_organisation(context.mention_at(c))]
                         if found is not None), None)
        if unit is not None and unit != owner:
            yield Relation(unit, "partOf", owner, _evidence(context, noun))


#: Verbs of an owner parting with a unit: "sold its unit Lumora Energy".
_PARTING_VERBS = {"sell", "divest", "spin", "offload", "dispose", "shed", "lose", "close"}


def _parted_with(noun: Token) -> bool:
    """Whether the unit ``noun`` is what its owner sells or sheds ("sold its unit X",
    "plans to spin off its arm X"): part of it no more, or soon no more."""
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in _PARTING_VERBS


#: Last words of the name of a body inside a larger one: "the Treasury's Office of Foreign
#: Assets Control", "FIFA's Disciplinary Committee".
_UNIT_HEADS = {
    "office", "bureau", "department", "division", "directorate", "committee", "council",
    "board", "unit", "service", "secretariat", "agency", "commission", "panel",
    # an armed body's units and a party's groups: "the Revolutionary Guards' Quds Force",
    # "the army's 44th Infantry Battalion", "the party's Loyalty Bloc"
    "force", "forces", "brigade", "brigades", "battalion", "regiment", "corps", "command",
    "squadron", "fleet", "bloc", "caucus",
}


def _possessed_units(context: ArticleContext) -> Iterator[Relation]:
    """ "The Treasury Department's Office of Foreign Assets Control" → the office partOf
    the department (an organisation's only: "Norland's Foreign Office" is the state's)."""
    for unit in context.mentions:
        span = context.span_of(unit)
        if unit.type != "Organization" or span is None or span.root.lower_ not in _UNIT_HEADS:
            continue
        for child in span.root.children:
            if child.dep_ != "poss" or child.i >= span.start:
                continue  # the owner is written before the unit's name
            owner = _organisation(context.mention_at(child) or _its_owner(context, child))
            if owner is None or "Place" in dict(owner.votes) or country_of(owner.name):
                continue  # a state's office ("Norland's Foreign Office") names no body
            if owner.name != unit.name:
                yield Relation(unit, "partOf", owner, _evidence(context, child))


def _its_owner(context: ArticleContext, token: Token) -> Mention | None:
    """The body "its" stands for when that body is the subject of the clause "its" is in:
    "The Finance Ministry said its Office of Fiscal Oversight would report"."""
    if token.lower_ != "its":
        return None
    clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while clause is not None:
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None:
            return _organisation(context.mention_at(subject))
        clause = clause.head if clause.dep_ in {"ccomp", "xcomp", "conj"} else None
    return None


def _members_listed(context: ArticleContext) -> Iterator[Relation]:
    """ "the commission, whose members include Ana Roe", "the commission's members include
    the labour minister, Ana Roe", "The panel's three external members are A, B and C", "The
    other members of the tribunal are A and B": each named member belongs to the body."""
    for verb in context.tokens_with({"include", "are", "is"}):
        listing = verb.lemma_ == "include" and verb.pos_ == "VERB"
        # "are" now: "the members were A and B" may be of a panel since changed
        if not (listing or verb.lower_ in {"are", "is"}) or status_of(verb) != "asserted":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_ != "member":
            continue
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None and not listing:
            owner = next(iter(objects_of(subject, "of")), None)
        if owner is None:
            continue
        body = (
            _organisation(context.mention_at(verb.head))
            if owner.lower_ == "whose" and verb.dep_ == "relcl"
            else _organisation(context.mention_at(owner))
        )
        if body is None:
            continue
        for obj in verb.children:
            if obj.dep_ != ("dobj" if listing else "attr"):
                continue
            for member in _listed(context, obj):
                if member == body or member.type not in {"Person", "Organization"}:
                    continue
                votes = dict(member.votes)
                if member.type == "Person":
                    predicate = "memberOf"
                elif votes.get("Organization", 0) > votes.get("Person", 0):
                    predicate = "partOf"  # an organisation among the members
                else:
                    continue
                yield Relation(member, predicate, body, _evidence(context, verb, 0.7))


def _listed(context: ArticleContext, token: Token) -> list[Mention]:
    """The entities of ``token`` and those listed with it, "economists A, B and C" (where the
    parser may read B, after a comma, as A's apposition, and C as B's conjunct)."""
    found = entities_of(context, token)
    for named in [token, *token.conjuncts]:
        person = context.mention_at(named)
        for c in named.children:
            if c.dep_ == "appos" and person is not None and context.is_person(person):
                found += [m for m in entities_of(context, c)
                          if m not in found and context.is_person(m)]
    return found


#: Nouns of a country's own institutions, by which news describes one named in its own
#: language: "the Storting, the Norwegian parliament", "the Bundestag, Germany's lower house".
_NATIONAL_INSTITUTIONS = {"parliament", "legislature", "house", "chamber", "assembly", "senate",
                          "army", "navy", "military", "cabinet", "congress"}


def _national_institutions(context: ArticleContext) -> Iterator[Relation]:
    """ "The Storting, the Norwegian parliament," / "Norway's parliament, the Storting," →
    partOf the country (not "a parliament like the Storting", nor a former one)."""
    for noun in context.tokens_with(_NATIONAL_INSTITUTIONS):
        if noun.lower_ not in _NATIONAL_INSTITUTIONS or noun.pos_ != "NOUN" or any(
                c.lower_ in _NOT_NOW for c in noun.children):
            continue
        if noun.dep_ == "appos":
            body = _organisation(context.mention_at(noun.head)) or _named_before_comma(
                context, noun)  # (the parser hangs the apposition on a place before)
        else:
            body = next((m for c in noun.children if c.dep_ == "appos"
                         for m in [_organisation(context.mention_at(c))] if m is not None), None)
        country = _country_owning(context, noun)
        if body is not None and country is not None:
            yield Relation(body, "partOf", country, _evidence(context, noun))


def _named_before_comma(context: ArticleContext, noun: Token) -> Mention | None:
    """The organisation named right before the comma that opens a noun's phrase: "a
    sitting of the Oireachtas, the Irish parliament"."""
    left = noun.left_edge.i
    if left < 2 or context.doc[left - 1].text != ",":
        return None
    return _organisation(context.mention_at(context.doc[left - 2]))


def _country_owning(context: ArticleContext, noun: Token) -> Mention | None:
    """The country a noun is said of: "the Norwegian parliament", "Germany's lower house"."""
    for child in noun.children:
        if child.dep_ == "poss" or child.dep_ == "amod" and child.text[:1].isupper():
            found = context.mention_at(child)
            if found is not None and found.type == "Place" and country_of(found.name):
                return found
            country = country_of(child.text) if child.dep_ == "amod" else None
            if country is not None:  # a demonym inside the body's own name: the country
                # the article names ("the Irish parliament" in a story naming Ireland)
                return next((m for m in context.mentions
                             if m.type == "Place" and m.name == country), None)
    return None


def structure_relations(context: ArticleContext) -> Iterator[Relation]:
    yield from _national_institutions(context)
    yield from _units(context)
    yield from _parents(context)
    yield from _owned_bodies(context)
    yield from _possessed_units(context)
    yield from _members_listed(context)
