"""Roles written in appositions, possessives and relative clauses beside a name, on
sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_spokesperson_for_a_named_company(graph_of):
    g = graph_of(
        "Dario Venn, a spokesperson for Brightfield Holdings, said the company would reply. "
        "A spokesman for Norland Rail, Piet Hals, said trains would run on Monday."
    )
    got = facts(g)
    assert ("Dario Venn", "spokespersonOf", "Brightfield Holdings") in got
    assert ("Piet Hals", "spokespersonOf", "Norland Rail") in got
    assert entities(g)["Brightfield Holdings"] == "Organization"


def test_a_portfolio_after_for_is_still_no_body(graph_of):
    g = graph_of("Commissioner for Trade Maros Hruby said the talks with Kenya were over.")
    assert not {f for f in facts(g) if f[2] == "Trade"}
    assert "Trade" not in entities(g)


def test_an_age_between_the_name_and_its_title(graph_of):
    g = graph_of(
        "Brightfield Holdings said on Monday that profit doubled. "
        "Marta Zelin, 54, the managing director of Brightfield Holdings, said demand was strong. "
        "Arvo Pell, 61, the company's finance director, said costs fell."
    )
    got = facts(g)
    assert ("Marta Zelin", "leaderOf", "Brightfield Holdings") in got
    assert ("Arvo Pell", "memberOf", "Brightfield Holdings") in got


def test_an_age_gives_no_title_of_another_name(graph_of):
    g = graph_of(
        "Ruth Falk, 34, and Piet Vos, the chairman of Teller Bank, signed the letter. "
        "Jonas Pike, 45, the son of a Teller Bank director, was not there."
    )
    got = facts(g)
    assert ("Piet Vos", "leaderOf", "Teller Bank") in got
    assert not {f for f in got if f[0] in {"Ruth Falk", "Jonas Pike"} and f[2] == "Teller Bank"}


def test_its_hyphenated_title_after_a_comma(graph_of):
    g = graph_of(
        "Paul Ekdahl, president of the Nordic Fisheries Council, and Mia Sund, its "
        "vice-president, signed a letter to the ministry."
    )
    got = facts(g)
    assert ("Paul Ekdahl", "leaderOf", "Nordic Fisheries Council") in got
    assert ("Mia Sund", "memberOf", "Nordic Fisheries Council") in got
    assert ("Mia Sund", "leaderOf", "Nordic Fisheries Council") not in got
