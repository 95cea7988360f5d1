"""The smallest sets of data points whose removal changes whether a product is recommended.

Removing a data point removes exactly its rows (tightrope.engine.evidence), so every score can only
go down, with one exception: forgetting the purchase of something people do not buy again
makes that product eligible again, and it may then rank above the product in question. The
searches here are exact over every data point that can matter:

* to take product i *out* of the top-N: the data points with rows on i (they lower it) and
  the purchases that keep an eligible-again product out (it may overtake i);
* to bring product j *in*: the data points with rows on the products ranked above j (they
  lower those), and the purchase(s) of j itself when j is bought.

Sets are tried by size, and each test costs time in the rows removed plus a binary search
in the sorted scores, never a pass over the catalog: at 100k products a search stays fast.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from tightrope.engine.evidence import Rows

EPS = 1e-12


@dataclass
class Ranking:
    """A state's scores, eligibility and each data point's rows: what the tests read."""

    score: np.ndarray
    ineligible: np.ndarray
    blocks: dict[int, Rows]
    # datum id -> product index, for the purchases that make a product ineligible
    bought: dict[int, int]
    top_n: int

    def __post_init__(self) -> None:
        eligible = ~self.ineligible
        self._sorted = np.sort(self.score[eligible])
        # purchases per product: a product is eligible again only when all are gone
        self._buys_of: dict[int, set[int]] = {}
        for did, p in self.bought.items():
            self._buys_of.setdefault(p, set()).add(did)

    # --- the exact test ------------------------------------------------------------------
    def changes(self, removed: Iterable[int]) -> tuple[dict[int, float], set[int]]:
        """New scores of the products the removed data points touch, and the products
        that become eligible again."""
        removed = [d for d in removed]
        gone = set(removed)
        rows = [self.blocks[d] for d in removed if d in self.blocks]
        touched: dict[int, float] = {}
        if rows:
            prod = np.concatenate([r.product for r in rows])
            val = np.concatenate([r.value for r in rows])
            uniq, inverse = np.unique(prod, return_inverse=True)
            drop = np.bincount(inverse, weights=val)
            new = self.score[uniq] - drop
            touched = dict(zip(uniq.tolist(), new.tolist(), strict=True))
        freed = {
            p
            for d in removed
            if d in self.bought
            for p in [self.bought[d]]
            if self._buys_of[p] <= gone
        }
        return touched, freed

    def rank_after(self, i: int, removed: Iterable[int]) -> int | None:
        """Product i's rank in the top-N once these data points are gone (None: not in it).
        Order as the shop ranks: score descending, then catalog order."""
        touched, freed = self.changes(removed)
        t = touched.get(i, float(self.score[i]))
        if t <= 0 or (self.ineligible[i] and i not in freed):
            return None
        above = self._count_above(i, t, touched, freed)
        return above + 1 if above < self.top_n else None

    def _count_above(self, i: int, t: float, touched: dict[int, float], freed: set[int]) -> int:
        """Eligible products other than i ranked above a score t at index i, after the
        change: binary search over the unchanged scores, corrections for the changed few."""
        s = self._sorted
        gt = len(s) - int(np.searchsorted(s, t, side="right"))
        eq = int(np.searchsorted(s, t, side="right") - np.searchsorted(s, t, side="left"))
        changed = set(touched) | freed | {i}
        for j in changed:  # take the changed products out of the counts of unchanged ones
            if not self.ineligible[j]:
                sj = float(self.score[j])
                gt -= sj > t
                eq -= sj == t
        count = gt
        for j in changed:  # and count them again as they are after the change
            if j == i or (self.ineligible[j] and j not in freed):
                continue
            nj = touched.get(j, float(self.score[j]))
            count += nj > t or (nj == t and j < i)
        if eq > 0:  # unchanged products tied with t rank above i when they come first
            ties = np.flatnonzero(~self.ineligible[:i] & (self.score[:i] == t))
            count += sum(1 for j in ties.tolist() if j not in changed)
        return count


@dataclass(frozen=True)
class Candidate:
    datum_id: int
    lowers: float  # how much it takes off the product in question (0 for a purchase)
    frees: int | None  # the product its removal can make eligible again


def smallest_to_remove(ranking: Ranking, i: int, max_size: int) -> tuple[int, ...] | None:
    """The smallest set of data points (at most ``max_size``) whose removal takes product i
    out of the top-N; among sets of that size, the first in order of what they take off i.
    None when there is none."""
    s_i = float(ranking.score[i])
    own: dict[int, float] = {}
    for did, rows in ranking.blocks.items():
        hit = rows.product == i
        if hit.any():
            own[did] = float(rows.value[hit].sum())
    cands = [Candidate(d, v, ranking.bought.get(d)) for d, v in own.items()]
    # the largest things one can take off i with the other members of a set
    best = sorted(own.values(), reverse=True)
    for did, p in ranking.bought.items():
        if did in own or p == i:
            continue
        # it can only matter if its product, once eligible, can end up above i
        if float(ranking.score[p]) + EPS >= s_i - sum(best[: max_size - 1]):
            cands.append(Candidate(did, 0.0, p))
    cands.sort(
        key=lambda c: (
            -c.lowers,
            -(ranking.score[c.frees] if c.frees is not None else 0.0),
            c.datum_id,
        )
    )
    others = ranking.score.copy()
    others[i] = -np.inf
    others[ranking.ineligible] = -np.inf
    desc = -np.sort(-others)[: ranking.top_n]

    def may_leave(sel: Sequence[Candidate]) -> bool:
        """Necessary: with b products freed, i must fall to the (N-b)-th other score."""
        left = s_i - sum(c.lowers for c in sel)
        m = ranking.top_n - sum(c.frees is not None for c in sel)
        if left <= EPS or m <= 0 or m > len(desc):
            return True
        return left <= max(float(desc[m - 1]), 0.0) + EPS

    for size in range(1, max_size + 1):
        for sel in itertools.combinations(cands, size):
            if not may_leave(sel):
                continue
            ids = [c.datum_id for c in sel]
            if ranking.rank_after(i, ids) is None:
                return tuple(ids)
    return None


def smallest_to_bring_in(ranking: Ranking, j: int, max_size: int) -> tuple[int, ...] | None:
    """The smallest set of data points (at most ``max_size``) whose removal brings product j
    into the top-N (its purchases included, if it is bought). None when there is none."""
    own_buys = sorted(d for d, p in ranking.bought.items() if p == j)
    if len(own_buys) > max_size:
        return None
    s_j = float(ranking.score[j])
    n = len(ranking.score)
    eligible = ~ranking.ineligible
    above = np.flatnonzero(
        eligible & ((ranking.score > s_j) | ((ranking.score == s_j) & (np.arange(n) < j)))
    )
    above = above[above != j]
    needed = len(above) - ranking.top_n + 1  # products that must fall below j
    # A product k above j falls below it only if the set takes at least s_k - s_j off k, so
    # one member takes at least a 1/max_size share of that: those are the products each
    # data point can push under j. A set must reach `needed` of them between its members.
    gap = np.full(n, np.inf)
    gap[above] = (ranking.score[above] - s_j) / max_size
    pushes: dict[int, frozenset[int]] = {}
    for did, rows in ranking.blocks.items():
        if did in own_buys:
            continue
        hit = rows.value + EPS >= gap[rows.product]
        if hit.any():
            pushes[did] = frozenset(rows.product[hit].tolist())
    cands = sorted(pushes, key=lambda d: (-len(pushes[d]), d))
    sizes = [len(pushes[d]) for d in cands]

    def sets(extra: int, start: int = 0, reach: int = 0):
        """Sets of `extra` candidates, skipping those that cannot reach `needed` products
        (sizes are sorted, so once the best continuation falls short, all later do)."""
        if extra == 0:
            yield ()
            return
        for k in range(start, len(cands)):
            if reach + sum(sizes[k : k + extra]) < needed:
                return
            for rest in sets(extra - 1, k + 1, reach + sizes[k]):
                yield (cands[k], *rest)

    for size in range(max(len(own_buys), 1), max_size + 1):
        for sel in sets(size - len(own_buys)):
            if needed > 0 and len(frozenset().union(*(pushes[d] for d in sel))) < needed:
                continue
            ids = [*own_buys, *sel]
            if ranking.rank_after(j, ids) is not None:
                return tuple(ids)
    return None
