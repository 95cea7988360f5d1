"""The workshop's composition: one controller per window, created by MainWindow with the
parts of the window it uses (the window for its docks, tool bars and study condition; the
top bar, the navigator, the side panel, ...).

It adds a "Workshop" menu button to the top bar, the scenario panel (a dock the presenter
shows or hides with F9), presenter mode, the opaque/transparent condition switch, a persona
loader, a reset for the shop's clock, and user-testing sessions (task strip along the bottom,
"Next participant", the facilitator's lock, step timer and notes). MainWindow only creates it.

While a session runs the Workshop menu and the scenario tools are locked until the
facilitator's shortcut unlocks them (tightrope.ui.workshop.facilitator).

The orange frame a scenario step draws goes with the panel: it shows only while the panel
is on screen and no study session runs (a participant must not see the facilitator's cues).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, SignalInstance, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
)

from tightrope.cli.workshop import replace_message
from tightrope.i18n import translator
from tightrope.operations import retention as retention_ops
from tightrope.services import Services
from tightrope.ui import shortcuts, theme
from tightrope.ui.condition import OPAQUE, TRANSPARENT, condition_of, set_condition
from tightrope.ui.events import UiEvents
from tightrope.ui.file_dialogs import file_dialog
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.rules.controller import RulesController
from tightrope.ui.topbar import TopBar
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.shelf import ShelfView
from tightrope.ui.window_parts import SidePanel
from tightrope.ui.workshop.facilitator import FacilitatorLock
from tightrope.ui.workshop.presenter import PresenterMode
from tightrope.ui.workshop.scenario_panel import ScenarioController, ScenarioPanel
from tightrope.ui.workshop.session import SessionController
from tightrope.ui.workshop.session_views import FacilitatorBar, TaskStrip, shop_name
from tightrope.workshop import personas, scenario_actions
from tightrope.workshop.study_plan import Proposal

tr = translator("WorkshopMenu")


class WorkshopController(QObject):
    """Owns the workshop tools of one window. Public: :attr:`scenarios`, :attr:`presenter`,
    :attr:`sessions`, :attr:`facilitator`, :meth:`set_condition`,
    :meth:`show_scenario_panel`, :meth:`next_participant`, :attr:`menu`; :attr:`question`
    is the open "Next participant?" question."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        *,
        top_bar: TopBar,
        navigator: Navigator,
        side_panel: SidePanel,
        refresh: Callable[[], None],
        store_changed: SignalInstance,
        ui_events: UiEvents,
        show_why: Callable[[str], None],
        parent: QObject | None = None,
    ):
        """``window``: where the scenario dock and the session bar go, whose shortcuts and
        study condition these are; ``top_bar``: gets the Workshop button (and hides "Your
        data" in the opaque shop); ``refresh``: re-renders the shop after a persona load or a
        condition switch; the rest is handed on to the scenario and session controllers."""
        super().__init__(parent or window)
        self.window = window
        self.services = services
        self._top_bar = top_bar
        self._navigator = navigator
        self._side_panel = side_panel
        self._refresh = refresh

        # scenario panel, docked at the left, built the first time it is asked for
        self._dock: QDockWidget | None = None
        self.scenarios = ScenarioController(
            window,
            services,
            lambda: self.panel,
            self,
            ask_replace=self._ask_replace,
            navigator=navigator,
            side_panel=side_panel,
            refresh=refresh,
            store_changed=store_changed,
            show_why=show_why,
        )

        # task strip along the bottom, shown while a session runs
        self.strip = TaskStrip()
        self.strip_bar = QToolBar(tr("Session"), window)
        self.strip_bar.setObjectName("sessionBar")
        self.strip_bar.setMovable(False)
        self.strip_bar.setFloatable(False)
        self.strip_bar.addWidget(self.strip)
        # the facilitator's timer and notes, beside the strip while unlocked
        self.facilitator_bar = FacilitatorBar()
        self.strip_bar.addWidget(self.facilitator_bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.strip_bar)
        self.strip_bar.hide()
        self.sessions = SessionController(
            window,
            services,
            self.strip,
            self,
            navigator=navigator,
            side_panel=side_panel,
            refresh=refresh,
            store_changed=store_changed,
            ui_events=ui_events,
        )
        self.sessions.condition_requested.connect(self.set_condition)
        self.sessions.started.connect(self._on_session_started)
        self.sessions.ended.connect(self._on_session_ended)
        self.sessions.next_participant_requested.connect(self.next_participant)
        self.facilitator = FacilitatorLock(window, self.sessions, self.facilitator_bar, self)
        self.question: QMessageBox | None = None
        # the rules overlay and the deceptive twin (Workshop menu, issue #20)
        self.rules = RulesController(window, services, self.sessions, self)

        self.presenter = PresenterMode(window, services.store, parent=self)
        self._menu_actions: list[QAction] = []
        self.menu = self._build_menu()
        self.button = QToolButton(top_bar)
        self.button.setObjectName("barButton")
        self.button.setText(tr("Workshop"))
        self.button.setIcon(theme.icon("workshop"))  # not Categories' grid
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAccessibleName(tr("Workshop tools"))
        self.button.setMenu(self.menu)
        top_bar.add_tool_button(self.button)
        self.facilitator.changed.connect(self._update_menu)
        self._update_menu()
        set_condition(window, TRANSPARENT)

    # --- menu ---------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, menu)
        if shortcut:  # an id in tightrope.ui.shortcuts.TABLE
            action.setShortcuts(shortcuts.sequences(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(action)
        action.triggered.connect(lambda _checked=False: self._use(slot))
        menu.addAction(action)
        self._menu_actions.append(action)
        return action

    def _use(self, slot: Callable[[], object]) -> None:
        """Run a workshop tool; during a session the tools lock again after one use."""
        slot()
        self.facilitator.used()

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName("workshopMenu")
        self.panel_action = self._action(
            menu, tr("Scenario panel"), self.toggle_scenario_panel, "scenario_panel"
        )
        self.panel_action.setCheckable(True)
        self._action(menu, tr("Next step"), self.scenarios.next, "next_step")
        self._action(menu, tr("Previous step"), self.scenarios.previous, "previous_step")
        persona_menu = menu.addMenu(tr("Load persona"))
        persona_menu.setObjectName("personaMenu")
        self._menu_actions.append(persona_menu.menuAction())
        for info in personas.list_personas(self.services.catalog):
            self._action(persona_menu, info.name, lambda pid=info.id: self.ask_load_persona(pid))
        self.clock_action = self._action(menu, tr("Reset the shop's clock"), self.reset_clock)
        menu.addSeparator()
        self._action(menu, tr("Larger text and targets"), self.presenter.zoom_in)
        self._action(menu, tr("Smaller"), self.presenter.zoom_out)
        self._action(menu, tr("Normal size"), self.presenter.reset)
        self.contrast_action = self._action(
            menu,
            tr("High contrast"),
            lambda: self.presenter.set_high_contrast(self.contrast_action.isChecked()),
        )
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.presenter.high_contrast)
        menu.addSeparator()
        group = QActionGroup(menu)
        self.condition_actions: dict[str, QAction] = {}
        for condition, text in (
            (TRANSPARENT, tr("Transparent shop")),
            (OPAQUE, tr("Opaque shop (no explanations)")),
        ):
            action = self._action(menu, text, lambda c=condition: self.set_condition(c))
            action.setCheckable(True)
            group.addAction(action)
            self.condition_actions[condition] = action
        self.condition_actions[TRANSPARENT].setChecked(True)
        menu.addSeparator()
        self.rules.add_actions(menu, self._action)
        menu.addSeparator()
        self.next_action = self._action(menu, tr("Next participant\u2026"), self.next_participant)
        self.start_action = self._action(
            menu, tr("Start user-testing session\u2026"), self.start_session
        )
        self.note_action = self._action(menu, tr("Add a note\u2026"), self.sessions.ask_note)
        self.end_action = self._action(menu, tr("End session"), self.sessions.ask_end)
        self.csv_action = self._action(menu, tr("Export session as CSV\u2026"), self.ask_export_csv)
        self.report_action = self._action(
            menu, tr("Report for this session\u2026"), self.ask_report
        )
        menu.aboutToShow.connect(self._update_menu)
        return menu

    @Slot()
    def _update_menu(self, *_args: object) -> None:
        """Enable what applies now. During a session everything is locked (the menu button,
        its actions and their shortcuts, the scenario panel) until the facilitator unlocks."""
        locked = self.facilitator.locked
        for action in self._menu_actions:
            action.setEnabled(not locked)
        self.button.setEnabled(not locked)
        if self._dock is not None:
            self._dock.setEnabled(not locked)
        self.button.setToolTip(
            tr("Locked during the session: the facilitator unlocks it with {keys}.").format(
                keys=shortcuts.key_text("facilitator")
            )
            if locked
            else ""
        )
        if locked:
            return
        offset = self.services.store.clock.offset_days
        self.clock_action.setEnabled(offset != 0)
        self.clock_action.setToolTip(
            tr("The shop's clock is {days} days ahead of real time.").format(days=f"{offset:g}")
            if offset
            else tr("The shop's clock is at real time.")
        )
        running = self.sessions.running
        has_log = running or self.sessions.last_log is not None
        self.end_action.setEnabled(running)
        self.note_action.setEnabled(running)
        self.next_action.setEnabled(not running)
        self.start_action.setEnabled(not running)
        self.csv_action.setEnabled(has_log)
        self.report_action.setEnabled(has_log)
        # the condition is fixed while a session records it
        for action in self.condition_actions.values():
            action.setEnabled(not running)
        self.rules.update_actions(running)

    # --- scenario panel -----------------------------------------------------------------
    def show_scenario_panel(self, visible: bool = True) -> None:
        """Show or hide the panel (F9). The first time, the first scenario starts; it asks
        before replacing stored data (the question is :attr:`scenarios.question`)."""
        if visible and not self.scenarios.scenarios:
            self.scenarios.load_shipped()
            if self.scenarios.scenarios:
                self.scenarios.choose(self.scenarios.scenarios[0])
        self.dock.setVisible(visible)

    def toggle_scenario_panel(self) -> None:
        self.show_scenario_panel(not self.panel_shown())

    def panel_shown(self) -> bool:
        return self._dock is not None and self._dock.isVisible()

    @property
    def dock(self) -> QDockWidget:
        """The scenario panel's dock, built on first use (a start does not pay for it)."""
        if self._dock is None:
            panel = ScenarioPanel()
            dock = QDockWidget(tr("Scenario"), self.window)
            dock.setObjectName("scenarioDock")
            dock.setWidget(panel)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
            dock.hide()
            dock.setEnabled(not self.facilitator.locked)
            self._dock = dock
            self.scenarios.attach(panel)
            dock.visibilityChanged.connect(self._on_dock_visibility)
            dock.visibilityChanged.connect(self.panel_action.setChecked)
        return self._dock

    @property
    def panel(self) -> ScenarioPanel:
        widget = self.dock.widget()
        assert isinstance(widget, ScenarioPanel)
        return widget

    # --- personas and the clock -------------------------------------------------------
    def ask_load_persona(
        self,
        persona_id: str,
        scenario: str = "",
        on_load: Callable[[], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        lead: tuple[str, str] | None = None,
        also: Sequence[str] = (),
        ok: str = "",
    ) -> QMessageBox:
        """Ask before a persona replaces the stored data, without blocking: how many data
        points go (and who was loaded last, if known), whose come, and that the shop's clock
        goes back to real time when it is ahead. Load runs ``on_load`` (by default, loads the
        persona), Cancel runs ``on_cancel``; nothing changes before the answer. ``scenario``:
        the title of the scenario that starts with this load (the question names it);
        ``lead``: another (title, first sentence) for a load that is part of something else
        (the next participant), ``also``: what else it does, ``ok``: its button's text."""
        store = self.services.store
        persona = personas.load(persona_id, self.services.catalog)
        said = [replace_message(persona, personas.stored_count(store), personas.last_loaded(store))]
        offset = store.clock.offset_days
        if offset:
            said.append(
                tr("The shop's clock, {days} days ahead, goes back to real time.").format(
                    days=f"{offset:g}"
                )
            )
        said.extend(also)
        if lead is not None:
            title = lead[0]
            said.insert(0, lead[1])
        elif scenario:  # named in the text too: some desktops show no dialog titles
            title = tr("Start \u201c{scenario}\u201d?").format(scenario=scenario)
            said.insert(
                0,
                tr("\u201c{scenario}\u201d starts by loading {name}.").format(
                    scenario=scenario, name=persona.name
                ),
            )
        else:
            title = tr("Load {name}?").format(name=persona.name)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            said[0],
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the persona's name comes from its file
        box.setObjectName("loadPersonaBox")
        box.setInformativeText("\n\n".join(said[1:]))
        box.button(QMessageBox.StandardButton.Ok).setText(ok or tr("Load"))
        box.accepted.connect(on_load or (lambda: self.load_persona(persona_id)))
        if on_cancel is not None:
            box.rejected.connect(on_cancel)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _ask_replace(
        self,
        persona_id: str,
        scenario: str,
        on_load: Callable[[], None],
        on_cancel: Callable[[], None],
    ) -> QMessageBox:
        return self.ask_load_persona(persona_id, scenario, on_load, on_cancel)

    def load_persona(self, persona_id: str) -> None:
        """Replace the stored data with a persona's, dated from real time (the shop's clock
        goes back to real time first)."""
        scenario_actions.load_persona(self.services, persona_id)
        self._side_panel.hide()
        self._refresh()

    def reset_clock(self) -> None:
        """Put the shop's clock back to real time; the pages, the recommender and the
        scenario panel's date follow the store's "clock" notice."""
        retention_ops.reset_clock(self.services.store)

    # --- condition ----------------------------------------------------------------------
    @Slot(str)
    def set_condition(self, condition: str) -> None:
        """Switch between the transparent and the opaque shop, everywhere, at once."""
        if condition_of(self.window) == condition and self.condition_actions[condition].isChecked():
            return
        set_condition(self.window, condition)
        self.condition_actions[condition].setChecked(True)
        opaque = condition == OPAQUE
        self._top_bar.set_your_data_visible(not opaque)
        if opaque:
            self._side_panel.hide()
        for card in self.window.findChildren(ProductCard):
            card.set_recommendation(card.recommendation)
        for shelf in self.window.findChildren(ShelfView):
            shelf.update_condition()
        self._refresh()

    # --- sessions -----------------------------------------------------------------------
    def start_session(self):
        return self.sessions.open_start_dialog(condition_of(self.window))

    @Slot()
    def next_participant(self) -> QMessageBox | None:
        """Get the shop ready for the next participant, after asking once: their persona
        (with its consent), the shop's clock at real time, no scenario panel or frame, the
        home page, and their condition, all as the study plan's next participant has them
        (without a plan: the next free code and the last choices); then the session dialog
        opens pre-filled. Cancel changes nothing. None while a session runs."""
        if self.sessions.running:
            return None
        proposal = self.sessions.proposal(condition_of(self.window))
        persona = proposal.persona or personas.list_personas(self.services.catalog)[0].id
        condition = proposal.condition or condition_of(self.window)
        code = proposal.participant
        if proposal.row is not None:
            lead = tr("Next participant: {code}, the {shop}, as the study plan says.")
        else:
            lead = tr("Next participant: {code}, the {shop}.")
        also = [
            tr(
                "The scenario panel and its frame close, the shop shows its home page, and "
                "the session dialog opens; nothing is recorded before Start session."
            )
        ]
        box = self.ask_load_persona(
            persona,
            on_load=lambda: self._ready_for(proposal, persona, condition),
            lead=(
                tr("Next participant: {code}?").format(code=code),
                lead.format(code=code, shop=shop_name(condition)),
            ),
            also=also,
            ok=tr("Get ready for {code}").format(code=code),
        )
        box.finished.connect(self._on_question_finished)
        self.question = box
        return box

    @Slot(int)
    def _on_question_finished(self, _result: int) -> None:
        self.question = None

    def _ready_for(self, proposal: Proposal, persona: str, condition: str) -> None:
        self.load_persona(persona)  # the clock goes back to real time first
        self.show_scenario_panel(False)  # and the frame with it (set_pointing)
        self.scenarios.overlay.clear()
        self.set_condition(condition)
        self._navigator.reset(Route(HOME))
        self.sessions.open_start_dialog(
            condition, replace(proposal, persona=persona, condition=condition)
        )

    @Slot(str)
    def _on_session_started(self, path: str) -> None:
        self.strip_bar.show()
        self._update_pointing()
        self._update_menu()

    @Slot(str)
    def _on_session_ended(self, path: str) -> None:
        self.strip_bar.hide()
        self._update_pointing()
        self._update_menu()

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        self.scenarios.set_pointing(visible and not self.sessions.running)

    def _update_pointing(self) -> None:
        """A step frames its target only while the panel shows and no session runs."""
        self.scenarios.set_pointing(self.panel_shown() and not self.sessions.running)

    def ask_export_csv(self) -> None:
        source = self.sessions.last_log or (self.sessions.recorder and self.sessions.recorder.path)
        dialog = file_dialog(
            self.window,
            tr("Export session as CSV"),
            Path(source).with_suffix(".csv"),
            self.services.data_dir,
        )
        dialog.setNameFilter(tr("CSV files (*.csv)"))
        dialog.fileSelected.connect(lambda name: self.sessions.export_csv(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_report(self) -> None:
        source = self.sessions.last_log or (self.sessions.recorder and self.sessions.recorder.path)
        dialog = file_dialog(
            self.window,
            tr("Save report"),
            Path(source).with_suffix(".html"),
            self.services.data_dir,
        )
        dialog.setNameFilters([tr("HTML report (*.html)"), tr("PDF report (*.pdf)")])
        dialog.fileSelected.connect(self._write_and_open_report)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write_and_open_report(self, name: str) -> None:
        out = self.sessions.write_report(Path(name))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
