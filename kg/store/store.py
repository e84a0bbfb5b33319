"""Open, fill, query and export the graph store (Oxigraph behind the rdflib API)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.model import KnowledgeGraph
from kg.store.ontology import ONTOLOGY_FILE, PREFIXES

ONTOLOGY_IRI = "https://w3id.org/kg/ontology"
from kg.store.rdf import Quad, graph_quads

if TYPE_CHECKING:
    from kg.store.remote import RemoteStore

__all__ = ["GraphStore", "STORE_DIRNAME", "atomic_write", "open_store"]

_UMASK = os.umask(0)
os.umask(_UMASK)

#: Name of the store folder inside a build's output folder.
STORE_DIRNAME = "store"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class GraphStore:
    """A quad store: in memory, on disk, or (later) a remote SPARQL server.

    Args:
        location: ``None`` for an in-memory store; a folder for a persistent
            Oxigraph store.
        create: Create the folder if it does not exist; otherwise a missing
            store is an error.
        read_only: Open an existing folder for reading only, so several
            processes can read it at once.
    """

    def __init__(self, location: str | os.PathLike[str] | None = None, *, create: bool = True,
                 read_only: bool = False):
        self.location = location
        self.dataset = Dataset(store="Oxigraph", default_union=True)
        if read_only and location is not None:
            self.dataset = _read_only_dataset(Path(location))
        # rdflib binds ~30 vocabularies by default; exports should declare only ours.
        self.dataset.namespace_manager = NamespaceManager(self.dataset, bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            self.dataset.bind(prefix, iri)
        if location is not None and not read_only:
            path = Path(location)
            if not path.exists() and not create:
                raise StoreError(f"{path}: no store here; run `kg build ARTICLES -o {path.parent}` first")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.dataset.open(str(path), create=not path.exists())
            except OSError as err:
                raise StoreError(f"{path}: cannot open the store ({err})") from None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.dataset.close()

    def __len__(self) -> int:
        """Number of quads."""
        result = self.dataset.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        # Read the whole answer: a half-read Oxigraph result may only be dropped by the
        # thread that made it, and the garbage collector runs in whichever thread it likes.
        return int(list(result)[0][0])  # type: ignore[index]

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self.dataset.addN(quads)  # type: ignore[arg-type]

    def add(self, kg: KnowledgeGraph) -> None:
        """Add every article's named graph of ``kg``, and the ontology's own graph."""
        self.load_ontology()
        self.add_quads(graph_quads(kg))

    def load_ontology(self) -> None:
        """Keep the ontology in the store so queries can read term labels."""
        graph = self.dataset.graph(URIRef(ONTOLOGY_IRI))
        if len(graph) == 0:
            graph.parse(ONTOLOGY_FILE, format="turtle")

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Result:
        """Run a SPARQL query over the union of the named graphs.

        Raises:
            QueryError: the query is malformed (the message gives the position).
        """
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except SyntaxError as err:
            message = str(err).splitlines()[0]
            if len(message) > 160:
                message = message[:160] + "…"
            raise QueryError(f"malformed SPARQL: {message}") from None
        except Exception as err:  # the engine's own evaluation errors
            raise QueryError(f"query failed: {err}") from None

    def union_graph(self) -> Graph:
        """Every triple of every named graph, as one rdflib graph."""
        result = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(?g != <{ONTOLOGY_IRI}>) }}"
        )
        graph = Graph(bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri)
        for triple in result.graph or ():  # type: ignore[union-attr]
            graph.add(triple)
        return graph

    def serialize(self, format: str) -> bytes:
        """The store in an rdflib format: ``turtle`` (union) or ``trig``/``nquads``."""
        if format in {"trig", "nquads", "ox-trig", "ox-nquads"}:
            name = format if format.startswith("ox-") else f"ox-{format}"
            articles = Dataset(store="Oxigraph", default_union=True)
            articles.namespace_manager = self.dataset.namespace_manager
            articles.addN(q for q in self.dataset.quads() if str(q[3]) != ONTOLOGY_IRI)  # type: ignore[misc]
            data: Any = articles.serialize(format=name)
        else:
            data = self.union_graph().serialize(format=format)
        return data.encode("utf-8") if isinstance(data, str) else data

    def graphs(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [row[0] for row in result]  # type: ignore[index]


def _read_only_dataset(path: Path) -> Dataset:
    import pyoxigraph
    from oxrdflib import OxigraphStore

    try:
        return Dataset(store=OxigraphStore(store=pyoxigraph.Store.read_only(str(path))),
                       default_union=True)
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store ({err})") from None


def open_store(location: str | os.PathLike[str], **remote: Any) -> GraphStore | RemoteStore:
    """Open an existing store: a build folder, the store folder inside it, or a SPARQL
    endpoint URL (``remote`` then holds :class:`~kg.store.remote.RemoteStore` options)."""
    from kg.store.remote import RemoteStore, is_endpoint

    if is_endpoint(location):
        return RemoteStore(str(location), **remote)
    path = Path(location)
    if (path / STORE_DIRNAME).is_dir():
        path = path / STORE_DIRNAME
    if not path.is_dir():
        raise StoreError(f"{location}: no store here; run `kg build ARTICLES -o {location}` first")
    return GraphStore(path, create=False)
