"""Each corroborated fact's support, summed, kept beside the ledger.

A fact's counts and confidence (see :func:`kg.store.rdf.corroborate`) depend on
every assertion that states it. Counting them again from the stored assertions
made each change read all the assertions of each fact it touched: a fact
stated in a tenth of the articles cost a tenth of the store, at every commit
that stated it once more. Instead the store keeps, per fact, a tally of its
support (``kg:supportTally``, JSON, in the extractions graph): how many
articles state it, and per source the confidences its assertions give. A
change takes away the support of the article graphs it replaces or removes
(as they were stored) and adds that of the graphs it writes; the tally, the
fact's counts and its confidence follow without reading the other articles.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from kg.store.rdf import (
    Fact,
    Quad,
    Support,
    combined,
    corroboration_quads,
    fact_iri,
    fact_quads,
)
from kg.vocab import CORROBORATION_GRAPH, EXTRACTIONS_GRAPH, KG, PROV, RES

if TYPE_CHECKING:
    from kg.store.base import Store

__all__ = ["Tally", "FactChange", "corroboration_change", "graph_supports"]

_ASSERTED = Literal("asserted")
_ARTICLE = f"{RES}article/"
Triple = tuple[Node, Node, Node]


@dataclass
class Tally:
    """What corroboration counts for one fact.

    Attributes:
        articles: Articles that state the fact.
        published: Publisher (as corroboration folds it) → how many of its
            assertions give each confidence (in thousandths): its best is the
            highest, and stays known when an article is taken away.
        unpublished: Over the articles without a publisher (each a source of
            its own): how many have each best confidence (in thousandths).
    """

    articles: int = 0
    published: dict[str, Counter[int]] = field(default_factory=dict)
    unpublished: Counter[int] = field(default_factory=Counter)

    @classmethod
    def of(cls, support: Iterable[Support]) -> Tally:
        tally = cls()
        tally.add(support)
        return tally

    @classmethod
    def decode(cls, text: str) -> Tally:
        data = json.loads(text)
        return cls(data["articles"],
                   {p: Counter({int(c): n for c, n in counts.items()})
                    for p, counts in data["published"].items()},
                   Counter({int(c): n for c, n in data["unpublished"].items()}))

    def encode(self) -> str:
        return json.dumps({"articles": self.articles, "published": self.published,
                           "unpublished": self.unpublished},
                          separators=(",", ":"), sort_keys=True)

    def add(self, support: Iterable[Support], sign: int = 1) -> None:
        """Count one fact's support in (``sign=-1``: out, as it was counted in)."""
        articles: set[str] = set()
        best: dict[str, int] = {}  # an unpublished article's best confidence
        for one in support:
            confidence = round(one.confidence * 1000)
            articles.add(one.article)
            publisher = one.publisher.strip().casefold()
            if publisher:
                counts = self.published.setdefault(publisher, Counter())
                counts[confidence] += sign
                self.published[publisher] = +counts
                if not self.published[publisher]:
                    del self.published[publisher]
            else:
                best[one.article] = max(best.get(one.article, 0), confidence)
        self.articles += sign * len(articles)
        for confidence in best.values():
            self.unpublished[confidence] += sign
        self.unpublished = +self.unpublished

    def __bool__(self) -> bool:
        return self.articles > 0

    def quads(self, fact: Fact, node: URIRef) -> Iterator[Quad]:
        """The fact's triples in the corroboration graph, but its assertions."""
        sources = [max(counts) for counts in self.published.values()]
        sources += [c for c, n in self.unpublished.items() for _ in range(n)]
        yield from fact_quads(node, fact, self.articles, len(self.published),
                              combined(c / 1000 for c in sources))


def _tally_quad(node: URIRef, text: str) -> Quad:
    return node, KG.supportTally, Literal(text), EXTRACTIONS_GRAPH


def graph_supports(article: str, triples: set[Triple]) -> Iterator[Support]:
    """The support an article graph (as read) gives the facts it asserts."""
    parts: dict[Node, dict[Node, Node]] = {}
    publisher = ""
    for s, p, o in triples:
        if p in (RDF.subject, RDF.predicate, RDF.object, KG.status, KG.confidence):
            parts.setdefault(s, {})[p] = o
        elif p == KG.publisherName:
            publisher = str(o)
    for node, d in sorted(parts.items()):
        if d.get(KG.status) == _ASSERTED and len(d) == 5:
            fact = (d[RDF.subject], d[RDF.predicate], d[RDF.object])
            yield Support(fact, article, publisher, float(d[KG.confidence]),  # type: ignore[arg-type]
                          URIRef(node))


def _stored_support(store: Store, facts: set[Triple], skip: set[str]) -> Iterator[Support]:
    """The stored support of facts, from their corroboration nodes' triples (``facts``),
    except that of the articles in ``skip`` (whose graphs the change rewrites or removes).

    A fact's node names its assertions; each is read with its article graph and
    confidence in one lookup, and each article's publisher once.
    """
    ends: dict[Node, dict[Node, Node]] = defaultdict(dict)
    fact_of: dict[str, Node] = {}
    for node, p, o in facts:
        if p in (RDF.subject, RDF.predicate, RDF.object):
            ends[node][p] = o
        elif p == PROV.wasDerivedFrom:
            fact_of[str(o)] = node
    publishers: dict[str, str] = {}
    for assertion, confidence, graph in store.values_of(
            sorted(map(URIRef, fact_of)), KG.confidence):
        article = graph[len(_ARTICLE):]
        if not graph.startswith(_ARTICLE) or article in skip:
            continue
        if graph not in publishers:
            publishers[graph] = next((name for _, name, _ in store.values_of(
                [URIRef(graph)], KG.publisherName, URIRef(graph))), "")
        d = ends[fact_of[assertion]]
        yield Support((d[RDF.subject], d[RDF.predicate], d[RDF.object]),  # type: ignore[arg-type]
                      article, publishers[graph], float(confidence), URIRef(assertion))


@dataclass
class FactChange:
    """The quads a change deletes and inserts for the facts it touches (corroboration
    graph and tallies), and how many stored assertions it read to find them."""

    deletes: list[Quad] = field(default_factory=list)
    inserts: list[Quad] = field(default_factory=list)
    assertions_read: int = 0

    def diff(self, graph: URIRef, have: set[Triple], want: set[Triple]) -> None:
        self.deletes.extend((s, p, o, graph) for s, p, o in have - want)
        self.inserts.extend((s, p, o, graph) for s, p, o in want - have)


def corroboration_change(store: Store, touched: set[Fact], fresh: list[Support],
                         before: dict[str, set[Triple]], written: set[str],
                         skip: set[str]) -> FactChange:
    """What a change does to the facts it touches.

    Args:
        touched: The facts stated in a graph the change writes or removes.
        fresh: The support of ``touched`` in the change's graph (every article it resolved).
        before: The stored graphs the change replaces or removes, as read.
        written: The articles whose graphs the change writes.
        skip: The articles whose stored support ``fresh`` replaces.
    """
    change = FactChange()
    nodes = {fact: fact_iri(*fact) for fact in touched}
    texts = {node: text for node, text, _ in store.values_of(
        sorted(nodes.values()), KG.supportTally, EXTRACTIONS_GRAPH)}
    tallied = {fact for fact, node in nodes.items() if str(node) in texts}
    # A fact without a tally (new, or stored before tallies) is counted from every
    # assertion that states it, and gets one.
    counted = touched - tallied
    stored = store.triples_about([nodes[fact] for fact in sorted(counted)], CORROBORATION_GRAPH)
    # A fact's plain triple is written and deleted with its node: it is there if the node
    # is (reading every triple of its subject would cost as many as that entity has facts).
    described = {s for s, _, _ in stored}
    stored |= {fact for fact in counted if nodes[fact] in described}
    change.assertions_read = sum(p == PROV.wasDerivedFrom for _, p, _ in stored)
    support = [*(one for one in fresh if one.fact in counted),
               *_stored_support(store, stored, skip)]
    change.diff(CORROBORATION_GRAPH, stored,
                {(s, p, o) for s, p, o, _ in corroboration_quads(support)})
    by_fact: dict[Fact, list[Support]] = defaultdict(list)
    for one in support:
        by_fact[one.fact].append(one)
    change.inserts.extend(_tally_quad(nodes[fact], Tally.of(found).encode())
                          for fact, found in sorted(by_fact.items()))
    # A tallied fact loses the support of the graphs replaced or removed, as stored, and
    # gains that of the graphs written; the other articles' support is in its tally.
    taken: dict[Fact, list[Support]] = defaultdict(list)
    for article, triples in sorted(before.items()):
        for one in graph_supports(article, triples):
            if one.fact in tallied:
                taken[one.fact].append(one)
    given: dict[Fact, list[Support]] = defaultdict(list)
    for one in fresh:
        if one.fact in tallied and one.article in written:
            given[one.fact].append(one)
    for fact in sorted(tallied):
        node, text = nodes[fact], texts[str(nodes[fact])]
        old, new = Tally.decode(text), Tally.decode(text)
        new.add(taken[fact], -1)
        new.add(given[fact])
        if new.encode() == text:
            continue
        have = {(s, p, o) for s, p, o, _ in old.quads(fact, node)}
        have |= {(node, PROV.wasDerivedFrom, one.assertion) for one in taken[fact]}
        want = {(s, p, o) for s, p, o, _ in new.quads(fact, node)} if new else set()
        want |= {(node, PROV.wasDerivedFrom, one.assertion) for one in given[fact]}
        change.diff(CORROBORATION_GRAPH, have, want)
        change.deletes.append(_tally_quad(node, text))
        if new:
            change.inserts.append(_tally_quad(node, new.encode()))
    return change
