"""Where focus and scrolling go back to when a side panel closes (issue #19, item 1).

Hiding a panel that holds the focus makes Qt move the focus to the next widget in the
window's chain, and a scroll area scrolls that one into view: closing the why panel jumped
to another shelf and focused an unrelated card. A :class:`ReturnPoint` remembers the
control that opened the panel (the card's "Why?" button) and the position of every scroll
area around it; :meth:`ReturnPoint.restore` puts both back, and is called *before* Qt
moves the focus (from the panel host's hide event).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget


class ReturnPoint:
    """A widget to give the focus back to, and the scroll positions around it."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.scrolls: list[tuple[QAbstractScrollArea, int, int]] = []
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                self.scrolls.append((parent, parent.horizontalScrollBar().value(),
                                     parent.verticalScrollBar().value()))
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
