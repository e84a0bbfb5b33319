"""Events, stances and their modality, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_met_via_relative_clause_and_apposition(graph_of):
    g = graph_of(
        "The offer was delivered by envoy Jared Kushner, who met the Saudi crown prince, "
        "Mohammed bin Salman, in Riyadh on Sunday."
    )
    assert ("Jared Kushner", "met", "Mohammed bin Salman") in facts(g)


def test_their_meeting_gives_met(graph_of):
    g = graph_of(
        "Beijing could walk away if it departs from the terms Xi Jinping and Joe Biden "
        "discussed at their meeting in San Francisco last year."
    )
    got = facts(g)
    assert ("Xi Jinping", "met", "Joe Biden") in got or ("Joe Biden", "met", "Xi Jinping") in got


def test_wish_and_condition_are_not_facts(graph_of):
    g = graph_of(
        "Emmanuel Macron wants to meet Xi Jinping as soon as possible. "
        "Xi Jinping said he would only meet with Emmanuel Macron when the deal is final."
    )
    assert not {f for f in facts(g) if f[1] == "met"}
    kept = facts(g, "desired") | facts(g, "hypothetical")
    assert any(f[1] == "met" for f in kept)


def test_authorship_active_passive_and_architect(graph_of):
    g = graph_of(
        "The European Commission drafted a 12-point peace plan for Sudan on Monday. "
        "The plan, put forward by Ursula von der Leyen, was welcomed by the African Union. "
        "One of its architects is Josep Borrell, officials said."
    )
    got = facts(g)
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("European Commission", "authorOf", plan) in got
    assert ("Ursula von der Leyen", "authorOf", plan) in got
    assert ("Josep Borrell", "authorOf", plan) in got
    assert ("African Union", "supports", plan) in got


def test_endorsed_in_relative_clause(graph_of):
    g = graph_of(
        "Officials discussed the 10-point peace plan, which aides say Narendra Modi endorsed "
        "on Friday."
    )
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("Narendra Modi", "supports", plan) in facts(g)


def test_hypothetical_rejection_is_not_a_fact(graph_of):
    g = graph_of(
        "Chinese Foreign Minister Wang Yi suggested that Beijing could reject the "
        "new 12-point peace plan if it changes."
    )
    assert not {f for f in facts(g) if f[1] == "opposes"}
    assert any(f[1] == "opposes" for f in facts(g, "hypothetical"))


def test_denial_is_negated(graph_of):
    g = graph_of(
        "Rumours said Hakan Fidan drafted the 5-point peace plan. "
        "Hakan Fidan denied he drafted the 5-point peace plan."
    )
    negated = facts(g, "negated")
    assert any(f[0] == "Hakan Fidan" and f[1] == "authorOf" for f in negated)


def test_sanctions_distribute_over_coordination(graph_of):
    g = graph_of(
        "Last year the European Union imposed sanctions on Russian energy companies Gazprom "
        "and Novatek after the attack."
    )
    got = facts(g)
    assert ("European Union", "sanctioned", "Gazprom") in got
    assert ("European Union", "sanctioned", "Novatek") in got


def test_group_nouns_stand_for_their_country(graph_of):
    g = graph_of("Turkish officials welcomed the 20-point peace plan on Wednesday.")
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("Turkey", "supports", plan) in facts(g)


def test_counterproposal_is_another_plan(graph_of):
    g = graph_of(
        "The 28-point peace plan was negotiated by envoy Steve Witkoff. "
        "Britain, France and Germany drafted a counterproposal."
    )
    plans = {e.label for e in g.entities if e.type == "Plan"}
    assert len(plans) == 2
    got = facts(g)
    assert ("Steve Witkoff", "authorOf", "28-point peace plan") in got
    assert ("France", "authorOf", "counterproposal") in got
