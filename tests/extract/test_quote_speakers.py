"""Who speaks a quotation when the attribution names no one: "the President said",
"he said" after a description or after sentences of quotation, and sources that
are not named. Paragraphs written for these tests."""

import pytest
import spacy

from kg.extract.context import ArticleContext
from kg.extract.quotes import _a_body
from kg.ingest import make_article
from kg.model import Mention

from .helpers import entities, quotes

pytestmark = pytest.mark.slow


def speaker_of(got: set[tuple[str | None, str]], start: str) -> set[str | None]:
    return {s for s, t in got if t.startswith(start)}


# --- "the President said": of several presidents, the one the sentence before is about


@pytest.mark.parametrize(
    ("lead", "said"),
    [
        ("President Lena Okoro held a phone call with the two envoys.", "the President said"),
        ("In her opening remarks, President Okoro welcomed her guest.", "the president added"),
        ("President Okoro spoke to reporters at the airport.", "the President told them"),
    ],
)
def test_the_president_is_the_subject_of_the_sentence_before(graph_of, lead, said):
    g = graph_of(
        "President Tomas Reyvik of Valdoria received President Lena Okoro of Marundi in "
        f"Port Alder on Monday.\n\n{lead} “The conversation was useful, although not "
        f"easy,” {said}."
    )
    assert speaker_of(quotes(g), "The conversation was useful") == {"Lena Okoro"}


def test_the_minister_of_several_is_the_one_just_named(graph_of):
    g = graph_of(
        "Foreign Minister Aron Talvik of Estmark met Foreign Minister Ines Caldera of Ruvia "
        "in Lisbon.\n\nMinister Talvik later briefed reporters on the talks. “We agreed on "
        "far more than we expected,” the minister said."
    )
    assert speaker_of(quotes(g), "We agreed on far more") == {"Aron Talvik"}


def test_the_president_stays_unknown_when_the_sentence_before_names_neither(graph_of):
    g = graph_of(
        "President Tomas Reyvik of Valdoria received President Lena Okoro of Marundi in "
        "Port Alder on Monday.\n\nReporters waited outside the palace for three hours. "
        "“The conversation was useful, although not easy,” the President said."
    )
    assert speaker_of(quotes(g), "The conversation was useful") <= {None}


# --- "he said" after a description that opens the sentence before


def test_he_after_the_crown_prince_is_the_prince(graph_of):
    g = graph_of(
        "President Dale Morrow welcomed Crown Prince Faisal bin Harun to the capital on "
        "Tuesday.\n\nOn that point the crown prince gave his host only half of what he "
        "wanted. “We want to be part of the agreement,” he said."
    )
    assert speaker_of(quotes(g), "We want to be part") == {"Faisal bin Harun"}


def test_she_after_the_minister_is_the_minister(graph_of):
    g = graph_of(
        "Prime Minister Oren Vasko and Finance Minister Ilse Brandt presented the budget "
        "on Friday.\n\n"
        "The finance minister later met the bank's board for two hours. “The budget will "
        "be balanced within three years,” she said."
    )
    assert speaker_of(quotes(g), "The budget will be balanced") == {"Ilse Brandt"}


def test_he_after_a_description_no_one_holds_is_no_one_named_before(graph_of):
    g = graph_of(
        "President Dale Morrow opened the new stadium on Sunday.\n\n"
        "The head coach watched the first match from the stands. “We will need a "
        "few months to get used to this pitch,” he said."
    )
    assert "Dale Morrow" not in speaker_of(quotes(g), "We will need a few months")


# --- "he said" past sentences of quotation


def test_he_looks_past_sentences_of_quotation(graph_of):
    g = graph_of(
        "Dale Morrow announced the measures hours after calling off a summit with the "
        "Valdorian leader. “It just did not feel right to me,” he told reporters in the "
        "Oval Office, where he was meeting Secretary General Piet Vander. “Every time I "
        "speak with them I have good talks, and then they go nowhere.”\n\n"
        "He said he hoped the measures would not stay in place for long. “These are "
        "tremendous measures. Hopefully the war will be settled,” he said."
    )
    assert speaker_of(quotes(g), "These are tremendous measures") == {"Dale Morrow"}


def test_he_after_a_named_lead_in_to_a_quotation(graph_of):
    g = graph_of(
        "Envoy Tariq Osei said the talks were going well. “We have clear instructions,” "
        "he wrote.\n\nMarco Lindqvist, opening the meeting: “We want to see the end of the "
        "fighting. We are sure both sides want peace.” He thanked the delegation for "
        "travelling “at a difficult time for their country and their families”."
    )
    assert speaker_of(quotes(g), "at a difficult time") == {"Marco Lindqvist"}


def test_a_surname_tagged_as_a_common_noun_is_still_the_speaker(graph_of):
    g = graph_of(
        "Senate Minority Leader Colm Rivers and Speaker Dana Holt attended the meeting.\n\n"
        "Rivers, speaking a few minutes later, described the talks differently.\n\n"
        "“There was a frank and direct discussion with the President,” he said. “But "
        "significant differences remain.”"
    )
    assert speaker_of(quotes(g), "There was a frank") == {"Colm Rivers"}


# --- a quotation closed by a full stop, then a new sentence


def test_a_new_sentence_after_a_quote_is_not_its_attribution(graph_of):
    g = graph_of(
        "Crown Prince Faisal bin Harun spoke after the dinner. “We want to be part of the "
        "accords,” he said. “But we also want a clear path to a settlement.” Prime "
        "Minister Oren Vasko's government rejects that, and officials said no date had "
        "been set."
    )
    got = quotes(g)
    assert speaker_of(got, "We want to be part of the accords") == {"Faisal bin Harun"}
    assert all(s == "Faisal bin Harun" for s, t in got if "clear path" in t)


@pytest.mark.parametrize(
    "attribution",
    ["Ines Caldera said on Monday.", "the minister, Ines Caldera, said.", "said Ines Caldera."],
)
def test_an_attribution_right_after_a_full_stop_still_counts(graph_of, attribution):
    g = graph_of(
        f"Foreign Minister Ines Caldera of Ruvia flew home. “We have done what we came to "
        f"do here.” {attribution}"
    )
    assert speaker_of(quotes(g), "We have done what we came") == {"Ines Caldera"}


# --- sources the article does not name


@pytest.mark.parametrize(
    "source",
    [
        "One Republican senator, who asked not to be named, said",
        "A diplomat familiar with the talks said",
        "Two officials said",
    ],
)
def test_an_unnamed_source_keeps_the_quote_without_a_speaker(graph_of, source):
    g = graph_of(
        "Senator Ada Morrow hosted the breakfast on Wednesday.\n\n"
        f"{source} the discussion had been “friendly, but nobody stood up and volunteered”."
    )
    assert speaker_of(quotes(g), "friendly, but nobody stood up") == {None}


def test_words_quoted_inside_a_sentence_of_a_text_are_not_kept(graph_of):
    g = graph_of(
        "Senator Ada Morrow hosted the breakfast on Wednesday.\n\n"
        "A report by the audit office said the programme had been “badly managed from "
        "the very first day”."
    )
    assert not speaker_of(quotes(g), "badly managed from")


def test_words_quoted_inside_a_sentence_of_a_vague_subject_are_not_kept(graph_of):
    g = graph_of(
        "Senator Ada Morrow hosted the breakfast on Wednesday.\n\n"
        "The mood said the discussion had been “friendly, but nobody stood up and "
        "volunteered”."
    )
    assert not speaker_of(quotes(g), "friendly, but nobody")


def test_he_after_a_description_of_the_person_named_just_before(graph_of):
    g = graph_of(
        "President Anton Ruvik of Valdoria met President Dale Morrow on Tuesday.\n\n"
        "Dale Morrow has just spoken about the meeting. The US president said the pair "
        "came away hopeful, but that Ruvik would have to move first. “It takes two to "
        "settle a war like this one,” he told reporters."
    )
    assert speaker_of(quotes(g), "It takes two to settle") == {"Dale Morrow"}


def test_she_after_a_description_with_the_name_in_apposition(graph_of):
    g = graph_of(
        "The draft received twelve votes in favour.\n\n"
        "Valdoria's permanent representative to the United Nations, Dame Orla Penrith, "
        "called the veto “a gift to every armed group at sea”. “Today the council could "
        "have protected the crews. One member chose not to,” she told the chamber."
    )
    assert speaker_of(quotes(g), "Today the council could") == {"Orla Penrith"}


# --- "the 58-year-old added": a person named by age, as "he" or "she" would be


@pytest.mark.parametrize("aged", ["the 58-year-old added", "the 31-year-old striker said"])
def test_a_speaker_named_by_age_is_the_person_just_quoted(graph_of, aged):
    g = graph_of(
        "Foreign Minister Rui Tavora met his counterpart, Elena Marquez, on Friday.\n\n"
        "“We have agreed to open the border crossings again,” said Tavora, a former "
        "diplomat who spent a decade at the United Nations.\n\n"
        f"“Nobody should underestimate how hard this was,” {aged}."
    )
    assert speaker_of(quotes(g), "Nobody should underestimate") == {"Rui Tavora"}


@pytest.mark.parametrize(("text", "speaker"), [
    # the one whose age the article gave, though another is the story's subject
    ("President Ana Ruiz met veteran activist Joseph Okon, 81, on Sunday. “I have waited "
     "decades for this,” the 81-year-old said.", "Joseph Okon"),
    ("President Ana Ruiz met 81-year-old activist Joseph Okon on Sunday. “I have waited "
     "decades for this,” the 81-year-old said.", "Joseph Okon"),
    # no age given: the person the story is about, past a sentence about her party's past
    ("President Ana Ruiz was re-elected on Sunday. Her party has governed since Joseph Okon "
     "led it to victory in 1994. “It is an honour to serve again,” the 66-year-old leader "
     "said.", "Ana Ruiz"),
    ("Opposition leader Mara Lind won Saturday's vote. Lind was introduced by Penny Worth at "
     "the rally. “Thank you for this honour,” the 59-year-old leader said.", "Mara Lind"),
])
def test_a_speaker_named_by_age_is_the_one_of_that_age_or_the_story_s(graph_of, text,
                                                                     speaker):
    g = graph_of(text)
    quote = next(q for _, q in quotes(g))
    assert speaker_of(quotes(g), quote[:12]) == {speaker}


def test_an_age_given_to_two_people_decides_nothing(graph_of):
    g = graph_of("Ana Ruiz, 66, met Tom Brask, 66, in Lagos on Sunday. Ruiz spoke first. "
                 "“We agreed on everything that matters to the region,” the 66-year-old "
                 "said.")
    assert speaker_of(quotes(g), "We agreed on") == {"Ana Ruiz"}


# --- a few words quoted at the end of what a named person is reported to have said


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance Minister Joaquim Belo had warned on his way into the meeting that the "
        "candidate faced “a very difficult race”, pointing to the rules of the vote.",
        "Finance Minister Joaquim Belo described the first round as “very disappointing”.",
        "Finance Minister Joaquim Belo said on Monday that the vote had been “a disgrace”.",
        "Finance Minister Joaquim Belo told a news conference that rates would stay high, "
        "noting that inflation was “still far above target”.",
        "Chancellor Frieda Maier met Finance Minister Joaquim Belo, who called the meeting "
        "“very productive”.",
        "According to Finance Minister Joaquim Belo, the budget “ignores the south”.",
        # a quoted predicate the reported clause goes on after
        "Finance Minister Joaquim Belo told reporters that Valdoria was “on the whole "
        "satisfied” and ready to talk.",
        "Finance Minister Joaquim Belo said the two sides had discussed “raising the level” "
        "of the delegations.",
        "Finance Minister Joaquim Belo described inflation as an “urgent and lasting "
        "threat” to growth.",
        "A ministry spokeswoman, Joaquim Belo, said the government remained committed to "
        "“putting farmers first” and to lower taxes.",
    ],
)
def test_a_short_quote_ending_a_named_persons_reported_words_is_theirs(graph_of, sentence):
    g = graph_of(f"The ministers met in Brussels on Monday.\n\n{sentence}")
    (quote,) = quotes(g)
    assert quote[0] == "Joaquim Belo"


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence goes on after the quoted words: a scare quote
        "Finance Minister Joaquim Belo said the “peace plan” was dead on arrival.",
        # no speech verb reports them
        "Finance Minister Joaquim Belo visited the “new campus” on Monday.",
        # a pronoun: too often someone else than the last person named
        "Ilse Brandt met the minister, and he said the vote had been “a disgrace”.",
        "He denied that Ilse Brandt had accepted the offer, saying it would be “studied”.",
        "President Ilse Brandt came to power promising to “clean house.” Critics doubt it.",
        # framed by nothing but "according to" at the end of a long sentence
        "Valdoria confirmed the terms, while “final decisions” under the deal would be "
        "made by the two presidents, according to the palace.",
        # the source is a body, or the quoted words do not end the clause
        "According to the ministry, the budget “ignores the south”.",
        "According to Finance Minister Joaquim Belo, the “reform” will fail.",
        # a noun phrase the reported clause goes on after, even of several words
        "Finance Minister Joaquim Belo told reporters the “special military operation” "
        "would go on.",
        "Finance Minister Joaquim Belo said the “rolling back” policy had failed badly.",
    ],
)
def test_other_short_quotes_are_not_quotations(graph_of, sentence):
    g = graph_of(f"The ministers met in Brussels on Monday.\n\n{sentence}")
    assert quotes(g) == set()


# --- a description's country must fit the title


def test_words_a_headline_quotes_are_not_a_quotation_of_its_own(graph_of):
    g = graph_of(
        "Talks resume as Belo says a deal is “very close”\n\n"
        "Finance Minister Joaquim Belo met the envoys in Brussels on Monday."
    )
    assert quotes(g) == set()


def test_the_us_president_is_not_the_one_titled_european(graph_of):
    g = graph_of(
        "European Commission President Greta Lindqvist spoke on Friday.\n\n"
        "Then there is Dale Morrow. On Sunday the US president complained that the other "
        "side “has not even read the proposal yet”, a remark officials called untrue."
    )
    assert "Greta Lindqvist" not in speaker_of(quotes(g), "has not even read")


def test_the_ukrainian_president_is_the_one_titled_president_of_ukraine(graph_of):
    g = graph_of(
        "President Dale Morrow and the President of Ukraine, Oleh Marchuk, spoke on Friday. "
        "Commission President Greta Lindqvist joined them.\n\n"
        "“We are ready to sign when the terms are fair,” the Ukrainian president said."
    )
    assert speaker_of(quotes(g), "We are ready to sign") == {"Oleh Marchuk"}


def test_a_description_is_the_person_the_sentence_before_is_about(graph_of):
    g = graph_of(
        "For months the Commission and its president, Greta Lindqvist, had backed the "
        "loan.\n\nFriedrich Albers had staked a good deal on the other outcome. The German "
        "chancellor left Brussels insisting the assets would stay frozen “for as long as "
        "the war goes on and the damage is not paid for”."
    )
    assert speaker_of(quotes(g), "for as long as the war") <= {"Friedrich Albers", None}
    assert "Greta Lindqvist" not in speaker_of(quotes(g), "for as long as the war")


# --- "he said" after a sentence whose subject is a thing, naming two people


def test_he_is_the_one_person_a_clause_has_as_subject(graph_of):
    g = graph_of(
        "The deadline first came up on Friday, when Mr. Varga told a radio host that "
        "Monday was the right day to sign the plan drafted by his adviser, Ilan Kessel. "
        "“I've set many deadlines,” he said, “but if things go well, you extend them.”"
    )
    assert speaker_of(quotes(g), "I've set many deadlines") == {"Varga"}


def test_he_stays_unknown_when_two_people_are_subjects(graph_of):
    g = graph_of(
        "The deadline first came up on Friday, when Mr. Varga told a radio host that "
        "Ilan Kessel would sign the plan on Monday. "
        "“I've set many deadlines,” he said, “but if things go well, you extend them.”"
    )
    assert speaker_of(quotes(g), "I've set many deadlines") <= {None}


# --- a style of address between a title and the name ("His Excellency")


@pytest.mark.parametrize("style", ["His Excellency", "the Honourable", "Datuk Seri"])
def test_the_title_before_a_style_of_address_names_the_speaker(graph_of, style):
    g = graph_of(
        "Prominent leaders continued to send messages to the new government.\n\n"
        f"The Prime Minister of Norland, {style} Kerstin Aaby, congratulated Prime "
        "Minister Tomas Oyelaran and his team on their win.\n\n"
        "“You take office at a difficult moment for the region,” the Prime Minister said."
    )
    # the name may keep the style's last word ("Seri Kerstin Aaby"): the person is the same
    (speaker,) = speaker_of(quotes(g), "You take office")
    assert speaker is not None and speaker.endswith("Kerstin Aaby")


def test_a_style_of_address_does_not_make_two_presidents_one(graph_of):
    g = graph_of(
        "The President of the Republic, Kofi Arthur Mensa-Bonsu, held a lunch in honour "
        "of the President of Lirania, His Excellency Jomo Kareba, on Monday.\n\n"
        "Proposing a toast, President Mensa-Bonsu noted the long ties of trade between "
        "the two countries.\n\n"
        "“I urge you to stand firm and see it through,” the President said."
    )
    assert speaker_of(quotes(g), "I urge you") == {"Kofi Arthur Mensa-Bonsu"}


# --- "the US president" is no body's president; "there is X" brings X in


def test_a_country_s_president_is_not_a_body_s_president(graph_of):
    g = graph_of(
        "Marta Kellen, the Commission president, says the legal risks can be shared.\n\n"
        "Then there is Dale Morrow. On Sunday the US president complained that the "
        "minister “has not read the proposal yet”, a remark officials said was untrue."
    )
    assert speaker_of(quotes(g), "has not read the proposal") <= {"Dale Morrow", None}


def test_the_body_s_president_is_still_its_president(graph_of):
    g = graph_of(
        "President Dale Morrow met Commission President Marta Kellen in Brussels.\n\n"
        "“We have always worked well with our partners,” the Commission president said."
    )
    assert speaker_of(quotes(g), "We have always worked well") == {"Marta Kellen"}


# --- a quoted predicate in what a described speaker said, the next one joined to it


def test_a_quoted_predicate_of_the_prime_minister_is_his(graph_of):
    g = graph_of(
        "The Prime Minister of Norland, His Excellency Tomas Oyelaran, opened the summit on "
        "Monday.\n\n"
        "In his remarks, the Prime Minister said that the new member “completes the family” "
        "and strengthens the region."
    )
    (speaker,) = speaker_of(quotes(g), "completes the family")
    assert speaker is not None and speaker.endswith("Tomas Oyelaran")


def test_a_quoted_noun_the_sentence_goes_on_after_is_still_a_scare_quote(graph_of):
    g = graph_of(
        "The Prime Minister of Norland, His Excellency Tomas Oyelaran, opened the summit on "
        "Monday.\n\n"
        "In his remarks, the Prime Minister said that the “new member” and its neighbours "
        "would meet again."
    )
    assert not speaker_of(quotes(g), "new member")


# --- the speech verb's subject is the one outside the quotation


def test_a_noun_of_the_quote_parsed_as_a_subject_does_not_hide_the_speaker(graph_of):
    # the parser hangs "reforms" as a second subject of "said"
    g = graph_of(
        "The board named Tessa Brandvik as chair of Holvane Minerals in March.\n\n"
        '"Real progress has been made, but the reforms this company still needs call for '
        'more rigour and more speed," Brandvik said in a statement. "Our new chief has run '
        'large, complicated mines under pressure, and she has done it well."'
    )
    got = quotes(g)
    assert speaker_of(got, "Real progress has been made") == {"Tessa Brandvik"}
    assert any("Our new chief has run" in t for s, t in got if s == "Tessa Brandvik")


# --- a title word inside a place's name is no role description


@pytest.mark.parametrize(
    ("place", "speaker"),
    [("Port-du-Prince", "Lucien Dorvane"), ("Kingsport", "Lucien Dorvane")],
)
def test_he_after_a_sentence_opening_with_a_place_is_the_person_it_names(
    graph_of, place, speaker
):
    # "In Port-du-Prince, X, …, welcomed": the parser may make the place the subject
    g = graph_of(
        f"In {place}, Lucien Dorvane, who heads the Transitional Council of Marvia, welcomed "
        "the result. “This is a turning point in the fight against the gangs that have bled "
        "our families,” he said."
    )
    assert speaker_of(quotes(g), "This is a turning point") == {speaker}


def test_the_prince_named_before_is_still_the_description_s_holder(graph_of):
    # a role word that is no name still stands for the one person given that role
    g = graph_of(
        "Crown Prince Amir Talal received the delegation in Hessa.\n\n"
        "The crown prince thanked his guests for the visit. “We will remember this day for a "
        "long time,” he said."
    )
    assert speaker_of(quotes(g), "We will remember") == {"Amir Talal"}


# --- "X said he had told …": the pronoun of a reported clause is its reporter


def test_he_in_a_clause_x_reports_is_x_not_the_subject_before(graph_of):
    g = graph_of(
        "Foreign Minister Tolva Rask met the envoy in Marlow on Monday.\n\n"
        "Army spokesman Ivo Brenn had commented on the budget last week. Rask said he had "
        "told reporters that his remarks were “not aimed at the army in any way at all”."
    )
    assert speaker_of(quotes(g), "not aimed at the army") == {"Tolva Rask"}


def test_she_through_two_reported_clauses_is_still_the_reporter(graph_of):
    g = graph_of(
        "Kira Holm chairs the Vessa Mining Group.\n\n"
        "Its finance chief, Oren Talby, becomes acting chief executive while the board "
        "searches for a successor. Holm said she had told the board when the new chief "
        "arrived that she was ready to step aside “if the right leader could be found”."
    )
    assert speaker_of(quotes(g), "if the right leader") == {"Kira Holm"}


def test_he_after_another_named_subject_is_that_one(graph_of):
    # the negative: "Rask said Brenn had told him that he …" is Brenn's clause
    g = graph_of(
        "Foreign Minister Tolva Rask met the envoy in Marlow on Monday.\n\n"
        "Army spokesman Ivo Brenn had commented on the budget last week. Rask said Brenn had "
        "told him that he was “not aiming at the government in any way at all”."
    )
    assert speaker_of(quotes(g), "not aiming at the government") == {"Ivo Brenn"}


def test_he_after_a_quote_is_not_the_reporter_of_the_sentence(graph_of):
    # the negative: "…," he said closes a quote; "he" is whom the quote follows
    g = graph_of(
        "The two ministers met in Hanoi on Friday.\n\n"
        "Foreign Minister Lin Wei said the talks were useful; Hao Jun, his counterpart, was "
        "blunter: “We are still far apart on the border,” he said."
    )
    assert speaker_of(quotes(g), "We are still far apart") == {"Hao Jun"}


# --- "the statement" is the text of whoever the sentence naming it says issued it


def test_the_statement_is_its_issuer_s_not_the_agency_reporting_it(graph_of):
    g = graph_of(
        "The Norvik Steel Group says the regional prosecutor is blocking its new mine.\n\n"
        "The press service of Norvik Steel Group announced this in a statement, Harbour News "
        "Agency reports.\n\n"
        "“The actions of the prosecutor's office are illegal and damage the whole region,” "
        "reads the statement.\n\n"
        "“This is an attempt to block one of the largest investment projects in the region,” "
        "reads the statement."
    )
    got = quotes(g)
    assert speaker_of(got, "The actions of the prosecutor") == {"Norvik Steel Group"}
    assert speaker_of(got, "This is an attempt to block") == {"Norvik Steel Group"}


def test_a_statement_issued_by_a_body_is_the_body_s(graph_of):
    g = graph_of(
        "A statement issued by the Tarsin Ports Authority on Friday set out its position on "
        "the strike.\n\n"
        "“The authority will not negotiate while the harbour remains closed to shipping,” the "
        "statement read."
    )
    assert speaker_of(quotes(g), "The authority will not negotiate") == {
        "Tarsin Ports Authority"
    }


def test_a_statement_issued_by_a_person_has_no_speaker(graph_of):
    # the negative: a text is not its signatory
    g = graph_of(
        "A statement issued by Mayor Tessa Quill on Friday set out the city's position on "
        "the strike.\n\n"
        "“The city will not negotiate while the harbour remains closed to shipping,” the "
        "statement read."
    )
    assert speaker_of(quotes(g), "The city will not negotiate") == {None}


# --- "X said … “…”, the BBC reported": X's words, which the outlet reports


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Speaking at a forum in Marlow, Rask said the plan was in fact “the end of "
            "everything our parents built”, the Harbour Times reported on Friday.",
            "the end of everything",
        ),
        (
            "Rask told Channel Nine on Friday that the talks had shown “steady and real "
            "progress over the whole of the last month”, the channel reported.",
            "steady and real progress",
        ),
        (
            "Rask said the plan that the opposition calls the “people's charter” was “one "
            "of the biggest mistakes of the last decade”, the Harbour Times reported.",
            "one of the biggest mistakes",
        ),
    ],
)
def test_the_outlet_reporting_a_quote_is_not_its_speaker(graph_of, sentence, start):
    g = graph_of(f"Foreign Minister Tolva Rask of Estmark spoke in Marlow.\n\n{sentence}")
    assert speaker_of(quotes(g), start) == {"Tolva Rask"}


def test_the_ministry_reporting_a_quote_its_minister_told_is_not_its_speaker(graph_of):
    g = graph_of(
        "Foreign Minister Tolva Rask of Estmark spoke in Marlow.\n\n"
        "Meanwhile, Rask, who expressed concerns over the border, told his counterparts "
        "that \"it is important to keep every channel of talks open,\" the Estmark Foreign "
        "Ministry said."
    )
    assert speaker_of(quotes(g), "it is important") == {"Tolva Rask"}


def test_the_ministry_s_own_words_stay_the_ministry_s(graph_of):
    g = graph_of(
        "Foreign Minister Tolva Rask of Estmark spoke in Marlow.\n\n"
        "\"Talks are needed now more than ever before,\" the Estmark Foreign Ministry said, "
        "after Rask met his counterpart."
    )
    assert speaker_of(quotes(g), "Talks are needed") == {"Estmark Foreign Ministry"}


def test_a_quote_the_outlet_reports_with_no_one_saying_it_stays_unattributed(graph_of):
    # the negative: nobody in the sentence says the words; the outlet is not made to
    g = graph_of(
        "Foreign Minister Tolva Rask of Estmark spoke in Marlow.\n\n"
        "The strike on the broadcaster was “a wicked act and a crime against the press”, "
        "Estmark media reported."
    )
    assert "Tolva Rask" not in speaker_of(quotes(g), "a wicked act")


@pytest.mark.parametrize(
    "lead",
    [
        "But in a release from the Harland Football Federation on Wednesday, they went on "
        "to state that there was insufficient evidence. “The federation has reviewed the "
        "recordings of the match and sees no grounds for a protest,” the release said.",
        "“The federation has reviewed the recordings of the match and sees no grounds for a "
        "protest,” a statement from the Harland Football Federation said.",
    ],
)
def test_a_text_from_a_body_is_the_body_s(graph_of, lead):
    g = graph_of(f"The Harland Football Federation will not appeal the ruling.\n\n{lead}")
    assert speaker_of(quotes(g), "The federation has reviewed") == {
        "Harland Football Federation"
    }


# --- "“…,” it said" with no organisation quoted before: the one the sentence before is about


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Harwick Group said on Friday it would buy Delmar Foods for $2 billion.", "Harwick Group"),
        (
            "The Tarsin Football Association will not appeal the ruling.",
            "Tarsin Football Association",
        ),
        # the negative: "it" is never the person the sentence before is about
        ("Michael Orrin, the chairman of Harwick Group, spoke on Friday.", None),
    ],
)
def test_it_said_is_the_organisation_the_sentence_before_is_about(graph_of, lead, speaker):
    g = graph_of(
        f"{lead}\n\n“This step is being taken to strengthen our position in the home market "
        "for years to come,” it said in a statement."
    )
    assert speaker_of(quotes(g), "This step is being taken") == {speaker}


# --- "the French official": a country alone names no one of a general role


def test_according_to_the_country_s_official_is_not_its_president(graph_of):
    g = graph_of(
        "French President Aron Talvik has been open to talks from the start, Palace "
        "spokesman Ivo Brenn told reporters on Friday.\n\n"
        "According to the French official, only Ruvia's position has changed, because “the "
        "Ruvian side has written into law that the talks may not go on.”"
    )
    assert "Aron Talvik" not in speaker_of(quotes(g), "the Ruvian side has written")


def test_the_palace_official_is_the_one_titled_with_the_palace(graph_of):
    # the positive: a word of the title besides the country still names the holder
    g = graph_of(
        "French President Aron Talvik has been open to talks from the start, Palace "
        "spokesman Ivo Brenn told reporters on Friday.\n\n"
        "“The president was open to talks when the text was agreed, and he still is,” the "
        "Palace official said."
    )
    assert speaker_of(quotes(g), "The president was open") == {"Ivo Brenn"}


# --- a name the parser hung from the verb as no subject is still its subject


def _quotes_reparsed(nlp, text, changes):
    """Quotes of ``text`` parsed with some heads and labels changed as the parser gives
    them for some names: {index: (head index, label)}."""
    from spacy.tokens import Doc

    from kg.extract import extract_article
    from kg.ingest import make_article

    article = make_article("a0.txt", text)
    doc = nlp(article.text)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i, (head, dep) in changes.items():
        heads[i], deps[i] = head, dep
    doc = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=heads,
        deps=deps,
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )
    extraction = extract_article(doc, article)
    return {(q.speaker.name if q.speaker else None, q.text) for q in extraction.quotes}


_MISREAD = (
    "Lawmakers returned on Monday.\n\nHouse Leader Ana Dorvane of Ohio called the bill “toxic "
    "legislation that is completely unserious” and said it was not designed to win support."
)


def test_a_name_parsed_as_an_auxiliary_of_the_verb_is_its_subject(nlp):
    # "Leader" the subject of "Ana", "Ana" an auxiliary of "called", as the parser reads
    # some names
    got = _quotes_reparsed(nlp, _MISREAD, {7: (8, "nsubj"), 8: (12, "aux"), 9: (8, "dobj")})
    assert speaker_of(got, "toxic legislation") == {"Ana Dorvane"}


def test_a_place_before_the_verb_is_no_subject(nlp):
    # the negative: "In Ohio, the bill was called …" names no speaker
    text = (
        "Lawmakers returned on Monday.\n\nIn Ohio, critics called the bill “toxic legislation "
        "that is completely unserious” and said it was not designed to win support."
    )
    got = _quotes_reparsed(nlp, text, {})
    assert "Ohio" not in speaker_of(got, "toxic legislation")


# --- "the Democrat said", "the Texas Republican said": a person, not the party


@pytest.mark.parametrize(
    ("lead", "said", "speaker"),
    [
        (
            "Senator Ana Kessel of Washington voted against the bill on Tuesday.",
            "the Democrat said",
            "Ana Kessel",
        ),
        (
            "Representative Dale Morrow of Texas opposed the measure.",
            "the Texas Republican said",
            "Dale Morrow",
        ),
        (
            "Tomas Reyvik scored twice for Harbour City on Saturday.",
            "the Argentine said",
            "Tomas Reyvik",
        ),
    ],
)
def test_a_member_of_a_party_or_country_is_the_person_before(graph_of, lead, said, speaker):
    g = graph_of(f"{lead}\n\n“We cannot keep spending money we do not have,” {said}.")
    assert speaker_of(quotes(g), "We cannot keep spending") == {speaker}


def test_a_people_is_no_one_speaker(graph_of):
    # the negative: "the Chinese" are a people, not the person named before
    g = graph_of(
        "Minister Tomas Reyvik held talks in Geneva on Monday.\n\n"
        "“We will not accept any pressure from anyone at all,” the Chinese said in a statement."
    )
    assert "Tomas Reyvik" not in speaker_of(quotes(g), "We will not accept")


@pytest.mark.parametrize(
    "said",
    ["the Spaniard told reporters", "the Frenchman said", "the Swede added"],
)
def test_one_person_of_a_country_is_the_person_before(graph_of, said):
    g = graph_of(
        "Marco Silvani won the stage in the mountains on Sunday.\n\n"
        f"“I feel stronger than ever and I want to keep winning for years,” {said}."
    )
    assert speaker_of(quotes(g), "I feel stronger") == {"Marco Silvani"}


def test_a_man_of_a_country_is_no_organisation(graph_of):
    # the negative: "the Frenchman" names no body, though the tagger may make it one
    g = graph_of(
        "Marco Silvani won the stage on Sunday.\n\n"
        "“It was the hardest race of my life and I am proud of it,” the Frenchman said."
    )
    assert "Frenchman" not in entities(g)


@pytest.mark.parametrize(
    ("lead", "said", "speaker"),
    [
        (
            "Tom Okafor scored twice for Rovers on Saturday.",
            "the forward said",
            "Tom Okafor",
        ),
        (
            "Dana Whitlock bought the newspaper for $200 million last year.",
            "the billionaire told the staff",
            "Dana Whitlock",
        ),
        (
            "Veteran goalkeeper Petr Lenz saved two penalties. Coach Ana Ruiz praised her side.",
            "the veteran said",
            "Petr Lenz",
        ),
    ],
)
def test_a_trade_is_the_person_before_or_the_one_so_titled(graph_of, lead, said, speaker):
    g = graph_of(f"{lead}\n\n“The whole team gave everything and we deserved the win,” {said}.")
    assert speaker_of(quotes(g), "The whole team gave") == {speaker}


def test_a_trade_with_its_own_qualifier_is_nobody_named(graph_of):
    # the negative: "the author of the study" may be someone the article never names
    g = graph_of(
        "Professor Lena Brandt welcomed the findings on Monday.\n\n"
        "“The effect was far larger than anyone had expected,” the author of the study said."
    )
    assert "Lena Brandt" not in speaker_of(quotes(g), "The effect was far")


def test_a_participle_after_a_reported_clause_speaks_for_who_reported_it(graph_of):
    g = graph_of(
        "Ben Nichols said the blast happened as the family sat down to breakfast, adding: "
        "“Mercifully, all three of them died instantly and without pain.”"
    )
    assert speaker_of(quotes(g), "Mercifully") == {"Ben Nichols"}


def test_the_person_a_reported_clause_is_about_does_not_add_the_words(graph_of):
    # the negative: the subject of the clause reported is not the one adding the words
    g = graph_of(
        "Minister Lena Holt said Governor Ivo Pajari had resigned on Monday, adding: “The "
        "province will have a new governor before the end of the month.”"
    )
    assert speaker_of(quotes(g), "The province will have") == {"Lena Holt"}


@pytest.mark.parametrize("lead", [
    "A statement on X from Baig's account said:",
    "A post on Baig's account said:",
])
def test_words_posted_from_a_persons_account_are_theirs(graph_of, lead):
    got = quotes(graph_of(
        f'Sher Afzal Baig was arrested on Monday. {lead} "The state has once again proved '
        'how afraid it is of us!"'
    ))
    assert ("Sher Afzal Baig", "The state has once again proved how afraid it is of us!") in got


def test_a_post_on_an_account_nobody_owns_by_name_has_no_speaker(graph_of):
    got = quotes(graph_of('Ana Roe spoke. A post on the Norland Times account said: "She is '
                          'wrong."'))
    assert {speaker for speaker, _ in got} == {None}


def test_envoy_titles_with_the_body_before_the_name(graph_of):
    got = quotes(graph_of(
        '"We will not accept any text that fails to condemn the attack," Acting Norland '
        "Ambassador to the UN Harold Vennick told the Council before the vote. "
        '"This is a sad day," Ostria\'s ambassador to the United Nations Pavel Oskarov said.'
    ))
    assert speaker_of(got, "We will not accept") == {"Harold Vennick"}
    assert speaker_of(got, "This is a sad day") == {"Pavel Oskarov"}


def test_the_one_advised_is_not_the_adviser_who_speaks(graph_of):
    got = quotes(graph_of(
        "Ostria's President Pavel Oskarov met the delegation on Monday. "
        '"This is a sad day," an adviser to President Pavel Oskarov said.'
    ))
    assert speaker_of(got, "This is a sad day") == {None}


def test_he_after_a_family_name_written_first_is_that_person(graph_of):
    got = quotes(graph_of(
        "Foreign Minister Arne Holmsen and his counterpart Wang Lifen from China met in Oslo.\n\n"
        'Meanwhile, Wang told Holmsen: "This year marks an anniversary.\n\n'
        '"Only by reflecting on history can we open up the future."\n\n'
        'He added that the two countries "have a responsibility to promote trust."'
    ))
    assert speaker_of(got, "have a responsibility") == {"Wang Lifen"}


def test_he_after_a_body_named_like_a_given_name_is_not_that_body(graph_of):
    got = quotes(graph_of(
        "Arne Holmsen, the chief executive of Kestrel Motors, spoke in Oslo. Kestrel said "
        "sales fell.\n\n"
        'He added that the company "has a responsibility to its workers."'
    ))
    assert speaker_of(got, "has a responsibility") == {"Arne Holmsen"}


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marek met a Vanguard Front delegation in Tarsk. \"The talks were positive and "
        "useful,\" the group said.",
        "Vanguard Front leader Ivo Marek met Pal Dunn on Thursday \"for discussions on the "
        "current situation,\" the militant group said.",
        "A Vanguard Front delegation met Pal Dunn, head of Kalmar's General Intelligence "
        "Service, in Tarsk. The talks covered \"the second phase of the agreement,\" the group "
        "said in a statement.",
    ],
)
def test_the_group_is_the_one_body_acting_just_before(graph_of, text):
    got = {s for s, t in quotes(graph_of(text))}
    assert got == {"Vanguard Front"}


@pytest.mark.parametrize(
    "text",
    [
        # an outlet spoken to is no group
        "Ivo Marek told Reuters on Monday that talks had stalled. \"We are ready to return to "
        "the talks,\" the group said.",
        # an organ of a state is no group
        "The Kalmar Intelligence Service said on Monday that talks had stalled. \"We are "
        "ready to return to the talks,\" the group said.",
    ],
)
def test_the_group_stays_unknown_without_one_body_acting(graph_of, text):
    got = {s for s, t in quotes(graph_of(text))}
    assert got <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "\"We will not allow this to happen under any circumstances,\" Dan Avital's office "
        "said in a statement.",
        "\"We will not allow this to happen under any circumstances,\" the office of Prime "
        "Minister Dan Avital said.",
    ],
)
def test_a_person_s_office_speaks_the_person_s_words(graph_of, text):
    assert {s for s, _ in quotes(graph_of(text))} == {"Dan Avital"}


def test_an_office_of_no_one_named_or_a_spokesman_stays_unnamed(graph_of):
    got = quotes(graph_of(
        "\"We will not allow this to happen under any circumstances,\" Dan Avital's spokesman "
        "said. \"The deal is not done yet and may never be,\" the office said."
    ))
    assert {s for s, _ in got} <= {None}


# --- "what she called “…”": the pronoun of a clause inside the speaker's sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Rhee said the plan was better after what she called “obvious bad points were "
        "removed.”",
        "Ada Rhee praised the deal, which she described as “the best we could get in the end”.",
    ],
)
def test_a_pronoun_in_a_clause_of_the_sentence_is_its_named_subject(graph_of, sentence):
    got = quotes(graph_of(f"Piet Sorensen spoke first. {sentence}"))
    assert speaker_of(got, "obvious") | speaker_of(got, "the best") == {"Ada Rhee"}


def test_a_pronoun_in_a_clause_under_two_named_subjects_is_not_the_first(graph_of):
    # "she" may be Rhee or Vale: the sentence's first subject is not taken for granted
    got = quotes(graph_of(
        "Piet Sorensen spoke first. Ada Rhee said Tom Vale had changed after what she called "
        "“a long and hard look at the facts”."
    ))
    assert "Ada Rhee" not in speaker_of(got, "a long")


# --- "the president's spokesman X": the title before the possessive is the owner's


def test_a_title_owned_by_another_is_not_the_named_one_s(graph_of):
    got = quotes(graph_of(
        "President Ada Rhee met the press. The president's spokesman Ivo Marek spoke after "
        "her. “We are ready to talk to anyone at any time,” the president said."
    ))
    assert speaker_of(got, "We are ready") == {"Ada Rhee"}


def test_a_seat_named_after_its_holder_s_title_is_not_the_holder(graph_of):
    got = quotes(graph_of(
        "Prime Minister Ada Rhee held talks with Piet Sorensen at the British leader's 10 "
        "Downing St. residence. Rhee and Sorensen took a supportive stance before the meeting. "
        "The U.K. leader said the push for peace was at a “critical stage”, and stressed the "
        "need for “a just and lasting ceasefire”."
    ))
    assert speaker_of(got, "critical stage") == {"Ada Rhee"}


def test_a_country_s_title_before_the_name_still_counts(graph_of):
    got = quotes(graph_of(
        "Norland's Foreign Minister Ivo Marek met Ada Rhee in Brennport. “The talks were "
        "useful and we will meet again soon,” the Norland foreign minister said."
    ))
    assert speaker_of(got, "The talks were") == {"Ivo Marek"}


# --- '“…,” added Tamir': the name after a verb written first, misread as its object


_LONG_QUOTE = (
    "“The text that was put to a vote called for a truce in the valley without any "
    "release of the captives — a gift to the militia. It sends a dangerous message to "
    "the militia: reject every offer and the world will reward you; hold civilians "
    "captive and the council will grant you legitimacy,”"
)


@pytest.mark.parametrize("surname", ["Benari", "Varon", "Tamir", "Harel"])
def test_a_surname_after_a_verb_written_first_is_the_speaker(graph_of, surname):
    g = graph_of(
        f"Valdoria's Ambassador to the United Nations, Ilan {surname}, criticised the "
        f"draft.\n\n{_LONG_QUOTE} added {surname}."
    )
    assert speaker_of(quotes(g), "The text that was put") == {f"Ilan {surname}"}


@pytest.mark.parametrize(
    "attribution",
    [
        "added Valdoria Television.",  # a body, no person of that name
        "the channel added, citing Harel.",  # the name a source, the subject a body
    ],
)
def test_a_name_after_the_verb_that_is_no_person_named_before_is_not_the_speaker(
        graph_of, attribution):
    g = graph_of(
        f"Valdoria's Ambassador to the United Nations, Ilan Tamir, criticised the "
        f"draft.\n\n{_LONG_QUOTE} {attribution}"
    )
    assert not speaker_of(quotes(g), "The text that was put") & {"Ilan Tamir", "Harel"}


# --- "X said the plan had changed, after what he called “…”": the pronoun in a clause
# below X's speech verb, however deep, is X when no one else is named in between


def test_he_deep_below_the_named_speakers_verb_is_that_speaker(graph_of):
    g = graph_of(
        "President Ivo Marek's office said the session went well.\n\nTomas Reyvik said the "
        "current plan differs from earlier versions in that it now has 20 points, after what "
        "he called some “obvious one-sided points were removed.”"
    )
    assert speaker_of(quotes(g), "obvious one-sided points") == {"Tomas Reyvik"}


def test_he_below_a_speech_verb_with_another_person_named_between_is_not_decided_so(
        graph_of):
    g = graph_of(
        "President Ivo Marek's office said the session went well.\n\nTomas Reyvik said Ivan "
        "Dorn had rewritten the plan, after what he called some “obvious one-sided points "
        "were removed.”"
    )
    assert "Tomas Reyvik" not in speaker_of(quotes(g), "obvious one-sided points")


# --- "Okoro's office said": a person's office speaks for the person


@pytest.mark.parametrize(
    "office", ["Okoro's office", "the prime minister's office", "Okoro's press office"])
def test_a_persons_office_speaks_for_the_person(graph_of, office):
    g = graph_of(
        "Prime Minister Lena Okoro met the two envoys in Port Alder on Monday.\n\n“The "
        "leaders all agreed that now is a critical moment and that we must continue to ramp "
        f"up support,” {office} said in a statement."
    )
    assert speaker_of(quotes(g), "The leaders all agreed") == {"Lena Okoro"}


@pytest.mark.parametrize(
    "office", ["the British prime minister's office", "the district attorney's office"])
def test_an_office_of_no_one_named_is_not_a_person_named_before(graph_of, office):
    g = graph_of(
        "President Tomas Reyvik met the two envoys in Port Alder on Monday.\n\n“The leaders "
        "all agreed that now is a critical moment and that we must continue to ramp up "
        f"support,” {office} said in a statement."
    )
    assert "Tomas Reyvik" not in speaker_of(quotes(g), "The leaders all agreed")


# --- "the ministry said" after a ministry named by its capital ("Seoul's defense ministry")


def test_the_ministry_is_the_one_its_capital_named_before(graph_of):
    g = graph_of(
        "The defense chiefs of Valdoria, Ruvia and Japan agreed to cooperate more closely "
        "in their phone talks on Thursday, Seoul's defense ministry said.\n\n“The three "
        "ministers agreed that the three countries will closely cooperate in the face of "
        "missile threats,” the ministry said in a press release."
    )
    assert speaker_of(quotes(g), "The three ministers agreed") == {
        "South Korea's defense ministry"}


# --- "A and B issued a joint statement. “…,” they said": the pair, by its first person


@pytest.mark.parametrize(
    "lead",
    [
        "Foreign Minister Ines Caldera and Commissioner Piet Vandam issued a joint statement "
        "on Tuesday.",
        "Ines Caldera and Piet Vandam said they now looked forward to the talks.",
    ],
)
def test_they_after_two_people_named_together_is_the_pair(graph_of, lead):
    g = graph_of(
        f"{lead}\n\n“This achievement belongs to the leaders of both countries and to all "
        "their citizens,” they said.\n\n“We have an interest and a responsibility to make "
        "good use of it,” they added."
    )
    got = quotes(g)
    assert speaker_of(got, "This achievement belongs") == {"Ines Caldera"}
    assert speaker_of(got, "We have an interest") == {"Ines Caldera"}


@pytest.mark.parametrize(
    "lead",
    [
        "Officials in Port Alder met the envoys on Tuesday.",  # a group, no one named
        "Ines Caldera met Piet Vandam on Tuesday.",  # one person the subject
        "Ines Caldera, who met Piet Vandam and his aides, issued a statement on Tuesday.",
    ],
)
def test_they_after_no_pair_named_together_is_no_one_of_them(graph_of, lead):
    g = graph_of(
        f"{lead}\n\n“We have an interest and a responsibility to make good use of it,” they "
        "said."
    )
    assert speaker_of(quotes(g), "We have an interest") <= {None}


# --- "X alleged a conspiracy, stating, “…”": a participle of speech hung from the object


@pytest.mark.parametrize("participle", ["stating", "adding", "saying"])
def test_a_participle_after_the_object_speaks_for_the_subject(graph_of, participle):
    g = graph_of(
        "The court ruled against the government on Monday.\n\nDeputy Minister Ravi Tandon "
        f"alleged a conspiracy against their leaders, {participle}, “We will fight it out. We "
        "respect the legal system and we will get justice.”"
    )
    assert speaker_of(quotes(g), "We will fight it out") == {"Ravi Tandon"}


def test_a_participle_after_a_text_is_not_its_readers_words(graph_of):
    g = graph_of(
        "Deputy Minister Ravi Tandon met the board on Monday.\n\nThe board issued a statement "
        "after the meeting, stating, “We will fight it out. We respect the legal system and "
        "we will get justice.”"
    )
    assert "Ravi Tandon" not in speaker_of(quotes(g), "We will fight it out")


@pytest.mark.parametrize("said", ["the leaders said", "the three leaders said"])
def test_the_leaders_after_people_named_together_are_the_group(graph_of, said):
    g = graph_of(
        "“We condemn in the strongest terms the attacks on the oil facilities,” President "
        "Ana Roble, Chancellor Ivo Marek and Prime Minister Lena Okoro said in a joint "
        f"statement.\n\n“It is clear to us that the militia bears responsibility for this "
        f"attack,” {said}."
    )
    assert speaker_of(quotes(g), "It is clear to us") == {"Ana Roble"}


@pytest.mark.parametrize("said", ["the ministers said", "the ministry's officials said"])
def test_a_plural_title_of_no_one_named_together_is_no_one(graph_of, said):
    g = graph_of(
        "Foreign Minister Ines Caldera arrived in Port Alder on Monday.\n\n“We agreed on far "
        f"more than we expected at the talks,” {said}."
    )
    assert speaker_of(quotes(g), "We agreed on far more") <= {None}


# --- "said the politician who became prime minister in 2008": a career that fits


_CHOSEN = (
    "Prime Minister Aron Talvik of Estmark was chosen as the bloc's first president on "
    "Thursday.\n\nAt the press conference, Talvik said he would take office in January.\n\n"
    "“Even if it is hard to leave the post I hold in my country, I have accepted the "
    "decision,” said "
)


def test_a_described_speaker_whose_clause_gives_the_persons_title(graph_of):
    g = graph_of(_CHOSEN + "the soft-spoken politician who became prime minister in 2008.")
    assert speaker_of(quotes(g), "Even if it is hard") == {"Aron Talvik"}


@pytest.mark.parametrize(
    "described",
    ["the farmer who found the letter.", "the politician who became mayor in 2008."])
def test_a_described_speaker_whose_clause_fits_no_title_of_theirs(graph_of, described):
    g = graph_of(_CHOSEN + described)
    assert speaker_of(quotes(g), "Even if it is hard") <= {None}


def test_it_said_after_a_body_spoke_takes_that_body_over_an_earlier_quote(graph_of):
    got = quotes(graph_of(
        'The Commerce Department said the firm was owned by the army, adding that "its '
        'mission is to support the military".\n\nHarbour Radio International said in an '
        "editorial yesterday that the move violated the consensus.\n\n\"No matter what, the "
        'plan will fail," it said.'
    ))
    assert ("Harbour Radio International", "No matter what, the plan will fail") in got


def test_it_said_after_a_body_did_something_else_keeps_the_earlier_speaker(graph_of):
    got = quotes(graph_of(
        'The Commerce Department said the firm was owned by the army, adding that "its '
        'mission is to support the military".\n\nHarbour Radio International reported the '
        'move on Monday.\n\n"We will act," it said.'
    ))
    assert ("Commerce Department", "We will act") in got


_TEXT = "Varga spoke first. Varga said no. Then Varga left."


def _context(*mentions):
    return ArticleContext(make_article("a.txt", _TEXT), spacy.blank("en")(_TEXT), list(mentions))


def _mention(start, kind, votes, name="Varga"):
    return Mention(article="a", start=start, end=start + len(name), text=name, type=kind,
                   name=name, votes=votes)


def test_a_name_tagged_a_body_once_and_a_person_elsewhere_is_a_person():
    once = _mention(19, "Organization", (("Organization", 1.3), ("Person", 0.7)))
    others = [_mention(0, "Person", (("Person", 1.6),)), _mention(39, "Person", (("Person", 1.0),))]
    assert not _a_body(once, _context(others[0], once, others[1]))


def test_a_name_tagged_a_body_wherever_it_stands_is_a_body():
    once = _mention(19, "Organization", (("Organization", 1.3), ("Person", 0.7)))
    again = _mention(39, "Organization", (("Organization", 2.0),))
    assert _a_body(once, _context(once, again))
