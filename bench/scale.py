"""Scale: time and peak memory of ``kg build`` at two corpus sizes, and incremental add.

1. ``kg build`` of the small and the large corpus, each in a fresh process;
   peak RSS is summed over the process tree.
2. ``kg add`` of 10 new articles to the large store against ``kg add`` of the
   same 10 to an empty store (the store's incremental add; parsing the 10
   articles is in both): once refreshing the build's files (graph.ttl,
   graph.trig, graph.html, which describe the whole graph), and once with
   ``--no-files`` (the store alone), each with its own 10 articles.

Prints the ratios last.

    python bench/scale.py                       # 1,000 and 10,000 articles
    python bench/scale.py --small 100 --large 1000   # quicker

``--synthetic`` measures the update stage alone (the code behind ``kg build``
and ``kg add`` after extraction), fed synthetic extractions
(``bench/extractions.py``) in commits of 256 articles, as ``kg build`` commits.
At each of ``--sizes`` it times ``--commits`` commits in the foreground and
counts what each touched (stored articles read, graphs rewritten, stored
assertions read, quads written), then runs one commit as ``kg add`` would, in a
fresh process that reads the store's ledger first (its time and peak RSS), and
reports the store's size:

    python bench/scale.py --synthetic --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import PYTHON, corpus, run_timed, save
from synthetic_update import synthetic_main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of kg build")
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 articles")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the stores")
    parser.add_argument("--synthetic", action="store_true",
                        help="the update stage alone, on synthetic extractions")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="store sizes measured with --synthetic")
    parser.add_argument("--commits", type=int, default=5,
                        help="commits timed at each size with --synthetic")
    parser.add_argument("--causes", action="store_true",
                        help="with --synthetic: why each timed commit read the articles it read")
    args = parser.parse_args()
    if args.synthetic:
        synthetic_main(args.sizes, args.commits, args.keep, args.causes)
        return
    if args.quick:
        args.small, args.large = 100, 1000
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-scale-"))
    runs = {}
    try:
        for n in (args.small, args.large):
            r = run_timed([PYTHON, "-m", "kg", "build", str(corpus(n)), "-o", str(work / str(n)),
                           "--quiet", "--jobs", str(args.jobs)])
            runs[f"build_{n}"] = {"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"]}
            print(f"kg build {n:6} articles: {r['seconds']:7.1f} s, peak RSS "
                  f"{r['peak_rss_mb']:6.0f} MB", flush=True)
        for mode, flags, seed in (("", [], 1), ("_no_files", ["--no-files"], 2)):
            extra = corpus(10, seed=seed)  # another seed: articles the stores do not hold
            for name, target in ((f"add_10_to_empty{mode}", work / f"empty{mode}"),
                                 (f"add_10_to_{args.large}{mode}", work / str(args.large))):
                r = run_timed([PYTHON, "-m", "kg", "add", str(extra), "--store", str(target),
                               "--create", *flags])
                runs[name] = {"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"]}
                print(f"kg add {' '.join(flags)} 10 articles ({name}): {r['seconds']:7.1f} s",
                      flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    rss = runs[f"build_{args.large}"]["peak_rss_mb"] / runs[f"build_{args.small}"]["peak_rss_mb"]

    def add(mode: str) -> float:
        large = runs[f"add_10_to_{args.large}{mode}"]["seconds"]
        return large / runs[f"add_10_to_empty{mode}"]["seconds"]  # type: ignore[no-any-return]

    save("scale", {"small": args.small, "large": args.large, "jobs": args.jobs, "runs": runs,
                   "rss_ratio": rss, "add_ratio": add(""), "add_ratio_no_files": add("_no_files"),
                   "targets": {"rss": 1.5, "add": 2.0}})
    print(f"peak RSS {args.large}/{args.small} articles: {rss:.2f} (target <= 1.5); "
          f"add 10 to {args.large} / to empty: {add(''):.2f}, with --no-files "
          f"{add('_no_files'):.2f} (target <= 2)")


if __name__ == "__main__":
    main()
