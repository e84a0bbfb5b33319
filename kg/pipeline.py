"""Wire the stages: ingest → extract → resolve → store → render."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, KGError
from kg.extract import DEFAULT_EXTRACTORS, extract_article, get_extractor, load_nlp
from kg.ingest import find_files, read_file
from kg.model import Article, Extraction, KnowledgeGraph
from kg.resolve import resolve
from kg.store import STORE_DIRNAME, GraphStore, atomic_write
from kg.store.remote import RemoteStore

__all__ = ["BuildReport", "read_corpus", "extract_corpus", "build_graph", "build"]

Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    """What a build did, for the summary line."""

    articles: int = 0
    entities: int = 0
    relations: int = 0
    quotes: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.articles} articles, {self.entities} entities, {self.relations} relations, "
                f"{self.quotes} quotes in {self.seconds:.1f} s")
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


def _replace_dir(new: Path, target: Path) -> None:
    """Swap a finished folder into place so readers never see half a store."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def build(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
          model: str | None = None, progress: Progress | None = None,
          remote: RemoteStore | None = None) -> BuildReport:
    """Build the graph of ``paths`` into ``out_dir``: store, Turtle, TriG and HTML.

    Every file is written to a temporary name and renamed, so an interrupted
    build leaves the previous outputs in place. With ``remote`` (a SPARQL
    server), the graph goes there instead of ``out_dir/store``.
    """
    from kg.render import render_html

    started = time.perf_counter()
    report = BuildReport()
    out = Path(out_dir)
    kg = build_graph(paths, model=model, progress=progress, report=report)
    out.mkdir(parents=True, exist_ok=True)
    tmp_store = out / f".{STORE_DIRNAME}.tmp-{os.getpid()}"
    shutil.rmtree(tmp_store, ignore_errors=True)
    try:
        with GraphStore(tmp_store if remote is None else None) as store:
            store.add(kg)
            turtle = store.serialize("turtle")
            trig = store.serialize("trig")
            html = render_html(store).encode("utf-8")
        if remote is None:
            _replace_dir(tmp_store, out / STORE_DIRNAME)
        else:
            remote.add(kg)
    finally:
        shutil.rmtree(tmp_store, ignore_errors=True)
    for name, data in (("graph.ttl", turtle), ("graph.trig", trig), ("graph.html", html)):
        atomic_write(out / name, data)
        report.outputs.append(out / name)
    report.articles = len(kg.articles)
    report.entities = len(kg.entities)
    report.relations = sum(r.status == "asserted" for r in kg.relations)
    report.quotes = len(kg.quotes)
    report.seconds = time.perf_counter() - started
    return report
