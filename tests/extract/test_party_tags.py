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


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Sen. Alma Criton, D-Calif., chairman of the Senate Committee on Veterans Affairs, "
         "said the hearings would go on.",
         ("Alma Criton", "leaderOf", "Senate Committee on Veterans Affairs")),
        ("The plan stalled, said Rep. Otis Varga, R-N.C., a member of the House Farm "
         "Committee.", ("Otis Varga", "memberOf", "House Farm Committee")),
    ],
)
def test_a_title_after_a_party_state_tag_is_the_persons(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_title_after_a_tag_and_and_is_the_next_persons(graph_of):
    got = facts(graph_of("Sen. Alma Criton, D-Ore., and the chairman of the Senate Mining "
                         "Committee, Peter Koval, met on Monday."))
    assert ("Peter Koval", "leaderOf", "Senate Mining Committee") in got
    assert not [f for f in got if f[0] == "Alma Criton" and f[2] == "Senate Mining Committee"]


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Democratic Sen. Carla Wendt said the bill would fail.", "Carla Wendt",
         "Democratic Party"),
        ("Republican Rep. Joel Hammarsten introduced an amendment on Thursday.",
         "Joel Hammarsten", "Republican Party"),
        ("Kentucky Republican Sen. Joel Hammarsten introduced an amendment.",
         "Joel Hammarsten", "Republican Party"),
        ("Republican Governor Dana Ruelle vetoed the measure.", "Dana Ruelle",
         "Republican Party"),
    ],
)
def test_a_party_word_before_a_legislators_title_names_the_party(graph_of, text, person, party):
    # as the tag of "Sen. X (D-Va.)" does, where the article names the party nowhere else
    assert (person, "memberOf", party) in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Former Republican Sen. Joel Hammarsten introduced an amendment.",  # once, not now
        "Republican congressman Joel Hammarsten introduced an amendment.",  # a description
        "Social Democratic Sen. Joel Hammarsten introduced an amendment.",  # another party
    ],
)
def test_no_party_from_a_past_or_described_or_other_partys_title(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[0] == "Joel Hammarsten" and f[2] in {
        "Republican Party", "Democratic Party"}]


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ('"We will not raise taxes," said Governor Dana Merrow (R) of Nevada.', "Dana Merrow",
         "Republican Party"),
        ("Assemblywoman Tessa Quail (D) of Fresno voted against the plan.", "Tessa Quail",
         "Democratic Party"),
        ("Rep. Nadia Fell (D) said the hearing was a sham.", "Nadia Fell", "Democratic Party"),
    ],
)
def test_a_party_letter_alone_in_brackets_is_a_tag(graph_of, text, person, party):
    g = graph_of(text)
    assert (person, "memberOf", party) in facts(g)
    assert not {"R", "D"} & set(entities(g))  # the letter is no body of its own


@pytest.mark.parametrize(
    "text",
    [
        "The rule is set out in Section (D) of the lease, the landlord said.",
        "Orla Benn (I) of Vermont said the Senate would vote on Friday.",
        "The review picked answer (D) in the quiz on Friday.",
    ],
)
def test_a_bracketed_letter_after_no_name_or_an_independent_is_no_party(graph_of, text):
    g = graph_of(text)
    assert not {"Democratic Party", "Republican Party"} & set(entities(g))
    assert not [f for f in facts(g) if f[1] == "memberOf" and f[2].endswith("Party")]


def test_the_office_after_a_bare_tag_is_the_persons(graph_of):
    got = facts(graph_of("Governor Dana Merrow (R) of Nevada signed the budget on Tuesday."))
    assert ("Dana Merrow", "leaderOf", "Nevada") in got
