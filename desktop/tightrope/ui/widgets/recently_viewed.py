"""The home page's "Recently viewed" shelf, its "Clear recently viewed" button, and the
dialog that previews the clearing before it is done.

What it shows comes from :mod:`tightrope.engine.recently_viewed`; the clearing is
:func:`tightrope.operations.forget.forget_views`, called by the home page's controller.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.ui.names import announce
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.shelf import ShelfView

tr = translator("RecentlyViewed")  # the engine's words: same context


class RecentlyViewedShelf(ShelfView):
    """Title and "Clear recently viewed", then the products, newest first; or why none is
    shown; or, after clearing, its receipt. Signals (besides a shelf's):
    ``clear_clicked()``."""

    clear_clicked = Signal()

    def __init__(self, where: str = "", parent: QWidget | None = None):
        super().__init__(where, parent)
        self.setObjectName("recentlyViewed")
        head = QHBoxLayout()
        head.setSpacing(16)
        self._outer.removeWidget(self.title)
        head.addWidget(self.title, 1)
        self.clear = QPushButton(tr("Clear recently viewed"), self)
        self.clear.setObjectName("secondaryButton")
        self.clear.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear.setAccessibleName(tr("Clear recently viewed"))
        self.clear.clicked.connect(self.clear_clicked)
        head.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignVCenter)
        self._outer.insertLayout(0, head)
        self.note = styled_label("", "muted", self)  # why nothing is shown
        self.note.setWordWrap(True)
        self.receipt = styled_label("", "status", self)  # what "Clear" did
        self.receipt.setWordWrap(True)
        self._outer.insertWidget(2, self.note)
        self._outer.insertWidget(3, self.receipt)

    def show_views(self, title: str, products: Sequence[Product], note: str = "") -> None:
        """The products (newest first), or ``note``: why views are stored but none shown."""
        self.set_products(title, products)
        self.note.setText(note)
        self.note.setVisible(bool(note) and not products)
        self.receipt.clear()
        self.receipt.hide()
        self.scroll.setVisible(bool(products))
        self.clear.show()

    def show_receipt(self, title: str, receipt: str) -> None:
        """What clearing did, after it committed (no products are left to show)."""
        self.set_products(title, [])
        self.note.hide()
        self.scroll.hide()
        self.clear.hide()
        self.receipt.setText(receipt)
        self.receipt.show()
        announce(self.receipt, receipt)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order: the title's button, then the cards."""
        chain: list[QWidget] = [self.clear]
        for card in self.cards():
            chain += [card, card.why]
        return chain


class ClearViewsDialog(QDialog):
    """Before "Clear recently viewed": what it forgets and what changes, every effect of it
    (the preview the operation then carries out). Opened with ``open()``; the caller acts on
    ``accepted``."""

    def __init__(self, preview: str, views: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clearViewsDialog")
        self.setWindowTitle(tr("Clear recently viewed"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(520, 240)
        self.resize(560, 280)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        title = styled_label(tr("Forget what you viewed?"), "h2", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.text = styled_label(preview, "muted", self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = QPushButton(tr("Cancel"), self)
        self.cancel.setObjectName("secondaryButton")
        self.forget = QPushButton(tr("Forget %n view(s)", n=views), self)
        self.forget.setObjectName("destructiveButton")
        self.forget.setAccessibleDescription(preview)
        self.forget.setDefault(False)
        self.cancel.setDefault(True)
        row.addWidget(self.cancel)
        row.addWidget(self.forget)
        layout.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.forget.clicked.connect(self.accept)
