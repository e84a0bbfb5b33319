"""Meetings of more than two and those who sat in on them ("Also taking part in the talks
were A and B", "the meeting involved A and B", "the three spent two hours in talks"), and
meetings still to come told with a verb in the past ("confirmed a meeting between A and B
next week"), on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(*people):
    return {frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :]}


def test_a_meeting_dated_ahead_is_not_told_as_held(graph_of):
    text = "Tarsk confirmed a meeting between Ana Roble and Piet Varga next week in Oslo."
    assert not _met(facts(graph_of(text)))
    assert _met(facts(graph_of(text), "hypothetical")) == _pairs("Ana Roble", "Piet Varga")
    got = facts(
        graph_of("Tarsk announced talks between Ana Roble and Piet Varga in the coming days.")
    )
    assert not _met(got)


def test_a_meeting_dated_in_the_past_is_held(graph_of):
    got = facts(graph_of("Tarsk confirmed a meeting between Ana Roble and Piet Varga last week."))
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_talks_whose_outcome_is_hoped_for_are_still_to_come(graph_of):
    got = facts(
        graph_of(
            "Tarsk hopes a positive development results from talks between Ana Roble and "
            "Piet Varga."
        )
    )
    assert not _met(got)
    got = facts(graph_of("Tarsk expects progress from talks between Ana Roble and Piet Varga."))
    assert not _met(got)


def test_the_results_of_talks_welcomed_were_of_talks_held(graph_of):
    got = facts(
        graph_of("Tarsk welcomed the results of talks between Ana Roble and Piet Varga.")
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_the_announcement_of_a_meeting_tells_of_one_to_come(graph_of):
    got = facts(
        graph_of(
            "The announcement of the meeting between Ana Roble and Piet Varga came a day "
            "after the border clash."
        )
    )
    assert not _met(got)


def test_those_also_taking_part_in_the_talks_met_the_host(graph_of):
    got = facts(
        graph_of(
            "Ana Roble held talks with Piet Varga in Oslo on Monday. Also participating in the "
            "talks were Lise Moen and Karl Ostby."
        )
    )
    assert _met(got) == {
        frozenset(("Ana Roble", "Piet Varga")),
        frozenset(("Ana Roble", "Lise Moen")),
        frozenset(("Ana Roble", "Karl Ostby")),
    }
    got = facts(
        graph_of(
            "Ana Roble held talks with Piet Varga in Oslo on Monday. Taking part in the "
            "meeting were Lise Moen and Karl Ostby."
        )
    )
    assert frozenset(("Ana Roble", "Lise Moen")) in _met(got)


def test_those_taking_part_in_no_meeting_told_of_met_no_one(graph_of):
    got = facts(
        graph_of(
            "Ana Roble visited the flooded towns on Monday. Also participating in the march "
            "were Lise Moen and Karl Ostby."
        )
    )
    assert not _met(got)


def test_a_meeting_that_involved_people_is_one_they_held(graph_of):
    got = facts(graph_of("The meeting on Monday involved Ana Roble and Piet Varga."))
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")
    got = facts(
        graph_of(
            "The last meeting involved the head of the Velland army, Ana Roble, and the chief "
            "of the Tarsk police, Piet Varga."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_what_else_involved_people_is_no_meeting(graph_of):
    assert not _met(facts(graph_of("The dispute involved Ana Roble and Piet Varga.")))
    assert not _met(facts(graph_of("The talks will involve Ana Roble and Piet Varga.")))


def test_time_spent_in_talks_is_a_meeting(graph_of):
    got = facts(graph_of("Ana Roble spent two hours in talks with Piet Varga on Monday."))
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")
    got = facts(graph_of("The two leaders, Ana Roble and Piet Varga, spent the morning in talks."))
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_time_spent_in_talks_alone_meets_no_one(graph_of):
    assert not _met(facts(graph_of("Ana Roble spent two days in talks on the budget.")))


def test_two_described_then_named_held_talks(graph_of):
    got = facts(graph_of("The two leaders, Ana Roble and Piet Varga, held talks in Oslo."))
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_those_named_before_who_held_a_meeting_held_it(graph_of):
    """ "X of A and Y of B, who had a meeting": the clause is the people's, not B's."""
    got = facts(
        graph_of(
            "Presidents Ana Roble of Velland and Piet Varga of Tarsk, who had an informal "
            "meeting on the sidelines of the summit, discussed the border, an aide said."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga")


def test_a_delegation_at_the_meeting_met_those_holding_it(graph_of):
    got = facts(
        graph_of(
            "Ana Roble and Piet Varga held a meeting in Oslo on Monday. The Velland delegation "
            "at the meeting included Lise Moen and Karl Ostby, the Tarsk Herald reported."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga") | {
        frozenset((host, guest))
        for host in ("Ana Roble", "Piet Varga")
        for guest in ("Lise Moen", "Karl Ostby")
    }


def test_a_delegation_named_with_no_meeting_met_no_one(graph_of):
    got = facts(
        graph_of(
            "Ana Roble and Piet Varga held a meeting in Oslo on Monday. The Velland delegation "
            "included Lise Moen and Karl Ostby."
        )
    )
    assert frozenset(("Piet Varga", "Lise Moen")) not in _met(got)


def test_who_held_talks_adds_no_one_else_named_near(graph_of):
    got = facts(
        graph_of(
            "Ana Roble of Velland, who held talks with Lise Moen on Monday, praised Piet Varga."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Lise Moen")


def test_those_a_meeting_was_attended_by_in_a_relative_clause_met(graph_of):
    got = facts(
        graph_of(
            "The meeting, which was attended by Ana Roble, Piet Varga and Lise Moen, lasted "
            "two hours."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga", "Lise Moen")


def test_a_meeting_still_to_be_attended_is_not_held(graph_of):
    text = "The next meeting, which will be attended by Ana Roble and Piet Varga, opens in May."
    assert not _met(facts(graph_of(text)))
    text = "The summit, which was hosted by Ana Roble, drew crowds to Oslo."
    assert not _met(facts(graph_of(text)))


def test_a_delegation_at_the_meeting_met_the_other_side_not_its_own_leader(graph_of):
    got = facts(
        graph_of(
            "Norwegian President Ana Roble and her Kenyan counterpart Piet Varga held a meeting "
            "in Oslo on Monday. The Kenyan delegation at the meeting included Lise Moen and "
            "Karl Ostby."
        )
    )
    assert _met(got) == _pairs("Ana Roble", "Piet Varga") | {
        frozenset(("Ana Roble", "Lise Moen")),
        frozenset(("Ana Roble", "Karl Ostby")),
    }


def test_one_and_his_counterparts_from_other_countries_all_met(graph_of):
    got = facts(graph_of(
        "Foreign Minister Tomas Verhoek of Norway and his counterparts Ilse Brandt from Chile "
        "and Pavel Kurek from Kenya met in Kelvik on Monday."
    ))
    assert {("Tomas Verhoek", "met", "Ilse Brandt"), ("Tomas Verhoek", "met", "Pavel Kurek"),
            } <= got
    assert ("Ilse Brandt", "met", "Pavel Kurek") in got or (
        "Pavel Kurek", "met", "Ilse Brandt") in got


def test_counterparts_named_with_a_clause_between_are_not_listed(graph_of):
    got = facts(graph_of(
        "Foreign Minister Tomas Verhoek and his counterparts, who arrived late, met in Kelvik. "
        "Ilse Brandt stayed home."
    ))
    assert not {f for f in got if f[1] == "met" and "Ilse Brandt" in f}


def test_two_people_who_discussed_a_topic_discussed_it_together(graph_of):
    for text in (
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch discussed "
        "Ukraine in Paris on Tuesday.",
        "Both Tomas Haldorsen and Rasmus Feldkirch discussed the Afghan peace process.",
    ):
        assert _pairs("Tomas Haldorsen", "Rasmus Feldkirch") <= _met(facts(graph_of(text))), text


def test_a_discussion_to_come_refused_or_between_countries_is_no_meeting(graph_of):
    for text in (
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch will discuss "
        "Ukraine in Paris on Tuesday.",
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch declined to "
        "discuss the plan.",
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch have not "
        "discussed the plan.",
        "France and Germany discussed the plan in Brussels on Tuesday.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_two_people_who_spoke_for_a_while_spoke_together(graph_of):
    for text in (
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch spoke for 90 "
        "minutes on Tuesday, the Elysee said.",
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch arrived in "
        "Oslo on Monday for the summit. The two leaders spoke for 90 minutes on Tuesday.",
    ):
        assert _pairs("Tomas Haldorsen", "Rasmus Feldkirch") <= _met(facts(graph_of(text))), text


def test_speeches_for_a_while_are_no_conversation(graph_of):
    for text in (
        "French President Tomas Haldorsen spoke for an hour at the rally in Lyon.",
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch spoke for an "
        "hour each to the assembly.",
        "French President Tomas Haldorsen and German Chancellor Rasmus Feldkirch will speak for "
        "an hour on Tuesday.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_those_a_meeting_is_said_to_be_attended_by_met(graph_of):
    for text in (
        "The meeting, attended by French President Tomas Haldorsen and German Chancellor "
        "Rasmus Feldkirch, lasted an hour.",
        "The talks, which were attended by French President Tomas Haldorsen and German "
        "Chancellor Rasmus Feldkirch, lasted an hour.",
    ):
        assert _pairs("Tomas Haldorsen", "Rasmus Feldkirch") <= _met(facts(graph_of(text))), text


def test_those_a_meeting_called_off_was_to_be_attended_by_met_no_one(graph_of):
    for text in (
        "The meeting, attended by French President Tomas Haldorsen and German Chancellor "
        "Rasmus Feldkirch, was cancelled.",
        "The meeting, attended by French President Tomas Haldorsen and German Chancellor "
        "Rasmus Feldkirch, never took place.",
        "The meeting, which was attended by French President Tomas Haldorsen and German "
        "Chancellor Rasmus Feldkirch, was later cancelled.",
        "The next meeting, attended by French President Tomas Haldorsen and German Chancellor "
        "Rasmus Feldkirch, will take place in May.",
        "The funeral, attended by French President Tomas Haldorsen and German Chancellor "
        "Rasmus Feldkirch, took place on Friday.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_guests_at_a_summit_a_host_held_met_the_host_not_each_other(graph_of):
    got = facts(graph_of(
        "French President Tomas Haldorsen hosted a summit attended by German Chancellor Rasmus "
        "Feldkirch and Italian Prime Minister Ilse Moravec."
    ))
    assert _pairs("Tomas Haldorsen", "Rasmus Feldkirch") <= _met(got)
    assert frozenset(("Rasmus Feldkirch", "Ilse Moravec")) not in _met(got)


def test_those_listed_as_also_at_the_meeting_met_its_host(graph_of):
    got = facts(graph_of(
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. "
        "Also at the meeting were Italian Prime Minister Ilse Moravec and Dutch Prime Minister "
        "Marek Sandoval."
    ))
    assert _pairs("Tomas Haldorsen", "Ilse Moravec") | _pairs("Tomas Haldorsen",
                                                                "Marek Sandoval") <= _met(got)
    got = facts(graph_of(
        "French President Tomas Haldorsen hosted senators for dinner on Tuesday. Others at the "
        "dinner were Senators Marek Sandoval and Ilse Moravec."
    ))
    assert _pairs("Tomas Haldorsen", "Ilse Moravec") <= _met(got)


def test_a_sentence_opening_at_the_meeting_that_lists_no_one_there_adds_no_guest(graph_of):
    for text in (
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. At "
        "the meeting, which was held in Oslo, Italian Prime Minister Ilse Moravec signed a deal "
        "with Norway.",
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. Not "
        "at the meeting were Italian Prime Minister Ilse Moravec and Dutch Prime Minister Marek "
        "Sandoval.",
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. Also "
        "at the next meeting will be Italian Prime Minister Ilse Moravec.",
    ):
        met = _met(facts(graph_of(text)))
        assert not any("Ilse Moravec" in pair for pair in met), text


def test_those_said_to_be_at_the_meeting_met_its_host(graph_of):
    got = facts(graph_of(
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. "
        "Italian Prime Minister Ilse Moravec was also at the meeting."
    ))
    assert _pairs("Tomas Haldorsen", "Ilse Moravec") <= _met(got)
    got = facts(graph_of(
        "French President Tomas Haldorsen hosted senators for dinner on Tuesday. Senators Marek "
        "Sandoval and Ilse Moravec were also at the dinner."
    ))
    assert _pairs("Tomas Haldorsen", "Marek Sandoval") <= _met(got)


def test_those_not_or_not_yet_at_the_meeting_met_no_one(graph_of):
    for text in (
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. "
        "Italian Prime Minister Ilse Moravec was not at the meeting.",
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. "
        "Italian Prime Minister Ilse Moravec will be at the next meeting.",
        "French President Tomas Haldorsen met German Chancellor Rasmus Feldkirch on Monday. The "
        "mood at the meeting was tense, Italian Prime Minister Ilse Moravec said.",
    ):
        met = _met(facts(graph_of(text)))
        assert not any("Ilse Moravec" in pair for pair in met), text
