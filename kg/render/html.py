"""Draw a graph as one self-contained, offline HTML page (pyvis with vis-network inlined).

The page has a side panel (legend and type filter, search by any name, filters by
predicate, article or publisher and number of supporting articles, and the
evidence of whatever is clicked). Article text travels as JSON in a
``<script type="application/json">`` block and reaches the page only through
``textContent``, so it is shown, never run.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any, BinaryIO

from pyvis.network import Network

from kg.errors import RenderError
from kg.render.layout import Footprint, layout_positions
from kg.render.view import ASSERTED, GraphView, ego_view, find_node, read_view, result_view
from kg.store.base import Store

__all__ = ["TYPE_STYLE", "EDGE_LABEL_LIMIT", "render_html", "render_page",
           "render_view", "write_html", "write_view"]

TYPE_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "dot", "symbol": "\u25cf", "name": "Person"},
    "Organization": {"color": "#f28e2b", "shape": "square", "symbol": "\u25a0",
                     "name": "Organisation"},
    "Place": {"color": "#59a14f", "shape": "triangle", "symbol": "\u25b2", "name": "Place"},
    "Plan": {"color": "#b07aa1", "shape": "diamond", "symbol": "\u25c6", "name": "Plan"},
    "Article": {"color": "#9c755f", "shape": "hexagon", "symbol": "\u2b22", "name": "Article"},
    "Other": {"color": "#79706e", "shape": "star", "symbol": "\u2605", "name": "Other"},
}

#: Node labels: font size in pixels, and the width past which vis-network wraps them.
NODE_FONT = 16
LABEL_MAX_WIDTH = 220
#: Helvetica's mean character width and line height, as shares of the font size:
#: generous, so the estimated label box holds the drawn one.
CHAR_WIDTH = 0.6
LINE_HEIGHT = 1.25
#: Colour of statements that are not facts.
STATEMENT_COLOR = "#c47a7a"
#: Above this many edges, edge labels are left to the evidence panel: drawing them
#: costs more than they tell at the zoom where that many edges fit on screen.
EDGE_LABEL_LIMIT = 3000

_ASSETS = resources.files("kg.render")
# Characters that could end a <script> element or a JS string early.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element."""
    return "".join(_script_json_pieces(data))


#: Items of a list encoded at a time: the evidence of a large graph is tens of
#: megabytes of JSON, written in pieces rather than made into one string.
_ITEMS_PER_PIECE = 512


def _script_json_pieces(data: Any) -> Iterator[str]:
    """``script_json(data)`` in pieces: a dict's values and a list's items a few at a time."""
    if isinstance(data, dict) and data:
        yield "{"
        for number, (key, value) in enumerate(data.items()):
            yield ("," if number else "") + _safe_json(key) + ":"
            yield from _script_json_pieces(value)
        yield "}"
    elif isinstance(data, list) and len(data) > _ITEMS_PER_PIECE:
        yield "["
        for start in range(0, len(data), _ITEMS_PER_PIECE):
            yield ("," if start else "") + _safe_json(data[start:start + _ITEMS_PER_PIECE])[1:-1]
        yield "]"
    else:
        yield _safe_json(data)


def _safe_json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _options(edge_labels: bool) -> dict[str, Any]:
    groups = {t: {"shape": s["shape"], "color": {"background": s["color"], "border": s["color"],
                                                "highlight": {"background": s["color"],
                                                              "border": "#222"}}}
              for t, s in TYPE_STYLE.items()}
    options: dict[str, Any] = {
        "groups": groups,
        "nodes": {"font": {"size": NODE_FONT, "face": "Helvetica, Arial, sans-serif",
                           "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "borderWidthSelected": 3,
                  "widthConstraint": {"maximum": LABEL_MAX_WIDTH},
                  # Labels smaller than 8 px on screen are skipped: unreadable, and costly.
                  "scaling": {"label": {"enabled": False, "drawThreshold": 9,
                                        "maxVisible": 28}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9aa5b1", "highlight": "#333", "hover": "#333",
                            "inherit": False},
                  "width": 1.2, "selectionWidth": 2.5,
                  "font": {"size": 13, "color": "#4a5560", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "middle"},
                  "smooth": False},
        "interaction": {"hover": False, "tooltipDelay": 200, "navigationButtons": False,
                        "hideEdgesOnDrag": True, "hideEdgesOnZoom": True,
                        "multiselect": False},
        "layout": {"improvedLayout": False},
        # The positions are final: physics would move nodes back onto edges and labels.
        "physics": {"enabled": False},
    }
    if not edge_labels:
        options["edges"]["font"]["size"] = 0
    return options


def _size(weight: int) -> float:
    return round(min(10 + 5 * math.sqrt(weight), 48), 1)


def _font_size(weight: int) -> int:
    """Hubs keep a readable label when the whole graph is on screen."""
    return round(min(12 + 4 * math.sqrt(weight), 40)) if weight > 3 else NODE_FONT


def _footprint(label: str, size: float, font: int) -> Footprint:
    """The room a node takes: its shape, and its label wrapped at the width limit."""
    width = len(label) * font * CHAR_WIDTH
    lines = max(1, math.ceil(width / LABEL_MAX_WIDTH))
    return Footprint(size, min(width, LABEL_MAX_WIDTH), lines * font * LINE_HEIGHT)


def _page_data(view: GraphView) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                         dict[str, Any]]:
    """vis-network's node and edge records, and the evidence the side panel shows."""
    article_ids = sorted(view.articles)
    article_index = {a: i for i, a in enumerate(article_ids)}
    ids = sorted(view.nodes)
    degree: Counter[str] = Counter()
    for edge in view.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    weights = {n: len(view.nodes[n].articles) + degree[n] for n in ids}
    footprints = {n: _footprint(view.nodes[n].label, _size(weights[n]), _font_size(weights[n]))
                  for n in ids}
    # Statements that are not facts are laid out too: shown, they must not cross nodes either.
    positions = layout_positions(
        ids, [(e.source, e.target) for e in (*view.edges, *view.statements)],
        footprints=footprints)
    vis_nodes: list[dict[str, Any]] = []
    panel_nodes: list[dict[str, Any]] = []
    for node_id in ids:
        node = view.nodes[node_id]
        weight = weights[node_id]
        x, y = positions[node_id]
        record: dict[str, Any] = {"id": node_id, "label": node.label, "group": node.type,
                                  "size": _size(weight), "x": x, "y": y}
        if _font_size(weight) != NODE_FONT:
            record["font"] = {"size": _font_size(weight)}
        vis_nodes.append(record)
        panel_nodes.append({
            "id": node_id, "label": node.label, "type": node.type,
            "alt": sorted(node.alt_labels),
            "articles": sorted(article_index[a] for a in node.articles if a in article_index),
        })
    vis_edges: list[dict[str, Any]] = []
    panel_edges: list[dict[str, Any]] = []
    parallel: Counter[frozenset[str]] = Counter()
    for number, edge in enumerate((*view.edges, *view.statements)):
        pair = frozenset((edge.source, edge.target))
        rank = parallel[pair]
        parallel[pair] += 1
        fact = edge.status == ASSERTED
        label = edge.label if fact else f"{edge.label} ({edge.status})"
        record = {"id": number, "from": edge.source, "to": edge.target, "label": label}
        if edge.predicate in view.symmetric:
            record["arrows"] = {"to": {"enabled": False}}
        if rank:  # bend repeated edges between one pair so their labels do not overlap
            record["smooth"] = {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                                "roundness": 0.25 * ((rank + 1) // 2)}
        if not fact:  # dashed, and off until asked for: a wish or a denial is no fact
            record.update(dashes=True, hidden=True, color={"color": STATEMENT_COLOR})
        vis_edges.append(record)
        panel_edges.append({
            "s": edge.source, "t": edge.target, "p": edge.predicate, "l": edge.label,
            "sym": edge.predicate in view.symmetric,
            "ev": [[article_index.get(ev.article, -1), ev.sentence, ev.confidence]
                   for ev in edge.evidence],
            **({} if fact else {"st": edge.status}),
        })
    articles = [{"title": a.title, "date": a.date, "publisher": a.publisher, "source": a.source,
                 "url": a.url} for a in (view.articles[i] for i in article_ids)]
    quotes = [{"text": q.text, "speaker": q.speaker, "sentence": q.sentence,
               "article": article_index.get(q.article, -1)} for q in view.quotes]
    types = {t: {"color": s["color"], "symbol": s["symbol"], "name": s["name"]}
             for t, s in TYPE_STYLE.items()}
    panel = {"nodes": panel_nodes, "edges": panel_edges, "articles": articles,
             "quotes": quotes, "types": types}
    return vis_nodes, vis_edges, panel


def render_view(view: GraphView, title: str = "Knowledge graph") -> str:
    """An HTML page drawing ``view``, with its evidence, that works offline.

    Args:
        view: What to draw (see :func:`kg.render.view.read_view`).
        title: Page title and heading.

    Raises:
        RenderError: a node's type has no style.
    """
    return "".join(_page_pieces(view, title))


def write_view(view: GraphView, output: BinaryIO, title: str = "Knowledge graph") -> None:
    """Write :func:`render_view`'s page to ``output`` (UTF-8) piece by piece, never
    holding the whole page: the evidence of a large graph is most of it."""
    for piece in _page_pieces(view, title):
        output.write(piece.encode("utf-8"))


def _page_pieces(view: GraphView, title: str) -> Iterator[str]:
    unknown = {n.type for n in view.nodes.values()} - set(TYPE_STYLE)
    if unknown:
        raise RenderError(f"no style for node type(s) {sorted(unknown)}; add them to TYPE_STYLE")
    vis_nodes, vis_edges, panel = _page_data(view)
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    # Network.add_node checks a list of ids per call (21 s at 20,000 nodes); append instead.
    net.nodes, net.edges = vis_nodes, vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.options = _options(len(vis_edges) <= EDGE_LABEL_LIMIT)
    page = net.generate_html()
    return _finish(page, title, panel)


def _finish(page: str, title: str, panel: dict[str, Any]) -> Iterator[str]:
    """Make pyvis's page offline-only and add the side panel, data and script."""
    # pyvis links Bootstrap from a CDN even when vis-network is inlined; nothing needs it.
    page = re.sub(r"<link[^>]+https?://[^>]*>\s*", "", page)
    page = re.sub(r'<script[^>]+src="[^"]*"[^>]*>\s*</script>\s*', "", page)
    # Only tags can fetch, and the data cannot contain "<" (it is escaped).
    if re.search(r"""<[a-z]+[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", page):
        raise RenderError("the page still links an external resource; pyvis's template changed")
    # Run in the same script as drawGraph(), so no frame is drawn before our handlers exist.
    # The call is the template's last; a name in the data may contain the same text.
    before, call, after = page.rpartition("drawGraph();")
    if not call:
        raise RenderError("pyvis's template changed: no drawGraph() call to hook")
    head, body, rest = before.partition("<body>")
    if not body:
        raise RenderError("pyvis's template changed: no <body> to add the panel to")
    css = (_ASSETS / "page.css").read_text(encoding="utf-8")
    script = (_ASSETS / "page.js").read_text(encoding="utf-8")
    side = (_ASSETS / "panel.html").read_text(encoding="utf-8").replace(
        "{{title}}", html.escape(title))
    yield head.replace("</head>", f'<meta name="viewport" content="width=device-width, '
                       f'initial-scale=1">\n<title>{html.escape(title)}</title>\n'
                       f"<style>{css}</style>\n</head>", 1)
    yield '<body>\n<script type="application/json" id="kg-data">'
    yield from _script_json_pieces(panel)
    yield "</script>\n"
    yield side
    yield rest + call + "\n" + script + after


def render_html(store: Store, title: str = "Knowledge graph") -> str:
    """An HTML page drawing every entity and asserted relation in ``store``."""
    return render_view(read_view(store), title)


def write_html(store: Store, output: BinaryIO, title: str = "Knowledge graph") -> None:
    """Write :func:`render_html`'s page to ``output`` without holding it whole."""
    write_view(read_view(store), output, title)


def render_page(store: Store, *, focus: str | None = None, hops: int = 1,
                query: str | None = None, title: str | None = None) -> str:
    """The page ``kg render`` writes: the whole graph, an ego graph, or a query's result.

    Args:
        store: The graph to read.
        focus: Name of an entity to centre on (any of its names).
        hops: How many relations away from ``focus`` to go.
        query: A SPARQL SELECT or CONSTRUCT whose result to draw (with ``focus``,
            the ego graph is cut from the result).
        title: Heading; a description of the view by default.

    Raises:
        RenderError: no single entity is called ``focus``, or the query has nothing to draw.
        QueryError: the query is malformed.
    """
    view = read_view(store)
    heading = "Knowledge graph"
    if query is not None:
        view = result_view(store.query(query), view, store)
        heading = "Query result"
    if focus is not None:
        name = find_node(view, focus).label
        view = ego_view(view, focus, hops)
        heading = f"{name}: {hops} hop{'s' if hops != 1 else ''} around"
    return render_view(view, title or heading)
