"""Measures named by their kind ("the prisoner swap", "the bailout package", "the rate cut",
"the tariff increase") once the article says who agreed, announced or proposed them or takes
a stance on them; a body a plan would set up ("a reassurance force proposed by X"); a merger
of two companies named; and plans an article only describes, which stay that article's own
("the trade deal" of one story is not that of another)."""

import pytest

from .helpers import entities, facts


def _plans(graph) -> set[str]:
    return {n for n, kind in entities(graph).items() if kind == "Plan"}


def test_a_measure_someone_named_takes_a_stance_on_is_a_plan(graph_of):
    g = graph_of("The Bank of Norland cut its key rate on Thursday. The Kesto Party criticised "
                 "the rate cut.")
    assert _plans(g) == {"rate cut"}
    assert ("Kesto Party", "opposes", "rate cut") in facts(g)


def test_a_measure_announced_by_someone_named_is_a_plan(graph_of):
    g = graph_of("The Kesto Party condemned the tariff increase announced by Norland on Monday.")
    assert _plans(g) == {"tariff increase"}
    assert ("Kesto Party", "opposes", "tariff increase") in facts(g)


def test_a_measure_agreed_is_a_plan_and_the_bare_word_refers_back(graph_of):
    g = graph_of("Norland's finance ministers agreed a bailout package for Vessia on Monday. "
                 "The Kesto Party opposed the package.")
    assert _plans(g) == {"bailout package"}
    assert ("Kesto Party", "opposes", "bailout package") in facts(g)


def test_a_measure_named_by_its_size_is_a_plan(graph_of):
    g = graph_of("The Bank of Norland announced a 50 basis point reduction in its key rate.")
    assert _plans(g) == {"50 basis point reduction"}


@pytest.mark.parametrize("text", [
    "The Kesto Party criticised the cut on Thursday.",  # no kind: refers back, or to nothing
    "The Kesto Party opposes any rate cut.",
    "The Kesto Party criticised a rate cut.",  # a stance on rate cuts in general
    "Analysts expect a rate cut by the Bank of Norland in May.",
    "Norland did not agree a bailout package with Vessia.",
    "Norland could agree a bailout package with Vessia next week.",
    "Vessia has mediated several prisoner swaps between Norland and Tarsk.",
    "Norland agreed prisoner swaps with Tarsk.",  # swaps in general, over time
    "The ministers announced three tariff increases announced by Norland.",
])
def test_a_bare_general_or_unreal_measure_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_body_proposed_by_someone_named_is_a_plan(graph_of):
    g = graph_of("A reassurance force proposed by Norland and Vessia would be deployed after a "
                 "truce.")
    assert _plans(g) == {"reassurance force"}
    assert {("Norland", "authorOf", "reassurance force"),
            ("Vessia", "authorOf", "reassurance force")} <= facts(g)


@pytest.mark.parametrize("text", [
    "The Kesto Party criticised the police force on Monday.",
    "The peacekeeping force deployed by Norland left Tarsk on Monday.",
])
def test_a_body_no_one_proposed_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_merger_of_two_companies_opposed_is_a_plan(graph_of):
    g = graph_of("The Kesto Party opposed the merger of Velka Motors and Tessa Foods.")
    assert _plans(g) == {"merger of Velka Motors and Tessa Foods"}
    assert ("Kesto Party", "opposes", "merger of Velka Motors and Tessa Foods") in facts(g)


def test_a_pending_merger_between_two_companies_is_a_plan(graph_of):
    g = graph_of("The proposed $8 billion merger between Velka Motors and Tessa Foods faces "
                 "opposition from unions.")
    assert _plans(g) == {"merger of Velka Motors and Tessa Foods"}


@pytest.mark.parametrize("text", [
    "The merger of the two carriers was completed in 2019.",
    "Velka Motors completed its merger with Tessa Foods on Monday.",
])
def test_a_merger_done_or_unnamed_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_described_plans_of_two_articles_stay_apart(graph_of):
    g = graph_of(
        "Norland signed a trade agreement with Vessia on Monday. The Kesto Party criticised "
        "the trade agreement.",
        "Tarsk signed a trade agreement with Ostrava on Friday. The Velland Party backed the "
        "trade agreement.",
    )
    plans = [e for e in g.entities if e.type == "Plan"]
    assert len(plans) == 2


def test_a_bare_plan_of_another_article_joins_no_described_one(graph_of):
    g = graph_of(
        "Norland agreed a framework for talks with Vessia. The Kesto Party backed the framework.",
        "Ada Rune unveiled a plan on Monday. Tarsk rejected the plan.",
    )
    plans = [e for e in g.entities if e.type == "Plan"]
    assert len(plans) == 2


def test_a_bare_plan_of_another_article_joins_the_plan_of_so_many_points(graph_of):
    g = graph_of(
        "Norland unveiled a 12-point peace plan on Monday. Vessia rejected the plan.",
        "Tarsk said on Tuesday it backed the plan.",
    )
    assert len([e for e in g.entities if e.type == "Plan"]) == 1


def test_a_proposed_body_someone_named_takes_a_stance_on_is_a_plan(graph_of):
    g = graph_of("The Kesto Party denounced the proposed joint force as a dangerous move.")
    assert _plans(g) == {"joint force"}
    assert ("Kesto Party", "opposes", "joint force") in facts(g)


def test_a_resolution_vetoed_is_one_text_however_introduced(graph_of):
    g = graph_of("Norland vetoed a Security Council resolution on Friday that condemned Tarsk.")
    assert _plans(g) == {"Security Council resolution"}
    assert ("Norland", "opposes", "Security Council resolution") in facts(g)


@pytest.mark.parametrize("text", [
    "Norland said it would veto any resolution on Tarsk.",
    "Norland may veto a Security Council resolution on Tarsk.",
])
def test_a_resolution_not_vetoed_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_merger_named_by_its_price_is_a_plan(graph_of):
    g = graph_of("Regulators will rule on the $4 billion merger of Velka and Tessa Airways "
                 "in April.")
    assert _plans(g) == {"merger of Velka and Tessa Airways"}


def test_no_plan_is_sanctioned(graph_of):
    g = graph_of("The European Union sanctioned the Tarsk Accord on Monday.")
    assert not {f for f in facts(g) if f[1] == "sanctioned"}


def test_a_deal_someone_named_takes_a_stance_on_is_a_plan(graph_of):
    g = graph_of("The Velland Fund criticised the bailout deal on offer from Norland's "
                 "creditors on Monday.")
    assert _plans(g) == {"bailout deal"}
    assert ("Velland Fund", "opposes", "bailout deal") in facts(g)


def test_a_deal_named_by_what_news_thinks_of_it_is_named_by_its_kind(graph_of):
    g = graph_of("The Kesto Party condemned the historic trade deal on Monday.")
    assert _plans(g) == {"trade deal"}


@pytest.mark.parametrize("text", [
    "The Kesto Party said it would back any deal on Monday.",
    "The Kesto Party rejected a deal on Monday.",  # a deal, not the one
    "The mayor of Tarsk, Ada Rune, welcomed the deal.",  # one named before, or a sale done
])
def test_a_deal_no_one_named_took_a_stance_on_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_measures_of_a_kind_announced_together_are_a_plan(graph_of):
    g = graph_of("The tariff hikes were first announced by Norland in May.")
    assert _plans(g) == {"tariff hikes"}


def test_plural_measures_a_stance_is_taken_on_are_no_plan(graph_of):
    # "the tariff hikes" alone may be any a country has made
    assert _plans(graph_of("The Kesto Party condemned the tariff hikes on Monday.")) == set()


def test_a_measure_facilitated_by_someone_named_is_a_plan(graph_of):
    g = graph_of("Vessia said it had helped facilitate a successful prisoner exchange between "
                 "Norland and Tarsk.")
    assert _plans(g) == {"prisoner exchange"}


def test_a_declaration_signed_by_someone_named_is_a_plan(graph_of):
    g = graph_of("The declaration of intent signed by Norland and Vessia commits both to build "
                 "frigates.")
    assert _plans(g) == {"declaration of intent"}
    assert ("Norland", "supports", "declaration of intent") in facts(g)


def test_a_roadmap_agreed_by_someone_named_is_a_plan(graph_of):
    g = graph_of("Tarsk rejected the roadmap agreed by Norland and Vessia.")
    assert _plans(g) == {"roadmap"}
    assert ("Tarsk", "opposes", "roadmap") in facts(g)


def test_a_roadmap_any_one_may_agree_is_no_plan(graph_of):
    assert _plans(graph_of("Tarsk would reject any roadmap agreed by Norland.")) == set()


def test_an_advisory_opinion_issued_is_a_plan(graph_of):
    g = graph_of("The Velland Court issued an advisory opinion on Monday. Norland welcomed the "
                 "advisory opinion.")
    assert _plans(g) == {"advisory opinion"}
    assert {("Velland Court", "authorOf", "advisory opinion"),
            ("Norland", "supports", "advisory opinion")} <= facts(g)


@pytest.mark.parametrize("text", [
    "Norland welcomed the opinion of the Velland Court.",
    "In the opinion of Ada Rune, the court was wrong.",
])
def test_an_opinion_that_is_no_court_s_advice_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_later_bare_word_is_the_plan_of_its_kind_named_before(graph_of):
    g = graph_of("Norland and Vessia agreed a prisoner swap on Monday. Tarsk welcomed the swap, "
                 "and the Kesto Party criticised the deal.")
    assert _plans(g) == {"prisoner swap"}
    assert {("Tarsk", "supports", "prisoner swap"),
            ("Kesto Party", "opposes", "prisoner swap")} <= facts(g)


def test_a_loan_someone_named_refuses_to_back_is_a_plan(graph_of):
    g = graph_of("The Norland Commission proposed a reparations loan for Vessia in October. "
                 "Vessian Prime Minister Bart Lemaire refused to back the reparations loan.")
    assert _plans(g) == {"reparations loan"}
    assert ("Bart Lemaire", "opposes", "reparations loan") in facts(g)


@pytest.mark.parametrize("text", [
    "Ivo Marek took out a bank loan to buy the house.",
    "Ana Roe repaid the student loan in 2019.",
    "The Kesto Party criticised a reparations loan.",  # loans of that kind in general
    "Norland did not agree a reparations loan with Vessia.",
])
def test_a_loan_taken_repaid_or_general_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()
