"""What extraction keeps of a Doc while it reads it is what spaCy itself gives."""

import spacy
from spacy.tokens import Doc

from kg.extract.nlp import (
    doc_text,
    forget_tokens,
    heads_of,
    keep_sentences,
    once_per_doc,
    span_text,
)


def _doc() -> Doc:
    # three sentences, the last one a single token, and a line break of its own
    return Doc(
        spacy.blank("en").vocab,
        words=["Ana", "Roe", "met", "Li", "Wei", ".", "\n", "They", "talked", ".", "Good"],
        spaces=[True, True, True, True, False, True, False, True, False, True, False],
        heads=[1, 2, 2, 4, 2, 2, 5, 8, 8, 8, 10],
        deps=["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "dep", "nsubj", "ROOT",
              "punct", "ROOT"],
        sent_starts=[True, False, False, False, False, False, False, True, False, False, True],
    )


def test_a_tokens_sentence_is_the_one_spacy_finds():
    doc = _doc()
    own = [(t.sent.start, t.sent.end) for t in doc]
    keep_sentences(doc)
    assert [(t.sent.start, t.sent.end) for t in doc] == own
    assert own[0] == (0, 7) and own[8] == (7, 10) and own[10] == (10, 11)
    forget_tokens(doc)


def test_a_spans_sentence_is_the_one_its_first_token_is_in():
    doc = _doc()
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)]
    own = [(s.sent.start, s.sent.end) for s in spans]
    keep_sentences(doc)
    assert [(s.sent.start, s.sent.end) for s in spans] == own
    forget_tokens(doc)


def test_forgetting_a_doc_gives_spacy_its_own_lookup_back():
    doc = _doc()
    keep_sentences(doc)
    forget_tokens(doc)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    assert doc[8].sent.start == 7


def test_an_empty_doc_keeps_nothing():
    doc = Doc(spacy.blank("en").vocab, words=[])
    keep_sentences(doc)
    assert not doc.user_token_hooks and not doc.user_span_hooks


def test_the_text_kept_is_the_docs_own():
    doc = _doc()
    assert doc_text(doc) == doc.text == "Ana Roe met Li Wei. \nThey talked. Good"


def test_heads_come_in_text_order_each_once():
    doc = _doc()
    # "Roe" and "Wei" both hang on "met"; "Ana" on "Roe"; "Good" is its own head
    assert [t.text for t in heads_of(doc, {"ana", "wei", "roe", "good"})] == ["Roe", "met",
                                                                              "Good"]
    assert heads_of(doc, {"zebra"}) == []


def test_span_text_is_the_spans_own():
    doc = _doc()
    for a in range(len(doc)):
        for b in range(a, len(doc) + 1):
            assert span_text(doc, a, b) == doc[a:b].text
    forget_tokens(doc)
    assert "kg.offsets" not in doc.user_data


def test_a_rule_kept_once_per_doc_is_asked_once_per_arguments():
    asked = []

    @once_per_doc
    def words(doc: Doc, start: int, end: int) -> list[str]:
        asked.append((start, end))
        return [t.text for t in doc[start:end]]

    doc, other = _doc(), _doc()
    assert words(doc, 0, 2) == ["Ana", "Roe"] and words(doc, 0, 2) == ["Ana", "Roe"]
    assert words(doc, 3, 5) == ["Li", "Wei"] and words(other, 0, 2) == ["Ana", "Roe"]
    assert asked == [(0, 2), (3, 5), (0, 2)]  # each Doc keeps its own
    forget_tokens(doc)
    assert words(doc, 0, 2) == ["Ana", "Roe"] and len(asked) == 4  # forgotten: asked again
