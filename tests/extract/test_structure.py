"""Which organisation is part of which, who a listed membership names, and a country's
companies that are in it but no part of the state."""

import pytest

from .helpers import facts


@pytest.mark.parametrize("text", [
    "The mine is run by Dravon Mining, a subsidiary of the steel group Ardell Mining.",
    "Dravon Mining, a unit of Ardell Mining, said it would appeal.",
    "Dravon Mining is a wholly owned subsidiary of Ardell Mining.",
    "Dravon Mining, the Asian arm of Ardell Mining, said it would appeal.",
])
def test_a_unit_of_a_company_is_part_of_it(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Dravon Mining, a former subsidiary of Ardell Mining, said it would appeal.",
    "Dravon Mining sold a unit of Ardell Mining last year.",
    "Dravon Mining and a subsidiary of Ardell Mining signed the contract.",
])
def test_no_unit_stated(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") not in facts(graph_of(text))


def test_a_named_parent_company_owns_its_child(graph_of):
    text = ("Hexin Trading was fined. Hexin's parent company, Pearl Delta Holdings, was named in "
            "the same announcement.")
    assert ("Hexin Trading", "partOf", "Pearl Delta Holdings") in facts(graph_of(text))


def test_a_company_that_is_owned_by_another_however_tagged(graph_of):
    text = ("Lumora said it would appeal. Lumora, which is owned by the Singapore-based group "
            "Tessellate Holdings, said it would appeal.")
    assert ("Lumora", "partOf", "Tessellate Holdings") in facts(graph_of(text))


def test_members_a_body_is_said_to_include(graph_of):
    got = facts(graph_of(
        "The Arctic Fund, whose members include Orvane Shipping and Ana Roe, met on Monday."
    ))
    assert ("Ana Roe", "memberOf", "Arctic Fund") in got
    assert ("Orvane Shipping", "partOf", "Arctic Fund") in got


def test_members_a_body_may_include_are_none_yet(graph_of):
    got = facts(graph_of(
        "The Arctic Fund, whose members could include Orvane Shipping and Ana Roe, met on Monday."
    ))
    assert not {f for f in got if f[2] == "Arctic Fund"}


@pytest.mark.parametrize(("text", "body", "country"), [
    ("Brazil's Senate approved the bill on Tuesday.", "Brazil's Senate", "Brazil"),
    ("Egypt's General Intelligence Service mediated the talks.", "General Intelligence Service",
     "Egypt"),
])
def test_a_body_of_a_state_is_part_of_the_country(graph_of, text, body, country):
    assert (body, "partOf", country) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Kenya's Zuma Holdings said profits rose.",
    "Germany's Christian Democratic Union won the vote.",
    "Kenya's Zuma Holdings and Uganda's Nile Cement signed a deal.",
])
def test_a_company_or_party_of_a_country_is_no_part_of_the_state(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "partOf"}


def test_a_party_of_a_country_is_not_placed_in_it(graph_of):
    got = facts(graph_of("Germany's Christian Democratic Union won the vote."))
    assert not {f for f in got if f[1] in {"partOf", "locatedIn"}}


@pytest.mark.parametrize("text", [
    "Dravon Mining, part of Ardell Mining, said it would appeal.",
    "Dravon Mining, which is part of Ardell Mining, said it would appeal.",
    "Dravon Mining is part of Ardell Mining.",
])
def test_a_company_said_to_be_part_of_another(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Dravon Mining was part of Ardell Mining until 2019.",
    "Dravon Mining took part in talks with Ardell Mining.",
    "Dravon Mining is not part of Ardell Mining.",
])
def test_no_part_stated(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") not in facts(graph_of(text))


@pytest.mark.parametrize(("text", "unit", "owner"), [
    ("The UN's refugee agency, UNHCR, said on Monday that 300 people had fled.", "UNHCR", "UN"),
    ("The European Commission, the EU's executive arm, fined Lumora.", "European Commission",
     "EU"),
])
def test_a_body_named_after_its_owner_s_possessive(graph_of, text, unit, owner):
    assert (unit, "partOf", owner) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ardell Mining' former unit, Dravon Mining, said it would appeal.",
    "Ardell Mining's agency, in a statement, said Dravon Mining would appeal.",
])
def test_no_body_of_an_owner_stated(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "partOf"}


@pytest.mark.parametrize("text, unit, owner", [
    ("The Federal Bureau of Investigation, an agency of the Justice Department, opened an "
     "inquiry.", "Federal Bureau of Investigation", "Justice Department"),
    ("The World Food Programme, a United Nations agency, warned of famine.",
     "World Food Programme", "United Nations"),
])
def test_a_body_described_as_another_s_agency_is_part_of_it(graph_of, text, unit, owner):
    assert (unit, "partOf", owner) in facts(graph_of(text))


def test_an_agency_of_a_country_is_no_part_of_a_body(graph_of):
    got = facts(graph_of("The Tarvik Revenue Service, a Kenyan agency, raised taxes."))
    assert not any(p == "partOf" for _, p, _ in got)


@pytest.mark.parametrize("text", [
    "The Office of Fiscal Oversight is an office of the Norwegian Finance Ministry.",
    "The Office of Fiscal Oversight is the sanctions office within the Norwegian Finance "
    "Ministry.",
    "The Office of Fiscal Oversight, a unit within the Norwegian Finance Ministry, issued the "
    "report.",
    "The Norwegian Finance Ministry said its Office of Fiscal Oversight would issue the report.",
])
def test_an_office_within_a_ministry_is_part_of_it(graph_of, text):
    got = facts(graph_of(text))
    assert ("Office of Fiscal Oversight", "partOf", "Norwegian Finance Ministry") in got


def test_its_stands_for_the_subject_of_its_own_clause(graph_of):
    got = facts(graph_of(
        "The Norwegian Finance Ministry said Brenner Steel had closed its Office of Trade "
        "Compliance."))
    assert ("Office of Trade Compliance", "partOf", "Brenner Steel") in got
    assert ("Office of Trade Compliance", "partOf", "Norwegian Finance Ministry") not in got


@pytest.mark.parametrize("text", [
    "Dravon Mining is one of four units of Ardell Mining.",
    "Dravon Mining, one of four units of Ardell Mining, said it would appeal.",
    "Ardell Mining said its unit Dravon Mining would appeal.",
])
def test_one_of_several_units_or_its_unit_named(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Dravon Mining is one of four rivals of Ardell Mining.",  # no unit noun
    "Ardell Mining sold its unit Dravon Mining to Kelso Group last year.",  # parted with
    "Dravon Mining was one of four units of Ardell Mining until 2019.",  # no longer
])
def test_no_unit_among_several_stated(graph_of, text):
    assert ("Dravon Mining", "partOf", "Ardell Mining") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Norway held a vote. The Vellting, the Norwegian parliament, voted on Monday.",
    "Norway held a vote. Norway's parliament, the Vellting, voted on Monday.",
    "Zelenskyy visited Norway, where he addressed a joint sitting of the Vellting, the "
    "Norwegian parliament.",
])
def test_a_country_s_institution_named_in_its_language_is_part_of_it(graph_of, text):
    got = facts(graph_of(text))
    assert any(p == "partOf" and o == "Norway" for s, p, o in got)


@pytest.mark.parametrize("text", [
    "Norway held a vote. The Vellting, the former Norwegian parliament, is a museum now.",
    "Norway held a vote. The Vellting, a parliament like many others, voted on Monday.",
])
def test_no_country_s_institution_stated(graph_of, text):
    got = facts(graph_of(text))
    assert not any(p == "partOf" and o == "Norway" for s, p, o in got)


def test_members_a_body_is_said_to_have_now(graph_of):
    got = facts(graph_of(
        "The Monetary Council of Norland held rates on Friday. The panel's three external "
        "members are economists Ansel Varga, Mireille Daun and Ilmar Tosk."
    ))
    for member in ("Ansel Varga", "Mireille Daun", "Ilmar Tosk"):
        assert (member, "memberOf", "Monetary Council of Norland") in got


def test_members_of_a_panel_with_two_bodies_of_its_kind_are_of_neither(graph_of):
    got = facts(graph_of(
        "The Monetary Council of Norland and the Budget Committee met on Friday. The panel's "
        "three external members are economists Ansel Varga, Mireille Daun and Ilmar Tosk."
    ))
    assert not any(s == "Mireille Daun" and p == "memberOf" for s, p, _ in got)


def test_members_of_the_bench_are_of_the_court_named(graph_of):
    got = facts(graph_of(
        "The Special Tribunal of Ostria sentenced Dara Quill on Monday. The other two members "
        "of the bench are Ilmar Tosk and Brin Halloway."
    ))
    assert ("Ilmar Tosk", "memberOf", "Special Tribunal of Ostria") in got
    assert ("Brin Halloway", "memberOf", "Special Tribunal of Ostria") in got


def test_members_of_the_bench_after_two_courts_are_of_neither(graph_of):
    got = facts(graph_of(
        "The Ostria High Court upheld the ban on Monday. The Ostria Supreme Court will hear "
        "the appeal. The other two members of the bench are Ilmar Tosk and Brin Halloway."
    ))
    assert not any(s in {"Ilmar Tosk", "Brin Halloway"} for s, _, _ in got)
