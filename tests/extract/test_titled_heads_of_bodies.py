"""Capitalised titles of two words before "of" and the body, and bodies named by an acronym
before a title and its holder."""

import pytest

from .helpers import entities, facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Ana Roe, Chief Executive of Velora Group, said sales rose.",
     ("Ana Roe", "leaderOf", "Velora Group")),
    ("Ana Roe, Director General of the Tarsk Health Agency, said the vaccine was safe.",
     ("Ana Roe", "leaderOf", "Tarsk Health Agency")),
    ("Ana Roe, Director-General of the Tarsk Health Agency, said the vaccine was safe.",
     ("Ana Roe", "leaderOf", "Tarsk Health Agency")),
    ("The Secretary General of the Velland Council, Ana Roe, opened the session.",
     ("Ana Roe", "leaderOf", "Velland Council")),
])
def test_a_title_of_two_words_before_of_names_the_body_after_it(graph_of, text, fact):
    graph = graph_of(text)
    assert fact in facts(graph)
    assert not any(label.startswith(("General of", "Executive of")) for label in entities(graph))


@pytest.mark.parametrize(("text", "name"), [
    ("The Executive Council of the Tarsk Union met on Monday.",
     "Executive Council of the Tarsk Union"),
    ("The General Assembly of the Velland Federation met on Monday.",
     "General Assembly of the Velland Federation"),
])
def test_a_body_named_with_a_title_adjective_keeps_its_name(graph_of, text, name):
    assert entities(graph_of(text)).get(name) == "Organization"


@pytest.mark.parametrize(("text", "fact"), [
    ("VLP president Ana Roe said the party would leave the coalition.",
     ("Ana Roe", "leaderOf", "VLP")),
    ("TDU Leader Marek Olsen asked who would lead the opposition.",
     ("Marek Olsen", "leaderOf", "TDU")),
    ("KDS spokesman Ivo Brandt said the vote was fair.",
     ("Ivo Brandt", "spokespersonOf", "KDS")),
])
def test_an_acronym_before_a_title_and_a_name_is_the_holders_body(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    "CEO Ana Roe said sales rose.",  # an abbreviated title, no body
    "MP Ana Roe asked a question.",
])
def test_an_abbreviated_title_is_no_body(graph_of, text):
    assert not {label for label, kind in entities(graph_of(text)).items()
                if kind == "Organization"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Commander of the Ostrian Army General Tomas Lind said the offensive had failed.",
     ("Tomas Lind", "leaderOf", "Ostrian Army")),
    ("Chair of the Velmar Military Committee Admiral Anna Berg said the alliance was united.",
     ("Anna Berg", "leaderOf", "Velmar Military Committee")),
    ("Commander of the Ostrian Navy Vice Admiral Tomas Lind inspected the fleet.",
     ("Tomas Lind", "leaderOf", "Ostrian Navy")),
])
def test_a_rank_between_the_title_of_a_body_and_the_name(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "person", "body"), [
    # the rank alone is no head of the body written before it
    ("Ostrian Army General Tomas Lind said the offensive had failed.",
     "Tomas Lind", "Ostrian Army"),
    # a past title
    ("Former Commander of the Ostrian Army General Tomas Lind said the offensive had failed.",
     "Tomas Lind", "Ostrian Army"),
])
def test_no_head_of_a_body_from_a_rank_alone_or_a_past_title(graph_of, text, person, body):
    assert (person, "leaderOf", body) not in facts(graph_of(text))


@pytest.mark.parametrize(("text", "body", "person"), [
    ("Governor of the Bank of Ostria Anna Berg said inflation would fall.",
     "Bank of Ostria", "Anna Berg"),
    ("President of the Ostrian Football Federation Anders Vik said the vote was fair.",
     "Ostrian Football Federation", "Anders Vik"),
    ("Director of the Velmar Institute of Physics Anna Berg said the results were clear.",
     "Velmar Institute of Physics", "Anna Berg"),
])
def test_a_body_run_into_its_heads_name_after_a_title_of(graph_of, text, body, person):
    graph = graph_of(text)
    assert entities(graph).get(body) == "Organization"
    assert entities(graph).get(person) == "Person"
    assert (person, "leaderOf", body) in facts(graph)


def test_no_person_split_from_a_body_without_a_given_name(graph_of):
    # the words after the body are an event's name, not a person's
    graph = graph_of("Head of the Ostrian Chamber of Commerce Trade Fair Committee spoke.")
    assert not any(kind == "Person" for kind in entities(graph).values())


@pytest.mark.parametrize(("text", "body", "person"), [
    # a given name after the body's head word, the surname one no list knows
    ("Secretary of the Security Council Oleg Darnyk said the talks were useful.",
     "Security Council", "Oleg Darnyk"),
    ("Head of the Presidential Office Oleg Darnyk said the talks were useful.",
     "Presidential Office", "Oleg Darnyk"),
    ("Governor of the Bank of Ostria Oleg Darnyk said rates would rise.",
     "Bank of Ostria", "Oleg Darnyk"),
    # a country's, with its possessive, before the body
    ("Secretary of Ukraine's National Security and Defence Council Oleg Darnyk said the "
     "talks were useful.", "Ukraine's National Security and Defence Council", "Oleg Darnyk"),
])
def test_a_body_run_into_a_name_of_an_unlisted_surname(graph_of, text, body, person):
    graph = graph_of(text)
    assert entities(graph).get(person) == "Person"
    assert (person, "leaderOf", body) in facts(graph)


@pytest.mark.parametrize("text", [
    # no given name after the body: the words are the body's own
    "Director of the Security Council Darnyk Fund said the grant was approved.",
    "Head of the Presidential Office Press Service said the visit was off.",
])
def test_no_person_split_after_a_body_without_a_given_name(graph_of, text):
    assert not any(kind == "Person" for kind in entities(graph_of(text)).values())


def test_a_title_of_a_body_with_its_acronym_before_the_name(graph_of):
    got = facts(graph_of(
        "The party met on Monday. Chairman of the Democratic Progressive Party (DPP) Lin "
        "Wei-min said the vote was close."
    ))
    assert ("Lin Wei-min", "leaderOf", "Democratic Progressive Party") in got


def test_a_body_s_acronym_ending_a_sentence_gives_the_next_name_no_title(graph_of):
    got = facts(graph_of(
        "He joined the Democratic Progressive Party (DPP). Lin Wei-min said the vote was "
        "close."
    ))
    assert not [f for f in got if f[0] == "Lin Wei-min"]


@pytest.mark.parametrize("text", [
    "Ukraine's army is stretched, Chief of the General Staff Orvin Talmach said in Kyiv.",
    "Chief of the General Staff Orvin Talmach said on Monday that the army was ready.",
    "Orvin Talmach, the chief of the General Staff, said more troops were needed.",
    "The army is stretched, said Orvin Talmach, head of the General Staff.",
])
def test_the_chief_of_the_general_staff_leads_it(graph_of, text):
    g = graph_of(text)
    assert entities(g).get("General Staff") == "Organization"
    assert ("Orvin Talmach", "leaderOf", "General Staff") in facts(g)


@pytest.mark.parametrize(("text", "held"), [
    ("Deputy Chief of the General Staff Orvin Talmach said the army was ready.", "memberOf"),
    ("The army is stretched, said Orvin Talmach, deputy head of the General Staff.",
     "memberOf"),
    ("Former Chief of the General Staff Orvin Talmach said the army was ready.", None),
    ("Orvin Talmach, the former chief of the General Staff, said the army was ready.", None),
    ("Orvin Talmach, a member of the General Staff, said the army was ready.", "memberOf"),
])
def test_a_deputy_former_or_member_of_the_general_staff_does_not_lead_it(graph_of, text, held):
    got = facts(graph_of(text))
    assert ("Orvin Talmach", "leaderOf", "General Staff") not in got
    if held:
        assert ("Orvin Talmach", held, "General Staff") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("White House Chief of Staff Orvin Talmach said the plan was dead.",
     ("Orvin Talmach", "memberOf", "White House")),
    ("Orvin Talmach, chief of staff to President Ilya Varnov, said the plan was dead.",
     ("Orvin Talmach", "advisorOf", "Ilya Varnov")),
])
def test_a_chief_of_staff_heads_no_staff(graph_of, text, fact):
    g = graph_of(text)
    assert fact in facts(g)
    assert not [f for f in facts(g) if f[1] == "leaderOf"]
    assert "Staff" not in entities(g)


@pytest.mark.parametrize("text", [
    "Press Secretary of the President of Russia Yuri Kolbin said no meeting was planned.",
    "Assistant to the President of Azerbaijan Rasa Kelmendi said the border was calm.",
    "Aide to the President of Russia Yuri Kolbin said no meeting was planned.",
    "Deputy Head of the Administration of the President of Kazakhstan Teodor Brask said "
    "the law would pass.",
])
def test_a_post_serving_a_head_of_state_is_not_the_head(graph_of, text):
    got = facts(graph_of(text))
    assert not [f for f in got if f[1] == "leaderOf"]


@pytest.mark.parametrize("text", [
    "President of Russia Yuri Kolbin said no meeting was planned.",
    "He arrived at the invitation of the President of Kenya Peter Wanjala last week.",
    "The meeting was chaired by the President of Kenya Peter Wanjala on Monday.",
])
def test_the_head_of_state_named_after_title_of_country_still_leads_it(graph_of, text):
    got = facts(graph_of(text))
    assert {f for f in got if f[1] == "leaderOf"} == {
        ("Yuri Kolbin", "leaderOf", "Russia") if "Kolbin" in text
        else ("Peter Wanjala", "leaderOf", "Kenya")
    }
