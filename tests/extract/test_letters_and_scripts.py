"""A capital letter that labels a thing ("the Y chromosome", "class B shares") and the
name of a script ("in Cyrillic") name no entity; a letter that is a name ("X said") still
does. On sentences written for these tests."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("The test looks for a gene on the Y chromosome, the panel said.", "Y"),
        ("Corvane's class B shares rose 2% on Monday.", "B"),
        ("The committee rejected plan B and chose a cheaper one.", "B"),
        ("The sign was written in Cyrillic, officials in Sofia said.", "Cyrillic"),
    ],
)
def test_letters_and_scripts_name_nothing(graph_of, text, not_named):
    assert not_named not in entities(graph_of(text))


def test_a_letter_that_is_a_name_stays(graph_of):
    found = entities(graph_of("The European Commission fined X on Friday. X said it would "
                              "appeal, and X's owner called the fine absurd."))
    assert found.get("X") == "Organization"
