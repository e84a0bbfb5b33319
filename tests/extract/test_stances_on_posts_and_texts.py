"""Stances on a person's nomination or confirmation, and on an agreement introduced by
signing or rejecting it, on sentences written for these tests (invented names)."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Senator Ada Rhee voted against Tomas Vell's confirmation on Tuesday.", "opposes"),
    ("Senator Ada Rhee voted for Tomas Vell's nomination.", "supports"),
    ("Senator Ada Rhee opposed Tomas Vell's nomination as ambassador.", "opposes"),
    ("Senator Ada Rhee backed Tomas Vell's candidacy.", "supports"),
])
def test_a_stance_on_a_persons_nomination_is_one_on_the_person(graph_of, sentence, stance):
    assert ("Ada Rhee", stance, "Tomas Vell") in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    # the one who nominated owns the nomination: no stance on him
    "Senator Ada Rhee opposed President Tomas Vell's nomination of Irma Quist.",
    # what a person owns that is no bid for a post stands for nothing of his
    "Senator Ada Rhee opposed Tomas Vell's visit to the border.",
    "Senator Ada Rhee said she would not oppose Tomas Vell's nomination.",
])
def test_no_stance_on_the_nominator_or_on_other_things_a_person_owns(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Ada Rhee", "opposes", "Tomas Vell") not in got


@pytest.mark.parametrize(("sentence", "signers", "plan"), [
    ("Norland and Ostria signed a preliminary ceasefire agreement on Friday.",
     {"Norland", "Ostria"}, "preliminary ceasefire agreement"),
    ("President Arno Vell of Norland and Prime Minister Tessa Marsh of Ostria signed a joint "
     "declaration after two hours of talks.", {"Arno Vell", "Tessa Marsh"}, "joint declaration"),
    ("Norland inked a maritime security pact with Ostria on Monday.",
     {"Norland"}, "maritime security pact"),
    ("Norland and the Vesmar rebels signed a cease-fire deal in Halden.",
     {"Norland"}, "cease-fire deal"),
])
def test_a_text_introduced_by_its_signing_is_a_plan_its_signers_support(
        graph_of, sentence, signers, plan):
    graph = graph_of(sentence)
    assert entities(graph).get(plan) == "Plan"
    assert {s for s, p, o in facts(graph) if p == "supports" and o == plan} >= signers


def test_a_plan_rejected_by_its_topic_is_one_plan_with_its_author(graph_of):
    got = facts(graph_of("Ostria on Thursday rejected a new peace plan put forth by the "
                         "Kelvar Group."))
    assert ("Ostria", "opposes", "peace plan") in got
    assert ("Kelvar Group", "authorOf", "peace plan") in got


@pytest.mark.parametrize("sentence", [
    "President Arno Vell refused to sign a ceasefire agreement with the rebels.",
    "President Arno Vell said he would sign a joint declaration with Ostria.",
    "President Arno Vell is expected to sign a trade agreement with Ostria next week.",
    "President Arno Vell signed a decree on Monday.",  # no words saying which text
    "President Arno Vell rejected a new proposal on Monday.",  # no topic said
    "Arno Vell signed a three-year deal with the Tarran club on Monday.",  # a contract
])
def test_no_plan_from_a_text_not_signed_or_not_described(graph_of, sentence):
    graph = graph_of(sentence)
    assert not any(p == "supports" for _, p, _ in facts(graph))
    assert "Plan" not in entities(graph).values() or "decree" in sentence


@pytest.mark.parametrize(("sentence", "fact"), [
    ("The Halden Accord, proposed by Ostria, was rejected because it was vetoed by Norland.",
     ("Norland", "opposes", "Halden Accord")),
    ("Norland will not ratify the Carrow Treaty, although Kelvia has signed it.",
     ("Kelvia", "supports", "Carrow Treaty")),
])
def test_a_cause_or_concession_is_a_fact_whatever_its_main_clause(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Norland would sign the Carrow Treaty if Kelvia backed it.",
     ("Kelvia", "supports", "Carrow Treaty")),
    ("Norland would sign the Carrow Treaty if Kelvia backed it.",
     ("Norland", "supports", "Carrow Treaty")),
    ("Norland did not sign the Carrow Treaty because Kelvia opposed it.",
     ("Norland", "supports", "Carrow Treaty")),
])
def test_a_condition_or_the_main_clauses_own_denial_still_holds(graph_of, sentence, fact):
    assert fact not in facts(graph_of(sentence))


_UNVEILED = "President Arno Vell unveiled the Halden Accord on Monday. "


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Prime Minister Tessa Marsh agreed to it at a news conference.",
     ("Tessa Marsh", "supports", "Halden Accord")),
    ("Prime Minister Tessa Marsh agreed to the accord on Tuesday.",
     ("Tessa Marsh", "supports", "Halden Accord")),
    ("It is sponsored by Norland, Vesmar and the Tarran Union.",
     ("Vesmar", "authorOf", "Halden Accord")),
    ("The Tarran Union inked it on Tuesday.", ("Tarran Union", "supports", "Halden Accord")),
])
def test_it_and_the_plans_description_after_stance_verbs(graph_of, sentence, fact):
    assert fact in facts(graph_of(_UNVEILED + sentence))


def test_agreeing_to_a_plan_on_a_day_is_no_authorship(graph_of):
    got = facts(graph_of(_UNVEILED + "Prime Minister Tessa Marsh agreed to the accord on "
                         "Tuesday."))
    assert ("Tessa Marsh", "authorOf", "Halden Accord") not in got


@pytest.mark.parametrize(("sentence", "fact"), [
    ("President Arno Vell refused to sign the Qatar-brokered Halden Accord.",
     ("Qatar", "authorOf", "Halden Accord")),
    ("Norland backed the French-led Halden Accord on Monday.",
     ("France", "authorOf", "Halden Accord")),
])
def test_who_wrote_a_text_before_a_hyphen_holds_whatever_the_verb(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


def test_a_led_coalition_is_no_text_authored(graph_of):
    got = facts(graph_of("The Ostrian-led coalition backed the Halden Accord on Monday."))
    assert not any(p == "authorOf" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "signers", "plan"), [
    ("Norland and Ostria have signed a Memorandum of Understanding on fisheries.",
     {"Norland", "Ostria"}, "Memorandum of Understanding"),
    ("Norland and the Tarran Union signed a memorandum of cooperation on Friday.",
     {"Tarran Union", "Norland"}, "memorandum of cooperation"),
])
def test_a_signed_memorandum_is_a_plan_named_by_what_it_is_of(graph_of, sentence, signers, plan):
    graph = graph_of(sentence)
    assert entities(graph).get(plan) == "Plan"
    assert {s for s, p, o in facts(graph) if p == "supports" and o == plan} >= signers


def test_a_memorandum_only_mentioned_is_no_plan(graph_of):
    graph = graph_of("The memorandum of the finance ministry was leaked to reporters.")
    assert "Plan" not in entities(graph).values()


def test_a_resolution_said_by_what_it_does_is_the_plan_votes_are_on(graph_of):
    got = facts(graph_of(
        "The Tarran Assembly adopted a resolution calling upon Norland to withdraw from the "
        "Halden valley. A total of 91 countries voted in favour of the document, including "
        "Ostria, Vesmar and Kelvia. Eight countries, including Brazil and Chile, voted against."))
    assert ("Tarran Assembly", "supports", "resolution") in got
    assert {("Vesmar", "supports", "resolution"), ("Chile", "opposes", "resolution")} <= got


@pytest.mark.parametrize("sentence", [
    "The Tarran Assembly may adopt a resolution calling upon Norland to withdraw.",
    "The Tarran Assembly adopted a resolution on Monday.",  # no word of what it does
])
def test_no_resolution_plan_when_unadopted_or_unsaid(graph_of, sentence):
    assert "Plan" not in entities(graph_of(sentence)).values()


def test_the_resolution_voted_on_by_named_countries_is_a_plan(graph_of):
    graph = graph_of("The vote was held on Monday. Four countries – Norland, Ostria, Brazil "
                     "and Chile – voted against the resolution.")
    assert entities(graph).get("resolution") == "Plan"
    assert ("Chile", "opposes", "resolution") in facts(graph)


def test_the_resolution_of_a_dispute_is_no_plan(graph_of):
    graph = graph_of("Norland welcomed the resolution of the border dispute with Ostria.")
    assert "Plan" not in entities(graph).values()


def test_each_vote_of_a_voter_in_one_sentence_is_its_own_stance(graph_of):
    got = facts(graph_of("Prime Minister Tessa Marsh voted against Ilse Varn, in favour of "
                         "Piet Orlo and abstained on Jana Kusk."))
    assert ("Tessa Marsh", "opposes", "Ilse Varn") in got
    assert ("Tessa Marsh", "supports", "Piet Orlo") in got
    assert not any(o == "Jana Kusk" for s, p, o in got if p in {"supports", "opposes"})


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Senator Ada Rhee voted to confirm Tomas Vell as ambassador.",
     ("Ada Rhee", "supports", "Tomas Vell")),
    ("Senator Ada Rhee voted to reject Tomas Vell's nomination.",
     ("Ada Rhee", "opposes", "Tomas Vell")),
])
def test_a_vote_to_confirm_or_reject_a_nominee(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


def test_a_vote_to_confirm_a_report_is_no_stance_on_its_author(graph_of):
    got = facts(graph_of("The board voted to confirm Tomas Vell's report on the accounts."))
    assert not any(p == "supports" and o == "Tomas Vell" for _, p, o in got)


def test_every_body_named_beside_a_passives_agent_takes_the_stance(graph_of):
    got = facts(graph_of(_UNVEILED + "The accord was dismissed by council members Norland "
                         "and Vesmar."))
    assert {("Norland", "opposes", "Halden Accord"), ("Vesmar", "opposes", "Halden Accord")} <= got


@pytest.mark.parametrize("sentence", [
    'Norland on Tuesday dismissed as "absolutely unacceptable" the Halden Accord.',
    'Norland dismissed as "unacceptable" the Halden Accord, an Ostrian plan to send monitors.',
])
def test_an_object_put_after_what_it_is_called_takes_the_stance(graph_of, sentence):
    graph = graph_of(_UNVEILED + sentence)
    assert ("Norland", "opposes", "Halden Accord") in facts(graph)
    assert [n for n, t in entities(graph).items() if t == "Plan"] == ["Halden Accord"]


def test_a_word_called_unacceptable_that_is_no_plan_takes_no_stance(graph_of):
    got = facts(graph_of(_UNVEILED + "Norland dismissed as unacceptable the delay in the talks "
                         "with Ostria."))
    assert not any(s == "Norland" and p == "opposes" for s, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Signatories included Norland, Vesmar and the Tarran Union.",
    "Its signatories include Norland, Vesmar and the Tarran Union.",
])
def test_signatories_listed_support_the_text_just_named(graph_of, sentence):
    got = facts(graph_of(_UNVEILED + sentence))
    assert {("Vesmar", "supports", "Halden Accord"),
            ("Tarran Union", "supports", "Halden Accord")} <= got


def test_critics_listed_with_no_text_said_take_no_stance(graph_of):
    got = facts(graph_of(_UNVEILED + "Critics include Norland and Vesmar."))
    assert not any(p == "opposes" for _, p, _ in got)


def test_a_text_unnamed_signers_signed_is_no_plan(graph_of):
    graph = graph_of("Many leaders signed a joint declaration on border trade.")
    assert "Plan" not in entities(graph).values()
