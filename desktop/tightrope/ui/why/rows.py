"""Light widgets for the panel's long parts: painted contribution rows and action buttons.

A contribution row is one widget that paints its bar, percentage, badge, label and facts
(no child labels), and hosts the few buttons for its data point. Rows are pooled by the
view and refilled on every render, so opening the panel or acting never rebuilds hundreds
of widgets.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.names import set_description, set_name
from tightrope.ui.why.content import EXCLUDE, FORGET, Action, DatumInfo, Row, Wording

tr = translator("WhyPanel")

# Lengths at 100 %; theme.px() scales them when a row is measured.
PAD_Y = 12
BAR_HEIGHT = 12
GAP = 8
BUTTON_GAP = 8
MORE_ICON = 14
SMALL_DELTA = 1.0  # facts are 1 pt smaller than the base font

# source -> (background, ink, pattern, dashed outline). Each source has its own pattern, so
# the bars stay distinguishable without colour; the badge beside each bar says it in words.
BAR_STYLES: dict[str, tuple[str, str, str, bool]] = {
    "activity": ("accent", "accent", "solid", False),
    "profile": ("accent_soft", "accent", "diagonal", False),
    "community": ("accent_soft", "accent", "dots", False),
    "popular": ("sponsored_bg", "muted", "vertical", False),
    "new": ("sponsored_bg", "muted", "horizontal", False),
    "sponsored": ("surface", "muted", "back-diagonal", True),
    "rest": ("page", "muted", "cross", False),  # the summary row: the other reasons together
}
STRIPE = 4.0  # pattern spacing in px


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
            self._font_key = f"{_fonts_for(self.font()).key}@{theme.scale()}"
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
        self._font_cache: _Fonts | None = None
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
            _TEXTS_BY_DATUM.setdefault(row.datum_id, set()).update((row.label, *row.facts))
        set_name(self, row.spoken)
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

    def _fonts(self) -> _Fonts:
        if self._font_cache is None:
            self._font_cache = _fonts_for(self.font())
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
            geometry = _GEOMETRY_CACHE.get(key)
            if geometry is None:
                geometry = self._measure(width)
                _GEOMETRY_CACHE[key] = geometry
                if len(_GEOMETRY_CACHE) > TEXT_CACHE_SIZE:
                    _GEOMETRY_CACHE.popitem(last=False)
            else:
                _GEOMETRY_CACHE.move_to_end(key)
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


# (font name, colour, top, lines, line spacing, ascent): one paragraph as painted
_Block = tuple[str, str, float, tuple[str, ...], float, float]
# (percentage, bar and badge rectangles), paragraphs, height of the painted part
_Geometry = tuple[tuple[QRectF, QRectF, QRectF], list[_Block], int]


def wrap(text: str, metrics: QFontMetricsF, key: str, width: int) -> tuple[str, ...]:
    """Break text into lines that fit ``width``, at spaces (inside a word only when the word
    alone is wider than the line). Measures each word once per font and caches the result,
    so a row is re-measured in microseconds; Qt's text layout took ~50 us a paragraph."""
    cache_key = (text, key, width)
    hit = _WRAP_CACHE.get(cache_key)
    if hit is not None:
        _WRAP_CACHE.move_to_end(cache_key)
        return hit
    advances = _ADVANCES.setdefault(key, {})

    def advance(word: str) -> float:
        w = advances.get(word)
        if w is None:
            w = advances[word] = metrics.horizontalAdvance(word)
        return w

    limit = width - 1.0  # a pixel of slack for kerning between words
    space = advance(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_w = 0.0
        for word in paragraph.split(" "):
            w = advance(word)
            if current and current_w + space + w <= limit:
                current.append(word)
                current_w += space + w
                continue
            if current:
                lines.append(" ".join(current))
            while w > limit and len(word) > 1:
                cut = _fit(word, metrics, limit)
                lines.append(word[:cut])
                word = word[cut:]
                w = advance(word)
            current, current_w = [word], w
        lines.append(" ".join(current))
    result = tuple(lines)
    _WRAP_CACHE[cache_key] = result
    if len(_WRAP_CACHE) > TEXT_CACHE_SIZE:
        _WRAP_CACHE.popitem(last=False)
    return result


def forget_cached_text(datum_ids: Iterable[int] | None = None) -> None:
    """Empty the measuring caches: they hold the words of rows shown before, and a forgotten
    data point's words must not outlive it in memory either. With ``datum_ids``, only what
    rows about those data points put there goes (the rest stays measured)."""
    if datum_ids is None:
        _WRAP_CACHE.clear()
        _GEOMETRY_CACHE.clear()
        _ADVANCES.clear()
        _TEXTS_BY_DATUM.clear()
        return
    texts: set[str] = set()
    for did in datum_ids:
        texts |= _TEXTS_BY_DATUM.pop(did, set())
    if not texts:
        return
    for key in [k for k in _WRAP_CACHE if k[0] in texts]:
        del _WRAP_CACHE[key]
    for key in [k for k in _GEOMETRY_CACHE if k[0] in texts or not texts.isdisjoint(k[1])]:
        del _GEOMETRY_CACHE[key]
    words = {w for text in texts for line in text.split("\n") for w in line.split(" ")}
    for advances in _ADVANCES.values():
        for word in words:
            advances.pop(word, None)


def _fit(word: str, metrics: QFontMetricsF, limit: float) -> int:
    """How many leading characters of an over-long word fit on a line (at least one)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(word[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Fonts:
    """The row's fonts and metrics, derived once per base font."""

    def __init__(self, base: QFont):
        self.key = base.key()
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(8.0, base.pointSizeF() - SMALL_DELTA))
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        bold = QFontMetricsF(self.bold)
        self.badge_metrics = QFontMetricsF(self.badge)
        self.base_metrics = QFontMetricsF(self.base)
        self.small_metrics = QFontMetricsF(self.small)
        self.small_key = self.small.key()
        # a little air between lines: 1 px above Qt's line spacing
        self.base_spacing = self.base_metrics.lineSpacing() + 1
        self.small_spacing = self.small_metrics.lineSpacing() + 1
        self.base_ascent = self.base_metrics.ascent()
        self.small_ascent = self.small_metrics.ascent()
        self.bold_height = bold.height()
        self.badge_height = self.badge_metrics.height()
        self.pct_width = bold.horizontalAdvance("100%") + 2


def _fonts_for(base: QFont) -> _Fonts:
    key = base.key()
    fonts = _FONTS.get(key)
    if fonts is None:
        fonts = _FONTS[key] = _Fonts(base)
    return fonts


# Least recently used entries go first.
_WRAP_CACHE: OrderedDict[tuple[str, str, int], tuple[str, ...]] = OrderedDict()
_ADVANCES: dict[str, dict[str, float]] = {}
TEXT_CACHE_SIZE = 5000
_FONTS: dict[str, _Fonts] = {}
_STRIP_HEIGHT: dict[tuple[int, str], int] = {}
_GEOMETRY_CACHE: OrderedDict[tuple[str, tuple[str, ...], str, bool, int, str], tuple] = (
    OrderedDict()
)
_ICONS: dict[str, QIcon] = {}
# data point id -> the texts rows about it showed (what a deletion must drop from the caches)
_TEXTS_BY_DATUM: dict[int, set[str]] = {}


def cached_icon(name: str, tint: str = "text", size: int = 14) -> QIcon:
    """A theme icon rendered once at the usual scales. The theme's SVG icon engine renders
    on every paint; a panel that repaints dozens of buttons should not."""
    key = f"{name}:{tint}:{size}"
    icon = _ICONS.get(key)
    if icon is None:
        icon = QIcon()
        source = theme.icon(name, tint)
        for scale in (1.0, 1.25, 1.5, 2.0, 3.0):
            icon.addPixmap(source.pixmap(QSize(size, size), scale))
        _ICONS[key] = icon
    return icon


def paint_bar(painter: QPainter, rect: QRectF, share: float, source: str) -> None:
    """A track for 100 % with the share filled in the source's colour and pattern."""
    background, ink, pattern, dashed = BAR_STYLES.get(source, BAR_STYLES["popular"])
    painter.save()
    painter.setPen(QPen(theme.color("control_border"), 1))
    painter.setBrush(theme.color("surface"))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    width = rect.width() * max(0.0, min(1.0, share))
    if width > 0:
        filled = QRectF(rect.left(), rect.top(), max(width, 3.0), rect.height())
        strong = theme.color(ink)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color(background))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setClipRect(filled.adjusted(0.5, 0.5, -0.5, -0.5))
        _paint_pattern(painter, filled, pattern, strong)
        painter.setClipping(False)
        pen = QPen(strong, 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(filled.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
    painter.restore()


def _paint_pattern(painter: QPainter, r: QRectF, pattern: str, ink: QColor) -> None:
    if pattern == "solid":
        return
    painter.setPen(QPen(ink, 1.2))
    h = r.height()
    if pattern in ("diagonal", "back-diagonal", "cross"):
        x = r.left() - h
        step = STRIPE * 1.5 if pattern == "cross" else STRIPE
        while x < r.right():
            if pattern != "back-diagonal":
                painter.drawLine(QPointF(x, r.bottom()), QPointF(x + h, r.top()))
            if pattern != "diagonal":
                painter.drawLine(QPointF(x, r.top()), QPointF(x + h, r.bottom()))
            x += step
    elif pattern == "vertical":
        x = r.left() + STRIPE / 2
        while x < r.right():
            painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            x += STRIPE
    elif pattern == "horizontal":
        y = r.top() + 2.5
        while y < r.bottom() - 1:
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            y += 3.0
    elif pattern == "dots":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        y = r.top() + 2.5
        row = 0
        while y < r.bottom() - 1:
            x = r.left() + (2.5 if row % 2 == 0 else 4.5)
            while x < r.right() - 1:
                painter.drawEllipse(QPointF(x, y), 1.1, 1.1)
                x += STRIPE
            y += 3.5
            row += 1
