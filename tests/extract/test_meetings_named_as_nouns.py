"""Meetings named by a noun ("a sit-down", "an audience", "a call between"), meetings whose
people are listed ("the meeting included"), and conversations with an office holder, on
sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

PAIR = frozenset(("Lena Okafor", "Tomas Berg"))


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _met_of(graph_of, text, status="asserted"):
    return _met(facts(graph_of(text), status))


def test_a_sit_down_an_audience_and_a_call_between_two(graph_of):
    assert PAIR in _met_of(graph_of, "Lena Okafor had a sit-down with Tomas Berg on Monday.")
    assert PAIR in _met_of(graph_of, "Lena Okafor was granted an audience with King Tomas "
                                     "Berg on Monday.")
    assert PAIR in _met_of(graph_of, "A call between Lena Okafor and Tomas Berg took place "
                                     "on Monday.")


def test_a_meeting_sought_or_refused_is_none(graph_of):
    assert PAIR not in _met_of(graph_of, "Lena Okafor sought an audience with King Tomas Berg.")
    assert PAIR not in _met_of(graph_of, "Lena Okafor was denied an audience with King Tomas "
                                         "Berg.")


def test_the_people_a_meeting_included_met(graph_of):
    got = _met_of(graph_of, "The in-person meeting in Oslo included executive vice president "
                            "Lena Okafor and union President Tomas Berg, union leaders said.")
    assert PAIR in got
    got = _met_of(graph_of, "The talks included Lena Okafor, Tomas Berg and Ivo Kask.")
    assert {PAIR, frozenset(("Lena Okafor", "Ivo Kask")),
            frozenset(("Tomas Berg", "Ivo Kask"))} <= got


def test_what_a_meeting_included_that_is_no_one_or_still_to_come(graph_of):
    assert PAIR not in _met_of(graph_of, "The meeting included a discussion of Lena Okafor "
                                         "and Tomas Berg.")
    assert PAIR not in _met_of(graph_of, "The next meeting will include Lena Okafor and "
                                         "Tomas Berg.")


def test_the_people_of_a_delegation_met(graph_of):
    got = _met_of(graph_of, "Lena Okafor met behind closed doors with a delegation that "
                            "included Tomas Berg and Ivo Kask.")
    assert {PAIR, frozenset(("Lena Okafor", "Ivo Kask"))} <= got
    assert PAIR not in _met_of(graph_of, "Lena Okafor signed a deal that included Tomas Berg.")


def test_speaking_to_an_office_holder_is_a_conversation(graph_of):
    assert PAIR in _met_of(graph_of, "Lena Okafor spoke to her counterpart Tomas Berg on "
                                     "Tuesday.")
    assert PAIR in _met_of(graph_of, "Lena Okafor spoke with Foreign Minister Tomas Berg on "
                                     "Tuesday.")
    assert PAIR in _met_of(graph_of, "Lena Okafor has not spoken to President Tomas Berg "
                                     "since May.", "negated")


def test_speaking_to_the_press_is_no_meeting(graph_of):
    assert PAIR not in _met_of(graph_of, "Lena Okafor spoke to CNN anchor Tomas Berg on "
                                         "Tuesday.")
    assert PAIR not in _met_of(graph_of, "Lena Okafor spoke to the Daily Courier about Tomas "
                                         "Berg, the president.")
    assert PAIR not in _met_of(graph_of, "Lena Okafor has not spoken to President Tomas Berg "
                                         "since May.")


def test_received_by_a_title_of_a_place_and_the_name_after_it(graph_of):
    got = _met_of(graph_of, "President Lena Okafor arrived on Friday. Okafor was received at "
                            "the Presidential Palace by Crown Prince of Ras Kalda Sheikh Tomas "
                            "bin Saeed Al Berg.")
    assert frozenset(("Lena Okafor", "Tomas bin Saeed Al Berg")) in got
    assert not _met_of(graph_of, "President Lena Okafor arrived on Friday. Okafor was received "
                                 "at the palace by the President of Ras Kalda.")


def test_a_reception_held_for_someone(graph_of):
    assert PAIR in _met_of(graph_of, "Prime Minister Lena Okafor held a reception for Foreign "
                                     "Minister Tomas Berg, who is in Norland for talks.")
    assert PAIR in _met_of(graph_of, "Lena Okafor will hold a reception for Tomas Berg next "
                                     "week.", "hypothetical")
    assert PAIR not in _met_of(graph_of, "The plan received a cool reception from Tomas Berg, "
                                         "Lena Okafor said.")



def test_a_country_that_hosts_talks_is_no_party_to_them(graph_of):
    got = _met_of(graph_of, "Delegations from Norland and Kaldora met in Geneva, hosted by "
                            "Switzerland.")
    assert not any("Switzerland" in pair for pair in got)
    got = _met_of(graph_of, "Lena Okafor and Tomas Berg held talks in Cairo, hosted by Ivo "
                            "Kask.")
    assert frozenset(("Lena Okafor", "Ivo Kask")) in got


def test_one_who_speaks_of_someone_attending_a_meeting_did_not_attend_it(graph_of):
    got = _met_of(graph_of, "Lena Okafor attended the breakfast in Washington in February. "
                            "Yesterday Minister Tomas Berg questioned her purpose in attending "
                            "the meeting.")
    assert PAIR not in got


def test_indirect_talks_are_no_meeting_of_the_sides(graph_of):
    assert PAIR not in _met_of(graph_of, "Indirect talks between Lena Okafor and Tomas Berg "
                                         "resumed in Doha.")
    assert PAIR not in _met_of(graph_of, "Lena Okafor and Tomas Berg held indirect talks in "
                                         "Doha.")
    got = _met_of(graph_of, "Ceasefire negotiations between Norland and the Front continued "
                            "for a third day on Tuesday, with indirect contacts mediated by "
                            "Kaldora.")
    assert not got
    assert PAIR in _met_of(graph_of, "Talks between Lena Okafor and Tomas Berg resumed in Doha.")


def test_a_ceremony_with_someone_is_a_joint_appearance(graph_of):
    assert PAIR in _met_of(graph_of, "In a Rose Garden ceremony with Commission President "
                                     "Tomas Berg, Lena Okafor said the agreement has four parts.")
    assert PAIR not in _met_of(graph_of, "Lena Okafor attended a ceremony with hundreds of "
                                         "guests, Tomas Berg said.")


def test_received_the_holder_of_a_title_of_a_place_named_after_it(graph_of):
    got = facts(graph_of("Last Friday in the papal library, Pope Leo received in audience the "
                         "Vice President of Norland Tomas Berg."))
    assert frozenset(("Pope Leo", "Tomas Berg")) in _met(got)
