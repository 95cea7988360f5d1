"""Erase everything, and restore an export into a fresh data folder."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from tightrope import paths
from tightrope.clock import format_time
from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed
from tightrope.operations.retention import delete_expired
from tightrope.privacy import erase, partners, pseudonyms
from tightrope.privacy.consent import META_LEVEL, META_PAUSED, META_SENSITIVE_OPT_IN, META_STATE
from tightrope.privacy.restore import ExportDoc, RestoreError, is_fresh
from tightrope.storage import faults
from tightrope.storage.store import RECEIPT_SCOPES, scope_kind

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender
    from tightrope.storage.store import Store


def _count(store: Store, table: str) -> int:
    return next(iter(store.db.query(f"SELECT count(*) AS n FROM {table}")))["n"]


def erase_everything(rec: Recommender, keep_consent_history: bool = False) -> Changes:
    """Delete all personal data and everything derived from it, in one transaction.

    Data points (and cascades: cart), consent state (the consent screen returns), consent
    history unless the user keeps it, blocked topics, the data-use log, retention choices,
    the personalization level, the partner key, "do not sell" and the persona name. The
    receipts log keeps counts only and gains one receipt for this erase. Damaged databases
    moved aside into ``quarantine/`` are overwritten and deleted right after the commit, and
    Qt's file-dialog history (``qt/``: the folders exports were saved to) is deleted.
    ``changes.result`` is an :class:`~tightrope.privacy.erase.EraseResult` (its needles, in
    memory only, are for :func:`~tightrope.privacy.erase.verify`).
    """
    store = rec.store
    folder = erase.database_folder(store)
    quarantined = len(faults.quarantined_files(folder)) if folder else 0
    # Qt's file dialogs remember the folders they saw (an export's) in the data folder
    # (tightrope.ui.file_dialogs), not in ~/.config: erase reaches them.
    dialog_state = erase.files_under(folder / paths.QT_STATE_DIRNAME) if folder else []
    extra = [v for k in pseudonyms.KEYS if (v := store.get_meta(k))]
    if extra:
        extra.append(partners.pseudonymous_id(store))
    # A receipt from before receipts kept kinds only (restored from an old export) may
    # still name what it deleted: look for that name too, and keep only the kind.
    named = [
        r
        for r in store.db.query("SELECT id, scope FROM receipts")
        if r["scope"] not in RECEIPT_SCOPES
    ]
    extra += [r["scope"] for r in named]
    needles = erase.needles_for(store, None, extra)
    ids = [r["id"] for r in store.db.query("SELECT id FROM datums")]
    store.before_delete(ids)
    meta = list(erase.PERSONAL_META)

    def write() -> Changes:
        counts: Counter[str] = Counter()
        counts.update(store.delete_rows(ids))
        counts["cart line"] = _count(store, "cart")
        store.db.execute("DELETE FROM cart")
        if not keep_consent_history:
            counts["consent change"] = _count(store, "consent_history")
            store.db.execute("DELETE FROM consent_history")
        counts["blocked topic"] = _count(store, "blocked_topics")
        counts["data-use entry"] = _count(store, "data_use")
        counts["retention setting"] = _count(store, "retention")
        for table in ("blocked_topics", "data_use", "retention"):
            store.db.execute(f"DELETE FROM {table}")
        marks = ",".join("?" * len(meta))
        counts["setting"] = next(
            iter(store.db.query(f"SELECT count(*) AS n FROM meta WHERE key IN ({marks})", meta))
        )["n"]
        store.db.execute(f"DELETE FROM meta WHERE key IN ({marks})", meta)
        for r in named:
            store.db.execute(
                "UPDATE receipts SET scope = ? WHERE id = ?", [scope_kind(r["scope"]), r["id"]]
            )
        counts["quarantined copy"] = quarantined
        counts["file dialog history"] = len(dialog_state)
        receipt = store.write_receipt("erase", "everything", counts, always=True)
        result = erase.EraseResult(receipt, needles, keep_consent_history)
        return Changes("erase", deleted=tuple(ids), everything=True, receipt=receipt, result=result)

    # the data-use log's buffer goes only with the erase on disk: a failed one loses nothing
    with store.db.atomic():
        changes = write()
    rec.data_use.discard()
    if folder is not None:
        # Damaged databases moved aside at start (tightrope.storage.faults) hold personal data too.
        faults.remove_quarantine(folder)
    for f in dialog_state:
        f.unlink(missing_ok=True)
    from tightrope.engine import community_cache  # (numpy: not for a start's imports)

    community_cache.forget()  # not personal, but the app's too: it goes with the data
    store.publish(changes)
    return changes


def restore(store: Store, doc: ExportDoc) -> Changes:
    """Write a checked export into a fresh store, in one transaction, then delete what has
    expired since it was exported (receipts). ``changes.result`` is the summary the command
    line prints (file, data_points, consent_decided, consent_changes, receipts,
    expired_on_restore)."""
    if not is_fresh(store):
        raise RestoreError(
            f"the data folder already holds personal data ({store.count_datums()} data points or a "
            "consent decision); an export is only restored into a fresh one, so nothing was "
            "mixed. Use a new folder with --data-dir, or erase this one first",
            doc.file,
        )
    db = store.db

    def write() -> Changes:
        for d in doc.data_points:
            db.execute(
                "INSERT INTO datums (id, kind, product_id, text, value, collected_at, collected_where,"
                " consent_category, excluded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    d["id"],
                    d["kind"],
                    d["product_id"],
                    d["text"],
                    d["value"],
                    d["collected_at"],
                    d["collected_where"],
                    d["consent_category"],
                    int(d["excluded"]),
                ],
            )
        if doc.consent_state is not None:
            store.set_meta(META_STATE, json.dumps(doc.consent_state, sort_keys=True))
            opt_in = sorted(k for k, v in doc.consent_state["sensitive"].items() if v)
            store.set_meta(META_SENSITIVE_OPT_IN, json.dumps(opt_in))
        if doc.level is not None:
            store.set_meta(META_LEVEL, doc.level)
        if doc.paused is not None:
            store.set_meta(META_PAUSED, "1" if doc.paused else "0")
        if doc.do_not_sell is not None:
            store.set_meta(partners.META_DO_NOT_SELL, "1" if doc.do_not_sell else "0")
        for h in doc.consent_history:
            db.execute(
                "INSERT INTO consent_history (at, category, granted, collected_where) "
                "VALUES (?, ?, ?, ?)",
                [h["at"], h["category"], h["granted"], h["collected_where"]],
            )
        for c in doc.corrections:
            db.execute(
                "INSERT INTO corrections (datum_id, at, collected_where) VALUES (?, ?, ?)",
                [c["datum_id"], c["at"], c["collected_where"]],
            )
        for topic in doc.blocked_topics:
            db.execute(
                "INSERT INTO blocked_topics (topic, at) VALUES (?, ?)",
                [topic, format_time(store.clock.now())],
            )
        for r in doc.receipts:
            db.execute(
                "INSERT INTO receipts (at, action, scope, counts) VALUES (?, ?, ?, ?)",
                [r["at"], r["action"], r["scope"], r["counts"]],
            )
        for category, days in doc.retention.items():
            db.execute("INSERT INTO retention (category, days) VALUES (?, ?)", [category, days])
        for e in doc.data_use:
            db.execute(
                "INSERT INTO data_use (minute, source, computations, data_points) VALUES (?, ?, ?, ?)",
                [e["minute"], e["source"], e["computations"], e["data_points"]],
            )
        deleted, expired = delete_expired(store)
        summary = {
            "file": doc.file,
            "data_points": len(doc.data_points),
            "consent_decided": doc.consent_state is not None,
            "consent_changes": len(doc.consent_history),
            "receipts": len(doc.receipts),
            "expired_on_restore": sum(r["total"] for r in expired),
        }
        added = tuple(d for d in store.datums())
        return Changes(
            "restore",
            added=added,
            deleted=deleted,
            expired=expired,
            everything=True,
            result=summary,
        )

    return committed(store, write)
