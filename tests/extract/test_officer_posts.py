"""Posts inside a body that are no headship of it: an officer's title with a remit ("director
for Europe at X"), a board's secretary, a rank below the secretary, a nationality before a
command; on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def test_a_director_for_a_field_at_a_body_is_its_member(graph_of):
    got = facts(
        graph_of(
            "Across the table sat Ilan Dorev, senior director for arms control at Ostland's "
            "National Security Council."
        )
    )
    assert ("Ilan Dorev", "memberOf", "National Security Council") in got
    assert not any(s == "Ilan Dorev" and p == "leaderOf" for s, p, _ in got)


def test_a_director_for_a_region_heads_neither_the_body_nor_the_region(graph_of):
    got = facts(
        graph_of(
            '"It will not last," said Mara Kell, managing director for Europe at the '
            "Association of Data Stewards. Tom Ruhl, Pellworth Advisory's managing director "
            "for Asia, agreed. Ana Sorel, Africa director at Pellworth Advisory, did not."
        )
    )
    assert ("Mara Kell", "memberOf", "Association of Data Stewards") in got
    assert ("Mara Kell", "leaderOf", "Europe") not in got
    assert ("Tom Ruhl", "memberOf", "Pellworth Advisory") in got
    assert ("Tom Ruhl", "leaderOf", "Pellworth Advisory") not in got
    assert ("Ana Sorel", "leaderOf", "Africa") not in got


def test_a_director_without_a_remit_still_leads(graph_of):
    got = facts(graph_of("Ola Brandt, director of the Harbour Institute, said rates would rise."))
    assert ("Ola Brandt", "leaderOf", "Harbour Institute") in got


def test_a_board_secretary_in_lower_case_is_an_officer_not_its_head(graph_of):
    got = facts(
        graph_of(
            "The council arranged a meeting between NCRB secretary Arun Deshpal and the "
            "visitors. The NCRB joint secretary, Vina Rao, took notes."
        )
    )
    assert ("Arun Deshpal", "memberOf", "NCRB") in got
    assert ("Arun Deshpal", "leaderOf", "NCRB") not in got
    assert ("Vina Rao", "leaderOf", "NCRB") not in got


def test_a_department_of_state_s_secretary_heads_it(graph_of):
    got = facts(
        graph_of(
            "The Treasury announced the sanctions on Monday. Treasury Secretary Lorna Vick "
            "said they would stay."
        )
    )
    assert ("Lorna Vick", "leaderOf", "Treasury") in got


def test_a_nationality_before_a_command_of_a_mission_is_no_headship_of_the_country(graph_of):
    got = facts(
        graph_of(
            "Peter Omondi, the Kenyan commander of the Harbour Support Mission, said roads "
            "had reopened. Kenya sent more police."
        )
    )
    assert ("Peter Omondi", "leaderOf", "Harbour Support Mission") in got
    assert ("Peter Omondi", "leaderOf", "Kenya") not in got


def test_a_nationality_before_a_minister_still_names_the_country(graph_of):
    got = facts(graph_of("Marta Lind, the Swedish foreign minister, met the delegation."))
    assert ("Marta Lind", "memberOf", "Sweden") in got


def test_a_city_written_before_mayor_is_the_one_the_article_names(graph_of):
    got = facts(
        graph_of(
            "Drones struck Kyiv overnight. Kyiv Mayor Olena Dovha said two people were hurt. "
            "Former Kyiv Mayor Ivan Sokil and Kyiv Deputy Mayor Petro Lys visited the site."
        )
    )
    assert ("Olena Dovha", "leaderOf", "Kyiv") in got
    assert ("Ivan Sokil", "leaderOf", "Kyiv") not in got
    assert ("Petro Lys", "leaderOf", "Kyiv") not in got


def test_a_successor_leads_the_company_of_their_own_apposition(graph_of):
    got = facts(
        graph_of(
            "Harlow Energy named a new chief executive on Monday. Norvik Gas said its chief "
            "executive would leave by Thursday. Ada Rhee, its chief operating officer, "
            "becomes acting chief executive while the board searches for a successor."
        )
    )
    assert ("Ada Rhee", "leaderOf", "Norvik Gas") in got
    assert ("Ada Rhee", "leaderOf", "Harlow Energy") not in got


def test_a_body_based_somewhere_and_led_by_someone_is_led_by_them(graph_of):
    got = facts(
        graph_of(
            "The Harbour Rowing Federation, which is based in Lisbon and led by president "
            "Marta Lind, opposed the plan. The Coastal Yacht Union, which was founded in "
            "1990 and led by Ola Berg until 2010, did not."
        )
    )
    assert ("Marta Lind", "leaderOf", "Harbour Rowing Federation") in got
    assert ("Ola Berg", "leaderOf", "Coastal Yacht Union") not in got


def test_the_person_named_beside_an_office_one_person_holds_holds_it(graph_of):
    got = facts(
        graph_of(
            "The European Ombudsman, Ana Rebelo, opened an inquiry.",
            "The Parliament re-elected the current European Ombudsman, Jan Horak, for a second "
            "term.",
        )
    )
    assert ("Ana Rebelo", "leaderOf", "European Ombudsman") in got
    assert ("Jan Horak", "leaderOf", "European Ombudsman") in got


def test_a_name_after_an_office_that_starts_a_clause_holds_nothing(graph_of):
    got = facts(
        graph_of(
            "Two complaints reached the European Ombudsman, Ana Rebelo said on Monday. The "
            "former European Ombudsman, Jan Horak, disagreed."
        )
    )
    assert not any(p == "leaderOf" for _, p, _ in got)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Rolf Haber, chief of waste disposal for the Ostland Nuclear Agency, said the shafts "
         "would be deep.", "Rolf Haber", "Ostland Nuclear Agency"),
        ("Mira Lind, vice president of daytime programs for Harbour Broadcasting, said the "
         "show was unavailable.", "Mira Lind", "Harbour Broadcasting"),
    ],
)
def test_a_head_of_a_unit_for_a_body_is_its_member(graph_of, text, person, body):
    got = facts(graph_of(text))
    assert (person, "memberOf", body) in got
    assert (person, "leaderOf", body) not in got  # the unit's head, not the body's


def test_a_head_of_a_unit_for_a_time_or_a_place_serves_no_body_there(graph_of):
    got = facts(graph_of("Rolf Haber, head of research for Europe, said the results were "
                         "late. He spoke for the first time."))
    assert not [f for f in got if f[0] == "Rolf Haber" and f[1] in {"memberOf", "leaderOf"}]


@pytest.mark.parametrize(
    "text",
    [
        "The Arcadia Party's secretary general, Nikos Pappas, said the vote was rigged.",
        "Arcadia Party secretary-general Nikos Pappas said the vote was rigged.",
        "Nikos Pappas, secretary general of the Arcadia Party, said the vote was rigged.",
    ],
)
def test_a_partys_secretary_general_is_a_member_not_its_leader(graph_of, text):
    got = facts(graph_of(text))
    assert ("Nikos Pappas", "memberOf", "Arcadia Party") in got
    assert ("Nikos Pappas", "leaderOf", "Arcadia Party") not in got


def test_the_secretary_general_of_a_league_of_states_heads_it(graph_of):
    got = facts(graph_of(
        "Ines Moura, secretary general of the Atlantic League, said talks would resume."
    ))
    assert ("Ines Moura", "leaderOf", "Atlantic League") in got


def test_a_banks_executive_director_is_one_of_several(graph_of):
    got = facts(graph_of(
        "Meridian Reserve Bank executive director Anil Rao said inflation would ease. "
        "Lena Ortiz, executive director of the Kestrel Foundation, said funding was cut."
    ))
    assert ("Anil Rao", "memberOf", "Meridian Reserve Bank") in got
    assert ("Anil Rao", "leaderOf", "Meridian Reserve Bank") not in got
    assert ("Lena Ortiz", "leaderOf", "Kestrel Foundation") in got


def test_a_bank_named_by_its_initials_or_with_of_keeps_several_executive_directors(graph_of):
    got = facts(graph_of(
        "The Reserve Bank of Norvania held rates on Friday. Tomas Ekdal, the RBN executive "
        "director who sits on the panel, said inflation was low. Ana Varga, the executive "
        "director of the Bank of Ostmark, agreed. Leo Brandt, executive director of the "
        "Ostmark Council of Churches, disagreed."
    ))
    assert ("Tomas Ekdal", "memberOf", "Reserve Bank of Norvania") in got
    assert ("Tomas Ekdal", "leaderOf", "Reserve Bank of Norvania") not in got
    assert ("Ana Varga", "memberOf", "Bank of Ostmark") in got
    assert ("Leo Brandt", "leaderOf", "Ostmark Council of Churches") in got


def test_a_party_named_by_its_initials_keeps_its_secretary_general_a_member(graph_of):
    got = facts(graph_of(
        "The Norvanian Liberal Party won 120 seats. \"We are back,\" said Karim Odeh, the "
        "NLP's secretary general. The NLF, a rival front, named Sara Quist its secretary "
        "general."
    ))
    assert ("Karim Odeh", "memberOf", "Norvanian Liberal Party") in got
    assert ("Karim Odeh", "leaderOf", "Norvanian Liberal Party") not in got


def test_an_under_secretary_of_a_department_is_its_member(graph_of):
    for text in (
        "The Treasury Department imposed sanctions on Monday. Treasury Under Secretary Maria "
        "Ostrowski said the network was dismantled.",
        "The Treasury Department imposed sanctions on Monday. Under Secretary of the Treasury "
        "Maria Ostrowski said the network was dismantled.",
        "The Treasury Department imposed sanctions on Monday. Treasury Undersecretary Maria "
        "Ostrowski said the network was dismantled.",
        "The Treasury Department imposed sanctions on Monday. Treasury Under Secretary for "
        "Terrorism and Financial Intelligence Maria Ostrowski said the network was dismantled.",
        'The Treasury Department imposed sanctions on Monday. "Today\'s action matters," said '
        "Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Maria "
        "Ostrowski.",
    ):
        got = facts(graph_of(text))
        assert any(s == "Maria Ostrowski" and p == "memberOf" and o.startswith("Treasury")
                   for s, p, o in got), text
        assert not any(s == "Maria Ostrowski" and p == "leaderOf" for s, p, o in got), text


def test_under_a_secretary_is_no_title(graph_of):
    got = facts(graph_of("The Treasury Department imposed sanctions on Monday. Ships seized "
                         "under Treasury Secretary Maria Ostrowski were sold."))
    assert not any(s == "Maria Ostrowski" and p == "memberOf" for s, p, o in got)
    got = facts(graph_of("The Treasury Department imposed sanctions on Monday. Assistant "
                         "Treasury Secretary for Global Markets Maria Ostrowski said more "
                         "would follow."))
    assert ("Maria Ostrowski", "memberOf", "Treasury Department") in got
    assert ("Maria Ostrowski", "leaderOf", "Treasury Department") not in got


@pytest.mark.parametrize("text", [
    "The Treasury Department blacklisted 13 companies on Monday. Lena Okafor, under secretary "
    "of the Treasury, said more would follow.",
    "The Treasury Department blacklisted 13 companies on Monday. Lena Okafor, under secretary "
    "of the Treasury for Terrorism and Financial Intelligence, said more would follow.",
    "The Treasury Department blacklisted 13 companies on Monday. Lena Okafor, the Treasury's "
    "under secretary for terrorism and financial intelligence, said more would follow.",
])
def test_an_under_secretary_in_apposition_is_the_department_s_member(graph_of, text):
    got = facts(graph_of(text))
    assert any(s == "Lena Okafor" and p == "memberOf" and o.startswith("Treasury")
               for s, p, o in got), got


@pytest.mark.parametrize("text", [
    # "the department's" refers back to the department named before
    "The Treasury Department blacklisted 13 companies on Monday.\n\nJonah Pellam, the "
    "department's under secretary, said more would follow.",
    "The Treasury Department's sanctions office blacklisted 13 companies on Monday.\n\n"
    "\"We will keep acting,\" Jonah Pellam, the department's under secretary for terrorism "
    "and financial intelligence, said in a statement.",
])
def test_an_under_secretary_of_the_department_named_before(graph_of, text):
    assert ("Jonah Pellam", "memberOf", "Treasury Department") in facts(graph_of(text))


@pytest.mark.parametrize("text", [
    # no department named before: "the department's" is of none the article names
    "The Treasury Department's sanctions office blacklisted 13 companies on Monday. "
    "The Commerce Department added two more.\n\nJonah Pellam, the department's under "
    "secretary, said more would follow.",
    "Brennholt Logistics blacklisted 13 suppliers on Monday.\n\nJonah Pellam, the "
    "department's under secretary, said more would follow.",
])
def test_an_under_secretary_of_no_single_department_named_before(graph_of, text):
    got = facts(graph_of(text))
    assert not any(s == "Jonah Pellam" and p == "memberOf" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The Treasury Department blacklisted 13 companies on Monday. Lena Okafor, a former under "
    "secretary of the Treasury, said more would follow.",
    "The Treasury Department blacklisted 13 companies on Monday. Lena Okafor, under pressure "
    "from the Treasury, resigned.",
])
def test_a_former_under_secretary_or_under_pressure_is_no_member(graph_of, text):
    assert not any(s == "Lena Okafor" for s, p, o in facts(graph_of(text)))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Tomas Kerr, the Vanguard Front's secretary-general, said the group would resist.",
         ("Tomas Kerr", "leaderOf", "Vanguard Front")),
        ("Tomas Kerr, Hezbollah's secretary-general, has declared that the group will resist.",
         ("Tomas Kerr", "leaderOf", "Hezbollah")),
        ("Tomas Kerr, Hezbollah's deputy secretary-general, said the group will resist.",
         ("Tomas Kerr", "memberOf", "Hezbollah")),
        ("Tomas Kerr, the Tarsk League's assistant secretary-general, said it would act.",
         ("Tomas Kerr", "memberOf", "Tarsk League")),
    ],
)
def test_a_hyphenated_title_set_off_after_the_name(graph_of, text, fact):
    got = facts(graph_of(text))
    assert fact in got
    if fact[1] == "memberOf":  # a deputy or assistant is no head of the body
        assert not any(s == "Tomas Kerr" and p == "leaderOf" for s, p, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Kerr, Hezbollah's former secretary-general, said the group will resist.",
        "Tomas Kerr, Hezbollah's late secretary-general, was buried on Sunday.",
    ],
)
def test_a_hyphenated_title_held_before_gives_none(graph_of, text):
    assert not any(s == "Tomas Kerr" for s, _, _ in facts(graph_of(text)))


def test_a_director_general_for_a_region_at_a_ministry_is_its_member(graph_of):
    got = facts(graph_of(
        "Lio Chen, director general for West Asia and North Africa at Kalmar's Foreign "
        "Ministry, attended the talks."
    ))
    assert ("Lio Chen", "memberOf", "Kalmar's Foreign Ministry") in got or (
        "Lio Chen", "memberOf", "Foreign Ministry") in got
    assert not any(s == "Lio Chen" and p == "leaderOf" for s, p, _ in got)


@pytest.mark.parametrize("text", [
    "Elaine Pearsen, Asia director at Harbor Rights Watch, said the law was vague.",
    "Elaine Pearsen, the deputy Middle East director of Harbor Rights Watch, said the law "
    "was vague.",
    "Harbor Rights Watch's Africa director, Elaine Pearsen, said the law was vague.",
])
def test_a_director_for_a_region_of_a_body_is_its_member(graph_of, text):
    got = facts(graph_of(text))
    assert ("Elaine Pearsen", "memberOf", "Harbor Rights Watch") in got
    assert not [f for f in got if f[0] == "Elaine Pearsen" and f[1] == "leaderOf"]


def test_the_director_of_a_body_with_no_region_heads_it(graph_of):
    got = facts(graph_of("Elaine Pearsen, director of Harbor Rights Watch, said the law was "
                         "vague."))
    assert ("Elaine Pearsen", "leaderOf", "Harbor Rights Watch") in got


@pytest.mark.parametrize("title, predicate", [
    ("Secretary of the Treasury", "leaderOf"),
    ("Deputy Secretary of the Treasury", "memberOf"),
    ("Under Secretary of the Treasury", "memberOf"),
])
def test_a_title_of_the_treasury_named_before_the_name_the_tagger_split(graph_of, title,
                                                                        predicate):
    got = facts(graph_of(
        f"The Treasury imposed sanctions on Norland. {title} Ivo Brant said the action was "
        "needed."
    ))
    assert ("Ivo Brant", predicate, "Treasury") in got


def test_a_title_of_the_treasury_department_by_its_first_word(graph_of):
    got = facts(graph_of(
        "The Treasury Department imposed sanctions on Norland. Deputy Secretary of the "
        "Treasury Ivo Brant said the action was needed."
    ))
    assert ("Ivo Brant", "memberOf", "Treasury Department") in got


def test_a_title_of_a_body_the_article_never_names_gives_no_role(graph_of):
    got = facts(graph_of(
        "Norland imposed sanctions on Valdoria. Deputy Secretary of the Treasury Ivo Brant "
        "said the action was needed."
    ))
    assert not any(s == "Ivo Brant" for s, p, o in got)


def test_the_commissioner_of_an_agency_heads_it_and_one_of_a_commission_sits_on_it(graph_of):
    got = facts(graph_of(
        "Jonas Pirrie, the commissioner of the Federal Supply Service, said prices rose. "
        "Ana Kovar, a commissioner of the Federal Ballot Commission, dissented. Deputy "
        "Commissioner Li Wen of the Food Safety Administration said nothing."
    ))
    assert ("Jonas Pirrie", "leaderOf", "Federal Supply Service") in got
    assert ("Ana Kovar", "memberOf", "Federal Ballot Commission") in got
    assert ("Li Wen", "leaderOf", "Food Safety Administration") not in got
