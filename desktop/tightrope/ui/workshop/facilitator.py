"""Facilitator and participant: while a study session runs, the workshop tools are locked.

During a session the participant has the keyboard and the mouse, so the Workshop menu and
the scenario tools (F9, next and previous step, the panel's buttons) are locked: a
participant cannot load a persona, switch the condition or read the facilitator's script by
accident. The facilitator's shortcut (Ctrl+Shift+F, listed in Help > Keyboard shortcuts)
unlocks them, with the facilitator's own bar beside the task strip: the step timer (time on
the running task, and in the session) and "Add a note…". They lock again after one use of a
workshop tool, on the shortcut pressed again, on the bar's Lock, and when the session ends.
Outside a session nothing is locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tightrope.ui import shortcuts
from tightrope.ui.workshop.session_views import FacilitatorBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from tightrope.ui.workshop.session import SessionController

TICK_MS = 1000


class FacilitatorLock(QObject):
    """Whether the workshop tools are locked (:attr:`locked`). Signals: ``changed(bool
    locked)``. :meth:`toggle` is the facilitator's shortcut; :meth:`used` is called after a
    workshop tool was used (one use, then locked again)."""

    changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        sessions: SessionController,
        bar: FacilitatorBar,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.sessions = sessions
        self.bar = bar
        self.unlocked = False
        self.shortcuts = shortcuts.make("facilitator", window, self.toggle)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        bar.note_clicked.connect(self._on_note)
        bar.lock_clicked.connect(self.lock)
        sessions.started.connect(self._on_session)
        sessions.ended.connect(self._on_session)
        self._apply()

    @property
    def locked(self) -> bool:
        return self.sessions.running and not self.unlocked

    @Slot()
    def toggle(self) -> None:
        """The facilitator's shortcut: unlock while locked, lock while unlocked."""
        if self.unlocked:
            self.lock()
        else:
            self.unlock()

    def unlock(self) -> None:
        if self.sessions.running and not self.unlocked:
            self.unlocked = True
            self._apply()

    @Slot()
    def lock(self) -> None:
        if self.unlocked:
            self.unlocked = False
            self._apply()

    def used(self) -> None:
        """A workshop tool was used: during a session the tools lock again."""
        if self.sessions.running:
            self.lock()

    @Slot(str)
    def _on_session(self, _path: str) -> None:
        self.unlocked = False
        self._apply()

    @Slot()
    def _on_note(self) -> None:
        self.sessions.ask_note()
        self.used()

    def _apply(self) -> None:
        shown = self.sessions.running and self.unlocked
        self.bar.setVisible(shown)
        if shown:
            self.refresh()
            self._tick.start()
        else:
            self._tick.stop()
        self.changed.emit(self.locked)

    @Slot()
    def refresh(self) -> None:
        """The step timer: time on the running task and in the session."""
        recorder = self.sessions.recorder
        if recorder is None or recorder.closed:
            return
        self.bar.show_time(self.sessions.task_label(), recorder.task_elapsed(), recorder.elapsed())
