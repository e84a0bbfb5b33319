"""The people named as some or all of a group share the stance the group takes: "Fourteen
senators voted against the bill, including A (D-Ohio), B and C", "it was opposed by 31
Republicans, among them A of Utah and B of Idaho"."""

import pytest

from .helpers import facts


def _stances(got, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == predicate}


@pytest.mark.parametrize("text", [
    "Fourteen Democratic senators voted against the Harbour Safety Act, including Sens. "
    "Amy Strand (D-Mass.), Luis Ocampo (D-N.M.) and Peter Vance (I-Vt.).",
    "The Harbour Safety Act was opposed by 31 Republicans, among them Sen. Amy Strand of "
    "Idaho, Sen. Luis Ocampo of Utah and Sen. Peter Vance of Ohio.",
    "Several lawmakers rejected the Harbour Safety Act, including Amy Strand, Luis Ocampo "
    "and Peter Vance.",
])
def test_everyone_named_of_the_group_takes_its_stance(graph_of, text):
    opposes = _stances(facts(graph_of(text)), "opposes")
    assert {("Amy Strand", "Harbour Safety Act"), ("Luis Ocampo", "Harbour Safety Act"),
            ("Peter Vance", "Harbour Safety Act")} <= opposes


def test_a_group_backing_a_plan_lists_its_supporters(graph_of):
    supports = _stances(facts(graph_of(
        "Twelve senators backed the Harbour Safety Act, including Sens. Amy Strand and "
        "Luis Ocampo.")), "supports")
    assert {("Amy Strand", "Harbour Safety Act"), ("Luis Ocampo", "Harbour Safety Act")} <= (
        supports)


@pytest.mark.parametrize("text", [
    # the list is the critics' object, not the group's members
    "Several lawmakers criticised the ministers, including Amy Strand and Luis Ocampo, over "
    "the Harbour Safety Act.",
    # the list names places, not people
    "Voters in several cities, including Halden and Morvik, rejected the Harbour Safety Act.",
    # a single person, not a group, takes the stance
    "Senator Karel Voss voted against the Harbour Safety Act, including its port clauses, "
    "said Amy Strand.",
])
def test_no_stance_for_names_outside_the_group(graph_of, text):
    opposes = _stances(facts(graph_of(text)), "opposes")
    assert not {s for s, _ in opposes} & {"Amy Strand", "Luis Ocampo", "Halden", "Morvik"}


_ORU = "The UN unveiled the Lake Oru Plan on Monday. "


@pytest.mark.parametrize(("sentence", "side"), [
    ("Senator Ana Roe of the Unity Party said her party opposed the plan.", "opposes"),
    ("Unity Party leader Ana Roe said her party backed the plan.", "supports"),
])
def test_her_party_is_the_party_named_with_her_in_the_sentence(graph_of, sentence, side):
    assert ("Unity Party", side, "Lake Oru Plan") in facts(graph_of(_ORU + sentence))


@pytest.mark.parametrize("sentence", [
    "Ana Roe, who left the Unity Party in May, said her party opposed the plan.",
    "Senator Ana Roe of the Unity Party said her party might oppose the plan.",
])
def test_her_party_is_not_one_she_left_nor_a_maybe(graph_of, sentence):
    got = facts(graph_of(_ORU + sentence))
    assert not {f for f in got if f[0] == "Unity Party" and f[1] in {"supports", "opposes"}}
