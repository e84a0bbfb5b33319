"""Name keys that make spelling variants of one name compare equal."""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.text.lexicon import HYPOCORISMS, NAME_SPELLINGS

__all__ = ["fold", "name_key", "slug", "initials", "sounded", "org_head"]

# Transliteration variants of Slavic names: Zelensky/Zelenskyy/Zelenskiy,
# Dmitry/Dmitri, Sergey/Sergei, Andriy/Andrii/Andrey/Andrei, Yermak/Iermak.
_ENDINGS = re.compile(r"(?:iy|yy|ij|ii|yi|ey|ei|y|i)$")


#: Letters that are no accented letter to Unicode, as their languages' own news writes
#: them in ASCII: "Kılıçdaroğlu" is "Kilicdaroglu", "Łukasz" "Lukasz", "Đặng" "Dang".
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                                "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form without accents or punctuation."""
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    return re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " ")).strip()


# British and American spellings of the words of institutions' names: "World Health
# Organisation", "Ministry of Defence", "Centre for Disease Control".
_SPELLINGS = {"defence": "defense", "centre": "center", "programme": "program",
              # and their abbreviations: "Treasury Dept." is the "Treasury Department"
              "dept": "department", "govt": "government", "intl": "international",
              "natl": "national", "univ": "university", "assn": "association"}
_ISATION = re.compile(r"isation(s?)$")


#: Spellings of one Arabic given name: Muhammad, Mohammed, Mohamed, Mohammad, Muhammed.
_MUHAMMAD = re.compile(r"^m[ou]hh?amm?[ae]d$")


#: The article of Arabic names as outlets write it: "al-Sisi", "el-Sisi", "Zia-ul-Haq"; and
#: "ibn" and "bin" ("son of").
_PARTICLE_SPELLINGS = {"el": "al", "ul": "al", "ibn": "bin", "ibin": "bin"}
#: "Abd" ("servant of") with the article, written as a word of its own or joined to the
#: name it opens: "Abdel Kader", "Abd al-Qadir", "Abdulkadir", "Abdallah".
_ABD = re.compile(r"^abd(?:el|ul|al|oul|ol|il|u|e)?$")
_ABD_JOINED = re.compile(r"^abd(?:el|ul|al|oul|ol|il)([a-z]{3,})$")


#: "ye" after a consonant, as Slavic names' soft "e" is written or not ("Umierov").
_SOFT_VOWEL = re.compile(r"(?<=[bcdfgklmnprstvz])ye")


def _fold_word(word: str) -> str:
    word = NAME_SPELLINGS.get(word, word)
    word = _ISATION.sub(r"ization\1", _SPELLINGS.get(word, word))
    word = "muhammad" if _MUHAMMAD.match(word) else word
    word = _ENDINGS.sub("y", word) if len(word) > 3 else word
    # "Dmitriyev"/"Dmitriev", "Umierov"/"Umerov": a soft vowel after a consonant
    word = _SOFT_VOWEL.sub("e", word.replace("iye", "ye").replace("ie", "ye"))
    return _PARTICLE_SPELLINGS.get(word, word).replace("kh", "h").replace("j", "y")


def _joined_words(words: list[str]) -> list[str]:
    """``words`` with the parts of one name written apart joined: initials ("J. D." is
    "JD") and "Abd" with the name it opens ("Abdel Kader" is "Abdelkader")."""
    joined: list[str] = []
    initials = False  # whether the last joined word is a run of initials
    i = 0
    while i < len(words):
        word, i = words[i], i + 1
        opened = None  # the name after "Abd", if the word is "Abd"
        if _ABD.match(word) and i < len(words):
            if words[i] in ("al", "el", "ul") and i + 1 < len(words):
                i += 1
            opened, i = words[i], i + 1
        elif (abd := _ABD_JOINED.match(word)) is not None:
            opened = abd.group(1)
        if opened is not None:
            word = "abdul" + NAME_SPELLINGS.get(opened, opened)
        if len(word) == 1 and word.isalpha() and initials:
            joined[-1] += word
        else:
            joined.append(word)
            initials = len(word) == 1 and word.isalpha()
    return joined


@functools.lru_cache(maxsize=65536)
def name_key(text: str, *, familiar: bool = True) -> tuple[str, ...]:
    """Words of a name with transliteration differences, and a familiar first name's
    difference from its formal one ("Chuck"/"Charles"), folded away (the latter kept with
    ``familiar`` false: "Ben Gvir" may be the end of "Itamar Ben Gvir")."""
    words = fold(text).split()
    first = text.split()[:2]
    if familiar and len(first) == 2 and words and fold(first[0]) == words[0]:  # own word
        words[0] = HYPOCORISMS.get(words[0], words[0])  # ("Ben-Gvir" is not)
    if len(words) >= 2 and words[-1] == "junior":
        words[-1] = "jr"  # "Vinicius Junior" is the "Vinicius Jr." of other reports
    return tuple(_fold_word(w) for w in _joined_words(words))


_DOUBLED = re.compile(r"(.)\1")
_VOWEL_H = re.compile(r"(?<=[aeiouy])h(?=[aeiouy])")


def sounded(key: tuple[str, ...]) -> str:
    """A name key as transliterations of one sound vary it: doubled letters written once,
    "ou" as "u" ("Moussa" and "Musa", "Hassan" and "Hasan", "Youssef" and "Yousef"), the
    soft vowels and "dzh" of Slavic names ("Zhelezniak" and "Zheleznyak", "Iuliia" and
    "Yulia", "Dzhaparov" and "Japarov", "Sybiha" and "Sibiga") and the syllables of a
    Korean given name written apart or together ("Tae-yul", "Taeyul"), and its "eo" or
    "u" ("Seok-jin", "Suk-jin"). Looser than a name
    key, it compares only people's names of two words or more."""
    sound = _DOUBLED.sub(r"\1", "".join(key)).replace("dzh", "y")
    sound = sound.replace("iu", "yu").replace("ia", "ya").replace("ou", "u")
    # the Korean vowel written "eo" (Revised Romanization) or "u"/"o" (older systems):
    # "Seok-jin" and "Suk-jin", "Jeong" and "Jung"
    sound = sound.replace("eo", "u")
    # Ukrainian "h" where Russian writes "g" between vowels ("Sybiha" and "Sibiga"), and
    # "y" or "i" for one vowel ("Andrii", "Andrey")
    return _VOWEL_H.sub("g", sound).replace("y", "i")


def initials(text: str, skip: set[str] | frozenset[str] = frozenset()) -> str:
    """First letters of the words of ``text``, leaving out the words in ``skip``."""
    return "".join(w[0] for w in fold(text).split() if w and w not in skip)


#: An acronym that keeps the small words of the name it shortens in lower case: "BoE" of
#: the "Bank of England", "DoJ", "DfE" of the "Department for Education", "TfL".
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def is_acronym(text: str) -> bool:
    """Whether ``text`` reads as a name's initials: "EU", "NATO", "BoE" (not "Mr", "Bo")."""
    return 2 <= len(text) <= 6 and (
        text.isupper() and text.isalpha() or _MIXED_ACRONYM.fullmatch(text) is not None)


def org_head(name: str) -> str:
    """The noun that heads an organisation's name, lower case: "ministry" of "Ministry of
    Lands" and of "Foreign Ministry", "bank" of "Reserve Bank of Norland", "directorate" of
    "Press Directorate of the Ministry"; "" for no name."""
    words = name.lower().split()
    if not words:
        return ""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def slug(text: str) -> str:
    """A readable IRI path segment."""
    return re.sub(r"\s+", "-", fold(text)) or "unnamed"
