"""How the why panel is built: its header (picture, title, close button), its scrolled body
(the receipt banner, headline, rank, the top reasons with their summary row, the
counterfactual, the other reasons, the "not used" box) and its footer (the preview), and how
the footer follows the panel's height. Mixed into :class:`~tightrope.ui.why.view.WhyView`,
which calls these once, in its constructor and on each change of scale.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.headings import mark_heading
from tightrope.ui.why.action_buttons import ActionButton
from tightrope.ui.why.content import NO_UNDO
from tightrope.ui.why.painting import cached_icon
from tightrope.ui.why.panel_parts import PREVIEW_HINT, STYLE, Column, make_label, make_link
from tightrope.ui.why.rows import SummaryRow
from tightrope.ui.widgets.flow import FlowLayout

tr = translator("WhyPanel")

# Lengths at 100 %, like every length here: theme.px() scales them.
PICTURE = QSize(56, 42)
SCROLLBAR = 10  # the width tightrope.qss gives a vertical scroll bar (at 100 %)
MARGIN = 20
MIN_LIST_HEIGHT = 240  # px at 100 %: less room than this for the list, the footer scrolls too


class PanelLayout:
    """The why panel's widgets, built (a mixin of :class:`~tightrope.ui.why.view.WhyView`)."""

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
        self.title = mark_heading(make_label(tr("Why am I seeing this?"), "whyTitle", header), 1)
        self.product_name = make_label("", "whyProductName", header)
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
        self.receipt = make_label("", "whyReceipt", self.banner)
        self.gone = make_label("", "whyGone", self.banner)
        self.replacement_button = make_link("replacement", self.banner)
        self.replacement_button.clicked.connect(self._on_replacement_clicked)
        # after a topic forget that left some of it on the shelves: block it, here
        self.block_topic_button = make_link("blockTopic", self.banner)
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

        self.headline = make_label("", "whyHeadline", body)
        layout.addWidget(self.headline)

        # rank and badge side by side, the badge below the rank when the panel is narrow
        # (large text): a row of both could not shrink and pushed the panel off its edge
        status = FlowLayout(None, theme.px(10))
        theme.follow_scale(self, lambda: status.set_spacing(theme.px(10)))
        self.rank = make_label("", "whyRank", body, wrap=False)
        self.rank.setProperty("inTop", True)
        self.sponsored = make_label(tr("Sponsored"), "whySponsored", body, wrap=False)
        status.addWidget(self.rank)
        status.addWidget(self.sponsored)
        layout.addLayout(status)
        self.note = make_label("", "whyNote", body)
        layout.addWidget(self.note)

        gap = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        theme.follow_scale(
            self,
            lambda: gap.changeSize(
                0, theme.px(4), QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
            ),
        )
        layout.addItem(gap)
        self.section = make_label(tr("What it rests on"), "whySection", body)
        layout.addWidget(self.section)
        # The collapsed view: the top reasons, then one row summing up all the others. The
        # first TOP_REASONS pooled rows live here; the rest below the counterfactual.
        self.top_box = Column(body)
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
        self.toggle = make_link("levels", body)
        self.toggle.clicked.connect(self._on_toggle)
        self.toggle.hide()
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        totals = QHBoxLayout()
        theme.scaled_layout(self, totals, spacing=10)
        self.total = make_label("", "whyTotal", body, wrap=False)
        # The raw score is for facilitators: behind "Details", not in a participant's way.
        self.details = make_link("details", body)
        self.details.setText(tr("Details"))
        self.details.setCheckable(True)
        self.details.setAccessibleName(tr("Show the technical details: the score"))
        self.score = make_label("", "whyScore", body, wrap=False)
        self.score.hide()
        self.details.toggled.connect(self._on_details_toggled)
        totals.addWidget(self.total)
        totals.addWidget(self.details)
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
            make_label(tr("What would change it"), "whySection", self.counterfactual)
        )
        self.counterfactual_text = make_label("", "whyCounterfactualText", self.counterfactual)
        self.counterfactual_data = make_label("", "whyCounterfactualData", self.counterfactual)
        # "Forget these N": the counterfactual's data points, previewed and forgotten like
        # every other action of the panel (the controller sees one more Action).
        self.counterfactual_forget = ActionButton(self.counterfactual, "whyForget")
        self.counterfactual_forget.previewed.connect(self.action_previewed)
        self.counterfactual_forget.unpreviewed.connect(self.action_unpreviewed)
        self.counterfactual_forget.requested.connect(self.action_requested)
        self.counterfactual_forget.hide()
        self.counterfactual_button = make_link("counterfactual", self.counterfactual)
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
        self.more_section = make_label("", "whySection", body)
        self.more_section.hide()
        layout.addWidget(self.more_section)
        self.rows_box = Column(body)
        self.rows_box.setObjectName("whyMoreRows")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        # Rows past the first HEAD_ROWS live in one more widget. After an action they wait
        # below the viewport, as they were, until the paint (see _render_rows): the list's
        # layout then moves that one widget instead of each of its rows.
        self._tail = Column(self.rows_box)
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
        self.fewer = make_link("fewer", body)
        self.fewer.clicked.connect(self._on_fewer)
        self.fewer.hide()
        layout.addWidget(self.fewer, 0, Qt.AlignmentFlag.AlignLeft)

        self.not_used = QFrame(body)
        self.not_used.setObjectName("whyNotUsed")
        nu_layout = QVBoxLayout(self.not_used)
        theme.scaled_layout(self, nu_layout, margins=(14, 10, 14, 12))
        theme.scaled_layout(self, nu_layout, spacing=8)
        nu_layout.addWidget(make_label(tr("Not used (kept)"), "whySection", self.not_used))
        nu_layout.addWidget(
            make_label(
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
        self.no_undo = make_label(tr(NO_UNDO), "whyNoUndo", footer)
        self.preview = make_label(tr(PREVIEW_HINT), "whyPreview", footer)
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
