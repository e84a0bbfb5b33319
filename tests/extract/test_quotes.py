"""Quotations and their speakers, on paragraphs written for these tests."""

import pytest

from .helpers import quotes

pytestmark = pytest.mark.slow


def test_attribution_after_and_split_quote(graph_of):
    g = graph_of(
        "“We will not give up an inch of our land,” Finnish President Alexander Stubb told "
        "reporters. “Our position has not changed.”"
    )
    ((speaker, text),) = quotes(g)
    assert speaker == "Alexander Stubb"
    assert text.startswith("We will not give up") and "Our position has not changed." in text


def test_inverted_attribution_and_pronoun(graph_of):
    g = graph_of(
        "German Chancellor Olaf Scholz arrived in Paris on Monday.\n"
        '"Europe must stand together in this difficult hour," said Olaf Scholz on Monday.\n'
        '"Nobody should doubt our resolve to help," he added.'
    )
    got = quotes(g)
    assert ("Olaf Scholz", "Europe must stand together in this difficult hour") in got
    assert ("Olaf Scholz", "Nobody should doubt our resolve to help") in got


def test_continuation_paragraph_keeps_the_speaker(graph_of):
    g = graph_of(
        "“The talks were long and difficult,” Canadian Foreign Minister Melanie Joly said.\n"
        "“But we made real progress on the main questions that divide us.”"
    )
    speakers = {s for s, t in quotes(g) if t.startswith("But we made real progress")}
    assert speakers == {"Melanie Joly"}


def test_according_to_pronoun(graph_of):
    g = graph_of(
        "Reuters reporter Tom Balmforth wrote on X that talks had stalled. According to him, "
        "the sides disagree on “the pace and the sequence of any withdrawal.”"
    )
    assert ("Tom Balmforth", "the pace and the sequence of any withdrawal.") in quotes(g) or any(
        s == "Tom Balmforth" and t.startswith("the pace") for s, t in quotes(g)
    )


def test_unnamed_source_gets_no_speaker(graph_of):
    g = graph_of(
        "Mark Rutte arrived later. “It is a very fragile moment for everyone involved,” a "
        "senior diplomat familiar with the talks said."
    )
    assert quotes(g) == {(None, "It is a very fragile moment for everyone involved")}


def test_scare_quotes_are_not_quotations(graph_of):
    g = graph_of(
        "Keir Starmer said he was ready for “frank” talks and called the offer a “gesture” "
        "of goodwill."
    )
    assert quotes(g) == set()


def test_short_second_part_of_a_split_quote_is_kept(graph_of):
    g = graph_of('"I really believe we will get there," Marco Rubio said. "We are very close."')
    assert quotes(g) == {("Marco Rubio", "I really believe we will get there … We are very close.")}


def test_quote_running_over_paragraphs(graph_of):
    g = graph_of(
        "Finnish President Alexander Stubb spoke in Helsinki on Monday.\n"
        "“We have seen this pattern before. Each time talks begin, attacks grow,” Stubb said.\n"
        "“The only language that works is pressure. We will keep it up.\n"
        "“Nobody in Europe wants this war to go on for another winter,” he added."
    )
    got = quotes(g)
    assert (
        "Alexander Stubb",
        "The only language that works is pressure. We will keep it up.",
    ) in got
    assert len(got) == 3 and {s for s, _ in got} == {"Alexander Stubb"}


def test_present_tense_says(graph_of):
    g = graph_of(
        "Canadian Prime Minister Mark Carney arrived. “We stand with Ukraine today,” says Carney."
    )
    assert quotes(g) == {("Mark Carney", "We stand with Ukraine today")}
