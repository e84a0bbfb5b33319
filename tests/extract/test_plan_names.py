"""Plans named by a sum ("the $5 billion deal") or a number ("Resolution 2801"), and stances
an unnamed state organ takes ("Ostria's foreign ministry rejected the plan")."""

import pytest

from .helpers import entities, facts


def _of(got, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == predicate}


def _plans(graph) -> set[str]:
    return {n for n, kind in entities(graph).items() if kind == "Plan"}


def test_a_deal_named_by_its_sum(graph_of):
    g = graph_of(
        "Velka Motors agreed on Monday to buy Orvane Bank. Tessa Holdings rejected the "
        "$5 billion deal."
    )
    assert ("Tessa Holdings", "$5 billion deal") in _of(facts(g), "opposes")


@pytest.mark.parametrize("text", [
    "Velka Motors reported a $5 billion loss on Monday.",
    "Velka Motors said any deal would be worth $5 billion.",
])
def test_a_sum_alone_names_no_deal(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_resolution_named_by_its_number(graph_of):
    g = graph_of(
        "The council adopted Resolution 2801, drafted by Norland, on Monday. Ostria voted "
        "against the resolution."
    )
    assert _plans(g) == {"Resolution 2801"}
    got = facts(g)
    assert ("Norland", "Resolution 2801") in _of(got, "authorOf")
    assert ("Ostria", "Resolution 2801") in _of(got, "opposes")


def test_a_resolution_of_a_dispute_is_no_plan(graph_of):
    assert not _plans(graph_of("Resolution of the dispute could take 10 years."))


@pytest.mark.parametrize(("text", "state"), [
    ("Talks produced the 12-point plan. Ostria's foreign ministry rejected the plan on "
     "Monday.", "Ostria"),
])
def test_a_states_unnamed_organ_stands_for_it(graph_of, text, state):
    assert (state, "12-point plan") in _of(facts(graph_of(text)), "opposes")


def test_a_persons_office_is_no_state(graph_of):
    got = facts(graph_of(
        "Talks produced the 12-point plan. Ana Roe's office rejected the plan on Monday."
    ))
    assert not _of(got, "opposes")


@pytest.mark.parametrize(("text", "plan"), [
    ("Officials said the Lumeric Trade Agreement (LTA) would be reviewed in 2027. Minister "
     "Jorge Pell said the LTA must continue.", "Lumeric Trade Agreement"),
    ("The deal was renewed as the Velmar-Ostria Free Trade Agreement (VOFTA) in 2019. The "
     "VOFTA kept tariffs at zero, Minister Ana Pell said.", "Velmar-Ostria Free Trade Agreement"),
])
def test_an_acronym_a_plan_is_defined_by_names_that_plan(graph_of, text, plan):
    got = entities(graph_of(text))
    assert got.get(plan) == "Plan"
    assert not {"LTA", "VOFTA"} & set(got)  # no body of that acronym beside it


def test_a_body_s_acronym_stays_the_body_s(graph_of):
    got = entities(graph_of(
        "The Lumeric Trade Authority (LTA) said on Monday that exports rose. The LTA will "
        "meet again in May."
    ))
    assert got.get("Lumeric Trade Authority") == "Organization"
    assert "Lumeric Trade Authority" not in _plans_of(got)


def _plans_of(got: dict[str, str]) -> set[str]:
    return {n for n, kind in got.items() if kind == "Plan"}


@pytest.mark.parametrize(("text", "plan"), [
    ("Kestria and Morland agreed the Lake Oru Framework on Monday.", "Lake Oru Framework"),
    ("The ministry published the Coastal Roadmap on Monday.", "Coastal Roadmap"),
])
def test_a_framework_or_roadmap_named_is_a_plan(graph_of, text, plan):
    assert entities(graph_of(text)).get(plan) == "Plan"


def test_a_firm_named_for_a_framework_is_no_plan(graph_of):
    got = entities(graph_of(
        "Ivo Marek works for Framework Capital Partners, a fund based in Oslo."))
    assert got.get("Framework Capital Partners") == "Organization"


def test_a_plan_s_opponent_reads_a_framework_back(graph_of):
    got = facts(graph_of("Morland proposed the Lake Oru Framework in May. Kestria rejected "
                         "that proposal."))
    assert ("Kestria", "opposes", "Lake Oru Framework") in got


def test_a_proposal_named_is_a_plan_even_after_a_place_word(graph_of):
    got = facts(graph_of("Morland tabled the Lake Oru Proposal on Monday. Kestria rejected the "
                         "proposal on Tuesday."))
    assert ("Kestria", "opposes", "Lake Oru Proposal") in got


def test_a_policy_titled_initiative_or_strategy(graph_of):
    g = graph_of(
        "Norland unveiled its National Water Strategy on Monday. The Varnish Party criticised "
        "the strategy. The Kessian government launched the Coastal Housing Initiative in March."
    )
    assert {"National Water Strategy", "Coastal Housing Initiative"} <= _plans(g)
    assert ("Varnish Party", "National Water Strategy") in _of(facts(g), "opposes")


@pytest.mark.parametrize("text", [
    "The Open Harbour Initiative, a research group in Lisvarn, said shipping costs had doubled.",
    "The Open Harbour Initiative said on Monday that shipping costs had doubled.",
    "Olan Brisk said the company's strategy was working. He has no plans to visit Vessia.",
])
def test_a_body_titled_initiative_or_a_strategy_in_general_is_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


def test_the_two_state_solution(graph_of):
    g = graph_of(
        "Norland said any settlement must be based on the two-state solution. Olan Brisk "
        "described a two-state solution as the only viable path."
    )
    assert _plans(g) == {"two-state solution"}


def test_a_solution_to_a_dispute_is_no_plan(graph_of):
    assert not _plans(graph_of("Norland said a solution to the border dispute was near."))


def test_a_policy_named_by_a_quoted_slogan(graph_of):
    g = graph_of('Senator Dara Velko signed a memorandum restoring his "maximum pressure" '
                 "policy on Vessia.")
    assert _plans(g) == {"maximum pressure"}


@pytest.mark.parametrize("text", [
    'Olan Brisk called it a "very good" policy on Monday.',
    'Dara Velko said the "unfair and cruel" policy would be dropped.',
    'Olan Brisk defended his "fair" policy on Vessia.',
])
def test_a_quoted_judgement_of_a_policy_is_no_name(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_titled_initiative_is_not_the_ceasefire_named_beside_it(graph_of):
    g = graph_of(
        "Olan Brisk said any broader peace would have to follow the Tessaly Peace Initiative, "
        "which Norland backed in 2004. Norland and Vessia signed a ceasefire agreement in "
        "November."
    )
    assert {"Tessaly Peace Initiative", "ceasefire agreement"} <= _plans(g)
    assert ("Norland", "Tessaly Peace Initiative") in _of(facts(g), "supports")


@pytest.mark.parametrize(("text", "plan"), [
    ("Norland said it would withdraw from the Lisvarn Protocol on emissions.", "Lisvarn Protocol"),
    ("The Varnish Party opposed the Coastal Green Deal on Monday.", "Coastal Green Deal"),
    ("Norland ratified the Convention on Harbour Mines in 2010.", "Convention on Harbour Mines"),
    ("Olan Brisk said the Strategic Agenda would guide spending.", "Strategic Agenda"),
])
def test_a_treaty_or_policy_by_its_title(graph_of, text, plan):
    assert plan in _plans(graph_of(text))


def test_the_compact_refers_back_to_its_title(graph_of):
    g = graph_of("Vessia signed the Global Compact for Harbours in 2018. The Varnish Party "
                 "rejected the compact.")
    assert ("Varnish Party", "Global Compact for Harbours") in _of(facts(g), "opposes")


@pytest.mark.parametrize("text", [
    "Olan Brisk spoke at the Democratic National Convention in Lisvarn on Tuesday.",
    "The Harbour Global Compact, a business network, said members had cut emissions.",
    "Chief of Protocol Dara Velko greeted the delegation at the airport.",
    "The Office of Management and Budget said spending would rise.",
    "The summit was held at the Lisvarn Convention Centre on Friday.",
])
def test_bodies_places_and_gatherings_named_like_treaties(graph_of, text):
    assert not _plans(graph_of(text))


@pytest.mark.parametrize(("text", "plan"), [
    ("The two leaders signed a Norland-Vessia partnership roadmap to 2030 on Friday.",
     "Norland-Vessia partnership roadmap to 2030"),
    ("The two prime ministers witnessed the signing of a peace declaration between Norland "
     "and Vessia.", "peace declaration"),
])
def test_a_text_signed_that_names_its_parties(graph_of, text, plan):
    assert _plans(graph_of(text)) == {plan}


@pytest.mark.parametrize("text", [
    "The two players signed a three-year deal with the club on Friday.",
    "The two leaders witnessed the signing of a joint declaration on Friday.",
    "The two leaders refused to sign a Norland-Vessia partnership roadmap on Friday.",
])
def test_a_text_signed_without_its_parties_named_is_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


@pytest.mark.parametrize("text", [
    "Velka Motors launched an appeal against the $2 million fine on Monday.",
    "Police in Lisvarn launched an appeal for witnesses after the crash.",
    "The club launched an appeal on Monday. The court rejected the appeal.",
    "Velka Motors filed an appeal over the $2 million fine.",
])
def test_an_appeal_in_court_or_for_witnesses_is_no_plan(graph_of, text):
    assert not _plans(graph_of(text))


@pytest.mark.parametrize("text", [
    'Olan Brisk welcomed "good progress" in Lisvarn on Monday.',
    'Dara Velko hailed "positive steps" by Vessia on Monday.',
    "Olan Brisk has no plans to visit Vessia. He said the talks and the process would go on.",
    "Dara Velko said she had a plan to visit Lisvarn in May.",
])
def test_how_talks_go_and_plans_of_a_visit_are_no_plans(graph_of, text):
    assert not _plans(graph_of(text))


@pytest.mark.parametrize(("text", "plan"), [
    ("The Varnish Party rejected the government's proposal to raise the retirement age.",
     "proposal to raise the retirement age"),
    ("Norland welcomed the council's plan to build a new harbour.", "plan to build a new harbour"),
    ("Norland supported the draft law on foreign agents. The Varnish Party opposed the draft "
     "law.", "draft law"),
    ("Norland backed the nuclear deal on Monday.", "nuclear deal"),
])
def test_plans_named_by_what_they_do_or_are_about(graph_of, text, plan):
    assert _plans(graph_of(text)) == {plan}


@pytest.mark.parametrize("text", [
    "Dara Velko said the plan to visit Lisvarn was dropped.",
    "Norland said it had a good deal. Vessia rejected the final deal.",
    "Norland said it would uphold the law on foreign agents.",
])
def test_plans_of_a_visit_judged_deals_and_the_law_are_no_plans(graph_of, text):
    assert not _plans(graph_of(text))


def test_a_law_by_its_title(graph_of):
    g = graph_of("The ruling party passed the Foreign Agents Law in its first reading. The "
                 "Varnish Party opposed the law.")
    assert _plans(g) == {"Foreign Agents Law"}
    assert ("Varnish Party", "Foreign Agents Law") in _of(facts(g), "opposes")


@pytest.mark.parametrize("text", [
    "Activist Dorian Law said on Monday that he would keep campaigning.",
    "Actor Ivo Law said on Monday that he would return to the stage.",
    "Olan Brisk, a professor at the Lisvarn School of Law, said the ruling was flawed.",
])
def test_a_surname_or_a_school_of_law_is_no_law(graph_of, text):
    assert not _plans(graph_of(text))


def test_the_benefits_a_law_pays(graph_of):
    g = graph_of("Dara Velko pressed for a vote on extending the enhanced Harbour Care Act "
                 "subsidies that run out in December. The Varnish Party opposed the subsidies.")
    assert "enhanced Harbour Care Act subsidies" in _plans(g)
    assert ("Varnish Party", "enhanced Harbour Care Act subsidies") in _of(facts(g), "opposes")


def test_subsidies_of_a_kind_are_no_plan(graph_of):
    assert not _plans(graph_of("Norland cut housing subsidies on Monday. The Varnish Party "
                               "opposed the subsidies."))
