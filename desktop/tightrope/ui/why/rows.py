"""Light widgets for the panel's long parts: painted contribution rows.

A contribution row is one widget that paints its bar, percentage, badge, label and facts
(no child labels), and hosts the few buttons for its data point. Rows are pooled by the
view and refilled on every render, so opening the panel or acting never rebuilds hundreds
of widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from tightrope.ui import theme
from tightrope.ui.why.action_buttons import ActionStrip
from tightrope.ui.why.content import Row
from tightrope.ui.why.painting import paint_bar
from tightrope.ui.why.row_text import (
    GEOMETRY_CACHE,
    TEXT_CACHE_SIZE,
    TEXTS_BY_DATUM,
    Fonts,
    fonts_for,
    wrap,
)

# Lengths at 100 %; theme.px() scales them when a row is measured.
PAD_Y = 12
BAR_HEIGHT = 12
GAP = 8

# (font name, colour, top, lines, line spacing, ascent): one paragraph as painted
_Block = tuple[str, str, float, tuple[str, ...], float, float]
# (percentage, bar and badge rectangles), paragraphs, height of the painted part
_Geometry = tuple[tuple[QRectF, QRectF, QRectF], list[_Block], int]


class ContributionRow(QWidget):
    """One contribution, painted; with its data point's :class:`ActionStrip` when it is the
    first row for that data point.

    Signals (from its buttons): ``previewed(object action)``, ``unpreviewed()``,
    ``requested(object action)``, ``more_requested(object datum_info, QWidget button)``.
    """

    previewed = Signal(object)
    unpreviewed = Signal()
    requested = Signal(object)
    more_requested = Signal(object, QWidget)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whyRow")
        # Preferred, not Fixed: a Fixed height would cap the row at sizeHint(), while its
        # real height comes from heightForWidth().
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.row: Row | None = None
        self.first = False
        self._width = -1
        self._text_height = 0
        self._height = 0
        self._lines: list[_Block] = []
        self._top: tuple[QRectF, QRectF, QRectF] | None = None
        self._geometries: dict[int, _Geometry] = {}
        self._heights: dict[int, int] = {}
        self._font_cache: Fonts | None = None
        self.actions: ActionStrip | None = None

    # --- content ------------------------------------------------------------------------
    def set_row(self, row: Row, first: bool) -> None:
        if row == self.row and first == self.first:
            return
        same_text = (
            self.row is not None
            and first == self.first
            and (row.label, row.facts, row.badge)
            == (self.row.label, self.row.facts, self.row.badge)
        )
        had_actions = self.row is not None and self.row.datum is not None
        self.row = row
        self.first = first
        if not same_text:
            self._width = -1
            self._geometries.clear()
            self._heights.clear()
        elif had_actions != (row.datum is not None):
            self._heights.clear()
            self._width = -1
        if row.datum_id is not None:
            TEXTS_BY_DATUM.setdefault(row.datum_id, set()).update((row.label, *row.facts))
        self.setAccessibleName(row.spoken)
        if row.datum is not None:
            self.ensure_actions().set_datum(row.datum, row.words)
        elif self.actions is not None and had_actions:
            # a hidden strip keeps no names of the data point it acted on (it may be the one
            # just forgotten: a screen reader or a memory scan would still find it)
            self.actions.clear()
        if self.actions is not None and self.actions.isVisibleTo(self) != (row.datum is not None):
            self.actions.setVisible(row.datum is not None)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Drop the row's content (a pooled row that is not shown keeps no personal data)."""
        self.row = None
        self._lines = []
        self._top = None
        self._width = -1
        self._geometries.clear()
        self._heights.clear()
        self.setAccessibleName("")
        if self.actions is not None:
            self.actions.clear()

    def ensure_actions(self) -> ActionStrip:
        """This row's action strip (created hidden the first time it is needed)."""
        if self.actions is None:
            self.actions = ActionStrip(self)
            self.actions.setVisible(False)
            self.actions.previewed.connect(self.previewed)
            self.actions.unpreviewed.connect(self.unpreviewed)
            self.actions.requested.connect(self.requested)
            self.actions.more_requested.connect(self.more_requested)
        return self.actions

    @property
    def buttons(self) -> list[QPushButton]:
        """The visible action buttons of this row, in tab order."""
        if self.actions is None or self.row is None or self.row.datum is None:
            return []
        return list(self.actions.buttons)

    # --- geometry -----------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Layouts ask this many times per pass, often alternating between two widths:
        # answer from a per-width table without touching what is painted.
        height = self._heights.get(width)
        if height is None:
            if self.row is None:
                return 0
            geometry = self._geometry(width)
            height = self._heights[width] = self._total_height(geometry[2], width)
        return height

    def sizeHint(self) -> QSize:
        # Layouts ask heightForWidth() for the real height; measuring here at whatever width
        # the widget had last would only lay the text out at a width nobody uses.
        if self._width > 0:
            return QSize(self._width, self._height)
        return theme.scaled_size(380, 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(theme.px(200), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_for(self.width())
        if self.actions is not None and self.row is not None and self.row.datum is not None:
            h = self.actions.heightForWidth(self.width())
            self.actions.setGeometry(0, self._text_height + theme.px(GAP), self.width(), h)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_cache = None
            self._geometries.clear()
            self._heights.clear()
            self._width = -1

    def _fonts(self) -> Fonts:
        if self._font_cache is None:
            self._font_cache = fonts_for(self.font())
        return self._font_cache

    def _layout_for(self, width: int) -> None:
        """Take the row's geometry at this width for painting and placing the buttons."""
        if width == self._width or self.row is None:
            return
        self._width = width
        self._top, self._lines, self._text_height = self._geometry(width)
        self._height = self.heightForWidth(width)

    def _geometry(self, width: int) -> _Geometry:
        """The painted parts at this width, cached per row and across rows (after an
        action most rows show text another row showed before)."""
        assert self.row is not None
        geometry = self._geometries.get(width)
        if geometry is None:
            key = (
                self.row.label,
                self.row.facts,
                self.row.badge,
                self.first,
                width,
                self._fonts().key,
                theme.scale(),
            )
            geometry = GEOMETRY_CACHE.get(key)
            if geometry is None:
                geometry = self._measure(width)
                GEOMETRY_CACHE[key] = geometry
                if len(GEOMETRY_CACHE) > TEXT_CACHE_SIZE:
                    GEOMETRY_CACHE.popitem(last=False)
            else:
                GEOMETRY_CACHE.move_to_end(key)
            if len(self._geometries) > 6:
                self._geometries.clear()
            self._geometries[width] = geometry
        return geometry

    def _total_height(self, text_height: int, width: int) -> int:
        buttons = 0
        if self.actions is not None and self.row is not None and self.row.datum is not None:
            buttons = self.actions.heightForWidth(width)
        return text_height + (theme.px(GAP) + buttons if buttons else 0) + theme.px(PAD_Y)

    def _measure(self, width: int) -> _Geometry:
        assert self.row is not None
        fonts = self._fonts()
        px = theme.px_at(theme.scale())  # ~11 lengths below
        y = float(px(PAD_Y) if not self.first else px(4))
        line_h = max(fonts.bold_height, fonts.badge_height + px(6))
        pct_w = fonts.pct_width
        bar_w = max(px(72), min(px(150), width * 0.34))
        bar_h = px(BAR_HEIGHT)
        pct = QRectF(0, y, pct_w, line_h)
        bar = QRectF(pct_w + px(GAP), y + (line_h - bar_h) / 2, bar_w, bar_h)
        badge_w = fonts.badge_metrics.horizontalAdvance(self.row.badge) + px(14)
        if not self.row.badge:  # (the summary row has none)
            badge_w = 0
        badge_h = fonts.badge_height + px(6)
        badge = QRectF(bar.right() + px(12), y + (line_h - badge_h) / 2, badge_w, badge_h)
        if badge.right() > width:  # too narrow: the badge goes under the bar
            y += line_h + px(4)
            badge.moveTo(0, y)
            line_h = badge_h
        y += line_h + px(6)
        blocks = []
        label = wrap(self.row.label, fonts.base_metrics, fonts.key, width)
        blocks.append(("base", "text", y, label, fonts.base_spacing, fonts.base_ascent))
        y += len(label) * fonts.base_spacing
        if self.row.facts:
            y += px(3)
            facts = tuple(
                line
                for fact in self.row.facts
                for line in wrap(fact, fonts.small_metrics, fonts.small_key, width)
            )
            blocks.append(("small", "muted", y, facts, fonts.small_spacing, fonts.small_ascent))
            y += len(facts) * fonts.small_spacing
        return (pct, bar, badge), blocks, int(y + 0.999)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.row is None:
            return
        # (a row emptied and filled again at the same size gets no resize event)
        self._layout_for(self.width())
        if self._top is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fonts = self._fonts()
        if not self.first:
            painter.setPen(QPen(theme.color("border"), 1))
            painter.drawLine(QPointF(0, 0.5), QPointF(self.width(), 0.5))
        pct, bar, badge = self._top
        painter.setFont(fonts.bold)
        painter.setPen(theme.color("text"))
        painter.drawText(
            pct, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.row.percent_text
        )
        paint_bar(painter, bar, self.row.share, self.row.source)
        if self.row.badge:
            painter.setFont(fonts.badge)
            painter.setPen(QPen(theme.color("border_strong"), 1))
            painter.setBrush(theme.color("page"))
            painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(theme.color("muted"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.row.badge)
        for font_name, colour, top, lines, spacing, ascent in self._lines:
            painter.setFont(fonts.base if font_name == "base" else fonts.small)
            painter.setPen(theme.color(colour))
            for k, line in enumerate(lines):
                painter.drawText(QPointF(0, top + k * spacing + ascent), line)
        painter.end()


class SummaryRow(ContributionRow):
    """The collapsed panel's row for every reason past the top ones: their number, the sum
    of their shares and how many come from each source. A click on it shows them all (the
    view's "Show all" button does the same from the keyboard).

    Signals: ``clicked()``.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whySummary")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)
