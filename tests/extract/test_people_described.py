"""A person named again by age ("the 45-year-old", "the 45-year-old former banker") or by party
("the Ohio Democrat") stands for someone just named, as "he" or "she" would; a description of
something else by age, or someone new ("a 45-year-old"), does not. On sentences written for
these tests."""

import pytest

from .helpers import entities, facts, quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "second",
    ["The 45-year-old met Tom Hale in Oslo on Tuesday.",
     "The 45-year-old former banker met Tom Hale in Oslo on Tuesday."],
)
def test_someone_named_again_by_age(graph_of, second):
    got = facts(graph_of(f"Anna Berg won the vote on Monday. {second}"))
    assert {("Anna Berg", "met", "Tom Hale"), ("Tom Hale", "met", "Anna Berg")} & got


@pytest.mark.parametrize(
    "text",
    ["Anna Berg won the vote on Monday. A 45-year-old met Tom Hale in Oslo on Tuesday.",
     "Anna Berg and Lena Fisch won the vote on Monday. The 45-year-old met Tom Hale in Oslo."],
)
def test_someone_new_or_either_of_two_by_age_is_no_one_named(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p == "met" and "Tom Hale" in (s, o) for s, p, o in got)


def test_an_age_of_a_thing_is_no_person(graph_of):
    got = facts(graph_of("Anna Berg opened the bridge on Monday. The 200-year-old bridge was "
                         "repaired by Kestrel Mining."))
    assert not any("Anna Berg" in (s, o) and "Kestrel Mining" in (s, o) for s, _, o in got)


def test_a_party_member_described_is_the_person_just_named(graph_of):
    got = facts(graph_of("The Democratic Party lost the seat. Senator Jane Kessler spoke on "
                         "Monday. The Ohio Democrat met Tom Hale on Tuesday."))
    assert ("Jane Kessler", "memberOf", "Democratic Party") in got
    assert {("Jane Kessler", "met", "Tom Hale"), ("Tom Hale", "met", "Jane Kessler")} & got
    assert not any(s == "Democratic Party" and p == "met" for s, p, _ in got)


def test_the_party_named_for_someone_in_apposition_stays_an_entity(graph_of):
    graph = graph_of("Jane Kessler, the top Democrat on the committee, spoke on Monday.")
    assert entities(graph).get("Democratic Party") == "Organization"
    assert ("Jane Kessler", "memberOf", "Democratic Party") in facts(graph)


def test_two_surnames_joined_by_and_are_two_people(graph_of):
    got = entities(graph_of("Abbas Karimi met Badr Hassan in Cairo on Monday. Karimi and "
                            "Hassan also reviewed bilateral ties."))
    assert "Karimi and Hassan" not in got
    assert got.get("Abbas Karimi") == "Person" and got.get("Badr Hassan") == "Person"


@pytest.mark.parametrize(
    "name",
    ["Joint Political and Security Mechanism", "Technical and Scientific Mission"],
)
def test_a_body_named_for_two_fields_is_one_body(graph_of, name):
    got = entities(graph_of(f"The resolution called for meetings of the {name} on Monday."))
    assert got.get(name) == "Organization"


def test_a_described_speaker_named_after_a_comma_is_the_person(graph_of):
    got = quotes(graph_of('"Patients should not stop taking their medicine," said the '
                          "committee's chair, Dr. Mikkel Holt-Sorensen."))
    assert [s for s, _ in got] == ["Mikkel Holt-Sorensen"]


def test_a_surname_the_tagger_read_as_an_interjection_speaks(graph_of):
    got = quotes(graph_of('Administrator Oh Byung-chul resigned on Monday. "I take '
                          'responsibility for failing to persuade the Assembly," Oh said in a '
                          "short message to staff."))
    assert [s for s, _ in got] == ["Oh Byung-chul"]


def test_an_interjection_is_no_speaker(graph_of):
    got = quotes(graph_of('Oh Byung-chul resigned on Monday. "Oh, I see," Ana Roe said.'))
    assert [s for s, _ in got] == ["Ana Roe"]


@pytest.mark.parametrize("described", ["the German Christian Democrat", "a Social Democrat"])
def test_another_party_s_member_is_not_the_democratic_party_s(graph_of, described):
    got = facts(graph_of(f"The Democratic Party lost. Daniel Vogt, {described}, spoke."))
    assert ("Daniel Vogt", "memberOf", "Democratic Party") not in got


@pytest.mark.parametrize("described", ["the Ohio Democrat", "the New York Democrat",
                                       "the top Democrat on the panel"])
def test_a_democrat_by_state_or_rank_is_the_democratic_party_s(graph_of, described):
    got = facts(graph_of(f"The Democratic Party lost. Jane Kessler, {described}, spoke."))
    assert ("Jane Kessler", "memberOf", "Democratic Party") in got


@pytest.mark.parametrize("text", [
    "The Democratic Party lost. Christian Democrat Jane Kessler said it was a blow.",
    "The Democratic Party lost. Senator Jane Kessler spoke. The Christian Democrat met Tom Hale.",
])
def test_another_party_s_member_noun_before_a_name_or_as_a_subject(graph_of, text):
    assert ("Jane Kessler", "memberOf", "Democratic Party") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Vassily Torvenia, Russia's permanent representative to the UN, vetoed the draft.",
    "Tafadzwa Mhlanga, Zimbabwe's ambassador, said the talks would resume.",
])
def test_a_full_name_described_by_a_person_s_title_is_a_person(graph_of, text):
    name = text.split(",")[0]
    assert entities(graph_of(text))[name] == "Person"


def test_a_place_described_in_apposition_stays_a_place(graph_of):
    got = entities(graph_of("South Sudan, Africa's youngest country, held talks."))
    assert got["South Sudan"] == "Place"


@pytest.mark.parametrize("text", [
    "Liberal Democrat leader Nora Welles called for an inquiry.",
    "The Free Democrat leader Nora Welles called for an inquiry.",
])
def test_a_party_family_s_leader_leads_that_party_not_the_us_one(graph_of, text):
    got = facts(graph_of(text))
    assert not any(o == "Democratic Party" for _, _, o in got)
    assert any(s == "Nora Welles" and p == "leaderOf" and o.endswith(("Democrat", "Democrats"))
               for s, p, o in got)


def test_a_state_s_democrat_leader_is_still_the_us_party_s(graph_of):
    got = facts(graph_of("The Democratic Party lost. Ohio Democrat Nora Welles said it hurt."))
    assert ("Nora Welles", "memberOf", "Democratic Party") in got


@pytest.mark.parametrize("text", [
    "The opposition leader, Marta Valdor, rejected the result.",
    "Marta Valdor rejected the result in the capital. Valdor said she would appeal.",
])
def test_a_leader_or_surname_speaker_with_a_person_s_name_is_a_person(graph_of, text):
    got = entities(graph_of(text))
    assert got["Marta Valdor"] == "Person"
    assert "Valdor" not in got  # one person, not a place and a person


@pytest.mark.parametrize("text", [
    "The regional leader, Saudi Arabia, hosted the talks.",
    "The visitors toured Port Elizabeth on Monday. Mr Elizabeth said he was pleased.",
])
def test_a_place_named_as_leader_or_beside_a_surname_stays_a_place(graph_of, text):
    got = entities(graph_of(text))
    place = "Saudi Arabia" if "Saudi" in text else "Port Elizabeth"
    assert got[place] == "Place"


@pytest.mark.parametrize("described", ["a Christian Democrat", "the Dutch Christian Democrat"])
def test_one_member_of_a_party_family_is_no_party_entity(graph_of, described):
    got = entities(graph_of(f"Nora Welles, {described} who has led the city since 2019, "
                            "resigned on Monday."))
    assert not any("Democrat" in name for name in got)
