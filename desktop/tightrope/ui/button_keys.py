"""Enter and Return press the focused button, as Space does.

Qt presses a push button on Enter only in dialogs (its "auto default" buttons), and a tool
button never: elsewhere the key goes on to the button's parents. Inside a product card that
meant Enter on "Why am I seeing this" opened the product page (the card's own Enter), and
on other buttons nothing happened. Screen-reader users press Enter on buttons, so an
application-wide filter presses the focused push or tool button on Enter and Return before
any parent sees the key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INSTALLED = "tightropeButtonKeys"


class EnterPressesButtons(QObject):
    """The filter: a key press of Enter or Return, unmodified (the keypad's Enter carries
    KeypadModifier), on a focused, enabled push or tool button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(
            watched, (QPushButton, QToolButton)
        ):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() not in ENTER_KEYS
            or modifiers != Qt.KeyboardModifier.NoModifier
            or not watched.hasFocus()
            or not watched.isEnabled()
        ):
            return False
        if not event.isAutoRepeat():
            watched.click()
        return True


def install() -> None:
    """Install the filter once per application (the window calls this)."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    app.installEventFilter(EnterPressesButtons(app))
    app.setProperty(_INSTALLED, True)
