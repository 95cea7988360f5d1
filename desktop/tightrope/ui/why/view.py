"""The "why" panel's widgets: layout and rendering only; no engine calls here.

:class:`WhyView` builds the panel once and refills it from a
:class:`~tightrope.ui.why.content.PanelContent` on every render. Contribution rows and
"not used" entries are pooled: a render reuses the widgets it already has and only creates
more when a longer list needs them.

Levels of detail: the panel shows the content's top rows and a summary row for the others
(collapsed, as every new question opens), or every row (expanded: "Show all N reasons",
the summary row itself, or :meth:`set_expanded`). The top rows live above the
counterfactual, the others below it. Switching levels asks nothing of the engine, so the
view handles its own "Show all" / "Show fewer" buttons.

A render fills only the rows the viewport can show (plus a margin) at once; the rest follow
in small chunks after the panel has painted, so opening the panel or acting costs one frame
whatever the length of the list. ``rendering_finished`` says when every row the level shows
is there; focus entering the list below the top area completes it at once, so Tab never
skips a row.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from itertools import pairwise
from string import Template

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.headings import mark_heading
from tightrope.ui.names import set_name
from tightrope.ui.timers import one_shot
from tightrope.ui.why import content as content_module
from tightrope.ui.why import rows as rows_module
from tightrope.ui.why.content import (
    INCLUDE,
    NO_UNDO,
    STOP_COLLECTING,
    TOP_REASONS,
    Action,
    DatumInfo,
    PanelContent,
    Wording,
)
from tightrope.ui.why.rows import ActionButton, ContributionRow, SummaryRow, cached_icon
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import restyle

tr = translator("WhyPanel")

PICTURE = QSize(56, 42)
WARM_ROWS = 24
# Rendering in chunks: the rows for the viewport plus this margin (px at 100 %) at once; the
# rest a few at a time after the paint, each chunk stopping after CHUNK_ROWS rows or
# CHUNK_SECONDS, whichever comes first (a chunk and its layout stay well under a frame).
SYNC_MARGIN = 160
MIN_ROW_HEIGHT = 44  # px at 100 %: no row is shorter (one line of label and no facts)
CHUNK_ROWS = 12
CHUNK_SECONDS = 0.003
HEAD_ROWS = 16  # rows laid out one by one; the rest move as one widget (see _tail)
SCROLLBAR = 10  # the width tightrope.qss gives a vertical scroll bar (at 100 %)
MARGIN = 20  # at 100 %, like every length here: theme.px() scales them

PREVIEW_LINES = 3
MIN_LIST_HEIGHT = 240  # px at 100 %: less room than this for the list, the footer scrolls too
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


def _label(text: str, name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name == "whySection":  # the panel's sections, for heading navigation
        mark_heading(label, 2)
    return label


def _literal(text: str) -> str:
    """Button and menu text shown as written: '&' would otherwise mark a shortcut key
    ("Kitchen & cooking" would read "Kitchen _cooking")."""
    return text.replace("&", "&&")


def _drop_preview(button: QWidget) -> None:
    """A preview belongs to the state it was computed in."""
    if button.toolTip():
        button.setToolTip("")
        button.setAccessibleDescription("")


def _link(name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName("whyLink")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    button.setProperty("linkName", name)
    return button


class _Column(QWidget):
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
        self.label = _label("", "whyNotUsedLabel", self)
        self.button = ActionButton(self, "whyAction")
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_datum(self, info: DatumInfo, words: Wording | None = None) -> None:
        self.label.setText(info.label)
        self.button.set_action(info.action(INCLUDE), words)


class WhyView(QWidget):
    """The panel's layout. Exposes its widgets; a controller fills them.

    Signals: ``action_previewed(object action)`` (pointed at or focused),
    ``action_unpreviewed()`` (pointer or focus left it),
    ``action_requested(object action)`` (clicked or chosen), ``close_requested()``,
    ``product_clicked(str product_id)`` (the replacement or a product in the banner),
    ``more_requested(object datum_info, QWidget button)``,
    ``rendering_finished()`` (every row of the last render is filled in; see
    :meth:`is_complete`).
    """

    rendering_finished = Signal()
    action_previewed = Signal(object)
    action_unpreviewed = Signal()
    action_requested = Signal(object)
    close_requested = Signal()
    product_clicked = Signal(str)
    block_topic_requested = Signal(str)
    more_requested = Signal(object, QWidget)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whyPanel")
        self.setAccessibleName(tr("Why am I seeing this?"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        theme.follow_scale(self, self._apply_scale)
        self.content: PanelContent | None = None
        self.rows: list[ContributionRow] = []
        self.not_used_entries: list[NotUsedEntry] = []
        self._tooltips: dict[Action, str] = {}
        self._rendered = 0  # rows of self.content filled in so far
        self._rendering = False
        self._laid_out = False
        # The level of detail: every reason, or the top ones and a summary of the rest.
        self.expanded = False
        # The next chunk of rows, started by the panel's first paint after a render (or,
        # should no paint come, e.g. while scrolled away from the list, shortly after).
        self._chunk_timer = one_shot(self, self._on_chunk_due)
        self._fallback_timer = one_shot(self, self._on_chunk_due, 30)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        # Focusing the panel (e.g. when the shop opens it) lands on its first control.
        self.setFocusProxy(self.close_button)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("whyScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always on (its handle hidden while nothing scrolls): the content width never
        # flips, so every row is measured at one width instead of two.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar = self.scroll.verticalScrollBar()
        bar.setAccessibleName(tr("Scroll the why panel"))
        bar.setProperty("empty", True)
        bar.rangeChanged.connect(self._on_scroll_range)
        self.body = _Column(self.scroll)
        self.body.setObjectName("whyBody")
        self.body_layout = QVBoxLayout(self.body)
        theme.scaled_layout(self, self.body_layout, margins=(MARGIN, 16, MARGIN - SCROLLBAR, 24))
        theme.scaled_layout(self, self.body_layout, spacing=12)
        self._build_body()
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self._build_footer())
        self._outer = outer
        self._header = outer.itemAt(0).widget()

        self.menu = QMenu(self)
        self.menu.setObjectName("whyMenu")
        self.menu.setToolTipsVisible(True)
        self.menu.hovered.connect(self._on_menu_hovered)
        self.menu.triggered.connect(self._on_menu_triggered)
        self._apply_scale()
        self.rows_box.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        QTimer.singleShot(0, self, self.warm_up)

    def _apply_scale(self) -> None:
        """Sizes set in code, and the panel's own stylesheet, at the current UI scale."""
        px = theme.px
        self.setStyleSheet(theme.scale_lengths(STYLE.substitute(theme.palette()), theme.ui_scale()))
        self.setMinimumWidth(px(320))
        if hasattr(self, "picture"):  # the first call comes before the widgets exist
            self.picture.setFixedSize(self.picture_size())
            self.close_button.setIcon(cached_icon("close", "text", px(20)))
            self.close_button.setIconSize(QSize(px(20), px(20)))
            self._check.setPixmap(
                cached_icon("check", "accent", px(18)).pixmap(
                    QSize(px(18), px(18)), self.devicePixelRatioF()
                )
            )
            self._check.setFixedSize(px(18), px(20))

    @staticmethod
    def picture_size() -> QSize:
        """The product picture in the header, at the current UI scale."""
        return theme.scaled_size(PICTURE.width(), PICTURE.height())

    # --- building -----------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setObjectName("whyHeader")
        row = QHBoxLayout(header)
        theme.scaled_layout(self, row, margins=(MARGIN, 14, 12, 14))
        theme.scaled_layout(self, row, spacing=12)
        self.picture = QLabel(header)
        self.picture.setObjectName("whyPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        theme.scaled_layout(self, titles, spacing=2)
        self.title = mark_heading(_label(tr("Why am I seeing this?"), "whyTitle", header), 1)
        self.product_name = _label("", "whyProductName", header)
        titles.addWidget(self.title)
        titles.addWidget(self.product_name)
        row.addLayout(titles, 1)
        self.close_button = QToolButton(header)
        self.close_button.setObjectName("whyClose")
        self.close_button.setAccessibleName(tr("Close the why panel"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.close_requested)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_body(self) -> None:
        body, layout = self.body, self.body_layout

        self.banner = QFrame(body)
        self.banner.setObjectName("whyBanner")
        self.banner.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        banner_layout = QVBoxLayout(self.banner)
        theme.scaled_layout(self, banner_layout, margins=(14, 10, 14, 12))
        theme.scaled_layout(self, banner_layout, spacing=6)
        self.receipt = _label("", "whyReceipt", self.banner)
        self.gone = _label("", "whyGone", self.banner)
        self.replacement_button = _link("replacement", self.banner)
        self.replacement_button.clicked.connect(self._on_replacement_clicked)
        # after a topic forget that left some of it on the shelves: block it, here
        self.block_topic_button = _link("blockTopic", self.banner)
        self.block_topic_button.clicked.connect(self._on_block_topic_clicked)
        receipt_row = QHBoxLayout()
        theme.scaled_layout(self, receipt_row, spacing=8)
        check = QLabel(self.banner)
        check.setAccessibleName(tr("Done"))
        self._check = check
        receipt_row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        receipt_row.addWidget(self.receipt, 1)
        banner_layout.addLayout(receipt_row)
        banner_layout.addWidget(self.gone)
        banner_layout.addWidget(self.replacement_button, 0, Qt.AlignmentFlag.AlignLeft)
        banner_layout.addWidget(self.block_topic_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.block_topic_button.hide()
        self.banner.hide()
        layout.addWidget(self.banner)

        self.headline = _label("", "whyHeadline", body)
        layout.addWidget(self.headline)

        # rank and badge side by side, the badge below the rank when the panel is narrow
        # (large text): a row of both could not shrink and pushed the panel off its edge
        status = FlowLayout(None, theme.px(10))
        theme.follow_scale(self, lambda: status.set_spacing(theme.px(10)))
        self.rank = _label("", "whyRank", body, wrap=False)
        self.rank.setProperty("inTop", True)
        self.sponsored = _label(tr("Sponsored"), "whySponsored", body, wrap=False)
        status.addWidget(self.rank)
        status.addWidget(self.sponsored)
        layout.addLayout(status)
        self.note = _label("", "whyNote", body)
        layout.addWidget(self.note)

        gap = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        theme.follow_scale(self, lambda: gap.changeSize(
            0, theme.px(4), QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        layout.addItem(gap)
        self.section = _label(tr("What it rests on"), "whySection", body)
        layout.addWidget(self.section)
        # The collapsed view: the top reasons, then one row summing up all the others. The
        # first TOP_REASONS pooled rows live here; the rest below the counterfactual.
        self.top_box = _Column(body)
        self.top_box.setObjectName("whyRows")
        self.top_layout = QVBoxLayout(self.top_box)
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout.setSpacing(0)
        self.summary = SummaryRow(self.top_box)
        self.summary.clicked.connect(self._on_toggle)
        self.summary.hide()
        self.top_layout.addWidget(self.summary)
        self.top_layout.addStretch(1)
        layout.addWidget(self.top_box)
        self.toggle = _link("levels", body)
        self.toggle.clicked.connect(self._on_toggle)
        self.toggle.hide()
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        totals = QHBoxLayout()
        theme.scaled_layout(self, totals, spacing=10)
        self.total = _label("", "whyTotal", body, wrap=False)
        self.score = _label("", "whyScore", body, wrap=False)
        totals.addWidget(self.total)
        totals.addWidget(self.score)
        totals.addStretch(1)
        layout.addLayout(totals)

        # Right under the top reasons, whatever the length of the list.
        self.counterfactual = QFrame(body)
        self.counterfactual.setObjectName("whyCounterfactual")
        cf_layout = QVBoxLayout(self.counterfactual)
        theme.scaled_layout(self, cf_layout, margins=(14, 10, 14, 12))
        theme.scaled_layout(self, cf_layout, spacing=6)
        cf_layout.addWidget(
            _label(tr("What would change it"), "whySection", self.counterfactual)
        )
        self.counterfactual_text = _label("", "whyCounterfactualText", self.counterfactual)
        self.counterfactual_data = _label("", "whyCounterfactualData", self.counterfactual)
        # "Forget these N": the counterfactual's data points, previewed and forgotten like
        # every other action of the panel (the controller sees one more Action).
        self.counterfactual_forget = ActionButton(self.counterfactual, "whyForget")
        self.counterfactual_forget.previewed.connect(self.action_previewed)
        self.counterfactual_forget.unpreviewed.connect(self.action_unpreviewed)
        self.counterfactual_forget.requested.connect(self.action_requested)
        self.counterfactual_forget.hide()
        self.counterfactual_button = _link("counterfactual", self.counterfactual)
        self.counterfactual_button.clicked.connect(self._on_counterfactual_clicked)
        cf_actions = FlowLayout(None, theme.px(12))
        theme.follow_scale(self, lambda: cf_actions.set_spacing(theme.px(12)))
        cf_actions.addWidget(self.counterfactual_forget)
        cf_actions.addWidget(self.counterfactual_button)
        cf_layout.addWidget(self.counterfactual_text)
        cf_layout.addWidget(self.counterfactual_data)
        cf_layout.addLayout(cf_actions)
        layout.addWidget(self.counterfactual)

        # The expanded view's other reasons, after the counterfactual.
        self.more_section = _label("", "whySection", body)
        self.more_section.hide()
        layout.addWidget(self.more_section)
        self.rows_box = _Column(body)
        self.rows_box.setObjectName("whyMoreRows")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        # Rows past the first HEAD_ROWS live in one more widget. After an action they wait
        # below the viewport, as they were, until the paint (see _render_rows): the list's
        # layout then moves that one widget instead of each of its rows.
        self._tail = _Column(self.rows_box)
        self._tail_layout = QVBoxLayout(self._tail)
        self._tail_layout.setContentsMargins(0, 0, 0, 0)
        self._tail_layout.setSpacing(0)
        self._tail_layout.addStretch(1)  # (rows are inserted above the stretches)
        self.rows_layout.addWidget(self._tail)
        # Any height the list is given beyond its rows' goes here, not into every row (which
        # would move each of them, all the way down the tail).
        self.rows_layout.addStretch(1)
        self.rows_box.hide()
        layout.addWidget(self.rows_box)
        self.fewer = _link("fewer", body)
        self.fewer.clicked.connect(self._on_fewer)
        self.fewer.hide()
        layout.addWidget(self.fewer, 0, Qt.AlignmentFlag.AlignLeft)

        self.not_used = QFrame(body)
        self.not_used.setObjectName("whyNotUsed")
        nu_layout = QVBoxLayout(self.not_used)
        theme.scaled_layout(self, nu_layout, margins=(14, 10, 14, 12))
        theme.scaled_layout(self, nu_layout, spacing=8)
        nu_layout.addWidget(_label(tr("Not used (kept)"), "whySection", self.not_used))
        nu_layout.addWidget(
            _label(
                tr(
                    "You asked the shop not to use these. They are still stored, and would "
                    "count for this item again if you use them again."
                ),
                "whyHint",
                self.not_used,
            )
        )
        self.not_used_layout = nu_layout
        self.not_used.hide()
        layout.addWidget(self.not_used)
        layout.addStretch(1)

    def _build_footer(self) -> QWidget:
        footer = QFrame(self)
        footer.setObjectName("whyFooter")
        column = QVBoxLayout(footer)
        theme.scaled_layout(self, column, margins=(MARGIN, 10, MARGIN, 12))
        theme.scaled_layout(self, column, spacing=4)
        self.no_undo = _label(tr(NO_UNDO), "whyNoUndo", footer)
        self.preview = _label(tr(PREVIEW_HINT), "whyPreview", footer)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setProperty("idle", True)
        column.addWidget(self.no_undo)
        column.addWidget(self.preview)
        self.footer = footer
        return footer

    # --- fitting a short panel ---
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._laid_out = True
        self._place_footer()

    def _place_footer(self) -> None:
        """Docked under the list while the panel is tall enough; on a short one (large
        presenter text on a laptop) the footer scrolls with the rest, so nothing is
        squeezed."""
        footer_h = self.footer.sizeHint().height()
        header_h = self._header.sizeHint().height()
        short = self.height() < header_h + footer_h + theme.px(MIN_LIST_HEIGHT)
        inside = self.body_layout.indexOf(self.footer) >= 0
        if short and not inside:
            self._outer.removeWidget(self.footer)
            self.body_layout.addWidget(self.footer)
        elif not short and inside:
            self.body_layout.removeWidget(self.footer)
            self._outer.addWidget(self.footer)

    # --- rendering ----------------------------------------------------------------------
    def render(
        self, content: PanelContent, picture: QPixmap | None = None, *, fit: bool = True
    ) -> None:
        """Fill every part of the panel for this content (reusing pooled widgets). ``fit``:
        give the body its new height now (see _fit_body); False when show_banner follows."""
        self.content = content
        self._rendered = 0
        self._rendering = True
        self._tooltips.clear()
        # (No setUpdatesEnabled(False) around this: nothing paints until the event loop
        # runs, and re-enabling updates walks every widget of the panel, pooled rows too.)
        try:
            self.product_name.setText(content.product_name)
            self.picture.setPixmap(picture if picture is not None else QPixmap())
            self.picture.setVisible(picture is not None)
            set_name(self.picture, tr("Picture of {name}").format(name=content.product_name))
            self.headline.setText(content.headline)
            self.rank.setText(content.rank_text)
            if bool(self.rank.property("inTop")) != content.in_top:
                self.rank.setProperty("inTop", content.in_top)
                restyle(self.rank)
            self.sponsored.setVisible(content.sponsored)
            self.sponsored.setToolTip(
                tr("Paid placement by {sponsor}").format(sponsor=content.sponsor)
                if content.sponsor
                else tr("Paid placement")
            )
            self.note.setText(content.note or "")
            self.note.setVisible(bool(content.note))
            self._render_levels(content)
            self._render_rows(content)
            has_rows = bool(content.rows)
            self.section.setText(
                tr("What it rests on") if has_rows else tr("Nothing supports this item")
            )
            self.total.setVisible(has_rows)
            self.score.setVisible(has_rows)
            self.total.setText(tr("Total {percent}%").format(percent=content.total_percent()))
            self.score.setText(tr("score {score}").format(score=f"{content.score:.3f}"))
            self._render_counterfactual(content)
            self._render_not_used(content)
            # Previews were for the state before (and focus moving off a row hidden above
            # may have asked for some meanwhile): none until pointed at or focused again.
            self._tooltips.clear()
            for button in self.action_buttons():
                _drop_preview(button)
            _drop_preview(self.counterfactual_forget)
            self.footer.setVisible(content.has_actions)
            self._reserve_preview_lines()
            self.show_preview(None)
            self._fix_tab_order()
            if fit:
                self._fit_body()  # the rows waiting below keep their places (see _render_rows)
        finally:
            self._rendering = False
        if self.is_complete():
            self._hide_past_end()
            self.rendering_finished.emit()

    def _render_rows(self, content: PanelContent) -> None:
        """Fill the rows the viewport shows now; the rest follow in chunks after the paint."""
        n = self._target(content)
        self._chunk_timer.stop()
        self._fallback_timer.stop()
        now = self._rows_for_viewport(content)
        # In a panel on screen, rows past the first paint wait below the viewport as they
        # were (hiding a hundred rows, and showing them again, cost more than what the
        # viewport shows; rows past the new end are hidden once all are filled in). A panel
        # about to be shown shows only what it filled in. A waiting row about a data point
        # this content no longer has is emptied at once: no row keeps forgotten data. In
        # the collapsed view the rows past the top ones are empty and hidden already.
        on_screen = self.isVisible() and self.expanded
        wanted = {r.datum_id for r in content.rows}
        for k, row in enumerate(self.rows[now:], start=now):
            if row.row is not None and (k >= n or row.row.datum_id not in wanted):
                row.clear()
            if not row.isHidden() and (not on_screen or k < TOP_REASONS):
                row.setVisible(False)
        self._fill_range(0, now, content, None)
        if now < n:
            self._fallback_timer.start()

    def _target(self, content: PanelContent | None = None) -> int:
        """How many rows the view shows: every one expanded, the top ones collapsed."""
        content = content if content is not None else self.content
        if content is None:
            return 0
        return len(content.rows) if self.expanded else content.top

    def _column_width(self) -> int:
        """The width every row has (the top box's and the list's: one column)."""
        return self.top_box.width()

    def _render_levels(self, content: PanelContent) -> None:
        """The summary row, the "Show all" / "Show fewer" buttons and the heading of the
        other reasons, for this content at the current level of detail."""
        rest = content.rest
        expanded = self.expanded and rest is not None
        if rest is not None:
            self.summary.set_row(rest, first=False)
        elif self.summary.row is not None:
            self.summary.clear()
        self.summary.setVisible(rest is not None)
        self.toggle.setVisible(rest is not None)
        self.more_section.setVisible(expanded)
        self.fewer.setVisible(expanded)
        if rest is None:
            self.rows_box.setVisible(False)
            return
        name = content.product_name
        n = len(content.rows)
        # (names before texts: a screen reader hears each new name once)
        if expanded:
            fewer = tr("Show only the top %n reason(s) for {name}", n=content.top).format(
                name=name
            )
            set_name(self.toggle, fewer)
            self.toggle.setText(tr("Show fewer"))
            # the same action at the end of the list, named apart from the one at the top
            set_name(self.fewer, tr("Back to the top %n reason(s) for {name}", n=content.top)
                     .format(name=name))
            self.fewer.setText(tr("Show fewer"))
            self.more_section.setText(rest.label)
        else:
            set_name(self.toggle, tr("Show all %n reason(s) for {name}", n=n).format(name=name))
            self.toggle.setText(tr("Show all %n reason(s)", n=n))
        self.rows_box.setVisible(expanded)

    def set_expanded(self, expanded: bool) -> None:
        """Show every reason (``True``) or only the top ones and the summary of the rest.

        Expanding fills the rows the viewport shows at once and the rest in chunks, as a
        render does. Collapsing empties the rows it hides: a pooled row that is not shown
        keeps no personal data.
        """
        if expanded == self.expanded:
            return
        self.expanded = expanded
        content = self.content
        if content is None:
            return
        if not expanded:
            self._chunk_timer.stop()
            self._fallback_timer.stop()
            self.rows_box.setVisible(False)  # first: its rows then hide without a layout
            for row in self.rows[content.top :]:
                if row.row is not None:
                    row.clear()
                if not row.isHidden():
                    row.setVisible(False)
            self._rendered = min(self._rendered, content.top)
            self._render_levels(content)
            self._fit_body()
            self.rendering_finished.emit()
            return
        start = self._rendered
        now = self._rows_for_viewport(content)
        self._render_levels(content)
        self._fill_range(start, now, content, None)
        self._extend_tab_order(start, self._rendered)
        self._fit_body()
        if self.is_complete():
            self._hide_past_end()
            self.rendering_finished.emit()
        else:
            self._fallback_timer.start()

    def _on_toggle(self) -> None:
        self.set_expanded(not self.expanded)

    def _on_fewer(self) -> None:
        """The "Show fewer" at the end of the list: focus goes back to the one at the top."""
        self.set_expanded(False)
        self.toggle.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.toggle)

    def _rows_for_viewport(self, content: PanelContent) -> int:
        """How many rows cover the visible part of the panel, plus a margin: the top ones
        always, and in the expanded view as many of the others as the viewport shows."""
        n = self._target(content)
        top = min(content.top, n)
        if n <= top:
            return n
        if self._laid_out and self.scroll.viewport().height() > 0:
            # The other rows start below the counterfactual (where the list was last laid
            # out, or under the top box when it was hidden: the margin covers a headline a
            # line longer, or the receipt appearing above it).
            shown = not self.rows_box.isHidden()
            y = self.rows_box.y() if shown else self.top_box.geometry().bottom()
            budget = self.scroll.viewport().height() - max(0, y)
        else:  # never laid out yet: the panel can be no taller than its window
            budget = max(self.window().height(), self.height())
        budget += theme.px(SYNC_MARGIN)
        width = self._column_width() if self._laid_out else 0
        least = theme.px(MIN_ROW_HEIGHT)
        used, k = 0, top
        while k < n and used < budget:
            if width > 0 and k < len(self.rows):
                row = self.rows[k]
                row.set_row(content.rows[k], first=_first(k, content))
                used += max(least, row.heightForWidth(width))
            else:
                used += least
            k += 1
        return max(top + 1, k)

    def _fill(self, k: int, content: PanelContent) -> None:
        row = self.rows[k]
        row.set_row(content.rows[k], first=_first(k, content))
        for button in row.buttons:
            action = getattr(button, "action", None)
            summary = self._tooltips.get(action) if action is not None else None
            if summary:
                button.setToolTip(summary)
                button.setAccessibleDescription(summary)
            else:
                _drop_preview(button)
        if row.isHidden():
            row.setVisible(True)

    def _fill_range(
        self, start: int, end: int, content: PanelContent, deadline: float | None
    ) -> None:
        """Fill rows ``start..end`` (stopping early once past ``deadline``). Showing a row
        would make Qt lay the whole list out there and then; with the list's layout
        disabled meanwhile, it is laid out once, afterwards."""
        while len(self.rows) < end:
            self._new_row()
        layouts = (self.top_layout, self.rows_layout, self._tail_layout)
        for layout in layouts:
            layout.setEnabled(False)
        try:
            k = start
            while k < end:
                self._fill(k, content)
                k += 1
                if deadline is not None and time.perf_counter() > deadline:
                    break
        finally:
            for layout in reversed(layouts):
                layout.setEnabled(True)
        if k > HEAD_ROWS:
            # The list remembers the tail's old height until the tail is laid out (later):
            # tell it now, so that _fit_body sizes the list for the rows just filled in.
            self._tail.updateGeometry()
        self._rendered = k

    def _fit_body(self) -> None:
        """Give the list and the scrolled body their new heights before the list is laid
        out (after a render, the receipt, a chunk). Laid out at its stale height first,
        every row would be squeezed and then resized back once the scroll area caught up:
        two passes over every row, the waiting ones too."""
        if not self._laid_out or not self.body.isVisible():
            return
        self.body_layout.invalidate()
        column = self._column_width()
        for box in (self.top_box, self.rows_box):
            if box.isHidden():
                continue
            rows_height = box.heightForWidth(column)
            if (column, rows_height) != (box.width(), box.height()):
                box.resize(column, rows_height)
        width = self.body.width()
        height = max(self.scroll.viewport().height(), self.body.heightForWidth(width))
        if height != self.body.height():
            self.body.resize(width, height)

    def is_rendering(self) -> bool:
        """Inside :meth:`render` (focus may move as rows change under it)."""
        return self._rendering

    def is_complete(self) -> bool:
        """Whether every row of the last render is filled in (see ``rendering_finished``)."""
        return self.content is None or self._rendered >= self._target()

    def finish_rendering(self) -> None:
        """Fill in every row still waiting now (e.g. before focus could reach them)."""
        self._render_chunk(limit=None)

    @Slot()
    def _on_chunk_due(self) -> None:
        self._fallback_timer.stop()
        self._render_chunk(limit=CHUNK_ROWS)

    def _render_chunk(self, limit: int | None) -> None:
        content = self.content
        if content is None or self.is_complete():
            return
        n = self._target(content)
        start = self._rendered
        end = n if limit is None else min(n, start + limit)
        deadline = None if limit is None else time.perf_counter() + CHUNK_SECONDS
        self._fill_range(start, end, content, deadline)
        self._fit_body()
        self._extend_tab_order(start, self._rendered)
        if self.is_complete():
            self._hide_past_end()
            self.rendering_finished.emit()
        else:
            self._chunk_timer.start()

    def _hide_past_end(self) -> None:
        """Hide the pooled rows the content does not fill (emptied already)."""
        n = self._target()
        shown = [row for row in self.rows[n:] if not row.isHidden()]
        for row in shown:
            row.setVisible(False)
        if shown:
            self._tail.updateGeometry()  # (as in _fill_range)

    def _new_row(self) -> ContributionRow:
        k = len(self.rows)
        if k < TOP_REASONS:
            parent = self.top_box
        elif k < HEAD_ROWS:
            parent = self.rows_box
        else:
            parent = self._tail
        row = ContributionRow(parent)
        row.setVisible(False)
        row.previewed.connect(self.action_previewed)
        row.unpreviewed.connect(self.action_unpreviewed)
        row.requested.connect(self.action_requested)
        row.more_requested.connect(self.more_requested)
        if k < TOP_REASONS:
            self.top_layout.insertWidget(k, row)
            self.summary.raise_()  # last among the box's children: read after the rows
        elif k < HEAD_ROWS:
            self.rows_layout.insertWidget(k - TOP_REASONS, row)
            self._tail.raise_()  # last among the list's children: read after the first rows
        else:
            self._tail_layout.insertWidget(k - HEAD_ROWS, row)
        self.rows.append(row)
        return row

    def ensure_styled(self) -> None:
        """Style every part of the panel and its first pooled rows now (ahead of the first
        "why" a participant asks, which would otherwise pay for it in its frame)."""
        theme.polish_tree(self)
        self.warm_up()

    def warm_up(self, rows: int = WARM_ROWS) -> None:
        """Create and style the first pooled rows ahead of time, so the first "why" a
        participant asks is as quick as the next ones."""
        while len(self.rows) < rows:
            row = self._new_row()
            strip = row.ensure_actions()
            for widget in (row, strip, *strip.buttons):
                widget.ensurePolished()
            strip.heightForWidth(400)

    def render_counterfactual(self, content: PanelContent) -> None:
        """Fill in only the counterfactual (the engine answers it after the first paint; its
        buttons have their place in the tab order already)."""
        self.content = content
        self._render_counterfactual(content)

    def _render_counterfactual(self, content: PanelContent) -> None:
        text = content.counterfactual
        if bool(self.counterfactual_text.property("pending")) != content.counterfactual_pending:
            self.counterfactual_text.setProperty("pending", content.counterfactual_pending)
            restyle(self.counterfactual_text)
        self.counterfactual.setVisible(bool(text))
        self.counterfactual_text.setText(text)
        named = "\n".join(f"\u2022 {label}" for label in content.counterfactual_data)
        self.counterfactual_data.setText(named)
        self.counterfactual_data.setVisible(bool(named) and bool(text))
        action = content.counterfactual_action
        forget = self.counterfactual_forget
        if action is not None and text:
            forget.set_action(action, content.words)
            summary = self._tooltips.get(action)
            if summary:
                forget.setToolTip(summary)
                forget.setAccessibleDescription(summary)
        else:
            forget.action = None
            _drop_preview(forget)
        forget.setVisible(forget.action is not None)
        name = content.replacement_name
        self.counterfactual_button.setVisible(bool(content.replacement_id and text))
        if name:  # (the name before the text: a screen reader hears the new one once)
            set_name(self.counterfactual_button,
                     tr("Open {name}, which would take its place").format(name=name))
            self.counterfactual_button.setText(_literal(tr("Open {name}").format(name=name)))

    def _render_not_used(self, content: PanelContent) -> None:
        while len(self.not_used_entries) < len(content.not_used):
            entry = NotUsedEntry(self.not_used)
            entry.button.previewed.connect(self.action_previewed)
            entry.button.unpreviewed.connect(self.action_unpreviewed)
            entry.button.requested.connect(self.action_requested)
            self.not_used_layout.addWidget(entry)
            self.not_used_entries.append(entry)
        for k, entry in enumerate(self.not_used_entries):
            if k < len(content.not_used):
                entry.set_datum(content.not_used[k], content.words)
            entry.setVisible(k < len(content.not_used))
        self.not_used.setVisible(bool(content.not_used))

    def show_banner(
        self, receipt: str, gone: str = "", replacement: tuple[str, str] | None = None,
        block_topic: tuple[str, str] | None = None,
    ) -> None:
        """The result of the last action, at the top: its receipt and what replaced the item.

        The body's layout is held meanwhile: shown, the banner would make Qt lay the whole
        body out there and then (showing a widget activates its parents' layouts), only for
        the frame's layout pass to do it again.
        """
        held = self.body_layout.isEnabled()
        self.body_layout.setEnabled(False)
        try:
            self._show_banner(receipt, gone, replacement, block_topic)
        finally:
            self.body_layout.setEnabled(held)
        self._fit_body()

    def _show_banner(self, receipt: str, gone: str, replacement: tuple[str, str] | None,
                     block_topic: tuple[str, str] | None = None) -> None:
        self.receipt.setText(receipt)
        self.block_topic_button.setVisible(block_topic is not None)
        if block_topic is not None:
            topic, name = block_topic
            self.block_topic_button.setProperty("topic", topic)
            set_name(self.block_topic_button,
                     tr("Block the topic {topic}: your data no longer counts for it").format(
                         topic=name))
            self.block_topic_button.setText(_literal(tr("Block {topic} too").format(topic=name)))
        self.gone.setText(gone)
        self.gone.setVisible(bool(gone))
        self.replacement_button.setVisible(replacement is not None)
        if replacement is not None:
            pid, name = replacement
            self.replacement_button.setProperty("product_id", pid)
            set_name(self.replacement_button,
                     tr("Open {name}, which took its place").format(name=name))
            self.replacement_button.setText(_literal(tr("Open {name}").format(name=name)))
        self.banner.setAccessibleName(" ".join(t for t in (receipt, gone) if t))
        self.banner.setVisible(bool(receipt))
        self._fix_banner_tab_order()

    def hide_banner(self) -> None:
        self.banner.hide()

    def announce(self, text: str) -> None:
        """Tell a screen reader what just happened (the banner says it on screen)."""
        if text and QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self.banner, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)  # after speech
            QAccessible.updateAccessibility(event)

    def _reserve_preview_lines(self) -> None:
        """Keep room for three lines of preview, so the footer does not jump as the pointer
        moves between actions (a growing footer could cover the very button pointed at)."""
        self.preview.ensurePolished()
        height = self.preview.fontMetrics().lineSpacing() * PREVIEW_LINES + 2
        if self.preview.minimumHeight() != height:
            self.preview.setMinimumHeight(height)

    def show_preview(self, text: str | None) -> None:
        """What the pointed-at action would change (None: the hint)."""
        idle = text is None
        self.preview.setText(tr(PREVIEW_HINT) if idle else tr("Preview: {text}").format(text=text))
        if bool(self.preview.property("idle")) != idle:
            self.preview.setProperty("idle", idle)
            restyle(self.preview)

    def preview_text(self) -> str:
        return self.preview.text()

    def set_action_preview(self, action: Action, summary: str) -> None:
        """Give every control for this action the preview as tooltip and description."""
        self._tooltips[action] = summary
        for button in self.action_buttons():
            if button.action == action:
                button.setToolTip(summary)
                button.setAccessibleDescription(summary)
        for qaction in self.menu.actions():
            if qaction.data() == action:
                qaction.setToolTip(summary)

    def forget_cached_text(self, datum_ids: Iterable[int] | None = None) -> None:
        """After a deletion: drop every cached piece of text that could hold the forgotten
        data (about these data points; None: about anyone)."""
        ids = None if datum_ids is None else list(datum_ids)
        rows_module.forget_cached_text(ids)
        content_module.forget_cached_text(ids)
        self.menu.clear()
        self._tooltips.clear()

    def scroll_to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    # --- the "More" menu ---------------------------------------------------------------
    def popup_more(self, actions: list[tuple[Action, str]], button: QWidget) -> None:
        """Open the menu of broader actions under ``button``; each (action, text)."""
        self.menu.clear()
        for action, text in actions:
            qaction = QAction(_literal(text), self.menu)
            qaction.setData(action)
            qaction.setToolTip(self._tooltips.get(action, ""))
            if action.kind == STOP_COLLECTING and self.menu.actions():
                self.menu.addSeparator()
            self.menu.addAction(qaction)
        self.menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _on_menu_hovered(self, qaction: QAction) -> None:
        action = qaction.data()
        if isinstance(action, Action):
            self.action_previewed.emit(action)

    def _on_menu_triggered(self, qaction: QAction) -> None:
        action = qaction.data()
        if isinstance(action, Action):
            self.action_requested.emit(action)

    # --- access for controllers and tests ------------------------------------------------
    def visible_rows(self) -> list[ContributionRow]:
        """The rows filled in for the current content and level of detail (all the rows
        the view shows once complete; the summary row is not one of them)."""
        return self.rows[: min(self._target(), self._rendered)]

    def action_buttons(self) -> list[ActionButton]:
        out: list[ActionButton] = []
        top = self.content.top if self.content else 0
        for k, row in enumerate(self.visible_rows()):
            if k == top and self.counterfactual_forget.action is not None:
                out.append(self.counterfactual_forget)  # (in reading order)
            if row.buttons and row.actions is not None:
                out.extend((row.actions.forget, row.actions.exclude))
        if self.counterfactual_forget.action is not None and self.counterfactual_forget not in out:
            out.append(self.counterfactual_forget)
        n = len(self.content.not_used) if self.content else 0
        out.extend(e.button for e in self.not_used_entries[:n])
        return out

    def _fix_tab_order(self) -> None:
        """Tab follows reading order, whatever order the pooled widgets were created in
        (the rows filled in so far; chunks append theirs with :meth:`_extend_tab_order`):
        the top rows, the level buttons and the counterfactual, the other rows, the rest."""
        top = self.content.top if self.content else 0
        rows = self.visible_rows()
        chain: list[QWidget] = [*self._top_chain()]
        for row in rows[:top]:
            chain.extend(row.buttons)
        chain.extend(self._middle_chain())
        for row in rows[top:]:
            chain.extend(row.buttons)
        chain.extend(self._tail_chain())
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _middle_chain(self) -> list[QWidget]:
        """Between the top rows and the others (hidden ones too: Tab skips them, and they
        keep their place for when they show)."""
        return [self.toggle, self.counterfactual_forget, self.counterfactual_button]

    def _top_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.close_button]
        if self.banner.isVisibleTo(self):
            chain.append(self.banner)
            if self.replacement_button.isVisibleTo(self):
                chain.append(self.replacement_button)
            if self.block_topic_button.isVisibleTo(self):
                chain.append(self.block_topic_button)
        return chain

    def _tail_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.fewer]
        n = len(self.content.not_used) if self.content else 0
        chain.extend(e.button for e in self.not_used_entries[:n])
        return chain

    def _extend_tab_order(self, start: int, end: int) -> None:
        """Put the buttons of rows ``start..end`` (past the top ones) after those before
        them, then the tail."""
        top = self.content.top if self.content else 0
        start = max(start, top)
        added = [b for row in self.rows[start:end] for b in row.buttons]
        before = next(
            (row.buttons[-1] for row in reversed(self.rows[top:start]) if row.buttons),
            None,
        )
        chain = [before if before is not None else self._middle_chain()[-1], *added]
        chain.extend(self._tail_chain())
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _fix_banner_tab_order(self) -> None:
        """The banner's place in the chain: after the close button, before the list."""
        chain = self._top_chain()
        top = self.content.top if self.content else 0
        after = next((row.buttons[0] for row in self.visible_rows()[:top] if row.buttons), None)
        chain.append(after if after is not None else self._middle_chain()[0])
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    # --- events -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list has painted what the render filled in: the next chunk may follow.
        if (
            watched is self.rows_box
            and event.type() == QEvent.Type.Paint
            and not self.is_complete()
            and not self._chunk_timer.isActive()
        ):
            self._chunk_timer.start()
        return False

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Focus entering the panel below its top area: every row first, so the next Tab
        goes to the next row, not past the rows still waiting."""
        if (
            now is None
            or self._rendering
            or self.is_complete()
            or not self.isAncestorOf(now)
            or now in self._top_chain()
        ):
            return
        self.finish_rendering()

    def _on_scroll_range(self, _minimum: int, maximum: int) -> None:
        bar = self.scroll.verticalScrollBar()
        if bool(bar.property("empty")) != (maximum == 0):
            bar.setProperty("empty", maximum == 0)
            restyle(bar)

    def _on_replacement_clicked(self) -> None:
        pid = self.replacement_button.property("product_id")
        if pid:
            self.product_clicked.emit(str(pid))

    def _on_block_topic_clicked(self) -> None:
        topic = self.block_topic_button.property("topic")
        if topic:
            self.block_topic_requested.emit(str(topic))

    def _on_counterfactual_clicked(self) -> None:
        if self.content is not None and self.content.replacement_id:
            self.product_clicked.emit(self.content.replacement_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _first(k: int, content: PanelContent) -> bool:
    """Whether row k opens its box (the top box, or the list of the other reasons): it has
    no rule above it."""
    return k == 0 or k == content.top
