"""Documents named by a common noun ("the decree", "the guidelines", "the bill") and the
stances taken on them and who wrote them, on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _plans(g) -> list[str]:
    return sorted(label for label, kind in entities(g).items() if kind == "Plan")


def test_decree_issued_then_struck_down(graph_of):
    g = graph_of(
        "The Interior Ministry of Velm issued the decree on Monday. "
        "The Constitutional Court of Velm struck down the decree on Friday."
    )
    got = facts(g)
    assert ("Interior Ministry of Velm", "authorOf", "decree") in got
    assert ("Constitutional Court of Velm", "opposes", "decree") in got


def test_guidelines_published_then_welcomed_and_criticised(graph_of):
    g = graph_of(
        "The Corvia Health Commission published new guidelines on antibiotics on Tuesday. "
        "The Corvia Medical Association welcomed the guidelines, but the Corvia Pharmacists "
        "Guild criticised the guidelines."
    )
    got = facts(g)
    assert ("Corvia Health Commission", "authorOf", "guidelines") in got
    assert ("Corvia Medical Association", "supports", "guidelines") in got
    assert ("Corvia Pharmacists Guild", "opposes", "guidelines") in got


def test_a_stance_by_nobody_named_makes_no_document(graph_of):
    g = graph_of("Critics slammed the guidelines on Tuesday, and rival clubs rejected the offer.")
    assert _plans(g) == []


def test_union_rejects_the_offer_and_its_maker_wrote_it(graph_of):
    g = graph_of(
        "The Estrian Rail Union rejected the offer from Norvale Railways on Tuesday, "
        "saying it fell short of inflation."
    )
    got = facts(g)
    assert ("Estrian Rail Union", "opposes", "offer") in got
    assert ("Norvale Railways", "authorOf", "offer") in got


def test_a_person_backing_an_offer_takes_a_stance(graph_of):
    g = graph_of("The Ardent Holdings chairman, Piet Solberg, said he backed the offer.")
    assert ("Piet Solberg", "supports", "offer") in facts(g)


def test_the_board_of_a_company_backs_for_the_company(graph_of):
    g = graph_of("The board of Ardent Holdings backed the offer from Celtro Capital on Monday.")
    got = facts(g)
    assert ("Ardent Holdings", "supports", "offer") in got
    assert ("Celtro Capital", "authorOf", "offer") in got


def test_did_not_reject_is_no_opposition(graph_of):
    g = graph_of("The Estrian Rail Union did not reject the offer, its leader Tomas Vell said.")
    assert not any(p == "opposes" for _, p, _ in facts(g))


def test_a_condition_is_no_stance(graph_of):
    g = graph_of(
        "The Estrian Rail Union tabled the offer on Monday. "
        "The Osland Teachers Federation would reject the offer if it cut pensions."
    )
    assert not any(s == "Osland Teachers Federation" for s, _, _ in facts(g))


def test_reported_rejection_is_the_rejecter_s_stance(graph_of):
    g = graph_of(
        "Opposition leader Kofi Arden said the Estrian Rail Union had rejected the decree."
    )
    got = facts(g)
    assert ("Estrian Rail Union", "opposes", "decree") in got
    assert not any(s == "Kofi Arden" and p == "opposes" for s, p, _ in got)


def test_an_abstention_is_neither_stance(graph_of):
    g = graph_of(
        "Senator Mara Quill tabled the bill on Monday. "
        "The Unity Party of Estria abstained on the bill."
    )
    got = facts(g)
    assert ("Mara Quill", "authorOf", "bill") in got
    assert not any(s == "Unity Party of Estria" for s, _, _ in got)


def test_the_bill_and_the_law_are_the_named_act(graph_of):
    g = graph_of(
        "Lawmakers approved the Coastal Housing Act on Tuesday. "
        "The Tenants Union of Marovia opposed the bill, and Governor Lia Brandt signed the law "
        "on Friday."
    )
    got = facts(g)
    assert _plans(g) == ["Coastal Housing Act"]
    assert ("Tenants Union of Marovia", "opposes", "Coastal Housing Act") in got
    assert ("Lia Brandt", "supports", "Coastal Housing Act") in got


def test_the_old_law_is_not_the_new_act(graph_of):
    g = graph_of(
        "Lawmakers approved the Coastal Housing Act on Tuesday. "
        "The Tenants Union of Marovia criticised the old law, which it said had failed renters."
    )
    assert _plans(g) == ["Coastal Housing Act"]
    assert not any(s == "Tenants Union of Marovia" for s, _, _ in facts(g))


def test_a_decree_and_guidelines_are_two_documents(graph_of):
    g = graph_of(
        "The Interior Ministry of Velm issued the decree on Monday. "
        "The Velm Health Commission published new guidelines on Tuesday. "
        "The Velm Bar Association welcomed the guidelines."
    )
    got = facts(g)
    assert _plans(g) == ["decree", "guidelines"]
    assert ("Velm Bar Association", "supports", "guidelines") in got
    assert ("Velm Bar Association", "supports", "decree") not in got


def test_calling_for_the_withdrawal_opposes(graph_of):
    g = graph_of(
        "Senator Mara Quill tabled the bill on Monday. "
        "The Landowners Council of Estria called for the withdrawal of the bill."
    )
    assert ("Landowners Council of Estria", "opposes", "bill") in facts(g)


def test_an_undoing_no_one_takes_a_stance_on_leaves_the_next_one_to_read(graph_of):
    g = graph_of(
        "Senator Mara Quill tabled the bill on Monday. The withdrawal of troops began. "
        "The Landowners Council of Estria called for the withdrawal of the bill."
    )
    assert ("Landowners Council of Estria", "opposes", "bill") in facts(g)


def test_welcoming_the_repeal_opposes_what_is_repealed(graph_of):
    g = graph_of(
        "The Interior Ministry of Velm issued the decree on Monday. "
        "The Velm Bar Association welcomed the suspension of the decree."
    )
    got = facts(g)
    assert ("Velm Bar Association", "opposes", "decree") in got
    assert ("Velm Bar Association", "supports", "decree") not in got


def test_parliament_passes_the_budget(graph_of):
    g = graph_of("The Osland Parliament passed the budget on Thursday after a long debate.")
    assert ("Osland Parliament", "supports", "budget") in facts(g)


def test_passing_a_person_is_no_stance(graph_of):
    g = graph_of("Midfielder Tomas Vell passed the ball to Piet Solberg in the final minute.")
    assert not any(p in {"supports", "opposes"} for _, p, _ in facts(g))


def test_condemning_an_act_is_no_law(graph_of):
    g = graph_of("The Velm Bar Association condemned the act as cowardly.")
    assert _plans(g) == []


def test_a_document_is_named_as_fully_as_the_article_names_it(graph_of):
    g = graph_of(
        "The Farmers Union of Estria endorsed the bill on Monday. "
        "The rail safety bill returns to the Senate of Estria next week."
    )
    assert ("Farmers Union of Estria", "supports", "rail safety bill") in facts(g)


def test_challenging_the_decree_in_court_opposes_it(graph_of):
    g = graph_of("The Velm Bar Association challenged the decree in the Constitutional Court.")
    assert ("Velm Bar Association", "opposes", "decree") in facts(g)


def test_challenging_a_person_is_no_stance(graph_of):
    g = graph_of("Senator Mara Quill challenged Governor Lia Brandt to a televised debate.")
    assert not any(p == "opposes" for _, p, _ in facts(g))


def test_a_passive_stance_names_the_document(graph_of):
    g = graph_of("The decree was struck down by the Constitutional Court of Velm on Friday.")
    assert ("Constitutional Court of Velm", "opposes", "decree") in facts(g)


def test_guidelines_issued_by_a_body_are_its_own(graph_of):
    g = graph_of(
        "The guidelines issued by the Corvia Health Commission were welcomed by the Corvia "
        "Medical Association."
    )
    got = facts(g)
    assert ("Corvia Health Commission", "authorOf", "guidelines") in got
    assert ("Corvia Medical Association", "supports", "guidelines") in got


def test_a_settlement_after_a_framework_is_that_framework(graph_of):
    g = graph_of(
        "The Osland Parliament adopted the framework on Monday, and the Estria Farmers Union "
        "signed the settlement."
    )
    got = facts(g)
    assert _plans(g) == ["framework"]
    assert ("Estria Farmers Union", "supports", "framework") in got


def test_could_back_if_is_no_stance(graph_of):
    g = graph_of(
        "The Estria Farmers Union could back the settlement if the price rises, its chairman "
        "said."
    )
    assert not any(p == "supports" for _, p, _ in facts(g))


def test_a_body_s_rejection_of_the_offer_opposes_it(graph_of):
    g = graph_of("The Estrian Rail Union's rejection of the offer came on Tuesday night.")
    assert ("Estrian Rail Union", "opposes", "offer") in facts(g)


def test_a_parliament_s_approval_of_the_bill_supports_it(graph_of):
    g = graph_of(
        "Senator Mara Quill tabled the bill on Monday. "
        "The Osland Parliament's approval of the bill came on Friday."
    )
    assert ("Osland Parliament", "supports", "bill") in facts(g)


def test_a_rejection_by_nobody_named_is_no_document(graph_of):
    g = graph_of("The rejection of the offer came on Tuesday night.")
    assert _plans(g) == []


def test_a_law_proposed_with_what_it_does_is_a_plan_its_proposer_wrote(graph_of):
    got = facts(graph_of(
        "The Shippers' Guild warned of shortages. Its president, Hal Ostrander, has proposed "
        "a law requiring arbitration before any strike."
    ))
    assert ("Hal Ostrander", "authorOf", "law requiring arbitration") in got


@pytest.mark.parametrize("text", [
    "Ana Roe proposed a law in 2019.",  # which law is not said
    "The senator said a law requiring arbitration was not needed.",  # nobody proposed it
])
def test_a_law_nobody_is_said_to_propose_with_what_it_does_is_no_plan(graph_of, text):
    g = graph_of(text)
    assert not [e for e in g.entities if e.type == "Plan"]


@pytest.mark.parametrize(
    "text",
    [
        "He said the dispute might be addressed in separate, later legislation. The House "
        "approved the legislation in December.",
        "Some want a separate tariff bill. The House approved the bill in December.",
    ],
)
def test_a_later_or_separate_text_does_not_name_the_one_approved(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[0] == "House" and ("later" in f[2] or "tariff" in f[2])]


def test_the_fullest_name_of_the_text_still_names_it(graph_of):
    got = facts(graph_of("The Senate passed the rail safety bill. The House approved the bill "
                         "in December."))
    assert ("House", "supports", "rail safety bill") in got
