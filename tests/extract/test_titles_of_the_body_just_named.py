"""A company's, a club's or a regulator's title with no body of its own, written right after
a sentence about the body: "Velmora Rovers signed the striker. Sporting director X said",
"Club president X", "The chief executive, X, said", "X, chairman and chief executive, said",
"X, Executive Director of Enforcement, said". On sentences written for these tests."""

import pytest

from .helpers import facts

_CLUB = "Velmora Rovers signed the striker on Monday. "
_BANK = "Harlow Bank cut 3,000 jobs on Monday. "
_REGULATOR = "The Ostland Securities Commission fined the bank on Monday. "


@pytest.mark.parametrize(("text", "fact"), [
    (f"{_CLUB}Sporting director Anselm Kroh said the deal was good.",
     ("Anselm Kroh", "memberOf", "Velmora Rovers")),
    (f"{_CLUB}Club president Anselm Kroh said the deal was good.",
     ("Anselm Kroh", "leaderOf", "Velmora Rovers")),
    (f"{_CLUB}Anselm Kroh, the sporting director, said the deal was good.",
     ("Anselm Kroh", "memberOf", "Velmora Rovers")),
    ("Velmora Rovers have signed Dario Mendel from Castelmar FC. Sporting director Anselm "
     "Kroh said the deal was good.", ("Anselm Kroh", "memberOf", "Velmora Rovers")),
    (f"{_BANK}The chief executive, Kenneth Dray, said the cuts were needed.",
     ("Kenneth Dray", "leaderOf", "Harlow Bank")),
    (f"{_BANK}Kenneth Dray, chairman and chief executive, said the cuts were needed.",
     ("Kenneth Dray", "leaderOf", "Harlow Bank")),
    (f'{_REGULATOR}"This is serious," Celia Marsh, Executive Director of Enforcement, said.',
     ("Celia Marsh", "memberOf", "Ostland Securities Commission")),
    (f"{_REGULATOR}Celia Marsh, director of enforcement, said the fine was fair.",
     ("Celia Marsh", "memberOf", "Ostland Securities Commission")),
])
def test_a_title_alone_is_of_the_body_the_sentence_before_was_about(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "person"), [
    (f"{_BANK}Ada Voss, Minister of Finance, said the cuts were needed.", "Ada Voss"),
    (f"{_BANK}Ada Voss, a professor of economics, said the cuts were needed.", "Ada Voss"),
    # two bodies named before: whose chief executive is not told
    ("The Ostland Securities Commission fined Harlow Bank on Monday. Kenneth Dray, chief "
     "executive, said the bank would appeal.", "Kenneth Dray"),
    (f"{_CLUB}Anselm Kroh, the sporting director of Castelmar FC, said the deal was good.",
     "Anselm Kroh"),
    # a federation is no club
    ("The Ostland Hockey Union fined the striker on Monday. Club president Anselm Kroh said "
     "the fine was fair.", "Anselm Kroh"),
])
def test_no_title_of_a_body_the_sentence_before_was_about(graph_of, text, person):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == person and f[2] in {
        "Harlow Bank", "Velmora Rovers", "Ostland Securities Commission",
        "Ostland Hockey Union"}}
