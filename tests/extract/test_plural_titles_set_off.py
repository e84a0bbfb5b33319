"""People set off by a dash or a colon after a plural title, each of the body written with
it ("four Green cabinet councillors – A, B, C and D"); on sentences written for these
tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("mark", ["–", ":"])
def test_people_set_off_by_a_dash_after_a_plural_title_are_each_of_the_body(graph_of, mark):
    got = facts(graph_of(
        "The Green Party is the largest group on Dunmere City Council. He removed four Green "
        f"cabinet councillors {mark} Ann Price, Tom Hale, Sue Marsh and Ian Leigh."
    ))
    for name in ("Ann Price", "Tom Hale", "Sue Marsh", "Ian Leigh"):
        assert (name, "memberOf", "Green Party") in got


def test_a_dash_after_a_plural_title_with_a_verb_between_lists_no_one(graph_of):
    got = facts(graph_of(
        "The Green Party is the largest group on Dunmere City Council. Two Green councillors "
        "resigned – and Ann Price and Tom Hale said they were sorry to see them go."
    ))
    assert ("Ann Price", "memberOf", "Green Party") not in got
