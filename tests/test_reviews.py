"""Product reviews: the histogram behind every catalog rating, the written reviews, and the
shopper's helpful votes (a data point under "Ratings & wishlist")."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from tightrope import catalog_reviews, review_texts
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import review_votes
from tightrope.privacy import export
from tightrope.storage.datums import KINDS

TODAY = date(2026, 11, 29)
TENT = "trail-tent-2p"


def test_every_products_histogram_adds_up_to_its_rating_count_and_average(catalog):
    for p in catalog.products:
        s = catalog_reviews.summary(p)
        assert sum(s.histogram) == p.rating_count, p.id
        assert all(c >= 0 for c in s.histogram), p.id
        assert round(s.average, 1) == p.rating, (p.id, s.histogram)
        assert abs(s.average - p.rating) <= 0.05 + 1e-9, p.id


def test_written_reviews_are_a_sample_of_the_histogram_and_the_same_every_time(catalog):
    for p in catalog.products:
        s = catalog_reviews.summary(p)
        shown = catalog_reviews.reviews(p, TODAY)
        assert shown == catalog_reviews.reviews(p, TODAY), p.id
        assert len(shown) == catalog_reviews.shown_count(p) == min(5, p.rating_count)
        assert sorted(r.number for r in shown) == list(range(1, len(shown) + 1))
        for stars in range(1, 6):  # never more k-star reviews than k-star ratings
            assert sum(r.stars == stars for r in shown) <= s.histogram[stars - 1], p.id
        assert len({r.title for r in shown}) == len(shown), p.id
        for r in shown:
            assert r.title and r.text and r.author[-1] == "." and r.helpful >= 0
            assert 1 <= r.days_ago <= catalog_reviews.OLDEST_DAYS


def test_only_the_dates_follow_the_shops_clock(catalog):
    p = catalog.product(TENT)
    now, later = catalog_reviews.reviews(p, TODAY), catalog_reviews.reviews(p, TODAY + timedelta(9))
    assert [dataclasses.replace(r, days_ago=0) for r in now] == [
        dataclasses.replace(r, days_ago=0) for r in later
    ]
    assert all(r.day(TODAY) < TODAY for r in now)
    # a product long in the shop has no review from before it came in
    assert all(r.day(TODAY) >= p.added for r in now if (TODAY - p.added).days >= 7)


def test_reviews_of_sensitive_products_talk_about_the_product_only(catalog):
    allowed = {
        pair
        for texts in (
            review_texts.GENERIC,
            review_texts.USED_UP,
            review_texts.LASTING,
            *(review_texts.DEPARTMENTS[c.id] for c in catalog.sensitive_categories()),
        )
        for pairs in texts.values()
        for pair in pairs
    }
    revealing = ("pregnan", "baby", "bump", "weight", "kg", "diet", "drunk", "hangover", "my ")
    sensitive = [p for p in catalog.products if p.sensitive]
    assert sensitive
    for p in sensitive:
        for r in catalog_reviews.reviews(p, TODAY):
            assert (r.title, r.text) in allowed, (p.id, r)  # no tag sentences either
            assert not any(word in r.text.lower() for word in revealing), (p.id, r.text)


def test_a_helpful_vote_is_a_ratings_data_point_that_a_second_click_deletes(services):
    store = services.store
    assert KINDS["review_vote"][0] == "ratings"
    first = review_votes.toggle_review_vote(store, TENT, 2)
    assert first.result is True and first.op == "review_vote"
    [datum] = first.added
    assert (datum.kind, datum.product_id, datum.value) == ("review_vote", TENT, 2.0)
    assert datum.consent_category == "ratings"
    assert datum.label(services.catalog) == "You marked a review of Trail Tent 2P as helpful"
    assert review_votes.votes(store, TENT) == {2: datum.id}
    back = review_votes.toggle_review_vote(store, TENT, 2)
    assert back.result is False and back.deleted == (datum.id,)
    assert back.receipt["counts"] == {"review_vote": 1} and not back.forgot
    assert review_votes.votes(store, TENT) == {}
    assert store.datum(datum.id) is None


def test_a_vote_is_not_recorded_without_consent_and_the_refusal_says_why(services):
    store = services.store
    assert review_votes.refusal(store, TENT) is None
    consent_ops.set_switches(store, {"ratings": False}, "test")
    assert review_votes.refusal(store, TENT) == review_votes.CONSENT_OFF
    changes = review_votes.toggle_review_vote(store, TENT, 1)
    assert changes.result is False and not changes.added and store.count_datums() == 0
    consent_ops.set_switches(store, {"ratings": True}, "test")
    consent_ops.set_paused(store, True)
    assert review_votes.refusal(store, TENT) == review_votes.PAUSED


def test_a_vote_on_a_sensitive_product_needs_its_departments_opt_in(services):
    store, catalog = services.store, services.catalog
    test = next(p for p in catalog.products if p.category == "pregnancy-baby")
    assert review_votes.refusal(store, test.id) == review_votes.SENSITIVE
    assert review_votes.toggle_review_vote(store, test.id, 1).added == ()
    consent_ops.opt_in_sensitive(store, "pregnancy-baby", "test")
    assert review_votes.refusal(store, test.id) is None
    assert review_votes.toggle_review_vote(store, test.id, 1).result is True


def test_a_vote_names_a_real_review(services):
    with pytest.raises(ValueError, match="number"):
        review_votes.toggle_review_vote(services.store, TENT, 6)
    with pytest.raises(ValueError, match="product_id"):
        review_votes.toggle_review_vote(services.store, "no-such-thing", 1)


def test_a_vote_is_exported_forgettable_and_never_a_reason(services):
    store, rec = services.store, services.recommender
    datum = review_votes.toggle_review_vote(store, TENT, 3).datum
    doc = export.build(rec)
    assert [d["kind"] for d in doc["data_points"]] == ["review_vote"]
    assert "Reviews you marked helpful are not used." in export.HOW_USED["ratings"]
    kinds = {c.kind for r in rec.recommend() for c in r.contributions} | {
        c.kind for c in rec.why(TENT).contributions
    }
    assert "review_vote" not in kinds
    forget_ops.forget(rec, [datum.id])
    assert review_votes.votes(store, TENT) == {}
