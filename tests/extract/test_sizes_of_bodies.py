"""A body's size written before its name ("the 15-member UN body", "a five-member Rowing
Board") is no title of a person named after it. On sentences written for these tests."""

import pytest

from .helpers import entities, quotes

pytestmark = pytest.mark.slow

_VOTE = ("Ana Roe said this after Russia vetoed the resolution.\n\n"
         "Although Russia refused to support the draft resolution, 11 of the 15-member UN "
         "body voted in favour while India abstained.\n\n")


def test_a_body_s_size_makes_no_person_of_its_name(graph_of):
    assert entities(graph_of(_VOTE + "The text was dropped."))["UN"] == "Organization"


def test_she_is_the_speaker_named_before_not_the_body(graph_of):
    got = quotes(graph_of(_VOTE + '"You cannot veto our voices," she said.'))
    assert ("Ana Roe", "You cannot veto our voices") in got


def test_a_member_before_a_name_still_titles_a_person(graph_of):
    got = entities(graph_of("The five-member Rowing Board met. The vote went to member Ole "
                            "Brekke on Monday."))
    assert got["Ole Brekke"] == "Person"
    assert got["Rowing Board"] == "Organization"
