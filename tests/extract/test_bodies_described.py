"""A body named once and then called by its kind: "the panel" for a committee, "the central
bank" for the country's bank, "the chamber" for a house of a legislature, "the court" for the
one court just named. Not when two bodies of the kind are in play, nor when the words bring
in a body with no name. Sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "second",
    [
        "The panel's chairman, Marta Okonkwo, said hearings would begin in May.",
        "Marta Okonkwo, who chairs the panel, said hearings would begin in May.",
    ],
)
def test_the_panel_is_the_committee_named(graph_of, second):
    got = facts(graph_of(
        "The Coastal Affairs Committee opened an inquiry into the harbour contracts on "
        f"Monday. {second}"
    ))
    assert ("Marta Okonkwo", "leaderOf", "Coastal Affairs Committee") in got


def test_a_panel_member_written_bare_is_of_the_committee(graph_of):
    got = facts(graph_of(
        "The Coastal Affairs Committee opened an inquiry into the harbour contracts on "
        'Monday. "We will call the ministers," said Olaf Berg, a panel member.'
    ))
    assert ("Olaf Berg", "memberOf", "Coastal Affairs Committee") in got


def test_the_central_bank_is_the_countrys_bank_named(graph_of):
    got = facts(graph_of(
        "The outlook of the Bank of Canada worsened in March. Inflation will come down "
        "slowly, said Ilse Varga, the new governor of the central bank."
    ))
    assert ("Ilse Varga", "leaderOf", "Bank of Canada") in got


def test_the_central_bank_is_no_lender(graph_of):
    got = facts(graph_of(
        "Tarsk Savings Bank raised its lending rates on Thursday. Inflation will come down "
        "slowly, said Ilse Varga, the new governor of the central bank."
    ))
    assert not any(s == "Ilse Varga" and p == "leaderOf" for s, p, _ in got)


def test_the_chamber_is_the_one_house_named(graph_of):
    got = facts(graph_of(
        "The Norland Senate passed the budget on Tuesday by 51 votes to 40. Lena Brook, the "
        "speaker of the chamber, called the vote historic."
    ))
    assert ("Lena Brook", "leaderOf", "Norland Senate") in got


@pytest.mark.parametrize(
    "before",
    [
        "a week after the House of Representatives approved it",
        "hours after it cleared the House",
    ],
)
def test_the_chamber_after_both_houses_is_neither(graph_of, before):
    got = facts(graph_of(
        f"The Norland Senate passed the budget on Tuesday, {before}. Lena Brook, the speaker "
        "of the chamber, called the vote historic."
    ))
    assert not any(s == "Lena Brook" and p == "leaderOf" for s, p, _ in got)


def test_the_court_after_two_courts_is_neither(graph_of):
    got = facts(graph_of(
        "The Tarsk High Court upheld the ban on Monday. The Tarsk Supreme Court will hear "
        "the appeal in June. The court's president, Ada Kress, said the case was urgent."
    ))
    assert not any(s == "Ada Kress" and p == "leaderOf" for s, p, _ in got)


def test_the_court_named_alone_is_that_court(graph_of):
    got = facts(graph_of(
        "The Tarsk Supreme Court will hear the appeal in June. The court's president, Ada "
        "Kress, said the case was urgent."
    ))
    assert ("Ada Kress", "leaderOf", "Tarsk Supreme Court") in got


def test_a_panel_with_no_name_brought_in_since_is_not_the_committee(graph_of):
    got = facts(graph_of(
        "The Coastal Affairs Committee asked for a review of the contracts. A panel of five "
        "engineers inspected the harbour on Friday. Marta Okonkwo, who chairs the panel, said "
        "the walls were sound."
    ))
    assert not any(s == "Marta Okonkwo" and p == "leaderOf" for s, p, _ in got)


def test_the_panel_with_no_body_named_is_nobody(graph_of):
    got = facts(graph_of(
        "A panel of five engineers inspected the harbour on Friday. Marta Okonkwo, who chairs "
        "the panel, said the walls were sound."
    ))
    assert not any(s == "Marta Okonkwo" for s, _, _ in got)


def test_the_panel_after_two_committees_is_neither(graph_of):
    got = facts(graph_of(
        "The Coastal Affairs Committee and the Budget Committee opened inquiries into the "
        "harbour contracts. The panel's chairman, Marta Okonkwo, said hearings would begin "
        "in May."
    ))
    assert not any(s == "Marta Okonkwo" and p == "leaderOf" for s, p, _ in got)


def test_a_title_word_of_a_portfolio_is_no_body(graph_of):
    got = facts(graph_of(
        "Jan Kowal is a member of the opposition Law and Justice party. The ministry's "
        "spokeswoman said Justice Minister Ewa Nowak had not been involved."
    ))
    assert ("Ewa Nowak", "memberOf", "Law and Justice") not in got


def test_the_firm_is_the_company_just_named_not_an_authority_or_a_party(graph_of):
    got = facts(graph_of(
        "The minister steered the contracts to Kerewa Bridgeworks Ltd, a Tamale-based "
        "contractor, in return for payments. The firm's chief executive, Kojo Amenyo, "
        "was convicted. The opposition United Renewal Congress (URC) stood by the "
        "minister. The URC said the case was political, and the URC will appeal. "
        "The Harbour Authority fined Dunmore Shipping. The firm's finance director, Ama "
        "Owusu, apologised."
    ))
    assert ("Kojo Amenyo", "leaderOf", "Kerewa Bridgeworks Ltd") in got
    assert not [f for f in got if f[0] == "Kojo Amenyo" and "Congress" in f[2]]
    assert not [f for f in got if f[0] == "Ama Owusu" and f[2] == "Harbour Authority"]


def test_the_bank_is_the_one_bank_named_not_the_subject_before(graph_of):
    got = facts(graph_of(
        "The US Treasury sanctioned Ostrov Bank on Monday. It also designated Ivan Merkov, "
        "the bank's founder, and Pelagic Mining."
    ))
    assert ("Ivan Merkov", "leaderOf", "Ostrov Bank") in got
    assert not [f for f in got if f[0] == "Ivan Merkov" and "Treasury" in f[2]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Monetary Council of Norland met on Friday.",
         "The six-member panel's chair, Vesna Kalder, said the vote was 4-2."),
        ("The Special Tribunal of Ostria sentenced Dara Quill on Monday.",
         "The three-member tribunal, headed by Vesna Kalder, set the date for the verdict."),
    ],
)
def test_a_body_called_by_its_size_and_kind_is_the_one_named(graph_of, first, second):
    got = facts(graph_of(f"{first} {second}"))
    assert any(s == "Vesna Kalder" and p == "leaderOf" and o.startswith(("Monetary", "Special"))
               for s, p, o in got)


def test_a_panel_of_its_size_brought_in_since_is_not_the_council(graph_of):
    got = facts(graph_of(
        "The Monetary Council of Norland met on Friday. A six-member panel of engineers "
        "inspected the vaults. The six-member panel's chair, Vesna Kalder, said they were sound."
    ))
    assert not any(s == "Vesna Kalder" and p == "leaderOf" for s, p, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Committee, which Vesna Kalder chairs, voted 4-2.",
        "The Harbour Committee, which Vesna Kalder heads, voted 4-2.",
        "The Harbour Committee met on Friday. The six-member panel, which Vesna Kalder "
        "chairs, voted 4-2.",
    ],
)
def test_the_one_who_chairs_a_body_written_before_which(graph_of, text):
    assert ("Vesna Kalder", "leaderOf", "Harbour Committee") in facts(graph_of(text))


def test_the_one_who_chaired_a_body_before_is_no_head_now(graph_of):
    got = facts(graph_of(
        "The Harbour Committee, which Vesna Kalder chaired until 2019, voted 4-2."
    ))
    assert ("Vesna Kalder", "leaderOf", "Harbour Committee") not in got


def test_who_heads_the_bench_is_one_of_the_court_s_judges(graph_of):
    got = facts(graph_of(
        "The Special Tribunal of Ostria sentenced Dara Quill on Monday. The bench, headed by "
        "Teodor Rusk, set the date for the verdict."
    ))
    assert ("Teodor Rusk", "memberOf", "Special Tribunal of Ostria") in got
    # who heads a bench hearing one case is one of the court's judges, not its head
    assert ("Teodor Rusk", "leaderOf", "Special Tribunal of Ostria") not in got


def test_who_sits_on_the_committee_is_its_member(graph_of):
    got = facts(graph_of(
        "The Budget Committee of Norland met on Friday. Sefa Arkun, who sits on the "
        "committee, said the vote was close."
    ))
    assert ("Sefa Arkun", "memberOf", "Budget Committee of Norland") in got


def test_the_tribunal_is_the_one_named_with_its_number(graph_of):
    got = facts(graph_of(
        "The Velmar Claims Tribunal-2 sentenced Dara Quill on Monday. The three-member "
        "tribunal, headed by Vesna Kalder, set the date for the verdict."
    ))
    assert ("Vesna Kalder", "leaderOf", "Velmar Claims Tribunal-2") in got
