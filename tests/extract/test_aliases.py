"""An organisation's alias introduced by "known as" or "called" names that organisation."""

import pytest

from .helpers import entities

pytestmark = pytest.mark.slow


def _orgs(g):
    return {e.label: set(e.alt_labels) for e in g.entities if e.type == "Organization"}


def test_an_alias_known_as_joins_its_organisation(graph_of):
    g = graph_of(
        "The Delta Dockers Union, known locally as Sindelta, called a strike on Monday. "
        "Sindelta said the port would stay shut until Friday."
    )
    orgs = _orgs(g)
    assert "Delta Dockers Union" in orgs and "Sindelta" not in orgs


def test_also_known_as_and_called_introduce_aliases(graph_of):
    g = graph_of(
        "The Northern Growers Cooperative, also known as Norgrow, raised prices. "
        "Norgrow blamed the drought.",
        "The Harbour Pilots Guild, called Hapig by its members, met in Durban. "
        "Hapig voted to strike.",
    )
    orgs = _orgs(g)
    assert "Norgrow" not in orgs and "Hapig" not in orgs
    assert {"Northern Growers Cooperative", "Harbour Pilots Guild"} <= set(orgs)


def test_a_persons_nickname_keeps_the_person(graph_of):
    g = graph_of(
        "Boxer Tobias Okonjo, known as Thunder, won the title in Lagos. "
        "Okonjo said he would defend it."
    )
    assert entities(g).get("Tobias Okonjo") == "Person"


def test_an_acronym_in_mixed_case_or_after_a_country_s_possessive_joins_its_body(graph_of):
    g = graph_of(
        "The Association of Grain Millers (VdG) warned of shortages. The VdG said prices "
        "would rise.",
        "Partners include Norway's Polar Drilling Research Institute, known as PODRI, which "
        "sent two engineers. A PODRI spokesman declined to comment.",
    )
    said = {e.label: {m.text for m in e.mentions} for e in g.entities}
    assert said.get("Association of Grain Millers") == {"Association of Grain Millers", "VdG"}
    assert said.get("Polar Drilling Research Institute") == {
        "Polar Drilling Research Institute", "PODRI"}
    assert "VdG" not in said and "PODRI" not in said


def test_a_word_in_mixed_case_in_brackets_after_a_person_is_no_alias(graph_of):
    g = graph_of("Tobias Okonjo (McLaren) won the race. McLaren said the car was fast.")
    said = {e.label: {m.text for m in e.mentions} for e in g.entities}
    assert said.get("Tobias Okonjo") == {"Tobias Okonjo"}


def test_a_nickname_in_quotes_used_alone_is_the_person(graph_of):
    g = graph_of(
        'Provincial governor Basri "Abeng" Suryanegara Putra went on trial on Monday. '
        "Abeng denied every charge.",
        "Club owner Hassan 'Abu Karim' Demirel sold his stake. Abu Karim said the club "
        "needed new money.",
        'President Tran "Bao" Van Minh spoke in Hanoi. Nguyen Thi Lan, his spokeswoman, said '
        "the talks went well.",
    )
    people = {e.label: {e.label, *e.alt_labels} for e in g.entities if e.type == "Person"}
    # the nickname used alone is another name of the person, never a person of its own
    assert people.get("Basri Suryanegara Putra") == {"Basri Suryanegara Putra", "Abeng"}
    assert people.get("Hassan Demirel") == {"Hassan Demirel", "Abu Karim"}
    assert "Bao" not in {n for ns in people.values() for n in ns}  # never used alone
    assert {"Abeng", "Abu Karim"}.isdisjoint(entities(g))


def test_a_word_in_quotes_that_is_no_name_s_nickname_names_no_one(graph_of):
    g = graph_of('Lena Varga said "Reform" was the word of the year. Reform of the courts '
                 "will take years, Varga said.")
    people = {e.label: {e.label, *e.alt_labels} for e in g.entities if e.type == "Person"}
    assert people.get("Lena Varga") == {"Lena Varga", "Varga"}


def test_a_nickname_given_after_a_persons_name_stands_for_the_person(graph_of):
    g = graph_of(
        "Militia commander Osman Idris Tahir, better known as Kashta, signed the truce on "
        "Sunday. Kashta said his fighters would withdraw from the city.",
        "The striker Ravi Mendes, nicknamed Lito, scored twice. Lito said the team deserved it.",
    )
    said = {e.label: {m.text for m in e.mentions} for e in g.entities if e.type == "Person"}
    assert said.get("Osman Idris Tahir") == {"Osman Idris Tahir", "Kashta"}
    assert said.get("Ravi Mendes") == {"Ravi Mendes", "Lito"}
    assert {"Kashta", "Lito"}.isdisjoint(entities(g))


def test_a_body_known_by_another_name_lends_it_to_no_person(graph_of):
    g = graph_of(
        "The Coastal Fishers Union, known as Cofish, met Amara Bello on Monday. Cofish said "
        "the talks went well, and Bello agreed."
    )
    said = {e.label: {m.text for m in e.mentions} for e in g.entities}
    assert "Cofish" not in said.get("Amara Bello", set())
    assert "Cofish" in said.get("Coastal Fishers Union", set())


def test_a_nickname_given_after_a_surname_with_words_between_stands_for_the_person(graph_of):
    g = graph_of(
        "The rebels are led by Idris Benhaddou. Benhaddou, known to his fighters as "
        '"Le Vieux", has led the group since 2019. Le Vieux said the group would not disarm.'
    )
    said = {e.label: {m.text for m in e.mentions} for e in g.entities if e.type == "Person"}
    assert "Le Vieux" in said.get("Idris Benhaddou", set())
    assert "Le Vieux" not in said


@pytest.mark.parametrize("text", [
    "Ram Bahadur Thapa and chairman of the Maoist Center Kamal Prasad Dahal 'Prachanda' were "
    "the frontrunners. After the talks failed, Prachanda announced the end of the alliance.",
    "Prime Minister Kamal Prasad Dahal, better known by his nom de guerre Prachanda, lost his "
    "majority. Prachanda will face a vote of confidence.",
])
def test_a_nickname_in_quotes_or_a_nom_de_guerre_is_the_persons(graph_of, text):
    said = {e.label: {m.text for m in e.mentions} for e in graph_of(text).entities}
    assert "Prachanda" in said.get("Kamal Prasad Dahal", set())
    assert "Prachanda" not in said


def test_a_quoted_word_after_a_name_used_nowhere_alone_is_no_alias(graph_of):
    said = {e.label: {m.text for m in e.mentions} for e in graph_of(
        "On Monday, Prime Minister Kamal Prasad Dahal 'Prachanda' spoke to reporters in "
        "Kathmandu.").entities}
    assert said.get("Kamal Prasad Dahal") == {"Kamal Prasad Dahal"}


@pytest.mark.parametrize(("text", "party", "acronym"), [
    ("Tariq Hassan, a close aide of Velmar Muslim League-Qadir (VML-Q) leader Omar Qadir, said "
     "the VML-Q would join the talks.", "Velmar Muslim League-Qadir", "VML-Q"),
    ("Lawmakers of the Tolmar Democratic Front-Nasir (TDF-N) walked out. The TDF-N said it "
     "would boycott the vote.", "Tolmar Democratic Front-Nasir", "TDF-N"),
])
def test_a_faction_s_acronym_with_a_hyphen_joins_its_party(graph_of, text, party, acronym):
    orgs = _orgs(graph_of(text))
    assert acronym in orgs.get(party, set()) and acronym not in orgs


def test_a_name_after_of_defines_its_acronym_but_one_inside_a_name_does_not(graph_of):
    # "Ethics and [Anti-Graft Office] (EAGO)": the bracket spells the whole name, not its tail
    orgs = _orgs(graph_of(
        "The Ethics and Anti-Graft Office (EAGO) charged two officials. An aide of Tolmar "
        "Freight Union (TOFU) leader Ana Brisk said the TOFU would appeal."
    ))
    assert "Anti-Graft Office" not in orgs
    assert "TOFU" in orgs.get("Tolmar Freight Union", set()) and "TOFU" not in orgs
