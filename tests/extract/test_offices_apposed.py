"""Government offices in apposition with no country written, of the article's country:
"X, a foreign ministry spokesman,", "the government spokeswoman, X,", "X, a deputy foreign
minister,"; and what says of no country ("X, a party spokesman,", "X, a prime minister,").
On sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_WARSAW = "WARSAW — Poland summoned the ambassador on Monday. "


@pytest.mark.parametrize(
    ("apposed", "fact"),
    [
        ("Jan Kowal, a foreign ministry spokesman,", ("Jan Kowal", "spokespersonOf", "Poland")),
        ("Jan Kowal, the foreign ministry spokesman,",
         ("Jan Kowal", "spokespersonOf", "Poland")),
        ("The government spokeswoman, Ewa Lis,", ("Ewa Lis", "spokespersonOf", "Poland")),
        ("Jan Kowal, a deputy foreign minister,", ("Jan Kowal", "memberOf", "Poland")),
        ("Jan Kowal, the deputy prime minister,", ("Jan Kowal", "memberOf", "Poland")),
        ("Jan Kowal, the caretaker prime minister,", ("Jan Kowal", "leaderOf", "Poland")),
    ],
)
def test_an_apposed_office_is_the_article_s_country_s(graph_of, apposed, fact):
    assert fact in facts(graph_of(f"{_WARSAW}{apposed} said the move was a warning."))


@pytest.mark.parametrize(
    "apposed",
    [
        "Jan Kowal, a party spokesman,",
        "Jan Kowal, a spokesman,",
        "Jan Kowal, a prime minister,",
        "Jan Kowal, a former foreign minister,",
    ],
)
def test_offices_of_no_country_or_left_give_none(graph_of, apposed):
    got = facts(graph_of(f"{_WARSAW}{apposed} said the move was a warning."))
    assert not any(s == "Jan Kowal" for s, _, _ in got)


def test_a_deputy_prime_minister_leads_nothing(graph_of):
    got = facts(graph_of(f"{_WARSAW}Jan Kowal, the deputy prime minister, said it was a warning."))
    assert ("Jan Kowal", "leaderOf", "Poland") not in got


def test_the_country_the_sentence_before_is_about_may_own_the_office(graph_of):
    got = facts(
        graph_of(
            "Ukraine welcomed the plan on Monday, and Ukraine's allies backed it. Then there is "
            "Moscow. Russia has rejected any troops in Ukraine. Ivan Sorokin, the foreign "
            "ministry spokesman, said the units would be targets."
        )
    )
    assert not any(s == "Ivan Sorokin" for s, _, _ in got)


def test_a_country_named_beside_the_subject_does_not_take_the_office(graph_of):
    got = facts(
        graph_of(
            "Ukraine welcomed the plan on Monday, and Ukraine's allies backed it. Ukraine said "
            "Russia had shelled the port again. Oleh Marchuk, the foreign ministry spokesman, "
            "called it a crime."
        )
    )
    assert ("Oleh Marchuk", "spokespersonOf", "Ukraine") in got


def test_two_joined_titles_share_the_body_named_after_the_second(graph_of):
    got = facts(graph_of(
        "Ivo Marek met Rasa Vilks, the Prime Minister and Foreign Minister of Latvia, on "
        "Wednesday. He also met Anton Pell, the chairman and chief executive of Orlan Bank."
    ))
    assert {("Rasa Vilks", "leaderOf", "Latvia"), ("Anton Pell", "leaderOf", "Orlan Bank")} <= got


def test_a_joined_title_opening_its_own_phrase_names_no_body_for_the_first(graph_of):
    got = facts(graph_of(
        "Ivo Marek met Rasa Vilks, the mayor and a member of the board of Orlan Bank, on "
        "Wednesday."
    ))
    assert ("Rasa Vilks", "leaderOf", "Orlan Bank") not in got
    assert ("Rasa Vilks", "memberOf", "Orlan Bank") in got
