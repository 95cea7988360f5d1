"""Consent views: the switch list (used on the first-run screen and the privacy page) and the
first-run consent screen that covers the shop until the user chooses.

Views only build layout and expose widgets and signals; :mod:`.controller` acts on them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.privacy.consent import SENSITIVE_PREFIX, description, sensitive_description
from tightrope.ui import format
from tightrope.ui.widgets.labels import styled_label

tr = translator("ConsentScreen")


class ConsentForm(QWidget):
    """One checkbox per switch, with a line saying what it collects.

    Signals: ``toggled(str switch, bool on)`` when the user flips one.
    """

    toggled = Signal(str, bool)

    def __init__(self, switches: Iterable[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        self.counts: dict[str, QWidget] = {}
        everyday = QGridLayout()
        everyday.setHorizontalSpacing(16)
        everyday.setVerticalSpacing(6)
        sensitive = QGridLayout()
        sensitive.setHorizontalSpacing(16)
        sensitive.setVerticalSpacing(6)
        for switch, label in switches:
            grid = sensitive if switch.startswith(SENSITIVE_PREFIX) else everyday
            row = grid.rowCount()
            box = QCheckBox(format.literal(label), self)
            box.setAccessibleName(label)
            box.setObjectName("consentSwitch")
            box.setCursor(Qt.CursorShape.PointingHandCursor)
            text = description(switch)
            box.setAccessibleDescription(text or sensitive_description())
            box.toggled.connect(lambda on, s=switch: self.toggled.emit(s, on))
            grid.addWidget(box, row, 0)
            note = styled_label(text, "muted", self)
            note.setWordWrap(True)
            grid.addWidget(note, row, 1)
            self.boxes[switch] = box
            self.counts[switch] = note
        everyday.setColumnStretch(1, 1)
        sensitive.setColumnStretch(1, 1)
        layout.addLayout(everyday)
        self.sensitive_title = styled_label(tr("Sensitive categories"), "h2", self)
        layout.addWidget(self.sensitive_title)
        self.sensitive_note = styled_label(sensitive_description(), "muted", self)
        self.sensitive_note.setWordWrap(True)
        layout.addWidget(self.sensitive_note)
        layout.addLayout(sensitive)

    def set_values(self, values: dict[str, bool]) -> None:
        """Show these values without emitting ``toggled``."""
        for switch, on in values.items():
            box = self.boxes.get(switch)
            if box is not None and box.isChecked() != on:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)

    def values(self) -> dict[str, bool]:
        return {s: b.isChecked() for s, b in self.boxes.items()}


class ConsentScreen(QFrame):
    """The first-run screen: nothing personal is recorded until one of its buttons is used.

    "Accept all", "Reject all" and "Save my choices" look the same: no choice is pushed.
    Signals: ``accept_all_clicked()``, ``reject_all_clicked()``, ``save_clicked()``.
    """

    accept_all_clicked = Signal()
    reject_all_clicked = Signal()
    save_clicked = Signal()

    def __init__(self, switches: Iterable[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentScreen")
        self.setAutoFillBackground(True)
        self.setAccessibleName(tr("Choose what the shop may collect"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("page")
        scroll.setAccessibleName(tr("Consent choices"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        canvas = QWidget(scroll)
        canvas.setObjectName("pageCanvas")
        row = QHBoxLayout(canvas)
        row.setContentsMargins(32, 32, 32, 32)
        card = QFrame(canvas)
        card.setObjectName("emptyState")
        card.setMaximumWidth(820)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        scroll.setWidget(canvas)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(12)
        self.title = styled_label(tr("Before you shop: what may Tightrope collect?"), "h1", card)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.intro = styled_label(
            tr(
                "Nothing about you is recorded until you choose. Each switch covers one kind of "
                "data; what you allow is used only to suggest products, stays on this computer, "
                "and can be changed or deleted at any time under Privacy."
            ),
            "muted",
            card,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        self.form = ConsentForm(switches, card)
        layout.addWidget(self.form)
        layout.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.accept_all = self._button(tr("Accept all"), card)
        self.reject_all = self._button(tr("Reject all"), card)
        self.save = self._button(tr("Save my choices"), card)
        self.accept_all.clicked.connect(self.accept_all_clicked)
        self.reject_all.clicked.connect(self.reject_all_clicked)
        self.save.clicked.connect(self.save_clicked)
        for b in (self.accept_all, self.reject_all, self.save):
            buttons.addWidget(b, 1)
        layout.addLayout(buttons)
        self.footnote = styled_label(
            tr(
                "\u201cAccept all\u201d turns on the everyday categories; sensitive categories "
                "only ever have their own switch."
            ),
            "small",
            card,
        )
        self.footnote.setWordWrap(True)
        layout.addWidget(self.footnote)
        layout.addStretch(1)  # a card taller than its lines keeps them together at the top

    @staticmethod
    def _button(text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName("secondaryButton")  # one style for all three: equally prominent
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(text)
        return button


class CoverFilter(QObject):
    """Keeps a cover widget the size of the widget it covers."""

    def __init__(self, cover: QWidget, covered: QWidget):
        super().__init__(cover)
        self._cover = cover
        self._covered = covered
        covered.installEventFilter(self)
        cover.setGeometry(covered.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self._cover.setGeometry(self._covered.rect())
        return False
