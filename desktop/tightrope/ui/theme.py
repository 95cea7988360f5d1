"""The look in one place: palette, stylesheet loading and tinted SVG icons.

The stylesheet lives in ``assets/style/tightrope.qss``; it names colours as ``$accent`` etc.
(and the base font size as ``$base_size``) so that the palette below is the single source
for both the stylesheet and the few widgets that paint themselves (stars, picture fallbacks).
The base size is set in the stylesheet because a widget with a style sheet does not pass a
font set with ``setFont`` on to its children.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from string import Template

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLayout, QWidget

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
    "control_border": "#7d8794",  # the edge that shows where a field is: 3:1 on page
    "text": "#1d2733",
    "muted": "#566373",
    "star": "#b7791f",  # rating stars (amber, darkened for contrast on white)
    "star_empty": "#d5dae0",
    "danger": "#a4262c",
    "sponsored_bg": "#f1f3f5",
    # tints for the why panel's banner and forget buttons
    "accent_soft_border": "#b9dcd5",
    "accent_soft_pressed": "#cfe7e2",
    "danger_border": "#d7a9ac",
    "danger_soft": "#fbeff0",
    "danger_soft_pressed": "#f5dcde",
}

# Presenter mode's high-contrast theme (Workshop > High contrast): the same names, stronger
# colours. tests/ui/test_contrast.py checks every pair both palettes make.
HIGH_CONTRAST: dict[str, str] = {
    **PALETTE,
    "accent": "#00429d",
    "accent_hover": "#003380",
    "accent_pressed": "#002766",
    "accent_soft": "#dbe7ff",
    "page": "#ffffff",
    "surface": "#ffffff",
    "border": "#000000",
    "border_strong": "#000000",
    "control_border": "#000000",
    "text": "#000000",
    "muted": "#1f1f1f",
    "star": "#8a4b00",
    "star_empty": "#7a7a7a",
    "danger": "#8b0000",
    "sponsored_bg": "#ffe8a3",
    "accent_soft_border": "#00429d",
    "accent_soft_pressed": "#b8cff5",
    "danger_border": "#8b0000",
    "danger_soft": "#ffe5e5",
    "danger_soft_pressed": "#ffcccc",
}

STYLESHEET = "style/tightrope.qss"


CONTRAST_PROPERTY = "uiHighContrast"
MOTION_PROPERTY = "uiReduceMotion"


def _app_flag(name: str) -> bool:
    app = QCoreApplication.instance()
    return bool(app.property(name)) if app is not None else False


def _set_app_flag(name: str, on: bool) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(name, bool(on))


def high_contrast() -> bool:
    """Whether the high-contrast palette is in force (kept on the application object, like
    the UI scale, so widgets that paint themselves and panels with their own stylesheet
    follow it too)."""
    return _app_flag(CONTRAST_PROPERTY)


def set_high_contrast(on: bool) -> None:
    """Choose the palette; widgets pick it up with the stylesheet change that follows."""
    _set_app_flag(CONTRAST_PROPERTY, on)


def reduce_motion() -> bool:
    """Whether "Reduce motion" is on: changes are marked steadily instead of flashed."""
    return _app_flag(MOTION_PROPERTY)


def set_reduce_motion(on: bool) -> None:
    _set_app_flag(MOTION_PROPERTY, on)


def platform_prefers_high_contrast() -> bool:
    """The system's contrast preference (Qt 6.10+), the default before the user chooses."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    hints = app.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def palette() -> dict[str, str]:
    """The palette in force: :data:`PALETTE` or :data:`HIGH_CONTRAST`."""
    return HIGH_CONTRAST if high_contrast() else PALETTE


def color(name: str) -> QColor:
    return QColor(palette()[name])


def stylesheet_values(colours: dict[str, str]) -> dict[str, str]:
    """What the stylesheet's ``$names`` stand for: the palette's colours, the base text
    size, and ``$icons``, the shipped icons folder (spin-box and drop-down arrows)."""
    return {
        **colours,
        "base_size": f"{BASE_POINT_SIZE:g}pt",
        "icons": paths.assets_dir().joinpath("icons").as_posix(),
    }


def load_stylesheet() -> str:
    """The application stylesheet with palette names filled in."""
    text = paths.asset(STYLESHEET).read_text(encoding="utf-8")
    css = Template(text).substitute(stylesheet_values(palette()))
    return scale_lengths(css, 1.0)


SYSTEM_SIZE_PROPERTY = "systemPointSize"


def system_point_size() -> float:
    """The platform's default text size, read once, before Tightrope sets its own font."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        return BASE_POINT_SIZE
    value = app.property(SYSTEM_SIZE_PROPERTY)
    if value is None:
        value = QGuiApplication.font().pointSizeF()
        value = value if value > 0 else BASE_POINT_SIZE
        app.setProperty(SYSTEM_SIZE_PROPERTY, float(value))
    return float(value)


MAX_FACTOR = 2.0  # the largest scale every screen is proven not to clip at (tests)


def text_factor() -> float:
    """How much larger than the design size the user's system text is (never smaller,
    at most :data:`MAX_FACTOR`): a 16.5 pt system font makes the shop 1.5 times larger."""
    return min(MAX_FACTOR, max(1.0, system_point_size() / BASE_POINT_SIZE))


def base_font(template: QFont | None = None) -> QFont:
    factor = text_factor()  # read the system size before this font replaces it
    font = QFont(template) if template is not None else QFont()
    font.setPointSizeF(BASE_POINT_SIZE * factor)
    return font


# --- UI scale (presenter mode) -------------------------------------------------------------
# The stylesheet's lengths are scaled as text (scale_lengths); the lengths that code sets
# (card widths, picture and icon sizes, margins) go through px(). The factor lives on the
# application object, the one thing every widget of the process shares: a widget built
# before it is put into a window (a page, the why panel) gets the right sizes too.
SCALE_PROPERTY = "uiScale"


def ui_scale() -> float:
    """The UI scale chosen in presenter mode, 1.0 (100 %) to 2.0 (200 %)."""
    app = QCoreApplication.instance()
    value = app.property(SCALE_PROPERTY) if app is not None else None
    return float(value) if value else 1.0


def effective(factor: float) -> float:
    """A chosen UI scale times the system's text factor, at most :data:`MAX_FACTOR`. A larger
    system font scales the whole layout with its text, as presenter mode does, so boxes
    grow with the words in them instead of clipping them."""
    return min(MAX_FACTOR, factor * text_factor())


def scale() -> float:
    """The scale everything is drawn at: :func:`ui_scale` with the system text factor."""
    return effective(ui_scale())


def set_scale(factor: float) -> None:
    """Set the factor; widgets pick it up with the stylesheet change that follows."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(SCALE_PROPERTY, float(factor))


def px(length: float) -> int:
    """A length in pixels at the current UI scale (exactly ``length`` at 100 %)."""
    return round(length * scale())


def px_at(factor: float) -> Callable[[float], int]:
    """:func:`px` at a scale read once, for code that asks many lengths in a row (each
    :func:`scale` is two property reads)."""
    return lambda length: round(length * factor)


def polish_tree(widget: QWidget) -> None:
    """Style a widget and everything in it now, ahead of the frame that would show it."""
    widget.ensurePolished()
    for child in widget.findChildren(QWidget):
        child.ensurePolished()


def scaled_size(width: float, height: float) -> QSize:
    return QSize(px(width), px(height))


_LENGTH = re.compile(r"(?<![\w#.-])(\d+(?:\.\d+)?)(pt|px)\b")


def scale_lengths(css: str, factor: float) -> str:
    """Multiply every 'Npt' and 'Npx' in a stylesheet by the UI scale ``factor`` together
    with the system text factor (:func:`effective`; 1 px borders stay 1 px)."""
    factor = effective(factor)
    if factor == 1:
        return css

    def grow(m: re.Match[str]) -> str:
        value, unit = float(m.group(1)), m.group(2)
        if unit == "px" and value <= 1:
            return m.group(0)
        if unit == "pt":
            return f"{value * factor:.1f}pt"
        return f"{round(value * factor)}px"

    return _LENGTH.sub(grow, css)


class _LookNotifier(QObject):
    """Says when the UI scale or the palette may have changed (see :func:`look_changed`)."""

    changed = Signal()


_notifier: _LookNotifier | None = None


def _look_notifier() -> _LookNotifier:
    global _notifier
    if _notifier is None:
        _notifier = _LookNotifier()
    return _notifier


def look_changed() -> None:
    """Tell every widget that follows the scale to re-read it (and the palette), if either
    changed. Called after the new stylesheet is set (presenter mode does), so what the
    widgets re-read is already in force."""
    _look_notifier().changed.emit()


class _ScaleWatcher(QObject):
    """Calls back, for the widget it belongs to, when the UI scale or the palette changed.

    A child of the widget (gone with it, and so is its connection). It listens to one
    signal rather than filtering the widget's events: an event filter written in Python is
    called for every event the widget gets (each paint, move and show of every card and
    row), and the look changes only when somebody changes it.
    """

    def __init__(self, widget: QWidget, apply: Callable[[], None]):
        super().__init__(widget)
        self._apply = apply
        self._look = (scale(), high_contrast())
        _look_notifier().changed.connect(self._on_look_changed)

    @Slot()
    def _on_look_changed(self) -> None:
        look = (scale(), high_contrast())
        if look != self._look:
            self._look = look
            self._apply()


def follow_scale(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again whenever the UI scale or the palette has changed (live,
    no restart). ``apply`` sets the widget's code-side sizes from :func:`px` (and colours
    from :func:`palette`)."""
    apply()
    _ScaleWatcher(widget, apply)


def scaled_layout(
    owner: QWidget,
    layout: QLayout,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
) -> None:
    """Give ``layout`` these margins and spacing (lengths at 100 %) at the current UI scale,
    now and whenever it changes."""

    def apply() -> None:
        if margins is not None:
            layout.setContentsMargins(*(px(m) for m in margins))
        if spacing is not None:
            layout.setSpacing(px(spacing))

    follow_scale(owner, apply)


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
        # Parsed renderers and rendered pixmaps are kept: icons are painted on every repaint
        # of every card, and parsing an SVG each time cost ~1 ms per window paint.
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        disabled = mode == QIcon.Mode.Disabled
        if disabled not in self._renderers:
            tint = self._disabled_tint if disabled else self._tint
            self._renderers[disabled] = QSvgRenderer(
                QByteArray(self._svg.replace(b"currentColor", tint.encode()))
            )
        return self._renderers[disabled]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        key = (size.width(), size.height(), mode == QIcon.Mode.Disabled, scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(QPoint(0, 0), QSize(size)))
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._tint, self._disabled_tint)


def icon(name: str, tint: str = "text") -> QIcon:
    """An icon from ``assets/icons/<name>.svg``; ``currentColor`` becomes the palette colour."""
    svg = paths.asset(f"icons/{name}.svg").read_bytes()
    colours = palette()
    colour = colours.get(tint, tint)
    return QIcon(_SvgIconEngine(svg, colour, colours["border_strong"]))
