"""Reading commands open the store read-only: they run side by side, beside a writer,
and on a read-only file system."""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "data" / "gold_seeds.yaml"
COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"


def _kg(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          timeout=300, **kwargs)


def _queries(build: Path, n: int) -> list[subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(lambda _: _kg("query", "--store", str(build), "--format", "csv",
                                           COUNT), range(n)))


def _count(result: subprocess.CompletedProcess[str]) -> int:
    return int(result.stdout.split()[1])


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_reading_commands_leave_the_store_untouched(tmp_path, seeds_build):
    build = tmp_path / "build"
    shutil.copytree(seeds_build[0], build)
    before = _snapshot(build / "store")
    runner = CliRunner()
    for args in (["query", COUNT], ["explain", "Peskov"], ["export", "--format", "nquads"],
                 ["validate"], ["render", "-o", str(tmp_path / "page.html")]):
        result = runner.invoke(cli, [*args, "--store", str(build)])
        assert result.exit_code == 0, (args, result.output)
    result = runner.invoke(cli, ["eval", str(build), "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert _snapshot(build / "store") == before


@pytest.mark.slow
def test_eight_kg_query_at_once_all_answer(seeds_build):
    results = _queries(seeds_build[0], 8)
    assert [r.returncode for r in results] == [0] * 8, [r.stderr for r in results]
    assert {_count(r) for r in results} == {5}


@pytest.mark.slow
def test_kg_query_runs_while_kg_add_writes(tmp_path, seeds_build):
    build = tmp_path / "build"
    shutil.copytree(seeds_build[0], build)
    result = CliRunner().invoke(cli, ["remove", *map(str, SEEDS[:4]), "--store", str(build)])
    assert result.exit_code == 0, result.output
    writer = subprocess.Popen([sys.executable, "-m", "kg", "add", *map(str, SEEDS[:4]),
                               "--store", str(build)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        answers = []
        while writer.poll() is None or not answers:
            answers += _queries(build, 8)
        assert writer.wait(timeout=300) == 0, writer.stderr.read()
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.communicate()
    assert [r.returncode for r in answers] == [0] * len(answers), [
        r.stderr for r in answers if r.returncode]
    # Each reader saw the store as of some commit: before the add, or after it.
    assert {_count(r) for r in answers} <= {1, 5}
    assert _count(_kg("query", "--store", str(build), "--format", "csv", COUNT)) == 5


def _read_only_mount_works() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c",
                            "mount --bind -o ro / / 2>/dev/null || mount --bind -o ro /tmp /tmp"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(), reason="needs unshare and mount (root)")
def test_reading_commands_work_on_a_read_only_file_system(tmp_path, seeds_build):
    build = tmp_path / "build"
    shutil.copytree(seeds_build[0], build)
    commands = [
        f"{sys.executable} -m kg query --store {build} --format csv '{COUNT}'",
        f"{sys.executable} -m kg explain --store {build} Peskov",
        f"{sys.executable} -m kg export --store {build} --format trig",
        f"{sys.executable} -m kg validate --store {build}",
        f"{sys.executable} -m kg eval {build} --gold {GOLD}",
        f"{sys.executable} -m kg render --store {build} -o {tmp_path / 'page.html'}",
        f"touch {build}/store/written && echo WRITABLE",
    ]
    script = (f"mount --bind -o ro {build} {build} && "
              + " && ".join(f"{{ {c}; }} || echo FAILED: {c.split()[3]}" for c in commands[:-1])
              + f"; {commands[-1]}")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                            text=True, timeout=600)
    assert (tmp_path / "page.html").stat().st_size > 1000
    assert "FAILED" not in result.stdout, result.stdout + result.stderr
    assert "n\n5\n" in result.stdout and "WRITABLE" not in result.stdout
    assert "Read-only file system" in result.stderr


def test_a_reader_retries_while_a_writer_replaces_the_manifest(monkeypatch, seeds_build):
    import pyoxigraph

    import kg.store.store as store_module
    from kg.errors import StoreError
    from kg.store import open_store

    real = pyoxigraph.Store.read_only
    failures = iter([RuntimeError("Corruption: IO error: No such file or directory: 000058.sst"
                                  "  The file MANIFEST-000061 may be corrupted."), OSError("gone")])

    def flaky(path):
        error = next(failures, None)
        if error is not None:
            raise error
        return real(path)

    monkeypatch.setattr(pyoxigraph.Store, "read_only", staticmethod(flaky))
    monkeypatch.setattr(store_module.time, "sleep", lambda s: None)
    with open_store(seeds_build[0], read_only=True) as store:
        assert _count_rows(store) == 5
    monkeypatch.setattr(pyoxigraph.Store, "read_only",
                        staticmethod(lambda path: (_ for _ in ()).throw(OSError("broken"))))
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(seeds_build[0], read_only=True)


def _count_rows(store) -> int:
    return int(next(iter(store.rows(COUNT)))[0])
