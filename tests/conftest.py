"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tightrope import paths
from tightrope.catalog import load_shipped_catalog
from tightrope.clock import FixedClock
from tightrope.engine.community_cache import load_shipped_community
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.services import Services
from tightrope.storage.store import Store

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def run_cli(argv: list[str]) -> int:
    """``tightrope ARGV`` on the test clock (NOW): data written through the fixtures is dated
    on it, and a command on the wall clock would sweep it as expired some day."""
    from tightrope.cli.main import main

    return main(argv, clock=FixedClock(NOW))


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Nor the real user cache folder (the community index is kept there): one for the run,
    so the index is built once and read back after, as between two starts of the app."""
    os.environ[paths.ENV_CACHE_DIR] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the real user folder: point the override at a temp dir."""
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture(scope="session")
def catalog():
    return load_shipped_catalog()


@pytest.fixture(scope="session")
def community(catalog):
    return load_shipped_community(catalog)


@pytest.fixture
def data_dir(tmp_path):
    return paths.resolve_data_dir(tmp_path / "data")


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture
def services(data_dir, catalog, community, clock):
    store = Store.open(data_dir.database, catalog, clock)
    # Nothing is recorded before a consent decision; most tests act as a shopper who
    # accepted the everyday categories (tests/core/test_consent.py covers the rest).
    consent_ops.accept_all(store, where="test fixture")
    svc = Services(data_dir, catalog, store, community, Recommender(store, community))
    yield svc
    svc.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


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
