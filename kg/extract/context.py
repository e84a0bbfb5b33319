"""What an extractor sees of one article: the parsed Doc and its mentions."""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.nlp import (
    KeptSpan,
    doc_tokens,
    quoted_tokens,
    sentences_with,
    span_text,
    tokens_with,
)
from kg.model import Article, Evidence, Mention
from kg.text.names import initials, is_acronym, name_key

__all__ = ["ArticleContext"]


#: Words an acronym leaves out: "RBI" of the "Reserve Bank of India".
_SMALL_WORDS = frozenset({"of", "the", "and", "for"})


@dataclass
class ArticleContext:
    """A parsed article with its mentions indexed by token."""

    article: Article
    doc: Doc
    mentions: list[Mention]
    _by_token: dict[int, Mention] = field(default_factory=dict, init=False, repr=False)
    _spans: dict[tuple[int, int], Span | None] = field(default_factory=dict, init=False,
                                                       repr=False)
    _evidence: dict[tuple[int, int, str, float], Evidence] = field(default_factory=dict,
                                                                   init=False, repr=False)
    #: Pronouns and definite descriptions resolved to a named mention, by token index.
    antecedents: dict[int, Mention] = field(default_factory=dict)
    #: "the two men", "both candidates": the people a plural description refers to.
    group_antecedents: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tokens: list[Token] = doc_tokens(self.doc)
        self._starts = [t.idx for t in self.tokens]
        self._quoted: set[int] | None = None
        self._people: set[str] | None = None
        self._votes_by_name: dict[str, dict[str, float]] | None = None
        self._spelled: dict[str, set[str]] | None = None
        self.index()

    def is_person(self, mention: Mention) -> bool:
        """Whether ``mention`` names a person: typed so, with any vote for a person, or
        a surname the article gives a person in full ("Okonjo-Bamidele" tagged an
        organisation after "Ngozi Okonjo-Bamidele")."""
        if mention.type == "Person" or dict(mention.votes).get("Person", 0) > 0:
            return True
        if mention.type != "Organization" or " " in mention.name:
            return False
        if self._people is None:
            # the words of the people named in full: "Quispe" of "María Quispe Huamán",
            # "Choi" of "Choi Seung-woo" (a surname may come first)
            self._people = {
                word
                for m in self.mentions
                if m.type == "Person" and " " in m.name and m.end > m.start
                for word in name_key(m.name)
            }
        key = name_key(mention.name)
        return bool(key) and key[0] in self._people

    def votes_of_name(self, name: str) -> dict[str, float]:
        """The type votes of every mention of the article with this name, added up."""
        if self._votes_by_name is None:
            self._votes_by_name = {}
            for mention in self.mentions:
                total = self._votes_by_name.setdefault(mention.name, {})
                for kind, vote in mention.votes:
                    total[kind] = total.get(kind, 0) + vote
        return self._votes_by_name.get(name, {})

    def spelled_out(self, body: Mention) -> Mention:
        """``body`` named as the article spells it out, where it is the initials of the one
        organisation of the article they stand for: "the RBI executive director" sits on the
        board of the Reserve Bank of India, and a title reads the body's kind (a bank, a
        party) from its words. Other mentions come back as they are."""
        if body.type != "Organization" or not is_acronym(body.name):
            return body
        if self._spelled is None:
            self._spelled = {}
            for m in self.mentions:
                if m.type == "Organization" and len(m.name.split()) >= 2:
                    key = initials(m.name, skip=_SMALL_WORDS)
                    self._spelled.setdefault(key, set()).add(m.name)
        names = self._spelled.get(body.name.lower(), set())
        return replace(body, name=next(iter(names))) if len(names) == 1 else body

    @property
    def quoted(self) -> set[int]:
        """Indexes of tokens inside quotation marks."""
        if self._quoted is None:
            self._quoted = quoted_tokens(self.doc)
        return self._quoted

    def tokens_with(self, words: Collection[str]) -> list[Token]:
        """The tokens a rule that starts from one of ``words`` needs to read, in order: see
        :func:`kg.extract.nlp.tokens_with` (lower-case forms, lemmas, ``"POS:VERB"``,
        ``"TAG:VBN"``)."""
        return tokens_with(self.doc, words)

    def sentences_with(self, words: Collection[str]) -> list[Span]:
        """The sentences with a token :meth:`tokens_with` gives for ``words``, in order."""
        return sentences_with(self.doc, words)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start at a character offset in [start, end)."""
        return self.tokens[
            bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)
        ]

    def span_of(self, mention: Mention) -> Span | None:
        """The tokens of ``mention`` (None if it is not in the text), found once."""
        where = (mention.start, mention.end)
        if where not in self._spans:
            span = self.doc.char_span(*where, alignment_mode="expand")
            self._spans[where] = None if span is None else KeptSpan(self.doc, span.start, span.end)
        return self._spans[where]

    def index(self) -> None:
        self._by_token.clear()
        self._votes_by_name = None
        self._spelled = None
        for mention in self.mentions:
            span = self.span_of(mention)
            if span is None:
                continue
            for i in range(span.start, span.end):
                self._by_token[i] = mention

    def name_at(self, token: Token) -> Mention | None:
        """The named mention covering ``token`` (a pronoun or description gives None)."""
        return self._by_token.get(token.i)

    def mention_at(self, token: Token) -> Mention | None:
        """The mention covering ``token``, or the named antecedent it refers to."""
        return self._by_token.get(token.i) or self.antecedents.get(token.i)

    def evidence(
        self,
        sent: Span,
        extractor: str,
        confidence: float,
    ) -> Evidence:
        """Evidence for a fact stated in ``sent``, with the sentence's offsets in the source file.

        The sentence is the text of ``sent`` without the white space around it,
        and its offsets select exactly that text. Made once per sentence, extractor and
        confidence (the rules ask again for each name in a sentence).
        """
        key = (sent.start, sent.end, extractor, confidence)
        found = self._evidence.get(key)
        if found is not None:
            return found
        start, end = _stripped(self.doc, sent)
        start, end = self.article.source_span(start, end)
        found = self._evidence[key] = Evidence(
            article=self.article.id,
            sentence=span_text(self.doc, sent.start, sent.end).strip(),
            start=start,
            end=end,
            extractor=extractor,
            confidence=confidence,
        )
        return found


def _stripped(doc: Doc, sent: Span) -> tuple[int, int]:
    """Character offsets of ``sent`` without the white space around it."""
    text = span_text(doc, sent.start, sent.end)
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, start + len(text.strip())
