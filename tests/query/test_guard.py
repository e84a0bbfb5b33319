"""SERVICE and LOAD make Oxigraph fetch from the network: refused before evaluation."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.query.guard import check_query, check_update

REMOTE = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}",
    f"select * where {{ service <{REMOTE}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICE SILENT <{REMOTE}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{REMOTE}> "
    "{ ?s ?p ?o } } } } } }",
    f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }} }}",
    f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ MINUS {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }} }} "
    "}",
    f"ASK {{ FILTER EXISTS {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }} }}",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}",
    f"DESCRIBE ?s WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}",
    "PREFIX r: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE r:sparql { ?s ?p ?o } }",
    "BASE <http://127.0.0.1:9/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
    f"# SERVICE in a comment\nSELECT * WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}",
])
def test_service_is_refused_wherever_it_hides(query):
    with pytest.raises(QueryError, match=r"^SERVICE .* is refused"):
        check_query(query)


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }" }',
    "SELECT * WHERE { ?s ?p '''LOAD <http://127.0.0.1:9/>''' }",
    "# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT ?service WHERE { ?service <http://example.org/SERVICE> ?o }",
    "PREFIX SERVICE: <http://example.org/> SELECT * WHERE { ?s SERVICE:load ?o }",
    f"SELECT * FROM <{REMOTE}> FROM NAMED <{REMOTE}> WHERE {{ GRAPH <{REMOTE}> {{ ?s ?p ?o }} }}",
])
def test_the_words_alone_are_not_the_clauses(query):
    check_query(query)


@pytest.mark.parametrize("update", [
    f"LOAD <{REMOTE}>",
    f"load silent <{REMOTE}> into graph <urn:x:g>",
    "LOAD <file:///etc/passwd>",
    "INSERT DATA { <urn:x:a> <urn:x:b> 1 } ; LOAD <http://127.0.0.1:9/x>",
    "PREFIX a: <http://example.org/> LOAD a:x ; PREFIX a: <http://127.0.0.1:9/> LOAD a:y",
    f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}",
])
def test_load_and_service_in_updates_are_refused(update):
    with pytest.raises(QueryError, match=r"(LOAD|SERVICE) .* is refused"):
        check_update(update, allowed_hosts={"example.org"})


def test_an_allowed_host_may_be_called():
    check_query(f"SELECT * WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}", {"127.0.0.1"})
    check_query(f"SELECT * WHERE {{ SERVICE <{REMOTE}> {{ ?s ?p ?o }} }}", {"127.0.0.1:9"})
    check_update(f"LOAD <{REMOTE}>", {"127.0.0.1"})
    with pytest.raises(QueryError, match="SERVICE <http://127.0.0.2/"):
        check_query("SELECT * WHERE { SERVICE <http://127.0.0.2/> { ?s ?p ?o } }", {"127.0.0.1"})
    with pytest.raises(QueryError, match=r"SERVICE \?e"):  # no host to check
        check_query("SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }", {"127.0.0.1"})
    with pytest.raises(QueryError, match="LOAD <file:"):
        check_update("LOAD <file:///etc/passwd>", {"127.0.0.1", ""})


def test_malformed_text_is_reported_with_its_position():
    with pytest.raises(QueryError, match=r"malformed SPARQL at 1:\d+"):
        check_query("SELECT ?x WHERE { SERVICE <x:y> { ?x ?y ")
    with pytest.raises(QueryError, match="malformed SPARQL Update"):
        check_update("LOAD <x:y> INTO")


def test_a_keyword_spelt_with_escapes_is_still_found():
    with pytest.raises(QueryError, match="SERVICE <http://127.0.0.1:9/"):
        check_query(f"SELECT * WHERE {{ \\u0053ERVICE <{REMOTE}> {{ ?s ?p ?o }} }}")
    with pytest.raises(QueryError, match="LOAD"):
        check_update(f"\\U0000004cOAD <{REMOTE}>")


def _no_connection(listener) -> None:
    time.sleep(0.3)  # a request on its way would have arrived
    assert listener.connections == []


def test_kg_query_sends_nothing_to_a_service(seeds_build, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(cli, ["query", "--store", str(seeds_build[0]), query])
    assert result.exit_code == 1, result.output
    assert "SERVICE <http://127.0.0.1:" in result.output and "--allow-service" in result.output
    _no_connection(listener)


def test_kg_render_sends_nothing_to_a_service(seeds_build, listener, tmp_path):
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(cli, ["render", "--store", str(seeds_build[0]), query,
                                      "-o", str(tmp_path / "page.html")])
    assert result.exit_code == 1 and "SERVICE" in result.output
    assert not (tmp_path / "page.html").exists()
    _no_connection(listener)


def test_kg_query_calls_a_service_it_is_allowed_to(seeds_build, listener):
    query = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    CliRunner().invoke(cli, ["query", "--store", str(seeds_build[0]),
                             "--allow-service", listener.host_port, query])
    assert len(listener.connections) >= 1 and b"Oxigraph" in listener.connections[0]
