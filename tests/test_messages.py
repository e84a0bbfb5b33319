"""Each mistake a user can make on the command line gets one line naming it and the fix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def build_dir(seeds_build):
    return seeds_build[0]


def _fails(*args: str) -> str:
    """The one line a failing command prints (no traceback)."""
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert lines[0].startswith("Error: ")
    return lines[0]


def _runs(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", [["render"], ["export", "--format", "turtle"]])
def test_an_output_path_that_cannot_be_written(build_dir, tmp_path, command):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    target = a_file / "graph.out"
    line = _fails(*command, "--store", str(build_dir), "-o", str(target))
    assert str(target) in line and f"{a_file} is a file" in line and "-o" in line


def test_syntax_errors_are_placed_in_the_users_own_query(build_dir):
    line = _fails("query", "--store", str(build_dir),
                  "SELECT ?x WHERE { ?x a kg:Person . ?x rdfs:label }")
    assert "error at 1:" in line
    line = _fails("query", "--store", str(build_dir),
                  "SELECT ?x WHERE {\n  ?x a kg:Person .\n  ?x rdfs:label }")
    assert "error at 3:" in line


def test_an_undeclared_prefix_is_named(build_dir):
    line = _fails("query", "--store", str(build_dir), "SELECT ?x WHERE { ?x a foaf:Person }")
    assert "error at 1:" in line and "foaf: is not declared" in line
    assert "PREFIX foaf: <IRI>" in line and "kg:" in line


@pytest.mark.parametrize("update", ['INSERT DATA { <urn:a> <urn:b> "c" }',
                                    "PREFIX x: <urn:x#> DELETE WHERE { ?s x:p ?o }",
                                    "# a comment\nDROP ALL"])
def test_an_update_is_refused_as_an_update(build_dir, update):
    line = _fails("query", "--store", str(build_dir), update)
    assert "not updates" in line and "kg add" in line and "CONSTRUCT" not in line


def test_a_query_mentioning_insert_in_a_string_still_runs(build_dir):
    out = _runs("query", "--store", str(build_dir),
                'SELECT ?e WHERE { ?e rdfs:label "INSERT DATA" }')
    assert "(0 rows)" in out


def test_add_refuses_a_store_that_does_not_exist(tmp_path):
    typo = tmp_path / "typo"
    line = _fails("add", str(SEEDS), "--store", str(typo))
    assert str(typo) in line and "--create" in line
    assert not typo.exists()


def test_add_creates_a_store_when_told_to(tmp_path):
    out = _runs("add", str(sorted(SEEDS.iterdir())[0]), "--store", str(tmp_path / "new"),
                "--create", "--no-files")
    assert out.startswith("1 article (1 new), ") and "1 articles" not in out


def test_explain_finds_a_country_by_its_short_name(build_dir):
    out = _runs("explain", "US", "--store", str(build_dir))
    assert out.startswith("United States <")


def test_construct_output_uses_kg_prefixes_and_plain_strings(build_dir):
    out = _runs("query", "--store", str(build_dir),
                "CONSTRUCT { ?p a kg:Person ; rdfs:label ?n } WHERE { ?p a kg:Person ; "
                "rdfs:label ?n } LIMIT 2")
    assert "@prefix kg: <https://w3id.org/kg/ontology#>" in out and "a kg:Person" in out
    assert "ns1:" not in out and "xsd:string" not in out and "^^" not in out


@pytest.mark.parametrize("fmt", ["tsv", "json"])
def test_names_are_plain_literals_in_tsv_and_json(build_dir, fmt):
    out = _runs("query", "--store", str(build_dir), "--format", fmt,
                "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 3")
    assert "XMLSchema#string" not in out and "^^" not in out
    if fmt == "json":
        [first, *_] = json.loads(out)["results"]["bindings"]
        assert first["n"] == {"type": "literal", "value": first["n"]["value"]}
    else:
        assert out.splitlines()[1].startswith('"')


def test_a_message_is_one_line_from_the_real_command_too(tmp_path):
    typo = tmp_path / "typo"
    done = subprocess.run([sys.executable, "-m", "kg", "add", str(SEEDS), "--store", str(typo)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "--create" in done.stderr
