"""A federal country's states and provinces are places ("Tasmania", "Sinaloa", "Kwara
State"), and a state named without its word is the state named with it ("Kwara" of "Kwara
State"); on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Premier Sarah Finlay announced a review on Tuesday as Tasmania's parliament returned.",
     "Tasmania"),
    ("Sinaloa Governor Ignacio Palma Ruiz rejected the claim.", "Sinaloa"),
    ("The Commissioner of Police, Kwara State, Mr Tunde Bakare said this in a statement.",
     "Kwara State"),
    ("Police in Jalisco arrested three men, the state prosecutor said.", "Jalisco"),
])
def test_a_state_is_a_place(graph_of, text, place):
    assert entities(graph_of(text)).get(place) == "Place"


def test_a_given_name_that_names_a_state_stays_a_persons(graph_of):
    found = entities(graph_of("Victoria Hale said she was happy with the result."))
    assert found.get("Victoria Hale") == "Person"


def test_a_state_without_its_word_is_the_state(graph_of):
    graph = graph_of(
        "A tribunal nullified the victory of Kwara State Governor Ade Balogun on Monday. "
        "\"The people of Kwara have their voice back,\" a lawyer said."
    )
    places = [e for e in graph.entities if e.type == "Place" and "Kwara" in e.label]
    assert len(places) == 1


@pytest.mark.parametrize("text, premier, state", [
    ("Tasmania's parliament passed the bail law. Premier Jeremy Rockford said Tasmania would "
     "be safer.", "Jeremy Rockford", "Tasmania"),
    ("Ontario will cut taxes, Premier Doug Fordham said on Monday. Ontario's budget is due "
     "in May.", "Doug Fordham", "Ontario"),
])
def test_a_bare_premier_heads_the_one_state_or_province_named(graph_of, text, premier, state):
    assert (premier, "leaderOf", state) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # two states: which one's premier is not said
    "Queensland and New South Wales agreed on water. Premier Mark Dalton said the deal was fair.",
    # another country named: its premier, maybe
    "China's economy grew. Premier Mark Dalton said Tasmania's exports to China would rise.",
])
def test_no_state_for_a_premier_where_the_article_names_more(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Mark Dalton" and p == "leaderOf" and o in {
        "Queensland", "New South Wales", "Tasmania"} for s, p, o in got)
