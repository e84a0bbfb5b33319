"""Offices written as a phrase before a name, or with no country: sentences written for
these tests, with invented names."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


_ROLES = {"memberOf", "leaderOf", "spokespersonOf", "advisorOf"}


def _roles_of(got, person):
    """The offices ``person`` holds (a meeting the same sentence tells of is not one)."""
    return {(p, o) for s, p, o in got if s == person and p in _ROLES}


def test_possessive_description_and_pronoun_owners(graph_of):
    got = facts(
        graph_of(
            "The Unity Party held its congress in Brno on Sunday. The party's general "
            "secretary, Tomas Rell, said the vote would go ahead.",
            "Kessel Group cut its forecast on Tuesday. The group's financial controller, "
            "Ines Marquardt, said costs had risen.",
            "The Harbour Forum met in Lagos on Friday. Its convenor, Dapo Olanrewaju, said "
            "the talks were useful.",
        )
    )
    assert ("Tomas Rell", "memberOf", "Unity Party") in got
    assert ("Tomas Rell", "leaderOf", "Unity Party") not in got
    assert ("Ines Marquardt", "memberOf", "Kessel Group") in got
    assert ("Dapo Olanrewaju", "memberOf", "Harbour Forum") in got


def test_a_title_before_a_comma_and_and_is_not_the_next_names(graph_of):
    got = facts(graph_of("Tom Hale is the chairman of Velora Group, and Ana Roe is a lawyer."))
    assert ("Tom Hale", "leaderOf", "Velora Group") in got
    assert not {f for f in got if f[0] == "Ana Roe"}


def test_portfolio_list_and_unit_before_the_name(graph_of):
    got = facts(
        graph_of(
            "The African Union (AU) called for calm. Attending were Kenyan President Amos "
            "Kiprono and the AU's commissioner for political affairs, peace and security, "
            "Bankole Adebayo.",
            "The Organization of American States (OAS) sent observers. The head of the OAS "
            "mission, former Chilean foreign minister Gabriela Ferreira, urged calm.",
        )
    )
    assert ("Bankole Adebayo", "memberOf", "African Union") in got
    assert ("Amos Kiprono", "memberOf", "African Union") not in got
    # the head of a mission leads a part of the organisation, not the organisation
    assert ("Gabriela Ferreira", "memberOf", "Organization of American States") in got
    assert ("Gabriela Ferreira", "leaderOf", "Organization of American States") not in got


def test_an_acronym_in_brackets_inside_the_title(graph_of):
    got = facts(
        graph_of(
            "The Party for Civic Renewal (PCR) won the vote. The head of the PCR's youth "
            "wing, Ana Berg, said so. The leader of the Party for Civic Renewal (PCR), Jonas "
            "Lind, thanked voters."
        )
    )
    assert _roles_of(got, "Ana Berg") == {("memberOf", "Party for Civic Renewal")}
    assert ("Jonas Lind", "leaderOf", "Party for Civic Renewal") in got


def test_leader_in_a_chamber_is_a_member(graph_of):
    got = facts(
        graph_of(
            "The National Progress Union (NPU) won the vote. The NPU's leader in the lower "
            "house, Rafael Mendoza, welcomed it."
        )
    )
    assert _roles_of(got, "Rafael Mendoza") == {("memberOf", "National Progress Union")}


def test_a_persons_deputy_and_spokesperson(graph_of):
    got = facts(
        graph_of(
            "Tang Wei, who leads the Civic Front, met reporters in Ipoh. Tang's deputy, "
            "Lin Bao, said the manifesto was ready.",
            "President Ramon Castell of the Philippines flew to Hanoi on Monday. The "
            "Philippine leader's press secretary, Aurora Bantug, said he was pleased.",
        )
    )
    assert ("Lin Bao", "memberOf", "Civic Front") in got
    assert ("Lin Bao", "leaderOf", "Civic Front") not in got
    assert ("Aurora Bantug", "spokespersonOf", "Ramon Castell") in got


def test_organisation_named_by_a_description(graph_of):
    got = facts(
        graph_of(
            "The Financial Conduct Office, the country's financial regulator, fined the "
            "bank. A spokesman for the regulator, Martin Eze, declined to comment.",
            "Vantor Logistics reported higher sales. Vantor Logistics also hired staff. A "
            "company spokeswoman, Camila Duarte, said demand was strong.",
            "Rival Holdings and Vantor Logistics reported higher sales. A company "
            "spokeswoman, Ruth Okafor, said demand was strong.",
        )
    )
    assert ("Martin Eze", "spokespersonOf", "Financial Conduct Office") in got
    assert ("Camila Duarte", "spokespersonOf", "Vantor Logistics") in got
    # two companies equally named: the description fits neither surely
    assert not _roles_of(got, "Ruth Okafor")


def test_offices_placed_by_the_sentence_or_the_dateline(graph_of):
    got = facts(
        graph_of(
            "TOKYO — Japan said on Monday it would protest. In Tokyo, Chief Cabinet "
            "Secretary Kenji Hirano said the drill had been routine.",
            "Hanoi protested on Monday. Foreign ministry spokeswoman Pham Thu Hang "
            "(Vietnam) said the ship had left.",
            "LONDON — Britain said on Monday it would act. Foreign Secretary Edward Lamb "
            "announced sanctions, which the Office of Foreign Assets Control (OFAC) matched. "
            "Britain and the United States agreed.",
            "The caretaker prime minister, Jan Pieters, said the Netherlands would wait. "
            "Dutch voters go to the polls in the Netherlands in May.",
        )
    )
    assert ("Kenji Hirano", "memberOf", "Japan") in got
    assert ("Pham Thu Hang", "spokespersonOf", "Vietnam") in got
    assert _roles_of(got, "Edward Lamb") == {("memberOf", "United Kingdom")}
    assert ("Jan Pieters", "leaderOf", "Netherlands") in got


def test_a_visitor_is_not_of_the_country_visited(graph_of):
    got = facts(
        graph_of(
            "TOKYO — Japan hosted the talks on Monday. Chinese Foreign Minister Wei Lan "
            "arrived in Tokyo. In Tokyo, Foreign Minister Wei Lan said the talks went well."
        )
    )
    assert _roles_of(got, "Wei Lan") == {("memberOf", "China")}


def test_adviser_to_a_president_serves_that_government(graph_of):
    got = facts(
        graph_of(
            "CAIRO — The adviser to the Egyptian President, Omar Fathy, said talks would "
            "resume. Egypt hosted the talks.",
            "The envoy to the Egyptian President, Karim Nabil, said talks would resume.",
        )
    )
    assert _roles_of(got, "Omar Fathy") == {("memberOf", "Egypt")}
    assert not _roles_of(got, "Karim Nabil")


def test_institutions_named_by_an_officers_title(graph_of):
    got = facts(
        graph_of(
            "The National Prosecutor's Office charged him. National Prosecutor Anna Wolska "
            "told reporters the case was strong.",
            "The Supreme Court of Kenya heard the case. Justice Mary Wambui said the ruling "
            "would follow. Justice Minister Peter Otieno said nothing.",
            "The European Union fined the firm. European Commissioner for Justice Marta "
            "Kallas welcomed the fine.",
        )
    )
    assert ("Anna Wolska", "memberOf", "National Prosecutor's Office") in got
    assert ("Mary Wambui", "memberOf", "Supreme Court of Kenya") in got
    assert ("Peter Otieno", "memberOf", "Supreme Court of Kenya") not in got
    assert ("Marta Kallas", "memberOf", "European Union") in got


def test_terms_with_years_and_runs_since(graph_of):
    got = facts(
        graph_of(
            "Piotr Nowak, who oversaw the Regional Recovery Fund from 2019 to 2023, was "
            "charged. Ewa Lis, who led the Harbour Trust, was not.",
            "Ngozi Okonjo-Bamidele won on Saturday. Okonjo-Bamidele, 52, a former defender "
            "who has run the Nigeria Hockey Federation (NHF) since 2021, thanked delegates.",
        )
    )
    assert ("Piotr Nowak", "leaderOf", "Regional Recovery Fund") in got
    assert ("Ewa Lis", "leaderOf", "Harbour Trust") not in got
    assert ("Ngozi Okonjo-Bamidele", "leaderOf", "Nigeria Hockey Federation") in got


def test_a_trade_with_a_demonym_is_a_nationality(graph_of):
    got = facts(
        graph_of(
            "Moussa Kane, a Senegalese lawyer, conceded. Amina Diop, a Senegalese diplomat, "
            "said so. Dr. Ama Mensah, an epidemiologist at the University of Korle, agreed."
        )
    )
    assert not _roles_of(got, "Moussa Kane")
    assert ("Amina Diop", "memberOf", "Senegal") in got
    # a nationality names no place of the article
    assert "Senegal" not in entities(graph_of("Moussa Kane, a Senegalese lawyer, conceded."))
    assert ("Ama Mensah", "memberOf", "University of Korle") in got


def test_a_named_office_of_a_department_and_its_portfolio(graph_of):
    got = facts(
        graph_of(
            "The U.S. Treasury Department imposed sanctions on Tuesday. Speaking on a call "
            "that began at 11 a.m., the Under Secretary of the Treasury for Terrorism and "
            "Financial Intelligence, Nadia Holloway, said the firms had hidden their owners.",
            "The state owns a third of Nordhavn through the Ministry of Trade and Industry. "
            "Trade minister Sigrid Aune said the ministry had been told in advance.",
        )
    )
    assert ("Nadia Holloway", "memberOf", "Treasury Department") in got
    assert ("Nadia Holloway", "leaderOf", "Treasury Department") not in got
    assert ("Sigrid Aune", "memberOf", "Ministry of Trade and Industry") in got


def test_each_title_goes_to_the_name_beside_it(graph_of):
    got = facts(
        graph_of(
            "After the meeting with the Unity Party, its leader, Jonas Berg, and the Green "
            "Front's chair, Ana Lim, spoke to reporters.",
            "Kessel Group cut its forecast on Monday. Sales fell, according to the group's "
            "chief executive, Ines Marquardt.",
        )
    )
    assert ("Jonas Berg", "leaderOf", "Unity Party") in got
    assert _roles_of(got, "Ana Lim") == {("leaderOf", "Green Front")}
    assert ("Ines Marquardt", "leaderOf", "Kessel Group") in got


def test_spokespeople_of_what_the_article_was_just_about(graph_of):
    got = facts(
        graph_of(
            "Brightpath AI, a California-based developer, opposes the bill. A company "
            "spokeswoman, Lucia Ferraz, said the rules went too far.",
            "China's foreign ministry said it was watching closely. Spokeswoman Hu Lan told "
            "a briefing that talks should go on.",
            "WARSAW — Poland's prosecutors charged a former minister. The justice ministry's "
            "spokeswoman, Ewa Marciniak, said the minister was not involved. Poland's "
            "government backed the charges.",
            "Seoul and Tokyo agreed to resume visits, according to South Korea's foreign "
            "ministry. South Korean Foreign Minister Choi Dong-won returned home on Sunday. "
            "Choi is due in Tokyo next month. His ministry's spokesperson, Ahn Ji-su, said "
            "a meeting would follow.",
        )
    )
    assert ("Lucia Ferraz", "spokespersonOf", "Brightpath AI") in got
    assert ("Hu Lan", "spokespersonOf", "China's foreign ministry") in got
    assert ("Ewa Marciniak", "spokespersonOf", "Poland") in got
    assert ("Ahn Ji-su", "spokespersonOf", "South Korea's foreign ministry") in got


def test_spokesperson_of_the_person_a_description_names(graph_of):
    got = facts(
        graph_of(
            "Informateur Hans Verbeek met party leaders on Tuesday. The informateur's "
            "spokeswoman, Lotte Smit, said talks would continue.",
            "The victim, Sara Haddad, was 20. The victim's brother, Omar Haddad, said the "
            "family wanted answers.",
        )
    )
    assert ("Lotte Smit", "spokespersonOf", "Hans Verbeek") in got
    assert not _roles_of(got, "Omar Haddad")


def test_a_unit_head_and_a_fellow_are_members(graph_of):
    got = facts(
        graph_of(
            "Jin Park, Kessel Bank's head of research, said rates would fall. Uhuru Kamau, "
            "Kenya's head of state, disagreed. Mara Lind, a senior fellow at the Atlantic "
            "Policy Institute, said the deal was weak."
        )
    )
    assert _roles_of(got, "Jin Park") == {("memberOf", "Kessel Bank")}
    assert ("Uhuru Kamau", "leaderOf", "Kenya") in got
    assert ("Mara Lind", "memberOf", "Atlantic Policy Institute") in got


def test_a_portfolio_named_before_affairs_is_no_body(graph_of):
    got = facts(
        graph_of(
            "BRASILIA — Brazil's lower house passed the bill on Tuesday. Digital Affairs "
            "Minister Luana Prado, who attended the vote, backed the bill. Brazil will fund "
            "the new regulator."
        )
    )
    assert _roles_of(got, "Luana Prado") == {("memberOf", "Brazil")}


def test_descriptions_of_a_named_body_after_the_name(graph_of):
    got = facts(
        graph_of(
            "The Ministry of Health in Accra issued a warning. Kojo Asante, a spokesman for "
            "the ministry, said cases were rising.",
            "The Unity Party met on Sunday. Ama Owusu, a member of the party's executive "
            "committee, said the vote was fair.",
        )
    )
    assert ("Kojo Asante", "spokespersonOf", "Ministry of Health") in got
    assert ("Ama Owusu", "memberOf", "Unity Party") in got


def test_head_of_a_delegation_is_a_member(graph_of):
    got = facts(
        graph_of(
            "Talks resumed in Geneva. Ana Ruiz, head of Chile's delegation to the talks, said "
            "progress was slow. Luis Vera, head of the Chilean government, agreed."
        )
    )
    assert _roles_of(got, "Ana Ruiz") == {("memberOf", "Chile")}
    assert ("Luis Vera", "leaderOf", "Chile") in got


def test_a_spokesman_for_the_regulator_the_story_is_about(graph_of):
    got = facts(
        graph_of(
            "Ireland's Data Protection Commission fined the firm on Monday. The regulator said "
            "the breach was serious. A spokesman for the regulator, Sean Walsh, declined to "
            "comment.",
            "Ireland's Data Protection Commission and the Irish Fair Trade Authority fined the "
            "firm on Monday. A spokesman for the regulator, Liam Byrne, declined to comment.",
        )
    )
    assert ("Sean Walsh", "spokespersonOf", "Data Protection Commission") in got
    assert not _roles_of(got, "Liam Byrne")  # two bodies: the description fits neither surely


def test_a_party_acronym_in_brackets_after_a_name(graph_of):
    got = facts(
        graph_of(
            "The Social Democratic Party (SPD) and the Greens agreed on Monday. Labour "
            "Minister Hubertus Kell (SPD) said the deal was fair. Kell said more talks would "
            "follow.",
            "The World Health Organization (WHO) met in Geneva. Dr. Ana Lind (WHO) said "
            "cases rose. Lind said more tests were needed.",
        )
    )
    assert ("Hubertus Kell", "memberOf", "Social Democratic Party") in got
    assert not _roles_of(got, "Ana Lind")  # an organisation that is no party: not said here


def test_the_country_a_description_means(graph_of):
    got = facts(
        graph_of(
            "NAIROBI — Kenya's central bank held rates. Njuguna Mwangi, the country's finance "
            "minister, said inflation was easing. The country's president, William Kiptoo, "
            "agreed.",
            "Egypt and Qatar hosted the talks. The country's foreign minister, Sameh Fahmy, "
            "said they went well.",
        )
    )
    assert ("Njuguna Mwangi", "memberOf", "Kenya") in got
    assert ("William Kiptoo", "leaderOf", "Kenya") in got
    assert not _roles_of(got, "Sameh Fahmy")  # two countries just named: either


def test_its_is_the_subject_not_the_parent_described_beside_it(graph_of):
    got = facts(
        graph_of(
            "Corvex Energy, a subsidiary of Halden Group, said on Monday that its head of "
            "human resources, Maria Lutz, would leave. Its chairman, Jan Pohl, said the "
            "plan was sound."
        )
    )
    # the head of a department is a member of the company, not its leader
    assert _roles_of(got, "Maria Lutz") == {("memberOf", "Corvex Energy")}
    assert _roles_of(got, "Jan Pohl") == {("leaderOf", "Corvex Energy")}


def test_the_club_of_the_story(graph_of):
    got = facts(
        graph_of(
            "Kelso Athletic agreed a takeover on Monday. The club's president, Marco Bellini, "
            "said the deal was good. Pablo Ruiz, the Kelso Athletic coach, agreed.",
            "Kelso Athletic lost again. The club's former president, Tom Lark, was absent.",
        )
    )
    assert ("Marco Bellini", "leaderOf", "Kelso Athletic") in got
    assert ("Pablo Ruiz", "memberOf", "Kelso Athletic") in got
    assert not _roles_of(got, "Tom Lark")


def test_courts_and_regional_offices(graph_of):
    got = facts(
        graph_of(
            "The Supreme Court's chief justice, Helen Marsh, delayed the hearing.",
            "The Supreme Court ruled on Friday. Chief Justice Helen Marsh wrote the opinion.",
            "Floods hit Kaltria Province. Lena Ortiz, the lieutenant governor of Kaltria "
            "Province, said roads were shut. The governor of Kaltria Province, Joseph Mwangi, "
            "ordered schools closed.",
        )
    )
    assert ("Helen Marsh", "leaderOf", "Supreme Court") in got
    assert ("Joseph Mwangi", "leaderOf", "Kaltria Province") in got
    assert ("Lena Ortiz", "leaderOf", "Kaltria Province") not in got


def test_a_judge_named_with_a_nationality_is_not_of_that_state(graph_of):
    graph = graph_of(
        "The Western Athletics Union opened an inquiry. It was chaired by the Ivorian judge "
        "Aya Kouassi, who found no wrongdoing.",
        "Justice Ruth Amadi, who chaired the panel, said the appeal would go to the Court of "
        "Appeal.",
    )
    got = facts(graph)
    assert not _roles_of(got, "Aya Kouassi")
    assert "Ivory Coast" not in entities(graph)
    # the court a case goes to next is not the judge's court
    assert not _roles_of(got, "Ruth Amadi")


def test_a_regional_leader_is_a_member_but_a_state_governor_leads(graph_of):
    got = facts(
        graph_of(
            "The Unity Party lost seats in the north. The party's regional leader, Karl "
            "Brandt, conceded defeat.",
            "Kaltria state governor Joseph Mwangi said roads were shut.",
        )
    )
    assert _roles_of(got, "Karl Brandt") == {("memberOf", "Unity Party")}
    assert ("Joseph Mwangi", "leaderOf", "Kaltria") in got


def test_a_second_title_after_and_shares_the_organisation(graph_of):
    got = facts(
        graph_of(
            "Halden Group chairwoman Ruth Falk and chief executive Piet Vos met investors. "
            "Vos said profits would rise.",
            "Tarn Holdings chairman Jun Sato and lawyer Tom Reyes left the court.",
        )
    )
    assert ("Piet Vos", "leaderOf", "Halden Group") in got
    assert ("Jun Sato", "leaderOf", "Tarn Holdings") in got
    assert not _roles_of(got, "Tom Reyes")


def test_a_bare_office_after_other_words_is_held_unless_past(graph_of):
    got = facts(
        graph_of(
            "OSLO — Norway said on Monday it would wait. On Monday, Prime Minister Ada Lund "
            "said the vote would go ahead. Former Prime Minister Ivar Holt disagreed."
        )
    )
    assert ("Ada Lund", "leaderOf", "Norway") in got
    assert _roles_of(got, "Ivar Holt") == set()


def test_a_bare_office_beside_another_country_s_people_is_not_said_to_be_the_home_one(graph_of):
    got = facts(
        graph_of(
            "OSLO — Norway said on Monday it would wait. Prime Minister Ada Lund said Swedish "
            "officials had been told."
        )
    )
    assert _roles_of(got, "Ada Lund") == set()


def test_an_organisation_called_by_its_kind_in_the_next_sentence(graph_of):
    got = facts(
        graph_of(
            "The Harbour Conduct Authority fined Kestrel Bank on Tuesday. The regulator's "
            "chair, Miriam Stolz, said the penalty was fair.",
            "The Metal Workers Federation rejected the offer. The union's leader Jan Voort "
            "said the vote was clear.",
            "Kestrel Foods said profits fell. The regulator's chair, Oren Pask, said prices "
            "would be reviewed.",
            "The union's general secretary, Kofi Mensel, said the strike would continue.",
        )
    )
    assert ("Miriam Stolz", "leaderOf", "Harbour Conduct Authority") in got
    assert ("Jan Voort", "leaderOf", "Metal Workers Federation") in got
    # a company is no regulator, and a union the article does not name is nobody's
    assert not _roles_of(got, "Oren Pask")
    assert not _roles_of(got, "Kofi Mensel")


def test_the_head_of_a_town_or_province_named_before(graph_of):
    got = facts(
        graph_of(
            "Heavy rain flooded Port Avel. The city's mayor, Tomas Ruel, ordered schools "
            "closed.",
            "Floods hit the province of Kivu. The provincial governor, Amani Bahati, asked "
            "for help.",
            "Fires spread in Varna region. The regional governor, Petar Ilov, ordered an "
            "evacuation.",
            "A strike shut Marrow State on Monday. The state's attorney general, Dana "
            "Whitlow, sued the union.",
        )
    )
    assert ("Tomas Ruel", "leaderOf", "Port Avel") in got
    assert ("Amani Bahati", "leaderOf", "Kivu") in got
    assert ("Petar Ilov", "leaderOf", "Varna") in got
    assert ("Dana Whitlow", "memberOf", "Marrow State") in got


def test_no_head_of_a_town_the_words_do_not_single_out(graph_of):
    got = facts(
        graph_of(
            "Heavy rain flooded Port Avel. The city's former mayor, Tomas Ruel, criticised "
            "the response.",
            "Fires spread near Lirra. The regional governor, Petar Ilov, ordered an "
            "evacuation.",
            "Storms hit Dornby and Hallam. The city's mayor, Rosa Penn, asked for help.",
            "Protests spread across Kenya. The city's governor, Ann Wairimu, appealed for calm.",
        )
    )
    assert not _roles_of(got, "Tomas Ruel")  # a former office
    assert not _roles_of(got, "Petar Ilov")  # a town is not a region
    assert not _roles_of(got, "Rosa Penn")  # two towns
    assert not _roles_of(got, "Ann Wairimu")  # a country is no city


def test_the_governor_of_the_central_bank_the_story_is_about(graph_of):
    got = facts(
        graph_of(
            "The Central Bank of Velland raised rates on Thursday. Governor Ruth Amare said "
            "inflation was too high. Deputy Governor Paul Senn agreed.",
            "The Bank of Ghana cut its main rate. Ama Boateng, the central bank governor, said "
            "growth was weak.",
            "Bank of America cut jobs. Governor Gavin Loew said he was worried.",
            "The Central Bank of Dornland held rates. Farmers in Kivu Province protested. "
            "Governor Amani Bahati said they were right.",
        )
    )
    assert _roles_of(got, "Ruth Amare") == {("leaderOf", "Central Bank of Velland")}
    assert _roles_of(got, "Paul Senn") == {("memberOf", "Central Bank of Velland")}
    # the words of the bank's own name name no unit of it
    assert _roles_of(got, "Ama Boateng") == {("leaderOf", "Bank of Ghana")}
    assert not _roles_of(got, "Gavin Loew")  # no central bank
    # a story of provinces: the governor of the province just named, not of the bank
    assert _roles_of(got, "Amani Bahati") == {("leaderOf", "Kivu Province")}


def test_a_company_title_opening_a_sentence_after_the_company(graph_of):
    got = facts(
        graph_of(
            "Orvik Shipping said sales rose. Interim chief executive Tove Dahl said demand was "
            "strong.",
            "Halden Rovers lost 3-0 at home. Manager Stig Barlow apologised to the fans.",
            "The Harbour Authority fined Kestrel Foods on Monday. Chief executive Ines Roth "
            "said the fine was unfair.",
            "Sales fell at Brenner Tools. Former chief executive Ola Brenner blamed the board.",
        )
    )
    assert ("Tove Dahl", "leaderOf", "Orvik Shipping") in got
    assert ("Stig Barlow", "memberOf", "Halden Rovers") in got
    assert not _roles_of(got, "Ines Roth")  # two organisations: either one's
    assert not _roles_of(got, "Ola Brenner")


def test_styles_between_a_title_and_a_name(graph_of):
    got = facts(
        graph_of(
            "The Halvorsen Institute for Climate Research published a study. The institute's "
            "director, Professor Ingrid Solberg, said the findings were alarming.",
            "Drivers will strike next week, the Associated Society of Rail Workers said. The "
            "union's general secretary, Mick Farrow, said members were angry.",
        )
    )
    assert ("Ingrid Solberg", "leaderOf", "Halvorsen Institute for Climate Research") in got
    assert ("Mick Farrow", "memberOf", "Associated Society of Rail Workers") in got


def test_its_after_sentences_that_name_no_organisation(graph_of):
    got = facts(
        graph_of(
            "Orvik Shipping reported a loss on Monday. The company said demand had fallen. Its "
            "chief executive, Tove Dahl, blamed fuel costs.",
            "The Northfield Rail Union called a strike on Monday. Talks had failed, it said. Its "
            "general secretary, Dara Okonkwo, said members were ready.",
            "The Unity Party won seats. Velland voted on Sunday. Turnout was high. Its "
            "president, Ana Ruiz, voted early.",
            "Brenner Tools and Kessel Foods signed a deal. The talks took months. Its chief "
            "executive, Ola Brenn, was pleased.",
        )
    )
    assert ("Tove Dahl", "leaderOf", "Orvik Shipping") in got
    assert ("Dara Okonkwo", "memberOf", "Northfield Rail Union") in got
    assert not _roles_of(got, "Ana Ruiz")  # a country was named since
    assert not _roles_of(got, "Ola Brenn")  # two companies


def test_its_after_a_sentence_whose_subject_is_two_bodies(graph_of):
    got = facts(
        graph_of(
            "The Harbour Workers Union and the Port Authority met on Monday.\n\nIts general "
            "secretary, Oskar Veldt, said talks had failed.",
            "The Harbour Workers Union met the Port Authority on Monday.\n\nIts general "
            "secretary, Lisa Quennell, said talks had failed.",
        )
    )
    assert not _roles_of(got, "Oskar Veldt")  # either's
    assert ("Lisa Quennell", "memberOf", "Harbour Workers Union") in got  # the subject's


def test_its_title_after_another_noun_the_parser_hangs_the_name_on(graph_of):
    got = facts(
        graph_of(
            "Critics have questioned the Ostland Football Union's handling of its "
            "secretary-general, Tomas Revelle, since the scandal broke.",
            # the kin of a title's holder is not the holder: the name may be the son's
            "Velora Group was sold on Monday. The son of its founder, Oskar Veldt, will run "
            "it.",
        )
    )
    assert ("Tomas Revelle", "leaderOf", "Ostland Football Union") in got
    assert not _roles_of(got, "Oskar Veldt")


def test_ranks_and_styles_between_a_title_and_a_name(graph_of):
    got = facts(
        graph_of(
            "The appeal went to the Court of Arbitration for Chess. The court's president, Judge "
            "Elena Marsh, said the panel was unanimous.",
            "The lead investigator of the Velland Fire Brigade, Commander Andy Roe, gave "
            "evidence.",
        )
    )
    assert _roles_of(got, "Elena Marsh") == {("leaderOf", "Court of Arbitration for Chess")}
    assert _roles_of(got, "Andy Roe") == {("memberOf", "Velland Fire Brigade")}


def test_a_bare_mayor_or_governor_of_the_place_just_named(graph_of):
    got = facts(
        graph_of(
            "Heavy rain flooded Port Avel. Mayor Tomas Ruel said the city would rebuild.",
            "Floods have killed 12 people in Tanvar province. Governor Rashid Khan declared an "
            "emergency.",
            "Heavy rain flooded Dornby and Lirra. Mayor Rosa Penn said the towns would rebuild.",
            "Heavy rain flooded Hallam. Former Mayor Ivo Marn said the city was not ready.",
            "Storms hit Kessel on Monday. Governor Ana Ruiz said the state would help.",
        )
    )
    assert ("Tomas Ruel", "leaderOf", "Port Avel") in got
    assert ("Rashid Khan", "leaderOf", "Tanvar") in got
    assert not _roles_of(got, "Rosa Penn")  # two towns
    assert not _roles_of(got, "Ivo Marn")  # a former mayor
    assert not _roles_of(got, "Ana Ruiz")  # a governor governs no town


def test_the_judge_of_the_court_named_before(graph_of):
    got = facts(
        graph_of(
            "The Velland High Court heard the case on Monday. The presiding judge, Ama Owusu, "
            "adjourned it.",
            "The Dornish High Court heard the appeal. Presiding judge Kofi Mensah dismissed it.",
            "The Central Bank of Velland held rates. Deputy governor Paul Senn said inflation "
            "was high.",
            "The Lirran High Court heard the case. Ada Nwosu, a judge, said it was long. Ben "
            "Okafor, the retired judge, criticised it.",
        )
    )
    assert _roles_of(got, "Ama Owusu") == {("memberOf", "Velland High Court")}
    assert _roles_of(got, "Kofi Mensah") == {("memberOf", "Dornish High Court")}
    assert _roles_of(got, "Paul Senn") == {("memberOf", "Central Bank of Velland")}
    assert not _roles_of(got, "Ada Nwosu")  # any judge
    assert not _roles_of(got, "Ben Okafor")  # retired


def test_meeting_a_head_gives_no_office(graph_of):
    got = facts(
        graph_of(
            "Ana Ruiz met the governor of Kivu province on Monday.",
            "Floods hit Port Avel. Ben Ode, who met the city's mayor, said help was coming.",
            "Floods hit Port Avel. Ivo Marn, the city's former mayor, said help was coming.",
        )
    )
    for person in ("Ana Ruiz", "Ben Ode", "Ivo Marn"):
        assert not _roles_of(got, person)


def test_a_company_title_after_another_company_was_the_subject(graph_of):
    got = facts(
        graph_of(
            "Orvik Shipping said sales rose. Orvik Shipping also hired staff. Orvik Shipping is "
            "growing. Kessel Foods said sales fell. Chief executive Ines Roth blamed prices."
        )
    )
    # the company of the sentence before, not the one the story names most
    assert _roles_of(got, "Ines Roth") == {("leaderOf", "Kessel Foods")}


def test_a_title_s_holder_named_by_surname_alone_later_is_still_one_holder(graph_of):
    g = graph_of(
        "Informateur Hans Verbeek met party leaders on Monday. On Tuesday informateur Verbeek "
        "met them again. The informateur's spokeswoman, Lies Maas, said talks would go on."
    )
    assert ("Lies Maas", "spokespersonOf", "Hans Verbeek") in facts(g)


def test_justice_of_the_court_named_beside_a_description_of_it(graph_of):
    got = facts(graph_of(
        "Brandia's top court strikes down decree\n"
        "ORVIK, Brandia — Brandia's Constitutional Court on Thursday struck down the decree. "
        "The majority opinion was drafted by Justice Lucía Ferrante Mora."
    ))
    assert ("Lucía Ferrante Mora", "memberOf", "Constitutional Court") in got


def test_a_minister_with_a_list_of_portfolios_is_of_the_home_country(graph_of):
    text = (
        "OTTAWA — The government will not fund the laboratory, the Minister of Innovation, "
        "Science and Industry, Genevieve Tremblay-Ouellet, announced on Monday. "
        "Canada has other projects."
    )
    g = graph_of(text)
    assert ("Genevieve Tremblay-Ouellet", "memberOf", "Canada") in facts(g)
    assert not {"Science", "Industry", "Innovation"} & set(entities(g))  # portfolios
    g = graph_of(
        "OTTAWA — The government will not fund it, the Minister of Ruritania, Ana Roe, said. "
        "Canada has other projects."
    )
    assert ("Ana Roe", "memberOf", "Canada") not in facts(g)  # a country's, not a portfolio


def test_an_officer_heads_the_office_named_after_the_title(graph_of):
    got = facts(graph_of(
        "The Inspector General's Office welcomed the ruling. Inspector General Marta Benavides "
        "said the judges were right. Deputy Inspector General Ana Roe agreed. "
        "The Office of the Auditor General published its report. Auditor General Tomas Vrba "
        "said spending rose. The President's Office said nothing. President Dan Halloran left."
    ))
    assert ("Marta Benavides", "leaderOf", "Inspector General's Office") in got
    assert ("Ana Roe", "memberOf", "Inspector General's Office") in got
    assert ("Ana Roe", "leaderOf", "Inspector General's Office") not in got
    assert ("Tomas Vrba", "leaderOf", "Office of the Auditor General") in got
    assert not any(s == "Dan Halloran" and "Office" in o for s, _, o in got)


def test_a_spokesman_opening_a_sentence_after_a_body_spoke(graph_of):
    got = facts(
        graph_of(
            "The Prosecutor General's Office said it had opened a criminal case. A spokesman, "
            "Daniel Orvik, said three managers had been detained.",
            "Tom Hale and Ana Roe arrived in Dunmore. A spokeswoman, Ines Varga, said they "
            "would stay a week.",
        )
    )
    assert ("Daniel Orvik", "spokespersonOf", "Prosecutor General's Office") in got
    assert not {f for f in got if f[0] == "Ines Varga" and f[1] == "spokespersonOf"}


def test_a_secretary_general_of_the_body_named_before(graph_of):
    got = facts(
        graph_of(
            "The General Dockers' Union (GDU) also opposed the decision. \"Workers are paying "
            "for this,\" said its secretary-general, Mahama Kofi Boateng."
        )
    )
    assert ("Mahama Kofi Boateng", "leaderOf", "General Dockers' Union") in got


def test_governor_and_a_style_before_the_name(graph_of):
    got = facts(
        graph_of(
            "The Bank of Zambia raised its policy rate on Monday. Two members favoured a "
            "smaller rise, Governor Dr. Kofi Mensah told a news conference."
        )
    )
    assert ("Kofi Mensah", "leaderOf", "Bank of Zambia") in got


def test_the_regional_governor_of_the_region_named_earlier(graph_of):
    got = facts(
        graph_of(
            "A blast killed 31 miners at a coal mine in the Dornvik region on Sunday. The "
            "company said it was devastated. Its chief executive, Piet Vos, flew to Dornvik "
            "on Wednesday and met the regional governor, Asel Tarim, and relatives of the dead."
        )
    )
    assert ("Asel Tarim", "leaderOf", "Dornvik") in got


def test_a_minister_named_by_the_portfolios_of_the_articles_country(graph_of):
    got = facts(
        graph_of(
            "KATHMANDU — Nepal's crash inquiry board handed its findings to the Minister for "
            "Culture, Tourism and Civil Aviation, Sita Rana Devkota, at her office on Friday. "
            "Nepal's airlines were grounded. The board also met the former Minister for Home "
            "Affairs, Hari Bahadur Gurung, who said nothing."
        )
    )
    assert ("Sita Rana Devkota", "memberOf", "Nepal") in got
    assert not {f for f in got if f[0] == "Hari Bahadur Gurung" and f[2] == "Nepal"}


def test_an_office_of_the_country_the_sentence_places_it_in(graph_of):
    got = facts(
        graph_of(
            "Ethiopia's foreign ministry spokesman, Nebiyu Alemu, dismissed the statement. "
            "In Cairo, Foreign Minister Sherif Fathy said Egypt would go to the UN.",
        )
    )
    assert ("Sherif Fathy", "memberOf", "Egypt") in got
    assert not {f for f in got if f[0] == "Sherif Fathy" and "ministry" in f[2]}


def test_a_country_named_in_another_item_of_a_list(graph_of):
    got = facts(
        graph_of(
            "ASTANA, Kazakhstan — The government set up an inquiry. President Nurlan Serikov "
            "ordered it. Its members include the labour minister, Gulnara Aitova; the head of "
            "the safety committee, Marat Issin; and two engineers, one of them from Poland."
        )
    )
    assert ("Gulnara Aitova", "memberOf", "Kazakhstan") in got
    assert ("Gulnara Aitova", "memberOf", "Poland") not in got


def test_its_is_not_of_a_name_written_as_where(graph_of):
    got = facts(
        graph_of(
            "Aid Relief Corps has halved rations in the camps around Kessel Works, its country "
            "director, Moussa Idriss, told reporters."
        )
    )
    assert ("Moussa Idriss", "memberOf", "Aid Relief Corps") in got
    assert ("Moussa Idriss", "memberOf", "Kessel Works") not in got


def test_a_title_before_as_well_as_is_not_the_next_names(graph_of):
    g = graph_of(
        "From London, Mr Kovac flew to Brussels to meet Mark Rudd, the Nato secretary-general, "
        "as well as Mrs Berg."
    )
    got = facts(g)
    assert ("Mark Rudd", "leaderOf", "Nato") in got
    assert not {(s, p, o) for s, p, o in got if s == "Berg" and o == "Nato"}


def test_a_minister_of_two_portfolios_joined_by_and_is_of_the_home_country(graph_of):
    g = graph_of(
        "Youth and Sports Minister Hana Yusof told parliament that Malaysia would appeal. "
        "Malaysia lost the match. Malaysia was fined."
    )
    assert ("Hana Yusof", "memberOf", "Malaysia") in facts(g)
    other = graph_of(
        "Malaysia lost the match. Malaysia was fined. Malaysia appealed. "
        "Youth and Beauty Queen Hana Yusof waved."
    )
    assert ("Hana Yusof", "memberOf", "Malaysia") not in facts(other)


def test_a_press_secretary_after_a_quotation_speaks_for_the_body_before(graph_of):
    g = graph_of(
        "Separately, the Harbour Authority said the port would stay shut. "
        '"We want a deal, not a photo opportunity," press secretary Karla Lindt said.'
    )
    assert ("Karla Lindt", "spokespersonOf", "Harbour Authority") in facts(g)
    inside = graph_of(
        "Separately, the Harbour Authority said the port would stay shut. Reporters asked "
        "whether press secretary Karla Lindt agreed."
    )
    assert ("Karla Lindt", "spokespersonOf", "Harbour Authority") not in facts(inside)


def test_bare_offices_of_the_dateline_s_government_in_a_story_about_a_visitor(graph_of):
    got = facts(
        graph_of(
            "OSLO — Prime Minister Ada Lund hosted Kenyan President Otieno Baraka on Monday. "
            "Kenya has sent police abroad, and Kenya's envoy said Kenya was ready. Kenyan "
            "officials praised the talks, and Kenya thanked its hosts. Kenya's press agreed. "
            "Foreign Minister Ivar Holt and Defence Minister "
            "Siri Dahl joined them.",
        )
    )
    assert ("Otieno Baraka", "leaderOf", "Kenya") in got
    assert ("Ivar Holt", "memberOf", "Norway") in got
    assert ("Siri Dahl", "memberOf", "Norway") in got
    assert ("Ivar Holt", "memberOf", "Kenya") not in got


def test_bare_offices_stay_the_home_country_s_where_its_offices_are_written_bare(graph_of):
    got = facts(
        graph_of(
            "OSLO — Kenya's parliament voted on Monday. Kenya has sent police abroad, and "
            "Kenyan officials said Kenya was ready. Kenya thanked its hosts, and Kenya's press "
            "agreed. Foreign Minister Asha Njeri said the vote was clear.",
            "Kenya's parliament voted on Monday, and Kenyan President Otieno Baraka signed. "
            "Kenya has sent police abroad. Foreign Minister Asha Wambui said the vote was clear.",
        )
    )
    assert ("Asha Njeri", "memberOf", "Kenya") in got
    assert ("Asha Njeri", "memberOf", "Norway") not in got
    assert ("Asha Wambui", "memberOf", "Kenya") in got


def test_bare_offices_in_a_page_of_readouts_are_of_their_section_s_capital(graph_of):
    got = facts(
        graph_of(
            "Readouts of the calls\n\n"
            "OSLO - Office of the Prime Minister\n\n"
            "Prime Minister Ada Lund spoke with her counterparts. The talks will go on, "
            "government spokeswoman Siri Dahl said.\n\n"
            "LIMA - Government Palace\n\n"
            "Government spokesman Pedro Soto said President Ana Ruiz had taken part.\n\n"
            "NAIROBI - State House\n\n"
            "Foreign Minister Otieno Baraka said the call was useful.",
        )
    )
    assert ("Siri Dahl", "spokespersonOf", "Norway") in got
    assert ("Pedro Soto", "spokespersonOf", "Peru") in got
    assert ("Otieno Baraka", "memberOf", "Kenya") in got
    assert ("Siri Dahl", "spokespersonOf", "Government Palace") not in got


def test_a_head_named_again_in_another_country_s_section_is_not_its_head(graph_of):
    got = facts(
        graph_of(
            "Readouts of the talks\n\nCompiled by the Harbour Desk\n\n---\n\n"
            "Office of the President of Ukraine - 5 February\n\n"
            "President Olena Kravets held a meeting in Kyiv with Prime Minister of the "
            "Republic of Poland Jan Nowak. The President thanked Poland for its support.\n\n"
            "---\n\nChancellery of the Prime Minister, Republic of Poland - 5 February\n\n"
            '"We agreed with President Kravets that we will act together," the Prime Minister '
            "said. Asked about aircraft, the Prime Minister said he would inform President "
            "Kravets of the decision by Monday.",
        )
    )
    assert not [f for f in got if f[0] == "Olena Kravets" and "Poland" in f[2]]


def test_one_dateline_makes_no_readout_sections(graph_of):
    got = facts(
        graph_of(
            "LIMA - Peru said on Monday it would wait. Peru's envoy agreed, and Peru's press "
            "said Peru was ready. Government spokesman Pedro Soto said the vote was clear.",
        )
    )
    assert ("Pedro Soto", "spokespersonOf", "Peru") in got


def test_british_cabinet_titles_with_no_country_are_the_united_kingdoms(graph_of):
    stories = [
        "Britain's government is under pressure. Transport Secretary Ben Alcott said on "
        "Monday that Britain would expand rail services. Critics in Britain disagreed.",
        "Britain's government is under pressure. The Home Secretary, Ruth Kane, said on "
        "Monday that Britain would tighten the rules. Critics in Britain disagreed.",
        "Britain's government is under pressure. Ruth Kane, the transport secretary, said "
        "on Monday that Britain would tighten the rules. Critics in Britain disagreed.",
        "Britain's economy is slowing. Chancellor of the Exchequer Tom Varley said Britain "
        "would cut spending. Britain faces high debt.",
        # the country named only by its seat of government or its parliament
        "The Commons debated the bill. Health Secretary Mira Sandhu told MPs at Westminster "
        "that the plan would pass. Downing Street backed her.",
        "Downing Street said the plan would pass. The Home Secretary, Ruth Kane, told "
        "reporters that the rules would change.",
    ]
    people = ["Ben Alcott", "Ruth Kane", "Ruth Kane", "Tom Varley", "Mira Sandhu", "Ruth Kane"]
    for story, person in zip(stories, people, strict=True):
        got = facts(graph_of(story))
        assert _roles_of(got, person) == {("memberOf", "United Kingdom")}, story


def test_british_cabinet_titles_in_other_countries_stories_are_no_ones(graph_of):
    stories = [
        # a country whose ministers are not secretaries
        "Ghana's government is under pressure. The Home Secretary, Ruth Kane, said on "
        "Monday that Ghana would tighten the rules. Critics in Ghana disagreed.",
        "Germany's economy is slowing. Chancellor of the Exchequer Tom Varley said Germany "
        "would struggle. Germany faces high debt.",
        # a past or shadow office, a secretary of no portfolio
        "Britain's economy is slowing. Former Chancellor of the Exchequer Tom Varley said "
        "Britain would struggle. Britain faces high debt.",
        "Britain's economy is slowing. Shadow Chancellor of the Exchequer Tom Varley said "
        "Britain would struggle. Britain faces high debt.",
        "Britain's government is under pressure. The press secretary, Ruth Kane, said on "
        "Monday that Britain would tighten the rules. Critics in Britain disagreed.",
        # Britain's Cabinet Secretary is a civil servant
        "Britain's government is under pressure. The Cabinet Secretary, Ruth Kane, said on "
        "Monday that Britain would tighten the rules. Critics in Britain disagreed.",
        # a parliament in a story of other countries; a prime minister before the Commons
        # may be Canada's
        "The Commons debated the bill. Health Secretary Mira Sandhu told MPs that Kenya "
        "would follow. Kenya and Ghana disagreed.",
        "The Commons debated the bill. Prime Minister Mira Sandhu told MPs that the plan "
        "would pass.",
    ]
    people = ["Ruth Kane", "Tom Varley", "Tom Varley", "Tom Varley", "Ruth Kane", "Ruth Kane",
              "Mira Sandhu", "Mira Sandhu"]
    for story, person in zip(stories, people, strict=True):
        assert _roles_of(facts(graph_of(story)), person) == set(), story


_NAIROBI = ("Kenya talks\n\nKenya's government held talks with rebels on Tuesday. {}\n\n"
            "The talks in Nairobi were the first since March. Kenya has long sought a deal.")


@pytest.mark.parametrize("sentence", [
    "The president, Amina Odhiambo, said the deal was close.",
    "Amina Odhiambo, the president, said the deal was close.",
    "Amina Odhiambo, who became president in 2022, said the deal was close.",
    "Amina Odhiambo, who was sworn in as prime minister last year, said the deal was close.",
    "Amina Odhiambo, who has been president since 2019, said the deal was close.",
    "Amina Odhiambo, the outgoing president, said the deal was close.",
    "Amina Odhiambo, the head of state, said the deal was close.",
])
def test_the_president_with_no_country_heads_the_story_s_country(graph_of, sentence):
    got = facts(graph_of(_NAIROBI.format(sentence)))
    assert ("Amina Odhiambo", "leaderOf", "Kenya") in got


def test_the_vice_president_with_no_country_is_of_the_story_s_country(graph_of):
    got = facts(graph_of(_NAIROBI.format(
        "Amina Odhiambo, the vice president, said the deal was close.")))
    assert ("Amina Odhiambo", "memberOf", "Kenya") in got
    assert ("Amina Odhiambo", "leaderOf", "Kenya") not in got


@pytest.mark.parametrize("sentence", [
    # a body named, or an office held before
    "Amina Odhiambo, who became president of the football federation in 2022, said so.",
    "Amina Odhiambo, who was president until 2022, said the deal was close.",
    "Amina Odhiambo, a president, said the deal was close.",
])
def test_a_president_of_something_else_or_before_heads_no_country(graph_of, sentence):
    got = facts(graph_of(_NAIROBI.format(sentence)))
    assert ("Amina Odhiambo", "leaderOf", "Kenya") not in got


def test_the_president_in_a_company_s_story_is_the_company_s(graph_of):
    got = facts(graph_of(
        "Bank results\n\nBrenner Bank, the Kenyan lender, posted a profit on Tuesday. The "
        "president, Amina Odhiambo, said Kenya's economy was strong.\n\nBrenner Bank has "
        "grown fast in Kenya."))
    assert ("Amina Odhiambo", "leaderOf", "Kenya") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security cabinet observers Dan Amsel (Likud) and Ora Stein (Religious Zionism) also "
         "voted against the agreement.",
         {("Dan Amsel", "memberOf", "Likud"), ("Ora Stein", "memberOf", "Religious Zionism")}),
        ("MK Dan Amsel (Likud) said the vote would pass.", {("Dan Amsel", "memberOf", "Likud")}),
    ],
)
def test_a_party_named_bare_in_brackets_after_lawmakers(graph_of, text, expected):
    assert expected <= facts(graph_of(text))


def test_one_body_in_brackets_after_a_name_alone_is_no_party(graph_of):
    got = facts(graph_of("Dan Amsel (Likud) said the vote would pass."))
    assert ("Dan Amsel", "memberOf", "Likud") not in got


@pytest.mark.parametrize("story", [
    "Army Secretary Dan Orlov met Ukrainian officials in Kyiv on Thursday, the U.S. embassy said.",
    "Navy Secretary Dan Orlov toured the port in Gdansk. Poland hopes Washington will help.",
    "Army Secretary Dan Orlov met Polish officials in Warsaw, American diplomats said.",
])
def test_a_service_secretary_is_of_the_united_states_wherever_the_story_is(graph_of, story):
    assert _roles_of(facts(graph_of(story)), "Dan Orlov") == {("memberOf", "United States")}


@pytest.mark.parametrize("story", [
    "Army Secretary Dan Orlov met Ukrainian officials in Kyiv on Thursday.",  # no US named
    "Former Army Secretary Dan Orlov met Ukrainian officials in Kyiv, the U.S. embassy said.",
    "Kenya's Army Secretary Dan Orlov met officials in Nairobi, American diplomats said.",
])
def test_no_service_secretary_of_the_united_states_where_the_story_does_not_say_so(graph_of,
                                                                                  story):
    assert ("memberOf", "United States") not in _roles_of(facts(graph_of(story)), "Dan Orlov")


def test_a_city_before_a_people_s_word_is_in_no_country(graph_of):
    got = facts(graph_of("Ana Roe met officials in Kyiv, American diplomats said on Monday."))
    assert not {f for f in got if f[1] == "locatedIn"}


@pytest.mark.parametrize("text", [
    "Brightwater Holdings named a new finance director on Monday. The appointment at "
    "Brightwater Holdings was approved by chair Helena Strand.",
    "Brightwater Holdings named a new finance director on Monday. Brightwater Holdings said "
    "chair Helena Strand thought the hire was overdue.",
])
def test_a_bare_chair_before_a_name_leads_the_company_of_the_story(graph_of, text):
    assert ("Helena Strand", "leaderOf", "Brightwater Holdings") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Brightwater Holdings named a new finance director on Monday. The appointment at "
    "Brightwater Holdings was criticised by former chair Helena Strand.",
    "Brightwater Holdings named a new finance director on Monday. Brightwater Holdings said "
    "deputy chair Helena Strand thought the hire was overdue.",
    "The Senate voted on Monday. The Senate will debate the bill next week, said chair "
    "Helena Strand.",
])
def test_a_former_or_deputy_chair_or_one_in_no_company_story_leads_nothing(graph_of, text):
    assert not [f for f in facts(graph_of(text)) if f[0] == "Helena Strand" and f[1] == "leaderOf"]


def test_a_chair_whose_owner_is_written_leads_that_body_not_the_story_s(graph_of):
    got = facts(graph_of(
        "Brightwater Holdings named a new finance director on Monday. Brightwater Holdings "
        "said it would not deal with the Harbour Union, whose chair, Helena Strand, "
        "conceded defeat on Wednesday."))
    assert ("Helena Strand", "leaderOf", "Brightwater Holdings") not in got
