"""The wishlist's "Move to cart", the cart's "one fewer", and "Recently viewed" with its
clearing: each one operation, checked against what the store holds (and the files)."""

from __future__ import annotations

import pytest

from tests.helpers import files_containing
from tightrope.engine.recently_viewed import SHELF_LIMIT, clear_preview, recently_viewed
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.changes import MOVE_TO_CART
from tightrope.workshop.log_events import rotates_key, store_events

TENT = "trail-tent-2p"
MARKER = "zebra-view-marker-71e3"


def _kinds(store):
    return sorted(d.kind for d in store.datums())


# --- move to cart -------------------------------------------------------------------------
def test_move_to_cart_adds_one_records_it_and_deletes_the_wishlist_point(services):
    store = services.store
    saved = record_ops.toggle_wishlist(store, TENT).datum
    changes = record_ops.move_to_cart(store, TENT)
    assert changes.op == MOVE_TO_CART and changes.cart
    assert store.cart() == [(TENT, 1)] and store.wishlist() == []
    assert _kinds(store) == ["cart_add"]
    assert changes.deleted == (saved.id,) and store.datum(saved.id) is None
    assert changes.datum is not None and changes.datum.kind == "cart_add"
    assert changes.datum.collected_where == "wishlist page"
    assert changes.receipt["counts"] == {"wishlist": 1} and store.receipts()[-1]["id"]
    assert changes.result == 1
    assert changes.summary == (
        "Trail Tent 2P is in your cart now (1 in the cart). Recorded: \u201cYou added Trail "
        "Tent 2P to your cart\u201d. Deleted: its wishlist data point."
    )
    # shopping, not forgetting: the study log's key stays; the log has the cart and removal
    assert not changes.forgot and not rotates_key(changes)
    assert [e for e, _ in store_events(changes)] == ["cart", "data_recorded"]


def test_move_to_cart_with_purchases_off_counts_up_a_line_and_records_nothing(services):
    store = services.store
    record_ops.add_to_cart(store, TENT)
    record_ops.toggle_wishlist(store, TENT)
    consent_ops.set_switches(store, {"purchases": False}, "test")
    before = [d.id for d in store.datums() if d.kind == "cart_add"]
    changes = record_ops.move_to_cart(store, TENT)
    assert store.cart() == [(TENT, 2)] and store.wishlist() == []
    assert changes.added == () and [d.id for d in store.datums()] == before
    assert "No \u201cadded to cart\u201d data point was recorded" in changes.summary
    assert "\u201cCart & purchases\u201d switch is off" in changes.summary
    assert "(2 in the cart)" in changes.summary


def test_move_to_cart_is_refused_when_the_cart_cannot_take_it(services):
    """A new cart line rests on its "added to cart" data point: with purchases off the
    product cannot go in, and nothing changes (it stays on the wishlist)."""
    store = services.store
    record_ops.toggle_wishlist(store, TENT)
    consent_ops.set_switches(store, {"purchases": False}, "test")
    refusal = record_ops.cart_refusal(store, TENT)
    assert "\u201cCart & purchases\u201d switch is off" in refusal and "Trail Tent 2P" in refusal
    receipts = len(store.receipts())
    with pytest.raises(ValueError, match="Cart & purchases"):
        record_ops.move_to_cart(store, TENT)
    assert store.wishlist() == [TENT] and store.cart() == []
    assert len(store.receipts()) == receipts
    # and add_to_cart agrees: it writes nothing either
    assert record_ops.add_to_cart(store, TENT).added == () and store.cart() == []
    consent_ops.set_switches(store, {"purchases": True}, "test")
    consent_ops.set_paused(store, True)
    assert "paused" in record_ops.cart_refusal(store, TENT)
    consent_ops.set_paused(store, False)
    assert record_ops.cart_refusal(store, TENT) == ""


def test_move_to_cart_of_a_product_not_saved_is_refused(services):
    with pytest.raises(ValueError, match="not on the wishlist"):
        record_ops.move_to_cart(services.store, TENT)
    assert services.store.cart() == []


# --- one fewer in the cart ----------------------------------------------------------------
def test_decrease_takes_one_out_and_keeps_every_data_point(services):
    store = services.store
    for _ in range(3):
        record_ops.add_to_cart(store, TENT)
    adds = [d.id for d in store.datums() if d.kind == "cart_add"]
    changes = record_ops.decrease_in_cart(store, TENT)
    assert store.cart() == [(TENT, 2)] and changes.result == 2 and changes.cart
    # "You added Trail Tent 2P to your cart" stays true: nothing is deleted or recorded
    assert changes.added == () and changes.deleted == () and changes.receipt is None
    assert [d.id for d in store.datums() if d.kind == "cart_add"] == adds
    record_ops.decrease_in_cart(store, TENT)
    assert store.cart() == [(TENT, 1)]
    with pytest.raises(ValueError, match="last one"):
        record_ops.decrease_in_cart(store, TENT)  # the last one goes with Remove
    assert store.cart() == [(TENT, 1)]
    with pytest.raises(ValueError, match="not in the cart"):
        record_ops.decrease_in_cart(store, "summit-daypack-22l")


# --- recently viewed ----------------------------------------------------------------------
def _view(store, *product_ids, where="product page"):
    return [record_ops.record(store, "view", product_id=p, where=where).datum for p in product_ids]


def test_recently_viewed_is_newest_first_each_once_and_limited(services):
    store, rec = services.store, services.recommender
    products = [p.id for p in services.catalog.products if not p.category.startswith("preg")]
    ids = products[: SHELF_LIMIT + 2]
    _view(store, *ids)
    _view(store, ids[0])  # seen again: first now, once
    shelf = recently_viewed(rec)
    assert shelf.product_ids[0] == ids[0]
    assert list(shelf.product_ids) == [ids[0], *reversed(ids[-(SHELF_LIMIT - 1) :])]
    assert len(shelf.product_ids) == SHELF_LIMIT == len(set(shelf.product_ids))
    assert len(shelf.view_ids) == SHELF_LIMIT + 3 and shelf.products == SHELF_LIMIT + 2
    assert not shelf.hidden and shelf.not_shown == ""


def test_recently_viewed_shows_nothing_the_shop_may_not_use_and_says_why(services):
    store, rec = services.store, services.recommender
    assert recently_viewed(rec).hidden  # nothing viewed: no shelf
    (tent,) = _view(store, TENT)
    consent_ops.set_switches(store, {"browsing": False}, "test")
    shelf = recently_viewed(rec)
    assert shelf.product_ids == () and shelf.view_ids == (tent.id,)
    assert shelf.not_shown == (
        "The \u201cBrowsing\u201d switch is off: the products you open are not recorded, and "
        "the views recorded before are not used. 1 earlier view is still stored."
    )
    consent_ops.set_switches(store, {"browsing": True}, "test")
    consent_ops.set_level(store, "off")
    assert recently_viewed(rec).not_shown.startswith("Personalization is off")
    consent_ops.set_level(store, "full")
    forget_ops.exclude(rec, [tent.id])
    assert recently_viewed(rec).not_shown.startswith("You asked the shop not to use")
    forget_ops.include(rec, [tent.id])
    consent_ops.block_topic(store, "outdoor")  # a blocked topic is not shown, nor named
    shelf = recently_viewed(rec)
    assert shelf.product_ids == () and shelf.hidden


def test_a_sensitive_product_is_not_on_the_shelf_without_its_opt_in(services):
    store, rec = services.store, services.recommender
    baby = services.catalog.in_category("pregnancy-baby")[0]
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "test")
    _view(store, baby.id, TENT)
    assert set(recently_viewed(rec).product_ids) == {baby.id, TENT}
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": False}, "test")
    assert recently_viewed(rec).product_ids == (TENT,)


def test_clearing_recently_viewed_forgets_every_view_as_previewed(services):
    store, rec = services.store, services.recommender
    products = [p.id for p in services.catalog.products[:10]]
    _view(store, *products, *products[:4])
    search = record_ops.record(store, "search", text="kettle", where="search box").datum
    shelf = recently_viewed(rec)
    text, preview = clear_preview(rec, shelf)
    assert text.startswith(
        "This forgets 14 views of 10 products, 2 of them not on the shelf. "
        "The \u201cRecently viewed\u201d shelf goes. "
    )
    assert preview.summary in text and set(preview.datum_ids) == set(shelf.view_ids)
    changes = forget_ops.forget_views(rec)
    assert changes.preview == preview, "the click applies exactly the preview"
    assert changes.receipt["counts"] == {"view": 14}
    assert changes.receipt["scope"] == "recently viewed"
    assert changes.summary.startswith("Forgotten: 14 views")
    assert [d.id for d in store.datums()] == [search.id], "only the views go"
    assert recently_viewed(rec).hidden


def test_cleared_views_are_gone_from_every_file(services, data_dir):
    store, rec = services.store, services.recommender
    _view(store, TENT, "summit-daypack-22l", where=MARKER)
    assert files_containing(data_dir.root, MARKER.encode())
    forget_ops.forget_views(rec)
    # read from another process at once (the database, any journal or WAL beside it)
    assert files_containing(data_dir.root, MARKER.encode()) == []
    services.close()
    assert files_containing(data_dir.root, MARKER.encode()) == []
