"""Plans named by a number or a title: numbered bills ("House Bill 2210", "HB 2210"), packages
of a series ("the 9th package of sanctions"), titles with small words in them ("the Homes for
Veterans in Need Act") and their short forms; plans named by what they are for ("a proposal
for a ceasefire"), by their number of points ("a 28-point document") or by a body's kind of
plan ("the company's restructuring plan")."""

import pytest

from .helpers import entities, facts


def _plans(graph) -> set[str]:
    return {n for n, kind in entities(graph).items() if kind == "Plan"}


def _of(got, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_bill_is_named_by_its_number(graph_of):
    g = graph_of(
        "Governor Lena Vogt signed House Bill 2210 into law on Friday. Introduced by "
        "Representative Ana Roe, HB 2210 lets towns set their own speed limits."
    )
    assert _plans(g) == {"House Bill 2210"}


def test_bills_of_two_numbers_are_two_bills(graph_of):
    g = graph_of(
        "Governor Lena Vogt let Senate File 41 become law on Friday and signed House Bill 77, "
        "which bans drones over prisons. Vogt said SF 41 was too broad."
    )
    assert _plans(g) == {"Senate File 41", "House Bill 77"}


@pytest.mark.parametrize("text", [
    "Bill Tarrow, 45, said the House vote was close.",
    "Traffic on SR 520 was slow on Monday, the House transport panel said.",
])
def test_a_name_or_a_road_is_no_bill(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_package_is_named_by_its_place_in_a_series(graph_of):
    g = graph_of(
        "Member states agreed on a 9th package of sanctions against Ostria on Thursday. "
        "Diplomats said the eighth package had been weaker."
    )
    assert _plans(g) == {"9th package", "eighth package"}


def test_one_package_written_two_ways_is_one(graph_of):
    g = graph_of(
        "Member states reached an agreement on the eighth package of sanctions. Tessa Marlo "
        "said she welcomed the 8th sanctions package."
    )
    assert len(_plans(g)) == 1


@pytest.mark.parametrize("text", [
    "Diplomats said a 20th package of sanctions was being prepared.",
    "The second package arrived at the embassy on Monday.",
])
def test_a_package_in_the_making_or_a_parcel_is_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_title_runs_through_small_words(graph_of):
    g = graph_of("Senator Ana Roe introduced the Homes for Veterans in Need Act on Monday.")
    assert _plans(g) == {"Homes for Veterans in Need Act"}


def test_an_owner_before_a_title_is_not_in_it(graph_of):
    g = graph_of("Ostria's Online Safety Act took effect on Monday, the regulator said.")
    assert _plans(g) == {"Online Safety Act"}


def test_a_title_and_its_initials_are_one_law(graph_of):
    g = graph_of(
        "Senator Ana Roe introduced the Safe Harbors for Inland Passengers Act, known as the "
        "SHIP Act, on Monday. The SHIP Act would fund ferry docks."
    )
    assert len(_plans(g)) == 1


def test_a_title_and_its_end_are_one_treaty(graph_of):
    g = graph_of(
        "Lena Vogt said the Velmar Withdrawal Agreement was the best possible accord. Tessa "
        "Marlo said the Withdrawal Agreement was not open to talks."
    )
    assert len(_plans(g)) == 1


def test_a_proposal_for_a_ceasefire_is_the_plan(graph_of):
    g = graph_of(
        "Velmar approved a proposal for a ceasefire put forward by mediators Ostria and "
        "Norland, the group said."
    )
    assert _plans(g) == {"proposal for a ceasefire"}
    assert ("Ostria", "proposal for a ceasefire") in _of(facts(g), "authorOf")


def test_a_plan_a_passive_names_the_writer_of(graph_of):
    g = graph_of("The autonomy plan was first put forward by Velmar in 2007.")
    assert ("Velmar", "autonomy plan") in _of(facts(g), "authorOf")


@pytest.mark.parametrize("text", [
    "The autonomy plan was welcomed by Velmar in 2007.",
    "The plan was first put forward by Velmar in 2007.",
])
def test_a_passive_stance_or_a_bare_plan_names_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_document_of_so_many_points_is_a_plan(graph_of):
    assert _plans(graph_of("Officials leaked a 28-point document on Monday.")) == {
        "28-point document"
    }


def test_how_a_plan_was_put_is_not_its_name(graph_of):
    g = graph_of("A privately advanced 28-point peace proposal surprised the allies.")
    assert _plans(g) == {"28-point peace proposal"}


def test_a_bodys_kind_of_plan(graph_of):
    g = graph_of("Creditors on Tuesday approved the company's restructuring plan.")
    assert _plans(g) == {"restructuring plan"}


@pytest.mark.parametrize("text", [
    "The man's retirement plan failed after the crash.",
    "Creditors on Tuesday approved the company's plan.",
])
def test_a_persons_plan_or_a_bare_plan_is_none(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_signed_texts_title(graph_of):
    g = graph_of('"We announce the signing of a Memorandum of Intent," Ana Roe wrote on Monday.')
    assert _plans(g) == {"Memorandum of Intent"}


def test_a_counter_plan_of_as_many_points_is_another_plan(graph_of):
    g = graph_of(
        "Norland sent Velmar a 28-point plan on Monday. Ostria unveiled a 28-point counter "
        "peace plan on Sunday."
    )
    assert len(_plans(g)) == 2


def test_introducing_a_law_is_writing_it(graph_of):
    g = graph_of("Senator Ana Roe has introduced the Clean Rivers Act, aimed at funding grants.")
    assert ("Ana Roe", "Clean Rivers Act") in _of(facts(g), "authorOf")


def test_introducing_measures_writes_no_plan(graph_of):
    assert not _of(facts(graph_of("Ostria introduced new tariffs on Velmar's steel.")),
                   "authorOf")


def test_a_year_after_a_bill_is_no_number(graph_of):
    g = graph_of("Lena Vogt said she would not sign the Finance Bill 2024 passed by parliament.")
    assert "Bill 2024" not in _plans(g)


def test_two_countries_drafts_are_two_texts(graph_of):
    g = graph_of(
        "At the council, Norland vetoed a Brazilian draft resolution calling for a truce. "
        "Earlier, Velmar vetoed a Japanese draft resolution calling for pauses."
    )
    assert len(_plans(g)) == 2


def test_one_countrys_draft_named_twice_is_one(graph_of):
    g = graph_of(
        "Norland vetoed a Brazilian draft resolution calling for a truce. Velmar said the "
        "draft resolution was fair."
    )
    assert len(_plans(g)) == 1
