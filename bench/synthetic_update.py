"""The update stage at scale, without parsing (``python bench/scale.py --synthetic``).

One process builds a store from synthetic extractions (``bench/extractions.py``)
as ``kg build`` does (each write in the background, the heap settled after each
commit), but in commits of ``BUILD_COMMIT`` articles: the graph does not depend
on how articles were batched, and the store reaches 100,000 articles in a
fraction of the time. At each size it times commits of 256 articles in the
foreground and counts what each touched; then a fresh process adds the next 256
articles as ``kg add`` would (read the ledger, one commit), for its time and
peak RSS. Run as a script, this module is that fresh process.
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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import update_causes
from common import PYTHON, run_timed, save
from extractions import synthetic

from kg.heap import give_back_freed_memory, hold_freed_memory
from kg.model import Extraction
from kg.store import GraphStore
from kg.update.incremental import Change, add_extractions
from kg.update.ledger import Ledger

__all__ = ["synthetic_main"]

COMMIT = 256
BUILD_COMMIT = 16 * COMMIT
SEED = 0


def _batches(stream: Iterator[Extraction]) -> Iterator[list[Extraction]]:
    while True:
        yield list(itertools.islice(stream, COMMIT))


def _settle() -> None:
    """What ``kg build`` does after each commit: collect, freeze the survivors, trim."""
    gc.collect()
    gc.freeze()
    give_back_freed_memory()


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
            with GraphStore(folder) as store:
                ledger = Ledger.read(store)
                while done < size:
                    step = min(BUILD_COMMIT, size - done)
                    add_extractions(store, list(itertools.islice(stream, step)), ledger,
                                    background=True)
                    done += step
                    _settle()
                store.wait()  # the last background write is the build's, not a commit's
                built = time.perf_counter() - started
                update_causes.forget()  # the build's commits are not measured
                why: list[dict[str, Any]] = []
                runs = _measure(store, ledger, batches, commits, why)
                done += commits * COMMIT
                quads = len(store)
            gc.unfreeze()
            del ledger
            gc.collect()
            fresh = _fresh_add(folder, done)
            next(batches)  # the fresh process added these
            done += COMMIT
            row = {"articles": done - COMMIT, "quads": quads, "store_mb": _folder_mb(folder),
                   "build_seconds": built,
                   "build_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "commits": runs, "causes": why, "fresh_add": fresh, "load": os.getloadavg()[0]}
            rows.append(row)
            median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(f"{row['articles']:>9,} articles, {quads:,} quads, {row['store_mb']:,.0f} MB: "
                  f"commit of {COMMIT} {median['seconds']:.2f} s (median of {commits}; "
                  f"{min(r['seconds'] for r in runs):.2f}–{max(r['seconds'] for r in runs):.2f}; "
                  f"CPU {median['cpu_seconds']:.2f} s), "
                  f"read {median['articles_read']:.0f} stored articles, rewrote "
                  f"{median['graphs_rewritten']:.0f} graphs, read {median['assertions_read']:.0f} "
                  f"assertions, wrote {median['quads_written']:,.0f} quads; build peak RSS "
                  f"{row['build_peak_rss_mb']:,.0f} MB; kg add of {COMMIT}: "
                  f"{fresh['seconds']:.1f} s (ledger {fresh['ledger_seconds']:.1f} s, "
                  f"commit {fresh['commit_seconds']:.1f} s), "
                  f"peak RSS {fresh['peak_rss_mb']:,.0f} MB; load {row['load']:.1f}", flush=True)
            _print_causes(why)
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
