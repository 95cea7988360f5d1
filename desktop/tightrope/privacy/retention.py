"""Retention: how long each category of data is kept, and the sweep that deletes for real.

Each consent category has a default period; the user can change it (stored in the
``retention`` table). Expired data points are deleted through the same path as "forget"
(:meth:`Store.delete_datums`, cascades and a content-free receipt per category), never
hidden. The sweep runs when the store opens and whenever the simulated clock moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label

if TYPE_CHECKING:  # store.py imports this module; no runtime import back
    from tightrope.storage.store import Store

# Defaults, in days: activity fades fast and is kept half a year; what you bought or rated
# matters for returns and reviews for two years; what you told us for a year.
DEFAULT_DAYS: dict[str, int] = {
    "browsing": 180,
    "searches": 180,
    "purchases": 730,
    "ratings": 730,
    "interests": 365,
    "location": 365,
    "age_band": 365,
}
MIN_DAYS, MAX_DAYS = 1, 3650


@dataclass(frozen=True)
class Period:
    category: str
    label: str
    days: int
    default: int

    @property
    def changed(self) -> bool:
        return self.days != self.default

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category, "label": self.label, "days": self.days,
                "default_days": self.default}


def periods(store: Store) -> list[Period]:
    custom = {r["category"]: r["days"] for r in store.db.query("SELECT * FROM retention")}
    return [
        Period(c, consent_label(c), int(custom.get(c, DEFAULT_DAYS[c])), DEFAULT_DAYS[c])
        for c in CONSENT_CATEGORIES
    ]


def set_period(store: Store, category: str, days: int) -> list[dict[str, Any]]:
    """Change one category's period; data now older than it is deleted at once (receipts)."""
    if category not in CONSENT_CATEGORIES:
        raise ValueError(f"there is no data category {category!r}; categories: {', '.join(CONSENT_CATEGORIES)}")
    if not MIN_DAYS <= int(days) <= MAX_DAYS:
        raise ValueError(f"a retention period is {MIN_DAYS} to {MAX_DAYS} days, not {days!r}")
    store.db.execute(
        "INSERT INTO retention (category, days) VALUES (?, ?) "
        "ON CONFLICT(category) DO UPDATE SET days = excluded.days",
        [category, int(days)],
    )
    return sweep(store)


def expired_ids(store: Store) -> dict[str, list[int]]:
    now = store.clock.now()
    out: dict[str, list[int]] = {}
    for p in periods(store):
        cutoff = format_time(now - timedelta(days=p.days))
        ids = [r["id"] for r in store.db.query(
            "SELECT id FROM datums WHERE consent_category = ? AND collected_at < ?", [p.category, cutoff])]
        if ids:
            out[p.category] = ids
    return out


def sweep(store: Store) -> list[dict[str, Any]]:
    """Delete every expired data point; one content-free receipt per category."""
    return [
        store.delete_datums(ids, action="expire", scope="retention")
        for c, ids in expired_ids(store).items()
    ]


def advance_clock(store: Store, days: float) -> dict[str, Any]:
    """Move the demo clock forward and expire what is now past its period."""
    if days <= 0:
        raise ValueError(f"advance the clock by a positive number of days, not {days!r}")
    offset = store.advance_clock(days)
    receipts = sweep(store)
    return {"offset_days": offset, "now": format_time(store.clock.now()), "expired": receipts,
            "expired_total": sum(r["total"] for r in receipts)}


@dataclass(frozen=True)
class ClockReset:
    """What :func:`reset_clock` did: how many days ahead of real time the clock was (0: it
    was at real time already, and nothing changed) and the time the shop says now."""

    previous_days: float
    now: str

    @property
    def moved(self) -> bool:
        return self.previous_days != 0


def reset_clock(store: Store) -> ClockReset:
    """Put the demo clock back to real time (offset 0), committed durably, and tell the
    store's observers (action "clock", as when it moves forward) so the recommender and the
    pages start afresh. Nothing expires when time goes back; data collected while the clock
    was ahead keeps its date."""
    previous = store.clock.offset_days
    store.set_clock_offset(0.0)
    return ClockReset(previous, format_time(store.clock.now()))
