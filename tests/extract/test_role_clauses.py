"""Roles written in appositions, possessives and relative clauses beside a name, on
sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_spokesperson_for_a_named_company(graph_of):
    g = graph_of(
        "Dario Venn, a spokesperson for Brightfield Holdings, said the company would reply. "
        "A spokesman for Norland Rail, Piet Hals, said trains would run on Monday."
    )
    got = facts(g)
    assert ("Dario Venn", "spokespersonOf", "Brightfield Holdings") in got
    assert ("Piet Hals", "spokespersonOf", "Norland Rail") in got
    assert entities(g)["Brightfield Holdings"] == "Organization"


def test_a_portfolio_after_for_is_still_no_body(graph_of):
    g = graph_of("Commissioner for Trade Maros Hruby said the talks with Kenya were over.")
    assert not {f for f in facts(g) if f[2] == "Trade"}
    assert "Trade" not in entities(g)


def test_an_age_between_the_name_and_its_title(graph_of):
    g = graph_of(
        "Brightfield Holdings said on Monday that profit doubled. "
        "Marta Zelin, 54, the managing director of Brightfield Holdings, said demand was strong. "
        "Arvo Pell, 61, the company's finance director, said costs fell."
    )
    got = facts(g)
    assert ("Marta Zelin", "leaderOf", "Brightfield Holdings") in got
    assert ("Arvo Pell", "memberOf", "Brightfield Holdings") in got


def test_an_age_gives_no_title_of_another_name(graph_of):
    g = graph_of(
        "Ruth Falk, 34, and Piet Vos, the chairman of Teller Bank, signed the letter. "
        "Jonas Pike, 45, the son of a Teller Bank director, was not there."
    )
    got = facts(g)
    assert ("Piet Vos", "leaderOf", "Teller Bank") in got
    assert not {f for f in got if f[0] in {"Ruth Falk", "Jonas Pike"} and f[2] == "Teller Bank"}


def test_its_hyphenated_title_after_a_comma(graph_of):
    g = graph_of(
        "Paul Ekdahl, president of the Nordic Fisheries Council, and Mia Sund, its "
        "vice-president, signed a letter to the ministry."
    )
    got = facts(g)
    assert ("Paul Ekdahl", "leaderOf", "Nordic Fisheries Council") in got
    assert ("Mia Sund", "memberOf", "Nordic Fisheries Council") in got
    assert ("Mia Sund", "leaderOf", "Nordic Fisheries Council") not in got


def test_who_leads_a_countrys_delegation_is_one_of_its_people(graph_of):
    g = graph_of(
        "Talks between Norway and Iceland resumed in Geneva on Monday. "
        "Ludmila Orsova, who leads Norway's delegation, said the draft was acceptable. "
        "Sven Dahl, who heads the Icelandic negotiating team, said more time was needed. "
        "Tor Vidar, who leads the Norwegian Fishermen's Association, also spoke."
    )
    got = facts(g)
    assert ("Ludmila Orsova", "memberOf", "Norway") in got
    assert ("Sven Dahl", "memberOf", "Iceland") in got
    assert ("Ludmila Orsova", "leaderOf", "Norway") not in got
    assert ("Tor Vidar", "leaderOf", "Norwegian Fishermen's Association") in got
    assert ("Tor Vidar", "memberOf", "Norway") not in got


def test_who_led_a_delegation_once_or_met_its_head_is_none_of_its_people(graph_of):
    g = graph_of(
        "Talks between Norway and Iceland resumed in Geneva on Monday. "
        "Ola Brun, who led Norway's team in 2019, was not there. "
        "Eva Holm, who met the head of Iceland's delegation, said nothing."
    )
    got = facts(g)
    assert ("Ola Brun", "memberOf", "Norway") not in got
    assert ("Eva Holm", "memberOf", "Iceland") not in got


def test_who_represents_a_country(graph_of):
    g = graph_of(
        "Talks between Norway and Iceland resumed in Geneva on Monday. "
        "Lise Ardal, who represents Iceland at the talks, said her country wanted more time. "
        "Nils Berg represented Norway at the signing. "
        "Kari Lund, a lawyer who represents Teller Bank, declined to comment."
    )
    got = facts(g)
    assert ("Lise Ardal", "memberOf", "Iceland") in got
    assert ("Nils Berg", "memberOf", "Norway") in got
    assert not {f for f in got if f[0] == "Kari Lund"}


def test_not_representing_a_country_is_no_role(graph_of):
    g = graph_of("Eva Holm does not represent Norway at the talks in Geneva.")
    assert ("Eva Holm", "memberOf", "Norway") not in facts(g)


def test_a_plural_title_of_a_possessive_across_its_portfolios(graph_of):
    g = graph_of(
        "Norway's foreign and fisheries ministers, Rita Maas and Hugo Lind, attended the "
        "opening in Geneva. Iceland's opposition leaders, Sara Ekholm and Tor Vidar, stayed away."
    )
    got = facts(g)
    assert ("Rita Maas", "memberOf", "Norway") in got
    assert ("Hugo Lind", "memberOf", "Norway") in got
    assert ("Sara Ekholm", "memberOf", "Iceland") in got
    assert ("Sara Ekholm", "leaderOf", "Iceland") not in got


def test_a_plural_title_after_another_noun_phrase_is_not_the_possessives(graph_of):
    g = graph_of(
        "Norway's team and the ministers, Lena Orlik and Piet Hals, left the talks in Geneva early."
    )
    assert not {f for f in facts(g) if f[0] in {"Lena Orlik", "Piet Hals"} and f[2] == "Norway"}


def test_the_chief_of_staff_of_a_named_person_advises_them(graph_of):
    g = graph_of(
        "Iceland and Norway signed the fishing deal in Geneva on Monday. "
        "Mika Tanner, the chief of staff of Icelandic Prime Minister Ola Brun, joined later. "
        "Sara Lind, chief of staff to Norwegian Prime Minister Hans Vik, said it was fair."
    )
    got = facts(g)
    assert ("Mika Tanner", "advisorOf", "Ola Brun") in got
    assert ("Sara Lind", "advisorOf", "Hans Vik") in got
    assert ("Mika Tanner", "leaderOf", "Iceland") not in got
    assert ("Ola Brun", "leaderOf", "Iceland") in got


def test_the_chief_of_staff_of_a_body_or_beside_a_name_advises_no_one(graph_of):
    g = graph_of(
        "Nils Berg, the chief of staff of the Norwegian army, met Prime Minister Hans Vik in Oslo."
    )
    assert not {f for f in facts(g) if f[1] == "advisorOf"}


def test_a_party_written_whole_in_brackets_after_a_name(graph_of):
    g = graph_of(
        "The Danish parliament voted on the budget on Tuesday. Opposition leader Hana Kirsch "
        "(Social Democrats) criticised the plan. Lars Holm (Liberal Alliance) backed it. "
        "Pia Dahl (Nordic Bank) declined to comment."
    )
    got = facts(g)
    assert ("Hana Kirsch", "memberOf", "Social Democrats") in got
    assert ("Lars Holm", "memberOf", "Liberal Alliance") in got
    assert not {f for f in got if f[0] == "Pia Dahl"}


def test_the_bloc_is_the_one_union_the_article_names(graph_of):
    g = graph_of(
        "The European Union agreed new sanctions on Monday. "
        "Jan Vortek, the bloc's foreign policy chief, said a deal was near. "
        "The bloc's trade commissioner, Eva Lund, said tariffs would follow."
    )
    got = facts(g)
    assert ("Jan Vortek", "memberOf", "European Union") in got
    assert ("Eva Lund", "memberOf", "European Union") in got


def test_the_bloc_with_two_unions_named_is_neither(graph_of):
    g = graph_of(
        "The European Union and the African Union met in Addis Ababa on Monday. "
        "Jan Vortek, the bloc's foreign policy chief, said a deal was near."
    )
    assert not {f for f in facts(g) if f[0] == "Jan Vortek"}


def test_a_head_of_an_organisation_in_apposition_is_of_the_story_s_company(graph_of):
    g = graph_of(
        "Halden Group said on Tuesday that its finance chief would leave. Halden Group shares "
        "fell. Piet Vos, Chairman and Chief Executive, said a successor would be found."
    )
    assert ("Piet Vos", "leaderOf", "Halden Group") in facts(g)


def test_a_head_in_apposition_is_not_of_a_company_the_story_is_not_about(graph_of):
    g = graph_of(
        "Halden Group said on Tuesday that it would buy a stake in Orvik Stores. Orvik Stores "
        "shares rose. Orvik Stores had been for sale for a year. "
        "Piet Vos, Chairman and Chief Executive, said the deal was good."
    )
    assert not {f for f in facts(g) if f[0] == "Piet Vos"}


def test_one_of_a_bodys_officers_is_a_member(graph_of):
    g = graph_of(
        "The Unity Party chose a new leader in Oslo on Monday. "
        "Carl Eriksen, one of the party's vice-presidents, said the vote was fair. "
        "Lena Ruud, one of the Unity Party's founders, left the hall. "
        "Sara Holm, one of the Unity Party's spokespeople, read the result."
    )
    got = facts(g)
    assert ("Carl Eriksen", "memberOf", "Unity Party") in got
    assert ("Lena Ruud", "memberOf", "Unity Party") in got
    assert ("Lena Ruud", "leaderOf", "Unity Party") not in got
    assert ("Sara Holm", "spokespersonOf", "Unity Party") in got


def test_one_of_its_former_officers_or_of_several_candidates_is_no_role(graph_of):
    g = graph_of(
        "The Unity Party chose a new leader in Oslo on Monday. "
        "Omar Haddad, one of the party's former leaders, stayed away. "
        "Nils Dahl, one of three candidates, conceded."
    )
    got = facts(g)
    assert not {f for f in got if f[0] in {"Omar Haddad", "Nils Dahl"}}


@pytest.mark.parametrize(("text", "fact"), [
    ("Carl Eriksen is one of the Kestrel Front's senior commanders.",
     ("Carl Eriksen", "memberOf", "Kestrel Front")),
    ("Carl Eriksen remains one of the Unity Party's most senior lawmakers.",
     ("Carl Eriksen", "memberOf", "Unity Party")),
    ("Carl Eriksen is one of several senior Kestrel Front commanders, the statement said.",
     ("Carl Eriksen", "memberOf", "Kestrel Front")),
    ("Carl Eriksen has been one of Brandt Logistics' directors since 2019.",
     ("Carl Eriksen", "memberOf", "Brandt Logistics")),
])
def test_one_of_a_bodys_officers_said_of_the_name_is_a_member(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Carl Eriksen was one of several senior Kestrel Front commanders, the statement said.",
    "Carl Eriksen is not one of the Kestrel Front's commanders.",
    "Carl Eriksen is one of the Kestrel Front's fiercest critics.",
    "Carl Eriksen is one of the Kestrel Front's former commanders.",
])
def test_one_of_a_bodys_officers_in_the_past_negated_or_no_title_is_no_role(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Carl Eriksen"}


def test_a_title_after_an_acronym_in_brackets_is_in_the_same_sentence(graph_of):
    g = graph_of(
        "The United States imposed new sanctions on Thursday. Office of Foreign Assets "
        "Control (OFAC) Director Ada Lenz said more designations would follow."
    )
    assert ("Ada Lenz", "leaderOf", "Office of Foreign Assets Control") in facts(g)


def test_a_sentence_after_a_bracket_still_starts(nlp):
    doc = nlp("Talks ended in Geneva (see below). Officials left the city on Friday.")
    assert len(list(doc.sents)) == 2


def test_who_led_a_countrys_side_is_one_of_its_people(graph_of):
    g = graph_of(
        "Norway and Iceland held talks in Geneva on Sunday. The Norwegian delegation was led "
        "by Marta Lund, and the Icelandic side was led by Pall Arason and Sigrun Dagsdottir."
    )
    got = facts(g)
    assert ("Marta Lund", "memberOf", "Norway") in got
    assert ("Pall Arason", "memberOf", "Iceland") in got
    assert ("Sigrun Dagsdottir", "memberOf", "Iceland") in got
    assert ("Marta Lund", "leaderOf", "Norway") not in got


def test_who_led_talks_once_is_no_ones_member(graph_of):
    g = graph_of(
        "Norway and Iceland held talks in Geneva on Sunday. The talks were led by Marta Lund "
        "and Pall Arason."
    )
    assert not {f for f in facts(g) if f[0] in {"Marta Lund", "Pall Arason"}}


def test_a_plural_title_after_a_country_before_a_list_of_names(graph_of):
    g = graph_of(
        "Ukraine and the United States agreed on a revised plan in Geneva on Sunday. "
        "U.S. envoys Sam Whitford and Jared Kessel began drafting it in October. "
        "Norwegian ministers Rita Maas and Hugo Lind welcomed it."
    )
    got = facts(g)
    assert ("Sam Whitford", "memberOf", "United States") in got
    assert ("Jared Kessel", "memberOf", "United States") in got
    assert ("Rita Maas", "memberOf", "Norway") in got
    assert ("Hugo Lind", "memberOf", "Norway") in got


def test_former_envoys_before_a_list_hold_no_role(graph_of):
    g = graph_of(
        "Former U.S. envoys Sam Whitford and Jared Kessel criticised the plan in Geneva."
    )
    assert not {f for f in facts(g) if f[1] == "memberOf"}


def test_the_members_a_delegation_included(graph_of):
    g = graph_of(
        "Ukraine and the United States agreed on a revised plan in Geneva on Sunday. "
        "The U.S. delegation in Geneva included Secretary of State Marco Delaney and Special "
        "Envoy Sam Whitford. The Ukrainian delegation, which included Rustam Oleksenko and "
        "Andriy Horbenko, flew home on Monday."
    )
    got = facts(g)
    assert ("Marco Delaney", "memberOf", "United States") in got
    assert ("Sam Whitford", "memberOf", "United States") in got
    assert ("Rustam Oleksenko", "memberOf", "Ukraine") in got
    assert ("Andriy Horbenko", "memberOf", "Ukraine") in got


def test_what_a_plan_or_a_meeting_included_makes_no_members(graph_of):
    g = graph_of(
        "Ukraine and the United States agreed on a revised plan in Geneva on Sunday. "
        "The U.S. plan included a call by Marco Delaney for elections. The meeting included "
        "Rustam Oleksenko and Andriy Horbenko."
    )
    assert not {f for f in facts(g) if f[1] == "memberOf"}


def test_the_top_party_member_in_a_chamber_or_on_a_committee(graph_of):
    g = graph_of(
        "The House voted on the budget on Tuesday, and Democrats opposed it. "
        "Hakeem Jeffers, the top Democrat in the House, said his party would not back it. "
        "Rosa DeLuca, the ranking Democrat on the House Appropriations Committee, called it "
        "a disaster."
    )
    got = facts(g)
    assert ("Hakeem Jeffers", "memberOf", "Democratic Party") in got
    assert ("Hakeem Jeffers", "memberOf", "House") in got
    assert ("Rosa DeLuca", "memberOf", "House Appropriations Committee") in got
    assert ("Rosa DeLuca", "memberOf", "Democratic Party") in got


def test_a_former_party_member_or_one_who_met_the_top_one_is_none(graph_of):
    g = graph_of(
        "The House voted on the budget on Tuesday, and Republicans backed it. "
        "Ann Vale, a former Republican, left the chamber. "
        "Tom Ruiz met the top Republican in the House on Monday."
    )
    got = facts(g)
    assert not {f for f in got if f[0] in {"Ann Vale", "Tom Ruiz"} and f[1] == "memberOf"}


def test_whom_the_board_named_to_an_office(graph_of):
    g = graph_of(
        "Halden Group reported a loss on Monday. Halden Group shares fell. "
        "Bakyt Sadykov, whom the board named chief executive in March, said costs would fall. "
        "Ana Roe, whom the board criticised in March, said nothing."
    )
    got = facts(g)
    assert ("Bakyt Sadykov", "leaderOf", "Halden Group") in got
    assert not {f for f in got if f[0] == "Ana Roe"}


def test_a_title_after_a_name_the_parser_made_its_modifier(graph_of):
    g = graph_of(
        "China and Japan held talks in Beijing on Wednesday. Wi Sung-ho, national security "
        "adviser to South Korean President Lee Jae-min, also attended."
    )
    got = facts(g)
    assert ("Wi Sung-ho", "advisorOf", "Lee Jae-min") in got
    assert ("Wi Sung-ho", "leaderOf", "South Korea") not in got


def test_who_led_a_countrys_team_in_the_talks_told_of(graph_of):
    g = graph_of(
        "Israel and Hamas held talks in Cairo on Thursday. Ron Derman, a close confidant of "
        "the prime minister, led the Israeli team. Dana Weiss led the talks for a day."
    )
    got = facts(g)
    assert ("Ron Derman", "memberOf", "Israel") in got
    assert not {f for f in got if f[0] == "Dana Weiss"}


def test_joined_titles_and_a_style_before_the_name(graph_of):
    g = graph_of(
        "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Khalid Al Sani said "
        "progress in the talks in Doha was slow."
    )
    assert ("Mohammed bin Khalid Al Sani", "leaderOf", "Qatar") in facts(g)


def test_a_deputy_prime_minister_and_minister_leads_nothing(graph_of):
    g = graph_of(
        "Qatari Deputy Prime Minister and Defence Minister Khalid Al Attar said the talks in "
        "Doha were slow."
    )
    got = facts(g)
    assert ("Khalid Al Attar", "memberOf", "Qatar") in got
    assert ("Khalid Al Attar", "leaderOf", "Qatar") not in got


def test_the_chief_executive_before_a_name_is_of_the_story_s_company(graph_of):
    g = graph_of(
        "Halden Group reported a loss on Monday. Halden Group shares fell. The new owners "
        "confirmed that the chief executive, Piet Vos, would stay in his post."
    )
    assert ("Piet Vos", "leaderOf", "Halden Group") in facts(g)


def test_the_chief_executive_of_a_story_first_about_another_body_is_left_alone(graph_of):
    g = graph_of(
        "The Harbour Conduct Authority fined Orvik Stores on Monday. Orvik Stores shares fell "
        "and Orvik Stores said it would appeal. The new owners confirmed that the chief "
        "executive, Piet Vos, would stay in his post."
    )
    assert not {f for f in facts(g) if f[0] == "Piet Vos"}


@pytest.mark.parametrize("text", [
    "Dunmore Rovers were sold on Friday. The fund paid 40 million euros for Dunmore Rovers. "
    "The new owners said the coach, Ruben Astigarra, would lead the team next season.",
    "Dunmore Rovers lost 2-0 on Saturday. Dunmore Rovers are now fifth in the league. "
    "Ruben Astigarra, the sporting director, said the team had played badly.",
])
def test_a_club_s_title_with_the_is_of_the_story_s_club(graph_of, text):
    assert ("Ruben Astigarra", "memberOf", "Dunmore Rovers") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # any coach: "a" names no post of the club
    "Dunmore Rovers lost 2-0 on Saturday. Dunmore Rovers are now fifth in the league. "
    "Ruben Astigarra, a youth coach, said the team had played badly.",
    # two clubs named as often: whose coach is not said
    "Dunmore Rovers and Castelmar United drew 1-1 on Saturday. The coach, Ruben Astigarra, "
    "said the team had played badly.",
    # held no more
    "Dunmore Rovers lost 2-0 on Saturday. Dunmore Rovers are now fifth in the league. "
    "The former coach, Ruben Astigarra, said the team had played badly.",
])
def test_a_club_s_title_of_no_single_club_or_held_no_more(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Ruben Astigarra"}


def test_who_has_been_holds_the_office_now_and_the_clause_may_follow_the_apposition(graph_of):
    g = graph_of(
        "The result was announced by Nikos Petrou, the Cypriot finance minister, who has been "
        "acting president of the Nordic Council since May."
    )
    assert ("Nikos Petrou", "leaderOf", "Nordic Council") in facts(g)
    past = graph_of(
        "The result was announced by Nikos Petrou, the Cypriot finance minister, who had "
        "been president of the Nordic Council until May."
    )
    assert ("Nikos Petrou", "leaderOf", "Nordic Council") not in facts(past)


def test_a_pronoun_that_is_titled_now_gives_its_antecedent_the_role(graph_of):
    g = graph_of(
        "Nikos Petrou was elected on Thursday. At home he is a member of the centre-right "
        "Unity party, although he started out on the left. "
        "Ana Ruiz spoke on Monday. She is the chair of the Marlow Foundation. She was a "
        "member of the Green Party until 2019, and she is not a member of the Civic Party."
    )
    got = facts(g)
    assert ("Nikos Petrou", "memberOf", "Unity party") in got
    assert ("Ana Ruiz", "leaderOf", "Marlow Foundation") in got
    assert ("Ana Ruiz", "memberOf", "Green Party") not in got
    assert ("Ana Ruiz", "memberOf", "Civic Party") not in got


def test_regarded_as_a_title_is_the_names_title_but_once_seen_as_is_past(graph_of):
    g = graph_of(
        "Boris Kalnin, long regarded as President Ivo Marek's closest ally, led the team in "
        "Geneva. Tom Rask, once seen as Lena Ost's closest ally, stayed home. "
        "Pavel Hrin, described as a rival of Jan Berg, left."
    )
    got = facts(g)
    assert ("Boris Kalnin", "allyOf", "Ivo Marek") in got or (
        "Ivo Marek", "allyOf", "Boris Kalnin") in got
    assert not {(s, p, o) for s, p, o in got if "Tom Rask" in (s, o) and p == "allyOf"}
    assert not {(s, p, o) for s, p, o in got if "Pavel Hrin" in (s, o) and p == "allyOf"}


def test_each_of_two_subjects_runs_the_body(graph_of):
    got = facts(graph_of("Ana Roe and Tom Hale lead the Nordic Grain Council."))
    assert ("Ana Roe", "leaderOf", "Nordic Grain Council") in got
    assert ("Tom Hale", "leaderOf", "Nordic Grain Council") in got
    got = facts(graph_of("Ana Roe, who heads the Marlow Foundation, and Tom Hale spoke."))
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") not in got


def test_has_co_chaired_is_a_present_role(graph_of):
    got = facts(graph_of("Ana Roe has co-chaired the Nordic Grain Council since 2019."))
    assert ("Ana Roe", "leaderOf", "Nordic Grain Council") in got
    got = facts(graph_of("Ana Roe co-chaired the Nordic Grain Council in 2010."))
    assert ("Ana Roe", "leaderOf", "Nordic Grain Council") not in got


def test_the_body_a_relative_clause_says_one_runs(graph_of):
    got = facts(graph_of("The Marlow Foundation, which Ana Roe has led since 2019, met."))
    assert ("Ana Roe", "leaderOf", "Marlow Foundation") in got
    got = facts(graph_of("The Marlow Foundation, which Ana Roe led in 2010, met."))
    assert ("Ana Roe", "leaderOf", "Marlow Foundation") not in got


@pytest.mark.parametrize("text", [
    "Ivo Marek is a rare breed of diplomat. He is also a man of commerce, as head of the "
    "Norland Investment Fund, and a good fit for the talks.",
    "Ivo Marek is a rare breed of diplomat. As head of the Norland Investment Fund, he has "
    "met many investors.",
    "Ivo Marek has met many investors as head of the Norland Investment Fund.",
    "Ivo Marek, who as head of the Norland Investment Fund has met many investors, arrived "
    "on Monday.",
])
def test_an_as_phrase_gives_the_clause_s_subject_the_office(graph_of, text):
    assert ("Ivo Marek", "leaderOf", "Norland Investment Fund") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ivo Marek arrived on Monday. He served as head of the Norland Investment Fund until 2019.",
    "Ivo Marek has met many investors as former head of the Norland Investment Fund.",
    "Ivo Marek arrived on Monday. He is not acting as head of the Norland Investment Fund.",
    "Ivo Marek arrived on Monday. He regards Ada Rhee as head of the Norland Investment Fund.",
    "Ivo Marek arrived on Monday. He sees her as head of the Norland Investment Fund.",
])
def test_an_as_phrase_of_a_post_held_once_or_denied_gives_none(graph_of, text):
    assert ("Ivo Marek", "leaderOf", "Norland Investment Fund") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Idris Kamau, who commands the Rapid Shield Forces, rejected the truce.",
    "The Rapid Shield Forces, commanded by Idris Kamau, rejected the truce.",
    "The Rapid Shield Forces, under the command of Idris Kamau, rejected the truce.",
    "The Rapid Shield Forces, under the leadership of Idris Kamau, are divided over the deal.",
    "The Rapid Shield Forces are thriving under the leadership of Idris Kamau.",
])
def test_who_commands_a_force_or_leads_a_body_it_is_under(graph_of, text):
    assert ("Idris Kamau", "leaderOf", "Rapid Shield Forces") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Idris Kamau commanded the Rapid Shield Forces in 2003.",  # a past command
    "Idris Kamau commands the respect of the Rapid Shield Forces.",  # no force commanded
    "The Rapid Shield Forces grew quickly under the leadership of Idris Kamau.",  # then
    "The Rapid Shield Forces, under the former leadership of Idris Kamau, won the vote.",
])
def test_no_command_or_leadership_now(graph_of, text):
    assert ("Idris Kamau", "leaderOf", "Rapid Shield Forces") not in facts(graph_of(text))


def test_a_body_that_is_chaired_by_the_parser_hung_on_the_verb(graph_of):
    got = facts(graph_of("The envoy also sits on the Harbour Policies Committee that is "
                         "chaired by Gamal Mansour."))
    assert ("Gamal Mansour", "leaderOf", "Harbour Policies Committee") in got


def test_a_body_that_was_chaired_by_someone_once(graph_of):
    got = facts(graph_of("The envoy also sits on the Harbour Policies Committee that was "
                         "chaired by Gamal Mansour until 2010."))
    assert ("Gamal Mansour", "leaderOf", "Harbour Policies Committee") not in got


@pytest.mark.parametrize("text", [
    "Tomas Okello, who has ruled Uganda since 1986, won another term.",
    "Tomas Okello, who rules Uganda, won another term.",
    "Uganda's long-time ruler Tomas Okello won another term.",
    "Tomas Okello, Uganda's long-time ruler, won another term.",
])
def test_who_rules_a_country_leads_it(graph_of, text):
    got = facts(graph_of(text))
    assert ("Tomas Okello", "leaderOf", "Uganda") in got
    assert ("Tomas Okello", "memberOf", "Uganda") not in got


@pytest.mark.parametrize("text", [
    "Tomas Okello ruled Uganda for decades.",  # a past rule told of
    "The judge, Tomas Okello, ruled against the government of Uganda.",
    "Uganda's former ruler Tomas Okello died on Monday.",
])
def test_no_rule_of_a_country_now(graph_of, text):
    assert ("Tomas Okello", "leaderOf", "Uganda") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Myanmar's junta chief Tun Aung Lwin met the envoy.",
    "Mali's junta leader, Colonel Ismael Toure, met the envoy.",
])
def test_the_head_of_a_ruling_junta_leads_the_country(graph_of, text):
    got = facts(graph_of(text))
    assert any(p == "leaderOf" and o in {"Myanmar", "Mali"} for _, p, o in got)


def test_a_juntas_spokesman_leads_nothing(graph_of):
    got = facts(graph_of("Mali's junta spokesman, Colonel Ismael Toure, read the statement."))
    assert not [f for f in got if f[1] == "leaderOf"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kenji Mafuri, as president of the Liberal Democratic Party, promised a swift vote.",
         ("Kenji Mafuri", "leaderOf", "Liberal Democratic Party")),
        ("Lorna Vatsby, as chair of the Finance Committee, opened the hearing on Tuesday.",
         ("Lorna Vatsby", "leaderOf", "Finance Committee")),
        ("Lorna Vatsby, as a member of the Finance Committee, voted against the bill.",
         ("Lorna Vatsby", "memberOf", "Finance Committee")),
    ],
)
def test_an_as_phrase_set_off_after_the_subject_is_a_post_held_now(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenji Mafuri served as president of the Liberal Democratic Party until 2019.",
        "Kenji Mafuri served as president of the Liberal Democratic Party for a decade.",
        "Kenji Mafuri, as president of the Liberal Democratic Party, signed the accord in 2009.",
        "Kenji Mafuri, as former president of the Liberal Democratic Party, criticised it.",
        "Kenji Mafuri, who served as president of the Liberal Democratic Party until 2019, "
        "opened the meeting.",
    ],
)
def test_no_post_from_a_past_term_told_with_as(graph_of, text):
    got = facts(graph_of(text))
    assert ("Kenji Mafuri", "leaderOf", "Liberal Democratic Party") not in got


@pytest.mark.parametrize(
    "text",
    [
        "President Oren Kastel's confidant Tomas Brekke flew to Ankara on Monday.",
        "Tomas Brekke, a longtime confidant of President Oren Kastel, flew to Ankara.",
        "President Oren Kastel met reporters. The president's confidant Tomas Brekke flew "
        "to Ankara on Monday.",
    ],
)
def test_a_confidant_advises_the_one_who_confides(graph_of, text):
    assert ("Tomas Brekke", "advisorOf", "Oren Kastel") in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brekke, a former confidant of President Oren Kastel, flew to Ankara.",
        "Tomas Brekke told a confidant that President Oren Kastel would resign.",
    ],
)
def test_no_confidant_once_or_unnamed(graph_of, text):
    assert ("Tomas Brekke", "advisorOf", "Oren Kastel") not in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Anna Berg, who co-chairs the Nordic Grain Council, said prices fell.",
    "Anna Berg, who co-leads the Nordic Grain Council, said prices fell.",
])
def test_who_co_chairs_a_body_leads_it(graph_of, text):
    assert ("Anna Berg", "leaderOf", "Nordic Grain Council") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "The Nordic Grain Council is co-chaired by Anna Berg and Tomas Lind.",
    "The Nordic Grain Council, which is co-chaired by Anna Berg and Tomas Lind, met.",
    "The Nordic Grain Council, co-chaired by Anna Berg and Tomas Lind, met in Oslo.",
    "The Nordic Grain Council is co-led by Anna Berg and Tomas Lind.",
])
def test_each_of_a_bodys_co_chairs_leads_it(graph_of, text):
    got = facts(graph_of(text))
    assert ("Anna Berg", "leaderOf", "Nordic Grain Council") in got
    assert ("Tomas Lind", "leaderOf", "Nordic Grain Council") in got


@pytest.mark.parametrize("text", [
    "The Nordic Grain Council was co-chaired by Anna Berg and Tomas Lind until 2019.",
    "Anna Berg, who co-chaired the Nordic Grain Council until 2019, said prices fell.",
    "Anna Berg, who co-founded the Nordic Grain Council, said prices fell.",
    "Anna Berg, who co-chairs the council's grain committee, said prices fell.",
])
def test_a_past_co_chair_a_founder_or_a_units_co_chair_leads_no_body(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[1] == "leaderOf" and f[2] == "Nordic Grain Council"}


def test_a_body_led_by_two_without_co_still_has_the_first_at_its_head(graph_of):
    got = facts(graph_of("The Nordic Grain Council, led by Anna Berg and Tomas Lind, met."))
    assert ("Anna Berg", "leaderOf", "Nordic Grain Council") in got


@pytest.mark.parametrize("text", [
    "The Nordic Rowing Union, which is based in Oslo, Norway, and led by Anders Holm, "
    "said it would appeal.",
    "The Nordic Rowing Union, which is based in Oslo, Norway, and led by president "
    "Anders Holm, said it would appeal.",
])
def test_led_by_after_a_relative_clause_and_a_place_shares_its_which_is(graph_of, text):
    assert ("Anders Holm", "leaderOf", "Nordic Rowing Union") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "The Nordic Rowing Union, which was based in Oslo, Norway, and led by Anders Holm, "
    "said it would appeal.",
    "The Nordic Rowing Union, which is based in Oslo, Norway, and founded by Anders "
    "Holm, said it would appeal.",
])
def test_a_past_or_founding_verb_after_a_relative_clause_gives_no_head(graph_of, text):
    got = facts(graph_of(text))
    assert ("Anders Holm", "leaderOf", "Nordic Rowing Union") not in got


@pytest.mark.parametrize("text", [
    "Marcus Delany took the helm of Brightwater Holdings in 2021.",
    "Marcus Delany, who took the helm of Brightwater Holdings in 2021, said costs rose.",
    "Marcus Delany, at the helm of Brightwater Holdings since 2019, said costs rose.",
    "Marcus Delany, who has been at the helm of Brightwater Holdings since 2019, said costs "
    "rose.",
    "Marcus Delany is at the helm of Brightwater Holdings.",
])
def test_who_is_at_the_helm_of_a_body_leads_it(graph_of, text):
    assert ("Marcus Delany", "leaderOf", "Brightwater Holdings") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Marcus Delany was at the helm of Brightwater Holdings from 2010 to 2015.",
    "Marcus Delany, who was at the helm of Brightwater Holdings until 2015, said costs rose.",
    "Marcus Delany is expected to take the helm of Brightwater Holdings next year.",
    "Marcus Delany will take the helm of Brightwater Holdings in May.",
    "Marcus Delany did not take the helm of Brightwater Holdings.",
    "Marcus Delany, who spent a decade at the helm of Brightwater Holdings, said costs rose.",
])
def test_a_past_future_or_denied_helm_is_no_present_lead(graph_of, text):
    assert ("Marcus Delany", "leaderOf", "Brightwater Holdings") not in facts(graph_of(text))


def test_a_body_s_acronym_opening_a_paragraph_before_which_is_no_dateline(graph_of):
    g = graph_of("The vote was postponed.\n\nFIFRA, which is based in Geneva and led by "
                 "president Anders Kovačić, has not commented.\n\nNYON, Switzerland — Talks "
                 "resumed on Friday.")
    assert entities(g)["FIFRA"] == "Organization"
    assert ("Anders Kovačić", "leaderOf", "FIFRA") in facts(g)
    assert entities(g)["Nyon"] == "Place"


def test_a_body_named_elsewhere_opening_a_sentence_before_which_is_still_the_body(graph_of):
    g = graph_of("Washington imposed sanctions on the oil companies Tarvoil and Kovrneft on "
                 "Monday. Kovrneft, which is run by Pavel Ostrenko, did not respond to "
                 "requests for comment.")
    assert ("Pavel Ostrenko", "leaderOf", "Kovrneft") in facts(g)
    assert entities(g)["Kovrneft"] == "Organization"


def test_a_common_word_opening_a_sentence_is_no_body_named_elsewhere(graph_of):
    g = graph_of("Oil prices rose on Monday. Energy, which is scarce, costs more.")
    assert "Energy" not in entities(g)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Harwick Group said sales rose. Ilsa Lind, who runs the company day to day, said "
         "costs fell.", ("Ilsa Lind", "leaderOf", "Harwick Group")),
        ("Saudi Arabia cut oil output on Monday. Prince Rakan, who runs the kingdom day to "
         "day, approved the cut.", ("Rakan", "leaderOf", "Saudi Arabia")),
    ],
)
def test_what_is_run_day_to_day_is_the_body_or_country_meant(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_what_was_run_day_to_day_until_a_year_is_no_head_now(graph_of):
    g = graph_of("Saudi Arabia cut oil output on Monday. Prince Rakan, who ran the kingdom day "
                 "to day until 2019, approved the cut.")
    assert not {f for f in facts(g) if f[1] == "leaderOf"}
