from __future__ import annotations

import socket

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.query import with_prefixes
from kg.store import GraphStore, open_store
from kg.store.remote import RemoteStore, _update_requests, _with_bindings, query_form
from kg.vocab import PREDICATES

from ..conftest import ROOT, SEEDS
from .conftest import emptied

# Each query is compared as a set of rows between the embedded store and the server.
QUERIES = {
    "labels by type": """SELECT ?type ?e ?label WHERE {
        ?e a ?type ; rdfs:label ?label . FILTER(STRSTARTS(STR(?type), STR(kg:))) }""",
    "relation triples": "SELECT ?s ?p ?o WHERE { ?s ?p ?o . VALUES ?p { "
                        + " ".join(f"kg:{p}" for p in PREDICATES) + " } }",
    "quotes by speaker": """SELECT ?speaker ?text WHERE {
        ?q a kg:Quote ; kg:text ?text . OPTIONAL { ?q kg:speaker ?speaker } }""",
    "assertions": """SELECT ?s ?p ?o ?status ?confidence ?sentence ?article WHERE {
        ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:status ?status ;
           kg:confidence ?confidence ; kg:sentence ?sentence ; prov:wasDerivedFrom ?article }""",
    "articles": """SELECT ?a ?file ?title ?date WHERE { ?a a kg:Article ; kg:sourceFile ?file .
        OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?date } }""",
    "quads per graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "types in the default graph":
        "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t",
    "mentions across articles": """SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?a kg:mentions ?e } GROUP BY ?e""",
    "term labels from the ontology":
        "SELECT ?p ?label WHERE { ?p a owl:ObjectProperty ; rdfs:label ?label }",
}
READY_MADE = sorted((ROOT / "queries").glob("*.rq"))


def _value(term):
    if term is None or isinstance(term, URIRef):
        return term and str(term)
    return term.toPython() if isinstance(term, Literal) else str(term)


def _rows(store, sparql: str) -> set[tuple]:
    text = with_prefixes("PREFIX owl: <http://www.w3.org/2002/07/owl#>\n" + sparql)
    return {tuple(_value(v) for v in row) for row in store.query(text)}


# -- without a server ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX a: <http://x/#ASK>\n# CONSTRUCT in a comment\nask { ?s ?p 'SELECT' }", "ASK"),
    ('BASE <http://x/> CONSTRUCT { ?s ?p "#DESCRIBE" } WHERE { ?s ?p ?o }', "CONSTRUCT"),
    ("DESCRIBE <http://x/SELECT>", "DESCRIBE"),
])
def test_query_form_ignores_iris_strings_and_comments(text, form):
    assert query_form(text) == form


def test_an_update_is_not_a_query():
    with pytest.raises(QueryError, match="SELECT, CONSTRUCT, DESCRIBE or ASK"):
        query_form("INSERT DATA { <a:b> <a:c> 'SELECT' }")


AWKWARD = [
    Literal('quote " backslash \\ newline \n tab \t return \r end'),
    Literal("«мир» \U0001F600", lang="uk"),
    Literal("0.25", datatype=XSD.decimal),
    Literal("2025-11-20", datatype=XSD.date),
    Literal('"""triple""" and \'\'\'single\'\'\''),
]


def _awkward_quads():
    g1, g2 = URIRef("http://example.org/g1"), URIRef("http://example.org/g2")
    quads = [(URIRef("http://example.org/s"), URIRef("http://example.org/p"), o, g1)
             for o in AWKWARD]
    quads += [(URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/n"), Literal(i), g2)
              for i in range(23)]
    return quads


def _apply(ds: Dataset, update: str) -> None:
    # Straight to Oxigraph: rdflib's Dataset.update warns of a deprecation of its own.
    ds.store.update(update, {}, {}, DATASET_DEFAULT_GRAPH_ID)


def test_update_requests_carry_every_term_unchanged():
    quads = _awkward_quads()
    graphs: dict = {}
    for q in quads:
        graphs.setdefault(q[3], []).append(q)
    ds = Dataset(store="Oxigraph")
    ds.add((URIRef("http://example.org/old"), URIRef("http://example.org/p"), Literal(1),
            URIRef("http://example.org/g2")))
    for request in _update_requests(graphs, replace=True, batch=10):
        _apply(ds, request)
    # The old quad of g2 was replaced; the rest arrived, character for character.
    assert {tuple(map(_value, q)) for q in ds.quads()} == {tuple(map(_value, q)) for q in quads}
    # of g2 was replaced, the rest arrived


def test_update_requests_stay_within_the_batch_size():
    quads = _awkward_quads()
    graphs: dict = {}
    for q in quads:
        graphs.setdefault(q[3], []).append(q)
    requests = list(_update_requests(graphs, replace=True, batch=10))
    sizes = [sum(line.endswith(" .") for line in r.splitlines()) for r in requests]
    assert max(sizes) <= 10 and sum(sizes) == len(quads)
    assert sum(r.count("DROP SILENT GRAPH") for r in requests) == 2


def test_blank_nodes_keep_their_identity_within_a_request():
    b, g = BNode(), URIRef("http://example.org/g")
    quads = [(b, URIRef("http://example.org/p"), Literal(1), g),
             (URIRef("http://example.org/s"), URIRef("http://example.org/q"), b, g)]
    ds = Dataset(store="Oxigraph")
    for request in _update_requests({g: quads}, replace=False, batch=10):
        _apply(ds, request)
    (node,) = {q[2] for q in ds.quads() if q[1] == URIRef("http://example.org/q")}
    assert isinstance(node, BNode)
    assert {q[0] for q in ds.quads() if q[1] == URIRef("http://example.org/p")} == {node}


@pytest.mark.parametrize("iri", ["http://x/a> } ; DROP ALL ; INSERT DATA { <http://x/b",
                                 "http://x/a b", 'http://x/"'])
def test_an_iri_that_could_close_itself_is_never_sent(iri):
    g = URIRef("http://example.org/g")
    quads = [(URIRef(iri), URIRef("http://example.org/p"), Literal(1), g)]
    with pytest.raises(StoreError, match="IRIs may not contain"):
        list(_update_requests({g: quads}, replace=True, batch=10))


def test_bound_values_are_escaped_into_the_query():
    hostile = Literal('x" } ; DROP ALL ; SELECT * { "')
    sparql = _with_bindings("SELECT ?s WHERE { ?s ?p ?o }", {"o": hostile})
    with GraphStore() as store:
        store.add_quads([(URIRef("http://example.org/s"), URIRef("http://example.org/p"), hostile,
                          URIRef("http://example.org/g"))])
        assert [row[0] for row in store.query(sparql)] == [URIRef("http://example.org/s")]
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        _with_bindings("SELECT ?s WHERE { ?s ?p ?o }", {"o) {} #": hostile})


def test_a_bound_value_reaches_filters_inside_groups_and_stays_projected():
    sparql = ('SELECT ?s ?name WHERE { { ?s ?p ?o FILTER(STR(?o) = ?name) } UNION '
              '{ ?s ?p "?name" } } # ?name')
    bound = _with_bindings(sparql, {"name": Literal("Ada")})
    assert bound == ('SELECT ?s ("Ada" AS ?name) WHERE { { ?s ?p ?o FILTER(STR(?o) = "Ada") } '
                     'UNION { ?s ?p "?name" } } # ?name')
    with GraphStore() as store:
        s, g = URIRef("http://example.org/s"), URIRef("http://example.org/g")
        store.add_quads([(s, URIRef("http://example.org/p"), Literal("Ada"), g)])
        assert [(row[0], str(row[1])) for row in store.query(bound)] == [(s, "Ada")]


def test_a_url_opens_a_remote_store_and_a_folder_the_embedded_one(tmp_path):
    with open_store("http://127.0.0.1:1/sparql") as store:
        assert isinstance(store, RemoteStore)
    with GraphStore(tmp_path / "store"):
        pass
    with open_store(tmp_path) as store:
        assert isinstance(store, GraphStore)


def test_an_unreachable_server_says_so():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = RemoteStore(f"http://127.0.0.1:{port}/sparql")
    with pytest.raises(StoreError, match=rf"127\.0\.0\.1:{port}/sparql: cannot reach"):
        store.query("ASK { ?s ?p ?o }")


def test_a_store_url_must_be_http():
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("http:///sparql")


# -- against a real Virtuoso -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_kg():
    from kg.pipeline import build_graph

    return build_graph([SEEDS])


@pytest.fixture(scope="module")
def stores(virtuoso, seeds_kg, sample_kg):
    """The seeds and the sample in the embedded store and in Virtuoso (Graph Store Protocol)."""
    local, remote = GraphStore(), emptied(virtuoso)
    for kg in (seeds_kg, sample_kg):
        local.add(kg)
        remote.add(kg)
    yield local, remote
    local.close()
    remote.close()


@pytest.mark.virtuoso
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(QUERIES) + [p.name for p in READY_MADE])
def test_virtuoso_and_the_embedded_store_give_the_same_answers(stores, name):
    local, remote = stores
    sparql = QUERIES.get(name) or (ROOT / "queries" / name).read_text(encoding="utf-8")
    expected = _rows(local, sparql)
    assert expected, f"{name} finds nothing, so it compares nothing"
    assert _rows(remote, sparql) == expected


class NamingStore(RemoteStore):
    """Keeps queries to kg's graphs the portable way: naming them in the protocol."""

    def _excludes_foreign_graphs(self) -> bool:
        return False


@pytest.mark.virtuoso
@pytest.mark.slow
def test_naming_kg_graphs_in_the_protocol_gives_the_same_answers(stores, virtuoso):
    local, remote = stores
    naming = NamingStore(virtuoso.sparql)
    assert remote._excludes_foreign_graphs() and not naming._excludes_foreign_graphs()
    for name in ("types in the default graph", "quads per graph", "labels by type"):
        assert _rows(naming, QUERIES[name]) == _rows(local, QUERIES[name])


@pytest.mark.virtuoso
@pytest.mark.slow
def test_only_kg_graphs_are_visible(stores, virtuoso, sample_kg, seeds_kg):
    local, remote = stores
    assert len(remote) == len(local)
    assert remote.graphs() == sorted(local.graphs())
    # Virtuoso's own ~2.5k quads are there for a query that names no dataset.
    everything = RemoteStore(virtuoso.sparql)._select(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", dataset=None)
    assert int(next(iter(everything))[0]) > len(local) + 1000


@pytest.mark.virtuoso
@pytest.mark.slow
def test_virtuoso_holds_each_triple_once_as_the_embedded_store_does(stores):
    local, remote = stores
    count = ("SELECT (COUNT(*) AS ?n) WHERE { { SELECT %s ?s ?p ?o WHERE { ?s ?p ?o } } }")
    every, distinct = (int(next(iter(remote.query(count % d)))[0]) for d in ("", "DISTINCT"))
    assert every == distinct == int(next(iter(local.query(count % "")))[0]) > 1000


@pytest.mark.virtuoso
@pytest.mark.slow
def test_exports_from_virtuoso_match_the_embedded_store(stores):
    local, remote = stores
    assert {tuple(map(_value, t)) for t in remote.union_graph()} == {
        tuple(map(_value, t)) for t in local.union_graph()}
    nquads = pyoxigraph.RdfFormat.N_QUADS
    ours = {str(q) for q in pyoxigraph.parse(remote.serialize("nquads"), nquads)}
    theirs = {str(q) for q in pyoxigraph.parse(local.serialize("nquads"), nquads)}
    assert len(ours) > 300 and ours == theirs
    ask = remote.query(
        with_prefixes("ASK { ?q a kg:Quote ; kg:text ?t . FILTER(CONTAINS(?t, 'мир')) }"))
    assert ask.askAnswer is True


@pytest.mark.virtuoso
@pytest.mark.slow
def test_sparql_update_in_batches_writes_the_same_graph(stores, virtuoso, sample_kg):
    local, remote = stores
    before = _rows(remote, QUERIES["quads per graph"])
    # Rewriting through SPARQL Update (small batches) replaces each graph: nothing doubles.
    through_updates = RemoteStore(virtuoso.sparql, batch_size=7)
    through_updates.add(sample_kg)
    assert _rows(remote, QUERIES["quads per graph"]) == before
    for name in ("quotes by speaker", "assertions"):
        assert _rows(through_updates, QUERIES[name]) == _rows(local, QUERIES[name])


@pytest.mark.virtuoso
@pytest.mark.slow
def test_a_malformed_query_names_the_server(stores):
    _, remote = stores
    with pytest.raises(QueryError, match="refused the request as malformed: .*SP030"):
        remote.query("SELECT ?x WHERE { ?x ")
