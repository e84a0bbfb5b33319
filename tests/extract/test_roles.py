"""Roles from titles and appositions, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_prenominal_title_with_organisation(graph_of):
    g = graph_of("Pentagon spokesman John Kirby told reporters on Monday that talks would resume.")
    assert ("John Kirby", "spokespersonOf", "Pentagon") in facts(g)


def test_demonym_resolves_to_country(graph_of):
    g = graph_of(
        "French President Emmanuel Macron arrived in Berlin on Tuesday. "
        "Japanese Foreign Minister Yoko Kamikawa also attended."
    )
    got = facts(g)
    assert ("Emmanuel Macron", "leaderOf", "France") in got
    assert ("Yoko Kamikawa", "memberOf", "Japan") in got


def test_title_of_country_before_name(graph_of):
    g = graph_of(
        "Prime Minister of Canada Justin Trudeau spoke first. "
        "President of France Emmanuel Macron spoke after him."
    )
    got = facts(g)
    assert ("Justin Trudeau", "leaderOf", "Canada") in got
    assert ("Emmanuel Macron", "leaderOf", "France") in got


def test_possessive_envoy_is_advisor_and_member_of_country(graph_of):
    g = graph_of(
        "Chinese president Xi Jinping's special envoy Li Hui visited Kyiv. "
        "Chinese Special Envoy Li Hui then flew to Warsaw."
    )
    got = facts(g)
    assert ("Li Hui", "advisorOf", "Xi Jinping") in got
    assert ("Xi Jinping", "leaderOf", "China") in got
    assert ("Li Hui", "memberOf", "China") in got


def test_apposition_after_name_and_unit_of_organisation(graph_of):
    g = graph_of(
        '"Prices will stay high this winter," said Maria Lopez, head of research at '
        "Northwind Capital Partners, a Chicago-based investment firm."
    )
    got = facts(g)
    assert ("Maria Lopez", "memberOf", "Northwind Capital Partners") in got
    assert ("Maria Lopez", "leaderOf", "Northwind Capital Partners") not in got
    assert ("Northwind Capital Partners", "locatedIn", "Chicago") in got


def test_journalist_and_possessive_member(graph_of):
    g = graph_of(
        "Wall Street Journal reporter Evan Gershkovich was detained. "
        "Amnesty International's Agnes Callamard condemned the arrest."
    )
    got = facts(g)
    assert ("Evan Gershkovich", "memberOf", "Wall Street Journal") in got
    assert ("Agnes Callamard", "memberOf", "Amnesty International") in got


def test_ally_apposition(graph_of):
    g = graph_of(
        "The deal was negotiated by Igor Sechin, a close ally of President Vladimir Putin."
    )
    assert ("Igor Sechin", "allyOf", "Vladimir Putin") in facts(g)


def test_former_role_is_not_a_current_fact(graph_of):
    g = graph_of("Former British Prime Minister Boris Johnson visited Kyiv on Friday.")
    assert not {f for f in facts(g) if f[0] == "Boris Johnson" and f[1] == "leaderOf"}


def test_spokesperson_for_someone_else_is_not_them(graph_of):
    g = graph_of(
        "Sergei Ivanov met bankers on Monday. A spokesperson for Mr Ivanov did not reply to "
        "requests for comment, and Dmitry Peskov declined to comment."
    )
    assert not {f for f in facts(g) if f[1] == "spokespersonOf"}


def test_envoy_of_a_person_is_an_adviser_whatever_the_tagger_said(graph_of):
    # "Trump" alone is often tagged as an organisation; resolution knows better
    g = graph_of(
        "U.S. President Donald Trump spoke on Monday. The plan was drafted by "
        "Trump's envoy Steve Witkoff."
    )
    got = facts(g)
    assert ("Steve Witkoff", "advisorOf", "Donald Trump") in got
    assert not {f for f in got if f[1] == "memberOf" and f[2] == "Donald Trump"}


def test_an_envoy_of_a_named_person_acts_for_them(graph_of):
    got = facts(graph_of("President Anna Rossetti's envoy Paolo Neri met Ivan Horak in Vienna."))
    assert ("Paolo Neri", "advisorOf", "Anna Rossetti") in got
    got = facts(graph_of("The European Union's envoy Marta Kessler met Ivan Horak."))
    assert ("Marta Kessler", "memberOf", "European Union") in got
    assert not {f for f in got if f[1] == "advisorOf"}
    # a minister of a person is vague: of the government, not the person's adviser
    got = facts(graph_of("President Anna Rossetti's minister Paolo Neri met Ivan Horak."))
    assert not {f for f in got if f[0] == "Paolo Neri" and f[2] == "Anna Rossetti"}


def test_portfolio_word_is_part_of_the_title(graph_of):
    g = graph_of("Russian Energy Minister Sergei Tsivilev flew to Budapest on Monday.")
    got = facts(g)
    assert ("Sergei Tsivilev", "memberOf", "Russia") in got
    assert "Energy" not in {e.label for e in g.entities}


def test_secretary_of_state_is_a_title_not_a_body(graph_of):
    g = graph_of("Secretary of State Marco Rubio told reporters the talks went well.")
    assert not facts(g)
    assert "State" not in {e.label for e in g.entities}


def test_lowercase_institution_anchored_to_a_country(graph_of):
    g = graph_of(
        "The delegation was led by Andriy Yermak, the head of the Ukrainian presidential "
        "office. Later the Ukrainian Presidential Office issued a statement."
    )
    offices = [e for e in g.entities if e.type == "Organization"]
    assert len(offices) == 1
    assert ("Andriy Yermak", "leaderOf", offices[0].label) in facts(g)


def test_hyphenated_title_and_chief_of_staff(graph_of):
    g = graph_of(
        "UN Secretary-General Anton Verhoef urged restraint on Monday. "
        "White House chief of staff Perry Dunmore met the lawmakers."
    )
    got = facts(g)
    assert ("Anton Verhoef", "leaderOf", "UN") in got
    assert ("Perry Dunmore", "memberOf", "White House") in got
    assert ("Perry Dunmore", "leaderOf", "White House") not in got


def test_deputy_of_a_leader_title_is_a_member():
    from kg.extract.roles import predicate_for
    from kg.model import Mention

    org = Mention("a", 0, 4, "Acme", "Organization")
    assert predicate_for(["deputy", "director"], org) == "memberOf"
    assert predicate_for(["Vice", "President"], org) == "memberOf"
    assert predicate_for(["chief", "executive", "officer"], org) == "leaderOf"
    assert predicate_for(["Secretary", "-", "General"], org) == "leaderOf"


def test_corporate_roles(graph_of):
    g = graph_of(
        "Kestrel Motors chief executive Jonah Pell said demand was strong. "
        "Carla Mendes, chair of the board of Ostrava Bank, spoke on Friday. "
        "Felix Arden, a board member of Halvorsen Group, declined to comment."
    )
    got = facts(g)
    assert ("Jonah Pell", "leaderOf", "Kestrel Motors") in got
    assert ("Carla Mendes", "leaderOf", "Ostrava Bank") in got
    assert ("Felix Arden", "memberOf", "Halvorsen Group") in got
    assert ("Felix Arden", "leaderOf", "Halvorsen Group") not in got


def test_appointments_give_the_title_only_when_made(graph_of):
    g = graph_of(
        "Kestrel Motors named Ada Voss as its new chief financial officer. "
        "Carla Mendes was appointed chief executive of Halvorsen Group on Monday."
    )
    got = facts(g)
    assert ("Ada Voss", "memberOf", "Kestrel Motors") in got
    assert ("Carla Mendes", "leaderOf", "Halvorsen Group") in got
    g = graph_of(
        "The board is expected to name Carla Mendes as chief executive of Halvorsen Group."
    )
    assert ("Carla Mendes", "leaderOf", "Halvorsen Group") not in facts(g)


def test_who_heads_is_leader_but_who_led_is_past(graph_of):
    g = graph_of("Brennan Holt, who heads the Marlow Foundation, welcomed the decision.")
    assert ("Brennan Holt", "leaderOf", "Marlow Foundation") in facts(g)
    g = graph_of("Marta Lind, who led Ostrava Bank until 2019, retired.")
    assert not {f for f in facts(g) if f[1] == "leaderOf"}


def test_title_before_name_and_body_after_it(graph_of):
    g = graph_of("Prime Minister Felipe Arce of Spain told reporters the talks would continue.")
    assert ("Felipe Arce", "leaderOf", "Spain") in facts(g)


def test_apposition_goes_to_the_name_beside_it(graph_of):
    g = graph_of(
        "Lloyd Austin and Jake Sullivan, the national security adviser of Belgium, "
        "met Chinese officials."
    )
    got = facts(g)
    assert ("Jake Sullivan", "memberOf", "Belgium") in got
    assert ("Lloyd Austin", "memberOf", "Belgium") not in got


def test_adviser_to_a_president_is_not_the_president(graph_of):
    g = graph_of("The adviser to the French President, Emmanuel Bonne, said the talks were useful.")
    assert ("Emmanuel Bonne", "leaderOf", "France") not in facts(g)


def test_its_title_refers_to_the_organisation_just_named(graph_of):
    got = facts(
        graph_of(
            "Pelham Ridge Partners, a fund that owns shares of Brightwater, objected. "
            "Its managing partner, Deepa Raman, said the sale was rushed."
        )
    )
    assert ("Deepa Raman", "memberOf", "Pelham Ridge Partners") in got
    assert ("Deepa Raman", "memberOf", "Brightwater") not in got


def test_title_apposition_across_an_honorific_and_a_portfolio(graph_of):
    got = facts(
        graph_of(
            "Uganda's health minister, Dr. Sarah Nabukenya, said cases rose. "
            "Enrique Dimas, the Philippines' Secretary of Foreign Affairs, met reporters."
        )
    )
    assert ("Sarah Nabukenya", "memberOf", "Uganda") in got
    assert ("Enrique Dimas", "memberOf", "Philippines") in got
    assert ("Enrique Dimas", "leaderOf", "Philippines") not in got


def test_heading_a_unit_is_membership(graph_of):
    got = facts(
        graph_of(
            "Hendrik Dijk, a former finance minister who heads the Marlow Foundation, met "
            "reporters. Ingrid Solheim, who heads the IMF's mission to Sri Lanka, spoke later. "
            "Kestrel Motors research director Jonah Pell said demand was strong."
        )
    )
    assert ("Hendrik Dijk", "leaderOf", "Marlow Foundation") in got
    assert ("Ingrid Solheim", "memberOf", "IMF") in got
    assert ("Ingrid Solheim", "leaderOf", "IMF") not in got
    assert ("Jonah Pell", "memberOf", "Kestrel Motors") in got
    assert ("Jonah Pell", "leaderOf", "Kestrel Motors") not in got


@pytest.mark.parametrize("text", [
    "The Ostrian Union said it would send its Commission chairperson, Ana Roe, to Velmark.",
    "The Ostrian Union's Council president, Ana Roe, opened the summit.",
    "The Ostrian Union's Commission president Ana Roe opened the summit.",
])
def test_the_head_of_a_body_inside_an_organisation_is_its_member(graph_of, text):
    got = facts(graph_of(text))
    assert ("Ana Roe", "memberOf", "Ostrian Union") in got
    assert ("Ana Roe", "leaderOf", "Ostrian Union") not in got


@pytest.mark.parametrize(("text", "body"), [
    ("The Ostrian Commission said its president, Ana Roe, would attend.", "Ostrian Commission"),
    ("The Ostrian Union's president, Ana Roe, opened the summit.", "Ostrian Union"),
])
def test_the_head_of_the_body_named_leads_it(graph_of, text, body):
    assert ("Ana Roe", "leaderOf", body) in facts(graph_of(text))


def test_registered_and_based_organisations(graph_of):
    got = facts(
        graph_of(
            "Golden Tern Shipping, a Hong Kong-registered firm, was named. "
            "Economist Nishani Alwis of the Colombo-based think tank Verite Research said so."
        )
    )
    assert ("Golden Tern Shipping", "locatedIn", "Hong Kong") in got
    assert ("Nishani Alwis", "memberOf", "Verite Research") in got


def test_possessive_owner_of_an_organisation(graph_of):
    got = facts(
        graph_of(
            "Mohamed Touali, an activist in Algeria's Ettahadi party, was arrested. "
            "The Treasury's Financial Crimes Unit named the firms."
        )
    )
    # a party of a country is no body of its state
    assert ("Ettahadi party", "partOf", "Algeria") not in got
    assert ("Mohamed Touali", "memberOf", "Ettahadi party") in got
    assert ("Financial Crimes Unit", "partOf", "Treasury") in got


def test_a_place_is_in_the_larger_place_after_its_comma(graph_of):
    got = facts(graph_of("Dana Kerr opened a clinic in Lubbock, Texas, last spring."))
    assert ("Lubbock", "locatedIn", "Texas") in got
    got = facts(graph_of("In Osaka, Japan's trade ministry said exports rose."))
    assert ("Osaka", "locatedIn", "Japan") not in got


def test_possessive_inside_a_name_owns_nothing(graph_of):
    got = facts(graph_of("A third party, the rural Farmers' Alliance, has said it could join."))
    assert not {f for f in got if f[1] in {"partOf", "locatedIn"}}


def test_person_of_a_body_across_an_age(graph_of):
    got = facts(graph_of("Ulrich Marbeck, 47, of the European Space Agency was chosen to train."))
    assert {f for f in got if f[1] == "memberOf" and f[2] == "European Space Agency"}


def test_title_phrase_before_a_comma_and_the_name(graph_of):
    got = facts(
        graph_of(
            "Russia's deputy permanent representative to the UN, Oleg Sviridenko, said the "
            "draft was unbalanced."
        )
    )
    assert ("Oleg Sviridenko", "memberOf", "Russia") in got
    got = facts(graph_of("After talks with the Russian president, Carmen Tello left."))
    assert not {f for f in got if f[0] == "Carmen Tello"}


def test_title_in_a_semicolon_list_belongs_to_its_own_name(graph_of):
    got = facts(
        graph_of(
            "Douglas Whitcombe arrived on Tuesday. Attendees at the closing session included "
            "Al Khalifi; Mansour; Shalev; Whitcombe's deputy, Nora Castellanos; and others."
        )
    )
    assert ("Nora Castellanos", "advisorOf", "Douglas Whitcombe") in got
    assert ("Al Khalifi", "advisorOf", "Douglas Whitcombe") not in got


def test_chamber_majority_leader_is_a_member(graph_of):
    got = facts(graph_of("Senate Majority Leader Raymond Okafor met reporters on Monday."))
    assert ("Raymond Okafor", "memberOf", "Senate") in got
    assert ("Raymond Okafor", "leaderOf", "Senate") not in got


def test_portfolio_before_a_title_names_the_department(graph_of):
    got = facts(
        graph_of(
            "The Treasury imposed sanctions on Monday. "
            "Treasury Secretary Janet Coleman said the network had helped Tehran."
        )
    )
    assert ("Janet Coleman", "leaderOf", "Treasury") in got
    got = facts(graph_of("Energy Minister Hana Liss spoke. Energy Transfer Partners fell."))
    assert not {f for f in got if f[2] == "Energy Transfer Partners"}


def test_title_of_an_object_phrase_before_the_name(graph_of):
    got = facts(
        graph_of(
            "Andrei Cojocaru held separate talks with the EU's foreign policy chief, "
            "Helga Sorensen."
        )
    )
    assert ("Helga Sorensen", "memberOf", "EU") in got


def test_the_federation_and_the_company_refer_to_the_organisation_named(graph_of):
    got = facts(
        graph_of(
            "The International Rowing Federation elected a new leader. The federation's "
            "secretary general, Pierre Aubin, said the result would be ratified."
        )
    )
    assert ("Pierre Aubin", "leaderOf", "International Rowing Federation") in got
    got = facts(
        graph_of(
            "Harwick Group said profits rose. Kestrel Motors reported losses. "
            "The firm Duna Logistics moved the cargo."
        )
    )
    assert not {f for f in got if f[0] in {"Harwick Group", "Kestrel Motors"}}


def test_body_inside_a_longer_title_is_not_led(graph_of):
    got = facts(
        graph_of("In Tokyo, Chief Cabinet Secretary Kenji Hirayama said talks would continue.")
    )
    assert ("Kenji Hirayama", "leaderOf", "Cabinet") not in got


def test_working_for_and_sitting_on_a_board_make_members(graph_of):
    got = facts(
        graph_of("Marta Lind, who sits on the board of Tata Ridge Motors, backed the deal.")
    )
    assert ("Marta Lind", "memberOf", "Tata Ridge Motors") in got
    got = facts(graph_of("Marta Lind works for Kestrel Motors."))
    assert ("Marta Lind", "memberOf", "Kestrel Motors") in got
    got = facts(graph_of("Marta Lind worked for Kestrel Motors until 2019."))
    assert not {f for f in got if f[1] == "memberOf"}


def test_which_is_based_in_and_owned_by(graph_of):
    got = facts(graph_of("Brightwater Solar, which is based in Atlanta, agreed to the deal."))
    assert ("Brightwater Solar", "locatedIn", "Atlanta") in got
    got = facts(graph_of("Kestrel Motors, which is owned by Halvorsen Group, was fined."))
    assert ("Kestrel Motors", "partOf", "Halvorsen Group") in got
    got = facts(
        graph_of("Kestrel Motors, which was owned by Halvorsen Group until 2020, was fined.")
    )
    assert ("Kestrel Motors", "partOf", "Halvorsen Group") not in got


def test_ministers_called_secretaries_are_members(graph_of):
    got = facts(
        graph_of(
            "Japan's Chief Cabinet Secretary, Hiroshi Nakatani, also took part. "
            "US Secretary of State Paul Whitaker met reporters."
        )
    )
    assert ("Hiroshi Nakatani", "memberOf", "Japan") in got
    assert ("Hiroshi Nakatani", "leaderOf", "Japan") not in got
    assert ("Paul Whitaker", "memberOf", "United States") in got


def test_led_by_a_person_or_an_unnamed_group_gives_no_role(graph_of):
    g = graph_of(
        "The delegation, led by Ana Lima, arrived in Geneva on Monday. "
        "Tomas Wirth's team, led by Pia Novak, stayed behind."
    )
    assert not [f for f in facts(g) if f[0] in {"Ana Lima", "Pia Novak"}]


def test_short_form_of_an_organisation_named_in_full(graph_of):
    got = facts(
        graph_of(
            "The Office of Maritime Enforcement (OME) fined Harbin Lake Logistics on Monday. "
            "OME Director Colette Marand said the fine was final. "
            "Harbin's chief executive, Tobias Wrenfield, said the firm would appeal. "
            "The European Commission opened a review. "
            "Commission spokesman Piet Valkenburg declined to comment."
        )
    )
    assert ("Colette Marand", "leaderOf", "Office of Maritime Enforcement") in got
    assert ("Tobias Wrenfield", "leaderOf", "Harbin Lake Logistics") in got
    assert ("Piet Valkenburg", "spokespersonOf", "European Commission") in got


def test_a_word_of_another_name_or_a_portfolio_is_no_short_form(graph_of):
    got = facts(
        graph_of(
            "The Law and Justice party and the Workers' Party walked out. "
            "Justice Minister Ilona Brzask said she regretted it. "
            "Senator Duda Ferrao of the Liberal Party called the walkout a stunt."
        )
    )
    assert not [f for f in got if f[0] == "Ilona Brzask" and f[2] == "Law and Justice"]
    assert ("Duda Ferrao", "memberOf", "Workers' Party") not in got


def test_outgoing_leader_still_leads_and_co_leaders_lead(graph_of):
    got = facts(
        graph_of(
            "The outgoing prime minister of Norway, Sigrid Haldorsen, met the party chiefs. "
            "The Green Alliance (GA) backed her. GA co-leader Mats Orrefors said so."
        )
    )
    assert ("Sigrid Haldorsen", "leaderOf", "Norway") in got
    assert ("Mats Orrefors", "leaderOf", "Green Alliance") in got


def test_bare_office_is_of_the_country_the_article_is_about(graph_of):
    got = facts(
        graph_of(
            "MANILA — The Philippine Senate passed the mining bill on Monday. "
            "President Rolando Ilagan is expected to sign it. "
            "Finance Minister Corazon Dimaculangan said the Philippines would gain revenue. "
            "Philippine miners welcomed the vote."
        )
    )
    assert ("Rolando Ilagan", "leaderOf", "Philippines") in got
    assert ("Corazon Dimaculangan", "memberOf", "Philippines") in got


def test_bare_office_needs_one_clear_country_and_no_other_office(graph_of):
    got = facts(
        graph_of(
            "Peru and Chile signed a fisheries pact on Monday. Chilean officials and "
            "Peruvian officials met in Lima. President Amaro Quilca praised it."
        )
    )
    assert not [f for f in got if f[0] == "Amaro Quilca"]
    got = facts(
        graph_of(
            "KYIV — Ukraine's parliament approved the budget. Ukrainian lawmakers voted "
            "late on Friday. US President Dale Hutchins called Kyiv. Ukraine expects aid. "
            "President Hutchins said more help would follow."
        )
    )
    assert ("Dale Hutchins", "leaderOf", "Ukraine") not in got
    assert ("Dale Hutchins", "leaderOf", "United States") in got


def test_bare_office_of_a_country_named_in_its_sentence_is_left_alone(graph_of):
    got = facts(
        graph_of(
            "DOHA — Qatar hosted the talks. Qatari mediators met both sides. "
            "Qatar's envoy said progress was made. Prime Minister Ezra Lavi's office "
            "said Israel would send a team."
        )
    )
    assert ("Ezra Lavi", "leaderOf", "Qatar") not in got


def test_its_leader_is_the_organisation_named_before(graph_of):
    got = facts(
        graph_of(
            "Premier Lotte Vangsgaard wants a majority. A third party, the rural Heath "
            "Alliance, said it could join, but its leader, Arne Toft, was not invited. "
            "The Coastal Workers Union (CWU) is wary. Its chairman, Edda Lund, said so."
        )
    )
    assert ("Arne Toft", "leaderOf", "Heath Alliance") in got
    assert ("Edda Lund", "leaderOf", "Coastal Workers Union") in got
    assert not [f for f in got if f[0] in {"Arne Toft", "Edda Lund"} and f[2] == "Lotte Vangsgaard"]


def test_hyphenated_title_in_apposition(graph_of):
    got = facts(
        graph_of(
            "The World Seed Organization's secretary-general, Amara Diallo-Keita, welcomed "
            "the vote. "
            "A spokesman for the UN secretary-general, Pavel Rusnak, told reporters."
        )
    )
    assert ("Amara Diallo-Keita", "leaderOf", "World Seed Organization") in got
    assert ("Pavel Rusnak", "spokespersonOf", "UN") in got
    assert ("Pavel Rusnak", "leaderOf", "UN") not in got


def test_senators_and_representatives_are_members_of_their_chamber(graph_of):
    got = facts(
        graph_of(
            "The Senate passed the bill 60-38 and the House of Representatives will vote next. "
            "Sen. Ilse Varga (D-Ore.), a member of the Senate Energy Committee, praised it. "
            "Opposition senator Dario Mendel voted no. Former Sen. Otis Crane called it weak. "
            "Rep. Bram Ostrow said the House would act."
        )
    )
    assert ("Ilse Varga", "memberOf", "Senate") in got
    assert ("Ilse Varga", "memberOf", "Senate Energy Committee") in got
    assert ("Dario Mendel", "memberOf", "Senate") in got
    assert ("Otis Crane", "memberOf", "Senate") not in got
    assert ("Bram Ostrow", "memberOf", "House of Representatives") in got


def test_of_a_described_party(graph_of):
    got = facts(
        graph_of(
            "The petition was brought by the runner-up, Kunle Adebanjo of the opposition "
            "Progressive Unity Movement (PUM)."
        )
    )
    assert ("Kunle Adebanjo", "memberOf", "Progressive Unity Movement") in got


def test_two_word_demonym_stands_for_its_country(graph_of):
    got = facts(
        graph_of(
            "South Korean President Yoon Ha-eun met Sri Lankan Foreign Minister "
            "Dilani Perera on Monday."
        )
    )
    assert ("Yoon Ha-eun", "leaderOf", "South Korea") in got
    assert ("Dilani Perera", "memberOf", "Sri Lanka") in got
    assert not [f for f in got if f[2] in {"Korea", "Lanka"}]


def test_whose_title(graph_of):
    got = facts(
        graph_of(
            "The move was welcomed by the Federation of Andean Growers, whose president, "
            "Rosa Quilla, called it overdue, and by the Pacific Canners Union, whose "
            "spokesman Teo Marsh said little."
        )
    )
    assert ("Rosa Quilla", "leaderOf", "Federation of Andean Growers") in got
    assert ("Teo Marsh", "spokespersonOf", "Pacific Canners Union") in got


def test_taking_over_as_an_office(graph_of):
    got = facts(
        graph_of(
            "Kestrel Foods said on Monday that its chief financial officer, Mira Olsen, "
            "would take over as interim chief executive. Kestrel Foods shares fell."
        )
    )
    assert ("Mira Olsen", "memberOf", "Kestrel Foods") in got
    assert ("Mira Olsen", "leaderOf", "Kestrel Foods") in got
    got = facts(graph_of("Mira Olsen stepped down as chief executive of Kestrel Foods."))
    assert ("Mira Olsen", "leaderOf", "Kestrel Foods") not in got
    g = graph_of("Kestrel Foods said Mira Olsen could take over as chief executive.")
    assert ("Mira Olsen", "leaderOf", "Kestrel Foods") not in facts(g)


def test_a_government_office_taken_over_is_no_office_of_the_story_s_body(graph_of):
    got = facts(graph_of(
        "Former Norwegian prime minister Jens Lund will take the helm at NATO in October. "
        "Norwegian Prime Minister Ingrid Haugen, who replaced Lund as prime minister last "
        "year, said NATO was getting a strong leader."))
    assert ("Ingrid Haugen", "leaderOf", "Norway") in got
    assert ("Ingrid Haugen", "leaderOf", "NATO") not in got
    got = facts(graph_of("Ostland's government was reshuffled. The Ostland Party said Mara Vell "
                         "would take over as foreign minister."))
    assert ("Mara Vell", "memberOf", "Ostland Party") not in got


def test_board_titles_belong_to_the_company_of_the_story(graph_of):
    got = facts(
        graph_of(
            "Harlow Shipping said its chief executive would retire. Harlow Shipping has "
            "grown fast. \"He built this firm,\" said Ines Barros, the chair of the board. "
            "Board member Tomas Lind will lead the search, Harlow said."
        )
    )
    assert ("Ines Barros", "leaderOf", "Harlow Shipping") in got
    assert ("Tomas Lind", "memberOf", "Harlow Shipping") in got


def test_envoy_to_a_body_is_of_the_country_that_sends_them(graph_of):
    got = facts(
        graph_of(
            "U.S. ambassador to the United Nations Carla Denholm called the vote a disgrace. "
            "France's envoy to NATO Pierre Lanvin disagreed."
        )
    )
    assert ("Carla Denholm", "memberOf", "United States") in got
    assert ("Pierre Lanvin", "memberOf", "France") in got
    assert not [f for f in got if f[2] in {"United Nations", "NATO"} and f[1] == "leaderOf"]


def test_hyphenated_title_is_its_first_part(graph_of):
    got = facts(
        graph_of(
            "Ruth Amsel, director-general of the Office of Coastal Planning, said work "
            "would start soon."
        )
    )
    assert ("Ruth Amsel", "leaderOf", "Office of Coastal Planning") in got


def test_title_described_by_the_kind_of_organisation(graph_of):
    got = facts(
        graph_of(
            "The Ministry of Fisheries announced new quotas on Monday. "
            "Ministry spokeswoman Aino Rask said they would hold for a year."
        )
    )
    assert ("Aino Rask", "spokespersonOf", "Ministry of Fisheries") in got
    got = facts(
        graph_of(
            "The Ministry of Fisheries and the Ministry of Ports disagreed. "
            "Ministry spokeswoman Aino Rask said talks would continue."
        )
    )
    assert not [f for f in got if f[0] == "Aino Rask"]


def test_appointments_and_successions(graph_of):
    got = facts(
        graph_of(
            "Brightline Motors appointed Ada Voss chief executive on Tuesday. "
            "Tarn Bank said it had hired Leo Marsh as its new chief operating officer. "
            "Ines Dahl, who was elected chair of the Nordic Grain Council last year, spoke. "
            "Rolf Berg will succeed Ida Holm as head of the Baltic Ferry Authority in June."
        )
    )
    assert ("Ada Voss", "leaderOf", "Brightline Motors") in got
    assert ("Leo Marsh", "memberOf", "Tarn Bank") in got
    assert ("Ines Dahl", "leaderOf", "Nordic Grain Council") in got
    assert ("Rolf Berg", "leaderOf", "Baltic Ferry Authority") in got
    assert ("Ida Holm", "leaderOf", "Baltic Ferry Authority") not in got


def test_head_of_a_unit_named_by_possessive_is_a_member(graph_of):
    got = facts(graph_of("Ada Voss, head of the Nordic Council's trade department, said so."))
    assert ("Ada Voss", "memberOf", "Nordic Council") in got
    assert ("Ada Voss", "leaderOf", "Nordic Council") not in got


def test_title_before_a_styled_name(graph_of):
    got = facts(
        graph_of(
            "Bahrain's Prime Minister, Sheikh Salman bin Rashid Al Mahmoud, arrived on Monday. "
            "The army's chief of staff, Gen. Idris Kamara, stayed home."
        )
    )
    assert ("Salman bin Rashid Al Mahmoud", "leaderOf", "Bahrain") in got


def test_unit_chief_and_hyphenated_deputy_are_members(graph_of):
    got = facts(
        graph_of(
            "Kaja Lind was named the Nordic Union's foreign policy chief on Thursday. "
            "The Nordic Commission's executive vice-president, Teresa Ribas, said so."
        )
    )
    assert ("Kaja Lind", "memberOf", "Nordic Union") in got
    assert ("Kaja Lind", "leaderOf", "Nordic Union") not in got
    assert ("Teresa Ribas", "memberOf", "Nordic Commission") in got
    assert ("Teresa Ribas", "leaderOf", "Nordic Commission") not in got


def test_portfolio_anywhere_in_the_title_names_the_department(graph_of):
    got = facts(
        graph_of(
            "The Treasury Department announced the measures on Monday. "
            "Deputy Treasury Secretary Priya Venkat said more would follow."
        )
    )
    assert ("Priya Venkat", "memberOf", "Treasury Department") in got
    assert ("Priya Venkat", "leaderOf", "Treasury Department") not in got


def test_the_company_is_the_company_of_the_story(graph_of):
    got = facts(
        graph_of(
            "Harlow Shipping said its chief executive would retire. Harlow Shipping shares fell. "
            "Kestrel Rock Capital, which owns 7 per cent of Harlow, objected. "
            "Asked about the timing, the company's spokeswoman, Le Anh, declined to comment."
        )
    )
    assert ("Le Anh", "spokespersonOf", "Harlow Shipping") in got
    assert ("Le Anh", "spokespersonOf", "Kestrel Rock Capital") not in got


def test_leaving_an_office_states_no_current_role(graph_of):
    got = facts(
        graph_of(
            "Rolf Berg, who quit as leader of the Green League last month, spoke first. "
            "Ida Holm resigned from the board of Tarn Bank on Friday. "
            "Ola Nes, who was ousted as chairman of Fjord Mining in May, declined to comment."
        )
    )
    assert not [f for f in got if f[0] in {"Rolf Berg", "Ida Holm", "Ola Nes"}]


def test_plural_title_before_a_list_of_names(graph_of):
    got = facts(
        graph_of(
            "Ana Reis met the co-leaders of the Social Greens (SG), Lena Vogt and Jan Bremer, "
            "on Monday. The Green League's former co-chairs, Ida Holm and Ola Nes, objected."
        )
    )
    assert ("Lena Vogt", "leaderOf", "Social Greens") in got
    assert ("Jan Bremer", "leaderOf", "Social Greens") in got
    assert ("Ana Reis", "leaderOf", "Social Greens") not in got
    assert not [f for f in got if f[0] in {"Ida Holm", "Ola Nes"} and f[1] == "leaderOf"]


def test_elected_and_serving_federation_officers(graph_of):
    got = facts(
        graph_of(
            "Ali Warsame has been elected as President of the Horn Football Federation (HFF) "
            "by the General Assembly. Ahmed Takal will serve as the first vice-president of "
            "the Horn Football Federation."
        )
    )
    assert ("Ali Warsame", "leaderOf", "Horn Football Federation") in got
    assert ("Ahmed Takal", "memberOf", "Horn Football Federation") in got
    assert ("Ahmed Takal", "leaderOf", "Horn Football Federation") not in got


def test_government_office_in_apposition_is_of_the_home_country(graph_of):
    got = facts(
        graph_of(
            "WARSAW — Poland's parliament met on Monday. Polish lawmakers voted late. "
            "Secretary of Defense Robert Ainsley briefed them. Amira Haddad, the national "
            "security adviser, was there. Lech Nowak, an ally of the sports minister, "
            "Piotr Sadek, left early. Ola Nes, the party's finance minister, objected."
        )
    )
    assert ("Robert Ainsley", "memberOf", "Poland") not in got  # a US cabinet title
    assert ("Amira Haddad", "memberOf", "Poland") in got
    assert ("Piotr Sadek", "memberOf", "Poland") in got
    assert ("Lech Nowak", "memberOf", "Poland") not in got
    assert ("Ola Nes", "memberOf", "Poland") not in got


def test_of_a_unit_of_an_organisation(graph_of):
    got = facts(graph_of("Stephanie Powell of the Nordic Council's water division said so."))
    assert ("Stephanie Powell", "memberOf", "Nordic Council") in got


def test_us_cabinet_title_is_never_another_country(graph_of):
    got = facts(
        graph_of(
            "KYIV — Ukraine's parliament met. Ukrainian lawmakers voted. Ukraine wants peace. "
            "Secretary of State Mark Rubin said the plan was fair."
        )
    )
    assert ("Mark Rubin", "memberOf", "Ukraine") not in got
    got = facts(
        graph_of(
            "WASHINGTON — The U.S. Senate met on Monday. U.S. lawmakers voted. "
            "Secretary of Defense Robert Ainsley briefed senators."
        )
    )
    assert ("Robert Ainsley", "memberOf", "United States") in got


def test_two_bare_presidents_lead_no_country_the_article_names(graph_of):
    got = facts(
        graph_of(
            "KYIV — Ukraine wants peace. Ukrainian lawmakers voted. President Vadym Zelin "
            "said Ukraine would not give up land. President Donald Tramp said the plan "
            "was fair. Prime Minister Yulia Svyrid agreed."
        )
    )
    assert not [f for f in got if f[0] in {"Vadym Zelin", "Donald Tramp"}]
    assert ("Yulia Svyrid", "leaderOf", "Ukraine") in got


def test_counterpart_of_a_demonym(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Wei Jun will meet his Japanese counterpart, Aiko Morimoto, "
            "next month."
        )
    )
    assert ("Aiko Morimoto", "memberOf", "Japan") in got
    assert not [f for f in got if f[0] == "Aiko Morimoto" and f[2] == "Wei Jun"]


def test_ministry_spokesperson_is_of_the_ministry_not_its_country(graph_of):
    g = graph_of(
        "Talks with Norway resumed on Monday. Norway's foreign ministry spokesperson, "
        "Kari Vesterby, said the delegates had travelled privately. "
        "Kenya's trade ministry spokesman Daniel Otieno said tariffs would fall."
    )
    got = facts(g)
    assert ("Kari Vesterby", "spokespersonOf", "Norway's foreign ministry") in got
    assert ("Kari Vesterby", "spokespersonOf", "Norway") not in got
    assert ("Daniel Otieno", "spokespersonOf", "Kenya's trade ministry") in got


def test_bare_ministry_spokesperson_is_of_the_ministry_named_before(graph_of):
    g = graph_of(
        "China's foreign ministry on Monday accused Japan of stoking tension. "
        '"Japan should stop," foreign ministry spokeswoman Liu Fang told a regular briefing. '
        "Japan's foreign ministry rejected the charge."
    )
    got = facts(g)
    assert ("Liu Fang", "spokespersonOf", "China's foreign ministry") in got
    assert ("Liu Fang", "spokespersonOf", "Japan's foreign ministry") not in got


def test_bare_ministry_spokesperson_with_two_ministries_named_before_is_left_alone(graph_of):
    g = graph_of(
        "China's foreign ministry and Japan's foreign ministry traded charges on Monday. "
        '"Calm is needed," foreign ministry spokeswoman Liu Fang told a regular briefing.'
    )
    assert not {f for f in facts(g) if f[0] == "Liu Fang" and f[1] == "spokespersonOf"}


def test_singular_party_word_before_title_names_the_plural_party(graph_of):
    g = graph_of(
        "The opposition Greens criticised the budget on Monday. "
        "Green co-leader Hanna Vogt said it was weak. "
        "The Liberals lost seats. Liberal leader Tom Hale conceded."
    )
    got = facts(g)
    assert ("Hanna Vogt", "leaderOf", "Greens") in got
    assert ("Tom Hale", "leaderOf", "Liberals") in got


def test_singular_party_word_without_the_party_named_gives_no_role(graph_of):
    g = graph_of("Green co-leader Hanna Vogt said the budget was weak.")
    assert not {f for f in facts(g) if f[0] == "Hanna Vogt" and f[1] == "leaderOf"}


def test_party_named_with_its_acronym_before_the_word_party(graph_of):
    g = graph_of(
        "Ama Boateng, a member of the ruling New Dawn Alliance (NDA) party, won the seat. "
        "Kofi Mensah, leader of the opposition Unity Front (UF) party, conceded."
    )
    got = facts(g)
    assert ("Ama Boateng", "memberOf", "New Dawn Alliance") in got
    assert ("Kofi Mensah", "leaderOf", "Unity Front") in got
    assert ("Kofi Mensah", "memberOf", "Unity Front") not in got


def test_member_of_an_unnamed_party_gives_no_role(graph_of):
    g = graph_of("Ama Boateng, a member of the governing party, won the seat in Accra.")
    assert not {f for f in facts(g) if f[0] == "Ama Boateng"}


def test_relative_clause_is_a_title(graph_of):
    g = graph_of(
        "Ewa Lis, who is the chief executive of Norvia Bank, spoke on Monday. "
        "Jan Kowal, who ran the fund until 2020 and is a member of the Civic Union party, "
        "faces 11 charges."
    )
    got = facts(g)
    assert ("Ewa Lis", "leaderOf", "Norvia Bank") in got
    assert ("Jan Kowal", "memberOf", "Civic Union party") in got


def test_relative_clause_in_the_past_or_negated_is_no_role(graph_of):
    g = graph_of(
        "Ewa Lis, who was the chief executive of Norvia Bank, spoke on Monday. "
        "Jan Kowal, who is not a member of the Civic Union party, was charged."
    )
    got = facts(g)
    assert ("Ewa Lis", "leaderOf", "Norvia Bank") not in got
    assert ("Jan Kowal", "memberOf", "Civic Union party") not in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Sefa Arkun, who no longer sits on the Budget Committee, said the vote was close.",
     ("Sefa Arkun", "memberOf", "Budget Committee")),
    ("Sefa Arkun, who no longer heads the Harbour Authority, said the vote was close.",
     ("Sefa Arkun", "leaderOf", "Harbour Authority")),
])
def test_a_post_no_longer_held_is_no_role_now(graph_of, text, fact):
    assert fact not in facts(graph_of(text))


def test_bare_organisation_head_title_is_of_the_organisation_the_story_is_about(graph_of):
    g = graph_of(
        "GENEVA — The World Rowing Agency on Tuesday banned three crews. "
        "The World Rowing Agency said the ban would last a year. "
        "Director-General Ana Costa announced the decision in Geneva."
    )
    assert ("Ana Costa", "leaderOf", "World Rowing Agency") in facts(g)


def test_bare_organisation_head_title_with_two_organisations_alike_is_left_alone(graph_of):
    g = graph_of(
        "The Velora Group and the Castel Fund signed a deal on Monday. "
        "Secretary-General Ana Costa welcomed it."
    )
    assert not {f for f in facts(g) if f[0] == "Ana Costa" and f[1] == "leaderOf"}


def test_title_for_portfolio_before_name(graph_of):
    g = graph_of(
        "Ghanaian Minister for Health Kojo Mensah spoke on Monday. "
        "Kenyan Minister for Foreign Affairs Ruth Wanjiru replied."
    )
    got = facts(g)
    assert ("Kojo Mensah", "memberOf", "Ghana") in got
    assert ("Ruth Wanjiru", "memberOf", "Kenya") in got
    assert ("Ruth Wanjiru", "leaderOf", "Kenya") not in got


@pytest.mark.parametrize(("text", "country"), [
    ("Ostria's Science and ICT Minister Ana Roe said the budget would grow.", "Ostria"),
    ("Ostria's Electronics and IT Minister Ana Roe said the rules were ready.", "Ostria"),
    ("Ostria's Trade and Industry Minister Ana Roe said exports rose.", "Ostria"),
])
def test_two_policy_areas_joined_before_a_title_are_one_portfolio(graph_of, text, country):
    got = facts(graph_of(text))
    assert ("Ana Roe", "memberOf", country) in got
    assert not {f for f in got if f[0] == "Ana Roe" and f[2] in {"ICT", "IT", "Science"}}


def test_an_acronym_after_and_in_another_name_is_no_portfolio(graph_of):
    got = facts(graph_of("Union Electronics and IT Minister Ana Roe met Tomas Kerr in Velmark."))
    assert not {f for f in got if f[0] == "Ana Roe" and f[1] in {"memberOf", "leaderOf"}}


def test_title_of_portfolio_before_name(graph_of):
    g = graph_of(
        "Ghanaian Minister of Agriculture and Rural Affairs Kojo Mensah spoke on Monday. "
        "Kenyan Minister of Foreign Affairs Ruth Wanjiru replied. The Minister of Health of "
        "Ghana later met Tom Kitu."
    )
    got = facts(g)
    assert ("Kojo Mensah", "memberOf", "Ghana") in got
    assert ("Ruth Wanjiru", "memberOf", "Kenya") in got
    assert ("Ruth Wanjiru", "leaderOf", "Kenya") not in got
    assert ("Tom Kitu", "memberOf", "Ghana") not in got


def test_title_for_portfolio_with_a_continent_adjective_gives_no_role(graph_of):
    g = graph_of("European Commissioner for Justice Anna Berg said the fine was fair.")
    assert not {f for f in facts(g) if f[0] == "Anna Berg" and f[2] == "Europe"}


@pytest.mark.parametrize("text, person", [
    ("The European Commission said on Tuesday that Competition Commissioner Margit Holmberg "
     "would review the deal.", "Margit Holmberg"),
    ("The European Commission backed the plan. Commissioner for Energy Tomas Kerlin said it "
     "was sound.", "Tomas Kerlin"),
    ("The European Commission approved the plan. Margit Holmberg, the competition "
     "commissioner, said it was sound.", "Margit Holmberg"),
    ("The European Commission approved the plan. Commissioner Margit Holmberg said it was "
     "sound.", "Margit Holmberg"),
])
def test_commissioner_with_a_portfolio_is_a_member_of_the_commission(graph_of, text, person):
    assert (person, "memberOf", "European Commission") in facts(graph_of(text))


def test_commissioner_with_a_portfolio_in_a_story_naming_only_the_union(graph_of):
    g = graph_of("The EU approved the plan on Monday. Trade Commissioner Carla Vintner said it "
                 "would help exporters.")
    assert ("Carla Vintner", "memberOf", "EU") in facts(g)
    g = graph_of("The EU funded a clinic in Ostland last year, officials said. The clinic treats "
                 "hundreds of patients a week. It was built in 2019 by a local firm. Local "
                 "officials praised the project at a ceremony on Monday, and several ministers "
                 "attended the event with their families. Residents were pleased with the new "
                 "building and its modern equipment. Commissioner for Information Bola Adeyemi "
                 "said the state would pay the staff.")
    assert ("Bola Adeyemi", "memberOf", "EU") not in facts(g)  # a state's, the Union far off


@pytest.mark.parametrize("text", [
    "The European Commission approved the plan. Former Trade Commissioner Ole Brandvik "
    "criticised it.",
    "The European Commission approved the plan. Ole Brandvik, the former trade commissioner, "
    "criticised it.",
    "The European Commission approved the plan. Commissioner-designate Ole Brandvik will face "
    "MEPs next week.",
    "The European Commission approved the plan. Data Protection Commissioner Ole Brandvik said "
    "he would investigate.",
    "The European Commission approved the plan. Ole Brandvik, who hopes to become the next "
    "trade commissioner, praised it.",
    "The European Commission fined the company. County Commissioner Ole Brandvik said the "
    "plant would stay open.",
    "The European Commission approved the plan. Police Commissioner Ole Brandvik said the "
    "march was peaceful.",
])
def test_commissioner_not_of_the_commission_now(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Ole Brandvik" and f[2] in {"European Commission", "EU"}}


def test_party_named_with_its_acronym_and_a_surname_alone(graph_of):
    got = facts(
        graph_of(
            "LIMA, Peru — The vote goes to a runoff between Rosa Elena Quilla Mamani and "
            "Luis Torres Vega. Quilla, the candidate of the Frente Andino del Norte (FAN), "
            "had 24 percent, while Torres, who leads the Nueva Ruta party, had 19 percent."
        )
    )
    assert ("Rosa Elena Quilla Mamani", "memberOf", "Frente Andino del Norte") in got
    assert ("Luis Torres Vega", "leaderOf", "Nueva Ruta party") in got


def test_copula_after_an_apposed_name(graph_of):
    got = facts(
        graph_of(
            "The Asian Rowing Confederation, whose president, Ravi Dutt, is an IOC member, "
            "backed the suspension. The IOC welcomed its support."
        )
    )
    assert ("Ravi Dutt", "memberOf", "IOC") in got
    assert ("Ravi Dutt", "leaderOf", "Asian Rowing Confederation") in got


def test_a_body_headed_or_led_by_a_person_now(graph_of):
    got = facts(
        graph_of(
            "Selwyn Partners bought the stake. Selwyn Partners is headed by Omar Haddad. "
            "The bid was backed by Orlen Capital, which is led by Sara Quist.",
            "Vesta Bank was led by Dana Kimura until 2019. The talks were led by Tom Reyes.",
        )
    )
    assert ("Omar Haddad", "leaderOf", "Selwyn Partners") in got
    assert ("Sara Quist", "leaderOf", "Orlen Capital") in got
    # a past term, and one occasion, are not a role now
    assert not {f for f in got if f[0] in {"Dana Kimura", "Tom Reyes"}}


def test_heading_a_branch_or_the_board(graph_of):
    got = facts(
        graph_of(
            "Nadia Petrova, who heads the regional branch of the Green Union, said the "
            "response was slow. Tom Reyes heads the board of Orlen Capital. Ama Boateng "
            "attended a rally of the Green Union on Sunday."
        )
    )
    assert ("Nadia Petrova", "memberOf", "Green Union") in got
    assert ("Nadia Petrova", "leaderOf", "Green Union") not in got
    assert ("Tom Reyes", "leaderOf", "Orlen Capital") in got
    # attending a party's event is not membership
    assert not {f for f in got if f[0] == "Ama Boateng"}


def test_a_bare_company_title_is_of_the_company_of_the_story(graph_of):
    got = facts(
        graph_of(
            "Kelso Athletic agreed a takeover on Monday. Kelso Athletic will play at home on "
            'Saturday. "We are delighted," said chairman Marco Bellini. Board member Ruth '
            "Falk agreed."
        )
    )
    assert ("Marco Bellini", "leaderOf", "Kelso Athletic") in got
    assert ("Ruth Falk", "memberOf", "Kelso Athletic") in got


def test_becoming_an_office_is_taking_it(graph_of):
    got = facts(graph_of("Lena Ortiz became chief executive of Velora Motors in May."))
    assert ("Lena Ortiz", "leaderOf", "Velora Motors") in got


_ROLES = {"memberOf", "leaderOf", "spokespersonOf", "advisorOf"}


def _roles_of(got, person):
    return {(p, o) for s, p, o in got if s == person and p in _ROLES}


def test_heads_of_universities_and_courts(graph_of):
    got = facts(
        graph_of(
            "The vice-chancellor of Eastmoor University, Helen Carr, announced cuts. "
            "Pietro Sanna, rector of the University of Calvera, welcomed the funds.",
            "Ama Owusu, chief justice of the Supreme Court of Velland, adjourned the case. "
            "Chief Justice Kwesi Bonsu of the High Court of Dornland adjourned it.",
            "German Vice-Chancellor Lutz Ebert said the budget was fair.",
        )
    )
    assert ("Helen Carr", "leaderOf", "Eastmoor University") in got
    assert ("Pietro Sanna", "leaderOf", "University of Calvera") in got
    assert ("Ama Owusu", "leaderOf", "Supreme Court of Velland") in got
    # "of the court" after the name says no more than the title does
    assert _roles_of(got, "Kwesi Bonsu") == {("leaderOf", "High Court of Dornland")}
    # a country's vice-chancellor is the chancellor's deputy
    assert _roles_of(got, "Lutz Ebert") == {("memberOf", "Germany")}


def test_founders_and_investigators_are_members(graph_of):
    got = facts(
        graph_of(
            "Brightpath Labs co-founder Lena Ford said the firm would expand.",
            "Nadia Orlov, the principal investigator of the study at Eastmoor University, "
            "said results were strong.",
        )
    )
    assert _roles_of(got, "Lena Ford") == {("memberOf", "Brightpath Labs")}
    assert _roles_of(got, "Nadia Orlov") == {("memberOf", "Eastmoor University")}


def test_a_clubs_officer_named_after_the_club(graph_of):
    got = facts(
        graph_of(
            "Halden Rovers sacked their coach on Sunday. Stig Barlow, the club's chairman, "
            "said the decision was hard.",
            "Halden Rovers and Kessel Town drew 1-1. Ivo Marn, the club's chairman, left early.",
            "The Velland Football Federation banned Dunmore United from Europe. The club's "
            "president, Rami Haddad, said he would appeal.",
        )
    )
    assert ("Stig Barlow", "leaderOf", "Halden Rovers") in got
    assert not _roles_of(got, "Ivo Marn")  # the sentence before names two clubs
    assert not _roles_of(got, "Rami Haddad")  # a federation is no club


def test_one_of_several_and_a_past_office(graph_of):
    got = facts(
        graph_of(
            "Anna Berg, a managing director at Fjord Capital, said the deal was fair.",
            "Tom Reyes was a member of the Velland Senate until 2019.",
            "Dara Okonkwo, who has led the Velland Chess Federation since 2015, said the vote "
            "was fair. Ivan Sorel, who had led the Dornish Chess Union, disagreed.",
        )
    )
    assert _roles_of(got, "Anna Berg") == {("memberOf", "Fjord Capital")}
    assert not _roles_of(got, "Tom Reyes")
    assert ("Dara Okonkwo", "leaderOf", "Velland Chess Federation") in got
    assert not _roles_of(got, "Ivan Sorel")


def test_more_ways_to_write_a_leaders_title(graph_of):
    got = facts(
        graph_of(
            "The Rail and Maritime Union called a strike. RMU boss Dara Okonkwo said members "
            "were angry.",
            "Brightpath Labs founder and chief executive Lena Ford said the firm would grow.",
            "Marek Zielony faces charges, prosecutors said. He is a member of the opposition "
            "Order and Liberty (OiL) party. OiL leader Jan Kowal said the party stood behind "
            "him.",
        )
    )
    assert ("Dara Okonkwo", "leaderOf", "Rail and Maritime Union") in got
    assert ("Lena Ford", "leaderOf", "Brightpath Labs") in got
    # an acronym written in brackets after the name, in any case
    assert ("Jan Kowal", "leaderOf", "Order and Liberty") in got


def test_a_body_named_before_written_after_the_title(graph_of):
    got = facts(
        graph_of(
            "Dunmore United lost again. Arthur Penn, chairman of the club, apologised to the "
            "fans.",
            "Dunmore United lost again. Ola Vik, head of the club's youth academy, was praised.",
            "Heavy rain flooded Port Avel. Tomas Ruel, the mayor of the city, ordered schools "
            "closed.",
            "Kemi Ade apologised to Ayo Bello, governor of Kano state, who was at the stadium.",
            "Dunmore United lost again. Kurt Lenz, a former chairman of the club, criticised "
            "the manager.",
        )
    )
    assert _roles_of(got, "Arthur Penn") == {("leaderOf", "Dunmore United")}
    assert _roles_of(got, "Ola Vik") == {("memberOf", "Dunmore United")}
    assert _roles_of(got, "Tomas Ruel") == {("leaderOf", "Port Avel")}
    # a state's name is no unit of it
    assert _roles_of(got, "Ayo Bello") == {("leaderOf", "Kano")}
    assert not _roles_of(got, "Kurt Lenz")


def test_ranks_administrators_and_boards(graph_of):
    got = facts(
        graph_of(
            "The Velland Army said its troops had crossed the river. Army spokesman Brigadier "
            "General Tunde Bako said the operation was continuing.",
            "Greenfield sued the Environmental Safety Agency. ESA Administrator Lee Varga "
            "declined to comment.",
            "Lumina Technologies has named Dina Powell, a banker, to its board of directors. "
            "Omar Said was elected to the board of Kessel Foods on Monday.",
            "Lumina Technologies named Ivo Marn, a former minister, as an adviser.",
        )
    )
    # the rank after the office is no office
    assert _roles_of(got, "Tunde Bako") == {("spokespersonOf", "Velland Army")}
    assert ("Lee Varga", "leaderOf", "Environmental Safety Agency") in got
    assert ("Dina Powell", "memberOf", "Lumina Technologies") in got
    assert ("Omar Said", "memberOf", "Kessel Foods") in got
    assert ("Ivo Marn", "memberOf", "Lumina Technologies") not in got


def test_coaches_and_deans(graph_of):
    got = facts(
        graph_of(
            "Marco Vitti, who coaches Halden Rovers, said the team was tired. Rui Costa, who "
            "coached Dunmore United until 2020, disagreed.",
            "Nadia Orlov, dean of the law school at Eastmoor University, said results were "
            "strong.",
        )
    )
    assert _roles_of(got, "Marco Vitti") == {("memberOf", "Halden Rovers")}
    assert not _roles_of(got, "Rui Costa")  # a past post
    # a dean heads a school of the university
    assert _roles_of(got, "Nadia Orlov") == {("memberOf", "Eastmoor University")}


def test_her_party_is_the_party_of_the_woman_referred_to(graph_of):
    g = graph_of("Senator Ana Ruiz said her Green League party would vote against the bill.")
    assert ("Ana Ruiz", "memberOf", "Green League party") in facts(g)


def test_a_bare_office_s_country_is_where_the_prose_names_it(extract):
    text = (
        "Poland's parliament met in Warsaw on Monday. "
        "President Anna Kowal said Poland would not sign the treaty.\n"
    )
    (leads,) = [r for r in extract(text).relations if r.predicate == "leaderOf"]
    # the country's own words in the text, not a mention made up for the office
    assert text[leads.object.start : leads.object.end] == "Poland"


def test_a_party_of_a_titled_person_is_that_persons(graph_of):
    got = facts(graph_of(
        "The Unity Front (UF) of Prime Minister Marta Velasco fell to 30 seats. "
        "The Union of Dock Workers of the port of Avrel called a strike."
    ))
    assert ("Marta Velasco", "memberOf", "Unity Front") in got
    assert not any(p == "memberOf" and o == "Union of Dock Workers" for _, p, o in got)


def test_a_title_with_its_own_name_is_not_given_to_the_name_before(graph_of):
    got = facts(graph_of(
        "Rosa Quintana joined the candidate on stage, alongside Dornby's mayor, Celia Marvel, "
        "and the party's national secretary-general, Bea Lasarte. The Civic Union won."
    ))
    assert not any(s == "Celia Marvel" and o == "Civic Union" for s, _, o in got)


def test_a_place_between_title_and_name_does_not_take_the_title(graph_of):
    got = facts(graph_of(
        "The governor of Norte de Valcárcel, Yesid Pabón Rangel, a member of the "
        "Social Front party, said the region needed a law."
    ))
    assert ("Yesid Pabón Rangel", "leaderOf", "Norte de Valcárcel") in got
    assert ("Yesid Pabón Rangel", "memberOf", "Social Front party") in got


def test_a_subsidiary_unit_or_arm_is_part_of_its_owner(graph_of):
    got = facts(
        graph_of(
            "The mine is run by Tarvik Mining, a subsidiary of the Oslo-registered steel "
            "group Brenmark Holdings. Police raided its offices on Monday.",
            "Kestrel Analytics, the research arm of Orvanta Group, published the survey. "
            "Velmor Freight, a former unit of Corbel Logistics, said it was not involved.",
        )
    )
    assert ("Tarvik Mining", "partOf", "Brenmark Holdings") in got
    assert ("Kestrel Analytics", "partOf", "Orvanta Group") in got
    assert ("Velmor Freight", "partOf", "Corbel Logistics") not in got  # a past owner


def test_a_body_chaired_or_coordinated_by_a_person_is_led_by_them(graph_of):
    got = facts(
        graph_of(
            "The Harbour Safety Commission, chaired by retired judge Amara Quist, will report "
            "in May. The five-member Rail Inquiry Board, coordinated by former transport "
            "secretary Tomas Rell, met on Friday.",
            "The meeting, chaired by Ines Varga, ended without a vote.",
        )
    )
    assert ("Amara Quist", "leaderOf", "Harbour Safety Commission") in got
    assert ("Tomas Rell", "leaderOf", "Rail Inquiry Board") in got
    assert not {f for f in got if f[0] == "Ines Varga" and f[1] == "leaderOf"}


def test_a_second_verb_of_a_relative_clause_runs_a_body(graph_of):
    got = facts(
        graph_of(
            "Rita Baral, who lost her brother in the fire and now chairs the Dunmore Fire "
            "Victims' Association, said the report was late. Piet Vos, who founded Orvik "
            "Shipping in 1990 and chaired it until 2015, said nothing."
        )
    )
    assert ("Rita Baral", "leaderOf", "Dunmore Fire Victims' Association") in got
    assert ("Piet Vos", "leaderOf", "Orvik Shipping") not in got  # a past term


def test_the_bank_named_before_owns_its_committee(graph_of):
    got = facts(
        graph_of(
            "The Bank of Ruritania raised its main rate on Monday. The bank's Monetary Policy "
            "Committee took the decision by a majority vote. The company's rival, Orvik "
            "Capital, said nothing."
        )
    )
    assert ("Monetary Policy Committee", "partOf", "Bank of Ruritania") in got
    assert not {f for f in got if f[0] == "Orvik Capital" and f[1] == "partOf"}


def test_whose_title_after_an_acronym_and_a_remit(graph_of):
    got = facts(
        graph_of(
            "The ministers met under the auspices of the Southern Water Council (SWC), whose "
            "special envoy for the dispute, former Kenyan trade minister Ines Kavanagh, "
            "chaired the sessions. The Dunmore Rowing Club, whose president, Tom Hale, "
            "apologised, was fined."
        )
    )
    assert ("Ines Kavanagh", "memberOf", "Southern Water Council") in got
    assert ("Tom Hale", "leaderOf", "Dunmore Rowing Club") in got


def test_a_title_set_between_the_comma_and_the_name(graph_of):
    got = facts(
        graph_of(
            "Ines Kavanagh said she would report to the Sahel Union's chairperson, President "
            "Jean-Luc Ombeni of Gabon, before the next round."
        )
    )
    assert ("Jean-Luc Ombeni", "leaderOf", "Sahel Union") in got
    assert ("Jean-Luc Ombeni", "leaderOf", "Gabon") in got
    assert ("Ines Kavanagh", "leaderOf", "Sahel Union") not in got


def test_a_coordinator_is_one_of_the_bodys_officers(graph_of):
    got = facts(
        graph_of(
            '"We cannot wait," said Ingrid Solvang, the Nordic Relief Council\'s emergency '
            "coordinator. The medical charity Medica Frontline, which runs two clinics, said "
            "cholera had spread. Its field coordinator in Chad, Dr. Awa Keita, called for "
            "calm."
        )
    )
    assert ("Ingrid Solvang", "memberOf", "Nordic Relief Council") in got
    assert ("Ingrid Solvang", "leaderOf", "Nordic Relief Council") not in got
    assert ("Awa Keita", "memberOf", "Medica Frontline") in got


def test_a_director_general_heads_the_body(graph_of):
    got = facts(
        graph_of(
            "The Civil Aviation Authority of Ruritania (CAAR) approved the plan. CAAR's "
            "director general, Tirtha Bhandari, said the authority would comply."
        )
    )
    assert ("Tirtha Bhandari", "leaderOf", "Civil Aviation Authority of Ruritania") in got
    assert ("Tirtha Bhandari", "memberOf", "Civil Aviation Authority of Ruritania") not in got


def test_country_possessive_before_a_name_among_leaders_is_its_leader(graph_of):
    g = graph_of(
        "Kessler hosted a group of European leaders including France's Anton Muret, "
        "Italy's Carla Benni and Denmark's Ida Holm. "
        "The fund cited its ties to the government of Venezuela's Ramon Ortega. "
        "Ministers such as Spain's Pablo Ruiz agreed. Russia's Igor Lemov said no."
    )
    got = facts(g)
    assert ("Anton Muret", "leaderOf", "France") in got
    assert ("Carla Benni", "leaderOf", "Italy") in got
    assert ("Ida Holm", "leaderOf", "Denmark") in got
    assert ("Ramon Ortega", "leaderOf", "Venezuela") in got
    # a minister, or a name alone after its country, is not the country's leader
    assert ("Pablo Ruiz", "leaderOf", "Spain") not in got
    assert ("Igor Lemov", "leaderOf", "Russia") not in got


def test_the_new_chief_executive_heads_the_company_the_story_is_about(graph_of):
    g = graph_of(
        "Orvik Shipping said on Monday that its chairman would retire. Orvik Shipping shares "
        "fell 3%. The new chief executive, Pieter Anselm, has spent his whole career at "
        "Orvik Shipping. The new striker, Tom Rask, scored twice."
    )
    got = facts(g)
    assert ("Pieter Anselm", "leaderOf", "Orvik Shipping") in got
    assert not {(s, p) for s, p, o in got if s == "Tom Rask"}


def test_emir_and_sultan_lead_their_states(graph_of):
    g = graph_of(
        "Egyptian President Omar Fadel; the Emir of Qatar, Sheikh Hamad bin Rashid Al Nuaimi; "
        "and Turkey's president, Kemal Arslan, signed the accord. "
        "Qatar's Emir Sheikh Hamad bin Rashid Al Nuaimi later met the Sultan of Oman, Haitham "
        "Said, and Qatar's former emir, Khalid bin Nasser."
    )
    got = facts(g)
    assert ("Hamad bin Rashid Al Nuaimi", "leaderOf", "Qatar") in got
    assert ("Haitham Said", "leaderOf", "Oman") in got
    assert ("Khalid bin Nasser", "leaderOf", "Qatar") not in got


def test_minister_of_a_portfolio_of_a_country_before_the_name(graph_of):
    g = graph_of(
        "Foreign Minister Jan Olsen held a phone call with Minister of Foreign Affairs of "
        "the Republic of Turkey Kemal Arslan. Minister for Foreign Affairs of Poland Anna "
        "Zielinska joined. President of the Republic of Korea Kim Dong-su spoke later."
    )
    got = facts(g)
    assert ("Anna Zielinska", "memberOf", "Poland") in got
    assert ("Anna Zielinska", "leaderOf", "Poland") not in got
    assert ("Kim Dong-su", "leaderOf", "South Korea") in got
    assert {p for s, p, o in got if s == "Kemal Arslan" and "Turkey" in o} == {"memberOf"}


def test_a_continents_demonym_before_a_title_names_its_union_not_the_continent(graph_of):
    alone = graph_of("The session was chaired alongside European Commissioner Valdis Rudzitis.")
    assert ("Valdis Rudzitis", "memberOf", "Europe") not in facts(alone)
    named = graph_of("European Commissioner Valdis Rudzitis met the European Union envoy.")
    assert ("Valdis Rudzitis", "memberOf", "European Union") in facts(named)
    state = graph_of("Texas Governor Greg Holt spoke after the vote.")
    assert ("Greg Holt", "leaderOf", "Texas") in facts(state)


def test_a_party_noun_before_a_name_in_apposition_makes_it_a_member(graph_of):
    g = graph_of(
        "The Republican Party backed the bill. At least one Republican, Sen. Tom Harlan of "
        "Kentucky, has said he will vote against it."
    )
    assert ("Tom Harlan", "memberOf", "Republican Party") in facts(g)
    aide = graph_of(
        "The Republican Party backed the bill. A Republican aide said Sen. Tom Harlan, a "
        "hawk, would vote no."
    )
    assert ("Tom Harlan", "memberOf", "Republican Party") not in facts(aide)


def test_a_name_after_the_dateline_is_the_subject_of_its_appointment(graph_of):
    g = graph_of(
        "OSLO – Nikos Petrou, Greece's Minister of Finance, was elected president of the "
        "Nordic Council on Thursday."
    )
    assert ("Nikos Petrou", "leaderOf", "Nordic Council") in facts(g)
    assert not {(s, p, o) for s, p, o in facts(g) if s in {"Oslo", "OSLO"}}


def test_taking_over_an_office_named_as_such_gives_its_holders_role(graph_of):
    g = graph_of(
        "Ana Ruiz took over the presidency of the Nordic Council in May. "
        "Her deputy, Tom Rask, will take over the regional leadership of the Unity Party. "
        "Lena Ost took over the building of the Harbour Authority."
    )
    got = facts(g)
    assert ("Ana Ruiz", "leaderOf", "Nordic Council") in got
    assert ("Tom Rask", "memberOf", "Unity Party") in got
    assert ("Tom Rask", "leaderOf", "Unity Party") not in got
    assert not {(s, p) for s, p, o in got if s == "Lena Ost"}


def test_two_titles_joined_by_and_before_a_name(graph_of):
    g = graph_of(
        "Kovania's chief negotiator and security council secretary Rudolf Amarov arrived on "
        "Monday. Polish Deputy Prime Minister and Foreign Minister Tom Rask also came. "
        "Czech Prime Minister and Defence Minister Ivo Marek spoke. "
        "Talks between Anna Holm and Foreign Minister Jan Berg of Kovania ended."
    )
    got = facts(g)
    assert ("Rudolf Amarov", "memberOf", "Kovania") in got
    assert ("Tom Rask", "memberOf", "Poland") in got
    assert ("Tom Rask", "leaderOf", "Poland") not in got
    assert ("Ivo Marek", "leaderOf", "Czech Republic") in got
    assert not {(s, p) for s, p, o in got if s == "Anna Holm" and p != "met"}


def test_taking_office_or_charge_as_a_title(graph_of):
    g = graph_of(
        "Tom Rask, who took office in January as president of the Nordic Council, left. "
        "Ana Ruiz took charge as chair of the Harbour Authority in May. "
        "Lena Ost took part as an observer of the Nordic Council."
    )
    got = facts(g)
    assert ("Tom Rask", "leaderOf", "Nordic Council") in got
    assert ("Ana Ruiz", "leaderOf", "Harbour Authority") in got
    assert not {(s, p) for s, p, o in got if s == "Lena Ost"}


@pytest.mark.parametrize("text", [
    "Harrell Chairman, President and CEO William Bronte said the companies fit well.",
    "Harrell chairman, president and chief executive William Bronte said the deal was fair.",
])
def test_titles_listed_before_a_name_are_of_the_body_before_them(graph_of, text):
    assert ("William Bronte", "leaderOf", "Harrell") in facts(graph_of(text))


def test_a_list_of_names_and_titles_gives_no_title_to_the_first_name(graph_of):
    got = facts(graph_of("Ana Roe, chairman and CEO William Bronte met on Monday."))
    assert not {f for f in got if f[0] == "Ana Roe" and f[1] in {"leaderOf", "memberOf"}}


@pytest.mark.parametrize(
    "text",
    [
        "Republican Charlie Bakerton, the incoming governor of Massachusetts, said it was useful.",
        "Incoming Governor Charlie Bakerton of Massachusetts said the meeting was useful.",
        "President-elect Charlie Bakerton of Valdoria said the meeting was useful.",
    ],
)
def test_an_incoming_or_elected_holder_does_not_hold_the_office_yet(graph_of, text):
    assert not [f for f in facts(graph_of(text)) if f[1] == "leaderOf"]


def test_a_governor_of_a_state_written_after_the_name_leads_it(graph_of):
    got = facts(graph_of("Governor Charlie Bakerton of Massachusetts said the meeting was "
                         "useful, and the incoming mayor agreed."))
    assert ("Charlie Bakerton", "leaderOf", "Massachusetts") in got
