"""A store extracts again what older rules, other extractors or another model found."""

import json

from click.testing import CliRunner
from rdflib import DCTERMS, Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.extract import revision
from kg.extract.revision import extraction_revision
from kg.store import open_store
from kg.vocab import EXTRACTIONS_GRAPH, KG

from .conftest import SEEDS

_ROLES = ("kg.roles.v1",)
_BOTH = ("kg.quotes.v1", "kg.roles.v1")


def _build(args, out):
    result = CliRunner().invoke(cli, ["build", *map(str, args), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def _graph(out):
    """The graph written, less the redirects: they are history (what an entity was
    called before), which a store that removed and added articles keeps."""
    graph = Graph().parse(out / "graph.ttl")
    graph.remove((None, DCTERMS.isReplacedBy, None))
    return graph


def test_the_revision_depends_on_each_extractor_and_on_the_model(tmp_path):
    assert extraction_revision(_ROLES) == extraction_revision(_ROLES)
    assert extraction_revision(_BOTH) == extraction_revision(tuple(reversed(_BOTH)))
    assert extraction_revision(_ROLES) != extraction_revision(_BOTH)
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1.0"}))
    first = extraction_revision(_ROLES, str(model))
    (model / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1.1"}))
    assert extraction_revision(_ROLES, str(model)) != first
    assert first != extraction_revision(_ROLES)


def test_edited_rules_change_the_revision(monkeypatch):
    before = extraction_revision(_ROLES)
    monkeypatch.setattr(revision, "_rules_digest", lambda: "edited")
    assert extraction_revision(_ROLES) != before


def test_an_upgrade_extracts_the_stored_articles_again(tmp_path, monkeypatch):
    articles = sorted(SEEDS.glob("*.txt"))[:2]
    _build(articles, tmp_path / "out")
    assert "(0 new)" in _build(articles, tmp_path / "out")
    monkeypatch.setattr(revision, "_rules_digest", lambda: "the next release")
    output = _build(articles[:1], tmp_path / "out")
    assert "(0 new, 1 extracted again)" in output  # the article given, not the other
    assert "(0 new, 1 extracted again)" in _build(articles, tmp_path / "out")
    assert "(0 new)" in _build(articles, tmp_path / "out")
    _build(articles, tmp_path / "fresh")
    assert isomorphic(_graph(tmp_path / "out"), _graph(tmp_path / "fresh"))


def test_a_store_from_a_kg_that_kept_no_revision_is_extracted_again(tmp_path):
    article = sorted(SEEDS.glob("*.txt"))[0]
    _build([article], tmp_path)
    with open_store(tmp_path) as store:
        marks = store.rows(f"SELECT ?a ?r WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> "
                           f"{{ ?a <{KG.extractedWith}> ?r }} }}")
        assert len(marks) == 1
        store.update(f"DELETE WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> "
                     f"{{ ?a <{KG.extractedWith}> ?r }} }}")
    assert "(0 new, 1 extracted again)" in _build([article], tmp_path)
    assert "(0 new)" in _build([article], tmp_path)


def test_removing_an_article_removes_its_revision(tmp_path):
    one, two = sorted(SEEDS.glob("*.txt"))[:2]
    result = CliRunner().invoke(cli, ["build", str(one), str(two), "-o", str(tmp_path),
                                      "--extractor", "kg.roles.v1", "--quiet"])
    assert result.exit_code == 0, result.output
    removed = CliRunner().invoke(cli, ["remove", str(one), "--store", str(tmp_path / "store")])
    assert removed.exit_code == 0, removed.output
    with open_store(tmp_path) as store:
        marks = store.rows(f"SELECT ?a WHERE {{ GRAPH <{EXTRACTIONS_GRAPH}> "
                           f"{{ ?a <{KG.extractedWith}> ?r }} }}")
    assert len(marks) == 1
