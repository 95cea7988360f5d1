"""Connects every "Why?" button in the shop to one why panel docked at the window's right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.services import Services
from tightrope.ui import collector
from tightrope.ui.condition import explanations_shown
from tightrope.ui.focus_return import ReturnPoint
from tightrope.ui.timers import one_shot
from tightrope.ui.why_panel import WhyPanel

PREPARE_AFTER_MS = 300  # after the window is built: it has painted by then

if TYPE_CHECKING:
    from tightrope.ui.main_window import MainWindow


class WhyDock(QObject):
    """Creates the panel once the window has painted (or on first use) and wires it to the
    window (no signals of its own)."""

    def __init__(self, window: MainWindow, services: Services):
        super().__init__(window)
        self._window = window
        self._services = services
        self.panel: WhyPanel | None = None
        window.why_requested.connect(self._on_why_requested)
        # Built (and styled) once the window has painted, not by the first "Why?" click,
        # which would otherwise take several frames.
        self._prepare_timer = one_shot(self, self._prepare, PREPARE_AFTER_MS)
        self._prepare_timer.start()
        # Closing gives the focus and the scroll back to the "Why?" that opened the panel,
        # before Qt would move the focus on to some other card.
        self._return: ReturnPoint | None = None
        window.side_host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and watched is self._window.side_host:
            point, self._return = self._return, None
            if point is not None:
                point.restore()
        return super().eventFilter(watched, event)

    def _opener(self, product_id: str) -> QWidget | None:
        """The control that asked: the focused or pointed-at "Why?" of this product's card
        on the page shown (a card appears on one shelf only), else that card's "Why?"."""
        focus = QApplication.focusWidget()
        host = self._window.side_host
        if focus is not None and not host.isAncestorOf(focus) and self._window.isAncestorOf(focus):
            cards = [c for c in self._window.cards() if c.product.id == product_id]
            for card in cards:
                if card.why.hasFocus() or card.why.underMouse() or card.hasFocus():
                    return card.why if card.why.isVisible() else card
            if cards and cards[0].isVisible():
                return cards[0].why if cards[0].why.isVisible() else cards[0]
            return focus
        cards = [c for c in self._window.cards() if c.product.id == product_id and c.isVisible()]
        return cards[0].why if cards and cards[0].why.isVisible() else None

    @Slot()
    def _prepare(self) -> None:
        if not self._window.isVisible():
            return  # closed (or never shown): nobody will ask
        panel = self._ensure_panel()
        host = self._window.side_host
        if host.widget() is None and host.isHidden():
            host.set_widget(panel)  # styled where it will show: docking then restyles nothing
        panel.ensure_styled()
        top = self._services.recommender.recommend(1)
        if top:  # the likeliest first question: its explanation's text is worked out now
            panel.controller.warm(top[0].product_id)

    def _ensure_panel(self) -> WhyPanel:
        if self.panel is None:
            panel = WhyPanel(self._services)
            panel.change_applied.connect(self._window.apply_change)
            panel.closed.connect(self._window.hide_side_panel)
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
        elif self._window.side_host.isHidden():
            self._return = None
        panel = self._ensure_panel()
        # Filled in before it is shown: docking then lays out the new content only, once.
        panel.show_product(product_id)
        self._window.show_side_panel(panel)
        panel.setFocus()
        # the session log's panel_open: for a product in the recommendations, or not
        recommended = self._services.recommender.why(product_id).rank is not None
        self._window.ui_events.report("panel_open", panel="why", product=product_id,
                                      recommended=recommended)
        return panel

    @Slot(str, object)
    def _on_why_requested(self, product_id: str, _recommendation: object) -> None:
        self.show(product_id)

    @Slot(str, list)
    def _on_previewed(self, kind: str, datum_ids: list) -> None:
        """The session log's preview: which action, on which data points (keyed tokens)."""
        if self.panel is not None and self.panel.product_id is not None:
            self._window.ui_events.report("preview", action=kind, datum_ids=datum_ids,
                                          product=self.panel.product_id)

    @Slot(str)
    def _on_product_requested(self, product_id: str) -> None:
        self._window.open_product(product_id, "why panel")

    @Slot(str)
    def _on_consent_requested(self, _category: str) -> None:
        privacy = getattr(self._window, "privacy", None)
        if privacy is not None:
            privacy.show_page()
