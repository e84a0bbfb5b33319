"""The signing of a document by its parties, a push for a plan, and a place on a sanctions
list, on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", [
    "The ceremony marked the signing of the Harbour Accord by Norway and Sweden.",
    "The signing of the Harbour Accord between Norway and Sweden took place in 2015.",
])
def test_the_parties_to_a_signing_support_the_document(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert {("Norway", "supports", "Harbour Accord"),
            ("Sweden", "supports", "Harbour Accord")} <= got


def test_a_signing_put_off_is_no_stance_yet(graph_of):
    got = facts(graph_of(
        "Officials postponed the signing of the Harbour Accord by Norway and Sweden."
    ))
    assert ("Norway", "supports", "Harbour Accord") not in got


def test_pressing_for_a_plan_supports_it(graph_of):
    got = facts(graph_of("Senator Ada Rhee pressed for the Harbour Act on Monday."))
    assert ("Ada Rhee", "supports", "Harbour Act") in got


@pytest.mark.parametrize(("sentence", "listed"), [
    ("The Orvane Front has been on the Velmar Council's sanctions list since 2014.", True),
    ("The Orvane Front is on the Velmar Council's blacklist.", True),
    ("The Orvane Front was on the Velmar Council's sanctions list until 2019.", False),
    ("The Orvane Front has been on the Velmar Council's list of speakers since May.", False),
])
def test_a_place_on_a_sanctions_list(graph_of, sentence, listed):
    got = facts(graph_of(sentence))
    assert (("Velmar Council", "sanctioned", "Orvane Front") in got) == listed
