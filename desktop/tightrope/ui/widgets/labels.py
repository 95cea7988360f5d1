"""Labels that keep layouts steady: headings by role, and text clamped to N lines."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from tightrope.ui.headings import ROLE_LEVELS, mark_heading


def plain_label(
    text: str,
    parent: QWidget | None = None,
    role: str = "",
    *,
    wrap: bool = False,
    selectable: bool = False,
) -> QLabel:
    """A label that shows ``text`` as it is, never as rich text. Labels show text from files,
    personas and participants (a task's title, a question, a search): as rich text an
    ``<img src=...>`` in a task list made Qt open local files. ``role`` is what the
    stylesheet styles it by (h1, h2, muted, price, badge ...)."""
    label = QLabel(parent)
    if role:
        label.setProperty("role", role)
        if role in ROLE_LEVELS:  # looks like a heading: is one for a screen reader too
            mark_heading(label, ROLE_LEVELS[role])
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def styled_label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    """A plain-text label the stylesheet styles by ``role`` (see :func:`plain_label`)."""
    return plain_label(text, parent, role)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is: Qt renders a tooltip that looks like
    HTML (``Qt.mightBeRichText``) as rich text, so such a text is escaped; any other is
    shown as it is already."""
    rich = QtGui.Qt  # Qt's namespace with QtGui's functions
    return rich.convertFromPlainText(text) if rich.mightBeRichText(text) else text


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property it selects on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


HINT_CHARS = 12  # a clamped label's width hint, in average characters
CLAMP_CACHE_SIZE = 2000  # texts laid out, per width and font (a catalog's product names)
# (text, lines, width, font key) -> (the text as shown, whether it was elided). Catalog text
# only: a recommendation's reason may quote personal data, which must not outlive a forget.
_CLAMPED: OrderedDict[tuple[str, int, int, str], tuple[str, bool]] = OrderedDict()


def _wordings(short: str | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in ((short,) if isinstance(short, str) else short) if w)


class ClampedLabel(QLabel):
    """Wraps text to at most ``lines`` lines; only text that truly does not fit is elided,
    and only then does the label get a tooltip with the full text. Its height is always
    ``lines`` lines, so a row of cards stays aligned.

    A text may come with shorter wordings (:meth:`set_full_text`'s ``shorter``, which returns
    one or several, longest first): where the text does not fit, the label shows the first
    that does instead of cutting the text off, and offers the full text as its tooltip (and,
    as always, its accessible name).

    ``catalog_text``: the label shows the shop's own text (a product name), never personal
    data, so each text's layout is kept for the next label to show it (a refresh moves the
    same names from card to card).
    """

    def __init__(
        self, lines: int = 2, parent: QWidget | None = None, *, catalog_text: bool = False
    ):
        super().__init__(parent)
        self._lines = lines
        self._remember = catalog_text
        self._full = ""
        self._shorter: Callable[[], str | tuple[str, ...]] | None = None
        self._short: tuple[str, ...] | None = None  # the shorter wordings, once asked for
        self._shortened = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(
        self, text: str, shorter: Callable[[], str | tuple[str, ...]] | None = None
    ) -> None:
        """Show ``text``; where it does not fit in the label's lines, the text ``shorter``
        returns (asked only then, and once per text)."""
        self._full = text
        self._shorter = shorter
        self._short = None
        self.setAccessibleName(text)
        self._relayout()

    def set_shorter(self, shorter: Callable[[], str | tuple[str, ...]] | None) -> None:
        """Other shorter wordings for the same text (what they say may have changed): asked
        now only if the label shows a shorter wording, and laid out only if they differ."""
        self._shorter = shorter
        if not self._shortened:
            self._short = None
            return
        short = _wordings(shorter()) if shorter is not None else None
        if short != self._short:
            self._short = short
            self._relayout()

    def is_shortened(self) -> bool:
        """Whether the label shows the shorter wording instead of its text."""
        return self._shortened

    def sizeHint(self) -> QSize:
        # The width is the layout's to give (the policy ignores it): QLabel's own hint would
        # lay the whole text out on one line just to measure it, at every card's relayout.
        metrics = QFontMetrics(self.font())
        return QSize(
            metrics.averageCharWidth() * HINT_CHARS, metrics.lineSpacing() * self._lines + 2
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedHeight(self.sizeHint().height())
            self._relayout()

    def _relayout(self) -> None:
        width = self.contentsRect().width()
        self._shortened = False
        if width <= 0 or not self._full:
            super().setText(self._full)
            return
        if not self._remember:
            text, elided = self._clamp(width)
        else:  # laid out once per text, width and font
            key = (self._full, self._lines, width, self.font().key())
            hit = _CLAMPED.get(key)
            if hit is None:
                hit = _CLAMPED[key] = self._clamp(width)
                if len(_CLAMPED) > CLAMP_CACHE_SIZE:
                    _CLAMPED.popitem(last=False)
            else:
                _CLAMPED.move_to_end(key)
            text, elided = hit
        if elided and self._shorter is not None:
            if self._short is None:
                self._short = _wordings(self._shorter())
            for short in self._short:  # the first (longest) that fits, else the last
                text, elided = self._clamp(width, short)
                self._shortened = True
                if not elided:
                    break
        super().setText(text)
        self.setToolTip(plain_tooltip(self._full) if elided or self._shortened else "")

    def _clamp(self, width: int, full: str | None = None) -> tuple[str, bool]:
        """The text (or ``full``) wrapped to ``width`` and cut to this label's lines; whether
        it was elided."""
        full = self._full if full is None else full
        metrics = QFontMetrics(self.font())
        layout = QTextLayout(full, self.font())
        layout.beginLayout()
        lines: list[str] = []
        elided = False
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == self._lines - 1:
                rest = full[start:]
                last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                elided = last != rest
                lines.append(last)
                break
            lines.append(full[start : start + length].rstrip())
        layout.endLayout()
        return "\n".join(lines), elided
