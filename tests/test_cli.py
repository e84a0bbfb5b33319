import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import GOLD, ROOT, SEEDS


def _commands(group=cli, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize(
    "path,command", list(_commands()), ids=lambda x: " ".join(x) if isinstance(x, tuple) else ""
)
def test_every_command_has_help(path, command):
    assert command.help and len(command.help) > 20
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_build_query_eval_in_process(tmp_path):
    # what a build killed while writing its files leaves behind, and a file of the user's
    stale = [tmp_path / ".graph.ttl.x1lz3d", tmp_path / ".graph.html.8kw0qa"]
    for path in [*stale, tmp_path / ".graph.notes"]:
        path.write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.output
    assert not any(path.exists() for path in stale)
    assert (tmp_path / ".graph.notes").exists()
    assert sorted(p.name for p in tmp_path.glob(".graph.*")) == [".graph.notes"]
    result = runner.invoke(
        cli,
        [
            "query",
            "--store",
            str(tmp_path),
            "--format",
            "csv",
            "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name",
        ],
    )
    assert result.exit_code == 0, result.output
    names = result.output.splitlines()
    assert names[0] == "name" and "Dmitry Peskov" in names
    result = runner.invoke(cli, ["eval", str(tmp_path), "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    # Each score line is consistent with its own counts: P, R and their harmonic mean.
    scores = re.findall(r"^(entities|relations|quotes) +P ([\d.]+) \((\d+)/(\d+)\) +"
                        r"R ([\d.]+) \((\d+)/(\d+)\) +F1 ([\d.]+)$", result.output, re.M)
    assert [s[0] for s in scores] == ["entities", "relations", "quotes"]
    for _, p, tp, predicted, r, found, gold, f1 in scores:
        precision, recall = int(tp) / int(predicted), int(found) / int(gold)
        assert (p, r) == (f"{precision:.3f}", f"{recall:.3f}")
        assert f1 == f"{2 * precision * recall / (precision + recall):.3f}"
        assert int(tp) > 0


def test_malformed_query_is_one_line_with_position(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(cli, ["query", "--store", str(out), "SELECT ?x WHERE { ?x ?y "])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "1:" in result.output and "malformed SPARQL" in result.output


def test_query_without_a_store_says_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["query", "--store", str(tmp_path / "none"), "ASK {}"])
    assert result.exit_code == 1 and "kg build" in result.output


@pytest.mark.slow
def test_python_dash_m_kg_runs_as_a_subprocess(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "graph.ttl").read_text().count("kg:Person") >= 10


def test_the_code_is_lint_clean():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run([str(ruff), "check", "kg", "tests", "bench"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout


def test_progress_in_a_log_gives_articles_rate_and_time_left(capsys, monkeypatch):
    from kg.cli import _Progress

    def run(total: int) -> list[str]:
        progress = _Progress()
        for done in range(1, total + 1):
            progress(done, total)
        progress.close()
        return capsys.readouterr().err.splitlines()

    lines = run(40)  # quicker than one interval: a first and a last line only
    assert lines[0] == "Extracting 40 articles" and len(lines) == 2
    assert lines[1].startswith("Extracting: 40/40 articles, ") and "articles/s" in lines[1]
    monkeypatch.setattr(_Progress, "every", 0.0)
    lines = run(40)
    assert len(lines) == 41 and "Extracting: 7/40 articles" in lines[7] and "left" in lines[7]
    assert run(_Progress.least - 1) == []  # too few to need progress


@pytest.mark.skipif(sys.platform != "linux" or platform.libc_ver()[0] != "glibc",
                    reason="tunes glibc's malloc")
def test_build_commands_keep_freed_memory_for_the_next_commit():
    from kg.heap import give_back_freed_memory, hold_freed_memory

    assert hold_freed_memory() is True  # glibc has mallopt and took both settings
    assert give_back_freed_memory() is True  # and malloc_trim


def test_query_takes_a_query_or_a_file_not_both_nor_neither(seeds_build, tmp_path):
    out, _ = seeds_build
    rq = tmp_path / "names.rq"
    rq.write_text("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }", encoding="utf-8")
    runner = CliRunner()
    alone = runner.invoke(cli, ["query", "--store", str(out), "--file", str(rq)])
    assert alone.exit_code == 0 and "Dmitry Peskov" in alone.output
    for args in (["SELECT ?s WHERE { ?s ?p ?o }", "--file", str(rq)], []):
        result = runner.invoke(cli, ["query", "--store", str(out), *args])
        assert result.exit_code == 1
        assert "give a query, or --file with a .rq file, but not both" in result.output
