"""The wishlist: products the shopper saved, most recent first, each with "Move to cart"
and "Remove".

Both are one operation each (:func:`~tightrope.operations.record.move_to_cart`,
:func:`~tightrope.operations.record.toggle_wishlist`); the sentence above the list says what
the operation did, and is shown only after it returned (a write that fails raises on to the
window's write-failure banner, and nothing is said here).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.operations import record as record_ops
from tightrope.services import Services
from tightrope.ui import format, images, theme
from tightrope.ui.names import announce
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.cart import THUMB, name_link
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage

tr = translator("WishlistPage")

WISHLIST_WHERE = "wishlist page"


class WishlistLineView(QFrame):
    """One saved product. Signals: ``open_clicked(str)``, ``move_clicked(str)``,
    ``remove_clicked(str)``. ``refusal``: why the cart cannot take it now ("" when it can):
    then "Move to cart" is off and the line says why."""

    open_clicked = Signal(str)
    move_clicked = Signal(str)
    remove_clicked = Signal(str)

    def __init__(self, product: Product, refusal: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cartLine")  # the cart's line frame
        self.product_id = product.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        thumb = QLabel(self)
        thumb.setFixedSize(THUMB)
        thumb.setPixmap(images.product_pixmap(product, THUMB, self.devicePixelRatioF()))
        layout.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)

        text = QVBoxLayout()
        text.setSpacing(4)
        self.name = name_link(product.name, self, lambda: self.open_clicked.emit(self.product_id))
        text.addWidget(self.name)
        text.addWidget(styled_label(product.brand, "muted", self))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.to_cart = QToolButton(self)
        self.to_cart.setObjectName("smallButton")
        self.to_cart.setText(tr("Move to cart"))
        self.to_cart.setIcon(theme.icon("cart", "accent"))
        self.to_cart.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.to_cart.setAccessibleName(tr("Move {name} to cart").format(name=product.name))
        self.to_cart.clicked.connect(lambda: self.move_clicked.emit(self.product_id))
        self.remove = QToolButton(self)
        self.remove.setObjectName("smallButton")
        self.remove.setText(tr("Remove"))
        self.remove.setIcon(theme.icon("trash", "muted"))
        self.remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove.setAccessibleName(tr("Remove {name} from wishlist").format(name=product.name))
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self.product_id))
        buttons.addWidget(self.to_cart)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        theme.follow_scale(
            self,
            lambda: [b.setIconSize(theme.scaled_size(16, 16)) for b in (self.to_cart, self.remove)],
        )
        text.addSpacing(4)
        text.addLayout(buttons)
        self.note = styled_label("", "small", self)
        self.note.setWordWrap(True)
        text.addWidget(self.note)
        layout.addLayout(text, 1)
        price = styled_label(format.money(product.price), "price", self)
        layout.addWidget(price, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.set_refusal(refusal)

    def set_refusal(self, refusal: str) -> None:
        """Why the cart cannot take the product now ("" when it can)."""
        self.refusal = refusal
        self.to_cart.setEnabled(not refusal)
        self.to_cart.setAccessibleDescription(refusal)
        self.note.setText(refusal)
        self.note.setVisible(bool(refusal))


class WishlistView(ScrollPage):
    """Header, the last action's result, the saved products, empty state.

    Signals: ``product_activated(str, str where)``, ``why_requested(str, object)`` (unused),
    ``move_clicked(str)``, ``remove_clicked(str)``, ``empty_action_clicked()``.
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    move_clicked = Signal(str)
    remove_clicked = Signal(str)
    empty_action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Wishlist"), parent)
        self.header = PageHeader(self.body)
        self.body_layout.addWidget(self.header)
        self.status = styled_label("", "status", self.body)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.body_layout.addWidget(self.status)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(16)
        self.body_layout.addLayout(self.lines_box)
        self.empty = EmptyState(self.body)
        self.empty.set_text(
            tr("Your wishlist is empty"),
            tr("Save products you like with \u201cSave to wishlist\u201d on their page."),
            tr("Browse the shop"),
        )
        self.empty.action.setAccessibleName(tr("Browse the shop"))
        self.empty.action_clicked.connect(self.empty_action_clicked)
        self.body_layout.addWidget(self.empty)
        self.body_layout.addStretch(1)
        self._lines: list[WishlistLineView] = []

    def show_products(self, products: Sequence[tuple[Product, str]]) -> None:
        """Each saved product with why the cart cannot take it ("" when it can). The same
        products keep their lines (and the keyboard focus in them)."""
        if [p.id for p, _ in products] == [v.product_id for v in self._lines]:
            for view, (_product, refusal) in zip(self._lines, products, strict=True):
                view.set_refusal(refusal)
        else:
            self._rebuild(products)
        self.header.set_text(
            tr("Your wishlist"), tr("%Ln product(s)", n=len(products)) if products else ""
        )
        self.empty.setVisible(not products)

    def _rebuild(self, products: Sequence[tuple[Product, str]]) -> None:
        for view in self._lines:
            self.lines_box.removeWidget(view)
            view.hide()
            view.deleteLater()
        self._lines = []
        for product, refusal in products:
            view = WishlistLineView(product, refusal, self.body)
            view.open_clicked.connect(self._on_open_clicked)
            view.move_clicked.connect(self.move_clicked)
            view.remove_clicked.connect(self.remove_clicked)
            self.lines_box.addWidget(view)
            self._lines.append(view)

    def show_status(self, text: str) -> None:
        """What the last action did (after it committed), on screen and to a screen reader."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        announce(self.status, text)

    def focus_line(self, index: int, button: str) -> None:
        """After a line went: the same button on the line now in its place (or the one
        before), else the empty state's button: the keyboard's place is kept."""
        if self._lines:
            line = self._lines[min(index, len(self._lines) - 1)]
            target = line.to_cart if button == "move" and line.to_cart.isEnabled() else line.remove
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.empty.action.setFocus(Qt.FocusReason.OtherFocusReason)

    def line_views(self) -> list[WishlistLineView]:
        return list(self._lines)

    def cards(self) -> list[ProductCard]:
        return []

    @Slot(str)
    def _on_open_clicked(self, product_id: str) -> None:
        self.product_activated.emit(product_id, WISHLIST_WHERE)


class WishlistController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = WishlistView()
        self._watch_cards(self.view)
        self.view.move_clicked.connect(self._on_move)
        self.view.remove_clicked.connect(self._on_remove)
        self.view.empty_action_clicked.connect(self._on_go_home)

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.view.show_status("")
            self.view.scroll_to_top()
        self.refresh()

    def _saved(self) -> list[str]:
        catalog = self.services.catalog
        return [pid for pid in self.services.store.wishlist() if pid in catalog.by_id]

    def refresh(self) -> None:
        store, catalog = self.services.store, self.services.catalog
        self.view.show_products(
            [(catalog.product(pid), record_ops.cart_refusal(store, pid)) for pid in self._saved()]
        )

    def _after(self, index: int, button: str, text: str) -> None:
        """The committed action said, the list redrawn now, the keyboard kept in place."""
        self.refresh()
        self.view.show_status(text)
        if index >= 0:
            self.view.focus_line(index, button)

    @Slot(str)
    def _on_move(self, product_id: str) -> None:
        store = self.services.store
        if not store.wishlist_ids(product_id) or record_ops.cart_refusal(store, product_id):
            self.refresh()  # the list or the consent changed since it was drawn
            return
        index = self._index(product_id)
        # a failed write raises on to the window's write-failure banner: nothing is said
        changes = record_ops.move_to_cart(store, product_id, where=WISHLIST_WHERE)
        self._after(index, "move", changes.summary)

    @Slot(str)
    def _on_remove(self, product_id: str) -> None:
        store = self.services.store
        if not store.wishlist_ids(product_id):  # gone already: toggling would save it again
            self.refresh()
            return
        index = self._index(product_id)
        name = self.services.catalog.product(product_id).name
        changes = record_ops.toggle_wishlist(store, product_id, WISHLIST_WHERE)
        text = tr(
            "{name} is off your wishlist. Deleted: %n wishlist data point(s).",
            n=changes.deleted_total,
        ).format(name=name)
        self._after(index, "remove", text)

    def _index(self, product_id: str) -> int:
        ids = [v.product_id for v in self.view.line_views()]
        return ids.index(product_id) if product_id in ids else -1

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))
