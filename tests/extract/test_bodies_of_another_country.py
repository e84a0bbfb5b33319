"""A body described by its kind after a demonym ("the Jordanian royal family", "the Ugandan
federation") is not one named earlier with another country in its name. On sentences
written for these tests."""

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
