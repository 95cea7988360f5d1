"""What the contribution rows paint besides text: each source's bar, in its own colour and
pattern (so bars stay distinguishable without colour), and theme icons rendered once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen

from tightrope.ui import theme

# source -> (background, ink, pattern, dashed outline). Each source has its own pattern, so
# the bars stay distinguishable without colour; the badge beside each bar says it in words.
BAR_STYLES: dict[str, tuple[str, str, str, bool]] = {
    "activity": ("accent", "accent", "solid", False),
    "profile": ("accent_soft", "accent", "diagonal", False),
    "community": ("accent_soft", "accent", "dots", False),
    "popular": ("sponsored_bg", "muted", "vertical", False),
    "new": ("sponsored_bg", "muted", "horizontal", False),
    "sponsored": ("surface", "muted", "back-diagonal", True),
    "rest": ("page", "muted", "cross", False),  # the summary row: the other reasons together
}
STRIPE = 4.0  # pattern spacing in px

_ICONS: dict[str, QIcon] = {}


def cached_icon(name: str, tint: str = "text", size: int = 14) -> QIcon:
    """A theme icon rendered once at the usual scales. The theme's SVG icon engine renders
    on every paint; a panel that repaints dozens of buttons should not."""
    key = f"{name}:{tint}:{size}"
    icon = _ICONS.get(key)
    if icon is None:
        icon = QIcon()
        source = theme.icon(name, tint)
        for scale in (1.0, 1.25, 1.5, 2.0, 3.0):
            icon.addPixmap(source.pixmap(QSize(size, size), scale))
        _ICONS[key] = icon
    return icon


def paint_bar(painter: QPainter, rect: QRectF, share: float, source: str) -> None:
    """A track for 100 % with the share filled in the source's colour and pattern."""
    background, ink, pattern, dashed = BAR_STYLES.get(source, BAR_STYLES["popular"])
    painter.save()
    painter.setPen(QPen(theme.color("control_border"), 1))
    painter.setBrush(theme.color("surface"))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    width = rect.width() * max(0.0, min(1.0, share))
    if width > 0:
        filled = QRectF(rect.left(), rect.top(), max(width, 3.0), rect.height())
        strong = theme.color(ink)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color(background))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setClipRect(filled.adjusted(0.5, 0.5, -0.5, -0.5))
        _paint_pattern(painter, filled, pattern, strong)
        painter.setClipping(False)
        pen = QPen(strong, 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(filled.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
    painter.restore()


def _paint_pattern(painter: QPainter, r: QRectF, pattern: str, ink: QColor) -> None:
    if pattern == "solid":
        return
    painter.setPen(QPen(ink, 1.2))
    h = r.height()
    if pattern in ("diagonal", "back-diagonal", "cross"):
        x = r.left() - h
        step = STRIPE * 1.5 if pattern == "cross" else STRIPE
        while x < r.right():
            if pattern != "back-diagonal":
                painter.drawLine(QPointF(x, r.bottom()), QPointF(x + h, r.top()))
            if pattern != "diagonal":
                painter.drawLine(QPointF(x, r.top()), QPointF(x + h, r.bottom()))
            x += step
    elif pattern == "vertical":
        x = r.left() + STRIPE / 2
        while x < r.right():
            painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            x += STRIPE
    elif pattern == "horizontal":
        y = r.top() + 2.5
        while y < r.bottom() - 1:
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            y += 3.0
    elif pattern == "dots":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        y = r.top() + 2.5
        row = 0
        while y < r.bottom() - 1:
            x = r.left() + (2.5 if row % 2 == 0 else 4.5)
            while x < r.right() - 1:
                painter.drawEllipse(QPointF(x, y), 1.1, 1.1)
                x += STRIPE
            y += 3.5
            row += 1
