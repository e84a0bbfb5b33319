from __future__ import annotations

import contextlib
import csv
import http.client
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from kg.errors import StoreError
from kg.query import format_result, with_prefixes
from kg.query.server import ServerOptions, SparqlServer, negotiate
from kg.store import GraphStore
from tests.query.conftest import client_timeout

PERSONS = with_prefixes(
    "SELECT DISTINCT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name")
ARTICLES = with_prefixes("CONSTRUCT { ?a a kg:Article ; kg:sourceFile ?f } "
                         "WHERE { ?a a kg:Article ; kg:sourceFile ?f }")
# Four copies of every triple joined: far more rows than any query limit lets finish.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def build_dir(seeds_build):
    return seeds_build[0]


@pytest.fixture(scope="module")
def local(build_dir):
    # Read-only, like the server's workers: the session's build stays unlocked for other tests.
    with GraphStore(build_dir / "store", create=False, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def served(build_dir):
    with SparqlServer(build_dir, port=0) as server:
        yield server.start()


@pytest.fixture(scope="module")
def strict(build_dir):
    options = ServerOptions(timeout=1.0, max_results=10, workers=1)
    with SparqlServer(build_dir, port=0, options=options) as server:
        yield server.start()


def _get(server: SparqlServer, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    host, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=client_timeout())
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.read()


def _post(server: SparqlServer, body: bytes, media: str, accept: str = "*/*") -> tuple[int, bytes]:
    request = urllib.request.Request(server.url + "sparql", data=body,
                                     headers={"Content-Type": media, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=client_timeout()) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _wrapper(server: SparqlServer, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


# -- the protocol, through real clients --------------------------------------------------------


def test_select_through_sparqlwrapper_in_json(served, local):
    answer = _wrapper(served, PERSONS, JSON).queryAndConvert()
    names = [b["name"]["value"] for b in answer["results"]["bindings"]]
    assert names == [str(row[0]) for row in local.query(PERSONS)]
    assert "Dmitry Peskov" in names


@pytest.mark.parametrize("fmt,kind", [(CSV, "csv"), (TSV, "tsv")])
def test_select_in_csv_and_tsv_is_what_kg_query_prints(served, local, fmt, kind):
    answer = _wrapper(served, PERSONS, fmt).queryAndConvert()
    assert answer.decode("utf-8") == format_result(local.query(PERSONS), kind)


def test_select_in_xml(served, local):
    document = _wrapper(served, PERSONS, XML).queryAndConvert()
    names = [node.firstChild.firstChild.data for node in document.getElementsByTagName("binding")]
    assert names == [str(row[0]) for row in local.query(PERSONS)]


def test_ask_through_sparqlwrapper(served):
    yes = _wrapper(served, with_prefixes("ASK { ?p a kg:Person }"), JSON).queryAndConvert()
    no = _wrapper(served, "ASK { ?p a <http://example.org/Nothing> }", JSON).queryAndConvert()
    assert yes["boolean"] is True and no["boolean"] is False


def test_construct_in_turtle_and_n_triples(served, local):
    expected = local.query(ARTICLES).graph
    assert len(expected) == 10
    turtle = _wrapper(served, ARTICLES, TURTLE).queryAndConvert()
    # Turtle as kg query writes it: kg's prefixes, names as plain literals (RDF 1.1: the
    # same terms as xsd:string ones, which rdflib tells apart).
    assert turtle.decode() == format_result(local.query(ARTICLES))
    assert turtle.startswith(b"@prefix article: <https://w3id.org/kg/resource/article/> .")
    status, body = _post(served, ARTICLES.encode(), "application/sparql-query",
                         accept="application/n-triples")
    assert status == 200 and isomorphic(Graph().parse(data=body, format="nt"), expected)


def test_rdflib_sparqlstore_reads_the_graph(served, local):
    remote = Graph(store=SPARQLStore(served.url + "sparql", returnFormat="json"))
    # names come as plain literals (RDF 1.1: the same terms as xsd:string ones)
    names = [Literal(str(row[0])) for row in local.query(PERSONS)]
    assert [row[0] for row in remote.query(PERSONS)] == names
    kinds = remote.query(with_prefixes("SELECT DISTINCT ?t WHERE { ?e a ?t }"))
    assert {str(row[0]).split("#")[-1] for row in kinds} >= {"Person", "Place", "Article"}


def test_a_form_post_and_content_negotiation(served, local):
    body = urllib.parse.urlencode({"query": PERSONS}).encode()
    status, data = _post(served, body, "application/x-www-form-urlencoded",
                         accept="text/csv;q=0.5, text/tab-separated-values;q=0.9, */*;q=0.1")
    assert status == 200 and data.decode() == format_result(local.query(PERSONS), "tsv")
    status, data = _post(served, ARTICLES.encode(), "application/sparql-query", accept="text/csv")
    assert status == 406 and b"text/turtle" in data


@pytest.mark.parametrize("accept,offered,chosen", [
    (None, {"a/json": 1, "a/xml": 2}, "a/json"),
    ("*/*", {"a/json": 1, "a/xml": 2}, "a/json"),
    ("a/xml;q=0.2, a/json;q=0.1", {"a/json": 1, "a/xml": 2}, "a/xml"),
    ("text/*", {"a/json": 1, "text/csv": 2}, "text/csv"),
    ("a/xml;q=0, a/json", {"a/json": 1, "a/xml": 2}, "a/json"),
    ("image/png", {"a/json": 1}, None),
])
def test_negotiate(accept, offered, chosen):
    assert negotiate(accept, offered) == chosen


# -- limits ------------------------------------------------------------------------------------


def _quads(store) -> int:
    # Read every row: a half-read Oxigraph result must not be dropped on a server thread.
    return [int(row[0]) for row in store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")][0]


def test_updates_are_refused_by_default(served, local):
    before = _quads(local)
    update = urllib.parse.urlencode({"update": "INSERT DATA { <a:s> <a:p> <a:o> }"}).encode()
    status, body = _post(served, update, "application/x-www-form-urlencoded")
    assert status == 403 and b"--allow-updates" in body
    status, _ = _post(served, b"DROP ALL", "application/sparql-update")
    assert status == 403
    assert _quads(local) == before


def test_updates_go_through_when_allowed(tmp_path):
    with GraphStore(tmp_path / "store") as store:
        store.add_quads([(URIRef("urn:x:a"), URIRef("urn:x:p"), Literal("before"),
                          URIRef("urn:x:g"))])
    options = ServerOptions(allow_updates=True)
    with SparqlServer(tmp_path, port=0, options=options) as server:
        server.start()
        endpoint = server.url + "sparql"
        store = SPARQLUpdateStore(endpoint, endpoint, returnFormat="json")
        # rdflib wraps the update in GRAPH <urn:x:g> and queries with default-graph-uri.
        graph = Graph(store=store, identifier=URIRef("urn:x:g"))
        graph.update("INSERT DATA { <urn:x:s> <urn:x:p> 'added' }")
        rows = list(graph.query("SELECT ?o WHERE { <urn:x:s> ?p ?o }"))
        assert [str(r[0]) for r in rows] == ["added"]
        assert len(list(Graph(store=store, identifier=URIRef("urn:x:other")).query(
            "SELECT ?o WHERE { <urn:x:s> ?p ?o }"))) == 0
        status, body = _post(server, b"INSERT DATA { <a:s> ", "application/sparql-update")
        assert status == 400 and b"malformed SPARQL Update" in body


def _one_quad_store(folder, value: str) -> None:
    with GraphStore(folder) as store:
        store.add_quads([(URIRef("urn:x:a"), URIRef("urn:x:p"), Literal(value),
                          URIRef("urn:x:g"))])


def test_a_rebuilt_store_is_served_at_once(tmp_path):
    _one_quad_store(tmp_path / "store", "first build")
    with SparqlServer(tmp_path, port=0) as server:
        server.start()
        query = b"SELECT ?o WHERE { ?s ?p ?o }"
        status, body = _post(server, query, "application/sparql-query", accept="text/csv")
        assert status == 200 and b"first build" in body
        # What `kg build` does: a finished store replaces the old folder.
        _one_quad_store(tmp_path / ".store.new", "second build")
        shutil.rmtree(tmp_path / "store")
        os.replace(tmp_path / ".store.new", tmp_path / "store")
        for _ in range(3):  # every worker, not just the first
            status, body = _post(server, query, "application/sparql-query", accept="text/csv")
            assert status == 200 and b"second build" in body and b"first" not in body


def test_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(strict):
    status, body = _post(strict, ENDLESS.encode(), "application/sparql-query")
    assert status == 503 and b"longer than 1 s" in body
    # The one worker was replaced: the next query is answered.
    status, body = _post(strict, b"ASK { ?s ?p ?o }", "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_results_past_the_size_limit_are_refused_not_cut(strict):
    status, body = _post(strict, b"SELECT * WHERE { ?s ?p ?o }", "application/sparql-query")
    assert status == 400 and b"more than 10 rows" in body
    status, body = _post(strict, b"CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-query")
    assert status == 400 and b"limit" in body
    status, body = _post(strict, b"SELECT * WHERE { ?s ?p ?o } LIMIT 10",
                         "application/sparql-query", accept="text/csv")
    assert status == 200 and len(list(csv.reader(io.StringIO(body.decode())))) == 11


def test_oversized_and_malformed_requests(served):
    status, body = _post(served, b"SELECT ?x WHERE { ?x ", "application/sparql-query")
    assert status == 400 and b"malformed SPARQL" in body
    status, _ = _post(served, b"SELECT * WHERE { ?s ?p ?o }", "text/plain")
    assert status == 415
    status, _ = _post(served, b"x" * 1_000_001, "application/sparql-query")
    assert status == 413
    status, body = _get(served, "/sparql")
    assert status == 400 and b"query=" in body
    status, body = _get(served, "/sparql?query=ASK{}&named-graph-uri=urn:x:g")
    assert status == 400 and b"FROM" in body


# -- files and network -------------------------------------------------------------------------


def test_the_graph_page_is_served_at_the_root(served, build_dir):
    status, body = _get(served, "/")
    assert status == 200 and body == (build_dir / "graph.html").read_bytes()
    status, body = _get(served, "/graph.ttl")
    assert status == 200 and body == (build_dir / "graph.ttl").read_bytes()


@pytest.mark.parametrize("path", [
    "/../graph.html", "/%2e%2e/%2e%2e/etc/passwd", "/graph.html/../../../../etc/passwd",
    "//etc/passwd", "/store/CURRENT", "/store", "/etc/passwd", "/.%2fgraph.html",
])
def test_nothing_else_on_disk_is_served(served, path):
    status, body = _get(served, path)
    assert status == 404 and b"root:" not in body


def test_only_loopback_by_default_and_only_for_loopback_host_names(served):
    assert served.httpd.server_address[0] == "127.0.0.1"
    port = served.httpd.server_address[1]
    assert _get(served, "/", {"Host": f"localhost:{port}"})[0] == 200
    status, body = _get(served, "/", {"Host": "attacker.example"})
    assert status == 403 and b"Host" in body


def test_a_busy_port_is_an_error(served, build_dir):
    with pytest.raises(OSError):
        SparqlServer(build_dir, port=served.httpd.server_address[1])


def test_a_missing_store_is_an_error_before_serving(tmp_path):
    with pytest.raises(StoreError, match="no store here; run `kg build"):
        SparqlServer(tmp_path / "nowhere", port=0)


@pytest.mark.slow
@contextlib.contextmanager
def _ctrl_c_as_from_a_terminal():
    """Children started here get Ctrl-C's default action, as from a shell.

    A signal this process ignores stays ignored in the programs it runs, and test
    harnesses' workers ignore SIGINT (mutmut's do): the server would never hear it.
    A handled signal is reset to its default by exec.
    """
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def test_kg_serve_runs_until_interrupted(build_dir):
    with _ctrl_c_as_from_a_terminal():
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(build_dir), "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line + process.stderr.read()
        endpoint = line.split()[-1]
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        with urllib.request.urlopen(f"{endpoint}?{query}", timeout=client_timeout()) as response:
            assert json.loads(response.read())["boolean"] is True
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "Stopped." in out and "Traceback" not in err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
