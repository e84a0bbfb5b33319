"""A body every country has, named bare, is the country's the story is about; titles, their
initials and their portfolios name no body: sentences written for these tests, on the real
model."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_bare_senate_is_the_senate_of_the_story_s_country(graph_of):
    g = graph_of(
        "Brazil's economy grew. The Senate approved the pension bill on Tuesday, and "
        "Brazilian lawmakers cheered.",
        "The Senate will vote on the budget, senators in Brasilia said. Brazil's central "
        "bank held rates, and Brazilian exporters cheered.",
        "Kenya's Senate voted to remove the governor of Tarvo County. The Senate met in "
        "Nairobi on Thursday.",
        "The Senate rejected the motion, Kenyan senators said on Friday in Nairobi. Kenya "
        "will vote in August.",
    )
    senates = {(e.alt_labels, len({m.article for m in e.mentions})) for e in g.entities
               if e.label == "Senate"}
    assert senates == {(("Brazil's Senate",), 2), (("Kenya's Senate",), 2)}


def test_a_bare_senate_of_a_story_about_no_one_country_is_no_country_s(graph_of):
    # a country named once may be one the story passes through ("the Niger Delta")
    g = graph_of("The Senate confirmed the nominee for Niger Delta Affairs on Tuesday.",
                 "The Senate confirmed 40 ministers, senators said.")
    assert [e.alt_labels for e in g.entities if e.label == "Senate"] == [()]


def test_a_bare_senate_beside_the_united_states_is_not_the_story_s_country_s(graph_of):
    g = graph_of(
        "Ukraine wants guarantees. Ukraine's parliament backed the plan, but the United "
        "States has not said whether the Senate would ratify it.",
        "Ukraine's president said Ukraine would hold no vote. The Senate in Washington "
        "is on recess.",
    )
    assert not [e for e in g.entities if "Ukraine's Senate" in e.alt_labels]


def test_initials_of_a_title_name_no_body(graph_of):
    got = entities(graph_of(
        "The Chief Justice of Kenya (CJK), Amara Wekesi, administered the oath. The CJK "
        "spoke briefly. A former National Security Adviser (NSA), Colonel Tomas Kalumbo, "
        "was charged. The Tarvo Electoral Commission (TEC) and the National Judicial "
        "Council (NJC) met."
    ))
    for title in ("CJK", "NSA"):
        assert title not in got
    assert got.get("Amara Wekesi") == "Person"
    assert got.get("Tarvo Electoral Commission") == "Organization"
    assert got.get("National Judicial Council") == "Organization"


def test_a_cabinet_secretary_s_portfolio_names_no_body(graph_of):
    got = entities(graph_of(
        "President Odhiambo nominated Interior Cabinet Secretary Kamau Njoroge. Njoroge, "
        "previously the Interior and National Government Administration Cabinet Secretary, "
        "spoke. Cabinet Secretaries attended. War Cabinet member Lior Tevrin resigned."
    ))
    for portfolio in ("Interior", "Interior Cabinet", "National Government Administration "
                      "Cabinet", "Cabinet Secretaries"):
        assert portfolio not in got
    assert got.get("Kamau Njoroge") == "Person"
    assert got.get("War Cabinet") == "Organization"


def test_holders_of_a_title_and_a_registrar_name_no_body(graph_of):
    got = entities(graph_of(
        "Also present were the Speakers of the National Assembly and the Senate, Jelle "
        "Mwangi and Odile Kariuki. Chief Registrar of the Judiciary, Amara Wekesi, read the "
        "oath."
    ))
    assert "Speakers of the National Assembly" not in got
    assert "Registrar of the Judiciary" not in got
    assert got.get("National Assembly") == "Organization"
    assert got.get("Amara Wekesi") == "Person"


def test_a_demonym_of_two_words_stays_whole_before_a_body(graph_of):
    got = entities(graph_of(
        "Lawmakers sent the motion to the South Korean National Assembly on Friday. The "
        "Sri Lankan Navy said the Tarvo Shipping Board had no say."
    ))
    assert got.get("South Korean National Assembly") == "Organization"
    assert got.get("Sri Lankan Navy") == "Organization"
    assert "Korean National Assembly" not in got and "Lankan Navy" not in got


@pytest.mark.parametrize("text", [
    "Britain's Northern Ireland Secretary Harold Pembry said the assembly must return.",
    "Scotland Secretary Harold Pembry said the vote was fair.",
])
def test_the_minister_for_a_region_does_not_lead_it(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[0] == "Harold Pembry" and f[1] == "leaderOf"]


def test_a_party_secretary_of_a_city_still_heads_its_party(graph_of):
    got = facts(graph_of("Shanghai Party Secretary Ilmar Pettersen said the plan was approved."))
    assert [f for f in got if f[0] == "Ilmar Pettersen" and f[1] == "leaderOf"]
