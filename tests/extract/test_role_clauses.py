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
