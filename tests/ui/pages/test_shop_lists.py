"""Wishlist "Move to cart" and "Remove", the cart's quantity stepper, and the home page's
"Recently viewed" shelf with its previewed clearing: by mouse and keyboard, checked against
the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tightrope.engine.recently_viewed import clear_preview, recently_viewed
from tightrope.operations import consent as consent_ops
from tightrope.operations import record as record_ops
from tightrope.ui import format
from tightrope.ui.navigation import CART, HOME, PRODUCT, WISHLIST, Route

pytestmark = pytest.mark.gui

TENT = "trail-tent-2p"
PACK = "summit-daypack-22l"


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)


def _line(view, product_id):
    return next(v for v in view.line_views() if v.product_id == product_id)


# --- wishlist -------------------------------------------------------------------------------
def test_move_to_cart_by_mouse_says_what_happened_after_the_commit(qtbot, window, services):
    store = services.store
    record_ops.toggle_wishlist(store, TENT)
    record_ops.toggle_wishlist(store, PACK)
    window.navigator.go(Route(WISHLIST))
    view = window.wishlist.view
    assert [v.product_id for v in view.line_views()] == [PACK, TENT]  # newest first
    line = _line(view, TENT)
    assert line.to_cart.accessibleName() == "Move Trail Tent 2P to cart"
    assert line.remove.accessibleName() == "Remove Trail Tent 2P from wishlist"
    assert not view.status.isVisibleTo(view)
    heard = []
    store.subscribe(lambda c: heard.append(view.status.text()))
    qtbot.mouseClick(line.to_cart, Qt.MouseButton.LeftButton)
    assert heard == [""], "nothing was said before the commit returned"
    assert store.cart() == [(TENT, 1)] and store.wishlist() == [PACK]
    assert view.status.isVisibleTo(view)
    assert view.status.text() == (
        "Trail Tent 2P is in your cart now (1 in the cart). Recorded: \u201cYou added Trail "
        "Tent 2P to your cart\u201d. Deleted: its wishlist data point."
    )
    assert [v.product_id for v in view.line_views()] == [PACK]
    qtbot.waitUntil(lambda: window.top_bar.cart.text() == "Cart (1)")


def test_remove_by_keyboard_deletes_and_keeps_the_focus_on_the_list(qtbot, window, services):
    store = services.store
    record_ops.toggle_wishlist(store, TENT)
    record_ops.toggle_wishlist(store, PACK)
    window.activateWindow()
    window.navigator.go(Route(WISHLIST))
    _settle(qtbot)
    view = window.wishlist.view
    first = view.line_views()[0]
    first.remove.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first.remove, Qt.Key.Key_Space)
    assert store.wishlist() == [TENT]
    assert [d.kind for d in store.datums()] == ["wishlist"]
    assert store.receipts()[-1]["counts"] == {"wishlist": 1}
    assert view.status.text() == (
        "Summit Daypack 22 L is off your wishlist. Deleted: 1 wishlist data point."
    )
    # the focus is on the same button of the line now in its place
    assert QApplication.focusWidget() is view.line_views()[0].remove
    _settle(qtbot)  # the refresh that follows the change keeps it there
    assert QApplication.focusWidget() is view.line_views()[0].remove
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert store.wishlist() == [] and view.empty.isVisibleTo(view)
    assert QApplication.focusWidget() is view.empty.action


def test_move_to_cart_is_off_and_says_why_when_the_cart_cannot_take_it(qtbot, window, services):
    store = services.store
    record_ops.toggle_wishlist(store, TENT)
    consent_ops.set_switches(store, {"purchases": False}, "test")
    window.navigator.go(Route(WISHLIST))
    line = window.wishlist.view.line_views()[0]
    assert not line.to_cart.isEnabled()
    assert line.note.isVisibleTo(line) and line.note.text() == record_ops.cart_refusal(store, TENT)
    assert line.to_cart.accessibleDescription() == line.note.text()
    consent_ops.set_switches(store, {"purchases": True}, "test")
    window.refresh()
    assert line.to_cart.isEnabled() and not line.note.isVisibleTo(line)


def test_add_to_cart_on_the_product_page_is_off_and_says_why_when_refused(qtbot, window, services):
    """A click that could not put the product in the cart used to do nothing, silently."""
    store = services.store
    consent_ops.set_switches(store, {"purchases": False}, "test")
    window.navigator.go(Route(PRODUCT, TENT, "test"))
    view = window.product.view
    reason = record_ops.cart_refusal(store, TENT)
    assert reason and not view.add_to_cart.isEnabled()
    assert view.cart_refusal.text() == reason == view.add_to_cart.accessibleDescription()
    assert view.cart_refusal.isVisibleTo(view)
    consent_ops.set_switches(store, {"purchases": True}, "test")
    window.refresh()
    assert view.add_to_cart.isEnabled() and not view.cart_refusal.isVisibleTo(view)


# --- cart ---------------------------------------------------------------------------------
def test_the_quantity_stepper_by_keyboard(qtbot, window, services):
    store = services.store
    for _ in range(2):
        record_ops.add_to_cart(store, TENT)
    adds = [d.id for d in store.datums() if d.kind == "cart_add"]
    window.activateWindow()
    window.navigator.go(Route(CART))
    _settle(qtbot)
    line = window.cart.view.line_views()[0]
    assert line.decrease.accessibleName() == "Decrease quantity of Trail Tent 2P, now 2"
    assert line.add_one.accessibleName() == "Add one more Trail Tent 2P to cart, now 2"
    assert line.decrease.isEnabled()
    # reading order: name, then "-", "+", Remove
    line.name.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(4):  # (the name's link takes a Tab of its own)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not line.name:
            seen.append(QApplication.focusWidget())
    assert seen[:3] == [line.decrease, line.add_one, line.remove]
    line.decrease.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(line.decrease, Qt.Key.Key_Space)
    assert store.cart() == [(TENT, 1)]
    _settle(qtbot)
    assert window.cart.view.line_views() == [line], "the line is updated in place"
    assert line.qty.text() == "Qty 1" and window.top_bar.cart.text() == "Cart (1)"
    assert line.decrease.accessibleName() == "Decrease quantity of Trail Tent 2P, now 1"
    assert not line.decrease.isEnabled(), "the last one goes with Remove, beside it"
    assert "Remove" in line.decrease.accessibleDescription()
    assert line.isAncestorOf(QApplication.focusWidget()), "the keyboard stays on the line"
    # the "added to cart" data points stay: they say what happened
    assert [d.id for d in store.datums() if d.kind == "cart_add"] == adds
    line.add_one.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(line.add_one, Qt.Key.Key_Space)
    _settle(qtbot)
    assert store.cart() == [(TENT, 2)] and line.decrease.isEnabled()
    assert line.add_one.hasFocus()
    assert line.add_one.accessibleName() == "Add one more Trail Tent 2P to cart, now 2"


def test_decrease_by_mouse_and_the_totals_follow(qtbot, window, services):
    store = services.store
    for _ in range(3):
        record_ops.add_to_cart(store, PACK)
    window.navigator.go(Route(CART))
    view = window.cart.view
    line = view.line_views()[0]
    qtbot.mouseClick(line.decrease, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    price = services.catalog.product(PACK).price
    assert store.cart() == [(PACK, 2)] and view.items_label.text() == "Items (2)"
    assert line.total.text() == format.money(price * 2) == view.total.text()
    assert line.qty.text() == "Qty 2"


# --- recently viewed --------------------------------------------------------------------------
def _viewed(services, n=3):
    products = [p.id for p in services.catalog.products if p.category == "outdoor"][:n]
    for pid in products:
        record_ops.record(services.store, "view", product_id=pid, where="test")
    return list(reversed(products))


def test_the_shelf_shows_what_was_viewed_and_hides_when_nothing(qtbot, window, services):
    home = window.home.view
    window.refresh()
    assert not home.recent.isVisibleTo(home), "nothing viewed: no shelf"
    newest_first = _viewed(services)
    window.refresh()
    assert home.recent.isVisibleTo(home)
    assert [c.product.id for c in home.recent.cards()] == newest_first
    assert home.recent.title.text() == "Recently viewed"
    assert home.recent.clear.accessibleName() == "Clear recently viewed"
    assert all(not c.why.isVisibleTo(c) for c in home.recent.cards()), "no reasons: not recs"
    assert not set(home.recent.cards()) & set(home.cards())
    # opening one from the shelf says where it was opened from
    qtbot.mouseClick(home.recent.cards()[1], Qt.MouseButton.LeftButton)
    assert window.product.product_id == newest_first[1]
    assert services.store.datums()[0].collected_where == "home page shelf 'Recently viewed'"


def test_with_browsing_off_the_shelf_says_why_it_is_empty(qtbot, window, services):
    store = services.store
    _viewed(services, 2)
    consent_ops.set_switches(store, {"browsing": False}, "test")
    window.navigator.go(Route(HOME))
    window.refresh()
    home = window.home.view
    assert home.recent.isVisibleTo(home) and not home.recent.scroll.isVisibleTo(home)
    assert home.recent.note.isVisibleTo(home)
    assert home.recent.note.text() == recently_viewed(services.recommender).not_shown
    assert "2 earlier views are still stored" in home.recent.note.text()
    assert home.recent.clear.isVisibleTo(home), "what is stored can still be cleared"


def test_clear_previews_then_forgets_and_shows_the_receipt(qtbot, window, services):
    store, rec = services.store, services.recommender
    _viewed(services, 4)
    search = record_ops.record(store, "search", text="stove", where="search box").datum
    window.activateWindow()
    window.refresh()
    home = window.home.view
    expected, _ = clear_preview(rec, recently_viewed(rec))
    home.recent.clear.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(home.recent.clear, Qt.Key.Key_Space)
    dialog = window.home.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.text() == expected
    assert expected.startswith("This forgets 4 views of 4 products.")
    assert dialog.forget.text() == "Forget 4 views" and dialog.cancel.isDefault()
    # Cancel forgets nothing
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert len([d for d in store.datums() if d.kind == "view"]) == 4
    assert home.recent.cards()
    qtbot.mouseClick(home.recent.clear, Qt.MouseButton.LeftButton)
    dialog = window.home.dialog
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.forget, Qt.MouseButton.LeftButton)
    assert [d.id for d in store.datums()] == [search.id]
    receipt = store.receipts()[-1]
    assert receipt["counts"] == {"view": 4} and receipt["scope"] == "recently viewed"
    assert home.recent.isVisibleTo(home) and home.recent.receipt.isVisibleTo(home)
    assert home.recent.receipt.text().startswith("Forgotten: 4 views")
    assert not home.recent.clear.isVisibleTo(home) and not home.recent.scroll.isVisibleTo(home)
    _settle(qtbot)  # the refresh after the change keeps the receipt
    assert home.recent.receipt.isVisibleTo(home)
    window.navigator.go(Route(CART))
    window.navigator.go(Route(HOME))
    assert not home.recent.isVisibleTo(home), "said once; nothing viewed: no shelf"


def test_the_level_switch_sets_the_level_once(qtbot, window, services):
    """The home page's level switch is wired when the page is made (it was connected again
    on every change, so one choice wrote the level many times, and none before a change)."""
    store = services.store
    heard = []
    store.subscribe(lambda c: heard.append(c.op))
    window.home.view.controls.level_chosen.emit("light")
    assert heard == ["level"]
    record_ops.record(store, "search", text="tent", where="search box")
    heard.clear()
    window.home.view.controls.level_chosen.emit("full")
    assert heard == ["level"]
