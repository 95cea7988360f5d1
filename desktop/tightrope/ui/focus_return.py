"""Focus goes back to what opened a side panel or a dialog when it closes.

Closing the why panel (Esc, its close button) used to leave focus wherever Qt put it next,
the first control of the window ("Tightrope home"): a screen-reader user lost their place
on the shelf. :class:`FocusReturn` remembers the control that had focus when the panel
opened and, when the panel closes with focus inside it, puts focus back: on that control if
it still shows the same product, else on the card (or its "Why?" button) that shows the
product now (a forget refills cards), else on the card in the place the opener had.

A :class:`ReturnPoint` also puts back the scroll positions around the opener (the page's
and the shelf's sideways one): closing the why panel used to jump to another shelf.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QScrollArea, QWidget

if TYPE_CHECKING:
    from tightrope.ui.widgets.card import ProductCard


def _card_of(widget: QWidget | None) -> ProductCard | None:
    from tightrope.ui.widgets.card import ProductCard  # the shop's; not needed to start

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


class DialogFocusReturn(QObject):
    """Application-wide: a dialog that closes gives focus back to the control that had it
    when the dialog opened. (On X11 Qt left focus nowhere once the window was active again:
    after Help > Keyboard shortcuts and Esc, a screen reader said nothing and Tab started
    from the top.)"""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._openers: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QDialog):
            if kind == QEvent.Type.Show:
                focus = QApplication.focusWidget()
                if focus is not None and not watched.isAncestorOf(focus):
                    self._openers[id(watched)] = focus
            else:
                opener = self._openers.pop(id(watched), None)
                if opener is not None:
                    QTimer.singleShot(0, lambda o=opener, d=watched: _give_back(o, d))
        return False


def _give_back(opener: QWidget, dialog: QDialog) -> None:
    if not shiboken6.isValid(opener) or not opener.isVisible():
        return
    focus = QApplication.focusWidget()
    if focus is not None and not (shiboken6.isValid(dialog) and dialog.isAncestorOf(focus)):
        return  # something has focus already (the dialog's work moved it on purpose)
    if not opener.window().isActiveWindow():
        opener.window().activateWindow()
    opener.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


_INSTALLED = "tightropeDialogFocusReturn"


def install() -> None:
    """Install :class:`DialogFocusReturn` once per application (the window calls this)."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    app.installEventFilter(DialogFocusReturn(app))
    app.setProperty(_INSTALLED, True)


class ReturnPoint:
    """A widget to give the focus back to, and the scroll positions around it."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.scrolls: list[tuple[QAbstractScrollArea, int, int]] = []
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                self.scrolls.append(
                    (
                        parent,
                        parent.horizontalScrollBar().value(),
                        parent.verticalScrollBar().value(),
                    )
                )
            parent = parent.parentWidget()

    def valid(self) -> bool:
        return shiboken6.isValid(self.widget) and self.widget.isVisible()

    def restore(self) -> bool:
        """Scroll back to where the widget was and focus it; False when it is gone."""
        if not self.valid():
            return False
        self._scroll_back()
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        # The page is laid out again for its new width after the panel hides: once that is
        # done, the same positions, and the widget in view if the layout moved it.
        QTimer.singleShot(0, self._settle)
        return True

    def _scroll_back(self) -> None:
        for area, h, v in self.scrolls:
            if shiboken6.isValid(area):
                area.horizontalScrollBar().setValue(h)
                area.verticalScrollBar().setValue(v)

    def _settle(self) -> None:
        if not self.valid() or not self.widget.hasFocus():
            return  # something else took over meanwhile (a page change, a persona load)
        # lay the page out at its new width now, then put the positions back
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._scroll_back()
        for area, _h, _v in self.scrolls:
            if isinstance(area, QScrollArea) and shiboken6.isValid(area):
                port = area.viewport()
                top_left = self.widget.mapTo(port, QPoint(0, 0))
                if not port.rect().intersects(QRect(top_left, self.widget.size())):
                    area.ensureWidgetVisible(self.widget)  # only if the layout moved it away
