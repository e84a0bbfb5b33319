"""Retorts told with "back": "…," X shot back / fired back / hit back (sentences written for
these tests)."""

import pytest

from .helpers import quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("verb", ["shot back at a reporter", "fired back on Tuesday",
                                  "hit back"])
def test_a_retort_with_back_is_the_speaker_s(graph_of, verb):
    got = quotes(graph_of(f'"No one knows what the deal will say," Ivo Marek {verb}.'))
    assert ("Ivo Marek", "No one knows what the deal will say") in {
        (s, t[:36]) for s, t in got}


def test_firing_back_at_troops_after_the_quote_is_no_speaker(graph_of):
    got = quotes(graph_of('"The plan is dead," Ivo Marek said. Rebels fired back at the troops '
                          'on Tuesday.'))
    assert {s for s, _ in got} == {"Ivo Marek"}
