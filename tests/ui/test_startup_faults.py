"""Start-up faults in the window (issue #7): the damaged-database dialog and its three
choices, a second window on the same folder, a database from a newer Tightrope.

Dialogs are answered without blocking: a timer finds the active modal dialog, records what
it says and presses a button, the way a user would.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tightrope import paths
from tightrope.operations import consent as consent_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import export
from tightrope.services import Services, open_services
from tightrope.storage import faults
from tightrope.ui.startup import DamagedDatabaseDialog, open_for_window, run_window
from tightrope.workshop import personas

# A modal dialog run with exec() asks the platform to propagate size hints; the offscreen
# platform cannot and says so. That one message is the test platform's, not the app's.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


class Answers:
    """Answers the next modal dialogs in turn; keeps the text each one showed."""

    def __init__(self, *steps: Callable[[QWidget], None]):
        self.steps = list(steps)
        self.texts: list[str] = []
        self._last: QWidget | None = None
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        w = QApplication.activeModalWidget()
        if w is None or w is self._last or not self.steps:
            return
        self._last = w
        if isinstance(w, QMessageBox):
            self.texts.append(w.text())
        elif isinstance(w, DamagedDatabaseDialog):
            self.texts.append(w.message.text() + "\n" + w.note.text())
        self.steps.pop(0)(w)

    def stop(self) -> None:
        self.timer.stop()
        assert not self.steps, "a dialog the test expected never appeared"


def ok(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Ok).click()


def press(name: str) -> Callable[[QWidget], None]:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        getattr(dialog, name).click()

    return step


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def damaged(tmp_path) -> paths.DataDir:
    data_dir = paths.resolve_data_dir(tmp_path / "damaged")
    services = open_services(data_dir)
    consent_ops.accept_all(services.store, "test")
    record_ops.record(services.store, "search", text="startupmarker-1", where="test")
    services.close()
    data_dir.database.write_bytes(b"this is not a database at all " * 300)
    return data_dir


def _open(qtbot, data_dir: paths.DataDir, answers: Answers, **kw) -> Services | int:
    try:
        return open_for_window(data_dir.root, **kw)
    finally:
        answers.stop()


def test_damaged_database_start_fresh(qapp, qtbot, damaged):
    answers = Answers(press("start_fresh"), ok)
    outcome = _open(qtbot, damaged, answers)
    assert isinstance(outcome, Services)
    try:
        assert outcome.store.count_datums() == 0
        dialog_text, told = answers.texts
        assert "Your shop data is damaged and cannot be opened" in dialog_text
        assert str(damaged.database) in dialog_text
        moved = sorted((damaged.root / "quarantine").iterdir())
        assert len(moved) == 1 and str(moved[0]) in told
        assert "Erase everything" in told
    finally:
        outcome.close()


def test_damaged_database_restore_after_a_bad_export(
    qapp, qtbot, damaged, services, tmp_path, clock
):
    load_persona(services.store, personas.load("outdoor-enthusiast"))
    good = tmp_path / "good.json"
    export.write(services.recommender, good, "json")
    bad = tmp_path / "bad.json"
    doc = json.loads(good.read_text())
    doc["data_points"][2]["kind"] = "telepathy"
    bad.write_text(json.dumps(doc, indent=2))
    choices = [bad, None, good]  # a bad file, then cancel the file dialog, then the good one
    before = _digests(damaged.root)

    def checked_bad_first(dialog: QWidget) -> None:
        # the bad export changed nothing: the damaged files are still in place
        assert _digests(damaged.root) == before
        press("restore")(dialog)

    answers = Answers(press("restore"), checked_bad_first, press("restore"), ok)
    outcome = _open(
        qtbot, damaged, answers, choose_export=lambda parent: choices.pop(0), clock=clock
    )
    assert isinstance(outcome, Services)
    try:
        assert outcome.store.count_datums() == services.store.count_datums()
        _first, second, _third, told = answers.texts
        assert "bad.json, line " in second and "data_points[2].kind" in second
        assert "nothing was changed" in second
        assert "Restored" in told and "quarantine" in told
    finally:
        outcome.close()


def test_damaged_database_quit_changes_nothing(qapp, qtbot, damaged):
    before = _digests(damaged.root)
    answers = Answers(press("quit"))
    assert _open(qtbot, damaged, answers) == faults.EXIT_DAMAGED
    assert _digests(damaged.root) == before
    assert not (damaged.root / "quarantine").exists()


def test_a_second_window_on_the_same_folder_is_told_and_exits(qapp, qtbot, tmp_path):
    data_dir = paths.resolve_data_dir(tmp_path / "data")
    first = open_services(data_dir)
    try:
        answers = Answers(ok)
        assert _open(qtbot, data_dir, answers) == faults.EXIT_ALREADY_OPEN
        (told,) = answers.texts
        assert told.startswith(f"Tightrope is already open in another window on {data_dir.root}.")
        assert "--data-dir" not in told  # the window gives no command-line advice
    finally:
        first.close()


def test_a_database_from_a_newer_version_is_refused_untouched(qapp, qtbot, tmp_path):
    data_dir = paths.resolve_data_dir(tmp_path / "data")
    open_services(data_dir).close()
    conn = sqlite3.connect(data_dir.database)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('tightrope', 'm042_later', 'then')"
    )
    conn.commit()
    conn.close()
    before = _digests(data_dir.root)
    answers = Answers(ok)
    assert _open(qtbot, data_dir, answers) == faults.EXIT_NEWER
    assert "was made by a newer Tightrope" in answers.texts[0]
    assert _digests(data_dir.root) == before


def test_screenshot_mode_raises_instead_of_asking(qapp, damaged, tmp_path):
    with pytest.raises(faults.DamagedDatabase):
        run_window(damaged.root, screenshot=tmp_path / "shot.png")
    assert not (tmp_path / "shot.png").exists()


def test_the_dialog_offers_three_choices_and_names_the_quarantine(qtbot, damaged, artifacts):
    fault = faults.DamagedDatabase(damaged.database, "file is not a database")
    dialog = DamagedDatabaseDialog(fault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [b.text() for b in (dialog.start_fresh, dialog.restore, dialog.quit)]
    assert labels == ["Start fresh", "Restore from an export\u2026", "Quit"]
    assert str(damaged.root / "quarantine") in dialog.message.text()
    assert dialog.start_fresh.isDefault()
    dialog.grab().save(str(artifacts / "startup-damaged-database.png"))
    with qtbot.waitSignal(dialog.finished) as blocker:
        dialog.start_fresh.click()
    assert blocker.args == [DamagedDatabaseDialog.START_FRESH]
