"""Meetings and stances a clause says have not happened or may not ("too early to speak of",
"premature to talk about", "ruled out"), on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", [
    "Spokesman Ivo Kask said it was too early to speak of any meeting between President "
    "Ada Rhee and President Tomas Lavik.",
    "The palace said on Monday it was too early to organise a summit between President "
    "Ada Rhee and Prime Minister Tomas Lavik.",
    "It is premature to talk about talks between President Ada Rhee and President Tomas "
    "Lavik, the spokesman said.",
    "President Ada Rhee was too ill to meet President Tomas Lavik on Monday.",
])
def test_a_meeting_it_is_too_early_to_speak_of_is_no_fact(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Ada Rhee", "met", "Tomas Lavik") not in got
    assert ("Tomas Lavik", "met", "Ada Rhee") not in got


def test_a_meeting_ruled_out_is_denied(graph_of):
    graph = graph_of("Prime Minister Ada Rhee ruled out meeting President Tomas Lavik.")
    assert ("Ada Rhee", "met", "Tomas Lavik") not in facts(graph)
    assert ("Ada Rhee", "met", "Tomas Lavik") in facts(graph, "negated")


@pytest.mark.parametrize("sentence", [
    "Spokesman Ivo Kask said it was too early to judge the results of Monday's talks "
    "between President Ada Rhee and President Tomas Lavik.",
    "President Ada Rhee met President Tomas Lavik in Geneva on Wednesday, and it is too "
    "early to say what comes next.",
    "The talks between President Ada Rhee and President Tomas Lavik came too early for a "
    "deal, officials said.",
])
def test_a_meeting_held_stays_a_fact_beside_too_early(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert {("Ada Rhee", "met", "Tomas Lavik"), ("Tomas Lavik", "met", "Ada Rhee")} & got


@pytest.mark.parametrize("sentence", [
    'President Ada Rhee said Friday was "the right time" for Norway to accept the Harbour '
    "Plan.",
    "President Ada Rhee said the next step was for Norway to accept the Harbour Plan.",
    "President Ada Rhee set a deadline of Friday for Norway to sign the Harbour Plan.",
    '"We\'d like to see Norway accept the Harbour Plan," President Ada Rhee said.',
])
def test_an_act_asked_of_someone_is_no_stance_yet(graph_of, sentence):
    assert ("Norway", "supports", "Harbour Plan") not in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "It took two weeks for Norway to accept the Harbour Plan.",
    "Norway accepted the Harbour Plan on Friday after talks with President Ada Rhee.",
])
def test_an_act_told_as_done_stays_a_stance(graph_of, sentence):
    assert ("Norway", "supports", "Harbour Plan") in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "There was no meeting between President Ada Rhee and President Tomas Lavik.",
    "No meeting between President Ada Rhee and President Tomas Lavik has been arranged.",
    "Preparations are underway for a summit between President Ada Rhee and President Tomas "
    "Lavik, the deputy minister said.",
    "Plans are being made for talks between President Ada Rhee and President Tomas Lavik.",
    "Both capitals are working to arrange a meeting between President Ada Rhee and President "
    "Tomas Lavik.",
    "The envoy is organising talks between President Ada Rhee and President Tomas Lavik.",
    "The envoy pushed for a meeting between President Ada Rhee and President Tomas Lavik.",
])
def test_a_meeting_denied_or_still_being_arranged_is_no_fact(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Ada Rhee", "met", "Tomas Lavik") not in got
    assert ("Tomas Lavik", "met", "Ada Rhee") not in got


def test_no_meeting_is_denied(graph_of):
    graph = graph_of("There was no meeting between President Ada Rhee and President Tomas Lavik.")
    assert {("Ada Rhee", "met", "Tomas Lavik"), ("Tomas Lavik", "met", "Ada Rhee")} & facts(
        graph, "negated"
    )


@pytest.mark.parametrize("sentence", [
    "The long-planned meeting between President Ada Rhee and President Tomas Lavik took place "
    "on Monday.",
    "The summit between President Ada Rhee and President Tomas Lavik, first proposed in May, "
    "was held in Oslo on Monday.",
    "The meeting, arranged by the ambassador, took place on Monday between President Ada Rhee "
    "and President Tomas Lavik.",
    "The envoy arranged a meeting between President Ada Rhee and President Tomas Lavik last "
    "week.",
    "After weeks of arranging, President Ada Rhee met President Tomas Lavik in Oslo.",
])
def test_a_meeting_arranged_and_held_stays_a_fact(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert {("Ada Rhee", "met", "Tomas Lavik"), ("Tomas Lavik", "met", "Ada Rhee")} & got


def test_a_meeting_held_elsewhere_in_the_article_stays_a_fact(graph_of):
    got = facts(graph_of(
        "Officials are working to arrange a new meeting between President Ada Rhee and "
        "President Tomas Lavik. The two leaders last met in Paris in 2019."
    ))
    assert {("Ada Rhee", "met", "Tomas Lavik"), ("Tomas Lavik", "met", "Ada Rhee")} & got


def test_a_meeting_told_beside_one_not_scheduled_with_even_as_is_a_fact(graph_of):
    got = facts(graph_of(
        "President Ada Rhee did not schedule a meeting with Prime Minister Tomas Lavik, even "
        "as she met President Ivo Kask on the sidelines."
    ))
    assert {("Ada Rhee", "met", "Ivo Kask"), ("Ivo Kask", "met", "Ada Rhee")} & got
    assert not {("Ada Rhee", "met", "Tomas Lavik"), ("Tomas Lavik", "met", "Ada Rhee")} & got


@pytest.mark.parametrize("sentence", [
    "Three states have begun the process of reimposing UN sanctions on Varnia.",
    "Three states initiated a 30-day process to reapply UN sanctions on Varnia.",
])
def test_sanctions_a_process_has_only_begun_to_restore_are_no_fact(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("UN", "sanctioned", "Varnia") not in got
    assert ("UN", "sanctioned", "Varnia") in facts(graph_of(sentence), "hypothetical")


@pytest.mark.parametrize("sentence", [
    "Three states reimposed UN sanctions on Varnia on Saturday.",
    "The UN began imposing sanctions on Varnia in 2014.",
])
def test_sanctions_restored_or_begun_at_once_stay_a_fact(graph_of, sentence):
    assert ("UN", "sanctioned", "Varnia") in facts(graph_of(sentence))


def test_a_meeting_proposed_beside_another_proposal_was_not_held(graph_of):
    got = facts(graph_of("The negotiators said they had proposed a ceasefire and a meeting "
                         "between Anna Berg and Tom Hale."), status="asserted")
    assert ("Anna Berg", "met", "Tom Hale") not in got and ("Tom Hale", "met", "Anna Berg") \
        not in got


def test_a_meeting_held_beside_another_event_was_held(graph_of):
    got = facts(graph_of("A ceasefire took hold on Monday and a meeting between Anna Berg and "
                         "Tom Hale took place in Oslo."))
    assert {("Anna Berg", "met", "Tom Hale"), ("Tom Hale", "met", "Anna Berg")} & got


def test_the_place_a_where_clause_follows_is_no_one_met(graph_of):
    got = facts(graph_of("Anna Berg flew on to Tirana, where she attended a summit of the "
                         "Coastal Forum."))
    assert not any("Tirana" in (s, o) and p == "met" for s, p, o in got)


@pytest.mark.parametrize(("opening", "country"), [
    ("WASHINGTON — President Marcus Hale", "United States"),
    ("VIENNA — Austrian President Marcus Hale", "Austria"),
])
def test_a_leader_s_administration_is_the_country_s(graph_of, opening, country):
    got = facts(graph_of(f"{opening} called off the summit, and his administration imposed "
                         "sanctions on Rosnor, the oil producer."))
    assert (country, "sanctioned", "Rosnor") in got
    assert ("Marcus Hale", "sanctioned", "Rosnor") not in got


def test_a_second_deed_after_calling_something_off_is_told_as_done(graph_of):
    got = facts(graph_of("VIENNA — President Marcus Hale called off the summit, and his "
                         "administration imposed sanctions on Rosnor, the oil producer."),
                status="proposed")
    assert not any(p == "sanctioned" for _, p, _ in got)


def test_talks_still_to_be_restarted_were_not_held(graph_of):
    got = facts(graph_of(
        "Ostria's foreign minister joined talks on restarting ceasefire negotiations between "
        "Norland and the Karvan Front. "
        "Mediators are working to revive negotiations between Norland and the Karvan Front."
    ))
    assert not {f for f in got if f[1] == "met" and "Norland" in f}


def test_talks_that_resumed_were_held(graph_of):
    got = facts(graph_of(
        "Negotiations between Norland and the Karvan Front resumed in Kelvik on Monday."
    ))
    assert ("Norland", "met", "Karvan Front") in got or ("Karvan Front", "met", "Norland") in got


@pytest.mark.parametrize("text", [
    "Prime Minister Amir Dawood held a meeting on the economy and ordered to begin talks "
    "with the IMF on a new loan.",
    "Prime Minister Amir Dawood ordered officials to begin talks with the IMF on a new loan.",
    "President Ada Korvan instructed her envoy to meet the rebel leader Tomas Reyes.",
])
def test_talks_ordered_are_not_held(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[1] == "met"]


@pytest.mark.parametrize(("text", "pair"), [
    ("Prime Minister Amir Dawood began talks with the IMF on Monday.",
     ("Amir Dawood", "IMF")),
    ("President Ada Korvan, who ordered the strike, met Tomas Reyes on Monday.",
     ("Ada Korvan", "Tomas Reyes")),
])
def test_talks_begun_or_held_by_one_who_gave_orders_are_held(graph_of, text, pair):
    got = facts(graph_of(text))
    assert any(f[1] == "met" and {f[0], f[2]} == set(pair) for f in got)
