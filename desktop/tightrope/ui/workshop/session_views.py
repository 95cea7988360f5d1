"""Views for a user-testing session: the start dialog, the task strip, the questionnaire.

Views only build layout and expose widgets and signals; tightrope.ui.workshop.session wires
them to the recorder. Dialogs are opened with ``open()`` (never ``exec()``) so nothing blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.widgets.labels import plain_label
from tightrope.workshop.sessions import OPAQUE, PARTICIPANT_PATTERN, TRANSPARENT, SessionSummary
from tightrope.workshop.study_plan import PlanCheck, Proposal, StudyPlan
from tightrope.workshop.tasks import Questionnaire, Task

tr = translator("SessionViews")

MAX_NOTE = 2000  # characters: a note, not a transcript

CONSENT_TEXT = tr.mark(
    "We would like to record what you do in this shop during the session: which pages you "
    "open, what you click, search for and change, and how long each task takes. The recording "
    "stays on this computer and is labelled with the code {code}, never with your name. "
    "Nothing outside this shop window is recorded, and there is no audio or video. You can "
    "ask us to stop at any time, and to delete the recording afterwards."
)


# a condition inside a sentence ("The plan gives P04 the opaque shop")
SHOP_NAMES = {TRANSPARENT: tr.mark("transparent shop"), OPAQUE: tr.mark("opaque shop")}


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    # plain text: titles, instructions and questions come from task-list files
    return plain_label(text, parent, role, wrap=True)


def shop_name(condition: str) -> str:
    return tr(SHOP_NAMES[condition])


def clock_text(seconds: float) -> str:
    """Elapsed time as a stopwatch shows it: 0:07, 12:03, 1:02:03."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class SessionStartDialog(QDialog):
    """Participant code, condition, persona, task list, the study plan, recording consent.

    Opened with a :class:`~tightrope.workshop.study_plan.Proposal` (the plan's next participant, or
    the last choices). With a plan, typing a code of the plan selects its condition, and
    any choice unlike the plan's shows a warning (:attr:`plan_warning`); the session may
    still start, and its log records the deviation. The Start button is enabled once the
    code is a valid pseudonymous code and the consent box is ticked. Read the choices with
    :meth:`choices` after ``accepted``.

    Signals: ``load_plan_clicked()``.
    """

    load_plan_clicked = Signal()

    def __init__(
        self,
        proposal: Proposal,
        personas: Sequence[tuple[str, str]],  # (id, name)
        task_lists: Sequence[tuple[str, str]],  # (id or path, title)
        condition: str = TRANSPARENT,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.plan: StudyPlan | None = None
        self.used: set[str] = set()
        suggested_code = proposal.participant
        condition = proposal.condition or condition
        self.setObjectName("sessionStartDialog")
        self.setWindowTitle(tr("Start a user-testing session"))
        layout = QVBoxLayout(self)
        # No size constraint: the offscreen/minimal platforms cannot take size hints later.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code = QLineEdit(suggested_code, self)
        self.code.setObjectName("participantCode")
        self.code.setAccessibleName(tr("Participant code"))
        self.code.setPlaceholderText("e.g. P07")
        self.code_hint = _label(tr("A code like P07, never a name."), self, "muted")
        code_box = QVBoxLayout()
        code_box.addWidget(self.code)
        code_box.addWidget(self.code_hint)
        form.addRow(tr("Participant code"), code_box)

        self.transparent = QRadioButton(tr("Transparent shop (explanations and controls)"), self)
        self.opaque = QRadioButton(tr("Opaque shop (a typical store: no explanations)"), self)
        self.transparent.setObjectName("conditionTransparent")
        self.opaque.setObjectName("conditionOpaque")
        (self.opaque if condition == OPAQUE else self.transparent).setChecked(True)
        cond_box = QVBoxLayout()
        cond_box.addWidget(self.transparent)
        cond_box.addWidget(self.opaque)
        form.addRow(tr("Condition"), cond_box)

        self.persona = FittingComboBox(self)
        self.persona.setObjectName("sessionPersona")
        for pid, name in personas:
            self.persona.addItem(name, pid)
        self._select(self.persona, proposal.persona)
        form.addRow(tr("Persona"), self.persona)
        self.persona_note = _label(
            tr("Starting loads this persona: it replaces all personal data in this shop."),
            self,
            "muted",
        )
        form.addRow("", self.persona_note)

        self.task_list = FittingComboBox(self)
        self.task_list.setObjectName("sessionTaskList")
        for tid, title in task_lists:
            self.task_list.addItem(title, tid)
        self._select(self.task_list, proposal.task_list)
        form.addRow(tr("Task list"), self.task_list)

        self.plan_label = _label(self._no_plan(), self, "muted")
        self.plan_label.setObjectName("planLabel")
        self.load_plan = QPushButton(tr("Load plan\u2026"), self)
        self.load_plan.setObjectName("loadPlan")
        self.load_plan.clicked.connect(self.load_plan_clicked)
        plan_box = QHBoxLayout()
        plan_box.addWidget(self.plan_label, 1)
        plan_box.addWidget(self.load_plan, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(tr("Study plan"), plan_box)
        layout.addLayout(form)
        # a choice unlike the plan's: said before Start, and logged with the session
        self.plan_warning = _label("", self, "warning")
        self.plan_warning.setObjectName("planWarning")
        self.plan_warning.hide()
        layout.addWidget(self.plan_warning)

        consent_frame = QFrame(self)
        consent_frame.setObjectName("consentBox")
        consent_layout = QVBoxLayout(consent_frame)
        consent_layout.addWidget(_label(tr("Read this to the participant:"), consent_frame, "h2"))
        self.consent_text = _label("", consent_frame)
        self.consent_text.setObjectName("consentText")
        consent_layout.addWidget(self.consent_text)
        self.consent = QCheckBox(tr("The participant agrees to this recording"), consent_frame)
        self.consent.setObjectName("recordingConsent")
        consent_layout.addWidget(self.consent)
        layout.addWidget(consent_frame)

        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(
            tr("Start session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.setObjectName("startSession")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.code.textChanged.connect(self._update)
        self.code.textEdited.connect(self.follow_plan)
        self.consent.toggled.connect(self._update)
        for changed in (
            self.transparent.toggled,
            self.persona.currentIndexChanged,
            self.task_list.currentIndexChanged,
        ):
            changed.connect(self._update)
        self._update()
        self.setMinimumWidth(560)
        self.resize(640, self.sizeHint().height())

    @staticmethod
    def _no_plan() -> str:
        return tr(
            "No study plan: write one with \u201ctightrope study plan\u201d to have "
            "participants and conditions proposed."
        )

    @staticmethod
    def _select(box: QComboBox, value: str | None) -> None:
        index = box.findData(value) if value else -1
        if index < 0 and value:  # a task list file named by a plan, not shipped
            box.addItem(Path(value).stem, value)
            index = box.count() - 1
        if index >= 0:
            box.setCurrentIndex(index)

    def set_plan(
        self, plan: StudyPlan | None, used: set[str], name: str = "", problem: str = ""
    ) -> None:
        """Follow ``plan`` (None: no plan); ``used``: codes that have a session already;
        ``name``: the plan's file name; ``problem``: why a plan could not be read."""
        self.plan, self.used = plan, {c.upper() for c in used}
        if problem:
            self.plan_label.setProperty("role", "warning")
            self.plan_label.setText(problem)
        elif plan is None:
            self.plan_label.setProperty("role", "muted")
            self.plan_label.setText(self._no_plan())
        else:
            self.plan_label.setProperty("role", "muted")
            done = sum(r.code in self.used for r in plan.rows)
            self.plan_label.setText(
                tr(
                    "{file}: %n participant(s), {transparent} transparent and {opaque} opaque; "
                    "{done} with a session.",
                    n=len(plan.rows),
                ).format(
                    file=name,
                    transparent=plan.count(TRANSPARENT),
                    opaque=plan.count(OPAQUE),
                    done=done,
                )
            )
        self.plan_label.style().unpolish(self.plan_label)
        self.plan_label.style().polish(self.plan_label)
        self._update()
        self._fit()

    @Slot(str)
    def follow_plan(self, code: str) -> None:
        """A code of the plan typed: its condition (and the plan's persona and task list)."""
        row = self.plan.row(code) if self.plan is not None else None
        if row is None:
            return
        (self.opaque if row.condition == OPAQUE else self.transparent).setChecked(True)
        self._select(self.persona, self.plan.persona)
        self._select(self.task_list, self.plan.task_list)

    def check(self) -> PlanCheck | None:
        """How the current choices compare with the plan (None: no plan)."""
        if self.plan is None:
            return None
        c = self.choices()
        return self.plan.check(c["participant"], c["condition"], c["persona"], c["task_list"])

    def _warnings(self, code: str) -> list[str]:
        check = self.check()
        if check is None or self.plan is None:
            return []
        said = []
        if check.row is None:
            said.append(
                tr("{code} is not in the plan ({first} to {last}).").format(
                    code=code, first=self.plan.rows[0].code, last=self.plan.rows[-1].code
                )
            )
        planned = check.planned
        if "condition" in planned:
            said.append(
                tr("The plan gives {code} the {planned}, not the {chosen}.").format(
                    code=code,
                    planned=shop_name(planned["condition"]),
                    chosen=shop_name(self.choices()["condition"]),
                )
            )
        if "persona" in planned:
            index = self.persona.findData(planned["persona"])
            said.append(
                tr("The plan loads {planned} for every participant, not {chosen}.").format(
                    planned=self.persona.itemText(index) if index >= 0 else planned["persona"],
                    chosen=self.persona.currentText(),
                )
            )
        if "task_list" in planned:
            said.append(
                tr("The plan's task list is {planned}, not {chosen}.").format(
                    planned=planned["task_list"], chosen=self.task_list.currentText()
                )
            )
        return said

    @Slot()
    def _update(self, *_args: object) -> None:
        code = self.code.text().strip()
        valid = bool(PARTICIPANT_PATTERN.match(code))
        self.consent_text.setText(tr(CONSENT_TEXT).format(code=code.upper() if valid else "P07"))
        self.code_hint.setText(
            tr("A code like P07, never a name.")
            if valid or not code
            else tr("Use letters then digits, like P07 or TR-012; never a name.")
        )
        self.start.setEnabled(valid and self.consent.isChecked())
        said = self._warnings(code.upper()) if valid else []
        if valid and code.upper() in self.used:
            said.append(
                tr("{code} already has a session in this folder.").format(code=code.upper())
            )
        if said and self.check() is not None and not self.check().followed:
            text = tr("Not as planned: {what} You may still start; the log records it.").format(
                what=" ".join(said)
            )
        else:
            text = " ".join(said)
        if text != self.plan_warning.text() or bool(text) != self.plan_warning.isVisibleTo(self):
            self.plan_warning.setText(text)
            self.plan_warning.setVisible(bool(text))
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # polished now: the stylesheet's fonts make the rows taller than at init

    def _fit(self) -> None:
        """Grow to show a warning or a longer plan line whole (the layout sets no size
        constraint: the offscreen and minimal platforms cannot take size hints later)."""
        layout = self.layout()
        layout.activate()
        height = self.sizeHint().height()
        if layout.hasHeightForWidth():  # wrapped labels: taller at this width than the hint
            height = max(height, layout.totalHeightForWidth(self.width()))
        if height > self.height():
            self.resize(self.width(), height)

    def choices(self) -> dict[str, str]:
        return {
            "participant": self.code.text().strip().upper(),
            "condition": OPAQUE if self.opaque.isChecked() else TRANSPARENT,
            "persona": self.persona.currentData(),
            "task_list": self.task_list.currentData(),
        }


class TaskStrip(QFrame):
    """The current task, shown unobtrusively along the bottom, with its buttons.

    Signals: ``start_clicked()``, ``done_clicked()``, ``give_up_clicked()``, ``end_clicked()``.
    """

    start_clicked = Signal()
    done_clicked = Signal()
    give_up_clicked = Signal()
    end_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(12)
        self.recording = _label("\u25cf Recording", self, "muted")
        self.recording.setObjectName("recordingBadge")
        self.recording.setWordWrap(False)
        self.title = _label("", self, "task")
        self.title.setObjectName("taskTitle")
        self.instruction = _label("", self)
        self.instruction.setObjectName("taskInstruction")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.instruction)
        row.addWidget(self.recording)
        row.addLayout(text, 1)
        self.start = QPushButton(tr("Start task"), self)
        self.start.setObjectName("taskStart")
        self.done = QPushButton(tr("Done"), self)
        self.done.setObjectName("taskDone")
        self.give_up = QPushButton(tr("Give up"), self)
        self.give_up.setObjectName("taskGiveUp")
        self.end = QPushButton(tr("End session"), self)
        self.end.setObjectName("endSession")
        for button, signal in (
            (self.start, self.start_clicked),
            (self.done, self.done_clicked),
            (self.give_up, self.give_up_clicked),
            (self.end, self.end_clicked),
        ):
            button.clicked.connect(signal)
            row.addWidget(button)

    def show_task(self, index: int, count: int, task: Task | None, running: bool) -> None:
        if task is None:
            self.title.setText(tr("All %n task(s) (is|are) done. Thank you!", n=count))
            self.instruction.setText(tr("The facilitator will end the session."))
        else:
            self.title.setText(
                tr("Task {number} of {count}: {title}").format(
                    number=index + 1, count=count, title=task.title
                )
            )
            self.instruction.setText(task.instruction)
        self.start.setVisible(task is not None and not running)
        self.done.setVisible(running)
        self.give_up.setVisible(running)


class QuestionnaireDialog(QDialog):
    """The post-task questions, each on a 1..points scale. ``answers()`` after ``accepted``."""

    def __init__(
        self, questionnaire: Questionnaire, task_title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("questionnaireDialog")
        self.setWindowTitle(questionnaire.title)
        self.questionnaire = questionnaire
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(
            _label(
                tr("{questionnaire}: \u201c{task}\u201d").format(
                    questionnaire=questionnaire.title, task=task_title
                ),
                self,
                "h2",
            )
        )
        if questionnaire.intro:
            layout.addWidget(_label(questionnaire.intro, self, "muted"))
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Questions"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.groups: dict[str, QButtonGroup] = {}
        row = 0
        for q in questionnaire.questions:
            grid.addWidget(_label(q.text, body), row, 0, 1, questionnaire.points + 2)
            row += 1
            grid.addWidget(_label(q.low, body, "muted"), row, 0, Qt.AlignmentFlag.AlignRight)
            group = QButtonGroup(self)
            for v in range(1, questionnaire.points + 1):
                button = QRadioButton(str(v), body)
                button.setObjectName(f"answer-{q.id}-{v}")
                button.setAccessibleName(
                    tr("{question}: {answer} of {points}").format(
                        question=q.text, answer=v, points=questionnaire.points
                    )
                )
                group.addButton(button, v)
                grid.addWidget(button, row, v)
            grid.addWidget(_label(q.high, body, "muted"), row, questionnaire.points + 1)
            group.idClicked.connect(self._update)
            self.groups[q.id] = group
            row += 1
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(self)
        self.submit = self.buttons.addButton(tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit.setObjectName("submitAnswers")
        self.skip = self.buttons.addButton(tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(max(560, self.sizeHint().width()), min(720, self.sizeHint().height() + 40))

    @Slot(int)
    def _update(self, *_args: object) -> None:
        self.submit.setEnabled(all(g.checkedId() > 0 for g in self.groups.values()))

    def choose(self, question_id: str, value: int) -> None:
        self.groups[question_id].button(value).click()

    def answers(self) -> dict[str, int]:
        return {qid: g.checkedId() for qid, g in self.groups.items() if g.checkedId() > 0}


class NoteDialog(QDialog):
    """A facilitator's note for the session log. ``text()`` after ``accepted``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(tr("Add a note"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(
            _label(tr("A note for the session log: what you saw, never a name."), self)
        )
        self.note = QLineEdit(self)
        self.note.setObjectName("noteText")
        self.note.setAccessibleName(tr("Note"))
        self.note.setMaxLength(MAX_NOTE)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(self)
        self.add = self.buttons.addButton(tr("Add note"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(lambda text: self.add.setEnabled(bool(text.strip())))
        self.add.setEnabled(False)
        self.setMinimumWidth(480)
        self.resize(520, self.sizeHint().height())

    def text(self) -> str:
        return self.note.text().strip()


class SessionSummaryDialog(QDialog):
    """One screen after End session: tasks done, given up and not started, criteria met,
    time, questionnaires answered, notes, and where the log is. Signals:
    ``next_participant_clicked()``."""

    next_participant_clicked = Signal()

    def __init__(self, summary: SessionSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessionSummary")
        self.summary = summary
        self.setWindowTitle(tr("Session ended"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(
            _label(
                tr("Session ended: {code}, {shop}").format(
                    code=summary.participant, shop=shop_name(summary.condition)
                ),
                self,
                "h2",
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        s = summary
        rows = (
            ("summaryTime", tr("Time"), clock_text(s.seconds)),
            (
                "summaryTasks",
                tr("Tasks"),
                tr(
                    "{done} done, {gave_up} given up, {not_started} not started, of %n", n=s.tasks
                ).format(done=s.done, gave_up=s.gave_up, not_started=s.not_started + s.unfinished),
            ),
            (
                "summaryCriterion",
                tr("Criterion met"),
                tr("{met} of {checked} tasks the app checks").format(
                    met=s.criterion_met, checked=s.criterion_checked
                ),
            ),
            (
                "summaryQuestionnaires",
                tr("Questionnaires"),
                tr("{answered} answered ({answers})").format(
                    answered=s.questionnaires, answers=tr("%n answer(s)", n=s.answers)
                ),
            ),
            ("summaryNotes", tr("Notes"), str(s.notes)),
        )
        self.values: dict[str, QLabel] = {}
        for name, title, value in rows:
            label = _label(value, self)
            label.setObjectName(name)
            form.addRow(title, label)
            self.values[name] = label
        self.log = plain_label(str(s.path), self, wrap=True, selectable=True)
        self.log.setObjectName("summaryLog")
        form.addRow(tr("Log file"), self.log)
        self.values["summaryLog"] = self.log
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.next = self.buttons.addButton(
            tr("Next participant\u2026"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next.setObjectName("summaryNext")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.next.clicked.connect(self.accept)
        self.next.clicked.connect(self.next_participant_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.resize(600, self.sizeHint().height())


class FacilitatorBar(QFrame):
    """The facilitator's tools beside the task strip, shown only while unlocked: the step
    timer and "Add a note…". Signals: ``note_clicked()``, ``lock_clicked()``."""

    note_clicked = Signal()
    lock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("facilitatorBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 16, 6)
        row.setSpacing(8)
        self.timer = plain_label("", self, "status")
        self.timer.setObjectName("stepTimer")
        self.timer.setAccessibleName(tr("Step timer"))
        # never squeezed by the task's instruction beside it: the time is what it is for
        self.timer.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        row.addWidget(self.timer)
        self.note = QPushButton(tr("Add a note\u2026"), self)
        self.note.setObjectName("facilitatorNote")
        self.lock = QPushButton(tr("Lock"), self)
        self.lock.setObjectName("facilitatorLock")
        self.lock.setToolTip(
            tr("Lock the workshop tools again (or press the facilitator shortcut)")
        )
        self.note.clicked.connect(self.note_clicked)
        self.lock.clicked.connect(self.lock_clicked)
        row.addWidget(self.note)
        row.addWidget(self.lock)

    def show_time(self, task: str | None, on_task: float | None, session: float) -> None:
        """``task``: "Task 2 of 5" while one runs (None between tasks)."""
        if task is None or on_task is None:
            text = tr("Between tasks \u00b7 session {total}").format(total=clock_text(session))
        else:
            text = tr("{task}: {time} \u00b7 session {total}").format(
                task=task, time=clock_text(on_task), total=clock_text(session)
            )
        self.timer.setText(text)
        self.timer.ensurePolished()  # the stylesheet's bold is part of the width
        self.timer.setMinimumWidth(self.timer.sizeHint().width())
        self.updateGeometry()
