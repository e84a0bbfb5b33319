"""Hostile requests to `kg serve`: each attack that once worked is kept here as a test."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser

from kg.cli import cli
from kg.errors import KGError
from kg.query.server import ServerOptions, SparqlServer
from kg.store import GraphStore
from tests.query.conftest import client_timeout

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
ARTICLES = ("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE "
            "{ ?a a <https://w3id.org/kg/ontology#Article> }")
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def served(seeds_build):
    with SparqlServer(seeds_build[0], port=0) as server:
        yield server.start()


@pytest.fixture
def writable(tmp_path, seeds_build):
    """A copy of the seeds build, served with updates allowed."""
    shutil.copytree(seeds_build[0], tmp_path / "build")
    options = ServerOptions(allow_updates=True)
    with SparqlServer(tmp_path / "build", port=0, options=options) as server:
        yield server.start()


def _request(server: SparqlServer, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(server.url.rstrip("/") + path, data=body, method=method,
                                     headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=client_timeout()) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _query(server: SparqlServer, query: str, accept: str = "text/csv") -> tuple[int, bytes]:
    return _request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                    headers={"Accept": accept})


def _count(server: SparqlServer, query: str) -> int:
    status, body = _query(server, query)
    assert status == 200, body
    return int(body.decode().split()[1])


def _form(fields: dict[str, str]) -> bytes:
    return urllib.parse.urlencode(fields).encode()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


# -- SERVICE and LOAD: the server fetches nothing ---------------------------------------------


def test_service_through_the_server_reaches_no_one(served, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    answers = [
        _query(served, query),
        _query(served, query.replace("SERVICE", "service SILENT")),
        _request(served, "POST", "/sparql", query.encode(),
                 {"Content-Type": "application/sparql-query"}),
        _request(served, "POST", "/sparql", _form({"query": query}), FORM),
    ]
    for status, body in answers:
        assert status == 400 and b"SERVICE <http://127.0.0.1:" in body, body
        assert b"--allow-service" in body
    time.sleep(0.3)
    assert listener.connections == []


def test_load_and_service_in_updates_reach_no_one(writable, listener):
    before = _count(writable, QUADS)
    for update in (f"LOAD <{listener.url}>", "LOAD <file:///etc/passwd>",
                   f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"):
        status, body = _request(writable, "POST", "/sparql", update.encode(),
                                {"Content-Type": "application/sparql-update"})
        assert status == 400 and b"is refused" in body, body
    time.sleep(0.3)
    assert listener.connections == [] and _count(writable, QUADS) == before


def test_an_allowed_service_host_is_called(seeds_build, listener):
    options = ServerOptions(workers=1, allowed_hosts=(listener.host_port,))
    with SparqlServer(seeds_build[0], port=0, options=options) as server:
        server.start()
        query = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
        _query(server, query)
    assert listener.connections and b"Oxigraph" in listener.connections[0]


# -- cross-site requests cannot change the store ----------------------------------------------


def test_a_cross_site_form_cannot_empty_the_store(writable):
    before = _count(writable, QUADS)
    port = writable.httpd.server_address[1]
    hostile = [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},  # a sandboxed frame, a file:// page
        {"Origin": f"http://localhost:{port + 1}"},  # another server on this machine
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ]
    for headers in hostile:
        status, body = _request(writable, "POST", "/sparql", _form({"update": "DROP ALL"}),
                                {**FORM, **headers})
        assert status == 403 and b"own pages" in body, (headers, body)
    assert _count(writable, QUADS) == before > 1000


def test_updates_from_the_own_origin_and_from_plain_clients_go_through(writable):
    host, port = writable.httpd.server_address[:2]
    insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> 'one' } }"
    status, _ = _request(writable, "POST", "/sparql", _form({"update": insert}),
                         {**FORM, "Origin": f"http://{host}:{port}",
                          "Sec-Fetch-Site": "same-origin"})
    assert status == 204
    status, _ = _request(writable, "POST", "/sparql",
                         b"INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> 'two' } }",
                         {"Content-Type": "application/sparql-update"})
    assert status == 204
    assert _count(writable, "SELECT (COUNT(*) AS ?n) WHERE { <urn:x:a> ?p ?o }") == 2


def test_a_token_guards_updates(tmp_path):
    with GraphStore(tmp_path / "store") as store:
        store.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> 1 } }")
    options = ServerOptions(allow_updates=True, update_token="s3cret")
    with SparqlServer(tmp_path, port=0, options=options) as server:
        server.start()
        update = b"DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
        media = {"Content-Type": "application/sparql-update"}
        for wrong in ({}, {"Authorization": "Bearer guess"}):
            status, body = _request(server, "POST", "/sparql", update, {**media, **wrong})
            assert status == 401 and b"token" in body
        assert _count(server, QUADS) == 1
        status, _ = _request(server, "POST", "/sparql", update,
                             {**media, "Authorization": "Bearer s3cret"})
        assert status == 204 and _count(server, QUADS) == 0


def test_updates_off_loopback_need_a_token(tmp_path):
    with pytest.raises(KGError, match="--update-token"):  # refused before anything listens
        SparqlServer(tmp_path, host="0.0.0.0", port=0, options=ServerOptions(allow_updates=True))


# -- every committed change is served ---------------------------------------------------------


def test_kg_remove_and_kg_add_are_served_at_once(tmp_path, seeds_build):
    build = tmp_path / "build"
    shutil.copytree(seeds_build[0], build)
    with SparqlServer(build, port=0) as server:
        server.start()
        articles = _count(server, ARTICLES)
        result = CliRunner().invoke(cli, ["remove", str(SEEDS[0]), "--store", str(build)])
        assert result.exit_code == 0, result.output
        for _ in range(3):  # every worker, not just the first
            assert _count(server, ARTICLES) == articles - 1
        result = CliRunner().invoke(cli, ["add", str(SEEDS[0]), "--store", str(build),
                                          "--no-files"])
        assert result.exit_code == 0, result.output
        for _ in range(3):
            assert _count(server, ARTICLES) == articles


# -- failures are answered, workers live ------------------------------------------------------


def _raw(server: SparqlServer, request: bytes) -> bytes:
    address = server.httpd.server_address[:2]
    with socket.create_connection(address, timeout=client_timeout()) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_malformed_content_length_is_a_400(served):
    port = served.httpd.server_address[1]
    for length in ("²", "-1", "1e3", "0x10", "١٢"):
        answer = _raw(served, (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                               "Content-Type: application/sparql-query\r\n"
                               f"Content-Length: {length}\r\n\r\nASK {{}}").encode())
        assert answer.startswith(b"HTTP/1.0 400") and b"Content-Length" in answer, answer


def test_a_client_hanging_up_leaves_no_traceback(served, capfd):
    port = served.httpd.server_address[1]
    for _ in range(20):
        with socket.create_connection(served.httpd.server_address[:2],
                                      timeout=client_timeout()) as sock:
            sock.sendall(f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                         "Content-Length: ²\r\n\r\n".encode())
            # Closed with the answer unread: the server's write meets a reset.
    status, _ = _query(served, "ASK { ?s ?p ?o }", accept="application/json")
    assert status == 200 and "Traceback" not in capfd.readouterr().err


def test_rdf_xml_of_a_result_it_cannot_write_is_refused_with_a_reason(served):
    pids = served.worker_pids()
    status, body = _query(served, "CONSTRUCT { <urn:x:a> <urn:x:1> 'v' } WHERE {}",
                          accept="application/rdf+xml")
    assert status == 406 and b"text/turtle" in body
    assert served.worker_pids() == pids


def _crafted(server: SparqlServer, n: int) -> tuple[int, bytes]:
    """One of a dozen requests that fail, each differently."""
    port = server.httpd.server_address[1]
    attacks = [
        lambda: _query(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"),
        lambda: _query(server, "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }"),
        lambda: _query(server, "CONSTRUCT { <urn:x:a> <urn:x:1> 'v' } WHERE {}",
                       accept="application/rdf+xml"),
        lambda: _query(server, "SELECT ?x WHERE { ?x "),
        lambda: _query(server, "SELECT * WHERE { ?s ?p ?o }", accept="image/png"),
        lambda: _request(server, "GET", "/sparql?update=DROP+ALL"),
        lambda: _query(server, "{" * 5000),
        lambda: _query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT -1"),
        lambda: _request(server, "POST", "/sparql", _form({"update": "LOAD <file:///etc/x>"}),
                         FORM),
        lambda: _request(server, "GET", "/sparql?query=ASK%7B%7D&default-graph-uri=%00"),
        lambda: (400, _raw(server, (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                                    "Content-Length: ²\r\n\r\n").encode())),
        lambda: _request(server, "POST", "/sparql", b"\xff\xfe", {"Content-Type": "text/plain"}),
    ]
    return attacks[n % len(attacks)]()


def test_two_hundred_failing_requests_leave_every_worker_alive(served):
    pids = served.worker_pids()
    statuses = [_crafted(served, n)[0] for n in range(200)]
    assert all(400 <= status < 500 for status in statuses), statuses
    assert served.worker_pids() == pids
    status, body = _query(served, "ASK { ?s ?p ?o }", accept="application/json")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_query_past_the_memory_limit_is_stopped_and_the_server_goes_on(seeds_build):
    options = ServerOptions(workers=1, timeout=60, max_memory=300 << 20)
    with SparqlServer(seeds_build[0], port=0, options=options) as server:
        server.start()
        pid = server.worker_pids()[0]
        runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
        status, body = _query(server, runaway)
        assert status == 503 and b"more than 300 MB" in body
        assert server.worker_pids() != [pid]
        status, body = _query(server, "ASK { ?s ?p ?o }", accept="application/json")
        assert status == 200 and json.loads(body)["boolean"] is True


# -- result formats ---------------------------------------------------------------------------


def test_tsv_from_the_server_is_read_back_by_rdflib(served):
    query = ('SELECT ?v WHERE { VALUES ?v { "two\\nlines" "a\\ttab" "back\\\\slash" '
             '"say \\"hi\\"" "é"@fr } }')
    status, body = _query(served, query, accept="text/tab-separated-values")
    assert status == 200 and body.count(b"\n") == 6
    values = [str(row[0]) for row in TSVResultParser().parse(io.StringIO(
        body.decode()))]
    assert values == ["two\nlines", "a\ttab", "back\\slash", 'say "hi"', "é"]


def test_kg_query_tsv_is_read_back_by_rdflib(seeds_build):
    query = 'SELECT ?v ?w WHERE { VALUES (?v ?w) { ("two\\nlines" "a\\ttab") } }'
    result = CliRunner().invoke(cli, ["query", "--store", str(seeds_build[0]), "--format", "tsv",
                                      query])
    assert result.exit_code == 0 and result.output.rstrip("\n").count("\n") == 1
    rows = list(TSVResultParser().parse(io.StringIO(result.output)))
    assert [(str(v), str(w)) for v, w in rows] == [("two\nlines", "a\ttab")]


# -- workers end with the server --------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_kg_serve_during_a_heavy_query_leaves_no_worker(seeds_build, stop):
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(seeds_build[0]), "--port", "0",
         "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    try:
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint: "), line + process.stderr.read()
        workers = _children(process.pid)
        assert len(workers) >= 2
        heavy = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE "
                                                 "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"})
        threading.Thread(target=lambda: _ignore_errors(line.split()[-1] + "?" + heavy),
                         daemon=True).start()
        time.sleep(1.5)  # the query is running in a worker
        process.send_signal(stop)
        process.wait(timeout=30)
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()
        for pid in workers:  # left behind: they would hold the output pipes open
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        process.communicate()


def _ignore_errors(url: str) -> None:
    with contextlib.suppress(OSError):
        urllib.request.urlopen(url, timeout=client_timeout()).read()
