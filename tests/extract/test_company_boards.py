""""The board's chair, X" where the article names no board: the board of the company the
last sentences were about; of two companies either, so neither. On sentences written
for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Corvane Industries cut its forecast. The board's chair, Tom Reyes, said the cut was "
         "overdue.", ("Tom Reyes", "leaderOf", "Corvane Industries")),
        ("Corvane Industries cut its forecast. Tom Reyes, the board's chairman, said the cut "
         "was overdue.", ("Tom Reyes", "leaderOf", "Corvane Industries")),
        ("Corvane Industries cut its forecast. Tom Reyes, the board's lead independent "
         "director, said the search had begun.", ("Tom Reyes", "memberOf", "Corvane Industries")),
    ],
)
def test_the_board_is_the_company_s(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # two companies: either board may be meant
        "Corvane Industries cut its forecast, and Veltra Group raised its own. Tom Reyes, the "
        "board's chairman, said the cut was overdue.",
        # no company at all
        "The city council approved the budget. Tom Reyes, the board's chairman, said the vote "
        "was close.",
    ],
)
def test_no_one_company_no_board(graph_of, text):
    assert not any(s == "Tom Reyes" for s, _, _ in facts(graph_of(text)))


def test_a_board_named_is_that_board(graph_of):
    got = facts(graph_of("The Federal Reserve Board met on Tuesday. Tom Reyes, the board's "
                         "chairman, said rates would hold."))
    assert ("Tom Reyes", "leaderOf", "Federal Reserve Board") in got
