"""What a wheel of kg holds and needs: `pip wheel .` installed in a fresh venv works anywhere."""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import tomllib
import urllib.parse
import urllib.request
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

PACKAGE = ROOT / "kg"


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement such as ``PyYAML>=6``."""
    for i, ch in enumerate(requirement):
        if not (ch.isalnum() or ch in "-_."):
            requirement = requirement[:i]
            break
    return requirement.lower().replace("_", "-").replace(".", "-")


def _imports() -> dict[str, bool]:
    """Top-level names of the libraries kg imports, each with whether some import of it
    runs when its module loads (rather than inside a function)."""
    found: dict[str, bool] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        at_load = {id(n) for n in tree.body} | {
            id(n) for node in tree.body if isinstance(node, ast.If | ast.Try)
            for n in ast.walk(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top != "kg" and top not in sys.stdlib_module_names:
                    found[top] = found.get(top, False) or id(node) in at_load
    return found


def test_every_library_kg_imports_is_a_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    required = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for name, reqs in project["optional-dependencies"].items()
              if name != "test" for r in reqs}
    distributions = packages_distributions()
    missing, eager = [], []
    for top, at_load in sorted(_imports().items()):
        names = {_name(d) for d in distributions.get(top, [top])}
        if not names & required:
            # An extra's library may be imported only where its feature is used.
            (eager if names & extras and at_load else missing if not names & extras else []
             ).append(top)
    assert not missing, f"imported but not a dependency: {missing}"
    assert not eager, f"optional but imported when kg loads: {eager}"


def _package_data() -> set[str]:
    """Every file of the source package that is not Python (the link to ontology/ included)."""
    found = set()
    for folder, dirs, files in os.walk(PACKAGE, followlinks=True):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found |= {(Path(folder) / f).relative_to(ROOT).as_posix() for f in files
                  if not f.endswith(".py")}
    return found


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory) -> Path:
    """A fresh venv with kg installed from its wheel; the libraries come from the test venv
    (seen through a .pth file, which does not run the test venv's editable install of kg)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("kg", "ontology", "queries"):
        shutil.copytree(ROOT / name, source / name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", str(source), "-w", str(work)], check=True,
                   capture_output=True)
    [wheel] = work.glob("kg-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run([*pip, "--python", str(venv / "bin" / "python"), "install", "--no-deps",
                    str(wheel)], check=True, capture_output=True)
    site = subprocess.run([venv / "bin" / "python", "-c",
                           "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "kg-test-libraries.pth").write_text(sysconfig.get_path("purelib") + "\n")
    with zipfile.ZipFile(wheel) as archive:
        (work / "contents.txt").write_text("\n".join(archive.namelist()))
    return venv


@pytest.mark.slow
def test_the_wheel_holds_the_package_data(wheel_venv):
    contents = set((wheel_venv.parent / "contents.txt").read_text().splitlines())
    expected = _package_data()
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/queries/roles.rq"} <= expected
    assert expected <= contents, f"left out of the wheel: {sorted(expected - contents)}"


@pytest.mark.slow
def test_the_installed_kg_builds_validates_and_serves_from_any_folder(wheel_venv, tmp_path):
    kg = str(wheel_venv / "bin" / "kg")
    here = subprocess.run([wheel_venv / "bin" / "python", "-c", "import kg; print(kg.__file__)"],
                          cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert Path(here).is_relative_to(wheel_venv), here  # the wheel's kg, not the checkout's

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "000_d1bc974baa719ff2.txt", articles)

    def run(*args: str) -> str:
        done = subprocess.run([kg, *args], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    run("build", "articles", "-o", "out", "--jobs", "1")
    assert "conforms to the shapes" in run("validate", "--store", "out")
    names = run("query", "--store", "out", "--format", "csv",
                "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }")
    assert "Peskov" in names

    server = subprocess.Popen([kg, "serve", "--store", "out", "--port", "0"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line + server.stderr.read()
        query = urllib.parse.urlencode({"query": "ASK { ?p a kg:Person }"})
        with urllib.request.urlopen(f"{line.split()[-1]}?{query}", timeout=60) as response:
            assert json.loads(response.read())["boolean"] is True
        page = urllib.request.Request(line.split()[-1], headers={"Accept": "text/html"})
        with urllib.request.urlopen(page, timeout=60) as response:
            body = response.read().decode()
        assert '"name":"statements"' in body, body[:300]  # the ready-made queries ship too
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()
