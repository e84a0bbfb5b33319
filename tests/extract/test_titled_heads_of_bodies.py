"""Capitalised titles of two words before "of" and the body, and bodies named by an acronym
before a title and its holder."""

import pytest

from .helpers import entities, facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, Chief Executive of Velora Group, said sales rose.",
     ("Ana Roe", "leaderOf", "Velora Group")),
    ("Ana Roe, Director General of the Tarsk Health Agency, said the vaccine was safe.",
     ("Ana Roe", "leaderOf", "Tarsk Health Agency")),
    ("Ana Roe, Director-General of the Tarsk Health Agency, said the vaccine was safe.",
     ("Ana Roe", "leaderOf", "Tarsk Health Agency")),
    ("The Secretary General of the Velland Council, Ana Roe, opened the session.",
     ("Ana Roe", "leaderOf", "Velland Council")),
])
def test_a_title_of_two_words_before_of_names_the_body_after_it(graph_of, text, fact):
    graph = graph_of(text)
    assert fact in facts(graph)
    assert not any(label.startswith(("General of", "Executive of")) for label in entities(graph))


@pytest.mark.parametrize(("text", "name"), [
    ("The Executive Council of the Tarsk Union met on Monday.",
     "Executive Council of the Tarsk Union"),
    ("The General Assembly of the Velland Federation met on Monday.",
     "General Assembly of the Velland Federation"),
])
def test_a_body_named_with_a_title_adjective_keeps_its_name(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Organization"


@pytest.mark.parametrize(("text", "fact"), [
    ("VLP president Ana Roe said the party would leave the coalition.",
     ("Ana Roe", "leaderOf", "VLP")),
    ("TDU Leader Marek Olsen asked who would lead the opposition.",
     ("Marek Olsen", "leaderOf", "TDU")),
    ("KDS spokesman Ivo Brandt said the vote was fair.",
     ("Ivo Brandt", "spokespersonOf", "KDS")),
])
def test_an_acronym_before_a_title_and_a_name_is_the_holders_body(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "CEO Ana Roe said sales rose.",  # an abbreviated title, no body
    "MP Ana Roe asked a question.",
])
def test_an_abbreviated_title_is_no_body(graph_of, text):
    assert not {label for label, kind in entities(graph_of(text)).items()
                if kind == "Organization"}
