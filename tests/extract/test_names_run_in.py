"""People's names that the tagger runs into the title or region before them."""

import pytest

from .helpers import entities


@pytest.mark.slow
def test_a_plural_title_before_listed_names_is_no_part_of_the_first(graph_of):
    got = entities(graph_of(
        "The rally was attended by Governors Amos Kiprop and Ruth Wanjala.",
        "The motion was backed by MPs Ken Obare and Linet Chepkoech on Tuesday.",
    ))
    assert got.get("Amos Kiprop") == "Person" and got.get("Ken Obare") == "Person"
    assert not any(name.startswith(("Governors", "MPs")) for name in got)


@pytest.mark.slow
def test_the_maa_particle_ole_is_inside_the_name(graph_of):
    got = entities(graph_of(
        "He was joined by Governors Daniel ole Sankok and Ruth Wanjala in Tarsk. "
        "Daniel Ole Sankok said the road would be finished in May."
    ))
    assert got.get("Daniel ole Sankok") == "Person" or got.get("Daniel Ole Sankok") == "Person"
    assert not any(name.startswith("Governors") for name in got)
    assert "Sankok" not in got


@pytest.mark.slow
def test_a_plural_word_before_a_body_is_no_title(graph_of):
    got = entities(graph_of("The Chiefs Kingdom Council met in Tarsk on Monday."))
    assert got.get("Chiefs Kingdom Council") == "Organization"


@pytest.mark.slow
def test_a_region_run_into_its_governor_s_name_is_split(graph_of):
    got = entities(graph_of(
        "Mensah visited the Governor of Ondara State Babatunde Adeyemi-Cole at his office. "
        "Adeyemi-Cole said the talks went well.",
        "Velmar County Ruth Achieng said the funds had arrived.",
    ))
    assert got.get("Ondara State") == "Place"
    assert got.get("Babatunde Adeyemi-Cole") == "Person"
    assert got.get("Ruth Achieng") == "Person" and got.get("Velmar County") == "Place"


@pytest.mark.slow
def test_a_region_s_body_after_it_is_no_person(graph_of):
    got = entities(graph_of(
        "Ondara State Police Command said two suspects were held.",
        "He lives on Orange County Harbor Street in Tarsk.",
    ))
    assert not any(e == "Person" for e in got.values())


@pytest.mark.slow
def test_a_plural_title_after_a_place_is_cut_from_the_first_name(graph_of):
    got = entities(graph_of(
        "Guests included former Velmar Governors Olusegun Adebayo and Ruth Wanjala."
    ))
    assert got.get("Olusegun Adebayo") == "Person"
    assert not any("Governors" in name for name in got)


@pytest.mark.slow
def test_two_names_after_between_are_two_entities(graph_of):
    g = graph_of(
        "Nilsa Amaral and Tomas Okafor met in Tarsk. During the meeting between Amaral and "
        "Okafor, the border was discussed."
    )
    got = entities(g)
    assert got.get("Nilsa Amaral") == "Person" and got.get("Tomas Okafor") == "Person"
    assert not any(" and " in name for name in got)


@pytest.mark.slow
def test_a_company_named_by_two_words_in_a_longer_list_stays_whole(graph_of):
    got = entities(graph_of("The deal between Procter and Gamble and Unilever fell through."))
    assert got.get("Procter and Gamble") == "Organization"
