"""A build killed at any moment leaves a readable store, each article fully in or out."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import RDFS, Literal, URIRef

from kg.errors import StoreError
from kg.pipeline import build
from kg.store import GraphStore, counts, open_store
from kg.update.incremental import stored_articles
from kg.vocab import RES

from ..conftest import ROOT, SEEDS
from .conftest import content, filled

BUILD = """
import sys
from kg.errors import StoreError
from kg.pipeline import build

def progress(done, total):
    print(f"extracted {done}", flush=True)

build([sys.argv[1]], sys.argv[2], commit_every=1, progress=progress)
print("finished", flush=True)
"""

WRITE = """
import os
import sys
from rdflib import RDFS, Literal
from kg.store import GraphStore
from kg.vocab import RES

n, graph, when = int(sys.argv[2]), RES["article/big"], sys.argv[3]
old = [(RES[f"old/{i}"], RDFS.label, Literal(f"o{i}"), graph) for i in range(n)]
new = [(RES[f"new/{i}"], RDFS.label, Literal(f"n{i}"), graph) for i in range(n)]


class Dies:
    \"\"\"The Oxigraph store, but the process dies before or after its first write.\"\"\"

    def __init__(self, inner):
        self.inner = inner

    def update(self, text):
        if when == "before":
            os._exit(9)
        self.inner.update(text)
        os._exit(9)  # whatever the replacement does next never happens

    def __getattr__(self, name):
        return getattr(self.inner, name)


with GraphStore(sys.argv[1]) as store:
    store.apply([], old)
    store.dataset.store._store = Dies(store.dataset.store._inner)
    print("replacing", flush=True)
    store.apply(old, new)
    print("finished", flush=True)
"""


def _run_and_kill(script: str, args: list[str], line: str, delay: float) -> bool:
    """Run ``script``, SIGKILL it ``delay`` s after it prints ``line``; True if it finished."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, env=env) as proc:
        seen = []
        for out in proc.stdout:  # type: ignore[union-attr]
            seen.append(out)
            if out.strip() == line:
                time.sleep(delay)
                break
        proc.send_signal(signal.SIGKILL)
        seen += proc.stdout.readlines()  # type: ignore[union-attr]
        proc.wait(timeout=60)
    assert any(out.strip() == line for out in seen), "".join(seen)
    return any(out.strip() == "finished" for out in seen)


@pytest.mark.slow
@pytest.mark.parametrize("line,delay", [("extracted 2", 0.0), ("extracted 4", 0.05)])
def test_a_killed_build_keeps_whole_articles_and_a_rerun_completes_it(
        tmp_path, seeds_extractions, line, delay):
    out = tmp_path / "out"
    _run_and_kill(BUILD, [str(SEEDS), str(out)], line, delay)
    by_id = {x.article.id: x for x in seeds_extractions}
    with open_store(out) as store:  # opens: no lock left behind, nothing corrupt
        kept = stored_articles(store)
        graphs = {str(g).rsplit("/", 1)[-1] for *_, g in store.quads()
                  if str(g).startswith(str(RES["article/"]))}
        assert graphs == kept  # no article graph without its ledger entry, nor the reverse
        # Exactly the graph of the articles that made it, as if built from them at once.
        assert content(store) == content(filled([by_id[a] for a in sorted(kept)]))
    report = build([SEEDS], out)
    assert report.added == 5 - len(kept)
    with open_store(out) as store:
        assert content(store) == content(filled(seeds_extractions))
    assert (out / "graph.ttl").read_text().count("kg:Person") >= 10


@pytest.mark.slow
@pytest.mark.parametrize("when,kept", [("before", "old"), ("after", "new")])
def test_a_killed_replacement_leaves_the_old_or_the_new_quads(tmp_path, when, kept):
    # The process dies just before, or just after, the first write the replacement makes:
    # as deletion and insertion are one write, the store then holds all the old quads or
    # all the new ones. Were they two writes, dying after the first would leave neither.
    n = 2_000
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", WRITE, str(tmp_path / "store"), str(n), when],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 9 and done.stdout.split() == ["replacing"], done.stderr
    with GraphStore(tmp_path / "store", create=False) as store:
        rows = store.query("SELECT ?s WHERE { ?s ?p ?o }")
        kinds = {str(s).split("/")[-2] for (s,) in rows}  # type: ignore[misc]
        assert len(store) == n
    assert kinds == {kept}


def test_reopening_after_a_clean_close_needs_no_recovery(tmp_path):
    path = Path(tmp_path / "store")
    quad = (RES["x"], RDFS.label, Literal("x"), RES["article/a"])
    with GraphStore(path) as store:
        store.apply([], [quad])
    # Closed cleanly, the store is complete on disk: a reader that cannot write (so cannot
    # replay anything) sees the quad, and so does the next writer, which can add to it.
    with GraphStore(path, read_only=True) as reader:
        assert set(reader.quads()) == {quad}
    other = (RES["y"], RDFS.label, Literal("y"), RES["article/a"])
    with GraphStore(path, create=False) as store:
        assert set(store.quads()) == {quad}
        store.apply([], [other])
    with GraphStore(path, read_only=True) as reader:
        assert set(reader.quads()) == {quad, other}
    assert not list(path.glob("LOG.old.*"))  # earlier openings' logs are not kept


def test_a_write_in_the_background_is_in_place_for_the_next_read(tmp_path):
    graph = RES["article/a"]
    with GraphStore(tmp_path / "store") as store:
        store.apply([], [(RES[f"x/{i}"], RDFS.label, Literal(f"x{i}"), graph)
                         for i in range(20_000)], background=True)
        assert len(store) == 20_000
        store.apply([(RES["x/0"], RDFS.label, Literal("x0"), graph)], [], background=True)
    with GraphStore(tmp_path / "store", create=False) as store:  # close waited for it
        assert len(store) == 19_999


def test_a_failed_write_in_the_background_is_raised_by_the_next_use(tmp_path):
    graph = RES["article/a"]
    with GraphStore(tmp_path / "store") as store:
        store.apply([], [(RES["kept"], RDFS.label, Literal("kept"), graph)])
        malformed = [(RES["x"], RDFS.label, Literal("x"), graph),
                     (URIRef("relative-iri"), RDFS.label, Literal("y"), graph)]
        store.apply([], malformed, background=True)
        with pytest.raises(SyntaxError):
            counts(store)
        # Nothing of the failed update was written, and the store goes on.
        assert [str(s) for (s,) in store.rows("SELECT ?s { ?s ?p ?o }")] == [str(RES["kept"])]
        store.apply([], malformed[:1], background=True)
    with GraphStore(tmp_path / "store", create=False) as store:
        assert len(store) == 2


def test_closing_raises_the_error_of_a_failed_background_write_and_releases_the_store(tmp_path):
    malformed = [(URIRef("relative-iri"), RDFS.label, Literal("y"), RES["article/a"])]
    with pytest.raises(SyntaxError), GraphStore(tmp_path / "store") as store:
        store.apply([], malformed, background=True)
    with GraphStore(tmp_path / "store", create=False) as store:  # not locked
        assert len(store) == 0


def test_an_on_disk_store_is_flushed_as_updates_add_up(tmp_path, monkeypatch):
    import kg.store.store

    # RocksDB holds writes in memory until a flush: a long build must not hold them all.
    monkeypatch.setattr(kg.store.store, "_FLUSH_AFTER", 100_000)
    flushed: list[int] = []
    with GraphStore(tmp_path / "store") as store:

        class Counting:  # pyoxigraph's Store takes no new attributes
            def __init__(self, oxigraph):
                self.oxigraph = oxigraph

            def __getattr__(self, name):
                return getattr(self.oxigraph, name)

            def flush(self):
                flushed.append(store._unflushed)
                self.oxigraph.flush()

        counting = Counting(store.dataset.store._inner)
        store.dataset.store._store = counting
        for batch in range(4):
            store.apply([], [(RES[f"x/{batch}/{i}"], RDFS.label, Literal(f"x{i}"), RES["article/a"])
                             for i in range(1000)])
        store.dataset.store._store = counting.oxigraph
        del counting  # the store's lock goes with its last reference
        assert len(flushed) == 2 and all(chars > 100_000 for chars in flushed)
    with GraphStore(tmp_path / "store", create=False) as store:
        assert len(store) == 4000


def test_a_write_in_the_background_reopens_the_store_and_keeps_every_quad(tmp_path):
    # Reopening empties the engine's caches, which otherwise grow with the store.
    graph = RES["article/a"]
    with GraphStore(tmp_path / "store") as store:
        store.apply([], [(RES[f"x/{i}"], RDFS.label, Literal(f"x{i}"), graph)
                         for i in range(5_000)])
        # A result dropped half-read, in a reference cycle, holds the engine until collected.
        cycle: dict = {"result": store.quads()}
        cycle["self"] = cycle
        next(cycle["result"])
        del cycle
        assert not list((tmp_path / "store").glob("LOG.old.*"))
        store.apply([], [(RES["late"], RDFS.label, Literal("late"), graph)], background=True)
        assert len(store) == 5_001
        assert list((tmp_path / "store").glob("LOG.old.*"))  # the engine was opened again
        store.apply([(RES["x/0"], RDFS.label, Literal("x0"), graph)], [], background=True)
    with GraphStore(tmp_path / "store", create=False) as store:
        assert len(store) == 5_000
        assert store.rows('SELECT ?s { ?s ?p "late" }')[0][0] == RES["late"]


def test_a_result_still_being_read_when_a_background_write_starts_is_named(tmp_path):
    graph = RES["article/a"]
    with GraphStore(tmp_path / "store") as store:
        store.apply([], [(RES[f"x/{i}"], RDFS.label, Literal(f"x{i}"), graph) for i in range(10)])
        reading = store.quads()
        next(reading)
        with pytest.raises(StoreError, match="a result read from it is still open"):
            store.apply([], [(RES["late"], RDFS.label, Literal("late"), graph)], background=True)
        del reading
