"""A SPARQL 1.1 Protocol endpoint over a kg store, and the build's HTML graph beside it.

``GET /`` serves ``graph.html`` from the build folder; ``/sparql`` answers
queries (GET, or POST as a form or a ``application/sparql-query`` body) in the
result format the client's ``Accept`` header asks for, and shows a browser that
asks for HTML the query page; ``/draw`` draws a query's result as ``kg render``
does. Updates are refused unless the server was started with ``allow_updates``.
Every page comes with a Content-Security-Policy that lets only its own inline
scripts run and nothing load from elsewhere. Other origins may read answers
(CORS) only when named with ``cors_origins``.

Queries run in worker processes, each with the store open read-only: a query
that outlives the time limit, or grows its worker past the memory limit, is
stopped by ending its process (Oxigraph has no way to cancel a running query),
the client gets ``503`` and a fresh worker takes its place. Any other failure
is answered with a status and a message, and the worker goes on. Workers end
with the server, even when it is killed. A result larger than the limit is
refused rather than cut, so no client mistakes a truncated answer for the whole
one. Before each request a worker compares the store's change stamp with the
one it opened, and reopens the store if a commit (``kg add``, ``kg remove``,
``kg build``) came since.

Queries and updates that would make the engine fetch from the network (SERVICE,
LOAD) are refused unless their host is allowed; updates are accepted only from
the server's own origin (and with the token, if one is set), so a page on
another site cannot change the store through a visitor's browser.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hmac
import ipaddress
import logging
import multiprocessing
import os
import queue
import re
import signal
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Graph
from rdflib.query import Result

from kg.errors import KGError, QueryError, RenderError, StoreError

__all__ = ["SparqlServer", "ServerOptions", "default_max_memory", "describe", "negotiate"]

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
#: An origin as a browser sends it: scheme, host and port, nothing more.
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?|https?://\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")
#: What a preflight may ask for: the methods and headers a query needs.
_CORS_METHODS = "GET, POST"
_CORS_HEADERS = "Accept, Content-Type"
_ALLOW = "GET, HEAD, POST, OPTIONS"
#: ``Sec-Fetch-Site`` values a browser sends for a request the server's own page made
#: (``none``: typed in the address bar); ``same-site`` is another port of the same host.
_OWN_FETCH_SITES = {"same-origin", "none"}


def default_max_memory(workers: int) -> int:
    """Bytes one worker may use by default: half the machine's memory, shared among them."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        total = 8 << 30
    return max(256 << 20, total // 2 // max(1, workers))


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
        max_memory: Bytes of memory (resident) a worker may reach while it answers,
            ``None`` for :func:`default_max_memory`; past it the query is stopped (``503``).
        allowed_hosts: Hosts (or ``host:port``) that SERVICE and LOAD may fetch from.
        update_token: If set, an update must carry ``Authorization: Bearer TOKEN``.
        cors_origins: Origins (``scheme://host[:port]``) whose pages may read answers
            (CORS); ``*`` for any. Updates stay refused from other origins.
    """

    timeout: float = 30.0
    max_results: int = 10_000
    allow_updates: bool = False
    workers: int = 2
    max_request_bytes: int = 1_000_000
    max_memory: int | None = None
    allowed_hosts: tuple[str, ...] = ()
    update_token: str | None = field(default=None, repr=False)
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for origin in self.cors_origins:
            if origin != "*" and not _ORIGIN.fullmatch(origin):
                raise KGError(f"--cors {origin!r} is not an origin; give scheme://host[:port] "
                              "with no path, e.g. http://localhost:3000")

    @property
    def memory_limit(self) -> int:
        return self.max_memory or default_max_memory(self.workers)


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


def _rows_within(result: Result, limit: int) -> None:
    """Raise if a SELECT result has more than ``limit`` rows (reading no further than that)."""
    for n, _ in enumerate(result, 1):
        if n > limit:
            raise _Refused(HTTPStatus.BAD_REQUEST,
                           f"the result has more than {limit} rows, the limit of this server; "
                           "add LIMIT (and OFFSET to page)")


_SERVICE_HINT = "; start kg serve with --allow-service HOST to allow one"


def _answer(store: Any, request: tuple[str, str, str | None, str | None],
            options: ServerOptions) -> tuple[int, str, bytes]:
    """Run one query or update; the status, media type and body of the answer."""
    from kg.query.guard import check_query, check_update
    from kg.query.sparql import format_result, turtle

    kind, text, accept, default_graph = request
    if kind == "update":
        check_update(text, options.allowed_hosts, hint=_SERVICE_HINT)
        store.update(text)
        return HTTPStatus.NO_CONTENT, _TEXT, b""
    check_query(text, options.allowed_hosts, hint=_SERVICE_HINT)
    result = store.query(text, default_graph=default_graph)
    if kind == "draw":
        return _drawing(store, result, options)
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
    if GRAPH_TYPES[media] == "turtle":  # with kg's prefixes, as kg query writes it
        return HTTPStatus.OK, f"{media}; charset=utf-8", turtle(graph).encode("utf-8")
    try:
        data = graph.serialize(format=GRAPH_TYPES[media], encoding="utf-8")
    except ValueError as err:  # RDF/XML cannot write every IRI as a property name
        raise _Refused(HTTPStatus.NOT_ACCEPTABLE,
                       f"this result cannot be written as {media} ({err}); ask for text/turtle"
                       ) from None
    return HTTPStatus.OK, f"{media}; charset=utf-8", data


def _drawing(store: Any, result: Result, options: ServerOptions) -> tuple[int, str, bytes]:
    """The page ``kg render`` draws of a query's result."""
    from kg.render import read_view, render_view, result_view

    if result.type == "SELECT":
        _rows_within(result, options.max_results)
    elif result.type != "ASK" and len(result.graph or ()) > options.max_results:
        raise _Refused(HTTPStatus.BAD_REQUEST, f"the result has more than {options.max_results} "
                       "triples, the limit of this server; add LIMIT")
    page = render_view(result_view(result, read_view(store), store), "Query result")
    return HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8")


def _die_with(parent: int) -> None:
    """End this process when ``parent`` ends, even if it is killed and cleans nothing up."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)

    # Where the kernel cannot, and in case the parent ended before the line above.
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _work(conn: Connection, location: str, options: ServerOptions, parent: int) -> None:
    """A worker's life: open the store, then answer requests until told to stop."""
    _die_with(parent)
    # Ctrl-C reaches the whole process group; the server process does the shutting down.
    with contextlib.suppress(KeyboardInterrupt):
        _serve_requests(conn, location, options)


class _OpenStore:
    """The worker's store, reopened when a commit came after it was opened."""

    def __init__(self, location: str, options: ServerOptions):
        from kg.store import open_store, store_folder

        self.location = location
        self.writable = options.allow_updates
        self.folder = store_folder(location)  # None: a SPARQL server, which has no stamp
        self.stamp = self._stamp()
        self.store = open_store(location, read_only=not self.writable)

    def _stamp(self) -> tuple[int, ...] | None:
        from kg.store import change_stamp

        return None if self.folder is None else change_stamp(self.folder)

    def current(self) -> Any:
        """The store as of its last commit."""
        if self.folder is not None and not self.writable:
            stamp = self._stamp()  # read before opening: a commit after it reopens again
            if stamp != self.stamp:
                from kg.store import open_store

                self.store.close()
                try:
                    self.store = open_store(self.location, read_only=True)
                except KGError as err:  # e.g. kg build swapping in a new folder right now
                    raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                                   f"the store is being replaced ({err}); try again") from None
                self.stamp = stamp
        return self.store

    def close(self) -> None:
        with contextlib.suppress(KGError):
            self.store.close()


def _serve_requests(conn: Connection, location: str, options: ServerOptions) -> None:
    try:
        opened = _OpenStore(location, options)
    except KGError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", ""))
    try:
        while True:
            try:
                request = conn.recv()
            except EOFError:
                return
            if request is None:
                return
            conn.send(_reply(opened, request, options))
    finally:
        opened.close()


def _reply(opened: _OpenStore, request: Any, options: ServerOptions) -> tuple[int, str, bytes]:
    """The answer to a request: whatever goes wrong is a status and a message, never a crash."""
    try:
        return _answer(opened.current(), request, options)
    except _Refused as err:
        return err.status, _TEXT, str(err).encode("utf-8")
    except (QueryError, RenderError) as err:  # malformed, or nothing to draw
        return HTTPStatus.BAD_REQUEST, _TEXT, str(err).encode("utf-8")
    except KGError as err:  # e.g. a remote store that stopped answering
        return HTTPStatus.BAD_GATEWAY, _TEXT, str(err).encode("utf-8")
    except Exception as err:  # a bug, or an engine error kg does not know: say which
        message = str(err).splitlines()[0][:300] if str(err) else ""
        return (HTTPStatus.INTERNAL_SERVER_ERROR, _TEXT,
                f"the query failed: {type(err).__name__}: {message}".encode())


class _Worker:
    def __init__(self, location: str, options: ServerOptions):
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, location, options, os.getpid()),
                                       daemon=True)
        self.process.start()
        child.close()
        self.ready = False

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

    def memory(self) -> int:
        """Resident bytes of the worker process (0 where /proc cannot tell)."""
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

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
        KGError: updates are allowed on a non-loopback address without a token.
    """

    def __init__(self, location: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000,
                 options: ServerOptions | None = None):
        from kg.store import open_store, store_folder

        self.options = options or ServerOptions()
        self.location = str(location)
        folder = store_folder(location)
        self.files_dir = None if folder is None else folder.parent  # where graph.html is
        if self.options.allow_updates and not self.options.update_token \
                and not _is_loopback(host):
            # Past loopback, a page can point a host name of its own at this server (DNS
            # rebinding) and pass the same-origin check: only a secret tells a client apart.
            raise KGError(f"updates on {host} (not a loopback address) need --update-token")
        if folder is not None:
            open_store(location, read_only=True).close()  # fail now, not in every worker
        # Take the port first: a busy port is then an error before any worker starts.
        self.httpd = _HTTPServer((host, port), _handler(self))
        workers = 1 if self.options.allow_updates else max(1, self.options.workers)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        # Workers are started from this one long-lived thread: the kernel's parent-death
        # signal fires when the *thread* that started a process ends, and request threads do.
        self._spawner = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="kg-spawn")
        started = [self._spawn() for _ in range(workers)]
        try:
            for worker in started:
                worker.wait_ready(60)
        except KGError:
            for worker in started:
                worker.stop()
            self._spawner.shutdown()
            self.httpd.server_close()
            raise
        for worker in started:
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
        return _is_loopback(str(self.httpd.server_address[0]))

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
        self._spawner.shutdown()

    def worker_pids(self) -> list[int]:
        """Process ids of the workers."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

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
            worker.wait_ready(60)
            worker.conn.send((kind, text, accept, default_graph))
            reply: tuple[int, str, bytes] = self._wait(worker)
            return reply
        except _Refused:
            worker = self._replace(worker)
            raise
        except (EOFError, OSError, StoreError) as err:
            code = worker.process.exitcode
            worker = self._replace(worker)
            reason = f"ended by signal {-code}" if code is not None and code < 0 else (
                str(err) or type(err).__name__)
            raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                           f"the query worker failed ({reason}); it was restarted") from None
        finally:
            self._idle.put(worker)

    def _wait(self, worker: _Worker) -> Any:
        """The worker's answer, unless it runs past the time limit or the memory limit.

        Raises:
            _Refused: the query was too slow or too big; the worker must be replaced.
        """
        options = self.options
        deadline = time.monotonic() + options.timeout
        while not worker.conn.poll(min(0.05, max(0.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"the query ran longer than {options.timeout:g} s, the limit of "
                               "this server, and was stopped")
            if worker.memory() > options.memory_limit:
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"the query needed more than {options.memory_limit >> 20} MB of "
                               "memory, the limit of this server per query, and was stopped")
        return worker.conn.recv()

    def _spawn(self) -> _Worker:
        return self._spawner.submit(_Worker, self.location, self.options).result()

    def _replace(self, worker: _Worker) -> _Worker:
        """End a worker (stuck, too big or dead) and start another in its place."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        fresh = self._spawn()
        with self._lock:
            self._all = [fresh if w is worker else w for w in self._all]
        return fresh


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 overflowed under 20 concurrent clients (connections reset).
    request_queue_size = 128


def _params(text: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(text, keep_blank_values=True)


def _handler(server: SparqlServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        # A client that stops sending mid-request must not hold a thread forever.
        timeout = 60

        def log_message(self, format: str, *args: Any) -> None:
            _log.info("%s %s", self.address_string(), format % args)

        def _send(self, status: int, media: str, body: bytes, policy: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            if media.startswith("text/html"):
                from kg.query.page import content_policy

                self.send_header("Content-Security-Policy", policy or content_policy(
                    body.decode("utf-8", "replace")))
            self._cors()
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _cors_origin(self) -> str | None:
            """The ``Access-Control-Allow-Origin`` this request's origin gets, if any."""
            allowed = server.options.cors_origins
            origin = self.headers.get("Origin")
            if "*" in allowed:
                return "*"
            if origin and origin.lower() in {a.lower() for a in allowed}:
                return origin
            return None

        def _cors(self) -> None:
            if not server.options.cors_origins:
                return
            self.send_header("Vary", "Origin")
            origin = self._cors_origin()
            if origin is not None:
                self.send_header("Access-Control-Allow-Origin", origin)

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

        def _check_same_origin(self) -> None:
            # A page on another site can make a visitor's browser POST a form here; the
            # browser then says where the request comes from. Clients that are not
            # browsers send neither header.
            origin = self.headers.get("Origin")
            own = f"http://{self.headers.get('Host', '')}"
            if origin is not None and origin.lower() != own.lower():
                raise _Refused(HTTPStatus.FORBIDDEN,
                               f"updates are accepted only from this server's own pages "
                               f"({own}), not from {origin}")
            site = (self.headers.get("Sec-Fetch-Site") or "none").lower()
            if site not in _OWN_FETCH_SITES:
                raise _Refused(HTTPStatus.FORBIDDEN, f"updates are accepted only from this "
                               f"server's own pages, not from a {site} page")
            token = server.options.update_token
            if token is not None:
                given = self.headers.get("Authorization", "")
                if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                    raise _Refused(HTTPStatus.UNAUTHORIZED, "updates need the header "
                                   "'Authorization: Bearer TOKEN' with this server's token")

        def _handle(self, work: Any) -> None:
            # A client that hangs up before the answer is sent has nothing more to hear.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                try:
                    self._check_host()
                    work()
                except _Refused as err:
                    self._refuse(err.status, str(err))
                except (BrokenPipeError, ConnectionResetError):
                    raise
                except Exception as err:  # a bug: answered and logged, the server goes on
                    _log.exception("%s %s", self.command, self.path)
                    self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR,
                                 f"internal error ({type(err).__name__}); see the server's log")

        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            self._handle(self._get)

        def do_HEAD(self) -> None:  # noqa: N802
            self._handle(self._get)

        def do_POST(self) -> None:  # noqa: N802
            self._handle(self._post)

        def do_OPTIONS(self) -> None:  # noqa: N802
            self._handle(self._options)

        def _options(self) -> None:
            # A preflight from an allowed origin learns what it may send; any other
            # OPTIONS learns the methods, and no origin is granted anything.
            path = urllib.parse.urlsplit(self.path).path
            if self.path != "*" and path not in {"/sparql", "/draw", *FILES}:
                raise _Refused(HTTPStatus.NOT_FOUND, "not found; the SPARQL endpoint is /sparql")
            self.send_response(HTTPStatus.NO_CONTENT)
            self.send_header("Allow", _ALLOW)
            if self.headers.get("Access-Control-Request-Method") and self._cors_origin():
                self.send_header("Access-Control-Allow-Methods", _CORS_METHODS)
                self.send_header("Access-Control-Allow-Headers", _CORS_HEADERS)
                self.send_header("Access-Control-Max-Age", "600")
            self._cors()
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _get(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            if parts.path in {"/sparql", "/draw"}:
                params = _params(parts.query)
                if "update" in params:
                    raise _Refused(HTTPStatus.BAD_REQUEST, "send updates with POST")
                if parts.path == "/sparql" and "query" not in params and self._wants_page():
                    self._query_page()
                else:
                    self._sparql(params, draw=parts.path == "/draw")
            elif parts.path in FILES and server.files_dir is not None:
                self._file(server.files_dir / FILES[parts.path])
            else:
                raise _Refused(HTTPStatus.NOT_FOUND,
                               "not found; the SPARQL endpoint is /sparql, the graph is /")

        def _wants_page(self) -> bool:
            # A browser opening the address asks for HTML first; SPARQL clients never do.
            offered = {"application/sparql-results+json": "", "text/html": ""}
            return negotiate(self.headers.get("Accept"), offered) == "text/html"

        def _query_page(self) -> None:
            from kg.query.page import content_policy, query_page

            page = query_page()
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"),
                       content_policy(page, frames=True))

        def _file(self, path: Path) -> None:
            try:
                body = path.read_bytes()
            except OSError:
                raise _Refused(HTTPStatus.NOT_FOUND,
                               f"{path.name} is not in the build folder; run `kg build`") from None
            self._send(HTTPStatus.OK, _FILE_TYPES[path.suffix], body)

        def _post(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            if path not in {"/sparql", "/draw"}:
                raise _Refused(HTTPStatus.NOT_FOUND, "not found; the SPARQL endpoint is /sparql")
            header = self.headers.get("Content-Length")
            if header is None:
                raise _Refused(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length")
            header = header.strip()
            # ASCII digits only: str.isdigit also accepts "²", which int() refuses.
            if not (header.isascii() and header.isdigit()):
                self.close_connection = True
                raise _Refused(HTTPStatus.BAD_REQUEST, f"malformed Content-Length {header!r}")
            length = int(header)
            if length > server.options.max_request_bytes:
                self.close_connection = True
                if length <= 16 * server.options.max_request_bytes:
                    # Read what the client is sending so it sees the answer, not a broken pipe.
                    left = length
                    while left > 0 and (chunk := self.rfile.read(min(65536, left))):
                        left -= len(chunk)
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"requests are limited to {server.options.max_request_bytes} bytes")
            body = self.rfile.read(length).decode("utf-8", "replace")
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
            self._sparql(params, draw=path == "/draw")

        def _sparql(self, params: dict[str, list[str]], draw: bool = False) -> None:
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
            if draw and updates:
                raise _Refused(HTTPStatus.BAD_REQUEST, "/draw draws a query's result; "
                               "send updates to /sparql")
            if updates and not server.options.allow_updates:
                raise _Refused(HTTPStatus.FORBIDDEN,
                               "updates are disabled on this server (start it with "
                               "--allow-updates to enable them)")
            if updates:
                self._check_same_origin()
            kind, text = ("update", updates[0]) if updates else (
                "draw" if draw else "query", queries[0])
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
    yield f"Query page:      {server.url}sparql (in a browser)"
    if server.files_dir is not None:
        yield f"Graph:           {server.url}"
    options = server.options
    updates = "refused"
    if options.allow_updates:
        updates = "ENABLED from this server's own pages" + (
            " with the token" if options.update_token else "")
    yield (f"Queries stop after {options.timeout:g} s or {options.memory_limit >> 20} MB; "
           f"answers hold at most {options.max_results} rows; updates {updates}")
    if options.allowed_hosts:
        yield f"SERVICE and LOAD may call: {', '.join(options.allowed_hosts)}"
    if options.cors_origins:
        yield f"Pages of these origins may read answers (CORS): {', '.join(options.cors_origins)}"

