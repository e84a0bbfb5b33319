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
    # a surname alone, of a person the article named in full
    "President Tomas Ortiz Vela spoke on Monday. Ana Roe, the commander of Vela's "
    "Presidential Guard, was sanctioned.",
])
def test_no_unit_of_a_possessive(graph_of, text):
    assert not parts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("The Velmar Alliance Security Council met on Monday. The Velmar Alliance has 40 members.",
     ("Velmar Alliance Security Council", "Velmar Alliance")),
    ("The VA Security Council met on Monday. The Velmar Alliance (VA) has 40 members.",
     ("VA Security Council", "Velmar Alliance")),
    ("The Ostrian Union Commission said the vote was fair. The Ostrian Union meets in May.",
     ("Ostrian Union Commission", "Ostrian Union")),
])
def test_a_body_whose_name_opens_with_its_organisations(graph_of, text, fact):
    assert fact in parts(graph_of(text))


@pytest.mark.parametrize("text", [
    # the organisation is never named on its own
    "The Velmar Alliance Security Council met on Monday.",
    # a joint body of two sides is part of neither
    "The Velmar-Ostria Council met on Monday. Velmar said the talks were useful.",
    # no body's head word after the organisation's name
    "The Velmar Alliance Party won the vote. The Velmar Alliance has 40 members.",
])
def test_no_part_from_a_name_alone(graph_of, text):
    assert not parts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("The Ostrian Revolutionary Guards' Kestrel Force vowed revenge on Friday.",
     ("Kestrel Force", "Ostrian Revolutionary Guards")),
    ("The Velmar Army's 44th Infantry Battalion lost 18 soldiers.",
     ("44th Infantry Battalion", "Velmar Army")),
    ("The Harmony Party's Loyalty Bloc held its weekly meeting on Thursday.",
     ("Loyalty Bloc", "Harmony Party")),
])
def test_an_armed_unit_or_a_party_bloc_named_after_its_owners_possessive(graph_of, text, fact):
    assert fact in parts(graph_of(text))


@pytest.mark.parametrize("text", [
    "The Farmers' Union of Ostria protested on Monday.",  # a possessive inside one name
    "The Velmar Workers' Party won the vote.",
])
def test_a_possessive_inside_a_name_names_no_owner(graph_of, text):
    assert not parts(graph_of(text))
