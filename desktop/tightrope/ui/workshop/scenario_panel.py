"""The facilitator's scenario panel: pick a scenario, step through it, the app does the rest.

:class:`ScenarioPanel` is the view (a dock the presenter shows or hides). The
:class:`ScenarioController` loads scenarios, shows a step, highlights what the step points
at and runs its actions: their data part through :mod:`tightrope.workshop.scenario_actions` (the same
core calls ``tightrope scenario check`` makes), the rest through the parts of the window
it is handed (the navigator, the side panel, the why panel). What the actions deleted (their receipts) is shown under the step.
Actions run when a step is entered going forward; "Previous" only shows the text again, so
stepping back never wipes what the room just did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope.clock import format_time
from tightrope.i18n import translator
from tightrope.operations import retention as retention_ops
from tightrope.operations.changes import CLOCK, Changes
from tightrope.services import Services
from tightrope.ui import theme
from tightrope.ui.navigation import (
    CATEGORY,
    HOME,
    HOW_IT_WORKS,
    PRODUCT,
    SEARCH,
    YOUR_DATA,
    Navigator,
    Route,
)
from tightrope.ui.timers import one_shot
from tightrope.ui.widgets.labels import plain_label
from tightrope.ui.window_parts import SidePanel
from tightrope.ui.workshop.highlight import HighlightOverlay, find_target
from tightrope.workshop import personas, scenario_actions
from tightrope.workshop.scenario_actions import Outcome
from tightrope.workshop.scenarios import (
    Action,
    Scenario,
    ScenarioError,
    list_scenarios,
    target_label,
)
from tightrope.workshop.task_success import PRIVACY_TABS

tr = translator("ScenarioPanel")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    # (persona id, scenario title, on Load, on Cancel) -> the open question
    AskReplace = Callable[[str, str, Callable[[], None], Callable[[], None]], QMessageBox]


# At 100 %. At larger presenter scales the panel widens by three quarters of the factor:
# its text wraps, and the shop beside it needs the room more.
MIN_WIDTH = 300


def _wrapped(text: str, role: str, parent: QWidget) -> QLabel:
    return plain_label(text, parent, role, wrap=True, selectable=True)


class ScenarioList(QListWidget):
    """The scenario picker: a plain list showing every title whole (a long one wraps), as
    tall as its rows, so no scenario hides in a popup or behind a scroll bar.

    Signals: ``chosen(int row)``, on a click or on Enter / Space; the arrow keys only move
    the selection, so walking the list with the keyboard starts nothing."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioList")
        self.setAccessibleName(tr("Scenarios"))
        self.setAccessibleDescription(tr("Enter or a click starts the selected scenario."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._rows_height = -1
        self.itemClicked.connect(self._on_item_clicked)

    def set_titles(self, titles: list[str]) -> None:
        self.clear()
        for title in titles:
            item = QListWidgetItem(title, self)
            item.setToolTip(title)
        self.updateGeometry()

    @Slot(QListWidgetItem)
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(self.row(item))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentRow() >= 0:
            event.accept()
            self.chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def _height_for_rows(self) -> int:
        rows = self.contentsSize().height() if self.count() else 0
        return rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for_rows())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for_rows())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        # rows wrap at a new width or font size: ask the layout for the new height
        height = self._height_for_rows()
        if height != self._rows_height:
            self._rows_height = height
            self.updateGeometry()


class ScenarioPanel(QWidget):
    """View. Signals: ``scenario_chosen(int index)``, ``next_clicked()``, ``previous_clicked()``."""

    scenario_chosen = Signal(int)
    next_clicked = Signal()
    previous_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        outer = QVBoxLayout(self)
        self.picker = ScenarioList(self)
        self.picker.chosen.connect(self.scenario_chosen)
        outer.addWidget(self.picker)

        # Everything between the picker and the buttons scrolls: at 200 % on a laptop
        # screen the step text is taller than the window.
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Scenario step"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        body.setObjectName("scenarioBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = _wrapped("", "muted", body)
        column.addWidget(self.summary)
        self.clock = _wrapped("", "muted", body)
        self.clock.setObjectName("scenarioClock")
        column.addWidget(self.clock)
        self.counter = plain_label("", body)
        self.counter.setObjectName("stepCounter")
        self.counter.setProperty("role", "h2")
        column.addWidget(self.counter)
        self.step_title = _wrapped("", "h2", body)
        self.step_title.setObjectName("stepTitle")
        self.actions = _wrapped("", "muted", body)
        self.say = _wrapped("", "say", body)
        self.say.setObjectName("stepSay")
        self.ask = _wrapped("", "ask", body)
        self.ask.setObjectName("stepAsk")
        self.point = _wrapped("", "muted", body)
        self.notes = _wrapped("", "muted", body)
        # what the step's actions did to the data (e.g. an expiry's receipt)
        self.result = _wrapped("", "status", body)
        self.result.setObjectName("scenarioResult")
        self.result.hide()
        self.problem = _wrapped("", "error", body)
        self.problem.setObjectName("scenarioProblem")
        for w in (
            self.step_title,
            self.actions,
            self.result,
            self.say,
            self.ask,
            self.point,
            self.notes,
            self.problem,
        ):
            column.addWidget(w)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.previous = QPushButton(tr("Previous"), self)
        self.previous.setObjectName("secondaryButton")
        self.previous.setToolTip(tr("Previous step (Ctrl+Page Up)"))
        self.previous.clicked.connect(self.previous_clicked)
        self.next = QPushButton(tr("Next"), self)
        self.next.setObjectName("primaryButton")
        self.next.setToolTip(tr("Next step (Ctrl+Page Down)"))
        self.next.clicked.connect(self.next_clicked)
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        outer.addLayout(buttons)

        def apply_scale() -> None:
            px = theme.px
            outer.setContentsMargins(px(12), px(12), px(12), px(12))
            outer.setSpacing(px(8))
            column.setSpacing(px(10))
            self.setMinimumWidth(round(MIN_WIDTH * (1 + 0.75 * (theme.scale() - 1))))

        theme.follow_scale(self, apply_scale)

    def set_scenarios(self, titles: list[str]) -> None:
        self.picker.set_titles(titles)

    def set_current(self, index: int) -> None:
        """Mark the scenario the panel shows (choosing starts nothing by itself)."""
        self.picker.setCurrentRow(index)

    def show_step(
        self,
        index: int,
        count: int,
        title: str,
        say: str,
        ask: str,
        point: str,
        actions: list[str],
        notes: str,
    ) -> None:
        step = tr("Step {number} of {count}").format(number=index + 1, count=count)
        self.counter.setText(step)
        self.counter.setAccessibleName(step)
        self.step_title.setText(title)
        self.say.setText(tr("Say: {text}").format(text=say))
        self.ask.setText(tr("Ask: {question}").format(question=ask) if ask else "")
        self.ask.setVisible(bool(ask))
        self.point.setText(tr("Pointing at {target}.").format(target=point) if point else "")
        self.point.setVisible(bool(point))
        self.actions.setText("\n".join(f"\u2713 {a}" for a in actions))
        self.actions.setVisible(bool(actions))
        self.notes.setText(tr("Note: {text}").format(text=notes) if notes else "")
        self.notes.setVisible(bool(notes))
        self.previous.setEnabled(index > 0)
        self.next.setText(tr("Finish") if index + 1 == count else tr("Next"))

    def set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class ScenarioController(QObject):
    """Plays scenarios on the shop window. Signals: ``step_shown(str scenario_id, int index)``,
    ``action_ran(object action)``. :attr:`outcomes` holds what the current step's data
    actions did (:class:`~tightrope.workshop.scenario_actions.Outcome`); :attr:`question` is the open
    "replace the data?" question of :meth:`choose`, if any.

    ``ask_replace(persona_id, scenario_title, on_load, on_cancel)`` opens that question
    (the workshop's "Load persona?" box) without blocking and returns it."""

    step_shown = Signal(str, int)
    action_ran = Signal(object)

    def __init__(
        self,
        window: QWidget,
        services: Services,
        panel: Callable[[], ScenarioPanel],
        parent: QObject | None = None,
        ask_replace: AskReplace | None = None,
        *,
        navigator: Navigator,
        side_panel: SidePanel,
        refresh: Callable[[], None],
        store_changed: SignalInstance,
        show_why: Callable[[str], None],
    ):
        """``window``: where a step's target is looked for and framed; ``refresh``:
        re-renders the shop after a persona load; ``show_why``: opens the why panel as a
        "Why?" button does."""
        super().__init__(parent)
        self.window = window
        self.services = services
        self._navigator = navigator
        self._side_panel = side_panel
        self._refresh = refresh
        self._show_why = show_why
        # opens the privacy page at a tab (the privacy controller's, wired by the window)
        self.show_privacy: Callable[[int], None] | None = None
        self._panel = panel  # built on first use (the workshop controller's dock)
        self._attached: ScenarioPanel | None = None
        self.overlay = HighlightOverlay(window)
        self.scenarios: list[Scenario] = []
        self.scenario: Scenario | None = None
        self.index = 0
        self.outcomes: list[Outcome] = []
        self.question: QMessageBox | None = None
        self._ask_replace = ask_replace
        # The frame shows only while this is on: the panel is on screen and no study session
        # runs (the workshop controller says which, through set_pointing).
        self._pointing = False
        self._point_later = one_shot(self, self._point, 60)
        store_changed.connect(self._on_store_changed)

    @property
    def panel(self) -> ScenarioPanel:
        return self._panel()

    def attach(self, panel: ScenarioPanel) -> None:
        """Wire the panel, once it is built."""
        panel.scenario_chosen.connect(self._on_scenario_chosen)
        panel.next_clicked.connect(self.next)
        panel.previous_clicked.connect(self.previous)
        self._attached = panel
        self._update_clock()

    def load_shipped(self) -> None:
        try:
            self.scenarios = list_scenarios(self.services.catalog)
        except ScenarioError as exc:
            self.scenarios = []
            self.panel.set_problem(str(exc))
        self.panel.set_scenarios([s.title for s in self.scenarios])

    def choose(self, scenario: Scenario) -> QMessageBox | None:
        """Start a scenario the facilitator picked (in the list, or the first F9). When its
        first step loads a persona over stored data, show its script and ask first (returns
        the open question): Load starts it, Cancel leaves the shop as it was, the script on
        show with its first step not run. An empty shop is not asked about."""
        loads = [a.arg for a in scenario.steps[0].actions if a.do == "load_persona"]
        persona_id = loads[0] if loads else None
        if (
            persona_id is None
            or self._ask_replace is None
            or personas.stored_count(self.services.store) == 0
        ):
            self.start(scenario)
            return None
        self._show(scenario, run=False)
        question = self._ask_replace(
            persona_id, scenario.title, lambda: self.start(scenario), self._on_start_cancelled
        )
        question.finished.connect(self._on_question_finished)
        self.question = question
        return question

    def start(self, scenario: Scenario) -> None:
        """Begin a scenario at its first step, running that step's actions, with the shop's
        clock back at real time (the scenario's own actions may move it again)."""
        retention_ops.reset_clock(self.services.store)
        self._show(scenario, run=True)

    def _show(self, scenario: Scenario, run: bool) -> None:
        if scenario not in self.scenarios:
            self.scenarios.append(scenario)
            self.panel.set_scenarios([s.title for s in self.scenarios])
        self.panel.set_current(self.scenarios.index(scenario))
        self.scenario = scenario
        self.panel.summary.setText(scenario.summary)
        self._enter(0, run=run)

    @Slot()
    def _on_start_cancelled(self) -> None:
        self.panel.set_result(
            tr("Not run: the shop keeps its data. Pick the scenario again to load its shopper.")
        )

    @Slot(int)
    def _on_question_finished(self, _result: int) -> None:
        self.question = None

    @Slot(int)
    def _on_scenario_chosen(self, index: int) -> None:
        if 0 <= index < len(self.scenarios):
            self.choose(self.scenarios[index])

    def set_pointing(self, on: bool) -> None:
        """Frame what a step points at only while ``on`` (the panel shows and no study
        session runs); off takes the frame away at once, on brings the step's back."""
        self._pointing = on
        if not on:
            self._point_later.stop()
            self.overlay.clear()
        elif self.scenario is not None and self.scenario.steps[self.index].point_at:
            self._point_later.start()

    @Slot()
    def next(self) -> None:
        if self.scenario is None:
            return
        if self.index + 1 >= len(self.scenario.steps):
            self.overlay.clear()
            return
        self._enter(self.index + 1, run=True)

    @Slot()
    def previous(self) -> None:
        if self.scenario is not None and self.index > 0:
            self._enter(self.index - 1, run=False)

    def _enter(self, index: int, run: bool) -> None:
        assert self.scenario is not None
        self.index = index
        step = self.scenario.steps[index]
        self.panel.set_problem("")
        self.outcomes = []
        if run:
            for action in step.actions:
                outcome = self.run(action)
                if outcome is not None:
                    self.outcomes.append(outcome)
        # what this step deleted, as its receipts say (a persona load's replacement is
        # announced by the step's own text)
        self.panel.set_result("\n".join(o.text for o in self.outcomes if o.deletion_receipts()))
        self.panel.show_step(
            index,
            len(self.scenario.steps),
            step.title,
            step.say,
            step.ask,
            target_label(step.point_at) if step.point_at else "",
            [a.describe() for a in step.actions],
            step.notes,
        )
        self.overlay.clear()
        if step.point_at:
            self._point_later.start()  # after the pages the actions opened have laid out
        self.step_shown.emit(self.scenario.id, index)

    @Slot()
    def _point(self) -> None:
        if self.scenario is None or not self._pointing:
            return
        name = self.scenario.steps[self.index].point_at
        target = find_target(self.window, name)
        if target is None:
            self.panel.set_problem(
                tr("({target} is not on screen right now.)").format(target=target_label(name))
            )
        self.overlay.point_at(target)

    # --- actions ------------------------------------------------------------------------
    def run(self, action: Action) -> Outcome | None:
        """Carry out one scenario action: its data part in the core (as ``tightrope scenario
        check`` does), the rest through the navigator and the panels. Returns what a data
        action did (None for the others)."""
        go = self._navigator.go
        outcome = None
        if action.do == "load_persona":
            outcome = scenario_actions.run(self.services, action)
            self._side_panel.hide()
            self._refresh()
        elif action.do == "advance_clock":
            # expired data is deleted at once, with receipts, as "Advance time" does; the
            # pages follow the store's change notices
            outcome = scenario_actions.run(self.services, action)
        elif action.do == "forget_topic":
            outcome = self.forget_topic(action.arg)
        elif action.do == "open_product":
            go(Route(PRODUCT, action.arg, scenario_actions.SCENARIO_WHERE))
        elif action.do == "open_why":
            self.open_why(action.arg)
        elif action.do == "open_category":
            go(Route(CATEGORY, action.arg))
        elif action.do == "search":
            go(Route(SEARCH, action.arg))
        elif action.do == "go_home":
            go(Route(HOME))
        elif action.do == "open_your_data":
            go(Route(YOUR_DATA))
        elif action.do == "close_panel":
            self._side_panel.hide()
        elif action.do == "open_how_it_works":
            go(Route(HOW_IT_WORKS))
        elif action.do == "open_privacy":
            if self.show_privacy is not None:
                self.show_privacy(PRIVACY_TABS.index(action.arg))
        elif action.do in scenario_actions.RIGHTS_ACTIONS:
            # the core write the window's control makes; the pages follow the one signal
            outcome = scenario_actions.run(self.services, action)
        self.action_ran.emit(action)
        return outcome

    def forget_topic(self, topic: str) -> Outcome:
        """Forget a whole topic: through the open why panel's own "Forget the whole topic"
        when one of its reasons offers it (its receipt banner shows), else through the
        operation; the shop refreshes as after any forget."""
        from tightrope.ui.why_panel import WhyPanel  # here: not needed for the first paint

        panel = self._side_panel.current()
        change = panel.forget_topic(topic) if isinstance(panel, WhyPanel) else None
        if change is not None:
            return scenario_actions.outcome_of(change)
        # the shop follows the operation's change like any other (the window's one signal)
        return scenario_actions.forget_topic(self.services, topic)

    def open_why(self, product_id: str) -> None:
        """Show the why panel for a product, exactly as its "Why?" button does."""
        self._show_why(product_id)

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if CLOCK in changes.settings:
            self._update_clock()

    def _update_clock(self) -> None:
        panel = self._attached
        if panel is None:  # not built yet: it shows the date when it is
            return
        now = self.services.store.clock.now()
        offset = self.services.store.clock.offset_days
        date = f"{now:%d %b %Y}"
        panel.clock.setText(
            tr("Shop date: {date} ({days} days ahead)").format(date=date, days=f"{offset:g}")
            if offset
            else tr("Shop date: {date}").format(date=date)
        )
        panel.clock.setToolTip(format_time(now))
