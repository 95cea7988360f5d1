"""The home page's shelves and a product's related shelf, planned from a state."""

from __future__ import annotations

from typing import Any

import numpy as np

from tightrope.engine import shelf_rules
from tightrope.engine.evidence import COMMUNITY
from tightrope.engine.explain import (
    Shelf,
)
from tightrope.engine.parts import RecommenderParts
from tightrope.engine.state import State
from tightrope.engine.wording import day_of
from tightrope.i18n import translator

tr = translator("Recommender", cached=True)  # the recommender's words: same context


# Shelf titles (English source; stored as provenance in English, shown translated)
TOP_PICKS = tr.mark("Top picks today")
FOR_YOU = tr.mark("Recommended for you")
BECAUSE_VIEWED = tr.mark("Because you viewed {name}")
COMMUNITY_SHELF = tr.mark("Shoppers like you also bought")
NEW_ARRIVALS = tr.mark("New arrivals")
POPULAR_NOW = tr.mark("Popular right now")
RELATED = tr.mark("Related to {name}")


def _titled(template: str, **values: Any) -> tuple[str, str]:
    """A shelf title translated, and in its English source (kept as provenance)."""
    return tr(template).format(**values), template.format(**values)


class Shelves(RecommenderParts):
    """Which products each home shelf (and a product's related shelf) shows. Mixed into
    :class:`~tightrope.engine.recommender.Recommender`."""

    def shelves(self) -> list[Shelf]:
        return self._shelves(self._current())

    def _shelves(self, state: State) -> list[Shelf]:
        plan = self._shelf_plan(state)
        self._prefetch(state, [i for _sid, _t, _s, idx, _e in plan for i in idx])
        return [
            Shelf(sid, title, tuple(self._explain(state, int(i)) for i in idx), subtitle, source)
            for sid, title, subtitle, idx, source in plan
        ]

    @staticmethod
    def _pick(state: State, candidates: np.ndarray, limit: int) -> np.ndarray:
        ok = candidates[~state.ineligible[candidates] & (state.score[candidates] > 0)]
        return state.best(ok, limit)

    @staticmethod
    def _pick_by(
        state: State, product: np.ndarray, value: np.ndarray, skip: set[int], limit: int | None
    ) -> np.ndarray:
        """Eligible products ordered by the given rows' total for them (ties: score, index)."""
        if not len(product):
            return np.zeros(0, np.int64)
        cand, inverse = np.unique(product, return_inverse=True)
        total = np.bincount(inverse, weights=value)
        ok = ~state.ineligible[cand] & (state.score[cand] > 0) & ~np.isin(cand, list(skip))
        cand, total = cand[ok], total[ok]
        order = np.lexsort((cand, -state.score[cand], -total))
        return cand[order][:limit]

    def _shelf_plan(self, state: State) -> list[tuple[str, str, str, np.ndarray, str]]:
        """Which products each home shelf shows, as (id, title, subtitle, indices, title in
        English).

        A shelf only chooses *which* items it shows and in what order (e.g. those a given
        view counts for most); each item's why panel explains its one overall score. Items
        already on an earlier shelf are not repeated.
        """
        if state.plan is None:
            state.plan = self._make_shelf_plan(state)
        return state.plan

    def _make_shelf_plan(self, state: State) -> list[tuple[str, str, str, np.ndarray, str]]:
        # tightrope.engine.shelf_rules: one shelf per item, a sponsored limit per shelf, a
        # ratings minimum for "popular"; the first shelf keeps the ranking's true positions.
        plan: list[tuple[str, str, str, np.ndarray, str]] = []
        sponsored = self._sponsored
        top = shelf_rules.choose(state.top(), sponsored, set(), self.top_n, fill=False)
        if not len(state.datum):
            title, source = _titled(TOP_PICKS)
            plan.append(
                (
                    "for-you",
                    title,
                    tr("Nothing personal was used: popular, new and sponsored items."),
                    top,
                    source,
                )
            )
        else:
            title, source = _titled(FOR_YOU)
            plan.append(("for-you", title, "", top, source))
        shown = {int(i) for i in top}
        if len(state.datum):
            datums = self.datums()
            views = sorted(
                (d for d in datums.values() if d.kind == "view" and d.id in state.blocks),
                key=lambda d: (d.collected_at, d.id),
                reverse=True,
            )
            for d in views[:5]:
                assert d.product_id is not None  # a view is of a product
                own = self.catalog.index_of[d.product_id]
                rows = state.blocks[d.id]
                order = self._pick_by(state, rows.product, rows.value, shown | {own}, None)
                idx = shelf_rules.choose(order, sponsored, shown, shelf_rules.SHELF_SIZE)
                if len(idx) >= 3:
                    title, source = _titled(BECAUSE_VIEWED, name=self.catalog.products[own].name)
                    subtitle = tr("What your view on {date} counts for most").format(
                        date=day_of(d.collected_at)
                    )
                    plan.append(("because-viewed", title, subtitle, idx, source))
                    shown |= {int(i) for i in idx}
                    break
            comm = state.reason == COMMUNITY
            order = self._pick_by(state, state.product[comm], state.value[comm], shown, None)
            idx = shelf_rules.choose(order, sponsored, shown, shelf_rules.SHELF_SIZE)
            if len(idx) >= 3:
                title, source = _titled(COMMUNITY_SHELF)
                subtitle = tr(
                    "Bought together by at least %n anonymous shopper(s)", n=self.community.k
                )
                plan.append(("community", title, subtitle, idx, source))
                shown |= {int(i) for i in idx}
        new = np.nonzero(state.nonpersonal["new"] > 0)[0]
        order = self._pick(state, new, len(new))
        idx = shelf_rules.choose(order, sponsored, shown, shelf_rules.SHELF_SIZE)
        if len(idx):
            title, source = _titled(NEW_ARRIVALS)
            plan.append(("new", title, "", idx, source))
            shown |= {int(i) for i in idx}
        if not len(state.datum):
            ok = np.nonzero(~state.ineligible & (state.score > 0))[0]
            order = shelf_rules.popular_order(
                self.community.popularity, state.score, self._rating_count, ok
            )
            idx = shelf_rules.choose(order, sponsored, shown, shelf_rules.SHELF_SIZE)
            if len(idx):
                title, source = _titled(POPULAR_NOW)
                plan.append(("popular", title, "", idx, source))
        return plan

    def related(self, product_id: str, limit: int = 8) -> Shelf:
        i = self.catalog.index_of[product_id]
        nb, _s, _c = self.community.neighbours(i)
        sim, _v = self.evidence.similar(i)
        cand = np.unique(np.concatenate([nb, sim]).astype(np.int64))
        cand = cand[cand != i]
        state = self._current()
        title, source = _titled(RELATED, name=self.catalog.products[i].name)
        items = tuple(self._explain(state, int(k)) for k in self._pick(state, cand, limit))
        return Shelf(
            "related",
            title,
            items,
            tr("Bought together by other shoppers or similar items, in your ranking order"),
            source,
        )

    def _shelf_products(self, state: State) -> list[int]:
        return [int(i) for _sid, _t, _s, idx, _e in self._shelf_plan(state) for i in idx]
