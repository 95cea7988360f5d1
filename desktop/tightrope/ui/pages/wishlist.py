"""The wishlist: products the shopper saved, most recent first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from tightrope.i18n import translator
from tightrope.services import Services
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.browse import BrowseView

tr = translator("WishlistPage")

WISHLIST_WHERE = "wishlist page"


class WishlistController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = BrowseView(tr("Wishlist"), ["saved"], WISHLIST_WHERE)
        self.view.sort.hide()
        self.view.sort_label.hide()
        self._watch_cards(self.view)
        self.view.empty.set_text(
            tr("Your wishlist is empty"),
            tr("Save products you like with \u201cSave to wishlist\u201d on their page."),
            tr("Browse the shop"),
        )
        self.view.empty_action_clicked.connect(self._on_go_home)

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        catalog = self.services.catalog
        products = [
            catalog.product(pid) for pid in self.services.store.wishlist() if pid in catalog.by_id
        ]
        self.view.header.set_text(tr("Your wishlist"))
        self.view.show_products(products)
        self.view.sort.hide()
        self.view.sort_label.hide()

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))
