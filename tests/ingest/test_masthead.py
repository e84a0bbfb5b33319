"""An outlet's name on a line of its own in a page's header is the publisher, and its words
in the text name that outlet, not a person or a sea: "THE RED SEA GAZETTE", "Pacific Markets
Daily", "The Hanseatic Review - Foreign Affairs". Headlines, section labels and bylines are
not mastheads. On headers written for these tests."""

import pytest

from kg.ingest import make_article

_STORY = "\n\nMOSCOW — Talks ended on Friday without a deal, officials said.\n"


@pytest.mark.parametrize(
    ("header", "publisher"),
    [
        ("Rates rise again as wages climb\n\nPacific Markets Daily\nBy Aiko Wendt\n",
         "Pacific Markets Daily"),
        ("Talks end without a deal\n\nTHE RED SEA GAZETTE\nJeddah | Wednesday, 12 March 2025\n",
         "THE RED SEA GAZETTE"),
        ("Talks end without a deal\n\nThe Hanseatic Review - Foreign Affairs\nBy Clemens "
         "Aurich\n", "The Hanseatic Review"),
        ("Talks end without a deal\nKyiv Sentinel (English edition)\n2 December 2025\n",
         "Kyiv Sentinel"),
        ("Talks end without a deal\n\nBy Ana Roe\nContinental Wire Service\n",
         "Continental Wire Service"),
        ("Talks end without a deal\n\nClimate & Law Bulletin\nCourts\n",
         "Climate & Law Bulletin"),
    ],
)
def test_an_outlet_s_name_on_a_header_line_is_the_publisher(header, publisher):
    assert make_article("x.txt", header + _STORY).publisher == publisher


@pytest.mark.parametrize(
    "header",
    [
        "Trump Attacks Fake News\n\nBy Ana Roe\n",  # a headline, however capitalised
        "Talks end without a deal\n\nWorld News\nBy Ana Roe\n",  # a section label
        "Talks end without a deal\n\nBy Ana Roe, Harbour Times\n",  # a byline
        "Talks end without a deal\n\nThe press was kept out of the room.\n",  # a sentence
        "Talks end without a deal\n\nForeign Affairs\nBy Ana Roe\n",  # no outlet's word
    ],
)
def test_headlines_labels_and_bylines_are_no_masthead(header):
    assert make_article("x.txt", header + _STORY).publisher is None


def test_the_masthead_s_words_in_the_text_name_the_outlet(graph_of):
    from tests.extract.helpers import entities

    got = entities(graph_of("Talks end without a deal\n\nTHE RED SEA GAZETTE\nBy Huda Qahtani\n"
                            + _STORY))
    assert got.get("RED SEA GAZETTE") == "Organization"
    assert "Red Sea" not in got and "SEA GAZETTE" not in got
