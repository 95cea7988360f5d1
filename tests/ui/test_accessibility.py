"""Every widget a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import spoken_name
from tightrope.operations import record as record_ops
from tightrope.ui.navigation import CART, PRODUCT, YOUR_DATA, Route
from tightrope.ui.widgets.card import ProductCard

pytestmark = pytest.mark.gui


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def assert_all_named(window) -> list[QWidget]:
    widgets = focusable(window)
    assert widgets
    unnamed = [
        f"{type(w).__name__}#{w.objectName()}" for w in widgets if not w.accessibleName().strip()
    ]
    assert unnamed == []
    silent = [f"{type(w).__name__}#{w.objectName()}" for w in widgets if not spoken_name(w).strip()]
    assert silent == []
    return widgets


def test_home_page_widgets_are_named(window):
    widgets = assert_all_named(window)
    assert window.top_bar.search.accessibleName() == "Search products"
    cards = [w for w in widgets if isinstance(w, ProductCard)]
    assert cards
    for card in cards:
        name = card.product.name
        assert name in card.accessibleName()
        # (a product on two shelves of the page: its button also says which shelf)
        assert card.why.accessibleName().startswith(f"Why am I seeing this: {name}")
        for child in focusable(card):
            assert name in child.accessibleName()


def test_product_page_widgets_are_named_with_the_product(window, services):
    product = services.catalog.products[0]
    window.navigator.go(Route(PRODUCT, product.id, "test"))
    assert_all_named(window)
    view = window.product.view
    assert view.add_to_cart.accessibleName() == f"Add {product.name} to cart"
    assert product.name in view.wishlist.accessibleName()
    assert [b.accessibleName() for b in view.rate.buttons] == [
        f"Rate {product.name} 1 of 5 star",
        *(f"Rate {product.name} {n} of 5 stars" for n in range(2, 6)),
    ]
    for card in view.cards():
        assert card.product.name in card.accessibleName()
        assert card.why.accessibleName() == f"Why am I seeing this: {card.product.name}"


def test_cart_and_data_pages_are_named(window, services):
    for product in services.catalog.products[:2]:
        record_ops.add_to_cart(services.store, product.id)
    window.navigator.go(Route(CART))
    assert_all_named(window)
    for line in window.cart.view.line_views():
        name = services.catalog.product(line.product_id).name
        for child in focusable(line):
            assert name in child.accessibleName()
    window.navigator.go(Route(YOUR_DATA))
    assert_all_named(window)
