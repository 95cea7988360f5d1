"""Painting table cells with room around the text, wrapping where a column asks for it.

Style-sheet padding on ``::item`` is not counted when Qt measures a wrapped cell, so long
text gets cut short; this delegate measures and paints with the same padding.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

PAD_X = 8
PAD_Y = 8

_Index = QModelIndex | QPersistentModelIndex


class PaddedTextDelegate(QStyledItemDelegate):
    def __init__(self, view: QTableView, wrap_columns: Iterable[int] = ()):
        super().__init__(view)
        self._view = view
        self._wrap = frozenset(wrap_columns)

    def _text_rect(self, opt: QStyleOptionViewItem, column: int) -> QRect:
        metrics = QFontMetrics(opt.font)
        if column in self._wrap:
            width = max(1, self._view.columnWidth(column) - 2 * PAD_X)
            return metrics.boundingRect(
                QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, opt.text
            )
        return metrics.boundingRect(QRect(0, 0, 1_000_000, 1_000_000), 0, opt.text)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = self._text_rect(opt, index.column())
        return QSize(rect.width() + 2 * PAD_X + 1, rect.height() + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if index.column() in self._wrap:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), flags, text)
        painter.restore()
