"""The cart: lines and total; "Check out" opens the checkout's steps (ui/pages/checkout.py)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog import Product
from tightrope.i18n import translator
from tightrope.operations import record as record_ops
from tightrope.services import Services
from tightrope.ui import format, images, theme
from tightrope.ui.navigation import CHECKOUT, HOME, ORDERS, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage

tr = translator("CartPage")

CART_WHERE = "cart page"
THUMB = QSize(80, 80)
STACK_BELOW = 880  # narrower than this, the order summary goes under the lines (at 100 %)
SUMMARY_WIDTH = 320  # the order summary's width at 100 %; theme.px() scales both
NAME_LINK_STYLE = f"color: {theme.PALETTE['text']}; text-decoration: none; font-weight: bold;"


def name_link(name: str, parent: QWidget, on_open: Callable[[], None]) -> QLabel:
    """A product's name as a link that wraps and that Tab and Enter reach (a cart or wishlist
    line): long names must not push the page's other column off it."""
    label = QLabel(f'<a href="#open" style="{NAME_LINK_STYLE}">{html.escape(name)}</a>', parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(tr("Open {name}").format(name=name))
    label.linkActivated.connect(lambda _href: on_open())
    return label


@dataclass(frozen=True)
class CartLine:
    product: Product
    qty: int

    @property
    def total(self) -> float:
        return self.product.price * self.qty


def cart_total(lines: Sequence[CartLine]) -> float:
    return sum(line.total for line in lines)


class CartLineView(QFrame):
    """One line. Signals: ``open_clicked(str)``, ``add_one_clicked(str)``,
    ``decrease_clicked(str)``, ``remove_clicked(str)``.

    The quantity is a stepper, "\u2212 Qty 2 +", then Remove. "\u2212" stops at one (it is
    disabled there, Remove beside it takes the line out), as many shops do: a repeated press
    never takes a line away by surprise, and keyboard focus is never left on a button that
    has just gone with its line."""

    open_clicked = Signal(str)
    add_one_clicked = Signal(str)
    decrease_clicked = Signal(str)
    remove_clicked = Signal(str)

    def __init__(self, line: CartLine, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cartLine")
        p = line.product
        self.product_id = p.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)

        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB)
        self.thumb.setPixmap(images.product_pixmap(p, THUMB, self.devicePixelRatioF()))
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)

        text = QVBoxLayout()
        text.setSpacing(4)
        # A link that wraps: long names must not push the order summary off the page.
        self.name = name_link(p.name, self, lambda: self.open_clicked.emit(self.product_id))
        self.name.setObjectName("lineName")
        text.addWidget(self.name)
        text.addWidget(styled_label(p.brand, "muted", self))
        text.addWidget(
            styled_label(tr("{price} each").format(price=format.money(p.price)), "muted", self)
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.decrease = QToolButton(self)
        self.decrease.setObjectName("smallButton")
        self.decrease.setIcon(theme.icon("minus", "accent"))
        self.decrease.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.decrease.setToolTip(tr("One fewer"))
        self.decrease.clicked.connect(lambda: self.decrease_clicked.emit(self.product_id))
        self.qty = styled_label("", "muted", self)
        self.add_one = QToolButton(self)
        self.add_one.setObjectName("smallButton")
        self.add_one.setIcon(theme.icon("plus", "accent"))
        self.add_one.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.add_one.setToolTip(tr("Add one"))
        self.add_one.clicked.connect(lambda: self.add_one_clicked.emit(self.product_id))
        self.remove = QToolButton(self)
        self.remove.setObjectName("smallButton")
        self.remove.setText(tr("Remove"))
        self.remove.setIcon(theme.icon("trash", "muted"))
        self.remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove.setAccessibleName(tr("Remove {name} from cart").format(name=p.name))
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self.product_id))
        buttons.addWidget(self.decrease)
        buttons.addWidget(self.qty)
        buttons.addWidget(self.add_one)
        buttons.addSpacing(16)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        for b in (self.decrease, self.add_one):
            b.setProperty("stepper", True)  # icon only: even padding (stylesheet)
        steppers = (self.decrease, self.add_one, self.remove)
        theme.follow_scale(
            self, lambda: [b.setIconSize(theme.scaled_size(16, 16)) for b in steppers]
        )
        text.addSpacing(4)
        text.addLayout(buttons)
        layout.addLayout(text, 1)

        figures = QVBoxLayout()
        figures.setSpacing(4)
        self.total = styled_label("", "price", self)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addWidget(self.total)
        figures.addStretch(1)
        layout.addLayout(figures)
        self.set_line(line)

    def set_line(self, line: CartLine) -> None:
        """The quantity and total of this line's product now (its product stays)."""
        name = line.product.name
        self.qty.setText(tr("Qty {qty}").format(qty=line.qty))
        self.total.setText(format.money(line.total))
        self.decrease.setAccessibleName(
            tr("Decrease quantity of {name}, now {qty}").format(name=name, qty=line.qty)
        )
        self.add_one.setAccessibleName(
            tr("Add one more {name} to cart, now {qty}").format(name=name, qty=line.qty)
        )
        # at one, Remove beside it takes the line out; a disabled "-" says why it is off
        self.decrease.setEnabled(line.qty > 1)
        self.decrease.setAccessibleDescription(
            tr("Only one left: use Remove to take it out of the cart.") if line.qty == 1 else ""
        )


class CartView(ScrollPage):
    """Signals: ``product_activated(str, str where)``, ``why_requested(str, object)`` (unused),
    ``add_one_clicked(str)``, ``decrease_clicked(str)``, ``remove_clicked(str)``,
    ``checkout_clicked()``, ``continue_clicked()``, ``orders_clicked()``.
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    add_one_clicked = Signal(str)
    decrease_clicked = Signal(str)
    remove_clicked = Signal(str)
    checkout_clicked = Signal()
    continue_clicked = Signal()
    orders_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Cart"), parent)
        self.header = PageHeader(self.body)
        self.body_layout.addWidget(self.header)
        self.orders = QPushButton(tr("Your orders"), self.body)
        self.orders.setObjectName("linkButton")
        self.orders.setCursor(Qt.CursorShape.PointingHandCursor)
        self.orders.setAccessibleName(tr("Your orders"))
        self.orders.clicked.connect(self.orders_clicked)
        self.body_layout.addWidget(self.orders, 0, Qt.AlignmentFlag.AlignLeft)

        self.content = QWidget(self.body)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        self._row = row
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(16)
        lines_column = QVBoxLayout()
        lines_column.addLayout(self.lines_box)
        lines_column.addStretch(1)
        row.addLayout(lines_column, 1)

        self.summary = QFrame(self.content)
        self.summary.setObjectName("summaryPanel")
        self.summary.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self.summary)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.addWidget(styled_label(tr("Order summary"), "h2"), 0, 0, 1, 2)
        self.items_label = QLabel(self.summary)
        self.subtotal = QLabel(self.summary)
        grid.addWidget(self.items_label, 1, 0)
        grid.addWidget(self.subtotal, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(tr("Shipping"), self.summary), 2, 0)
        grid.addWidget(QLabel(tr("Free"), self.summary), 2, 1, Qt.AlignmentFlag.AlignRight)
        rule = QFrame(self.summary)
        rule.setObjectName("rule")
        rule.setFixedHeight(1)
        grid.addWidget(rule, 3, 0, 1, 2)
        grid.addWidget(styled_label(tr("Total"), "totalLabel"), 4, 0)
        self.total = styled_label("", "bigPrice", self.summary)
        grid.addWidget(self.total, 4, 1, Qt.AlignmentFlag.AlignRight)
        self.checkout = QPushButton(tr("Check out"), self.summary)
        self.checkout.setObjectName("primaryButton")
        self.checkout.setCursor(Qt.CursorShape.PointingHandCursor)
        self.checkout.setAccessibleName(tr("Check out"))
        self.checkout.clicked.connect(self.checkout_clicked)
        grid.addWidget(self.checkout, 5, 0, 1, 2)
        note = styled_label(
            tr("Demo shop: checkout is simulated and no payment is taken."), "small"
        )
        note.setWordWrap(True)
        grid.addWidget(note, 6, 0, 1, 2)
        row.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addWidget(self.content)

        def apply_scale() -> None:
            # The panel, its margins and the width at which it goes under the lines all
            # grow with the zoom: fixed at 320 px, the total clipped at 150-200 %.
            self.summary.setFixedWidth(theme.px(SUMMARY_WIDTH))
            margin = theme.px(24)
            grid.setContentsMargins(margin, margin, margin, margin)
            grid.setHorizontalSpacing(theme.px(16))
            grid.setVerticalSpacing(theme.px(8))
            row.setSpacing(theme.px(32))
            self._restack()

        theme.follow_scale(self, apply_scale)

        self.empty = EmptyState(self.body)
        self.empty.set_text(
            tr("Your cart is empty"),
            tr("Products you add to your cart appear here."),
            tr("Continue shopping"),
        )
        self.empty.action_clicked.connect(self.continue_clicked)
        self.body_layout.addWidget(self.empty)

        self.body_layout.addStretch(1)
        self._lines: list[CartLineView] = []

    def show_lines(self, lines: Sequence[CartLine]) -> None:
        if [line.product.id for line in lines] == [v.product_id for v in self._lines]:
            # the same products: each line says its quantity now, in place (the focused
            # "+" or "\u2212" keeps the focus after a press of it)
            for view, line in zip(self._lines, lines, strict=True):
                view.set_line(line)
        else:
            self._rebuild_lines(lines)
        count = sum(line.qty for line in lines)
        self.header.set_text(tr("Your cart"), tr("%Ln item(s)", n=count) if lines else "")
        self.items_label.setText(tr("Items ({count})").format(count=count))
        self.subtotal.setText(format.money(cart_total(lines)))
        self.total.setText(format.money(cart_total(lines)))
        self.checkout.setAccessibleName(
            tr("Check out, total {total}").format(total=format.money(cart_total(lines)))
        )
        self.content.setVisible(bool(lines))
        self.empty.setVisible(not lines)

    def _rebuild_lines(self, lines: Sequence[CartLine]) -> None:
        for view in self._lines:
            self.lines_box.removeWidget(view)
            view.hide()
            view.deleteLater()
        self._lines = []
        for line in lines:
            view = CartLineView(line, self.content)
            view.open_clicked.connect(self._on_open_clicked)
            view.add_one_clicked.connect(self.add_one_clicked)
            view.decrease_clicked.connect(self.decrease_clicked)
            view.remove_clicked.connect(self.remove_clicked)
            self.lines_box.addWidget(view)
            self._lines.append(view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restack()

    def _restack(self) -> None:
        narrow = self.viewport().width() < theme.px(STACK_BELOW)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._row.direction() != direction:
            self._row.setDirection(direction)

    def line_views(self) -> list[CartLineView]:
        return list(self._lines)

    def cards(self) -> list[ProductCard]:
        return []

    @Slot(str)
    def _on_open_clicked(self, product_id: str) -> None:
        self.product_activated.emit(product_id, CART_WHERE)


class CartController(PageController):
    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = CartView()
        self._watch_cards(self.view)
        self.view.add_one_clicked.connect(self._on_add_one)
        self.view.decrease_clicked.connect(self._on_decrease)
        self.view.remove_clicked.connect(self._on_remove)
        self.view.checkout_clicked.connect(self._on_checkout)
        self.view.continue_clicked.connect(self._on_continue)
        self.view.orders_clicked.connect(lambda: self.navigator.go(Route(ORDERS)))

    def lines(self) -> list[CartLine]:
        catalog = self.services.catalog
        return [
            CartLine(catalog.product(pid), qty)
            for pid, qty in self.services.store.cart()
            if pid in catalog.by_id
        ]

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.view.scroll_to_top()
        self.refresh()

    def refresh(self) -> None:
        self.view.show_lines(self.lines())

    @Slot(str)
    def _on_add_one(self, product_id: str) -> None:
        record_ops.add_to_cart(self.services.store, product_id, where=CART_WHERE)

    @Slot(str)
    def _on_decrease(self, product_id: str) -> None:
        # one fewer; the last one goes with Remove ("\u2212" is disabled at one)
        record_ops.decrease_in_cart(self.services.store, product_id)

    @Slot(str)
    def _on_remove(self, product_id: str) -> None:
        record_ops.remove_from_cart(self.services.store, product_id)

    @Slot()
    def _on_checkout(self) -> None:
        if self.lines():
            self.navigator.go(Route(CHECKOUT))

    @Slot()
    def _on_continue(self) -> None:
        self.navigator.go(Route(HOME))
