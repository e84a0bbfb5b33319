"""Find article files, decode them and turn each into an :class:`Article`."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import IngestError
from kg.ingest.clean import clean_text, compose_offsets
from kg.ingest.html import html_to_text
from kg.ingest.metadata import find_author, find_date, find_publisher, find_title, parse_date
from kg.model import Article

__all__ = ["ARTICLE_SUFFIXES", "find_files", "read_file", "read_articles", "make_article"]

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"}
_TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "description")
_FIELD_ALIASES = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "date": ("date", "published", "published_at", "publish_date", "date_publish", "pubDate"),
    "author": ("author", "authors", "byline"),
    "publisher": ("publisher", "source", "site_name", "source_domain", "outlet"),
}


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Article files under ``paths`` (files as given, folders walked in name order)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:  # a symlink loop
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                        yield candidate
        elif path.exists():
            yield path
        else:
            raise IngestError(f"{path}: no such file or folder")


def decode(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM) or BOM-marked UTF-16/32."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                          (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise IngestError(
            f"{source}: not UTF-8 (byte {err.start}); re-save it as UTF-8"
        ) from None


def article_id(text: str) -> str:
    """A stable id from the article's words, so the same story gets the same IRI."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def make_article(source: str, raw: str, *, offsets: tuple[tuple[int, int], ...] = ((0, 0),),
                 meta: dict[str, Any] | None = None) -> Article:
    """Clean ``raw`` text and read its metadata into an :class:`Article`.

    Args:
        source: Where the text came from, for messages and provenance.
        raw: The article text (already extracted from HTML or JSON).
        offsets: Breakpoints from ``raw`` into the source file.
        meta: Metadata given by the container format; prose fills the gaps.
    """
    meta = dict(meta or {})
    cleaned = clean_text(raw)
    text = cleaned.text
    if not text.strip():
        raise IngestError(f"{source}: no article text (empty after removing boilerplate)")
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    title = meta.get("title") or find_title(text)
    date = parse_date(str(meta["date"])) if meta.get("date") else find_date(text)
    author = meta.get("author") or find_author(list(cleaned.dropped) + lines[:3])
    publisher = meta.get("publisher") or find_publisher(lines[:2], list(cleaned.dropped))
    return Article(
        id=article_id(text),
        source=source,
        text=text,
        title=title,
        date=date,
        author=author,
        publisher=publisher,
        url=meta.get("url"),
        offsets=compose_offsets(cleaned.offsets, offsets, len(text)),
    )


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _FIELD_ALIASES.get(name, (name,)):
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if value:
            return str(value).strip()
    return None


def _record_article(record: Any, source: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(f"{source}: expected a JSON object with a text field")
    text = next((record[k] for k in _TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        raise IngestError(f"{source}: no text field (one of {', '.join(_TEXT_FIELDS)})")
    meta = {name: _field(record, name) for name in _FIELD_ALIASES}
    meta = {k: v for k, v in meta.items() if v}
    if meta.get("title") and not text.lstrip().startswith(meta["title"]):
        meta.setdefault("title", meta["title"])
    return make_article(source, text, meta=meta)


def read_file(path: Path) -> Iterator[Article]:
    """Articles in one file (JSON Lines may hold many).

    Raises:
        IngestError: the file cannot be read or holds no article. For JSON
            Lines, a bad line raises when reached, after the good ones before it.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(f"{path}: cannot read ({err.strerror})") from None
    source = str(path)
    text = decode(data, source)
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise IngestError(f"{source}:{number}: invalid JSON ({err.msg})") from None
                yield _record_article(record, f"{source}:{number}")
    elif suffix == ".json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as err:
            raise IngestError(f"{source}: invalid JSON at line {err.lineno} ({err.msg})") from None
        records = document if isinstance(document, list) else [document]
        for number, record in enumerate(records):
            yield _record_article(record, source if len(records) == 1 else f"{source}[{number}]")
    elif suffix in {".html", ".htm"}:
        body, offsets, meta = html_to_text(text)
        yield make_article(source, body, offsets=offsets, meta=meta)
    else:
        if suffix in {".md", ".markdown"}:
            text = re.sub(r"^(#{1,6}\s|>\s?)", lambda m: " " * len(m.group()), text, flags=re.M)
        yield make_article(source, text)


def read_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article]:
    """Every article under ``paths``, in a stable order."""
    for path in find_files(paths):
        yield from read_file(path)
