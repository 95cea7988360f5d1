"""Parts of the shop window that feature controllers are handed, instead of the window.

:class:`SidePanel` docks one widget at the window's right (the "why" panel) and
:class:`StripHost` adds slim full-width strips under the top bar (the privacy status line).
:class:`~tightrope.ui.main_window.MainWindow` creates both and passes them to the
controllers that use them; a controller never sees the window's other parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QFrame, QSplitter, QVBoxLayout, QWidget

from tightrope.ui import shortcuts, tab_order, theme
from tightrope.ui.focus_return import FocusReturn

SIDE_PANEL_WIDTH = 440  # at 100 %; theme.px() scales it and the minimum below
SIDE_PANEL_MIN_WIDTH = 320


class SidePanelHost(QFrame):
    """Holds one widget docked at the right (the "why" panel); hidden while empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None
        theme.follow_scale(self, lambda: self.setMinimumWidth(theme.px(SIDE_PANEL_MIN_WIDTH)))

    def widget(self) -> QWidget | None:
        return self._widget

    def set_widget(self, widget: QWidget) -> None:
        if self._widget is widget:
            return
        self.take_widget()
        self._widget = widget
        self._layout.addWidget(widget)
        widget.show()

    def take_widget(self) -> QWidget | None:
        """Remove the widget without deleting it (its owner may show it again)."""
        widget, self._widget = self._widget, None
        if widget is not None:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
        return widget


class SidePanel(QObject):
    """The panel at the right of the pages, in the window's splitter: :meth:`show` docks a
    widget there, :meth:`hide` (also Esc, the "close_panel" shortcut) takes the panel away,
    :meth:`current` is the widget shown. Signals: ``hidden()``."""

    hidden = Signal()

    def __init__(self, splitter: QSplitter, host: SidePanelHost, window: QWidget):
        super().__init__(window)
        self._splitter = splitter
        self._host = host
        self._window = window
        self._close = shortcuts.make("close_panel", window, self.hide)
        for shortcut in self._close:
            shortcut.setEnabled(False)
        # where focus goes back when the panel closes (the opener); set by the window
        self.focus_return: FocusReturn | None = None

    def show(self, widget: QWidget) -> None:
        """Dock ``widget`` at the right (replacing any other; the old one is not deleted)."""
        was_hidden = self._host.isHidden()
        if self.focus_return is not None:
            self.focus_return.remember(self._host)
        self._host.set_widget(widget)
        if was_hidden:
            # Sizes first, then show: the panel is laid out once, at its final width.
            total = sum(self._splitter.sizes()) or self._window.width()
            least = theme.px(SIDE_PANEL_MIN_WIDTH)
            panel = min(theme.px(SIDE_PANEL_WIDTH), max(least, total // 3))
            self._splitter.setSizes([total - panel, panel])
            if self._splitter.isVisible():
                # Where the splitter will put it: shown there, it is laid out just once.
                width, height = self._splitter.width(), self._splitter.height()
                self._host.setGeometry(width - panel, 0, panel, height)
        self._host.show()
        for shortcut in self._close:
            shortcut.setEnabled(True)

    @Slot()
    def hide(self) -> None:
        if self._host.isHidden():
            return
        focus = QApplication.focusWidget()
        # Focus in the panel goes back to what opened it (elsewhere, it went on purpose),
        # before the panel hides: hiding first, Qt would pass focus on to the next control
        # and a screen reader would say that one first.
        if self.focus_return is not None and (focus is None or self._host.isAncestorOf(focus)):
            self.focus_return.restore()
        self._host.hide()
        for shortcut in self._close:
            shortcut.setEnabled(False)
        self.hidden.emit()

    @property
    def host(self) -> SidePanelHost:
        """The frame the panel is shown in (hidden while the panel is)."""
        return self._host

    def current(self) -> QWidget | None:
        """The widget docked at the right while the panel is shown, else None."""
        return None if self._host.isHidden() else self._host.widget()

    def prepare(self, widget: QWidget) -> None:
        """Dock ``widget`` while the panel is hidden and empty, without showing it: styled
        where it will show, docking it later restyles nothing."""
        if self._host.widget() is None and self._host.isHidden():
            self._host.set_widget(widget)


class StripHost:
    """Slim full-width strips under the top bar, above the pages (e.g. the privacy status
    line), each added above ``before`` in the window's column."""

    def __init__(
        self,
        column: QVBoxLayout,
        before: QWidget,
        last_control: Callable[[], QWidget] | None = None,
    ):
        """``last_control``: the control Tab reaches just before a strip's (the top bar's last)."""
        self._column = column
        self._before = before
        self._last_control = last_control

    def add(self, widget: QWidget) -> None:
        """Tab reaches the strip's controls right after the top bar's, before the page's."""
        self._column.insertWidget(self._column.indexOf(self._before), widget)
        if self._last_control is None:
            return
        previous = self._last_control()
        for control in tab_order.focusable_children(widget):
            QWidget.setTabOrder(previous, control)
            previous = control


class SearchBox(Protocol):
    """The top bar's search field, as a controller uses it (:class:`~tightrope.ui.topbar.TopBar`
    is one)."""

    def set_search_text(self, text: str) -> None: ...

    def focus_search(self) -> None: ...
