"""Plural descriptions of two people ("the two men", "both candidates", "the pair"),
on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got, a, b):
    return (a, "met", b) in got or (b, "met", a) in got


def test_the_two_men_are_the_two_just_named(graph_of):
    got = facts(
        graph_of(
            "Finance Minister Oren Vasko held talks with central bank governor Pieter "
            "Lindqvist before the two men met the trade envoy, Ravi Dunmore, in Lisbon."
        )
    )
    assert _met(got, "Oren Vasko", "Ravi Dunmore")
    assert _met(got, "Pieter Lindqvist", "Ravi Dunmore")


def test_the_pair_in_the_next_sentence(graph_of):
    got = facts(
        graph_of(
            "Oren Vasko and Pieter Lindqvist flew to Rome on Sunday. "
            "The pair met the city's mayor, Giulia Ferrante, on Monday."
        )
    )
    assert _met(got, "Oren Vasko", "Giulia Ferrante")
    assert _met(got, "Pieter Lindqvist", "Giulia Ferrante")


def test_two_men_after_three_named_is_nobody(graph_of):
    got = facts(
        graph_of(
            "Oren Vasko, Pieter Lindqvist and Hamid Sarrafi arrived in Lisbon on Monday. "
            "The two men met the trade envoy, Ravi Dunmore, on Tuesday."
        )
    )
    assert not any("Ravi Dunmore" in (s, o) for s, p, o in got if p == "met")


def test_both_candidates_are_the_race_protagonists(graph_of):
    got = facts(
        graph_of(
            "Lena Corvi defeated Marta Hollis in the vote for the union's presidency. "
            "Corvi thanked the delegates. Hollis conceded defeat on Saturday. "
            "Corvi promised reforms, and Hollis said she would stay on the board. "
            "The league sent an observer, Tomas Quell. He met both candidates on Friday."
        )
    )
    assert _met(got, "Tomas Quell", "Lena Corvi")
    assert _met(got, "Tomas Quell", "Marta Hollis")


def test_both_candidates_when_none_stand_out_is_nobody(graph_of):
    got = facts(
        graph_of(
            "Lena Corvi, Marta Hollis and Ines Barta ran for the union's presidency. "
            "The league sent an observer, Tomas Quell. He met both candidates on Friday."
        )
    )
    assert not any("Tomas Quell" in (s, o) for s, p, o in got if p == "met")


def test_both_ministers_are_not_two_presidents(graph_of):
    got = facts(
        graph_of(
            "President Lena Corvi spoke with President Tomas Quell by phone on Monday. "
            "Both ministers met the trade envoy, Ravi Dunmore, on Tuesday."
        )
    )
    assert not any("Ravi Dunmore" in (s, o) for s, p, o in got if p == "met")


def test_both_ministers_are_the_two_ministers_just_named(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Lena Corvi spoke with Trade Minister Tomas Quell on Monday. "
            "Both ministers met the trade envoy, Ravi Dunmore, on Tuesday."
        )
    )
    assert _met(got, "Lena Corvi", "Ravi Dunmore")
    assert _met(got, "Tomas Quell", "Ravi Dunmore")


def test_two_named_right_there_are_the_two(graph_of):
    got = facts(
        graph_of(
            "Ines Barta and Paul Granger arrived in Oslo on Sunday. "
            "The two men, Oren Vasko and Pieter Lindqvist, met the trade envoy, Ravi Dunmore, "
            "on Monday."
        )
    )
    assert not _met(got, "Ines Barta", "Ravi Dunmore")
    assert not _met(got, "Paul Granger", "Ravi Dunmore")


def test_the_pair_a_spokesman_reports_on_is_not_the_spokesman(graph_of):
    got = facts(
        graph_of(
            "Lena Okafor and Tomas Berg arrived in Oslo on Monday. Okafor's spokesman Piet "
            'Sorensen told reporters the pair "shook hands and agreed to meet again".'
        )
    )
    assert _met(got, "Lena Okafor", "Tomas Berg")
    assert not _met(got, "Lena Okafor", "Piet Sorensen")


@pytest.mark.parametrize(
    "before",
    [
        "Dan Morrow has not met Berg since 2019.",
        "Asked whether she would sit down with Dan Morrow and Berg together, Okafor said it "
        "could happen. Morrow has not met Berg since 2019.",
    ],
)
def test_the_two_leaders_are_not_two_said_not_to_have_met(graph_of, before):
    got = facts(
        graph_of(
            "Lena Okafor hosted Tomas Berg at her residence on Sunday. " + before
            + "\n\nDuring the talks the two leaders joined a call with Ada Rhee."
        )
    )
    assert not _met(got, "Dan Morrow", "Ada Rhee")



_THREE_MINISTERS = (
    "Foreign ministers Hugo Brandt of Norland, Rita Sall of Tarsk and Piet Damsel of Velland "
    "arrived in Geneva on Monday. "
)


@pytest.mark.parametrize("group", ["The ministers", "The three ministers"])
def test_the_ministers_just_listed_as_the_subject(graph_of, group):
    got = facts(graph_of(f"{_THREE_MINISTERS}{group} signed the Coastal Accord on Tuesday."))
    for name in ("Hugo Brandt", "Rita Sall", "Piet Damsel"):
        assert (name, "supports", "Coastal Accord") in got


def test_the_leaders_after_three_leaders_listed(graph_of):
    got = facts(graph_of(
        "President Anna Mero of Norland, Prime Minister Lev Oran of Tarsk and Chancellor Ida "
        "Krantz of Velland arrived in Geneva on Monday. The leaders signed the Coastal Accord "
        "on Tuesday."
    ))
    for name in ("Anna Mero", "Lev Oran", "Ida Krantz"):
        assert (name, "supports", "Coastal Accord") in got


def test_the_ministers_after_one_met_two_are_none_of_them(graph_of):
    got = facts(graph_of(
        "Foreign Minister Hugo Brandt of Norland met Rita Sall of Tarsk and Piet Damsel of "
        "Velland in Geneva on Monday. The ministers signed the Coastal Accord on Tuesday."
    ))
    assert not any(p == "supports" for _, p, _ in got)


def test_the_ministers_are_not_a_president_and_a_minister(graph_of):
    got = facts(graph_of(
        "President Anna Mero of Norland and Foreign Minister Hugo Brandt arrived in Geneva on "
        "Monday. The ministers signed the Coastal Accord on Tuesday."
    ))
    assert not any(p == "supports" for _, p, _ in got)


def test_the_leaders_after_a_denied_meeting_are_none(graph_of):
    got = facts(graph_of(
        "President Anna Mero of Norland and Prime Minister Lev Oran of Tarsk have not met "
        "since 2019. The leaders signed the Coastal Accord by letter."
    ))
    assert not any(p == "supports" for _, p, _ in got)
