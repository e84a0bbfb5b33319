"""Every command on both stores: the embedded one and a SPARQL server (Virtuoso) agree."""

from __future__ import annotations

import json
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.query.server import ServerOptions, SparqlServer
from kg.store import GraphStore, open_store, store_folder
from kg.update.incremental import add_extractions, remove_articles, stored_articles

from ..conftest import ROOT, SEEDS

pytestmark = [pytest.mark.virtuoso, pytest.mark.slow]


def _value(term):
    """A term by its value: a server may write a number's lexical form its own way."""
    return term.toPython() if isinstance(term, Literal) else term


def _quads(store) -> set:
    return {tuple(map(_value, q)) for q in store.quads()}


def test_the_same_adds_and_removes_give_the_same_store(server, corpus):
    a1, a2, a3, a4 = corpus
    with GraphStore() as local:
        for store in (local, server):
            add_extractions(store, [a1, a2])
            add_extractions(store, [a3])  # a graph of the first commit changes: Peskov's key
            add_extractions(store, [a3, a4])  # a3 is there already: skipped
            remove_articles(store, ["a1"])
        assert stored_articles(server) == stored_articles(local) == {"a2", "a3", "a4"}
        # The ledger, the name index and the redirects are on the server too, in their graphs.
        assert _quads(server) == _quads(local)
        assert len(server) == len(local) > 100
        for store in (local, server):
            remove_articles(store, ["a2", "a3", "a4"])
        assert _quads(server) == _quads(local)
        assert not any("article/" in str(q[3]) for q in server.quads())


def _kg(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _dataset(trig: str) -> Dataset:
    return Dataset().parse(data=trig, format="trig")


def _assert_same_datasets(one: Dataset, other: Dataset) -> None:
    graphs = {g.identifier for g in one.graphs() if len(g)}
    assert graphs == {g.identifier for g in other.graphs() if len(g)} and len(graphs) > 3
    for name in graphs:
        mine, theirs = Graph(), Graph()
        mine += one.graph(name)
        theirs += other.graph(name)
        assert isomorphic(mine, theirs), name


# rdflib's Dataset.parse calls its own deprecated API (Dataset.default_context, ConjunctiveGraph).
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_build_add_remove_query_explain_export_agree(server, virtuoso, nlp, tmp_path):
    """The Done-when sequence, through the CLI: one folder and one server, the same answers."""
    news, more = tmp_path / "news", tmp_path / "more"
    news.mkdir()
    more.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[:3]:
        shutil.copy(path, news)
    for path in seeds[3:]:
        shutil.copy(path, more)
    folder, url = str(tmp_path / "out"), virtuoso.sparql
    gsp = ["--graph-store-endpoint", virtuoso.graph_store]
    _kg("build", str(news), "-o", folder, "--quiet")
    _kg("build", str(news), "-o", str(tmp_path / "files"), "--quiet", "--store", url, *gsp)
    for store in (folder, url):
        _kg("add", str(more), "--store", store, *(gsp if store == url else []))
        _kg("remove", str(news / seeds[0].name), "--store", store)
    assert not Path("http:").exists()
    with open_store(folder, read_only=True) as local, open_store(url) as remote:
        assert len(stored_articles(local)) == len(seeds) - 1
        assert _quads(remote) == _quads(local)

    def both(*args: str) -> tuple[str, str]:
        return _kg(*args, "--store", folder), _kg(*args, "--store", url)

    for query in sorted((ROOT / "queries").glob("*.rq")):
        local, remote = both("query", "--file", str(query), "--format", "json")
        assert _rows(remote) == _rows(local), query.name
    local, remote = both("explain", "Peskov")
    assert remote == local and "Kremlin" in local
    for fmt in ("graphml", "gexf"):
        local, remote = both("export", "--format", fmt)
        assert remote == local and "Peskov" in local
    local, remote = both("export", "--format", "trig")
    _assert_same_datasets(_dataset(local), _dataset(remote))
    local, remote = both("export", "--format", "json-ld")
    _assert_same_datasets(Dataset().parse(data=local, format="json-ld"),
                          Dataset().parse(data=remote, format="json-ld"))
    answers = []
    for store in (folder, url):
        with SparqlServer(store, port=0, options=ServerOptions(workers=1)) as served:
            served.start()
            query = urllib.parse.urlencode({"query": (ROOT / "queries" / "roles.rq").read_text()})
            request = urllib.request.Request(f"{served.url}sparql?{query}",
                                             headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=60) as response:
                answers.append(_rows(response.read().decode("utf-8")))
    assert answers[0] == answers[1] and answers[0]
    gold = str(ROOT / "tests" / "data" / "gold_seeds.yaml")
    assert _kg("eval", url, "--gold", gold) == _kg("eval", folder, "--gold", gold)
    for command in (["validate", "--sources", str(tmp_path)], ["render", "-o"]):
        pages = []
        for store in (folder, url):
            page = tmp_path / f"{len(pages)}.html"
            args = [*command, str(page)] if command[0] == "render" else command
            pages.append(_kg(*args, "--store", store).replace(str(page), "PAGE"))
        assert pages[0] == pages[1], command


def _rows(answer: str) -> list:
    rows = json.loads(answer)["results"]["bindings"]
    return sorted(json.dumps({k: v["value"] for k, v in row.items()}, sort_keys=True)
                  for row in rows)


def test_kg_add_and_remove_with_a_url_change_the_server_not_a_folder(server, virtuoso, nlp,
                                                                     tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one = tmp_path / "one.txt"
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], one)
    url = virtuoso.sparql
    assert "1 new" in _kg("add", str(one), "--store", url)
    assert store_folder(url) is None and list(tmp_path.iterdir()) == [one]
    assert len(stored_articles(server)) == 1
    assert "1 removed" in _kg("remove", str(one), "--store", url)
    assert stored_articles(server) == set()
    assert not any("article/" in str(q[3]) for q in server.quads())


def test_kg_build_and_query_point_at_the_server(server, virtuoso, seeds_build, tmp_path: Path):
    out, _ = seeds_build
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path), "--quiet",
                                 "--store", virtuoso.sparql,
                                 "--graph-store-endpoint", virtuoso.graph_store])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "store").exists() and (tmp_path / "graph.html").is_file()
    sparql = """SELECT DISTINCT ?name WHERE { ?a kg:sourceFile ?file ; kg:mentions ?p .
        ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"""
    remote = runner.invoke(cli, ["query", "--store", virtuoso.sparql, "--format", "csv", sparql])
    local = runner.invoke(cli, ["query", "--store", str(out), "--format", "csv", sparql])
    assert remote.exit_code == 0, remote.output
    assert remote.output == local.output and "Dmitry Peskov" in remote.output
    # The files hold the embedded build's graph.
    ours, theirs = (Graph().parse(folder / "graph.ttl") for folder in (tmp_path, out))
    assert len(ours) > 1000 and isomorphic(ours, theirs)
