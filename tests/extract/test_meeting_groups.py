"""Meetings with a group named in part ("hosted leaders including A and B, along with C"),
on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(host, *guests):
    return {frozenset((host, guest)) for guest in guests}


def test_a_group_of_people_including_a_list_is_met(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee hosted a group of business leaders including Piet Sorensen, "
            "Lior Avni and Rui Barros, along with Mayor Ivo Kask."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni", "Rui Barros", "Ivo Kask")
    got = facts(graph_of("Governor Ada Rhee met ministers including Piet Sorensen and Lior Avni."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni")


def test_including_after_no_word_for_people_names_no_one_met(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee held talks on several reforms including a tax drafted by "
            "Piet Sorensen."
        )
    )
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_along_with_after_met_is_no_guest(graph_of):
    """ "met A along with B": B may have come with the subject; only a host's guests are read."""
    got = facts(graph_of("Ada Rhee met Piet Sorensen along with Lior Avni."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


def test_a_host_who_will_receive_guests_has_not_met_them(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee will host a group of mayors including Piet Sorensen and "
            "Lior Avni next month."
        )
    )
    assert not _met(got)


def test_a_host_the_parser_takes_for_an_adjective_still_met_the_guests(graph_of):
    """ "hosted" before a name may be parsed as describing it ("the hosted Piet Sorensen")."""
    got = facts(graph_of("Ada Rhee hosted Piet Sorensen at the palace."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(graph_of("The newly elected Piet Sorensen spoke to Ada Rhee."))
    assert not _met(got)


def test_they_after_a_meeting_are_those_who_met(graph_of):
    got = facts(
        graph_of(
            "Chancellor Ada Rhee met Prime Minister Piet Sorensen and President Lior Avni in "
            "Tallinn on Monday. After the talks, they endorsed the Harbour Accord."
        )
    )
    backers = {s for s, p, o in got if p == "supports" and o == "Harbour Accord"}
    assert backers == {"Ada Rhee", "Piet Sorensen", "Lior Avni"}


@pytest.mark.parametrize(
    "text",
    [
        # someone else says it of "them": who they are is not told
        "Ada Rhee met Piet Sorensen in Tallinn on Monday. Lior Avni said they backed the "
        "Harbour Accord.",
        # a meeting still to come: no one has met yet
        "Ada Rhee will meet Piet Sorensen in Tallinn on Monday. They backed the Harbour Accord "
        "in May.",
        # a quotation's "they" is the speaker's
        'Ada Rhee met Piet Sorensen in Tallinn. "They backed the Harbour Accord," she said.',
        # two sentences on: "they" may be others by then
        "Ada Rhee met Piet Sorensen in Tallinn. Lior Avni stayed home. They backed the Harbour "
        "Accord.",
    ],
)
def test_they_are_not_those_who_met_unless_the_meeting_was_just_told(graph_of, text):
    got = facts(graph_of(text))
    assert not {s for s, p, o in got if p == "supports" and s in {"Ada Rhee", "Piet Sorensen"}}
