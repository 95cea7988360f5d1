"""The rights a trainer is asked about (issue #20 items 1-5), at core level: the recommender's
main parameters and their weights (DSA Art. 27), symmetric withdrawal (GDPR Art. 7(3)),
rectification (GDPR Art. 16), Global Privacy Control (CCPA regs §7025) and the minors rule
(DSA Art. 28)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.helpers import files_containing
from tests.privacy.test_export import SCHEMA
from tests.privacy.test_export import check as schema_check
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import rectify as rectify_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent, export, gpc, minors, parameters, partners, rectify, restore
from tightrope.storage.datums import CONSENT_CATEGORIES
from tightrope.workshop.personas import load


def _load(services, catalog, persona):
    load_persona(services.store, load(persona, catalog))
    return services.store, services.recommender


def _fact(store, kind):
    return next(d for d in store.datums() if d.kind == kind)


# --- DSA Art. 27: main parameters and their relative importance --------------------------


@pytest.mark.parametrize("persona", ["outdoor-enthusiast", "gift-buyer", "newcomer", "teen-gamer"])
def test_parameter_weights_are_the_engines_contributions_summed(services, catalog, persona):
    _store, rec = _load(services, catalog, persona)
    overview = parameters.overview(rec)
    # the same numbers, summed here straight from the engine's explanations
    sums: Counter[str] = Counter()
    for r in rec.recommend():
        for c in r.contributions:
            key = (
                c.source if not c.personal else ("community" if c.source == "community" else c.kind)
            )
            sums[key] += c.contribution
    total = sum(sums.values())
    assert overview.recommendations == len(rec.recommend()) == rec.top_n
    assert {p.parameter for p in overview.parameters} == set(parameters.PARAMETERS)
    for p in overview.parameters:
        assert p.contribution == pytest.approx(sums.get(p.parameter, 0.0), abs=1e-12)
        assert p.share == pytest.approx(sums.get(p.parameter, 0.0) / total, abs=1e-12)
    assert sum(p.share for p in overview.parameters) == pytest.approx(1.0)
    # the total is the scores' total: every score is the sum of its contributions
    assert total == pytest.approx(sum(r.score for r in rec.recommend()))
    # the headline names the three largest with their percentages, in that order
    ranked = overview.ranked()
    head = overview.headline()
    places = [head.index(f"{p.name} ({parameters.percent(p.share)})") for p in ranked[:3]]
    assert places == sorted(places)


def test_parameter_weights_follow_the_level_and_a_forget(services, catalog):
    store, rec = _load(services, catalog, "outdoor-enthusiast")
    full = {p.parameter: p.share for p in parameters.overview(rec).parameters}
    assert full["community"] > 0 and full["view"] > 0
    consent_ops.set_level(store, consent.LIGHT)
    light = {p.parameter: p.share for p in parameters.overview(rec).parameters}
    assert light["community"] == light["location"] == 0  # Light drops them
    consent_ops.set_level(store, consent.OFF)
    off = parameters.overview(rec)
    assert off.personal_share() == 0 and "Nothing about you is used." in off.headline()
    assert "Off" in off.level_note()
    consent_ops.set_level(store, consent.FULL)
    views = [d.id for d in store.datums() if d.kind == "view"]
    forget_ops.forget(rec, views)
    assert {p.parameter: p.share for p in parameters.overview(rec).parameters}["view"] == 0


def test_each_parameter_says_how_it_works_and_how_to_change_it(services, catalog):
    _store, rec = _load(services, catalog, "outdoor-enthusiast")
    for p in parameters.overview(rec).parameters:
        assert p.description and p.change, p.parameter
    view = next(p for p in parameters.overview(rec).parameters if p.parameter == "view")
    assert f"every {rec.evidence.w.half_life_days:g} days" in view.description
    assert "Browsing" in view.change


# --- GDPR Art. 7(3): withdrawing is as easy as giving ---------------------------------------


def test_withdraw_all_undoes_accept_all_and_more(services):
    store = services.store
    consent_ops.accept_all(store, "privacy page")
    consent_ops.set_switches(store, {"sensitive:alcohol": True}, "privacy page")
    change = consent_ops.reject_all(store, "privacy page").consent
    st = consent.state(store)
    assert not any(st.categories.values()) and not any(st.sensitive.values())
    assert set(change.withdrawn) == set(CONSENT_CATEGORIES) | {"sensitive:alcohol"}


# --- GDPR Art. 16: rectification -----------------------------------------------------------


def test_a_correction_changes_the_fact_records_when_and_moves_what_was_previewed(services, catalog):
    store, rec = _load(services, catalog, "gift-buyer")
    city = _fact(store, "location")
    before = [r.product_id for r in rec.recommend()]
    preview = rectify.preview(rec, city.id, "Miami")
    done = rectify_ops.correct(rec, city.id, "  Miami ", "your data").result
    after = [r.product_id for r in rec.recommend()]
    assert (
        store.datum(city.id).text == "Miami"
        and done.datum.label(catalog) == "You told us you live in Miami"
    )
    assert done.preview == preview
    # the preview said exactly what happened
    assert {c.product_id for c in preview.dropped} == set(before) - set(after)
    assert {c.product_id for c in preview.entered} == set(after) - set(before)
    assert f"{preview.changed_count} recommendation" in done.summary
    assert "You told us you live in Miami" in done.summary
    # recorded: when and where, never the old value
    assert rectify.corrected_at(store) == {city.id: done.receipt["at"]}
    assert rectify.history(store) == [
        {"datum_id": city.id, "kind": "location", "at": done.receipt["at"], "where": "your data"}
    ]
    assert "Chicago" not in json.dumps(rectify.history(store))
    # the engine explains with the corrected fact
    labels = {c.label for r in rec.recommend(40) for c in r.contributions if c.datum_id == city.id}
    assert all("Chicago" not in label for label in labels)


def test_corrections_are_checked(services, catalog):
    store, rec = _load(services, catalog, "gift-buyer")
    with pytest.raises(rectify.RectifyError, match="record of what you did"):
        rectify_ops.correct(rec, _fact(store, "view").id, "x", "your data")
    with pytest.raises(rectify.RectifyError, match="not one of"):
        rectify_ops.correct(rec, _fact(store, "age_band").id, "12", "your data")
    with pytest.raises(rectify.RectifyError, match="sensitive category"):
        rectify_ops.correct(
            rec, _fact(store, "declared_interest").id, "pregnancy-baby", "your data"
        )
    with pytest.raises(rectify.RectifyError, match="Type the city"):
        rectify_ops.correct(rec, _fact(store, "location").id, "   ", "your data")
    with pytest.raises(rectify.RectifyError, match="not stored"):
        rectify_ops.correct(rec, 10**9, "Miami", "your data")
    assert not rectify.history(store)  # nothing half-written


def test_a_correction_is_exported_restored_and_forgotten_with_its_fact(
    services, catalog, tmp_path, data_dir
):
    store, rec = _load(services, catalog, "gift-buyer")
    interest = _fact(store, "declared_interest")
    rectify_ops.correct(rec, interest.id, "books", "your data")
    consent_ops.set_gpc(store, True)
    doc = json.loads(json.dumps(export.build(rec)))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    schema_check(doc, schema, schema)  # schema-valid, the new sections included
    assert (
        doc["how_recommendations_work"]["parameters"] and doc["consent"]["global_privacy_control"]
    )
    assert doc["partner_view"]["blocked_by"] == "gpc"
    assert (
        doc["corrections"][0]["datum_id"] == interest.id
        and doc["corrections"][0]["kind"] == "declared_interest"
    )
    dp = next(d for d in doc["data_points"] if d["id"] == interest.id)
    assert dp["text"] == "books"
    assert "correction" in export.to_csv(doc)
    path = tmp_path / "e.json"
    path.write_text(json.dumps(doc))
    parsed = restore.load_export(path, catalog)
    assert [c["datum_id"] for c in parsed.corrections] == [interest.id]
    forget_ops.forget(rec, [interest.id])
    assert not rectify.history(store) and not rectify.corrected_at(store)


# --- CCPA regs §7025: Global Privacy Control ------------------------------------------------


def test_gpc_is_honoured_in_collection_and_in_the_partner_view(services, catalog, data_dir):
    store, rec = _load(services, catalog, "outdoor-enthusiast")
    consent_ops.set_do_not_sell(store, False)  # the shopper allowed sharing on the page ...
    consent_ops.set_gpc(store, True)  # ... then the browser sends the signal
    out = partners.payload(rec)
    assert out["would_send"] is None and out["blocked_by"] == gpc.GPC
    assert out["gpc"] == {"signal": True, "honoured": True}
    assert (
        "Global Privacy Control" in out["blocked_reason"]
        and "nothing would be shared" in out["blocked_reason"]
    )
    # collection: no partner key is made (nothing is collected to identify the shopper to a
    # partner) and the signal is on record, when and from where
    assert store.get_meta(partners.META_KEY) is None
    last = consent.history(store)[-1]
    assert (last["switch"], last["granted"], last["where"]) == (gpc.SWITCH, False, gpc.WHERE)
    assert last["label"] == gpc.label()
    assert export.build(rec)["consent"]["global_privacy_control"] is True
    # the signal stops: the shopper's own choice applies again
    consent_ops.set_gpc(store, False)
    assert partners.payload(rec)["would_send"] is not None
    assert consent.history(store)[-1]["granted"] is True


def test_gpc_does_not_touch_first_party_personalisation(services, catalog):
    store, rec = _load(services, catalog, "outdoor-enthusiast")
    before = [r.product_id for r in rec.recommend()]
    consent_ops.set_gpc(store, True)
    assert [r.product_id for r in rec.recommend()] == before
    assert (
        record_ops.record(store, "view", product_id="trail-tent-2p", where="home page") is not None
    )


# --- DSA Art. 28: minors -------------------------------------------------------------------


def test_a_known_minor_gets_no_profiling_and_shares_nothing(services, catalog):
    store, rec = _load(services, catalog, "teen-gamer")
    assert minors.known_minor(store)
    assert consent.level(store) == consent.FULL  # his choice stands, the rule overrides it
    assert rec.policy().level == consent.OFF and rec.policy().minor
    assert not rec.uses_personal_data()
    assert all(not r.personal for r in rec.recommend(40))
    assert all(not r.personal for s in rec.shelves() for r in s.items)
    consent_ops.set_do_not_sell(store, False)
    out = partners.payload(rec)
    assert out["would_send"] is None and out["blocked_by"] == gpc.MINOR
    overview = parameters.overview(rec)
    assert overview.minor and overview.personal_share() == 0
    assert "under 18" in overview.level_note()


def test_the_minor_rule_follows_the_fact(services, catalog):
    store, rec = _load(services, catalog, "teen-gamer")
    band = _fact(store, "age_band")
    forget_ops.exclude(rec, [band.id])  # "don't use this" does not make the shop forget it
    assert rec.policy().minor and not rec.uses_personal_data()
    forget_ops.include(rec, [band.id])
    preview = rectify.preview(rec, band.id, "18-24")
    before = [r.product_id for r in rec.recommend()]
    rectify_ops.correct(rec, band.id, "18-24", "your data")
    assert not rec.policy().minor and rec.uses_personal_data()
    after = [r.product_id for r in rec.recommend()]
    assert {c.product_id for c in preview.entered} == set(after) - set(before)
    # back to a minor by a correction: the preview says every personal pick goes
    preview = rectify.preview(rec, band.id, "13-17")
    before = [r.product_id for r in rec.recommend()]
    rectify_ops.correct(rec, band.id, "13-17", "your data")
    after = [r.product_id for r in rec.recommend()]
    assert {c.product_id for c in preview.dropped} == set(before) - set(after)
    assert not rec.uses_personal_data()
    # forgetting the age band lifts the rule at once (a delete is an incremental change)
    forget_ops.forget(rec, [band.id])
    assert not rec.policy().minor and rec.uses_personal_data()
    assert any(r.personal for r in rec.recommend())


def test_a_recorded_minor_age_band_applies_the_rule_at_once(services, catalog):
    store, rec = _load(services, catalog, "outdoor-enthusiast")
    consent_ops.set_switches(store, {"age_band": True}, "privacy page")
    assert rec.uses_personal_data()
    record_ops.record(store, "age_band", text="13-17", where="profile")
    assert not rec.uses_personal_data() and all(not r.personal for r in rec.recommend())


def test_corrected_away_values_leave_no_trace_in_the_data_folder(services, catalog, data_dir):
    store, rec = _load(services, catalog, "gift-buyer")
    marker = "Zzyzx Marker City"
    city = _fact(store, "location")
    rectify_ops.correct(rec, city.id, marker, "your data")
    rectify_ops.correct(rec, city.id, "Miami", "your data")
    services.close()
    assert files_containing(data_dir.root, marker.encode()) == []


def test_why_not_names_the_minors_rule_not_the_level(services, catalog):
    _store, rec = _load(services, catalog, "teen-gamer")
    shown = {r.product_id for r in rec.recommend()}
    other = next(p.id for p in catalog.products if p.id not in shown and not p.sensitive)
    cf = rec.counterfactual(other)
    assert cf.direction == "in" and cf.block == "level"
    assert "under 18" in cf.message and "Personalization is off" not in cf.message
