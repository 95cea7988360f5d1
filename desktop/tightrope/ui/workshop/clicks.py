"""Clicks in a study session: each mouse press and each key that activates the focused
control (Space, Return, Enter) in the shop window or its dialogs is one ``click`` event, with
``input`` "mouse" or "key" and nothing about what was clicked. The study report counts them
to compare how many clicks withdrawing consent takes (tightrope.workshop.withdrawal).

Counted once per press: a mouse press at the widget under the pointer (Qt passes an ignored
press on to the parents, which have a child at that point and are not counted again); a key
press at the focused button it is first sent to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

ACTIVATING_KEYS = frozenset(
    {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select}
)


class ClickTap(QObject):
    """While ``recording()`` is true, calls ``log("mouse" | "key")`` once per click in
    ``window`` or a window it owns (a dialog, a question)."""

    def __init__(
        self,
        window: QWidget,
        recording: Callable[[], bool],
        log: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent or window)
        self._window = window
        self._recording = recording
        self._log = log
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _ours(self, widget: QWidget | None) -> bool:
        while widget is not None:
            top = widget.window()
            if top is self._window:
                return True
            widget = top.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            # the widget under the pointer gets it first; a parent it is passed on to has a
            # child at that point, so each press is counted once
            if (
                self._recording()
                and watched.childAt(event.position().toPoint()) is None
                and self._ours(watched)
            ):
                self._log("mouse")
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            assert isinstance(event, QKeyEvent)
            if (
                event.key() in ACTIVATING_KEYS
                and not event.isAutoRepeat()
                and watched is QApplication.focusWidget()
                and self._recording()
                and self._ours(watched)
            ):
                self._log("key")
        return False
