"""How the UI's modules depend on each other (read from their source; nothing is imported).

Controllers get the parts of the window they use, passed in by the composition root: no
module of tightrope.ui but the root imports the main window, and the UI package has no
import cycle. Imports under ``if TYPE_CHECKING:`` and inside functions count: a controller
typed against the window depends on it as much as one that imports it at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tightrope

PACKAGE = Path(tightrope.__file__).resolve().parent
UI = "tightrope.ui"
MAIN_WINDOW = "tightrope.ui.main_window"
COMPOSITION_ROOT = "tightrope.ui.app"


def _modules(root: Path, package: str) -> dict[str, Path]:
    """Module name -> file, for every module of the package under ``root``."""
    out = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join((package, *parts))] = path
    return out


def _graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (``from a import b`` names a.b when b
    is a module; a relative import is resolved against the importing module)."""
    modules = _modules(root, package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _ui_graph() -> dict[str, set[str]]:
    return _graph(PACKAGE / "ui", UI)


def test_only_the_composition_root_imports_the_main_window():
    graph = _ui_graph()
    assert MAIN_WINDOW in graph and COMPOSITION_ROOT in graph  # the right tree was read
    importers = sorted(m for m, deps in graph.items() if MAIN_WINDOW in deps)
    assert importers == [COMPOSITION_ROOT]


def test_the_ui_package_has_no_import_cycle():
    graph = _ui_graph()
    assert len(graph) >= 40 and sum(map(len, graph.values())) >= 100
    assert _cycles(graph) == []


def test_the_checks_see_type_checking_function_and_relative_imports(tmp_path):
    """The two checks above would fail on a controller that reaches back to the window
    however it imports it."""
    pkg = tmp_path / "ui"
    (pkg / "feature").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "feature" / "__init__.py").write_text("")
    (pkg / "main_window.py").write_text("from ui.feature import controller\n")
    (pkg / "feature" / "controller.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from ..main_window import MainWindow\n"
    )
    (pkg / "feature" / "dialog.py").write_text(
        "def ask():\n    from ui import main_window\n    return main_window\n"
    )
    graph = _graph(pkg, "ui")
    assert graph["ui.feature.controller"] == {"ui.main_window"}
    assert graph["ui.feature.dialog"] == {"ui", "ui.main_window"}
    assert _cycles(graph) == [["ui.feature.controller", "ui.main_window"]]
