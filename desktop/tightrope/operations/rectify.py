"""Correcting a fact (GDPR Art. 16, CCPA \u00a71798.106): a city, an age band or a declared
interest changed in place, with a line in ``corrections`` that says when, never the old value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope import i18n
from tightrope.clock import format_time, parse_time
from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed
from tightrope.privacy import rectify
from tightrope.privacy.rectify import Correction

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

tr = rectify.tr


def correct(rec: Recommender, datum_id: int, value: str, where: str) -> Changes:
    """Correct a fact: previewed, then changed and recorded in one transaction, committed,
    and only then returned and told (``op`` "correct": ``updated`` holds the data point as it
    is now, ``preview`` the effect, ``result`` the :class:`~tightrope.privacy.rectify.Correction`)."""
    store = rec.store
    before = store.datum(datum_id)
    text = rectify.check(store, before, value)
    assert before is not None
    effect = rectify.preview(rec, datum_id, text)
    at = format_time(store.clock.now())

    def write() -> Changes:
        store.db.execute("UPDATE datums SET text = ? WHERE id = ?", [text, datum_id])
        cursor = store.db.execute(
            "INSERT INTO corrections (datum_id, at, collected_where) VALUES (?, ?, ?)",
            [datum_id, at, where],
        )
        now = store.datum(datum_id)
        assert now is not None
        receipt = {
            "id": cursor.lastrowid,
            "at": at,
            "action": "correct",
            "kind": now.kind,
            "datum_id": datum_id,
        }
        summary = tr(
            "Corrected on {day}: {fact} \u00b7 %n recommendation(s) changed", n=effect.changed_count
        ).format(day=i18n.day(parse_time(at)), fact=now.label(store.catalog))
        return Changes(
            "correct",
            updated=(now,),
            receipt=receipt,
            preview=effect,
            summary=summary,
            result=Correction(now, receipt, effect, summary),
        )

    return committed(store, write)
