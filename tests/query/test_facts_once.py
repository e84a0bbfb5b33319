"""Each fact is stated once, so a plain pattern over the default graph matches once per fact."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.cli import cli
from kg.query import with_prefixes
from kg.query.server import SparqlServer
from kg.store import GraphStore

README_QUERY = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"


@pytest.fixture(scope="module")
def build_dir(seeds_build):
    return seeds_build[0]


@pytest.fixture(scope="module")
def local(build_dir):
    with GraphStore(build_dir / "store", create=False, read_only=True) as store:
        yield store


def test_the_readme_query_names_each_person_once(build_dir):
    result = CliRunner().invoke(cli, ["query", "--store", str(build_dir), "--format", "csv",
                                      README_QUERY])
    assert result.exit_code == 0, result.output
    names = result.output.splitlines()[1:]
    assert "Donald Trump" in names and "Dmitry Peskov" in names
    assert len(names) == len(set(names)) >= 10


def test_the_union_default_graph_holds_each_triple_once(local):
    [(every, distinct)] = local.rows(
        "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT *) AS ?d) WHERE { ?s ?p ?o }")
    assert int(every) == int(distinct) > 1000


def test_a_construct_limit_gives_that_many_triples(local):
    construct = with_prefixes(
        "CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a kg:Person ; rdfs:label ?name } LIMIT 2")
    assert len(local.query(construct).graph) == 2


def test_rdflib_sparqlstore_counts_each_triple_once(build_dir):
    with SparqlServer(build_dir, port=0) as server:
        url = server.start().url + "sparql"
        remote = Graph(store=SPARQLStore(url, returnFormat="json"))
        [(distinct,)] = list(remote.query("SELECT (COUNT(DISTINCT *) AS ?d) WHERE { ?s ?p ?o }"))
        assert len(remote) == int(distinct) > 1000
        triples = list(remote.triples((None, None, None)))
        assert len(triples) == len(set(triples)) == len(remote)
