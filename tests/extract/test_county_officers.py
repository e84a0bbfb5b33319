"""A county's or a district's officers: "Brookfield County Sheriff X" and "Harris County
District Attorney X" are people titled, the county a place, and each heads the office the
story names for the title ("the … Sheriff's Office", "the … District Attorney's Office");
on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_sheriffs_title_is_no_part_of_the_name(graph_of):
    graph = graph_of(
        "Brookfield County Sheriff Dale Hooper said deputies were serving a warrant when the "
        "man fled. Chief Deputy Ron Pell was injured, Sheriff Hooper said."
    )
    found = entities(graph)
    assert found.get("Dale Hooper") == "Person"
    assert not any(name.startswith("Sheriff") for name in found)
    # the sheriff heads the sheriff's office, not the county
    assert ("Dale Hooper", "leaderOf", "Brookfield County") not in facts(graph)


def test_the_sheriff_heads_the_sheriffs_office_the_story_names(graph_of):
    graph = graph_of(
        "The Brookfield County Sheriff's Office said the man was in custody. Sheriff Dale "
        "Hooper said he had been charged with assault."
    )
    assert "Brookfield County Sheriff" not in entities(graph)
    assert ("Dale Hooper", "leaderOf", "Brookfield County Sheriff's Office") in facts(graph)


def test_a_district_attorneys_county_is_a_place(graph_of):
    found = entities(graph_of(
        "Harris County District Attorney Tom Bellamy said the evidence was weak."
    ))
    assert found.get("Harris County") == "Place"
    assert "Harris County District" not in found


def test_the_district_attorney_heads_the_office_named_for_the_title(graph_of):
    graph = graph_of(
        "The Kingsbury District Attorney's Office announced the charges on Wednesday. "
        "Kingsbury District Attorney Paula Ferris said no one was above the law."
    )
    assert entities(graph).get("Kingsbury District Attorney's Office") == "Organization"
    assert ("Paula Ferris", "leaderOf", "Kingsbury District Attorney's Office") in facts(graph)


@pytest.mark.parametrize("text", [
    # two offices: which one is hers is not said
    "The Kingsbury District Attorney's Office and the Dunmore District Attorney's Office "
    "announced the charges. District Attorney Paula Ferris said no one was above the law.",
    # a defendant's attorney heads no office
    "The Kingsbury District Attorney's Office announced the charges. Paula Ferris, an "
    "attorney for the defendant, said he would plead not guilty.",
])
def test_no_office_is_headed_by_others(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Paula Ferris" and p == "leaderOf" for s, p, _ in got)
