"""Meetings with a group named in part ("hosted leaders including A and B, along with C"),
"they" after a meeting, and lists of subjects the parser breaks, on sentences written for
these tests (invented names of people and plans)."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


def _met(got):
    return {frozenset((s, o)) for s, p, o in got if p == "met"}


def _pairs(host, *guests):
    return {frozenset((host, guest)) for guest in guests}


def test_a_group_of_people_including_a_list_is_met(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee hosted a group of business leaders including Piet Sorensen, "
            "Lior Avni and Rui Barros, along with Mayor Ivo Kask."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni", "Rui Barros", "Ivo Kask")
    got = facts(graph_of("Governor Ada Rhee met ministers including Piet Sorensen and Lior Avni."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni")


def test_including_after_no_word_for_people_names_no_one_met(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee held talks on several reforms including a tax drafted by "
            "Piet Sorensen."
        )
    )
    assert frozenset(("Ada Rhee", "Piet Sorensen")) not in _met(got)


def test_along_with_after_met_is_no_guest(graph_of):
    """ "met A along with B": B may have come with the subject; only a host's guests are read."""
    got = facts(graph_of("Ada Rhee met Piet Sorensen along with Lior Avni."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


def test_a_host_who_will_receive_guests_has_not_met_them(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee will host a group of mayors including Piet Sorensen and "
            "Lior Avni next month."
        )
    )
    assert not _met(got)


def test_a_host_the_parser_takes_for_an_adjective_still_met_the_guests(graph_of):
    """ "hosted" before a name may be parsed as describing it ("the hosted Piet Sorensen")."""
    got = facts(graph_of("Ada Rhee hosted Piet Sorensen at the palace."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(graph_of("The newly elected Piet Sorensen spoke to Ada Rhee."))
    assert not _met(got)


def test_they_after_a_meeting_are_those_who_met(graph_of):
    got = facts(
        graph_of(
            "Chancellor Ada Rhee met Prime Minister Piet Sorensen and President Lior Avni in "
            "Tallinn on Monday. After the talks, they endorsed the Harbour Accord."
        )
    )
    backers = {s for s, p, o in got if p == "supports" and o == "Harbour Accord"}
    assert backers == {"Ada Rhee", "Piet Sorensen", "Lior Avni"}


@pytest.mark.parametrize(
    "text",
    [
        # someone else says it of "them": who they are is not told
        "Ada Rhee met Piet Sorensen in Tallinn on Monday. Lior Avni said they backed the "
        "Harbour Accord.",
        # a meeting still to come: no one has met yet
        "Ada Rhee will meet Piet Sorensen in Tallinn on Monday. They backed the Harbour Accord "
        "in May.",
        # a quotation's "they" is the speaker's
        'Ada Rhee met Piet Sorensen in Tallinn. "They backed the Harbour Accord," she said.',
        # two sentences on: "they" may be others by then
        "Ada Rhee met Piet Sorensen in Tallinn. Lior Avni stayed home. They backed the Harbour "
        "Accord.",
    ],
)
def test_they_are_not_those_who_met_unless_the_meeting_was_just_told(graph_of, text):
    got = facts(graph_of(text))
    assert not {s for s, p, o in got if p == "supports" and s in {"Ada Rhee", "Piet Sorensen"}}


def _reparsed(nlp, text, changes):
    """``text`` parsed, with the heads and labels of some tokens changed as the parser gives
    them in longer articles: {index: (head index, label)}."""
    from spacy.tokens import Doc

    doc = nlp(text)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i, (head, dep) in changes.items():
        heads[i], deps[i] = head, dep
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=heads,
        deps=deps,
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def _stances_of(nlp, text, changes):
    from kg.extract import extract_article
    from kg.ingest import make_article

    article = make_article("a0.txt", text)
    extraction = extract_article(_reparsed(nlp, article.text, changes), article)
    return {
        (r.subject.name, r.predicate, r.object.name)
        for r in extraction.relations
        if r.status == "asserted" and r.predicate in {"supports", "opposes"}
    }


def test_countries_listed_beside_the_first_all_take_the_stance(nlp):
    """ "A, B and C, which …, voted": the parser may set B beside A and hang C on B."""
    text = (
        "Kenya, the United Kingdom and Spain, which have all endorsed the Harbour Accord, "
        "voted for it."
    )
    # Kingdom (4) beside Kenya (0), as the parser has it in longer articles
    got = _stances_of(nlp, text, {4: (0, "appos")})
    backers = {s for s, p, o in got if o == "Harbour Accord"}
    assert backers == {"Kenya", "United Kingdom", "Spain"}


def test_a_place_beside_a_place_is_no_list_of_voters(nlp):
    text = "Springfield, Ohio and Dayton, which have all endorsed the Harbour Accord, voted for it."
    got = _stances_of(nlp, text, {2: (0, "appos")})
    assert {s for s, p, o in got} <= {"Springfield"}


def _authors(got, plan):
    return {s for s, p, o in got if p == "authorOf" and o == plan}


def test_the_countries_counted_are_the_last_list_of_as_many(graph_of):
    got = facts(
        graph_of(
            "Officials from Kenya, Chile and Peru also came to Lima. Ada Rhee met the team on "
            "Sunday, a diplomat said. The three countries have drawn up the Harbour Accord."
        )
    )
    assert _authors(got, "Harbour Accord") == {"Kenya", "Chile", "Peru"}


@pytest.mark.parametrize(
    "text",
    [
        # a list of two is not "the three countries"
        "Officials from Kenya and Peru also came to Lima. Ada Rhee met the team on Sunday. "
        "The three countries have drawn up the Harbour Accord.",
        # too far back: three sentences before
        "Officials from Kenya, Chile and Peru came to Lima. Ada Rhee met the team. Talks went "
        "on. The three countries have drawn up the Harbour Accord.",
    ],
)
def test_no_list_of_as_many_just_before_names_no_countries(graph_of, text):
    assert not _authors(facts(graph_of(text)), "Harbour Accord") & {"Kenya", "Chile", "Peru"}


def test_two_attending_a_meeting_do_not_meet_each_other(graph_of):
    got = facts(
        graph_of(
            "Foreign Minister Ada Rhee and the Head of Protocol, Piet Sorensen, also attended "
            "the meeting."
        )
    )
    assert not _met(got)


def test_the_host_of_an_event_named_after_a_comma_is_met(graph_of):
    got = facts(
        graph_of(
            "Ada Rhee also held talks in Lima with Premier Lior Avni and with the host of the "
            "forum, Peruvian President Piet Sorensen."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Lior Avni", "Piet Sorensen")


@pytest.mark.parametrize(
    "text",
    [
        # an event is where they met, not whom
        "Ada Rhee met Piet Sorensen on the sidelines of the Lima Forum of Trade and Growth.",
        "Ada Rhee held talks with the host of the Lima Forum on Monday.",
        # a delegation is its people, not its country
        "Ada Rhee met the Kenyan team in Nairobi on Sunday.",
    ],
)
def test_no_one_meets_an_event_or_a_country(graph_of, text):
    got = _met(facts(graph_of(text)))
    assert not any(
        name in pair for pair in got for name in ("Kenya", "Lima Forum", "Lima Forum of Trade")
    )


def test_those_who_attended_with_no_object_met_the_host_just_told_of(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee sat down with the four party leaders at her residence on Monday. "
            "Senate Leader Piet Sorensen, House Speaker Lior Avni, Senator Rui Barros and "
            "Governor Ivo Kask attended."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni", "Rui Barros", "Ivo Kask")
    got = facts(graph_of("Ada Rhee met Piet Sorensen on Monday. Lior Avni also took part."))
    assert frozenset(("Ada Rhee", "Lior Avni")) in _met(got)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Rhee presented the budget on Monday. Piet Sorensen and Lior Avni attended.",
        "Ada Rhee met Piet Sorensen on Monday. Lior Avni attended Harvard.",
        "Ada Rhee met Piet Sorensen on Monday. Lior Avni took part in the vote.",
    ],
)
def test_attending_something_else_meets_no_one(graph_of, text):
    assert not any("Lior Avni" in pair for pair in _met(facts(graph_of(text))))


def test_an_exchange_or_an_audience_had_with_someone_is_a_meeting(graph_of):
    got = facts(
        graph_of(
            "Before the ceremony Ada Rhee held talks with Piet Sorensen and had a brief, cordial "
            "exchange with Lior Avni, the party leader."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni")
    got = facts(graph_of("Ada Rhee had an audience with Pope Piet Sorensen."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


def test_an_exchange_of_prisoners_is_no_meeting(graph_of):
    got = facts(
        graph_of("Ada Rhee welcomed the exchange of prisoners with Piet Sorensen's forces.")
    )
    assert not _met(got)


def test_the_four_leaders_are_the_four_people_just_named(graph_of):
    got = facts(
        graph_of(
            "Governor Ada Rhee arrived at the palace on Monday. Inside, Mayor Piet Sorensen, "
            "Senator Lior Avni and Judge Rui Barros were waiting. The four leaders talked for "
            "more than two hours."
        )
    )
    people = ("Ada Rhee", "Piet Sorensen", "Lior Avni", "Rui Barros")
    assert _met(got) == {frozenset((a, b)) for a in people for b in people if a < b}


@pytest.mark.parametrize(
    "text",
    [
        # three named are not "the four leaders"
        "Inside, Mayor Piet Sorensen, Senator Lior Avni and Judge Rui Barros were waiting. "
        "The four leaders talked for more than two hours.",
        # talking about something is no meeting
        "Inside, Mayor Piet Sorensen and Senator Lior Avni were waiting. The two leaders "
        "talked about the war in their speeches.",
    ],
)
def test_no_leaders_counted_or_no_conversation_held_is_no_meeting(graph_of, text):
    assert not _met(facts(graph_of(text)))


def test_aides_taking_part_in_talks_of_two_meet_no_one_named(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee and Prime Minister Piet Sorensen held talks for 70 minutes. "
            "Rhee's chief of staff, Lior Avni, and the cabinet secretary, Rui Barros, also took "
            "part."
        )
    )
    assert not any(name in pair for pair in _met(got) for name in ("Lior Avni", "Rui Barros"))


def test_the_host_of_the_meeting_just_told_of_met_those_meeting(graph_of):
    got = facts(
        graph_of(
            "Piet Sorensen and Lior Avni met for five hours at the chancellery on Sunday. "
            "Chancellor Ada Rhee, who hosted the meeting, joined part of the discussions."
        )
    )
    assert _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni") <= _met(got)


@pytest.mark.parametrize(
    "text",
    [
        "Piet Sorensen and Lior Avni met for five hours on Sunday. Chancellor Ada Rhee will "
        "host the next meeting.",
        "Piet Sorensen and Lior Avni met on Sunday. Chancellor Ada Rhee hosted the meeting "
        "with Rui Barros on Monday.",
    ],
)
def test_hosting_another_meeting_is_not_meeting_those_told_of(graph_of, text):
    got = _met(facts(graph_of(text)))
    assert not _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni") & got


def test_talks_with_a_delegation_are_with_the_one_said_to_lead_it(graph_of):
    got = facts(
        graph_of(
            "Minister Ada Rhee opens talks with Kenya's delegation near Lisbon. Piet Sorensen, "
            "who led Nairobi's team, described the session as productive."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


def test_heads_of_two_delegations_at_talks_just_told_of_met(graph_of):
    got = facts(
        graph_of(
            "Negotiators said a day of talks in Lisbon had produced a framework. Minister Ada "
            "Rhee led the Chilean side. Kenya's delegation was headed by Piet Sorensen."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


@pytest.mark.parametrize(
    "text",
    [
        # no talks told of: two delegations at a games
        "Ada Rhee led the Chilean team at the games. Kenya's team was headed by Piet "
        "Sorensen.",
        # far apart
        "Talks began in Lisbon. Ada Rhee led the Chilean side. The weather was cold. Prices "
        "rose. Kenya's delegation was headed by Piet Sorensen.",
    ],
)
def test_heads_of_delegations_without_talks_between_them_did_not_meet(graph_of, text):
    assert not _met(facts(graph_of(text)))


def test_a_country_met_by_a_person_with_no_head_named_is_no_meeting(graph_of):
    got = facts(graph_of("Minister Ada Rhee opened talks with Kenya's delegation in Lisbon."))
    assert not _met(got)


def test_the_leaders_of_a_list_of_countries_take_the_stance_for_them(graph_of):
    got = facts(graph_of("The leaders of Kenya and Chile signed the Harbour Accord on Monday."))
    assert {s for s, p, o in got if p == "supports" and o == "Harbour Accord"} == {"Kenya", "Chile"}
    got = facts(
        graph_of(
            "The heads of the Harbour Union and the Dock Workers Guild rejected the Harbour "
            "Accord."
        )
    )
    assert {s for s, p, o in got if p == "opposes"} == {"Harbour Union", "Dock Workers Guild"}


def test_the_leaders_of_no_body_named_take_no_stance(graph_of):
    got = facts(graph_of("The leaders of both parties backed the Harbour Accord in Lima."))
    assert not {f for f in got if f[1] == "supports"}


def test_a_call_with_a_person_is_a_meeting_a_call_with_a_newspaper_is_not(graph_of):
    got = facts(
        graph_of("In a call with Prime Minister Piet Sorensen, President Ada Rhee stressed trade.")
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(graph_of("In a call with Reuters, President Ada Rhee stressed trade."))
    assert not _met(got)


def test_those_brought_together_met(graph_of):
    got = facts(
        graph_of("The talks brought together President Ada Rhee and Prime Minister Piet Sorensen.")
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(
        graph_of("Mayor Ada Rhee brought Piet Sorensen and Lior Avni together for a dinner.")
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni") | _pairs(
        "Piet Sorensen", "Lior Avni"
    )


def test_a_gathering_still_to_come_is_no_meeting_yet(graph_of):
    got = facts(graph_of("The summit will bring together Ada Rhee and Piet Sorensen next week."))
    assert not _met(got)
    assert not _met(facts(graph_of("Ada Rhee brought her own team, Piet Sorensen said.")))


def test_a_host_parsed_as_an_adjective_meets_those_named_in_the_group(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee hosted leaders from Kenya, Chile and Peru, including Prime "
            "Minister Piet Sorensen."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


def test_receiving_a_delegation_is_meeting_its_leader_a_letter_is_not(graph_of):
    got = facts(graph_of("President Ada Rhee received a delegation led by Premier Piet Sorensen."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(graph_of("President Ada Rhee received a letter signed by Premier Piet Sorensen."))
    assert not _met(got)


def test_people_named_after_among_them_are_met(graph_of):
    got = facts(
        graph_of(
            "President Ada Rhee met several ministers, among them Piet Sorensen and Lior Avni, "
            "on Monday."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen", "Lior Avni")
    got = facts(graph_of("President Ada Rhee toured several firms, among them Piet Sorensen's."))
    assert not _met(got)


@pytest.mark.parametrize("words", ["The two sides", "Both governments", "Both sides"])
def test_the_two_sides_are_the_two_just_listed(graph_of, words):
    got = facts(
        graph_of(
            f"Kenya and Chile held talks in Lima on Monday. {words} signed the Harbour Accord."
        )
    )
    assert {s for s, p, o in got if p == "supports"} == {"Kenya", "Chile"}


def test_three_sides_are_not_two_listed(graph_of):
    got = facts(
        graph_of(
            "Kenya and Chile held talks in Lima on Monday. The three sides signed the Harbour "
            "Accord."
        )
    )
    assert not {s for s, p, o in got if p == "supports"}


def test_having_met_and_received_where_she_arrived_are_meetings(graph_of):
    got = facts(graph_of("Having met Prime Minister Piet Sorensen, President Ada Rhee flew home."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(
        graph_of(
            "President Ada Rhee flew to Lisbon on Monday, where she was received by Prime "
            "Minister Piet Sorensen."
        )
    )
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")


@pytest.mark.parametrize(
    "text",
    [
        "Having received a letter from Prime Minister Piet Sorensen, President Ada Rhee flew "
        "home.",
        "President Ada Rhee praised the report. It was received by Prime Minister Piet Sorensen.",
    ],
)
def test_receiving_a_thing_is_no_meeting(graph_of, text):
    assert not _met(facts(graph_of(text)))


def test_voting_in_favour_is_on_the_text_before_not_on_a_plan_the_voters_clause_names(graph_of):
    got = facts(
        graph_of(
            "The Tarvik Charter was put to a vote on Monday. Kenya, Chile and Peru, which have "
            "all endorsed the Harbour Accord, voted in favour."
        )
    )
    assert {s for s, p, o in got if p == "supports" and o == "Tarvik Charter"} == {
        "Kenya", "Chile", "Peru"
    }


def test_signing_with_no_object_signs_the_text_just_named(graph_of):
    got = facts(
        graph_of(
            "The leaders met to sign the Harbour Accord on Monday. President Ada Rhee signed "
            "first."
        )
    )
    assert ("Ada Rhee", "supports", "Harbour Accord") in got


@pytest.mark.parametrize(
    "text",
    [
        "The club unveiled the Harbour Accord stadium plan. Piet Sorensen signed for the club.",
        "The Harbour Accord was drafted in May. Piet Sorensen signed on as an adviser.",
    ],
)
def test_signing_for_a_club_or_on_as_staff_is_no_stance(graph_of, text):
    assert not {f for f in facts(graph_of(text)) if f[1] == "supports"}


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Rhee held a joint news conference with Prime Minister Piet Sorensen.",
        "President Ada Rhee and Prime Minister Piet Sorensen held a joint press conference.",
        "Speaking at a joint news conference with Prime Minister Piet Sorensen, President Ada "
        "Rhee praised the deal.",
        "President Ada Rhee dined with Prime Minister Piet Sorensen on Monday.",
    ],
)
def test_a_joint_news_conference_or_a_dinner_together_is_a_meeting(graph_of, text):
    assert _met(facts(graph_of(text))) == _pairs("Ada Rhee", "Piet Sorensen")


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Rhee told a news conference that Piet Sorensen was wrong.",
        "At a news conference, President Ada Rhee criticised Piet Sorensen.",
    ],
)
def test_a_news_conference_of_ones_own_meets_no_one(graph_of, text):
    assert not _met(facts(graph_of(text)))


def test_playing_host_to_a_person_is_a_meeting_to_a_forum_is_not(graph_of):
    got = facts(graph_of("President Ada Rhee played host to Prime Minister Piet Sorensen."))
    assert _met(got) == _pairs("Ada Rhee", "Piet Sorensen")
    got = facts(graph_of("Mayor Ada Rhee played host to the Harbour Workers Union in May."))
    assert not _met(got)


_THREE_ARRIVED = (
    "Norland Foreign Minister Ada Rhee, Tarsk Foreign Minister Piet Sorensen and Ostrian "
    "Foreign Minister Lior Avni arrived in Velmar on Friday. "
)


@pytest.mark.parametrize("group", ["The three top diplomats", "The three diplomats",
                                   "The three envoys", "The three negotiators"])
def test_the_diplomats_counted_after_a_list_are_those_listed(graph_of, group):
    got = facts(graph_of(_THREE_ARRIVED + group + " held talks on Saturday on trade."))
    everyone = ("Ada Rhee", "Piet Sorensen", "Lior Avni")
    assert _met(got) == {frozenset((a, b)) for a in everyone for b in everyone if a < b}


@pytest.mark.parametrize("text", [
    _THREE_ARRIVED + "The three diplomats are expected to meet next month.",
    _THREE_ARRIVED + "The three diplomats discussed trade in separate interviews.",
    _THREE_ARRIVED + "The three diplomats met reporters afterwards.",
    _THREE_ARRIVED + "The three ministers met with residents of the port afterwards.",
    "Ada Rhee and Piet Sorensen criticised the launch. Two diplomats said the ministers had "
    "not met.",
])
def test_diplomats_who_did_not_meet_each_other(graph_of, text):
    assert not _met(facts(graph_of(text)))


@pytest.mark.parametrize("text", [
    "Foreign Minister Ada Rhee and Foreign Minister Piet Sorensen met reporters on Monday.",
    "Foreign Minister Ada Rhee and Foreign Minister Piet Sorensen met relatives of the victims.",
])
def test_two_who_met_people_unnamed_did_not_meet_each_other(graph_of, text):
    assert not _met(facts(graph_of(text)))


@pytest.mark.parametrize("verb", ["met each other", "met in Velmar", "held talks"])
def test_two_who_met_each_other(graph_of, verb):
    got = facts(graph_of(f"Foreign Minister Ada Rhee and Foreign Minister Piet Sorensen {verb} "
                         "on Monday."))
    assert _met(got) == {frozenset(("Ada Rhee", "Piet Sorensen"))}


def test_huddled_with_a_named_person_is_a_meeting(graph_of):
    got = facts(graph_of("Governor Tina Morrow huddled with President Ellen Marston at the "
                         "White House on Friday."))
    assert ("Tina Morrow", "met", "Ellen Marston") in got or (
        "Ellen Marston", "met", "Tina Morrow") in got


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dana Whitley huddled with reporters and with aides in the cold.",
        "The players huddled before kickoff, coach Ana Ruiz said of Dana Whitley.",
    ],
)
def test_huddling_with_no_named_partner_is_no_meeting(graph_of, text):
    assert not [f for f in facts(graph_of(text)) if f[1] == "met"]
