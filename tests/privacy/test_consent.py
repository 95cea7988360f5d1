"""Consent: nothing before a decision, nothing after withdrawal, history, levels, the guard."""

import pytest

from tightrope.engine import interests
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent
from tightrope.storage.store import Store
from tightrope.workshop.personas import load


@pytest.fixture
def fresh(data_dir, catalog, community, clock):
    """A store on first run: no consent decision yet."""
    store = Store.open(data_dir.database, catalog, clock)
    yield store, Recommender(store, community)
    store.close()


def test_nothing_is_recorded_before_a_consent_decision(fresh):
    store, _rec = fresh
    assert not consent.decided(store)
    assert (
        record_ops.record(store, "view", product_id="trail-tent-2p", where="home page").datum
        is None
    )
    assert record_ops.record(store, "search", text="tent", where="search box").datum is None
    assert record_ops.add_to_cart(store, "trail-tent-2p").datum is None
    assert store.datums() == [] and store.cart() == []


def test_reject_all_is_a_decision_and_still_records_nothing(fresh):
    store, rec = fresh
    consent_ops.reject_all(store, "consent screen")
    assert consent.decided(store)
    assert record_ops.record(store, "view", product_id="trail-tent-2p").datum is None
    assert not rec.uses_personal_data()


def test_accept_all_leaves_sensitive_categories_off(fresh):
    store, _rec = fresh
    consent_ops.accept_all(store, "consent screen")
    st = consent.state(store)
    assert all(st.categories.values()) and not any(st.sensitive.values())
    assert record_ops.record(store, "view", product_id="trail-tent-2p").datum is not None
    baby = store.catalog.in_category("pregnancy-baby")[0]
    assert record_ops.record(store, "view", product_id=baby.id).datum is None, (
        "sensitive data needs its own opt-in"
    )
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "test")
    assert record_ops.record(store, "view", product_id=baby.id).datum is not None


def test_withdrawal_stops_collection_and_use_at_once(services):
    store, rec = services.store, services.recommender
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home page")
    record_ops.record(store, "search", text="camping stove", where="search box")
    assert rec.uses_personal_data()
    change = consent_ops.set_switches(store, {"browsing": False}, "privacy page").consent
    assert change.withdrawn == ("browsing",) and change.data_in_withdrawn == {"browsing": 1}
    assert record_ops.record(store, "view", product_id="cast-iron-skillet-26").datum is None, (
        "not collected"
    )
    used = {c.consent_category for r in rec.recommend() for c in r.contributions if c.personal}
    assert used == {"searches"}, "existing browsing data is no longer used"
    assert len(store.datums()) == 2, "kept until the user deletes it"
    consent_ops.set_switches(store, {"browsing": True}, "privacy page")
    assert "browsing" in {
        c.consent_category for r in rec.recommend() for c in r.contributions if c.personal
    }


def test_history_records_every_change_with_when_and_where(services):
    store = services.store
    consent_ops.set_switches(store, {"location": False}, "privacy page")
    consent_ops.set_switches(store, {"location": True}, "consent screen")
    hist = consent.history(store)
    assert [(h["switch"], h["granted"], h["where"]) for h in hist[-2:]] == [
        ("location", False, "privacy page"),
        ("location", True, "consent screen"),
    ]
    assert all(h["at"] for h in hist)


def test_pause_collection(services):
    store = services.store
    consent_ops.set_paused(store, True)
    assert record_ops.record(store, "view", product_id="trail-tent-2p").datum is None
    consent_ops.set_paused(store, False)
    assert record_ops.record(store, "view", product_id="trail-tent-2p").datum is not None


def test_levels_off_light_full(services, catalog):
    store, rec = services.store, services.recommender
    record_ops.record(store, "view", product_id="trail-tent-2p", where="home page")
    record_ops.record(
        store, "location", text=sorted(catalog.profile_rules["location"])[0], where="profile"
    )
    sources = lambda: {c.source for r in rec.recommend(40) for c in r.contributions if c.personal}
    assert {"activity", "community", "profile"} <= sources()
    consent_ops.set_level(store, consent.LIGHT)
    assert "community" not in sources()
    assert all(c.detail.get("cohort") is None for r in rec.recommend(40) for c in r.contributions)
    assert not [
        c for r in rec.recommend(40) for c in r.contributions if c.consent_category == "location"
    ]
    assert "activity" in sources()
    consent_ops.set_level(store, consent.OFF)
    assert sources() == set() and not rec.uses_personal_data()
    with pytest.raises(ValueError):
        consent_ops.set_level(store, "medium")


def test_sensitive_guard_with_the_expecting_parent_persona(services, catalog):
    store, rec = services.store, services.recommender
    load_persona(store, load("expecting-parent", catalog))
    for r in rec.recommend(60):
        if catalog.by_id[r.product_id].sensitive:
            assert not r.personal, f"{r.name} is driven by personal data"
    notes = interests.suppressed(rec)
    assert [n.category for n in notes] == ["pregnancy-baby"]
    note = notes[0]
    assert note.message.startswith("We could have inferred an interest in Pregnancy & baby from ")
    assert note.message.endswith("We don't use it unless you opt in.")
    assert len(note.evidence) >= 4
    assert all(
        "pregnancy-baby" in catalog.by_id[store.datum(i).product_id].sensitive_signals
        for i in note.evidence
    )
    assert "pregnancy-baby" not in {i.topic for i in interests.inferred(rec)}
    # opting in lifts the guard: now it is an interest, and baby items can be personal
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "test")
    assert interests.suppressed(rec) == []
    assert any(
        catalog.by_id[r.product_id].category == "pregnancy-baby" and r.personal
        for r in rec.recommend(60)
    )


def test_inferred_interests_list_evidence_and_can_be_blocked(services, catalog):
    store, rec = services.store, services.recommender
    load_persona(store, load("outdoor-enthusiast", catalog))
    found = {i.topic: i for i in interests.inferred(rec)}
    assert "outdoor" in found
    outdoor = found["outdoor"]
    assert len(outdoor.evidence) >= interests.MIN_EVIDENCE
    assert all(store.datum(i).topic(catalog) == "outdoor" for i in outdoor.evidence)
    assert outdoor.effects and outdoor.summary
    consent_ops.block_topic(store, "outdoor")
    assert "outdoor" not in {i.topic for i in interests.inferred(rec)}
    for r in rec.recommend(60):
        if catalog.by_id[r.product_id].category == "outdoor":
            assert not r.personal
    # removing the evidence too
    change = forget_ops.forget(rec, outdoor.evidence, scope="topic")
    assert change.receipt["total"] == len(outdoor.evidence)


def test_persona_consent_goes_through_the_consent_module(services, catalog):
    store = services.store
    load_persona(store, load("gift-buyer", catalog))
    assert consent.state(store).sensitive_opt_in() == frozenset({"alcohol"})
    assert consent.history(store)[-1]["where"].startswith("persona ")
