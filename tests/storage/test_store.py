"""The local store: private files, checked pragmas, migrations, real deletion."""

import os
import stat

import pytest

from tests.helpers import checkout as _checkout
from tests.helpers import files_containing
from tightrope import paths
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.storage.store import (
    REQUIRED_PRAGMAS,
    Store,
    StoreError,
    connect,
    migrations,
    pragmas,
)


def test_data_dir_resolution_order(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.resolve_data_dir().root == (tmp_path / "from-env").resolve()
    assert paths.resolve_data_dir(tmp_path / "from-cli").root == (tmp_path / "from-cli").resolve()
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.resolve_data_dir().root == paths.default_user_data_dir().resolve()


def test_data_dir_and_database_are_private(services):
    root = services.data_dir.root
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
    record_ops.record(services.store, "search", text="tents", where="search box")
    for f in services.data_dir.files():
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f


def test_unwritable_data_dir_names_the_folder(tmp_path):
    if os.geteuid() == 0:
        target = "/proc/tightrope-cannot-exist"
    else:
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        target = str(ro / "inner")
    with pytest.raises(paths.DataDirError, match="tightrope-cannot-exist|inner"):
        paths.resolve_data_dir(target)


def test_every_connection_reads_back_the_pragmas(tmp_path):
    db = connect(tmp_path / "x.db")
    got = pragmas(db)
    assert got["secure_delete"] == 1
    assert got["foreign_keys"] == 1
    assert got["journal_mode"] == "delete"
    assert set(got) == set(REQUIRED_PRAGMAS)


def test_not_a_database_is_refused_with_the_file_name(tmp_path):
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="garbage.db"):
        connect(bad)


def test_migrations_are_recorded_and_idempotent(services, catalog):
    applied = [m.name for m in migrations.applied(services.store.db)]
    assert applied[0] == "m001_create_products"
    assert applied == [m.name for m in migrations._migrations]
    again = Store(services.store.db, catalog)
    assert [m.name for m in migrations.applied(again.db)] == applied


def test_a_receipt_an_older_version_wrote_keeps_only_its_kind(tmp_path, catalog):
    import sqlite_utils

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m006_receipt_scopes_are_kinds")
    for scope in (
        "topic Pregnancy & baby",
        "evidence for Wine & spirits",
        "category Browsing",
        "retention: Searches",
        "the last hour",
        "data point",
        "something else",
    ):
        db.execute(
            "INSERT INTO receipts (at, action, scope, counts) VALUES ('t', 'forget', ?, '{}')",
            [scope],
        )
    db.conn.commit()
    db.close()
    store = Store.open(path, catalog)
    try:
        assert [r["scope"] for r in store.receipts()] == [
            "topic",
            "evidence",
            "category",
            "retention",
            "time range",
            "data point",
            "other",
        ]
    finally:
        store.close()
    assert (
        b"Pregnancy & baby" not in path.read_bytes() and b"Wine & spirits" not in path.read_bytes()
    )


def test_record_shop_actions(services, catalog):
    store = services.store
    tent = catalog.products[0].id
    record_ops.record(store, "view", product_id=tent, where="home page")
    record_ops.add_to_cart(store, tent)
    record_ops.toggle_wishlist(store, tent)
    record_ops.rate(store, tent, 4)
    record_ops.rate(store, tent, 5)  # replaces the first rating
    order, ids = _checkout(store)
    kinds = sorted(d.kind for d in store.datums())
    assert kinds == ["cart_add", "purchase", "rating", "view", "wishlist"]
    assert store.rating_of(tent) == 5
    assert store.cart() == []
    purchase = store.datum(ids[0])
    assert purchase.text == order and purchase.consent_category == "purchases"
    assert record_ops.toggle_wishlist(store, tent).result is False and store.wishlist() == []


def test_counts_are_the_cart_the_wishlist_and_the_data_points(services, catalog):
    store = services.store
    assert store.counts() == (0, 0, 0)
    a, b = catalog.products[0].id, catalog.products[1].id
    record_ops.add_to_cart(store, a)
    record_ops.add_to_cart(store, a)
    record_ops.add_to_cart(store, b)
    record_ops.toggle_wishlist(store, b)
    record_ops.record(store, "view", product_id=a, where="home page")
    long_way = (sum(q for _p, q in store.cart()), len(store.wishlist()), store.count_datums())
    assert store.counts() == long_way == (3, 1, 5)


def test_unknown_kind_and_product_are_refused(services):
    with pytest.raises(ValueError, match="unknown data point kind"):
        record_ops.record(services.store, "telepathy", text="x")
    with pytest.raises(ValueError, match="no-such-product"):
        record_ops.record(services.store, "view", product_id="no-such-product")


def test_forgetting_a_cart_add_cascades_to_the_cart(services, catalog):
    store = services.store
    d = record_ops.add_to_cart(store, catalog.products[3].id).datum
    assert store.cart()
    receipt = forget_ops.delete(store, [d.id]).receipt
    assert store.cart() == []
    assert receipt["counts"] == {"cart_add": 1}


def test_forgotten_marker_is_in_no_file(services):
    marker = "zebra-marker-8f1c2a"
    d = record_ops.record(
        services.store, "search", text=f"camping {marker}", where="search box"
    ).datum
    record_ops.record(services.store, "search", text="kettle", where="search box")
    assert files_containing(services.data_dir.root, marker.encode())  # sanity: it was written
    receipt = forget_ops.delete(services.store, [d.id]).receipt
    assert marker not in str(receipt)
    assert files_containing(services.data_dir.root, marker.encode()) == []
    assert [r["counts"] for r in services.store.receipts()] == [{"search": 1}]


def _other_connection_sees(data_dir, datum_id: int) -> bool:
    import sqlite3

    conn = sqlite3.connect(data_dir.database)
    try:
        return (
            conn.execute("SELECT count(*) FROM datums WHERE id = ?", [datum_id]).fetchone()[0] == 1
        )
    finally:
        conn.close()


def test_a_write_is_on_disk_before_any_observer_hears_of_it(services):
    """Nothing may show "forgotten" for a change that is not durable (issue #16, item 1):
    observers are told only after the commit has returned."""
    store = services.store
    marker = "quokka-marker-41d7"
    d = record_ops.record(store, "search", text=f"tents {marker}", where="search box").datum
    record_ops.record(store, "search", text="kettle", where="search box")
    seen = []

    def observer(change):
        seen.append(
            (
                change.op,
                _other_connection_sees(services.data_dir, d.id),
                store.db.conn.in_transaction,
            )
        )

    store.subscribe(observer)
    forget_ops.delete(store, [d.id])
    assert seen == [("forget", False, False)]
    assert files_containing(services.data_dir.root, marker.encode()) == []


def test_a_write_that_cannot_commit_rolls_back_and_tells_no_one(services):
    import sqlite3

    store = services.store
    d = record_ops.record(store, "search", text="tents", where="search box").datum
    told = []
    store.subscribe(told.append)
    store.db.execute("PRAGMA busy_timeout = 50")  # the test need not wait the full timeout
    other = sqlite3.connect(services.data_dir.database, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM datums").fetchone()  # a reader holds its lock
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            forget_ops.delete(store, [d.id])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert told == []
    assert not store.db.conn.in_transaction
    assert store.datum(d.id) is not None and store.receipts() == []
    assert _other_connection_sees(services.data_dir, d.id)


def test_an_exclude_is_durable_when_it_returns(services):
    import sqlite3

    store = services.store
    d = record_ops.record(store, "search", text="tents", where="search box").datum
    forget_ops.exclude(services.recommender, [d.id])
    conn = sqlite3.connect(services.data_dir.database)
    try:
        assert conn.execute("SELECT excluded FROM datums WHERE id = ?", [d.id]).fetchone() == (1,)
    finally:
        conn.close()


def test_clock_offset_persists(services, catalog, data_dir):
    before = services.store.clock.now()
    retention_ops.advance_clock(services.store, 3)
    assert (services.store.clock.now() - before).days == 3
    services.close()
    reopened = Store.open(data_dir.database, catalog)
    assert reopened.clock.offset_days == 3
    reopened.close()
