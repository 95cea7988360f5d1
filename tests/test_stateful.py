"""Stateful property test of the core: random sequences of shop actions, forgets, consent
changes, clock moves, erases and persona loads against a real Store + Recommender in a temp
folder, checked after every step against a small model of what must be stored.

Invariants checked after every step:
* the export (``export.build``) lists exactly the model's data points, exclusions, consent
  and cart; nothing more, nothing less;
* every recommendation's contributions sum to its score, and only data points that may be
  used (stored, not excluded, consent in force, level not Off, sensitive/blocked guard) count;
* no forgotten, expired, replaced or never-collected marker string is in any file of the data
  folder (a case-insensitive byte scan of every file, from a separate process), while every
  marker still stored *is* found (so the scan itself is checked on every step);
* ``PRAGMA integrity_check`` is ok and ``PRAGMA foreign_key_check`` is empty.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from tests.helpers import NOW
from tests.helpers import checkout as _checkout
from tightrope import paths
from tightrope.clock import FixedClock, format_time
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent, erase, export, retention
from tightrope.storage.datums import CONSENT_CATEGORIES, KINDS
from tightrope.storage.store import Store
from tightrope.workshop import personas

# Enough to reach deep sequences (persona load, then forget, then expiry...) and stay near a
# minute on a shared 2-core machine: ~35 x 30 = ~1000 steps (figures: docs/reliability.md).
EXAMPLES = 60
STEPS = 50
SEARCH_WORDS = [
    "tent",
    "coffee",
    "lotion",
    "yoga",
    "wine",
    "prenatal",
    "vitamins",
    "dog",
    "book",
    "",
]
PERSONA_IDS = [p.stem for p in sorted(personas.shipped_dir().glob("*.json"))]

_TMPFS = "/dev/shm" if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None

# A helper process scans the data folder: reading a database file from the process that
# holds SQLite connections would drop SQLite's POSIX locks (shared/guide/deletion.md).
_SCANNER = r"""
import json, pathlib, sys
for line in sys.stdin:
    req = json.loads(line)
    needles = [bytes.fromhex(h) for h in req["needles"]]
    out = {}
    for p in sorted(pathlib.Path(req["root"]).rglob("*")):
        if p.is_file():
            data = p.read_bytes().lower()
            out[p.name] = [n.hex() for n in needles if n in data]
    print(json.dumps(out), flush=True)
"""


class Scanner:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SCANNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.scans = 0

    def scan(self, root: Path, needles: list[str]) -> dict[str, set[str]]:
        """Which of the needles (lowercase ASCII) each file under root holds."""
        req = {"root": str(root), "needles": [n.encode().hex() for n in needles]}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        self.scans += 1
        return {f: {bytes.fromhex(h).decode() for h in hits} for f, hits in reply.items()}

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@dataclass
class Row:
    """What the model expects one stored data point to be."""

    kind: str
    product_id: str | None
    text: str | None
    value: float | None
    collected_at: str
    excluded: bool = False

    @property
    def category(self) -> str:
        return KINDS[self.kind][0]


class Figures:
    examples = 0
    steps = 0
    scans = 0
    rules: dict[str, int] = {}


class CoreMachine(RuleBasedStateMachine):
    catalog = None  # set by the test function (session fixtures)
    community = None
    scanner: Scanner | None = None
    persona_cache: dict[str, personas.Persona] = {}

    def __init__(self) -> None:
        super().__init__()
        # tmpfs when there is one: the same files and SQLite code, without ~20 ms per fsync
        self.tmp = tempfile.TemporaryDirectory(dir=_TMPFS)
        self.data_dir = paths.resolve_data_dir(Path(self.tmp.name) / "d")
        self.export_dir = Path(self.tmp.name) / "exports"  # outside the data folder, as users do
        self.export_dir.mkdir()
        self.store = Store.open(self.data_dir.database, self.catalog, FixedClock(NOW))
        self.rec = Recommender(self.store, self.community, top_n=8)
        self.rows: dict[int, Row] = {}
        self.cart: dict[str, tuple[int, int]] = {}  # product -> (qty, datum id)
        self.live_markers: dict[str, int] = {}  # marker -> datum id
        self.gone_markers: set[str] = set()
        # consent model: None = undecided
        self.categories: dict[str, bool] | None = None
        self.sensitive = {c.id: False for c in self.catalog.sensitive_categories()}
        self.paused = False
        self.level = consent.FULL
        self.blocked: set[str] = set()
        self.retention = dict(retention.DEFAULT_DAYS)
        Figures.examples += 1

    def teardown(self) -> None:
        self.store.close()
        # after closing: nothing forgotten survives in the files once SQLite is done either
        self._check_files()
        self.tmp.cleanup()

    # --- model helpers ---------------------------------------------------------------------
    def _count(self, name: str) -> None:
        Figures.steps += 1
        Figures.rules[name] = Figures.rules.get(name, 0) + 1

    def _now(self):
        return self.store.clock.now()

    def _may_collect(self, kind: str, product_id: str | None, text: str | None) -> bool:
        if self.paused or not self.categories or not self.categories.get(KINDS[kind][0]):
            return False
        if product_id:
            topic = self.catalog.product(product_id).category
        elif kind == "declared_interest":
            topic = text
        elif kind == "search":
            topic = self.catalog.search_topic(text)
        else:
            topic = None
        cat = self.catalog.category_by_id.get(topic or "")
        return cat is None or not cat.sensitive or self.sensitive[cat.id]

    def _add(self, datum, kind, product_id=None, text=None, value=None, at=None) -> None:
        expected = self._may_collect(kind, product_id, text)
        assert (datum is not None) == expected, (
            kind,
            product_id,
            text,
            self.categories,
            self.paused,
        )
        if datum is not None:
            assert datum.id not in self.rows, "a data point id was reused"
            self.rows[datum.id] = Row(kind, product_id, text, value, format_time(at or self._now()))

    def _deleted(self, ids) -> None:
        for i in ids:
            self.rows.pop(i, None)
        self.cart = {p: line for p, line in self.cart.items() if line[1] in self.rows}
        for marker, i in list(self.live_markers.items()):
            if i not in self.rows:
                del self.live_markers[marker]
                self.gone_markers.add(marker)

    # --- strategies --------------------------------------------------------------------------
    def _product(self, data) -> str:
        # sensitive products often, so the sensitive guard is exercised
        sens = [p.id for p in self.catalog.products if p.sensitive]
        pool = data.draw(st.sampled_from([sens, [p.id for p in self.catalog.products]]))
        return data.draw(st.sampled_from(pool))

    def _existing(self, data) -> int | None:
        if not self.rows:
            return None
        return data.draw(st.sampled_from(sorted(self.rows)))

    # --- rules: starting state ---------------------------------------------------------------
    @initialize(sens=st.sampled_from([False, True]))
    def decide(self, sens):
        consent_ops.accept_all(self.store, "stateful test")
        self.categories = dict.fromkeys(CONSENT_CATEGORIES, True)
        if sens:
            consent_ops.set_switches(
                self.store, {"sensitive:" + s: True for s in self.sensitive}, "test"
            )
            self.sensitive = dict.fromkeys(self.sensitive, True)

    # --- rules: recording --------------------------------------------------------------------
    @rule(
        data=st.data(),
        kind=st.sampled_from(["view", "view", "cart_add", "wishlist", "rating"]),
        back=st.sampled_from([0.0, 0.0, 10.5, 200.0, 800.0]),
    )
    def record_product(self, data, kind, back):
        self._count("record " + kind)
        pid = self._product(data)
        at = self._now() - timedelta(days=back)
        if kind == "view":
            self._add(
                record_ops.record(self.store, "view", product_id=pid, where="test", at=at).datum,
                "view",
                pid,
                at=at,
            )
        elif kind == "cart_add":
            d = record_ops.add_to_cart(self.store, pid, where="test").datum
            self._add(d, "cart_add", pid, value=1)
            if pid in self.cart:
                qty, did = self.cart[pid]
                self.cart[pid] = (qty + 1, did)
            elif d is not None:
                self.cart[pid] = (1, d.id)
        elif kind == "wishlist":
            old = [i for i, r in self.rows.items() if r.kind == "wishlist" and r.product_id == pid]
            on = record_ops.toggle_wishlist(self.store, pid, where="test").result
            if old:
                assert on is False
                self._deleted(old)
            else:
                assert on == self._may_collect("wishlist", pid, None)
                if on:
                    (new,) = [
                        i
                        for i in self.store.datum_ids_for_product(pid)
                        if self.store.datum(i).kind == "wishlist"
                    ]
                    self.rows[new] = Row("wishlist", pid, None, None, format_time(self._now()))
        else:
            stars = data.draw(st.integers(1, 5))
            old = [i for i, r in self.rows.items() if r.kind == "rating" and r.product_id == pid]
            d = record_ops.rate(self.store, pid, stars, where="test").datum
            self._deleted(old)
            self._add(d, "rating", pid, value=float(stars))

    @rule(
        word=st.sampled_from(SEARCH_WORDS),
        back=st.sampled_from([0.0, 50.0, 190.0]),
        upper=st.booleans(),
    )
    def search_marker(self, word, back, upper):
        self._count("record search")
        marker = "zq" + uuid.uuid4().hex[:20]
        text = f"{word} {marker.upper() if upper else marker}".strip()
        at = self._now() - timedelta(days=back)
        d = record_ops.record(self.store, "search", text=text, where="search box", at=at).datum
        self._add(d, "search", text=text, at=at)
        if d is None:
            self.gone_markers.add(marker)  # never collected: must be in no file either
        else:
            self.live_markers[marker] = d.id

    @rule(data=st.data(), kind=st.sampled_from(["declared_interest", "location", "age_band"]))
    def record_profile(self, data, kind):
        self._count("record " + kind)
        if kind == "declared_interest":
            text = data.draw(st.sampled_from([c.id for c in self.catalog.categories]))
        else:
            text = data.draw(st.sampled_from(sorted(self.catalog.profile_rules[kind])))
        self._add(
            record_ops.record(self.store, kind, text=text, where="profile").datum, kind, text=text
        )

    @precondition(lambda self: self.cart)
    @rule()
    def checkout(self):
        self._count("checkout")
        ref, ids = _checkout(self.store)
        lines = list(self.cart.items())
        self.cart = {}
        expected = [(p, qty) for p, (qty, _d) in lines if self._may_collect("purchase", p, None)]
        assert len(ids) == len(expected)
        for i, (p, qty) in zip(ids, expected, strict=True):
            self.rows[i] = Row("purchase", p, ref, float(qty), format_time(self._now()))

    @precondition(lambda self: self.cart)
    @rule(data=st.data())
    def remove_from_cart(self, data):
        self._count("remove from cart")
        pid = data.draw(st.sampled_from(sorted(self.cart)))
        record_ops.remove_from_cart(self.store, pid)
        del self.cart[pid]

    # --- rules: forgetting and control -------------------------------------------------------
    @precondition(lambda self: self.rows)
    @rule(data=st.data())
    def forget_one(self, data):
        self._count("forget one")
        i = self._existing(data)
        change = forget_ops.forget(self.rec, [i])
        assert change.receipt["total"] == 1
        self._deleted([i])

    @precondition(lambda self: any(r.product_id for r in self.rows.values()))
    @rule(data=st.data())
    def forget_product(self, data):
        self._count("forget product")
        pid = data.draw(
            st.sampled_from(sorted({r.product_id for r in self.rows.values() if r.product_id}))
        )
        ids = [i for i, r in self.rows.items() if r.product_id == pid]
        change = forget_ops.forget_product(self.rec, pid)
        assert sorted(change.datum_ids) == sorted(ids)
        self._deleted(ids)

    @precondition(lambda self: self.rows)
    @rule(data=st.data())
    def forget_topic(self, data):
        self._count("forget topic")
        topic = data.draw(st.sampled_from([c.id for c in self.catalog.categories]))
        ids = []
        for i, r in self.rows.items():
            if r.product_id:
                about = self.catalog.product(r.product_id).category == topic
            elif r.kind == "declared_interest":
                about = r.text == topic
            elif r.kind == "search":  # its department, a word naming the topic, a first match
                about = (
                    self.catalog.search_topic(r.text) == topic
                    or topic in self.catalog.topics_named(r.text)
                    or any(p.category == topic for p in self.catalog.search(r.text, limit=3))
                )
            else:
                about = False
            if about:
                ids.append(i)
        change = forget_ops.forget_topic(self.rec, topic)
        assert sorted(change.datum_ids) == sorted(ids)
        self._deleted(ids)

    @precondition(lambda self: self.rows)
    @rule(data=st.data(), excluded=st.booleans())
    def exclude_or_include(self, data, excluded):
        self._count("exclude" if excluded else "include")
        ids = data.draw(
            st.lists(st.sampled_from(sorted(self.rows)), min_size=1, max_size=4, unique=True)
        )
        if excluded:
            forget_ops.exclude(self.rec, ids)
        else:
            forget_ops.include(self.rec, ids)
        for i in ids:
            self.rows[i].excluded = excluded

    @rule(data=st.data())
    def consent_change(self, data):
        self._count("consent change")
        switches = data.draw(
            st.dictionaries(
                st.sampled_from(consent.switch_ids(self.store)),
                st.booleans(),
                min_size=1,
                max_size=4,
            )
        )
        consent_ops.set_switches(self.store, switches, "stateful test")
        if self.categories is None:
            self.categories = dict.fromkeys(CONSENT_CATEGORIES, False)
        for s, on in switches.items():
            if s.startswith(consent.SENSITIVE_PREFIX):
                self.sensitive[s[len(consent.SENSITIVE_PREFIX) :]] = on
            else:
                self.categories[s] = on

    @rule(on=st.booleans())
    def pause(self, on):
        self._count("pause")
        consent_ops.set_paused(self.store, on)
        self.paused = on

    @rule(value=st.sampled_from([consent.OFF, consent.LIGHT, consent.FULL, consent.FULL]))
    def set_level(self, value):
        self._count("level")
        consent_ops.set_level(self.store, value)
        self.level = value

    @rule(data=st.data(), block=st.booleans())
    def block_topic(self, data, block):
        self._count("block topic")
        topic = data.draw(st.sampled_from([c.id for c in self.catalog.categories]))
        if block:
            consent_ops.block_topic(self.store, topic)
            self.blocked.add(topic)
        else:
            consent_ops.unblock_topic(self.store, topic)
            self.blocked.discard(topic)

    # --- rules: time, retention, erase, persona ----------------------------------------------
    def _expire(self) -> None:
        now = self._now()
        gone = [
            i
            for i, r in self.rows.items()
            if r.collected_at < format_time(now - timedelta(days=self.retention[r.category]))
        ]
        self._deleted(gone)

    @rule(days=st.sampled_from([0.5, 3.0, 30.0, 170.0, 400.0]))
    def advance_clock(self, days):
        self._count("advance clock")
        result = retention_ops.advance_clock(self.store, days).result
        before = len(self.rows)
        self._expire()
        assert result["expired_total"] == before - len(self.rows)

    @rule(
        category=st.sampled_from(list(CONSENT_CATEGORIES)), days=st.sampled_from([1, 20, 100, 400])
    )
    def set_retention(self, category, days):
        self._count("retention")
        retention_ops.set_period(self.store, category, days)
        self.retention[category] = days
        self._expire()

    # Erase and persona loads wipe the state: keep them to states worth wiping, so most steps
    # build on what came before.
    @precondition(lambda self: len(self.rows) >= 5)
    @rule(keep=st.booleans())
    def erase_everything(self, keep):
        self._count("erase everything")
        result = erase_ops.erase_everything(self.rec, keep_consent_history=keep).result
        self._deleted(list(self.rows))
        self.cart = {}
        self.categories = None
        self.sensitive = dict.fromkeys(self.sensitive, False)
        self.paused, self.level, self.blocked = False, consent.FULL, set()
        self.retention = dict(retention.DEFAULT_DAYS)
        assert erase.verify(self.store, self.data_dir, result.needles).clean

    @precondition(lambda self: len(self.rows) < 10)
    @rule(pid=st.sampled_from(PERSONA_IDS))
    def load_persona(self, pid):
        self._count("load persona")
        if pid not in self.persona_cache:
            self.persona_cache[pid] = personas.load(pid, self.catalog)
        persona = self.persona_cache[pid]
        now = self._now()
        result = load_persona(self.store, persona).result
        self._deleted(list(self.rows))
        self.cart = {}
        self.categories = dict(persona.consent.categories)
        self.sensitive = dict(persona.consent.sensitive)
        ordered = sorted(persona.data, key=lambda d: -d.days_ago)
        for i, d in zip(result["datum_ids"], ordered, strict=True):
            row = d.row(now)
            self.rows[i] = Row(
                d.kind, row["product_id"], row["text"], row["value"], format_time(row["at"])
            )
        # no sweep at load: data older than a shortened period goes at the next clock move

    @rule(fmt=st.sampled_from(export.FORMATS))
    def export_file(self, fmt):
        self._count("export")
        out = self.export_dir / f"export.{fmt}"
        summary = export.write(self.rec, out, fmt)
        assert summary["data_points"] == len(self.rows)
        assert out.stat().st_mode & 0o777 == 0o600
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            doc = json.loads(text)
            assert sorted(d["id"] for d in doc["data_points"]) == sorted(self.rows)
        else:
            assert text.count("\ndata_point,") == len(self.rows)

    # --- invariants ----------------------------------------------------------------------------
    @invariant()
    def export_equals_model(self):
        doc = export.build(self.rec)
        got = {
            d["id"]: Row(
                d["kind"], d["product_id"], d["text"], d["value"], d["collected_at"], d["excluded"]
            )
            for d in doc["data_points"]
        }
        assert got == self.rows
        for d in doc["data_points"]:
            assert d["consent_category"] == KINDS[d["kind"]][0]
        assert sorted(doc["exclusions"]["data_points_not_used"]) == sorted(
            i for i, r in self.rows.items() if r.excluded
        )
        assert set(doc["exclusions"]["blocked_topics"]) == self.blocked
        c = doc["consent"]
        assert c["decided"] == (self.categories is not None)
        assert c["categories"] == (self.categories or dict.fromkeys(CONSENT_CATEGORIES, False))
        assert c["sensitive"] == self.sensitive
        assert c["collection_paused"] == self.paused and c["personalization_level"] == self.level
        assert {p["category"]: p["days"] for p in doc["retention"]} == self.retention
        assert json.dumps(self.store.receipts()).lower().count("zq") == 0, (
            "a receipt quotes content"
        )
        assert {
            p: (q, d)
            for p, q, d in self.store.db.execute(
                "SELECT product_id, qty, datum_id FROM cart"
            ).fetchall()
        } == self.cart

    @invariant()
    def explanations_are_exact_and_lawful(self):
        recs = self.rec.recommend()
        for shelf in self.rec.shelves():
            recs += list(shelf.items)
        usable = {
            i
            for i, r in self.rows.items()
            if not r.excluded
            and self.level != consent.OFF
            and self.categories
            and self.categories.get(r.category)
        }
        for r in recs:
            assert sum(c.contribution for c in r.contributions) == pytest.approx(r.score, abs=1e-9)
            ids = set(r.datum_ids())
            assert ids <= usable, (r.product_id, ids - usable)
            category = self.catalog.product(r.product_id).category
            if category in self.blocked or (
                category in self.sensitive and not self.sensitive[category]
            ):
                assert not ids, f"{r.product_id}: personal reasons in a guarded category"

    @invariant()
    def database_is_sound(self):
        assert self.store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert self.store.db.execute("PRAGMA foreign_key_check").fetchall() == []

    @invariant()
    def no_forgotten_marker_in_any_file(self):
        self._check_files()

    def _check_files(self):
        live = list(self.live_markers)
        found = self.scanner.scan(
            self.data_dir.root, [m.lower() for m in [*self.gone_markers, *live]]
        )
        Figures.scans += 1
        leaked = {
            f: hits & self.gone_markers for f, hits in found.items() if hits & self.gone_markers
        }
        assert not leaked, f"forgotten markers survive in {sorted(leaked)}"
        if live:
            held = set().union(*found.values()) if found else set()
            assert held >= set(live), "a stored marker was not found: the scan is blind"


@pytest.mark.slow
def test_core_state_machine(catalog, community):
    CoreMachine.catalog, CoreMachine.community = catalog, community
    CoreMachine.scanner = Scanner()
    Figures.examples = Figures.steps = Figures.scans = 0
    Figures.rules = {}
    started = time.perf_counter()
    try:
        run_state_machine_as_test(
            CoreMachine,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        CoreMachine.scanner.close()
    seconds = time.perf_counter() - started
    print(
        f"\nstateful core: {Figures.examples} runs, {Figures.steps} steps, {Figures.scans} folder "
        f"scans in {seconds:.1f} s; rules: {json.dumps(dict(sorted(Figures.rules.items())))}"
    )
    assert Figures.steps >= EXAMPLES * 5, "the machine hardly ran"
