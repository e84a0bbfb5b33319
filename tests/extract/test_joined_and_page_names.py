"""Names of places joined by hyphens and small words, and the words of a page that name
nothing: sections, mastheads' labels, months."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def test_a_place_joined_by_hyphens_and_a_small_word_is_one_place(graph_of):
    got = entities(graph_of(
        "The two leaders met at Vell-a-Moran, his estate in Florida, on Sunday. Drones hit "
        "Kalach-on-Volga overnight, and the mayor of Harwick-upon-Dene said it was quiet."
    ))
    assert got.get("Vell-a-Moran") == "Place"
    assert got.get("Kalach-on-Volga") == "Place"
    assert got.get("Harwick-upon-Dene") == "Place"
    assert not {"Vell", "Moran", "Kalach", "Volga", "Dene"} & set(got)


def test_a_council_of_a_joined_place_stays_a_body(graph_of):
    got = entities(graph_of(
        "On Monday the leader of Brenmouth-on-Sea Borough Council resigned."))
    assert got.get("Brenmouth-on-Sea Borough Council") == "Organization"


def test_hyphens_between_names_without_a_joiner_join_no_place(graph_of):
    got = entities(graph_of(
        "Foreign Minister Anne-Marie Tolven said the Russia-Ukraine talks and the Franco-German plan would "
        "resume in Geneva."
    ))
    assert got.get("Anne-Marie Tolven") == "Person"
    assert got.get("Russia") == "Place" and got.get("Ukraine") == "Place"
    assert not [label for label in got if label.startswith("Russia-")]
