"""The why panel's list of reasons: pooled contribution rows, the two levels of detail (the
top reasons and a summary row, or every reason), rendering in chunks after the paint, and
the tab order through the rows. Mixed into :class:`~tightrope.ui.why.view.WhyView`.

A render fills only the rows the viewport can show (plus a margin) at once; the rest follow
in small chunks after the panel has painted. Collapsing empties the rows it hides: a pooled
row that is not shown keeps no personal data.
"""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.names import set_name
from tightrope.ui.why.action_buttons import ActionButton
from tightrope.ui.why.content import TOP_REASONS, PanelContent
from tightrope.ui.why.panel_parts import drop_preview
from tightrope.ui.why.rows import ContributionRow

tr = translator("WhyPanel")

WARM_ROWS = 24
# Rendering in chunks: the rows for the viewport plus this margin (px at 100 %) at once; the
# rest a few at a time after the paint, each chunk stopping after CHUNK_ROWS rows or
# CHUNK_SECONDS, whichever comes first (a chunk and its layout stay well under a frame).
SYNC_MARGIN = 160
MIN_ROW_HEIGHT = 44  # px at 100 %: no row is shorter (one line of label and no facts)
CHUNK_ROWS = 12
CHUNK_SECONDS = 0.003
HEAD_ROWS = 16  # rows laid out one by one; the rest move as one widget (see _tail)


class ReasonsList:
    """The rows of the why panel (a mixin of :class:`~tightrope.ui.why.view.WhyView`)."""

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
            # An emptied row is hidden too: shown, it would be a blank reason until its
            # chunk comes (issue #19: a blank last reason on a why panel).
            if not row.isHidden() and (not on_screen or k < TOP_REASONS or row.row is None):
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
            fewer = tr("Show only the top %n reason(s) for {name}", n=content.top).format(name=name)
            set_name(self.toggle, fewer)
            self.toggle.setText(tr("Show fewer"))
            # the same action at the end of the list, named apart from the one at the top
            set_name(
                self.fewer,
                tr("Back to the top %n reason(s) for {name}", n=content.top).format(name=name),
            )
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

    def _on_details_toggled(self, shown: bool) -> None:
        """ "Details" shows the raw score (for facilitators) and turns into "Hide details"."""
        self.score.setVisible(shown and self.total.isVisible())
        self.details.setText(tr("Hide details") if shown else tr("Details"))

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
                drop_preview(button)
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
        return [self.toggle, self.details, self.counterfactual_forget, self.counterfactual_button]

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


def _first(k: int, content: PanelContent) -> bool:
    """Whether row k opens its box (the top box, or the list of the other reasons): it has
    no rule above it."""
    return k == 0 or k == content.top
