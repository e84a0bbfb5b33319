"""Decide whether a clause states a fact, a wish, a condition, a hypothesis or a denial."""

from __future__ import annotations

from spacy.tokens import Token

from kg.text.lexicon import RESTORING_VERBS

__all__ = ["status_of"]

_MODALS = {
    "would",
    "could",
    "might",
    "may",
    "should",
    "must",
    "can",
    "will",
    "'ll",
    "shall",
    "wo",
    "ca",
}
_DESIRE = {
    "want",
    "hope",
    "wish",
    "seek",
    "plan",
    "intend",
    "aim",
    "try",
    "expect",
    "push",
    "urge",
    "ask",
    "press",
    "propose",
    "offer",
    "prepare",
    "eager",
    "ready",
    "willing",
    "need",
    "consider",
    "weigh",
    "mull",
    "debate",  # "continuing to debate placing sanctions on X": not decided yet
    "contemplate",
    "threaten",
    "vow",
    "promise",
}
#: Verbs that order a deed of someone: "ordered officials to begin talks with Y", "told
#: his envoy to meet Y": the deed is still to be done.
_DIRECTIVES = {"order", "instruct", "direct", "authorize", "authorise", "task"}
# "is due to meet", "was set to sign", "is scheduled to visit": planned, not yet done
_SCHEDULED = {"due", "set", "schedule", "slate", "poise", "likely", "unlikely", "bound"}
# "agreed to meet" is a plan to meet; "agreed, after meeting in Rome" tells of a meeting.
_INTEND = {"agree", "decide"}
#: Verbs of a side that deciding to take is taking: "has decided to reject the offer".
_TAKING_SIDES = {"reject", "accept", "back", "support", "oppose", "endorse", "approve"}
#: Verbs of a promise or a threat, and the sides that promising to take is taking already:
#: "vowed to block the plan", "threatened to veto the bill", "pledged to back it".
_VOWS = {"vow", "pledge", "promise", "threaten", "swear"}
_SIDES_VOWED = _TAKING_SIDES | {"block", "veto", "fight", "defeat", "scrap", "repeal",
                                "torpedo", "resist", "challenge", "overturn", "uphold",
                                "defend", "champion", "scuttle", "derail"}
#: Vowed verbs that take a side only on a text: "vowed to kill the bill" does now, "threatened
#: to kill Dora Pell" is a threat still.
_TEXTS_KILLED = {"kill", "sink"}
_KILLED_TEXTS = {"bill", "plan", "deal", "proposal", "measure", "law", "legislation",
                 "agreement", "treaty", "amendment", "reform", "package", "budget"}


def _side_vowed(verb: Token) -> bool:
    """Whether promising ``verb`` takes a side already ("vowed to block the bill", "vowed to
    kill the bill"; not "threatened to kill Dora Pell")."""
    if _lemma(verb) in _SIDES_VOWED:
        return True
    return _lemma(verb) in _TEXTS_KILLED and any(
        c.dep_ == "dobj" and c.lower_ in _KILLED_TEXTS for c in verb.children)
# "refused to meet", "declined to back", "failed to agree": the act did not happen
_DENIAL = {"deny", "dispute", "refute", "reject", "dismiss", "refuse", "decline", "fail", "avoid"}
_PROPOSAL = {"recognize", "recognise", "require", "demand", "stipulate", "envisage", "call"}
#: "after meeting Y", "since meeting Y": what the clause around it says leaves the meeting held.
_PRESUPPOSING = {"after", "following", "since"}
_CONDITION = {"if", "unless", "when", "once", "until", "whether"}
#: Clauses giving a cause or a concession, which the clause they hang on does not deny or
#: make hypothetical: "the draft failed because Norland vetoed it" (it did veto it).
_GIVEN = {"because", "although", "though"}
# "despite reports that X met Y", "amid speculation that …": a claim the article passes on
# without making; the verb that takes the noun ("denied", "confirmed reports that …") decides.
_HEARSAY = {"report", "rumour", "rumor", "speculation", "claim", "allegation", "suggestion"}
# "confirmed reports that X met Y": the report made a fact
_CONFIRM = {"confirm", "verify", "corroborate", "acknowledge"}
# "prosecutors alleged that X met Y", "X claimed he had met Y": a claim, not yet a fact
_CLAIM = {"allege", "claim"}


# Verbs passing on what someone said, which the next sentence may deny
_REPORTING = {"report", "claim", "allege", "say", "write", "suggest"}


def _denied_next(verb: Token) -> bool:
    """Whether the sentence after ``verb``'s denies what it reports: "Local media
    reported that X met Y. Y's spokeswoman denied the report." """
    sent = verb.sent
    if sent.end >= len(verb.doc):
        return False
    following = verb.doc[sent.end].sent
    return any(
        _lemma(t) in {"deny", "dismiss", "reject", "refute"}
        and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _HEARSAY or c.lower_ in {"it", "this"})
            for c in t.children
        )
        for t in following
    )


def _unsourced_hearsay(noun: Token) -> bool:
    """Rumours, speculation, or reports and claims of no one in particular ("Reports have
    been swirling", "media reports"; not "the report", "the UN's report")."""
    lemma = noun.lemma_.lower()
    if lemma in {"rumour", "rumor", "speculation"}:
        return True
    return lemma in _HEARSAY and noun.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss"} for c in noun.children
    )


#: Those whose word on someone's deeds is a charge the article passes on: "critics say".
_CRITICS = {"critic", "opponent", "detractor"}
#: Verbs of making such a charge.
_CHARGING = _REPORTING | {"argue", "charge", "contend", "insist"}


def _critics_claim(verb: Token, children: list[Token]) -> bool:
    """ "Critics say X opposes the plan", "opponents argue X backed it": what someone's
    critics say of them is their charge (not "X said he opposes it": the holder's word)."""
    return _lemma(verb) in _CHARGING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CRITICS for c in children
    )


# The tagger's lemma for "hopes" is sometimes "hop".
_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _lemma(token: Token) -> str:
    return _LEMMA_FIXES.get(token.lower_, token.lemma_)


def _negated(children: list[Token]) -> bool:
    """Whether a word with ``children`` is negated by one of them."""
    return any(
        c.dep_ == "neg"
        or c.lower_ in {"never", "not", "n't", "no"}
        and c.dep_ in {"neg", "advmod", "det"}
        or _neither(c)  # "X neither accepted nor rejected it", "neither X nor Y backed it"
        or c.dep_ in {"nsubj", "nsubjpass"} and any(_neither(g) for g in c.children)
        # "who no longer sits on the board": held once, not now
        or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in children
    )


def _neither(token: Token) -> bool:
    return token.lower_ == "neither" and token.dep_ in {"preconj", "det", "cc"}


def _ruled_out(token: Token) -> bool:
    """ "ruled out meeting Y": the act is excluded."""
    return _lemma(token) == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in token.children
    )


def _too_soon(token: Token) -> bool:
    """An adjective saying the act has not come yet or cannot: "too early to", "premature to",
    "too weak to"."""
    return token.pos_ == "ADJ" and (
        token.lower_ == "premature"
        or any(c.dep_ == "advmod" and c.lower_ == "too" for c in token.children)
    )


def _for_someone_to(token: Token, children: list[Token]) -> bool:
    """ "an appropriate time for X to accept", "the deadline for X to sign", "it is vital for
    X to back it": an act a noun, an adjective or a purpose asks of someone (not "it took a
    week for X to accept it", which tells that X did)."""
    head = token.head
    asked = head.pos_ in {"NOUN", "ADJ"} or head.lemma_ == "be"  # "the step was for X to"
    return (
        (asked or token.dep_ == "advcl" and head.lemma_ != "take")  # "set a deadline for X
        # to sign" (the parser may hang it on the verb)
        and token.dep_ in {"relcl", "acl", "xcomp", "ccomp", "advcl"}
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    )


def _headline_future(verb: Token) -> bool:
    """A headline's "X to meet Y": a subject and a bare infinitive with no verb above it
    (not "the first to meet Y", where the infinitive hangs on a noun)."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and verb.dep_ in {"ROOT", "conj", "parataxis"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    )


#: Verbs that open a process: "began the process of", "initiated a process to".
_OPENING = {"begin", "start", "initiate", "launch", "trigger", "open"}


def _process_begun(verb: Token) -> bool:
    """An act a process has only begun: "have begun the process of reimposing sanctions",
    "initiated a process to reapply sanctions", "began restoring sanctions" (not "began
    imposing sanctions in 2014", where the first sanctions came at once)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _OPENING:
        return _lemma(verb) in RESTORING_VERBS
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ not in {"relcl", "acl"}:
        return False
    return noun.lemma_ == "process" and noun.dep_ == "dobj" and noun.head.lemma_ in _OPENING


#: Words a yes-no question opens with: "Is X a critic of the bill?", "Did X back it?"
_QUESTION_OPENERS = {"be", "do", "have"}


def _yes_no_question(token: Token) -> bool:
    """Whether ``token`` is in a sentence that asks whether something is so: "Is X a critic
    of the bill?", "Did the board reject the offer?" (a question with "why" or "when" takes
    what it asks about as done: "Why did X reject the bill?")."""
    words = [t for t in token.sent if not t.is_punct and not t.is_space]
    last = [t for t in token.sent if not t.is_space and t.text not in {'"', "”", "’", "'"}]
    if not words or not last or last[-1].text != "?":
        return False
    first = words[0]
    # the clause asked about only: "Is it possible that progress is made in the talks between
    # X and Y?" asks about the progress, and takes the talks as held
    return first.pos_ == "AUX" and (
        first.lemma_ in _QUESTION_OPENERS or first.lower_ in _MODALS
    ) and token in {first, first.head}


def status_of(verb: Token) -> str:
    """The status of the fact the clause headed by ``verb`` states.

    Walks up through infinitival and clausal complements, and the clause a noun
    says ("reports that …"): "wants to meet" is desired, "could reject"
    hypothetical, "denied he played a role" and "denied reports that he met Y"
    negated, "would require Ukraine to recognise" proposed.
    """
    if _yes_no_question(verb):
        return "hypothetical"  # "Is X a critic of the bill?": asked, not told
    token = verb
    # "A would retire and the board had appointed B": a conjunct with its own subject
    # does not share the first clause's negation or modal
    own_clause = False
    came_by = ""  # how the walk reached ``token``: the dependency of the token before
    for depth in range(6):
        children = list(token.children)
        if not own_clause and _negated(children):
            return "negated"
        if not own_clause and any(
            c.dep_ in {"aux", "auxpass"}
            and (c.lower_ in _MODALS or c.lower_ == "'d" and token.tag_ == "VB")  # "we'd like"
            for c in children
        ):
            return "proposed" if depth > 0 and _lemma(token) in _PROPOSAL else "hypothetical"
        own_clause = False
        if depth == 0 and _process_begun(token):
            return "hypothetical"  # "began the process of reimposing sanctions": not yet done
        if depth == 0 and _headline_future(token):
            return "hypothetical"  # "Kremlin to host envoy next week": still to come
        if depth == 0 and token.dep_ == "pcomp" and token.head.lower_ in _PRESUPPOSING:
            return "asserted"  # "agreed to stay in touch after meeting in Rome": they met
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in children):
            return "hypothetical"
        if _for_someone_to(token, children):
            return "hypothetical"  # "time for X to accept the plan": what should happen
        if depth > 0 and _lemma(token) in _DESIRE and not (
            came_by == "xcomp" and _lemma(token) in _VOWS and _side_vowed(verb)
        ):  # "vowed to block the bill" opposes it now; "wants to meet Y" is a wish
            return "desired"
        if came_by == "xcomp" and _lemma(token) in _INTEND and not (
            _lemma(token) == "decide" and _lemma(verb) in _TAKING_SIDES
        ):  # "decided to reject the offer" takes the side now ("agreed to meet" is to come)
            return "desired"
        if came_by == "xcomp" and _lemma(token) in _DIRECTIVES:
            return "desired"  # "ordered officials to begin talks with Y": ordered, not held
        if came_by == "xcomp" and _lemma(token) in {"have", "be"} and any(
            c.lower_ == "yet" for c in children
        ):
            return "negated"  # "has yet to endorse it", "is yet to meet Y": not done so far
        if came_by == "xcomp" and (_lemma(token) in _SCHEDULED or _lemma(token) == "be"):
            return "hypothetical"  # "is to host Y", "is due to meet Y": not yet happened
        if depth > 0 and _lemma(token) in _DENIAL or depth > 0 and _ruled_out(token):
            return "negated"
        if came_by == "xcomp" and _too_soon(token):
            return "hypothetical"  # "too early to speak of a meeting", "too ill to attend"
        if depth > 0 and came_by != "conj" and _lemma(token) in _PROPOSAL:
            return "proposed"  # "would require X to recognise Y" (not "called off the summit
            # and imposed sanctions": a second deed, told as done)
        if came_by == "ccomp" and _lemma(token) not in _CONFIRM and any(
            c.dep_ in {"nsubj", "nsubjpass"} and _unsourced_hearsay(c) for c in children
        ):
            return "hypothetical"  # "Reports have been swirling that X met Y", "Rumours
            # emerged that …": a claim no one makes in the article
        if came_by == "ccomp" and _critics_claim(token, children):
            return "hypothetical"  # "Critics say X opposes the plan": their charge, not a fact
        if came_by == "ccomp" and _lemma(token) in _REPORTING and _denied_next(token):
            return "negated"  # "Media reported that X met Y. Y's office denied the report."
        if depth > 0 and came_by == "ccomp" and _lemma(token) in _CLAIM:
            return "hypothetical"
        marks = {c.lower_ for c in children if c.dep_ == "mark"}
        even_as = "as" in marks and any(c.dep_ == "advmod" and c.lower_ == "even" for c in children)
        if token.dep_ == "advcl" and (marks & _GIVEN or even_as):  # "even as he met Y"
            break  # a cause or a concession is told as a fact whatever its main clause says
        if token.dep_ == "ccomp" and token.i < token.head.i and any(
            t.text == ";" for t in token.doc[token.right_edge.i + 1 : token.head.i]
        ):
            break  # "X had brought Y; Z would have sat across": the parser may make the
            # clause before a semicolon the next one's complement; it is a sentence of its own
        if (
            token.dep_ in {"xcomp", "ccomp", "advcl", "conj", "acomp", "pcomp"}
            and token.head is not token
        ):
            if token.dep_ == "conj" and depth == 0:
                own_clause = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
                came_by, token = token.dep_, token.head
                continue
            came_by, token = token.dep_, token.head
            continue
        if token.dep_ == "pobj" or token.dep_ == "prep":
            came_by, token = token.dep_, token.head
            continue
        if token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
            # "denied reports that he had met X": up to what is said of the reports
            noun = token.head
            hearsay = noun.lemma_.lower() in _HEARSAY
            if hearsay and any(
                c.dep_ == "relcl" and _lemma(c) in _DENIAL for c in noun.children
            ):
                return "negated"  # "reports that X met Y, which the ministry denied"
            if hearsay and _lemma(noun.head) not in _CONFIRM | _DENIAL:
                return "hypothetical"  # "media carried reports that X met Y"
            if noun.dep_ in {"dobj", "nsubjpass"} and noun.head is not noun:
                came_by, token = "ccomp", noun.head
                continue
            if hearsay:
                return "hypothetical"
        break
    return "asserted"
