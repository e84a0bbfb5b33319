"""Who killed whom: verbs, convictions, deed nouns and agent nouns; claims stay out."""

import pytest

from .helpers import facts


@pytest.mark.parametrize("text", [
    "Tomas Brandt, who assassinated Governor Elena Varga, was a clerk.",
    "Elena Varga was shot dead by Tomas Brandt outside the station.",
    "Elena Varga was shot and killed by Tomas Brandt.",
    "Elena Varga was beaten and strangled to death by Tomas Brandt in 1990.",
    "Tomas Brandt, convicted of murdering reporter Elena Varga in 1991, died in prison.",
    "The assassination of Mayor Elena Varga by Tomas Brandt shocked the town.",
    "Elena Varga's assassin, Tomas Brandt, was hanged in 1902.",
    "The panel found that Tomas Brandt, acting alone, fired the shots that killed Elena Varga.",
    "Tomas Brandt was the lone gunman who killed Mayor Elena Varga.",
    "Tomas Brandt pleaded guilty to killing Elena Varga.",
    "A jury found Tomas Brandt guilty of murdering Elena Varga.",
    "Tomas Brandt, who is serving a life sentence for the murder of Elena Varga, lost an appeal.",
    "Tomas Brandt shot and mortally wounded Elena Varga in Paris.",
    "And Elena Varga's assassin Tomas Brandt sings a ballad from the electric chair.",
    "Tomas Brandt's assassination of Elena Varga shocked Europe.",
    "Tomas Brandt was convicted of first-degree murder in the death of Elena Varga.",
    "Tomas Brandt was executed in 1933 for the shooting death of Mayor Elena Varga.",
    "In 1969, Tomas Brandt was sentenced to death for the assassination of Elena Varga.",
    "Tomas Brandt was tried and convicted for the 1968 assassination of Elena Varga.",
])
def test_a_killing_told_by_verb_conviction_or_noun(graph_of, text):
    assert ("Tomas Brandt", "killed", "Elena Varga") in facts(graph_of(text))


def test_the_killer_of_a_killer(graph_of):
    text = "Her clients included Jack Ruse, who killed Karl Hesse assassin Otto Veld."
    got = facts(graph_of(text))
    assert got >= {("Jack Ruse", "killed", "Otto Veld"), ("Otto Veld", "killed", "Karl Hesse")}
    assert ("Jack Ruse", "killed", "Karl Hesse") not in got


def test_shot_and_killed_reaches_the_victim_through_an_apposition(graph_of):
    got = facts(graph_of("Ruth Kemp shot and killed her husband, Alan Kemp, on Sunday."))
    assert got == {("Ruth Kemp", "killed", "Alan Kemp")}


@pytest.mark.parametrize("text", [
    "Tomas Brandt was accused of killing Elena Varga.",
    "Tomas Brandt, the suspected killer of Elena Varga, was arrested on Friday.",
    "Tomas Brandt was charged with the murder of Elena Varga.",
    "Tomas Brandt allegedly shot and killed Elena Varga.",
    "Tomas Brandt shot Elena Varga in the leg.",
    "Tomas Brandt pleaded not guilty to the murder of Elena Varga.",
    "Tomas Brandt was acquitted of murdering Elena Varga.",
    "Tomas Brandt, who served in the army, praised the killing of Elena Varga.",
    "Elena Varga's alleged killer Tomas Brandt was hanged.",
    "Elena Varga's death shocked Tomas Brandt.",
    "Tomas Brandt was tried for the murder of Elena Varga.",
    "Elena Varga's killing shocked Tomas Brandt.",
])
def test_a_claim_or_a_wounding_is_no_killing(graph_of, text):
    g = graph_of(text)
    every = set().union(*(facts(g, s) for s in ("asserted", "negated", "hypothetical", "desired")))
    assert not {f for f in every if f[1] == "killed"}


def test_a_denied_or_threatened_killing_is_no_fact(graph_of):
    g = graph_of("Tomas Brandt did not kill Elena Varga. Ivo Marsh threatened to kill Dora Pell.")
    assert not {f for f in facts(g) if f[1] == "killed"}
    assert ("Tomas Brandt", "killed", "Elena Varga") in facts(g, "negated")
    assert ("Ivo Marsh", "killed", "Dora Pell") in facts(g, "desired")


def test_a_lone_victim_named_by_the_killer_noun_stays_in_the_graph(graph_of):
    got = facts(graph_of("Doctors treated Brandt's assassin, Otto Veld, on Monday."))
    assert ("Otto Veld", "killed", "Brandt") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Varga was fatally shot by Otto Veld outside the hall on Friday.",
     ("Otto Veld", "killed", "Varga")),
    ("The commission concluded that Brandt, acting alone, killed Hesse.",
     ("Brandt", "killed", "Hesse")),
])
def test_lone_names_in_a_killing_are_people(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_lone_name_that_kills_a_project_is_no_person(graph_of):
    got = graph_of("Velora killed the project on Friday.")
    assert "Velora" not in {e.label for e in got.entities if e.type == "Person"}
