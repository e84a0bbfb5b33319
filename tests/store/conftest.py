from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.model import Article, Entity, Evidence, KnowledgeGraph, Mention, Quote, Relation

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Virtuoso:
    sparql: str
    graph_store: str
    log: Path


_CONFIG = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
ServerThreads = 10
[SPARQL]
; Debian's defaults cut results at 10,000 rows and queries at 60 s, silently.
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 600
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso server of its own on 127.0.0.1, with SPARQL Update granted; stopped at the end."""
    if shutil.which(VIRTUOSO) is None or shutil.which(ISQL) is None:
        pytest.skip(f"{VIRTUOSO}/{ISQL} not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "www").mkdir()
    sql_port, http_port = _free_port(), _free_port()
    config = folder / "virtuoso.ini"
    config.write_text(_CONFIG.format(dir=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "stdout.log"
    with log.open("wb") as out:
        process = subprocess.Popen([VIRTUOSO, "+configfile", str(config), "+foreground"],
                                   cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso-t exited ({process.returncode}):\n{log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=5):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"virtuoso-t did not answer in 90 s:\n{log.read_text()[-2000:]}")
                time.sleep(0.25)
        grant = subprocess.run(
            [ISQL, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            capture_output=True, text=True, timeout=60)
        assert grant.returncode == 0, grant.stdout + grant.stderr
        yield Virtuoso(f"{base}/sparql", f"{base}/sparql-graph-crud", log)
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _mention(article: str, start: int, text: str, kind: str) -> Mention:
    return Mention(article, start, start + len(text), text, kind)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sample_kg() -> KnowledgeGraph:
    """Two articles with relations (asserted and not), quotes and awkward literals."""
    a1 = Article("a1", "one.txt", "Ada Lovelace met Charles Babbage in London.",
                 title='Ada\'s "engine" — a 1843 note', date="1843-07-10")
    a2 = Article("a2", "two.txt", "Babbage said: \"It works.\\n\" Ada might lead the Society.")
    ada1, bab1, lon = (_mention("a1", 0, "Ada Lovelace", "Person"),
                       _mention("a1", 17, "Charles Babbage", "Person"),
                       _mention("a1", 36, "London", "Place"))
    bab2, ada2, soc = (_mention("a2", 0, "Babbage", "Person"), _mention("a2", 31, "Ada", "Person"),
                       _mention("a2", 47, "Society", "Organization"))
    ada = Entity("person/ada-lovelace", "Person", "Ada Lovelace", ("Ada",), (ada1, ada2))
    bab = Entity("person/charles-babbage", "Person", "Charles Babbage", ("Babbage",), (bab1, bab2))
    city = Entity("place/london", "Place", "London", (), (lon,))
    society = Entity("organization/society", "Organization", "Society", (), (soc,))

    def ev(article: str, sentence: str, start: int, confidence: float) -> Evidence:
        return Evidence(article, sentence, start, start + len(sentence), "test.v1", confidence)

    relations = (
        Relation(ada1, "met", bab1, ev("a1", a1.text, 0, 0.9)),
        Relation(ada1, "locatedIn", lon, ev("a1", a1.text, 0, 0.5)),
        Relation(ada2, "leaderOf", soc, ev("a2", "Ada might lead the Society.", 28, 0.4),
                 status="hypothetical"),
    )
    quotes = (
        Quote('It works.\\n" — «мир» \U0001F600\nsecond line', bab2, ev("a2", a2.text, 0, 0.8)),
        Quote("Nobody's words", None, ev("a2", a2.text, 0, 0.3)),
    )
    entity_of = {ada1: ada.key, ada2: ada.key, bab1: bab.key, bab2: bab.key, lon: city.key,
                 soc: society.key}
    return KnowledgeGraph((a1, a2), (ada, bab, city, society), relations, quotes, entity_of)
