"""The storefront window: composes the top bar, the pages and a right-hand side panel.

MainWindow builds and wires; what happens on a click lives in the page controllers and the
shell controller. It is the one place that knows every part of the window: each feature
controller (workshop, privacy, why panel, accessibility) is handed only the parts it uses
(the navigator, the page registry, the side panel, the strip host, the search box ...),
never the window, and no other module of tightrope.ui but the composition root
(:func:`tightrope.ui.app.build_window`) imports this one (tests/ui/test_ui_imports.py).
Signals: ``why_requested(str product_id, object recommendation)`` when a
shopper asks why a recommended product is shown; ``side_panel_hidden()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QLayout, QMainWindow, QSplitter, QVBoxLayout, QWidget

from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.ui import button_keys, focus_return, headings, images, theme
from tightrope.ui.accessibility import AccessibilityController
from tightrope.ui.events import UiEvents
from tightrope.ui.focus_return import FocusReturn
from tightrope.ui.navigation import (
    CART,
    CATEGORY,
    CHECKOUT,
    HOME,
    HOW_IT_WORKS,
    ORDERS,
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
from tightrope.ui.privacy.controller import PrivacyController
from tightrope.ui.privacy.tabs import TAB_CONSENT
from tightrope.ui.store_events import StoreEvents
from tightrope.ui.topbar import ShellController, TopBar
from tightrope.ui.why.dock import WhyDock
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.window_parts import SidePanel, SidePanelHost, StripHost
from tightrope.ui.workshop.controller import WorkshopController
from tightrope.ui.write_failures import WriteFailureBanner, WriteFailureReporter

MINIMUM_SIZE = QSize(960, 600)

# route -> (module, controller class) of each shop page
PAGES: dict[str, tuple[str, str]] = {
    HOME: ("tightrope.ui.pages.home", "HomeController"),
    CATEGORY: ("tightrope.ui.pages.browse", "CategoryController"),
    SEARCH: ("tightrope.ui.pages.browse", "SearchController"),
    PRODUCT: ("tightrope.ui.pages.product", "ProductController"),
    CART: ("tightrope.ui.pages.cart", "CartController"),
    WISHLIST: ("tightrope.ui.pages.wishlist", "WishlistController"),
    YOUR_DATA: ("tightrope.ui.pages.your_data", "YourDataController"),
    HOW_IT_WORKS: ("tightrope.ui.pages.how_it_works", "HowItWorksController"),
    CHECKOUT: ("tightrope.ui.pages.checkout", "CheckoutController"),
    ORDERS: ("tightrope.ui.pages.orders", "OrdersController"),
}


def _page(name: str) -> Any:
    """A window attribute that is the page controller for ``name``, built on first use."""
    return property(lambda window: window.pages.page(name))


class MainWindow(QMainWindow):
    """The shop, and the UI's composition root. Public API: :attr:`navigator`,
    :attr:`store_events` (its ``changed`` signal is the one change channel: every
    operation's Changes, after its commit, to every screen), :meth:`refresh`,
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
        headings.install()  # labels marked as headings reach screen readers as headings
        button_keys.install()  # Enter presses the focused button, as Space does
        focus_return.install()  # a closed dialog gives focus back to what opened it

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
        # Each page is built when it is first opened (or asked for): a start builds only
        # the page it shows, and imports only its module.
        for name in PAGES:
            self.pages.register(name, lambda name=name: self._build_page(name))

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
        # A change with a preview (forget, exclude, include) moved recommendations: the
        # page shows them now and flashes the cards that moved.
        self.store_events.changed.connect(self._on_changed)

        # What the feature controllers below are handed: each gets the parts it uses,
        # never the window's other parts (only this constructor knows them all).
        self.side = SidePanel(self.splitter, self.side_host, self)
        self.side.hidden.connect(self.side_panel_hidden)
        self.strips = StripHost(self._column, self.splitter, self.top_bar.last_control)
        changed = self.store_events.changed

        # Workshop tools (scenario panel, presenter mode, conditions, sessions).
        self.workshop = WorkshopController(
            self,
            services,
            top_bar=self.top_bar,
            navigator=self.navigator,
            side_panel=self.side,
            refresh=self.refresh,
            store_changed=changed,
            ui_events=self.ui_events,
            show_why=self.show_why,
        )
        # Privacy page and the first-run consent screen (covers the shop until answered).
        self.privacy = PrivacyController(
            self,
            services,
            cover=central,
            pages=self.pages,
            strips=self.strips,
            navigator=self.navigator,
            store_changed=changed,
            ui_events=self.ui_events,
            search=self.top_bar,
        )
        self.workshop.scenarios.show_privacy = self.privacy.show_page
        # "Why am I seeing this?" for every recommended item, docked at the right.
        self.why = WhyDock(
            self,
            services,
            why_requested=self.why_requested,
            side_panel=self.side,
            navigator=self.navigator,
            ui_events=self.ui_events,
            store_changed=changed,
            show_privacy=self.privacy.show_page,
            cards=self.pages.cards,
        )
        # A write that fails (locked, disk full, read-only) is told here in one sentence,
        # and the window is redrawn from what is stored.
        self.write_failures = WriteFailureReporter(
            self, services.data_dir.root, self._redraw, self.write_failure_banner
        )
        images.make_room()
        self._flashed: list[ProductCard] = []  # the cards the last change highlighted
        self._focus_return = FocusReturn(self.pages.cards)  # a closed panel's opener
        self.side.focus_return = self._focus_return
        # Menu bar (View, Help), window-wide shortcuts, keyboard shortcuts list, motion.
        self.accessibility = AccessibilityController(
            self,
            services,
            search=self.top_bar,
            navigator=self.navigator,
            contrast_action=self.workshop.contrast_action,
            cards=self.pages.cards,
        )

        if not self.privacy.gate_up():  # a first start opens the shop once consent is given
            self.navigator.go(Route(HOME))

    # --- pages --------------------------------------------------------------------------
    def _build_page(self, name: str) -> PageController:
        module, cls = PAGES[name]
        controller_class = getattr(importlib.import_module(module), cls)
        changed = self.store_events.changed
        if name == HOME:
            controller = controller_class(self.services, self.navigator, self, changed)
        elif name == YOUR_DATA:
            controller = controller_class(self.services, self.navigator, changed, self)
        else:
            controller = controller_class(self.services, self.navigator, self)
        if name == HOW_IT_WORKS:
            controller.privacy_requested.connect(lambda: self.privacy.show_page(TAB_CONSENT))
        controller.why_requested.connect(self.why_requested)
        return controller

    # The page controllers, each built on first use.
    home = _page(HOME)
    category = _page(CATEGORY)
    search = _page(SEARCH)
    product = _page(PRODUCT)
    cart = _page(CART)
    wishlist = _page(WISHLIST)
    your_data = _page(YOUR_DATA)
    how_it_works = _page(HOW_IT_WORKS)
    checkout = _page(CHECKOUT)
    orders = _page(ORDERS)

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
    def _on_changed(self, changes: Changes) -> None:
        """After a forget / exclude / include: the page now, and the products it moved
        flashed. (The top bar's counts follow the same signal.)"""
        preview = changes.preview
        if preview is None:
            return
        self.pages.refresh()
        self.highlight_products(c.product_id for c in (*preview.entered, *preview.moved))

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
        self.strips.add(widget)

    def open_product(self, product_id: str, where: str = "why panel") -> None:
        """Open a product page; ``where`` is recorded with the view."""
        self.navigator.go(Route(PRODUCT, product_id, where))

    # --- side panel ---------------------------------------------------------------------
    def show_side_panel(self, widget: QWidget) -> None:
        """Dock ``widget`` at the right (replacing any other; the old one is not deleted)."""
        self.side.show(widget)

    @Slot()
    def hide_side_panel(self) -> None:
        self.side.hide()

    def side_panel(self) -> QWidget | None:
        """The widget docked at the right while the panel is shown, else None."""
        return self.side.current()
