"""The store commands from the command line: build twice, add, remove, explain, export, validate."""

import shutil

import networkx as nx
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store
from kg.update.incremental import stored_articles

from ..conftest import SEEDS
from .conftest import content


def _size(out):
    with open_store(out) as store:
        return len(store), content(store), stored_articles(store)


def test_building_the_seeds_twice_changes_nothing(seeds_build):
    out, report = seeds_build
    before = _size(out)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 articles (0 new)" in result.output
    assert _size(out) == before and report.added == 5


def test_add_and_remove_round_trip(tmp_path, seeds_build):
    full, _ = seeds_build
    seeds = sorted(SEEDS.iterdir())
    first = tmp_path / "first"
    first.mkdir()
    for path in seeds[:2]:
        shutil.copy(path, first / path.name)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(first), "-o", str(out)])
    assert result.exit_code == 0 and "2 articles (2 new)" in result.output, result.output
    result = runner.invoke(cli, ["add", *map(str, seeds[2:]), "--store", str(out / "store")])
    assert result.exit_code == 0 and "5 articles (3 new)" in result.output, result.output
    # Sources differ (copies in first/), so compare everything but the file names.
    _, got, ids = _size(out)
    _, expected, all_ids = _size(full)
    assert ids == all_ids and len(got) == len(expected)
    result = runner.invoke(cli, ["remove", str(seeds[4]), "--store", str(out)])
    assert result.exit_code == 0 and "4 articles (1 removed)" in result.output, result.output
    assert len(_size(out)[2]) == 4
    assert "Dmitry Peskov" in (out / "graph.ttl").read_text()
    result = runner.invoke(cli, ["remove", "no-such-article", "--store", str(out)])
    assert result.exit_code == 1 and "no article 'no-such-article'" in result.output
    assert "Traceback" not in result.output


def test_explain_prints_evidence_or_says_what_is_missing(seeds_build):
    out, _ = seeds_build
    runner = CliRunner()
    result = runner.invoke(cli, ["explain", "peskov", "--store", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Dmitry Peskov <https://w3id.org/kg/resource/person/")
    assert "named in" in result.output
    result = runner.invoke(cli, ["explain", "Nobody At All", "--store", str(out)])
    assert result.exit_code == 1 and "no entity named 'Nobody At All'" in result.output
    result = runner.invoke(cli, ["explain", "Peskov", "met", "--store", str(out)])
    assert result.exit_code == 2 and "PREDICATE and OTHER" in result.output


def test_export_writes_each_format(seeds_build, tmp_path):
    out, _ = seeds_build
    runner = CliRunner()
    for fmt, marker in [("turtle", "@prefix"), ("trig", "@prefix"), ("nquads", "> ."),
                        ("json-ld", "@context")]:
        result = runner.invoke(cli, ["export", "--format", fmt, "--store", str(out)])
        assert result.exit_code == 0 and marker in result.output, fmt
    result = runner.invoke(cli, ["export", "--format", "gexf", "--store", str(out),
                                 "-o", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(tmp_path / "g.gexf")
    assert "Dmitry Peskov" in {d["label"] for _, d in graph.nodes(data=True)}


def test_validate_reports_conformance(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(cli, ["validate", "--store", str(out)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_explain_one_relation_of_the_seeds(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(cli, ["explain", "Peskov", "spokespersonOf", "Kremlin",
                                      "--store", str(out)])
    assert result.exit_code == 0, result.output
    assert "Dmitry Peskov spokespersonOf Kremlin [asserted;" in result.output
    # Each sentence is followed by its source file and offsets.
    assert "seeds/" in result.output and "“" in result.output


def test_a_store_in_use_is_refused_with_a_clear_message(tmp_path):
    from kg.store import GraphStore

    with GraphStore(tmp_path / "store") as store:
        store.load_ontology()
        # A second writer is refused; a reader opens the store read-only beside the writer.
        result = CliRunner().invoke(cli, ["remove", "a1", "--store", str(tmp_path)])
        reader = CliRunner().invoke(cli, ["query", "--store", str(tmp_path), "--format", "csv",
                                          "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and "in use by another kg process" in result.output
    assert reader.exit_code == 0 and int(reader.output.split()[1]) > 100, reader.output


def test_add_with_no_files_updates_the_store_and_leaves_the_files(tmp_path):
    seeds = sorted(SEEDS.iterdir())
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(seeds[0]), "-o", str(out)]).exit_code == 0
    files = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.html")}
    result = runner.invoke(cli, ["add", str(seeds[1]), "--store", str(out), "--no-files"])
    assert result.exit_code == 0 and "2 articles (1 new)" in result.output, result.output
    assert {name: (out / name).read_bytes() for name in files} == files
    assert len(_size(out)[2]) == 2  # the store has both
    result = runner.invoke(cli, ["add", str(seeds[1]), "--store", str(out)])  # nothing new
    assert result.exit_code == 0 and (out / "graph.ttl").read_bytes() != files["graph.ttl"]
