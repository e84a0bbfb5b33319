"""Names where a sentence or a wire dispatch opens: a party's name whose first word the
tagger reads as a common noun ("Unity Front won 40 seats"), and a dash glued to an agency's
credit in brackets ("TOKYO (Jiji Press)--Japan's cabinet ..."), which must not run the
agency into the story's first name. On sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Unity Front won 40 seats in the election, the commission said.",
        "Unity Front leader Ana Costa said the vote was fair.",
    ],
)
def test_a_party_opening_a_sentence_is_named_whole(graph_of, text):
    got = entities(graph_of(text))
    assert got.get("Unity Front") == "Organization"
    assert "Front" not in got


def test_a_party_opening_a_sentence_keeps_its_leader(graph_of):
    got = facts(graph_of("Unity Front leader Ana Costa said the vote was fair."))
    assert ("Ana Costa", "leaderOf", "Unity Front") in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a common noun opening a sentence before a lower-case word is no party
        ("Opposition parties said the vote was rigged.", "Opposition"),
        ("Unity among the parties broke down after the vote.", "Unity"),
        # a title opening a sentence stays the title of the name after it
        ("President Ana Costa said the vote was fair.", "President Ana Costa"),
    ],
)
def test_a_common_word_opening_a_sentence_names_no_party(graph_of, text, absent):
    got = entities(graph_of(text))
    assert absent not in got


@pytest.mark.parametrize(
    "text",
    [
        "(Jiji Press)--Japan's cabinet approved the budget on Friday.",
        "Tokyo, Dec. 5 (Jiji Press)--Japanese Foreign Minister Taro Suzuki will visit China.",
        "Seoul, Dec. 5 (Harbor Wire)—South Korea's central bank held rates on Friday.",
    ],
)
def test_a_dash_glued_to_an_agency_ends_its_name(graph_of, text):
    got = entities(graph_of(text))
    joined = [name for name in got if "Press" in name or "Wire" in name]
    assert all(name in {"Jiji Press", "Harbor Wire"} for name in joined), joined
    assert not any(kind == "Person" and name not in {"Taro Suzuki"} for name, kind in got.items())


def test_the_story_after_a_glued_dash_keeps_its_subject(graph_of):
    got = facts(graph_of(
        "Tokyo, Dec. 5 (Jiji Press)--Prime Minister Kenji Kobayashi said on Friday that "
        "Japan would act."))
    assert ("Kenji Kobayashi", "leaderOf", "Japan") in got


def test_a_spaced_dash_after_a_credit_is_read_as_before(graph_of):
    got = entities(graph_of("TOKYO (Harbor Wire) - Japan's cabinet approved the budget."))
    assert got.get("Harbor Wire") == "Organization"
    assert got.get("Japan") == "Place"


def test_a_dash_glued_to_a_bracket_of_common_words_starts_no_sentence(nlp):
    doc = nlp("The index (in dollar terms)--which rose on Friday--was a record.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tendo Mbirizi said the vote was fair. Mbirizi told supporters he would serve again.",
        "Tendo Mbirizi said the vote was fair. Mr Mbirizi spoke in Harare.",
    ],
)
def test_a_full_name_read_as_a_body_is_the_person_its_surname_names(graph_of, text):
    got = entities(graph_of(text))
    assert got.get("Tendo Mbirizi") == "Person"
    assert "Mbirizi" not in got


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Mbirizi Holdings said profits rose. Mr Mbirizi founded the firm.",
         "Mbirizi Holdings", "Organization"),
        ("Reuters said the report was accurate. Moscow said it would respond.",
         "Moscow", "Place"),
        ("Reuters said the report was accurate. Moscow said it would respond.",
         "Reuters", "Organization"),
    ],
)
def test_a_body_or_place_keeps_its_type(graph_of, text, name, kind):
    assert entities(graph_of(text)).get(name) == kind
