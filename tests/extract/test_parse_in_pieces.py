"""Long pages are parsed in pieces cut at line breaks, and batches are bounded in characters."""

from __future__ import annotations

import pytest

from kg.extract import nlp as nlp_module
from kg.extract.nlp import parse

PARAGRAPH = "Minister Ana Roe met Ivo Marek in Lima on Monday. They discussed the plan.\n"


def _analysis(doc):
    return [(t.idx, t.text, t.tag_, t.dep_, t.head.i - t.i, t.ent_type_) for t in doc
            if not t.is_space]


def test_a_page_longer_than_a_piece_is_one_doc_of_the_same_text_and_parse(nlp, monkeypatch):
    page = "Talks in Lima\n\n" + PARAGRAPH * 12
    whole = nlp(page)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 200)
    (doc,) = parse(nlp, [page], batch_size=32)
    assert doc.text == page
    assert _analysis(doc) == _analysis(whole)
    assert [e.text for e in doc.ents] == [e.text for e in whole.ents]
    assert sum(1 for s in doc.sents if s.text.startswith("Minister")) == 12


def test_texts_keep_their_order_and_short_ones_parse_as_nlp_pipe_does(nlp, monkeypatch):
    texts = ["Ana Roe spoke.", "Talks\n\n" + PARAGRAPH * 8, "", "Ivo Marek left Lima."]
    expected = [_analysis(doc) for doc in nlp.pipe(texts)]
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 150)
    docs = list(parse(nlp, texts, batch_size=2))
    assert [doc.text for doc in docs] == texts
    assert [_analysis(doc) for doc in docs] == expected


@pytest.mark.parametrize(("batch_size", "budget"), [(32, 400), (2, 10_000)])
def test_no_batch_exceeds_its_count_or_its_characters(nlp, monkeypatch, batch_size, budget):
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 150)
    monkeypatch.setattr(nlp_module, "BATCH_CHARS", budget)
    batches = []

    class Recording:
        def pipe(self, texts, batch_size):
            batches.append(list(texts))
            return nlp.pipe(batches[-1], batch_size=batch_size)

    texts = [PARAGRAPH * 6, "Ana Roe spoke.", PARAGRAPH * 3, "Ivo Marek left."]
    docs = list(parse(Recording(), texts, batch_size=batch_size))
    assert [doc.text for doc in docs] == texts
    assert len(batches) > 1
    assert all(len(b) <= batch_size and sum(map(len, b)) <= max(budget, 150) for b in batches)


def test_a_page_of_one_long_line_is_cut_after_a_sentence_or_a_space(nlp, monkeypatch):
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 120)
    line = (PARAGRAPH.strip() + " ") * 5
    pieces = nlp_module._pieces(line)
    assert len(pieces) > 2 and "".join(pieces) == line
    assert all(len(p) <= 120 and p.endswith(". ") for p in pieces[:-1])
    unbroken = "word " * 100
    assert all(p.endswith(" ") for p in nlp_module._pieces(unbroken)[:-1])
    (doc,) = parse(nlp, [line], batch_size=32)
    assert doc.text == line
    assert [e.text for e in doc.ents].count("Ana Roe") == 5
