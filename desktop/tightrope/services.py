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
from tightrope.community import CommunityIndex, load_shipped_community
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


def open_services(data_dir: paths.DataDir, clock: Clock | None = None) -> Services:
    catalog = load_shipped_catalog()
    store = Store.open(data_dir.database, catalog, clock)
    community = load_shipped_community(catalog)
    recommender = Recommender(store, community)
    return Services(data_dir, catalog, store, community, recommender)
