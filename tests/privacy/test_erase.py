"""Erase everything, bulk forgetting, the verification report and the data-use log."""

from datetime import timedelta

import pytest

from tests.helpers import NOW, files_containing, run_cli
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent, erase, partners
from tightrope.storage.store import RECEIPT_SCOPES
from tightrope.workshop.personas import load

MARKER = "zebra-erase-marker-5c1d"


def _seed(services):
    store = services.store
    record_ops.record(store, "search", text=MARKER, where="search box")
    record_ops.record(
        store, "location", text=sorted(store.catalog.profile_rules["location"])[0], where="profile"
    )
    record_ops.add_to_cart(store, "trail-tent-2p")
    consent_ops.block_topic(store, "books")
    consent_ops.set_do_not_sell(store, False)
    partners.pseudonymous_id(store)
    services.recommender.recommend()
    services.recommender.data_use.flush()


def test_erase_everything_removes_personal_and_derived_data(services, data_dir):
    _seed(services)
    store, rec = services.store, services.recommender
    key = store.get_meta(partners.META_KEY)
    assert files_containing(data_dir.root, MARKER.encode())
    result = erase_ops.erase_everything(rec).result
    assert store.datums() == [] and store.cart() == []
    assert not consent.decided(store), "the consent screen returns"
    assert consent.history(store) == [] and consent.blocked_topics(store) == frozenset()
    assert rec.data_use.entries() == []
    assert store.get_meta(partners.META_KEY) is None
    assert record_ops.record(store, "view", product_id="trail-tent-2p").datum is None, (
        "nothing before a new decision"
    )
    assert result.receipt["counts"]["search"] == 1
    assert MARKER not in repr(result) and MARKER not in str(result.to_json())
    assert MARKER not in str(store.receipts())
    report = erase.verify(store, data_dir, result.needles)
    assert report.clean, report.summary()
    assert report.needles >= 2 and any(f["file"].endswith(".db") for f in report.files)
    services.close()
    assert files_containing(data_dir.root, MARKER.encode()) == []
    assert files_containing(data_dir.root, key.encode()) == []


def test_keep_consent_history_on_request(services):
    _seed(services)
    n = len(consent.history(services.store))
    erase_ops.erase_everything(services.recommender, keep_consent_history=True)
    assert len(consent.history(services.store)) == n
    assert not consent.decided(services.store)


def test_verify_reports_content_that_survives(services, data_dir):
    store = services.store
    record_ops.record(store, "search", text=MARKER, where="search box")
    needles = erase.needles_for(store)
    report = erase.verify(store, data_dir, needles)  # not deleted: the scan must find it
    assert not report.clean and "still holds 1" in report.summary()
    assert MARKER not in report.summary() and MARKER not in str(report.to_json())
    assert {c.name for c in report.checks} >= {
        "secure_delete",
        "journal mode",
        "no ANALYZE statistics",
    }
    assert all(c.ok for c in report.checks)


def test_verify_right_after_a_forget_finds_it_gone(services, data_dir):
    store = services.store
    d = record_ops.record(store, "search", text=MARKER, where="search box").datum
    needles = erase.needles_for(store, [d.id])
    forget_ops.delete(store, [d.id])
    report = erase.verify(store, data_dir, needles)  # asked at once, as after a click
    assert report.clean, report.summary()


def test_needles_that_are_catalog_text_are_counted_as_uncheckable(services):
    store = services.store
    record_ops.record(store, "search", text="Trail Tent", where="search box")
    needles = erase.needles_for(store)
    # the search's words are the catalog's; the department's name is not stored anywhere
    assert needles.values == [b"Outdoor & camping"] and needles.uncheckable == 1


def test_forget_category_and_time_range(services):
    store, rec = services.store, services.recommender
    record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW - timedelta(hours=3))
    record_ops.record(
        store, "view", product_id="cast-iron-skillet-26", at=NOW - timedelta(minutes=20)
    )
    record_ops.record(store, "search", text="camping stove", at=NOW - timedelta(minutes=10))
    change = forget_ops.forget_between(rec, NOW - timedelta(hours=1))
    assert change.receipt["counts"] == {"search": 1, "view": 1}
    assert change.receipt["scope"] == "time range"
    change = forget_ops.forget_category(rec, "browsing")
    assert change.receipt["counts"] == {"view": 1} and store.datums() == []


TOPIC = "Pregnancy & baby"


def _pregnancy_shopper(store):
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "test")
    record_ops.record(store, "view", product_id="early-pregnancy-test", where="product page")
    return record_ops.record(
        store, "view", product_id="maternity-leggings", where="product page"
    ).datum


def test_a_receipt_keeps_the_kind_of_scope_never_the_topic_it_names(services, data_dir):
    store, rec = services.store, services.recommender
    d = _pregnancy_shopper(store)
    needles = erase.needles_for(store, [d.id])
    assert TOPIC.encode() in needles.values, "the scan looks for the topic's name"
    with pytest.raises(ValueError, match="never a name"):
        forget_ops.forget(rec, [d.id], scope=f"topic {TOPIC}")
    assert store.datum(d.id) is not None, "a refused scope deletes nothing"
    change = forget_ops.forget_topic(rec, "pregnancy-baby")
    assert change.receipt["scope"] == "topic" and change.receipt["counts"] == {"view": 2}
    assert all(r["scope"] in RECEIPT_SCOPES for r in store.receipts())
    report = erase.verify(store, data_dir, needles)
    assert report.clean, report.summary()
    assert files_containing(data_dir.root, TOPIC.encode()) == []


def test_erase_everything_drops_a_named_scope_and_the_scan_looks_for_it(services, data_dir):
    store, rec = services.store, services.recommender
    _pregnancy_shopper(store)
    # as an older version wrote it (or an old export restored it)
    store.db.execute(
        "INSERT INTO receipts (at, action, scope, counts) VALUES "
        "('2026-11-01T10:00:00+00:00', 'forget', ?, '{\"view\": 1}')",
        [f"evidence for {TOPIC}"],
    )
    store.db.conn.commit()
    assert files_containing(data_dir.root, TOPIC.encode())
    result = erase_ops.erase_everything(rec).result
    assert TOPIC.encode() in result.needles.values
    assert [r["scope"] for r in store.receipts()] == ["evidence", "everything"]
    report = erase.verify(store, data_dir, result.needles)
    assert report.clean, report.summary()
    assert files_containing(data_dir.root, TOPIC.encode()) == []


def test_a_topic_name_a_kept_search_quotes_is_not_a_needle(services):
    store = services.store
    d = _pregnancy_shopper(store)
    record_ops.record(store, "search", text=f"{TOPIC} sale", where="search box")
    assert TOPIC.encode() not in erase.needles_for(store, [d.id]).values


def test_the_scan_looks_for_row_ids_and_product_ids_in_session_logs(services, data_dir):
    import json

    store, rec = services.store, services.recommender
    d = record_ops.record(store, "view", product_id="trail-tent-2p", where="product page").datum
    needles = erase.needles_for(store, [d.id])
    assert needles.ids == [d.id] and needles.product_ids == ["trail-tent-2p"]
    forget_ops.forget(rec, [d.id])
    log = data_dir.root / "sessions" / "P01-20261129-100000.jsonl"
    log.parent.mkdir()
    clean = [
        {"seq": 1, "type": "navigate", "page": "product", "arg": "product:3f9a1c0b52de"},
        {"seq": 2, "type": "data_recorded", "data_points": ["datum:0b52de3f9a1c"], "value": d.id},
    ]
    log.write_text("".join(json.dumps(e) + "\n" for e in clean))
    assert erase.verify(store, data_dir, needles).clean  # an id's number outside an id field
    for leak in (
        {"seq": 3, "type": "navigate", "page": "product", "arg": "trail-tent-2p"},
        {"seq": 3, "type": "data_recorded", "deleted_ids": [d.id]},
    ):
        log.write_text("".join(json.dumps(e) + "\n" for e in [*clean, leak]))
        report = erase.verify(store, data_dir, needles)
        assert (
            not report.clean
            and "sessions/P01-20261129-100000.jsonl still holds 1" in report.summary()
        )
        assert "trail-tent-2p" not in report.summary()


def test_cli_erase_all_asks_then_verifies(services, capsys, catalog):
    load_persona(services.store, load("expecting-parent", catalog))
    services.close()
    root = str(services.data_dir.root)
    assert (
        run_cli(["erase", "--all", "--data-dir", root]) == 1
    )  # no terminal: refuses without --yes
    assert "pass --yes" in capsys.readouterr().err
    assert run_cli(["erase", "--all", "--yes", "--json", "--data-dir", root]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["verification"]["clean"] and out["receipt"]["counts"]["purchase"] > 0
    assert files_containing(services.data_dir.root, b"Minneapolis") == []


def test_data_use_log_is_coalesced_and_counts_only(services):
    store, rec = services.store, services.recommender
    for pid in ("trail-tent-2p", "cast-iron-skillet-26", "family-dome-tent-6p"):
        if pid in store.catalog.by_id:
            record_ops.record(store, "view", product_id=pid)
        rec.recommend()
    rows = list(store.db.query("SELECT * FROM data_use"))
    assert rows == [], "nothing is written per computation"
    entries = rec.data_use.entries()
    assert {e["source"] for e in entries} == {"browsing", "non-personal"}
    assert len({e["minute"] for e in entries}) == 1
    browsing = next(e for e in entries if e["source"] == "browsing")
    assert browsing["computations"] >= 2
    assert set(entries[0]) == {"minute", "source", "label", "computations", "data_points"}


def test_erase_everything_that_cannot_be_saved_changes_nothing(services):
    """Another program holds the database: the erase fails as a whole, says so (the window
    shows faults.translate's sentence), and every data point, setting and receipt stays."""
    import sqlite3

    import pytest

    from tightrope.storage import faults

    store, rec = services.store, services.recommender
    load_persona(store, load("home-cook", services.catalog))
    before = ([d.id for d in store.datums()], consent.state(store), store.receipts())
    store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(services.data_dir.database, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM datums").fetchone()
    try:
        with pytest.raises(sqlite3.OperationalError) as failed:
            erase_ops.erase_everything(rec)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert isinstance(
        faults.translate(failed.value, services.data_dir.root), faults.LockedByAnotherProgram
    )
    assert ([d.id for d in store.datums()], consent.state(store), store.receipts()) == before
