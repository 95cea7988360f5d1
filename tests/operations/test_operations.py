"""The operations layer: every write returns one typed Changes, and only after its commit."""

from __future__ import annotations

import ast
import sqlite3

import pytest

from tests.helpers import REPO
from tightrope.operations import checkout as checkout_ops
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations import review_votes
from tightrope.operations import settings as settings_ops
from tightrope.operations.changes import CLOCK, LEVEL, Changes
from tightrope.operations.persona import load_persona
from tightrope.shop.forms import Address, Card
from tightrope.workshop import personas

PACKAGE = REPO / "desktop" / "tightrope"


def _seed(services):
    store = services.store
    a = record_ops.record(store, "view", product_id="trail-tent-2p", where="home page").datum
    b = record_ops.record(store, "search", text="camping stove", where="search box").datum
    return a, b


def _operations(services):
    """Every operation, as (name, call) on a shop holding two data points."""
    store, rec = services.store, services.recommender
    a, b = _seed(services)
    tent = "trail-tent-2p"
    # a cart to place as an order, and an order to put back in the cart
    record_ops.add_to_cart(store, tent)
    record_ops.record(store, "purchase", product_id=tent, text="order-1", where="t")
    address = Address("Ada Lee", "12 Pine St", "Seattle", "WA", "98101")
    card, remember = Card("4242 4242 4242 4242", "08/29", "123"), {"remember_address": True}
    pack = "summit-daypack-22l"  # saved, and two in the cart
    record_ops.toggle_wishlist(store, pack)
    record_ops.add_to_cart(store, pack)
    record_ops.add_to_cart(store, pack)
    return [
        ("record", lambda: record_ops.record(store, "view", product_id=tent, where="t")),
        (
            "record_many",
            lambda: record_ops.record_many(store, [{"kind": "search", "text": "kettle"}]),
        ),
        ("add_to_cart", lambda: record_ops.add_to_cart(store, tent)),
        ("toggle_wishlist", lambda: record_ops.toggle_wishlist(store, tent)),
        ("rate", lambda: record_ops.rate(store, tent, 4)),
        ("toggle_review_vote", lambda: review_votes.toggle_review_vote(store, tent, 1)),
        ("move_to_cart", lambda: record_ops.move_to_cart(store, pack)),
        ("decrease_in_cart", lambda: record_ops.decrease_in_cart(store, pack)),
        ("forget_views", lambda: forget_ops.forget_views(rec)),
        ("forget", lambda: forget_ops.forget(rec, [a.id])),
        ("forget_product", lambda: forget_ops.forget_product(rec, tent)),
        ("forget_topic", lambda: forget_ops.forget_topic(rec, "outdoor")),
        ("delete", lambda: forget_ops.delete(store, [b.id])),
        ("exclude", lambda: forget_ops.exclude(rec, [a.id])),
        ("include", lambda: forget_ops.include(rec, [a.id])),
        ("set_switches", lambda: consent_ops.set_switches(store, {"browsing": False}, "t")),
        ("opt_in_sensitive", lambda: consent_ops.opt_in_sensitive(store, "alcohol", "t")),
        ("set_level", lambda: consent_ops.set_level(store, "light")),
        ("set_paused", lambda: consent_ops.set_paused(store, True)),
        ("set_do_not_sell", lambda: consent_ops.set_do_not_sell(store, False)),
        ("block_topic", lambda: consent_ops.block_topic(store, "outdoor")),
        ("set_period", lambda: retention_ops.set_period(store, "browsing", 30)),
        ("advance_clock", lambda: retention_ops.advance_clock(store, 3)),
        (
            "persona",
            lambda: load_persona(store, personas.load("outdoor-enthusiast", services.catalog)),
        ),
        ("erase", lambda: erase_ops.erase_everything(rec)),
        ("setting", lambda: settings_ops.set_setting(store, "ui_reduce_motion", "1")),
        ("place_order", lambda: checkout_ops.place_order(store, address, card, **remember)),
        ("reorder", lambda: checkout_ops.reorder(store, "order-1")),
    ]


@pytest.mark.parametrize("index", range(28))
def test_every_operation_returns_one_change_after_its_commit(services, index):
    """The listener hears of exactly one Changes, the same the call returns, at a moment
    when the transaction has committed (no transaction open)."""
    name, call = _operations(services)[index]
    store = services.store
    heard = []
    store.subscribe(lambda c: heard.append((c, store.db.conn.in_transaction)))
    changes = call()
    assert isinstance(changes, Changes), name
    assert heard == [(changes, False)], name


@pytest.mark.parametrize("index", range(28))
def test_a_commit_that_fails_raises_and_reports_nothing(services, index, monkeypatch):
    """A failing COMMIT rolls back, raises, and no listener or caller is told anything."""
    name, call = _operations(services)[index]
    store = services.store
    before = (
        store.count_datums(),
        len(store.receipts()),
        store.clock.offset_days,
        store.get_meta("ui_reduce_motion"),
        store.get_meta("personalization_level"),
        store.cart(),
    )
    heard: list[Changes] = []
    store.subscribe(heard.append)
    real = store.db.conn

    class FailingCommit:
        def __getattr__(self, attr):
            return getattr(real, attr)

        def execute(self, sql, *args):
            if sql.strip().upper() == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

    monkeypatch.setattr(store.db, "conn", FailingCommit())
    with pytest.raises(sqlite3.OperationalError):
        call()
    monkeypatch.setattr(store.db, "conn", real)
    assert heard == [], name
    assert not real.in_transaction
    after = (
        store.count_datums(),
        len(store.receipts()),
        store.clock.offset_days,
        store.get_meta("ui_reduce_motion"),
        store.get_meta("personalization_level"),
        store.cart(),
    )
    assert after == before, name


def test_changes_say_what_changed(services):
    store, rec = services.store, services.recommender
    a, b = _seed(services)
    forgot = forget_ops.forget(rec, [a.id], focus="trail-tent-2p")
    assert forgot.deleted == (a.id,) and forgot.receipt["counts"] == {"view": 1}
    assert forgot.preview is not None and forgot.forgot and not forgot.policy_changed
    json = forgot.to_json()  # the command line's shape, with more beside it
    assert {"action", "datum_ids", "receipt", "changes", "summary"} <= set(json)
    withdrawn = consent_ops.set_switches(store, {"searches": False}, "t")
    assert withdrawn.consent.withdrawn == ("searches",) and withdrawn.policy_changed
    assert withdrawn.consent.data_in_withdrawn == {"searches": 1}
    level = consent_ops.set_level(store, "off")
    assert level.settings == frozenset({LEVEL}) and level.result == "off"
    moved = retention_ops.advance_clock(store, 400)
    assert CLOCK in moved.settings and moved.deleted == (b.id,) and moved.expired
    wish = record_ops.toggle_wishlist(store, "trail-tent-2p")
    assert not wish.forgot  # shopping, not forgetting


def test_the_recommender_learns_of_a_change_from_the_typed_value(services):
    rec = services.recommender
    a, _b = _seed(services)
    assert rec.uses_personal_data()
    forget_ops.forget(rec, [a.id])
    assert a.id not in rec.datums()
    consent_ops.set_level(services.store, "off")
    assert not rec.uses_personal_data()


def test_only_operations_write_the_store():
    """No module outside tightrope/operations (and the store itself) calls the store's
    write building blocks or publishes a change."""
    writes = {"insert_datum", "delete_rows", "write_receipt", "set_meta", "publish"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(("operations/", "storage/store.py")):
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in writes
            ):
                offenders.append(f"{rel}:{node.lineno} {node.func.attr}")
    # pseudonyms keep their keys in meta (made on first read, not a user's write)
    offenders = [o for o in offenders if not o.startswith("privacy/pseudonyms.py")]
    assert offenders == []
