"""Titles of envoys and sports officials written in shapes the parser reads oddly: two
capitalised titles joined after a name's comma ("X, Ruritanian Ambassador and Permanent
Representative to the UN,"). On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Pavel Dravinsky, Russian Ambassador and Permanent Representative to the UN, said "
         "the text was flawed.", ("Pavel Dravinsky", "memberOf", "Russia")),
        ("Hana Ribe, Ambassador and Permanent Representative of Chile to the UN, said the "
         "text was flawed.", ("Hana Ribe", "memberOf", "Chile")),
        ("Pavel Dravinsky, Ambassador and Permanent Representative of Chile to the UN, and "
         "Ana Roe, Ambassador of Peru, spoke.", ("Pavel Dravinsky", "memberOf", "Chile")),
    ],
)
def test_two_joined_titles_after_a_name_are_the_name_s(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised title alone after the comma is the next name's style
        "The envoy met Ana Roe, President Lula and Minister Bo Lin in Lima on Monday.",
        "The delegation included Ana Roe, Governor Bo Lin and Mayor Ted Ruiz of Peru.",
    ],
)
def test_styles_of_listed_names_are_not_the_first_name_s(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence))
                if f[0] == "Ana Roe" and f[1] in {"memberOf", "leaderOf"}}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The decision covers Ivan Petrov in his capacity as president of the Volga Rowing "
         "Federation.", ("Ivan Petrov", "leaderOf", "Volga Rowing Federation")),
        ("Ivan Petrov, in his capacity as chairman of the Volga Rowing Federation, signed the "
         "letter.", ("Ivan Petrov", "leaderOf", "Volga Rowing Federation")),
        ("The ban covers Ivan Petrov in his capacity as NOC executive board member.",
         ("Ivan Petrov", "memberOf", "NOC")),
    ],
)
def test_a_capacity_the_name_acts_in_is_its_office(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivan Petrov spoke in his capacity as a private citizen of the Volga Rowing Federation.",
        "In 2015 Ivan Petrov acted in his capacity as president of the Volga Rowing Federation.",
        "Ivan Petrov criticised the plan in his capacity as former president of the Volga "
        "Rowing Federation.",
        "The letter, signed in his capacity as president of the Volga Rowing Federation, "
        "reached Ivan Petrov.",
    ],
)
def test_capacities_of_no_office_now_or_no_name_give_none(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence))
                if f[0] == "Ivan Petrov" and f[2] == "Volga Rowing Federation"}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Karl Brenner is a lawyer who works as the General Secretary of the Alpine Ski "
         "Federation.", ("Karl Brenner", "memberOf", "Alpine Ski Federation")),
        ("Karl Brenner, a lawyer who serves as president of the Alpine Ski Federation, said "
         "the vote was fair.", ("Karl Brenner", "leaderOf", "Alpine Ski Federation")),
    ],
)
def test_an_office_held_as_told_of_a_description_is_the_name_s(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Brenner was a lawyer who works as the General Secretary of the Alpine Ski "
        "Federation.",
        "Karl Brenner met a lawyer who works as the General Secretary of the Alpine Ski "
        "Federation.",
    ],
)
def test_an_office_of_a_description_not_the_name_s_now_gives_none(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence)) if f[0] == "Karl Brenner"}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("A Rowing Federation delegation, led by president Ole Brekke, arrived in Lima.",
         ("Ole Brekke", "leaderOf", "Rowing Federation")),
        ("The Kenyan delegation was led by Vice President Ole Brekke.",
         ("Ole Brekke", "memberOf", "Kenya")),
        ("The IMF mission, led by economist Ole Brekke, arrived in Lima.",
         ("Ole Brekke", "memberOf", "IMF")),
    ],
)
def test_the_title_of_a_delegation_s_leader_says_his_post_in_its_body(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


def test_a_title_no_longer_held_leads_only_the_delegation(graph_of):
    got = facts(graph_of(
        "A Rowing Federation delegation, led by former president Ole Brekke, arrived in Lima."))
    assert ("Ole Brekke", "leaderOf", "Rowing Federation") not in got
    assert ("Ole Brekke", "memberOf", "Rowing Federation") in got


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Marco Ruiz, director of IOC relations with national committees, said the ban stood.",
         ("Marco Ruiz", "memberOf", "IOC")),
        ("Marco Ruiz, head of FIFA communications, said the ban stood.",
         ("Marco Ruiz", "memberOf", "FIFA")),
    ],
)
def test_the_head_of_a_body_s_function_named_after_it_is_its_member(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Marco Ruiz, director of Kenya operations, said the ban stood.",
        "Marco Ruiz, the former director of FIFA communications, said the ban stood.",
    ],
)
def test_functions_of_a_place_or_left_give_no_member(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence)) if f[0] == "Marco Ruiz"}


def test_a_delegation_led_by_a_unit_s_head_is_led_by_one_of_its_country(graph_of):
    got = facts(graph_of("Foreign Minister Hana Liss met the Israeli delegation, led by "
                         "intelligence chief Eitan Mizrahi."))
    assert ("Eitan Mizrahi", "leaderOf", "Israel") not in got


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Ivan Petrov, in his role as chairman of the Volga Rowing Federation, signed the "
         "letter.", ("Ivan Petrov", "leaderOf", "Volga Rowing Federation")),
        ("In his role as president of the Volga Rowing Federation, Ivan Petrov signed the "
         "letter.", ("Ivan Petrov", "leaderOf", "Volga Rowing Federation")),
        ("In his capacity as president of the Volga Rowing Federation, Ivan Petrov signed the "
         "letter.", ("Ivan Petrov", "leaderOf", "Volga Rowing Federation")),
        ("Ivan Petrov, in his role as deputy chairman of the Volga Rowing Federation, signed "
         "the letter.", ("Ivan Petrov", "memberOf", "Volga Rowing Federation")),
    ],
)
def test_a_role_the_name_acts_in_is_its_office(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivan Petrov, in his former role as chairman of the Volga Rowing Federation, signed "
        "the letter.",
        "In his former role as president of the Volga Rowing Federation, Ivan Petrov signed "
        "the letter.",
        "Ivan Petrov, in his role as chairman of the Volga Rowing Federation in 2015, signed "
        "the letter.",
        "In his role as president of the Volga Rowing Federation, the founder met Ivan Petrov.",
        "Ivan Petrov, in his role as a mediator, wrote to the Volga Rowing Federation.",
    ],
)
def test_roles_of_no_office_now_or_of_another_give_none(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence))
                if f[0] == "Ivan Petrov" and f[1] == "leaderOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Berger will give up his current role as chairman of Medora Holdings in December.",
        "Olaf Berger is stepping down from his position as chief executive of Medora Holdings.",
        "Olaf Berger plans to relinquish his role as chairman of Medora Holdings next year.",
        "Olaf Berger took up his post as chief executive of Medora Holdings in May.",
        "Olaf Berger will keep his role as chairman of Medora Holdings after the merger.",
        "Olaf Berger is leaving his job as chief executive of Medora Holdings.",
    ],
)
def test_a_post_still_held_as_it_is_given_up_or_taken(graph_of, sentence):
    assert ("Olaf Berger", "leaderOf", "Medora Holdings") in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Berger gave up his role as chairman of Medora Holdings last year.",
        "Olaf Berger stepped down from his post as chief executive of Medora Holdings in May.",
        "Olaf Berger would give up his role as chairman of Medora Holdings if the deal failed.",
        "Olaf Berger will give up his former role as chairman of Medora Holdings.",
        "Olaf Berger will not keep his role as chairman of Medora Holdings.",
        "In 2019 Olaf Berger took up his post as chief executive of Medora Holdings.",
        "Olaf Berger has left his job as chief executive of Medora Holdings.",
    ],
)
def test_a_post_given_up_already_or_not_now_gives_none(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence))
                if f[0] == "Olaf Berger" and f[2] == "Medora Holdings"}
