"""The "why" panel's controller: asks the engine, hands the answers to the view.

Slots stay thin: an action is one operation (:mod:`tightrope.operations.forget`), which
returns a :class:`~tightrope.operations.changes.Changes`; the panel shows its receipt, and
every screen (the shop's shelves, this panel's caches) learns of it from the window's one
``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.engine.explain import Preview, Recommendation
from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.storage.datums import Datum
from tightrope.ui import collector, images, shortcuts
from tightrope.ui.timers import one_shot
from tightrope.ui.why.action_buttons import ActionButton
from tightrope.ui.why.content import (
    EXCLUDE,
    FORGET,
    FORGET_PRODUCT,
    FORGET_SET,
    FORGET_TOPIC,
    INCLUDE,
    STOP_COLLECTING,
    Action,
    DatumInfo,
    PanelContent,
    build_content,
    with_counterfactual,
)
from tightrope.ui.why.rows import ContributionRow
from tightrope.ui.why.view import WhyView
from tightrope.ui.widgets.card import shelf_picture_size

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

tr = translator("WhyPanel")

# Actions whose outcome is worked out ahead while their preview shows (see _prepare).
AHEAD = frozenset({FORGET, EXCLUDE, FORGET_PRODUCT, FORGET_TOPIC, FORGET_SET})

STOP_COLLECTING_PREVIEW = tr.mark(
    "Opens the consent settings for {name}. Nothing is deleted until you choose there."
)
# The More menu's broader actions, with how many data points each would forget.
MORE_ENTRIES = {
    FORGET_PRODUCT: tr.mark("Forget everything about {name} (%n data point(s))"),
    FORGET_TOPIC: tr.mark("Forget the whole topic {name} (%n data point(s))"),
}


def not_used_for(rec: Recommender, product_id: str) -> list[Datum]:
    """Excluded data points that would count for this product if they were used again."""
    return rec.excluded_for(product_id)


class WhyController(QObject):
    """Fills a :class:`WhyView` for one product and carries out its actions.

    Follows the window's one ``changed`` signal (every operation's Changes, its own
    actions' included). Signals: ``closed()``, ``consent_requested(str
    category)``, ``product_requested(str product_id)``, ``previewed(str kind, list
    datum_ids)`` the first time an action's preview is shown in a state (hovering the same
    button again says nothing new).
    """

    closed = Signal()
    consent_requested = Signal(str)
    product_requested = Signal(str)
    previewed = Signal(str, list)

    def __init__(
        self,
        services: Services,
        view: WhyView,
        changed: SignalInstance,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.view = view
        self.product_id: str | None = None
        self.content: PanelContent | None = None
        self.last_change: Changes | None = None
        self._previews: dict[tuple[str, frozenset[int]], Preview] = {}
        self._told: set[Action] = set()  # previews shown in this state (``previewed``)
        self._stale = False
        self._refresh_timer = one_shot(self, self._on_refresh_due)
        # The counterfactual can take the engine much longer than a frame (it searches sets
        # of data points), so it is asked for after the panel has painted.
        self._counterfactual_timer = one_shot(self, self._on_counterfactual_due)

        self._purge: set[int] = set()  # deleted data points whose cached text must go
        self._purge_timer = one_shot(self, self._on_purge_due)
        self._unpreview_timer = one_shot(self, self._on_unpreview_due)
        self._warm: list[str] = []
        self._warm_timer = one_shot(self, self._on_warm_due)
        # the previewed action to work out ahead, and what the panel would show after it:
        # (the engine's explanation it rests on, the "not used" data point ids, content)
        self._ahead: Action | None = None
        self._prepared: tuple[Recommendation, tuple[int, ...], PanelContent] | None = None

        view.installEventFilter(self)
        view.action_previewed.connect(self._on_action_previewed)
        view.action_unpreviewed.connect(self._on_action_unpreviewed)
        view.action_requested.connect(self._on_action_requested)
        view.more_requested.connect(self._on_more_requested)
        view.close_requested.connect(self.closed)
        view.product_clicked.connect(self.product_requested)
        view.block_topic_requested.connect(self._on_block_topic_requested)
        # Delete / Shift+Delete act on the contribution whose buttons have focus.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._keys = [
            *shortcuts.make("forget", view, lambda: self._act_on_focus(FORGET), context),
            *shortcuts.make("exclude", view, lambda: self._act_on_focus(EXCLUDE), context),
        ]
        # Data can change elsewhere (a view recorded, a forget on the your-data page) while
        # the panel is open: re-render once per burst of writes.
        changed.connect(self._on_store_changed)

    @property
    def rec(self) -> Recommender:
        """The recommender, built on first use (not for a consent screen)."""
        return self.services.recommender

    # --- showing ------------------------------------------------------------------------
    def show_product(self, product_id: str) -> None:
        """Explain this product from scratch (a new question: no receipt banner)."""
        self.product_id = product_id
        self.last_change = None
        self.view.hide_banner()
        self.view.set_expanded(False)  # a new question opens on the top reasons
        self.render()
        self.view.scroll_to_top()

    def render(self, fit: bool = True) -> None:
        """Ask the engine about the current product and fill the view (``fit``: see
        WhyView.render)."""
        if self.product_id is None:
            return
        self._stale = False
        self._previews.clear()
        self._told.clear()
        pid = self.product_id
        rec = self.rec.why(pid)
        not_used = not_used_for(self.rec, pid)
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] is rec and prepared[1] == _ids(not_used):
            content = prepared[2]  # built while the participant looked at the preview
        else:
            content = self._content(rec, not_used)
        self.content = with_counterfactual(content, None)
        self.view.render(self.content, self._picture(pid), fit=fit)
        if self.content.counterfactual_pending:
            self._counterfactual_timer.start()

    def _content(
        self, rec: Recommendation, not_used: list[Datum], datums: dict[int, Datum] | None = None
    ) -> PanelContent:
        datums = self.rec.datums() if datums is None else datums
        return build_content(rec, None, datums, self.services.catalog, self.rec.top_n, not_used)

    def warm(self, product_id: str) -> None:
        """Work out a product's explanation and the panel's text for it ahead of a question
        about it (the engine's labels and the panel's dates and facts are cached)."""
        if product_id in self.services.catalog.by_id:
            self._content(self.rec.why(product_id), not_used_for(self.rec, product_id))

    def finish_counterfactual(self) -> None:
        """Ask the engine for the counterfactual now, if it is still being worked out."""
        self._counterfactual_timer.stop()
        if (
            self.content is None
            or not self.content.counterfactual_pending
            or self.product_id is None
        ):
            return
        counterfactual = self.rec.counterfactual(self.product_id)
        self.content = with_counterfactual(
            self.content, counterfactual, self.rec.datums(), self.services.catalog
        )
        self.view.render_counterfactual(self.content)

    @Slot()
    def _on_counterfactual_due(self) -> None:
        self.finish_counterfactual()

    def refresh(self) -> None:
        """Re-render for the same product (e.g. after data changed elsewhere)."""
        self.render()

    def _picture(self, product_id: str):
        product = self.services.catalog.get(product_id)
        if product is None:
            return None
        size = self.view.picture_size()
        return images.product_pixmap(product, size, self.view.devicePixelRatioF())

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if changes.everything:
            self._prepared = None
            self.view.forget_cached_text()
        if changes.deleted:
            # Dropped right after this frame: nothing rendered meanwhile can use them (the
            # data points are gone), and scanning the caches need not delay the frame.
            self._purge.update(changes.deleted)
            self._purge_timer.start()
            if self._prepared is not None and self._prepared[2].datum_ids() & set(changes.deleted):
                self._prepared = None  # built with data points gone now
        self._stale = True
        self._previews.clear()
        if self.product_id is not None:
            self._refresh_timer.start()

    @Slot()
    def _on_purge_due(self) -> None:
        ids, self._purge = self._purge, set()
        if ids:
            self.view.forget_cached_text(ids)

    @Slot()
    def _on_refresh_due(self) -> None:
        # A hidden panel waits: it re-renders when it is shown again (see eventFilter).
        if self._stale and self.view.isVisible() and self.product_id in self.services.catalog.by_id:
            self.render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self._stale:
            self._refresh_timer.start()
        return False

    # --- previews -----------------------------------------------------------------------
    def _ids_for(self, action: Action) -> list[int]:
        store = self.services.store
        if action.kind == FORGET_PRODUCT and action.target:
            return store.datum_ids_for_product(action.target)
        if action.kind == FORGET_TOPIC and action.target:
            return store.datum_ids_for_topic(action.target)
        if action.kind == FORGET_SET:
            return list(action.datum_ids)
        return [action.datum_id]

    def preview_for(self, action: Action) -> Preview | None:
        """The engine's preview of exactly what this action would do (cached per state)."""
        if action.kind == STOP_COLLECTING or self.product_id is None:
            return None
        ids = frozenset(self._ids_for(action))
        topic = action.target if action.kind == FORGET_TOPIC else None
        key = ("include" if action.kind == INCLUDE else "without", ids, topic)
        preview = self._previews.get(key)
        if preview is None:
            if action.kind == INCLUDE:
                preview = self.rec.preview_include(sorted(ids), focus=self.product_id)
            else:
                # a topic's preview also says how much of it is left afterwards
                preview = self.rec.preview_forget(sorted(ids), focus=self.product_id, topic=topic)
            self._previews[key] = preview
        return preview

    def preview_text(self, action: Action) -> str:
        if action.kind == STOP_COLLECTING:
            return tr(STOP_COLLECTING_PREVIEW).format(name=action.target_name)
        preview = self.preview_for(action)
        if preview is None:
            return ""
        # a forget also says what else goes (an order line, the wishlist); "Don't use this"
        # and "Use again" delete nothing
        return preview.summary if action.kind in (EXCLUDE, INCLUDE) else preview.forget_text

    @Slot(object)
    def _on_action_previewed(self, action: Action) -> None:
        self._unpreview_timer.stop()  # left one action for this one: this preview stands
        if self.view.is_rendering():
            # focus landed on an action because a re-render moved it: preview it after
            # this frame (the engine's preview is not free), like a focus that left
            self._unpreview_timer.start()
            return
        self.show_action_preview(action)

    def show_action_preview(self, action: Action) -> None:
        """Show the engine's preview of this action (and warm what it would bring in)."""
        text = self.preview_text(action)
        self.view.show_preview(text)
        self.view.set_action_preview(action, text)
        if action not in self._told:
            self._told.add(action)
            ids = [] if action.kind == STOP_COLLECTING else self._ids_for(action)
            self.previewed.emit(action.kind, ids)
        preview = self.preview_for(action)
        if preview is not None and action.kind in AHEAD:
            # What the click would show is worked out now, after the preview has painted,
            # not in the frame the click must make: the pictures of the products it brings
            # onto the shelves, the explanations the shelves and the panel would show.
            self._warm = [e.product_id for e in preview.entered]
            self._ahead = action
            self._warm_timer.start()

    @Slot()
    def _on_warm_due(self) -> None:
        wanted = self._warm
        self._warm = []
        action, self._ahead = self._ahead, None
        if action is not None and self.product_id is not None:
            ids = self._ids_for(action)
            self._prepare(action, ids, self.product_id)
            # Every product the shelves would then show, not only those entering the top:
            # a shelf anchored on the forgotten data point is replaced whole, and a picture
            # drawn in the click's frame costs about a millisecond.
            wanted = wanted + self.rec.shelf_products_without(ids, focus=self.product_id)
        catalog = self.services.catalog
        products = [catalog.by_id[p] for p in dict.fromkeys(wanted) if p in catalog.by_id]
        images.warm(products, shelf_picture_size(), self.view.devicePixelRatioF())

    def _prepare(self, action: Action, ids: list[int], pid: str) -> None:
        """Explain the shop after this action (on data points ``ids``) ahead of time (the
        engine keeps that with the state it previewed); after a forget, also build the
        panel's content."""
        rec = self.rec.prepare(ids, focus=pid)
        if rec is None or action.kind == EXCLUDE:
            return  # an excluded data point joins "not used": built after the click
        gone = set(ids)
        datums = {i: d for i, d in self.rec.datums().items() if i not in gone}
        not_used = [d for d in not_used_for(self.rec, pid) if d.id not in gone]
        self._prepared = (rec, _ids(not_used), self._content(rec, not_used, datums))

    @Slot()
    def _on_action_unpreviewed(self) -> None:
        # Focus also leaves an action when a re-render (after a forget) hides its row: the
        # newly focused action's preview is worked out after that frame, not inside it.
        self._unpreview_timer.start()

    @Slot()
    def _on_unpreview_due(self) -> None:
        """Pointer or focus left an action: show the focused action's preview, or the hint."""
        focused = QApplication.focusWidget()
        action = getattr(focused, "action", None) if focused is not None else None
        if isinstance(action, Action) and self.view.isAncestorOf(focused):
            self.show_action_preview(action)
        else:
            self.view.show_preview(None)

    @Slot(object, QWidget)
    def _on_more_requested(self, info: DatumInfo, button: QWidget) -> None:
        entries = []
        for action in info.more_actions():
            if action.kind in MORE_ENTRIES:
                n = len(self._ids_for(action))
                text = tr(MORE_ENTRIES[action.kind], n=n).format(name=action.target_name)
            else:
                text = action.text
            entries.append((action, text))
        self.view.popup_more(entries, button)

    # --- acting -------------------------------------------------------------------------
    def _act_on_focus(self, kind: str) -> Changes | None:
        """Forget (or stop using) the data point of the contribution that holds focus (on
        the counterfactual's "Forget these N", Delete forgets those)."""
        widget = QApplication.focusWidget()
        if isinstance(widget, ActionButton) and widget.action is not None:
            if widget.action.kind == FORGET_SET:
                return self.apply(widget.action) if kind == FORGET else None
        while widget is not None and not isinstance(widget, ContributionRow):
            widget = widget.parentWidget()
        if widget is None or widget.row is None or widget.row.datum is None:
            return None
        return self.apply(widget.row.datum.action(kind))

    @Slot(object)
    def _on_action_requested(self, action: Action) -> None:
        self.apply(action)

    def apply(self, action: Action) -> Changes | None:
        """Carry out an action; returns the engine's Changes (None for stop collecting)."""
        collector.hold_for_frame()
        if action.kind == STOP_COLLECTING:
            if action.target:
                self.consent_requested.emit(action.target)
            return None
        pid = self.product_id
        rec = self.rec
        if action.kind == FORGET:
            change = forget_ops.forget(rec, [action.datum_id], scope="data point", focus=pid)
        elif action.kind == EXCLUDE:
            change = forget_ops.exclude(rec, [action.datum_id], focus=pid)
        elif action.kind == INCLUDE:
            change = forget_ops.include(rec, [action.datum_id], focus=pid)
        elif action.kind == FORGET_PRODUCT and action.target:
            change = forget_ops.forget_product(rec, action.target, focus=pid)
        elif action.kind == FORGET_TOPIC and action.target:
            change = forget_ops.forget_topic(rec, action.target, focus=pid)
        elif action.kind == FORGET_SET and action.datum_ids:
            change = forget_ops.forget(rec, list(action.datum_ids), scope="smallest set", focus=pid)
        else:
            raise ValueError(f"unknown action {action!r}")
        self.last_change = change
        # The receipt first, with focus: a focused button that the render below refills
        # with another reason's words would be read out by a screen reader. The render then
        # fits the body, once, the banner with it.
        self._show_result(change, fit=False)
        self.render()
        return change

    def _show_result(self, change: Changes, fit: bool = True) -> None:
        focus = change.preview.focus
        gone = ""
        replacement = None
        if focus is not None and focus.old_rank and not focus.new_rank:
            entered = list(change.preview.entered)
            if entered:
                gone = tr("{name} is no longer in your recommendations. In its place: {names}.")
                gone = gone.format(name=focus.name, names=_names([e.name for e in entered]))
                replacement = (entered[0].product_id, entered[0].name)
            else:
                gone = tr("{name} is no longer in your recommendations.").format(name=focus.name)
        share = change.preview.topic
        block = (share.topic, share.name) if share is not None and share.blockable else None
        self.view.show_banner(change.summary, gone, replacement, block, fit=fit)
        self.view.scroll_to_top()
        target = self.view.replacement_button if replacement else self.view.banner
        target.setFocus()
        self.view.announce(" ".join(t for t in (change.summary, gone) if t))

    @Slot(str)
    def _on_block_topic_requested(self, topic: str) -> None:
        """Block a topic the forget left on the shelves (its rows are dropped from now on):
        committed, then the panel and the shelves redrawn, then said."""
        consent_ops.block_topic(self.services.store, topic)
        name = self.services.catalog.category(topic).name
        self.render(fit=False)
        self.view.show_banner(
            tr("Blocked: {topic}. Your data no longer counts for it.").format(topic=name)
        )
        self.view.banner.setFocus()
        self.view.announce(self.view.receipt.text())


def _ids(datums: Iterable[Datum]) -> tuple[int, ...]:
    return tuple(d.id for d in datums)


def _names(names: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B and 3 more' (product names are data)."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    if len(items) <= 3:
        return tr("{names} and {last}").format(names=", ".join(items[:-1]), last=items[-1])
    return tr("{names} and %n more", n=len(items) - 2).format(names=", ".join(items[:2]))
