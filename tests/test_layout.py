"""The core is Qt-free: only tightrope/ui imports PySide6 (style guide, practice 1)."""

import ast
from pathlib import Path

import tightrope

PACKAGE = Path(tightrope.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_outside_ui_imports_pyside6():
    modules = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    assert len(modules) >= 10
    offenders = [str(p) for p in modules if {"PySide6", "shiboken6"} & _imports(p)]
    assert offenders == []


def test_ui_package_does_import_pyside6():
    # guards the test above against scanning the wrong tree
    ui = [p for p in (PACKAGE / "ui").rglob("*.py")]
    assert any("PySide6" in _imports(p) for p in ui)


def test_shipped_data_and_assets_are_found():
    from tightrope import paths

    assert (paths.shipped_data_dir() / "catalog" / "taxonomy.json").is_file()
    assert (paths.shipped_data_dir() / "community.json").is_file()
    assert any(paths.assets_dir().joinpath("products").glob("*.svg"))
