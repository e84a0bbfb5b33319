"""Throughput of ``kg build`` against bare ``nlp.pipe``, same model, texts and batch size.

Both run end to end as a user would (a fresh process: imports, model load,
reading, parsing; ``kg build`` also resolves and writes every output),
interleaved so machine noise hits both alike. Prints the ratio of medians last.

A third run parses with the pipeline as kg loads it (``bare_pipe.py
--kg-pipeline``: its attribute_ruler is faster), so the output also tells what
kg's extraction, resolution and storage add to its own parse.

    python bench/throughput.py            # 2,000 articles, 3 runs each
    python bench/throughput.py --quick    # 200 articles, 1 run each
"""

from __future__ import annotations

import argparse
import shutil
import tempfile

from common import PYTHON, ROOT, corpus, median, run_timed, save, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of kg build")
    parser.add_argument("--quick", action="store_true", help="200 articles, one run each")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.runs = 200, 1
    path = corpus(args.articles)
    n_words = words(path)
    runs = []
    for i in range(args.runs):
        for kind in ("bare", "bare-kg", "kg"):
            out = tempfile.mkdtemp(prefix="kg-bench-out-")
            try:
                if kind.startswith("bare"):
                    cmd = [PYTHON, str(ROOT / "bench" / "bare_pipe.py"), str(path)]
                    cmd += ["--kg-pipeline"] if kind == "bare-kg" else []
                else:
                    cmd = [PYTHON, "-m", "kg", "build", str(path), "-o", out, "--quiet",
                           "--jobs", str(args.jobs)]
                r = run_timed(cmd)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            run = {"run": i, "kind": kind, "seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"],
                   "articles_per_s": args.articles / r["seconds"],
                   "words_per_s": n_words / r["seconds"]}
            runs.append(run)
            print(f"run {i} {kind:7}: {r['seconds']:7.1f} s  "
                  f"{run['articles_per_s']:6.1f} articles/s"
                  f"  {run['words_per_s']:8.0f} words/s", flush=True)
    bare = median([r["articles_per_s"] for r in runs if r["kind"] == "bare"])
    own_parse = median([r["articles_per_s"] for r in runs if r["kind"] == "bare-kg"])
    kg = median([r["articles_per_s"] for r in runs if r["kind"] == "kg"])
    ratio = kg / bare
    save("throughput", {"articles": args.articles, "words": n_words, "jobs": args.jobs,
                        "runs": runs, "median_articles_per_s": {"bare": bare, "bare-kg": own_parse,
                                                                "kg": kg},
                        "ratio": ratio, "ratio_to_own_parse": kg / own_parse, "target": 0.8})
    print(f"kg's own parse (bare nlp.pipe, kg's pipeline) {own_parse:.1f} articles/s: "
          f"kg build {kg / own_parse:.2f} of it")
    print(f"kg build {kg:.1f} articles/s ({kg * n_words / args.articles:.0f} words/s), "
          f"bare nlp.pipe {bare:.1f} articles/s: ratio {ratio:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
