"""Police ranks written in capitals before a name ("DSP Musa Adamu"), a press officer's
title ("the command's Public Relations Officer, X") and a councillor's abbreviated title
("Coun Roe"); on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_police_rank_before_a_spokesperson_is_no_part_of_the_name(graph_of):
    graph = graph_of(
        "The Kwara State Police Command has arrested 12 suspects. The command's spokesperson, "
        "DSP Musa Adamu, said the suspects would be charged to court."
    )
    assert entities(graph).get("Musa Adamu") == "Person"
    assert "DSP" not in entities(graph)
    assert ("Musa Adamu", "spokespersonOf", "Kwara State Police Command") in facts(graph)


def test_a_rank_in_capitals_opens_a_person_the_tagger_read_as_a_body(graph_of):
    graph = graph_of(
        "The Ondo State Police Command paraded 40 suspects on Monday, its commissioner said in "
        "a statement signed by the command's Public Relations Officer, CSP Femi Oladele."
    )
    found = entities(graph)
    assert found.get("Femi Oladele") == "Person"
    assert "CSP Femi Oladele" not in found
    assert "Public Relations Officer" not in found  # a title, no body
    assert ("Femi Oladele", "spokespersonOf", "Ondo State Police Command") in facts(graph)


@pytest.mark.parametrize("rank", ["ASP", "SP", "ACP", "CP"])
def test_each_rank_is_a_style_of_the_name(graph_of, rank):
    found = entities(graph_of(f"{rank} Bala Yusuf said the suspects had confessed in Akure."))
    assert found.get("Bala Yusuf") == "Person"
    assert f"{rank} Bala Yusuf" not in found


def test_letters_of_a_body_stay_its_name(graph_of):
    found = entities(graph_of(
        "AIG said its profits rose. The SP won 37 seats in the state assembly, said Ravi Rao."
    ))
    assert found.get("AIG") == "Organization"
    assert found.get("SP") == "Organization"


def test_a_councillors_abbreviated_title_is_no_part_of_the_name(graph_of):
    graph = graph_of(
        "Green councillor Ann Roe resigned from the cabinet of Dunmere City Council on "
        "Tuesday. Coun Roe said the decision was hers. Cllr Tom Hale said he was sorry."
    )
    found = entities(graph)
    assert found.get("Ann Roe") == "Person"
    assert found.get("Tom Hale") == "Person"
    assert not any(name.startswith(("Coun", "Cllr")) for name in found)


def test_a_relations_title_stays_in_a_committees_name(graph_of):
    got = facts(graph_of(
        "The Senate Foreign Relations Committee chairman, Tom Varga, said the treaty would pass."
    ))
    assert ("Tom Varga", "leaderOf", "Senate Foreign Relations Committee") in got


@pytest.mark.parametrize("sentence", [
    "The Commissioner of Police, Kwara State, Mr Tunde Bakare said this in a statement.",
    "The state's commissioner of police, Tunde Bakare, said they were cultists.",
    "The Commissioner of Police in Kwara State, Tunde Bakare, confirmed the arrests.",
    "The State Police Commissioner, Tunde Bakare, said this on Saturday.",
    "Commissioner of Police Tunde Bakare said all would be charged.",
    "The suspects were paraded, the Commissioner of Police, CP Tunde Bakare, said.",
    "The command's commissioner, Tunde Bakare, said all would be charged.",
])
def test_a_police_commissioner_heads_the_command_the_story_names(graph_of, sentence):
    graph = graph_of("The Kwara State Police Command has arrested 20 suspects. " + sentence)
    assert ("Tunde Bakare", "leaderOf", "Kwara State Police Command") in facts(graph)
    assert "State Police Commissioner" not in entities(graph)  # a title, no body


@pytest.mark.parametrize("text", [
    # a deputy, and a former commissioner, head nothing
    "The Kwara State Police Command has arrested 20 suspects. The Deputy Commissioner of "
    "Police, Tunde Bakare, said this on Saturday.",
    "The Kwara State Police Command has arrested 20 suspects. A former commissioner of "
    "police, Tunde Bakare, criticised the arrests.",
    # a country's force has many commissioners; two commands leave the one meant unknown
    "The Nigeria Police Force has deployed 300 officers. The Commissioner of Police, Tunde "
    "Bakare, said they would stay a week.",
    "The Kwara State Police Command and the Ondo State Police Command arrested 20 suspects. "
    "The Commissioner of Police, Tunde Bakare, said they were cultists.",
    # a commissioner of another body
    "The Kwara State Police Command has arrested 20 suspects. The European Commissioner for "
    "Justice, Tunde Bakare, said nothing.",
])
def test_no_police_command_is_headed_by_others(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Tunde Bakare" and p == "leaderOf" for s, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Labour councillor Phil Black said the budget was fair.",
    "Councillor Phil Black said he would resign.",
    "Coun Phil Black said he would resign.",
    "Cllr Phil Black said he would resign.",
])
def test_a_councillor_sits_on_the_council_the_story_names(graph_of, sentence):
    got = facts(graph_of("Dunmere City Council met on Tuesday. " + sentence))
    assert ("Phil Black", "memberOf", "Dunmere City Council") in got


@pytest.mark.parametrize("text", [
    # two councils: which one is his is not said
    "Dunmere City Council and Westshire County Council met on Tuesday. Councillor Phil "
    "Black said he would resign.",
    # a former councillor, and a minister of labour, sit on none
    "Dunmere City Council met on Tuesday. Phil Black, a former councillor, said he would "
    "stand again.",
    "Dunmere City Council met on Tuesday. Labour Minister Phil Black said the budget was fair.",
])
def test_no_council_seat_for_others(graph_of, text):
    got = facts(graph_of(text))
    assert ("Phil Black", "memberOf", "Dunmere City Council") not in got


@pytest.mark.parametrize(("text", "body"), [
    ("Pavel Dresk, a colonel in the Estonian Defence Forces, said the drills would continue.",
     "Estonian Defence Forces"),
    ("Pavel Dresk, a sergeant in the Kestrel Brigade, said the drills would continue.",
     "Kestrel Brigade"),
    ("Kestrel Brigade Colonel Pavel Dresk said the drills would continue.", "Kestrel Brigade"),
])
def test_an_officer_by_rank_in_a_force_is_its_member(graph_of, text, body):
    assert ("Pavel Dresk", "memberOf", body) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Pavel Dresk, a retired colonel in the Kestrel Brigade, said the drills would continue.",
    "Pavel Dresk, a former colonel in the Kestrel Brigade, said the drills would continue.",
    "Pavel Dresk, a colonel, said the Kestrel Brigade would advance.",
])
def test_no_force_for_a_past_rank_or_a_force_named_apart(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Kestrel Brigade") not in facts(graph_of(text))


def test_a_lieutenant_governor_is_a_member_of_the_state_not_its_leader(graph_of):
    got = facts(graph_of("Lieutenant Governor Pavel Dresk of Ohio said the bill would pass."))
    assert ("Pavel Dresk", "memberOf", "Ohio") in got
    assert ("Pavel Dresk", "leaderOf", "Ohio") not in got
