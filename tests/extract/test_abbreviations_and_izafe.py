"""Sentences are not cut at a rank abbreviated before a name ("Sgt. Ana Roe"), and a name
joined by the Persian and Urdu vowel between hyphens ("Majlis-e-Amal") is kept whole and
typed as a body."""

import pytest

from .helpers import entities, quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("rank", ["Sgt.", "Cpl.", "Pfc.", "Spc.", "Det.", "Supt.", "Capt."])
def test_a_rank_abbreviated_before_a_name_ends_no_sentence(nlp, rank):
    doc = nlp(f"The force named the dead as {rank} Ivo Brandel, 30, of Kestrin, and two others.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    '"We held the bridge," said Sgt. Ivo Brandel, who won a medal for his actions in the '
    'Jan. 24 battle that cost Cpl. Tom Velk his life.',
    '"We held the bridge," said Det. Ivo Brandel of the Kestrin police.',
])
def test_the_speaker_after_an_abbreviated_rank_is_the_named_person(graph_of, text):
    got = quotes(graph_of(text))
    assert [speaker for speaker, _ in got] == ["Ivo Brandel"]


def test_a_sentence_that_ends_before_a_new_one_is_still_cut(nlp):
    doc = nlp("The unit was led by Col. Ivo Brandel. The Kestrin Guard left on Monday.")
    assert len(list(doc.sents)) == 2


def test_a_name_joined_by_the_izafe_vowel_is_kept_whole(graph_of):
    got = entities(graph_of(
        "The Harvani League, a member of the Muttahida Sangat-e-Amal (MSA), won two seats."
    ))
    assert got.get("Muttahida Sangat-e-Amal") == "Organization"
    assert "Muttahida Sangat" not in got


def test_a_country_inside_an_izafe_name_does_not_cut_it(graph_of):
    got = entities(graph_of(
        "Ivo Brandel of the Istiqlal-e-Pakistan Party resigned on Monday."
    ))
    assert got.get("Istiqlal-e-Pakistan Party") == "Organization"
    assert "Istiqlal" not in got


def test_a_party_named_with_the_izafe_vowel_is_a_body_not_a_person(graph_of):
    got = entities(graph_of(
        "Bangladesh Harakat-e-Nizam has won 40 seats in the parliamentary election."
    ))
    assert got.get("Bangladesh Harakat-e-Nizam") == "Organization"


def test_a_dotted_rank_is_no_part_of_the_name_nor_a_name_of_its_own(graph_of):
    got = entities(graph_of(
        "The Defense Ministry says 20-year-old Pfc. Marcus Velkesh of Dornvik and 24-year-old "
        "Spc. Ilse Marten Brandow of Kestrin died of their wounds."
    ))
    assert not [label for label in got if label.startswith(("Pfc", "Spc"))]
    assert got.get("Marcus Velkesh") == "Person"


def test_the_given_name_after_a_dotted_rank_opens_the_name(graph_of):
    got = entities(graph_of(
        "The army named the dead as Sgt. Roshel Amadou Velkesh, 30, of Dornvik, and two others."
    ))
    assert "Roshel Amadou Velkesh" in got
    assert "Amadou Velkesh" not in got
