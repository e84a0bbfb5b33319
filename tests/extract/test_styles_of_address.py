"""One answer to "does this possessive open a style of address?" for every rule."""

import pytest

from kg.extract.nlp import opens_a_style

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "His Excellency Ato Bekele opened the session.",
    "Her Royal Highness Princess Amara arrived.",
    "His Majesty King Tamir received the envoy.",
    "His Holiness Pope Clement urged calm.",
])
def test_a_possessive_before_a_style_opens_it(nlp, text):
    doc = nlp(text)
    assert opens_a_style(doc, doc[0])


@pytest.mark.parametrize("text", [
    "Ato Bekele said his grace period had ended.",
    "Ato Bekele thanked his hosts.",
    "Ato Bekele said her majesty was a figure of speech.",
])
def test_a_possessive_that_points_back_opens_no_style(nlp, text):
    doc = nlp(text)
    possessive = next(t for t in doc if t.lower_ in {"his", "her"})
    assert not opens_a_style(doc, possessive)
