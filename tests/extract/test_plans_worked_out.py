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


@pytest.mark.parametrize(("sentence", "author", "plan"), [
    ("The text, drafted by Norway and adopted as Resolution 2812, won 14 votes in the council.",
     "Norway", "Resolution 2812"),
    ("The draft, written by Sweden and passed as the Harbour Safety Act, took effect in May.",
     "Sweden", "Harbour Safety Act"),
])
def test_a_draft_adopted_under_a_name_is_written_by_its_drafter(graph_of, sentence, author, plan):
    assert (author, "authorOf", plan) in facts(graph_of(sentence))


def test_a_text_adopted_under_a_name_with_no_drafter_names_none(graph_of):
    got = facts(graph_of("The text, adopted as Resolution 2812, won 14 votes in the council."))
    assert not any(p == "authorOf" for _, p, _ in got)
