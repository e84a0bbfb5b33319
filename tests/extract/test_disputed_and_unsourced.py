"""Facts an article passes on without making: rumours and unsourced reports, a meeting the
article both tells of and denies, a meeting a sentence plans: sentences written for these
tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_rumours_and_unsourced_reports_are_not_facts(graph_of):
    g = graph_of(
        "Rumours emerged on Monday that Ana Roe had met Ivo Tal in Geneva. Media reports "
        "suggested that Piet Mol had held talks with Lena Ortiz."
    )
    assert ("Ana Roe", "met", "Ivo Tal") not in facts(g)
    assert not {f for f in facts(g) if f[1] == "met" and "Lena Ortiz" in (f[0], f[2])}


def test_a_named_report_or_speaker_still_tells_a_meeting(graph_of):
    got = facts(graph_of(
        "The commission's report said that Ana Roe had met Ivo Tal in Geneva. Piet Mol said "
        "that he had met Lena Ortiz in Vienna."
    ))
    assert ("Ana Roe", "met", "Ivo Tal") in got or ("Ivo Tal", "met", "Ana Roe") in got
    assert ("Piet Mol", "met", "Lena Ortiz") in got or ("Lena Ortiz", "met", "Piet Mol") in got


def test_a_meeting_the_article_also_denies_is_disputed(graph_of):
    got = facts(graph_of(
        "Zarmen has denied that a meeting took place at the conference.\n\n"
        "Secretary of State Ana Roe had said that Piet Mol and Ivo Tal had an informal but "
        "cordial exchange. Zarmen's foreign ministry categorically denied this.\n\n"
        "On Tuesday, Mrs Roe said that Mr Mol and Mr Tal had had a brief meeting on the "
        "sidelines of the conference."
    ))
    assert ("Piet Mol", "met", "Ivo Tal") not in got
    assert ("Ivo Tal", "met", "Piet Mol") not in got


def test_a_meeting_a_sentence_plans_is_not_held(graph_of):
    got = facts(graph_of(
        "The meeting between Ana Roe and Ivo Tal was to focus on trade. The meeting between "
        "Ana Roe and Piet Mol was productive."
    ))
    assert not {f for f in got if f[1] == "met" and "Ivo Tal" in (f[0], f[2])}
    assert ("Ana Roe", "met", "Piet Mol") in got or ("Piet Mol", "met", "Ana Roe") in got


def test_a_kind_written_before_a_name_outweighs_its_shape(graph_of):
    g = graph_of(
        "The designations targeted the Iranian cyber company Darvan Kasrani, its manager "
        "Reza Tavani and others affiliated with the company."
    )
    assert entities(g).get("Darvan Kasrani") == "Organization"
    assert ("Reza Tavani", "memberOf", "Darvan Kasrani") in facts(g)


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned two leaders of the Mexican cartel Los Rojos del Norte on Tuesday.",
    "The Treasury sanctioned five members of the Venezuelan gang Tren del Sol on Tuesday.",
    "The envoy met the commanders of the militia Fuerza del Valle on Tuesday.",
])
def test_a_criminal_or_armed_group_s_kind_before_its_name_makes_it_an_organisation(
    graph_of, text
):
    named = entities(graph_of(text))
    assert [label for label, kind in named.items() if kind == "Organization"
            and label not in {"Treasury"}], named
    assert not [label for label, kind in named.items() if kind == "Person"], named


def test_a_gang_s_member_before_a_name_is_still_a_person(graph_of):
    named = entities(graph_of("Police arrested the gang member Diego Ferraz Vidal on Tuesday."))
    assert named.get("Diego Ferraz Vidal") == "Person"


def test_the_subject_of_a_clause_about_a_kind_keeps_a_persons_shape(graph_of):
    g = graph_of(
        "Nadia Orsk returned from exile on Monday. The party Orsk led for two decades was "
        "banned last year."
    )
    assert entities(g).get("Nadia Orsk") == "Person"
    assert "Orsk" not in entities(g)


def test_a_name_does_not_run_across_a_verb(nlp):
    from spacy.tokens import Span

    from kg.extract.mentions import find_candidates

    doc = nlp("But Abendpost quoted Velmont spokesman Jan Meer as saying that nobody knew.")
    # the tagger may read "Abendpost quoted Velmont" as one name
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 5, 7, "PERSON")]
    names = {doc[c.start:c.end].text for c in find_candidates(doc)}
    assert "Abendpost quoted Velmont" not in names
    assert {"Abendpost", "Velmont", "Jan Meer"} <= names


def test_a_chief_minister_heads_the_state(graph_of):
    got = facts(graph_of(
        "This was announced by party chief and Kerala Chief Minister Ravi Menon on Thursday. "
        "Anil Rao, the deputy chief minister of Bihar, agreed."
    ))
    assert ("Ravi Menon", "leaderOf", "Kerala") in got
    assert ("Anil Rao", "leaderOf", "Bihar") not in got
