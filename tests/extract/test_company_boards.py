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


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Drew Kellan, the CEO of Lumo, joined the board of Pellucid Labs last year.",
         ("Drew Kellan", "memberOf", "Pellucid Labs")),
        ("Pellucid Labs cut jobs. Pellucid Labs said Drew Kellan joined its board in March.",
         ("Drew Kellan", "memberOf", "Pellucid Labs")),
        ("Ana Lind, who joined the board of Orvane Systems in 2015, said the deal was fair.",
         ("Ana Lind", "memberOf", "Orvane Systems")),
        ("Ana Lind is on the board of Orvane Systems.", ("Ana Lind", "memberOf", "Orvane Systems")),
        ("Pellucid Labs cut jobs. Pellucid Labs shares fell. Ana Lind and founder Piet Vos are "
         "also on the board.", ("Piet Vos", "memberOf", "Pellucid Labs")),
        ("Pellucid Labs cut jobs on Monday. The new board members are Ana Lind, Piet Vos and "
         "Mark Jansen, Pellucid Labs said.", ("Mark Jansen", "memberOf", "Pellucid Labs")),
        ("Pellucid Labs cut jobs. The new members of the Pellucid Labs board are Ana Lind and "
         "Piet Vos.", ("Ana Lind", "memberOf", "Pellucid Labs")),
    ],
)
def test_seats_on_a_board(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a seat held before
        "Ana Lind was on the board of Orvane Systems until 2019.",
        "Pellucid Labs cut jobs. Pellucid Labs shares fell. Ana Lind was on the board.",
        # some board, or a board of no named body
        "Ana Lind joined a board of advisers last year.",
        "Ana Lind is on the board of the central bank.",
        # a seat to come
        "Ana Lind will join the board of Orvane Systems next month.",
        # the board is where a thing is, not a person
        "The proposal is on the board's agenda, the chairman of Orvane Systems said.",
    ],
)
def test_no_seat_on_a_board(graph_of, text):
    assert not any(p == "memberOf" and o in {"Orvane Systems", "Pellucid Labs"}
                   for _, p, o in facts(graph_of(text)))


def test_the_head_on_the_board_stays_its_head(graph_of):
    got = facts(graph_of("Pellucid Labs cut jobs. Pellucid Labs shares fell. Chief executive "
                         "Ana Lind and founder Piet Vos are also on the board."))
    assert ("Piet Vos", "memberOf", "Pellucid Labs") in got
    assert ("Ana Lind", "memberOf", "Pellucid Labs") not in got


@pytest.mark.parametrize("text", [
    "Omar Said was also elected to Kessel Foods' board of directors.",
    "Omar Said was appointed to Kessel Foods' board on Monday.",
])
def test_elected_to_a_companys_board_written_with_its_possessive(graph_of, text):
    assert ("Omar Said", "memberOf", "Kessel Foods") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Omar Said was not elected to Kessel Foods' board.",  # negated
    "Omar Said was elected to Kessel Foods' audit committee.",  # no board
])
def test_no_seat_on_a_companys_board_stated(graph_of, text):
    assert ("Omar Said", "memberOf", "Kessel Foods") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Omar Said, who sits on Kessel Foods' board, said the deal was fair.",
    "Omar Said, who sits on the Kessel Foods board, said the deal was fair.",
    "Omar Said serves on the Kessel Foods board of directors and backed the deal.",
])
def test_sits_on_a_companys_board_written_before_it(graph_of, text):
    assert ("Omar Said", "memberOf", "Kessel Foods") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Omar Said, who sat on Kessel Foods' board until 2019, said the deal was fair.",  # past
    "Omar Said, who advises Kessel Foods' board, said the deal was fair.",  # no seat
    "Omar Said sits on Kessel Foods' audit committee and backed the deal.",  # no board
])
def test_no_seat_on_a_board_written_before_it(graph_of, text):
    assert ("Omar Said", "memberOf", "Kessel Foods") not in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The board of Kestrel Bank, chaired by Oskar Vendel, will meet on Friday.",
        "The supervisory board of Kestrel Bank, headed by Oskar Vendel, approved the deal.",
    ],
)
def test_who_chairs_the_board_of_a_company_written_after_it_leads_it(graph_of, text):
    assert ("Oskar Vendel", "leaderOf", "Kestrel Bank") in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The board of Kestrel Bank, then chaired by Oskar Vendel, approved the deal.",
        "The youth wing of the Kestrel Party, led by Oskar Vendel, will meet on Friday.",
    ],
)
def test_a_board_chaired_before_or_a_wing_led_is_no_lead_of_the_body(graph_of, text):
    assert not {f for f in facts(graph_of(text))
                if f[0] == "Oskar Vendel" and f[1] == "leaderOf"}
