"""The offline quality measure (issue #15): metrics, the leave-last-out split, the engine's
ranking as the shop ranks, and where the engine stands against the baselines."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from tightrope.bench import quality
from tightrope.bench.quality import (
    PURCHASED_AT,
    engine_rankings,
    hits,
    leave_last_out,
    mean_se,
    ndcg,
    ranks,
    shipped_split,
    standing,
    training_index,
)
from tightrope.cli.main import main
from tightrope.engine.evidence import Evidence
from tightrope.operations import consent as consent_ops
from tightrope.operations import record as record_ops
from tightrope.privacy import consent


@pytest.fixture(scope="module")
def split(catalog):
    return shipped_split(catalog)


# --- metrics -----------------------------------------------------------------------------
def test_a_perfect_ranking_scores_one():
    rankings = np.array([[4, 1, 2], [7, 0, 3]])
    rank = ranks(rankings, np.array([4, 7]))
    assert rank.tolist() == [1, 1]
    assert hits(rank).mean() == 1.0 and ndcg(rank).mean() == 1.0


def test_ndcg_follows_the_rank_and_a_miss_scores_nothing():
    rankings = np.array([[9, 8, 5, 6], [9, 8, 5, 6], [9, 8, 5, 6], [1, 2, -1, -1]])
    rank = ranks(rankings, np.array([8, 5, 3, 2]))
    assert rank.tolist() == [2, 3, 0, 2]  # -1 pads a short list and matches nothing
    assert hits(rank).tolist() == [1.0, 1.0, 0.0, 1.0]
    assert ndcg(rank) == pytest.approx([1 / math.log2(3), 0.5, 0.0, 1 / math.log2(3)])


def test_mean_and_standard_error():
    mean, se = mean_se(np.array([1.0, 0.0, 1.0, 0.0]))
    assert mean == 0.5 and se == pytest.approx(math.sqrt(1 / 3) / 2)
    assert standing({"mean": 0.03, "se": 0.02}) == "level with"
    assert standing({"mean": 0.05, "se": 0.02}) == "ahead of"
    assert standing({"mean": -0.05, "se": 0.02}) == "behind"


# --- the split -----------------------------------------------------------------------------
def test_the_last_new_purchase_is_held_out():
    # shopper 0 buys 5, 3, 5 again, then 7; shopper 1 only ever buys 2; shopper 2 buys 4,
    # 1, then 4 again (a repeat is not a new purchase: 1 is the last one)
    shopper = np.array([0, 1, 0, 2, 0, 1, 2, 0, 2])
    product = np.array([5, 2, 3, 4, 5, 2, 1, 7, 4])
    s = leave_last_out(shopper, product, 3, 10)
    assert s.test_shopper.tolist() == [0, 2] and s.held_out.tolist() == [7, 1]
    assert sorted(zip(s.train_shopper.tolist(), s.train_product.tolist())) == [
        (0, 3),
        (0, 5),
        (1, 2),
        (2, 4),
    ]
    assert [h.tolist() for h in s.histories()] == [[5, 3], [4]]


def test_the_shipped_split_holds_out_one_purchase_per_eligible_shopper(split):
    pairs = set(zip(split.train_shopper.tolist(), split.train_product.tolist()))
    assert len(pairs) == len(split.train_shopper)  # distinct pairs
    held = list(zip(split.test_shopper.tolist(), split.held_out.tolist()))
    assert len(set(split.test_shopper.tolist())) == len(held) > 5000
    assert not pairs & set(held)
    # every test shopper keeps at least one purchase; nobody else lost one
    distinct = np.bincount(split.train_shopper, minlength=split.n_shoppers)
    assert (distinct[split.test_shopper] >= 1).all()
    others = np.setdiff1d(np.arange(split.n_shoppers), split.test_shopper)
    assert (distinct[others] <= 1).all()


def test_the_training_index_knows_nothing_of_the_held_out_purchases(split):
    index = training_index(split)
    trained = np.bincount(split.train_product, minlength=split.n_products)
    assert index.popularity.tolist() == trained.tolist()
    assert index.interactions == len(split.train_shopper)
    owners: dict[int, set[int]] = {}
    for s, p in zip(split.train_shopper.tolist(), split.train_product.tolist(), strict=True):
        owners.setdefault(p, set()).add(s)
    checked = 0
    for i in range(0, split.n_products, 7):
        nb, _sim, support = index.neighbours(i)
        for j, n in zip(nb.tolist(), support.tolist(), strict=True):
            assert n == len(owners[i] & owners[j])  # co-purchases from training alone
            checked += 1
    assert checked > 100


# --- the engine ----------------------------------------------------------------------------
def _history_with(split, catalog, want) -> np.ndarray:
    return next(h for h in split.histories() if len(h) >= 4 and want(h))


def _cases(split, catalog):
    sensitive = {c.id for c in catalog.sensitive_categories()}
    consumable = np.array([p.consumable for p in catalog.products])
    in_sensitive = np.array([p.category in sensitive for p in catalog.products])
    return [
        _history_with(split, catalog, lambda h: consumable[h].any() and (~consumable[h]).any()),
        _history_with(split, catalog, lambda h: in_sensitive[h].any()),
        max(split.histories(), key=len),
    ]


@pytest.mark.parametrize("case", [0, 1, 2])
def test_the_engine_ranks_as_the_shop_recommends(services, catalog, community, split, case):
    history = _cases(split, catalog)[case]
    store = services.store
    # everything on, sensitive categories included: the measure is of the model, not of
    # the privacy layers that drop rows for a shopper who has not opted in
    consent_ops.set_switches(store, {s: True for s in consent.switch_ids(store)}, where="test")
    for q in history.tolist():
        record_ops.record(store, "purchase", product_id=catalog.products[q].id, at=PURCHASED_AT)
    shop = [r.product_id for r in services.recommender.recommend(10)]
    (ours,) = engine_rankings(Evidence(catalog, community), [history])
    assert [catalog.products[i].id for i in ours] == shop and len(shop) == 10


def test_the_engine_beats_popularity_on_the_shipped_community(catalog):
    report = quality.evaluate(catalog, baselines=False)
    engine, popular = report.to_json()["methods"]
    assert engine["n"] == popular["n"] == report.eligible > 5000
    assert standing(popular["engine_minus_this"]["hit_rate"]) == "ahead of"
    assert standing(popular["engine_minus_this"]["ndcg"]) == "ahead of"


def test_the_report_names_the_implicit_baselines(catalog):
    pytest.importorskip("implicit")
    data = quality.evaluate(catalog).to_json()
    names = [m["name"] for m in data["methods"]]
    assert names[:2] == ["engine (this tree)", "popularity"] and len(names) == 4
    assert any("Cosine" in n for n in names) and any("ALS" in n for n in names)
    for m in data["methods"]:
        assert m["n"] == data["test_shoppers"] and 0 < m["ndcg"] < m["hit_rate"] < 1


def test_without_implicit_the_report_says_so(catalog, monkeypatch):
    monkeypatch.setitem(sys.modules, "implicit", None)  # import implicit... raises ImportError
    monkeypatch.setitem(sys.modules, "implicit.als", None)
    monkeypatch.setitem(sys.modules, "implicit.nearest_neighbours", None)
    report = quality.evaluate(catalog)
    assert [m.name for m in report.methods] == ["engine (this tree)", "popularity"]
    assert "implicit is not installed" in quality.format_report(report)


def test_bench_quality_prints_json(capsys):
    assert main(["bench", "--quality", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["k"] == 10 and data["methods"][0]["name"] == "engine (this tree)"


def test_the_cli_imports_neither_scipy_nor_implicit_before_the_command():
    code = "import sys, tightrope.cli.main; print(sorted({'scipy', 'implicit'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
