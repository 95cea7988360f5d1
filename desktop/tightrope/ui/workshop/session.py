"""Running a user-testing session in the window: start, tasks, questionnaire, end, export.

:class:`SessionTap` is the one place UI interactions become log events. It listens to the
store's change notifications (data recorded, cart, forgets, excludes, consent, pause, do not
sell, clock) and to the window's UI signals (navigation, the side panel closing, and
the window's :class:`~tightrope.ui.events.UiEvents`, where panels report what the store does
not see: a why panel shown, a preview, a privacy tab, an export), and writes each as one
event. :class:`SessionController`
runs the session's lifecycle with the views in session_views, and the facilitator's notes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tightrope.i18n import translator
from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.ui.events import UiEvents
from tightrope.ui.file_dialogs import file_dialog
from tightrope.ui.navigation import SEARCH, Navigator, Route
from tightrope.ui.rules.twin import design_of
from tightrope.ui.window_parts import SidePanel
from tightrope.ui.workshop.clicks import ClickTap
from tightrope.ui.workshop.memory import SessionMemory
from tightrope.ui.workshop.session_start import SessionStartDialog
from tightrope.ui.workshop.session_views import (
    MAX_NOTE,
    NoteDialog,
    QuestionnaireDialog,
    SessionSummaryDialog,
    TaskStrip,
)
from tightrope.workshop import personas, scenario_actions, withdrawal
from tightrope.workshop.log_events import place, pseudonymise, rotates_key, store_events
from tightrope.workshop.session_csv import write_csv
from tightrope.workshop.session_summary import summarise
from tightrope.workshop.sessions import (
    SessionRecorder,
    read_session,
    sessions_dir,
    suggest_participant_code,
    used_codes,
)
from tightrope.workshop.study_plan import (
    DEFAULT_NAME,
    Proposal,
    StudyPlan,
    StudyPlanError,
    load_plan,
    propose,
)
from tightrope.workshop.tasks import TaskList, list_task_lists
from tightrope.workshop.tasks import load as load_task_list

if TYPE_CHECKING:
    from tightrope.storage.store import Store

tr = translator("SessionController")


class SessionTap(QObject):
    """Writes every interaction in one window to one recorder while it is attached."""

    def __init__(
        self,
        window: QWidget,
        store: Store,
        store_changed: SignalInstance,
        navigator: Navigator,
        side_panel: SidePanel,
        ui_events: UiEvents,
        parent: QObject | None = None,
    ):
        """``window``: whose mouse presses and activating keys are counted (clicks)."""
        super().__init__(parent)
        self.recorder: SessionRecorder | None = None
        self.store = store
        store_changed.connect(self._on_store_changed)
        navigator.navigated.connect(self._on_navigated)
        side_panel.hidden.connect(self._on_panel_hidden)
        ui_events.happened.connect(self._on_ui_event)
        self.clicks = ClickTap(
            window, lambda: self.recording, lambda how: self._log("click", input=how), self
        )

    @property
    def recording(self) -> bool:
        return self.recorder is not None and not self.recorder.closed

    def _log(self, type: str, **data: Any) -> None:
        if self.recording:
            self.recorder.log(type, **data)

    def _token(self, kind: str, value: object) -> str:
        """A keyed token under the session's own key (pseudonyms.SessionTokens)."""
        return self.recorder.tokens.token(kind, value)

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if not self.recording:
            return
        for event, data in store_events(changes, self._token):
            if event == "consent_change":  # 0: everything withdrawn (workshop.withdrawal)
                data["switches_on"] = withdrawal.switches_on(self.store)
            self._log(event, **data)
        if rotates_key(changes):
            self.recorder.tokens.rotate()

    @Slot(object, bool)
    def _on_navigated(self, route: Route, fresh: bool) -> None:
        if not self.recording:
            return
        data: dict[str, Any] = {"page": route.page, "back": not fresh}
        if route.arg and route.page == SEARCH:
            # what was searched is personal data (and can be forgotten): the log keeps
            # a keyed token, so "the same search again" still shows
            data["search"] = self._token("search", route.arg)
        elif route.arg:
            # a product's or a department's id says what the participant looked at
            data["arg"] = self._token(route.page, route.arg)
        if route.where:
            data["where"] = place(route.where)
        self._log("navigate", **data)

    @Slot()
    def _on_panel_hidden(self) -> None:
        self._log("panel_close")

    @Slot(str, dict)
    def _on_ui_event(self, type: str, data: dict[str, Any]) -> None:
        if self.recording:
            self._log(type, **pseudonymise(dict(data), self._token))


class SessionController(QObject):
    """Starts and ends sessions on a window, following a study plan when there is one.
    Signals: ``started(str path)``, ``ended(str path)``, ``condition_requested(str)`` (the
    start dialog's choice), ``next_participant_requested()`` (from the summary after End).

    :attr:`dialog` is the dialog open last (start, questionnaire, note, summary),
    :attr:`question` the open "End the session?" question, :attr:`plan_dialog` the open
    "Load a study plan" file dialog. ``monotonic`` is the clock of elapsed times (tests
    replace it)."""

    started = Signal(str)
    ended = Signal(str)
    condition_requested = Signal(str)
    next_participant_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        services: Services,
        strip: TaskStrip,
        parent: QObject | None = None,
        *,
        navigator: Navigator,
        side_panel: SidePanel,
        refresh: Callable[[], None],
        store_changed: SignalInstance,
        ui_events: UiEvents,
    ):
        """``window``: the dialogs' parent; ``refresh``: re-renders the shop once a session's
        persona is loaded; the signals go to the session's :class:`SessionTap`."""
        super().__init__(parent)
        self.window = window
        self.services = services
        self.strip = strip
        self._navigator = navigator
        self._side_panel = side_panel
        self._refresh = refresh
        self.tap = SessionTap(
            window, services.store, store_changed, navigator, side_panel, ui_events, self
        )
        self.memory = SessionMemory(services.data_dir)
        self.task_list: TaskList | None = None
        self.task_index = 0
        self.last_log: Path | None = None
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self.plan_dialog: QFileDialog | None = None
        self.monotonic: Callable[[], float] = time.monotonic
        strip.start_clicked.connect(self.start_task)
        strip.done_clicked.connect(self._on_done)
        strip.give_up_clicked.connect(self._on_give_up)
        strip.end_clicked.connect(self.ask_end)

    @property
    def recorder(self) -> SessionRecorder | None:
        return self.tap.recorder

    @property
    def running(self) -> bool:
        return self.recorder is not None and not self.recorder.closed

    def folder(self) -> Path:
        return sessions_dir(self.services.data_dir.root)

    # --- the study plan and the next participant -------------------------------------------
    def plan_path(self) -> Path | None:
        """The plan the dialog follows: the one loaded last, else ``study-plan.json`` in the
        data folder (where ``tightrope study plan`` writes it), if there is one."""
        remembered = self.memory.last().get("plan")
        if remembered:
            return Path(remembered)
        default = self.services.data_dir.root / DEFAULT_NAME
        return default if default.is_file() else None

    def plan(self) -> tuple[StudyPlan | None, str]:
        """The plan, read afresh (a new plan is followed at once), and why it could not be
        read ("" when it could, or when there is none)."""
        path = self.plan_path()
        if path is None:
            return None, ""
        try:
            return load_plan(path), ""
        except StudyPlanError as exc:
            return None, str(exc)

    def load_plan(self, path: Path) -> StudyPlan:
        """Follow the plan at path from now on (StudyPlanError: it is not followed)."""
        plan = load_plan(path)
        self.memory.remember(plan=str(path.resolve()))
        return plan

    def used(self) -> set[str]:
        return used_codes(self.folder())

    def proposal(self, condition: str | None = None) -> Proposal:
        """The next participant: the plan's next code, condition, persona and task list, or
        the next free code with the last choices (``condition``: when nothing says one)."""
        plan, _problem = self.plan()
        last = self.memory.last()
        if condition and "condition" not in last:
            last["condition"] = condition
        return propose(plan, self.used(), last, suggest_participant_code(self.folder()))

    # --- starting -----------------------------------------------------------------------
    def open_start_dialog(
        self, condition: str | None = None, proposal: Proposal | None = None
    ) -> SessionStartDialog:
        """The start dialog, pre-filled with ``proposal`` (by default :meth:`proposal`)."""
        proposal = proposal or self.proposal(condition)
        infos = personas.list_personas(self.services.catalog)
        lists = list_task_lists()
        dialog = SessionStartDialog(
            proposal,
            [(i.id, i.name) for i in infos],
            [(t.id, t.title) for t in lists],
            condition or proposal.condition or "transparent",
            self.window,
        )
        self._show_plan(dialog)
        dialog.load_plan_clicked.connect(lambda: self.ask_plan_file(dialog))
        dialog.accepted.connect(lambda: self.start(**dialog.choices()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_plan(self, dialog: SessionStartDialog) -> None:
        plan, problem = self.plan()
        path = self.plan_path()
        dialog.set_plan(plan, self.used(), path.name if path else "", problem)

    def ask_plan_file(self, dialog: SessionStartDialog) -> QFileDialog:
        """Choose a plan file (non-blocking); the dialog then follows it."""
        path = self.plan_path()
        chooser = file_dialog(
            dialog,
            tr("Load a study plan"),
            path or self.services.data_dir.root,
            self.services.data_dir,
            save=False,
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(tr("Study plans (*.json)"))
        chooser.fileSelected.connect(lambda name: self._plan_chosen(dialog, Path(name)))
        chooser.finished.connect(chooser.deleteLater)
        self.plan_dialog = chooser
        chooser.open()
        return chooser

    def _plan_chosen(self, dialog: SessionStartDialog, path: Path) -> None:
        try:
            plan = self.load_plan(path)
        except StudyPlanError as exc:
            dialog.set_plan(None, self.used(), path.name, str(exc))
            return
        used = self.used()
        dialog.set_plan(plan, used, path.name)
        row = plan.next_row(used)
        if row is not None:  # propose the plan's next participant at once
            dialog.code.setText(row.code)
            dialog.follow_plan(row.code)

    def start(self, participant: str, condition: str, persona: str, task_list: str) -> Path:
        """Load the persona (the shop's clock back to real time first), set the condition,
        and begin recording. With a study plan, the log's session_start says how the session
        compares with it, and a participant of the plan does the tasks in the plan's order."""
        if self.running:
            self.end()
        tasks = load_task_list(task_list)
        plan, _problem = self.plan()
        check = plan.check(participant, condition, persona, task_list) if plan else None
        if check is not None and check.row is not None and "task_list" not in check.deviations:
            tasks = tasks.ordered(check.row.tasks)
        scenario_actions.load_persona(self.services, persona)
        self.condition_requested.emit(condition)
        self._side_panel.hide()
        self._navigator.reset(Route("home"))
        self._refresh()
        self.tap.recorder = SessionRecorder.start(
            self.folder(),
            participant=participant,
            condition=condition,
            persona=persona,
            task_list=tasks,
            monotonic=self.monotonic,
            plan=check.to_json(plan.seed) if check is not None and plan is not None else None,
            design=design_of(self.window),
        )
        self.memory.remember(condition=condition, persona=persona, task_list=task_list)
        self.task_list = tasks
        self.task_index = 0
        self._show_task()
        self.strip.show()
        self.started.emit(str(self.recorder.path))
        return self.recorder.path

    # --- tasks --------------------------------------------------------------------------
    def _show_task(self) -> None:
        assert self.task_list is not None
        tasks = self.task_list.tasks
        task = tasks[self.task_index] if self.task_index < len(tasks) else None
        running = self.recorder is not None and self.recorder.current_task is not None
        self.strip.show_task(self.task_index, len(tasks), task, running)

    @Slot()
    def start_task(self) -> None:
        if not self.running or self.task_list is None:
            return
        if self.task_index >= len(self.task_list.tasks):
            return
        self.recorder.start_task(self.task_list.tasks[self.task_index].id)
        self._show_task()

    @Slot()
    def _on_done(self) -> None:
        self.finish_task("done")

    @Slot()
    def _on_give_up(self) -> None:
        self.finish_task("give_up")

    def finish_task(self, outcome: str) -> QuestionnaireDialog | None:
        """End the running task and ask the questionnaire (non-blocking)."""
        if not self.running or self.recorder.current_task is None or self.task_list is None:
            return None
        task = self.task_list.task(self.recorder.current_task)
        self.recorder.finish_task(outcome)
        self.task_index += 1
        self._show_task()
        dialog = QuestionnaireDialog(self.task_list.questionnaire, task.title, self.window)
        dialog.accepted.connect(lambda: self._answered(task.id, dialog.answers()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _answered(self, task_id: str, answers: dict[str, int]) -> None:
        if self.running:
            self.recorder.answer(task_id, answers)

    # --- facilitator's notes --------------------------------------------------------------
    def ask_note(self) -> NoteDialog | None:
        """A facilitator's note for the log (non-blocking); None when no session records."""
        if not self.running:
            return None
        dialog = NoteDialog(self.window)
        dialog.accepted.connect(lambda: self.add_note(dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_note(self, text: str) -> None:
        """Log a ``note`` event (at the running task, if any); an empty note is none."""
        text = text.strip()
        if text and self.running:
            self.recorder.log("note", text=text[:MAX_NOTE])

    # --- timing -------------------------------------------------------------------------
    def task_label(self) -> str | None:
        """ "Task 2 of 5" while a task runs, None between tasks."""
        if not self.running or self.recorder.current_task is None or self.task_list is None:
            return None
        return tr("Task {number} of {count}").format(
            number=self.task_index + 1, count=len(self.task_list.tasks)
        )

    # --- ending -------------------------------------------------------------------------
    @Slot()
    def ask_end(self) -> QMessageBox | None:
        """Ask before ending (non-blocking): "End the session for P07?", saying what becomes
        of a running task. End shows the session's summary."""
        if not self.running:
            return None
        code = self.recorder.participant
        title = tr("End the session for {code}?").format(code=code)
        label = self.task_label()
        if label is not None:
            more = tr("{task} is running: it is logged as given up.").format(task=label)
        else:
            more = tr("The log is closed: nothing more is recorded for {code}.").format(code=code)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            title,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("endSessionBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(more)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("End session"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(self._end_and_summarise)
        box.finished.connect(self._on_question_finished)
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    @Slot(int)
    def _on_question_finished(self, _result: int) -> None:
        self.question = None

    @Slot()
    def _end_and_summarise(self) -> None:
        path = self.end()
        if path is not None:
            self.show_summary(path)

    def show_summary(self, path: Path) -> SessionSummaryDialog:
        """One screen on the session just ended, read back from its log."""
        dialog = SessionSummaryDialog(summarise(read_session(path)), self.window)
        dialog.next_participant_clicked.connect(self.next_participant_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def end(self) -> Path | None:
        if not self.running:
            return None
        path = self.recorder.end()
        self.last_log = path
        self.tap.recorder = None
        self.strip.hide()
        self.ended.emit(str(path))
        return path

    def export_csv(self, out: Path) -> Path:
        """The current (or last) session as CSV."""
        source = self.recorder.path if self.running else self.last_log
        if source is None:
            raise ValueError("No session has been recorded in this window.")
        return write_csv(read_session(source), out)

    def write_report(self, out: Path) -> Path:
        """A report of the current (or last) session: HTML, or PDF for a .pdf name."""
        source = self.recorder.path if self.running else self.last_log
        if source is None:
            raise ValueError("No session has been recorded in this window.")
        # imported here: the report's modules (statistics and all) are not needed to start
        from tightrope.workshop.report import build_report
        from tightrope.workshop.report_html import write_html

        report = build_report([source], include_partial=True)
        if out.suffix.lower() == ".pdf":
            from tightrope.ui.workshop.pdf import write_pdf

            write_pdf(report, out)
        else:
            write_html(report, out)
        return out
