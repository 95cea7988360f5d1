"""Grids of products: one category, or search results, with a sort order and an empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.operations import record as record_ops
from tightrope.services import Services
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage
from tightrope.ui.widgets.shelf import ProductGrid

tr = translator("BrowsePage")

SEARCH_WHERE = "search box"
SEARCH_RESULTS_WHERE = "search results"
CATEGORY_WHERE = "category page"

# sort key -> (label, order); "relevance" keeps the order the products came in.
SORTS: dict[str, tuple[str, Callable[[Product], tuple] | None]] = {
    "relevance": (tr.mark("Best match"), None),
    "saved": (tr.mark("Recently saved"), None),
    "popular": (tr.mark("Most popular"), lambda p: (-p.rating_count, p.name)),
    "price-asc": (tr.mark("Price: low to high"), lambda p: (p.price, p.name)),
    "price-desc": (tr.mark("Price: high to low"), lambda p: (-p.price, p.name)),
    "rating": (tr.mark("Top rated"), lambda p: (-p.rating, -p.rating_count, p.name)),
}


def sort_products(products: Sequence[Product], sort: str) -> list[Product]:
    key = SORTS[sort][1]
    return sorted(products, key=key) if key else list(products)


class BrowseView(ScrollPage):
    """Header, sort box, grid of cards, empty state.

    Signals: ``product_activated(str, str where)``, ``why_requested(str, object)``,
    ``sort_changed(str sort_key)``, ``empty_action_clicked()``.
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    sort_changed = Signal(str)
    empty_action_clicked = Signal()

    def __init__(self, name: str, sorts: Sequence[str], where: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        top = QVBoxLayout()
        top.setSpacing(16)
        self.header = PageHeader(self.body)
        top.addWidget(self.header)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.count = styled_label("", "muted", self.body)
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.sort_label = QLabel(tr("Sort by"), self.body)
        self.sort = FittingComboBox(self.body)
        self.sort.setAccessibleName(tr("Sort products"))
        self.sort_label.setBuddy(self.sort)
        for key in sorts:
            self.sort.addItem(tr(SORTS[key][0]), key)
        self.sort.currentIndexChanged.connect(self._on_sort_index_changed)
        bar.addWidget(self.sort_label)
        bar.addWidget(self.sort)
        top.addLayout(bar)
        self.body_layout.addLayout(top)

        self.grid = ProductGrid(where, self.body)
        self.grid.product_activated.connect(self.product_activated)
        self.grid.why_requested.connect(self.why_requested)
        self.body_layout.addWidget(self.grid)

        self.empty = EmptyState(self.body)
        self.empty.action_clicked.connect(self.empty_action_clicked)
        self.empty.setVisible(False)
        self.body_layout.addWidget(self.empty)
        self.body_layout.addStretch(1)

    def sort_key(self) -> str:
        return self.sort.currentData()

    def set_sort_key(self, key: str) -> None:
        index = self.sort.findData(key)
        if index >= 0 and index != self.sort.currentIndex():
            self.sort.blockSignals(True)
            self.sort.setCurrentIndex(index)
            self.sort.blockSignals(False)

    def show_products(self, products: Sequence[Product]) -> None:
        self.grid.set_products(products)
        has = bool(products)
        self.grid.setVisible(has)
        self.count.setText(tr("%Ln product(s)", n=len(products)))
        self.count.setVisible(has)
        self.sort.setVisible(has)
        self.sort_label.setVisible(has)
        self.empty.setVisible(not has)

    def cards(self) -> list[ProductCard]:
        return self.grid.cards()

    @Slot(int)
    def _on_sort_index_changed(self, index: int) -> None:
        self.sort_changed.emit(self.sort.itemData(index))


class CategoryController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = BrowseView(
            tr("Category"), ["popular", "price-asc", "price-desc", "rating"], CATEGORY_WHERE
        )
        self._watch_cards(self.view)
        self.view.sort_changed.connect(self._on_sort_changed)
        self.view.empty_action_clicked.connect(self._on_go_home)
        self.view.empty.set_text(
            tr("Nothing here yet"), tr("This category has no products."), tr("Back to the shop")
        )
        self._category = ""

    def open(self, route: Route, fresh: bool) -> None:
        self._category = route.arg
        if fresh:
            self.view.set_sort_key("popular")
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        category = self.services.catalog.category(self._category)
        self.view.header.set_text(category.name)
        products = self.services.catalog.in_category(category.id)
        self.view.show_products(sort_products(products, self.view.sort_key()))

    @Slot(str)
    def _on_sort_changed(self, sort: str) -> None:
        self.refresh()

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))


class SearchController(PageController):
    """Shows ``catalog.search(query)``; a fresh search is recorded as a data point."""

    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = BrowseView(
            tr("Search results"),
            ["relevance", "popular", "price-asc", "price-desc", "rating"],
            SEARCH_RESULTS_WHERE,
        )
        self._watch_cards(self.view)
        self.view.sort_changed.connect(self._on_sort_changed)
        self.view.empty_action_clicked.connect(self._on_go_home)
        self._query = ""

    def open(self, route: Route, fresh: bool) -> None:
        self._query = route.arg
        if fresh:
            record_ops.record(self.services.store, "search", text=self._query, where=SEARCH_WHERE)
            self.view.set_sort_key("relevance")
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        query = self._query
        self.view.header.set_text(tr("Results for \u201c{query}\u201d").format(query=query))
        found = self.services.catalog.search(query)
        self.view.empty.set_text(
            tr("No products match \u201c{query}\u201d").format(query=query),
            tr("Check the spelling, try a shorter or more general word, or browse the shop."),
            tr("Browse the shop"),
        )
        self.view.show_products(sort_products(found, self.view.sort_key()))

    @Slot(str)
    def _on_sort_changed(self, sort: str) -> None:
        self.refresh()

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))
