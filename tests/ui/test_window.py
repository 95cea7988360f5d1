"""Navigation, keyboard, live refresh, highlighting and the side panel of MainWindow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.ui.navigation import CART, CATEGORY, HOME, PRODUCT, SEARCH, YOUR_DATA, Route
from tightrope.ui.widgets.card import ProductCard

pytestmark = pytest.mark.gui


def test_home_shows_the_recommenders_shelves(window, services):
    shelves = [s for s in services.recommender.shelves() if s.items]
    views = window.home.view.shelves
    assert [v.title.text() for v in views] == [s.title for s in shelves]
    for view, shelf in zip(views, shelves, strict=True):
        assert [c.product.id for c in view.cards()] == shelf.product_ids()
        assert all(c.recommendation is not None for c in view.cards())
    tiles = window.home.view.tiles.buttons
    assert len(tiles) == len(services.catalog.categories)


def test_back_button_and_alt_left(qtbot, window, services):
    assert not window.top_bar.back.isEnabled()
    category = services.catalog.categories[1]
    qtbot.mouseClick(window.home.view.tiles.buttons[1], Qt.MouseButton.LeftButton)
    assert window.navigator.current == Route(CATEGORY, category.id)
    qtbot.mouseClick(window.top_bar.cart, Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == CART
    assert window.top_bar.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current == Route(CATEGORY, category.id)
    qtbot.mouseClick(window.top_bar.back, Qt.MouseButton.LeftButton)
    assert window.navigator.current.page == HOME
    assert not window.top_bar.back.isEnabled()


def test_going_back_to_a_product_does_not_record_another_view(qtbot, window, services):
    product = services.catalog.products[0]
    window.open_product(product.id, "test")
    qtbot.mouseClick(window.top_bar.cart, Qt.MouseButton.LeftButton)
    window.navigator.back()
    assert window.navigator.current.page == PRODUCT
    assert [d.kind for d in services.store.datums()] == ["view"]


def test_ctrl_f_focuses_search(qtbot, window):
    window.activateWindow()
    window.home.view.shelves[0].cards()[0].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.top_bar.search


def test_cards_open_with_enter_and_space(qtbot, window, services):
    card = window.home.view.cards()[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.navigator.current == Route(
        PRODUCT, card.product.id, window.home.view.shelves[0].where
    )


def test_tab_reaches_cards_and_why_buttons(qtbot, window):
    window.activateWindow()
    window.top_bar.search.setFocus()
    seen = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(type(QApplication.focusWidget()).__name__)
        name = QApplication.focusWidget().objectName()
        seen.add(name)
    assert "ProductCard" in seen
    assert "whyButton" in seen


def test_why_button_emits_why_requested_with_the_recommendation(qtbot, window):
    card = window.home.view.cards()[0]
    # (a product on two shelves of the page: its button says which shelf)
    twice = sum(c.product.id == card.product.id for c in window.home.view.cards()) > 1
    shelf = f", on the shelf {window.home.view.shelves[0].title.text()}" if twice else ""
    assert card.why.accessibleName() == f"Why am I seeing this: {card.product.name}{shelf}"
    with qtbot.waitSignal(window.why_requested) as blocker:
        qtbot.mouseClick(card.why, Qt.MouseButton.LeftButton)
    assert blocker.args == [card.product.id, card.recommendation]
    assert window.navigator.current.page == HOME  # "why" does not open the product


def test_side_panel_shows_and_hides(qtbot, window):
    panel = QLabel("Why this product")
    assert window.side_panel() is None
    window.show_side_panel(panel)
    assert window.side_panel() is panel
    assert panel.isVisible()
    assert 300 <= window.side_host.width() <= 480
    with qtbot.waitSignal(window.side_panel_hidden):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.side_panel() is None
    assert not panel.isVisible()
    other = QLabel("Another")
    window.show_side_panel(panel)
    window.show_side_panel(other)  # replaces; the first is kept alive for its owner
    assert window.side_panel() is other
    assert panel.parent() is None
    panel.deleteLater()


def test_highlight_products_flashes_matching_cards(qtbot, window):
    cards = window.home.view.cards()
    target = cards[0].product.id
    flashed = window.highlight_products([target])
    assert flashed and all(c.product.id == target for c in flashed)
    assert all(c.is_highlighted() for c in flashed)
    assert not any(c.is_highlighted() for c in cards if c.product.id != target)
    qtbot.waitUntil(lambda: not any(c.is_highlighted() for c in flashed), timeout=3000)


def test_store_changes_refresh_shelves_without_reload(qtbot, window, services):
    before = [s.title.text() for s in window.home.view.shelves]
    product = services.catalog.products[10]
    record_ops.record(services.store, "view", product_id=product.id, where="test")
    record_ops.add_to_cart(services.store, product.id)
    expected = [s.title for s in services.recommender.shelves() if s.items]
    qtbot.waitUntil(lambda: [s.title.text() for s in window.home.view.shelves] == expected)
    assert window.top_bar.your_data.text() == "Your data (2)"
    assert window.top_bar.cart.text() == "Cart (1)"
    assert before  # the home page had shelves before, too


def test_forgetting_refreshes_and_clears_history_and_search(qtbot, window, services):
    qtbot.keyClicks(window.top_bar.search, "tent")
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_Return)
    assert window.navigator.current == Route(SEARCH, "tent")
    window.navigator.go(Route(HOME))
    assert window.top_bar.back.isEnabled()
    ids = [d.id for d in services.store.datums()]
    forget_ops.forget(services.recommender, ids)  # the window follows its one change signal
    assert services.store.datums() == []
    assert window.your_data.model.rowCount() == 0
    assert not window.top_bar.back.isEnabled()
    assert window.top_bar.search.text() == ""
    assert window.top_bar.your_data.text() == "Your data (0)"


def test_forgetting_while_on_search_results_leaves_them(qtbot, window, services):
    qtbot.keyClicks(window.top_bar.search, "tent")
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_Return)
    [search] = services.store.datums()
    forget_ops.forget(services.recommender, [search.id])
    assert window.navigator.current == Route(HOME)
    assert not window.top_bar.back.isEnabled()
    assert services.store.datums() == []  # going home recorded nothing


def test_removing_from_wishlist_keeps_history(qtbot, window, services):
    product = services.catalog.products[2]
    window.open_product(product.id, "test")
    qtbot.mouseClick(window.product.view.wishlist, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.product.view.wishlist, Qt.MouseButton.LeftButton)
    assert services.store.wishlist() == []
    assert window.top_bar.back.isEnabled()  # un-saving is not forgetting


def test_refresh_keeps_cards_when_nothing_moved(window):
    cards = window.home.view.cards()
    window.refresh()
    assert window.home.view.cards() == cards


def test_cards_are_plain_on_category_pages(qtbot, window, services):
    window.navigator.go(Route(CATEGORY, services.catalog.categories[0].id))
    cards: list[ProductCard] = window.category.view.cards()
    assert cards
    assert all(card.recommendation is None and not card.why.isVisibleTo(card) for card in cards)
    sponsored = [c for c in cards if c.product.sponsored]
    for card in sponsored:
        assert card.sponsored.isVisibleTo(card)
        assert card.accessibleName().startswith("Sponsored")


def test_store_writes_after_the_window_is_gone_are_harmless(qtbot, services):
    from tightrope.ui.main_window import MainWindow

    win = MainWindow(services)
    win.show()
    qtbot.waitExposed(win)
    win.close()
    win.deleteLater()
    qtbot.wait(10)
    record_ops.record(services.store, "search", text="after close", where="search box")
    assert services.store.datums()[0].text == "after close"


@pytest.mark.parametrize("size", [(960, 600), (1280, 800), (1920, 1080)])
def test_pages_never_need_sideways_scrolling(qtbot, window, services, size):
    """At any supported size, with or without the side panel, every page's content fits
    its width: nothing is clipped on the right (only shelves scroll sideways)."""
    from PySide6.QtWidgets import QScrollArea

    record_ops.add_to_cart(services.store, services.catalog.products[0].id)
    window.resize(*size)
    routes = [
        Route(HOME),
        Route(CATEGORY, services.catalog.categories[0].id),
        Route(SEARCH, "tent"),
        Route(PRODUCT, services.catalog.products[0].id, "test"),
        Route(CART),
    ]
    for with_panel in (False, True):
        if with_panel:
            window.show_side_panel(QLabel("panel"))
        for route in routes:
            window.navigator.go(route)
            qtbot.wait(20)
            page = window.stack.currentWidget()
            assert isinstance(page, QScrollArea)
            needed = page.widget().minimumSizeHint().width()
            assert needed <= page.viewport().width(), (route, with_panel, needed)


def test_top_bar_goes_compact_in_a_narrow_window(qtbot, window, services):
    record_ops.add_to_cart(services.store, services.catalog.products[0].id)
    window.resize(960, 600)
    qtbot.waitUntil(window.top_bar.is_compact)
    assert window.top_bar.cart.text() == "1"
    assert window.top_bar.cart.accessibleName() == "Cart, 1 item"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not window.top_bar.is_compact())
    assert window.top_bar.cart.text() == "Cart (1)"


def test_a_new_count_lays_out_the_window_only_when_it_needs_room(qtbot, window):
    from PySide6.QtCore import QEvent, QObject

    bar = window.top_bar

    class Requests(QObject):
        seen = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LayoutRequest:
                self.seen += 1
            return False

    requests = Requests()
    bar.installEventFilter(requests)
    bar.set_counts(1, 2, 13)
    QApplication.sendPostedEvents()
    requests.seen = 0
    bar.set_counts(1, 2, 14)  # same width: the buttons keep their fixed size
    QApplication.sendPostedEvents()
    assert requests.seen == 0 and bar.your_data.text() == "Your data (14)"
    for counts in [(1, 2, 1400), (1, 2, 7), (100, 200, 5), (0, 0, 0)]:
        bar.set_counts(*counts)  # more or less room: never cut off, nor wider than needed
        QApplication.sendPostedEvents()
        for button in (bar.cart, bar.wishlist, bar.your_data):
            assert button.size() == button.sizeHint(), (counts, button.text())
    assert requests.seen > 0
    window.resize(960, 600)  # the folded bar's shorter texts get their own sizes too
    qtbot.waitUntil(bar.is_compact)
    for button in (bar.cart, bar.wishlist, bar.your_data):
        assert button.size() == button.sizeHint(), button.text()


def test_data_table_wraps_long_labels(qtbot, window, services):
    from tightrope.ui.models import DatumTableModel

    product = max(services.catalog.products, key=lambda p: len(p.name))
    record_ops.add_to_cart(services.store, product.id)
    record_ops.record(services.store, "search", text="tent", where="search box")
    window.resize(960, 600)
    window.navigator.go(Route(YOUR_DATA))
    qtbot.wait(20)
    table = window.your_data.view.table
    long_row = next(
        r
        for r in range(table.model().rowCount())
        if product.name in table.model().index(r, DatumTableModel.COL_LABEL).data()
    )
    short_row = 1 - long_row
    assert table.rowHeight(long_row) > table.rowHeight(short_row)
