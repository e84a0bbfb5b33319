"""Score kg on the development set in tests/data/dev: each part built and scored on its own.

The set is split into articles to tune on (``tune/``) and articles kept aside
(``heldout/``). Each split has parts written apart, one gold file per part
(``gold_<split>_<part>.yaml`` for the ``<part>*`` articles): tune has parts a, b,
c and f to m (c and f to m kept aside until their scores were taken, then tuned on),
heldout has a, b, d, e and n to s (d to s written by readers of real news who never
read kg's rules; n to s on real events: n the seeds' story, o other kinds, p and q
four of each, r and s eight kinds each). A gold file names only its own part's
entities, so each part is built into a graph of its own and scored against its own
gold; the totals add up the counts of the parts (micro-averages), as one gold file
would.

Usage: python bench/devset.py [--split tune|heldout|all] [--part LETTER] [--model NAME] [-v]
       [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

from kg.evaluate import Report, Score, evaluate, load_graph
from kg.pipeline import build

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"
SPLITS = ("tune", "heldout")


def parts(split: str) -> list[str]:
    """The parts of a split, one per gold file: ``gold_heldout_c.yaml`` is part c of heldout."""
    found = sorted(p.stem.removeprefix(f"gold_{split}_") for p in DEV.glob(f"gold_{split}_*.yaml"))
    if not found:
        raise SystemExit(f"no gold_{split}_*.yaml in {DEV}")
    return found


def score_part(split: str, part: str, model: str | None = None) -> Report:
    """Build the articles of one part of one split and score them against their gold."""
    articles = sorted((DEV / split).glob(f"{part}*.txt"))
    if not articles:
        raise SystemExit(f"no {part}* articles in {DEV / split}")
    with tempfile.TemporaryDirectory(prefix=f"kg-dev-{split}-{part}-") as tmp:
        out = Path(tmp) / "out"
        build(articles, out, model=model)
        return evaluate(load_graph(out / "graph.ttl"), DEV / f"gold_{split}_{part}.yaml")


def total(reports: list[Report]) -> dict[str, object]:
    """The parts' counts added up: precision and recall as if scored with one gold file."""
    summed: dict[str, object] = {}
    for kind in ("entities", "relations", "quotes"):
        score = Score()
        for report in reports:
            part = getattr(report, kind)
            for f in fields(Score):
                setattr(score, f.name, getattr(score, f.name) + getattr(part, f.name))
        summed[kind] = score
    for kind in ("duplicates", "over_merged", "negatives"):
        summed[kind] = sum(len(getattr(r, kind)) for r in reports)
    return summed


def _row(name: str, t: dict[str, object]) -> str:
    cells = [name]
    for kind in ("entities", "relations", "quotes"):
        s = t[kind]
        assert isinstance(s, Score)
        cells.append(f"{s.precision:.3f} / {s.recall:.3f}")
    cells += [str(t["duplicates"]), str(t["over_merged"]), str(t["negatives"])]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--model", help="spaCy pipeline to parse with (name or path)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list every false and missed item of each part")
    parser.add_argument("--part", action="append", metavar="LETTER",
                        help="score only this part (repeatable), e.g. --part f --part g")
    parser.add_argument("--json", type=Path, help="also write the totals here")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    print("| part | entities P / R | relations P / R | quotes P / R | duplicates "
          "| over-merged | negatives asserted |")
    print("|---|---|---|---|---|---|---|")
    results: dict[str, dict[str, object]] = {}
    for split in splits:
        reports = []
        for part in parts(split):
            if args.part and part not in args.part:
                continue
            report = score_part(split, part, args.model)
            reports.append(report)
            print(_row(f"{split} {part}", total([report])), flush=True)
            if args.verbose:
                print(report.text(verbose=True), file=sys.stderr)
        results[split] = total(reports)
        print(_row(f"**{split}**", results[split]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(
            {split: {k: ({"precision": v.precision, "recall": v.recall, "f1": v.f1}
                         if isinstance(v, Score) else v) for k, v in t.items()}
             for split, t in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
