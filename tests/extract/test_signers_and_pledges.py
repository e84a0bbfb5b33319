"""Who signed a text or said they would: a signer named beside a description ("X, a
Democrat who signed it"), those who signed "along with" others, "all of" a group, and a
signature announced ("said he would sign it"), on sentences written for these tests (invented
names)."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow

_PASSED = "The Senate passed the Harbour Safety Act on Tuesday. "
_PETITION = "Rep. Tom Marsh started a petition to force a vote on the Harbour Safety Act. "


def _stances(got, person):
    return {(p, o) for s, p, o in got if s == person and p in {"supports", "opposes"}}


@pytest.mark.parametrize("sentence", [
    "On Monday President Ken Dale said he would sign it.",
    "The palace said President Ken Dale will sign the Harbour Safety Act on Friday.",
])
def test_a_signature_announced_is_a_stance_now(graph_of, sentence):
    assert ("Ken Dale", "supports", "Harbour Safety Act") in facts(graph_of(_PASSED + sentence))


@pytest.mark.parametrize("sentence", [
    "President Ken Dale said he would sign it if the House agreed.",  # a condition
    "President Ken Dale would sign it, analysts said.",  # a guess, not an announcement
    "Analysts wondered whether President Ken Dale would sign it.",
])
def test_a_signature_guessed_or_conditional_is_no_stance(graph_of, sentence):
    assert ("Ken Dale", "supports", "Harbour Safety Act") not in facts(
        graph_of(_PASSED + sentence))


def test_a_clause_on_a_description_beside_a_name_is_the_names(graph_of):
    got = facts(graph_of(
        _PETITION + "On Wednesday the speaker swore in Rep. Ada Rhee, an Arizona Democrat who "
        "signed it minutes later."
    ))
    assert ("Ada Rhee", "supports", "Harbour Safety Act") in got
    assert ("Democratic Party", "supports", "Harbour Safety Act") not in got


def test_those_who_signed_along_with_a_group_signed_too(graph_of):
    got = facts(graph_of(
        _PETITION + "All of the chamber's Democrats signed, along with four Republicans: Tom "
        "Marsh, Lena Bart of Colorado, Nina Voss of Ohio and Mary Tell of Georgia."
    ))
    for person in ("Democratic Party", "Lena Bart", "Nina Voss", "Mary Tell"):
        assert (person, "supports", "Harbour Safety Act") in got
    assert not _stances(got, "Colorado") and not _stances(got, "Ohio")


def test_most_of_a_group_is_not_the_group(graph_of):
    got = facts(graph_of(_PETITION + "Most of the chamber's Democrats signed on Friday."))
    assert ("Democratic Party", "supports", "Harbour Safety Act") not in got


def test_along_with_in_a_meeting_adds_no_signer(graph_of):
    got = facts(graph_of(
        _PETITION + "Rep. Ada Rhee met the mayor along with her aide, Lena Bart, on Friday."
    ))
    assert not _stances(got, "Lena Bart")


def test_a_signature_with_no_object_is_on_the_bill_the_story_is_about(graph_of):
    got = facts(graph_of(
        "The House took up the Harbour Safety Act in June. Leaders kept it off the floor. "
        "Rep. Tom Marsh collected signatures all summer. The speaker objected. The count "
        "reached 218 on Wednesday. All of the chamber's Democrats signed."
    ))
    assert ("Democratic Party", "supports", "Harbour Safety Act") in got


def test_a_signature_with_no_object_and_no_bill_is_nothing(graph_of):
    got = facts(graph_of(
        "The Harbour Fund opened in June. Rep. Tom Marsh collected signatures all summer. "
        "All of the chamber's Democrats signed."
    ))
    assert not _stances(got, "Democratic Party")


_APPEAL = "The United Nations launched the Kestria Flood Appeal on Monday. "


@pytest.mark.parametrize("sentence", [
    "Norland pledged 40 million euros to the appeal.",
    "Norland pledged 40 million euros to the Kestria Flood Appeal, the foreign ministry said.",
    "Norland contributed $95 million towards the appeal.",
])
def test_money_pledged_to_an_appeal_supports_it(graph_of, sentence):
    assert ("Norland", "supports", "Kestria Flood Appeal") in facts(graph_of(_APPEAL + sentence))


@pytest.mark.parametrize("sentence", [
    "Norland said it might pledge 40 million euros to the appeal.",  # a maybe
    "Norland pledged 40 million euros to the Red Cross.",  # a body, not the appeal
    "Norland pledged support to Kestria.",  # no money, no plan
    "Norland did not pledge any money to the appeal.",
])
def test_no_pledge_to_an_appeal(graph_of, sentence):
    assert ("Norland", "supports", "Kestria Flood Appeal") not in facts(
        graph_of(_APPEAL + sentence))


def test_money_given_to_a_party_is_no_stance_on_a_plan(graph_of):
    got = facts(graph_of("Ivo Marek donated $5 million to the Unity Party."))
    assert not {f for f in got if f[1] == "supports"}


def test_a_court_of_appeal_is_no_appeal(graph_of):
    got = entities(graph_of("The Court of Appeal in Varna ruled on Monday. Judge Ana Ruiz "
                            "sits on the Varna Appeal Court."))
    assert got.get("Court of Appeal") == "Organization"
    assert got.get("Varna Appeal Court") == "Organization"


def test_a_statement_named_for_a_city_and_signed_is_a_plan(graph_of):
    got = facts(graph_of("European leaders issued the Berlin statement on Monday. Rome signed "
                         "the Berlin statement on Tuesday."))
    assert ("Rome", "supports", "Berlin statement") in got


@pytest.mark.parametrize("text", [
    "European leaders issued the Berlin statement on Monday. Rome did not sign the Berlin "
    "statement.",
    "The Berlin police issued a statement on Monday. Ivo Marek signed the statement.",
    "Rome signed a statement on Friday.",
])
def test_a_statement_not_signed_or_not_named_for_a_city_is_no_plan(graph_of, text):
    assert not {name for name, kind in entities(graph_of(text)).items() if kind == "Plan"}
