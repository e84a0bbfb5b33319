"""kg explain: the evidence behind an entity or one of its relations."""

import pytest

from kg.errors import QueryError
from kg.query.explain import explain, find_entities, format_explanations
from kg.vocab import RES

from .conftest import filled


@pytest.fixture
def store(corpus):
    return filled(corpus)


def test_any_name_in_any_case_finds_the_entity(store):
    iri = RES["person/dmitry-peskov"]
    for name in ("Dmitry Peskov", "peskov", "PESKOV", "person/dmitry-peskov", str(iri)):
        assert [iri for iri, _ in find_entities(store, name)] == [RES["person/dmitry-peskov"]], name


def test_an_entity_lists_each_sentence_with_its_source(store, corpus):
    [peskov] = explain(store, "peskov")
    relations = [s for s in peskov.statements if s.kind == "relation"]
    quotes = [s for s in peskov.statements if s.kind == "quote"]
    assert sorted((s.predicate, s.object) for s in relations) == [
        ("met", "Steve Witkoff"), ("spokespersonOf", "Kremlin"), ("spokespersonOf", "Kremlin"),
        ("spokespersonOf", "Kremlin")]
    assert [q.quote for q in quotes] == ["We are ready"]
    sources = {x.article.id: x.article.source for x in corpus}
    for s in peskov.statements:
        article_id = s.article.rsplit("/", 1)[-1]
        assert s.source == sources[article_id]
        with open(s.source, encoding="utf-8") as f:
            assert f.read()[s.start:s.end] == s.sentence
    spokes = [s for s in relations if s.predicate == "spokespersonOf"]
    assert {(s.articles, s.publishers) for s in spokes} == {(3, 2)}
    assert {s.publisher for s in spokes} == {"Reuters", "AP"}
    assert len(peskov.mentioned_in) == 3
    text = format_explanations([peskov])
    assert "Dmitry Peskov spokespersonOf Kremlin [asserted; 3 articles, 2 publishers" in text
    assert "“Kremlin spokesman Dmitry Peskov rejected the plan.”" in text


def test_one_relation_narrows_to_its_evidence(store):
    [peskov] = explain(store, "Peskov", "met", "steve witkoff")
    assert [(s.predicate, s.object, s.sentence) for s in peskov.statements] == [
        ("met", "Steve Witkoff", "Peskov met Steve Witkoff in Moscow.")]
    # From the other end as well: the relation is found whichever name comes first.
    [witkoff] = explain(store, "Steve Witkoff", "met", "Peskov")
    assert [s.subject for s in witkoff.statements] == ["Dmitry Peskov"]
    assert explain(store, "Peskov", "leaderOf", "Kremlin") == []


def test_unknown_names_and_relations_are_errors_that_say_what_to_do(store):
    with pytest.raises(QueryError, match="no entity named 'Nobody'"):
        explain(store, "Nobody")
    with pytest.raises(QueryError, match="unknown relation 'knows'.*spokespersonOf"):
        explain(store, "Peskov", "knows", "Kremlin")


def test_names_never_become_query_text(store):
    before = len(store)
    hostile = 'Peskov" ) } DELETE WHERE { ?s ?p ?o } #'
    with pytest.raises(QueryError, match="no entity named"):
        explain(store, hostile)
    assert len(store) == before
    assert explain(store, "Marco Rubio")[0].statements[0].predicate == "leaderOf"
