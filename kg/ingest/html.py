"""Extract article text and metadata from HTML, keeping offsets into the file."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

__all__ = ["HTMLText", "html_to_text"]

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
         "iframe", "svg", "template", "button", "select", "head"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
          "article", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "table", "ul", "ol"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr"}
_META_FIELDS = {
    "og:title": "title", "twitter:title": "title",
    "article:published_time": "date", "date": "date", "pubdate": "date",
    "dc.date": "date", "author": "author", "article:author": "author",
    "og:site_name": "publisher", "og:url": "url",
}


# A character reference, as html.unescape finds them.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


class HTMLText(HTMLParser):
    """Collects visible text with the source offset of each chunk."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._source = source
        #: Where the last piece of text ends in the source (None: somewhere in markup).
        self._end: int | None = None
        self._verbatim = False
        self._line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._line_starts.append(i + 1)
        self.parts: list[str] = []
        self.offsets: list[tuple[int, int]] = []
        self.length = 0
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _add(self, text: str, source: int, verbatim: bool, ends: int | None = None) -> None:
        """Append ``text`` read at ``source``: a verbatim copy, or standing for markup.

        Args:
            ends: Where the markup it stands for ends in the source, when known.
        """
        if self._end is not None and self._end != source:
            self.offsets.append((self.length, self._end))  # the text before a gap ends here
        if not (verbatim and self._verbatim and self._end == source):
            self.offsets.append((self.length, source))
        self.parts.append(text)
        self.length += len(text)
        self._end = source + len(text) if verbatim else ends
        self._verbatim = verbatim

    def _add_data(self, data: str, source: int) -> None:
        """Append decoded text, mapping each character reference to the whole of it."""
        raw = self._source
        if raw.startswith(data, source):
            self._add(data, source, verbatim=True)
            return
        done = 0
        for ref in _CHARREF.finditer(raw, source):
            copied = ref.start() - source
            if data[done : done + copied] != raw[source : ref.start()]:
                break
            if copied:
                self._add(raw[source : ref.start()], source, verbatim=True)
            decoded = unescape(ref.group())
            self._add(decoded, ref.start(), verbatim=False, ends=ref.end())
            done += copied + len(decoded)
            source = ref.end()
            if raw.startswith(data[done:], source):
                break
        if done < len(data):
            self._add(data[done:], source, verbatim=raw.startswith(data[done:], source))

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._add("\n", self._pos(), verbatim=False)

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
        if tag in _SKIP and tag not in _VOID:
            self._skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag not in _VOID and self._skip_depth:
            self._skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        if self._skip_depth:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        if not data.strip():
            if self.parts and not self.parts[-1][-1:].isspace():
                self._add(" ", self._pos(), verbatim=False)
            return
        self._add_data(data, self._pos())

    @property
    def title(self) -> str | None:
        for parts in (self._h1_parts, self._title_parts):
            text = " ".join("".join(parts).split())
            if text:
                return text
        return None


def html_to_text(source: str) -> tuple[str, tuple[tuple[int, int], ...], dict[str, str]]:
    """Visible text of an HTML page.

    Returns:
        The text, its breakpoints into ``source`` and the metadata found in
        ``<meta>``, ``<time>``, ``<link rel=canonical>``, ``<title>`` and ``<h1>``.
    """
    parser = HTMLText(source)
    parser.feed(source)
    parser.close()
    if parser._end is not None and not parser._verbatim:  # the text ends with a reference
        parser.offsets.append((parser.length, parser._end))
    meta = dict(parser.meta)
    if parser.title:
        meta.setdefault("title", parser.title)
    return "".join(parser.parts), tuple(parser.offsets) or ((0, 0),), meta
