"""A person named by one word only, as news names the well known, on the real model."""

import pytest

from .helpers import entities


@pytest.mark.slow
def test_a_one_word_name_that_speaks_is_a_person(graph_of):
    g = graph_of("Talks resumed in Hanoi. Nguyen told reporters the deal was near.")
    assert entities(g).get("Nguyen") == "Person"


@pytest.mark.slow
def test_a_known_surname_that_acts_is_a_person(graph_of):
    g = graph_of("Officials met in Rome. Kowalczyk insists the reform will pass.")
    assert entities(g).get("Kowalczyk") == "Person"


@pytest.mark.slow
def test_a_firm_named_for_a_surname_stays_a_firm(graph_of):
    got = entities(graph_of(
        "Honda said on Tuesday that its profits fell.",
        "Ministers met in Oslo. Bayer said its sales fell.",
    ))
    assert got.get("Honda") == "Organization" and got.get("Bayer") == "Organization"


@pytest.mark.slow
def test_a_name_that_does_nothing_is_not_made_a_person(graph_of):
    got = entities(graph_of("The exhibition opened in Madrid. Visitors admired Kowalczyk."))
    assert got.get("Kowalczyk") != "Person"
