"""`kg serve` under hostile and concurrent load: latency of a plain ASK before and after
200 failing requests, worker restarts, and 2,000 requests from 20 threads.

    python bench/server_load.py                 # builds seeds/ into a temporary folder
    python bench/server_load.py --store OUTDIR  # serves an existing build

The last line gives the ASK p99 after the failing requests (target < 100 ms), the
workers restarted by them (target 0), and the listen overflows and failed requests of
the 2,000-request burst (target 0 and 0).
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from common import PYTHON, ROOT, save

ASK = "ASK { ?s ?p ?o }"


def _get(endpoint: str, query: str, accept: str = "application/json") -> int:
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as err:
        err.read()
        return err.code


def _post(endpoint: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(endpoint, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def _raw(endpoint: str, data: bytes) -> int:
    parts = urllib.parse.urlsplit(endpoint)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(data)
        answer = sock.recv(100)
    return int(answer.split()[1]) if answer else 0


def failing_requests(endpoint: str) -> list:
    """Requests that each fail in a different way (none of them is refused by a limit)."""
    host = urllib.parse.urlsplit(endpoint).netloc
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    return [
        lambda: _get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"),
        lambda: _get(endpoint, "SELECT * WHERE { SERVICE SILENT ?x { ?s ?p ?o } }"),
        lambda: _get(endpoint, "CONSTRUCT { <urn:x:a> <urn:x:1> 'v' } WHERE {}",
                     "application/rdf+xml"),
        lambda: _get(endpoint, "SELECT ?x WHERE { ?x "),
        lambda: _get(endpoint, "SELECT * WHERE { ?s ?p ?o }", "image/png"),
        lambda: _get(endpoint, "{" * 5000),
        lambda: _post(endpoint, urllib.parse.urlencode({"update": "LOAD <file:///etc/x>"}).encode(),
                      form),
        lambda: _post(endpoint, urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                      {**form, "Origin": "http://evil.example"}),
        lambda: _get(endpoint + "?default-graph-uri=%00", ASK),
        lambda: _raw(endpoint, f"POST /sparql HTTP/1.1\r\nHost: {host}\r\n"
                               "Content-Length: \u00b2\r\n\r\n".encode()),
    ]


def listen_overflows() -> int:
    """TcpExt ListenOverflows of this machine (all sockets: run on a quiet machine)."""
    lines = Path("/proc/net/netstat").read_text().splitlines()
    for names, values in zip(lines[::2], lines[1::2], strict=True):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:], strict=True))
            return int(table["ListenOverflows"])
    return 0


def latencies(endpoint: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        assert _get(endpoint, ASK) == 200
        times.append((time.perf_counter() - started) * 1000)
    return times


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def burst(endpoint: str, requests: int, threads: int) -> dict[str, float]:
    def one(_: int) -> tuple[float, str]:
        started = time.perf_counter()
        try:
            status = _get(endpoint, ASK)
            outcome = "ok" if status == 200 else f"status {status}"
        except OSError as err:
            outcome = type(err).__name__
        return (time.perf_counter() - started) * 1000, outcome

    overflows = listen_overflows()
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(one, range(requests)))
    seconds = time.perf_counter() - started
    times = [t for t, _ in results]
    failed = [o for _, o in results if o != "ok"]
    return {"requests": requests, "threads": threads, "seconds": round(seconds, 2),
            "p50_ms": round(p(times, 50), 1), "p99_ms": round(p(times, 99), 1),
            "failed": len(failed), "failures": sorted(set(failed)),
            "listen_overflows": listen_overflows() - overflows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a build folder (default: seeds/ built now)")
    parser.add_argument("--failing", type=int, default=200)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "seeds"
            subprocess.run([PYTHON, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(store),
                            "--quiet"], check=True)
        server = subprocess.Popen([PYTHON, "-m", "kg", "serve", "--store", str(store),
                                   "--port", "0"], stdout=subprocess.PIPE, text=True)
        try:
            endpoint = server.stdout.readline().split()[-1]
            workers = {c.pid for c in psutil.Process(server.pid).children()}
            before = latencies(endpoint, 200)
            attacks = failing_requests(endpoint)
            statuses = [attacks[n % len(attacks)]() for n in range(args.failing)]
            after = latencies(endpoint, 200)
            restarted = len(workers - {c.pid for c in psutil.Process(server.pid).children()})
            load = burst(endpoint, args.requests, args.threads)
        finally:
            server.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(30)
    data = {
        "ask_before_ms": {"p50": round(p(before, 50), 1), "p99": round(p(before, 99), 1)},
        "failing_requests": args.failing,
        "failing_statuses": sorted(set(statuses)),
        "ask_after_ms": {"p50": round(p(after, 50), 1), "p99": round(p(after, 99), 1)},
        "workers_restarted": restarted,
        "burst": load,
    }
    for key, value in data.items():
        print(f"{key}: {value}")
    save("server_load", data)
    print(f"ASK p99 after {args.failing} failing requests: {data['ask_after_ms']['p99']} ms; "
          f"workers restarted: {restarted}; burst of {args.requests}: "
          f"{load['listen_overflows']} listen overflows, {load['failed']} failed")


if __name__ == "__main__":
    sys.exit(main())
