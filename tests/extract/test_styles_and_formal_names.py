"""Styles of protocol before a name ("His Excellency", "Datuk Seri", "Samdech"), a fellow
national's demonym, a state's formal name ("the Kingdom of X") and a formal middle
initial: each is the one entity news also names plainly."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _labels(g) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.alt_labels} for e in g.entities}


def test_a_style_of_protocol_is_no_part_of_the_name(graph_of):
    got = entities(graph_of(
        "The President of Velmaria, His Excellency Tomas Aurelio-Vance, arrived on Monday.",
        "The Prime Minister of Kestland, Samdech Hun Borath, met the Prime Minister of "
        "Malaysia, Datuk Seri Imran Halidi, in Kuala Lumpur.",
        "Tan Sri Wei Kolam, a former minister, disagreed with Tun Dr Rashid Omarul.",
        "The talks were chaired by H.E. Faisal Nourani, the envoy of Qatar.",
        "Her Royal Highness Princess Alvara Meris opened the hall.",
    ))
    for name in ("Tomas Aurelio-Vance", "Hun Borath", "Imran Halidi", "Wei Kolam",
                 "Rashid Omarul", "Faisal Nourani", "Alvara Meris"):
        assert got.get(name) == "Person", name
    assert not [label for label in got if label.split()[0] in {
        "Excellency", "Samdech", "Seri", "Sri", "Tan", "Tun", "Dr", "H.E.", "Royal"}]


def test_words_that_only_look_like_styles_stay_in_names(graph_of):
    got = entities(graph_of(
        "Tan Wei Ming, an analyst in Singapore, said the plan was weak.",
        "Sri Lanka and DR Congo sent observers to the vote.",
    ))
    assert got.get("Tan Wei Ming") == "Person"
    assert got.get("Sri Lanka") == "Place"
    assert got.get("Democratic Republic of Congo") == "Place"


def test_a_style_names_the_person_s_office_holder(graph_of):
    got = facts(graph_of(
        "The Prime Minister of the Kingdom of Kestland, Samdech Hun Borath, arrived in "
        "Bangkok on Monday."
    ))
    assert ("Hun Borath", "leaderOf", "Kingdom of Kestland") in got or (
        "Hun Borath", "leaderOf", "Kestland") in got
    assert not [f for f in got if f[0] == "Kingdom of Kestland" and f[1] == "locatedIn"]


def test_a_fellow_national_s_demonym_is_no_part_of_the_name(graph_of):
    got = entities(graph_of(
        "The new director succeeds fellow Austrian Bernd Ulmar, who ran the agency for a "
        "decade. Ulmar said he was proud.",
        "Two fellow German Marshall Fund scholars spoke at the forum in Berlin.",
    ))
    assert got.get("Bernd Ulmar") == "Person"
    assert "Austrian Bernd Ulmar" not in got
    assert got.get("German Marshall Fund") == "Organization"


def test_a_state_s_formal_name_is_the_country(graph_of):
    labels = _labels(graph_of(
        "The Kingdom of Thailand welcomed the accord. Thailand will host the next round.",
        "The Sultanate of Oman said on Monday it would mediate. Oman has hosted talks before.",
    ))
    thailand = next(names for names in labels.values() if "Thailand" in names)
    assert "Kingdom of Thailand" in thailand
    oman = next(names for names in labels.values() if "Oman" in names)
    assert "Sultanate of Oman" in oman
    got = entities(graph_of("The Sultanate of Oman said on Monday it would mediate."))
    assert got.get("Sultanate of Oman") == "Place"


def test_a_body_of_a_state_stays_apart_from_the_state(graph_of):
    got = entities(graph_of(
        "The Secretary of State flew to Muscat. The State of the Union address was delayed. "
        "The Royal Government of Kestland said it would reply."
    ))
    assert "State" not in got
    assert got.get("Royal Government of Kestland") in {"Organization", None}


def test_a_formal_middle_initial_joins_the_name_across_articles(graph_of):
    labels = _labels(graph_of(
        "President Harlan Voss met the emir on Monday. Voss said the talks went well.",
        "The President of Velmaria, His Excellency Harlan T. Voss, attended the summit.",
    ))
    assert any({"Harlan Voss", "Harlan T. Voss"} <= names for names in labels.values())


def test_namesakes_told_apart_by_their_initials_stay_apart(graph_of):
    labels = _labels(graph_of(
        "George H. W. Barlow spoke in Austin.",
        "George W. Barlow spoke in Dallas.",
        "George Barlow was greeted by crowds.",
    ))
    assert not any({"George H. W. Barlow", "George W. Barlow"} <= names
                   for names in labels.values())
    assert not any("George Barlow" in names and len(names) > 1 for names in labels.values())
