"""Joining people who met, conversations by telephone, and talks only prepared for, on
sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(*pairs):
    return {frozenset(pair) for pair in pairs}


def test_those_who_join_a_meeting_meet_everyone_at_it(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee hosted Prime Minister Piet Sorensen for dinner at the palace on "
            "Monday. They were joined by Foreign Minister Lena Okafor and her counterpart Tomas "
            "Berg, the palace said."
        )
    )
    assert _pairs(
        ("Lena Okafor", "Ada Rhee"), ("Lena Okafor", "Piet Sorensen"),
        ("Tomas Berg", "Ada Rhee"), ("Tomas Berg", "Piet Sorensen"),
    ) <= _met(got)
    assert frozenset(("Lena Okafor", "Tomas Berg")) not in _met(got)  # came together


def test_joining_them_after_a_meeting(graph_of):
    got = facts(graph_of("Ada Rhee and Piet Sorensen met in Oslo on Monday. Lena Okafor later "
                         "joined them."))
    assert _pairs(("Lena Okafor", "Ada Rhee"), ("Lena Okafor", "Piet Sorensen")) <= _met(got)


def test_joining_is_no_meeting_without_one_told_or_in_a_shared_stance(graph_of):
    assert not _met(facts(graph_of("They were joined by Lena Okafor and Tomas Berg.")))
    got = facts(graph_of("Ada Rhee and Piet Sorensen called for a truce. Lena Okafor joined "
                         "them in calling for talks."))
    assert not any("Lena Okafor" in pair for pair in _met(got))


def test_a_telephone_conversation_the_two_had(graph_of):
    got = facts(graph_of("Foreign Minister Ada Rhee and Secretary of State Piet Sorensen "
                         "discussed bilateral relations in a phone conversation on Wednesday, "
                         "the ministry said."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)
    got = facts(graph_of("President Ada Rhee said she and Prime Minister Piet Sorensen engaged "
                         "in a 40-minute telephone conversation on Monday."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)


def test_a_conversation_that_is_no_call_or_has_no_partner(graph_of):
    got = facts(graph_of("Ada Rhee discussed the budget in a phone conversation with "
                         "reporters on Wednesday."))
    assert not _met(got)
    got = facts(graph_of("Ada Rhee and Piet Sorensen discussed the budget in an interview "
                         "with the Daily Courier."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_what_a_past_conversation_settled_is_no_plan_for_one(graph_of):
    got = facts(graph_of("The ministers will pursue the task, set in a telephone conversation "
                         "between President Ada Rhee and Prime Minister Piet Sorensen, of "
                         "easing tensions."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(got)
    got = facts(graph_of("Talks between President Ada Rhee and Prime Minister Piet Sorensen "
                         "are set for May."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_talks_only_prepared_for_are_not_held(graph_of):
    got = facts(graph_of("Lena Okafor's visit is seen as laying the groundwork for another "
                         "summit between President Ada Rhee and Prime Minister Piet Sorensen."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)
    got = facts(graph_of("The agreement paved the way for talks between President Ada Rhee "
                         "and Prime Minister Piet Sorensen."))
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_the_capitalised_title_of_the_one_who_holds_it(graph_of):
    got = facts(graph_of("Prime Minister Tomas Lavik held talks with Chancellor Ada Rhee in "
                         "Vienna. Mr Lavik toured the port. Yesterday, the Prime Minister also "
                         "held talks with President Piet Sorensen in Rome."))
    assert frozenset(("Tomas Lavik", "Piet Sorensen")) in _met(got)
    got = facts(graph_of("Secretary of State Lena Okafor arrived in Lagos on Saturday. The "
                         "Secretary of State, upon her arrival, met her counterpart, Ivo Kask."))
    assert frozenset(("Lena Okafor", "Ivo Kask")) in _met(got)


def test_a_description_received_is_the_one_it_describes(graph_of):
    got = facts(graph_of("Prime Minister Tomas Lavik flew to Rome on Monday. The Prime "
                         "Minister, who landed at noon, was received by Ada Rhee, the deputy "
                         "foreign minister."))
    assert frozenset(("Tomas Lavik", "Ada Rhee")) in _met(got)


def test_a_capitalised_title_two_people_hold_or_named_right_after_refers_to_no_one(graph_of):
    got = facts(graph_of("Prime Minister Tomas Lavik received Prime Minister Ada Rhee in Oslo. "
                         "In May, the Prime Minister held talks with President Piet Sorensen."))
    assert not {frozenset(("Tomas Lavik", "Piet Sorensen")),
                frozenset(("Ada Rhee", "Piet Sorensen"))} & _met(got)
    got = facts(graph_of("\"The network is large,\" Treasury Secretary Lena Okafor said in a "
                         "statement. Speaking to reporters on a call that began at 11 a.m. "
                         "Eastern Time, the Under Secretary of the Treasury for Terrorism and "
                         "Financial Intelligence, Ivo Kask, said the firm had used shell "
                         "companies."))
    assert frozenset(("Lena Okafor", "Ivo Kask")) not in _met(got)


def test_a_phone_call_made_or_placed_to_someone(graph_of):
    got = facts(graph_of("President Ada Rhee made five phone calls to President Piet Sorensen, "
                         "Prime Minister Lior Avni and President Mira Tal."))
    assert {frozenset(("Ada Rhee", name)) for name in ("Piet Sorensen", "Lior Avni",
                                                       "Mira Tal")} <= _met(got)
    assert frozenset(("Ada Rhee", "Piet Sorensen")) in _met(
        facts(graph_of("Ada Rhee placed a call to Piet Sorensen on Monday.")))


def test_a_call_made_for_something_or_to_a_newspaper_is_no_meeting(graph_of):
    assert not _met(facts(graph_of("Ada Rhee made a call for calm, Piet Sorensen said.")))
    assert not _met(facts(graph_of("Ada Rhee made a call to the Daily Courier on Monday.")))


def test_the_two_leaders_are_the_pair_that_met_not_one_denied_a_meeting(graph_of):
    got = facts(graph_of("Ada Rhee has never met Piet Sorensen. On Monday, Lena Okafor hosted "
                         "Tomas Berg in Oslo. The two leaders joined a call with Daniel "
                         "Hartley."))
    assert {frozenset(("Lena Okafor", "Daniel Hartley")),
            frozenset(("Tomas Berg", "Daniel Hartley"))} <= _met(got)
    assert not any("Daniel Hartley" in pair and ("Ada Rhee" in pair or "Piet Sorensen" in pair)
                   for pair in _met(got))


def test_one_who_arrived_and_was_received_met_the_host(graph_of):
    got = _met(facts(graph_of("Tomas Berg landed in Oslo and was greeted at the airport by "
                              "Foreign Minister Ivo Kask. He later held talks with Piet "
                              "Sorensen.")))
    assert {frozenset(("Tomas Berg", "Ivo Kask")),
            frozenset(("Tomas Berg", "Piet Sorensen"))} <= got
    assert not _met(facts(graph_of("The plan was drafted in May and was welcomed by Ivo Kask.")))



def test_the_title_is_of_the_one_it_stands_before_when_two_share_a_surname(graph_of):
    got = _met(facts(graph_of("President Tomas Berg and First Lady Lena Berg opened the fair in "
                              "Oslo. Ivo Kask was later received by the president at the "
                              "palace.")))
    assert frozenset(("Tomas Berg", "Ivo Kask")) in got
    assert frozenset(("Lena Berg", "Ivo Kask")) not in got


@pytest.mark.parametrize("text", [
    "Prime Minister Amina Rahman on Wednesday called on President Rajan Mehta, who is on a "
    "three-day state visit to the country.",
    "Earlier today Foreign Minister Abdul Karim called on President Rajan Mehta at the "
    "palace.",
])
def test_calling_on_someone_is_a_visit(graph_of, text):
    got = _met(facts(graph_of(text)))
    assert any("Rajan Mehta" in pair for pair in got)


@pytest.mark.parametrize("text", [
    "Opposition leader Amina Rahman called on President Rajan Mehta to resign.",
    "Opposition leader Amina Rahman called on President Rajan Mehta to step down "
    "immediately after the vote.",
    "Amina Rahman called on President Rajan Mehta for restraint.",
    "Amina Rahman called on Rajan Mehta's supporters to stay calm.",
])
def test_calling_on_someone_to_act_is_no_meeting(graph_of, text):
    assert not _met(facts(graph_of(text)))


def test_their_session_under_an_infinitive_is_the_subjects_meeting(graph_of):
    got = _met(facts(graph_of(
        "Deputy Foreign Minister Do Van Thanh and his Indonesian counterpart Rudi Hartono "
        "discussed ways to step up cooperation in order to implement the agreements during "
        "their working session in Jakarta on Monday."
    )))
    assert frozenset(("Do Van Thanh", "Rudi Hartono")) in got


def test_their_next_session_under_an_infinitive_is_no_meeting_yet(graph_of):
    got = _met(facts(graph_of(
        "Ana Roe and Tomas Vela agreed on plans to review the deal at their next meeting in "
        "May."
    )))
    assert frozenset(("Ana Roe", "Tomas Vela")) not in got


def test_a_host_joined_by_named_people_at_a_building_or_for_talks(graph_of):
    got = facts(graph_of(
        "President Joe Kellerman thanked the leaders for coming. In addition to Senate Majority "
        "Leader Rita Vossen, Kellerman was joined by Vice President Lara Finch; Senate Minority "
        "Leader Owen Pratt, R-Ky.; and House Speaker Gil Mayhew, R-La., in the Oval Office."
    ))
    assert _pairs(
        ("Joe Kellerman", "Lara Finch"), ("Joe Kellerman", "Owen Pratt"),
        ("Joe Kellerman", "Gil Mayhew"), ("Joe Kellerman", "Rita Vossen"),
    ) <= _met(got)
    got = facts(graph_of("President Joe Kellerman spoke in Ohio. Kellerman was joined by Owen "
                         "Pratt and Gil Mayhew for talks on the budget."))
    assert _pairs(("Joe Kellerman", "Owen Pratt"), ("Joe Kellerman", "Gil Mayhew")) <= _met(got)


@pytest.mark.parametrize("text", [
    "Senator Joe Kellerman spoke in Ohio. Kellerman was joined by Owen Pratt and Gil Mayhew in "
    "calling for a ceasefire.",
    "Senator Joe Kellerman spoke in Ohio on Friday. Kellerman was joined by Owen Pratt at a "
    "rally in Dayton.",
    "Senator Joe Kellerman voted no. Kellerman was joined by Owen Pratt in the Senate.",
    "Senator Joe Kellerman spoke on Friday. Kellerman was joined by her husband, Owen Pratt, on "
    "the stage.",
])
def test_joined_in_a_stance_a_crowd_or_a_chamber_is_no_meeting(graph_of, text):
    assert not any("Owen Pratt" in pair for pair in _met(facts(graph_of(text))))


def test_two_who_acted_in_talks_together_met(graph_of):
    got = _met(facts(graph_of(
        "Defence Minister Ivo Marek and his Latvian counterpart Rasa Vilks reaffirmed the pledge "
        "in their 20-minute phone talks on Monday. Anton Pell and Mira Soltan confirmed "
        "cooperation in telephone talks on Tuesday."
    )))
    assert _pairs(("Ivo Marek", "Rasa Vilks"), ("Anton Pell", "Mira Soltan")) <= got


def test_talks_apart_ahead_or_told_before_join_no_pair(graph_of):
    got = _met(facts(graph_of(
        "Ivo Marek and Rasa Vilks said in separate talks with reporters that the border would "
        "reopen. Anton Pell and Mira Soltan could agree in talks next week to reopen it. "
        "Lena Okafor and Tomas Berg briefed the ministers during the meeting, an aide said."
    )))
    assert not got & _pairs(
        ("Ivo Marek", "Rasa Vilks"), ("Anton Pell", "Mira Soltan"), ("Lena Okafor", "Tomas Berg")
    )


def test_talks_among_several_join_those_named(graph_of):
    got = _met(facts(graph_of(
        "The talks among Ivo Marek and Rasa Vilks followed a series of missile tests."
    )))
    assert _pairs(("Ivo Marek", "Rasa Vilks")) <= got


def test_speaking_with_someone_named_is_a_conversation(graph_of):
    got = facts(graph_of("Senator Ana Ruiz then spoke privately with Senator Tom Becker on "
                         "Friday, urging that a vote be scheduled."))
    assert frozenset(("Ana Ruiz", "Tom Becker")) in _met(got)
    got = facts(graph_of("Ana Ruiz spoke privately with Tom Becker and Walter Grange on Friday."))
    assert _pairs(("Ana Ruiz", "Tom Becker"), ("Ana Ruiz", "Walter Grange")) <= _met(got)


def test_speaking_with_a_broadcaster_or_on_a_show_is_no_meeting(graph_of):
    for text in ("Ana Ruiz spoke with Reuters on Friday.",
                 "Ana Ruiz spoke with reporters after the vote.",
                 "Ana Ruiz spoke with Tom Becker on his podcast on Sunday.",
                 "Ana Ruiz spoke with Tom Becker in an interview aired on Sunday.",
                 "Ana Ruiz spoke about Tom Becker on Friday.",
                 "Ana Ruiz spoke with the Daily Courier and with Tom Becker's staff."):
        assert not _met(facts(graph_of(text))), text


@pytest.mark.parametrize("text", [
    "President Ada Rhee held her first phone call since taking office with her counterpart, "
    "President Piet Sorensen of Tarsk.",
    "President Ada Rhee had her first telephone conversation since taking office with her "
    "counterpart, Piet Sorensen.",
    "President Ada Rhee spoke by phone for the first time since her inauguration with Tarsk "
    "President Piet Sorensen.",
    "President Ada Rhee spoke by phone on Tuesday for the first time since taking office with "
    "Tarsk President Piet Sorensen.",
    "President Ada Rhee talked over the phone to her Tarsk counterpart Piet Sorensen, stressing "
    "trade.",
])
def test_a_call_with_a_clause_before_the_partner(graph_of, text):
    assert _met(facts(graph_of(text))) == _pairs(("Ada Rhee", "Piet Sorensen"))


@pytest.mark.parametrize("text", [
    "President Ada Rhee has not spoken with President Piet Sorensen since taking office with "
    "a narrow majority.",
    "President Ada Rhee made her first foreign trip since taking office with her husband, "
    "Piet Sorensen.",
    "President Ada Rhee held her first rally since taking office with supporters in Velmar.",
    "President Ada Rhee hopes to hold a phone call soon with her counterpart, Piet Sorensen.",
])
def test_no_call_held_since_taking_office(graph_of, text):
    assert not _met(facts(graph_of(text)))
