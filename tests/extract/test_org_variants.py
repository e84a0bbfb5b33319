"""An organisation called by a shorter name, a newspaper's spelling of its acronym, or with its
country, is one node; on the real model."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def _names(graph) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.alt_labels} for e in graph.entities}


def test_a_club_is_also_called_by_its_town_and_by_its_last_word(graph_of):
    g = graph_of("Harbury United beat Dunmore Athletic 2-1 on Saturday. Harbury coach Ian Vale "
                 "said the win was deserved. United's captain, Tom Reese, scored twice.")
    names = _names(g)
    assert names["Harbury United"] == {"Harbury United", "Harbury", "United"}
    assert "Dunmore Athletic" in names


def test_a_club_s_name_without_its_kind_is_the_club(graph_of):
    g = graph_of("The Kestrel Racing Club said jockey Amy Dunn was banned. The club's chairman, "
                 "Ben Holt, said Dunn would appeal. Kestrel said the ban was unfair.")
    assert entities(g).get("Kestrel Racing Club") == "Organization"
    assert _names(g)["Kestrel Racing Club"] == {"Kestrel Racing Club", "Kestrel"}


def test_a_town_of_a_club_s_name_stays_the_town(graph_of):
    g = graph_of("Harbury United lost again. Fans in the town of Harbury said the manager "
                 "should go.")
    assert entities(g).get("Harbury") == "Place"


def test_two_clubs_sharing_a_last_word_leave_it_to_neither(graph_of):
    g = graph_of("Harbury United beat Dunmore United 2-1. United were the better side.")
    names = _names(g)
    assert names["Harbury United"] == {"Harbury United"}
    assert names["Dunmore United"] == {"Dunmore United"}


def test_an_acronym_written_as_a_word_is_the_acronym_the_article_defines(graph_of):
    g = graph_of("The Kenyan Anti-Doping Agency (ADAK) was declared non-compliant. Adak "
                 "said it would appeal.")
    # one entity, which the acronym in both its spellings names too
    assert _names(g) == {"Kenyan Anti-Doping Agency": {"Kenyan Anti-Doping Agency", "ADAK",
                                                       "Adak"}}


def test_a_word_that_only_spells_like_an_acronym_stays_a_name(graph_of):
    g = graph_of("The Kenyan Anti-Doping Agency (ADAK) was declared non-compliant. Dr. Adok "
                 "said it would appeal.")
    assert entities(g).get("Adok") == "Person"


def test_a_name_joined_by_the_persian_vowel_stays_whole_and_its_acronym_joins_it(graph_of):
    g = graph_of("Khan's party, the PTI, said it would appeal. Pakistan Tehreek-e-Insaf (PTI) "
                 "leaders gathered. Lashkar-e-Taiba denied it.")
    names = _names(g)
    assert names.get("Pakistan Tehreek-e-Insaf") == {"Pakistan Tehreek-e-Insaf", "PTI"}
    assert "Lashkar-e-Taiba" in names and "Insaf" not in names and "PTI" not in names
