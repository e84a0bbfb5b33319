"""One long line without a sentence end against the same text in sentences.

Both articles are the same characters from the generated corpus: the second with
every sentence end (``.``, ``!``, ``?``) and line break replaced by a space, so it
is one line with no sentence in it. Each is built by ``kg build`` in a fresh
process, interleaved; peak RSS is summed over the process tree. Prints the ratios
(unpunctuated / in sentences) of the medians last.

    python bench/long_line.py                   # 1,000,000 characters, 2 runs each
    python bench/long_line.py --chars 200000    # quicker
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from pathlib import Path

from common import PYTHON, corpus, median, run_timed, save


def texts(chars: int) -> dict[str, str]:
    """``chars`` characters of generated news, in sentences and without any sentence end."""
    folder = corpus(max(chars // 1500, 10))
    articles = (p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    text = "\n\n".join(articles)[:chars]
    if len(text) < chars:
        raise SystemExit(f"the corpus holds only {len(text):,} characters")
    return {"sentences": text, "one_line": re.sub(r"[.!?\n]", " ", text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-long-line-"))
    runs: dict[str, list[dict[str, float]]] = {}
    try:
        for kind, text in texts(args.chars).items():
            (work / kind).mkdir()
            (work / kind / "article.txt").write_text(text, encoding="utf-8")
        for run in range(args.runs):
            for kind in ("sentences", "one_line"):
                out = work / f"out-{kind}-{run}"
                r = run_timed([PYTHON, "-m", "kg", "build", str(work / kind), "-o", str(out),
                               "--quiet", "--strict"])
                shutil.rmtree(out)
                runs.setdefault(kind, []).append(
                    {"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"]})
                print(f"{kind:9} {args.chars:,} chars: {r['seconds']:6.1f} s, peak RSS "
                      f"{r['peak_rss_mb']:6.0f} MB", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratios = {key: median([r[key] for r in runs["one_line"]])
              / median([r[key] for r in runs["sentences"]]) for key in ("seconds", "peak_rss_mb")}
    save("long_line", {"chars": args.chars, "runs": runs, "ratios": ratios})
    print(f"one line / sentences: time {ratios['seconds']:.2f}, "
          f"peak RSS {ratios['peak_rss_mb']:.2f} (target ≤ 2)")


if __name__ == "__main__":
    main()
