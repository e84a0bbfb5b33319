"""Parsing in worker processes gives exactly what parsing in one process gives."""

from __future__ import annotations

import itertools

import pytest

from kg.pipeline import BuildReport, extract_corpus, iter_extractions, read_corpus
from tests.conftest import SEEDS


@pytest.mark.slow
def test_two_jobs_extract_the_same_as_one():
    articles = read_corpus(sorted(SEEDS.glob("*.txt"))[:3], BuildReport())
    one = extract_corpus(articles, batch_size=2)
    seen = []
    two = extract_corpus(articles, batch_size=2, jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert two == one
    assert [x.article.id for x in two] == [a.id for a in articles]
    assert seen == [(i, 3) for i in range(1, 4)]
    assert any(x.relations or x.quotes for x in two)


@pytest.mark.slow
def test_extractions_stream_from_an_iterator():
    # an iterator, not a list: articles are read as parsing goes
    articles = read_corpus(sorted(SEEDS.glob("*.txt"))[:2], BuildReport())
    stream = iter_extractions(iter(articles), batch_size=1)
    first = next(stream)
    assert first.article == articles[0]
    assert [x.article for x in stream] == articles[1:]


def test_build_refuses_zero_jobs(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output
    assert not any(tmp_path.iterdir())


class _CountingNlp:
    """Stands in for a pipeline: records what it parsed; fails on a chunk holding ``bad``."""

    def __init__(self, bad: str | None = None) -> None:
        self.parsed: list[str] = []
        self.bad = bad

    def pipe(self, texts, batch_size):
        for text in texts:
            if text == self.bad:
                raise ValueError(f"cannot parse {text!r}")
            self.parsed.append(text)
            yield text.upper()


def _chunks_of(texts):
    from kg.model import Article

    return iter([[Article(id=t, source=t, text=t)] for t in texts])


def test_parsing_ahead_keeps_order_and_pairs_chunks_with_their_docs():
    from kg.pipeline import _parsed_ahead

    nlp = _CountingNlp()
    got = [(chunk[0].text, docs) for chunk, docs in _parsed_ahead(nlp, _chunks_of("abcde"))]
    assert got == [(t, [t.upper()]) for t in "abcde"]


def test_an_error_while_parsing_ahead_reaches_the_caller():
    from kg.pipeline import _parsed_ahead

    stream = _parsed_ahead(_CountingNlp(bad="c"), _chunks_of("abcde"))
    assert [chunk[0].text for chunk, _ in itertools.islice(stream, 2)] == ["a", "b"]
    with pytest.raises(ValueError, match="cannot parse 'c'"):
        next(stream)


def test_a_caller_that_stops_early_stops_the_parsing_thread():
    import threading

    from kg.pipeline import _parsed_ahead

    nlp = _CountingNlp()
    stream = _parsed_ahead(nlp, _chunks_of("abcdefghij"))
    next(stream)
    stream.close()
    assert not any(t.name == "kg-parse" for t in threading.enumerate())
    # one chunk handed over, at most one waiting and one being parsed when it stopped
    assert len(nlp.parsed) <= 3
