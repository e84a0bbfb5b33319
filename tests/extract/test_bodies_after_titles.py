"""A trade written between a body and a name ("Nordvik Television anchorman X"), and a name
after a body's title and "of"/"for" that names the body ("X, manager of Bradley First Air");
on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_an_anchorman_of_a_broadcaster_is_its_member(graph_of):
    got = facts(graph_of("Nordvik Television anchorman Brian Keel spoke to the governors' "
                         "meeting."))
    assert ("Brian Keel", "memberOf", "Nordvik Television") in got


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Ray Dunst, manager of Bradley First Air, said pilots were the only occupants.",
         "Ray Dunst", "Bradley First Air"),
        ('"The roads were closed," said Ana Berg, chairman of Calder Brooks.',
         "Ana Berg", "Calder Brooks"),
    ],
)
def test_a_name_after_a_bodys_title_is_the_body(graph_of, text, person, body):
    g = graph_of(text)
    assert entities(g).get(body) == "Organization"
    assert {(person, "memberOf", body), (person, "leaderOf", body)} & facts(g)


def test_a_person_after_a_title_and_a_style_stays_a_person(graph_of):
    g = graph_of("Ray Dunst, spokesman for President Morgan Lee, said the talks went well. "
                 "Ana Roe, a manager of Morgan Lee's campaign, agreed.")
    assert entities(g).get("Morgan Lee") == "Person"


def test_an_envoy_named_right_after_the_body_sent_to(graph_of):
    graph = graph_of(
        "Norland's ambassador to the United Nations Pavel Oskarov expressed disappointment. "
        "Later, said Ostrian Ambassador to the UN Harold Brixton, the vote was delayed."
    )
    got, kinds = facts(graph), entities(graph)
    assert kinds.get("Pavel Oskarov") == "Person"
    assert kinds.get("Harold Brixton") == "Person"
    assert "United Nations Pavel Oskarov" not in kinds and "UN Harold Brixton" not in kinds
    assert ("Pavel Oskarov", "memberOf", "Norland") in got


def test_a_body_after_to_without_an_envoy_is_not_parted(graph_of):
    kinds = entities(graph_of("The grant went to the Carter Foundation Trust in May."))
    assert not any(k in kinds for k in ("Foundation Trust", "Trust"))
