"""Reading the drawing's data from the store, and cutting it down."""

import pytest
from rdflib import Literal, URIRef

from kg.errors import RenderError
from kg.render import ego_view, find_node, read_view, result_view
from kg.store import GraphStore
from kg.store.rdf import entity_iri

from .conftest import ARTICLES, ENTITIES, QUOTES, RELATIONS, XSS_NAME


def test_view_has_every_entity_relation_article_and_quote(store):
    view = read_view(store)
    assert {n.label for n in view.nodes.values()} == {label for _, _, label, _ in ENTITIES}
    stated = {(s, p, o) for _, s, p, o, _ in RELATIONS}
    assert len(view.edges) == len(stated)
    assert [(e.label, e.status) for e in view.statements] == [("met", "desired")]
    assert len(view.articles) == len(ARTICLES) and len(view.quotes) == len(QUOTES)
    assert [q.text for q in view.quotes if q.speaker is None] == ["Nobody saw it coming."]


def test_edges_carry_the_ontology_label_and_every_sentence(store):
    view = read_view(store)
    leads = [e for e in view.edges if e.source == str(entity_iri("trump"))
             and e.target == str(entity_iri("usa"))]
    assert len(leads) == 1 and leads[0].label == "leader of"
    assert sorted(ev.sentence for ev in leads[0].evidence) == sorted(
        sentence for _, s, _, o, sentence in RELATIONS if (s, o) == ("trump", "usa"))
    assert len(leads[0].articles) == 2


def test_nodes_know_their_other_names_and_articles(store):
    zelensky = read_view(store).nodes[str(entity_iri("zelensky"))]
    assert zelensky.alt_labels == {"Zelenskiy", "Zelensky"}
    assert len(zelensky.articles) == 2


def test_find_node_by_any_name_ignoring_case(store):
    view = read_view(store)
    assert find_node(view, "zelenskiy").label == "Volodymyr Zelensky"
    assert find_node(view, XSS_NAME).type == "Person"
    with pytest.raises(RenderError, match="did you mean"):
        find_node(view, "Zelenskyyy")


def test_ego_view_keeps_only_what_is_near(store):
    view = read_view(store)
    one = ego_view(view, "Putin", hops=1)
    assert {n.label for n in one.nodes.values()} == {"Vladimir Putin", "Russia", "Donald Trump"}
    assert all(e.source in one.nodes and e.target in one.nodes for e in one.edges)
    two = ego_view(view, "Putin", hops=2)
    labels = {n.label for n in two.nodes.values()}
    assert {"Kremlin", "United States", "28-point peace plan"} <= labels
    assert {n.label for n in ego_view(view, "Putin", hops=0).nodes.values()} == {"Vladimir Putin"}


def test_construct_result_keeps_evidence_of_known_relations(store):
    result = store.query("PREFIX kg: <https://w3id.org/kg/ontology#> "
                         "CONSTRUCT { ?s kg:leaderOf ?o } WHERE { ?s kg:leaderOf ?o }")
    view = result_view(result, read_view(store), store)
    assert len(view.edges) == 3 and all(e.evidence for e in view.edges)
    assert {n.type for n in view.nodes.values()} == {"Person", "Place"}


def test_select_result_links_each_rows_resources(store):
    result = store.query("PREFIX kg: <https://w3id.org/kg/ontology#> "
                         "SELECT ?article ?entity WHERE { ?article kg:mentions ?entity }")
    view = result_view(result, read_view(store), store)
    assert {n.type for n in view.nodes.values()} >= {"Article", "Person"}
    articles = [n for n in view.nodes.values() if n.type == "Article"]
    assert {n.label for n in articles} == {title for _, title, _, _ in ARTICLES}
    assert all(e.label == "?entity" and not e.evidence for e in view.edges)


def test_select_spo_uses_the_predicate_label_and_other_resources(store):
    store.add_quads([(URIRef("urn:x:thing"), URIRef("https://w3id.org/kg/ontology#locatedIn"),
                      entity_iri("ukraine"), URIRef("urn:g")),
                     (URIRef("urn:x:thing"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                      Literal("A thing"), URIRef("urn:g"))])
    result = store.query("SELECT ?s ?p ?o WHERE { GRAPH <urn:g> { ?s ?p ?o FILTER isIRI(?o) } }")
    view = result_view(result, read_view(store), store)
    assert [e.label for e in view.edges] == ["located in"]
    assert {n.label for n in view.nodes.values()} == {"A thing", "Ukraine"}


def test_ask_and_empty_results_say_what_to_do(store):
    with pytest.raises(RenderError, match="SELECT or CONSTRUCT"):
        result_view(store.query("ASK { ?s ?p ?o }"), read_view(store))
    with pytest.raises(RenderError, match="no resources"):
        result_view(store.query("SELECT ?x WHERE { VALUES ?x { 1 } }"), read_view(store))


def test_empty_store_gives_an_empty_view():
    with GraphStore() as empty:
        view = read_view(empty)
    assert not view.nodes and not view.edges


def test_select_of_names_and_relation_labels_draws_the_relations(store):
    result = store.query("""
        PREFIX kg: <https://w3id.org/kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?who ?role ?what WHERE {
          VALUES ?p { kg:leaderOf } ?s ?p ?o .
          ?s rdfs:label ?who . ?p rdfs:label ?role . ?o rdfs:label ?what }""")
    view = result_view(result, read_view(store), store)
    assert sorted((view.nodes[e.source].label, e.label, view.nodes[e.target].label)
                  for e in view.edges) == [("Donald Trump", "leader of", "United States"),
                                           ("Vladimir Putin", "leader of", "Russia"),
                                           ("Volodymyr Zelensky", "leader of", "Ukraine")]
    assert all(e.evidence for e in view.edges)
