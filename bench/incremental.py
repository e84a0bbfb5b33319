"""What adding articles to a large store costs, next to what extracting them costs.

The seeds are extracted once, then copied under new article ids into an
on-disk store of N articles. For each N the script reports, as medians of
several runs, the time to add 5 new articles in one commit (re-resolution,
comparison with the store, one transaction), the time to re-add 5 articles
already there (skipped), and the ratio of the add to extracting the same 5
articles with spaCy in the same run:

    .venv/bin/python bench/incremental.py [--sizes 100 400] [--runs 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from kg.model import Extraction, Mention
from kg.pipeline import BuildReport, extract_corpus, read_corpus
from kg.store import GraphStore
from kg.update.incremental import add_extractions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _moved(mention: Mention | None, article: str) -> Mention | None:
    return None if mention is None else dataclasses.replace(mention, article=article)


def copy(x: Extraction, n: int) -> Extraction:
    """The extraction of a copy of ``x`` with its own article id."""
    aid = f"{x.article.id}-{n}"
    evidence = {"article": aid}
    return Extraction(
        dataclasses.replace(x.article, id=aid),
        tuple(_moved(m, aid) for m in x.mentions),  # type: ignore[misc]
        tuple(dataclasses.replace(r, subject=_moved(r.subject, aid), object=_moved(r.object, aid),
                                  evidence=dataclasses.replace(r.evidence, **evidence))
              for r in x.relations),
        tuple(dataclasses.replace(q, speaker=_moved(q.speaker, aid),
                                  evidence=dataclasses.replace(q.evidence, **evidence))
              for q in x.quotes),
    )


def _time(func) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles = read_corpus([SEEDS], BuildReport())
    seeds = extract_corpus(articles)
    extract = statistics.median(_time(lambda: extract_corpus(articles))
                                for _ in range(args.runs))
    print(f"extracting 5 articles with spaCy: {extract:.2f} s (baseline)")
    for size in args.sizes:
        base = [copy(x, n) for n in range(size // len(seeds)) for x in seeds]
        adds, skips = [], []
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as folder, GraphStore(Path(folder) / "s") as store:
                add_extractions(store, base)
                new = [copy(x, 10_000 + run) for x in seeds]
                adds.append(_time(lambda: add_extractions(store, new)))  # noqa: B023
                skips.append(_time(lambda: add_extractions(store, new)))  # noqa: B023
                quads = len(store)
        add, skip = statistics.median(adds), statistics.median(skips)
        print(f"store of {len(base)} articles ({quads} quads): add 5 in {add:.2f} s "
              f"({add / extract:.2f}× extraction), re-add 5 in {skip:.2f} s "
              f"({skip / extract:.2f}×)")


if __name__ == "__main__":
    main()
