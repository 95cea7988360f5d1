"""Restore from an export: read the JSON that ``tightrope export`` writes back into a fresh
database (after a damaged one was moved aside, or into a new data folder).

The file is checked completely before anything is written; a fault is one sentence naming
the file, line and field (``export.json, line 40, data_points[3].kind: ...``). The restore
itself is one transaction: all of it or nothing. What comes back: the data points (with
their ids, times, where collected and "not used" marks), consent state and history, blocked
topics, deletion receipts, retention choices, the personalization level, pause, "do not
sell" and the data-use log. Derived sections (inferred interests, the partner view, the
summary) are recomputed, not read. The partner key is never exported, so a new one is made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tightrope.catalog import Catalog
from tightrope.clock import format_time, parse_time
from tightrope.privacy import consent, export, retention
from tightrope.storage.datums import CONSENT_CATEGORIES, KINDS, PRODUCT_KINDS
from tightrope.storage.jsonfile import JsonChecker, JsonFileError, JsonPath, parse_json, read_text
from tightrope.storage.store import scope_kind

if TYPE_CHECKING:
    from tightrope.storage.store import Store

MAX_TEXT = 10_000
MAX_ID = 2**53

DATA_POINT_REQUIRED = (
    "id",
    "kind",
    "product_id",
    "text",
    "value",
    "collected_at",
    "collected_where",
    "consent_category",
    "excluded",
)
DATA_POINT_DERIVED = ("label", "topic")
TOP_LEVEL = (
    "format",
    "app",
    "exported_at",
    "data_points",
    "inferred_interests",
    "suppressed_inferences",
    "consent",
    "consent_history",
    "exclusions",
    "deletion_receipts",
    "retention",
    "data_use_log",
    "partner_view",
    "how_your_data_is_used",
    "corrections",
    "how_recommendations_work",
)


class RestoreError(JsonFileError):
    """The export cannot be restored; the message names the file, line and field."""


@dataclass
class ExportDoc:
    """A checked export, ready to restore. Only what is restored is kept."""

    file: str
    data_points: list[dict[str, Any]] = field(default_factory=list)
    consent_state: dict[str, Any] | None = None  # the meta shape, None if undecided
    level: str | None = None
    paused: bool | None = None
    consent_history: list[dict[str, Any]] = field(default_factory=list)
    blocked_topics: list[str] = field(default_factory=list)
    receipts: list[dict[str, Any]] = field(default_factory=list)
    retention: dict[str, int] = field(default_factory=dict)
    data_use: list[dict[str, Any]] = field(default_factory=list)
    do_not_sell: bool | None = None
    corrections: list[dict[str, Any]] = field(default_factory=list)


class _Checker(JsonChecker):
    error = RestoreError

    def __init__(self, path: Path, text: str, catalog: Catalog):
        super().__init__(path, text)
        self.catalog = catalog

    # small typed readers ------------------------------------------------------------------
    def text(self, obj: dict[str, Any], key: str, at: JsonPath, *, empty: bool = True) -> str:
        """A string that may not be null (text_value without null=True never gives None)."""
        value = self.text_value(obj, key, at, empty=empty)
        assert value is not None
        return value

    def text_value(
        self, obj: dict[str, Any], key: str, at: JsonPath, *, empty: bool = True, null: bool = False
    ) -> str | None:
        value = obj[key]
        if value is None and null:
            return None
        if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > MAX_TEXT:
            kind = "a string" + ("" if empty else " (not empty)") + (" or null" if null else "")
            raise self.fail(
                (*at, key),
                f"must be {kind} of at most {MAX_TEXT} characters, not {json.dumps(value)[:40]}",
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape
            raise self.fail(
                (*at, key), f"contains an escape that is not a character ({json.dumps(value)[:40]})"
            ) from None
        return value

    def boolean(self, obj: dict[str, Any], key: str, at: JsonPath) -> bool:
        value = obj[key]
        if not isinstance(value, bool):
            raise self.fail((*at, key), f"must be true or false, not {json.dumps(value)[:40]}")
        return value

    def time(self, obj: dict[str, Any], key: str, at: JsonPath) -> str:
        value = self.text(obj, key, at, empty=False)
        try:
            return format_time(parse_time(value))
        except (ValueError, OverflowError):
            raise self.fail(
                (*at, key),
                f"must be a date and time like 2026-11-29T12:00:00+00:00, "
                f"not {json.dumps(value)[:40]}",
            ) from None

    def number(self, obj: dict[str, Any], key: str, at: JsonPath) -> float | None:
        value = obj[key]
        if value is None:
            return None
        if not self._is_number(value) or abs(value) > 1e15:
            raise self.fail((*at, key), f"must be a number or null, not {json.dumps(value)[:40]}")
        return float(value)

    def items(self, raw: dict[str, Any], key: str, what: str) -> list[Any]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise self.fail((key,), f"must be a list of {what}, not {json.dumps(value)[:40]}")
        return value

    # sections ---------------------------------------------------------------------------
    def data_point(self, i: int, raw: Any, seen: set[int]) -> dict[str, Any]:
        at: JsonPath = ("data_points", i)
        obj = self.fields(raw, at, DATA_POINT_REQUIRED, DATA_POINT_DERIVED, "a data point")
        datum_id = self.whole(obj, "id", at, 1, MAX_ID)
        if datum_id in seen:
            raise self.fail((*at, "id"), f"data point id {datum_id} appears twice")
        seen.add(datum_id)
        kind = obj["kind"]
        if not isinstance(kind, str) or kind not in KINDS:
            raise self.fail(
                (*at, "kind"), f"unknown kind {json.dumps(kind)[:40]} (kinds: {', '.join(KINDS)})"
            )
        product_id = self.text_value(obj, "product_id", at, null=True)
        if kind in PRODUCT_KINDS and product_id is None:
            raise self.fail((*at, "product_id"), f"a {kind} needs a product id")
        if product_id is not None and product_id not in self.catalog.by_id:
            raise self.fail(
                (*at, "product_id"), f"{product_id!r} is not a product in this version's catalog"
            )
        category = obj["consent_category"]
        if category != KINDS[kind][0]:
            raise self.fail(
                (*at, "consent_category"),
                f"a {kind} belongs to {KINDS[kind][0]!r}, not {json.dumps(category)[:40]}",
            )
        return {
            "id": datum_id,
            "kind": kind,
            "product_id": product_id,
            "text": self.text_value(obj, "text", at, null=True),
            "value": self.number(obj, "value", at),
            "collected_at": self.time(obj, "collected_at", at),
            "collected_where": self.text_value(obj, "collected_where", at),
            "consent_category": category,
            "excluded": self.boolean(obj, "excluded", at),
        }

    def switches(
        self, obj: dict[str, Any], key: str, at: JsonPath, known: list[str]
    ) -> dict[str, bool]:
        value = obj[key]
        if not isinstance(value, dict):
            raise self.fail((*at, key), "must be an object of switches (name: true or false)")
        for name, on in value.items():
            if name not in known:
                raise self.fail(
                    (*at, key, name), f"unknown switch {name!r} (switches: {', '.join(known)})"
                )
            if not isinstance(on, bool):
                raise self.fail(
                    (*at, key, name), f"must be true or false, not {json.dumps(on)[:40]}"
                )
        return value

    def consent(self, raw: Any, doc: ExportDoc) -> None:
        at: JsonPath = ("consent",)
        obj = self.fields(
            raw,
            at,
            ("decided", "categories", "sensitive", "personalization_level", "collection_paused"),
            # the browser's signal, not a choice stored here: never restored
            ("global_privacy_control",),
            "the consent state",
        )
        decided = self.boolean(obj, "decided", at)
        cats = self.switches(obj, "categories", at, list(CONSENT_CATEGORIES))
        sens = self.switches(
            obj, "sensitive", at, [c.id for c in self.catalog.sensitive_categories()]
        )
        level = obj["personalization_level"]
        if not isinstance(level, str) or level not in consent.LEVELS:
            raise self.fail(
                (*at, "personalization_level"),
                f"must be one of {', '.join(consent.LEVELS)}, not {json.dumps(level)[:40]}",
            )
        doc.level = level
        doc.paused = self.boolean(obj, "collection_paused", at)
        if decided:
            state = consent.ConsentState(
                {c: cats.get(c) is True for c in CONSENT_CATEGORIES},
                {s.id: sens.get(s.id) is True for s in self.catalog.sensitive_categories()},
                True,
            )
            doc.consent_state = state.to_json()

    def history(self, raw: list[Any]) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(raw):
            at: JsonPath = ("consent_history", i)
            obj = self.fields(
                item, at, ("at", "switch", "granted", "where"), ("label",), "a consent change"
            )
            out.append(
                {
                    "at": self.time(obj, "at", at),
                    "category": self.text_value(obj, "switch", at, empty=False),
                    "granted": int(self.boolean(obj, "granted", at)),
                    "collected_where": self.text_value(obj, "where", at),
                }
            )
        return out

    def corrections(self, raw: list[Any], datum_ids: dict[int, bool]) -> list[dict[str, Any]]:
        """When facts were corrected (tightrope.privacy.rectify): each names a data point
        of the export."""
        out = []
        for i, item in enumerate(raw):
            at: JsonPath = ("corrections", i)
            obj = self.fields(item, at, ("datum_id", "at", "where"), ("kind",), "a correction")
            datum_id = obj["datum_id"]
            if not self._is_whole(datum_id, 1, MAX_ID) or datum_id not in datum_ids:
                raise self.fail(
                    (*at, "datum_id"),
                    f"{json.dumps(datum_id)[:40]} is not a data point of this export",
                )
            out.append(
                {
                    "datum_id": datum_id,
                    "at": self.time(obj, "at", at),
                    "collected_where": self.text_value(obj, "where", at),
                }
            )
        return out

    def exclusions(self, raw: Any, datum_ids: dict[int, bool]) -> list[str]:
        at: JsonPath = ("exclusions",)
        obj = self.fields(raw, at, ("data_points_not_used", "blocked_topics"), (), "the exclusions")
        not_used = self.list_of(obj, "data_points_not_used", at, 0, MAX_ID)
        for i, value in enumerate(not_used):
            if not self._is_whole(value, 1, MAX_ID) or not datum_ids.get(value, False):
                raise self.fail(
                    (*at, "data_points_not_used", i),
                    f'{json.dumps(value)[:40]} is not a data point marked "excluded": true',
                )
        blocked = self.list_of(obj, "blocked_topics", at, 0, 10_000)
        for i, topic in enumerate(blocked):
            if not isinstance(topic, str) or topic not in self.catalog.category_by_id:
                raise self.fail(
                    (*at, "blocked_topics", i),
                    f"{json.dumps(topic)[:40]} is not a catalog department",
                )
        return sorted(set(blocked))

    def receipts(self, raw: list[Any]) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(raw):
            at: JsonPath = ("deletion_receipts", i)
            obj = self.fields(
                item, at, ("id", "at", "action", "scope", "counts"), (), "a deletion receipt"
            )
            self.whole(obj, "id", at, 1, MAX_ID)
            counts = obj["counts"]
            if not isinstance(counts, dict) or not all(
                isinstance(k, str) and self._is_whole(v, 0, MAX_ID) for k, v in counts.items()
            ):
                raise self.fail((*at, "counts"), "must be an object of counts (kind: whole number)")
            out.append(
                {
                    "at": self.time(obj, "at", at),
                    "action": self.text_value(obj, "action", at, empty=False),
                    # an export from before receipts kept kinds only may name
                    # what was deleted ("topic Pregnancy & baby"): keep the kind
                    "scope": scope_kind(self.text(obj, "scope", at)),
                    "counts": json.dumps(dict(sorted(counts.items()))),
                }
            )
        return out

    def retention_periods(self, raw: list[Any]) -> dict[str, int]:
        out: dict[str, int] = {}
        for i, item in enumerate(raw):
            at: JsonPath = ("retention", i)
            obj = self.fields(
                item, at, ("category", "days"), ("label", "default_days"), "a retention period"
            )
            category = obj["category"]
            if not isinstance(category, str) or category not in retention.DEFAULT_DAYS:
                raise self.fail(
                    (*at, "category"), f"unknown data category {json.dumps(category)[:40]}"
                )
            days = self.whole(obj, "days", at, retention.MIN_DAYS, retention.MAX_DAYS)
            if days != retention.DEFAULT_DAYS[category]:
                out[category] = days
        return out

    def data_use(self, raw: list[Any]) -> list[dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for i, item in enumerate(raw):
            at: JsonPath = ("data_use_log", i)
            obj = self.fields(
                item,
                at,
                ("minute", "source", "computations", "data_points"),
                ("label",),
                "a data-use entry",
            )
            key = (self.time(obj, "minute", at), self.text(obj, "source", at, empty=False))
            if key in out:
                raise self.fail(at, f"the minute {key[0]} and source {key[1]!r} appear twice")
            out[key] = {
                "minute": key[0],
                "source": key[1],
                "computations": self.whole(obj, "computations", at, 0, MAX_ID),
                "data_points": self.whole(obj, "data_points", at, 0, MAX_ID),
            }
        return list(out.values())

    def document(self, raw: Any) -> ExportDoc:
        obj = self.fields(
            raw,
            (),
            ("format", "data_points"),
            tuple(t for t in TOP_LEVEL if t not in ("format", "data_points")),
            "a Tightrope export",
        )
        self.no_duplicates()
        self.format_version(obj, export.FORMAT)
        doc = ExportDoc(self.file)
        seen: set[int] = set()
        doc.data_points = [
            self.data_point(i, d, seen)
            for i, d in enumerate(self.list_of(obj, "data_points", (), 0, 10_000_000))
        ]
        excluded = {d["id"]: d["excluded"] for d in doc.data_points}
        if "consent" in obj:
            self.consent(obj["consent"], doc)
        doc.consent_history = self.history(self.items(obj, "consent_history", "consent changes"))
        if "exclusions" in obj:
            doc.blocked_topics = self.exclusions(obj["exclusions"], excluded)
        doc.receipts = self.receipts(self.items(obj, "deletion_receipts", "receipts"))
        doc.retention = self.retention_periods(self.items(obj, "retention", "retention periods"))
        doc.data_use = self.data_use(self.items(obj, "data_use_log", "data-use entries"))
        doc.corrections = self.corrections(self.items(obj, "corrections", "corrections"), excluded)
        partner = obj.get("partner_view")
        if partner is not None:
            if not isinstance(partner, dict):
                raise self.fail(("partner_view",), "must be an object")
            if "do_not_sell" in partner:
                doc.do_not_sell = self.boolean(partner, "do_not_sell", ("partner_view",))
        return doc


def parse_export(text: str, path: Path, catalog: Catalog) -> ExportDoc:
    """Check an export's text; raise :class:`RestoreError` naming file, line and field."""
    try:
        raw = parse_json(text, path, RestoreError)
        return _Checker(path, text, catalog).document(raw)
    except RecursionError:
        raise RestoreError("nested too deeply to be a Tightrope export", str(path)) from None


def load_export(path: str | Path, catalog: Catalog) -> ExportDoc:
    path = Path(path).expanduser()
    # read_text refuses a folder and a file larger than an export may be (jsonfile.MAX_BYTES)
    return parse_export(read_text(path, RestoreError, "export"), path, catalog)


def is_fresh(store: Store) -> bool:
    """No personal data, no consent decision, no history: safe to restore into."""
    return (
        store.count_datums() == 0
        and store.consent_state() is None
        and not list(store.db.query("SELECT 1 FROM consent_history LIMIT 1"))
    )
