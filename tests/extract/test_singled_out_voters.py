"""Votes told of one singled out ("X was the only member to vote against the draft") and
"upheld that …" (maintained, not a veto upheld). On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_VOTED = "The council voted on the draft resolution on Friday. "


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Algeria was the only member to vote against the draft.",
         ("Algeria", "opposes", "draft resolution")),
        ("Algeria was the only Council Member to vote against the draft.",
         ("Algeria", "opposes", "draft resolution")),
        ("Algeria was the sole member to vote for the text.",
         ("Algeria", "supports", "draft resolution")),
    ],
)
def test_the_one_singled_out_to_vote_took_that_side(graph_of, sentence, fact):
    assert fact in facts(graph_of(_VOTED + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Algeria was the only member not to vote against the draft.",
        "Algeria is expected to be the only member to vote against the draft.",
        "Algeria was the member that asked Brazil to vote against the draft.",
    ],
)
def test_no_side_is_taken_by_the_one_not_singled_out_as_voting(graph_of, sentence):
    assert ("Algeria", "opposes", "draft resolution") not in facts(
        graph_of(_VOTED + sentence))


def test_upholding_that_a_text_says_something_is_no_veto_upheld(graph_of):
    got = facts(graph_of(
        _VOTED + "Britain's ambassador, Ana Roe, described the fighting. She upheld that "
        "the draft resolution sends a message to the world."))
    assert ("Ana Roe", "opposes", "draft resolution") not in got
    assert ("Ana Roe", "memberOf", "United Kingdom") in got
