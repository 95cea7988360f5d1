"""The store's write notifications as a Qt signal, for any view that follows the data."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from tightrope.storage.store import Store


class StoreEvents(QObject):
    """Signals: ``changed(dict)`` after every write. Unsubscribes when destroyed."""

    changed = Signal(dict)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        callback = self._on_store_write
        store.subscribe(callback)
        self.destroyed.connect(lambda *_: store.unsubscribe(callback))

    def _on_store_write(self, change: dict[str, Any]) -> None:
        # Guard for the moment between the C++ object's deletion and the unsubscribe.
        if shiboken6.isValid(self):
            self.changed.emit(dict(change))
