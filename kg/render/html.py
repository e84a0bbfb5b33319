"""Draw the graph as a self-contained interactive HTML page (pyvis, inlined)."""

from __future__ import annotations

import html
import re

from pyvis.network import Network

from kg.store.store import GraphStore

__all__ = ["TYPE_STYLE", "render_html"]

TYPE_STYLE = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Organization": {"color": "#f28e2b", "shape": "square"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Plan": {"color": "#b07aa1", "shape": "diamond"},
}

_NODES = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?type ?label (COUNT(DISTINCT ?a) AS ?articles) WHERE {
  ?e a ?t ; rdfs:label ?label .
  VALUES (?t ?type) { (kg:Person "Person") (kg:Organization "Organization") (kg:Place "Place") (kg:Plan "Plan") }
  OPTIONAL { ?a kg:mentions ?e }
} GROUP BY ?e ?type ?label
"""
_EDGES = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?p ?o ?plabel (SAMPLE(?sentence) AS ?evidence) (COUNT(DISTINCT ?art) AS ?n) WHERE {
  ?st a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:status "asserted" ; kg:sentence ?sentence ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?art .
  OPTIONAL { ?p rdfs:label ?plabel }
} GROUP BY ?s ?p ?o ?plabel
"""


def _local(iri: object) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1]


def render_html(store: GraphStore, title: str = "Knowledge graph") -> str:
    """An HTML page drawing every entity and asserted relation in ``store``."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  notebook=False, heading="")
    nodes = list(store.query(_NODES))
    ids = set()
    for e, kind, label, articles in nodes:  # type: ignore[misc]
        style = TYPE_STYLE[str(kind)]
        ids.add(str(e))
        net.nodes.append({
            "id": str(e), "label": str(label), "shape": style["shape"], "color": style["color"],
            "title": f"{kind}: {label} ({int(articles)} articles)",
            "size": 10 + 4 * min(int(articles), 10), "group": str(kind),
        })
        net.node_ids.append(str(e))
    for s, p, o, _plabel, evidence, n in store.query(_EDGES):  # type: ignore[misc]
        if str(s) in ids and str(o) in ids:
            net.edges.append({"from": str(s), "to": str(o), "label": _local(p),
                              "title": f"{_local(p)} — {n} article(s): {evidence}", "arrows": "to"})
    page = net.generate_html()
    # pyvis links Bootstrap from a CDN even when inlining vis-network; the page needs neither.
    page = re.sub(r'<link[^>]+cdn[^>]*>\s*', "", page)
    page = re.sub(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>\s*', "", page)
    legend = "".join(
        f'<span style="margin-right:1em"><span style="color:{s["color"]}">&#9679;</span> {html.escape(t)}</span>'
        for t, s in TYPE_STYLE.items()
    )
    return page.replace("<body>", f'<body>\n<h1 style="font:16px sans-serif">{html.escape(title)}</h1>'
                        f'<div id="legend" style="font:14px sans-serif">{legend}</div>', 1)
