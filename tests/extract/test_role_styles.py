"""Roles of names written with a style of address, as official readouts write them: "The
Prime Minister of Malta, His Excellency X", "Samdech X", "Datuk Seri X", on sentences
written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_title_of_country_then_his_excellency_name(graph_of):
    g = graph_of(
        "The Prime Minister of Malta, His Excellency Tomas Brandt, signed the accord. "
        "The Foreign Minister of Peru, Her Excellency Lina Vasco, spoke after him."
    )
    got = facts(g)
    assert ("Tomas Brandt", "leaderOf", "Malta") in got
    assert ("Lina Vasco", "memberOf", "Peru") in got


def test_styled_name_later_in_a_long_sentence(graph_of):
    g = graph_of(
        "Leaders of the bloc, among them the President of the Republic of Finland, "
        "His Excellency Ana Kessel, gathered in the capital on Sunday."
    )
    assert ("Ana Kessel", "leaderOf", "Republic of Finland") in facts(g)


def test_local_styles_are_not_part_of_the_name(graph_of):
    g = graph_of(
        "The Prime Minister of Norway, Datuk Seri Rin Tavo, met the Prime Minister of the "
        "Kingdom of Sweden, Samdech Kol Veasna, in Oslo."
    )
    got = facts(g)
    assert entities(g).get("Kol Veasna") == "Person"
    assert ("Rin Tavo", "leaderOf", "Norway") in got
    assert ("Kol Veasna", "leaderOf", "Kingdom of Sweden") in got


def test_his_of_a_style_refers_to_no_one_earlier(graph_of):
    g = graph_of(
        "Marta Ruiz opened the summit on Monday. Delegates then heard the President of "
        "Chile, His Excellency Piet Oram, and the host."
    )
    got = facts(g)
    assert ("Piet Oram", "leaderOf", "Chile") in got
    assert ("Marta Ruiz", "leaderOf", "Chile") not in got


def test_a_styled_name_after_a_title_of_another_clause_gets_no_role(graph_of):
    g = graph_of(
        "After talks with the President of Chad, His Excellency Piet Oram flew home. "
        "The President of Chile thanked His Excellency Lena Varga for the visit."
    )
    got = facts(g)
    assert ("Piet Oram", "leaderOf", "Chad") not in got
    assert ("Lena Varga", "leaderOf", "Chile") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Doha: Prime Minister and Minister of Foreign Affairs HE Karim bin Omar Al Tani "
        "received a phone call on Wednesday from US Secretary of State HE Ivo Marek.",
        "Qatar's Prime Minister HE Karim bin Omar Al Tani received a phone call on Wednesday "
        "from US Secretary of State HE Ivo Marek.",
    ],
)
def test_a_style_in_capitals_is_no_part_of_the_name(graph_of, text):
    got = graph_of(text)
    names = entities(got)
    assert names.get("Karim bin Omar Al Tani") == "Person"
    assert names.get("Ivo Marek") == "Person"
    assert not [n for n in names if "HE" in n.split()]
    assert ("Ivo Marek", "memberOf", "United States") in facts(got)


def test_a_style_in_capitals_keeps_the_title_before_it(graph_of):
    got = facts(graph_of(
        "Qatar's Prime Minister HE Karim bin Omar Al Tani received a phone call on Wednesday "
        "from US Secretary of State HE Ivo Marek."
    ))
    assert ("Karim bin Omar Al Tani", "leaderOf", "Qatar") in got
    assert ("Karim bin Omar Al Tani", "met", "Ivo Marek") in got or (
        "Ivo Marek", "met", "Karim bin Omar Al Tani") in got


def test_he_in_a_headline_in_capitals_is_no_style(graph_of):
    names = entities(graph_of("WHAT HE SAID: Ivo Marek spoke in Doha on Monday."))
    assert names.get("Ivo Marek") == "Person"


@pytest.mark.parametrize(("text", "fact"), [
    ("Member of the Harbour Loyalty Bloc, MP Ali Amran, responded to the critics.",
     ("Ali Amran", "memberOf", "Harbour Loyalty Bloc")),
    ("Chairman of the Coaching Committee, MP Vagif Sadir, said the team was upset.",
     ("Vagif Sadir", "leaderOf", "Coaching Committee")),
])
def test_a_title_of_a_body_set_off_before_a_legislators_style(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_legislators_style_after_another_persons_title_gives_them_nothing(graph_of):
    got = facts(graph_of("The chairman of the Coaching Committee met MP Vagif Sadir on Monday."))
    assert ("Vagif Sadir", "leaderOf", "Coaching Committee") not in got
