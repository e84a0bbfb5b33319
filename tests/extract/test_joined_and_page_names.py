"""Names of places joined by hyphens and small words, and the words of a page that name
nothing: sections, mastheads' labels, months."""

import pytest
from spacy.tokens import Span

from kg.extract.mentions import find_candidates

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_place_joined_by_hyphens_and_a_small_word_is_one_place(graph_of):
    got = entities(graph_of(
        "The two leaders met at Vell-a-Moran, his estate in Florida, on Sunday. Drones hit "
        "Kalach-on-Volga overnight, and the mayor of Harwick-upon-Dene said it was quiet."
    ))
    assert got.get("Vell-a-Moran") == "Place"
    assert got.get("Kalach-on-Volga") == "Place"
    assert got.get("Harwick-upon-Dene") == "Place"
    assert not {"Vell", "Moran", "Kalach", "Volga", "Dene"} & set(got)


def test_a_council_of_a_joined_place_stays_a_body(graph_of):
    got = entities(graph_of(
        "On Monday the leader of Brenmouth-on-Sea Borough Council resigned."))
    assert got.get("Brenmouth-on-Sea Borough Council") == "Organization"


def test_hyphens_between_names_without_a_joiner_join_no_place(graph_of):
    got = entities(graph_of(
        "Foreign Minister Anne-Marie Tolven said the Russia-Ukraine talks and the "
        "Franco-German plan would resume in Geneva."
    ))
    assert got.get("Anne-Marie Tolven") == "Person"
    assert got.get("Russia") == "Place" and got.get("Ukraine") == "Place"
    assert not [label for label in got if label.startswith("Russia-")]


def test_a_tagged_list_ending_in_and_is_its_names(nlp):
    # the tagger reads the middle of a list as one name at times: whatever it reads, each
    # name of the list is one of its own
    doc = nlp("Troops would pull back from the Velmor, Dravik, Osterno and Kalish regions.")
    first = next(t.i for t in doc if t.text == "Dravik")
    doc.ents = [Span(doc, first, first + 4, label="ORG")]  # "Dravik, Osterno and"
    got = {doc[c.start:c.end].text for c in find_candidates(doc)}
    assert {"Dravik", "Osterno"} <= got
    assert not [name for name in got if "," in name or name.endswith(" and")]


def test_an_and_inside_a_body_s_name_stays(graph_of):
    got = entities(graph_of("The Bureau of Industry and Security said the rule stands."))
    assert got.get("Bureau of Industry and Security") == "Organization"


def test_a_month_after_a_word_of_time_names_no_one(nlp):
    doc = nlp("Kell, who faces a challenger next May, told the paper the vote was easy.")
    may = next(t.i for t in doc if t.text == "May")
    doc.ents = [Span(doc, may, may + 1, label="ORG")]  # as the tagger reads it at times
    assert "May" not in {doc[c.start:c.end].text for c in find_candidates(doc)}


def test_a_month_before_a_noun_names_no_one(nlp):
    doc = nlp("The team played in the shadow of the May conflict between the two countries.")
    may = next(t.i for t in doc if t.text == "May")
    doc.ents = [Span(doc, may, may + 1, label="ORG")]
    assert "May" not in {doc[c.start:c.end].text for c in find_candidates(doc)}


def test_a_person_named_like_a_month_stays(graph_of):
    got = entities(graph_of("Prime Minister Theresa Lunn met April Ferris in Leeds. "
                            "April Ferris said the talks went well."))
    assert got.get("April Ferris") == "Person"


def test_members_of_a_parliament_by_their_title_are_no_body(nlp):
    doc = nlp("MEPs and MPs.")  # a headline's words, which the tagger may read as a body
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG")]
    assert not find_candidates(doc)


PAGE = """THE ORRIN LEDGER
Press Releases

Corvale Mining names Ada Strand as chief executive

WKVR 9 | Eastern Vale News
By Tom Pell | KVX News

Ada Strand, who ran Corvale's mines, takes over in May.

BACKGROUND

Corvale Mining was founded in Orrin in 1951, KVX News reported.
"""


def test_a_page_s_labels_and_sections_name_no_body(graph_of):
    got = entities(graph_of(PAGE))
    assert not {"Press Releases", "Releases", "BACKGROUND", "Background", "Eastern Vale News",
                "Eastern Vale"} & set(got)
    assert got.get("KVX News") == "Organization"  # the outlet after a byline stays


def test_a_masthead_in_capitals_is_one_name(nlp):
    doc = nlp(PAGE)
    doc.ents = [Span(doc, 1, 2, label="ORG")]  # "ORRIN", as the tagger reads it at times
    assert "ORRIN LEDGER" in {doc[c.start:c.end].text for c in find_candidates(doc)}


def test_a_body_named_with_the_place_it_works_in_keeps_the_place(graph_of):
    got = entities(graph_of(
        "The talks include Niger and the United Nations Observer Force in Chad (UNOFC), "
        "which hosts them. The Joint Mission in South Sudan (JMISS) said so."
    ))
    assert got.get("United Nations Observer Force in Chad") == "Organization"
    assert got.get("Joint Mission in South Sudan") == "Organization"
    assert got.get("Niger") == "Place"


def test_a_place_whose_initial_is_not_in_the_acronym_stays_apart(graph_of):
    got = entities(graph_of(
        "The Electoral Commission in Kenya (IEBC) said turnout was high. Protesters "
        "gathered outside the Parliament in Georgia (AFP) on Sunday."
    ))
    assert "Electoral Commission in Kenya" not in got and got.get("Kenya") == "Place"
    assert "Parliament in Georgia" not in got


def test_declarations_and_communiques_are_plans_opened_by_their_parties(graph_of):
    got = entities(graph_of(
        "Tokyo's position rests on the 1978 Japan-China Joint Communique, he said. The summit "
        "ended with the Varna Declaration, and Canada left the Summit Joint Communique."
    ))
    assert got.get("Japan-China Joint Communique") == "Plan"
    assert got.get("Varna Declaration") == "Plan"
    assert "China Joint Communique" not in got


def test_places_joined_before_talks_stay_places(graph_of):
    got = entities(graph_of("The Japan-China talks ended in Beijing without a thaw."))
    assert got.get("Japan") == "Place" and got.get("China") == "Place"


def test_writers_beside_their_cities_in_a_byline_are_people(graph_of):
    got = entities(graph_of(
        "Beijing and Tokyo talks end without a thaw\n\n"
        "By Ong Wei Lin in Beijing and Tobari Ekiko in Tokyo\n\n"
        "Live coverage by Mara Kellin (now) and Joss Varga (earlier), with Sutrisno in Jakarta\n\n"
        "The talks ended on Tuesday in Beijing, officials said.\n"
    ))
    assert got.get("Tobari Ekiko") == "Person"
    assert got.get("Mara Kellin") == "Person" and got.get("Joss Varga") == "Person"
    assert got.get("Beijing") == "Place" and got.get("Tokyo") == "Place"


def test_reporters_beside_their_cities_in_a_wire_credit_are_people(graph_of):
    graph = graph_of(
        "The talks ended on Friday without a deal, officials said.\n"
        "(Reporting by Ilse Maarten in Geneva and Taras Vovk in Lviv; Editing by Ora Pell)\n"
    )
    got = entities(graph)
    assert got.get("Taras Vovk") == "Person" and got.get("Ilse Maarten") == "Person"
    assert got.get("Lviv") == "Place"
    assert not any(s == "Taras Vovk" and p == "locatedIn" for s, p, _ in facts(graph))


def test_the_outlet_after_a_writer_is_no_person(graph_of):
    got = entities(graph_of(
        "Talks resume\n\nBy Jay Orme, Coast News Network\n\nOfficials met on Monday.\n"))
    assert got.get("Coast News Network") == "Organization"


def test_a_body_s_portfolio_after_of_is_no_title(graph_of):
    got = entities(graph_of(
        "The Department of Justice unsealed an indictment. The High Council of Justice "
        "dismissed two judges."
    ))
    assert got.get("Department of Justice") == "Organization"
    assert got.get("High Council of Justice") == "Organization"
    assert not [label for label in got if label.endswith(" of")]
    got = entities(graph_of("The Ministry of Justice in Varnia agreed on Monday."))
    assert got.get("Ministry of Justice") == "Organization"


def test_a_minister_of_a_portfolio_before_a_name_is_a_title(graph_of):
    got = entities(graph_of("The Minister of Justice Ana Roe met Secretary of State Tom Bell."))
    assert got.get("Ana Roe") == "Person" and got.get("Tom Bell") == "Person"


def test_a_name_a_person_is_also_known_by_after_who_is_is_the_person(graph_of):
    got = entities(graph_of(
        "Prosecutors charged Lin Feng, who is also known as Marlow, with fraud. Marlow "
        "denies the charges. Dora Pell, who was known as Norland's best judge, retired."
    ))
    assert got.get("Lin Feng") == "Person" and "Marlow" not in got
    assert got.get("Norland") != "Person"


def test_a_person_after_a_title_of_the_portfolio_is_found(graph_of):
    got = entities(graph_of(
        '"We will act," said Secretary of the Treasury Tomas Brell. Later, Minister of the '
        "Interior Ana Roe met him in Lisbon with Minister of Economy Oleksii Varenko."
    ))
    assert got.get("Tomas Brell") == "Person"
    assert got.get("Ana Roe") == "Person"
    assert got.get("Oleksii Varenko") == "Person"


def test_a_plural_noun_opening_a_quotation_is_no_name(graph_of):
    got = entities(graph_of(
        "Officials spoke on Monday.\n\n"
        '"Scammers in Southeast Asia have drained the savings of pensioners," said Ana Roe.'
    ))
    assert "Scammers" not in got
    assert got.get("Ana Roe") == "Person"


def test_an_industrial_site_named_for_what_it_does_is_a_place(graph_of):
    got = entities(graph_of(
        "Drones struck near the Velmorsk Nuclear Power Plant overnight, and a fire broke out "
        "at the Tarvik Oil Refinery. The Orrin Motors Plant cut shifts."
    ))
    assert got.get("Velmorsk Nuclear Power Plant") == "Place"
    assert got.get("Tarvik Oil Refinery") == "Place"
    assert got.get("Orrin Motors Plant") != "Place"


def test_an_acronym_no_known_place_has_is_a_body(nlp):
    doc = nlp("Ana Roe, the data protection officer of VELTRA, won 11 votes in the UAE.")
    acronym = next(t.i for t in doc if t.text == "VELTRA")
    country = next(t.i for t in doc if t.text == "UAE")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, acronym, acronym + 1, label="GPE"),
                Span(doc, country, country + 1, label="GPE")]  # as the tagger reads CERN
    votes = {doc[c.start:c.end].text: c.votes for c in find_candidates(doc)}
    assert votes["VELTRA"]["Organization"] > votes["VELTRA"]["Place"]
    assert votes["UAE"]["Place"] > votes["UAE"]["Organization"]


def test_air_and_a_country_is_an_airline(nlp):
    doc = nlp("On Monday, Air China and Air Marshal Ana Roe said flights to Japan would resume.")
    doc.ents = [Span(doc, 3, 5, label="GPE")]  # "Air China", as the tagger reads it at times
    votes = {doc[c.start:c.end].text: c.votes for c in find_candidates(doc)}
    assert votes["Air China"]["Organization"] > votes["Air China"]["Place"]
    assert all(not name.startswith("Air Marshal") or votes[name]["Organization"] < 3
               for name in votes)


def test_a_title_in_quotes_after_titled_or_branded_names_no_one(graph_of):
    got = entities(graph_of(
        'The phone-in, branded "Verdicts of the Season", began in Orrin. The institute '
        'published a report titled "Fragile Peace in Velmoria" on Monday, said Ana Roe.'
    ))
    assert not [label for label in got if label.startswith(("Verdicts", "Fragile"))]
    assert got.get("Ana Roe") == "Person"


def test_a_region_before_a_country_noun_names_no_place(nlp):
    doc = nlp("Gangs have overrun much of the Caribbean country, and the Kenya country office "
              "said aid was late.")
    region = next(t.i for t in doc if t.text == "Caribbean")
    kenya = next(t.i for t in doc if t.text == "Kenya")
    doc.ents = [Span(doc, region, region + 1, label="LOC"),
                Span(doc, kenya, kenya + 1, label="GPE")]
    got = {doc[c.start:c.end].text for c in find_candidates(doc)}
    assert "Caribbean" not in got and "Kenya" in got


def test_the_opening_words_of_a_company_s_name_are_the_company(graph_of):
    got = entities(graph_of(
        "Among those designated today are Lin Bao Group and Jade Harbour Resorts World Ltd., a "
        "compound built by a subsidiary. Workers who tried to flee Jade Harbour were beaten. "
        "Hong Kong Airlines Ltd. cut flights to Hong Kong."
    ))
    assert "Jade Harbour" not in got  # one entity with the whole name
    assert got.get("Jade Harbour Resorts World Ltd") == "Organization"
    assert got.get("Hong Kong") == "Place"


def test_a_person_a_company_is_named_after_stays_a_person(graph_of):
    got = entities(graph_of(
        "The shares were bought by Datuk Ravi Chong Lim via Ravi Chong Lim Holdings Sdn Bhd. "
        "Ravi Chong Lim is an executive director of the firm."
    ))
    assert got.get("Ravi Chong Lim") == "Person"


def test_a_body_named_joint_keeps_the_word(graph_of):
    # "joint" qualifies a title ("joint secretary") and opens bodies' names too
    got = entities(graph_of(
        "The Joint Workers Action Committee (JWAC) of the Capital Authority locked the gates on "
        "Monday.\nThe joint secretary of the board, Ada Obi, said talks had failed."))
    assert got.get("Joint Workers Action Committee") == "Organization"
    assert "Workers Action Committee" not in got
