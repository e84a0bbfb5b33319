"""Votes cast by their word ("voted no", 'voted "yes"') on the text just put to a vote, and
those who joined a vote, on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_PASSED = "The House passed the Harbour Safety Act 216-211 on Wednesday. "


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Rep. Ada Rhee voted no.", "opposes"),
    ('Rep. Ada Rhee voted "no" after a long debate.', "opposes"),
    ("Rep. Ada Rhee voted yes after a deal with the speaker.", "supports"),
    ('Rep. Ada Rhee voted "yes" on the Harbour Safety Act.', "supports"),
])
def test_a_vote_by_its_word_is_a_stance_on_the_text(graph_of, sentence, stance):
    assert ("Ada Rhee", stance, "Harbour Safety Act") in facts(graph_of(_PASSED + sentence))


@pytest.mark.parametrize("sentence", [
    "Every Democrat voted no, joined by one Republican, Rep. Ada Rhee of Kentucky.",
    "The Harbour Safety Act passed 216-211. Every Democrat voted no, joined by one "
    "Republican, Rep. Ada Rhee of Kentucky.",
])
def test_one_who_joined_a_vote_cast_it_too(graph_of, sentence):
    got = facts(graph_of(_PASSED + sentence))
    assert ("Ada Rhee", "opposes", "Harbour Safety Act") in got
    assert ("Republican Party", "opposes", "Harbour Safety Act") not in got


@pytest.mark.parametrize("sentence", [
    'Rep. Ada Rhee voted "present".',
    "Rep. Ada Rhee said no reporters were allowed in.",
])
def test_no_stance_from_present_or_a_no_that_is_no_ballot(graph_of, sentence):
    got = facts(graph_of(_PASSED + sentence))
    assert not any(s == "Ada Rhee" and p in {"supports", "opposes"} for s, p, _ in got)


def test_a_vote_by_its_word_on_a_day_is_on_the_text_just_passed(graph_of):
    got = facts(graph_of(_PASSED + "Speaker Ada Rhee voted yes on Tuesday, but called the vote "
                         '"a political show".'))
    assert ("Ada Rhee", "supports", "Harbour Safety Act") in got


@pytest.mark.parametrize(("sentence", "stance", "voters"), [
    ('The lone "no" vote came from Rep. Ada Rhee, a Texas Republican.', "opposes",
     {"Ada Rhee"}),
    ("Other yea votes came from Ada Rhee, Tomas Vell and Irma Quist.", "supports",
     {"Ada Rhee", "Tomas Vell", "Irma Quist"}),
    ('"Yea" votes included Sen. Ada Rhee and Sen. Tomas Vell.', "supports",
     {"Ada Rhee", "Tomas Vell"}),
    ("The only vote against came from Rep. Ada Rhee.", "opposes", {"Ada Rhee"}),
])
def test_a_ballot_noun_names_who_cast_it(graph_of, sentence, stance, voters):
    got = facts(graph_of(_PASSED + sentence))
    assert {s for s, p, o in got if p == stance and o == "Harbour Safety Act"} >= voters
    # the description beside the voter casts nothing
    assert ("Republican Party", stance, "Harbour Safety Act") not in got


@pytest.mark.parametrize("sentence", [
    "No votes came from Rep. Ada Rhee's district.",  # "no votes": none at all
    "There were no votes against, said Rep. Ada Rhee.",
    "The vote came after a long debate led by Rep. Ada Rhee.",  # no ballot named
    "Support for the vote came from Rep. Ada Rhee.",
])
def test_no_ballot_stance_without_a_ballot_and_its_caster(graph_of, sentence):
    got = facts(graph_of(_PASSED + sentence))
    assert not any(s == "Ada Rhee" and p in {"supports", "opposes"} for s, p, _ in got)


def test_a_body_known_as_a_name_votes_by_ballot_for_a_candidate(graph_of):
    got = facts(graph_of(
        "The Assembly's civil liberties committee, known as LIBCOM, voted by secret ballot for "
        "Bruno Genn, an Italian lawyer."
    ))
    assert ("LIBCOM", "supports", "Bruno Genn") in got


def test_by_in_a_passive_still_names_the_agent(graph_of):
    got = facts(graph_of("The Harbour Safety Act was rejected by the Senate on Monday."))
    assert ("Senate", "opposes", "Harbour Safety Act") in got


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Rep. Ada Rhee was the lone vote against the Harbour Safety Act.", "opposes"),
    ("Rep. Ada Rhee was the only dissenting vote on the Harbour Safety Act.", "opposes"),
    ("Rep. Ada Rhee was the deciding vote for the Harbour Safety Act.", "supports"),
    ("Rep. Ada Rhee cast the lone no vote on the Harbour Safety Act.", "opposes"),
])
def test_a_vote_someone_was_is_their_side(graph_of, sentence, stance):
    assert ("Ada Rhee", stance, "Harbour Safety Act") in facts(graph_of(sentence))


def test_the_lone_vote_against_a_budget_makes_it_a_plan(graph_of):
    got = facts(graph_of("Mayor Ellen Dorsey was the lone vote against the budget, which the "
                         "Harwick City Council approved on Monday."))
    assert ("Ellen Dorsey", "opposes", "budget") in got


def test_a_vote_against_no_plan_is_no_side(graph_of):
    got = facts(graph_of("Rep. Ada Rhee said the election was a vote against the Velmar "
                         "Party."))
    assert not any(p in {"opposes", "supports"} for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "The Senate advanced the Harbour Safety Act on Monday.",
    "The Senate voted to advance the Harbour Safety Act on Monday.",
])
def test_advancing_a_bill_supports_it(graph_of, sentence):
    assert ("Senate", "supports", "Harbour Safety Act") in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Velka Motors advanced its interests in Norland.",
    "The Senate advanced the nomination of Ana Lobo.",
])
def test_advancing_what_is_no_plan_is_no_side(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(p == "supports" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Senator Paula Grant joined all Democrats in opposition to the Harbour Safety Act.",
     "opposes"),
    ("Senator Paula Grant joined Democrats in voting against the Harbour Safety Act.",
     "opposes"),
])
def test_joining_others_in_a_side_takes_it_and_joins_no_party(graph_of, sentence, stance):
    got = facts(graph_of(sentence))
    assert ("Paula Grant", stance, "Harbour Safety Act") in got
    assert ("Paula Grant", "memberOf", "Democratic Party") not in got


def test_joining_a_party_makes_a_member(graph_of):
    got = facts(graph_of("Senator Paula Grant joined the Democrats in 2019."))
    assert ("Paula Grant", "memberOf", "Democratic Party") in got


@pytest.mark.parametrize("sentence", [
    "Ten Republicans voted for the Harbour Safety Act.",
    "Several Republicans voted for the Harbour Safety Act.",
    "Ten Republicans joined Senator Paula Grant in voting for the Harbour Safety Act.",
])
def test_some_of_a_party_is_not_the_party(graph_of, sentence):
    assert ("Republican Party", "supports", "Harbour Safety Act") not in facts(graph_of(sentence))


def test_all_of_a_party_is_the_party(graph_of):
    got = facts(graph_of("All Democrats voted against the Harbour Safety Act."))
    assert ("Democratic Party", "opposes", "Harbour Safety Act") in got
