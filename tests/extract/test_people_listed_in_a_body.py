"""People listed as belonging to a side, a cabinet or a sanctions action: a delegation
"headed by A and includes B", "named ministers, as was C", "among those sworn in as
ministers", a country that "had brought" titled officials, a side led by A "together with"
B, targets "along with" others, and a clause before a semicolon told as a fact. On
sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _members(got, name):
    return {o for s, p, o in got if s == name and p == "memberOf"}


def test_a_delegation_headed_by_one_that_includes_another(graph_of):
    got = facts(graph_of(
        "Norway's delegation is headed by Trade Minister Arvid Tennfjord and includes Ingrun "
        "Marhaug, the deputy foreign minister."
    ))
    assert ("Arvid Tennfjord", "memberOf", "Norway") in got
    assert ("Ingrun Marhaug", "memberOf", "Norway") in got


def test_a_second_clause_with_a_subject_of_its_own_is_not_the_delegation(graph_of):
    got = facts(graph_of(
        "Norway's delegation is headed by Arvid Tennfjord, and the Japanese team includes "
        "Haruto Morohashi."
    ))
    assert "Norway" not in _members(got, "Haruto Morohashi")


def test_named_ministers_as_was_another(graph_of):
    got = facts(graph_of(
        "OSLO, Norway (AP) — Norway's new prime minister took office on Monday. Norway's "
        "parliament approved his cabinet. Arvid Tennfjord and Ingrun Marhaug were named "
        "ministers, as was Bjarte Lysholm, a businessman."
    ))
    for name in ("Arvid Tennfjord", "Ingrun Marhaug", "Bjarte Lysholm"):
        assert "Norway" in _members(got, name)


def test_as_was_with_no_one_named_or_with_another_office_adds_no_one(graph_of):
    got = facts(graph_of(
        "OSLO, Norway (AP) — Norway's new prime minister took office on Monday. Norway's "
        "parliament approved his cabinet. Arvid Tennfjord was named finance minister, as was "
        "expected. Ingrun Marhaug was elected chair of the Fjordvik Chess Club, as was her "
        "predecessor Bjarte Lysholm."
    ))
    assert ("Arvid Tennfjord", "memberOf", "Norway") in got
    assert not any(s == "Bjarte Lysholm" for s, _, _ in got)


def test_among_those_sworn_in_as_ministers(graph_of):
    got = facts(graph_of(
        "OSLO, Norway (AP) — Norway's new prime minister took office on Monday. Norway's "
        "parliament approved his cabinet. Arvid Tennfjord, the party's secretary general, "
        "who was among those sworn in as ministers, called it a historic day. Ingrun "
        "Marhaug was among those arrested after the protests."
    ))
    assert "Norway" in _members(got, "Arvid Tennfjord")
    assert not any(s == "Ingrun Marhaug" for s, _, _ in got)


def test_a_country_that_brought_its_officials_by_their_titles(graph_of):
    got = facts(graph_of(
        "The U.S. had brought Treasury Secretary Dalton Orwick, Commerce Secretary Mira Tolland "
        "and Defense Secretary Wes Corbell. Norway sent State Secretary Ingrun Marhaug to "
        "the talks."
    ))
    for name in ("Dalton Orwick", "Mira Tolland", "Wes Corbell"):
        assert "United States" in _members(got, name)
    assert ("Ingrun Marhaug", "memberOf", "Norway") in got


def test_a_country_that_sent_another_countrys_official_or_a_letter_is_not_theirs(graph_of):
    got = facts(graph_of(
        "Norway sent President Dalton Orwick a letter on Monday. Norway sent back Russian "
        "Captain Wes Corbell in the exchange. Norway sent Ambassador Mira Tolland home."
    ))
    for name in ("Dalton Orwick", "Wes Corbell", "Mira Tolland"):
        assert "Norway" not in _members(got, name)


def test_a_side_led_by_one_together_with_titled_others(graph_of):
    got = facts(graph_of(
        "The Norwegian delegation was led by Arvid Tennfjord, together with Foreign Minister "
        "Ingrun Marhaug and Defence Minister Bjarte Lysholm."
    ))
    for name in ("Arvid Tennfjord", "Ingrun Marhaug", "Bjarte Lysholm"):
        assert "Norway" in _members(got, name)


def test_one_who_led_a_side_with_a_titled_other(graph_of):
    got = facts(graph_of(
        "Secretary of State Dalton Orwick led the American team with Treasury Secretary Wes "
        "Corbell."
    ))
    assert "United States" in _members(got, "Wes Corbell")


def test_one_met_together_with_in_another_clause_is_not_of_the_side(graph_of):
    got = facts(graph_of(
        "The Norwegian delegation was led by Arvid Tennfjord, who spoke together with "
        "Russian envoy Pyotr Vasilenko."
    ))
    assert "Norway" not in _members(got, "Pyotr Vasilenko")


def test_targets_along_with_others_after_a_described_target(graph_of):
    got = facts(graph_of(
        "The Treasury imposed sanctions on a smuggling network on Monday. "
        "The Treasury designated Rashed Haddani, the chairman of Falcrest Holdings, and his "
        "partner, Kadir Sallouf, along with Vantor Marine and two affiliated firms. It also "
        "sanctioned Quillon Shipping together with its chief executive, Ilan Morrow."
    ))
    targets = {o for _, p, o in got if p == "sanctioned"}
    assert {"Rashed Haddani", "Kadir Sallouf", "Vantor Marine", "Quillon Shipping",
            "Ilan Morrow"} <= targets


def test_along_with_in_a_clause_about_a_target_adds_no_target(graph_of):
    got = facts(graph_of(
        "The Treasury imposed sanctions on a smuggling network on Monday. "
        "The Treasury designated Noura Farrouk, who worked along with Sami Khourane at the "
        "bank. It also sanctioned Tamer Azzam, a businessman whose company, together with "
        "Orvant Trading, shipped the oil."
    ))
    targets = {o for _, p, o in got if p == "sanctioned"}
    assert {"Noura Farrouk", "Tamer Azzam"} <= targets
    assert not {"Sami Khourane", "Orvant Trading"} & targets


def test_a_clause_before_a_semicolon_is_a_sentence_of_its_own(graph_of):
    got = facts(graph_of(
        "Foreign Minister Arvid Tennfjord met Pyotr Vasilenko on Monday; the two would meet "
        "again next week."
    ))
    assert ("Arvid Tennfjord", "met", "Pyotr Vasilenko") in got or (
        "Pyotr Vasilenko", "met", "Arvid Tennfjord") in got
