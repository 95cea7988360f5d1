"""Pieces every part of the why panel uses: its stylesheet, label and link factories, the
column container whose size hint is its layout's, and the "not used" entry.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.why.action_buttons import ActionButton
from tightrope.ui.why.content import INCLUDE, DatumInfo, Wording

tr = translator("WhyPanel")

PREVIEW_HINT = tr.mark(
    "Point at or tab to an action to see what it would change before you use it."
)

STYLE = Template(
    """
#whyPanel, #whyBody { background: $surface; }
#whyHeader { background: $surface; border: none; border-bottom: 1px solid $border; }
QScrollArea#whyScroll { background: transparent; border: none; }
QScrollArea#whyScroll QScrollBar[empty="true"]::handle:vertical { background: transparent; }
QLabel#whyTitle { font-size: 14pt; font-weight: bold; color: $text; }
QLabel#whyProductName { color: $muted; }
QLabel#whyHeadline { font-size: 15pt; font-weight: bold; color: $text; }
QLabel#whyRank { color: $accent; font-weight: bold; }
QLabel#whyRank[inTop="false"] { color: $text; }
QLabel#whySponsored {
    background: $sponsored_bg; color: $muted; border: 1px solid $border_strong;
    border-radius: 4px; padding: 1px 6px; font-size: 10pt; font-weight: bold;
}
QLabel#whyNote, QLabel#whyHint { color: $muted; }
QLabel#whySection { color: $muted; font-size: 10pt; font-weight: bold; }
QLabel#whyTotal { font-weight: bold; color: $text; }
QLabel#whyScore { color: $muted; font-size: 10pt; }
#whyBanner { background: $accent_soft; border: 1px solid $accent_soft_border; border-radius: 10px; }
#whyBanner:focus { border: 2px solid $accent; }
QLabel#whyReceipt { font-weight: bold; color: $text; }
QLabel#whyGone { color: $text; }
#whyCounterfactual { background: $page; border: 1px solid $border; border-radius: 10px; }
#whyNotUsed { background: $surface; border: 1px dashed $border_strong; border-radius: 10px; }
#whyFooter { background: $page; border: none; border-top: 1px solid $border; }
QLabel#whyNoUndo { color: $text; font-weight: bold; }
QLabel#whyPreview { color: $text; }
QLabel#whyPreview[idle="true"] { color: $muted; }
QLabel#whyCounterfactualText[pending="true"] { color: $muted; }
QLabel#whyCounterfactualData { color: $muted; font-size: 10pt; }

QPushButton#whyAction, QPushButton#whyForget {
    background: $surface; color: $text; border: 1px solid $border_strong;
    border-radius: 6px; padding: 4px 10px; min-height: 20px;
}
QPushButton#whyForget { color: $danger; border-color: $danger_border; font-weight: bold; }
QPushButton#whyAction:hover { background: $accent_soft; border-color: $accent; }
QPushButton#whyForget:hover { background: $danger_soft; border-color: $danger; }
QPushButton#whyAction:focus { border: 2px solid $accent; padding: 3px 9px; }
QPushButton#whyForget:focus { border: 2px solid $danger; padding: 3px 9px; }
QPushButton#whyAction:pressed { background: $accent_soft_pressed; }
QPushButton#whyForget:pressed { background: $danger_soft_pressed; }

QPushButton#whyLink {
    background: transparent; border: none; border-bottom: 2px solid transparent;
    color: $accent; font-weight: bold; padding: 2px 0px; text-align: left;
}
QPushButton#whyLink:hover, QPushButton#whyLink:focus { border-bottom-color: $accent; }

QToolButton#whyClose {
    background: transparent; border: 2px solid transparent; border-radius: 8px; padding: 4px;
}
QToolButton#whyClose:hover { background: $page; border-color: $border; }
QToolButton#whyClose:focus { border-color: $accent; }
"""
)


def make_label(text: str, name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def literal(text: str) -> str:
    """Button and menu text shown as written: '&' would otherwise mark a shortcut key
    ("Kitchen & cooking" would read "Kitchen _cooking")."""
    return text.replace("&", "&&")


def drop_preview(button: QWidget) -> None:
    """A preview belongs to the state it was computed in."""
    if button.toolTip():
        button.setToolTip("")
        button.setAccessibleDescription("")


def make_link(name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName("whyLink")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    button.setProperty("linkName", name)
    return button


class Column(QWidget):
    """A container of rows (the scrolled body, the list, its tail) whose size hint is its
    layout's. QWidget's own asks the layout's height for the hint's width, a width the
    column never has (its widest label's, a row's default), so every row, a hundred and
    more, was measured there whenever the scroll area or the body's layout asked."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()


class NotUsedEntry(QWidget):
    """An excluded data point about this product, with its "Use again" button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        theme.scaled_layout(self, row, spacing=12)
        self.label = make_label("", "whyNotUsedLabel", self)
        self.button = ActionButton(self, "whyAction")
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_datum(self, info: DatumInfo, words: Wording | None = None) -> None:
        self.label.setText(info.label)
        self.button.set_action(info.action(INCLUDE), words)
