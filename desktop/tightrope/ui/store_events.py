"""The operations' Changes as a Qt signal, for any view that follows the data."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from tightrope.operations.changes import Changes
from tightrope.storage.store import Store


class StoreEvents(QObject):
    """Signals: ``changed(Changes)`` after every operation has committed. Unsubscribes when
    destroyed."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        callback = self._on_changes
        store.subscribe(callback)
        self.destroyed.connect(lambda *_: store.unsubscribe(callback))

    def _on_changes(self, changes: Changes) -> None:
        # Guard for the moment between the C++ object's deletion and the unsubscribe.
        if shiboken6.isValid(self):
            self.changed.emit(changes)
