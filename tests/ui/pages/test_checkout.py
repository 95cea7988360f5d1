"""The checkout's steps and Your orders in the window (issue #19): by keyboard and by mouse,
every field named, every "What we collect here" sentence checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from tests.ui.helpers import ADDRESS, CARD, fill, place_by_mouse, settle
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.shop import orders as order_reads
from tightrope.ui import format
from tightrope.ui.navigation import CART, CHECKOUT, ORDERS, Route
from tightrope.ui.pages.checkout import ADDRESS as ADDRESS_STEP
from tightrope.ui.pages.checkout import PAYMENT, REVIEW
from tightrope.workshop import personas

pytestmark = pytest.mark.gui

TENT = "trail-tent-2p"


@pytest.fixture
def carted(services):
    record_ops.add_to_cart(services.store, TENT)
    record_ops.add_to_cart(services.store, TENT)
    return services


def _focused():
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _key(qtbot, key) -> None:
    qtbot.keyClick(_focused(), key)
    settle(qtbot)


def test_the_whole_checkout_by_keyboard(qtbot, window, carted):
    store = carted.store
    window.activateWindow()
    window.navigator.go(Route(CART))
    settle(qtbot)
    window.cart.view.checkout.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # Enter presses the focused button
    ctl, view = window.checkout, window.checkout.view
    assert window.navigator.current.page == CHECKOUT and ctl.step == ADDRESS_STEP
    assert view.header.subtitle.text() == "Step 1 of 3: Delivery address"
    assert _focused() is view.address.name.edit  # the first empty field
    # Enter on an empty form: the problems are named, the focus stays on the first one
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == ADDRESS_STEP
    assert view.address.name.error.text().startswith("Full name is empty")
    assert view.address.name.edit.accessibleDescription() == view.address.name.error.text()
    assert _focused() is view.address.name.edit
    for key in ("name", "street", "city", "state"):
        _type(qtbot, ADDRESS[key])
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    _type(qtbot, "9810")  # a ZIP code one digit short
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == ADDRESS_STEP and _focused() is view.address.zip_code.edit
    assert view.address.zip_code.error.text().startswith("ZIP code \u201c9810\u201d")
    assert not view.address.name.error.isVisibleTo(view)
    _type(qtbot, "1")
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == PAYMENT and _focused() is view.payment.number.edit
    # a mistyped card number and an expired card, by the shop's clock (November 2026)
    _type(qtbot, "4242 4242 4242 4241")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    _type(qtbot, "10/26")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    _type(qtbot, "123")
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == PAYMENT
    assert "not a valid card number" in view.payment.number.error.text()
    assert "expired at the end of 10/2026" in view.payment.expiry.error.text()
    # Esc goes back one step, and Enter comes forward again: the address was kept
    _key(qtbot, Qt.Key.Key_Escape)
    assert ctl.step == ADDRESS_STEP and view.address.city.text() == "Seattle"
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == PAYMENT
    fill(qtbot, view.payment.fields, {"number": CARD["number"], "expiry": "11/26"})
    _key(qtbot, Qt.Key.Key_Return)
    assert ctl.step == REVIEW and _focused() is view.next
    assert view.next.text() == "Place order"
    assert view.review.deliver_to.text() == "Deliver to: Ada Lee, 12 Pine St, Seattle, WA 98101"
    assert "card ending 4242" in view.review.paid_with.text()
    assert store.cart() == [(TENT, 2)] and not any(d.kind == "purchase" for d in store.datums())
    _key(qtbot, Qt.Key.Key_Return)  # place the order
    assert view.confirmation.isVisibleTo(view) and _focused() is view.confirmation.continue_button
    (order,) = order_reads.orders(store)
    assert order.ref in view.confirmation.order_ref.text()
    assert store.cart() == [] and order_reads.remembered_addresses(store) == []
    assert "2 items" in view.confirmation.summary.text()
    assert view.confirmation.kept.text() == (
        "1 purchase under \u201cCart & purchases\u201d: this order is listed under Your orders.\n"
        "Your delivery address was not kept.\nYour card details were not kept."
    )
    # the forms are empty again: neither the card nor the address outlives the order
    assert all(not f.text() for f in view.payment.fields.values())
    assert all(not f.text() for f in view.address.fields.values())
    settle(qtbot)  # the burst-of-writes refresh: the confirmation stays
    assert view.confirmation.isVisibleTo(view)


def test_the_whole_checkout_by_mouse_remembering_the_address(qtbot, window, carted):
    store = carted.store
    window.navigator.go(Route(CART))
    settle(qtbot)
    place_by_mouse(qtbot, window, remember=True)
    view = window.checkout.view
    assert view.confirmation.isVisibleTo(view)
    (address,) = order_reads.remembered_addresses(store)
    assert address.text == "Ada Lee, 12 Pine St, Seattle, WA 98101"
    assert "Your delivery address, because you asked us to remember it" in (
        view.confirmation.kept.text()
    )
    # Your orders, from the confirmation
    qtbot.mouseClick(view.confirmation.orders, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.navigator.current.page == ORDERS
    # the next checkout is filled in from the remembered address, and says so
    record_ops.add_to_cart(store, TENT)
    window.navigator.go(Route(CHECKOUT))
    settle(qtbot)
    assert view.address.city.text() == "Seattle"
    assert view.address.prefilled.text().startswith("Filled in from the address you asked")
    assert not view.address.remember.isChecked()  # never ticked for the shopper


def test_every_field_and_button_has_an_accessible_name(qtbot, window, carted):
    window.navigator.go(Route(CHECKOUT))
    settle(qtbot)
    view = window.checkout.view
    for step in (ADDRESS_STEP, PAYMENT, REVIEW):
        window.checkout.step = step
        window.checkout.refresh()
        for w in view.findChildren(QLineEdit) + view.findChildren(QAbstractButton):
            if w.isVisibleTo(view):
                assert w.accessibleName(), w
    names = {f.edit.accessibleName() for f in view.address.fields.values()}
    assert names == {"Full name", "Street address", "City", "State", "ZIP code"}
    names = {f.edit.accessibleName() for f in view.payment.fields.values()}
    assert names == {"Card number", "Expiry date (MM/YY)", "Security code"}


def test_what_we_collect_follows_the_consent_in_force(qtbot, window, carted):
    store = carted.store
    window.navigator.go(Route(CHECKOUT))
    settle(qtbot)
    view = window.checkout.view
    assert view.address.remember.isEnabled()
    assert "kept only if you tick" in view.address.collect.text()
    assert "not used for recommendations" in view.address.collect.text()
    assert "never stored, not even in part" in view.payment.collect.text()
    consent_ops.set_paused(store, True)
    settle(qtbot)
    window.checkout.refresh()
    assert not view.address.remember.isEnabled()
    assert "It is not kept" in view.address.collect.text()
    assert "this order will not be kept" in view.review.collect.text()


def test_back_from_the_first_step_returns_to_the_cart(qtbot, window, carted):
    window.navigator.go(Route(CART))
    settle(qtbot)
    qtbot.mouseClick(window.cart.view.checkout, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.checkout.view.back, Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == CART


def test_orders_page_lists_reorders_and_shows_only_what_is_left(qtbot, window, services):
    store, rec = services.store, services.recommender
    load_persona(store, personas.load("privacy-minimalist", services.catalog))
    window.navigator.go(Route(CART))
    settle(qtbot)
    qtbot.mouseClick(window.cart.view.orders, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.navigator.current.page == ORDERS
    view = window.orders.view
    shown = view.order_views()
    stored = order_reads.orders(store)
    assert [v.placed.text().split(" \u00b7 ")[0] for v in shown] == [
        f"Reference {o.ref}" for o in stored
    ]
    assert shown[0].placed.text() == "Reference L-0748 \u00b7 2 items"
    assert shown[0].title.text() == "Order placed " + format.when(stored[0].placed_at)
    assert view.header.subtitle.text() == f"{len(stored)} orders, newest first"
    # Reorder: the cart holds the order's lines, said after the write returned
    qtbot.mouseClick(shown[0].reorder, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert sorted(store.cart()) == sorted((li.product_id, li.qty) for li in stored[0].lines)
    assert view.order_views()[0].status.text() == "2 items put in your cart."
    assert view.order_views()[0].go_to_cart.isVisibleTo(view)
    # forget one purchase of the newest order: the order shows what is left
    toothbrush = next(
        d.id
        for d in store.datums()
        if d.kind == "purchase" and d.text == "L-0748" and d.product_id == "bamboo-toothbrush-4"
    )
    forget_ops.forget(rec, [toothbrush])
    settle(qtbot, 60)
    coffee_name = services.catalog.product("house-blend-coffee-beans").name
    first = view.order_views()[0]
    assert first.placed.text() == "Reference L-0748 \u00b7 1 item"
    assert [label.text() for label in first.line_labels] == [coffee_name]


def test_no_orders_says_why(qtbot, window, services):
    window.navigator.go(Route(ORDERS))
    settle(qtbot)
    view = window.orders.view
    assert view.empty.isVisibleTo(view) and view.empty.title.text() == "You have no orders"
    consent_ops.set_switches(services.store, {"purchases": False}, "test")
    settle(qtbot, 60)
    assert "\u201cCart & purchases\u201d is off" in view.empty.text.text()
