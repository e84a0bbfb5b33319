"""Two national capitals in a row are a list of governments, not a city inside a state of
the same name (sentences written for these tests)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _located(got):
    return {(s, o) for s, p, o in got if p == "locatedIn"}


def test_two_capitals_in_a_row_are_a_list(graph_of):
    got = facts(graph_of("Last week, Kyiv, Washington, and their allies held discussions "
                         "on the plan."))
    assert not _located(got)
    got = facts(graph_of("Diplomats from Moscow, Washington, and Paris met on Monday."))
    assert not _located(got)


def test_a_town_in_a_state_stays(graph_of):
    got = facts(graph_of("The plant opened in Spokane, Washington, last year."))
    assert ("Spokane", "Washington") in _located(got)
    got = facts(graph_of("The delegation flew to Athens, Georgia, on Monday."))
    assert ("Athens", "Georgia") in _located(got)
