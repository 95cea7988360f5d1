"""The privacy controls in the window: consent screen, privacy page, dialogs, screenshots."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from datetime import timedelta

import pytest

from tests.helpers import NOW, files_containing
from tests.helpers import checkout as _checkout
from tests.ui.helpers import press as _click
from tests.ui.helpers import settle as _settle
from tests.ui.helpers import show_window as _window
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent
from tightrope.ui.models import DatumRow, DatumTableModel
from tightrope.ui.navigation import PRODUCT, SEARCH, Route
from tightrope.ui.privacy.controller import PRIVACY
from tightrope.ui.privacy.models import (
    CategoryRow,
    CategorySummaryModel,
    DataUseModel,
    DatumFilterProxy,
)
from tightrope.ui.privacy.tabs import (
    TAB_CONSENT,
    TAB_EXPORT,
    TAB_INTERESTS,
    TAB_KNOW,
    TAB_LOG,
    TAB_PARTNERS,
    TAB_RETENTION,
)
from tightrope.ui.privacy.widgets import InferenceCard, NoticeCard
from tightrope.workshop.personas import load

pytestmark = pytest.mark.gui
MARKER = "okapi-gui-marker-9b2e"


# --- first run -----------------------------------------------------------------------------


def test_consent_screen_covers_the_shop_and_nothing_is_recorded_before(qtbot, first_run):
    win = _window(qtbot, first_run)
    gate = win.privacy.screen
    assert win.privacy.gate_visible()
    assert gate.geometry() == win.centralWidget().rect()
    product = first_run.catalog.products[0].id
    win.navigator.go(Route(PRODUCT, product, "test"))
    win.navigator.go(Route(SEARCH, MARKER))
    assert first_run.store.datums() == []
    _click(qtbot, gate.reject_all)
    assert not win.privacy.gate_visible() and consent.decided(first_run.store)
    win.navigator.go(Route(PRODUCT, product, "test"))
    assert first_run.store.datums() == [], "rejected: still nothing"


def test_accept_all_and_reject_all_are_equally_prominent(qtbot, first_run):
    win = _window(qtbot, first_run)
    gate = win.privacy.screen
    a, r = gate.accept_all, gate.reject_all
    assert a.objectName() == r.objectName() == gate.save.objectName()
    # same style, same font, the same share of the row (to the pixel left over by rounding)
    assert abs(a.width() - r.width()) <= 1 and a.height() == r.height() and a.font() == r.font()
    assert not a.hasFocus() and not a.isDefault() and not r.isDefault()
    assert a.isVisible() and r.isVisible()


def test_save_my_choices_records_only_what_was_chosen(qtbot, first_run):
    win = _window(qtbot, first_run)
    gate = win.privacy.screen
    _click(qtbot, gate.form.boxes["searches"])
    _click(qtbot, gate.save)
    st = consent.state(first_run.store)
    assert st.categories["searches"] and not st.categories["browsing"]
    win.navigator.go(Route(PRODUCT, first_run.catalog.products[0].id, "test"))
    win.navigator.go(Route(SEARCH, "tent"))
    assert [d.kind for d in first_run.store.datums()] == ["search"]


def test_withdrawing_takes_no_more_clicks_than_granting(qtbot, first_run):
    win = _window(qtbot, first_run)
    grant, withdraw = [0], [0]
    _click(qtbot, win.privacy.screen.accept_all, grant)  # first run: everything in one click
    assert consent.state(first_run.store).categories["browsing"]
    win.privacy.show_page(TAB_CONSENT)
    _settle(qtbot)
    box = win.privacy.view.consent.form.boxes["browsing"]
    _click(qtbot, box, withdraw)
    assert not consent.state(first_run.store).categories["browsing"]
    assert withdraw[0] <= grant[0]
    regrant = [0]
    _click(qtbot, box, regrant)
    assert consent.state(first_run.store).categories["browsing"]
    withdraw_again = [0]
    _click(qtbot, box, withdraw_again)
    assert withdraw_again[0] <= regrant[0] == 1
    # reject everything: as few clicks as accepting everything
    erase_ops.erase_everything(win.privacy.rec)
    assert win.privacy.gate_visible()
    reject = [0]
    _click(qtbot, win.privacy.screen.reject_all, reject)
    assert reject[0] <= grant[0] and not any(consent.state(first_run.store).categories.values())


# --- privacy page --------------------------------------------------------------------------


def test_withdrawal_stops_use_and_offers_deletion(qtbot, services):
    win = _window(qtbot, services)
    store = services.store
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home page")
    record_ops.record(store, "search", text=MARKER, where="search box")
    win.privacy.show_page(TAB_CONSENT)
    _settle(qtbot)
    tab = win.privacy.view.consent
    _click(qtbot, tab.form.boxes["searches"])
    assert tab.banner.isVisible() and "1 data point" in tab.banner.text.text()
    assert all(
        c.consent_category != "searches"
        for r in services.recommender.recommend()
        for c in r.contributions
    )
    _click(qtbot, tab.banner.delete)
    assert [d.kind for d in store.datums()] == ["view"]
    assert not tab.banner.isVisible()
    report = win.privacy.verify()
    assert report.clean, report.summary()


def test_levels_and_pause_from_the_page(qtbot, services):
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_CONSENT)
    _settle(qtbot)
    tab = win.privacy.view.consent
    _click(qtbot, tab.levels[consent.LIGHT])
    assert consent.level(services.store) == consent.LIGHT
    _click(qtbot, tab.levels[consent.OFF])
    assert consent.level(services.store) == consent.OFF
    _click(qtbot, tab.pause)
    assert consent.paused(services.store)
    assert record_ops.record(services.store, "view", product_id="trail-tent-2p").datum is None


def test_what_we_know_groups_filters_and_forgets(qtbot, services):
    store = services.store
    record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW - timedelta(days=3))
    record_ops.record(
        store, "view", product_id="family-dome-tent-6p", at=NOW - timedelta(minutes=5)
    )
    record_ops.record(store, "search", text=MARKER, at=NOW - timedelta(minutes=2))
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_KNOW)
    _settle(qtbot)
    know = win.privacy.view.know
    rows = {r.category: r for r in (win.privacy.summary_model.row_at(i) for i in range(7))}
    assert (
        rows["browsing"].total == 2
        and rows["browsing"].last_hour == 1
        and rows["browsing"].last_month == 1
    )
    assert know.proxy.rowCount() == 3
    know.filter.setText("okapi")
    assert know.proxy.rowCount() == 1
    know.filter.clear()
    know.summary.selectRow(0)  # Browsing
    assert know.proxy.rowCount() == 2 and know.forget_category.isEnabled()
    assert win.privacy.view.know.meter.share_text("browsing").endswith("%")
    _click(qtbot, know.forget_hour)
    assert [d.kind for d in store.datums()] == ["view"]
    assert know.verify.isVisible()
    report = win.privacy.verify()
    assert report.clean
    assert win.privacy.verify_dialog.isVisible()
    win.privacy.verify_dialog.accept()
    _click(qtbot, know.forget_category)
    assert store.datums() == []


def test_forgetting_a_topic_from_the_page_leaves_no_trace_of_its_name(
    qtbot, services, data_dir, tmp_path
):
    store = services.store
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "test")
    record_ops.record(store, "view", product_id="early-pregnancy-test", where="product page")
    record_ops.record(store, "view", product_id="trail-tent-2p", where="product page")
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_KNOW)
    _settle(qtbot)
    know = win.privacy.view.know
    know.topics.setCurrentIndex(know.topics.findData("pregnancy-baby"))
    _click(qtbot, know.forget_topic)
    assert "Pregnancy & baby" in know.status.text()  # said to the user, not kept
    assert [r["scope"] for r in store.receipts()] == ["topic"]
    assert win.privacy.verify().clean
    win.privacy.export_to(str(tmp_path / "mine.json"), "json")
    doc = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert [r["scope"] for r in doc["deletion_receipts"]] == ["topic"]
    assert "Pregnancy & baby" not in json.dumps(doc["deletion_receipts"], ensure_ascii=False)
    assert files_containing(data_dir.root, b"Pregnancy & baby") == []


def test_sensitive_notice_and_inferred_interests(qtbot, services, catalog):
    load_persona(services.store, load("expecting-parent", catalog))
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_INTERESTS)
    _settle(qtbot)
    body = win.privacy.view.interests.body
    notices = [w for w in body.findChildren(NoticeCard) if w.isVisible()]
    assert len(notices) == 1
    assert (
        notices[0]
        .message.text()
        .startswith("We could have inferred an interest in Pregnancy & baby from ")
    )
    assert "We don't use it unless you opt in." in notices[0].message.text()
    cards = [w for w in body.findChildren(InferenceCard) if w.isVisible()]
    assert cards and "pregnancy-baby" not in {c.topic for c in cards}
    first = cards[0]
    topic = first.topic
    _click(qtbot, first.remove)
    assert topic in consent.blocked_topics(services.store)
    _settle(qtbot)
    assert topic not in {c.topic for c in body.findChildren(InferenceCard) if c.isVisible()}


def test_partners_view_and_do_not_sell(qtbot, services, catalog):
    load_persona(services.store, load("outdoor-enthusiast", catalog))
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_PARTNERS)
    _settle(qtbot)
    tab = win.privacy.view.partners
    assert tab.do_not_sell.isChecked()
    assert tab.payload.toPlainText().startswith("Nothing")
    _click(qtbot, tab.do_not_sell)
    _settle(qtbot)
    assert '"pseudonymous_id"' in tab.payload.toPlainText()
    assert "<keyed hash>" not in tab.payload.toPlainText()
    # the four interests sent are held together by at least k shoppers; with Electronics, 3
    assert '"electronics"' not in tab.payload.toPlainText()
    assert (
        "Electronics (left out so that at least 50 shoppers share all the interests sent "
        "together; with it, 3 did)"
    ) in tab.withheld.text()
    assert "97 community shoppers share every interest that would be sent." in tab.withheld.text()


def test_retention_and_advance_clock(qtbot, services):
    store = services.store
    record_ops.record(store, "search", text=MARKER, at=NOW - timedelta(days=170))
    record_ops.record(store, "view", product_id="trail-tent-2p")
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_RETENTION)
    _settle(qtbot)
    tab = win.privacy.view.retention
    assert tab.days["searches"].value() == 180
    tab.advance_days.setValue(15)
    _click(qtbot, tab.advance)
    assert [d.kind for d in store.datums()] == ["view"]
    assert "Expired and deleted: 1 data point" in tab.status.text()
    tab.days["browsing"].setValue(10)  # the view is 15 days old on the moved clock
    assert store.datums() == []
    assert store.receipts()[-1]["action"] == "expire"
    assert "1 older data point deleted" in tab.status.text()


def test_data_use_log_tab(qtbot, services):
    record_ops.record(services.store, "view", product_id="trail-tent-2p")
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_LOG)
    _settle(qtbot)
    model = win.privacy.log_model
    assert {model.row_at(i)["source"] for i in range(model.rowCount())} >= {
        "browsing",
        "non-personal",
    }


def _export_json_through_the_dialog(qtbot, win, path) -> None:
    """Export as JSON from the page, choosing ``path`` in the file dialog it opens."""
    _click(qtbot, win.privacy.view.export.export_json)
    dialog = win.privacy.file_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        dialog.selectFile(str(path))
        dialog.accept()


def test_export_from_the_page(qtbot, services, tmp_path):
    record_ops.record(services.store, "view", product_id="trail-tent-2p")
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_EXPORT)
    _settle(qtbot)
    path = tmp_path / "mine.json"
    _export_json_through_the_dialog(qtbot, win, path)
    assert path.is_file() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    out = win.privacy.export_to(str(tmp_path / "mine.csv"), "csv")
    assert out["data_points"] == 1
    assert "readable only by you" in win.privacy.view.export.export_status.text()


def test_the_export_dialog_remembers_its_folder_in_the_data_folder_and_erase_forgets_it(
    qtbot, services, data_dir, tmp_path
):
    """Qt's file dialog wrote ~/.config/QtProject.conf with the export folder in its history,
    where "Erase everything" never reached it (issue #16)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "zqexportfolder"
    folder.mkdir()
    record_ops.record(services.store, "view", product_id="trail-tent-2p")
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_EXPORT)
    _settle(qtbot)
    _export_json_through_the_dialog(qtbot, win, folder / "mine.json")
    settings = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    qtbot.waitUntil(lambda: os.path.isfile(settings))  # Qt saves its state as the dialog goes
    assert settings.startswith(str(data_dir.qt_state) + os.sep), settings
    assert stat.S_IMODE(os.stat(data_dir.qt_state).st_mode) == 0o700
    assert files_containing(data_dir.root, b"zqexportfolder") == [settings]
    result = erase_ops.erase_everything(services.recommender).result
    assert result.receipt["counts"]["file dialog history"] == 1
    assert files_containing(data_dir.root, b"zqexportfolder") == []


def test_erase_everything_from_the_page_then_verify(qtbot, services, data_dir):
    store = services.store
    record_ops.record(store, "search", text=MARKER, where="search box")
    record_ops.add_to_cart(store, "trail-tent-2p")
    win = _window(qtbot, services)
    win.navigator.go(Route(SEARCH, "tent"))
    win.privacy.show_page(TAB_EXPORT)
    _settle(qtbot)
    _click(qtbot, win.privacy.view.export.erase)
    dialog = win.privacy.erase_dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        _click(qtbot, dialog.erase)
    assert store.datums() == [] and store.cart() == []
    assert win.privacy.gate_visible(), "the consent screen returns"
    assert not win.navigator.can_go_back() and win.top_bar.search.text() == ""
    report = win.privacy.last_report
    assert report.clean and win.privacy.verify_dialog.isVisible()
    assert "Verified" in win.privacy.verify_dialog.headline.text()
    win.privacy.verify_dialog.accept()
    _click(qtbot, win.privacy.screen.accept_all)
    assert not win.privacy.gate_visible()
    _settle(qtbot)
    assert files_containing(data_dir.root, MARKER.encode()) == []  # from another process


# --- models ----------------------------------------------------------------------------------


def test_privacy_models_pass_modeltester(qtmodeltester, services):
    store = services.store
    record_ops.record(store, "view", product_id="trail-tent-2p")
    record_ops.record(store, "search", text="tent")
    summary = CategorySummaryModel()
    qtmodeltester.check(summary)
    summary.set_rows(
        CategoryRow.build(store.datums(), NOW, frozenset({"browsing"}), {"browsing": 180})
    )
    qtmodeltester.check(summary)
    log = DataUseModel()
    qtmodeltester.check(log)
    services.recommender.recommend()
    log.set_rows(services.recommender.data_use.entries())
    assert log.rowCount() >= 2
    qtmodeltester.check(log)
    datums = DatumTableModel()
    datums.set_rows([DatumRow.from_datum(d, services.catalog) for d in store.datums()])
    proxy = DatumFilterProxy()
    proxy.setSourceModel(datums)
    proxy.set_category("Searches")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


# --- nothing is sent ------------------------------------------------------------------------


def test_gui_shop_and_privacy_flows_open_no_socket(qtbot, first_run, monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    win = _window(qtbot, first_run)
    _click(qtbot, win.privacy.screen.accept_all)
    product = first_run.catalog.products[0].id
    win.navigator.go(Route(SEARCH, "tent"))
    win.navigator.go(Route(PRODUCT, product, "search results"))
    record_ops.add_to_cart(first_run.store, product)
    _checkout(first_run.store)
    for tab in range(7):
        win.privacy.show_page(tab)
        _settle(qtbot)
    win.privacy.view.partners.do_not_sell.click()
    win.privacy.export_to(str(tmp_path / "e.json"), "json")
    win.privacy.erase_everything()
    assert win.privacy.last_report.clean


# --- pictures --------------------------------------------------------------------------------

SCREENS = {
    "consent": TAB_CONSENT,
    "what-we-know": TAB_KNOW,
    "interests": TAB_INTERESTS,
    "partners": TAB_PARTNERS,
    "retention": TAB_RETENTION,
    "data-use": TAB_LOG,
    "export-erase": TAB_EXPORT,
}


def test_privacy_screens_at_1280x800(qtbot, first_run, artifacts, catalog):
    win = _window(qtbot, first_run)
    _settle(qtbot)
    assert win.grab().save(str(artifacts / "privacy-first-run-consent-1280x800.png"))
    _click(qtbot, win.privacy.screen.accept_all)
    load_persona(first_run.store, load("expecting-parent", catalog))
    first_run.recommender.recommend()
    for name, tab in SCREENS.items():
        win.privacy.show_page(tab)
        _settle(qtbot)
        assert win.pages.current() is win.privacy.page
        assert win.grab().save(str(artifacts / f"privacy-{name}-1280x800.png"))
    win.privacy.ask_erase()
    _settle(qtbot)
    assert win.privacy.erase_dialog.grab().save(str(artifacts / "privacy-erase-dialog.png"))
    win.privacy.erase_dialog.reject()
    win.privacy.erase_everything()
    _settle(qtbot)
    assert win.privacy.verify_dialog.grab().save(str(artifacts / "privacy-verify-report.png"))
    win.privacy.verify_dialog.accept()


RENDER_150 = r"""
import sys
from PySide6.QtWidgets import QApplication
from tightrope import paths
from tightrope.privacy import consent
from tightrope.operations.persona import load_persona
from tightrope.workshop.personas import load
from tightrope.services import open_services
from tightrope.ui import theme
from tightrope.ui.main_window import MainWindow
out, root = sys.argv[1], sys.argv[2]
app = QApplication([])
app.setStyleSheet(theme.load_stylesheet())
s = open_services(paths.resolve_data_dir(root))
w = MainWindow(s); w.resize(1280, 800); w.show()
def settle():
    for _ in range(5): app.processEvents()
settle(); w.grab().save(f"{out}/privacy-first-run-consent-1280x800@150.png")
w.privacy.screen.accept_all.click()
load_persona(s.store, load("expecting-parent"))
for name, tab in (("what-we-know", 1), ("interests", 2), ("partners", 3)):
    w.privacy.show_page(tab); settle()
    w.grab().save(f"{out}/privacy-{name}-1280x800@150.png")
w.close(); s.close()
"""


@pytest.mark.slow
def test_privacy_screens_at_150_percent(tmp_path, artifacts):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    result = subprocess.run(
        [sys.executable, "-c", RENDER_150, str(artifacts), str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (artifacts / "privacy-what-we-know-1280x800@150.png").is_file()
    assert "Warning" not in result.stderr and "QWARN" not in result.stderr, result.stderr


def test_privacy_route_is_registered(qtbot, services):
    win = _window(qtbot, services)
    strip = win.privacy.strip
    assert strip.isVisible() and strip.open.accessibleName() == "Privacy controls"
    assert (
        "Personalization: Full" in strip.state.text()
        and "Do not sell or share: on" in strip.state.text()
    )
    strip.open.click()
    assert win.navigator.current == Route(PRIVACY)
    consent_ops.set_paused(services.store, True)
    assert "Collection paused" in strip.state.text()


def test_a_forget_from_the_why_panel_can_be_verified(qtbot, services, data_dir):
    """Verify covers every deletion path, not only the privacy page's own."""
    store = services.store
    marker = "heron-verify-7c1d"
    d = record_ops.record(store, "search", text=f"trail tent {marker}", where="search box").datum
    win = _window(qtbot, services)
    win.show_why("trail-tent-2p")
    panel = win.why.panel
    assert any(
        r.datum is not None and r.datum.datum_id == d.id for r in panel.controller.content.rows
    )
    forget_ops.forget(
        services.recommender, [d.id], focus="trail-tent-2p"
    )  # what "Forget this" calls
    report = win.privacy.verify()
    assert report.clean and report.needles >= 1
    assert win.privacy._needles_what == "the last deletion (1 data point)"
    win.privacy.verify_dialog.accept()
    assert files_containing(data_dir.root, marker.encode()) == []
