"""Who made a plan, named by "by", "from" or a possessive."""

import pytest

from .helpers import facts


def authors(graph) -> set[str]:
    return {s for s, p, o in facts(graph) if p == "authorOf"}


@pytest.mark.parametrize(("text", "maker"), [
    ("The union rejected a proposal by Velka Motors to cut wages.", "Velka Motors"),
    ("The union rejected a proposal from Velka Motors to cut wages.", "Velka Motors"),
    ("The board accepted the offer from Tessellate Holdings.", "Tessellate Holdings"),
    ("The talks stalled over a proposal by Kenya.", "Kenya"),
    ("The union rejected Velka Motors' plan to cut wages.", "Velka Motors"),
    ("Ana Roe's plan to cut wages was rejected by the union.", "Ana Roe"),
])
def test_the_maker_of_a_plan(graph_of, text, maker):
    assert maker in authors(graph_of(text))


@pytest.mark.parametrize("text", [
    "The sides hope to reach a deal by Friday.",
    "Ana Roe launched a bid by Velka Motors for the league's rights.",
    "Ukraine has agreed in principle to Washington's framework.",
    "The union rejected the plan, Velka Motors said.",
])
def test_no_maker_named(graph_of, text):
    assert not authors(graph_of(text))


def test_two_makers_of_plans_named_alike_are_not_joined(graph_of):
    got = facts(graph_of(
        "Kenya rejected a proposal by Uganda on Monday. On Tuesday, Uganda rejected a proposal "
        "from Kenya."
    ))
    assert not {f for f in got if f[1] == "authorOf"}


def test_a_nations_proposal_introduced_indefinitely(graph_of):
    got = facts(graph_of(
        "Cairo and Khartoum rejected an Ethiopian proposal for non-binding operating guidelines."
    ))
    assert ("Ethiopia", "authorOf", "Ethiopian proposal") in got
    assert ("Cairo", "opposes", "Ethiopian proposal") in got


@pytest.mark.parametrize("text", [
    "Velka Motors signed a French deal last year.",
    "Talks collapsed without European agreement.",
])
def test_no_nations_plan_of_other_heads(graph_of, text):
    assert not authors(graph_of(text))
