"""Shared helpers of the benchmark scripts: corpora, timed subprocesses, results."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

__all__ = ["ROOT", "RESULTS", "PYTHON", "corpus", "machine", "median", "run_timed", "save"]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
CACHE = Path(os.environ.get("KG_BENCH_CACHE", "/tmp/kg-bench"))


def corpus(n: int, seed: int = 0) -> Path:
    """A generated corpus of ``n`` articles, built once and cached under /tmp."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    path = CACHE / f"corpus-{n}-{seed}"
    done = path / ".done"
    if not done.exists():
        write_corpus(n, path, seed=seed)
        done.write_text("ok")
    return path


def words(path: Path) -> int:
    """Words in the articles of a generated corpus folder."""
    return sum(len(p.read_text(encoding="utf-8").split()) for p in sorted(path.glob("*.txt")))


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "load_1min": os.getloadavg()[0],
    }


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_timed(args: Sequence[str], *, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run a command; return its wall time and the peak RSS of its process tree (MB).

    The RSS is sampled every 50 ms and summed over the process and its children,
    so worker processes count.

    Raises:
        RuntimeError: the command failed (its stderr is in the message).
    """
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            try:
                peak = max(peak, _tree_rss(watched))
            except psutil.Error:
                break
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": seconds, "peak_rss_mb": peak / 2**20, "stdout": out}  # type: ignore[dict-item]


def save(name: str, data: dict[str, Any]) -> Path:
    """Write a benchmark's runs to bench/results/NAME.json (and keep the previous one)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"benchmark": name, "when": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
            "machine": machine(), **data}
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return path
