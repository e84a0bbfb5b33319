"""Plans introduced by who wrote them ("the resolution, drafted by X", "the plan that X
presented"), and votes on a resolution told apart from the plan it is about."""

import pytest

from .helpers import entities, facts


def _of(got, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_resolution_drafted_by_a_country(graph_of):
    g = graph_of(
        "The resolution, drafted by Norland, was adopted by 11 votes in favour to none against."
    )
    assert entities(g).get("resolution") == "Plan"
    assert ("Norland", "resolution") in _of(facts(g), "authorOf")


def test_a_plan_that_a_country_presented(graph_of):
    got = facts(graph_of(
        "The council called on the parties to negotiate on the basis of the autonomy plan "
        "that Velmar first presented in 2007."
    ))
    assert ("Velmar", "autonomy plan") in _of(got, "authorOf")


def test_a_plan_that_a_person_published(graph_of):
    got = facts(graph_of(
        "The truce is the first phase of a 12-point plan that Ana Roe published on Monday."
    ))
    assert ("Ana Roe", "12-point plan") in _of(got, "authorOf")


@pytest.mark.parametrize("text", [
    "The resolution, which was widely reported, was adopted on Monday.",
    "The autonomy plan that critics described as vague was debated on Monday.",
    "The plan that Velmar did not present was debated on Monday.",
])
def test_no_writer_named(graph_of, text):
    got = facts(graph_of(text))
    assert not _of(got, "authorOf")


VOTE = (
    "The resolution, drafted by Norland, was adopted on Friday. The council called on the "
    "parties to negotiate on the basis of the autonomy plan that Velmar presented in 2007. "
    "Ostria, which has long endorsed the Velmar plan, voted in favour. "
    "Outside the chamber, Ana Roe said the resolution changed nothing. "
    "In Tessa, King Piet Sorensen of Velmar welcomed the vote."
)


def test_a_vote_in_favour_is_for_the_resolution_not_the_plan_endorsed(graph_of):
    supports = _of(facts(graph_of(VOTE)), "supports")
    assert ("Ostria", "resolution") in supports
    assert ("Ostria", "Velmar plan") in supports  # what it endorsed (the autonomy plan)


def test_the_vote_welcomed_is_the_resolution(graph_of):
    supports = _of(facts(graph_of(VOTE)), "supports")
    assert ("Piet Sorensen", "resolution") in supports
    assert ("Piet Sorensen", "Velmar plan") not in supports


def test_a_resolution_and_the_plan_it_names_are_two_plans(graph_of):
    plans = {name for name, kind in entities(graph_of(VOTE)).items() if kind == "Plan"}
    assert plans == {"resolution", "Velmar plan"}


def test_a_vote_on_a_plan_alone_is_for_that_plan(graph_of):
    got = facts(graph_of(
        "The ceasefire plan drafted by Norland was put to parliament on Monday. "
        "Ostria voted in favour."
    ))
    assert ("Ostria", "ceasefire plan") in _of(got, "supports")


def test_a_bill_written_by_rivals_in_a_quotation_is_no_new_text(graph_of):
    got = facts(graph_of(
        'Senator Ana Roe said she would never vote for "a bill written by the Velmar Party".'
    ))
    assert not _of(got, "authorOf")


def test_a_resolution_for_a_ceasefire_is_the_ceasefire_text(graph_of):
    plans = {name for name, kind in entities(graph_of(
        "Norland vetoes council call for Tessa ceasefire\n\n"
        "Norland on Thursday vetoed a draft resolution that would have demanded a ceasefire."
    )).items() if kind == "Plan"}
    assert len(plans) == 1


def test_the_original_document_drafted_together_with_another(graph_of):
    got = facts(graph_of(
        "Talks in Tessa produced a revised framework to replace the 12-point plan Norland "
        "unveiled last week. Delegates met for six hours on Sunday. Officials said the hardest "
        "questions remained open. The original document, which was first reported by the "
        "Harbour Times, was drafted by Ana Roe together with Piet Sorensen."
    ))
    authors = {s for s, o in _of(got, "authorOf")}
    assert {"Ana Roe", "Piet Sorensen"} <= authors


def test_a_document_with_no_plan_named_before_is_none(graph_of):
    got = facts(graph_of(
        "The original document was drafted by Ana Roe together with Piet Sorensen."
    ))
    assert not _of(got, "authorOf")


def test_a_hyphenated_counter_proposal_is_a_plan_apart(graph_of):
    g = graph_of(
        "Talks produced a revised peace framework to replace the 12-point plan Norland "
        "unveiled last week. Ostria has drawn up a counter-proposal that raises the ceiling."
    )
    plans = {n for n, kind in entities(g).items() if kind == "Plan"}
    assert "counter-proposal" in plans and len(plans) == 2
    assert ("Ostria", "counter-proposal") in _of(facts(g), "authorOf")


def test_any_counter_proposal_is_none_in_particular(graph_of):
    plans = {n for n, kind in entities(graph_of(
        "Ana Roe said she had not seen any European counter-proposal."
    )).items() if kind == "Plan"}
    assert not plans


def test_an_owners_plan_for_a_thing_is_that_thing_apart_from_the_plan_talked_of(graph_of):
    g = graph_of(
        "Leaders discussed the 12-point plan on Monday. Norland's prime minister, Ana Roe, "
        "has opposed the Velmar Commission's plan for a reparations loan backed by the assets."
    )
    plans = {n for n, kind in entities(g).items() if kind == "Plan"}
    assert plans == {"12-point plan", "reparations loan"}
    got = facts(g)
    assert ("Ana Roe", "reparations loan") in _of(got, "opposes")
    assert ("Velmar Commission", "reparations loan") in _of(got, "authorOf")
    assert not {o for _, o in _of(got, "opposes") | _of(got, "authorOf")} & {"12-point plan"}


@pytest.mark.parametrize("text", [
    "Leaders discussed the 12-point plan on Monday. Ana Roe opposed Velmar's plan for Tessa.",
    "Leaders discussed the 12-point plan on Monday. Ana Roe opposed Velmar's plan for peace.",
])
def test_a_plan_for_a_place_or_an_aim_is_no_thing_planned(graph_of, text):
    plans = {n for n, kind in entities(graph_of(text)).items() if kind == "Plan"}
    assert plans == {"12-point plan"}


def test_a_relative_clause_after_a_described_name_is_that_persons(graph_of):
    got = facts(graph_of(
        "On the US side Rubens was joined by Whitlock and by Jared Kessler, Donald Thane's "
        "son-in-law, who helped negotiate the Tessa ceasefire."
    ))
    assert {s for s, o in _of(got, "authorOf")} == {"Jared Kessler"}


def test_a_relative_clause_after_a_named_apposition_is_the_names(graph_of):
    got = facts(graph_of(
        "Ana Roe met the head of the agency, Piet Sorensen, who drafted the 12-point plan."
    ))
    assert {s for s, o in _of(got, "authorOf")} == {"Piet Sorensen"}


def test_a_relative_clause_after_a_bracket_is_the_named_persons(graph_of):
    got = facts(graph_of(
        "Senate Majority Leader Raymond Okafor (R-Tex.), who voted for the Clean Harbour Act, "
        "said he was hopeful."
    ))
    assert ("Raymond Okafor", "Clean Harbour Act") in _of(got, "supports")
