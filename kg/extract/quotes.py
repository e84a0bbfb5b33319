"""Direct quotations and who said them (extractor ``kg.quotes.v1``).

Handles the attribution forms of news prose: "…," X said; "…," said X; X said:
"…"; "…," he said (the pronoun resolved); "…," it added (the organisation
quoted just before); according to X/him, "…"; a quote split around its
attribution; a quote whose paragraphs each open with a quotation mark and only
the last one closes; a quote broken by a hard line break; paragraphs that only
continue the previous speaker's quote; a paragraph ending in "X said:"
introducing the quote below it; “…” X said with the comma left out; a
paragraph that is only a quote, after a paragraph whose last sentence reports
a named speaker ("X said on Tuesday that …"); a clause ending in a colon with
no speech verb ("The minister was blunt: “…”"), whose subject speaks; "the
statement read" / "a statement that read". Double and single quotation marks,
curly and straight, are read.

"…," the statement / the ruling said: the organisation that issued the text (named as
its owner, or the subject of the sentence before that names such a text or of the one
just before); in that sentence, the subject of the verb the text hangs from ("The
press service of X announced this in a statement, an agency reports": X, not the
agency) or the body it was issued by or is from ("A statement issued by X", "a release
from X", "“…,” a statement from X said"); a text quoted again ("…," reads the
statement) has the same issuer. A person there, or nobody, leaves the quote without a
speaker. "…," the ministry said, quoting X / quoted X as saying: X's words. "He" or
"she" is never the organisation the sentence before is about, and may be the person
whose act it is ("X's acceptance of the deal …"), or the one person a sentence names
when its subject names nobody ("Reporters asked Minister X about it"). "He" in a
clause a named person reports ("X said he had told reporters that his remarks were
“…”") is that person. A title word inside a name ("In Port-au-Prince, X, who …,
welcomed it") is no role description; a noun of the quotation the parser makes a
second subject of "said" does not hide the speaker, and a person's name the parser hung
from a main verb with no subject as something else ("Leader Ana Dorvane called …" with
"Ana" an auxiliary) is its subject. A one-word speaker the tagger
typed a body or a place is the person named in full with that word before ("…," Avsar
said).
"…," it said after no quote of an organisation is the organisation the sentence before
has as its subject ("X Group said it would buy Y. “…,” it said"), never a person.
Words a named person is said to have said in the quote's own sentence ("X said the plan
was “…”, the BBC reported") are X's, not the outlet's that reports them.
"According to" a title of a body is the title's holder, never the body; words a
person is reported to have said ("X told him that … “…”, according to the
ministry") are that person's. "The PM",
"the DP" is the person named after a title with those initials.

A speaker given as a description ("the ministry's spokeswoman added", "the
federation said", "the committee's chair said") is the person or organisation
the article named with that role or name earlier (also by a verb: "X chairs
the committee", "X, who leads the union"); when none or several fit, and for
sources that are not named ("a person familiar with the matter"), the quote
has no speaker rather than a wrong one. Of several that fit ("…," the President said,
after two presidents), the one the sentence before is about speaks; a description's
country must fit the title ("the US president" is not one titled European, nor the
president of a body: "the Commission president"), and one
no title named before fits ("Roble had staked a lot on it. The German chancellor …")
is the person the sentence before is about, unless their title says otherwise. "He" after a
sentence whose subject is such a description ("the crown prince gave his host…") is
that description's holder, or nobody; sentences of quotation are looked past, unless
one names a person outside its marks ("X, opening the talks: “…”"); after a sentence
about a thing naming two people ("The deadline came when X told a host that Y's plan
…"), the one a clause has as its subject. A style of address between a title and the
name ("The Prime Minister of X, His Excellency Y") leaves the title Y's. A sentence that
follows a quote closed by a full stop is no attribution unless it opens with the
speech verb or its subject. Words quoted inside a sentence are kept without a speaker
when the source is one the article will not name ("One senator, who asked not to be
named, said the talks had been “…”"). "The 58-year-old added" is read as "he added",
and so are "the Democrat said", "the Texas Republican said", "the Argentine said" (a
person, never the party; "the Chinese" are a people).
A name a naming word gives ("code-named “Midnight Anvil”", "dubbed the “Nine Day War”",
"the so-called “Golden Plan”"), its words capitalised, is no quotation; "called the bill
“a disgrace”" is. A title in quotation marks that ends in "!" or "?" and that the
phrase goes on after (the “Open Markets!” forum, copying “Who Pays?” from an advert) is
no quotation.
Scare quotes of a few words inside a sentence are not quotations, but a few words
ending what a named person or organisation is reported to have said are theirs
("Minister X warned that the bid faced “a very difficult race”.", "X called the talks
“a waste of time” for both sides", "X described the talks
as “useful”.", "According to the Health Ministry, the toll had reached “several hundred”."),
and so is a quoted predicate inside what they said ("X told reporters Russia was “on the
whole satisfied” and ready to talk"), but not words a headline quotes;
a whole predicate quoted, the next joined with "and" ("the Prime Minister said the
accession “completes the family” and reaffirms …"), is the speaker's, a role description
as the subject standing for the one person the article gave that role ("the Kremlin
official" the one titled with "Kremlin"; a country alone, "the Russian official", names
no one: not the Russian president);
what a source the article does not name called something ("A panel of experts urged …,
calling it “a necessary step”") is kept without a speaker. A name of a few capitalised
words is no quotation ("X announced the fund, “Project Dawn”.").
"The ministry said" after several ministries is the one the word heads ("Ministry of
Lands", not "Press Directorate of the Ministry") that the article names outside quotation
marks. "According to X, Y said in a filing that Z “has my keys”" is Y's words; "…,
prompting Ms Y to say: “…”" is Y's. Words a denial's clause states ("X denied that Y had
“left in a huff”") and words of a relative clause inside an act agreed to ("X and Y agreed
to fund a project which would see both “promote the return”") are not the subject's. A
person named inside single quotation marks is not one named outside them. "“…,” Ana Roble,
lead author of the study, said" is Roble's when the parser makes the apposition the
subject. "The Prime Minister" of several after "He told the radio: “…”" is the one "he"
stands for. "X explained that “…,” pointing out that “…”": the participle the parser hung
from the first quote speaks for X. "Club's official Twitter account said" is the club.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.coref import PERSON_PRONOUNS
from kg.extract.entities import holders_after_post
from kg.extract.nlp import doc_text
from kg.model import Mention, Quote
from kg.text.lexicon import (
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    HONORIFICS,
    OCCUPATIONS,
    ORG_HEADS,
    PARTY_MEMBER_NOUNS,
    PLAYER_POSITIONS,
    POSSESSIVE_MARKS,
    SPEECH_VERBS,
    TITLE_PREDICATE,
    country_of_national,
)
from kg.text.names import org_head
from kg.text.personal_names import is_given_name

__all__ = ["find_quotes", "QuoteSpan"]

# A quotation may run over a hard line break, but not over a blank line or into a
# line that opens a quotation of its own.
_BREAK = r"\n(?![ \t]*[\n“\"])"
_DOUBLE = re.compile(
    rf"“(?P<curly>(?:[^“”\n]|{_BREAK})+)”|\"(?P<straight>(?:[^\"\n]|{_BREAK})+)\""
    # “…,’’ he said: some outlets close a double quotation with two single marks
    rf"|(?:“|‘‘)(?P<doubled>(?:[^“”‘’\n]|’(?!’)|{_BREAK})+)’’"
)
# Single marks: an opening mark starts a word, a closing one ends a word; an
# apostrophe inside a word ("Russia’s", "don't") is part of the quotation.
_SINGLE = re.compile(
    r"(?<![\w’'])[‘'](?=[^\s’'\d])(?P<single>(?:[^‘’'\n]|[’'](?=\w))+?)(?<=\S)[’'](?!\w)"
)
_OPENING = re.compile(r"[“\"‘]")
_MIN_WORDS = 5  # below this, a quote must be framed by an attribution to count

# Attribution verbs beyond the speech verbs the other extractors share.
_ATTRIBUTION_VERBS = SPEECH_VERBS | {
    "hail",
    "praise",
    "welcome",
    "recall",
    "predict",
    "vow",
    "pledge",
    "promise",
    "caution",
    "complain",
    "concede",
    "observe",
    "point",
    "quip",
    "joke",
    "boast",
    "lament",
    "report",
    "recount",
    "counter",
    "retort",
    "maintain",
    "contend",
    "scoff",
    "agree",
    "thank",
    "criticise",
    "criticize",
    "condemn",
    "mock",
    "shout",
    "quiz",
    "express",
    "exclaim",
    "underline",
    "underscore",
    "affirm",
    "testify",
    "muse",
    "sigh",
    "snap",
    "fume",
    "interject",
    "whisper",
    "yell",
}

# Verbs that give a speaker's words as theirs: "quoted X as saying", "cited X as saying".
_QUOTING = frozenset({"quote", "cite"})

# Verbs that make their object speak: "prompting X to say", "which led X to add".
_MADE_TO_SPEAK = frozenset({"prompt", "lead", "force", "compel", "cause", "spur", "provoke"})

# Role words that name the same job ("the spokeswoman" for "spokesperson X").
_ROLE_GROUPS = (
    frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"}),
    frozenset({"aide", "adviser", "advisor", "assistant", "counsellor", "counselor"}),
    frozenset({"leader", "president", "premier", "prime", "chancellor", "king", "queen", "head"}),
    frozenset({"ambassador", "envoy", "representative", "emissary"}),
    frozenset({"ceo", "executive", "chief", "boss"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"lawyer", "attorney", "counsel"}),
    frozenset({"coach", "manager"}),
    frozenset({"prince", "princess"}),
    # "Mr Justice Roe … the judge went on": a court's titles of its judges
    frozenset({"judge", "justice", "magistrate"}),
)
_ROLE_WORDS = (
    frozenset(w for w in TITLE_PREDICATE if " " not in w)
    | frozenset().union(*_ROLE_GROUPS)
    | {"captain", "striker", "prosecutor", "judge", "mayor", "official", "sheikh", "sultan"}
)
# Verbs of holding a role, as the role word a description uses ("the committee's chair").
_ROLE_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "coach": "coach"}
# Too general to name one person without a modifier that fits ("the Kremlin official").
_GENERIC_ROLES = frozenset({"official", "member", "officer", "staffer", "employee"})
# Texts that "say" what their issuer wrote: "the statement said", "the ruling said".
_ISSUED_TEXTS = frozenset(
    {
        "statement",
        "order",
        "ruling",
        "decision",
        "judgment",
        "judgement",
        "verdict",
        "communique",
        "communiqué",
        "release",
        "notice",
        "memo",
        "filing",
        "indictment",
        "complaint",
        "letter",
        "declaration",
        "report",
        "document",
        "post",
        "tweet",
    }
)
# Texts a person may issue in their own name: "his statement continued", "the post read".
_PERSONAL_TEXTS = frozenset({"statement", "post", "tweet", "letter"})
# Texts a body issues to tell what it did or thinks, which whoever announced the news
# issued: "the statement", "the communique".
_ANNOUNCEMENTS = frozenset({"statement", "communique", "communiqué", "release", "post",
                            "tweet", "declaration"})
# Verbs of speaking out that a paragraph of quotation after them illustrates.
_STANDS_TAKEN = frozenset(
    {
        "accuse",
        "challenge",
        "defend",
        "dismiss",
        "slam",
        "blast",
        "reject",
        "plead",
        "speak",
        "address",
        "express",
        "voice",
        "appeal",
    }
)
# What one says, as the subject a colon explains: "Her answer was short: “…”".
_SAYINGS = frozenset({"message", "answer", "reply", "response", "warning", "verdict", "advice"})
# The words of styles of address before a name that HONORIFICS (which has "excellency",
# "highness", "hon", "seri", "samdech") lacks: "His Excellency", "Her Royal Highness",
# "the Honourable", "Her Majesty".
_STYLES = frozenset({"his", "her", "royal", "honourable", "honorable", "majesty"})
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "although", "though", "as"})
_PREPOSITIONS = frozenset({"to", "for", "of", "at", "with", "in", "on"})


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    paragraph: int
    outer_start: int  # offsets including the quotation marks
    outer_end: int
    runs_on: bool = False  # opened but not closed: the quote goes on in the next paragraph


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line."""
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _span(
    text: str, s: int, e: int, outer: tuple[int, int], paragraph: int, runs_on: bool = False
) -> QuoteSpan | None:
    inner = text[s:e]
    # The quoted words: no white space around them, nor the comma before the attribution.
    kept = inner.strip().rstrip(",").rstrip()
    s += len(inner) - len(inner.lstrip())
    e = s + len(kept)
    if e - s < 2:
        return None
    words = " ".join(kept.split())  # a hard line break inside reads as a space
    return QuoteSpan(s, e, words, paragraph, *outer, runs_on)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quoted passages of ``text``: double or single marks, curly or straight."""
    paragraphs = _paragraphs(text)
    starts = [s for s, _ in paragraphs]

    def paragraph_of(offset: int) -> int:
        return max((i for i, p in enumerate(starts) if p <= offset), default=0)

    found: list[QuoteSpan] = []
    for m in _DOUBLE.finditer(text):
        group = next(g for g in ("curly", "straight", "doubled") if m.group(g) is not None)
        span = _span(text, m.start(group), m.end(group), m.span(), paragraph_of(m.start()))
        if span is not None:
            found.append(span)
    for m in _SINGLE.finditer(text):
        # single marks inside a double-quoted passage are a quotation within it
        if any(q.outer_start <= m.start() < q.outer_end for q in found):
            continue
        span = _span(text, m.start("single"), m.end("single"), m.span(), paragraph_of(m.start()))
        if span is not None:
            found.append(span)
    # A quote that runs on into the next paragraph: an opening mark with no closing
    # one after it in its own paragraph, and the next paragraph opens a quotation.
    for i, (p_start, p_end) in enumerate(paragraphs):
        opening = _unclosed_opening(text, p_start, p_end, found)
        if opening is None:
            # in single marks only where a quotation opens, which the next paragraph
            # goes on: "X said: ‘…¶‘…’"
            opening = _unclosed_single(text, p_start, p_end, found)
            if opening is None or not (
                i + 1 < len(paragraphs) and _opens_single(text, paragraphs[i + 1])
            ):
                continue
        closing = _closed_in_next(text, opening, paragraphs[i + 1:i + 2])
        if closing is not None:
            # “… ¶ …,” X said: a quotation broken by a blank line, its second part
            # without the opening mark a new paragraph of quotation would have
            span = _span(text, opening + 1, closing, (opening, closing + 1), i)
            if span is not None:
                found.append(span)
            continue
        next_opens = i + 1 < len(paragraphs) and (
            _opens_quote(text, paragraphs[i + 1])
            or (text[opening] in "‘'" and _opens_single(text, paragraphs[i + 1]))
        )
        if not next_opens and text[p_start:opening].strip():
            continue  # a stray mark inside a paragraph, not a quotation going on
        span = _span(text, opening + 1, p_end, (opening, p_end), i, runs_on=next_opens)
        if span is not None:
            found.append(span)
    return sorted(found, key=lambda q: q.start)


def _opens_quote(text: str, paragraph: tuple[int, int]) -> bool:
    return bool(_OPENING.match(text[paragraph[0] : paragraph[1]].lstrip()))


# A single opening mark where a quotation opens: a paragraph's start or after a colon.
_SINGLE_OPENING = re.compile(r"(?:^|:\s+)([‘'])(?=[A-Za-z])")


def _opens_single(text: str, paragraph: tuple[int, int]) -> bool:
    return text[paragraph[0] : paragraph[1]].lstrip()[:1] in {"‘", "'"}


def _unclosed_single(text: str, start: int, end: int, found: list[QuoteSpan]) -> int | None:
    """Offset of a single opening mark that opens a quotation in [start, end) and that
    no found quote uses: "‘It has been a hard year." with no closing mark."""
    line = text[start:end]
    for m in reversed(list(_SINGLE_OPENING.finditer(line))):
        i = start + m.start(1)
        return None if any(q.outer_start <= i < q.outer_end for q in found) else i
    return None


def _unclosed_opening(text: str, start: int, end: int, found: list[QuoteSpan]) -> int | None:
    """Offset of a double opening mark in [start, end) that no found quote uses."""
    for i in range(end - 1, start - 1, -1):
        if text[i] not in '“"':
            continue
        if any(q.outer_start <= i < q.outer_end for q in found):
            return None
        if text[i] == "“" or i == start or not text[i - 1].isalnum():
            return i
        return None
    return None


def _closed_in_next(text: str, opening: int, following: list[tuple[int, int]]) -> int | None:
    """Offset of the closing mark of a double quotation opened at ``opening`` that the next
    paragraph closes without opening one of its own: its only double mark, a closing one
    ("…concern. Our condolences,” UNAMA tweeted.")."""
    if not following or text[opening] not in '“"':
        return None
    start, end = following[0]
    line = text[start:end]
    marks = [k for k, ch in enumerate(line) if ch in '“”"']
    if len(marks) != 1 or _OPENING.match(line.lstrip()):
        return None
    k = marks[0]
    closes = line[k] == "”" or (line[k] == '"' and k > 0 and line[k - 1] in ",.?!")
    return start + k if closes and text[opening] == ('“' if line[k] == "”" else '"') else None


@dataclass
class _Attribution:
    found: bool = False  # an attribution was read (its speaker may still be unknown)
    speaker: Mention | None = None
    verb: int = -1  # the speech verb's token index, if a verb attributed the quote


def _speaker_of_verb(
    verb: Token, context: ArticleContext, quoted: set[int], previous: Mention | None
) -> _Attribution:
    """The attribution a speech verb gives: its subject, resolved."""
    subject = _subject_outside(verb, quoted)
    if subject is None and verb.dep_ == "ROOT":
        subject = _name_parsed_apart(verb, context)
        inverted = _named_after_inverted_verb(verb, context) if subject is None else None
        if inverted is not None:
            return _Attribution(True, inverted, verb.i)
    if subject is None or (subject.pos_ == "NOUN" and context.name_at(subject) is None):
        # "“…,” Ana Roble, lead author of the study, said": the parser may make the
        # apposition the subject, or hang the name from a word of it
        subject = _name_before_apposition(verb, context) or subject
    if subject is not None and subject.pos_ == "NOUN" and context.name_at(subject) is None:
        subject = _name_set_off_after(verb, subject, context) or subject
    if subject is not None and subject.i not in quoted:
        return _Attribution(True, _mention_of_subject(subject, context, previous), verb.i)
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _MADE_TO_SPEAK:
        # "…, prompting Ms Roble to say: “…”": the one made to speak, not the subject
        made = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if made is not None and made.i not in quoted:
            return _Attribution(True, _mention_of_subject(made, context, previous), verb.i)
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i not in quoted:
        speaking = _speech_verb_above(verb) if verb.tag_ == "VBG" else _said_then(verb)
        if speaking is not None and speaking.i not in quoted:
            # "X said the blast happened at breakfast, adding: “…”": the participle the
            # parser hung from the reported clause speaks for the one who said it
            return _speaker_of_verb(speaking, context, quoted, previous)
        return _speaker_of_verb(verb.head, context, quoted, previous)
    hung = _clause_a_participle_closes(verb)
    if hung is not None and hung.i not in quoted:
        # "X alleged a conspiracy against them, stating, “…”": the parser may hang the
        # participle from the object noun; it speaks for the subject of the clause
        return _speaker_of_verb(hung, context, quoted, previous)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ in _QUOTING:
        # "X was quoted as saying", "the agency quoted X as saying": X
        quoting = verb.head.head
        said = next((c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if said is not None and said.i not in quoted:
            return _Attribution(True, _mention_of_subject(said, context, previous), verb.i)
    return _Attribution()


def _clause_a_participle_closes(verb: Token) -> Token | None:
    """The verb of the clause a participle of speech set off by a comma closes, when the
    parser hung the participle from a noun of that clause ("alleged a conspiracy against
    them, stating, …"); not a text's own words ("a statement stating that …", "a letter
    from X stating …": the text's author speaks)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    for above in verb.ancestors:
        if above.pos_ in {"VERB", "AUX"}:
            return above
        if above.lemma_ in _ISSUED_TEXTS or above.lemma_ in _SAYINGS:
            return None
    return None


def _said_then(verb: Token) -> Token | None:
    """ "He said her offence was no whistle-blowing, and continued: “…”": the parser may
    join the second speech verb to the reported clause; written in the past tense of the
    speech verb above it, where the reported verb is not ("could not be described") or has
    a thing for its subject, it is that speaker's next words."""
    reported = verb.head
    if (verb.dep_ != "conj" or verb.tag_ != "VBD" or not _speech_verbs([verb])
            or reported.dep_ != "ccomp" or _subject_of(verb) is not None):
        return None
    thing = _subject_of(reported)
    if reported.tag_ == "VBD" and not (thing is not None and thing.tag_ == "NN"):
        return None  # a reported verb in the same tense, of people, may be the one
        # continued: "She said they lied and continued: …" is left to the parse (not "the
        # evidence was overwhelming and added: …", which no evidence adds)
    above = reported.head
    return above if above.tag_ == "VBD" and _speech_verbs([above]) else None


def _speech_verb_above(participle: Token) -> Token | None:
    """The speech verb whose reported clause a participle of speech hangs from ("said
    the blast happened, adding"), when its own head is no speech verb."""
    if not _speech_verbs([participle]) or _speech_verbs([participle.head]):
        return None
    for verb in participle.head.ancestors:
        if _speech_verbs([verb]):
            return verb
    return None


def _mention_of_subject(
    token: Token, context: ArticleContext, previous: Mention | None
) -> Mention | None:
    """The named speaker a subject stands for; None for "a person familiar with…"."""
    if token.lower_ in PERSON_PRONOUNS or token.lower_ in {"he", "she"} or _aged(token):
        of_age = _person_of_age(token, context) if _aged(token) else None
        if of_age is not None:
            return of_age  # "X, 81, … “…,” the 81-year-old said": the one that age is given
        decided, named = _last_named_speaker(token, context)
        if not decided:
            named = context.antecedents.get(token.i)
        return named if named is not None and not _a_body(named, context) else None
    if token.lower_ == "they" or _those_so_titled(token):
        # "A and B issued a joint statement. “…,” they said" / "the leaders said": the
        # pair, given by the first of them (a quote has one speaker), as "A and B said" is
        return _pair_before(token, context)
    if token.lower_ == "it":
        # "…," it added: the organisation quoted just before, or else the one the
        # sentence before is about ("The White House pressed Congress. “…,” it said")
        if previous is not None:
            speaking = _body_speaking_before(token, context)
            if speaking is not None and speaking.name != previous.name:
                return speaking  # "Y said in an editorial that …. “…,” it said": Y
            return previous if previous.type == "Organization" else None
        return _body_before(token, context)
    titled = _titled_by_initials(token, context)
    if titled is not None:
        return titled
    if _one_described_by_kind(token) or _one_described_by_trade(token):
        # "the Democrat said", "the Texas Republican added", "the Argentine said", "the
        # Spaniard told Sky", "the forward said": the person the sentences before are
        # about, as "he" would be (not the party), unless one person alone was given
        # that description ("veteran Ana Roble … the veteran said")
        titled = _the_one_so_described(token, context)
        if titled is not None:
            return titled
        decided, named = _last_named_speaker(token, context)
        if not decided:
            named = context.antecedents.get(token.i)
        return named if named is not None and not _a_body(named, context) else None
    if _described_by_trade_and_career(token):
        # "said the soft-spoken politician who became prime minister in 2008": the
        # person the sentences before are about, if the clause gives a title of theirs
        decided, named = _last_named_speaker(token, context)
        if named is not None and _is_person(named) and _career_fits(token, named, context):
            return named
    mention = context.name_at(token)
    if mention is not None and mention.type in {"Person", "Organization", "Place"}:
        return mention
    if token.lower_ in _ISSUED_TEXTS and (
        _definite(token)
        or token.dep_ in {"dobj", "pobj"}
        or _body_whose(token, context) is not None  # "a statement from the ministry said"
        or _posted_from(token, context) is not None  # "a statement from X's account said"
    ):
        return _issuer(token, context)
    if token.lower_ in _POSTS and (poster := _posted_from(token, context)) is not None:
        return poster  # "a post on X's account said"
    owner = _owning_body(token, context)
    if owner is not None:
        return owner  # "Villarreal's official Twitter account said": the club's words
    office_of = _person_whose_office(token, context, previous)
    if office_of is not None:
        return office_of
    # "President of Russia Vladimir Putin" parses with the title as head and the
    # name as apposition; "Britain's ambassador, Jane Roe, who…" likewise.
    for child in token.children:
        if child.dep_ in {"appos", "compound", "flat"}:
            named = context.name_at(child)
            if named is not None and _is_person(named):
                return named
    named = _named_subject(token, context) or _envoy_named_after_body(token, context)
    if named is not None:
        return named
    decided, named = _described(token, context)
    if decided:
        return named
    mention = context.antecedents.get(token.i)
    if mention is not None and mention.type in {"Person", "Organization", "Place"}:
        return mention
    if token.pos_ == "PROPN" or token.is_title:
        # a surname the name finder missed here (even tagged a common noun:
        # "…," Tavares said; "Bunch said the company…") but found in full earlier
        return _named_earlier_by_surname(token, context)
    return None


# Channels a body speaks through, named by their owner: "X's official account".
_CHANNELS = frozenset({"account", "feed", "page", "website", "site", "channel", "handle"})


def _owning_body(token: Token, context: ArticleContext) -> Mention | None:
    """The organisation or person whose channel a subject is: "Villarreal's official Twitter
    account" is Villarreal speaking, not Twitter."""
    if token.lemma_ not in _CHANNELS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    named = context.name_at(owner) if owner is not None else None
    # "Marwat's account said": a person's own account speaks for them too
    return named if named is not None and named.type in {"Organization", "Person"} else None


def _person_whose_office(
    token: Token, context: ArticleContext, previous: Mention | None
) -> Mention | None:
    """ "Okoro's office said", "the prime minister's press office said", "the office of
    Prime Minister X said": a person's office speaks for that person, as the name finder
    reads it (no body of its own)."""
    if token.lower_ != "office":
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        named = _mention_of_subject(owner, context, previous)
        if named is not None and _is_person(named):
            return named
    return None


#: What one writes on one's own channel: "a post on X's account said".
_POSTS = frozenset({"post", "tweet", "message"})


def _posted_from(document: Token, context: ArticleContext) -> Mention | None:
    """Whose channel a text came from: "a statement on X from Marwat's account said", "a
    post on his party's page"."""
    return next((owner for p in document.children
                 if p.dep_ == "prep" and p.lower_ in {"from", "on"}
                 for o in p.children if o.dep_ == "pobj"
                 if (owner := _owning_body(o, context)) is not None), None)


def _subject_outside(verb: Token, quoted: set[int]) -> Token | None:
    """The verb's subject outside the quotation it attributes: "“…, but the changes
    this company needs call for more,” X said" may parse with a noun of the quote as
    a second subject of "said"."""
    subject = _subject_of(verb)
    if subject is None or subject.i not in quoted:
        return subject
    outside = (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in quoted)
    return next(outside, subject)


def _name_set_off_after(verb: Token, subject: Token, context: ArticleContext) -> Token | None:
    """The person named after a comma that follows a described subject, which the parser
    made a second subject of the verb: "“…,” said the committee's chair, Dr. Ana Roe."."""
    for other in verb.children:
        if other.dep_ != "nsubj" or other.i <= subject.i or other.doc[subject.i + 1].text != ",":
            continue
        named = context.name_at(other)
        span = context.span_of(named) if named is not None else None
        if named is None or not _is_person(named) or span is None or span.start < subject.i + 2:
            continue
        style = context.doc[subject.i + 2 : span.start]  # "Dr.", "Prof.", "Sir"
        if len(style) <= 2 and all(t.is_title or t.text == "." for t in style):
            return other
    return None


def _name_before_apposition(verb: Token, context: ArticleContext) -> Token | None:
    """The person named right after a closing quotation mark and before the apposition
    that ends in a comma before the speech verb: "“…,” NAME, lead author of …, said"."""
    doc, sent = verb.doc, verb.sent
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for t in reversed(doc[max(sent.start, verb.i - 16) : verb.i - 1]):
        if t.text not in {"”", '"', "’", "'"}:
            continue
        first = doc[t.i + 1] if t.i + 1 < verb.i else None
        named = context.name_at(first) if first is not None else None
        span = context.span_of(named) if named is not None else None
        if span is None or span.start != first.i or not _is_person(named):
            return None
        return doc[span.end - 1] if doc[span.end].text == "," and span.end < verb.i - 1 else None
    return None


# How the parser may hang a subject's name it misread: "Leader Hakeem Jeffries of New
# York called …" with "Hakeem" an auxiliary of "called", '"…," Oh said' with "Oh" an
# interjection.
_MISREAD_SUBJECTS = frozenset({"aux", "dobj", "dep", "npadvmod", "nmod", "compound", "intj"})


def _name_parsed_apart(verb: Token, context: ArticleContext) -> Token | None:
    """A person's name before a main verb that has no subject, hung from it in a way
    only a misread subject is: that name is the subject."""
    for token in reversed(list(verb.lefts)):
        if token.dep_ not in _MISREAD_SUBJECTS or token.i in _marked(context):
            continue
        named = context.name_at(token)
        if named is not None and _is_person(named):
            return token
    return None


_CLOSING_MARKS = frozenset({"”", '"', "’", "'"})
# "added" read as a copula: '“…,” added Tamir' with the name its attribute
_INVERTED_MISREAD = _MISREAD_SUBJECTS | {"attr", "oprd"}


def _named_after_inverted_verb(verb: Token, context: ArticleContext) -> Mention | None:
    """'“…,” added Benari.': in an attribution written verb first, the parser may
    make the name after the verb its object, and the name finder may take a lone
    surname for a body; right after the closing mark, a proper name the verb
    governs is the one who speaks, the person of that surname named before."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text not in _CLOSING_MARKS or verb.i + 1 >= len(doc):
        return None
    name = doc[verb.i + 1]
    if name.text == "Under" and name.dep_ == "prep" and name.head.i == verb.i:
        # '“…,” said Under Secretary of the Treasury X': the title's first word read as
        # a preposition, the name as its object
        # a name the title's words hold: its object, or an apposition to "Secretary"
        people = (context.name_at(t) for t in name.subtree)
        return next((p for p in people if p is not None and _is_person(p)), None)
    if name.head.i != verb.i or name.dep_ not in _INVERTED_MISREAD or name.pos_ != "PROPN":
        return None
    named = context.name_at(name)
    if named is not None and _is_person(named):
        return named
    # '“…,” told Reuters': the outlet it was said to, unless a person of that name spoke
    return _named_earlier_by_surname(name, context)


def _one_described_by_kind(token: Token) -> bool:
    """"The Democrat", "the Texas Republican", "the Argentine", "the Spaniard", "the
    Dutchman": one person named by the party or the country they belong to (not "the
    Chinese", "the French", "the Swiss": a people)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if token.text in PARTY_MEMBER_NOUNS:
        return True
    return _one_of_a_people(token.text)


def _one_of_a_people(word: str) -> bool:
    """A word for one person of a country: "Kenyan", "Iraqi", "Spaniard", "Briton",
    "Swede", "Frenchman" (not the adjectives that name a people: "French", "Swiss")."""
    if country_of_national(word):
        return True  # "Frenchman", "Dutchwoman"
    return bool(DEMONYMS.get(word)) and not word.endswith(("s", "sh", "ch", "ese"))


# People named by their trade or by what they are, when no office of theirs is meant:
# "the forward said", "the billionaire added", "the veteran told reporters".
_TRADES = (
    PLAYER_POSITIONS
    | (OCCUPATIONS - {"host"})  # "the host" is as often a country or a club
    | {
        "forward", "keeper", "bowler", "player", "athlete", "sprinter", "runner", "swimmer",
        "cyclist", "golfer", "boxer", "fighter", "wrestler", "skier", "driver", "rider",
        "jockey", "champion", "veteran", "winner", "billionaire", "millionaire", "tycoon",
        "magnate", "businessman", "businesswoman", "entrepreneur", "investor", "teenager",
        "youngster", "actor", "actress", "singer", "musician", "rapper", "novelist", "poet",
        "artist", "filmmaker", "politician", "activist", "dissident", "survivor", "widow",
        "widower", "pensioner", "student", "scientist", "researcher", "academic",
        "professor", "doctor", "nurse", "pilot", "farmer", "cleric", "imam", "rabbi",
    }
) - _ROLE_WORDS


def _one_described_by_trade(token: Token) -> bool:
    """"The forward", "the former champion", "the billionaire": one person named by what
    they do or are, with nothing after that says who ("the author of the study" may be
    someone not named)."""
    if token.lower_ not in _TRADES or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return not any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in token.children)


def _described_by_trade_and_career(token: Token) -> bool:
    """ "The politician who became prime minister in 2008": a trade word with a relative
    clause, which (unlike "the farmer who found the body") may only tell the career of
    someone named before; read with ``_career_fits``."""
    return (token.lower_ in _TRADES and token.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and any(c.dep_ == "relcl" for c in token.children))


def _career_fits(token: Token, person: Mention, context: ArticleContext) -> bool:
    """Whether the relative clause of a described speaker names a title the article
    gives the person ("who became Belgian prime minister" for "Belgian Prime Minister X")."""
    clause = {t.lower_ for c in token.children if c.dep_ == "relcl" for t in c.subtree}
    surname = person.name.split()[-1]
    titles: set[str] = set()
    for m in context.mentions:
        if m.end > m.start and _is_person(m) and m.name.split()[-1] == surname:
            titles |= _titles_of(m, context)[0]
    return bool(clause & titles & _ROLE_WORDS)


def _the_one_so_described(token: Token, context: ArticleContext) -> Mention | None:
    """The one person named before with the description's word in their title ("veteran
    striker Ana Roble" for "the veteran") or, for "the Spaniard", their title's country."""
    country = DEMONYMS.get(token.text) or country_of_national(token.text)
    fits: dict[str, Mention] = {}
    for m in context.mentions:
        if m.end > token.idx or not _is_person(m) or _in_quotation(m, context):
            continue
        own, other = _titles_of(m, context)
        if token.lower_ in own or (country and country in _countries(own)):
            fits.setdefault(m.name.split()[-1], m)
    return next(iter(fits.values())) if len(fits) == 1 else None


def _aged(token: Token) -> bool:
    """"The 58-year-old", "the 31-year-old striker": a person the story is about,
    named by age as "he" or "she" would be."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    words = [t.lower_ for t in token.subtree if t.i <= token.i]
    return any(w.endswith("year-old") for w in words) or ("year" in words and "old" in words)


def _person_of_age(token: Token, context: ArticleContext) -> Mention | None:
    """The one person before ``token`` whose age the article gives as the age of the
    description ("the 81-year-old") says: "Joseph Okon, 81,", "81-year-old Joseph Okon"."""
    age = next((t.text for t in token.subtree if t.i < token.i and t.like_num), None)
    if age is None:
        return None
    doc, found = context.doc, {}
    for mention in context.mentions:
        span = context.span_of(mention)
        if span is None or span.end > token.i or not context.is_person(mention):
            continue
        after = doc[span.end : span.end + 2]
        if (len(after) == 2 and after[0].text == "," and after[1].text == age) or (
                _age_before(doc, span.start) == age):
            found[mention.name] = mention
    return next(iter(found.values())) if len(found) == 1 else None


def _age_before(doc, start: int) -> str | None:
    """The age written before a name, up to three lower-case words between: "81-year-old
    [activist] Joseph Okon"."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].is_alpha and (
            doc[k].lower_ != "old"):
        k -= 1
    if k < 0 or not (doc[k].lower_ == "old" or doc[k].lower_.endswith("year-old")):
        return None
    return next((t.text for t in doc[max(k - 4, 0) : k + 1] if t.like_num), None)


def _named_earlier_by_surname(token: Token, context: ArticleContext) -> Mention | None:
    """The person named in full before whose surname ``token`` is.

    Of two people sharing it ("President Ana Roble … her son Tiago Roble"), a
    bare "Roble" is the one the article named first: the story's subject; a
    relative is then called by the full name.
    """
    earlier = [
        m
        for m in context.mentions
        if m.end <= token.idx and _is_person(m) and m.name.split()[-1] == token.text
    ]
    if not earlier:
        return None
    if len({m.name for m in earlier}) == 1:
        return earlier[-1]
    return earlier[0]


def _named_in_full(speaker: Mention, context: ArticleContext) -> Mention:
    """The person a speaker typed a body or place is: "…," Avsar said after "Foreign
    Minister Tolga Avsar" (also a surname written first, "Lin" of "Lin Haoyu").

    Only one person named so before, and no organisation whose name opens with the
    word ("Kestrava said" where the Kestrava Group is named) may fit.
    """
    if speaker.type == "Person":
        if " " in speaker.name:
            return speaker
        # a bare surname two people share: the one the article named first
        namesakes = [
            m for m in context.mentions
            if m.end <= speaker.start and m.type == "Person"
            and m.name.split()[-1] == speaker.name and " " in m.name
        ]
        return namesakes[0] if len({m.name for m in namesakes}) > 1 else speaker
    words = speaker.name.split()
    word = words[-1]
    earlier = [
        m for m in context.mentions if m.end <= speaker.start and " " in m.name and m != speaker
    ]
    if any(m.type == "Organization" and word in m.name.split() for m in earlier):
        return speaker
    # "DP Avsar" after "Deputy President Tolga Avsar": a title's letters before the surname
    ends = (-1,) if len(words) > 1 else (0, -1)
    people = {
        m.name: m
        for m in earlier
        if m.type == "Person" and any(word == m.name.split()[i] for i in ends)
    }
    return next(iter(people.values())) if len(people) == 1 else speaker


def _titled_by_initials(token: Token, context: ArticleContext) -> Mention | None:
    """The person "the PM", "the DP" is: the one the article named after a title
    with those initials ("Deputy President Tolga Avsar"), if only one."""
    letters = token.text
    if not (2 <= len(letters) <= 4 and letters.isupper() and letters.isalpha()):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    fits: dict[str, Mention] = {}
    for m in context.mentions:
        span = context.span_of(m)
        if m.end > token.idx or span is None or not _is_person(m) or " " not in m.name:
            continue
        before = context.doc[max(span.sent.start, span.start - len(letters)) : span.start]
        if "".join(t.text[:1] for t in before) == letters and all(t.is_title for t in before):
            fits.setdefault(m.name.split()[-1], m)
    return next(iter(fits.values())) if len(fits) == 1 else None


def _definite(token: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
        for c in token.children
    )


def _issuer(document: Token, context: ArticleContext) -> Mention | None:
    """The organisation whose text "the statement" / "the ruling" is, or None.

    "The ministry's statement said": the owner named. Otherwise the subject of
    the closest sentence before that names the same kind of text ("The
    ministry said in a statement…"), or of the sentence just before ("The
    court blocked the law…"). A person there (a judge's order) or nobody
    leaves the quote without a speaker: a text is not its signatory.
    """
    for child in document.children:
        if child.dep_ == "poss":
            owner = context.name_at(child)
            if owner is None and child.lower_ in {"his", "her"}:
                owner = context.antecedents.get(child.i)  # "His statement continued: …"
            if owner is not None:
                return owner if _may_issue(owner, document) else None
    issuer = (_body_whose(document, context) or _written_by(document, context)
              or _posted_from(document, context))
    if issuer is not None:
        return issuer  # "a statement from the ministry said", "the statement by X said"
    doc, quoted = context.doc, _marked(context)
    if document.dep_ in {"dobj", "pobj"}:
        # "The ministry issued a statement that read: …": the subject of the issuing verb
        verb = document.head.head if document.dep_ == "pobj" else document.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        named = context.name_at(subject) if subject is not None else None
        return named if named is not None and named.type == "Organization" else None
    sent, candidates = document.sent, []
    for _ in range(3):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        if sent.root.i in quoted:
            continue
        candidates.append(sent)
    naming = [s for s in candidates if any(t.lemma_ == document.lemma_ for t in s)]
    chosen = naming[0] if naming else candidates[0] if candidates else None
    if chosen is None:
        return None
    text = next((t for t in chosen if t.lemma_ == document.lemma_ and t.i not in quoted), None)
    issuer = _body_whose(text, context) if text is not None else None
    if issuer is not None:
        return issuer  # "In a release from the federation, they said …"
    subject = _issuing_subject(chosen, document.lemma_, quoted)
    if subject is not None and subject.lemma_ == document.lemma_ and subject.i < document.i:
        # "“…,” reads the statement. “…,” reads the statement.": the one issuer of both
        return _issuer(subject, context)
    if subject is None or subject.i in quoted:
        return None
    named = (
        context.name_at(subject)
        or _named_subject(subject, context)
        or context.antecedents.get(subject.i)
        or _body_whose(subject, context)
        or _body_named_before_head(subject, context)
    )
    return named if named is not None and named.type == "Organization" else None


def _body_named_before_head(subject: Token, context: ArticleContext) -> Mention | None:
    """The one organisation named in the words before a subject's head noun: "the
    Valdoria Defence Forces (VDF) press office reported" is the forces' office."""
    doc = subject.doc
    bodies = {m.name: m for t in subject.subtree if t.i < subject.i
              # "(VDF)": the acronym in brackets is the name before it again
              if not (t.i > 0 and doc[t.i - 1].text == "(")
              if (m := context.name_at(t)) is not None and m.type == "Organization"}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _may_issue(named: Mention, document: Token) -> bool:
    """Whether the owner a text is named with speaks through it: an organisation, or a
    person through a statement, a post or a letter of their own ("his statement
    continued"; a judge's order is the court's, not the judge's words)."""
    if named.type == "Organization":
        return True
    return _is_person(named) and document.lemma_.lower() in _PERSONAL_TEXTS


def _written_by(document: Token, context: ArticleContext) -> Mention | None:
    """The body a text names with "by": "the nine-page statement by the federation" (a
    person a text is "by" may have signed another's words)."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            named = context.name_at(author) if author is not None else None
            if named is not None and named.type == "Organization":
                return named
    return None


def _issuing_subject(sent: Span, lemma: str, quoted: set[int]) -> Token | None:
    """Who a sentence says issued the text: the subject of the verb "statement" hangs
    from ("The press service of X announced this in a statement, the agency reports":
    the press service, not the agency), else of the sentence's main verb."""
    text = next((t for t in sent if t.lemma_ == lemma and t.i not in quoted), None)
    issued = [c for c in text.children if c.dep_ == "acl"] if text is not None else []
    for verb in issued:  # "A statement issued by the club …": the agent
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if text is None and lemma in _ANNOUNCEMENTS:
        # "The army hit ten targets, the forces' press office reported. “…,” the
        # statement reads": who announced it, not who did it (a ruling stays the court's)
        for said in reversed(_speech_verbs([t for t in sent if t.i not in quoted])):
            subject = _subject_of(said)
            if subject is not None and subject.i not in quoted:
                return subject
    if text is None and _speech_verbs([sent.root]):
        # "The court struck down the levy, the radio reported. “…,” the ruling said":
        # the one who did what was reported, not the outlet
        done = next((c for c in sent.root.children if c.dep_ == "ccomp"), None)
        subject = _subject_of(done) if done is not None else None
        if subject is not None and subject.i not in quoted:
            return subject
    verb = text.head if text is not None else sent.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject == text and verb.lemma_ in _ATTRIBUTION_VERBS | {"read"}:
        return subject  # "“…,” reads the statement": the text speaks
    if subject is None or subject == text:
        # "A statement was issued by the ministry": the agent
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subject is None and verb != sent.root:
        return next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject


def _body_whose(noun: Token, context: ArticleContext) -> Mention | None:
    """The organisation a part or voice of it, or a text, is from: "the press service of
    X", "X's press office", "a release from X"."""
    for child in noun.children:
        owner = child
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            owner = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "poss":
            continue
        named = context.name_at(owner)
        if named is not None and named.type == "Organization":
            return named
    return None


def _last_named_speaker(token: Token, context: ArticleContext) -> tuple[bool, Mention | None]:
    """(decided, the person a pronoun speaker stands for): the subject of the sentences before.

    "The spokeswoman, Fatima Ali, said talks would resume on Monday near the
    Baltic Sea. “…,” she said": the subject of the closest sentence that names
    one, not the last name before the pronoun. A sentence whose subject is
    itself "he" or "she" continues the same person's story: look further back,
    past sentences of quotation (unless one names a person outside its marks).
    A sentence whose subject names nobody ("Reporters asked Minister X about
    it") is about the one person it names; naming two, it leaves the pronoun
    undecidable. Undecided when no sentence before tells.
    """
    doc, quoted = context.doc, _marked(context)
    sent = token.sent
    opening = next((t.i for t in sent if t.i in quoted), token.i)
    reporter = _reporter_of(token, context) if opening >= token.i else None
    if reporter is not None:
        return True, reporter
    above = _named_subject_above(token, context) if opening > token.i else None
    if above is not None:
        return True, above
    for subject in reversed(doc[sent.start : opening] if opening < token.i else []):
        # "X said the talks were useful; Y was blunter: “…,” he said": Y, whose
        # clause the quotation follows in the same sentence
        if subject.dep_ in {"nsubj", "nsubjpass"}:
            named = _named_subject(subject, context)
            if named is not None and _is_person(named):
                return True, named
    read, description = 0, None  # description: a role subject not resolved yet
    for _ in range(10):
        if sent.start == 0 or read == 4:
            return (True, None) if description is not None else (False, None)
        sent = doc[sent.start - 1].sent
        if sent.root.i in quoted:
            # "Rubin, opening the talks: “We want peace.” He thanked the team…": the
            # one person a sentence of quotation names outside the marks
            people = _people_in(sent, context, quoted)
            if len(people) == 1:
                return True, people[0] if _may_hold(people[0], description, context) else None
            continue
        read += 1
        # the last of the main clauses ("X said A, but Y would not confirm it")
        clauses = [sent.root] + [t for t in sent.root.children if t.dep_ == "conj"]
        named_subject = False
        for verb in reversed(clauses):
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject.i in quoted:
                continue
            if subject.lower_ in {"he", "she"} or any(
                    c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in subject.children):
                named_subject = True  # the same person's story goes on: look further back
                continue  # ("Her party has ruled since X led it to victory": not X's)
            named = _named_subject(subject, context) or _possessor(subject, context)
            if named is None and (subject.pos_ == "PROPN" or subject.is_title):
                # "Roble, a former judge, rejected it. In a post he said…": a surname
                # the name finder missed here (even tagged a common noun)
                named = _named_earlier_by_surname(subject, context)
            if (
                named is None
                and subject.lower_ in _ROLE_WORDS
                and description is None
                and context.name_at(subject) is None  # "Port-au-Prince" is no prince
            ):
                # "The head coach said that…", "the crown prince gave…": the person
                # the article gave that role
                named = _described(subject, context)[1]
                people = _people_within(subject, context) if named is None else []
                if len(people) == 1:
                    named = people[0]  # "The envoy to the UN, Dame Ana Roble, called…"
                elif named is None:
                    # "Roble spoke. The US president said…": one named further back,
                    # if nothing says they hold another role
                    description, named_subject = subject, True
                    continue
            if named is not None and not _a_body(named, context):
                # "he" or "she" is not the company the sentence is about
                return True, named if _may_hold(named, description, context) else None
            named_subject = named_subject or named is not None
        if not named_subject:
            people = _people_in(sent, context, quoted)
            if len(people) > 1:
                # "The deadline surfaced when X told a host that Y's plan …": the one
                # person who is the subject of a clause, not its object
                people = _subjects_among(people, context) or people
            if people:
                one = people[0] if len(people) == 1 else None
                return True, one if one and _may_hold(one, description, context) else None
    return False, None


def _named_subject_above(pronoun: Token, context: ArticleContext) -> Mention | None:
    """The person named as subject of the clause a pronoun's subordinate clause hangs from,
    before the quotation: "X said the plan was better after what she called “…”", "X
    praised the deal, which he described as “…”"; None where the pronoun's clause is a main
    one ("X met Y, and she said: “…”") or two people are subjects above it."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ in {"ROOT", "conj"}:
        return None
    named = {
        m.name: m
        for v in verb.ancestors
        for c in v.children
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i
        for m in [_named_subject(c, context)]
        if m is not None
    }
    people = [m for m in named.values() if _is_person(m)]
    return people[0] if len(people) == 1 and len(named) == 1 else None


def _those_so_titled(token: Token) -> bool:
    """ "The leaders", "the two ministers": people named together before, by their title
    in the plural (not "the ministry's officials", whose owner says who they are)."""
    return (token.tag_ == "NNS" and token.lemma_ in _ROLE_WORDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in token.children
                        if c.pos_ != "NUM"))


def _pair_before(pronoun: Token, context: ArticleContext) -> Mention | None:
    """The first of two or more people named together as the subject of the closest
    sentence before that has a subject outside quotation marks ("Minister A and
    Commissioner B issued a joint statement"); no one when that subject is anything else
    ("Officials said…", "The ministers met…": a group not named person by person)."""
    doc, quoted = context.doc, _marked(context)
    sent = pronoun.sent
    for _ in range(4):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subject = _subject_outside(sent.root, quoted)
        if sent.root.i in quoted or subject is None or subject.i in quoted or (
                subject.lower_ == "they" or _those_so_titled(subject)):
            continue  # "“…,” they said. “…,” they added": the same pair speaks on
        # the names in the phrase, wherever the parser hung them ("Commissioner for
        # regional policy Johan Hahn" may come out a preposition's object), but not in a
        # clause about the subject ("A, who met B, …")
        clauses = {t.i for c in subject.children if c.dep_ in {"relcl", "acl"}
                   for t in c.subtree}
        joined = any(t.dep_ == "cc" and t.lower_ == "and" and t.i not in clauses
                     for t in subject.subtree)
        people: dict[str, Mention] = {}
        for t in subject.subtree:
            named = context.name_at(t) if t.i not in clauses else None
            if named is not None and _is_person(named):
                people.setdefault(named.name, named)
        return next(iter(people.values())) if joined and len(people) >= 2 else None
    return None


def _reporter_of(pronoun: Token, context: ArticleContext) -> Mention | None:
    """The person whose report a pronoun's clause is: "Iqbal said he had told
    reporters that …": "he" is Iqbal, not the subject of the sentence before (asked
    only of a pronoun that no quotation precedes in its sentence). The
    clauses are climbed through the same pronoun as subject ("X said he had told Y
    that he was ready …") to the first speech verb with a named person as its subject;
    another pronoun there ("She said he had …") or a description leaves it undecided."""
    verb = pronoun.head
    while verb.dep_ in {"ccomp", "xcomp"} and verb.head.i not in _marked(context):
        verb = verb.head
        if not _speech_verbs([verb]):
            continue
        subject = _subject_outside(verb, _marked(context))
        if subject is None or subject.i in _marked(context):
            return None
        if subject.lower_ == pronoun.lower_:
            continue
        if subject.pos_ == "PRON":
            return None  # "She said he had told her …": someone else
        named = _named_subject(subject, context)
        if named is None and (subject.pos_ == "PROPN" or subject.is_title):
            named = _named_earlier_by_surname(subject, context)
        return named if named is not None and _is_person(named) else None
    return _sole_reporter_above(pronoun, context)


def _sole_reporter_above(pronoun: Token, context: ArticleContext) -> Mention | None:
    """ "X said the plan had changed, after what he called “…”": the named subject of
    the speech verb the pronoun's clause hangs from, however deep, when no other person
    is named between that subject and the pronoun (who could be meant instead)."""
    marked = _marked(context)
    verb = next((v for v in pronoun.ancestors
                 if _speech_verbs([v]) and _subject_of(v) is not pronoun), None)
    subject = _subject_outside(verb, marked) if verb is not None else None
    if subject is None or subject.i in marked or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    named = _named_subject(subject, context)
    if named is None or not _is_person(named):
        return None
    span = context.span_of(named)
    after = span.end if span is not None and span.start <= subject.i < span.end else subject.i + 1
    between = context.doc[after : pronoun.i]
    if any(m.end > m.start and _is_person(m) for t in between if (m := context.name_at(t))):
        return None
    return named


def _people_within(phrase: Token, context: ArticleContext) -> list[Mention]:
    """The people named inside a phrase ("the envoy to the UN, Dame Ana Roble,")."""
    start = phrase.left_edge.idx
    end = phrase.right_edge.idx + len(phrase.right_edge)
    return [m for m in context.mentions if start <= m.start < end and _is_person(m)]


def _may_hold(person: Mention, description: Token | None, context: ArticleContext) -> bool:
    """Whether ``person`` may be the one a role description stands for: "President
    Roble" is not "the head coach"; a person named with no title may be."""
    if description is None:
        return True
    own = _titles_of(person, context)[0] & _ROLE_WORDS
    group = next((g for g in _ROLE_GROUPS if description.lower_ in g), {description.lower_})
    return not own or bool(own & group)


def _people_in(sent: Span, context: ArticleContext, quoted: set[int]) -> list[Mention]:
    """The people a sentence names outside quotation marks, one mention each."""
    people: dict[str, Mention] = {}
    for m in context.mentions:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        span = context.span_of(m)
        if span is None or span.start in quoted:
            continue  # inside the marks, even a surname of a person named in full before
        if not _is_person(m) and " " not in m.name:
            m = _named_in_full(m, context)  # a surname the tagger typed a body
        if not _is_person(m):
            continue
        span = context.span_of(m)
        if span is None or span.start in quoted or _a_body(m, context):
            continue
        people.setdefault(m.name.split()[-1], m)
    return list(people.values())


def _subjects_among(people: list[Mention], context: ArticleContext) -> list[Mention]:
    """Those of ``people`` named as the subject of a verb in their sentence."""
    subjects = []
    for m in people:
        span = context.span_of(m)
        if span is not None and span.root.dep_ == "nsubj":
            subjects.append(m)
    return subjects


def _possessor(subject: Token, context: ArticleContext) -> Mention | None:
    """The person whose act a subject is: "Rydell's acceptance of the deal"."""
    for child in subject.children:
        if child.dep_ == "poss":
            owner = context.name_at(child)
            if owner is not None and _is_person(owner):
                return owner
    return None


def _named_subject(subject: Token, context: ArticleContext) -> Mention | None:
    """The name a subject phrase stands for ("The envoy of X to the UN, Jane Roe")."""
    mention = context.name_at(subject) if subject.pos_ == "PROPN" else None
    if mention is None:
        for t in subject.subtree:
            in_apposition = t.doc[t.i - 1].text == "," or _apposition_of(t, subject)
            if in_apposition and context.name_at(t) is not None:
                mention = context.name_at(t)
                break
    if (
        mention is not None
        and mention.type in {"Person", "Organization"}
        and mention.name.split()[-1].lower() not in ORG_HEADS
    ):
        return mention
    return None


#: Titles of those sent to a body or country ("Ambassador to the UN X").
_ENVOYS = {"ambassador", "envoy", "representative", "emissary", "delegate"}


def _envoy_named_after_body(subject: Token, context: ArticleContext) -> Mention | None:
    """The envoy a title subject names when the name follows the body sent to: "Ambassador to
    the UN Ada Roe told the council" parses the name as the object of "to". Only a person
    right after a named body or country ("an adviser to President Ada Roe said" is not Roe,
    nor is "the envoy to Ada Roe")."""
    if subject.lower_ not in _ENVOYS:
        return None
    return next((m for m in holders_after_post(context, subject, {"to"}) if _is_person(m)), None)


def _apposition_of(token: Token, subject: Token) -> bool:
    """``token`` is (part of) a name in apposition to ``subject``."""
    while token.dep_ in {"compound", "flat"} and token.head != token:
        token = token.head
    return token.dep_ == "appos" and token.head == subject


def _a_body(m: Mention, context: ArticleContext) -> bool:
    """An organisation or place, never "he" or "she" ("Castañeda", a surname the
    name finder took for a body, is the person named in full before)."""
    votes = dict(m.votes)
    if m.type not in {"Organization", "Place"} or votes.get(m.type, 0) <= votes.get("Person", 0):
        return False
    # the article's other uses of the name decide: "Varga said", tagged a body once and
    # a person four times, is the person
    total = context.votes_of_name(m.name)
    if total.get("Person", 0) >= total.get(m.type, 0):
        return False
    return not any(
        p.type == "Person" and p.end <= m.start
        and _surname_of(m.name, p.name, votes.get("Person", 0) > 0)
        for p in context.mentions
    )


def _surname_of(word: str, name: str, maybe_person: bool) -> bool:
    """Whether ``word`` is a surname of the person named ``name`` in full: a later word
    ("Castañeda" of "Ana Castañeda"), or the first of a name of two or three words written
    family name first ("Wang" of "Wang Bo"), if it is no given name or the tagger too read
    the word as a person's."""
    words = name.split()
    if word in words[1:]:
        return True
    return len(words) in {2, 3} and words[0] == word and (
        maybe_person or not is_given_name(word))


def _is_person(m: Mention) -> bool:
    return m.type == "Person" or (m.type != "Plan" and dict(m.votes).get("Person", 0) > 0)


def _described(token: Token, context: ArticleContext) -> tuple[bool, Mention | None]:
    """(decided, the earlier named entity a definite description stands for).

    "the ministry's spokeswoman" is the person the article introduced as a
    spokeswoman (preferring one whose title also names the ministry); "the
    federation" is the organisation whose name ends in "Federation". Decided
    with no entity when several fit equally well; undecided when none does or
    the description is indefinite ("a senior official"), which leaves it to the
    caller.
    """
    head = token.lower_
    if not _definite(token) or token.pos_ not in {"NOUN", "PROPN"}:
        return False, None
    modifiers = {
        t.lower_
        for t in token.subtree
        if t.i < token.i and t.is_alpha and t.dep_ not in {"det", "case"} and t.lower_ != "the"
    }
    earlier = [m for m in context.mentions if m.end > m.start and m.end <= token.idx]
    if head in _ROLE_WORDS:
        group = next((g for g in _ROLE_GROUPS if head in g), frozenset({head}))
        fits: dict[str, tuple[Mention, tuple[bool, bool, int]]] = {}
        for m in earlier:
            if not _is_person(m):
                continue
            own, other = _titles_of(m, context)
            if head in _GENERIC_ROLES:
                # "the Kremlin official" is the one titled with "Kremlin"; "the Russian
                # official" is not the Russian president: a country alone names no one
                if not modifiers - _COUNTRY_WORDS.keys() or not modifiers <= own | other:
                    continue
            elif not own & group:
                continue
            if not _same_country(modifiers, own | other) or _a_body_s(modifiers, own | other):
                continue  # "the US president" is not the one titled European
            # "the premier" is the one titled premier before one titled president
            # "the Ukrainian president" is the one titled "President of Ukraine"
            countries = _countries(modifiers) & _countries(own | other)
            overlap = (head in own, bool(countries), len(modifiers & (own | other)))
            key = m.name.split()[-1].lower()  # one person under several mentions
            if key not in fits or overlap >= fits[key][1]:
                fits[key] = (m, overlap)
        if not fits:
            if head in _GENERIC_ROLES:
                return False, None
            named = _described_before(token, context, group, modifiers)
            return (True, named) if named is not None else (False, None)
        best = max(overlap for _, overlap in fits.values())
        if not best[0] and head not in _GENERIC_ROLES:
            # only a kindred title fits ("its president" for "the German chancellor"):
            # the person the sentence before is about, if nothing rules them out
            named = _described_before(token, context, group, modifiers)
            if named is not None:
                return True, named
        chosen = [m for m, overlap in fits.values() if overlap == best]
        if len(chosen) > 1:
            # "President Ana Roble held a call with … “…,” the President said": of
            # several presidents, the one the sentence before is about
            before = _previous_subject(token, context)
            surname = before.name.split()[-1] if before is not None else None
            chosen = [m for m in chosen if m.name.split()[-1] == surname] or chosen
        return True, chosen[0] if len(chosen) == 1 else None
    if head in ORG_HEADS:
        named = {
            m.name.lower(): m
            for m in earlier
            if m.type == "Organization" and head in m.name.lower().split()
        }
        fits = list(named.values())
        # of several, the ones the word heads ("the ministry" is the Ministry of Lands,
        # not the Press Directorate of the Ministry), and of those, the ones the article
        # names outside quotation marks (not a ministry only the quoted words mention)
        if not named and head in _GROUP_WORDS:  # "the militant group said": no "X Group"
            group = _group_spoken_of(token, context)
            return group is not None, group
        outside = {m.name.lower() for m in earlier if not _in_quotation(m, context)}
        for narrower in (
            lambda m: org_head(m.name) == head,
            lambda m: m.name.lower() in outside,
        ):
            if len(fits) > 1:
                fits = [m for m in fits if narrower(m)] or fits
        return bool(named), fits[0] if len(fits) == 1 else None
    return False, None


#: Words for a movement or armed group a story calls by its kind: "the group said".
_GROUP_WORDS = frozenset({"group", "movement", "militia", "faction"})
#: Last words of the names of a state's organs, which no one calls "the group".
_STATE_ORGANS = frozenset({"ministry", "service", "agency", "department", "office", "government",
                           "council", "court", "army", "police", "forces", "force", "parliament",
                           "commission", "presidency", "cabinet", "authority", "directorate"})


def _group_spoken_of(token: Token, context: ArticleContext) -> Mention | None:
    """The one organisation "the group" stands for: of the bodies named acting before it in
    its sentence, else in the sentence before (not a quotation), those that are no organ of
    a state (not "Egypt's General Intelligence Service"); none if several are left."""
    doc, sent = context.doc, token.sent
    where = [doc[sent.start : token.i]]
    if sent.start > 0 and (before := doc[sent.start - 1].sent).root.i not in _marked(context):
        where.append(before)
    for part in where:
        named = {
            m.name: m
            for t in part
            if (m := context.name_at(t)) is not None and m.type == "Organization"
            and m.start >= t.idx and not _in_quotation(m, context)
            and _acting_body(context, m)
        }
        groups = [m for m in named.values() if m.name.split()[-1].lower() not in _STATE_ORGANS]
        if len(groups) == 1:
            return groups[0]
        if groups:
            return None
    return None


def _acting_body(context: ArticleContext, m: Mention) -> bool:
    """Whether the body ``m`` is written as one that acts or has people of its own ("The
    group said", "a Hamas delegation", "Hamas chief X"), not as one spoken to ("told
    Reuters")."""
    span = context.span_of(m)
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass", "poss", "compound"}


def _in_quotation(m: Mention, context: ArticleContext) -> bool:
    """Whether a name stands inside quotation marks, a paragraph of a quotation that
    runs on into the next one included."""
    return any(q.start <= m.start < q.end for q in _quotations(doc_text(context.doc)))


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[QuoteSpan, ...]:
    return tuple(find_quotes(text))


_MARKED = "kg.quotes.marked"


def _marked(context: ArticleContext) -> set[int]:
    """Tokens inside quotation marks: single ones and a paragraph that runs on into the
    next one too ('…', “… with no closing mark), which ``context.quoted`` leaves out."""
    marked = context.doc.user_data.get(_MARKED)
    if marked is None:
        marked = set(context.quoted)
        for q in _quotations(doc_text(context.doc)):
            span = context.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                marked.update(range(span.start, span.end))
        context.doc.user_data[_MARKED] = marked
    return marked


# Words that name a country in a title, lower-cased: "US", "French", "Ukraine's".
_COUNTRY_WORDS = {
    word.lower(): country
    for word, country in [*DEMONYMS.items(), *COUNTRY_ALIASES.items()]
    + [(c, c) for c in COUNTRIES]
    if country and " " not in word
}


def _countries(words: set[str]) -> set[str]:
    return {_COUNTRY_WORDS[w] for w in words if w in _COUNTRY_WORDS}


def _a_body_s(description: set[str], title: set[str]) -> bool:
    """Whether a title names a body where the description names a country: "the US
    president" is not "the Commission president"."""
    return bool(_countries(description)) and not _countries(title) and bool(title & ORG_HEADS)


def _same_country(description: set[str], title: set[str]) -> bool:
    """Whether a description's country ("the US president") may be the one a
    person's title names: the same, or a title that names none."""
    wanted, named = _countries(description), _countries(title)
    return not wanted or not named or bool(wanted & named)


def _previous_subject(token: Token, context: ArticleContext) -> Mention | None:
    """The one name the last sentence before ``token``'s that is not a quotation has
    as its subject ("X and Y both spoke" has none)."""
    doc, sent = context.doc, token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if sent.root.i not in _marked(context):
            break
    else:
        return None
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and any(c.dep_ == "expl" for c in sent.root.children):
        # "Then there is Donald Trump.": the one the sentence brings in
        subject = next((c for c in sent.root.children if c.dep_ == "attr"), None)
    if subject is None or len(_people_within(subject, context)) > 1:
        return None
    if subject.lower_ in {"he", "she"}:
        # "He told the radio: “…”" after "Prime Minister X insisted …": X
        decided, named = _last_named_speaker(subject, context)
        return named if decided and named is not None and _is_person(named) else None
    return _named_subject(subject, context)


def _body_before(token: Token, context: ArticleContext) -> Mention | None:
    """The organisation the sentence before ``token``'s (not a quotation) has as its
    subject: "Altria Group said on Friday it would buy X. “…,” it said"."""
    sent = token.sent
    if sent.start == 0:
        return None
    sent = context.doc[sent.start - 1].sent
    if sent.root.i in _marked(context):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = context.name_at(subject) if subject is not None else None
    return named if named is not None and named.type == "Organization" else None


def _body_speaking_before(token: Token, context: ArticleContext) -> Mention | None:
    """The organisation the sentence before ``token``'s has say something ("Y said in an
    editorial that …"), which a following "it said" takes up over an earlier quote's."""
    sent = token.sent
    if sent.start == 0:
        return None
    root = context.doc[sent.start - 1].sent.root
    return _body_before(token, context) if root.lemma_ in SPEECH_VERBS else None


def _described_before(
    token: Token, context: ArticleContext, group: frozenset[str], modifiers: set[str]
) -> Mention | None:
    """The person the sentence before is about, for a description no title named
    before fits: "Friedrich Roble had staked a lot on it. The German chancellor …",
    unless that person's title says otherwise ("President Roble …" is no coach)."""
    named = _previous_subject(token, context)
    if named is None or not _is_person(named) or _a_body(named, context):
        return None
    own, other = _titles_of(named, context)
    if own & _ROLE_WORDS and not own & group:
        return None
    return named if _same_country(modifiers, own | other) else None


def _titles_of(mention: Mention, context: ArticleContext) -> tuple[set[str], set[str]]:
    """(the person's own title words, other words of the same phrase) around a name.

    "Foreign ministry spokeswoman Lin" → ({foreign, ministry, spokeswoman}, {});
    "an aide to President Meret" gives Meret {president}, not {aide};
    "Ruvan Delacroix, an aide to President Meret," gives Delacroix {an, aide}
    and {president, meret}.
    """
    span = context.span_of(mention)
    if span is None:
        return set(), set()
    doc, sent = span.doc, span.sent
    start = span.start
    # "The Prime Minister of X, His Excellency Y": a style of address before the
    # name is no title; the title is the phrase before it
    while start > sent.start and (
        _styled(doc[start - 1])
        or (doc[start - 1].lower_ == "the" and _styled(doc[start]))
    ):
        start -= 1
    before: list[Token] = []
    for t in reversed(doc[max(sent.start, start - 10) : start]):
        if t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", "(", ")"}:
            break
        if t.text == "," and before:
            break
        if t.lower_ in {"and", "or", "&"}:
            break  # "Kaja Lind and Defence Minister Aron Berg": Berg is not Lind's title
        if t.text in POSSESSIVE_MARKS and before and t.i > sent.start and (
            doc[t.i - 1].lower_ in _ROLE_WORDS
        ):
            break  # "the British leader's Downing Street residence": the owner's title
        before.append(t)
    before.reverse()
    own: set[str] = set()
    other: set[str] = set()
    words = [t.lower_ for t in before if t.is_alpha]
    if before and before[-1].text == ",":
        # "The adviser to the French President, Emmanuel Bonne": the name is
        # the whole phrase, whose head comes before the first preposition
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        own |= set(words[:cut])
        other |= set(words[cut:])
    else:
        cut = max((i for i, w in enumerate(words) if w in _PREPOSITIONS), default=-1)
        own |= set(words[cut + 1 :])
    # "Miriam Castell chairs the committee", "Castell, who heads the union,"
    name = span.root
    for verb in [name.head] + [c for c in name.children if c.dep_ == "relcl"]:
        role = _ROLE_VERBS.get(verb.lemma_)
        holds = (
            name.dep_ == "nsubj"
            if verb.dep_ != "relcl"
            else any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children)
        )
        if role and verb.pos_ == "VERB" and holds:
            own.add(role)
            other |= {
                t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.is_alpha
            }
    # an apposition after the name: "Ruvan Delacroix, an aide to President Meret,"
    if span.end < sent.end and doc[span.end].text == ",":
        after = []
        for t in doc[span.end + 1 : min(sent.end, span.end + 14)]:
            if t.text in {",", ".", ";", "(", ")"} or t.pos_ in {"VERB", "AUX"}:
                break
            if t.is_alpha:
                after.append(t.lower_)
        cut = next((i for i, w in enumerate(after) if w in _PREPOSITIONS), len(after))
        own |= set(after[:cut])
        other |= set(after[cut:])
    return own, other


def _styled(token: Token) -> bool:
    """A word of a style of address: "Mr", "Dr", "Datuk", "His Excellency"."""
    word = token.lower_
    return word in HONORIFICS or word + "." in HONORIFICS or word in _STYLES


def _according_to(tokens: list[Token], context: ArticleContext) -> _Attribution:
    for t in tokens:
        if t.lower_ == "according" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            target = t.doc[t.i + 2]
            if target.lower_ in PERSON_PRONOUNS or target.lower_ in {"him", "her"}:
                return _Attribution(True, context.antecedents.get(target.i))
            source = _source_after(t.doc[t.i + 1], context)
            if source is not None:
                return _Attribution(True, source)
    return _Attribution()


def _source_after(to: Token, context: ArticleContext) -> Mention | None:
    """Who "according to" names: the person or body its object is.

    "according to Finance Minister Aino Salo", "according to the Treasury": the
    name. "according to the bank's envoy to the UN, Ion Dara,": the title's holder
    (not the bank, nor the UN). "according to the envoy" alone: the person the
    article named so, if one fits.
    """
    head = next((c for c in to.children if c.dep_ == "pobj"), None)
    if head is None:
        return None
    named = context.mention_at(head)
    if named is not None and named.type in {"Person", "Organization"}:
        return named
    if head.lower_ not in _ROLE_WORDS:
        return None
    holder = next((c for c in head.children if c.dep_ == "appos"), None)
    if holder is None:
        # the parser may hang the name elsewhere: the name after the phrase's comma
        comma = next((t for t in to.doc[head.i : head.i + 10] if t.text == ","), None)
        holder = to.doc[comma.i + 1] if comma is not None and comma.i + 1 < len(to.doc) else None
    named = context.name_at(holder) if holder is not None else None
    if named is not None and _is_person(named):
        return named
    decided, named = _described(head, context)
    return named if decided else None


def _quoted_source(tokens: list[Token], context: ArticleContext) -> Mention | None:
    """The person an attribution quotes: "quoting X", "quoted X as saying"."""
    for verb in tokens:
        if verb.lemma_ not in _QUOTING or verb.pos_ != "VERB":
            continue
        if verb.lemma_ != "quote" and not any(
                c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children)
                for c in verb.children):
            continue  # "cited X as saying", not "cited a report"
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            named = context.name_at(child) or _named_subject(child, context)
            if named is not None and _is_person(named):
                return named
    return None


def _speech_verbs(tokens: list[Token]) -> list[Token]:
    return [
        t
        for t in tokens
        if t.pos_ in {"VERB", "AUX"}
        and (
            t.lemma_ in _ATTRIBUTION_VERBS
            # "…," he went on.
            or (t.lemma_ == "go" and any(c.lower_ == "on" for c in t.children))
            or _answered_back(t)  # "…," he shot back.
            # "the statement read", "a letter that read": a text's words
            or (t.lemma_ == "read" and _issued_text(_subject_of(t)))
        )
    ]


#: Verbs that with "back" make a retort: "…," he shot back; "…," she fired back.
_BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "push"})


def _answered_back(verb: Token) -> bool:
    """ "…," X shot back / fired back / hit back: a reply, told with "back" (not "fired the
    minister", "hit the target")."""
    return verb.lemma_ in _BACK_VERBS and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children
    ) and not any(c.dep_ == "dobj" for c in verb.children)


def _clause_before(verb: Token, quote_start: int) -> bool:
    """Whether a speech verb after a quote, with no subject of its own, belongs to a
    clause that began before the quote ("He defended his 'boss', explaining that…")."""
    return (
        _subject_of(verb) is None
        and verb.dep_ in {"advcl", "conj", "xcomp"}
        and verb.head.idx < quote_start
    )


def _describes_the_words(verb: Token) -> bool:
    """A speech verb in a clause about the quoted words, not their attribution:
    "…", a remark that officials said was untrue."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        verb.dep_ == "relcl"
        and subject is not None
        and subject.lower_ not in {"which", "that", "who"}
    )


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; for "which" or "that", the noun the clause is about."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _issued_text(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in _ISSUED_TEXTS


def _units(
    text: str, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]]
) -> list[list[QuoteSpan]]:
    """Spans grouped into quotations: a quote that runs on joins the next paragraph's."""
    units: list[list[QuoteSpan]] = []
    for q in spans:
        if units:
            last = units[-1][-1]
            opens_paragraph = not text[paragraphs[q.paragraph][0] : q.outer_start].strip()
            if last.runs_on and q.paragraph == last.paragraph + 1 and opens_paragraph:
                units[-1].append(q)
                continue
        units.append([q])
    return units


def extract_quotes(context: ArticleContext) -> Iterator[Quote]:
    doc = context.doc
    text = doc_text(doc)
    paragraphs = _paragraphs(text) or [(0, len(text))]
    units = _units(text, find_quotes(text), paragraphs)
    quoted = set(_marked(context))
    for unit in units:
        for q in unit:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                quoted.update(range(span.start, span.end))
    attributed: dict[int, _Attribution] = {}
    kept: list[tuple[list[QuoteSpan], Mention | None, bool]] = []  # (unit, speaker, continues)
    previous_speaker: Mention | None = None
    for i, unit in enumerate(units):
        first, last = unit[0], unit[-1]
        para_start = paragraphs[first.paragraph][0]
        # a quote broken by a hard line break ends in a later line than it starts
        para_end = next(e for s, e in paragraphs if e >= last.outer_end - 1)
        last_line = paragraphs.index(next(p for p in paragraphs if p[1] == para_end))
        # the text around the quote, up to the neighbouring quotes in its paragraphs
        prev_end = max(
            [u[-1].outer_end for u in units[:i] if u[-1].paragraph == first.paragraph]
            + [para_start]
        )
        next_start = min(
            [u[0].outer_start for u in units[i + 1 :] if u[0].paragraph == last_line] + [para_end]
        )
        after = context.tokens_between(last.outer_end, next_start)
        before = context.tokens_between(prev_end, first.outer_start)
        after_clause = _first_clause(after)
        before_clause = _last_clause(before)
        # `“…,” X said` / `"…?" he asked` / `X said: “…”` frame a quotation; a word
        # or two in quotes inside a running sentence is a scare quote.
        closes_clause = (
            text[last.start : last.outer_end].rstrip().rstrip("”\"’'").rstrip()[-1:]
            in {",", "?", "!", "."}
            or text[last.outer_end : last.outer_end + 1] == ","
            # “…” X said: the comma left out before the closing mark
            or (sum(len(q.text.split()) for q in unit) >= _MIN_WORDS and _said_next(after))
        )
        if (
            text[last.start : last.end].rstrip()[-1:] == "."
            and after
            and (
                (after[0].is_title and after[0].pos_ != "PROPN")
                or not _attribution_opens(after)
            )
        ):
            # “…clean house.” Critics say…; “…a two-state solution.” The government
            # rejects it, and officials said…: a new sentence, not the attribution
            closes_clause = False
        # "…", and France has said…: a new clause, not the quote's attribution
        starts_clause = next((t for t in after_clause if not t.is_punct), None)
        framed_after = (
            closes_clause
            and bool(_speech_verbs(after_clause))
            and not (starts_clause is not None and starts_clause.lower_ in _CLAUSE_OPENERS)
        )
        a_thing = _names_a_thing(text, last, after)
        framed_after = framed_after and not a_thing
        lead_in = text[prev_end : first.outer_start].rstrip()[-1:]
        if not text[prev_end : first.outer_start].strip() and first.paragraph > 0:
            # X said:¶“…”: the attribution closes the paragraph before
            introduced = _introducing_paragraph(text, paragraphs[first.paragraph - 1], units[:i])
            if introduced is not None:
                before_clause = _last_clause(context.tokens_between(*introduced))
                lead_in = ":"
        framed_before = bool(_speech_verbs(before_clause)) and lead_in in {":", ","}
        words = sum(len(q.text.split()) for q in unit)
        found, continues = _Attribution(), False
        if framed_after:
            for verb in _speech_verbs(after_clause):
                if _clause_before(verb, first.outer_start) or _describes_the_words(verb):
                    continue  # "He defended his 'boss', explaining…": not the quote's attribution
                found = _speaker_of_verb(verb, context, quoted, previous_speaker)
                if found.found:
                    break
            if found.found and doc[found.verb].lemma_ == "report":
                # "X said the plan was “…”, the BBC reported": X's words, which the
                # outlet reports
                found = _speaker_reported(context, first, quoted) or found
            elif found.speaker is not None and found.speaker.type == "Organization":
                # "X told his counterparts that “…,” the ministry said": X's words, which
                # the ministry reports
                found = _speaker_reported(context, first, quoted) or found
        same_paragraph = i > 0 and units[i - 1][-1].paragraph == first.paragraph
        if not found.found and same_paragraph and (i - 1) in attributed:
            # "…," X said. "…" or "…," X said, "…": the second part of a quote split
            # around its attribution, unless another speech verb introduces it
            earlier = attributed[i - 1]
            verbs = [v.i for v in _speech_verbs(before_clause)]
            if all(v == earlier.verb for v in verbs) and (lead_in not in {":", ","} or verbs):
                found = earlier
                continues = bool(kept) and kept[-1][0] is units[i - 1]
        if not found.found and framed_before:
            for verb in reversed(_speech_verbs(before_clause)):
                found = _speaker_of_verb(verb, context, quoted, previous_speaker)
                if found.found:
                    break
                if verb.tag_ == "VBG" and same_paragraph and (i - 1) in attributed:
                    # “…,” X said, adding: “…”: the participle speaks for X
                    found = _Attribution(True, attributed[i - 1].speaker, verb.i)
                    break
        if not found.found:
            found = _according_to(before_clause + after_clause, context)
            if found.found:
                # "X told him that… “…”, according to the ministry": X's words, as reported
                found = _reported_speaker(before_clause, context, quoted) or found
        source = _quoted_source(after_clause if framed_after else before_clause, context)
        if source is not None:
            # "…," the ministry said, quoting its minister: the minister's words
            found = _Attribution(True, source, found.verb)
        opens_sentence = re.search(r"[.!?]\s+$", text[prev_end : first.outer_start])
        # “…” was the phrase Y used: a quotation the sentence goes on after is its subject
        subject_of_next = opens_sentence and last.text.rstrip()[-1:] not in {".", "!", "?"}
        if not found.found and words >= _MIN_WORDS and not subject_of_next:
            quote_root = _root_of(doc, first)
            for verb in reversed(_speech_verbs(before_clause)):
                if quote_root is not None and _not_words_of(verb, quote_root):
                    continue
                if verb.tag_ == "VBG" and verb.head.i in quoted and same_paragraph and (
                    (i - 1) in attributed
                ):
                    # "X explained that “…,” pointing out that “…”": the participle the
                    # parser hung from the quote before speaks for that quote's speaker
                    found = _Attribution(True, attributed[i - 1].speaker, verb.i)
                    break
                reading = _speaker_of_verb(verb, context, quoted, previous_speaker)
                if reading.found and not found.found:
                    found = reading
                if reading.speaker is not None:
                    # "X said the firm grows, stating that…": the verb that names a speaker
                    found = reading
                    break
        if (
            not found.found
            and i > 0
            and units[i - 1][-1].paragraph == first.paragraph - 1
            and _only_quote(text, para_start, para_end, unit)
            and (i - 1) in attributed
        ):
            found = attributed[i - 1]  # a paragraph continuing the last quote
        if (
            not found.found
            and lead_in == ":"
            and not _speech_verbs(before_clause)
            and not last.text.endswith("?")  # "X faced one question: “…?”": not X's
        ):
            # "The minister was blunt: “…”": the subject of the clause the colon ends
            found = _subject_before_colon(before_clause, context, quoted, previous_speaker)
            framed_before = found.found
        if (
            not found.found
            and words >= _MIN_WORDS
            and first.paragraph > 0
            and _only_quote(text, para_start, para_end, unit)
            and not any(
                u[-1].paragraph == first.paragraph - 1 and j in attributed
                for j, u in enumerate(units[:i])
            )
        ):
            # "X said on Tuesday that…"¶“…”: the speaker of the paragraph before
            found = _speaker_of_paragraph(
                context, paragraphs[first.paragraph - 1], quoted, previous_speaker
            )
        if (
            not found.found
            and words >= _MIN_WORDS
            and opens_sentence
            and not re.search(r"[A-Za-z]", text[last.outer_end : next_start])
        ):
            # "X said the company would grow, stating that… “…”": a sentence of
            # quotation closing the paragraph is the speaker's of the sentence before
            found = _speaker_of_paragraph(
                context, (prev_end, first.outer_start), quoted, previous_speaker
            )
        reported = _Attribution()
        quoted_name = (
            1 < words < _MIN_WORDS
            and lead_in != ":"
            and not framed_after
            and _capitalised(" ".join(q.text for q in unit))
        )
        if (a_thing and words < _MIN_WORDS) or quoted_name or _a_given_name(text, prev_end, unit):
            continue  # a name or title in quotation marks, not a quotation
        if words < _MIN_WORDS and not (found.found and (framed_after or framed_before)):
            # "X warned that the bid faced “a very difficult race”,": X's words
            reported = _reported_words(text, first, last, context)
            found = reported if reported.found else found
        framed_short = framed_after or framed_before or continues or reported.found
        if words < _MIN_WORDS and not framed_short:
            continue  # a scare quote, not a quotation
        if not found.found:
            continue
        framed = (
            framed_after
            or framed_before
            or continues
            or _only_quote(text, para_start, para_end, unit)
        )
        if (
            found.speaker is None
            and not framed
            and text[prev_end : first.outer_start].strip()
            and not _unnamed_source(found, context)
        ):
            # words quoted inside a sentence ("said it would give the group “a
            # serious foothold…”") are worth keeping only with their speaker
            continue
        if found.speaker is not None:
            found = _Attribution(True, _named_in_full(found.speaker, context), found.verb)
        attributed[i] = found
        previous_speaker = found.speaker
        kept.append((unit, found.speaker, continues))
    yield from _joined(context, kept)


def _joined(
    context: ArticleContext, kept: list[tuple[list[QuoteSpan], Mention | None, bool]]
) -> Iterator[Quote]:
    """Quotes, with the parts of a quote split around its attribution joined."""
    groups: list[list[tuple[list[QuoteSpan], Mention | None]]] = []
    for unit, speaker, continues in kept:
        if continues and groups:
            groups[-1].append((unit, speaker))
        else:
            groups.append([(unit, speaker)])
    for group in groups:
        first, last = group[0][0][0], group[-1][0][-1]
        speaker = group[0][1]
        # paragraphs of one quotation join with a space; an attribution cut out, with " … "
        text = " … ".join(" ".join(q.text for q in unit).rstrip(",") for unit, _ in group)
        sent = _sentence_span(context.doc, first, last)
        confidence = 0.9 if speaker is not None else 0.6
        start, end = context.article.source_span(first.start, last.end)
        yield Quote(
            text, speaker, context.evidence(sent, "kg.quotes.v1", confidence), start, end
        )


# Words that give a name, right before it: "code-named “Midnight Hammer”", "dubbed
# the “Twelve Day War”", "the so-called “Golden Plan”", "a forum called “Open Doors”".
_NAMING = re.compile(
    r"\b(?:code-?named|named|dubbed|nicknamed|titled|entitled|called|known\s+as|so-called"
    r"|labell?ed|branded|christened)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "or"})


def _a_given_name(text: str, prev_end: int, unit: list[QuoteSpan]) -> bool:
    """Whether a quotation is a name a naming word gives: "the operation, code-named
    “Midnight Hammer”,", "a war dubbed the “Twelve Day War”". Its words are capitalised,
    as names are ("what he called “a disgrace”" is a quotation)."""
    if not _NAMING.search(text[prev_end : unit[0].outer_start]):
        return False
    return _capitalised(" ".join(q.text for q in unit))


def _capitalised(quoted: str) -> bool:
    """Whether quoted words are written as a name: "Midnight Anvil", "Nine Day War"."""
    words = quoted.strip(",.;:!? ").split()
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or (i > 0 and w.lower() in _MINOR_WORDS)
        for i, w in enumerate(words)
    )


def _names_a_thing(text: str, last: QuoteSpan, after: list[Token]) -> bool:
    """Whether a quotation ending in "!" or "?" goes on as a name inside a phrase: the
    "Wake Up, Europe!" forum, the “No Deal!” slogan, copying “Who Pays?” from an
    advert. An attribution that follows a closing mark with no comma opens with a speech
    verb, a determiner, a pronoun or a name ("“Stop!” the officer shouted", "“Why?”
    asked Roble"), not with another lower-case word."""
    if text[last.start : last.end].rstrip()[-1:] not in {"!", "?"}:
        return False
    word = next((t for t in after if not t.is_space), None)
    if word is None or word.idx > last.outer_end + 2 or not word.text[:1].islower():
        return False
    return word.pos_ not in {"DET", "PRON"} and not _speech_verbs([word])


def _introducing_paragraph(
    text: str, paragraph: tuple[int, int], earlier: list[list[QuoteSpan]]
) -> tuple[int, int] | None:
    """The paragraph's words after its last quotation, if they end in a colon."""
    start = max([u[-1].outer_end for u in earlier if u[-1].outer_end <= paragraph[1]] + [0])
    start = max(start, paragraph[0])
    if not text[start : paragraph[1]].rstrip().endswith(":"):
        return None
    return start, paragraph[1]


def _said_next(after: list[Token]) -> bool:
    """Whether the words after a quote open with its attribution: "said X", "X said"."""
    words = [t for t in after[:4] if not t.is_punct]
    if not words or words[0].i != after[0].i:
        return False
    first = words[0]
    if _speech_verbs([first]):
        return True
    verb = first.head
    return first.dep_ == "nsubj" and verb.i - first.i <= 3 and bool(_speech_verbs([verb]))


_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
# What a relative clause says of a source kept unnamed: "who asked not to be named".
_ANONYMITY = frozenset({"named", "identified", "anonymity", "anonymously"})


def _unnamed_source(found: _Attribution, context: ArticleContext) -> bool:
    """Whether the speech verb's subject is a source the article will not name:
    "One senator, who asked not to be named, said the talks had been “…”", "a
    person familiar with the matter said", "two diplomats said"."""
    if found.verb < 0:
        return False
    subject = _subject_of(context.doc[found.verb])
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_ in _ISSUED_TEXTS:
        return False  # "a report said": a text, whose issuer may be named
    words = list(subject.subtree)
    if any(_is_person(m) for m in (context.name_at(t) for t in words) if m is not None):
        return False
    indefinite = any(
        c.dep_ in {"det", "nummod"} and c.lower_ in _INDEFINITE for c in subject.children
    )
    return indefinite or any(t.lower_ in _ANONYMITY for t in words)


# How a quotation hangs from the speech verb that reports it: "warned that X faced
# “…”", "described the talks as “…”", "called the veto “…”".
_REPORTED_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "amod", "prep", "pobj", "appos",
     "pcomp"}
)


def _reported_words(
    text: str, first: QuoteSpan, last: QuoteSpan, context: ArticleContext
) -> _Attribution:
    """The person (or named organisation) a speech verb names as its subject, for a few
    words quoted at the end of what it reports: "Minister X had warned that the
    candidate faced “a very difficult race”,", "X described the talks as “useful”.",
    "According to X, the budget “ignores the south”.", "The Finance Ministry said the
    strikes “hit only military sites”.". A quoted phrase the
    sentence goes on after ("X said the “peace plan” was dead") is a scare quote; a
    pronoun or a description as the subject is left alone (too often someone else)."""
    span = context.doc.char_span(first.start, last.end, alignment_mode="expand")
    if span is None or _in_headline(first, context):
        return _Attribution()
    ends_clause = re.match(r"\s*[,.;:!?)]", text[last.outer_end :]) or re.search(
        r"[,.!?]$", text[last.start : last.end]
    )
    # "calling it “a necessary step” in response to …": what the speaker called it,
    # however the sentence goes on
    # "said that the accession “completes the family” and reaffirms …": a whole
    # predicate quoted, the next one joined to it
    predicate = span.root.pos_ == "VERB" and bool(
        re.match(r"\s+(?:and|but)\s", text[last.outer_end :])
    )
    if not ends_clause and not predicate and not _what_it_was_called(span.root) and not (
            _quoted_predicate(span)):
        return _Attribution()
    if len(span.text.split()) > 1 and _capitalised(span.text):
        return _Attribution()  # "X announced the deal, “Project Dawn”": its name
    reported = _reported_by_verb(span, context)
    opening = [t for t in span.sent[:3] if not t.is_space]
    if reported.speaker is None and len(opening) > 1 and opening[0].lower_ == "according" and (
        opening[1].lower_ == "to"
    ):
        # "According to X, the budget “ignores the south”.": X's words; but "According
        # to the network, Y said in a filing that Z “has my keys”.": Y's, whom X reports
        source = _source_after(opening[1], context)
        if source is not None and _speaks(source):
            return _Attribution(True, _named_in_full(source, context))
    return reported


def _reported_by_verb(span: Span, context: ArticleContext) -> _Attribution:
    """The speaker of the speech verb a few quoted words hang from, if named."""
    node = span.root
    while node.head is not node and node.dep_ in _REPORTED_DEPS | {"conj"}:
        node = node.head
        if node.i >= span.start:
            continue
        if _speech_verbs([node]) and _not_words_of(node, span.root):
            return _Attribution()
        if _speech_verbs([node]):
            subject, speaking = _subject_of(node), node
            participle = node.dep_ in {"advcl", "conj", "xcomp"} and node.head.dep_ == "ROOT"
            if subject is None and participle and _speech_verbs([node.head]):
                # "X spoke …, noting that it was “…”" (not a participle hanging from
                # a clause inside, "He denied that X had accepted it, saying…", nor
                # from an act, "X came to power promising to “clean house.”")
                subject, speaking = _subject_of(node.head), node.head
            if subject is not None and subject.lower_ == "who" and node.dep_ == "relcl":
                subject = node.head  # "…, X, who called the meeting “very productive”."
            if subject is None or subject.i >= span.start:
                return _Attribution()
            named = (
                _named_subject(subject, context)
                or _named_body(subject, context)
                or _holder(subject, context)
            )
            if named is None or not _speaks(named):
                unnamed = _Attribution(True, None, speaking.i)
                # "A panel of experts urged …, calling it “a necessary step”": words
                # of a source the article does not name, kept without a speaker
                return unnamed if _unnamed_source(unnamed, context) else _Attribution()
            return _Attribution(True, _named_in_full(named, context), node.i)
    return _Attribution()


# Verbs whose clause states what someone else claimed: "X denied that Y had “…”".
_DENYING = frozenset({"deny", "refute", "dispute"})


def _not_words_of(verb: Token, quote_root: Token) -> bool:
    """Whether quoted words inside a speech verb's clause are not its subject's words:
    the claim a denial states ("X denied that Y had “left in a huff”"), or an act the
    subject agreed or promised to do, the quote describing a thing of it ("X and Y agreed
    to fund a project which would see both “promote the return of migrants”")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and verb.lemma_ in _DENYING and child.is_ancestor(quote_root):
            return True
        if (
            child.dep_ == "xcomp"
            and child.i < quote_root.left_edge.i
            and not _speech_verbs([child])
            and any(t.dep_ == "relcl" and t.is_ancestor(quote_root) for t in child.subtree)
        ):
            return True  # the quote describes a thing of the act, in a relative clause
    return False


def _root_of(doc: Doc, quote: QuoteSpan) -> Token | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span.root if span is not None else None


def _holder(subject: Token, context: ArticleContext) -> Mention | None:
    """The one person a role description stands for ("the Prime Minister said"), if
    the article named only one so."""
    if subject.lower_ not in _ROLE_WORDS or subject.lower_ in _GENERIC_ROLES:
        return None
    decided, named = _described(subject, context)
    return named if decided and named is not None and _is_person(named) else None


def _in_headline(quote: QuoteSpan, context: ArticleContext) -> bool:
    """Whether quoted words are in the article's headline ("… as Trump says deal is “very
    close”"), which sums up words the body reports."""
    title, text = context.article.title, context.article.text
    return bool(title) and text.startswith(title) and quote.end <= len(title) and bool(
        text[len(title):].strip())  # (a text of one line is all body)


def _quoted_predicate(span: Span) -> bool:
    """Whether quoted words inside a reported clause are a predicate or complement of
    several words, not a noun phrase a scare quote marks: Russia was “on the whole
    satisfied” and ready…, had discussed “raising the level” of…, described it as an
    “urgent and existential threat” of…, committed to “putting America first” and to…
    (but "the “peace plan” was dead", "the “rolling back” policy")."""
    root = span.root
    if len(span) < 2 or root.dep_ in {"nsubj", "nsubjpass", "compound", "amod", "appos"}:
        return False
    if root.pos_ in {"VERB", "ADJ"} and root.dep_ in {"acomp", "xcomp", "dobj", "pcomp",
                                                       "ccomp", "advcl", "attr"}:
        return True
    if root.pos_ == "ADP" and root.dep_ == "prep" and root.head.lemma_ == "be":
        return True  # Russia was “on the whole satisfied”
    # "described climate change as an “urgent and existential threat”"
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "as" and prep.head.lemma_ in _DESCRIBING


#: Verbs that say what something is called: "described it as", "called it".
_DESCRIBING = {"describe", "call", "characterise", "characterize", "brand", "label", "hail",
               "denounce", "condemn", "dismiss"}


def _what_it_was_called(root: Token) -> bool:
    """Whether quoted words are what something was called: "calling it “…”", parsed as
    its object predicate or as a second object."""
    if root.dep_ == "oprd":
        return True
    return root.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < root.i for c in root.head.children
    )


def _named_body(subject: Token, context: ArticleContext) -> Mention | None:
    """The organisation a subject names ("The Vessland Health Ministry said")."""
    named = context.name_at(subject) if subject.pos_ == "PROPN" else None
    return named if named is not None and named.type == "Organization" else None


def _speaks(m: Mention) -> bool:
    """A person, or an organisation that issues words ("The ministry said the strikes
    “hit only military sites”.")."""
    return _is_person(m) or m.type == "Organization"


def _attribution_opens(after: list[Token]) -> bool:
    """Whether the words after a quote open with a speech verb or its subject:
    "said X", "X said", "the President said", "Ana Roble, the minister, said"."""
    first = next((t for t in after if not t.is_space and t.text not in {",", "—", "–"}), None)
    if first is None or first.is_punct:
        return False
    for verb in _speech_verbs(after[:12]):
        subject = _subject_of(verb)
        if verb.i == first.i or (subject is not None and subject.left_edge.i == first.i):
            return True
    return False


def _reported_speaker(
    clause: list[Token], context: ArticleContext, quoted: set[int]
) -> _Attribution | None:
    """The person a speech verb before a quote names as its subject, if any."""
    for verb in reversed(_speech_verbs(clause)):
        found = _speaker_of_verb(verb, context, quoted, None)
        if found.speaker is not None and _is_person(found.speaker):
            return found
    return None


def _speaker_of_paragraph(
    context: ArticleContext,
    paragraph: tuple[int, int],
    quoted: set[int],
    previous: Mention | None,
) -> _Attribution:
    """The named speaker of a paragraph's last sentence, if a speech verb leads it.

    "Minister X said on Tuesday that the border would stay closed."¶"“…”": the
    paragraph of quotation after it is X's; so after "X accused the opposition of
    …" or "X spoke to reporters". Only a main clause counts, and only a speaker
    the article names: "Officials said…" or "X visited the border" leave the
    quote unattributed.
    """
    tokens = [t for t in context.tokens_between(*paragraph) if not t.is_space]
    if not tokens:
        return _Attribution()
    sent = tokens[-1].sent
    clauses = [sent.root] + [t for t in sent.root.children if t.dep_ == "conj"]
    verbs = _speech_verbs(clauses) + [
        v for v in clauses if v.lemma_ in _STANDS_TAKEN and v.pos_ == "VERB"
    ]
    for verb in (v for v in verbs if v.i not in quoted):
        found = _speaker_of_verb(verb, context, quoted, previous)
        if found.speaker is not None:
            return found
    return _Attribution()


def _subject_before_colon(
    clause: list[Token], context: ArticleContext, quoted: set[int], previous: Mention | None
) -> _Attribution:
    """The speaker a clause ending in a colon introduces with no speech verb.

    "Defence Minister X was blunt: “…”", "The ministry had a message for its
    neighbours: “…”", "X's answer was short: “…”": the subject, a person or an
    organisation (or the person whose answer it is). "The plan has three stages: “…”"
    introduces no speaker.
    """
    verbs = [
        t
        for t in clause
        if t.i not in quoted
        and t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    ]
    if not verbs:
        return _named_before_colon(clause, context)
    verb = verbs[-1]
    subject = next(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    if subject.i in quoted:
        return _Attribution()
    if subject.lemma_ in _SAYINGS:
        owner = _possessor(subject, context)
        return _Attribution(True, owner, verb.i) if owner is not None else _Attribution()
    speaker = _mention_of_subject(subject, context, previous)
    if speaker is None or not (_is_person(speaker) or speaker.type == "Organization"):
        return _Attribution()
    return _Attribution(True, speaker, verb.i)


def _named_before_colon(clause: list[Token], context: ArticleContext) -> _Attribution:
    """The person a verbless lead-in names: "Rubin, opening the meeting: “…”",
    "Ms Okafor, asked about the vote: “…”", a live blog's "Rubin: “…”"."""
    breaks = [i for i, t in enumerate(clause) if "\n" in t.text]
    words = [t for t in clause[breaks[-1] + 1 if breaks else 0 :] if not t.is_space]
    # a title may lead the name ("Mayor Tessa Quill, opening…")
    first = next((t for t in words if context.name_at(t) is not None or not t.is_title), None)
    if first is None:
        return _Attribution()
    named, name_end = context.name_at(first), first.idx + len(first)
    if named is not None:
        name_end = named.end
        named = _named_in_full(named, context)  # a surname the tagger typed a body
    elif first.pos_ == "PROPN":
        named = _named_earlier_by_surname(first, context)  # a surname the finder missed
    if named is None or not _is_person(named):
        return _Attribution()
    rest = [t for t in words if t.idx >= name_end]
    if rest and rest[0].text == ":":
        rest = []
    if rest and not (rest[0].text == "," and len(rest) > 1 and rest[1].tag_ in {"VBG", "VBN"}):
        return _Attribution()
    return _Attribution(True, named, words[-1].i)


def _speaker_reported(
    context: ArticleContext, first: QuoteSpan, quoted: set[int]
) -> _Attribution | None:
    """The person a speech verb of the quote's own sentence makes its speaker, the
    quote hanging from that verb ("Ryabkov told the channel that the talks had shown
    “…”, the channel reported"; not "the plan that X calls the …")."""
    span = context.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    lead = [t for t in context.doc[span[0].sent.start : span.start] if t.i not in quoted]
    for verb in reversed(_speech_verbs(lead)):
        if not verb.is_ancestor(span.root):
            continue
        found = _speaker_of_verb(verb, context, quoted, None)
        if found.speaker is not None and _is_person(found.speaker):
            return found
    return None


def _first_clause(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        if t.text in {".", "!", "?", ";"}:
            break
        out.append(t)
    return out


def _last_clause(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in reversed(tokens):
        if t.text in {".", "!", "?", ";"} and out:
            break
        out.insert(0, t)
    return out


def _only_quote(text: str, start: int, end: int, unit: list[QuoteSpan]) -> bool:
    outside = text[start : unit[0].start] + text[unit[-1].end : end]
    return not re.search(r"[A-Za-z]", outside.replace("”", "").replace('"', "").replace("’", ""))


def _sentence_span(doc: Doc, first: QuoteSpan, last: QuoteSpan) -> Span:
    span = doc.char_span(first.start, last.end, alignment_mode="expand")
    if span is None:
        return doc[:]
    return doc[span[0].sent.start : span[-1].sent.end]
