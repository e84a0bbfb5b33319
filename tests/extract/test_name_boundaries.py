"""Where names begin and end when the tagger reads them wrong, and what is no name at all:
two names read as one, a title's words around a name, events, things, currencies, peoples,
a page's sections and desks."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _labels(g) -> set[str]:
    return {name for e in g.entities for name in (e.label, *e.alt_labels)}


def test_a_comma_between_two_names_parts_them(graph_of):
    got = entities(graph_of(
        "Under Kellan Voss, Brightmart's revenue doubled in a decade.",
        "Under Mireille Dutort, Castamere's profits rose, the Dorvale Ledger reported.",
    ))
    assert got.get("Kellan Voss") == "Person"
    assert got.get("Mireille Dutort") == "Person"
    assert not [label for label in got if "," in label]


def test_a_comma_before_a_legal_form_or_inside_a_list_of_portfolios_parts_nothing(graph_of):
    got = entities(graph_of(
        "The Ministry of Industry, Trade and Tourism of Velmar issued new rules on Monday."
    ))
    assert got.get("Ministry of Industry, Trade and Tourism of Velmar") == "Organization"
    assert "Trade and Tourism of Velmar" not in got


def test_a_surname_alone_is_the_person_named_in_full(graph_of):
    g = graph_of(
        "Colt Brenneman will retire as chief executive of Halvard Stores on Jan. 31. "
        "Brenneman, 61, will stay on the board until June. Brenneman himself was named in "
        "2013. Under Brenneman, the chain doubled its sales, and Brenneman said the timing "
        "was right."
    )
    got = entities(g)
    assert got.get("Colt Brenneman") == "Person"
    assert "Brenneman" not in got  # one node, not a body of the same name


def test_a_company_named_for_a_person_stays_a_company(graph_of):
    got = entities(graph_of(
        "Ada Kettering founded Kettering Motors in 1990. Kettering Motors said sales rose."
    ))
    assert got.get("Ada Kettering") == "Person"
    assert got.get("Kettering Motors") == "Organization"


def test_a_monarch_s_one_name_keeps_the_title(graph_of):
    got = entities(graph_of(
        "Crown Prince Faisal bin Tamir, who runs the kingdom for his father, King Tamir, "
        "met the envoy. King Tamir, 88, did not attend. Queen Ottilie II opened parliament."
    ))
    assert got.get("King Tamir") == "Person"
    assert got.get("Faisal bin Tamir") == "Person"
    assert got.get("Queen Ottilie II") == "Person"
    assert "Tamir" not in got


def test_people_s_opens_a_body_s_or_a_state_s_name(graph_of):
    got = entities(graph_of(
        "Lin Bao met officials of the People's Bank of Veldoria and of the People's "
        "Liberation Front in the People's Republic of Veldoria."
    ))
    assert "People" not in got
    assert got.get("People's Bank of Veldoria") == "Organization"
    assert got.get("People's Liberation Front") == "Organization"


def test_an_event_s_name_is_no_entity_but_the_body_that_holds_it_is(graph_of):
    got = entities(graph_of(
        "The leaders met on the final day of the ASEAN Economic Ministers' Meeting in Hanoi.",
        "Israel's team was refused visas for the 53rd IWF World Weightlifting Championships.",
        "The talks were held on the sidelines of the Dorvale Peace Summit.",
    ))
    assert got.get("ASEAN") == "Organization" and got.get("IWF") == "Organization"
    assert not [label for label in got
                if label.endswith(("Meeting", "Championships", "Summit", "Ministers"))]
    assert got.get("Hanoi") == "Place"


def test_a_forum_or_a_conference_is_a_body_not_an_event(graph_of):
    got = entities(graph_of("The Tallin Peace Forum said the talks would resume in May. "
                            "The Dorvale Security Conference said it would meet in June."))
    assert got.get("Tallin Peace Forum") == "Organization"
    assert got.get("Dorvale Security Conference") == "Organization"


def test_abbreviations_of_things_grades_of_oil_and_lists_are_no_names(graph_of):
    got = entities(graph_of(
        "The two governments signed an MOU on trade and agreed to extend the Korea-Japan FTA.",
        "Benchmark Brent crude rose 5% on Thursday.",
        "The Treasury added Voltra Oil to its Restricted Parties list on Friday.",
    ))
    assert not {"MOU", "FTA", "Japan FTA", "Korea-Japan FTA", "Benchmark Brent", "Brent",
                "Restricted Parties"} & set(got)
    assert got.get("Japan") == "Place"
    assert got.get("Voltra Oil") == "Organization"


def test_a_name_before_list_or_crude_stays_where_it_is_a_body_or_a_place(graph_of):
    got = entities(graph_of(
        "The European Union list grew longer. Iraq's exports rose as Iraq crude found buyers."
    ))
    assert got.get("Iraq") == "Place"
    assert got.get("European Union") == "Organization"


def test_currencies_and_peoples_are_no_names(graph_of):
    got = entities(graph_of(
        "Euro zone finance ministers met in Brussels on Monday.",
        "Halima Osei, the first African to lead the federation, spoke in a Muslim-majority "
        "country, where Sikh and Buddhist groups also met.",
    ))
    assert not {"Euro", "African", "Muslim", "Sikh", "Buddhist"} & set(got)
    assert got.get("Halima Osei") == "Person"
    assert got.get("Brussels") == "Place"


def test_a_word_of_a_faith_or_a_currency_that_is_a_name_too_stays_a_name(graph_of):
    got = entities(graph_of(
        "The Hindu reported that the minister would travel. Raheem Sterling scored twice, "
        "and Sterling said the team was ready."
    ))
    assert "Hindu" in got and "Sterling" in got or "Raheem Sterling" in got


def test_a_title_word_inside_a_plan_s_name_is_its_word(graph_of):
    got = entities(graph_of(
        "By the evening the two governments had signed a Strategic Defense Agreement.",
        "Ministers approved the Regional Security Pact on Friday.",
    ))
    assert got.get("Strategic Defense Agreement") == "Plan"
    assert got.get("Regional Security Pact") == "Plan"
    assert "Agreement" not in got and "Pact" not in got


def test_a_title_s_qualifiers_and_its_unit_are_no_names(graph_of):
    got = entities(graph_of(
        "The following is the briefing delivered by Senior Presidential Spokesperson "
        "Han Ji-woo.",
        "Presidential Chief of Staff Park Min-seok and National Security Adviser Oh Jae-won "
        "attended.",
    ))
    assert got.get("Han Ji-woo") == "Person"
    assert got.get("Park Min-seok") == "Person"
    assert not {"Senior Presidential", "Presidential", "Park Min", "Staff"} & set(got)


def test_the_general_staff_is_a_body(graph_of):
    got = entities(graph_of(
        "Officers, including the chief of the General Staff, Oleh Bratchuk, joined the call.",
    ))
    assert got.get("General Staff") == "Organization"
    assert "Staff" not in got
    assert got.get("Oleh Bratchuk") == "Person"


def test_the_general_staff_that_speaks_is_a_body_and_a_general_a_person(graph_of):
    got = entities(graph_of(
        "The General Staff said 150 clashes took place near the town.",
        "General Oleh Bratchuk said the line held.",
    ))
    assert got.get("General Staff") == "Organization"
    assert got.get("Oleh Bratchuk") == "Person"


def test_a_holder_named_after_a_long_preposed_title_is_parted_from_the_body(graph_of):
    g = graph_of(
        "Director of the General Office of the Party Central Committee Tao Wenjun and "
        "Foreign Minister Lu Fang accompanied President Deng.",
        "Envoys met Secretary of the National Defence Council of Estonia Mart Kivisild and "
        "Chief of the General Staff Aivar Lepp.",
    )
    got = entities(g)
    assert got.get("General Office of the Party Central Committee") == "Organization"
    assert got.get("Tao Wenjun") == "Person" and got.get("Lu Fang") == "Person"
    assert got.get("Mart Kivisild") == "Person" and got.get("Aivar Lepp") == "Person"
    assert not [label for label in got if " and " in label or label.endswith("Foreign")]


def test_an_and_inside_a_body_s_name_still_joins_its_words(graph_of):
    got = entities(graph_of(
        "Officials of the Commission for Security and Cooperation in Europe met Vera Lind."
    ))
    assert got.get("Commission for Security and Cooperation in Europe") == "Organization"


def test_places_by_their_first_or_last_words(graph_of):
    got = entities(graph_of(
        "He was received by the Pope at Castel Gandolfo and met leaders at Downing Street.",
        "The costs are falling on the Global South too, said Nandita Rao.",
        "Protests spread to Fort Mallory and Port Estrel on Sunday.",
    ))
    assert got.get("Castel Gandolfo") == "Place"
    assert got.get("Downing Street") == "Place"
    assert got.get("Global South") == "Place"
    assert got.get("Fort Mallory") == "Place"


def test_a_person_with_a_compass_surname_stays_a_person(graph_of):
    got = entities(graph_of("Marta West said the vote was fair. West added that it was close."))
    assert got.get("Marta West") == "Person"


def test_the_tagger_s_label_on_a_name_s_first_word_takes_the_whole_name(graph_of):
    got = entities(graph_of(
        "Six applied: Latvia's central bank chief Mārtiņš Kazāks; and Lithuania's finance "
        "minister, Rimvydas Šadauskas.",
        "THE DORVALE SENTINEL\nWorld | Tuesday, 18 November 2025\n\nNEW YORK – The council "
        "voted on Monday.",
    ))
    assert got.get("Rimvydas Šadauskas") == "Person"
    assert "Rimvydas" not in got and "Šadauskas" not in got
    assert "DORVALE" not in got


def test_a_leader_s_title_after_a_body_s_first_word_is_no_part_of_it(graph_of):
    got = entities(graph_of(
        "Senate Majority Leader Jon Harlow of Montana and Senate Minority Leader Ed Marsh "
        "attended."
    ))
    assert "Senate Majority" not in got and "Senate Minority" not in got
    assert got.get("Jon Harlow") == "Person"


def test_what_a_person_heads_is_a_body(graph_of):
    got = entities(graph_of(
        "Madis Kask, who heads Eesti Keskpank, withdrew. Ilse Tamm chairs Sirje Pank."
    ))
    assert got.get("Eesti Keskpank") == "Organization"
    assert got.get("Sirje Pank") == "Organization"
    assert got.get("Madis Kask") == "Person"


def test_a_former_holder_s_body_is_no_body(graph_of):
    g = graph_of(
        "Portugal's former central bank governor Rui Matos has been mentioned. Spain's "
        "central bank raised rates."
    )
    labels = _labels(g)
    assert not [label for label in labels if "former" in label]
    assert got_person(g, "Rui Matos")


def got_person(g, name: str) -> bool:
    return entities(g).get(name) == "Person"


def test_a_desk_after_the_outlet_in_a_byline_is_no_body(graph_of):
    got = entities(graph_of(
        "Talks resume\nBy Carla Mendez, Channel 7 World Desk\n\nMIAMI — Envoys met on "
        "Saturday, Diego Ferraz said.\n",
        "Summit ends\nBy Arjun Mehta | Our Foreign Affairs Bureau\n\nBISHKEK — Leaders met "
        "on Friday, Priya Nair said.\n",
    ))
    assert "World Desk" not in got and "Foreign Affairs Bureau" not in got
    assert got.get("Diego Ferraz") == "Person"


def test_a_page_s_section_line_names_nothing(graph_of):
    got = entities(graph_of(
        "Olympics | Governance\nIOC bars hosts from events\n\n"
        "LAUSANNE — The committee met on Tuesday, Petra Lund said.\n"
    ))
    assert "Governance" not in got
    assert got.get("Petra Lund") == "Person"


def test_a_paragraph_opening_with_a_name_and_a_comma_keeps_the_name_in_its_sentence(nlp):
    for text, surname in [  # a live page's time stamps before each paragraph
        ("The Kremlin confirmed a meeting on Tuesday.\n\n17.22 GMT\nAndrii Zhuravel, the "
         "head of the navy, and Petro Lysenko, a deputy minister, were seen arriving.\n",
         "Zhuravel"),
        ("Talks went on late.\n\n09.15 GMT\nMaria Kowalczyk, Poland's envoy, said little.\n",
         "Kowalczyk"),
    ]:
        doc = nlp(text)
        name = next(t for t in doc if t.text == surname)
        assert not name.is_sent_start
        assert name.nbor(-1).is_sent_start  # the paragraph still opens a sentence


def test_a_paragraph_after_a_headline_keeps_its_first_word(nlp):
    for text, first in [
        ("Summit opens\n\nPresident Ana Roe of Peru arrived in Lima on Monday.\n", "President"),
        ("Vote counted\n\nGrace Wanjiru is the president of the Unity Party.\n", "Grace"),
        ("Talks\n\nSenate President Ivo Marin said the chamber would vote.\n", "Senate"),
        ("Talks\n\nU.S. Army Secretary Dan Orlov met officials in Kyiv.\n", "U.S."),
        ("Talks\n\nU.N. Secretary-General Ana Roe said the talks would resume.\n", "U.N."),
        ("Talks\n\nU.S.-led forces withdrew from the base on Monday.\n", "U.S.-led"),
    ]:
        doc = nlp(text)
        word = next(t for t in doc if t.text == first)
        assert word.is_sent_start and not word.nbor().is_sent_start, text


@pytest.mark.slow
def test_a_paragraph_after_a_headline_gives_its_title_s_relation(graph_of):
    got = facts(graph_of(
        "Summit opens\n\nPresident Ana Roe of Peru arrived in Lima on Monday for talks.\n",
        "Budget vote\n\nGrace Wanjiru is the president of the Unity Party, which won 40 "
        "seats.\n",
    ))
    assert ("Ana Roe", "leaderOf", "Peru") in got
    assert ("Grace Wanjiru", "leaderOf", "Unity Party") in got


@pytest.mark.slow
def test_initials_opening_a_paragraph_stay_in_its_sentence(graph_of):
    got = facts(graph_of(
        "Talks in Kyiv\n\nU.S. Army Secretary Dan Orlov met Ukrainian officials on Thursday.\n"
    ))
    assert ("Dan Orlov", "memberOf", "United States") in got


@pytest.mark.slow
def test_a_section_line_of_a_few_words_names_nothing(graph_of):
    got = entities(graph_of(
        "Summit ends\n\nOffice of the Spokesman\nPress Briefing | May 2, 2026\n"
        "Briefing by the spokesperson\n\nLIMA — Ministers met on Friday, Lena Ortiz said.\n"
    ))
    assert "Briefing" not in got and "Press Briefing" not in got
    assert got.get("Lena Ortiz") == "Person"


def test_a_line_of_its_own_still_ends_its_sentence(nlp):
    doc = nlp("Kyiv\nAnna Roe, the head of the navy, arrived.\n")
    assert next(t for t in doc if t.text == "Anna").is_sent_start


def _names_read(nlp, text: str, tagged: list[tuple[str, str]]) -> dict[str, str]:
    """The names found in ``text`` with their best type, the tagger's entities set to
    ``tagged`` (the words of each, and its label), as the small model reads news at times."""

    from kg.extract.mentions import find_candidates
    from kg.extract.nlp import span_text

    doc = nlp(text)
    spans = []
    for words, label in tagged:
        start = text.index(words) if words in text else text.index(words.split("|")[0])
        words = words.split("|")[-1]  # "McAllister, 59|McAllister": those words, there
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    found = {}
    for c in find_candidates(doc):
        kind = max(c.votes, key=c.votes.get) if c.votes else "Organization"
        found[span_text(doc, c.start, c.end)] = kind
    return found


def test_a_comma_inside_a_tagged_name_parts_two_names(nlp):
    found = _names_read(nlp, "Under Kellan Voss, Brightmart's revenue doubled in a decade.",
                        [("Kellan Voss, Brightmart's", "ORG")])
    assert "Kellan Voss" in found and "Brightmart" in found
    assert not [name for name in found if "," in name]
    found = _names_read(nlp, "Under Ana Roe, Kell Holdings' profits rose.",
                        [("Ana Roe, Kell Holdings'", "ORG")])
    assert "Ana Roe" in found and "Kell Holdings" in found
    found = _names_read(nlp, "Shares of Halvard Foods, Inc. fell on Monday.",
                        [("Halvard Foods, Inc.", "ORG")])
    assert "Halvard Foods, Inc." in found  # a legal form after the comma is the name's


def test_an_and_the_run_of_names_stops_at_parts_a_tagged_name(nlp):
    found = _names_read(
        nlp, "McAllister later ran Ben's Club and Coldmart International before becoming CEO.",
        [("Ben's Club and Coldmart International", "ORG")])
    assert "Ben's Club" in found and "Coldmart International" in found
    found = _names_read(nlp, "Officials of the Bureau of Industry and Security met on Monday.",
                        [("Bureau of Industry and Security", "ORG")])
    assert "Bureau of Industry and Security" in found


def test_an_age_or_himself_after_a_surname_tagged_a_body_makes_a_person(nlp):
    for text, tagged in [
        ("Halvard Stores said that Doug McAllister will retire. McAllister, 59, will stay on "
         "the board.", "McAllister,"),
        ("McAllister himself was named in 2013, and the board agreed.", "McAllister himself"),
    ]:
        found = _names_read(nlp, text, [(f"{tagged}|McAllister", "ORG")])
        assert found.get("McAllister") == "Person"
    found = _names_read(nlp, "Kell Motors, 1920, was founded in Detroit.", [("Kell Motors", "ORG")])
    assert found.get("Kell Motors") == "Organization"  # a year, not an age


def test_a_tagger_s_label_on_a_first_word_only_covers_the_name(nlp):
    found = _names_read(nlp, "Six applied, among them Lithuania's finance minister, Rimvydas "
                        "Šadauskas.", [("Rimvydas", "ORG")])
    assert found.get("Rimvydas Šadauskas") == "Person"
    found = _names_read(nlp, "Senate Majority Leader Jon Harlow spoke first.",
                        [("Senate", "ORG")])
    assert "Senate Majority" not in found


def test_a_board_named_for_its_task_is_a_body_but_a_company_s_board_is_not(graph_of):
    got = entities(graph_of(
        'The council recognised a transitional "Board of Peace" to oversee reconstruction. '
        "He said the Board of Peace would be the cornerstone. The Board of Trade met too. "
        "The Board of Velora Motors disagreed."
    ))
    assert got.get("Board of Peace") == "Organization"
    assert got.get("Board of Trade") == "Organization"
    assert "Peace" not in got and "Trade" not in got
    assert got.get("Velora Motors") == "Organization" and "Board of Velora Motors" not in got


def test_a_place_closing_a_quoted_phrase_of_common_nouns_is_no_place_there(graph_of):
    g = graph_of(
        'Leaders backed the creation of a "multinational force Velmaria", led by Europe. '
        'They said "Velmaria first" was no policy. Troops left Velmaria on Monday.'
    )
    mentions = [m for e in g.entities if e.label == "Velmaria" for m in e.mentions]
    # the quote the name opens, and the prose; not the force's name
    assert len(mentions) == 2


def test_the_staff_of_a_body_make_it_no_person(graph_of):
    got = entities(graph_of(
        "The Red Cross said convoys had reached the town. Red Cross officials warned of "
        "shortages, and Halden Foods employees joined them."
    ))
    assert got.get("Red Cross") == "Organization"
    assert got.get("Halden Foods") == "Organization"


def test_a_country_s_capital_letters_are_no_honorific(graph_of):
    got = entities(graph_of(
        "Fighting in DR Congo has displaced thousands, and DR Congo's army said it would "
        "respond. Dr Amani Wekesa, a surgeon, treated the wounded."
    ))
    assert got.get("Democratic Republic of Congo") == "Place"
    assert "Congo" not in got
    assert got.get("Amani Wekesa") == "Person"


def test_a_town_opened_by_el_is_a_place(graph_of):
    got = entities(graph_of(
        "Aid reached El Obeid on Tuesday, said Ana Roe of the Red Crescent. Fighters "
        "surrounded El Dhein."
    ))
    assert got.get("El Obeid") == "Place" and got.get("El Dhein") == "Place"
    assert got.get("Ana Roe") == "Person"


def test_a_body_s_council_with_a_country_is_one_body(graph_of):
    got = entities(graph_of(
        "Sybiha met Nato counterparts at the Nato-Ukraine Council this afternoon. The "
        "EU-Moldova Council convened later. The U.S.-Russia talks went on."
    ))
    assert got.get("Nato-Ukraine Council") == "Organization"
    assert got.get("EU-Moldova Council") == "Organization"
    assert "Ukraine Council" not in got and "Moldova Council" not in got
    assert "U.S.-Russia" not in got


def test_a_byline_ends_its_line_where_a_wrapped_line_of_prose_would_not(graph_of):
    got = entities(graph_of(
        "By Ana Pell, Europe editor of The Harbour Times\n"
        "BRUSSELS — The talks ended on Tuesday without a text.",
        "The talks were chaired on Tuesday by the foreign minister, Sergey\n"
        "Velinov, who said little.",
    ))
    assert got.get("Harbour Times") == "Organization"
    assert got.get("Brussels") == "Place"
    assert not [label for label in got if "Times" in label and "Brussels" in label.title()]
    assert got.get("Sergey Velinov") == "Person"  # a name a hard line break wraps is whole


def test_a_body_named_for_a_list_of_policy_areas_is_one_name(graph_of):
    got = entities(graph_of(
        "Ulm appeared before the Velmar Parliament's Committee on Environment, Climate and "
        "Food Safety in mid-July.",
        "The Ministry of Health, Labour and Welfare said on Monday that cases had risen.",
        "The Department for Environment, Food and Rural Affairs published the report.",
        "The Ministry of Agriculture, Forestry, Fisheries, Rural Transformation, Industry & "
        "Labour issued a ban.",
    ))
    for name in ("Committee on Environment, Climate and Food Safety",
                 "Ministry of Health, Labour and Welfare",
                 "Department for Environment, Food and Rural Affairs",
                 "Ministry of Agriculture, Forestry, Fisheries, Rural Transformation, Industry "
                 "& Labour"):
        assert got.get(name) == "Organization", name
    assert not {"Climate", "Food Safety", "Forestry", "Welfare"} & set(got)


def test_a_list_after_a_ministry_of_people_or_places_is_no_part_of_its_name(graph_of):
    got = entities(graph_of(
        "The Ministry of Health, Ana Lopez and Tom Reyes all said the plan was sound.",
        "Officials from the Ministry of Defence, Britain and France met in Paris.",
    ))
    assert got.get("Ministry of Health") == "Organization"
    assert got.get("Ana Lopez") == "Person" and got.get("Tom Reyes") == "Person"
    assert got.get("Ministry of Defence") == "Organization"
    assert got.get("France") == "Place"


def test_a_title_word_among_policy_areas_is_an_area(graph_of):
    got = entities(graph_of(
        "The Committee on Civil Liberties, Justice and Home Affairs voted on Monday.",
        "Justice Mara Lind of the Supreme Court, a judge since 2010, dissented.",
    ))
    assert got.get("Committee on Civil Liberties, Justice and Home Affairs") == "Organization"
    assert "Home Affairs" not in got
    assert got.get("Mara Lind") == "Person"


def test_a_body_s_acronym_after_its_owner_s_possessive_names_the_body(graph_of):
    g = graph_of(
        "Ulm appeared before the Velmar Parliament's Committee on Transport and Tourism "
        "(TRAN) on Monday. TRAN members backed him."
    )
    names = {e.label: {e.label, *e.alt_labels} for e in g.entities}
    assert "TRAN" in names.get("Committee on Transport and Tourism", set())
    assert "TRAN" not in names


def test_a_byline_s_beat_a_weekday_and_a_region_s_adjective_name_no_one(graph_of):
    got = entities(graph_of(
        "By Ilse Marrow, National Security Correspondent\n\nVELMAR CITY - The talks resumed.",
        "Updated 6:45 AM EST, Mon December 8, 2025\nBy Ilse Marrow, KVLR\nThe leaders agreed "
        "that it was a critical moment for shared Euro-Atlantic security.",
    ))
    assert got.get("Ilse Marrow") == "Person"
    assert not {"National Security Correspondent", "National Security", "Mon",
                "Euro-Atlantic"} & set(got)


def test_a_journalist_s_title_before_a_name_keeps_the_outlet(graph_of):
    got = entities(graph_of(
        "The Velmar Herald Editor Sally Brannock resigned on Monday. The Sun reported it."
    ))
    assert got.get("Sally Brannock") == "Person"
    assert "Velmar Herald" in got


def test_a_group_of_people_of_a_place_opening_a_sentence_is_no_body(graph_of):
    got = entities(graph_of(
        "VELMAR CITY - Leaders of Europe, Canada and Japan used the summit to press for "
        "changes. Officials of the African Union declined to comment.",
        "The Council of Europe met on Monday.",
    ))
    assert "Leaders of Europe" not in got and got.get("Europe") == "Place"
    assert "Council of Europe" in got


def test_a_text_s_genre_header_and_a_quoted_theme_name_no_one(graph_of):
    got = entities(graph_of(
        "PRESS STATEMENT\n\nThe Prime Minister of Velmar, Ida Voss, today presided over the "
        "signing. The summit, held under the theme \"Inclusivity and Sustainability\", "
        "brings together leaders. The party campaigned under the slogan \"Velmar First\".",
    ))
    assert got.get("Ida Voss") == "Person"
    assert not {"Statement", "PRESS STATEMENT", "Inclusivity", "Sustainability",
                "Velmar First"} & set(got)


def test_a_quotation_that_names_a_body_keeps_it(graph_of):
    got = entities(graph_of(
        "\"Brightmart Holdings will appeal,\" said Ida Voss, the company's lawyer, on Monday."
    ))
    assert got.get("Brightmart Holdings") == "Organization"


def test_the_steps_of_a_page_s_breadcrumb_name_no_one(graph_of):
    got = entities(graph_of(
        "Velmar puts vote on hold\n\nKESTREL REPORT | Football > Governance\nBy Ilse Marrow\n"
        "1 October 2025\n\nThe Velmar federation shelved the vote.",
        "Home > World > Middle East > Israel\n\nIsrael and Hamas agreed to a truce on Monday, "
        "Qatar said. Officials in the Middle East welcomed it.",
    ))
    assert "Football" not in got and "Governance" not in got
    assert got.get("Israel") == "Place" and got.get("Middle East") == "Place"


@pytest.mark.parametrize("text", [
    "The vote passed as Labour held firm. Labour MPs Ada Velsen and Brian Tollis said no.",
    "Green MEPs Ada Velsen and Brian Tollis said the vote was a mistake.",
])
def test_a_party_s_members_written_before_names_are_no_part_of_the_first(graph_of, text):
    got = entities(graph_of(text))
    assert got.get("Ada Velsen") == "Person"
    assert not [label for label in got if "MPs" in label or "MEPs" in label]


def test_a_party_named_in_the_plural_is_no_person(graph_of):
    g = graph_of(
        "The Senate voted 52-48 as Republicans held firm. In a letter, the Republicans, "
        "including Ways and Means Chairman Ada Velsen, and Reps. Brian Tollis and Carl Umbra, "
        "urged calm.")
    assert {e.type for e in g.entities if e.label == "Republican Party"} == {"Organization"}


def test_two_portfolios_of_one_title_are_no_bodies(graph_of):
    got = entities(graph_of(
        "Prabin reappointed Energy and Mineral Resources Minister Bahlam Lahar on Monday."
    ))
    assert got.get("Bahlam Lahar") == "Person"
    assert not {"Energy", "Mineral Resources"} & set(got)


def test_a_body_joined_to_another_by_and_stays_a_body(graph_of):
    got = entities(graph_of("The Velmar Energy Agency and the Ostria Trade Council met."))
    assert got.get("Velmar Energy Agency") == "Organization"


@pytest.mark.parametrize(("text", "person"), [
    ("Lawyer Kibe Mutua, who represents the party, asked the court to stop the talks.",
     "Kibe Mutua"),
    ("Mr. Lanh is accompanied by Sen. Lieut. Gen. Luong Tam Kwan, a Politburo member.",
     "Luong Tam Kwan"),
])
def test_a_trade_or_a_cut_rank_before_a_name_is_no_part_of_it(graph_of, text, person):
    got = entities(graph_of(text))
    assert got.get(person) == "Person"
    assert not {"Lawyer Kibe Mutua", "Lieut", "Lieut."} & set(got)


def test_a_trade_s_word_opening_a_firm_s_name_stays(graph_of):
    got = entities(graph_of("Baker Hughes Company said on Monday that orders rose."))
    assert "Baker Hughes Company" in got or "Baker Hughes" in got


def test_a_title_s_first_word_after_a_body_is_the_title_s(graph_of):
    got = entities(graph_of(
        "Communist Party of Velmar General Secretary Tom Lanh will visit Dalmora next week."
    ))
    assert got.get("Communist Party of Velmar") == "Organization"
    assert got.get("Tom Lanh") == "Person"


def test_from_one_name_to_another_is_two_names(graph_of):
    got = entities(graph_of(
        "Tolmar have dropped from the Premier League to League One in under 12 months."
    ))
    assert "Premier League to League One" not in got
    assert got.get("Premier League") == "Organization"


def test_a_name_with_to_inside_it_stays_whole(graph_of):
    got = entities(graph_of("Ana Brisk joined the Right to Know Coalition in 2019."))
    assert "Right" not in got and "Know Coalition" not in got


@pytest.mark.parametrize("text", [
    "He named it the Red-and-White cabinet, referring to the colours of the flag.",
    "The prime minister, who won last year's Nobel Peace Prize, said civilians were safe.",
])
def test_a_colour_compound_and_an_honour_are_no_entities(graph_of, text):
    assert not set(entities(graph_of(text)))


@pytest.mark.parametrize("text", [
    "President Tomas Vell and his ministers posed in front of the Presidential Palace in "
    "Dalmora on Monday.",
    "Hundreds of protesters gathered outside the Presidential Palace on Monday.",
])
def test_a_building_one_stands_beside_is_a_place(graph_of, text):
    assert entities(graph_of(text)).get("Presidential Palace") == "Place"


def test_a_building_that_acts_stays_a_body(graph_of):
    got = entities(graph_of("The Presidential Palace said on Monday that the talks had ended."))
    assert got.get("Presidential Palace") == "Organization"


@pytest.mark.parametrize(("text", "junk"), [
    ("Greg Tull: Thank you, Your Holiness. The Holy Father met with journalists in Rome.",
     {"Holiness", "Your Holiness", "Holy Father"}),
    ("The army announced it was launching Operation 'Iron Shield' on Monday, said Moshe Tal.",
     {"Operation", "Iron Shield", "Operation 'Iron Shield'"}),
    ("The army began Operation Iron Shield on Monday, said Moshe Tal.",
     {"Operation Iron Shield", "Iron Shield"}),
    ("He won the Dalmora Open and the Velmar Masters last year, said Tom Brask.",
     {"Dalmora Open", "Velmar Masters"}),
])
def test_styles_operations_and_tournaments_are_no_entities(graph_of, text, junk):
    got = entities(graph_of(text))
    assert not junk & set(got)
    assert {"Greg Tull", "Moshe Tal", "Tom Brask"} & set(got)


def test_a_style_s_holder_named_after_it_stays_a_person(graph_of):
    got = entities(graph_of("His Holiness Tenzin Norbu arrived in Dalmora on Monday."))
    assert got.get("Tenzin Norbu") == "Person"


@pytest.mark.slow
def test_a_party_named_by_an_adjective_and_a_plural_is_its_own_party(graph_of):
    got = entities(graph_of(
        "Coalition talks\n\nThe Social Democrats, led by Mira Dunavska, won 30 seats, ahead "
        "of the Christian Democrats. Norland's Free Democrats came third.\n"
    ))
    assert {"Social Democrats", "Christian Democrats", "Free Democrats"} <= set(got)
    assert "Democratic Party" not in got  # the American party is not in this story


@pytest.mark.slow
def test_the_american_parties_members_by_chamber_or_state_stay_the_parties(graph_of):
    got = entities(graph_of(
        "Shutdown vote\n\nHouse Democrats and Texas Republicans met on Monday, and the "
        "Republicans walked out.\n"
    ))
    assert got.get("Democratic Party") == "Organization"
    assert got.get("Republican Party") == "Organization"
    assert "House Democrats" not in got and "Texas Republicans" not in got


def test_an_acronym_opening_a_sentence_is_its_verb_s_subject(nlp):
    doc = nlp("FIFA banned Tomas Berg for ten years on Friday.")
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "banned"
    doc = nlp("Last year the league banned him. NATO condemned the plan on Monday.")
    assert [t.dep_ for t in doc if t.text in {"year", "NATO"}] == ["npadvmod", "nsubj"]


def test_a_place_after_a_title_and_in_is_parted_from_the_name_after_it(graph_of):
    kinds = entities(graph_of(
        "Karvan Front leader in Gaza Yusuf al-Karimi said the group would not disarm."
    ))
    assert kinds.get("Yusuf al-Karimi") == "Person"
    assert kinds.get("Gaza") == "Place"
    assert "Gaza Yusuf al-Karimi" not in kinds


def test_a_city_an_envoy_is_posted_to_is_parted_from_the_name_after_it(graph_of):
    kinds = entities(graph_of(
        "Ostrian Ambassador to Lisbon Chen Bowen met the minister. "
        "Ambassador to Florence Mae Hill spoke."  # a given name, not parted
    ))
    assert kinds.get("Chen Bowen") == "Person"
    assert kinds.get("Lisbon") == "Place"
    assert kinds.get("Florence Mae Hill") == "Person"


def test_a_verb_s_ing_form_opening_a_quote_is_no_word_of_the_name_after_it(graph_of):
    got = entities(graph_of(
        "Hu Zhenya is due in Hanoi next week. Analysts were unsure. \"Cancelling Hu's trip "
        'would hurt Hanoi more than Beijing," said Dao Van Kiet. "Blocking Hu was never '
        'the plan," another said.'
    ))
    assert not any(name.startswith(("Cancelling", "Blocking")) for name in got)
    assert got.get("Hu Zhenya") == "Person"


def test_a_given_name_stays_with_a_surname_the_tagger_took_for_a_body(graph_of):
    graph = graph_of(
        "Prices rose on Monday. Ana Kovar, a commissioner of the Ballot Commission, "
        "dissented."
    )
    got = entities(graph)
    assert got.get("Ana Kovar") == "Person" and "Kovar" not in got
    assert ("Ana Kovar", "memberOf", "Ballot Commission") in facts(graph)


def test_a_headline_s_label_before_a_colon_is_no_word_of_the_name_after_it(graph_of):
    graph = graph_of(
        "Quotas Pros and Cons: Supreme Court Upholds Velmar's Ban\n\n"
        "The Supreme Court upheld the ban on Tuesday.\n\n"
        "Justice Marta Kellner wrote the opinion. Chief Justice Tomas Brandl dissented."
    )
    assert not any(":" in name for name in entities(graph))
    got = facts(graph)
    assert ("Marta Kellner", "memberOf", "Supreme Court") in got
    assert ("Tomas Brandl", "leaderOf", "Supreme Court") in got


def test_a_long_name_the_tagger_read_as_a_body_and_a_place_is_one_person(nlp):
    from spacy.tokens import Span

    from kg.extract.mentions import find_candidates

    doc = nlp("Ali Reza Tabani met his counterpart, Makhdoom Shah Javed Qureshi, in Tehran.")
    words = [t.text for t in doc]
    first, surname = words.index("Makhdoom"), words.index("Qureshi")
    # the tagger's reading of such a name in one real page: a body, then a place
    doc.ents = [Span(doc, first, surname, label="ORG"), Span(doc, surname, surname + 1,
                                                             label="GPE")]
    found = [doc[c.start:c.end].text for c in find_candidates(doc)]
    assert "Makhdoom Shah Javed Qureshi" in found and "Qureshi" not in found
