"""Where places and organisations are → ``locatedIn`` (part of ``kg.events.v1``), and
the units an owner's description names → ``partOf``.

A place followed by a comma and a country or a US state ("Dunmore, Alaska", "Pell Falls,
Ore.", "VERANO, Italy") is in it; so is a place followed by "in" and another place
("Hollbach in Austria", "Marlow in western Kentucky", "Arnak in the southeastern part of
Armenia", "Arnak in the north of Armenia", and every place of a list before it: "Velnik
and Straza in Slovakia"), and a place a place owns ("Kenya's Rift Valley"). An
organisation described as "X-based" is in X ("Terra, the Brussels-based lobby", "the
Geneva-based think tank Alpine Research"; never a person's "a London-based analyst at
Terra"), and so is one headquartered there ("Terra, headquartered in Brussels", "Terra's
headquarters in Brussels", "headquartered in the city of Brussels", "Terra, which has its
headquarters in Brussels", "Terra, a firm with headquarters in Brussels"), or described as
a kind of body there ("Terra, a golf club in Dunmore"), or registered there ("Terra, a
company registered in Belgium", "Delaware, where Terra is incorporated").
A name with the kind of place it is in apposition is in the place that kind is of or in
("Tarvik, the capital of Armenia", "Velmar, a small town in Kentucky", "Armenia's capital,
Tarvik"), and so is one named after a nation's kind of place ("the Indonesian port of
Cilacap", "the Ukrainian city Kupiansk", not "the Russian-held town of"), or said to be in
a place of a kind ("Velnik, a town in Sindh province"); a place set off by ", in" is in
the country named ("Velnik, in eastern Slovakia,"). A description stands for the body it
describes: an apposition the parser missed ("held at Terra, the depository based in
Brussels"), "the Bentonville, Arkansas-based company" (in the city) after the company is
named, "the Frankfurt-based institution" after a bank in its sentence, "both companies are
headquartered in Moscow" after the two were the subject, "its headquarters in Lausanne"
of the body that is the subject. A body named with "of/for …" is in the place right after
it ("the Marlow Centre for Energy Research in Oslo"), and one named after a unit of an
owner is part of it ("the retailer's biggest business, Terra Retail"). A country is never
said to be in another place by a comma, and a list ("Europe, Canada, Chile and Kenya") or
a possessive after the comma ("In Lisbon, Spain's minister") states no nesting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.entities import demonym_mention
from kg.extract.modality import status_of
from kg.model import Mention, Relation
from kg.text.lexicon import (
    CAPITAL_COUNTRIES,
    COMPANY_WORDS,
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    OCCUPATIONS,
    ORG_HEADS,
    PAST_TITLE_WORDS,
    TITLE_PREDICATE,
    US_STATE_ABBREVIATIONS,
    US_STATES,
)

__all__ = ["place_relations", "is_country_or_state", "place_named_by", "capitals_listed"]

#: Words between "in" and the larger place: "in western Kentucky", "in the north of".
_COMPASS = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
_BETWEEN = {"the", "central", "nearby", "suburban", "downtown", "upstate", "rural",
            *_COMPASS, *(f"{c}ern" for c in _COMPASS)}
_COMPASS_WORDS = {*_COMPASS, *(f"{c}ern" for c in _COMPASS)}


#: Nouns of a part of a larger place: "in the southeastern part of Rwanda".
_PARTS = {"part", "parts", "corner", "tip", "end", "edge", "outskirts"}


def _past_between(doc: Doc, k: int, end: int) -> int:
    """The first token from ``k`` that is not a word placing a thing inside the larger place:
    "in western Kentucky", "in the north of Chile", "in the southeastern part of Rwanda"."""
    while k < end - 1 and doc[k].lower_ in _BETWEEN:
        k += 1
    if k < end - 2 and doc[k].lower_ in _PARTS and doc[k + 1].lower_ == "of":
        k += 2  # "in the southeastern part of Rwanda"
    elif k < end - 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _COMPASS_WORDS:
        k += 1  # "in the north of Chile"
    return k


def is_country_or_state(name: str) -> bool:
    """A country or a US state, in any of the forms news writes them."""
    bare = name.removeprefix("the ").rstrip(".")
    return (
        bare in COUNTRIES
        or name in COUNTRY_ALIASES
        or bare in COUNTRY_ALIASES
        or bare in US_STATES
        or bare in US_STATE_ABBREVIATIONS
    )


def _place(context: ArticleContext, token: Token) -> Mention | None:
    found = context.name_at(token)
    return found if found is not None and found.type == "Place" else None


def _relation(context: ArticleContext, inner: Mention, outer: Mention, sent: Span) -> Relation:
    return Relation(inner, "locatedIn", outer, context.evidence(sent, "kg.events.v1", 0.7))


def capitals_listed(inner: Mention, outer: Mention) -> bool:
    """Whether two places after one another are national capitals of different countries
    ("Kyiv, Washington"): a list of the governments they stand for, not a city in a state
    of the same name."""
    country = CAPITAL_COUNTRIES.get(inner.name)
    return country is not None and outer.name in CAPITAL_COUNTRIES and outer.name != country


def _listed_before(context: ArticleContext, span: Span) -> list[Mention]:
    """The places a list puts before the one at ``span``: "Arno, Velnik and Straza"."""
    found: list[Mention] = []
    k = span.start - 1
    while k >= span.sent.start:
        token = context.doc[k]
        place = _place(context, token)
        if place is not None:
            if context.doc[k - 1].lower_ == "in":
                break  # "Straza in Slovakia and Hollbach": Slovakia is no item
            if not found or found[-1] != place:
                found.append(place)
        elif token.lower_ not in {",", "and", "or"}:
            break
        k -= 1
    return found


def _byline(sent: Span) -> bool:
    """Whether ``sent`` is a byline ("By A in Tokyo and B in Seoul") or a wire's credit line
    ("(Reporting by A in Tokyo and B in Seoul; Editing by C)"): "By" and no verb."""
    words = [t for t in sent if t.text != "("]
    while words and words[0].lower_ in _CREDITS:
        words = words[1:]
    return bool(words) and words[0].lower_ == "by" and not any(
        t.pos_ in {"VERB", "AUX"} for t in words if t.lower_ not in _CREDITS)


#: Words that open a wire story's credit line before "by": "(Additional reporting by A".
_CREDITS = {"reporting", "additional", "writing", "editing", "compiled", "written"}


def _possessed(context: ArticleContext, owner: Mention, span: Span) -> Iterator[Relation]:
    """ "California's Central Valley", "Bangkok's largest slum, Klong Toey"."""
    doc = context.doc
    k = span.end + 1
    while k < span.sent.end - 1 and (doc[k].pos_ == "ADJ" or doc[k].tag_ in {"JJS", "JJ"}):
        k += 1
    part = _place(context, doc[k]) if k < span.sent.end else None
    if part is not None and part != owner and not is_country_or_state(part.name) and (
            not _beat_of_a_title(context, part)):
        yield _relation(context, part, owner, span.sent)
    if part is None and k < span.sent.end and is_country_or_state(owner.name):
        for site in _sites_at(context, doc[k]):  # "Norway's nuclear sites at Velnik and Straza"
            if site != owner and not is_country_or_state(site.name):
                yield _relation(context, site, owner, span.sent)


def _beat_of_a_title(context: ArticleContext, place: Mention) -> bool:
    """Whether ``place`` is the beat of the title after it, which the owner's is: "Russia's
    [Africa] envoy", "China's [Middle East] envoy" (the region is no part of the country)."""
    span = context.span_of(place)
    after = context.doc[span.end] if span is not None and span.end < len(context.doc) else None
    return after is not None and after.is_lower and (
        after.lower_ in TITLE_PREDICATE or after.lower_ in OCCUPATIONS)


#: Nouns of sites a country has at named places: "Norway's nuclear sites at Velnik and Straza"
#: (not bases or ports, which a country may hold abroad: "Norway's naval base at Velnik").
_SITE_NOUNS = {"site", "facility", "plant", "reactor", "refinery", "mine", "installation"}


def _sites_at(context: ArticleContext, noun: Token) -> list[Mention]:
    """The places ``noun``, a word for sites, says they are at: "sites at Velnik and Straza",
    "its plants in Velnik and Straza" (not "sites near Velnik")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "nuclear power plant"
        noun = noun.head
    if noun.lemma_ not in _SITE_NOUNS or noun.pos_ != "NOUN":
        return []
    doc = context.doc
    k = noun.i + 1
    if k >= noun.sent.end or doc[k].lower_ not in {"at", "in"}:
        return []
    found: list[Mention] = []
    for token in doc[k + 1 : noun.sent.end]:
        place = _place(context, token)
        if place is not None:
            if place not in found:
                found.append(place)
        elif token.text != "," and token.lower_ != "and":
            break
    return found


#: Words of a description between "X-based" and the name it describes.
_DESCRIPTION_POS = {"NOUN", "PROPN", "ADJ", "NUM", "PART", "PUNCT"}


def _based(context: ArticleContext) -> Iterator[Relation]:
    """ "Terra, the Brussels-based farmers' lobby", "the Geneva-based think tank Alpine"."""
    doc = context.doc
    for token in context.tokens_with({"based"}):
        if token.lower_ != "based" or token.i < 2 or doc[token.i - 1].text not in {"-", "–"}:
            continue
        place = _place(context, doc[token.i - 2])
        if place is None:
            continue
        place, first = _city_before(context, token.i - 2, place)
        # the name after the description ("the Geneva-based think tank Alpine Research"),
        # never one past it: "a London-based analyst at Orvane" describes the analyst
        org = None
        for k in range(token.i + 1, min(token.i + 6, token.sent.end)):
            org = context.name_at(doc[k])
            if org is not None and _modifies_a_noun_after(context, doc[k], org):
                org = None  # "another Russia-based BPH provider", "a London-based Reuters
                break  # reporter": the provider, the reporter, is based there
            if org is not None or doc[k].is_punct and doc[k].text not in {"'", "’"}:
                break
            if doc[k].pos_ not in _DESCRIPTION_POS:
                break
        # or the name the description is in apposition to ("Terra, the Brussels-based lobby")
        start = first
        while start > token.sent.start and doc[start - 1].pos_ in {"DET", "ADJ"}:
            start -= 1
        described = token.head
        # (not "In a filing to X, the Lagos-based processor said": the definite subject of
        # a clause after an opening phrase, no apposition)
        if org is None and start >= 2 and doc[start - 1].text == "," and not (
                described.dep_ in {"nsubj", "nsubjpass"}
                and described.head.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "det" and c.lower_ == "the" for c in described.children)):
            org = context.name_at(doc[start - 2])
        if org is None and described.dep_ == "attr" and described.head.lemma_ == "be":
            # "Kinara is a Nairobi-based group"
            org = next((context.name_at(c) for c in described.head.children
                        if c.dep_ == "nsubj"), None)
        if org is None:
            org = _referred_body(context, described)
        if org is not None and org.type == "Organization":
            yield _relation(context, org, place, token.sent)


def _modifies_a_noun_after(context: ArticleContext, token: Token, name: Mention) -> bool:
    """Whether the name at ``token`` only modifies a common noun written after it: "BPH" of
    "a BPH provider", "Reuters" of "a Reuters reporter"."""
    span = context.span_of(name)
    last = context.doc[span.end - 1] if span is not None else token
    head = last.head
    return (last.dep_ in {"compound", "nmod", "amod"} and head.i > last.i
            and head.pos_ == "NOUN" and context.name_at(head) is None
            # (not "the Brussels-based NATO alliance": the body by its kind)
            and head.lower_ not in ORG_HEADS | COMPANY_WORDS | _BODY_NOUNS)


def _city_before(context: ArticleContext, k: int, place: Mention) -> tuple[Mention, int]:
    """The city of "the Bentonville, Arkansas-based company", where ``place`` at token
    ``k`` is the state or country after it, and the token it starts at; else ``place``
    and ``k``."""
    if not is_country_or_state(place.name):
        return place, k
    span = context.span_of(place)
    start = span.start if span is not None else k
    if start >= 2 and context.doc[start - 1].text == ",":
        city = _place(context, context.doc[start - 2])
        city_span = context.span_of(city) if city is not None else None
        if (city is not None and city_span is not None and city != place
                and not is_country_or_state(city.name)):
            return city, city_span.start
    return place, k


#: Nouns a description of a body ends with: "the Frankfurt-based institution".
_BODY_NOUNS = {
    "institution", "company", "firm", "group", "bank", "lender", "retailer", "insurer",
    "carrier", "airline", "broadcaster", "newspaper", "agency", "organisation", "organization",
    "body", "federation", "fund", "regulator", "exchange", "conglomerate", "operator",
    "charity", "foundation", "university", "institute", "club", "court", "maker",
    # trades a business is called by: "the Perth-based producer", "the Ohio-based miner"
    "producer", "miner", "manufacturer", "carmaker", "automaker", "chipmaker", "drugmaker",
    "refiner", "lobby",
}
#: Of those, the ones a person is called by too ("the film's Paris-based producer"): they
#: refer only to a body named in their own sentence.
_TRADES_OF_PEOPLE_TOO = {"producer"}
#: Their plurals, for "both companies", "the two firms".
_BODY_PLURALS = {f"{noun}s" for noun in _BODY_NOUNS} | {"companies"}


def _referred_body(context: ArticleContext, noun: Token) -> Mention | None:
    """The named body a definite description refers back to: the one the article's
    reference resolution found ("the company" after "Velora Group said"), else the body
    named last before it in its sentence ("… of the European Central Bank, putting him
    on the Frankfurt-based institution's board"); never a person's description
    ("the Paris-based analyst")."""
    if noun.lower_ not in _BODY_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    found = context.mention_at(noun)
    if found is not None:
        return found
    before = [m for m in context.mentions if m.type == "Organization"
              and noun.sent.start_char <= m.start and m.end <= noun.idx
              and not _in_opening_phrase(context, m, noun)]
    if before:
        return _one_body_before(context, noun, before)
    if noun.lower_ in _TRADES_OF_PEOPLE_TOO:
        return None  # "Kestrel Films hired X. The Paris-based producer said": X may be meant
    subjects = [m for sent in _sentences_before(noun, 3) for m in _subjects(context, sent)]
    return subjects[-1] if subjects else None


def _in_opening_phrase(context: ArticleContext, body: Mention, noun: Token) -> bool:
    """Whether ``body`` is named in a phrase opening the clause whose subject is ``noun``
    ("In a filing to the exchange X, the Lagos-based processor said": the processor is
    not the exchange)."""
    span = context.span_of(body)
    if span is None or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(
        c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < noun.i
        and c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i
        for c in noun.head.children
    )


def _one_body_before(context: ArticleContext, noun: Token, before: list[Mention]) -> Mention | None:
    """Of the bodies ``before`` a description in its sentence, the one it refers to: the
    sentence's subject ("X picked the chief executive of Y to run the London-based group"
    is X's), else the last named ("A, who left B to join C, has run the Perth-based
    producer" is C)."""
    subjects = _subjects(context, noun.sent)
    return next((m for m in subjects if m in before), None) or max(before, key=lambda m: m.end)


def _sentences_before(token: Token, count: int) -> list[Span]:
    """The ``count`` sentences before ``token``'s, in order."""
    found: list[Span] = []
    start = token.sent.start
    while start > 0 and len(found) < count:
        found.insert(0, token.doc[start - 1].sent)
        start = found[0].start
    return found


def _subjects(context: ArticleContext, sent: Span) -> list[Mention]:
    """The organisations a sentence has as the subject of its main verb, with those
    joined to it: "Rosneft, run by X, and Lukoil did not respond"."""
    tokens = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for token in tokens:  # (grows as it goes: "A, B and C" is A, its conj B, B's conj C)
        tokens += [c for c in token.children if c.dep_ == "conj"]
    found = sorted({m for t in tokens if (m := context.mention_at(t)) is not None},
                   key=lambda m: m.start)
    return [m for m in found if m.type == "Organization" and not _person_like(context, m)]


def _person_like(context: ArticleContext, mention: Mention) -> bool:
    """Whether a name typed an organisation is a person's: more votes for a person, or the
    surname of a person the article names in full ("McMillon, 59, will stay")."""
    votes = dict(mention.votes)
    return votes.get("Person", 0) >= votes.get("Organization", 0) or context.is_person(
        replace(mention, votes=()))


#: What an organisation is, named between its place and its name: "the Lagos newspaper X".
_KINDS = {
    "newspaper", "daily", "broadcaster", "company", "firm", "group", "bank", "carrier",
    "airline", "agency", "university", "lender", "insurer", "carmaker", "chipmaker",
    "manufacturer", "developer", "club", "think", "tank", "charity", "foundation",
}


def _described_by_place(context: ArticleContext) -> Iterator[Relation]:
    """ "the independent Lagos newspaper Harbour Daily", "Hong Kong property firm Lantau Crest"."""
    doc = context.doc
    for org in context.mentions:
        span = context.span_of(org)
        if org.type != "Organization" or span is None or span.start < 2:
            continue
        k = span.start - 1
        if doc[k].lower_ not in _KINDS:
            continue
        while k > span.sent.start and _place(context, doc[k]) is None and (
                doc[k].lower_ in _KINDS or doc[k].pos_ in {"NOUN", "ADJ"}):
            k -= 1  # (a town the tagger read as an adjective ends the walk: "The Calgary")
        place = _place(context, doc[k])
        if place is not None:
            yield _relation(context, org, place, span.sent)


#: What an organisation is, said in apposition to its name with where it is: "Terra, a golf
#: club in Dunmore".
_SITED_KINDS = _KINDS - {"think"} | {"institute", "school", "hospital", "museum", "hotel"}


def _kind_in_place(context: ArticleContext) -> Iterator[Relation]:
    """ "Terra, a golf club in Dunmore", "Velka, the largest bank in Tessa": an organisation
    described as a kind of body in a place is there (not "Velka, a bank, in Tessa": a
    place set apart by commas tells where something happened)."""
    for noun in context.tokens_with(_SITED_KINDS):
        if noun.lower_ not in _SITED_KINDS or noun.dep_ != "appos" or noun.pos_ != "NOUN":
            continue
        org = _organisation(context, noun.head)
        if org is None:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > noun.i:
                place = next((place_named_by(context, c) for c in prep.children
                              if c.dep_ == "pobj"), None)
                if place is not None:
                    yield _relation(context, org, place, noun.sent)


#: What a place is, said in apposition to its name: "Velmar, a small town in Kentucky".
_PLACE_KINDS = {
    "capital", "city", "town", "village", "hamlet", "suburb", "port", "province", "region",
    "state", "county", "district", "island", "nation", "country", "republic", "resort",
    "municipality", "neighborhood", "neighbourhood", "borough", "community", "enclave",
}


def _maybe_place(context: ArticleContext, token: Token | None) -> Mention | None:
    """A name that may be a place: typed one, or with a vote for it (the resolver settles
    the type, and a relation to what is not a place is dropped there)."""
    found = context.name_at(token) if token is not None else None
    if found is None or found.type != "Place" and "Place" not in dict(found.votes):
        return None
    return found


def _named_of(context: ArticleContext, noun: Token) -> Mention | None:
    """The place "of" names after a kind of place: "the town of Kvasiny"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((_maybe_place(context, c) for c in (of.children if of else [])
                 if c.dep_ == "pobj"), None)


def _named_next(context: ArticleContext, noun: Token) -> Mention | None:
    """The place named right after a kind of place with no "of": "the Ukrainian city
    Kupiansk" (the parser may hang the name anywhere)."""
    k = noun.i + 1
    if k >= noun.sent.end or not noun.doc[k].text[:1].isupper():
        return None
    found = _maybe_place(context, noun.doc[k])
    span = context.span_of(found) if found is not None else None
    return found if span is not None and span.start == k else None


def _kind_named(context: ArticleContext, token: Token) -> Mention | None:
    """The place ``token`` names, or that names the kind of place ``token`` is: "Sindh" of
    "in Sindh province"."""
    found = _place(context, token)
    if found is not None or token.lemma_.lower() not in _PLACE_KINDS:
        return found
    return next((_place(context, c) for c in token.children
                 if c.dep_ == "compound" and _place(context, c) is not None), None)


def _demonym_country(context: ArticleContext, noun: Token) -> Mention | None:
    """The country a demonym before a kind of place names: "the northern Syrian town".
    Not one joined to a participle: "the Russian-held town" is not in Russia."""
    for child in noun.children:
        if child.dep_ != "amod" or child.i + 1 >= len(context.doc):
            continue
        if context.doc[child.i + 1].text in {"-", "–"} or any(
            c.text in {"-", "–"} for c in child.children
        ):
            continue
        found = demonym_mention(context, child)
        if found is not None and found.type == "Place":
            return found
    return None


def _kind_of_place(context: ArticleContext) -> Iterator[Relation]:
    """ "Tarvik, the capital of Armenia", "Tarvik, Armenia's second-largest city",
    "Armenia's capital, Tarvik", "Velmar, a small town in Kentucky", "Armenia's
    northern province of Tarvik"."""
    for noun in context.tokens_with(_PLACE_KINDS):
        if noun.lemma_.lower() not in _PLACE_KINDS or noun.pos_ != "NOUN":
            continue
        outer = next((_place(context, c) for c in noun.children
                      if c.dep_ == "poss" and _place(context, c) is not None), None)
        if noun.dep_ == "appos":
            inner = _maybe_place(context, noun.head)
        elif _present_copula(noun):  # "Tarvik is Armenia's second-largest city"
            inner = next((_maybe_place(context, c) for c in noun.head.children
                          if c.dep_ == "nsubj" and _maybe_place(context, c) is not None), None)
        else:
            inner = next((_maybe_place(context, c) for c in noun.children
                          if c.dep_ == "appos" and _maybe_place(context, c) is not None), None)
        if inner is None and outer is not None:  # "Serbia's southern province of Kosovo"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((_maybe_place(context, c) for c in (of.children if of else [])
                          if c.dep_ == "pobj"), None)
        if inner is None and outer is None:  # "the Indonesian port of Cilacap"
            inner = _named_of(context, noun) or _named_next(context, noun)
            outer = _demonym_country(context, noun) if inner is not None else None
        elif outer is None:  # "the Ukrainian city, Kupiansk", "Kupiansk, a Ukrainian city"
            outer = _demonym_country(context, noun)
        for prep in noun.children:
            if outer is None and prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
                outer = next((_kind_named(context, c) for c in prep.children
                              if c.dep_ == "pobj" and _kind_named(context, c) is not None), None)
        if inner is not None and outer is not None and inner != outer:
            yield _relation(context, inner, outer, noun.sent)


def _present_copula(noun: Token) -> bool:
    """Whether ``noun`` is what "is" says its subject is ("X is Armenia's capital"); not
    "was" (a former capital) nor "is not"."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _organisation(context: ArticleContext, token: Token | None) -> Mention | None:
    found = context.name_at(token) if token is not None else None
    return found if found is not None and found.type == "Organization" else None


def place_named_by(context: ArticleContext, token: Token) -> Mention | None:
    """The place ``token`` names, or the one a kind of place names: "the city of Porto",
    "the southern port city, Sines"."""
    found = _place(context, token)
    if found is not None or token.lemma_.lower() not in _PLACE_KINDS or token.pos_ != "NOUN":
        return found
    for child in token.children:
        if child.dep_ == "appos":
            return _place(context, child)
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((_place(context, c) for c in child.children if c.dep_ == "pobj"), None)
    return None


def _in_place(context: ArticleContext, token: Token) -> Mention | None:
    """The place of an "in" under ``token``: "headquartered in nearby Rockville",
    "headquartered in the city of Porto"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and place_named_by(context, pobj) is not None:
                    return place_named_by(context, pobj)
    return None


def _place_after_in(context: ArticleContext, token: Token) -> Mention | None:
    """The place written right after "X in": the parser may hang the "in" elsewhere."""
    doc, k = context.doc, token.i + 1
    if k >= token.sent.end or doc[k].lower_ != "in":
        return None
    k = _past_between(doc, k + 1, token.sent.end)
    return _place(context, doc[k]) if k < token.sent.end else None


def _described_organisation(context: ArticleContext, noun: Token) -> Mention | None:
    """The organisation ``noun`` names, or the one it describes in apposition ("Kinara, a
    company registered in Kenya"), or the one a relative pronoun stands for."""
    if noun.lower_ in {"which", "that", "whose"} and noun.head.dep_ == "relcl":
        noun = noun.head.head
    found = _organisation(context, noun)
    if found is None and noun.dep_ == "appos" and noun.pos_ == "NOUN":
        found = _organisation(context, noun.head)
    k = noun.left_edge.i - 1
    if found is None and noun.pos_ == "NOUN" and k >= 1 and context.doc[k].text == ",":
        # an apposition the parser did not see: "held at Kinara, the depository based in"
        found = _organisation(context, context.doc[k - 1])
    return found


def _headquarters_owner(context: ArticleContext, noun: Token) -> Mention | None:
    """Whose headquarters a pronoun or "with" says they are: "Kinara, which has its
    headquarters in Nairobi", "Kinara, whose headquarters are in Nairobi", "Kinara, a firm
    with headquarters in Nairobi"."""
    head = noun.head
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return _organisation(context, head.head) if head.dep_ == "relcl" else None
    if noun.dep_ == "dobj" and head.lemma_ == "have" and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children
    ):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return _described_organisation(context, subject) if subject is not None else None
    if noun.dep_ == "pobj" and head.lower_ == "with":
        return _described_organisation(context, head.head)
    return None


#: Participles that say where an organisation is seated: "registered in", "incorporated in".
_SEATED = {"base", "register", "incorporate", "domicile", "headquarter"}


def _seated(context: ArticleContext) -> Iterator[Relation]:
    """ "Kinara, a company registered in Kenya", "Kinara, which is incorporated in
    Delaware", "Kinara is registered in Kenya", "Sadaf, an exchange business headquartered
    in Tehran" (not "was based in": it may have moved)."""
    for verb in context.tokens_with(_SEATED):
        if verb.lemma_ not in _SEATED or verb.tag_ != "VBN" or status_of(verb) != "asserted":
            continue
        if verb.lemma_ == "base" and any(c.lower_ in {"was", "were"} for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        where = any(c.lower_ == "where" for c in verb.children) and verb.dep_ == "relcl"
        if verb.dep_ in {"acl", "relcl"} and not where:
            org = _described_organisation(context, verb.head) or _body_typed_place(
                context, verb.head
            )
        else:
            org = _described_organisation(context, subject) if subject is not None else None
        # "Delaware, where Kinara is incorporated"
        place = place_named_by(context, verb.head) if where else _in_place(context, verb)
        if org is not None and place is not None:
            yield _relation(context, org, place, verb.sent)
        elif place is not None and subject is not None and verb.dep_ not in {"acl", "relcl"}:
            for each in _bodies_meant(context, subject):  # "The two firms are based in Oslo"
                yield _relation(context, each, place, verb.sent)


def _body_typed_place(context: ArticleContext, noun: Token) -> Mention | None:
    """A name the tagger took for a place that a relative clause says is seated somewhere
    ("ORFA, which is based in Lyon"): only a body has a seat there."""
    if noun.lower_ in {"which", "that"} and noun.head.dep_ == "relcl":
        noun = noun.head.head
    found = context.name_at(noun)
    return found if found is not None and found.type == "Place" else None


def _bodies_meant(context: ArticleContext, token: Token | None) -> list[Mention]:
    """The organisations a plural description stands for ("both companies", "the two
    firms"), as the article's reference resolution found them."""
    if token is None:
        return []
    found = [m for m in context.group_antecedents.get(token.i, []) if m.type == "Organization"]
    if found or token.lower_ not in _BODY_PLURALS:
        return found
    if not any(c.lower_ in {"both", "two"} for c in token.children):
        return []
    # the two bodies the sentence before had as its subject
    before = _sentences_before(token, 1)
    pair = _subjects(context, before[0]) if before else []
    return pair if len(pair) == 2 else []


def _its_owner(context: ArticleContext, noun: Token) -> Mention | None:
    """Whose "its headquarters" are: the organisation that is the subject of the clause,
    or, where that subject is "it", the organisation the sentence before had as subject
    ("The council said … It asked the clubs to come to its headquarters in Lausanne")."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return None
    verb = noun
    while verb.dep_ not in {"ROOT", "ccomp", "advcl", "relcl"} and verb.head is not verb:
        verb = verb.head
        if any(c.dep_ == "nsubj" for c in verb.children):
            break
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ != "it":
        found = context.mention_at(subject)
        return found if found is not None and found.type == "Organization" else None
    sent = noun.sent
    if sent.start == 0:
        return None
    before = context.doc[sent.start - 1].sent
    found = next((context.mention_at(t) for t in before
                  if t.dep_ == "nsubj" and t.head == before.root), None)
    return found if found is not None and found.type == "Organization" else None


def _headquarters(context: ArticleContext) -> Iterator[Relation]:
    """ "Velora, headquartered in Denver", "Velora is headquartered in Denver", "at Velora
    headquarters in Denver", "the headquarters of Velora in Denver"."""
    for token in context.tokens_with({"headquarter", "headquarters", "hq"}):
        if token.lemma_ == "headquarter" and token.tag_ == "VBN":
            subject = token.head if token.dep_ == "acl" else next(
                (c for c in token.children if c.dep_ == "nsubjpass"), None)
            org, place = _organisation(context, subject), _in_place(context, token)
            if org is None and place is not None:
                # "Both companies are headquartered in Moscow": each of those just named
                for each in _bodies_meant(context, subject):
                    yield _relation(context, each, place, token.sent)
        elif token.lower_ in {"headquarters", "hq"} and token.pos_ in {"NOUN", "PROPN"}:
            org = next((_organisation(context, c) for c in token.children
                        if c.dep_ in {"compound", "poss"}
                        and _organisation(context, c) is not None), None)
            for prep in token.children:
                if org is None and prep.dep_ == "prep" and prep.lower_ == "of":
                    org = next((_organisation(context, c) for c in prep.children
                                if c.dep_ == "pobj"), None)
            org = org or _headquarters_owner(context, token) or _its_owner(context, token)
            # not "the Commission's Berlaymont headquarters": a name there is the building's
            place = _in_place(context, token) or _place_after_in(context, token)
            if place is None and token.dep_ == "nsubj" and token.head.lemma_ == "be":
                place = _in_place(context, token.head)  # "whose headquarters are in Nairobi"
        else:
            continue
        if org is not None and place is not None:
            yield _relation(context, org, place, token.sent)


#: Verbs of a career step: "joined the Kessler Institute in Boston" says where she joined.
_CAREER_STEPS = {"join", "rejoin", "leave", "quit", "enter"}


def _named_body_in(context: ArticleContext) -> Iterator[Relation]:
    """ "a fellow at the Kessler Centre for Policy Studies in New Delhi": a body whose
    name ends in "of/for …" is in the place right after it, where the parser hung the
    "in" on the name's last word (one hung on the name's head is read in
    :mod:`kg.extract.roles`)."""
    doc = context.doc
    for org in context.mentions:
        span = context.span_of(org)
        if org.type != "Organization" or span is None or span.end + 1 >= span.sent.end:
            continue
        after = doc[span.end]
        if after.lower_ != "in" or after.head == span.root or not (
                span.start <= after.head.i < span.end):
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"}:
            continue  # "a fund in Oslo": one of its kind there, maybe a branch
        verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
        if verb.lemma_ in _CAREER_STEPS:
            continue
        place = _place(context, doc[_past_between(doc, span.end + 1, span.sent.end)])
        if place is not None:
            yield _relation(context, org, place, span.sent)


#: Nouns of a part of a company or body: "the retailer's biggest business, Walmart U.S.".
_UNIT_NOUNS = {
    "unit", "business", "division", "arm", "subsidiary", "affiliate", "branch",
    "committee", "subcommittee",  # "the Parliament's civil liberties committee, known as X"
}


def _described_units(context: ArticleContext) -> Iterator[Relation]:
    """ "the retailer's biggest business, Velora Retail", "Velora Group's largest unit,
    Velora Retail", "the Parliament's budget committee, known as BUDG": the body named after a
    unit of an owner (named, or a description
    referring back to one) is part of it (never "its chief executive, Ana Roe")."""
    doc = context.doc
    for noun in context.tokens_with(_UNIT_NOUNS):
        k = noun.i + 1
        if noun.lower_ in _UNIT_NOUNS and noun.dep_ == "compound":
            yield from _unit_before_name(context, noun)
            continue
        if noun.lower_ not in _UNIT_NOUNS or k + 1 >= noun.sent.end or doc[k].text != ",":
            continue
        if any(c.lower_ in PAST_TITLE_WORDS for c in noun.children):
            continue  # "its former unit, X": part of it no more
        if k + 3 < noun.sent.end and doc[k + 1].lower_ == "known" and doc[k + 2].lower_ == "as":
            k += 2  # "its medicines division, known as X"
        part = _organisation(context, doc[k + 1])
        span = context.span_of(part) if part is not None else None
        owner_token = next((c for c in noun.children if c.dep_ == "poss"), None)
        if part is None or span is None or span.start != k + 1 or owner_token is None:
            continue
        owner = _unit_owner(context, owner_token)
        if owner is not None and owner != part and not _person_like(context, owner):
            yield Relation(part, "partOf", owner,
                           context.evidence(noun.sent, "kg.events.v1", 0.7))


def _unit_before_name(context: ArticleContext, noun: Token) -> Iterator[Relation]:
    """ "its lubricants business Castrol", "Velora's retail arm Velora Shops": the unit
    word set before the name, with its owner before both."""
    name = noun.head
    part = _organisation(context, name)
    span = context.span_of(part) if part is not None else None
    owner_token = next(
        (c for t in (name, noun) for c in t.children if c.dep_ == "poss" and c.i < noun.i), None
    )
    if span is None or owner_token is None or not noun.i < span.start:
        return
    if any(context.doc[i].lower_ in PAST_TITLE_WORDS for i in range(owner_token.i, noun.i)):
        return  # "its former unit X"
    owner = _unit_owner(context, owner_token)
    if owner is not None and owner != part and not _person_like(context, owner):
        yield Relation(part, "partOf", owner, context.evidence(noun.sent, "kg.events.v1", 0.7))


def _unit_owner(context: ArticleContext, owner_token: Token) -> Mention | None:
    """Whose unit "X's unit" or "its unit" is: the body named, referred back to, or for
    "its" the organisation the clause is about."""
    owner = _organisation(context, owner_token) or _referred_body(context, owner_token)
    if owner is None and owner_token.lower_ == "its":
        owner = _its_owner(context, owner_token.head) or _only_body_before(context, owner_token)
    return owner


def _only_body_before(context: ArticleContext, token: Token) -> Mention | None:
    """The one organisation its sentence names before ``token`` ("BP's plan to sell assets,
    including its lubricants business": BP); none where it names two."""
    before = {m for m in context.mentions if m.type == "Organization"
              and token.sent.start_char <= m.start and m.end <= token.idx}
    return before.pop() if len(before) == 1 else None


def place_relations(context: ArticleContext) -> Iterator[Relation]:
    yield from _based(context)
    yield from _named_body_in(context)
    yield from _described_units(context)
    yield from _described_by_place(context)
    yield from _kind_in_place(context)
    yield from _kind_of_place(context)
    yield from _headquarters(context)
    yield from _seated(context)
    doc = context.doc
    for inner in context.mentions:
        span = context.span_of(inner)
        if span is None or span.end + 1 >= len(doc):
            continue
        if inner.type != "Place":
            continue
        after = doc[span.end]
        if after.lower_ in {"'s", "’s"}:
            yield from _possessed(context, inner, span)
            continue
        if is_country_or_state(inner.name):
            continue  # a country is in no other place
        if after.text == "," and doc[span.end + 1].lower_ == "in":  # "Velnik, in eastern Slovakia,"
            k = _past_between(doc, span.end + 2, span.sent.end)
            outer = _place(context, doc[k])
            outer_span = context.span_of(outer) if outer is not None else None
            if (
                outer is not None and outer != inner and outer_span is not None
                and is_country_or_state(outer.name) and outer_span.end < len(doc)
                and doc[outer_span.end].is_punct and doc[outer_span.end].text not in {"'s", "’s"}
            ):
                yield _relation(context, inner, outer, span.sent)
            continue
        if after.text == ",":  # "Dunmore, Alaska"
            outer = _place(context, doc[span.end + 1])
            outer_span = context.span_of(outer) if outer is not None else None
            if outer_span is None or outer_span.end >= len(doc):
                continue
            if doc[outer_span.end].lower_ in {"'s", "’s"}:
                continue  # "In Osaka, Japan's trade ministry": no nesting stated
            if doc[outer_span.start].text in DEMONYMS:
                continue  # "met officials in Kyiv, American diplomats said": a people's word
            last = doc[outer_span.end - 1]
            if last.dep_ in {"compound", "amod", "nmod"} and last.head.i >= outer_span.end:
                continue  # "a licence issued by OFAC, U.S. persons are barred": the place
                # modifies a noun after it, no "Dunmore, Alaska"
            k = outer_span.end
            while k < span.sent.end - 1 and doc[k].lower_ in {",", "and", "or", "the"}:
                k += 1
            if k > outer_span.end and _place(context, doc[k]) is not None:
                continue  # "Europe, Canada, Chile and Kenya", "Europe, Ukraine and the US": a list
            if capitals_listed(inner, outer):
                continue  # "Kyiv, Washington and their allies": two governments, a list
            if outer != inner and is_country_or_state(outer.name):
                yield _relation(context, inner, outer, span.sent)
            continue
        if after.lower_ != "in" or _byline(span.sent):
            continue  # "By A in Tokyo and B in Seoul": where the reporters are, not places
        k = _past_between(doc, span.end + 1, span.sent.end)
        outer = _place(context, doc[k])
        if outer is None or outer == inner:
            continue
        for place in {inner, *_listed_before(context, span)}:
            if place != outer and not is_country_or_state(place.name):
                yield _relation(context, place, outer, span.sent)
