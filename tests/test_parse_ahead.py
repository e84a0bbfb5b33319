"""One process parses the next chunk of articles on a second thread while it extracts
the last: same extractions, in order, errors raised where the chunks are read, and the
thread gone once the reader stops."""

from __future__ import annotations

import threading

import pytest

from kg.pipeline import BuildReport, _parsed_ahead, extract_corpus, read_corpus
from tests.conftest import SEEDS


class _Pipeline:
    """Stands in for a spaCy pipeline: a "Doc" is the text upper-cased; fails on "boom"."""

    def __init__(self) -> None:
        self.parsed: list[str] = []
        self.threads: set[str] = set()

    def pipe(self, texts, batch_size):
        for text in texts:
            if text == "boom":
                raise ValueError("cannot parse boom")
            self.threads.add(threading.current_thread().name)
            self.parsed.append(text)
            yield text.upper()


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text


def _chunks(*texts: str, size: int = 2):
    articles = [_Article(t) for t in texts]
    return iter([articles[i:i + size] for i in range(0, len(articles), size)])


def _parse_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kg-parse"]


def test_chunks_come_back_in_order_with_their_docs_parsed_on_another_thread():
    nlp = _Pipeline()
    got = [(tuple(a.text for a in chunk), docs)
           for chunk, docs in _parsed_ahead(nlp, _chunks("a", "b", "c", "d", "e"))]
    assert got == [(("a", "b"), ["A", "B"]), (("c", "d"), ["C", "D"]), (("e",), ["E"])]
    assert nlp.threads == {"kg-parse"}
    assert not _parse_threads()


def test_a_parse_error_is_raised_to_the_reader_after_the_chunks_before_it():
    read = []
    with pytest.raises(ValueError, match="cannot parse boom"):
        for _chunk, docs in _parsed_ahead(_Pipeline(), _chunks("a", "b", "boom", "c")):
            read.append(docs)
    assert read == [["A", "B"]]
    assert not _parse_threads()


def test_a_reader_that_stops_early_stops_the_parsing_thread():
    nlp = _Pipeline()
    stream = _parsed_ahead(nlp, _chunks(*"abcdefghij", size=1))
    assert next(stream)[1] == ["A"]
    stream.close()
    assert not _parse_threads()
    # at most the chunk being handed over and the one after it were parsed beyond the first
    assert len(nlp.parsed) <= 3


@pytest.mark.slow
def test_parsing_ahead_extracts_what_parsing_in_turn_extracts():
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.pipeline import _extract_chunk, _init_worker

    articles = read_corpus(sorted(SEEDS.glob("*.txt"))[:3], BuildReport())
    ahead = extract_corpus(articles, batch_size=2)
    _init_worker(None, DEFAULT_EXTRACTORS)
    in_turn = [x for i in range(0, 3, 2) for x in _extract_chunk(articles[i:i + 2])]
    assert ahead == in_turn
    assert any(x.relations for x in ahead)
