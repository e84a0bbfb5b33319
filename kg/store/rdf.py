"""Map a :class:`~kg.model.KnowledgeGraph` to RDF quads, one named graph per article.

What an article says lives in the article's own named graph (its IRI), so
``GRAPH ?article { … }`` finds one article's statements: its description, the
entities it mentions, its assertions and its quotes. What several articles can
say is written once, so a pattern over the union of the graphs matches once per
fact: each entity's type and names, and each extractor's version, in the
entities graph (:func:`description_quads`); each asserted relation as a plain
triple, with a ``kg:Fact`` counting its support, in the corroboration graph
(:func:`corroboration_quads`). Provenance follows PROV-O: every assertion and
quote ``prov:wasDerivedFrom`` its article and ``prov:wasAttributedTo`` a
versioned ``kg:Extractor``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote as percent_encoded

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.term import Node

from kg.model import Article, Entity, Evidence, KnowledgeGraph, Mention, Quote, Relation
from kg.vocab import CORROBORATION_GRAPH, ENTITIES_GRAPH, KG, PROV, RES, SCHEMA

__all__ = [
    "Quad", "EXTRACTOR_VERSION", "GRAPH_LAYOUT", "entity_iri", "article_iri", "fact_iri",
    "extractor_iri", "extractor_version", "graph_quads", "entity_quads", "extractor_quads",
    "description_quads", "extractors", "article_quads", "ArticleIndex", "fingerprints",
    "corroboration_quads", "Corroboration", "corroborate", "asserted_facts", "Support", "supports",
    "combined", "fact_quads",
]

Quad = tuple[Node, Node, Node, URIRef]
#: Version of extractors whose name carries none (built-ins are named ``kg.roles.v1``).
EXTRACTOR_VERSION = "1"
#: Bumped whenever this module changes what an article graph holds, so that
#: stores rewrite graphs whose :func:`fingerprints` would otherwise still match.
GRAPH_LAYOUT = 2


def entity_iri(key: str) -> URIRef:
    """The IRI of the entity with resolver key ``key`` (``person/dmitry-peskov``)."""
    return RES[key]


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article, which also names its graph."""
    return RES[f"article/{article_id}"]


def extractor_iri(name: str) -> URIRef:
    """The IRI of the extractor registered as ``name`` (``kg.llm.v1/MODEL/prompt-1``
    names a model, whose name may hold any character)."""
    return RES[f"extractor/{percent_encoded(name, safe='/:@.-_~')}"]


def extractor_version(name: str) -> str:
    """The version in an extractor's name: ``kg.roles.v2`` → ``"2"``.

    What follows a ``/`` qualifies the extractor (``kg.llm.v1/MODEL/prompt-1``).
    """
    found = re.match(r"[^/]*\.v(\d+(?:\.\d+)*)(?:/|$)", name)
    return found.group(1) if found else EXTRACTOR_VERSION


def fact_iri(s: URIRef, p: URIRef, o: URIRef) -> URIRef:
    """The IRI of the corroboration node of the fact ``s p o``."""
    return RES[f"fact/{_digest(s, p, o)}"]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


@functools.lru_cache(maxsize=1 << 14, typed=True)
def _literal(value: str | int) -> Literal:
    """``Literal(value)``, made once per value: rdflib works out each new Literal's datatype
    and lexical form in Python, and an article's evidence repeats the same few values (its
    sentences, their offsets, statuses) over many quads."""
    return Literal(value)


@functools.lru_cache(maxsize=1 << 10, typed=True)
def _decimal(value: float) -> Literal:
    """``Literal(value, datatype=XSD.decimal)``, made once per value (see :func:`_literal`)."""
    return Literal(value, datatype=XSD.decimal)


def _evidence(node: URIRef, evidence: Evidence, graph: URIRef,
              span: tuple[URIRef, URIRef] = (KG.startOffset, KG.endOffset)) -> Iterator[Quad]:
    """The evidence of ``node``, its sentence's offsets under the properties ``span``."""
    yield node, PROV.wasDerivedFrom, article_iri(evidence.article), graph
    yield node, KG.sentence, _literal(evidence.sentence), graph
    yield node, span[0], _literal(evidence.start), graph
    yield node, span[1], _literal(evidence.end), graph
    yield node, KG.confidence, _decimal(_rounded(evidence.confidence)), graph
    yield node, PROV.wasAttributedTo, extractor_iri(evidence.extractor), graph


def _article(article: Article, byline: list[tuple[str, str]], graph: URIRef) -> Iterator[Quad]:
    node = article_iri(article.id)
    yield node, RDF.type, KG.Article, graph
    yield node, KG.sourceFile, Literal(article.source), graph
    if article.title:
        yield node, SCHEMA.headline, Literal(article.title), graph
    if article.date:
        yield node, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date), graph
    if article.url:
        yield node, SCHEMA.url, Literal(article.url), graph
    if article.publisher:
        # The name always, so publishers count even when no entity carries it.
        yield node, KG.publisherName, Literal(article.publisher), graph
    # The byline and publisher are mentions at offset 0 of their article.
    for text, key in byline:
        if text == article.author:
            yield node, SCHEMA.author, entity_iri(key), graph
        elif text == article.publisher:
            yield node, SCHEMA.publisher, entity_iri(key), graph


def entity_quads(entity: Entity) -> Iterator[Quad]:
    """An entity's type, label and every other name it goes by, in the entities graph."""
    node = entity_iri(entity.key)
    yield node, RDF.type, KG[entity.type], ENTITIES_GRAPH
    yield node, RDFS.label, Literal(entity.label), ENTITIES_GRAPH
    for name in entity.alt_labels:
        yield node, SKOS.altLabel, Literal(name), ENTITIES_GRAPH


def extractor_quads(name: str) -> Iterator[Quad]:
    """An extractor's type, name and version, in the entities graph."""
    node = extractor_iri(name)
    yield node, RDF.type, KG.Extractor, ENTITIES_GRAPH
    yield node, RDFS.label, Literal(name), ENTITIES_GRAPH
    yield node, SCHEMA.softwareVersion, Literal(extractor_version(name)), ENTITIES_GRAPH


def extractors(kg: KnowledgeGraph, articles: Iterable[str] | None = None) -> set[str]:
    """The extractors whose evidence ``kg`` holds (from ``articles`` only, when given)."""
    wanted = None if articles is None else set(articles)
    evidence = [r.evidence for r in kg.relations] + [q.evidence for q in kg.quotes]
    return {ev.extractor for ev in evidence if wanted is None or ev.article in wanted}


def description_quads(kg: KnowledgeGraph) -> Iterator[Quad]:
    """The entities graph of ``kg``: every entity and every extractor, once."""
    for entity in sorted(kg.entities, key=lambda e: e.key):
        yield from entity_quads(entity)
    for name in sorted(extractors(kg)):
        yield from extractor_quads(name)


def _ends(relation: Relation, kg: KnowledgeGraph) -> tuple[URIRef, URIRef, URIRef]:
    return (entity_iri(kg.entity_of[relation.subject]), KG[relation.predicate],
            entity_iri(kg.entity_of[relation.object]))


def _assertion_iri(relation: Relation, kg: KnowledgeGraph) -> URIRef:
    s, p, o = _ends(relation, kg)
    ev = relation.evidence
    return RES[f"assertion/{_digest(ev.article, s, p, o, ev.start, relation.status)}"]


def _relation(relation: Relation, kg: KnowledgeGraph, graph: URIRef) -> Iterator[Quad]:
    s, p, o = _ends(relation, kg)
    node = _assertion_iri(relation, kg)
    yield node, RDF.type, KG.Assertion, graph
    yield node, RDF.subject, s, graph
    yield node, RDF.predicate, p, graph
    yield node, RDF.object, o, graph
    yield node, KG.status, _literal(relation.status), graph
    yield from _evidence(node, relation.evidence, graph)


def _quote(quote: Quote, kg: KnowledgeGraph, graph: URIRef) -> Iterator[Quad]:
    ev = quote.evidence
    node = RES[f"quote/{_digest(ev.article, quote.start, quote.text)}"]
    yield node, RDF.type, KG.Quote, graph
    yield node, KG.text, Literal(quote.text), graph
    # A quote's own offsets select its words; its sentence has offsets of its own.
    yield node, KG.startOffset, _literal(quote.start), graph
    yield node, KG.endOffset, _literal(quote.end), graph
    if quote.speaker is not None:
        yield node, KG.speaker, entity_iri(kg.entity_of[quote.speaker]), graph
    yield from _evidence(node, ev, graph, (KG.sentenceStartOffset, KG.sentenceEndOffset))


@dataclass
class ArticleIndex:
    """What each article contributes, gathered in one pass over the graph."""

    mentioned: dict[str, set[str]]
    byline: dict[str, list[tuple[str, str]]]
    relations: dict[str, list[Relation]]
    quotes: dict[str, list[Quote]]
    by_key: dict[str, Entity]

    @classmethod
    def of(cls, kg: KnowledgeGraph) -> ArticleIndex:
        mentioned: dict[str, set[str]] = defaultdict(set)
        byline: dict[str, list[tuple[str, str]]] = defaultdict(list)
        mention: Mention
        for mention, key in kg.entity_of.items():
            mentioned[mention.article].add(key)
            if mention.end == 0:
                byline[mention.article].append((mention.text, key))
        relations: dict[str, list[Relation]] = defaultdict(list)
        for relation in kg.relations:
            relations[relation.evidence.article].append(relation)
        quotes: dict[str, list[Quote]] = defaultdict(list)
        for quote in kg.quotes:
            quotes[quote.evidence.article].append(quote)
        return cls(mentioned, byline, relations, quotes, {e.key: e for e in kg.entities})


def _article_quads(article: Article, kg: KnowledgeGraph, index: ArticleIndex) -> Iterator[Quad]:
    graph = article_iri(article.id)
    yield from _article(article, sorted(index.byline.get(article.id, ())), graph)
    for key in sorted(index.mentioned.get(article.id, ())):
        if key in index.by_key:
            yield graph, KG.mentions, entity_iri(key), graph
    for relation in index.relations.get(article.id, ()):
        yield from _relation(relation, kg, graph)
    for quote in index.quotes.get(article.id, ()):
        yield from _quote(quote, kg, graph)


def article_quads(article: Article, kg: KnowledgeGraph,
                  index: ArticleIndex | None = None) -> Iterator[Quad]:
    """Everything ``article`` says, in its own named graph (the article's IRI).

    Args:
        index: ``ArticleIndex.of(kg)``, when several articles are written.
    """
    yield from _article_quads(article, kg, index or ArticleIndex.of(kg))


def fingerprints(kg: KnowledgeGraph, index: ArticleIndex) -> dict[str, str]:
    """Article id → a digest of everything its graph depends on besides its own extraction.

    That is what its mentions, relations and quotes resolved to: entity keys
    (and :data:`GRAPH_LAYOUT`). An entity's type and names are in the entities
    graph, so an article whose fingerprint did not change has the same graph
    as before, without generating it.
    """
    parts: dict[str, list[str]] = {a.id: [] for a in kg.articles}
    for article, keys in index.mentioned.items():
        parts[article].extend(f"m {key}" for key in keys if key in index.by_key)
    for relation in kg.relations:
        s, p, o = _ends(relation, kg)
        parts[relation.evidence.article].append(
            f"r {s} {p} {o} {relation.evidence.start} {relation.status}")
    for quote in kg.quotes:
        speaker = None if quote.speaker is None else kg.entity_of[quote.speaker]
        parts[quote.evidence.article].append(f"q {quote.start} {speaker}")
    return {article: _digest(GRAPH_LAYOUT, *sorted(lines)) for article, lines in parts.items()}


Fact = tuple[URIRef, URIRef, URIRef]


@dataclass(frozen=True)
class Support:
    """One assertion of a fact, as corroboration counts it.

    Attributes:
        confidence: As the assertion node stores it (three decimals), so that
            support read back from a store counts the same as support made now.
    """

    fact: Fact
    article: str
    publisher: str
    confidence: float
    assertion: URIRef


@dataclass(frozen=True)
class Corroboration:
    """How well one fact (an asserted relation) is supported across articles.

    Attributes:
        articles: Distinct articles that state it.
        publishers: Distinct named publishers among them.
        confidence: ``1 - Π(1 - cᵢ)`` over independent sources, where a source
            is a publisher (its best evidence counts once, so one outlet
            repeating itself does not add up) or, when unknown, the article.
    """

    subject: URIRef
    predicate: URIRef
    object: URIRef
    articles: int
    publishers: int
    confidence: float
    assertions: tuple[URIRef, ...]


def supports(kg: KnowledgeGraph, only: set[Fact] | None = None) -> Iterator[Support]:
    """The support of every asserted fact of ``kg`` (or of those in ``only``)."""
    publisher = {a.id: a.publisher or "" for a in kg.articles}
    for relation in kg.relations:
        if relation.status == "asserted":
            fact = _ends(relation, kg)
            if only is None or fact in only:
                ev = relation.evidence
                yield Support(fact, ev.article, publisher.get(ev.article, ""),
                              _rounded(ev.confidence), _assertion_iri(relation, kg))


def _rounded(confidence: float) -> float:
    return round(confidence, 3)


def combined(confidences: Iterable[float]) -> float:
    """``1 - Π(1 - cᵢ)`` to three decimals, multiplied in ascending order: the same
    sources give the same number however they were gathered."""
    doubt = 1.0
    for confidence in sorted(confidences):
        doubt *= 1.0 - confidence
    return round(1.0 - doubt, 3)


def corroborate(support: Iterable[Support]) -> list[Corroboration]:
    """Count, for every fact supported, the articles and publishers that state it."""
    by_fact: dict[Fact, list[Support]] = defaultdict(list)
    for one in support:
        by_fact[one.fact].append(one)
    facts = []
    for (s, p, o), found in sorted(by_fact.items()):
        best: dict[str, float] = {}
        publishers: set[str] = set()
        for one in found:
            publisher = one.publisher.strip().casefold()
            publishers.add(publisher)
            source = publisher or f"article:{one.article}"
            best[source] = max(best.get(source, 0.0), one.confidence)
        facts.append(Corroboration(
            s, p, o,
            articles=len({one.article for one in found}),
            publishers=len(publishers - {""}),
            confidence=combined(best.values()),
            assertions=tuple(sorted({one.assertion for one in found})),
        ))
    return facts


def asserted_facts(kg: KnowledgeGraph, index: ArticleIndex, articles: Iterable[str]) -> set[Fact]:
    """The facts (s, p, o) that ``articles`` assert."""
    return {_ends(r, kg) for article in articles for r in index.relations.get(article, ())
            if r.status == "asserted"}


def fact_quads(node: URIRef, fact: Fact, articles: int, publishers: int,
               confidence: float) -> Iterator[Quad]:
    """A supported fact as a plain triple, and a ``kg:Fact`` with its counts and combined
    confidence (without the assertions it is derived from)."""
    graph = CORROBORATION_GRAPH
    subject, predicate, obj = fact
    yield subject, predicate, obj, graph
    yield node, RDF.type, KG.Fact, graph
    yield node, RDF.subject, subject, graph
    yield node, RDF.predicate, predicate, graph
    yield node, RDF.object, obj, graph
    yield node, KG.articleCount, _literal(articles), graph
    yield node, KG.publisherCount, _literal(publishers), graph
    yield node, KG.confidence, _decimal(confidence), graph


def corroboration_quads(support: Iterable[Support]) -> Iterator[Quad]:
    """Each fact supported as a plain triple, and a ``kg:Fact`` with its counts, combined
    confidence and assertions."""
    for fact in corroborate(support):
        node = fact_iri(fact.subject, fact.predicate, fact.object)
        yield from fact_quads(node, (fact.subject, fact.predicate, fact.object), fact.articles,
                              fact.publishers, fact.confidence)
        for assertion in fact.assertions:
            yield node, PROV.wasDerivedFrom, assertion, CORROBORATION_GRAPH


def graph_quads(kg: KnowledgeGraph) -> Iterator[Quad]:
    """All quads of a knowledge graph: each article's graph, the entities graph, then the
    corroboration graph."""
    index = ArticleIndex.of(kg)
    for article in kg.articles:
        yield from _article_quads(article, kg, index)
    yield from description_quads(kg)
    yield from corroboration_quads(supports(kg))
