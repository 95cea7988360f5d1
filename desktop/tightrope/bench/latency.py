"""``tightrope bench``: measure the recommender on the shipped and synthetic catalogs.

Each size runs in its own process so peak memory is that size's alone. Reports medians and
95th percentiles in milliseconds; nothing here asserts a limit (machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from tightrope import paths
from tightrope.catalog import Catalog, Category, Product, load_shipped_catalog
from tightrope.clock import FixedClock
from tightrope.engine.community import build_index
from tightrope.engine.community_cache import load_shipped_community
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.storage.store import Store
from tightrope.text import tokens

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
DEFAULT_SIZES = [0, 1000, 10_000, 100_000]  # 0 = the shipped catalog
WORDS = [
    "trail",
    "tent",
    "lamp",
    "kettle",
    "mug",
    "lotion",
    "coffee",
    "yoga",
    "mat",
    "garden",
    "hose",
    "dog",
    "bowl",
    "book",
    "novel",
    "headphones",
    "speaker",
    "skillet",
    "knife",
    "pillow",
    "blanket",
    "jacket",
    "boots",
    "bottle",
    "stove",
]


def synthetic_catalog(n: int, seed: int = 7) -> Catalog:
    rng = np.random.default_rng(seed)
    cats = [Category(f"cat{k}", f"Department {k}", k >= 13) for k in range(16)]
    vocab = [f"t{k}" for k in range(400)]
    products = []
    for i in range(n):
        c = cats[int(rng.integers(16))]
        tags = tuple(sorted({vocab[int(x)] for x in rng.integers(0, 400, 4)}))
        name = f"{WORDS[int(rng.integers(len(WORDS)))].title()} {WORDS[int(rng.integers(len(WORDS)))]} {i}"
        products.append(
            Product(
                id=f"p{i}",
                name=name,
                brand="Acme",
                category=c.id,
                price=9.99,
                description="",
                tags=tags,
                rating=4.0,
                rating_count=int(rng.integers(0, 5000)),
                consumable=bool(i % 5 == 0),
                added=date(2026, 11, 1) - timedelta(days=int(rng.integers(0, 400))),
                image="",
                sensitive=c.sensitive,
                sponsored=bool(i % 97 == 0),
                sponsor="Acme" if i % 97 == 0 else None,
                search_tokens=frozenset(tokens(name + " " + " ".join(tags))),
            )
        )
    return Catalog(
        cats, products, {"location": {"Here": ["t1", "t2"]}, "age_band": {"25-34": ["t3"]}}
    )


def synthetic_interactions(n_products: int, n_interactions: int, seed: int = 11):
    """Shoppers with clustered tastes and a popular head, so co-purchases pass k=50."""
    rng = np.random.default_rng(seed)
    per = 24
    # repeated picks collapse to one interaction, so draw enough to reach the target
    n_shoppers = max(1, int(n_interactions * 2.2) // per)
    cluster = 100
    n_clusters = max(1, n_products // cluster)
    home = rng.integers(0, n_clusters, n_shoppers)
    # Zipf-like pick within the cluster: low offsets are the cluster's bestsellers
    offs = np.minimum((rng.pareto(1.0, (n_shoppers, per)) * 8).astype(np.int64), cluster - 1)
    prod = (home[:, None] * cluster + offs) % n_products
    noise = rng.random((n_shoppers, per)) < 0.1
    prod = np.where(noise, rng.integers(0, n_products, (n_shoppers, per)), prod)
    shop = np.repeat(np.arange(n_shoppers), per)
    return shop, prod.ravel(), n_shoppers


def synthetic_user(catalog: Catalog, n: int, seed: int = 3) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    kinds = ["view"] * 5 + ["search", "cart_add", "purchase", "wishlist", "rating"]
    rows = []
    for _k in range(n):
        kind = kinds[int(rng.integers(len(kinds)))]
        at = NOW - timedelta(days=float(rng.uniform(0, 90)))
        p = catalog.products[int(rng.integers(len(catalog.products)))]
        if kind == "search":
            rows.append({"kind": kind, "text": " ".join(p.name.lower().split()[:2]), "at": at})
        else:
            rows.append(
                {"kind": kind, "product_id": p.id, "value": 4 if kind == "rating" else 1, "at": at}
            )
    return rows


def _stats(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    return {
        "median_ms": statistics.median(ms),
        "p95_ms": ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))],
        "n": len(ms),
    }


def _time(fn, repeat: int) -> dict[str, float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return _stats(out)


def measure(size: int, repeat: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    if size == 0:
        catalog = load_shipped_catalog()
        t = time.perf_counter()
        community = load_shipped_community(catalog)
        build = time.perf_counter() - t
        user_n = 150
        shop_prod = None
    else:
        catalog = synthetic_catalog(size)
        shop, prod, n_shoppers = synthetic_interactions(size, max(60_000, size * 10))
        shop_prod = (shop, prod, n_shoppers)
        t = time.perf_counter()
        community = build_index(shop, prod, n_shoppers, size)
        build = time.perf_counter() - t
        user_n = 1000 if size >= 100_000 else 300
    result.update(
        products=len(catalog.products),
        interactions=community.interactions,
        shoppers=community.shoppers,
        user_data_points=user_n,
        index_build_s=round(build, 3),
    )
    with tempfile.TemporaryDirectory() as tmp:
        dd = paths.resolve_data_dir(Path(tmp) / "d")
        store = Store.open(dd.database, catalog, FixedClock(NOW))
        consent_ops.accept_all(store, where="benchmark")  # nothing is recorded before consent
        record_ops.record_many(store, synthetic_user(catalog, user_n))
        rec = Recommender(store, community)
        rng = np.random.default_rng(5)
        result["setup_s"] = round(time.perf_counter() - t0, 2)
        t = time.perf_counter()
        rec.recommend(20)  # first run computes every data point's evidence rows once
        result["first_recommend_s"] = round(time.perf_counter() - t, 3)

        def cold_recommend():
            # worst case after a change: rebuild all scores, explain the top 20 from scratch
            rec._state = None
            rec._explained.clear()
            rec.recommend(20)

        result["recommend"] = _time(cold_recommend, repeat)
        pids = [p.id for p in catalog.products]
        result["why"] = _time(lambda: rec.why(pids[int(rng.integers(len(pids)))]), repeat)
        ids = [d.id for d in store.datums()]
        result["preview"] = _time(
            lambda: rec.preview_forget([ids[int(rng.integers(len(ids)))]]), repeat
        )
        top = [r.product_id for r in rec.recommend(20)]
        result["counterfactual"] = _time(
            lambda: rec.counterfactual(top[int(rng.integers(len(top)))]), repeat
        )

        def forget_then_recommend():
            live = [d for d in rec.datums()]
            forget_ops.forget(rec, [live[int(rng.integers(len(live)))]])
            rec.recommend(20)

        result["forget_then_recommend"] = _time(forget_then_recommend, min(repeat, len(ids) - 1))

        def record_search():
            words = " ".join(WORDS[int(k)] for k in rng.integers(0, len(WORDS), 2))
            record_ops.record(store, "search", text=words, where="search box")

        result["record_search"] = _time(record_search, repeat)
        # the engine's peak first: implicit's model is not ours to count
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        result["implicit_recommend"] = _implicit_recommend(store, catalog, shop_prod, repeat)
        store.close()
    return result


def _implicit_recommend(
    store: Store, catalog: Catalog, shop_prod, repeat: int
) -> dict[str, float] | None:
    """implicit's CosineRecommender.recommend() for the same user (every product they touched
    as one interaction) on the same community matrix: a score without an explanation, for
    scale. None without implicit (a test dependency) or on the shipped catalog."""
    try:
        from implicit.nearest_neighbours import CosineRecommender
        from scipy import sparse
    except ImportError:
        return None
    if shop_prod is None:
        return None
    shop, prod, n_shoppers = shop_prod
    n = len(catalog.products)
    matrix = sparse.csr_matrix(
        (np.ones(len(shop), np.float32), (shop, prod)), shape=(n_shoppers, n)
    )
    matrix.data[:] = 1.0
    model = CosineRecommender(K=50, num_threads=1)
    model.fit(matrix, show_progress=False)
    items = sorted({catalog.index_of[d.product_id] for d in store.datums() if d.product_id})
    user = sparse.csr_matrix(
        (np.ones(len(items), np.float32), ([0] * len(items), items)), shape=(1, n)
    )
    return _time(lambda: model.recommend(0, user, N=20, filter_already_liked_items=True), repeat)


COLUMNS = [
    "recommend",
    "why",
    "preview",
    "counterfactual",
    "forget_then_recommend",
    "record_search",
]


def _table(results: list[dict[str, Any]]) -> str:
    head = (
        f"{'products':>9} {'interact.':>10} "
        + " ".join(f"{c[:16]:>18}" for c in COLUMNS)
        + f" {'index s':>8} {'peak MB':>8}"
    )
    lines = [head, " " * 21 + " ".join(f"{'median / p95 ms':>18}" for _ in COLUMNS)]
    for r in results:
        cells = " ".join(f"{r[c]['median_ms']:>8.2f} / {r[c]['p95_ms']:>7.2f}" for c in COLUMNS)
        lines.append(
            f"{r['products']:>9} {r['interactions']:>10} {cells} {r['index_build_s']:>8.2f} {r['peak_rss_mb']:>8.1f}"
        )
    for r in results:
        imp = r.get("implicit_recommend")
        if imp:
            ratio = r["recommend"]["median_ms"] / imp["median_ms"]
            lines.append(
                f"{r['products']:>9} products: implicit Cosine recommend() {imp['median_ms']:.2f} / "
                f"{imp['p95_ms']:.2f} ms; ours (explained, top 20) is {ratio:.1f}x its median"
            )
    return "\n".join(lines)


def run_bench(args: argparse.Namespace) -> int:
    sizes = args.products or DEFAULT_SIZES
    if getattr(args, "child", False):
        json.dump(measure(sizes[0], args.repeat), sys.stdout)
        return 0
    results = []
    for size in sizes:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from tightrope.bench.latency import _child; _child()",
                str(size),
                str(args.repeat),
            ],
            capture_output=True,
            text=True,
        )
        if out.returncode != 0:
            print(f"tightrope bench: size {size} failed:\n{out.stderr}", file=sys.stderr)
            return 1
        results.append(json.loads(out.stdout))
        if not args.json:
            print(f"measured {results[-1]['products']} products", file=sys.stderr)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(_table(results))
    return 0


def _child() -> None:
    size, repeat = int(sys.argv[1]), int(sys.argv[2])
    json.dump(measure(size, repeat), sys.stdout)
