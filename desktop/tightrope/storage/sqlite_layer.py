"""sqlite-utils, the store's database layer, loaded without numpy.

When numpy (or pandas) is installed, ``sqlite_utils.db`` imports it at once, only to map
numpy's number types to column types in the helpers that create tables from Python values.
Tightrope creates every table with SQL (storage/migrations.py) and writes plain Python
values, so that mapping is never used; numpy, though, is the engine's, and a start that
shows only the consent screen needs no engine: loading numpy for sqlite-utils cost ~50 ms of
every such start (docs/performance.md, "Start-up"). Both are hidden while sqlite-utils
loads, so it loads the same way whether or not the engine came first. Import sqlite-utils
from here.
"""

from __future__ import annotations

import sys

_HIDDEN = ("numpy", "pandas")


def _load_without_numpy() -> None:
    if "sqlite_utils" in sys.modules:
        return
    saved = {name: sys.modules.get(name) for name in _HIDDEN}
    try:
        for name in _HIDDEN:
            sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" fails fast
        import sqlite_utils  # noqa: F401
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


_load_without_numpy()

import sqlite_utils  # noqa: E402  (loaded above; this binds the name)
from sqlite_utils import Database, Migrations  # noqa: E402

__all__ = ["Database", "Migrations", "sqlite_utils"]
