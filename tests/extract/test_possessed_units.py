"""A body named after its owner's possessive is part of it: "the Treasury Department's
Office of Foreign Assets Control"."""

import pytest

from .helpers import facts


def parts(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(graph) if p == "partOf"}


@pytest.mark.parametrize(("text", "fact"), [
    ("The Harbour Department's Office of Maritime Controls (OMC) added Velka Shipping to its "
     "list.", ("Office of Maritime Controls", "Harbour Department")),
    ("Velka Motors' Supervisory Board met on Monday.", ("Supervisory Board", "Velka Motors")),
])
def test_a_unit_named_after_its_owners_possessive(graph_of, text, fact):
    assert fact in parts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ana Roe's Velmar Party Council met on Monday.",  # a person owns no body
    "Velka Motors' chief executive, Ana Roe, met the Supervisory Board on Monday.",
])
def test_no_unit_of_a_possessive(graph_of, text):
    assert not parts(graph_of(text))
