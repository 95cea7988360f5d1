"""Grids of products: one category, or search results, with a sort order and an empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tightrope import product_filters
from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.operations import record as record_ops
from tightrope.services import Services
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.filters import FilterBar
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
    """Header, count and sort box, filters (``filtered``), grid of cards, empty state.

    Signals: ``product_activated(str, str where)``, ``why_requested(str, object)``,
    ``sort_changed(str sort_key)``, ``filters_changed()``, ``empty_action_clicked()`` (the
    empty state's button, unless it cleared the filters).
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    sort_changed = Signal(str)
    filters_changed = Signal()
    empty_action_clicked = Signal()

    def __init__(
        self,
        name: str,
        sorts: Sequence[str],
        where: str,
        parent: QWidget | None = None,
        *,
        filtered: bool = False,
    ):
        super().__init__(name, parent)
        self._emptied_by_filters = False
        self._empty_text: tuple[str, str, str] = ("", "", "")
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
        self.filter_bar = FilterBar(self.body)
        self.filter_bar.changed.connect(self.filters_changed)
        self.filter_bar.setVisible(filtered)
        self._filtered = filtered
        top.addWidget(self.filter_bar)
        self.body_layout.addLayout(top)

        self.grid = ProductGrid(where, self.body)
        self.grid.product_activated.connect(self.product_activated)
        self.grid.why_requested.connect(self.why_requested)
        self.body_layout.addWidget(self.grid)

        self.empty = EmptyState(self.body)
        self.empty.action_clicked.connect(self._on_empty_action)
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

    def set_empty_text(self, title: str, text: str, action: str) -> None:
        """What the page says when it has no products at all (not: filtered to none)."""
        self._empty_text = (title, text, action)
        if not self._emptied_by_filters:
            self.empty.set_text(title, text, action)

    def show_filtered(self, products: Sequence[Product], sort: str) -> None:
        """The products the filters keep, sorted; '12 of 40 products'; and, when the filters
        removed every product, an empty state naming the filters that did it."""
        bar = self.filter_bar
        bar.set_brands(product_filters.brands_in(products))
        filters = bar.filters()
        kept = product_filters.apply(products, filters)
        self.show_products(sort_products(kept, sort))
        self.filter_bar.setVisible(self._filtered and bool(products))
        if filters.active and products:
            self.count.setText(
                tr("{shown} of %Ln product(s)", n=len(products)).format(shown=len(kept))
            )
            self.count.setVisible(True)
        how, names = product_filters.emptied_by(products, filters)
        self._emptied_by_filters = bool(how)
        if how:
            self.empty.set_text(
                tr("No products match your filters"),
                self._emptied_words(how, names, len(products)),
                tr("Clear filters"),
            )
        else:
            self.empty.set_text(*self._empty_text)

    def _emptied_words(self, how: str, names: Sequence[str], total: int) -> str:
        """Which filters left the page empty, from product_filters.emptied_by."""
        words = self.filter_bar.describe(names)
        if how == product_filters.ALONE and len(words) == 1:
            first = words[0][:1].upper() + words[0][1:]
            text = tr("{filter} leaves none of the %Ln product(s) on its own.", n=total)
            return text.format(filter=first)
        if how == product_filters.ALONE:
            text = tr("Each of {filters} leaves none of the %Ln product(s) on its own.", n=total)
            return text.format(filters=tr(" and ").join(words))
        if how == product_filters.EACH:
            return tr(
                "No product matches all your filters. Clearing {filters} brings products back."
            ).format(filters=tr(" or ").join(words))
        return tr(
            "No product matches {filters} together. Clear some of them to see products again."
        ).format(filters=tr(" and ").join(words))

    @Slot()
    def _on_empty_action(self) -> None:
        if self._emptied_by_filters:
            self.filter_bar.clear()
        else:
            self.empty_action_clicked.emit()

    def cards(self) -> list[ProductCard]:
        return self.grid.cards()

    @Slot(int)
    def _on_sort_index_changed(self, index: int) -> None:
        self.sort_changed.emit(self.sort.itemData(index))


class CategoryController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = BrowseView(
            tr("Category"),
            ["popular", "price-asc", "price-desc", "rating"],
            CATEGORY_WHERE,
            filtered=True,
        )
        self._watch_cards(self.view)
        self.view.sort_changed.connect(self._on_sort_changed)
        self.view.filters_changed.connect(self.refresh)
        self.view.empty_action_clicked.connect(self._on_go_home)
        self.view.set_empty_text(
            tr("Nothing here yet"), tr("This category has no products."), tr("Back to the shop")
        )
        self._category = ""

    def open(self, route: Route, fresh: bool) -> None:
        self._category = route.arg
        if fresh:
            self.view.set_sort_key("popular")
            self.view.filter_bar.clear()
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        category = self.services.catalog.category(self._category)
        self.view.header.set_text(category.name)
        products = self.services.catalog.in_category(category.id)
        self.view.show_filtered(products, self.view.sort_key())

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
            filtered=True,
        )
        self._watch_cards(self.view)
        self.view.sort_changed.connect(self._on_sort_changed)
        self.view.filters_changed.connect(self.refresh)
        self.view.empty_action_clicked.connect(self._on_go_home)
        self._query = ""

    def open(self, route: Route, fresh: bool) -> None:
        self._query = route.arg
        if fresh:
            record_ops.record(self.services.store, "search", text=self._query, where=SEARCH_WHERE)
            self.view.set_sort_key("relevance")
            self.view.filter_bar.clear()
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        query = self._query
        self.view.header.set_text(tr("Results for \u201c{query}\u201d").format(query=query))
        found = self.services.catalog.search(query)
        self.view.set_empty_text(
            tr("No products match \u201c{query}\u201d").format(query=query),
            tr("Check the spelling, try a shorter or more general word, or browse the shop."),
            tr("Browse the shop"),
        )
        self.view.show_filtered(found, self.view.sort_key())

    @Slot(str)
    def _on_sort_changed(self, sort: str) -> None:
        self.refresh()

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))
