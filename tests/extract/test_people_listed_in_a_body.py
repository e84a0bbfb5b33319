"""People listed as belonging to a side, a cabinet or a sanctions action: a delegation
"headed by A and includes B", "named ministers, as was C", "among those sworn in as
ministers", a country that "had brought" titled officials, a side led by A "together with"
B, targets "along with" others, and a clause before a semicolon told as a fact. On
sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _members(got, name):
    return {o for s, p, o in got if s == name and p == "memberOf"}


def test_a_delegation_headed_by_one_that_includes_another(graph_of):
    got = facts(graph_of(
        "Norway's delegation is headed by Trade Minister Arvid Tennfjord and includes Ingrun "
        "Marhaug, the deputy foreign minister."
    ))
    assert ("Arvid Tennfjord", "memberOf", "Norway") in got
    assert ("Ingrun Marhaug", "memberOf", "Norway") in got


def test_a_second_clause_with_a_subject_of_its_own_is_not_the_delegation(graph_of):
    got = facts(graph_of(
        "Norway's delegation is headed by Arvid Tennfjord, and the Japanese team includes "
        "Haruto Morohashi."
    ))
    assert "Norway" not in _members(got, "Haruto Morohashi")
