"""Sanctions on targets named in lists: fines with a sum, decisions made by a body, and
the names given after "the players were fined"."""

import pytest

from .helpers import facts


def sanctioned(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(graph) if p == "sanctioned"}


def test_a_fine_with_a_sum_is_on_the_one_fined_not_the_sum(graph_of):
    got = sanctioned(graph_of(
        "The Norland Football Federation fined Dunmore United 50,000 euros on Monday."
    ))
    assert ("Norland Football Federation", "Dunmore United") in got


def test_a_ruling_handed_down_by_a_body_fines_for_that_body(graph_of):
    got = sanctioned(graph_of(
        "The original ruling, handed down by the Norland Football Federation in May, fined "
        "Dunmore United 50,000 euros."
    ))
    assert got == {("Norland Football Federation", "Dunmore United")}


def test_a_decision_by_a_body_fines_for_that_body(graph_of):
    got = sanctioned(graph_of(
        "A decision by the Harbour Conduct Authority fined Kestrel Bank 2 million pounds."
    ))
    assert ("Harbour Conduct Authority", "Kestrel Bank") in got


def test_the_players_fined_are_the_players_then_listed(graph_of):
    got = sanctioned(graph_of(
        "The Norland Football Federation fined Dunmore United 50,000 euros on Monday. "
        "Each of the three players was fined 2,000 euros and banned for a year. "
        "The players are Karel Voss, Tomas Brandt and Ilja Marek."
    ))
    assert {
        ("Norland Football Federation", name)
        for name in ("Karel Voss", "Tomas Brandt", "Ilja Marek")
    } <= got


@pytest.mark.parametrize("text", [
    # the players listed are not the ones the sanction was on
    "The Norland Football Federation fined Dunmore United 50,000 euros on Monday. "
    "The club's coaches are Karel Voss, Tomas Brandt and Ilja Marek.",
    # players listed with no sanction before them
    "Dunmore United won 3-0 on Monday. The players are Karel Voss, Tomas Brandt and "
    "Ilja Marek.",
    # what those sanctioned are, not who they are
    "The Treasury imposed sanctions on three firms on Monday. The firms are subsidiaries of "
    "Karel Voss Holdings.",
    # a fine only threatened
    "The Norland Football Federation may fine the players. The players are Karel Voss and "
    "Tomas Brandt.",
])
def test_names_listed_without_a_sanction_on_them(graph_of, text):
    got = sanctioned(graph_of(text))
    assert not {o for _, o in got} & {
        "Karel Voss", "Tomas Brandt", "Ilja Marek", "Karel Voss Holdings",
    }


def test_a_designation_list_with_a_described_name(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on Velcor Shipping on Monday. It also designated "
        "Ana Roe, the company's founder Piet Sorensen and Finance Director Lena Vogt."
    ))
    assert {("Treasury", name) for name in ("Ana Roe", "Piet Sorensen", "Lena Vogt")} <= got


def test_a_description_beside_one_name_adds_no_target(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on Velcor Shipping on Monday. It also designated "
        "Ana Roe, the company's founder, for helping the regime."
    ))
    assert {o for _, o in got} == {"Velcor Shipping", "Ana Roe"}


def test_the_firms_sanctioned_are_the_firms_then_listed(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on three firms on Monday. The firms are Velka "
        "Shipping, Orvane Trading and Tessa Marine."
    ))
    assert {("Treasury", f) for f in ("Velka Shipping", "Orvane Trading", "Tessa Marine")} <= got


def test_other_bodies_listed_after_a_sanction_are_not_its_targets(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on three firms on Monday. The banks are Velka Bank "
        "and Orvane Bank."
    ))
    assert not got


_RELEASE = (
    "Today, the Treasury's Office of Foreign Assets Control (OFAC) designated 40 individuals "
    "and entities that make up the Varga network. The Norland Foreign Office today sanctioned "
    "Tomas Varga. Scam centres took billions from victims last year. Workers were held under "
    "threat. Victims lost their savings. The network ran hotels as fronts. Police raided two "
    "sites in May. Three managers fled abroad. "
)


def test_among_those_designated_far_below_the_designation(graph_of):
    got = facts(graph_of(
        _RELEASE + "Among those designated today are Kestrel Leisure Group and Silver Palm "
        "Resorts Ltd."
    ))
    sanctioned = {(s, o) for s, p, o in got if p == "sanctioned"}
    assert ("Office of Foreign Assets Control", "Kestrel Leisure Group") in sanctioned
    assert not any(s == "Norland Foreign Office" and o == "Kestrel Leisure Group"
                   for s, o in sanctioned)


def test_among_those_named_without_a_designation_before(graph_of):
    got = facts(graph_of(
        "Scam centres took billions from victims last year. Among those designated as "
        "envoys are Kestrel Leisure Group and Silver Palm Resorts Ltd."
    ))
    assert not any(p == "sanctioned" for _, p, _ in got)


@pytest.mark.parametrize("text", [
    "The Norland Treasury's Financial Crimes Unit (FCU) issued a final rule under section 311 "
    "of the Banking Act cutting Harlow Group, a Phnom Penh-based conglomerate, off from the "
    "Norland financial system.",
    "The Financial Crimes Unit cut Harlow Group off from SWIFT in June.",
])
def test_cutting_a_target_off_from_the_financial_system_sanctions_it(graph_of, text):
    got = facts(graph_of(text))
    assert ("Financial Crimes Unit", "sanctioned", "Harlow Group") in got
    assert {o for _, p, o in got if p == "sanctioned"} == {"Harlow Group"}


@pytest.mark.parametrize("text", [
    "The rebels cut Kestrel Town off from the regional water system.",
    "Heavy snow cut Harlow Group off from its suppliers for a week.",
])
def test_cut_off_from_anything_else_is_no_sanction(graph_of, text):
    assert not any(p == "sanctioned" for _, p, _ in facts(graph_of(text)))


def test_each_item_of_a_list_split_by_semicolons_is_sanctioned(graph_of):
    got = sanctioned(graph_of(
        "The Treasury sanctioned Ramon Ortega Vidal, the commander of the Presidential "
        "Guard; Lucia Ferrer Pons, director of the Norland Intelligence Service (NIS); "
        "Deputy Minister Tomas Brandt, head of the Border Police (BPF); and Ilja Marek, "
        "president of the state oil company."
    ))
    assert {("Treasury", name) for name in (
        "Ramon Ortega Vidal", "Lucia Ferrer Pons", "Tomas Brandt", "Ilja Marek")} <= got


@pytest.mark.parametrize("text, named", [
    # a person inside an item's description is no item of the list
    ("The Treasury sanctioned Ramon Ortega Vidal, a shipping executive; the son of Lucia "
     "Ferrer Pons; and a firm run by Ilja Marek.", "Ramon Ortega Vidal"),
    # a clause after the semicolon says something else
    ("The Treasury sanctioned Ramon Ortega Vidal, a shipping executive; officials said "
     "Lucia Ferrer Pons was also under investigation.", "Ramon Ortega Vidal"),
])
def test_names_after_a_semicolon_that_open_no_item_are_not_sanctioned(graph_of, text, named):
    assert sanctioned(graph_of(text)) == {("Treasury", named)}


@pytest.mark.parametrize("text", [
    "The Treasury Department on Friday announced new sanctions against top Venezuelan "
    "officials in the government.",
    "The European Union imposed sanctions on Russian officials on Monday.",
])
def test_sanctions_on_a_countrys_officials_are_not_on_the_country(graph_of, text):
    assert not {o for _, o in sanctioned(graph_of(text))} & {"Venezuela", "Russia"}


def test_sanctions_on_a_country_are_on_it(graph_of):
    assert ("European Union", "Russia") in sanctioned(graph_of(
        "The European Union imposed new sanctions on Russia on Monday."))


@pytest.mark.parametrize("text", [
    "The Treasury said it had blacklisted Omar Daleel and Rami Sayegh, two financiers of the "
    "Vanguard Front.",
    "The Treasury Department said Tuesday it had sanctioned Omar Daleel and Rami Sayegh.",
])
def test_the_body_that_says_it_sanctioned_is_the_sanctioner(graph_of, text):
    got = sanctioned(graph_of(text))
    assert {o for s, o in got} == {"Omar Daleel", "Rami Sayegh"}
    assert all(s.startswith("Treasury") for s, o in got)


@pytest.mark.parametrize("text", [
    "The Treasury said it would sanction Omar Daleel if the attacks continued.",
    "The Treasury said it had not sanctioned Omar Daleel.",
    "The Treasury said it may sanction Omar Daleel next month.",
    "The Treasury said it was considering sanctions against Omar Daleel.",
])
def test_a_sanction_the_body_only_weighs_or_denies_is_none(graph_of, text):
    assert not any(p == "sanctioned" for s, p, o in facts(graph_of(text)))


def test_bodies_in_the_targets_titles_and_who_asked_are_not_targets(graph_of):
    got = sanctioned(graph_of(
        "Three officials have been provisionally banned by the Norland Football Ethics Board. "
        "Teo Varga has been banned, along with Jean Mbeki and Paul Sassou, vice-president and "
        "general secretary of the Gabonese Football Federation (GAFEFO) respectively, at the "
        "request of Dr Hans Keller, chairman of the Ethics Board's Investigatory Chamber."
    ))
    assert ("Norland Football Ethics Board", "Teo Varga") in got
    assert ("Norland Football Ethics Board", "Jean Mbeki") in got
    assert ("Norland Football Ethics Board", "Paul Sassou") in got
    targets = {o for _, o in got}
    assert not targets & {"Gabonese Football Federation", "GAFEFO", "Hans Keller",
                          "Investigatory Chamber"}


def test_a_body_listed_along_with_a_person_is_still_a_target(graph_of):
    got = sanctioned(graph_of(
        "The Treasury Department sanctioned Ivo Marek, along with his firm, Kestrel Shipping "
        "Ltd, and Dora Venn."
    ))
    assert ("Treasury Department", "Kestrel Shipping Ltd") in got
    assert ("Treasury Department", "Dora Venn") in got


def test_firms_added_to_the_list_an_earlier_sentence_named_are_sanctioned(graph_of):
    got = sanctioned(graph_of(
        "The Commerce Department said it was adding several companies to its entity list. "
        "The department added Brekon Systems and Tallis Microdevices to the list over "
        "concerns about military uses."
    ))
    assert ("Commerce Department", "Brekon Systems") in got
    assert ("Commerce Department", "Tallis Microdevices") in got


def test_the_list_of_speakers_is_no_sanctions_list(graph_of):
    got = sanctioned(graph_of(
        "The Harbour Forum published its speaker list on Monday. "
        "The forum added Brekon Systems to the list of sponsors."
    ))
    assert got == set()


def test_the_list_without_an_earlier_sanctions_list_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "The Harbour Forum added Brekon Systems and Tallis Microdevices to the list on Monday."
    ))
    assert got == set()


def test_a_headline_of_sanctioning_makes_designating_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "Sanctioning Valdorian Security Agencies\n\n"
        "The Department of State is designating the Valdorian Border Service for its role "
        "in the detention of foreign reporters."
    ))
    assert got == {("Department of State", "Valdorian Border Service")}


def test_designating_with_no_word_of_sanctions_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "The Department of State is designating the Valdorian Border Service as its partner "
        "for the detention review."
    ))
    assert got == set()


def test_targeted_with_travel_bans_and_asset_freezes_is_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "The UK on Tuesday announced new sanctions on officials. Finance Minister Pavel Orlenko "
        "and his deputy Ivan Sartov have both been targeted with travel bans and asset freezes, "
        "the Foreign Office said."
    ))
    assert ("United Kingdom", "Pavel Orlenko") in got
    assert ("United Kingdom", "Ivan Sartov") in got


def test_targeted_with_a_smear_campaign_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "Brekon Media targeted the tycoon Pavel Orlenko with a smear campaign on Monday."
    ))
    assert got == set()


def test_a_round_of_sanctions_adopted_on_a_country_is_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "The European Union on Thursday adopted a fresh round of sanctions on Russia."
    ))
    assert got == {("European Union", "Russia")}


def test_a_package_of_sanctions_against_named_firms(graph_of):
    got = sanctioned(graph_of(
        "The Norland government adopted a new package of sanctions against Brekon Systems "
        "and Tallis Bank."
    ))
    assert {"Brekon Systems", "Tallis Bank"} <= {o for _, o in got}


def test_a_package_of_reforms_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "The Norland government adopted a new package of reforms for Brekon Systems."
    ))
    assert got == set()


def test_sanctions_imposed_on_a_named_one_by_a_government(graph_of):
    got = sanctioned(graph_of(
        "The bank froze the accounts after sanctions imposed on Tallis Bank by the U.S. "
        "government in 2019."
    ))
    assert ("United States", "Tallis Bank") in got


def test_sanctions_imposed_on_him_leave_him_unresolved(graph_of):
    got = sanctioned(graph_of(
        "Marten Lyle was charged with helping the tycoon Pavel Orlenko, following sanctions "
        "imposed on him in 2018 by the U.S. government."
    ))
    assert ("United States", "Marten Lyle") not in got


def test_the_sanctioner_targeting_again_sanctions_the_named_ones(graph_of):
    got = sanctioned(graph_of(
        "The UK on Tuesday announced a new slew of sanctions on ministers. The UK has also "
        "targeted Artem Lisov and Boris Lisov, nephews of the tycoon Gennady Pashin."
    ))
    assert ("United Kingdom", "Artem Lisov") in got
    assert ("United Kingdom", "Boris Lisov") in got
    assert ("United Kingdom", "Gennady Pashin") not in got


def test_targeting_in_a_strike_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "Norland imposed sanctions on Tallis Bank on Monday. Norland also targeted Brekon "
        "Systems in a drone strike."
    ))
    assert ("Norland", "Brekon Systems") not in got


def test_targeting_by_one_who_sanctioned_no_one_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "Norland imposed sanctions on Tallis Bank on Monday. Valdoria targeted Brekon Systems "
        "and its owner Pavel Orlenko."
    ))
    assert {o for _, o in got} == {"Tallis Bank"}


def test_the_measures_of_a_sanctions_story_target_the_named_ones(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on Tallis Bank on Monday. The measures also target "
        "Brekon Shipping and its owner Pavel Orlenko."
    ))
    assert ("Treasury", "Brekon Shipping") in got
    assert ("Treasury", "Pavel Orlenko") in got


def test_measures_targeting_outside_a_sanctions_story_are_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "The council approved a new parking plan on Monday. The measures also target Brekon "
        "Shipping and its owner Pavel Orlenko."
    ))
    assert got == set()


def test_names_including_after_counted_ones_added_to_a_sanctions_list(graph_of):
    got = sanctioned(graph_of(
        "The European Union added 54 individuals and eight entities to its sanctions list, "
        "including Brekon Shipping and Pavel Orlenko."
    ))
    assert got == {("European Union", "Brekon Shipping"), ("European Union", "Pavel Orlenko")}


def test_placed_under_sanctions_by_a_body(graph_of):
    got = sanctioned(graph_of(
        "Brekon Shipping, which is owned by Pavel Orlenko, was placed under sanctions by the "
        "European Union on Monday."
    ))
    assert got == {("European Union", "Brekon Shipping")}


def test_placed_under_review_is_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "Brekon Shipping was placed under review by the European Union on Monday."
    ))
    assert got == set()


def test_visa_restrictions_on_a_person_are_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "The State Department imposed visa restrictions on Pavel Orlenko and two of his aides."
    ))
    assert got == {("State Department", "Pavel Orlenko")}


def test_visa_restrictions_on_a_country_are_no_sanction(graph_of):
    got = sanctioned(graph_of("China imposed visa restrictions on Norway after the dispute."))
    assert got == set()


def test_the_designations_include_the_named_ones(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on eight people on Monday. The designations include "
        "Pavel Orlenko and Ivan Sartov."
    ))
    assert {("Treasury", "Pavel Orlenko"), ("Treasury", "Ivan Sartov")} <= got


def test_a_clubs_targets_are_no_sanction(graph_of):
    got = sanctioned(graph_of(
        "The club announced new signings on Monday. Its targets include Pavel Orlenko and "
        "Ivan Sartov."
    ))
    assert got == set()


def test_placed_on_its_list_of_sanctioned_entities(graph_of):
    got = sanctioned(graph_of(
        "In 2022, the Treasury Department placed Brekon Petrochemical, another refiner, on its "
        "list of sanctioned entities."
    ))
    assert got == {("Treasury Department", "Brekon Petrochemical")}


def test_added_to_the_list_of_designated_nationals_by_the_last_sanctioner(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on 12 entities. Lin Haoran was also added to the list "
        "of specially designated nationals."
    ))
    assert ("Treasury", "Lin Haoran") in got


def test_placed_on_the_designated_nationals_list_set_off_by_its_acronym(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on 12 entities. It also placed Lin Haoran on the "
        "specially designated nationals, or SDN, list."
    ))
    assert ("Treasury", "Lin Haoran") in got


def test_a_list_of_invited_guests_is_no_sanctions_list(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on 12 entities. Lin Haoran was also added to the list "
        "of invited guests."
    ))
    assert ("Treasury", "Lin Haoran") not in got


def test_targeted_for_criticism_is_no_sanction(graph_of):
    got = sanctioned(graph_of("The Harbour Forum targeted Lin Haoran for criticism."))
    assert got == set()


def test_sanctions_on_a_countrys_military_officials_are_not_on_the_country(graph_of):
    got = sanctioned(graph_of(
        "Canada said it would impose sanctions on nine Kenyan military officials."
    ))
    assert got == set()


def test_a_hyphened_designation_in_a_sanctions_story_is_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "The Treasury imposed sanctions on a refinery. It bought oil from the US-designated "
        "Valdorian Ministry of Defense Logistics."
    ))
    assert ("United States", "Valdorian Ministry of Defense Logistics") in got


def test_a_hyphened_designation_of_a_zone_is_no_sanction(graph_of):
    got = sanctioned(graph_of("Refugees fled to the UN-designated Harbour Safe Zone on Monday."))
    assert got == set()


def test_the_sanctions_office_designating_is_a_sanction(graph_of):
    got = sanctioned(graph_of(
        "OFAC designated Brekon Shipping for its role in shipping oil on behalf of Tallis Oil."
    ))
    assert got == {("OFAC", "Brekon Shipping")}


def test_a_council_designating_a_heritage_site_is_no_sanction(graph_of):
    got = sanctioned(graph_of("The council designated Brekon Park as a heritage site."))
    assert got == set()


@pytest.mark.parametrize("text, spared", [
    ("The Treasury sanctioned Brekon Shipping, which carried oil for Tallis Refining.",
     "Tallis Refining"),
    ("The EU sanctioned Brekon Bank, a subsidiary of Tallis Group.", "Tallis Group"),
    ("The UK sanctioned Brekon Shipping. Tallis Bank, which handled its payments, has not "
     "been targeted.", "Tallis Bank"),
    ("The EU imposed sanctions on Brekon Shipping. The measures follow similar steps by "
     "Japan against Tallis Bank.", "Tallis Bank"),
])
def test_one_named_beside_the_sanctioned_is_not_sanctioned(graph_of, text, spared):
    got = sanctioned(graph_of(text))
    assert got and not any(o == spared for _, o in got)


def test_those_newly_sanctioned_after_travel_bans_are_the_sanctioned(graph_of):
    got = sanctioned(graph_of(
        "Norland on Thursday imposed travel bans on seven more tycoons. Those newly "
        "sanctioned include Piet Varganov, Ilya Sorokov and Marat Demchuk."
    ))
    assert got == {("Norland", "Piet Varganov"), ("Norland", "Ilya Sorokov"),
                   ("Norland", "Marat Demchuk")}


def test_the_individuals_designated_are_listed_after_the_sanction(graph_of):
    got = sanctioned(graph_of(
        "Norland imposed sanctions on three generals. The individuals designated are "
        "Juan Carlos Medrano, Elio Paz and Ramon Arce."
    ))
    assert got == {("Norland", "Juan Carlos Medrano"), ("Norland", "Elio Paz"),
                   ("Norland", "Ramon Arce")}


@pytest.mark.parametrize("text", [
    "Norland imposed sanctions on three generals. The officials appointed are Elio Paz "
    "and Ramon Arce.",
    "Those newly appointed include Elio Paz and Ramon Arce, the company said after it "
    "imposed a hiring freeze.",
])
def test_people_listed_as_appointed_beside_a_sanction_are_not_sanctioned(graph_of, text):
    assert sanctioned(graph_of(text)) == set()
