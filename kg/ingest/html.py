"""Extract article text and metadata from HTML, keeping offsets into the file.

The page's visible text is read with ``html.parser`` (a tag skip-list), which
knows where every piece of text is in the file. trafilatura, a maintained
main-text extractor, then says which of it is the article: the visible text is
cut down to the passages it extracts, so the offsets stay those of the file.
It also reads the byline, date and site name better than ``<meta>`` tags alone
(bench/html_extract.py measures both on saved news pages).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from typing import Any

from kg.ingest.clean import compose_offsets

__all__ = ["HTMLText", "html_to_text", "main_passages"]

# Never prose. The page furniture of _SKIP may hold the story on real pages (a whole
# page inside <form>, a <header> left open), so main-text detection reads it too.
_NEVER_TEXT = {"script", "style", "noscript", "iframe", "svg", "template", "select", "head"}
_SKIP = _NEVER_TEXT | {"nav", "header", "footer", "aside", "form", "button"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
          "article", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "table", "ul", "ol"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr"}
_ITEM_MARK = re.compile(r"^[-*•]\s+")
_MIN_PIECE = 4  # a shorter cell ("1", "Yes") would match anywhere
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MIN_SENTENCE = 20
# Below this, a "main text" is a guess on a page too small or too broken to judge.
_MIN_MAIN_CHARS = 250
_META_FIELDS = {
    "og:title": "title", "twitter:title": "title",
    "article:published_time": "date", "date": "date", "pubdate": "date",
    "dc.date": "date", "author": "author", "article:author": "author",
    "og:site_name": "publisher", "og:url": "url",
}


class _Text:
    """Text pieces and the source offset where each begins."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[tuple[int, int]] = []
        self.length = 0

    def add(self, piece: str, position: int) -> None:
        self.offsets.append((self.length, position))
        self.parts.append(piece)
        self.length += len(piece)

    def newline(self, position: int) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n", position)

    def space(self, position: int) -> None:
        if self.parts and not self.parts[-1][-1:].isspace():
            self.add(" ", position)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def breakpoints(self) -> tuple[tuple[int, int], ...]:
        return tuple(self.offsets) or ((0, 0),)


class HTMLText(HTMLParser):
    """Collects a page's text with the source offset of each chunk, in one pass.

    ``visible`` leaves out page furniture (navigation, header, footer, forms…);
    ``readable`` leaves out only what is never prose (scripts, styles…), for the
    main-text extractor to choose from.
    """

    def __init__(self, source: str) -> None:
        # character references come one by one, each with its own position: text
        # after "&#8217;" keeps exact offsets into the file
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.visible = _Text()
        self.readable = _Text()
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._never_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _newline(self) -> None:
        position = self._pos()
        if not self._skip_depth:
            self.visible.newline(position)
        if not self._never_depth:
            self.readable.newline(position)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in _META_FIELDS and values.get("content"):
                self.meta.setdefault(_META_FIELDS[key], values["content"].strip())
        elif tag == "link" and values.get("rel") == "canonical" and values.get("href"):
            self.meta.setdefault("url", values["href"])
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("date", values["datetime"])
        if tag not in _VOID:
            self._skip_depth += tag in _SKIP
            self._never_depth += tag in _NEVER_TEXT
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            if tag in _SKIP and self._skip_depth:
                self._skip_depth -= 1
            if tag in _NEVER_TEXT and self._never_depth:
                self._never_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        if self._never_depth:
            return
        if self._in_h1 and not self._skip_depth:
            self._h1_parts.append(data)
        position = self._pos()
        for text, shown in ((self.visible, not self._skip_depth), (self.readable, True)):
            if not shown:
                continue
            if data.strip():
                text.add(data, position)
            else:
                text.space(position)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(unescape(f"&#{name};"))

    @property
    def headline(self) -> str | None:
        """The text of the page's ``<h1>``."""
        return " ".join("".join(self._h1_parts).split()) or None

    @property
    def title(self) -> str | None:
        """The text of the page's ``<title>``."""
        return " ".join("".join(self._title_parts).split()) or None


def html_to_text(source: str) -> tuple[str, tuple[tuple[int, int], ...], dict[str, str]]:
    """The article text of an HTML page.

    Returns:
        The text, its breakpoints into ``source`` and the metadata (title,
        date, author, publisher, url). The text is the page's main text when
        trafilatura finds one, else all its visible text.
    """
    page = HTMLText(source)
    page.feed(source)
    page.close()
    meta = dict(page.meta)
    extracted = _extract(source) or {}
    # title, byline and site name as trafilatura reads them (it matched every expected
    # value in bench/html_extract.py, the page's tags far fewer); the page's own date
    # tags first, then trafilatura's date
    for field, key in (("title", "title"), ("author", "author"), ("sitename", "publisher")):
        if extracted.get(field):
            meta[key] = extracted[field]
    if extracted.get("date"):
        meta.setdefault("date", extracted["date"])
    title = page.headline or page.title
    if title:
        meta.setdefault("title", title)
    readable = page.readable.text
    kept = main_passages(readable, extracted.get("text") or "")
    if sum(end - start for start, end in kept) < _MIN_MAIN_CHARS:
        # a snippet, or a page it misread or could not read: keep all that shows
        return page.visible.text, page.visible.breakpoints, meta
    parts, outer, position = [], [], 0
    for start, end in kept:
        if parts:  # a line break between passages, placed where the next one starts
            outer.append((position, start))
            parts.append("\n")
            position += 1
        outer.append((position, start))
        parts.append(readable[start:end])
        position += end - start
    main = "".join(parts)
    return main, compose_offsets(tuple(outer), page.readable.breakpoints, len(main)), meta


def _extract(source: str) -> dict[str, Any] | None:
    """trafilatura's main text and metadata of a page, or None when it finds none."""
    import trafilatura  # here, not above: it takes a while to load, and only pages need it
    # it logs a warning for every page too short or too odd to extract: not the user's concern
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        document = trafilatura.bare_extraction(
            source,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            # the page's date as it states it, without a search through every string
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a page it cannot parse is read without it
        return None
    if document is None:
        return None
    return {k: getattr(document, k, None) for k in ("text", "title", "author", "date", "sitename")}


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and each remaining character's offset in ``text``.

    Compared without any whitespace, "1.Em uma vasilha" (an extractor's list item)
    is found in the page's "1. Em uma vasilha".
    """
    where = [m.start() for m in re.finditer(r"\S", text)]
    return "".join(text[i] for i in where), where


def _pieces(extracted: str) -> Iterator[str]:
    """The extractor's lines as the page has them: table cells one by one ("| a | b |"),
    list items without their dash."""
    for line in extracted.splitlines():
        for cell in line.split("|"):
            piece = _ITEM_MARK.sub("", cell.strip())
            if len(piece) >= _MIN_PIECE:
                yield piece


def main_passages(visible: str, extracted: str) -> list[tuple[int, int]]:
    """Spans of ``visible`` that hold the lines of ``extracted``, in page order.

    Lines are compared without whitespace, so a paragraph the page splits over
    several lines, or indents, is still found. Each line is looked for after the
    previous one, then anywhere (a teaser may have matched a line of the story
    ahead of its place), then sentence by sentence; what is still not found
    (text the extractor rewrote) is left out.
    """
    squeezed, where = _squeezed(visible)
    found: list[tuple[int, int]] = []
    cursor = 0

    def find(text: str) -> bool:
        nonlocal cursor
        wanted = "".join(text.split())
        at = squeezed.find(wanted, cursor)
        if at < 0:
            at = squeezed.find(wanted)
        if at < 0:
            return False
        found.append((where[at], where[at + len(wanted) - 1] + 1))
        cursor = at + len(wanted)
        return True

    for piece in _pieces(extracted):
        if not find(piece):
            # a line the page does not have as a whole (the extractor joined or
            # rewrote part of it) is looked for sentence by sentence
            for sentence in _SENTENCE_END.split(piece):
                if len(sentence) >= _MIN_SENTENCE:
                    find(sentence)
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        # pieces apart by a blank or a separator ("Update | Crash victims named") join
        # into one verbatim span
        gap = visible[spans[-1][1] : start].strip() if spans else ""
        if spans and (start <= spans[-1][1] or (len(gap) <= 2 and not any(map(str.isalnum, gap)))):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans
