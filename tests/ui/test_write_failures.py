"""A forget shown is a forget stored (issue #16, items 1 and 2): the window says
"Forgotten" only after the commit has returned, and a write that cannot be saved puts the
screen back and says why in one sentence, with nothing lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.workshop import personas

pytestmark = pytest.mark.gui


def _stored(services, datum_id: int) -> bool:
    """What another connection (the disk) has."""
    conn = sqlite3.connect(services.data_dir.database)
    try:
        return conn.execute("SELECT 1 FROM datums WHERE id = ?", [datum_id]).fetchone() is not None
    finally:
        conn.close()


def _open_top(qtbot, window, services):
    load_persona(services.store, personas.load("outdoor-enthusiast"))
    window.refresh()
    top = services.recommender.recommend()[0]
    panel = window.why.show(top.product_id)
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    datum = next(c.datum_id for c in top.contributions if c.personal)
    row = next(r for r in panel.visible_rows() if r.row.datum_id == datum)
    return panel, datum, row.actions.forget


def test_the_receipt_is_shown_only_for_a_forget_already_on_disk(qtbot, window, services):
    panel, datum, forget = _open_top(qtbot, window, services)
    heard = []  # (still stored?, the receipt on screen) when the screens hear of the forget
    window.store_events.changed.connect(
        lambda change: heard.append((_stored(services, datum), panel.receipt.text(), change))
    )
    before = panel.receipt.text()
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    [(stored, shown, change)] = heard
    assert stored is False  # committed before any screen heard of it ...
    assert shown == before  # ... and the receipt not yet on screen then
    assert panel.receipt.text() == change.summary and change.summary.startswith("Forgotten:")


def test_a_forget_that_cannot_be_saved_changes_nothing_and_says_why(qtbot, window, services):
    panel, datum, forget = _open_top(qtbot, window, services)
    count_before = window.top_bar.your_data.text()
    datums_before = [d.id for d in services.store.datums()]
    services.store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(services.data_dir.database, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM datums").fetchone()  # a database browser reading
    try:
        with qtbot.waitSignal(window.write_failures.reported) as told:
            qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    finally:
        other.execute("ROLLBACK")
        other.close()
    sentence = told.args[0]
    assert "Another program is using the database" in sentence
    assert "the change was not saved" in sentence
    banner = window.write_failure_banner
    assert banner.isVisible() and banner.text.text() == sentence
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    # nothing lost, nothing claimed
    assert [d.id for d in services.store.datums()] == datums_before and _stored(services, datum)
    assert not panel.receipt.text().startswith("Forgotten")
    assert window.top_bar.your_data.text() == count_before
    assert any(r.row.datum_id == datum for r in panel.visible_rows())
    qtbot.mouseClick(banner.dismiss, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    # and once the other program lets go, the same click works
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert not _stored(services, datum)


def test_a_bug_is_not_dressed_up_as_a_storage_failure(qtbot, window):
    from tightrope.ui.write_failures import sentence

    assert (
        sentence(sqlite3.OperationalError("no such table: nope"), window.services.data_dir.root)
        is None
    )
    assert sentence(ValueError("bug"), window.services.data_dir.root) is None
    assert "disk is full" in sentence(
        sqlite3.OperationalError("database or disk is full"), window.services.data_dir.root
    )


def test_a_last_write_that_fails_at_close_is_one_sentence(services, capsys):
    from tightrope.ui.startup import close_saying_why

    failed = []

    def full_disk():
        if not failed:  # once: the fixture closes the services again afterwards
            failed.append(1)
            raise sqlite3.OperationalError("database or disk is full")

    services.store.before_close(full_disk)  # as the data-use log's flush on a full disk
    close_saying_why(services)
    err = capsys.readouterr().err
    assert err.startswith("tightrope: ") and "the disk is full" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_no_widget_keeps_the_words_of_a_forgotten_data_point(qtbot, window, services):
    """Issue #16, item 10: a reused row's hidden buttons kept 'Forget this: You searched for
    "tent ..."' as their accessible name after the search was forgotten."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from tests.helpers import NOW

    store = services.store
    marker = "zqforgotmarker"
    search = record_ops.record(
        store, "search", text=f"tent {marker}", where="search box", at=NOW
    ).datum
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home", at=NOW)
    target = next(r for r in services.recommender.recommend() if search.id in r.datum_ids())
    panel = window.why.show(target.product_id)
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    if not any(r.row.datum_id == search.id for r in panel.visible_rows()):
        panel.toggle.click()
        qtbot.waitUntil(panel.is_complete, timeout=5000)
    row = next(r for r in panel.visible_rows() if r.row.datum_id == search.id)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(row.actions.forget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    left = []
    for w in window.findChildren(QWidget):
        texts = [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if any(marker in t for t in texts):
            left.append((type(w).__name__, w.objectName(), w.isVisible()))
    assert left == []


_KILLED_AFTER_THE_RECEIPT = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import UTC, datetime
from tightrope import paths
from tightrope.operations.persona import load_persona
from tightrope.workshop import personas
from tightrope.clock import FixedClock
from tightrope.services import open_services
from tightrope.ui.app import application
app = application()
from tightrope.ui.main_window import MainWindow
services = open_services(paths.resolve_data_dir(sys.argv[1]), FixedClock(datetime(2026, 11, 29, 12, tzinfo=UTC)))
if not services.store.count_datums():
    load_persona(services.store, personas.load("outdoor-enthusiast"))
window = MainWindow(services)
window.resize(1280, 800)
window.show()
top = services.recommender.recommend()[0]
panel = window.why.show(top.product_id)
datum = next(c.datum_id for c in top.contributions if c.personal)
row = next(r for r in panel.visible_rows() if r.row.datum_id == datum)
row.actions.forget.click()
window.repaint()  # the receipt painted
print(datum, panel.receipt.text(), flush=True)
time.sleep(60)  # killed here
"""


def test_a_forget_painted_then_killed_is_still_forgotten(tmp_path):
    """SIGKILL right after the receipt is painted: on restart the data point is gone (it
    came back in 8 of 8 trials when the commit was handed to a thread after the frame)."""
    import signal
    import subprocess
    import sys

    folder = tmp_path / "data"
    for _trial in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", _KILLED_AFTER_THE_RECEIPT, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        datum, receipt = line.split(" ", 1)
        assert receipt.startswith("Forgotten:"), proc.stderr.read()
        assert not _stored_in(folder, int(datum))


def _stored_in(folder, datum_id: int) -> bool:
    from tightrope import paths as _paths

    conn = sqlite3.connect(_paths.resolve_data_dir(folder).database)
    try:
        return conn.execute("SELECT 1 FROM datums WHERE id = ?", [datum_id]).fetchone() is not None
    finally:
        conn.close()
