"""Plans named by a description rather than a title: a text signed "of intent" ("signed a
statement of intent"), a pact signed in a clause whose subject is the signers' ("agreed to
..., signing a security pact"), a deal of a named kind that a passive "agreed" introduces
("a new prisoner swap had been agreed with X") and a takeover still on offer ("its planned
$4bn takeover of Tessa Foods")."""

import pytest

from .helpers import entities, facts


def _plans(graph) -> set[str]:
    return {n for n, kind in entities(graph).items() if kind == "Plan"}


def test_a_statement_of_intent_signed_is_a_plan(graph_of):
    g = graph_of(
        "Norland and Vessia signed a statement of intent on Tuesday to build frigates together."
    )
    assert _plans(g) == {"statement of intent"}
    assert ("Norland", "supports", "statement of intent") in facts(g)


@pytest.mark.parametrize("text", [
    "Norland's foreign minister Ada Rune signed a letter to voters on Tuesday.",
    "Norland issued a statement on Tuesday about the frigates.",
])
def test_a_letter_or_statement_of_no_intent_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_pact_signed_in_a_participle_has_the_clause_s_signers(graph_of):
    g = graph_of(
        "Norland and Vessia agreed to share intelligence on Saturday, signing a security pact "
        "to deter attacks."
    )
    assert _plans(g) == {"security pact"}
    assert {("Norland", "supports", "security pact"),
            ("Vessia", "supports", "security pact")} <= facts(g)


def test_a_deal_of_a_kind_agreed_with_someone_named_is_a_plan(graph_of):
    g = graph_of("Norland's deputy prime minister Ada Rune said a new prisoner swap had been "
                 "agreed with Vessia.")
    assert _plans(g) == {"prisoner swap"}


@pytest.mark.parametrize("text", [
    "Ada Rune said a swap had been agreed with Vessia.",  # no kind: any swap
    "Ada Rune said no prisoner swap had been agreed with Vessia.",
    "Ada Rune said a prisoner swap could be agreed with Vessia.",
])
def test_a_bare_or_unreal_agreed_swap_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_a_takeover_on_offer_is_named_by_its_target(graph_of):
    g = graph_of(
        "The Federal Trade Commission on Monday blocked Velmar Group's planned $4bn takeover "
        "of Tessa Foods. The Kesto Party also opposed the deal."
    )
    assert _plans(g) == {"takeover of Tessa Foods"}
    assert ("Federal Trade Commission", "opposes", "takeover of Tessa Foods") in facts(g)
    assert "Tessa Foods" in entities(g)


@pytest.mark.parametrize("text", [
    "The Federal Trade Commission reviewed the takeover of Tessa Foods in 2019.",
    "Velmar Group completed its takeover of Tessa Foods on Monday.",
    "The proposed takeover of Norland's ports worried unions.",
])
def test_a_takeover_done_or_of_a_place_is_no_plan(graph_of, text):
    assert _plans(graph_of(text)) == set()


def test_the_offer_after_a_takeover_is_the_takeover(graph_of):
    g = graph_of(
        "Velmar Group agreed a $4bn takeover of Tessa Foods on Monday. Kesto Capital, which "
        "owns 6% of Tessa Foods, said it would vote against the offer."
    )
    assert _plans(g) == {"takeover of Tessa Foods"}


def test_a_letter_of_intent_in_capitals_is_a_plan_not_a_body(graph_of):
    g = graph_of(
        "Mayor Ada Rune and Mayor Ivo Tal signed a Letter of Intent on Tuesday to twin the two "
        "cities. The Letter of Intent follows years of trade between them."
    )
    assert _plans(g) == {"Letter of Intent"}
    assert "Letter of Intent" not in {n for n, k in entities(g).items() if k != "Plan"}
