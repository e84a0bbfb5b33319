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


def test_an_outlet_without_its_medium_is_the_outlet(graph_of):
    labels = _labels(graph_of(
        "By Jordan Kessler and Min Park, WQRT\nThe mayor spoke on Monday, WQRT 4 News has "
        "learned. (WQRT 4)\nCopyright 2025 WQRT 4 News. All rights reserved.",
        "The soldiers were freed, KVLR reported first. KVLR News led its bulletin with it.",
    ))
    assert any({"WQRT 4 News", "WQRT"} <= names for names in labels.values())
    assert any({"KVLR News", "KVLR"} <= names for names in labels.values())


def test_an_outlet_s_stem_that_names_another_body_stays_apart(graph_of):
    labels = _labels(graph_of(
        "The Tribune reported the story first; Tribune Radio later interviewed the minister. "
        "Harbour Holdings, which owns Harbour Foods, said nothing."
    ))
    assert not any({"Tribune", "Tribune Radio"} <= names for names in labels.values())


def test_a_law_s_year_of_enactment_is_no_part_of_its_name(graph_of):
    labels = _labels(graph_of(
        "Congress passed the Velmar Accountability Act to punish the regime. A waiver "
        "suspends sanctions under the Velmar Accountability Act.",
        "Sanctions imposed under the 2019 Velmar Accountability Act remain in place.",
    ))
    assert any({"Velmar Accountability Act", "2019 Velmar Accountability Act"} <= names
               for names in labels.values())


def test_two_years_tell_two_laws_of_one_name_apart(graph_of):
    got = entities(graph_of(
        "The 2024 Harbour Budget Act raised taxes. The 2025 Harbour Budget Act cut them."
    ))
    assert got.get("2024 Harbour Budget Act") == "Plan"
    assert got.get("2025 Harbour Budget Act") == "Plan"


def test_a_nickname_in_quotes_is_no_entity_of_its_own(graph_of):
    got = entities(graph_of(
        "Before Brightmart, Corran spent two decades at Velmar Foods, where his appetite for "
        "cost-cutting earned him the nickname \"Drastic Dave\". Dave Corran was knighted in "
        "2021.",
        "Harlow slashed costs. He became known in many circles as \"Neutron Jack,\" a moniker "
        "he despised. Jack Harlow ran Brightmart.",
    ))
    assert got.get("Dave Corran") == "Person" and got.get("Jack Harlow") == "Person"
    assert "Drastic Dave" not in got and "Neutron Jack" not in got


def test_a_quoted_name_without_a_nickname_cue_stays(graph_of):
    got = entities(graph_of(
        "Tessa Marlowe spoke to \"Dave Corran\" on Monday, the ministry said. Corran "
        "declined to comment."
    ))
    assert got.get("Dave Corran") == "Person"


def test_an_arabic_surname_with_its_article_is_the_person_however_typed(graph_of):
    labels = _labels(graph_of(
        "Velmari President Ahmed al-Sharif visited the White House on Monday.\n\n"
        "Al-Sharif, whose Islamist-led forces ousted the old regime last year, met Trump."
    ))
    assert any({"Ahmed al-Sharif", "Al-Sharif"} <= names for names in labels.values())
    assert "Al-Sharif" not in labels


def test_a_town_with_an_arabic_article_stays_a_place_of_its_own(graph_of):
    got = entities(graph_of(
        "Rebels shelled Al-Hamra on Monday. General Omar al-Hamdi said the army would "
        "retake Al-Hamra, a town in the north."
    ))
    assert "Al-Hamra" in got and got.get("Omar al-Hamdi") == "Person"


def test_a_surname_joins_a_person_whose_name_two_articles_spell_apart(graph_of):
    labels = _labels(graph_of(
        "The council removed Velmar's President Ahmed al-Tamra from its list on Thursday.",
        "President Harlan Voss hosted Velmari President Ahmed al-Tamraa at the palace.\n\n"
        "Al-Tamraa, whose Islamist-led forces ousted the old regime, arrived before noon.",
    ))
    assert any({"Ahmed al-Tamraa", "Ahmed al-Tamra", "Al-Tamraa"} <= names
               for names in labels.values())


def test_a_plan_of_so_many_points_joins_it_whoever_s_own_offer_it_is_called(graph_of):
    g = graph_of(
        "Senators said the 14-point plan was a final offer. Velmar said it would send its own "
        "proposal. Kestland rejected the plan.",
        "Lavrov said Moscow was familiar with the American 14-point plan, which the peace "
        "plan's authors had discussed.",
    )
    plans = [{e.label, *e.alt_labels} for e in g.entities if e.type == "Plan"]
    assert any({"14-point plan", "American 14-point plan"} <= names for names in plans)


def test_plans_of_different_numbers_of_points_stay_apart(graph_of):
    g = graph_of(
        "Senators said the 14-point plan was a final offer.",
        "Lavrov said Moscow had seen the American 9-point plan.",
    )
    plans = [{e.label, *e.alt_labels} for e in g.entities if e.type == "Plan"]
    assert not any({"14-point plan", "American 9-point plan"} <= names for names in plans)
