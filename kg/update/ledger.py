"""The extraction ledger: each article's extraction results, kept inside the store.

The store keeps what the extractors found in each article — as one JSON
literal per article in the extractions graph — so it never has to read or
parse an article twice; and, beside it, the name index that resolution reads
(JSON literals per name, each a page of up to :data:`PAGE_ROWS` articles' rows,
see :class:`~kg.resolve.resolver.NameIndex`) and
the fingerprint of each article's graph (``kg:graphDigest``), which tells
whether the graph must be rewritten. Being in the store, all of it is written
in the same transaction as the article graphs: they cannot disagree. A change
reads the index and the fingerprints, and only the extractions it needs
(see :mod:`kg.update.incremental`)."""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import json
import operator
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rdflib import RDFS, Literal, URIRef

from kg.errors import StoreError
from kg.model import Article, Evidence, Extraction, Mention, Quote, Relation
from kg.resolve.incremental import Difference, Resolver
from kg.resolve.resolver import (
    PLANS,
    RESOLUTION,
    NameIndex,
    Part,
    Resolution,
    Row,
)
from kg.store.rdf import Quad, article_iri
from kg.vocab import ENTITIES_GRAPH, EXTRACTIONS_GRAPH, KG, RES

if TYPE_CHECKING:
    from kg.store.base import Store

__all__ = ["encode", "decode", "ledger_quad", "revision_quad", "index_quads", "index_subjects",
           "FORMAT", "Ledger"]

#: Bumped when the JSON layout changes; entries of every earlier format stay readable.
FORMAT = 2


@functools.cache
def _fields_of(kind: type) -> tuple[tuple[str, ...], Any] | None:
    """A dataclass's field names and a getter of their values (None for other types)."""
    if not dataclasses.is_dataclass(kind):
        return None
    names = tuple(f.name for f in dataclasses.fields(kind))
    get = operator.attrgetter(*names)
    return names, (get if len(names) > 1 else lambda value: (get(value),))


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is tuple or kind is list:
        return [_plain(v) for v in value]
    fields = _fields_of(kind)
    if fields is None:
        return value
    names, get = fields
    return dict(zip(names, map(_plain, get(value)), strict=True))


# Format 2 writes mentions and evidence as arrays, and a relation's or quote's
# ends as positions in the article's mention list: a store reads every entry
# whenever articles are added, and these entries are half the size of one
# object per field and decode about twice as fast.

def _mention_row(m: Mention, article: str) -> list[Any]:
    row = [m.start, m.end, m.text, m.type, None if m.name == m.text else m.name,
           None if m.votes == ((m.type, 1.0),) else [list(v) for v in m.votes], m.confirmed]
    return row if m.article == article else [*row, m.article]


def _evidence_row(e: Evidence, article: str) -> list[Any]:
    row = [e.sentence, e.start, e.end, e.extractor, e.confidence]
    return row if e.article == article else [*row, e.article]


def encode(extraction: Extraction) -> str:
    """One extraction as compact, deterministic JSON."""
    article = extraction.article.id
    position = {m: i for i, m in reversed(list(enumerate(extraction.mentions)))}

    def ref(m: Mention | None) -> Any:
        return None if m is None else position.get(m, _mention_row(m, article))

    return json.dumps({
        "format": FORMAT,
        "article": _plain(extraction.article),
        "mentions": [_mention_row(m, article) for m in extraction.mentions],
        "relations": [[ref(r.subject), r.predicate, ref(r.object),
                       _evidence_row(r.evidence, article), r.status]
                      for r in extraction.relations],
        "quotes": [[q.text, ref(q.speaker), _evidence_row(q.evidence, article), q.start, q.end]
                   for q in extraction.quotes],
    }, ensure_ascii=False, separators=(",", ":"))


def _same(value: Any) -> Any:
    return value


def _mention(row: list[Any], article: str, once: Any = _same) -> Mention:
    """The mention :func:`_mention_row` wrote for ``article``."""
    start, end, text, kind, name, votes, confirmed, *other = row
    text = once(text)
    return Mention(once(other[0]) if other else article, start, end, text, once(kind),
                   text if name is None else once(name),
                   once(((kind, 1.0),) if votes is None else
                        tuple(once((t, float(v))) for t, v in votes)),
                   confirmed)


def _decode_v2(data: dict[str, Any], article: Article, once: Any) -> Extraction:
    aid = article.id

    def mention(row: list[Any]) -> Mention:
        return _mention(row, aid, once)

    def evidence(row: list[Any]) -> Evidence:
        sentence, start, end, extractor, confidence, *other = row
        return Evidence(once(other[0]) if other else aid, sentence, start, end,
                        once(extractor), confidence)

    mentions = tuple(map(mention, data["mentions"]))

    def ref(value: Any) -> Mention | None:
        return (None if value is None else mentions[value] if type(value) is int
                else mention(value))

    return Extraction(
        article, mentions,
        tuple(Relation(ref(s), once(p), ref(o), evidence(e), once(status))  # type: ignore[arg-type]
              for s, p, o, e, status in data["relations"]),
        tuple(_quote(text, ref(speaker), evidence(e), *span)
              for text, speaker, e, *span in data["quotes"]),
    )


def _quote(text: str, speaker: Mention | None, evidence: Evidence, *span: int) -> Quote:
    # Entries written before quotes kept their own offsets: the evidence's stood for them.
    start, end = span or (evidence.start, evidence.end)
    return Quote(text, speaker, evidence, start, end)


def _mention_v1(data: dict[str, Any], once: Any) -> Mention:
    data = dict(data)
    data["votes"] = once(tuple(once((t, float(v))) for t, v in data.get("votes", ())))
    data["article"] = once(data["article"])
    data["type"] = once(data["type"])
    if data.get("name") == data["text"]:
        data["name"] = data["text"]
    # a relation's or quote's ends are the article's mentions again: one object each
    return once(Mention(**data))  # type: ignore[no-any-return]


def _evidence_v1(data: dict[str, Any], once: Any) -> Evidence:
    return Evidence(**{**data, "article": once(data["article"]),
                       "extractor": once(data["extractor"])})


def _decode_v1(data: dict[str, Any], article: Article, once: Any) -> Extraction:
    relations = tuple(
        Relation(**{**r, "subject": _mention_v1(r["subject"], once),
                    "object": _mention_v1(r["object"], once),
                    "evidence": _evidence_v1(r["evidence"], once)})
        for r in data["relations"]
    )
    quotes = tuple(
        _quote(q["text"], _mention_v1(q["speaker"], once) if q["speaker"] else None,
               _evidence_v1(q["evidence"], once), *(q[k] for k in ("start", "end") if k in q))
        for q in data["quotes"]
    )
    mentions = tuple(_mention_v1(m, once) for m in data["mentions"])
    return Extraction(article, mentions, relations, quotes)


_DECODERS = {1: _decode_v1, 2: _decode_v2}


def decode(text: str, shared: dict[Any, Any] | None = None) -> Extraction:
    """The extraction :func:`encode` (of this or an earlier version) wrote.

    Args:
        shared: Values already decoded, to reuse: a store holds millions of
            mentions repeating a few article ids, types and vote patterns, and
            each distinct value is then kept once in memory.

    Raises:
        StoreError: the entry is not a ledger entry this version can read.
    """
    table = shared if shared is not None else {}

    def once(value: Any) -> Any:
        return table.setdefault(value, value)

    try:
        data = json.loads(text)
        decoder = _DECODERS.get(data.pop("format", None))
        if decoder is None:
            raise ValueError("unknown ledger format")
        article = Article(**{**data["article"],
                             "offsets": tuple(tuple(p) for p in data["article"]["offsets"])})
        return decoder(data, article, once)
    except (ValueError, KeyError, TypeError) as err:
        raise StoreError(f"a stored extraction cannot be read ({err}); the store was written by "
                         "another version of kg: delete it and build again") from None


def ledger_quad(extraction: Extraction) -> Quad:
    """The quad that keeps ``extraction`` in the extractions graph."""
    node: URIRef = article_iri(extraction.article.id)
    return node, KG.extraction, Literal(encode(extraction)), EXTRACTIONS_GRAPH


def revision_quad(article: str, revision: str) -> Quad:
    """The quad that says which rules and model extracted ``article``
    (see :mod:`kg.extract.revision`)."""
    return article_iri(article), KG.extractedWith, Literal(revision), EXTRACTIONS_GRAPH


_ARTICLE = str(article_iri(""))


#: Rows on one page of a name's index entry. A commit rewrites the pages its articles
#: are on (new articles go on the last one), not every row of each name it touches:
#: the rows of the names found in most articles were most of each commit's update
#: once the store held thousands of articles.
PAGE_ROWS = 64

#: Part → its pages, each the ids of the articles whose rows it holds (a page left
#: empty keeps its place: the numbers of the others do not change).
Pages = dict[Part, list[list[str]]]


def _index_iri(part: Part, page: int) -> URIRef:
    name = f"names/{hashlib.sha256(repr(part).encode()).hexdigest()[:16]}"
    return RES[name if page == 0 else f"{name}/{page}"]


def _encode_page(part: Part, page: int, rows: dict[str, Row]) -> str:
    # Most rows of a page are alike ("Putin" once, as a person): each distinct row is
    # written once, and an article names its row by position.
    distinct: dict[Any, int] = {}
    position = {a: distinct.setdefault(tuple(tuple(sorted(c.items())) for c in row),
                                       len(distinct)) for a, row in rows.items()}
    return json.dumps({"kind": part[0], "key": list(part[1]), "page": page,
                       "counts": [[dict(c) for c in row] for row in distinct],
                       "rows": position},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _encode_plans(page: int, plans: dict[str, tuple[Mention, ...]]) -> str:
    return json.dumps({"kind": PLANS[0], "resolution": RESOLUTION, "page": page,
                       "plans": {a: [_mention_row(m, a) for m in ms]
                                 for a, ms in sorted(plans.items())}},
                      ensure_ascii=False, separators=(",", ":"))


def index_quads(index: NameIndex, pages: Pages,
                changed: Iterable[tuple[Part, int]]) -> Iterator[Quad]:
    """The name index's entries for the ``changed`` (part, page) pairs; a page without
    rows has none, but for the first page of the plans, which says the resolver's version."""
    for part, page in sorted(changed):
        articles = pages[part][page]
        if not articles and (part != PLANS or page):
            continue
        if part == PLANS:
            text = _encode_plans(page, {a: index.plans[a] for a in articles})
        else:
            rows = index.rows[part]
            text = _encode_page(part, page, {a: rows[a] for a in articles})
        yield _index_iri(part, page), KG.nameRows, Literal(text), EXTRACTIONS_GRAPH


def index_subjects(changed: Iterable[tuple[Part, int]]) -> list[tuple[URIRef, URIRef]]:
    """(subject, graph) of the name index's entries for ``changed``, to delete them."""
    return [(_index_iri(part, page), EXTRACTIONS_GRAPH) for part, page in changed]


def _decode_index(texts: Iterable[str]) -> tuple[NameIndex, Pages] | None:
    """The name index and its pages, or None if it was written for another version of
    the resolver (or is not there). An entry without a page number (written before
    pages) is the part's first page, whatever its size.

    Raises:
        ValueError, KeyError, TypeError: an entry of another layout.
    """
    index = NameIndex()
    found: dict[Part, dict[int, list[str]]] = {}
    version = None
    for text in texts:
        data = json.loads(text)
        page = data.get("page", 0)
        if data["kind"] == PLANS[0]:
            version = data["resolution"]
            for article, rows in data["plans"].items():
                index.plans[article] = tuple(_mention(row, article) for row in rows)
            found.setdefault(PLANS, {})[page] = list(data["plans"])
            continue
        part = data["kind"], tuple(data["key"])
        if "counts" in data:
            counts = data["counts"]
            rows = {article: counts[i] for article, i in data["rows"].items()}
        else:
            rows = data["rows"]
        index.rows.setdefault(part, {}).update(rows)
        found.setdefault(part, {})[page] = list(rows)
    if version != RESOLUTION:
        return None
    index.count_totals()
    return index, {part: [numbered.get(n, []) for n in range(max(numbered) + 1)]
                   for part, numbered in found.items()}


@dataclasses.dataclass
class Ledger:
    """What a change reads from the extractions graph, kept in memory across commits.

    Attributes:
        fingerprints: Article id → fingerprint of its graph as stored (one per
            stored article).
        revisions: Article id → the revision of the rules and model that extracted
            it (see :mod:`kg.extract.revision`; none for an article stored by a kg
            that did not record it).
        index: The name index: what resolution reads.
        pages: Which articles' rows each page of the index's entries holds.
        unsaved: (part, page) pairs of the index the store does not hold yet.
        rebuilt: The index was rebuilt from the extractions (the store had none,
            or one of another version of the resolver): the next change must
            check every article graph, not only those whose entities it changes.
    """

    fingerprints: dict[str, str] = dataclasses.field(default_factory=dict)
    revisions: dict[str, str] = dataclasses.field(default_factory=dict)
    index: NameIndex = dataclasses.field(default_factory=NameIndex)
    pages: Pages = dataclasses.field(default_factory=lambda: {PLANS: [[]]})
    unsaved: set[tuple[Part, int]] = dataclasses.field(default_factory=set)
    rebuilt: bool = False
    #: Subjects of the entries of an index that was rebuilt, to delete.
    stale: list[URIRef] = dataclasses.field(default_factory=list)
    _resolver: Resolver | None = None
    #: Parts counted in or out since the index was last resolved.
    _changed: set[Part] = dataclasses.field(default_factory=set)

    @property
    def resolution(self) -> Resolution:
        """The entities of the index as last resolved (the first time, resolved whole)."""
        if self._resolver is None:
            self._resolver, self._changed = Resolver(self.index), set()
        return self._resolver.resolution

    def resolve(self) -> Difference | None:
        """Resolve the index again after what was counted in or out since the last time,
        deciding only what that can alter; where the result may differ from the
        resolution before (None: resolved whole, with nothing to compare)."""
        if self._resolver is None:
            self._resolver, self._changed = Resolver(self.index), set()
            return None
        difference = self._resolver.update(self.index, self._changed)
        self._changed = set()
        return difference

    def count_in(self, extraction: Extraction) -> None:
        """Count an article into the index, on the last page of each part it names."""
        article = extraction.article.id
        self.count_out(extraction)  # an article counts once, on one page
        for part in self.index.add(extraction):
            self._changed.add(part)
            pages = self.pages.setdefault(part, [[]])
            if len(pages[-1]) >= PAGE_ROWS:
                pages.append([])
            pages[-1].append(article)
            self.unsaved.add((part, len(pages) - 1))

    def count_out(self, extraction: Extraction) -> None:
        """Count a stored article out of the index, and off the pages that held it."""
        article = extraction.article.id
        for part in self.index.remove(extraction):
            self._changed.add(part)
            for number, page in enumerate(self.pages[part]):
                if article in page:
                    page.remove(article)
                    self.unsaved.add((part, number))

    @classmethod
    def read(cls, store: Store) -> Ledger:
        """The ledger of ``store``.

        A store written before the name index existed has it built from every
        stored extraction (once: the next commit saves it).

        Raises:
            StoreError: an entry cannot be read, or an article graph has no entry.
        """
        ledger = cls()
        for node, digest in store.values(KG.graphDigest, EXTRACTIONS_GRAPH):
            ledger.fingerprints[node[len(_ARTICLE):]] = digest
        for node, revision in store.values(KG.extractedWith, EXTRACTIONS_GRAPH):
            ledger.revisions[node[len(_ARTICLE):]] = revision
        graphs = {node[len(_ARTICLE):] for node, _ in store.values(KG.sourceFile, None)}
        orphans = graphs - ledger.fingerprints.keys()
        if orphans:
            raise StoreError(f"{store.location}: {len(orphans)} articles were stored without "
                             "their extraction results (by an older kg); delete the store and "
                             "build again")
        entries = [(node, text) for node, text in store.values(KG.nameRows, EXTRACTIONS_GRAPH)]
        try:
            read = _decode_index(text for _, text in entries)
        except (ValueError, KeyError, TypeError):
            read = None  # written by another version of kg
        if ledger.fingerprints and next(store.values(RDFS.label, ENTITIES_GRAPH), None) is None:
            # Written before entities were described once (each article graph described
            # its own): the next change checks every article graph, and writes them anew.
            ledger.rebuilt = True
        if not ledger.fingerprints:  # a new store: the first change saves the version
            ledger.unsaved = {(PLANS, 0)}
        elif read is not None:
            ledger.index, ledger.pages = read
        else:  # none yet, or for another resolver: made again, and saved with the next change
            for extraction in ledger.extractions(store, ledger.fingerprints).values():
                ledger.count_in(extraction)
            ledger.unsaved.add((PLANS, 0))  # the version, even without plans
            ledger.stale = [URIRef(node) for node, _ in entries]
            ledger.rebuilt = True
        return ledger

    def extractions(self, store: Store, articles: Iterable[str]) -> dict[str, Extraction]:
        """The stored extractions of ``articles`` (article id → extraction)."""
        # Decoding makes many small acyclic objects: the cycle collector waits until the end.
        collecting = gc.isenabled()
        gc.disable()
        shared: dict[Any, Any] = {}
        try:
            return {x.article.id: x for x in (
                decode(text, shared) for _, text, _ in store.values_of(
                    [article_iri(a) for a in articles], KG.extraction, EXTRACTIONS_GRAPH))}
        finally:
            if collecting:
                gc.enable()
