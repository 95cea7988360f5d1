"""Filtering a page of products by price, rating and brand (Qt-free; nothing recorded)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tightrope import product_filters as pf
from tightrope.product_filters import BRAND, PRICE, RATING, Filters


@pytest.fixture(scope="module")
def outdoor(catalog):
    return catalog.in_category("outdoor")


def _filters(brands):
    return st.builds(
        Filters,
        price=st.sampled_from(list(pf.PRICE_BUCKETS)),
        min_rating=st.sampled_from([None, *pf.RATING_STEPS]),
        brands=st.frozensets(st.sampled_from(brands)),
    )


def test_no_filter_keeps_everything_in_order(outdoor):
    assert pf.apply(outdoor, Filters()) == outdoor
    assert Filters().active == ()


def test_each_filter_keeps_what_it_says(outdoor):
    cheap = pf.apply(outdoor, Filters(price="under-25"))
    assert cheap and all(p.price < 25 for p in cheap)
    assert {p.id for p in cheap} == {p.id for p in outdoor if p.price < 25}
    mid = pf.apply(outdoor, Filters(price="25-50"))
    assert all(25 <= p.price < 50 for p in mid)
    good = pf.apply(outdoor, Filters(min_rating=4.5))
    assert {p.id for p in good} == {p.id for p in outdoor if p.rating >= 4.5}
    brand = outdoor[0].brand
    assert {p.brand for p in pf.apply(outdoor, Filters(brands=frozenset({brand})))} == {brand}


def test_brands_are_those_present_alphabetically(outdoor):
    brands = pf.brands_in(outdoor)
    assert brands == sorted({p.brand for p in outdoor}, key=str.casefold)


def test_bad_values_are_refused():
    with pytest.raises(ValueError, match="price"):
        Filters(price="cheap")
    with pytest.raises(ValueError, match="rating"):
        Filters(min_rating=6)


def test_an_empty_page_names_the_filter_that_emptied_it(outdoor):
    dear = max(p.price for p in outdoor)
    nothing_cheap_and_great = Filters(price="over-250", min_rating=4.9)
    how, names = pf.emptied_by(outdoor, Filters(price="over-250", min_rating=None))
    assert (how, names) == (("", ()) if dear >= 250 else (pf.ALONE, (PRICE,)))
    how, names = pf.emptied_by(outdoor, nothing_cheap_and_great)
    assert how and set(names) <= {PRICE, RATING}
    assert pf.emptied_by([], Filters(price="under-25")) == ("", ())


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_filter_properties(catalog, data):
    category = data.draw(st.sampled_from(catalog.categories))
    products = catalog.in_category(category.id)
    f = data.draw(_filters(pf.brands_in(products)))
    kept = pf.apply(products, f)
    assert all(f.keeps(p) for p in kept)
    assert [p for p in products if p in kept] == kept  # a subsequence, order kept
    for name in f.active:  # clearing a filter never keeps fewer
        assert len(pf.apply(products, f.without(name))) >= len(kept)
    how, names = pf.emptied_by(products, f)
    assert bool(how) == (not kept)
    if how == pf.ALONE:
        for name in names:
            assert not pf.apply(products, pf._only(f, name))
    elif how == pf.EACH:
        for name in names:
            assert pf.apply(products, f.without(name))
    elif how == pf.TOGETHER:
        assert names == f.active and all(not pf.apply(products, f.without(n)) for n in names)
    assert set(names) <= {PRICE, RATING, BRAND}
