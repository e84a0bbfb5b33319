"""Where a body is seated and which body it is part of, when the tagger mistypes its name,
on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "body", "place"), [
    ("VELKA, which is based in Porto, Portugal, has not commented publicly.", "VELKA",
     "Porto"),
    ("ORFA, which is headquartered in Madrid, declined to comment.", "Orfa", "Madrid"),
])
def test_a_name_typed_as_a_place_said_to_be_based_somewhere_is_there(
    graph_of, sentence, body, place
):
    got = {(s.lower(), p, o.lower()) for s, p, o in facts(graph_of(sentence))}
    assert (body.lower(), "locatedIn", place.lower()) in got


def test_a_place_that_is_home_to_a_body_is_not_seated(graph_of):
    got = facts(graph_of("Porto, which is home to VELKA, said nothing on Monday."))
    assert not any(p == "locatedIn" and s == "Porto" for s, p, _ in got)


@pytest.mark.parametrize(("sentence", "sites"), [
    ("Drones hit Norway's nuclear sites at Velnik and Straza on Monday.", {"Velnik", "Straza"}),
])
def test_a_countrys_sites_at_named_places_are_in_it(graph_of, sentence, sites):
    got = facts(graph_of(sentence))
    assert {(s, "locatedIn", "Norway") for s in sites} <= got


@pytest.mark.parametrize("sentence", [
    "Norway's naval base at Velnik remains open.",
    "Norway's nuclear sites near Velnik were struck in June.",
])
def test_a_base_abroad_or_a_site_near_a_place_says_nothing_of_it(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Velnik", "locatedIn", "Norway") not in got
