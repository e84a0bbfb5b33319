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
