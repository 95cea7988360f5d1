"""The session dialog's last choices, kept in the data folder.

Like Qt's file dialog state (tightrope.ui.file_dialogs), they live in the data folder's
``qt/`` folder (``qt/session-dialog.ini``), never in ``~/.config``: ``--data-dir`` moves
them with everything else, and "Erase everything" removes them. What is kept: the last
condition, persona id and task list, and the study plan's file (no participant code: the
next one is proposed from the plan or the session logs).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from tightrope import paths

FILE_NAME = "session-dialog.ini"
KEYS: tuple[str, ...] = ("condition", "persona", "task_list", "plan")


class SessionMemory:
    """Read and write the last choices (:data:`KEYS`); each write is on disk at once."""

    def __init__(self, data_dir: paths.DataDir):
        self.data_dir = data_dir

    @property
    def path(self) -> Path:
        return self.data_dir.qt_state / FILE_NAME

    def _settings(self) -> QSettings:
        paths.private_folder(self.data_dir.qt_state)
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def last(self) -> dict[str, str]:
        if not self.path.is_file():
            return {}
        settings = self._settings()
        out = {}
        for key in KEYS:
            value = settings.value(key)
            if isinstance(value, str) and value:
                out[key] = value
        return out

    def remember(self, **choices: str | None) -> None:
        unknown = set(choices) - set(KEYS)
        if unknown:
            raise ValueError(f"the session dialog does not remember {', '.join(sorted(unknown))}")
        settings = self._settings()
        for key, value in choices.items():
            if value:
                settings.setValue(key, value)
            else:
                settings.remove(key)
        settings.sync()
        if self.path.is_file():  # QSettings writes with the umask; what the app keeps is 0600
            os.chmod(self.path, 0o600)
