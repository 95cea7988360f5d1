"""Focus and scroll a participant can trust (issue #19, item 1): closing the why panel goes
back to the "Why?" that opened it; a page opens at its top; a persona load starts the
shelves over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import settle as _settle
from tightrope.ui.navigation import CATEGORY, Route

pytestmark = pytest.mark.gui


def _far_card(window):
    """A card on the second shelf, scrolled sideways to its next-to-last card."""
    shelf = window.home.view.shelves[1]
    card = shelf.cards()[-2]
    window.home.view.ensureWidgetVisible(card)
    shelf.scroll.ensureWidgetVisible(card)
    return shelf, card


@pytest.mark.parametrize("how", ["escape", "close button"])
def test_closing_the_why_panel_returns_to_the_card_that_opened_it(qtbot, shopper, how):
    window = shopper
    home = window.home.view
    shelf, card = _far_card(window)
    _settle(qtbot)
    card.why.setFocus(Qt.FocusReason.TabFocusReason)
    where = (home.verticalScrollBar().value(), shelf.scroll.horizontalScrollBar().value())
    assert where[1] > 0
    qtbot.keyClick(card.why, Qt.Key.Key_Space)
    panel = window.side_panel()
    assert panel is not None and panel.product_id == card.product.id
    _settle(qtbot)
    if how == "escape":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert window.side_panel() is None
    assert card.why.hasFocus()
    assert (home.verticalScrollBar().value(), shelf.scroll.horizontalScrollBar().value()) == where


def test_a_page_opens_at_its_top(qtbot, shopper, services):
    window = shopper
    window.navigator.go(Route(CATEGORY, services.catalog.categories[0].id))
    _settle(qtbot)
    page = window.category.view
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    card = window.cards()[-1]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    _settle(qtbot)
    assert window.pages.current() is window.product
    assert window.product.view.verticalScrollBar().value() == 0


def test_a_persona_load_starts_the_shelves_over(qtbot, shopper):
    window = shopper
    home = window.home.view
    shelf, card = _far_card(window)
    card.why.setFocus(Qt.FocusReason.TabFocusReason)
    _settle(qtbot)
    assert home.verticalScrollBar().value() > 0 and shelf.scroll.horizontalScrollBar().value() > 0
    window.workshop.load_persona("gift-buyer")
    _settle(qtbot)
    assert home.verticalScrollBar().value() == 0
    assert all(s.scroll.horizontalScrollBar().value() == 0 for s in home.shelves)
    focus = QApplication.focusWidget()
    assert focus is None or not home.isAncestorOf(focus)
