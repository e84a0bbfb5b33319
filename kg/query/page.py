"""The pages ``kg serve`` shows a browser: the query page, and the policy every page is served with.

The query page is one self-contained HTML document (no network but this
server): an editor with the ready-made queries of ``queries/``, a results table,
CSV download and a drawing of the result (``/draw``, the same page ``kg render``
writes). Query text and results reach the page only through ``textContent`` and
form values, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from importlib import resources
from pathlib import Path

from kg.render.html import script_json
from kg.vocab import PREFIXES

__all__ = ["READY_MADE", "content_policy", "query_page", "ready_made"]

#: The ready-made queries: ``queries/``, shipped inside the package as ``kg/queries``.
READY_MADE = Path(__file__).resolve().parents[1] / "queries"
#: The query the editor holds at first, after kg's prefixes.
FIRST_QUERY = ("SELECT DISTINCT ?name WHERE { ?person a kg:Person ; rdfs:label ?name }\n"
               "ORDER BY ?name")

_ASSETS = resources.files("kg.query")
# An inline script that runs (not a data block, not a file): what a policy hash must name.
_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src|type=\"application/json\"))[^>]*>(.*?)</script>",
                     re.DOTALL | re.IGNORECASE)


def ready_made(folder: Path = READY_MADE) -> list[dict[str, str]]:
    """Each ``.rq`` file of ``folder``: its name, what its first comment says, and its text."""
    queries = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("#")), "#")
        queries.append({"name": path.stem, "about": first.lstrip("# ").strip(), "text": text})
    return queries


def query_page(folder: Path = READY_MADE) -> str:
    """The query page: editor, ready-made queries, results and drawing."""
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    data = {"queries": ready_made(folder), "first": prologue + "\n" + FIRST_QUERY}
    parts = {"css": (_ASSETS / "page.css").read_text(encoding="utf-8"),
             "script": (_ASSETS / "page.js").read_text(encoding="utf-8"),
             "data": script_json(data), "title": html.escape("kg — SPARQL")}
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    # One pass: a part that happens to contain "{{…}}" is not filled in again.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)

def content_policy(page: str, *, frames: bool = False) -> str:
    """The Content-Security-Policy of a served HTML page.

    Only the page's own inline scripts run (named by their hashes), nothing is
    fetched from anywhere but this server, and only this server may frame it.

    Args:
        page: The HTML; its inline scripts are hashed.
        frames: The page shows drawings of this server in a frame.
    """
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode() + "'"
        for m in _SCRIPT.finditer(page)]
    return "; ".join([
        "default-src 'none'", "script-src " + (" ".join(hashes) or "'none'"),
        "style-src 'unsafe-inline'", "img-src data: blob:", "connect-src 'self'",
        "frame-src " + ("'self'" if frames else "'none'"),
        "form-action 'self'", "base-uri 'none'", "frame-ancestors 'self'"])
