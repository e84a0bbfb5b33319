"""Given names and surnames across cultures, to tell people's names from other names.

The list is distilled from names-dataset (MIT licence; the first and last names of
105 countries ranked by frequency) by ``scripts/distil_names.py``: the names ranked
among the first thousand of some country. It is read once, on first use.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Sequence
from importlib import resources

__all__ = ["is_given_name", "is_surname", "person_name_shape", "surname_by_form"]

# A Korean or Vietnamese two-syllable given name written with a hyphen: "Tae-yul", "Min-ho".
_SYLLABLES = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
#: Words that open places' names in Romance languages, some also given names: "Rio de
#: Janeiro", "Mar del Plata", "San Juan de Dios", "Santa Cruz de la Sierra".
_PLACE_OPENERS = frozenset({
    "Rio", "Río", "San", "Santa", "Santo", "São", "Mar", "Porto", "Puerto", "Villa", "Vila",
    "Ciudad", "Costa", "Monte", "Isla", "Cabo", "Bahía", "Sierra", "Playa", "Punta", "Lago",
    "Ponte", "Castel", "Port", "Fort", "Santiago",
})
# Lower-case words inside names: "Ursula von der Leyen", "Fatima el Amrani", "Joost ten
# Brink".
_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "bin",
    "ibn", "al", "el", "le", "la", "ter", "ten", "zu", "y", "ole",
})


@functools.cache
def _names() -> dict[str, str]:
    data = resources.files("kg.text").joinpath("names.txt.gz").read_bytes()
    kinds = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        name, _, kind = line.partition("\t")
        kinds[name] = kind
    return kinds


def is_given_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common given name somewhere, or
    another romanisation of one ("Vassily" of Vasily, "Yevgeny" of Evgeny)."""
    names = _names()
    return "g" in names.get(word, "") or bool(_SYLLABLES.match(word)) or any(
        "g" in names.get(other, "") for other in _romanisations(word))


@functools.lru_cache(maxsize=1 << 14)
def _romanisations(word: str) -> tuple[str, ...]:
    """The other spellings of a name that romanisations of Slavic and other names vary
    between: "ss" or "s", "Ye" or "E" before a vowel's sound, "-iy", "-y" or "-i" at the
    end."""
    if len(word) < 4 or not word.isalpha():
        return ()
    # ("ss" only: other letters doubled would make "Channel" read as "Chanel")
    found = {word.replace("ss", "s")}
    if word.startswith("Ye"):
        found.add("E" + word[2:])
    for end, others in (("iy", ("y", "i")), ("y", ("i", "iy")), ("i", ("y",))):
        if word.endswith(end):
            found.update(word[: -len(end)] + other for other in others)
    found.discard(word)
    return tuple(found)


#: Endings that make a word a surname in the languages that build surnames from names
#: (Russian and Central Asian "-ov"/"-eva", Ukrainian "-enko", Georgian "-shvili"/"-dze",
#: South Slavic "-ović", Romanian "-escu", Turkish "-oğlu", Kazakh "-uly"/"-kyzy"): a
#: name list ranks only each country's commonest, these cover the rest.
_SURNAME_ENDINGS = re.compile(
    r"^[A-Z][a-z]+(?:ov|ova|ev|eva|yev|yeva|enko|shvili|adze|idze|ovich|evich|ović|ovic"
    r"|ovski|ovsky|escu|oğlu|oglu|uly|kyzy|zadeh|zade)$")


def is_surname(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common surname somewhere, or built
    as surnames are in the languages that derive them from names ("Osmonaliev")."""
    return "s" in _names().get(word, "") or surname_by_form(word)


def surname_by_form(word: str) -> bool:
    """Whether ``word`` is built as a surname ("Toktogulova", "Kovalenko"): no company
    or place is named so, unlike the many surnames that are also brands ("Ford")."""
    return len(word) >= 6 and bool(_SURNAME_ENDINGS.match(word))


def _known(word: str) -> bool:
    return any(is_given_name(part) or is_surname(part) for part in word.split("-"))


def _without_particle(word: str) -> str:
    """A word without the particle joined to it by a hyphen: "al-Thani" → "Thani"."""
    particle, dash, rest = word.partition("-")
    return rest if dash and particle.lower() in _PARTICLES and rest[:1].isupper() else word


def person_name_shape(words: Sequence[str]) -> float:
    """How strongly the words of a name look like a person's name, from 0 to 1.

    1 for a known given name then a known name ("Petteri Orpo", "Ngozi
    Okonjo-Bamidele"), or a known surname then a given name ("Mao Ning", "Cho
    Tae-yul"); less when only one end is known; 0 when a word between is not
    capitalised ("Law and Justice"), save the particles of names ("von der").
    """
    return _shape(tuple(words))


# The rules ask about the same few names again and again (each article names its people
# many times, and several rules weigh each name): each is worked out once.
@functools.lru_cache(maxsize=1 << 16)
def _shape(words: tuple[str, ...]) -> float:
    words = tuple(_without_particle(w) for w in words)
    if not 2 <= len(words) <= 5 or not all(
        w[:1].isupper() or w.lower() in _PARTICLES for w in words
    ) or not words[-1][:1].isupper():
        return 0.0
    first, second, last = words[0], words[1], words[-1]
    if is_surname(first) and is_given_name(second) and len(words) == 2:
        return 1.0
    if is_given_name(first):
        # a particle of names before the last word: "Staffan de Mistura", "Ana dos Reis"
        # (not a place's: "Santiago de Compostela", "San Juan de Dios")
        particle = any(w in _PARTICLES for w in words[1:-1]) and first not in _PLACE_OPENERS
        return 1.0 if _known(last) or particle else 0.25
    if "-" in last and all(part[:1].isupper() for part in last.split("-")) and _known(last):
        return 0.75  # a double-barrelled surname: "Fatmata Kamara-Sesay"
    return 0.5 if is_surname(last) else 0.0
