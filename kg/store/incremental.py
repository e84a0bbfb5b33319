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
4. **Only what changed is read and written.** Each article graph's digest
   (a hash of its triples) is kept beside its ledger entry; a graph whose new
   digest matches is left alone, and only the others — the new article's, and
   those of articles naming an entity whose label or IRI changed — are read
   and compared, with the corroboration and redirects graphs. The removed and
   added quads, ledger entries and digests go into one SPARQL update, which
   Oxigraph applies as a single transaction. A process killed at any moment
   leaves each article fully in or fully out, and re-running finishes the
   job. Re-adding an article changes nothing (and reads nothing but the
   list of stored articles); removing one removes exactly what no other
   article supports.

The cost of a change is one resolution over every stored extraction and one
pass generating the graph in memory: small next to NLP at the scale of one
laptop (see ``bench/incremental.py``); reads and writes follow what changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rdflib import DCTERMS, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.model import Extraction, KnowledgeGraph, Mention
from kg.resolve import resolve
from kg.store.ledger import decode, ledger_quad
from kg.store.ontology import CORROBORATION_GRAPH, EXTRACTIONS_GRAPH, KG, REDIRECTS_GRAPH, RES
from kg.store.rdf import Quad, article_iri, graph_quads
from kg.store.store import GraphStore, n3_values

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


_LIST_ARTICLES = '`kg query --store STORE "SELECT ?a { ?a a kg:Article }"`'

_LEDGER = f"""
SELECT ?a ?x ?d WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> {{
  ?a <{KG.extraction}> ?x . OPTIONAL {{ ?a <{KG.graphDigest}> ?d }} }} }}"""


@dataclass
class _Entry:
    """One article's ledger entry: its extraction and the digest of its graph."""

    quads: list[Quad]
    extraction: Extraction
    digest: str | None


def _ledger(store: GraphStore) -> dict[str, _Entry]:
    entries = {}
    for node, text, digest in store.rows(_LEDGER):
        extraction = decode(str(text))
        quads: list[Quad] = [(node, KG.extraction, text, EXTRACTIONS_GRAPH)]
        if digest is not None:
            quads.append((node, KG.graphDigest, digest, EXTRACTIONS_GRAPH))
        entries[extraction.article.id] = _Entry(quads, extraction,
                                                None if digest is None else str(digest))
    return entries


def stored_articles(store: GraphStore) -> set[str]:
    """Ids of the articles the store holds."""
    rows = store.rows(f"SELECT ?a WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> "
                      f"{{ ?a <{KG.extraction}> ?x }} }}")
    return {str(row[0])[len(_ARTICLE):] for row in rows}


def _article_graphs(store: GraphStore) -> set[str]:
    rows = store.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kg:Article } }", prefixes=True)
    return {str(row[0])[len(_ARTICLE):] for row in rows}


def _digest(triples: Iterable[Triple]) -> str:
    lines = sorted(" ".join(t.n3() for t in triple) for triple in triples)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _previous_keys(store: GraphStore, gone: set[str]) -> dict[tuple[str, str], str]:
    """(article id, name) → key, for the entities in ``gone``, read from the article graphs."""
    if not gone:
        return {}
    rows = store.rows(f"""SELECT DISTINCT ?g ?e ?n WHERE {{
        VALUES ?e {{ {n3_values(RES[key] for key in sorted(gone))} }}
        GRAPH ?g {{ ?g kg:mentions ?e . ?e rdfs:label|skos:altLabel ?n }} }}""", prefixes=True)
    return {(str(g)[len(_ARTICLE):], str(n)): str(e)[len(str(RES)):]
            for g, e, n in rows}


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


def _redirects(triples: set[Triple]) -> dict[str, str]:
    return {str(s)[len(str(RES)):]: str(o)[len(str(RES)):]
            for s, p, o in triples if p == DCTERMS.isReplacedBy}


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
    change = Change()
    known = stored_articles(store)
    removing = [a for a in dict.fromkeys(remove) if a in known]
    adding = {x.article.id: x for x in add if x.article.id not in known}
    if not adding and not removing:
        return change  # nothing new: not even the ledger needs reading
    ledger = _ledger(store)
    orphans = _article_graphs(store) - ledger.keys()
    if orphans:
        raise StoreError(f"{store.location}: {len(orphans)} articles were stored without their "
                         "extraction results (by an older kg); delete the store and build again")
    deletes: list[Quad] = []
    inserts: list[Quad] = []
    for article_id in removing:
        deletes += ledger.pop(article_id).quads
        change.removed.append(article_id)
    extractions = {aid: entry.extraction for aid, entry in ledger.items()}
    for article_id, extraction in adding.items():
        extractions[article_id] = extraction
        inserts.append(ledger_quad(extraction))
        change.added.append(article_id)
    kg = resolve([extractions[aid] for aid in sorted(extractions)])
    wanted: dict[URIRef, set[Triple]] = defaultdict(set)
    for s, p, o, g in graph_quads(kg):
        wanted[g].add((s, p, o))
    redirects = store.graph_triples(REDIRECTS_GRAPH)
    old_keys = {str(row[0])[len(str(RES)):] for row in store.rows(
        "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?g kg:mentions ?e } }", prefixes=True)}
    moved = successors(kg, _previous_keys(store, old_keys - {e.key for e in kg.entities}))
    for s, p, o, g in redirect_quads(kg, _redirects(redirects), moved):
        wanted[g].add((s, p, o))

    def diff(graph: URIRef, have: set[Triple]) -> None:
        want = wanted.get(graph, set())
        deletes.extend((s, p, o, graph) for s, p, o in have - want)
        inserts.extend((s, p, o, graph) for s, p, o in want - have)

    diff(REDIRECTS_GRAPH, redirects)
    diff(CORROBORATION_GRAPH, store.graph_triples(CORROBORATION_GRAPH))
    for article_id in sorted(extractions.keys() | set(removing)):
        graph = article_iri(article_id)
        entry = ledger.get(article_id)
        digest = _digest(wanted[graph]) if article_id in extractions else None
        # An unchanged digest means an unchanged graph: most graphs are never read.
        if entry is not None and digest == entry.digest:
            continue
        diff(graph, set() if article_id in adding else store.graph_triples(graph))
        if entry is not None and entry.digest is not None:
            deletes.append(entry.quads[1])
        if digest is not None:
            inserts.append((graph, KG.graphDigest, Literal(digest), EXTRACTIONS_GRAPH))
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
                         f"{_LIST_ARTICLES} lists them")
    return _sync(store, (), ids)
