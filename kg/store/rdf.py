"""Map a :class:`~kg.model.KnowledgeGraph` to RDF quads, one named graph per article."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.term import Node

from kg.model import Article, Entity, Evidence, KnowledgeGraph, Quote, Relation
from kg.store.ontology import KG, PROV, RES, SCHEMA

__all__ = ["Quad", "entity_iri", "article_iri", "graph_quads", "article_quads", "EXTRACTOR_VERSION"]

Quad = tuple[Node, Node, Node, URIRef]
EXTRACTOR_VERSION = "1"


def entity_iri(key: str) -> URIRef:
    return RES[key]


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{article_id}"]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _evidence(node: URIRef, evidence: Evidence, graph: URIRef) -> Iterator[Quad]:
    yield node, PROV.wasDerivedFrom, article_iri(evidence.article), graph
    yield node, KG.sentence, Literal(evidence.sentence), graph
    yield node, KG.startOffset, Literal(evidence.start), graph
    yield node, KG.endOffset, Literal(evidence.end), graph
    yield node, KG.confidence, Literal(round(evidence.confidence, 3), datatype=XSD.decimal), graph
    extractor = RES[f"extractor/{evidence.extractor}"]
    yield node, PROV.wasAttributedTo, extractor, graph
    yield extractor, RDF.type, KG.Extractor, graph
    yield extractor, RDFS.label, Literal(evidence.extractor), graph


def _article(article: Article, kg: KnowledgeGraph, graph: URIRef) -> Iterator[Quad]:
    node = article_iri(article.id)
    yield node, RDF.type, KG.Article, graph
    yield node, KG.sourceFile, Literal(article.source), graph
    if article.title:
        yield node, SCHEMA.headline, Literal(article.title), graph
    if article.date:
        yield node, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date), graph
    if article.url:
        yield node, SCHEMA.url, Literal(article.url), graph
    # the byline and publisher are mentions at offset 0 of their article
    for mention, key in kg.entity_of.items():
        if mention.article != article.id or mention.end != 0:
            continue
        if mention.text == article.author:
            yield node, SCHEMA.author, entity_iri(key), graph
        elif mention.text == article.publisher:
            yield node, SCHEMA.publisher, entity_iri(key), graph


def _entity(entity: Entity, names: set[str], graph: URIRef) -> Iterator[Quad]:
    node = entity_iri(entity.key)
    yield node, RDF.type, KG[entity.type], graph
    yield node, RDFS.label, Literal(entity.label), graph
    for name in sorted(names - {entity.label}):
        yield node, SKOS.altLabel, Literal(name), graph


def _relation(relation: Relation, kg: KnowledgeGraph, graph: URIRef) -> Iterator[Quad]:
    s = entity_iri(kg.entity_of[relation.subject])
    o = entity_iri(kg.entity_of[relation.object])
    p = KG[relation.predicate]
    if relation.status == "asserted":
        yield s, p, o, graph
    ev = relation.evidence
    node = RES[f"assertion/{_digest(ev.article, s, p, o, ev.start, relation.status)}"]
    yield node, RDF.type, KG.Assertion, graph
    yield node, RDF.subject, s, graph
    yield node, RDF.predicate, p, graph
    yield node, RDF.object, o, graph
    yield node, KG.status, Literal(relation.status), graph
    yield from _evidence(node, ev, graph)


def _quote(quote: Quote, kg: KnowledgeGraph, graph: URIRef) -> Iterator[Quad]:
    ev = quote.evidence
    node = RES[f"quote/{_digest(ev.article, ev.start, quote.text)}"]
    yield node, RDF.type, KG.Quote, graph
    yield node, KG.text, Literal(quote.text), graph
    if quote.speaker is not None:
        yield node, KG.speaker, entity_iri(kg.entity_of[quote.speaker]), graph
    yield from _evidence(node, ev, graph)


def article_quads(article: Article, kg: KnowledgeGraph) -> Iterator[Quad]:
    """Everything ``article`` says, in its own named graph (the article's IRI)."""
    graph = article_iri(article.id)
    yield from _article(article, kg, graph)
    names: dict[str, set[str]] = {}
    for mention, key in kg.entity_of.items():
        if mention.article == article.id:
            names.setdefault(key, set()).add(mention.name)
    for entity in kg.entities:
        if entity.key in names:
            yield from _entity(entity, names[entity.key], graph)
            yield graph, KG.mentions, entity_iri(entity.key), graph
    for relation in kg.relations:
        if relation.evidence.article == article.id:
            yield from _relation(relation, kg, graph)
    for quote in kg.quotes:
        if quote.evidence.article == article.id:
            yield from _quote(quote, kg, graph)


def graph_quads(kg: KnowledgeGraph) -> Iterator[Quad]:
    """All quads of a knowledge graph."""
    for article in kg.articles:
        yield from article_quads(article, kg)
