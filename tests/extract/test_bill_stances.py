"""Stances on a bill named by what it would do: "a stopgap bill that would keep the
government open", "the stopgap", "want the Senate to pass that measure", "At least one
Republican, Sen. X, has said he will vote against it"."""

import pytest

from .helpers import entities, facts

BILL = (
    "At issue is a seven-week stopgap bill that would keep the government open through May. "
    "Speaker Ana Roe wants the Senate to pass that measure unchanged. Democrats are "
    "demanding an extension of the Clean Harbour Act credits that expire this year. "
    "At least one Republican, Sen. Karel Voss of Tessa, has said he will vote against the "
    "stopgap."
)


def _of(got, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_bill_named_by_what_it_would_do_is_a_plan_of_its_own(graph_of):
    plans = {n for n, kind in entities(graph_of(BILL)).items() if kind == "Plan"}
    assert "seven-week stopgap bill" in plans
    assert "Clean Harbour Act" in plans  # a law named after it is another text


def test_wanting_a_body_to_pass_a_bill_supports_it(graph_of):
    supports = _of(facts(graph_of(BILL)), "supports")
    assert ("Ana Roe", "seven-week stopgap bill") in supports


def test_the_stopgap_is_the_stopgap_bill_and_he_the_senator_named(graph_of):
    opposes = _of(facts(graph_of(BILL)), "opposes")
    assert opposes == {("Karel Voss", "seven-week stopgap bill")}


@pytest.mark.parametrize("text", [
    "Any bill that would keep the government open must pass by Friday.",
    "The bill that would not raise taxes was debated on Monday.",
])
def test_no_bill_named_by_what_it_would_do(graph_of, text):
    assert "Plan" not in entities(graph_of(text)).values()


def test_wanting_a_bill_not_passed_is_no_support(graph_of):
    got = facts(graph_of(
        "At issue is a stopgap bill that would keep the government open through May. "
        "Ana Roe wants the Senate not to pass that measure."
    ))
    assert not _of(got, "supports")


def test_a_law_named_first_is_what_the_bill_refers_to(graph_of):
    plans = {n for n, kind in entities(graph_of(
        "The Senate passed the Clean Harbour Act on Monday. Ana Roe said the bill would "
        "lower costs."
    )).items() if kind == "Plan"}
    assert plans == {"Clean Harbour Act"}


def test_wanting_to_finalise_a_deal_oneself_is_no_appeal(graph_of):
    got = facts(graph_of(
        "Talks produced the 12-point plan. Ana Roe wants to meet Piet Sorensen as soon as "
        "possible to finalise the 12-point plan."
    ))
    assert not _of(got, "supports")


def test_asking_a_court_to_annul_a_decree_opposes_it(graph_of):
    got = facts(graph_of(
        "The agency issued the emergency decree in May. Velka Motors asked the court to annul "
        "the emergency decree."
    ))
    assert ("Velka Motors", "emergency decree") in _of(got, "opposes")


def test_asking_for_a_law_to_be_passed_supports_it(graph_of):
    got = facts(graph_of("Velka Motors asked parliament to pass the Clean Harbour Act."))
    assert ("Velka Motors", "Clean Harbour Act") in _of(got, "supports")
    assert not _of(got, "opposes")


def test_asking_a_court_not_to_annul_it_opposes_nothing(graph_of):
    got = facts(graph_of(
        "The agency issued the emergency decree in May. Velka Motors asked the court not to "
        "annul the emergency decree."
    ))
    assert not _of(got, "opposes")
