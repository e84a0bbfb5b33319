"""Joining people who met, conversations by telephone, and talks only prepared for, on
sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(*pairs):
    return {frozenset(pair) for pair in pairs}


def test_those_who_join_a_meeting_meet_everyone_at_it(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee hosted Prime Minister Piet Sorensen for dinner at the palace on "
            "Monday. They were joined by Foreign Minister Lena Okafor and her counterpart Tomas "
            "Berg, the palace said."
        )
    )
    assert _pairs(
        ("Lena Okafor", "Ada Rhee"), ("Lena Okafor", "Piet Sorensen"),
        ("Tomas Berg", "Ada Rhee"), ("Tomas Berg", "Piet Sorensen"),
    ) <= _met(got)
    assert frozenset(("Lena Okafor", "Tomas Berg")) not in _met(got)  # came together


def test_joining_them_after_a_meeting(graph_of):
    got = facts(graph_of("Ada Rhee and Piet Sorensen met in Oslo on Monday. Lena Okafor later "
                         "joined them."))
    assert _pairs(("Lena Okafor", "Ada Rhee"), ("Lena Okafor", "Piet Sorensen")) <= _met(got)


def test_joining_is_no_meeting_without_one_told_or_in_a_shared_stance(graph_of):
    assert not _met(facts(graph_of("They were joined by Lena Okafor and Tomas Berg.")))
    got = facts(graph_of("Ada Rhee and Piet Sorensen called for a truce. Lena Okafor joined "
                         "them in calling for talks."))
    assert not any("Lena Okafor" in pair for pair in _met(got))


def test_a_telephone_conversation_the_two_had(graph_of):
    got = facts(graph_of("Foreign Minister Ada Rhee and Secretary of State Piet Sorensen "
                         "discussed bilateral relations in a phone conversation on Wednesday, "
                         "the ministry said."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)
    got = facts(graph_of("President Ada Rhee said she and Prime Minister Piet Sorensen engaged "
                         "in a 40-minute telephone conversation on Monday."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)


def test_a_conversation_that_is_no_call_or_has_no_partner(graph_of):
    got = facts(graph_of("Ada Rhee discussed the budget in a phone conversation with "
                         "reporters on Wednesday."))
    assert not _met(got)
    got = facts(graph_of("Ada Rhee and Piet Sorensen discussed the budget in an interview "
                         "with the Daily Courier."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_what_a_past_conversation_settled_is_no_plan_for_one(graph_of):
    got = facts(graph_of("The ministers will pursue the task, set in a telephone conversation "
                         "between President Ada Rhee and Prime Minister Piet Sorensen, of "
                         "easing tensions."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)
    got = facts(graph_of("Talks between President Ada Rhee and Prime Minister Piet Sorensen "
                         "are set for May."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_talks_only_prepared_for_are_not_held(graph_of):
    got = facts(graph_of("Lena Okafor's visit is seen as laying the groundwork for another "
                         "summit between President Ada Rhee and Prime Minister Piet Sorensen."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)
    got = facts(graph_of("The agreement paved the way for talks between President Ada Rhee "
                         "and Prime Minister Piet Sorensen."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)
