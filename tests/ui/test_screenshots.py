"""Pictures of the key screens, saved to tests/artifacts/ for people to look at.

The 1280x800 set is rendered in-process; 1920x1080 and 150 % scale are rendered through
``tightrope gui --screenshot`` in a subprocess (the scale factor is fixed per process).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.ui.helpers import ADDRESS, CARD, fill, settle
from tightrope.operations import record as record_ops
from tightrope.ui.navigation import CART, CATEGORY, PRODUCT, SEARCH, WISHLIST, YOUR_DATA, Route

pytestmark = pytest.mark.gui


def _settle(qtbot):
    settle(qtbot, 300)  # let the search box's clear button finish fading


def _shop_a_little(services):
    store, products = services.store, services.catalog.products
    record_ops.record(store, "search", text="tent", where="search box")
    record_ops.record(store, "view", product_id=products[0].id, where="search results")
    record_ops.add_to_cart(store, products[0].id)
    record_ops.add_to_cart(store, products[0].id)  # two: the quantity stepper's "-" is on
    record_ops.add_to_cart(store, products[4].id)
    record_ops.toggle_wishlist(store, products[2].id)
    record_ops.toggle_wishlist(store, products[3].id)
    record_ops.rate(store, products[0].id, 5)


def test_key_screens_at_1280x800(qtbot, window, services, artifacts):
    _shop_a_little(services)
    catalog = services.catalog
    window.refresh()
    screens = {
        "home": None,
        "category": Route(CATEGORY, catalog.categories[0].id),
        "search": Route(SEARCH, "tent"),
        "search-empty": Route(SEARCH, "xylophonequasar"),
        "product": Route(PRODUCT, catalog.products[0].id, "search results"),
        "cart": Route(CART),
        "wishlist": Route(WISHLIST),
        "your-data": Route(YOUR_DATA),
    }
    for name, route in screens.items():
        if route is not None:
            window.navigator.go(route)
        _settle(qtbot)
        path = artifacts / f"shop-{name}-1280x800.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)


def test_checkout_steps_and_orders_at_1280x800(qtbot, window, services, artifacts):
    """Each checkout step (the address with its problems named), the confirmation and the
    orders page."""
    _shop_a_little(services)
    window.navigator.go(Route(CART))
    _settle(qtbot)
    window.cart.view.checkout.click()
    ctl, view = window.checkout, window.checkout.view

    def shot(name: str) -> None:
        _settle(qtbot)
        path = artifacts / f"shop-{name}-1280x800.png"
        assert window.grab().save(str(path))
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == (1280, 800)

    fill(qtbot, view.address.fields, {**ADDRESS, "zip_code": "981O1", "state": ""})
    view.next.click()  # the problems, named under their fields
    shot("checkout-address-problems")
    fill(qtbot, view.address.fields, ADDRESS)
    view.address.remember.setChecked(True)
    shot("checkout-address")
    view.next.click()
    fill(qtbot, view.payment.fields, CARD)
    shot("checkout-payment")
    view.next.click()
    shot("checkout-review")
    view.next.click()
    assert ctl.placed is not None
    shot("order-confirmed")
    view.confirmation.orders.click()
    shot("orders")


def test_recently_viewed_and_its_clear_preview(qtbot, window, services, artifacts):
    """The home page scrolled to "Recently viewed", the preview "Clear" opens, the receipt;
    and the wishlist when the cart cannot take a product (purchases off)."""
    from tightrope.operations import consent as consent_ops
    from tightrope.ui.navigation import HOME

    store, products = services.store, services.catalog.products
    for p in (*products[:9], products[2], products[0]):
        record_ops.record(store, "view", product_id=p.id, where="category page")
    window.refresh()
    home = window.home.view
    _settle(qtbot)
    home.ensureWidgetVisible(home.recent, 0, 24)
    _settle(qtbot)
    assert home.recent.isVisible() and len(home.recent.cards()) == 8
    assert window.grab().save(str(artifacts / "shop-home-recently-viewed-1280x800.png"))
    home.recent.clear.click()
    dialog = window.home.dialog
    assert dialog is not None
    _settle(qtbot)
    assert dialog.grab().save(str(artifacts / "shop-clear-recently-viewed-preview.png"))
    with qtbot.waitSignal(dialog.finished):
        dialog.forget.click()
    _settle(qtbot)
    home.ensureWidgetVisible(home.recent, 0, 24)
    _settle(qtbot)
    assert home.recent.receipt.isVisible()
    assert window.grab().save(str(artifacts / "shop-home-recently-viewed-cleared-1280x800.png"))
    record_ops.toggle_wishlist(store, products[5].id)
    consent_ops.set_switches(store, {"purchases": False}, "screenshot")
    window.navigator.go(Route(WISHLIST))
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-wishlist-purchases-off-1280x800.png"))
    window.navigator.go(Route(HOME))


def test_focus_ring_and_highlight(qtbot, window, artifacts):
    window.activateWindow()
    cards = window.home.view.cards()
    cards[0].setFocus()
    window.highlight_products([cards[2].product.id])
    _settle(qtbot)
    assert cards[0].hasFocus() and cards[2].is_highlighted()
    assert window.grab().save(str(artifacts / "shop-home-focus-highlight-1280x800.png"))


def test_product_page_with_side_panel(qtbot, window, services, artifacts):
    from PySide6.QtWidgets import QLabel

    window.navigator.go(Route(PRODUCT, services.catalog.products[1].id, "test"))
    panel = QLabel("The why panel goes here")
    window.show_side_panel(panel)
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-product-side-panel-1280x800.png"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "size", "scale", "pixels"),
    [
        ("1920x1080", "1920x1080", "1", (1920, 1080)),
        ("1280x800@150", "1280x800", "1.5", (1920, 1200)),
    ],
)
def test_cli_screenshot(label, size, scale, pixels, data_dir, artifacts):
    path = artifacts / f"shop-home-{label}.png"
    path.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tightrope",
            "gui",
            "--data-dir",
            str(data_dir.root),
            "--screenshot",
            str(path),
            "--size",
            size,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(path))
    assert (image.width(), image.height()) == pixels
    # Qt warnings are failures here too
    assert "QWARN" not in result.stderr and "Warning" not in result.stderr, result.stderr


def test_reviews_and_filters(qtbot, window, services, artifacts):
    """A product page with its reviews (top, and scrolled to the reviews with one helpful
    vote), a category narrowed by filters, and a search filtered to nothing."""
    from tightrope.operations import review_votes

    catalog = services.catalog
    tent = catalog.product("trail-tent-2p")
    review_votes.toggle_review_vote(services.store, tent.id, 1)
    window.navigator.go(Route(PRODUCT, tent.id, "test"))
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-product-reviews-top-1280x800.png"))
    view = window.product.view
    view.ensureWidgetVisible(view.reviews, 0, 0)
    view.verticalScrollBar().setValue(view.reviews.y() - 16)
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-product-reviews-1280x800.png"))
    # a category narrowed to one brand and 4.5 stars & up
    outdoor = catalog.categories[0].id
    window.navigator.go(Route(CATEGORY, outdoor))
    bar = window.category.view.filter_bar
    bar.rating.setCurrentIndex(bar.rating.findData(4.5))
    brand = sorted({p.brand for p in catalog.in_category(outdoor)})[0]
    bar.brand_boxes[brand].setChecked(True)
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-category-filtered-1280x800.png"))
    # a search filtered to nothing: the empty state names the filter that did it
    window.navigator.go(Route(SEARCH, "tent"))
    bar = window.search.view.filter_bar
    bar.price.setCurrentIndex(bar.price.findData("under-25"))
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-search-filtered-empty-1280x800.png"))
