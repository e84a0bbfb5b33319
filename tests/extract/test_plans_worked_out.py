"""Plans "worked out" or "hammered out" by their authors, on sentences written for these
tests (invented names)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "authors"), [
    ("The original plan, which Envoy Ada Rhee worked out with the Velmar envoy Tomas Lavik, "
     "was written with little input from Norway.", {"Ada Rhee", "Tomas Lavik"}),
    ("Envoy Ada Rhee hammered out the Harbour Accord with Tomas Lavik over two days.",
     {"Ada Rhee", "Tomas Lavik"}),
    ("Envoy Ada Rhee worked out the Harbour Accord in Oslo.", {"Ada Rhee"}),
])
def test_a_plan_worked_out_by_its_authors(graph_of, sentence, authors):
    got = facts(graph_of(sentence))
    assert {a for a, p, _ in got if p == "authorOf"} == authors


@pytest.mark.parametrize("sentence", [
    "The Harbour Accord did not work out for Envoy Ada Rhee.",
    "Envoy Ada Rhee worked out at the gym before the Harbour Accord talks.",
])
def test_working_out_with_no_plan_as_object_writes_nothing(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(p == "authorOf" for _, p, _ in got)
