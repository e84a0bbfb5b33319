"""Meetings, stances, authorship and sanctions as news prose tells them, on sentences written
for these tests (invented names)."""

import pytest

from .helpers import entities, facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def test_talks_hosted_by_a_third_minister(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Ana Vela and Foreign Minister Ivo Kask held two hours of talks "
            "in Cairo on Sunday, hosted by Egypt's Foreign Minister Karim Saleh."
        )
    )
    assert {
        frozenset(("Ana Vela", "Ivo Kask")),
        frozenset(("Ana Vela", "Karim Saleh")),
        frozenset(("Ivo Kask", "Karim Saleh")),
    } <= _met(got)


def test_people_met_listed_after_a_colon(graph_of):
    got = facts(
        graph_of(
            "In London, Minister Dana Holt also met: Paolo Ricci; Ireland's Minister of "
            "State, Siobhan Keane; and Lars Moen."
        )
    )
    met = _met(got)
    for guest in ("Paolo Ricci", "Siobhan Keane", "Lars Moen"):
        assert frozenset(("Dana Holt", guest)) in met
    assert not any("Ireland" in pair for pair in met)


def test_raising_an_issue_with_someone_during_a_meeting(graph_of):
    got = facts(
        graph_of("Ambassador Lina Osei said she raised it with Tran Van Minh during a meeting.")
    )
    assert frozenset(("Lina Osei", "Tran Van Minh")) in _met(got)
    cancelled = facts(
        graph_of(
            "Ambassador Lina Osei said she had raised the issue with Tran Van Minh at a "
            "meeting that was later cancelled."
        )
    )
    assert not _met(cancelled)


def test_meeting_a_governor_named_after_his_bank(graph_of):
    got = facts(
        graph_of(
            "The IMF mission, led by Ingrid Dahl, met Finance Minister Ravi Silva and Central "
            "Bank of Lanka Governor Ruwan Perera on Monday."
        )
    )
    assert frozenset(("Ingrid Dahl", "Ruwan Perera")) in _met(got)
    assert not any("Central Bank of Lanka" in pair for pair in _met(got))


def test_meeting_after_which_they_agreed_happened(graph_of):
    got = facts(
        graph_of(
            "VIENTIANE, Laos — Foreign Minister Choi Min-jae and his Japanese counterpart, "
            "Kenji Ogura, agreed to stay in close touch after meeting on the sidelines of a "
            "regional forum."
        )
    )
    assert _met(got) == {frozenset(("Choi Min-jae", "Kenji Ogura"))}


def test_a_party_saying_it_will_vote_against_a_budget(graph_of):
    g = graph_of(
        "The Marden Workers Party said on Monday it would vote against the government's 2027 "
        "budget."
    )
    assert ("Marden Workers Party", "opposes", "2027 budget") in facts(g)
    conditional = graph_of(
        "The Marden Workers Party said it would vote against the 2027 budget only if fuel "
        "taxes rise."
    )
    assert not {f for f in facts(conditional) if f[1] == "opposes"}


def test_we_in_a_quote_is_its_speaker(graph_of):
    g = graph_of(
        "The government presented its 2027 budget on Friday. Opposition leader Sunil Perera "
        'addressed a rally. "We will vote against this budget, and we will fight it," Perera '
        "told the crowd in Galle."
    )
    assert ("Sunil Perera", "opposes", "2027 budget") in facts(g)


def test_urging_a_plan_adopted_supports_it(graph_of):
    got = facts(
        graph_of(
            "Prime Minister Anita Rao urged both teams to conclude the Pacific Free Trade "
            "Agreement before the end of the year. Senator Ruth Okoye called on the House to "
            "pass the Harbor Safety Act."
        )
    )
    assert ("Anita Rao", "supports", "Pacific Free Trade Agreement") in got
    assert ("Ruth Okoye", "supports", "Harbor Safety Act") in got
    refused = facts(graph_of("Finance Minister Hugo Brandt urged lawmakers not to pass the "
                             "Harbor Safety Act."))
    assert not {f for f in refused if f[1] in {"supports", "opposes"}}


def test_drafting_a_plan_and_urging_its_acceptance_is_authorship(graph_of):
    got = facts(
        graph_of(
            "Norway and Chile drew up a 12-point peace plan and urged Kenya to accept it."
        )
    )
    assert ("Norway", "authorOf", "12-point peace plan") in got
    assert ("Norway", "supports", "12-point peace plan") not in got


def test_stances_on_a_vote_progress_or_veto_are_on_the_plan(graph_of):
    got = facts(
        graph_of(
            "Trade ministers signed the Pacific Free Trade Agreement in May. Economy Minister "
            "Katrin Albers hailed the progress."
        )
    )
    assert ("Katrin Albers", "supports", "Pacific Free Trade Agreement") in got
    got = facts(
        graph_of(
            "President Ellen Marsh vetoed the Harbor Safety Act on Monday. The Association of "
            "Port Operators praised the veto. Senator Ruth Okoye criticised the veto."
        )
    )
    assert ("Association of Port Operators", "opposes", "Harbor Safety Act") in got
    assert ("Ruth Okoye", "supports", "Harbor Safety Act") in got
    got = facts(graph_of("Economy Minister Katrin Albers welcomed the vote on Monday."))
    assert not {f for f in got if f[1] in {"supports", "opposes"}}


def test_supporting_a_country_s_position_supports_the_country(graph_of):
    got = facts(graph_of("Kenya said it supported Uganda's position on the dispute."))
    assert ("Kenya", "supports", "Uganda") in got
    got = facts(graph_of("The union backed Kenya's call for a strike."))
    assert not {f for f in got if f[1] == "supports"}


def test_backing_a_leader_s_numbered_plan(graph_of):
    got = facts(graph_of("Senator Joan Pike backed President Lena Vogt's 10-point plan."))
    assert ("Joan Pike", "supports", "10-point plan") in got


def test_a_country_s_own_proposal(graph_of):
    got = facts(
        graph_of("Talks resumed in Cairo on the Egyptian proposal for a ceasefire on Monday.")
    )
    assert ("Egypt", "authorOf", "Egyptian proposal") in got
    # an indefinite one names no plan, so no author either, unless someone takes a stance
    # on it ("Kenya rejected an Egyptian proposal": that one); consent is no plan
    assert not {f for f in facts(graph_of("An Egyptian proposal may follow next week.")) if
                f[1] == "authorOf"}
    assert ("Egypt", "authorOf", "Egyptian proposal") in facts(
        graph_of("Kenya rejected an Egyptian proposal.")
    )
    assert not {f for f in facts(graph_of("Kenya rejected a proposal.")) if f[1] == "authorOf"}
    g = graph_of("Chancellor Lena Vogt said the terms must not pass without European agreement.")
    assert "Plan" not in entities(g).values()


def test_sanctioned_companies_listed_in_the_next_sentence(graph_of):
    got = facts(
        graph_of(
            "The Treasury on Tuesday imposed sanctions on a gold smuggling network. The "
            "companies include Oro Fino Trading, a gold trader, and Atlas Bright Metals, a "
            "dealer."
        )
    )
    assert ("Treasury", "sanctioned", "Oro Fino Trading") in got
    assert ("Treasury", "sanctioned", "Atlas Bright Metals") in got
    unrelated = facts(
        graph_of(
            "The Treasury published its annual report on Tuesday. The companies include "
            "Oro Fino Trading and Atlas Bright Metals."
        )
    )
    assert not {f for f in unrelated if f[1] == "sanctioned"}


def test_a_sanctions_list_goes_on_past_a_sentence_between(graph_of):
    got = facts(graph_of(
        "Britain on Monday sanctioned 20 companies linked to the Ostland military. The "
        "latest companies to be sanctioned include Ostrov Bank and Pelagic Mining. The "
        "measures took effect at midnight. Individuals include Ivan Merkov, founder of "
        "Ostrov Bank; Pavel Sidor; and Olga Lenz."
    ))
    for target in ("Ostrov Bank", "Ivan Merkov", "Pavel Sidor", "Olga Lenz"):
        assert ("United Kingdom", "sanctioned", target) in got
    far = facts(graph_of(
        "Britain on Monday sanctioned 20 companies linked to the Ostland military. The "
        "measures took effect at midnight. Trade fell in March. Exports rose in April. "
        "The individuals include Ivan Merkov and Pavel Sidor."
    ))
    assert not [f for f in far if f[1] == "sanctioned" and f[2] == "Ivan Merkov"]


def test_sanctioned_as_well_as_a_militia(graph_of):
    got = facts(
        graph_of(
            "The Treasury on Thursday imposed sanctions on two smugglers, Omar Nasser and Ali "
            "Badr, as well as a militia, the Kestrel Battalion."
        )
    )
    for target in ("Omar Nasser", "Ali Badr", "Kestrel Battalion"):
        assert ("Treasury", "sanctioned", target) in got
    got = facts(graph_of("The European Union, as well as Norway, imposed sanctions on Vostok "
                         "Metals."))
    assert ("European Union", "sanctioned", "Norway") not in got
    assert ("Norway", "sanctioned", "Vostok Metals") in got


def test_those_attending_the_meeting_told_before_met_its_host(graph_of):
    got = facts(
        graph_of(
            "President Nora Hale met the three party leaders at her residence on Tuesday. "
            "Senate Leader Paul Okeke, House Speaker Rita Vance and Assembly Leader Ben Ortiz "
            "attended the meeting, along with chief of staff Ida Moss."
        )
    )
    met = _met(got)
    for guest in ("Paul Okeke", "Rita Vance", "Ben Ortiz", "Ida Moss"):
        assert frozenset(("Nora Hale", guest)) in met
    # a meeting no sentence before told of has no host to meet
    got = facts(graph_of("Paul Okeke and Rita Vance attended the meeting on Tuesday."))
    assert not any("Nora Hale" in pair for pair in _met(got))


def test_a_description_with_a_name_beside_it_is_that_person(graph_of):
    got = facts(
        graph_of(
            "Luis Castro leads the Popular Front. The third-placed candidate, economist Jorge "
            "Villa Paz of the centrist Somos Centro, endorsed Castro on Monday."
        )
    )
    assert ("Jorge Villa Paz", "supports", "Luis Castro") in got
    assert not {f for f in got if f[1] == "supports" and f[0] != "Jorge Villa Paz"}


def test_meetings_told_with_a_topic_a_counterpart_or_taking_part(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Ravi Menon held long discussions on trade with Kenyan Foreign "
            "Minister Amos Kiptoo on the sidelines of the summit. "
            "In talks with his Chilean counterpart, Rosa Vidal, Foreign Minister Lars Berg "
            "discussed the border crisis. "
            "Foreign Minister Ines Kavala took part in talks with Otto Brehm on Monday."
        )
    )
    met = _met(got)
    assert frozenset(("Ravi Menon", "Amos Kiptoo")) in met
    assert frozenset(("Lars Berg", "Rosa Vidal")) in met
    assert frozenset(("Ines Kavala", "Otto Brehm")) in met
    alone = facts(graph_of("Foreign Minister Ines Kavala took part in a protest on Monday."))
    assert not _met(alone)


def test_voting_to_override_or_sustain_a_veto(graph_of):
    got = facts(
        graph_of(
            "President Ellen Marsh vetoed the Harbor Safety Act on Monday. Senator Priya Natal "
            "said she would vote to override the veto. Senator Dan Ames said he would vote to "
            'sustain the veto. Senator Ruth Okoye said she would "absolutely" vote to override.'
        )
    )
    assert ("Priya Natal", "supports", "Harbor Safety Act") in got
    assert ("Ruth Okoye", "supports", "Harbor Safety Act") in got
    assert ("Dan Ames", "opposes", "Harbor Safety Act") in got
    g = graph_of(
        "President Ellen Marsh vetoed the Harbor Safety Act on Monday. Senator Priya Natal "
        "said she would not vote to override."
    )
    assert ("Priya Natal", "supports", "Harbor Safety Act") not in facts(g)


def test_expressing_support_or_opposition(graph_of):
    got = facts(
        graph_of(
            "Norway expressed support for the 12-point peace plan. Poland voiced opposition to "
            "the 12-point peace plan."
        )
    )
    assert ("Norway", "supports", "12-point peace plan") in got
    assert ("Poland", "opposes", "12-point peace plan") in got
    got = facts(graph_of("Poland voiced opposition to the plan to Reuters on Monday."))
    assert not {f for f in got if f[1] == "opposes"}


def test_a_resolution_named_for_its_country(graph_of):
    got = facts(graph_of("The council adopted the American resolution on Monday."))
    assert ("United States", "authorOf", "American resolution") in got


def test_sanctions_designated_for_or_imposed_by_it(graph_of):
    got = facts(
        graph_of(
            "The Treasury also designated for sanctions Qara Air, an airline controlled by "
            "Sahra Air, and Flight Path LLC, which sells its tickets."
        )
    )
    assert ("Treasury", "sanctioned", "Qara Air") in got
    assert ("Treasury", "sanctioned", "Flight Path LLC") in got
    assert ("Treasury", "sanctioned", "Sahra Air") not in got
    got = facts(
        graph_of(
            "The European Union sanctioned Arkady Holdings on Monday. It also imposed "
            "sanctions on Baltic Freight Lines."
        )
    )
    assert ("European Union", "sanctioned", "Baltic Freight Lines") in got


def test_a_person_s_party_proposing_a_formula(graph_of):
    got = facts(
        graph_of(
            "The Tamar Party leader Yossi Adar spoke on Monday. Adar's party has proposed a "
            "power-sharing formula for the city council."
        )
    )
    assert ("Tamar Party", "authorOf", "power-sharing formula") in got
    got = facts(graph_of("Yossi Adar spoke. Adar's party has proposed a power-sharing formula."))
    assert not {f for f in got if f[1] == "authorOf"}


def test_welcoming_the_measures_of_a_budget_just_named(graph_of):
    got = facts(
        graph_of(
            "Finance Minister Rosa Lind presented the 2027 budget on Friday. In a statement, "
            'the International Monetary Fund said the budget was "broadly consistent" with its '
            "targets. The fund has welcomed the tax measures as necessary."
        )
    )
    assert ("International Monetary Fund", "supports", "2027 budget") in got
    got = facts(graph_of("The International Monetary Fund welcomed the measures on Friday."))
    assert not {f for f in got if f[1] == "supports"}


def test_the_draft_one_wrote_is_the_resolution_just_named(graph_of):
    got = facts(
        graph_of(
            "Russia vetoed a draft resolution on Thursday. Twelve members voted in favour of "
            "the British-drafted text. Britain's ambassador, Ruth Ames-Clarke, who wrote the "
            "draft with Ghana, said the veto was shameful."
        )
    )
    assert ("Ruth Ames-Clarke", "authorOf", "draft resolution") in got
    assert ("Ghana", "authorOf", "draft resolution") in got
    # no plan named before: "the draft" is no plan
    got = facts(graph_of("Ruth Ames-Clarke, who wrote the draft with Ghana, spoke on Monday."))
    assert not {f for f in got if f[1] == "authorOf"}


def test_the_draft_far_from_the_only_resolution_named(graph_of):
    text = (
        "Russia vetoed a draft resolution on shipping on Tuesday. The vote was 12 to one. "
        "Diplomats said talks would go on. Ships still wait off the coast. Prices have risen. "
        "Kenya and Chile were among the countries that voted for the draft."
    )
    got = facts(graph_of(text))
    assert ("Kenya", "supports", "draft resolution") in got
    assert ("Chile", "supports", "draft resolution") in got
    # two plans named, neither just before: "the draft" could be either
    two = text.replace("The vote was 12 to one.", "Norway drafted a 5-point peace plan.")
    assert not {f for f in facts(graph_of(two)) if f[0] == "Kenya" and f[1] == "supports"}


def test_welcoming_an_extension_of_the_only_plan_named(graph_of):
    got = facts(
        graph_of(
            "Washington and Beijing agreed to extend the tariff truce by 90 days. Markets rose. "
            "Soy prices climbed. Analysts were cautious. Shipping firms hired more crews. "
            "The American Corn Council welcomed the extension."
        )
    )
    assert ("American Corn Council", "supports", "tariff truce") in got


def test_refusing_or_declining_to_meet_is_no_meeting(graph_of):
    g = graph_of(
        "Hana Liss refused to meet Otto Brehm on Monday. Ivo Marek declined to meet Petra Sova."
    )
    assert not _met(facts(g))
    negated = {frozenset((s, o)) for s, p, o in facts(g, "negated") if p == "met"}
    assert frozenset(("Hana Liss", "Otto Brehm")) in negated


def test_threatening_whoever_backs_a_plan_opposes_it(graph_of):
    got = facts(
        graph_of(
            "Conservative lawmakers led by Senator Cal Hendry said they would try to remove "
            "Speaker Dana Whitfield if she agreed to the Harbor Safety Act."
        )
    )
    assert ("Cal Hendry", "opposes", "Harbor Safety Act") in got
    assert ("Dana Whitfield", "supports", "Harbor Safety Act") not in got
    got = facts(
        graph_of(
            "Senator Cal Hendry said he would not try to remove Speaker Dana Whitfield if she "
            "agreed to the Harbor Safety Act."
        )
    )
    assert not {f for f in got if f[1] == "opposes"}


def test_the_ministers_of_two_countries_are_the_ones_titled_so(graph_of):
    text = (
        "Chilean Foreign Minister Ana Vela arrived in Cairo on Saturday. Peru's Foreign "
        "Minister Ivo Kask flew in on Sunday. The foreign ministers of Chile and Peru held two "
        "hours of talks in Cairo on Sunday, hosted by Egypt's Foreign Minister Karim Saleh."
    )
    met = _met(facts(graph_of(text)))
    assert {
        frozenset(("Ana Vela", "Ivo Kask")),
        frozenset(("Ana Vela", "Karim Saleh")),
        frozenset(("Ivo Kask", "Karim Saleh")),
    } <= met
    # two Chilean ministers named: which one met is not told
    two = text.replace("flew in", "and Chilean Foreign Minister Rosa Diaz flew in")
    assert frozenset(("Ana Vela", "Ivo Kask")) not in _met(facts(graph_of(two)))


def test_support_received_or_thrown_behind(graph_of):
    got = facts(
        graph_of(
            "Tim Sheller has also received Bob Dalton's endorsement. Mayor Gene Locke won the "
            "endorsement of Steven Hotz, a local kingmaker. The Green League threw its support "
            "behind Marta Ruiz on Monday. The 12-point peace plan drew support from Kenya."
        )
    )
    assert ("Bob Dalton", "supports", "Tim Sheller") in got
    assert ("Steven Hotz", "supports", "Gene Locke") in got
    assert ("Green League", "supports", "Marta Ruiz") in got
    assert ("Kenya", "supports", "12-point peace plan") in got
    assert frozenset(("Tim Sheller", "Bob Dalton")) not in _met(got)


def test_backed_in_a_relative_clause_about_a_person(graph_of):
    got = facts(graph_of("Marta Ruiz, who is backed by the Green League, won the runoff."))
    assert ("Green League", "supports", "Marta Ruiz") in got


def test_meals_and_talks_on_the_sidelines_are_meetings(graph_of):
    got = facts(
        graph_of(
            "Hana Liss had dinner with Otto Brehm in Vienna on Monday. Ivo Marek hosted a lunch "
            "for Petra Sova. Ines Kavala and Rolf Dane spoke on the sidelines of the summit."
        )
    )
    met = _met(got)
    assert frozenset(("Hana Liss", "Otto Brehm")) in met
    assert frozenset(("Ivo Marek", "Petra Sova")) in met
    assert frozenset(("Ines Kavala", "Rolf Dane")) in met
    got = facts(
        graph_of(
            "Hana Liss spoke to the Financial Times on the sidelines of the summit. Ivo Marek "
            "hosted a dinner for charity."
        )
    )
    assert not _met(got)


def test_supporters_critics_and_voters_listed(graph_of):
    got = facts(
        graph_of(
            "The Senate debated the Harbor Safety Act. A supporter of the bill, Senator Mira "
            "Cole, said it would save lives. Senator Tom Reed, a longtime critic of the Harbor "
            "Safety Act, said it was too costly. The Senate passed the Harbor Safety Act 62 to "
            "34. Democrats voting against the act included Senators Ruth Okoye and Dan Ames."
        )
    )
    assert ("Mira Cole", "supports", "Harbor Safety Act") in got
    assert ("Tom Reed", "opposes", "Harbor Safety Act") in got
    assert ("Ruth Okoye", "opposes", "Harbor Safety Act") in got
    assert ("Dan Ames", "opposes", "Harbor Safety Act") in got
    got = facts(graph_of("Senator Tom Reed, a critic of the government, spoke on Monday."))
    assert not {f for f in got if f[1] == "opposes"}


def test_a_second_name_after_a_title_and_a_meeting_participle(graph_of):
    got = facts(
        graph_of(
            "Anita Rao met Li Wen, the Chinese premier, and Olaf Berg, the German chancellor. "
            "Ines Kavala and Rolf Dane, meeting for the first time since the clash, agreed to "
            "reopen trade."
        )
    )
    met = _met(got)
    assert frozenset(("Anita Rao", "Olaf Berg")) in met
    assert frozenset(("Ines Kavala", "Rolf Dane")) in met
    got = facts(graph_of("Anita Rao met Li Wen, the Chinese premier, and the German chancellor."))
    assert _met(got) == {frozenset(("Anita Rao", "Li Wen"))}


def test_sanctions_in_more_words(graph_of):
    got = facts(
        graph_of(
            "Britain on Tuesday imposed an asset freeze and a travel ban on Ivan Sorokin. "
            "Arkady Holdings was hit with U.S. sanctions on Monday. "
            "Canada joined Norway in sanctioning Vostok Metals. "
            "Japan added Baltic Freight Lines to its export control list on Friday."
        )
    )
    assert ("United Kingdom", "sanctioned", "Ivan Sorokin") in got
    assert ("United States", "sanctioned", "Arkady Holdings") in got
    assert ("Canada", "sanctioned", "Vostok Metals") in got
    assert ("Norway", "sanctioned", "Vostok Metals") in got
    assert ("Japan", "sanctioned", "Baltic Freight Lines") in got
    got = facts(graph_of("The club imposed a ban on smoking at Arkady Holdings' stadium."))
    assert not {f for f in got if f[1] == "sanctioned"}


def test_the_sanctions_target_as_the_speaker_says(graph_of):
    got = facts(graph_of("The sanctions target Vostok Metals and Arkady Holdings, the Treasury "
                         "said."))
    assert ("Treasury", "sanctioned", "Vostok Metals") in got
    assert ("Treasury", "sanctioned", "Arkady Holdings") in got


def test_signing_a_plan_supports_it(graph_of):
    got = facts(graph_of("Kenya and Chile signed the Pacific Free Trade Agreement in May."))
    assert ("Kenya", "supports", "Pacific Free Trade Agreement") in got
    got = facts(graph_of("Velora United signed Marco Ruiz from Kestrel Rovers."))
    assert not {f for f in got if f[1] == "supports"}
    g = graph_of("President Ellen Marsh will not sign the Harbor Safety Act.")
    assert ("Ellen Marsh", "supports", "Harbor Safety Act") not in facts(g)


def test_a_plan_named_after_a_country_or_bloc(graph_of):
    g = graph_of("Kenya backed the Iran nuclear deal on Monday.")
    assert ("Kenya", "supports", "Iran nuclear deal") in facts(g)
    got = facts(graph_of("Chile backed the EU-Mercosur trade agreement."))
    assert ("Chile", "supports", "EU-Mercosur trade agreement") in got
    kinds = entities(g)
    assert kinds["Iran"] == "Place" and kinds["Iran nuclear deal"] == "Plan"


def test_offers_bids_and_decrees(graph_of):
    got = facts(
        graph_of(
            "Rail operator Nordline made a new pay offer on Monday. The Transport Workers Union "
            "rejected the offer, saying it fell short."
        )
    )
    assert ("Nordline", "authorOf", "pay offer") in got
    assert ("Transport Workers Union", "opposes", "pay offer") in got
    got = facts(
        graph_of(
            "Rail operator Nordline made a new pay offer on Monday. Members of the Transport "
            "Workers Union voted to accept the offer."
        )
    )
    assert ("Transport Workers Union", "supports", "pay offer") in got
    got = facts(graph_of("President Ivan Duarte issued an emergency decree on Monday."))
    assert ("Ivan Duarte", "authorOf", "emergency decree") in got
    got = facts(graph_of("The mayor made a speech on Monday. Lena Brask made an offer."))
    assert not {f for f in got if f[1] == "authorOf"}


def test_talks_between_parties_hosted_by_a_third(graph_of):
    got = facts(
        graph_of(
            "Talks between Egypt, Sudan and Ethiopia on the dam resumed in Kinshasa, hosted by "
            "the African Union."
        )
    )
    met = _met(got)
    assert frozenset(("Egypt", "Sudan")) in met
    assert frozenset(("African Union", "Egypt")) in met


def test_courts_and_chambers_on_a_law(graph_of):
    got = facts(
        graph_of(
            "The Harbor Safety Act passed in May. The Supreme Court upheld the Harbor Safety Act "
            "on Monday. The Senate voted down the Harbor Safety Act. Senator Ruth Okoye lobbied "
            "for the Harbor Safety Act."
        )
    )
    assert ("Supreme Court", "supports", "Harbor Safety Act") in got
    assert ("Senate", "opposes", "Harbor Safety Act") in got
    assert ("Ruth Okoye", "supports", "Harbor Safety Act") in got
    got = facts(graph_of("The Supreme Court overturned the conviction of Ivan Sorokin."))
    assert not {f for f in got if f[1] in {"supports", "opposes"}}


def test_a_stance_named_by_a_noun(graph_of):
    got = facts(
        graph_of(
            "The council debated the 12-point peace plan. Kenya's support for the 12-point "
            "peace plan was key. Chile's opposition to the 12-point peace plan hardened."
        )
    )
    assert ("Kenya", "supports", "12-point peace plan") in got
    assert ("Chile", "opposes", "12-point peace plan") in got
    got = facts(
        graph_of(
            "The council debated the 12-point peace plan. Norway withdrew Norway's support for "
            "the 12-point peace plan."
        )
    )
    assert ("Norway", "supports", "12-point peace plan") not in got


def test_telling_someone_during_a_meeting(graph_of):
    got = facts(
        graph_of("Yui Takemoto told Lars Berg during their meeting that the deal was close.")
    )
    assert frozenset(("Yui Takemoto", "Lars Berg")) in _met(got)
    got = facts(
        graph_of(
            "Yui Takemoto told Reuters on the sidelines of the summit that the deal was close."
        )
    )
    assert not _met(got)
