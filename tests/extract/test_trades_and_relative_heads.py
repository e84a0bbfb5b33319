"""People named by their trade at a body ("Fox News host X", "X, an engineer at Y"), a party's
member noun before a name ("Democrat X"), the head of a body in a relative clause whose object
is the body ("the union, which X leads"), a company named after a company officer's title ("the
chief executive of Nordvik Energy"), and a given name the tagger read as a plural noun ("Anders
Vik"). On sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Channel Nine host Brian Keel interviewed the minister on Sunday.",
         ("Brian Keel", "memberOf", "Channel Nine")),
        ("Tomas Reyna, an engineer at Kestrel Mining, said the mine was safe.",
         ("Tomas Reyna", "memberOf", "Kestrel Mining")),
        ("Tomas Reyna, a Harbor Workers Union organizer, spoke to the crowd.",
         ("Tomas Reyna", "memberOf", "Harbor Workers Union")),
        ("Halden General Hospital surgeon Anna Berg said the patient was stable.",
         ("Anna Berg", "memberOf", "Halden General Hospital")),
    ],
)
def test_a_trade_at_a_body_makes_a_member(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_trade_with_a_nationality_names_no_country(graph_of):
    got = facts(graph_of("An expert panel, chaired by the Brazilian virologist Dr. Letícia "
                         "Ramalho, met for six hours in Geneva."))
    assert not any(s == "Letícia Ramalho" and o == "Brazil" for s, _, o in got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Democratic Party lost the seat. Democrat Jane Kessler said it was a blow.",
         ("Jane Kessler", "memberOf", "Democratic Party")),
        ("Republicans lost the seat. Republican Dave Morrow said it was a blow.",
         ("Dave Morrow", "memberOf", "Republican Party")),
    ],
)
def test_a_party_member_noun_before_a_name(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_former_member_of_a_party_is_not_one(graph_of):
    got = facts(graph_of("The Democratic Party lost the seat. Former Democrat Jane Kessler "
                         "said it was a blow."))
    assert ("Jane Kessler", "memberOf", "Democratic Party") not in got


def test_a_party_member_noun_names_its_party_where_the_article_does_not(graph_of):
    got = facts(graph_of("The vote failed. Democrat Jane Kessler said it was a blow."))
    assert ("Jane Kessler", "memberOf", "Democratic Party") in got


def test_a_party_word_with_no_party_named_gives_none(graph_of):
    got = facts(graph_of("The vote failed. Green MEP Jane Kessler said it was a blow."))
    assert not any(s == "Jane Kessler" and p == "memberOf" for s, p, _ in got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Harbor Workers Union, which Tomas Reyna leads, called a strike on Monday.",
         ("Tomas Reyna", "leaderOf", "Harbor Workers Union")),
        ("The Veloria Club, which Anna Berg chairs, opened a new office.",
         ("Anna Berg", "leaderOf", "Veloria Club")),
    ],
)
def test_the_body_a_relative_clause_says_someone_leads(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_past_head_in_a_relative_clause_leads_no_more(graph_of):
    got = facts(graph_of("The Veloria Club, which Anna Berg chaired until 2019, opened a new "
                         "office."))
    assert ("Anna Berg", "leaderOf", "Veloria Club") not in got


def test_nothing_leads_itself(graph_of):
    got = facts(graph_of("Reyna said the Harbor Workers Union, which he leads, wants more pay."))
    assert not any(s == o for s, _, o in got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Anna Berg, the chief executive of Nordlys Energy, said profits rose.",
         ("Anna Berg", "leaderOf", "Nordlys Energy")),
        ("Tom Hale, chairman of Energy Transfer, said profits rose.",
         ("Tom Hale", "leaderOf", "Energy Transfer")),
    ],
)
def test_a_company_officer_holds_no_portfolio(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_secretary_of_a_portfolio_still_names_no_body(graph_of):
    assert "Energy" not in entities(graph_of("Tom Hale, Secretary of Energy, spoke on Monday."))


@pytest.mark.parametrize(
    "text",
    ["Anders Vik said profits rose.",
     "Anders Vik, the chief executive of Nordlys Energy, said profits rose."],
)
def test_a_given_name_tagged_a_plural_noun_is_part_of_the_name(graph_of, text):
    got = entities(graph_of(text))
    assert got.get("Anders Vik") == "Person" and "Vik" not in got


def test_a_plural_noun_before_a_name_is_not_a_given_name(graph_of):
    got = entities(graph_of("Protesters Jonas Vik and Anna Berg marched on Monday."))
    assert "Protesters Jonas Vik" not in got and got.get("Jonas Vik") == "Person"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Gen. Piotr Walen, Nato's supreme allied commander in Europe, visited the base.",
         ("Piotr Walen", "memberOf", "Nato")),
        ("Anna Berg, Halden Bank's chief executive in Asia, said profits rose.",
         ("Anna Berg", "memberOf", "Halden Bank")),
    ],
)
def test_a_leader_s_title_limited_to_a_region_is_a_post_in_the_body(graph_of, text, fact):
    got = facts(graph_of(text))
    assert fact in got and (fact[0], "leaderOf", fact[2]) not in got


def test_a_leader_s_title_with_no_region_leads_the_body(graph_of):
    got = facts(graph_of("Anna Berg, Halden Bank's chief executive, said profits rose in Asia."))
    assert ("Anna Berg", "leaderOf", "Halden Bank") in got


_VISIT = ("NEW DELHI — Wang Li arrived in New Delhi on Monday for talks on the border with "
          "India. In Beijing, Chinese Foreign Ministry spokesperson Mao Lin said ")


def test_a_bare_prime_minister_in_a_scene_in_china_is_no_chinese_leader(graph_of):
    got = facts(graph_of(f"{_VISIT}China welcomed the consensus reached by President Xu Jian "
                         "and Prime Minister Arjun Mehra when the two leaders met in Kazan."))
    assert ("Arjun Mehra", "leaderOf", "China") not in got
    assert ("Xu Jian", "leaderOf", "China") in got


def test_a_bare_portfolio_title_is_not_of_another_country_s_ministry(graph_of):
    got = facts(graph_of(f"{_VISIT}the talks were useful. On Monday evening, Wang held talks "
                         "with External Affairs Minister Ravi Shankar, with Foreign Secretary "
                         "Anil Varma also at the table."))
    assert not any(s == "Anil Varma" and "Chinese" in o for s, _, o in got)
    assert ("Anil Varma", "memberOf", "India") in got


@pytest.mark.parametrize("title", ["Press Secretary", "press secretary"])
def test_the_press_of_a_press_secretary_is_the_title_s(graph_of, title):
    got = facts(graph_of(f"Kremlin {title} Dmitri Volkov said the talks went well."))
    assert ("Dmitri Volkov", "spokespersonOf", "Kremlin") in got
    assert not any(o.endswith("Press") for _, _, o in got)


def test_a_name_whose_chief_executive_is_named_is_a_company(graph_of):
    graph = graph_of("Rival Harwell-Cliffs, whose chief executive Anna Berg had tried to buy "
                     "Kestrel Steel in 2023, said nothing.")
    assert entities(graph).get("Harwell-Cliffs") == "Organization"
    assert ("Anna Berg", "leaderOf", "Harwell-Cliffs") in facts(graph)


def test_a_title_after_whose_is_of_the_antecedent_not_of_the_story_s_company(graph_of):
    got = facts(graph_of("Kestrel Steel said on Wednesday the deal had closed. Kestrel Steel "
                         "shares rose. Rival Harwell-Cliffs, whose chief executive Anna Berg had "
                         "tried to buy Kestrel Steel in 2023, did not comment."))
    assert ("Anna Berg", "leaderOf", "Harwell-Cliffs") in got
    assert ("Anna Berg", "leaderOf", "Kestrel Steel") not in got


def test_a_minister_s_title_and_portfolio_name_no_body(graph_of):
    got = entities(graph_of("The talks were hosted by Prince Omar bin Khalid, the Minister of "
                            "Foreign Affairs, and Samir Al-Haddad."))
    assert "Minister of Foreign Affairs" not in got
    assert "Ministry of Foreign Affairs" in entities(graph_of(
        "The Ministry of Foreign Affairs said the talks went well."))


@pytest.mark.parametrize("said", ["said in a statement from Jakarta", "said from Jakarta"])
def test_a_bare_office_holder_speaking_from_a_capital_is_of_its_country(graph_of, said):
    got = facts(graph_of("NAIROBI — The climate talks in Kenya ended on Saturday in Kenya. "
                         f"Indonesia's envoy left early. President Adi Wirawan {said} that his "
                         "government would act."))
    assert ("Adi Wirawan", "leaderOf", "Indonesia") in got
    assert ("Adi Wirawan", "leaderOf", "Kenya") not in got


def test_a_bare_office_holder_speaking_of_a_capital_keeps_the_dateline_s(graph_of):
    got = facts(graph_of("NAIROBI — The climate talks in Kenya ended on Saturday in Kenya. "
                         "President Adi Wirawan said the delegates from Jakarta had left."))
    assert ("Adi Wirawan", "leaderOf", "Indonesia") not in got


def test_a_bare_minister_after_another_country_s_leader_is_not_of_the_home_ministry(graph_of):
    got = facts(graph_of(
        "The Philippine Foreign Ministry hosted the summit in the Philippines on Monday, and the "
        "Philippines set the agenda. Thailand's Prime Minister Kittisak Boon skipped the summit. "
        "Foreign Minister Nattaya Sukjai attended in his place."))
    assert not any(s == "Nattaya Sukjai" and "Philippine" in o for s, _, o in got)
