"""Focus goes back to what opened a side panel when it closes.

Closing the why panel (Esc, its close button) used to leave focus wherever Qt put it next,
the first control of the window ("Tightrope home"): a screen-reader user lost their place
on the shelf. :class:`FocusReturn` remembers the control that had focus when the panel
opened and, when the panel closes with focus inside it, puts focus back: on that control if
it still shows the same product, else on the card (or its "Why?" button) that shows the
product now (a forget refills cards), else on the card in the place the opener had.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.ui.widgets.card import ProductCard


def _card_of(widget: QWidget | None) -> ProductCard | None:
    while widget is not None and not isinstance(widget, ProductCard):
        widget = widget.parentWidget()
    return widget


class FocusReturn:
    """``cards``: the product cards of the page shown now."""

    def __init__(self, cards: Callable[[], list[ProductCard]]):
        self._cards = cards
        self._opener: QWidget | None = None
        self._product: str | None = None
        self._on_why = False

    def remember(self, panel: QWidget) -> None:
        """Note the control with focus as the panel opens (nothing if it is in the panel)."""
        focus = QApplication.focusWidget()
        if focus is None or panel.isAncestorOf(focus) or focus is panel:
            return
        card = _card_of(focus)
        self._opener = focus
        self._product = card.product.id if card is not None else None
        self._on_why = card is not None and focus is card.why

    def restore(self) -> QWidget | None:
        """Put focus back on the opener (see the module's docstring); returns the widget
        focused, or None. The caller asks only when focus was in the closing panel."""
        target = self._target()
        self._opener = None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def _target(self) -> QWidget | None:
        opener = self._opener
        if opener is None or not shiboken6.isValid(opener):
            return None
        card = _card_of(opener)
        if card is not None and card.product.id == self._product and opener.isVisible():
            return opener
        for other in self._cards():
            if other.product.id == self._product and other.isVisible():
                return other.why if self._on_why and other.why.isVisible() else other
        if card is not None and card.isVisible():
            return card  # its product left: the card in its place
        return opener if opener.isVisible() else None
