"""Restore from an export (issue #7): the JSON of ``tightrope export`` comes back whole into a
fresh database, a bad file is named (file, line, field) and changes nothing, and no input
makes the loader crash with anything but a RestoreError (hypothesis)."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tightrope import paths
from tightrope.cli.main import main
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent, export, retention
from tightrope.privacy.restore import RestoreError, is_fresh, load_export, parse_export
from tightrope.services import open_services
from tightrope.storage import recovery
from tightrope.workshop import personas

MARKER = "restoremarker-55c1"


@pytest.fixture
def exported(services, tmp_path) -> tuple[Path, dict]:
    """A rich persona, with every section filled, exported through the real exporter."""
    store, rec = services.store, services.recommender
    load_persona(store, personas.load("outdoor-enthusiast"))
    record_ops.record(store, "search", text=MARKER, where="search box")
    ids = [d.id for d in store.datums()]
    forget_ops.exclude(rec, ids[:2])
    forget_ops.forget(rec, ids[5:7])
    consent_ops.set_switches(store, {"location": False}, "test")
    consent_ops.set_level(store, "light")
    consent_ops.block_topic(store, "kitchen")
    retention_ops.set_period(store, "browsing", 3000)
    rec.recommend(5)
    path = tmp_path / "export.json"
    export.write(rec, path, "json")
    return path, json.loads(path.read_text())


def _snapshot(services) -> dict:
    store = services.store
    return {
        "data_points": [
            (
                d.id,
                d.kind,
                d.product_id,
                d.text,
                d.value,
                d.collected_at,
                d.collected_where,
                d.consent_category,
                d.excluded,
            )
            for d in store.datums()
        ],
        "consent": consent.state(store),
        "level": consent.level(store),
        "paused": consent.paused(store),
        "history": consent.history(store),
        "blocked": consent.blocked_topics(store),
        "receipts": [{k: v for k, v in r.items() if k != "id"} for r in store.receipts()],
        "retention": [p.to_json() for p in retention.periods(store)],
        "data_use": services.recommender.data_use.entries(),
    }


def test_an_export_restores_whole_into_a_fresh_folder(services, exported, tmp_path, capsys, clock):
    path, _ = exported
    before = _snapshot(services)
    fresh = tmp_path / "fresh"
    # the test's clock, not the wall clock: retention is swept on open, and the persona's
    # data is dated on the fixed clock
    assert main(["--data-dir", str(fresh), "recover", "--restore", str(path)], clock=clock) == 0
    out = capsys.readouterr().out
    assert f"Restored {len(before['data_points'])} data points" in out
    restored = open_services(paths.resolve_data_dir(fresh), clock)
    try:
        after = _snapshot(restored)
        for key in before:
            assert after[key] == before[key], key
        # restored data behaves: exclusions are kept out of the scores, forget works
        rec = restored.recommender
        marker = next(d.id for d in restored.store.datums() if d.text == MARKER)
        forget_ops.forget(rec, [marker])
        assert MARKER not in {d.text for d in restored.store.datums()}
    finally:
        restored.close()


def test_restore_refuses_a_folder_that_holds_data_and_changes_nothing(services, exported):
    path, _ = exported
    doc = load_export(path, services.catalog)
    before = _snapshot(services)
    with pytest.raises(RestoreError, match="already holds personal data"):
        erase_ops.restore(services.store, doc)
    assert _snapshot(services) == before


def test_restore_after_a_damaged_database_quarantines_then_restores(services, exported, tmp_path):
    path, _ = exported
    data_dir = paths.resolve_data_dir(tmp_path / "broken")
    data_dir.database.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    result = recovery.recover(data_dir, path)
    try:
        assert result.moved is not None and result.moved.database.parent.name == "quarantine"
        assert result.restored["data_points"] == services.store.count_datums()
        text = " ".join(result.sentences())
        assert str(result.moved.database) in text and "Restored" in text
    finally:
        result.services.close()


def _broken(doc: dict, change) -> str:
    doc = copy.deepcopy(doc)
    change(doc)
    return json.dumps(doc, indent=2)


CASES = {
    "unknown kind": (
        lambda d: d["data_points"][3].update(kind="telepathy"),
        "data_points[3].kind",
        "unknown kind",
    ),
    "product not in catalog": (
        lambda d: d["data_points"][0].update(product_id="no-such-thing"),
        "data_points[0].product_id",
        "not a product",
    ),
    "bad time": (
        lambda d: d["data_points"][2].update(collected_at="yesterday"),
        "data_points[2].collected_at",
        "date and time",
    ),
    "wrong category": (
        lambda d: d["data_points"][1].update(consent_category="location"),
        "data_points[1].consent_category",
        "belongs to",
    ),
    "duplicate id": (
        lambda d: d["data_points"][1].update(id=d["data_points"][0]["id"]),
        "data_points[1].id",
        "appears twice",
    ),
    "missing field": (
        lambda d: d["data_points"][4].pop("excluded"),
        "data_points[4].excluded",
        "missing",
    ),
    "excluded not a bool": (
        lambda d: d["data_points"][4].update(excluded="yes"),
        "data_points[4].excluded",
        "true or false",
    ),
    "format": (lambda d: d.update(format=2), "format", "must be 1"),
    "level": (
        lambda d: d["consent"].update(personalization_level="max"),
        "consent.personalization_level",
        "must be one of",
    ),
    "unknown switch": (
        lambda d: d["consent"]["categories"].update(telepathy=True),
        "consent.categories.telepathy",
        "unknown switch",
    ),
    "retention days": (
        lambda d: d["retention"][0].update(days=0),
        "retention[0].days",
        "whole number",
    ),
    "blocked topic": (
        lambda d: d["exclusions"]["blocked_topics"].append("moon"),
        "exclusions.blocked_topics[1]",
        "not a catalog department",
    ),
    "not used id": (
        lambda d: d["exclusions"]["data_points_not_used"].append(999999),
        "exclusions.data_points_not_used[2]",
        "not a data point",
    ),
    "unknown section": (lambda d: d.update(extra=1), "extra", "unknown field"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_bad_export_is_named_by_file_line_and_field_and_nothing_is_written(
    exported, tmp_path, case, capsys
):
    _, doc = exported
    change, field, words = CASES[case]
    bad = tmp_path / "bad-export.json"
    bad.write_text(_broken(doc, change))
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "recover", "--restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad-export.json, line " in err and f", {field}: " in err and words in err, err
    assert "Nothing was moved or restored" in err and "Traceback" not in err
    services = open_services(paths.resolve_data_dir(fresh))
    try:
        assert is_fresh(services.store)
    finally:
        services.close()


def test_files_that_are_not_exports(tmp_path, catalog):
    cases = {
        "missing.json": None,
        "empty.json": b"",
        "binary.json": b"\x89PNG\r\n\x1a\n\0\0",
        "list.json": b"[1, 2]",
        "persona.json": personas.resolve("outdoor-enthusiast").read_bytes(),
        "deep.json": b"[" * 100000 + b"]" * 100000,
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(RestoreError) as info:
            load_export(path, catalog)
        assert name in str(info.value), (name, str(info.value))


def test_a_failure_inside_the_transaction_leaves_nothing(services, exported, tmp_path, monkeypatch):
    """All or nothing: the data points are written, then the history insert fails."""
    path, _ = exported
    data_dir = paths.resolve_data_dir(tmp_path / "fresh")
    fresh = open_services(data_dir)
    try:
        doc = load_export(path, fresh.catalog)
        doc.consent_history.append(
            {"at": None, "category": "x", "granted": 1, "collected_where": ""}
        )
        with pytest.raises(sqlite3.IntegrityError):
            erase_ops.restore(fresh.store, doc)
        assert is_fresh(fresh.store)
        assert fresh.store.count_datums() == 0
        assert fresh.store.receipts() == []
    finally:
        fresh.close()


# --- fuzzing: no input crashes the loader ------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def _load(text: str, catalog, template: Path) -> None:
    """Parse, and restore what parses into a fresh database (a copy of an empty, migrated
    one): only RestoreError may come out, and it names the file."""
    try:
        doc = parse_export(text, Path("fuzz.json"), catalog)
    except RestoreError as exc:
        assert str(exc).startswith("fuzz.json")
        return
    import shutil
    import tempfile

    from tests.helpers import NOW
    from tightrope.clock import FixedClock
    from tightrope.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "tightrope.db"
        shutil.copyfile(template, target)
        _restore_into(Store.open(target, catalog, FixedClock(NOW)), doc)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory, catalog) -> Path:
    from tests.helpers import NOW
    from tightrope.clock import FixedClock
    from tightrope.storage.store import Store

    path = tmp_path_factory.mktemp("empty") / "tightrope.db"
    Store.open(path, catalog, FixedClock(NOW)).close()
    return path


def _restore_into(store, doc) -> None:
    try:
        summary = erase_ops.restore(store, doc).result
        assert summary["data_points"] >= store.count_datums()
    finally:
        store.close()


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(value=json_values)
def test_fuzz_any_json_document(catalog, empty_db, value):
    _load(json.dumps(value), catalog, empty_db)


@FUZZ
@given(
    points=st.lists(
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "kind",
                    "product_id",
                    "text",
                    "value",
                    "collected_at",
                    "collected_where",
                    "consent_category",
                    "excluded",
                    "label",
                    "topic",
                ]
            ),
            json_values
            | st.sampled_from(
                [
                    "view",
                    "search",
                    "browsing",
                    "searches",
                    "trail-tent-2p",
                    "2026-11-01T10:00:00+00:00",
                    1,
                    2,
                    True,
                    False,
                ]
            ),
            max_size=11,
        ),
        max_size=4,
    )
)
def test_fuzz_data_points_shaped_like_the_real_ones(catalog, empty_db, points):
    _load(json.dumps({"format": 1, "data_points": points}), catalog, empty_db)


@FUZZ
@given(data=st.data())
def test_fuzz_one_field_of_a_real_export_replaced(catalog, empty_db, data, exported_doc):
    doc = copy.deepcopy(exported_doc)
    # walk to a random spot in the document and put any JSON value there
    node = doc
    while True:
        keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            node = child
            continue
        node[key] = data.draw(json_values)
        break
    _load(json.dumps(doc), catalog, empty_db)


@FUZZ
@given(data=st.data())
def test_fuzz_bytes_of_a_real_export_damaged(catalog, empty_db, data, exported_doc):
    text = json.dumps(exported_doc, indent=1)
    start = data.draw(st.integers(0, len(text) - 1))
    junk = data.draw(st.text(max_size=8))
    _load(text[:start] + junk + text[start + data.draw(st.integers(0, 8)) :], catalog, empty_db)


@pytest.fixture(scope="module")
def exported_doc(tmp_path_factory, catalog, community) -> dict:
    from tests.helpers import NOW
    from tightrope.clock import FixedClock
    from tightrope.engine.recommender import Recommender
    from tightrope.storage.store import Store

    folder = tmp_path_factory.mktemp("fuzz-source")
    store = Store.open(folder / "tightrope.db", catalog, FixedClock(NOW))
    try:
        load_persona(store, personas.load("expecting-parent"))
        rec = Recommender(store, community)
        forget_ops.exclude(rec, [d.id for d in store.datums()][:3])
        consent_ops.block_topic(store, "kitchen")
        return export.build(rec)
    finally:
        store.close()
