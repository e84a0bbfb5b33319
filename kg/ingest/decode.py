"""Turn the bytes of an article file into text, or say clearly why not.

Policy: UTF-8 (with or without a byte-order mark) is read as is. UTF-16 and
UTF-32 are read when a byte-order mark or the pattern of zero bytes gives them
away. Bytes that are not UTF-8 but read cleanly as Windows-1252 (a superset of
the printable Latin-1) are decoded that way and the decision is reported, so a
user can re-save the file if the guess is wrong. Known binary formats, and data
with NUL bytes that is not UTF-16/32, are rejected with the format named.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from kg.errors import IngestError

__all__ = ["Decoded", "decode", "sniff_binary", "wide_encoding"]

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"), (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
         (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"), (b"\xff\xfe", "utf-16-le", "UTF-16"),
         (b"\xfe\xff", "utf-16-be", "UTF-16"))
_CONVERT = "convert it to plain text, HTML or JSON first"
#: Leading bytes of binary formats people keep next to their articles.
_MAGIC = (
    (b"%PDF-", "a PDF document", "extract its text first (e.g. `pdftotext FILE`)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "remove it from the articles"),
    (b"GIF87a", "a GIF image", "remove it from the articles"),
    (b"GIF89a", "a GIF image", "remove it from the articles"),
    (b"\xff\xd8\xff", "a JPEG image", "remove it from the articles"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file", "remove it from the articles"),
    (b"PK\x03\x04", "a zip archive (or .docx/.epub/.odt)", "unpack it or " + _CONVERT),
    (b"\x1f\x8b", "a gzip archive", "unpack it (e.g. `gunzip FILE`)"),
    (b"BZh", "a bzip2 archive", "unpack it (e.g. `bunzip2 FILE`)"),
    (b"\xfd7zXZ\x00", "an xz archive", "unpack it (e.g. `unxz FILE`)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document", _CONVERT),
    (b"{\\rtf", "an RTF document", _CONVERT),
    (b"SQLite format 3\x00", "an SQLite database", "export the articles to JSON Lines"),
    (b"\x7fELF", "a program (ELF)", "remove it from the articles"),
)
#: Share of control characters above which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    """Decoded text, and a note when it was not plain UTF-8 (for the build summary)."""

    text: str
    note: str | None = None


def sniff_binary(head: bytes, source: str) -> None:
    """Reject ``head`` (the first bytes of a file) if it starts like a known binary format.

    Raises:
        IngestError: naming the format and what to do.
    """
    for magic, kind, advice in _MAGIC:
        if head.startswith(magic):
            raise IngestError(f"{source}: {kind}, not an article; {advice}")


def _controls(text: str) -> int:
    return sum(1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")


def _mostly_text(text: str) -> bool:
    return _controls(text) <= _MAX_CONTROL_SHARE * max(len(text), 1)


def wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 without a byte-order mark, told by where the zero bytes fall, or None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(head) % width:
            head = head[: len(head) - len(head) % width]
        units = [head[i:i + width] for i in range(0, len(head), width)]
        # Mostly-ASCII text in a wide encoding has zeros in fixed byte positions.
        low = sum(u[0] != 0 and not any(u[1:]) for u in units)
        high = sum(u[-1] != 0 and not any(u[:-1]) for u in units)
        for count, name in ((low, names[0]), (high, names[1])):
            if count >= 0.6 * len(units):
                return name
    return None


def decode(data: bytes, source: str) -> Decoded:
    """Decode the bytes of one article file.

    Args:
        data: The file's bytes.
        source: The file, for messages.

    Returns:
        The text, with a note when it was decoded as anything but UTF-8.

    Raises:
        IngestError: binary data, or text in an encoding kg cannot tell; the
            message names what was found and how to fix it.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise IngestError(
                    f"{source}: starts with a {name} byte-order mark but is not valid {name} "
                    f"(byte {err.start + len(bom)}); re-save it as UTF-8"
                ) from None
            return Decoded(text, None if name == "UTF-8" else f"decoded as {name}")
    sniff_binary(data, source)
    if b"\x00" in data:
        wide = wide_encoding(data)
        if wide is not None:
            try:
                text = data.decode(wide)
            except UnicodeDecodeError:
                text = ""
            if text and _mostly_text(text):
                return Decoded(text, f"decoded as {wide.upper()} (no byte-order mark)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        nuls = data.count(b"\x00")
        # NULs in otherwise good UTF-8 text (padding, a bad copy): keep the text, a space
        # per NUL so offsets stay right. Binary data is almost never valid UTF-8.
        if text.strip("\x00 \t\r\n") and _mostly_text(text.replace("\x00", "")):
            return Decoded(text.replace("\x00", " "), f"{nuls} NUL byte(s) read as spaces")
        first = data.index(b"\x00")
        raise IngestError(
            f"{source}: binary data (NUL byte at offset {first}), not text; {_CONVERT}")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        bad = err.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _mostly_text(text):
        return Decoded(text, f"not UTF-8 (byte {bad}); decoded as Windows-1252/Latin-1 — "
                             "re-save it as UTF-8 if characters look wrong")
    raise IngestError(
        f"{source}: neither UTF-8, UTF-16 nor Windows-1252 text (invalid byte at offset {bad}); "
        "if it is text, re-save it as UTF-8 (e.g. `iconv -f ENCODING -t UTF-8`)"
    )
