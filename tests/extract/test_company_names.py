"""Two-word names of firms that look like people's ("Harrow Mills", "Elliot Investors"): the
trade in the name or an organ of the company before it makes them companies. Sentences written
for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daniel Frost of Littlejohn Advisory was appointed administrator.",
         "Littlejohn Advisory"),
        ("Elliot Investors has built a 5 percent stake in Vantor.", "Elliot Investors"),
        ("Harrow Mills said profits fell. The board of Harrow Mills rejected the bid.",
         "Harrow Mills"),
        ("Shareholders of Calder Hughes approved the merger on Monday.", "Calder Hughes"),
    ],
)
def test_a_firms_trade_or_organs_make_a_two_word_name_a_company(graph_of, text, name):
    assert entities(graph_of(text))[name] == "Organization"


def test_the_board_of_a_persons_company_leaves_the_person_a_person(graph_of):
    got = entities(graph_of("The board of Ana Roe's company met on Monday."))
    assert got["Ana Roe"] == "Person"


def test_a_stock_ticker_names_no_company(graph_of):
    graph = graph_of("Corvane Ltd (ASX: CVN) said profit rose. Chief executive Kevin Marsh said "
                     "costs fell. Halvex Euronext (NYSE:HVX) shares were unchanged.")
    named = entities(graph)
    assert not {"CVN", "ASX", "HVX", "NYSE"} & set(named)
    assert ("Kevin Marsh", "leaderOf", "Corvane Ltd") in facts(graph)


@pytest.mark.parametrize("text, firm", [
    ("Drugmaker Pfizer said the trial succeeded.", "Pfizer"),
    ("Chipmaker Nordvik said sales rose.", "Nordvik"),
])
def test_a_kind_of_company_opening_a_sentence_is_no_part_of_its_name(graph_of, text, firm):
    assert entities(graph_of(text)).get(firm) == "Organization"


def test_a_firm_the_tagger_read_as_an_adjective_before_its_officer(graph_of):
    got = facts(graph_of("Xilinx president and CEO Victor Peng said the deal would close."))
    assert ("Victor Peng", "leaderOf", "Xilinx") in got


def test_a_people_s_adjective_before_a_title_names_no_firm(graph_of):
    got = entities(graph_of("Muslim leader Amina Yusuf said the deal would close."))
    assert "Muslim" not in got


def test_a_firm_named_with_its_kind_first_is_an_organisation(graph_of):
    got = entities(graph_of(
        "The union said the offer from Minera Cordillana, which runs the mine, fell short. "
        "Minera Cordillana said its offer was fair. Grupo Tavessa later bought Banco Pampilla."
    ))
    assert got.get("Minera Cordillana") == "Organization"
    assert got.get("Grupo Tavessa") == got.get("Banco Pampilla") == "Organization"
