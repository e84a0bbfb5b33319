"""A company or party called by its kind ("the Detroit automaker", "the airline's spokesman",
"the party said"): the one organisation the sentences just before have as their subject.
Sentences written for these tests."""

import pytest

from .helpers import facts, quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "kind", "title", "relation"),
    [
        ("Norvik Air", "airline", "spokesman", "spokespersonOf"),
        ("Velmar Motors", "carmaker", "chief executive", "leaderOf"),
    ],
)
def test_a_body_called_by_its_kind_is_the_subject_just_named(
    graph_of, name, kind, title, relation
):
    got = facts(
        graph_of(
            f"{name} cancelled its plans for a new stadium and 300 jobs on Monday. "
            f"The {kind}'s {title}, Olaf Berg, said the decision was final."
        )
    )
    assert ("Olaf Berg", relation, name) in got


def test_a_club_called_the_club_speaks_its_statement(graph_of):
    got = quotes(
        graph_of(
            "Harlow Rovers sacked their manager, Dan Morrow, on Monday after a run of defeats. "
            '"We thank Dan for his work," the club said in a statement.'
        )
    )
    assert ("Harlow Rovers", "We thank Dan for his work") in {
        (s, t.rstrip(",")) for s, t in got
    }


def test_a_party_called_the_party_speaks_its_quote(graph_of):
    got = quotes(
        graph_of(
            "The FNV won eight seats in the election. On Monday, the FNV thanked its voters. "
            'The party called it "a huge victory for freedom".'
        )
    )
    assert ("FNV", "a huge victory for freedom") in {(s, t.rstrip(".")) for s, t in got}


def test_of_two_bodies_the_sentences_are_about_the_kind_is_neither(graph_of):
    got = facts(
        graph_of(
            "Norvik Air cancelled 300 flights on Monday. The Civil Aviation Authority said it "
            "would review the schedules. The airline's spokesman, Olaf Berg, declined to "
            "comment."
        )
    )
    assert not any(s == "Olaf Berg" and p == "spokespersonOf" for s, p, _ in got)


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned four members of the Vanguard Front on Tuesday. Those sanctioned "
    "included the group's leader, Omar Daleel.",
    "The Treasury said in a statement it had blacklisted Omar Daleel, the chief of the group's "
    "finance unit.",
    "The Justice Department charged Omar Daleel on Tuesday. The firm's founder, Rami Sayegh, "
    "declined to comment.",
])
def test_a_state_s_department_is_no_group_or_firm_a_kind_word_refers_to(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p in {"leaderOf", "memberOf"} and ("Treasury" in o or "Department" in o)
                   for s, p, o in got), got


def test_a_company_is_still_the_group_a_kind_word_refers_to(graph_of):
    got = facts(graph_of("Velmar Holdings cut 300 jobs on Monday. The group's chief executive, "
                         "Olaf Berg, said the decision was final."))
    assert ("Olaf Berg", "leaderOf", "Velmar Holdings") in got
