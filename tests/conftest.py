from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
GOLD = DATA / "gold_seeds.yaml"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds built once for the whole session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    report = build([SEEDS], out)
    return out, report


@pytest.fixture
def extract(nlp):
    """Extract one short article given as text."""
    from kg.extract import extract_article
    from kg.ingest import make_article

    def run(text: str):
        article = make_article("test.txt", text)
        return extract_article(nlp(article.text), article)

    return run


@pytest.fixture
def graph_of(nlp):
    """Resolve a few short articles into a KnowledgeGraph."""
    from kg.extract import extract_article
    from kg.ingest import make_article
    from kg.resolve import resolve

    def run(*texts: str):
        extractions = []
        for i, text in enumerate(texts):
            article = make_article(f"a{i}.txt", text)
            extractions.append(extract_article(nlp(article.text), article))
        return resolve(extractions)

    return run
