"""A small bus for UI interactions the store does not see: panel opens, previews, consent.

MainWindow owns one (``window.ui_events``). Panels report what the participant did with
:meth:`UiEvents.report`; the session recorder (tightrope.ui.workshop) listens to this bus
and to the store's change notifications, and nowhere else, so logging is not sprinkled
through the views. Event names are those of :data:`tightrope.workshop.sessions.EVENT_TYPES`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class UiEvents(QObject):
    """Signals: ``happened(str type, dict data)``."""

    happened = Signal(str, dict)

    def report(self, type: str, **data: Any) -> None:
        self.happened.emit(type, dict(data))
