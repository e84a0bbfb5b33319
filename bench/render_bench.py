"""Time-to-drawn and time-to-stable of graph.html in headless Chromium, against pyvis defaults.

Synthetic news-like graphs (preferential attachment, four entity types, twelve
predicates, one evidence sentence per relation) of 100 / 1,000 / 5,000 / 20,000
nodes are drawn by:

* ``kg``          -- kg.render as shipped (positions computed in Python, physics off);
* ``pyvis``       -- pyvis 0.3.2 with its default settings (``cdn_resources="in_line"``,
  the only setting that draws offline), every node and edge added with add_node/add_edge.

Times are milliseconds from navigation start: *drawn* is vis-network's first
``afterDrawing``, *stable* its first ``stabilized`` (the first frame, without
physics). *interact* is the slowest of a search, its clearing, a type filter off and on, and
a neighbourhood highlight, each until the next frame (each is recorded too).

Usage: python bench/render_bench.py [--sizes 100,1000,5000,20000] [--repeat 3] [--timeout 60]
The last line printed is the speed-up ratio against pyvis at the largest size pyvis drew.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright
from pyvis.network import Network

from kg.render import render_view
from kg.render.html import TYPE_STYLE
from kg.render.view import ArticleInfo, Edge, EdgeEvidence, GraphView, Node
from kg.vocab import PREDICATES

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RESULTS = Path(__file__).parent / "results"
HOOK = """drawGraph();
window.kgTiming = {drawn: null, stable: null};
var settled = false;
network.once("afterDrawing", function () {
  kgTiming.drawn = performance.now(); if (settled) kgTiming.stable = kgTiming.drawn; });
network.once("stabilized", function () {
  settled = true; if (kgTiming.drawn !== null) kgTiming.stable = performance.now(); });
"""
#: Each interaction, until the next frame is drawn: a search (the matches and their
#: neighbours), clearing it, a type filter off and on, and a click-highlight of the hub.
INTERACT = """async () => {
  const next = () => new Promise(r => requestAnimationFrame(() => r()));
  const frame = () => next().then(next);
  const times = {};
  async function time(name, act) {
    const t0 = performance.now(); act(); await frame(); times[name] = performance.now() - t0;
  }
  const input = document.getElementById('kg-search');
  const box = document.querySelector('.kg-type-box');
  await time('search', () => { input.value = 'e1'; kgPage.applyFilters(); });
  await time('clear', () => { input.value = ''; kgPage.applyFilters(); });
  await time('filter', () => { box.checked = false; kgPage.applyFilters(); });
  await time('unfilter', () => { box.checked = true; kgPage.applyFilters(); });
  await time('highlight', () => kgPage.focusNode(kgPage.data.nodes[0].id));
  return times;
}"""
STEPS = ("search", "clear", "filter", "unfilter", "highlight")


def synthetic(n: int, seed: int = 1) -> GraphView:
    """A news-like graph of ``n`` entities: few hubs, many leaves, ~1.5 relations per node."""
    rng = random.Random(seed)
    kinds = ["Person", "Person", "Organization", "Place", "Plan"]
    articles = {f"urn:a{i}": ArticleInfo(f"urn:a{i}", f"a{i}.txt", f"Article {i}", "2025-11-20",
                                          f"Outlet {i % 7}") for i in range(max(n // 5, 1))}
    ids = list(articles)
    view = GraphView(articles=articles)
    targets: list[str] = []
    for i in range(n):
        node = Node(f"urn:e{i}", f"Entity {i}", rng.choice(kinds), {f"E{i}"},
                    set(rng.sample(ids, min(len(ids), rng.randint(1, 3)))))
        view.nodes[node.id] = node
        links = 1 if rng.random() < 0.5 else 2
        for target in sorted({rng.choice(targets) for _ in range(links)}) if targets else ():
            p = rng.choice(sorted(PREDICATES))
            view.edges.append(Edge(node.id, p, target, p, [EdgeEvidence(
                rng.choice(ids), f"Entity {i} and {target} in one sentence.", 0.8)]))
        targets += [node.id] * 1 + [e.target for e in view.edges[-2:]]
    return view


def pyvis_default(view: GraphView) -> str:
    net = Network(cdn_resources="in_line", directed=True)
    for node in view.nodes.values():
        net.add_node(node.id, label=node.label, color=TYPE_STYLE[node.type]["color"],
                     shape=TYPE_STYLE[node.type]["shape"])
    for edge in view.edges:
        net.add_edge(edge.source, edge.target, label=edge.label)
    return net.generate_html().replace("drawGraph();", HOOK, 1)


def measure(browser, path: Path, timeout_s: float, interact: bool) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route("http*://**", lambda route: route.abort())
    row: dict = {"drawn_ms": None, "stable_ms": None, "interact_ms": None, "error": ""}
    row.update(dict.fromkeys(STEPS))
    try:
        page.goto(path.as_uri(), timeout=timeout_s * 1000)
        page.wait_for_function("window.kgTiming && kgTiming.drawn !== null",
                               timeout=timeout_s * 1000)
        row["drawn_ms"] = page.evaluate("kgTiming.drawn")
        page.wait_for_function("kgTiming.stable !== null", timeout=timeout_s * 1000)
        row["stable_ms"] = page.evaluate("kgTiming.stable")
        if interact:
            times = page.evaluate(INTERACT)
            row.update({step: round(times[step]) for step in STEPS})
            row["interact_ms"] = max(row[step] for step in STEPS)  # the slowest interaction
    except PlaywrightTimeout:
        row["error"] = f"timeout {timeout_s:.0f} s"
    finally:
        context.close()
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000,20000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="render-bench-"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        pyvis_gave_up = False
        warm = tmp / "warm-up.html"
        warm.write_text(render_view(synthetic(50)), encoding="utf-8")
        measure(browser, warm, args.timeout, interact=True)  # the first page pays for a cold start
        for n in sorted(sizes):
            view = synthetic(n)
            variants = [("kg", render_view)]
            if not pyvis_gave_up:
                variants.append(("pyvis", pyvis_default))
            for name, make in variants:
                started = time.perf_counter()
                page = make(view)
                python_s = time.perf_counter() - started
                path = tmp / f"{name}-{n}.html"
                path.write_text(page, encoding="utf-8")
                repeat = args.repeat if not (name == "pyvis" and n > 100) else 1
                for run in range(repeat):
                    row = measure(browser, path, args.timeout, interact=name != "pyvis")
                    row.update(variant=name, nodes=len(view.nodes), edges=len(view.edges), run=run,
                               python_s=round(python_s, 2), html_kb=round(len(page) / 1024),
                               load=round(os.getloadavg()[0], 1))
                    rows.append(row)
                    print(json.dumps(row), flush=True)
                    if row["error"]:
                        break
                if name == "pyvis" and rows[-1]["error"]:
                    pyvis_gave_up = True
        browser.close()
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    fields = ["variant", "nodes", "edges", "run", "python_s", "html_kb", "load", "drawn_ms",
              "stable_ms", "interact_ms", *STEPS, "error"]
    with open(RESULTS / f"render_{stamp}.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    (RESULTS / f"render_{stamp}.json").write_text(json.dumps(rows, indent=1))
    summary = _summary(rows)
    for line in summary:
        print(line)


def _median(rows: list[dict], variant: str, n: int, key: str) -> float | None:
    values = [r[key] for r in rows
              if r["variant"] == variant and r["nodes"] == n and r[key] is not None]
    return statistics.median(values) if values else None


def _summary(rows: list[dict]) -> list[str]:
    lines = [f"{'variant':<11} {'nodes':>6} {'drawn ms':>9} {'stable ms':>10} {'interact ms':>12}"]
    pairs = sorted({(r["variant"], r["nodes"]) for r in rows}, key=lambda k: (k[1], k[0]))
    for variant, n in pairs:
        cells = []
        for key in ("drawn_ms", "stable_ms", "interact_ms"):
            value = _median(rows, variant, n, key)
            failed = any(r["error"] for r in rows if r["variant"] == variant and r["nodes"] == n)
            cells.append(f"{value:.0f}" if value is not None else ("timeout" if failed else "-"))
        lines.append(f"{variant:<11} {n:>6} {cells[0]:>9} {cells[1]:>10} {cells[2]:>12}")
    drawn = [n for n in sorted({r["nodes"] for r in rows})
             if _median(rows, "pyvis", n, "stable_ms") and _median(rows, "kg", n, "stable_ms")]
    if not drawn:
        lines.append("ratio: pyvis drew no graph to stability; no ratio")
        return lines
    n = drawn[-1]
    ratio = _median(rows, "pyvis", n, "stable_ms") / _median(rows, "kg", n, "stable_ms")  # type: ignore[operator]
    lines.append(f"ratio pyvis-default/kg time-to-stable at {n} nodes (median): {ratio:.1f}x")
    return lines


if __name__ == "__main__":
    sys.exit(main())
