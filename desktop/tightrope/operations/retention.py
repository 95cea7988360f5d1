"""Retention and the demo clock: changing a period, deleting what expired, moving the clock
forward and putting it back. Expired data is deleted for real, with one content-free receipt
per category (:mod:`tightrope.privacy.retention` says which)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.operations.changes import CLOCK, RETENTION, Changes
from tightrope.operations.commit import committed
from tightrope.privacy.retention import MAX_DAYS, MIN_DAYS, ClockReset, expired_ids
from tightrope.storage.datums import CONSENT_CATEGORIES

if TYPE_CHECKING:
    from tightrope.storage.store import Store

META_CLOCK = "clock_offset_days"


def delete_expired(store: Store) -> tuple[tuple[int, ...], tuple[dict[str, Any], ...]]:
    """Delete every expired data point inside the caller's transaction; the ids and one
    receipt per category (before_delete hooks are told first)."""
    found = expired_ids(store)
    deleted: list[int] = []
    receipts = []
    for ids in found.values():
        ids = sorted(set(ids))
        store.before_delete(ids)
        receipts.append(store.write_receipt("expire", "retention", store.delete_rows(ids)))
        deleted += ids
    return tuple(deleted), tuple(receipts)


def _expiry(
    store: Store,
    op: str,
    before: Callable[[], None] | None = None,
    settings: frozenset[str] = frozenset(),
    result: Any = None,
) -> Changes:
    def write() -> Changes:
        if before is not None:
            before()
        deleted, receipts = delete_expired(store)
        return Changes(op, deleted=deleted, expired=receipts, settings=settings, result=result)

    return committed(store, write)


def expire(store: Store) -> Changes:
    """Delete what passed its retention period (when the services open; ``op`` "expire")."""
    return _expiry(store, "expire")


def set_period(store: Store, category: str, days: int) -> Changes:
    """Change one category's period; data now older than it is deleted at once
    (``changes.expired``: the receipts)."""
    if category not in CONSENT_CATEGORIES:
        raise ValueError(
            f"there is no data category {category!r}; categories: {', '.join(CONSENT_CATEGORIES)}"
        )
    if not MIN_DAYS <= int(days) <= MAX_DAYS:
        raise ValueError(f"a retention period is {MIN_DAYS} to {MAX_DAYS} days, not {days!r}")

    def write_period() -> None:
        store.db.execute(
            "INSERT INTO retention (category, days) VALUES (?, ?) "
            "ON CONFLICT(category) DO UPDATE SET days = excluded.days",
            [category, int(days)],
        )

    return _expiry(store, "retention", write_period, frozenset({RETENTION}))


def _move_clock(store: Store, days: float) -> None:
    """Set the clock's offset inside the caller's transaction (memory follows the commit:
    see :func:`_clock_op`)."""
    store.set_meta(META_CLOCK, repr(float(days)))


def advance_clock(store: Store, days: float) -> Changes:
    """Move the demo clock forward and delete what is now past its period, in one
    transaction. ``changes.result``: {"offset_days", "days" (the move), "now", "expired",
    "expired_total"}."""
    if days <= 0:
        raise ValueError(f"advance the clock by a positive number of days, not {days!r}")
    return _clock_op(store, store.clock.offset_days + days, expire_after=True)


def reset_clock(store: Store) -> Changes:
    """Put the demo clock back to real time (offset 0). Nothing expires when time goes back;
    data collected while the clock was ahead keeps its date. When the clock is at real time
    already nothing is written (``changes.settings`` is empty). ``changes.result``: a
    :class:`~tightrope.privacy.retention.ClockReset`."""
    previous = store.clock.offset_days
    if previous == 0.0:
        return Changes("clock", result=ClockReset(previous, format_time(store.clock.now())))
    return _clock_op(store, 0.0, expire_after=False)


def _clock_op(store: Store, offset: float, *, expire_after: bool) -> Changes:
    clock = store.clock
    previous = clock.offset_days

    def write() -> Changes:
        _move_clock(store, offset)
        clock.offset_days = offset  # what expires is judged at the new time
        deleted: tuple[int, ...] = ()
        receipts: tuple[dict[str, Any], ...] = ()
        if expire_after:
            deleted, receipts = delete_expired(store)
        now = format_time(clock.now())
        if expire_after:
            result: Any = {
                "offset_days": offset,
                "days": offset - previous,
                "now": now,
                "expired": list(receipts),
                "expired_total": sum(r["total"] for r in receipts),
            }
        else:
            result = ClockReset(previous, now)
        return Changes(
            "clock", deleted=deleted, expired=receipts, settings=frozenset({CLOCK}), result=result
        )

    def rolled_back() -> None:
        clock.offset_days = previous  # the offset on disk did not change

    return committed(store, write, rolled_back)
