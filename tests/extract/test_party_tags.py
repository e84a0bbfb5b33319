"""Party-state tags state a party membership."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_party_state_tag_makes_the_person_before_it_a_member(graph_of):
    g = graph_of(
        "Senate Majority Leader Ada Brennick (R-Tex.) and Rep. Otis Varga, D-Ohio, met the "
        "president. Sen. Lyle Forde (I-Vt.) stayed away."
    )
    got = facts(g)
    assert ("Ada Brennick", "memberOf", "Republican Party") in got
    assert ("Otis Varga", "memberOf", "Democratic Party") in got
    assert not [f for f in got if f[0] == "Lyle Forde" and f[1] == "memberOf"
                and f[2].endswith("Party")]  # an independent belongs to no party
    labels = entities(g)
    assert labels.get("Republican Party") == "Organization"
    assert not {"Tex.", "Ohio", "Vt.", "Texas"} & set(labels)  # the state is page noise


def test_a_tag_joins_the_party_named_in_prose(graph_of):
    g = graph_of("Rep. Cal Dunmore (R-Ariz.) opposes the bill. The GOP leadership backed it.")
    parties = [e for e in g.entities if e.label == "Republican Party"]
    assert len(parties) == 1
