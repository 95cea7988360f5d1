"""Export: validates against docs/schemas/export.schema.json and holds every data point."""

import csv
import json
import os
import stat

from tests.helpers import REPO, run_cli
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import export
from tightrope.workshop.personas import load

SCHEMA = REPO / "docs" / "schemas" / "export.schema.json"


def check(value, schema, root, where="$"):
    """A small JSON Schema checker for the keywords export.schema.json uses."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].split("/")[-1]]
    types = schema.get("type")
    if types:
        names = types if isinstance(types, list) else [types]
        pytypes = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "number": (int, float),
            "boolean": bool,
            "null": type(None),
        }
        ok = any(
            isinstance(value, pytypes[n])
            and not (n in ("integer", "number") and isinstance(value, bool))
            for n in names
        )
        assert ok, f"{where}: {value!r} is not {names}"
    if "const" in schema:
        assert value == schema["const"], f"{where}: {value!r} != {schema['const']!r}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{where}: missing {key!r}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                check(value[key], sub, root, f"{where}.{key}")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for key, v in value.items():
                if key not in schema.get("properties", {}):
                    check(v, extra, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], root, f"{where}[{i}]")


def test_export_validates_and_contains_every_listed_data_point(services, tmp_path, capsys, catalog):
    load_persona(services.store, load("expecting-parent", catalog))
    consent_ops.block_topic(services.store, "books")
    forget_ops.exclude(services.recommender, [services.store.datums()[0].id])
    forget_ops.forget(services.recommender, [services.store.datums()[1].id])
    services.close()
    root = str(services.data_dir.root)
    out = tmp_path / "export.json"
    assert run_cli(["export", "--format", "json", "--out", str(out), "--data-dir", root]) == 0
    capsys.readouterr()
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    doc = json.loads(out.read_text())
    schema = json.loads(SCHEMA.read_text())
    check(doc, schema, schema)
    assert run_cli(["data", "--json", "--data-dir", root]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and [d["id"] for d in doc["data_points"]] == [d["id"] for d in listed]
    assert doc["data_points"] == listed
    assert doc["suppressed_inferences"][0]["category"] == "pregnancy-baby"
    assert doc["exclusions"]["blocked_topics"] == ["books"]
    assert len(doc["exclusions"]["data_points_not_used"]) == 1
    assert doc["consent_history"] and doc["deletion_receipts"]
    assert {h["category"] for h in doc["how_your_data_is_used"]} >= set(
        doc["consent"]["categories"]
    )


def test_csv_export_has_a_row_per_data_point(services, tmp_path):
    store = services.store
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home page")
    record_ops.record(store, "search", text="camping stove", where="search box")
    out = tmp_path / "export.csv"
    summary = export.write(services.recommender, out, "csv")
    assert summary["data_points"] == 2
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert {r["id"] for r in rows if r["section"] == "data_point"} == {
        str(d.id) for d in store.datums()
    }
    assert {r["section"] for r in rows} >= {
        "data_point",
        "consent",
        "consent_history",
        "retention",
        "how_used",
    }


def test_export_rewrites_an_existing_file_private(services, tmp_path):
    out = tmp_path / "old.json"
    out.write_text("{}")
    os.chmod(out, 0o644)
    export.write(services.recommender, out, "json")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_the_schema_names_every_kind_and_receipt_scope_the_store_writes():
    """A new kind of data point or receipt scope is exported: the schema must allow it."""
    from tightrope.storage.datums import KINDS
    from tightrope.storage.store import RECEIPT_SCOPES

    text = SCHEMA.read_text(encoding="utf-8")
    schema = json.loads(text)
    found = {}

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("kind", "scope") and isinstance(v, dict) and "enum" in v:
                    found.setdefault(k, []).append(v["enum"])
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)

    walk(schema)
    assert list(KINDS) in found["kind"]
    assert sorted(RECEIPT_SCOPES) in [sorted(e) for e in found["scope"]]
