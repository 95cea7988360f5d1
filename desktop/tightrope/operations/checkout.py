"""The checkout's one write, placing an order, and putting a past order back in the cart.

What is stored, and what is not (the checkout's steps say the same on screen):

- each cart line becomes a "purchase" data point (text: the order reference) when
  "Cart & purchases" is collected, as the quick checkout does (record.write_order);
- the delivery address is stored only when the shopper ticked "Remember this address" *and*
  "Cart & purchases" is collected: one "address" data point (storage/datums.py), shown in
  Your data, exported, forgettable, and used by no recommendation;
- the card is checked (Luhn, expiry by the shop's clock) and never written anywhere, not
  even its last digits: the confirmation shows them from memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed
from tightrope.operations.record import order_reference, put_in_cart, write_order
from tightrope.shop import orders as order_reads
from tightrope.shop.forms import Address, Card, address_problems, card_problems
from tightrope.storage.datums import KINDS

if TYPE_CHECKING:
    from tightrope.storage.store import Store

CHECKOUT_WHERE = "checkout"
ORDERS_WHERE = "orders page"


@dataclass(frozen=True)
class Placed:
    """``place_order``'s result: what the confirmation may say, all of it true on disk.
    ``purchases_kept`` counts the purchase data points written (0 when "Cart & purchases"
    is not collected: then the order is not in Your orders); ``address_kept`` says whether
    the address was stored; ``card_last4`` was never stored."""

    order_ref: str
    lines: tuple[tuple[str, int], ...]
    purchases_kept: int
    address_kept: bool
    card_last4: str


def may_remember_address(store: Store) -> bool:
    """Would an address be stored now, if the shopper asked? (Its consent category is
    collected: on, and collection not paused.)"""
    return store.may_collect(KINDS["address"][0])


def place_order(
    store: Store,
    address: Address,
    card: Card,
    *,
    remember_address: bool = False,
    where: str = CHECKOUT_WHERE,
) -> Changes:
    """Place the cart as an order: purchases, and the address if asked and allowed, in one
    transaction; the cart emptied. ``changes.result`` is a :class:`Placed`. Raises
    ValueError (naming the field) for an empty cart or a form with a problem."""
    lines = store.cart()
    if not lines:
        raise ValueError("The cart is empty.")
    now = store.clock.now()
    problems = {**address_problems(address), **card_problems(card, now)}
    if problems:
        raise ValueError(" ".join(problems.values()))
    line = address.one_line()

    def write() -> Changes:
        order_ref = order_reference(store, now)
        added = write_order(store, lines, order_ref, now, where)
        purchases = len(added)
        remembered = False
        if remember_address and may_remember_address(store):
            stored = {d.text for d in order_reads.remembered_addresses(store)}
            kept = (
                None
                if line in stored
                else store.insert_datum(
                    "address", product_id=None, text=line, value=None, where=where, at=now
                )
            )
            if kept is not None:
                added.append(kept)
            remembered = line in stored or kept is not None
        placed = Placed(order_ref, tuple(lines), purchases, remembered, card.last4)
        return Changes("checkout", added=tuple(added), cart=True, result=placed)

    return committed(store, write)


def reorder(store: Store, key: str, where: str = ORDERS_WHERE) -> Changes:
    """Put an order's lines (as stored now) back in the cart, each with its quantity, and a
    "cart_add" data point per line when collected (as "Add to cart" does). ``changes.result``
    is how many items went into the cart: a product whose adding may not be recorded goes
    in only if it is in the cart already (record.put_in_cart)."""
    found = order_reads.order(store, key)
    if found is None:
        raise ValueError(f"No order {key!r} is stored.")

    def write() -> Changes:
        before = sum(qty for _pid, qty in store.cart())
        added = []
        for line in found.lines:
            d = put_in_cart(store, line.product_id, line.qty, where)
            if d:
                added.append(d)
        moved = sum(qty for _pid, qty in store.cart()) - before
        return Changes("cart", added=tuple(added), cart=True, result=moved)

    return committed(store, write)
