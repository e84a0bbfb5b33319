import pytest

from kg.errors import ExtractionError
from kg.extract import DEFAULT_EXTRACTORS, available, get_extractor, register


def test_builtins_are_registered_with_versioned_names():
    names = available()
    for name in DEFAULT_EXTRACTORS:
        assert name in names and name.endswith(".v1")


def test_unknown_extractor_lists_what_exists():
    with pytest.raises(ExtractionError) as err:
        get_extractor("kg.nothing.v9")
    assert "kg.roles.v1" in str(err.value)


def test_register_a_new_extractor():
    @register("test.empty.v1")
    def empty(context):
        return []

    assert get_extractor("test.empty.v1") is empty
