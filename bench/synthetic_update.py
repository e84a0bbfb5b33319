"""The update stage at scale, without parsing (``python bench/scale.py --synthetic``).

One process builds a store from synthetic extractions (``bench/extractions.py``)
with the update stage of ``kg build`` (the heap settled after each commit), but
in commits of ``BUILD_COMMIT`` articles whose new quads go through Oxigraph's
bulk loader (see ``_LoadingStore``): the graph does not depend on how articles
were batched or loaded, and the store reaches 100,000 articles in a fraction of
the time. Once the engine has compacted what the build wrote, it times commits
of 256 articles at each size, each one transaction written in the foreground, and counts
what each touched; then a fresh process adds the next 256 articles as ``kg add``
would (read the ledger, one commit), for its time and peak RSS. Run as a
script, this module is that fresh process.
"""

from __future__ import annotations

import gc
import itertools
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import update_causes
from common import PYTHON, run_timed, save
from extractions import synthetic
from rdflib import URIRef

from kg.heap import give_back_freed_memory, hold_freed_memory
from kg.model import Extraction
from kg.store import GraphStore
from kg.store.rdf import Quad
from kg.update.incremental import Change, add_extractions
from kg.update.ledger import Ledger

__all__ = ["synthetic_main"]

COMMIT = 256
BUILD_COMMIT = 16 * COMMIT
SEED = 0


class _LoadingStore(GraphStore):
    """The store while the benchmark fills it to a size: each commit's deletions as one
    SPARQL update, then its insertions through Oxigraph's bulk loader.

    The same quads land as in one transaction (deletions first), at a fraction of the
    cost: a transaction checks every quad against the store and parses it from the
    update's text, which made a build of 100,000 articles take hours. It is not
    atomic, which a benchmark's store need not be; the commits it times are
    ``GraphStore``'s own.
    """

    def apply(self, delete: Iterable[Quad], insert: Iterable[Quad],
              forget: Iterable[tuple[URIRef, URIRef]] = (), *,
              background: bool = False) -> None:
        from oxrdflib._converter import to_ox

        deletes, forget = list(delete), list(forget)
        if deletes or forget:
            super().apply(deletes, (), forget)  # a transaction, as small as the change
        self._oxigraph.bulk_extend(to_ox(q) for q in insert)
        self._oxigraph.flush()
        self._changed()


def _batches(stream: Iterator[Extraction]) -> Iterator[list[Extraction]]:
    while True:
        yield list(itertools.islice(stream, COMMIT))


def _settle() -> None:
    """What ``kg build`` does after each commit: collect, freeze the survivors, trim."""
    gc.collect()
    gc.freeze()
    give_back_freed_memory()


def _quiet(most: float = 600.0) -> float:
    """Wait until the store's engine has finished what the build left it (seconds waited).

    RocksDB compacts the files a build wrote on threads of this process, whose time counts
    in ``time.process_time``: a commit timed while they run would be billed for the build.
    Quiet is when this process uses under 2% of a core for three seconds in a row.
    """
    started = time.perf_counter()
    calm = 0
    while calm < 3 and time.perf_counter() - started < most:
        cpu = time.process_time()
        time.sleep(1.0)
        calm = calm + 1 if time.process_time() - cpu < 0.02 else 0
    return time.perf_counter() - started


def _folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _counts(change: Change) -> dict[str, int]:
    return {"articles_read": change.articles_read, "graphs_rewritten": change.graphs_rewritten,
            "assertions_read": change.assertions_read,
            "quads_written": change.quads_deleted + change.quads_inserted}


def _measure(store: GraphStore, ledger: Ledger, batches: Iterator[list[Extraction]],
             commits: int, causes: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Time ``commits`` commits, each written in the foreground; with ``--causes``, add
    to ``causes`` why each read the stored articles it read."""
    runs = []
    for _ in range(commits):
        batch = next(batches)
        started, cpu = time.perf_counter(), time.process_time()
        change = add_extractions(store, batch, ledger)
        runs.append({"seconds": time.perf_counter() - started,
                     "cpu_seconds": time.process_time() - cpu, **_counts(change)})
        causes.extend(update_causes.take({x.article.id for x in batch}))
        _settle()
    return runs


def _print_causes(causes: list[dict[str, Any]]) -> None:
    for commit in causes:
        print(f"  commit read {commit['articles']} stored articles:", flush=True)
        for cause, c in commit["causes"].items():
            largest = ", ".join(f"{what} ({n})" for what, n in c["largest"])
            print(f"    {cause:>8}: {c['articles']:>5} articles, {c['entities']:>4} entities; "
                  f"largest {largest}", flush=True)


def _fresh_add(folder: Path, skip: int) -> dict[str, Any]:
    """One commit of the 256 articles after the first ``skip``, in a fresh process."""
    r = run_timed([PYTHON, __file__, str(folder), str(skip)])
    return {"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"],
            **dict(zip(("ledger_seconds", "commit_seconds"),
                       map(float, r["stdout"].split()), strict=True))}  # type: ignore[union-attr]


def synthetic_main(sizes: list[int], commits: int, keep: Path | None,
                   causes: bool = False) -> None:
    if causes:
        update_causes.watch()
    work = keep or Path(tempfile.mkdtemp(prefix="kg-bench-synthetic-"))
    folder = work / "store"
    hold_freed_memory()  # as kg build does
    stream = synthetic(SEED)
    batches = _batches(stream)
    done, rows = 0, []
    try:
        for size in sorted(sizes):
            started = time.perf_counter()
            with _LoadingStore(folder) as loading:
                ledger = Ledger.read(loading)
                while done < size:
                    step = min(BUILD_COMMIT, size - done)
                    add_extractions(loading, list(itertools.islice(stream, step)), ledger)
                    done += step
                    _settle()
                    print(f"  built {done:,} articles in {time.perf_counter() - started:,.0f} s "
                          f"(load {os.getloadavg()[0]:.1f})", flush=True)
            built = time.perf_counter() - started
            with GraphStore(folder) as store:
                compacting = _quiet()
                update_causes.forget()  # the build's commits are not measured
                why: list[dict[str, Any]] = []
                runs = _measure(store, ledger, batches, commits, why)
                done += commits * COMMIT
                quads = len(store)
            row = {"articles": done, "quads": quads, "store_mb": _folder_mb(folder),
                   "build_seconds": built, "compaction_seconds": compacting,
                   "build_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "commits": runs, "causes": why, "load": os.getloadavg()[0]}
            rows.append(row)
            median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            cpu = ", ".join(f"{r['cpu_seconds']:.2f}" for r in runs)
            # Printed before the fresh process's add, which takes long in a large store.
            print(f"{row['articles']:>9,} articles, {quads:,} quads, {row['store_mb']:,.0f} MB: "
                  f"commit of {COMMIT} {median['seconds']:.2f} s (median of {commits}; "
                  f"{min(r['seconds'] for r in runs):.2f}–{max(r['seconds'] for r in runs):.2f}; "
                  f"CPU {median['cpu_seconds']:.2f} s: {cpu}), "
                  f"read {median['articles_read']:.0f} stored articles, rewrote "
                  f"{median['graphs_rewritten']:.0f} graphs, read {median['assertions_read']:.0f} "
                  f"assertions, wrote {median['quads_written']:,.0f} quads; build peak RSS "
                  f"{row['build_peak_rss_mb']:,.0f} MB; built in {built:,.0f} s "
                  f"(then {compacting:,.0f} s of compaction); load {row['load']:.1f}", flush=True)
            _print_causes(why)
            gc.unfreeze()
            del ledger
            gc.collect()
            fresh = row["fresh_add"] = _fresh_add(folder, done)
            next(batches)  # the fresh process added these
            done += COMMIT
            print(f"  kg add of {COMMIT} in a fresh process: {fresh['seconds']:.1f} s (ledger "
                  f"{fresh['ledger_seconds']:.1f} s, commit {fresh['commit_seconds']:.1f} s), "
                  f"peak RSS {fresh['peak_rss_mb']:,.0f} MB; load {os.getloadavg()[0]:.1f}",
                  flush=True)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    save("scale_synthetic", {"commit": COMMIT, "seed": SEED, "sizes": rows})


def _add(folder: Path, skip: int) -> None:
    hold_freed_memory()
    stream = synthetic(SEED)
    batch = list(itertools.islice(stream, skip, skip + COMMIT))
    with GraphStore(folder) as store:
        started = time.perf_counter()
        ledger = Ledger.read(store)
        read = time.perf_counter()
        add_extractions(store, batch, ledger)
        print(f"{read - started} {time.perf_counter() - read}")


if __name__ == "__main__":
    _add(Path(sys.argv[1]), int(sys.argv[2]))
