"""Bids to buy a company and the sides taken on them: the bidder named by a possessive or
"from" wrote the bid, a board that rejects it or advises shareholders to reject it opposes
it; a headline "X responds to rejected Y bid" states no side of X on Y, and a bid for
membership or office is no plan of its bidder's. Sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "bid"), [
    ("The board of Harrow Mills rejected Pentland Group's takeover bid on Monday.",
     "takeover bid"),
    ("Harrow Mills rejected a takeover bid from Pentland Group on Monday.", "takeover bid"),
    ("The board of Harrow Mills has recommended that shareholders reject Pentland Group's "
     "$400 million takeover bid.", "$400 million takeover bid"),
    ("Pentland Group's offer was rejected by the board of Harrow Mills.", "offer"),
])
def test_the_bidder_wrote_the_bid_and_the_board_opposes_it(graph_of, text, bid):
    got = facts(graph_of(text))
    assert ("Pentland Group", "authorOf", bid) in got
    assert ("Harrow Mills", "opposes", bid) in got


@pytest.mark.parametrize("text", [
    "The board of Harrow Mills advised shareholders to accept Pentland Group's takeover bid.",
    "The board of Harrow Mills recommended that shareholders should accept Pentland Group's "
    "takeover bid.",
])
def test_a_board_advising_acceptance_supports_the_offer(graph_of, text):
    assert ("Harrow Mills", "supports", "takeover bid") in facts(graph_of(text))


def test_advice_given_after_a_rejection_is_no_advice(graph_of):
    got = facts(graph_of("The board of Harrow Mills recommended the merger after shareholders "
                         "had rejected Pentland Group's takeover bid."))
    assert ("Harrow Mills", "opposes", "takeover bid") not in got


@pytest.mark.parametrize("text", [
    "Harrow Mills responds to rejected Pentland Group bid",
    "Harrow Mills reacts to rejected Pentland Group bid\n\nHarrow Mills said on Monday it "
    "would study its options.",
])
def test_a_participle_after_to_states_no_side(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p in {"opposes", "supports"} for _, p, _ in got)


def test_a_bid_for_membership_is_no_plan_of_its_bidder(graph_of):
    got = facts(graph_of("Norland withdrew its membership bid after the Velmar Union rejected "
                         "Norland's membership bid."))
    assert not any(p == "authorOf" for _, p, _ in got)


def test_a_question_about_a_rejection_tells_none(graph_of):
    graph = graph_of("Did the board of Harrow Mills reject Pentland Group's takeover bid?")
    assert ("Harrow Mills", "opposes", "takeover bid") not in facts(graph)
    assert ("Harrow Mills", "opposes", "takeover bid") in facts(graph, "hypothetical")


@pytest.mark.parametrize(("text", "side", "bid"), [
    ("Brantwell Foods shareholders accepted Pentland Group's $11 billion offer on Thursday.",
     "supports", "$11 billion offer"),
    ("Brantwell Foods' board unanimously rejected Pentland Group's takeover bid.", "opposes",
     "takeover bid"),
    ("The Brantwell Foods board rejected Pentland Group's takeover bid on Monday.", "opposes",
     "takeover bid"),
    ("Shareholders of Brantwell Foods rejected a $1.9 billion bid by Pentland Group.",
     "opposes", "$1.9 billion bid"),
    ("Brantwell Foods has decided to reject Pentland Group's $44 billion offer for the "
     "company.", "opposes", "$44 billion offer"),
])
def test_a_company_answers_through_its_board_or_shareholders(graph_of, text, side, bid):
    got = facts(graph_of(text))
    assert ("Brantwell Foods", side, bid) in got
    assert ("Pentland Group", "authorOf", bid) in got


def test_launching_a_bid_is_making_it(graph_of):
    got = facts(graph_of("Pentland Group launched a $2 billion takeover bid for Brantwell "
                         "Foods on Monday."))
    assert ("Pentland Group", "authorOf", "$2 billion takeover bid") in got


def test_shareholders_of_no_body_named_take_no_side(graph_of):
    got = facts(graph_of("Angry shareholders rejected Pentland Group's takeover bid."))
    assert not any(p in {"opposes", "supports"} for _, p, _ in got)


def test_deciding_to_reject_later_is_still_to_come(graph_of):
    graph = graph_of("Brantwell Foods may decide to reject Pentland Group's takeover bid.")
    assert ("Brantwell Foods", "opposes", "takeover bid") not in facts(graph)


def test_deciding_to_meet_is_no_meeting(graph_of):
    got = facts(graph_of("Brantwell Foods chief executive Ana Lobo has decided to meet "
                         "Pentland Group chairman Piet Sorensen next week."))
    assert not any(p == "met" for _, p, _ in got)
