"""Views for a user-testing session: the task strip, the questionnaire, notes, the summary and
the facilitator bar (the start dialog is in session_start).

Views only build layout and expose widgets and signals; tightrope.ui.workshop.session wires
them to the recorder. Dialogs are opened with ``open()`` (never ``exec()``) so nothing blocks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
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
from tightrope.ui.widgets.labels import plain_label
from tightrope.workshop.session_summary import SessionSummary
from tightrope.workshop.sessions import OPAQUE, TRANSPARENT
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


def view_label(text: str, parent: QWidget, role: str = "") -> QLabel:
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
        self.recording = view_label("\u25cf Recording", self, "muted")
        self.recording.setObjectName("recordingBadge")
        self.recording.setWordWrap(False)
        self.title = view_label("", self, "task")
        self.title.setObjectName("taskTitle")
        self.instruction = view_label("", self)
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
            view_label(
                tr("{questionnaire}: \u201c{task}\u201d").format(
                    questionnaire=questionnaire.title, task=task_title
                ),
                self,
                "h2",
            )
        )
        if questionnaire.intro:
            layout.addWidget(view_label(questionnaire.intro, self, "muted"))
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
            grid.addWidget(view_label(q.text, body), row, 0, 1, questionnaire.points + 2)
            row += 1
            grid.addWidget(view_label(q.low, body, "muted"), row, 0, Qt.AlignmentFlag.AlignRight)
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
            grid.addWidget(view_label(q.high, body, "muted"), row, questionnaire.points + 1)
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
            view_label(tr("A note for the session log: what you saw, never a name."), self)
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
            view_label(
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
            label = view_label(value, self)
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
