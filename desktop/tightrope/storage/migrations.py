"""The schema, as an ordered list of small named migrations (applied when a store opens).

Never edit a migration once shipped: add the next one. ``tightrope.storage.store`` applies
them; :mod:`tightrope.storage.faults` refuses a database with one this version does not know.
"""

from __future__ import annotations

from tightrope.storage.sqlite_layer import Migrations, sqlite_utils

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


@migrations()
def m008_create_corrections(db: sqlite_utils.Database) -> None:
    # Rectification (GDPR Art. 16): a fact the user corrected (city, age band, a declared
    # interest) is changed in place; this table records *that* and *when* it was corrected,
    # never the old value (a wrong fact is still a fact about the user). It goes with its
    # data point (cascade), so forgetting the fact forgets its corrections too.
    db.execute(
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            datum_id INTEGER NOT NULL REFERENCES datums(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            collected_where TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX corrections_datum ON corrections(datum_id)")
