"""Wire the stages: ingest → extract → resolve → store → render."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, KGError
from kg.extract import DEFAULT_EXTRACTORS, extract_article, get_extractor, load_nlp
from kg.ingest import find_files, read_file
from kg.model import Article, Extraction, KnowledgeGraph
from kg.resolve import resolve
from kg.store import STORE_DIRNAME, GraphStore, atomic_write, open_store

__all__ = ["BuildReport", "read_corpus", "extract_corpus", "build_graph", "build", "remove"]

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


def extract_corpus(articles: Sequence[Article], model: str | None = None,
                   extractors: Sequence[str] = DEFAULT_EXTRACTORS,
                   progress: Progress | None = None, batch_size: int = 32) -> list[Extraction]:
    """Parse and extract every article (the model is loaded once)."""
    nlp = load_nlp(model)
    chosen = [get_extractor(name) for name in extractors]
    results = []
    for i, (doc, article) in enumerate(
        zip(nlp.pipe((a.text for a in articles), batch_size=batch_size), articles, strict=True), 1
    ):
        results.append(extract_article(doc, article, chosen))
        if progress:
            progress(i, len(articles))
    return results


def build_graph(paths: Iterable[str | os.PathLike[str]], *, model: str | None = None,
                progress: Progress | None = None,
                report: BuildReport | None = None) -> KnowledgeGraph:
    """Articles under ``paths`` in, resolved knowledge graph out."""
    report = report if report is not None else BuildReport()
    articles = read_corpus(paths, report)
    if not articles:
        raise KGError("no readable articles in " + ", ".join(map(str, paths))
                      + (f" ({len(report.skipped)} skipped: {report.skipped[0][1]})" if report.skipped else ""))
    return resolve(extract_corpus(articles, model, progress=progress))


def build(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
          model: str | None = None, progress: Progress | None = None,
          commit_every: int = 64) -> BuildReport:
    """Add the articles under ``paths`` to the store in ``out_dir``, then write Turtle, TriG, HTML.

    Articles already in the store are skipped before any NLP runs; new ones
    are committed in batches, each in one transaction (see
    :mod:`kg.store.incremental`), so a killed build keeps the batches it
    finished and a re-run completes it. A batch is ``commit_every`` articles,
    or a quarter of the store if that is more: each commit re-resolves the
    whole store, and growing batches keep the total cost linear. Every file is
    written to a temporary name and renamed.
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
        first = 0
        while first < len(new):
            size = max(commit_every, (len(known) + first) // 4, 1)
            batch = new[first:first + size]

            def batch_progress(done: int, _total: int, first: int = first) -> None:
                if progress:
                    progress(first + done, len(new))

            add_extractions(store, extract_corpus(batch, model, progress=batch_progress))
            first += len(batch)
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
