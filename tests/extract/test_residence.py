"""Where people live and were born: home towns, residents, natives, births; an office is no home."""

import pytest

from .helpers import facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, 50, of Dunmore, Tenn., was hurt in the crash.", ("Ana Roe", "livesIn", "Dunmore")),
    ("Atlanta businessman Neil Ostrow said he would sell.", ("Neil Ostrow", "livesIn", "Atlanta")),
    ("Neil Ostrow, a Denver lawyer, filed the suit.", ("Neil Ostrow", "livesIn", "Denver")),
    ("Neil Ostrow, a lawyer in Denver, filed the suit.", ("Neil Ostrow", "livesIn", "Denver")),
    ("Lena Oster grew up in Dunmore, her hometown.", ("Lena Oster", "livesIn", "Dunmore")),
    ("Carl Dunne died at his home in suburban Denver on Monday.",
     ("Carl Dunne", "livesIn", "Denver")),
    ("Lena Oster, a native of Dunmore, Minn., sang.", ("Lena Oster", "bornIn", "Dunmore")),
    ("Carl Dunne was born in Pell Falls, Ore., in 1907.", ("Carl Dunne", "bornIn", "Pell Falls")),
    ("Born in Dunmore, Lena Oster moved to Paris at 17.", ("Lena Oster", "bornIn", "Dunmore")),
    ("Illinois-born Carl Dunne was an actor.", ("Carl Dunne", "bornIn", "Illinois")),
    ("The fair began after Denver native Carl Dunne's film came out.",
     ("Carl Dunne", "bornIn", "Denver")),
    ("Carl Dunne watched the vote in his native Austria.", ("Carl Dunne", "bornIn", "Austria")),
    ("Ana Roe, who is from Denver, won the race.", ("Ana Roe", "livesIn", "Denver")),
    ("Carl Dunne, an electronics technician from Denver, spoke.",
     ("Carl Dunne", "livesIn", "Denver")),
    ("Illinois born Carl Dunne was an actor.", ("Carl Dunne", "bornIn", "Illinois")),
    ("In 1936, singer Carl Dunne was born Carl Dunnewitz in Lubbock, Texas.",
     ("Carl Dunnewitz", "bornIn", "Lubbock")),
])
def test_a_home_or_a_birthplace(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_surname_taken_for_a_firm_still_has_a_home(graph_of):
    text = "Ana Roe was shot dead by Tom Hale on Monday. Hale, a lawyer in Denver, spoke."
    assert ("Tom Hale", "livesIn", "Denver") in facts(graph_of(text))


def test_an_organisation_has_no_home(graph_of):
    got = facts(graph_of("Velora Group, who lives in Denver, said no."))
    assert not {f for f in got if f[1] == "livesIn"}


def test_born_in_one_place_and_living_in_another(graph_of):
    got = facts(graph_of("Ana Roe, who was born in Lagos and lives in Paris, runs Velora Group."))
    assert {("Ana Roe", "bornIn", "Lagos"), ("Ana Roe", "livesIn", "Paris")} <= got


def test_a_place_in_a_place_stays_a_place_of_the_person_too(graph_of):
    got = facts(graph_of("Ana Roe, 50, of Dunmore, Tenn., was hurt in the crash."))
    assert ("Dunmore", "locatedIn", "Tenn") in got


@pytest.mark.parametrize("text", [
    "President Ana Roe of Ruritania spoke on Monday.",  # an office, read by the roles
    "Ana Roe of Ruritania's foreign ministry spoke on Monday.",  # a body, not a home
    "Ana Roe of Denver-based Velora Group said it would appeal.",
    "Carl Dunne flew from Atlanta to Denver on Monday.",
    "Atlanta's mayor, Neil Ostrow, spoke.",
    "Lena Oster wants to live in Denver.",
    "Carl Dunne, an envoy from Japan, spoke.",  # an office
    "The letter from Denver reached Ana Roe.",
])
def test_no_home_where_none_is_stated(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] in {"livesIn", "bornIn"}}


def test_a_wish_to_live_somewhere_is_no_home_yet(graph_of):
    g = graph_of("Lena Oster wants to live in Denver.")
    assert ("Lena Oster", "livesIn", "Denver") in facts(g, "desired")


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, a Velmar native, said the river rose.", ("Ana Roe", "bornIn", "Velmar")),
    ("Tom Hale won easily in his native South Carolina.",
     ("Tom Hale", "bornIn", "South Carolina")),
])
def test_a_native_of_a_place_named_before_the_word(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_company_of_a_place_was_born_nowhere(graph_of):
    got = facts(graph_of("Velora Group, a Velmar company, said the river rose."))
    assert not {f for f in got if f[1] in {"bornIn", "livesIn"}}


def test_a_name_after_a_persons_age_and_of_is_a_home_town(graph_of):
    got = facts(graph_of("Dan Sullivan, 30, of Kestrel, went down to help."))
    assert ("Dan Sullivan", "livesIn", "Kestrel") in got


@pytest.mark.parametrize(("text", "body"), [
    ("Ulf Merbold, 47, of VSA was chosen for the mission.", "VSA"),
    ("Ulf Merbold, 47, of Harbrook Mining was chosen for the mission.", "Harbrook Mining"),
])
def test_an_organisation_after_a_persons_age_stays_one(graph_of, text, body):
    got = facts(graph_of(text))
    assert ("Ulf Merbold", "memberOf", body) in got
    assert not {f for f in got if f[1] == "livesIn"}


@pytest.mark.parametrize(("text", "fact"), [
    # the parser hangs the name on the country inside the description before it
    ("In 1872, the 30th president of the Republic of Ostland, Carl Dunne, was born in "
     "Pell Falls, Ore.", ("Carl Dunne", "bornIn", "Pell Falls")),
    # a heading the parser makes a second subject of "born"
    ("Today's Highlight in History: On Jan. 8, 1935, singer Carl Dunne was born in Tupelo, "
     "Miss.", ("Carl Dunne", "bornIn", "Tupelo")),
])
def test_a_birth_of_a_person_described_before_the_name(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_name_beside_another_persons_name_is_not_the_one_born(graph_of):
    got = facts(graph_of("The wife of Sen. Tom Hale, Ana Roe, was born in Denver."))
    assert ("Tom Hale", "bornIn", "Denver") not in got
