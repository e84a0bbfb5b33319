"""Posts a sentence does not give: a continent's or a board's staff, a country a story only
passes through, leaders of no state, and posts a list of proposals puts forward: sentences
written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_a_continent_has_no_staff(graph_of):
    got = facts(graph_of(
        "Lord Pellow, the prime minister's Europe adviser, will join the talks in Brussels. "
        "Ruth Achieng, Kenya's foreign minister, said the talks had stalled."
    ))
    assert not {(s, o) for s, _, o in got if o == "Europe"}
    assert ("Ruth Achieng", "memberOf", "Kenya") in got


def test_a_director_from_a_country_is_a_boards(graph_of):
    got = facts(graph_of(
        "A boardroom row followed, and New Zealand director Tom Reddy was forced out after "
        "he opposed the bid. Tom Reddy, a Halvard Holdings director, declined to comment."
    ))
    assert ("Tom Reddy", "leaderOf", "New Zealand") not in got
    assert ("Tom Reddy", "memberOf", "New Zealand") not in got
    assert ("Tom Reddy", "memberOf", "Halvard Holdings") in got


def test_a_country_named_twice_among_many_is_not_the_storys(graph_of):
    got = facts(graph_of(
        "Alliance leaders approved a training mission for Iraqi forces on Wednesday. "
        "Secretary General Jon Vikander said the alliance was stronger. "
        "President Tom Harlan repeated his complaint about defence spending. "
        "The mission in Iraq will get help from Jordan and Tunisia, where Spain will lead."
    ))
    assert ("Tom Harlan", "leaderOf", "Iraq") not in got


def test_a_country_the_story_is_about_still_has_its_president(graph_of):
    got = facts(graph_of(
        "NAIROBI, Kenya — Kenya's parliament passed the budget on Tuesday. "
        "President Samuel Rono signed it hours later, and Kenya's treasury welcomed it. "
        "Critics in Kenya said the taxes were too high."
    ))
    assert ("Samuel Rono", "leaderOf", "Kenya") in got


def test_opposition_leaders_lead_no_state(graph_of):
    got = facts(graph_of(
        "In Africa, there have been four opposition leaders who have declared themselves as "
        "presidents of their countries even with sitting presidents.\n\n"
        "1. Marc Ilunga\n\n"
        "Gabon's Marc Ilunga bid for the presidency is in many ways like Mr Osei's."
    ))
    assert ("Marc Ilunga", "leaderOf", "Gabon") not in got


def test_leaders_gathered_paragraphs_earlier_still_lead(graph_of):
    got = facts(graph_of(
        "The 27 leaders settled on a loan after a long night in Brussels.\n\n"
        "Some wanted more. The talks ran past dawn. Others were quietly relieved.\n\n"
        "Hungary's Viktor Orban and Slovakia's Robert Fico secured an exemption."
    ))
    assert ("Viktor Orban", "leaderOf", "Hungary") in got
    assert ("Robert Fico", "leaderOf", "Slovakia") in got


def test_posts_a_list_of_proposals_puts_forward_are_not_held(graph_of):
    g = graph_of(
        "Leaders will meet again on Tuesday in Brussels. As the meetings are adjourned, we "
        "understand this is the latest proposal discussed by leaders:\n\n"
        "  • Anna Berglund (SE): European Commission President\n\n"
        "  • Pieter Molenaar (NL): European Council President\n\n"
        "  • Klaus Brenner (DE): European Parliament President (5 years)\n"
    )
    assert ("Klaus Brenner", "leaderOf", "European Parliament") not in facts(g)
    assert ("Klaus Brenner", "leaderOf", "European Parliament") in facts(g, "hypothetical")


def test_a_list_the_story_only_introduces_states_its_items(graph_of):
    got = facts(graph_of(
        "The ministers of the new cabinet are:\n\n"
        "- Anna Berg, the foreign minister of Sweden\n"
        "- Piet Mol, the finance minister of Sweden\n"
    ))
    assert ("Anna Berg", "memberOf", "Sweden") in got
    assert ("Piet Mol", "memberOf", "Sweden") in got


def test_terms_a_draft_lists_are_not_facts(graph_of):
    got = facts(graph_of(
        "The draft agreement circulated on Friday. Under the proposal, the posts would go "
        "to:\n\n"
        "- Anna Berg, the foreign minister of Sweden\n"
        "- Piet Mol, the finance minister of Sweden\n"
    ))
    assert ("Anna Berg", "memberOf", "Sweden") not in got


def test_people_and_posts_are_no_bodies(graph_of):
    got = entities(graph_of(
        "Mr Vikander welcomed that Allies are now looking at how to help. The ruling party is "
        "accused by the United Nations and international NGOs of repressing critics. They "
        "have both served as Prime Ministers. Ana Lutz, the UN Resident Coordinator and "
        "Humanitarian Coordinator for Sudan, condemned the strikes. The reckless agenda of "
        "Iran's Supreme Leader was criticised. The Office of the Special Envoy said so, and "
        "the Council of Economic Advisers met."
    ))
    for noise in ("Allies", "NGOs", "Ministers", "Prime Ministers", "Supreme Leader",
                  "Humanitarian Coordinator", "UN Resident Coordinator", "Supreme"):
        assert noise not in got
    assert got.get("Office of the Special Envoy") == "Organization"
    assert got.get("Council of Economic Advisers") == "Organization"


def test_a_resident_coordinator_serves_the_un(graph_of):
    got = facts(graph_of(
        "Ana Lutz, the UN Resident Coordinator for Sudan, condemned the strikes."
    ))
    assert ("Ana Lutz", "memberOf", "UN") in got


def test_a_state_named_pradesh_is_a_place(graph_of):
    got = entities(graph_of(
        "The party retained Vindhya Pradesh in a landslide, and won 163 of Vindhya "
        "Pradesh's 230 seats. The chief minister of Vindhya Pradesh thanked voters."
    ))
    assert got.get("Vindhya Pradesh") == "Place"


def test_a_title_before_a_clause_is_not_the_next_names(graph_of):
    got = facts(graph_of(
        "Pierre Lamont, the EU's lead negotiator, has suggested that talks will go beyond "
        "Mr Hartley's October deadline. According to the AU's commissioner for political "
        "affairs, peace and security, Bankole Adeyemi, the talks failed."
    ))
    assert ("Pierre Lamont", "memberOf", "EU") in got
    assert ("Hartley", "memberOf", "EU") not in got
    assert ("Bankole Adeyemi", "memberOf", "AU") in got


def test_a_name_a_title_is_about_holds_no_post(graph_of):
    got = facts(graph_of(
        "Ms Hale will meet EU Commission head Jan Verbeek and chief Mercosur negotiator "
        "Pierre Lamont over dinner. Halden Group chairwoman Ruth Falk and chief executive "
        "Piet Vos signed the deal."
    ))
    assert ("Mercosur", "leaderOf", "EU Commission") not in got
    assert ("Piet Vos", "leaderOf", "Halden Group") in got


def test_a_surname_after_a_headline_comma_is_the_person(graph_of):
    g = graph_of(
        "Vanter to meet Hollis, UK deal proposal seen next week\n\n"
        "(BRUSSELS) - EU president Marta Vanter will meet British Prime Minister Edward "
        "Hollis in London late Sunday, officials said. Hollis is holding a series of meetings."
    )
    assert ("Hollis", "locatedIn", "United Kingdom") not in facts(g)
    assert entities(g).get("Hollis") != "Place"
    assert entities(g).get("Edward Hollis") == "Person"


def test_a_title_the_tagger_cut_is_no_body(graph_of):
    g = graph_of("Iran's Supreme Leader Reza Tavani has dismissed negotiations with the US.")
    assert "Supreme" not in entities(g)
    assert ("Reza Tavani", "leaderOf", "Supreme") not in facts(g)


def test_a_retired_justice_no_longer_sits(graph_of):
    got = facts(graph_of(
        "Front row, from left to right, Chief Justice of the Supreme Court Ian Rowe, Justice "
        "Elena Marsh, Justice Brett Kalder, and retired Justice Tom Kellan attend the address."
        "\n\nJustice Elena Marsh and retired Justice Tom Kellan of the Supreme Court attended."
    ))
    assert ("Tom Kellan", "memberOf", "Supreme Court") not in got
    assert ("Elena Marsh", "memberOf", "Supreme Court") in got
    assert ("Ian Rowe", "leaderOf", "Supreme Court") in got
