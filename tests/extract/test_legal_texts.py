"""Texts a sanctions notice cites are no bodies: numbered texts, code citations, lists of
names, and a law's title with a possessive in it: sentences written for these tests."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def test_numbered_texts_and_citations_name_nothing(graph_of):
    got = entities(graph_of(
        "The office issued General License No. 12 under the regulations (31 C.F.R. Part "
        "589) and made the designations pursuant to Executive Orders 13661 and 13662. "
        "Three UN agencies and the Acme Executive Order Group welcomed it."
    ))
    for noise in ("License", "General License", "C.F.R", "C.F.R.", "Part", "Executive Orders",
                  "Orders"):
        assert noise not in got
    assert got.get("UN") == "Organization"
    assert got.get("Acme Executive Order Group") == "Organization"


def test_lists_of_names_are_no_bodies(graph_of):
    got = entities(graph_of(
        "The office added them to its List of Specially Designated Nationals and Blocked "
        'Persons (the "SDN List"). The bureau added 28 entities to its Entity List. '
        "Anna List, the mayor of Graz, spoke, and the List of Wonders Trust met."
    ))
    for noise in ("List of Specially Designated Nationals", "Blocked Persons", "Entity List",
                  "SDN List"):
        assert noise not in got
    assert got.get("Anna List") == "Person"
    assert got.get("List of Wonders Trust") == "Organization"


def test_a_laws_title_with_a_possessive_is_one_name(graph_of):
    got = entities(graph_of(
        "The notice cited a law, the Defending Norway's Fisheries Act. The court "
        "struck down South Africa's Protected Areas Act and Kenya's Finance Act."
    ))
    assert "Defending Norway" not in got
    assert got.get("Defending Norway's Fisheries Act") == "Plan"
    assert got.get("South Africa") == "Place"
    assert got.get("Kenya") == "Place"


def test_an_outlet_in_a_byline_is_no_writer(graph_of):
    got = entities(graph_of("By Harbor News\n\nThe minister spoke on Monday in Lima."))
    assert got.get("Harbor News") == "Organization"
    got = entities(graph_of("By Ana Ruiz\n\nThe minister spoke on Monday in Lima."))
    assert got.get("Ana Ruiz") == "Person"


def test_a_comma_ends_a_plans_name(graph_of):
    got = entities(graph_of(
        "Ana Roe to meet Ivo Tal, border deal proposal seen next week. The proposal was "
        "drafted by Ana Roe."
    ))
    assert not [name for name in got if name.startswith("Ivo Tal,")]
    assert got.get("Ivo Tal") == "Person"
    got = entities(graph_of("The EU-backed, 20-point peace plan was rejected by Kyiv."))
    assert got.get("20-point peace plan") == "Plan"
