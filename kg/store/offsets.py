"""The offset invariant: evidence offsets select exactly what they annotate in the source.

For every ``kg:Assertion`` the source text between ``kg:startOffset`` and
``kg:endOffset`` is its ``kg:sentence``; for every ``kg:Quote`` it is its
``kg:text``, and between ``kg:sentenceStartOffset`` and
``kg:sentenceEndOffset`` its ``kg:sentence``. The source text is the file
decoded the way kg reads it (for JSON, the record's text field), with the
invisible format characters kg leaves out (soft hyphens, zero-width joiners)
left out; for HTML, the fragment is compared once its tags are removed, its
character references decoded and its white space collapsed, as a browser shows
it. A quote reads any run of white space as one space, and a quotation running
on over paragraphs without the opening mark each new paragraph repeats; in a
quote split around its attribution, " … " stands for the words left out.

A ``kg:sourceFile`` is a path from the folder the build was given (its parent
folder for ``kg build seeds``), unless the build recorded absolute paths: the
checks take the folders to resolve sources against.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import IngestError, KGError
from kg.ingest.clean import drop_format, sanitize
from kg.ingest.decode import decode
from kg.ingest.html import fragment_texts
from kg.ingest.readers import _TEXT_FIELDS
from kg.model import Extraction
from kg.vocab import with_prefixes

if TYPE_CHECKING:
    from kg.store.base import Store

__all__ = ["Span", "Violation", "check_extraction", "check_spans", "check_store",
           "extraction_spans", "source_text", "store_spans"]

_HTML = {".html", ".htm"}
_GAP = " … "  # joins the parts of a quote split around its attribution
# The opening mark that each paragraph of a quotation running on over paragraphs repeats.
_REOPENED = re.compile(r"(\n\s*)[“\"‘']")
#: Where sources are looked for when no folder is given: the current directory.
HERE: tuple[Path, ...] = (Path("."),)


@dataclass(frozen=True)
class Span:
    """One pair of offsets of an evidence node and the text they should select."""

    node: str
    source: str
    what: str  # "sentence" or "quote"
    start: int
    end: int
    expected: str


@dataclass(frozen=True)
class Violation:
    """Offsets that do not select what they annotate (or a source that cannot be read)."""

    span: Span
    found: str | None  # None: the source could not be read
    reason: str = ""  # why the source could not be read

    def __str__(self) -> str:
        s = self.span
        if self.found is None:
            return self.reason or f"{s.source}: cannot read the source to check {s.node}"
        return (f"{s.source}: {s.what} of {s.node} at {s.start}-{s.end} selects "
                f"{_short(self.found)}, not {_short(s.expected)}")


def _short(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:38] + "…" + text[-38:])


def _record(source: str) -> tuple[Path, int | None, bool]:
    """(file, record number, JSON Lines?) of an article's ``source``."""
    if (m := re.fullmatch(r"(.+\.(?:jsonl|ndjson)):(\d+)", source, re.IGNORECASE)):
        return Path(m[1]), int(m[2]), True
    if (m := re.fullmatch(r"(.+\.json)\[(\d+)\]", source, re.IGNORECASE)):
        return Path(m[1]), int(m[2]), False
    return Path(source), None, False


def source_text(source: str, base: Sequence[str | os.PathLike[str]] = HERE) -> str:
    """The text an article's offsets point into: its file decoded as kg reads it.

    Args:
        base: Folders a relative ``source`` is looked for in, in order.

    Raises:
        IngestError: the file (or its record) cannot be found or read.
    """
    name, number, lines = _record(source)
    candidates = [name] if name.is_absolute() else [Path(b) / name for b in base]
    path = next((c for c in candidates if c.is_file()), None)
    if path is None:
        where = "" if name.is_absolute() else f" in {', '.join(map(str, base)) or '.'}"
        raise IngestError(f"{source}: source file not found{where}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(f"{source}: cannot read ({err.strerror})") from None
    if lines:
        assert number is not None
        data = data.splitlines()[number - 1]
    text = decode(data, source).text
    if path.suffix.lower() in {".json", ".jsonl", ".ndjson"}:
        record = json.loads(text)
        if isinstance(record, list):
            record = record[number or 0]
        text = next(record[k] for k in _TEXT_FIELDS
                    if isinstance(record.get(k), str) and record[k].strip())
    return sanitize(text)


def _words(text: str) -> str:
    return " ".join(text.split())


def _selects(fragment: str, expected: str, html: bool, quote: bool) -> bool:
    texts = fragment_texts(fragment) if html else (fragment,)
    return any(_matches(drop_format(text), expected, collapse=html or quote, quote=quote)
               for text in texts)


def _matches(found: str, expected: str, *, collapse: bool, quote: bool) -> bool:
    if quote:
        found = _REOPENED.sub(r"\1", found)
    if collapse:
        found, expected = _words(found), _words(expected)
    if found == expected:
        return True
    if _GAP not in expected:
        return False
    # A quote split around its attribution: its parts in order, from the first word to the last.
    pattern = ".*".join(map(re.escape, expected.split(_GAP)))
    return re.fullmatch(pattern, found, re.DOTALL) is not None


def check_spans(spans: Iterable[Span], texts: dict[str, str | None] | None = None,
                base: Sequence[str | os.PathLike[str]] = HERE) -> Iterator[Violation]:
    """The spans whose offsets do not select their expected text.

    Args:
        texts: Source texts by source, for sources that are not files; the others are read.
        base: Folders relative sources are looked for in (see :func:`source_text`).
    """
    texts = dict(texts or {})
    unreadable: dict[str, str] = {}
    for span in spans:
        if span.source not in texts:
            try:
                texts[span.source] = source_text(span.source, base)
            except (KGError, ValueError, LookupError, StopIteration) as err:
                texts[span.source] = None
                unreadable[span.source] = str(err) if isinstance(err, KGError) else ""
        text = texts[span.source]
        if text is None:
            yield Violation(span, None, unreadable.get(span.source, ""))
            continue
        html = _record(span.source)[0].suffix.lower() in _HTML
        fragment = text[span.start : span.end]
        if not 0 <= span.start < span.end <= len(text) or not _selects(
                fragment, span.expected, html, span.what == "quote"):
            yield Violation(span, fragment)


def extraction_spans(extraction: Extraction) -> Iterator[Span]:
    """Every pair of offsets an extraction's relations and quotes carry."""
    source = extraction.article.source
    for i, relation in enumerate(extraction.relations):
        ev = relation.evidence
        yield Span(f"relation {i}", source, "sentence", ev.start, ev.end, ev.sentence)
    for i, quote in enumerate(extraction.quotes):
        ev = quote.evidence
        yield Span(f"quote {i}", source, "quote", quote.start, quote.end, quote.text)
        yield Span(f"quote {i}", source, "sentence", ev.start, ev.end, ev.sentence)


def check_extraction(extraction: Extraction, source: str | None = None) -> list[Violation]:
    """The offsets of ``extraction`` that do not select what they annotate in its source.

    Args:
        source: The source text, when the article was not read from a file.
    """
    texts: dict[str, str | None] | None = (
        None if source is None else {extraction.article.source: sanitize(source)})
    return list(check_spans(extraction_spans(extraction), texts))


_SPANS = with_prefixes("""
SELECT ?node ?source ?start ?end ?expected ?what WHERE {
  ?node prov:wasDerivedFrom ?article .
  ?article kg:sourceFile ?source .
  {
    ?node a kg:Assertion ; kg:sentence ?expected ; kg:startOffset ?start ; kg:endOffset ?end .
    BIND("sentence" AS ?what)
  } UNION {
    ?node a kg:Quote ; kg:text ?expected ; kg:startOffset ?start ; kg:endOffset ?end .
    BIND("quote" AS ?what)
  } UNION {
    ?node a kg:Quote ; kg:sentence ?expected ;
          kg:sentenceStartOffset ?start ; kg:sentenceEndOffset ?end .
    BIND("sentence" AS ?what)
  }
}
ORDER BY ?source ?start ?node ?what
""")


def store_spans(store: Store) -> list[Span]:
    """Every pair of evidence offsets in a store."""
    return [Span(node, source, what, int(start), int(end), expected)
            for node, source, start, end, expected, what in store.strings(_SPANS)]


def check_store(store: Store,
                base: Sequence[str | os.PathLike[str]] = HERE) -> list[Violation]:
    """Every evidence offset of a store that does not select what it annotates.

    Args:
        base: Folders its relative ``kg:sourceFile`` paths are looked for in.
    """
    return list(check_spans(store_spans(store), base=base))
