"""Stances declared ahead of a vote: "said they will oppose X", "would not vote for X", "are
not going to support X", "unwilling to support X", on sentences written for these tests
(invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_RELEASED = "Leaders released the Harbour Safety Act on Wednesday. "


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Sens. Ada Rhee and Tom Vell both said on Wednesday that they will oppose the Harbour "
     "Safety Act.", "opposes"),
    ("Sen. Ada Rhee said that she would oppose the legislation.", "opposes"),
    ("Sen. Ada Rhee said in a floor speech that she would not vote for the Harbour Safety "
     "Act.", "opposes"),
    ("Sen. Ada Rhee is not going to support the Harbour Safety Act, her office said.",
     "opposes"),
    ("Sen. Ada Rhee is unwilling to support the Harbour Safety Act.", "opposes"),
])
def test_a_stance_declared_before_the_vote(graph_of, sentence, stance):
    got = facts(graph_of(_RELEASED + sentence))
    assert ("Ada Rhee", stance, "Harbour Safety Act") in got


@pytest.mark.parametrize("sentence", [
    "Sen. Ada Rhee said she would oppose the Harbour Safety Act unless it was amended.",
    "Sen. Ada Rhee would oppose the Harbour Safety Act, analysts said.",
    "It is not going to matter whether Sen. Ada Rhee opposes the Harbour Safety Act.",
    "Sen. Ada Rhee did not vote for the Harbour Safety Act; she was abroad.",
])
def test_no_stance_under_a_condition_a_guess_or_an_absence(graph_of, sentence):
    got = facts(graph_of(_RELEASED + sentence))
    assert ("Ada Rhee", "opposes", "Harbour Safety Act") not in got


@pytest.mark.parametrize("text", [
    "Harlow Systems said Sunday that its board has accepted the resignation of its chief "
    "executive, Dana Kessel, effective immediately.",
    "Harlow Systems said its board rejected the resignation of its chief executive, Dana Kessel.",
    "President Walter Grange accepted Dana Kessel's apology on Monday.",
])
def test_answering_a_person_s_resignation_or_apology_is_no_stance_on_them(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p in {"supports", "opposes"} and o == "Dana Kessel" for s, p, o in got), got


def test_accepting_an_offer_or_plan_is_still_support(graph_of):
    got = facts(graph_of("Orvik Energy accepted the Valdor Plan on Monday."))
    assert ("Orvik Energy", "supports", "Valdor Plan") in got
