"""The home page: the recommender's shelves, then every category to browse."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget

from tightrope.catalog import Catalog, Category
from tightrope.engine import recently_viewed
from tightrope.engine.explain import Shelf
from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations.changes import Changes
from tightrope.privacy import consent, minors
from tightrope.services import Services
from tightrope.ui import format, images, theme
from tightrope.ui.condition import explanations_shown
from tightrope.ui.navigation import CATEGORY, HOW_IT_WORKS, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import ScrollPage
from tightrope.ui.widgets.recently_viewed import ClearViewsDialog, RecentlyViewedShelf
from tightrope.ui.widgets.shelf import ShelfView
from tightrope.ui.widgets.shelf_controls import ShelfControls

tr = translator("HomePage")


def home_shelf_where(title: str) -> str:
    return f"home page shelf '{title}'"


# At 100 %; theme.px() scales them.
TILE_ICON = 40
TILE_MIN_WIDTH = 240
TILE_MAX_WIDTH = 420
TILE_SPACING = 16


def category_icon(category: Category, catalog: Catalog, dpr: float) -> QIcon:
    """The picture of the category's most popular product: a tile shows what is inside."""
    products = catalog.in_category(category.id)
    if not products:
        return QIcon()
    best = max(products, key=lambda p: (p.rating_count, p.id))
    return QIcon(images.product_pixmap(best, theme.scaled_size(TILE_ICON, TILE_ICON), dpr))


class CategoryTile(QPushButton):
    """A category button that never gets narrower than its words."""

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(max(theme.px(TILE_MIN_WIDTH), hint.width()), hint.height())


class CategoryTiles(QWidget):
    """Buttons for every category, wrapped onto rows. Signals: ``category_activated(str)``."""

    category_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._flow = FlowLayout(self, TILE_SPACING, justify=True)
        self.buttons: list[QPushButton] = []
        self._catalog: Catalog | None = None
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        self._flow.set_spacing(theme.px(TILE_SPACING))
        if self._catalog is not None:
            self.set_categories(self._catalog)  # icons drawn at the new size

    def set_categories(self, catalog: Catalog) -> None:
        self._catalog = catalog
        for button in self.buttons:
            self._flow.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for category in catalog.categories:
            count = len(catalog.in_category(category.id))
            button = CategoryTile(
                tr("{category}\n%Ln product(s)", n=count).format(
                    category=format.literal(category.name)
                ),
                self,
            )
            button.setObjectName("categoryTile")
            button.setIcon(category_icon(category, catalog, self.devicePixelRatioF()))
            button.setIconSize(theme.scaled_size(TILE_ICON, TILE_ICON))
            button.setMaximumWidth(theme.px(TILE_MAX_WIDTH))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(
                tr("Browse {category}, %Ln product(s)", n=count).format(category=category.name)
            )
            button.clicked.connect(
                lambda _c=False, cid=category.id: self.category_activated.emit(cid)
            )
            self._flow.addWidget(button)
            self.buttons.append(button)
        self.updateGeometry()


class HomeView(ScrollPage):
    """Signals: ``product_activated(str, str where)``, ``why_requested(str, object)``,
    ``category_activated(str)``.
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    category_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Home"), parent)
        self.controls = ShelfControls(self.body)
        self.hero = QFrame(self.body)
        self.hero.setObjectName("hero")
        hero_layout = QVBoxLayout(self.hero)
        self.hero_title = styled_label("", "heroTitle")
        self.hero_title.setWordWrap(True)
        self.hero_text = styled_label("", "heroText")
        self.hero_text.setWordWrap(True)
        self.update_condition()
        hero_layout.addWidget(self.hero_title)
        hero_layout.addWidget(self.hero_text)
        self.body_layout.addWidget(self.hero)

        # the level switch and "How recommendations work", where the shelves are (DSA Art. 27(3))
        self.body_layout.addWidget(self.controls)

        self.shelf_box = QVBoxLayout()
        self.shelf_box.setSpacing(32)
        self.body_layout.addLayout(self.shelf_box)
        self.shelves: list[ShelfView] = []  # shown, in order
        self._kept_shelves: list[ShelfView] = []  # hidden, kept for a shelf that comes back

        # what the shopper opened lately, under the recommendations (hidden when nothing)
        self.recent = RecentlyViewedShelf(home_shelf_where(recently_viewed.TITLE), parent=self.body)
        self.recent.product_activated.connect(self.product_activated)
        self.recent.hide()
        self.body_layout.addWidget(self.recent)

        section = QVBoxLayout()
        section.setSpacing(16)
        section.addWidget(styled_label(tr("Shop by category"), "h2"))
        self.tiles = CategoryTiles(self.body)
        self.tiles.category_activated.connect(self.category_activated)
        section.addWidget(self.tiles)
        self.body_layout.addLayout(section)
        self.body_layout.addStretch(1)

        def apply_scale() -> None:
            px = theme.px
            hero_layout.setContentsMargins(px(24), px(24), px(24), px(24))
            hero_layout.setSpacing(px(8))
            self.shelf_box.setSpacing(px(32))
            section.setSpacing(px(16))
            self.body_layout.setSpacing(px(32))

        theme.follow_scale(self, apply_scale)

    def update_condition(self) -> None:
        """The welcome: the opaque study condition promises no explanations (and has no
        "Your data" button to point to)."""
        self.controls.how.setVisible(explanations_shown(self))
        if explanations_shown(self):
            self.hero_title.setText(tr("Good gear, chosen with you, not about you"))
            self.hero_text.setText(
                tr(
                    "Every recommendation can tell you why it is here. "
                    "Anything we know about you is listed under \u201cYour data\u201d, "
                    "and you can have it forgotten on the spot."
                )
            )
        else:
            self.hero_title.setText(tr("Good gear for every day"))
            self.hero_text.setText(
                tr("Picks for you, new arrivals and our most popular products, all in one place.")
            )

    def set_shelves(self, shelves: Sequence[Shelf], catalog: Catalog) -> None:
        shelves = [s for s in shelves if s.items]
        # A shelf that goes (a "Because you viewed" shelf after a forget) is hidden and kept,
        # last out first in, with its cards: when one comes back, building its ten cards
        # cost a forget's frame ~20 ms. A kept shelf's cards drop their reasons (they may
        # name data just forgotten).
        while len(self.shelves) > len(shelves):
            view = self.shelves.pop()
            view.hide()
            for card in view.cards():
                card.set_recommendation(None)
            self._kept_shelves.append(view)
        while len(self.shelves) < len(shelves):
            if self._kept_shelves:
                view = self._kept_shelves.pop()
                view.show()
            else:
                view = ShelfView(parent=self.body)
                view.product_activated.connect(self.product_activated)
                view.why_requested.connect(self.why_requested)
                self.shelf_box.addWidget(view)
            self.shelves.append(view)
        # A product on two shelves: its cards and buttons say which shelf they are on.
        seen = Counter(r.product_id for shelf in shelves for r in shelf.items)
        twice = frozenset(pid for pid, n in seen.items() if n > 1)
        for view, shelf in zip(self.shelves, shelves, strict=True):
            view.where = home_shelf_where(shelf.source_title or shelf.title)
            view.set_shelf(shelf, catalog, twice)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Reading order: recommendation #1 and on, shelf after shelf, then "Recently
        viewed" (its Clear button, its cards), then the category tiles at the bottom (shelves
        are made after the tiles, and later ones after every other control of the window:
        without this, Tab went through the tiles first)."""
        chain: list[QWidget] = []
        for view in self.shelves:
            for card in view.cards():
                chain += [card, card.why]
        chain += self.recent.focus_chain()
        chain += self.tiles.buttons
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def show_recent(self, shelf: recently_viewed.RecentlyViewed, catalog: Catalog) -> None:
        """The "Recently viewed" shelf as the data makes it now (hidden when it is empty
        and has nothing to say); the receipt of a clearing stays until views come back."""
        title = recently_viewed.title()
        if shelf.hidden:
            if not self.recent.receipt.isVisibleTo(self.recent):
                self.recent.hide()
            return
        self.recent.show_views(
            title, [catalog.product(pid) for pid in shelf.product_ids], shelf.not_shown
        )
        self.recent.show()
        self._fix_tab_order()

    def show_cleared(self, receipt: str) -> None:
        self.recent.show_receipt(recently_viewed.title(), receipt)
        self.recent.show()

    def cards(self) -> list[ProductCard]:
        """The recommendations' cards (not those of "Recently viewed": no reasons)."""
        return [card for view in self.shelves for card in view.cards()]

    def reset_position(self) -> None:
        """Back to the top, every shelf at its first card, and no focus left on a card of
        the shopper before (after a persona load)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        for view in (*self.shelves, *self._kept_shelves, self.recent):
            view.scroll.horizontalScrollBar().setValue(0)
        self.scroll_to_top()


class HomeController(PageController):
    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        parent: QObject | None = None,
        store_changed: SignalInstance | None = None,
    ):
        super().__init__(services, navigator, parent)
        self.view = HomeView()
        self._watch_cards(self.view)
        self.view.category_activated.connect(self._on_category_activated)
        self.view.tiles.set_categories(services.catalog)
        self.view.controls.level_chosen.connect(self._on_level)
        self.view.controls.how_requested.connect(self._on_how)
        self.view.recent.clear_clicked.connect(self._on_clear_recent)
        self.dialog: ClearViewsDialog | None = None  # the open "Clear recently viewed?"
        # A persona load is a new shopper: the shelves start over (top, first cards).
        self._new_shopper = False
        if store_changed is not None:
            store_changed.connect(self._on_store_changed)

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if changes.op == "persona" or changes.everything:
            self._new_shopper = True

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.view.recent.receipt.clear()  # the last clearing's receipt: said, done
            self.view.recent.receipt.hide()
        if consent.decided(self.services.store):
            self.refresh()
        else:
            # The first-run consent screen covers the shop, and answering it refreshes the
            # page before the screen goes (PrivacyController): shelves built now would be
            # built under it for nothing (a tenth of the first start).
            self.view.update_condition()
        if fresh:
            self.view.scroll_to_top()

    def refresh(self) -> None:
        self.view.update_condition()
        rec = self.services.recommender
        self.view.controls.set_state(
            consent.level(self.services.store), minors.explanation() if rec.policy().minor else ""
        )
        self.view.set_shelves(rec.shelves(), self.services.catalog)
        self.view.show_recent(recently_viewed.recently_viewed(rec), self.services.catalog)
        if self._new_shopper:
            self._new_shopper = False
            self.view.reset_position()

    @Slot()
    def _on_clear_recent(self) -> None:
        """Preview first: what goes, and every change it makes (the dialog); the forget
        only when the shopper confirms."""
        rec = self.services.recommender
        shelf = recently_viewed.recently_viewed(rec)
        if not shelf.view_ids:
            self.refresh()
            return
        text, _preview = recently_viewed.clear_preview(rec, shelf)
        dialog = ClearViewsDialog(text, len(shelf.view_ids), self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_clear_confirmed)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_clear_confirmed(self) -> None:
        # a failed write raises on to the window's write-failure banner: nothing is said
        changes = forget_ops.forget_views(self.services.recommender)
        self.view.show_cleared(changes.summary)
        self.refresh()

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    @Slot(str)
    def _on_level(self, level: str) -> None:
        consent_ops.set_level(self.services.store, level)  # the shelves follow the one signal

    @Slot()
    def _on_how(self) -> None:
        self.navigator.go(Route(HOW_IT_WORKS))

    @Slot(str)
    def _on_category_activated(self, category_id: str) -> None:
        self.navigator.go(Route(CATEGORY, category_id))
