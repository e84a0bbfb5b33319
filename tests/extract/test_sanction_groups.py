"""Who is sanctioned when a sanctions announcement names its targets as a group ("Among
those designated was X", "The designations target X"), on sentences written for these
tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_OPENING = "The Velmar Sanctions Office sanctioned 17 people and firms on Thursday. "


@pytest.mark.parametrize(("sentence", "targets"), [
    ("Among those designated was Tomas Lavik, a shipping broker.", {"Tomas Lavik"}),
    ("Among those sanctioned were Tomas Lavik and the Orvane Shipping Company.",
     {"Tomas Lavik", "Orvane Shipping Company"}),
    ("The designations target Tomas Lavik, a broker based in Porto.", {"Tomas Lavik"}),
])
def test_targets_named_as_one_of_a_group_are_sanctioned(graph_of, sentence, targets):
    got = facts(graph_of(_OPENING + sentence))
    assert {("Velmar Sanctions Office", "sanctioned", t) for t in targets} <= got


@pytest.mark.parametrize("sentence", [
    "Among those not designated was Tomas Lavik.",
    "Among those who attended the briefing was Tomas Lavik.",
])
def test_one_of_another_group_is_not_sanctioned(graph_of, sentence):
    got = facts(graph_of(_OPENING + sentence))
    assert ("Velmar Sanctions Office", "sanctioned", "Tomas Lavik") not in got


def test_a_designation_in_an_article_about_terrorist_listings(graph_of):
    got = facts(graph_of(
        "The Velmar Foreign Ministry designated the Orvane Front as a Foreign Terrorist "
        "Organization. Its leader, Tomas Lavik, was also designated."
    ))
    assert ("Velmar Foreign Ministry", "sanctioned", "Tomas Lavik") in got


def test_the_agent_of_the_listing_is_the_sanctioner(graph_of):
    got = facts(graph_of(_OPENING + "Among those sanctioned by the Norland Treasury were "
                         "Tomas Lavik and Piet Sorensen."))
    assert ("Norland Treasury", "sanctioned", "Tomas Lavik") in got
    assert ("Velmar Sanctions Office", "sanctioned", "Tomas Lavik") not in got


def test_a_list_far_from_any_announcement_names_no_sanctioner(graph_of):
    got = facts(graph_of(
        _OPENING + "The firms trade in fuel. Their ships sail from Porto. Prices rose in May. "
        "Fuel is scarce. Ports are busy. Ships are late. Buyers wait. "
        "Among those designated was Tomas Lavik."
    ))
    assert ("Velmar Sanctions Office", "sanctioned", "Tomas Lavik") not in got


def test_a_list_after_a_statement_and_a_quote_keeps_its_sanctioner(graph_of):
    got = facts(graph_of(
        "The Velmar Sanctions Office on Thursday imposed sanctions on 29 tankers. The office "
        "said the ships carried fuel. \"We will act,\" an official said in a statement. "
        "Among those designated was Tomas Lavik, a shipping broker."
    ))
    assert ("Velmar Sanctions Office", "sanctioned", "Tomas Lavik") in got


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned four members of the Vanguard Front on Tuesday.",
    "The Treasury sanctioned leaders of the Mexican cartel Los Rojos on Tuesday.",
    "The Treasury imposed sanctions on senior officials of Orvik Bank on Tuesday.",
])
def test_a_group_whose_people_are_sanctioned_is_not_itself(graph_of, text):
    assert not any(p == "sanctioned" for s, p, o in facts(graph_of(text)))


def test_a_group_sanctioned_with_its_people_is(graph_of):
    got = facts(graph_of("The Treasury sanctioned the Vanguard Front and four of its members on "
                         "Tuesday."))
    assert ("Treasury", "sanctioned", "Vanguard Front") in got
    got = facts(graph_of("The Treasury sanctioned four members of the Vanguard Front on Tuesday, "
                         "including Omar Daleel."))
    assert ("Treasury", "sanctioned", "Omar Daleel") in got
