"""Shopper activity: views, searches and declared facts, the cart and orders, the wishlist
and ratings. Each is one operation (see :mod:`tightrope.operations`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tightrope.i18n import translator
from tightrope.operations.changes import MOVE_TO_CART, Changes
from tightrope.operations.commit import committed

if TYPE_CHECKING:
    from tightrope.storage.datums import Datum
    from tightrope.storage.store import Store

tr = translator("ShopOperations")


def record(
    store: Store,
    kind: str,
    *,
    product_id: str | None = None,
    text: str | None = None,
    value: float | None = None,
    where: str = "",
    at: datetime | None = None,
) -> Changes:
    """Store one data point (``op`` "record"; ``changes.datum`` is it, or None when its
    category is not collected: then nothing was written)."""

    def write() -> Changes:
        datum = store.insert_datum(
            kind, product_id=product_id, text=text, value=value, where=where, at=at
        )
        return Changes("record", added=(datum,) if datum else ())

    return committed(store, write)


def record_many(store: Store, rows: Iterable[dict[str, Any]]) -> Changes:
    """Many data points in one transaction (benchmarks, test set-ups); each row holds
    ``kind`` and optionally ``product_id``, ``text``, ``value``, ``where``, ``at``."""

    def write() -> Changes:
        return Changes("record", added=tuple(insert_rows(store, rows)))

    return committed(store, write)


def insert_rows(store: Store, rows: Iterable[dict[str, Any]]) -> list[Any]:
    """Insert rows inside the caller's transaction; the data points stored."""
    out = []
    for row in rows:
        d = store.insert_datum(
            row["kind"],
            product_id=row.get("product_id"),
            text=row.get("text"),
            value=row.get("value"),
            where=row.get("where", ""),
            at=row.get("at"),
        )
        if d:
            out.append(d)
    return out


def add_to_cart(store: Store, product_id: str, where: str = "product page") -> Changes:
    """One more of a product in the cart, and a "cart_add" data point when collected. A
    product not in the cart yet needs that data point (its line rests on it): when it may
    not be collected, nothing is written (see :func:`cart_refusal`)."""

    def write() -> Changes:
        datum = put_in_cart(store, product_id, 1, where)
        return Changes("cart", added=(datum,) if datum else (), cart=True)

    return committed(store, write)


def put_in_cart(store: Store, product_id: str, qty: int, where: str) -> Datum | None:
    """Inside the caller's transaction: ``qty`` more of a product in the cart and one
    "cart_add" data point (value ``qty``) when collected; the data point, or None. A new cart
    line rests on its data point, so a product whose adding may not be recorded is not put in
    an empty line (the cart is what you put in it: data of "Cart & purchases")."""
    datum = store.insert_datum(
        "cart_add", product_id=product_id, text=None, value=qty, where=where, at=None
    )
    if _qty(store, product_id):
        store.db.execute("UPDATE cart SET qty = qty + ? WHERE product_id = ?", [qty, product_id])
    elif datum:
        store.db.execute(
            "INSERT INTO cart (product_id, qty, datum_id) VALUES (?, ?, ?)",
            [product_id, qty, datum.id],
        )
    return datum


def _qty(store: Store, product_id: str) -> int:
    rows = list(store.db.query("SELECT qty FROM cart WHERE product_id = ?", [product_id]))
    return int(rows[0]["qty"]) if rows else 0


def cart_refusal(store: Store, product_id: str) -> str:
    """Why the cart cannot take this product now, in one sentence ("" when it can). A cart
    line rests on the "added to cart" data point of its first item, so a product not in the
    cart yet goes in only when that data point may be collected."""
    if _qty(store, product_id):
        return ""
    name = store.catalog.product(product_id).name
    if store.get_meta("collection_paused") == "1":
        return tr(
            "Collection is paused, and your cart is kept as \u201cadded to cart\u201d data "
            "points: {name} cannot go in the cart until you resume it."
        ).format(name=name)
    if not store.may_collect("purchases"):
        return tr(
            "The \u201cCart & purchases\u201d switch is off, and your cart is kept as "
            "\u201cadded to cart\u201d data points: {name} cannot go in the cart until you "
            "switch it on."
        ).format(name=name)
    if not store.sensitive_allowed(store.topic_of("cart_add", product_id, None)):
        return tr(
            "{name} is in a sensitive category you have not opted into, and your cart is "
            "kept as \u201cadded to cart\u201d data points: it cannot go in the cart."
        ).format(name=name)
    return ""


def _not_collected(store: Store, product_id: str) -> str:
    """Why a cart_add data point for this product is not collected now, as a clause."""
    if store.get_meta("collection_paused") == "1":
        return tr("collection is paused")
    if not store.may_collect("purchases"):
        return tr("the \u201cCart & purchases\u201d switch is off")
    return tr("{name} is in a sensitive category you have not opted into").format(
        name=store.catalog.product(product_id).name
    )


def decrease_in_cart(store: Store, product_id: str) -> Changes:
    """One fewer of a product in the cart (``changes.result``: how many are left). The last
    one is taken out with :func:`remove_from_cart`, on purpose, not by one press too many.

    No data point is deleted or recorded: each "added to cart" data point says that one was
    added, which stays true after one is taken out (forget them under Your data)."""
    qty = _qty(store, product_id)
    if qty == 0:
        raise ValueError(f"{product_id!r} is not in the cart")
    if qty == 1:
        raise ValueError(f"{product_id!r} is the cart's last one: remove the line instead")

    def write() -> Changes:
        store.db.execute("UPDATE cart SET qty = qty - 1 WHERE product_id = ?", [product_id])
        return Changes("cart", cart=True, result=qty - 1)

    return committed(store, write)


def move_to_cart(store: Store, product_id: str, where: str = "wishlist page") -> Changes:
    """Take a product off the wishlist and put one in the cart, in one transaction: the
    wishlist data point is deleted for real (with a receipt), one more goes in the cart, and
    an "added to cart" data point is recorded when the "Cart & purchases" switch allows
    (``changes.datum``; None when the product was in the cart already and the switch is off:
    then its count grows and nothing is recorded). ``changes.result`` is how many of it the
    cart holds now; ``changes.summary`` says all of it. Refused (ValueError, nothing
    written) when the product is not on the wishlist, or the cart cannot take it
    (:func:`cart_refusal`)."""
    ids = store.wishlist_ids(product_id)
    if not ids:
        raise ValueError(f"{product_id!r} is not on the wishlist")
    refusal = cart_refusal(store, product_id)
    if refusal:
        raise ValueError(refusal)
    name = store.catalog.product(product_id).name
    store.before_delete(ids)

    def write() -> Changes:
        datum = put_in_cart(store, product_id, 1, where)
        receipt = store.write_receipt("remove", "wishlist", store.delete_rows(ids))
        qty = _qty(store, product_id)
        moved = tr("{name} is in your cart now (%n in the cart).", n=qty).format(name=name)
        if datum is not None:
            recorded = tr(
                "Recorded: \u201cYou added {name} to your cart\u201d. Deleted: its wishlist "
                "data point."
            ).format(name=name)
        else:
            recorded = tr(
                "No \u201cadded to cart\u201d data point was recorded: {reason}. Deleted: "
                "its wishlist data point.",
                "{reason}: why, e.g. 'the \u201cCart & purchases\u201d switch is off'",
            ).format(reason=_not_collected(store, product_id))
        return Changes(
            MOVE_TO_CART,
            added=(datum,) if datum else (),
            deleted=tuple(ids),
            cart=True,
            receipt=receipt,
            summary=f"{moved} {recorded}",
            result=qty,
        )

    return committed(store, write)


def remove_from_cart(store: Store, product_id: str) -> Changes:
    """Take a product's line out of the cart (the data point that it was added stays)."""

    def write() -> Changes:
        store.db.execute("DELETE FROM cart WHERE product_id = ?", [product_id])
        return Changes("cart", cart=True)

    return committed(store, write)


def checkout(store: Store, where: str = "checkout") -> Changes:
    """Turn the cart into an order at once: one purchase data point per line; empties the
    cart. ``changes.result`` is the order reference. (The shop's checkout steps call
    :func:`tightrope.operations.checkout.place_order`, which writes an order the same way.)"""
    lines = store.cart()
    if not lines:
        raise ValueError("The cart is empty.")
    now = store.clock.now()

    def write() -> Changes:
        order_ref = order_reference(store, now)
        added = write_order(store, lines, order_ref, now, where)
        return Changes("checkout", added=tuple(added), cart=True, result=order_ref)

    return committed(store, write)


def order_reference(store: Store, now: datetime) -> str:
    """The reference of an order placed ``now`` by the shop's clock (order-20261129-120000),
    with -2, -3 ... after it when an order of that second is stored already: two orders must
    never read as one."""
    base = "order-" + now.strftime("%Y%m%d-%H%M%S")
    taken = {
        r["text"]
        for r in store.db.query(
            "SELECT DISTINCT text FROM datums WHERE kind = 'purchase' AND text LIKE ?",
            [base + "%"],
        )
    }
    ref, n = base, 1
    while ref in taken:
        n += 1
        ref = f"{base}-{n}"
    return ref


def write_order(
    store: Store, lines: list[tuple[str, int]], order_ref: str, now: datetime, where: str
) -> list[Datum]:
    """Inside the caller's transaction: one purchase data point per cart line (text: the
    order reference, value: the quantity) when collected, then the cart emptied."""
    added = []
    for product_id, qty in lines:
        d = store.insert_datum(
            "purchase", product_id=product_id, text=order_ref, value=qty, where=where, at=now
        )
        if d:
            added.append(d)
    store.db.execute("DELETE FROM cart")
    return added


def toggle_wishlist(store: Store, product_id: str, where: str = "product page") -> Changes:
    """Add to or remove from the wishlist. ``changes.result`` is True when the product is on
    the list now. Removing deletes the wishlist data point for real, with a receipt."""
    ids = store.wishlist_ids(product_id)
    if ids:
        store.before_delete(ids)

    def write() -> Changes:
        if ids:
            receipt = store.write_receipt("remove", "wishlist", store.delete_rows(ids))
            return Changes("wishlist", deleted=tuple(ids), receipt=receipt, result=False)
        datum = store.insert_datum(
            "wishlist", product_id=product_id, text=None, value=None, where=where, at=None
        )
        return Changes("wishlist", added=(datum,) if datum else (), result=datum is not None)

    return committed(store, write)


def rate(store: Store, product_id: str, stars: int, where: str = "product page") -> Changes:
    """Give a product 1 to 5 stars; a rating given before is replaced (deleted, no receipt).
    ``changes.datum`` is the new rating."""
    if not 1 <= stars <= 5:
        raise ValueError(f"A rating is 1 to 5 stars, not {stars!r}")
    old = store.rating_ids(product_id)

    def write() -> Changes:
        if old:
            store.delete_rows(old)
        datum = store.insert_datum(
            "rating", product_id=product_id, text=None, value=float(stars), where=where, at=None
        )
        return Changes("rate", added=(datum,) if datum else (), deleted=tuple(old))

    return committed(store, write)
