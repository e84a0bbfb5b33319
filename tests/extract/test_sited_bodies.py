"""Where a body is: "X, a golf club in Y"; and places that state no nesting: a list of
countries, a career step taken somewhere."""

import pytest

from .helpers import entities, facts


def located(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(graph) if p == "locatedIn"}


@pytest.mark.parametrize(("text", "fact"), [
    ("The talks at Marlow Bay, a golf club in Dunmore Beach owned by Ana Roe's family, "
     "lasted four hours.", ("Marlow Bay", "Dunmore Beach")),
    ("Velka Motors, the largest carmaker in Tessa, said profits fell.", ("Velka Motors", "Tessa")),
    ("She ran Orvane Bank, a lender in the city of Tessa, for a decade.", ("Orvane Bank", "Tessa")),
])
def test_a_body_described_as_a_kind_in_a_place(graph_of, text, fact):
    assert fact in located(graph_of(text))


@pytest.mark.parametrize("text", [
    # where a career step was taken is not where the body is
    "Piet Sorensen, who joined Velka Motors in France in 1986, ran its European business.",
    "Ana Roe left Orvane Bank in Kenya last year.",
    # a place set apart by commas says where something happened
    "He joined Velka Motors, a carmaker, in France in 2019.",
    # countries listed are not inside one another
    "The resolution passed with three abstentions (China, Pakistan, Russian Federation).",
    "The records showed the grandparents were born in Argentina, Brazil, the Netherlands or "
    "Spain.",
])
def test_no_location_stated(graph_of, text):
    assert not located(graph_of(text))


def test_a_city_and_its_state_still_nest(graph_of):
    assert ("Houston", "Texas") in located(graph_of(
        "Pacific Marine of Houston, Texas, said on Monday profits fell."
    ))


@pytest.mark.parametrize(("text", "fact"), [
    ("Tallycart Payments, a Singapore-based billing partner, said it had not been told.",
     ("Tallycart Payments", "Singapore")),
    ("Orvane Communications, a Lagos-based carrier, denied the report.",
     ("Orvane Communications", "Lagos")),
])
def test_a_company_named_by_its_trade_word_is_a_body_in_its_base(graph_of, text, fact):
    g = graph_of(text)
    assert fact in located(g)
    assert {e.label: e.type for e in g.entities}[fact[0]] == "Organization"


@pytest.mark.parametrize(("text", "fact"), [
    ("London-based Harrow Mills said profits rose.", ("Harrow Mills", "London")),
    ("The Brussels-based ERDS said the rules were clear.", ("ERDS", "Brussels")),
    ("The Calgary company Velmora Energy said profits rose.", ("Velmora Energy", "Calgary")),
])
def test_a_body_named_right_after_its_seat(graph_of, text, fact):
    assert fact in located(graph_of(text))


@pytest.mark.parametrize("text", [
    "London-based analyst Jane Harlow said profits rose.",
    "The London-based Jane Harlow said profits rose.",
])
def test_a_person_based_in_a_city_is_no_body_there(graph_of, text):
    got = graph_of(text)
    assert not located(got)
    assert entities(got)["Jane Harlow"] == "Person"
