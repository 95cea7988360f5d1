"""Presenter mode: the whole UI from 100% to 200% (Ctrl +/-, Ctrl 0), and a high-contrast
theme, both remembered in the store's meta table (not QSettings: the data folder is the one
place Tightrope keeps state, and --data-dir moves it all).

Scaling rewrites the stylesheet: every point size (text) and pixel length (padding, radius,
minimum sizes) grows by the factor, so targets get larger along with the words. Presenter
mode also asks for a minimum button height so pointer targets are comfortable on a projector.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tightrope import paths
from tightrope.operations.settings import set_setting
from tightrope.storage.store import Store
from tightrope.ui import shortcuts, theme
from tightrope.ui.theme import scale_lengths

META_SCALE = "ui_scale_percent"
META_CONTRAST = "ui_high_contrast"
MIN_SCALE, MAX_SCALE, STEP = 100, 200, 10

HIGH_CONTRAST = theme.HIGH_CONTRAST

# Extra rules in presenter mode: comfortable targets and the workshop's own widgets.
EXTRA = """
#scenarioPanel, #taskStrip { background: $surface; color: $text; }
#scenarioPanel #scenarioBody { background: $surface; }
#scenarioPanel QLabel[role="say"] { font-size: 12pt; }
#scenarioPanel QLabel[role="ask"] { font-size: 12pt; font-style: italic; color: $accent; }
#scenarioPanel QLabel[role="error"], #taskStrip QLabel[role="error"] { color: $danger; }
#taskStrip { border-top: 1px solid $border; }
#taskStrip QLabel[role="task"] { font-weight: bold; }
"""

# Zoomed in: a minimum height for every control, so pointer targets suit a projector.
COMFORT = """
QPushButton, QToolButton, QComboBox, QLineEdit { min-height: 28px; }
"""


def stylesheet(scale_percent: int, high_contrast: bool) -> str:
    palette = HIGH_CONTRAST if high_contrast else theme.PALETTE
    template = paths.asset(theme.STYLESHEET).read_text(encoding="utf-8") + EXTRA
    if scale_percent > MIN_SCALE:
        # Comfortable targets only when zoomed: Ctrl+0 gives back exactly the 100 % look
        # (with them, the search box and the buttons stayed taller after zooming back).
        template += COMFORT
    css = Template(template).substitute(theme.stylesheet_values(palette))
    return scale_lengths(css, scale_percent / 100)


def clamp(percent: int) -> int:
    return max(MIN_SCALE, min(MAX_SCALE, int(percent)))


class PresenterMode(QObject):
    """Applies and remembers the UI scale and contrast on one window.

    Signals: ``changed(int scale_percent, bool high_contrast)``.
    """

    changed = Signal(int, bool)

    def __init__(
        self,
        window: QWidget,
        store: Store,
        extra_windows: list[QWidget] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.window = window
        self.store = store
        self.extra_windows = list(extra_windows or [])
        raw = store.get_meta(META_SCALE)
        self.scale = clamp(int(raw)) if raw and raw.isdigit() else MIN_SCALE
        contrast = store.get_meta(META_CONTRAST)
        # Until chosen here, the system's contrast preference decides.
        self.high_contrast = (
            contrast == "1" if contrast is not None else theme.platform_prefers_high_contrast()
        )
        self.shortcuts = [
            *shortcuts.make("zoom_in", window, self.zoom_in),
            *shortcuts.make("zoom_out", window, self.zoom_out),
            *shortcuts.make("zoom_reset", window, self.reset),
        ]
        if self.scale != MIN_SCALE or self.high_contrast:
            self.apply()
        else:
            theme.set_scale(1.0)
            theme.set_high_contrast(False)

    def add_window(self, widget: QWidget) -> None:
        """A dialog or tool window that should follow the same look."""
        self.extra_windows.append(widget)
        widget.setStyleSheet(stylesheet(self.scale, self.high_contrast))

    def set_scale(self, percent: int) -> None:
        percent = clamp(percent)
        if percent == self.scale:
            return
        self.scale = percent
        set_setting(self.store, META_SCALE, str(percent))
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        if on == self.high_contrast:
            return
        self.high_contrast = on
        set_setting(self.store, META_CONTRAST, "1" if on else "0")
        self.apply()

    def zoom_in(self) -> None:
        self.set_scale(self.scale + STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale - STEP)

    def reset(self) -> None:
        self.set_scale(MIN_SCALE)

    def apply(self) -> None:
        css = stylesheet(self.scale, self.high_contrast)
        # The factor and palette first: the new stylesheet tells every widget to re-read
        # them (theme.px, theme.palette).
        theme.set_scale(self.scale / 100)
        theme.set_high_contrast(self.high_contrast)
        self.window.setProperty(theme.SCALE_PROPERTY, self.scale / 100)
        for widget in (self.window, *self.extra_windows):
            widget.setStyleSheet(css)
        theme.look_changed()  # code-side sizes and colours, now the stylesheet is in force
        self.changed.emit(self.scale, self.high_contrast)
