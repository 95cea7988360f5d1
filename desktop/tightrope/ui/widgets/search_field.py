"""A search box whose magnifier follows the UI scale.

QLineEdit's own leading-action icon is sized by the style (16 px at any zoom) and placed
from the old size until the field is laid out again, so after presenter zoom it sat small
and low, and stayed there after Ctrl+0. This field paints the icon itself, centred in its
height, at ``theme.px(ICON)``, and keeps the text clear of it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from tightrope.ui import theme

ICON = 16  # at 100 %
GAP = 8  # between the icon and the text, at 100 %


class SearchField(QLineEdit):
    """A line edit with a magnifier at its left, drawn at the current scale."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._icon = theme.icon("search", "muted")
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        self._icon = theme.icon("search", "muted")  # (the palette may have changed too)
        self.setTextMargins(theme.px(ICON + GAP), 0, 0, 0)
        self.update()

    def icon_rect(self) -> QRect:
        """Where the magnifier is painted: left, vertically centred."""
        size = theme.px(ICON)
        left = theme.px(10)
        return QRect(left, (self.height() - size) // 2, size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        self._icon.paint(painter, self.icon_rect())
