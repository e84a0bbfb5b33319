"""Roles in a legislature's news: party words in titles, the Speaker, floor leaders, party
members "led by" their leaders, committee seats, on sentences written for these tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_party_word_of_a_title_names_the_holder_s_party(graph_of):
    got = facts(
        graph_of(
            "House Democratic Leader Dana Whitleye called the bill reckless. Democrats "
            "voted no. Former Senate Republican leader Carl Brenner disagreed, and "
            "Republicans were split."
        )
    )
    assert ("Dana Whitleye", "leaderOf", "Democratic Party") in got
    assert ("Dana Whitleye", "memberOf", "Democratic Party") in got
    assert ("Carl Brenner", "memberOf", "Republican Party") in got
    assert ("Carl Brenner", "leaderOf", "Republican Party") not in got


def test_an_mep_from_a_party_is_a_member_of_it(graph_of):
    got = facts(graph_of("Rosa Camilleri, a Maltese MEP from the centre-right Civic Forward "
                         "Party, was re-elected president of the European Parliament."))
    assert ("Rosa Camilleri", "memberOf", "Civic Forward Party") in got
    got = facts(graph_of("Rosa Camilleri, an MEP from the Civic Forward Party, said the vote "
                         "was historic."))
    assert ("Rosa Camilleri", "memberOf", "Civic Forward Party") in got


@pytest.mark.parametrize("text", [
    "Rosa Camilleri, a former MEP from the Civic Forward Party, said the vote was historic.",
    "Rosa Camilleri, an MEP from Malta, said the vote was historic.",
])
def test_a_former_mep_or_one_from_a_country_gives_no_party(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Rosa Camilleri" and f[2] != "European Parliament"}


def test_a_party_member_s_noun_after_a_nationality_gives_the_party(graph_of):
    got = facts(graph_of("The Greens made gains in May. German Green Ute Kessler won 133 "
                         "votes."))
    assert ("Ute Kessler", "memberOf", "Greens") in got


@pytest.mark.parametrize("text", [
    "The Greens made gains in May. Green Ute Kessler won 133 votes.",
    "The Greens made gains in May. The group thanked Ute Kessler, a Green voter, for her "
    "support.",
    "The Liberals made gains in May. German Green Ute Kessler won 133 votes.",
])
def test_a_party_noun_opening_a_sentence_or_of_another_party_gives_none(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Ute Kessler" and f[1] == "memberOf"}


def test_a_party_chairman_of_a_committee_chairs_it(graph_of):
    got = facts(
        graph_of(
            "Senator Ilse Moravec of Vermont, the Republican chairman of the Budget Committee, "
            "said the numbers did not add up. Republicans agreed."
        )
    )
    assert ("Ilse Moravec", "leaderOf", "Budget Committee") in got
    assert ("Ilse Moravec", "memberOf", "Republican Party") in got
    assert ("Ilse Moravec", "leaderOf", "Republican Party") not in got
    assert ("Ilse Moravec", "memberOf", "Vermont") not in got


def test_the_top_party_member_on_a_committee_after_the_home_state(graph_of):
    got = facts(
        graph_of(
            "Tom Brandt of Ohio, the top Democrat on the Senate Finance Committee, said he "
            "would vote no. Democrats followed him."
        )
    )
    assert ("Tom Brandt", "memberOf", "Senate Finance Committee") in got
    assert ("Tom Brandt", "memberOf", "Democratic Party") in got


def test_a_seat_on_a_committee_told_after_a_party_apposition(graph_of):
    got = facts(
        graph_of(
            "Lena Varga, a Republican from Idaho who sits on the Senate Energy Committee, "
            "said the plan was late. Republicans agreed."
        )
    )
    assert ("Lena Varga", "memberOf", "Senate Energy Committee") in got
    assert ("Lena Varga", "memberOf", "Republican Party") in got


def test_the_speaker_leads_the_chamber_and_floor_leaders_sit_in_the_named_one(graph_of):
    got = facts(
        graph_of(
            "Speaker Ruth Okafor said the House would vote on Friday. "
            "In the Senate, Majority Leader Oren Pask promised a vote in May.",
            "Former Speaker Miriam Stolz said the House was divided. "
            "In the end, Majority Leader Jan Voort gave way. The Senate adjourned.",
        )
    )
    assert ("Ruth Okafor", "leaderOf", "House") in got
    assert ("Oren Pask", "memberOf", "Senate") in got
    assert ("Miriam Stolz", "leaderOf", "House") not in got
    assert ("Jan Voort", "memberOf", "Senate") not in got


def test_party_members_led_by_two_of_them_are_its_members(graph_of):
    got = facts(
        graph_of(
            "House Republicans led by two Texans, Speaker Ruth Okafor and Majority Leader "
            "Oren Pask, moved their bill forward on Wednesday. The House votes next week."
        )
    )
    assert ("Ruth Okafor", "memberOf", "Republican Party") in got
    assert ("Oren Pask", "memberOf", "Republican Party") in got
    assert ("Ruth Okafor", "leaderOf", "House") in got


def test_the_chamber_named_with_and_without_its_country_is_one(graph_of):
    got = facts(
        graph_of(
            "The bill, written by Rep. Ana Pell, R-Ohio, passed the U.S. House on Tuesday. "
            "The lone no vote came from Rep. Otto Brandt, a Nevada Republican. Speaker "
            "Carl Moss had kept it off the floor. The House then sent it to the Senate."
        )
    )
    assert ("Ana Pell", "memberOf", "U.S. House") in got
    assert ("Otto Brandt", "memberOf", "U.S. House") in got
    assert ("Carl Moss", "leaderOf", "U.S. House") in got


def test_two_countries_chambers_leave_a_bare_title_unplaced(graph_of):
    got = facts(graph_of("Brazil's Senate and the Senate of Chile met. Sen. Ana Pell spoke."))
    assert not any(s == "Ana Pell" and p == "memberOf" for s, p, _ in got)


def test_a_counted_party_s_members_listed_are_its_members(graph_of):
    got = facts(
        graph_of(
            "All Democrats signed, along with four Republicans: Ada Rhee, Carl Moss of Ohio, "
            "Lena Varga of Idaho and Tom Brandt of Texas. Republicans were split.",
            "Three Democratic senators, Ana Pell, Otto Brandt and Ruth Okafor, voted no. "
            "Democrats were angry.",
        )
    )
    for name in ("Ada Rhee", "Carl Moss", "Lena Varga", "Tom Brandt"):
        assert (name, "memberOf", "Republican Party") in got
    for name in ("Ana Pell", "Otto Brandt", "Ruth Okafor"):
        assert (name, "memberOf", "Democratic Party") in got


def test_a_party_list_that_names_others_than_people_makes_no_members(graph_of):
    got = facts(
        graph_of(
            "Two Republicans attended: the meeting ran late. Republicans were upset. "
            "Democrats said the Senate, Ada Rhee and the House had failed. Democrats left."
        )
    )
    assert not any(p == "memberOf" and s == "Ada Rhee" for s, p, _ in got)


@pytest.mark.parametrize("text, body", [
    ("Marta Kowalski was elected to the Kenyan Senate in 2018.", "Kenyan Senate"),
    ("Marta Kowalski, who was elected to the Kenyan Senate in 2018, said the bill would pass.",
     "Kenyan Senate"),
    ("Marta Kowalski won a seat in the Kenyan Senate in 2018.", "Kenyan Senate"),
    ("Marta Kowalski sits in the Kenyan Senate.", "Kenyan Senate"),
    ("Marta Kowalski serves on the Trade Committee of the Kenyan Senate.",
     "Trade Committee of the Kenyan Senate"),
    ("Marta Kowalski, a judge on the Kenyan High Court, ruled against the ban.",
     "Kenyan High Court"),
])
def test_a_seat_held_in_a_body_makes_a_member(graph_of, text, body):
    assert ("Marta Kowalski", "memberOf", body) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # a seat held before
    "Marta Kowalski sat in the Kenyan Senate until 2015.",
    # elected to do something, not to a body
    "The Kenyan Senate elected Marta Kowalski to lead the inquiry.",
    # a seat won by a party in an election, not by the person in a body
    "Marta Kowalski won a seat at the table in talks with Brenner Steel.",
    # "on" a topic, not on a body
    "Marta Kowalski, an adviser on the Kenyan Senate's budget, spoke.",
])
def test_no_seat_held_now(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Marta Kowalski" and p == "memberOf" for s, p, _ in got)


def test_a_countrys_senator_or_representative_is_of_its_chamber_not_the_country(graph_of):
    got = facts(graph_of(
        "The Senate passed the plan and the House will vote next week. It was opposed by U.S. "
        "Sen. Karen Wexley, who said it went too far. U.S. Rep. Tobias Crane backed it."))
    assert ("Karen Wexley", "memberOf", "Senate") in got
    assert ("Tobias Crane", "memberOf", "House") in got
    assert not [f for f in got if f[2] in {"United States", "U.S."}]


def test_a_countrys_trade_representative_is_no_lawmaker(graph_of):
    got = facts(graph_of("The House met on Monday. U.S. Trade Representative Mira Olden "
                         "said the talks would go on."))
    assert ("Mira Olden", "memberOf", "House") not in got


def test_a_party_word_before_a_senators_title_keeps_the_chamber(graph_of):
    got = facts(graph_of("Republican Sen. Karen Wexley said the Senate would vote, and Ohio "
                         "Sen. Paul Dree agreed."))
    assert ("Karen Wexley", "memberOf", "Senate") in got
    assert ("Karen Wexley", "memberOf", "Republican Party") in got
    assert ("Paul Dree", "memberOf", "Senate") not in got  # a state's senator, maybe


def test_plural_titles_make_each_listed_name_a_member(graph_of):
    got = facts(graph_of(
        "The House voted on Friday. Reps. Ana Lusk, Bo Pratt and Cy Moe voted no, while Dan "
        "Kolb voted yes. Former Reps. Al Fenn and Jo Dart had backed it."))
    for name in ("Ana Lusk", "Bo Pratt", "Cy Moe"):
        assert (name, "memberOf", "House") in got
    for name in ("Dan Kolb", "Al Fenn", "Jo Dart"):
        assert (name, "memberOf", "House") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The House voted on Friday. Three members voted no: Reps. Mark Tolliver (R-S.C.), Dave "
        "Brandt (R-Va.) and Gary Pelham (R-Ala.).",
        "The House voted on Friday. Reps. Mark Tolliver, R-S.C., Dave Brandt, R-Va., and Gary "
        "Pelham, R-Ala., oppose the changes made by the Senate.",
        "The House voted on Friday. Republican Reps. Mark Tolliver (S.C.), Dave Brandt (Va.) "
        "and Gary Pelham (Ala.) voted against the bill.",
    ],
)
def test_a_plural_title_s_list_with_tags_makes_each_a_member(graph_of, text):
    got = facts(graph_of(text))
    for name in ("Mark Tolliver", "Dave Brandt", "Gary Pelham"):
        assert (name, "memberOf", "House") in got
        assert (name, "memberOf", "Republican Party") in got


def test_a_plural_title_s_list_ends_where_the_names_stop_joining(graph_of):
    got = facts(graph_of(
        "The Senate voted on Friday. Democratic Sens. Ivo Brandt and Lia Kern met Governor "
        "Tom Fasso, who said Ana Reyes would run."))
    assert ("Ivo Brandt", "memberOf", "Democratic Party") in got
    assert ("Lia Kern", "memberOf", "Senate") in got
    for name in ("Tom Fasso", "Ana Reyes"):
        assert (name, "memberOf", "Senate") not in got
        assert (name, "memberOf", "Democratic Party") not in got


def test_the_top_party_member_on_a_committee_after_a_comma_tag(graph_of):
    got = facts(graph_of(
        "Sen. Ana Ruiz, D-N.M., the top Democrat on the Senate Banking Committee, opposed the "
        "bill. Rep. Tom Hale, R-Texas, said Democrats on the House Budget Committee agreed."))
    assert ("Ana Ruiz", "memberOf", "Senate Banking Committee") in got
    assert ("Ana Ruiz", "memberOf", "Democratic Party") in got
    assert ("Tom Hale", "memberOf", "House Budget Committee") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The Senate will approve the bill next week, the chamber's top Democrat said Tuesday.",
        "The Senate met on Friday, and the Senate's Republicans blocked the plan.",
    ],
)
def test_a_chamber_s_party_members_make_no_part_of_it(graph_of, text):
    assert not [f for f in facts(graph_of(text)) if f[1] == "partOf"]


def test_a_party_adjective_read_as_a_body_names_the_party(graph_of):
    g = graph_of("Today, Democratic Leader Hakim Jeffers released a statement. The Social "
                 "Democratic Party of Valdoria did not.")
    labels = entities(g)
    assert "Democratic" not in labels
    assert ("Hakim Jeffers", "memberOf", "Democratic Party") in facts(g)
    assert "Social Democratic Party of Valdoria" in labels or "Social Democratic Party" in labels


@pytest.mark.parametrize(
    "text",
    [
        "The Republican chairman of the Budget Committee, Senator Ted Stevenson of Alaska, "
        "praised the bill. Republicans agreed.",
        "The Republican chairman of the Budget Committee, Ted Stevenson, praised the bill. "
        "Republicans agreed.",
    ],
)
def test_a_party_title_before_the_apposed_name_names_the_party(graph_of, text):
    got = facts(graph_of(text))
    assert ("Ted Stevenson", "memberOf", "Republican Party") in got
    assert ("Ted Stevenson", "leaderOf", "Budget Committee") in got


@pytest.mark.parametrize(
    "text",
    [
        "The chairman of the Budget Committee, Senator Ted Stevenson of Alaska, praised the "
        "Republican plan. Republicans agreed.",
        "Republicans met the chairman, Sen. Ted Stevenson, on Friday.",
    ],
)
def test_a_title_with_no_party_word_before_the_apposed_name_names_none(graph_of, text):
    got = facts(graph_of(text))
    assert ("Ted Stevenson", "memberOf", "Republican Party") not in got


def test_the_names_a_chamber_s_members_were_are_its_members(graph_of):
    got = facts(graph_of(
        "The Senate passed it 60-38. Senators who voted against the measure were Orrin "
        "Hatchet (R-Utah), Rand Pauley (R-Ky.), Patty Murrow (D-Wash.) and Carl Levine "
        "(D-Mich.)."))
    for name in ("Orrin Hatchet", "Rand Pauley", "Patty Murrow", "Carl Levine"):
        assert (name, "memberOf", "Senate") in got


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed it. Former senators at the dinner were Orrin Hatchet and Rand Pauley.",
        "The Senate passed it. State senators at the dinner were Orrin Hatchet and Rand Pauley.",
        "The Senate passed it. Their guests at the dinner were Orrin Hatchet and Rand Pauley.",
    ],
)
def test_the_names_other_groups_were_are_no_members(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[1] == "memberOf" and f[2] == "Senate"]


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("House Democratic Leader Hakim Jeffers released a statement.", "Hakim Jeffers",
         "Democratic Party"),
        ("Senate Republican Whip Jon Thurn said the House would vote.", "Jon Thurn",
         "Republican Party"),
    ],
)
def test_a_chamber_s_party_floor_officer_is_of_the_party(graph_of, text, person, party):
    got = facts(graph_of(text))
    assert (person, "memberOf", party) in got
    assert (person, "leaderOf", party) not in got  # leads its members in one chamber


@pytest.mark.parametrize(
    "text",
    [
        "Former House Democratic Leader Hakim Jeffers released a statement.",
        "House Majority Leader Steve Carlon said the Democratic bill would fail.",
    ],
)
def test_a_past_or_partyless_floor_office_names_no_party(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[1] == "memberOf" and f[2].endswith("Party")]


@pytest.mark.parametrize(("text", "chamber"), [
    ("Pavel Dresk, who represents Kestrel North in the National Assembly, said the bill "
     "would pass.", "National Assembly"),
    ("Pavel Dresk represents Kestrel North constituency in the House of Representatives and "
     "said the bill would pass.", "House of Representatives"),
])
def test_represents_a_seat_in_a_chamber(graph_of, text, chamber):
    assert ("Pavel Dresk", "memberOf", chamber) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # a seat held before, one hoped for, a chamber named apart, a client in court
    "Pavel Dresk, who represented Kestrel North in the National Assembly until 2019, said "
    "the bill would pass.",
    "Pavel Dresk, who hopes to represent Kestrel North in the National Assembly, said the "
    "bill would pass.",
    "Pavel Dresk, who represents Kestrel North, said the National Assembly would pass the bill.",
    "Pavel Dresk, who represents Ana Roe in the High Court, said the National Assembly would "
    "pass the bill.",
])
def test_no_seat_represented_in_the_past_hoped_for_or_apart(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Pavel Dresk" and f[1] == "memberOf"}


@pytest.mark.parametrize("text", [
    "Pavel Dresk, who represents Kestrel North on the platform of the Liberty Party, said the "
    "bill would pass.",
    "Pavel Dresk is running on the Liberty Party ticket and said the bill would pass.",
    "Pavel Dresk, a lawmaker on the platform of the Liberty Party, said the bill would pass.",
])
def test_on_a_partys_platform_or_ticket_is_its_member(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Liberty Party") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # elected so once (the member may have left since), a past seat, a platform spoken on
    "Pavel Dresk, who was elected on the platform of the Liberty Party, said the bill would "
    "pass.",
    "Pavel Dresk, who represented Kestrel North on the platform of the Liberty Party, "
    "defected on Monday.",
    "Pavel Dresk commented on the platform of the Liberty Party on Monday.",
    "Pavel Dresk, a critic, spoke on the platform of the Liberty Party on Monday.",
])
def test_no_party_for_a_past_ticket_or_a_platform_spoken_on(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Liberty Party") not in facts(graph_of(text))


@pytest.mark.parametrize(("text", "body"), [
    ("Pavel Dresk, who serves in the Kestrel Brigade, said the drills would continue.",
     "Kestrel Brigade"),
    ("Pavel Dresk serves in the Estonian Defence Forces and said the drills would continue.",
     "Estonian Defence Forces"),
])
def test_serves_in_an_armed_force(graph_of, text, body):
    assert ("Pavel Dresk", "memberOf", body) in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Pavel Dresk, who served in the Kestrel Brigade, said the drills would continue.",  # past
    "Pavel Dresk, who serves as a liaison to the Kestrel Brigade, said the drills would "
    "continue.",
    "Pavel Dresk, who serves food in the Kestrel Brigade canteen, said the drills would "
    "continue.",
])
def test_no_force_served_before_or_only_dealt_with(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Kestrel Brigade") not in facts(graph_of(text))
