"""A country's body named by a common noun ("Ukraine's parliament", "the Danish
parliament") is an organisation, and one node with the body's own name where an article
puts the two side by side; on the real model."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _names(graph) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.alt_labels} for e in graph.entities}


def test_a_country_s_parliament_is_an_organisation(graph_of):
    g = graph_of("Ukraine's parliament voted on Tuesday to dismiss Defence Minister Petro "
                 "Valko. The Portuguese parliament approved the budget on Friday.")
    found = entities(g)
    assert found.get("Ukraine's parliament") == "Organization"
    assert found.get("Portuguese parliament") == "Organization"
    assert found.get("Ukraine") == "Place"  # the owner stays a name of its own


def test_a_legislature_of_a_country_in_lower_case(graph_of):
    g = graph_of("Lawmakers in the Iranian legislature objected to the bill on Sunday.")
    assert entities(g).get("Iranian legislature") == "Organization"


def test_a_parliament_of_no_named_country_is_no_body(graph_of):
    g = graph_of("The country's parliament voted on Tuesday. Lawmakers left for the summer "
                 "after a long session in the regional parliament.")
    assert not [label for label in entities(g) if "parliament" in label.lower()]


def test_a_government_of_a_country_stays_no_body(graph_of):
    g = graph_of("The Danish government said on Monday that talks would resume.")
    assert "Danish government" not in entities(g)


def test_a_body_s_name_beside_its_description_is_one_node(graph_of):
    g = graph_of("Ukraine's parliament, the Halvard Sejm, voted to dismiss Petro Valko. "
                 "The Halvard Sejm will meet again on Friday.")
    names = _names(g)
    assert names["Halvard Sejm"] >= {"Halvard Sejm", "Ukraine's parliament"}
    assert "Ukraine's parliament" not in entities(g)


def test_a_description_after_a_body_s_name_joins_it(graph_of):
    g = graph_of("Valko addressed a joint sitting of the Stortvald, the Norwegian parliament, "
                 "on Wednesday.")
    assert "Norwegian parliament" in _names(g).get("Stortvald", set())


def test_the_description_joins_the_name_in_another_article(graph_of):
    g = graph_of("Ukraine's parliament, the Halvard Sejm, voted to dismiss Petro Valko.",
                 "Ukraine's parliament is setting up a working group, said Olena Marchuk, a "
                 "member of the Halvard Sejm.")
    bodies = [label for label, kind in entities(g).items() if kind == "Organization"]
    assert bodies == ["Halvard Sejm"]


def test_a_list_of_bodies_is_no_apposition(graph_of):
    g = graph_of("Delegates from Ukraine's parliament, the Halvard Institute and Kestrel Bank "
                 "met in Geneva.")
    names = _names(g)
    assert "Ukraine's parliament" not in names.get("Halvard Institute", set())


def test_a_list_with_a_comma_before_and_is_no_apposition(graph_of):
    g = graph_of("Delegates from Ukraine's parliament, the Halvard Institute, and Kestrel Bank "
                 "met in Geneva.")
    names = _names(g)
    assert "Ukraine's parliament" not in names.get("Halvard Institute", set())


def _speaker_of(graph, words: str) -> str | None:
    labels = {e.key: e.label for e in graph.entities}
    return next((labels[graph.entity_of[q.speaker]] for q in graph.quotes
                 if words in q.text and q.speaker), None)


def test_a_body_named_by_its_kind_is_the_one_the_article_named(graph_of):
    g = graph_of("Chile's presidential office denied the report on Monday. \"We never said "
                 "that,\" the presidential office said in a statement.")
    assert _speaker_of(g, "We never said") == "Chile's presidential office"


def test_a_kind_after_a_capitalised_name_of_the_body(graph_of):
    g = graph_of("The Chinese Foreign Ministry summoned the envoy. \"This is unacceptable,\" "
                 "the foreign ministry said.")
    assert _speaker_of(g, "This is unacceptable") == "Chinese Foreign Ministry"


def test_a_kind_of_two_countries_bodies_is_no_one_s(graph_of):
    g = graph_of("Peru's foreign ministry and Chile's foreign ministry met. \"We agree,\" the "
                 "foreign ministry said.")
    assert _speaker_of(g, "We agree") is None


def test_a_kind_beside_a_body_of_the_kind_named_otherwise_is_no_one_s(graph_of):
    g = graph_of("Mirko Halvik, the governor of the Croatian National Bank, spoke after "
                 "Latvia's central bank chief Aldis Berzs. Halvik joined the central bank in "
                 "1997. \"Rates will stay,\" the central bank said.")
    assert _speaker_of(g, "Rates will stay") is None


def test_a_kind_the_article_names_for_no_country_is_no_body(graph_of):
    g = graph_of("\"Two drones were shot down,\" the defence ministry said on Sunday.")
    assert not [label for label in entities(g) if "ministry" in label.lower()]


def test_the_president_s_office_is_the_presidential_office(graph_of):
    g = graph_of("President Ilko Varga named Petra Sand head of the Presidential Office on "
                 "Monday. Sand replaces Oren Falk, who led the President's Office for a year.")
    bodies = [label for label, kind in entities(g).items() if kind == "Organization"]
    assert len(bodies) == 1 and "Office" in bodies[0]


def test_the_prime_minister_s_office_stays_apart(graph_of):
    g = graph_of("The Presidential Office and the Prime Minister's Office issued a joint "
                 "statement on Monday.")
    bodies = [label for label, kind in entities(g).items() if kind == "Organization"]
    assert len(bodies) == 2


def test_the_office_a_person_heads_is_a_body(graph_of):
    g = graph_of("Talks were led by Andriy Tal, head of President Ivan Marko's office.")
    assert entities(g).get("Marko's office") == "Organization"
    assert entities(g).get("Ivan Marko") == "Person"
    assert ("Andriy Tal", "leaderOf", "Marko's office") in facts(g)


def test_an_office_speaking_for_a_person_is_no_body_of_its_own(graph_of):
    g = graph_of("Prime Minister Avram Keler will visit Rome, Keler's office said.")
    assert "Keler's office" not in entities(g)


def test_an_office_of_a_person_before_another_noun_is_no_body(graph_of):
    g = graph_of("Lina Roth, head of Avram Keler's office staff, resigned on Monday.")
    assert "Keler's office" not in entities(g)


def test_a_body_owned_by_a_capital_is_its_country_s_and_no_part_of_the_city(graph_of):
    g = graph_of("The three defense chiefs agreed to meet in person next month, Seoul's "
                 "defense ministry said on Thursday.")
    assert entities(g).get("South Korea's defense ministry") == "Organization"
    assert ("South Korea's defense ministry", "partOf", "Seoul") not in facts(g)


def test_a_city_that_is_no_capital_owns_no_country_s_body(graph_of):
    g = graph_of("Officials said on Thursday that Busan's defense ministry office would "
                 "close.")
    assert not [label for label in entities(g) if "Korea" in label]
