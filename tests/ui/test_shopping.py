"""A real shopper's path through the window, checked against what the store recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import place_by_mouse
from tightrope.operations import record as record_ops
from tightrope.ui.navigation import CART, HOME, PRODUCT, SEARCH, YOUR_DATA
from tightrope.ui.widgets.card import ProductCard

pytestmark = pytest.mark.gui


def _kinds(services):
    return [d.kind for d in services.store.datums()]


def _card_for(cards: list[ProductCard], product_id: str) -> ProductCard:
    return next(card for card in cards if card.product.id == product_id)


def test_search_open_add_to_cart_and_check_out(qtbot, window, services):
    store = services.store
    product = services.catalog.products[0]
    assert store.datums() == []

    # Search from the top bar: type, press Enter.
    search = window.top_bar.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, product.name)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.navigator.current.page == SEARCH
    results = window.search.view.cards()
    assert product.id in [card.product.id for card in results]

    # Open the product from the results.
    qtbot.mouseClick(_card_for(results, product.id), Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == PRODUCT
    assert window.product.product_id == product.id
    assert window.product.view.name.text() == product.name

    # Add to cart; the top bar follows.
    qtbot.mouseClick(window.product.view.add_to_cart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.top_bar.cart.text() == "Cart (1)")
    qtbot.waitUntil(lambda: window.product.view.cart_status.text() == "In your cart: 1")

    # Cart page, then check out.
    qtbot.mouseClick(window.top_bar.cart, Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == CART
    lines = window.cart.view.line_views()
    assert [line.product_id for line in lines] == [product.id]
    place_by_mouse(qtbot, window)
    confirmation = window.checkout.view.confirmation
    assert confirmation.isVisibleTo(window.checkout.view)
    qtbot.wait(10)  # the burst-of-writes refresh runs; the confirmation must stay
    assert confirmation.isVisibleTo(window.checkout.view)
    assert store.cart() == []
    assert window.top_bar.cart.text() == "Cart (0)"

    datums = {d.kind: d for d in store.datums()}
    assert datums["search"].text == product.name
    assert datums["search"].collected_where == "search box"
    assert datums["view"].product_id == product.id
    assert datums["view"].collected_where == "search results"
    assert datums["cart_add"].product_id == product.id
    assert datums["cart_add"].collected_where == "product page"
    purchase = datums["purchase"]
    assert purchase.product_id == product.id
    assert purchase.text and purchase.text.startswith("order-")
    assert purchase.text in confirmation.order_ref.text()
    assert sorted(_kinds(services)) == ["cart_add", "purchase", "search", "view"]


def test_opening_from_a_home_shelf_records_the_shelf(qtbot, window, services):
    shelf = window.home.view.shelves[0]
    card = shelf.cards()[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.navigator.current.page == PRODUCT
    view = services.store.datums()[0]
    assert view.kind == "view" and view.product_id == card.product.id
    assert view.collected_where == f"home page shelf '{shelf.title.text()}'"


def test_empty_search_results_show_an_empty_state(qtbot, window, services):
    search = window.top_bar.search
    qtbot.keyClicks(search, "xylophonequasar")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.search.view
    assert view.cards() == []
    assert view.empty.isVisibleTo(view)
    assert "xylophonequasar" in view.empty.title.text()
    # the search is still a data point, recorded where it was typed
    [datum] = services.store.datums()
    assert (datum.kind, datum.text, datum.collected_where) == (
        "search",
        "xylophonequasar",
        "search box",
    )


def test_blank_search_does_nothing(qtbot, window, services):
    qtbot.keyClicks(window.top_bar.search, "   ")
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_Return)
    assert window.navigator.current.page == HOME
    assert services.store.datums() == []


def test_wishlist_toggle_and_rating_are_recorded_and_listed_at_once(qtbot, window, services):
    store = services.store
    product = services.catalog.products[3]
    window.open_product(product.id, "test")
    data_model = window.your_data.model
    rows_before = data_model.rowCount()

    view = window.product.view
    assert view.wishlist.accessibleName() == f"Save {product.name} to wishlist"
    qtbot.mouseClick(view.wishlist, Qt.MouseButton.LeftButton)
    assert store.wishlist() == [product.id]
    assert data_model.rowCount() == rows_before + 1  # immediately, no event loop turn
    assert window.top_bar.wishlist.text() == "Wishlist (1)"
    qtbot.waitUntil(
        lambda: view.wishlist.accessibleName() == f"Remove {product.name} from wishlist"
    )

    qtbot.mouseClick(view.rate.buttons[3], Qt.MouseButton.LeftButton)
    assert store.rating_of(product.id) == 4
    labels = [data_model.index(r, 0).data() for r in range(data_model.rowCount())]
    assert f"You rated {product.name} 4 of 5 stars" in labels
    [saved] = [d for d in store.datums() if d.kind == "wishlist"]
    assert saved.label(services.catalog) in labels
    qtbot.waitUntil(lambda: view.rate_status.text() == "You rated this 4 of 5")

    # re-rating replaces the old rating
    qtbot.mouseClick(view.rate.buttons[1], Qt.MouseButton.LeftButton)
    assert store.rating_of(product.id) == 2
    assert [d.kind for d in store.datums()].count("rating") == 1

    # un-saving removes the wishlist data point and its row
    qtbot.mouseClick(view.wishlist, Qt.MouseButton.LeftButton)
    assert store.wishlist() == []
    assert not any(
        "wishlist" in data_model.index(r, 0).data() for r in range(data_model.rowCount())
    )

    [rating] = [d for d in store.datums() if d.kind == "rating"]
    assert rating.collected_where == "product page"


def test_your_data_page_lists_every_data_point_live(qtbot, window, services):
    qtbot.mouseClick(window.top_bar.your_data, Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == YOUR_DATA
    view = window.your_data.view
    assert view.empty.isVisibleTo(view)
    product = services.catalog.products[5]
    record_ops.record(services.store, "view", product_id=product.id, where="category page")
    assert view.proxy.rowCount() == 1
    assert view.table.isVisibleTo(view)
    assert view.proxy.index(0, 0).data() == f"You viewed {product.name}"
    assert window.top_bar.your_data.text() == "Your data (1)"
    assert "1 data point" in view.header.subtitle.text()


def test_cart_add_one_and_remove(qtbot, window, services):
    store = services.store
    a, b = services.catalog.products[6], services.catalog.products[7]
    record_ops.add_to_cart(store, a.id)
    record_ops.add_to_cart(store, b.id)
    qtbot.mouseClick(window.top_bar.cart, Qt.MouseButton.LeftButton)
    lines = window.cart.view.line_views()
    assert [line.product_id for line in lines] == [a.id, b.id]
    assert lines[0].remove.accessibleName() == f"Remove {a.name} from cart"
    qtbot.mouseClick(lines[0].add_one, Qt.MouseButton.LeftButton)
    assert dict(store.cart())[a.id] == 2
    qtbot.waitUntil(lambda: window.cart.view.line_views()[0].qty.text() == "Qty 2")
    qtbot.mouseClick(window.cart.view.line_views()[1].remove, Qt.MouseButton.LeftButton)
    assert [pid for pid, _ in store.cart()] == [a.id]
    qtbot.waitUntil(lambda: len(window.cart.view.line_views()) == 1)
    assert window.top_bar.cart.text() == "Cart (2)"
    # the "add one" in the cart is a data point of its own, recorded where it happened
    assert [d.collected_where for d in store.datums() if d.kind == "cart_add"].count(
        "cart page"
    ) == 1


def test_empty_cart_has_an_empty_state_and_no_checkout(qtbot, window):
    qtbot.mouseClick(window.top_bar.cart, Qt.MouseButton.LeftButton)
    view = window.cart.view
    assert view.empty.isVisibleTo(view)
    assert not view.checkout.isVisibleTo(view)


def test_category_page_sorts(qtbot, window, services):
    category = services.catalog.categories[0]
    window.top_bar.category_chosen.emit(category.id)
    view = window.category.view
    assert view.header.title.text() == category.name
    ids = lambda: [card.product.id for card in view.cards()]
    expected = sorted(
        services.catalog.in_category(category.id), key=lambda p: (-p.rating_count, p.name)
    )
    assert ids() == [p.id for p in expected]
    view.sort.setCurrentIndex(view.sort.findData("price-asc"))
    prices = [services.catalog.product(i).price for i in ids()]
    assert prices == sorted(prices)
    view.sort.setCurrentIndex(view.sort.findData("rating"))
    ratings = [services.catalog.product(i).rating for i in ids()]
    assert ratings == sorted(ratings, reverse=True)
    # opening from here says so
    qtbot.mouseClick(view.cards()[0], Qt.MouseButton.LeftButton)
    assert services.store.datums()[0].collected_where == "category page"
