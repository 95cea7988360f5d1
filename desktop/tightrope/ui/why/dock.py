"""Connects every "Why?" button in the shop to one why panel docked at the window's right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from tightrope.services import Services
from tightrope.ui import collector
from tightrope.ui.why_panel import WhyPanel

if TYPE_CHECKING:
    from tightrope.ui.main_window import MainWindow


class WhyDock(QObject):
    """Creates the panel on first use and wires it to the window (no signals of its own)."""

    def __init__(self, window: MainWindow, services: Services):
        super().__init__(window)
        self._window = window
        self._services = services
        self.panel: WhyPanel | None = None
        window.why_requested.connect(self._on_why_requested)

    def _ensure_panel(self) -> WhyPanel:
        if self.panel is None:
            panel = WhyPanel(self._services)
            panel.change_applied.connect(self._window.apply_change)
            panel.closed.connect(self._window.hide_side_panel)
            panel.product_requested.connect(self._on_product_requested)
            panel.consent_requested.connect(self._on_consent_requested)
            self.panel = panel
        return self.panel

    def show(self, product_id: str) -> WhyPanel:
        collector.hold_for_frame()
        panel = self._ensure_panel()
        # Filled in before it is shown: docking then lays out the new content only, once.
        panel.show_product(product_id)
        self._window.show_side_panel(panel)
        panel.setFocus()
        return panel

    @Slot(str, object)
    def _on_why_requested(self, product_id: str, _recommendation: object) -> None:
        self.show(product_id)

    @Slot(str)
    def _on_product_requested(self, product_id: str) -> None:
        self._window.open_product(product_id, "why panel")

    @Slot(str)
    def _on_consent_requested(self, _category: str) -> None:
        privacy = getattr(self._window, "privacy", None)
        if privacy is not None:
            privacy.show_page()
