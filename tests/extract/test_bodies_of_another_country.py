"""A body described by its kind after a demonym ("the Jordanian royal family", "the Ugandan
federation") is not one named earlier with another country in its name; and a country
written with a title of a body's unit ("the Argentinian head of FIFA's finance committee",
"commission chairwoman X of Morocco") is its holder's nationality, not the body led. On
sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Karim Haddad is a member of the Bahrain Royal Family. Omar Talal, a member of the "
         "Jordanian royal family, lost the last election.",
         ("Omar Talal", "memberOf", "Bahrain Royal Family")),
        ("Ana Roe chairs the Kenya Rowing Federation. Ivan Petrov, the president of the "
         "Ugandan federation, met her.", ("Ivan Petrov", "leaderOf", "Kenya Rowing Federation")),
    ],
)
def test_a_body_of_another_country_is_not_the_one_named(graph_of, sentence, wrong):
    got = facts(graph_of(sentence))
    assert wrong not in got
    assert any(f[1] in {"memberOf", "leaderOf"} for f in got)  # the first name's stays


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Karim Haddad is a member of the Bahrain Royal Family. Omar Talal, a member of the "
         "Bahraini royal family, lost the last election.",
         ("Omar Talal", "memberOf", "Bahrain Royal Family")),
        ("Ana Roe chairs the Kenya Rowing Federation. Ivan Petrov, the president of the "
         "Kenyan federation, met her.", ("Ivan Petrov", "leaderOf", "Kenya Rowing Federation")),
    ],
)
def test_a_body_of_the_same_country_is_the_one_named(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The Argentinian head of FIFA's finance committee, Ole Brekke, told the congress it "
         "was wrong.", ("Ole Brekke", "leaderOf", "Argentina")),
        ("Evaluation commission chairwoman Ole Brekke of Morocco gave little away.",
         ("Ole Brekke", "leaderOf", "Morocco")),
        ("Finance committee head Ole Brekke of Kenya gave little away.",
         ("Ole Brekke", "leaderOf", "Kenya")),
    ],
)
def test_a_country_beside_a_unit_s_title_is_a_nationality(graph_of, sentence, wrong):
    assert wrong not in facts(graph_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Argentinian head of FIFA's finance committee, Ole Brekke, told the congress it "
         "was wrong.", ("Ole Brekke", "memberOf", "FIFA")),
        ("President Ole Brekke of Kenya gave little away.", ("Ole Brekke", "leaderOf", "Kenya")),
        ("Foreign Minister Ana Roe of Peru met the envoy.", ("Ana Roe", "memberOf", "Peru")),
        ("The Kenyan chairman of the Rowing Federation, Ole Brekke, told the congress it was "
         "wrong.", ("Ole Brekke", "leaderOf", "Rowing Federation")),
    ],
)
def test_titles_of_countries_and_named_bodies_stay(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))
