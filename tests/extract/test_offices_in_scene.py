"""Bare government offices ("Foreign Minister X", "Prime Minister Y") placed by the scene a
sentence opens with ("In Jerusalem, …"), and left unplaced where two countries' ministries
could be meant; on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow

# an article about two countries as much: no country of its own for bare offices
_TWO_COUNTRIES = (
    "China and Japan held talks in Beijing on Tuesday. China protested, and Japan "
    "answered. China and Japan argued again.\n\n"
)


def test_jerusalem_is_where_israel_s_government_speaks(graph_of):
    got = facts(
        graph_of(
            "Lebanon and Israel sent envoys to the border town. Lebanese officials were "
            "cautious, Lebanon said.\n\nIn Jerusalem, Prime Minister Dan Avital's office said "
            "the talks went well."
        )
    )
    assert ("Dan Avital", "leaderOf", "Israel") in got


def test_two_countries_foreign_ministries_leave_a_bare_minister_unplaced(graph_of):
    got = facts(
        graph_of(
            "Aki Mori of Japan's Foreign Ministry met Wen Tao of the Chinese Foreign Ministry "
            "in Beijing. Later, Vice Foreign Minister Hu Lan summoned the envoy. China and "
            "Japan disagreed, China said."
        )
    )
    assert not any(s == "Hu Lan" for s, _, _ in got)


def test_a_foreign_ministry_named_with_one_country_is_its_minister_s(graph_of):
    got = facts(
        graph_of(
            "The Chinese Foreign Ministry protested on Monday. Vice Foreign Minister Hu Lan "
            "summoned the envoy."
        )
    )
    assert ("Hu Lan", "memberOf", "Chinese Foreign Ministry") in got


_BRITAIN = (
    "Britain and the UK braced for tariffs, Britain said. The UK economy slowed, and the "
    "UK answered. "
)


def test_a_president_written_bare_leads_no_country_without_one(graph_of):
    got = facts(
        graph_of(
            _BRITAIN + "President Dale Hollis said the tariffs would stay. Prime Minister "
            "Anna Crewe said Britain would keep a cool head."
        )
    )
    assert ("Dale Hollis", "leaderOf", "United Kingdom") not in got
    assert ("Anna Crewe", "leaderOf", "United Kingdom") in got


def test_a_prime_minister_or_minister_written_bare_is_not_of_a_country_without_one(graph_of):
    got = facts(
        graph_of(
            "The United States and America weighed the move, the United States said. "
            "President Dale Hollis said the embassy would move. Prime Minister Eli Sharon "
            "welcomed it, and Education Minister Noa Adler agreed."
        )
    )
    assert ("Dale Hollis", "leaderOf", "United States") in got
    assert not any(s in {"Eli Sharon", "Noa Adler"} and o == "United States" for s, _, o in got)


def test_a_surname_written_alone_is_placed_by_a_name_written_family_name_first(graph_of):
    got = facts(
        graph_of(
            "China and Korea met, China said. China hosted, and China spoke. Japan's Prime "
            "Minister Sato Kenji held talks in Seoul. Lee said, \"I hope to work with Prime "
            "Minister Sato.\""
        )
    )
    assert ("Sato Kenji", "leaderOf", "Japan") in got
    assert not any(s.startswith("Sato") and o == "China" for s, _, o in got)


def test_a_country_s_portfolio_secretary_is_its_member(graph_of):
    got = facts(graph_of("UK Business Secretary Ian Royce said the talks would go on."))
    assert ("Ian Royce", "memberOf", "United Kingdom") in got
    assert ("Ian Royce", "leaderOf", "United Kingdom") not in got


_UKRAINE = "Ukraine said it was ready. Ukraine and Ukrainian officials waited, Ukraine said. "


def test_a_seat_of_government_speaking_of_a_president_is_not_the_home_country_s(graph_of):
    got = facts(
        graph_of(
            _UKRAINE + "Separately, the White House said President Dale Hollis had not "
            "decided whether to send envoys."
        )
    )
    assert ("Dale Hollis", "leaderOf", "Ukraine") not in got


def test_a_seat_of_the_home_country_still_places_its_president(graph_of):
    got = facts(
        graph_of(
            "The United States and America will act, the United States said. The White "
            "House said President Dale Hollis would travel to Michigan."
        )
    )
    assert ("Dale Hollis", "leaderOf", "United States") in got


def test_a_portfolio_secretary_is_not_of_a_country_of_ministers(graph_of):
    got = facts(
        graph_of(
            _UKRAINE + "Defense Secretary Lyle Aston arrived in Kyiv on Monday, and Defence "
            "Minister Oleh Marko met him."
        )
    )
    assert ("Lyle Aston", "memberOf", "Ukraine") not in got
    assert ("Oleh Marko", "memberOf", "Ukraine") in got


def test_a_presidential_aide_advises_the_one_leader_of_the_country_meant(graph_of):
    got = facts(
        graph_of(
            "Moldovan President Ivo Dragan met the envoys in Chisinau. Moldovan "
            "presidential aide Petar Kos told reporters that Dragan informed US President "
            "Dale Hollis of the incident.",
            "On the Moldovan side, Presidential aide Mila Sava attended. Moldovan "
            "President Ivo Dragan spoke first.",
        )
    )
    assert ("Petar Kos", "advisorOf", "Ivo Dragan") in got
    assert ("Mila Sava", "advisorOf", "Ivo Dragan") in got
    assert ("Petar Kos", "advisorOf", "Dale Hollis") not in got


def test_a_presidential_aide_set_off_after_the_name_advises_the_leader(graph_of):
    got = facts(
        graph_of(
            "CHISINAU — Moldovan President Ivo Dragan met the envoys in Chisinau on Tuesday. "
            "Petar Kos, a senior presidential aide, said the talks were useful. Moldova has "
            "long sought such talks.",
            "Moldovan President Ivo Dragan met the envoys. Mila Sava, a Moldovan presidential "
            "aide, attended.",
        )
    )
    assert ("Petar Kos", "advisorOf", "Ivo Dragan") in got
    assert ("Mila Sava", "advisorOf", "Ivo Dragan") in got


def test_an_aide_set_off_as_former_or_of_two_presidents_advises_no_one(graph_of):
    got = facts(
        graph_of(
            "Moldovan President Ivo Dragan met the envoys. Petar Kos, a former presidential "
            "aide, watched. Moldova said so.",
            "Moldovan President Ivo Dragan met President Ana Ruiz of Peru. Mila Sava, a "
            "presidential aide, attended.",
        )
    )
    assert not any(p == "advisorOf" for _, p, _ in got)


def test_a_former_or_vice_presidential_aide_advises_no_president(graph_of):
    got = facts(
        graph_of(
            "Moldovan President Ivo Dragan met the envoys. Former presidential aide Petar "
            "Kos and vice-presidential aide Mila Sava watched. Moldova said so."
        )
    )
    assert not any(p == "advisorOf" for _, p, _ in got)


_READOUTS = (
    "READOUTS: the calls that followed\n\n"
    "Office of the President of Moldova - 28 December, 23:40\n"
    "President Ivo Dragan said Moldova would join the call.\n\n"
    "European Commission - 28 December\n"
    "President Ana Rebelo welcomed the progress.\n\n"
    "Prime Minister of the Netherlands - 29 December\n"
    "Prime Minister Jan Horak said the Netherlands would help.\n"
)


def test_a_dated_readout_heading_says_whose_office_speaks_under_it(graph_of):
    got = facts(graph_of(_READOUTS))
    assert ("Ivo Dragan", "leaderOf", "Moldova") in got
    assert ("Jan Horak", "leaderOf", "Netherlands") in got
    assert not any(s == "Ana Rebelo" and o in {"Moldova", "Netherlands"} for s, _, o in got)


def test_a_bare_office_right_after_a_sentence_about_another_country_is_not_placed(graph_of):
    got = facts(
        graph_of(
            "Egypt hosted the summit in Sharm el-Sheikh. Egypt and Egyptian diplomats prepared "
            "for months, Egypt said. Neither Israel nor Hamas sent a delegation. Prime Minister "
            "Eli Sharon turned down a late invitation. President Omar Fathy opened the summit."
        )
    )
    assert ("Eli Sharon", "leaderOf", "Egypt") not in got
    assert ("Omar Fathy", "leaderOf", "Egypt") in got


def test_a_minister_of_a_portfolio_written_bare_is_of_the_article_s_country(graph_of):
    got = facts(
        graph_of(
            "Indonesia and Indonesian officials agreed, Indonesia said. Minister of Finance "
            "Budi Santoso said the budget was still in deficit. Former Minister of Defence "
            "Agus Wirawan disagreed."
        )
    )
    assert ("Budi Santoso", "memberOf", "Indonesia") in got
    assert ("Agus Wirawan", "memberOf", "Indonesia") not in got


def test_a_country_named_once_beside_its_bodies_is_the_story_s(graph_of):
    got = facts(graph_of(
        "Ghana's economy grew 5 percent. Finance Minister Cassiel Ato Forson said inflation "
        "was falling. The Bank of Ghana held rates. President John Mahama praised the figures."))
    assert ("John Mahama", "leaderOf", "Ghana") in got
    assert ("Cassiel Ato Forson", "memberOf", "Ghana") in got


def test_another_country_s_bodies_make_no_home_of_it(graph_of):
    got = facts(graph_of(
        "India's foreign minister hosted talks in New Delhi. The Chinese Foreign Ministry said "
        "the visit was useful. The Chinese Embassy said the talks would go on. Foreign "
        "Secretary Ravi Menon was at the table. India and China agreed to meet again."))
    assert not any(s == "Ravi Menon" and o in {"China", "Chinese Foreign Ministry"}
                   for s, _, o in got)


def test_a_country_named_only_as_where_things_happen_is_not_the_story_s(graph_of):
    got = facts(
        graph_of(
            "The security cabinet approved the deal, which was signed overnight in Qatar. "
            "Prime Minister Dan Avital took part in a security assessment with the team, which "
            "returned from Qatar on Friday. Finance Minister Noa Adler voted against it."
        )
    )
    assert not any(s in {"Dan Avital", "Noa Adler"} and o == "Qatar" for s, _, o in got)


def test_a_country_that_acts_is_still_the_story_s(graph_of):
    got = facts(
        graph_of(
            "Qatar said on Friday it would host the talks, which open in Qatar next week. "
            "Prime Minister Karim Tani said the deal was close."
        )
    )
    assert ("Karim Tani", "leaderOf", "Qatar") in got


def test_a_vice_president_written_bare_is_not_of_a_country_without_one(graph_of):
    got = facts(
        graph_of(
            "KYIV — President Ivo Marek met Vice President Tom Vale in Kyiv on Monday. "
            "Ukraine asked for more air defence.",
            "The war in Ukraine dominated the talks. Vice President Dan Roe said Washington "
            "wanted a deal, and President Ivo Marek of Ukraine agreed.",
        )
    )
    assert ("Ivo Marek", "leaderOf", "Ukraine") in got
    assert ("Tom Vale", "memberOf", "Ukraine") not in got
    assert ("Dan Roe", "memberOf", "Ukraine") not in got


def test_a_vice_president_written_bare_is_of_a_country_with_one(graph_of):
    got = facts(graph_of("MANILA — Vice President Sara Lumen said on Monday the Philippines "
                         "would not back the bill."))
    assert ("Sara Lumen", "memberOf", "Philippines") in got
