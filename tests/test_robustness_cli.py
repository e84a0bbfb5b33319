"""The `kg` command under bad input: a summary of skips, --strict, limits, and one-line
errors that name the input and say what to do (never a traceback)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import ROOT, SEEDS

STORY = "Olaf Scholz met Emmanuel Macron in Berlin on Tuesday to discuss the budget.\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


@pytest.fixture
def mixed(tmp_path):
    """Two good articles among bad ones, in a folder whose name has spaces and non-ASCII."""
    folder = tmp_path / "scraped articles — Zürich"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], folder / "good one.txt")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": STORY, "title": "Budget talks"}) + "\n{oops\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.5\n" + bytes(range(256)))
    (folder / "latin.md").write_bytes("Le président Macron a parlé à Paris.\n".encode("latin-1"))
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_build_skips_bad_articles_lists_them_and_builds_the_rest(mixed, tmp_path):
    out = tmp_path / "out put ü"
    result = run("build", str(mixed), "-o", str(out))
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output and "; 3 skipped" in result.output
    assert f"skipped {mixed / 'feed.jsonl'}:2: invalid JSON" in result.output
    assert f"skipped {mixed / 'empty.txt'}: no article text" in result.output
    assert f"skipped {mixed / 'scan.txt'}: a PDF document" in result.output
    assert f"note {mixed / 'latin.md'}: not UTF-8" in result.output
    assert f"note {mixed}: ignored files that are not articles: 1 .png" in result.output
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "good one.txt" in ttl and "Budget talks" in ttl and "latin.md" in ttl


@pytest.mark.slow
def test_graph_files_name_sources_from_the_folder_given_not_the_home_folder(tmp_path):
    news = tmp_path / "home" / "me" / "news"
    news.mkdir(parents=True)
    (news / "budget.txt").write_text(STORY, encoding="utf-8")
    result = run("build", str(news), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "news/budget.txt" in text and str(tmp_path) not in text, name
    result = run("build", str(news), "-o", str(tmp_path / "full"), "--absolute-paths")
    assert result.exit_code == 0, result.output
    ttl = (tmp_path / "full" / "graph.ttl").read_text(encoding="utf-8")
    assert f'kg:sourceFile "{news / "budget.txt"}"' in ttl


def test_strict_fails_before_building_and_leaves_earlier_outputs(mixed, seeds_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_build[0], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    result = run("build", str(mixed), "-o", str(out), "--strict")
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: --strict: 3 article(s) could not be read")
    assert "empty.txt" in lines[0] and "build without --strict" in lines[0]
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_strict_passes_when_every_article_reads(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 0, result.output
    assert "1 articles" in result.output and "skipped" not in result.output


def test_max_files_stops_with_a_clear_error(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{i} {STORY}", encoding="utf-8")
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out"), "--max-files", "2")
    no_traceback(result)
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {tmp_path}: more than 2 article files; raise the "
                                     "limit with --max-files, or point kg at a smaller folder")
    assert not (tmp_path / "out").exists()


def test_max_article_bytes_skips_bigger_files(tmp_path):
    (tmp_path / "small.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "big.txt").write_text(STORY * 10, encoding="utf-8")
    size = (tmp_path / "big.txt").stat().st_size
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out"),
                 "--max-article-bytes", "200")
    assert result.exit_code == 0, result.output
    assert f"skipped {tmp_path / 'big.txt'}: {size} bytes is over the limit of 200" in result.output


@pytest.mark.parametrize("option", ["--max-files", "--max-article-bytes"])
def test_limits_must_be_positive(tmp_path, option):
    result = run("build", str(tmp_path), option, "0")
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_nothing_readable_is_one_line_saying_what_to_do(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out"))
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: no readable articles in {tmp_path} (1 skipped; first ")
    assert "point kg at files or folders" in lines[0]


def test_a_missing_path_is_reported_and_the_rest_built(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), str(tmp_path / "typo.txt"),
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert f"skipped {tmp_path / 'typo.txt'}: no such file or folder" in result.output


def test_a_query_file_in_another_encoding_is_one_line(seeds_build, tmp_path):
    query = tmp_path / "q.rq"
    query.write_bytes('SELECT ?s WHERE { ?s ?p "caf\u00e9" }'.encode("latin-1"))
    result = run("query", "--store", str(seeds_build[0]), "--file", str(query))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {query}: not UTF-8 text (byte 28); "
                                     "save the query as UTF-8")


def test_query_on_a_folder_that_is_not_a_store_leaves_it_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("query", "--store", str(tmp_path), "ASK {}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert result.exit_code == 1 and "kg build" in result.output


@pytest.mark.parametrize("gold", [b"entities: [", b"\x89PNG\r\n\x1a\n"])
def test_eval_with_a_broken_gold_file_is_one_line(seeds_build, tmp_path, gold):
    path = tmp_path / "gold.yaml"
    path.write_bytes(gold)
    result = run("eval", str(seeds_build[0]), "--gold", str(path))
    no_traceback(result)
    assert result.exit_code == 1 and str(path) in result.output


@pytest.mark.slow
def test_bad_input_as_a_subprocess_gives_no_traceback(mixed, tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(mixed), "-o",
                           str(tmp_path / "out"), "--strict"], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: --strict: 3 article(s)")


@pytest.mark.parametrize("target", ["file", "file/sub"])
def test_an_output_folder_that_cannot_be_one_fails_before_any_work(tmp_path, monkeypatch, target):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.setattr("kg.pipeline.read_corpus", lambda *a, **k: pytest.fail("read anyway"))
    result = run("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / target))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / target}: cannot be the output folder")
    assert "is a file, not a folder" in result.output and "choose another with -o" in result.output
    assert (tmp_path / "file").read_text(encoding="utf-8") == "not a folder"
