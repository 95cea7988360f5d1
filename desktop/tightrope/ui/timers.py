"""Single-shot timers: the one way views put work after the current frame or a pause."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def one_shot(parent: QObject, slot: Callable[[], object], ms: int = 0) -> QTimer:
    """A single-shot timer owned by ``parent`` that calls ``slot`` ``ms`` after ``start()``
    (0: once the event loop has finished what is pending, e.g. the next paint); starting it
    again before it fires postpones it, so a burst of requests runs ``slot`` once."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
