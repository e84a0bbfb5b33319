"""The page itself, read as text: offline, safe, and complete."""

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import RenderError
from kg.render import read_view, render_html, render_view
from kg.render.html import DEFERRED_EDGES_NODES, _footprint, script_json
from kg.render.layout import find_overlaps
from kg.render.view import Edge, GraphView, Node
from kg.store import GraphStore
from kg.store.rdf import entity_iri

from .conftest import QUOTES, STATEMENTS, XSS_NAME, XSS_SENTENCE, XSS_TITLE, make_graph


def _panel(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert block is not None
    return json.loads(block.group(1))


def test_script_json_cannot_close_the_script_or_open_a_comment():
    text = script_json({"a": "</script><!-- \u2028 & >"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & >"}


def test_script_json_of_long_lists_is_the_json_of_the_whole(monkeypatch):
    import kg.render.html

    # Long lists are encoded a few items at a time; the text must not change.
    monkeypatch.setattr(kg.render.html, "_ITEMS_PER_PIECE", 3)
    data = {"edges": [{"s": f"<e{i}>", "ev": [[i, "a & b", 0.5]]} for i in range(10)],
            "empty": {}, "few": [1, 2], "flag": False}
    text = script_json(data)
    assert json.loads(text) == data
    assert text == script_json({"whole": data})[len('{"whole":'):-1]
    monkeypatch.setattr(kg.render.html, "_ITEMS_PER_PIECE", 10_000)
    assert script_json(data) == text


def test_page_links_nothing_outside(store):
    page = render_html(store)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page  # vis-network is inlined


def test_hostile_text_never_appears_as_markup(store):
    page = render_html(store)
    for hostile in (XSS_TITLE, XSS_NAME, XSS_SENTENCE, "<b>bold</b>"):
        assert hostile not in page
    harmless = render_view(GraphView())
    for tag in ("<script", "</script>", "<img", "<b>", "<!--"):
        assert page.count(tag) == harmless.count(tag), tag
    panel = _panel(page)
    assert XSS_SENTENCE in [ev[1] for e in panel["edges"] for ev in e["ev"]]
    assert XSS_TITLE in [a["title"] for a in panel["articles"]]


def test_panel_data_matches_the_store(store):
    view = read_view(store)
    panel = _panel(render_html(store))
    assert len(panel["nodes"]) == len(view.nodes)
    assert len(panel["edges"]) == len(view.edges) + len(view.statements)
    assert {e["l"] for e in panel["edges"]} >= {"leader of", "opposes", "met"}
    assert [e["st"] for e in panel["edges"] if "st" in e] == [s[-1] for s in STATEMENTS]
    assert len(panel["quotes"]) == len(QUOTES)
    assert [q["text"] for q in panel["quotes"] if q["speaker"] is None] == [
        text for _, speaker, text, _ in QUOTES if speaker is None]


def _vis_records(page: str, name: str) -> list[dict]:
    block = re.search(rf"{name} = new vis.DataSet\((\[.*?\])\);", page, re.S)
    assert block is not None, name
    return json.loads(block.group(1))


def test_statements_that_are_not_facts_are_dashed_and_hidden(store):
    edges = _vis_records(render_html(store), "edges")
    dashed = [e for e in edges if e.get("dashes")]
    assert [e["label"] for e in dashed] == ["met (desired)"]
    assert all(e["hidden"] for e in dashed)
    assert not any(e.get("hidden") for e in edges if not e.get("dashes"))


def test_nodes_without_relations_start_hidden(store):
    view = read_view(store)
    related = {end for e in (*view.edges, *view.statements) for end in (e.source, e.target)}
    hidden = {n["id"] for n in _vis_records(render_html(store), "nodes") if n.get("hidden")}
    assert hidden and hidden == set(view.nodes) - related


def test_past_a_few_hundred_nodes_edges_reach_vis_network_after_the_first_frame():
    view = GraphView()
    for i in range(DEFERRED_EDGES_NODES + 1):
        view.nodes[f"urn:n{i}"] = Node(f"urn:n{i}", f"Name {i}", "Person")
        if i:
            view.edges.append(Edge(f"urn:n{i}", "knows", "urn:n0", "knows"))
    page = render_view(view)
    assert _vis_records(page, "edges") == []
    block = re.search(r'<script type="application/json" id="kg-edges">(.*?)</script>', page, re.S)
    assert block is not None
    deferred = json.loads(block.group(1))
    assert [(e["from"], e["to"]) for e in deferred] == [(e.source, e.target) for e in view.edges]


def test_positions_come_from_python_with_no_overlap(store):
    page = render_html(store)
    assert '"physics": {"enabled": false}' in page
    view = read_view(store)
    nodes = _vis_records(page, "nodes")
    positions = {n["id"]: (n["x"], n["y"]) for n in nodes}
    assert set(positions) == set(view.nodes)
    footprints = {n["id"]: _footprint(n["label"], n["size"], n.get("font", {}).get("size", 16))
                  for n in nodes}
    pairs = [(e.source, e.target) for e in (*view.edges, *view.statements)]
    assert find_overlaps(positions, footprints, pairs) == []
    # The unlinked entity sits below the drawing, not in a ring around it.
    nato = positions[str(entity_iri("nato"))]
    linked = [p for n, p in positions.items() if n != str(entity_iri("nato"))]
    assert nato[1] > max(y for _, y in linked)


def test_unknown_node_type_is_a_render_error():
    view = GraphView({"x": Node("x", "X", "Spaceship")})
    with pytest.raises(RenderError, match="Spaceship"):
        render_view(view)


@pytest.fixture
def built(tmp_path):
    with GraphStore(tmp_path / "store") as s:
        s.add(make_graph())
    return tmp_path


def test_cli_render_focus_writes_an_ego_graph(built):
    out = built / "ego.html"
    result = CliRunner().invoke(cli, ["render", "--store", str(built), "--focus", "putin",
                                      "--hops", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in _panel(out.read_text())["nodes"]}
    assert labels == {"Vladimir Putin", "Russia", "Donald Trump"}


def test_cli_render_query(built):
    out = built / "q.html"
    result = CliRunner().invoke(cli, ["render", "--store", str(built), "-o", str(out),
                                      "CONSTRUCT { ?s kg:met ?o } WHERE { ?s kg:met ?o }"])
    assert result.exit_code == 0, result.output
    panel = _panel(out.read_text())
    assert [e["l"] for e in panel["edges"]] == ["met"] and len(panel["nodes"]) == 2


def test_cli_render_unknown_name_is_one_line_and_writes_nothing(built):
    out = built / "none.html"
    result = CliRunner().invoke(cli, ["render", "--store", str(built), "--focus", "Nobody At All",
                                      "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "no entity named 'Nobody At All'" in result.output
    assert not out.exists()


def test_symmetric_relations_have_no_arrow(store):
    page = render_html(store)
    panel = _panel(page)
    met = [e for e in panel["edges"] if e["l"] == "met"]
    assert len(met) == 2 and all(e["sym"] for e in met)  # the fact and the wish
    assert not any(e["sym"] for e in panel["edges"] if e["l"] == "leader of")
    assert page.count('"arrows": {"to": {"enabled": false}}') == 2


def test_text_that_looks_like_a_link_is_just_text():
    view = GraphView({"x": Node("x", "see src=//cdn.example.org and href=https://x.org", "Person")})
    panel = _panel(render_view(view))
    assert panel["nodes"][0]["label"] == "see src=//cdn.example.org and href=https://x.org"
