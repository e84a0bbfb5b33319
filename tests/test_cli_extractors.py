"""`kg build --extractor`: which extractors run is the user's choice."""

from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store

from .conftest import SEEDS

_EXTRACTORS = """SELECT DISTINCT ?name WHERE { GRAPH ?g { ?a prov:wasAttributedTo ?x }
  ?x rdfs:label ?name } ORDER BY ?name"""


def _extractors_in(out):
    with open_store(out) as store:
        return [str(row[0]) for row in store.rows(_EXTRACTORS)]


def test_chosen_extractors_alone_run(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS / "000_d1bc974baa719ff2.txt"), "-o", str(tmp_path),
              "--extractor", "kg.roles.v1", "--extractor", "kg.quotes.v1"])
    assert result.exit_code == 0, result.output
    assert _extractors_in(tmp_path) == ["kg.quotes.v1", "kg.roles.v1"]


def test_unknown_extractor_is_one_line_listing_the_others(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "-o", str(tmp_path), "--extractor", "kg.nothing.v1"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "kg.nothing.v1" in lines[0] and "kg.roles.v1" in lines[0]
    assert not (tmp_path / "store").exists()  # failed before any work
