"""Helpers the tests share, in one place: the test clock's time, the repository's folders,
running the command line, scanning files, and small adapters over operations. Qt-free (the
core tests import it); the Qt helpers are in tests/ui/helpers.py."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope.clock import FixedClock
from tightrope.operations import record as record_ops

REPO = Path(__file__).resolve().parents[1]
DESKTOP = REPO / "desktop"
TOOLS = REPO / "tools"
ARTIFACTS = REPO / "tests" / "artifacts"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def run_cli(argv: list[str]) -> int:
    """``tightrope ARGV`` on the test clock (NOW): data written through the fixtures is dated
    on it, and a command on the wall clock would sweep it as expired some day."""
    from tightrope.cli.main import main

    return main(argv, clock=FixedClock(NOW))


def files_containing(folder: Path, needle: bytes) -> list[str]:
    """Scan every file under folder for needle, from a separate process (see deletion.md:
    reading a database file in a process that holds SQLite connections drops its locks)."""
    code = (
        "import sys, pathlib\n"
        "root, needle = pathlib.Path(sys.argv[1]), bytes.fromhex(sys.argv[2])\n"
        "for p in sorted(root.rglob('*')):\n"
        "    if p.is_file() and needle in p.read_bytes():\n"
        "        print(p)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder), needle.hex()],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()


def checkout(store: Any, where: str = "checkout") -> tuple[str, list[int]]:
    """(order reference, purchase data point ids): what the old Store.checkout returned."""
    changes = record_ops.checkout(store, where=where)
    return changes.result, [d.id for d in changes.added]


def load_builder():
    """The ``catalog_build`` package (tools/ is not installed), imported once from tools/."""
    if "catalog_build" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "catalog_build",
            TOOLS / "catalog_build" / "__init__.py",
            submodule_search_locations=[str(TOOLS / "catalog_build")],
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["catalog_build"] = module
        spec.loader.exec_module(module)
    import catalog_build

    return catalog_build
