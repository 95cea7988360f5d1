"""What else a participant sees go when data points are deleted (issue #19, item 5).

The shop keeps no second copy of an order, a wishlist or a cart: each *is* data points (a
purchase per order line, a wishlist data point, a cart line resting on its "added to cart"
data point, a rating). So forgetting a purchase also takes its line out of the order, and
forgetting everything about a product takes it off the wishlist and out of the cart. A
preview and a receipt must say so: :func:`shop_effects` names each such effect, read from
the store before the deletion, and :func:`also_sentence` words them for a preview
("Also removes: ...") or a receipt ("Also removed: ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from tightrope.i18n import translator
from tightrope.storage.store import Store

tr = translator("Effects")


def shop_effects(store: Store, datum_ids: Iterable[int]) -> tuple[str, ...]:
    """The shop-visible things deleting these data points removes, as short noun phrases in
    a stable order: wishlist, cart, order lines (or whole orders), ratings."""
    ids = sorted({int(i) for i in datum_ids})
    if not ids:
        return ()
    catalog = store.catalog
    rows: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows += list(
            store.db.query(
                f"SELECT id, kind, product_id, text, value FROM datums WHERE id IN ({marks}) "
                "AND kind IN ('wishlist', 'purchase', 'rating') ORDER BY id",
                chunk,
            )
        )
        rows += [
            dict(r, kind="cart")
            for r in store.db.query(
                f"SELECT datum_id AS id, product_id FROM cart WHERE datum_id IN ({marks}) "
                "ORDER BY rowid",
                chunk,
            )
        ]

    def name(row: dict) -> str:
        product = catalog.get(row["product_id"]) if row.get("product_id") else None
        return product.name if product else tr("a product no longer in the catalog")

    wishlist = sorted({name(r) for r in rows if r["kind"] == "wishlist"})
    cart = [name(r) for r in rows if r["kind"] == "cart"]
    out = [tr("{name} from your wishlist").format(name=n) for n in wishlist]
    out += [tr("{name} from your cart").format(name=n) for n in cart]
    orders: dict[str, list[dict]] = {}
    for r in rows:
        if r["kind"] == "purchase":
            orders.setdefault(r["text"] or "", []).append(r)
    for ref, lines in sorted(orders.items()):
        total = store.db.execute(
            "SELECT count(*) FROM datums WHERE kind = 'purchase' AND text IS ?", [ref or None]
        ).fetchone()[0]
        if ref and total == len(lines):
            out.append(
                tr("order {ref} from your orders (%n line(s))", n=len(lines)).format(ref=ref)
            )
        elif ref:
            out += [tr("{name} from order {ref}").format(name=name(r), ref=ref) for r in lines]
        else:
            out += [tr("your purchase of {name}").format(name=name(r)) for r in lines]
    ratings = sorted({name(r) for r in rows if r["kind"] == "rating"})
    out += [tr("your rating of {name}").format(name=n) for n in ratings]
    return tuple(out)


def also_sentence(effects: Iterable[str], done: bool) -> str:
    """ "Also removes: A; B." before acting, "Also removed: A; B." after; "" for none."""
    effects = list(effects)
    if not effects:
        return ""
    joined = tr("; ", "between removed things").join(effects)
    if done:
        return tr("Also removed: {things}.").format(things=joined)
    return tr("Also removes: {things}.").format(things=joined)
