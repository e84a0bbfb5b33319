"""Offices their holders have left: a title written beside the name of someone the same
sentence tells has gone is no current office.

"Kestrel CEO Bram Vik stepped down on Monday", "Bram Vik, the chief executive of Kestrel,
has resigned", "Bram Vik, Kestrel's chairman, was ousted", "Kestrel fired chief executive
Bram Vik", "…, replacing CEO Bram Vik", "Kestrel has replaced its chief executive, Bram
Vik": Vik no longer leads Kestrel, so the ``leaderOf``/``memberOf`` the title gave him is
dropped. A departure still to come keeps the office ("will step down in June", "is
stepping down", "named Lena Ortiz to replace Vik"), and so does "the outgoing president".
When the verb names the office left ("resigned as minister"), a party the leaver is a
member of is kept: "Velland Party lawmaker Bram Vik resigned as minister".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.model import Mention, Relation
from kg.text.lexicon import LEAVING_VERBS, PARTY_WORDS

__all__ = ["without_offices_left"]

#: Verbs of putting a holder out of office, whose object (or passive subject) leaves it:
#: "fired CEO X", "X was ousted", "replacing chairman X", "X was succeeded by Y" (not
#: "remove": "was removed from her office by police" may be no loss of the post).
_REMOVE = frozenset({"fire", "oust", "dismiss", "sack", "replace", "depose",
                     "topple", "unseat", "succeed", "axe", "overthrow"})
#: Auxiliaries that put a change ahead or make it unsure: "will resign", "could be fired".
_NOT_YET = frozenset({"will", "would", "'ll", "shall", "may", "might", "could", "can",
                      "should", "must", "to"})
#: Titles the leaving holds by relation: only these relations are dropped.
_OFFICE_PREDICATES = frozenset({"leaderOf", "memberOf", "advisorOf", "spokespersonOf"})
#: Verbs of making someone do a thing, after which the thing is done: "forced him to sack X".
_MADE_TO = frozenset({"force", "compel", "oblige", "prompt"})
#: Nouns of a holder's leaving, before "of" and the title: "the resignation of his chief of
#: staff, X".
_LEAVING_NOUNS = frozenset({"resignation", "dismissal", "sacking", "firing", "ouster",
                            "departure", "removal", "exit"})
#: Verbs that tell a leaving named by a noun has happened: "announced the resignation of";
#: not "demanded", "sought", "called for" it.
_HAPPENED = frozenset({"announce", "accept", "confirm"})
#: Words of a title phrase between a removal and the name set off after it: "his powerful
#: chief of staff and top negotiator,".
_TITLE_PHRASE_TAGS = frozenset({"PRP$", "JJ", "NN", "IN", "CC", "DT", "HYPH"})


def _done(verb: Token) -> bool:
    """Whether ``verb`` tells of a change that has happened: "resigned", "has resigned",
    "was fired", "has been replaced", a participle of a past event ("…, replacing CEO X";
    not "will resign", "is stepping down", "is being replaced", "to replace X")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _NOT_YET for a in auxes) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBZ" and not auxes and _title_line(verb.sent):
        return True  # "Kestrel CEO Bram Vik resigns": a headline tells what happened so
    if verb.tag_ == "VBN":
        # "has resigned", "was fired", "has been ousted" (not "is being replaced")
        return any(a.lemma_ == "have" or a.lower_ in {"was", "were"} for a in auxes)
    if verb.tag_ == "VBG":
        # "…, replacing CEO X": a participle clause, not a progressive ("is replacing")
        return not auxes and verb.dep_ in {"advcl", "conj", "acl", "ROOT"}
    return False


def _title_line(sent: Span) -> bool:
    """Whether ``sent`` is the article's first line, ending without a sentence's closing
    mark: its headline, which tells in the present what has happened."""
    text = sent.text.strip()
    return sent.start_char == 0 and "\n" not in text and text[-1:].isalnum()


def _made_to(verb: Token) -> bool:
    """ "forced him to sack X": a bare verb after a verb of making someone do it, which has
    happened."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in _MADE_TO and (
        verb.head.pos_ == "VERB" and _done(verb.head))


def _removal_before_title(person: Token) -> Token | None:
    """The verb or noun of a removal written before the title phrase set off before the
    name ``person`` opens: "sack his chief of staff, X", "announced the resignation of his
    chief of staff, X" (the parser hangs the name on any of these words)."""
    doc = person.doc
    k = person.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    first = k
    while k >= 0 and first - k < 8 and doc[k].tag_ in _TITLE_PHRASE_TAGS and (
            doc[k].text.islower() or doc[k].tag_ == "PRP$"):
        k -= 1
        if doc[k + 1].tag_ in {"PRP$", "DT"}:
            break  # "his", "the": where the title phrase opens
    if k == first or k < 0 or doc[k + 1].tag_ not in {"PRP$", "DT"}:
        return None  # a title phrase opens so, not a clause
    before = doc[k]
    if before.lemma_ in _REMOVE and before.pos_ == "VERB" and (
            _done(before) or _made_to(before)):
        return before
    if before.lower_ == "of" and k > 0 and doc[k - 1].lemma_ in _LEAVING_NOUNS:
        noun = doc[k - 1]
        if (noun.head.lemma_ in _HAPPENED and noun.head.pos_ == "VERB" and _done(noun.head)
                or noun.head.lower_ in {"after", "following"}) and not _effective_later(
                    noun.sent):
            return noun
    return None


def _leaves(verb: Token) -> bool:
    particle = LEAVING_VERBS.get(verb.lemma_, "")
    if particle == "":
        return False
    # the parser may take "down" for an adverb: "stepped down from his role"
    return particle is None or any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in verb.children
    )


def _first_conjunct(node: Token) -> Token:
    """The first of the subjects or objects a name is joined to, which shares their verb:
    "chairman and chief executive Bram Vik had quit" (the parser joins the name to the
    first title), "Ana Roe and Bram Vik resigned"."""
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    return node


def _departure_verb(person: Token) -> Token | None:
    """The verb that tells ``person`` (the head word of a name) has left office: its
    subject leaving ("X resigned", "X, who stepped down last week,"), its object or passive
    subject removed ("fired CEO X", "X was ousted", "replaced its chief executive, X")."""
    node = person
    # "its chief executive, Bram Vik": the name in apposition to the title the verb takes
    if node.dep_ == "appos" and node.head.pos_ == "NOUN":
        node = node.head
    node = _first_conjunct(node)
    verb = node.head
    if node.dep_ == "nsubj" and _leaves(verb) or (
        node.dep_ == "nsubjpass" and verb.lemma_ in _REMOVE
    ) or node.dep_ == "dobj" and verb.lemma_ in _REMOVE:
        return verb if verb.pos_ == "VERB" and _done(verb) else None
    if (accepted := _resignation_accepted(node)) is not None:
        return accepted
    # "Bram Vik, who resigned on Monday,": the clause on the name
    for clause in person.children:
        if clause.dep_ != "relcl":
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ not in {"who", "that"}:
            continue
        if (_leaves(clause) if subject.dep_ == "nsubj" else clause.lemma_ in _REMOVE) and (
            _done(clause)
        ):
            return clause
    return None


def _resignation_accepted(node: Token) -> Token | None:
    """The verb that accepted ``node``'s resignation, which took effect: "the board accepted
    the resignation of its chief executive, X", "accepted X's resignation, effective
    immediately" (not "effective at the end of June", still to come)."""
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        resignation = node.head.head
    elif node.dep_ == "poss":
        resignation = node.head
    else:
        return None
    verb = resignation.head
    if resignation.lemma_ != "resignation" or resignation.dep_ not in {"dobj", "nsubjpass"} or (
        verb.lemma_ != "accept" or verb.pos_ != "VERB" or not _done(verb)
    ):
        return None
    return None if _effective_later(verb.sent) else verb


def _effective_later(sent: Span) -> bool:
    """Whether ``sent`` puts a leaving's effect later: "effective at the end of June" (not
    "effective immediately")."""
    return any(t.lower_ == "effective" and t.i + 1 < sent.end and t.nbor(1).lower_ != "immediately"
               for t in sent)


def _names_the_office(verb: Token) -> bool:
    """Whether ``verb`` says what was left: "resigned as minister", "stepped down from the
    board"."""
    return any(c.dep_ == "prep" and c.lower_ in {"as", "from"} for c in verb.children)


def _a_party(body: Mention) -> bool:
    return bool(PARTY_WORDS & {w.lower() for w in body.name.split()})


def without_offices_left(
    context: ArticleContext, relations: list[Relation]
) -> list[Relation]:
    """``relations`` less the offices of people their sentence tells have left them."""
    gone: dict[int, Token] = {}
    for r in relations:
        if r.predicate not in _OFFICE_PREDICATES or r.status != "asserted":
            continue
        if r.subject.start in gone:
            continue
        span = context.span_of(r.subject)
        if span is None or r.subject.type != "Person":
            continue
        verb = _departure_verb(span.root)
        if verb is None:
            verb = _removal_before_title(context.doc[span.start])
        if verb is not None:
            gone[r.subject.start] = verb
    if not gone:
        return relations
    return [
        r for r in relations
        if r.predicate not in _OFFICE_PREDICATES or r.status != "asserted"
        or r.subject.start not in gone
        or _a_party(r.object) and _names_the_office(gone[r.subject.start])
    ]
