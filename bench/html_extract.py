"""kg's HTML reader against trafilatura on saved web pages with expected extracts.

trafilatura's repository keeps saved pages for its own tests (``tests/eval/``,
``tests/cache/``) with annotations (``tests/evaldata.json``): for each page,
passages of its main text ("with") and boilerplate that must not be extracted
("without"), and in ``tests/realworld_tests.py`` the expected title, author,
date and site name of some pages. The pages are not shipped with kg; pass the
``tests`` folder of a trafilatura checkout:

    .venv/bin/python bench/html_extract.py PATH/trafilatura/tests [--limit N]

Body text is scored as trafilatura's own benchmark scores it: precision is the
share of found passages that are main text, recall the share of main-text
passages found (whitespace-normalised substring match). Metadata is exact
match after whitespace normalisation (dates as YYYY-MM-DD), over the pages that
have an expected value.

Readers compared: ``kg`` (``kg.ingest.read_file``, what ``kg build`` reads),
``kg-tags`` (kg's reader without main-text detection: every visible text of the
page, metadata from its tags and prose) and ``trafilatura`` (``extract`` with
comments left out, and ``extract_metadata``).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kg.errors import KGError
from kg.ingest import make_article, read_file
from kg.ingest.decode import decode
from kg.ingest.html import HTMLText
from kg.model import Article

FIELDS = ("title", "author", "date", "sitename")


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def page_path(tests: Path, name: str) -> Path | None:
    for folder in ("cache", "eval"):
        path = tests / folder / name
        if path.is_file():
            return path
    return None


def expected_metadata(tests: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """{url: {field: (test, value)}} from realworld_tests.py's asserts on extract_metadata.

    ``test`` is "==", "startswith" or "endswith", as the assert states it.
    """
    tree = ast.parse((tests / "realworld_tests.py").read_text(encoding="utf-8"))
    constants: dict[str, str] = {}
    for node in tree.body:  # MOCK_PAGES = {url: file}
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            for k, v in zip(node.value.keys, node.value.values, strict=True):
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant):
                    constants[k.value] = v.value
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for func in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        names: dict[str, str] = {}
        url = None
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    names[node.targets[0].id] = value.value
                calls = [c for c in ast.walk(value) if isinstance(c, ast.Call)]
                for call in calls:
                    if getattr(call.func, "id", "") == "load_mock_page_meta" and call.args:
                        arg = call.args[0]
                        if isinstance(arg, ast.Constant):
                            url = arg.value
                        elif isinstance(arg, ast.Name):
                            url = names.get(arg.id)
            elif isinstance(node, ast.Assert) and url in constants:
                test = node.test
                if (
                    isinstance(test, ast.Compare)
                    and isinstance(test.ops[0], ast.Eq)
                    and isinstance(test.left, ast.Attribute)
                    and test.left.attr in FIELDS
                    and isinstance(test.comparators[0], ast.Constant)
                ):
                    found.setdefault(url, {})[test.left.attr] = ("==", test.comparators[0].value)
                elif (
                    isinstance(test, ast.Call)
                    and isinstance(test.func, ast.Attribute)
                    and test.func.attr in {"startswith", "endswith"}
                    and isinstance(test.func.value, ast.Attribute)
                    and test.func.value.attr in FIELDS
                    and test.args
                    and isinstance(test.args[0], ast.Constant)
                ):
                    field = test.func.value.attr
                    found.setdefault(url, {})[field] = (test.func.attr, test.args[0].value)
    return {constants[url]: fields for url, fields in found.items()}


def _fields(article: Article) -> dict[str, str | None]:
    """The text and metadata of ``article`` under the field names the test pages use."""
    return {
        "text": article.text,
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "sitename": article.publisher,
    }


def kg_read(path: Path) -> dict[str, str | None]:
    try:
        (article,) = read_file(path)
    except (KGError, ValueError):
        return {"text": None}
    return _fields(article)


def kg_tags(path: Path) -> dict[str, str | None]:
    """kg's reader without main-text detection: all visible text, metadata from tags."""
    try:
        source = decode(path.read_bytes(), str(path)).text
        parser = HTMLText(source)
        parser.feed(source)
        parser.close()
        meta = dict(parser.meta)
        if parser.headline or parser.title:
            meta.setdefault("title", parser.headline or parser.title)
        article = make_article(str(path), parser.visible.text, meta=meta)
    except (KGError, ValueError):
        return {"text": None}
    return _fields(article)


def trafilatura_read(path: Path) -> dict[str, str | None]:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    html = path.read_bytes()
    text = trafilatura.extract(html, include_comments=False, include_tables=True)
    meta = extract_metadata(html)
    return {
        "text": text,
        "title": meta.title,
        "author": meta.author,
        "date": meta.date,
        "sitename": meta.sitename,
    }


READERS: dict[str, Callable[[Path], dict[str, str | None]]] = {
    "kg": kg_read,
    "kg-tags": kg_tags,
    "trafilatura": trafilatura_read,
}


def meta_hit(test: str, expected: str, got: str | None) -> bool:
    got, expected = norm(got), norm(expected)
    if test == "startswith":
        return got.startswith(expected)
    if test == "endswith":
        return got.endswith(expected)
    return got == expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", type=Path, help="the tests/ folder of a trafilatura checkout")
    parser.add_argument("--start", type=int, default=0, help="skip the first N pages")
    parser.add_argument("--limit", type=int, default=None, help="score N pages only")
    parser.add_argument("--readers", default=",".join(READERS), help="comma-separated readers")
    args = parser.parse_args(argv)
    evaldata = json.loads((args.tests / "evaldata.json").read_text(encoding="utf-8"))
    metadata = expected_metadata(args.tests)
    readers = [r for r in args.readers.split(",") if r]
    pages = sorted(evaldata.items())[args.start :]
    pages = pages[: args.limit] if args.limit is not None else pages
    counts = {r: [0, 0, 0] for r in readers}  # with found, without found, with total
    meta_counts = {r: {f: [0, 0] for f in FIELDS} for r in readers}
    seconds = dict.fromkeys(readers, 0.0)
    missing = 0
    with tempfile.TemporaryDirectory() as tmp:
        for _url, item in pages:
            source = page_path(args.tests, item["file"])
            if source is None:
                missing += 1
                continue
            # kg reads a page by its suffix: give every page an .html name
            path = Path(tmp) / "page.html"
            path.write_bytes(source.read_bytes())
            expected = metadata.get(item["file"], {})
            for reader in readers:
                started = time.perf_counter()
                got = READERS[reader](path)
                seconds[reader] += time.perf_counter() - started
                text = norm(got.get("text"))
                c = counts[reader]
                c[0] += sum(1 for w in item["with"] if norm(w) in text)
                c[1] += sum(1 for w in item["without"] if norm(w) in text)
                c[2] += len(item["with"])
                for field, (test, value) in expected.items():
                    if field in got:
                        meta_counts[reader][field][1] += 1
                        meta_counts[reader][field][0] += meta_hit(test, value, got[field])
    scored = len(pages) - missing
    print(f"{scored} pages scored ({missing} listed but absent)\n")
    print(
        f"{'reader':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'s/page':>7}"
        "   (main-text passages found / boilerplate passages found / main-text passages)"
    )
    for reader in readers:
        tp, fp, total = counts[reader]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / total if total else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"{reader:<12} {p:9.3f} {r:7.3f} {f1:6.3f} {seconds[reader] / scored:7.3f}"
            f"   ({tp} / {fp} / {total})"
        )
    print("\nmetadata, exact match (pages with an expected value)")
    print(f"{'reader':<12} " + " ".join(f"{f:>10}" for f in FIELDS))
    for reader in readers:
        cells = []
        for field in FIELDS:
            hit, total = meta_counts[reader][field]
            cells.append(f"{hit:>4}/{total:<5}" if total else f"{'-':>10}")
        print(f"{reader:<12} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
