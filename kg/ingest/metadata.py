"""Read article metadata (title, date, author, publisher) from news prose."""

from __future__ import annotations

import re
from datetime import date

from kg.text.lexicon import OUTLET_WORDS, PAGE_LABELS, REGIONS

__all__ = ["find_title", "find_date", "find_author", "find_publisher", "parse_date"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
]
_LEGAL_SUFFIX = re.compile(r"[,\s]+(?:LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|PLC|plc|GmbH|S\.A\.)$")


def parse_date(text: str) -> str | None:
    """The first calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[m["month"].lower()]
            try:
                return date(int(m["year"]), month, int(m["day"])).isoformat()
            except ValueError:
                continue
    return None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _is_dateline(line: str) -> bool:
    # "- The Washington Times - Friday, November 21, 2025"
    return parse_date(line) is not None and len(line) < 120 and not line.endswith(".")


def find_title(text: str) -> str | None:
    """A headline: a short first line that is not a sentence of the story."""
    for line in _lines(text)[:2]:
        if _is_dateline(line):
            continue
        words = line.split()
        if 3 <= len(words) <= 25 and not line.endswith((".", ":", ",")) and len(line) < 200:
            return line
        return None
    return None


def find_date(text: str) -> str | None:
    """The publication date from a dateline near the top."""
    for line in _lines(text)[:4]:
        if _is_dateline(line):
            return parse_date(line)
    return None


_AUTHOR_PATTERNS = [
    re.compile(r"^author[`'’]?s?\s+name\s*:?\s*(?P<name>.+)$", re.I),
    re.compile(r"^(?:[-•·*]\s*)?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
               r"\s+can\s+be\s+reached\b", re.I),
    # "By Jo Bloggs", "by Jo Bloggs", "BY Jo Bloggs, Reuters": the first name of a byline.
    re.compile(r"^[Bb][Yy]:?\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:$|,|\band\b)"),
]


#: Last words of a byline that credits the outlet's staff, no person: "By Web Desk", "By
#: News Bureau", "By Staff Reporters".
_STAFF_WORDS = {"desk", "bureau", "staff", "team", "newsroom", "reporters", "correspondents"}


def find_author(lines: list[str]) -> str | None:
    """The author from a byline, an author line or a contact line."""
    for line in lines:
        for pattern in _AUTHOR_PATTERNS:
            m = pattern.match(line.strip())
            if m:
                name = m["name"].strip(" .,")
                if name.split()[-1].lower() in _STAFF_WORDS:
                    return None  # the outlet's desk wrote it: no one to name
                return name
    return None


_PUBLISHER_PATTERNS = [
    re.compile(r"copyright\s*(?:©|\(c\))?\s*(?:\d{4}\s+)?(?P<name>[^.\n]+?(?:\.[A-Za-z]{2,3})?)"
               r"(?:\s+\d{4})?\s*(?:\.|$)", re.I),
    re.compile(r"©\s*(?:\d{4}\s+)?(?P<name>[^.\n]+?)(?:\s+\d{4})?\s*(?:\.|$)"),
    re.compile(r"^subscribe\s+to\s+(?P<name>\S+?(?:\.\w{2,3})?)\s+"
               r"(?:telegram|newsletter|channel|on\b|for\b)", re.I),
]


#: The agency a story's dateline credits: "MOSCOW, Oct 23 (Harbor Wire) -", "UNITED NATIONS
#: (Global Wire) —", "KYIV, May 3 /Agency/."
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .'’/-]{2,}(?:,[^(/\n]{1,40})?\s*"
                              r"(?:\((?P<bracketed>[A-Z][^()\n]{1,40})\)|/(?P<slashed>[A-Z][^/\n]{1,40})/)"
                              r"\s*[-–—.:]")


def find_publisher(header: list[str], dropped: list[str],
                   lead: list[str] | None = None, title: str | None = None) -> str | None:
    """The publisher from a dateline header or a copyright/subscription line, else an
    outlet's name on a line of its own among the ``lead`` lines (not the ``title``: "Trump
    Attacks Fake News" is a headline), else the agency the dateline of one of them credits."""
    for line in header[:2]:
        if _is_dateline(line):
            parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|^[-–—]\s*", line) if p.strip()]
            names = [p for p in parts if parse_date(p) is None and not p[:1].isdigit()
                     and p.lower() not in PAGE_LABELS  # "Analysis | The Ledger | 3 May"
                     and p not in REGIONS]  # "Europe | 20 November": the page's section
            if names:
                return _clean_publisher(names[0])
    for line in dropped:
        for pattern in _PUBLISHER_PATTERNS:
            m = pattern.search(line)
            if m and re.search(r"[A-Za-z]", m["name"]):
                return _clean_publisher(m["name"])
    for line in lead or ():
        if (line != title or line.isupper()) and (name := _masthead(line)) is not None:
            return _clean_publisher(name)
    for line in lead or ():
        if m := _DATELINE_AGENCY.match(line):
            return _clean_publisher(m["bracketed"] or m["slashed"])
    return None


#: Words that may stand lower-case inside an outlet's name: "Climate & Law Bulletin".
_NAME_JOINERS = {"of", "the", "and", "&", "for", "on", "de"}
#: Lines of a page's header that give no outlet's name.
_NOT_MASTHEAD = re.compile(r"^(?:by|author|compiled|photo|updated|published|posted)\b", re.I)


def _masthead(line: str) -> str | None:
    """An outlet's name on a line of its own in the page's header, perhaps with the page's
    section after it: "THE RED SEA GAZETTE", "Pacific Markets Daily", "The Hanseatic Review -
    Foreign Affairs", "Kyiv Sentinel (English edition)". Only a short run of capitalised
    words with a word that names outlets ("Gazette", "Daily", "Radio") is one; a headline or
    a section label is not."""
    if _NOT_MASTHEAD.match(line) or parse_date(line) is not None or line.endswith(
            (".", ":", "?", "!", '"', "”")):
        return None
    name = re.split(r"\s+[-–—|]\s+|\s*\(", line, maxsplit=1)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or name.lower() in PAGE_LABELS:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words):
        return None
    if not any(w.lower() in OUTLET_WORDS for w in words[-2:]):
        return None  # the outlet's word ends its name: "Pacific Markets Daily", "Nevsky
        # Telegraph Agency", "Continental Wire Service"
    return name


def _clean_publisher(name: str) -> str:
    name = re.sub(r"^\d{4}\s+", "", name.strip(" -–—,"))
    name = _LEGAL_SUFFIX.sub("", name).strip(" ,")
    return name.split(",")[0].strip()  # "© 2025 The Ledger, Nairobi": the city is no name
