"""Small hand-made extractions: relations and quotes without any NLP model."""

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

from kg.model import (
    Article,
    Entity,
    Evidence,
    Extraction,
    KnowledgeGraph,
    Mention,
    Quote,
    Relation,
)

PEOPLE = {"Dmitry Peskov", "Peskov", "Steve Witkoff", "Putin", "Vladimir Putin", "Marco Rubio"}


def _mention(article: Article, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    kind = "Person" if name in PEOPLE else "Organization"
    # Three votes: enough for a one-word name to stand as a person on its own.
    return Mention(article.id, start, start + len(name), name, kind, votes=((kind, 3.0),))


def _evidence(article: Article, sentence: str, extractor: str, confidence: float) -> Evidence:
    start = article.text.index(sentence)
    return Evidence(article.id, sentence, start, start + len(sentence), extractor, confidence)


def news(
    folder: Path,
    name: str,
    text: str,
    *,
    publisher: str | None = None,
    relations: tuple[tuple[str, str, str, str, float], ...] = (),
    quotes: tuple[tuple[str, str | None, str], ...] = (),
    status: str = "asserted",
) -> Extraction:
    """An article written to ``folder/name`` and what an extractor would find in it.

    Args:
        relations: (subject, predicate, object, sentence, confidence), names as in the text.
        quotes: (quoted words, speaker or None, sentence).
    """
    path = folder / name
    path.write_text(text, encoding="utf-8")
    article = Article(
        id=name.split(".")[0],
        source=str(path),
        text=text,
        title=text.split(".")[0],
        date="2025-11-20",
        publisher=publisher,
    )
    names = sorted(
        {n for r in relations for n in (r[0], r[2])}
        | {q[1] for q in quotes if q[1]}
        | {n for n in PEOPLE | {"Kremlin", "State Department"} if n in text},
        key=len,
        reverse=True,
    )
    mentions = {n: _mention(article, n) for n in names}
    found = tuple(
        Relation(
            mentions[s], p, mentions[o], _evidence(article, sentence, "kg.roles.v1", c), status
        )
        for s, p, o, sentence, c in relations
    )
    said = tuple(
        Quote(
            words,
            mentions[speaker] if speaker else None,
            _evidence(article, sentence, "kg.quotes.v2", 0.9),
            text.index(words),
            text.index(words) + len(words),
        )
        for words, speaker, sentence in quotes
    )
    return Extraction(article, tuple(sorted(mentions.values())), found, said)


@pytest.fixture
def corpus(tmp_path):
    """Four articles: three state that Peskov speaks for the Kremlin, two publishers among them."""
    s1 = "Dmitry Peskov, the Kremlin spokesman, said the talks were useful."
    s2 = "Peskov met Steve Witkoff in Moscow."
    s3 = "Kremlin spokesman Dmitry Peskov rejected the plan."
    s4 = "Dmitry Peskov speaks for the Kremlin."
    s5 = "Marco Rubio leads the State Department."
    return [
        news(
            tmp_path,
            "a1.txt",
            f'Talks in Moscow. {s1} {s2} "We are ready," Peskov said.',
            publisher="Reuters",
            relations=(
                ("Dmitry Peskov", "spokespersonOf", "Kremlin", s1, 0.8),
                ("Peskov", "met", "Steve Witkoff", s2, 0.6),
            ),
            quotes=(("We are ready", "Peskov", '"We are ready," Peskov said.'),),
        ),
        news(
            tmp_path,
            "a2.txt",
            f"Plan rejected. {s3}",
            publisher="AP",
            relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", s3, 0.7),),
        ),
        news(
            tmp_path,
            "a3.txt",
            f"Kremlin speaks. {s4}",
            publisher="Reuters",
            relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", s4, 0.9),),
        ),
        news(
            tmp_path,
            "a4.txt",
            f'Washington. {s5} "Progress," an official said.',
            relations=(("Marco Rubio", "leaderOf", "State Department", s5, 0.75),),
            quotes=(("Progress", None, '"Progress," an official said.'),),
        ),
    ]


@pytest.fixture(scope="session")
def seeds_extractions(nlp):
    """What the extractors find in the seeds (the real model, run once)."""
    from kg.pipeline import BuildReport, extract_corpus, read_corpus

    from ..conftest import SEEDS

    return extract_corpus(read_corpus([SEEDS], BuildReport()))


def content(store) -> set:
    """The knowledge graph's quads: article graphs and facts, without history or bookkeeping."""
    from kg.vocab import REDIRECTS_GRAPH, SYSTEM_GRAPHS

    hidden = SYSTEM_GRAPHS | {REDIRECTS_GRAPH}
    return {q for q in store.quads() if q[3] not in hidden}


def filled(extractions, one_by_one: bool = False):
    """An in-memory store with ``extractions`` added at once or one at a time."""
    from kg.store import GraphStore
    from kg.update.incremental import add_extractions

    store = GraphStore()
    for batch in [[x] for x in extractions] if one_by_one else [extractions]:
        add_extractions(store, batch)
    return store


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
        process = subprocess.Popen(
            [VIRTUOSO, "+configfile", str(config), "+foreground"],
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
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
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert grant.returncode == 0, grant.stdout + grant.stderr
        yield Virtuoso(f"{base}/sparql", f"{base}/sparql-graph-crud", log)
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def emptied(virtuoso: Virtuoso):
    """A store on ``virtuoso`` with no kg graph left on the server (other tests leave theirs)."""
    from kg.store.remote import RemoteStore

    store = RemoteStore(virtuoso.sparql, graph_store_endpoint=virtuoso.graph_store)
    for graph in store.graphs():
        store.update(f"DROP SILENT GRAPH <{graph}>")
    assert store.graphs() == []
    return store


@pytest.fixture
def server(virtuoso):
    """The Virtuoso server's store, emptied of kg's graphs."""
    return emptied(virtuoso)


def _span_mention(article: str, start: int, text: str, kind: str) -> Mention:
    return Mention(article, start, start + len(text), text, kind)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sample_kg() -> KnowledgeGraph:
    """Two articles with relations (asserted and not), quotes and awkward literals."""
    a1 = Article(
        "a1",
        "one.txt",
        "Ada Lovelace met Charles Babbage in London.",
        title='Ada\'s "engine" — a 1843 note',
        date="1843-07-10",
    )
    a2 = Article("a2", "two.txt", 'Babbage said: "It works.\\n" Ada might lead the Society.')
    ada1, bab1, lon = (
        _span_mention("a1", 0, "Ada Lovelace", "Person"),
        _span_mention("a1", 17, "Charles Babbage", "Person"),
        _span_mention("a1", 36, "London", "Place"),
    )
    bab2, ada2, soc = (
        _span_mention("a2", 0, "Babbage", "Person"),
        _span_mention("a2", 31, "Ada", "Person"),
        _span_mention("a2", 47, "Society", "Organization"),
    )
    ada = Entity("person/ada-lovelace", "Person", "Ada Lovelace", ("Ada",), (ada1, ada2))
    bab = Entity("person/charles-babbage", "Person", "Charles Babbage", ("Babbage",), (bab1, bab2))
    city = Entity("place/london", "Place", "London", (), (lon,))
    society = Entity("organization/society", "Organization", "Society", (), (soc,))

    def ev(article: str, sentence: str, start: int, confidence: float) -> Evidence:
        return Evidence(article, sentence, start, start + len(sentence), "test.v1", confidence)

    relations = (
        Relation(ada1, "met", bab1, ev("a1", a1.text, 0, 0.9)),
        Relation(ada1, "locatedIn", lon, ev("a1", a1.text, 0, 0.5)),
        Relation(
            ada2,
            "leaderOf",
            soc,
            ev("a2", "Ada might lead the Society.", 28, 0.4),
            status="hypothetical",
        ),
    )
    quotes = (
        Quote('It works.\\n" — «мир» \U0001f600\nsecond line', bab2, ev("a2", a2.text, 0, 0.8),
              0, 10),
        Quote("Nobody's words", None, ev("a2", a2.text, 0, 0.3), 0, 14),
    )
    entity_of = {
        ada1: ada.key,
        ada2: ada.key,
        bab1: bab.key,
        bab2: bab.key,
        lon: city.key,
        soc: society.key,
    }
    return KnowledgeGraph((a1, a2), (ada, bab, city, society), relations, quotes, entity_of)
