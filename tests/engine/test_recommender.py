"""The recommender: exact explanations, removal consistency, community privacy."""

from datetime import timedelta

import numpy as np
import pytest

from tests.helpers import NOW
from tightrope.engine.community import build_index
from tightrope.engine.explain import PERSONAL_SOURCES
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops


def _by_name(catalog, fragment):
    return next(p for p in catalog.products if fragment.lower() in p.name.lower())


def _outdoor_user(services, catalog):
    store = services.store
    outdoor = catalog.in_category("outdoor")
    for k, p in enumerate(outdoor[:4]):
        record_ops.record(
            store, "view", product_id=p.id, where="category page", at=NOW - timedelta(days=k + 1)
        )
    record_ops.record(
        store, "search", text="camping stove", where="search box", at=NOW - timedelta(days=2)
    )
    record_ops.record(
        store,
        "purchase",
        product_id=outdoor[5].id,
        value=1,
        where="checkout",
        at=NOW - timedelta(days=9),
    )
    record_ops.record(store, "declared_interest", text="fitness", where="profile")
    record_ops.record(
        store, "location", text=next(iter(catalog.profile_rules["location"])), where="profile"
    )
    return outdoor


def test_cold_start_recommends_without_personal_data(services):
    recs = services.recommender.recommend()
    assert len(recs) == services.recommender.top_n
    for r in recs:
        assert all(c.source not in PERSONAL_SOURCES and c.datum_id is None for c in r.contributions)
        assert r.headline.startswith("Nothing personal was used")
    shelves = services.recommender.shelves()
    assert shelves[0].subtitle.startswith("Nothing personal was used")


def test_scores_are_the_sum_of_their_contributions(services, catalog):
    _outdoor_user(services, catalog)
    recs = services.recommender.recommend()
    assert any(r.personal for r in recs)
    for r in recs + [services.recommender.why(p.id) for p in catalog.products[::7]]:
        assert sum(c.contribution for c in r.contributions) == pytest.approx(r.score, abs=1e-9)
        if r.score > 0:
            assert sum(c.share for c in r.contributions) == pytest.approx(1.0, abs=1e-9)


def test_personal_contributions_name_one_data_point_with_its_facts(services, catalog):
    _outdoor_user(services, catalog)
    stored = {d.id: d for d in services.store.datums()}
    for r in services.recommender.recommend():
        for c in r.contributions:
            if c.personal:
                d = stored[c.datum_id]
                assert c.kind == d.kind and c.consent_category == d.consent_category
                assert c.collected_where == d.collected_where and c.collected_at
                assert c.label
            else:
                assert c.source in ("popular", "new", "sponsored") and c.kind is None


def test_forgetting_shifts_each_score_by_exactly_its_contribution(services, catalog):
    _outdoor_user(services, catalog)
    rec = services.recommender
    before = {p.id: rec.why(p.id) for p in catalog.products}
    victim = rec.recommend()[0].contributions
    datum_id = next(c.datum_id for c in victim if c.personal)
    forget_ops.forget(rec, [datum_id])
    for p in catalog.products:
        expected = before[p.id].score - sum(
            c.contribution for c in before[p.id].contributions if c.datum_id == datum_id
        )
        after = rec.why(p.id)
        assert after.score == pytest.approx(expected, abs=1e-9)
        assert datum_id not in after.datum_ids()


def test_recency_decay_is_part_of_each_contribution(services, catalog):
    p = catalog.products[0]
    half_life = services.recommender.evidence.w.half_life_days
    fresh = record_ops.record(services.store, "cart_add", product_id=p.id, at=NOW).datum
    old = record_ops.record(
        services.store, "cart_add", product_id=p.id, at=NOW - timedelta(days=half_life)
    ).datum
    why = services.recommender.why(p.id)
    by_datum = {
        c.datum_id: c
        for c in why.contributions
        if c.personal and c.kind == "cart_add" and c.label.startswith("You added")
    }
    assert by_datum[old.id].detail["decay"] == pytest.approx(0.5, abs=1e-3)
    assert by_datum[old.id].contribution == pytest.approx(
        by_datum[fresh.id].contribution / 2, rel=1e-3
    )


def test_already_bought_is_not_recommended_unless_consumable(services, catalog):
    rec = services.recommender
    durable = next(p for p in catalog.products if not p.consumable and not p.sensitive)
    consumable = next(p for p in catalog.products if p.consumable and not p.sensitive)
    for p in (durable, consumable):
        record_ops.record(services.store, "view", product_id=p.id)
        record_ops.record(services.store, "purchase", product_id=p.id, value=1)
    ids = [r.product_id for r in rec.recommend(50)]
    assert durable.id not in ids
    why = rec.why(durable.id)
    assert not why.eligible and why.rank is None and "already bought" in why.headline
    assert rec.why(consumable.id).eligible
    assert any(c.label.startswith("You bought") for c in rec.why(consumable.id).contributions)


def test_excluded_data_is_kept_but_not_used(services, catalog):
    _outdoor_user(services, catalog)
    rec = services.recommender
    top = rec.recommend()[0]
    d = next(c.datum_id for c in top.contributions if c.personal)
    change = forget_ops.exclude(rec, [d])
    assert services.store.datum(d).excluded
    assert all(d not in r.datum_ids() for r in rec.recommend())
    assert rec.why(top.product_id).score == pytest.approx(
        top.score - sum(c.contribution for c in top.contributions if c.datum_id == d)
    )
    forget_ops.include(rec, [d])
    assert rec.why(top.product_id).score == pytest.approx(top.score)
    assert change.preview.datum_ids == (d,)


def test_preview_matches_what_forget_does(services, catalog):
    _outdoor_user(services, catalog)
    rec = services.recommender
    top = rec.recommend()[0]
    ids = top.datum_ids()
    preview = rec.preview_forget(ids, focus=top.product_id)
    before = [r.product_id for r in rec.recommend()]
    change = forget_ops.forget(rec, ids, focus=top.product_id)
    after = [r.product_id for r in rec.recommend()]
    assert change.preview == preview
    assert {c.product_id for c in preview.dropped} == set(before) - set(after)
    assert {c.product_id for c in preview.entered} == set(after) - set(before)
    assert change.receipt["total"] == len(ids)
    assert change.summary.startswith("Forgotten:")


def test_counterfactual_set_removes_the_item(services, catalog):
    _outdoor_user(services, catalog)
    rec = services.recommender
    checked = 0
    for r in rec.recommend():
        cf = rec.counterfactual(r.product_id)
        if cf.datum_ids is None:
            continue
        checked += 1
        assert rec.preview_forget(cf.datum_ids, focus=r.product_id).focus.new_rank is None
        for size in range(1, len(cf.datum_ids)):
            import itertools

            for sub in itertools.combinations(r.datum_ids(), size):
                assert rec.preview_forget(sub, focus=r.product_id).focus.new_rank is not None
    assert checked >= 1


def test_a_counterfactual_can_be_a_purchase_that_brings_its_product_back(services, catalog):
    """Forgetting a purchase of something people do not rebuy makes it eligible again; when it
    then ranks above the item, that purchase alone takes the item out (issue #15, item 3)."""
    store, rec = services.store, services.recommender
    durable = next(p for p in catalog.products if not p.consumable and not p.sensitive)
    for _ in range(4):  # a strongly wanted product ...
        record_ops.record(store, "cart_add", product_id=durable.id, at=NOW)
    bought = record_ops.record(
        store, "purchase", product_id=durable.id, value=1, at=NOW
    ).datum  # ... then bought
    top = rec.recommend()
    assert durable.id not in [r.product_id for r in top]
    last = top[-1]
    assert bought.id not in last.datum_ids()  # not behind the item: the old search missed it
    cf = rec.counterfactual(last.product_id)
    assert cf.datum_ids == (bought.id,)
    assert rec.preview_forget([bought.id], focus=last.product_id).focus.new_rank is None


def test_why_not_names_what_would_bring_a_product_in(services, catalog):
    store, rec = services.store, services.recommender
    durable = next(p for p in catalog.products if not p.consumable and not p.sensitive)
    record_ops.record(store, "view", product_id=durable.id, at=NOW)
    bought = record_ops.record(store, "purchase", product_id=durable.id, value=1, at=NOW).datum
    cf = rec.counterfactual(durable.id)
    assert cf.direction == "in" and cf.block is None and cf.datum_ids == (bought.id,)
    assert rec.preview_forget(cf.datum_ids, focus=durable.id).focus.new_rank is not None
    assert "comes into your recommendations at #" in cf.message
    # a sensitive product the user has not opted into: a choice keeps it out, not data
    baby = catalog.in_category("pregnancy-baby")[0]
    cf = rec.counterfactual(baby.id)
    assert cf.block == "sensitive" and cf.datum_ids is None and "opted into" in cf.message


def test_two_data_points_about_one_product_make_one_reason_in_a_headline(services, catalog):
    store, rec = services.store, services.recommender
    anchor = next(
        p
        for p in catalog.products
        if not p.sensitive and rec.community.neighbours(catalog.index_of[p.id])[0].size
    )
    record_ops.record(store, "view", product_id=anchor.id, at=NOW)
    record_ops.record(store, "cart_add", product_id=anchor.id, at=NOW)
    for r in rec.recommend(40):
        assert r.headline.count(anchor.name) <= 1, r.headline


def test_sensitive_category_is_not_driven_by_personal_data(services, catalog):
    baby = catalog.in_category("pregnancy-baby")
    for p in baby[:3]:
        record_ops.record(services.store, "view", product_id=p.id)
    for r in services.recommender.recommend(40):
        if catalog.by_id[r.product_id].sensitive:
            assert not r.personal
    assert services.recommender.why(baby[0].id).personal is False


def test_community_similarity_needs_k_shoppers():
    # products 0 and 1 bought together by 49 shoppers, 2 and 3 by 50
    shoppers, products = [], []
    for s in range(49):
        shoppers += [s, s]
        products += [0, 1]
    for s in range(100, 150):
        shoppers += [s, s]
        products += [2, 3]
    idx = build_index(np.array(shoppers), np.array(products), 200, 4, k=50)
    assert len(idx.neighbours(0)[0]) == 0
    nb, sim, support = idx.neighbours(2)
    assert list(nb) == [3] and list(support) == [50] and sim[0] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="floor"):
        build_index(np.array(shoppers), np.array(products), 200, 4, k=10)


def test_community_reasons_state_the_cohort(services, catalog, community):
    _outdoor_user(services, catalog)
    found = [
        c
        for r in services.recommender.recommend()
        for c in r.contributions
        if c.source == "community"
    ]
    assert found
    for c in found:
        assert c.detail["cohort"] >= community.k
        assert f"{c.detail['cohort']:,} shoppers" in c.label


def test_user_data_never_enters_the_community_index(services, catalog, community):
    snapshot = (community.indices.copy(), community.similarity.copy(), community.popularity.copy())
    _outdoor_user(services, catalog)
    services.recommender.recommend()
    assert np.array_equal(snapshot[0], community.indices)
    assert np.array_equal(snapshot[1], community.similarity)
    assert np.array_equal(snapshot[2], community.popularity)


@pytest.mark.filterwarnings("ignore:Method expects CSR input")
def test_cosine_matches_implicit(catalog):
    import json

    import implicit.nearest_neighbours as implicit
    from scipy import sparse

    from tightrope import paths
    from tightrope.engine.community import generate_interactions

    path = paths.shipped_data_dir() / "community.json"
    s, p, n = generate_interactions(json.loads(path.read_text()), catalog, path)
    ours = build_index(s, p, n, len(catalog.products), k=11, top_m=len(catalog.products))
    x = sparse.csr_matrix((np.ones(len(s)), (s, p)), shape=(n, len(catalog.products)))
    x.data[:] = 1
    model = implicit.CosineRecommender(K=len(catalog.products))
    model.fit(x, show_progress=False)
    theirs = model.similarity.tocsr()
    checked = 0
    for i in range(0, len(catalog.products), 5):
        nb, sim, _ = ours.neighbours(i)
        for j, v in zip(nb, sim):
            assert theirs[i, j] == pytest.approx(v, rel=1e-4)
            checked += 1
    assert checked > 500


def test_headline_says_mostly_only_when_the_named_data_carry_most(services, catalog):
    _outdoor_user(services, catalog)
    for k in range(20):  # a richer history: many small reasons
        record_ops.record(
            services.store, "view", product_id=catalog.in_category("outdoor")[k % 20].id
        )
    for r in services.recommender.recommend():
        per: dict[int, float] = {}
        for c in r.contributions:
            if c.personal:
                per[c.datum_id] = per.get(c.datum_id, 0.0) + c.share
        named = sorted(per.values(), reverse=True)[:2]
        if r.headline.startswith("Mostly because ") and not r.headline.startswith(
            "Mostly because of"
        ):
            assert sum(named) >= 0.5
        if r.headline.startswith("Mostly because of"):
            assert sum(per.values()) >= 0.5 and f"{len(per)} things" in r.headline


def test_cached_explanations_match_a_fresh_engine_after_every_kind_of_change(
    services, catalog, community
):
    from tightrope.engine.recommender import Recommender

    rec = services.recommender
    store = services.store
    outdoor = _outdoor_user(services, catalog)

    def same_as_fresh():
        fresh = Recommender(store, community)
        for p in catalog.products:
            a, b = rec.why(p.id), fresh.why(p.id)
            assert (a.rank, a.eligible, a.headline) == (b.rank, b.eligible, b.headline), p.id
            assert a.score == pytest.approx(b.score, abs=1e-12), p.id
            key = lambda c: (c.source, c.datum_id, c.label, c.collected_at, c.detail)
            assert sorted(map(key, a.contributions), key=str) == sorted(
                map(key, b.contributions), key=str
            )
            assert sorted(c.contribution for c in a.contributions) == pytest.approx(
                sorted(c.contribution for c in b.contributions), abs=1e-12
            )
        store.unsubscribe(fresh._on_changes)

    rec.shelves()  # fill the cache
    same_as_fresh()
    top = rec.recommend()[0]
    d = next(c.datum_id for c in top.contributions if c.personal)
    forget_ops.exclude(rec, [d])
    assert rec._state is not None  # the previewed scores were adopted, not rebuilt
    rec.shelves()
    same_as_fresh()
    forget_ops.include(rec, [d])
    rec.shelves()
    same_as_fresh()
    record_ops.record(store, "view", product_id=outdoor[7].id)
    rec.shelves()
    same_as_fresh()
    record_ops.record(store, "purchase", product_id=top.product_id, value=1)
    rec.shelves()
    same_as_fresh()
    forget_ops.forget_product(rec, top.product_id)
    assert rec._state is not None
    rec.shelves()
    same_as_fresh()
    retention_ops.advance_clock(store, 10)
    rec.shelves()
    same_as_fresh()


def test_fast_contribution_equals_the_dataclass_constructor():
    from tightrope.engine.explain import Contribution

    args = (
        "activity",
        7,
        "You viewed X",
        0.25,
        0.1,
        "view",
        "2026-01-01T00:00:00+00:00",
        "product page",
        "browsing",
        {"weight": 1.0},
    )
    made = Contribution.make(*args)
    plain = Contribution(*args)
    assert made == plain
    assert made.to_json() == plain.to_json()
    assert made.personal and made.badge == "Your activity"
    with pytest.raises(AttributeError):
        made.share = 1.0  # still frozen


def test_a_forget_applies_the_very_preview_shown_before_it(services, catalog):
    rec = services.recommender
    _outdoor_user(services, catalog)
    top = rec.recommend()[0]
    d = next(c.datum_id for c in top.contributions if c.personal)
    preview = rec.preview_forget([d], focus=top.product_id)
    other = rec.preview_forget([d])  # another question about the same state
    assert rec.preview_forget([d], focus=top.product_id) is preview
    change = forget_ops.forget(rec, [d], focus=top.product_id)
    assert change.preview is preview
    # the state changed: nothing previewed before is reused (nor kept)
    assert rec._previewed == (None, {}) or rec._previewed[0] is rec._state
    assert rec.preview_forget([d]) is not other


def test_shelves_defer_contributions_and_reading_them_gives_the_full_explanation(
    services, catalog, community
):
    from tightrope.engine.recommender import Recommender

    rec = services.recommender
    _outdoor_user(services, catalog)
    shelves = rec.shelves()
    items = [r for s in shelves for r in s.items]
    assert items and all("_contributions" in vars(r) for r in items)  # only headlines so far
    fresh = Recommender(services.store, community)
    for r in items:
        full = fresh.why(r.product_id)
        assert r.contributions == full.contributions  # worked out on first read
        assert "_contributions" not in vars(r)
        assert r == full.with_rank(r.rank)
        assert sum(c.contribution for c in r.contributions) == pytest.approx(r.score, abs=1e-9)
    services.store.unsubscribe(fresh._on_changes)


def test_an_old_explanation_read_after_a_forget_puts_nothing_back_in_the_caches(services, catalog):
    rec = services.recommender
    _outdoor_user(services, catalog)
    top = rec.recommend()[0]
    old = rec.why(top.product_id).with_rank(1)  # a copy whose contributions are still deferred
    d = next(c.datum_id for c in rec.why(top.product_id).contributions if c.personal)
    forget_ops.forget(rec, [d])
    assert d not in rec._labels and d not in rec._rows
    old.contributions  # e.g. a card still holding it, read after the forget
    assert d not in rec._labels and d not in rec._rows


def test_the_shelves_products_without_some_data_are_those_the_forget_then_shows(services, catalog):
    rec = services.recommender
    _outdoor_user(services, catalog)
    top = rec.recommend()[0]
    views = [c.datum_id for c in rec.why(top.product_id).contributions if c.personal]
    before = [r.product_id for s in rec.shelves() for r in s.items]
    ahead = rec.shelf_products_without(views[:2], focus=top.product_id)
    assert [r.product_id for s in rec.shelves() for r in s.items] == before  # nothing changed yet
    assert ahead != before
    forget_ops.forget(rec, views[:2], focus=top.product_id)
    assert [r.product_id for s in rec.shelves() for r in s.items] == ahead


@pytest.mark.parametrize("action", ["forget", "exclude", "forget_product"])
def test_explanations_prepared_during_a_preview_are_the_ones_a_fresh_engine_gives(
    services, catalog, community, action
):
    from tightrope.engine.recommender import Recommender

    rec = services.recommender
    store = services.store
    _outdoor_user(services, catalog)
    rec.shelves()
    top = rec.recommend()[0]
    d = next(c.datum_id for c in top.contributions if c.personal)
    ids = store.datum_ids_for_product(top.product_id) if action == "forget_product" else [d]
    before = [(r.product_id, r.headline) for s in rec.shelves() for r in s.items]
    prepared = rec.prepare(ids, focus=top.product_id)
    # working out the state after the removal changes nothing now
    assert [(r.product_id, r.headline) for s in rec.shelves() for r in s.items] == before
    if action == "forget_product":
        forget_ops.forget_product(rec, top.product_id, focus=top.product_id)
    else:
        getattr(forget_ops, action)(rec, ids, focus=top.product_id)
    assert rec.why(top.product_id) is prepared  # adopted, not worked out again
    fresh = Recommender(store, community)
    for shelf, fresh_shelf in zip(rec.shelves(), fresh.shelves(), strict=True):
        for a, b in zip(shelf.items, fresh_shelf.items, strict=True):
            assert a == b, a.product_id  # every field, contributions included
    assert rec.why(top.product_id) == fresh.why(top.product_id)
    store.unsubscribe(fresh._on_changes)


def test_forgetting_a_topic_takes_the_searches_that_name_it_or_feed_it(services, catalog):
    """'nursery' matches no product, 'camp stove' matches a stove and a cookbook (no
    majority): both are about their topic and go with it (issue #15, item 6)."""
    store, rec = services.store, services.recommender
    nursery = record_ops.record(store, "search", text="nursery", at=NOW).datum
    stove = record_ops.record(store, "search", text="camp stove", at=NOW).datum
    coffee = record_ops.record(store, "search", text="coffee", at=NOW).datum
    assert nursery.topic(catalog) is None and stove.topic(catalog) is None
    assert set(store.datum_ids_for_topic("pregnancy-baby")) == {nursery.id}
    assert set(store.datum_ids_for_topic("outdoor")) == {stove.id}
    change = forget_ops.forget_topic(rec, "outdoor")
    assert change.preview.topic.topic == "outdoor"
    assert {d.id for d in store.datums()} == {nursery.id, coffee.id}


def test_a_topic_forget_says_what_of_the_topic_is_left_on_the_shelves(services, catalog):
    store, rec = services.store, services.recommender
    # a product of another department whose nearest neighbours are outdoor products:
    # forgetting the Outdoor topic leaves it, and it keeps pointing into the topic
    socks = catalog.by_id["merino-hiking-socks"]  # Fashion, next to trail gear
    assert socks.category != "outdoor"
    for _ in range(2):
        record_ops.record(store, "cart_add", product_id=socks.id, at=NOW)
    tent = record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW).datum

    def outdoor_in_top():
        return sum(catalog.by_id[r.product_id].category == "outdoor" for r in rec.recommend(20))

    before = outdoor_in_top()
    preview = rec.preview_forget_topic("outdoor")
    assert preview.datum_ids == (tent.id,)
    assert preview.topic.before == before and preview.topic.window == 20
    change = forget_ops.forget_topic(rec, "outdoor")
    assert change.preview == preview
    assert change.preview.topic.after == outdoor_in_top() > 0
    assert change.preview.topic.blockable
    assert "blocking the topic stops it counting" in change.preview.summary
    # and the block does what the sentence says: what is left of the topic rests on nothing
    # of the user's (it is there for everyone: popular, new, sponsored)

    consent_ops.block_topic(store, "outdoor")
    for r in rec.recommend(20):
        if catalog.by_id[r.product_id].category == "outdoor":
            assert not r.datum_ids(), r.headline


def test_a_recommendations_short_form_names_its_strongest_reason_honestly(services, catalog):
    _outdoor_user(services, catalog)
    for r in services.recommender.recommend():
        per: dict[int, float] = {}
        for c in r.contributions:
            if c.personal:
                per[c.datum_id] = per.get(c.datum_id, 0.0) + c.share
        if not per:
            assert r.anchor == r.headline
            continue
        strongest = max(per.values())
        assert r.anchor.startswith("Mostly because " if strongest >= 0.5 else "Partly because ")
        assert len(r.anchor) <= len(r.headline)
