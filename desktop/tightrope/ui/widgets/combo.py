"""Drop-down lists that never clip their items (issue #19, item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tightrope.ui import theme


class FittingComboBox(QComboBox):
    """A combo box whose open list is at least as wide as its longest item (a list as wide
    as its box cut "Sample study: understanding and correcting recommendations" off)."""

    def showPopup(self) -> None:
        view = self.view()
        view.ensurePolished()
        bar = (
            view.verticalScrollBar().sizeHint().width()
            if self.count() > self.maxVisibleItems()
            else 0
        )
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + bar + theme.px(16))
        super().showPopup()
