"""Opening the data folder for the window, with every start-up fault explained (issue #7).

:func:`run_window` is what ``tightrope gui`` runs: it opens the services through
:func:`open_for_window` and then shows the shop. Faults come from the Qt-free core
(tightrope.storage.faults, tightrope.storage.recovery); this module only asks and tells:

* a damaged database: :class:`DamagedDatabaseDialog` offers *Start fresh*, *Restore from an
  export…* and *Quit*; the damaged files are moved aside first and the app says where;
* another window already open on the folder, a database made by a newer Tightrope, a folder
  that cannot be used: one message naming the folder, then a clean exit.

In screenshot mode nobody can answer a dialog, so the fault is raised to the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tightrope import paths
from tightrope.clock import Clock
from tightrope.privacy import restore
from tightrope.services import Services, open_services
from tightrope.storage import faults, recovery
from tightrope.storage.store import StoreError
from tightrope.ui.file_dialogs import keep_dialog_state_in

TITLE = "Tightrope"


class DamagedDatabaseDialog(QDialog):
    """Asks what to do about a damaged database. Signals: QDialog's ``finished(int)`` with
    :attr:`START_FRESH`, :attr:`RESTORE` or ``QDialog.DialogCode.Rejected`` (Quit)."""

    START_FRESH = 10
    RESTORE = 11

    def __init__(
        self, fault: faults.DamagedDatabase, note: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Tightrope cannot open your data")
        self.setObjectName("damagedDatabaseDialog")
        qdir = fault.path.parent / faults.QUARANTINE_DIRNAME
        self.message = QLabel(
            f"<p><b>Your shop data is damaged and cannot be opened.</b></p>"
            f"<p>{_escape(fault.summary)}</p>"
            "<p>You can start again with an empty shop, or bring your data back from an export "
            "you saved earlier (Privacy controls \u2192 Export, or <code>tightrope export</code>). "
            f"Either way the damaged files are first moved aside into {_escape(str(qdir))}, "
            "not deleted; \u201cErase everything\u201d removes them later.</p>"
        )
        self.message.setWordWrap(True)
        self.note = QLabel(note)  # an export file's fault, as it is
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("restoreProblem")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.start_fresh = QPushButton("Start fresh")
        self.restore = QPushButton("Restore from an export\u2026")
        self.quit = QPushButton("Quit")
        self.start_fresh.setDefault(True)
        self.start_fresh.clicked.connect(lambda: self.done(self.START_FRESH))
        self.restore.clicked.connect(lambda: self.done(self.RESTORE))
        self.quit.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_fresh)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_for_export(parent: QWidget | None = None) -> Path | None:
    """The export to restore, chosen by the user (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "Restore from an export",
        str(Path.home()),
        "Tightrope export (*.json);;All files (*)",
    )
    return Path(name) if name else None


def tell(
    text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning, parent: QWidget | None = None
) -> None:
    box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # may quote a file's fault
    box.setObjectName("startupMessage")
    box.exec()


def _gui_sentence(exc: Exception) -> str:
    """The command-line hints (flags, commands) are not for the window."""
    if isinstance(exc, faults.AlreadyOpen):
        return (
            f"{exc.summary} Close that window first: only one Tightrope at a time may use "
            "a data folder."
        )
    if isinstance(exc, faults.NewerDatabase):
        return f"{exc.summary} Open it with the newer version of Tightrope."
    return str(exc)


def open_for_window(
    data_dir_arg: str | Path | None,
    choose_export: Callable[[QWidget | None], Path | None] = ask_for_export,
    clock: Clock | None = None,
) -> Services | int:
    """The services, or an exit status after the user was told why there are none."""
    try:
        data_dir = paths.resolve_data_dir(data_dir_arg)
        return open_services(data_dir, clock)
    except faults.DamagedDatabase as exc:
        damaged = exc
    except (faults.DatabaseFault, StoreError, paths.DataDirError) as exc:
        tell(_gui_sentence(exc))
        return exc.exit_code if isinstance(exc, faults.DatabaseFault) else 1
    keep_dialog_state_in(data_dir)  # the restore's file dialog remembers a folder
    note = ""
    while True:
        dialog = DamagedDatabaseDialog(damaged, note)
        choice = dialog.exec()
        dialog.deleteLater()
        if choice == DamagedDatabaseDialog.START_FRESH:
            export_path = None
        elif choice == DamagedDatabaseDialog.RESTORE:
            export_path = choose_export(None)
            if export_path is None:
                continue
        else:
            return faults.EXIT_DAMAGED
        try:
            result = recovery.recover(data_dir, export_path, clock=clock)
        except restore.RestoreError as exc:
            note = f"That export could not be restored, so nothing was changed: {exc}."
            continue
        except (
            faults.DatabaseFault,
            StoreError,
            paths.DataDirError,
            recovery.NothingToRecover,
        ) as exc:
            tell(_gui_sentence(exc))
            return exc.exit_code if isinstance(exc, faults.DatabaseFault) else 1
        tell(" ".join(result.sentences()), QMessageBox.Icon.Information)
        return result.services


def run_window(
    data_dir_arg: str | Path | None,
    screenshot: Path | None = None,
    size: tuple[int, int] = (1280, 800),
    clock: Clock | None = None,
) -> int:
    """``tightrope gui``: open the data folder (explaining any fault), then the shop."""
    from tightrope.ui.app import application, run_gui

    if screenshot is not None:  # no one to answer a dialog: faults go to the command line
        services = open_services(paths.resolve_data_dir(data_dir_arg), clock)
    else:
        application()
        outcome = open_for_window(data_dir_arg, clock=clock)
        if isinstance(outcome, int):
            return outcome
        services = outcome
    try:
        return run_gui(services, screenshot=screenshot, size=size)
    finally:
        close_saying_why(services)


def close_saying_why(services: Services) -> None:
    """Close the services; a last write that cannot be saved (the coalesced data-use log
    on a full disk) is one sentence on the command line, not a traceback."""
    import sqlite3

    try:
        services.close()
    except sqlite3.Error as exc:
        err = faults.translate(exc, services.data_dir.root)
        if err is exc:
            raise
        print(f"tightrope: {getattr(err, 'summary', err)}", file=sys.stderr)
