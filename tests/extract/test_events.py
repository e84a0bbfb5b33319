"""Events, stances and their modality, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_met_via_relative_clause_and_apposition(graph_of):
    g = graph_of(
        "The offer was delivered by envoy Jared Kushner, who met the Saudi crown prince, "
        "Mohammed bin Salman, in Riyadh on Sunday."
    )
    assert ("Jared Kushner", "met", "Mohammed bin Salman") in facts(g)


def test_their_meeting_gives_met(graph_of):
    g = graph_of(
        "Beijing could walk away if it departs from the terms Xi Jinping and Joe Biden "
        "discussed at their meeting in San Francisco last year."
    )
    got = facts(g)
    assert ("Xi Jinping", "met", "Joe Biden") in got or ("Joe Biden", "met", "Xi Jinping") in got


def test_wish_and_condition_are_not_facts(graph_of):
    g = graph_of(
        "Emmanuel Macron wants to meet Xi Jinping as soon as possible. "
        "Xi Jinping said he would only meet with Emmanuel Macron when the deal is final."
    )
    assert not {f for f in facts(g) if f[1] == "met"}
    kept = facts(g, "desired") | facts(g, "hypothetical")
    assert any(f[1] == "met" for f in kept)


def test_authorship_active_passive_and_architect(graph_of):
    g = graph_of(
        "The European Commission drafted a 12-point peace plan for Sudan on Monday. "
        "The plan, put forward by Ursula von der Leyen, was welcomed by the African Union. "
        "One of its architects is Josep Borrell, officials said."
    )
    got = facts(g)
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("European Commission", "authorOf", plan) in got
    assert ("Ursula von der Leyen", "authorOf", plan) in got
    assert ("Josep Borrell", "authorOf", plan) in got
    assert ("African Union", "supports", plan) in got


def test_endorsed_in_relative_clause(graph_of):
    g = graph_of(
        "Officials discussed the 10-point peace plan, which aides say Narendra Modi endorsed "
        "on Friday."
    )
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("Narendra Modi", "supports", plan) in facts(g)


def test_hypothetical_rejection_is_not_a_fact(graph_of):
    g = graph_of(
        "Chinese Foreign Minister Hou Jinrui suggested that Beijing could reject the "
        "new 12-point peace plan if it changes."
    )
    assert not {f for f in facts(g) if f[1] == "opposes"}
    assert any(f[1] == "opposes" for f in facts(g, "hypothetical"))


def test_denial_is_negated(graph_of):
    g = graph_of(
        "Rumours said Hakan Fidan drafted the 5-point peace plan. "
        "Hakan Fidan denied he drafted the 5-point peace plan."
    )
    negated = facts(g, "negated")
    assert any(f[0] == "Hakan Fidan" and f[1] == "authorOf" for f in negated)


def test_sanctions_distribute_over_coordination(graph_of):
    g = graph_of(
        "Last year the European Union imposed sanctions on Russian energy companies Gazprom "
        "and Novatek after the attack."
    )
    got = facts(g)
    assert ("European Union", "sanctioned", "Gazprom") in got
    assert ("European Union", "sanctioned", "Novatek") in got


def test_group_nouns_stand_for_their_country(graph_of):
    g = graph_of("Turkish officials welcomed the 20-point peace plan on Wednesday.")
    plan = next(e.label for e in g.entities if e.type == "Plan")
    assert ("Turkey", "supports", plan) in facts(g)


def test_counterproposal_is_another_plan(graph_of):
    g = graph_of(
        "The 28-point peace plan was negotiated by envoy Steve Witkoff. "
        "Britain, France and Germany drafted a counterproposal."
    )
    plans = {e.label for e in g.entities if e.type == "Plan"}
    assert len(plans) == 2
    got = facts(g)
    assert ("Steve Witkoff", "authorOf", "28-point peace plan") in got
    assert ("France", "authorOf", "counterproposal") in got


def test_meetings_in_other_words(graph_of):
    got = facts(
        graph_of(
            "Hana Liss attended a meeting with Otto Brehm in Vienna. "
            "Ivo Marek discussed the ceasefire with Petra Sova on Tuesday. "
            "Lena Brask arrived in Paris on Monday, meeting Tomas Wilde at the Elysee. "
            "President Rolf Dane hosted Prime Minister Ines Kavala on Thursday."
        )
    )
    assert ("Hana Liss", "met", "Otto Brehm") in got or ("Otto Brehm", "met", "Hana Liss") in got
    assert {("Ivo Marek", "met", "Petra Sova"), ("Petra Sova", "met", "Ivo Marek")} & got
    assert {("Lena Brask", "met", "Tomas Wilde"), ("Tomas Wilde", "met", "Lena Brask")} & got
    assert {("Rolf Dane", "met", "Ines Kavala"), ("Ines Kavala", "met", "Rolf Dane")} & got


def test_attendees_joined_by_semicolons_met(graph_of):
    got = facts(
        graph_of(
            "The meeting was attended by Hana Liss; Otto Brehm, the German chancellor; "
            "and Ivo Marek, the Czech foreign minister."
        )
    )
    met = {frozenset((s, o)) for s, p, o in got if p == "met"}
    assert frozenset(("Hana Liss", "Otto Brehm")) in met
    assert frozenset(("Otto Brehm", "Ivo Marek")) in met
    assert ("Otto Brehm", "leaderOf", "Germany") in got
    assert ("Hana Liss", "leaderOf", "Germany") not in got


def test_discussing_a_topic_without_a_partner_is_no_meeting(graph_of):
    got = facts(graph_of("Hana Liss discussed the ceasefire with reporters in Vienna."))
    assert not {f for f in got if f[1] == "met"}


def test_a_participle_without_its_hyphen_leaves_the_next_one_to_read(graph_of):
    got = facts(
        graph_of(
            "The two sanctioned traders sold the oil. "
            "The OFAC-sanctioned firm Duna Logistics moved the cargo."
        )
    )
    assert ("OFAC", "sanctioned", "Duna Logistics") in got


def test_sanctions_in_other_words(graph_of):
    got = facts(
        graph_of(
            "The Treasury designated Velcor Shipping for helping the regime evade sanctions. "
            "Britain added Karel Voss to its sanctions list on Monday. "
            "The OFAC-sanctioned firm Duna Logistics moved the cargo."
        )
    )
    assert ("Treasury", "sanctioned", "Velcor Shipping") in got
    assert ("United Kingdom", "sanctioned", "Karel Voss") in got
    assert ("OFAC", "sanctioned", "Duna Logistics") in got


def test_designating_a_candidate_is_no_sanction(graph_of):
    got = facts(graph_of("The Labour Party designated Karel Voss as its candidate for mayor."))
    assert not {f for f in got if f[1] == "sanctioned"}


def test_votes_veto_and_abstention(graph_of):
    got = facts(
        graph_of(
            "Russia vetoed the draft resolution on Thursday, while China abstained. "
            "France voted for the draft resolution."
        )
    )
    assert ("Russia", "opposes", "draft resolution") in got
    assert ("France", "supports", "draft resolution") in got
    assert not {f for f in got if f[0] == "China"}


def test_plan_referred_to_as_the_document_or_the_draft(graph_of):
    got = facts(
        graph_of(
            "The United States unveiled a 20-point peace plan on Monday. "
            "Ukraine endorsed the document on Friday. Hungary criticised the draft."
        )
    )
    assert ("United States", "authorOf", "20-point peace plan") in got
    assert ("Ukraine", "supports", "20-point peace plan") in got
    assert ("Hungary", "opposes", "20-point peace plan") in got


def test_refusals_and_conditions_are_not_stances(graph_of):
    g = graph_of(
        "The United States unveiled a 20-point peace plan on Monday. "
        "Russia would not accept the document. If Poland backs the plan, talks could resume."
    )
    got = facts(g)
    assert ("Russia", "supports", "20-point peace plan") not in got
    assert ("Poland", "supports", "20-point peace plan") not in got


def test_dateline_is_not_a_subject(graph_of):
    got = facts(
        graph_of("GENEVA, Switzerland — Foreign Minister Ignaz Keller met Otto Brehm on Sunday.")
    )
    assert {("Ignaz Keller", "met", "Otto Brehm"), ("Otto Brehm", "met", "Ignaz Keller")} & got
    assert not {f for f in got if f[0].lower() == "geneva" and f[1] == "met"}


def test_hyphenated_agents_of_plans(graph_of):
    got = facts(graph_of("The US-backed peace plan was rejected by Hamas."))
    assert ("United States", "supports", "peace plan") in got
    assert ("Hamas", "opposes", "peace plan") in got
    got = facts(graph_of("The Qatari-brokered ceasefire deal held on Monday."))
    assert ("Qatar", "authorOf", "ceasefire deal") in got


def test_indefinite_draft_resolution_and_its_author(graph_of):
    got = facts(
        graph_of(
            "Russia on Thursday vetoed a draft resolution on the ceasefire. "
            "Twelve members voted in favour of the British-drafted text."
        )
    )
    assert ("Russia", "opposes", "draft resolution") in got
    assert ("United Kingdom", "authorOf", "draft resolution") in got


def test_it_after_a_stance_verb_is_the_plan_just_named(graph_of):
    got = facts(
        graph_of(
            "The United States unveiled a 20-point peace plan. "
            "France backed the proposal, while Hungary rejected it."
        )
    )
    assert ("France", "supports", "20-point peace plan") in got
    assert ("Hungary", "opposes", "20-point peace plan") in got
    got = facts(
        graph_of(
            "The United States unveiled a 20-point peace plan. Reporters asked about the war. "
            "Officials said Hungary had rejected it in a vote on Monday."
        )
    )
    assert ("Hungary", "opposes", "20-point peace plan") not in got  # too far back


def test_welcoming_a_person_is_a_meeting_not_support(graph_of):
    got = facts(
        graph_of(
            "Prime Minister Pham Hung welcomed President Ramon Villaraza at the Presidential "
            "Palace. Germany welcomed the agreement. Ukraine received weapons from Germany's army."
        )
    )
    assert ("Pham Hung", "met", "Ramon Villaraza") in got
    assert ("Pham Hung", "supports", "Ramon Villaraza") not in got
    assert not {f for f in got if f[0] == "Ukraine"}


def test_demonyms_of_more_countries_name_them(graph_of):
    got = facts(graph_of("Angolan President Manuel Kiala arrived in Kigali on Monday."))
    assert ("Manuel Kiala", "leaderOf", "Angola") in got


def test_the_leader_of_a_delegation_meets_for_it(graph_of):
    got = facts(
        graph_of("The IMF mission, led by Ingrid Solheim, met President Chaminda Perera on Monday.")
    )
    assert {
        ("Ingrid Solheim", "met", "Chaminda Perera"),
        ("Chaminda Perera", "met", "Ingrid Solheim"),
    } & got
    assert ("Ingrid Solheim", "memberOf", "IMF") in got
    assert ("Ingrid Solheim", "leaderOf", "IMF") not in got
    got = facts(
        graph_of(
            "Foreign Minister Hana Liss met the Israeli delegation, led by intelligence chief "
            "Eitan Shalev."
        )
    )
    assert {("Hana Liss", "met", "Eitan Shalev"), ("Eitan Shalev", "met", "Hana Liss")} & got
    assert ("Eitan Shalev", "memberOf", "Israel") in got


def test_a_conjunct_with_its_own_subject_keeps_its_own_modality(graph_of):
    got = facts(graph_of("Hana Liss will not travel and Otto Brehm met Ivo Marek."))
    assert {("Otto Brehm", "met", "Ivo Marek"), ("Ivo Marek", "met", "Otto Brehm")} & got
    got = facts(graph_of("Hana Liss could meet Otto Brehm and sign the deal."))
    assert not {f for f in got if f[1] == "met"}
    got = facts(
        graph_of("If Hana Liss travels and Otto Brehm meets Ivo Marek, talks could resume.")
    )
    assert not {f for f in got if f[1] == "met"}


def test_sanction_negatives(graph_of):
    got = facts(
        graph_of(
            "The Treasury imposed sanctions on Velcor Shipping but not on Orion Freight. "
            "Britain is considering adding Duna Logistics to its sanctions list. "
            "The Treasury did not sanction Kestrel Metals."
        )
    )
    assert ("Treasury", "sanctioned", "Velcor Shipping") in got
    assert not {f for f in got if f[1] == "sanctioned" and f[2] != "Velcor Shipping"}


def test_hoping_to_hold_a_summit_is_not_a_meeting(graph_of):
    got = facts(
        graph_of(
            "Kang Min-seo met reporters. "
            "Kang has said he hopes to hold a three-way summit with China and Japan."
        )
    )
    assert not {f for f in got if f[1] == "met" and f[2] in {"China", "Japan"}}


def test_a_named_law_is_a_plan_and_the_bill_refers_to_it(graph_of):
    g = graph_of(
        "President Dana Morel on Monday vetoed the Harbor Safety Act, a bipartisan bill. "
        "Senator Ruth Calloway, who voted for the bill, said she would vote to override. "
        "Senator Wes Arden, who voted against the bill, praised the president."
    )
    got = facts(g)
    assert dict((e.label, e.type) for e in g.entities)["Harbor Safety Act"] == "Plan"
    assert ("Dana Morel", "opposes", "Harbor Safety Act") in got
    assert ("Ruth Calloway", "supports", "Harbor Safety Act") in got
    assert ("Wes Arden", "opposes", "Harbor Safety Act") in got
    assert ("Wes Arden", "supports", "Harbor Safety Act") not in got


def test_the_bill_someone_named_voted_for_is_a_document(graph_of):
    got = facts(graph_of("Senator Ruth Calloway, who voted for the bill, spoke on Monday."))
    assert ("Ruth Calloway", "supports", "bill") in got


def test_the_bill_nobody_named_voted_for_refers_to_nothing(graph_of):
    got = facts(graph_of("Lawmakers who voted for the bill spoke to reporters on Monday."))
    assert not {f for f in got if f[1] in {"supports", "opposes"}}


def test_the_sponsors_of_a_bill_author_it(graph_of):
    got = facts(
        graph_of(
            "The Clean Rivers Act passed the Senate. The bill's lead sponsors, "
            "Sen. Ann Roe and Sen. Bo Lind, said they had the votes."
        )
    )
    assert ("Ann Roe", "authorOf", "Clean Rivers Act") in got
    assert ("Bo Lind", "authorOf", "Clean Rivers Act") in got


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def test_meetings_told_around_other_verbs(graph_of):
    met = _met(
        facts(
            graph_of(
                "Premier Ahn Jun-ho and Chancellor Sato Ken agreed on Thursday to expand drills, "
                "meeting on the sidelines of the G20 summit. "
                "Minister Ida Rask and Minister Karl Voss agreed to restart visits, after meeting "
                "in Oslo. "
                "Later, Ida Rask and Karl Voss joined Secretary of State Mark Dell for a "
                "trilateral meeting. "
                "Sheikh Omar Haddad held talks with the head of Velmar's intelligence service, "
                "Yusuf Amari, at a hotel."
            )
        )
    )
    assert frozenset(("Ahn Jun-ho", "Sato Ken")) in met
    assert frozenset(("Ida Rask", "Karl Voss")) in met
    assert frozenset(("Ida Rask", "Mark Dell")) in met
    assert frozenset(("Karl Voss", "Mark Dell")) in met
    assert frozenset(("Omar Haddad", "Yusuf Amari")) in met


def test_joining_a_board_is_no_meeting(graph_of):
    got = facts(graph_of("Ana Lopes joined Velora Motors in 2020 for a meeting fee of $500."))
    assert not _met(got)


def test_attending_were_lists_who_met_the_host(graph_of):
    met = _met(
        facts(
            graph_of(
                "Commission chair Lamine Sarr held a closed-door session on the crisis on "
                "Sunday. Attending were Kenyan President Paul Odongo; Zambian President "
                "Jonas Tavira; and the bloc's envoy, Kwame Asiedu."
            )
        )
    )
    assert frozenset(("Lamine Sarr", "Paul Odongo")) in met
    assert frozenset(("Lamine Sarr", "Jonas Tavira")) in met
    assert frozenset(("Lamine Sarr", "Kwame Asiedu")) in met
    assert frozenset(("Paul Odongo", "Jonas Tavira")) not in met


def test_attending_were_without_a_meeting_before_says_nothing(graph_of):
    got = facts(
        graph_of(
            "Rain fell on the capital on Sunday. Attending were President Paul Odongo "
            "and President Jonas Tavira."
        )
    )
    assert not _met(got)


def test_sanctions_told_in_other_constructions(graph_of):
    got = facts(
        graph_of(
            "The Treasury imposed sanctions on Monday on a shipping network. "
            "The Treasury designated Karim Vossoughi, along with two of his associates, "
            "Li Wen and Omar Haddad. Also designated were Heron Shipping and Basalt Trading. "
            "Those sanctioned include Jorge Quintero. "
            "The Delta Front itself has been OFAC-designated since 2022."
        )
    )
    for target in ["Karim Vossoughi", "Li Wen", "Omar Haddad", "Heron Shipping",
                   "Basalt Trading", "Jorge Quintero"]:
        assert ("Treasury", "sanctioned", target) in got
    assert ("OFAC", "sanctioned", "Delta Front") in got


def test_a_firm_named_beside_a_sanctioned_one_is_not_sanctioned(graph_of):
    g = graph_of(
        "The Treasury imposed sanctions on Velcor Shipping on Tuesday. A Singapore-based "
        "insurer, Corvid Underwriters, which the Treasury said had covered two tankers, "
        "was not designated."
    )
    got = facts(g)
    assert ("Treasury", "sanctioned", "Velcor Shipping") in got
    assert not {f for f in got if f[1] == "sanctioned" and f[2] == "Corvid Underwriters"}
    assert ("Treasury", "sanctioned", "Corvid Underwriters") in facts(g, "negated")


def test_backing_what_someone_owns_is_no_stance_on_them(graph_of):
    got = facts(
        graph_of(
            "Hiro Tanabe accepted Ahn Jun-ho's invitation to visit Seoul. "
            "Mira Osei said Ghana supported the African Union's call for a truce."
        )
    )
    assert not {f for f in got if f[1] in {"supports", "opposes"}}


def test_places_in_places(graph_of):
    got = facts(
        graph_of(
            "The plane left Dunmore, Alaska, and landed in Pellston, Ariz., at noon. "
            "Strikes hit Basra and Mosul in Iraq and Graz in Austria. "
            "She spoke from her home near Marlow in western Kentucky."
        )
    )
    for inner, outer in [("Dunmore", "Alaska"), ("Pellston", "Ariz"),
                         ("Basra", "Iraq"), ("Mosul", "Iraq"),
                         ("Graz", "Austria"), ("Marlow", "Kentucky")]:
        assert any(s == inner and p == "locatedIn" and o.startswith(outer) for s, p, o in got)
    assert ("Iraq", "locatedIn", "Austria") not in got


def test_lists_of_countries_and_possessives_are_no_nesting(graph_of):
    got = facts(
        graph_of(
            "Ministers from France, Germany and Italy met in Rome. "
            "In Lisbon, Spain's foreign minister, Ana Ruiz, spoke to reporters."
        )
    )
    assert not {f for f in got if f[1] == "locatedIn" and f[2] in {"Germany", "Italy", "Spain"}}


def test_a_list_of_places_is_no_nesting(graph_of):
    got = facts(graph_of("Europe, Canada, Russia and Ukraine weigh a new peace deal."))
    assert not {f for f in got if f[1] == "locatedIn"}


def test_a_place_named_before_its_state_is_a_place_in_it(graph_of):
    g = graph_of("Winds reached 44 degrees at Pell Falls, Ore., on Monday.")
    assert dict((e.label, e.type) for e in g.entities)["Pell Falls"] == "Place"
    assert any(s == "Pell Falls" and p == "locatedIn" for s, p, o in facts(g))


def test_a_place_owned_by_a_place_is_in_it(graph_of):
    got = facts(graph_of("Officials in Kenya's Rift Valley said the drought worsened."))
    assert ("Rift Valley", "locatedIn", "Kenya") in got


def test_voters_named_by_including_or_among(graph_of):
    got = facts(
        graph_of(
            "Nine of the panel's 12 members voted in favour of the 10-point peace plan, "
            "including Ireland and Ghana. Norway and Chile were among the countries that "
            "voted for the 10-point peace plan."
        )
    )
    for country in ["Ireland", "Ghana", "Norway", "Chile"]:
        assert (country, "supports", "10-point peace plan") in got


def test_co_authors_and_parties_agreeing_a_coalition_deal(graph_of):
    got = facts(graph_of("Ana Roe, who wrote the draft resolution with Ghana, spoke."))
    assert ("Ana Roe", "authorOf", "draft resolution") in got
    assert ("Ghana", "authorOf", "draft resolution") in got
    got = facts(
        graph_of("The Civic Party and the Green League agreed on a coalition deal on Wednesday.")
    )
    deal = "coalition deal"
    assert ("Civic Party", "authorOf", deal) in got and ("Green League", "authorOf", deal) in got
    allies = {frozenset((s, o)) for s, p, o in got if p == "allyOf"}
    assert frozenset(("Civic Party", "Green League")) in allies


def test_agreeing_to_meet_is_no_meeting_yet(graph_of):
    g = graph_of("Hana Liss and Otto Brehm agreed to meet again in the spring.")
    assert not _met(facts(g))
    assert _met(facts(g, "desired"))


def test_added_to_the_entity_list_is_a_sanction(graph_of):
    got = facts(
        graph_of("The Bureau of Industry and Security added Qiantang Photonics to its entity list.")
    )
    assert ("Bureau of Industry and Security", "sanctioned", "Qiantang Photonics") in got


def test_based_in_a_place_told_before_the_name_or_after_it(graph_of):
    got = facts(
        graph_of(
            "Terra Union, the Brussels-based farmers' lobby, opposed the deal. "
            "Ana Roe of the Geneva-based think tank Alpine Research said it would pass."
        )
    )
    assert ("Terra Union", "locatedIn", "Brussels") in got
    assert ("Alpine Research", "locatedIn", "Geneva") in got


def test_a_person_based_somewhere_is_no_organisation_there(graph_of):
    got = facts(graph_of("Ana Roe, a London-based lawyer, said Velora Group would appeal."))
    assert not {f for f in got if f[1] == "locatedIn"}


def test_talks_with_one_partner_and_with_another(graph_of):
    met = _met(
        facts(
            graph_of(
                "Elena Ruiz said she had held talks on Wednesday with Malawi's health "
                "minister, Dr. Grace Banda, and with the head of the Southern Disease Agency, "
                "Dr. Kofi Mensah, to coordinate the response."
            )
        )
    )
    assert frozenset(("Elena Ruiz", "Grace Banda")) in met
    assert frozenset(("Elena Ruiz", "Kofi Mensah")) in met


def test_a_plan_drafted_by_two_countries_teams(graph_of):
    got = facts(
        graph_of(
            "Mediators presented a revised ceasefire proposal on Monday. "
            "It was drafted by the Danish and Dutch teams."
        )
    )
    assert any(s == "Denmark" and p == "authorOf" for s, p, o in got)
    assert any(s == "Netherlands" and p == "authorOf" for s, p, o in got)


def test_a_budget_of_a_year_and_an_announced_vote_against_it(graph_of):
    g = graph_of(
        "The finance minister presented the 2026 budget on Monday. "
        "Senator Ana Roe said she would vote against the budget. "
        "Senator Bo Lind said he would vote for the budget only if taxes fell."
    )
    assert ("Ana Roe", "opposes", "2026 budget") in facts(g)
    assert ("Bo Lind", "supports", "2026 budget") not in facts(g)
    assert ("Bo Lind", "supports", "2026 budget") in facts(g, "hypothetical")


def test_phone_calls_are_meetings_but_interviews_are_not(graph_of):
    met = _met(
        facts(
            graph_of(
                "President Ana Roe spoke by phone with Prime Minister Bo Lind on Monday. "
                "Ivo Marek and Petra Sova discussed Syria in a phone call. "
                "Chancellor Hana Liss talked to Otto Brehm by telephone. "
                "Lena Brask spoke to the Daily Courier on Tuesday."
            )
        )
    )
    assert frozenset(("Ana Roe", "Bo Lind")) in met
    assert frozenset(("Ivo Marek", "Petra Sova")) in met
    assert frozenset(("Hana Liss", "Otto Brehm")) in met
    assert not {pair for pair in met if "Syria" in pair or "Daily Courier" in pair}


def test_agreeing_to_a_plan_supports_it(graph_of):
    got = facts(
        graph_of(
            "Washington unveiled a 12-point peace plan. "
            "Ukraine has agreed in principle to the 12-point peace plan."
        )
    )
    assert ("Ukraine", "supports", "12-point peace plan") in got
    assert ("Ukraine", "authorOf", "12-point peace plan") not in got


def test_more_sanction_verbs(graph_of):
    got = facts(
        graph_of(
            "Britain froze the assets of Karim Vossoughi on Tuesday. "
            "Canada placed Duna Logistics on its sanctions list."
        )
    )
    assert ("United Kingdom", "sanctioned", "Karim Vossoughi") in got
    assert ("Canada", "sanctioned", "Duna Logistics") in got


def test_more_stance_and_meeting_verbs(graph_of):
    g = graph_of(
        "Hungary blocked the 12-point peace plan on Monday, and Poland praised it. "
        "Hana Liss sat down with Otto Brehm in Geneva. Hana Liss visited Kyiv on Friday. "
        "Police blocked Velora Motors' gates."
    )
    got = facts(g)
    plan = "12-point peace plan"
    assert ("Hungary", "opposes", plan) in got
    assert ("Poland", "supports", plan) in got
    assert frozenset(("Hana Liss", "Otto Brehm")) in _met(got)
    assert not {f for f in got if "Kyiv" in f or "Velora Motors" in f}


def test_a_group_set_apart_by_but_not_is_not_sanctioned(graph_of):
    got = facts(
        graph_of(
            "The Treasury sanctioned Velcor Shipping and its owner Karim Vossoughi, but not "
            "the Delta Group, which owns a stake in the firm. "
            "Also designated were Heron Shipping, a Hong Kong-registered firm, and Basalt Trading."
        )
    )
    assert ("Treasury", "sanctioned", "Karim Vossoughi") in got
    assert ("Treasury", "sanctioned", "Basalt Trading") in got
    assert not {f for f in got if f[1] == "sanctioned" and f[2] in {"Delta Group", "Hong Kong"}}


def test_vetoes_cast_and_resolutions_sponsored(graph_of):
    got = facts(
        graph_of(
            "Algeria, which sponsored the draft resolution, called the vote historic. "
            "Russia cast its veto against the draft resolution, while China abstained. "
            "Velora Motors sponsored the Alpine Cup."
        )
    )
    assert ("Algeria", "authorOf", "draft resolution") in got
    assert ("Russia", "opposes", "draft resolution") in got
    assert not {f for f in got if f[0] in {"China", "Velora Motors"}}


def test_meeting_a_group_named_in_a_list_or_by_including(graph_of):
    met = _met(
        facts(
            graph_of(
                "President Ana Roe met with congressional leaders, including Senator Bo Lind "
                "and Speaker Ivo Marek, on Tuesday. President Ana Roe hosted the two governors, "
                "Petra Sova and Hana Liss, on Friday. Ana Roe met students on a tour of several "
                "cities, including Lisbon."
            )
        )
    )
    for guest in ["Bo Lind", "Ivo Marek", "Petra Sova", "Hana Liss"]:
        assert frozenset(("Ana Roe", guest)) in met
    assert not {pair for pair in met if "Lisbon" in pair}


def test_meetings_named_by_nouns(graph_of):
    g = graph_of(
        "Ana Roe's meeting with Bo Lind on Monday lasted two hours. "
        "After talks with Ivo Marek, Petra Sova said progress had been made. "
        "The talks between Hana Liss and Otto Brehm ended without a deal. "
        "Rolf Dane's meeting with Ines Kavala was called off."
    )
    met = _met(facts(g))
    assert frozenset(("Ana Roe", "Bo Lind")) in met
    assert frozenset(("Petra Sova", "Ivo Marek")) in met
    assert frozenset(("Hana Liss", "Otto Brehm")) in met
    assert frozenset(("Rolf Dane", "Ines Kavala")) not in met
    g = graph_of("Talks between Lena Brask and Tomas Wilde are scheduled for May.")
    assert not _met(facts(g))
    assert frozenset(("Lena Brask", "Tomas Wilde")) in _met(facts(g, "hypothetical"))


def test_an_organisation_described_by_its_place(graph_of):
    got = facts(
        graph_of(
            "The statement was sent to the independent Nairobi newspaper Harbour Daily. "
            "Hong Kong property firm Lantau Crest Holdings rose 3 percent."
        )
    )
    assert ("Harbour Daily", "locatedIn", "Nairobi") in got
    assert ("Lantau Crest Holdings", "locatedIn", "Hong Kong") in got


def test_allies_by_verb_and_by_copula(graph_of):
    g = graph_of(
        "The Civic Party has allied itself with the Green League. "
        "Ana Roe and Bo Lind are longtime allies. Ivo Marek and Petra Sova are not allies."
    )
    allies = {frozenset((s, o)) for s, p, o in facts(g) if p == "allyOf"}
    assert frozenset(("Civic Party", "Green League")) in allies
    assert frozenset(("Ana Roe", "Bo Lind")) in allies
    assert frozenset(("Ivo Marek", "Petra Sova")) not in allies


def test_sanctions_against_name_their_target(graph_of):
    got = facts(graph_of(
        "The Treasury Department imposed sanctions against Orvane Shipping on Tuesday."))
    assert ("Treasury Department", "sanctioned", "Orvane Shipping") in got


def test_sanctions_whose_on_hangs_on_the_verb_name_their_target(graph_of):
    # words between the sanctions and "on" make the parser hang "on" on "imposed"
    g = graph_of(
        "The Treasury imposed new sanctions last week on Varkel Shipping, a tanker operator."
    )
    assert ("Treasury", "sanctioned", "Varkel Shipping") in facts(g)


def test_discussions_on_a_topic_with_a_partner_are_a_meeting(graph_of):
    g = graph_of(
        "Minister Ada Kerr held discussions on trade with Finance Minister Tomas Vell in Oslo "
        "on Monday."
    )
    assert ("Ada Kerr", "met", "Tomas Vell") in facts(g)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Jorun Stave is to host President Ilse Marden in Oslo on Friday.",
        "Chancellor Jorun Stave is due to meet President Ilse Marden in Oslo on Friday.",
        "Chancellor Jorun Stave was set to meet President Ilse Marden in Oslo on Friday.",
        "Chancellor Jorun Stave is scheduled to meet President Ilse Marden on Friday.",
    ],
)
def test_a_scheduled_meeting_has_not_happened(graph_of, sentence):
    g = graph_of(sentence)
    assert ("Jorun Stave", "met", "Ilse Marden") not in facts(g)
    assert ("Ilse Marden", "met", "Jorun Stave") not in facts(g)


def test_an_offer_to_host_talks_is_no_meeting_yet(graph_of):
    g = graph_of("Chancellor Jorun Stave offered to host talks between Ilse Marden and Tomas Rekk.")
    assert not {f for f in facts(g) if f[1] == "met"}
    # the same talks, held, are a meeting
    g = graph_of("Chancellor Jorun Stave hosted talks between Ilse Marden and Tomas Rekk.")
    assert ("Ilse Marden", "met", "Tomas Rekk") in facts(g) or (
        "Tomas Rekk", "met", "Ilse Marden") in facts(g)


def test_what_a_held_meeting_was_due_to_do_leaves_it_held(graph_of):
    g = graph_of("Minister Karel Vosk met Premier Alina Dusk on Friday, a meeting that was due "
                 "to last an hour.")
    assert ("Karel Vosk", "met", "Alina Dusk") in facts(g)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is also talk of a summit between Premier Dawa Teklu and President Omar Saleh, "
        "but no date has been set.",
        "Hopes for talks between Premier Dawa Teklu and President Omar Saleh faded on Monday.",
        "The prospect of a meeting between Premier Dawa Teklu and President Omar Saleh "
        "worries the opposition.",
    ],
)
def test_a_meeting_only_talked_of_is_not_held(graph_of, sentence):
    assert not {f for f in facts(graph_of(sentence)) if f[1] == "met"}


def test_rounds_of_talks_were_held(graph_of):
    g = graph_of("After two rounds of talks between Premier Dawa Teklu and President Omar "
                 "Saleh, both sides signed.")
    assert {("Dawa Teklu", "met", "Omar Saleh"), ("Omar Saleh", "met", "Dawa Teklu")} & facts(g)


def test_a_reported_meeting_the_next_sentence_denies_is_negated(graph_of):
    g = graph_of(
        "Local media reported that Suresh Bhandari had met Anil Rokaya at a hotel in Pokhara "
        "on Tuesday night. Party spokeswoman Mina Shrestha denied the report, saying the two "
        "leaders had not been in contact."
    )
    assert ("Suresh Bhandari", "met", "Anil Rokaya") in facts(g, "negated")
    # undenied, the report stands
    g = graph_of("Local media reported that Ram Khadka met Sita Basnet in Kathmandu on Monday. "
                 "The two discussed the budget.")
    assert ("Ram Khadka", "met", "Sita Basnet") in facts(g)


def test_reports_passed_on_state_no_meeting_unless_confirmed(graph_of):
    g = graph_of(
        "Social media also carried reports that Gen. Abebe Kassa had met Gen. Dawit Tesfay at a "
        "border post on Saturday, which the defence ministry denied.\n\n"
        "State media carried reports that Gen. Solomon Girma met Gen. Yonas Tekle in Asmara.\n\n"
        "The ministry confirmed reports that Gen. Haile Wolde met Gen. Aman Idris in Kassala.\n\n"
        "The ministry denied reports that Gen. Berhe Alemu met Gen. Fikru Desta."
    )
    met = {(s, o) for s, p, o in facts(g) if p == "met"}
    assert met == {("Haile Wolde", "Aman Idris")}
    assert ("Berhe Alemu", "met", "Fikru Desta") in facts(g, "negated")
