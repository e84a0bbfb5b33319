"""A side taken on a country's delegation or team is no stance on the country (sentences
written for these tests)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _stances(got):
    return {(s, p, o) for s, p, o in got if p in {"supports", "opposes"}}


@pytest.mark.parametrize("text", [
    "The Kenyan delegation approved by President Ivo Marek has started working in Geneva.",
    "President Ivo Marek criticised the French delegation on Monday.",
    "President Ivo Marek praised the Kenyan team after the talks.",
])
def test_a_country_s_delegation_is_no_stance_on_the_country(graph_of, text):
    assert not {(s, o) for s, p, o in _stances(facts(graph_of(text)))
                if o in {"Kenya", "France"}}


def test_a_stance_on_the_country_s_government_stays(graph_of):
    got = facts(graph_of("President Ivo Marek criticised the French government on Monday."))
    assert ("Ivo Marek", "opposes", "France") in _stances(got)
