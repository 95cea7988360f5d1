"""The data-use log and the source meter: which kinds of data the recommendations used.

Each time the recommender computes (its score state is rebuilt after a change), it notes how
many data points of each consent category it used, plus one "non-personal" use. Counts only:
never which data points.

Write amplification: a computation happens after every recorded click, so one row (and one
fsync'd transaction) per computation would multiply writes. Uses are coalesced in memory per
simulated-clock minute and source, and written as one transaction when the minute changes,
when someone reads the log (view, export), or when the store closes. A crash loses at most
the current minute of counts; that is acceptable for a log of counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.i18n import translator
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label

tr = translator("DataUse")

if TYPE_CHECKING:
    from tightrope.engine.explain import Recommendation
    from tightrope.storage.store import Store

NONPERSONAL = "non-personal"
SOURCE_LABELS: dict[str, str] = {
    **CONSENT_CATEGORIES,
    NONPERSONAL: tr.mark("Non-personal (popular, new, sponsored)"),
}


def source_label(source: str) -> str:
    """A source of recommendation scores in the user's language (a consent category or
    the non-personal reasons)."""
    if source in CONSENT_CATEGORIES:
        return consent_label(source)
    return tr(SOURCE_LABELS[source]) if source in SOURCE_LABELS else source


def _minute(store: Store) -> str:
    return format_time(store.clock.now().replace(second=0, microsecond=0))


class DataUseLog:
    """Coalesces uses per minute; :meth:`flush` writes them in one transaction."""

    def __init__(self, store: Store):
        self.store = store
        self._minute: str | None = None
        self._pending: dict[str, list[int]] = {}  # source -> [computations, max data points]
        store.before_close(self.flush)

    def note(self, used: Mapping[str, int]) -> None:
        minute = _minute(self.store)
        if self._minute is not None and minute != self._minute:
            self.flush()
        self._minute = minute
        for source, n in {**used, NONPERSONAL: 0}.items():
            entry = self._pending.setdefault(source, [0, 0])
            entry[0] += 1
            entry[1] = max(entry[1], int(n))

    def flush(self) -> int:
        """Write what is pending; returns how many (minute, source) rows were touched."""
        if not self._pending or self._minute is None:
            return 0
        pending, minute = self._pending, self._minute
        self._pending, self._minute = {}, None
        with self.store.db.atomic():
            for source, (computations, points) in pending.items():
                self.store.db.execute(
                    "INSERT INTO data_use (minute, source, computations, data_points) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(minute, source) DO UPDATE SET computations = computations + excluded.computations, "
                    "data_points = max(data_points, excluded.data_points)",
                    [minute, source, computations, points],
                )
        return len(pending)

    def discard(self) -> None:
        """Drop pending counts (erase everything)."""
        self._pending, self._minute = {}, None

    def entries(self) -> list[dict[str, Any]]:
        self.flush()
        return [
            {
                "minute": r["minute"],
                "source": r["source"],
                "label": source_label(r["source"]),
                "computations": r["computations"],
                "data_points": r["data_points"],
            }
            for r in self.store.db.query("SELECT * FROM data_use ORDER BY minute DESC, source")
        ]

    def totals(self) -> dict[str, int]:
        """Computations that used each source, over the whole log."""
        out: Counter[str] = Counter()
        for e in self.entries():
            out[e["source"]] += e["computations"]
        return dict(out)


@dataclass(frozen=True)
class MeterSlice:
    source: str
    label: str
    contribution: float
    share: float


def source_meter(recs: Iterable[Recommendation]) -> list[MeterSlice]:
    """How much each source (consent category, plus non-personal) contributes across these
    recommendations: the sum of their exact contributions, as shares of the total."""
    sums: dict[str, float] = {}
    for r in recs:
        for c in r.contributions:
            key = c.consent_category if c.personal and c.consent_category else NONPERSONAL
            sums[key] = sums.get(key, 0.0) + c.contribution
    total = sum(sums.values())
    order = [*CONSENT_CATEGORIES, NONPERSONAL]
    return [
        MeterSlice(
            s, source_label(s), sums.get(s, 0.0), sums.get(s, 0.0) / total if total > 0 else 0.0
        )
        for s in order
    ]
