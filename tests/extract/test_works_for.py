"""Who works for whom, when the sentence reports it inside another clause."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_the_worker_is_the_subject_of_works_not_the_one_who_reports_it(graph_of):
    g = graph_of("Marta Lind, who said that Tomas Berg works for Kestrel Motors, left early.")
    workers = {s for s, _, o in facts(g) if o == "Kestrel Motors"}
    assert workers == {"Tomas Berg"}
