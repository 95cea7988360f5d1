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
from PySide6.QtWidgets import QApplication

from tightrope.operations import record as record_ops
from tightrope.ui.navigation import CART, CATEGORY, PRODUCT, SEARCH, WISHLIST, YOUR_DATA, Route

pytestmark = pytest.mark.gui


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(300)  # let the search box's clear button finish fading


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
    # the order confirmation, after a simulated checkout
    window.navigator.go(Route(CART))
    window.cart.view.checkout.click()
    _settle(qtbot)
    assert window.grab().save(str(artifacts / "shop-order-confirmed-1280x800.png"))


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
