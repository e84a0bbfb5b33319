"""Find article files, decode them and turn each into an :class:`Article`.

Robustness policy: a file that cannot be read, decoded or parsed raises an
:class:`IngestError` naming it; inside a JSON or JSON Lines file, a bad record
is logged (when a :class:`ReadLog` is given) and the others are still read.
Sizes are checked with ``stat`` before anything is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import IngestError
from kg.ingest.clean import clean_text, compose_offsets, drop_format, sanitize
from kg.ingest.decode import decode, sniff_binary, wide_encoding
from kg.ingest.html import html_to_text
from kg.ingest.metadata import find_author, find_date, find_publisher, find_title, parse_date
from kg.model import Article

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_ARTICLE_BYTES", "DEFAULT_MAX_FILES", "MAX_ARTICLE_CHARS",
    "ReadLog", "display_path", "find_files", "make_article", "read_articles", "read_file",
    "source_name",
]

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl",
                    ".ndjson"}
_JSON_LINES = {".jsonl", ".ndjson"}
#: Largest file (or JSON Lines record) read; big scraped HTML pages fit, a stray dump does not.
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000
#: Most files one build reads; past it the walk stops with an error.
DEFAULT_MAX_FILES = 100_000
#: Longest article text kept: spaCy's default ``max_length`` (parsing costs ~3 GB per 1M chars).
MAX_ARTICLE_CHARS = 1_000_000
_TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "description")
_FIELD_ALIASES = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "date": ("date", "published", "published_at", "publish_date", "date_publish", "pubDate"),
    "author": ("author", "authors", "byline"),
    "publisher": ("publisher", "source", "site_name", "source_domain", "outlet"),
}


@dataclass
class ReadLog:
    """What reading skipped or decided, as ``(source, reason)`` pairs for the summary."""

    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as printable text: undecodable bytes in file names become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def source_name(path: Path, roots: Iterable[Path], *, absolute: bool = False) -> str:
    """How provenance names ``path``, found under one of ``roots`` (the paths given).

    Its path from that root, the root's own name first (``seeds/a.txt`` for
    ``seeds/a.txt`` found under ``/home/me/seeds``; a file given by itself is
    its name): the folders above the root, a user's home folder, stay out of
    the graph, and the same articles get the same names wherever they lie.

    Args:
        absolute: Name it by its absolute path instead.
    """
    if absolute:
        return display_path(os.path.abspath(path))
    for root in roots:
        if path == root or path.is_relative_to(root):
            named = Path(Path(os.path.abspath(root)).name, path.relative_to(root))
            return display_path(named)
    return display_path(path)


def _is_build_output(folder: Path) -> bool:
    return (folder / "graph.trig").is_file() and (folder / "store").is_dir()


def _too_many(path: Path, max_files: int) -> IngestError:
    return IngestError(f"{display_path(path)}: more than {max_files:,} article files; "
                       "raise the limit with --max-files, or point kg at a smaller folder")


def _leaves(inside: str, top: Path, path: str, log: ReadLog | None) -> bool:
    """Whether ``path`` is a symbolic link out of the folder ``inside`` (noted in ``log``)."""
    if not os.path.islink(path):
        return False
    target = os.path.realpath(path)
    if target == inside or target.startswith(inside.rstrip(os.sep) + os.sep):
        return False
    if log is not None:
        log.skipped.append((display_path(path), f"symbolic link to {display_path(target)}, "
                            f"outside {display_path(top)}; kg follows links only inside the "
                            "folders it is given: give that path too, or copy the file in"))
    return True


def find_files(paths: Iterable[str | os.PathLike[str]], *, max_files: int | None = None,
               log: ReadLog | None = None) -> Iterator[Path]:
    """Article files under ``paths``: files as given, folders walked in name order.

    Hidden files and folders are left out; other files whose suffix is not an
    article format, and folders that cannot be listed, are noted in ``log``.
    Symbolic links inside a folder are followed only to what lies inside it:
    a link that leaves it is not followed, and is listed in ``log`` as skipped
    (left out silently without a ``log``).
    A path that does not exist is yielded, so reading it reports it.

    Raises:
        IngestError: more than ``max_files`` files (raised as soon as the walk passes it).
    """
    count = 0
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            count += 1
            if max_files is not None and count > max_files:
                raise _too_many(path, max_files)
            yield path
            continue
        seen: set[tuple[int, int]] = set()
        ignored: dict[str, int] = {}
        inside = os.path.realpath(path)

        def unlistable(err: OSError, top: Path = path) -> None:
            if log is not None:
                log.skipped.append((display_path(err.filename or top),
                                    f"cannot list the folder ({err.strerror})"))

        for root, dirs, files in os.walk(path, followlinks=True, onerror=unlistable):
            try:
                st = os.stat(root)
            except OSError:
                dirs[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop, or a folder linked twice
                dirs[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            if _is_build_output(Path(root)):  # e.g. `kg build .` run twice: not articles
                dirs[:] = []
                if log is not None:
                    log.notes.append((display_path(root), "left out: a kg build output folder"))
                continue
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and not _leaves(inside, path, os.path.join(root, d), log))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                suffix = Path(name).suffix.lower()
                if suffix not in ARTICLE_SUFFIXES:
                    ignored[suffix or "(no suffix)"] = ignored.get(suffix or "(no suffix)", 0) + 1
                    continue
                if _leaves(inside, path, os.path.join(root, name), log):
                    continue
                count += 1
                if max_files is not None and count > max_files:
                    raise _too_many(path, max_files)
                yield Path(root) / name
        if ignored and log is not None:
            kinds = ", ".join(f"{n} {s}" for s, n in sorted(ignored.items()))
            log.notes.append((display_path(path), f"ignored files that are not articles: {kinds} "
                              f"(kg reads {' '.join(sorted(ARTICLE_SUFFIXES))})"))


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

    Raises:
        IngestError: no text is left after cleaning, or more than
            :data:`MAX_ARTICLE_CHARS` characters are.
    """
    source = sanitize(source)
    meta = {k: drop_format(sanitize(str(v))) for k, v in (meta or {}).items() if v}
    # Same length in, same length out: offsets into the source stay right.
    raw = sanitize(raw)
    cleaned = clean_text(raw)
    text = cleaned.text
    if not text.strip():
        raise IngestError(f"{source}: no article text (empty after removing markup and "
                          "boilerplate); check that the file holds the story")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(f"{source}: article text of {len(text):,} characters is longer than the "
                          f"{MAX_ARTICLE_CHARS:,} the language model takes; split it into articles")
    lines = [line.strip() for line in drop_format(raw).splitlines() if line.strip()]
    title = meta.get("title") or find_title(text)
    date = parse_date(meta["date"]) if meta.get("date") else find_date(text)
    author = meta.get("author") or find_author(list(cleaned.dropped) + lines[:3])
    publisher = meta.get("publisher") or find_publisher(lines[:2], list(cleaned.dropped),
                                                        lines[:8], title)
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


def _field(record: dict[str, Any], name: str) -> str | None:
    for key in _FIELD_ALIASES.get(name, (name,)):
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v and not isinstance(v, dict | list))
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if value and isinstance(value, str | int | float):
            return str(value).strip()
    return None


def _record_article(record: Any, source: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(f"{source}: expected a JSON object with a text field, "
                          f"found a JSON {type(record).__name__}")
    text = next((record[k] for k in _TEXT_FIELDS
                 if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        raise IngestError(f"{source}: no text field; give the story in one of "
                          f"{', '.join(_TEXT_FIELDS)}")
    meta = {name: _field(record, name) for name in _FIELD_ALIASES}
    return make_article(source, text, meta={k: v for k, v in meta.items() if v})


def _open(path: Path, source: str, max_bytes: int) -> IO[bytes]:
    """Open a regular file after checking its size; anything else is an error."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        broken = path.is_symlink()
        raise IngestError(f"{source}: " + ("broken symbolic link; fix or remove it" if broken
                                           else "no such file or folder; check the path")) from None
    except OSError as err:
        raise IngestError(f"{source}: cannot read ({err.strerror}); check the path") from None
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "a device" if
                stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
        raise IngestError(f"{source}: {kind}, not an article file; remove it or rename it")
    suffix = path.suffix.lower()
    if suffix not in _JSON_LINES and st.st_size > max_bytes:
        raise IngestError(f"{source}: {st.st_size:,} bytes is over the limit of {max_bytes:,} "
                          "for one article; raise it with --max-article-bytes or split the file")
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as err:
        raise IngestError(
            f"{source}: cannot read ({err.strerror}); check its permissions") from None


def _read(handle: IO[bytes], source: str) -> bytes:
    try:
        return handle.read()
    except OSError as err:
        raise IngestError(f"{source}: cannot read ({err.strerror})") from None


def _json_lines(handle: IO[bytes], source: str, max_bytes: int,
                log: ReadLog | None) -> Iterator[Article]:
    """One article per line, read a line at a time: a bad line never stops the others."""
    head = handle.read(4096)
    handle.seek(0)
    sniff_binary(head, source)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or wide_encoding(head):
        raise IngestError(f"{source}: JSON Lines must be UTF-8, this looks like UTF-16/32; "
                          "re-save it as UTF-8")
    notes: dict[str, int] = {}
    number = records = 0
    while True:
        try:
            line = handle.readline(max_bytes + 1)
        except OSError as err:
            raise IngestError(f"{source}: cannot read ({err.strerror})") from None
        if not line:
            break
        number += 1
        where = f"{source}:{number}"
        try:
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line
                    line = handle.readline(1 << 20)
                raise IngestError(f"{where}: line is over the limit of {max_bytes:,} bytes for "
                                  "one article; raise it with --max-article-bytes")
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            records += 1
            decoded = decode(line, where)
            if decoded.note:
                kind = "NUL bytes read as spaces" if "NUL" in decoded.note else \
                    "not UTF-8, decoded as Windows-1252/Latin-1"
                notes[kind] = notes.get(kind, 0) + 1
            try:
                record = json.loads(decoded.text)
            except json.JSONDecodeError as err:
                raise IngestError(f"{where}: invalid JSON at column {err.colno} ({err.msg}); "
                                  "fix or remove the line") from None
            except RecursionError:
                raise IngestError(
                    f"{where}: JSON nested too deeply; fix or remove the line") from None
            article = _record_article(record, where)
        except IngestError as err:
            if log is None:
                raise
            log.skipped.append((where, str(err).removeprefix(f"{where}: ")))
            continue
        yield article
    if not records:
        raise IngestError(f"{source}: no article text (no JSON lines); check the file")
    for kind, count in notes.items():
        if log is not None:
            log.notes.append((source, f"{count} line(s) {kind}"))


def _json_document(text: str, source: str, log: ReadLog | None) -> Iterator[Article]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise IngestError(f"{source}: invalid JSON at line {err.lineno}, column {err.colno} "
                          f"({err.msg}); fix the file") from None
    except RecursionError:
        raise IngestError(f"{source}: JSON nested too deeply; fix the file") from None
    records = document if isinstance(document, list) else [document]
    if not records:
        raise IngestError(f"{source}: no articles (an empty JSON array); check the file")
    for number, record in enumerate(records):
        where = source if len(records) == 1 else f"{source}[{number}]"
        try:
            article = _record_article(record, where)
        except IngestError as err:
            if log is None or len(records) == 1:
                raise
            log.skipped.append((where, str(err).removeprefix(f"{where}: ")))
            continue
        yield article


def read_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
              log: ReadLog | None = None) -> Iterator[Article]:
    """Articles in one file (JSON and JSON Lines may hold many).

    Args:
        path: The file.
        max_bytes: Largest file read (for JSON Lines: largest line), checked before reading.
        log: Where to note bad records of a JSON (Lines) file and decoding decisions.
            Without it, the first bad record raises.

    Raises:
        IngestError: the file cannot be read, decoded or parsed, or holds no article.
    """
    path = Path(path)
    source = display_path(path)
    with _open(path, source, max_bytes) as handle:
        suffix = path.suffix.lower()
        if suffix in _JSON_LINES:
            yield from _json_lines(handle, source, max_bytes, log)
            return
        decoded = decode(_read(handle, source), source)
    if decoded.note and log is not None:
        log.notes.append((source, decoded.note))
    text = decoded.text
    if suffix == ".json":
        yield from _json_document(text, source, log)
    elif suffix in {".html", ".htm"}:
        body, offsets, meta = html_to_text(text)
        yield make_article(source, body, offsets=offsets, meta=meta)
    else:
        if suffix in {".md", ".markdown"}:
            text = re.sub(r"^(#{1,6}\s|>\s?)", lambda m: " " * len(m.group()), text, flags=re.M)
        yield make_article(source, text)


def read_articles(paths: Iterable[str | os.PathLike[str]], *,
                  max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
                  max_files: int | None = DEFAULT_MAX_FILES) -> Iterator[Article]:
    """Every article under ``paths``, in a stable order; the first problem raises."""
    for path in find_files(paths, max_files=max_files):
        yield from read_file(path, max_bytes=max_bytes)
