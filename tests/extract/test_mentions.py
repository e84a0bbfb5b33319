"""Entity typing and resolution across mentions and articles."""

import pytest

from .helpers import entities

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
