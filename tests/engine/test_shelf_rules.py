"""The home shelves as a participant reads them (issue #19, item 9): an item on one shelf
only, at most two sponsored items per shelf, "popular" means many ratings, and the first
shelf keeps the ranking's true positions."""

from __future__ import annotations

import numpy as np
import pytest

from tightrope.engine import shelf_rules
from tightrope.operations.persona import load_persona
from tightrope.workshop import personas

SHIPPED = [info.id for info in personas.list_personas()]


def _check(rec, catalog):
    shelves = rec.shelves()
    assert shelves and shelves[0].id == "for-you"
    seen: dict[str, str] = {}
    for shelf in shelves:
        ids = [r.product_id for r in shelf.items]
        for pid in ids:
            assert pid not in seen, f"{catalog.get(pid).name} on {seen[pid]} and {shelf.id}"
            seen[pid] = shelf.id
        ads = [pid for pid in ids if catalog.get(pid).sponsored]
        assert len(ads) <= shelf_rules.SPONSORED_PER_SHELF, (shelf.id, ads)
        if shelf.id == "popular":
            assert all(
                catalog.get(pid).rating_count >= shelf_rules.POPULAR_MIN_RATINGS for pid in ids
            )
    first = shelves[0].items
    ranks = [r.rank for r in first]
    assert all(ranks) and ranks == sorted(ranks)  # true positions, in ranking order
    # what the first shelf leaves out of the top is sponsored placements over the limit only
    top = {r.product_id for r in rec.recommend()}
    left_out = top - {r.product_id for r in first}
    assert all(catalog.get(pid).sponsored for pid in left_out)
    assert not all(catalog.get(r.product_id).sponsored for r in first)
    return shelves


def test_a_shopper_with_no_data_sees_capped_sponsors_and_truly_popular_items(services, catalog):
    shelves = _check(services.recommender, catalog)
    # the cold-start ranking is mostly sponsored: the limit matters here
    top = services.recommender.recommend()
    assert sum(catalog.get(r.product_id).sponsored for r in top) > shelf_rules.SPONSORED_PER_SHELF
    popular = next(s for s in shelves if s.id == "popular")
    counts = [
        services.recommender.community.popularity[catalog.index_of[r.product_id]]
        for r in popular.items
    ]
    assert len(popular.items) == shelf_rules.SHELF_SIZE and counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("persona", SHIPPED)
def test_every_shipped_persona_gets_shelves_by_the_rules(services, catalog, persona):
    load_persona(services.store, personas.load(persona, catalog))
    _check(services.recommender, catalog)


def test_choose_keeps_order_skips_shown_and_caps_sponsors():
    sponsored = np.array([True, True, True, False, False, True, False])
    assert shelf_rules.choose([0, 1, 2, 3, 4, 5, 6], sponsored, {3}, 4).tolist() == [0, 1, 4, 6]
    # a ranking's first places only: shorter rather than reordered
    assert shelf_rules.choose([0, 1, 2, 3, 4, 5, 6], sponsored, set(), 4, fill=False).tolist() == [
        0,
        1,
        3,
    ]
