"""The many ways news states a side on a plan ("dismissed the plan", "is opposed to it",
"the plan drew criticism from X", "cannot accept the terms"), and the ways that state
none, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_PLAN = "The Velmar government unveiled a 12-point peace plan on Monday. "
_NAME = "12-point peace plan"


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("Prime Minister Oskar Lind dismissed the plan as a stunt.", "Oskar Lind", "opposes"),
    ("The Tarvik Union shrugged off the plan.", "Tarvik Union", "opposes"),
    ("The Tarvik Union balked at the proposal.", "Tarvik Union", "opposes"),
    ("The Tarvik Union objected to the plan.", "Tarvik Union", "opposes"),
    ("The Tarvik Union signed off on the plan on Tuesday.", "Tarvik Union", "supports"),
    ("Senator Ana Roe came out against the plan.", "Ana Roe", "opposes"),
    ("Senator Ana Roe has come out in support of the plan.", "Ana Roe", "supports"),
    ("Senator Ana Roe came out in opposition to the plan.", "Ana Roe", "opposes"),
    ("Senator Ana Roe spoke in favour of the plan.", "Ana Roe", "supports"),
    ("Senator Ana Roe rebuffed the proposal.", "Ana Roe", "opposes"),
    ("Senator Ana Roe applauded the plan.", "Ana Roe", "supports"),
])
def test_verbs_and_phrases_of_a_side(graph_of, sentence, holder, side):
    assert (holder, side, _NAME) in facts(graph_of(_PLAN + sentence))


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("The Tarvik Union's objections to the plan were noted.", "Tarvik Union", "opposes"),
    ("Norland's endorsement of the plan came late.", "Norland", "supports"),
    ("Norland's veto of the plan angered its neighbours.", "Norland", "opposes"),
    ("The plan drew sharp criticism from the Tarvik Union.", "Tarvik Union", "opposes"),
    ("The plan has drawn pushback from Oskar Lind.", "Oskar Lind", "opposes"),
    ("The plan won praise from Oskar Lind.", "Oskar Lind", "supports"),
    ("Norland threw its weight behind the plan.", "Norland", "supports"),
    ("Senator Ana Roe gave the plan her blessing.", "Ana Roe", "supports"),
    ("The Tarvik Union gave its approval to the plan.", "Tarvik Union", "supports"),
])
def test_nouns_of_a_side(graph_of, sentence, holder, side):
    assert (holder, side, _NAME) in facts(graph_of(_PLAN + sentence))


def test_criticism_a_person_draws_is_no_stance_on_a_plan(graph_of):
    got = facts(graph_of(_PLAN + "Oskar Lind drew criticism from the Tarvik Union."))
    assert not any(p == "opposes" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("Norland is against the plan.", "Norland", "opposes"),
    ("Norland is opposed to the plan.", "Norland", "opposes"),
    ("The Tarvik Union remains opposed to the plan.", "Tarvik Union", "opposes"),
    ("The Tarvik Union, which is opposed to the plan, called a strike.", "Tarvik Union",
     "opposes"),
    ("Norland is in favour of the plan.", "Norland", "supports"),
    ("Oskar Lind is critical of the plan.", "Oskar Lind", "opposes"),
    ("Oskar Lind has been supportive of the plan.", "Oskar Lind", "supports"),
])
def test_a_side_stated_with_is(graph_of, sentence, holder, side):
    assert (holder, side, _NAME) in facts(graph_of(_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Norland is not against the plan.",
    "Norland is against the war.",
    "Oskar Lind is critical of the army.",
])
def test_no_side_on_a_plan_stated_with_is(graph_of, sentence):
    got = facts(graph_of(_PLAN + sentence))
    assert not any(p in {"opposes", "supports"} and s != "Velmar government"
                   for s, p, _ in got)


@pytest.mark.parametrize(("sentence", "holder"), [
    ("The Tarvik Union said it could not accept the terms.", "Tarvik Union"),
    ('"We cannot accept the plan," the Tarvik Union said.', "Tarvik Union"),
    ("The Tarvik Union said it would not sign the plan.", "Tarvik Union"),
    ("The Tarvik Union refused to accept the plan.", "Tarvik Union"),
])
def test_a_refusal_opposes(graph_of, sentence, holder):
    got = facts(graph_of(_PLAN + sentence))
    assert (holder, "opposes", _NAME) in got
    assert (holder, "supports", _NAME) not in got


@pytest.mark.parametrize("sentence", [
    "The Tarvik Union said it could not accept the plan unless pensions were kept.",
    "The Tarvik Union declined to endorse the plan.",
    "The Tarvik Union did not accept the plan before the deadline, its leader said.",
])
def test_no_refusal_without_a_refusal(graph_of, sentence):
    assert ("Tarvik Union", "opposes", _NAME) not in facts(graph_of(_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Norland neither accepted nor rejected the plan.",
    "Neither Norland nor Tarvik backed the plan.",
])
def test_neither_nor_states_no_side(graph_of, sentence):
    got = facts(graph_of(_PLAN + sentence))
    assert not any(p in {"opposes", "supports"} and s in {"Norland", "Tarvik"}
                   for s, p, _ in got)


def test_a_passive_second_verb_shares_the_plan(graph_of):
    got = facts(graph_of(
        _PLAN + "The proposal was welcomed by Oskar Lind and criticised by Ana Roe."
    ))
    assert ("Oskar Lind", "supports", _NAME) in got
    assert ("Ana Roe", "opposes", _NAME) in got


def test_a_vote_with_no_object_is_on_the_plan_just_named(graph_of):
    got = facts(graph_of(
        "Norland on Monday vetoed a draft resolution on Velmar. "
        "Tarvik voted in favour, Peru voted against and Chile abstained."
    ))
    assert ("Norland", "opposes", "draft resolution") in got
    assert ("Tarvik", "supports", "draft resolution") in got
    assert ("Peru", "opposes", "draft resolution") in got
    assert not any(s == "Chile" for s, _, _ in got)


def test_a_vote_with_no_object_and_no_plan_is_nothing(graph_of):
    got = facts(graph_of("Tarvik voted in favour, and Orsk voted against."))
    assert not any(p in {"opposes", "supports"} for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Oskar Lind dismissed the minister on Friday.",
    "Oskar Lind dismissed reports of a rift.",
    "Police cleared the square on Friday.",
])
def test_verbs_that_take_a_side_only_on_a_plan(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(p in {"opposes", "supports"} for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("The Tarvik Union announced its rejection of the plan.", "Tarvik Union", "opposes"),
    ("Oskar Lind dismissed it as a stunt.", "Oskar Lind", "opposes"),
])
def test_a_side_taken_through_a_pronoun(graph_of, sentence, holder, side):
    assert (holder, side, _NAME) in facts(graph_of(_PLAN + sentence))


def test_its_with_no_stance_noun_is_nothing(graph_of):
    got = facts(graph_of(_PLAN + "The Tarvik Union announced its new chairman."))
    assert not any(s == "Tarvik Union" for s, _, _ in got)


def test_the_author_of_a_plan_is_never_read_as_opposing_it(graph_of):
    got = facts(graph_of(_PLAN + "In Norland, the government rejected the plan."))
    assert ("Velmar government", "authorOf", _NAME) in got
    assert ("Velmar government", "opposes", _NAME) not in got


def test_an_author_and_a_critic_are_kept_apart(graph_of):
    got = facts(graph_of(_PLAN + "Norland's government rejected the plan."))
    assert ("Velmar government", "authorOf", _NAME) in got
    assert ("Norland", "opposes", _NAME) in got


def test_among_those_voting_for_a_plan(graph_of):
    got = facts(graph_of(
        "Norland on Monday vetoed a draft resolution on Velmar. "
        "Peru and Chile were among the countries voting for the draft."
    ))
    assert ("Peru", "supports", "draft resolution") in got
    assert ("Chile", "supports", "draft resolution") in got


# -- industrial and street action against a measure


@pytest.mark.parametrize("text", [
    "The Transport Workers Federation struck against the Pension Reform Bill on Tuesday.",
    "The Transport Workers Federation marched against the Pension Reform Bill.",
    "The Transport Workers Federation staged a strike against the Pension Reform Bill on "
    "Tuesday.",
    "The Transport Workers Federation called a strike to protest against the Pension Reform "
    "Bill.",
    "The Transport Workers Federation walked out on Tuesday in protest at the Pension Reform "
    "Bill.",
    "The Transport Workers Federation staged a strike over the government's pay offer on "
    "Tuesday.",
])
def test_action_against_a_measure_opposes_it(graph_of, text):
    got = facts(graph_of(text))
    assert any(s == "Transport Workers Federation" and p == "opposes" for s, p, _ in got)


@pytest.mark.parametrize("text", [
    # called off, or denied: no action taken
    "The Transport Workers Federation called off a strike against the Pension Reform Bill "
    "after talks.",
    "The Transport Workers Federation denied it had called a strike against the Pension "
    "Reform Bill.",
    # a strike against a company, or at a place, is no stance on a measure
    "The Transport Workers Federation staged a strike against Halvern Logistics on Tuesday.",
    "The Transport Workers Federation staged a strike at the Pension Fund offices on Tuesday.",
    # workers walked out; the federation only reports it
    "Dockers at Port Avel walked out on Tuesday in protest at the Pension Reform Bill, the "
    "Transport Workers Federation said.",
])
def test_no_action_against_a_measure(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Transport Workers Federation" and p == "opposes" for s, p, _ in got)


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("Senator Ana Roe vowed to block the plan.", "Ana Roe", "opposes"),
    ("Senator Ana Roe threatened to veto the plan.", "Ana Roe", "opposes"),
    ("Senator Ana Roe vowed to fight the plan in court.", "Ana Roe", "opposes"),
    ("Senator Ana Roe pledged to back the plan.", "Ana Roe", "supports"),
])
def test_a_side_promised_or_threatened_is_taken_now(graph_of, sentence, holder, side):
    assert (holder, side, _NAME) in facts(graph_of(_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Senator Ana Roe wants to block the plan.",  # a wish
    "Senator Ana Roe did not vow to block the plan.",
    "We are not going to fight Europe, Senator Ana Roe said.",  # no plan
])
def test_a_wish_a_denied_vow_or_no_plan_takes_no_side(graph_of, sentence):
    got = facts(graph_of(_PLAN + sentence))
    assert not {f for f in got if f[0] == "Ana Roe" and f[1] in {"supports", "opposes"}}


@pytest.mark.parametrize("text", [
    "Ivo Marek said he was committed to the Gaza ceasefire deal.",
    "Ivo Marek remains committed to the Gaza ceasefire deal, his office said.",
    "Ivo Marek reaffirmed his commitment to the Gaza ceasefire deal.",
])
def test_committed_to_a_deal_supports_it(graph_of, text):
    got = facts(graph_of(text))
    assert any(s == "Ivo Marek" and p == "supports" and "Gaza ceasefire" in o for s, p, o in got)


@pytest.mark.parametrize("text", [
    "Ivo Marek said Kalmar was not committed to the Gaza ceasefire deal.",
    "Ivo Marek urged Pal Dunn to stay committed to the Gaza ceasefire deal.",
    "Ivo Marek said he was committed to peace in Gaza.",
])
def test_no_commitment_held_or_none_to_a_deal_is_no_support(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p == "supports" and s in {"Ivo Marek", "Pal Dunn", "Kalmar"}
                   for s, p, o in got)


_HARBOR = "The Harbor Peace Plan was unveiled on Monday. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Senator Anna Fellgate called the plan a series of Russian talking points.",
         ("Anna Fellgate", "opposes", "Harbor Peace Plan")),
        ("Prime Minister Ilse Varn called the plan a breakthrough for the region.",
         ("Ilse Varn", "supports", "Harbor Peace Plan")),
        ("Prime Minister Ilse Varn called the plan unacceptable.",
         ("Ilse Varn", "opposes", "Harbor Peace Plan")),
        ('Prime Minister Ilse Varn called the plan "a betrayal of our soldiers".',
         ("Ilse Varn", "opposes", "Harbor Peace Plan")),
        ("Ilse Varn called it a breakthrough for the region.",
         ("Ilse Varn", "supports", "Harbor Peace Plan")),
        ("Ilse Varn called the proposal a breakthrough.",  # the plan just named
         ("Ilse Varn", "supports", "Harbor Peace Plan")),
        ("Senator Anna Fellgate labelled the plan a sham.",
         ("Anna Fellgate", "opposes", "Harbor Peace Plan")),
    ],
)
def test_what_a_plan_is_called_says_the_callers_side(graph_of, text, fact):
    assert fact in facts(graph_of(_HARBOR + text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Anna Fellgate called the minister a liar during the hearing.",  # a person
        "Prime Minister Ilse Varn did not call the plan a capitulation.",
        "Prime Minister Ilse Varn called the plan a first step.",  # neither side
        'Prime Minister Ilse Varn called the plan "not a capitulation but a compromise".',
        "Ilse Varn called the plan a historic breakthrough and a mistake.",  # both sides
        "Ilse Varn called the plan's critics reckless.",  # the critics are called so
        "Ilse Varn called the authors of the plan a disgrace.",
    ],
)
def test_no_side_from_what_is_called_of_no_plan_or_no_side(graph_of, text):
    got = facts(graph_of(_HARBOR + text))
    assert not [f for f in got if f[2] == "Harbor Peace Plan" and f[1] in {
        "supports", "opposes"}]


def test_it_called_after_another_thing_is_no_plan(graph_of):
    got = facts(graph_of("The Harbor Peace Plan was unveiled at the Geneva Summit. Ilse Varn "
                         "called it a great success."))
    assert ("Ilse Varn", "supports", "Harbor Peace Plan") not in got


_HARBOUR_PLAN = "The Varnia government unveiled the Harbor Renewal Plan on Monday. "


@pytest.mark.parametrize("sentence", [
    "Senator Tomas Brelin gave the plan his backing on Tuesday.",
    "Senator Tomas Brelin gave the plan his backing, aides said.",
    "Senator Tomas Brelin gave his backing to the plan.",
])
def test_backing_given_to_a_plan_supports_it(graph_of, sentence):
    assert ("Tomas Brelin", "supports", "Harbor Renewal Plan") in facts(
        graph_of(_HARBOUR_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Senator Tomas Brelin refused to give the plan his backing.",
    "Senator Tomas Brelin gave the mayor his backing.",  # a person, not the plan
])
def test_no_backing_given_to_a_plan(graph_of, sentence):
    assert ("Tomas Brelin", "supports", "Harbor Renewal Plan") not in facts(
        graph_of(_HARBOUR_PLAN + sentence))


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("Senator Tomas Brelin has vowed to kill the plan.", "Tomas Brelin", "opposes"),
    ("The Farmers Union scuttled the plan.", "Farmers Union", "opposes"),
    ("Senator Tomas Brelin threatened to derail the plan.", "Tomas Brelin", "opposes"),
    ("The Farmers Union lined up behind the plan.", "Farmers Union", "supports"),
    ("The Farmers Union lined up against the plan.", "Farmers Union", "opposes"),
])
def test_a_plan_killed_or_lined_up_behind(graph_of, sentence, holder, side):
    assert (holder, side, "Harbor Renewal Plan") in facts(graph_of(_HARBOUR_PLAN + sentence))


@pytest.mark.parametrize("text", [
    "Soldiers from Kestria killed the rebel commander Ivo Marek on Monday.",
    "A gunman killed Senator Ana Roe in Varna on Monday.",
    "A storm sank the Varna Star ferry near Kestria on Monday.",
    _HARBOUR_PLAN + "The Farmers Union did not try to kill the plan.",
])
def test_killing_a_person_or_sinking_a_ship_is_no_stance(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "opposes"}


@pytest.mark.parametrize(("text", "holder", "side"), [
    ("Morland proposed the Lake Oru Plan in May, a plan Kestria rejected outright.",
     "Kestria", "opposes"),
    ("Morland proposed the Lake Oru Plan, a proposal that Kestria backed.", "Kestria",
     "supports"),
])
def test_a_plan_set_beside_the_plan_named_is_that_plan(graph_of, text, holder, side):
    assert (holder, side, "Lake Oru Plan") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Morland proposed the Lake Oru Plan in May, a plan Kestria might reject.",
    "Morland proposed the Lake Oru Plan in May. Kestria offered a plan that Ana Roe backed.",
])
def test_a_plan_beside_no_plan_named_or_a_maybe(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[1] in {"supports", "opposes"} and f[2] == "Lake Oru Plan"}


@pytest.mark.parametrize(("sentence", "side"), [
    ("Senator Ana Roe voiced opposition to it.", "opposes"),
    ("Senator Ana Roe expressed her support for it.", "supports"),
])
def test_a_stance_voiced_on_it_is_on_the_plan_just_named(graph_of, sentence, side):
    assert ("Ana Roe", side, "Harbor Renewal Plan") in facts(graph_of(_HARBOUR_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Senator Ana Roe met the premier and voiced support for him.",  # a person, no plan
    "Senator Ana Roe said the union's opposition to it was strong.",  # the union's, not hers
])
def test_no_stance_of_hers_voiced_on_the_plan(graph_of, sentence):
    got = facts(graph_of(_HARBOUR_PLAN + sentence))
    assert not {f for f in got if f[0] == "Ana Roe" and f[1] in {"supports", "opposes"}}


@pytest.mark.parametrize("sentence", [
    "Senator Ana Roe urged the premier to abandon the plan.",
    "Senator Ana Roe called on the cabinet to drop the plan.",
    "Senator Ana Roe urged the premier to shelve the plan.",
])
def test_urging_a_plan_dropped_opposes_it(graph_of, sentence):
    assert ("Ana Roe", "opposes", "Harbor Renewal Plan") in facts(
        graph_of(_HARBOUR_PLAN + sentence))


@pytest.mark.parametrize("sentence", [
    "Senator Ana Roe urged the premier not to abandon the plan.",
    "Senator Ana Roe urged Kestria to drop its troops from the plan area.",  # troops, no plan
])
def test_urging_nothing_of_the_plan_dropped(graph_of, sentence):
    assert ("Ana Roe", "opposes", "Harbor Renewal Plan") not in facts(
        graph_of(_HARBOUR_PLAN + sentence))
