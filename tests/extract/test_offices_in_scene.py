"""Bare government offices ("Foreign Minister X", "Prime Minister Y") placed by the scene a
sentence opens with ("In Jerusalem, …"), and left unplaced where two countries' ministries
could be meant; on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

# an article about two countries as much: no country of its own for bare offices
_TWO_COUNTRIES = (
    "China and Japan held talks in Beijing on Tuesday. China protested, and Japan "
    "answered. China and Japan argued again.\n\n"
)


def test_jerusalem_is_where_israel_s_government_speaks(graph_of):
    got = facts(
        graph_of(
            "Lebanon and Israel sent envoys to the border town. Lebanese officials were "
            "cautious, Lebanon said.\n\nIn Jerusalem, Prime Minister Dan Avital's office said "
            "the talks went well."
        )
    )
    assert ("Dan Avital", "leaderOf", "Israel") in got


def test_two_countries_foreign_ministries_leave_a_bare_minister_unplaced(graph_of):
    got = facts(
        graph_of(
            "Aki Mori of Japan's Foreign Ministry met Wen Tao of the Chinese Foreign Ministry "
            "in Beijing. Later, Vice Foreign Minister Hu Lan summoned the envoy. China and "
            "Japan disagreed, China said."
        )
    )
    assert not any(s == "Hu Lan" for s, _, _ in got)


def test_a_foreign_ministry_named_with_one_country_is_its_minister_s(graph_of):
    got = facts(
        graph_of(
            "The Chinese Foreign Ministry protested on Monday. Vice Foreign Minister Hu Lan "
            "summoned the envoy."
        )
    )
    assert ("Hu Lan", "memberOf", "Chinese Foreign Ministry") in got
