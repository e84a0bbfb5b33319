"""A federal country's states and provinces are places ("Tasmania", "Sinaloa", "Kwara
State"), and a state named without its word is the state named with it ("Kwara" of "Kwara
State"); on sentences written for these tests."""

import pytest

from .helpers import entities

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
