"""Where a name begins and ends, and what it names: inner "and", titles around names,
descriptions that are no names, and a country's institutions named by what they do."""

import pytest

from kg.text.personal_names import person_name_shape

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_an_and_inside_a_body_named_after_a_title_keeps_the_name_whole(graph_of):
    got = entities(graph_of(
        "Lina Varsi, Secretary of the National Security and Defence Council of Estonia, "
        "led the talks."
    ))
    assert got.get("National Security and Defence Council of Estonia") == "Organization"
    assert "Defence Council of Estonia" not in got
    assert got.get("Lina Varsi") == "Person"


def test_an_and_between_two_titled_people_joins_nothing(graph_of):
    got = entities(graph_of(
        "Secretary of State Marek Hall and Defence Secretary Ines Roe arrived in Tallinn."
    ))
    assert got.get("Marek Hall") == "Person" and got.get("Ines Roe") == "Person"
    assert not [label for label in got if " and " in label]


def test_a_given_name_after_and_in_a_body_s_name_is_its_word(graph_of):
    got = entities(graph_of(
        "Leaders met on the sidelines of the Baltic Forum of Dialogue and Trust in Riga."
    ))
    assert got.get("Baltic Forum of Dialogue and Trust") == "Organization"
    assert "Trust" not in got


def test_a_person_after_and_is_not_joined_to_a_body(graph_of):
    got = entities(graph_of("The Ministry of Culture and Anna Berg signed the agreement."))
    assert got.get("Ministry of Culture") == "Organization"
    assert got.get("Anna Berg") == "Person"


def test_a_region_s_adjective_and_and_open_a_bureau_s_name(graph_of):
    got = entities(graph_of(
        "Aiko Tanabe, director-general of the African and Levantine Affairs Bureau at the "
        "ministry, met him."
    ))
    assert got.get("African and Levantine Affairs Bureau") == "Organization"
    assert "Levantine Affairs Bureau" not in got


def test_two_countries_adjectives_open_no_name(graph_of):
    got = entities(graph_of("Officials from the Polish and Czech Foreign Ministries met."))
    assert not [label for label in got if label.startswith(("Polish", "Czech"))]


def test_a_minister_s_portfolios_are_no_body(graph_of):
    g = graph_of(
        "Dimos Karalis, Greece's Minister of National Economy and Finance, was elected "
        "chair. Like Vos, Karalis belongs to the People's Party."
    )
    got = entities(g)
    assert "National Economy and Finance" not in got
    assert got.get("Dimos Karalis") == "Person"  # his title in apposition, after a comma


def test_a_ministry_of_portfolios_is_a_body(graph_of):
    got = entities(graph_of(
        "The Ministry of National Economy and Finance said the budget was balanced."
    ))
    assert got.get("Ministry of National Economy and Finance") == "Organization"


def test_a_title_before_a_known_given_name_is_left_out_of_the_name(graph_of):
    got = entities(graph_of(
        "The following is attributable to Principal Deputy Spokesperson Tommy Varkey: "
        "the talks went well."
    ))
    assert got.get("Tommy Varkey") == "Person"
    assert not [label for label in got if "Spokesperson" in label]


def test_a_title_and_the_function_its_holder_heads_name_no_body(graph_of):
    g = graph_of(
        "Minister Aylin Koc and the Head of Communications, Baran Tekin, attended the "
        "meeting."
    )
    got = entities(g)
    assert "Head of Communications" not in got and "Communications" not in got
    assert got.get("Baran Tekin") == "Person"


def test_a_body_after_head_of_the_is_a_body(graph_of):
    g = graph_of("The Head of the Communications Regulatory Authority, Mira Solberg, resigned.")
    assert ("Mira Solberg", "leaderOf", "Communications Regulatory Authority") in facts(g)


def test_a_title_s_possessive_inside_an_office_s_name_keeps_it_whole(graph_of):
    g = graph_of(
        "Agents of the Specialised Anti-Fraud Prosecutor's Office (SAFPO) searched his home. "
        "SAFPO declined to comment."
    )
    bodies = [e for e in g.entities if e.type == "Organization"]
    assert [e.label for e in bodies] == ["Specialised Anti-Fraud Prosecutor's Office"]
    assert "SAFPO" in bodies[0].alt_labels  # its hyphened word read as one initial
    assert "Specialised Anti-Fraud" not in entities(g)


def test_the_body_a_chief_heads_begins_after_of_the(graph_of):
    g = graph_of(
        "Also present was the Chief of the General Staff of the Armed Forces of Estonia, "
        "Karl Metsavaht."
    )
    assert entities(g).get("General Staff of the Armed Forces of Estonia") == "Organization"
    assert ("Karl Metsavaht", "leaderOf", "General Staff of the Armed Forces of Estonia") in (
        facts(g))


def test_a_royal_title_of_a_country_is_no_name(graph_of):
    got = entities(graph_of(
        "The guests were the Emir of Kuwait, Sheikh Nasser al-Fahad, and the Mayor of Riga."
    ))
    assert got.get("Kuwait") == "Place"
    assert "Emir of Kuwait" not in got


def test_a_title_a_body_holds_too_makes_no_person(graph_of):
    got = entities(graph_of("Velmora, a member of the alliance, objected on Monday."))
    assert got.get("Velmora") != "Person"


def test_a_title_after_a_region_and_a_comma_makes_no_person(graph_of):
    got = entities(graph_of(
        "The lab near Sudbury, Ontario, the Minister of Science, Ana Tremblay, said, "
        "would close."
    ))
    assert got.get("Ontario") != "Person"


def test_a_capitalised_title_in_apposition_makes_a_person(graph_of):
    got = entities(graph_of(
        "It expressed its full support for the Secretary-General's Personal Envoy for the "
        "Sahel, Bengt de Valliere."
    ))
    assert got.get("Bengt de Valliere") == "Person"


def test_a_given_name_and_a_particle_make_a_person_s_name():
    assert person_name_shape(["Bengt", "de", "Valliere"]) == 1.0
    assert person_name_shape(["Bengt", "Valliere"]) < 1.0  # the surname unknown
    assert person_name_shape(["Instituto", "de", "Valliere"]) == 0.0  # no given name
    assert person_name_shape(["Santiago", "de", "Valliere"]) < 1.0  # a place's first word


def test_a_relative_clause_after_a_place_is_about_the_person_before(graph_of):
    got = entities(graph_of(
        "The ministry protested a post by Li Wen, China's consul-general in Nagoya, who had "
        "written that it was wrong."
    ))
    assert got.get("Nagoya") == "Place"
    assert got.get("Li Wen") == "Person"


def test_a_name_after_the_that_heads_its_phrase_is_no_person(graph_of):
    got = entities(graph_of(
        "Youth Minister Hana Yusof told the Dewan Negara this week that the fund was empty. "
        "Dewan Hartono, a lawyer, disagreed."
    ))
    assert got.get("Dewan Negara") == "Organization"
    assert got.get("Dewan Hartono") == "Person"  # the given name, used as a person's


def test_the_party_a_member_sits_for_is_no_person(graph_of):
    g = graph_of("She was replying to Ramesh Kumar, the Harapan Baru MP for Kota Lama.")
    assert entities(g).get("Harapan Baru") == "Organization"
    assert ("Ramesh Kumar", "memberOf", "Harapan Baru") in facts(g)


def test_what_someone_is_after_a_is_no_name(graph_of):
    got = entities(graph_of(
        "Demir, a Crimean Tatar who served as defence minister, led the team. Laurent Morel, "
        "a Frenchman who joined the firm in 1986, stepped down. A Reuters reporter was there."
    ))
    assert not {"Crimean Tatar", "Frenchman"} & set(got)
    assert got.get("Laurent Morel") == "Person"
    assert got.get("Reuters") == "Organization"  # a name describing a noun after "a"


def test_a_name_after_an_describing_a_noun_phrase_stays(graph_of):
    got = entities(graph_of(
        "They met on the sidelines of an ASEAN foreign ministers' meeting in Vientiane."
    ))
    assert got.get("ASEAN") == "Organization"


def test_a_party_after_a_is_still_the_party(graph_of):
    g = graph_of("Senator Dana Holt, a Republican, voted against the bill.")
    assert ("Dana Holt", "memberOf", "Republican Party") in facts(g)


def test_a_second_adjective_of_a_list_names_nothing(graph_of):
    got = entities(graph_of("It wants a security force drawn from Arab and Muslim states."))
    assert "Muslim" not in got


def test_a_continent_s_adjective_before_a_title_is_no_continent(graph_of):
    g = graph_of("The rate was set alongside European Commissioner Jonas Berzins on Friday.")
    assert "Europe" not in entities(g)
    assert not [f for f in facts(g) if f[2] == "Europe"]
    g = graph_of("The European Union fined the bank. European Commissioner Jonas Berzins "
                 "welcomed the fine.")
    assert ("Jonas Berzins", "memberOf", "European Union") in facts(g)  # the union it names


def test_a_country_s_institution_keeps_the_country_as_its_owner(graph_of):
    got = entities(graph_of(
        "Kenya's Foreign Ministry said the envoy was summoned.",
        "Peru's Foreign Ministry said the talks would resume.",
    ))
    assert got.get("Kenya's Foreign Ministry") == "Organization"
    assert got.get("Peru's Foreign Ministry") == "Organization"  # two ministries, not one
    assert got.get("Kenya") == "Place" and got.get("Peru") == "Place"
    assert "Foreign Ministry" not in got


def test_the_bare_institution_after_a_country_s_is_that_country_s(graph_of):
    g = graph_of(
        "Kenya's Foreign Ministry said the envoy was summoned. Ministry spokesman Ali Omar "
        "said the Foreign Ministry would act."
    )
    assert [e.label for e in g.entities if e.type == "Organization"] == [
        "Kenya's Foreign Ministry"]
    assert ("Ali Omar", "spokespersonOf", "Kenya's Foreign Ministry") in facts(g)


def test_the_bare_institution_beside_two_countries_is_neither_s_by_its_name(graph_of):
    got = entities(graph_of(
        "Kenya's Foreign Ministry protested. The Ugandan Foreign Ministry replied on Monday."
    ))
    assert got.get("Kenya's Foreign Ministry") == "Organization"
    assert got.get("Ugandan Foreign Ministry") == "Organization"


def test_a_country_s_company_is_named_without_the_country(graph_of):
    got = entities(graph_of("Russia's Gazprom cut supplies on Monday."))
    assert "Gazprom" in got and "Russia's Gazprom" not in got


def test_a_number_after_of_ends_a_name(graph_of):
    got = entities(graph_of("Li Qiang may meet her at the Group of 20 summit in Johannesburg."))
    assert got.get("Group of 20") == "Organization"
    assert "Group of" not in got


def test_an_apposition_the_parser_hung_elsewhere_still_types_the_name(graph_of):
    got = entities(graph_of(
        "Searches took place in the kickback scheme at Voltara, the state nuclear power "
        "company, investigators said."
    ))
    assert got.get("Voltara") == "Organization"


def test_a_clause_after_a_place_is_no_apposition(graph_of):
    got = entities(graph_of(
        "Voss will run the combined business from Atlanta, the companies said on Monday."
    ))
    assert got.get("Atlanta") == "Place"


def test_a_place_apposition_still_makes_a_place(graph_of):
    got = entities(graph_of("Tellwick, a lakeside town in the north, voted on Sunday."))
    assert got.get("Tellwick") == "Place"


def test_a_numbered_order_is_no_person(graph_of):
    got = entities(graph_of(
        "The Treasury added him to its list under Executive Order 14059, a counternarcotics "
        "authority."
    ))
    assert "Order" not in got  # a numbered text's kind names nothing alone


def test_numbered_texts_name_nothing_alone(graph_of):
    got = entities(graph_of("Article 5 of the treaty applies. Resolution 2797 passed."))
    assert not {"Article", "Resolution"} & set(got)


def test_a_body_named_for_its_task_in_a_place_before_its_acronym_is_one_name(graph_of):
    g = graph_of(
        "The Council extended the mandate of the United Nations Mission for the Census in "
        "Western Sahara (MINUCEN) until October. MINUCEN has 200 staff."
    )
    bodies = [e for e in g.entities if e.type == "Organization" and "Mission" in e.label]
    assert [e.label for e in bodies] == [
        "United Nations Mission for the Census in Western Sahara"]
    assert "MINUCEN" in bodies[0].alt_labels
    assert "Census" not in entities(g)


def test_a_place_after_a_body_s_name_without_an_acronym_stays_a_place(graph_of):
    got = entities(graph_of("The Office for Refugees in Lebanon said the camps were full."))
    assert got.get("Lebanon") == "Place"
    assert got.get("Office for Refugees") == "Organization"


def test_a_newspaper_s_name_after_the_is_the_newspaper(graph_of):
    got = entities(graph_of(
        "Sources told the Tallinn Ledger that the minister would resign. Copying is "
        "permitted only with a link to the Tallinn Ledger."
    ))
    assert got.get("Tallinn Ledger") == "Organization"


def test_a_lone_quotation_mark_ends_a_name(graph_of):
    got = entities(graph_of(
        'Ana Costa sent her congratulations on X. "Portugal has come a long way," she wrote.'
    ))
    assert got.get("Portugal") == "Place"
    assert got.get("Ana Costa") == "Person"  # the surname tagged a place, the given name not
    assert not [label for label in got if '"' in label]


def test_a_nickname_in_quotes_stays_inside_a_name(graph_of):
    g = graph_of('Club owner Marcus "Sunny" Delacroix said the team would stay.')
    assert entities(g).get("Marcus Delacroix") == "Person"


def test_a_house_a_summit_is_held_at_is_a_place(graph_of):
    got = entities(graph_of("The two leaders held their annual summit at Kestrel House."))
    assert got.get("Kestrel House") == "Place"


def test_a_house_one_works_at_or_the_white_house_stay_bodies(graph_of):
    got = entities(graph_of(
        "Ana Roe worked at Random House for a decade. Trump met Rutte at the White House."
    ))
    assert got.get("Random House") == "Organization"
    assert got.get("White House") == "Organization"


def test_a_number_the_tagger_read_apart_ends_a_name_describing_a_noun(graph_of):
    got = entities(graph_of(
        "Mindal, a former co-owner of the president's Vatra 95 studio, left."
    ))
    assert got.get("Vatra 95") == "Organization"
    assert "Vatra" not in got


def test_a_company_s_model_number_stays_out_of_its_name(graph_of):
    got = entities(graph_of("The airline grounded its Boeing 737 jets on Monday."))
    assert "Boeing 737" not in got


def test_a_region_before_a_bar_opening_a_line_is_the_page_s_section(graph_of):
    got = entities(graph_of(
        "Talks Stall Over Port Deal\n\nTHE HARBOUR OBSERVER\nAfrica | Wednesday, November 19, "
        "2025 | By Ana Roe\n\nLeaders met in Nairobi on Monday."
    ))
    assert "Africa" not in got
    got = entities(graph_of("Leaders of Africa met in Nairobi on Monday."))
    assert got.get("Africa") == "Place"


def test_two_people_named_in_full_are_two_names(graph_of):
    graph = graph_of("Jonas Weber hosted a summit attended by Amara Okafor and Tunde Bello.")
    kinds = entities(graph)
    assert kinds.get("Amara Okafor") == "Person" and kinds.get("Tunde Bello") == "Person"
    assert ("Jonas Weber", "met", "Tunde Bello") in facts(graph)


@pytest.mark.parametrize("text, firm", [
    ("Procter and Gamble cut 200 jobs.", "Procter and Gamble"),
    ("Shares of Procter and Gamble rose.", "Procter and Gamble"),
])
def test_a_firm_named_after_two_surnames_stays_one(graph_of, text, firm):
    assert firm in entities(graph_of(text))


def test_a_kind_of_body_in_lower_case_divides_two_names(graph_of):
    graph = graph_of("The Warsaw company Brenner Steel cut 200 jobs.")
    kinds = entities(graph)
    assert kinds.get("Brenner Steel") == "Organization" and kinds.get("Warsaw") == "Place"


@pytest.mark.parametrize("text, name", [
    ("White House Chief of Staff Dana Whitfield said the talks went well.", "Dana Whitfield"),
    ("Ukraine's Chief of the General Staff Oleksandr Dovbenko said the army held.",
     "Oleksandr Dovbenko"),
])
def test_the_last_word_of_a_title_is_no_given_name(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Person"


def test_a_profession_written_as_a_style_is_no_part_of_the_name(graph_of):
    graph = graph_of(
        "PTM leaders Barrister Gohar Ali Shah, Sher Afzal Baig and Advocate Shoaib Nawaz "
        "were arrested by police outside parliament."
    )
    got = entities(graph)
    assert got.get("Gohar Ali Shah") == "Person"
    assert got.get("Shoaib Nawaz") == "Person"
    assert not any(name.startswith(("Barrister", "Advocate")) for name in got)
    assert {("Gohar Ali Shah", "memberOf", "PTM"), ("Shoaib Nawaz", "memberOf", "PTM")} <= facts(
        graph)


def test_a_title_opened_by_a_professions_word_stays_a_title(graph_of):
    got = entities(graph_of("Advocate General Ana Roe of the Norland Court gave her opinion."))
    assert "General Ana Roe" not in got


def test_initials_open_a_south_asian_name(graph_of):
    got = entities(graph_of(
        "Differences paved the way for CPN-UML's chairman KP Sharma Oli to strike a deal. "
        "Later, CPN-UML chair KP Sharma Oli met the press.",
        "Bangladesh Foreign Minister AK Abdul Momen called on President Rajan Mehta.",
        "After the talks failed, Dahal reached to meet KP Sharma Oli, the chairman of the "
        "CPN-UML.",
    ))
    assert got.get("KP Sharma Oli") == "Person"
    assert got.get("AK Abdul Momen") == "Person"
    assert not {"KP", "AK", "Sharma Oli", "Abdul Momen"} & set(got)


def test_a_bodys_acronym_before_a_name_stays_the_bodys(graph_of):
    got = entities(graph_of("The UN said so. Ambassador to the UN Lena Ortiz-Vale said the "
                            "vote was wrong."))
    assert got.get("Lena Ortiz-Vale") == "Person"
    assert "UN Lena Ortiz-Vale" not in got


def test_sheikh_before_a_one_word_name_is_part_of_it(graph_of):
    got = entities(graph_of(
        "Bangladesh Prime Minister Sheikh Nasrin met Ana Roe in Dhaka. Nasrin said the talks "
        "were useful.",
        "Sheikh Khalid bin Saud Al Marri, Qatar's prime minister, met Ana Roe. Later, "
        "Sheikh Khalid said the talks were useful.",
    ))
    assert got.get("Sheikh Nasrin") == "Person"
    assert got.get("Khalid bin Saud Al Marri") == "Person"
    assert "Sheikh Khalid" not in got


def test_a_body_run_into_its_chairmans_name_parts_at_its_head_word(graph_of):
    got = facts(graph_of(
        "Ram Bahadur Thapa and the chairman of the Maoist Center Kamal Prasad Dahal were the "
        "frontrunners."
    ))
    assert ("Kamal Prasad Dahal", "leaderOf", "Maoist Center") in got


def test_a_persons_full_name_run_after_a_bodys_head_word_is_the_persons(graph_of):
    got = entities(graph_of(
        "A coalition of six parties has decided to back Nepal's Maoist Center Pushpa Kamal "
        "Dahal to form the next government.",
        "The Carter Center said the vote was fair.",
    ))
    assert got.get("Pushpa Kamal Dahal") == "Person"
    assert got.get("Maoist Center") == "Organization"
    assert got.get("Carter Center") == "Organization"


def test_an_office_named_with_and_before_its_director_s_title_and_name(graph_of):
    g = graph_of("Office of Management and Budget Director Carl Henning circulated a memo on "
                 "Wednesday.")
    assert entities(g).get("Office of Management and Budget") == "Organization"
    assert "Budget" not in entities(g)
    assert ("Carl Henning", "leaderOf", "Office of Management and Budget") in facts(g)


def test_a_ministry_and_a_minister_s_title_after_and_stay_apart(graph_of):
    g = graph_of("Officials from the Ministry of Energy and Trade Minister Ana Ruiz met on "
                 "Monday.")
    assert "Ministry of Energy and Trade" not in entities(g)
    assert entities(g).get("Ana Ruiz") == "Person"


# -- a body's name run into the name of its person, which the tagger read as two


def test_a_body_then_a_hyphenated_name_are_two_names(graph_of):
    got = entities(graph_of(
        "Associate Professor of Economics at Seoul's Hanbit University Park Ji-woo told "
        "reporters he expected little change. \"Nothing will move,\" Park said."
    ))
    assert got.get("Park Ji-woo") == "Person"
    assert got.get("Hanbit University") == "Organization"
    assert "Hanbit University Park Ji-woo" not in got


def test_a_hyphenated_name_the_tagger_read_whole_stays_whole(graph_of):
    got = entities(graph_of("Sofia Lindqvist-Tran, the mayor, said the budget was done."))
    assert got.get("Sofia Lindqvist-Tran") == "Person"


# -- princely titles and abbreviated ministers' titles before a name


def test_a_princess_s_name_is_a_person(graph_of):
    g = graph_of(
        "At the invitation of the Chinese government, Her Royal Highness Princess Siriwan "
        "Chakri of the Kingdom of Thailand will visit China next week."
    )
    assert entities(g).get("Siriwan Chakri") == "Person"
    assert ("Siriwan Chakri", "locatedIn", "Kingdom of Thailand") not in facts(g)


def test_a_place_named_for_a_prince_stays_a_place(graph_of):
    got = entities(graph_of(
        "Prince Edward Island voted on Monday. The premier of Prince Edward Island said so."))
    assert all(kind != "Person" for kind in got.values())


def test_eam_before_a_name_is_a_title(graph_of):
    got = entities(graph_of(
        "EAM Jaishankar met Foreign Minister Ana Lopes in Madrid. External Affairs Minister "
        "S Jaishankar said the talks went well."
    ))
    assert "EAM Jaishankar" not in got
    assert got.get("S Jaishankar") == "Person"


def test_a_body_s_number_after_its_head_word_ends_its_name(graph_of):
    got = entities(graph_of(
        "The Velmar Claims Tribunal-2 sentenced Dara Quill on Monday. Covid-19 cases rose."
    ))
    assert got.get("Velmar Claims Tribunal-2") == "Organization"
    assert "Velmar Claims" not in got
    assert not any("Covid" in label for label in got)
