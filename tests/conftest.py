from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
GOLD = DATA / "gold_seeds.yaml"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def assert_exact_evidence(store, base=(ROOT,)) -> int:
    """Every evidence offset of ``store`` selects its sentence or quote; returns how many.

    Args:
        base: Folders the store's relative ``kg:sourceFile`` paths start from.
    """
    from kg.store.offsets import check_spans, store_spans

    spans = store_spans(store)
    wrong = [str(v) for v in check_spans(spans, base=base)]
    assert not wrong, "evidence offsets that miss their text:\n" + "\n".join(wrong)
    return len(spans)


def assert_exact_extraction(extraction, source: str | None = None) -> None:
    """Every offset of one extraction selects its sentence or quote in ``source`` (or its file),
    and every relation's predicate is one of the ontology's."""
    from kg.store.offsets import check_extraction
    from kg.vocab import PREDICATES

    wrong = [str(v) for v in check_extraction(extraction, source)]
    assert not wrong, "evidence offsets that miss their text:\n" + "\n".join(wrong)
    unknown = {relation.predicate for relation in extraction.relations} - set(PREDICATES)
    assert not unknown, f"predicates the ontology lacks: {sorted(unknown)}"


@pytest.fixture(autouse=True)
def _every_build_has_exact_evidence(monkeypatch):
    """Each build, add and remove of the suite checks the offset invariant on the store it wrote.

    Sources are named from the folder (or file) a build is given, its parent's
    path left out: the parents of every path the test's builds read resolve them.
    """
    import kg.pipeline

    bases: list[Path] = []
    read, write = kg.pipeline.read_corpus, kg.pipeline._write_outputs

    def reading(paths, *args, **kwargs):
        paths = list(paths)
        bases.extend(Path(os.path.abspath(p)).parent for p in paths)
        return read(paths, *args, **kwargs)

    def checked(store, *args, **kwargs):
        write(store, *args, **kwargs)
        assert_exact_evidence(store, [*dict.fromkeys(bases), Path.cwd(), ROOT])

    monkeypatch.setattr(kg.pipeline, "read_corpus", reading)
    monkeypatch.setattr(kg.pipeline, "_write_outputs", checked)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test (Playwright allows one per process)."""
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds built once for the whole session."""
    from kg.pipeline import build
    from kg.store import KG, open_store

    out = tmp_path_factory.mktemp("seeds-build")
    report = build([SEEDS], out)
    with open_store(out) as store:
        # Every assertion and quote of the seeds (a quote twice: its words and its sentence).
        kinds = dict(store.strings("SELECT ?k (COUNT(?n) AS ?c) WHERE { ?n a ?k } GROUP BY ?k"))
        expected = int(kinds[str(KG.Assertion)]) + 2 * int(kinds[str(KG.Quote)])
        assert assert_exact_evidence(store) == expected > 60
    return out, report


@pytest.fixture
def extract(nlp):
    """Extract one short article given as text."""
    from kg.extract import extract_article
    from kg.ingest import make_article

    def run(text: str):
        article = make_article("test.txt", text)
        extraction = extract_article(nlp(article.text), article)
        assert_exact_extraction(extraction, text)
        return extraction

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
            assert_exact_extraction(extractions[-1], text)
        return resolve(extractions)

    return run
