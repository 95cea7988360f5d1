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
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tightrope.catalog import Catalog
from tightrope.clock import Clock, format_time, parse_time
from tightrope.storage.datums import KINDS, PRODUCT_KINDS, Datum
from tightrope.storage.migrations import migrations
from tightrope.storage.sqlite_layer import sqlite_utils

if TYPE_CHECKING:
    from tightrope.operations.changes import Changes, Listener

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
    "data point",
    "product",
    "topic",
    "category",
    "evidence",
    "time range",
    "withdrawn categories",
    "wishlist",
    "retention",
    "everything",
    "smallest set",
    "recently viewed",
    "other",
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
        raise ValueError(
            f"a receipt's scope is a kind ({', '.join(RECEIPT_SCOPES)}), never "
            f"a name: not {scope!r}"
        )
    return scope


class StoreError(Exception):
    """The database cannot be used; the message says why and names the file."""


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
    # No sqlite-utils plugins: none is wanted on this connection (it keeps deleted data
    # deleted), and looking for them read every installed package's metadata at start-up.
    return sqlite_utils.Database(conn, execute_plugins=False)


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
    """Personal data over one database: reads, and the building blocks writes are made of.
    Not thread-safe: one per thread.

    Writes are operations (:mod:`tightrope.operations`): each runs its statements through
    these building blocks in one transaction, commits (durably: ``synchronous=FULL``), and
    only then calls :meth:`publish` with one typed :class:`~tightrope.operations.changes.Changes`,
    which every listener (:meth:`subscribe`: the recommender's cache, the window's one
    ``changed`` signal) receives. A write that fails (locked, disk full, read-only) rolls back
    and tells no one.
    """

    def __init__(self, db: sqlite_utils.Database, catalog: Catalog, clock: Clock | None = None):
        self._db = db
        self.catalog = catalog
        # One transaction for every pending migration: one durable commit, not one per
        # migration (a new database's schema: ~90 -> ~12 ms), and all of them or none.
        with db.atomic():
            migrations.apply(db)
        self._sync_catalog()
        offset = self.get_meta("clock_offset_days")
        self.clock = clock or Clock(float(offset) if offset else 0.0)
        self._listeners: list[Listener] = []
        # Called with the ids just before they are deleted (e.g. so "Verify" knows, in
        # memory only, what to look for afterwards).
        self._before_delete: list[Callable[[list[int]], None]] = []
        # Hook for consent (data minimisation): returns False for a category that must not be
        # collected; record() then stores nothing. By default it is the consent decision in
        # force, so nothing personal is recorded before the user has chosen.
        self.may_collect: Callable[[str], bool] = self.consented
        self._before_close: list[Callable[[], object]] = []

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

    # --- listeners ----------------------------------------------------------------------
    def subscribe(self, callback: Listener) -> None:
        """Call ``callback`` with every operation's Changes, after its commit."""
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[..., None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)
        if callback in self._before_delete:
            self._before_delete.remove(callback)

    def on_before_delete(self, callback: Callable[[list[int]], None]) -> None:
        self._before_delete.append(callback)

    def publish(self, changes: Changes) -> None:
        """Tell every listener what an operation changed. Called by the operations only,
        and only once their transaction has committed."""
        for callback in list(self._listeners):
            callback(changes)

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
        columns = list(rows[0]) if rows else []
        upsert = (
            f"INSERT INTO products ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        )
        with self.db.atomic():
            # an upsert, never a replace: replacing a row would cascade to its data points
            if rows:
                self.db.conn.executemany(upsert, [list(r.values()) for r in rows])
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
            r["id"]
            for r in self.db.query("SELECT id FROM datums WHERE product_id = ?", [product_id])
        ]

    def datum_ids_for_topic(self, topic: str) -> list[int]:
        """Every data point about a catalog category: its products, a declared interest in it,
        and searches that name it or whose best matches are in it (see Datum.concerns)."""
        return [d.id for d in self.datums() if d.concerns(self.catalog, topic)]

    def receipts(self) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM receipts ORDER BY id")
        return [{**r, "counts": json.loads(r["counts"])} for r in rows]

    # --- recording ----------------------------------------------------------------------
    def insert_datum(
        self,
        kind: str,
        *,
        product_id: str | None,
        text: str | None,
        value: float | None,
        where: str,
        at: datetime | None,
    ) -> Datum | None:
        """Insert one data point inside the caller's transaction (no commit, no listener
        told): the building block of :mod:`tightrope.operations.record`. Nothing is stored,
        and None returned, when its category may not be collected."""
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
        assert cursor.lastrowid is not None  # an INSERT just made it
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

    # --- shop state -----------------------------------------------------------------------
    def cart(self) -> list[tuple[str, int]]:
        return [
            (r["product_id"], r["qty"]) for r in self.db.query("SELECT * FROM cart ORDER BY rowid")
        ]

    def wishlist(self) -> list[str]:
        return [
            r["product_id"]
            for r in self.db.query(
                "SELECT product_id FROM datums WHERE kind = 'wishlist'"
                " ORDER BY collected_at DESC, id DESC"
            )
        ]

    def rating_ids(self, product_id: str) -> list[int]:
        return [
            r["id"]
            for r in self.db.query(
                "SELECT id FROM datums WHERE kind = 'rating' AND product_id = ?", [product_id]
            )
        ]

    def wishlist_ids(self, product_id: str) -> list[int]:
        return [
            r["id"]
            for r in self.db.query(
                "SELECT id FROM datums WHERE kind = 'wishlist' AND product_id = ?", [product_id]
            )
        ]

    def datum_ids_of_kind(self, kind: str) -> list[int]:
        return [r["id"] for r in self.db.query("SELECT id FROM datums WHERE kind = ?", [kind])]

    def rating_of(self, product_id: str) -> int | None:
        rows = list(
            self.db.query(
                "SELECT value FROM datums WHERE kind = 'rating' AND product_id = ?", [product_id]
            )
        )
        return int(rows[0]["value"]) if rows else None

    def delete_rows(self, ids: list[int]) -> Counter[str]:
        """Delete data points (and their cascades) inside the caller's transaction, with no
        receipt and no listener told: the building block of every operation that deletes."""
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
        return {
            "id": receipt_id,
            "at": at,
            "action": action,
            "scope": scope,
            "counts": clean,
            "total": sum(clean.values()),
        }
