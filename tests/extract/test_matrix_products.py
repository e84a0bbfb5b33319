"""The networks multiply with numpy's BLAS, on one thread while parsing, as stock spaCy parses."""

from __future__ import annotations

import spacy
from thinc.api import Model
from threadpoolctl import threadpool_info

from kg.extract.nlp import DEFAULT_MODELS, _load_computing_with_numpy, one_blas_thread
from tests.conftest import SEEDS


def _installed() -> str:
    return next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))


def _layers(nlp):
    return [layer for _, component in nlp.pipeline
            if isinstance(model := getattr(component, "model", None), Model)
            for layer in model.walk()]


def _analysis(docs):
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for doc in docs for t in doc]


def test_every_layer_multiplies_without_blis_and_parses_as_the_stock_pipeline():
    stock, ours = spacy.load(_installed()), _load_computing_with_numpy(_installed())
    assert any(layer.ops.use_blis for layer in _layers(stock))
    assert not any(layer.ops.use_blis for layer in _layers(ours))
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    with one_blas_thread():
        ours_docs = list(ours.pipe(texts))
    assert _analysis(ours_docs) == _analysis(stock.pipe(texts))


def test_parsing_keeps_blas_to_one_thread_and_gives_the_others_back():
    def threads():
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    before = threads()
    with one_blas_thread():
        assert threads() and set(threads()) == {1}
    assert threads() == before
