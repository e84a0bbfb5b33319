"""A party's people written as a group and then named: "Republican Sens. A and B", "three
Republicans: U.S. Sens. A of X, B of Y and C of Z", "Four Labour lawmakers — A, B and C —",
"several Democrats, including A", "A and other GOP leaders" → each is a member of the party
the article names. On sentences written for these tests."""

import pytest

from .helpers import facts

_SENATE = "The Senate voted 52-48 as Republicans held firm. "
_COMMONS = "The vote passed as Labour held firm. "
_GOP = "Republican Party"
_TORIES = "LONDON — The Conservative Party lost the vote on Tuesday. "


def _members(found, party):
    return {f[0] for f in found if f[1:] == ("memberOf", party)}


@pytest.mark.parametrize(("text", "party", "people"), [
    (f"{_SENATE}Republican Sens. Ada Velsen and Brian Tollis said the bill was bad.",
     _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_SENATE}Republican senators Ada Velsen and Brian Tollis said the bill was bad.",
     _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_SENATE}Republican Sens. Ada Velsen (Ohio) and Brian Tollis (Texas) voted no.",
     _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_COMMONS}Labour MPs Ada Velsen and Brian Tollis said the bill was bad.",
     "Labour", {"Ada Velsen", "Brian Tollis"}),
    (f"{_SENATE}Three other Republicans — Ada Velsen of Ohio, Brian Tollis of Texas and "
     "Carl Umbra of Idaho — were circulating a letter.",
     _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    ("The Senate voted 52-48 as Democrats held firm. They were joined by three Republicans: "
     "U.S. Sens. Ada Velsen of Ohio, Brian Tollis of Texas and Carl Umbra of Idaho.",
     _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    ("The Senate passed the measure, 52-48, as a handful of Republicans — Lisa Marwick of "
     "Alaska, Rick Dolan of Florida and Tom Reyes of Utah — withheld their votes.",
     _GOP, {"Lisa Marwick", "Rick Dolan", "Tom Reyes"}),
    (f"{_COMMONS}Four Labour lawmakers — Ada Velsen, Brian Tollis and Carl Umbra — rebelled "
     "against the government on Wednesday.",
     "Labour", {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}Several Republicans, including Ada Velsen and Brian Tollis, said the bill "
     "was bad.", _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_SENATE}Several senior Republican senators, including Ada Velsen, said the bill was "
     "bad.", _GOP, {"Ada Velsen"}),
    (f"{_COMMONS}Eighteen Labour MPs including Ada Velsen, Brian Tollis and Carl Umbra voted "
     "against.", "Labour", {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_COMMONS}Those Labour MPs who rebelled included Ada Velsen (Northfield), Brian "
     "Tollis (Eastmoor) and Carl Umbra (Southdale).",
     "Labour", {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}The bill was opposed by Republicans such as Ada Velsen and Brian Tollis.",
     _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_SENATE}Ada Velsen and other GOP leaders said the bill was bad.", _GOP, {"Ada Velsen"}),
    (f"{_SENATE}Ada Velsen, Brian Tollis and other Republicans said the bill was bad.",
     _GOP, {"Ada Velsen", "Brian Tollis"}),
    ("The Senate voted 52-48 as Democrats held firm. Democratic Sens. Ada Velsen, Brian "
     "Tollis and Carl Umbra voted to advance the measure.",
     "Democratic Party", {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}GOP Reps. Ada Velsen (Mich.), Brian Tollis (Pa.) and Carl Umbra (Texas) "
     "represent competitive districts.", _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}Three other GOP senators, Ada Velsen (WI), Brian Tollis (UT), and Carl Umbra "
     "(FL), are circulating a letter.", _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}Three other GOP Senators, Ada Velsen (WI), Brian Tollis (UT), and Carl Umbra "
     "(FL), are circulating a letter.", _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}In a letter, the Republicans, including Ways and Means Chairman Ada Velsen, "
     "and Reps. Brian Tollis and Carl Umbra, urged calm.",
     _GOP, {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_SENATE}Senators Ada Velsen and Brian Tollis, both Idaho Republicans, said the bill "
     "was bad.", _GOP, {"Ada Velsen", "Brian Tollis"}),
    (f"{_TORIES}Tory MPs Ada Velsen and Brian Tollis voted against the government.",
     "Conservative Party", {"Ada Velsen", "Brian Tollis"}),
    (f"{_TORIES}The five Conservative rebels included former ministers Ada Velsen and Brian "
     "Tollis along with Carl Umbra.",
     "Conservative Party", {"Ada Velsen", "Brian Tollis", "Carl Umbra"}),
    (f"{_TORIES}Ten Conservative MPs rebelled, including Ada Velsen and Brian Tollis.",
     "Conservative Party", {"Ada Velsen", "Brian Tollis"}),
])
def test_the_people_named_after_a_party_s_group_are_its_members(graph_of, text, party,
                                                                 people):
    assert _members(facts(graph_of(text)), party) == people


@pytest.mark.parametrize("text", [
    f"{_SENATE}Critics of the Republicans, including Ada Velsen, said the bill was bad.",
    f"{_SENATE}Voters who backed Republicans, including Ada Velsen, were angry.",
    f"{_SENATE}Former Republican senators Ada Velsen and Brian Tollis said the bill was bad.",
    f"{_SENATE}Republicans and Democrats, including Ada Velsen and Brian Tollis, met.",
    f"{_SENATE}The Republicans, Ada Velsen said, would hold firm.",
    f"{_SENATE}Ada Velsen and other voters blamed Republicans.",
    f"{_SENATE}Republicans blamed Ada Velsen and Brian Tollis for the delay.",
    # a name tagged with another party is not the group's
    f"{_SENATE}Several Republicans, including Sen. Ada Velsen (I-Vt.), criticised the bill.",
])
def test_no_member_of_a_party_s_group(graph_of, text):
    assert not _members(facts(graph_of(text)), _GOP)


def test_a_list_of_the_group_s_object_is_not_the_group_s(graph_of):
    got = facts(graph_of(f"{_TORIES}Ten Conservative MPs criticised the ministers, including "
                         "Ada Velsen and Brian Tollis."))
    assert not _members(got, "Conservative Party")


def test_a_party_s_leaders_named_together_are_its_members_not_its_heads(graph_of):
    got = facts(graph_of("NEW DELHI — The Bharatiya Janata Party won the state. BJP leaders "
                         "Ada Velsen and Brian Tollis celebrated in the capital."))
    assert {("Ada Velsen", "memberOf", "Bharatiya Janata Party"),
            ("Brian Tollis", "memberOf", "Bharatiya Janata Party")} <= got
    assert not {f for f in got if f[1] == "leaderOf"}


@pytest.mark.parametrize("text", [
    "Harlow Bank cut jobs on Monday. The most senior Harlow Bank executives, including Ada "
    "Velsen and Brian Tollis, left the firm.",
    "Harlow Bank board members including Ada Velsen and Brian Tollis backed the cuts.",
    "Harlow Bank directors Ada Velsen and Brian Tollis backed the cuts.",
])
def test_a_body_s_people_named_after_them_are_its_members(graph_of, text):
    assert _members(facts(graph_of(text)), "Harlow Bank") == {"Ada Velsen", "Brian Tollis"}


@pytest.mark.parametrize("text", [
    "Harlow Bank executives met regulators, including Ada Velsen and Brian Tollis.",
    "Harlow Bank cut jobs on Monday. Former Harlow Bank executives, including Ada Velsen and "
    "Brian Tollis, criticised the cuts.",
])
def test_no_member_of_a_body_s_group(graph_of, text):
    assert not _members(facts(graph_of(text)), "Harlow Bank")


def test_co_chairs_named_together_each_lead(graph_of):
    got = facts(graph_of("Harlow Bank co-chairs Ada Velsen and Brian Tollis backed the cuts."))
    assert {("Ada Velsen", "leaderOf", "Harlow Bank"),
            ("Brian Tollis", "leaderOf", "Harlow Bank")} <= got


def test_directors_named_together_are_no_heads(graph_of):
    got = facts(graph_of("Harlow Bank directors Ada Velsen and Brian Tollis backed the cuts."))
    assert not {f for f in got if f[1] == "leaderOf"}


def test_members_of_the_council_just_named_by_its_kind(graph_of):
    got = facts(graph_of(
        "The delegation included Vanguard Front Leadership Council head Tomas Kerr and council "
        "members Ivo Marek, Pal Dunn and Ana Roe."
    ))
    assert {("Ivo Marek", "memberOf", "Vanguard Front Leadership Council"),
            ("Pal Dunn", "memberOf", "Vanguard Front Leadership Council"),
            ("Ana Roe", "memberOf", "Vanguard Front Leadership Council")} <= got


def test_council_members_with_two_councils_named_belong_to_neither(graph_of):
    got = facts(graph_of(
        "The Tarsk Council and the Kalmar Council sent envoys, and council members Ivo Marek "
        "and Pal Dunn attended."
    ))
    assert not any(s in {"Ivo Marek", "Pal Dunn"} and p == "memberOf" for s, p, _ in got)


@pytest.mark.parametrize("text", [
    "Senior leaders of the Harmony Party, including Transport Minister Ilse Varga and "
    "general secretary Omar Said, defended the party's president.",
    "Several members of the Harmony Party, including Ilse Varga and Omar Said, defended the "
    "party's president.",
    "Officials of the Harmony Party, among them Ilse Varga and Omar Said, were questioned.",
])
def test_people_named_among_a_bodys_people_written_with_of(graph_of, text):
    got = facts(graph_of(text))
    assert ("Ilse Varga", "memberOf", "Harmony Party") in got
    assert ("Omar Said", "memberOf", "Harmony Party") in got


@pytest.mark.parametrize("text", [
    "Former members of the Harmony Party, including Ilse Varga, defended the president.",
    "Critics of the Harmony Party, including Ilse Varga, attacked the president.",
])
def test_no_member_named_among_former_members_or_critics(graph_of, text):
    assert ("Ilse Varga", "memberOf", "Harmony Party") not in facts(graph_of(text))
