"""One long line without a sentence end against the same words in sentences.

The text repeats clauses of news prose about invented people and places (who
met whom, who leads what, who wants what), as a scraped page or a transcript
without punctuation can: in sentences, each clause ends with a full stop; in
one line, the clauses are joined by "and", "while" or a comma, with nothing to
end a sentence, so the parser alone would make one sentence of all of it (and
extraction reads a sentence in time and memory quadratic in its length). Each
article is built by ``kg build`` in a fresh process, interleaved; peak RSS is
summed over the process tree. Prints the ratios (one line / in sentences) of
the medians last.

    python bench/long_line.py                   # 1,000,000 characters, 2 runs each
    python bench/long_line.py --chars 200000    # quicker
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import tempfile
from pathlib import Path

from common import PYTHON, median, run_timed, save

CLAUSES = (
    "Mara Velt the foreign minister of Dovrenia met Joran Pikk in Lestrand",
    "officials of the Harbour Union said the talks would go on",
    "Ilse Brandow the leader of the Northern Front spoke with Tavi Orsk in Kavel",
    "Dovrenia wants to join the Harbour Union",
)


def texts(chars: int) -> dict[str, str]:
    """``chars`` characters of the clauses, in sentences and in one line."""
    clauses = itertools.cycle(CLAUSES)
    joints = itertools.cycle((" and ", ", ", " while "))
    count = chars // min(len(c) for c in CLAUSES) + 1  # clauses enough for both
    picked = [next(clauses) for _ in range(count)]
    sentences = " ".join(c[0].upper() + c[1:] + "." for c in picked)
    line = "".join(c + next(joints) for c in picked)
    return {"sentences": sentences[:chars], "one_line": line[:chars]}


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
