"""Connects every "Why?" button in the shop to one why panel docked at the window's right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.services import Services
from tightrope.ui import collector
from tightrope.ui.condition import explanations_shown
from tightrope.ui.events import UiEvents
from tightrope.ui.focus_return import ReturnPoint
from tightrope.ui.navigation import PRODUCT, Navigator, Route
from tightrope.ui.timers import one_shot
from tightrope.ui.window_parts import SidePanel

PREPARE_AFTER_MS = 300  # after the window is shown: it has painted by then

if TYPE_CHECKING:
    from tightrope.ui.why_panel import WhyPanel
    from tightrope.ui.widgets.card import ProductCard


class WhyDock(QObject):
    """Creates the panel once the window has painted (or on first use) and wires it to the
    parts of the window it uses (no signals of its own)."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        *,
        why_requested: SignalInstance,
        side_panel: SidePanel,
        navigator: Navigator,
        ui_events: UiEvents,
        store_changed: SignalInstance,
        show_privacy: Callable[[], None],
        cards: Callable[[], list[ProductCard]],
    ):
        """``window``: the top-level window (its study condition; shown or not);
        ``why_requested(str product_id, object recommendation)``: every "Why?" of the shop;
        ``store_changed``: the one change channel (the panel follows it); ``show_privacy``: opens
        the privacy page (the panel's consent links); ``cards``: the cards of the page shown
        (where the "Why?" that opened the panel is found again)."""
        super().__init__(window)
        self._window = window
        self._services = services
        self._side_panel = side_panel
        self._navigator = navigator
        self._ui_events = ui_events
        self._store_changed = store_changed
        self._show_privacy = show_privacy
        self._cards = cards
        self.panel: WhyPanel | None = None
        why_requested.connect(self._on_why_requested)
        # Built (and styled) once the window has painted, not by the first "Why?" click,
        # which would otherwise take several frames: timed from the window's first showing,
        # so a slow start's first paint is not delayed by it.
        self._prepare_timer = one_shot(self, self._prepare, PREPARE_AFTER_MS)
        window.installEventFilter(self)
        # Closing gives the focus and the scroll back to the "Why?" that opened the panel,
        # before Qt would move the focus on to some other card.
        self._return: ReturnPoint | None = None
        side_panel.host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Show:
                self._window.removeEventFilter(self)
                self._prepare_timer.start()
            return False
        if event.type() == QEvent.Type.Hide and watched is self._side_panel.host:
            point, self._return = self._return, None
            if point is not None:
                point.restore()
        return super().eventFilter(watched, event)

    def _opener(self, product_id: str) -> QWidget | None:
        """The control that asked: the focused or pointed-at "Why?" of this product's card
        on the page shown (a card appears on one shelf only), else that card's "Why?"."""
        focus = QApplication.focusWidget()
        host = self._side_panel.host
        if focus is not None and not host.isAncestorOf(focus) and self._window.isAncestorOf(focus):
            cards = [c for c in self._cards() if c.product.id == product_id]
            for card in cards:
                if card.why.hasFocus() or card.why.underMouse() or card.hasFocus():
                    return card.why if card.why.isVisible() else card
            if cards and cards[0].isVisible():
                return cards[0].why if cards[0].why.isVisible() else cards[0]
            return focus
        cards = [c for c in self._cards() if c.product.id == product_id and c.isVisible()]
        return cards[0].why if cards and cards[0].why.isVisible() else None

    @Slot()
    def _prepare(self) -> None:
        if not self._window.isVisible():
            return  # closed (or never shown): nobody will ask
        panel = self._ensure_panel()
        self._side_panel.prepare(panel)  # styled where it will show: docking restyles nothing
        panel.ensure_styled()
        top = self._services.recommender.recommend(1)
        if top:  # the likeliest first question: its explanation's text is worked out now
            panel.controller.warm(top[0].product_id)

    def _ensure_panel(self) -> WhyPanel:
        if self.panel is None:
            # imported here: the panel's modules are not needed for the first paint
            from tightrope.ui.why_panel import WhyPanel

            panel = WhyPanel(self._services, self._store_changed)
            panel.closed.connect(self._side_panel.hide)
            panel.product_requested.connect(self._on_product_requested)
            panel.consent_requested.connect(self._on_consent_requested)
            panel.previewed.connect(self._on_previewed)
            self.panel = panel
        return self.panel

    def show(self, product_id: str) -> WhyPanel | None:
        """Explain this product in the panel at the right; the opaque study condition
        explains nothing, so there the panel never opens (None)."""
        if not explanations_shown(self._window):
            return None
        collector.hold_for_frame()
        self._prepare_timer.stop()
        opener = self._opener(product_id)
        if opener is not None:
            self._return = ReturnPoint(opener)
        elif self._side_panel.host.isHidden():
            self._return = None
        panel = self._ensure_panel()
        # Filled in before it is shown: docking then lays out the new content only, once.
        panel.show_product(product_id)
        self._side_panel.show(panel)
        panel.setFocus()
        # the session log's panel_open: for a product in the recommendations, or not
        recommended = self._services.recommender.why(product_id).rank is not None
        self._ui_events.report(
            "panel_open", panel="why", product=product_id, recommended=recommended
        )
        return panel

    @Slot(str, object)
    def _on_why_requested(self, product_id: str, _recommendation: object) -> None:
        self.show(product_id)

    @Slot(str, list)
    def _on_previewed(self, kind: str, datum_ids: list) -> None:
        """The session log's preview: which action, on which data points (keyed tokens)."""
        if self.panel is not None and self.panel.product_id is not None:
            self._ui_events.report(
                "preview", action=kind, datum_ids=datum_ids, product=self.panel.product_id
            )

    @Slot(str)
    def _on_product_requested(self, product_id: str) -> None:
        self._navigator.go(Route(PRODUCT, product_id, "why panel"))

    @Slot(str)
    def _on_consent_requested(self, _category: str) -> None:
        self._show_privacy()
