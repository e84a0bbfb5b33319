"""Whose words a quotation is when the attribution names a body, a claim, a role or a
second speaker: "the ministry said" among several ministries, "According to X, Y said",
"prompting Y to say:", words denied or agreed to. Paragraphs written for these tests."""

import pytest

from .helpers import quotes

pytestmark = pytest.mark.slow


def speaker_of(got: set[tuple[str | None, str]], start: str) -> set[str | None]:
    return {s for s, t in got if t.startswith(start)}


# --- "the ministry said": the ministry the article names, not one only its quote names


MISREPORTED = (
    "The Ministry of Fisheries and Coasts said on Friday that remarks by its minister had "
    "been misreported.\n\n"
    "In a statement, the Press Directorate of the Ministry said the remarks had been "
    "misconstrued in some reports.\n\n"
    "“Those reports attribute the remarks to the minister during his briefing at the "
    "Ministry of Planning on Thursday.\n\n"
    "“The minister did not blame the navy. What he said was that the navy is in charge of "
    "the patrols on the water,” the ministry said."
)


def test_the_ministry_is_the_one_its_name_heads_and_the_article_names(graph_of):
    got = quotes(graph_of(MISREPORTED))
    assert speaker_of(got, "Those reports attribute") == {"Ministry of Fisheries and Coasts"}


def test_the_ministry_stays_unknown_between_two_named_outside_quotes(graph_of):
    # the negative: two ministries the narrator names leave "the ministry" undecided
    g = graph_of(
        "The Ministry of Fisheries met the Ministry of Planning in Tarsk on Friday.\n\n"
        "“The patrols on the water will double before the winter comes,” the ministry said."
    )
    assert speaker_of(quotes(g), "The patrols on the water") <= {None}


# --- "According to X, Y said … “…”": Y's words, which X reports


def test_a_speaker_the_reporting_source_names_keeps_the_words(graph_of):
    g = graph_of(
        "Officer Dale Brannock was charged on Thursday.\n\n"
        "According to the Tarsk Herald, Brannock said in his report that the driver “had my "
        "radio”."
    )
    assert speaker_of(quotes(g), "had my radio") == {"Dale Brannock"}


def test_according_to_a_source_alone_is_the_source(graph_of):
    # the negative: with no speech verb of its own the words are the source's
    g = graph_of(
        "Finance Minister Aino Salo presented the budget in Tarsk.\n\n"
        "According to Aino Salo, the budget “ignores nobody”."
    )
    assert speaker_of(quotes(g), "ignores nobody") == {"Aino Salo"}


# --- "prompting Y to say:": the one made to speak


def test_the_one_prompted_to_say_speaks_and_adds(graph_of):
    g = graph_of(
        "Culture Secretary Ines Talvik denied on Tuesday that she had threatened the "
        "broadcaster.\n\n"
        "The question of funding was raised by members during the hearing, prompting Ms "
        "Talvik to say: 'I have never asked for more money for my office, not once.'\n\n"
        "She added: 'It was said of me but nobody heard me say it.'"
    )
    got = quotes(g)
    assert speaker_of(got, "I have never asked") == {"Ines Talvik"}
    assert speaker_of(got, "It was said of me") == {"Ines Talvik"}


def test_one_urged_to_say_something_is_not_its_speaker(graph_of):
    # the negative: "urged Y to say" is a request, not what Y said
    g = graph_of(
        "Culture Secretary Ines Talvik spoke on Tuesday.\n\n"
        "Members of the committee urged Ms Talvik to say: “I will resign from my office "
        "before the end of the year.”"
    )
    assert "Ines Talvik" not in speaker_of(quotes(g), "I will resign")


def test_a_presenter_who_quizzed_asks_the_question(graph_of):
    g = graph_of(
        "Health Secretary Ines Talvik joined the presenter Mara Quell on Monday.\n\n"
        "Quell quizzed: “So the fund will have to borrow more money again this year?”"
    )
    assert speaker_of(quotes(g), "So the fund will have") == {"Mara Quell"}


# --- words a speaker denies or an act agreed to are not the speaker's


def test_words_denied_are_not_the_denier_s(graph_of):
    g = graph_of(
        "Security Minister Omar Vesk spoke to reporters on Monday.\n\n"
        "Vesk denied that Foreign Minister Ana Roble had chaired the meeting and that she "
        "“had left in a huff”."
    )
    assert "Omar Vesk" not in speaker_of(quotes(g), "had left in a huff")


def test_words_a_denier_gives_as_reason_are_theirs(graph_of):
    # the negative: "denied it, saying “…”" is the denier's own words
    g = graph_of(
        "Security Minister Omar Vesk spoke to reporters on Monday.\n\n"
        "Vesk denied the report, saying it was “simply untrue”."
    )
    assert speaker_of(quotes(g), "simply untrue") == {"Omar Vesk"}


def test_a_thing_of_an_act_agreed_to_is_not_the_agreeing_side_s_words(graph_of):
    g = graph_of(
        "Prime Minister Omar Vesk met Prime Minister Ana Roble in Tarsk.\n\n"
        "The office said that Vesk and Roble had agreed to fund a project which would see "
        "the two countries “promote and assist the voluntary return” of migrants."
    )
    got = quotes(g)
    assert not speaker_of(got, "promote and assist") & {"Omar Vesk", "Ana Roble"}


def test_words_a_speaker_vowed_are_theirs(graph_of):
    # the negative: the quote is what was vowed, not a thing inside a clause of it
    g = graph_of(
        "Prime Minister Omar Vesk spoke in Tarsk on Monday.\n\n"
        "Vesk vowed to “finish the bridge before the next winter comes”."
    )
    assert speaker_of(quotes(g), "finish the bridge") == {"Omar Vesk"}


# --- a person named inside single quotation marks is not named outside them


def test_she_after_a_single_quoted_sentence_naming_someone_is_its_speaker(graph_of):
    g = graph_of(
        "Chief executive Talia Renn on Sunday announced that former Governor Omar Vesk may "
        "rejoin the board.\n"
        "Renn wrote: 'The members have spoken. Omar Vesk will be reinstated.'\n"
        "'The vote decides it,' she added."
    )
    assert speaker_of(quotes(g), "The vote decides it") == {"Talia Renn"}


# --- "“…,” NAME, ROLE, said" when the parser makes the role the subject


def test_the_name_before_an_apposition_speaks(graph_of):
    g = graph_of(
        "Researchers published the report on Monday.\n\n"
        "“It was a difficult week for the company and its workers,” Marta Okonkwo, lead "
        "author of the report on the closures, said according to the statement."
    )
    assert speaker_of(quotes(g), "It was a difficult week") == {"Marta Okonkwo"}


def test_a_name_inside_the_apposition_does_not_speak(graph_of):
    # the negative: the name after the role ("an aide to President Roble") is not the speaker
    g = graph_of(
        "President Ana Roble of Velland flew to Tarsk on Monday.\n\n"
        "“The talks will go on for as long as they need to,” an aide to President Ana Roble "
        "said on Tuesday."
    )
    assert "Ana Roble" not in speaker_of(quotes(g), "The talks will go on")


# --- "the Prime Minister" of two is the one "he" of the sentence before stands for


def test_the_prime_minister_after_he_is_the_one_he_stands_for(graph_of):
    g = graph_of(
        "Prime Minister Ana Roble of Velland warned of a wider war on Monday.\n\n"
        "Prime Minister Omar Vesk of Tarsk insisted on Friday that his country was not at "
        "war.\n\n"
        "He told the radio: “We are not at war, but our neighbours certainly are, and we "
        "stand with them.”\n\n"
        "The Prime Minister added: “Our neighbours did not choose this war.”"
    )
    assert speaker_of(quotes(g), "Our neighbours did not choose") == {"Omar Vesk"}


def test_the_prime_minister_after_a_sentence_naming_neither_stays_unknown(graph_of):
    # the negative: nothing says which of the two prime ministers added it
    g = graph_of(
        "Prime Minister Ana Roble of Velland met Prime Minister Omar Vesk of Tarsk on "
        "Monday.\n\n"
        "Reporters waited outside the palace for three hours in the rain.\n\n"
        "The Prime Minister added: “Our neighbours did not choose this war.”"
    )
    assert speaker_of(quotes(g), "Our neighbours did not choose") <= {None}


# --- a participle the parser hung from the quote before, and a body's own channel


def test_a_participle_after_a_quote_speaks_for_its_speaker(graph_of):
    g = graph_of(
        "Minister Jamal Orsk spoke on Monday.\n\n"
        'Orsk explained that "the wording of the statement of the previous government has '
        'been adopted," pointing out that "the northern initiative is the only one possible '
        'to deal with the issue."'
    )
    assert speaker_of(quotes(g), "the northern initiative") == {"Jamal Orsk"}


def test_a_club_s_own_account_is_the_club_speaking(graph_of):
    g = graph_of(
        "Kestrel FC have vowed never to forget Tomas Reyvik's display after he scored twice "
        "against Port Alder.\n\n"
        "And Kestrel FC's official Twitter account summed up the display, saying: “We won't "
        "ever forget his performance today.”"
    )
    assert speaker_of(quotes(g), "We won't ever forget") == {"Kestrel FC"}


def test_a_person_s_account_is_not_a_body_speaking(graph_of):
    # the negative: a person's account speaks for no organisation
    g = graph_of(
        "Tomas Reyvik scored twice against Port Alder on Saturday.\n\n"
        "Reyvik's official account summed up the day, saying: “We won't ever forget this "
        "night in the rain.”"
    )
    assert "Port Alder" not in speaker_of(quotes(g), "We won't ever forget")


def test_a_person_s_own_statement_is_their_words(graph_of):
    g = graph_of(
        "Ben Nichols said the blast happened as the family sat down to breakfast. His "
        "statement continued: “I am deeply distressed at the loss of my wife and children.”"
    )
    assert speaker_of(quotes(g), "I am deeply distressed") == {"Ben Nichols"}


def test_a_judge_s_order_is_not_the_judge_s_words(graph_of):
    # the negative: an order a judge signs speaks for the court, not in the judge's name
    g = graph_of(
        "Judge Carla Nyberg halted the sale on Monday. Judge Nyberg's order read: “The "
        "transfer of the shares is suspended until the appeal has been heard.”"
    )
    assert "Carla Nyberg" not in speaker_of(quotes(g), "The transfer of the shares")


def test_a_statement_by_a_body_is_the_body_s_words(graph_of):
    g = graph_of(
        "“The allegations were sensationalist and the results were not positive tests,” said "
        "the nine-page statement by the Nordic Rowing Federation on Tuesday."
    )
    assert speaker_of(quotes(g), "The allegations were") == {"Nordic Rowing Federation"}


# --- "the statement reads" after "X did Y, Z's press office reported": Z's words


def test_the_statement_is_the_one_of_the_body_that_reported_the_news(graph_of):
    g = graph_of(
        "The Valdorian army hit ten targets in the valley, the Valdoria Defence Forces (VDF) "
        "press office reported on Sunday.\n\n“Some time ago, the VDF struck ten targets of "
        "the militia in the valley,” the statement reads."
    )
    assert {s for s, t in quotes(g) if t.startswith("Some time ago")} == {
        "Valdoria Defence Forces"}


def test_the_ruling_stays_the_courts_not_the_reporting_outlets(graph_of):
    g = graph_of(
        "The Valdoria Supreme Court struck down the levy on Monday, Port Alder Radio "
        "reported.\n\n“The levy was imposed without the consent of parliament and cannot "
        "stand,” the ruling said."
    )
    assert {s for s, t in quotes(g) if t.startswith("The levy was imposed")} <= {
        "Valdoria Supreme Court", None}


# --- "cited X as saying", as "quoted X as saying"


def test_cited_as_saying_gives_the_person_cited(graph_of):
    g = graph_of(
        "Defence Minister Omar Tarvin rejected calls for talks on Wednesday.\n\n“A bargain "
        "over our missile power would be tantamount to removing the walls of a house,” local "
        "media outlets cited Tarvin as saying."
    )
    assert speaker_of(quotes(g), "A bargain over") == {"Omar Tarvin"}


def test_citing_a_source_without_saying_is_no_speaker_cited(graph_of):
    g = graph_of(
        "Defence Minister Omar Tarvin rejected calls for talks on Wednesday.\n\n“A bargain "
        "over our missile power would be tantamount to removing the walls of a house,” the "
        "newspaper wrote, citing a report by Ivo Marek."
    )
    assert "Ivo Marek" not in speaker_of(quotes(g), "A bargain over")
