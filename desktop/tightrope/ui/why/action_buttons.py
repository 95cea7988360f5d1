"""The why panel's action buttons: one button per :class:`Action`, and the strip of them
(Forget this, Don't use this, More) that a contribution row hosts for its data point.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.names import set_description, set_name
from tightrope.ui.why.content import EXCLUDE, FORGET, Action, DatumInfo, Wording
from tightrope.ui.why.painting import cached_icon
from tightrope.ui.why.row_text import fonts_for

tr = translator("WhyPanel")

# Lengths at 100 %; theme.px() scales them.
BUTTON_GAP = 8
MORE_ICON = 14

# (width, font and scale) -> the strip's height: every strip of a panel measures alike
_STRIP_HEIGHT: dict[tuple[int, str], int] = {}


class ActionButton(QPushButton):
    """A small button that stands for one :class:`Action`.

    Signals: ``previewed(object action)`` when pointed at or focused (so its effect can be
    shown before acting), ``unpreviewed()`` when the pointer or focus leaves,
    ``requested(object action)`` when clicked.
    """

    previewed = Signal(object)
    unpreviewed = Signal()
    requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, object_name: str = "whyAction"):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.action: Action | None = None
        self.clicked.connect(self._on_clicked)

    def set_action(self, action: Action, words: Wording | None = None) -> None:
        """Stand for ``action``, worded with the render's ``words`` (translated once per
        render, not per button)."""
        if action != self.action:
            # A preview belongs to one action in one state: a reused button starts without.
            self.setToolTip("")
            self.setAccessibleDescription("")
        self.action = action
        words = words or Wording()
        label = words.action_text(action)
        # the full name first: set after the text, a screen reader saw the bare text as the
        # name meanwhile ("Forget this")
        set_name(self, words.accessible_name(action))
        if self.text() != label:
            self.setText(label)

    def enterEvent(self, event: QEvent) -> None:
        super().enterEvent(event)
        if self.action is not None:
            self.previewed.emit(self.action)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.unpreviewed.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.action is not None:
            self.previewed.emit(self.action)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.unpreviewed.emit()

    def _on_clicked(self) -> None:
        if self.action is not None:
            self.requested.emit(self.action)


class ActionStrip(QWidget):
    """The buttons for one data point: Forget this, Don't use this, More. They wrap onto a
    second line when the panel is narrow.

    Signals: ``previewed(object action)``, ``unpreviewed()``, ``requested(object action)``,
    ``more_requested(object datum_info, QWidget button)``.
    """

    previewed = Signal(object)
    unpreviewed = Signal()
    requested = Signal(object)
    more_requested = Signal(object, QWidget)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whyActions")
        self.datum: DatumInfo | None = None
        self.forget = ActionButton(self, "whyForget")
        self.exclude = ActionButton(self, "whyAction")
        for b in (self.forget, self.exclude):
            b.previewed.connect(self.previewed)
            b.unpreviewed.connect(self.unpreviewed)
            b.requested.connect(self.requested)
        self.more = QPushButton(tr("More"), self)
        self.more.setObjectName("whyAction")
        self.more.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the chevron after the word
        self.more.setAutoDefault(False)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setToolTip(
            tr("Forget more than this data point, or stop collecting this kind of data")
        )
        self.more.clicked.connect(self._on_more)
        self.buttons: list[QPushButton] = [self.forget, self.exclude, self.more]
        self._placed_width = -1
        self._font_key: str | None = None
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        size = theme.px(MORE_ICON)
        self.more.setIcon(cached_icon("chevron-down", "text", size))
        self.more.setIconSize(QSize(size, size))
        self._placed_width = -1

    def set_datum(self, info: DatumInfo, words: Wording | None = None) -> None:
        words = words or Wording()
        self.datum = info
        self.forget.set_action(info.action(FORGET), words)
        self.exclude.set_action(info.action(EXCLUDE), words)
        set_name(self.more, words.more_actions.format(subject=info.spoken))
        if not self.more.text():
            self.more.setText(tr("More"))

    def clear(self) -> None:
        """Empty the strip (hidden: it keeps no names of the data point). Texts go first:
        a button without a name is named by its text, and a screen reader would hear a
        bare "Forget this"."""
        self.datum = None
        for b in self.buttons:
            b.setText("")
            set_name(b, "")
            set_description(b, "")
            b.setToolTip("")
        self.forget.action = None
        self.exclude.action = None

    def _on_more(self) -> None:
        if self.datum is not None:
            self.more_requested.emit(self.datum, self.more)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_key = None

    def heightForWidth(self, width: int) -> int:
        if self._font_key is None:
            self._font_key = f"{fonts_for(self.font()).key}@{theme.scale()}"
        key = (width, self._font_key)
        cached = _STRIP_HEIGHT.get(key)
        if cached is None:
            if self.datum is None:  # emptied (see clear): not the height of its words
                return self._place(width, move=False)
            cached = _STRIP_HEIGHT[key] = self._place(width, move=False)
        return cached

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.width() != self._placed_width:
            self._placed_width = self.width()
            self._place(self.width(), move=True)

    def _place(self, width: int, move: bool) -> int:
        """Lay the buttons out left to right, wrapping; returns their height."""
        x = y = row_h = 0
        gap = theme.px(BUTTON_GAP)
        for b in self.buttons:
            hint = b.sizeHint()
            if x > 0 and x + hint.width() > width:
                x = 0
                y += row_h + gap
                row_h = 0
            if move:
                b.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_h = max(row_h, hint.height())
        return y + row_h
