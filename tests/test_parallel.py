"""Parsing in worker processes gives exactly what parsing in one process gives."""

from __future__ import annotations

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
