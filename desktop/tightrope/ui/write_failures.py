"""Every write the window makes that fails is told in the window, in one sentence.

A write (forget, consent, cart, erase, ...) commits before any screen hears of it
(tightrope.storage.store), so when the commit fails (another program holds the database, the disk is
full, the folder is read-only) the store has rolled back and nothing has changed on disk or
in the engine. What is left is to say so: the exception reaches Python's excepthook (Qt calls
it for an exception raised in a slot), and this reporter turns the SQLite error into the
sentence tightrope.storage.faults has for it, shows it in a banner under the top bar (nothing
modal: the participant can go on, or try again once the other program lets go), and redraws
the window from what is stored, so no widget keeps showing a change that did not happen.
Any other exception goes on to the hook that was installed before.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tightrope import paths
from tightrope.i18n import translator
from tightrope.storage import faults
from tightrope.storage.store import StoreError

tr = translator("WriteFailures")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def sentence(exc: BaseException, folder) -> str | None:
    """The one sentence for a failed write, or None when it is not a storage failure."""
    if isinstance(exc, sqlite3.Error):
        exc = faults.translate(exc, folder)
        if isinstance(exc, sqlite3.Error):  # not one a user can act on: a bug
            return None
    if isinstance(exc, faults.DatabaseFault):
        return exc.summary
    if isinstance(exc, StoreError | paths.DataDirError):
        return str(exc)
    return None


class WriteFailureBanner(QFrame):
    """The sentence of the last write that failed, with a Dismiss button; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("writeFailure")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel(self)
        self.text.setObjectName("writeFailureText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.dismiss = QPushButton(tr("Dismiss"), self)
        self.dismiss.setAccessibleName(tr("Dismiss the message"))
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def tell(self, sentence: str) -> None:
        self.text.setText(sentence)
        self.setAccessibleName(tr("Not saved: {sentence}").format(sentence=sentence))
        self.show()


class WriteFailureReporter(QObject):
    """Signals: ``reported(str sentence)`` after a failed write was told."""

    reported = Signal(str)

    def __init__(
        self, window: QWidget, folder, redraw: Callable[[], None], banner: WriteFailureBanner
    ):
        super().__init__(window)
        self._window = window
        self.banner = banner
        self._folder = folder
        self._redraw = redraw
        self._previous: Hook = sys.excepthook
        sys.excepthook = self._hook
        window.destroyed.connect(self._uninstall)

    def _uninstall(self, *_: object) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = sentence(exc, self._folder)
        # a hook left in the chain by a window closed before a later one: not ours to tell
        if text is None or not shiboken6.isValid(self._window):
            self._previous(kind, exc, tb)
            return
        self.report(text)

    def report(self, text: str) -> None:
        """Put the window back as the store has it, then say what failed."""
        self._redraw()
        self.banner.tell(text)
        self.reported.emit(text)
