"""Who acts for a person in court, and who plays for a team."""

import pytest

from .helpers import entities, facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ivo Brandt's lawyer, Tomas Weir, said the charges were false.",
     ("Tomas Weir", "advisorOf", "Ivo Brandt")),
    ("Tomas Weir, an attorney for Ivo Brandt, said he would appeal the verdict.",
     ("Tomas Weir", "advisorOf", "Ivo Brandt")),
    ("Tomas Weir, another defence lawyer for Ivo Brandt, said his client was calm.",
     ("Tomas Weir", "advisorOf", "Ivo Brandt")),
    ("Ivo Brandt's solicitor, Tomas Weir, told reporters his client would appeal.",
     ("Tomas Weir", "advisorOf", "Ivo Brandt")),
    ("Ivo Brandt denied the charges. His lawyer, Tomas Weir, said he would appeal.",
     ("Tomas Weir", "advisorOf", "Ivo Brandt")),
])
def test_a_persons_lawyer_acts_for_them(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Ivo Brandt met lawyer Tomas Weir on Monday.",  # whose lawyer is not said
    "Tomas Weir, Ivo Brandt's former lawyer, said the charges were false.",
    "Tomas Weir, a lawyer, said Ivo Brandt would appeal.",
])
def test_no_lawyer_of_a_person_unless_said(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] in {"advisorOf", "memberOf"}
                and f[2] == "Ivo Brandt"}


def test_a_lawyer_of_a_firm_is_still_its_member(graph_of):
    text = "Tomas Weir, a lawyer at Halvorsen Partners, said the ruling was fair."
    assert ("Tomas Weir", "memberOf", "Halvorsen Partners") in facts(graph_of(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("Tarsk Rovers striker Milo Danek scored twice on Sunday.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Velby United goalkeeper Ana Roe saved a penalty.",
     ("Ana Roe", "memberOf", "Velby United")),
    ("Dunmore Athletic midfielder, Kofi Mensor, is keen to score more goals.",
     ("Kofi Mensor", "memberOf", "Dunmore Athletic")),
    ("Milo Danek, the Tarsk Rovers defender, was sent off.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Tarsk Rovers forward Milo Danek scored twice on Sunday.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Milo Danek, the Tarsk Rovers keeper, saved a penalty on Sunday.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Velby Hawks defenceman Ana Roe scored in overtime.",
     ("Ana Roe", "memberOf", "Velby Hawks")),
    ("Velby Hawks linebacker Ana Roe was injured on Sunday.",
     ("Ana Roe", "memberOf", "Velby Hawks")),
])
def test_a_player_by_position_belongs_to_the_team(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Brazilian striker Milo Danek scored twice on Sunday.",  # a nationality, not a team
    "Former Tarsk Rovers striker Milo Danek scored twice on Sunday.",
    "Milo Danek scored twice against Velby United on Sunday.",
    "Brazilian forward Milo Danek scored twice on Sunday.",
    "Former Tarsk Rovers forward Milo Danek scored twice on Sunday.",
    "The Velby Party put forward Milo Danek as its candidate on Monday.",  # no position
])
def test_no_team_for_a_nationality_a_past_club_or_an_opponent(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Milo Danek scored his second goal for Tarsk Rovers on Sunday.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Milo Danek, who scored twice for Tarsk Rovers, was injured in training.",
     ("Milo Danek", "memberOf", "Tarsk Rovers")),
    ("Milo Danek and Ana Roe each scored a goal for Tarsk Rovers.",
     ("Ana Roe", "memberOf", "Tarsk Rovers")),
])
def test_a_player_scores_for_the_team_he_plays_in(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "Milo Danek scored an own goal for Tarsk Rovers on Sunday.",  # it counts for the other side
    "Milo Danek scored against Tarsk Rovers on Sunday.",
    "Milo Danek scored twice as Tarsk Rovers beat Velby United.",
    "The Velora Group scored a win for Tarsk Rovers in court.",  # no player
])
def test_no_team_for_an_own_goal_an_opponent_or_no_player(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "memberOf"}


@pytest.mark.parametrize(("text", "club"), [
    ("Marlow City defeated Inter Varenna 1-0 in the final, manager Luis Ferro said.",
     "Marlow City"),
    ("Marlow City defeated Inter Varenna 1-0 in the final, manager Luis Ferro said.",
     "Varenna"),
    ("Harbury drew 1-1 with Dunmore Town on Saturday.", "Harbury"),
    ("Harbury were beaten by Dunmore at home on Saturday, losing 3-0.", "Dunmore"),
    ("Real Ostava beat Celta Vorn 2-1 on Saturday.", "Celta Vorn"),
])
def test_sides_of_a_match_with_a_score_are_clubs(graph_of, text, club):
    assert entities(graph_of(text)).get(club) == "Organization"


def test_a_score_is_no_part_of_a_name(graph_of):
    got = entities(graph_of("Brenton stunned Liverton 2-0 on Sunday."))
    assert not any(any(c.isdigit() for c in name) for name in got), got


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Brazil beat Germany 2-1 in the final, coach Tite said.", "Germany", "Place"),
    ("Ana Ruiz beat Tom Brask by 52-48 in the run-off on Sunday.", "Tom Brask", "Person"),
    ("Ana Ruiz beat Tom Brask in the run-off on Sunday.", "Tom Brask", "Person"),
    ("Velmar stunned Liverton 2-0 at the Marakana in Tarnov.", "Tarnov", "Place"),
])
def test_countries_and_people_stay_what_they_are_in_a_contest(graph_of, text, name, kind):
    assert entities(graph_of(text)).get(name) == kind


@pytest.mark.parametrize("league", ["La Liga", "Serie A", "Bundesliga"])
def test_leagues_are_bodies(graph_of, league):
    text = f"Ostava won {league} last season, coach Ivan Petrov said."
    assert entities(graph_of(text)).get(league) == "Organization"
