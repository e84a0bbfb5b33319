"""Resolve pronouns and definite descriptions to a named mention in the same article.

Rules of news prose, not a learned model:
- "he", "she", "him", "his", "her" refer to the closest preceding person,
  preferring the subject of the current or previous sentence, but to nobody
  when that subject is two people ("X and Y arrived. He met Z"); words inside
  quotation marks are never antecedents (and are not resolved).
- "the president", "the Russian president", "the chancellor" refer to the
  person most recently mentioned who was given that title earlier, and with
  the words that name the office ("the finance minister" is not "Foreign
  Minister X"); not when the name follows ("the finance minister, X,"). Written with
  capitals ("the Prime Minister"), a title is read the same way, but only when one
  person in the article holds it. Of two who share a surname ("President Joe Biden and
  First Lady Jill Biden"), the title is of the one it stands in front of.
- "the plan", "the proposal", "it" as an object of plan verbs, and "its" refer
  to the most recent named plan (but "that proposal" after "X proposed adding Y" is X's
  new one, which has no name); "the decree", "the law", "the offer" to the
  latest document of their kind ("the law" to "the Coastal Housing Act"), unless
  a word sets them apart ("the old law").
- "the committee", "the court" refer to the body last named so, but to none when another of
  the kind was named in the sentence or the two before, or one with no name brought in since
  ("a panel of engineers"); "the panel" to the one committee or commission named, "the
  chamber" to the one house of a legislature (none when a "House" was written too), "the
  central bank" to the one bank whose name says it is a country's; a kind written bare before
  a title ("panel chairman X", "a panel member") reads the same.
- "the three countries", "the two firms" refer to the subjects the sentence before
  listed, or else to the last list of as many of that kind in the two sentences before
  ("advisers from Britain, France and Germany came …"); "the four leaders" to the
  people the one or two sentences before name, when they are exactly four; "the two
  sides" and "both governments" to the two just listed; "the three heads of state" as "the
  three leaders"; "the ministers", "the leaders" with no number, opening a clause, to the
  people the sentence before lists as its subject when it names no one else (and, for a title,
  when none of them holds another).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext
from kg.extract.nlp import doc_text, doc_tokens, opens_a_style
from kg.extract.offices import a_business, of_another_country
from kg.extract.plans import COMMON_PLAN_HEADS, is_named_law
from kg.extract.titles import side_of
from kg.model import Mention
from kg.text.lexicon import (
    COUNTRIES,
    DEMONYMS,
    DOCUMENT_KINDS,
    MEASURES,
    ORG_HEADS,
    PARTY_MEMBER_NOUNS,
    PARTY_NAMES_PLURAL,
    PLACE_NAMES,
    PLAN_HEADS,
    SIGNING_VERBS,
    SPEECH_VERBS,
    TITLE_PREDICATE,
    country_of,
    document_kind,
)
from kg.text.names import name_key

__all__ = ["find_antecedents", "find_group_antecedents", "PERSON_PRONOUNS"]

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_PLAN_PRONOUNS = {"its"}
# Verbs whose object "it" is the plan just named: "Hungary rejected it", "voted for it".
_PLAN_VERBS = {
    "back",
    "support",
    "endorse",
    "welcome",
    "accept",
    "approve",
    *SIGNING_VERBS,
    "reject",
    "oppose",
    "veto",
    "block",
    "criticise",
    "criticize",
    "vote",
    "draft",
    "propose",
    "praise",
    "slam",
    "hail",
    "dismiss",
    "rebuff",
    "denounce",
    "condemn",
    "embrace",
    "adopt",
    "agree",  # "agreed to it"
    "sponsor",  # "It is sponsored by A and B"
    "co-sponsor",
    "table",
    "author",
}
# "The company said": the organisation the article has been about.
_COMPANY_WORDS = {"company", "firm", "group", "carrier", "lender", "bank", "manufacturer"}
# "the board's chair, X", "the board said": where no board is named, the company's
_COMPANY_BODIES = {"board"}
# "The Detroit automaker said", "the airline's spokesman", "the party said": a body called by
# its kind, the one organisation the last sentences have as their subject (none when they
# have two).
_KIND_WORDS = {
    "carmaker",
    "automaker",
    "airline",
    "insurer",
    "retailer",
    "miner",
    "chipmaker",
    "drugmaker",
    "broadcaster",
    "club",
    "party",
}
# Words that stand for a plan just named: "the document", "the draft", "these terms".
_PLAN_DESCRIPTIONS = {"document", "draft", "text", "terms", "proposals", "blueprint"}
# Words for a bill: "the bill", "the legislation", "the measure" refer to the law last named.
_LAW_DESCRIPTIONS = {"bill", "legislation", "measure", "budget", "stopgap"}


def _a_person_s_name(context: ArticleContext, mention: Mention) -> bool:
    """Whether a one-word name typed an organisation is a person's: as many votes for a
    person, or the surname of a person named in full ("Hale" after "Richard Hale"). A
    company a tagger once doubted ("Woodside said …", with a vote for a person) is
    still the company "the company" may refer to."""
    votes = dict(mention.votes)
    if votes.get("Person", 0) >= votes.get("Organization", 0):
        return True
    return context.is_person(replace(mention, votes=()))


def _surname_as_place(mention: Mention, later_words: set[str]) -> bool:
    """ "Ilunga arrived" after "President Jean-Pierre Ilunga Mbuyi": a word of a person's
    name the tagger took for a place, when no place is known by it (``later_words``: the
    words after the first of the people's names)."""
    if mention.type != "Place" or " " in mention.name or mention.name in PLACE_NAMES:
        return False
    return mention.name in later_words


def _title_beside(span: Span) -> Token | None:
    """The title a name is set beside: "the sports minister, X", "X, the sports minister,"."""
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    return next((n for n in nouns if n.lower_ in TITLE_PREDICATE and n.pos_ == "NOUN"), None)


def _titled_of_namesakes(
    candidates: list[tuple[int, Mention]], title: str, name_titles: dict[str, set[str]]
) -> list[tuple[int, Mention]]:
    """``candidates`` for a title, less those who share a surname with one the title stands in
    front of and have it not themselves ("President Joe Biden and First Lady Jill Biden")."""
    full_names: dict[tuple[str, ...], set[str]] = {}  # "Jill Biden", not a bare "Biden"
    for _, m in candidates:
        if " " in m.name:
            full_names.setdefault(name_key(m.name)[-1:], set()).add(m.name)
    kept = []
    for i, m in candidates:
        names = full_names.get(name_key(m.name)[-1:], set())
        titled = {n for n in names if title in name_titles.get(n, ())}
        if len(names) < 2 or not titled or " " not in m.name or m.name in titled:
            kept.append((i, m))
    return kept or candidates


def _ends_title_words(token: Token) -> bool:
    """Whether ``token`` ends the words that may title the name after it."""
    return not token.is_alpha and token.lower_ not in {"'s", "’s", "-", "."}


def _titles_before(doc: Doc, span: Span) -> tuple[set[str], set[str]]:
    """Title words right before a person's name ("US president Donald Trump"), and those of
    the name itself, not of a name before it joined by "and" ("President Joe Biden and First
    Lady Jill Biden": Jill Biden's own is "lady")."""
    before: set[str] = set()
    own: set[str] = set()
    reading_all = reading_own = True
    for token in reversed(doc_tokens(doc)[max(span.sent.start, span.start - 6) : span.start]):
        word = token.lower_
        title = word in TITLE_PREDICATE
        reading_all = reading_all and (
            title or (token.is_alpha or word in {"of", "'s", "’s", "-"}) and token.pos_ != "VERB")
        # the name's own title words end at "and", a comma or a verb, four words back at most
        reading_own = reading_own and span.start - token.i <= 4 and not (
            token.pos_ in {"CCONJ", "PUNCT", "VERB"} or _ends_title_words(token))
        if not (reading_all or reading_own):
            break
        if title and reading_all:
            before.add(word)
        if title and reading_own:
            own.add(word)
    return before, own


def find_antecedents(context: ArticleContext) -> dict[int, Mention]:
    """Map pronoun and definite-description tokens to the named mention they refer to."""
    doc = context.doc
    quoted = context.quoted
    # local types are guesses ("Trump" tagged ORG): any person evidence makes a candidate
    later_words = {w for m in context.mentions if m.type == "Person" for w in m.name.split()[1:]}
    people = [
        m
        for m in context.mentions
        if m.end > m.start and (context.is_person(m) or _surname_as_place(m, later_words))
    ]
    # "the two-state solution" is the shape of a settlement, never a text "it" or "the text"
    # refers back to
    plans = [m for m in context.mentions if m.type == "Plan"
             and not m.name.endswith("-state solution")]
    person_tokens: dict[int, Mention] = {}
    titled: list[tuple[int, tuple[str, ...], set[str]]] = []  # (token, entity key, titles)
    name_titles: dict[str, set[str]] = {}  # the titles in front of each name as written
    # the words before each person's names: "finance" of "Finance Minister X"
    entity_words: dict[tuple[str, ...], set[str]] = {}
    for m in people:
        span = context.span_of(m)
        if span is None:
            continue
        person_tokens[span.root.i] = m
        title = _title_beside(span)
        titles_before, own_titles = _titles_before(doc, span)
        titles = titles_before | ({title.lower_} if title is not None else set())
        titled.append((span.start, name_key(m.name)[-1:], titles))
        name_titles.setdefault(m.name, set()).update(own_titles)
        preceding = doc_tokens(doc)[max(span.sent.start, span.start - 6) : span.start]
        preceding += [*title.lefts] if title is not None else []
        entity_words.setdefault(name_key(m.name)[-1:], set()).update(t.lower_ for t in preceding)
    entity_titles: dict[tuple[str, ...], set[str]] = {}
    for _, key, titles in titled:
        entity_titles.setdefault(key, set()).update(titles)

    antecedents: dict[int, Mention] = {}
    last_plan_reference = -1  # token index of the latest named or described plan
    plan_ends = {span[-1].i for p in plans if (span := context.span_of(p)) is not None}
    # "the federation", "the commission": an organisation named with that head word
    # ("Hale" tagged an organisation after "Richard Hale" is no company)
    orgs = [
        m
        for m in context.mentions
        if m.type == "Organization"
        and m.end > m.start
        and not (" " not in m.name and _a_person_s_name(context, m))
    ]
    org_heads = {w for m in orgs if len(m.name.split()) > 1 for w in _heads(m.name)}
    # the words each branch below starts from, and where plans end
    words = {*PERSON_PRONOUNS, *TITLE_PREDICATE, *org_heads, *_COMPANY_WORDS, *_KIND_WORDS,
             *_COMPANY_BODIES,
             *_KIND_NAMES, *_LAW_DESCRIPTIONS, *COMMON_PLAN_HEADS, *MEASURES, *DOCUMENT_KINDS,
             "it", *PLAN_HEADS, *_APPEALS, *_TITLED_KINDS,
             "settlement", *_PLAN_PRONOUNS, *_PLAN_DESCRIPTIONS, "old",
             *(w.lower() for w in PARTY_MEMBER_NOUNS)}
    read = sorted(plan_ends | {t.i for t in context.tokens_with(words)})
    for token in (context.tokens[i] for i in read):
        if token.i in plan_ends:
            last_plan_reference = token.i
        if token.i in quoted and not _own_stance_quoted(token):
            continue
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            if opens_a_style(doc, token):
                continue  # "His Excellency X" names X: no one earlier
            found = _closest_person(doc, token, person_tokens, quoted)
            own = _clause_subject(token, person_tokens, antecedents)
            if found is not None and found == own:
                # "he voted for him", "X praised her": an object pronoun is not its own
                # clause's subject (that would be "himself")
                found = _closest_person(doc, token, {
                    i: m for i, m in person_tokens.items() if m != own
                }, quoted)
            described = _name_described_by(token, person_tokens)
            if found is not None and found == described:
                # "X, her foreign minister,": the apposition describes X by another's post
                found = _closest_person(doc, token, {
                    i: m for i, m in person_tokens.items() if m != described
                }, quoted)
            if found is not None:
                antecedents[token.i] = found
        elif (described := _someone_described(context, token)) is not None:
            # "the Ohio Democrat met Y", "The 45-year-old met Y", "the 45-year-old former
            # banker said": someone just named, read as "he" or "she" is
            found = _closest_person(doc, token, person_tokens, quoted)
            if found is not None:
                antecedents[described.i] = found
        elif (
            token.pos_ == "NOUN"
            and lower in TITLE_PREDICATE
            and _opens_with_description(token)
            and not _is_definite(token)
            and not _named_here(context, token)
        ):
            # "The man who stopped it was X. Belgium's prime minister argued …"
            found = _sole_person_before(doc, token, person_tokens, quoted)
            if (
                found is not None and not entity_titles.get(name_key(found.name)[-1:])
                and not _title_given(lower, entity_titles)
            ):
                antecedents[token.i] = found
        elif (
            (token.pos_ == "NOUN" or _capitalised_title(context, token))
            and lower in TITLE_PREDICATE
            and _is_definite(token)
            and not _named_here(context, token)  # "the finance minister, X,": X is named here
        ):
            # "the Ukrainian president", "the US president": of the country written
            demonym = next(
                (c.text for c in token.children if c.text in DEMONYMS or country_of(c.text)),
                None,
            ) or side_of(token.sent)
            # "the Kremlin aide": a name says whose aide, not which office
            qualifiers = _qualifiers(token) - {
                c.lower_ for c in token.children if context.name_at(c) is not None
            }
            candidates = [
                (i, m)
                for i, m in person_tokens.items()
                if i < token.i
                and lower in entity_titles.get(name_key(m.name)[-1:], set())
                and qualifiers <= entity_words.get(name_key(m.name)[-1:], set())
                and (
                    demonym is None
                    or demonym.lower() in doc[max(0, i - 6) : i].text.lower()
                    or demonym in " ".join(doc[max(0, j - 4) : j].text for j in [i])
                )
            ]
            # "President Joe Biden and First Lady Jill Biden ... the president": of two who
            # share a surname, the one given the title
            candidates = _titled_of_namesakes(candidates, lower, name_titles)
            if token.pos_ == "PROPN" and len({name_key(m.name)[-1:] for _, m in candidates}) > 1:
                pass  # "the Prime Minister" where two prime ministers were named: either one
            elif candidates:
                antecedents[token.i] = max(candidates)[1]
            elif _opens_with_description(token):
                # "X had staked a lot on it. The German chancellor, who …": a title the
                # article gives no one else, of the one person the sentence before names
                found = _sole_person_before(doc, token, person_tokens, quoted)
                if (
                    found is not None and not entity_titles.get(name_key(found.name)[-1:])
                    and not _title_given(lower, entity_titles)
                ):
                    antecedents[token.i] = found
        elif (
            # "the Commission" after "the European Commission" (capitalised, a PROPN)
            (token.pos_ == "NOUN" or token.pos_ == "PROPN" and lower in org_heads)
            and (lower in org_heads
                 or lower in _COMPANY_WORDS | _KIND_WORDS | _COMPANY_BODIES | _KIND_NAMES.keys())
            and (_is_definite(token) or _describes_a_title(token))
            and not context.mention_at(token)
            and not _named_here(context, token)
        ):
            found = _organisation_described(context, token, orgs)
            if found is not None:
                antecedents[token.i] = found
        elif (
            lower in _LAW_DESCRIPTIONS | COMMON_PLAN_HEADS | MEASURES | DOCUMENT_KINDS.keys()
            | _APPEALS | _TITLED_KINDS
            and token.pos_ == "NOUN"
            and _is_definite(token)
        ):
            # "the budget", "the offer", "the truce", "the swap": the plan last named so; "the
            # decree", "the law": the document of that kind ("the Coastal Housing Act" for "the
            # law")
            kind = DOCUMENT_KINDS.get(lower)
            laws = [
                p
                for p in plans
                if p.end <= token.idx
                and (
                    kind is not None and document_kind(p.name) == kind and _refers_back(token)
                    or lower in _TITLED_KINDS and lower in p.name.lower().split()
                    or (
                        p.name.lower().endswith(lower)
                        if lower in COMMON_PLAN_HEADS | MEASURES | _APPEALS | {"budget"}
                        else lower in _LAW_DESCRIPTIONS and is_named_law(p)
                    )
                )
            ]
            # "the stopgap" is the stopgap bill last named, not a law named since
            same = [p for p in laws if lower in p.name.lower().split()]
            if laws and not context.mention_at(token):
                antecedents[token.i] = (same or laws)[-1]
                last_plan_reference = token.i
        elif lower == "it" and plans and _object_of_plan_verb(token):
            before = [p for p in plans if p.end <= token.idx]
            if before and _recent(doc, last_plan_reference, token):
                antecedents[token.i] = before[-1]
                last_plan_reference = token.i
        elif (
            (lower in PLAN_HEADS | {"settlement"} and _is_definite(token))
            # "its secretary general" is an organisation's, never a plan's
            or (lower in _PLAN_PRONOUNS and plans and token.head.lower_ not in TITLE_PREDICATE)
            or (lower in _PLAN_DESCRIPTIONS and token.pos_ == "NOUN" and _is_definite(token))
        ):
            # "the text" is the text the story is about, not a rival one named since ("Moscow
            # circulated a rival draft … had backed the US text"), unless it says "draft"
            before = [
                p for p in plans
                if p.end <= token.idx and not _rival_to(p, lower)
            ]
            if before and _proposed_since(doc, before[-1].end, token):
                continue  # "Sudan proposed adding observers. Ethiopia rejected that proposal"
            if before and not context.mention_at(token):
                weak = lower in _PLAN_PRONOUNS or lower in _PLAN_DESCRIPTIONS
                if weak and not _recent(doc, last_plan_reference, token):
                    continue
                # "the resolution" is the resolution last named, not a plan named since
                same = [p for p in before if p.name.lower().rsplit(" ", 1)[-1] == lower]
                antecedents[token.i] = same[-1] if same and lower in PLAN_HEADS else before[-1]
                last_plan_reference = token.i
    return antecedents


#: "the appeal" is the aid appeal last named so ("the Kestria Flood Appeal"), never a court's.
_APPEALS = {"appeal"}
#: "the strategy", "the compact" are the plan last named so ("the National Water Strategy",
#: "the Global Compact for Migration", "the Harbour Care Act subsidies"); a bare "strategy"
#: names none of its own.
_TITLED_KINDS = {"strategy", "protocol", "compact", "subsidies", "credits"}


def _title_given(title: str, entity_titles: dict[tuple[str, ...], set[str]]) -> bool:
    """Whether the article writes ``title`` before someone's name ("Russian envoy X"): a
    description with that title ("Putin's special envoy understands …") is more likely that
    person than whoever the sentence before happens to name."""
    return any(title in titles for titles in entity_titles.values())


#: Words that name a text written against another: "a rival draft", "a competing text".
_RIVALS = {"rival", "competing", "alternative"}


def _rival_to(plan: Mention, word: str) -> bool:
    """Whether ``plan`` is a rival text that ``word`` ("the text", "the resolution") does not
    name by its own head ("the rival draft" is referred back to as "the draft")."""
    words = plan.name.lower().split()
    return len(words) > 1 and words[0] in _RIVALS and words[-1] != word


def _proposed_since(doc: Doc, end: int, token: Token) -> bool:
    """Whether a verb of proposing, in this sentence or the one before, comes after the plan
    that ends at ``end`` and before "that proposal" at ``token``: the proposal meant is the
    one that verb made."""
    if token.lower_ != "proposal":
        return False
    sent = token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(
        t.lemma_ == "propose" and t.pos_ == "VERB" and t.idx >= end for t in doc[start : token.i]
    )


# Plural nouns for two people: "the two men", "both leaders", "the pair" (and "the two").
_PAIR_NOUNS = {
    "men",
    "women",
    "leaders",
    "ministers",
    "candidates",
    "rivals",
    "officials",
    "presidents",
    "pair",
    "duo",
}
#: Words for the parties a sentence just listed: "the three countries", and what they are.
_PARTY_NOUNS = {
    "countries": {"Place", "Organization"},
    "nations": {"Place", "Organization"},
    "governments": {"Place", "Organization"},
    "states": {"Place", "Organization"},
    "companies": {"Organization"},
    "firms": {"Organization"},
    "groups": {"Organization"},
    "parties": {"Organization"},
    "men": {"Person"},
    "women": {"Person"},
    "leaders": {"Person"},
    "ministers": {"Person"},
    "officials": {"Person"},
    "presidents": {"Person"},
    "heads": {"Person"},  # "the three heads of state"
    # "A, B and C arrived. The three top diplomats met": what the people listed are
    "diplomats": {"Person"},
    "envoys": {"Person"},
    "negotiators": {"Person"},
    "sides": {"Place", "Organization", "Person"},
}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
# Rivals in a race are its protagonists, however far back they were named.
_RACE_NOUNS = {"candidates", "rivals"}


def find_group_antecedents(context: ArticleContext) -> dict[int, list[Mention]]:
    """Map "the two men", "both candidates", "the pair" to the two people meant, and "They"
    opening a sentence to the two people the sentence before opened with.

    The two are the people named in the nearest sentence before (or the
    current one, before the words) that names anyone; if that sentence names
    one or three people, the words refer to nobody we can tell. Rivals
    ("both candidates") are the two people the article has named most often,
    when two stand out.
    """
    people = _people(context.mentions)
    antecedents: dict[int, list[Mention]] = {}
    for token in context.tokens_with({*_PAIR_NOUNS, *_PARTY_NOUNS, "two", "they"}):
        if token.lower_ in _PARTY_NOUNS and (
            token.lower_ not in _PAIR_NOUNS or _counted_beyond_two(token)
        ):
            listed = _counted_subjects(context, token)
            if listed is not None:  # "A, B and C met. The three countries drafted X"
                antecedents[token.i] = listed
            continue
        if (
            token.lower_ == "they" and token.dep_ in {"nsubj", "nsubjpass"}
            and token.i not in context.quoted
        ):
            # "X and Y arrived on Monday. They met Z": the two just named as a subject
            start = token.sent.start
            pair = _subject_pair(context, context.doc[start - 1].sent) if start > 0 else None
            if pair is None and start > 0:
                pair = _subject_list(context, context.doc[start - 1].sent)
            if pair is not None and token.i == start:
                antecedents[token.i] = pair
            continue
        if token.i in context.quoted:
            continue
        if not _names_two(token):
            listed = _listed_just_before(context, token, people)
            if listed is not None:  # "A, B and C arrived. The ministers signed X"
                antecedents[token.i] = listed
            continue
        if (listed := _counted_subjects(context, token)) is not None:
            antecedents[token.i] = listed  # "the two countries" just listed as a subject
            continue
        before = [m for m in people if m.end <= token.idx]
        pair = _pair_in_nearest_sentence(context, token, before)
        if pair is None and token.lower_ in _RACE_NOUNS:
            pair = _protagonists(before)
        if pair is not None and not _titled_so(context, token, pair, people):
            pair = None  # "both ministers" are not a president and a premier
        if pair is not None:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            own = context.mention_at(subject) if subject is not None and subject != token else None
            keys = {name_key(m.name)[-1:] for m in pair}
            # "he met the two men": not himself among them
            if own is None or name_key(own.name)[-1:] not in keys:
                antecedents[token.i] = pair
    return antecedents


#: Words for the people just listed, written with no number: "the ministers", "the leaders".
_LISTED_PEOPLE = {"leaders", "ministers", "presidents"}


def _listed_just_before(
    context: ArticleContext, token: Token, people: list[Mention]
) -> list[Mention] | None:
    """Who "the ministers" or "the leaders" opening a clause are: the people the sentence
    before lists as its subject, two or more, each titled so if the word is a title, when
    that sentence names no one else ("Foreign ministers A, B and C arrived on Monday. The
    ministers signed X")."""
    if (
        token.lower_ not in _LISTED_PEOPLE or token.sent.start == 0
        or token.dep_ not in {"nsubj", "nsubjpass"}
        or [c.lower_ for c in token.children] != ["the"]
    ):
        return None
    before = context.doc[token.sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or _denied(before) or subject.i in context.quoted:
        return None
    named = _named_in(context, before, people, before.end_char)
    # the people of the subject's words ("A of Norland, B of Tarsk and C"), when the
    # sentence names no one else ("A, B and C met D": "the leaders" may be any of them)
    first, last = context.doc[subject.left_edge.i].idx, context.doc[subject.right_edge.i].idx
    if len(named) < 2 or not all(first <= m.start <= last for m in named.values()):
        return None
    listed = _distinct(list(named.values()), people)
    return listed if _titled_so(context, token, listed, people) else None


def _counted_beyond_two(token: Token) -> bool:
    """ "the four leaders": a word for people counted more than two ("the two leaders" is a
    pair's)."""
    return any(c.dep_ == "nummod" and _COUNTS.get(c.lower_, 0) > 2 for c in token.children)


def _people(mentions: list[Mention]) -> list[Mention]:
    """Mentions of people: of a name given in full as a person's ("Okonjo" tagged an
    organisation is the person "Ngozi Okonjo" named before), or whose mentions' votes
    say person."""
    full: dict[tuple[str, ...], set[str]] = {}
    votes: dict[tuple[str, ...], dict[str, float]] = {}
    for m in mentions:
        if m.end <= m.start or m.type == "Plan":
            continue
        key = name_key(m.name)[-1:]
        if len(m.name.split()) > 1:
            full.setdefault(key, set()).add(m.type)
        tally = votes.setdefault(key, {})
        for kind, weight in m.votes:
            tally[kind] = tally.get(kind, 0) + weight
    person = {
        key
        for key, tally in votes.items()
        if "Person" in full.get(key, ()) or max(tally, key=tally.get) == "Person"
    }
    return [
        m
        for m in mentions
        if m.end > m.start and m.type != "Plan" and name_key(m.name)[-1:] in person
    ]


# "both ministers": each of the two, if titled at all, holds that title.
_TITLE_NOUNS = {"ministers": "minister", "presidents": "president"}


def _titled_so(
    context: ArticleContext, token: Token, pair: list[Mention], people: list[Mention]
) -> bool:
    title = _TITLE_NOUNS.get(token.lower_)
    if title is None:
        return True
    for member in pair:
        key = name_key(member.name)[-1:]
        titles: set[str] = set()
        for m in people:
            if name_key(m.name)[-1:] == key and (span := context.span_of(m)) is not None:
                before = context.doc[max(span.sent.start, span.start - 6) : span.start].text
                titles |= _titles_before(context.doc, span)[0] | (
                    {title} if title in before.lower() else set()
                )
        if titles and title not in titles:
            return False
    return True


def _names_two(token: Token) -> bool:
    """ "the two men", "both leaders", "the pair", "the two": words for exactly two people."""
    lower = token.lower_
    if lower == "two" and token.dep_ in {"nsubj", "nsubjpass"}:  # "The two met again"
        return any(c.lower_ == "the" for c in token.children)
    if lower not in _PAIR_NOUNS or token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "the two men, A and B,": named right here
    words = {c.lower_ for c in token.children if c.dep_ in {"det", "predet", "nummod", "preconj"}}
    if lower in {"pair", "duo"}:
        return "the" in words
    return "both" in words or {"the", "two"} <= words


def _distinct(mentions: list[Mention], people: list[Mention]) -> list[Mention]:
    """One mention for each person named in ``mentions``: the fullest, surest one."""
    keys = list(dict.fromkeys(name_key(m.name)[-1:] for m in mentions))
    return [
        max(
            (m for m in people if name_key(m.name)[-1:] == key),
            key=lambda m: (m.type == "Person", len(m.name)),
        )
        for key in keys
    ]


def _pair_in_nearest_sentence(
    context: ArticleContext, token: Token, people: list[Mention]
) -> list[Mention] | None:
    doc = context.doc
    sent = token.sent
    # "X's spokesman Y told reporters the pair shook hands": who reports on the pair is not
    # one of them
    reporters = _reporters(token)
    for _ in range(3):
        named = _named_in(context, sent, people, min(sent.end_char, token.idx), reporters)
        if named:
            if _denied(sent):
                return None  # "X has not met Y since 2019. During the talks the two leaders"
            distinct = _distinct(list(named.values()), people)
            return distinct if len(distinct) == 2 else None
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return None


def _named_in(
    context: ArticleContext, sent: Span, people: list[Mention], end: int,
    left_out: Collection[int] = frozenset(),
) -> dict[tuple[str, ...], Mention]:
    """The people ``sent`` names before the character offset ``end`` (outside quotations and
    the tokens ``left_out``), one mention for each, including the surname of a person the
    article names in full where the name finder missed it ("Zelenskyy, who was accompanied
    by First Lady Olena Zelenska, then met Martin" names three people)."""
    found: dict[tuple[str, ...], Mention] = {}
    for m in people:
        span = context.span_of(m)
        if (
            span is None or span.start in context.quoted or span.start in left_out
            or not sent.start_char <= m.start < end
        ):
            continue
        found.setdefault(name_key(m.name)[-1:], m)
    full = {
        name_key(m.name)[-1:]: m for m in people if m.type == "Person" and " " in m.name
    }
    for t in sent:
        if t.idx >= end:
            break
        if (
            t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper()  # the tagger's NOUN, too
            and t.i not in context.quoted and t.i not in left_out
            and context.name_at(t) is None
            and (key := name_key(t.text)[-1:]) in full
        ):
            found.setdefault(key, full[key])
    return found


def _denied(sent: Span) -> bool:
    """Whether ``sent`` says its main verb did not happen ("Putin has not met Zelenskyy")."""
    return any(c.dep_ == "neg" for c in sent.root.children)


def _reporters(token: Token) -> set[int]:
    """The tokens of the subjects of the verbs ``token``'s clause is reported by ("X's
    spokesman Y told reporters the pair ..."): the subject and its owners."""
    found: set[int] = set()
    clause = token.head  # the verb of the clause the words are in, reported by the verbs above
    while clause.dep_ in {"ccomp", "parataxis"} and clause.head != clause:
        verb = clause.head
        clause = verb
        if verb.lemma_ not in SPEECH_VERBS:
            continue
        for s in verb.children:
            if s.dep_ in {"nsubj", "nsubjpass"} and s.i < token.i and token not in s.subtree:
                found.update(t.i for t in s.subtree)
    # "X held talks with Y before the two men met Z", "X told Y that …, as the two leaders
    # met Z": the words are in no reported clause, and X is one of them
    return found


def _protagonists(people: list[Mention]) -> list[Mention] | None:
    counts: dict[tuple[str, ...], list[Mention]] = {}
    for m in people:
        counts.setdefault(name_key(m.name)[-1:], []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if len(ranked) < 2 or len(ranked[1]) < 2:
        return None
    if len(ranked) > 2 and len(ranked[2]) >= len(ranked[1]):
        return None  # no two stand out
    return _distinct([ranked[0][0], ranked[1][0]], people)


def _named_here(context: ArticleContext, token: Token) -> bool:
    """ "the firm Duna Logistics", "the company, Acme,": the name is given right here (not
    in "X, the department's under secretary,", where the parser may hang the apposition on
    the owner: a possessive names what it owns, never the name it is set beside)."""
    possessive = any(c.dep_ == "case" and c.text in {"'s", "’s"} for c in token.children)
    if (token.dep_ in {"compound", "appos"} and context.mention_at(token.head) is not None
            and not possessive):
        return True
    return any(
        c.dep_ in {"appos", "compound"} and context.mention_at(c) is not None
        and (c.dep_ == "appos" or c.i > token.i)  # "the Kremlin aide" names whose aide
        for c in token.children
    )


def _organisation_described(
    context: ArticleContext, token: Token, orgs: list[Mention]
) -> Mention | None:
    """The organisation "the commission" or "the company" refers to.

    A head word that ends an organisation's name ("the commission" → "Data
    Protection Commission") refers to the latest such name; "the company" or
    "the firm" to the organisation that was the subject of one of the last
    three sentences.
    """
    before = [m for m in orgs if m.end <= token.idx]
    lower = token.lower_
    # "the organising committee" is none of the committees named with other words
    qualifiers = _qualifiers(token)
    if lower == "bank" and "central" in qualifiers:
        # "the central bank": the one central bank named, whatever its name's words
        named = [m for m in before if _a_central_bank(m.name)]
        if named:
            return named[-1] if _one_body(named) and not _new_one_since(token, named[-1]) else None
    named = [
        m for m in before
        if (lower in _heads(m.name) or lower == "party" and _party_by_its_members(m))
        and qualifiers <= set(m.name.lower().split())
        and not of_another_country(token, m)
    ]
    if not named and lower in _NAMED_AFTER_HEADS:
        return _named_later_in_paragraph(context, token, orgs, qualifiers)
    if not named and lower in _KIND_NAMES:
        # "the panel" is a committee or a commission when no panel was named, but of two
        # committees either
        named = [
            m for m in before
            if _heads(m.name) & _KIND_NAMES[lower] and qualifiers <= set(m.name.lower().split())
        ]
        if lower == "chamber" and _house_written(context, token, named):
            return None  # "passed the House …, and the Senate …; the chamber's Democrats"
        return named[-1] if _one_body(named) and not _new_one_since(token, named[-1]) else None
    if named and (_new_one_since(token, named[-1]) or _rival_just_named(token, named)):
        return None  # "The Finance Committee met. A panel of judges …. X, who chairs the panel"
    # "the board's chair" where no board was named: the board of the company the last
    # sentences were about
    company_board = lower in _COMPANY_BODIES and not named
    # "the party" after "the Republican Party": the one its name says, as "the commission"
    if (lower not in _COMPANY_WORDS | _KIND_WORDS and not company_board
            or lower in _KIND_WORDS and named):
        return named[-1] if named else None
    doc = context.doc
    start = token.sent.start
    for _ in range(3):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    subjects = [
        m
        for m in before
        if doc[start].idx <= m.start
        and (span := context.span_of(m)) is not None
        and span.root.dep_ in {"nsubj", "nsubjpass"}
    ]
    if lower == "bank" and "central" in qualifiers:
        # "the central bank" is no savings or investment bank the story was about
        subjects = [m for m in subjects if not _LENDERS & set(m.name.lower().split())]
    if lower not in _KIND_WORDS and not company_board and named and _one_body(named):
        return named[-1]  # "The Treasury sanctioned Ostrov Bank. … the bank's founder"
    if lower not in _KIND_WORDS and not company_board:
        # "The Harbour Authority fined Dunmore Shipping. The firm's chief": no authority,
        # party or union is a firm
        businesses = [m for m in subjects if a_business(m)]
        return businesses[-1] if businesses else None
    # "Rovers and Town drew 1-1. X, the club's chairman": either club; "Delta warned …; the
    # FAA said …; the airline expects": either may be meant (and either's board); a
    # federation, a union or an authority is no club, firm or party
    if len({name_key(m.name) for m in subjects}) != 1 or any(
        (span := context.span_of(m)) is not None and span.root.conjuncts for m in subjects
    ):
        return None
    if not a_business(subjects[-1]):
        return None
    return subjects[-1]


def _party_by_its_members(mention: Mention) -> bool:
    """Whether an organisation's name is its members' plural ("the Socialists' candidate …,
    flanked by the party's secretary": the Socialists are a party "the party" may mean)."""
    return mention.name.split()[-1].lower() in PARTY_NAMES_PLURAL


#: Bodies a story may call "the committee" before it names them in full: "X, chairman of the
#: committee, said … before the Senate Foreign Relations Committee votes".
_NAMED_AFTER_HEADS = {"committee", "subcommittee"}


def _named_later_in_paragraph(
    context: ArticleContext, token: Token, orgs: list[Mention], qualifiers: set[str]
) -> Mention | None:
    """The body "the committee" refers to when none was named before it: the one committee
    the article names, if it names it later in the same paragraph (of two committees, or one
    named paragraphs away, the words may be of another)."""
    lower = token.lower_
    named = [m for m in orgs if lower in _heads(m.name)]
    if not _one_body(named) or not qualifiers <= set(named[0].name.lower().split()):
        return None
    first = min(named, key=lambda m: m.start)
    between = doc_text(context.doc)[token.idx:first.start]
    if first.start < token.idx or "\n\n" in between:
        return None
    return first


def _heads(name: str) -> set[str]:
    """The words "the …" can call an organisation by: the last of its name ("commission" of
    "Data Protection Commission"), or the one before "of" ("ministry" of "Ministry of
    Health"), without a number after it ("tribunal" of "Claims Tribunal-2")."""
    words = name.lower().split()
    heads = {words[-1].rstrip("0123456789").rstrip("-") or words[-1]}
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads


#: Words a story calls a body by that are not its name's own: "the panel" for a committee, a
#: commission or a council, "the chamber" for one house of a legislature, "the bench" for the
#: judges of a court or a tribunal.
_KIND_NAMES = {
    "panel": {"committee", "subcommittee", "commission", "panel", "council"},
    "chamber": {"senate", "chamber", "assembly", "duma", "representatives", "commons", "lords",
                "house"},
    "bench": {"court", "tribunal"},
}


def _rival_just_named(token: Token, named: list[Mention]) -> bool:
    """Whether another body than the last of ``named`` was named in ``token``'s sentence or
    the two before: "The High Court upheld the ban. The Supreme Court will hear the appeal.
    The court's president" is of either."""
    sent = token.sent
    for _ in range(2):
        if sent.start > 0:
            sent = token.doc[sent.start - 1].sent
    start = sent.start_char
    last = named[-1]
    return any(m.start >= start and not _one_body([m, last]) for m in named[:-1])


def _house_written(context: ArticleContext, token: Token, named: list[Mention]) -> bool:
    """Whether a house of a legislature called "House" ("cleared the U.S. House", "House
    members") is written before ``token``, none of ``named`` being it (the "White House" is no
    chamber)."""
    houses = [m for m in named if "house" in m.name.lower().split()]
    return not houses and any(
        t.text == "House" and (t.i == 0 or t.doc[t.i - 1].text != "White")
        for t in doc_tokens(context.doc)[: token.i]
    )


def _one_body(named: list[Mention]) -> bool:
    """Whether ``named`` names one body, maybe in a shorter form too ("Senate Judiciary
    Committee" and "Judiciary Committee")."""
    if not named:
        return False
    fullest = max(named, key=lambda m: len(m.name)).name.lower().split()
    return all(_ends_with(fullest, m.name.lower().split()) for m in named)


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return words[len(words) - len(tail):] == tail


def _new_one_since(token: Token, body: Mention) -> bool:
    """Whether a body of ``token``'s kind with no name was brought in after ``body`` was
    named: "The Finance Committee asked for a review. A panel of judges met. X, who chairs
    the panel," is of the judges' panel."""
    return any(
        t.lemma_ == token.lemma_ and t.idx >= body.end
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children)
        for t in doc_tokens(token.doc)[: token.i]
    )


#: Words of the names of banks that lend, which no central bank's name has.
_LENDERS = {"savings", "commercial", "investment", "merchant", "cooperative", "development",
            "trust", "credit", "mortgage"}


def _a_central_bank(name: str) -> bool:
    """Whether a bank's name says it is a country's central bank: "Central Bank of Norway",
    "Reserve Bank of India", "Bank of Canada", "Bangladesh Bank", "Brazil's central bank" (but
    not "National Bank of Greece", a lender)."""
    words = name.replace("'s", "").replace("’s", "").split()
    lowered = [w.lower() for w in words]
    if "central" in lowered or "reserve" in lowered:
        return True
    others = [w for w in words if w.lower() not in {"bank", "of", "the"}]
    return "bank" in lowered and bool(others) and all(
        w in COUNTRIES or w in DEMONYMS for w in others
    )


def _describes_a_title(token: Token) -> bool:
    """ "panel chairman X", "a former committee chairman": a kind of body written bare before
    a title, which is the body's."""
    return (
        token.dep_ == "compound" and token.is_lower and token.head.lower_ in TITLE_PREDICATE
        and (token.lower_ in ORG_HEADS or token.lower_ in _KIND_NAMES)
        # "a company spokeswoman" is of the firm the story is about, read elsewhere
        and token.lower_ not in _COMPANY_WORDS | _KIND_WORDS
        and not any(c.dep_ in {"det", "poss", "compound", "amod"} for c in token.children)
    )


#: Nouns of a stance "it" may follow ("opposition to it", "support for it"), and the verbs
#: that voice them.
_STANCES_ON = {"support", "backing", "opposition", "objection", "endorsement", "approval"}
_STANCES_SHOWN = {"voice", "express", "declare", "reiterate", "reaffirm", "signal", "give",
                  "lend", "pledge"}


def _stance_voiced(word: Token) -> bool:
    """ "voiced opposition [to it]": the stance noun the preposition hangs on, or the verb
    voicing one (the parser may hang "to it" on the verb)."""
    if word.lemma_ in _STANCES_ON:
        return word.head.lemma_ in _STANCES_SHOWN
    return word.lemma_ in _STANCES_SHOWN and any(
        c.dep_ == "dobj" and c.lemma_ in _STANCES_ON for c in word.children)


#: The speaker's own voice in a quotation: "I will oppose it", "we voted for it".
_FIRST_PERSON = {"i", "we"}


def _own_stance_quoted(token: Token) -> bool:
    """A quoted "it" the speaker takes a stance on in their own voice ("If the bill reaches
    the floor, I will strongly oppose it," X said): the plan just named, as outside quotation
    marks (not "it" in other quoted words, which may stand for anything the speaker said)."""
    if token.lower_ != "it" or not _object_of_plan_verb(token):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)


def _object_of_plan_verb(token: Token) -> bool:
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_ in {"be", "remain"}:
        return True  # "Ukraine is against it"
    if token.dep_ == "pobj" and head.lower_ in {"to", "for"} and _stance_voiced(head.head):
        return True  # "voiced opposition to it", "expressed her support for it"
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ == "nsubjpass":  # "It was drafted by the Danish team"
        return head.lemma_ in _PLAN_VERBS | {"write"}
    elif token.dep_ != "dobj":
        return False
    return head.lemma_ in _PLAN_VERBS


# Words before a title that say when or how one holds it, not which office it is.
_STANDING = {
    "former",
    "new",
    "then",
    "outgoing",
    "incoming",
    "current",
    "visiting",
    "late",
    "top",
    "senior",
    "veteran",
    "embattled",
    "sitting",
    "longtime",
    "long-time",
    "powerful",
}


def _qualifiers(title: Token) -> set[str]:
    """The words that say which office a title is ("finance" of "the finance minister"): the
    person meant was named after them ("Finance Minister X"), not after another
    ("Foreign Minister Y"). A count of members says no office: "the six-member panel"."""
    return {
        c.lower_
        for c in title.children
        if c.dep_ in {"compound", "amod"}
        and c.text not in DEMONYMS
        and c.lower_ not in _STANDING
        and c.is_alpha
        and not any(g.dep_ == "nummod" for g in c.children)
    }


#: Words that describe a document already named: "the new law" is the bill just passed,
#: "the old law" another.
_REFERRING = {"new", "proposed", "controversial", "draft", "revised", "amended", "disputed"}


def _refers_back(token: Token) -> bool:
    """A document word with no modifier that would set it apart from the one named."""
    return not any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in _REFERRING
        for c in token.children
    )


def _capitalised_title(context: ArticleContext, token: Token) -> bool:
    """ "the Prime Minister", "The US Secretary of State": a title written with capitals, which
    the tagger takes for a name's, and which is no part of any name, nor followed by the name
    of the one who holds it ("the Under Secretary of the Treasury for X, Y,")."""
    if token.pos_ != "PROPN" or not token.is_title or context.mention_at(token) is not None:
        return False
    doc = context.doc
    after = token.right_edge.i  # the comma after the title's phrase may hang on the title
    while after > token.i and doc[after].is_punct:
        after -= 1
    after += 1
    return not (
        after + 1 < token.sent.end and doc[after].text == ","
        and context.mention_at(doc[after + 1]) is not None
        or after + 2 < token.sent.end and doc[after].text == ","
        and context.mention_at(doc[after + 2]) is not None
    )


#: Nouns for a person that an age may describe: "the 45-year-old former banker".
_PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "mother", "father", "son", "daughter",
                 "veteran", "native", "resident"}


def _someone_described(context: ArticleContext, token: Token) -> Token | None:
    """The token standing for a person a description names as "he" or "she" would: a party's
    member noun ("the Ohio Democrat", not one named right there) or a definite age."""
    if token.text in PARTY_MEMBER_NOUNS:
        return token if _is_definite(token) and not (
            context.mention_at(token) or _named_here(context, token)) else None
    return _person_by_age(token) if token.lower_ == "old" else None


def _person_by_age(old: Token) -> Token | None:
    """The token standing for the person a definite age describes: "old" itself in "the
    45-year-old said", or the noun in "the 45-year-old former banker"; None for "a 45-year-old"
    (someone new) or "the 200-year-old bridge" (no person)."""
    year = next((c for c in old.children if c.lower_ in {"year", "years"}), None)
    if year is None or not any(c.like_num for c in year.children):
        return None
    if old.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        described = old
    elif old.dep_ == "amod" and old.head.pos_ == "NOUN" and (
            old.head.lower_ in TITLE_PREDICATE or old.head.lower_ in _PEOPLE_NOUNS):
        described = old.head
    else:
        return None
    return described if any(c.dep_ == "det" and c.lower_ == "the"
                            for c in described.children) else None


def _is_definite(token: Token) -> bool:
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "that", "these", "those", "its", "their"}
        for c in token.children
    )


def _recent(doc: Doc, reference: int, token: Token) -> bool:
    # "its architects": only when a plan was named or described in this or the
    # previous sentence.
    if reference < 0:
        return False
    sent = token.sent
    previous = doc[sent.start - 1].sent if sent.start > 0 else sent
    return previous.start <= reference < token.i


def _opens_with_description(token: Token) -> bool:
    """Whether ``token`` heads the subject that opens its sentence, a description of
    someone by a country or body ("The German chancellor", "Belgium's prime minister")."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.left_edge.i != token.sent.start:
        return False
    owners = [
        c for c in token.children
        if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.text[:1].isupper()
    ]
    return bool(owners) and not any(c.lower_ in {"a", "an"} for c in token.children)


def _sole_person_before(
    doc: Doc, token: Token, people: dict[int, Mention], quoted: set[int]
) -> Mention | None:
    """The one person the sentence before ``token``'s names (outside quotations)."""
    sent = token.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    named = {
        name_key(m.name)[-1:]: m
        for i, m in people.items()
        if previous.start <= i < previous.end and i not in quoted and m.type == "Person"
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _clause_subject(
    token: Token, people: dict[int, Mention], antecedents: dict[int, Mention]
) -> Mention | None:
    """Who the subject of the clause an object "him" or "her" sits in names ("her" that
    owns a noun is no object)."""
    if token.lower_ not in {"him", "her"} or token.dep_ not in {"dobj", "pobj", "dative"}:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "pobj" and token.head.dep_ != "prep":
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < token.i:
            return people.get(c.i) or antecedents.get(c.i)
    return None


def _name_described_by(token: Token, people: dict[int, Mention]) -> Mention | None:
    """The person whose name the noun ``token`` owns is set beside, as in "X, his
    brother," or "X, her foreign minister," (whose "his" or "her" is someone else's)."""
    if token.dep_ != "poss" or token.head.dep_ != "appos":
        return None
    return people.get(token.head.head.i)


def _closest_person(
    doc: Doc, token: Token, people: dict[int, Mention], quoted: set[int]
) -> Mention | None:
    sent = token.sent
    sentences = [sent]
    start = sent.start
    while start > 0 and len(sentences) < 4:
        previous = doc[start - 1].sent
        sentences.append(previous)
        start = previous.start
    for s in sentences:
        limit = token.i if s == sent else s.end
        found = [(i, m) for i, m in people.items() if s.start <= i < limit and i not in quoted]
        if not found:
            continue
        subjects = [(i, m) for i, m in found if doc[i].dep_ in {"nsubj", "nsubjpass"}]
        best = max(subjects or found)
        # "At least one Republican, Sen. X, said he": the person named beside the word
        beside = [(i, m) for i, m in found if doc[i].dep_ == "appos" and doc[i].head.i == best[0]]
        if beside and best[1].type != "Person" and beside[0][1].type == "Person":
            best = beside[0]
        # "X and Y arrived. He met Z": either might be meant
        alike = [best, *((i, m) for i, m in found if _joined(doc, i, best[0]))]
        return None if subjects and _two_alike(alike) else best[1]
    return None


def _joined(doc: Doc, i: int, j: int) -> bool:
    """Whether the names at ``i`` and ``j`` are coordinated: "X and Y", "President X and
    Chancellor Y" (the parser may hang the first name on the second, not join them)."""
    first, last = sorted((i, j))
    if first == last:
        return False
    if doc[last] in doc[first].conjuncts:
        return True
    between = doc[first + 1 : last]
    return any(t.lower_ == "and" for t in between) and all(
        t.lower_ in {"and", ","} or t.pos_ == "PROPN" or t.lower_ in TITLE_PREDICATE
        for t in between
    )


def _subject_pair(context: ArticleContext, sent: Span) -> list[Mention] | None:
    """The two people ``sent`` opens with as its subject ("X and Y arrived on Monday")."""
    doc = context.doc
    subjects = (t for t in sent if t.dep_ == "nsubj" and t.head == sent.root)
    subject = next((t for t in subjects if t.i not in context.quoted), None)
    named = context.name_at(subject) if subject is not None else None
    if subject is None or named is None or not context.is_person(named):
        return None
    pair = (
        [named]
        + [
            m
            for t in sent[: subject.i - sent.start]
            if (m := context.name_at(t)) is not None
            and m != named
            and context.is_person(m)
            and _joined(doc, t.i, subject.i)
        ]
        + [m for t in subject.conjuncts if (m := context.name_at(t)) is not None]
        + _came_together_with(context, sent.root)
    )
    distinct = list({name_key(m.name)[-1:]: m for m in pair}.values())
    return distinct if len(distinct) == 2 else None


def _came_together_with(context: ArticleContext, verb: Token) -> list[Mention]:
    """The person "X arrived together with Y" names as the subject's companion."""
    return [
        m
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        and any(t.lower_ == "together" for t in p.children)
        for o in p.children
        if o.dep_ == "pobj" and (m := context.name_at(o)) is not None and context.is_person(m)
    ]


def _subject_list(context: ArticleContext, sent: Span) -> list[Mention] | None:
    """The entities of one kind that ``sent`` lists as its subject ("Norland, Veldia and
    Ostrava voted for it"), when it lists more than one and nothing else."""
    subjects = (t for t in sent if t.dep_ == "nsubj" and t.head == sent.root)
    subject = next((t for t in subjects if t.i not in context.quoted), None)
    if subject is None or context.name_at(subject) is None:
        return None
    tokens = [subject, *subject.conjuncts]
    for beside in subject.children:  # "A, B and C": the parser may set B beside A
        if beside.dep_ == "appos" and any(c.lower_ == "and" for c in beside.children):
            tokens += [beside, *beside.conjuncts]
    found: list[Mention] = []
    for t in tokens:
        named = context.name_at(t)
        if named is None:
            return None  # "X and the others": not only names
        if named not in found:
            found.append(named)
    kinds = {"Person" if context.is_person(m) else m.type for m in found}
    distinct = list({name_key(m.name): m for m in found}.values())
    return distinct if len(distinct) > 1 and len(kinds) == 1 else None


def _counted_subjects(context: ArticleContext, token: Token) -> list[Mention] | None:
    """Who "the three countries" or "the two firms" are: the subjects the sentence before
    just listed, if they are as many, and of the kind the noun says."""
    count = next(
        (_COUNTS.get(c.lower_) for c in token.children if c.dep_ == "nummod"), None
    )
    if count is None and token.lower_ not in _PAIR_NOUNS and any(
        c.lower_ == "both" for c in token.children
    ):
        count = 2  # "both governments", "both sides" ("both ministers" is a pair's: see above)
    elif count is None or not any(c.lower_ == "the" for c in token.children):
        return None
    start = token.sent.start
    if start == 0 or token.i in context.quoted:
        return None
    kinds = _PARTY_NOUNS.get(token.lower_, {"Person"})
    before = context.doc[start - 1].sent
    if "Person" in kinds and _denied(before) and _named_in(
        context, before, _people(context.mentions), before.end_char
    ):
        return None  # "Putin has not met Zelenskyy since 2019. … the two leaders joined"
    listed = _subject_list(context, context.doc[start - 1].sent)
    if listed is None or len(listed) != count:
        # "advisers from Britain, France and Germany came. … The three countries drafted X":
        # the last list of as many, of that kind, in the two sentences before
        found = _list_counted(context, token, count, kinds)
        return found if found is not None or kinds != {"Person"} else _people_counted(
            context, token, count
        )
    kind = "Person" if context.is_person(listed[0]) else listed[0].type
    return listed if kind in kinds else None


def _people_counted(context: ArticleContext, token: Token, count: int) -> list[Mention] | None:
    """ "X arrived. Inside, A, B and C were waiting. The four leaders talked": the people the
    sentences just before name, read back a whole sentence at a time (at most two), when
    they come to exactly as many."""
    doc = context.doc
    people = _people(context.mentions)
    found: dict[tuple[str, ...], Mention] = {}
    sent = token.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        named = _named_in(context, sent, people, sent.end_char)
        if named and _denied(sent):
            return None  # "X has not met Y since 2019. During the talks the two leaders"
        for key, m in named.items():
            found.setdefault(key, m)
        if len(found) >= count:
            break
    return _distinct(list(found.values()), people) if len(found) == count else None


def _list_counted(
    context: ArticleContext, token: Token, count: int, kinds: set[str]
) -> list[Mention] | None:
    """The last list of ``count`` names of one of ``kinds`` joined by "and" in the two
    sentences before ``token``'s (none if a list of that kind but another length comes
    after it: "the three countries" are not a list of two)."""
    doc = context.doc
    first = doc[token.sent.start - 1].sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for word in reversed(doc[first : token.sent.start]):
        if word.dep_ == "conj" or not word.conjuncts or word.i in context.quoted:
            continue  # a list is read from its first name
        names = [context.name_at(t) for t in [word, *word.conjuncts]]
        if any(m is None for m in names):
            continue  # "Britain and the rest of Europe"
        found = list({name_key(m.name): m for m in names if m is not None}.values())
        found_kinds = {"Person" if context.is_person(m) else m.type for m in found}
        if len(found_kinds) != 1 or not found_kinds <= kinds:
            continue
        return found if len(found) == count else None
    return None


def _two_alike(found: list[tuple[int, Mention]]) -> bool:
    """Whether ``found`` names two people or more (one named twice is one)."""
    return len({name_key(m.name)[-1:] for _, m in found}) > 1
