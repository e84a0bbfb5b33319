"""Titles of envoys and sports officials written in shapes the parser reads oddly: two
capitalised titles joined after a name's comma ("X, Ruritanian Ambassador and Permanent
Representative to the UN,"). On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Pavel Dravinsky, Russian Ambassador and Permanent Representative to the UN, said "
         "the text was flawed.", ("Pavel Dravinsky", "memberOf", "Russia")),
        ("Hana Ribe, Ambassador and Permanent Representative of Chile to the UN, said the "
         "text was flawed.", ("Hana Ribe", "memberOf", "Chile")),
        ("Pavel Dravinsky, Ambassador and Permanent Representative of Chile to the UN, and "
         "Ana Roe, Ambassador of Peru, spoke.", ("Pavel Dravinsky", "memberOf", "Chile")),
    ],
)
def test_two_joined_titles_after_a_name_are_the_name_s(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised title alone after the comma is the next name's style
        "The envoy met Ana Roe, President Lula and Minister Bo Lin in Lima on Monday.",
        "The delegation included Ana Roe, Governor Bo Lin and Mayor Ted Ruiz of Peru.",
    ],
)
def test_styles_of_listed_names_are_not_the_first_name_s(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence))
                if f[0] == "Ana Roe" and f[1] in {"memberOf", "leaderOf"}}
