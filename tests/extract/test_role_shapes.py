"""Roles told by the shape of a sentence rather than a title before the name: passives
("run by X"), boards chaired by someone, "<Country>'s <Name>" among a gathering, a
counterpart "from" a country, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_a_body_run_by_a_person_is_led_by_them(graph_of):
    g = graph_of(
        "Brightline, which is run by Maria Osei, is the largest carrier in the region. "
        "The Harlow Trust, run by Peter Amadi since 2019, gave the money."
    )
    got = facts(g)
    assert ("Maria Osei", "leaderOf", "Brightline") in got
    assert ("Peter Amadi", "leaderOf", "Harlow Trust") in got


def test_a_past_or_one_off_run_gives_no_leader(graph_of):
    g = graph_of(
        "Tarn Labs, which was run by Ivo Dane until 2020, was sold to Orvik Group. "
        "The talks were run by Ana Lopes, a diplomat."
    )
    assert not {f for f in facts(g) if f[1] == "leaderOf"}


def test_whoever_chairs_a_board_leads_its_body(graph_of):
    g = graph_of(
        "The Meridian Bank board, chaired by Jonas Berg, approved the deal. "
        "The ISF Executive Board, chaired by President Lena Okafor, met on Friday."
    )
    got = facts(g)
    assert ("Jonas Berg", "leaderOf", "Meridian Bank") in got
    assert ("Lena Okafor", "leaderOf", "ISF") in got


def test_a_unit_led_by_a_person_gives_membership_only(graph_of):
    g = graph_of("The Meridian Bank research team, led by Jonas Berg, cut its forecast.")
    got = facts(g)
    assert ("Jonas Berg", "memberOf", "Meridian Bank") in got
    assert ("Jonas Berg", "leaderOf", "Meridian Bank") not in got


def test_a_counterpart_from_a_country_is_one_of_its_people(graph_of):
    g = graph_of(
        "Lithuania's foreign minister, Rita Vaitkus, said the deal was weak. "
        "Marek Nowak, his counterpart from Poland, was blunter."
    )
    got = facts(g)
    assert ("Marek Nowak", "memberOf", "Poland") in got
    assert ("Marek Nowak", "memberOf", "Lithuania") not in got


def test_a_counterpart_from_a_region_is_no_member(graph_of):
    g = graph_of("The minister met Ivo Kral, his counterpart from the Baltic region.")
    assert not {f for f in facts(g) if f[0] == "Ivo Kral" and f[1] == "memberOf"}


def test_country_names_among_ministers_are_their_members(graph_of):
    g = graph_of(
        "Foreign ministers from the alliance's members gather in Oslo today. "
        "Spain's Luis Mora and Greece's Eleni Pappas are among those arriving."
    )
    got = facts(g)
    assert ("Luis Mora", "memberOf", "Spain") in got
    assert ("Eleni Pappas", "memberOf", "Greece") in got
    assert ("Luis Mora", "leaderOf", "Spain") not in got


def test_country_names_after_the_leaders_lead_their_countries(graph_of):
    g = graph_of(
        "The 27 leaders agreed a deal at dawn. The man who blocked it was Jan Vos. "
        "Others were relieved. Italy's Marta Rossi had asked for more time, and "
        "Hungary's Peter Kovacs and Slovakia's Ivan Horn won an exemption."
    )
    got = facts(g)
    assert ("Marta Rossi", "leaderOf", "Italy") in got
    assert ("Peter Kovacs", "leaderOf", "Hungary") in got
    assert ("Ivan Horn", "leaderOf", "Slovakia") in got


def test_a_country_name_with_a_title_of_its_own_is_left_to_it(graph_of):
    g = graph_of(
        "The leaders met in Rome. Foreign Minister Sergei Orlov spoke later. "
        "Russia's Orlov said the deal was dead. "
        "Russia's Ivan Petrov, a banker, was arrested."
    )
    got = facts(g)
    assert ("Sergei Orlov", "leaderOf", "Russia") not in got
    assert ("Ivan Petrov", "leaderOf", "Russia") not in got


def test_a_country_name_with_no_gathering_before_it_gets_no_role(graph_of):
    g = graph_of("Russia's Ivan Petrov was arrested on Monday. Leaders condemned it.")
    assert not {f for f in facts(g) if f[0] == "Ivan Petrov"}


def test_of_a_state_after_a_chamber_title_is_a_home_state(graph_of):
    g = graph_of(
        "Senate Majority Leader Tom Ridley of South Dakota sat at the head table. "
        "House Minority Leader Rosa Quint of New York said no."
    )
    got = facts(g)
    assert ("Tom Ridley", "leaderOf", "South Dakota") not in got
    assert ("Rosa Quint", "leaderOf", "New York") not in got
    assert ("Tom Ridley", "memberOf", "Senate") in got


def test_of_a_country_after_a_bare_title_is_still_the_body(graph_of):
    g = graph_of(
        "Prime Minister Felipe Arce of Valdoria spoke first. "
        "Deputy Prime Minister Ana Vitez of Croatia spoke next."
    )
    got = facts(g)
    assert ("Felipe Arce", "leaderOf", "Valdoria") in got
    assert ("Ana Vitez", "memberOf", "Croatia") in got


def test_a_committee_set_apart_by_its_words_is_not_the_one_named(graph_of):
    g = graph_of(
        "The Olympic Committee of Norway protested. "
        "Ita Ramli, who chairs the organising committee, said the games would go ahead."
    )
    assert ("Ita Ramli", "leaderOf", "Olympic Committee of Norway") not in facts(g)


def test_a_body_called_by_its_own_words_is_still_the_one_named(graph_of):
    g = graph_of(
        "The Olympic Committee of Norway protested. "
        "Ita Ramli, who chairs the committee, said the games would go ahead. "
        "The European Central Bank held rates. Anna Pell, who heads the central bank, spoke."
    )
    got = facts(g)
    assert ("Ita Ramli", "leaderOf", "Olympic Committee of Norway") in got
    assert ("Anna Pell", "leaderOf", "European Central Bank") in got


def test_a_secretary_general_leads_the_whole_not_its_council(graph_of):
    g = graph_of(
        "The United Nations Security Council voted on Monday. The UN Security Council met "
        "again on Tuesday. UN officials cheered. Secretary-General Anton Gerres welcomed it."
    )
    got = facts(g)
    assert ("Anton Gerres", "leaderOf", "UN") in got
    assert not {f for f in got if f[0] == "Anton Gerres" and "Council" in f[2]}


def test_a_secretary_general_of_an_unnamed_whole_leads_no_council(graph_of):
    g = graph_of(
        "The Security Council of the United Nations voted on Monday. The Security Council "
        "of the United Nations met again. Secretary-General Anton Gerres welcomed it."
    )
    assert not {f for f in facts(g) if f[0] == "Anton Gerres" and f[1] == "leaderOf"}


def test_a_director_general_still_leads_the_organisation_of_the_story(graph_of):
    g = graph_of(
        "The World Trade Organization ruled on Monday. The World Trade Organization said it "
        "was final. Director-General Ngozi Ada welcomed it."
    )
    assert ("Ngozi Ada", "leaderOf", "World Trade Organization") in facts(g)


def test_a_secretary_general_leads_the_whole_not_its_force(graph_of):
    g = graph_of(
        "The UN Interim Force in Velland said on Monday that two peacekeepers were wounded. "
        "The UN Interim Force in Velland has 9,000 troops, the UN said. "
        "Secretary-General Anton Gerres condemned the attack."
    )
    got = facts(g)
    assert ("Anton Gerres", "leaderOf", "UN") in got
    assert not {f for f in got if f[0] == "Anton Gerres" and "Force" in f[2]}


def test_a_secretary_general_of_an_unnamed_whole_leads_no_force(graph_of):
    g = graph_of(
        "The UN Interim Force in Velland said on Monday that two peacekeepers were wounded. "
        "The UN Interim Force in Velland has 9,000 troops. "
        "Secretary-General Anton Gerres condemned the attack."
    )
    assert not {f for f in facts(g) if f[0] == "Anton Gerres" and f[1] == "leaderOf"}


def test_a_director_general_may_lead_an_office_of_the_whole(graph_of):
    g = graph_of(
        "The UN Office at Velmark hosted the talks on Monday. The UN Office at Velmark is the "
        "second-largest duty station, the UN said. Director-General Ana Costa opened the session."
    )
    assert ("Ana Costa", "leaderOf", "UN Office") in facts(g)


def test_a_country_abbreviation_before_a_department_title_is_the_country(graph_of):
    g = graph_of(
        "The United States imposed sanctions. "
        "U.S. Treasury Secretary Rhea Banner announced them."
    )
    assert ("Rhea Banner", "memberOf", "United States") in facts(g)


def test_an_officer_of_a_state_body_named_with_its_country_serves_it(graph_of):
    g = graph_of(
        "U.S. Army Secretary Dale Ruston met the Russian side in Abu Dhabi. "
        "The United States wants a deal. "
        "UK Home Office minister Ann Leary spoke. Britain said no."
    )
    got = facts(g)
    assert ("Dale Ruston", "memberOf", "United States") in got
    assert ("Ann Leary", "memberOf", "United Kingdom") in got


def test_a_company_named_with_a_country_gives_no_membership_of_it(graph_of):
    g = graph_of("U.S. Steel chief executive Tom Burr spoke. The United States said no.")
    got = facts(g)
    assert ("Tom Burr", "memberOf", "United States") not in got


def test_titled_names_on_a_countrys_side_are_its_people(graph_of):
    g = graph_of(
        "President Ana Ruiz of Chile met the visitors on Monday. On the Chilean side, Finance "
        "Minister Tomas Vidal, Chief of Staff Rosa Pinto and National Security Adviser Pia "
        "Soto attended, along with Juan Perez. For the Peruvian side, Trade Minister Luis "
        "Ocampo signed."
    )
    got = facts(g)
    assert ("Tomas Vidal", "memberOf", "Chile") in got
    assert ("Rosa Pinto", "memberOf", "Chile") in got
    assert ("Pia Soto", "advisorOf", "Ana Ruiz") in got
    assert ("Luis Ocampo", "memberOf", "Peru") in got
    assert not {f for f in got if f[0] == "Juan Perez"}


def test_a_side_of_no_country_gives_no_role(graph_of):
    g = graph_of(
        "On the other side, Foreign Minister Dara Holt said no. "
        "On the left side, Minister Ivo Rant waved."
    )
    assert not {f for f in facts(g) if f[1] == "memberOf"}


def test_a_description_opening_the_next_sentence_gives_its_office(graph_of):
    g = graph_of(
        "The man who stopped the scheme was Bart Weaver. Belgium's prime minister argued "
        "from the start that the risk was too high. "
        "Frida Marz had staked a lot on the outcome. The German chancellor, who backed the "
        "loan, left Brussels."
    )
    got = facts(g)
    assert ("Bart Weaver", "leaderOf", "Belgium") in got
    assert ("Frida Marz", "leaderOf", "Germany") in got


def test_a_description_of_a_named_aide_gives_the_body_it_names(graph_of):
    g = graph_of(
        "Presidential aide Yury Osokin spoke to reporters. In an interview, the Kremlin aide "
        "explained that the calls were private."
    )
    assert ("Yury Osokin", "memberOf", "Kremlin") in facts(g)


def test_a_description_after_two_people_or_a_past_title_gives_no_office(graph_of):
    g = graph_of(
        "Anna Lind and Ivo Pahl met on Monday. The Swedish minister said talks went well. "
        "Oskar Dahl resigned in 2019. The former Danish minister now runs a farm. "
        "Finance Minister Ola Berg met Eva Holm. The Norwegian minister said it went well."
    )
    got = facts(g)
    assert not {f for f in got if f[2] in {"Sweden", "Denmark"}}
    assert ("Eva Holm", "memberOf", "Norway") not in got


def test_a_description_of_another_country_is_not_given_to_a_titled_person(graph_of):
    g = graph_of(
        "European Commission President Ursa Lane said the plan needed work. The United States "
        "disagreed. On Sunday the US president complained that Kyiv had not read it. "
        "Ukrainian President Ivan Kolo flew to Paris. The American president said no."
    )
    got = facts(g)
    assert ("Ursa Lane", "leaderOf", "United States") not in got
    assert ("Ivan Kolo", "leaderOf", "United States") not in got


def test_a_player_for_a_club_is_its_member(graph_of):
    g = graph_of(
        "Cristiano Rey, who plays for the Riyadh club Al Nassr, scored twice. "
        "Ana Ruiz plays for Boca Juniors."
    )
    got = facts(g)
    assert ("Cristiano Rey", "memberOf", "Al Nassr") in got
    assert ("Ana Ruiz", "memberOf", "Boca Juniors") in got


def test_a_past_player_or_playing_for_time_is_no_member(graph_of):
    g = graph_of(
        "Ana Ruiz played for Boca Juniors until 2019. Kim Lee plays for time, said the Acme chief."
    )
    assert not {f for f in facts(g) if f[1] == "memberOf"}


def test_a_seat_on_a_named_council_is_membership(graph_of):
    g = graph_of("Boris Vujic has sat on the General Council of the ECB since 2013.")
    assert ("Boris Vujic", "memberOf", "General Council of the ECB") in facts(g)


def test_a_bare_title_in_a_where_clause_holds_that_countrys_office(graph_of):
    g = graph_of(
        "Speaking at the end of a state visit to Kyrgyzstan, where he was hosted by President "
        "Sadyr Tokon, Mr Orlov said Russia was ready. "
        "She flew on to Chile, where Foreign Minister Ana Vidal received her."
    )
    got = facts(g)
    assert ("Sadyr Tokon", "leaderOf", "Kyrgyzstan") in got
    assert ("Ana Vidal", "memberOf", "Chile") in got


def test_a_where_clause_gives_no_office_to_a_titled_or_untitled_name(graph_of):
    g = graph_of(
        "He returned to Switzerland, where President Ana Lopes of the Red Cross met him. "
        "He moved to Chile, where his brother, a lawyer named Ivo Soto, lived."
    )
    got = facts(g)
    assert ("Ana Lopes", "leaderOf", "Switzerland") not in got
    assert not {f for f in got if f[0] == "Ivo Soto"}


def test_a_desk_title_after_is_a_membership_of_the_paper(graph_of):
    g = graph_of(
        "Margarethe Voss is Europe editor of The Ostend Chronicle. "
        "Tom Ruiz is Asia correspondent for the Daily Ledger. "
        "Ana Pell, the Europe editor of The Harbour Times, said so."
    )
    got = facts(g)
    assert ("Margarethe Voss", "memberOf", "Ostend Chronicle") in got
    assert ("Tom Ruiz", "memberOf", "Daily Ledger") in got
    assert ("Ana Pell", "memberOf", "Harbour Times") in got
    assert not {f for f in got if f[2] in {"Europe", "Asia"}}


def test_a_past_desk_title_gives_no_membership(graph_of):
    g = graph_of("Tom Ruiz was Asia correspondent for the Daily Ledger until 2010.")
    assert not {f for f in facts(g) if f[1] == "memberOf"}


def test_who_is_to_leave_an_office_holds_it_until_then(graph_of):
    g = graph_of(
        "Walmex Inc. said Friday that Doug Mack will retire as president and chief executive "
        "officer on Jan. 31. "
        "Ivo Rand is set to resign as finance minister of Chile. "
        "Ana Lind plans to retire as chair of Halden Group next year. "
        "Tarvo has named Mia Fidd, its chief operating officer, to replace Brian Corn as CEO "
        "in February."
    )
    got = facts(g)
    assert ("Doug Mack", "leaderOf", "Walmex Inc") in got
    assert ("Ivo Rand", "memberOf", "Chile") in got
    assert ("Ana Lind", "leaderOf", "Halden Group") in got
    assert ("Brian Corn", "leaderOf", "Tarvo") in got


def test_who_has_left_an_office_holds_it_no_more(graph_of):
    g = graph_of(
        "Halden Group said Ana Ruiz retired as chief executive in 2019. "
        "Orvik replaced Tom Bell as CEO last year. "
        "Pia Holm stepped down as chair of the Velka Trust in March."
    )
    assert not {f for f in facts(g) if f[1] in {"leaderOf", "memberOf"}}


def test_a_country_chief_in_business_news_leads_no_country(graph_of):
    g = graph_of(
        "Walmex names U.S. chief John Furn to succeed Doug Mack. "
        "Orvik promoted its Asia head Lin Bo. "
        "Ukrainian army chief Oleh Vask spoke on Monday."
    )
    got = facts(g)
    assert ("John Furn", "leaderOf", "United States") not in got
    assert not {f for f in got if f[0] == "Lin Bo" and f[1] == "leaderOf"}
    assert ("Oleh Vask", "memberOf", "Ukraine") in got


def test_who_runs_the_country_leads_the_one_just_named(graph_of):
    g = graph_of(
        "Chile's economy grew last year. Ana Ruiz, who runs the country, spoke on Monday. "
        "Norway voted on Tuesday. Lars Berg, who heads the nation, welcomed it."
    )
    got = facts(g)
    assert ("Ana Ruiz", "leaderOf", "Chile") in got
    assert ("Lars Berg", "leaderOf", "Norway") in got


def test_a_country_club_or_a_past_rule_leads_no_country(graph_of):
    g = graph_of(
        "Chile's economy grew. Ana Ruiz, who runs the country club, spoke. "
        "Peru voted. Ivo Lane, who ran the country until 2010, spoke. "
        "Bolivia voted. Eva Roca, who leads a country of ten million, spoke."
    )
    assert not {f for f in facts(g) if f[1] == "leaderOf"}


def test_the_head_of_a_demonym_office_is_not_made_a_member_of_the_country(graph_of):
    g = graph_of(
        "Ukrainian Presidential Office Head Andra Yerm told reporters that talks went well. "
        "Ukraine wants a deal."
    )
    assert ("Andra Yerm", "memberOf", "Ukraine") not in facts(g)


def test_the_president_on_a_countrys_side_is_that_countrys(graph_of):
    g = graph_of(
        "Russian President Vlad Puto received Steve Witt, special envoy of US President Don "
        "Trum, in the Kremlin on Tuesday. On the Russian side it was attended by Yury Ushak, "
        "aide to the President, and Kiril Dmitr, the president's special envoy for investment."
    )
    got = facts(g)
    assert ("Yury Ushak", "advisorOf", "Vlad Puto") in got
    assert ("Kiril Dmitr", "advisorOf", "Vlad Puto") in got
    assert ("Kiril Dmitr", "advisorOf", "Don Trum") not in got


def test_the_president_with_two_presidents_and_no_side_is_nobody(graph_of):
    g = graph_of(
        "US President Don Trum and Russian President Vlad Puto spoke. "
        "Yury Ushak, aide to the President, attended."
    )
    assert not {f for f in facts(g) if f[0] == "Yury Ushak" and f[1] == "advisorOf"}


def test_a_desk_in_a_byline_is_a_beat_not_an_employer(graph_of):
    g = graph_of(
        "By Amina Wanjo, UN Correspondent\n"
        "NEW YORK — The UN Security Council voted on Monday to back the plan."
    )
    assert ("Amina Wanjo", "memberOf", "UN") not in facts(g)


def test_an_outlet_in_a_byline_or_a_desk_outside_one_is_still_a_membership(graph_of):
    g = graph_of(
        "By Ana Pell, Europe editor of The Harbour Times\n"
        "BRUSSELS — The talks ended. Tom Reed, the UN correspondent, said so. "
        "Wall Street Journal reporter Evan Gersh was detained."
    )
    got = facts(g)
    assert ("Ana Pell", "memberOf", "Harbour Times") in got
    assert ("Evan Gersh", "memberOf", "Wall Street Journal") in got


def test_who_represents_a_capital_is_one_of_its_countrys_people(graph_of):
    g = graph_of(
        "US envoys left Moscow on Tuesday. Chris Landor, the deputy secretary of state, is "
        "representing Washington today."
    )
    assert ("Chris Landor", "memberOf", "United States") in facts(g)


def test_who_represents_a_town_or_a_client_is_no_member_of_a_country(graph_of):
    g = graph_of(
        "Tom Reed represents Springfield in the state senate. The United States voted. "
        "Ivo Lane, a lawyer, represents Moscow's mayor. Russia objected."
    )
    got = facts(g)
    assert ("Tom Reed", "memberOf", "United States") not in got
    assert ("Ivo Lane", "memberOf", "Russia") not in got


def test_title_words_read_as_a_name_are_no_body(graph_of):
    g = graph_of(
        "Senior Presidential Spokesperson Kang Yu-jung told reporters the talks went well."
    )
    assert not {f for f in facts(g) if f[0] == "Kang Yu-jung" and f[2] == "Senior Presidential"}


def test_the_body_or_forum_a_title_is_of_is_the_organisation_of_the_story(graph_of):
    g = graph_of(
        "The Eurogroup met in Brussels. The Eurogroup elected a president. The result was "
        "announced by Makis Kerav, the Cypriot finance minister, who has been acting "
        "president of the body since June."
    )
    assert ("Makis Kerav", "leaderOf", "Eurogroup") in facts(g)


def test_the_body_with_no_organisation_of_the_story_is_nobody(graph_of):
    g = graph_of(
        "Police found a body near Harlow on Monday. Ana Ruiz, the head of the body's autopsy "
        "team, spoke. Orvik and Velka said nothing."
    )
    assert not {f for f in facts(g) if f[0] == "Ana Ruiz" and f[1] == "leaderOf"}


def test_taking_over_an_office_with_no_company_named_is_of_the_story_company(graph_of):
    g = graph_of(
        "Halden Foods said its chairman would leave. Halden Foods shares fell. "
        "His successor, vice chairman Pablo Ila, takes over the chairmanship on that date."
    )
    assert ("Pablo Ila", "leaderOf", "Halden Foods") in facts(g)


def test_taking_over_in_a_story_of_two_companies_names_none(graph_of):
    g = graph_of("Orvik and Velka both reported losses. Ana Ruiz will take over as chief "
                 "executive in May.")
    assert not {f for f in facts(g) if f[0] == "Ana Ruiz"}


@pytest.mark.parametrize("text", [
    "The team includes Ivo Dane, secretary of the Velmar Security Council, and Ana Ruiz, "
    "who took over as head of the presidential office this month.",
    "Ana Ruiz, who joined Orvik Group in 2010, became head of the ministry's legal "
    "department last year.",
])
def test_taking_over_a_body_no_name_stands_for_leads_no_other_body(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Ana Ruiz" and f[1] == "leaderOf"}


def test_becoming_chairman_of_the_board_leads_the_company(graph_of):
    g = graph_of(
        "Orvik Aerospace announces new appointments\n\n"
        "Orvik Aerospace today announced that its Board of Directors has named current "
        "chairman, Ana L. Roe, as chief executive officer, effective January 13.\n\n"
        "Roe will remain a member of the Board. In addition, Board member Tomas W. Vail will "
        "become non-executive Chairman of the Board effective immediately."
    )
    assert ("Tomas W. Vail", "leaderOf", "Orvik Aerospace") in facts(g)


def test_taking_over_the_body_a_description_refers_to_still_leads_it(graph_of):
    g = graph_of("Orvik Group said on Monday that Ana Ruiz would take over as head of the "
                 "company in May.")
    assert ("Ana Ruiz", "leaderOf", "Orvik Group") in facts(g)


def test_an_honorary_title_taken_leads_nothing(graph_of):
    got = facts(graph_of("Orvik Group said Ana Ruiz would remain as honorary chairman."))
    assert ("Ana Ruiz", "memberOf", "Orvik Group") in got
    assert ("Ana Ruiz", "leaderOf", "Orvik Group") not in got


def test_an_honorary_title_of_a_body_unsaid_is_not_the_story_s(graph_of):
    g = graph_of("The Velka League approved the takeover. The Velka League said the club would "
                 "be fined. Ana Ruiz will stay on as honorary president, with no seat on the "
                 "board.")
    assert not {f for f in facts(g) if f[0] == "Ana Ruiz"}


def test_title_over_two_lists_pairs_bodies_and_people_in_order(graph_of):
    g = graph_of(
        "The envoy later called the leaders of Chile, Peru and the Netherlands - Maria Jensen, "
        "Pedro Soto and Lena Varga - as well as Tom Baker. "
        "The foreign ministers of Kenya and Ghana, Otieno Baraka and Kofi Mensah, signed it."
    )
    got = facts(g)
    assert ("Maria Jensen", "leaderOf", "Chile") in got
    assert ("Pedro Soto", "leaderOf", "Peru") in got
    assert ("Lena Varga", "leaderOf", "Netherlands") in got
    assert ("Maria Jensen", "leaderOf", "Peru") not in got
    assert ("Otieno Baraka", "memberOf", "Kenya") in got
    assert ("Kofi Mensah", "memberOf", "Ghana") in got
    assert ("Kofi Mensah", "memberOf", "Kenya") not in got


def test_lists_of_different_lengths_or_past_titles_pair_nothing(graph_of):
    g = graph_of(
        "The leaders of Chile and Peru, Ana Ruiz, Pedro Soto and Lena Varga, met on Monday. "
        "The former presidents of Kenya and Ghana, Otieno Baraka and Kofi Mensah, attended. "
        "The leaders of Norway and Chile arrived in Oslo. Ines Berg and Tomas Lind spoke."
    )
    got = facts(g)
    assert not {r for r in got if r[1] == "leaderOf"}


def test_starting_work_as_a_title_of_a_body_holds_it(graph_of):
    got = facts(
        graph_of(
            "Maria Jensen starts work on Monday as executive director of the Harlow Trust. "
            "Pedro Soto will begin his term as president of the Chess Federation in May. "
            "Tom Baker started his career as a reporter at the Daily Ledger in 1990."
        )
    )
    assert ("Maria Jensen", "leaderOf", "Harlow Trust") in got
    assert ("Pedro Soto", "leaderOf", "Chess Federation") in got
    assert not {r for r in got if r[0] == "Tom Baker" and r[2] == "Daily Ledger"}


def test_co_titles_are_the_office_they_share(graph_of):
    got = facts(graph_of("Halvern Group co-CEO Ravi Samant will step down later this year."))
    assert ("Ravi Samant", "leaderOf", "Halvern Group") in got
    got = facts(graph_of("Halvern Group co-pilot Ravi Samant flew the plane."))
    assert not [f for f in got if f[0] == "Ravi Samant"]


def test_title_of_a_possessed_body_before_the_name(graph_of):
    got = facts(graph_of("Speaker of Velora's National Assembly Tom Hale opened the session."))
    assert ("Tom Hale", "leaderOf", "National Assembly") in got
    got = facts(graph_of("Velora's National Assembly member Tom Hale opened the session."))
    assert ("Tom Hale", "leaderOf", "National Assembly") not in got


def test_a_pair_of_ministers_shares_the_country_written_once(graph_of):
    got = facts(
        graph_of("Norwegian Foreign Minister Ana Roe and Defence Minister Tom Hale will hold "
                 "talks with U.S. Secretary of State Mark Dunning and Secretary of Defense "
                 "Paul Edmonds on Friday.")
    )
    assert ("Tom Hale", "memberOf", "Norway") in got
    assert ("Paul Edmonds", "memberOf", "United States") in got


def test_a_pair_of_one_portfolio_or_of_other_offices_shares_nothing(graph_of):
    got = facts(
        graph_of("Japanese Foreign Minister Ana Roe and Foreign Minister Tom Hale met. "
                 "U.S. Secretary of State Mark Dunning and President Paul Edmonds spoke.")
    )
    assert ("Tom Hale", "memberOf", "Japan") not in got
    assert ("Paul Edmonds", "memberOf", "United States") not in got
    assert ("Paul Edmonds", "leaderOf", "United States") not in got


def test_chairman_of_the_committee_named_later_in_the_paragraph(graph_of):
    g = graph_of(
        "Idaho Sen. Carl Brenner, chairman of the committee, said the deal needed scrutiny "
        "before the Senate Foreign Relations Committee votes on it next week."
    )
    assert ("Carl Brenner", "leaderOf", "Senate Foreign Relations Committee") in facts(g)


def test_chairman_of_the_committee_of_another_or_of_one_of_two_is_not_the_one_named(graph_of):
    stories = [
        # named in the next paragraph only
        "Idaho Sen. Carl Brenner, chairman of the committee, said the deal needed "
        "scrutiny.\n\nThe Senate Foreign Relations Committee votes on it next week.",
        # two committees named
        "Idaho Sen. Carl Brenner, chairman of the committee, said the deal needed scrutiny "
        "before the Senate Foreign Relations Committee and the Senate Armed Services "
        "Committee vote on it.",
        # a committee set apart by its words
        "Idaho Sen. Carl Brenner, chairman of the ethics committee, said the deal needed "
        "scrutiny before the Senate Foreign Relations Committee votes on it next week.",
    ]
    for story in stories:
        got = facts(graph_of(story))
        assert not {r for r in got if r[0] == "Carl Brenner" and r[1] == "leaderOf"}, story


def test_titles_shared_out_respectively(graph_of):
    got = facts(graph_of(
        "Rafael Orlan and Tomas Vela, president and general secretary respectively of the "
        "Kestrel Football Federation, were suspended for two months. "
        "Ana Pereth and Ivo Darn, the chairman and chief executive of Dunmore Bank "
        "respectively, spoke on Monday."
    ))
    assert ("Rafael Orlan", "leaderOf", "Kestrel Football Federation") in got
    assert ("Tomas Vela", "memberOf", "Kestrel Football Federation") in got
    assert ("Tomas Vela", "leaderOf", "Kestrel Football Federation") not in got
    assert ("Rafael Orlan", "memberOf", "Kestrel Football Federation") not in got
    assert ("Ana Pereth", "leaderOf", "Dunmore Bank") in got
    assert ("Ivo Darn", "leaderOf", "Dunmore Bank") in got


def test_three_names_for_two_titles_are_not_shared_out(graph_of):
    got = facts(graph_of(
        "Rafael Orlan, Ema Ruddock and Tomas Vela, president and general secretary "
        "respectively of the Kestrel Football Federation, were suspended."
    ))
    assert ("Ema Ruddock", "leaderOf", "Kestrel Football Federation") not in got


def test_a_bodys_title_held_in_a_place_before_the_name(graph_of):
    got = facts(graph_of(
        "A Karvan Front delegation, chaired by the group's leader in Gaza Yusuf al-Karimi, held "
        "talks in Cairo. "
        "The Kestrel Party leader in Scotland Ian Dorrance said the vote was lost. "
        "The UN humanitarian coordinator in Yemen David Morland warned of famine."
    ))
    assert ("Yusuf al-Karimi", "leaderOf", "Karvan Front") in got
    assert ("Ian Dorrance", "leaderOf", "Kestrel Party") in got
    assert ("David Morland", "memberOf", "UN") in got


def test_no_title_before_the_place_gives_no_role(graph_of):
    got = facts(graph_of(
        "A Karvan Front rally in Gaza, Yusuf al-Karimi said, drew thousands on Friday."
    ))
    assert not {f for f in got if f[0] == "Yusuf al-Karimi"}


@pytest.mark.parametrize(("text", "fact"), [
    ("President Ivan Koval received a draft of the plan via his aide Karl Brandt earlier "
     "this month.", ("Karl Brandt", "advisorOf", "Ivan Koval")),
    ("President Ivan Koval said his spokesman Karl Brandt would brief reporters.",
     ("Karl Brandt", "spokespersonOf", "Ivan Koval")),
    ("President Ivan Koval and his chief of staff Karl Brandt flew to Geneva on Monday.",
     ("Karl Brandt", "advisorOf", "Ivan Koval")),
    ("President Ivan Koval sent his envoy Karl Brandt to Geneva on Monday.",
     ("Karl Brandt", "advisorOf", "Ivan Koval")),
    ("President Ivan Koval named Ana Roe on Monday, his spokesman Karl Brandt said.",
     ("Karl Brandt", "spokespersonOf", "Ivan Koval")),
])
def test_his_aide_named_without_commas_serves_the_one_his_stands_for(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "person", "owner"), [
    # a past aide, an aide of another clause's subject, a title of no service
    ("Ana Roe said her former spokesman Karl Brandt had left the party.", "Karl Brandt",
     "Ana Roe"),
    ("President Ivan Koval spoke on Monday. He confirmed that US special envoy Karl Brandt "
     "would travel to Kasport next week, and that a Fooian team would be led by his aide "
     "Oleg Darnyk.", "Oleg Darnyk", "Karl Brandt"),
    ("President Ivan Koval met his counterpart Karl Brandt on Monday.", "Karl Brandt",
     "Ivan Koval"),
    ("President Ivan Koval praised his deputy Karl Brandt on Monday.", "Karl Brandt",
     "Ivan Koval"),
])
def test_his_title_serves_no_one_when_past_far_or_no_service(graph_of, text, person, owner):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == person and f[2] == owner and f[1] in {
        "advisorOf", "spokespersonOf", "memberOf"}}


@pytest.mark.parametrize(("text", "fact", "posting"), [
    ("UN Syria envoy Anders Lindqvist arrived in Damascus on Monday.",
     ("Anders Lindqvist", "memberOf", "UN"), "Syria"),
    ("US Iran envoy Robert Mallory said talks would resume.",
     ("Robert Mallory", "memberOf", "United States"), "Iran"),
    ("Oleg Darr's Ukraine envoy Keith Kellerman joined the meeting remotely.",
     ("Keith Kellerman", "advisorOf", "Oleg Darr"), "Ukraine"),
])
def test_a_place_between_the_sender_and_envoy_is_the_posting(graph_of, text, fact, posting):
    got = facts(graph_of(text))
    assert fact in got
    assert (fact[0], "memberOf", posting) not in got


@pytest.mark.parametrize(("text", "fact"), [
    # one place, or a possessive one: the envoy's own country
    ("Ukraine's envoy Oleg Darnyk met officials in Brussels.",
     ("Oleg Darnyk", "memberOf", "Ukraine")),
    ("US envoy Oleg Darnyk met officials in Brussels.",
     ("Oleg Darnyk", "memberOf", "United States")),
])
def test_an_envoy_after_one_country_is_its_own(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    # "X, her foreign minister,": "her" is another's, never the name's own
    ("Estonian President Ilsa Marken arrived on Monday. Pavel Dresk, her foreign minister, "
     "said talks would resume.", ("Pavel Dresk", "memberOf", "Estonia")),
    ("Estonian President Ilsa Marken met Pavel Dresk, her foreign minister, on Monday.",
     ("Pavel Dresk", "memberOf", "Estonia")),
    ("Estonian President Ilsa Marken arrived on Monday. Pavel Dresk, her spokesman, said "
     "talks would resume.", ("Pavel Dresk", "spokespersonOf", "Ilsa Marken")),
    # the leader called by the surname alone: the country of the one named in full so
    ("Estonian President Ilsa Marken arrived on Monday. Marken's finance minister, Pavel "
     "Dresk, said the budget was balanced.", ("Pavel Dresk", "memberOf", "Estonia")),
])
def test_a_leaders_minister_set_beside_the_name_is_of_the_leaders_country(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "person", "body"), [
    # a past post, a relative, a leader not named with a country, two namesakes
    ("Estonian President Ilsa Marken arrived on Monday. Pavel Dresk, her former foreign "
     "minister, said talks would resume.", "Pavel Dresk", "Estonia"),
    ("Estonian President Ilsa Marken arrived on Monday. Pavel Dresk, her brother, said "
     "talks would resume.", "Pavel Dresk", "Estonia"),
    ("Ilsa Marken arrived in Estonia on Monday. Marken's finance minister, Pavel Dresk, "
     "said the budget was balanced.", "Pavel Dresk", "Estonia"),
    ("Estonian President Ilsa Marken and her son Jan Marken arrived on Monday. Marken's "
     "finance minister, Pavel Dresk, said the budget was balanced.", "Pavel Dresk", "Estonia"),
])
def test_no_country_for_a_past_post_a_relative_or_an_unclear_leader(graph_of, text, person,
                                                                     body):
    got = facts(graph_of(text))
    assert (person, "memberOf", body) not in got
    assert (person, "memberOf", person) not in got
