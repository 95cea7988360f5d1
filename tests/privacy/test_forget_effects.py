"""Every effect of a forget is in its preview and its receipt (issue #19, item 5): an order
line, a wishlist entry, a cart line and a rating go with the data points they are."""

from __future__ import annotations

import pytest

from tests.helpers import checkout
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy.effects import shop_effects
from tightrope.workshop import personas


def _shop(store):
    """What a participant sees of the shop besides recommendations."""
    orders = {
        (r["text"], r["product_id"])
        for r in store.db.query("SELECT text, product_id FROM datums WHERE kind = 'purchase'")
    }
    ratings = {
        r["product_id"]
        for r in store.db.query("SELECT product_id FROM datums WHERE kind = 'rating'")
    }
    return set(store.wishlist()), {p for p, _q in store.cart()}, orders, ratings


def _said_and_done(store, rec, ids, focus):
    catalog = store.catalog
    preview = rec.preview_forget(ids, focus=focus)
    wish, cart, orders, ratings = _shop(store)
    change = forget_ops.forget(rec, ids, focus=focus)
    wish2, cart2, orders2, ratings2 = _shop(store)
    text, receipt = preview.forget_text, change.summary
    name = lambda pid: catalog.get(pid).name
    # exactly what went is said (nothing more, nothing less), before and after
    expected = {f"{name(p)} from your wishlist" for p in wish - wish2}
    expected |= {f"{name(p)} from your cart" for p in cart - cart2}
    expected |= {f"your rating of {name(p)}" for p in ratings - ratings2}
    for ref in {r for r, _p in orders - orders2}:
        lines = {p for r, p in orders - orders2 if r == ref}
        if not any(r == ref for r, _p in orders2):
            expected.add(
                f"order {ref} from your orders ({len(lines)} line{'s' * (len(lines) > 1)})"
            )
        else:
            expected |= {f"{name(p)} from order {ref}" for p in lines}
    assert set(preview.effects) == expected
    for effect in expected:
        assert effect in text and effect in receipt
    assert ("Also removes:" in text) == bool(expected) == ("Also removed:" in receipt)
    return preview, change


def test_forgetting_everything_about_a_bought_wishlisted_product_says_all_it_removes(
    services, catalog
):
    load_persona(services.store, personas.load("expecting-parent", catalog))
    store, rec = services.store, services.recommender
    pillow = "full-length-body-pillow"
    assert pillow in store.wishlist()
    preview, _change = _said_and_done(store, rec, store.datum_ids_for_product(pillow), pillow)
    assert "Full-Length Body Pillow from your wishlist" in preview.effects
    assert "your rating of Full-Length Body Pillow" in preview.effects
    assert any("J-5561" in e for e in preview.effects)
    assert pillow not in store.wishlist()


def test_forgetting_one_purchase_names_its_order_line(services, catalog):
    store, rec = services.store, services.recommender
    a, b = catalog.products[0].id, catalog.products[1].id
    record_ops.add_to_cart(store, a)
    record_ops.add_to_cart(store, b)
    ref, _ids = checkout(store)
    first = next(d.id for d in store.datums() if d.kind == "purchase" and d.product_id == a)
    preview, _change = _said_and_done(store, rec, [first], None)
    assert preview.effects == (f"{catalog.products[0].name} from order {ref}",)
    # the last line of the order: the whole order goes, and is said so
    second = next(d.id for d in store.datums() if d.kind == "purchase")
    preview, _change = _said_and_done(store, rec, [second], None)
    assert preview.effects == (f"order {ref} from your orders (1 line)",)


def test_forgetting_a_cart_add_says_the_cart_line_goes(services, catalog):
    store, rec = services.store, services.recommender
    product = catalog.products[3]
    datum = record_ops.add_to_cart(store, product.id).datum
    preview, _change = _said_and_done(store, rec, [datum.id], None)
    assert preview.effects == (f"{product.name} from your cart",)
    assert store.cart() == []


def test_a_view_or_a_search_removes_nothing_else(services, catalog):
    store = services.store
    view = record_ops.record(store, "view", product_id=catalog.products[0].id, where="test").datum
    search = record_ops.record(store, "search", text="tent", where="test").datum
    assert shop_effects(store, [view.id, search.id]) == ()
    preview = services.recommender.preview_forget([view.id])
    assert preview.also == "" and preview.forget_text == preview.summary


@pytest.mark.parametrize("persona", ["expecting-parent", "outdoor-enthusiast", "home-cook"])
def test_forgetting_each_shipped_purchase_says_what_it_removes(services, catalog, persona):
    load_persona(services.store, personas.load(persona, catalog))
    store, rec = services.store, services.recommender
    bought = sorted({d.product_id for d in store.datums() if d.kind == "purchase"})
    assert bought
    for pid in bought[:4]:
        _said_and_done(store, rec, store.datum_ids_for_product(pid), pid)
