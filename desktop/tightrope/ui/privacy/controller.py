"""The privacy controls of one window: the first-run consent screen, the "Privacy" page and
its dialogs. MainWindow only creates a :class:`PrivacyController`; this wires everything.

Slots stay thin: they call the core (tightrope.privacy.consent, erase, retention, export, partners,
interests) and refresh the views from what it returns or from the store's change signal.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLayout

from tightrope.privacy import consent, datause, erase, export, gpc, partners, retention
from tightrope.engine import interests
from tightrope.clock import format_time
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label, count_noun
from tightrope.i18n import translator
from tightrope.services import Services
from tightrope.ui import condition
from tightrope.ui.file_dialogs import file_dialog
from tightrope.ui.models import DatumRow, DatumTableModel
from tightrope.ui.navigation import HOME, Route
from tightrope.ui.privacy.consent_view import ConsentScreen, CoverFilter
from tightrope.ui.privacy.dialogs import EraseDialog, VerifyDialog
from tightrope.ui.privacy.models import (
    CATEGORY_ROLE,
    CategoryRow,
    CategorySummaryModel,
    DataUseModel,
)
from tightrope.ui.privacy.page import TAB_IDS, PrivacyView
from tightrope.ui.privacy.rights import withdrawn_offer
from tightrope.ui.privacy.widgets import InferenceCard, NoticeCard, PrivacyStrip
from tightrope.ui.timers import one_shot
from tightrope.ui.widgets.card import ProductCard

tr = translator("PrivacyController")

if TYPE_CHECKING:
    from tightrope.ui.main_window import MainWindow

PRIVACY = "privacy"


class PrivacyPage(QObject):
    """The page as the page stack sees it (``view``, ``open``, ``refresh``, ``cards``)."""

    def __init__(self, controller: PrivacyController):
        super().__init__(controller)
        self.controller = controller
        self.view = controller.view

    def open(self, route: Route, fresh: bool) -> None:
        self.controller.refresh()

    def refresh(self) -> None:
        self.controller.refresh()

    def cards(self) -> list[ProductCard]:
        return []


class PrivacyController(QObject):
    """Owns the consent screen and the privacy page of one window.

    Signals: ``consent_decided()`` when the first-run screen is answered;
    ``verified(object report)`` after each verification.
    """

    consent_decided = Signal()
    verified = Signal(object)

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.services = services
        self.store = services.store
        self.rec = services.recommender
        self._needles: erase.Needles | None = None  # deleted content, in memory only
        self._needles_what = ""
        self._pending_what = ""
        # Every deletion (why panel, Your data, expiry, this page) can be verified: keep, in
        # memory only, what the deleted data points said, taken just before they go.
        before_delete = self._on_before_delete
        self.store.on_before_delete(before_delete)
        self.destroyed.connect(lambda *_: services.store.unsubscribe(before_delete))
        self.last_report: erase.VerifyReport | None = None
        self.erase_dialog: EraseDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._offer: dict[str, int] = {}
        self._explained = True  # the study condition (_apply_condition)
        self._on_page = False  # the privacy page is the one shown

        switches = [(s, consent.switch_label(self.store, s)) for s in consent.switch_ids(self.store)]
        periods = [(p.category, p.label, p.default) for p in retention.periods(self.store)]
        self.summary_model = CategorySummaryModel(self)
        self.datum_model = DatumTableModel(self)
        self.log_model = DataUseModel(self)
        self.view = PrivacyView(switches, periods, self.summary_model, self.datum_model, self.log_model)
        self.page = PrivacyPage(self)
        window.pages.add(PRIVACY, self.page)

        # The way in: a slim strip under the top bar saying what is in force.
        self.strip = PrivacyStrip()
        self.strip.open_clicked.connect(self.show_page)
        window.add_strip(self.strip)

        central = window.centralWidget()
        self.screen = ConsentScreen(switches, central)
        self._cover = CoverFilter(self.screen, central)
        self.screen.hide()

        self._pending = one_shot(self, self.refresh)
        # expiry runs in the background of a long demo as well (the clock moves on)
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(60_000)
        self._sweeper.timeout.connect(self._on_sweep)
        self._sweeper.start()

        self._wire()
        self.refresh_strip()
        self.sync_gate()
        self._apply_condition()
        condition.follow(window, self._apply_condition)

    # --- wiring ------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        s = self.screen
        s.accept_all_clicked.connect(self._on_accept_all)
        s.reject_all_clicked.connect(self._on_reject_all)
        s.save_clicked.connect(self._on_save_choices)
        v.consent.form.toggled.connect(self._on_switch)
        v.consent.banner.delete.clicked.connect(self._on_delete_withdrawn)
        v.consent.banner.keep.clicked.connect(v.consent.banner.hide)
        v.consent.level_group.idClicked.connect(self._on_level)
        v.consent.pause.toggled.connect(self._on_pause)
        v.know.summary.selectionModel().selectionChanged.connect(self._on_summary_selection)
        v.know.filter.textChanged.connect(v.know.proxy.set_text)
        v.know.forget_category.clicked.connect(self._on_forget_category)
        v.know.forget_topic.clicked.connect(self._on_forget_topic)
        v.know.forget_hour.clicked.connect(
            lambda: self._forget_recent(timedelta(hours=1), tr("the last hour")))
        v.know.forget_day.clicked.connect(
            lambda: self._forget_recent(timedelta(days=1), tr("the last 24 hours")))
        v.know.verify.clicked.connect(self.verify)
        v.partners.do_not_sell.toggled.connect(self._on_do_not_sell)
        for cat, spin in v.retention.days.items():
            spin.valueChanged.connect(lambda days, c=cat: self._on_retention(c, days))
        v.retention.advance.clicked.connect(self._on_advance)
        v.export.export_json.clicked.connect(lambda: self._ask_export("json"))
        v.export.export_csv.clicked.connect(lambda: self._ask_export("csv"))
        v.export.erase.clicked.connect(self.ask_erase)
        v.export.verify.clicked.connect(self.verify)
        v.tabs.currentChanged.connect(self._on_tab_changed)
        self.window.navigator.navigated.connect(self._on_navigated)
        self.window.store_events.changed.connect(self._on_store_changed)

    # --- first-run consent screen ------------------------------------------------------
    def gate_visible(self) -> bool:
        return self.screen.isVisible()

    def sync_gate(self) -> None:
        """Cover the shop with the consent screen while no decision exists."""
        if consent.decided(self.store):
            self.screen.hide()
            return
        self.screen.form.set_values({s: False for s in consent.switch_ids(self.store)})
        self.screen.setGeometry(self.window.centralWidget().rect())
        self.screen.show()
        self.screen.raise_()
        # Focus the first switch, not a button: no choice is pushed by the focus frame.
        next(iter(self.screen.form.boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _decided(self) -> None:
        self.screen.hide()
        self.consent_decided.emit()
        self.refresh()

    @Slot()
    def _on_accept_all(self) -> None:
        consent.accept_all(self.store, "consent screen")
        self._decided()

    @Slot()
    def _on_reject_all(self) -> None:
        consent.reject_all(self.store, "consent screen")
        self._decided()

    @Slot()
    def _on_save_choices(self) -> None:
        consent.set_switches(self.store, self.screen.form.values(), "consent screen")
        self._decided()

    # --- the page ----------------------------------------------------------------------
    def _apply_condition(self) -> None:
        """What the study condition shows of the strip and the page (docs/user-study.md)."""
        shown = condition.explanations_shown(self.window)
        self._explained = shown  # the consent tab's "Stored now: N" (refresh)
        self.strip.set_plain(not shown)
        self.view.show_explanations(shown)
        if self.visible():
            self.refresh()

    @Slot()
    def show_page(self, tab: int | None = None) -> None:
        if tab is not None and self.view.tabs.isTabVisible(tab):
            self.view.tabs.setCurrentIndex(tab)
        self.window.navigator.go(Route(PRIVACY))

    def visible(self) -> bool:
        return self.window.pages.current() is self.page

    # Every privacy surface a participant sees is logged: the page (navigate, by the
    # session tap) and each tab, on arriving and on each switch (privacy_tab, here).
    @Slot(object, bool)
    def _on_navigated(self, route: Route, _fresh: bool) -> None:
        arrived = route.page == PRIVACY and not self._on_page
        self._on_page = route.page == PRIVACY
        if arrived:
            self._report_tab()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.refresh()
        if self._on_page:
            self._report_tab()

    def _report_tab(self) -> None:
        self.window.ui_events.report("privacy_tab", tab=TAB_IDS[self.view.tabs.currentIndex()])

    def refresh_strip(self) -> None:
        st = consent.state(self.store)
        policy = self.rec.policy()  # the level in force: Off for a known minor
        level = consent.level_text(policy.level)[0]
        if policy.minor:
            level = tr("{level} (under 18)").format(level=level)
        collecting = tr("Collection paused") if consent.paused(self.store) else (
            tr("Collecting {granted} of %n kind(s) of data", n=len(st.categories)).format(
                granted=len(st.granted())))
        block = gpc.sharing_block(self.store)
        sharing = (tr("on (Global Privacy Control)") if block == gpc.GPC
                   else tr("on") if block else tr("off"))
        self.strip.set_state(tr("Personalization: {level}  \u00b7  {collecting}  \u00b7  "
                                "Do not sell or share: {sharing}").format(
            level=level, collecting=collecting, sharing=sharing))

    @Slot(dict)
    def _on_store_changed(self, change: dict[str, Any]) -> None:
        if change.get("action") == "reset":
            self.sync_gate()
        if change.get("action") in ("consent", "pause", "sharing", "reset", "correct", "delete",
                                    "record"):  # an age band can put the minors rule in force
            self.refresh_strip()
        if self.visible():
            self._pending.start()

    @Slot()
    def refresh(self) -> None:
        """Fill the visible tab (and the consent tab's switches) from the store."""
        self._pending.stop()
        v = self.view
        st = consent.state(self.store)
        v.consent.form.set_values({s: st.allows(s) for s in consent.switch_ids(self.store)})
        counts = self._counts()
        for cat, note in v.consent.form.counts.items():
            base = consent.description(cat)
            if base:
                n = counts.get(cat, 0) if self._explained else 0
                note.setText(tr("{description} Stored now: {count}.").format(
                    description=base, count=n) if n else base)
        level = consent.level(self.store)
        v.consent.levels[level].setChecked(True)
        v.consent.pause.blockSignals(True)
        v.consent.pause.setChecked(consent.paused(self.store))
        v.consent.pause.blockSignals(False)
        index = v.tabs.currentIndex()
        widget = v.tabs.widget(index)
        if widget is v.know:
            self._refresh_know(st)
        elif widget is v.interests:
            self._refresh_interests()
        elif widget is v.partners:
            self._refresh_partners()
        elif widget is v.retention:
            self._refresh_retention()
        elif widget is v.log:
            self.log_model.set_rows(self.rec.data_use.entries())

    def _counts(self) -> dict[str, int]:
        return {r["c"]: r["n"] for r in self.store.db.query(
            "SELECT consent_category AS c, count(*) AS n FROM datums GROUP BY c")}

    def _refresh_know(self, st: consent.ConsentState) -> None:
        k = self.view.know
        datums = self.store.datums()
        keep = {p.category: p.days for p in retention.periods(self.store)}
        selected = self._selected_category()
        self.summary_model.set_rows(CategoryRow.build(datums, self.store.clock.now(), st.granted(), keep))
        if selected is not None:
            row = list(CONSENT_CATEGORIES).index(selected)
            k.summary.selectRow(row)
        self.datum_model.set_rows([DatumRow.from_datum(d, self.store.catalog) for d in datums])
        k.header.set_text(
            tr("What we know about you"),
            tr("%n data point(s), grouped by category and age. Select a category to list only "
               "its data points.", n=len(datums)))
        topics = sorted({t for d in datums if (t := d.topic(self.store.catalog))})
        current = k.topics.currentData()
        k.topics.clear()
        for t in topics:
            k.topics.addItem(self.store.catalog.category(t).name, t)
        if current in topics:
            k.topics.setCurrentIndex(topics.index(current))
        k.forget_topic.setEnabled(bool(topics))
        k.topics.setEnabled(bool(topics))
        k.meter.set_slices(datause.source_meter(self.rec.recommend()))
        k.verify.setVisible(self._needles is not None)
        k.status.setVisible(bool(k.status.text()))

    def _selected_category(self) -> str | None:
        rows = self.view.know.summary.selectionModel().selectedRows()
        return rows[0].data(CATEGORY_ROLE) if rows else None

    @Slot()
    def _on_summary_selection(self) -> None:
        cat = self._selected_category()
        k = self.view.know
        k.forget_category.setEnabled(cat is not None)
        k.forget_category.setText(
            tr("Forget all {category}").format(category=consent_label(cat)) if cat
            else tr("Forget this category"))
        k.proxy.set_category(consent_label(cat) if cat else None)

    def _refresh_interests(self) -> None:
        t = self.view.interests
        for layout in (t.notices, t.cards):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        notes = interests.suppressed(self.rec)
        for s in notes:
            card = NoticeCard(s, t.body)
            card.opt_in_clicked.connect(self._on_opt_in)
            t.notices.addWidget(card)
        found = interests.inferred(self.rec)
        for i in found:
            card = InferenceCard(i, t.body)
            card.remove_clicked.connect(self._on_block_topic)
            card.forget_evidence_clicked.connect(self._on_forget_evidence)
            card.both_clicked.connect(self._on_block_and_forget)
            t.cards.addWidget(card)
        t.empty.setVisible(not found and not notes)
        blocked = sorted(consent.blocked_topics(self.store))
        names = ", ".join(self.store.catalog.category(b).name for b in blocked)
        t.blocked.setText(
            tr("Not inferred because you removed them: {topics}.").format(topics=names)
            if blocked else "")
        t.blocked.setVisible(bool(blocked))

    def _refresh_partners(self) -> None:
        p = self.view.partners
        out = partners.payload(self.rec)
        p.do_not_sell.blockSignals(True)
        p.do_not_sell.setChecked(out["do_not_sell"])
        p.do_not_sell.blockSignals(False)
        if out["would_send"] is None:
            p.payload.setPlainText(
                tr("Nothing. {reason}\n\nIf sharing were allowed, the shop would send:\n"
                   "{payload}").format(reason=out["blocked_reason"],
                                       payload=json.dumps(out["would_send_if_allowed"], indent=2)))
        else:
            p.payload.setPlainText(json.dumps(out["would_send"], indent=2))
        local = out["stored_locally"]
        lines = [tr("%n data point(s) in all:", n=local["data_points"])]
        lines += [tr("\u2022 {category}: {count}").format(category=consent_label(c), count=n)
                  for c, n in local["by_category"].items()]
        lines.append("")
        lines.append(tr("The partner id is a keyed hash (HMAC-SHA256) whose key never leaves this "
                        "computer; each partner would get a different id."))
        p.local.setText("\n".join(lines))
        withheld = [tr("{name} ({reason})").format(name=w["name"], reason=w["reason"])
                    for w in out["withheld"]]
        rule = tr("Interests are only shared when at least %n shopper(s) in our community share "
                  "each of them and all of them together, and never from a sensitive category.",
                  n=out["k"])
        together = tr("%n community shopper(s) share every interest that would be sent.",
                      n=out["combination_cohort"])
        p.withheld.setText(
            tr("Left out: {items}. {rule} {together}").format(
                items="; ".join(withheld), rule=rule, together=together)
            if withheld else f"{rule} {together}")

    def _refresh_retention(self) -> None:
        r = self.view.retention
        for p in retention.periods(self.store):
            spin = r.days[p.category]
            spin.blockSignals(True)
            spin.setValue(p.days)
            spin.blockSignals(False)
        offset = self.store.clock.offset_days
        now = format_time(self.store.clock.now())[:16].replace("T", " ")
        r.clock.setText(
            tr("The shop's clock says {time} ({days} days ahead of real time).").format(
                time=now, days=f"{offset:g}")
            if offset else tr("The shop's clock says {time}.").format(time=now))

    # --- consent handlers --------------------------------------------------------------
    @Slot(str, bool)
    def _on_switch(self, switch: str, on: bool) -> None:
        change = consent.set_switches(self.store, {switch: on}, "privacy page")
        banner = self.view.consent.banner
        if change.data_in_withdrawn:
            banner.categories = tuple(change.data_in_withdrawn)
            banner.text.setText(withdrawn_offer(change))
            banner.show()
        elif on and switch in banner.categories:
            banner.hide()
        self.refresh()

    @Slot()
    def _on_delete_withdrawn(self) -> None:
        banner = self.view.consent.banner
        ids = [i for c in banner.categories for i in erase.ids_in_category(self.store, c)]
        self._forget(ids, "withdrawn categories", tr("withdrawn categories"))
        banner.hide()

    @Slot(int)
    def _on_level(self, button_id: int) -> None:
        consent.set_level(self.store, list(consent.LEVELS)[button_id])

    @Slot(bool)
    def _on_pause(self, on: bool) -> None:
        consent.set_paused(self.store, on)

    @Slot(str)
    def _on_opt_in(self, category: str) -> None:
        consent.set_switches(self.store, {consent.SENSITIVE_PREFIX + category: True}, "inferred interests")

    # --- forgetting ----------------------------------------------------------------------
    def _on_before_delete(self, ids: list[int]) -> None:
        self._needles = erase.needles_for(self.store, ids)
        n = len(ids)
        self._needles_what = self._pending_what or tr("the last deletion (%n data point(s))", n=n)
        self._pending_what = ""

    def _forget(self, ids: list[int], scope: str, shown: str) -> None:
        """Forget ``ids``; ``scope`` (a kind: store.RECEIPT_SCOPES) is recorded on the receipt,
        ``shown`` (which may name the topic) is only what the user reads now."""
        if not ids:
            self.view.know.status.setText(tr("Nothing to forget in {scope}.").format(scope=shown))
            return
        self._pending_what = tr("forgetting {scope}").format(scope=shown)
        change = self.rec.forget(ids, scope=scope)
        kinds = ", ".join(count_noun(k, n) for k, n in change.receipt["counts"].items())
        self.view.know.status.setText(
            tr("Forgotten ({scope}): {kinds}. {summary} "
               "Use \u201cVerify deletion\u201d to check the files.").format(
                scope=shown, kinds=kinds, summary=change.preview.summary))
        self.view.know.status.show()
        self.view.know.verify.show()
        self.view.export.verify.show()
        self.window.apply_change(change)

    @Slot()
    def _on_forget_category(self) -> None:
        cat = self._selected_category()
        if cat:
            self._forget(erase.ids_in_category(self.store, cat), "category",
                         tr("category {category}").format(category=consent_label(cat)))

    @Slot()
    def _on_forget_topic(self) -> None:
        topic = self.view.know.topics.currentData()
        if topic:
            name = self.store.catalog.category(topic).name
            self._forget(self.store.datum_ids_for_topic(topic), "topic",
                         tr("topic {topic}").format(topic=name))

    def _forget_recent(self, span: timedelta, shown: str) -> None:
        self._forget(erase.ids_between(self.store, self.store.clock.now() - span), "time range", shown)

    @Slot(str)
    def _on_block_topic(self, topic: str) -> None:
        consent.block_topic(self.store, topic)

    @Slot(str)
    def _on_forget_evidence(self, topic: str) -> None:
        found = {i.topic: i for i in interests.inferred(self.rec)}
        if topic in found:
            self._forget_evidence(found[topic])

    @Slot(str)
    def _on_block_and_forget(self, topic: str) -> None:
        found = {i.topic: i for i in interests.inferred(self.rec)}
        consent.block_topic(self.store, topic)
        if topic in found:
            self._forget_evidence(found[topic])

    def _forget_evidence(self, inference: interests.Inference) -> None:
        self._forget(list(inference.evidence), "evidence",
                     tr("evidence for {topic}").format(topic=inference.name))

    # --- partners, retention, clock ----------------------------------------------------
    @Slot(bool)
    def _on_do_not_sell(self, on: bool) -> None:
        partners.set_do_not_sell(self.store, on)

    def _on_retention(self, category: str, days: int) -> None:
        receipts = retention.set_period(self.store, category, days)
        n = sum(r["total"] for r in receipts)
        self.view.retention.status.setText(
            tr("{category} is now kept for %n day(s); {deleted} deleted.", n=days).format(
                category=consent_label(category),
                deleted=tr("%n older data point(s)", n=n))
            if n else tr("{category} is now kept for %n day(s).", n=days).format(
                category=consent_label(category)))

    @Slot()
    def _on_advance(self) -> None:
        self.advance_clock(self.view.retention.advance_days.value())

    def advance_clock(self, days: float) -> dict[str, Any]:
        out = retention.advance_clock(self.store, days)
        n = out["expired_total"]
        self.view.retention.status.setText(
            tr("Moved the clock {days} days on. Expired and deleted: %n data point(s); your "
               "recommendations changed with them.", n=n).format(days=f"{days:g}")
            if n else tr("Moved the clock {days} days on. Nothing was old enough to expire.").format(
                days=f"{days:g}"))
        self.refresh()
        return out

    @Slot()
    def _on_sweep(self) -> None:
        # A closed window's controller may outlive its store (tests close the store after
        # the window); a window nobody sees has nothing to keep current.
        if not self.window.isVisible():
            return
        retention.sweep(self.store)

    # --- export ----------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = file_dialog(self.view, tr("Export your data"), Path(folder) / f"tightrope-export.{fmt}",
                             self.services.data_dir)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(tr("JSON (*.json)") if fmt == "json" else tr("CSV (*.csv)"))
        dialog.setDefaultSuffix(fmt)
        if dialog.layout() is not None:  # the Qt dialog (not the platform's): fixed bounds
            dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            dialog.setMinimumSize(dialog.minimumSizeHint())
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: str, fmt: str) -> dict[str, Any] | None:
        try:
            out = export.write(self.rec, path, fmt)
        except OSError as exc:
            self.view.export.export_status.setText(
                tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return None
        self.window.ui_events.report("export", file_type=fmt)  # where to is the user's own
        self.view.export.export_status.setText(
            tr("Exported %n data point(s) and everything derived from them to {path} (readable "
               "only by you). It is a copy: erasing here does not delete it.",
               n=out["data_points"]).format(path=out["path"]))
        return out

    # --- erase and verify ------------------------------------------------------------------
    @Slot()
    def ask_erase(self) -> None:
        dialog = EraseDialog(self.store.count_datums(), self.view)
        dialog.accepted.connect(lambda: self.erase_everything(dialog.keep_history.isChecked()))
        dialog.finished.connect(dialog.deleteLater)
        self.erase_dialog = dialog
        dialog.open()

    def erase_everything(self, keep_history: bool = False) -> erase.VerifyReport:
        result = erase.erase_everything(self.rec, keep_consent_history=keep_history)
        self._needles = result.needles
        self._needles_what = tr("erasing everything")
        # In-memory copies go too: back history, search box, tables, the withdrawal offer.
        self.window.navigator.reset(Route(HOME))
        self.window.top_bar.set_search_text("")
        self.view.consent.banner.hide()
        self.view.know.status.setText("")
        self.view.know.filter.clear()
        for model in (self.summary_model, self.datum_model, self.log_model):
            model.set_rows([])
        self.view.export.erase_status.setText(
            tr("Erased %n item(s). The receipt keeps only counts.", n=result.receipt["total"]))
        self.view.export.verify.show()
        self.sync_gate()
        return self.verify()

    @Slot()
    def verify(self) -> erase.VerifyReport:
        """Scan the data folder for the last deletion's content and show the report."""
        needles = self._needles or erase.Needles()
        report = erase.verify(self.store, self.services.data_dir, needles)
        self.last_report = report
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.window)
            self.verify_dialog.verify_again_clicked.connect(self.verify)
        self.verify_dialog.set_report(report, self._needles_what or tr("nothing deleted yet"))
        if not self.verify_dialog.isVisible():
            self.verify_dialog.open()
        self.verified.emit(report)
        return report
