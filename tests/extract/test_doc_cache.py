"""What extraction keeps of a Doc while it reads it is what spaCy itself gives."""

import gc
import weakref

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.nlp import (
    KeptSpan,
    doc_text,
    doc_tokens,
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


def _tagged_doc() -> Doc:
    # "Ana Roe and Li Wei met in Paris ." with tags, lemmas and names; the full stop hangs
    # on "Roe", over "met" (a non-projective arc, as a parser may give)
    return Doc(
        spacy.blank("en").vocab,
        words=["Ana", "Roe", "and", "Li", "Wei", "met", "in", "Paris", "."],
        spaces=[True, True, True, True, True, True, True, False, False],
        heads=[1, 5, 1, 4, 1, 5, 7, 5, 1],
        deps=["compound", "nsubj", "cc", "compound", "conj", "ROOT", "case", "obl", "punct"],
        tags=["NNP", "NNP", "CC", "NNP", "NNP", "VBD", "IN", "NNP", "."],
        pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["Ana", "Roe", "and", "Li", "Wei", "meet", "in", "Paris", "."],
        ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"],
    )


_WORDS = ("text", "lower_", "lemma_", "dep_", "pos_", "tag_", "ent_type_", "ent_iob_", "idx",
          "is_title", "is_alpha", "is_lower", "is_upper", "is_punct", "is_space", "like_num",
          "whitespace_", "text_with_ws")
_ONE_TOKEN = ("head", "left_edge", "right_edge")
_TOKENS = ("children", "lefts", "rights", "ancestors", "subtree", "conjuncts")


def test_a_kept_token_reads_as_spacys_own_twice_over():
    doc = _tagged_doc()
    keep_sentences(doc)
    tokens = doc_tokens(doc)
    for _ in range(2):  # read, then remembered
        for kept, own in zip(tokens, doc, strict=True):
            assert kept == own and hash(kept) == hash(own)
            for name in _WORDS:
                assert getattr(kept, name) == getattr(own, name), name
            for name in _ONE_TOKEN:
                assert getattr(kept, name) is tokens[getattr(own, name).i], name
            for name in _TOKENS:
                found = list(getattr(kept, name))
                assert [t.i for t in found] == [t.i for t in getattr(own, name)], name
                assert all(t is tokens[t.i] for t in found), name
            assert kept.sent == own.sent
    assert [t.text for t in tokens[5].children] == ["Roe", "Paris"]
    assert [t.text for t in tokens[1].rights] == ["and", "Wei", "."]
    assert [t.text for t in tokens[1].conjuncts] == ["Wei"]
    forget_tokens(doc)


def test_a_kept_tokens_neighbour_is_kept_and_checked_for_bounds():
    doc = _tagged_doc()
    tokens = doc_tokens(doc)
    assert tokens[1].nbor() is tokens[2] and tokens[1].nbor(-1) is tokens[0]
    with pytest.raises(IndexError):
        tokens[0].nbor(-1)  # not the last token, as doc[-1] would be
    with pytest.raises(IndexError):
        tokens[-1].nbor()
    forget_tokens(doc)


def test_a_kept_span_is_spacys_span_with_kept_tokens():
    doc = _tagged_doc()
    tokens = doc_tokens(doc)
    span = KeptSpan(doc, 3, 6)
    assert span == doc[3:6] and hash(span) == hash(doc[3:6]) and span.text == "Li Wei met"
    assert list(span) == tokens[3:6] and all(a is b for a, b in zip(span, tokens[3:6], strict=True))
    assert span[0] is tokens[3] and span[-1] is tokens[5] and span.root is tokens[5]
    assert span[1:] == doc[4:6]
    with pytest.raises(IndexError):
        span[3]
    with pytest.raises(IndexError):
        span[-4]
    forget_tokens(doc)


def test_kept_sentences_give_kept_tokens():
    doc = _doc()
    keep_sentences(doc)
    tokens = doc_tokens(doc)
    sent = tokens[8].sent
    assert isinstance(sent, KeptSpan) and sent is tokens[7].sent and sent is doc[7:9].sent
    assert list(sent) == tokens[7:10] and sent.root is tokens[8]
    forget_tokens(doc)


def test_a_doc_read_through_kept_tokens_is_freed_without_the_cycle_collector():
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc = _tagged_doc()
        keep_sentences(doc)
        tokens = doc_tokens(doc)
        assert sorted(t.i for t in tokens[5].subtree) == list(range(9))  # heads, children
        del tokens
        forget_tokens(doc)
        freed = weakref.ref(doc)
        del doc
        assert freed() is None
    finally:
        if collecting:
            gc.enable()


def test_without_forgetting_the_kept_tokens_hold_the_doc():
    # the negative of the test above: what forget_tokens undoes is what held the Doc
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc = _tagged_doc()
        keep_sentences(doc)
        assert sorted(t.i for t in doc_tokens(doc)[5].subtree) == list(range(9))
        held = weakref.ref(doc)
        del doc
        assert held() is not None
        gc.collect()
        assert held() is None
    finally:
        if collecting:
            gc.enable()


def test_the_default_pipeline_is_loaded_once_however_it_is_asked_for():
    # the name rules read the lemmatizer's tables from the pipeline a build parses with:
    # asked for as load_nlp() and load_nlp(None), a second copy would cost a load
    from kg.extract.nlp import load_nlp

    assert load_nlp() is load_nlp(None)
    assert load_nlp("") is load_nlp()
