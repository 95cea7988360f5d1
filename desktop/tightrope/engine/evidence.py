"""Evidence: each data point's contributions to each product, and the non-personal parts.

Every personal contribution is computed from exactly one data point and one product (plus
fixed, non-personal tables: the catalog and the community index). Nothing is normalised over
the user's other data, so forgetting a data point removes exactly its rows and nothing else
changes: that is what keeps explanations exact and removals predictable.

Each data point feeds only the few products it is a real reason for, as item-to-item shops
do ("Because you viewed X"): the item itself, its few nearest neighbours by content and by
community co-purchase, a search's best matches, a place's climate. A row too small to
matter is not made at all. So a recommendation rests on a handful of strong reasons that a
room can read, and forgetting one or two of them visibly takes it away.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from tightrope.catalog import Catalog
from tightrope.engine.community import CommunityIndex
from tightrope.storage.datums import SEARCH_BEST, Datum
from tightrope.text import tokens

# Row reasons. The source a reason belongs to is the badge the user sees.
SELF, SIMILAR, SEARCH, INTEREST, FACT, COMMUNITY = range(6)
REASON_SOURCE = {
    SELF: "activity",
    SIMILAR: "activity",
    SEARCH: "activity",
    INTEREST: "profile",
    FACT: "profile",
    COMMUNITY: "community",
}

ACTIVITY_KINDS = frozenset({"view", "search", "cart_add", "purchase", "rating", "wishlist"})


@dataclass(frozen=True)
class Weights:
    """The model's constants, in one place so the panel and docs can state them.

    Chosen with ``tightrope bench --explanations`` (few strong reasons, small
    counterfactuals) and ``tightrope bench --quality`` (held-out purchases), see
    docs/performance.md."""

    view: float = 0.2  # views are many and weak; a repeated view adds up
    search: float = 0.5
    cart_add: float = 0.6
    purchase: float = 0.8
    wishlist: float = 0.6
    rating: float = 0.8  # times (stars - 2) / 3: 1-2 stars give nothing
    self_factor: float = 0.5  # "you viewed this very item"
    similar_scale: float = 0.8
    community_scale: float = 2.0  # co-purchase cosines are small: 0.05 - 0.3
    declared_interest: float = 0.3
    profile_fact: float = 0.1  # a nudge: where you live explains a rain jacket, not a page
    popular: float = 0.15
    new: float = 0.1
    sponsored: float = 0.125
    half_life_days: float = 7.0  # activity loses half its weight every week
    new_days: int = 30
    similar_neighbours: int = 5  # content neighbours a product data point feeds
    community_neighbours: int = 10  # co-purchase neighbours it feeds (of the index's 30)
    search_matches: int = SEARCH_BEST  # a search feeds what the search page shows first
    # A row worth less is not made: too weak to be a reason (a view of a loose neighbour
    # from two months ago). Per row, from the one data point: exactness holds.
    min_value: float = 0.08


@dataclass
class Rows:
    """One data point's contributions: parallel arrays, one row per product it touches."""

    product: np.ndarray  # int32 product index
    value: np.ndarray  # float64 contribution
    reason: np.ndarray  # int8 reason code
    aux: np.ndarray  # int64: cohort size (community), matched words (search), else 0
    decay: float
    weight: float

    @staticmethod
    def empty(decay: float = 1.0, weight: float = 0.0) -> Rows:
        return Rows(
            np.zeros(0, np.int32),
            np.zeros(0),
            np.zeros(0, np.int8),
            np.zeros(0, np.int64),
            decay,
            weight,
        )

    def __len__(self) -> int:
        return len(self.product)


class Evidence:
    """Computes rows for data points against a fixed catalog and community index."""

    def __init__(self, catalog: Catalog, community: CommunityIndex, weights: Weights | None = None):
        self.catalog = catalog
        self.community = community
        self.w = weights or Weights()
        n = len(catalog.products)
        self.n = n
        # tag incidence, for content similarity: each product's tags and each tag's products
        # (plain numpy: importing scipy.sparse for this cost more than all of it)
        tag_ids: dict[str, int] = {}
        r, c = [], []
        for i, p in enumerate(catalog.products):
            for t in set(p.tags):
                r.append(i)
                c.append(tag_ids.setdefault(t, len(tag_ids)))
        rows, cols = np.array(r, dtype=np.int64), np.array(c, dtype=np.int64)
        self._product_tags = np.split(cols, np.cumsum(np.bincount(rows, minlength=n))[:-1])
        order = np.argsort(cols, kind="stable")
        self._tag_products = np.split(
            rows[order], np.cumsum(np.bincount(cols, minlength=max(1, len(tag_ids))))[:-1]
        )
        # float32 as the sparse matrix of tags had it, so similarities are the same numbers
        self._tag_count = np.bincount(rows, minlength=n).astype(np.float32)
        self._tag_index = tag_ids
        cats = {cid: k for k, cid in enumerate(c.id for c in catalog.categories)}
        self.category_of = np.array([cats[p.category] for p in catalog.products], dtype=np.int32)
        self._category_members = {
            cid: np.nonzero(self.category_of == k)[0].astype(np.int32) for cid, k in cats.items()
        }
        self._similar_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    # --- non-personal ------------------------------------------------------------------
    def nonpersonal(self, now: datetime) -> dict[str, np.ndarray]:
        pop = self.community.popularity.astype(np.float64)
        top = math.log1p(pop.max()) if len(pop) and pop.max() > 0 else 1.0
        today = now.date()
        new = np.array(
            [0 <= (today - p.added).days <= self.w.new_days for p in self.catalog.products]
        )
        sponsored = np.array([p.sponsored for p in self.catalog.products])
        return {
            "popular": self.w.popular * np.log1p(pop) / top,
            "new": np.where(new, self.w.new, 0.0),
            "sponsored": np.where(sponsored, self.w.sponsored, 0.0),
        }

    # --- personal ----------------------------------------------------------------------
    def decay(self, datum: Datum, now: datetime) -> tuple[float, float]:
        """(decay factor, age in days). Profile facts do not age."""
        age = max(0.0, (now - datum.collected_at).total_seconds() / 86400.0)
        if datum.kind not in ACTIVITY_KINDS:
            return 1.0, age
        return 0.5 ** (age / self.w.half_life_days), age

    def base_weight(self, datum: Datum) -> float:
        w = self.w
        if datum.kind == "rating":
            stars = datum.value or 0
            return w.rating * max(0.0, (stars - 2.0) / 3.0)
        return {
            "view": w.view,
            "search": w.search,
            "cart_add": w.cart_add,
            "purchase": w.purchase,
            "wishlist": w.wishlist,
            "declared_interest": w.declared_interest,
            "location": w.profile_fact,
            "age_band": w.profile_fact,
        }.get(datum.kind, 0.0)

    def similar(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Content neighbours of product i: shared tags (Jaccard), same category preferred."""
        hit = self._similar_cache.get(i)
        if hit is not None:
            return hit
        shared = self._tag_hits(self._product_tags[i]).astype(np.float32)
        shared[i] = 0
        cand = np.nonzero(shared > 0)[0]
        if len(cand) == 0:
            out = (np.zeros(0, np.int32), np.zeros(0))
        else:
            union = self._tag_count[cand] + self._tag_count[i] - shared[cand]
            sim = shared[cand] / union * 0.75 + 0.25 * (
                self.category_of[cand] == self.category_of[i]
            )
            order = np.lexsort((cand, -sim))[: self.w.similar_neighbours]
            out = (cand[order].astype(np.int32), sim[order].astype(np.float64))
        self._similar_cache[i] = out
        return out

    def _tag_hits(self, tag_cols) -> np.ndarray:
        """For every product, how many of these tags (columns, repeats counted) it has."""
        if len(tag_cols) == 0:
            return np.zeros(self.n, dtype=np.int64)
        return np.bincount(
            np.concatenate([self._tag_products[t] for t in tag_cols]), minlength=self.n
        )

    def nearest_bought_with(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The community neighbours of product i a data point feeds: the most similar few
        (the index keeps more, ordered by product index), with their similarity and cohort."""
        nb, sim, support = self.community.neighbours(i)
        best = np.lexsort((nb, -sim))[: self.w.community_neighbours]
        return nb[best], sim[best], support[best]

    def rows(self, datum: Datum, now: datetime) -> Rows:
        decay, _age = self.decay(datum, now)
        weight = self.base_weight(datum)
        scale = weight * decay
        if scale <= 0:
            return Rows.empty(decay, weight)
        parts: list[tuple[np.ndarray, np.ndarray, int, np.ndarray | None]] = []
        if datum.kind == "search":
            words = set(tokens(datum.text or ""))
            best = self.catalog.search_index().best(words, self.w.search_matches) if words else []
            if best:
                prod = np.array(best, dtype=np.int32)
                count = self.catalog.search_index().matches_of(prod, words)
                parts.append((prod, scale * count / len(words), SEARCH, count))
        elif datum.kind == "declared_interest":
            members = self._category_members.get(datum.text or "")
            if members is not None and len(members):
                parts.append((members, np.full(len(members), scale), INTEREST, None))
        elif datum.kind in ("location", "age_band"):
            tags = self.catalog.profile_rules.get(datum.kind, {}).get(datum.text or "", [])
            cols = [self._tag_index[t] for t in tags if t in self._tag_index]
            if cols:
                has = self._tag_hits(cols)
                prod = np.nonzero(has > 0)[0].astype(np.int32)
                parts.append((prod, np.full(len(prod), scale), FACT, has[prod].astype(np.int64)))
        elif datum.product_id in self.catalog.index_of:
            q = self.catalog.index_of[datum.product_id]
            product = self.catalog.products[q]
            # the item itself: looked at, carted, saved; bought again only if consumable
            if datum.kind in ("view", "cart_add", "wishlist") or (
                datum.kind == "purchase" and product.consumable
            ):
                parts.append(
                    (np.array([q], np.int32), np.array([scale * self.w.self_factor]), SELF, None)
                )
            sim_p, sim_v = self.similar(q)
            if len(sim_p):
                parts.append((sim_p, scale * self.w.similar_scale * sim_v, SIMILAR, None))
            nb, nsim, nsup = self.nearest_bought_with(q)
            if len(nb):
                parts.append((nb, scale * self.w.community_scale * nsim, COMMUNITY, nsup))
        parts = [_at_least(part, self.w.min_value) for part in parts]
        parts = [part for part in parts if len(part[0])]
        if not parts:
            return Rows.empty(decay, weight)
        return Rows(
            product=np.concatenate([p[0] for p in parts]).astype(np.int32),
            value=np.concatenate([p[1] for p in parts]).astype(np.float64),
            reason=np.concatenate([np.full(len(p[0]), p[2], np.int8) for p in parts]),
            aux=np.concatenate(
                [p[3] if p[3] is not None else np.zeros(len(p[0]), np.int64) for p in parts]
            ).astype(np.int64),
            decay=decay,
            weight=weight,
        )


def _at_least(part: tuple[np.ndarray, np.ndarray, int, np.ndarray | None], floor: float):
    """The rows of one part worth at least ``floor``."""
    product, value, reason, aux = part
    keep = value >= floor
    if keep.all():
        return part
    return product[keep], value[keep], reason, None if aux is None else aux[keep]
