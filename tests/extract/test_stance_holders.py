"""A side carried by a noun phrase about someone named ("X, a vocal critic of the water
privatisation bill", "one of the fiercest critics of the reform", "a staunch defender of the
budget", "is in total disagreement with the reform"): the text is a plan of its own and the
person takes its side; and the phrases that take none (a former critic, a question, critics
nobody names, a critic of a person), on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _plans(graph) -> set[str]:
    return {name for name, kind in entities(graph).items() if kind == "Plan"}


@pytest.mark.parametrize(("text", "side", "plan"), [
    ("Senator Hugo Marin, a vocal critic of the water privatisation bill, called it a "
     "giveaway.", "opposes", "water privatisation bill"),
    ("Senator Hugo Marin, one of the most outspoken critics of the water privatisation bill, "
     "spoke on Tuesday.", "opposes", "water privatisation bill"),
    ("Senator Hugo Marin is one of the fiercest critics of the pension reform.", "opposes",
     "pension reform"),
    ("Senator Hugo Marin, a staunch defender of the pension reform, spoke on Tuesday.",
     "supports", "pension reform"),
    ("Senator Hugo Marin, a longtime supporter of the pension reform, spoke on Tuesday.",
     "supports", "pension reform"),
    ("Senator Hugo Marin is a fierce opponent of the pension reform.", "opposes",
     "pension reform"),
    ("Senator Hugo Marin said he was in total disagreement with the pension reform.",
     "opposes", "pension reform"),
])
def test_a_side_described_makes_the_text_a_plan(graph_of, text, side, plan):
    graph = graph_of(text)
    assert plan in _plans(graph)
    assert ("Hugo Marin", side, plan) in facts(graph)


def test_a_defender_of_a_law_named_supports_it(graph_of):
    got = facts(graph_of("Senator Hugo Marin, a staunch defender of the Harbor Safety Act, "
                         "spoke on Tuesday."))
    assert ("Hugo Marin", "supports", "Harbor Safety Act") in got


@pytest.mark.parametrize("text", [
    "Senator Hugo Marin, a former critic of the Harbor Safety Act, now says little.",
    "Senator Hugo Marin, a onetime critic of the water privatisation bill, now says little.",
])
def test_a_former_critic_no_longer_opposes(graph_of, text):
    assert not any(p == "opposes" for _, p, _ in facts(graph_of(text)))


def test_a_question_asks_and_does_not_tell(graph_of):
    graph = graph_of("Is Senator Hugo Marin a critic of the water privatisation bill?")
    assert not any(p == "opposes" for _, p, _ in facts(graph))
    assert ("Hugo Marin", "opposes", "water privatisation bill") in facts(graph, "hypothetical")


@pytest.mark.parametrize("text", [
    "Critics of the water privatisation bill say it is a giveaway.",
    "Senator Hugo Marin may become a critic of the water privatisation bill.",
])
def test_no_one_named_holds_the_side(graph_of, text):
    graph = graph_of(text)
    assert not any(p in {"opposes", "supports"} for _, p, _ in facts(graph))


@pytest.mark.parametrize("text", [
    "Senator Hugo Marin, a vocal critic of the finance minister, spoke on Tuesday.",
    "Senator Hugo Marin, a vocal critic of the government, spoke on Tuesday.",
    "Senator Hugo Marin, a human rights defender, criticised the police.",
])
def test_a_critic_of_a_person_or_a_body_names_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


_BILL = "The cabinet approved the Water Security Bill. "


@pytest.mark.parametrize(("sentence", "side"), [
    ("Senator Tomas Brelin is among the fiercest critics of the bill.", "opposes"),
    ("Senator Tomas Brelin is among the bill's critics.", "opposes"),
    ("Senator Tomas Brelin remains among the most vocal supporters of the bill.", "supports"),
])
def test_counted_among_a_plans_critics_or_supporters(graph_of, sentence, side):
    assert ("Tomas Brelin", side, "Water Security Bill") in facts(graph_of(_BILL + sentence))


@pytest.mark.parametrize("sentence", [
    "Senator Tomas Brelin is not among the critics of the bill.",  # denied
    "Is Senator Tomas Brelin among the critics of the bill?",  # asked
    "Senator Tomas Brelin met voters among the critics of the bill.",  # a place, no side
])
def test_not_counted_among_a_plans_critics(graph_of, sentence):
    got = facts(graph_of(_BILL + sentence))
    assert not {(s, o) for s, p, o in got if p == "opposes"} & {
        ("Tomas Brelin", "Water Security Bill")}


def test_the_one_counted_among_critics_is_the_subject_of_the_clause(graph_of):
    got = facts(graph_of(
        _BILL + "Senator Tomas Brelin said Ana Ruiz was among the critics of the bill."))
    assert ("Ana Ruiz", "opposes", "Water Security Bill") in got
    assert ("Tomas Brelin", "opposes", "Water Security Bill") not in got
