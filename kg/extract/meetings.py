"""Who else a meeting was with, and calls that are meetings (used by ``kg.events.v1``).

A meeting verb's object often opens a list the parser splits: "met A, B and C",
"held talks with the finance minister, A, and the central bank governor, B",
"met leaders of both unions, A and B". The people of such a list are read off
the words around the object, as far as only names, commas, "and" and
descriptions of people go; so is a list of subjects the parser breaks ("Ada Rhee
and Piet Sorensen held talks", where it may hang the first name on the second),
when nothing but the list, and a phrase naming nobody, opens the sentence. A
telephone call is a meeting too: "phoned Y", "called Y on Monday to discuss the
strike" (not "called Y a liar", "called on Y to resign"). Some of a group met may be
named after "including", with no comma ("hosted a group of leaders including A and B"),
and a host's other guests after "along with" ("…, along with C").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.nlp import doc_tokens
from kg.model import Mention
from kg.text.lexicon import POSSESSIVE_MARKS, TITLE_PREDICATE

__all__ = [
    "people_listed", "people_opening", "people_closing", "peers_closing", "people_included",
    "guests_along", "met_as_modifier", "brought_together", "called_by_phone", "PEOPLE_NOUNS",
]

#: Words for people a meeting may be with, before their names: "leaders of both unions, A and B".
PEOPLE_NOUNS = frozenset(
    {w for w in TITLE_PREDICATE if " " not in w}
    | {"people", "figure", "figures", "counterparts", "guests", "visitors"}
)
#: Words inside a list of people that are neither names nor descriptions.
_LIST_WORDS = {",", ";", "and", "of", "as", "well"}
#: Words that end a list: a clause, a place or a time begins, or the names are alternatives.
_ENDS = {"who", "whom", "whose", "which", "that", "or", "but", "nor", "while", "where"}
#: Adverbs a list of the people met may hold: "met A and, separately, B".
_ASIDES = {"separately", "also", "later", "afterwards", "individually", "jointly", "briefly"}
#: Why one calls someone: "called Y to discuss the strike" (not "called Y to testify").
_CALL_PURPOSES = {
    "discuss",
    "congratulate",
    "thank",
    "express",
    "offer",
    "convey",
    "talk",
    "apologise",
    "apologize",
    "brief",
    "raise",
    "reassure",
    "assure",
    "update",
    "wish",
}


def _in_list(token: Token) -> bool:
    """Whether ``token`` may stand inside a list of people ("the central bank governor,")."""
    if token.lower_ in _ENDS or token.text in {'"', "“", "”", "(", ")", ":", "."}:
        return False
    if token.text in _LIST_WORDS or token.lower_ in _LIST_WORDS or token.text in POSSESSIVE_MARKS:
        return True
    if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod":
        return False  # "met A, B said": a clause of its own
    if token.pos_ == "ADV":  # "met A and, separately, B"; not "met A, then flew to B"
        return token.lower_ in _ASIDES
    return token.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} or token.tag_ == "PRP$"


#: The most words a bracketed abbreviation inside a list holds: "(SEBIN)", "(R-Texas)".
_BRACKETED_WORDS = 3


def _bracketed_abbreviation(context: ArticleContext, i: int, step: int) -> int | None:
    """Where the brackets opened (or, read backwards, closed) at token ``i`` close: a short
    aside of abbreviations or names inside a list of people ("A, director of the National
    Intelligence Service (SEBIN); B, …"), which ends no list, unlike a clause in brackets
    ("A (who …)")."""
    doc = context.doc
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    if doc[i].text != opening:
        return None
    sent = doc[i].sent
    for k in range(i + step, i + step * (_BRACKETED_WORDS + 2), step):
        if not sent.start <= k < sent.end:
            return None
        word = doc[k]
        if word.text == closing:
            return k if abs(k - i) > 1 else None
        if not (word.is_title or word.is_upper or word.text == "-") or word.lower_ in _ENDS:
            return None
    return None


def _person_listed(context: ArticleContext, token: Token) -> Mention | None:
    """The person named at ``token`` as a member of the list, not as the owner of someone
    in it ("A's deputy", "the wife of A")."""
    named = context.name_at(token)
    span = context.span_of(named) if named is not None else None
    if named is None or span is None or not context.is_person(named) or named.type == "Place":
        return None  # "met the governor of the Ouaddaï province, X": a place on the way
    after = context.doc[span.end] if span.end < len(context.doc) else None
    if after is not None and after.text in POSSESSIVE_MARKS:
        return None
    before = context.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "of":
        return None
    return None if span.start in context.quoted else named


def _scan(
    context: ArticleContext, indexes: range, subjects: bool = False
) -> tuple[list[Mention], Token | None]:
    """The people named over ``indexes`` while the words stay those of a list, and the word
    that ended it; the subject of a clause of its own is none of them ("met A, B said"),
    unless the list is one of ``subjects``."""
    found: list[Mention] = []
    skip_to = None  # the close of a bracketed abbreviation the scan is inside
    for i in indexes:
        token = context.doc[i]
        if skip_to is not None and (i <= skip_to if indexes.step > 0 else i >= skip_to):
            continue
        skip_to = None
        if (other := _bracketed_abbreviation(context, i, indexes.step)) is not None:
            skip_to = other  # "director of the intelligence service (SEBIN); B, …"
            continue
        if not _in_list(token):
            return found, token
        named = _person_listed(context, token)
        span = context.span_of(named) if named is not None else None
        if (
            named is not None
            and named not in found
            and span is not None
            and (subjects or span.root.dep_ not in {"nsubj", "nsubjpass"})
        ):
            found.append(named)
    return found, None


def people_listed(context: ArticleContext, verb: Token, found: list[Mention]) -> list[Mention]:
    """The people named in one list with ``found``, the people a meeting verb is with ("met A,
    B and C", "talks with the finance minister, A, and the governor, B"), or with a plural
    word for people as its object ("met leaders of both unions, A and B")."""
    sent = verb.sent
    spans = [
        s
        for m in found
        if (s := context.span_of(m)) is not None and sent.start <= s.start and s.end <= sent.end
    ]
    if not spans and not found:
        spans = [
            context.doc[o.left_edge.i : o.right_edge.i + 1]
            for o in _objects_of(verb)
            if o.lemma_ in PEOPLE_NOUNS and o.tag_ == "NNS" and context.name_at(o) is None
        ]
    if not spans:
        return []
    first = min(s.start for s in spans)
    last = max(s.end for s in spans)
    people, _ = _scan(context, range(first - 1, verb.i, -1)) if first > verb.i else ([], None)
    after, end = _scan(context, range(last, sent.end))
    if end is not None and end.pos_ in {"VERB", "AUX"} and after:
        # "met A, B said": the name right before a verb with no other subject is its subject
        span = context.span_of(after[-1])
        subject = next((c for c in end.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if span is not None and span.end == end.i and (
            subject is None or subject in span or _names_subject(subject, span)
        ):
            after = after[:-1]
    return [m for m in people + after if m not in found]


def _names_subject(subject: Token, span: Span) -> bool:
    """Whether the name ``span`` is the one its verb's subject describes: "met A, the
    presidential spokesman B said" (the subject is "spokesman", B written beside it)."""
    return span.root.dep_ == "appos" and span.root.head == subject


def people_opening(context: ArticleContext, subject: Mention, start: int = -1) -> list[Mention]:
    """The people listed with ``subject`` when only the list comes before it in its sentence
    ("Foreign Minister A and Defence Minister B held talks"), from after ``start`` (a
    dateline's end) and a phrase that names nobody ("On Monday,"); none if any other word
    opens the sentence ("After talks with A, B said")."""
    span = context.span_of(subject)
    if span is None:
        return []
    first = max(span.sent.start, start + 1)
    words = context.doc[first : span.start]
    comma = next((t for t in words if t.text == ","), None)
    if (
        comma is not None
        and comma.i > first
        and not any(
            (m := context.name_at(t)) is not None and context.is_person(m)
            for t in context.doc[first : comma.i]
        )
    ):  # "In Oslo on Monday, A and B met": what opens the sentence names nobody
        first = comma.i + 1
        words = context.doc[first : span.start]
    if not any(t.lower_ == "and" for t in words) or not all(
        _in_list(t) and t.lower_ not in {"of", "as", "well"} for t in words
    ):
        return []
    found, _ = _scan(context, range(first, span.start), subjects=True)
    return [m for m in found if m != subject]


#: Nouns for those who hold the same office elsewhere: "his counterparts A and B".
_PEERS = {"counterpart", "counterparts", "colleague", "colleagues"}


def peers_closing(context: ArticleContext, subject: Mention, verb: Token) -> list[Mention]:
    """The peers listed after ``subject`` up to its verb, each perhaps with the country they
    come from: "Foreign Minister A and his counterparts B from Chile and C from Kenya met"
    (the parser hangs C on Chile). None if any other word comes between."""
    span = context.span_of(subject)
    if span is None or not span.end + 3 < verb.i or span.sent != verb.sent:
        return []
    doc = context.doc
    start = span.end
    if doc[start].lower_ in {"of", "from"} and (
            (place := context.name_at(doc[start + 1])) is not None and place.type == "Place"
            and (place_span := context.span_of(place)) is not None):
        start = place_span.end  # "Foreign Minister A of Norway and his counterparts …"
    if not start + 3 < verb.i:
        return []
    opening = doc[start : start + 3]
    if opening[0].lower_ != "and" or opening[1].lower_ not in {"his", "her", "their"} or (
            opening[2].lower_ not in _PEERS):
        return []
    found: list[Mention] = []
    k = start + 3
    while k < verb.i:
        word = doc[k]
        named = context.name_at(word)
        if word.lower_ == "from" and k + 1 < verb.i and (
                (place := context.name_at(doc[k + 1])) is not None and place.type == "Place"):
            place_span = context.span_of(place)
            k = place_span.end if place_span is not None else k + 2
            continue
        if named is not None and context.is_person(named) and named.type != "Place":
            if named not in found and named != subject:
                found.append(named)
        elif word.lower_ not in {",", "and"}:
            return []
        k += 1
    return found


def people_closing(context: ArticleContext, subject: Mention, verb: Token) -> list[Mention]:
    """The people listed after ``subject`` up to its verb ("President A, Prime Minister B and
    Chancellor C signed the accord", where the parser may hang B and C anywhere); none if any
    other word comes between ("A, whose deputy B resigned, signed")."""
    span = context.span_of(subject)
    if span is None or not span.end < verb.i or span.sent != verb.sent:
        return []
    words = context.doc[span.end : verb.i]
    if not any(t.lower_ == "and" for t in words) or words[0].text != ",":
        return []
    if not all(_in_list(t) and t.lower_ not in {"of", "as", "well"} for t in words):
        return []
    found, _ = _scan(context, range(span.end, verb.i), subjects=True)
    return [m for m in found if m != subject]


def people_included(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people named after "including" when a meeting verb's object is a plural word for
    people: "hosted a group of leaders including A, B and C", "met ministers including A"
    (with no comma, the names are some of those people, as much as after one), after
    ", among them" ("met several ministers, among them A and B"), or in a clause that says
    whom a group included ("met behind closed doors with a delegation that included A")."""
    found: list[Mention] = []
    for word in verb.subtree:
        if word.lower_ != "including" or word.i + 1 >= word.sent.end:
            continue
        if not _people_word(word.head) and not (
            word.head.dep_ == "pobj" and _people_word(word.head.head.head)
        ):
            continue  # "talks including a ceasefire", "cities including Rome" (but "leaders
            # from A and B, including Y", where the parser hangs "including" on B)
        people, _ = _scan(context, range(word.i + 1, word.sent.end))
        found += [m for m in people if m not in found]
    for clause in verb.subtree:  # "met a delegation that included A and B"
        if clause.lemma_ == "include" and clause.dep_ == "relcl" and clause.i > verb.i and (
            _people_word(clause.head) or clause.head.lemma_ in _GATHERINGS
        ):
            people, _ = _scan(context, range(clause.i + 1, clause.sent.end), subjects=True)
            found += [m for m in people if m not in found]
    doc = verb.doc
    for noun in _objects_of(verb):  # "met several ministers, among them A and B"
        for after in (noun.right_edge.i, noun.right_edge.i + 1):  # the comma may be its own
            words = [t.lower_ for t in doc_tokens(doc)[after : min(after + 3, noun.sent.end)]]
            if _people_word(noun) and words == [",", "among", "them"]:
                people, _ = _scan(context, range(after + 3, noun.sent.end), subjects=True)
                found += [m for m in people if m not in found]
    return found


#: Words for a number of people, before "of" and a word for them: "a group of leaders".
_GATHERINGS = {"group", "delegation", "number", "handful", "dozen", "dozens", "host", "range"}


def _people_word(token: Token) -> bool:
    """ "leaders", "ministers", "a group of European leaders": a plural word for people."""
    if token.lemma_ in PEOPLE_NOUNS and token.tag_ == "NNS":
        return True
    return token.lemma_ in _GATHERINGS and any(
        p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and _people_word(o)
        for p in token.children
        for o in p.children
    )


#: Verbs whose subject receives the people a meeting is with: "hosted A, along with B".
_HOSTING = {"host", "receive", "welcome"}


def guests_along(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people named after "along with" or "together with" once a host has named guests:
    "X hosted A and B, along with C" (C is a guest; after "met", the words may name those
    who came with the subject instead, so no guest is read there)."""
    if verb.lemma_ not in _HOSTING:
        return []
    found: list[Mention] = []
    for word in verb.subtree:
        if word.lower_ not in {"along", "together"} or word.i < verb.i:
            continue
        after = word.nbor(1) if word.i + 1 < word.sent.end else None
        if after is None or after.lower_ != "with":
            continue
        people, _ = _scan(context, range(after.i + 1, word.sent.end))
        found += [m for m in people if m not in found]
    return found


def met_as_modifier(context: ArticleContext, verb: Token) -> tuple[list[Mention], list[Mention]]:
    """Who met whom when the parser takes a meeting verb in the past for an adjective of the
    name after it ("Ada Rhee hosted Piet Sorensen at the palace", parsed as if "hosted" described
    Sorensen): the person named right before the verb, and the people listed after it."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or head.i <= verb.i:
        return [], []
    if verb.i == verb.sent.start or head.pos_ not in {"PROPN", "NOUN"}:
        return [], []
    host = context.name_at(verb.nbor(-1))
    span = context.span_of(host) if host is not None else None
    if host is None or span is None or span.end != verb.i or not context.is_person(host):
        return [], []
    guests, _ = _scan(context, range(verb.i + 1, verb.sent.end), subjects=True)
    # "X hosted leaders from A and B, including Y": the people named in the object's phrase
    guests += [m for m in people_included(context, head) if m not in guests]
    return [host], [m for m in guests if m != host and context.is_person(m)]


def brought_together(context: ArticleContext, verb: Token) -> list[Mention]:
    """The people "The talks brought together A and B" or "X brought A, B and C together"
    names (the parser may split the list anywhere)."""
    if verb.lemma_ != "bring" or not any(
        t.lower_ == "together" and verb in (t.head, t.head.head) for t in verb.subtree
    ):
        return []
    start = verb.i + 1
    if start < verb.sent.end and context.doc[start].lower_ == "together":
        start += 1
    people, _ = _scan(context, range(start, verb.sent.end), subjects=True)
    return people


def _objects_of(verb: Token) -> list[Token]:
    """The verb's direct object and what "with" names ("met with", "talks with")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [
        o
        for h in [verb, *objects]
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def called_by_phone(verb: Token) -> bool:
    """ "phoned Y", "telephoned Y", "called Y on Monday to discuss the strike": a call (to a
    person, as the caller checks); "called Y a liar", "called on Y to resign", "called for a
    truce", "called Y to testify" are none."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in {"phone", "telephone"}:
        return True
    if verb.lemma_ != "call":
        return False
    kinds = {c.dep_ for c in verb.children}
    if kinds & {"oprd", "ccomp", "attr", "acomp", "dative", "agent", "nsubjpass"}:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "called off the talks", "called up the striker to the squad"
    if any(c.dep_ == "prep" and (c.i == verb.i + 1 or c.lower_ == "as") for c in verb.children):
        return False  # "called on Y to resign", "called for a truce", "called Y as a witness"
    if any(c.dep_ == "xcomp" and c.lemma_ not in _CALL_PURPOSES for c in verb.children):
        return False  # "called Y to testify"
    return sum(c.dep_ == "dobj" for c in verb.children) == 1
