"""A spokesperson's title after a sentence's opening scene, "At the White House on Tuesday,
press secretary X told reporters": X speaks for the body the scene names; a scene that names
no body, or a place, gives no one to speak for. On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("WASHINGTON — At the White House on Tuesday, press secretary Jane Dorsey told "
         "reporters the president was confident.", ("Jane Dorsey", "spokespersonOf",
                                                     "White House")),
        ("At the Kremlin, spokesman Dmitri Orlov said the talks were useful.",
         ("Dmitri Orlov", "spokespersonOf", "Kremlin")),
    ],
)
def test_a_spokesperson_speaks_for_the_body_of_the_scene(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "At the talks on Tuesday, spokesman Dmitri Orlov said the mood was good.",
        "At a rally in Ohio on Tuesday, spokesman Dmitri Orlov said the mood was good.",
        "At the Kremlin talks with Vera Lind, spokesman Dmitri Orlov said the mood was good.",
    ],
)
def test_a_scene_of_no_body_gives_no_one_to_speak_for(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Dmitri Orlov" and p == "spokespersonOf" for s, p, _ in got)
