"""File dialogs whose remembered state stays in the data folder.

Qt's file dialog saves its history, the last folder visited and its sidebar to
``QSettings(UserScope, "QtProject")`` when it closes: ``~/.config/QtProject.conf`` on
Linux, outside the data folder, where "Erase everything" never reaches the export folder it
names. :func:`keep_dialog_state_in` points that QSettings file at the data folder's ``qt/``
(erase removes it); every file dialog the app opens is made by :func:`file_dialog`, which
does it first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from tightrope import paths


def keep_dialog_state_in(data_dir: paths.DataDir) -> Path:
    """Point Qt's user-scope settings files (its file dialogs' state) at the data folder.
    Linux and other Unix systems only: on Windows and macOS Qt keeps these settings in the
    registry and in CFPreferences, which a path does not move."""
    folder = paths.private_folder(data_dir.qt_state)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


def file_dialog(
    parent: QWidget | None,
    title: str,
    suggested: str | Path,
    data_dir: paths.DataDir,
    *,
    save: bool = True,
) -> QFileDialog:
    """A (non-blocking) file dialog whose state is kept in the data folder."""
    keep_dialog_state_in(data_dir)
    dialog = QFileDialog(parent, title, str(suggested))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog
