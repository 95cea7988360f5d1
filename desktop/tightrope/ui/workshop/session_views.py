"""Views for a user-testing session: the start dialog, the task strip, the questionnaire.

Views only build layout and expose widgets and signals; tightrope.ui.workshop.session wires
them to the recorder. Dialogs are opened with ``open()`` (never ``exec()``) so nothing blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
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
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.sessions import OPAQUE, PARTICIPANT_PATTERN, TRANSPARENT
from tightrope.tasks import Questionnaire, Task
from tightrope.ui.widgets.labels import plain_label

tr = translator("SessionViews")

MAX_NOTE = 2000  # characters: a note, not a transcript

CONSENT_TEXT = tr.mark(
    "We would like to record what you do in this shop during the session: which pages you "
    "open, what you click, search for and change, and how long each task takes. The recording "
    "stays on this computer and is labelled with the code {code}, never with your name. "
    "Nothing outside this shop window is recorded, and there is no audio or video. You can "
    "ask us to stop at any time, and to delete the recording afterwards."
)


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    # plain text: titles, instructions and questions come from task-list files
    return plain_label(text, parent, role, wrap=True)


class SessionStartDialog(QDialog):
    """Participant code, condition, persona, task list and recording consent.

    The Start button is enabled once the code is a valid pseudonymous code and the consent
    box is ticked. Read the choices with :meth:`choices` after ``accepted``.
    """

    def __init__(
        self,
        suggested_code: str,
        personas: Sequence[tuple[str, str]],  # (id, name)
        task_lists: Sequence[tuple[str, str]],  # (id, title)
        condition: str = TRANSPARENT,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
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

        self.persona = QComboBox(self)
        self.persona.setObjectName("sessionPersona")
        for pid, name in personas:
            self.persona.addItem(name, pid)
        form.addRow(tr("Persona"), self.persona)
        self.persona_note = _label(
            tr("Starting loads this persona: it replaces all personal data in this shop."), self, "muted"
        )
        form.addRow("", self.persona_note)

        self.task_list = QComboBox(self)
        self.task_list.setObjectName("sessionTaskList")
        for tid, title in task_lists:
            self.task_list.addItem(title, tid)
        form.addRow(tr("Task list"), self.task_list)
        layout.addLayout(form)

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
        self.start = self.buttons.addButton(tr("Start session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setObjectName("startSession")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.code.textChanged.connect(self._update)
        self.consent.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(560)
        self.resize(640, self.sizeHint().height())

    @Slot()
    def _update(self, *_args: object) -> None:
        code = self.code.text().strip()
        valid = bool(PARTICIPANT_PATTERN.match(code))
        self.consent_text.setText(tr(CONSENT_TEXT).format(code=code.upper() if valid else "P07"))
        self.code_hint.setText(
            tr("A code like P07, never a name.") if valid or not code
            else tr("Use letters then digits, like P07 or TR-012; never a name.")
        )
        self.start.setEnabled(valid and self.consent.isChecked())

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
        for button, signal in ((self.start, self.start_clicked), (self.done, self.done_clicked),
                               (self.give_up, self.give_up_clicked), (self.end, self.end_clicked)):
            button.clicked.connect(signal)
            row.addWidget(button)

    def show_task(self, index: int, count: int, task: Task | None, running: bool) -> None:
        if task is None:
            self.title.setText(tr("All %n task(s) (is|are) done. Thank you!", n=count))
            self.instruction.setText(tr("The facilitator will end the session."))
        else:
            self.title.setText(tr("Task {number} of {count}: {title}").format(
                number=index + 1, count=count, title=task.title))
            self.instruction.setText(task.instruction)
        self.start.setVisible(task is not None and not running)
        self.done.setVisible(running)
        self.give_up.setVisible(running)


class QuestionnaireDialog(QDialog):
    """The post-task questions, each on a 1..points scale. ``answers()`` after ``accepted``."""

    def __init__(self, questionnaire: Questionnaire, task_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaireDialog")
        self.setWindowTitle(questionnaire.title)
        self.questionnaire = questionnaire
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(_label(tr("{questionnaire}: \u201c{task}\u201d").format(
            questionnaire=questionnaire.title, task=task_title), self, "h2"))
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
                button.setAccessibleName(tr("{question}: {answer} of {points}").format(
                    question=q.text, answer=v, points=questionnaire.points))
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
        layout.addWidget(_label(tr("A note for the session log: what you saw, never a name."), self))
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
