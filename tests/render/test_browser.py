"""The page in headless Chromium: drawn, searchable, filterable, evidenced, and safe."""

import pytest

from kg.render import TYPE_STYLE, read_view, render_html, render_view
from kg.render.view import Edge, GraphView, Node
from kg.store.rdf import entity_iri

from .conftest import OUTPUT, XSS_NAME, XSS_SENTENCE, XSS_TITLE

pytestmark = pytest.mark.browser

DRAWN = "[network.body.nodeIndices.length, network.body.edgeIndices.length]"
SHOWN_LABELS = "network.body.nodeIndices.map(id => network.body.nodes[id].options.label).sort()"
EDGE_POINT = """([s, t]) => {
  const i = kgPage.data.edges.findIndex(e => e.s === s && e.t === t);
  const a = network.getPosition(s), b = network.getPosition(t);
  const p = network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
  const r = document.getElementById('mynetwork').getBoundingClientRect();
  return [i, p.x + r.left, p.y + r.top];
}"""
NODE_POINT = """(id) => {
  const p = network.canvasToDOM(network.getPosition(id));
  const r = document.getElementById('mynetwork').getBoundingClientRect();
  return [p.x + r.left, p.y + r.top];
}"""


@pytest.fixture
def page(store, tmp_path, open_page):
    path = tmp_path / "graph.html"
    path.write_text(render_html(store), encoding="utf-8")
    return open_page(path)


def _details(page) -> str:
    return page.page.inner_text("#kg-details")


def test_every_linked_node_and_every_fact_is_drawn_without_errors(store, page):
    view = read_view(store)
    linked = {e.source for e in view.edges} | {e.target for e in view.edges}
    assert page.eval(DRAWN) == [len(linked), len(view.edges)]
    assert page.errors == [] and page.requests == []
    OUTPUT.mkdir(exist_ok=True)
    page.page.screenshot(path=str(OUTPUT / "graph.png"))


@pytest.mark.parametrize("query", ["zelenskiy", "ZELENSKIY", "zElEnSkIy"])
def test_search_by_another_name_shows_the_match_and_its_neighbours(page, query):
    # Any case matches: the names are "Zelenskiy" and "Volodymyr Zelensky".
    page.page.fill("#kg-search", query)
    page.page.wait_for_function("network.body.nodeIndices.length < 11")
    assert page.eval(SHOWN_LABELS) == ["28-point peace plan", "Ukraine", "Volodymyr Zelensky"]
    assert page.page.inner_text("#kg-matches").startswith("Volodymyr Zelensky")
    page.page.fill("#kg-search", "")
    page.page.wait_for_function("network.body.nodeIndices.length === 11")


def test_search_shows_only_matches_and_their_direct_neighbours(page):
    # The plan's neighbours are Witkoff, Zelensky and Trump; Trump's other neighbours
    # (Putin, the United States) are two steps away and must stay hidden.
    page.page.fill("#kg-search", "28-POINT")
    page.page.wait_for_function("network.body.nodeIndices.length < 11")
    assert page.eval(SHOWN_LABELS) == ["28-point peace plan", "Donald Trump", "Steve Witkoff",
                                       "Volodymyr Zelensky"]
    assert page.eval("network.body.edgeIndices.length") == 3


def test_enter_opens_the_exact_name_before_longer_ones(page):
    # "us" is inside "Russia" and "Reuters", but it is exactly another name of the United States.
    assert [n["label"] for n in page.eval("kgPage.matches('us')")][0] == "United States"
    page.page.fill("#kg-search", "US")
    page.page.press("#kg-search", "Enter")
    assert page.eval("network.getSelectedNodes()") == [str(entity_iri("usa"))]
    assert _details(page).startswith("United States")


def test_unlinked_entities_and_non_facts_are_behind_toggles(page):
    assert "NATO" not in page.eval(SHOWN_LABELS)
    page.page.check("#kg-isolated")
    assert "NATO" in page.eval(SHOWN_LABELS)
    assert page.eval(DRAWN) == [12, 9]
    page.page.check("#kg-statements")
    assert page.eval(DRAWN) == [12, 10]
    dashed = page.eval("network.body.edgeIndices.map(i => network.body.edges[i].options)"
                       ".filter(o => o.dashes).map(o => o.label)")
    assert dashed == ["met (desired)"]
    assert "1 statement that are not facts" in page.page.inner_text("#kg-showing")
    page.eval("id => kgPage.showNode(id)", str(entity_iri("putin")))
    text = _details(page)
    assert "Statements that are not facts (1)" in text and "(desired)" in text


def test_an_article_lists_its_quotes_with_and_without_a_speaker(page):
    page.page.select_option("#kg-source", label="Trump and Putin")
    text = _details(page)
    assert text.startswith("Trump and Putin")
    assert "\u201cNobody saw it coming.\u201d" in text and "speaker not named" in text
    assert "met" in text


def test_date_range_keeps_what_those_days_state(page):
    page.page.fill("#kg-from", "2025-11-22")
    page.page.fill("#kg-to", "2025-11-22")
    page.page.dispatch_event("#kg-to", "change")
    assert page.eval(SHOWN_LABELS) == ["28-point peace plan", "Donald Trump", "Kremlin",
                                       "Russia", "Vladimir Putin"]


def test_filters_change_what_is_visible(page):
    page.page.select_option("#kg-predicate", label="leader of (3)")
    assert page.eval(DRAWN) == [6, 3]
    page.page.eval_on_selector(
        "#kg-min", "e => { e.value = '2'; e.dispatchEvent(new Event('change')); }")
    assert page.eval(SHOWN_LABELS) == ["Donald Trump", "United States"]
    page.page.click("#kg-reset")
    assert page.eval(DRAWN) == [11, 9]
    page.page.uncheck("#kg-types input[value=Place]")
    # The Kremlin's one relation is to a place: left without relations, it is set aside too.
    assert page.eval(DRAWN) == [7, 5]
    page.page.click("#kg-reset")
    page.page.select_option("#kg-source", label="Reuters (3 articles)")
    assert page.eval(DRAWN) == [10, 6]
    assert "Kremlin" not in page.eval(SHOWN_LABELS)
    page.page.select_option("#kg-source", label="Trump and Putin")
    # Reuters is named in that article but in none of its relations.
    assert page.eval(SHOWN_LABELS) == ["28-point peace plan", "Donald Trump", "Kremlin",
                                       "Russia", "Vladimir Putin"]
    assert page.errors == []


def test_clicking_an_edge_shows_its_evidence(page):
    index, x, y = page.eval(EDGE_POINT, [str(entity_iri("witkoff")), str(entity_iri("peace-plan"))])
    page.page.mouse.click(x, y)
    assert page.eval("network.getSelectedEdges()") == [index]
    text = _details(page)
    assert "author of" in text
    assert "Steve Witkoff drafted the 28-point peace plan." in text
    assert "US drafts peace plan · Reuters · 2025-11-21" in text


def test_clicking_a_speaker_shows_quotes_and_dims_the_rest(page):
    x, y = page.eval(NODE_POINT, str(entity_iri("zelensky")))
    page.page.mouse.click(x, y)
    text = _details(page)
    assert "\u201cWe will not trade our land for peace.\u201d" in text
    assert "Also called: Zelenskiy; Zelensky" in text
    dimmed = page.eval("nodes.get().filter(n => n.font && n.font.color === '#bbbbbb').length")
    assert dimmed == 12 - 3


def test_hostile_article_is_shown_as_text_and_runs_nothing(page):
    bob = str(entity_iri("bob"))
    page.eval("id => kgPage.focusNode(id)", bob)
    text = _details(page)
    assert XSS_NAME in text and "\u201c<b>bold</b> & \\ 'quoted'\u201d" in text
    assert XSS_TITLE in text
    index, x, y = page.eval(EDGE_POINT, [bob, str(entity_iri("reuters"))])
    page.eval("i => kgPage.showEdge(i)", index)
    assert XSS_SENTENCE.replace("\u2028", "\n") in _details(page).replace("\u2028", "\n")
    page.page.fill("#kg-search", "onerror")
    page.page.wait_for_function("network.body.nodeIndices.length < 11")
    assert page.eval("typeof window.__pwned") == "undefined"
    assert page.eval("document.querySelectorAll('#kg-side img, #kg-side b').length") == 0
    assert page.errors == [] and page.requests == []


def test_the_python_layout_is_drawn_as_it_is(store, page):
    assert page.eval("network.physics.physicsEnabled") is False
    assert page.eval("kgTiming.drawn === kgTiming.stable")
    positions = page.eval("network.getPositions()")
    drawn = {n["id"]: (n["x"], n["y"]) for n in page.eval("nodes.get()")}
    assert set(positions) == set(drawn) - {str(entity_iri("nato"))}  # unlinked, so hidden
    # vis-network keeps whole pixels
    assert all(abs(positions[n]["x"] - x) <= 1 and abs(positions[n]["y"] - y) <= 1
               for n, (x, y) in drawn.items() if n in positions)


def test_labels_enlarged_for_the_whole_view_cover_no_other_label_or_node(tmp_path, open_page):
    # Twelve hubs, each with fifteen leaves: more than 150 nodes, so the hubs' labels are
    # enlarged to read at the zoom that shows everything, where they fit.
    view = GraphView()
    for h in range(12):
        hub = f"urn:hub{h}"
        view.nodes[hub] = Node(hub, f"Union {h}" if h % 3 else f"A union with a long name {h}",
                               "Organization")
        for leaf in range(15):
            node = f"urn:p{h}-{leaf}"
            view.nodes[node] = Node(node, f"Person {h}-{leaf}", "Person")
            view.edges.append(Edge(node, "memberOf", hub, "member of"))
    path = tmp_path / "hubs.html"
    path.write_text(render_view(view), encoding="utf-8")
    page = open_page(path)
    page.page.wait_for_function("kgPage.labelled().length > 0")
    page.page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
    # vis-network's own measure of each drawn label and node, after the enlargement.
    boxes = page.eval("""() => kgPage.labelled().map(id => {
        const s = network.body.nodes[id].labelModule.size;
        return [id, s.left, s.top, s.left + s.width, s.top + s.height]; })""")
    nodes = page.eval("""() => network.body.nodeIndices.map(id => {
        const n = network.body.nodes[id], r = n.options.size;
        return [id, n.x - r, n.y - r, n.x + r, n.y + r]; })""")

    def touch(a, b):
        return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]

    assert len(boxes) >= 3 and all(b[0].startswith("urn:hub") for b in boxes)
    assert not [(a[0], b[0]) for a in boxes for b in boxes if a[0] < b[0] and touch(a, b)]
    assert not [(a[0], n[0]) for a in boxes for n in nodes if n[0] != a[0] and touch(a, n)]


COLOURS = """() => {
  const canvas = network.canvas.frame.canvas, seen = new Set();
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb = Array.from(pixels.slice(i, i + 3), v => v.toString(16).padStart(2, '0'));
    seen.add('#' + rgb.join(''));
  }
  return Array.from(seen);
}"""


def test_a_large_graph_zoomed_out_is_drawn_in_one_pass_and_stays_usable(tmp_path, open_page):
    # 3,300 nodes: past the size where the zoomed-out view is drawn in batches.
    view = GraphView()
    hubs = [f"urn:hub{h}" for h in range(11)]
    for h, hub in enumerate(hubs):
        view.nodes[hub] = Node(hub, f"Ministry {h}", "Organization")
        for leaf in range(299):
            node = f"urn:p{h}-{leaf}"
            view.nodes[node] = Node(node, f"Official {h}-{leaf}", "Person")
            view.edges.append(Edge(node, "memberOf", hub, "member of"))
    path = tmp_path / "large.html"
    path.write_text(render_view(view), encoding="utf-8")
    page = open_page(path)
    assert page.eval("kgPage.overview()") is True
    assert page.eval(DRAWN) == [3300, 3289]
    page.eval("() => network.redraw()")
    colours = {TYPE_STYLE[t]["color"] for t in ("Organization", "Person")}
    assert colours <= set(page.eval(COLOURS))
    # A click finds the node under the pointer (vis-network never measured it) and selects it.
    under = page.eval("id => network.getNodeAt(network.canvasToDOM(network.getPosition(id)))",
                      hubs[3])
    assert under is not None
    page.page.mouse.click(*page.eval(NODE_POINT, hubs[3]))
    # it and its neighbourhood, highlighted by selection in a graph this size
    assert set(page.eval("network.getSelectedNodes()")) == {under, hubs[3]}
    assert _details(page).startswith(view.nodes[under].label)
    page.page.fill("#kg-search", "Official 3-298")
    page.page.wait_for_function("network.body.nodeIndices.length === 2")
    assert sorted(page.eval(SHOWN_LABELS)) == ["Ministry 3", "Official 3-298"]
    page.page.fill("#kg-search", "")
    page.page.wait_for_function("network.body.nodeIndices.length === 3300")
    # Zoomed in, vis-network draws every item itself again, with arrowheads.
    page.eval("id => network.focus(id, {scale: 1, animation: false})", hubs[3])
    assert page.eval("kgPage.overview()") is False
    page.eval("() => network.redraw()")
    assert page.eval("id => network.body.nodes[id].shape.width", hubs[3]) > 0
    assert colours <= set(page.eval(COLOURS))
    assert page.errors == [] and page.requests == []


LABELS_DRAWN = """() => {
  const proto = Object.getPrototypeOf(network.body.edges[0]), own = proto.drawLabel, drawn = [];
  proto.drawLabel = function () { drawn.push(this.id); return own.apply(this, arguments); };
  network.redraw();
  proto.drawLabel = own;
  return drawn;
}"""
MIDDLES_ON_SCREEN = """() => {
  const c = network.canvas, low = c.DOMtoCanvas({x: 0, y: 0});
  const high = c.DOMtoCanvas({x: c.frame.canvas.clientWidth, y: c.frame.canvas.clientHeight});
  return network.body.edgeIndices.map(i => network.body.edges[i]).filter(e => {
    const x = (e.from.x + e.to.x) / 2, y = (e.from.y + e.to.y) / 2;
    return x >= low.x && x <= high.x && y >= low.y && y <= high.y; }).map(e => e.id);
}"""


def test_relation_labels_are_drawn_on_screen_and_give_way_when_crowded(tmp_path, open_page):
    # A hub with 400 members: zoomed in on it, hundreds of labels would lie on each other.
    view = GraphView()
    view.nodes["urn:hub"] = Node("urn:hub", "Assembly", "Organization")
    for leaf in range(400):
        node = f"urn:m{leaf}"
        view.nodes[node] = Node(node, f"Member {leaf}", "Person")
        view.edges.append(Edge(node, "memberOf", "urn:hub", "member of"))
    view.edges.append(Edge("urn:m0", "leaderOf", "urn:m1", "leader of"))
    path = tmp_path / "crowded.html"
    path.write_text(render_view(view), encoding="utf-8")
    page = open_page(path)
    page.eval("() => network.moveTo({position: network.getPosition('urn:hub'), scale: 0.5})")
    assert len(page.eval(MIDDLES_ON_SCREEN)) > 150
    assert page.eval(LABELS_DRAWN) == []
    page.eval("() => kgPage.focusNode('urn:m0')")  # selects its two relations, and the hub
    page.eval("() => network.moveTo({position: network.getPosition('urn:hub'), scale: 0.5})")
    selected = page.eval("network.getSelectedEdges()")
    drawn = page.eval(LABELS_DRAWN)
    assert len(selected) == 2 and drawn and set(drawn) <= set(selected)
    # Zoomed in, the few labels on screen are drawn, and none off screen.
    page.eval("() => { network.unselectAll(); network.moveTo({position: "
              "network.getPosition('urn:hub'), scale: 1.5}); }")
    middles = page.eval(MIDDLES_ON_SCREEN)
    drawn = page.eval(LABELS_DRAWN)
    assert 0 < len(middles) <= len(drawn) <= 150 and set(middles) <= set(drawn)
    assert len(drawn) < 401
    assert page.errors == []
