"""The local SQLite store: connection settings, migrations, and personal data operations.

Personal data lives in ``datums`` (one row per recorded fact). Everything derived from a data
point (a cart line, later inferred interests) references it with ``ON DELETE CASCADE`` so that
forgetting the data point forgets its copies in the same transaction. Catalog rows live in
``products`` and are rebuilt from the shipped files; receipts record *that* something was
deleted, never *what*.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from tightrope.privacy import retention
from tightrope.catalog import Catalog
from tightrope.clock import Clock, format_time, parse_time
from tightrope.storage.datums import KINDS, PRODUCT_KINDS, Datum

# Pragmas that every connection sets and reads back (see docs/storage.md):
# secure_delete overwrites deleted content; a DELETE-mode rollback journal is removed after
# every commit, so no WAL or persistent journal keeps old pages; foreign keys make the
# cascades real; temp_store keeps VACUUM/sort temp copies out of the filesystem.
REQUIRED_PRAGMAS: dict[str, Any] = {
    "secure_delete": 1,
    "foreign_keys": 1,
    "journal_mode": "delete",
    "synchronous": 2,  # FULL: an acknowledged commit survives a power cut
    "temp_store": 2,  # MEMORY
}


# What a deletion receipt may say about its scope: a kind, never which one. "topic" and not
# "topic Pregnancy & baby": the name of a forgotten sensitive topic is exactly what must
# not outlive the forget (docs/privacy.md). write_receipt refuses anything else.
RECEIPT_SCOPES = (
    "data point", "product", "topic", "category", "evidence", "time range",
    "withdrawn categories", "wishlist", "retention", "everything", "smallest set", "other",
)


def scope_kind(scope: str) -> str:
    """The kind of a scope an older version wrote with a name in it ("topic Pregnancy &
    baby" -> "topic", "the last hour" -> "time range"); "other" when it has none."""
    if scope in RECEIPT_SCOPES:
        return scope
    if scope.startswith("the last "):
        return "time range"
    for kind in RECEIPT_SCOPES:
        if scope.startswith((f"{kind} ", f"{kind}:")):
            return kind
    return "other"


def check_scope(scope: str) -> str:
    if scope not in RECEIPT_SCOPES:
        raise ValueError(f"a receipt's scope is a kind ({', '.join(RECEIPT_SCOPES)}), never "
                         f"a name: not {scope!r}")
    return scope


class StoreError(Exception):
    """The database cannot be used; the message says why and names the file."""


migrations = Migrations("tightrope")


@migrations()
def m001_create_products(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE products (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            brand TEXT NOT NULL,
            category TEXT NOT NULL,
            price REAL NOT NULL,
            sensitive INTEGER NOT NULL,
            consumable INTEGER NOT NULL,
            sponsored INTEGER NOT NULL
        )"""
    )


@migrations()
def m002_create_datums(db: sqlite_utils.Database) -> None:
    # AUTOINCREMENT: an id is never reused, so a receipt or log that mentions a forgotten
    # data point's id can never come to point at a different one.
    db.execute(
        """CREATE TABLE datums (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            product_id TEXT REFERENCES products(id) ON DELETE CASCADE,
            text TEXT,
            value REAL,
            collected_at TEXT NOT NULL,
            collected_where TEXT NOT NULL,
            consent_category TEXT NOT NULL,
            excluded INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX datums_product ON datums(product_id)")
    db.execute("CREATE INDEX datums_kind ON datums(kind)")


@migrations()
def m003_create_cart(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE cart (
            product_id TEXT PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
            qty INTEGER NOT NULL CHECK (qty > 0),
            datum_id INTEGER NOT NULL REFERENCES datums(id) ON DELETE CASCADE
        )"""
    )
    db.execute("CREATE INDEX cart_datum ON cart(datum_id)")


@migrations()
def m004_create_receipts_and_meta(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE receipts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            scope TEXT NOT NULL,
            counts TEXT NOT NULL
        )"""
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m005_create_privacy_tables(db: sqlite_utils.Database) -> None:
    # The consent *state* in force is the meta key "consent_state" (one JSON object, the shape
    # personas use; written only by tightrope.privacy.consent); this table is its history: every
    # switch given or withdrawn, when and where.
    db.execute(
        """CREATE TABLE consent_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            category TEXT NOT NULL,
            granted INTEGER NOT NULL,
            collected_where TEXT NOT NULL
        )"""
    )
    # Retention periods the user changed (defaults live in tightrope.privacy.retention).
    db.execute("CREATE TABLE retention (category TEXT PRIMARY KEY, days INTEGER NOT NULL)")
    # Topics the user removed from their inferred interests and blocked from coming back.
    db.execute("CREATE TABLE blocked_topics (topic TEXT PRIMARY KEY, at TEXT NOT NULL)")
    # Data-use log, coalesced per minute and source: how many recommendation computations
    # used the source and the most data points one of them used. Counts only.
    db.execute(
        """CREATE TABLE data_use (
            minute TEXT NOT NULL,
            source TEXT NOT NULL,
            computations INTEGER NOT NULL,
            data_points INTEGER NOT NULL,
            PRIMARY KEY (minute, source)
        )"""
    )


@migrations()
def m006_receipt_scopes_are_kinds(db: sqlite_utils.Database) -> None:
    # Receipts written before this kept the name of what was forgotten in their scope
    # ("topic Pregnancy & baby", "evidence for Outdoor"); keep the kind only. secure_delete
    # overwrites the old text in the page.
    db.execute(
        """UPDATE receipts SET scope = CASE
            WHEN scope IN ('data point', 'product', 'topic', 'category', 'evidence',
                           'time range', 'withdrawn categories', 'wishlist', 'retention',
                           'everything', 'other') THEN scope
            WHEN scope LIKE 'the last %' THEN 'time range'
            WHEN scope LIKE 'topic%' THEN 'topic'
            WHEN scope LIKE 'evidence%' THEN 'evidence'
            WHEN scope LIKE 'category%' THEN 'category'
            WHEN scope LIKE 'retention%' THEN 'retention'
            ELSE 'other' END"""
    )


@migrations()
def m007_drop_the_stored_study_key(db: sqlite_utils.Database) -> None:
    # Study-log tokens were made under a key kept here, beside the logs' folder: whoever had
    # the folder could test guesses against a log's tokens. Each session now has its own key
    # in memory only (tightrope.privacy.pseudonyms.SessionTokens); the old key goes, and with it any
    # way to link the old logs' tokens to anything. secure_delete overwrites it.
    db.execute("DELETE FROM meta WHERE key = 'study_key'")


def _set_pragmas(conn: sqlite3.Connection, path: str) -> dict[str, Any]:
    for name, value in REQUIRED_PRAGMAS.items():
        conn.execute(f"PRAGMA {name}={value}")
    actual = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}
    wrong = {k: v for k, v in actual.items() if str(v).lower() != str(REQUIRED_PRAGMAS[k])}
    if wrong:
        raise StoreError(
            f"{path}: SQLite refused required settings {wrong}; deleted data could survive, "
            "so Tightrope will not use this database."
        )
    return actual


BUSY_TIMEOUT_S = 2.0


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a database file private to the user, with checked pragmas."""
    path_str = str(path)
    old_umask = os.umask(0o077)
    try:
        # A lock another program holds (a database browser's read transaction) is waited
        # for this long, then the write fails with one sentence (tightrope.storage.faults): the
        # window does not freeze for long, and a brief lock (a backup) passes.
        conn = sqlite3.connect(path_str, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the database {path_str}: {exc}") from exc
    finally:
        os.umask(old_umask)
    try:
        _set_pragmas(conn, path_str)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path_str} is not a usable Tightrope database: {exc}") from exc
    if path_str != ":memory:":
        try:
            os.chmod(path_str, 0o600)
        except OSError as exc:  # not ours, immutable, on a read-only disk
            conn.close()
            raise StoreError(
                f"Cannot use the database {path_str}: {exc.strerror or exc}. Check that the file "
                f"and its folder {Path(path_str).parent} are yours and writable."
            ) from exc
    return sqlite_utils.Database(conn)


def pragmas(db: sqlite_utils.Database) -> dict[str, Any]:
    return {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}


def _row_to_datum(row: dict[str, Any]) -> Datum:
    return Datum(
        id=row["id"],
        kind=row["kind"],
        product_id=row["product_id"],
        text=row["text"],
        value=row["value"],
        collected_at=parse_time(row["collected_at"]),
        collected_where=row["collected_where"],
        consent_category=row["consent_category"],
        excluded=bool(row["excluded"]),
    )


class Store:
    """Personal data operations over one database. Not thread-safe: one per thread.

    ``on_change`` observers are called with a short description after every write, so
    services (recommender caches, UI models) refresh from what changed.

    Every write is committed (durably: ``synchronous=FULL``) before any observer is told:
    nothing can show "forgotten" or "saved" for a change that is not on disk. A write that
    fails (locked, disk full, read-only) rolls back and tells no one.
    """

    def __init__(self, db: sqlite_utils.Database, catalog: Catalog, clock: Clock | None = None):
        self._db = db
        self.catalog = catalog
        migrations.apply(db)
        self._sync_catalog()
        offset = self.get_meta("clock_offset_days")
        self.clock = clock or Clock(float(offset) if offset else 0.0)
        self._observers: list[Callable[[dict[str, Any]], None]] = []
        # Called with the ids just before they are deleted (e.g. so "Verify" knows, in
        # memory only, what to look for afterwards).
        self._before_delete: list[Callable[[list[int]], None]] = []
        # Hook for consent (data minimisation): returns False for a category that must not be
        # collected; record() then stores nothing. By default it is the consent decision in
        # force, so nothing personal is recorded before the user has chosen.
        self.may_collect: Callable[[str], bool] = self.consented
        self._before_close: list[Callable[[], None]] = []
        # Expired data is deleted for real when the store opens (and when the clock moves).
        retention.sweep(self)

    @classmethod
    def open(cls, path: Path | str, catalog: Catalog, clock: Clock | None = None) -> Store:
        return cls(connect(path), catalog, clock)

    @property
    def db(self) -> sqlite_utils.Database:
        return self._db

    def close(self) -> None:
        try:
            for callback in list(self._before_close):
                callback()
        finally:  # a failed flush (disk full) must not leave the connection open
            self._db.conn.close()

    def before_close(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` just before the connection closes (flush coalesced logs)."""
        self._before_close.append(callback)

    # --- consent gate -------------------------------------------------------------------
    def consent_state(self) -> dict[str, Any] | None:
        """The consent decision in force (``{"browsing": true, ..., "sensitive": {...}}``),
        or None while the user has not chosen. Written only by :mod:`tightrope.privacy.consent`."""
        raw = self.get_meta("consent_state")
        return json.loads(raw) if raw else None

    def consented(self, category: str) -> bool:
        """May data of this consent category be collected now? False before any decision,
        for a withdrawn category, and while collection is paused."""
        if self.get_meta("collection_paused") == "1":
            return False
        state = self.consent_state()
        return bool(state and state.get(category) is True)

    def sensitive_allowed(self, topic: str | None) -> bool:
        """Data about a sensitive category is collected only with that category's opt-in."""
        category = self.catalog.category_by_id.get(topic or "")
        if category is None or not category.sensitive:
            return True
        state = self.consent_state() or {}
        return (state.get("sensitive") or {}).get(topic) is True

    def notify(self, **change: Any) -> None:
        """Tell observers about a change made outside the Store's methods (consent, level)."""
        self._changed(**change)

    # --- observers ----------------------------------------------------------------------
    def subscribe(self, callback: Callable[[dict[str, Any]], None]) -> None:
        self._observers.append(callback)

    def unsubscribe(self, callback: Callable[[dict[str, Any]], None]) -> None:
        if callback in self._observers:
            self._observers.remove(callback)
        if callback in self._before_delete:
            self._before_delete.remove(callback)

    def on_before_delete(self, callback: Callable[[list[int]], None]) -> None:
        self._before_delete.append(callback)

    def _changed(self, **change: Any) -> None:
        for callback in list(self._observers):
            callback(change)

    # --- catalog mirror -----------------------------------------------------------------
    def _sync_catalog(self) -> None:
        digest = hashlib.sha256(
            json.dumps([p.to_json() for p in self.catalog.products], sort_keys=True).encode()
        ).hexdigest()
        if self.get_meta("catalog_digest") == digest:
            return
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "brand": p.brand,
                "category": p.category,
                "price": p.price,
                "sensitive": int(p.sensitive),
                "consumable": int(p.consumable),
                "sponsored": int(p.sponsored),
            }
            for p in self.catalog.products
        ]
        with self.db.atomic():
            self.db["products"].upsert_all(rows, pk="id")
            keep = [p.id for p in self.catalog.products]
            marks = ",".join("?" * len(keep))
            # A product that left the catalog takes the personal data about it with it.
            self.db.execute(f"DELETE FROM products WHERE id NOT IN ({marks})", keep)
            self.set_meta("catalog_digest", digest)

    # --- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def advance_clock(self, days: float) -> float:
        self.clock.offset_days += days
        self.set_meta("clock_offset_days", repr(self.clock.offset_days))
        self._changed(action="clock", days=days)
        return self.clock.offset_days

    def set_clock_offset(self, days: float) -> float:
        """Put the shop's clock ``days`` ahead of real time (0: real time). The offset is
        committed before the observers hear of it (action "clock", ``days`` the move); when
        the clock is there already nothing is written and no one is told."""
        days = float(days)
        previous = self.clock.offset_days
        if days == previous:
            return days
        with self.db.atomic():
            self.set_meta("clock_offset_days", repr(days))
        self.clock.offset_days = days
        self._changed(action="clock", days=days - previous)
        return days

    # --- reading ------------------------------------------------------------------------
    def datums(self, *, include_excluded: bool = True) -> list[Datum]:
        sql = "SELECT * FROM datums"
        if not include_excluded:
            sql += " WHERE excluded = 0"
        sql += " ORDER BY collected_at DESC, id DESC"
        return [_row_to_datum(r) for r in self.db.query(sql)]

    def count_datums(self) -> int:
        return next(iter(self.db.query("SELECT count(*) AS n FROM datums")))["n"]

    def counts(self) -> tuple[int, int, int]:
        """(items in the cart, products on the wishlist, data points): the top bar's
        figures, in one statement (it asks after every write)."""
        row = self.db.execute(
            "SELECT (SELECT coalesce(sum(qty), 0) FROM cart),"
            " (SELECT count(*) FROM datums WHERE kind = 'wishlist'),"
            " (SELECT count(*) FROM datums)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def datum(self, datum_id: int) -> Datum | None:
        rows = list(self.db.query("SELECT * FROM datums WHERE id = ?", [datum_id]))
        return _row_to_datum(rows[0]) if rows else None

    def datum_ids_for_product(self, product_id: str) -> list[int]:
        return [
            r["id"] for r in self.db.query("SELECT id FROM datums WHERE product_id = ?", [product_id])
        ]

    def datum_ids_for_topic(self, topic: str) -> list[int]:
        """Every data point about a catalog category: its products, a declared interest in it,
        and searches that name it or whose best matches are in it (see Datum.concerns)."""
        return [d.id for d in self.datums() if d.concerns(self.catalog, topic)]

    def receipts(self) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM receipts ORDER BY id")
        return [{**r, "counts": json.loads(r["counts"])} for r in rows]

    # --- recording ----------------------------------------------------------------------
    def _insert_datum(
        self,
        kind: str,
        *,
        product_id: str | None,
        text: str | None,
        value: float | None,
        where: str,
        at: datetime | None,
    ) -> Datum | None:
        if kind not in KINDS:
            raise ValueError(f"unknown data point kind {kind!r}")
        if kind in PRODUCT_KINDS and product_id not in self.catalog.by_id:
            raise ValueError(f"{kind} needs a product in the catalog, not {product_id!r}")
        category = KINDS[kind][0]
        if not self.may_collect(category):
            return None
        if not self.sensitive_allowed(self.topic_of(kind, product_id, text)):
            return None
        collected_at = format_time(at or self.clock.now())
        cursor = self.db.execute(
            "INSERT INTO datums (kind, product_id, text, value, collected_at, collected_where,"
            " consent_category) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [kind, product_id, text, value, collected_at, where, category],
        )
        return self.datum(cursor.lastrowid)

    def topic_of(self, kind: str, product_id: str | None, text: str | None) -> str | None:
        """The catalog category a data point would be about (see :meth:`Datum.topic`)."""
        if product_id:
            product = self.catalog.get(product_id)
            return product.category if product else None
        if kind == "declared_interest":
            return text
        if kind == "search" and text:
            probe = Datum(0, kind, None, text, None, self.clock.now(), "", "searches")
            return probe.topic(self.catalog)
        return None

    def record(
        self,
        kind: str,
        *,
        product_id: str | None = None,
        text: str | None = None,
        value: float | None = None,
        where: str = "",
        at: datetime | None = None,
    ) -> Datum | None:
        """Store one data point (or nothing, when its category is not collected)."""
        with self.db.atomic():
            datum = self._insert_datum(
                kind, product_id=product_id, text=text, value=value, where=where, at=at
            )
        if datum:
            self._changed(action="record", datum_ids=[datum.id])
        return datum

    def record_many(self, rows: Iterable[dict[str, Any]]) -> list[int]:
        """Insert many data points in one transaction (personas, benchmarks)."""
        ids = []
        with self.db.atomic():
            for row in rows:
                d = self._insert_datum(
                    row["kind"],
                    product_id=row.get("product_id"),
                    text=row.get("text"),
                    value=row.get("value"),
                    where=row.get("where", ""),
                    at=row.get("at"),
                )
                if d:
                    ids.append(d.id)
        self._changed(action="record", datum_ids=ids)
        return ids

    # --- shop actions -------------------------------------------------------------------
    def cart(self) -> list[tuple[str, int]]:
        return [(r["product_id"], r["qty"]) for r in self.db.query("SELECT * FROM cart ORDER BY rowid")]

    def add_to_cart(self, product_id: str, where: str = "product page") -> Datum | None:
        with self.db.atomic():
            datum = self._insert_datum(
                "cart_add", product_id=product_id, text=None, value=1, where=where, at=None
            )
            existing = list(self.db.query("SELECT qty FROM cart WHERE product_id = ?", [product_id]))
            if existing:
                self.db.execute("UPDATE cart SET qty = qty + 1 WHERE product_id = ?", [product_id])
            elif datum:
                self.db.execute(
                    "INSERT INTO cart (product_id, qty, datum_id) VALUES (?, 1, ?)",
                    [product_id, datum.id],
                )
        self._changed(action="cart", datum_ids=[datum.id] if datum else [])
        return datum

    def remove_from_cart(self, product_id: str) -> None:
        self.db.execute("DELETE FROM cart WHERE product_id = ?", [product_id])
        self._changed(action="cart", datum_ids=[])

    def checkout(self, where: str = "checkout") -> tuple[str, list[int]]:
        """Turn the cart into an order: one purchase data point per line; empties the cart."""
        lines = self.cart()
        if not lines:
            raise ValueError("The cart is empty.")
        now = self.clock.now()
        order_ref = "order-" + now.strftime("%Y%m%d-%H%M%S")
        ids = []
        with self.db.atomic():
            for product_id, qty in lines:
                d = self._insert_datum(
                    "purchase", product_id=product_id, text=order_ref, value=qty, where=where, at=now
                )
                if d:
                    ids.append(d.id)
            self.db.execute("DELETE FROM cart")
        self._changed(action="checkout", datum_ids=ids)
        return order_ref, ids

    def wishlist(self) -> list[str]:
        return [
            r["product_id"]
            for r in self.db.query(
                "SELECT product_id FROM datums WHERE kind = 'wishlist' ORDER BY collected_at DESC"
            )
        ]

    def toggle_wishlist(self, product_id: str, where: str = "product page") -> bool:
        """Add to or remove from the wishlist; returns True when it is now on the list."""
        ids = [
            r["id"]
            for r in self.db.query(
                "SELECT id FROM datums WHERE kind = 'wishlist' AND product_id = ?", [product_id]
            )
        ]
        if ids:
            self.delete_datums(ids, action="remove", scope="wishlist")
            return False
        return self.record("wishlist", product_id=product_id, where=where) is not None

    def rating_of(self, product_id: str) -> int | None:
        rows = list(
            self.db.query(
                "SELECT value FROM datums WHERE kind = 'rating' AND product_id = ?", [product_id]
            )
        )
        return int(rows[0]["value"]) if rows else None

    def rate(self, product_id: str, stars: int, where: str = "product page") -> Datum | None:
        if not 1 <= stars <= 5:
            raise ValueError(f"A rating is 1 to 5 stars, not {stars!r}")
        old = [
            r["id"]
            for r in self.db.query(
                "SELECT id FROM datums WHERE kind = 'rating' AND product_id = ?", [product_id]
            )
        ]
        with self.db.atomic():
            if old:
                self.delete_rows(old)
            datum = self._insert_datum(
                "rating", product_id=product_id, text=None, value=float(stars), where=where, at=None
            )
        self._changed(action="record", datum_ids=[datum.id] if datum else [], deleted_ids=old)
        return datum

    # --- control ------------------------------------------------------------------------
    def set_excluded(self, datum_ids: Iterable[int], excluded: bool) -> list[int]:
        ids = list(datum_ids)

        def write(db: sqlite_utils.Database) -> dict[str, Any]:
            for i in ids:
                db.execute("UPDATE datums SET excluded = ? WHERE id = ?", [int(excluded), i])
            return {"action": "exclude" if excluded else "include", "datum_ids": ids}

        self._write_and_notify(write)
        return ids

    def delete_rows(self, ids: list[int]) -> Counter[str]:
        """Delete data points (and their cascades) inside the caller's transaction, with no
        receipt and no notification: the building block of delete_datums and erase."""
        counts: Counter[str] = Counter()
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"SELECT kind, count(*) AS n FROM datums WHERE id IN ({marks}) GROUP BY kind", chunk
            ):
                counts[r["kind"]] += r["n"]
            self.db.execute(f"DELETE FROM datums WHERE id IN ({marks})", chunk)
        return counts

    def delete_datums(
        self, datum_ids: Iterable[int], *, action: str = "forget", scope: str = "data point"
    ) -> dict[str, Any]:
        """Delete data points for real, with everything that cascades from them.

        Returns a content-free receipt: what kind, how many, when. The receipt is stored in
        the same transaction as the deletion.
        """
        ids = sorted(set(datum_ids))
        check_scope(scope)  # before the hooks: nothing happens for a wrong scope
        self.before_delete(ids)

        def write(db: sqlite_utils.Database) -> dict[str, Any]:
            receipt = self.write_receipt(action, scope, self.delete_rows(ids))
            return {"action": "delete", "deleted_ids": ids, "receipt": receipt}

        return self._write_and_notify(write)["receipt"]

    def _write_and_notify(
        self, write: Callable[[sqlite_utils.Database], dict[str, Any]]
    ) -> dict[str, Any]:
        """Run ``write`` (it returns the change to announce) in one transaction, commit it,
        and only then tell the observers. A failed write or commit rolls back and tells no
        one, so no screen shows a change that is not on disk."""
        with self.db.atomic():
            change = write(self.db)
        self._changed(**change)
        return change

    def before_delete(self, ids: list[int]) -> None:
        """Tell the on_before_delete hooks which data points are about to go."""
        for callback in list(self._before_delete):
            callback(ids)

    def write_receipt(
        self, action: str, scope: str, counts: Mapping[str, int], *, always: bool = False
    ) -> dict[str, Any]:
        """Record that something was deleted: kind and count, never content. ``scope`` is
        one of RECEIPT_SCOPES (a kind, never a name). Unless ``always``, nothing is written
        when nothing was deleted (the receipt's id is None)."""
        check_scope(scope)
        at = format_time(self.clock.now())
        clean = {k: v for k, v in sorted(counts.items()) if v}
        receipt_id = None
        if clean or always:
            cursor = self.db.execute(
                "INSERT INTO receipts (at, action, scope, counts) VALUES (?, ?, ?, ?)",
                [at, action, scope, json.dumps(clean)],
            )
            receipt_id = cursor.lastrowid
        return {"id": receipt_id, "at": at, "action": action, "scope": scope,
                "counts": clean, "total": sum(clean.values())}
