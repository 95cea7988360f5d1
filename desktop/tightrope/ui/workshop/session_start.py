"""The dialog that starts a study session: participant code, condition, persona, task list and
the participant's consent to being recorded (opened with ``open()``, never ``exec()``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.workshop.session_views import (
    CONSENT_TEXT,
    shop_name,
    view_label,
)
from tightrope.workshop.sessions import OPAQUE, PARTICIPANT_PATTERN, TRANSPARENT
from tightrope.workshop.study_plan import PlanCheck, Proposal, StudyPlan

tr = translator("SessionViews")  # the context its texts have always had


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
        self.code_hint = view_label(tr("A code like P07, never a name."), self, "muted")
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
        self.persona_note = view_label(
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

        self.plan_label = view_label(self._no_plan(), self, "muted")
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
        self.plan_warning = view_label("", self, "warning")
        self.plan_warning.setObjectName("planWarning")
        self.plan_warning.hide()
        layout.addWidget(self.plan_warning)

        consent_frame = QFrame(self)
        consent_frame.setObjectName("consentBox")
        consent_layout = QVBoxLayout(consent_frame)
        consent_layout.addWidget(
            view_label(tr("Read this to the participant:"), consent_frame, "h2")
        )
        self.consent_text = view_label("", consent_frame)
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
