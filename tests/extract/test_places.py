"""Places described by the kind of place they are, and of which place."""

import pytest

from .helpers import entities, facts


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("The agency reported from Yerevan, the capital of Armenia.", "Yerevan", "Armenia"),
    ("Armenia's capital, Yerevan, was calm on Sunday.", "Yerevan", "Armenia"),
    ("Shells hit Kharkiv, Ukraine's second-largest city, overnight.", "Kharkiv", "Ukraine"),
    ("They drove to Louisville, the largest city in Kentucky.", "Louisville", "Kentucky"),
    ("Fires spread in Italy's southern region of Calabria.", "Calabria", "Italy"),
    ("Cars derailed four miles north of Whitefish in northwest Montana.", "Whitefish", "Montana"),
    ("Turnout was low in Duluth in northeastern Minnesota.", "Duluth", "Minnesota"),
])
def test_a_place_said_to_be_a_kind_of_place_of_another(graph_of, text, inner, outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


def test_a_person_described_by_a_place_is_no_place_in_it(graph_of):
    got = facts(graph_of("Ana Roe, the mayor of Louisville, spoke on Monday."))
    assert not {f for f in got if f[1] == "locatedIn"}


@pytest.mark.parametrize("text", [
    "Velora Group, headquartered in Denver, denied the report.",
    "Velora Group is headquartered in Denver.",
    "At a briefing at Velora Group headquarters in nearby Denver, Ana Roe spoke.",
    "Velora Group's headquarters in Denver was closed on Friday.",
    "Police searched the headquarters of Velora Group in Denver.",
])
def test_an_organisation_headquartered_in_a_place(graph_of, text):
    assert ("Velora Group", "locatedIn", "Denver") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Velora Group moved its headquarters out of Denver.",
    "Talks were held at Velora Group's Denver headquarters.",  # a building's name, maybe
])
def test_no_headquarters_in_a_place(graph_of, text):
    assert ("Velora Group", "locatedIn", "Denver") not in facts(graph_of(text))


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("Floods hit the town of Velnik in the southeastern part of Slovakia.", "Velnik", "Slovakia"),
    ("Floods hit the town of Velnik in the north of Slovakia.", "Velnik", "Slovakia"),
    ("Rebels held the village of Arnak in the western parts of Armenia.", "Arnak", "Armenia"),
])
def test_a_place_in_a_part_of_a_larger_place(graph_of, text, inner, outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Floods hit the town of Velnik in the part of the season when Slovakia votes.",
    "Floods hit the town of Velnik in the north, and Slovakia sent help.",
])
def test_a_part_that_is_no_part_of_the_next_place(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "locatedIn"}


def test_a_member_of_a_party_from_a_place_puts_no_party_there(graph_of):
    got = facts(graph_of("Tom Hale, a Republican from Velmar who served in Congress, denied it."))
    assert not {f for f in got if f[1] == "locatedIn"}



@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("Calabria is Italy's poorest region.", "Calabria", "Italy"),
    ("Tarvik is the capital of Armenia.", "Tarvik", "Armenia"),
])
def test_a_place_the_present_copula_says_is_a_kind_of_place_of_another(graph_of, text, inner,
                                                                      outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("The tanker docked at the Indonesian port of Cilacap on Friday.", "Cilacap", "Indonesia"),
    ("Fighting spread to the northern Syrian town of Manbij, officials said.", "Manbij", "Syria"),
])
def test_a_place_named_after_a_national_kind_of_place(graph_of, text, inner, outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Tarvik was the capital of Armenia until 1920.",  # a former capital
    "Tarvik is not the capital of Armenia.",
])
def test_a_past_or_denied_copula_places_nothing(graph_of, text):
    assert ("Tarvik", "locatedIn", "Armenia") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Shelling hit the Russian-held town of Kakhovka, officials said.",
    "The Syrian army entered the town of Manbij, officials said.",
])
def test_no_country_of_a_held_place_or_of_a_country_acting_there(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize("text", [
    "Orvane Shipping, based in the city of Porto, said it would appeal.",
    "Orvane Shipping, headquartered in the city of Porto, said it would appeal.",
    "Orvane Shipping is headquartered in the southern city of Porto.",
])
def test_an_organisation_based_in_the_city_of_a_place(graph_of, text):
    assert ("Orvane Shipping", "locatedIn", "Porto") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ana Roe, a London-based analyst at Orvane Capital, said prices would rise.",
    "Ana Roe, a London-based analyst with Orvane Capital, said prices would rise.",
    "Ana Roe, the Geneva-based envoy of the Arctic Council, said talks would resume.",
])
def test_a_place_based_person_puts_no_organisation_there(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize("text", [
    "Ana Roe, an analyst at the London-based Orvane Capital, said prices would rise.",
    "The London-based investment firm Orvane Capital said prices would rise.",
])
def test_a_place_based_organisation_beside_a_person(graph_of, text):
    assert ("Orvane Capital", "locatedIn", "London") in facts(graph_of(text))


@pytest.mark.parametrize(("text", "place"), [
    ("Kinara Biologics, a company registered in Kenya, makes vaccines.", "Kenya"),
    ("Kinara Biologics, which is registered in Luxembourg, makes vaccines.", "Luxembourg"),
    ("Kinara Biologics, incorporated in Delaware, makes vaccines.", "Delaware"),
    ("The pilots sued in Delaware, where Kinara Biologics is incorporated.", "Delaware"),
    ("Sanctioned was Kinara Biologics, a trading business headquartered in Tehran.", "Tehran"),
    ("Kinara Biologics, which has its headquarters in Nairobi, makes vaccines.", "Nairobi"),
    ("Kinara Biologics, whose headquarters are in Nairobi, makes vaccines.", "Nairobi"),
    ("Kinara Biologics, a firm with headquarters in Nairobi, makes vaccines.", "Nairobi"),
    ("Kinara Biologics is a Nairobi-based group.", "Nairobi"),
])
def test_an_organisation_registered_or_seated_in_a_place(graph_of, text, place):
    assert ("Kinara Biologics", "locatedIn", place) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Kinara Biologics, which was based in Nairobi until 2019, makes vaccines.",
    "Kinara Biologics is not registered in Kenya, the ministry said.",
    "Ana Roe, an analyst based in Nairobi, spoke to Kinara Biologics.",
    "Kinara Biologics, which has an office in Nairobi, makes vaccines.",
])
def test_no_seat_stated(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("Floods hit Velnik, a town in Sindh province.", "Velnik", "Sindh"),
    ("Rebels shelled the Ukrainian city Kupiansk on Sunday.", "Kupiansk", "Ukraine"),
])
def test_a_place_in_a_place_named_beside_its_kind(graph_of, text, inner, outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Floods hit the village of Velnik, in eastern Slovakia, on Sunday.",
    "Talks were held in Velnik, in Slovakia, on Sunday.",
])
def test_a_place_set_off_by_in_and_a_country(graph_of, text):
    assert ("Velnik", "locatedIn", "Slovakia") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "He was born in Velnik, in 1950.",
    "Floods hit the village of Velnik, in Slovakia and Hungary, on Sunday.",
])
def test_no_country_set_off_by_in(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize("text", [
    '"Europe, Poland and the United States are working together," President Ada Vell said.',
    "Moscow, Beijing and the Gulf states courted the council.",
])
def test_places_in_a_list_with_the_are_not_inside_each_other(graph_of, text):
    assert not any(p == "locatedIn" for _, p, _ in facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "After the talks in Velnik, U.S. officials said no compromise had been found.",
    "While in Velnik, UK ministers raised the detentions.",
    "Unless authorised by a licence issued in Velnik, U.S. persons may not deal with them.",
])
def test_a_country_modifying_the_noun_after_a_comma_holds_no_place(graph_of, text):
    assert not any(p == "locatedIn" for _, p, _ in facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "The plant in Velnik, Ohio, will close in March.",
    "Protesters gathered in Velnik, Georgia, on Sunday.",
])
def test_a_city_and_its_state_set_off_by_a_comma_still_nest(graph_of, text):
    assert any(s == "Velnik" and p == "locatedIn" for s, p, _ in facts(graph_of(text)))


def test_a_city_and_its_country_before_a_date_still_nest(graph_of):
    got = facts(graph_of("The leaders met at the palace in Paris, France, on Jan. 6."))
    assert ("Paris", "locatedIn", "France") in got


def test_a_byline_places_its_reporters_not_one_place_in_another(graph_of):
    got = facts(graph_of(
        "By Georgia Lane in Tokyo and Chelsea Park in Seoul\n\nTOKYO - Talks opened on Monday."
    ))
    assert not any(p == "locatedIn" for _, p, _ in got)


def test_a_wire_credit_line_places_its_reporters_not_one_place_in_another(graph_of):
    got = facts(graph_of(
        "Talks opened on Monday.\n\n(Reporting by Georgia Lane in Tokyo and Chelsea Park in "
        "Seoul; Editing by Ivo Marsh)"
    ))
    assert not any(p == "locatedIn" for _, p, _ in got)


def test_a_sentence_opening_with_reporting_is_no_credit_line_when_it_has_a_verb(graph_of):
    got = facts(graph_of("Reporting by state media said crowds had gathered near Shibuya in "
                         "central Tokyo."))
    assert ("Shibuya", "locatedIn", "Tokyo") in got


def test_a_sentence_opening_with_by_is_no_byline_when_it_has_a_verb(graph_of):
    got = facts(graph_of("By evening, crowds had gathered near Shibuya in central Tokyo."))
    assert ("Shibuya", "locatedIn", "Tokyo") in got


@pytest.mark.parametrize(("text", "country"), [
    ("Officials said S. Korea and Velora Group signed the deal.", "South Korea"),
    ("Talks with N. Korea stalled, officials in Velmar said.", "North Korea"),
    ("Exports to S. Africa rose, Ana Roe said.", "South Africa"),
])
def test_a_country_in_headline_shorthand_is_the_country(graph_of, text, country):
    assert entities(graph_of(text)).get(country) == "Place"


def test_the_shorthand_and_the_full_name_are_one_place(graph_of):
    names = entities(graph_of("Ships left S. Korea on Monday. South Korea said they were safe."))
    assert names.get("South Korea") == "Place"
    assert "S. Korea" not in names


def test_the_peninsula_or_a_sudan_without_the_initial_is_no_shorthand(graph_of):
    names = entities(graph_of("Ships left Sudan on Monday for Korea, Ana Roe said."))
    assert "South Sudan" not in names and "North Korea" not in names


@pytest.mark.parametrize(("text", "region", "country"), [
    ("Armenia's Middle East envoy, Ana Roe, arrived in Cairo.", "Middle East", "Armenia"),
    ("Norway's Africa envoy Ivo Marek met officials in Khartoum.", "Africa", "Norway"),
    ("Peru's Asia correspondent said the talks had stalled.", "Asia", "Peru"),
])
def test_a_region_that_is_a_title_s_beat_is_no_part_of_the_country(graph_of, text, region,
                                                                   country):
    assert (region, "locatedIn", country) not in facts(graph_of(text))


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("Slovakia's Velnik region has seen protests.", "Velnik", "Slovakia"),
    ("Kenya's Rift Valley is dry this year.", "Rift Valley", "Kenya"),
])
def test_a_place_a_country_holds_before_a_common_noun(graph_of, text, inner, outer):
    assert (inner, "locatedIn", outer) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "The prime minister met the chiefs of the Tarsel Intelligence Agency and the Vesk "
    "Security Service in Doha to discuss a truce.",
    "The minister met the head of Tarsel Bank in Geneva on Monday.",
    "The visit comes a day after the prime minister met the chiefs of the U.S. Central "
    "Intelligence Agency (CIA) and Norland's spy agency Vesk in Doha to discuss a deal.",
])
def test_where_the_heads_of_a_body_were_met_is_not_the_body_s_place(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[1] == "locatedIn"]


@pytest.mark.parametrize("text", [
    "The head of Tarsel Bank in Geneva said the deal was sound.",
    "The minister visited the headquarters of Tarsel Bank in Geneva on Monday.",
])
def test_a_body_in_a_city_outside_a_meeting_is_still_there(graph_of, text):
    assert ("Tarsel Bank", "locatedIn", "Geneva") in facts(graph_of(text))
