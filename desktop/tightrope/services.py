"""The composition root's core half: from a data folder to ready services.

``open_services`` loads the catalog, opens the database (applying migrations), builds the
community index and the recommender. Windows and CLI commands take the result as an
argument; nothing here runs at import time.
"""

from __future__ import annotations

from dataclasses import dataclass

from tightrope import paths
from tightrope.catalog import Catalog, load_shipped_catalog
from tightrope.clock import Clock
import os

from tightrope.community import (
    K_ANONYMITY_DEFAULT,
    K_ANONYMITY_FLOOR,
    CommunityError,
    CommunityIndex,
    load_shipped_community,
)
from tightrope.recommender import Recommender
from tightrope.store import Store


@dataclass
class Services:
    data_dir: paths.DataDir
    catalog: Catalog
    store: Store
    community: CommunityIndex
    recommender: Recommender

    def close(self) -> None:
        self.store.close()


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


def open_services(data_dir: paths.DataDir, clock: Clock | None = None) -> Services:
    catalog = load_shipped_catalog()
    k = k_anonymity_from_env()
    store = Store.open(data_dir.database, catalog, clock)
    community = load_shipped_community(catalog, k)
    recommender = Recommender(store, community)
    return Services(data_dir, catalog, store, community, recommender)
