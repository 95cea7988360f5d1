"""Pointing at a widget: a bright frame drawn over it, on top of the window.

:func:`find_target` finds the first visible widget with an object name (a scenario step's
``point_at``); :class:`HighlightOverlay` frames it until told otherwise, following it when
the window is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

FRAME = 4
COLOUR = QColor("#d9480f")  # a strong orange, distinct from the teal accent


def find_target(root: QWidget, object_name: str) -> QWidget | None:
    """The first visible widget named object_name under root (in creation order)."""
    if root.objectName() == object_name and root.isVisible():
        return root
    for widget in root.findChildren(QWidget, object_name):
        if widget.isVisible() and widget.width() > 0 and widget.height() > 0:
            return widget
    return None


class HighlightOverlay(QWidget):
    """A transparent, click-through frame over the target; hidden while there is none."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("workshopHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._target: QWidget | None = None
        self.hide()
        window.installEventFilter(self)

    def target(self) -> QWidget | None:
        return self._target

    def point_at(self, widget: QWidget | None) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = widget
        if widget is None:
            self.hide()
            return
        widget.installEventFilter(self)
        widget.destroyed.connect(self._on_target_destroyed)
        self._follow()
        self.show()
        self.raise_()

    def clear(self) -> None:
        self.point_at(None)

    def _on_target_destroyed(self, *_args: object) -> None:
        self._target = None
        self.hide()

    def _follow(self) -> None:
        target = self._target
        if target is None:
            return
        if not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(self.parentWidget(), target.rect().topLeft())
        rect = QRect(top_left, target.size()).adjusted(-FRAME - 2, -FRAME - 2, FRAME + 2, FRAME + 2)
        self.setGeometry(rect.intersected(self.parentWidget().rect()))
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.LayoutRequest,
        ):
            self._follow()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(COLOUR, FRAME)
        painter.setPen(pen)
        painter.drawRoundedRect(
            self.rect().adjusted(FRAME // 2, FRAME // 2, -FRAME // 2, -FRAME // 2), 8, 8
        )
        painter.end()
