"""Your orders: the past orders, newest first, read from the purchases still stored.

An order is its purchase data points grouped by order reference (tightrope.shop.orders), so
a purchase the shopper forgot is gone from its order here too, and nothing is rebuilt from
anywhere else. "Reorder" puts an order's lines back in the cart (one operation,
:func:`tightrope.operations.checkout.reorder`); what it did is said after it returned.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.operations import checkout as checkout_ops
from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.shop import orders as order_reads
from tightrope.shop.orders import Order
from tightrope.ui import format, theme
from tightrope.ui.navigation import CART, HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.checkout_steps import LinesTable
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage

tr = translator("OrdersPage")


def order_title(order: Order) -> str:
    return tr("Order placed {when}").format(when=format.when(order.placed_at))


def order_line(order: Order) -> str:
    """'Reference L-0748 · 2 items' (purchases recorded without one say so)."""
    items = tr("%n item(s)", n=order.items)
    if order.ref is None:
        return tr("No order reference \u00b7 {items}").format(items=items)
    return tr("Reference {ref} \u00b7 {items}").format(ref=order.ref, items=items)


class OrderView(QFrame):
    """One order. Signals: ``reorder_clicked(str key)``, ``cart_clicked()``."""

    reorder_clicked = Signal(str)
    cart_clicked = Signal()

    def __init__(self, order: Order, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cartLine")
        self.key = order.key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        title = order_title(order)
        self.title = styled_label(title, "h2", self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.placed = styled_label(order_line(order), "muted", self)
        self.placed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.placed)
        self.lines = LinesTable(self)
        self.lines.show_lines(
            [(line.name, line.qty, format.money(line.total)) for line in order.lines],
            format.money(order.total),
        )
        self.line_labels = self.lines.names
        # a receipt's width: the price stays near its product on a wide window
        theme.follow_scale(self.lines, lambda: self.lines.setMaximumWidth(theme.px(720)))
        layout.addWidget(self.lines)
        row_layout = QHBoxLayout()
        row_layout.setSpacing(16)
        self.reorder = QPushButton(tr("Reorder"), self)
        self.reorder.setObjectName("secondaryButton")
        self.reorder.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reorder.setAccessibleName(
            tr("Reorder: put the items of {order} back in your cart").format(order=title)
        )
        self.reorder.clicked.connect(lambda: self.reorder_clicked.emit(self.key))
        row_layout.addWidget(self.reorder)
        self.status = styled_label("", "status", self)
        self.status.setWordWrap(True)
        self.status.hide()
        row_layout.addWidget(self.status)
        self.go_to_cart = QPushButton(tr("Go to your cart"), self)
        self.go_to_cart.setObjectName("linkButton")
        self.go_to_cart.setAccessibleName(tr("Go to your cart"))
        self.go_to_cart.clicked.connect(self.cart_clicked)
        self.go_to_cart.hide()
        row_layout.addWidget(self.go_to_cart)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)

    def tell(self, sentence: str, cart: bool) -> None:
        self.status.setText(sentence)
        self.status.show()
        self.go_to_cart.setVisible(cart)


class OrdersView(ScrollPage):
    """Signals: ``reorder_clicked(str key)``, ``cart_clicked()``, ``continue_clicked()``."""

    reorder_clicked = Signal(str)
    cart_clicked = Signal()
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Your orders"), parent)
        self.header = PageHeader(self.body)
        self.body_layout.addWidget(self.header)
        self.note = styled_label("", "muted", self.body)
        self.note.setWordWrap(True)
        self.body_layout.addWidget(self.note)
        self.list = QWidget(self.body)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(16)
        self.body_layout.addWidget(self.list)
        self.empty = EmptyState(self.body)
        self.empty.action_clicked.connect(self.continue_clicked)
        self.body_layout.addWidget(self.empty)
        self.body_layout.addStretch(1)
        self._orders: list[OrderView] = []

    def show_orders(self, orders: list[Order], collecting: bool) -> None:
        for view in self._orders:
            self.list_layout.removeWidget(view)
            view.hide()
            view.deleteLater()
        self._orders = []
        for order in orders:
            view = OrderView(order, self.list)
            view.reorder_clicked.connect(self.reorder_clicked)
            view.cart_clicked.connect(self.cart_clicked)
            self.list_layout.addWidget(view)
            self._orders.append(view)
        self.header.set_text(
            tr("Your orders"), tr("%n order(s), newest first", n=len(orders)) if orders else ""
        )
        self.note.setText(
            tr(
                "An order shows the purchases still in your data: an item you forgot is gone "
                "from its order, and an order whose items you all forgot is gone from here."
            )
        )
        self.note.setVisible(bool(orders))
        self.empty.set_text(
            tr("You have no orders"),
            tr("Orders you place appear here, while \u201cCart & purchases\u201d is on.")
            if collecting
            else tr(
                "\u201cCart & purchases\u201d is off or collection is paused: orders placed "
                "now are not kept, so they do not appear here."
            ),
            tr("Continue shopping"),
        )
        self.list.setVisible(bool(orders))
        self.empty.setVisible(not orders)

    def order_views(self) -> list[OrderView]:
        return list(self._orders)

    def cards(self) -> list[ProductCard]:
        return []


class OrdersController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = OrdersView()
        self.view.reorder_clicked.connect(self._on_reorder)
        self.view.cart_clicked.connect(lambda: self.navigator.go(Route(CART)))
        self.view.continue_clicked.connect(lambda: self.navigator.go(Route(HOME)))
        self._told: tuple[str, str, bool] | None = None  # the last reorder's sentence
        self._shown: tuple[list[Order], bool] | None = None

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self._told = None
            self._shown = None  # drawn anew: no status line left from before
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        store = self.services.store
        shown = (order_reads.orders(store), store.may_collect("purchases"))
        if shown != self._shown:  # as they were: the views (and the focus in them) stay
            self._shown = shown
            self.view.show_orders(*shown)
        for view in self.view.order_views():
            if self._told is not None and view.key == self._told[0]:
                view.tell(self._told[1], self._told[2])

    @Slot(str)
    def _on_reorder(self, key: str) -> None:
        order = order_reads.order(self.services.store, key)
        if order is None:
            return
        changes: Changes = checkout_ops.reorder(self.services.store, key)
        moved = int(changes.result)
        if moved == order.items:
            sentence = tr("%n item(s) put in your cart.", n=moved)
        else:
            sentence = tr(
                "%n of {total} item(s) put in your cart: adding the others may not be "
                "recorded now (\u201cCart & purchases\u201d is off, collection is paused, or "
                "a sensitive department is not switched on).",
                n=moved,
            ).format(total=order.items)
        self._told = (key, sentence, moved > 0)
        self.refresh()
        for view in self.view.order_views():
            if view.key == key:
                view.reorder.setFocus(Qt.FocusReason.OtherFocusReason)
