"""People listed with one plural title: "A and B, both members of X", "A, B and C, all X
lawmakers", "two X executives, A and B"; each of them holds it. On sentences written for
these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "people", "predicate", "body"),
    [
        (
            "Lars Holm and Eva Dahl, both members of the Nordic Council, welcomed the vote.",
            ["Lars Holm", "Eva Dahl"], "memberOf", "Nordic Council",
        ),
        (
            "Mara Voss, Henrik Lund and Elsa Berg, all members of the Civic Front, signed "
            "the letter on Monday.",
            ["Mara Voss", "Henrik Lund", "Elsa Berg"], "memberOf", "Civic Front",
        ),
        (
            "Chen Wei and Omar Said, both Liberty Party MPs, voted against the bill.",
            ["Chen Wei", "Omar Said"], "memberOf", "Liberty Party",
        ),
        (
            "Ian Moss and Jo Kerr, two senior Calder Steel executives, met the unions.",
            ["Ian Moss", "Jo Kerr"], "memberOf", "Calder Steel",
        ),
        (
            "Kofi Mensah and Luis Prado, the Harcourt Rovers defenders, were injured.",
            ["Kofi Mensah", "Luis Prado"], "memberOf", "Harcourt Rovers",
        ),
        (
            "Lars Holm and Eva Dahl, the co-leaders of the Green Left, announced the merger.",
            ["Lars Holm", "Eva Dahl"], "leaderOf", "Green Left",
        ),
        (
            # several leaders of a party: none is its head
            "Lars Holm and Eva Dahl, senior leaders of the Green Left, defended the merger.",
            ["Lars Holm", "Eva Dahl"], "memberOf", "Green Left",
        ),
        (
            "Two Liberty Party MPs, Chen Wei and Omar Said, voted against the bill.",
            ["Chen Wei", "Omar Said"], "memberOf", "Liberty Party",
        ),
        (
            "Among those arrested were two members of the Red Dawn group, Ali Kazemi and "
            "Reza Tabari.",
            ["Ali Kazemi", "Reza Tabari"], "memberOf", "Red Dawn",
        ),
    ],
)
def test_each_person_listed_holds_the_plural_title(graph_of, text, people, predicate, body):
    graph = graph_of(text)
    got = facts(graph)
    for person in people:
        assert entities(graph)[person] == "Person"
        assert (person, predicate, body) in got
    if predicate == "leaderOf":  # the co-leaders are not also plain members
        assert not [f for f in got if f[1] == "memberOf" and f[2] == body]


def test_only_the_people_the_plural_title_follows_hold_it(graph_of):
    got = facts(graph_of(
        "Ana Reis met Lars Holm and Eva Dahl, both members of the Nordic Council, in Oslo."
    ))
    assert ("Lars Holm", "memberOf", "Nordic Council") in got
    assert ("Ana Reis", "memberOf", "Nordic Council") not in got


def test_a_former_plural_title_gives_nothing(graph_of):
    got = facts(graph_of(
        "Lars Holm and Eva Dahl, both former members of the Nordic Council, welcomed the vote."
    ))
    assert not [f for f in got if f[2] == "Nordic Council"]


def test_counterparts_of_two_countries_are_one_each(graph_of):
    got = facts(graph_of(
        "Jonas Brand, the British adviser, met his French and German counterparts, "
        "Emmanuel Vidal and Hans Maier, on Sunday."
    ))
    assert ("Emmanuel Vidal", "memberOf", "Germany") not in got


def test_a_plural_title_without_a_list_gives_nothing(graph_of):
    got = facts(graph_of(
        "Lars Holm, who met members of the Nordic Council, said the vote was close."
    ))
    assert ("Lars Holm", "memberOf", "Nordic Council") not in got


@pytest.mark.parametrize(
    ("text", "people", "predicate", "body"),
    [
        (
            "Zara Ali and Tom Reed were named co-chairs of the Coastal Trust on Monday.",
            ["Zara Ali", "Tom Reed"], "leaderOf", "Coastal Trust",
        ),
        (
            "Zara Ali was named co-chair of the Coastal Trust on Monday.",
            ["Zara Ali"], "leaderOf", "Coastal Trust",
        ),
        (
            "Mara Voss, Henrik Lund and Elsa Berg sit on the central committee of the "
            "Workers Party.",
            ["Mara Voss", "Henrik Lund", "Elsa Berg"], "memberOf", "Workers Party",
        ),
        (
            "Chen Wei and Omar Hadi both work at Calder Steel.",
            ["Chen Wei", "Omar Hadi"], "memberOf", "Calder Steel",
        ),
        (
            "Chen Wei and Omar Hadi, who both belong to the Liberty Party, voted against "
            "the bill.",
            ["Chen Wei", "Omar Hadi"], "memberOf", "Liberty Party",
        ),
        (
            "Chen Wei and Omar Hadi joined the Liberty Party in 2019.",
            ["Chen Wei", "Omar Hadi"], "memberOf", "Liberty Party",
        ),
    ],
)
def test_people_joined_by_and_share_the_verbs_role(graph_of, text, people, predicate, body):
    got = facts(graph_of(text))
    for person in people:
        assert (person, predicate, body) in got


def test_a_relative_clause_after_one_name_is_that_names(graph_of):
    got = facts(graph_of(
        "Chen Wei, who works for Calder Steel, and Omar Hadi, who works for Ardmore Bank, "
        "met on Monday."
    ))
    assert ("Chen Wei", "memberOf", "Calder Steel") in got
    assert ("Omar Hadi", "memberOf", "Ardmore Bank") in got
    assert ("Omar Hadi", "memberOf", "Calder Steel") not in got
    assert ("Chen Wei", "memberOf", "Ardmore Bank") not in got


def test_joining_talks_or_an_office_is_no_membership(graph_of):
    got = facts(graph_of(
        "Chen Wei joined the Geneva talks on Monday. Omar Hadi joined Calder Steel as chief "
        "executive in 2019."
    ))
    assert ("Omar Hadi", "memberOf", "Calder Steel") not in got
    assert not [f for f in got if f[0] == "Chen Wei" and f[1] == "memberOf"]


def test_an_age_set_off_after_a_name_marks_a_person(graph_of):
    graph = graph_of(
        "Gaston Mbeki, 68, a longtime stalwart of the Popular Alliance, won the primary."
    )
    assert entities(graph)["Gaston Mbeki"] == "Person"
    assert ("Gaston Mbeki", "memberOf", "Popular Alliance") in facts(graph)


def test_two_people_named_before_of_a_body_are_both_of_it(graph_of):
    got = facts(graph_of(
        "Daniel Frost and Amy Kerr of Beacon Restructuring Partners were appointed "
        "administrators."
    ))
    assert ("Daniel Frost", "memberOf", "Beacon Restructuring Partners") in got
    assert ("Amy Kerr", "memberOf", "Beacon Restructuring Partners") in got


def test_a_titled_name_before_another_of_a_body_is_not_of_it(graph_of):
    got = facts(graph_of("President Ana Ruiz and Amy Kerr of the Liberty Party met on Monday."))
    assert ("Amy Kerr", "memberOf", "Liberty Party") in got
    assert ("Ana Ruiz", "memberOf", "Liberty Party") not in got


@pytest.mark.parametrize("text", [
    "The Commission chief appointed six vice-presidents, including Italy's Marco Fontana and "
    "Finland's Aino Virtanen.",
    "The party elected two deputy leaders, including Italy's Marco Fontana.",
])
def test_deputies_listed_by_country_lead_no_country(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p == "leaderOf" for _, p, _ in got)


def test_leaders_listed_by_country_lead_it(graph_of):
    got = facts(graph_of(
        "European leaders gathered in Rome, including Italy's Marco Fontana and Finland's "
        "Aino Virtanen."))
    assert ("Marco Fontana", "leaderOf", "Italy") in got
