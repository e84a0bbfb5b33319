"""A party's word before a title, for a party the article names: "Labour MP X" and "X, a
Labour MP," are members of the Labour Party, "Labour leader X" leads it, "Green MEP X" is one
of the Greens; a word that names no party of the article gives none. On sentences written
for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

_LONDON = "LONDON — The Labour Party won the vote on Tuesday. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (f"{_LONDON}Labour MP Sarah Hale said the vote was a mistake.",
         ("Sarah Hale", "memberOf", "Labour Party")),
        (f"{_LONDON}Sarah Hale, a Labour MP, said the vote was a mistake.",
         ("Sarah Hale", "memberOf", "Labour Party")),
        (f"{_LONDON}Labour leader Sarah Hale said the vote was a mistake.",
         ("Sarah Hale", "leaderOf", "Labour Party")),
        ("BRUSSELS — The Greens lost seats on Sunday. Green MEP Daniel Vogt said the result "
         "was a warning.", ("Daniel Vogt", "memberOf", "Greens")),
    ],
)
def test_a_party_word_before_a_title_is_the_party_named(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_a_former_leader_leads_no_more(graph_of):
    got = facts(graph_of(f"{_LONDON}Former Labour leader Sarah Hale said it was a mistake."))
    assert ("Sarah Hale", "leaderOf", "Labour Party") not in got


def test_a_word_of_no_party_named_gives_none(graph_of):
    got = facts(graph_of("LONDON — The vote passed on Tuesday. Labour MP Sarah Hale said the "
                         "vote was a mistake."))
    assert not any(p == "memberOf" and o.startswith("Labour") for s, p, o in got)


_EP = "The European Parliament approved the nominee on Tuesday, and the Greens objected. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (f"{_EP}Daniel Vogt, a German Green MEP, said it was a mistake.",
         ("Daniel Vogt", "memberOf", "European Parliament")),
        (f"{_EP}Daniel Vogt, a German Green MEP, said it was a mistake.",
         ("Daniel Vogt", "memberOf", "Greens")),
        (f"{_EP}MEP Daniel Vogt said it was a mistake.",
         ("Daniel Vogt", "memberOf", "European Parliament")),
    ],
)
def test_an_mep_sits_in_the_european_parliament(graph_of, text, fact):
    assert fact in facts(graph_of(text))


def test_an_mep_s_nationality_is_no_body(graph_of):
    got = facts(graph_of(f"{_EP}Daniel Vogt, a German Green MEP, said it was a mistake."))
    assert not any(s == "Daniel Vogt" and o in {"Germany", "German Green"} for s, _, o in got)


def test_a_party_named_by_one_word_before_a_member_s_title(graph_of):
    got = facts(graph_of("LONDON — Labour won the vote on Tuesday. Sarah Hale, a Labour MP, "
                         "said the result was fair."))
    assert ("Sarah Hale", "memberOf", "Labour") in got


def test_a_portfolio_before_a_minister_s_title_is_still_no_party(graph_of):
    got = facts(graph_of("NAIROBI — Kenya raised the minimum wage. Labour Minister Ana Roe "
                         "said the rise was fair."))
    assert ("Ana Roe", "memberOf", "Kenya") in got
    assert not any(o == "Labour" for _, _, o in got)


@pytest.mark.parametrize("text, predicate", [
    ("Labour leader Hattie Harlan said the party would fight the bill.", "leaderOf"),
    # a deputy is one of the party's people
    ("On Monday, the Labour deputy leader Hattie Harlan said the party would fight.",
     "memberOf"),
])
def test_a_party_word_that_is_also_a_portfolio_before_leader_names_the_party(graph_of, text,
                                                                            predicate):
    got = facts(graph_of(text))
    assert any(s == "Hattie Harlan" and p == predicate and o.startswith("Labour")
               for s, p, o in got)


def test_a_portfolio_before_a_minister_s_title_stays_a_portfolio(graph_of):
    got = facts(graph_of("Labour Minister Hattie Harlan said the strike would end."))
    assert not any(o.startswith("Labour") for _, _, o in got)


@pytest.mark.parametrize("party", ["Raksa Thai", "Palang Thai"])  # tagged a body, a people
def test_a_party_whose_name_ends_with_a_demonym_is_led_by_its_leader(graph_of, party):
    got = facts(graph_of(
        f"{party} leader Somchai Rattanakorn said the bloc would seek more votes. "
        f"{party} won 40 seats."
    ))
    assert ("Somchai Rattanakorn", "leaderOf", party) in got
    assert not any(o == "Thailand" for _, _, o in got)


@pytest.mark.parametrize(("text", "fact"), [
    ("Thai leader Somchai Rattanakorn said the bloc would seek more votes.",
     ("Somchai Rattanakorn", "leaderOf", "Thailand")),
])
def test_a_demonym_alone_before_a_title_is_the_country(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    # "the party's" after a sentence whose subject is a person: the one party it names
    ("Thabo Nkosi was named agriculture minister, one of six portfolios that went to the "
     "Progressive Alliance. The party's chief whip Lindiwe Mokoena will become education "
     "minister.", ("Lindiwe Mokoena", "memberOf", "Progressive Alliance")),
    ("The Progressive Alliance got six portfolios. Its chief whip, Lindiwe Mokoena, will "
     "become education minister.", ("Lindiwe Mokoena", "memberOf", "Progressive Alliance")),
    # "party chairman X": the party the sentence, or the one before, is about
    ("In another post, the PTM condemned the arrest of party chairman Gohar Ali Shah.",
     ("Gohar Ali Shah", "leaderOf", "PTM")),
    ("The PTM won 90 seats. Party chairman Gohar Ali Shah said the vote was rigged.",
     ("Gohar Ali Shah", "leaderOf", "PTM")),
    # a profession's style between the title and the name
    ("In another post, the PTM condemned the arrest of party chairman Barrister Gohar Ali "
     "Shah.", ("Gohar Ali Shah", "leaderOf", "PTM")),
])
def test_a_party_meant_by_the_word_party(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # a body of another kind is no party
    "The Harbour Authority fined the bank. Party chairman Gohar Ali Shah said it was fair.",
    "The Norland Football Federation banned Dunmore United. The party's chairman, Ana Roe, "
    "said nothing.",
])
def test_no_party_where_none_is_named(graph_of, text):
    assert not {(s, p) for s, p, _ in facts(graph_of(text)) if p in {"leaderOf", "memberOf"}}


def test_a_party_word_before_a_state_office_makes_a_member_not_the_party_s_leader(graph_of):
    got = facts(graph_of("Republican President Walter Grange took office in January."))
    assert ("Walter Grange", "memberOf", "Republican Party") in got
    assert ("Walter Grange", "leaderOf", "Republican Party") not in got
    got = facts(graph_of("The Democratic Party lost the seat. Democratic Gov. Walter Grange "
                         "conceded on Tuesday."))
    assert not any(s == "Walter Grange" and p == "leaderOf" for s, p, o in got)


def test_a_party_word_before_a_party_s_own_title_still_leads_it(graph_of):
    got = facts(graph_of("Republican Party chairman Walter Grange spoke on Monday."))
    assert ("Walter Grange", "leaderOf", "Republican Party") in got
    got = facts(graph_of(f"{_LONDON}Labour leader Walter Grange spoke on Monday."))
    assert ("Walter Grange", "leaderOf", "Labour Party") in got


_US = "Democrats and Republicans disagree on the bill. "


@pytest.mark.parametrize("text", [
    f"{_US}Ana Ruiz and Tom Becker, the Democratic leaders, said talks had stalled.",
    f"{_US}The president canceled a meeting with Ana Ruiz and Tom Becker, the Democratic "
    "leaders.",
])
def test_a_plural_party_title_after_two_names_makes_each_a_member(graph_of, text):
    got = facts(graph_of(text))
    assert {("Ana Ruiz", "memberOf", "Democratic Party"),
            ("Tom Becker", "memberOf", "Democratic Party")} <= got
    assert not any(p == "leaderOf" for s, p, o in got)


def test_a_plural_title_of_no_party_after_two_names_gives_no_party(graph_of):
    for text in (f"{_US}Ana Ruiz and Tom Becker, the party's leaders, said talks had stalled.",
                 f"{_US}Ana Ruiz and Tom Becker, both senators, said talks had stalled."):
        got = facts(graph_of(text))
        assert not any(p == "memberOf" and o.endswith("Party") for s, p, o in got), text


# -- a party's acronym the article defines, before a legislator's title


def test_a_defined_acronym_before_rep_names_the_party(graph_of):
    got = facts(graph_of(
        "The ruling Democratic Party (DP) won the vote. Five-term DP Rep. Hong Sung-min was "
        "tapped as unification minister. DP Reps. Yoo Ji-han, Baek Mi-rae and Choi Dong-hoon "
        "were named to other posts."
    ))
    for name in ("Hong Sung-min", "Yoo Ji-han", "Baek Mi-rae", "Choi Dong-hoon"):
        assert (name, "memberOf", "Democratic Party") in got


def test_an_undefined_acronym_before_rep_names_no_party(graph_of):
    g = graph_of(
        "Five-term DP Rep. Hong Sung-min was tapped as unification minister. The Democratic "
        "Party welcomed the choice."
    )
    assert ("Hong Sung-min", "memberOf", "Democratic Party") not in facts(g)


@pytest.mark.parametrize("text", [
    "Pavel Dresk, a chieftain of the Liberty Party, said the bill would pass.",
    "Pavel Dresk, a Liberty Party chieftain in Kestrel State, said the bill would pass.",
    "Liberty Party chieftain Pavel Dresk said the bill would pass.",
])
def test_a_party_chieftain_is_its_member(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Liberty Party") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # "former" that the parser hangs on the party's name still ends the role
    "Pavel Dresk, a former Liberty Party chieftain, said the bill would pass.",
    "Pavel Dresk, a former Liberty Party stalwart, said the bill would pass.",
    "Pavel Dresk, a chieftain, said the Liberty Party would win.",
])
def test_no_party_for_a_former_or_unattached_chieftain(graph_of, text):
    assert ("Pavel Dresk", "memberOf", "Liberty Party") not in facts(graph_of(text))


_REGION = "The Green Horizon Party won the regional vote on Sunday with 41 seats.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        f"{_REGION}The party's regional secretary, Maren Tollefsen, said the result was "
        "historic.",
        f"{_REGION}Its leader thanked voters. \"We have listened,\" he said, flanked by the "
        "party's regional secretary, Maren Tollefsen.",
    ],
)
def test_the_party_s_title_is_of_the_party_named_before(graph_of, text):
    assert ("Maren Tollefsen", "memberOf", "Green Horizon Party") in facts(graph_of(text))


def test_the_party_s_title_after_a_party_named_by_its_members_is_not_the_other_s(graph_of):
    # "the Socialists" are a party too: "the party" may be theirs, not the one named first
    got = facts(graph_of(
        f"{_REGION}The Socialists' candidate, Rafael Ostend, conceded defeat shortly before "
        "midnight. \"The voters have spoken,\" he said, flanked by the party's regional "
        "secretary, Maren Tollefsen."))
    assert ("Maren Tollefsen", "memberOf", "Green Horizon Party") not in got
    assert ("Rafael Ostend", "memberOf", "Socialists") in got
