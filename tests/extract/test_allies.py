"""Allies named by the noun "ally": "X and its ally Y", "a close ally of Y", "Another Y ally,
X", on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _allies(got):
    return {frozenset((s, o)) for s, p, o in got if p == "allyOf"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Any deal needs the backing of the Kestrel Front and its ally Omar Dell, the speaker.",
     ("Omar Dell", "Kestrel Front")),
    ("Norway and its ally Denmark held drills near the border.", ("Denmark", "Norway")),
    ("Mr Omar Dell is head of the Amal Party and has been a close ally of the Kestrel Front "
     "since 1990.", ("Omar Dell", "Kestrel Front")),
    ("Another Kestrel Front ally, Elie Farro, is a leading candidate for deputy speaker.",
     ("Elie Farro", "Kestrel Front")),
    ("Omar Dell, a close ally of the Kestrel Front, won the vote.",
     ("Omar Dell", "Kestrel Front")),
])
def test_an_ally_named_beside_whose_ally_it_is(graph_of, text, pair):
    assert frozenset(pair) in _allies(facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "The Kestrel Front and its allies stormed the capital in 2008.",  # no ally named
    "The Senate's allies in the House, led by Speaker Tom Vell, blocked the bill.",
    "Omar Dell said the Kestrel Front had no allies left.",
])
def test_no_ally_without_a_name_for_it(graph_of, text):
    assert not _allies(facts(graph_of(text)))


def test_its_or_their_ally_is_of_the_owner_named_just_before(graph_of):
    got = facts(graph_of(
        "Foreign Minister Aiko Mori, Velmoria's Dan Obi and Ostland's Lin Wei held talks on "
        "Monday, amid Ostland's military build-up and Kesh and Velmoria's deepening ties with "
        "Arland, their mutual ally."))
    allies = {frozenset((s, o)) for s, p, o in got if p == "allyOf"}
    assert frozenset(("Kesh", "Arland")) in allies
    assert frozenset(("Velmoria", "Arland")) in allies
    assert not any({"Aiko Mori", "Dan Obi", "Lin Wei"} & pair for pair in allies)


@pytest.mark.parametrize("text", [
    "The Green Front, once the Unity Party's ally, won 30 seats on Sunday.",
    "The Green Front, a former ally of the Unity Party, won 30 seats.",
    "The Green Front and the Unity Party were allies until 2019.",
])
def test_an_ally_no_longer_is_none(graph_of, text):
    assert not _allies(facts(graph_of(text)))


@pytest.mark.parametrize(("text", "pair"), [
    ("The Velland Party's coalition partner, the Korvo Party, said it would stay.",
     ("Korvo Party", "Velland Party")),
    ("The Korvo Party, the Velland Party's junior coalition partner, threatened to quit.",
     ("Korvo Party", "Velland Party")),
    ("The Velland Party and its coalition partner, the Korvo Party, backed the budget.",
     ("Korvo Party", "Velland Party")),
    ("The Korvo Party is a coalition partner of the Velland Party.",
     ("Korvo Party", "Velland Party")),
])
def test_a_coalition_partner_is_an_ally(graph_of, text, pair):
    assert frozenset(pair) in _allies(facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "The Korvo Party is a possible coalition partner of the Velland Party.",
    "The Korvo Party, a former coalition partner of the Velland Party, threatened to quit.",
    "Ana Roe ruled out the Korvo Party as a coalition partner for the Velland Party.",
    "Velora Group's business partner, the Tarsk Steel Company, said no.",
])
def test_no_ally_in_a_partner_to_be_a_past_one_or_a_business_one(graph_of, text):
    assert not _allies(facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "President Joseph Tembe named key political ally Sipho Dube as minister of mining.",
    "President Joseph Tembe appointed close ally Sipho Dube as finance minister.",
])
def test_an_ally_chosen_by_name_is_the_choosers(graph_of, text):
    assert frozenset(("Sipho Dube", "Joseph Tembe")) in _allies(facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    # another's ally, a former one, or an ally of a body's choosing
    "President Joseph Tembe named Sipho Dube's ally Ana Roe as minister of mining.",
    "President Joseph Tembe named a former ally, Sipho Dube, as minister of mining.",
    "President Joseph Tembe criticised key ally Sipho Dube on Monday.",
])
def test_no_ally_of_the_chooser_where_another_owns_it(graph_of, text):
    assert frozenset(("Sipho Dube", "Joseph Tembe")) not in _allies(facts(graph_of(text)))
