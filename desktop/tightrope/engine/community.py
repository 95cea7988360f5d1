"""The synthetic community of anonymous shoppers and the item-to-item index built from it.

"Shoppers like you" evidence comes only from this community, generated deterministically
from ``data/community.json``; the user's own data never enters it. A similarity between two
products is only kept when it rests on at least ``k`` distinct shoppers who have both
(k-anonymity), so a reason can always state its cohort ("bought together by 1,240 shoppers").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tightrope.catalog import Catalog
from tightrope.engine.community_errors import (
    K_ANONYMITY_DEFAULT,
    K_ANONYMITY_FLOOR,
    CommunityError,
)

NEIGHBOURS_PER_ITEM = 30
CO_BLOCK = 4096  # products per block of co-purchase counting (bounds the peak memory)
DENSE_COUNTS = 1 << 22  # a block's pair counts are kept dense up to this many cells (32 MB)


@dataclass
class CommunityIndex:
    """Top neighbours per product (CSR layout) plus per-product shopper counts."""

    shoppers: int
    interactions: int
    k: int
    popularity: np.ndarray  # distinct shoppers per product
    indptr: np.ndarray
    indices: np.ndarray
    similarity: np.ndarray  # cosine over binary shopper-product incidence
    support: np.ndarray  # distinct shoppers who have both products
    # Which departments each shopper holds (has at least one product in): a shopper x
    # department boolean matrix, columns in topic_ids order. A partner payload is checked
    # against it as a whole (partners.payload); None when the index was built without the
    # catalog's departments (benchmarks), and then no combination is k-anonymous.
    topic_ids: tuple[str, ...] = ()
    topic_sets: np.ndarray | None = field(default=None, repr=False)

    def cohort(self, topics: Iterable[str]) -> int:
        """How many community shoppers hold every one of these departments (all shoppers
        for none; 0 for a department the index does not know)."""
        wanted = list(topics)
        if not wanted:
            return self.shoppers
        if self.topic_sets is None or any(t not in self.topic_ids for t in wanted):
            return 0
        columns = [self.topic_ids.index(t) for t in wanted]
        return int(np.count_nonzero(self.topic_sets[:, columns].all(axis=1)))

    def neighbours(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lo, hi = self.indptr[i], self.indptr[i + 1]
        return self.indices[lo:hi], self.similarity[lo:hi], self.support[lo:hi]


def check_k(k: int) -> int:
    if k < K_ANONYMITY_FLOOR:
        raise ValueError(
            f"k-anonymity threshold {k} is below the floor of {K_ANONYMITY_FLOOR} shoppers"
        )
    return k


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenated ranges ``starts[r] .. starts[r] + lengths[r] - 1``."""
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()), dtype=np.int64)


def build_index(
    shopper_idx: np.ndarray,
    product_idx: np.ndarray,
    n_shoppers: int,
    n_products: int,
    k: int = K_ANONYMITY_DEFAULT,
    top_m: int = NEIGHBOURS_PER_ITEM,
    product_topic: np.ndarray | None = None,
    topic_ids: tuple[str, ...] = (),
) -> CommunityIndex:
    """Item-item cosine over the binary shopper x product matrix, pruned at support >= k.
    With ``product_topic`` (each product's index in ``topic_ids``) it also keeps which
    departments each shopper holds (CommunityIndex.cohort).

    Plain numpy (importing scipy.sparse took longer than building the shipped index): the
    incidence is kept as two sorted adjacency lists, and co-purchase counts come from
    expanding each (product, shopper) pair of a block of products into that shopper's
    products and counting the distinct pairs."""
    check_k(k)
    shopper_idx = np.asarray(shopper_idx).astype(np.int64)
    product_idx = np.asarray(product_idx).astype(np.int64)
    # duplicates collapse: a shopper counts once per product
    pairs = np.sort(shopper_idx * n_products + product_idx)
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    shopper_of, product_of = pairs // n_products, pairs % n_products
    basket_ptr = np.concatenate(([0], np.cumsum(np.bincount(shopper_of, minlength=n_shoppers))))
    popularity = np.bincount(product_of, minlength=n_products).astype(np.int64)
    buyers = shopper_of[np.argsort(product_of, kind="stable")]  # each product's shoppers
    buyers_ptr = np.concatenate(([0], np.cumsum(popularity)))
    norms = np.sqrt(popularity.astype(np.float64))
    indptr = [np.zeros(1, np.int64)]
    indices, similarity, support = [], [], []
    # Co-purchase counts a block of products at a time: the whole product x product matrix
    # holds ~(basket size)^2 entries per shopper (300 MB at 100k products, 1M purchases).
    for lo in range(0, n_products, CO_BLOCK):
        hi = min(n_products, lo + CO_BLOCK)
        per_product = popularity[lo:hi]
        row_of = np.repeat(np.arange(lo, hi, dtype=np.int64), per_product)
        shopper = buyers[_runs(buyers_ptr[lo:hi], per_product)]
        basket = basket_ptr[shopper + 1] - basket_ptr[shopper]
        other = product_of[_runs(basket_ptr[shopper], basket)]
        # co[i, j] = shoppers who have both i and j, as (i - lo, j) keys in row-major order
        keys = np.repeat(row_of - lo, basket) * n_products + other
        if (hi - lo) * n_products <= DENSE_COUNTS:  # counting into a dense block is O(n)
            counts = np.bincount(keys, minlength=(hi - lo) * n_products)
            keys = np.flatnonzero(counts)
            counts = counts[keys]
        else:
            keys, counts = np.unique(keys, return_counts=True)
        rows, cols = keys // n_products + lo, keys % n_products
        # not a product with itself; k-anonymity: drop pairs resting on too few shoppers
        kept = (rows != cols) & (counts >= k)
        rows, cols, counts = rows[kept], cols[kept], counts[kept]
        row_ptr = np.concatenate(([0], np.cumsum(np.bincount(rows - lo, minlength=hi - lo))))
        with np.errstate(divide="ignore", invalid="ignore"):
            sim = counts / (norms[rows] * norms[cols])
        # keep the top_m neighbours of each row (ties broken by product index)
        keep = np.zeros(len(sim), dtype=bool)
        for r in range(hi - lo):
            a, b = row_ptr[r], row_ptr[r + 1]
            if b - a <= top_m:
                keep[a:b] = True
            else:
                order = np.lexsort((cols[a:b], -sim[a:b]))[:top_m]
                keep[a + order] = True
        kept_counts = np.bincount(rows[keep] - lo, minlength=hi - lo)
        indptr.append(indptr[-1][-1] + np.cumsum(kept_counts))
        indices.append(cols[keep].astype(np.int32))
        similarity.append(sim[keep].astype(np.float64))
        support.append(counts[keep].astype(np.int64))
    topic_sets = None
    if product_topic is not None:
        topic_sets = np.zeros((n_shoppers, len(topic_ids)), dtype=bool)
        topic_sets[shopper_idx, product_topic[product_idx]] = True
    return CommunityIndex(
        topic_ids=tuple(topic_ids) if product_topic is not None else (),
        topic_sets=topic_sets,
        shoppers=n_shoppers,
        interactions=len(pairs),
        k=k,
        popularity=popularity,
        indptr=np.concatenate(indptr).astype(np.int64),
        indices=np.concatenate(indices),
        similarity=np.concatenate(similarity),
        support=np.concatenate(support),
    )


def _spec_error(path: Path, msg: str) -> CommunityError:
    return CommunityError(f"{path}: {msg}")


def generate_interactions(
    spec: dict, catalog: Catalog, path: Path
) -> tuple[np.ndarray, np.ndarray, int]:
    """Deterministically draw anonymous shoppers and what they bought, from segment rules."""
    try:
        seed = int(spec["seed"])
        n = int(spec["shoppers"])
        segments = spec["segments"]
    except (KeyError, TypeError, ValueError) as exc:
        raise _spec_error(path, f"field {exc} is missing or wrong") from exc
    rng = np.random.default_rng(seed)
    by_cat = {
        c.id: np.array([catalog.index_of[p.id] for p in catalog.in_category(c.id)])
        for c in catalog.categories
    }
    # within a category, better-known products are bought more often
    appeal = np.array([np.log1p(p.rating_count) + 1.0 for p in catalog.products])
    weights = np.array([float(s.get("weight", 0)) for s in segments])
    if weights.sum() <= 0:
        raise _spec_error(path, "field 'segments' needs positive weights")
    seg_of = rng.choice(len(segments), size=n, p=weights / weights.sum())
    shoppers: list[np.ndarray] = []
    products: list[np.ndarray] = []
    for s_i, seg in enumerate(segments):
        cats = seg.get("categories", {})
        for cid in list(cats) + list(seg.get("products", {})):
            if cid not in by_cat and cid not in catalog.by_id:
                raise _spec_error(path, f"segment {seg.get('id')!r} names unknown {cid!r}")
        members = np.nonzero(seg_of == s_i)[0].astype(np.int32)
        m = len(members)
        if m == 0:
            continue
        lo, hi = seg.get("items_per_shopper", [4, 12])
        targets = rng.integers(lo, hi + 1, m)
        # signature products of the segment, each with its own probability
        extra = seg.get("products", {})
        if extra:
            idx = np.array([catalog.index_of[pid] for pid in extra])
            hit = rng.random((m, len(extra))) < np.array([float(v) for v in extra.values()])
            rows, cols = np.nonzero(hit)
            shoppers.append(members[rows])
            products.append(idx[cols].astype(np.int32))
            targets = np.maximum(0, targets - hit.sum(axis=1))
        # the rest drawn by department preference, then by appeal within the department
        cat_ids = list(cats)
        cat_p = np.array([float(cats[c]) for c in cat_ids])
        if cat_ids and cat_p.sum() > 0:
            owners = np.repeat(members, targets)
            picks = rng.choice(len(cat_ids), size=len(owners), p=cat_p / cat_p.sum())
            chosen = np.empty(len(owners), dtype=np.int32)
            for c in range(len(cat_ids)):
                sel = picks == c
                pool = by_cat[cat_ids[c]]
                chosen[sel] = rng.choice(
                    pool, size=int(sel.sum()), p=appeal[pool] / appeal[pool].sum()
                )
            shoppers.append(owners)
            products.append(chosen)
        # a little noise: everybody buys something off-pattern now and then
        noisy = members[rng.random(m) < 0.5]
        shoppers.append(noisy)
        products.append(rng.integers(0, len(catalog.products), len(noisy)).astype(np.int32))
    return np.concatenate(shoppers), np.concatenate(products), n


def load_community(path: Path, catalog: Catalog, k: int = K_ANONYMITY_DEFAULT) -> CommunityIndex:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _spec_error(path, f"cannot read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise _spec_error(path, f"line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    s, p, n = generate_interactions(spec, catalog, path)
    topic_ids = tuple(c.id for c in catalog.categories)
    product_topic = np.array(
        [topic_ids.index(pr.category) for pr in catalog.products], dtype=np.int64
    )
    return build_index(
        s, p, n, len(catalog.products), k=k, product_topic=product_topic, topic_ids=topic_ids
    )
