"""A town's name the tagger took for a body is a place where a cue says so and nothing in the
article has it act; a town's name before a kind of company says where the company is; a club,
a firm or a person by a town's name stays what it acts as. On sentences written for these
tests (the towns are real: typing reads them from a list of the world's towns)."""

import pytest

from kg.text.places import is_town

from .helpers import entities

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Caspar Hale, an economist by training from the Karlsruhe area, spoke on Monday.",
         "Karlsruhe"),
        ("The talks between Khartoum and Juba resumed on Monday.", "Juba"),
        ("The Tokyo-based steelmaker paid $55 a share for the Pittsburgh company's stock.",
         "Pittsburgh"),
    ],
)
def test_a_town_is_a_place(graph_of, text, town):
    assert entities(graph_of(text)).get(town) == "Place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Toyota said sales rose in Japan on Monday.", "Toyota", "Organization"),
        ("Lincoln Hale said the deal was done.", "Lincoln Hale", "Person"),
    ],
)
def test_a_name_that_acts_is_no_town(graph_of, text, name, kind):
    assert entities(graph_of(text)).get(name) == kind


def test_a_club_by_its_town_s_name_is_the_club_wherever_it_acts(graph_of):
    got = entities(graph_of("Liverpool agreed a fee with Halden Rovers on Monday. The striker "
                            "moved to Liverpool for a record fee."))
    assert got.get("Liverpool") != "Place"


def test_people_s_names_are_no_towns():
    assert is_town("Karlsruhe") and not is_town("Lincoln") and not is_town("Victoria")


@pytest.mark.parametrize("text", [
    "There were no protests in the opposition leader's stronghold of Marabo town, said Joseph "
    "Kamau.",
    "Police said the clashes spread from Korlu village to Marabo town overnight.",
])
def test_a_name_before_town_or_village_is_a_place(graph_of, text):
    assert entities(graph_of(text)).get("Marabo") == "Place"


def test_a_town_council_named_in_capitals_stays_a_body(graph_of):
    got = entities(graph_of("The Marabo Town Council voted on Monday to raise fees."))
    assert got.get("Marabo Town Council") == "Organization"


@pytest.mark.parametrize(("text", "place", "person"), [
    ("During the return flight from Florence to Rome, the pope met journalists. Florence "
     "Mbeki of RTV asked the first question.", "Florence", "Florence Mbeki"),
    ("The minister flew from Nairobi to Victoria on Monday. Victoria Osei, the trade "
     "minister, joined him there.", "Victoria", "Victoria Osei"),
])
def test_a_journey_s_end_named_like_a_person_stays_a_place(graph_of, text, place, person):
    got = entities(graph_of(text))
    assert got.get(place) == "Place" and got.get(person) == "Person"


def test_a_given_name_alone_outside_a_journey_is_still_the_person(graph_of):
    got = entities(graph_of(
        "Florence Mbeki of RTV asked the first question. Florence said she was glad."
    ))
    assert got.get("Florence Mbeki") == "Person" and "Florence" not in got


@pytest.mark.parametrize(("text", "place"), [
    ("Bello told reporters at the Villamor military airbase in the capital.", "Villamor"),
    ("Protesters gathered near the Korlu air base on Monday, said Ana Brisk.", "Korlu"),
])
def test_a_name_before_a_site_s_noun_is_a_place(graph_of, text, place):
    assert entities(graph_of(text)).get(place) == "Place"


def test_a_party_s_base_is_no_site(graph_of):
    got = entities(graph_of("The Velmar Unity Party base rallied behind Ana Brisk on Monday."))
    assert got.get("Velmar Unity Party") == "Organization"
