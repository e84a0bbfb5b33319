"""Who speaks in a court report: "the judge" after "Mr Justice X", and the words a judge
"continued" with after a reported clause; paragraphs written for these tests."""

import pytest

from .helpers import quotes

pytestmark = pytest.mark.slow


def speaker_of(got: set[tuple[str | None, str]], start: str) -> set[str | None]:
    return {s for s, t in got if t.startswith(start)}


def test_the_judge_is_the_one_titled_justice(graph_of):
    got = quotes(graph_of(
        "Passing sentence, Mr Justice Harwood told Tessa Lund it was “a corrupt attempt”.\n\n"
        "The judge said that if she had not been adopting a child he would have jailed her "
        "for three years.\n\nHe added that Ms Lund would have taken the money.\n\n"
        "The judge went on: “Activity of this kind is deeply damaging to justice.”"
    ))
    assert speaker_of(got, "Activity of this kind") == {"Harwood"}


@pytest.mark.parametrize("said", ["the judge said", "the magistrate said"])
def test_a_judge_described_by_a_kindred_title(graph_of, said):
    got = quotes(graph_of(
        "Justice Ama Serwaa dismissed the appeal on Monday. Detective Kofi Mensah said he was "
        f"relieved. “The evidence was weak,” {said}."
    ))
    assert speaker_of(got, "The evidence was weak") == {"Ama Serwaa"}


@pytest.mark.parametrize("clause", [
    "her offence could not be described as whistle-blowing, and continued:",
    "the evidence was overwhelming and added:",
])
def test_a_speech_verb_after_a_reported_clause_is_the_speakers(graph_of, clause):
    got = quotes(graph_of(
        f"Judge Ana Reyes read the verdict. She said {clause} “No one is above the law.”"
    ))
    assert speaker_of(got, "No one is above the law") == {"Ana Reyes"}


@pytest.mark.parametrize("clause", [
    "the lawyers would appeal, and they added:",
    "the lawyers lied and added:",
])
def test_a_speech_verb_of_the_reported_people_is_not_the_speakers(graph_of, clause):
    got = quotes(graph_of(
        f"Judge Ana Reyes read the verdict. She said {clause} “We will win.”"
    ))
    assert "Ana Reyes" not in speaker_of(got, "We will win")
