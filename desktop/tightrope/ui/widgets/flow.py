"""A layout that places items left to right and wraps them onto new rows.

Modelled on Qt's flow layout example, with height-for-width so that a scroll area around it
grows vertically as the window narrows (and never scrolls the page sideways). With
``justify`` (for grids of equal cards) it fits as many columns as the items' minimum width
allows and widens the items to fill each row, up to their maximum width.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 16, justify: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._justify = justify
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def set_spacing(self, spacing: int) -> None:
        """The gap between items in px (e.g. when the UI scale changes)."""
        if spacing != self._spacing:
            self._spacing = spacing
            self.invalidate()

    # --- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- placing -------------------------------------------------------------------------
    def _arrange(self, rect: QRect, move: bool) -> int:
        if self._justify:
            return self._arrange_columns(rect, move)
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        # Rows first, then place each row's items centred on the row's height.
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                rows.append([])
            rows[-1].append((item, QPoint(x, 0), hint))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _i, _p, hint in row), default=0)
            if move:
                for item, at, hint in row:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(at.x(), top), hint))
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()

    @staticmethod
    def _height_at(item: QLayoutItem, width: int) -> int:
        # Ask the widget itself: QWidgetItem would ask the widget's own layout instead.
        widget = item.widget()
        if widget is not None and widget.hasHeightForWidth():
            return widget.heightForWidth(width)
        return item.sizeHint().height()

    def _arrange_columns(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        items = [item for item in self._items if not item.isEmpty()]
        if not items:
            return m.top() + m.bottom()
        narrowest = max(item.minimumSize().width() for item in items)
        widest = min(item.maximumSize().width() for item in items)
        s = self._spacing
        columns = max(1, (area.width() + s) // (narrowest + s))
        width = max(narrowest, min(widest, (area.width() - (columns - 1) * s) // columns))
        y = area.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            height = max(self._height_at(item, width) for item in row)
            if move:
                for k, item in enumerate(row):
                    item.setGeometry(QRect(area.x() + k * (width + s), y, width, height))
            y += height + s
        return y - s - rect.y() + m.bottom()
