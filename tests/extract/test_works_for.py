"""Who works for whom, when the sentence reports it inside another clause."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_the_worker_is_the_subject_of_works_not_the_one_who_reports_it(graph_of):
    g = graph_of("Marta Lind, who said that Tomas Berg works for Kestrel Motors, left early.")
    workers = {s for s, _, o in facts(g) if o == "Kestrel Motors"}
    assert workers == {"Tomas Berg"}


def test_belongs_to_a_party_and_like_y_says_it_of_y_too(graph_of):
    g = graph_of(
        "Like Marta Olsen, Pieter Vos belongs to the European People's Party. "
        "Ana Ruiz belonged to the Green Party until 2019."
    )
    got = facts(g)
    assert ("Pieter Vos", "memberOf", "European People's Party") in got
    assert ("Marta Olsen", "memberOf", "European People's Party") in got
    assert ("Ana Ruiz", "memberOf", "Green Party") not in got


def test_belonging_to_a_party_the_parser_set_apart_from_its_kind(graph_of):
    got = facts(graph_of("The intervention of Senator Ana Torres, who belongs to the opposition "
                         "Civic Democrats party, followed a violent exchange."))
    assert any(s == "Ana Torres" and p == "memberOf" and o.startswith("Civic Democrats")
               for s, p, o in got)


def test_belonging_to_the_opposition_names_no_party(graph_of):
    got = facts(graph_of("Senator Ana Torres, who belongs to the opposition, spoke on Monday."))
    assert not [f for f in got if f[0] == "Ana Torres" and f[1] == "memberOf"]


@pytest.mark.parametrize("text", [
    "Tomas Berg, who works as a nurse at Kestrel General Hospital, said the ward was full.",
    "Tomas Berg works as a nurse at Kestrel General Hospital and said the ward was full.",
])
def test_works_as_a_trade_at_a_body(graph_of, text):
    assert ("Tomas Berg", "memberOf", "Kestrel General Hospital") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # a past job, or a trade with the body named elsewhere in the sentence
    "Tomas Berg, who worked as a nurse at Kestrel General Hospital, said the ward was full.",
    "Tomas Berg, who works as a nurse, said Kestrel General Hospital was full.",
])
def test_no_work_at_a_body_in_the_past_or_apart(graph_of, text):
    assert ("Tomas Berg", "memberOf", "Kestrel General Hospital") not in facts(graph_of(text))
