"""The import graph of kg: stages import downward only.

A package (``kg.extract``, ``kg.store``, …) never imports one that imports it
back, by any path, even lazily or for types. Between modules, a cycle is
allowed only where one of its imports carries a comment ``# import cycle:``
saying why, on the line of the import or just above it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import kg

ROOT = Path(kg.__file__).parent
MARK = "# import cycle:"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.Module) -> set[int]:
    """Line numbers of the imports under ``if TYPE_CHECKING:`` (they never run)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            imports = (n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom))
            lines |= {n.lineno for n in imports}
    return lines


def import_graph(root: Path = ROOT) -> nx.DiGraph:
    """Modules of kg and the kg modules each imports, with ``justified`` and ``typing`` flags."""
    files = {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph = nx.DiGraph()
    graph.add_nodes_from(files)
    for name, path in files.items():
        source = path.read_text("utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        typing = _type_only(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}".rstrip(".")
                # `from kg.x import y` imports kg.x, and kg.x.y too when y is a module
                targets = [base, *(f"{base}.{a.name}" for a in node.names)]
            else:
                continue
            near = " ".join(lines[max(0, node.lineno - 3) : node.end_lineno])
            for target in targets:
                if target in files and target != name:
                    graph.add_edge(name, target, justified=MARK in near,
                                   typing=node.lineno in typing)
    return graph


def package_of(module: str) -> str:
    """``kg.store.rdf`` → ``kg.store``; a top-level module (``kg.model``) is its own."""
    return ".".join(module.split(".")[:2])


def test_no_package_imports_one_that_imports_it_back():
    modules = import_graph()
    packages = nx.DiGraph()
    for a, b in modules.edges:
        if a != "kg" and package_of(a) != package_of(b):
            packages.add_edge(package_of(a), package_of(b), via=(a, b))
    cycles = [[packages.edges[a, b]["via"] for a, b in zip(c, c[1:] + c[:1], strict=True)]
              for c in nx.simple_cycles(packages)]
    assert not cycles, f"package cycles (through these imports): {cycles}"


def test_every_module_cycle_says_why():
    modules = import_graph()
    running = nx.DiGraph(
        (a, b) for a, b, d in modules.edges(data=True) if not d["justified"] and not d["typing"])
    cycles = [sorted(c) for c in nx.strongly_connected_components(running) if len(c) > 1]
    assert not cycles, f"import cycles without a '{MARK}' comment: {cycles}"


def test_the_graph_sees_the_imports(tmp_path):
    """The checks above would pass on a graph that missed imports: this one would fail."""
    package = tmp_path / "kg"
    (package / "a").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a" / "__init__.py").write_text("from kg.a.x import f\n")
    (package / "a" / "x.py").write_text("from kg.b import g\n")
    (package / "b.py").write_text("def g():\n    from .a import x  # import cycle: a test\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg import b\n")
    graph = import_graph(package)
    assert set(graph.edges) == {("kg.a", "kg.a.x"), ("kg.a.x", "kg.b"), ("kg.b", "kg.a"),
                                ("kg.b", "kg.a.x"), ("kg.c", "kg"), ("kg.c", "kg.b")}
    assert graph.edges["kg.b", "kg.a.x"]["justified"]
    assert not graph.edges["kg.a.x", "kg.b"]["justified"]
    assert graph.edges["kg.c", "kg.b"]["typing"]
