"""A title beside the name of someone the sentence tells has left the office is no current
office; a departure still to come, or an outgoing holder, keeps it."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_holder_who_resigned_or_stepped_down(graph_of):
    got = facts(
        graph_of(
            "Kestrel Motors CEO Bram Vik stepped down on Monday after a weak quarter. "
            "Tessaly Bank chairman Oren Hald resigned on Friday. "
            "Ilse Varga, the chief financial officer of Morrow Foods, has resigned."
        )
    )
    assert ("Bram Vik", "leaderOf", "Kestrel Motors") not in got
    assert ("Oren Hald", "leaderOf", "Tessaly Bank") not in got
    assert not {f for f in got if f[0] == "Ilse Varga"}


def test_holder_put_out_of_office(graph_of):
    got = facts(
        graph_of(
            "Bram Vik, the chief executive of Kestrel Motors, was ousted on Tuesday. "
            "Tessaly Bank fired chief executive Oren Hald in March. "
            "Morrow Foods named Lena Ortiz as its president, replacing CEO Ilse Varga."
        )
    )
    assert ("Bram Vik", "leaderOf", "Kestrel Motors") not in got
    assert ("Oren Hald", "leaderOf", "Tessaly Bank") not in got
    assert ("Ilse Varga", "leaderOf", "Morrow Foods") not in got


def test_holder_replaced_in_apposition(graph_of):
    got = facts(graph_of("Kestrel Motors has replaced its chief executive, Bram Vik."))
    assert ("Bram Vik", "leaderOf", "Kestrel Motors") not in got


def test_holder_who_has_not_left_yet(graph_of):
    got = facts(
        graph_of(
            "Kestrel Motors CEO Bram Vik will step down in June. "
            "Tessaly Bank chairman Oren Hald is stepping down after a decade. "
            "Morrow Foods named Lena Ortiz to replace chief executive Ilse Varga next year. "
            "Velland Party leader Tomas Brenn said he would not resign."
        )
    )
    assert ("Bram Vik", "leaderOf", "Kestrel Motors") in got
    assert ("Oren Hald", "leaderOf", "Tessaly Bank") in got
    assert ("Tomas Brenn", "leaderOf", "Velland Party") in got


def test_others_in_the_sentence_keep_their_offices(graph_of):
    got = facts(
        graph_of(
            "Tessaly Bank chairman Oren Hald said chief executive Bram Vik had resigned. "
            "Velland Party lawmaker Ilse Varga resigned as transport minister on Monday."
        )
    )
    assert ("Oren Hald", "leaderOf", "Tessaly Bank") in got
    assert ("Ilse Varga", "memberOf", "Velland Party") in got


def test_removed_from_a_room_is_not_removed_from_office(graph_of):
    got = facts(
        graph_of("The Velland Wrestling Federation's elected president, Ilse Varga, was "
                 "removed from her office in Tarsk by police on Monday.")
    )
    assert ("Ilse Varga", "leaderOf", "Velland Wrestling Federation") in got


def test_holder_gone_in_a_clause_or_after_the_title(graph_of):
    got = facts(
        graph_of(
            "Kestrel Motors chief executive Bram Vik, who resigned on Monday, said sales fell. "
            "The Dunmore Rowing Club, whose president, Tom Hale, resigned, was fined.",
            "Dunmore United lost again. Ola Vik, head of the club's youth academy, was sacked.",
        )
    )
    assert ("Bram Vik", "leaderOf", "Kestrel Motors") not in got
    assert ("Tom Hale", "leaderOf", "Dunmore Rowing Club") not in got
    assert not {f for f in got if f[0] == "Ola Vik"}


@pytest.mark.parametrize("text", [
    "Harlow Systems said Sunday that its board has accepted the resignation of its chief "
    "executive, Dana Kessel, effective immediately.",
    "Harlow Systems said its board had accepted chief executive Dana Kessel's resignation.",
])
def test_a_resignation_accepted_ends_the_office(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Dana Kessel" and p == "leaderOf" for s, p, o in got)


@pytest.mark.parametrize("text", [
    "Harlow Systems said its board had accepted the resignation of its chief executive, Dana "
    "Kessel, effective at the end of June.",
    "Harlow Systems said its board would accept the resignation of its chief executive, Dana "
    "Kessel.",
    "Harlow Systems said its board rejected the resignation of its chief executive, Dana "
    "Kessel.",
])
def test_a_resignation_still_to_take_effect_or_refused_keeps_the_office(graph_of, text):
    assert ("Dana Kessel", "leaderOf", "Harlow Systems") in facts(graph_of(text))


def test_aide_removed_or_resigned_before_the_title_set_off(graph_of):
    # the removal is written before the title phrase, the name set off after it
    got = facts(
        graph_of(
            "A corruption probe forced President Ivan Koval to sack his chief of staff and "
            "top negotiator, Pavel Rudenko, on Friday.",
            "President Ivan Koval announced Friday the resignation of his powerful chief of "
            "staff, Pavel Rudenko, who was also the lead negotiator.",
            "President Ivan Koval dismissed his spokesman, Oleg Marchuk, on Friday.",
            "After the resignation of his chief of staff, Pavel Rudenko, President Ivan Koval "
            "reshuffled the cabinet.",
        )
    )
    assert ("Pavel Rudenko", "advisorOf", "Ivan Koval") not in got
    assert ("Oleg Marchuk", "spokespersonOf", "Ivan Koval") not in got


def test_aide_whose_removal_is_only_sought_or_to_come_keeps_the_post(graph_of):
    got = facts(
        graph_of(
            "Opposition lawmakers demanded the resignation of President Ivan Koval's chief "
            "of staff, Pavel Rudenko.",
            "President Lena Darr will sack her chief of staff, Tomas Brill, aides said.",
            "President Ivo Marek accepted the advice of his chief of staff, Oleg Santo.",
        )
    )
    assert ("Pavel Rudenko", "advisorOf", "Ivan Koval") in got
    assert ("Tomas Brill", "advisorOf", "Lena Darr") in got
    assert ("Oleg Santo", "advisorOf", "Ivo Marek") in got


def test_a_holder_joined_to_a_title_as_its_conjunct_has_left(graph_of):
    got = facts(graph_of(
        "Navaro International Corp said today chairman and chief executive Dale Fenwick had "
        "quit. Tessaly Bank said chairman Oren Hald and chief executive Ilse Varga would stay."))
    assert ("Dale Fenwick", "leaderOf", "Navaro International Corp") not in got
    # nobody left in the second sentence: nothing of it is dropped as a departure
    assert not {f for f in got if f[0] in {"Oren Hald", "Ilse Varga"} and f[1] != "leaderOf"}


def test_a_headline_in_the_present_tells_a_departure_that_happened(graph_of):
    got = facts(graph_of("Kestrel CEO Bram Vik resigns, chairman Ana Roe named as successor"
                         "\n\nKestrel on Monday named a new chief executive."))
    assert ("Bram Vik", "leaderOf", "Kestrel") not in got


@pytest.mark.parametrize("text", [
    "Kestrel CEO Bram Vik to resign next year\n\nKestrel said chief executive Bram Vik would "
    "leave in 2027.",
    "Kestrel CEO Bram Vik resigns\n\nKestrel CEO Bram Vik resigns every year in jest, he told "
    "staff.",
])
def test_a_departure_ahead_or_told_in_the_body_s_present_keeps_the_office(graph_of, text):
    assert ("Bram Vik", "leaderOf", "Kestrel") in facts(graph_of(text))


def test_a_former_title_joined_to_another_makes_both_past(graph_of):
    got = facts(graph_of(
        "President Marta Quiroga said she has chosen Luis Ferrando, a former finance "
        "minister and Central Bank chief known as an expert in markets, to lead the "
        "Economy Ministry."
    ))
    assert ("Luis Ferrando", "leaderOf", "Central Bank") not in got
    assert ("Luis Ferrando", "leaderOf", "Economy Ministry") in got


@pytest.mark.parametrize("text", [
    "Dorin Vasko, a former banker and the current head of Tarsel Bank, said the plan was "
    "sound.",
    "Dorin Vasko, a former senator and now chairman of Tarsel Bank, said the plan was sound.",
    "Dorin Vasko, chairman and chief executive of Tarsel Bank, said the plan was sound.",
    "Dorin Vasko, a former Secretary of Commerce and founder-chairman of Tarsel Bank, "
    "joined the board.",
])
def test_a_title_set_apart_from_a_former_one_is_held_now(graph_of, text):
    assert ("Dorin Vasko", "leaderOf", "Tarsel Bank") in facts(graph_of(text))
