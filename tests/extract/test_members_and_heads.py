"""Who belongs to and who heads a body, read from real news constructions: titles still to
be held, a nationality inside another body's title, a board's seats under its chair, lists
of ministers after one country's name, people counted among a party's leaders, heads named
with "with X as its leader", two titles before one name; on sentences written for these
tests."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _roles(got, name):
    return {(p, o) for s, p, o in got if s == name and p in {"memberOf", "leaderOf"}}


def test_the_next_president_of_a_body_does_not_lead_it_yet(graph_of):
    got = facts(graph_of(
        "Today the next Halden Commission President, Mara Kell, unveiled her team. "
        "Later the Halden Commission President, Ivo Brandt, thanked the staff."
    ))
    assert ("Mara Kell", "leaderOf", "Halden Commission") not in got
    assert ("Ivo Brandt", "leaderOf", "Halden Commission") in got


def test_a_nationality_inside_a_bodys_title_names_no_country_led(graph_of):
    got = facts(graph_of(
        '"We will vote yes," said Greens/EFA Dutch co-chair Bas Vermeer on Monday. '
        "Ostland Union Polish vice-president Ana Nowak agreed."
    ))
    assert ("Bas Vermeer", "leaderOf", "Netherlands") not in got
    assert ("Ana Nowak", "memberOf", "Ostland Union") in got
    assert ("Ana Nowak", "memberOf", "Poland") not in got


def test_a_posted_title_after_a_body_keeps_the_senders_nationality(graph_of):
    got = facts(graph_of("NATO Turkish envoy Ali Kaya said the talks would resume."))
    assert ("Ali Kaya", "memberOf", "Turkey") in got


def test_a_bare_president_described_as_another_countrys_leader_is_not_the_home_ones(
    graph_of,
):
    got = facts(graph_of(
        "YEREVAN - Armenian Foreign Minister Eduard Sarkisian spoke in New York on "
        "Saturday. He cited a statement by President Elmar Guliyev in which, he said, the "
        "Azeri leader once again claimed Armenian territories and threatened Armenia."
    ))
    assert ("Eduard Sarkisian", "memberOf", "Armenia") in got
    assert ("Elmar Guliyev", "leaderOf", "Armenia") not in got


def test_a_permanent_secretary_and_a_lead_director_do_not_lead(graph_of):
    got = facts(graph_of(
        "A communique read by Musa Bello, permanent secretary of the Federal Ministry of "
        "Trade, praised the leaders. Orvik Bank's lead independent director, Ana Ruiz, "
        "said the board would meet. Tom Hale, a non-executive director of Orvik Bank, "
        "resigned. Ola Brandt, director of the Harbour Institute, said rates would rise."
    ))
    assert ("Musa Bello", "memberOf", "Federal Ministry of Trade") in got
    assert ("Musa Bello", "leaderOf", "Federal Ministry of Trade") not in got
    assert ("Ana Ruiz", "memberOf", "Orvik Bank") in got
    assert ("Ana Ruiz", "leaderOf", "Orvik Bank") not in got
    assert ("Tom Hale", "leaderOf", "Orvik Bank") not in got
    assert ("Ola Brandt", "leaderOf", "Harbour Institute") in got


def test_a_clause_between_a_title_and_a_name_gives_the_name_no_title(graph_of):
    got = facts(graph_of(
        "According to Susan Stone, the chair of Orvik Bank, board members unanimously chose "
        "Robert Costa as the next CEO after considering multiple candidates."
    ))
    assert ("Susan Stone", "leaderOf", "Orvik Bank") in got
    assert ("Robert Costa", "leaderOf", "Orvik Bank") not in got


def test_a_lead_director_sits_on_the_board(graph_of):
    got = facts(graph_of(
        "According to Susan Stone, the independent lead director of the Orvik Bank board, "
        "board members unanimously chose Costa as the next CEO."
    ))
    assert ("Susan Stone", "memberOf", "Orvik Bank") in got
    assert ("Susan Stone", "leaderOf", "Orvik Bank") not in got


def test_a_board_chair_is_of_the_company_most_named_not_its_unit(extract):
    extraction = extract(
        "Halvex President and CEO David Holt on Monday announced his decision to step down "
        "at the end of this year. He will continue to lead Halvex through the year, Halvex "
        "said in an announcement. Board Chair Larry Marsh has informed the board that he "
        "does not intend to stand for re-election, Halvex added. Halvex Air Services (HAS) "
        "President Stan Ruiz will retire."
    )
    got = {(r.subject.name, r.predicate, r.object.name) for r in extraction.relations}
    assert ("Larry Marsh", "leaderOf", "Halvex") in got
    assert ("Larry Marsh", "leaderOf", "Halvex Air Services") not in got


def test_serving_on_a_board_is_membership(graph_of):
    got = facts(graph_of(
        "Tom Hale has served on the board of directors of Orvik Bank since 2020. "
        "Halvex Group named a new chair on Monday. Steve Mollen has served on the board of "
        "directors since 2019. Halvex Group shares rose. Bo Lind served on the board of "
        "Stell Group until 2015."
    ))
    assert ("Tom Hale", "memberOf", "Orvik Bank") in got
    assert ("Steve Mollen", "memberOf", "Halvex Group") in got
    assert ("Bo Lind", "memberOf", "Stell Group") not in got


def test_appointed_to_lead_a_body_leads_it_and_a_confirmed_nominee_holds_the_office(
    graph_of,
):
    got = facts(graph_of(
        "Ana Ruiz has been appointed to lead Orvik Bank as its new president. "
        "In July the Senate confirmed Tom Hale as director of the Office of Coastal "
        "Management. Bo Lind was appointed to lead the inquiry."
    ))
    assert ("Ana Ruiz", "leaderOf", "Orvik Bank") in got
    assert ("Tom Hale", "leaderOf", "Office of Coastal Management") in got
    assert not _roles(got, "Bo Lind")


def test_a_bare_deputy_minister_is_not_of_a_bureau_of_another_ministry(graph_of):
    got = facts(graph_of(
        "The Ostland delegation, with Deputy Foreign Minister Kim Sung-ho as the head, "
        "held talks with the Japanese delegation headed by Aki Mori, director-general of "
        "the Asian Affairs Bureau of the Japanese Foreign Ministry."
    ))
    assert not {r for r in _roles(got, "Kim Sung-ho") if "Bureau" in r[1]}
    assert ("Aki Mori", "leaderOf", "Asian Affairs Bureau of the Japanese Foreign Ministry") in got


def test_a_body_with_someone_as_its_leader(graph_of):
    got = facts(graph_of(
        "The only party ready to talk was the PAR faction with Zita Moreno as its leader. "
        "The Ostland delegation, with Deputy Foreign Minister Kim Sung-ho as the head, has "
        "arrived in Beijing. Ana Ruiz met the club with Tom Hale as its guest."
    ))
    assert ("Zita Moreno", "leaderOf", "PAR") in got
    assert ("Kim Sung-ho", "memberOf", "Ostland") in got
    assert ("Kim Sung-ho", "leaderOf", "Ostland") not in got
    assert not _roles(got, "Tom Hale")


def test_the_political_leader_of_a_party_leads_it(graph_of):
    got = facts(graph_of(
        "WILLEMSTAD – According to the political leader of the coalition party PAIS, Alex "
        "Rosario, now that the coalition is in its second half, it should widen its support."
    ))
    assert ("Alex Rosario", "leaderOf", "PAIS") in got


def test_ministers_listed_after_one_countrys_minister_are_that_countrys(graph_of):
    got = facts(graph_of(
        "ANKARA - Turkish Foreign Minister Kemal Aydin on Wednesday met Syrian Foreign "
        "Minister Samir Haddad, Defence Minister Omar Rifai and Finance Minister Ziad Nouri "
        "in the capital. Turkish Interior Minister Ali Kaya and Turkish Trade Minister Efe "
        "Tan attended."
    ))
    assert ("Samir Haddad", "memberOf", "Syria") in got
    assert ("Omar Rifai", "memberOf", "Syria") in got
    assert ("Ziad Nouri", "memberOf", "Syria") in got
    assert ("Omar Rifai", "memberOf", "Turkey") not in got
    assert ("Ziad Nouri", "memberOf", "Turkey") not in got


def test_a_participle_after_a_closer_noun_is_that_nouns(graph_of):
    got = facts(graph_of(
        "Ana Ruiz and Tom Hale were among the three Unity Party leaders from the State who "
        "were sworn in as Cabinet Ministers in the government led by Prime Minister Bo Lind."
    ))
    assert ("Bo Lind", "memberOf", "Unity Party") not in got
    assert ("Bo Lind", "leaderOf", "Unity Party") not in got


def test_people_counted_among_a_partys_leaders_belong_to_it(graph_of):
    got = facts(graph_of(
        "Ana Ruiz and Tom Hale were among the three Unity Party leaders sworn in on Sunday. "
        "Bo Lind is among the Ostland officials in Geneva. Eva Moll was among the critics "
        "of the Unity Party. Ida Berg was among the former Unity Party leaders at the "
        "funeral."
    ))
    assert ("Ana Ruiz", "memberOf", "Unity Party") in got
    assert ("Tom Hale", "memberOf", "Unity Party") in got
    assert ("Bo Lind", "memberOf", "Ostland") in got
    assert not _roles(got, "Eva Moll")
    assert not _roles(got, "Ida Berg")


def test_two_titles_joined_before_one_name_are_both_the_names(graph_of):
    got = facts(graph_of(
        "West Bengal Chief Minister and Unity Party chief Mamta Sen met the envoys on "
        "Monday. Delhi Deputy Chief Minister Tom Hale joined them."
    ))
    assert ("Mamta Sen", "leaderOf", "Unity Party") in got
    assert ("Mamta Sen", "leaderOf", "West Bengal") in got
    assert ("Tom Hale", "leaderOf", "Delhi") not in got


def test_a_title_the_parser_joins_to_the_name_as_a_conjunct(graph_of):
    got = facts(graph_of(
        "Talks were held between Ri Sung Ho, foreign minister of Ostland, and Wang Lei, "
        "state councillor and foreign minister of the Republic of Westmark."
    ))
    assert ("Ri Sung Ho", "memberOf", "Ostland") in got
    assert ("Wang Lei", "memberOf", "Republic of Westmark") in got


def test_who_chairs_a_body_now_after_who_chaired_it(graph_of):
    got = facts(graph_of(
        "The Audit Committee was chaired by Ana Ruiz until June and is now chaired by "
        "Tom Hale."
    ))
    assert ("Tom Hale", "leaderOf", "Audit Committee") in got
    assert ("Ana Ruiz", "leaderOf", "Audit Committee") not in got


def test_a_floor_leader_of_a_state_and_a_committee_chair_of_a_chamber_are_members(graph_of):
    got = facts(graph_of(
        "Texas Republicans hosted three such members at their weekly lunch on Wednesday: "
        "Majority Leader Steve Scalise of Louisiana, House Judiciary Chair Jim Jordan of "
        "Ohio and Republican Study Committee Chair Kevin Hern of Oklahoma. House Speaker "
        "Mike Jones greeted them."
    ))
    assert ("Steve Scalise", "leaderOf", "Louisiana") not in got
    assert ("Steve Scalise", "memberOf", "Louisiana") in got
    assert ("Jim Jordan", "leaderOf", "House") not in got
    assert ("Jim Jordan", "memberOf", "House") in got
    assert ("Mike Jones", "leaderOf", "House") in got


def test_a_body_named_after_its_description_is_the_one_led_or_joined(graph_of):
    got = facts(graph_of(
        "Dana Lupe, who heads swimming's governing body, the WSF, said the rules would "
        "change. The delegation included Kenta Morishita of the gymnastics federation, FIG."
    ))
    assert ("Dana Lupe", "leaderOf", "WSF") in got
    assert ("Kenta Morishita", "memberOf", "FIG") in got


def test_a_person_named_after_a_description_is_no_body(graph_of):
    got = facts(graph_of(
        "Dana Lupe, who heads the agency, Ruth Obi said, will resign."
    ))
    assert not [f for f in got if f[2] == "Ruth Obi"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Liberty Front, led by the former television presenter Bikash Rai, came third.",
         ("Bikash Rai", "leaderOf", "Liberty Front")),
        ("Ravi Menon, who heads Brookvale's India business, said sales rose.",
         ("Ravi Menon", "memberOf", "Brookvale")),
        ("The Unity Front is the party Maria Costa leads.",
         ("Maria Costa", "leaderOf", "Unity Front")),
        ("Dilnoza Karim, who studies politics at the University of Warsaw, said the vote "
         "was close.", ("Dilnoza Karim", "memberOf", "University of Warsaw")),
        ("Ana Roe teaches law at Dunmore University.", ("Ana Roe", "memberOf",
                                                        "Dunmore University")),
    ],
)
def test_roles_told_by_a_description_or_a_clause(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_place_a_unit_works_in_is_not_the_body_its_head_leads(graph_of):
    got = facts(graph_of("Ravi Menon, who heads Brookvale's India business, said sales rose."))
    assert not [f for f in got if f[0] == "Ravi Menon" and f[2] == "India"]
    assert ("Ravi Menon", "leaderOf", "Brookvale") not in got


def test_a_past_contact_clause_gives_no_leader(graph_of):
    got = facts(graph_of("The Unity Front is the party Maria Costa led until 2020."))
    assert ("Maria Costa", "leaderOf", "Unity Front") not in got


def test_a_countrys_body_after_a_heads_title_is_a_body(graph_of):
    graph = graph_of(
        "Om Birl, the speaker of India's Lok Sabha, opened the session. Anna Berg, a member "
        "of Norway's Storting, voted no."
    )
    named, got = entities(graph), facts(graph)
    assert named["Lok Sabha"] == "Organization" and named["Storting"] == "Organization"
    assert ("Om Birl", "leaderOf", "Lok Sabha") in got
    assert ("Anna Berg", "memberOf", "Storting") in got


def test_a_person_after_a_countrys_possessive_stays_a_person(graph_of):
    named = entities(graph_of("She is the wife of France's Emmanuel Macron, the president."))
    assert named["Emmanuel Macron"] == "Person"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Karim Hassani, a senior figure in the Wafa Alliance, said the bloc would back the plan.",
     "Karim Hassani", ("memberOf", "Wafa Alliance")),
    ("Senior Hamas figure Khalil Nasser said the talks had stalled.",
     "Khalil Nasser", ("memberOf", "Hamas")),
    # one of two descriptions in apposition
    ("Tamaz Beridze, first deputy parliamentary speaker and one of the Unity Party leaders, "
     "told the press.", "Tamaz Beridze", ("memberOf", "Unity Party")),
    # the second of two participles after the body
    ("The majority is led by the Unity Party, founded by Zoran Markovic and led by Milos "
     "Petrovic.", "Milos Petrovic", ("leaderOf", "Unity Party")),
    ("Freedom Front Plus leader Pieter van Wyk was named minister of correctional services.",
     "Pieter van Wyk", ("leaderOf", "Freedom Front Plus")),
])
def test_members_and_heads_of_parties_described(graph_of, text, name, role):
    assert role in _roles(facts(graph_of(text)), name)


@pytest.mark.parametrize(("text", "name"), [
    ("Ana Roe, a towering figure of Norland politics, died on Monday.", "Ana Roe"),
    ("The Unity Party, founded in 1990 by Milos Petrovic, won the vote.", "Milos Petrovic"),
])
def test_no_role_from_a_figure_of_speech_or_a_founding(graph_of, text, name):
    assert not _roles(facts(graph_of(text)), name)


def test_a_towns_police_spokesperson_speaks_for_no_town(graph_of):
    got = facts(graph_of(
        "Islamabad police spokesperson Jawad Karim confirmed the arrest of all three. "
        "The party said Islamabad Police had formed teams to arrest him."
    ))
    assert ("Jawad Karim", "spokespersonOf", "Islamabad Police") in got
    assert not any(o == "Islamabad" for s, _, o in got if s == "Jawad Karim")
    got = facts(graph_of("Lahore police commander Asif Mahmood said the protest was illegal."))
    assert not any(s == "Asif Mahmood" for s, _, _ in got)


def test_a_constituency_before_a_members_title_names_no_one(graph_of):
    got = entities(graph_of(
        "Kuria West MP Mathias Robi told Mr Orengo not to be used. Fifteen Jubilee MPs "
        "allied to Dr Ruto dared their colleagues."
    ))
    assert got.get("Mathias Robi") == "Person"
    assert not any(name.endswith(("MP", "MPs")) for name in got)


def test_a_countrys_most_powerful_figure_is_no_member_by_that_word(graph_of):
    got = facts(graph_of(
        "The protests rattled Kenya's most powerful figure, President Ana Roe. Kenya "
        "has seen such protests before."
    ))
    assert ("Ana Roe", "memberOf", "Kenya") not in got


@pytest.mark.parametrize(("text", "role"), [
    ('"We tried to save the alliance," senior Unity Party leader Ram Thapa said on Monday.',
     ("memberOf", "Unity Party")),
    ("Unity Party leader Ram Thapa said the talks had failed.", ("leaderOf", "Unity Party")),
])
def test_a_senior_leader_of_a_party_is_one_of_its_leaders(graph_of, text, role):
    assert _roles(facts(graph_of(text)), "Ram Thapa") == {role}


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Secretary Ana Wanjiru, Indian High Commissioner to Kenya Pranay Verma "
    "and his deputy Binoy George were present.",
    "Foreign Secretary Ana Wanjiru, Indian High Commissioner to Kenya Pranay Verma and his "
    "deputy Binoy George were present at the talks in Nairobi.",
])
def test_a_title_in_a_list_is_the_name_after_it_not_the_one_before(graph_of, text):
    assert ("memberOf", "India") not in _roles(facts(graph_of(text)), "Ana Wanjiru")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Indian High Commissioner to Kenya Pranay Verma met the press in Nairobi.",
     "Pranay Verma", "India"),
    ("Foreign Minister Ana Wanjiru met the Chinese Ambassador to Kenya, Zhou Ping, in "
     "Nairobi.", "Zhou Ping", "China"),
])
def test_an_envoy_of_a_rank_to_a_country_is_of_the_country_before_the_title(
        graph_of, text, name, country):
    got = _roles(facts(graph_of(text)), name)
    assert ("memberOf", country) in got
    assert ("memberOf", "Kenya") not in got


def test_a_former_envoy_is_no_member(graph_of):
    got = _roles(facts(graph_of(
        "Former Indian High Commissioner to Kenya Pranay Verma met the press in Nairobi.")),
        "Pranay Verma")
    assert ("memberOf", "India") not in got


def test_plus_before_a_number_ends_a_body_s_name(graph_of):
    kinds = entities(graph_of("Park Min-ho attended the ASEAN Plus Three meeting on Tuesday."))
    assert "ASEAN" in kinds and "ASEAN Plus" not in kinds
