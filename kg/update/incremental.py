"""Add and remove articles in a store without rebuilding it.

Design
------
Entity resolution is global: whether "Zelensky" joins "Volodymyr Zelensky"
depends on every article that names a Zelensky. So a change resolves again
every name it can reach (see :mod:`kg.resolve.incremental`), and writes only
what that changes:

1. **Extraction is the expensive step, and it happens once per article.** What
   the extractors found is kept in the store's extractions graph
   (:mod:`kg.update.ledger`). An article already there (same content, hence
   same id) is skipped before any NLP runs.
2. **Resolution reads counts, not mentions.** The resolver decides per name
   (see :mod:`kg.resolve.resolver`) on counts summed over the name's
   mentions: its :class:`~kg.resolve.resolver.NameIndex`, which the store
   keeps beside the extractions (per name, pages of articles' rows: a change
   rewrites the pages its articles are on) and a build keeps in
   memory across its commits, with its resolution. A change counts its
   articles in (or out), resolves again the names linked to those it counted
   (the same entities as resolving the whole index, for a fraction of the
   work), and compares those names' entities (key and type) with the ones
   before: only the stored articles naming an entity that changed have their
   extraction read. The counts are integers, so the index
   is the same whatever order articles came and went in, and so is the result.
3. **Entity IRIs do not depend on arrival order.** They are the resolver's
   keys over the whole store (``person/dmitry-peskov``), so adding articles
   one at a time gives the same graph as adding them at once, and a new
   article's entities merge into the existing nodes. A node whose IRI must
   change (a later article gives "Putin" his full name) is matched to its
   successor by the article/name pairs they share (a mention named ``n`` in
   article ``a`` belonged to the node that ``a``'s graph mentions and the
   entities graph names ``n``), and
   the old IRI is kept in the redirects graph as ``dcterms:isReplacedBy`` the
   new one, so links to it still resolve (``kg explain`` follows them). The
   redirects are the store's history, the one part that depends on order.
4. **Only what changed is read and written.** An article graph is a function
   of the article's extraction and of what its mentions resolved to (entity
   keys). A fingerprint of the latter is kept beside the ledger entry; only
   graphs whose fingerprint changed — the new article's, and those of
   articles naming an entity whose IRI or type changed — are generated, read and
   compared. Each fact is written once, outside the article graphs: an
   entity's type and names (the resolver's, summed over every article) in
   the entities graph, rewritten for the entities whose description the
   change alters, and an extractor's there too while some article uses it;
   an asserted relation in the corroboration graph, where only the facts
   that the changed graphs' assertions touch are counted again: from each
   fact's tally of its support (:mod:`kg.update.support`), less the graphs
   replaced or removed (as stored), plus the graphs written now.
   The removed and added quads, ledger entries, fingerprints and index
   entries go into one SPARQL update, which Oxigraph applies as a single
   transaction. A process killed at any moment leaves each article fully in
   or fully out, and re-running finishes the job. Re-adding an article
   changes nothing; removing one removes exactly what no other article
   supports.

The cost of a change follows what it changes: the names it reaches, the
articles naming an entity that changed (see ``bench/scale.py``). A process's
first change reads the name index and resolves it whole (about half a second
at 10,000 articles, five at 100,000); a build's later commits, which keep the
ledger, do not. A store written before the index
existed, or by a resolver that decides differently (``RESOLUTION``), has its
index made again from every extraction, and its next change checks every
article graph.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast
from urllib.parse import unquote

from rdflib import DCTERMS, RDF, RDFS, SKOS, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.model import Entity, Extraction, KnowledgeGraph, Mention
from kg.resolve.incremental import Difference
from kg.resolve.resolver import NameIndex, Part, Resolution
from kg.store.base import Store
from kg.store.rdf import (
    ArticleIndex,
    Quad,
    article_iri,
    article_quads,
    asserted_facts,
    entity_iri,
    entity_quads,
    extractor_iri,
    extractor_quads,
    extractors,
    fingerprints,
    supports,
)
from kg.update.ledger import Ledger, index_quads, index_subjects, ledger_quad, revision_quad
from kg.update.support import corroboration_change
from kg.vocab import (
    ENTITIES_GRAPH,
    EXTRACTIONS_GRAPH,
    KG,
    PROV,
    REDIRECTS_GRAPH,
    RES,
)

__all__ = [
    "Change", "add_extractions", "remove_articles", "stored_articles", "successors",
    "redirect_quads",
]

_ARTICLE = f"{RES}article/"
Triple = tuple[Node, Node, Node]
Fact = tuple[URIRef, URIRef, URIRef]
_ASSERTED = Literal("asserted")


@dataclass
class Change:
    """What one update did to the store, and what it read to find out.

    Attributes:
        articles_read: Stored articles whose extraction was read (their entities changed).
        graphs_rewritten: Stored article graphs read and written again (their
            fingerprint changed).
        assertions_read: Stored assertions read to count the support of the facts
            the change touched.
    """

    added: list[str] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)
    quads_deleted: int = 0
    quads_inserted: int = 0
    articles_read: int = 0
    graphs_rewritten: int = 0
    assertions_read: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.quads_deleted or self.quads_inserted)


_LIST_ARTICLES = '`kg query --store STORE "SELECT ?a { ?a a kg:Article }"`'


def stored_articles(store: Store) -> set[str]:
    """Ids of the articles the store holds."""
    return {node[len(_ARTICLE):] for node, _ in store.values(KG.extraction, EXTRACTIONS_GRAPH)}


def _key(node: Node) -> str:
    return str(node)[len(str(RES)):]


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


def _previous_keys(before: dict[str, set[Triple]], names: set[Triple],
                   gone: set[str]) -> dict[tuple[str, str], str]:
    """(article id, name) → key, for the entities in ``gone`` that the article graphs
    mentioned, by each name the entities graph gave them (``names``, as read)."""
    named: dict[str, set[str]] = defaultdict(set)
    for s, p, name in names:
        if p in (RDFS.label, SKOS.altLabel) and _key(s) in gone:
            named[_key(s)].add(str(name))
    # Sorted, so that a name two such entities shared in one article goes the same way.
    return {(article_id, name): key
            for article_id, triples in sorted(before.items())
            for key in sorted(_key(o) for _, p, o in triples if p == KG.mentions)
            if key in named
            for name in sorted(named[key])}


def _redirects(triples: set[Triple]) -> dict[str, str]:
    return {_key(s): _key(o) for s, p, o in triples if p == DCTERMS.isReplacedBy}


def _stored_redirects(store: Store, old: Resolution, new: Resolution, moved: dict[str, str],
                      everything: bool) -> set[Triple]:
    """The stored redirects a change can alter (with ``everything``, all of them).

    Each stored redirect leads from a key that was no entity to one that was (see
    :func:`redirect_quads`), so only those from a key that is an entity now or moves
    now, and those to a key that is no entity now, can change: looked up by these
    keys, a change reads what it touches, not the store's whole history.
    """
    if everything:
        return store.graph_triples(REDIRECTS_GRAPH)
    gone = old.entities.keys() - new.entities.keys()
    sources = (new.entities.keys() - old.entities.keys()) | moved.keys()
    return (store.triples_about(map(entity_iri, sorted(sources)), REDIRECTS_GRAPH)
            | store.triples_naming(map(entity_iri, sorted(gone | moved.keys())), REDIRECTS_GRAPH))


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


def _stored_facts(graphs: Iterable[set[Triple]]) -> set[Fact]:
    """The facts (s, p, o) the assertions in these article graphs (as read) state."""
    facts: set[Fact] = set()
    for triples in graphs:
        parts: dict[Node, dict[Node, Node]] = defaultdict(dict)
        for s, p, o in triples:
            if p in (RDF.subject, RDF.predicate, RDF.object, KG.status):
                parts[s][p] = o
        facts.update((d[RDF.subject], d[RDF.predicate], d[RDF.object])  # type: ignore[misc]
                     for d in parts.values() if d.get(KG.status) == _ASSERTED and len(d) == 4)
    return facts


def _affected(old: Resolution, new: Resolution, index: NameIndex,
              difference: Difference) -> set[str]:
    """Articles with a mention whose entity (key or type) is not what it was.

    A type decides which relations fit an entity; its label and names are said in the
    entities graph only. A part resolved as a whole in one resolution and article by
    article in the other ("Kellerman" once a second Kellerman is named) is compared
    article by article: only the articles whose mention of it now names another
    entity count, not every article that names it.
    """
    def entity(resolution: Resolution, part: Hashable) -> tuple[str, str] | None:
        key = resolution.entity_of.get(part)
        if key is None:
            return None
        return key, resolution.entities[key].type

    def either(resolution: Resolution, named: Part, article: str) -> tuple[str, str] | None:
        # As Resolution.key_of reads it: the whole part's entity, else the article's.
        return entity(resolution, (named, "")) or entity(resolution, (named, article))

    articles: set[str] = set()
    whole: set[Part] = set()  # parts resolved as a whole before or after, whose entity changed
    # A key starts with its type ("person/…"), so equal keys are equal entities: the parts
    # whose entity changed are those whose key differs (only those the change resolved
    # again can).
    for part in {p for p in difference.parts if old.entity_of.get(p) != new.entity_of.get(p)}:
        if isinstance(part, Mention):
            articles.add(part.article)
            continue
        named, article = cast(tuple[Part, str], part)
        if article and (named, "") not in old.entity_of and (named, "") not in new.entity_of:
            articles.add(article)
        else:
            whole.add(named)
    for named in whole:
        rows = index.rows.get(named, {})
        if (named, "") in old.entity_of and (named, "") in new.entity_of:
            articles.update(rows)
        else:
            articles.update(a for a in rows if either(old, named, a) != either(new, named, a))
    return articles


def _description(entity: Entity | None) -> tuple[str, str, tuple[str, ...]] | None:
    return None if entity is None else (entity.type, entity.label, entity.alt_labels)


def _used_elsewhere(store: Store, extractor: URIRef, skip: set[str]) -> bool:
    """Whether an article graph other than those in ``skip`` cites ``extractor``."""
    return any(not graph.startswith(_ARTICLE) or graph[len(_ARTICLE):] not in skip
               for graph in store.graphs_stating(PROV.wasAttributedTo, extractor))


def _descriptions(store: Store, r: _Resolved, written: set[str],
                  before: dict[str, set[Triple]], skip: set[str],
                  everything: bool) -> tuple[set[Triple], set[Triple]]:
    """The entities graph's triples that the change can alter, as stored and as they become.

    Those of the entities whose description (type, label, names) differs between the
    resolutions, and of the extractors the graphs written or replaced now cite: one
    stays described while any article graph cites it. With ``everything``, the whole
    graph (``kg`` then holds every article that stays).
    """
    old, new, kg = r.old, r.new, r.kg
    if everything or r.difference is None:  # (None: every article was read)
        have = store.graph_triples(ENTITIES_GRAPH)
        keys = set(new.entities)
        names = extractors(kg)
        in_use = names
    else:
        keys = {k for k in r.difference.entities
                if _description(old.entities.get(k)) != _description(new.entities.get(k))}
        cited = {unquote(str(o)[len(str(extractor_iri(""))):]) for triples in before.values()
                 for _, p, o in triples if p == PROV.wasAttributedTo}
        in_use = extractors(kg, written)
        names = cited | in_use
        in_use |= {x for x in cited - in_use if _used_elsewhere(store, extractor_iri(x), skip)}
        have = store.triples_about([*map(entity_iri, sorted(keys)),
                                    *map(extractor_iri, sorted(names))], ENTITIES_GRAPH)
    want = {(s, p, o) for key in sorted(keys & new.entities.keys())
            for s, p, o, _ in entity_quads(new.entities[key])}
    want |= {(s, p, o) for name in in_use for s, p, o, _ in extractor_quads(name)}
    return have, want


def _sync(store: Store, add: Sequence[Extraction], remove: Iterable[str],
          ledger: Ledger | None, background: bool = False, revision: str | None = None) -> Change:
    """Count → resolve → diff → write: the one way the store changes."""
    ledger = ledger if ledger is not None else Ledger.read(store)
    removing = [a for a in dict.fromkeys(remove) if a in ledger.fingerprints]
    adding = {x.article.id: x for x in add if x.article.id not in ledger.fingerprints}
    if not adding and not removing:
        return Change()  # nothing new
    old = ledger.resolution
    _count(store, ledger, adding, removing)
    resolved = _resolve(store, ledger, old, adding, removing)
    deletes, inserts, assertions_read = _diff(store, ledger, resolved, adding, removing)
    if revision is not None:
        inserts.extend(revision_quad(a, revision) for a in adding)
    change = Change(list(adding), removing, articles_read=len(resolved.extractions) - len(adding),
                    graphs_rewritten=len([a for a in resolved.changed if a not in adding]),
                    assertions_read=assertions_read)
    _write(store, ledger, resolved, adding, removing, deletes, inserts, change, background)
    if revision is not None:
        ledger.revisions.update(dict.fromkeys(adding, revision))
    return change


def _count(store: Store, ledger: Ledger, adding: dict[str, Extraction],
           removing: list[str]) -> None:
    """Count the removed articles out of the name index, and the new ones in."""
    for x in ledger.extractions(store, removing).values():
        ledger.count_out(x)
    for x in adding.values():
        ledger.count_in(x)


@dataclass
class _Resolved:
    """A change resolved: the graph of the articles it can alter, and which of them it does."""

    old: Resolution
    new: Resolution
    #: Where ``new`` may differ from ``old`` (None: anywhere).
    difference: Difference | None
    #: The new articles, and the stored ones naming an entity whose key or type changed.
    extractions: dict[str, Extraction]
    kg: KnowledgeGraph
    index: ArticleIndex
    prints: dict[str, str]
    #: Articles whose graph is not what the store holds (by fingerprint), new ones included.
    changed: list[str]


def _resolve(store: Store, ledger: Ledger, old: Resolution, adding: dict[str, Extraction],
             removing: list[str]) -> _Resolved:
    """Resolve the counted index again; read the stored articles whose entities that changes."""
    difference = ledger.resolve()
    new = ledger.resolution
    # Only articles naming an entity whose key or type changed are read.
    affected = sorted((set(ledger.fingerprints) if ledger.rebuilt or difference is None else
                       _affected(old, new, ledger.index, difference))
                      - adding.keys() - set(removing))
    extractions = {**ledger.extractions(store, affected), **adding}
    kg = new.graph([extractions[a] for a in sorted(extractions)])
    index = ArticleIndex.of(kg)
    prints = fingerprints(kg, index)
    # An unchanged fingerprint means an unchanged graph.
    changed = [a for a in sorted(extractions) if prints[a] != ledger.fingerprints.get(a)]
    return _Resolved(old, new, difference, extractions, kg, index, prints, changed)


def _diff(store: Store, ledger: Ledger, r: _Resolved, adding: dict[str, Extraction],
          removing: list[str]) -> tuple[list[Quad], list[Quad], int]:
    """The quads to delete and insert (but the new articles' graphs): in the changed article
    graphs, the entities, redirects and corroboration graphs, and the ledger; and how many
    stored assertions were read to count the facts' support."""
    kg, changed = r.kg, r.changed
    # A stored graph that changed is read and compared; a new article's graph is only written.
    before = {a: store.graph_triples(article_iri(a))
              for a in [*removing, *changed] if a not in adding}
    after = {a: {(s, p, o) for s, p, o, _ in article_quads(r.extractions[a].article, kg, r.index)}
             for a in changed if a not in adding}
    deletes: list[Quad] = []
    inserts: list[Quad] = []

    def diff(graph: URIRef, have: set[Triple], want: set[Triple]) -> None:
        deletes.extend((s, p, o, graph) for s, p, o in have - want)
        inserts.extend((s, p, o, graph) for s, p, o in want - have)

    for article_id, have in before.items():
        diff(article_iri(article_id), have, after.get(article_id, set()))
    # Every key that disappeared was named in a graph that changed.
    current = set(r.new.entities)
    gone = {_key(o) for triples in before.values() for _, p, o in triples
            if p == KG.mentions} - current
    have, want = _descriptions(store, r, set(changed) | adding.keys(), before,
                               set(changed) | set(removing), ledger.rebuilt)
    moved = successors(kg, _previous_keys(before, have, gone))
    diff(ENTITIES_GRAPH, have, want)
    redirects = _stored_redirects(store, r.old, r.new, moved,
                                  ledger.rebuilt or r.difference is None)
    diff(REDIRECTS_GRAPH, redirects,
         {(s, p, o) for s, p, o, _ in redirect_quads(kg, _redirects(redirects), moved)})
    # Only the facts stated in a changed graph, before or after, can have changed; the
    # other articles' support of them is in their tallies (see kg.update.support).
    touched = _stored_facts(before.values()) | asserted_facts(kg, r.index, changed)
    facts = corroboration_change(store, touched, list(supports(kg, touched)), before,
                                 set(changed), skip=r.extractions.keys() | set(removing))
    deletes.extend(facts.deletes)
    inserts.extend(facts.inserts)
    for article_id in adding:
        inserts.append(ledger_quad(adding[article_id]))
    for article_id in changed:
        node = article_iri(article_id)
        if article_id in ledger.fingerprints:
            old_print = Literal(ledger.fingerprints[article_id])
            deletes.append((node, KG.graphDigest, old_print, EXTRACTIONS_GRAPH))
        inserts.append((node, KG.graphDigest, Literal(r.prints[article_id]), EXTRACTIONS_GRAPH))
    inserts.extend(index_quads(ledger.index, ledger.pages, ledger.unsaved))
    return deletes, inserts, facts.assertions_read


def _write(store: Store, ledger: Ledger, r: _Resolved, adding: dict[str, Extraction],
           removing: list[str], deletes: list[Quad], inserts: list[Quad], change: Change,
           background: bool) -> None:
    """Write the change in one commit with the new articles' graphs; the ledger follows."""

    def new_graphs() -> Iterator[Quad]:
        """The new articles' graphs, generated as they are written (not held in memory)."""
        for article_id in sorted(adding):
            quads = dict.fromkeys(article_quads(adding[article_id].article, r.kg, r.index))
            change.quads_inserted += len(quads)
            yield from quads

    change.quads_deleted, change.quads_inserted = len(deletes), len(inserts)
    store.load_ontology()
    store.apply(deletes, itertools.chain(inserts, new_graphs()),
                forget=[*((article_iri(a), EXTRACTIONS_GRAPH) for a in removing),
                        *((node, EXTRACTIONS_GRAPH) for node in ledger.stale),
                        *index_subjects(ledger.unsaved)],
                background=background)
    # The store has it all now (or will once a background write ends); the ledger follows.
    for article_id in removing:
        ledger.fingerprints.pop(article_id, None)
        ledger.revisions.pop(article_id, None)
    ledger.fingerprints.update((a, r.prints[a]) for a in r.changed)
    ledger.unsaved, ledger.stale, ledger.rebuilt = set(), [], False


def add_extractions(store: Store, extractions: Sequence[Extraction],
                    ledger: Ledger | None = None, *, background: bool = False,
                    revision: str | None = None) -> Change:
    """Merge new articles' extractions into the store, in one transaction.

    Articles already in the store are skipped; the rest merge into the
    existing entities (see module docs).

    Args:
        ledger: The store's ledger, when the caller keeps it across commits
            (it is updated); read from the store otherwise.
        background: Let Oxigraph write on a second thread while the caller
            goes on (see :meth:`kg.store.store.GraphStore.apply`); the store's next use waits.
        revision: What extracted them (:func:`kg.extract.revision.extraction_revision`),
            kept with each article so that a later build knows to extract it again
            once that changes.
    """
    return _sync(store, extractions, (), ledger, background, revision)


def remove_articles(store: Store, article_ids: Iterable[str]) -> Change:
    """Remove articles and exactly what no other article supports, in one transaction."""
    ids = list(article_ids)
    ledger = Ledger.read(store)
    missing = [a for a in ids if a not in ledger.fingerprints]
    if missing:
        raise StoreError(f"{store.location}: no article {missing[0]!r} in the store; "
                         f"{_LIST_ARTICLES} lists them")
    return _sync(store, (), ids, ledger)
