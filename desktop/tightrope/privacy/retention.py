"""Retention: how long each category of data is kept, and the sweep that deletes for real.

Each consent category has a default period; the user can change it (stored in the
``retention`` table). Expired data points are deleted for real, as "forget" deletes
(cascades and a content-free receipt per category), never hidden: the operations in
:mod:`tightrope.operations.retention` do it when the services open, when a period is
shortened and whenever the simulated clock moves. This module reads periods and finds
what expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label

if TYPE_CHECKING:
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
        return {
            "category": self.category,
            "label": self.label,
            "days": self.days,
            "default_days": self.default,
        }


def periods(store: Store) -> list[Period]:
    custom = {r["category"]: r["days"] for r in store.db.query("SELECT * FROM retention")}
    return [
        Period(c, consent_label(c), int(custom.get(c, DEFAULT_DAYS[c])), DEFAULT_DAYS[c])
        for c in CONSENT_CATEGORIES
    ]


def expired_ids(store: Store) -> dict[str, list[int]]:
    now = store.clock.now()
    out: dict[str, list[int]] = {}
    for p in periods(store):
        cutoff = format_time(now - timedelta(days=p.days))
        ids = [
            r["id"]
            for r in store.db.query(
                "SELECT id FROM datums WHERE consent_category = ? AND collected_at < ?",
                [p.category, cutoff],
            )
        ]
        if ids:
            out[p.category] = ids
    return out


@dataclass(frozen=True)
class ClockReset:
    """What resetting the demo clock did: how many days ahead of real time the clock was
    (0: it was at real time already, and nothing changed) and the time the shop says now."""

    previous_days: float
    now: str

    @property
    def moved(self) -> bool:
        return self.previous_days != 0
