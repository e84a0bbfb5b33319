"""Two people appearing together in public ("unveiled the plan alongside Y") have met, on
sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("President Ada Rhee unveiled the ceasefire plan alongside Prime Minister Tomas Lavik "
     "on Monday.", {("Ada Rhee", "Tomas Lavik")}),
    ("Chancellor Ada Rhee announced the partnership alongside Prime Minister Tomas Lavik "
     "and President Ivo Kask in Porto.", {("Ada Rhee", "Tomas Lavik"), ("Ada Rhee", "Ivo Kask")}),
    ("Foreign Minister Ada Rhee spoke alongside Foreign Minister Tomas Lavik in Oslo on "
     "Thursday.", {("Ada Rhee", "Tomas Lavik")}),
])
def test_appearing_alongside_someone_is_meeting_them(graph_of, sentence, pairs):
    assert {frozenset(p) for p in pairs} <= _met(facts(graph_of(sentence)))


@pytest.mark.parametrize("sentence", [
    "Sergeant Ada Rhee fought alongside Corporal Tomas Lavik in the north.",
    "Senator Ada Rhee served alongside Senator Tomas Lavik on the committee for years.",
    "Prime Minister Ada Rhee will appear alongside President Tomas Lavik on Friday.",
])
def test_serving_alongside_or_an_appearance_to_come_is_no_meeting(graph_of, sentence):
    assert frozenset(("Ada Rhee", "Tomas Lavik")) not in _met(facts(graph_of(sentence)))


@pytest.mark.parametrize("verb", ["met", "received", "greeted"])
def test_two_who_arrived_together_and_were_met_by_a_host(graph_of, verb):
    got = _met(facts(graph_of(
        "Foreign Minister Ada Rhee arrived in Oslo together with Piet Sorensen. "
        f"They were {verb} by Tomas Lavik, the president's envoy."
    )))
    assert {frozenset(("Tomas Lavik", "Ada Rhee")),
            frozenset(("Tomas Lavik", "Piet Sorensen"))} <= got


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Ada Rhee's demands were met by President Tomas Lavik.",
    "Prime Minister Ada Rhee met the demands of President Tomas Lavik on Friday.",
    "Prime Minister Ada Rhee met Tomas Lavik's conditions on Friday.",
])
def test_demands_met_are_no_meeting(graph_of, sentence):
    assert frozenset(("Ada Rhee", "Tomas Lavik")) not in _met(facts(graph_of(sentence)))


@pytest.mark.parametrize("sentence", [
    "Speaking on the red carpet before the Velmar Centre Honors, which he hosted for the "
    "first time, President Tomas Lavik said the talks went well.",
    "President Tomas Lavik hosted the Velmar Film Awards on Saturday.",
])
def test_an_event_hosted_is_no_one_met(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(p == "met" for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Talks between Norway's negotiators, Ada Rhee and Piet Sorensen, and Sweden's envoy, "
    "Tomas Lavik, ended on Friday.",
    "The remarks came a day after three days of talks in Oslo between Velmar's envoys, Ada "
    "Rhee and Piet Sorensen, and Sweden's chief negotiator, Tomas Lavik, ended without a "
    "breakthrough.",
])
def test_one_side_of_talks_listed_after_a_plural_did_not_meet_itself(graph_of, sentence):
    got = _met(facts(graph_of(sentence)))
    assert {frozenset(("Ada Rhee", "Tomas Lavik")),
            frozenset(("Piet Sorensen", "Tomas Lavik"))} <= got
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in got


def test_talks_between_three_named_people_pair_them_all(graph_of):
    got = _met(facts(graph_of("Talks between Ada Rhee, Piet Sorensen and Tomas Lavik ended.")))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in got
