"""A bare "President X" is not given the article's own country when the article tells of
another country's head by description ("the Russian president") and names nobody that
country's head: X may be him. On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_a_bare_president_is_not_the_dateline_s_when_another_head_is_unnamed(graph_of):
    got = facts(
        graph_of(
            "WASHINGTON — Envoys from both sides met on Tuesday in Geneva. The Russian president "
            "has rejected the plan, officials said.\n\n\"We hope President Volkan will "
            "reconsider,\" Senator Ann Lowe said."
        )
    )
    assert not any(s == "Volkan" and p == "leaderOf" for s, p, _ in got)


def test_a_described_head_named_elsewhere_leaves_the_bare_president_the_dateline_s(graph_of):
    got = facts(
        graph_of(
            "WASHINGTON — Envoys met on Tuesday in Geneva. Russian President Ivan Volkan has "
            "rejected the plan, officials said. The Russian president spoke for an hour.\n\n"
            "President Harlan Brisco said on Friday he would sign the bill."
        )
    )
    assert ("Ivan Volkan", "leaderOf", "Russia") in got
    assert ("Harlan Brisco", "leaderOf", "United States") in got


def test_with_no_other_head_described_the_bare_president_is_the_dateline_s(graph_of):
    got = facts(
        graph_of(
            "WASHINGTON — Envoys met on Tuesday in Geneva, officials said.\n\n"
            "President Harlan Brisco said on Friday he would sign the bill."
        )
    )
    assert ("Harlan Brisco", "leaderOf", "United States") in got


def test_a_country_s_abbreviation_describes_its_head_too(graph_of):
    got = facts(
        graph_of(
            "MOSCOW — Talks ended on Tuesday without a deal. The U.S. president has rejected the "
            "plan, officials said.\n\n\"We hope President Brisco will reconsider,\" "
            "spokesman Pavel Sorin said."
        )
    )
    assert not any(s == "Brisco" and p == "leaderOf" for s, p, _ in got)


def test_one_who_directs_a_body_leads_it(graph_of):
    got = facts(graph_of(
        "Ingrid Dahl, who directs the Office of Fiscal Oversight, said the report was late."))
    assert ("Ingrid Dahl", "leaderOf", "Office of Fiscal Oversight") in got


@pytest.mark.parametrize("text, fact", [
    ("Amara Okafor, who advises President John Mahama on security, said the talks were useful.",
     ("Amara Okafor", "advisorOf", "John Mahama")),
    ("Amara Okafor, who speaks for the Ghana Police Service, said two men were held.",
     ("Amara Okafor", "spokespersonOf", "Ghana Police Service")),
    ("Kofi Mensah, who speaks for President John Mahama, said the talks were useful.",
     ("Kofi Mensah", "spokespersonOf", "John Mahama")),
])
def test_one_who_advises_or_speaks_for_someone(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Amara Okafor advised President John Mahama in 2019.",  # a past counsel
    "Amara Okafor spoke for an hour at the Ghana Police Service.",
    "Amara Okafor spoke for the Ghana Police Service in 2019.",
    "The ministry advises travellers to avoid Accra, Amara Okafor said.",
])
def test_no_adviser_or_spokesperson_now(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p in {"advisorOf", "spokespersonOf"} for _, p, _ in got)
