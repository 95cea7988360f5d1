"""What a home shelf may show: the rules a participant would expect of a real shop.

* An item appears on **one** shelf of the home page (the first that chooses it).
* A shelf shows at most :data:`SPONSORED_PER_SHELF` sponsored items (each labelled on its
  card and in its why panel). The first shelf ("Recommended for you" / "Top picks today")
  shows the shop's ranking as it is, so a sponsored item over the limit is left out there
  rather than replaced: every card keeps its true rank, and the item may still appear on a
  later shelf within that shelf's limit.
* "Popular right now" lists only items at least :data:`POPULAR_MIN_RATINGS` shoppers rated,
  most-bought first: five ratings are not "popular".

A shelf only chooses *which* items it shows and in what order; each item's score and why
panel are the recommender's, unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

SPONSORED_PER_SHELF = 2
POPULAR_MIN_RATINGS = 50
SHELF_SIZE = 10


def choose(
    order: Iterable[int], sponsored: np.ndarray, skip: set[int], limit: int, fill: bool = True
) -> np.ndarray:
    """The items of ``order`` (best first) a shelf shows: none in ``skip`` (shown on an
    earlier shelf), at most :data:`SPONSORED_PER_SHELF` sponsored ones, at most ``limit``.
    ``fill=False`` looks at the first ``limit`` items of ``order`` only (a ranking whose
    positions must stay true), so the shelf may come out shorter."""
    chosen: list[int] = []
    ads = 0
    for k, i in enumerate(int(x) for x in order):
        if len(chosen) >= limit or (not fill and k >= limit):
            break
        if i in skip:
            continue
        if sponsored[i]:
            if ads >= SPONSORED_PER_SHELF:
                continue
            ads += 1
        chosen.append(i)
    return np.asarray(chosen, dtype=np.int64)


def popular_order(
    popularity: np.ndarray, score: np.ndarray, rating_count: np.ndarray, candidates: np.ndarray
) -> np.ndarray:
    """Candidates with enough ratings, most distinct buyers first (ties: score, index)."""
    cand = candidates[rating_count[candidates] >= POPULAR_MIN_RATINGS]
    return cand[np.lexsort((cand, -score[cand], -popularity[cand]))]
