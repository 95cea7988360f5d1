"""Bulk forgetting, "erase everything", and the verification that deleted content is gone.

Follows docs/../shared/guide/deletion.md: deletion goes through :meth:`Store.delete_datums`
(one transaction, foreign keys on, cascades, a content-free receipt); the database runs a
DELETE-mode rollback journal (no WAL) with ``secure_delete`` read back on every connection;
there is no full-text index and no ANALYZE statistics. :func:`verify` checks those settings
again and scans every file in the data folder *from a subprocess* for the deleted content.

The content to look for ("needles") is collected by the caller *before* deleting and kept in
memory only; it is handed to the scanner on its standard input, never written anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.i18n import translator
from tightrope.privacy import consent, partners, pseudonyms, scan
from tightrope.storage import faults
from tightrope.storage.datums import CONSENT_CATEGORIES

tr = translator("Erase")

if TYPE_CHECKING:
    from tightrope.paths import DataDir
    from tightrope.storage.store import Store

MIN_NEEDLE = 4  # shorter strings match by chance
# Meta keys that are personal or derived from personal data; erase-everything removes them.
PERSONAL_META = (
    consent.META_STATE,
    consent.META_SENSITIVE_OPT_IN,
    consent.META_LEVEL,
    consent.META_PAUSED,
    *pseudonyms.KEYS,
    partners.META_DO_NOT_SELL,
    "persona",
)


# --- bulk forgetting -----------------------------------------------------------------------


def ids_in_category(store: Store, category: str) -> list[int]:
    if category not in CONSENT_CATEGORIES:
        raise ValueError(f"there is no data category {category!r}")
    return [
        r["id"]
        for r in store.db.query("SELECT id FROM datums WHERE consent_category = ?", [category])
    ]


def ids_between(store: Store, start: datetime, end: datetime | None = None) -> list[int]:
    end = end or store.clock.now()
    return [
        r["id"]
        for r in store.db.query(
            "SELECT id FROM datums WHERE collected_at >= ? AND collected_at <= ?",
            [format_time(start), format_time(end)],
        )
    ]


# --- needles ---------------------------------------------------------------------------------


def _catalog_blob(store: Store) -> bytes:
    """The catalog's words that the data folder holds anyway (the ``products`` table mirrors
    each product's id, name, brand and department id; data points name their consent
    category), made once per catalog: every deletion asks for it. Department *names*
    ("Pregnancy & baby") are not stored, so they stay checkable."""
    catalog = store.catalog
    known = _BLOBS.get(id(catalog))
    if known is not None and known[0] is catalog:
        return known[1]
    parts: list[str] = []
    for p in catalog.products:
        parts += [p.id, p.name, p.brand, p.category]
    parts += list(CONSENT_CATEGORIES)
    blob = "\n".join(parts).encode()
    if len(_BLOBS) > 8:
        _BLOBS.clear()
    _BLOBS[id(catalog)] = (catalog, blob)
    return blob


_BLOBS: dict[int, tuple[Any, bytes]] = {}


@dataclass
class Needles:
    """Deleted content to look for, in memory only. ``uncheckable`` counts strings that also
    occur in the shop's catalog (a byte scan cannot tell them apart)."""

    values: list[bytes] = field(default_factory=list)
    uncheckable: int = 0
    # Row ids and product ids of the deleted data points: a byte scan cannot look for a
    # number, so the scanner reads the folder's JSON files (session logs, anything else
    # written as JSON) and looks for them as values (docs/user-study.md: a log holds none).
    ids: list[int] = field(default_factory=list)
    product_ids: list[str] = field(default_factory=list)

    def __repr__(self) -> str:  # never print the content
        return (
            f"Needles({len(self.values)} strings, {len(self.ids)} ids, "
            f"{len(self.product_ids)} product ids, {self.uncheckable} uncheckable)"
        )

    @property
    def count(self) -> int:
        """How many things the scan looks for (strings, ids, product ids)."""
        return len(self.values) + len(self.ids) + len(self.product_ids)


def needles_for(
    store: Store, datum_ids: Iterable[int] | None = None, extra: Iterable[str] = ()
) -> Needles:
    """The free text of these data points (all, by default), the names of the topics they
    are about (a forget must not leave "Pregnancy & baby" behind in a receipt or a log),
    plus extra strings. A topic name that a data point staying behind quotes (a search for
    it) is left out: that copy is meant to stay."""
    if datum_ids is None:
        rows = list(store.db.query("SELECT id, kind, product_id, text FROM datums"))
    else:
        ids = list(datum_ids)
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += store.db.query(
                f"SELECT id, kind, product_id, text FROM datums WHERE id IN ({marks})", chunk
            )
    texts = [r["text"] for r in rows if r["text"] is not None]
    names: set[str] = set()
    for r in rows:
        category = store.catalog.category_by_id.get(
            store.topic_of(r["kind"], r["product_id"], r["text"]) or ""
        )
        if category is not None:
            names.add(category.name)
    if datum_ids is not None:
        going = set(ids)
        names = {
            n
            for n in names
            if all(
                r["id"] in going
                for r in store.db.query("SELECT id FROM datums WHERE instr(text, ?) > 0", [n])
            )
        }
    blob = _catalog_blob(store)
    out = Needles(
        ids=sorted(r["id"] for r in rows),
        product_ids=sorted({r["product_id"] for r in rows if r["product_id"]}),
    )
    for text in sorted({*texts, *names, *extra}):
        b = text.encode()
        if len(b) < MIN_NEEDLE:
            continue
        if b in blob:
            out.uncheckable += 1
        else:
            out.values.append(b)
    return out


# --- erase everything (tightrope.operations.erase does it) --------------------------------------


@dataclass
class EraseResult:
    receipt: dict[str, Any]
    needles: Needles  # in memory only: for verify()
    kept_consent_history: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "receipt": self.receipt,
            "kept_consent_history": self.kept_consent_history,
            "needles": self.needles.count,
            "uncheckable": self.needles.uncheckable,
        }


def database_folder(store: Store) -> Path | None:
    """The folder of the store's database file (None for an in-memory database)."""
    for row in store.db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent
    return None


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


# --- verification ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One deletion safeguard read back: ``name`` and ``detail`` are the technical facts (for
    a facilitator's "Details"); :attr:`plain` says what it protects in everyday words."""

    name: str
    ok: bool
    detail: str

    @property
    def plain(self) -> str:
        return tr(PLAIN_CHECKS[self.name]) if self.name in PLAIN_CHECKS else self.name


# What each safeguard means to a participant (no "secure_delete", no "ANALYZE statistics").
PLAIN_CHECKS: dict[str, str] = {
    "secure_delete": tr.mark("Deleted data is overwritten, not just marked as free space"),
    "journal mode": tr.mark("Changes go straight into the database, with no extra log of them"),
    "foreign keys": tr.mark("Anything copied from deleted data is deleted with it"),
    "journal files": tr.mark("No temporary files are left behind"),
    "no ANALYZE statistics": tr.mark("No statistics that keep samples of your data"),
    "no full-text index": tr.mark("No search index that keeps your words"),
    "no quarantined copies": tr.mark("No damaged copies of the database kept aside"),
}


@dataclass(frozen=True)
class VerifyReport:
    files: tuple[dict[str, Any], ...]  # file, bytes, found (how many needles: never which)
    checks: tuple[Check, ...]
    needles: int
    uncheckable: int

    @property
    def clean(self) -> bool:
        return all(f["found"] == 0 for f in self.files) and all(c.ok for c in self.checks)

    def summary(self) -> str:
        dirty = [f for f in self.files if f["found"]]
        failed = [c for c in self.checks if not c.ok]
        if not dirty and not failed:
            return tr(
                "Verified: none of the {needles} deleted strings and ids is in any of "
                "the %n file(s) in the data folder, and every deletion safeguard is on.",
                n=len(self.files),
            ).format(needles=self.needles)
        parts = [
            tr("{file} still holds %n of them", n=f["found"]).format(file=f["file"]) for f in dirty
        ]
        parts += [
            tr("not true: {check}").format(check=c.plain.lower()[:1] + c.plain[1:]) for c in failed
        ]
        return tr("Not verified: {problems}.").format(problems="; ".join(parts))

    def to_json(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "summary": self.summary(),
            "needles": self.needles,
            "uncheckable": self.uncheckable,
            "files": list(self.files),
            "checks": [
                {"name": c.name, "plain": c.plain, "ok": c.ok, "detail": c.detail}
                for c in self.checks
            ],
        }


def _checks(store: Store, data_dir: DataDir) -> list[Check]:
    db = store.db
    sd = db.execute("PRAGMA secure_delete").fetchone()[0]
    jm = db.execute("PRAGMA journal_mode").fetchone()[0]
    fk = db.execute("PRAGMA foreign_keys").fetchone()[0]
    names = [r["name"] for r in db.query("SELECT name FROM sqlite_master")]
    stats = [n for n in names if n.startswith("sqlite_stat")]
    fts = [
        r["name"]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%VIRTUAL TABLE%USING fts%'"
        )
    ]
    db_name = data_dir.database.name
    quarantined = faults.quarantined_files(data_dir.root)
    leftovers = [
        p.name
        for p in data_dir.files()
        if p.name in (f"{db_name}-wal", f"{db_name}-journal", f"{db_name}-shm")
    ]
    return [
        Check("secure_delete", sd == 1, f"read back {sd} (1 overwrites deleted content)"),
        Check("journal mode", str(jm).lower() == "delete", f"{jm} (rollback journal, no WAL)"),
        Check("foreign keys", fk == 1, f"read back {fk} (cascades delete copies)"),
        Check(
            "journal files", not leftovers, "none left" if not leftovers else ", ".join(leftovers)
        ),
        Check("no ANALYZE statistics", not stats, "none" if not stats else ", ".join(stats)),
        Check("no full-text index", not fts, "none" if not fts else ", ".join(fts)),
        Check(
            "no quarantined copies",
            not quarantined,
            "none"
            if not quarantined
            else f"{len(quarantined)} damaged database file(s) in {faults.QUARANTINE_DIRNAME}/",
        ),
    ]


def verify(store: Store, data_dir: DataDir, needles: Needles) -> VerifyReport:
    """Scan every file in the data folder, from a separate process, for the needles."""
    import subprocess  # (not for a start's imports)

    out = subprocess.run(
        scan.command(data_dir.root),
        input=json.dumps(
            {
                "strings": [n.hex() for n in needles.values],
                "ids": needles.ids,
                "product_ids": needles.product_ids,
            }
        ),
        capture_output=True,
        text=True,
        check=True,
    )
    files = tuple(json.loads(out.stdout))
    return VerifyReport(files, tuple(_checks(store, data_dir)), needles.count, needles.uncheckable)
