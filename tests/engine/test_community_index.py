"""The community index in plain numpy, and the shipped one kept in the user's cache folder.

The numpy build is checked against the scipy.sparse build it replaced (kept here as the
reference), field by field and bit for bit; the cache against a fresh build.
"""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from scipy import sparse

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.engine import community, community_cache
from tightrope.engine.community import CommunityIndex, build_index, generate_interactions
from tightrope.engine.evidence import Evidence
from tightrope.operations import erase as erase_ops

FIELDS = (
    "shoppers",
    "interactions",
    "k",
    "popularity",
    "indptr",
    "indices",
    "similarity",
    "support",
    "topic_ids",
    "topic_sets",
)


def assert_same(a: CommunityIndex, b: CommunityIndex) -> None:
    for name in FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and x.shape == y.shape, name
            assert np.array_equal(x, y), name
        else:
            assert x == y, name


def scipy_build(
    shopper_idx,
    product_idx,
    n_shoppers,
    n_products,
    k,
    top_m,
    product_topic=None,
    topic_ids=(),
    block=community.CO_BLOCK,
):
    """The scipy.sparse build the numpy one replaced (commit 391a790), as the reference."""
    x = sparse.csr_matrix(
        (
            np.ones(len(shopper_idx), dtype=np.float32),
            (shopper_idx.astype(np.int32), product_idx.astype(np.int32)),
        ),
        shape=(n_shoppers, n_products),
        dtype=np.float32,
    )
    x.data[:] = 1.0
    x.sum_duplicates()
    x.data[:] = 1.0
    popularity = np.asarray(x.sum(axis=0)).ravel().astype(np.int64)
    norms = np.sqrt(popularity.astype(np.float64))
    xt = x.T.tocsr()
    indptr, indices, similarity, support = [np.zeros(1, np.int64)], [], [], []
    for lo in range(0, n_products, block):
        hi = min(n_products, lo + block)
        co = (xt[lo:hi] @ x).tocsr()
        co.setdiag(0, k=lo)
        co.eliminate_zeros()
        co.data[co.data < k] = 0
        co.eliminate_zeros()
        co.sort_indices()
        rows = np.repeat(np.arange(lo, hi), np.diff(co.indptr))
        sim = co.data / (norms[rows] * norms[co.indices])
        keep = np.zeros(len(sim), dtype=bool)
        for r in range(hi - lo):
            a, b = co.indptr[r], co.indptr[r + 1]
            if b - a <= top_m:
                keep[a:b] = True
            else:
                keep[a + np.lexsort((co.indices[a:b], -sim[a:b]))[:top_m]] = True
        indptr.append(indptr[-1][-1] + np.cumsum(np.bincount(rows[keep] - lo, minlength=hi - lo)))
        indices.append(co.indices[keep].astype(np.int32))
        similarity.append(sim[keep].astype(np.float64))
        support.append(co.data[keep].astype(np.int64))
    topic_sets = None
    if product_topic is not None:
        topic_sets = np.zeros((n_shoppers, len(topic_ids)), dtype=bool)
        topic_sets[shopper_idx.astype(np.int64), product_topic[product_idx.astype(np.int64)]] = True
    return CommunityIndex(
        topic_ids=tuple(topic_ids) if product_topic is not None else (),
        topic_sets=topic_sets,
        shoppers=n_shoppers,
        interactions=int(x.nnz),
        k=k,
        popularity=popularity,
        indptr=np.concatenate(indptr).astype(np.int64),
        indices=np.concatenate(indices),
        similarity=np.concatenate(similarity),
        support=np.concatenate(support),
    )


@pytest.fixture(scope="module")
def shipped_interactions(catalog):
    path = paths.shipped_data_dir() / "community.json"
    return generate_interactions(json.loads(path.read_text()), catalog, path)


@pytest.mark.parametrize(("k", "top_m"), [(50, 30), (11, 5), (11, 400)])
def test_the_numpy_build_is_the_scipy_build_bit_for_bit(catalog, shipped_interactions, k, top_m):
    s, p, n = shipped_interactions
    topic_ids = tuple(c.id for c in catalog.categories)
    topics = np.array([topic_ids.index(pr.category) for pr in catalog.products])
    ours = build_index(
        s, p, n, len(catalog.products), k=k, top_m=top_m, product_topic=topics, topic_ids=topic_ids
    )
    assert_same(ours, scipy_build(s, p, n, len(catalog.products), k, top_m, topics, topic_ids))
    assert len(ours.indices) > 500


def test_the_numpy_build_in_blocks_and_with_sparse_counts(monkeypatch):
    """Many blocks (a small CO_BLOCK) and the sorted rather than dense pair counts."""
    rng = np.random.default_rng(4)
    s = rng.integers(0, 3000, 80_000)
    p = (rng.integers(0, 50, 80_000) + (s % 7) * 40) % 500
    monkeypatch.setattr(community, "CO_BLOCK", 64)
    for dense in (1 << 22, 0):
        monkeypatch.setattr(community, "DENSE_COUNTS", dense)
        ours = build_index(s, p, 3000, 500, k=11)
        assert_same(ours, scipy_build(s, p, 3000, 500, 11, community.NEIGHBOURS_PER_ITEM, block=64))


def test_content_similarity_without_scipy_matches_the_tag_matrix(catalog, community):
    """Evidence's shared-tag counts equal the sparse product of the tag matrix they replaced."""
    ev = Evidence(catalog, community)
    r = [i for i, prod in enumerate(catalog.products) for _ in set(prod.tags)]
    c = [ev._tag_index[t] for prod in catalog.products for t in set(prod.tags)]
    tags = sparse.csr_matrix(
        (np.ones(len(r), np.float32), (r, c)), shape=(len(catalog.products), len(ev._tag_index))
    )
    for i in range(0, len(catalog.products), 7):
        expected = (tags @ tags.getrow(i).T).toarray().ravel()
        assert np.array_equal(ev._tag_hits(ev._product_tags[i]).astype(np.float32), expected)
    assert np.array_equal(ev._tag_count, np.asarray(tags.sum(axis=1)).ravel())


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(paths.ENV_CACHE_DIR, str(folder))
    return folder


def _spec():
    return paths.shipped_data_dir() / "community.json"


def test_the_cached_index_equals_a_fresh_build(catalog, cache_dir):
    fresh = community.load_community(_spec(), catalog)
    first = community_cache.load_shipped_community(catalog)  # built, then stored
    stored = list(cache_dir.glob("community-*.npz"))
    assert len(stored) == 1 and stored[0].stat().st_mode & 0o777 == 0o600
    assert cache_dir.stat().st_mode & 0o777 == 0o700
    again = community_cache.load_shipped_community(catalog)  # read back
    assert_same(first, fresh)
    assert_same(again, fresh)
    assert again.cohort(["outdoor"]) == fresh.cohort(["outdoor"]) > 0


def test_a_changed_catalog_gets_its_own_index(catalog, cache_dir):
    community_cache.load_shipped_community(catalog)
    (before,) = cache_dir.glob("community-*.npz")
    popular = max(catalog.products, key=lambda prod: prod.rating_count)
    products = [
        dataclasses.replace(prod, rating_count=0) if prod is popular else prod
        for prod in catalog.products
    ]
    changed = Catalog(catalog.categories, products, catalog.profile_rules)
    index = community_cache.load_shipped_community(changed)
    (after,) = cache_dir.glob("community-*.npz")  # the old one is gone
    assert after != before
    assert_same(index, community.load_community(_spec(), changed))
    assert not np.array_equal(
        index.popularity, community.load_community(_spec(), catalog).popularity
    )
    assert community_cache.key(changed, _spec().read_bytes(), 50) != community_cache.key(
        catalog, _spec().read_bytes(), 50
    )
    # another k is another index too
    assert community_cache.key(catalog, _spec().read_bytes(), 60) != community_cache.key(
        catalog, _spec().read_bytes(), 50
    )


@pytest.mark.parametrize("damage", [b"", b"not a zip file", "cut"])
def test_a_damaged_cache_file_is_built_again(catalog, cache_dir, damage):
    community_cache.load_shipped_community(catalog)
    (stored,) = cache_dir.glob("community-*.npz")
    stored.write_bytes(stored.read_bytes()[:200] if damage == "cut" else damage)
    assert community_cache.read(stored) is None
    assert_same(
        community_cache.load_shipped_community(catalog), community.load_community(_spec(), catalog)
    )
    assert community_cache.read(stored) is not None  # written whole again


def test_a_cache_folder_that_cannot_be_written_only_costs_a_build(catalog, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv(paths.ENV_CACHE_DIR, str(blocker / "cache"))
    assert_same(
        community_cache.load_shipped_community(catalog), community.load_community(_spec(), catalog)
    )


def test_erase_everything_deletes_the_cached_index(services, cache_dir):
    community_cache.load_shipped_community(services.catalog)
    assert list(cache_dir.glob("community-*"))
    erase_ops.erase_everything(services.recommender)
    assert not list(cache_dir.glob("community-*"))
