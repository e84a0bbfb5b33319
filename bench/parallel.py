"""``kg build --jobs 2`` against ``--jobs 1`` on the same corpus.

Bare ``nlp.pipe`` with ``n_process`` 1 and 2 runs alongside as a reference:
it shows what two processes can gain on this machine at all. Runs are
interleaved; the ratio of medians is printed last.

    python bench/parallel.py            # 1,000 articles, 3 runs each
    python bench/parallel.py --quick    # 200 articles, 1 run each
"""

from __future__ import annotations

import argparse
import shutil
import tempfile

from common import PYTHON, ROOT, corpus, median, run_timed, save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-reference", action="store_true", help="skip bare nlp.pipe runs")
    parser.add_argument("--quick", action="store_true", help="200 articles, one run each")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.runs = 200, 1
    path = corpus(args.articles)
    kinds = [("kg", 1), ("kg", 2)] + ([] if args.no_reference else [("bare", 1), ("bare", 2)])
    runs = []
    for i in range(args.runs):
        for kind, jobs in kinds:
            out = tempfile.mkdtemp(prefix="kg-bench-out-")
            try:
                if kind == "bare":
                    cmd = [PYTHON, str(ROOT / "bench" / "bare_pipe.py"), str(path),
                           "--n-process", str(jobs)]
                else:
                    cmd = [PYTHON, "-m", "kg", "build", str(path), "-o", out, "--quiet",
                           "--jobs", str(jobs)]
                r = run_timed(cmd)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            runs.append({"run": i, "kind": kind, "jobs": jobs, "seconds": r["seconds"],
                         "peak_rss_mb": r["peak_rss_mb"],
                         "articles_per_s": args.articles / r["seconds"]})
            print(f"run {i} {kind:4} jobs {jobs}: {r['seconds']:7.1f} s "
                  f"{args.articles / r['seconds']:6.1f} articles/s", flush=True)

    def rate(kind: str, jobs: int) -> float:
        return median([r["articles_per_s"] for r in runs if (r["kind"], r["jobs"]) == (kind, jobs)])

    ratio = rate("kg", 2) / rate("kg", 1)
    result = {"articles": args.articles, "runs": runs, "ratio": ratio, "target": 1.6}
    if not args.no_reference:
        result["bare_ratio"] = rate("bare", 2) / rate("bare", 1)
        print(f"reference: bare nlp.pipe n_process=2 / n_process=1 = {result['bare_ratio']:.2f}")
    save("parallel", result)
    print(f"kg build --jobs 2 {rate('kg', 2):.1f} articles/s, --jobs 1 {rate('kg', 1):.1f} "
          f"articles/s: ratio {ratio:.2f} (target >= 1.6)")


if __name__ == "__main__":
    main()
