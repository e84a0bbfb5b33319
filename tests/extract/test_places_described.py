"""Where a body is, said by a description of it: "the depository based in Brussels", "the
Bentonville, Arkansas-based company", "both companies are headquartered in Moscow", "its
headquarters in Lausanne", "the Marlow Centre for Energy Research in Oslo"."""

import pytest

from .helpers import facts


def located(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(graph) if p == "locatedIn"}


@pytest.mark.parametrize(("text", "fact"), [
    # an apposition the parser may miss in a long sentence
    ("For months the board had backed a loan against the reserves held in Europe, most of "
     "them held at Orvane Clearing, the securities depository based in Brussels.",
     ("Orvane Clearing", "Brussels")),
    ("Most reserves sit at Orvane Clearing, the depository headquartered in Brussels.",
     ("Orvane Clearing", "Brussels")),
    # an indefinite apposition the parser reads as a clause
    ("The case was brought in 2023 by Velora Group, a Toronto-based payments startup.",
     ("Velora Group", "Toronto")),
    ("The loan was arranged by Kestrel Bank, the Oslo-based lender, last week.",
     ("Kestrel Bank", "Oslo")),
])
def test_a_body_described_as_based_in_a_place(graph_of, text, fact):
    assert fact in located(graph_of(text))


@pytest.mark.parametrize("text", [
    "Velora Group said sales rose. Its chief executive, Ana Roe, said the Denver, "
    "Colorado-based retailer would hire more staff.",
    "Velora Group said on Friday sales rose. Ana Roe will retire in June. The Denver, "
    "Colorado-based company has done this before.",
    "Velora Group, the Denver, Colorado-based retailer, said sales rose.",
])
def test_a_city_and_state_based_body_is_in_the_city(graph_of, text):
    assert ("Velora Group", "Denver") in located(graph_of(text))


def test_a_described_body_refers_back_to_the_one_named_before_it(graph_of):
    got = located(graph_of(
        "Finance ministers picked Ana Roe, the governor of the Velmar National Bank, to "
        "become vice-president of the Nordic Investment Bank, putting her on the "
        "Oslo-based institution's board."))
    assert ("Nordic Investment Bank", "Oslo") in got
    assert ("Velmar National Bank", "Oslo") not in got


@pytest.mark.parametrize(("text", "fact"), [
    # a trade a business is called by, of the one body its sentence names
    ("Shares of Kelvar Energy fell 4 percent on Monday after the Perth-based producer cut "
     "its output forecast.", ("Kelvar Energy", "Perth")),
    ("Brask Mining said on Tuesday that the Toronto-based miner would buy a copper mine.",
     ("Brask Mining", "Toronto")),
    # of two bodies its sentence names, the one that is its subject
    ("Brask Mining has picked Ada Kerrigan, the chief executive of Tollmark Energy, to be "
     "the first outsider to lead the London-based group.", ("Brask Mining", "London")),
    # else the last one named before it
    ("Ada Kerrigan, who worked at Tollmark Energy before joining Brask Mining, has led the "
     "London-based group since 2021.", ("Brask Mining", "London")),
])
def test_a_described_business_is_the_one_its_sentence_is_about(graph_of, text, fact):
    got = located(graph_of(text))
    assert fact in got
    assert not {f for f in got if f[0] == "Tollmark Energy"}


@pytest.mark.parametrize(("text", "fact"), [
    # a body named in a phrase opening the clause is not the subject described after it
    ("Brask Mining said on Monday its finance chief had quit. In a filing to the Velmar "
     "Exchange, the Toronto-based miner said she had left.", ("Brask Mining", "Toronto")),
    ("Brask Mining said on Monday its finance chief had quit. In a letter to Tollmark Energy, "
     "the Toronto-based company said the deal was off.", ("Brask Mining", "Toronto")),
])
def test_a_body_in_an_opening_phrase_is_not_the_one_described(graph_of, text, fact):
    got = located(graph_of(text))
    assert fact in got
    assert not {f for f in got if f[0] in {"Velmar Exchange", "Tollmark Energy"}}


@pytest.mark.parametrize("text", [
    "In a filing to the Velmar Exchange, the Toronto-based fertiliser and food processor "
    "said its finance chief had left.",
    "Speaking to the Velmar Herald, the Toronto-based activist said the protest would go on.",
])
def test_no_body_of_an_opening_phrase_placed_by_the_subject_after_it(graph_of, text):
    assert not located(graph_of(text))


@pytest.mark.parametrize("text", [
    # a producer may be a person: only a body of its own sentence is meant
    "Kestrel Films hired Selma Oduya last year. The Paris-based producer, who made three "
    "films, said the new one would open in May.",
])
def test_no_body_placed_by_an_unclear_description(graph_of, text):
    got = located(graph_of(text))
    assert not {f for f in got if f[0] in {"Tollmark Energy", "Brask Mining", "Kestrel Films"}}


@pytest.mark.parametrize(("text", "fact"), [
    # a name that only modifies the noun after it is not the one based there
    ("Regulators fined Velora Group, another Toronto-based VPN provider.",
     ("Velora Group", "Toronto")),
])
def test_a_name_modifying_a_trade_is_not_the_body_based_there(graph_of, text, fact):
    got = located(graph_of(text))
    assert fact in got
    assert not {f for f in got if f[0] == "VPN"}


def test_a_name_modifying_a_person_s_trade_places_no_body(graph_of):
    got = located(graph_of("Ana Roe, a Toronto-based Velmar Herald correspondent, said the "
                           "talks failed."))
    assert not {f for f in got if f[0] == "Velmar Herald"}


@pytest.mark.parametrize(("text", "fact"), [
    ("The Toronto-based Velora alliance met on Monday.", ("Velora", "Toronto")),
    ("The Oslo-based Kestrel Bank network grew.", ("Kestrel Bank", "Oslo")),
])
def test_a_name_before_its_own_kind_is_the_body_based_there(graph_of, text, fact):
    assert fact in located(graph_of(text))


@pytest.mark.parametrize("text", [
    # a person's description places no body
    "Ana Roe, a Paris-based analyst at Velora Group, said the deal was weak.",
    "Ana Roe, the analyst based in Paris, said Velora Group would gain.",
    # an indefinite description is some other body
    "Ana Roe left Velora Group to join an Oslo-based institution.",
])
def test_no_body_placed_by_a_description_of_something_else(graph_of, text):
    assert not {f for f in located(graph_of(text)) if f[0] == "Velora Group"}


@pytest.mark.parametrize("text", [
    "Varko Petroleum, which is run by Ana Roe, and Kestrel Oil did not comment. Both "
    "companies are headquartered in Moscow.",
    "Kestrel Oil and Varko Petroleum did not comment. The two companies are based in Moscow.",
])
def test_two_bodies_referred_to_together(graph_of, text):
    got = located(graph_of(text))
    assert {("Kestrel Oil", "Moscow"), ("Varko Petroleum", "Moscow")} <= got


@pytest.mark.parametrize("text", [
    # not two companies: a company and a person
    "Kestrel Oil and Ana Roe did not comment. Both companies are headquartered in Moscow.",
    # three named: which two is not said
    "Kestrel Oil, Varko Petroleum and Dunmore Gas did not comment. Both companies are "
    "headquartered in Moscow.",
    # founded somewhere is not seated there
    "Kestrel Oil and Varko Petroleum did not comment. Both companies were founded in Moscow.",
])
def test_no_pair_placed(graph_of, text):
    assert not located(graph_of(text))


@pytest.mark.parametrize("text", [
    "The Orvane Fund said it would act. It asked the two banks to come to its headquarters "
    "in Oslo.",
    "The Orvane Fund asked the two banks to come to its headquarters in Oslo.",
])
def test_its_headquarters_are_the_subjects(graph_of, text):
    assert ("Orvane Fund", "Oslo") in located(graph_of(text))


def test_its_headquarters_of_no_body_subject_places_nothing(graph_of):
    got = located(graph_of(
        "Kestrel Bank said it would act. Ana Roe asked the bank to send a team to its "
        "headquarters in Oslo."))
    assert ("Ana Roe", "Oslo") not in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, a senior fellow at the Marlow Centre for Energy Research in Oslo, said "
     "prices would fall.", ("Marlow Centre for Energy Research", "Oslo")),
    ("The report by the Institute of International Finance in Washington said debt rose.",
     ("Institute of International Finance", "Washington")),
])
def test_a_body_named_with_of_or_for_is_in_the_place_after_it(graph_of, text, fact):
    assert fact in located(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ana Roe joined the Kessler Institute for Policy Studies in Boston in 2019.",
    "Ana Roe spoke at a Centre for Policy Studies in Boston.",
])
def test_a_career_step_or_one_of_a_kind_places_no_body(graph_of, text):
    assert not located(graph_of(text))


def parts(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(graph) if p == "partOf"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Velora Group said its chief, Ana Roe, will move to the company's largest unit, "
     "Velora Retail, next year.", ("Velora Retail", "Velora Group")),
    ("Ana Roe ran Velora Group's trading arm, Kestrel Markets, until 2020.",
     ("Kestrel Markets", "Velora Group")),
    # the owner a description referring back to the company its sentence names
    ("Velora Group said Friday that Ana Roe will retire, and that John Furner, who runs the "
     "retailer's biggest business, Kestrel Retail, will take over on Feb. 1.",
     ("Kestrel Retail", "Velora Group")),
])
def test_a_unit_named_after_an_owners_description_of_it(graph_of, text, fact):
    assert fact in parts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Velora Group's largest shareholder, Kestrel Capital, backed the deal.",
    "Ana Roe's business, Kestrel Markets, grew fast.",  # a person owns no unit
    "Velora Group said Friday that John Furner, who ran the retailer's former business, "
    "Kestrel Retail, will take over.",  # part of it no more
])
def test_no_unit_of_an_owner(graph_of, text):
    assert not parts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    # the unit word before the name, "its" for the company the clause is about
    ("Analysts said Brenco would buy Tarvik Oil and sell its lubricants business Lubrex.",
     ("Lubrex", "Brenco")),
    # or the one company its sentence names before it
    ("Analysts said the first test would be Brenco's plan to sell assets, including its "
     "lubricants business Lubrex.", ("Lubrex", "Brenco")),
    # a unit "known as" its name
    ("Velora Group is selling chunks of its medicines division, known as Kestrel Health.",
     ("Kestrel Health", "Velora Group")),
    ("The Parliament's budget committee, known as BUDG, voted for the plan.",
     ("BUDG", "Parliament")),
])
def test_a_unit_word_before_a_name_or_known_as_it(graph_of, text, fact):
    assert fact in parts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Velora Group sold its former unit Kestrel Foods in 2019.",
    # two companies before "its": whose unit it is, is not said
    "Analysts said the deal between Brenco and Tarvik Oil, including its lubricants business "
    "Lubrex, would close in May.",
])
def test_no_unit_of_a_former_or_an_unclear_owner(graph_of, text):
    assert not parts(graph_of(text))
