"""Direct quotations and who said them (extractor ``kg.quotes.v1``).

Handles the attribution forms of news prose: "…," X said; "…," said X; X said:
"…"; "…," he said (the pronoun resolved); according to X/him, "…"; a quote
split around its attribution; and paragraphs that only continue the previous
speaker's quote. A speaker that is not a named entity ("a person familiar with
the matter") gives a quote without a speaker rather than a wrong one. Scare
quotes of a few words inside a sentence are not quotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.coref import PERSON_PRONOUNS
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.nlp import doc_text
from kg.extract.registry import register
from kg.model import Mention, Quote

__all__ = ["find_quotes", "QuoteSpan"]

_PAIRS = re.compile(r"“(?P<curly>[^“”\n]+)”|\"(?P<straight>[^\"\n]+)\"")
# A quote that runs on into the next paragraph has no closing mark in its own.
_OPEN_PARAGRAPH = re.compile(r"^[ \t]*[“\"](?P<open>[^“”\"\n]+)$", re.MULTILINE)
_MIN_WORDS = 5  # below this, a quote must be framed by an attribution to count


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    paragraph: int
    outer_start: int  # offsets including the quotation marks
    outer_end: int


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    return starts


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quoted passages of ``text`` (curly or straight double quotes)."""
    starts = _paragraph_starts(text)
    found = []
    for m in _PAIRS.finditer(text):
        group = "curly" if m.group("curly") is not None else "straight"
        inner = m.group(group)
        s, e = m.start(group), m.end(group)
        # The quoted words: no white space around them, nor the comma before the attribution.
        words = inner.strip().rstrip(",").rstrip()
        s += len(inner) - len(inner.lstrip())
        e = s + len(words)
        paragraph = max(i for i, p in enumerate(starts) if p <= s)
        found.append(QuoteSpan(s, e, words, paragraph, m.start(), m.end()))
    for m in _OPEN_PARAGRAPH.finditer(text):
        inner = m.group("open")
        words = inner.strip().rstrip(",").rstrip()
        s = m.start("open") + len(inner) - len(inner.lstrip())
        e = s + len(words)
        if e - s < 2 or any(q.start <= s < q.end for q in found):
            continue
        paragraph = max(i for i, p in enumerate(starts) if p <= s)
        found.append(QuoteSpan(s, e, words, paragraph, m.start(), m.end()))
    return sorted(found, key=lambda q: q.start)


def _speaker_of_verb(
    verb: Token, context: ArticleContext, quoted: set[int]
) -> tuple[bool, Mention | None]:
    """(found a subject, its mention) for a speech verb."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in quoted:
            return True, _mention_of_subject(child, context)
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i not in quoted:
        return _speaker_of_verb(verb.head, context, quoted)
    return False, None


def _mention_of_subject(token: Token, context: ArticleContext) -> Mention | None:
    """The named speaker a subject stands for; None for "a person familiar with…"."""
    if token.lower_ in PERSON_PRONOUNS or token.lower_ in {"he", "she"}:
        return context.antecedents.get(token.i)
    mention = context.mention_at(token)
    if mention is not None and mention.type in {"Person", "Organization", "Place"}:
        return mention
    # "President of Russia Vladimir Putin" parses with the title as head and the
    # name as apposition; a bare common noun ("a person familiar with the
    # matter", "a spokesperson for X") is an unnamed source.
    for child in token.children:
        if child.dep_ in {"appos", "compound", "flat"}:
            named = context.mention_at(child)
            if named is not None and named.type == "Person":
                return named
    return None


def _according_to(tokens: list[Token], context: ArticleContext) -> tuple[bool, Mention | None]:
    for t in tokens:
        if t.lower_ == "according" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            target = t.doc[t.i + 2]
            if target.lower_ in PERSON_PRONOUNS or target.lower_ in {"him", "her"}:
                return True, context.antecedents.get(target.i)
            mention = context.mention_at(target)
            if mention is not None and mention.type == "Person":
                return True, mention
    return False, None


def _speech_verbs(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.lemma_ in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}]


@register("kg.quotes.v1")
def extract_quotes(context: ArticleContext) -> Iterator[Quote]:
    doc = context.doc
    text = doc_text(doc)
    quoted = context.quoted
    spans = find_quotes(text)
    paragraph_starts = _paragraph_starts(text) + [len(text)]
    last_speaker: dict[int, tuple[bool, Mention | None]] = {}
    kept: list[tuple[QuoteSpan, Mention | None, bool]] = []  # (span, speaker, continues previous)
    for i, q in enumerate(spans):
        para_start, para_end = paragraph_starts[q.paragraph], paragraph_starts[q.paragraph + 1]
        # the text around the quote, up to the neighbouring quotes in the paragraph
        prev_end = max(
            [s.outer_end for s in spans[:i] if s.paragraph == q.paragraph] + [para_start]
        )
        next_start = min(
            [s.outer_start for s in spans[i + 1 :] if s.paragraph == q.paragraph] + [para_end]
        )
        after = context.tokens_between(q.outer_end, next_start)
        before = context.tokens_between(prev_end, q.outer_start)
        after_clause = _first_clause(after)
        before_clause = _last_clause(before)
        # `“…,” X said` / `"…?" he asked` / `X said: “…”` frame a quotation; a word
        # or two in quotes inside a running sentence is a scare quote.
        closes_clause = (
            text[q.start : q.outer_end].rstrip().rstrip("”\"").rstrip()[-1:] in {",", "?", "!", "."}
            or text[q.outer_end : q.outer_end + 1] == ","
        )
        framed_after = closes_clause and bool(_speech_verbs(after_clause))
        framed_before = bool(_speech_verbs(before_clause)) and text[
            prev_end : q.outer_start
        ].rstrip()[-1:] in {":", ","}
        words = len(q.text.split())
        found, speaker, continues = False, None, False
        if framed_after:
            for verb in _speech_verbs(after_clause):
                found, speaker = _speaker_of_verb(verb, context, quoted)
                if found:
                    break
        if (
            not found
            and i > 0
            and spans[i - 1].paragraph == q.paragraph
            and (i - 1) in last_speaker
            and text[prev_end : q.outer_start].rstrip()[-1:] not in {":", ","}
        ):
            # "…," X said. "…": the second part of a quote split around its attribution
            found, speaker = last_speaker[i - 1]
            continues = bool(kept) and kept[-1][0] == spans[i - 1]
        if not found:
            found, speaker = _according_to(before_clause + after_clause, context)
        if not found and (framed_before or words >= _MIN_WORDS):
            for verb in reversed(_speech_verbs(before_clause)):
                found, speaker = _speaker_of_verb(verb, context, quoted)
                if found:
                    break
        if (
            not found
            and i > 0
            and spans[i - 1].paragraph == q.paragraph - 1
            and _only_quote(text, para_start, para_end, q)
            and (i - 1) in last_speaker
        ):
            found, speaker = last_speaker[i - 1]  # a paragraph continuing the last quote
        if words < _MIN_WORDS and not (framed_after or framed_before or continues):
            continue  # a scare quote, not a quotation
        if not found:
            continue
        last_speaker[i] = (found, speaker)
        kept.append((q, speaker, continues))
    yield from _joined(context, kept)


def _joined(
    context: ArticleContext, kept: list[tuple[QuoteSpan, Mention | None, bool]]
) -> Iterator[Quote]:
    """Quotes, with the parts of a quote split around its attribution joined."""
    groups: list[list[tuple[QuoteSpan, Mention | None]]] = []
    for q, speaker, continues in kept:
        if continues and groups:
            groups[-1].append((q, speaker))
        else:
            groups.append([(q, speaker)])
    for group in groups:
        first, last = group[0][0], group[-1][0]
        speaker = group[0][1]
        text = " … ".join(q.text.rstrip(",") for q, _ in group)  # an attribution was cut out
        sent = _sentence_span(context.doc, first, last)
        confidence = 0.9 if speaker is not None else 0.6
        start, end = context.article.source_span(first.start, last.end)
        yield Quote(
            text, speaker, context.evidence(sent, "kg.quotes.v1", confidence), start, end
        )


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


def _only_quote(text: str, start: int, end: int, q: QuoteSpan) -> bool:
    outside = text[start : q.start] + text[q.end : end]
    return not re.search(r"[A-Za-z]", outside.replace("”", "").replace('"', ""))


def _sentence_span(doc: Doc, first: QuoteSpan, last: QuoteSpan) -> Span:
    span = doc.char_span(first.start, last.end, alignment_mode="expand")
    if span is None:
        return doc[:]
    return doc[span[0].sent.start : span[-1].sent.end]
