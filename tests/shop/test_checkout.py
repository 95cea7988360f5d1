"""The checkout's write and the orders read from the purchases (issue #19): what is stored
and what is not, checked against the store and the database file's bytes."""

from __future__ import annotations

import pytest

from tests.helpers import NOW, files_containing
from tightrope.operations import checkout as checkout_ops
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import export
from tightrope.shop import orders as order_reads
from tightrope.shop.forms import Address, Card, address_problems, card_problems, luhn_ok
from tightrope.workshop import personas

TENT = "trail-tent-2p"
CARD_DIGITS = "4000056655665556"  # passes Luhn; not the 4242 the screens suggest
ADDRESS = Address("Ada Lee", "12 Pine St", "Seattle", "WA", "98101")


def _card(number: str = "4000 0566 5566 5556", expiry: str = "08/29") -> Card:
    return Card(number, expiry, "737")


def _fill_cart(store, *products: str) -> None:
    for pid in products:
        record_ops.add_to_cart(store, pid)


def _place(store, remember: bool = False, **card):
    return checkout_ops.place_order(store, ADDRESS, _card(**card), remember_address=remember)


@pytest.fixture
def stove(catalog):
    """A second everyday product (the catalog's ids are its business)."""
    return next(p.id for p in catalog.products if not p.sensitive and p.id != TENT)


# --- the forms ----------------------------------------------------------------------------
def test_luhn_and_the_card_problems_name_their_field(clock):
    assert luhn_ok("4242424242424242") and luhn_ok(CARD_DIGITS)
    assert not luhn_ok("4242424242424241")
    now = clock.now()
    assert card_problems(_card(), now) == {}
    bad = card_problems(Card("4242 4242 4242 4241", "13/29", "7"), now)
    assert set(bad) == {"number", "expiry", "code"}
    assert bad["number"].startswith("Card number") and "typo" in bad["number"]
    assert bad["expiry"].startswith("Expiry date") and "MM/YY" in bad["expiry"]
    assert bad["code"].startswith("Security code")
    assert card_problems(Card("", "08/29", "123"), now)["number"].startswith("Card number is empty")


def test_the_expiry_is_checked_by_the_shops_clock(services):
    store = services.store
    assert (NOW.year, NOW.month) == (2026, 11)
    assert card_problems(_card(expiry="11/26"), store.clock.now()) == {}
    expired = card_problems(_card(expiry="10/26"), store.clock.now())
    assert expired["expiry"] == (
        "Expiry date: this card expired at the end of 10/2026; the shop's date is 11/2026."
    )
    retention_ops.advance_clock(store, 10)  # the shop's clock passes into December
    assert "expiry" in card_problems(_card(expiry="11/26"), store.clock.now())


def test_address_problems_name_their_field():
    empty = address_problems(Address.typed("  ", "", "", "", ""))
    assert set(empty) == {"name", "street", "city", "state", "zip_code"}
    assert empty["name"].startswith("Full name is empty")
    assert empty["zip_code"].startswith("ZIP code is empty")
    bad = address_problems(Address.typed("Ada", "1 Main St", "Denver", "Colorado", "80x02"))
    assert set(bad) == {"state", "zip_code"}
    assert bad["zip_code"].startswith("ZIP code \u201c80x02\u201d is not 5 digits")
    assert address_problems(Address.typed("Ada", "1 Main St", "Denver", "co", "80202-1234")) == {}
    assert Address.from_line(ADDRESS.one_line()) == ADDRESS
    assert Address.from_line("not an address") is None


# --- placing an order ---------------------------------------------------------------------
def test_an_order_keeps_its_purchases_and_not_the_address_unless_asked(services, stove):
    store = services.store
    _fill_cart(store, TENT, TENT, stove)
    changes = _place(store)
    placed = changes.result
    assert changes.op == "checkout" and changes.cart and store.cart() == []
    assert placed.lines == ((TENT, 2), (stove, 1)) and placed.purchases_kept == 2
    assert not placed.address_kept and placed.card_last4 == "5556"
    assert {d.kind for d in store.datums()} == {"cart_add", "purchase"}
    assert order_reads.remembered_addresses(store) == []
    assert files_containing(services.data_dir.root, b"Pine St") == []


def test_remember_this_address_stores_one_data_point_under_cart_and_purchases(services):
    store = services.store
    _fill_cart(store, TENT)
    changes = _place(store, remember=True)
    assert changes.result.address_kept
    (address,) = order_reads.remembered_addresses(store)
    assert address in changes.added
    assert address.text == "Ada Lee, 12 Pine St, Seattle, WA 98101"
    assert address.consent_category == "purchases" and address.collected_where == "checkout"
    assert address.label(services.catalog) == (
        "You asked us to remember the delivery address Ada Lee, 12 Pine St, Seattle, WA 98101"
    )
    # the same address again is not stored twice
    _fill_cart(store, TENT)
    again = _place(store, remember=True)
    assert again.result.address_kept and len(order_reads.remembered_addresses(store)) == 1
    # exported like any data point, and used by no recommendation
    exported = export.build(services.recommender)["data_points"]
    assert [d["kind"] for d in exported if d["id"] == address.id] == ["address"]
    assert services.recommender.evidence.base_weight(address) == 0.0
    assert services.recommender.evidence.rows(address, NOW).product.size == 0
    # forgettable: gone from the store and the file
    forget_ops.forget(services.recommender, [address.id])
    assert order_reads.remembered_addresses(store) == []
    assert files_containing(services.data_dir.root, b"Pine St") == []


def test_no_address_and_no_purchases_while_collection_is_paused(services):
    store = services.store
    _fill_cart(store, TENT)
    consent_ops.set_paused(store, True)
    assert not checkout_ops.may_remember_address(store)
    placed = _place(store, remember=True).result
    assert placed.purchases_kept == 0 and not placed.address_kept
    assert store.cart() == []
    assert [d.kind for d in store.datums()] == ["cart_add"]
    assert order_reads.orders(store) == []


def test_the_card_number_is_never_written(services):
    store = services.store
    _fill_cart(store, TENT)
    changes = _place(store, remember=True)
    assert changes.result.card_last4 == "5556"
    services.close()  # every byte on disk, no connection open
    root = services.data_dir.root
    for needle in (CARD_DIGITS, "4000 0566 5566 5556", "5566 5556", "08/29"):
        assert files_containing(root, needle.encode()) == [], needle
    assert files_containing(root, b"Pine St")  # the file was scanned: the address is there


def test_a_form_with_a_problem_or_an_empty_cart_writes_nothing(services):
    store = services.store
    with pytest.raises(ValueError, match="The cart is empty"):
        _place(store)
    _fill_cart(store, TENT)
    before = store.count_datums()
    with pytest.raises(ValueError, match="Card number"):
        _place(store, number="4242 4242 4242 4241")
    with pytest.raises(ValueError, match="Expiry date"):
        _place(store, expiry="01/20")
    assert store.count_datums() == before and store.cart() == [(TENT, 1)]


# --- orders -------------------------------------------------------------------------------
def test_orders_group_purchases_by_reference_newest_first(services, stove, catalog):
    store = services.store
    _fill_cart(store, TENT)
    first = _place(store).result.order_ref
    _fill_cart(store, stove, stove, TENT)
    second = _place(store).result.order_ref
    assert first != second  # the same second on the shop's clock: two orders all the same
    newest, oldest = order_reads.orders(store)
    assert (newest.ref, oldest.ref) == (second, first)
    assert [(li.product_id, li.qty) for li in newest.lines] == [(stove, 2), (TENT, 1)]
    assert newest.items == 3
    assert newest.total == pytest.approx(
        2 * catalog.product(stove).price + catalog.product(TENT).price
    )
    assert newest.placed_at == NOW


def test_a_forgotten_purchase_is_gone_from_its_order(services, stove):
    store, rec = services.store, services.recommender
    _fill_cart(store, TENT, stove)
    ref = _place(store).result.order_ref
    (order,) = order_reads.orders(store)
    tent_purchase = next(
        d.id for d in store.datums() if d.kind == "purchase" and d.product_id == TENT
    )
    forget_ops.forget(rec, [tent_purchase])
    (order,) = order_reads.orders(store)
    assert [li.product_id for li in order.lines] == [stove] and order.ref == ref
    forget_ops.forget(rec, list(order.datum_ids))
    assert order_reads.orders(store) == [] and order_reads.order(store, order.key) is None


def test_reorder_puts_the_order_back_in_the_cart(services, stove):
    store = services.store
    _fill_cart(store, TENT, TENT, stove)
    _place(store)
    (order,) = order_reads.orders(store)
    changes = checkout_ops.reorder(store, order.key)
    assert changes.cart and changes.result == 3
    assert sorted(store.cart()) == sorted([(TENT, 2), (stove, 1)])
    assert {(d.kind, d.product_id, d.value, d.collected_where) for d in changes.added} == {
        ("cart_add", TENT, 2.0, "orders page"),
        ("cart_add", stove, 1.0, "orders page"),
    }
    with pytest.raises(ValueError, match="No order"):
        checkout_ops.reorder(store, "order-nothing")


def test_reorder_while_paused_records_nothing_and_adds_nothing_new(services):
    store = services.store
    _fill_cart(store, TENT)
    _place(store)
    (order,) = order_reads.orders(store)
    consent_ops.set_paused(store, True)
    changes = checkout_ops.reorder(store, order.key)
    assert changes.added == () and changes.result == 0 and store.cart() == []


def test_a_personas_purchases_are_its_orders(services, catalog):
    load_persona(services.store, personas.load("privacy-minimalist", catalog))
    found = order_reads.orders(services.store)
    assert [o.ref for o in found][:2] == ["L-0748", "L-0710"]
    assert len(found) == 10
    latest = found[0]
    assert {li.product_id for li in latest.lines} == {
        "house-blend-coffee-beans",
        "bamboo-toothbrush-4",
    }
    assert latest.placed_at < NOW


def test_purchases_without_a_reference_group_by_their_moment(services):
    store = services.store
    record_ops.record(store, "purchase", product_id=TENT, value=1, where="t")
    (order,) = order_reads.orders(store)
    assert order.ref is None and order.key.startswith(order_reads.NO_REF)
