"""Distil given names and surnames from names-dataset into kg's compact name list.

names-dataset (https://github.com/philipperemy/name-dataset, MIT licence, version
3.3.1) ranks the first and last names of 105 countries by frequency. Loading it takes
~15 s and ~1.9 GB of memory, too much for every build, so kg ships only what typing
needs: the names ranked high in at least one country, as one gzipped text file
(English function words such as "The" or "May", listed as names too, are left out).

    pip install names-dataset==3.3.1
    python scripts/distil_names.py            # writes kg/text/names.txt.gz

Each line is ``NAME<TAB>KIND``, KIND one of ``g`` (given name), ``s`` (surname) or
``gs`` (both).
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
from pathlib import Path

import names_dataset
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path(__file__).resolve().parent.parent / "kg" / "text" / "names.txt.gz"
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


def _ranked(path: Path, cutoff: int) -> set[str]:
    with gzip.open(path) as f:
        table = pickle.load(f)  # the package's own data file, read as the package reads it
    return {
        name
        for name, info in table.items()
        if _WORD.match(name) and len(name) > 1 and name.lower() not in STOP_WORDS
        and any(rank is not None and rank <= cutoff for rank in info["rank"].values())
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--given-rank", type=int, default=1000)
    parser.add_argument("--surname-rank", type=int, default=1000)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    data = Path(names_dataset.__file__).parent / "v3"
    given = _ranked(data / "first_names.pkl.gz", args.given_rank)
    surnames = _ranked(data / "last_names.pkl.gz", args.surname_rank)
    lines = []
    for name in sorted(given | surnames):
        kind = ("g" if name in given else "") + ("s" if name in surnames else "")
        lines.append(f"{name}\t{kind}\n")
    # mtime=0: the same names make the same bytes
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))
    print(f"{len(given)} given names, {len(surnames)} surnames -> {args.output}")


if __name__ == "__main__":
    main()
