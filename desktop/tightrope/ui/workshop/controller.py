"""The workshop's composition: one controller per window, created by MainWindow.

It adds a "Workshop" menu button to the top bar, the scenario panel (a dock the presenter
shows or hides with F9), presenter mode, the opaque/transparent condition switch, a persona
loader, and user-testing sessions (task strip along the bottom). MainWindow only creates it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QToolButton

from tightrope import personas
from tightrope.cli_workshop import replace_message
from tightrope.i18n import translator
from tightrope.services import Services
from tightrope.ui import shortcuts, theme
from tightrope.ui.condition import OPAQUE, TRANSPARENT, condition_of, set_condition
from tightrope.ui.file_dialogs import file_dialog
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.shelf import ShelfView
from tightrope.ui.workshop.presenter import PresenterMode
from tightrope.ui.workshop.scenario_panel import ScenarioController, ScenarioPanel
from tightrope.ui.workshop.session import SessionController
from tightrope.ui.workshop.session_views import TaskStrip

tr = translator("WorkshopMenu")

if TYPE_CHECKING:
    from tightrope.ui.main_window import MainWindow


class WorkshopController(QObject):
    """Owns the workshop tools of one window. Public: :attr:`scenarios`, :attr:`presenter`,
    :attr:`sessions`, :meth:`set_condition`, :meth:`show_scenario_panel`, :attr:`menu`."""

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.services = services

        # scenario panel, docked at the left, hidden until asked for
        self.panel = ScenarioPanel()
        self.dock = QDockWidget(tr("Scenario"), window)
        self.dock.setObjectName("scenarioDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.scenarios = ScenarioController(window, services, self.panel, self)

        # task strip along the bottom, shown while a session runs
        self.strip = TaskStrip()
        self.strip_bar = QToolBar(tr("Session"), window)
        self.strip_bar.setObjectName("sessionBar")
        self.strip_bar.setMovable(False)
        self.strip_bar.setFloatable(False)
        self.strip_bar.addWidget(self.strip)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.strip_bar)
        self.strip_bar.hide()
        self.sessions = SessionController(window, services, self.strip, self)
        self.sessions.condition_requested.connect(self.set_condition)
        self.sessions.started.connect(lambda _p: self.strip_bar.show())
        self.sessions.ended.connect(self._on_session_ended)

        self.presenter = PresenterMode(window, services.store, parent=self)
        self.menu = self._build_menu()
        self.button = QToolButton(window.top_bar)
        self.button.setObjectName("barButton")
        self.button.setText(tr("Workshop"))
        self.button.setIcon(theme.icon("grid"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAccessibleName(tr("Workshop tools"))
        self.button.setMenu(self.menu)
        window.top_bar.add_tool_button(self.button)
        set_condition(window, TRANSPARENT)

    # --- menu ---------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, menu)
        if shortcut:  # an id in tightrope.ui.shortcuts.TABLE
            action.setShortcuts(shortcuts.sequences(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName("workshopMenu")
        self.panel_action = self._action(menu, tr("Scenario panel"), self.toggle_scenario_panel, "scenario_panel")
        self.panel_action.setCheckable(True)
        self.dock.visibilityChanged.connect(self.panel_action.setChecked)
        self._action(menu, tr("Next step"), self.scenarios.next, "next_step")
        self._action(menu, tr("Previous step"), self.scenarios.previous, "previous_step")
        persona_menu = menu.addMenu(tr("Load persona"))
        persona_menu.setObjectName("personaMenu")
        for info in personas.list_personas(self.services.catalog):
            self._action(persona_menu, info.name, lambda pid=info.id: self.ask_load_persona(pid))
        menu.addSeparator()
        self._action(menu, tr("Larger text and targets"), self.presenter.zoom_in)
        self._action(menu, tr("Smaller"), self.presenter.zoom_out)
        self._action(menu, tr("Normal size"), self.presenter.reset)
        self.contrast_action = self._action(
            menu, tr("High contrast"), lambda: self.presenter.set_high_contrast(self.contrast_action.isChecked())
        )
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.presenter.high_contrast)
        menu.addSeparator()
        group = QActionGroup(menu)
        self.condition_actions: dict[str, QAction] = {}
        for condition, text in ((TRANSPARENT, tr("Transparent shop")),
                                (OPAQUE, tr("Opaque shop (no explanations)"))):
            action = self._action(menu, text, lambda c=condition: self.set_condition(c))
            action.setCheckable(True)
            group.addAction(action)
            self.condition_actions[condition] = action
        self.condition_actions[TRANSPARENT].setChecked(True)
        menu.addSeparator()
        self._action(menu, tr("Start user-testing session\u2026"), self.start_session)
        self.note_action = self._action(menu, tr("Add a note\u2026"), self.sessions.ask_note)
        self.end_action = self._action(menu, tr("End session"), self.sessions.end)
        self.csv_action = self._action(menu, tr("Export session as CSV\u2026"), self.ask_export_csv)
        self.report_action = self._action(menu, tr("Report for this session\u2026"), self.ask_report)
        menu.aboutToShow.connect(self._update_menu)
        return menu

    @Slot()
    def _update_menu(self) -> None:
        running = self.sessions.running
        has_log = running or self.sessions.last_log is not None
        self.end_action.setEnabled(running)
        self.note_action.setEnabled(running)
        self.csv_action.setEnabled(has_log)
        self.report_action.setEnabled(has_log)
        # the condition is fixed while a session records it
        for action in self.condition_actions.values():
            action.setEnabled(not running)

    # --- scenario panel -----------------------------------------------------------------
    def show_scenario_panel(self, visible: bool = True) -> None:
        if visible and not self.scenarios.scenarios:
            self.scenarios.load_shipped()
            if self.scenarios.scenarios:
                self.scenarios.start(self.scenarios.scenarios[0])
        self.dock.setVisible(visible)

    def toggle_scenario_panel(self) -> None:
        self.show_scenario_panel(not self.dock.isVisible())

    # --- personas -----------------------------------------------------------------------
    def ask_load_persona(self, persona_id: str) -> QMessageBox:
        persona = personas.load(persona_id, self.services.catalog)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Load {name}?").format(name=persona.name),
                          replace_message(persona, personas.stored_count(self.services.store)),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the persona's name comes from its file
        box.setObjectName("loadPersonaBox")
        box.button(QMessageBox.StandardButton.Ok).setText(tr("Load"))
        box.accepted.connect(lambda: self.load_persona(persona_id))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def load_persona(self, persona_id: str) -> None:
        persona = personas.load(persona_id, self.services.catalog)
        personas.apply_persona(self.services.store, persona)
        self.window.hide_side_panel()
        self.window.refresh()

    # --- condition ----------------------------------------------------------------------
    @Slot(str)
    def set_condition(self, condition: str) -> None:
        """Switch between the transparent and the opaque shop, everywhere, at once."""
        if condition_of(self.window) == condition and self.condition_actions[condition].isChecked():
            return
        set_condition(self.window, condition)
        self.condition_actions[condition].setChecked(True)
        opaque = condition == OPAQUE
        self.window.top_bar.set_your_data_visible(not opaque)
        if opaque:
            self.window.hide_side_panel()
        for card in self.window.findChildren(ProductCard):
            card.set_recommendation(card.recommendation)
        for shelf in self.window.findChildren(ShelfView):
            shelf.update_condition()
        self.window.refresh()

    # --- sessions -----------------------------------------------------------------------
    def start_session(self):
        return self.sessions.open_start_dialog(condition_of(self.window))

    @Slot(str)
    def _on_session_ended(self, path: str) -> None:
        self.strip_bar.hide()

    def ask_export_csv(self) -> None:
        source = self.sessions.last_log or (self.sessions.recorder and self.sessions.recorder.path)
        dialog = file_dialog(self.window, tr("Export session as CSV"), Path(source).with_suffix(".csv"),
                             self.services.data_dir)
        dialog.setNameFilter(tr("CSV files (*.csv)"))
        dialog.fileSelected.connect(lambda name: self.sessions.export_csv(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_report(self) -> None:
        source = self.sessions.last_log or (self.sessions.recorder and self.sessions.recorder.path)
        dialog = file_dialog(self.window, tr("Save report"), Path(source).with_suffix(".html"),
                             self.services.data_dir)
        dialog.setNameFilters([tr("HTML report (*.html)"), tr("PDF report (*.pdf)")])
        dialog.fileSelected.connect(self._write_and_open_report)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write_and_open_report(self, name: str) -> None:
        out = self.sessions.write_report(Path(name))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
