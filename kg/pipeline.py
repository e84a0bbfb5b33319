"""Wire the stages: ingest → extract → resolve → store → render."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import multiprocessing
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.errors import IngestError, Interrupted, StoreError
from kg.extract import DEFAULT_EXTRACTORS, Extractor, extract_article, get_extractor, load_nlp
from kg.extract.nlp import one_blas_thread, parse
from kg.extract.registry import Service
from kg.extract.revision import extraction_revision
from kg.heap import give_back_freed_memory
from kg.ingest import find_files, read_file
from kg.ingest.clean import sanitize
from kg.ingest.readers import (
    DEFAULT_MAX_ARTICLE_BYTES,
    DEFAULT_MAX_FILES,
    ReadLog,
    display_path,
    source_name,
)
from kg.model import Article, Extraction, KnowledgeGraph
from kg.resolve import resolve
from kg.store import (
    STORE_DIRNAME,
    Store,
    atomic_file,
    atomic_write,
    counts,
    open_store,
    store_folder,
)

__all__ = [
    "BuildReport", "Limits", "read_corpus", "iter_extractions", "extract_corpus", "build_graph",
    "build", "remove",
]

Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    """What a build did, for the summary line."""

    articles: int = 0
    #: Articles this build added (the others were in the store already).
    added: int = 0
    #: Of those, articles the store held and that were extracted again (``reextract``,
    #: or extracted by other rules or another model).
    reextracted: int = 0
    #: Articles this run removed.
    removed: int = 0
    entities: int = 0
    relations: int = 0
    quotes: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        change = f"{self.removed} removed" if self.removed else f"{self.added} new"
        if self.reextracted:
            change = f"{self.added - self.reextracted} new, {self.reextracted} extracted again"
        text = (f"{_many(self.articles, 'article')} ({change}), "
                f"{_many(self.entities, 'entity', 'entities')}, "
                f"{_many(self.relations, 'relation')}, {_many(self.quotes, 'quote')} "
                f"in {self.seconds:.1f} s")
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


def _many(count: int, one: str, more: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count} {one if count == 1 else more or one + 's'}"


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
                limits: Limits | None = None, *, absolute_paths: bool = False) -> list[Article]:
    """Read every article, skipping (and reporting) the ones that cannot be read.

    One bad file or record never stops the others: it is added to
    ``report.skipped`` with the reason. Messages name files as they were
    given; each article's ``source`` (its ``kg:sourceFile``) is its path from
    the folder or file given (see :func:`kg.ingest.readers.source_name`), or
    its absolute path with ``absolute_paths``.

    Raises:
        IngestError: more files than ``limits.max_files``; or, under
            ``limits.strict``, any skipped article (all of them listed).
    """
    limits = limits or Limits()
    roots = [Path(p) for p in paths]
    log = ReadLog()
    articles: list[Article] = []
    first_source: dict[str, str] = {}
    # Walk first: a folder past the file limit fails before any file is read.
    files = list(find_files(roots, max_files=limits.max_files, log=log))
    for path in files:
        source = display_path(path)
        name = sanitize(source_name(path, roots, absolute=absolute_paths))
        try:
            for article in read_file(path, max_bytes=limits.max_article_bytes, log=log):
                if article.id in first_source:
                    log.skipped.append((article.source, "same text as "
                                        f"{first_source[article.id]} (kept that one)"))
                    continue
                first_source[article.id] = article.source
                # A JSON (Lines) record's source goes on with its line or index.
                articles.append(dataclasses.replace(
                    article, source=name + article.source[len(source):]))
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
    with one_blas_thread():
        docs = parse(nlp, [a.text for a in chunk], batch_size=len(chunk))
        # Only plain extraction data leaves: the Docs are dropped as soon as they are read.
        extractions = [extract_article(doc, article, chosen)
                       for doc, article in zip(docs, chunk, strict=True)]
    # Their pages go back now: kept free until the next commit, they pile up beside what
    # lives on (see kg.heap).
    give_back_freed_memory()
    return extractions


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
                report: BuildReport | None = None,
                limits: Limits | None = None, jobs: int = 1,
                absolute_paths: bool = False) -> KnowledgeGraph:
    """Articles under ``paths`` in, resolved knowledge graph out.

    Args:
        jobs: Processes that parse in parallel (see :func:`iter_extractions`).
        absolute_paths: Name sources by their absolute paths (see :func:`read_corpus`).
    """
    report = report if report is not None else BuildReport()
    articles = read_corpus(paths, report, limits, absolute_paths=absolute_paths)
    if not articles:
        raise _no_articles(paths, report)
    return resolve(extract_corpus(articles, model, progress=progress, jobs=jobs))


def _no_articles(paths: Iterable[str | os.PathLike[str]], report: BuildReport) -> IngestError:
    where = ", ".join(display_path(p) for p in paths)
    first = (f" ({len(report.skipped)} skipped; first {report.skipped[0][0]}: "
             f"{report.skipped[0][1]})" if report.skipped else "")
    return IngestError(f"no readable articles in {where}{first}; point kg at files or folders "
                       "of .txt, .md, .html, .json or .jsonl articles")


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


def build(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str] | None, *,
          model: str | None = None, progress: Progress | None = None,
          limits: Limits | None = None, commit_every: int = 256,
          store: str | os.PathLike[str] | None = None,
          store_options: Mapping[str, Any] | None = None, jobs: int = 1, files: bool = True,
          absolute_paths: bool = False,
          extractors: Sequence[str] | None = None, reextract: bool = False) -> BuildReport:
    """Add the articles under ``paths`` to a store, then write Turtle, TriG, HTML to ``out_dir``.

    Articles already in the store are skipped before any NLP runs (with
    ``reextract`` they are removed, in one commit, and extracted again like new
    ones: what a store holds is what the kg that extracted it found; a build
    stopped after the removal adds them back when run again); new ones
    are committed ``commit_every`` at a time, each batch in one transaction
    (see :mod:`kg.update.incremental`), so a killed build keeps the batches it
    finished and a re-run completes it. A commit reads what its own articles
    touch, not the whole store, so batches stay the same size however large
    the store grows, and so does the memory a commit takes. Oxigraph writes
    each batch on a second thread while the next one is parsed.
    Every file is written to a temporary name and renamed.

    ``store`` is what ``--store`` names (see :func:`kg.store.open_store`, which
    takes ``store_options``): a folder or a SPARQL server; by default the store
    folder in ``out_dir``. Without ``out_dir`` no files are written.
    ``jobs`` processes parse in parallel (see :func:`iter_extractions`). With
    ``files=False`` only the store changes: the files describe the whole graph,
    and rewriting them is most of the cost of adding a few articles to a large store.
    ``extractors`` are registered names (see :func:`kg.extract.available`; default
    :data:`~kg.extract.DEFAULT_EXTRACTORS`).
    Each article's ``kg:sourceFile`` is its path from the folder or file given, or
    its absolute path with ``absolute_paths``. A first build that fails before its
    first commit removes the store folder it made.

    Raises:
        Interrupted: Ctrl-C, saying how many new articles the store took (counted
            once the write under way has landed) and that the files were not rewritten.
    """
    from kg.update.incremental import add_extractions, remove_articles
    from kg.update.ledger import Ledger

    started = time.perf_counter()
    report = BuildReport()
    extractors = tuple(extractors or DEFAULT_EXTRACTORS)
    for name in extractors:
        get_extractor(name)  # an unknown name fails now, before any article is read
    # Of the extractors asked for, not those running: an article a service that is down
    # left without results is done again once it is up (see _pending).
    revision = extraction_revision(extractors, model)
    extractors, services, down = _start_services(extractors, report)
    out = None if out_dir is None else Path(out_dir)
    if out is not None:
        _check_out_folder(out)
    location = store if store is not None else Path(out_dir or ".") / STORE_DIRNAME
    folder = store_folder(location)  # None: a SPARQL server
    articles = read_corpus(paths, report, limits, absolute_paths=absolute_paths)
    if not articles:
        raise _no_articles(paths, report)
    made_out = out is not None and not out.exists()
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{display_path(out)}: cannot create the output folder "
                             f"({err.strerror}); choose another with -o") from None
    fresh = folder is not None and not folder.exists()
    opened = False
    landed: int | None = 0  # new articles in the store, while known
    try:
        with open_store(location, create=True, **(store_options or {})) as graphs:
            opened = True
            new: list[Article] = []
            written = False
            try:
                ledger = Ledger.read(graphs)  # read once, kept up to date by every commit
                # Stored articles a service left without results (it was down) are done
                # again, as are those other rules or another model extracted, and all the
                # stored ones given with reextract.
                pending = set().union(*(_pending(out, name) for name, _ in services))
                stored = [a.id for a in articles if a.id in ledger.fingerprints]
                outdated = {a for a in stored if ledger.revisions.get(a) != revision}
                redo = [a for a in stored if reextract or a in pending or a in outdated]
                if redo:
                    remove_articles(graphs, redo)
                    ledger = Ledger.read(graphs)
                    report.reextracted = len(stored if reextract else outdated)
                new = [a for a in articles if a.id not in ledger.fingerprints]
                # One stream of extractions (one worker pool) across all commit batches.
                extractions = (iter_extractions(new, model, extractors, jobs=jobs) if new
                               else iter(()))
                counted = (x for i, x in enumerate(extractions, 1)
                           if not progress or progress(i, len(new)) or True)
                with _long_lived_heap() as settle:
                    if new:
                        load_nlp(model)
                        settle()
                    while batch := list(itertools.islice(counted, max(commit_every, 1))):
                        landed = None
                        add_extractions(graphs, batch, ledger, background=True, revision=revision)
                        settle()
                    report.added = len(new)
                    del ledger  # the files below are read from the store: free its extractions
                    graphs.wait()
                    give_back_freed_memory()
                    with _interrupts_held():  # the three files are replaced together or not at all
                        _write_outputs(graphs, out, report, files=files)
                        written = True
            except KeyboardInterrupt:
                landed = len(new) if written else _landed(graphs, new)
                raise Interrupted(_interrupted(folder or location, new, landed, commit_every,
                                               fresh=fresh, written=written)) from None
    except BaseException:
        if fresh and opened and landed == 0:  # a failed first build leaves no empty store
            assert folder is not None
            shutil.rmtree(folder, ignore_errors=True)
            if made_out:
                with contextlib.suppress(OSError):
                    out.rmdir()  # type: ignore[union-attr]  # unless something else was put in it
        raise
    _finish_services(out, services, down, new, report)
    report.seconds = time.perf_counter() - started
    return report


def _start_services(extractors: tuple[str, ...], report: BuildReport
                    ) -> tuple[tuple[str, ...], list[tuple[str, Service]], list[str]]:
    """Start the extractors that call out (see :class:`~kg.extract.registry.Service`).

    Returns:
        The extractors that will run, the services among them, and those that
        could not start but may be left out (their reasons are in ``report.notes``).
    """
    services: list[tuple[str, Service]] = []
    down: list[str] = []
    for name in extractors:
        service = get_extractor(name)
        if isinstance(service, Service):
            reason = service.start()
            if reason is None:
                services.append((name, service))
            else:
                down.append(name)
                report.notes.append((name, f"not run: {reason}"))
    return tuple(n for n in extractors if n not in down), services, down


def _finish_services(out: Path | None, services: list[tuple[str, Service]], down: list[str],
                     built: Sequence[Article], report: BuildReport) -> None:
    """Note what the services say; remember which articles they left without results."""
    ids = {a.id for a in built}
    for name, service in services:
        notes, missing = service.finish()
        report.notes.extend(notes)
        _keep_pending(out, name, (_pending(out, name) - ids) | set(missing))
    for name in down:
        _keep_pending(out, name, _pending(out, name) | ids)
        if built:
            shown = ", ".join(a.source for a in built[:10]) + (" …" if len(built) > 10 else "")
            report.notes.append((name, f"{len(built)} article(s) built without it; "
                                 f"build again to add its results: {shown}"))


def _pending(out: Path | None, name: str) -> set[str]:
    """Ids of the articles in ``out`` that extractor ``name`` left without results."""
    path = None if out is None else out / f".{name}.pending"
    return set(path.read_text(encoding="utf-8").split()) if path and path.exists() else set()


def _keep_pending(out: Path | None, name: str, ids: set[str]) -> None:
    if out is None:  # no build folder (a SPARQL server's store) to remember them in
        return
    path = out / f".{name}.pending"
    if ids:
        atomic_write(path, "".join(f"{i}\n" for i in sorted(ids)).encode())
    else:
        path.unlink(missing_ok=True)


def _landed(store: Store, new: Sequence[Article]) -> int:
    """How many of ``new`` the store holds, once the write under way (which cannot be
    stopped) has landed."""
    from kg.store.rdf import article_iri
    from kg.vocab import KG

    store.wait()
    iris = [article_iri(a.id) for a in new]
    return len({iri for iri, _, _ in store.values_of(iris, KG.sourceFile)})


def _interrupted(store: str | os.PathLike[str], new: Sequence[Article], landed: int,
                 commit_every: int, *, fresh: bool, written: bool) -> str:
    """What an interrupted build left in the store and the files, in one line."""
    files = "graph.ttl, graph.trig and graph.html"
    where = display_path(store)
    if written:
        return (f"the build had finished: the store in {where} and {files} hold all "
                f"{_articles(len(new))}")
    if not landed:
        return (f"nothing was written to {display_path(Path(store).parent)}" if fresh else
                f"nothing was added to the store in {where}; {files} are unchanged")
    batches = -(-landed // max(commit_every, 1))
    committed = (f"the {_articles(landed)} {'were' if landed > 1 else 'was'}"
                 if landed == len(new) else
                 f"the first {landed:,} of {_articles(len(new))} ({batches:,} "
                 f"batch{'es' if batches > 1 else ''} of {commit_every:,}) were")
    return (f"{committed} committed to the store in {where}, but {files} were not "
            f"{'written' if fresh else 'rewritten'} and do not show them; run the same command "
            "again to finish (it skips the articles the store holds)")


def _articles(count: int) -> str:
    return f"{count:,} new article{'s' if count != 1 else ''}"


@contextlib.contextmanager
def _long_lived_heap() -> Iterator[Callable[[], None]]:
    """Spare the cycle collector what lives to the end of a build; free the rest.

    The model and the ledger are millions of objects, which every full
    collection would scan again. ``settle()`` collects what is garbage now
    and freezes the rest (objects frozen are still freed when no longer
    referenced), then returns the C heap's free pages to the system (see
    :mod:`kg.heap`: late in a 10,000-article build, RSS between commits went
    1,060 → 840 MB). Leaving the block hands the frozen objects back to the
    collector.
    """
    def settle() -> None:
        gc.collect()
        gc.freeze()
        give_back_freed_memory()

    try:
        yield settle
    finally:
        gc.unfreeze()


def _write_outputs(store: Store, out: Path | None, report: BuildReport, *,
                   files: bool = True) -> None:
    if files:
        # pyvis and networkx take half a second to import: meanwhile the store's last
        # background write, which every read below waits for, goes on.
        from kg.render import write_html
    report.articles, report.entities, report.relations, report.quotes = counts(store)
    if not files or out is None:
        return
    names = ("graph.ttl", "graph.trig", "graph.html")
    if store.location is not None:
        # A build killed while writing leaves its temporary files; the store's lock
        # keeps builds of one folder apart, so any found now are stale.
        for stale in itertools.chain.from_iterable(out.glob(f".{name}.*") for name in names):
            stale.unlink(missing_ok=True)
    # Each file is streamed to a temporary file (those of a large store outweigh the
    # process); all three are renamed in place once all are written, or none is.
    with contextlib.ExitStack() as written:
        turtle, trig, page = (written.enter_context(atomic_file(out / name)) for name in names)
        store.write_native({"turtle": turtle, "trig": trig})  # one read of the store for both
        write_html(store, page)
        report.outputs.extend(out / name for name in names)


def remove(articles: Sequence[str], store: str | os.PathLike[str], *,
           store_options: Mapping[str, Any] | None = None) -> BuildReport:
    """Remove articles from a store and rewrite the Turtle, TriG and HTML of its build folder.

    Args:
        articles: Article ids, article IRIs, or the files they were read from.
        store: What ``--store`` names (see :func:`kg.store.open_store`, which takes
            ``store_options``); a SPARQL server's store has no files to rewrite.

    Raises:
        StoreError: an article is not in the store (nothing is removed then).
    """
    from kg.store.rdf import article_iri
    from kg.update.incremental import remove_articles

    started = time.perf_counter()
    report = BuildReport()
    prefix = str(article_iri(""))
    ids: list[str] = []
    for given in articles:
        if Path(given).is_file():
            ids += [a.id for a in read_file(Path(given))]
        else:
            ids.append(given.removeprefix(prefix))
    folder = store_folder(store)
    with open_store(store, **(store_options or {})) as graphs:
        change = remove_articles(graphs, ids)
        report.removed = len(change.removed)
        with _interrupts_held():
            _write_outputs(graphs, None if folder is None else folder.parent, report)
    report.seconds = time.perf_counter() - started
    return report
