"""SHACL shapes: the seeds' graph conforms, and broken graphs do not."""

from rdflib import RDFS, Literal, URIRef

from kg.store import open_store
from kg.store.validate import validate
from kg.vocab import KG, RES

from .conftest import filled


def test_the_seeds_graph_conforms(seeds_build):
    out, _ = seeds_build
    with open_store(out) as store:
        result = validate(store)
    assert result.conforms, result.text


def test_a_graph_with_relations_and_quotes_conforms(corpus):
    result = validate(filled(corpus))
    assert result.conforms, result.text


def test_a_relation_without_evidence_and_an_entity_with_two_names_violate(corpus):
    store = filled(corpus)
    graph = RES["article/a2"]
    peskov, witkoff = RES["person/dmitry-peskov"], RES["person/steve-witkoff"]
    store.add_quads([(peskov, KG.advisorOf, witkoff, graph),
                     (witkoff, RDFS.label, Literal("Steven Witkoff"), graph)])
    result = validate(store)
    assert not result.conforms
    assert result.violations == 2
    assert "has no asserted kg:Assertion" in result.text


def test_a_fact_with_more_publishers_than_articles_violates(corpus):
    store = filled(corpus)
    fact = next(iter(store.query("SELECT ?f WHERE { ?f a kg:Fact }", prefixes=True)))[0]
    store.add_quads([(fact, KG.publisherCount, Literal(9), URIRef(f"{RES}graph/corroboration"))])
    result = validate(store)
    assert not result.conforms and "publisherCount" in result.text
