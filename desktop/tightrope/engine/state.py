"""The scores for one set of active data points (a state), cheap to derive variants from:
the current one, and the "what if these were gone" ones previews and counterfactuals use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from tightrope.engine.counterfactual import Ranking
from tightrope.engine.evidence import Rows

if TYPE_CHECKING:
    from tightrope.engine.explain import Recommendation


@dataclass
class State:
    """Scores for one set of active data points. Cheap to derive variants from."""

    blocks: dict[int, Rows]  # datum id -> rows that survived the guard layers
    nonpersonal: dict[str, np.ndarray]
    ineligible: np.ndarray  # bool per product
    top_n: int
    # the purchases that make a product ineligible: datum id -> product index
    bought: dict[int, int] = field(default_factory=dict)
    score: np.ndarray = field(init=False)
    # all rows concatenated, with the datum id of each row
    product: np.ndarray = field(init=False)
    value: np.ndarray = field(init=False)
    reason: np.ndarray = field(init=False)
    aux: np.ndarray = field(init=False)
    datum: np.ndarray = field(init=False)
    _top: np.ndarray | None = field(default=None, init=False)
    _rows_by_product: dict[int, np.ndarray] = field(default_factory=dict, init=False)
    # the home shelves' plan for this state (Recommender._shelf_plan), made once
    plan: list[tuple[str, str, str, np.ndarray, str]] | None = field(default=None, init=False)
    # explanations worked out in this state while it is not the current one (a previewed
    # state, see Recommender.prepare); the current state's are Recommender._explained
    explained: dict[int, Recommendation] = field(default_factory=dict, init=False)
    _ranking: Ranking | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        n = len(self.ineligible)
        blocks = list(self.blocks.items())
        if blocks:
            self.product = np.concatenate([b.product for _d, b in blocks])
            self.value = np.concatenate([b.value for _d, b in blocks])
            self.reason = np.concatenate([b.reason for _d, b in blocks])
            self.aux = np.concatenate([b.aux for _d, b in blocks])
            self.datum = np.repeat(
                np.array([d for d, _b in blocks], dtype=np.int64), [len(b) for _d, b in blocks]
            )
        else:
            self.product = np.zeros(0, np.int32)
            self.value = np.zeros(0)
            self.reason = np.zeros(0, np.int8)
            self.aux = np.zeros(0, np.int64)
            self.datum = np.zeros(0, np.int64)
        score = (
            self.nonpersonal["popular"] + self.nonpersonal["new"] + self.nonpersonal["sponsored"]
        )
        self.score = score + np.bincount(self.product, weights=self.value, minlength=n)

    def top(self) -> np.ndarray:
        """Top-N product indices: eligible, positive score, by score then catalog order."""
        if self._top is None:
            self._top = self.best(np.nonzero(~self.ineligible & (self.score > 0))[0], self.top_n)
        return self._top

    def best(self, cand: np.ndarray, limit: int) -> np.ndarray:
        """The `limit` best of these candidates (score desc, then catalog order)."""
        if len(cand) > limit:
            cut = np.partition(self.score[cand], len(cand) - limit)[len(cand) - limit]
            cand = cand[self.score[cand] >= cut]
        order = np.lexsort((cand, -self.score[cand]))
        return cand[order][:limit]

    def rows_of(self, i: int) -> np.ndarray:
        """Row positions of product i."""
        if i not in self._rows_by_product:
            self.prefetch([i])
        return self._rows_by_product[i]

    def prefetch(self, products: Iterable[int]) -> None:
        """Find the rows of many products in one pass over all rows (explaining a shelf of
        40 products then costs one scan, not 40)."""
        wanted = [int(i) for i in products if int(i) not in self._rows_by_product]
        if not wanted:
            return
        flag = np.zeros(len(self.score), dtype=bool)
        flag[wanted] = True
        hits = np.flatnonzero(flag[self.product])
        order = hits[np.argsort(self.product[hits], kind="stable")]
        grouped = self.product[order]
        for i in wanted:
            lo, hi = np.searchsorted(grouped, [i, i + 1])
            self._rows_by_product[i] = order[lo:hi]

    def rank_of(self, i: int) -> int | None:
        hits = np.nonzero(self.top() == i)[0]
        return int(hits[0]) + 1 if len(hits) else None

    def ranking(self) -> Ranking:
        """The scores and rows the counterfactual searches test against (made once)."""
        if self._ranking is None:
            self._ranking = Ranking(
                self.score, self.ineligible, self.blocks, self.bought, self.top_n
            )
        return self._ranking
