"""A body barring someone from itself or its events has sanctioned them, on sentences
written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "body", "barred"), [
    ("Norway's teams have been barred from VFU and ORFA events since 2022.", "VFU", "Norway"),
    ("Norway was suspended from the Council of Velmar in 2022.", "Council of Velmar",
     "Norway"),
    ("Orvane United has been banned from Velmar Football Union competitions for two years.",
     "Velmar Football Union", "Orvane United"),
    ("The Velmar Football Union banned Orvane United from all competitions on Monday.",
     "Velmar Football Union", "Orvane United"),
])
def test_barred_by_a_body(graph_of, sentence, body, barred):
    assert (body, "sanctioned", barred) in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Ada Rhee was barred from the building by security guards.",
    "Journalists from Orvane News were barred from the courtroom on Tuesday.",
    "The Velmar Football Union did not ban Orvane United from its competitions.",
])
def test_no_sanction_from_a_room_or_a_ban_denied(graph_of, sentence):
    assert not any(p == "sanctioned" for _, p, _ in facts(graph_of(sentence)))


@pytest.mark.parametrize("text, body, target", [
    ("World football's governing body FIFA on Friday banned Tomas Krall for ten years.",
     "FIFA", "Tomas Krall"),
    ("The International Rowing Federation banned Tomas Krall for ten years.",
     "International Rowing Federation", "Tomas Krall"),
    ("The Financial Conduct Authority on Monday fined Brenner Bank for failures in its "
     "controls.", "Financial Conduct Authority", "Brenner Bank"),
])
def test_a_body_banning_or_fining_someone_sanctions_them(graph_of, text, body, target):
    assert (body, "sanctioned", target) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "The court banned the Harbour Safety Act.",  # a law struck down, no one sanctioned
    "Tomas Krall said FIFA would not ban anyone.",
])
def test_no_one_banned(graph_of, text):
    assert not any(p == "sanctioned" for _, p, _ in facts(graph_of(text)))


def test_fined_is_read_as_a_form_of_fine():
    from kg.extract.nlp import load_nlp

    nlp = load_nlp()
    text = "The bank was fined on Monday. He dined with her. The union staged a strike."
    for doc in (next(nlp.pipe([text])), nlp(text)):  # both ways of parsing agree
        assert [t.lemma_ for t in doc if t.lower_ in {"fined", "dined", "staged"}] == [
            "fine", "dine", "stage"]


def test_a_body_or_person_suspended_by_name_is_sanctioned(graph_of):
    got = facts(graph_of(
        "The World Handball Federation has suspended the Ostrian Handball Union with "
        "immediate effect. "
        "The World Handball Federation suspended Marko Zelic for 90 days on Monday. "
        "The Norland Rowing Club was suspended by the World Handball Federation for two years."
    ))
    assert ("World Handball Federation", "sanctioned", "Ostrian Handball Union") in got
    assert ("World Handball Federation", "sanctioned", "Marko Zelic") in got
    assert ("World Handball Federation", "sanctioned", "Norland Rowing Club") in got


def test_an_activity_suspended_is_no_sanction(graph_of):
    got = facts(graph_of(
        "Kestrel Airways suspended flights to Ostria on Monday. "
        "The Karvan Front suspended talks with the Ostrian government after the strike."
    ))
    assert not {f for f in got if f[1] == "sanctioned"}
