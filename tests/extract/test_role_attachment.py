"""A title goes to the body it names, not to a place, a body of another phrase, or a past
office: sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _roles_of(graph, name: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in facts(graph) if s == name}


def test_where_an_envoy_is_sent_is_not_their_body(graph_of):
    g = graph_of(
        "Tomas Wendt, the ambassador to Kenya, said the embassy would reopen. "
        "Ilka Rames, the special envoy for Sudan, said the talks had stalled. "
        "Jean Morel, the ambassador in Nairobi, said France would send aid."
    )
    got = facts(g)
    assert ("Tomas Wendt", "memberOf", "Kenya") not in got
    assert ("Ilka Rames", "memberOf", "Sudan") not in got
    assert ("Jean Morel", "memberOf", "Nairobi") not in got


def test_an_envoy_keeps_the_country_that_sends_them(graph_of):
    g = graph_of(
        "Nadia Perova, the Russian ambassador to the United Nations, said Moscow would veto. "
        "Paolo Greco, Italy's ambassador in Washington, said Rome backed the plan."
    )
    got = facts(g)
    assert ("Nadia Perova", "memberOf", "Russia") in got
    assert ("Nadia Perova", "memberOf", "United Nations") not in got
    assert ("Paolo Greco", "memberOf", "Italy") in got


def test_an_adviser_to_a_person_still_advises_them(graph_of):
    g = graph_of(
        "Kofi Mensah, the chief of staff to President Ama Serwaa, said the decree was signed. "
        "Anna Kessler, an aide to Prime Minister Jonas Berglund, said the vote would be delayed."
    )
    got = facts(g)
    assert ("Kofi Mensah", "advisorOf", "Ama Serwaa") in got
    assert ("Anna Kessler", "advisorOf", "Jonas Berglund") in got


def test_appointed_as_ambassador_to_a_country_is_not_of_it(graph_of):
    g = graph_of("President Ilse Marten appointed Georg Lindt as ambassador to Brazil on Tuesday.")
    assert ("Georg Lindt", "memberOf", "Brazil") not in facts(g)


def test_the_city_a_body_works_in_is_not_the_body(graph_of):
    g = graph_of(
        "Sara Lind, a spokeswoman for the Norwegian embassy in Washington, declined to comment. "
        "Martin Kessel, the head of the UN mission in Libya, said the vote would go ahead."
    )
    got = facts(g)
    assert ("Sara Lind", "spokespersonOf", "Washington") not in got
    assert ("Martin Kessel", "memberOf", "Libya") not in got


def test_a_unit_in_a_country_keeps_its_organisation(graph_of):
    g = graph_of(
        "Lena Varga, the World Bank's country director in Kenya, said growth would slow. "
        "Olga Stefanska, the head of the EU delegation in Ukraine, said the aid would arrive."
    )
    got = facts(g)
    assert ("Lena Varga", "memberOf", "World Bank") in got
    assert ("Lena Varga", "memberOf", "Kenya") not in got
    assert ("Olga Stefanska", "memberOf", "Ukraine") not in got


def test_an_apposed_office_held_before_is_no_current_role(graph_of):
    g = graph_of(
        "Clara Fenwick, previously chief executive of Orvane Holdings, joined a rival. "
        "Ama Boateng, chief executive of Volta Mining until 2022, now runs a charity. "
        "Rui Costa, then head of Tarvo Bank, approved the merger in 2015."
    )
    got = facts(g)
    assert not _roles_of(g, "Clara Fenwick")
    assert not _roles_of(g, "Ama Boateng")
    assert ("Rui Costa", "leaderOf", "Tarvo Bank") not in got


def test_an_apposed_office_held_now_is_a_role(graph_of):
    g = graph_of(
        "Clara Fenwick, chief executive of Orvane Holdings, said sales rose. "
        "Ama Boateng, chief executive of Volta Mining since 2022, opened the mine."
    )
    got = facts(g)
    assert ("Clara Fenwick", "leaderOf", "Orvane Holdings") in got
    assert ("Ama Boateng", "leaderOf", "Volta Mining") in got


def test_the_one_replaced_or_succeeded_leaves_the_office(graph_of):
    g = graph_of(
        "Markus Ehrlin, who was replaced as chief executive of Orvane Holdings by Dana Pruitt, "
        "declined to comment. Tarek Amin will be succeeded by Lise Holm as chair of Brava Foods."
    )
    got = facts(g)
    assert ("Markus Ehrlin", "leaderOf", "Orvane Holdings") not in got
    assert ("Tarek Amin", "leaderOf", "Brava Foods") not in got


def test_the_successor_takes_the_office(graph_of):
    g = graph_of("Dana Pruitt will succeed Markus Ehrlin as chief executive of Orvane Holdings.")
    got = facts(g)
    assert ("Dana Pruitt", "leaderOf", "Orvane Holdings") in got
    assert ("Markus Ehrlin", "leaderOf", "Orvane Holdings") not in got


def test_a_hyphenated_past_title_is_no_current_office(graph_of):
    g = graph_of(
        "Then-President Henrik Sollberg signed the treaty in 2004. Denmark ratified it later. "
        "Denmark was pleased. Ex-President Ole Brask criticised the deal."
    )
    assert not _roles_of(g, "Henrik Sollberg")
    assert not _roles_of(g, "Ole Brask")


def test_a_bare_office_of_the_home_country_still_holds(graph_of):
    g = graph_of(
        "President Henrik Sollberg signed the treaty. Finland ratified it later. "
        "Finland was pleased."
    )
    assert ("Henrik Sollberg", "leaderOf", "Finland") in facts(g)


def test_a_title_in_an_opening_phrase_is_not_the_next_clauses_owner(graph_of):
    g = graph_of(
        "In a letter to the head of the Atomic Agency, Rafael Grosz's spokesman said the "
        "inspectors would return."
    )
    assert ("Rafael Grosz", "leaderOf", "Atomic Agency") not in facts(g)


def test_a_title_opening_the_sentence_is_the_names(graph_of):
    g = graph_of("The head of the Atomic Agency, Rafael Grosz, said the inspectors would return.")
    assert ("Rafael Grosz", "leaderOf", "Atomic Agency") in facts(g)


def test_a_bare_president_is_not_the_one_the_country_already_has(graph_of):
    g = graph_of(
        "President Ada Korr's envoy met Ukrainian President Ivan Bodnar in Kyiv. "
        "Ukraine welcomed the visit. Ukraine's parliament agreed. Ukraine was calm."
    )
    got = facts(g)
    assert ("Ivan Bodnar", "leaderOf", "Ukraine") in got
    assert ("Ada Korr", "leaderOf", "Ukraine") not in got


def test_a_bare_office_of_another_kind_still_goes_to_the_home_country(graph_of):
    g = graph_of(
        "Prime Minister Olena Pavlyk met Ukrainian President Ivan Bodnar in Kyiv. "
        "Ukraine welcomed the plan. Ukraine's parliament agreed. Ukraine was calm."
    )
    got = facts(g)
    assert ("Ivan Bodnar", "leaderOf", "Ukraine") in got
    assert ("Olena Pavlyk", "leaderOf", "Ukraine") in got


def test_an_ousted_or_deposed_leader_no_longer_leads(graph_of):
    g = graph_of(
        "Lena Ortiz, the ousted chief executive of Brava Foods, said she was disappointed. "
        "Deposed President Ilir Baka fled to Vienna. Albania was calm. Albania voted."
    )
    got = facts(g)
    assert ("Lena Ortiz", "leaderOf", "Brava Foods") not in got
    assert not _roles_of(g, "Ilir Baka")


def test_an_envoy_posted_to_a_body_is_of_the_country_before_it(graph_of):
    g = graph_of(
        "Vasil Nebenko, Russia's UN ambassador, vetoed the draft. "
        "Russia's UN mission spokesman Ivan Petrak said the vote was illegal. "
        "The Russian UN envoy, Oleg Vorin, left the room."
    )
    got = facts(g)
    assert ("Vasil Nebenko", "memberOf", "Russia") in got
    assert ("Vasil Nebenko", "memberOf", "UN") not in got
    assert ("Ivan Petrak", "spokespersonOf", "Russia") in got
    assert ("Ivan Petrak", "spokespersonOf", "UN") not in got
    assert ("Oleg Vorin", "memberOf", "UN") not in got


def test_a_spokesperson_of_a_ministry_keeps_the_ministry(graph_of):
    g = graph_of("Norway's foreign ministry spokesperson Ole Bergan said the vote was illegal.")
    assert ("Ole Bergan", "spokespersonOf", "Norway's foreign ministry") in facts(g)


def test_secretary_of_a_council_heads_it_but_secretary_of_a_portfolio_is_a_minister(graph_of):
    g = graph_of(
        "Rudolf Amarov, secretary of the National Security and Defence Council, said talks "
        "would go on. Lena Vitter, Secretary of Homeland Security, said the border was shut."
    )
    got = facts(g)
    assert ("Rudolf Amarov", "leaderOf", "National Security and Defence Council") in got
    assert ("Rudolf Amarov", "memberOf", "National Security and Defence Council") not in got
    assert not {(s, p) for s, p, o in got if s == "Lena Vitter" and p == "leaderOf"}


def test_a_title_in_apposition_to_one_name_is_not_the_next_names(graph_of):
    g = graph_of(
        "The delegation included Rudolf Amarov, secretary of the Planning Council, "
        "and the chief of the general staff, Pavlo Hrinko."
    )
    got = facts(g)
    assert ("Rudolf Amarov", "leaderOf", "Planning Council") in got
    assert not _roles_of(g, "Pavlo Hrinko")
    # the title written right after the last name of a list is that name's
    listed = graph_of(
        "He flew on to meet Ada Brenner, the alliance's secretary-general, as well as Mrs "
        "Olsen and Tiago Ramos, the president of the Regional Council."
    )
    assert ("Tiago Ramos", "leaderOf", "Regional Council") in facts(listed)


def test_a_domain_chief_of_an_organisation_is_its_member_not_its_head(graph_of):
    g = graph_of(
        "Aid would resume on Monday, said Tom Pettigrew, the UN's humanitarian chief. "
        "The Front's military chief, Yusuf Darwan, was not seen. "
        "The UN's chief, Anna Lessing, spoke later."
    )
    got = facts(g)
    assert ("Tom Pettigrew", "memberOf", "UN") in got
    assert ("Tom Pettigrew", "leaderOf", "UN") not in got
    assert ("Yusuf Darwan", "leaderOf", "Front") not in got
    assert ("Anna Lessing", "leaderOf", "UN") in got


def test_a_capitals_delegation_is_its_countrys_never_the_citys(graph_of):
    named = graph_of(
        "Ukraine and Russia sent teams to Geneva. Kyiv's delegation was headed by Boris "
        "Kalnin. Moscow's negotiators, led by Ivan Petrenko, arrived late."
    )
    got = facts(named)
    assert ("Boris Kalnin", "memberOf", "Ukraine") in got
    assert ("Ivan Petrenko", "memberOf", "Russia") in got
    unnamed = graph_of("Kyiv's negotiators, led by Boris Kalnin, arrived in Geneva.")
    assert ("Boris Kalnin", "memberOf", "Kyiv") not in facts(unnamed)


def test_the_envoy_of_a_title_is_the_adviser_of_the_one_person_titled_so(graph_of):
    g = graph_of(
        "The Council backed the Secretary-General's Special Envoy for Yemen, Piet van Loon. "
        "It asked the Secretary-General, Ana Moreira, to report within six months."
    )
    assert ("Piet van Loon", "advisorOf", "Ana Moreira") in facts(g)
    sahara = graph_of(
        "The Council expressed its full support for the Secretary-General's Personal Envoy "
        "for Western Sahara, Henrik de Vaal. It asked the Secretary-General, Ana Moreira, to "
        "report within six months."
    )
    assert ("Henrik de Vaal", "advisorOf", "Ana Moreira") in facts(sahara)
    # two people titled so: the envoy is neither's
    two = graph_of(
        "The Council backed the Secretary-General's Special Envoy for Yemen, Piet van Loon. "
        "It thanked the Secretary-General, Ana Moreira, and the Deputy Secretary-General, "
        "Omar Haddad."
    )
    assert not {(s, p) for s, p, o in facts(two) if s == "Piet van Loon" and p == "advisorOf"}


def test_the_country_is_the_one_named_before_in_the_same_sentence(graph_of):
    g = graph_of(
        "Talks between Spain and Portugal resumed. Ines Varga, who is Belgium's budget "
        "minister, shares duties with Jan Molder, the country's finance minister."
    )
    assert ("Jan Molder", "memberOf", "Belgium") in facts(g)
    two = graph_of(
        "Talks resumed on Monday. Belgium and Denmark signed the deal with Jan Molder, "
        "the country's finance minister."
    )
    assert not _roles_of(two, "Jan Molder")



def _reparsed(nlp, text: str, word: str, head: str):
    """``text`` parsed, then ``word`` re-hung as an apposition of ``head``: the parse the
    small model gives some real sentences, made certain here."""
    from spacy.tokens import Doc

    doc = nlp(text)
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    moved = next(t.i for t in doc if t.text == word)
    heads[moved], deps[moved] = next(t.i for t in doc if t.text == head), "appos"
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        deps=deps,
        heads=heads,
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_an_apposition_hung_on_the_noun_before_the_name_is_the_names(nlp):
    from kg.extract import extract_article
    from kg.ingest import make_article

    def roles(text: str, word: str, head: str) -> set[tuple[str, str, str]]:
        article = make_article("t.txt", text)
        found = extract_article(_reparsed(nlp, article.text, word, head), article)
        return {(r.subject.name, r.predicate, r.object.name) for r in found.relations}

    got = roles(
        "Mr Dorn had a brief, cordial exchange with Khalil Mansour, the Palestinian "
        "Authority president.", "president", "exchange",
    )
    assert ("Khalil Mansour", "leaderOf", "Palestinian Authority") in got
    # written after another phrase, the apposition is not the name's
    got = roles(
        "Mr Dorn had an exchange with Khalil Mansour in Ramallah, the Palestinian Authority "
        "president.", "president", "exchange",
    )
    assert ("Khalil Mansour", "leaderOf", "Palestinian Authority") not in got


def test_a_title_from_an_organisation_is_a_member_of_it_but_not_of_a_place(graph_of):
    g = graph_of(
        "Oleh Marchuk, an MP from the opposition Volya party, called the resignation overdue. "
        "Anna Berg, an analyst from Stellar Bank, said prices rose. "
        "Tom Reyes, a lawmaker from Ohio, disagreed."
    )
    got = facts(g)
    assert ("Oleh Marchuk", "memberOf", "Volya party") in got
    assert ("Anna Berg", "memberOf", "Stellar Bank") in got
    assert not _roles_of(g, "Tom Reyes")


def test_the_head_of_a_unit_at_an_organisation_is_its_member(graph_of):
    g = graph_of(
        "Kenji Sato, director-general of the Asian Affairs Bureau at Japan's Foreign "
        "Ministry, met Wu Ping, who heads the Department of Asian Affairs at the Chinese "
        "Foreign Ministry. Ana Ruiz, who heads the Marlow Foundation, spoke at Harvard "
        "University."
    )
    got = facts(g)
    assert ("Kenji Sato", "leaderOf", "Asian Affairs Bureau") in got
    assert ("Kenji Sato", "memberOf", "Japan") in got
    assert ("Wu Ping", "memberOf", "Chinese Foreign Ministry") in got
    assert ("Ana Ruiz", "memberOf", "Harvard University") not in got
    act = graph_of(
        "Frontline Care said the camps were full. Its emergency coordinator in Chad, Dr. Ana "
        "Bello, called on the parties to let aid cross the border at the Harbour Authority."
    )
    assert ("Ana Bello", "memberOf", "Harbour Authority") not in facts(act)


def test_a_job_title_taken_for_an_organisation_is_no_body_of_its_holder(graph_of):
    g = graph_of(
        "Foreign Minister Kemal Arslan and the Head of Communications, Murat Duman, also "
        "attended the meeting. Lena Ost, the head of the Office of Budget Review, spoke."
    )
    got = facts(g)
    assert not _roles_of(g, "Murat Duman")
    assert ("Lena Ost", "leaderOf", "Office of Budget Review") in got


def test_a_ministry_written_as_one_countrys_is_not_every_ministers(graph_of):
    g = graph_of(
        "Russia's Foreign Ministry said the talks failed. The delegation includes First "
        "Deputy Foreign Minister Ivan Petrenko."
    )
    def ministries(graph):
        return {o for s, p, o in facts(graph) if s == "Ivan Petrenko" and p == "memberOf"
                and o.endswith("Foreign Ministry")}

    assert not ministries(g)
    stated = graph_of(
        "Russia's Foreign Ministry said the talks failed. In Moscow, Foreign Minister Ivan "
        "Petrenko agreed."
    )
    assert ministries(stated) == {"Russia's Foreign Ministry"}


def test_those_accompanying_the_head_of_a_countrys_side_are_of_the_country(graph_of):
    g = graph_of(
        "Foreign Minister Ana Ruiz led the Polish side, accompanied by envoy Tom Rask and "
        "Army Secretary Jan Berg. Lena Ost led the Marlow Foundation, accompanied by Ivo Marek."
    )
    got = facts(g)
    assert ("Tom Rask", "memberOf", "Poland") in got
    assert ("Jan Berg", "memberOf", "Poland") in got
    assert not _roles_of(g, "Ivo Marek")


def test_the_state_after_a_legislator_s_name_elects_them_and_is_not_their_body(graph_of):
    got = facts(
        graph_of(
            "Sen. Dana Whitcombe of Ohio voted no. Rep. Carl Brenner of Texas and "
            "Senator Ilse Moravec of Vermont joined her. "
            "Prime Minister Felipe Arce of Chile said the talks would go on."
        )
    )
    assert ("Dana Whitcombe", "memberOf", "Ohio") not in got
    assert ("Carl Brenner", "memberOf", "Texas") not in got
    assert ("Ilse Moravec", "memberOf", "Vermont") not in got
    assert ("Felipe Arce", "leaderOf", "Chile") in got


def test_its_title_after_a_country_that_was_the_subject(graph_of):
    got = facts(
        graph_of(
            "Norway abstained on Wednesday. Its ambassador, Ines Berg, said the text was "
            "unbalanced.",
            "The company sued Chile in March. Its lawyer, Pedro Soto, said the case was strong.",
        )
    )
    assert ("Ines Berg", "memberOf", "Norway") in got
    assert not {r for r in got if r[0] == "Pedro Soto" and r[1] != "met"}


def test_a_leader_s_own_minister_is_of_the_country_he_leads(graph_of):
    got = facts(
        graph_of(
            "The council removed Chilean President Pedro Soto and his Interior Minister, "
            "Lena Varga, from its list. Norwegian Prime Minister Ines Berg and her defence "
            "minister, Tomas Lind, visited the base.",
            "Ana Ruiz, a Chilean lawyer, and her secretary, Marta Oyelaran, left the court.",
        )
    )
    assert ("Lena Varga", "memberOf", "Chile") in got
    assert ("Tomas Lind", "memberOf", "Norway") in got
    assert not {r for r in got if r[0] == "Marta Oyelaran" and r[1] != "met"}


def test_the_presidency_s_or_government_s_spokesman_speaks_for_the_country_meant(graph_of):
    got = facts(
        graph_of(
            "Kenya's president, Otieno Baraka, hosted the summit. Ruth Okafor, the "
            "presidency's spokeswoman, said the text would stand.",
            "The governments of Chile and Peru met. Ana Ruiz, the government's spokeswoman, "
            "said nothing.",
        )
    )
    assert ("Ruth Okafor", "spokespersonOf", "Kenya") in got
    assert not {r for r in got if r[0] == "Ana Ruiz" and r[1] == "spokespersonOf"}


def test_the_state_before_a_legislator_s_title_elects_them_and_is_not_their_body(graph_of):
    got = facts(
        graph_of(
            "Kentucky Republican Sen. Dale Horvath said the bill would pass. Texas Rep. Maria "
            "Olguin voted against it, and Lagos lawmaker Funmi Adeyemi called for calm. "
            "Arizona Gov. Lena Marsh signed the order, and British MP Tom Askew praised it."
        )
    )
    assert ("Dale Horvath", "memberOf", "Kentucky") not in got
    assert ("Maria Olguin", "memberOf", "Texas") not in got
    assert ("Funmi Adeyemi", "memberOf", "Lagos") not in got
    assert ("Lena Marsh", "leaderOf", "Arizona") in got  # a governor leads the state
    assert ("Tom Askew", "memberOf", "United Kingdom") in got  # a country's MP is its member


def test_a_title_joined_to_one_naming_its_body_shares_that_body(graph_of):
    # the parser hangs "of Pexa Foods" on "president": "CEO" is of Pexa Foods too, not of
    # the company the story is about
    got = facts(graph_of(
        "Arlon Corp. has bought its longtime rival, Pexa Foods, in a deal worth $3 billion.\n"
        "Dana Kim, Arlon's president and CEO, will lead the company, which will keep the "
        "Arlon brand.\n"
        'John Roe, president and CEO of Pexa Foods, said, "Joining the strengths of two '
        'companies is certain to help our customers as they face a demanding market."\n'
        "Arlon will buy Pexa Foods with $3 billion in Arlon stock."))
    assert ("John Roe", "leaderOf", "Pexa Foods") in got
    assert not any(s == "John Roe" and o.startswith("Arlon") for s, _, o in got)
    assert any(s == "Dana Kim" and p == "leaderOf" and o.startswith("Arlon") for s, p, o in got)


def test_two_peoples_joined_titles_keep_their_own_bodies(graph_of):
    got = facts(graph_of(
        "Kolvan brought Petro Danko, the secretary of the Defence Council, and the chief of "
        "the General Staff, Ivan Rudko, to the talks."))
    assert ("Ivan Rudko", "memberOf", "Defence Council") not in got
    assert ("Ivan Rudko", "leaderOf", "Defence Council") not in got


@pytest.mark.parametrize(("text", "body"), [
    ("Canadian Special Envoy for Sudan Keith Kellan met the president on Monday.", "Canada"),
    ("The president met UN special envoy for Sudan Keith Kellan on Monday.", "UN"),
])
def test_a_title_for_a_region_before_the_name_is_of_the_body_before_it(graph_of, text, body):
    got = facts(graph_of(text))
    assert ("Keith Kellan", "memberOf", body) in got
    assert not [f for f in got if f[0] == "Keith Kellan" and f[2] == "Sudan"]


def test_a_former_envoy_for_a_region_is_no_member(graph_of):
    got = facts(graph_of("Former Canadian Special Envoy for Sudan Keith Kellan met the "
                         "president on Monday."))
    assert ("Keith Kellan", "memberOf", "Canada") not in got


def test_joined_names_take_joined_titles_in_turn(graph_of):
    got = facts(graph_of(
        "Anna Varga and Pavel Horak, the president and deputy prime minister of Norland, "
        "said the vote was fair."
    ))
    assert ("Pavel Horak", "leaderOf", "Norland") not in got
    assert ("Pavel Horak", "memberOf", "Norland") in got


def test_joined_names_in_the_other_order_take_the_other_titles(graph_of):
    got = facts(graph_of(
        "Anna Varga and Pavel Horak, the deputy prime minister and president of Norland, "
        "said the vote was fair."
    ))
    assert ("Pavel Horak", "leaderOf", "Norland") in got
    assert ("Pavel Horak", "memberOf", "Norland") not in got


def test_one_name_keeps_both_joined_titles(graph_of):
    got = facts(graph_of(
        "Anna Varga, the president and chief executive of Tarsel Bank, said the vote was fair."
    ))
    assert ("Anna Varga", "leaderOf", "Tarsel Bank") in got


def test_a_deputy_listed_second_does_not_take_the_first_title(graph_of):
    got = facts(graph_of(
        "Ivan Petrenko and Oleg Sidorov, the prime minister and first deputy chairman of "
        "Tarsel Oblast, have also been sanctioned."
    ))
    assert ("Oleg Sidorov", "leaderOf", "Tarsel Oblast") not in got


def test_a_list_set_off_by_semicolons_keeps_each_name_s_own_titles(graph_of):
    got = facts(graph_of(
        "Mr. Tran is accompanied by Gen. Dang Huu Loc, Politburo member, Minister of Public "
        "Security; Vo Minh Quan, Secretary of the Tarsel Committee, head of the Tarsel "
        "Committee's Commission for External Relations; Ha Thi Xuan, member of the Tarsel "
        "Committee, Deputy Prime Minister; among others."
    ))
    assert ("Dang Huu Loc", "memberOf", "Politburo") in got


def test_no_one_holds_a_title_in_a_plan(graph_of):
    # "its" may be read as the bill just named: a co-founder is of a body, not of a bill
    got = _roles_of(graph_of("The Velmar Startup Forum backs the data bill. Its co-founder, "
                             "Ana Roe, said enforcement was too slow."), "Ana Roe")
    assert not {(p, o) for p, o in got if "bill" in o}


def test_a_title_after_its_still_goes_to_the_body_just_named(graph_of):
    got = _roles_of(graph_of("The Velmar Startup Forum met on Monday. Its co-founder, Ana Roe, "
                             "said enforcement was too slow."), "Ana Roe")
    assert ("memberOf", "Velmar Startup Forum") in got


@pytest.mark.parametrize("text", [
    "The Foreign, Trade and Development Office (FTDO) said it had designated Ivo Marsh, the "
    "chairman of Velmar Holdings, and his partner, Tomas Kerr.",
    "The Velmar Fraud Office said it had charged Ana Roe and her deputy, Tomas Kerr.",
])
def test_his_or_her_title_is_never_of_a_body(graph_of, text):
    # "his partner" is a person's partner, however the tagger read the body before it
    got = _roles_of(graph_of(text), "Tomas Kerr")
    assert not {(p, o) for p, o in got if "Office" in o}


def test_his_title_is_still_of_the_person_he_is(graph_of):
    got = _roles_of(graph_of("President Ivo Marsh and his chief of staff, Tomas Kerr, flew to "
                             "Velmark."), "Tomas Kerr")
    assert ("advisorOf", "Ivo Marsh") in got
