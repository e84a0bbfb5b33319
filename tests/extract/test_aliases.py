"""An organisation's alias introduced by "known as" or "called" names that organisation."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def _orgs(g):
    return {e.label: set(e.alt_labels) for e in g.entities if e.type == "Organization"}


def test_an_alias_known_as_joins_its_organisation(graph_of):
    g = graph_of(
        "The Delta Dockers Union, known locally as Sindelta, called a strike on Monday. "
        "Sindelta said the port would stay shut until Friday."
    )
    orgs = _orgs(g)
    assert "Delta Dockers Union" in orgs and "Sindelta" not in orgs


def test_also_known_as_and_called_introduce_aliases(graph_of):
    g = graph_of(
        "The Northern Growers Cooperative, also known as Norgrow, raised prices. "
        "Norgrow blamed the drought.",
        "The Harbour Pilots Guild, called Hapig by its members, met in Durban. "
        "Hapig voted to strike.",
    )
    orgs = _orgs(g)
    assert "Norgrow" not in orgs and "Hapig" not in orgs
    assert {"Northern Growers Cooperative", "Harbour Pilots Guild"} <= set(orgs)


def test_a_persons_nickname_keeps_the_person(graph_of):
    g = graph_of(
        "Boxer Tobias Okonjo, known as Thunder, won the title in Lagos. "
        "Okonjo said he would defend it."
    )
    assert entities(g).get("Tobias Okonjo") == "Person"
