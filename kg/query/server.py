"""A SPARQL 1.1 Protocol endpoint over a kg store, and the build's HTML graph beside it.

``GET /`` serves ``graph.html`` from the build folder; ``/sparql`` answers
queries (GET, or POST as a form or a ``application/sparql-query`` body) in the
result format the client's ``Accept`` header asks for. Updates are refused
unless the server was started with ``allow_updates``.

Queries run in worker processes, each with the store open read-only: a query
that outlives the time limit is stopped by ending its process (Oxigraph has no
way to cancel a running query), the client gets ``503`` and a fresh worker
takes its place. A result larger than the limit is refused rather than cut, so
no client mistakes a truncated answer for the whole one. When ``kg build``
swaps a new store into the build folder, workers are restarted on it before
their next query.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import multiprocessing
import os
import queue
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.errors import KGError, QueryError, StoreError

__all__ = ["SparqlServer", "ServerOptions", "describe", "negotiate"]

_log = logging.getLogger("kg.serve")

#: Media types of SELECT/ASK results, and the rdflib/kg format that writes each.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Media types of CONSTRUCT/DESCRIBE results, and the rdflib serializer of each.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "text/plain": "nt",
}
#: Files of a build folder the server shows; nothing else on disk is reachable.
FILES = {"/": "graph.html", "/graph.html": "graph.html", "/graph.ttl": "graph.ttl",
         "/graph.trig": "graph.trig"}
_FILE_TYPES = {".html": "text/html; charset=utf-8", ".ttl": "text/turtle; charset=utf-8",
               ".trig": "application/trig; charset=utf-8"}
_FORM = "application/x-www-form-urlencoded"
_TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class ServerOptions:
    """How a :class:`SparqlServer` behaves.

    Attributes:
        timeout: Seconds a query may run before it is stopped (``503``).
        max_results: Most rows (SELECT) or triples (CONSTRUCT) one answer may hold.
        allow_updates: Accept SPARQL Update (the store is then opened for writing,
            by a single worker).
        workers: Queries that can run at once.
        max_request_bytes: Largest query or update accepted.
    """

    timeout: float = 30.0
    max_results: int = 10_000
    allow_updates: bool = False
    workers: int = 2
    max_request_bytes: int = 1_000_000


def negotiate(accept: str | None, offered: dict[str, str]) -> str | None:
    """The media type of ``offered`` the ``Accept`` header prefers, or ``None``.

    The first offered type wins when the client accepts anything (no header, ``*/*``).
    """
    if not accept:
        return next(iter(offered))
    best: tuple[float, int, str] | None = None
    for order, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        media = media.lower()
        if media in {"*/*", "*"}:
            candidate = next(iter(offered))
        elif media.endswith("/*"):
            candidate = next((m for m in offered if m.startswith(media[:-1])), "")
        else:
            candidate = media if media in offered else ""
        if candidate and (best is None or (q, -order) > (best[0], best[1])):
            best = (q, -order, candidate)
    return best[2] if best else None


class _Refused(Exception):
    """A request the server answers with an error status and a one-line reason."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


# -- the worker process -----------------------------------------------------------------------


def _store_folder(location: str) -> Path:
    """The store folder of a build folder (or the store folder itself)."""
    from kg.store import STORE_DIRNAME

    path = Path(location)
    if (path / STORE_DIRNAME).is_dir():
        path = path / STORE_DIRNAME
    if not path.is_dir():
        raise StoreError(f"{location}: no store here; run `kg build ARTICLES -o {location}` first")
    return path


def _open(location: str, writable: bool) -> Any:
    from kg.store import GraphStore, open_store
    from kg.store.remote import is_endpoint

    if is_endpoint(location):
        return open_store(location)
    return GraphStore(_store_folder(location), create=False, read_only=not writable)


def _rows_within(result: Result, limit: int) -> None:
    """Raise if a SELECT result has more than ``limit`` rows (reading no further than that)."""
    for n, _ in enumerate(result, 1):
        if n > limit:
            raise _Refused(HTTPStatus.BAD_REQUEST,
                           f"the result has more than {limit} rows, the limit of this server; "
                           "add LIMIT (and OFFSET to page)")


def _query(store: Any, text: str, default_graph: str | None) -> Result:
    """Run a query; with ``default_graph``, that graph alone is the default graph."""
    from kg.store.remote import RemoteStore

    if default_graph is None:
        return store.query(text)
    if isinstance(store, RemoteStore):
        raise _Refused(HTTPStatus.BAD_REQUEST, "default-graph-uri is not supported over a "
                       "remote store; name graphs with FROM or GRAPH in the query")
    try:
        return store.dataset.store.query(text, {}, {}, URIRef(default_graph))
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL: {str(err).splitlines()[0][:160]}") from None


def _answer(store: Any, request: tuple[str, str, str | None, str | None],
            options: ServerOptions) -> tuple[int, str, bytes]:
    """Run one query or update; the status, media type and body of the answer."""
    from kg.query.sparql import format_result
    from kg.store.remote import RemoteStore

    kind, text, accept, default_graph = request
    if kind == "update":
        if isinstance(store, RemoteStore):
            store.update(text)
        else:
            try:
                # Straight to the store: rdflib's Dataset.update warns of a deprecation.
                store.dataset.store.update(text, {}, {}, DATASET_DEFAULT_GRAPH_ID)
            except SyntaxError as err:
                raise _Refused(HTTPStatus.BAD_REQUEST,
                               f"malformed SPARQL Update: {str(err).splitlines()[0]}") from None
        return HTTPStatus.NO_CONTENT, _TEXT, b""
    result = _query(store, text, default_graph)
    if result.type in {"SELECT", "ASK"}:
        offered = RESULT_TYPES if result.type == "SELECT" else {
            m: f for m, f in RESULT_TYPES.items() if f in {"json", "xml"}}
        media = negotiate(accept, offered)
        if media is None:
            raise _Refused(HTTPStatus.NOT_ACCEPTABLE,
                           f"{result.type} results come as: {', '.join(offered)}")
        fmt = offered[media]
        if result.type == "SELECT":
            _rows_within(result, options.max_results)
        if fmt == "xml":
            body = result.serialize(format="xml", encoding="utf-8") or b""
        else:
            body = format_result(result, fmt).encode("utf-8")
        return HTTPStatus.OK, f"{media}; charset=utf-8", body
    media = negotiate(accept, GRAPH_TYPES)
    if media is None:
        raise _Refused(HTTPStatus.NOT_ACCEPTABLE,
                       f"{result.type} results come as: {', '.join(GRAPH_TYPES)}")
    graph = result.graph if result.graph is not None else Graph()
    if len(graph) > options.max_results:
        raise _Refused(HTTPStatus.BAD_REQUEST,
                       f"the result has {len(graph)} triples, more than the limit of this server "
                       f"({options.max_results}); add LIMIT")
    data = graph.serialize(format=GRAPH_TYPES[media], encoding="utf-8")
    return HTTPStatus.OK, f"{media}; charset=utf-8", data


def _work(conn: Connection, location: str, options: ServerOptions) -> None:
    """A worker's life: open the store, then answer requests until told to stop."""
    # Ctrl-C reaches the whole process group; the server process does the shutting down.
    with contextlib.suppress(KeyboardInterrupt):
        _serve_requests(conn, location, options)


def _serve_requests(conn: Connection, location: str, options: ServerOptions) -> None:
    try:
        store = _open(location, writable=options.allow_updates)
    except KGError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", ""))
    with store:
        while True:
            try:
                request = conn.recv()
            except EOFError:
                return
            if request is None:
                return
            try:
                reply = _answer(store, request, options)
            except _Refused as err:
                reply = (err.status, _TEXT, str(err).encode("utf-8"))
            except QueryError as err:
                reply = (HTTPStatus.BAD_REQUEST, _TEXT, str(err).encode("utf-8"))
            except KGError as err:  # e.g. a remote store that stopped answering
                reply = (HTTPStatus.BAD_GATEWAY, _TEXT, str(err).encode("utf-8"))
            conn.send(reply)


class _Worker:
    def __init__(self, location: str, options: ServerOptions):
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, location, options), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        #: The store folder the worker opened; a rebuilt store needs a fresh worker.
        self.store_id: tuple[int, int] | None = None

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise StoreError("the store did not open in time")
        try:
            state, message = self.conn.recv()
        except EOFError:
            raise StoreError("a query worker could not start (see above); a script that "
                             "starts a server must do so under `if __name__ == '__main__':`"
                             ) from None
        if state != "ready":
            raise StoreError(message)
        self.ready = True

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


# -- the HTTP side ----------------------------------------------------------------------------


class SparqlServer:
    """A SPARQL endpoint at ``/sparql`` and the build's files at ``/``.

    Args:
        location: A build folder (or its ``store/``), or a SPARQL endpoint URL.
        host: Address to bind; loopback by default, so only this machine can connect.
        port: Port to bind; ``0`` picks a free one (see :attr:`url`).
        options: Time, size and update limits.

    Raises:
        StoreError: the store cannot be opened.
    """

    def __init__(self, location: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000,
                 options: ServerOptions | None = None):
        from kg.store.remote import is_endpoint

        self.options = options or ServerOptions()
        self.location = str(location)
        self.files_dir = None if is_endpoint(location) else Path(location)
        if self.files_dir is not None:
            _store_folder(self.location)  # fail now rather than in every worker
        self._store_id = self._current_store()
        # Take the port first: a busy port is then an error before any worker starts.
        self.httpd = ThreadingHTTPServer((host, port), _handler(self))
        self.httpd.daemon_threads = True
        workers = 1 if self.options.allow_updates else max(1, self.options.workers)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        started = [_Worker(self.location, self.options) for _ in range(workers)]
        try:
            for worker in started:
                worker.wait_ready(60)
        except KGError:
            for worker in started:
                worker.stop()
            self.httpd.server_close()
            raise
        for worker in started:
            worker.store_id = self._store_id
            self._idle.put(worker)
        self._all = started
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def loopback_only(self) -> bool:
        """Whether the server listens on a loopback address only."""
        host = str(self.httpd.server_address[0])
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def start(self) -> SparqlServer:
        """Serve in a background thread (for tests and embedding)."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve until interrupted."""
        self.httpd.serve_forever()

    def close(self) -> None:
        """Stop serving and end the worker processes."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join()
        self.httpd.server_close()
        with self._lock:
            for worker in self._all:
                worker.stop()
            self._all = []

    def run(self, kind: str, text: str, accept: str | None,
            default_graph: str | None = None) -> tuple[int, str, bytes]:
        """Answer one query or update through a free worker, within the time limit."""
        timeout = self.options.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                           f"every worker stayed busy for {timeout:g} s; try again later") from None
        try:
            if worker.store_id != self._current_store():
                worker = self._replace(worker)
            worker.wait_ready(60)
            worker.conn.send((kind, text, accept, default_graph))
            if worker.conn.poll(timeout):
                reply: tuple[int, str, bytes] = worker.conn.recv()
                return reply
            worker = self._replace(worker)
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                           f"the query ran longer than {timeout:g} s, the limit of this server, "
                           "and was stopped")
        except (EOFError, OSError, StoreError) as err:
            worker = self._replace(worker)
            raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                           f"the query worker failed ({err or type(err).__name__})") from None
        finally:
            self._idle.put(worker)

    def _current_store(self) -> tuple[int, int] | None:
        """Which store folder is in place: `kg build` swaps in a new one when it rebuilds."""
        if self.files_dir is None:
            return None
        try:
            info = _store_folder(self.location).stat()
        except (KGError, OSError):
            return None
        return info.st_dev, info.st_ino

    def _replace(self, worker: _Worker) -> _Worker:
        """End a worker (stuck or dead) and start another in its place."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        fresh = _Worker(self.location, self.options)
        fresh.store_id = self._current_store()
        with self._lock:
            self._all = [fresh if w is worker else w for w in self._all]
        return fresh


def _params(text: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(text, keep_blank_values=True)


def _handler(server: SparqlServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        # A client that stops sending mid-request must not hold a thread forever.
        timeout = 60

        def log_message(self, format: str, *args: Any) -> None:
            _log.info("%s %s", self.address_string(), format % args)

        def _send(self, status: int, media: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _refuse(self, status: HTTPStatus, message: str) -> None:
            self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

        def _check_host(self) -> None:
            # A page from elsewhere can point its own host name at 127.0.0.1 (DNS
            # rebinding); a loopback server answers only requests addressed to loopback.
            if not server.loopback_only():
                return
            host = urllib.parse.urlsplit(f"//{self.headers.get('Host', '')}").hostname or ""
            if host not in {"localhost", "127.0.0.1", "::1", server.httpd.server_address[0]}:
                raise _Refused(HTTPStatus.FORBIDDEN, f"unexpected Host header {host!r}")

        def _handle(self, work: Any) -> None:
            try:
                self._check_host()
                work()
            except _Refused as err:
                self._refuse(err.status, str(err))
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            self._handle(self._get)

        def do_HEAD(self) -> None:  # noqa: N802
            self._handle(self._get)

        def do_POST(self) -> None:  # noqa: N802
            self._handle(self._post)

        def _get(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            if parts.path == "/sparql":
                params = _params(parts.query)
                if "update" in params:
                    raise _Refused(HTTPStatus.BAD_REQUEST, "send updates with POST")
                self._sparql(params)
            elif parts.path in FILES and server.files_dir is not None:
                self._file(server.files_dir / FILES[parts.path])
            else:
                raise _Refused(HTTPStatus.NOT_FOUND,
                               "not found; the SPARQL endpoint is /sparql, the graph is /")

        def _file(self, path: Path) -> None:
            try:
                body = path.read_bytes()
            except OSError:
                raise _Refused(HTTPStatus.NOT_FOUND,
                               f"{path.name} is not in the build folder; run `kg build`") from None
            self._send(HTTPStatus.OK, _FILE_TYPES[path.suffix], body)

        def _post(self) -> None:
            if urllib.parse.urlsplit(self.path).path != "/sparql":
                raise _Refused(HTTPStatus.NOT_FOUND, "not found; the SPARQL endpoint is /sparql")
            length = self.headers.get("Content-Length")
            if length is None or not length.isdigit():
                raise _Refused(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length")
            if int(length) > server.options.max_request_bytes:
                self.close_connection = True
                if int(length) <= 16 * server.options.max_request_bytes:
                    # Read what the client is sending so it sees the answer, not a broken pipe.
                    left = int(length)
                    while left > 0 and (chunk := self.rfile.read(min(65536, left))):
                        left -= len(chunk)
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"requests are limited to {server.options.max_request_bytes} bytes")
            body = self.rfile.read(int(length)).decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = _params(urllib.parse.urlsplit(self.path).query)
            if media == _FORM:
                params.update(_params(body))
            elif media == "application/sparql-query":
                params["query"] = [body]
            elif media == "application/sparql-update":
                params["update"] = [body]
            else:
                raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               f"send {_FORM}, application/sparql-query or "
                               "application/sparql-update")
            self._sparql(params)

        def _sparql(self, params: dict[str, list[str]]) -> None:
            # One default graph is what rdflib's SPARQLStore sends for Graph(identifier=...);
            # anything more elaborate is better said with FROM/GRAPH in the query itself.
            defaults = params.get("default-graph-uri", [])
            unsupported = [n for n in ("named-graph-uri", "using-graph-uri",
                                       "using-named-graph-uri") if params.get(n)]
            if len(defaults) > 1:
                unsupported.append("more than one default-graph-uri")
            if unsupported:
                raise _Refused(HTTPStatus.BAD_REQUEST,
                               f"{unsupported[0]} is not supported; name graphs with FROM or GRAPH "
                               "in the query (the default graph is the union of all graphs)")
            queries, updates = params.get("query", []), params.get("update", [])
            if len(queries) + len(updates) != 1:
                raise _Refused(HTTPStatus.BAD_REQUEST,
                               "give exactly one query= (or, with POST, one update=)")
            if updates and not server.options.allow_updates:
                raise _Refused(HTTPStatus.FORBIDDEN,
                               "updates are disabled on this server (start it with "
                               "--allow-updates to enable them)")
            kind, text = ("update", updates[0]) if updates else ("query", queries[0])
            if len(text.encode("utf-8")) > server.options.max_request_bytes:
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"queries are limited to {server.options.max_request_bytes} bytes")
            if defaults and kind == "update":
                raise _Refused(HTTPStatus.BAD_REQUEST, "name the graph in the update itself")
            status, media, body = server.run(kind, text, self.headers.get("Accept"),
                                             defaults[0] if defaults else None)
            self._send(status, media, body)

    return Handler


def describe(server: SparqlServer) -> Iterator[str]:
    """Lines telling a person where things are."""
    yield f"SPARQL endpoint: {server.url}sparql"
    if server.files_dir is not None:
        yield f"Graph:           {server.url}"
    yield (f"Queries stop after {server.options.timeout:g} s; answers hold at most "
           f"{server.options.max_results} rows; updates "
           + ("ENABLED" if server.options.allow_updates else "refused"))

