"""kg export: RDF formats read back to the same graph; networks carry entities and facts."""

import io
import os

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import XSD, Graph, Literal

from kg.errors import RenderError, StoreError
from kg.render.export import FORMATS, export, to_networkx

from .conftest import filled


@pytest.fixture
def store(corpus):
    return filled(corpus)


def _quads(store):
    from kg.vocab import SYSTEM_GRAPHS

    return {q for q in store.quads() if q[3] not in SYSTEM_GRAPHS}


def _ox_term(term):
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language)
    return ("iri", term.value)


def _rdflib_term(term):
    if isinstance(term, Literal):
        return ("literal", str(term), str(term.datatype or XSD.string), term.language)
    return ("iri", str(term))


@pytest.mark.parametrize("fmt,parser", [("trig", ox.RdfFormat.TRIG),
                                        ("nquads", ox.RdfFormat.N_QUADS),
                                        ("json-ld", ox.RdfFormat.JSON_LD)])
def test_dataset_formats_read_back_to_the_same_quads(store, fmt, parser):
    # Read with Oxigraph's parsers: an implementation independent of the writer.
    got = {tuple(_ox_term(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
           for q in ox.parse(export(store, fmt), format=parser)}
    expected = {tuple(map(_rdflib_term, q)) for q in _quads(store)}
    assert len(got) == len(expected) > 100
    assert got == expected


def test_turtle_is_the_union_of_the_graphs_each_triple_once(store):
    graph = Graph().parse(data=export(store, "turtle"), format="turtle")
    union = {(s, p, o) for s, p, o, _ in _quads(store)}
    assert len(graph) == len(union)
    # Each triple is stated in one graph only: the union loses none of the quads.
    assert len(_quads(store)) == len(union)
    written = [tuple(map(_ox_term, (t.subject, t.predicate, t.object)))
               for t in ox.parse(export(store, "turtle"), format=ox.RdfFormat.TURTLE)]
    assert len(written) == len(set(written)) == len(union)
    assert set(written) == {tuple(map(_rdflib_term, t)) for t in union}


def test_formats_written_together_graph_by_graph_say_the_same(store, monkeypatch):
    alone = {fmt: export(store, fmt) for fmt in ("turtle", "trig", "nquads")}
    monkeypatch.setattr("kg.store.store._GRAPHS_PER_CHUNK", 1)  # every graph its own chunk
    together = {fmt: io.BytesIO() for fmt in alone}
    store.write_native(together)
    parsers = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nquads": ox.RdfFormat.N_QUADS}
    for fmt, data in alone.items():
        written = together[fmt].getvalue()
        # The prefixes are declared once, at the top, though each chunk is serialised anew.
        assert written.count(b"@prefix kg: ") == (0 if fmt == "nquads" else 1)
        assert written.startswith(b"@prefix ") == (fmt != "nquads")
        statements = list(ox.parse(written, format=parsers[fmt]))
        assert len(statements) == len(set(statements))  # Turtle drops repeats across chunks
        assert set(statements) == set(ox.parse(data, format=parsers[fmt]))
        assert len(statements) > 100
    # Two Turtle files from one read are the same file: each drops only its own repeats.
    twins = {"turtle": io.BytesIO(), "ttl": io.BytesIO()}
    store.write_native(twins)
    assert twins["ttl"].getvalue() == twins["turtle"].getvalue() == together["turtle"].getvalue()


def test_the_network_has_entities_as_nodes_and_facts_as_edges(store):
    network = to_networkx(store)
    labels = {data["label"] for _, data in network.nodes(data=True)}
    assert labels == {"Dmitry Peskov", "Kremlin", "Steve Witkoff", "Marco Rubio",
                      "State Department"}
    edges = {(network.nodes[s]["label"], k, network.nodes[o]["label"]): d
             for s, o, k, d in network.edges(keys=True, data=True)}
    assert set(edges) == {("Dmitry Peskov", "spokespersonOf", "Kremlin"),
                          ("Dmitry Peskov", "met", "Steve Witkoff"),
                          ("Marco Rubio", "leaderOf", "State Department")}
    support = {fact: (d["articles"], d["publishers"], d["confidence"]) for fact, d in edges.items()}
    assert support == {("Dmitry Peskov", "spokespersonOf", "Kremlin"): (3, 2, 0.97),
                       ("Dmitry Peskov", "met", "Steve Witkoff"): (1, 1, 0.6),
                       ("Marco Rubio", "leaderOf", "State Department"): (1, 0, 0.75)}


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_read_back(store, fmt, reader):
    network = reader(io.BytesIO(export(store, fmt)))
    expected = to_networkx(store)
    assert network.number_of_nodes() == expected.number_of_nodes() == 5
    assert network.number_of_edges() == expected.number_of_edges() == 3
    # Every attribute of every edge survives the file: articles, publishers, confidence.
    def support(graph):
        return {(graph.nodes[s]["label"], d["label"], graph.nodes[o]["label"]):
                (int(d["articles"]), int(d["publishers"]), float(d["confidence"]))
                for s, o, d in graph.edges(data=True)}

    assert support(network) == support(expected)
    assert sorted(support(network).values()) == [(1, 0, 0.75), (1, 1, 0.6), (3, 2, 0.97)]


def test_every_format_is_listed_and_unknown_ones_are_refused(store):
    assert set(FORMATS) == {"turtle", "trig", "nquads", "json-ld", "graphml", "gexf"}
    with pytest.raises(RenderError, match="unknown export format 'xml'"):
        export(store, "xml")


def test_an_output_that_is_not_a_regular_file_is_refused_and_kept(tmp_path):
    from kg.store import atomic_write

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (pipe, tmp_path):
        with pytest.raises(StoreError, match="not a regular file"):
            atomic_write(target, b"data")
    assert pipe.is_fifo() and tmp_path.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
