"""A row of thumbnails under a product's main picture: one per view, the shown one checked.

Mouse: click a thumbnail. Keyboard: Tab to a thumbnail and press Space or Enter; the arrow
keys move to the next or previous thumbnail and show it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.ui import images, theme

tr = translator("Gallery")

THUMB = 64  # at 100 %; theme.px() scales it


def picture_name(product: Product, index: int) -> str:
    """What a screen reader says for one of the product's pictures."""
    return tr("{name}, picture {number} of {count}").format(
        name=product.name, number=index + 1, count=len(product.pictures)
    )


class ThumbnailStrip(QWidget):
    """Signals: ``chosen(int index)``, when the user picks another picture."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thumbnailStrip")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.chosen)
        self._product: Product | None = None
        theme.follow_scale(self, self._apply_scale)

    def buttons(self) -> list[QToolButton]:
        return [b for b in self._group.buttons() if isinstance(b, QToolButton)]

    def set_product(self, product: Product) -> None:
        """One thumbnail per picture, the first checked; hidden when there is only one."""
        self._product = product
        for button in self.buttons():  # gone from view now, deleted when Qt gets round to it
            self._group.removeButton(button)
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        for i in range(len(product.pictures)):
            button = QToolButton(self)
            button.setObjectName("thumbnail")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(tr("Show {picture}").format(picture=picture_name(product, i)))
            button.setToolTip(
                tr("Picture {number} of {count}").format(number=i + 1, count=len(product.pictures))
            )
            self._group.addButton(button, i)
            self._layout.addWidget(button)
        if self.buttons():
            self.buttons()[0].setChecked(True)
        self.setVisible(len(product.pictures) > 1)
        self._apply_scale()

    def current(self) -> int:
        return self._group.checkedId()

    def _apply_scale(self) -> None:
        side = theme.px(THUMB)
        self._layout.setSpacing(theme.px(8))
        for i, button in enumerate(self.buttons()):
            button.setIconSize(QSize(side, side))
            if self._product is not None:
                pixmap = images.product_pixmap(
                    self._product,
                    QSize(side, side),
                    self.devicePixelRatioF(),
                    image=self._product.pictures[i],
                )
                button.setIcon(QIcon(pixmap))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks the focused thumbnail too (Space and the arrow keys are the buttons'
        own: in an exclusive group an arrow moves to the next thumbnail and picks it)."""
        focused = next((b for b in self.buttons() if b.hasFocus()), None)
        if focused is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused.click()
        else:
            super().keyPressEvent(event)
