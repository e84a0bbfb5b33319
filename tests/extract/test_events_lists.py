"""Meetings stated as summoning or time spent together, subjects listed as "A, B and C",
delegations led to a meeting, fines, and bodies behind the people met, on sentences written
for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _of(got, predicate):
    return {(s, o) for s, p, o in got if p == predicate}


def test_every_name_of_a_list_of_subjects_signs(graph_of):
    got = facts(graph_of("Tomas Lavik, Ada Rhee and Ivo Kask signed the Harbour Accord on Friday."))
    assert {(n, "Harbour Accord") for n in ("Tomas Lavik", "Ada Rhee", "Ivo Kask")} <= _of(
        got, "supports"
    )


def test_every_name_of_a_list_of_subjects_meets_the_others(graph_of):
    got = facts(graph_of("Tomas Lavik, Ada Rhee and Ivo Kask met in Oslo on Friday."))
    assert _met(got) == {
        frozenset(("Tomas Lavik", "Ada Rhee")),
        frozenset(("Tomas Lavik", "Ivo Kask")),
        frozenset(("Ada Rhee", "Ivo Kask")),
    }


def test_a_description_beside_the_subject_is_no_list(graph_of):
    got = facts(
        graph_of("Tomas Lavik, Norland's president and Ivo Kask's ally, signed the Harbour Accord.")
    )
    assert ("Ivo Kask", "Harbour Accord") not in _of(got, "supports")


def test_an_envoy_summoned_is_met(graph_of):
    got = facts(graph_of("The Norland Foreign Ministry summoned Ambassador Rui Barros on Friday."))
    assert _met(got) == {frozenset(("Norland Foreign Ministry", "Rui Barros"))}
    got = facts(
        graph_of("Ambassador Rui Barros was summoned by the Norland Foreign Ministry on Friday.")
    )
    assert _met(got) == {frozenset(("Norland Foreign Ministry", "Rui Barros"))}


def test_a_witness_summoned_is_not_met(graph_of):
    assert not _met(facts(graph_of("The Supreme Court summoned Rui Barros to testify.")))
    assert not _met(facts(graph_of("Judge Ada Rhee summoned Rui Barros before the court.")))


def test_days_spent_with_someone_are_a_meeting(graph_of):
    got = facts(graph_of("President Rui Barros spent two days with Prime Minister Tomas Lavik."))
    assert _met(got) == {frozenset(("Rui Barros", "Tomas Lavik"))}
    got = facts(graph_of("Ada Rhee spent the week with President Tomas Lavik in Lisbon."))
    assert _met(got) == {frozenset(("Ada Rhee", "Tomas Lavik"))}


def test_money_spent_with_someone_is_no_meeting(graph_of):
    got = facts(graph_of("Ada Rhee spent $5 million on the project with Tomas Lavik."))
    assert not _met(got)


def test_the_leader_of_a_delegation_meets_for_it(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Piet Sorensen led the delegation that met Governor Mira Tal in Oslo."
        )
    )
    assert _met(got) == {frozenset(("Piet Sorensen", "Mira Tal"))}


def test_praising_a_delegation_is_not_leading_it(graph_of):
    got = facts(
        graph_of("Piet Sorensen praised the delegation that met Governor Mira Tal in Oslo.")
    )
    assert frozenset(("Piet Sorensen", "Mira Tal")) not in _met(got)


def test_a_fine_is_a_sanction_on_each_one_fined(graph_of):
    got = facts(
        graph_of(
            "The Financial Conduct Authority fined Boral Shipping Ltd, Kesto Trading Co and "
            "Marlow Holdings Ltd."
        )
    )
    assert {
        ("Financial Conduct Authority", firm)
        for firm in ("Boral Shipping Ltd", "Kesto Trading Co", "Marlow Holdings Ltd")
    } <= _of(got, "sanctioned")


def test_a_fine_only_possible_is_not_asserted(graph_of):
    got = facts(graph_of("The Financial Conduct Authority could fine Boral Shipping Ltd."))
    assert not _of(got, "sanctioned")


def test_the_body_whose_leaders_were_met_is_not_met(graph_of):
    got = facts(graph_of("Tomas Lavik sat down with the leaders of the Veldian Parliament."))
    assert not _met(got)
    got = facts(
        graph_of(
            "Tomas Lavik sat down with the leaders of the Veldian Parliament, Ada Rhee and "
            "Ivo Kask."
        )
    )
    assert _met(got) == {
        frozenset(("Tomas Lavik", "Ada Rhee")),
        frozenset(("Tomas Lavik", "Ivo Kask")),
    }
    got = facts(graph_of("Tomas Lavik met the Harbour Workers Union on Monday."))
    assert _met(got) == {frozenset(("Tomas Lavik", "Harbour Workers Union"))}


def test_those_listed_attending_a_meeting_do_not_meet_each_other(graph_of):
    got = facts(
        graph_of(
            "Senator Tomas Lavik, Governor Ada Rhee, Mayor Ivo Kask and Judge Rui Barros "
            "attended the meeting at the palace."
        )
    )
    assert not _met(got)


def test_the_three_countries_just_listed_draw_up_the_plan(graph_of):
    got = facts(
        graph_of(
            "Norland, Veldia and Ostrava met in Geneva on Monday. The three countries have "
            "drawn up the Harbour Accord."
        )
    )
    assert {(n, "Harbour Accord") for n in ("Norland", "Veldia", "Ostrava")} <= _of(got, "authorOf")


def test_they_after_a_list_of_three_are_the_three(graph_of):
    got = facts(
        graph_of(
            "Ada Rhee, Ivo Kask and Rui Barros met in Geneva on Monday. They backed the "
            "Harbour Accord."
        )
    )
    assert {(n, "Harbour Accord") for n in ("Ada Rhee", "Ivo Kask", "Rui Barros")} <= _of(
        got, "supports"
    )


def test_a_counted_group_that_does_not_fit_the_list_is_nobody(graph_of):
    got = facts(
        graph_of(
            "Norland, Veldia and Ostrava met in Geneva on Monday. The two countries have "
            "drawn up the Harbour Accord."
        )
    )
    assert not _of(got, "authorOf")
    got = facts(
        graph_of(
            "Ada Rhee, Ivo Kask and Rui Barros met in Geneva on Monday. The three companies "
            "have drawn up the Harbour Accord."
        )
    )
    assert not _of(got, "authorOf")


def test_leading_a_delegation_to_talks_meets_the_other_side(graph_of):
    got = facts(graph_of("Piet Sorensen led a delegation to talks with Governor Mira Tal in Oslo."))
    assert _met(got) == {frozenset(("Piet Sorensen", "Mira Tal"))}
    got = facts(
        graph_of("Piet Sorensen led the Norland delegation at talks with Governor Mira Tal.")
    )
    assert _met(got) == {frozenset(("Piet Sorensen", "Mira Tal"))}


def test_leading_a_team_in_a_match_is_no_meeting(graph_of):
    assert not _met(
        facts(graph_of("Piet Sorensen led the team in its match with Rui Barros's side."))
    )
    assert not _met(facts(graph_of("Piet Sorensen led a delegation to Oslo.")))


def test_leading_a_delegation_to_talks_with_a_country_meets_no_one_named(graph_of):
    got = facts(graph_of("Piet Sorensen led a delegation to talks with Veldia in Oslo."))
    assert not _met(got)


def test_they_said_by_a_list_is_the_list(graph_of):
    got = facts(
        graph_of(
            "The council adopted the Harbour Accord. Hungary, Slovakia and Austria said they "
            "would vote against the accord."
        )
    )
    assert {(n, "Harbour Accord") for n in ("Hungary", "Slovakia", "Austria")} <= _of(
        got, "opposes"
    )


def test_they_said_by_one_or_on_a_condition_is_no_stance_of_the_speakers(graph_of):
    got = facts(
        graph_of(
            "The council adopted the Harbour Accord. Hungary said they would vote against "
            "the accord."
        )
    )
    assert not _of(got, "opposes")
    got = facts(
        graph_of(
            "The council adopted the Harbour Accord. Hungary and Slovakia said they would "
            "vote against the accord if it were amended."
        )
    )
    assert not _of(got, "opposes")


def test_with_after_the_sidelines_of_an_event_names_the_partner(graph_of):
    got = facts(graph_of("Tomas Lavik met on the sidelines of the Harbour Forum with Ada Rhee."))
    assert _met(got) == {frozenset(("Tomas Lavik", "Ada Rhee"))}
    got = facts(
        graph_of(
            "Tomas Lavik held talks on the sidelines of the summit with Prime Minister Ada Rhee."
        )
    )
    assert _met(got) == {frozenset(("Tomas Lavik", "Ada Rhee"))}


def test_the_event_and_its_other_company_are_no_partners(graph_of):
    got = facts(graph_of("Tomas Lavik met Ada Rhee on the sidelines of the summit with Ivo Kask."))
    assert _met(got) == {frozenset(("Tomas Lavik", "Ada Rhee"))}
    got = facts(graph_of("Tomas Lavik spoke at the summit with its chair, Ada Rhee, watching."))
    assert not _met(got)


def test_a_text_described_beside_the_plan_is_the_plan(graph_of):
    got = facts(
        graph_of(
            "The council adopted the Harbour Accord, a text put forward by Norland and Veldia."
        )
    )
    assert {("Norland", "Harbour Accord"), ("Veldia", "Harbour Accord")} <= _of(got, "authorOf")
    got = facts(graph_of("The council adopted the Harbour Accord, a deal opposed by Norland."))
    assert ("Norland", "Harbour Accord") in _of(got, "opposes")


def test_a_person_described_beside_is_no_plan(graph_of):
    got = facts(graph_of("The council rejected Ada Rhee, a candidate drafted in by Norland."))
    assert not _of(got, "authorOf")


def test_sanctions_imposed_in_the_passive_or_as_a_means_of_targeting(graph_of):
    got = facts(
        graph_of(
            "Sanctions were imposed on Boral Shipping Ltd, Kesto Trading Co and Pavel Grigorin "
            "by the Treasury."
        )
    )
    assert {
        ("Treasury", n) for n in ("Boral Shipping Ltd", "Kesto Trading Co", "Pavel Grigorin")
    } <= _of(got, "sanctioned")
    got = facts(
        graph_of("The Treasury hit Boral Shipping Ltd and Kesto Trading Co with sanctions.")
    )
    assert {("Treasury", "Boral Shipping Ltd"), ("Treasury", "Kesto Trading Co")} <= _of(
        got, "sanctioned"
    )


def test_targeted_with_something_else_or_possibly_sanctioned_is_no_sanction(graph_of):
    got = facts(graph_of("The Treasury targeted Boral Shipping Ltd with a new investigation."))
    assert not _of(got, "sanctioned")
    got = facts(graph_of("Sanctions could be imposed on Boral Shipping Ltd by the Treasury."))
    assert not _of(got, "sanctioned")


def test_every_titled_name_of_a_list_of_subjects_signs(graph_of):
    got = facts(
        graph_of(
            "President Tomas Lavik, Prime Minister Ada Rhee and Chancellor Ivo Kask signed the "
            "Harbour Accord on Friday."
        )
    )
    assert {(n, "Harbour Accord") for n in ("Tomas Lavik", "Ada Rhee", "Ivo Kask")} <= _of(
        got, "supports"
    )


def test_a_name_in_a_clause_or_owning_the_subject_does_not_sign(graph_of):
    got = facts(graph_of("Tomas Lavik, whose deputy Ada Rhee resigned, signed the Harbour Accord."))
    assert _of(got, "supports") == {("Tomas Lavik", "Harbour Accord")}
    got = facts(graph_of("Tomas Lavik, Ada Rhee's deputy, signed the Harbour Accord."))
    assert _of(got, "supports") == {("Tomas Lavik", "Harbour Accord")}
