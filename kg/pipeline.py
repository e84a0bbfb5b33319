"""Wire the stages: ingest → extract → resolve → store → render."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from kg.errors import IngestError, KGError
from kg.extract import DEFAULT_EXTRACTORS, Extractor, extract_article, get_extractor, load_nlp
from kg.ingest import find_files, read_file
from kg.model import Article, Extraction, KnowledgeGraph
from kg.resolve import resolve
from kg.store import STORE_DIRNAME, GraphStore, atomic_write, open_store

__all__ = [
    "BuildReport", "read_corpus", "iter_extractions", "extract_corpus", "build_graph", "build",
    "remove",
]

Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    """What a build did, for the summary line."""

    articles: int = 0
    #: Articles this build added (the others were in the store already).
    added: int = 0
    #: Articles this run removed.
    removed: int = 0
    entities: int = 0
    relations: int = 0
    quotes: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        change = f"{self.removed} removed" if self.removed else f"{self.added} new"
        text = (f"{self.articles} articles ({change}), {self.entities} entities, "
                f"{self.relations} relations, {self.quotes} quotes in {self.seconds:.1f} s")
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


def read_corpus(paths: Iterable[str | os.PathLike[str]], report: BuildReport) -> list[Article]:
    """Read every article, skipping (and reporting) the ones that cannot be read."""
    articles: list[Article] = []
    seen: set[str] = set()
    for path in find_files(paths):
        try:
            for article in read_file(path):
                if article.id in seen:
                    report.skipped.append((article.source, "same text as an earlier article"))
                    continue
                seen.add(article.id)
                articles.append(article)
        except IngestError as err:
            report.skipped.append((str(path), str(err)))
    return articles


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Per-process state of a worker: the pipeline and extractors, loaded once.
_worker: tuple[Language, list[Extractor]] | None = None


def _init_worker(model: str | None, extractors: Sequence[str]) -> None:
    global _worker
    _worker = (load_nlp(model), [get_extractor(name) for name in extractors])


def _extract_chunk(chunk: list[Article]) -> list[Extraction]:
    assert _worker is not None, "worker not initialised"
    nlp, chosen = _worker
    docs = nlp.pipe([a.text for a in chunk], batch_size=len(chunk))
    # Only plain extraction data leaves: the Docs are dropped as soon as they are read.
    return [extract_article(doc, article, chosen) for doc, article in zip(docs, chunk, strict=True)]


def iter_extractions(articles: Iterable[Article], model: str | None = None,
                     extractors: Sequence[str] = DEFAULT_EXTRACTORS, *, batch_size: int = 32,
                     jobs: int = 1) -> Iterator[Extraction]:
    """Parse and extract articles as they come, in order, holding one batch of Docs at a time.

    Args:
        articles: The articles, in any iterable (read lazily).
        model: spaCy pipeline name (default: the first installed default model).
        extractors: Registered extractor names.
        batch_size: Articles per ``nlp.pipe`` batch (and per task sent to a worker).
        jobs: Worker processes; each loads the model once. 1 parses in this process.
    """
    _init_worker(model, extractors)  # fails early, here, on an unknown model or extractor
    if jobs <= 1:
        yield from itertools.chain.from_iterable(map(_extract_chunk, _chunks(articles, batch_size)))
        return
    # fork shares the loaded model with the workers; elsewhere each worker loads its own.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model, tuple(extractors))) as pool:
        for extractions in pool.imap(_extract_chunk, _chunks(articles, batch_size)):
            yield from extractions


def extract_corpus(articles: Sequence[Article], model: str | None = None,
                   extractors: Sequence[str] = DEFAULT_EXTRACTORS,
                   progress: Progress | None = None, batch_size: int = 32,
                   jobs: int = 1) -> list[Extraction]:
    """Parse and extract every article (the model is loaded once per process)."""
    results = []
    for i, extraction in enumerate(
        iter_extractions(articles, model, extractors, batch_size=batch_size, jobs=jobs), 1
    ):
        results.append(extraction)
        if progress:
            progress(i, len(articles))
    return results


def build_graph(paths: Iterable[str | os.PathLike[str]], *, model: str | None = None,
                progress: Progress | None = None,
                report: BuildReport | None = None, jobs: int = 1) -> KnowledgeGraph:
    """Articles under ``paths`` in, resolved knowledge graph out.

    Args:
        jobs: Processes that parse in parallel (see :func:`iter_extractions`).
    """
    report = report if report is not None else BuildReport()
    articles = read_corpus(paths, report)
    if not articles:
        skipped = (f" ({len(report.skipped)} skipped: {report.skipped[0][1]})"
                   if report.skipped else "")
        raise KGError("no readable articles in " + ", ".join(map(str, paths)) + skipped)
    return resolve(extract_corpus(articles, model, progress=progress, jobs=jobs))


def build(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
          model: str | None = None, progress: Progress | None = None,
          commit_every: int = 64, jobs: int = 1) -> BuildReport:
    """Add the articles under ``paths`` to the store in ``out_dir``, then write Turtle, TriG, HTML.

    Articles already in the store are skipped before any NLP runs; new ones
    are committed at least ``commit_every`` at a time (more as the store
    grows: up to as many as it holds), each batch in one transaction
    (see :mod:`kg.store.incremental`), so a killed build keeps the batches it
    finished and a re-run completes it. Every file is written to a temporary
    name and renamed.
    """
    from kg.store.incremental import add_extractions, stored_articles

    started = time.perf_counter()
    report = BuildReport()
    out = Path(out_dir)
    articles = read_corpus(paths, report)
    if not articles:
        skipped = (f" ({len(report.skipped)} skipped: {report.skipped[0][1]})"
                   if report.skipped else "")
        raise KGError("no readable articles in " + ", ".join(map(str, paths)) + skipped)
    out.mkdir(parents=True, exist_ok=True)
    with GraphStore(out / STORE_DIRNAME) as store:
        known = stored_articles(store)
        new = [a for a in articles if a.id not in known]
        # One stream of extractions (one worker pool) across all commit batches.
        extractions = iter_extractions(new, model, jobs=jobs) if new else iter(())
        counted = (x for i, x in enumerate(extractions, 1) if not progress or progress(i, len(new))
                   or True)
        # Each commit re-resolves the whole store, so batches grow with it: the
        # total cost stays a small multiple of one resolution, not N/64 of them.
        stored = len(known)
        while batch := list(itertools.islice(counted, max(commit_every, stored, 1))):
            add_extractions(store, batch)
            stored += len(batch)
        report.added = len(new)
        _write_outputs(store, out, report)
    report.seconds = time.perf_counter() - started
    return report


def _write_outputs(store: GraphStore, out: Path, report: BuildReport) -> None:
    from kg.render import render_html

    report.articles, report.entities, report.relations, report.quotes = store.counts()
    files = (("graph.ttl", store.serialize("turtle")), ("graph.trig", store.serialize("trig")),
             ("graph.html", render_html(store).encode("utf-8")))
    for name, data in files:
        atomic_write(out / name, data)
        report.outputs.append(out / name)


def remove(articles: Sequence[str], out_dir: str | os.PathLike[str]) -> BuildReport:
    """Remove articles from the store in ``out_dir`` and rewrite its Turtle, TriG and HTML.

    Args:
        articles: Article ids, article IRIs, or the files they were read from.
        out_dir: A build folder.

    Raises:
        StoreError: an article is not in the store (nothing is removed then).
    """
    from kg.store.incremental import remove_articles
    from kg.store.rdf import article_iri

    started = time.perf_counter()
    report = BuildReport()
    prefix = str(article_iri(""))
    ids: list[str] = []
    for given in articles:
        if Path(given).is_file():
            ids += [a.id for a in read_file(Path(given))]
        else:
            ids.append(given.removeprefix(prefix))
    out = Path(out_dir)
    with open_store(out) as store:
        change = remove_articles(store, ids)
        report.removed = len(change.removed)
        _write_outputs(store, out, report)
    report.seconds = time.perf_counter() - started
    return report
