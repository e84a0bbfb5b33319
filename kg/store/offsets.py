"""The offset invariant: evidence offsets select exactly what they annotate in the source.

For every ``kg:Assertion`` the source text between ``kg:startOffset`` and
``kg:endOffset`` is its ``kg:sentence``; for every ``kg:Quote`` it is its
``kg:text``, and between ``kg:sentenceStartOffset`` and
``kg:sentenceEndOffset`` its ``kg:sentence``. The source text is the file
decoded the way kg reads it (for JSON, the record's text field); for HTML,
the fragment is compared once its tags are removed, its character references
decoded and its white space collapsed, as a browser shows it. In a quote split
around its attribution, " … " stands for the words left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import IngestError, KGError
from kg.ingest.clean import sanitize
from kg.ingest.decode import decode
from kg.ingest.html import html_to_text
from kg.ingest.readers import _TEXT_FIELDS
from kg.model import Extraction
from kg.store.ontology import with_prefixes

if TYPE_CHECKING:
    from kg.store.remote import RemoteStore
    from kg.store.store import GraphStore

__all__ = ["Span", "Violation", "check_extraction", "check_spans", "check_store",
           "extraction_spans", "source_text", "store_spans"]

_HTML = {".html", ".htm"}
_GAP = " … "  # joins the parts of a quote split around its attribution


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

    def __str__(self) -> str:
        s = self.span
        if self.found is None:
            return f"{s.source}: cannot read the source to check {s.what} of {s.node}"
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


def source_text(source: str) -> str:
    """The text an article's offsets point into: its file decoded as kg reads it.

    Raises:
        IngestError: the file (or its record) cannot be read.
    """
    path, number, lines = _record(source)
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


def _selects(fragment: str, expected: str, html: bool) -> bool:
    if html:
        fragment = " ".join(html_to_text(fragment)[0].split())
        expected = " ".join(expected.split())
    if fragment == expected:
        return True
    if _GAP not in expected:
        return False
    # A quote split around its attribution: its parts in order, from the first word to the last.
    pattern = ".*".join(map(re.escape, expected.split(_GAP)))
    return re.fullmatch(pattern, fragment, re.DOTALL) is not None


def check_spans(spans: Iterable[Span], texts: dict[str, str | None] | None = None
                ) -> Iterator[Violation]:
    """The spans whose offsets do not select their expected text.

    Args:
        texts: Source texts by source, for sources that are not files; the others are read.
    """
    texts = dict(texts or {})
    for span in spans:
        if span.source not in texts:
            try:
                texts[span.source] = source_text(span.source)
            except (KGError, ValueError, LookupError, StopIteration):
                texts[span.source] = None
        text = texts[span.source]
        if text is None:
            yield Violation(span, None)
            continue
        html = _record(span.source)[0].suffix.lower() in _HTML
        fragment = text[span.start : span.end]
        if not 0 <= span.start < span.end <= len(text) or not _selects(
                fragment, span.expected, html):
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


def store_spans(store: GraphStore | RemoteStore) -> list[Span]:
    """Every pair of evidence offsets in a store."""
    return [Span(node, source, what, int(start), int(end), expected)
            for node, source, start, end, expected, what in store.strings(_SPANS)]


def check_store(store: GraphStore | RemoteStore) -> list[Violation]:
    """Every evidence offset of a store that does not select what it annotates."""
    return list(check_spans(store_spans(store)))
