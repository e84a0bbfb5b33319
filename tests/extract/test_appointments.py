"""Appointments told by the verb that makes them: the one named, the office, the body."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def test_the_one_named_beside_the_title_they_already_hold(graph_of):
    got = facts(
        graph_of(
            "Corvane Industries said on Monday that its board had named current chairman, "
            "Hal Brenner, as chief executive officer. "
            "Ostrava Polytechnic's board of trustees appointed current provost and renowned "
            "economist Lena Sobotka as the university's ninth president."
        )
    )
    assert ("Hal Brenner", "leaderOf", "Corvane Industries") in got
    assert ("Lena Sobotka", "leaderOf", "Ostrava Polytechnic") in got


def test_as_hung_on_the_one_named(graph_of):
    got = facts(
        graph_of("Velmora Foods appointed former senior executive Tobias Renn as CEO, "
                 "to replace Ulla Grieg.")
    )
    assert ("Tobias Renn", "leaderOf", "Velmora Foods") in got


def test_the_organisation_that_reports_the_appointment_makes_it(graph_of):
    got = facts(
        graph_of("The Harwick Group said it has named Harwick Parks chairman Oona Tate as "
                 "chief executive officer, effective immediately.")
    )
    assert ("Oona Tate", "leaderOf", "The Harwick Group") in got or (
        "Oona Tate", "leaderOf", "Harwick Group") in got


def test_the_one_who_names_is_not_the_one_named(graph_of):
    got = facts(
        graph_of("Rep. Dana Ruiz released a statement after Speaker Ilse Maron named her "
                 "as chair of the House Budget Committee.")
    )
    assert not [f for f in got if f[0] == "Ilse Maron" and f[1] == "leaderOf"]


def test_replaced_with_gives_the_office_to_the_successor(graph_of):
    got = facts(
        graph_of(
            "Parvis Health replaced CEO Ruth Kellam with company veteran Aldo Brin after "
            "investors pressed the company. "
            "The coffee chain Brewlane replaced Jonas Pirk with Tamsfield Grill head "
            "Mara Quist as its CEO in August."
        )
    )
    assert ("Aldo Brin", "leaderOf", "Parvis Health") in got
    assert ("Mara Quist", "leaderOf", "Brewlane") in got
    assert ("Mara Quist", "leaderOf", "Tamsfield Grill") in got
    # the one replaced leaves the office; the successor is no head of the last body named
    assert ("Jonas Pirk", "leaderOf", "Brewlane") not in got


def test_replaced_by_a_body_without_a_successor_named_gives_nothing(graph_of):
    got = facts(graph_of("Parvis Health replaced its old logo with a new one in August."))
    assert not [f for f in got if f[1] == "leaderOf"]


def test_more_verbs_of_appointing(graph_of):
    got = facts(
        graph_of(
            "Ana Roe was sworn in as president of the Velora Republic on Monday. "
            "The Marlow Foundation picked Tom Hale as its new director."
        )
    )
    assert ("Ana Roe", "leaderOf", "Velora Republic") in got
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") in got


def test_swearing_without_taking_office_is_no_appointment(graph_of):
    got = facts(graph_of("Ana Roe swore loyalty to the president of the Velora Republic."))
    assert ("Ana Roe", "leaderOf", "Velora Republic") not in got


def test_the_next_holder_of_an_office_does_not_hold_it_yet(graph_of):
    got = facts(
        graph_of("US President Paul Edmonds plans to tap Navy Vice Admiral Michael Dorran to be "
                 "the next director of the Coastal Security Agency (CSA), Defense Secretary "
                 "Chuck Lanning announced on Thursday.")
    )
    assert ("Michael Dorran", "leaderOf", "Coastal Security Agency") not in got


def test_a_senior_managing_director_is_one_of_several(graph_of):
    got = facts(graph_of("Ana Roe, the Velora Group's senior managing director, spoke."))
    assert ("Ana Roe", "memberOf", "Velora Group") in got
    assert ("Ana Roe", "leaderOf", "Velora Group") not in got


def test_what_the_one_elected_was_before_is_not_the_new_office(graph_of):
    got = facts(
        graph_of("Sekou Ballo Ndiaye, a former director of FIFA's West African regional office "
                 "was elected president of FEGUIFOOT by 41 votes.")
    )
    assert ("Sekou Ballo Ndiaye", "leaderOf", "FIFA") not in got
    assert not [f for f in got if f[1] == "leaderOf" and f[2] == "FIFA"]


def test_a_participle_after_the_name_tells_of_the_name(graph_of):
    got = facts(
        graph_of(
            "Ilie Dobrescu, appointed on Wednesday for a fifth term as Governor of the "
            "National Bank of Moldova, said on Thursday that prices would ease. "
            "Tom Hale, elected chairman of the Marlow Foundation in 2019, said the fund "
            "would grow."
        )
    )
    assert ("Ilie Dobrescu", "leaderOf", "National Bank of Moldova") in got
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") in got


def test_who_elects_is_not_who_is_elected(graph_of):
    got = facts(graph_of("Tom Hale elected Ana Roe as chair of the Marlow Foundation."))
    assert ("Ana Roe", "leaderOf", "Marlow Foundation") in got
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") not in got


def test_named_head_of_a_part_of_a_body_is_its_member(graph_of):
    got = facts(
        graph_of("Rhea Lund, a professor of surgery at Corvel University, has been named chair "
                 "of the department of medicine at the Ostrava College of Medicine.")
    )
    assert ("Rhea Lund", "memberOf", "Ostrava College of Medicine") in got
    assert ("Rhea Lund", "leaderOf", "Ostrava College of Medicine") not in got
    got = facts(graph_of("Tom Hale was appointed chairman of the board of Velora Group."))
    assert ("Tom Hale", "leaderOf", "Velora Group") in got


PORTUGAL_CABINET = (
    "LISBON - Portugal's new cabinet was sworn in on Monday. Portuguese President Rui Vaz "
    "administered the oath of office to the ministers. "
    "Prime Minister Tiago Leal appointed lawmaker Marta Sousa as foreign minister and "
    "reappointed Nuno Pires as defence minister. "
    "Ines Costa was named information minister. "
    "Carlos Dias stays on as finance minister, a move meant to reassure Portugal's lenders."
)


def test_cabinet_posts_given_with_no_country_are_of_the_article_country(graph_of):
    got = facts(graph_of(PORTUGAL_CABINET))
    for minister in ("Marta Sousa", "Nuno Pires", "Ines Costa", "Carlos Dias"):
        assert (minister, "memberOf", "Portugal") in got


def test_posts_that_may_be_a_company_s_take_no_country(graph_of):
    got = facts(
        graph_of(
            "LISBON - Portugal's economy grew in May, Portugal's statistics office said. "
            "Ana Reis was named secretary and Rui Mota was appointed president on Monday."
        )
    )
    assert not [f for f in got if f[0] in {"Ana Reis", "Rui Mota"} and f[2] == "Portugal"]


def test_a_cabinet_post_in_an_article_about_no_one_country_takes_none(graph_of):
    got = facts(graph_of("Tiago Leal appointed lawmaker Marta Sousa as foreign minister."))
    assert not [f for f in got if f[0] == "Marta Sousa"]


def test_remaining_in_office_is_current_only_in_the_present(graph_of):
    got = facts(graph_of("Tom Hale will remain as chairman of the Marlow Foundation."))
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") in got
    got = facts(graph_of("Tom Hale remained as chairman of the Marlow Foundation until 2019."))
    assert ("Tom Hale", "leaderOf", "Marlow Foundation") not in got


def test_a_date_after_the_office_names_no_other_body(graph_of):
    got = facts(
        graph_of(
            "The board of Kestrel Holdings appointed Lena Ortiz as chief executive on Tuesday. "
            "Brimfield Mills appointed Oskar Dahl as chief executive in Asia on Monday."
        )
    )
    assert ("Lena Ortiz", "leaderOf", "Kestrel Holdings") in got
    # a region after the office is a part of the company, not a date
    assert ("Oskar Dahl", "leaderOf", "Brimfield Mills") not in got


def test_the_new_chairman_of_the_board_is_of_the_body_that_names(graph_of):
    got = facts(
        graph_of(
            "Kestrel's board of directors also named director Lena Ortiz the new chairman of "
            "the board. "
            "Brimfield Mills named Oskar Dahl the new chairman of the board of Tarn Foods."
        )
    )
    assert ("Lena Ortiz", "leaderOf", "Kestrel") in got
    assert ("Oskar Dahl", "leaderOf", "Brimfield Mills") not in got


def test_one_named_taken_for_the_complement_before_as(graph_of):
    got = facts(
        graph_of("Velora Airways on Friday named veteran senior executive Ilse Maron as its new "
                 "CEO after her predecessor's sudden departure.")
    )
    assert ("Ilse Maron", "leaderOf", "Velora Airways") in got


def test_a_legislature_votes_in_the_head_of_its_country(graph_of):
    got = facts(
        graph_of(
            "Japan's parliament confirmed Marta Okonkwo as prime minister on Monday. "
            "Thailand's National Legislative Assembly on Thursday elected Tomas Reyes as the "
            "interim prime minister."
        )
    )
    assert ("Marta Okonkwo", "leaderOf", "Japan") in got
    assert ("Tomas Reyes", "leaderOf", "Thailand") in got
    assert not [f for f in got if f[2] in {"Japan's parliament", "National Legislative Assembly"}
                and f[1] == "leaderOf"]


def test_a_legislature_of_no_country_named_gives_no_head(graph_of):
    got = facts(graph_of("The National Assembly elected Marta Okonkwo as prime minister."))
    assert not [f for f in got if f[0] == "Marta Okonkwo" and f[1] == "leaderOf"]


def test_a_legislature_electing_its_own_president_or_speaker_keeps_it(graph_of):
    got = facts(
        graph_of(
            "The National Assembly elected Marta Okonkwo as its president on Monday. "
            "The Velland Parliament elected Tomas Reyes as speaker."
        )
    )
    assert ("Marta Okonkwo", "leaderOf", "National Assembly") in got
    assert ("Tomas Reyes", "leaderOf", "Velland Parliament") in got


def test_a_legislature_named_by_its_demonym_gives_the_country_named_elsewhere(graph_of):
    got = facts(
        graph_of("The Japanese Diet on Monday elected Marta Okonkwo as prime minister. "
                 "Japan faces an early election.")
    )
    assert ("Marta Okonkwo", "leaderOf", "Japan") in got
    assert ("Marta Okonkwo", "leaderOf", "Diet") not in got


def test_a_board_whose_naming_verb_the_parser_took_for_a_modifier(graph_of):
    got = facts(
        graph_of(
            "Hours after the crash, Kestrel's board named Ortiz, the president and chief "
            "operating officer, as temporary CEO.",
            "Brimfield Mills' board named Oskar Dahl chair.",
        )
    )
    assert ("Ortiz", "leaderOf", "Kestrel") in got
    assert ("Oskar Dahl", "leaderOf", "Brimfield Mills") in got


def test_a_board_described_by_a_participle_names_no_one(graph_of):
    got = facts(graph_of("Kestrel's board, named in May, met Lena Ortiz on Tuesday."))
    assert not [f for f in got if f[0] == "Lena Ortiz" and f[1] == "leaderOf"]


_UNION = "The Ostland Hockey Union met on Monday. "


@pytest.mark.parametrize(("text", "fact"), [
    (f"{_UNION}The committee also appointed Renata Solberg as technical director.",
     ("Renata Solberg", "memberOf", "Ostland Hockey Union")),
    (f"{_UNION}Its executive committee appointed Renata Solberg as technical director.",
     ("Renata Solberg", "memberOf", "Ostland Hockey Union")),
    (f"{_UNION}The federation appointed Renata Solberg as interim head coach.",
     ("Renata Solberg", "memberOf", "Ostland Hockey Union")),
    (f"{_UNION}The Committee appointed Renata Solberg as interim head coach.",
     ("Renata Solberg", "memberOf", "Ostland Hockey Union")),
    ("The Ostland Hockey Union said on Monday that the board had appointed Renata Solberg "
     "as assistant coach.", ("Renata Solberg", "memberOf", "Ostland Hockey Union")),
])
def test_an_organ_or_a_kind_of_body_appoints_for_the_body_the_story_is_about(
        graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    f"{_UNION}The club appointed Renata Solberg as head coach.",  # a union is no club
    # two bodies named before: whose board it is is not told
    "The Ostland Hockey Union met Harlow Bank on Monday. The board appointed Renata Solberg "
    "as chief executive.",
    f"{_UNION}The government appointed Renata Solberg as sports minister.",
    "Harlow Bank lost money. The regulator appointed Renata Solberg as administrator.",
])
def test_no_body_appoints_that_the_story_does_not_name(graph_of, text):
    got = facts(graph_of(text))
    assert not {f for f in got if f[0] == "Renata Solberg" and f[2] in {
        "Ostland Hockey Union", "Harlow Bank"}}


@pytest.mark.parametrize(("text", "first", "second", "body"), [
    (f"{_UNION}The committee appointed Renata Solberg as director and Piet Danner as the "
     "Under-20 assistant coach.", "leaderOf", "memberOf", "Ostland Hockey Union"),
    ("Harlow Bank appointed Renata Solberg as chief executive and Piet Danner as chief "
     "financial officer.", "leaderOf", "memberOf", "Harlow Bank"),
])
def test_each_appointee_takes_the_title_written_after_their_name(graph_of, text, first,
                                                                  second, body):
    got = {f for f in facts(graph_of(text)) if f[2] == body}
    assert ("Renata Solberg", first, body) in got
    assert ("Piet Danner", second, body) in got
    assert ("Piet Danner", "leaderOf", body) not in got
    if first != second:
        assert ("Renata Solberg", second, body) not in got


def test_people_named_before_their_shared_title_each_hold_it(graph_of):
    got = facts(graph_of(
        "Renata Solberg and Piet Danner were named co-chairs of Harlow Bank."))
    assert {("Renata Solberg", "leaderOf", "Harlow Bank"),
            ("Piet Danner", "leaderOf", "Harlow Bank")} <= got


@pytest.mark.parametrize("text", [
    "Brenner Steel appointed Marta Kowalski chief financial officer.",
    "Brenner Steel named Marta Kowalski chief executive on Monday.",
])
def test_the_one_named_to_an_office_after_the_verb_is_a_person(graph_of, text):
    graph = graph_of(text)
    assert entities(graph)["Marta Kowalski"] == "Person"
    assert any(s == "Marta Kowalski" and o == "Brenner Steel" for s, _, o in facts(graph))


@pytest.mark.parametrize("text, predicate", [
    ("Marta Kowalski joined Brenner Steel as chief executive in 2021.", "leaderOf"),
    ("Marta Kowalski joined Brenner Steel as chief financial officer in 2021.", "memberOf"),
    ("Marta Kowalski joined Brenner Steel as its general counsel in 2021.", "memberOf"),
])
def test_joining_a_body_as_an_office_holds_it(graph_of, text, predicate):
    assert ("Marta Kowalski", predicate, "Brenner Steel") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Marta Kowalski joined Brenner Steel as a guest of the board.",
    "Marta Kowalski joined Brenner Steel as its next chief executive, the firm said.",
])
def test_joining_as_no_office_held_now_is_no_role(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Marta Kowalski" and o == "Brenner Steel" for s, _, o in got)


def test_a_legislature_confirming_a_minister_does_not_make_it_theirs(graph_of):
    got = facts(graph_of("The Senate confirmed Hal Dorsey as Labor Secretary on Monday."))
    assert ("Hal Dorsey", "leaderOf", "Senate") not in got
    # a body that confirms its own officer, and a legislature that elects its own
    got = facts(graph_of("The board of Acme Corp confirmed Hal Dorsey as chief executive."))
    assert ("Hal Dorsey", "leaderOf", "Acme Corp") in got
    got = facts(graph_of("The Senate elected Hal Dorsey as its president on Monday."))
    assert ("Hal Dorsey", "leaderOf", "Senate") in got


def test_named_to_a_company_office_in_the_passive_by_no_one_said(graph_of):
    got = facts(graph_of(
        "Harlow Systems said its chief executive, Dana Kessel, had resigned. Martin Oduya, "
        "senior vice president and general counsel, has been named interim CEO, while the "
        "board conducts a search."))
    assert ("Martin Oduya", "leaderOf", "Harlow Systems") in got
    got = facts(graph_of("Harlow Systems said its chief executive had resigned. Martin Oduya "
                         "was appointed interim chief executive officer."))
    assert ("Martin Oduya", "leaderOf", "Harlow Systems") in got
    got = facts(graph_of("Harlow Systems said on Monday that Martin Oduya has been named "
                         "interim chief executive."))
    assert ("Martin Oduya", "leaderOf", "Harlow Systems") in got
    # two offices joined, the company's one second: "interim president and CEO"
    got = facts(graph_of("Harlow Systems said Chief Financial Officer Martin Oduya has been "
                         "appointed interim president and CEO."))
    assert ("Martin Oduya", "leaderOf", "Harlow Systems") in got


def test_named_in_the_passive_to_an_office_of_no_company_said(graph_of):
    for text in (
        # another company in the sentence: whose office is not said
        "Harlow Systems said its chief executive had resigned. Martin Oduya, a former Vellum "
        "Corp executive, was named interim CEO.",
        # analysts report it: the bank names no one
        "Analysts at Orbis Bank said Martin Oduya was named interim CEO.",
        # a minister is no company's office
        "Harlow Systems said its chief executive had resigned. Martin Oduya was named interim "
        "minister of finance.",
        "Martin Oduya was named interim CEO.",
    ):
        got = facts(graph_of(text))
        assert not any(s == "Martin Oduya" and p == "leaderOf" for s, p, o in got), text


def test_offices_given_again_with_a_hyphened_verb(graph_of):
    got = facts(
        graph_of(
            "Teodor Vilk was re-elected president of the Norland Handball Union on Wednesday. "
            "Delegates re-elected Mira Sollen as head of the Coastal Rowing Confederation. "
            "Ivar Brandt, who was re-elected Kestrel Athletics Federation president in April, "
            "said the plan was wrong. "
            "Re-appointed chair of the Dunmore Trust in May, Edda Rask said little."
        )
    )
    assert ("Teodor Vilk", "leaderOf", "Norland Handball Union") in got
    assert ("Mira Sollen", "leaderOf", "Coastal Rowing Confederation") in got
    assert ("Ivar Brandt", "leaderOf", "Kestrel Athletics Federation") in got


def test_an_office_sought_again_is_not_held(graph_of):
    got = facts(
        graph_of(
            "Teodor Vilk is seeking to be re-elected president of the Norland Handball Union. "
            "Mira Sollen failed to be re-elected president of the Coastal Rowing Confederation."
        )
    )
    assert not {f for f in got if f[1] == "leaderOf"}


def test_a_hyphened_verb_is_one_token_read_as_the_unhyphened_one():
    from kg.extract.nlp import load_nlp

    doc = load_nlp()("Ada Lenz was re-elected chair, and Re-appointed, she stayed.")
    words = {t.text: t for t in doc}
    assert words["re-elected"].lemma_ == "reelect"
    assert words["Re-appointed"].lemma_ == "reappoint"
    assert "re" not in words  # not cut at the hyphen


def test_elected_unopposed_or_winning_a_vote_to_become_the_head(graph_of):
    got = facts(graph_of(
        "Ana Lindqvist beat Pavel Orlov in the second round of voting to become the tenth "
        "president of the Kestrel Athletics Federation. "
        "Teodor Vilk was elected unopposed as president of the Norland Handball Union. "
        "Mira Sollen won the election to become president of the Coastal Rowing "
        "Confederation, defeating Ivo Brandt."
    ))
    assert ("Teodor Vilk", "leaderOf", "Norland Handball Union") in got
    assert ("Mira Sollen", "leaderOf", "Coastal Rowing Confederation") in got
    assert ("Ivo Brandt", "leaderOf", "Coastal Rowing Confederation") not in got
    assert ("Ana Lindqvist", "leaderOf", "Kestrel Athletics Federation") in got
    assert ("Pavel Orlov", "leaderOf", "Kestrel Athletics Federation") not in got


def test_hoping_or_failing_to_become_the_head_is_not_holding_it(graph_of):
    got = facts(graph_of(
        "Teodor Vilk hopes to become president of the Norland Handball Union. "
        "Mira Sollen failed to win the election to become president of the Coastal Rowing "
        "Confederation."
    ))
    assert not {f for f in got if f[1] == "leaderOf"}


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democratic Party kept Daisuke Horima as secretary general after the race.",
        "The Liberal Democratic Party retained Daisuke Horima as its secretary general.",
        "The Liberal Democratic Party kept Daisuke Horima as secretary-general after the race.",
        "Daisuke Horima, who was retained as secretary-general of the Liberal Democratic "
        "Party, told reporters the party would unite.",
    ],
)
def test_a_party_keeping_someone_in_a_post(graph_of, text):
    # a party's secretary general is one of its officers, not its leader
    got = facts(graph_of(text))
    assert ("Daisuke Horima", "memberOf", "Liberal Democratic Party") in got
    assert ("Daisuke Horima", "leaderOf", "Liberal Democratic Party") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democratic Party kept Daisuke Horima waiting for an hour.",
        "Police kept Daisuke Horima in custody overnight.",
    ],
)
def test_keeping_someone_with_no_post_after_as(graph_of, text):
    assert not [f for f in facts(graph_of(text)) if f[0] == "Daisuke Horima"]


def test_a_hire_from_another_employer_is_of_the_hiring_company(graph_of):
    got = facts(graph_of("Kestrel Mining has hired Ana Roe from Tessel Bank as its new chief "
                         "executive. Lerwick Foods hired Bram Vik from Halden Bank."))
    assert ("Ana Roe", "leaderOf", "Kestrel Mining") in got
    assert not {f for f in got if f[2] in {"Tessel Bank", "Halden Bank"}}


def test_one_from_a_body_who_speaks_is_of_it(graph_of):
    got = facts(graph_of("Ana Roe from Tessel Bank said the rates were too high."))
    assert ("Ana Roe", "memberOf", "Tessel Bank") in got


@pytest.mark.parametrize(
    "text",
    [
        "Since taking over as chief executive of Harwick Group, Ilsa Lind has cut costs.",
        "Ilsa Lind has cut costs since taking over as chief executive of Harwick Group in March.",
        "Ilsa Lind, who has cut costs since taking over as chief executive of Harwick Group, "
        "said sales rose.",
    ],
)
def test_since_taking_over_an_office_its_holder_still_holds_it(graph_of, text):
    assert ("Ilsa Lind", "leaderOf", "Harwick Group") in facts(graph_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Since stepping down as chief executive of Harwick Group, Ilsa Lind has written a book.",
        "Since taking part as a speaker at the Harwick Group forum, Ilsa Lind has written a book.",
    ],
)
def test_since_leaving_an_office_or_taking_part_gives_no_head(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[0] == "Ilsa Lind" and f[1] == "leaderOf"}
