"""Star ratings: a painted read-only row and a five-button input."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme

tr = translator("StarRating")


_STAR_PIXMAPS: dict[tuple, QPixmap] = {}  # ratings are catalog data, nothing personal


def _star_path(rect: QRectF) -> QPainterPath:
    cx, cy = rect.center().x(), rect.center().y()
    outer = min(rect.width(), rect.height()) / 2
    inner = outer * 0.48
    path = QPainterPath()
    for k in range(10):
        r = outer if k % 2 == 0 else inner
        a = -math.pi / 2 + k * math.pi / 5
        point = QPointF(cx + r * math.cos(a), cy + r * math.sin(a) + outer * 0.06)
        if k == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


class StarsView(QWidget):
    """Five stars filled to a rating (fractions shown exactly). Not interactive."""

    def __init__(self, size: int = 16, parent: QWidget | None = None):
        super().__init__(parent)
        self._size = size
        self._gap = max(1, size // 8)
        self._rating = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_star_size(self, size: int) -> None:
        """Each star's size in px (the UI scale changed)."""
        if size != self._size:
            self._size = size
            self._gap = max(1, size // 8)
            self.updateGeometry()
            self.update()

    def set_rating(self, rating: float) -> None:
        self._rating = max(0.0, min(5.0, rating))
        self.update()

    def rating(self) -> float:
        return self._rating

    def sizeHint(self) -> QSize:
        return QSize(5 * self._size + 4 * self._gap, self._size)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Drawn once per (size, rating, colours, pixel ratio) and reused: a shelf repaints
        # dozens of these on every frame.
        dpr = self.devicePixelRatioF()
        key = (
            self._size,
            self._gap,
            round(self._rating, 2),
            dpr,
            theme.color("star").name(),
            theme.color("star_empty").name(),
        )
        pixmap = _STAR_PIXMAPS.get(key)
        if pixmap is None:
            pixmap = _STAR_PIXMAPS[key] = self._draw(dpr)
        painter = QPainter(self)
        painter.drawPixmap(QPointF(0, (self.height() - self._size) / 2), pixmap)
        painter.end()

    def _draw(self, dpr: float) -> QPixmap:
        width = 5 * self._size + 4 * self._gap
        pixmap = QPixmap(math.ceil(width * dpr), math.ceil(self._size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for k in range(5):
            rect = QRectF(k * (self._size + self._gap), 0, self._size, self._size)
            path = _star_path(rect)
            painter.setBrush(theme.color("star_empty"))
            painter.drawPath(path)
            fill = max(0.0, min(1.0, self._rating - k))
            if fill > 0:
                painter.save()
                painter.setClipRect(QRectF(rect.x(), rect.y(), rect.width() * fill, rect.height()))
                painter.setBrush(theme.color("star"))
                painter.drawPath(path)
                painter.restore()
        painter.end()
        return pixmap


class StarRatingInput(QWidget):
    """Five star buttons; clicking star N emits ``rated(N)``. Hover previews the choice.

    Signals: ``rated(int)``.
    """

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = 0
        self._filled = theme.icon("star-filled", "star")
        self._empty = theme.icon("star", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for stars in range(1, 6):
            button = QToolButton(self)
            button.setObjectName("starButton")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, n=stars: self.rated.emit(n))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons.append(button)
        self._paint_stars(0)
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        for button in self.buttons:
            button.setIconSize(theme.scaled_size(24, 24))

    def set_product_name(self, name: str) -> None:
        for stars, button in enumerate(self.buttons, start=1):
            button.setAccessibleName(tr("Rate {name} %n of 5 star(s)", n=stars).format(name=name))
            button.setToolTip(tr("Rate %n of 5 star(s)", n=stars))

    def set_value(self, value: int | None) -> None:
        self._value = value or 0
        self._paint_stars(self._value)
        for stars, button in enumerate(self.buttons, start=1):
            button.setAccessibleDescription(tr("Your rating") if stars == self._value else "")

    def value(self) -> int:
        return self._value

    def _paint_stars(self, upto: int) -> None:
        for stars, button in enumerate(self.buttons, start=1):
            button.setIcon(self._filled if stars <= upto else self._empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.buttons:
            if event.type() == QEvent.Type.Enter:
                self._paint_stars(self.buttons.index(watched) + 1)
            elif event.type() == QEvent.Type.Leave:
                self._paint_stars(self._value)
        return super().eventFilter(watched, event)
