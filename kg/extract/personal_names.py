"""Given names and surnames across cultures, to tell people's names from other names.

The list is distilled from names-dataset (MIT licence; the first and last names of
105 countries ranked by frequency) by ``scripts/distil_names.py``: the names ranked
among the first thousand of some country. It is read once, on first use.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

__all__ = ["is_given_name", "is_surname", "person_name_shape"]

# A Korean or Vietnamese two-syllable given name written with a hyphen: "Tae-yul", "Min-ho".
_SYLLABLES = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


@functools.cache
def _names() -> dict[str, str]:
    data = resources.files("kg.extract").joinpath("names.txt.gz").read_bytes()
    kinds = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        name, _, kind = line.partition("\t")
        kinds[name] = kind
    return kinds


def is_given_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common given name somewhere."""
    return "g" in _names().get(word, "") or bool(_SYLLABLES.match(word))


def is_surname(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common surname somewhere."""
    return "s" in _names().get(word, "")


def person_name_shape(words: list[str]) -> float:
    """How strongly the words of a name look like a person's name, from 0 to 1.

    1 for a known given name then another name ("Petteri Orpo"), or a known
    surname then a given name ("Mao Ning", "Cho Tae-yul"); 0.5 when only the
    last word is a known surname; 0 otherwise.
    """
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in (words[0], words[-1])):
        return 0.0
    first, second, last = words[0], words[1], words[-1]
    if is_given_name(first) or is_surname(first) and is_given_name(second):
        return 1.0
    return 0.5 if is_surname(last) else 0.0
