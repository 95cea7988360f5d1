"""Import ``tools/catalog_build`` (the catalog builder; tools/ is not installed) in tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def load_builder():
    """The ``catalog_build`` package, imported once from tools/."""
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
