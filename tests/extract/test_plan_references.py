"""Plans named by a common noun ("the offer", "the tariff truce") and the words that refer
back to them, on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_offer_put_forward_then_rejected(graph_of):
    g = graph_of(
        "Talks between Norland and the European Commission resumed in Brussels on Monday. "
        "Norland has put forward a price-floor offer on its steel exports. "
        "The Commission has so far rejected the offer, saying the floor is too low."
    )
    got = facts(g)
    assert ("Norland", "authorOf", "price-floor offer") in got
    assert ("European Commission", "opposes", "price-floor offer") in got


def test_the_offer_without_a_named_offer_is_nothing(graph_of):
    g = graph_of(
        "Marta Hollis said on Tuesday that she had turned down the offer from the club."
    )
    assert "Plan" not in entities(g).values()
    assert not any(p in {"opposes", "supports"} for _, p, _ in facts(g))


def test_tariff_truce_and_the_truce(graph_of):
    g = graph_of(
        "Norland and Vestria extend tariff truce for 90 days\n\n"
        "Senator Paul Granger said he supported the truce but wanted larger purchases."
    )
    assert entities(g).get("tariff truce") == "Plan"
    assert ("Paul Granger", "supports", "tariff truce") in facts(g)


def test_a_bare_truce_is_no_plan(graph_of):
    g = graph_of("Fighting stopped when a truce took hold in the north on Sunday.")
    assert "Plan" not in entities(g).values()


def test_tariff_truce_is_not_a_peace_plan_of_another_article(graph_of):
    g = graph_of(
        "Qatari mediators presented a revised ceasefire proposal to both sides on Wednesday. "
        "Foreign Minister Omar Haddad said he backed the ceasefire proposal.",
        "Norland and Vestria extend tariff truce for 90 days\n\n"
        "Senator Paul Granger said he supported the truce.",
    )
    plans = [label for label, kind in entities(g).items() if kind == "Plan"]
    assert len(plans) == 2



def test_a_stance_on_a_countrys_proposal_named_indefinitely(graph_of):
    got = facts(
        graph_of(
            "Talks ended without agreement, with Cairo and Khartoum rejecting an Ethiopian "
            "proposal for non-binding guidelines. Sudan and Egypt then proposed adding the "
            "United Nations as an observer. Ethiopia rejected that proposal."
        )
    )
    assert ("Ethiopia", "authorOf", "Ethiopian proposal") in got
    assert ("Cairo", "opposes", "Ethiopian proposal") in got
    assert ("Ethiopia", "opposes", "Ethiopian proposal") not in got  # Sudan's and Egypt's


def test_a_headline_or_a_proposal_without_a_stance_names_no_plan(graph_of):
    got = facts(
        graph_of(
            "Egypt and Sudan reject Ethiopian plan\n\nAn Ethiopian proposal was circulated "
            "on Monday. Ana Roe said talks would go on."
        )
    )
    assert not {f for f in got if "Ethiopian" in f[2]}


@pytest.mark.parametrize("text", [
    "The comments come days after the Security Council passed new sanctions against North "
    "Korea, which the Tarsel government has hailed as a foreign policy victory.",
    "The council passed a resolution against North Korea, which the Tarsel government has "
    "praised.",
])
def test_what_is_hailed_after_a_country_s_phrase_is_not_the_country(graph_of, text):
    got = facts(graph_of(text))
    assert ("Tarsel government", "supports", "North Korea") not in got


def test_the_text_before_the_country_is_what_is_praised(graph_of):
    got = facts(graph_of(
        "The council adopted the Vesk Accord with Ukraine, which the Tarsel government has "
        "praised."
    ))
    assert ("Tarsel government", "supports", "Vesk Accord") in got
    assert ("Tarsel government", "supports", "Ukraine") not in got


def test_a_country_a_relative_clause_tells_of_is_still_the_one_praised(graph_of):
    got = facts(graph_of(
        "The council condemned North Korea, which the Tarsel government has also criticised."
    ))
    assert ("Tarsel government", "opposes", "North Korea") in got
