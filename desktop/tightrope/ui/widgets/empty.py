"""A friendly empty state: what is (not) here and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tightrope.ui.widgets.labels import styled_label


class EmptyState(QFrame):
    """Signals: ``action_clicked()`` (the optional button)."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(8)
        self.title = styled_label("", "h2", self)
        self.title.setWordWrap(True)
        self.text = styled_label("", "muted", self)
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        row = QHBoxLayout()
        self.action = QPushButton(self)
        self.action.setObjectName("secondaryButton")
        self.action.setCursor(Qt.CursorShape.PointingHandCursor)
        self.action.clicked.connect(self.action_clicked)
        row.addWidget(self.action)
        row.addStretch(1)
        layout.addLayout(row)

    def set_text(self, title: str, text: str = "", action: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
