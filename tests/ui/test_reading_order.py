"""Tab follows reading order, and a key skips to the recommendations (issue #19, item 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import settle as _settle
from tightrope.ui import shortcuts
from tightrope.ui.navigation import CART, CATEGORY, Route

pytestmark = pytest.mark.gui


def _tab_walk(qtbot, start, presses):
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_from_the_search_box_tab_goes_along_the_bar_then_to_recommendation_1(qtbot, shopper):
    window = shopper
    bar = window.top_bar
    seen = _tab_walk(qtbot, bar.search, 10)
    strip_link = seen[4]
    assert seen[:4] == [bar.wishlist, bar.cart, bar.your_data, window.workshop.button]
    assert strip_link.text() == "Privacy controls"
    first = window.home.view.shelves[0].cards()[0]
    k = seen.index(first)
    assert seen[k + 1] is first.why
    # between them, only what is drawn above the shelves: the level switch and "How
    # recommendations work" (DSA Art. 27(3)), so recommendation #1 is at most 8 presses away
    controls = window.home.view.controls
    assert seen[5:k] and all(controls.isAncestorOf(w) for w in seen[5:k])
    assert k + 1 <= 8
    # the bar's controls in the order they are drawn, left to right
    xs = [w.mapTo(window, w.rect().topLeft()).x() for w in seen[:4]]
    assert xs == sorted(xs)


def test_every_recommendation_comes_before_the_category_tiles(qtbot, shopper):
    """Recommendations, shelf after shelf; then "Recently viewed" (drawn under them: its
    Clear button by its title, then its cards); then the category tiles."""
    window = shopper
    home = window.home.view
    cards = [c for view in home.shelves for c in view.cards()]
    recent = home.recent.cards()
    assert home.recent.isVisible() and recent, "the persona viewed products"
    tiles = home.tiles.buttons
    presses = 10 + 2 * len(cards) + 1 + len(recent) + len(tiles)
    seen = _tab_walk(qtbot, window.top_bar.search, presses)
    order: dict[int, int] = {}
    for k, w in enumerate(seen):
        order.setdefault(id(w), k)  # the first visit (the walk may wrap round)
    card_steps = [order[id(c)] for c in cards]
    recent_steps = [order[id(w)] for w in (home.recent.clear, *recent)]
    tile_steps = [order[id(t)] for t in tiles]
    assert card_steps == sorted(card_steps)  # shelf after shelf, left to right
    assert recent_steps == list(range(recent_steps[0], recent_steps[0] + len(recent) + 1))
    assert max(card_steps) < min(recent_steps) and max(recent_steps) < min(tile_steps)
    assert tile_steps == sorted(tile_steps)
    # and the shelves are drawn in that order, top to bottom
    y = lambda w: w.mapTo(window, w.rect().topLeft()).y()
    assert y(home.shelves[-1]) < y(home.recent) < y(home.tiles)


def test_a_category_page_reads_bar_strip_sort_filters_then_products(qtbot, shopper, services):
    window = shopper
    window.navigator.go(Route(CATEGORY, services.catalog.categories[0].id))
    _settle(qtbot)
    bar = window.category.view.filter_bar
    boxes = list(bar.brand_boxes.values())
    seen = _tab_walk(qtbot, window.top_bar.search, 9 + len(boxes))
    assert seen[3] is window.workshop.button and seen[4].text() == "Privacy controls"
    assert seen[5] is window.category.view.sort
    # "Clear filters" is off (no Tab stop) while no filter is on
    assert seen[6:8] == [bar.price, bar.rating] and not bar.clear_button.isEnabled()
    assert seen[8 : 8 + len(boxes)] == boxes
    assert seen[8 + len(boxes)] is window.cards()[0]


def test_the_skip_key_reaches_recommendation_1_from_anywhere(qtbot, shopper):
    window = shopper
    assert any(b.id == "recommendations" for b in shortcuts.TABLE)
    assert "Skip to the recommendations" in " ".join(r[2] for r in shortcuts.rows())
    window.top_bar.search.setFocus()
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    first = window.home.view.shelves[0].cards()[0]
    assert first.hasFocus()
    # from a page without products (an empty cart): to the home page's first product
    window.navigator.go(Route(CART))
    _settle(qtbot)
    window.top_bar.search.setFocus()
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot)
    assert window.pages.current() is window.home
    assert window.home.view.shelves[0].cards()[0].hasFocus()
