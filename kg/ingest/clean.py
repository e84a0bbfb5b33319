"""Remove news boilerplate from article text, keeping offsets into the source.

The cleaned text is built from verbatim slices of the source, so every
character of it maps back to a character of the file it came from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.model import end_in_source, start_in_source

__all__ = ["Cleaned", "clean_text", "compose_offsets", "drop_format", "sanitize"]

# Whole lines that carry no news: ads, promotions, navigation, legal lines.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:[-•·*]\s*)?(?:
        advertisement|advert|sponsored(?:\s+content)?
      | read\s+more(?:\s*:.*|\s+about\b.*)?|see\s+also\b.*|related\s*:.*|recommended\s*:.*
      | (?:also\s+)?read\s*:.*
      | subscribe\s+to\b.*|sign\s+up\s+(?:for|to)\b.*|follow\s+us\s+on\b.*|share\s+this\b.*
      | (?:click|tap)\s+here\b.*
      | join\s+now\s+for\s+free\b.*|short\s+url
      | leave\s+a\s+(?:reply|comment)|your\s+email\s+address\s+will\s+not\s+be\s+published.*
      | copyright\b.*|©.*|\(c\)\s+\d{4}.*|all\s+rights\s+reserved.*
      | please\s+read\s+our\s+comment\s+policy.*
      | author[`'’]?s?\s+name\b.*
      | \S.{0,80}?\s+can\s+be\s+reached\s+at\b.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Pieces inside a line: bracketed links to other stories and trailing legal notes.
_INLINE_BOILERPLATE = re.compile(
    r"\[[^\[\]\n]{0,300}?opens\s+in\s+new\s+window\s*\]"
    r"|\s+-\s+copyright\b[^\n]*$"
    r"|\s*all\s+rights\s+reserved\.?[^\S\n]*$",  # the line break stays
    re.IGNORECASE | re.MULTILINE,
)

# Control characters (but not line breaks and tabs) and lone surrogates: invisible in text,
# and RDF stores and serialisers reject them. A zero-width space separates two words the
# tokenizer would read as one ("Olaf\u200bScholz"): it reads as a space, unless it stands
# between two small letters, inside a word ("Sch\u200bumar"), where it is left for the
# cleaning to drop as it drops every format character.
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b]|[\ud800-\udfff]")
# The other format characters (Unicode category Cf: soft hyphen, zero-width joiners, word
# joiner, direction marks, byte-order mark, tags …) glue or split words without being seen:
# the cleaned text leaves them out.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)


def sanitize(text: str) -> str:
    """``text`` with control characters and zero-width spaces between words as spaces, lone
    surrogates as U+FFFD.

    Each character is replaced by exactly one, so offsets into ``text`` stay valid.
    """
    def safe(m: re.Match[str]) -> str:
        if m.group() >= "\ud800":
            return "\ufffd"
        inside = m.group() == "\u200b" and m.start() > 0 and m.end() < len(text) and (
            text[m.start() - 1].islower() and text[m.end()].islower())
        return m.group() if inside else " "

    return _UNSAFE.sub(safe, text)


def drop_format(text: str) -> str:
    """``text`` without Unicode format characters (for metadata, which has no offsets)."""
    return _FORMAT.sub("", text)


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text, its offset breakpoints, and the lines that were dropped."""

    text: str
    offsets: tuple[tuple[int, int], ...]
    dropped: tuple[str, ...]


def clean_text(source: str) -> Cleaned:
    """Drop boilerplate lines, inline pieces and format characters from ``source``.

    Returns:
        The cleaned text with breakpoints ``(clean_offset, source_offset)``,
        and the dropped lines (metadata such as the author is read from them).
    """
    pieces: list[tuple[int, int]] = []  # source slices to keep
    dropped: list[str] = []
    position = 0
    for line in source.splitlines(keepends=True):
        start, end = position, position + len(line)
        position = end
        if _BOILERPLATE_LINE.match(line.rstrip("\r\n")):
            dropped.append(drop_format(line).strip())
            continue
        cursor = start
        for m in _INLINE_BOILERPLATE.finditer(line):
            dropped.append(drop_format(m.group()).strip(" -"))
            pieces.append((cursor, start + m.start()))
            cursor = start + m.end()
        pieces.append((cursor, end))
    pieces = [piece for s, e in pieces for piece in _between_format(source, s, e)]
    text_parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    clean_pos = 0
    for s, e in pieces:
        if e <= s:
            continue
        if offsets and (ends := offsets[-1][1] + (clean_pos - offsets[-1][0])) != s:
            offsets.append((clean_pos, ends))  # where the text before the gap ends
        if not offsets or offsets[-1][1] + (clean_pos - offsets[-1][0]) != s:
            offsets.append((clean_pos, s))
        text_parts.append(source[s:e])
        clean_pos += e - s
    return Cleaned("".join(text_parts), tuple(offsets) or ((0, 0),), tuple(dropped))


def _between_format(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The slices of ``source[start:end]`` around its format characters."""
    slices = []
    for m in _FORMAT.finditer(source, start, end):
        slices.append((start, m.start()))
        start = m.end()
    slices.append((start, end))
    return slices


def _mid(point: tuple[int, int]) -> int:
    return point[0]


def compose_offsets(
    outer: tuple[tuple[int, int], ...], inner: tuple[tuple[int, int], ...], length: int
) -> tuple[tuple[int, int], ...]:
    """Chain two offset maps: ``outer`` maps clean → middle, ``inner`` middle → source.

    Both the start and the end of every span map through both (see
    :attr:`kg.model.Article.offsets` for the breakpoints of a gap).

    Args:
        outer: Breakpoints from the cleaned text into an intermediate text.
        inner: Breakpoints from the intermediate text into the source.
        length: Length of the cleaned text.
    """
    # The chained maps are straight lines except where either one has a breakpoint.
    bounds = [c for c, _ in outer] + [length]
    cuts = {c for c, _ in outer}
    for (clean, mid), clean_end in zip(outer, bounds[1:], strict=True):
        first = bisect.bisect_right(inner, mid, key=_mid)
        last = bisect.bisect_left(inner, mid + clean_end - clean, key=_mid)
        cuts.update(clean + m - mid for m, _ in inner[first:last])
    result: list[tuple[int, int]] = []
    for clean in sorted(cuts):
        end = end_in_source(inner, end_in_source(outer, clean))
        start = start_in_source(inner, start_in_source(outer, clean))
        if end != start and clean > 0:
            result.append((clean, end))
        result.append((clean, start))
    end = end_in_source(inner, end_in_source(outer, length))
    if result and end != start_in_source(tuple(result), length):  # the text ends on a reference
        result.append((length, end))
    return tuple(result)
