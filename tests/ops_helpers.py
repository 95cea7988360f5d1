"""Small adapters the tests share for operations whose Changes they unpack."""

from __future__ import annotations

from typing import Any

from tightrope.operations import record as record_ops


def checkout(store: Any, where: str = "checkout") -> tuple[str, list[int]]:
    """(order reference, purchase data point ids): what the old Store.checkout returned."""
    changes = record_ops.checkout(store, where=where)
    return changes.result, [d.id for d in changes.added]
