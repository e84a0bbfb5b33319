"""What every store does, and the one place ``--store`` is read.

Two backends implement :class:`Store`: the embedded Oxigraph store in a build
folder (:class:`kg.store.store.GraphStore`) and a SPARQL 1.1 server
(:class:`kg.store.remote.RemoteStore`). Every other module works through this
protocol and :func:`open_store`, so each command runs on either.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, Protocol, Self

from rdflib import Graph, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import StoreError
from kg.store.rdf import Quad
from kg.vocab import ENTITY_TYPE_VALUES

__all__ = ["STORE_DIRNAME", "Store", "counts", "is_endpoint", "open_store", "store_folder"]

#: Name of the store folder inside a build's output folder.
STORE_DIRNAME = "store"

Triple = tuple[Node, Node, Node]


class Store(Protocol):
    """A quad store holding a kg graph: one named graph per article, and kg's own graphs.

    Terms read back compare equal to the terms written (plain literals untyped).
    """

    #: The folder (embedded) or endpoint URL (remote), for messages.
    location: Any

    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: Any) -> None: ...
    def close(self) -> None: ...

    # -- queries over the union of the named graphs ----------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
              prefixes: bool = False, default_graph: str | None = None) -> Result: ...
    def rows(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
             prefixes: bool = False) -> list[tuple[Any, ...]]: ...
    def records(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
                prefixes: bool = False) -> list[dict[str, Any]]: ...
    def strings(self, sparql: str) -> Iterator[tuple[Any, ...]]: ...
    def graphs(self) -> list[URIRef]: ...
    def __len__(self) -> int: ...

    # -- what an incremental change reads --------------------------------------------------------
    def quads(self) -> Iterator[Quad]: ...
    def graph_triples(self, graph: URIRef) -> set[Triple]: ...
    def triples_about(self, subjects: Iterable[URIRef], graph: URIRef) -> set[Triple]: ...
    def triples_naming(self, objects: Iterable[URIRef], graph: URIRef) -> set[Triple]: ...
    def values(self, predicate: URIRef, graph: URIRef | None) -> Iterator[tuple[str, str]]: ...
    def values_of(self, subjects: Iterable[URIRef], predicate: URIRef,
                  graph: URIRef | None = None) -> Iterator[tuple[str, str, str]]: ...
    def graphs_stating(self, predicate: URIRef, obj: URIRef) -> Iterator[str]: ...

    # -- writing ---------------------------------------------------------------------------------
    def apply(self, delete: Iterable[Quad], insert: Iterable[Quad],
              forget: Iterable[tuple[URIRef, URIRef]] = (), *,
              background: bool = False) -> None: ...
    def update(self, sparql: str) -> None: ...
    def load_ontology(self) -> None: ...
    def wait(self) -> None: ...

    # -- serialising -----------------------------------------------------------------------------
    def union_graph(self) -> Graph: ...
    def serialize(self, format: str) -> bytes: ...
    def write_native(self, outputs: Mapping[str, BinaryIO]) -> None: ...


def is_endpoint(location: object) -> bool:
    """Whether a ``--store`` value names a SPARQL endpoint rather than a folder."""
    return str(location).startswith(("http://", "https://"))


def store_folder(location: str | os.PathLike[str]) -> Path | None:
    """The embedded store's folder that ``location`` names; ``None`` for an endpoint URL.

    ``location`` is a build folder (its store is ``store/`` inside) or the store
    folder itself: one holding Oxigraph's ``CURRENT`` file, or named ``store``
    and holding no ``store/`` of its own.
    """
    if is_endpoint(location):
        return None
    path = Path(location)
    if (path / "CURRENT").is_file():
        return path
    if path.name == STORE_DIRNAME and not (path / STORE_DIRNAME).exists():
        return path
    return path / STORE_DIRNAME


def open_store(location: str | os.PathLike[str], *, read_only: bool = False,
               create: bool = False, update_endpoint: str | None = None,
               graph_store_endpoint: str | None = None, **remote: Any) -> Store:
    """Open the store that ``--store`` names: a build folder, its store folder, or the
    query endpoint URL of a SPARQL 1.1 server.

    Args:
        read_only: Open a store on disk without its write lock: any number of
            readers then work at once, beside a writer (each sees the last commit
            made before it opened), and on a read-only file system.
        create: Start an empty store on disk if there is none.
        update_endpoint: A server's SPARQL Update endpoint, if not ``location``.
        graph_store_endpoint: A server's Graph Store Protocol endpoint.
        remote: Other :class:`~kg.store.remote.RemoteStore` options.

    Raises:
        StoreError: no store there (and not ``create``), or endpoints given with a folder.
    """
    from kg.store.remote import RemoteStore
    from kg.store.store import GraphStore

    folder = store_folder(location)
    if folder is None:
        return RemoteStore(str(location), update_endpoint=update_endpoint,
                           graph_store_endpoint=graph_store_endpoint, **remote)
    if update_endpoint or graph_store_endpoint:
        raise StoreError(f"{location}: a folder, but update and Graph Store endpoints belong "
                         "to a SPARQL server; give its query endpoint URL as the store")
    # An Oxigraph (RocksDB) folder has a CURRENT file; anything else is not ours to open.
    if not create and not (folder / "CURRENT").is_file():
        raise StoreError(f"{location}: no store here; run `kg build ARTICLES -o {location}` "
                         "first")
    return GraphStore(folder, create=create, read_only=read_only)


def counts(store: Store) -> tuple[int, int, int, int]:
    """Articles, entities, facts (distinct asserted relations) and quotes in ``store``."""
    [row] = store.rows(
        f"""
        SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?e) AS ?entities)
               (COUNT(DISTINCT ?f) AS ?facts) (COUNT(DISTINCT ?q) AS ?quotes) WHERE {{
          {{ ?a a kg:Article }} UNION
          {{ ?e a ?type {ENTITY_TYPE_VALUES} }} UNION
          {{ ?f a kg:Fact }} UNION {{ ?q a kg:Quote }}
        }}""",
        prefixes=True,
    )
    articles, entities, facts, quotes = (int(n) for n in row)
    return articles, entities, facts, quotes
