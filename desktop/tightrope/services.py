"""The composition root's core half: from a data folder to ready services.

``open_services`` loads the catalog and opens the database (applying migrations); the
community index and the recommender are built on first use. Windows and CLI commands take
the result as an argument; nothing here runs at import time.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from tightrope import paths
from tightrope.catalog import Catalog, load_shipped_catalog
from tightrope.clock import Clock
from tightrope.engine.community_errors import (
    K_ANONYMITY_DEFAULT,
    K_ANONYMITY_FLOOR,
    CommunityError,
)
from tightrope.operations import retention as retention_ops
from tightrope.storage import faults
from tightrope.storage.store import Store, StoreError

if TYPE_CHECKING:
    from tightrope.engine.community import CommunityIndex
    from tightrope.engine.recommender import Recommender


class Services:
    """What a window or a command works with. The community index and the recommender are
    built on first use (numpy and the index cost a start-up that shows only the consent
    screen); pass them to build them yourself."""

    def __init__(
        self,
        data_dir: paths.DataDir,
        catalog: Catalog,
        store: Store,
        community: CommunityIndex | None = None,
        recommender: Recommender | None = None,
        lock: faults.InstanceLock | None = None,
        k_anonymity: int | None = None,
    ):
        self.data_dir = data_dir
        self.catalog = catalog
        self.store = store
        self._community = community
        self._recommender = recommender
        # The single-instance lock on the data folder, held until close (None in tests that
        # build Services by hand).
        self.lock = lock
        self._k = k_anonymity

    @property
    def community(self) -> CommunityIndex:
        if self._community is None:
            from tightrope.engine.community_cache import load_shipped_community

            k = self._k if self._k is not None else k_anonymity_from_env()
            self._community = load_shipped_community(self.catalog, k)
        return self._community

    @property
    def recommender(self) -> Recommender:
        if self._recommender is None:
            from tightrope.engine.recommender import Recommender

            self._recommender = Recommender(self.store, self.community)
        return self._recommender

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
            # Expired data is deleted for real when the folder opens (and when the clock moves).
            retention_ops.expire(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Services(data_dir, catalog, store, lock=lock, k_anonymity=k)
