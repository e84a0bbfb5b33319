"""Who works where without a title: occupations in apposition and verbs of working."""

import pytest

from .helpers import facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, an ecologist and entomologist at Corvel University, disagreed.",
     ("Ana Roe", "memberOf", "Corvel University")),
    ("Tom Hale, a lobbyist with the Tarvik Petroleum Institute, spoke.",
     ("Tom Hale", "memberOf", "Tarvik Petroleum Institute")),
    ("Ana Roe covers the courts for the Daily Ledger.", ("Ana Roe", "memberOf", "Daily Ledger")),
    ("Ana Roe has worked for Velora Group since 2001.", ("Ana Roe", "memberOf", "Velora Group")),
    ("Ana Roe, who teaches at Corvel University, said no.",
     ("Ana Roe", "memberOf", "Corvel University")),
    ("Ana Roe, who is a major and works at Velora Group, said no.",
     ("Ana Roe", "memberOf", "Velora Group")),
])
def test_an_occupation_or_a_job(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ana Roe worked for Velora Group until 2001.",  # a past job
    "Tom Hale, a former lobbyist with the Tarvik Petroleum Institute, spoke.",
    "Ana Roe, a visitor at Corvel University, spoke.",
])
def test_no_current_job(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}
