"""Recovering from a damaged database: the two choices the user is offered, for the window
and the command line alike.

* **Start fresh**: move the damaged files aside (tightrope.storage.faults.quarantine) and open an
  empty shop.
* **Restore from an export**: check the export completely first (a bad file changes
  nothing), move the damaged files aside, open an empty shop and restore into it in one
  transaction.

Both run with the data folder's single-instance lock held from before the check until the
services are closed. A healthy database is never moved: starting fresh on it is refused
(that is "erase everything"), and an export is restored into it only while it is empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.catalog import load_shipped_catalog
from tightrope.clock import Clock
from tightrope.operations import erase as operations_erase
from tightrope.privacy import restore
from tightrope.services import Services, open_services
from tightrope.storage import faults


class NothingToRecover(Exception):
    """Start fresh was asked for, but the database is not damaged."""


@dataclass
class Recovery:
    services: Services
    moved: faults.Quarantined | None
    restored: dict[str, Any] | None

    def sentences(self) -> list[str]:
        out = []
        if self.moved is not None:
            out.append(self.moved.sentence())
        if self.restored is not None:
            r = self.restored
            out.append(
                f"Restored {r['data_points']} data points, {r['consent_changes']} consent "
                f"changes and your settings from {r['file']}."
            )
            if r["expired_on_restore"]:
                out.append(
                    f"{r['expired_on_restore']} of them were past their retention period "
                    "and were deleted at once."
                )
        elif self.moved is not None:
            out.append("Tightrope starts with an empty shop.")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "moved": self.moved.to_json() if self.moved else None,
            "restored": self.restored,
            "message": " ".join(self.sentences()),
        }


def recover(
    data_dir: paths.DataDir,
    export_path: str | Path | None = None,
    lock: faults.InstanceLock | None = None,
    clock: Clock | None = None,
) -> Recovery:
    """Start fresh (``export_path`` None) or restore from an export. Raises
    :class:`restore.RestoreError` (nothing moved or written), :class:`faults.NewerDatabase`,
    :class:`faults.AlreadyOpen`, or :class:`NothingToRecover`."""
    doc = (
        restore.load_export(export_path, load_shipped_catalog())
        if export_path is not None
        else None
    )
    lock = lock or faults.InstanceLock.acquire(data_dir)
    try:
        moved = None
        try:
            faults.check_database(data_dir.database)
        except faults.DamagedDatabase:
            moved = faults.quarantine(data_dir)
        if moved is None and doc is None:
            raise NothingToRecover(
                f"The database {data_dir.database} is not damaged, so nothing was moved. To delete "
                "everything in it, use `tightrope erase --all`."
            )
        services = open_services(data_dir, clock, lock=lock)
    except BaseException:
        lock.release()
        raise
    restored = None
    if doc is not None:
        try:
            restored = operations_erase.restore(services.store, doc).result
        except BaseException:
            services.close()
            raise
    return Recovery(services, moved, restored)
