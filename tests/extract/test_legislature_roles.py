"""Roles in a legislature's news: party words in titles, the Speaker, floor leaders, party
members "led by" their leaders, committee seats, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_party_word_of_a_title_names_the_holder_s_party(graph_of):
    got = facts(
        graph_of(
            "House Democratic Leader Dana Whitcombe called the bill reckless. Democrats "
            "voted no. Former Senate Republican leader Carl Brenner disagreed, and "
            "Republicans were split."
        )
    )
    assert ("Dana Whitcombe", "leaderOf", "Democratic Party") in got
    assert ("Dana Whitcombe", "memberOf", "Democratic Party") in got
    assert ("Carl Brenner", "memberOf", "Republican Party") in got
    assert ("Carl Brenner", "leaderOf", "Republican Party") not in got


def test_an_mep_from_a_party_is_a_member_of_it(graph_of):
    got = facts(graph_of("Rosa Camilleri, a Maltese MEP from the centre-right Civic Renewal "
                         "Party, was re-elected president of the European Parliament."))
    assert ("Rosa Camilleri", "memberOf", "Civic Renewal Party") in got
    got = facts(graph_of("Rosa Camilleri, an MEP from the Civic Renewal Party, said the vote "
                         "was historic."))
    assert ("Rosa Camilleri", "memberOf", "Civic Renewal Party") in got


@pytest.mark.parametrize("text", [
    "Rosa Camilleri, a former MEP from the Civic Renewal Party, said the vote was historic.",
    "Rosa Camilleri, an MEP from Malta, said the vote was historic.",
])
def test_a_former_mep_or_one_from_a_country_gives_no_party(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Rosa Camilleri" and f[2] != "European Parliament"}


def test_a_party_member_s_noun_after_a_nationality_gives_the_party(graph_of):
    got = facts(graph_of("The Greens made gains in May. German Green Ute Kessler won 133 "
                         "votes."))
    assert ("Ute Kessler", "memberOf", "Greens") in got


@pytest.mark.parametrize("text", [
    "The Greens made gains in May. Green Ute Kessler won 133 votes.",
    "The Greens made gains in May. The group thanked Ute Kessler, a Green voter, for her "
    "support.",
    "The Liberals made gains in May. German Green Ute Kessler won 133 votes.",
])
def test_a_party_noun_opening_a_sentence_or_of_another_party_gives_none(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Ute Kessler" and f[1] == "memberOf"}


def test_a_party_chairman_of_a_committee_chairs_it(graph_of):
    got = facts(
        graph_of(
            "Senator Ilse Moravec of Vermont, the Republican chairman of the Budget Committee, "
            "said the numbers did not add up. Republicans agreed."
        )
    )
    assert ("Ilse Moravec", "leaderOf", "Budget Committee") in got
    assert ("Ilse Moravec", "memberOf", "Republican Party") in got
    assert ("Ilse Moravec", "leaderOf", "Republican Party") not in got
    assert ("Ilse Moravec", "memberOf", "Vermont") not in got


def test_the_top_party_member_on_a_committee_after_the_home_state(graph_of):
    got = facts(
        graph_of(
            "Tom Brandt of Ohio, the top Democrat on the Senate Finance Committee, said he "
            "would vote no. Democrats followed him."
        )
    )
    assert ("Tom Brandt", "memberOf", "Senate Finance Committee") in got
    assert ("Tom Brandt", "memberOf", "Democratic Party") in got


def test_a_seat_on_a_committee_told_after_a_party_apposition(graph_of):
    got = facts(
        graph_of(
            "Lena Varga, a Republican from Idaho who sits on the Senate Energy Committee, "
            "said the plan was late. Republicans agreed."
        )
    )
    assert ("Lena Varga", "memberOf", "Senate Energy Committee") in got
    assert ("Lena Varga", "memberOf", "Republican Party") in got


def test_the_speaker_leads_the_chamber_and_floor_leaders_sit_in_the_named_one(graph_of):
    got = facts(
        graph_of(
            "Speaker Ruth Okafor said the House would vote on Friday. "
            "In the Senate, Majority Leader Oren Pask promised a vote in May.",
            "Former Speaker Miriam Stolz said the House was divided. "
            "In the end, Majority Leader Jan Voort gave way. The Senate adjourned.",
        )
    )
    assert ("Ruth Okafor", "leaderOf", "House") in got
    assert ("Oren Pask", "memberOf", "Senate") in got
    assert ("Miriam Stolz", "leaderOf", "House") not in got
    assert ("Jan Voort", "memberOf", "Senate") not in got


def test_party_members_led_by_two_of_them_are_its_members(graph_of):
    got = facts(
        graph_of(
            "House Republicans led by two Texans, Speaker Ruth Okafor and Majority Leader "
            "Oren Pask, moved their bill forward on Wednesday. The House votes next week."
        )
    )
    assert ("Ruth Okafor", "memberOf", "Republican Party") in got
    assert ("Oren Pask", "memberOf", "Republican Party") in got
    assert ("Ruth Okafor", "leaderOf", "House") in got


def test_the_chamber_named_with_and_without_its_country_is_one(graph_of):
    got = facts(
        graph_of(
            "The bill, written by Rep. Ana Pell, R-Ohio, passed the U.S. House on Tuesday. "
            "The lone no vote came from Rep. Otto Brandt, a Nevada Republican. Speaker "
            "Carl Moss had kept it off the floor. The House then sent it to the Senate."
        )
    )
    assert ("Ana Pell", "memberOf", "U.S. House") in got
    assert ("Otto Brandt", "memberOf", "U.S. House") in got
    assert ("Carl Moss", "leaderOf", "U.S. House") in got


def test_two_countries_chambers_leave_a_bare_title_unplaced(graph_of):
    got = facts(graph_of("Brazil's Senate and the Senate of Chile met. Sen. Ana Pell spoke."))
    assert not any(s == "Ana Pell" and p == "memberOf" for s, p, _ in got)


def test_a_counted_party_s_members_listed_are_its_members(graph_of):
    got = facts(
        graph_of(
            "All Democrats signed, along with four Republicans: Ada Rhee, Carl Moss of Ohio, "
            "Lena Varga of Idaho and Tom Brandt of Texas. Republicans were split.",
            "Three Democratic senators, Ana Pell, Otto Brandt and Ruth Okafor, voted no. "
            "Democrats were angry.",
        )
    )
    for name in ("Ada Rhee", "Carl Moss", "Lena Varga", "Tom Brandt"):
        assert (name, "memberOf", "Republican Party") in got
    for name in ("Ana Pell", "Otto Brandt", "Ruth Okafor"):
        assert (name, "memberOf", "Democratic Party") in got


def test_a_party_list_that_names_others_than_people_makes_no_members(graph_of):
    got = facts(
        graph_of(
            "Two Republicans attended: the meeting ran late. Republicans were upset. "
            "Democrats said the Senate, Ada Rhee and the House had failed. Democrats left."
        )
    )
    assert not any(p == "memberOf" and s == "Ada Rhee" for s, p, _ in got)


@pytest.mark.parametrize("text, body", [
    ("Marta Kowalski was elected to the Kenyan Senate in 2018.", "Kenyan Senate"),
    ("Marta Kowalski, who was elected to the Kenyan Senate in 2018, said the bill would pass.",
     "Kenyan Senate"),
    ("Marta Kowalski won a seat in the Kenyan Senate in 2018.", "Kenyan Senate"),
    ("Marta Kowalski sits in the Kenyan Senate.", "Kenyan Senate"),
    ("Marta Kowalski serves on the Trade Committee of the Kenyan Senate.",
     "Trade Committee of the Kenyan Senate"),
    ("Marta Kowalski, a judge on the Kenyan High Court, ruled against the ban.",
     "Kenyan High Court"),
])
def test_a_seat_held_in_a_body_makes_a_member(graph_of, text, body):
    assert ("Marta Kowalski", "memberOf", body) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # a seat held before
    "Marta Kowalski sat in the Kenyan Senate until 2015.",
    # elected to do something, not to a body
    "The Kenyan Senate elected Marta Kowalski to lead the inquiry.",
    # a seat won by a party in an election, not by the person in a body
    "Marta Kowalski won a seat at the table in talks with Brenner Steel.",
    # "on" a topic, not on a body
    "Marta Kowalski, an adviser on the Kenyan Senate's budget, spoke.",
])
def test_no_seat_held_now(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Marta Kowalski" and p == "memberOf" for s, p, _ in got)
