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
