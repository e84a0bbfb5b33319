"""Stances and authorship told in a second breath, on sentences written for these tests
(invented names): signers listed as "A of X and B of Y", "I will oppose it" in the speaker's
own quoted words, "welcomed the result" of a vote just told, "the agreements A brokered"."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_UNVEILED = "The government unveiled the Clean Rivers Bill on Monday. "


def test_both_titled_signers_with_their_countries_sign(graph_of):
    got = facts(graph_of(
        "President Tomas Velkov of Moravia and Prime Minister Aino Saarela of Kareland signed "
        "the Brno Declaration on Monday."))
    assert ("Tomas Velkov", "supports", "Brno Declaration") in got
    assert ("Aino Saarela", "supports", "Brno Declaration") in got


def test_a_place_joined_after_of_is_no_signer(graph_of):
    got = facts(graph_of(
        "President Tomas Velkov of Moravia and Kareland signed the Brno Declaration on Monday."))
    assert ("Tomas Velkov", "supports", "Brno Declaration") in got
    assert not any(s == "Kareland" and p == "supports" for s, p, o in got), got


@pytest.mark.parametrize("quote", [
    '"I will strongly oppose it," Senator Dana Rosvall said.',
    '"If the bill reaches the floor, I will strongly oppose it," Senator Dana Rosvall said.',
    '"If it comes to a vote, we will vote against it," Senator Dana Rosvall said.',
])
def test_the_speaker_s_own_quoted_stance_on_it(graph_of, quote):
    got = facts(graph_of(_UNVEILED + quote))
    assert ("Dana Rosvall", "opposes", "Clean Rivers Bill") in got


@pytest.mark.parametrize("quote", [
    '"If they drop the tax, I will support it," Senator Dana Rosvall said.',
    '"If the bill comes with guarantees, I will support it," Senator Dana Rosvall said.',
    '"I may vote against it," Senator Dana Rosvall said.',
    '"I will not oppose it," Senator Dana Rosvall said.',
    '"Will you oppose it?" a reporter asked Senator Dana Rosvall.',
    '"They will oppose it," Senator Dana Rosvall said of the unions.',
])
def test_no_stance_when_hedged_conditional_negated_asked_or_another_s(graph_of, quote):
    got = facts(graph_of(_UNVEILED + quote))
    assert not any(s == "Dana Rosvall" and o == "Clean Rivers Bill"
                   and p in {"supports", "opposes"} for s, p, o in got), got


def test_welcoming_the_result_of_a_vote_just_told(graph_of):
    got = facts(graph_of(
        "The Security Council adopted Resolution 2901 on Haiti on Friday. Prime Minister "
        "Renaud Castel of Haiti welcomed the result."))
    assert ("Renaud Castel", "supports", "Resolution 2901") in got


@pytest.mark.parametrize("text", [
    "The Security Council discussed Resolution 2901 on Haiti on Friday. Prime Minister "
    "Renaud Castel of Haiti welcomed the result.",
    "The Security Council adopted Resolution 2901 on Haiti on Friday. Prime Minister "
    "Renaud Castel of Haiti welcomed the result of the election.",
])
def test_no_stance_on_a_result_of_no_vote_or_of_something_else(graph_of, text):
    got = facts(graph_of(text))
    assert ("Renaud Castel", "supports", "Resolution 2901") not in got


@pytest.mark.parametrize(("clause", "predicate"), [
    ("the agreements President Marek Holub brokered in 2020", "authorOf"),
    ("the agreements that President Marek Holub brokered in 2020", "authorOf"),
    ("the agreements President Marek Holub criticised in 2020", "opposes"),
])
def test_a_plan_described_by_a_clause_beside_its_name(graph_of, clause, predicate):
    got = facts(graph_of(f"The Cedar Accords, {clause}, were discussed on Monday."))
    assert ("Marek Holub", predicate, "Cedar Accords") in got


@pytest.mark.parametrize("clause", [
    "the agreements President Marek Holub did not sign",
    "the agreements the committee discussed with President Marek Holub",
])
def test_no_stance_from_a_clause_that_denies_or_names_a_partner(graph_of, clause):
    got = facts(graph_of(f"The Cedar Accords, {clause}, were discussed on Monday."))
    assert not any(s == "Marek Holub" and o == "Cedar Accords" for s, p, o in got), got


@pytest.mark.parametrize("sentence", [
    "Critics say Senator Dana Rosvall opposes the bill.",
    "Her opponents argue that Senator Dana Rosvall backed the bill in secret.",
])
def test_what_critics_say_of_someone_is_no_stance_of_theirs(graph_of, sentence):
    got = facts(graph_of(_UNVEILED + sentence))
    assert not any(s == "Dana Rosvall" and o == "Clean Rivers Bill"
                   and p in {"supports", "opposes"} for s, p, o in got), got


@pytest.mark.parametrize("sentence", [
    "Senator Dana Rosvall said she opposes the bill.",
    "Critics of the bill include Senator Dana Rosvall, who opposes it.",
])
def test_a_stance_in_one_s_own_word_or_told_as_fact_stands(graph_of, sentence):
    got = facts(graph_of(_UNVEILED + sentence))
    assert ("Dana Rosvall", "opposes", "Clean Rivers Bill") in got


_APPEAL = "The United Nations launched the Sudan Flash Appeal on Monday. "


@pytest.mark.parametrize(("sentence", "donors"), [
    ("The European Union pledged 120 million euros on Tuesday.", ["European Union"]),
    ("Germany and Norway pledged a further 95 million dollars between them.",
     ["Germany", "Norway"]),
])
def test_a_sum_pledged_just_after_an_appeal_is_pledged_to_it(graph_of, sentence, donors):
    got = facts(graph_of(_APPEAL + sentence))
    for donor in donors:
        assert (donor, "supports", "Sudan Flash Appeal") in got


@pytest.mark.parametrize("text", [
    _APPEAL + "The European Union pledged 120 million euros to the Red Cross on Tuesday.",
    _APPEAL + "Kareland unveiled the Tern Valley Plan on Tuesday. The European Union pledged "
    "120 million euros on Wednesday.",
    _APPEAL + "The European Union may pledge 120 million euros.",
])
def test_no_pledge_to_the_appeal_given_elsewhere_after_another_plan_or_hedged(graph_of, text):
    got = facts(graph_of(text))
    assert ("European Union", "supports", "Sudan Flash Appeal") not in got
