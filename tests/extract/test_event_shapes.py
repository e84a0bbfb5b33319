"""Shapes of meetings, stances, authorship and sanctions in news prose that the parser
splits or hides, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "agent", "targets"), [
    ("Refiners cut purchases after Norland sanctioned the oil majors Velko Oil and Castamar "
     "in October.", "Norland", {"Velko Oil", "Castamar"}),
    ("Britain sanctioned the banks Orvell Bank and Halmar on Friday.", "United Kingdom",
     {"Orvell Bank", "Halmar"}),
    ("The Velmar Treasury has sanctioned the tanker operator Castamar Marine.",
     "Velmar Treasury", {"Castamar Marine"}),
])
def test_names_after_their_kind_are_the_objects(graph_of, sentence, agent, targets):
    got = facts(graph_of(sentence))
    assert {(agent, "sanctioned", t) for t in targets} <= got


def test_names_after_their_kind_are_met_too(graph_of):
    got = facts(graph_of("Minister Ana Roe met the governors Piet Lund and Osk Varen on Monday."))
    assert {("Ana Roe", "met", "Piet Lund"), ("Ana Roe", "met", "Osk Varen")} <= got


def test_a_denied_sanction_on_named_kind_is_no_fact(graph_of):
    graph = graph_of("Norland has not sanctioned the traders Velko Oil and Castamar.")
    assert not any(p == "sanctioned" for _, p, _ in facts(graph))
    assert ("Norland", "sanctioned", "Castamar") in facts(graph, "negated")


def test_who_was_received_is_who_then_held_talks(graph_of):
    got = facts(graph_of(
        "President Ana Roe was received by King Piet Lund at the palace and then held talks "
        "in Vienna with Chancellor Osk Varen."
    ))
    assert {("Piet Lund", "met", "Ana Roe"), ("Ana Roe", "met", "Osk Varen")} <= got
    assert ("Piet Lund", "met", "Osk Varen") not in got
    assert ("Osk Varen", "met", "Piet Lund") not in got


def test_a_passive_joined_to_a_passive_keeps_its_agent(graph_of):
    got = facts(graph_of(
        "The Velmar accord was drafted by Ana Roe and later endorsed by Piet Lund."
    ))
    assert ("Ana Roe", "endorsed", "Velmar accord") not in got
    assert not any(s == "Ana Roe" and p == "supports" for s, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Envoy Kirill Baran arrived in Miami on Saturday for talks with Ana Roe and Piet Lund.",
    "Envoy Kirill Baran flew to Vienna on Monday for talks with Ana Roe and Piet Lund.",
    "Envoy Kirill Baran returned to Vienna for a meeting with Ana Roe and Piet Lund.",
])
def test_going_somewhere_for_talks_with_people(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert {("Kirill Baran", "met", "Ana Roe"), ("Kirill Baran", "met", "Piet Lund")} <= got


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Ana Roe will travel to Vienna next week for talks with Chancellor "
    "Osk Varen.",
    "On Tuesday Foreign Minister Ana Roe was due in Vienna for talks with Chancellor Osk Varen.",
])
def test_travelling_for_talks_still_to_come_is_no_fact(graph_of, sentence):
    assert ("Ana Roe", "met", "Osk Varen") not in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "President Ana Roe also held summits with President Piet Lund on October 29 and with "
    "Prime Minister Osk Varen on October 30.",
    "Chancellor Ana Roe held separate lunches with President Piet Lund and with Prime "
    "Minister Osk Varen.",
])
def test_several_meetings_with_one_each(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert {("Ana Roe", "met", "Piet Lund"), ("Ana Roe", "met", "Osk Varen")} <= got


def test_summits_only_hoped_for_are_no_fact(graph_of):
    graph = graph_of("Chancellor Ana Roe hopes to hold summits with President Piet Lund.")
    assert ("Ana Roe", "met", "Piet Lund") not in facts(graph)


@pytest.mark.parametrize(("sentence", "met"), [
    ("On Friday, Ana Roe met Piet Lund, the chief negotiator, together with the advisers of "
     "Britain and France: Osk Varen and Lena Dahl.", {"Piet Lund", "Osk Varen", "Lena Dahl"}),
    ("Minister Ana Roe met President Piet Lund together with Foreign Minister Osk Varen.",
     {"Piet Lund", "Osk Varen"}),
])
def test_met_together_with(graph_of, sentence, met):
    got = facts(graph_of(sentence))
    assert {("Ana Roe", "met", m) for m in met} <= got


def test_met_together_with_ones_own_counterparts(graph_of):
    got = facts(graph_of(
        "Adviser Ana Roe met the Velmar team on Sunday together with her French and German "
        "counterparts, Piet Lund and Osk Varen, a diplomat said."
    ))
    assert not any(s == "Ana Roe" and p == "met" and o in {"Piet Lund", "Osk Varen"}
                   for s, p, o in got)


def test_met_together_with_a_body_meets_no_body(graph_of):
    got = facts(graph_of(
        "Minister Ana Roe met President Piet Lund together with the Velmar Trade Council."
    ))
    assert ("Ana Roe", "met", "Velmar Trade Council") not in got


_ACCORD = "The Velmar accord was signed in May. "


def test_a_description_listing_its_members_votes_for_all(graph_of):
    got = facts(graph_of(
        "Resolution 4410 passed by 12 votes to none. The council's three Asian members, "
        "Japan, Vietnam and Nepal, voted in favour."
    ))
    assert {(c, "supports", "Resolution 4410") for c in ("Japan", "Vietnam", "Nepal")} <= got


@pytest.mark.parametrize(("sentence", "side"), [
    ("Norland backed the accord, and so did the Tarvik Union.", "supports"),
    ("Norland rejected the accord, as did the Tarvik Union.", "opposes"),
    ("Resolution 4410 passed easily. Japan voted in favour, as did the Tarvik Union, which "
     "had helped draft it.", "supports"),
])
def test_as_did_shares_the_stance(graph_of, sentence, side):
    got = facts(graph_of(_ACCORD + sentence))
    assert any(s == "Tarvik Union" and p == side for s, p, _ in got)


def test_as_did_shares_a_meeting(graph_of):
    got = facts(graph_of("President Ana Roe met Piet Lund on Monday, as did Osk Varen."))
    assert ("Osk Varen", "met", "Piet Lund") in got or ("Piet Lund", "met", "Osk Varen") in got


def test_as_did_with_a_clause_of_its_own_shares_nothing(graph_of):
    got = facts(graph_of(_ACCORD + "Norland backed the accord, as did the Tarvik Union's "
                         "rivals the year before."))
    assert not any(s == "Tarvik Union" for s, _, _ in got)


def test_defending_a_person_is_no_stance(graph_of):
    got = facts(graph_of(
        "Envoy Piet Lund drew criticism. Spokesman Osk Varen defended Piet Lund on Monday."
    ))
    assert not any(s == "Osk Varen" and p == "supports" for s, p, _ in got)


def test_defending_a_plan_is_support(graph_of):
    got = facts(graph_of(_ACCORD + "Spokesman Osk Varen defended the Velmar accord on Monday."))
    assert ("Osk Varen", "supports", "Velmar accord") in got


@pytest.mark.parametrize(("sentence", "author"), [
    ("The council adopted a British-drafted resolution on Friday.", "United Kingdom"),
    ("The two sides signed a Qatar-brokered deal in Doha.", "Qatar"),
    ("The assembly passed a Norland-sponsored resolution on Monday.", "Norland"),
])
def test_a_text_introduced_with_its_author_before_a_hyphen(graph_of, sentence, author):
    got = facts(graph_of(sentence))
    assert any(s == author and p == "authorOf" for s, p, _ in got)


def test_a_much_discussed_plan_names_no_author(graph_of):
    got = facts(graph_of("The Tarvik Union rejected a much-discussed plan on Friday."))
    assert not any(p == "authorOf" for _, p, _ in got)


_VOTE = (
    "The Security Council on Monday adopted a US-drafted resolution that endorses President "
    "Ana Roe's 12-point plan for Velmar. Resolution 4410 passed by 13 votes to none. Norland "
    "had circulated a rival draft last week. Japan and Kenya had backed the US text. Hamas "
    "rejected the resolution."
)


def test_a_resolution_stays_apart_from_the_plan_it_endorses(graph_of):
    got = facts(graph_of(_VOTE))
    assert ("United States", "authorOf", "Resolution 4410") in got
    assert {("Japan", "supports", "Resolution 4410"), ("Kenya", "supports", "Resolution 4410"),
            ("Hamas", "opposes", "Resolution 4410")} <= got
    assert not any(o == "12-point plan" and s in {"Japan", "Kenya", "Hamas", "United States"}
                   for s, _, o in got)


def test_a_rival_draft_is_a_text_of_its_own(graph_of):
    got = facts(graph_of(_VOTE))
    assert ("Norland", "authorOf", "rival draft") in got
    assert not any(o == "rival draft" and s != "Norland" for s, _, o in got)


def test_a_scheme_named_in_quotation_marks(graph_of):
    got = facts(graph_of(
        'For months the Velmar Commission had championed a "harbour levy" that would fund the '
        "port. The man who stopped the original scheme was Osk Varen. Chancellor Piet Lund, "
        "who backed the harbour levy, left early."
    ))
    assert {("Velmar Commission", "supports", "harbour levy"),
            ("Osk Varen", "opposes", "harbour levy"),
            ("Piet Lund", "supports", "harbour levy")} <= got


@pytest.mark.parametrize("sentence", [
    'Senator Ana Roe rejected the "peace tax" on Monday.',
    'The Tarvik Union has backed a "four-day week" for nurses.',
])
def test_quoted_schemes_a_stance_is_taken_on(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert any(p in {"supports", "opposes"} for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    'Senator Ana Roe called the tax "a disgrace" on Monday.',
    'Senator Ana Roe said the plan was "dead on arrival".',
    'Senator Ana Roe stopped the "black car" at the gate.',
    'Norland supports "every effort towards peace" in the region.',
    '"Final decisions" would be made by the presidents of Norland and Tarvia.',
    'Kyiv said "final decisions" would be made by Ana Roe and Piet Lund.',
])
def test_quoted_words_that_name_no_scheme(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(p in {"supports", "opposes"} for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    'Norland has agreed to the "key terms" of a peace agreement that Ana Roe drafted.',
    'Norland has agreed to the "core principles" of the ceasefire plan, officials said.',
])
def test_quoted_words_naming_a_part_of_a_text_are_no_scheme(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert not any(o in {"key terms", "core principles"} for _, _, o in got)
    assert ("Norland", "supports", "ceasefire plan") in got or "key terms" in sentence


def test_a_quoted_scheme_of_a_sum_is_still_a_scheme(graph_of):
    got = facts(graph_of(
        'Senator Ana Roe had championed a "reparations loan" of 140 billion euros, aides said.'
    ))
    assert ("Ana Roe", "supports", "reparations loan") in got


@pytest.mark.parametrize(("sentence", "plan"), [
    ("By the evening Norland and Tarvia had signed a Strategic Defense Agreement.",
     "Strategic Defense Agreement"),
    ("Velmar joined the Harbour Accords in 2021.", "Harbour Accords"),
])
def test_a_treaty_named_by_its_title_is_a_plan(graph_of, sentence, plan):
    from .helpers import entities

    assert entities(graph_of(sentence)).get(plan) == "Plan"


def test_a_titled_treaty_signed_is_supported(graph_of):
    got = facts(graph_of("Prime Minister Ana Roe signed a Free Trade Agreement on Monday."))
    assert ("Ana Roe", "supports", "Free Trade Agreement") in got


def test_a_common_agreement_is_no_title(graph_of):
    from .helpers import entities

    got = entities(graph_of("Prime Minister Ana Roe signed an agreement on Monday."))
    assert "agreement" not in {k.lower() for k in got}


_PEACE = "Velmar unveiled a 12-point peace plan in May. "


@pytest.mark.parametrize(("sentence", "author", "text"), [
    ("Norland has handed the Velmar government its written response to the plan.", "Norland",
     "written response"),
    ("The Tarvik Union sent the ministry its formal reply on Monday.", "Tarvik Union",
     "formal reply"),
    ("Norland submitted its counterproposals on Friday.", "Norland", "counterproposals"),
])
def test_a_side_delivering_its_own_answer_wrote_it(graph_of, sentence, author, text):
    got = facts(graph_of(_PEACE + sentence))
    assert (author, "authorOf", text) in got
    assert (author, "authorOf", "12-point peace plan") not in got


@pytest.mark.parametrize("sentence", [
    "The Tarvik Union sent the ministry a letter on Monday.",
    "Minister Ana Roe gave her answer to reporters.",
    "Norland handed the Velmar envoys the response of the Tarvik Union.",
])
def test_delivering_what_is_no_answer_of_ones_own(graph_of, sentence):
    got = facts(graph_of(_PEACE + sentence))
    assert not any(p == "authorOf" and s != "Velmar" for s, p, _ in got)


def test_a_quoted_scheme_stays_apart_from_a_peace_plan_elsewhere(graph_of):
    from .helpers import entities

    got = entities(graph_of(
        "Velmar unveiled a 12-point peace plan in May. Norland backed the plan.",
        'The Velmar Commission had championed a "harbour levy" that would fund the port.',
    ))
    assert got.get("harbour levy") == "Plan" and got.get("12-point peace plan") == "Plan"


def test_a_meeting_between_one_and_his_envoys(graph_of):
    got = facts(graph_of(
        "Ana Roe spoke about Tuesday's meeting between President Piet Lund and his envoys "
        "Osk Varen and Lena Dahl."
    ))
    assert {("Piet Lund", "met", "Osk Varen"), ("Piet Lund", "met", "Lena Dahl")} <= got
    assert ("Osk Varen", "met", "Lena Dahl") not in got
    assert ("Lena Dahl", "met", "Osk Varen") not in got


def test_talks_between_three_named_people(graph_of):
    got = facts(graph_of("Talks between Ana Roe, Piet Lund and Osk Varen lasted an hour."))
    assert ("Piet Lund", "met", "Osk Varen") in got or ("Osk Varen", "met", "Piet Lund") in got


@pytest.mark.parametrize("sentence", [
    "Velmar to host envoy Piet Lund next week",
    "Ana Roe to meet Piet Lund in Vienna",
])
def test_a_headline_infinitive_is_still_to_come(graph_of, sentence):
    assert not any(p == "met" for _, p, _ in facts(graph_of(sentence)))


def test_an_infinitive_of_purpose_is_no_headline(graph_of):
    got = facts(graph_of("Ana Roe met Piet Lund in Vienna to discuss trade."))
    assert ("Ana Roe", "met", "Piet Lund") in got or ("Piet Lund", "met", "Ana Roe") in got


@pytest.mark.parametrize("sentence", [
    "Chancellor Piet Lund sat beside President Ana Roe at the head table.",
    "Chancellor Piet Lund was seated next to President Ana Roe at the dinner.",
    "Chancellor Piet Lund sat with President Ana Roe during the match.",
])
def test_seated_beside_someone(graph_of, sentence):
    assert ("Piet Lund", "met", "Ana Roe") in facts(graph_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Chancellor Piet Lund sat on the board of Velmar Bank with Ana Roe's brother.",
    "Chancellor Piet Lund will sit beside President Ana Roe at the gala.",
    "Chancellor Piet Lund did not sit beside President Ana Roe at the dinner.",
])
def test_seated_beside_no_one_yet(graph_of, sentence):
    assert ("Piet Lund", "met", "Ana Roe") not in facts(graph_of(sentence))


@pytest.mark.parametrize(("sentence", "partner"), [
    ("Norland signed a Free Trade Agreement with Tarvia on Monday.", "Tarvia"),
    ("President Ana Roe signed the Harbour Accord with Chancellor Piet Lund.", "Piet Lund"),
    ("Norland initialled the Harbour Accord with Tarvia on Monday.", "Tarvia"),
])
def test_who_signs_with_the_signer_signs_too(graph_of, sentence, partner):
    got = facts(graph_of(sentence))
    assert any(s == partner and p == "supports" for s, p, _ in got)


def test_signing_a_letter_with_someone_is_no_stance(graph_of):
    got = facts(graph_of("President Ana Roe signed a letter with Chancellor Piet Lund."))
    assert not any(p == "supports" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "scheme"), [
    ('The Tarvik Union backed the creation of a "coastal guard".', "coastal guard"),
    ('The Tarvik Union welcomed the establishment of a "reconstruction fund" for the region.',
     "reconstruction fund"),
])
def test_backing_the_creation_of_a_quoted_scheme(graph_of, sentence, scheme):
    assert ("Tarvik Union", "supports", scheme) in facts(graph_of(sentence))


def test_they_after_a_host_named_by_surname_only(graph_of):
    got = facts(graph_of(
        "Chancellor Osk Varen spoke on Sunday. On Monday evening, Varen hosted a group of "
        "leaders including Ana Roe and Piet Lund. In a joint statement, they backed the "
        '"harbour levy".'
    ))
    assert {(p, "supports", "harbour levy") for p in ("Osk Varen", "Ana Roe", "Piet Lund")} <= got


@pytest.mark.parametrize(("sentence", "side"), [
    ("Ana Roe voiced support for the Velmar plan.", "supports"),
    ("Ana Roe voiced opposition to the Velmar plan.", "opposes"),
    ("Ana Roe expressed support for the plan.", "supports"),
])
def test_stances_voiced(graph_of, sentence, side):
    got = facts(graph_of("The Velmar plan was unveiled in May. " + sentence))
    assert ("Ana Roe", side, "Velmar plan") in got


def test_a_stance_voiced_by_others_is_not_the_speakers(graph_of):
    got = facts(graph_of("The Velmar plan was unveiled in May. Ana Roe said critics voiced "
                         "opposition to the Velmar plan."))
    assert ("Ana Roe", "opposes", "Velmar plan") not in got


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Norland has yet to endorse the Velmar plan.", ("Norland", "supports", "Velmar plan")),
    ("President Ana Roe is yet to meet Chancellor Piet Lund.", ("Ana Roe", "met", "Piet Lund")),
])
def test_yet_to_is_not_done(graph_of, sentence, fact):
    graph = graph_of("The Velmar plan was unveiled in May. " + sentence)
    assert fact not in facts(graph)
    assert fact in facts(graph, "negated")


@pytest.mark.parametrize("sentence", [
    "The plan has the backing of Norland and Tarvia.",
    "The plan enjoys the support of Norland and Tarvia.",
])
def test_a_plan_holding_backing(graph_of, sentence):
    got = facts(graph_of("The Velmar plan was unveiled in May. " + sentence))
    assert {("Norland", "supports", "Velmar plan"), ("Tarvia", "supports", "Velmar plan")} <= got


def test_a_person_holding_support_is_backed_as_a_person(graph_of):
    got = facts(graph_of("Senator Ana Roe has the support of the Tarvik Union."))
    assert ("Tarvik Union", "supports", "Ana Roe") in got  # the senator, not a plan
    assert not any(p == "supports" and o != "Ana Roe" for _, p, o in got)


@pytest.mark.parametrize(("sentence", "agent"), [
    ("Norland's new sanctions target Velko Oil and Castamar.", "Norland"),
    ("US sanctions hit Velko Oil and Castamar on Friday.", "United States"),
])
def test_sanctions_that_target_companies(graph_of, sentence, agent):
    got = facts(graph_of(sentence))
    assert {(agent, "sanctioned", "Velko Oil"), (agent, "sanctioned", "Castamar")} <= got


@pytest.mark.parametrize("sentence", [
    "The storm hit Velko Oil's refinery in Norland.",
    "Norland's new tariffs target Velko Oil and Castamar.",
])
def test_what_hits_a_company_is_no_sanction(graph_of, sentence):
    assert not any(p == "sanctioned" for _, p, _ in facts(graph_of(sentence)))


@pytest.mark.parametrize(("sentence", "authors", "plan"), [
    ("The Velmar accord was signed in May. Norland and Tarvia negotiated the Velmar accord.",
     {"Norland", "Tarvia"}, "Velmar accord"),
    ("The Velmar accord was signed in May. Norland brokered the Velmar accord in 2020.",
     {"Norland"}, "Velmar accord"),
    ("Egypt and Qatar mediated the truce between Tarvia and Kesh.", {"Egypt", "Qatar"},
     "truce"),
    ("The Velmar plan was unveiled in May. Piet Lund is credited with drafting the plan.",
     {"Piet Lund"}, None),
])
def test_texts_negotiated_brokered_mediated_credited(graph_of, sentence, authors, plan):
    got = facts(graph_of(sentence))
    found = {s for s, p, o in got if p == "authorOf" and (plan is None or o == plan)}
    assert authors <= found


@pytest.mark.parametrize("sentence", [
    "Egypt mediated between Tarvia and Kesh for hours.",
    "Norland negotiated with Tarvia over the border.",
    "Norland would broker a ceasefire between Tarvia and Kesh if asked.",
])
def test_mediating_no_text_or_none_yet(graph_of, sentence):
    assert not any(p == "authorOf" for _, p, _ in facts(graph_of(sentence)))


@pytest.mark.parametrize("sentence", [
    "President Ana Roe received a call from Chancellor Piet Lund on Monday.",
    "President Ana Roe took a phone call from Chancellor Piet Lund on Monday.",
])
def test_a_call_received(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Ana Roe", "met", "Piet Lund") in got or ("Piet Lund", "met", "Ana Roe") in got


def test_a_letter_received_is_no_meeting(graph_of):
    got = facts(graph_of("President Ana Roe received a letter from Chancellor Piet Lund."))
    assert not any(p == "met" for _, p, _ in got)


def test_the_host_of_a_summit_attended_by_others(graph_of):
    got = facts(graph_of("President Ana Roe hosted a summit attended by Chancellor Piet Lund "
                         "and Prime Minister Osk Varen."))
    assert {("Ana Roe", "met", "Piet Lund"), ("Ana Roe", "met", "Osk Varen")} <= got
    assert ("Piet Lund", "met", "Osk Varen") not in got


def test_a_summit_still_to_be_hosted(graph_of):
    got = facts(graph_of("President Ana Roe will host a summit attended by Chancellor Piet Lund."))
    assert ("Ana Roe", "met", "Piet Lund") not in got


@pytest.mark.parametrize(("sentence", "targets"), [
    ("The United States announced sanctions targeting Velko Oil and Castamar.",
     {"Velko Oil", "Castamar"}),
    ("The United States unveiled sanctions on Velko Oil, the largest oil producer.",
     {"Velko Oil"}),
    ("The United States approved new sanctions against Castamar on Friday.", {"Castamar"}),
])
def test_sanctions_announced_unveiled_approved(graph_of, sentence, targets):
    got = facts(graph_of(sentence))
    assert {("United States", "sanctioned", t) for t in targets} <= got


@pytest.mark.parametrize("sentence", [
    "The United States lifted sanctions on Velko Oil on Friday.",
    "The United States announced tariffs targeting Velko Oil and Castamar.",
])
def test_sanctions_lifted_or_no_sanctions(graph_of, sentence):
    assert not any(p == "sanctioned" for _, p, _ in facts(graph_of(sentence)))


@pytest.mark.parametrize(("sentence", "holder", "side"), [
    ("Ana Roe warned against the plan.", "Ana Roe", "opposes"),
    ("Ana Roe came under fire for backing the plan.", "Ana Roe", "supports"),
    ("Ana Roe was criticised for backing the plan.", "Ana Roe", "supports"),
    ("Piet Lund praised Ana Roe for opposing the plan.", "Ana Roe", "opposes"),
])
def test_stances_warned_against_or_blamed_for(graph_of, sentence, holder, side):
    got = facts(graph_of("The Velmar plan was unveiled in May. " + sentence))
    assert (holder, side, "Velmar plan") in got


@pytest.mark.parametrize("sentence", [
    "Ana Roe warned against delays to the plan.",
    "Piet Lund praised Ana Roe for opposing the plan.",
])
def test_a_warning_on_another_thing_or_praise_of_another_is_no_stance(graph_of, sentence):
    got = facts(graph_of("The Velmar plan was unveiled in May. " + sentence))
    holder = "Ana Roe" if sentence.startswith("Ana") else "Piet Lund"
    assert not any(s == holder and o == "Velmar plan" for s, _, o in got)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Ana Roe met Piet Lund on Monday and Osk Varen on Tuesday.", ("Ana Roe", "met", "Osk Varen")),
    ("The Tarvik Union sanctioned Velko Oil in May and Castamar Shipping in June.",
     ("Tarvik Union", "sanctioned", "Castamar Shipping")),
])
def test_a_second_object_after_the_first_ones_date(graph_of, sentence, fact):
    assert fact in facts(graph_of(sentence))


def test_two_days_of_one_meeting_add_no_one(graph_of):
    got = facts(graph_of("Ana Roe met Piet Lund on Monday and Tuesday in Vienna."))
    assert {o for s, p, o in got if p == "met" and s == "Ana Roe"} <= {"Piet Lund"}
