"""Lower-case particles inside people's names, which the tagger reads apart or as a verb."""

import pytest

from .helpers import entities, facts


@pytest.mark.slow
def test_the_dutch_ten_after_a_given_name_is_inside_the_name(graph_of):
    got = entities(graph_of(
        "Joost ten Brink has been named coach of Velland United. Ten Brink said the squad was "
        "ready."
    ))
    assert got.get("Joost ten Brink") == "Person"
    assert "Brink" not in got and "Ten Brink" not in got


@pytest.mark.slow
def test_ten_as_a_number_joins_no_names(graph_of):
    got = entities(graph_of("In June ten Senators voted against the Tarsk bill."))
    assert not any(" ten " in name for name in got)


@pytest.mark.slow
def test_a_particle_the_tagger_read_as_a_verb_stays_inside_the_name(graph_of):
    got = entities(graph_of(
        "The mayor thanked the former governor, Marco Aurelio dos Palmas, on Monday.",
        "Lidia dos Ramos said the vote in Tarsk was fair.",
    ))
    assert got.get("Marco Aurelio dos Palmas") == "Person"
    assert got.get("Lidia dos Ramos") == "Person"
    assert "dos Palmas" not in got and "Palmas" not in got and "Marco Aurelio" not in got


@pytest.mark.slow
def test_a_given_name_read_as_a_noun_opens_the_surname_after_it(graph_of):
    got = entities(graph_of("Isabel dos Ramos is wanted by prosecutors in three countries."))
    assert got.get("Isabel dos Ramos") == "Person"


@pytest.mark.slow
def test_a_place_opened_by_a_particle_stays_a_place(graph_of):
    got = entities(graph_of("The flight from Rio de Janeiro landed in Tarsk on Monday."))
    assert got.get("Rio de Janeiro") == "Place"


@pytest.mark.slow
def test_vietnamese_surnames_that_are_english_words_open_the_name(graph_of):
    got = entities(graph_of(
        "Vietnamese Deputy Foreign Minister Do Van Thanh met Indonesian officials in Jakarta.",
        "Party General Secretary To Lam chaired the meeting in Hanoi on Monday.",
        "Do Quang Huy, a deputy trade minister, said exports would rise.",
    ))
    assert got.get("Do Van Thanh") == "Person"
    assert got.get("To Lam") == "Person"
    assert got.get("Do Quang Huy") == "Person"
    assert not {"Van Thanh", "Lam", "Quang Huy"} & set(got)


@pytest.mark.slow
def test_do_and_to_as_words_open_no_name(graph_of):
    got = entities(graph_of(
        "Do Norland and Ostria agree on the border? Officials from Hanoi To Jakarta said so.",
        "Kenya To Host Regional Summit In Nairobi",
    ))
    assert not any(name.startswith(("Do ", "To ")) for name in got)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Oren Velt met Karim al-Sharaa in Damascus. Al-Sharaa, the leader of the Vanguard "
        "Front, rose to power after the war.",
        "Oren Velt met Karim el-Baradi in Cairo. El-Baradi, the leader of the Vanguard Front, "
        "spoke to reporters.",
    ],
)
def test_a_particled_surname_opening_a_sentence_is_the_person(graph_of, text):
    # the capitalised particle at a sentence's start reads like a place's name
    got = graph_of(text)
    assert not [name for name, kind in entities(got).items() if kind == "Place"
                and name.startswith(("Al-", "El-"))]
    person = "Karim al-Sharaa" if "Sharaa" in text else "Karim el-Baradi"
    assert (person, "leaderOf", "Vanguard Front") in facts(got)


@pytest.mark.slow
def test_a_place_named_like_no_one_in_the_story_stays_a_place(graph_of):
    got = entities(graph_of("Oren Velt flew to El-Arish on Monday. He met Karim al-Sharaa."))
    assert got.get("El-Arish") == "Place"


def test_a_surname_after_a_particle_read_as_common_nouns_in_a_list(graph_of):
    got = entities(graph_of(
        "Cambodia's Foreign Minister Sok Chenda Sophea, East Timor's Foreign Minister "
        "Bendito dos Santos Freitas, and the bloc's Secretary General Kao Kim Hourn, hold "
        "hands during a photo session."
    ))
    assert got.get("Bendito dos Santos Freitas") == "Person"
    assert "Bendito" not in got and "Santos Freitas" not in got


@pytest.mark.slow
def test_a_lower_case_word_after_a_name_is_no_particle_joining_the_next(graph_of):
    got = entities(graph_of("Ana Roe does Marketing for the Velmar Group."))
    assert "Ana Roe does Marketing" not in got


@pytest.mark.slow
def test_a_korean_surname_the_tagger_reads_as_an_interjection_opens_the_name(graph_of):
    got = entities(graph_of(
        "SEOUL — Oh Jae-hwan, the head of the Seoul Rail Agency, resigned on Thursday. "
        '"I take responsibility," Oh said.'
    ))
    assert got.get("Oh Jae-hwan") == "Person"
    assert "Jae-hwan" not in got


@pytest.mark.slow
def test_an_interjection_before_a_name_stays_out_of_it(graph_of):
    got = entities(graph_of('"Oh, Tomasz Rybak will never agree," the minister said.'))
    assert not any(name.startswith("Oh") for name in got)
