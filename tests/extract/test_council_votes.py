"""Votes in a council's or a board's minutes: "with A and B voting in opposition",
"Voting in opposition were A and B", "Voting against were A and B"; on sentences written
for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_DEBATED = "The board debated the Fairview Sidewalk Plan on Tuesday. "


@pytest.mark.parametrize("sentence", [
    "The vote was 4-2 with Gary Barhill and John Wilmer voting in opposition.",
    "Voting in opposition were Mayor Gary Barhill and council member John Wilmer.",
    "Voting against were Gary Barhill and John Wilmer.",
    "Gary Barhill and John Wilmer voted in opposition.",
    "Gary Barhill and John Wilmer voted in opposition to the plan.",
])
def test_voting_in_opposition_opposes_the_text_just_named(graph_of, sentence):
    got = facts(graph_of(_DEBATED + sentence))
    assert ("Gary Barhill", "opposes", "Fairview Sidewalk Plan") in got
    assert ("John Wilmer", "opposes", "Fairview Sidewalk Plan") in got


def test_those_voting_in_favour_support_it(graph_of):
    got = facts(graph_of(
        _DEBATED + "Voting in favor were Gary Barhill and John Wilmer."
    ))
    assert ("Gary Barhill", "supports", "Fairview Sidewalk Plan") in got
    assert not any(p == "opposes" for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    # the opposition as a party, not a vote
    "Gary Barhill, a leader of the opposition, said the vote was close.",
    # a vote not cast: who is voting is not said
    "Voting in opposition would be a mistake, Gary Barhill said.",
])
def test_no_vote_in_opposition_where_none_was_cast(graph_of, sentence):
    got = facts(graph_of(_DEBATED + sentence))
    assert not any(s == "Gary Barhill" and p == "opposes" for s, p, _ in got)


def test_a_veto_used_or_a_passive_after_another_verb_opposes_the_draft(graph_of):
    got = facts(graph_of(
        "The Security Council voted on a draft resolution on the Karvan ceasefire on Friday. "
        "The draft, sponsored by Algeria, received 14 votes in favour but was vetoed by Norway."
    ))
    assert ("Algeria", "authorOf", "draft resolution") in got
    assert ("Norway", "opposes", "draft resolution") in got
    got = facts(graph_of(
        "The Security Council voted on a draft resolution on the Karvan ceasefire on Friday. "
        "Chile used its veto as a permanent member to block it."
    ))
    assert ("Chile", "opposes", "draft resolution") in got


def test_a_count_of_vetoes_past_is_no_stance_on_this_draft(graph_of):
    got = facts(graph_of(
        "The Security Council voted on a draft resolution on the Karvan ceasefire on Friday. "
        "Chile has used its veto 30 times since 1991, diplomats said."
    ))
    assert ("Chile", "opposes", "draft resolution") not in got
