"""Offices a story does not give the name it sits beside: a wire desk's dateline, a
counterpart's country, a headline's comma, a list of "title, name" items, and sanctions still
under debate: sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


# -- a capital's dateline that is only the desk the story was filed from


def test_a_regional_desks_dateline_is_not_the_presidents_country(graph_of):
    got = facts(graph_of(
        "NAIROBI, March 3 (Reuters) - The South Sudanese government and rebels have agreed "
        "on a truce as they prepare for talks, a regional bloc said on Tuesday.\n\n"
        "\"President Ada Rhee and Ivo Kask agree on a cessation of hostilities,\" the bloc "
        "said in a statement."
    ))
    assert ("Ada Rhee", "leaderOf", "Kenya") not in got


def test_a_desks_country_named_only_by_its_diplomats_is_not_the_storys(graph_of):
    got = facts(graph_of(
        "ADDIS ABABA, March 7 (Reuters) - South Sudanese rebels and a government delegation "
        "started peace talks on Tuesday.\n\n"
        "The fighting has pitted President Ada Rhee's forces against rebels loyal to Ivo "
        "Kask. An Ethiopian diplomat said envoys had flown to the capital. \"They will push "
        "for a deal,\" said an Ethiopian diplomat. The envoys are led by a former Ethiopian "
        "foreign minister."
    ))
    assert ("Ada Rhee", "leaderOf", "Ethiopia") not in got


def test_a_capitals_dateline_still_gives_its_countrys_offices(graph_of):
    got = facts(graph_of(
        "OSLO (Reuters) - Norway will raise its defence budget, Prime Minister Ada Rhee said "
        "on Monday.\n\n"
        "Rhee said the rise would be paid for by the oil fund. Finance Minister Ivo Kask "
        "agreed."
    ))
    assert ("Ada Rhee", "leaderOf", "Norway") in got


def test_a_capital_and_a_colon_date_a_story_like_a_dash(graph_of):
    got = facts(graph_of(
        "New Delhi: Prime Minister Femi Okafor on Saturday met Bangladesh's Prime Minister "
        "Elsa Lind and focused on trade. \"PM Okafor warmly welcomed Bangladesh PM Elsa Lind "
        "on her visit to India,\" a spokesman said.\n\n"
        "India and Bangladesh will sign pacts on Saturday. Bangladesh's prime minister is "
        "also scheduled to meet President Tomas Berg. Bangladesh will also sign deals on "
        "power."
    ))
    assert ("Tomas Berg", "leaderOf", "Bangladesh") not in got
    assert ("Femi Okafor", "leaderOf", "Bangladesh") not in got
    assert ("Elsa Lind", "leaderOf", "Bangladesh") in got


# -- "X met his Norwegian counterpart Y": X's office is another country's


@pytest.mark.parametrize("sentence", [
    "Prime Minister Femi Okafor on Wednesday met his Norwegian counterpart Per Vik in Oslo. "
    "Norway and Norway's partners welcomed the talks, and Norway said more would follow.",
    "Prime Minister Femi Okafor held talks with his counterpart from Norway, Per Vik. Norway "
    "and Norway's partners welcomed the talks, and Norway said more would follow.",
])
def test_a_counterparts_country_is_not_the_names(graph_of, sentence):
    got = facts(graph_of(sentence))
    assert ("Femi Okafor", "leaderOf", "Norway") not in got


@pytest.mark.parametrize("sentence", [
    "The Saudi minister referred to a statement by his Russian counterpart, Energy Minister "
    "Pavel Orlov, last week.",
    "The Saudi minister referred to a statement by his Russian counterpart, Foreign Affairs "
    "Minister Pavel Orlov, last week.",
    "The Saudi minister met his Russian counterpart, Pavel Orlov, last week.",
])
def test_a_counterpart_with_a_title_of_his_own_is_of_the_counterparts_country(graph_of,
                                                                               sentence):
    assert ("Pavel Orlov", "memberOf", "Russia") in facts(graph_of(sentence))


def test_a_title_after_a_comma_and_a_list_is_not_the_counterparts(graph_of):
    # the counterpart is the first name; the energy minister after "and" is another man
    got = facts(graph_of(
        "The Saudi minister met his Russian counterpart, Pavel Orlov, and Energy Minister "
        "Ivan Sokol last week."))
    assert ("Ivan Sokol", "memberOf", "Russia") not in got


# -- a headline's comma stands for "and"


@pytest.mark.parametrize("headline, wrong", [
    ("Okafor meets Lind, Norwegian premier; discusses trade", ("Elsa Lind", "leaderOf",
                                                              "Norway")),
    ("Kessler, EU trade chief discuss tariffs", ("Anders Kessler", "memberOf", "EU")),
])
def test_a_title_after_a_comma_in_a_headline_is_another_persons(graph_of, headline, wrong):
    got = facts(graph_of(
        headline + "\n\n"
        "Prime Minister Femi Okafor on Wednesday met Elsa Lind, Sweden's trade minister, and "
        "Chile's Foreign Minister Anders Kessler, who discussed tariffs with him."
    ))
    assert wrong not in got


def test_a_headline_apposition_closed_by_a_comma_holds(graph_of):
    got = facts(graph_of(
        "Elsa Lind, Norway's prime minister, visits Chile\n\n"
        "Elsa Lind arrived in Santiago on Monday for talks on trade."
    ))
    assert ("Elsa Lind", "leaderOf", "Norway") in got


# -- "A, the President of X, B, …": in a list of titled names the title goes with B


def test_a_title_between_two_names_of_a_list_is_the_next_ones(graph_of):
    got = facts(graph_of(
        "He will hold talks with Chilean Foreign Minister Jan Berg, the President of the "
        "Velland Council, Rosa Mint, and the head of the Green group, Ada Rhee."
    ))
    assert ("Jan Berg", "leaderOf", "Velland Council") not in got
    assert ("Jan Berg", "memberOf", "Chile") in got


def test_a_title_closed_before_a_verb_is_the_names(graph_of):
    got = facts(graph_of(
        "Foreign Minister Jan Berg, the leader of the Velland Party, met Ada Rhee on Monday."
    ))
    assert ("Jan Berg", "leaderOf", "Velland Party") in got


# -- sanctions a government is still debating are not imposed


def test_sanctions_under_debate_are_not_imposed(graph_of):
    graph = graph_of(
        "The White House is continuing to debate placing additional sanctions on Russia, "
        "officials said on Monday."
    )
    assert ("White House", "sanctioned", "Russia") not in facts(graph)


def test_sanctions_imposed_after_a_debate_are(graph_of):
    got = facts(graph_of(
        "The United States imposed sanctions on Russia on Monday after a long debate."
    ))
    assert ("United States", "sanctioned", "Russia") in got


# -- "Halvard Bank Finance Director X": the director of one function, not the company's head


@pytest.mark.parametrize("title", ["Finance Director", "Sporting Director"])
def test_a_functions_director_is_a_member(graph_of, title):
    got = facts(graph_of(
        f"Halvard Bank {title} Ada Rhee said on Tuesday that the bank set aside more money."
    ))
    assert ("Ada Rhee", "leaderOf", "Halvard Bank") not in got
    assert ("Ada Rhee", "memberOf", "Halvard Bank") in got


@pytest.mark.parametrize("title", ["Managing Director", "Chief Executive"])
def test_a_companys_head_stays_its_leader(graph_of, title):
    got = facts(graph_of(
        f"Halvard Bank {title} Ada Rhee said on Tuesday that the bank set aside more money."
    ))
    assert ("Ada Rhee", "leaderOf", "Halvard Bank") in got


# -- "…, after which they met": the noun a relative clause hangs on is when, not whom


def test_a_noun_before_after_which_is_not_met(graph_of):
    got = facts(graph_of(
        "Prime Minister Ada Rhee has begun talks with her Chilean counterpart Ivo Kask. "
        "Earlier Rhee was received at the Great Hall and accorded a ceremonial Guard of "
        "Honour, after which the two leaders met for restricted delegation talks."
    ))
    assert not {(s, o) for s, p, o in got if p == "met" and "Guard of Honour" in (s, o)}
    assert ("Ada Rhee", "met", "Ivo Kask") in got


def test_a_meeting_after_which_clause_keeps_its_object(graph_of):
    got = facts(graph_of("The ministers attended a dinner, after which Ada Rhee met Ivo Kask."))
    assert ("Ada Rhee", "met", "Ivo Kask") in got


# -- a bulleted list's item that names someone and says who they are is prose, no headline


def test_a_described_list_item_is_no_headline(graph_of):
    graph = graph_of(
        "Lorvane Systems has elected three new members to its board of directors.\n\n"
        "The new members are:\n"
        "- Tamsin Aldridge, CFO of Brightwell Foods\n"
        "- Peter Lindqvist, the CEO of Harlow Hotels International\n\n"
        "Lorvane Systems shares rose."
    )
    got = facts(graph)
    assert ("Peter Lindqvist", "leaderOf", "Harlow Hotels International") in got
    assert "Harlow Hotels International" in entities(graph)


def test_a_headline_over_a_list_stays_a_headline(graph_of):
    # the headline's names still need the story to name them
    graph = graph_of(
        "Harlow Hotels, Brightwell Foods Named In Probe\n\n"
        "Regulators opened an inquiry on Monday into pricing at two hotel groups.\n\n"
        "- Prices rose 40 percent\n- Fees were hidden\n"
    )
    assert "Harlow Hotels" not in entities(graph)


# -- peers listed each with the country they come from


def test_each_counterpart_is_of_the_country_after_their_name(graph_of):
    got = facts(graph_of(
        "The foreign ministers of Norway, Chile and Kenya met on Saturday, the first such "
        "meeting in Chile since 2019. Chile hosted it. "
        "Foreign Minister Arne Holmsen and his counterparts Rosa Mendel from Chile and Peter "
        "Otieno from Kenya met in Kelvik for the first trilateral meeting."
    ))
    assert ("Rosa Mendel", "memberOf", "Chile") in got
    assert ("Peter Otieno", "memberOf", "Kenya") in got
    assert ("Arne Holmsen", "memberOf", "Chile") not in got  # the peers' country is not his
    assert ("Arne Holmsen", "memberOf", "Kenya") not in got


def test_people_from_a_country_who_are_no_peers_are_not_placed(graph_of):
    got = facts(graph_of(
        "The delegates Rosa Mendel from Chile and Peter Otieno from Kenya arrived in Kelvik "
        "on Monday."
    ))
    assert ("Rosa Mendel", "memberOf", "Chile") not in got
    assert ("Peter Otieno", "memberOf", "Kenya") not in got


# -- a title-case dateline with its date and agency: "Taipei, July 10 (CNA) …"


def test_a_title_case_dateline_with_an_agency_is_the_story_s_capital(graph_of):
    got = facts(graph_of(
        "Taipei, July 10 (CNA) A visit to allies by President Chen Wei-ming and a stopover "
        "in the United States is being planned, said Foreign Minister Wu Kuo-hua. The "
        "president will visit Taiwan's allies. The U.S. has not commented. Washington said "
        "the U.S. welcomed the plan."
    ))
    assert ("Chen Wei-ming", "leaderOf", "United States") not in got


def test_a_title_case_city_and_date_with_no_agency_is_no_dateline(graph_of):
    # "Paris, May 3" opening a line of prose names no desk the story was filed from
    got = facts(graph_of(
        "Oslo, May 3 was the day the talks opened. Norway's Prime Minister Ada Rhee "
        "welcomed President Ivo Kask of Estonia. Estonia and Norway signed a deal."
    ))
    assert ("Ivo Kask", "leaderOf", "Estonia") in got
    assert ("Ivo Kask", "leaderOf", "Norway") not in got


def test_a_dateline_with_an_agency_of_two_words(graph_of):
    got = facts(graph_of(
        "Tokyo, May 11 (Jiji Press) -- Japan has protested to China over an incident last "
        "week, Chief Cabinet Secretary Kenji Sato said on Monday."
    ))
    assert ("Kenji Sato", "memberOf", "Japan") in got


# -- a leader's counterpart leads the other country; a minister's is one of its government


@pytest.mark.parametrize("text", [
    "Prime Minister Ravi Menon and his Japanese counterpart Kenji Arata held talks on trade.",
    "Indian Prime Minister Ravi Menon met his Japanese counterpart, Kenji Arata, on Monday.",
    "Indian President Ravi Menon held talks with his Japanese counterpart Kenji Arata.",
])
def test_a_leader_s_counterpart_leads_the_other_country(graph_of, text):
    got = facts(graph_of(text))
    assert ("Kenji Arata", "leaderOf", "Japan") in got
    assert ("Kenji Arata", "memberOf", "Japan") not in got


@pytest.mark.parametrize("text", [
    "Indian Foreign Minister Ravi Menon met his Japanese counterpart, Kenji Arata, on Monday.",
    "Vice President Ravi Menon held talks with his Japanese counterpart Kenji Arata.",
    "Deputy Prime Minister Ravi Menon met his Japanese counterpart Kenji Arata in Tokyo.",
])
def test_a_minister_s_or_deputy_s_counterpart_is_one_of_the_government(graph_of, text):
    got = facts(graph_of(text))
    assert ("Kenji Arata", "leaderOf", "Japan") not in got
    assert ("Kenji Arata", "memberOf", "Japan") in got


def test_a_counterpart_of_a_president_leads_even_when_his_is_read_as_a_broadcaster(graph_of):
    got = facts(graph_of(
        "State broadcaster Harbour Radio International said in an editorial that the move "
        "violated the consensus reached by US President Ivo Brant and his Chinese counterpart, "
        "Mr Pavel Orlenko, in Argentina last December."
    ))
    assert ("Pavel Orlenko", "leaderOf", "China") in got


def test_a_counterpart_of_a_foreign_minister_is_only_a_member(graph_of):
    got = facts(graph_of(
        "Foreign Minister Ivo Brant of the US and his Chinese counterpart, Mr Pavel Orlenko, "
        "met in Lima."
    ))
    assert ("Pavel Orlenko", "leaderOf", "China") not in got


@pytest.mark.parametrize("title, predicate", [
    ("president", "leaderOf"),
    ("prime minister", "leaderOf"),
    ("foreign minister", "memberOf"),
])
def test_the_countrys_title_before_a_name_is_of_the_country_just_named(graph_of, title,
                                                                       predicate):
    got = facts(graph_of(
        f"Kenya has been hit hard by floods. The country's {title} Pavel Orlenko asked for help."
    ))
    assert ("Pavel Orlenko", predicate, "Kenya") in got


@pytest.mark.parametrize("title", ["former president", "deputy prime minister"])
def test_the_countrys_former_or_deputy_title_gives_no_lead(graph_of, title):
    got = facts(graph_of(
        f"Kenya has been hit hard by floods. The country's {title} Pavel Orlenko asked for help."
    ))
    assert ("Pavel Orlenko", "leaderOf", "Kenya") not in got


def test_the_partys_president_is_not_the_countrys(graph_of):
    got = facts(graph_of(
        "Kenya has been hit hard by floods. The party's president Pavel Orlenko asked for help."
    ))
    assert ("Pavel Orlenko", "leaderOf", "Kenya") not in got
