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
