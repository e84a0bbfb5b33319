"""`kg serve`'s pages: the query page and drawings, CORS, OPTIONS, and what a page may run.

The browser tests drive headless Chromium against a real server on the seeds (and on a
graph whose names and quotes are markup), with the page's own Content-Security-Policy on.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.query import format_result
from kg.query.page import ready_made
from kg.query.server import ServerOptions, SparqlServer
from kg.render import read_view, result_view
from kg.store import STORE_DIRNAME, GraphStore
from tests.render.conftest import XSS_NAME, XSS_TITLE, make_graph

QUERIES = Path(__file__).parents[2] / "queries"
ROLES = (QUERIES / "roles.rq").read_text(encoding="utf-8")
ALLOWED = "http://localhost:3000"
HOSTILE = "http://evil.example"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ARTICLES = ("PREFIX kg: <https://w3id.org/kg/ontology#> "
            "CONSTRUCT { ?a a kg:Article } WHERE { ?a a kg:Article }")


@pytest.fixture(scope="module")
def served(seeds_build):
    options = ServerOptions(cors_origins=(ALLOWED,))
    with SparqlServer(seeds_build[0], port=0, options=options) as server:
        yield server.start()


@pytest.fixture(scope="module")
def plain(seeds_build):
    """A server started with no --cors."""
    with SparqlServer(seeds_build[0], port=0) as server:
        yield server.start()


@pytest.fixture(scope="module")
def local(seeds_build):
    with GraphStore(seeds_build[0] / STORE_DIRNAME, create=False, read_only=True) as store:
        yield store


def _request(server: SparqlServer, method: str, path: str, headers: dict | None = None,
             body: bytes | None = None) -> http.client.HTTPResponse:
    host, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    response.read_body = response.read()  # type: ignore[attr-defined]
    return response


def _form(query: str) -> tuple[bytes, dict[str, str]]:
    return (urllib.parse.urlencode({"query": query}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"})


class _Scripts(HTMLParser):
    """The inline scripts a browser would run, as an HTML parser splits them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.runnable: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        self._inside = tag == "script" and "src" not in attributes and attributes.get(
            "type", "text/javascript") == "text/javascript"
        if self._inside:
            self.runnable.append("")

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.runnable[-1] += data

    def handle_endtag(self, tag: str) -> None:
        self._inside = False


def _script_hashes(page: str) -> set[str]:
    parser = _Scripts()
    parser.feed(page)
    return {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in parser.runnable}


# -- plain HTTP --------------------------------------------------------------------------------


def test_a_browser_opening_sparql_gets_the_query_page_and_clients_do_not(served):
    page = _request(served, "GET", "/sparql", {"Accept": BROWSER_ACCEPT})
    assert page.status == 200 and page.getheader("Content-Type").startswith("text/html")
    text = page.read_body.decode()
    assert [q["name"] for q in ready_made()] == sorted(p.stem for p in QUERIES.glob("*.rq"))
    assert all(f">{q['name']}<" not in text for q in ready_made())  # data, not markup
    assert '"name":"roles"' in text
    # Clients that accept anything, or results only, still hear what a query is missing.
    for accept in ("*/*", "application/sparql-results+json", None):
        answer = _request(served, "GET", "/sparql", {"Accept": accept} if accept else {})
        assert answer.status == 400 and b"query=" in answer.read_body


def test_pages_let_only_their_own_scripts_run_and_load_nothing_from_elsewhere(served):
    page = _request(served, "GET", "/sparql", {"Accept": BROWSER_ACCEPT})
    policy = dict(part.strip().split(" ", 1) for part in
                  page.getheader("Content-Security-Policy").split(";"))
    assert policy["default-src"] == "'none'" and policy["connect-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'" and policy["base-uri"] == "'none'"
    assert set(policy["script-src"].split()) == _script_hashes(page.read_body.decode())
    body, headers = _form(ROLES)
    drawing = _request(served, "POST", "/draw", headers, body)
    assert drawing.status == 200
    policy = drawing.getheader("Content-Security-Policy")
    hashes = _script_hashes(drawing.read_body.decode())
    assert len(hashes) >= 3 and all(h in policy for h in hashes)
    assert "frame-src 'none'" in policy and "unsafe-eval" not in policy
    graph_page = _request(served, "GET", "/")
    assert "default-src 'none'" in graph_page.getheader("Content-Security-Policy")


def test_a_drawing_is_the_render_of_the_query_result(served, local):
    body, headers = _form(ROLES)
    drawing = _request(served, "POST", "/draw", headers, body).read_body.decode()
    view = result_view(local.query(ROLES), read_view(local), local)
    assert "<title>Query result</title>" in drawing
    for node in view.nodes.values():
        assert f'"label":"{node.label}"' in drawing
    unrelated = {n.label for n in read_view(local).nodes.values()} - {
        n.label for n in view.nodes.values()}
    assert unrelated and all(f'"label":"{name}"' not in drawing for name in unrelated)


@pytest.mark.parametrize(("query", "reason"), [
    ("ASK { ?s ?p ?o }", "ASK query has no graph"),
    ("SELECT ?x WHERE { BIND(1 AS ?x) }", "no resources to draw"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT ?x WHERE { ?x", "malformed"),
])
def test_what_cannot_be_drawn_is_a_400_with_one_line(served, query, reason):
    body, headers = _form(query)
    answer = _request(served, "POST", "/draw", headers, body)
    assert answer.status == 400
    text = answer.read_body.decode()
    assert reason in text and "\n" not in text.strip()


def test_draw_takes_no_update(served):
    body = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    answer = _request(served, "POST", "/draw", {"Content-Type":
                                                "application/x-www-form-urlencoded"}, body)
    assert answer.status == 400 and b"send updates to /sparql" in answer.read_body


def test_turtle_from_the_server_uses_the_ontology_prefixes(served, local):
    answer = _request(served, "GET", "/sparql?" + urllib.parse.urlencode({"query": ARTICLES}),
                      {"Accept": "text/turtle"})
    text = answer.read_body.decode()
    assert "@prefix kg: <https://w3id.org/kg/ontology#>" in text and "a kg:Article" in text
    assert "ns1:" not in text
    assert text == format_result(local.query(ARTICLES))
    assert len(Graph().parse(data=text, format="turtle")) == len(local.query(ARTICLES).graph)


def test_options_says_what_the_server_allows(plain):
    for path in ("/sparql", "/draw", "*", "/"):
        answer = _request(plain, "OPTIONS", path)
        assert answer.status == 204 and answer.getheader("Allow") == "GET, HEAD, POST, OPTIONS"
        assert answer.getheader("Access-Control-Allow-Origin") is None
    assert _request(plain, "OPTIONS", "/etc/passwd").status == 404


def test_a_preflight_from_the_allowed_origin_is_granted(served):
    answer = _request(served, "OPTIONS", "/sparql", {
        "Origin": ALLOWED, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert answer.status == 204
    assert answer.getheader("Access-Control-Allow-Origin") == ALLOWED
    assert "POST" in answer.getheader("Access-Control-Allow-Methods")
    assert "Content-Type" in answer.getheader("Access-Control-Allow-Headers")
    query = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    answer = _request(served, "GET", query, {"Origin": ALLOWED})
    assert answer.status == 200 and answer.getheader("Access-Control-Allow-Origin") == ALLOWED
    assert answer.getheader("Vary") == "Origin"


@pytest.mark.parametrize("origin", [HOSTILE, "null", ALLOWED + ".evil.example",
                                    "http://localhost:3001"])
def test_a_hostile_origin_gets_no_cors_header(served, plain, origin):
    query = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    for server in (served, plain):
        preflight = _request(server, "OPTIONS", "/sparql", {
            "Origin": origin, "Access-Control-Request-Method": "POST"})
        answer = _request(server, "GET", query, {"Origin": origin})
        assert answer.status == 200
        for response in (preflight, answer):
            assert response.getheader("Access-Control-Allow-Origin") is None
            assert response.getheader("Access-Control-Allow-Methods") is None
    assert _request(plain, "GET", query, {"Origin": ALLOWED}).getheader(
        "Access-Control-Allow-Origin") is None


def test_an_allowed_origin_still_cannot_update(tmp_path, seeds_build):
    import shutil

    shutil.copytree(seeds_build[0], tmp_path / "build")
    options = ServerOptions(allow_updates=True, cors_origins=(ALLOWED,))
    with SparqlServer(tmp_path / "build", port=0, options=options) as server:
        server.start()
        body = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
        answer = _request(server, "POST", "/sparql", {
            "Content-Type": "application/x-www-form-urlencoded", "Origin": ALLOWED,
            "Sec-Fetch-Site": "cross-site"}, body)
        assert answer.status == 403
        assert _request(server, "GET", "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                        {"Accept": "application/sparql-results+json"}).read_body.endswith(
            b"true}")


@pytest.mark.parametrize("origin", ["localhost:3000", "http://localhost:3000/", "*.example",
                                    "http://a b"])
def test_a_malformed_cors_origin_is_one_line(seeds_build, origin):
    result = CliRunner().invoke(cli, ["serve", "--store", str(seeds_build[0]), "--port", "0",
                                      "--cors", origin])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        f"Error: --cors {origin!r} is not an origin; give scheme://host[:port] with no path, "
        "e.g. http://localhost:3000"]


# -- in a browser ------------------------------------------------------------------------------


class _Visit:
    """The query page of ``server`` in a fresh browser context, with what it logged and fetched."""

    def __init__(self, browser, server: SparqlServer):
        self.errors: list[str] = []
        self.elsewhere: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                           accept_downloads=True)
        self.context.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.context.on("weberror", lambda e: self.errors.append(str(e.error)))

        def outside(route):
            self.elsewhere.append(route.request.url)
            route.abort()

        self.context.route(lambda url: not url.startswith(server.url), outside)
        self.page = self.context.new_page()
        self.page.goto(server.url + "sparql")

    def run(self, ready_made: str | None = None, text: str | None = None) -> None:
        if ready_made is not None:
            self.page.select_option("#kg-ready", label=ready_made)
        if text is not None:
            self.page.fill("#kg-query", text)
        self.page.click("#kg-run")
        self.page.wait_for_function(
            "() => !['', 'Running…'].includes(document.getElementById('kg-status').textContent)")

    def cells(self) -> list[list[str]]:
        return self.page.eval_on_selector_all(
            "#kg-results tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))")

    def draw(self):
        self.page.click("#kg-draw")
        frame = self.page.frame(name="kg-drawing")
        frame.wait_for_function("() => window.kgTiming && window.kgTiming.ready !== null",
                                timeout=60_000)
        return frame


@pytest.fixture
def visit(browser):
    visits: list[_Visit] = []

    def open_page(server: SparqlServer) -> _Visit:
        visits.append(_Visit(browser, server))
        return visits[-1]

    yield open_page
    for opened in visits:
        opened.context.close()


@pytest.mark.browser
def test_a_ready_made_query_runs_downloads_and_draws(served, local, visit):
    page = visit(served)
    page.run("roles")
    assert page.page.input_value("#kg-query") == ROLES
    expected = format_result(local.query(ROLES), "csv")
    rows = [line.split(",") for line in expected.strip().splitlines()]
    assert page.cells() == rows and len(rows) > 10
    assert page.page.inner_text("#kg-status") == f"{len(rows) - 1} rows"
    with page.page.expect_download() as download:
        page.page.click("#kg-download")
    assert download.value.suggested_filename == "roles.csv"
    assert Path(download.value.path()).read_bytes().decode("utf-8") == expected
    frame = page.draw()
    view = result_view(local.query(ROLES), read_view(local), local)
    drawn = frame.evaluate("() => [network.body.nodeIndices.length, "
                           "network.body.edgeIndices.length]")
    assert drawn == [len(view.nodes), len(view.edges)]
    shown = frame.evaluate(
        "() => network.body.nodeIndices.map(id => network.body.nodes[id].options.label)")
    assert sorted(shown) == sorted(n.label for n in view.nodes.values())
    page.page.screenshot(path=str(Path(__file__).parents[1] / "render" / "output" /
                                  "query-page.png"), full_page=True)
    # CSP violations are console errors: every script the pages need was allowed.
    assert page.errors == [] and page.elsewhere == []


@pytest.mark.browser
def test_a_construct_shows_turtle_and_an_error_shows_its_line(served, visit):
    page = visit(served)
    page.run(text=ARTICLES)
    assert "@prefix kg:" in page.page.inner_text("#kg-results pre")
    assert page.page.inner_text("#kg-download") == "Download Turtle"
    page.run(text="SELECT ?x WHERE { ?x")
    assert page.page.inner_text("#kg-status").startswith("400 ")
    assert page.page.is_disabled("#kg-draw")


@pytest.fixture
def hostile(tmp_path):
    """A server on a graph whose names, titles and quotes are markup."""
    with GraphStore(tmp_path / STORE_DIRNAME) as store:
        store.add(make_graph())
    with SparqlServer(tmp_path, port=0) as server:
        yield server.start()


@pytest.mark.browser
def test_hostile_results_are_shown_as_text(hostile, visit):
    page = visit(hostile)
    page.run(text="PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                  "SELECT DISTINCT ?name WHERE {\n"
                  "  VALUES ?p { rdfs:label <https://schema.org/headline> }\n"
                  "  ?x ?p ?name FILTER(CONTAINS(?name, '<')) } ORDER BY ?name")
    names = [row[0] for row in page.cells()[1:]]
    assert names == sorted([XSS_NAME, XSS_TITLE])
    page.run("quotes")
    said = [row[1] for row in page.cells()[1:] if row[0] == XSS_NAME]
    assert said == ["<b>bold</b> & \\ 'quoted'"]
    assert page.page.eval_on_selector_all("#kg-results img, #kg-results script, #kg-results b",
                                          "found => found.length") == 0
    frame = page.draw()
    labels = frame.evaluate(
        "() => network.body.nodeIndices.map(id => network.body.nodes[id].options.label)")
    assert XSS_NAME in labels
    assert page.page.evaluate("() => window.__pwned") is None
    assert frame.evaluate("() => window.__pwned") is None
    assert page.errors == [] and page.elsewhere == []


@pytest.mark.browser
def test_the_served_graph_page_draws_under_its_policy(served, local, visit):
    page = visit(served)
    page.page.goto(served.url)
    page.page.wait_for_function("() => window.kgTiming && window.kgTiming.ready !== null",
                                timeout=60_000)
    view = read_view(local)
    linked = {e.source for e in view.edges} | {e.target for e in view.edges}
    assert page.page.evaluate("() => network.body.nodeIndices.length") == len(linked)
    assert page.errors == [] and page.elsewhere == []
