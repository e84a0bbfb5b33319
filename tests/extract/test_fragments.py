"""Pieces of a page or of a name that are no entity: section labels, links to other
stories, credits, two surnames joined by a hyphen, a rank before a nickname; and a body's
name kept whole across its inner "and", list of portfolios or closing title."""

import pytest
import spacy

from kg.extract.mentions import _headline_lines
from kg.text.personal_names import person_name_shape

pytestmark = pytest.mark.slow


def names(extraction, *, confirmed: bool = True) -> dict[str, str]:
    """Name → type of the mentions (confirmed ones, or headline ones with ``False``)."""
    return {m.name: m.type for m in extraction.mentions if m.confirmed is confirmed}


def test_section_labels_of_a_page_name_nothing(extract):
    x = extract(
        "World\nAnalysis\nTalks on the Varnia border stall again\n\n"
        "Explainer: Who is Temur Ashrafov?\n\n"
        "Temur Ashrafov, the Varnian interior minister, met envoys in Tashkent on Monday.\n"
        "Opinion\nLive\n"
    )
    got = names(x)
    assert {"World", "Analysis", "Explainer", "Opinion", "Live"}.isdisjoint(got)
    assert got.get("Temur Ashrafov") == "Person"


def test_a_word_that_is_also_a_label_stays_inside_a_name(extract):
    x = extract("The World Food Programme sent trucks, the Live Aid Trust said on Friday.")
    assert "World Food Programme" in names(x)


def test_names_in_a_link_to_another_story_need_the_story_to_name_them(extract):
    x = extract(
        "Rivers rise across the Sava basin\n\n"
        "Officials in Zagreb said the river had burst its banks on Monday.\n\n"
        "Read more: Milan Petrak wins the Adriatic Cup\n\n"
        "You might like:\nDalibor Kranjcevic wins the cup in a thriller\n"
    )
    assert {"Dalibor Kranjcevic", "Milan Petrak"}.isdisjoint(names(x))
    assert "Dalibor Kranjcevic" in names(x, confirmed=False)
    assert "Zagreb" in names(x)


def test_a_line_of_prose_after_read_is_no_link(extract):
    x = extract("Read the statement, Dalibor Kranjcevic told reporters in Zagreb on Monday.")
    assert names(x).get("Dalibor Kranjcevic") == "Person"


def test_a_headline_line_cut_at_its_colon_is_a_headline_as_a_whole():
    blank = spacy.blank("en")
    doc = blank("Border Talks: Envoys Meet Again in Tashkent\nEnvoys met on Monday: both "
                "sides said the Talks Went Well.\n")
    found = [doc[s:e].text for s, e in _headline_lines(doc)]
    assert found == ["Border Talks: Envoys Meet Again in Tashkent"]


def test_a_credit_in_brackets_names_nothing(extract):
    x = extract("Ashrafov (left) with Kovacs (Meridian Images)\n\n"
                "Temur Ashrafov met Lena Kovacs in Tashkent on Monday.\n"
                "A market in Tashkent (file photo).\n")
    assert "Meridian Images" not in names(x)
    assert names(x).get("Lena Kovacs") == "Person"


def test_two_surnames_joined_by_a_hyphen_name_a_pair_not_a_person(extract):
    x = extract("The plan, dubbed the Kellner-Orlov plan, was drafted by US envoy Mark Kellner "
                "and Russian banker Pavel Orlov.\nKellner-Orlov call\n"
                "The transcript shows Orlov urging Kellner to leak it. Ana Kamara-Sesay, a "
                "lawyer, said the leak was legal.")
    got = names(x)
    assert not any("Kellner-Orlov" in n and t != "Plan" for n, t in got.items())
    assert got.get("Ana Kamara-Sesay") == "Person"  # one person's double surname stays


def test_a_rank_before_a_name_with_a_nickname_is_no_part_of_it(extract):
    x = extract("Lt Gen Osman 'Kashta' Tahir, the army commander, arrived in Jeddah. "
                "Kashta said the talks would be hard.")
    assert "Osman Tahir" in names(x)
    assert not any(n.startswith("Lt") for n in names(x))


def test_an_arabic_name_with_a_joined_article_has_a_persons_shape():
    assert person_name_shape(["Tamim", "bin", "Hamad", "al-Thani"]) == 1
    assert person_name_shape(["Karim", "el-Masri"]) == 1
    assert person_name_shape(["Foreign", "al-Thani"]) < 1
    assert person_name_shape(["Security", "al-Council"]) == 0


def test_a_body_named_for_a_title_keeps_the_title_in_its_name(extract):
    got = names(extract("The Office of the President said Merel Daan would travel to Lisbon."))
    assert got.get("Office of the President") == "Organization"
    assert "Office of the" not in got
    got = names(extract("Staff at the Office of the Prime Minister met Joris Valk on Monday."))
    assert got.get("Office of the Prime Minister") == "Organization"
    assert got.get("Joris Valk") == "Person"
    got = names(extract("The Office of the High Commissioner said Joris Valk had left."))
    assert got.get("Office of the High Commissioner") == "Organization"


def test_a_title_then_a_person_is_no_office_name(extract):
    got = names(extract("The President of Varnia, Merel Daan, met Joris Valk on Monday."))
    assert got.get("Merel Daan") == "Person"
    assert not any(name.startswith("President") for name in got)


def test_and_with_a_hyphened_prefix_inside_a_bodys_name_keeps_it_whole(extract):
    got = names(extract("The Organisation for Trade and Co-operation in Africa sent observers, "
                        "Ilse Marren said."))
    assert got.get("Organisation for Trade and Co-operation in Africa") == "Organization"
    assert "Africa" not in got and "Organisation for Trade" not in got


def test_and_inside_a_ministrys_name_keeps_it_whole(extract):
    got = names(extract("Ana Keller, a spokeswoman for the Ministry of Mines and Energy, said "
                        "the rules would change."))
    assert got.get("Ministry of Mines and Energy") == "Organization"
    assert "Energy" not in got


@pytest.mark.parametrize("text, apart", [
    ("Varnia and Ostland signed the deal, said Merel Daan and Joris Valk.",
     {"Varnia", "Ostland", "Merel Daan", "Joris Valk"}),
    ("The UK and France backed the plan, Oskar Venn said.", {"France", "Oskar Venn"}),
    ("The Ministry of Defence in Kenya hired Oskar Venn.", {"Kenya", "Oskar Venn"}),
    ("The Council for Trade met in Europe on Monday, Oskar Venn said.", {"Europe"}),
])
def test_names_joined_by_and_or_a_place_after_in_stay_apart(extract, text, apart):
    got = names(extract(text))
    assert apart <= set(got), got


def test_a_list_of_portfolios_inside_a_ministrys_name_keeps_it_whole(extract):
    got = names(extract("Ana Keller, a spokeswoman for the Ministry of Industry, Trade and "
                        "Tourism, said the rules would change."))
    assert got.get("Ministry of Industry, Trade and Tourism") == "Organization"
    assert {"Trade", "Tourism"}.isdisjoint(got)


def test_bodies_or_places_listed_after_a_ministry_stay_apart(extract):
    got = names(extract("The Ministry of Finance, Velto Bank and Ostra Holdings signed the "
                        "deal with Varnia and Ostland."))
    assert {"Ministry of Finance", "Velto Bank", "Ostra Holdings"} <= set(got)
