"""The composition root's core half: from a data folder to ready services.

``open_services`` loads the catalog, opens the database (applying migrations), builds the
community index and the recommender. Windows and CLI commands take the result as an
argument; nothing here runs at import time.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from tightrope import paths
from tightrope.catalog import Catalog, load_shipped_catalog
from tightrope.clock import Clock
from tightrope.engine.community import (
    K_ANONYMITY_DEFAULT,
    K_ANONYMITY_FLOOR,
    CommunityError,
    CommunityIndex,
)
from tightrope.engine.community_cache import load_shipped_community
from tightrope.engine.recommender import Recommender
from tightrope.operations import retention as retention_ops
from tightrope.storage import faults
from tightrope.storage.store import Store, StoreError


@dataclass
class Services:
    data_dir: paths.DataDir
    catalog: Catalog
    store: Store
    community: CommunityIndex
    recommender: Recommender
    # The single-instance lock on the data folder, held until close (None in tests that
    # build Services by hand).
    lock: faults.InstanceLock | None = None

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.release()


ENV_K_ANONYMITY = "TIGHTROPE_K_ANONYMITY"


def k_anonymity_from_env() -> int:
    """The community k-anonymity threshold: TIGHTROPE_K_ANONYMITY, default 50, floor 11."""
    raw = os.environ.get(ENV_K_ANONYMITY, "").strip()
    if not raw:
        return K_ANONYMITY_DEFAULT
    if not raw.isdigit() or int(raw) < K_ANONYMITY_FLOOR:
        raise CommunityError(
            f"{ENV_K_ANONYMITY}={raw!r}: the k-anonymity threshold must be a whole number of "
            f"at least {K_ANONYMITY_FLOOR} shoppers"
        )
    return int(raw)


def open_services(
    data_dir: paths.DataDir, clock: Clock | None = None, lock: faults.InstanceLock | None = None
) -> Services:
    """Lock the folder (or take over ``lock``), check the database *before* anything writes
    to it (damaged or newer: refused, untouched), then migrate and build the services.
    Raises :class:`faults.AlreadyOpen`, :class:`faults.DamagedDatabase`,
    :class:`faults.NewerDatabase` or :class:`paths.DataDirError`, each naming the folder."""
    lock = lock or faults.InstanceLock.acquire(data_dir)
    try:
        faults.check_database(data_dir.database)
        catalog = load_shipped_catalog()
        k = k_anonymity_from_env()
        try:
            store = Store.open(data_dir.database, catalog, clock)
        except (sqlite3.Error, StoreError) as exc:
            cause = exc if isinstance(exc, sqlite3.Error) else exc.__cause__
            err = (
                faults.translate(cause, data_dir.root)
                if isinstance(cause, sqlite3.Error)
                else cause
            )
            if err is cause or err is None:
                raise
            raise err from exc
        try:
            community = load_shipped_community(catalog, k)
            recommender = Recommender(store, community)
            # Expired data is deleted for real when the folder opens (and when the clock moves).
            retention_ops.expire(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Services(data_dir, catalog, store, community, recommender, lock)
