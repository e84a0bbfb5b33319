"""Extract: mentions, relations and quotations from parsed articles.

spaCy objects stay inside this package; what leaves it is plain data
(:mod:`kg.model`) with character offsets into the article.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.agreement import agree
from kg.extract.context import ArticleContext
from kg.extract.coref import find_antecedents, find_group_antecedents
from kg.extract.departures import without_offices_left
from kg.extract.home_country import bodies_of_home_country
from kg.extract.listed_terms import proposed_in_a_list
from kg.extract.mentions import find_candidates
from kg.extract.nlp import forget_tokens, keep_sentences, load_nlp
from kg.extract.plans import find_plans, is_named_law
from kg.extract.registry import DEFAULT_EXTRACTORS, Extractor, available, get_extractor, register
from kg.model import Article, Extraction, Mention, Quote, Relation
from kg.text.lexicon import PLACE_NAMES, canonical_place
from kg.vocab import SYMMETRIC

__all__ = [
    "ArticleContext",
    "DEFAULT_EXTRACTORS",
    "Extractor",
    "available",
    "extract_article",
    "get_extractor",
    "load_nlp",
    "register",
]


def _without_article(name: str) -> str:
    """An outlet's name without its article, however capitalised: "THE RED SEA GAZETTE"."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)


def _metadata_mentions(article: Article) -> list[Mention]:
    """The byline and publisher as mentions (they are named outside the prose)."""
    found = []
    if article.author:
        found.append(Mention(article.id, 0, 0, article.author, "Person", votes=(("Person", 5.0),)))
    if article.publisher:
        name = _without_article(article.publisher)
        found.append(
            Mention(
                article.id,
                0,
                0,
                article.publisher,
                "Organization",
                name=name,
                votes=(("Organization", 5.0),),
            )
        )
    return found


def _publisher_part(mention: Mention, article: Article) -> Mention:
    """The publisher for a part of its name that the tagger read alone on the line that
    names it: "Wire" of "- Nordic Wire -", "Main Bulletin" of "- Rhine-Main Bulletin -",
    "Climate" of "Climate & Law Bulletin"."""
    publisher = article.publisher
    if mention.type == "Place" and canonical_place(mention.text) in PLACE_NAMES:
        return mention  # "Taiwan's minister" beside "TAIPEI (Taiwan News) -": the country
    if not publisher or mention.text == publisher or not (
            publisher.endswith((" " + mention.text, "-" + mention.text))
            or publisher.startswith(mention.text + " ")):
        return mention
    line_start = article.text.rfind("\n", 0, mention.start) + 1
    line_end = article.text.find("\n", mention.end)
    if publisher not in article.text[line_start:line_end if line_end >= 0 else None]:
        return mention
    return replace(mention, type="Organization", name=_without_article(publisher),
                   votes=(("Organization", 5.0),))


def extract_article(
    doc: Doc, article: Article, extractors: Sequence[Extractor] | None = None
) -> Extraction:
    """Run mention finding and every extractor on one parsed article."""
    if extractors is None:
        extractors = [get_extractor(name) for name in DEFAULT_EXTRACTORS]
    keep_sentences(doc)
    # The rules make many short-lived objects, few of them in cycles: the cycle collector
    # waits until the article is done (scanning meanwhile took a tenth of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(doc, article, extractors)
    finally:
        forget_tokens(doc)
        if collecting:
            gc.enable()


def _modifies(start: int, end: int, plan: Mention, doc: Doc) -> bool:
    """Whether the name at [start, end) lies inside ``plan`` before its head word."""
    head = doc.char_span(plan.start, plan.end, alignment_mode="expand")
    return head is not None and plan.start <= start and end < head[-1].idx


#: The words of a law's title before a possessive inside it: "[Countering America's]
#: Adversaries Through Sanctions Act".
_OWNER_WORDS = re.compile(r"((?:[A-Z][\w-]*[ \t]+)+[A-Z][\w-]*)['’]s[ \t]+$")


def _law_with_owner_words(doc: Doc, law: Mention) -> Mention:
    """A law's title that runs on before a possessive ("Countering America's Adversaries
    Through Sanctions Act") whole: the words before are no body's name. A place's own law
    keeps the place apart: "South Africa's Companies Act"."""
    text = doc.text
    match = _OWNER_WORDS.search(text, max(0, law.start - 80), law.start)
    if match is None or canonical_place(match.group(1)) in PLACE_NAMES:
        return law
    full = text[match.start(1) : law.end]
    return replace(law, start=match.start(1), text=full, name=full)


def _contested(relations: list[Relation]) -> list[Relation]:
    """A meeting the article both tells of and denies is in dispute, not asserted: "Clinton
    said A and B had a brief meeting" in a story that tells Iran denied that A met B."""
    def key(r: Relation) -> tuple[str, ...]:
        ends = (r.subject.name.split()[-1:], r.object.name.split()[-1:])
        if r.predicate in SYMMETRIC:
            ends = tuple(sorted(ends))  # type: ignore[assignment]
        return (r.predicate, *(w for end in ends for w in end))

    # only a meeting: a stance may change within a story ("opposed the bill, then backed it")
    denied = {key(r) for r in relations if r.status == "negated" and r.predicate == "met"}
    if not denied:
        return relations
    return [
        replace(r, status="hypothetical") if r.status == "asserted" and key(r) in denied else r
        for r in relations
    ]


def _extract(doc: Doc, article: Article, extractors: Sequence[Extractor]) -> Extraction:
    found = find_plans(doc, article.id)
    # a law's title is a plan even where the name finder took it for an organisation
    laws = [p for p in found if is_named_law(p)]
    found = [_law_with_owner_words(doc, p) if p in laws else p for p in found]
    laws = [p for p in found if is_named_law(p)]
    names = [
        m
        for m in (c.to_mention(doc, article.id) for c in find_candidates(doc))
        if not any(m.start < p.end and p.start < m.end for p in laws)
    ]
    taken = {(m.start, m.end) for m in names}
    # a name may modify a plan ("the Iran nuclear deal", "the EU-Mercosur trade agreement"):
    # both are kept; a plan that would cut a name or end in one is no plan
    plans = [
        p for p in found
        if not any(s < p.end and p.start < e and not _modifies(s, e, p, doc) for s, e in taken)
    ]
    # on tokens both cover, the name is what the token stands for (the later mention wins)
    mentions = sorted(names + plans, key=lambda m: (m.start, m.type != "Plan", m.end))
    mentions = [_publisher_part(m, article) for m in mentions]
    mentions += _metadata_mentions(article)
    context = ArticleContext(article, doc, mentions)
    context.mentions += bodies_of_home_country(context)
    context.antecedents = find_antecedents(context)
    context.group_antecedents = find_group_antecedents(context)
    relations: list[Relation] = []
    quotes: list[Quote] = []
    for extractor in extractors:
        for item in extractor(context):
            (quotes if isinstance(item, Quote) else relations).append(item)
    relations = _contested(proposed_in_a_list(context, relations))
    relations = without_offices_left(context, relations)
    # a rule that misreads a clause may relate a name to itself ("the union, which he
    # leads" with "he" read as the union): nothing is its own leader or ally
    relations = [r for r in relations if r.subject != r.object]
    return Extraction(article, tuple(mentions), tuple(agree(relations)), tuple(quotes))
