"""Entity typing and resolution across mentions and articles."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_surnames_honorifics_and_transliterations_join(graph_of):
    g = graph_of(
        "Ukrainian President Volodymyr Zelenskyy spoke on Monday. "
        "Mr. Zelenskyy said talks would go on.",
        "Volodymyr Zelenskiy met officials. Zelensky then left for Kyiv.",
    )
    people = [e for e in g.entities if e.type == "Person"]
    assert len(people) == 1
    assert {"Zelenskyy", "Volodymyr Zelenskiy", "Zelensky"} <= set(people[0].alt_labels) | {
        people[0].label
    }


def test_type_comes_from_all_mentions_and_context(graph_of):
    g = graph_of(
        "Mr. Okonkwo spoke to reporters in Lagos. Adebayo Okonkwo said the vote was fair. "
        "Okonkwo left for Abuja."
    )
    assert entities(g).get("Adebayo Okonkwo") == "Person"
    assert entities(g).get("Lagos") == "Place" and entities(g).get("Abuja") == "Place"


def test_demonyms_are_not_entities(graph_of):
    g = graph_of("Russian and Ukrainian officials met American diplomats in Geneva.")
    labels = set(entities(g))
    assert not labels & {"Russian", "Ukrainian", "American"}
    assert "Geneva" in labels


def test_city_and_newspaper_stay_apart(graph_of):
    g = graph_of("The Washington Post reported that officials in Washington were surprised.")
    got = entities(g)
    assert got.get("Washington Post") == "Organization"
    assert got.get("Washington") == "Place"


def test_headline_names_need_confirmation(graph_of):
    g = graph_of("Leaders Weigh Bold New Steps\nThe leaders met in Oslo on Friday.")
    assert "Leaders Weigh Bold New Steps" not in entities(g)


@pytest.mark.parametrize(("text", "junk"), [
    ("Minister Speaks On Velmora Port Row, Says It's 'Minor Issue'\n\nTrade minister Kadiri "
     "Osei said on Tuesday that the port row was closed.", {"Minor Issue", "Velmora Port Row"}),
    ("Ruling Party Backs Governor Over Budget Row, Calls Critics 'Reckless'\n\nThe party "
     "backed Governor Tomas Arkwell on Monday.", {"Reckless", "Budget Row", "Critics"}),
])
def test_a_headline_ending_in_quoted_words_is_still_a_headline(graph_of, text, junk):
    got = entities(graph_of(text))
    assert not junk & set(got)
    assert got.get("Kadiri Osei", got.get("Tomas Arkwell")) == "Person"


def test_a_line_of_prose_ending_in_quoted_words_is_no_headline(graph_of):
    # its words are not title-cased: its names need no confirmation elsewhere
    got = entities(graph_of(
        "Talks Resume In Dalmora\n\nOpposition leader Orlan Vesk called the new levy "
        '"a tax on bread"\nThe talks ended on Friday.'
    ))
    assert got.get("Orlan Vesk") == "Person"


def test_a_subheading_in_capitals_names_nothing_unconfirmed(graph_of):
    got = entities(graph_of(
        "Court Upholds Vote\n\nNAIROBI - The court upheld the result on Monday.\n\n"
        "A STRIKING JUDGMENT\n\nChief Justice Amara Ndlovu left no doubt."
    ))
    assert "JUDGMENT" not in got and "STRIKING JUDGMENT" not in got
    assert got.get("Amara Ndlovu") == "Person"


@pytest.mark.parametrize(("line", "headline"), [
    ("A STRIKING JUDGMENT", True),
    ("TALKS RESUME IN DALMORA", True),
    ("AMARA NDLOVU", False),  # a name in capitals on its own line: a caption's, a signature's
])
def test_a_line_in_capitals_after_the_prose_is_a_subheading_unless_a_name(nlp, line, headline):
    from kg.extract.mentions import is_headline

    doc = nlp(f"Court Upholds Vote\n\nNAIROBI - The court upheld the result.\n\n{line}\n\n"
              "The judge left no doubt.")
    sent = next(s for s in doc.sents if s.text.strip() == line)
    assert is_headline(sent) is headline


def test_hyphenated_names_stay_whole_and_join_the_full_name(graph_of):
    g = graph_of(
        "Egyptian President Abdel Fattah al-Sisi hosted the talks in Sharm el-Sheikh. "
        'Security minister Itamar Ben-Gvir objected. "This is a mistake," Ben-Gvir said.'
    )
    got = entities(g)
    assert got.get("Abdel Fattah al-Sisi") == "Person"
    assert got.get("Sharm el-Sheikh") == "Place"
    people = [e for e in g.entities if e.label == "Itamar Ben-Gvir"]
    assert len(people) == 1 and "Ben-Gvir" in people[0].alt_labels
    assert "Sisi" not in got and "Gvir" not in got


def test_acronym_joins_its_organisation(graph_of):
    g = graph_of("The European Union agreed new rules. EU ministers met in Brussels.")
    orgs = [e for e in g.entities if e.type == "Organization"]
    assert len(orgs) == 1 and "EU" in orgs[0].alt_labels


def test_coordinated_names_share_a_type(graph_of):
    g = graph_of(
        "The United States imposed sanctions on Gazprom Neft and Surgutneftegas in January."
    )
    assert entities(g).get("Surgutneftegas") == "Organization"


def test_possessor_of_readers_is_an_outlet(graph_of):
    g = graph_of("Novaya Gazeta's readers react to the plan. Many wrote letters.")
    assert entities(g).get("Novaya Gazeta") == "Organization"


def test_zero_width_and_other_format_characters_do_not_split_or_change_names(graph_of, extract):
    text = ("German Chancellor Olaf\u200bScholz met French President Emmanuel Ma\u00adcron in "
            "Pa\u2060ris on Tuesday. Scholz\u200d said the talks went well.\ufeff")
    g = graph_of(text, "Olaf Scholz flew to Rome.")
    people = [e for e in g.entities if e.type == "Person"]
    assert {e.label for e in people} == {"Olaf Scholz", "Emmanuel Macron"}
    assert entities(g).get("Paris") == "Place"
    names = [name for e in g.entities for name in (e.label, *e.alt_labels)]
    assert not [name for name in names if any(0x200b <= ord(c) <= 0x2060 or c in "\u00ad\ufeff"
                                              for c in name)]
    # Offsets point into the text as given, format characters and all.
    extraction = extract(text)
    for mention in extraction.mentions:
        article = extraction.article
        start = article.source_offset(mention.start)
        end = article.source_offset(mention.end - 1) + 1
        given = text[start:end].replace("\u200b", " ")
        assert "".join(c for c in given if c.isprintable() or c == " ") == mention.text


def test_organisation_names_keep_their_prepositions_and_conjunctions(graph_of):
    g = graph_of(
        "The inquiry was led by the Regional Office on Fisheries and Customs. "
        "Analysts at the Marlow Institute for Coastal Studies agreed, and the "
        "Ethics and Integrity Commission (EIC) opened a case. Officials of the "
        "Olympic Council of Oceania were told. Harbor Wire and Delta News reported it."
    )
    got = entities(g)
    for name in ("Regional Office on Fisheries and Customs", "Marlow Institute for Coastal Studies",
                 "Ethics and Integrity Commission", "Olympic Council of Oceania"):
        assert got.get(name) == "Organization", name
    pieces = {"Fisheries", "Customs", "Coastal Studies", "Oceania", "Integrity Commission"}
    assert not pieces & set(got)
    # two outlets in a row stay two
    assert "Harbor Wire and Delta News" not in got and "Delta News" in got


def test_a_possessive_inside_a_name_keeps_it_whole(graph_of):
    g = graph_of(
        "Tomas Ferreira oversaw the Veterans' Relief Fund until 2023. He now leads the "
        "People's Renewal Congress, and the State Prosecutor's Office charged him. "
        "Lenara's Supreme Court will hear the case."
    )
    got = entities(g)
    for name in ("Veterans' Relief Fund", "People's Renewal Congress", "State Prosecutor's Office"):
        assert got.get(name) == "Organization", name
    assert "Lenara's Supreme Court" not in got and got.get("Supreme Court") == "Organization"


@pytest.mark.parametrize(("text", "name"), [
    ("The Department of Growers' Affairs said claims had risen.",
     "Department of Growers' Affairs"),
    ("The Federation of Tanners' Associations opposed the wage rise.",
     "Federation of Tanners' Associations"),
])
def test_a_body_named_before_a_plural_possessive_goes_on_after_it(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Organization"


def test_a_document_after_a_body_s_plural_possessive_is_no_part_of_it(graph_of):
    got = entities(graph_of("Under the Council of Tanners' Decision No. 5, the tax rose."))
    assert "Council of Tanners' Decision" not in got


def test_an_office_of_a_body_named_with_its_possessive_stays_apart(graph_of):
    g = graph_of("The Treasury's Office of Maritime Controls designated three firms on Monday.")
    got = entities(g)
    assert got.get("Office of Maritime Controls") == "Organization"
    assert got.get("Treasury") == "Organization"


def test_named_laws_and_agreements_are_plans(graph_of):
    g = graph_of(
        "Congress passed the Rural Broadband Act on Friday. Negotiators hope to sign the "
        "Chile-Peru Free Trade Agreement by June."
    )
    got = entities(g)
    assert got.get("Rural Broadband Act") == "Plan"
    assert got.get("Chile-Peru Free Trade Agreement") == "Plan"
    assert "Peru Free Trade Agreement" not in got


def test_people_behind_hyphenated_titles_syllables_and_apostrophes(graph_of):
    g = graph_of(
        "ASEAN Secretary-General Somchai Wongsakul, who was in Hanoi, met the ministers. "
        "Somchai said the bloc was ready. The ministry's spokesperson, Park Ji-hoon, said "
        "talks would go on. The Director of Public Prosecutions, Achieng Ng'ang'a, filed "
        "the case. President Daniel Kiprop Tanui spoke later."
    )
    got = entities(g)
    assert got.get("Somchai Wongsakul") == "Person"
    assert got.get("Park Ji-hoon") == "Person"
    assert got.get("Achieng Ng'ang'a") == "Person"
    assert got.get("Daniel Kiprop Tanui") == "Person"
    assert not {"General Somchai Wongsakul", "Somchai", "Park Ji", "Achieng"} & set(got)


def test_surnames_built_as_surnames_are_people(graph_of):
    g = graph_of(
        "The ministry installed Nurlan Abdrakhmanov, a former wrestler, as acting head. "
        "Gulnara Seitkaliyeva was removed. Seitkaliyeva said she would appeal, and "
        "Abdrakhmanov declined to comment."
    )
    people = {e.label for e in g.entities if e.type == "Person"}
    assert people == {"Nurlan Abdrakhmanov", "Gulnara Seitkaliyeva"}


def test_portfolios_and_things_are_not_entities(graph_of):
    g = graph_of(
        "Ruth Achola, who served as Cabinet Secretary for Mining, was charged. Lito "
        "Alcantara, the Secretary of Foreign Affairs, flew home. The Under Secretary of the "
        "Treasury for Trade and Financial Crimes, Maya Serrat, spoke. The tanker Sea Falcon "
        "was seized. Cases of Nipah virus rose; Nipah kills many."
    )
    got = entities(g)
    assert not {"Mining", "Affairs", "Foreign Affairs", "Financial Crimes", "Trade", "Sea Falcon",
                "Nipah"} & set(got)
    assert got.get("Maya Serrat") == "Person"


def test_places_named_by_what_they_are(graph_of):
    g = graph_of(
        "THE HAGUE — Fighting reached the besieged city of Al Qarna on Monday. Miners in the "
        "Valdera region stopped work. Korea and Japan agreed, South Korea said."
    )
    got = entities(g)
    assert got.get("The Hague") == "Place"
    assert got.get("Al Qarna") == "Place"
    assert got.get("Valdera") == "Place"
    assert got.get("South Korea") == "Place" and "Korea" not in got


def test_a_country_s_ministry_in_lower_case_is_an_organisation(graph_of):
    g = graph_of(
        "Chile's foreign ministry said on Monday it would reply. North Korea's foreign "
        "ministry rejected the statement. Peru's trade ministry spokeswoman, Ana Quispe, agreed."
    )
    orgs = {e.label for e in g.entities if e.type == "Organization"}
    assert {"Chile's foreign ministry", "North Korea's foreign ministry",
            "Peru's trade ministry"} <= orgs
    assert entities(g).get("Chile") == "Place"


def test_credits_and_acronyms(graph_of):
    g = graph_of(
        "WAFU said the final would go ahead.\n"
        "The federation agreed.\n"
        "(Reporting by Tomasz Wierzba; editing by Clara Osei)\n"
        "(Photo by Imani Dube)"
    )
    got = entities(g)
    assert got.get("WAFU") == "Organization"
    assert got.get("Tomasz Wierzba") == "Person" and got.get("Clara Osei") == "Person"
    assert "Imani Dube" not in got


def test_a_country_s_government_is_no_organisation_of_its_own(graph_of):
    g = graph_of("The Sri Lankan government agreed. The New Zealand government objected. "
                 "The Trump administration declined.")
    got = entities(g)
    assert "Sri Lankan government" not in got and "New Zealand government" not in got
    assert got.get("New Zealand") == "Place"
    assert got.get("Trump administration") == "Organization"


def test_a_place_name_alone_is_the_surname_of_a_person_where_only_a_person_fits(graph_of):
    g = graph_of("Actor Lionel Washington attended the gala. Washington said he was pleased. "
                 "Officials in Washington were surprised.")
    people = [e for e in g.entities if e.label == "Lionel Washington"]
    assert len(people) == 1 and "Washington" in people[0].alt_labels
    assert entities(g).get("Washington") == "Place"


def test_a_name_used_without_its_kind_joins_the_name_with_it(graph_of):
    g = graph_of(
        "Kestrel Lane Capital, which owns 7 per cent of the firm, objected. Kestrel Lane's "
        "founder, Ivo Brandt, declined to comment. Castaño leads the Fuerza Nueva party; "
        "nobody will ally with Fuerza Nueva. Voters in Benue State Governor Ada Okoro's home "
        "town queued; the people of Benue want change."
    )
    got = entities(g)
    assert got.get("Kestrel Lane Capital") == "Organization" and "Kestrel Lane" not in got
    orgs = [e for e in g.entities if "Fuerza Nueva" in (e.label, *e.alt_labels)]
    assert len(orgs) == 1 and orgs[0].type == "Organization"
    places = [e for e in g.entities if "Benue" in (e.label, *e.alt_labels)]
    assert len(places) == 1 and places[0].label == "Benue State" and places[0].type == "Place"


def test_the_place_of_a_dateline_in_capitals(graph_of):
    g = graph_of("SAN MIGUEL DEL SUR, Valdoria — The talks resumed on Monday.\n"
                 "UNITED NATIONS (Agency) — The council met.\n"
                 "TRADE WAR ESCALATES - analysts worry")
    got = entities(g)
    assert got.get("San Miguel Del Sur") == "Place"
    assert not {"United Nations", "Trade War Escalates", "TRADE WAR ESCALATES"} & set(got)


def test_a_capitalised_word_after_a_dateline_opens_the_sentence(graph_of):
    g = graph_of("Lisbon — Senior U.S., Brazilian and Angolan officials gathered in Lisbon "
                 "on Sunday.\nNAIROBI (Agency) — Senior Kenyan officials met on Sunday.\n"
                 "PORT ELMA (Agency) - Veteran negotiator Ines Kral arrived on Monday.")
    got = entities(g)
    assert not [label for label in got if label.startswith(("Senior", "Veteran"))]
    assert got.get("Ines Kral") == "Person"
    assert not facts(g)


def test_the_board_of_a_company_is_no_entity_but_a_chamber_of_deputies_is(graph_of):
    g = graph_of("The Board of Velora Motors and the board of Tessan Group disagreed. "
                 "The Chamber of Deputies must now vote.")
    got = entities(g)
    assert not [label for label in got if label.lower().startswith("board")]
    assert got.get("Velora Motors") == "Organization"
    assert got.get("Chamber of Deputies") == "Organization" and "Deputies" not in got


def test_a_region_s_name_tagged_as_a_people_and_a_plural_opening_a_sentence(graph_of):
    g = graph_of("Gold came from mines in the country's Tumbará region. The gold of Tumbará "
                 "belongs to its people. Diplomats said the talks would resume. Nordic "
                 "countries agreed.")
    got = entities(g)
    assert got.get("Tumbará") == "Place"
    assert not {"Diplomats", "Nordic"} & set(got)


def test_regions_and_member_states_are_no_people(graph_of):
    g = graph_of("EU Member States agreed on Monday. Leaders from Central America and "
                 "Southeast Asia met the Organization of American States.")
    got = entities(g)
    assert "States" not in got
    assert got.get("Central America") == "Place" and got.get("Southeast Asia") == "Place"
    assert got.get("Organization of American States") == "Organization"


def test_a_name_broken_by_a_hard_line_break_in_prose_stays_whole(graph_of):
    g = graph_of("The talks were held on Monday and were described as useful by the envoy, Arkady\n"
                 "Belousov, who said that more would follow. Belousov added more.\n"
                 "Envoy Meets Harlan\n"
                 "Mirela Harlan met the envoy on Tuesday.")
    got = entities(g)
    assert got.get("Arkady Belousov") == "Person"
    assert "Harlan Mirela Harlan" not in got and "Harlan\nMirela Harlan" not in got
    assert got.get("Mirela Harlan") == "Person"


def test_all_opens_an_organisation_s_name_but_not_a_phrase_about_its_members(graph_of):
    got = entities(graph_of(
        "The All Veldoria Patients Action Forum said prices would rise. He joined the All "
        "Progressives Congress in 2014. All European Union members agreed."
    ))
    assert got.get("All Veldoria Patients Action Forum") == "Organization"
    assert got.get("All Progressives Congress") == "Organization"
    assert "Veldoria Patients Action Forum" not in got and "Progressives Congress" not in got
    assert got.get("European Union") == "Organization" and "All European Union" not in got


def test_a_demonym_before_a_capitalised_ministry_says_whose_it_is(graph_of):
    g = graph_of(
        "The Vietnamese Foreign Ministry said the ship had left. The Egyptian Foreign "
        "Ministry welcomed the talks. The Moldovan Ministry of Foreign Affairs did not comment.",
        "The Vietnamese foreign ministry protested. Vietnam's foreign ministry said the "
        "patrol was unlawful.",
    )
    orgs = {e.label: {n.lower() for n in e.alt_labels} | {e.label.lower()}
            for e in g.entities if e.type == "Organization"}
    assert "Foreign Ministry" not in orgs and "Ministry of Foreign Affairs" not in orgs
    assert "Egyptian Foreign Ministry" in orgs
    assert [names for names in orgs.values() if "vietnamese foreign ministry" in names] == [
        {"vietnamese foreign ministry", "vietnam's foreign ministry"}]


def test_a_capitalised_plan_is_a_plan(graph_of):
    got = entities(graph_of(
        "Finance Minister Ruth Abara presented the Harbour Stability Plan on Monday.",
        "The Marlow Plan was shelved, officials said.",
    ))
    assert got.get("Harbour Stability Plan") == "Plan" and got.get("Marlow Plan") == "Plan"
    assert got.get("Ruth Abara") == "Person"



def test_a_company_s_abbreviated_kind_and_a_hyphenated_prefix_stay_in_its_name(graph_of):
    g = graph_of(
        "Harrow Mining Corp. said output fell. Harrow Mining chairman Lachlan Reid said the "
        "outlook was strong.",
        "Officials of the Council for Regional Co-operation and Trade (CRCT) met in Oslo. "
        "The CRCT said growth would slow.",
        "Leaders met on the sidelines of the Asia-Pacific Trade Cooperation (APTC) forum.",
    )
    orgs = {e.label: set(e.alt_labels) for e in g.entities if e.type == "Organization"}
    assert orgs.get("Harrow Mining Corp") == {"Harrow Mining"}
    assert orgs.get("Council for Regional Co-operation and Trade") == {"CRCT"}
    assert "Asia-Pacific Trade Cooperation" in orgs
    assert "Pacific Trade Cooperation" not in entities(g)
    assert entities(g).get("Lachlan Reid") == "Person"


def test_a_periodical_s_name_keeps_the_word_the_tagger_reads_as_a_date(graph_of):
    g = graph_of("Senate backs data bill\n- Harbor Tech Daily - Wednesday, May 6, 2026\n"
                 "By Lina Okafor\n\nThe Senate voted on Tuesday. Okafor told Harbor Tech Daily "
                 "that the vote was close.\n")
    got = entities(g)
    assert got.get("Harbor Tech Daily") == "Organization" and "Harbor Tech" not in got


def test_a_bill_s_number_names_no_organisation(graph_of):
    got = entities(graph_of("The bill, known as PL 5120, passed 52-17. The EU 2030 targets "
                            "stand, the EU said."))
    assert "PL" not in got and got.get("EU") == "Organization"


def test_club_and_company_kind_words_make_whole_organisations(graph_of):
    g = graph_of(
        "Harbury Rovers beat Castlebar Wanderers 2-1 on Saturday. "
        "Real Ostava signed the striker from Brenton City FC last week. "
        "Harbury United manager Tomas Kell said the team had played well. "
        "Shares fell after Tarn Holdings president Mirela Vance resigned."
    )
    got = entities(g)
    for club in ("Harbury Rovers", "Castlebar Wanderers", "Real Ostava", "Brenton City FC",
                 "Harbury United", "Tarn Holdings"):
        assert got.get(club) == "Organization", club
    assert not {"Harbury", "Holdings", "Brenton City"} & set(got)
    assert ("Tomas Kell", "memberOf", "Harbury United") in facts(g)


def test_club_opener_before_a_title_keeps_the_club(graph_of):
    g = graph_of("Real Ostava coach Ivo Maric said the club would appeal.")
    got = entities(g)
    assert got.get("Real Ostava") == "Organization"
    assert got.get("Ivo Maric") == "Person"


def test_club_word_as_a_surname_stays_a_person(graph_of):
    g = graph_of("Defender Piet Rovers scored twice on Saturday.")
    assert entities(g).get("Piet Rovers") == "Person"


def test_lower_case_council_is_no_name(graph_of):
    g = graph_of("The plan was backed by Regional council chairman Oskar Lindgren on Monday.")
    got = entities(g)
    assert not {"Regional council", "Regional"} & set(got)
    assert got.get("Oskar Lindgren") == "Person"


def test_a_place_beside_a_club_stays_a_place(graph_of):
    g = graph_of("Harbury Rovers played their home games in Manchester until 1990.")
    got = entities(g)
    assert got.get("Harbury Rovers") == "Organization"
    assert got.get("Manchester") == "Place"


def test_a_body_anchored_to_a_country_of_two_words_is_named(graph_of):
    """"Costa Rica's sovereign wealth fund": neither word alone is the country."""
    found = entities(graph_of("Costa Rica's sovereign wealth fund said on Monday it would "
                              "sell the stake."))
    assert found.get("Costa Rica's sovereign wealth fund") == "Organization"


@pytest.mark.parametrize("text", [
    "Varga is a lawyer.",
    "Okonkwo, a senior ministry official, declined to comment.",
])
def test_a_lone_name_described_as_only_a_person_is_one_is_a_person(graph_of, text):
    name = text.split()[0].rstrip(",")
    assert entities(graph_of(text)).get(name) == "Person"


def test_a_lone_name_described_as_a_company_is_no_person(graph_of):
    assert entities(graph_of("Velora, a Denver company, said no.")).get("Velora") != "Person"


def test_a_place_opening_a_sentence_before_a_title_is_no_person(graph_of):
    text = "In Velmar, Ruritania's defence minister, Ana Roe, welcomed the sanctions."
    got = entities(graph_of(text))
    assert got.get("Velmar") != "Person"


@pytest.mark.parametrize(("text", "name"), [
    ("Doctors treated Brandt's assassin, Otto Veld, on Monday.", "Brandt"),
    ("Mourners gathered around Hesse's widow outside the court.", "Hesse"),
    ("The inquiry into Kessler's murder reopened on Friday.", "Kessler"),
])
def test_a_lone_name_owning_a_killer_or_a_family_is_a_person(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Person"


def test_a_lone_name_owning_an_office_is_not_thereby_a_person(graph_of):
    assert entities(graph_of("Velora's office in town closed on Monday.")).get("Velora") != "Person"


def test_the_town_of_a_mayor_written_with_a_possessive_is_a_place(graph_of):
    g = graph_of(
        "The leader spoke in Dornby, alongside Marella's mayor, Celia Montaro, "
        "and the party's treasurer."
    )
    assert entities(g).get("Marella") == "Place"
    assert ("Celia Montaro", "leaderOf", "Marella") in facts(g)


def test_a_name_said_to_be_a_kind_of_place_is_a_place(graph_of):
    got = entities(graph_of("Tarvosa is a mining town in the north. Kestrel Rock is the "
                            "town's largest employer."))
    assert got.get("Tarvosa") == "Place"
    assert got.get("Kestrel Rock") != "Place"


def test_an_office_named_after_an_officer_is_one_organisation(graph_of):
    got = entities(graph_of("The Inspector General's Office welcomed the ruling."))
    assert got.get("Inspector General's Office") == "Organization"


def test_a_nationality_before_a_name_is_not_part_of_it(graph_of):
    got = entities(graph_of(
        "The coach, the Argentine Matías Echeverri Soto, will stay. German Lufthansa Group "
        "shares rose."
    ))
    assert got.get("Matías Echeverri Soto") == "Person"
    assert "Argentine Matías Echeverri Soto" not in got


def test_a_name_said_to_be_a_club_or_company_is_an_organisation(graph_of):
    got = entities(graph_of("Calcio Vantaggi became the latest Serie A club to be sold. "
                            "Orla Brennick is a lawyer."))
    assert got.get("Calcio Vantaggi") == "Organization"
    assert got.get("Orla Brennick") == "Person"


def test_the_office_of_a_title_is_an_organisation(graph_of):
    found = entities(
        graph_of(
            "The Prosecutor General's Office said it had opened a criminal case. The Auditor "
            "General's Office said nothing. Attorney General Ana Roe declined to comment."
        )
    )
    assert found.get("Prosecutor General's Office") == "Organization"
    assert found.get("Auditor General's Office") == "Organization"
    assert found.get("Ana Roe") == "Person"
    assert "General's Office" not in found


def test_a_name_travelled_to_is_a_place(graph_of):
    found = entities(
        graph_of(
            "A blast killed 31 miners in the Karvosk region on Sunday. The company's chief "
            "executive, Piet Vos, flew to Karvosk on Wednesday. Police in Karvosk said the "
            "Karvosk mines were closed."
        )
    )
    assert found.get("Karvosk") == "Place"


@pytest.mark.parametrize(("text", "name"), [
    ("At the market, trader Mebrat Kahsay said she had stopped listening to the radio.",
     "Mebrat Kahsay"),
    ("The farmer Hagos Gebre said the rains came late this year.", "Hagos Gebre"),
    ("Pensioner Olu Adeyemi queued for four hours at the bank.", "Olu Adeyemi"),
])
def test_an_everyday_occupation_before_a_name_makes_a_person(graph_of, text, name):
    assert entities(graph_of(text))[name] == "Person"


@pytest.mark.parametrize(("text", "name"), [
    ("The trader Gunvor Group said its profits fell.", "Gunvor Group"),
    ("The vendor Orvane Systems denied the claim.", "Orvane Systems"),
])
def test_a_company_described_by_its_trade_stays_a_company(graph_of, text, name):
    assert entities(graph_of(text))[name] == "Organization"


@pytest.mark.parametrize("text", [
    "The council met on Monday.\n\nHumanitarian Aid Approved\n\nThe council approved aid, "
    "Mayor Ana Ruiz said.",
    "Mayor Ana Ruiz spoke on Monday.\n\nCommunity Response\n\nResidents welcomed the plan.",
    "The council met on Monday.\n\nKey Decisions and Votes\n\nThe council elected a chair.",
    "Senator Tom Brask spoke on Monday.\n\nBudget Blueprints\n\nThe House passed a budget.",
])
def test_short_subheadings_inside_a_story_name_nothing(graph_of, text):
    got = entities(graph_of(text))
    assert not set(got) - {"Ana Ruiz", "Tom Brask", "House"}, got


@pytest.mark.parametrize(("text", "name"), [
    # a line naming someone: a signature's, a caption's
    ("The statement was signed on Monday.\n\nAna Ruiz\nSecretary General", "Ana Ruiz"),
    ("The council met on Monday.\n\nGovernor Tom Brask\n\nThe council elected a chair.",
     "Tom Brask"),
    # a subheading's name the story names again
    ("The council met.\n\nWhy Brask Matters\n\nTom Brask was elected chairman.", "Tom Brask"),
])
def test_lines_naming_people_keep_their_names(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Person"


def test_a_line_of_the_pages_head_is_no_subheading(graph_of):
    got = entities(graph_of(
        "Council elects a new chair\n\nBaltic Compass\nMarch 3, 2027\n\n"
        "The council met on Monday, Mayor Ana Ruiz said."
    ))
    assert got.get("Baltic Compass") == "Organization"


@pytest.mark.parametrize("text", [
    "\"The feeling is a deal could be near,\" said Gerard Coyle, a bank analyst at Tucker "
    "Brandt.",
    "Ruth Ambler, a partner with Keller Dunn, said the talks had stalled.",
    "Economists at Tucker Brandt expect two rate cuts this year.",
])
def test_the_firm_an_analyst_works_at_is_no_person(graph_of, text):
    got = entities(graph_of(text))
    assert {got.get("Tucker Brandt"), got.get("Keller Dunn")} - {None} == {"Organization"}


def test_one_speaking_with_a_person_keeps_the_person(graph_of):
    got = entities(graph_of("Ruth Ambler spoke with Keller Dunn on Monday about the plan."))
    assert got.get("Keller Dunn") == "Person"


def test_a_firm_whose_analysts_speak_is_no_person(graph_of):
    got = entities(graph_of("Morrow Stanley analysts said the deal was fair. Morrow Stanley "
                            "raised its target."))
    assert got.get("Morrow Stanley") == "Organization"


def test_a_company_name_before_its_chief_s_capitalised_title_is_no_person(graph_of):
    g = graph_of("Pellam Tinto Chief Executive Jean-Sebastien Varga apologised on Friday. "
                 "Harwick Sachs CEO Dana Brill said the bank would hire more staff.")
    got = entities(g)
    assert got.get("Pellam Tinto") == "Organization" and got.get("Harwick Sachs") == (
        "Organization")
    assert {("Jean-Sebastien Varga", "leaderOf", "Pellam Tinto"),
            ("Dana Brill", "leaderOf", "Harwick Sachs")} <= facts(g)


def test_a_person_s_name_before_a_name_is_not_made_a_company(graph_of):
    got = entities(graph_of("Acme named Ana Roe Chairman Bram Vik's deputy on Monday."))
    assert got.get("Ana Roe") != "Organization"


def test_the_coined_first_word_of_a_company_s_name_stands_for_it(graph_of):
    g = graph_of("Navaro International Corp said its chairman had quit. Navaro has appointed "
                 "Lewis Dunn as interim boss. Investors had called for change at Navaro. "
                 "Navaro revealed a loss. Navaro said more. Navaro fell.")
    got = entities(g)
    assert got.get("Navaro International Corp") == "Organization" and "Navaro" not in got
    assert ("Lewis Dunn", "leaderOf", "Navaro International Corp") in facts(g)


def test_a_given_name_opening_a_company_s_name_is_not_taken_for_it(graph_of):
    got = entities(graph_of("Ana Roe Holdings Ltd said profits rose. Ana said she was glad."))
    assert got.get("Ana Roe Holdings Ltd") == "Organization"
    assert not [k for k, v in got.items() if k == "Ana" and v == "Organization"]


@pytest.mark.parametrize("text", [
    "Pellam Tinto said on Wednesday its chairman would step down next year.",
    "Barkley said it had appointed Ruth Ambler as chief executive.",
    "Tessel Brandt said it had agreed to buy Vanta Foods for $2 billion.",
])
def test_a_name_that_says_what_it_does_as_a_firm_is_no_person(graph_of, text):
    got = entities(graph_of(text))
    assert {got.get(n) for n in ("Pellam Tinto", "Barkley", "Tessel Brandt")} - {None} == {
        "Organization"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Roe said it would close two plants.", "Ana Roe"),
    ("Kessler said it would be a hard year for the team.", "Kessler"),
    ("Vik said its effects were clear to everyone.", "Vik"),
    ("Kessler said it would merge the two agencies.", "Kessler"),
])
def test_a_person_speaking_of_it_stays_a_person(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Person"


def test_an_appointing_firm_that_said_it_had_appointed_gets_its_chief(graph_of):
    g = graph_of("Barkley said it had appointed Ruth Ambler as chief executive. Barkley shares "
                 "rose 3 percent.")
    assert ("Ruth Ambler", "leaderOf", "Barkley") in facts(g)


def test_a_brokerage_s_name_is_no_person(graph_of):
    got = entities(graph_of("Davy Stockbrokers said the merger was unlikely. Hollis Brokers "
                            "agreed."))
    assert got.get("Davy Stockbrokers") == "Organization"
    assert got.get("Hollis Brokers") == "Organization"


def test_a_town_named_for_a_saint_after_a_firm_is_no_person(graph_of):
    g = graph_of("\"A deal is near,\" said Mark Dunn, a banking analyst at Edward D. Jones & "
                 "Co., St. Louis.")
    assert entities(g).get("St. Louis") == "Place"
    assert not {f for f in facts(g) if f[0] == "St. Louis"}


@pytest.mark.parametrize("text", [
    "Brackleys said on Monday it would cut 500 jobs.",
    "Brackleys shares fell 2 percent after the report.",
    "Brackleys chairman Ana Roe said the bank would adapt.",
])
def test_a_firm_shaped_as_a_plural_opening_a_sentence_is_found(graph_of, text):
    assert entities(graph_of(text)).get("Brackleys") == "Organization"


def test_a_firm_shaped_as_a_plural_gets_its_chairman(graph_of):
    g = graph_of("Brackleys chairman Ana Roe said the bank would adapt.")
    assert ("Ana Roe", "leaderOf", "Brackleys") in facts(g)


@pytest.mark.parametrize("text", [
    "Officials said it would cut 500 jobs.",
    "Investors said its shares were cheap.",
    "Analysts said the deal was fair.",
])
def test_a_plural_noun_opening_a_sentence_is_no_firm(graph_of, text):
    assert not entities(graph_of(text))


@pytest.mark.parametrize(("text", "firm", "head"), [
    ("Rayburn CEO Tom Kenney will be named executive chairman.", "Rayburn", "Tom Kenney"),
    ("Dorne's Chief Executive Andrew Livas will be executive chairman.", "Dorne",
     "Andrew Livas"),
])
def test_a_firm_opening_a_sentence_before_its_head_s_title_and_name(graph_of, text, firm, head):
    g = graph_of(text)
    assert entities(g).get(firm) == "Organization"
    assert (head, "leaderOf", firm) in facts(g)


@pytest.mark.parametrize("text", [
    "Acting CEO Jane Dorsey said the company would recover.",
    "Interim chief executive Jane Dorsey said the company would recover.",
    "Outgoing chairman Bram Vik said the company would recover.",
    "Group CEO Jane Dorsey said profits rose.",
])
def test_a_word_opening_a_sentence_before_a_chief_s_title_is_no_firm(graph_of, text):
    got = entities(graph_of(text))
    assert set(got.values()) == {"Person"}


@pytest.mark.parametrize("text, name", [
    ("Dakar Mbeki, a South African politician, ran for the party leadership.", "Dakar Mbeki"),
    ("Lima Torvanen, a Finnish businesswoman, bought the club.", "Lima Torvanen"),
    ("The fund is owned by Oslo Renkvist, a Swedish billionaire.", "Oslo Renkvist"),
])
def test_a_name_opening_with_a_city_described_as_a_person_is_a_person(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Person"


def test_a_name_described_by_a_trade_a_body_also_has_is_not_made_a_person(graph_of):
    got = entities(graph_of("Dakar Ventures, a Senegalese investment firm, bought the club."))
    assert got.get("Dakar Ventures") != "Person"


@pytest.mark.parametrize("text, people", [
    ("The Treasury sanctioned brothers Aziz and Farrukh Temirov on Friday.",
     {"Aziz Temirov", "Farrukh Temirov"}),
    ("The sanctions hit Arkady and Boris Venkov, who own the bank.",
     {"Arkady Venkov", "Boris Venkov"}),
    ("Sarvan and Sanjar Kadyrbekov, nephews of the tycoon, were also named.",
     {"Sarvan Kadyrbekov", "Sanjar Kadyrbekov"}),
])
def test_given_names_joined_to_a_full_name_share_its_surname(graph_of, text, people):
    got = entities(graph_of(text))
    assert {p for p in people if got.get(p) == "Person"} == people


@pytest.mark.parametrize("text, first, joined", [
    ("Jasper and Tim Colbert were sued on Monday. Jasper said it would fight the case.",
     "Jasper", "Jasper Colbert"),
    ("Kenya and Wilson Kiprotich rejected the claim.", "Kenya", "Kenya Kiprotich"),
])
def test_a_body_or_place_before_and_a_full_name_keeps_its_own_name(graph_of, text, first, joined):
    got = entities(graph_of(text))
    assert first in got and joined not in got


@pytest.mark.parametrize("text, name", [
    ("20th Harbor Studios released the film on Friday.", "20th Harbor Studios"),
    ("The deal brought 22nd Lantern Films under the studio's control, and 22nd Lantern's "
     "library grew.", "22nd Lantern Films"),
    ("The 2nd Circuit Court of Appeals ruled against the firm.", "2nd Circuit Court of Appeals"),
])
def test_an_ordinal_in_figures_opens_a_bodys_name(graph_of, text, name):
    got = entities(graph_of(text))
    assert got.get(name) == "Organization"
    assert [label for label in got if label != name and label in name] == []  # no fragment


def test_an_ordinal_before_a_name_of_no_body_stays_out_of_it(graph_of):
    got = entities(graph_of("He earned his 2nd Harvard degree in 2001."))
    assert "2nd Harvard" not in got
