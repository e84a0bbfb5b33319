"""Wire the stages: ingest → extract → resolve → store → render."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, StoreError
from kg.extract import DEFAULT_EXTRACTORS, extract_article, get_extractor, load_nlp
from kg.ingest import find_files, read_file
from kg.ingest.readers import (
    DEFAULT_MAX_ARTICLE_BYTES,
    DEFAULT_MAX_FILES,
    ReadLog,
    display_path,
)
from kg.model import Article, Extraction, KnowledgeGraph
from kg.resolve import resolve
from kg.store import STORE_DIRNAME, GraphStore, atomic_write

__all__ = ["BuildReport", "Limits", "read_corpus", "extract_corpus", "build_graph", "build"]

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
    notes: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.articles} articles, {self.entities} entities, {self.relations} relations, "
                f"{self.quotes} quotes in {self.seconds:.1f} s")
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


@dataclass(frozen=True)
class Limits:
    """How much one build reads: bigger inputs are skipped or stop the build, never crash it.

    Attributes:
        max_article_bytes: Largest file (or JSON Lines line) read, checked before reading.
        max_files: Most article files; walking a folder stops with an error past it.
        strict: Stop before extracting anything if any article had to be skipped.
    """

    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    max_files: int = DEFAULT_MAX_FILES
    strict: bool = False


def read_corpus(paths: Iterable[str | os.PathLike[str]], report: BuildReport,
                limits: Limits | None = None) -> list[Article]:
    """Read every article, skipping (and reporting) the ones that cannot be read.

    One bad file or record never stops the others: it is added to
    ``report.skipped`` with the reason.

    Raises:
        IngestError: more files than ``limits.max_files``; or, under
            ``limits.strict``, any skipped article (all of them listed).
    """
    limits = limits or Limits()
    log = ReadLog()
    articles: list[Article] = []
    first_source: dict[str, str] = {}
    # Walk first: a folder past the file limit fails before any file is read.
    files = list(find_files(paths, max_files=limits.max_files, log=log))
    for path in files:
        source = display_path(path)
        try:
            for article in read_file(path, max_bytes=limits.max_article_bytes, log=log):
                if article.id in first_source:
                    log.skipped.append((article.source, "same text as "
                                        f"{first_source[article.id]} (kept that one)"))
                    continue
                first_source[article.id] = article.source
                articles.append(article)
        except IngestError as err:
            log.skipped.append((source, str(err).removeprefix(f"{source}: ")))
    report.skipped.extend(log.skipped)
    report.notes.extend(log.notes)
    if limits.strict and report.skipped:
        listed = "; ".join(f"{source}: {reason}" for source, reason in report.skipped[:20])
        more = f" (and {len(report.skipped) - 20} more)" if len(report.skipped) > 20 else ""
        raise IngestError(f"--strict: {len(report.skipped)} article(s) could not be read, nothing "
                          f"was built: {listed}{more}; fix them or build without --strict")
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
                report: BuildReport | None = None,
                limits: Limits | None = None) -> KnowledgeGraph:
    """Articles under ``paths`` in, resolved knowledge graph out."""
    report = report if report is not None else BuildReport()
    articles = read_corpus(paths, report, limits)
    if not articles:
        where = ", ".join(display_path(p) for p in paths)
        first = (f" ({len(report.skipped)} skipped; first {report.skipped[0][0]}: "
                 f"{report.skipped[0][1]})" if report.skipped else "")
        raise IngestError(f"no readable articles in {where}{first}; point kg at files or folders "
                          "of .txt, .md, .html, .json or .jsonl articles")
    return resolve(extract_corpus(articles, model, progress=progress))


def _check_out_folder(out: Path) -> None:
    """Fail in a moment, not after extraction, when ``out`` cannot become the output folder."""
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    problem = ("is a file, not a folder" if not existing.is_dir() else
               "is not writable" if not os.access(existing, os.W_OK | os.X_OK) else None)
    if problem:
        where = "" if existing == out else f" ({display_path(existing)} {problem})"
        raise StoreError(f"{display_path(out)}: cannot be the output folder"
                         f"{where or ': it ' + problem}; choose another with -o")


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, so outputs are replaced all together or not at all."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received and callable(previous):
            previous(signal.SIGINT, None)
        elif received and previous == signal.SIG_DFL:
            raise KeyboardInterrupt


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
          limits: Limits | None = None) -> BuildReport:
    """Build the graph of ``paths`` into ``out_dir``: store, Turtle, TriG and HTML.

    Every file is written to a temporary name and renamed, so an interrupted
    build leaves the previous outputs in place.
    """
    from kg.render import render_html

    started = time.perf_counter()
    report = BuildReport()
    out = Path(out_dir)
    _check_out_folder(out)
    kg = build_graph(paths, model=model, progress=progress, report=report, limits=limits)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{display_path(out)}: cannot create the output folder "
                         f"({err.strerror}); choose another with -o") from None
    tmp_store = out / f".{STORE_DIRNAME}.tmp-{os.getpid()}"
    shutil.rmtree(tmp_store, ignore_errors=True)
    try:
        with GraphStore(tmp_store) as store:
            store.add(kg)
            turtle = store.serialize("turtle")
            trig = store.serialize("trig")
            html = render_html(store).encode("utf-8")
        with _interrupts_held():
            _replace_dir(tmp_store, out / STORE_DIRNAME)
            for name, data in (("graph.ttl", turtle), ("graph.trig", trig), ("graph.html", html)):
                atomic_write(out / name, data)
                report.outputs.append(out / name)
    finally:
        shutil.rmtree(tmp_store, ignore_errors=True)
    report.articles = len(kg.articles)
    report.entities = len(kg.entities)
    report.relations = sum(r.status == "asserted" for r in kg.relations)
    report.quotes = len(kg.quotes)
    report.seconds = time.perf_counter() - started
    return report
