"""Open, fill, query and export the graph store (Oxigraph behind the rdflib API)."""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import itertools
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.heap import give_back_freed_memory
from kg.model import KnowledgeGraph
from kg.store.rdf import Quad, graph_quads
from kg.vocab import (
    ONTOLOGY_FILE,
    ONTOLOGY_IRI,
    PREFIXES,
    SYSTEM_GRAPHS,
    with_prefixes,
)

__all__ = ["GraphStore", "atomic_file", "atomic_write", "change_stamp", "n3_values"]

_UMASK = os.umask(0)
os.umask(_UMASK)

#: A file in the store folder that each commit replaces (see :func:`change_stamp`).
CHANGE_STAMP = "kg-changed"


def change_stamp(folder: str | os.PathLike[str]) -> tuple[int, ...] | None:
    """What identifies the last commit to the store in ``folder``; ``None`` if there is none.

    A store opened read-only goes on answering from what it saw when it opened:
    a reader that keeps it open compares this before each use and reopens when
    it changed. Two ``stat`` calls: the folder (``kg build`` swaps in a new one)
    and the stamp file, replaced (a new inode) by every commit.
    """
    try:
        here = os.stat(folder)
    except OSError:
        return None
    try:
        stamp = os.stat(Path(folder) / CHANGE_STAMP)
    except OSError:  # a store no commit of this version has touched yet
        return here.st_dev, here.st_ino
    return here.st_dev, here.st_ino, stamp.st_ino, stamp.st_mtime_ns


def _mark_changed(folder: Path) -> None:
    """Replace the store's change stamp: readers holding the store open see they must reopen."""
    fd, tmp = tempfile.mkstemp(prefix=f".{CHANGE_STAMP}.", dir=folder)
    os.close(fd)
    os.replace(tmp, folder / CHANGE_STAMP)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` when the block ends, and never if it fails.

    What is written goes to a temporary file beside ``path``, so a large output
    is streamed to disk rather than held in memory, and a reader sees the old
    file or the whole new one.
    """
    # The rename would put a regular file in place of a device, a pipe or a folder
    # (`-o /dev/null` would replace the null device): refuse anything but a file.
    if path.exists() and not path.is_file():
        raise StoreError(f"{path}: not a regular file; give a file path to write to")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_file(path) as f:
        f.write(data)


class GraphStore:
    """The embedded store (a :class:`~kg.store.base.Store`): Oxigraph, in memory or on disk.

    Args:
        location: ``None`` for an in-memory store; a folder for a persistent
            Oxigraph store.
        create: Create the folder if it does not exist; otherwise a missing
            store is an error.
        read_only: Open an existing folder for reading only, so several
            processes can read it at once.
    """

    def __init__(
        self,
        location: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        read_only: bool = False,
    ):
        self.location = location
        # The write started by ``apply(..., background=True)`` and what it raised, if anything.
        self._writing: threading.Thread | None = None
        self._write_error: BaseException | None = None
        self._unflushed = 0  # characters of updates written since the last flush
        self._read_only = read_only
        if location is not None and not read_only:
            path = Path(location)
            if not path.exists() and not create:
                raise StoreError(
                    f"{path}: no store here; run `kg build ARTICLES -o {path.parent}` first"
                )
        self._dataset: Dataset | None = self._open_dataset()

    def _open_dataset(self) -> Dataset:
        if self._read_only and self.location is not None:
            dataset = _read_only_dataset(Path(self.location))
        else:
            dataset = Dataset(store="Oxigraph", default_union=True)
        # rdflib binds ~30 vocabularies by default; exports should declare only ours.
        dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            dataset.bind(prefix, iri)
        if self.location is not None and not self._read_only:
            path = Path(self.location)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                dataset.open(str(path), create=not path.exists())
            except OSError as err:
                if "lock" in str(err).lower():
                    raise StoreError(
                        f"{path}: the store is in use by another kg process "
                        "(Oxigraph allows one at a time); wait for it to finish, "
                        "then try again"
                    ) from None
                raise StoreError(f"{path}: cannot open the store ({err})") from None
        return dataset

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset over the store, once any write still running has ended."""
        self.wait()
        if self._dataset is None:
            raise StoreError(f"{self.location}: the store is closed")
        return self._dataset

    def close(self) -> None:
        """Release the store (and, on disk, its lock), once a write still running has ended."""
        try:
            self.wait()
        finally:
            if self._dataset is not None:
                self._dataset.close()
                self._dataset = None
            # A result left half-read sits in a reference cycle that holds the
            # Oxigraph store, and its lock, until the cycle collector runs.
            gc.collect()
            if self.location is not None and not self._read_only:
                # RocksDB keeps the info log of each earlier opening (LOG.old.*, up to
                # 1,000 of them); only the current LOG can matter to anyone.
                for old_log in Path(self.location).glob("LOG.old.*"):
                    old_log.unlink(missing_ok=True)

    def __len__(self) -> int:
        """Number of quads."""
        return int(self.rows("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0])

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self.dataset.addN(quads)  # type: ignore[arg-type]
        self._changed()

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (the default graph is the store's own, not the union).

        Raises:
            QueryError: the update is malformed.
        """
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        try:
            # Straight to the store: rdflib's Dataset.update warns of a deprecation.
            self.dataset.store.update(sparql, {}, {}, DATASET_DEFAULT_GRAPH_ID)  # type: ignore[arg-type]
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL Update: {str(err).splitlines()[0]}") from None
        except OSError as err:
            raise StoreError(f"{self.location}: cannot write the store ({err})") from None
        self._changed()

    def _changed(self) -> None:
        if self.location is not None and not self._read_only:
            _mark_changed(Path(self.location))

    def quads(self) -> Iterator[Quad]:
        """Every quad in a named graph, with terms as rdflib creates them.

        Oxigraph answers plain strings typed ``xsd:string``, which rdflib does
        not equate with the untyped literals it builds; they are untyped here,
        so quads read back compare equal to the quads written.
        """
        import pyoxigraph as ox

        # read straight from Oxigraph: rdflib's query-result conversion costs ten times more
        for q in self._oxigraph.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield _term(q.subject), _term(q.predicate), _term(q.object), _term(q.graph_name)

    def graph_triples(self, graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph (plain literals untyped, as in :meth:`quads`)."""
        import pyoxigraph as ox

        found = self._oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
        return {(_term(q.subject), _term(q.predicate), _term(q.object)) for q in found}

    def triples_about(self, subjects: Iterable[URIRef],
                      graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph whose subject is one of ``subjects``."""
        import pyoxigraph as ox

        name = ox.NamedNode(str(graph))
        return {(_term(q.subject), _term(q.predicate), _term(q.object))
                for subject in subjects
                for q in self._oxigraph.quads_for_pattern(ox.NamedNode(str(subject)), None, None,
                                                          name)}

    def triples_naming(self, objects: Iterable[URIRef],
                       graph: URIRef) -> set[tuple[Node, Node, Node]]:
        """The triples of one named graph whose object is one of ``objects``."""
        import pyoxigraph as ox

        name = ox.NamedNode(str(graph))
        return {(_term(q.subject), _term(q.predicate), _term(q.object))
                for obj in objects
                for q in self._oxigraph.quads_for_pattern(None, None, ox.NamedNode(str(obj)), name)}

    def values(self, predicate: URIRef, graph: URIRef | None) -> Iterator[tuple[str, str]]:
        """(subject IRI, object's lexical form) of each ``predicate`` triple in ``graph``
        (``None``: in any graph)."""
        import pyoxigraph as ox

        name = None if graph is None else ox.NamedNode(str(graph))
        for q in self._oxigraph.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, name):
            yield q.subject.value, q.object.value

    def values_of(self, subjects: Iterable[URIRef], predicate: URIRef,
                  graph: URIRef | None = None) -> Iterator[tuple[str, str, str]]:
        """(subject IRI, object's lexical form, graph IRI) of the ``predicate`` triples of
        ``subjects`` in ``graph`` (``None``: in whichever named graphs state them)."""
        import pyoxigraph as ox

        verb = ox.NamedNode(str(predicate))
        name = None if graph is None else ox.NamedNode(str(graph))
        for subject in subjects:
            for q in self._oxigraph.quads_for_pattern(ox.NamedNode(str(subject)), verb, None,
                                                      name):
                if isinstance(q.graph_name, ox.NamedNode):
                    yield q.subject.value, q.object.value, q.graph_name.value

    def graphs_stating(self, predicate: URIRef, obj: URIRef) -> Iterator[str]:
        """The IRI of the named graph of each ``?s predicate obj`` triple, as they are read."""
        import pyoxigraph as ox

        for q in self._oxigraph.quads_for_pattern(None, ox.NamedNode(str(predicate)),
                                                  ox.NamedNode(str(obj)), None):
            if isinstance(q.graph_name, ox.NamedNode):
                yield q.graph_name.value

    def apply(self, delete: Iterable[Quad], insert: Iterable[Quad],
              forget: Iterable[tuple[URIRef, URIRef]] = (), *, background: bool = False) -> None:
        """Delete, then insert, quads in one transaction: all of it is written or nothing.

        Oxigraph runs one SPARQL update as one transaction (``extend`` is atomic
        too, but cannot delete, and measured no faster on disk).

        Args:
            forget: (subject, graph) pairs whose every triple is deleted too.
            background: Return as soon as the update text is made, and let
                Oxigraph parse and write it on a second thread (it releases the
                GIL, so a build parses the next articles meanwhile). Every later
                use of the store, and :meth:`close`, waits for it first and
                raises its error. A store on disk is reopened first, to empty
                its caches (see :meth:`_reopen`): results read from it before
                must be read to the end or dropped.
        """
        text = "".join(f"DELETE WHERE {{ GRAPH {_n3(g)} {{ {_n3(s)} ?p ?o }} }} ;\n"
                       for s, g in forget)
        text += f"DELETE DATA {{ {_data(delete)} }} ;\nINSERT DATA {{ {_data(insert)} }}"
        self.wait()  # for the previous write: they land in order
        if not background:
            self._update(self._oxigraph, text)
            return
        self._reopen()
        self._writing = threading.Thread(target=self._update_behind,
                                         args=(self._oxigraph, text),
                                         name="kg-store-write", daemon=True)
        self._writing.start()

    def _update(self, oxigraph: Any, text: str, *, flush: bool = False) -> None:
        try:
            oxigraph.update(text)
            self._unflushed += len(text)
            if self.location is not None and (flush or self._unflushed > _FLUSH_AFTER):
                oxigraph.flush()
                self._unflushed = 0
            self._changed()
        except OSError as err:
            raise StoreError(f"{self.location}: cannot write the store ({err})") from None

    def _update_behind(self, oxigraph: Any, text: str) -> None:
        try:
            # Flushed here, off the main thread, the store reopens at once (see _reopen).
            self._update(oxigraph, text, flush=True)
        except BaseException as err:
            # Handed to the thread that waits, without the frames that hold the store open.
            err.__context__ = None
            self._write_error = err.with_traceback(None)
        finally:
            # The transaction was freed in this thread's arena, where the build's next
            # batch, parsed on the main thread, cannot reuse it (see kg.heap).
            give_back_freed_memory()

    def _reopen(self) -> None:
        """Close and reopen a store on disk, which empties the engine's block caches.

        Oxigraph gives RocksDB a 128 MB block cache for its string table and a
        32 MB one for the rest, and pyoxigraph has no setting for them. They
        keep what was read, so they grow with the store until full: a full scan
        leaves ~20 MB in them at 1,000 articles, 155 MB at 10,000. A commit's
        reads fill them, and its write then runs beside the next batch's parse,
        the peak of a build: emptied before the write, they hold only what the
        write reads. Reopening takes ~30 ms.
        """
        if self.location is None or self._read_only or self._dataset is None:
            return
        # Updates not flushed yet would be replayed from the log on reopening (a
        # background write flushes itself: nothing to do after one).
        if self._unflushed:
            self._dataset.store._inner.flush()  # type: ignore[attr-defined]
            self._unflushed = 0
        self._dataset.close()
        self._dataset = None
        try:
            self._dataset = self._open_dataset()
        except StoreError:
            # A half-read result in a reference cycle holds the engine, and its lock,
            # until the cycle collector runs.
            gc.collect()
            try:
                self._dataset = self._open_dataset()
            except StoreError:
                raise StoreError(f"{self.location}: cannot reopen the store to write: a "
                                 "result read from it is still open") from None

    def wait(self) -> None:
        """Return once the write started by ``apply(..., background=True)`` is in the store.

        Raises:
            StoreError: Oxigraph could not write (the store holds none of that update);
                any other error of the write is raised as it was.
        """
        if self._writing is not None:
            self._writing.join()
            self._writing = None
        if self._write_error is not None:
            error, self._write_error = self._write_error, None
            raise error

    @property
    def _oxigraph(self) -> Any:
        """The pyoxigraph ``Store`` under rdflib's Dataset (once a running write has ended)."""
        return self.dataset.store._inner  # type: ignore[attr-defined]

    def add(self, kg: KnowledgeGraph) -> None:
        """Add every article's named graph of ``kg``, its facts, and the ontology's own graph.

        This writes a snapshot without extraction records: it can be queried and
        exported, not extended. Stores that take new articles are filled with
        :func:`kg.update.incremental.add_extractions`.
        """
        self.load_ontology()
        self.add_quads(graph_quads(kg))

    def load_ontology(self) -> None:
        """Keep the ontology in the store so queries can read term labels."""
        graph = self.dataset.graph(ONTOLOGY_IRI)
        if len(graph) == 0:
            graph.parse(ONTOLOGY_FILE, format="turtle")
            self._changed()

    def query(
        self, sparql: str, bindings: Mapping[str, Node] | None = None, *, prefixes: bool = False,
        default_graph: str | None = None,
    ) -> Result:
        """Run a SPARQL query over the union of the named graphs.

        Args:
            sparql: The query text; user input belongs in ``bindings``, never in it.
            bindings: Values for variables of the query (Oxigraph substitutes them;
                a SELECT must project every bound variable, or Oxigraph refuses it).
            prefixes: Declare the kg prefixes (``kg:``, ``rdfs:``, …) for the query.
            default_graph: That graph alone is the default graph (the protocol's
                ``default-graph-uri``), not the union.

        Raises:
            QueryError: the query is malformed (the message gives the position).
        """
        if prefixes:
            sparql = with_prefixes(sparql)
        dataset = self.dataset  # outside the try: a failed write is not a malformed query
        if default_graph is not None:
            try:
                return dataset.store.query(sparql, {}, {}, URIRef(default_graph))
            except SyntaxError as err:
                raise _query_error(err) from None
            except ValueError as err:  # Oxigraph refuses the graph's name
                raise QueryError(f"default-graph-uri {default_graph!r} is not an IRI "
                                 f"({err})") from None
        try:
            return dataset.query(sparql, initBindings=dict(bindings or {}))  # type: ignore[arg-type]
        except Exception as err:
            raise _query_error(err) from None

    def rows(
        self, sparql: str, bindings: Mapping[str, Node] | None = None, *, prefixes: bool = False
    ) -> list[tuple[Any, ...]]:
        """The solutions of a SELECT query as tuples (see :meth:`query` for the arguments)."""
        return [tuple(row) for row in self.query(sparql, bindings, prefixes=prefixes)]  # type: ignore[arg-type]

    def strings(self, sparql: str) -> Iterator[tuple[Any, ...]]:
        """The solutions of a SELECT query as the lexical forms of their values (None if unbound).

        Read straight from Oxigraph: converting each value to an rdflib term
        costs ten times more than the query on results of 100,000s of rows.

        Raises:
            QueryError: the query is malformed or fails.
        """
        oxigraph = self._oxigraph
        try:
            # Oxigraph evaluates as the solutions are read: errors can come from either.
            for solution in oxigraph.query(sparql, use_default_graph_as_union=True):
                yield tuple(None if value is None else value.value for value in solution)
        except Exception as err:
            raise _query_error(err) from None

    def records(
        self, sparql: str, bindings: Mapping[str, Node] | None = None, *, prefixes: bool = False
    ) -> list[dict[str, Any]]:
        """The solutions of a SELECT query as dicts of the bound variables."""
        return [row.asdict() for row in self.query(sparql, bindings, prefixes=prefixes)]  # type: ignore[union-attr]

    def union_graph(self) -> Graph:
        """Every triple of every named graph, as one rdflib graph."""
        graph = Graph(bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri)
        for s, p, o, g in self.quads():
            if g not in SYSTEM_GRAPHS:
                graph.add((s, p, o))
        return graph

    def serialize(self, format: str) -> bytes:
        """The store in an rdflib format, as :meth:`write` writes it."""
        buffer = io.BytesIO()
        self.write(buffer, format)
        return buffer.getvalue()

    def write(self, output: BinaryIO, format: str) -> None:
        """Write the store in an rdflib format: ``turtle`` (union) or ``trig``/``nquads``.

        Turtle, TriG and N-Quads are written by Oxigraph itself, which is 20-60
        times faster than rdflib's writers on an Oxigraph-backed dataset, and
        streamed: a store of millions of quads is never held in memory.
        """
        if format in _NATIVE:
            self.write_native({format: output})
            return
        data: Any = self.union_graph().serialize(format=format)
        output.write(data.encode("utf-8") if isinstance(data, str) else data)

    def write_native(self, outputs: Mapping[str, BinaryIO]) -> None:
        """Write the store in several of ``turtle``, ``trig`` and ``nquads`` at once.

        Reading the quads back from disk is most of the cost of writing them
        (each term is a RocksDB lookup), so the store is read once, a few graphs
        at a time, and every output is written from each chunk.
        """
        import pyoxigraph as ox

        formats = {name: getattr(ox.RdfFormat, _NATIVE[name]) for name in outputs}
        store = self._oxigraph
        system_graphs = {str(g) for g in SYSTEM_GRAPHS}
        graphs = (g for g in store.named_graphs() if g.value not in system_graphs)
        prefixes = dict(PREFIXES)
        started: set[str] = set()  # the outputs that declared their prefixes
        while chunk := list(itertools.islice(graphs, _GRAPHS_PER_CHUNK)):
            # Graph by graph, so no quad of the store passes through a Python test.
            quads = [q for g in chunk for q in store.quads_for_pattern(None, None, None, g)]
            for name, output in outputs.items():
                fmt = formats[name]
                text = ox.serialize(
                    [q.triple for q in quads] if fmt == ox.RdfFormat.TURTLE else quads, None, fmt,
                    prefixes=None if fmt == ox.RdfFormat.N_QUADS else prefixes) or b""
                # Each call declares the prefixes again: the file does so once, at the top.
                output.write(_without_prefixes(text) if name in started else text)
                if text:
                    started.add(name)

    def graphs(self) -> list[URIRef]:
        """The named graphs of the store."""
        rows = self.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [row[0] for row in rows]


# Like _iri_n3's: the repeated IRIs, not every article's own, which a cache of all
# IRIs read made it grow with the store.
@functools.lru_cache(maxsize=32768)
def _iri(value: str) -> URIRef:
    return URIRef(value)


def _term(term: Any) -> Any:
    """An rdflib term for a pyoxigraph one (``xsd:string`` literals untyped)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return (
            Literal(term.value)
            if datatype == str(XSD.string)
            else Literal(term.value, datatype=_iri(datatype))
        )
    return BNode(term.value)


def _query_error(err: Exception) -> QueryError:
    """A query's failure as kg reports it: malformed text (with its position), or evaluation."""
    if isinstance(err, SyntaxError):
        message = str(err).splitlines()[0]
        if len(message) > 160:
            message = message[:160] + "…"
        return QueryError(f"malformed SPARQL: {message}")
    return QueryError(f"query failed: {err}")  # the engine's own evaluation errors


#: Characters of updates after which an on-disk store is flushed. RocksDB holds
#: what Oxigraph writes in memory until a flush, which it did not make by itself:
#: 400,000 quads took 350 MB, and a build's C heap grew by 40 MB per 256
#: articles. A 256-article commit is a few megabytes of update text.
_FLUSH_AFTER = 8 << 20

_NATIVE = {"turtle": "TURTLE", "ttl": "TURTLE", "trig": "TRIG", "ox-trig": "TRIG",
           "nquads": "N_QUADS", "ox-nquads": "N_QUADS"}
#: Graphs read and written at a time by :meth:`GraphStore.write_native`: an article
#: graph is a few hundred quads.
_GRAPHS_PER_CHUNK = 256
def _without_prefixes(text: bytes) -> bytes:
    """Turtle or TriG text without the ``@prefix`` lines it starts with."""
    start = 0
    while text.startswith(b"@prefix ", start):
        start = text.index(b"\n", start) + 1
    return text[start:]


def _plain(term: Node) -> Node:
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term


def n3_values(terms: Iterable[Node]) -> str:
    """Terms in SPARQL syntax, escaped by rdflib, for a ``VALUES`` block."""
    return " ".join(term.n3() for term in terms)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _codepoint(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"


def _ascii(text: str) -> str:
    """``text`` with each non-ASCII character as a SPARQL codepoint escape (``\\u00E9``).

    A Python string with one character past Latin-1 takes 2 or 4 bytes for every
    character, and Oxigraph's bindings add a UTF-8 copy to it: an update text
    with a single "’" took 3 bytes a character, while the update was written.
    """
    return text if text.isascii() else _NON_ASCII.sub(_codepoint, text)


# Sized for the IRIs that repeat across commits (entities, predicates, graphs): each
# article's own IRIs are used only in its commit, and a cache holding all of them
# grew with the store (~12 IRIs and ~300 bytes an article).
@functools.lru_cache(maxsize=32768)
def _iri_n3(term: URIRef) -> str:
    return _ascii(term.n3())


def _n3(term: Node) -> str:
    """A term in SPARQL syntax, in ASCII; IRIs repeat, so each is checked and escaped once."""
    return _iri_n3(term) if type(term) is URIRef else _ascii(term.n3())


def _data(quads: Iterable[Quad]) -> str:
    """Quads as the body of ``INSERT DATA``/``DELETE DATA``, grouped by graph."""
    by_graph: dict[Node, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append(f"{_n3(s)} {_n3(p)} {_n3(o)} .")
    return " ".join(
        f"GRAPH {_n3(g)} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()
    )


#: Tries at opening a store read-only while a writer may be replacing its manifest.
READ_ONLY_TRIES = 8


def _read_only_dataset(path: Path) -> Dataset:
    import pyoxigraph
    from oxrdflib import OxigraphStore

    # A reader follows CURRENT to the MANIFEST, and the MANIFEST to table files, that a
    # writer may be replacing at that moment (RocksDB: "No such file … MANIFEST may be
    # corrupted"): the next try finds the new ones. A store that cannot be read fails
    # the same way every time.
    for attempt in range(READ_ONLY_TRIES):
        try:
            store = pyoxigraph.Store.read_only(str(path))
            break
        except (OSError, RuntimeError) as err:  # RocksDB's "Corruption" is a RuntimeError
            if attempt == READ_ONLY_TRIES - 1:
                raise StoreError(f"{path}: cannot open the store ({err})") from None
            time.sleep(min(0.02 * 2**attempt, 0.5))
    return Dataset(store=OxigraphStore(store=store), default_union=True)
