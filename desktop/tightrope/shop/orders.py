"""Orders, read from the purchase data points: the shop keeps no second copy of an order.

Checkout writes one "purchase" data point per line, its text the order reference
(:func:`tightrope.operations.record.write_order`); a persona's purchases carry their own
references. An order here is those data points grouped by reference, so it shows what is
still stored: a purchase the shopper forgot is gone from its order too, and an order whose
every purchase was forgotten is gone. Nothing is rebuilt from anywhere else.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from tightrope.clock import format_time
from tightrope.storage.datums import Datum

if TYPE_CHECKING:
    from tightrope.catalog import Catalog
    from tightrope.storage.store import Store

NO_REF = "at:"  # the key of purchases stored without an order reference: their moment


@dataclass(frozen=True)
class OrderLine:
    product_id: str
    name: str
    qty: int
    price: float  # the catalog's price now (the demo's prices do not change)

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass(frozen=True)
class Order:
    """One order as stored: ``ref`` is its reference (None for purchases recorded without
    one, which are grouped by their moment); ``placed_at`` is by the shop's clock."""

    key: str
    ref: str | None
    placed_at: datetime
    lines: tuple[OrderLine, ...]
    datum_ids: tuple[int, ...]

    @property
    def items(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def total(self) -> float:
        return sum(line.total for line in self.lines)


def _key(d: Datum) -> str:
    return d.text if d.text else NO_REF + format_time(d.collected_at)


def orders(store: Store) -> list[Order]:
    """Every order with at least one purchase still stored, newest first."""
    groups: dict[str, list[Datum]] = defaultdict(list)
    for d in store.datums():
        if d.kind == "purchase" and d.product_id:
            groups[_key(d)].append(d)
    out = [_order(key, sorted(ds, key=lambda d: d.id), store.catalog) for key, ds in groups.items()]
    out.sort(key=lambda o: (o.placed_at, max(o.datum_ids)), reverse=True)
    return out


def _order(key: str, datums: list[Datum], catalog: Catalog) -> Order:
    qty: dict[str, int] = {}
    for d in datums:  # a product twice in one order (two persona rows) is one line
        assert d.product_id is not None
        qty[d.product_id] = qty.get(d.product_id, 0) + max(1, int(d.value or 1))
    lines = []
    for pid, n in qty.items():
        product = catalog.get(pid)
        # a product that left the catalog takes its purchases with it (storage/store.py);
        # should one linger, it is a line without a price rather than a made-up one
        lines.append(
            OrderLine(pid, product.name if product else pid, n, product.price if product else 0.0)
        )
    return Order(
        key=key,
        ref=datums[0].text or None,
        placed_at=max(d.collected_at for d in datums),
        lines=tuple(lines),
        datum_ids=tuple(d.id for d in datums),
    )


def order(store: Store, key: str) -> Order | None:
    """The order with this key as stored now, or None when none of it is left."""
    return next((o for o in orders(store) if o.key == key), None)


def remembered_addresses(store: Store) -> list[Datum]:
    """The delivery addresses the shopper asked the shop to remember, newest first."""
    return [d for d in store.datums() if d.kind == "address" and d.text]
