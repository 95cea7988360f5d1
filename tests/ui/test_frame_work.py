"""What the frame after a click leaves for later, and that later comes: the cycle collector
held for the frame, and shelf cards scrolled out of view refreshed after it."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import make_product, make_rec
from tightrope.catalog import Catalog
from tightrope.engine.explain import Shelf
from tightrope.ui import collector
from tightrope.ui.widgets.shelf import ShelfView

pytestmark = pytest.mark.gui


def test_the_collector_waits_for_the_frame_then_runs_again(qapp):
    assert gc.isenabled()
    collector.hold_for_frame()
    collector.hold_for_frame()  # a second hold in the same frame changes nothing
    assert collector.is_held() and not gc.isenabled()
    # the frame: queued calls, layouts and paints are delivered before timers
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    assert not gc.isenabled()
    QApplication.processEvents()  # the loop goes on: the collector is back
    assert gc.isenabled() and not collector.is_held()


def test_freezing_startup_leaves_what_exists_out_of_later_collections(qapp):
    before = gc.get_freeze_count()
    try:
        kept = [object() for _ in range(10)]
        collector.freeze_startup()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def _shelf(products, headline: str) -> Shelf:
    return Shelf(
        "for-you",
        "Recommended for you",
        tuple(replace(make_rec(p), headline=f"{headline} {p.name}") for p in products),
    )


def _shown_shelf(qtbot, products, headline: str) -> tuple[QWidget, ShelfView]:
    """A shelf about three cards wide (the rest scroll sideways), in a window of fixed size
    (the offscreen platform warns when a window's size hints change)."""
    host = QWidget()
    host.setFixedSize(700, 420)
    qtbot.addWidget(host)
    shelf = ShelfView(parent=host)
    shelf.setGeometry(0, 0, 700, 420)
    shelf.set_shelf(_shelf(products, headline), Catalog([], products, {}))
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(20)
    return host, shelf


def test_cards_out_of_view_get_their_new_recommendation_after_the_frame(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(10)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products, "Because you viewed")
    cards = shelf.cards()
    in_view = [c for c in cards if not c.visibleRegion().isEmpty()]
    out_of_view = [c for c in cards if c.visibleRegion().isEmpty()]
    assert in_view and out_of_view

    shelf.set_shelf(_shelf(products, "Popular"), catalog)
    # this frame: the cards on screen are exact; those out of sight wait
    assert all(c.reason.accessibleName().startswith("Popular") for c in in_view)
    assert all(c.reason.accessibleName().startswith("Because") for c in out_of_view)
    # right after it, every card is
    qtbot.waitUntil(lambda: all(c.reason.accessibleName().startswith("Popular") for c in cards))
    assert [c.recommendation.headline for c in cards] == [f"Popular {p.name}" for p in products]


def test_a_card_moved_into_view_is_exact_in_the_first_frame(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(10)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products, "Old")
    last = shelf.cards()[-1]
    assert last.visibleRegion().isEmpty()
    # the last product comes first, and another leaves the shelf
    moved = [products[-1], *products[1:-1]]
    shelf.set_shelf(_shelf(moved, "New"), catalog)
    assert shelf.cards()[0] is last
    assert last.reason.accessibleName() == f"New {products[-1].name}"


def test_the_why_panel_is_ready_before_the_first_question(qtbot, window):
    """Built, styled and docked hidden once the window has painted: the first "Why?" click
    pays for none of it (it used to take four frames)."""
    from tightrope.ui.why.dock import PREPARE_AFTER_MS

    assert window.why.panel is None  # nothing before the window has painted
    qtbot.waitUntil(lambda: window.why.panel is not None, timeout=PREPARE_AFTER_MS + 2000)
    panel = window.why.panel
    assert window.side_host.widget() is panel and window.side_host.isHidden()
    assert not panel.isVisible() and window.side_panel() is None
    assert len(panel.rows) >= 8  # pooled rows made and styled ahead
    window.cards()[0].why.click()
    assert window.why.panel is panel and window.side_panel() is panel and panel.isVisible()


def test_a_closed_window_prepares_nothing(qtbot, services):
    from tightrope.ui.main_window import MainWindow
    from tightrope.ui.why.dock import PREPARE_AFTER_MS

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.close()
    qtbot.wait(PREPARE_AFTER_MS + 100)
    assert win.why.panel is None


def test_the_why_panel_waits_for_the_window_to_show(qtbot, services):
    """Timed from the window's first showing, not its building: a start whose window takes
    long to build paints first, and a window never shown prepares nothing."""
    from tightrope.ui.main_window import MainWindow
    from tightrope.ui.why.dock import PREPARE_AFTER_MS

    win = MainWindow(services)
    qtbot.addWidget(win)
    qtbot.wait(PREPARE_AFTER_MS + 100)
    assert win.why.panel is None
    win.show()
    qtbot.waitUntil(lambda: win.why.panel is not None, timeout=PREPARE_AFTER_MS + 2000)


def test_a_card_refilled_with_another_product_drops_its_waiting_recommendation(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(11)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products[:10], "Old")
    shelf.set_shelf(_shelf(products[:10], "Newer"), catalog)  # the last card's waits
    last = shelf.cards()[-1]
    assert last.visibleRegion().isEmpty() and last.recommendation.headline.startswith("Old")
    # before that frame, the last product leaves and another takes its card
    shelf.set_shelf(_shelf([*products[:9], products[10]], "Newest"), catalog)
    qtbot.wait(50)
    assert last.product.id == "p10"
    assert last.recommendation.product_id == "p10"
    assert last.recommendation.headline == f"Newest {products[10].name}"


def test_a_growing_shelf_shows_a_card_built_ahead_and_builds_the_next_after_the_frame(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(6)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products[:3], "Old")
    qtbot.waitUntil(lambda: len(shelf._reserve) == 1)  # built after the first frame
    ahead = shelf._reserve[0]
    assert not ahead.isVisible() and ahead not in shelf.cards()
    shelf.set_shelf(_shelf(products[:4], "New"), catalog)
    assert shelf.cards()[-1] is ahead and ahead.isVisible()
    assert ahead.product.id == "p3" and ahead.name.accessibleName() == "Item 3"
    assert ahead.reason.accessibleName() == "New Item 3"
    assert shelf._reserve == []  # the next is built after this frame, not in it
    # before that, a card that leaves is kept as the reserve instead of being deleted
    leaving = shelf.cards()[2]
    shelf.set_shelf(_shelf(products[:2], "Fewer"), catalog)
    assert len(shelf.cards()) == 2 and shelf._reserve == [leaving]
    assert not leaving.isVisible()
    assert leaving.recommendation is None and leaving.reason.accessibleName() == ""  # no reason
    qtbot.wait(20)
    assert shelf._reserve == [leaving]  # nothing more built


def test_a_card_refilled_out_of_view_shows_its_new_product_after_the_frame(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(12)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products[:10], "Old")
    first, last = shelf.cards()[0], shelf.cards()[-1]
    assert last.visibleRegion().isEmpty() and not first.visibleRegion().isEmpty()
    if QApplication.focusWidget() is not None:
        QApplication.focusWidget().clearFocus()  # a focused card is never refilled
    # the first and the last product leave; two others take their cards (same places)
    shelf.set_shelf(_shelf([products[10], *products[1:9], products[11]], "New"), catalog)
    assert shelf.cards()[0] is first and shelf.cards()[-1] is last
    # in view: the new product in this frame; out of view: the card is the new product's
    # (identity, highlight) but its widgets follow right after the frame
    assert (
        first.name.accessibleName() == "Item 10" and first.reason.accessibleName() == "New Item 10"
    )
    assert last.product.id == "p11" and last.name.accessibleName() == "Item 9"
    qtbot.waitUntil(lambda: last.name.accessibleName() == "Item 11")
    assert last.reason.accessibleName() == "New Item 11"
    assert last.why.accessibleName() == first.why.accessibleName().replace("Item 10", "Item 11")


def test_a_waiting_card_is_filled_by_its_next_recommendation(qtbot):
    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(11)]
    catalog = Catalog([], products, {})
    _host, shelf = _shown_shelf(qtbot, products[:10], "Old")
    last = shelf.cards()[-1]
    shelf.set_shelf(_shelf([*products[:9], products[10]], "New"), catalog)
    assert last.name.accessibleName() == "Item 9"  # waiting for the frame
    last.set_recommendation(replace(make_rec(products[10]), headline="Sooner"))
    assert last.name.accessibleName() == "Item 10" and last.reason.accessibleName() == "Sooner"


def test_a_shelf_that_goes_and_comes_back_is_shown_again_not_built_again(qtbot, window):
    """After a forget a "Because you viewed" shelf may go, and come back after the next:
    building its ten cards again cost the forget's frame ~20 ms."""
    from tightrope.ui.widgets.card import ProductCard

    products = [make_product(id=f"p{k}", name=f"Item {k}") for k in range(12)]
    catalog = Catalog([], products, {})
    home = window.home.view
    three = [_shelf(products[:4], "A"), _shelf(products[4:8], "B"), _shelf(products[8:], "C")]
    home.set_shelves(three, catalog)
    third = home.shelves[2]
    cards = len(window.findChildren(ProductCard))
    home.set_shelves(three[:2], catalog)  # the third shelf goes ...
    assert len(home.shelves) == 2 and not third.isVisible()
    assert all(c.recommendation is None for c in third.cards())  # no reason kept hidden
    assert [c.product.id for c in home.cards()] == [p.id for p in products[:8]]
    home.set_shelves(three, catalog)  # ... and comes back
    assert home.shelves[2] is third and third.isVisible()
    assert len(window.findChildren(ProductCard)) == cards  # no card was built
    assert [c.product.id for c in third.cards()] == [p.id for p in products[8:]]
    # (cards out of view take their recommendation just after the frame)
    qtbot.waitUntil(lambda: all(c.recommendation is not None for c in third.cards()))
    assert all(c.recommendation.headline.startswith("C ") for c in third.cards())
