"""Given names written in another romanisation than the name list's."""

import pytest

from kg.text.personal_names import is_given_name


@pytest.mark.parametrize("word", ["Vassily", "Yevgeny", "Gennadiy"])
def test_another_romanisation_of_a_given_name_is_one(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Moscow", "Lagos", "Sudan", "Treasury", "Channel"])
def test_no_spelling_of_a_place_or_body_becomes_a_given_name(word):
    assert not is_given_name(word)
