"""The issue's scenario on the seeds: kg build with kg.llm.v1 behind a stub endpoint."""

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store

from .conftest import SEEDS
from .llm_stub import StubLLM

_LLM_FACTS = """SELECT ?s ?p ?o ?by WHERE { GRAPH ?g { ?a a kg:Assertion ; rdf:subject ?s ;
  rdf:predicate ?p ; rdf:object ?o ; prov:wasAttributedTo ?x } ?x rdfs:label ?by
  FILTER(STRSTARTS(?by, "kg.llm.v1")) }"""


def answer(user: str) -> str:
    """One grounded relation, and one whose subject no article names."""
    ids = {words: i for i, words in re.findall(r'(m\d+) "([^"]+)"', user)}
    if "Trump administration" not in ids or "28-point proposal" not in ids:
        return json.dumps({"relations": []})
    evidence = "the Trump administration drafted a 28-point proposal"
    return json.dumps({"relations": [
        {"subject": ids["Trump administration"], "predicate": "authorOf",
         "object": ids["28-point proposal"], "status": "asserted", "evidence": evidence},
        {"subject": "Sven Invented", "predicate": "authorOf",
         "object": ids["28-point proposal"], "status": "asserted", "evidence": evidence},
    ]})


def build(out, url, *extra, cache):
    return CliRunner().invoke(cli, [
        "build", str(SEEDS), "-o", str(out), "--extractor", "kg.roles.v1",
        "--extractor", "kg.llm.v1", "--llm-url", url, "--llm-model", "stub-7b",
        "--llm-cache", str(cache), *extra])


def llm_facts(out):
    with open_store(out) as store:
        return [tuple(str(v) for v in row) for row in store.rows(_LLM_FACTS)]


@pytest.mark.slow
def test_build_with_a_stub_llm(tmp_path):
    cache = tmp_path / "cache"
    with StubLLM(answer) as stub:
        result = build(tmp_path / "out", stub.url, cache=cache)
        assert result.exit_code == 0, result.output
        [(s, p, o, by)] = llm_facts(tmp_path / "out")
        assert (s.rsplit("/", 1)[-1], p.rsplit("#", 1)[-1]) == ("trump-administration", "authorOf")
        assert by == "kg.llm.v1/stub-7b/prompt-1"
        assert "dropped 1 (entity not in the text)" in result.output
        assert re.search(r"stub-7b: [\d,]+ tokens in \d+ requests", result.output)
        sent = len(stub.requests)
        assert sent > 0
        # Building again, into the same folder or a new one, asks nothing.
        assert build(tmp_path / "out", stub.url, cache=cache).exit_code == 0
        assert build(tmp_path / "again", stub.url, cache=cache).exit_code == 0
        assert len(stub.requests) == sent
        assert llm_facts(tmp_path / "again") == llm_facts(tmp_path / "out")
        url = stub.url
    # The endpoint is down now.
    result = build(tmp_path / "down", url, cache=tmp_path / "empty")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "unreachable" in result.output
    assert not (tmp_path / "down").exists()
    result = build(tmp_path / "down", url, "--llm-optional", cache=tmp_path / "empty")
    assert result.exit_code == 0, result.output
    assert "5 article(s) built without it" in result.output
    assert llm_facts(tmp_path / "down") == []
    # Once it is back, a build fills in what is missing (from the first build's cache).
    with StubLLM(answer) as stub:
        result = build(tmp_path / "down", stub.url, cache=cache)
        assert result.exit_code == 0, result.output
        assert len(stub.requests) == 0 and "0 tokens in 0 requests" in result.output
    assert llm_facts(tmp_path / "down") == llm_facts(tmp_path / "out")
    assert not (tmp_path / "down" / ".kg.llm.v1.pending").exists()


def test_llm_without_endpoint_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_LLM_URL", raising=False)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path),
                                      "--extractor", "kg.llm.v1"])
    assert result.exit_code == 2 and "--llm-url" in result.output
