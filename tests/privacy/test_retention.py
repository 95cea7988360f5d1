"""Retention: defaults, user changes, and expiry that deletes for real with receipts."""

from datetime import timedelta

from tests.helpers import NOW, files_containing
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.privacy import retention
from tightrope.services import open_services
from tightrope.storage.store import Store


def test_defaults_cover_every_category(services):
    got = {p.category: p.days for p in retention.periods(services.store)}
    assert got == retention.DEFAULT_DAYS


def test_advancing_the_clock_expires_and_deletes(services, data_dir):
    store, rec = services.store, services.recommender
    record_ops.record(
        store,
        "search",
        text="quokka-expiry-marker",
        where="search box",
        at=NOW - timedelta(days=170),
    )
    keep = record_ops.record(
        store, "purchase", product_id="cast-iron-skillet-26", value=1, where="checkout"
    ).datum
    rec.recommend()
    out = retention_ops.advance_clock(store, 15).result
    assert out["expired_total"] == 1
    assert [d.id for d in store.datums()] == [keep.id]
    receipt = out["expired"][0]
    assert receipt["action"] == "expire" and receipt["counts"] == {"search": 1}
    assert all(c.datum_id != 1 for r in rec.recommend() for c in r.contributions)
    services.close()
    assert files_containing(data_dir.root, b"quokka-expiry-marker") == []


def test_shorter_period_deletes_at_once_and_opening_sweeps(services, data_dir, catalog, clock):
    store = services.store
    record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW - timedelta(days=20))
    receipts = retention_ops.set_period(store, "browsing", 10).expired
    assert sum(r["total"] for r in receipts) == 1 and store.datums() == []
    record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW - timedelta(days=5))
    services.close()
    later = open_services(data_dir, type(clock)(NOW + timedelta(days=30)))
    try:
        assert later.store.datums() == [], "the sweep runs when the folder opens"
    finally:
        later.close()


def test_invalid_periods_are_refused(services):
    import pytest

    with pytest.raises(ValueError):
        retention_ops.set_period(services.store, "browsing", 0)
    with pytest.raises(ValueError):
        retention_ops.set_period(services.store, "nonsense", 10)


def test_reset_clock_goes_back_to_real_time_durably_and_tells_observers(
    services, catalog, data_dir
):
    store = services.store
    heard: list = []
    store.subscribe(heard.append)
    retention_ops.advance_clock(store, 365)
    assert store.clock.now() == NOW + timedelta(days=365)
    record_ops.record(store, "view", product_id="trail-tent-2p", where="test")  # dated a year ahead
    receipts, heard[:] = len(store.receipts()), []

    reset = retention_ops.reset_clock(store).result
    assert reset.moved and reset.previous_days == 365
    assert store.clock.offset_days == 0 and store.clock.now() == NOW
    assert reset.now.startswith("2026-11-29T12:00")
    # the recommender and pages refresh: one change, the clock moved
    assert [(c.op, c.settings, c.deleted) for c in heard] == [("clock", frozenset({"clock"}), ())]
    assert store.get_meta("clock_offset_days") == "0.0"
    assert not store.db.conn.in_transaction  # committed, not left for a later write
    # nothing expires when time goes back; what was collected ahead keeps its date
    assert len(store.receipts()) == receipts and store.count_datums() == 1

    # at real time already: nothing is written, no one is told
    heard.clear()
    again = retention_ops.reset_clock(store).result
    assert not again.moved and heard == []
    services.close()
    reopened = Store.open(data_dir.database, catalog)  # the wall clock, with the stored offset
    try:
        assert reopened.clock.offset_days == 0
    finally:
        reopened.close()


def test_a_fresh_recommender_sees_new_arrivals_again_after_a_reset(services):
    store, rec = services.store, services.recommender

    def has_new() -> bool:
        return any(s.id == "new" for s in rec.shelves())

    assert has_new()
    retention_ops.advance_clock(store, 365)
    assert not has_new()
    retention_ops.reset_clock(store)
    assert has_new()
