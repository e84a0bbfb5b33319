"""Small hand-made extractions: relations and quotes without any NLP model."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, Evidence, Extraction, Mention, Quote, Relation

PEOPLE = {"Dmitry Peskov", "Peskov", "Steve Witkoff", "Putin", "Vladimir Putin", "Marco Rubio"}


def _mention(article: Article, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    kind = "Person" if name in PEOPLE else "Organization"
    # Three votes: enough for a one-word name to stand as a person on its own.
    return Mention(article.id, start, start + len(name), name, kind, votes=((kind, 3.0),))


def _evidence(article: Article, sentence: str, extractor: str, confidence: float) -> Evidence:
    start = article.text.index(sentence)
    return Evidence(article.id, sentence, start, start + len(sentence), extractor, confidence)


def news(folder: Path, name: str, text: str, *, publisher: str | None = None,
         relations: tuple[tuple[str, str, str, str, float], ...] = (),
         quotes: tuple[tuple[str, str | None, str], ...] = (), status: str = "asserted",
         ) -> Extraction:
    """An article written to ``folder/name`` and what an extractor would find in it.

    Args:
        relations: (subject, predicate, object, sentence, confidence), names as in the text.
        quotes: (quoted words, speaker or None, sentence).
    """
    path = folder / name
    path.write_text(text, encoding="utf-8")
    article = Article(id=name.split(".")[0], source=str(path), text=text,
                      title=text.split(".")[0], date="2025-11-20", publisher=publisher)
    names = sorted({n for r in relations for n in (r[0], r[2])} | {q[1] for q in quotes if q[1]}
                   | {n for n in PEOPLE | {"Kremlin", "State Department"} if n in text},
                   key=len, reverse=True)
    mentions = {n: _mention(article, n) for n in names}
    found = tuple(
        Relation(mentions[s], p, mentions[o], _evidence(article, sentence, "kg.roles.v1", c), status)
        for s, p, o, sentence, c in relations
    )
    said = tuple(
        Quote(words, mentions[speaker] if speaker else None,
              _evidence(article, sentence, "kg.quotes.v2", 0.9))
        for words, speaker, sentence in quotes
    )
    return Extraction(article, tuple(sorted(mentions.values())), found, said)


@pytest.fixture
def corpus(tmp_path):
    """Four articles: three state that Peskov speaks for the Kremlin, two publishers among them."""
    s1 = "Dmitry Peskov, the Kremlin spokesman, said the talks were useful."
    s2 = "Peskov met Steve Witkoff in Moscow."
    s3 = "Kremlin spokesman Dmitry Peskov rejected the plan."
    s4 = "Dmitry Peskov speaks for the Kremlin."
    s5 = "Marco Rubio leads the State Department."
    return [
        news(tmp_path, "a1.txt", f"Talks in Moscow. {s1} {s2} \"We are ready,\" Peskov said.",
             publisher="Reuters",
             relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", s1, 0.8),
                        ("Peskov", "met", "Steve Witkoff", s2, 0.6)),
             quotes=(("We are ready,", "Peskov", "\"We are ready,\" Peskov said."),)),
        news(tmp_path, "a2.txt", f"Plan rejected. {s3}", publisher="AP",
             relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", s3, 0.7),)),
        news(tmp_path, "a3.txt", f"Kremlin speaks. {s4}", publisher="Reuters",
             relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", s4, 0.9),)),
        news(tmp_path, "a4.txt", f"Washington. {s5} \"Progress,\" an official said.",
             relations=(("Marco Rubio", "leaderOf", "State Department", s5, 0.75),),
             quotes=(("Progress,", None, "\"Progress,\" an official said."),)),
    ]


@pytest.fixture(scope="session")
def seeds_extractions(nlp):
    """What the extractors find in the seeds (the real model, run once)."""
    from kg.pipeline import BuildReport, extract_corpus, read_corpus

    from ..conftest import SEEDS

    return extract_corpus(read_corpus([SEEDS], BuildReport()))


def content(store) -> set:
    """The knowledge graph's quads: article graphs and facts, without history or bookkeeping."""
    from kg.store.ontology import REDIRECTS_GRAPH, SYSTEM_GRAPHS

    hidden = SYSTEM_GRAPHS | {REDIRECTS_GRAPH}
    return {q for q in store.quads() if q[3] not in hidden}


def filled(extractions, one_by_one: bool = False):
    """An in-memory store with ``extractions`` added at once or one at a time."""
    from kg.store import GraphStore
    from kg.store.incremental import add_extractions

    store = GraphStore()
    for batch in ([[x] for x in extractions] if one_by_one else [extractions]):
        add_extractions(store, batch)
    return store
