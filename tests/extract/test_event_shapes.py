"""Shapes of meetings, stances, authorship and sanctions in news prose that the parser
splits or hides, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "agent", "targets"), [
    ("Refiners cut purchases after Norland sanctioned the oil majors Velko Oil and Castamar "
     "in October.", "Norland", {"Velko Oil", "Castamar"}),
    ("Britain sanctioned the banks Orvell Bank and Halmar on Friday.", "United Kingdom",
     {"Orvell Bank", "Halmar"}),
    ("The Velmar Treasury has sanctioned the tanker operator Castamar Marine.",
     "Velmar Treasury", {"Castamar Marine"}),
])
def test_names_after_their_kind_are_the_objects(graph_of, sentence, agent, targets):
    got = facts(graph_of(sentence))
    assert {(agent, "sanctioned", t) for t in targets} <= got


def test_names_after_their_kind_are_met_too(graph_of):
    got = facts(graph_of("Minister Ana Roe met the governors Piet Lund and Osk Varen on Monday."))
    assert {("Ana Roe", "met", "Piet Lund"), ("Ana Roe", "met", "Osk Varen")} <= got


def test_a_denied_sanction_on_named_kind_is_no_fact(graph_of):
    graph = graph_of("Norland has not sanctioned the traders Velko Oil and Castamar.")
    assert not any(p == "sanctioned" for _, p, _ in facts(graph))
    assert ("Norland", "sanctioned", "Castamar") in facts(graph, "negated")
