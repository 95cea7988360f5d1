"""Offline recommendation quality: leave-last-out on the synthetic community (issue #15).

The measure does not depend on how the engine works inside. Each synthetic shopper of the
shipped community (``data/community.json``) with at least two distinct purchases has their
last purchase held out; the community index is rebuilt from the other purchases only; the
engine then recommends from each shopper's remaining purchases, recorded as purchase data
points, and we ask where (if anywhere) the held-out product lands in its top 10. The same
split is given to a popularity baseline and, when the test-only package ``implicit`` is
installed, to its item-item ``CosineRecommender`` and ``AlternatingLeastSquares``.

"Last" needs a definition because the synthetic shoppers have no timestamps: a shopper's
purchases are the distinct products in the order ``generate_interactions`` first emits them
(per shopper: the segment's signature products, then the department draws, then the one
off-pattern draw about half the shoppers get). The held-out purchase is the last of those, so
for about half the shoppers it is a product drawn uniformly from the whole catalog, which no
method can be expected to find: absolute figures are low by design, the comparison is what
the measure is for.

The engine is scored through its real parts (:class:`tightrope.engine.evidence.Evidence` rows and
non-personal parts) and ranked by the rule ``_State.top()`` applies; a test checks the result
against ``Recommender.recommend()`` on a real store. It is the model with every consent
switch on (sensitive categories included): the privacy layers that drop rows for a shopper
who has not opted in are not part of what is measured.
"""

from __future__ import annotations

import json
import math
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse

from tightrope import paths
from tightrope.catalog import Catalog, load_shipped_catalog
from tightrope.engine.community import (
    K_ANONYMITY_DEFAULT,
    NEIGHBOURS_PER_ITEM,
    CommunityIndex,
    build_index,
    generate_interactions,
)
from tightrope.engine.evidence import Evidence, Rows
from tightrope.storage.datums import Datum

if TYPE_CHECKING:
    import argparse

TOP_K = 10
# A fixed evaluation clock (the test suite's), so "new arrival" parts and the decay of the
# purchases do not depend on today's date. Every training purchase is dated one day before.
EVAL_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PURCHASED_AT = EVAL_NOW - timedelta(days=1)
SEED = 20261129  # ALS initialisation


# --- the split ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Split:
    """Training purchases (distinct shopper-product pairs) and one held-out product per
    test shopper. Pairs are in generation order, so a shopper's history keeps its order."""

    n_shoppers: int
    n_products: int
    train_shopper: np.ndarray  # int64, one row per training pair
    train_product: np.ndarray  # int64
    test_shopper: np.ndarray  # int64, ascending
    held_out: np.ndarray  # int64, parallel to test_shopper

    def histories(self) -> list[np.ndarray]:
        """Each test shopper's training purchases, in generation order."""
        order = np.argsort(self.train_shopper, kind="stable")
        by_shopper = self.train_product[order]
        sorted_shoppers = self.train_shopper[order]
        lo = np.searchsorted(sorted_shoppers, self.test_shopper)
        hi = np.searchsorted(sorted_shoppers, self.test_shopper + 1)
        return [by_shopper[a:b] for a, b in zip(lo, hi, strict=True)]

    def matrix(self) -> sparse.csr_matrix:
        """The binary shopper x product training matrix (what the baselines are fitted on)."""
        ones = np.ones(len(self.train_shopper), dtype=np.float32)
        return sparse.csr_matrix(
            (ones, (self.train_shopper, self.train_product)),
            shape=(self.n_shoppers, self.n_products),
        )


def leave_last_out(
    shopper: np.ndarray, product: np.ndarray, n_shoppers: int, n_products: int
) -> Split:
    """Hold out each shopper's last distinct purchase (by first appearance in the arrays'
    order), for shoppers with at least two; every other pair is training data. A product a
    shopper drew twice is one purchase, so the held-out product never stays in training."""
    shopper = np.asarray(shopper, dtype=np.int64)
    product = np.asarray(product, dtype=np.int64)
    _, first = np.unique(shopper * n_products + product, return_index=True)
    first = np.sort(first)  # distinct pairs, in generation order
    s, p = shopper[first], product[first]
    counts = np.bincount(s, minlength=n_shoppers)
    last = np.zeros(n_shoppers, dtype=np.int64)
    last[s] = np.arange(len(s))  # later positions overwrite: the last pair per shopper
    test = np.nonzero(counts >= 2)[0]
    held = np.zeros(len(s), dtype=bool)
    held[last[test]] = True
    return Split(n_shoppers, n_products, s[~held], p[~held], test, p[last[test]])


def shipped_split(catalog: Catalog) -> Split:
    """The leave-last-out split of the shipped synthetic community."""
    path = paths.shipped_data_dir() / "community.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    shopper, product, n = generate_interactions(spec, catalog, path)
    return leave_last_out(shopper, product, n, len(catalog.products))


def training_index(split: Split) -> CommunityIndex:
    """The community index from training purchases only, with the shipped k and top_m (no
    held-out purchase reaches co-purchase counts or popularity)."""
    return build_index(
        split.train_shopper,
        split.train_product,
        split.n_shoppers,
        split.n_products,
        k=K_ANONYMITY_DEFAULT,
        top_m=NEIGHBOURS_PER_ITEM,
    )


# --- the engine --------------------------------------------------------------------------
def purchase(catalog: Catalog, product: int) -> Datum:
    """A training purchase as the engine's data point."""
    return Datum(
        id=0,
        kind="purchase",
        product_id=catalog.products[product].id,
        text=None,
        value=None,
        collected_at=PURCHASED_AT,
        collected_where="quality",
        consent_category="purchases",
    )


def top_k(score: np.ndarray, ineligible: np.ndarray, k: int = TOP_K) -> np.ndarray:
    """The engine's ranking rule; mirrors ``_State.top()`` in recommender.py: eligible
    products with a positive score, by score descending, then catalog order."""
    cand = np.nonzero(~ineligible & (score > 0))[0]
    return cand[np.lexsort((cand, -score[cand]))][:k]


def engine_rankings(
    evidence: Evidence, histories: Sequence[np.ndarray], k: int = TOP_K, now: datetime = EVAL_NOW
) -> np.ndarray:
    """The engine's top k for each history of purchases (product indices; -1 pads a list
    with fewer than k positive scores)."""
    catalog = evidence.catalog
    n = len(catalog.products)
    nonpersonal = evidence.nonpersonal(now)
    base = nonpersonal["popular"] + nonpersonal["new"] + nonpersonal["sponsored"]
    consumable = np.array([p.consumable for p in catalog.products])
    # Every purchase of product q is the same data point but for its id (same kind, same
    # time), so its rows are computed once per product.
    rows: dict[int, Rows] = {}
    out = np.full((len(histories), k), -1, dtype=np.int64)
    for r, history in enumerate(histories):
        # The store lists a user's data newest first, then by id descending (all share one
        # time here): summing rows in that order gives the engine's scores to the last bit.
        blocks = []
        for q in history[::-1].tolist():
            if q not in rows:
                rows[q] = evidence.rows(purchase(catalog, q), now)
            blocks.append(rows[q])
        product = np.concatenate([b.product for b in blocks]) if blocks else np.zeros(0, np.int32)
        value = np.concatenate([b.value for b in blocks]) if blocks else np.zeros(0)
        score = base + np.bincount(product, weights=value, minlength=n)
        ineligible = np.zeros(n, dtype=bool)
        ineligible[history] = ~consumable[history]  # already bought, not rebought
        top = top_k(score, ineligible, k)
        out[r, : len(top)] = top
    return out


# --- baselines ---------------------------------------------------------------------------
def popularity_rankings(split: Split, k: int = TOP_K) -> np.ndarray:
    """Most training buyers first (ties: catalog order), skipping what the shopper has."""
    popularity = np.bincount(split.train_product, minlength=split.n_products)
    order = np.lexsort((np.arange(split.n_products), -popularity))
    out = np.full((len(split.test_shopper), k), -1, dtype=np.int64)
    for r, history in enumerate(split.histories()):
        top = order[~np.isin(order, history)][:k]
        out[r, : len(top)] = top
    return out


def implicit_models() -> dict[str, Callable[[], Any]] | None:
    """The implicit baselines (None when the package is not installed)."""
    try:
        from implicit.als import AlternatingLeastSquares
        from implicit.nearest_neighbours import CosineRecommender
    except ImportError:
        return None
    return {
        "implicit Cosine (K=50)": lambda: CosineRecommender(K=50, num_threads=1),
        "implicit ALS (64 factors, 15 it.)": lambda: AlternatingLeastSquares(
            factors=64,
            regularization=0.05,
            iterations=15,
            use_gpu=False,
            num_threads=1,
            random_state=SEED,
        ),
    }


def fit_implicit(make: Callable[[], Any], split: Split) -> Any:
    """Make and fit an implicit model on the training matrix, BLAS on one thread (ALS warns
    when it is made with a threaded BLAS, and the machine's cores are shared)."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1, user_api="blas"), warnings.catch_warnings():
        # CosineRecommender converts its own normalised matrix and says so
        warnings.filterwarnings("ignore", "Method expects CSR input")
        model = make()
        model.fit(split.matrix(), show_progress=False)
    return model


def implicit_rankings(model: Any, split: Split, k: int = TOP_K) -> np.ndarray:
    """A fitted implicit model's top k per test shopper, already-bought items filtered."""
    from threadpoolctl import threadpool_limits

    matrix = split.matrix()
    with threadpool_limits(limits=1, user_api="blas"):
        ids, _scores = model.recommend(
            split.test_shopper, matrix[split.test_shopper], N=k, filter_already_liked_items=True
        )
    out = np.full((len(split.test_shopper), k), -1, dtype=np.int64)
    out[:, : ids.shape[1]] = ids
    return out


# --- metrics -----------------------------------------------------------------------------
def ranks(rankings: np.ndarray, held_out: np.ndarray) -> np.ndarray:
    """1-based rank of each held-out product in its ranking; 0 when it is not there."""
    hit = rankings == np.asarray(held_out)[:, None]
    return np.where(hit.any(axis=1), hit.argmax(axis=1) + 1, 0)


def hits(rank: np.ndarray) -> np.ndarray:
    """Per-shopper hit (1.0 when the held-out product is in the list)."""
    return (np.asarray(rank) > 0).astype(np.float64)


def ndcg(rank: np.ndarray) -> np.ndarray:
    """Per-shopper NDCG with one relevant item: 1 / log2(rank + 1), 0 when missed."""
    rank = np.asarray(rank)
    return np.where(rank > 0, 1.0 / np.log2(np.maximum(rank, 1) + 1.0), 0.0)


def mean_se(values: np.ndarray) -> tuple[float, float]:
    """Mean and its standard error (sample standard deviation / sqrt n)."""
    values = np.asarray(values, dtype=np.float64)
    if len(values) < 2:
        return (float(values.mean()) if len(values) else math.nan), math.nan
    return float(values.mean()), float(values.std(ddof=1) / math.sqrt(len(values)))


@dataclass
class MethodResult:
    name: str
    rank: np.ndarray = field(repr=False)  # per test shopper, 0 = missed
    fit_s: float
    rank_s: float

    @property
    def n(self) -> int:
        return len(self.rank)

    def to_json(self, reference: MethodResult | None = None) -> dict[str, Any]:
        hr, hr_se = mean_se(hits(self.rank))
        nd, nd_se = mean_se(ndcg(self.rank))
        out: dict[str, Any] = {
            "name": self.name,
            "n": self.n,
            "hit_rate": hr,
            "hit_rate_se": hr_se,
            "ndcg": nd,
            "ndcg_se": nd_se,
            "fit_s": self.fit_s,
            "rank_s": self.rank_s,
        }
        if reference is not None and reference is not self:
            out["engine_minus_this"] = self.engine_lead(reference)
        return out

    def engine_lead(self, engine: MethodResult) -> dict[str, dict[str, float]]:
        """The engine minus this method, paired per shopper: mean and standard error."""
        out = {}
        for metric, per_shopper in (("hit_rate", hits), ("ndcg", ndcg)):
            mean, se = mean_se(per_shopper(engine.rank) - per_shopper(self.rank))
            out[metric] = {"mean": mean, "se": se}
        return out


def standing(difference: dict[str, float]) -> str:
    """'ahead of', 'behind', or 'level with' when the paired difference is within 2 standard
    errors (a smaller difference is not read as one)."""
    if not abs(difference["mean"]) >= 2 * difference["se"]:
        return "level with"
    return "ahead of" if difference["mean"] > 0 else "behind"


@dataclass
class QualityReport:
    methods: list[MethodResult]
    shoppers: int
    eligible: int  # shoppers with >= 2 distinct purchases: each one is evaluated
    split_s: float
    notes: list[str]

    def to_json(self) -> dict[str, Any]:
        engine = self.methods[0]
        return {
            "k": TOP_K,
            "shoppers": self.shoppers,
            "test_shoppers": self.eligible,
            "split_s": self.split_s,
            "evaluated_at": EVAL_NOW.isoformat(),
            "methods": [m.to_json(engine) for m in self.methods],
            "notes": self.notes,
        }


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def evaluate(catalog: Catalog | None = None, baselines: bool = True) -> QualityReport:
    """Engine first, then popularity, then the implicit models (if installed and asked)."""
    catalog = catalog or load_shipped_catalog()
    split, split_s = _timed(lambda: shipped_split(catalog))
    notes: list[str] = []
    evidence, fit_s = _timed(lambda: Evidence(catalog, training_index(split)))
    ranked, rank_s = _timed(lambda: engine_rankings(evidence, split.histories()))
    methods = [MethodResult("engine (this tree)", ranks(ranked, split.held_out), fit_s, rank_s)]
    ranked, rank_s = _timed(lambda: popularity_rankings(split))
    methods.append(MethodResult("popularity", ranks(ranked, split.held_out), 0.0, rank_s))
    models = implicit_models() if baselines else None
    if baselines and models is None:
        notes.append("implicit is not installed (pip install '.[test]'): its baselines are not run")
    for name, make in (models or {}).items():
        model, fit_s = _timed(partial(fit_implicit, make, split))
        ranked, rank_s = _timed(partial(implicit_rankings, model, split))
        methods.append(MethodResult(name, ranks(ranked, split.held_out), fit_s, rank_s))
    return QualityReport(methods, split.n_shoppers, len(split.test_shopper), split_s, notes)


def format_report(report: QualityReport) -> str:
    data = report.to_json()
    lines = [
        f"Leave-last-out on the synthetic community: {data['test_shoppers']} of "
        f"{data['shoppers']} shoppers have >= 2 distinct purchases; top {TOP_K}; "
        f"split {report.split_s:.2f} s",
        f"{'method':<34} {'hit rate@10':>16} {'NDCG@10':>16} {'n':>6} {'fit s':>7} {'rank s':>7}"
        f" {'engine - this (hit, NDCG)':>28}",
    ]
    for m in data["methods"]:
        diff = m.get("engine_minus_this")
        vs = (
            (
                f"{diff['hit_rate']['mean']:+.3f}±{diff['hit_rate']['se']:.3f} "
                f"{diff['ndcg']['mean']:+.3f}±{diff['ndcg']['se']:.3f}"
            )
            if diff
            else ""
        )
        lines.append(
            f"{m['name']:<34} {m['hit_rate']:>8.3f} ± {m['hit_rate_se']:.3f} "
            f"{m['ndcg']:>8.3f} ± {m['ndcg_se']:.3f} {m['n']:>6} {m['fit_s']:>7.2f} "
            f"{m['rank_s']:>7.2f} {vs:>28}"
        )
    lines.append(
        "± is one standard error; engine - this is paired per shopper; "
        "within 2 standard errors reads as level."
    )
    for m in data["methods"][1:]:
        diff = m["engine_minus_this"]
        lines.append(
            f"The engine is {standing(diff['hit_rate'])} {m['name']} on hit rate@10 "
            f"({diff['hit_rate']['mean']:+.3f}) and {standing(diff['ndcg'])} it on NDCG@10 "
            f"({diff['ndcg']['mean']:+.3f})."
        )
    lines.extend(f"note: {n}" for n in report.notes)
    return "\n".join(lines)


def run_quality(args: argparse.Namespace) -> int:
    """``tightrope bench --quality [--json]``."""
    report = evaluate()
    if args.json:
        json.dump(report.to_json(), sys.stdout, indent=2)
        print()
    else:
        print(format_report(report))
    return 0
