"""Names typed by the words around them: sites and venues are places, a legislator's home
state is a place, a demonym can open a body's name, an Arabic article or a capitalised
preposition can be inside one, and a place's people or a masthead's desk is no entity."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def test_sites_named_after_a_site_noun_are_places(graph_of):
    got = entities(graph_of(
        "In June, Velmari forces bombed Kestland's nuclear sites at Orvan and Thessadar.",
        "Drones struck three key installations — Orvan, Thessadar, and Belmok — overnight.",
        "Missiles targeted other nuclear sites such as Orvan and Belmok.",
    ))
    for name in ("Orvan", "Thessadar", "Belmok"):
        assert got.get(name) == "Place", name


def test_a_body_after_a_site_noun_without_a_link_keeps_its_type(graph_of):
    got = entities(graph_of(
        "Workers at the plant said Brightmart Holdings would close it. Brightmart Holdings "
        "declined to comment."
    ))
    assert got.get("Brightmart Holdings") == "Organization"


def test_a_venue_named_for_what_is_held_there_is_a_place(graph_of):
    got = entities(graph_of(
        "The summit opened at the Orvan Convention Centre on Sunday.",
        "The Harlan Center said the vote was fair, and the Centre for Velmari Studies agreed.",
    ))
    assert got.get("Orvan Convention Centre") == "Place"
    assert got.get("Harlan Center") == "Organization"
    assert got.get("Centre for Velmari Studies") == "Organization"


def test_heights_and_hills_are_places(graph_of):
    got = entities(graph_of(
        "The army continued to occupy part of the territory, including the Tessar Heights."
    ))
    assert got.get("Tessar Heights") == "Place"


def test_a_legislator_s_home_state_before_who_is_a_place(graph_of):
    got = entities(graph_of(
        "Rep. Colm Brannigan of Pennsylvania, who with Rep. Ida Voss of Virginia has pressed "
        "for an extension, voted no."
    ))
    assert got.get("Colm Brannigan") == "Person"
    assert got.get("Pennsylvania") == "Place"


def test_a_demonym_the_tagger_reads_into_a_body_s_name_stays(graph_of):
    got = entities(graph_of(
        "Damascus agreed a deal with the Kurdish-led Syrian Democratic Forces under which the "
        "SDF would join the army."
    ))
    assert "Syrian Democratic Forces" in got
    assert "Democratic Forces" not in got


def test_an_arabic_article_opens_a_group_s_name(graph_of):
    got = entities(graph_of(
        "The council removed him from its al-Qaeda sanctions list. The group, once "
        "al-Qaeda's affiliate, denied it.",
        "The army fought al-Shabaab militants on Monday. Al-Shabaab said it had won.",
    ))
    assert got.get("al-Qaeda") == "Organization"
    assert "Qaeda" not in got and "Shabaab" not in got


def test_a_capitalised_preposition_inside_a_charity_s_name(graph_of):
    got = entities(graph_of(
        "Velmar gave the proceeds of the game to Doctors Without Borders for aid work.",
        "The Campaign Against Arms Trade took the government to court. Velmar played "
        "against Kestland on Sunday.",
    ))
    assert got.get("Doctors Without Borders") == "Organization"
    assert got.get("Campaign Against Arms Trade") == "Organization"
    assert "Borders" not in got


def test_the_people_of_a_place_are_no_entity(graph_of):
    got = entities(graph_of(
        "Republicans led by two Louisianians, Colm Brannigan and Ida Voss, moved their bill. "
        "Many Californians voted early, and New Yorkers stayed home.",
        "The Texans beat the Colts on Sunday.",
    ))
    assert not {"Louisianians", "Californians", "New Yorkers"} & set(got)
    assert "Texans" in got


def test_a_masthead_s_desk_is_no_entity(graph_of):
    got = entities(graph_of(
        "Velmari leader makes first visit\n\nKVLR 9 News | Washington Bureau\nBy Tessa "
        "Marlowe\n\nThe Velmari leader met the president on Monday."
    ))
    assert "Washington Bureau" not in got


def test_a_club_named_for_its_city_after_its_club_word_is_a_club(graph_of):
    got = entities(graph_of(
        "The league knocked Maccabi Velmar City out of the cup. Hapoel Orvan beat Beitar "
        "Kestland 2-1 on Saturday."
    ))
    assert got.get("Maccabi Velmar City") == "Organization"
    assert got.get("Hapoel Orvan") == "Organization"


def test_the_leaders_of_a_bloc_are_no_body(graph_of):
    got = entities(graph_of(
        "The summit brings together the Leaders of ASEAN Member States in Kuala Lumpur."
    ))
    assert not [label for label in got if label.startswith("Leaders")]


def test_the_possessor_of_a_company_s_officer_is_a_company(graph_of):
    got = entities(graph_of(
        "Brightmart has ended a four-month search for a new chief executive. Nik Haldane, "
        "Brightmart's chief financial officer, has been running the group. \"The board felt "
        "that Dave was right,\" said Sir John Corran, Brightmart's chair."
    ))
    assert got.get("Brightmart") == "Organization"
    assert got.get("Nik Haldane") == "Person" and got.get("John Corran") == "Person"


def test_a_leader_s_chief_aide_leaves_the_leader_a_person(graph_of):
    got = entities(graph_of(
        "President Ilse Marrow met the envoy. Marrow's chief spokesman said the talks had "
        "ended, and Marrow's chief of staff agreed."
    ))
    assert got.get("Ilse Marrow") == "Person"


def test_a_company_s_first_word_before_its_officer_is_the_company(graph_of):
    g = graph_of(
        "Prosecutors allege the minister steered the contract to Harrow Power Solutions, a "
        "port-based firm. Harrow's chief executive, Ida Voss, was charged alongside him."
    )
    names = {e.label: {e.label, *e.alt_labels} for e in g.entities}
    assert "Harrow" in names.get("Harrow Power Solutions", set())


def test_a_name_called_a_state_s_body_in_apposition_is_an_organisation(graph_of):
    got = entities(graph_of(
        "The president addressed a joint sitting of the Tionól, the Velmari parliament."
    ))
    assert got.get("Tionól") == "Organization"


def test_a_name_before_and_and_the_next_person_s_title_stands_alone(graph_of):
    got = entities(graph_of(
        "Rubio is due in Geneva on Sunday with Steve Witkoff and Army Secretary Dan Driscoll "
        "for talks. Witkoff said little.",
        "The Ministry of Trade and Industry of Velmar issued new rules on Monday.",
    ))
    assert "Witkoff and Army" not in got and got.get("Steve Witkoff") == "Person"
    assert got.get("Ministry of Trade and Industry of Velmar") == "Organization"


@pytest.mark.parametrize("text", [
    "Lobbyists returned to Capitol Hill this week, said Rich Moran.",
    "Staffers on Capitol Hill said the bill would pass, Senator Tom Brask said.",
    "Protesters gathered in Notting Hill on Sunday.",
])
def test_a_hill_named_by_no_given_name_is_a_place(graph_of, text):
    got = entities(graph_of(text))
    hill = next(name for name in got if name.endswith("Hill"))
    assert got[hill] == "Place"


def test_a_person_surnamed_hill_stays_a_person(graph_of):
    got = entities(graph_of("Fiona Hill testified on Capitol Hill on Tuesday."))
    assert got.get("Fiona Hill") == "Person" and got.get("Capitol Hill") == "Place"


@pytest.mark.parametrize("text", [
    "The court said the Constitution allows the president to act.",
    "The CS said the Constitution allows the Republic to act, minister Lena Voss said.",
    "Interior CS Fred Mati said the plan was sound. The CS added that police would help.",
])
def test_capitalised_common_words_alone_are_no_bodies(graph_of, text):
    got = entities(graph_of(text))
    assert not {"Constitution", "Republic", "CS"} & set(got), got


def test_a_named_republic_and_a_minister_after_cs_stay(graph_of):
    got = entities(graph_of("President Jean Mbemba of the Republic of the Congo met Interior "
                            "CS Fred Mati on Monday."))
    assert got.get("Republic of the Congo") == "Place" and got.get("Fred Mati") == "Person"


def test_the_place_a_mayor_or_governor_heads_is_a_place_whatever_its_shape(graph_of):
    got = entities(graph_of(
        "The protests grew. Hours later, Velika Brana's mayor stepped down.",
        "The mayor of Dolna Reka, Milan Petrov, also resigned.",
    ))
    assert got.get("Velika Brana") == "Place"
    assert got.get("Dolna Reka") == "Place"
    assert got.get("Milan Petrov") == "Person"


def test_a_persons_deputy_leaves_the_person_a_person(graph_of):
    got = entities(graph_of("Ana Roe's deputy stepped down on Monday."))
    assert got.get("Ana Roe") == "Person"


def test_a_coalition_named_for_a_state_is_a_body(graph_of):
    got = entities(graph_of(
        "Nouri Jabbari, leader of the State of Justice Coalition, is unlikely to win.",
        "The State of Qatar hosted the talks.",
    ))
    assert got.get("State of Justice Coalition") == "Organization"
    assert got.get("Qatar") == "Place"


def test_a_source_set_off_after_what_it_reported_is_a_body(graph_of):
    kinds = entities(graph_of(
        "The talks in Kelvik ended without a deal, Ostrana reported on Monday. "
        "The minister was elected as the first president of the council, Tavira reported."
    ))
    assert kinds.get("Ostrana") == "Organization"
    assert kinds.get("Tavira") == "Organization"


def test_a_known_place_that_reported_stays_a_place(graph_of):
    kinds = entities(graph_of("New cases rose sharply last week, Norway reported."))
    assert kinds.get("Norway") == "Place"


def test_a_country_opening_a_sentence_the_tagger_missed_is_a_place(graph_of):
    kinds = entities(graph_of(
        "The Security Council voted on Friday. Chile used its veto as a permanent member. "
        "Jordan Mae Hill said little."
    ))
    assert kinds.get("Chile") == "Place"
    assert kinds.get("Jordan") is None  # a given name opening a person's name


@pytest.mark.parametrize(("text", "person"), [
    ("The talks included the head of Russia's sovereign wealth fund Boris Velenko on "
     "Saturday.", "Boris Velenko"),
    ("Negotiators will meet the chief executive of the state oil company Amir Tabrizi on "
     "Saturday.", "Amir Tabrizi"),
])
def test_a_name_after_the_title_of_an_unnamed_body_is_its_holder(graph_of, text, person):
    assert entities(graph_of(text)).get(person) == "Person"


@pytest.mark.parametrize(("text", "body"), [
    ("The talks included the head of the cyber company Emennet Pasargad on Monday.",
     "Emennet Pasargad"),
    ("Investors praised the head of the investment fund Apollo Capital on Monday.",
     "Apollo Capital"),
    ("The ministry fined the cyber company Darvan Kasrani on Monday.", "Darvan Kasrani"),
])
def test_a_body_named_after_its_kind_stays_a_body(graph_of, text, body):
    assert entities(graph_of(text)).get(body) == "Organization"


@pytest.mark.parametrize(("text", "junk"), [
    ('President Oleg Darr blasted Kasport, saying its leadership "EXPRESSED ZERO GRATITUDE '
     'FOR OUR EFFORTS," referring to his plan.', "GRATITUDE"),
    ('Oleg Darr wrote: "THE WAR WOULD NEVER HAVE HAPPENED IF I WERE PRESIDENT!"', "WAR"),
])
def test_words_of_a_post_quoted_in_capitals_are_no_names(graph_of, text, junk):
    got = entities(graph_of(text))
    assert got.get("Oleg Darr") == "Person"
    assert not any(name.upper() == junk for name in got)


def test_capitals_without_shouted_prose_keep_their_names(graph_of):
    got = entities(graph_of("KASPORT, Ukraine - Ivan Koval said on Monday the talks were "
                            "useful. The AFL-CIO and the NAACP said they would sue.",
                            'Oleg Darr wrote: "WE WILL DEFEND UKRAINE!"'))
    assert got.get("AFL-CIO") == "Organization" and got.get("NAACP") == "Organization"
    assert got.get("Ukraine") == "Place"


def test_the_name_an_administration_is_named_after_is_a_person(graph_of):
    got = entities(graph_of("Talks in Kasport as Darr tries to push through deal\n\nTalks are "
                            "taking place on Tuesday, the latest step in the Darr "
                            "administration's attempts to push through a peace deal."))
    assert got.get("Darr") == "Person"
    assert got.get("Darr administration") == "Organization"


def test_a_place_or_a_capitalised_administration_is_no_person(graph_of):
    got = entities(graph_of("The Kenya administration said on Monday that Kenya would "
                            "vote. The Food and Drug Administration approved the drug."))
    assert got.get("Kenya") == "Place"
    assert not any(kind == "Person" for kind in got.values())


def test_the_small_island_states_are_places(graph_of):
    got = entities(graph_of(
        "The island bloc backed the deal, though its chair, Tuvalu's climate minister Sione "
        "Latu, called it weak. Palau and Nauru signed it too."
    ))
    assert got.get("Tuvalu") == got.get("Palau") == got.get("Nauru") == "Place"


def test_an_apposition_after_of_and_a_body_describes_the_body_not_the_speaker(graph_of):
    got = entities(graph_of(
        '"The room chose to look away," said Jonas Ekberg-Mwale of Clean Air Futures, a '
        "Malmo-based campaign group."
    ))
    assert got.get("Jonas Ekberg-Mwale") == "Person"
    assert got.get("Clean Air Futures") == "Organization"


def test_capitals_of_smaller_states_are_places_where_they_stand_for_the_government(graph_of):
    got = entities(graph_of(
        "The government's spokesman, Chan Sovanna, said Phnom Penh had not been consulted. "
        "Talks between Khartoum and Juba resumed, and Ouagadougou sent an envoy."
    ))
    assert got.get("Phnom Penh") == got.get("Juba") == got.get("Ouagadougou") == "Place"
    assert got.get("Chan Sovanna") == "Person"
