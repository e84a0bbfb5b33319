"""Add and remove articles in a store without rebuilding it.

Design
------
Entity resolution is global: whether "Zelensky" joins "Volodymyr Zelensky"
depends on every article. So a change does not patch the graph locally; it
recomputes the graph from what the store keeps and writes only the difference:

1. **Extraction is the expensive step, and it happens once per article.** What
   the extractors found is kept in the store's extractions graph
   (:mod:`kg.store.ledger`). An article already there (same content, hence
   same id) is skipped before any NLP runs.
2. **Resolution is re-run** over the ledger's extractions plus the new ones
   (or minus the removed ones), in article-id order so the result does not
   depend on the order articles arrived in.
3. **Entity IRIs do not depend on arrival order.** They are the resolver's
   keys over the whole store (``person/dmitry-peskov``), so adding articles
   one at a time gives the same graph as adding them at once, and a new
   article's entities merge into the existing nodes. A node whose IRI must
   change (a later article gives "Putin" his full name) is matched to its
   successor by the article/name pairs they share (a mention named ``n`` in
   article ``a`` belonged to the node labelled ``n`` in ``a``'s graph), and
   the old IRI is kept in the redirects graph as ``dcterms:isReplacedBy`` the
   new one, so links to it still resolve (``kg explain`` follows them). The
   redirects are the store's history, the one part that depends on order.
4. **Only what changed is written**: the quads of every article graph and of
   the corroboration graph are compared with the store, and the removed and
   added quads, together with the ledger entries, go into one SPARQL update,
   which Oxigraph applies as a single transaction. A process killed at any
   moment leaves each article fully in or fully out, and re-running finishes
   the job. Re-adding an article changes nothing; removing one removes
   exactly what no other article supports.

The cost of a change is one resolution and one comparison over the whole
store, in memory, which is small next to NLP at the scale of one laptop
(thousands of articles); the writes are proportional to what changed.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from rdflib import DCTERMS, RDFS, SKOS, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.model import Extraction, KnowledgeGraph, Mention
from kg.resolve import resolve
from kg.store.ledger import decode, ledger_quad
from kg.store.ontology import EXTRACTIONS_GRAPH, KG, REDIRECTS_GRAPH, RES, SYSTEM_GRAPHS
from kg.store.rdf import Quad, graph_quads
from kg.store.store import GraphStore

__all__ = [
    "Change", "add_extractions", "remove_articles", "stored_articles", "successors",
    "redirect_quads",
]

_ARTICLE = f"{RES}article/"
Triple = tuple[Node, Node, Node]


@dataclass
class Change:
    """What one update did to the store."""

    added: list[str] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)
    quads_deleted: int = 0
    quads_inserted: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.quads_deleted or self.quads_inserted)


_LEDGER = f"SELECT ?a ?x WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> {{ ?a <{KG.extraction}> ?x }} }}"


def _ledger(store: GraphStore) -> dict[str, tuple[Quad, Extraction]]:
    rows = store.query(_LEDGER)
    entries = {}
    for node, text in rows:  # type: ignore[misc]
        quad: Quad = (node, KG.extraction, text, EXTRACTIONS_GRAPH)
        extraction = decode(str(text))
        entries[extraction.article.id] = (quad, extraction)
    return entries


def stored_articles(store: GraphStore) -> set[str]:
    """Ids of the articles the store holds."""
    rows = store.query(_LEDGER.replace("?a ?x WHERE", "?a WHERE", 1))
    return {str(row[0])[len(_ARTICLE):] for row in rows}  # type: ignore[index]


def _content(store: GraphStore) -> dict[URIRef, set[Triple]]:
    """The store's quads by graph, system graphs left out."""
    graphs: dict[URIRef, set[Triple]] = defaultdict(set)
    for s, p, o, g in store.quads():
        if g not in SYSTEM_GRAPHS:
            graphs[g].add((s, p, o))
    return graphs


def _previous_keys(content: dict[URIRef, set[Triple]]) -> dict[tuple[str, str], str]:
    """(article id, name) → entity key, read back from each article's graph."""
    keys: dict[tuple[str, str], str] = {}
    for graph, triples in content.items():
        if not str(graph).startswith(_ARTICLE):
            continue
        article = str(graph)[len(_ARTICLE):]
        mentioned = {o for s, p, o in triples if s == graph and p == KG.mentions}
        for s, p, o in triples:
            if s in mentioned and p in (RDFS.label, SKOS.altLabel):
                keys[(article, str(o))] = str(s)[len(str(RES)):]
    return keys


def _kind(key: str) -> str:
    return key.split("/", 1)[0]


def successors(kg: KnowledgeGraph, previous: dict[tuple[str, str], str]) -> dict[str, str]:
    """Old entity keys that ``kg`` no longer uses → the key of the entity that took them over.

    Args:
        kg: A freshly resolved graph.
        previous: (article id, mention name) → the key that name had in that article.
    """
    current = {e.key for e in kg.entities}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    mention: Mention
    for mention, key in kg.entity_of.items():
        old = previous.get((mention.article, mention.name))
        if old is not None and old not in current and _kind(old) == _kind(key):
            votes[old][key] += 1
    # Most shared names first; ties by key, so the choice is reproducible.
    return {old: min(c, key=lambda new: (-c[new], new)) for old, c in votes.items()}


def _redirects(content: dict[URIRef, set[Triple]]) -> dict[str, str]:
    return {str(s)[len(str(RES)):]: str(o)[len(str(RES)):]
            for s, p, o in content.get(REDIRECTS_GRAPH, ()) if p == DCTERMS.isReplacedBy}


def redirect_quads(kg: KnowledgeGraph, before: dict[str, str],
                   moved: dict[str, str]) -> Iterator[Quad]:
    """The redirects graph after a change: old redirects re-pointed, new ones added.

    A redirect whose target no longer exists, or whose source is an entity
    again, is dropped.
    """
    current = {e.key for e in kg.entities}
    redirects = {old: moved.get(new, new) for old, new in before.items()} | moved
    for old, new in sorted(redirects.items()):
        if new in current and old not in current:
            yield RES[old], DCTERMS.isReplacedBy, RES[new], REDIRECTS_GRAPH


def _sync(store: GraphStore, add: Sequence[Extraction], remove: Iterable[str]) -> Change:
    ledger = _ledger(store)
    content = _content(store)
    orphans = [g for g in content if str(g).startswith(_ARTICLE)
               and str(g)[len(_ARTICLE):] not in ledger]
    if orphans:
        raise StoreError(f"{store.location}: {len(orphans)} articles were stored without their "
                         "extraction results (by an older kg); delete the store and build again")
    change = Change()
    deletes: list[Quad] = []
    inserts: list[Quad] = []
    for article_id in dict.fromkeys(remove):
        if article_id in ledger:
            deletes.append(ledger.pop(article_id)[0])
            change.removed.append(article_id)
    extractions = {aid: x for aid, (_, x) in ledger.items()}
    for extraction in add:
        if extraction.article.id not in extractions:
            extractions[extraction.article.id] = extraction
            inserts.append(ledger_quad(extraction))
            change.added.append(extraction.article.id)
    if not change.added and not change.removed:
        return change
    kg = resolve([extractions[aid] for aid in sorted(extractions)]) if extractions else None
    wanted: dict[URIRef, set[Triple]] = defaultdict(set)
    if kg is not None:
        moved = successors(kg, _previous_keys(content))
        quads = chain(graph_quads(kg), redirect_quads(kg, _redirects(content), moved))
        for s, p, o, g in quads:
            wanted[g].add((s, p, o))
    for graph in sorted(content.keys() | wanted.keys()):
        have, want = content.get(graph, set()), wanted.get(graph, set())
        deletes.extend((*t, graph) for t in have - want)  # type: ignore[misc]
        inserts.extend((*t, graph) for t in want - have)  # type: ignore[misc]
    change.quads_deleted, change.quads_inserted = len(deletes), len(inserts)
    store.load_ontology()
    store.apply(deletes, inserts)
    return change


def add_extractions(store: GraphStore, extractions: Sequence[Extraction]) -> Change:
    """Merge new articles' extractions into the store, in one transaction.

    Articles already in the store are skipped; the rest merge into the
    existing entities (see module docs).
    """
    return _sync(store, extractions, ())


def remove_articles(store: GraphStore, article_ids: Iterable[str]) -> Change:
    """Remove articles and exactly what no other article supports, in one transaction."""
    ids = list(article_ids)
    known = stored_articles(store)
    missing = [a for a in ids if a not in known]
    if missing:
        raise StoreError(f"{store.location}: no article {missing[0]!r} in the store; "
                         "`kg query --store STORE \"SELECT ?a { ?a a kg:Article }\"` lists them")
    return _sync(store, (), ids)
