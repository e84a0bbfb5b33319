"""Documents introduced as signed ("signed a partnership roadmap", "signed a peace
declaration") are plans their signers support, on sentences written for these tests
(invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "document"), [
    ("President Ada Rhee and Prime Minister Tomas Lavik signed a partnership roadmap to "
     "2030 in Oslo.", "partnership roadmap"),
    ("President Ada Rhee and Prime Minister Tomas Lavik signed a peace declaration in "
     "Porto on Sunday.", "peace declaration"),
    ("President Ada Rhee and Prime Minister Tomas Lavik signed a security memorandum on "
     "Friday.", "security memorandum"),
])
def test_both_signers_support_the_document(graph_of, sentence, document):
    got = facts(graph_of(sentence))
    assert {("Ada Rhee", "supports", document), ("Tomas Lavik", "supports", document)} <= got


@pytest.mark.parametrize("sentence", [
    "President Ada Rhee signed a declaration of emergency on Monday.",
    "President Ada Rhee signed autographs before the partnership talks.",
    "President Ada Rhee read a joint declaration aloud on Monday.",
])
def test_no_signed_document_made_up(graph_of, sentence):
    assert not any(p == "supports" for _, p, _ in facts(graph_of(sentence)))
