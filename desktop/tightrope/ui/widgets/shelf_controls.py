"""The controls that sit with the shelves: the personalization level and a way to "How
recommendations work" (DSA Art. 27(3): the option to change the recommender, easy to reach
where recommendations are shown). A view: the home page's controller acts on its signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.privacy.consent import LEVELS, level_text
from tightrope.ui import theme
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import styled_label

tr = translator("ShelfControls")


class LevelSwitch(QWidget):
    """Off / Light / Full as radio buttons (arrow keys move between them, as in any radio
    group). Signals: ``level_chosen(str)`` when the user picks one."""

    level_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # wraps onto more rows when narrow (presenter scale, a docked panel): never wider
        # than the page
        row = FlowLayout(self, 12)
        self._row = row
        theme.follow_scale(self, lambda: row.set_spacing(theme.px(12)))
        self.label = styled_label(tr("Personalization:"), "small", self)
        row.addWidget(self.label)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for k, level in enumerate(LEVELS):
            name, line = level_text(level)
            radio = QRadioButton(name, self)
            radio.setObjectName("levelRadio")
            radio.setAccessibleName(tr("Personalization {level}").format(level=name))
            radio.setAccessibleDescription(line)
            radio.setToolTip(line)
            radio.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(radio, k)
            self.buttons[level] = radio
            row.addWidget(radio)
        self.group.idClicked.connect(self._on_clicked)

    def add_widget(self, widget: QWidget) -> None:
        """Another control on the switch's row (it wraps with them)."""
        self._row.addWidget(widget)

    def set_level(self, level: str) -> None:
        """Show the level in force without emitting ``level_chosen``."""
        radio = self.buttons[level]
        if not radio.isChecked():
            radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(False)

    def level(self) -> str:
        return next(level for level, b in self.buttons.items() if b.isChecked())

    @Slot(int)
    def _on_clicked(self, button_id: int) -> None:
        self.level_chosen.emit(list(LEVELS)[button_id])


class ShelfControls(QFrame):
    """The strip above the home page's shelves. Signals: ``level_chosen(str)``,
    ``how_requested()``."""

    level_chosen = Signal(str)
    how_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shelfControls")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.switch = LevelSwitch(self)
        set_anchor(self.switch, "shelf.level")
        self.switch.level_chosen.connect(self.level_chosen)
        column.addWidget(self.switch)
        self.how = QPushButton(tr("How recommendations work"), self.switch)
        self.how.setObjectName("linkButton")
        self.how.setCursor(Qt.CursorShape.PointingHandCursor)
        self.how.setAccessibleName(tr("How recommendations work"))
        self.how.setAccessibleDescription(
            tr(
                "What the shop uses to choose these shelves, how much each part counts for you now, "
                "and how to change it"
            )
        )
        self.how.clicked.connect(self.how_requested)
        self.switch.add_widget(self.how)
        self.note = styled_label("", "small", self)
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)

    def set_state(self, level: str, note: str) -> None:
        """The level chosen; ``note``, when not empty, says why it is not what is in force
        (a known minor): the switch is then shown but cannot be used."""
        self.switch.set_level(level)
        self.switch.setEnabled(not note)
        self.note.setText(note)
        self.note.setVisible(bool(note))
