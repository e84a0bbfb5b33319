"""Who works where without a title: occupations in apposition and verbs of working."""

import pytest

from .helpers import facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, an ecologist and entomologist at Corvel University, disagreed.",
     ("Ana Roe", "memberOf", "Corvel University")),
    ("Tom Hale, a lobbyist with the Tarvik Petroleum Institute, spoke.",
     ("Tom Hale", "memberOf", "Tarvik Petroleum Institute")),
    ("Ana Roe covers the courts for the Daily Ledger.", ("Ana Roe", "memberOf", "Daily Ledger")),
    ("Ana Roe has worked for Velora Group since 2001.", ("Ana Roe", "memberOf", "Velora Group")),
    ("Ana Roe, who teaches at Corvel University, said no.",
     ("Ana Roe", "memberOf", "Corvel University")),
    ("Ana Roe, who is a major and works at Velora Group, said no.",
     ("Ana Roe", "memberOf", "Velora Group")),
])
def test_an_occupation_or_a_job(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ana Roe worked for Velora Group until 2001.",  # a past job
    "Tom Hale, a former lobbyist with the Tarvik Petroleum Institute, spoke.",
    "Ana Roe, a visitor at Corvel University, spoke.",
])
def test_no_current_job(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe at the Velora Institute of Mechanics found a new alloy.",
     ("Ana Roe", "memberOf", "Velora Institute of Mechanics")),
    ("Tomas Berg at the Kestrel Research Center was named to the panel.",
     ("Tomas Berg", "memberOf", "Kestrel Research Center")),
])
def test_a_person_at_an_organisation_as_subject_works_there(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Tomas Berg met Ana Roe at the Velora Institute on Monday.",
    "The award went to Ana Roe at the Velora Institute.",
    "Ana Roe spoke at the Velora Institute on Monday.",
])
def test_a_person_met_or_honoured_at_an_organisation_is_not_its_staff(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Visibility was poor, said Marlow Coast Guard Lt. Dana Kerr.",
     ("Dana Kerr", "memberOf", "Marlow Coast Guard")),
    ("Visibility was poor, said Marlow Coast Guard spokesman Lt. Dana Kerr.",
     ("Dana Kerr", "spokespersonOf", "Marlow Coast Guard")),
    ("The road stayed shut, said Velmar Fire Department Capt. Tom Hale.",
     ("Tom Hale", "memberOf", "Velmar Fire Department")),
])
def test_a_rank_after_a_body_makes_its_holder_an_officer_of_it(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_rank_alone_names_no_body(graph_of):
    got = facts(graph_of("Lt. Dana Kerr said the boat of Velora Group sank."))
    assert not {f for f in got if f[0] == "Dana Kerr"}


@pytest.mark.parametrize("text", [
    "The plan failed, said Kerr, a retired Velora Agency officer.",
    "The plan failed, said Dana Kerr, a retired Velora Agency officer.",
])
def test_a_retired_officer_is_no_member(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


@pytest.mark.parametrize("text", [
    "Northbridge Rovers have completed the signing of striker Dario Mendel from Castelmar FC.",
    "Northbridge Rovers have signed Ghanaian striker Dario Mendel from Castelmar FC.",
    "Northbridge Rovers have announced the signing of Dario Mendel from Castelmar FC.",
    "Northbridge Rovers have secured the services of right-back Dario Mendel from Castelmar FC.",
    "Dario Mendel signed for Northbridge Rovers from Castelmar FC in 2019.",
    "Dario Mendel was signed by Northbridge Rovers from Castelmar FC in 2019.",
    "Dario Mendel, who signed for Northbridge Rovers in May, scored twice.",
    "Dario Mendel moved to Northbridge Rovers from Castelmar FC last summer.",
    "Dario Mendel joined Northbridge Rovers from Castelmar FC on Monday.",
    "Dario Mendel has joined Northbridge Rovers on a six-month loan deal from Castelmar FC.",
    "Dario Mendel has completed his move from Castelmar FC to join Northbridge Rovers.",
    "Dario Mendel left Castelmar FC in June to join Northbridge Rovers.",
    "Northbridge Rovers confirmed the arrival of Dario Mendel from Castelmar FC on Monday.",
    "Dario Mendel completed a move to Northbridge Rovers on Monday.",
])
def test_a_transfer_makes_the_player_the_new_side_s_not_the_old(graph_of, text):
    found = {f for f in facts(graph_of(text)) if f[1] == "memberOf"}
    assert found == {("Dario Mendel", "memberOf", "Northbridge Rovers")}


@pytest.mark.parametrize("text", [
    "President Ana Roe signed the bill on Monday.",
    "Ana Roe signed a deal with Harlow Bank on Monday.",  # a party to a deal, not a hire
    "Harlow Bank signed a contract with Ada Voss.",
    "Dario Mendel moved to London from Paris in 2019.",
    "Dario Mendel refused to join Northbridge Rovers.",
    "The minister urged Dario Mendel to join Northbridge Rovers.",  # only asked to
    "Northbridge Rovers invited Dario Mendel to join the talks.",
])
def test_no_transfer(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


def test_a_person_from_a_body_outside_a_transfer_is_still_its(graph_of):
    found = facts(graph_of("Analyst Ada Voss from Harlow Bank said prices would rise."))
    assert ("Ada Voss", "memberOf", "Harlow Bank") in found


def test_each_player_named_moves(graph_of):
    found = facts(graph_of(
        "Ada Voss and Tom Reyes moved to Northbridge Rovers from Castelmar FC."))
    assert {("Ada Voss", "memberOf", "Northbridge Rovers"),
            ("Tom Reyes", "memberOf", "Northbridge Rovers")} <= found


def test_switching_to_a_language_or_a_club_named_from_another_joins_nothing_else(graph_of):
    got = facts(graph_of(
        "As the two men shook hands, Marek Olund switched to English. Kofi Mensah moved to "
        "Harcourt Rovers from Castelmar FC in May."
    ))
    assert not [f for f in got if f[0] == "Marek Olund" and f[1] == "memberOf"]
    assert ("Kofi Mensah", "memberOf", "Harcourt Rovers") in got
    assert ("Harcourt Rovers", "memberOf", "Castelmar FC") not in got


def test_a_body_set_off_after_from_is_the_person_s(graph_of):
    got = facts(graph_of("Marta Kowalski, from the Corvin Institute, said the data were weak."))
    assert ("Marta Kowalski", "memberOf", "Corvin Institute") in got


def test_a_place_set_off_after_from_is_no_body(graph_of):
    got = facts(graph_of("Marta Kowalski, from Nairobi, said the data were weak."))
    assert not any(p == "memberOf" for _, p, _ in got)


def test_a_plural_description_with_a_clause_of_working_is_of_every_name(graph_of):
    got = facts(graph_of("The Treasury named Omar Daleel and Rami Sayegh, money launderers who "
                         "work for the Vanguard Front."))
    assert {("Omar Daleel", "memberOf", "Vanguard Front"),
            ("Rami Sayegh", "memberOf", "Vanguard Front")} <= got


def test_a_singular_description_after_two_names_is_of_the_last_only(graph_of):
    got = facts(graph_of("The Treasury named Omar Daleel and Rami Sayegh, a lawyer who works "
                         "for the Vanguard Front."))
    assert ("Rami Sayegh", "memberOf", "Vanguard Front") in got
    assert ("Omar Daleel", "memberOf", "Vanguard Front") not in got


def test_a_plural_description_in_a_list_is_of_its_own_names_only(graph_of):
    got = facts(graph_of(
        "A release named five people as launderers for the Vanguard Front: Lena Okafor, a "
        "broker in Oslo; Omar Daleel and Rami Sayegh, money launderers who work for the "
        "Vanguard Front; and Tomas Berg and Ivo Marsh, who are part of a network."))
    assert {("Omar Daleel", "memberOf", "Vanguard Front"),
            ("Rami Sayegh", "memberOf", "Vanguard Front")} <= got
    assert not any(s in {"Lena Okafor", "Tomas Berg", "Ivo Marsh"} and o == "Vanguard Front"
                   for s, p, o in got)


@pytest.mark.parametrize("tie", ["classmate", "friend", "roommate"])
def test_a_person_s_tie_at_a_body_is_no_post_there(graph_of, tie):
    got = facts(graph_of(
        f"The Army veteran and close ally of Senator Tom Vale, his {tie} at Brennport Law "
        "School, had no prior diplomatic experience."
    ))
    assert ("Tom Vale", "memberOf", "Brennport Law School") not in got
