"""Shipped personas: they load, they are coherent, loading replaces everything, and broken
files are refused with file, line and field while the store stays as it was."""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers import NOW, REPO, files_containing, run_cli
from tightrope import paths
from tightrope.operations import forget as forget_ops
from tightrope.operations import persona as persona_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.storage.datums import CONSENT_CATEGORIES, KINDS, PRODUCT_KINDS, TEXT_KINDS
from tightrope.workshop import personas
from tightrope.workshop.personas import PersonaError, load, load_persona_file

SCHEMA = REPO / "docs" / "schemas" / "persona.schema.json"
DOC = REPO / "docs" / "personas.md"
REQUIRED = (
    "newcomer",
    "outdoor-enthusiast",
    "home-cook",
    "expecting-parent",
    "gift-buyer",
    "shared-family-device",
    "privacy-minimalist",
    "pregnancy-loss",
)
SHIPPED = sorted(p.stem for p in personas.shipped_dir().glob("*.json"))
MARKER = "quokka-marker-7f3e"


@pytest.fixture(scope="module")
def shipped(catalog):
    return {pid: load(pid, catalog) for pid in SHIPPED}


def _snapshot(store):
    """Everything a failed load must leave alone."""
    return (
        [(d.id, d.kind, d.product_id, d.text) for d in store.datums()],
        store.cart(),
        {k: store.get_meta(k) for k in ("consent_state", "sensitive_opt_in", "persona")},
    )


def _seed(store):
    record_ops.record(store, "search", text=MARKER, where="search box")
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home page")
    record_ops.add_to_cart(store, "cotton-balls-200")
    store.set_meta("persona", "before")
    return _snapshot(store)


# --- the shipped set --------------------------------------------------------------------


def test_at_least_eight_personas_including_the_required_ones(shipped):
    assert len(shipped) >= 8
    assert set(REQUIRED) <= set(shipped)


@pytest.mark.parametrize("pid", SHIPPED)
def test_every_shipped_persona_loads_with_counts_in_range(pid, shipped):
    p = shipped[pid]
    assert p.id == pid and p.name and p.story and p.workshop_use
    if pid == "newcomer":
        assert 0 <= len(p.data) <= 3
    else:
        assert 20 <= len(p.data) <= 200
    assert 2 <= len(re.findall(r"[.!?](\s|$)", p.story)) <= 4, "a story is 2-3 sentences"


def test_list_puts_the_newcomer_first_and_lists_every_file():
    infos = personas.list_personas()
    assert infos[0].id == "newcomer"
    assert sorted(i.id for i in infos) == SHIPPED
    assert infos[-1].id == "outdoor-enthusiast"  # least known first, richest history last


# where each kind of data point can plausibly be collected
PLACES_FOR = {
    "search": {"search box"},
    "purchase": {"checkout"},
    "declared_interest": {"profile"},
    "location": {"profile"},
    "age_band": {"profile"},
}
BROWSING_PLACES = set(personas.PLACES) - {"search box", "checkout", "profile"}


@pytest.mark.parametrize("pid", SHIPPED)
def test_shipped_persona_is_coherent(pid, shipped, catalog):
    p = shipped[pid]
    for i, d in enumerate(p.data):
        # nothing in a withdrawn consent category or a sensitive category not opted into
        assert p.consent.categories[KINDS[d.kind][0]], (i, d)
        if d.product_id:
            category = catalog.by_id[d.product_id].category
            assert p.consent.sensitive.get(category, True), (i, d)
        if d.kind == "declared_interest":
            assert p.consent.sensitive.get(d.text, True), (i, d)
        assert d.where in PLACES_FOR.get(d.kind, BROWSING_PLACES), (i, d)
        # a purchase follows a cart add (or at least a view) of the same product
        if d.kind == "purchase":
            earlier = [
                e for e in p.data if e.product_id == d.product_id and e.days_ago >= d.days_ago
            ]
            assert {"cart_add", "view"} & {e.kind for e in earlier}, (i, d)
    if p.data:
        ages = [d.days_ago for d in p.data]
        assert max(ages) >= 28, "histories spread over weeks or months"
        assert min(ages) <= 10, "and reach into the last days, so they feel current"


def test_expecting_parent_reveals_a_pregnancy_without_a_single_baby_item(shipped, catalog):
    p = shipped["expecting-parent"]
    assert p.consent.sensitive["pregnancy-baby"] is False
    products = [catalog.by_id[d.product_id] for d in p.data if d.product_id]
    assert not [x.id for x in products if x.category == "pregnancy-baby"]
    bought = {d.product_id for d in p.data if d.kind == "purchase"}
    signals = {x for x in bought if "pregnancy-baby" in catalog.by_id[x].sensitive_signals}
    assert {
        "unscented-body-lotion",
        "cotton-balls-200",
        "zinc-15mg",
        "magnesium-glycinate",
        "calcium-vitamin-d3",
        "oversized-canvas-tote",
        "ginger-lemon-tea",
        "full-length-body-pillow",
    } <= signals


def test_gift_buyer_mixes_own_tech_with_gifts_for_others(shipped, catalog):
    p = shipped["gift-buyer"]
    bought = {catalog.by_id[d.product_id].category for d in p.data if d.kind == "purchase"}
    assert {"electronics", "toys", "alcohol"} <= bought
    assert p.consent.sensitive["alcohol"] is True


def test_shared_device_mixes_a_teen_gamer_and_a_parent_gardener(shipped, catalog):
    p = shipped["shared-family-device"]
    tags = [set(catalog.by_id[d.product_id].tags) for d in p.data if d.product_id]
    assert sum("gaming" in t for t in tags) >= 10
    categories = [catalog.by_id[d.product_id].category for d in p.data if d.product_id]
    assert categories.count("garden") >= 10


def test_privacy_minimalist_holds_only_what_her_consent_allows(shipped):
    p = shipped["privacy-minimalist"]
    allowed = {c for c, on in p.consent.categories.items() if on}
    assert allowed == {"purchases"}
    assert {d.kind for d in p.data} == {"cart_add", "purchase"}


def test_pregnancy_loss_holds_baby_items_from_months_ago_only(shipped, catalog):
    p = shipped["pregnancy-loss"]
    assert p.consent.sensitive["pregnancy-baby"] is True

    def is_baby(d):
        return bool(d.product_id) and catalog.by_id[d.product_id].category == "pregnancy-baby"

    baby = [d for d in p.data if is_baby(d)]
    assert {d.kind for d in baby} >= {"view", "wishlist", "purchase"}
    assert min(d.days_ago for d in baby) >= 60
    assert any(d.kind == "declared_interest" and d.text == "pregnancy-baby" for d in p.data)


# --- loading replaces everything --------------------------------------------------------


def test_load_replaces_every_data_point_and_sets_consent(services, data_dir, shipped):
    store = services.store
    before = _seed(store)
    assert len(before[0]) == 3 and before[1]
    assert files_containing(data_dir.root, MARKER.encode()), "the marker is on disk to begin with"
    persona = shipped["outdoor-enthusiast"]
    summary = load_persona(store, persona).result
    assert summary["persona"] == "outdoor-enthusiast"
    assert summary["loaded"] == len(persona.data) and summary["replaced"] == 3
    datums = store.datums()
    assert len(datums) == len(persona.data)
    assert all(d.text != MARKER for d in datums)
    assert store.cart() == []
    assert json.loads(store.get_meta("consent_state")) == persona.consent.to_json()
    assert json.loads(store.get_meta("sensitive_opt_in")) == []
    assert store.get_meta("persona") == "outdoor-enthusiast"
    assert store.receipts()[-1]["action"] == "persona load"
    assert store.receipts()[-1]["counts"] == {"cart_add": 1, "search": 1, "view": 1}
    services.close()
    assert files_containing(data_dir.root, MARKER.encode()) == []


def test_times_are_relative_to_the_store_clock(services, shipped):
    persona = shipped["home-cook"]
    load_persona(services.store, persona)
    got = sorted(d.collected_at for d in services.store.datums())
    want = sorted(NOW - timedelta(days=d.days_ago) for d in persona.data)
    assert [g.replace(microsecond=0) for g in got] == [w.replace(microsecond=0) for w in want]
    later = [d for d in persona.data if d.kind == "purchase"][-1]
    stored = [d for d in services.store.datums() if d.kind == "purchase"]
    assert any(d.text == later.order for d in stored)


def test_sensitive_opt_in_follows_the_persona(services, shipped):
    load_persona(services.store, shipped["gift-buyer"])
    assert services.recommender.sensitive_opt_in() == frozenset({"alcohol"})
    load_persona(services.store, shipped["newcomer"])
    assert services.recommender.sensitive_opt_in() == frozenset()
    assert services.store.datums() == []
    assert not services.recommender.uses_personal_data()


def test_load_ignores_the_consent_that_was_in_force_before(services, shipped):
    store = services.store
    store.may_collect = lambda category: category == "purchases"  # the previous persona's consent
    load_persona(store, shipped["outdoor-enthusiast"])
    assert len(store.datums()) == len(shipped["outdoor-enthusiast"].data)
    assert store.may_collect("browsing") is False  # the hook itself is restored for its owner


def test_a_failure_inside_the_transaction_changes_nothing(services, shipped, monkeypatch):
    store = services.store
    before = _seed(store)
    real = persona_ops.insert_rows

    def half_then_fail(store, rows):
        real(store, list(rows)[:5])
        raise OSError("disk full")

    monkeypatch.setattr(persona_ops, "insert_rows", half_then_fail)
    with pytest.raises(OSError):
        load_persona(store, shipped["outdoor-enthusiast"])
    assert _snapshot(store) == before
    assert store.receipts() == []


# --- what the personas show -------------------------------------------------------------


def test_expecting_parent_gets_no_personal_sensitive_recommendation(services, shipped, catalog):
    load_persona(services.store, shipped["expecting-parent"])
    recs = services.recommender.recommend(20)
    assert recs
    for r in recs:
        if catalog.by_id[r.product_id].sensitive:
            assert not any(c.personal for c in r.contributions), r.product_id
    # ...while her everyday, non-sensitive data is used
    assert services.recommender.uses_personal_data()
    assert sum(1 for r in recs if any(c.personal for c in r.contributions)) >= len(recs) - 2
    assert any(catalog.by_id[r.product_id].sensitive_signals for r in recs)


def test_pregnancy_loss_baby_recommendations_go_with_the_topic(services, shipped, catalog):
    store = services.store
    load_persona(store, shipped["pregnancy-loss"])
    rec = services.recommender

    def baby_recs():
        return [
            r.product_id
            for r in rec.recommend(20)
            if catalog.by_id[r.product_id].category == "pregnancy-baby"
            and any(c.personal for c in r.contributions)
        ]

    assert len(baby_recs()) >= 3, "the painful starting point: baby items on her home page"
    change = forget_ops.forget_topic(rec, "pregnancy-baby")
    assert change.receipt["total"] >= 30
    assert baby_recs() == []
    assert [d for d in store.datums() if d.topic(catalog) == "pregnancy-baby"] == []
    assert [p for p in store.wishlist() if catalog.by_id[p].category == "pregnancy-baby"] == []


def test_gift_buyer_recommendations_recover_when_gifts_are_not_used(services, shipped, catalog):
    load_persona(services.store, shipped["gift-buyer"])
    rec = services.recommender

    def categories():
        return [catalog.by_id[r.product_id].category for r in rec.recommend()]

    def gift_places(cats: list[str]) -> int:
        return cats.count("toys") + cats.count("alcohol")

    before = categories()
    assert gift_places(before) >= 5 and "toys" in before and "alcohol" in before
    gifts = [d for d in services.store.datums() if d.topic(catalog) in ("toys", "alcohol")]
    # excluding only the purchases is not enough, and brings back what he already bought
    bought = [d for d in gifts if d.kind == "purchase"]
    forget_ops.exclude(rec, [d.id for d in bought])
    assert gift_places(categories()) >= 3
    assert {d.product_id for d in bought} & {r.product_id for r in rec.recommend()}
    forget_ops.exclude(rec, [d.id for d in gifts])
    after = categories()
    assert gift_places(after) == 0
    assert after.count("electronics") >= 6


# --- broken files -----------------------------------------------------------------------


def _broken(tmp_path: Path, pid: str, edit) -> tuple[Path, str]:
    """Copy a shipped persona and apply edit(lines) -> (lines, line_number_of_the_problem)."""
    src = personas.shipped_dir() / f"{pid}.json"
    lines = src.read_text(encoding="utf-8").splitlines()
    lines, lineno = edit(lines)
    dest = tmp_path / "personas" / f"{pid}.json"
    dest.parent.mkdir(exist_ok=True)
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest, lineno


def _data_line(lines: list[str], index: int) -> int:
    start = lines.index('  "data": [')
    return start + 1 + index  # 0-based list index of data[index]


def _product_line(lines: list[str], start: int) -> tuple[int, int]:
    """(list index, data index) of the first data point from data[start] on with a product."""
    index = start
    while '"product_id"' not in lines[_data_line(lines, index)]:
        index += 1
    return _data_line(lines, index), index


def _wrong_product(lines):
    k, i = _product_line(lines, 4)
    lines[k] = re.sub(r'"product_id": "[^"]+"', '"product_id": "trail-tent-9p"', lines[k])
    return lines, (k + 1, f"data[{i}].product_id", "unknown product 'trail-tent-9p'")


def _bad_kind(lines):
    k = _data_line(lines, 5)
    lines[k] = lines[k].replace('"kind": "view"', '"kind": "glance"')
    return lines, (k + 1, "data[5].kind", 'unknown kind "glance"')


def _bad_syntax(lines):
    k = _data_line(lines, 7)
    lines[k] = lines[k].rstrip(",")  # a missing comma between two data points
    return lines, (k + 2, None, "not valid JSON")


def _missing_field(lines):
    k = _data_line(lines, 9)
    lines[k] = re.sub(r', "where": "[^"]+"', "", lines[k])
    return lines, (k + 1, "data[9].where", "field 'where' is missing")


def _withdrawn_category(lines):
    k = next(i for i, line in enumerate(lines) if '"browsing": true' in line)
    lines[k] = lines[k].replace("true", "false")
    first_view = next(i for i, line in enumerate(lines) if '"kind": "view"' in line)
    index = first_view - _data_line(lines, 0)
    return lines, (first_view + 1, f"data[{index}].kind", "consent.browsing withholds")


def _sensitive_withheld(lines):
    k, i = _product_line(lines, 12)
    lines[k] = re.sub(r'"product_id": "[^"]+"', '"product_id": "prenatal-multivitamin"', lines[k])
    return lines, (k + 1, f"data[{i}].product_id", "consent.sensitive.pregnancy-baby withholds")


BROKEN = {
    "wrong product id": ("outdoor-enthusiast", _wrong_product),
    "bad kind": ("outdoor-enthusiast", _bad_kind),
    "bad JSON syntax": ("home-cook", _bad_syntax),
    "missing field": ("home-cook", _missing_field),
    "datum in a withdrawn category": ("gift-buyer", _withdrawn_category),
    "datum in a sensitive category not opted into": ("expecting-parent", _sensitive_withheld),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_file_names_file_line_and_field_and_changes_nothing(
    case, tmp_path, services, catalog
):
    pid, edit = BROKEN[case]
    path, (line, field, problem) = _broken(tmp_path, pid, edit)
    before = _seed(services.store)
    with pytest.raises(PersonaError) as err:
        load_persona_file(path, catalog)
    message = str(err.value)
    assert f"{pid}.json" in message and f"line {line}" in message and problem in message, message
    if field:
        assert f", {field}: " in message, message
    assert err.value.line == line
    assert _snapshot(services.store) == before


def test_other_problems_are_named_precisely(tmp_path, catalog):
    def check(text: str, expected: str, name: str = "x") -> None:
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(PersonaError, match=re.escape(expected)):
            load_persona_file(path, catalog)

    good = json.loads((personas.shipped_dir() / "home-cook.json").read_text())
    good["id"] = "x"

    def variant(**changes):
        doc = json.loads(json.dumps(good))
        for dotted, value in changes.items():
            target = doc
            *parents, last = dotted.split("__")
            for part in parents:
                target = target[int(part)] if part.isdigit() else target[part]
            if value is ...:
                del target[int(last) if last.isdigit() else last]
            else:
                target[int(last) if last.isdigit() else last] = value
        return json.dumps(doc, indent=1)

    check(variant(format=2), "line 2, format: must be 1, not 2")
    check(variant(id="y"), "id: 'y' must match the file name 'x.json'")
    check(variant(name=""), "name: must be a non-empty string")
    check(variant(consent__age_band="yes"), 'consent.age_band: must be true or false, not "yes"')
    check(
        variant(consent__sensitive__alcohol=...),
        "consent.sensitive.alcohol: field 'alcohol' is missing",
    )
    check(variant(consent__tracking=True), "consent.tracking: unknown field 'tracking'")
    check(
        variant(data__0__days_ago=-1),
        "data[0].days_ago: must be a number of days from 0 to 3650, not -1",
    )
    check(
        variant(data__0__days_ago="3"),
        'data[0].days_ago: must be a number of days from 0 to 3650, not "3"',
    )
    check(variant(data__0__where="basement"), 'data[0].where: unknown place "basement"')
    check(variant(data__0__text="pets-and-more"), "data[0].text: unknown interest 'pets-and-more'")
    check(variant(data__2__text="Atlantis"), "data[2].text: unknown location 'Atlantis'")
    check(variant(data__5__product_id=...), "data[5].product_id: field 'product_id' is missing")
    rating = next(i for i, d in enumerate(good["data"]) if d["kind"] == "rating")
    check(
        variant(**{f"data__{rating}__value": 6}),
        f"data[{rating}].value: a rating is 1 to 5 stars, not 6",
    )
    check(
        variant(**{f"data__{rating}__value": ...}),
        f"data[{rating}].value: field 'value' is missing",
    )
    check(variant(data__5__text="hello"), "data[5].text: a view has no 'text'")
    check(variant(data=good["data"] * 3), "data: has 273 data points; a persona holds at most 200")
    wish = next(d for d in good["data"] if d["kind"] == "wishlist")
    check(
        variant(data=[*good["data"], wish]), f"a second wishlist entry for '{wish['product_id']}'"
    )
    check('{"format": 1, "format": 1}', "line 1, format: the key 'format' appears twice")
    check("[1, 2]", "must be a persona (a JSON object)")
    (tmp_path / "latin.json").write_bytes(b'{"name": "Caf\xe9"}')
    with pytest.raises(PersonaError, match="latin.json: not UTF-8"):
        load_persona_file(tmp_path / "latin.json", catalog)
    with pytest.raises(
        PersonaError, match="There is no persona 'nobody'; the shipped personas are"
    ):
        personas.resolve("nobody")
    with pytest.raises(PersonaError, match="no such persona file"):
        personas.resolve(str(tmp_path / "missing.json"))


def test_a_custom_persona_file_loads_by_path(tmp_path, catalog):
    src = personas.shipped_dir() / "privacy-minimalist.json"
    dest = tmp_path / "privacy-minimalist.json"
    shutil.copy(src, dest)
    assert load(str(dest), catalog).data == load("privacy-minimalist", catalog).data


# --- command line -------------------------------------------------------------------------


def _run(capsys, *argv):
    code = run_cli(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def user_dir(services):
    _seed(services.store)
    services.close()
    return str(services.data_dir.root)


def _stored(folder: str) -> list[str]:
    from tightrope.clock import FixedClock
    from tightrope.services import open_services

    svc = open_services(paths.resolve_data_dir(folder), FixedClock(NOW))
    try:
        return [d.text or d.product_id for d in svc.store.datums()]
    finally:
        svc.close()


def test_cli_list_json_shape(capsys):
    code, out, err = _run(capsys, "persona", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and err == ""
    assert rows[0]["id"] == "newcomer" and sorted(r["id"] for r in rows) == SHIPPED
    for r in rows:
        assert {"id", "name", "story", "workshop_use", "data_points", "consent"} <= set(r)
        assert set(r["consent"]) == {*CONSENT_CATEGORIES, "sensitive"}


def test_cli_list_table(capsys, shipped):
    code, out, _ = _run(capsys, "persona", "list")
    assert code == 0 and out.splitlines()[0].startswith("newcomer")
    for p in shipped.values():
        assert f"{len(p.data):>3} data points  {p.name}" in out


def test_cli_load_refuses_without_yes_when_stdin_is_not_a_terminal(
    capsys, user_dir, monkeypatch, shipped
):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    before = _stored(user_dir)
    code, out, err = _run(capsys, "--data-dir", user_dir, "persona", "load", "outdoor-enthusiast")
    assert code == 1 and out == ""
    n = len(shipped["outdoor-enthusiast"].data)
    assert f"This replaces the 3 data points stored now with Sam's {n}" in err and "--yes" in err
    assert err.count("\n") == 1
    assert _stored(user_dir) == before


def test_cli_load_with_yes_replaces_and_reports(capsys, user_dir, shipped):
    argv = ["persona", "load", "expecting-parent", "--yes", "--json", "--data-dir", user_dir]
    code, out, err = _run(capsys, *argv)
    summary = json.loads(out)
    n = len(shipped["expecting-parent"].data)
    assert code == 0 and err == ""
    assert summary["persona"] == "expecting-parent"
    assert summary["replaced"] == 3 and summary["loaded"] == n
    assert summary["receipt"]["action"] == "persona load"
    assert summary["consent"] == shipped["expecting-parent"].consent.to_json()
    stored = _stored(user_dir)
    assert len(stored) == n and MARKER not in stored


def test_cli_load_asks_on_a_terminal(capsys, user_dir, monkeypatch, shipped):
    n = len(shipped["home-cook"].data)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code, out, _ = _run(capsys, "--data-dir", user_dir, "persona", "load", "home-cook")
    assert code == 1
    assert f"This replaces the 3 data points stored now with Priya's {n}" in out
    assert "[y/N]" in out and "Nothing was changed." in out
    assert MARKER in _stored(user_dir)
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    code, out, _ = _run(capsys, "--data-dir", user_dir, "persona", "load", "home-cook")
    assert code == 0 and f"Loaded Priya, home cook: {n} data points (replaced 3)." in out
    assert len(_stored(user_dir)) == n


@pytest.mark.parametrize("case", ["unknown id", "broken file"])
def test_cli_load_errors_are_one_sentence_and_change_nothing(case, capsys, user_dir, tmp_path):
    if case == "unknown id":
        target, expected = "trail-hiker", "no persona 'trail-hiker'"
    else:
        path, (line, field, _problem) = _broken(tmp_path, "outdoor-enthusiast", _wrong_product)
        target, expected = (
            str(path),
            f"outdoor-enthusiast.json, line {line}, {field}: unknown product",
        )
    before = _stored(user_dir)
    code, out, err = _run(capsys, "--data-dir", user_dir, "persona", "load", target, "--yes")
    assert code == 1 and out == ""
    assert err.startswith("tightrope: ") and expected in err and err.count("\n") == 1, err
    assert _stored(user_dir) == before


# --- schema and docs ----------------------------------------------------------------------


def test_schema_lists_match_the_loader(catalog):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == list(personas.TOP_LEVEL_REQUIRED)
    assert set(schema["properties"]) == {*personas.TOP_LEVEL_REQUIRED, *personas.TOP_LEVEL_OPTIONAL}
    assert schema["properties"]["format"]["const"] == personas.FORMAT
    assert schema["properties"]["id"]["pattern"] == personas.ID_PATTERN
    assert schema["properties"]["data"]["maxItems"] == personas.MAX_DATA_POINTS
    consent = schema["$defs"]["consent"]
    assert consent["required"] == [*CONSENT_CATEGORIES, personas.SENSITIVE_KEY]
    sensitive = consent["properties"][personas.SENSITIVE_KEY]["required"]
    assert sensitive == [c.id for c in catalog.sensitive_categories()]
    datum = schema["$defs"]["datum"]
    assert datum["required"] == list(personas.DATUM_REQUIRED)
    assert set(datum["properties"]) == {*personas.DATUM_REQUIRED, *personas.DATUM_OPTIONAL}
    assert datum["properties"]["kind"]["enum"] == list(KINDS)
    assert datum["properties"]["where"]["enum"] == list(personas.PLACES)
    assert datum["properties"]["days_ago"]["maximum"] == personas.MAX_DAYS_AGO
    conditions = {
        json.dumps(c["if"]["properties"]["kind"], sort_keys=True)
        for c in datum["allOf"]
        if "properties" in c["if"]
    }
    assert (
        json.dumps({"enum": sorted(PRODUCT_KINDS, key=list(KINDS).index)}, sort_keys=True)
        in conditions
    )
    assert (
        json.dumps({"enum": sorted(TEXT_KINDS, key=list(KINDS).index)}, sort_keys=True)
        in conditions
    )


def _schema_errors(value, schema, root, at="$") -> list[str]:
    """A small validator for the subset of JSON Schema the persona schema uses."""
    if "$ref" in schema:
        node = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return _schema_errors(value, node, root, at)
    errors: list[str] = []
    types = {
        "object": dict,
        "array": list,
        "string": str,
        "boolean": bool,
        "integer": int,
        "number": (int, float),
    }
    t = schema.get("type")
    if t and (
        not isinstance(value, types[t]) or (t in ("integer", "number") and isinstance(value, bool))
    ):
        return [f"{at}: not {t}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in enum")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{at}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: does not match pattern")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", float("-inf")) or value > schema.get(
            "maximum", float("inf")
        ):
            errors.append(f"{at}: out of range")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{at}: too many items")
        for i, item in enumerate(value):
            errors += _schema_errors(item, schema.get("items", {}), root, f"{at}[{i}]")
    if isinstance(value, dict):
        errors += [f"{at}.{k}: required" for k in schema.get("required", []) if k not in value]
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors += _schema_errors(v, props[k], root, f"{at}.{k}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}.{k}: not allowed")
    for sub in schema.get("allOf", []):
        errors += _schema_errors(value, sub, root, at)
    if "not" in schema and not _schema_errors(value, schema["not"], root, at):
        errors.append(f"{at}: matches a 'not'")
    if "if" in schema and not _schema_errors(value, schema["if"], root, at):
        errors += _schema_errors(value, schema.get("then", {}), root, at)
    return errors


@pytest.mark.parametrize("pid", SHIPPED)
def test_every_shipped_persona_satisfies_the_schema(pid):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads((personas.shipped_dir() / f"{pid}.json").read_text(encoding="utf-8"))
    assert _schema_errors(doc, schema, schema) == []


@pytest.mark.parametrize(
    "datum",
    [
        {"kind": "glance", "product_id": "trail-tent-2p", "days_ago": 1, "where": "home page"},
        {"kind": "view", "product_id": "trail-tent-2p", "days_ago": 1},
        {
            "kind": "view",
            "product_id": "trail-tent-2p",
            "text": "x",
            "days_ago": 1,
            "where": "home page",
        },
        {
            "kind": "view",
            "product_id": "trail-tent-2p",
            "value": 2,
            "days_ago": 1,
            "where": "home page",
        },
        {
            "kind": "rating",
            "product_id": "trail-tent-2p",
            "value": 6,
            "days_ago": 1,
            "where": "product page",
        },
        {"kind": "rating", "product_id": "trail-tent-2p", "days_ago": 1, "where": "product page"},
        {"kind": "search", "days_ago": 1, "where": "search box"},
        {"kind": "search", "text": "tent", "order": "A1", "days_ago": 1, "where": "search box"},
        {"kind": "view", "product_id": "trail-tent-2p", "days_ago": -1, "where": "home page"},
        {"kind": "view", "product_id": "trail-tent-2p", "days_ago": 1, "where": "basement"},
        {
            "kind": "cart_add",
            "product_id": "trail-tent-2p",
            "order": "A1",
            "days_ago": 1,
            "where": "cart",
        },
    ],
)
def test_schema_and_loader_refuse_the_same_data_points(datum, tmp_path, catalog):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads((personas.shipped_dir() / "newcomer.json").read_text(encoding="utf-8"))
    doc["data"] = [datum]
    assert _schema_errors(doc, schema, schema) != []
    path = tmp_path / "newcomer.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    with pytest.raises(PersonaError, match=r"line \d+, data\[0\]"):
        load_persona_file(path, catalog)


def test_docs_table_lists_every_shipped_persona_with_its_count(shipped):
    text = DOC.read_text(encoding="utf-8")
    row = re.compile(r"^\| `([a-z0-9-]+)` \|[^|]*\|[^|]*\| (\d+) \|", re.M)
    rows = {m.group(1): int(m.group(2)) for m in row.finditer(text)}
    assert rows == {pid: len(p.data) for pid, p in shipped.items()}
    for name in (
        "tightrope persona list",
        "tightrope persona load",
        "--yes",
        "days_ago",
        "workshop_use",
    ):
        assert name in text
