"""Rectification: correct a fact the shop holds about you (GDPR Art. 16, CCPA §1798.106).

Three kinds of data point are facts a shopper told the shop and can be wrong: the city they
live in, their age band and a department they said they like. :func:`correct` changes such a
data point in place and records, in the ``corrections`` table, *that* and *when* it was
corrected (never the old value: a wrong fact is still a fact about the user, and keeping it
would defeat the correction). The correction

* is committed before anyone is told (nothing says "corrected" for a change not on disk);
* is previewed first (:func:`preview`: what the recommendations would do), and its result
  carries that preview and a receipt (what kind of fact, when) like a forget's;
* is explained ("Your data" says "corrected on ..."; :func:`corrected_at`) and exported
  (the export's ``corrections`` section, :func:`history`);
* goes with its data point: forgetting the fact deletes its corrections (cascade).

Other data points (a view, a purchase) are records of what happened, not facts to correct:
they can be forgotten or not used, not edited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from tightrope import i18n
from tightrope.clock import parse_time
from tightrope.i18n import translator
from tightrope.privacy import consent, minors
from tightrope.storage.datums import Datum, kind_name

if TYPE_CHECKING:
    from tightrope.engine.explain import Preview
    from tightrope.engine.recommender import Recommender
    from tightrope.storage.store import Store

tr = translator("Rectify")

CORRECTABLE = ("location", "age_band", "declared_interest")
MAX_CITY = 60
RULE = "GDPR Art. 16"


class RectifyError(ValueError):
    """A correction that cannot be made; the message says why in one sentence."""


@dataclass(frozen=True)
class Correction:
    """What a correction did: the data point as it is now, the receipt (what kind of fact,
    when; never the old value), the preview it fulfilled, and a sentence for the screen."""

    datum: Datum
    receipt: dict[str, Any]
    preview: Preview
    summary: str

    def to_json(self) -> dict[str, Any]:
        return {
            "datum_id": self.datum.id,
            "receipt": self.receipt,
            "changes": self.preview.to_json(),
            "summary": self.summary,
        }


def correctable(datum: Datum) -> bool:
    return datum.kind in CORRECTABLE


def choices(store: Store, kind: str) -> list[tuple[str, str]]:
    """The values a fact of this kind can be corrected to, as (value, what it reads as).
    For a city these are suggestions: any city can be typed."""
    catalog = store.catalog
    if kind == "declared_interest":
        return [
            (c.id, c.name)
            for c in catalog.categories
            if not c.sensitive or store.sensitive_allowed(c.id)
        ]
    if kind in ("location", "age_band"):
        return [(v, v) for v in catalog.profile_rules.get(kind, {})]
    raise RectifyError(
        tr(
            "A {kind} is a record of what you did, not a fact to correct: forget it "
            "or stop it being used instead."
        ).format(kind=kind_name(kind).lower())
    )


def check(store: Store, datum: Datum | None, value: str) -> str:
    """The value to store, or RectifyError saying what is wrong with it."""
    if datum is None:
        raise RectifyError(tr("That data point is not stored any more."))
    if not correctable(datum):
        choices(store, datum.kind)  # raises with the reason
    text = " ".join(str(value).split())
    if datum.kind == "location":
        if not text:
            raise RectifyError(tr("Type the city you live in."))
        if len(text) > MAX_CITY or not text.isprintable():
            raise RectifyError(tr("A city is at most %n printable character(s).", n=MAX_CITY))
        return text
    allowed = dict(choices(store, datum.kind))
    if text not in allowed:
        if datum.kind == "declared_interest" and text in store.catalog.category_by_id:
            raise RectifyError(
                tr(
                    "{topic} is a sensitive category you have not opted into: the "
                    "shop does not record interests in it."
                ).format(topic=store.catalog.category(text).name)
            )
        raise RectifyError(
            tr("{value!r} is not one of: {known}.").format(
                value=text, known=", ".join(allowed.values())
            )
        )
    return text


def preview(rec: Recommender, datum_id: int, value: str, focus: str | None = None) -> Preview:
    """What correcting the data point to ``value`` would do to the recommendations, before
    doing it (the engine's own comparison of two states, as for a forget)."""
    store = rec.store
    datum = store.datum(datum_id)
    text = check(store, datum, value)
    assert datum is not None
    # The corrected fact under an id no stored data point has: the engine caches rows per
    # id, and the stored fact's rows must not stand in for the corrected one's.
    probe = replace(datum, id=-datum.id, text=text)
    before = rec._current()
    policy = rec.policy()
    # An age band decides the minors rule: the state after is built under the policy the
    # corrected fact would put in force (tightrope.privacy.minors).
    minor_after = _minor_after(store, datum, text)
    swapped = minor_after != policy.minor
    if swapped:
        level = consent.OFF if minor_after else consent.level(store)
        rec._policy = replace(policy, level=level, minor=minor_after)
    try:
        after = rec._build(probe if d.id == datum.id else d for d in rec.datums().values())
        return rec._changes(before, after, [datum.id], focus)
    finally:
        rec._rows.pop(probe.id, None)
        rec._labels.pop(probe.id, None)
        if swapped:  # rows made under the other policy must not outlive the preview
            rec._policy = policy
            rec._rows.clear()
            rec._labels.clear()


def _minor_after(store: Store, datum: Datum, text: str) -> bool:
    """Would the shop know the shopper is a minor once this fact is corrected?"""
    if datum.kind != "age_band":
        return minors.known_minor(store)
    others = [d for d in store.datums() if d.kind == "age_band" and d.id != datum.id]
    return text in minors.MINOR_AGE_BANDS or any(d.text in minors.MINOR_AGE_BANDS for d in others)


def corrected_at(store: Store) -> dict[int, str]:
    """Data point id -> when it was last corrected (ISO time), for those corrected."""
    return {
        r["datum_id"]: r["at"]
        for r in store.db.query("SELECT datum_id, max(at) AS at FROM corrections GROUP BY datum_id")
    }


def history(store: Store) -> list[dict[str, Any]]:
    """Every correction: which data point, what kind of fact, when and where (the export)."""
    return [
        {"datum_id": r["datum_id"], "kind": r["kind"], "at": r["at"], "where": r["collected_where"]}
        for r in store.db.query(
            "SELECT c.datum_id, d.kind, c.at, c.collected_where FROM corrections c "
            "JOIN datums d ON d.id = c.datum_id ORDER BY c.id"
        )
    ]


def corrected_text(at: str) -> str:
    """'corrected on 29 Nov 2026', for a row of "Your data"."""
    return tr("corrected on {day}").format(day=i18n.day(parse_time(at)))
