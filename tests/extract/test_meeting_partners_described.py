"""Meeting partners a sentence names away from the meeting: after a colon, through a
relative "who", past the verb's object, and a surname the tagger read as a common noun
(invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(*pairs):
    return {frozenset(pair) for pair in pairs}


def test_partners_listed_after_a_colon_met_the_host_not_each_other(graph_of):
    got = facts(graph_of(
        "The chief of staff Tomas Reyes said he had already held his first meeting with "
        "national security advisers to the leaders of Norway, Chile and Kenya: Peter Vance, "
        "Luc Moreau and Karl Berger."
    ))
    assert _pairs(("Tomas Reyes", "Peter Vance"), ("Tomas Reyes", "Luc Moreau"),
                  ("Tomas Reyes", "Karl Berger")) <= _met(got)
    assert frozenset(("Peter Vance", "Luc Moreau")) not in _met(got)


def test_a_colon_after_topics_lists_no_partners(graph_of):
    got = facts(graph_of(
        "Tomas Reyes said he held talks with advisers on two topics: trade and the visit of "
        "Peter Vance."
    ))
    assert not _met(got)


def test_a_colon_list_of_places_is_no_partner(graph_of):
    got = facts(graph_of("Tomas Reyes held talks with officials from two countries: Norway "
                         "and Chile."))
    assert not _met(got)


def test_a_relative_who_after_with_is_the_partner(graph_of):
    got = facts(graph_of("President Daniel Okpara praised President Marta Velez, who he spoke "
                         "with on Sunday morning."))
    assert _pairs(("Daniel Okpara", "Marta Velez")) <= _met(got)
    got = facts(graph_of("President Daniel Okpara praised President Marta Velez, with whom he "
                         "held talks on Sunday."))
    assert _pairs(("Daniel Okpara", "Marta Velez")) <= _met(got)


def test_a_relative_who_never_spoken_with_or_on_a_show_is_no_meeting(graph_of):
    got = facts(graph_of("President Daniel Okpara thanked Chancellor Marta Velez, whom he had "
                         "never spoken with before."))
    assert not _met(got)
    got = facts(graph_of("President Daniel Okpara praised the reporter Marta Velez, who he "
                         "spoke with on his podcast."))
    assert not _met(got)


def test_during_talks_hung_on_the_object_are_the_subject_s(graph_of):
    got = facts(graph_of("President Oleg Sorokin rejected the proposals during talks with "
                         "envoy Peter Vance on Tuesday."))
    assert _pairs(("Oleg Sorokin", "Peter Vance")) <= _met(got)


def test_a_day_owning_the_call_is_not_who_held_it(graph_of):
    got = facts(graph_of("In Wednesday's phone call with President Daniel Okpara, Chancellor "
                         "Henrik Laane made it clear that the talks must go on."))
    assert _pairs(("Henrik Laane", "Daniel Okpara")) <= _met(got)
    got = facts(graph_of("In Wednesday's newspaper, Chancellor Henrik Laane criticised "
                         "President Daniel Okpara."))
    assert not _met(got)


def test_a_surname_opening_a_sentence_as_a_common_noun_is_the_person(graph_of):
    graph = graph_of(
        "President Anton Petrenkyy spoke on Monday. Rustam Kaya's appointment as head of the "
        "team was signed by decree. Petrenkyy also shared a photo of his meeting with Viktor "
        "Lenz, head of the intelligence agency."
    )
    assert _pairs(("Anton Petrenkyy", "Viktor Lenz")) <= _met(facts(graph))
    assert frozenset(("Rustam Kaya", "Viktor Lenz")) not in _met(facts(graph))


def test_he_beside_a_relative_who_is_the_one_the_sentence_tells_of(graph_of):
    got = facts(graph_of("Daniel Okpara said the talks were in their final stages. He intended "
                         "to call President Mark Velez, who he already spoke with on Sunday "
                         "morning, again after the dinner."))
    assert _pairs(("Daniel Okpara", "Mark Velez")) <= _met(got)
    assert all(s != o for s, p, o in got)


def test_after_the_meeting_with_y_the_subject_the_parser_joined_to_y_met_y(graph_of):
    got = facts(graph_of(
        "After the meeting with German Chancellor Rasmus Feldkirch, Czech Prime Minister "
        "Tomas Haldorsen flew to Paris."
    ))
    assert _pairs(("Tomas Haldorsen", "Rasmus Feldkirch")) <= _met(got)
    got = facts(graph_of(
        "After his meeting with German Chancellor Rasmus Feldkirch, Czech Prime Minister "
        "Tomas Haldorsen told reporters the talks were useful."
    ))
    assert _pairs(("Tomas Haldorsen", "Rasmus Feldkirch")) <= _met(got)


def test_a_meeting_still_to_come_or_called_off_before_the_subject_is_no_meeting(graph_of):
    for text in (
        "After the meeting with German Chancellor Rasmus Feldkirch, Czech Prime Minister "
        "Tomas Haldorsen will fly to Paris.",
        "After the meeting with German Chancellor Rasmus Feldkirch was cancelled, Czech Prime "
        "Minister Tomas Haldorsen flew to Paris.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_a_counterpart_from_a_country_named_after_a_comma_is_the_partner(graph_of):
    for text in (
        "Indian Defence Minister Tomas Haldorsen met on Monday with his counterpart from "
        "Britain, Defence Secretary Rasmus Feldkirch.",
        "Indian Defence Minister Tomas Haldorsen met his counterpart from Britain, Rasmus "
        "Feldkirch, on Monday.",
    ):
        assert _pairs(("Tomas Haldorsen", "Rasmus Feldkirch")) <= _met(facts(graph_of(text))), text


def test_a_counterpart_from_a_country_with_no_person_after_it_gives_no_partner(graph_of):
    got = graph_of(
        "Indian Defence Minister Tomas Haldorsen met his counterpart from Britain, where "
        "Defence Secretary Rasmus Feldkirch faces a vote."
    )
    assert not _met(facts(got))
    got = graph_of(
        "Indian Defence Minister Tomas Haldorsen will meet his counterpart from Britain, "
        "Defence Secretary Rasmus Feldkirch, next week."
    )
    assert not _met(facts(got))


def test_a_surname_the_parser_took_for_an_adverb_is_the_one_met(graph_of):
    intro = ("Union leader Karin Obermüller walked out of the talks on Friday. Transport "
             "Minister Gerhardt Pulvermann urged both sides to return. ")
    got = graph_of(intro + "He met Obermüller on Monday evening, his ministry said.")
    assert frozenset(("Gerhardt Pulvermann", "Karin Obermüller")) in _met(facts(got))
    got = graph_of(intro + "He refused to meet Obermüller on Monday evening.")
    assert not _met(facts(got))
    got = graph_of(intro + "He met again on Monday evening.")
    assert not _met(facts(got))


def test_went_on_to_meet_tells_of_a_meeting_held_next(graph_of):
    got = facts(graph_of(
        "British Prime Minister Tomas Haldorsen then went on to meet the President of the "
        "European Commission, Ilse Moravec."
    ))
    assert _pairs(("Tomas Haldorsen", "Ilse Moravec")) <= _met(got)


def test_going_somewhere_to_meet_or_going_on_to_meet_later_is_no_meeting_held(graph_of):
    for text in (
        "British Prime Minister Tomas Haldorsen went to Brussels to meet the President of the "
        "European Commission, Ilse Moravec.",
        "British Prime Minister Tomas Haldorsen will go on to meet the President of the "
        "European Commission, Ilse Moravec.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_people_named_right_after_a_plural_word_for_them_are_the_partners(graph_of):
    for text in (
        "Ukrainian negotiator Tomas Haldorsen returned to Kyiv after talks with U.S. envoys "
        "Marek Sandoval and Ilse Moravec.",
        "Ukrainian negotiator Tomas Haldorsen returned to Kyiv after meeting U.S. envoys Marek "
        "Sandoval and Ilse Moravec.",
    ):
        assert _pairs(("Tomas Haldorsen", "Marek Sandoval"),
                      ("Tomas Haldorsen", "Ilse Moravec")) <= _met(facts(graph_of(text))), text


def test_a_plural_word_for_people_with_no_names_after_it_gives_no_partner(graph_of):
    for text in (
        "Ukrainian negotiator Tomas Haldorsen returned to Kyiv after talks with U.S. envoys on "
        "Friday.",
        "Ukrainian negotiator Tomas Haldorsen returned to Kyiv after talks with U.S. envoys, "
        "Marek Sandoval said.",
    ):
        assert not _met(facts(graph_of(text))), text


def test_one_who_headed_to_a_meeting_with_y_met_y(graph_of):
    got = facts(graph_of(
        "President Tomas Haldorsen then headed to a meeting with Italian President Rasmus "
        "Feldkirch."
    ))
    assert _pairs(("Tomas Haldorsen", "Rasmus Feldkirch")) <= _met(got)


def test_one_still_heading_to_a_meeting_or_to_one_called_off_met_no_one(graph_of):
    for text in (
        "President Tomas Haldorsen was heading to a meeting with Italian President Rasmus "
        "Feldkirch when the news broke.",
        "President Tomas Haldorsen will head to a meeting with Italian President Rasmus "
        "Feldkirch on Friday.",
        "President Tomas Haldorsen headed to talks with Italian President Rasmus Feldkirch, but "
        "the talks were cancelled.",
    ):
        assert not _met(facts(graph_of(text))), text
