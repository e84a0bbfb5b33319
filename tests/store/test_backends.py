"""One protocol, one parser of ``--store``: no command knows which backend it has."""

from __future__ import annotations

import ast
import socket

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreError
from kg.store import GraphStore, open_store, store_folder

from ..conftest import ROOT, SEEDS

_BACKENDS = {"GraphStore", "RemoteStore"}


def _names(tree: ast.AST) -> set[str]:
    """Every name a module uses or imports."""
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    used |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    return used | {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   for alias in node.names}


def test_no_module_outside_the_store_names_a_backend():
    # kg/__init__.py re-exports GraphStore as public API, for an in-memory store.
    modules = [path for path in sorted((ROOT / "kg").rglob("*.py"))
               if "store" not in path.relative_to(ROOT / "kg").parts[:1]
               and path != ROOT / "kg" / "__init__.py"]
    assert len(modules) > 30
    offenders = {str(path.relative_to(ROOT)): sorted(_names(tree) & _BACKENDS)
                 for path in modules
                 if _names(tree := ast.parse(path.read_text("utf-8"))) & _BACKENDS}
    assert offenders == {}


def _port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_store_is_a_folder_its_store_folder_or_a_url(tmp_path):
    assert store_folder("https://host/sparql") is None
    assert store_folder(tmp_path) == tmp_path / "store"
    assert store_folder(tmp_path / "store") == tmp_path / "store"
    with GraphStore(tmp_path / "kept"):  # a store folder of any name, known by its files
        pass
    assert store_folder(tmp_path / "kept") == tmp_path / "kept"
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path)
    with open_store(tmp_path, create=True):
        pass
    assert (tmp_path / "store" / "CURRENT").is_file()
    with pytest.raises(StoreError, match="belong to a SPARQL server"):
        open_store(tmp_path, graph_store_endpoint="http://host/crud")


@pytest.mark.parametrize("command", ["add", "remove"])
def test_add_and_remove_with_a_url_go_to_the_server(command, tmp_path, monkeypatch):
    """Not to a folder named ``http:`` (add), nor to "no store here" (remove)."""
    monkeypatch.chdir(tmp_path)
    url = f"http://127.0.0.1:{_port()}/sparql"
    article = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(cli, [command, str(article), "--store", url])
    assert result.exit_code == 1
    assert f"{url[7:]}: cannot reach the SPARQL server" in result.output
    assert list(tmp_path.iterdir()) == []


def test_endpoints_need_a_server(tmp_path):
    result = CliRunner().invoke(cli, ["remove", "a1", "--store", str(tmp_path),
                                      "--update-endpoint", "http://host/update"])
    assert result.exit_code == 2 and "need --store URL" in result.output
