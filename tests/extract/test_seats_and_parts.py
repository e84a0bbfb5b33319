"""Where a body is seated and which body it is part of, when the tagger mistypes its name,
on sentences written for these tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "body", "place"), [
    ("VELKA, which is based in Nyon, Switzerland, has not commented publicly.", "VELKA",
     "Nyon"),
    ("ORFA, which is headquartered in Madrid, declined to comment.", "Orfa", "Madrid"),
])
def test_a_name_typed_as_a_place_said_to_be_based_somewhere_is_there(
    graph_of, sentence, body, place
):
    got = {(s.lower(), p, o.lower()) for s, p, o in facts(graph_of(sentence))}
    assert (body.lower(), "locatedIn", place.lower()) in got


def test_a_place_that_is_home_to_a_body_is_not_seated(graph_of):
    got = facts(graph_of("Nyon, which is home to VELKA, said nothing on Monday."))
    assert not any(p == "locatedIn" and s == "Nyon" for s, p, _ in got)
