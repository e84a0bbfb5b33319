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


def test_a_plural_title_before_two_names_is_each_one_s(graph_of):
    got = facts(graph_of(
        "President Ada Rhee's advisers Piet Sorensen and Tom Vale arrived in Brennport.",
        "Norland's envoys Ivo Marek, Lena Holt and Jon Berg arrived in Brennport on Tuesday.",
    ))
    assert {("Piet Sorensen", "advisorOf", "Ada Rhee"),
            ("Tom Vale", "advisorOf", "Ada Rhee")} <= got
    for name in ("Ivo Marek", "Lena Holt", "Jon Berg"):
        assert (name, "memberOf", "Norland") in got


def test_a_person_s_aides_set_off_by_a_comma_serve_that_person(graph_of):
    got = facts(graph_of(
        "Talks ended in Brennport between President Ada Rhee's envoys, Piet Sorensen and "
        "Tom Vale, and Norland's negotiator, Ivo Marek."
    ))
    assert {("Piet Sorensen", "advisorOf", "Ada Rhee"),
            ("Tom Vale", "advisorOf", "Ada Rhee")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Presidents Ada Rhee and Piet Sorensen met in Brennport on Tuesday.",
        "Norland's presidents Ada Rhee and Piet Sorensen arrived in Brennport on Tuesday.",
        "President Ada Rhee's former advisers Piet Sorensen and Tom Vale arrived in Brennport.",
        "Norland's ministers met Piet Sorensen and Tom Vale in Brennport on Tuesday.",
    ],
)
def test_plural_titles_that_lead_were_held_or_are_not_the_names_give_no_office(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p in {"leaderOf", "memberOf", "advisorOf"}
                   and s in {"Piet Sorensen", "Tom Vale"} for s, p, _ in got)
