"""A shopper's "helpful" vote on a product review: one data point (kind "review_vote", in the
"Ratings & wishlist" consent category), given by one click and taken back by the next.

The vote is recorded only with that consent (and, for a sensitive department, its own
opt-in): otherwise nothing is written and the page says why before anyone clicks. Taking a
vote back deletes its data point for real, with a receipt, like taking a product off the
wishlist. The recommender does not use votes (tightrope.engine.evidence ignores the kind).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope import catalog_reviews
from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed
from tightrope.storage.datums import KINDS

if TYPE_CHECKING:
    from tightrope.storage.store import Store

KIND = "review_vote"
OP = "review_vote"
# why a vote would not be recorded now (see refusal)
PAUSED, CONSENT_OFF, SENSITIVE = "paused", "consent off", "sensitive"


def votes(store: Store, product_id: str) -> dict[int, int]:
    """The shopper's helpful votes on a product's reviews: review number -> data point id."""
    rows = store.db.query(
        "SELECT id, value FROM datums WHERE kind = ? AND product_id = ? ORDER BY id",
        [KIND, product_id],
    )
    return {int(r["value"]): r["id"] for r in rows if r["value"] is not None}


def refusal(store: Store, product_id: str) -> str | None:
    """Why a helpful vote on this product would not be recorded now (PAUSED, CONSENT_OFF or
    SENSITIVE), or None when it would be: the same checks ``store.insert_datum`` makes."""
    if store.get_meta("collection_paused") == "1":
        return PAUSED
    if not store.may_collect(KINDS[KIND][0]):
        return CONSENT_OFF
    if not store.sensitive_allowed(store.topic_of(KIND, product_id, None)):
        return SENSITIVE
    return None


def toggle_review_vote(
    store: Store, product_id: str, number: int, where: str = "product page"
) -> Changes:
    """Mark review ``number`` of a product helpful, or take the mark back if it is there.
    ``changes.result`` is True when the vote is stored now; False when it was taken back or
    not recorded (no consent: nothing written)."""
    product = store.catalog.get(product_id)
    if product is None:
        raise ValueError(f"product_id: no product {product_id!r} in the catalog")
    if not 1 <= number <= catalog_reviews.shown_count(product):
        raise ValueError(f"number: {product_id} has no review {number!r}")
    ids = [
        r["id"]
        for r in store.db.query(
            "SELECT id FROM datums WHERE kind = ? AND product_id = ? AND value = ?",
            [KIND, product_id, float(number)],
        )
    ]
    if ids:
        store.before_delete(ids)

    def write() -> Changes:
        if ids:
            receipt = store.write_receipt("remove", "data point", store.delete_rows(ids))
            return Changes(OP, deleted=tuple(ids), receipt=receipt, result=False)
        datum = store.insert_datum(
            KIND, product_id=product_id, text=None, value=float(number), where=where, at=None
        )
        return Changes(OP, added=(datum,) if datum else (), result=datum is not None)

    return committed(store, write)
