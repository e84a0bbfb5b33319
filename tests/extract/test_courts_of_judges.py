"""Which court a judge titled without one sits on: the one court the story names, unless it
names that court only in another judge's title; on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_a_court_in_another_judges_title_is_not_this_judges(graph_of):
    got = facts(graph_of(
        "A Belmont judge has dismissed a grand jury that indicted Belmont Supreme Court "
        "Justice Aldo Fenwick and his wife. Judge Corin Vale ruled the prosecutors had erred."
    ))
    assert ("Aldo Fenwick", "memberOf", "Belmont Supreme Court") in got
    assert ("Corin Vale", "memberOf", "Belmont Supreme Court") not in got


def test_the_presiding_judge_is_not_of_a_court_only_in_a_defendants_title(graph_of):
    got = facts(graph_of(
        "Belmont Supreme Court Justice Aldo Fenwick was indicted on Monday. The presiding "
        "judge, Corin Vale, said the case would go on."
    ))
    assert ("Aldo Fenwick", "memberOf", "Belmont Supreme Court") in got
    assert not any(s == "Corin Vale" for s, _, _ in got)


@pytest.mark.parametrize("text", [
    "The Belmont Supreme Court heard the appeal. Judge Corin Vale ruled the prosecutors had "
    "erred.",
    "The High Court rejected the plea. Justice Ama Serwaa said it had no merit. High Court "
    "Judge Corin Vale agreed.",
])
def test_a_judge_of_the_court_the_story_names_sits_on_it(graph_of, text):
    got = facts(graph_of(text))
    assert any(s == "Corin Vale" and p == "memberOf" and "Court" in o for s, p, o in got)


def test_a_bank_named_before_its_governor_s_title_is_its_deputy_governor_s_too(graph_of):
    got = facts(graph_of(
        "Reserve Bank of Norland Governor Arvid Lund said growth was weak. Deputy Governor "
        "Hedda Moe, who is in charge of monetary policy at the central bank, said inflation "
        "had fallen."))
    assert ("Hedda Moe", "memberOf", "Reserve Bank of Norland") in got


@pytest.mark.parametrize("title", ["Vice-Governor", "Vice Governor", "Deputy Governor"])
def test_a_vice_governor_of_the_bank_is_its_member_not_its_head(graph_of, title):
    got = facts(graph_of(
        f"The Velmar National Bank held rates on Thursday. {title} Mireille Daun voted to "
        "lower the rate."))
    assert ("Mireille Daun", "memberOf", "Velmar National Bank") in got
    assert ("Mireille Daun", "leaderOf", "Velmar National Bank") not in got


def test_a_headline_s_description_of_the_bank_is_no_second_bank(graph_of):
    got = facts(graph_of(
        "Velmar central bank holds rates\n\nThe Velmar National Bank held rates on Thursday, "
        "Governor Teodor Rusk said."))
    assert ("Teodor Rusk", "leaderOf", "Velmar National Bank") in got


def test_another_country_s_central_bank_leaves_the_governor_unplaced(graph_of):
    got = facts(graph_of(
        "Polish central bank cuts rates\n\nThe Velmar National Bank held rates on Thursday. "
        "The Polish central bank cut its rate. Governor Teodor Rusk said inflation had "
        "fallen."))
    assert ("Teodor Rusk", "leaderOf", "Velmar National Bank") not in got
