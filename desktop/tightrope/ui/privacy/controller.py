"""The privacy controls of one window: the first-run consent screen, the "Privacy" page and
its dialogs. MainWindow only creates a :class:`PrivacyController`, handing it the parts of
the window it uses (the page registry, the strip host, the navigator, the search box ...);
this wires everything.
The tabs' own work lives beside it: :mod:`~tightrope.ui.privacy.data_tabs` (what we know,
inferred interests), :mod:`~tightrope.ui.privacy.settings_tabs` (partners, retention) and
:mod:`~tightrope.ui.privacy.export_erase`.

Slots stay thin: they call the core (tightrope.privacy.consent, erase, retention, export, partners,
interests) and refresh the views from what it returns or from the store's change signal.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations.changes import BLOCKED_TOPICS, GPC, LEVEL, PAUSED, SHARING, Changes
from tightrope.privacy import consent, erase, gpc, retention
from tightrope.services import Services
from tightrope.ui import condition
from tightrope.ui.events import UiEvents
from tightrope.ui.models import DatumTableModel
from tightrope.ui.navigation import HOME, Navigator, PageStack, Route
from tightrope.ui.privacy.consent_view import ConsentScreen, CoverFilter
from tightrope.ui.privacy.data_tabs import DataTabs
from tightrope.ui.privacy.dialogs import EraseDialog, VerifyDialog
from tightrope.ui.privacy.export_erase import ExportAndErase
from tightrope.ui.privacy.models import CategorySummaryModel, DataUseModel
from tightrope.ui.privacy.rights import RightsController, withdrawn_offer
from tightrope.ui.privacy.settings_tabs import SettingsTabs
from tightrope.ui.privacy.tabs import TAB_IDS
from tightrope.ui.privacy.widgets import PrivacyStrip
from tightrope.ui.timers import one_shot
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.window_parts import SearchBox, StripHost

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender
    from tightrope.ui.privacy.page import PrivacyView

tr = translator("PrivacyController")

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


class PrivacyController(DataTabs, SettingsTabs, ExportAndErase, QObject):
    """Owns the consent screen and the privacy page of one window.

    Signals: ``consent_decided()`` when the first-run screen is answered;
    ``verified(object report)`` after each verification.
    """

    consent_decided = Signal()
    verified = Signal(object)

    def __init__(
        self,
        window: QWidget,
        services: Services,
        *,
        cover: QWidget,
        pages: PageStack,
        strips: StripHost,
        navigator: Navigator,
        store_changed: SignalInstance,
        ui_events: UiEvents,
        search: SearchBox,
        parent: QObject | None = None,
    ):
        """``window``: the top-level window (its study condition, the dialogs' parent);
        ``cover``: what the first-run consent screen covers; ``pages``: where the privacy
        page is added; ``strips``: where its status strip goes; ``search``: the search box
        an erase empties."""
        super().__init__(parent or window)
        self.window = window
        self.services = services
        self._pages = pages
        self._navigator = navigator
        self._store_changed = store_changed
        self._ui_events = ui_events
        self._search = search
        self.store = services.store
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

        switches = [
            (s, consent.switch_label(self.store, s)) for s in consent.switch_ids(self.store)
        ]
        self._switches = switches
        # The page (seven tabs) is built when it is first shown or reached: a start that
        # shows the consent screen or the shop does not pay for it.
        self._view: PrivacyView | None = None
        self._page: PrivacyPage | None = None
        pages.register(PRIVACY, self._build_page)

        # The way in: a slim strip under the top bar saying what is in force.
        self.strip = PrivacyStrip()
        self.strip.open_clicked.connect(self.show_page)
        strips.add(self.strip)

        self._cover_widget = cover
        self.screen = ConsentScreen(switches, cover)
        self._cover = CoverFilter(self.screen, cover)
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

    @property
    def rec(self) -> Recommender:
        """The recommender, built on first use (not for a consent screen)."""
        return self.services.recommender

    # --- wiring ------------------------------------------------------------------------
    def _wire(self) -> None:
        s = self.screen
        s.accept_all_clicked.connect(self._on_accept_all)
        s.reject_all_clicked.connect(self._on_reject_all)
        s.save_clicked.connect(self._on_save_choices)
        self._navigator.navigated.connect(self._on_navigated)
        self._store_changed.connect(self._on_store_changed)

    @property
    def view(self) -> PrivacyView:
        """The privacy page's view, built on first use, in its place in the window."""
        if self._view is None:
            self._pages.page(PRIVACY)  # builds it (_build_page) into the window's pages
        assert self._view is not None
        return self._view

    @property
    def page(self) -> PrivacyPage:
        """The page as the page stack sees it."""
        self._pages.page(PRIVACY)
        assert self._page is not None
        return self._page

    def _build_page(self) -> PrivacyPage:
        from tightrope.ui.privacy.page import PrivacyView  # with the page, not at start

        periods = [(p.category, p.label, p.default) for p in retention.periods(self.store)]
        self.summary_model = CategorySummaryModel(self)
        self.datum_model = DatumTableModel(self)
        self.log_model = DataUseModel(self)
        self._view = PrivacyView(
            self._switches, periods, self.summary_model, self.datum_model, self.log_model
        )
        self._wire_view(self._view)
        # Reject all beside Accept all, and the simulated Global Privacy Control signal
        self.rights = RightsController(self._view, self.services, self._store_changed, self)
        self._view.show_explanations(self._explained)
        self._page = PrivacyPage(self)
        return self._page

    def _wire_view(self, v: PrivacyView) -> None:
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
            lambda: self._forget_recent(timedelta(hours=1), tr("the last hour"))
        )
        v.know.forget_day.clicked.connect(
            lambda: self._forget_recent(timedelta(days=1), tr("the last 24 hours"))
        )
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

    # --- first-run consent screen ------------------------------------------------------
    def gate_visible(self) -> bool:
        return self.screen.isVisible()

    def sync_gate(self) -> None:
        """Cover the shop with the consent screen while no decision exists."""
        if consent.decided(self.store):
            self._lift_gate()
            return
        self.screen.form.set_values({s: False for s in consent.switch_ids(self.store)})
        self.screen.setGeometry(self._cover_widget.rect())
        self.screen.show()
        self.screen.raise_()
        # Focus the first switch, not a button: no choice is pushed by the focus frame.
        next(iter(self.screen.form.boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def gate_up(self) -> bool:
        """The consent screen covers the shop (or will, once the window is shown)."""
        return not self.screen.isHidden()

    def _lift_gate(self) -> None:
        """Hide the consent screen, the page under it rendered first (a first start opens
        the home page only now; a home page covered later leaves its shelves unbuilt): the
        first frame without the screen shows the shop."""
        if self.gate_up():
            if self._navigator.current is None:
                self._navigator.go(Route(HOME))
            else:
                self._pages.refresh()
        self.screen.hide()

    def _decided(self) -> None:
        self._lift_gate()
        self.consent_decided.emit()
        if self._view is not None:
            self.refresh()

    @Slot()
    def _on_accept_all(self) -> None:
        consent_ops.accept_all(self.store, "consent screen")
        self._decided()

    @Slot()
    def _on_reject_all(self) -> None:
        consent_ops.reject_all(self.store, "consent screen")
        self._decided()

    @Slot()
    def _on_save_choices(self) -> None:
        consent_ops.set_switches(self.store, self.screen.form.values(), "consent screen")
        self._decided()

    # --- the page ----------------------------------------------------------------------
    def _apply_condition(self) -> None:
        """What the study condition shows of the strip and the page (docs/user-study.md)."""
        shown = condition.explanations_shown(self.window)
        self._explained = shown  # the consent tab's "Stored now: N" (refresh)
        self.strip.set_plain(not shown)
        if self._view is not None:
            self._view.show_explanations(shown)
        if self.visible():
            self.refresh()

    @Slot()
    def show_page(self, tab: int | None = None) -> None:
        if tab is not None and self.view.tabs.isTabVisible(tab):
            self.view.tabs.setCurrentIndex(tab)
        self._navigator.go(Route(PRIVACY))

    def visible(self) -> bool:
        return self._page is not None and self._pages.current() is self._page

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
        self._ui_events.report("privacy_tab", tab=TAB_IDS[self.view.tabs.currentIndex()])

    def refresh_strip(self) -> None:
        st = consent.state(self.store)
        policy = consent.policy(self.store)  # the level in force: Off for a known minor
        level = consent.level_text(policy.level)[0]
        if policy.minor:
            level = tr("{level} (under 18)").format(level=level)
        collecting = (
            tr("Collection paused")
            if consent.paused(self.store)
            else (
                tr("Collecting {granted} of %n kind(s) of data", n=len(st.categories)).format(
                    granted=len(st.granted())
                )
            )
        )
        block = gpc.sharing_block(self.store)
        sharing = (
            tr("on (Global Privacy Control)")
            if block == gpc.GPC
            else tr("on")
            if block
            else tr("off")
        )
        self.strip.set_state(
            tr(
                "Personalization: {level}  \u00b7  {collecting}  \u00b7  "
                "Do not sell or share: {sharing}"
            ).format(level=level, collecting=collecting, sharing=sharing)
        )

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if changes.op in ("erase", "restore"):
            self.sync_gate()
        # an added or updated data point can put the minors rule in force (an age band)
        if (
            changes.consent is not None
            or changes.everything
            or changes.added
            or changes.updated
            or changes.deleted
            or changes.settings & {LEVEL, PAUSED, SHARING, GPC, BLOCKED_TOPICS}
        ):
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
                note.setText(
                    tr("{description} Stored now: {count}.").format(description=base, count=n)
                    if n
                    else base
                )
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
        return {
            r["c"]: r["n"]
            for r in self.store.db.query(
                "SELECT consent_category AS c, count(*) AS n FROM datums GROUP BY c"
            )
        }

    # --- consent handlers --------------------------------------------------------------
    @Slot(str, bool)
    def _on_switch(self, switch: str, on: bool) -> None:
        change = consent_ops.set_switches(self.store, {switch: on}, "privacy page").consent
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
        consent_ops.set_level(self.store, list(consent.LEVELS)[button_id])

    @Slot(bool)
    def _on_pause(self, on: bool) -> None:
        consent_ops.set_paused(self.store, on)

    @Slot(str)
    def _on_opt_in(self, category: str) -> None:
        consent_ops.opt_in_sensitive(self.store, category, "inferred interests")
