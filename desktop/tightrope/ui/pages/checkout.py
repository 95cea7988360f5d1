"""Checkout in steps: delivery address, payment, review and place order, confirmation.

Simulated: nothing is sent and no payment is taken. The address and the card live in the
form's fields until the order is placed; placing it is one operation
(:func:`tightrope.operations.checkout.place_order`), and the confirmation appears only after
it returned. The card is never written anywhere; the address only when the shopper ticks
"Remember this address" and "Cart & purchases" is collected. Every "What we collect here"
box says so from the consent in force when it is shown.

Keyboard: Enter in a field goes on (as Next does), Esc goes back one step (from the first
step, back to where the shopper came from); every field has an accessible name, and the
sentence of what is wrong with it is its accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.operations import checkout as checkout_ops
from tightrope.operations.checkout import Placed
from tightrope.services import Services
from tightrope.shop import orders as order_reads
from tightrope.shop.forms import Address, Card, address_problems, card_problems
from tightrope.ui import format
from tightrope.ui.condition import explanations_shown
from tightrope.ui.navigation import CART, HOME, ORDERS, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.checkout_steps import (
    AddressStep,
    Confirmation,
    Field,
    PaymentStep,
    ReviewStep,
    Step,
)
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage

tr = translator("CheckoutPage")

ADDRESS, PAYMENT, REVIEW = 0, 1, 2
STEP_NAMES = (tr.mark("Delivery address"), tr.mark("Payment"), tr.mark("Review"))


class CheckoutView(ScrollPage):
    """Signals: ``next_clicked()`` (also Enter in a field), ``back_clicked()`` (also Esc),
    ``orders_clicked()``, ``continue_clicked()``."""

    next_clicked = Signal()
    back_clicked = Signal()
    orders_clicked = Signal()
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Checkout"), parent)
        self.header = PageHeader(self.body)
        self.body_layout.addWidget(self.header)
        self.progress = QWidget(self.body)
        row = QHBoxLayout(self.progress)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.marks = [styled_label("", "muted", self.progress) for _ in STEP_NAMES]
        for mark in self.marks:
            row.addWidget(mark)
        row.addStretch(1)
        self.body_layout.addWidget(self.progress)

        self.address = AddressStep(self.body)
        self.payment = PaymentStep(self.body)
        self.review = ReviewStep(self.body)
        self.steps: list[Step] = [self.address, self.payment, self.review]
        # the steps one above the other, one shown: a stacked widget would be as tall as its
        # tallest step (the address with every problem named), the buttons far below
        self.stack = QWidget(self.body)
        stack = QVBoxLayout(self.stack)
        stack.setContentsMargins(0, 0, 0, 0)
        for step in self.steps:
            stack.addWidget(step)
            step.escape_pressed.connect(self.back_clicked)
        for field in (*self.address.fields.values(), *self.payment.fields.values()):
            field.edit.returnPressed.connect(self.next_clicked)
        self.body_layout.addWidget(self.stack)

        self.buttons = QWidget(self.body)
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(16)
        self.back = QPushButton(tr("Back"), self.buttons)
        self.back.setObjectName("secondaryButton")
        self.back.clicked.connect(self.back_clicked)
        self.next = QPushButton(self.buttons)
        self.next.setObjectName("primaryButton")
        self.next.clicked.connect(self.next_clicked)
        for button in (self.back, self.next):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body_layout.addWidget(self.buttons)

        self.empty = EmptyState(self.body)
        self.empty.set_text(
            tr("Your cart is empty"),
            tr("Add products to your cart, then check out from the cart."),
            tr("Continue shopping"),
        )
        self.empty.action_clicked.connect(self.continue_clicked)
        self.body_layout.addWidget(self.empty)
        self.confirmation = Confirmation(self.body)
        self.confirmation.orders_clicked.connect(self.orders_clicked)
        self.confirmation.continue_clicked.connect(self.continue_clicked)
        self.body_layout.addWidget(self.confirmation)
        self.body_layout.addStretch(1)

    def show_step(self, index: int) -> None:
        name = tr(STEP_NAMES[index])
        self.header.set_text(
            tr("Checkout"),
            tr("Step {n} of {total}: {name}").format(n=index + 1, total=len(STEP_NAMES), name=name),
        )
        for i, mark in enumerate(self.marks):
            mark.setText(tr("{n}. {name}").format(n=i + 1, name=tr(STEP_NAMES[i])))
            mark.setProperty("role", "status" if i == index else "muted")
            mark.style().unpolish(mark)
            mark.style().polish(mark)
        for i, step in enumerate(self.steps):
            step.setVisible(i == index)
        following = {
            ADDRESS: tr("Next: payment"),
            PAYMENT: tr("Next: review your order"),
            REVIEW: tr("Place order"),
        }[index]
        self.next.setText(following)
        self.next.setAccessibleName(following)
        back = (
            tr("Back to your cart")
            if index == ADDRESS
            else tr("Back: {name}").format(name=tr(STEP_NAMES[index - 1]).lower())
        )
        self.back.setText(back)
        self.back.setAccessibleName(back)
        self._show(steps=True)

    def show_empty(self) -> None:
        self.header.set_text(tr("Checkout"))
        self._show(empty=True)

    def show_confirmation(self) -> None:
        self.header.set_text(tr("Order confirmed"))
        self._show(confirmation=True)

    def _show(self, steps: bool = False, empty: bool = False, confirmation: bool = False) -> None:
        for widget in (self.progress, self.stack, self.buttons):
            widget.setVisible(steps)
        self.empty.setVisible(empty)
        self.confirmation.setVisible(confirmation)

    def cards(self) -> list[ProductCard]:
        return []


class CheckoutController(PageController):
    """Signals: ``why_requested`` (inherited, unused)."""

    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = CheckoutView()
        self.view.next_clicked.connect(self._on_next)
        self.view.back_clicked.connect(self._on_back)
        self.view.orders_clicked.connect(lambda: self.navigator.go(Route(ORDERS)))
        self.view.continue_clicked.connect(self._on_continue)
        self.view.address.remember.toggled.connect(lambda _on: self._describe())
        self.step = ADDRESS
        self.placed: Placed | None = None

    # --- opening and redrawing --------------------------------------------------------------
    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.step = ADDRESS
            self.placed = None
            self._clear_card()
            for field in self.view.address.fields.values():
                field.set_problem("")
            self.view.address.remember.setChecked(False)
            self._prefill()
            self.view.scroll_to_top()
        self.refresh()
        if fresh and not self.placed and self.services.store.cart():
            self._focus_step()

    def refresh(self) -> None:
        if self.placed is not None:
            self.view.show_confirmation()
            return
        if not self.services.store.cart():
            self.view.show_empty()
            return
        self._describe()
        if self.step == REVIEW:
            self._fill_review()
        self.view.show_step(self.step)

    def _prefill(self) -> None:
        """The newest remembered address fills empty fields (and says so)."""
        step = self.view.address
        remembered = order_reads.remembered_addresses(self.services.store)
        address = Address.from_line(remembered[0].text or "") if remembered else None
        empty = not any(f.text().strip() for f in step.fields.values())
        if address is not None and empty:
            for key, field in step.fields.items():
                field.edit.setText(getattr(address, key))
            step.prefilled.setText(
                tr("Filled in from the address you asked us to remember on {date}.").format(
                    date=format.when(remembered[0].collected_at)
                )
            )
        step.prefilled.setVisible(address is not None and empty)

    def _describe(self) -> None:
        """Every "What we collect here" box, from the consent in force now."""
        store = self.services.store
        your_data = explanations_shown(self.view)
        can_remember = checkout_ops.may_remember_address(store)
        step = self.view.address
        step.remember.setEnabled(can_remember)
        if not can_remember:
            step.remember.setChecked(False)
        step.remember_note.setText(
            ""
            if can_remember
            else tr(
                "\u201cCart & purchases\u201d is off or collection is paused, so the shop "
                "cannot remember an address now."
            )
        )
        step.remember_note.setVisible(not can_remember)
        kept = (
            tr(
                "It is kept only if you tick \u201cRemember this address for my next order\u201d: "
                "then it is stored under \u201cCart & purchases\u201d, fills in your next "
                "checkout, and is listed in Your data, where you can forget it."
            )
            if your_data
            else tr(
                "It is kept only if you tick \u201cRemember this address for my next order\u201d: "
                "then it is stored under \u201cCart & purchases\u201d and fills in your next "
                "checkout."
            )
        )
        step.collect.set_lines(
            [
                tr(
                    "Your delivery address: used to deliver this order (in this demo nothing "
                    "is sent anywhere)."
                ),
                kept
                if can_remember
                else tr("It is not kept: remembering it needs \u201cCart & purchases\u201d."),
                tr(
                    "A remembered address is not used for recommendations: its city does not "
                    "count as where you live."
                ),
            ]
        )
        self.view.payment.collect.set_lines(
            [
                tr(
                    "Card number, expiry date and security code: checked on this screen (is "
                    "the number a valid card number, is the card still valid on the shop's "
                    "date) and never stored, not even in part."
                ),
                tr(
                    "The confirmation shows the card's last 4 digits from this screen's "
                    "memory; the order keeps nothing of the card."
                ),
                tr("No payment is taken: this is a demo shop."),
            ]
        )
        lines = len(store.cart())
        purchases = (
            tr(
                "Placing the order keeps each line as a purchase under \u201cCart & "
                "purchases\u201d (%n purchase(s)): it is listed under Your orders.",
                n=lines,
            )
            if store.may_collect("purchases")
            else tr(
                "\u201cCart & purchases\u201d is off or collection is paused: this order will "
                "not be kept, and it will not appear under Your orders."
            )
        )
        remember = step.remember.isChecked() and can_remember
        self.view.review.collect.set_lines(
            [
                purchases,
                tr("Your delivery address will be remembered, as you asked.")
                if remember
                else tr("Your delivery address will not be kept."),
                tr("Your card details will not be kept."),
            ]
        )

    def _fill_review(self) -> None:
        catalog = self.services.catalog
        lines = [
            (catalog.product(p), q) for p, q in self.services.store.cart() if p in catalog.by_id
        ]
        total = sum(p.price * q for p, q in lines)
        self.view.review.show_lines(
            [(p.name, q, format.money(p.price * q)) for p, q in lines], format.money(total)
        )
        address, card = self._address(), self._card()
        self.view.review.deliver_to.setText(
            tr("Deliver to: {address}").format(address=address.one_line())
        )
        self.view.review.paid_with.setText(
            tr("Pay with: the card ending {last4} (simulated: no payment is taken)").format(
                last4=card.last4
            )
        )

    # --- the steps ---------------------------------------------------------------------------
    def _address(self) -> Address:
        f = self.view.address.fields
        return Address.typed(
            *(f[k].text() for k in ("name", "street", "city", "state", "zip_code"))
        )

    def _card(self) -> Card:
        f = self.view.payment.fields
        return Card(f["number"].text(), f["expiry"].text(), f["code"].text())

    def _check(self, fields: dict[str, Field], problems: dict[str, str]) -> bool:
        """Show each field's problem (or none); focus the first field with one."""
        first = None
        for key, field in fields.items():
            field.set_problem(problems.get(key, ""))
            if key in problems and first is None:
                first = field
        if first is not None:
            self.view.ensureWidgetVisible(first)
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return first is None

    @Slot()
    def _on_next(self) -> None:
        if self.placed is not None or not self.services.store.cart():
            return
        if self.step == ADDRESS:
            if self._check(self.view.address.fields, address_problems(self._address())):
                self._go(PAYMENT)
        elif self.step == PAYMENT:
            now = self.services.store.clock.now()
            if self._check(self.view.payment.fields, card_problems(self._card(), now)):
                self._go(REVIEW)
        else:
            self._place()

    @Slot()
    def _on_back(self) -> None:
        if self.placed is not None:
            return
        if self.step > ADDRESS and self.services.store.cart():
            self._go(self.step - 1)
        elif self.navigator.can_go_back():
            self.navigator.back()
        else:
            self.navigator.go(Route(CART))

    def _go(self, step: int) -> None:
        self.step = step
        self.refresh()
        self.view.scroll_to_top()
        self._focus_step()

    def _focus_step(self) -> None:
        if self.step == REVIEW:
            self.view.next.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        step = self.view.address if self.step == ADDRESS else self.view.payment
        fields = list(step.fields.values())
        target = next((f for f in fields if not f.text().strip()), fields[0])
        target.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        """The one write. A failure raises (the window's banner says why) and the review
        stays; the confirmation appears only once the order is on disk."""
        remember = self.view.address.remember.isChecked()
        changes = checkout_ops.place_order(
            self.services.store, self._address(), self._card(), remember_address=remember
        )
        self.placed = changes.result
        # Neither outlives the order on screen: "not kept" must hold for the form too.
        self._clear_card()
        for field in self.view.address.fields.values():
            field.edit.clear()
        self.view.address.remember.setChecked(False)
        self._confirm()
        self.refresh()
        self.view.scroll_to_top()
        self.view.confirmation.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> None:
        placed = self.placed
        assert placed is not None
        catalog = self.services.catalog
        items = sum(q for _p, q in placed.lines)
        total = sum(catalog.product(p).price * q for p, q in placed.lines if p in catalog.by_id)
        conf = self.view.confirmation
        conf.order_ref.setText(tr("Order reference: {ref}").format(ref=placed.order_ref))
        conf.summary.setText(
            tr(
                "{items}, total {total}, paid with the card ending {last4}. This is a demo "
                "shop: no payment was taken and nothing will be shipped."
            ).format(
                items=tr("%n item(s)", n=items),
                total=format.money(total),
                last4=placed.card_last4,
            )
        )
        conf.kept.set_lines(
            [
                tr(
                    "%n purchase(s) under \u201cCart & purchases\u201d: this order is listed "
                    "under Your orders.",
                    n=placed.purchases_kept,
                )
                if placed.purchases_kept
                else tr(
                    "Nothing of this order was kept (\u201cCart & purchases\u201d was not being "
                    "collected): it is not under Your orders."
                ),
                tr(
                    "Your delivery address, because you asked us to remember it; it is not "
                    "used for recommendations."
                )
                if placed.address_kept
                else tr("Your delivery address was not kept."),
                tr("Your card details were not kept."),
            ]
        )

    def _clear_card(self) -> None:
        for field in self.view.payment.fields.values():
            field.edit.clear()
            field.set_problem("")

    @Slot()
    def _on_continue(self) -> None:
        self.placed = None
        self.navigator.go(Route(HOME))
