"""What every page controller shares: opening products and passing "why" requests up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from tightrope.services import Services
from tightrope.ui.navigation import PRODUCT, Navigator, Route
from tightrope.ui.widgets.card import ProductCard


class PageController(QObject):
    """Base for page controllers; subclasses set ``self.view`` (which has ``cards()``).

    Signals: ``why_requested(str product_id, object recommendation)``.
    """

    why_requested = Signal(str, object)
    view: Any

    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.navigator = navigator

    def _watch_cards(self, source: Any) -> None:
        """Open products and forward "why" requests from anything that shows cards."""
        source.product_activated.connect(self._on_product_activated)
        source.why_requested.connect(self.why_requested)

    def cards(self) -> list[ProductCard]:
        return self.view.cards()

    @Slot(str, str)
    def _on_product_activated(self, product_id: str, where: str) -> None:
        self.navigator.go(Route(PRODUCT, product_id, where))
