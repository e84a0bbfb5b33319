"""Who is on a country's side at talks: the members of a delegation led, headed or listed in
a clause of its own, a country "represented by" its people, a delegation named bare after
one country's; and a minister's portfolio before the title names no body. On sentences
written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _roles(got, name):
    return {(p, o) for s, p, o in got if s == name and p in {"memberOf", "leaderOf"}}


def test_the_other_side_headed_by_two_ministers_in_a_while_clause(graph_of):
    got = facts(graph_of(
        "Norway and Japan held talks in Oslo on Monday. Trade Minister Ola Brenn led the "
        "Norwegian delegation while the Japanese side was headed by Foreign Minister Ken "
        "Sato and Minister of Defence Aiko Mori, officials said."
    ))
    assert ("Ken Sato", "memberOf", "Japan") in got
    assert ("Aiko Mori", "memberOf", "Japan") in got
    assert ("Ola Brenn", "memberOf", "Norway") in got


def test_a_side_headed_by_someone_described_by_kin_is_not_the_kin(graph_of):
    got = facts(graph_of(
        "Norway and Japan held talks in Oslo on Monday. Trade Minister Ola Brenn led the "
        "Norwegian delegation while the Japanese side was headed by a cousin of Emperor "
        "Ken Sato, officials said."
    ))
    assert ("Ken Sato", "memberOf", "Japan") not in got


def test_two_titled_leaders_of_a_delegation_are_both_its_country(graph_of):
    got = facts(graph_of(
        "Defence Minister Ravi Mehra and External Affairs Minister Anil Dutt led the Indian "
        "delegation at the talks in Tokyo on Saturday."
    ))
    assert ("Ravi Mehra", "memberOf", "India") in got
    assert ("Anil Dutt", "memberOf", "India") in got
    assert not any(o == "External Affairs" for _, _, o in got)


def test_a_country_represented_by_its_people(graph_of):
    got = facts(graph_of(
        "At the talks in Vienna, Norway is represented by Finance Minister Ada Kress and "
        "by Trade Minister Olaf Berg. Sweden was represented by Foreign Minister Lena Dahl, "
        "presidential aide Jon Lund and Karl Ek."
    ))
    assert ("Ada Kress", "memberOf", "Norway") in got
    assert ("Olaf Berg", "memberOf", "Norway") in got
    for name in ("Lena Dahl", "Jon Lund", "Karl Ek"):
        assert (name, "memberOf", "Sweden") in got


def test_a_country_is_represented_by_the_envoy_not_by_whose_envoy_he_is(graph_of):
    got = facts(graph_of("Norway was represented by President Ada Kress's special envoy "
                         "Olaf Berg and by Lena Dahl."))
    assert ("Olaf Berg", "memberOf", "Norway") in got
    assert ("Lena Dahl", "memberOf", "Norway") in got
    assert ("Ada Kress", "memberOf", "Norway") not in got


def test_a_company_represented_by_a_lawyer_is_no_country(graph_of):
    got = facts(graph_of("In court, Velora Group was represented by lawyer Tom Hale."))
    assert ("Tom Hale", "memberOf", "Velora Group") not in got


def test_the_delegation_written_bare_after_one_countrys(graph_of):
    got = facts(graph_of(
        "Trade Minister Ravi Mehra will lead the Indian delegation to the meeting in "
        "Geneva. The delegation includes Commerce Secretary Anil Dutt and Deputy Secretary "
        "Meena Rao."
    ))
    assert ("Anil Dutt", "memberOf", "India") in got
    assert ("Meena Rao", "memberOf", "India") in got


def test_the_delegation_written_bare_after_two_countries_is_neither(graph_of):
    got = facts(graph_of(
        "The Indian delegation met the Japanese delegation in Geneva. The delegation "
        "includes Commerce Secretary Anil Dutt."
    ))
    assert _roles(got, "Anil Dutt") == set()


def test_a_demonym_and_portfolio_before_a_minister_name_the_country(graph_of):
    got = facts(graph_of(
        "A Pakistani delegation arrived in Minsk. The delegation is led by Pakistani Energy "
        "Minister Khalid Raza. Belarusian Energy Minister Ivan Lis is the co-chairman of "
        "the commission."
    ))
    assert ("Khalid Raza", "memberOf", "Pakistan") in got
    assert ("Ivan Lis", "memberOf", "Belarus") in got
    assert not any(o in {"Pakistani Energy", "Belarusian Energy"} for _, _, o in got)


def test_a_local_government_portfolio_is_no_body(graph_of):
    got = facts(graph_of(
        "Kong Wei, who is Housing and Local Government Minister, spoke in Kuala Lumpur."
    ))
    assert not any(o in {"Housing", "Local Government"} for _, _, o in got)


def test_the_name_set_off_after_a_title_that_leads_a_delegation(graph_of):
    got = facts(graph_of(
        "The Minister in the Ministry of Trade, Ola Brenn, led Norway's delegation to the "
        "meetings in Geneva. The director, Kari Moe, praised Norway's team."
    ))
    assert ("Ola Brenn", "memberOf", "Norway") in got
    assert ("Kari Moe", "memberOf", "Norway") not in got


def test_a_listed_delegation_member_keeps_the_office_set_off_after_a_title(graph_of):
    got = facts(graph_of(
        "Norway's delegation arrived in Geneva on Sunday. According to a decree, the "
        "delegation also includes the Governor of the Central Bank of Norway, Ada Kress, "
        "and Olaf Berg, an adviser."
    ))
    assert ("Ada Kress", "leaderOf", "Central Bank of Norway") in got
    assert ("Ada Kress", "memberOf", "Norway") in got


@pytest.mark.parametrize(
    "second",
    [
        "Other members of the delegation are Hugo Brandt and Rita Sall.",
        "Also in the delegation were Hugo Brandt and Rita Sall.",
    ],
)
def test_the_delegations_people_listed_with_to_be(graph_of, second):
    got = facts(graph_of(
        f"The Norwegian delegation arrived in Geneva on Sunday for the talks. {second}"
    ))
    assert ("Hugo Brandt", "memberOf", "Norway") in got
    assert ("Rita Sall", "memberOf", "Norway") in got


def test_the_delegation_listed_after_two_countries_is_neither(graph_of):
    got = facts(graph_of(
        "The Norwegian delegation and the Danish delegation arrived in Geneva on Sunday. "
        "Other members of the delegation are Hugo Brandt and Rita Sall."
    ))
    assert not any(s == "Hugo Brandt" and p == "memberOf" for s, p, _ in got)


def test_a_delegation_of_no_country_lists_no_ones_people(graph_of):
    got = facts(graph_of(
        "A delegation arrived in Geneva on Sunday. Other members of the delegation are Hugo "
        "Brandt and Rita Sall."
    ))
    assert not any(s == "Hugo Brandt" and p == "memberOf" for s, p, _ in got)


def test_the_people_present_from_a_countrys_side(graph_of):
    got = facts(graph_of(
        "Talks were held in Oslo on Monday. Present from the Norwegian side were Hugo Brandt "
        "and Rita Sall, and from the Danish side Piet Damsel and Ada Kress."
    ))
    assert ("Hugo Brandt", "memberOf", "Norway") in got
    assert ("Rita Sall", "memberOf", "Norway") in got
    assert ("Piet Damsel", "memberOf", "Norway") not in got
    assert ("Ada Kress", "memberOf", "Norway") not in got


def test_people_present_with_no_side_are_no_ones(graph_of):
    got = facts(graph_of(
        "Norway's delegation held talks in Oslo on Monday. Present were Hugo Brandt and Rita "
        "Sall."
    ))
    assert not any(s == "Hugo Brandt" and p == "memberOf" for s, p, _ in got)
