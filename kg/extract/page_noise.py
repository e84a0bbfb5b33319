"""Parts of a news page that are not prose and name nothing the article is about.

Party-state tags ("Sen. Tim Kaine (D-Va.)"), time zones ("Eastern Daylight Time", "9
a.m. Gulf Time", "14:20 MSK"), the agency in a dateline ("GENEVA (Agency) —", "MOSCOW,
May 3 /Agency/.", "KYIV/LONDON (Agency) -"), photo credits, nicknames in quotes ("known
as 'The Lion'") and stock tickers ("(NYSE:NYX)"): names found there are not entities. The
reporters and editors a credit names ("(Reporting by …; editing by …)") are people of the
article, and stay.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from kg.extract.nlp import doc_text, doc_tokens

__all__ = ["PARTIES", "noise_tokens", "party_tags"]

_STATE = r"[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?"
# "(D-Va.)", ", R-Texas,", "(I-Vt.)", "(R-S.D.)"
_PARTY_TAG = re.compile(rf"(?<=[(,])\s?([DRI])-{_STATE}(?=[),;])")
# a party's letter alone in brackets after a surname, as state and local news write it:
# "Governor Jo Reyes (R) of Nevada", "said Rep. Al Tran (D)" (not "plan (B)", "Acme(R)")
_BARE_PARTY_TAG = re.compile(r"\b[A-Z][a-z][A-Za-z'’-]* \(([DRI])\)(?![\w(-])")
#: The parties a tag's letter names (an independent belongs to none).
PARTIES = {"D": "Democratic Party", "R": "Republican Party"}
#: Time zones' abbreviations: "EDT", "GMT".
_ZONES = ("EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "GMT", "UTC", "CET", "CEST",
          "BST", "EET", "EEST", "JST", "KST", "AEST", "AEDT")
_TIME_ZONES = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){1,2}(?:Standard|Daylight|Summer|Saving)\s+Time\b"
    r"|\b(?:Eastern|Central|Mountain|Pacific|Greenwich\s+Mean|Coordinated\s+Universal)"
    r"\s+Time\b"
    r"|\b(?:Central|Eastern|Western)\s+European(?:\s+Summer)?\s+Time\b"
    rf"|\b(?:{'|'.join(_ZONES)})\b")
# "Name/Agency" in a caption (not the cities of a dateline, "KYIV/LONDON,"), within its line
_CAPTION_CREDIT = re.compile(r"\b(?![A-Z][A-Z/ .'’-]*,)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
                             r"/(?:[A-Z][\w&.-]*)(?:[ \t]+[A-Z][\w.-]*)*")
# a nickname: known as "The Lion", nicknamed 'Rocky'
_NICKNAME = re.compile(r"(?:known\s+as|nicknamed|dubbed|a\.k\.a\.|aka)\s*,?\s*"
                       r"[\"“‘'][^\"”’'\n]{1,40}[\"”’']", re.IGNORECASE)
#: Stock exchanges written before a ticker: "(NYSE:NYX)", "(ASX: WPL)".
_EXCHANGES = ("NYSE", "NASDAQ", "Nasdaq", "ASX", "LSE", "TSX", "TSXV", "TSE", "HKEX", "SGX", "NSE",
              "BSE", "OTC", "OTCQX", "AMEX", "JSE", "KRX", "KOSDAQ", "SIX", "XETRA", "Euronext")
#: A company's stock ticker in brackets after its name: "(NYSE:NYX)", "(ASX: WPL)",
#: "(XOM.N)", "(MSFT:US)" (not a bare "(WHO)", which may be the body's abbreviation).
_TICKER = re.compile(rf"\((?:(?:{'|'.join(_EXCHANGES)})\s*:\s*[A-Z][A-Z0-9.]{{0,7}}"
                     r"|[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2}|:[A-Z]{2}))\)")
#: Strings one of which every match of a pattern holds (in lower case where it ignores case):
#: a text with none of them is not searched for it, and most texts have none.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _TIME_ZONES: ("Time", *_ZONES),
    _CAPTION_CREDIT: ("/",),
    _NICKNAME: ("known", "nicknamed", "dubbed", "a.k.a.", "aka"),
    _TICKER: (":", ".N)", ".O)", ".L)", ".T)", ".TO)", ".HK)", ".DE)", ".PA)", ".AX)", ".SS)",
              ".KS)"),
}
_PATTERNS = [
    re.compile(rf"(?<=[(,])\s?[DRI]-{_STATE}(?=[),;])"),  # the whole tag
    _BARE_PARTY_TAG,  # its letter
    # "(Ariz.)", "(N.Y.)" after a lawmaker's name
    re.compile(r"(?<=[A-Za-z] )\((?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.)\)"),
    _TIME_ZONES,
    # a zone's abbreviation after a clock time, ending its line or clause: "14:20 MSK",
    # "9:30 a.m. ET,", "9:14 AM ET | Updated"
    re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[AP]\.M\.|am|pm|AM|PM)?\s+([A-Z]{2,4})"
               r"(?=[ \t]*(?:$|[,;)|]))", re.MULTILINE),
    # any zone after a clock time: "at 9 a.m. Moscow Time", "14:00 Gulf Time"
    re.compile(r"(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)?\s+)"
               r"((?:[A-Z][a-z]+\s+){1,3}Time)\b"),
    # the agency of a dateline: "NAIROBI, Kenya (Agency) —", "MOSCOW, May 3 /Agency/."
    re.compile(r"^[A-Z][A-Z .'’/-]{2,}(?:,[^\n(/]{1,40})?\s*(\([^()\n]{1,40}\)|/[^/\n]{1,40}/)"
               r"(?=\s*[-–—.:])", re.MULTILINE),
    # credit lines and credits in brackets
    re.compile(r"^[ \t]*\(?(?:photo(?:graph)?s?|pictures?|images?|credits?|file photo|video)"
               r"(?:(?:\s+(?:credit|by|courtesy))?\b\s*[:|/-]|\s+by\s).*$",
               re.IGNORECASE | re.MULTILINE),
    re.compile(r"\((?:photo(?:graph)?|picture|image)s?(?:\s+by\b|\s*:)[^()\n]*\)",
               re.IGNORECASE),
    # an agency's credit in brackets, a file picture: "(Harbor Images)", "(file photo)"
    re.compile(r"\((?:[A-Z][\w.&'’-]*[ \t]+){1,3}(?:Images|Photos|Pictures|Photography)\)"),
    re.compile(r"\((?:file|archive|handout)[ \t]+(?:photo(?:graph)?|picture|image)s?\)",
               re.IGNORECASE),
    _CAPTION_CREDIT,
    _NICKNAME,
    _TICKER,
    # a web page's own lines around any story: "1 Min Read", "Image source, Agency",
    # "Leave a Reply", "Press Enter to skip to content", "Last Modified: 4 Jun 2011",
    # "Our Standards: …", "Main Navigation", "Please use Chrome browser for …"
    re.compile(r"^[ \t]*(?:\d+\s+min(?:ute)?s?\s+read|image\s+(?:source|caption)\b[^\n]*"
               r"|leave\s+a\s+(?:reply|comment)|be\s+(?:the\s+)?first\s+to\s+comment"
               r"|press\s+[\"“]?enter[\"”]?\s+to\s+skip\s+to\s+content"
               r"|skip\s+to\s+(?:main\s+)?(?:content|navigation)\b[^\n]*"
               r"|last\s+(?:modified|updated)\s*:[^\n]*|our\s+standards\s*:[^\n]*"
               r"|(?:main\s+)?navigation|please\s+use\s+[^\n]{0,30}\bbrowser\b[^\n]*)"
               r"[ \t]*$", re.IGNORECASE | re.MULTILINE),
    # an outlet's staff credited as a byline of its own line: "Agency Staff"
    re.compile(r"^[ \t]*(?:By[ \t]+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,2}[ \t]+Staff"
               r"[ \t]*$", re.MULTILINE),
]


def party_tags(doc: Doc) -> list[tuple[int, str]]:
    """The token of each party letter in a party-state tag, and the party it names:
    "Sen. Tim Kaine (D-Va.)" → (the token "D", "Democratic Party")."""
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    found = []
    for match in [*_PARTY_TAG.finditer(text), *_BARE_PARTY_TAG.finditer(text)]:
        party = PARTIES.get(match.group(1))
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if party and span is not None and span.text[:1] == match.group(1) and (
                match.re is _PARTY_TAG or _after_name(tokens, span.start)):
            found.append((tokens[span.start].i, party))
    return found


def _after_name(tokens, letter: int) -> bool:
    """Whether the bracketed letter at ``letter`` follows a proper name ("Reyes (R)"), not a
    common word written with a capital ("Section (D)")."""
    return letter >= 2 and tokens[letter - 1].text == "(" and tokens[letter - 2].pos_ == "PROPN"


def _may_match(pattern: re.Pattern[str], text: str, lower: str) -> bool:
    needs = _NEEDS.get(pattern)
    return needs is None or any(
        s in (lower if pattern.flags & re.IGNORECASE else text) for s in needs)


def noise_tokens(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` lies in page noise."""
    flags = [False] * len(doc)
    text = doc_text(doc)
    lower = text.lower()
    matches = [m for pattern in _PATTERNS if _may_match(pattern, text, lower)
               for m in pattern.finditer(text)]
    if not matches:
        return flags
    tokens = doc_tokens(doc)
    starts = [t.idx for t in tokens]
    for m in matches:
        start, end = m.span(m.lastindex) if m.lastindex else m.span()  # a dateline's agency
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        for i in range(first, len(tokens)):
            token = tokens[i]
            if token.idx >= end:
                break
            if token.idx + len(token.text) > start:
                flags[i] = True
    return flags
