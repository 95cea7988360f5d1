"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")

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

from .helpers import ARTIFACTS, NOW


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
    # accepted the everyday categories (tests/privacy/test_consent.py covers the rest).
    consent_ops.accept_all(store, where="test fixture")
    svc = Services(data_dir, catalog, store, community, Recommender(store, community))
    yield svc
    svc.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
