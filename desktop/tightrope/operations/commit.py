"""How every operation ends: one transaction, committed, then the Changes published."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tightrope.operations.changes import Changes
    from tightrope.storage.store import Store


def committed(
    store: Store, write: Callable[[], Changes], rolled_back: Callable[[], None] | None = None
) -> Changes:
    """Run ``write`` (its statements, and the Changes it describes them with) in one
    transaction and commit it; only then tell the store's listeners and return the Changes.
    A write or commit that fails rolls back, calls ``rolled_back`` (to put back what the
    write changed in memory), raises, and tells no one."""
    try:
        with store.db.atomic():
            changes = write()
    except BaseException:
        if rolled_back is not None:
            rolled_back()
        raise
    store.publish(changes)
    return changes
