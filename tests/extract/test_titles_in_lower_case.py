"""Offices written in lower case or after the quotation they attribute, and bodies named with a
list of portfolios; on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("title", ["Foreign secretary", "foreign minister", "Finance minister"])
def test_a_portfolio_and_a_lower_case_title_are_the_countrys(graph_of, title):
    got = facts(graph_of(
        f"LONDON - Britain will send more aid to Kadunta, {title} Peter Vale said on Monday."
    ))
    assert ("Peter Vale", "memberOf", "United Kingdom") in got


def test_a_title_in_lower_case_without_a_portfolio_names_no_country(graph_of):
    got = facts(graph_of(
        "LONDON - Britain will send more aid to Kadunta, former minister Peter Vale said."
    ))
    assert ("Peter Vale", "memberOf", "United Kingdom") not in got


def test_said_spokesperson_after_a_quotation_speaks_for_the_body_before(graph_of):
    got = facts(graph_of(
        'The Veloria health ministry warned of a shortage. "We are ready," said spokesperson '
        "Thandeka Muvhango."
    ))
    assert ("Thandeka Muvhango", "spokespersonOf", "Veloria health ministry") in got


def test_said_spokesperson_after_a_person_speaks_for_no_one_named(graph_of):
    got = facts(graph_of(
        'Ruth Obi warned of a shortage. "We are ready," said spokesperson Thandeka Muvhango.'
    ))
    assert not [f for f in got if f[0] == "Thandeka Muvhango"]


def test_a_ministry_named_with_a_list_of_portfolios_is_one_body(graph_of):
    graph = graph_of(
        "The president named Aisha Bello to head the Ministry of Information, Communication, "
        "and Digital Economy on Monday."
    )
    named = entities(graph)
    assert named.get("Ministry of Information, Communication, and Digital Economy") == (
        "Organization")
    assert "Communication" not in named and "Digital Economy" not in named


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Ruiz testified before the Senate Subcommittee on Labor, Health and Human Services, "
     "Education, and Related Agencies on Tuesday.",
     "Senate Subcommittee on Labor, Health and Human Services, Education, and Related Agencies"),
    ("Tom Brask chairs the Subcommittee on Environment, Manufacturing, and Critical Materials.",
     "Subcommittee on Environment, Manufacturing, and Critical Materials"),
    ("Tom Brask chairs the Environment, Manufacturing, and Critical Materials Subcommittee.",
     "Environment, Manufacturing, and Critical Materials Subcommittee"),
    ("The Innovation, Data, and Commerce Subcommittee met on Tuesday.",
     "Innovation, Data, and Commerce Subcommittee"),
])
def test_a_committee_named_with_a_list_of_areas_is_one_body(graph_of, text, name):
    named = entities(graph_of(text))
    assert named.get(name) == "Organization", named
    assert not {"Education", "Agencies", "Related Agencies", "Critical Materials", "Environment",
                "Manufacturing", "Commerce"} & set(named)


def test_bodies_listed_apart_stay_apart(graph_of):
    named = entities(graph_of(
        "The Ministry of Health and the Ministry of Education, Science and Culture met Ana "
        "Ruiz on Monday."))
    assert named.get("Ministry of Health") == "Organization"
    assert named.get("Ministry of Education, Science and Culture") == "Organization"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Oren Velt met Lebanon's newly elected president Tomas Kerr in Beirut.",
         ("Tomas Kerr", "leaderOf", "Lebanon")),
        ("Oren Velt met with Syria's newly appointed leader Tomas Kerr in Damascus.",
         ("Tomas Kerr", "leaderOf", "Syria")),
        ("Oren Velt met Lebanon's newly appointed army chief Tomas Kerr in Beirut.",
         ("Tomas Kerr", "memberOf", "Lebanon")),
    ],
)
def test_a_title_just_taken_up_before_the_name(graph_of, text, fact):
    got = facts(graph_of(text))
    assert fact in got
    if fact[1] == "memberOf":  # the army's chief is no head of the country
        assert ("Tomas Kerr", "leaderOf", "Lebanon") not in got


def test_a_title_held_before_the_one_just_taken_up_gives_no_headship(graph_of):
    got = facts(graph_of("Oren Velt met Lebanon's former newly elected president Tomas Kerr."))
    assert ("Tomas Kerr", "leaderOf", "Lebanon") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Brenwick Oil named a new finance chief on Monday. The appointment is the first big "
        "move by chair Colin Marwood.",
        "Brenwick Oil named a new finance chief on Monday. The choice was welcomed by chief "
        "executive Colin Marwood.",
    ],
)
def test_a_company_title_after_by_is_the_company_s_the_story_names(graph_of, text):
    assert ("Colin Marwood", "leaderOf", "Brenwick Oil") in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brenwick Oil named a new finance chief on Monday. Tarvoil's offer was rejected by "
        "chief executive Colin Marwood.",
        "Brenwick Oil named a new finance chief on Monday. The plan was drawn up by former "
        "chairman Colin Marwood.",
        "Brenwick Oil and Tarvoil agreed to merge on Monday. The deal was welcomed by chief "
        "executive Colin Marwood.",
    ],
)
def test_a_company_title_after_by_with_another_body_or_past_gives_no_head(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Colin Marwood"}
