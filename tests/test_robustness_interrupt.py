"""Nothing lost: interrupted or failing builds and queries leave the previous outputs and
store intact and openable; Ctrl-C exits 130 with one line."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.errors import ExtractionError, Interrupted, RenderError
from kg.store import atomic_write, open_store

from .conftest import ROOT, SEEDS

OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")
COUNT_ARTICLES = ("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE "
                  "{ ?a a <https://w3id.org/kg/ontology#Article> }")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def store_articles(out: Path) -> int:
    with open_store(out) as store:
        count = int(next(iter(store.query(COUNT_ARTICLES)))[0])  # type: ignore[index]
    # Closing drops the last reference to the engine's store, but its lock goes only when
    # the objects are collected; reopening in this process needs that to have happened.
    gc.collect()
    return count


def holds_open(pid: int, folder: Path) -> bool:
    """Whether process ``pid`` has a file of ``folder`` open (read from /proc)."""
    opened = []
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):  # closed meanwhile
                opened.append(os.readlink(fd))
    return any(name.startswith(f"{folder}/") for name in opened)


def leftovers(out: Path) -> list[str]:
    """Temporary files or folders a build left behind."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


@pytest.fixture
def previous(seeds_build, tmp_path) -> Path:
    """A good earlier build (the 5 seeds) that later builds must not damage."""
    out = tmp_path / "out"
    shutil.copytree(seeds_build[0], out)
    return out


def make_corpus(folder: Path, count: int, chars: int | None = None) -> Path:
    """``count`` distinct articles made from (the first ``chars`` of) the seeds."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")[:chars]
        (folder / f"{i:02}.txt").write_text(f"{text}\nDesk note {i}: filed late.\n", "utf-8")
    return folder


def count_article_graphs(trig: Path) -> int:
    quads = pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    return len({str(q.graph_name) for q in quads if "/article/" in str(q.graph_name)})


def kg_process(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def collect(stream, lines: list[str]) -> threading.Thread:
    thread = threading.Thread(target=lambda: lines.extend(stream), daemon=True)
    thread.start()
    return thread


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.005)


def assert_interrupted(proc: subprocess.Popen[str], err: list[str], reader: threading.Thread):
    code = proc.wait(timeout=120)
    reader.join(10)
    proc.stdout.close()
    proc.stderr.close()
    assert code == 130, err
    lines = [line.rstrip("\n") for line in err
             if line.strip() and not line.startswith("Extracting")]
    assert len(lines) == 1, lines
    assert lines[0].startswith("Interrupted:") and "Traceback" not in "".join(err)
    return lines[0]


@pytest.mark.slow
def test_ctrl_c_during_extraction_leaves_the_previous_build(previous, tmp_path):
    before = snapshot(previous)
    # 20 articles: the least that shows a progress bar, which says extraction has begun.
    corpus = make_corpus(tmp_path / "in", 20, chars=800)
    proc = kg_process("build", str(corpus), "-o", str(previous))
    err: list[str] = []
    reader = collect(proc.stderr, err)
    wait_for(lambda: any("Extracting" in line for line in err) or proc.poll() is not None,
             180, "extraction to start")
    proc.send_signal(signal.SIGINT)
    said = assert_interrupted(proc, err, reader)
    assert said == (f"Interrupted: nothing was added to the store in {previous / 'store'}; "
                    "graph.ttl, graph.trig and graph.html are unchanged.")
    assert snapshot(previous) == before
    assert leftovers(previous) == []
    assert store_articles(previous) == 5


@pytest.mark.slow
def test_ctrl_c_while_writing_leaves_old_or_new_outputs_never_a_mix(previous, tmp_path):
    old = store_articles(previous)
    corpus = make_corpus(tmp_path / "in", 6, chars=800)
    proc = kg_process("build", str(corpus), "-o", str(previous))
    err: list[str] = []
    reader = collect(proc.stderr, err)
    # The articles are committed, then each output goes to a temporary name and is
    # renamed: the first temporary file marks the write phase.
    wait_for(lambda: any(p.name.startswith(".graph.") for p in previous.iterdir())
             or proc.poll() is not None, 240, "the write phase")
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        assert_interrupted(proc, err, reader)
    else:  # finished between two looks: the outputs must still agree with the store
        assert proc.wait() == 0
        reader.join(10)
        proc.stdout.close()
        proc.stderr.close()
    assert leftovers(previous) == []
    articles = store_articles(previous)
    assert articles in (old, old + 6)
    assert count_article_graphs(previous / "graph.trig") == articles
    ttl = Graph().parse(previous / "graph.ttl", format="turtle")
    assert len(set(ttl.subjects(predicate=None, object=None))) > 0
    html = (previous / "graph.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")


@pytest.mark.slow
def test_ctrl_c_during_a_long_query_exits_130_and_the_store_still_opens(previous):
    # A three-way cross join: runs for minutes inside the store's engine.
    proc = kg_process("query", "--store", str(previous),
                      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    err: list[str] = []
    reader = collect(proc.stderr, err)
    # Once the process holds the store's files open, the query is running.
    wait_for(lambda: holds_open(proc.pid, previous / "store") or proc.poll() is not None, 120,
             "the store to open")
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    assert_interrupted(proc, err, reader)
    assert store_articles(previous) == 5
    result = CliRunner().invoke(cli, ["query", "--store", str(previous), "--format", "csv",
                                      COUNT_ARTICLES])
    assert result.exit_code == 0 and result.output.split() == ["n", "5"]


def test_ctrl_c_inside_a_command_prints_one_line_and_exits_130(monkeypatch, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.pipeline.build", interrupted)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 130
    assert result.output.strip().splitlines() == ["Interrupted: stopped before finishing."]


def ctrl_c_after_commit(monkeypatch, number: int) -> None:
    """Press Ctrl-C just after the build hands its ``number``-th batch to the store."""
    from kg.update import incremental

    real = incremental.add_extractions
    calls: list[int] = []

    def add_then_ctrl_c(*args, **kwargs):
        change = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == number:
            os.kill(os.getpid(), signal.SIGINT)
        return change

    monkeypatch.setattr(incremental, "add_extractions", add_then_ctrl_c)


def test_ctrl_c_between_commits_says_what_the_store_holds_and_a_rerun_finishes(
        previous, tmp_path, monkeypatch):
    from kg import pipeline

    before = snapshot(previous)
    corpus = make_corpus(tmp_path / "in", 6, chars=300)
    ctrl_c_after_commit(monkeypatch, 2)
    with pytest.raises(Interrupted) as caught:
        pipeline.build([corpus], previous, commit_every=2)
    assert str(caught.value) == (
        f"the first 4 of 6 new articles (2 batches of 2) were committed to the store in "
        f"{previous / 'store'}, but graph.ttl, graph.trig and graph.html were not rewritten and "
        "do not show them; run the same command again to finish (it skips the articles the "
        "store holds)")
    assert store_articles(previous) == 9 and snapshot(previous) == before
    monkeypatch.undo()
    report = pipeline.build([corpus], previous, commit_every=2)
    assert report.added == 2 and report.articles == 11
    assert count_article_graphs(previous / "graph.trig") == 11


def test_the_cli_prints_what_an_interrupted_add_committed(previous, tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 1, chars=300)
    ctrl_c_after_commit(monkeypatch, 1)
    result = CliRunner().invoke(cli, ["add", str(corpus), "--store", str(previous)])
    assert result.exit_code == 130
    assert result.output.strip().splitlines() == [
        f"Interrupted: the 1 new article was committed to the store in "
        f"{previous / 'store'}, but graph.ttl, graph.trig and graph.html were not rewritten and "
        "do not show them; run the same command again to finish (it skips the articles the "
        "store holds)."]


def test_ctrl_c_before_the_first_commit_of_a_new_build_leaves_no_folder(tmp_path):
    from kg import pipeline

    corpus = make_corpus(tmp_path / "in", 2, chars=300)
    out = tmp_path / "new" / "out"

    def ctrl_c(done: int, total: int) -> None:
        os.kill(os.getpid(), signal.SIGINT)

    with pytest.raises(Interrupted, match=f"^nothing was written to {out}$"):
        pipeline.build([corpus], out, progress=ctrl_c)
    assert not out.exists() and (tmp_path / "new").exists()


@pytest.mark.parametrize("existing", [False, True])
def test_a_failed_first_build_leaves_no_empty_store(tmp_path, existing):
    from kg import pipeline

    corpus = make_corpus(tmp_path / "in", 1, chars=300)
    out = tmp_path / "out"
    if existing:  # a folder the user made is theirs: only the store goes
        out.mkdir()
    with pytest.raises(ExtractionError, match="no-such-model"):
        pipeline.build([corpus], out, model="no-such-model")
    assert out.exists() is existing
    assert not (out / "store").exists()


def test_a_signal_during_publication_waits_until_every_output_is_replaced(previous, tmp_path,
                                                                          monkeypatch):
    from kg import pipeline

    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "one.txt").write_text(
        "Olaf Scholz met Emmanuel Macron in Strasbourg on Tuesday.\n", encoding="utf-8")
    real_file = pipeline.atomic_file
    calls: list[str] = []

    @contextlib.contextmanager
    def file_then_ctrl_c(path):
        if not calls:  # Ctrl-C right after the store was swapped, before any file
            os.kill(os.getpid(), signal.SIGINT)
        calls.append(path.name)
        with real_file(path) as f:
            yield f

    monkeypatch.setattr(pipeline, "atomic_file", file_then_ctrl_c)
    with pytest.raises(Interrupted, match="^the build had finished: the store in .* and "
                       "graph.ttl, graph.trig and graph.html hold all 1 new article$"):
        pipeline.build([tmp_path / "new"], previous)
    assert calls == list(OUTPUTS)
    assert store_articles(previous) == 6  # the five seeds and the new article
    for name in ("graph.ttl", "graph.trig"):
        assert b"new/one.txt" in (previous / name).read_bytes()
    assert leftovers(previous) == []


def test_a_build_that_fails_before_writing_leaves_the_previous_outputs(previous, tmp_path,
                                                                       monkeypatch):
    from kg import pipeline

    before = snapshot(previous)
    (tmp_path / "one.txt").write_text("Olaf Scholz met Emmanuel Macron in Paris.\n", "utf-8")

    def broken_render(store, output):
        output.write(b"<!DOCTYPE html><html>half a page")  # the page is written in pieces
        raise RenderError("cannot draw")

    with monkeypatch.context() as patch:
        patch.setattr("kg.render.write_html", broken_render)
        with pytest.raises(RenderError):
            pipeline.build([tmp_path / "one.txt"], previous)
    # The files are the old ones, whole; the store, the source of truth, kept the
    # committed article, and the next build brings the files up to date.
    assert snapshot(previous) == before
    assert leftovers(previous) == []
    assert store_articles(previous) == 6
    pipeline.build([tmp_path / "one.txt"], previous)
    assert b"one.txt" in (previous / "graph.trig").read_bytes()
    assert count_article_graphs(previous / "graph.trig") == 6


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space left")])
def test_atomic_write_never_leaves_half_a_file(tmp_path, monkeypatch, failure):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"good old graph\n")

    def fail(*args):
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(type(failure)):
        atomic_write(target, b"new graph that never lands " * 1000)
    assert target.read_bytes() == b"good old graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_atomic_write_replaces_whole_files_and_keeps_the_mode(tmp_path):
    target = tmp_path / "sub" / "graph.html"
    atomic_write(target, b"<html>one</html>")
    atomic_write(target, b"<html>two</html>")
    assert target.read_bytes() == b"<html>two</html>"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
