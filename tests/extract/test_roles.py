"""Roles from titles and appositions, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_prenominal_title_with_organisation(graph_of):
    g = graph_of("Pentagon spokesman John Kirby told reporters on Monday that talks would resume.")
    assert ("John Kirby", "spokespersonOf", "Pentagon") in facts(g)


def test_demonym_resolves_to_country(graph_of):
    g = graph_of("French President Emmanuel Macron arrived in Berlin on Tuesday. "
                 "Japanese Foreign Minister Yoko Kamikawa also attended.")
    got = facts(g)
    assert ("Emmanuel Macron", "leaderOf", "France") in got
    assert ("Yoko Kamikawa", "memberOf", "Japan") in got


def test_title_of_country_before_name(graph_of):
    g = graph_of("Prime Minister of Canada Justin Trudeau spoke first. "
                 "President of France Emmanuel Macron spoke after him.")
    got = facts(g)
    assert ("Justin Trudeau", "leaderOf", "Canada") in got
    assert ("Emmanuel Macron", "leaderOf", "France") in got


def test_possessive_envoy_is_advisor_and_member_of_country(graph_of):
    g = graph_of("Chinese president Xi Jinping's special envoy Li Hui visited Kyiv. "
                 "Chinese Special Envoy Li Hui then flew to Warsaw.")
    got = facts(g)
    assert ("Li Hui", "advisorOf", "Xi Jinping") in got
    assert ("Xi Jinping", "leaderOf", "China") in got
    assert ("Li Hui", "memberOf", "China") in got


def test_apposition_after_name_and_unit_of_organisation(graph_of):
    g = graph_of("\"Prices will stay high this winter,\" said Maria Lopez, head of research at "
                 "Northwind Capital Partners, a Chicago-based investment firm.")
    got = facts(g)
    assert ("Maria Lopez", "memberOf", "Northwind Capital Partners") in got
    assert ("Maria Lopez", "leaderOf", "Northwind Capital Partners") not in got
    assert ("Northwind Capital Partners", "locatedIn", "Chicago") in got


def test_journalist_and_possessive_member(graph_of):
    g = graph_of("Wall Street Journal reporter Evan Gershkovich was detained. "
                 "Amnesty International's Agnes Callamard condemned the arrest.")
    got = facts(g)
    assert ("Evan Gershkovich", "memberOf", "Wall Street Journal") in got
    assert ("Agnes Callamard", "memberOf", "Amnesty International") in got


def test_ally_apposition(graph_of):
    g = graph_of("The deal was negotiated by Igor Sechin, a close ally of President Vladimir Putin.")
    assert ("Igor Sechin", "allyOf", "Vladimir Putin") in facts(g)


def test_former_role_is_not_a_current_fact(graph_of):
    g = graph_of("Former British Prime Minister Boris Johnson visited Kyiv on Friday.")
    assert not {f for f in facts(g) if f[0] == "Boris Johnson" and f[1] == "leaderOf"}


def test_spokesperson_for_someone_else_is_not_them(graph_of):
    g = graph_of("Sergei Ivanov met bankers on Monday. A spokesperson for Mr Ivanov did not reply to "
                 "requests for comment, and Dmitry Peskov declined to comment.")
    assert not {f for f in facts(g) if f[1] == "spokespersonOf"}
