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

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QMenu, QScrollArea, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.timers import one_shot
from tightrope.ui.why import content as content_module
from tightrope.ui.why import row_text
from tightrope.ui.why.content import STOP_COLLECTING, Action, PanelContent
from tightrope.ui.why.panel_boxes import PanelBoxes
from tightrope.ui.why.panel_layout import MARGIN, SCROLLBAR, PanelLayout
from tightrope.ui.why.panel_parts import PREVIEW_HINT, Column, NotUsedEntry, drop_preview, literal
from tightrope.ui.why.reasons_list import CHUNK_ROWS, ReasonsList
from tightrope.ui.why.rows import ContributionRow
from tightrope.ui.widgets.labels import restyle

tr = translator("WhyPanel")

PREVIEW_LINES = 3


class WhyView(ReasonsList, PanelBoxes, PanelLayout, QWidget):
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
        bar.setProperty("empty", True)
        bar.rangeChanged.connect(self._on_scroll_range)
        self.body = Column(self.scroll)
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
                drop_preview(button)
            drop_preview(self.counterfactual_forget)
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

    @Slot()
    def _on_chunk_due(self) -> None:
        self._fallback_timer.stop()
        self._render_chunk(limit=CHUNK_ROWS)

    # --- the footer's preview --------------------------------------------------------
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
        row_text.forget_cached_text(ids)
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
            qaction = QAction(literal(text), self.menu)
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
