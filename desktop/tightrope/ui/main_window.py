"""The storefront window: composes the top bar, the pages and a right-hand side panel.

MainWindow builds and wires; what happens on a click lives in the page controllers and the
shell controller. Signals: ``why_requested(str product_id, object recommendation)`` when a
shopper asks why a recommended product is shown; ``side_panel_hidden()``.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tightrope.engine.explain import Change
from tightrope.services import Services
from tightrope.ui import images, shortcuts, theme
from tightrope.ui.accessibility import AccessibilityController
from tightrope.ui.events import UiEvents
from tightrope.ui.navigation import (
    CART,
    CATEGORY,
    HOME,
    HOW_IT_WORKS,
    PRODUCT,
    SEARCH,
    WISHLIST,
    YOUR_DATA,
    Navigator,
    PageStack,
    PageStackWidget,
    Route,
)
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.browse import CategoryController, SearchController
from tightrope.ui.pages.cart import CartController
from tightrope.ui.pages.home import HomeController
from tightrope.ui.pages.how_it_works import HowItWorksController
from tightrope.ui.pages.product import ProductController
from tightrope.ui.pages.wishlist import WishlistController
from tightrope.ui.pages.your_data import YourDataController
from tightrope.ui.privacy.controller import PrivacyController
from tightrope.ui.privacy.page import TAB_CONSENT
from tightrope.ui.privacy.rights import RightsController
from tightrope.ui.store_events import StoreEvents
from tightrope.ui.topbar import ShellController, TopBar
from tightrope.ui.why.dock import WhyDock
from tightrope.ui.write_failures import WriteFailureBanner, WriteFailureReporter
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.workshop.controller import WorkshopController

MINIMUM_SIZE = QSize(960, 600)
SIDE_PANEL_WIDTH = 440  # at 100 %; theme.px() scales it and the minimum below
SIDE_PANEL_MIN_WIDTH = 320


class SidePanelHost(QFrame):
    """Holds one widget docked at the right (the "why" panel); hidden while empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None
        theme.follow_scale(self, lambda: self.setMinimumWidth(theme.px(SIDE_PANEL_MIN_WIDTH)))

    def widget(self) -> QWidget | None:
        return self._widget

    def set_widget(self, widget: QWidget) -> None:
        if self._widget is widget:
            return
        self.take_widget()
        self._widget = widget
        self._layout.addWidget(widget)
        widget.show()

    def take_widget(self) -> QWidget | None:
        """Remove the widget without deleting it (its owner may show it again)."""
        widget, self._widget = self._widget, None
        if widget is not None:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
        return widget


class MainWindow(QMainWindow):
    """The shop. Public API: :attr:`navigator`, :meth:`refresh`, :meth:`apply_change`,
    :meth:`highlight_products`, :meth:`show_side_panel`, :meth:`hide_side_panel`,
    :meth:`side_panel`, :meth:`open_product`; signals ``why_requested(str, object)`` and
    ``side_panel_hidden()``.
    """

    why_requested = Signal(str, object)
    side_panel_hidden = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle("Tightrope")
        self.setObjectName("mainWindow")
        # Fixed bounds, set before the native window exists: the window's minimum never
        # changes afterwards, so no size hints have to be pushed to the platform later.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_SIZE)
        theme.apply_theme(self)

        self.navigator = Navigator(self)
        self.store_events = StoreEvents(services.store, self)
        self.ui_events = UiEvents(self)  # panels report previews, consent changes etc. here

        self.top_bar = TopBar(self)
        self.shell = ShellController(
            self.top_bar, services, self.navigator, self.store_events.changed, self
        )

        self.stack = PageStackWidget(self)
        self.stack.setObjectName("pages")
        self.pages = PageStack(self.stack, self.navigator, self)
        self.home = HomeController(services, self.navigator, self)
        self.category = CategoryController(services, self.navigator, self)
        self.search = SearchController(services, self.navigator, self)
        self.product = ProductController(services, self.navigator, self)
        self.cart = CartController(services, self.navigator, self)
        self.wishlist = WishlistController(services, self.navigator, self)
        self.your_data = YourDataController(
            services, self.navigator, self.store_events.changed, self
        )
        self.how_it_works = HowItWorksController(services, self.navigator, self)
        controllers: dict[str, PageController] = {
            HOME: self.home,
            CATEGORY: self.category,
            SEARCH: self.search,
            PRODUCT: self.product,
            CART: self.cart,
            WISHLIST: self.wishlist,
            YOUR_DATA: self.your_data,
            HOW_IT_WORKS: self.how_it_works,
        }
        for name, controller in controllers.items():
            self.pages.add(name, controller)
            controller.why_requested.connect(self.why_requested)

        self.side_host = SidePanelHost(self)
        self.side_host.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side_host)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        self.write_failure_banner = WriteFailureBanner(central)
        column.addWidget(self.write_failure_banner)
        column.addWidget(self.splitter, 1)
        self._column = column
        self.setCentralWidget(central)

        # The your-data list and the counts follow every write at once (their controllers
        # listen themselves); the visible page re-renders once per burst of writes.
        self.store_events.changed.connect(self.pages.schedule_refresh)

        self._close_panel = shortcuts.make("close_panel", self, self.hide_side_panel)
        for shortcut in self._close_panel:
            shortcut.setEnabled(False)

        # Workshop tools (scenario panel, presenter mode, conditions, sessions).
        self.workshop = WorkshopController(self, services)
        # Privacy page and the first-run consent screen (covers the shop until answered).
        self.privacy = PrivacyController(self, services)
        self.how_it_works.privacy_requested.connect(lambda: self.privacy.show_page(TAB_CONSENT))
        # Reject all beside Accept all, and the simulated Global Privacy Control signal
        self.rights = RightsController(self.privacy.view, services, self.store_events.changed, self)
        # "Why am I seeing this?" for every recommended item, docked at the right.
        self.why = WhyDock(self, services)
        # A write that fails (locked, disk full, read-only) is told here in one sentence,
        # and the window is redrawn from what is stored.
        self.write_failures = WriteFailureReporter(self, services.data_dir.root, self._redraw,
                                                   self.write_failure_banner)
        images.make_room()
        self._flashed: list[ProductCard] = []  # the cards the last change highlighted
        # Menu bar (View, Help), window-wide shortcuts, keyboard shortcuts list, motion.
        self.accessibility = AccessibilityController(self, services)

        self.navigator.go(Route(HOME))

    # --- refreshing ---------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-render the current page (its shelves, states) and the counts now."""
        self.shell.refresh_counts()
        self.pages.refresh()

    def _redraw(self) -> None:
        """Everything shown, from what is stored: after a write that did not happen."""
        self.refresh()
        if self.why.panel is not None and self.why.panel.isVisible():
            self.why.panel.refresh()

    @Slot(object)
    def apply_change(self, change: Change) -> None:
        """Refresh after a forget / exclude / include and flash the products it moved.
        (The top bar's counts followed the store's own change notice already.)"""
        self.pages.refresh()
        preview = change.preview
        moved = [c.product_id for c in (*preview.entered, *preview.moved)]
        self.highlight_products(moved)

    def highlight_products(self, product_ids: Iterable[str]) -> list[ProductCard]:
        """Flash the visible page's cards for these products for about 1.5 s."""
        wanted = set(product_ids)
        # A steady highlight (reduce motion) marks one change: clear the last one's cards.
        # Only those: walking every card of every page costs a frame's worth of time.
        for card in self._flashed:
            if shiboken6.isValid(card) and card.product.id not in wanted:
                card.unhighlight()
        flashed = [card for card in self.pages.cards() if card.product.id in wanted]
        for card in flashed:
            card.flash()
        self._flashed = flashed
        return flashed

    def cards(self) -> list[ProductCard]:
        """The product cards on the visible page."""
        return self.pages.cards()

    def show_why(self, product_id: str) -> None:
        """Open the why panel for a product, exactly as its "Why?" button does (through
        ``why_requested``, so every listener, e.g. the session log, sees it)."""
        self.why_requested.emit(product_id, None)

    def add_strip(self, widget: QWidget) -> None:
        """Add a slim full-width strip under the top bar (e.g. the privacy status line)."""
        self._column.insertWidget(self._column.indexOf(self.splitter), widget)

    def open_product(self, product_id: str, where: str = "why panel") -> None:
        """Open a product page; ``where`` is recorded with the view."""
        self.navigator.go(Route(PRODUCT, product_id, where))

    # --- side panel ---------------------------------------------------------------------
    def show_side_panel(self, widget: QWidget) -> None:
        """Dock ``widget`` at the right (replacing any other; the old one is not deleted)."""
        was_hidden = self.side_host.isHidden()
        self.side_host.set_widget(widget)
        if was_hidden:
            # Sizes first, then show: the panel is laid out once, at its final width.
            total = sum(self.splitter.sizes()) or self.width()
            least = theme.px(SIDE_PANEL_MIN_WIDTH)
            panel = min(theme.px(SIDE_PANEL_WIDTH), max(least, total // 3))
            self.splitter.setSizes([total - panel, panel])
            if self.splitter.isVisible():
                # Where the splitter will put it: shown there, it is laid out just once.
                width, height = self.splitter.width(), self.splitter.height()
                self.side_host.setGeometry(width - panel, 0, panel, height)
        self.side_host.show()
        for shortcut in self._close_panel:
            shortcut.setEnabled(True)

    @Slot()
    def hide_side_panel(self) -> None:
        if self.side_host.isHidden():
            return
        self.side_host.hide()
        for shortcut in self._close_panel:
            shortcut.setEnabled(False)
        self.side_panel_hidden.emit()

    def side_panel(self) -> QWidget | None:
        """The widget docked at the right while the panel is shown, else None."""
        return None if self.side_host.isHidden() else self.side_host.widget()
