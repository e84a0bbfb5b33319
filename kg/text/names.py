"""Name keys that make spelling variants of one name compare equal."""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.text.lexicon import HYPOCORISMS

__all__ = ["fold", "name_key", "slug", "initials"]

# Transliteration variants of Slavic names: Zelensky/Zelenskyy/Zelenskiy,
# Dmitry/Dmitri, Sergey/Sergei, Andriy/Andrii, Yermak/Iermak.
_ENDINGS = re.compile(r"(?:iy|yy|ij|ii|yi|y|i)$")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form without accents or punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    return re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " ")).strip()


# British and American spellings of the words of institutions' names: "World Health
# Organisation", "Ministry of Defence", "Centre for Disease Control".
_SPELLINGS = {"defence": "defense", "centre": "center", "programme": "program"}
_ISATION = re.compile(r"isation(s?)$")


#: Spellings of one Arabic given name: Muhammad, Mohammed, Mohamed, Mohammad, Muhammed.
_MUHAMMAD = re.compile(r"^m[ou]hh?amm?[ae]d$")


def _fold_word(word: str) -> str:
    word = _ISATION.sub(r"ization\1", _SPELLINGS.get(word, word))
    word = "muhammad" if _MUHAMMAD.match(word) else word
    word = _ENDINGS.sub("y", word) if len(word) > 3 else word
    return word.replace("ie", "ye").replace("kh", "h").replace("j", "y")


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """Words of a name with transliteration differences, and a familiar first name's
    difference from its formal one ("Chuck"/"Charles"), folded away."""
    words = fold(text).split()
    first = text.split()[:2]
    if len(first) == 2 and fold(first[0]) == words[0]:  # a word of its own ("Ben-Gvir" is not)
        words[0] = HYPOCORISMS.get(words[0], words[0])
    return tuple(_fold_word(w) for w in words)


def initials(text: str, skip: set[str] | frozenset[str] = frozenset()) -> str:
    """First letters of the words of ``text``, leaving out the words in ``skip``."""
    return "".join(w[0] for w in fold(text).split() if w and w not in skip)


def slug(text: str) -> str:
    """A readable IRI path segment."""
    return re.sub(r"\s+", "-", fold(text)) or "unnamed"
