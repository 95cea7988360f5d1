"""The hybrid recommender: ranks products and explains every score exactly.

Score of a product = sum of its personal rows (each from one data point, see
:mod:`tightrope.engine.evidence`) + its non-personal parts (popular, new, sponsored). Layers that
come on top only *drop* rows (excluded data points, the sensitive-category guard) or filter
ranking (already bought); they never compute terms from many data points at once. The
privacy layers work the same way: a data point whose consent category is withdrawn, or any
data point at personalization level Off, is dropped whole; level Light drops its
"shoppers like you" and profile-fact rows; a blocked topic is treated like a sensitive
category without opt-in (rows pointing into it are dropped). So:

* ``sum(contributions) == score`` for every product, and
* forgetting a data point moves each score by exactly that data point's rows.

The recommender's jobs live in one module each: :mod:`.state` (a state's scores and top-N),
:mod:`.wording` (labels, headlines, summaries), :mod:`.shelves` (what each shelf shows) and
:mod:`.previews` (previews, counterfactuals, planned removals); this module keeps the caches
(told of every write by the operations' Changes), builds states and explains products.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np

from tightrope.engine.community import CommunityIndex
from tightrope.engine.evidence import (
    COMMUNITY,
    FACT,
    REASON_SOURCE,
    Evidence,
    Rows,
    Weights,
)
from tightrope.engine.explain import (
    Contribution,
    Preview,
    Recommendation,
)
from tightrope.engine.previews import Previews
from tightrope.engine.shelves import Shelves
from tightrope.engine.state import State
from tightrope.engine.wording import ALREADY_BOUGHT, Wording
from tightrope.i18n import translator
from tightrope.privacy import consent, datause
from tightrope.storage.datums import Datum
from tightrope.storage.store import Store

if TYPE_CHECKING:
    from tightrope.operations.changes import Changes

# Headlines are made for every product a change touches (~40 per change): cached, each
# template costs a dictionary look-up after its first use (see tightrope.i18n.translator).
tr = translator("Recommender", cached=True)

TOP_N = 12
NONPERSONAL = ("popular", "new", "sponsored")


NO_DATUM = 1 << 62  # sorts non-personal parts after personal ones of the same value


class Recommender(Wording, Shelves, Previews):
    """Ranks, explains and previews; plans the removals that operations carry out. Qt-free;
    one per store. Its caches learn of every write from the operation's Changes."""

    def __init__(
        self,
        store: Store,
        community: CommunityIndex,
        weights: Weights | None = None,
        top_n: int = TOP_N,
    ):
        self.store = store
        self.catalog = store.catalog
        self.community = community
        self.evidence = Evidence(self.catalog, community, weights)
        self.top_n = top_n
        self._sponsored = np.array([p.sponsored for p in self.catalog.products], dtype=bool)
        self._rating_count = np.array([p.rating_count for p in self.catalog.products])
        self._datums: dict[int, Datum] | None = None
        self._rows: dict[int, Rows] = {}
        # labels per data point, dropped with its rows (they quote personal data)
        self._labels: dict[int, dict[tuple[int, int], tuple[str, dict[str, Any]]]] = {}
        # explanations of the current state by product index, kept across changes that do
        # not touch the product (see _unexplain); the rank is refreshed on every read
        self._explained: dict[int, Recommendation] = {}
        self._state: State | None = None
        self._rows_clock: float | None = None
        self._nonpersonal: tuple[Any, dict[str, np.ndarray]] | None = None
        self._policy: consent.Policy | None = None
        # previews of removals from the current state (see _preview_without)
        self._previewed: tuple[State | None, dict[Any, tuple[Preview, State]]] = (None, {})
        self.data_use = datause.DataUseLog(store)
        store.subscribe(self._on_changes)

    # --- caches ------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """Drop what an operation made stale: the current state and previews always (they
        hold the rows of data that may be gone now); every cache when the policy, the clock
        or everything changed; otherwise only the touched data points and the products
        they count for."""
        self._state = None
        self._previewed = (None, {})
        # The policy is read again after every change: a data point can change it (an age
        # band that says the shopper is a minor, tightrope.privacy.minors); if it moved,
        # every explanation may have.
        old_policy, self._policy = self._policy, None
        stale_policy = changes.policy_changed or (
            old_policy is not None and self.policy() != old_policy
        )
        if stale_policy or self._datums is None:
            self._datums = None
            self._rows.clear()
            self._labels.clear()
            self._explained.clear()
            return
        for i in changes.deleted:
            self._unexplain(i)
            self._datums.pop(i, None)
            self._rows.pop(i, None)
            self._labels.pop(i, None)
        for d in (*changes.added, *changes.updated):
            self._unexplain(d.id)
            self._rows.pop(d.id, None)
            self._labels.pop(d.id, None)
            self._datums[d.id] = d
            self._unexplain(d.id)  # the products its (new) rows reach

    def _unexplain(self, datum_id: int) -> None:
        """Drop cached explanations of every product this data point counts for (or makes
        ineligible): only those can change when it is added, removed or (un)excluded."""
        if not self._explained:
            return
        d = self._datums.get(datum_id) if self._datums is not None else None
        if d is None:
            return
        if d.product_id in self.catalog.index_of:
            self._explained.pop(self.catalog.index_of[d.product_id], None)
        for i in self._rows_for(d).product:
            self._explained.pop(int(i), None)

    def datums(self) -> dict[int, Datum]:
        if self._datums is None:
            self._datums = {d.id: d for d in self.store.datums()}
        return self._datums

    def policy(self) -> consent.Policy:
        """Consent, level and blocked topics in force (read once per change)."""
        if self._policy is None:
            self._policy = consent.policy(self.store)
        return self._policy

    def sensitive_opt_in(self) -> frozenset[str]:
        return self.policy().sensitive_opt_in

    def used(self, d: Datum) -> bool:
        """Is this data point used at all? Not when excluded, when its consent category is
        withdrawn, or when personalization is Off."""
        policy = self.policy()
        return (
            not d.excluded and policy.level != consent.OFF and d.consent_category in policy.granted
        )

    def _rows_for_clock(self) -> None:
        """Rows are made at the clock's offset: drop them all when it has moved."""
        if self._rows_clock != self.store.clock.offset_days:
            self._rows.clear()
            self._labels.clear()
            self._explained.clear()
            self._rows_clock = self.store.clock.offset_days

    def _rows_for(self, d: Datum) -> Rows:
        self._rows_for_clock()
        rows = self._rows.get(d.id)
        if rows is None:
            rows = self._guard(d, self.evidence.rows(d, self.store.clock.now()))
            self._rows[d.id] = rows
        return rows

    def _guard(self, d: Datum, rows: Rows) -> Rows:
        """Sensitive-category guard: personal data never drives a sensitive recommendation,
        and data about a sensitive product is never used, unless the user opted in. Topics the
        user blocked are guarded the same way. Level Light drops community and profile-fact
        rows (each row still comes from this one data point: only rows are dropped)."""
        policy = self.policy()
        if policy.level == consent.LIGHT and len(rows):
            keep = ~np.isin(rows.reason, [COMMUNITY, FACT])
            if not keep.all():
                rows = Rows(
                    rows.product[keep],
                    rows.value[keep],
                    rows.reason[keep],
                    rows.aux[keep],
                    rows.decay,
                    rows.weight,
                )
        blocked = (
            {c.id for c in self.catalog.sensitive_categories()} - policy.sensitive_opt_in
        ) | policy.blocked
        if not blocked or not len(rows):
            return rows
        own = self.catalog.get(d.product_id)
        topic = own.category if own else (d.text if d.kind == "declared_interest" else None)
        if topic in blocked:
            return Rows.empty(rows.decay, rows.weight)
        blocked_idx = [k for k, c in enumerate(self.catalog.categories) if c.id in blocked]
        keep = ~np.isin(self.evidence.category_of[rows.product], blocked_idx)
        if keep.all():
            return rows
        return Rows(
            rows.product[keep],
            rows.value[keep],
            rows.reason[keep],
            rows.aux[keep],
            rows.decay,
            rows.weight,
        )

    def _build(self, active: Iterable[Datum]) -> State:
        # One pass per data point, in plain Python: the policy read once, the cached rows
        # looked up directly (this loop is most of a state's cost at thousands of points).
        policy = self.policy()
        if policy.level == consent.OFF:
            active = []
        else:
            granted = policy.granted
            active = [d for d in active if not d.excluded and d.consent_category in granted]
        self._rows_for_clock()
        cached, rows_for = self._rows, self._rows_for
        blocks = {}
        for d in active:
            r = cached.get(d.id)
            if r is None:
                r = rows_for(d)
            if r.product.size:
                blocks[d.id] = r
        ineligible = np.zeros(len(self.catalog.products), dtype=bool)
        bought: dict[int, int] = {}
        for d in active:
            if d.kind == "purchase" and d.product_id in self.catalog.index_of:
                p = self.catalog.by_id[d.product_id]
                if not p.consumable:
                    bought[d.id] = self.catalog.index_of[p.id]
                    ineligible[bought[d.id]] = True
        today = self.store.clock.now().date()
        if self._nonpersonal is None or self._nonpersonal[0] != today:
            self._nonpersonal = (today, self.evidence.nonpersonal(self.store.clock.now()))
            self._explained.clear()  # "new arrival" parts change with the day
        return State(blocks, self._nonpersonal[1], ineligible, self.top_n, bought)

    def _current(self) -> State:
        if self._state is None:
            self._state = self._build(self.datums().values())
            datums = self.datums()
            self.data_use.note(Counter(datums[i].consent_category for i in self._state.blocks))
        return self._state

    def _without(self, ids: Iterable[int]) -> State:
        gone = set(ids)
        return self._build(d for i, d in self.datums().items() if i not in gone)

    # --- explanations --------------------------------------------------------------------
    def _explain(self, state: State, i: int) -> Recommendation:
        cache = self._explained if state is self._state else state.explained
        cached = cache.get(i)
        if cached is None:
            cached = cache[i] = self._explain_now(state, i)
        rank = state.rank_of(i)
        return cached if cached.rank == rank else cached.with_rank(rank)

    def _explain_now(self, state: State, i: int) -> Recommendation:
        """Product i's explanation. The headline is worked out now; the full list of
        contributions when first read (a shelf shows ~40 headlines, the panel one list)."""
        product = self.catalog.products[i]
        score = float(state.score[i])
        # plain Python lists: indexing numpy scalars one by one costs more than the rest
        h = state.rows_of(i)
        rows: list[tuple[float, int, str, int, int]] = [
            (-value, did, REASON_SOURCE[reason], reason, aux)
            for value, did, reason, aux in zip(
                state.value[h].tolist(),
                state.datum[h].tolist(),
                state.reason[h].tolist(),
                state.aux[h].tolist(),
                strict=True,
            )
        ]
        nonpersonal = [name for name in NONPERSONAL if state.nonpersonal[name][i] > 0]
        rows.extend(
            (-float(state.nonpersonal[name][i]), NO_DATUM, name, -1, 0) for name in nonpersonal
        )
        rows.sort()  # by value (largest first), then data point, then source
        eligible = not bool(state.ineligible[i])
        per_datum: dict[int, float] = {}  # the same sums, in the same order, as the shares
        source_of: dict[int, str] = {}
        for neg, did, source, reason, _aux in rows:
            if reason >= 0:
                per_datum[did] = per_datum.get(did, 0.0) + (-neg / score if score > 0 else 0.0)
                source_of.setdefault(did, source)
        datums = self.datums()
        used = {did: datums[did] for did in per_datum}
        return Recommendation.deferred(
            partial(self._contributions, state, i, score, rows, used),
            product_id=product.id,
            name=product.name,
            rank=state.rank_of(i),
            score=score,
            headline=self._headline(per_datum, source_of, nonpersonal, eligible),
            anchor=self._anchor_line(per_datum, source_of, nonpersonal, eligible),
            sponsored=product.sponsored,
            eligible=eligible,
            ineligible_reason=None if eligible else tr(ALREADY_BOUGHT),
        )

    def _contributions(
        self,
        state: State,
        i: int,
        score: float,
        rows: list[tuple[float, int, str, int, int]],
        used: dict[int, Datum],
    ) -> tuple[Contribution, ...]:
        labels = self._labels
        current = self.datums()
        make = Contribution.make
        out: list[Contribution] = []
        for neg, did, source, reason, aux in rows:
            value = -neg
            share = value / score if score > 0 else 0.0
            if reason < 0:
                out.append(
                    make(
                        source,
                        None,
                        self._nonpersonal_label(source, i),
                        value,
                        share,
                        None,
                        None,
                        None,
                        None,
                        {},
                    )
                )
                continue
            d = used[did]
            cached = labels.get(did)
            if cached is None:
                cached = {}
                if did in current:  # a data point forgotten meanwhile gets no entry again
                    labels[did] = cached
            made = cached.get((reason, i))
            if made is None:
                made = cached[(reason, i)] = self._row_label(d, reason, aux, i, state.blocks[did])
            # the detail dict is shared with the label cache: explanations are read-only
            out.append(
                make(
                    source,
                    did,
                    made[0],
                    value,
                    share,
                    d.kind,
                    d.collected_at_iso,
                    d.collected_where,
                    d.consent_category,
                    made[1],
                )
            )
        return tuple(out)

    # --- public: reading ---------------------------------------------------------------
    def recommend(self, top: int | None = None) -> list[Recommendation]:
        """The best `top` products (default: the shop's top-N), each fully explained."""
        state = self._current()
        if top is None or top <= self.top_n:
            ids = state.top()[: top or self.top_n]
        else:
            ids = state.best(np.nonzero(~state.ineligible & (state.score > 0))[0], top)
        self._prefetch(state, ids)
        recs = [self._explain(state, int(i)) for i in ids]
        # beyond the shop's top-N, rank is the position in this longer list
        return [r if r.rank else r.with_rank(k + 1) for k, r in enumerate(recs)]

    def why(self, product_id: str) -> Recommendation:
        return self._explain(self._current(), self.catalog.index_of[product_id])

    def excluded_for(self, product_id: str) -> list[Datum]:
        """Kept-but-unused data points that would count for this product if used again."""
        i = self.catalog.index_of[product_id]
        out = [
            d
            for d in self.datums().values()
            if d.excluded and (d.product_id == product_id or i in self._rows_for(d).product)
        ]
        return sorted(out, key=lambda d: (d.collected_at, d.id), reverse=True)

    def uses_personal_data(self) -> bool:
        return bool(self._current().blocks)

    def _prefetch(self, state: State, products: Iterable[int]) -> None:
        cached = self._explained if state is self._state else state.explained
        state.prefetch(i for i in products if int(i) not in cached)

    # --- preview and counterfactual ----------------------------------------------------

    # --- removals, for the operations that forget or exclude ---------------------------
