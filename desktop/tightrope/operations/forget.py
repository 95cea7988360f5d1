"""Forgetting data points for real, and excluding them from use (or using them again).

Each operation carries out the removal the recommender previewed (the click that follows a
preview applies exactly that preview) and returns :class:`Changes` with the receipt, the
preview it fulfilled and one sentence saying what happened.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from tightrope.i18n import translator
from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed
from tightrope.privacy import erase
from tightrope.privacy.effects import also_sentence
from tightrope.storage.datums import Datum, count_noun
from tightrope.storage.store import check_scope

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender
    from tightrope.storage.store import Store

# The receipts' and summaries' words were the recommender's: same context, same translations.
tr = translator("Recommender", cached=True)


def delete(
    store: Store,
    datum_ids: Iterable[int],
    *,
    action: str = "forget",
    scope: str = "data point",
    op: str = "forget",
) -> Changes:
    """Delete data points for real with everything that cascades from them, and store a
    content-free receipt (what kind, how many, when) in the same transaction. No preview:
    :func:`forget` is this plus what the recommendations did."""
    ids = sorted(set(datum_ids))
    check_scope(scope)  # before the hooks: nothing happens for a wrong scope
    store.before_delete(ids)

    def write() -> Changes:
        receipt = store.write_receipt(action, scope, store.delete_rows(ids))
        return Changes(op, deleted=tuple(ids), receipt=receipt)

    return committed(store, write)


def forget(
    rec: Recommender,
    datum_ids: Iterable[int],
    scope: str = "data point",
    focus: str | None = None,
    topic: str | None = None,
) -> Changes:
    """Delete data points for real and return what changed (as previewed). ``focus``: the
    product the user asked about; ``topic``: a whole topic forgotten (then the summary says
    what of it is left)."""
    removal = rec.plan_removal(datum_ids, focus, topic)
    store = rec.store
    ids = removal.ids
    check_scope(scope)
    store.before_delete(ids)
    preview = removal.preview

    def write() -> Changes:
        receipt = store.write_receipt("forget", scope, store.delete_rows(ids))
        kinds = tr(" + ", "between the counts of a receipt: '1 view + 2 searches'").join(
            count_noun(k, n) for k, n in receipt["counts"].items()
        ) or tr("nothing", "forgotten")
        summary = tr(
            "Forgotten: {data} \u00b7 %n recommendation(s) changed",
            "{data}: e.g. '1 view + 2 searches'",
            n=preview.changed_count,
        ).format(data=kinds)
        if preview.topic is not None:  # did it work? what of the topic is left
            summary = tr(
                "{receipt}. {left}", "a receipt, then what of a forgotten topic is left"
            ).format(receipt=summary, left=rec.share_sentence(preview.topic))
        if preview.effects:  # every effect the preview named, said again as done
            summary = tr("{receipt}. {also}", "a receipt, then what else it removed").format(
                receipt=summary.rstrip("."), also=also_sentence(preview.effects, done=True)
            )
        return Changes(
            "forget", deleted=tuple(ids), receipt=receipt, preview=preview, summary=summary
        )

    changes = committed(store, write)
    rec.adopt(removal)
    return changes


def forget_product(rec: Recommender, product_id: str, focus: str | None = None) -> Changes:
    return forget(rec, rec.store.datum_ids_for_product(product_id), scope="product", focus=focus)


def forget_topic(rec: Recommender, topic: str, focus: str | None = None) -> Changes:
    return forget(
        rec, rec.store.datum_ids_for_topic(topic), scope="topic", focus=focus, topic=topic
    )


def forget_category(rec: Recommender, category: str) -> Changes:
    """Every data point of one consent category (after withdrawing it, say)."""
    return forget(rec, erase.ids_in_category(rec.store, category), scope="category")


def forget_between(
    rec: Recommender, start: datetime, end: datetime | None = None, scope: str = "time range"
) -> Changes:
    return forget(rec, erase.ids_between(rec.store, start, end), scope=scope)


def forget_views(rec: Recommender) -> Changes:
    """Every "view" data point ("Clear recently viewed"), excluded ones included: what
    :func:`tightrope.engine.recently_viewed.clear_preview` previewed."""
    return forget(rec, rec.store.datum_ids_of_kind("view"), scope="recently viewed")


def _set_excluded(store: Store, ids: list[int], excluded: bool) -> tuple[Datum, ...]:
    for i in ids:
        store.db.execute("UPDATE datums SET excluded = ? WHERE id = ?", [int(excluded), i])
    return tuple(d for i in ids if (d := store.datum(i)) is not None)


def exclude(rec: Recommender, datum_ids: Iterable[int], focus: str | None = None) -> Changes:
    """Keep these data points but stop using them (the previewed effect)."""
    removal = rec.plan_removal(datum_ids, focus)
    ids, preview = removal.ids, removal.preview

    def write() -> Changes:
        updated = _set_excluded(rec.store, ids, True)
        summary = tr("Not used any more: %n data point(s) \u00b7 {changed}", n=len(ids)).format(
            changed=tr("%n recommendation(s) changed", n=preview.changed_count)
        )
        return Changes("exclude", updated=updated, preview=preview, summary=summary)

    changes = committed(rec.store, write)
    rec.adopt(removal)
    return changes


def include(rec: Recommender, datum_ids: Iterable[int], focus: str | None = None) -> Changes:
    """Use excluded data points again."""
    ids = sorted(set(datum_ids))
    preview = rec.preview_include(ids, focus)

    def write() -> Changes:
        updated = _set_excluded(rec.store, ids, False)
        summary = tr("Used again: %n data point(s) \u00b7 {changed}", n=len(ids)).format(
            changed=tr("%n recommendation(s) changed", n=preview.changed_count)
        )
        return Changes("include", updated=updated, preview=preview, summary=summary)

    return committed(rec.store, write)


__all__ = [
    "delete",
    "exclude",
    "forget",
    "forget_between",
    "forget_category",
    "forget_product",
    "forget_topic",
    "forget_views",
    "include",
]
