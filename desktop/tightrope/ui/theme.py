"""The look in one place: palette, stylesheet loading and tinted SVG icons.

The stylesheet lives in ``assets/style/tightrope.qss``; it names colours as ``$accent`` etc.
(and the base font size as ``$base_size``) so that the palette below is the single source
for both the stylesheet and the few widgets that paint themselves (stars, picture fallbacks).
The base size is set in the stylesheet because a widget with a style sheet does not pass a
font set with ``setFont`` on to its children.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from tightrope import paths

BASE_POINT_SIZE = 11.0

PALETTE: dict[str, str] = {
    "accent": "#136f63",  # the one accent colour: deep teal
    "accent_hover": "#0e5a50",
    "accent_pressed": "#0b4a42",
    "accent_soft": "#e3f1ee",  # selected / highlighted backgrounds
    "page": "#f5f6f8",  # window background
    "surface": "#ffffff",  # cards, bars, panels
    "border": "#dfe3e8",
    "border_strong": "#c4cbd3",
    "text": "#1d2733",
    "muted": "#566373",
    "star": "#b7791f",  # rating stars (amber, darkened for contrast on white)
    "star_empty": "#d5dae0",
    "danger": "#a4262c",
    "sponsored_bg": "#f1f3f5",
}

STYLESHEET = "style/tightrope.qss"


def color(name: str) -> QColor:
    return QColor(PALETTE[name])


def load_stylesheet() -> str:
    """The application stylesheet with palette names filled in."""
    text = paths.asset(STYLESHEET).read_text(encoding="utf-8")
    return Template(text).substitute(PALETTE, base_size=f"{BASE_POINT_SIZE:g}pt")


def base_font(template: QFont | None = None) -> QFont:
    font = QFont(template) if template is not None else QFont()
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def apply_theme(widget: QWidget) -> None:
    """Give a top-level widget (and so everything inside it) the Tightrope look."""
    widget.setFont(base_font(widget.font()))
    widget.setStyleSheet(load_stylesheet())


class _SvgIconEngine(QIconEngine):
    """Renders one SVG, recoloured, crisply at whatever size and device pixel ratio asked."""

    def __init__(self, svg: bytes, tint: str, disabled_tint: str):
        super().__init__()
        self._svg = svg
        self._tint = tint
        self._disabled_tint = disabled_tint

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        tint = self._disabled_tint if mode == QIcon.Mode.Disabled else self._tint
        return QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", tint.encode())))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(QPoint(0, 0), QSize(size)))
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._tint, self._disabled_tint)


def icon(name: str, tint: str = "text") -> QIcon:
    """An icon from ``assets/icons/<name>.svg``; ``currentColor`` becomes the palette colour."""
    svg = paths.asset(f"icons/{name}.svg").read_bytes()
    colour = PALETTE.get(tint, tint)
    return QIcon(_SvgIconEngine(svg, colour, PALETTE["border_strong"]))
