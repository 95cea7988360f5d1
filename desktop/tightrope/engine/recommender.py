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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np

from tightrope.privacy import consent, datause
from tightrope import i18n
from tightrope.engine.community import CommunityIndex
from tightrope.engine.counterfactual import Ranking, smallest_to_bring_in, smallest_to_remove
from tightrope.storage.datums import PRODUCT_KINDS, Datum, count_noun
from tightrope.engine.evidence import (
    COMMUNITY,
    FACT,
    INTEREST,
    REASON_SOURCE,
    SEARCH,
    SELF,
    SIMILAR,
    Evidence,
    Rows,
    Weights,
)
from tightrope.engine.explain import (
    Change,
    Contribution,
    Counterfactual,
    Preview,
    RankChange,
    Recommendation,
    Shelf,
    TopicShare,
)
from tightrope.i18n import translator
from tightrope.storage.store import Store

# Headlines are made for every product a change touches (~40 per change): cached, each
# template costs a dictionary look-up after its first use (see tightrope.i18n.translator).
tr = translator("Recommender", cached=True)

TOP_N = 12
COUNTERFACTUAL_MAX = 3
NONPERSONAL = ("popular", "new", "sponsored")

# The already-bought rule: a product the user bought is not recommended again unless it is
# a consumable (coffee, lotion, dog food: things people rebuy). Excluded purchases are not
# used for this either: "don't use this" means not used at all.
ALREADY_BOUGHT = tr.mark("You already bought this, and it is not something people buy again.")

# The headline when nothing personal counts: one whole sentence per set of the non-personal
# parts present (in NONPERSONAL order), so each language words the list its own way.
NOTHING_PERSONAL: dict[tuple[str, ...], str] = {
    (): tr.mark("Nothing personal was used, and nothing else supports this item."),
    ("popular",): tr.mark("Nothing personal was used: shown because it is popular."),
    ("new",): tr.mark("Nothing personal was used: shown because it is new."),
    ("sponsored",): tr.mark("Nothing personal was used: shown because it is a sponsored placement."),
    ("popular", "new"): tr.mark("Nothing personal was used: shown because it is popular and new."),
    ("popular", "sponsored"): tr.mark(
        "Nothing personal was used: shown because it is popular and a sponsored placement."
    ),
    ("new", "sponsored"): tr.mark(
        "Nothing personal was used: shown because it is new and a sponsored placement."
    ),
    ("popular", "new", "sponsored"): tr.mark(
        "Nothing personal was used: shown because it is popular, new and a sponsored placement."
    ),
}

# Shelf titles (English source; stored as provenance in English, shown translated)
TOP_PICKS = tr.mark("Top picks today")
FOR_YOU = tr.mark("Recommended for you")
BECAUSE_VIEWED = tr.mark("Because you viewed {name}")
COMMUNITY_SHELF = tr.mark("Shoppers like you also bought")
NEW_ARRIVALS = tr.mark("New arrivals")
POPULAR_NOW = tr.mark("Popular right now")
RELATED = tr.mark("Related to {name}")


NO_DATUM = 1 << 62  # sorts non-personal parts after personal ones of the same value
PREVIEW_MEMO = 32  # previews remembered per state (one per action a pointer passed over)
TOPIC_WINDOW = 20  # "did it work?": a topic's place in the top this many, before and after


def _day(value: Any) -> str:
    """A date or datetime's day in the user's language ('29 Nov 2025' by default)."""
    return i18n.day(value)


def _titled(template: str, **values: Any) -> tuple[str, str]:
    """A shelf title translated, and in its English source (kept as provenance)."""
    return tr(template).format(**values), template.format(**values)


@dataclass
class _State:
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
        score = self.nonpersonal["popular"] + self.nonpersonal["new"] + self.nonpersonal["sponsored"]
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
            self._ranking = Ranking(self.score, self.ineligible, self.blocks, self.bought, self.top_n)
        return self._ranking


class Recommender:
    """Ranks, explains, previews and applies removals. Qt-free; one per store."""

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
        self._datums: dict[int, Datum] | None = None
        self._rows: dict[int, Rows] = {}
        # labels per data point, dropped with its rows (they quote personal data)
        self._labels: dict[int, dict[tuple[int, int], tuple[str, dict[str, Any]]]] = {}
        # explanations of the current state by product index, kept across changes that do
        # not touch the product (see _unexplain); the rank is refreshed on every read
        self._explained: dict[int, Recommendation] = {}
        self._state: _State | None = None
        self._rows_clock: float | None = None
        self._nonpersonal: tuple[Any, dict[str, np.ndarray]] | None = None
        self._policy: consent.Policy | None = None
        # previews of removals from the current state (see _preview_without)
        self._previewed: tuple[_State | None, dict[Any, tuple[Preview, _State]]] = (None, {})
        self.data_use = datause.DataUseLog(store)
        store.subscribe(self._on_store_change)

    # --- caches ------------------------------------------------------------------------
    # Store actions that name every data point they touch; any other action (clock, consent,
    # reset, or one added later) drops every cache.
    _INCREMENTAL = frozenset({"record", "cart", "checkout", "exclude", "include", "delete", "pause"})

    def _on_store_change(self, change: dict[str, Any]) -> None:
        self._state = None
        self._previewed = (None, {})  # they hold the rows of data that may be gone now
        action = change.get("action")
        # The policy is read again after every change: a data point can change it (an age
        # band that says the shopper is a minor, tightrope.privacy.minors); if it moved,
        # every explanation may have.
        old_policy, self._policy = self._policy, None
        moved = old_policy is not None and action in self._INCREMENTAL and self.policy() != old_policy
        if action not in self._INCREMENTAL or self._datums is None or moved:
            self._datums = None
            self._rows.clear()
            self._labels.clear()
            self._explained.clear()
            return
        for i in change.get("deleted_ids", ()):
            self._unexplain(i)
            self._datums.pop(i, None)
            self._rows.pop(i, None)
            self._labels.pop(i, None)
        for i in change.get("datum_ids", ()):
            self._unexplain(i)
            d = self.store.datum(i)
            self._rows.pop(i, None)
            self._labels.pop(i, None)
            if d is None:
                self._datums.pop(i, None)
            else:
                self._datums[i] = d
                self._unexplain(i)  # the products its (new) rows reach

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
        return not d.excluded and policy.level != consent.OFF and d.consent_category in policy.granted

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
                rows = Rows(rows.product[keep], rows.value[keep], rows.reason[keep], rows.aux[keep],
                            rows.decay, rows.weight)
        blocked = ({c.id for c in self.catalog.sensitive_categories()} - policy.sensitive_opt_in) | policy.blocked
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
        return Rows(rows.product[keep], rows.value[keep], rows.reason[keep], rows.aux[keep], rows.decay, rows.weight)

    def _build(self, active: Iterable[Datum]) -> _State:
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
        return _State(blocks, self._nonpersonal[1], ineligible, self.top_n, bought)

    def _current(self) -> _State:
        if self._state is None:
            self._state = self._build(self.datums().values())
            datums = self.datums()
            self.data_use.note(Counter(datums[i].consent_category for i in self._state.blocks))
        return self._state

    def _without(self, ids: Iterable[int]) -> _State:
        gone = set(ids)
        return self._build(d for i, d in self.datums().items() if i not in gone)

    # --- explanations --------------------------------------------------------------------
    def _explain(self, state: _State, i: int) -> Recommendation:
        cache = self._explained if state is self._state else state.explained
        cached = cache.get(i)
        if cached is None:
            cached = cache[i] = self._explain_now(state, i)
        rank = state.rank_of(i)
        return cached if cached.rank == rank else cached.with_rank(rank)

    def _explain_now(self, state: _State, i: int) -> Recommendation:
        """Product i's explanation. The headline is worked out now; the full list of
        contributions when first read (a shelf shows ~40 headlines, the panel one list)."""
        product = self.catalog.products[i]
        score = float(state.score[i])
        # plain Python lists: indexing numpy scalars one by one costs more than the rest
        h = state.rows_of(i)
        rows: list[tuple[float, int, str, int, int]] = [
            (-value, did, REASON_SOURCE[reason], reason, aux)
            for value, did, reason, aux in zip(
                state.value[h].tolist(), state.datum[h].tolist(), state.reason[h].tolist(),
                state.aux[h].tolist(), strict=True,
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
        self, state: _State, i: int, score: float,
        rows: list[tuple[float, int, str, int, int]], used: dict[int, Datum],
    ) -> tuple[Contribution, ...]:
        labels = self._labels
        current = self.datums()
        make = Contribution.make
        out: list[Contribution] = []
        for neg, did, source, reason, aux in rows:
            value = -neg
            share = value / score if score > 0 else 0.0
            if reason < 0:
                out.append(make(source, None, self._nonpersonal_label(source, i), value, share,
                                None, None, None, None, {}))
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
            out.append(make(source, did, made[0], value, share, d.kind, d.collected_at_iso,
                            d.collected_where, d.consent_category, made[1]))
        return tuple(out)

    def _row_label(self, d: Datum, reason: int, aux: int, i: int, rows: Rows) -> tuple[str, dict[str, Any]]:
        when = _day(d.collected_at)
        detail: dict[str, Any] = {"weight": rows.weight, "decay": round(rows.decay, 4)}
        _decay, age = self.evidence.decay(d, self.store.clock.now())
        detail["age_days"] = round(age, 1)
        said = d.label(self.catalog)
        if reason == SELF:
            return tr("{said} on {date}", "{said}: a data point, e.g. 'You viewed Trail Tent'").format(
                said=said, date=when), detail
        if reason == SIMILAR:
            own = self.catalog.get(d.product_id)
            shared = sorted(set(own.tags) & set(self.catalog.products[i].tags)) if own else []
            detail["shared_tags"] = shared
            if shared:
                return tr("{said} on {date}; this is similar (both {tags})",
                          "{said}: a data point; {tags}: the products' shared tags").format(
                    said=said, date=when, tags=i18n.separated(shared[:3])), detail
            return tr("{said} on {date}; this is similar (same department)",
                      "{said}: a data point, e.g. 'You viewed Trail Tent'").format(
                said=said, date=when), detail
        if reason == SEARCH:
            detail["matched_words"] = aux
            return tr("{said} on {date}; this matches your search",
                      "{said}: a search, e.g. 'You searched for \u201ctent\u201d'").format(
                said=said, date=when), detail
        if reason == INTEREST:
            return said, detail
        if reason == FACT:
            return tr("{said}; this suits it",
                      "{said}: a profile fact, e.g. 'You told us you live in Leeds'").format(
                said=said), detail
        if reason == COMMUNITY:
            own = self.catalog.get(d.product_id)
            detail["cohort"] = aux
            name = own.name if own else tr("an item", "a product no longer sold")
            return self._community_label(d.kind, aux).format(name=name, date=when), detail
        return said, detail

    @staticmethod
    def _community_label(kind: str, cohort: int) -> str:
        """'Shoppers like you: …' for a data point of this kind (one sentence per kind)."""
        if kind == "view":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you viewed on {date})", n=cohort)
        if kind == "search":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you searched on {date})", n=cohort)
        if kind == "cart_add":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you added to your cart on {date})", n=cohort)
        if kind == "purchase":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you bought on {date})", n=cohort)
        if kind == "rating":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you rated on {date})", n=cohort)
        if kind == "wishlist":
            return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                      "(which you saved on {date})", n=cohort)
        return tr("Shoppers like you: %Ln shopper(s) bought this together with {name} "
                  "(which you used on {date})", n=cohort)

    def _nonpersonal_label(self, name: str, i: int) -> str:
        p = self.catalog.products[i]
        if name == "popular":
            return tr("Popular: %Ln shopper(s) in our community bought this",
                      n=int(self.community.popularity[i]))
        if name == "new":
            return tr("New arrival, added {date}").format(date=_day(p.added))
        return tr("Sponsored placement paid for by {sponsor}").format(sponsor=p.sponsor)

    def _anchor_line(
        self, per_datum: dict[int, float], source_of: dict[int, str], nonpersonal: list[str],
        eligible: bool,
    ) -> str:
        """The headline's short form for a card: the one reason that counts most, as a shop
        would say "Because you viewed X", and honestly "mostly" or "partly"."""
        if not eligible or not per_datum:
            return self._headline(per_datum, source_of, nonpersonal, eligible)
        top = min(per_datum, key=lambda d: (-per_datum[d], d))
        reason = self._phrase(self.datums()[top], source_of[top])
        if per_datum[top] >= 0.5:
            return tr("Mostly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'").format(
                reason=reason)
        return tr("Partly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'").format(
            reason=reason)

    def _headline(
        self, per_datum: dict[int, float], source_of: dict[int, str], nonpersonal: list[str],
        eligible: bool,
    ) -> str:
        """From each data point's share of the score (and the source of its largest part),
        and the non-personal sources present."""
        if not eligible:
            return tr(ALREADY_BOUGHT)
        if not per_datum:
            return tr(NOTHING_PERSONAL[tuple(nonpersonal)])
        # Name the (at most two) data points that count most, and say honestly how much of
        # the score they carry: "mostly" only when the named ones are most of it.
        # Two data points about one product (viewed it, then carted it) would name it twice:
        # the second named reason is the strongest one about something else.
        datums = self.datums()
        ranked = sorted(per_datum, key=lambda d: (-per_datum[d], d))
        top = ranked[:1]
        first = _anchor(datums[ranked[0]])
        top += [d for d in ranked[1:] if _anchor(datums[d]) != first][:1]
        reason = self._phrase(datums[top[0]], source_of[top[0]])
        other = self._phrase(datums[top[1]], source_of[top[1]]) if len(top) > 1 else None
        named_share = sum(per_datum[d] for d in top)
        if named_share >= 0.5:
            template = (tr("Mostly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'")
                        if other is None else
                        tr("Mostly because {reason} and {other_reason}",
                           "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'"))
        elif len(per_datum) > 2:
            count = len(per_datum)
            if sum(per_datum.values()) >= 0.5:
                template = (tr("Mostly because of %n thing(s) you did or told us, led by: {reason}",
                               "{reason}: e.g. 'you viewed Trail Tent'", n=count)
                            if other is None else
                            tr("Mostly because of %n thing(s) you did or told us, led by: {reason} "
                               "and {other_reason}",
                               "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'", n=count))
            else:
                template = (tr("Partly because of %n thing(s) you did or told us, led by: {reason}",
                               "{reason}: e.g. 'you viewed Trail Tent'", n=count)
                            if other is None else
                            tr("Partly because of %n thing(s) you did or told us, led by: {reason} "
                               "and {other_reason}",
                               "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'", n=count))
        else:
            template = (tr("Partly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'")
                        if other is None else
                        tr("Partly because {reason} and {other_reason}",
                           "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'"))
        return template.format(reason=reason, other_reason=other)

    def _phrase(self, d: Datum, source: str) -> str:
        """A data point as the reason in a headline ('… because you viewed Trail Tent')."""
        kind = d.kind
        if source == "community" or kind in PRODUCT_KINDS:
            own = self.catalog.get(d.product_id)
            name = own.name if own else ""
            if source == "community":
                return tr("shoppers who bought {name} also bought it", "after 'because'").format(name=name)
            if kind == "view":
                return tr("you viewed {name}", "after 'because'").format(name=name)
            if kind == "cart_add":
                return tr("you added {name} to your cart", "after 'because'").format(name=name)
            if kind == "purchase":
                return tr("you bought {name}", "after 'because'").format(name=name)
            if kind == "rating":
                return tr("you rated {name}", "after 'because'").format(name=name)
            return tr("you saved {name}", "after 'because'").format(name=name)
        if kind == "search":
            return tr("you searched \u201c{text}\u201d", "after 'because'").format(text=d.text)
        if kind == "declared_interest":
            category = self.catalog.category_by_id.get(d.text)
            return tr("you like {topic}", "after 'because'").format(
                topic=category.name if category else d.text)
        if kind == "location":
            return tr("you live in {place}", "after 'because'").format(place=d.text)
        if kind == "age_band":
            return tr("you are {age_band}", "after 'because'").format(age_band=d.text)
        raise KeyError(kind)

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
            d for d in self.datums().values()
            if d.excluded and (d.product_id == product_id or i in self._rows_for(d).product)
        ]
        return sorted(out, key=lambda d: (d.collected_at, d.id), reverse=True)

    def uses_personal_data(self) -> bool:
        return bool(self._current().blocks)

    def shelves(self) -> list[Shelf]:
        return self._shelves(self._current())

    def _shelves(self, state: _State) -> list[Shelf]:
        plan = self._shelf_plan(state)
        self._prefetch(state, [i for _sid, _t, _s, idx, _e in plan for i in idx])
        return [
            Shelf(sid, title, tuple(self._explain(state, int(i)) for i in idx), subtitle, source)
            for sid, title, subtitle, idx, source in plan
        ]

    def _prefetch(self, state: _State, products: Iterable[int]) -> None:
        cached = self._explained if state is self._state else state.explained
        state.prefetch(i for i in products if int(i) not in cached)

    @staticmethod
    def _pick(state: _State, candidates: np.ndarray, limit: int) -> np.ndarray:
        ok = candidates[~state.ineligible[candidates] & (state.score[candidates] > 0)]
        return state.best(ok, limit)

    @staticmethod
    def _pick_by(state: _State, product: np.ndarray, value: np.ndarray, skip: set[int], limit: int) -> np.ndarray:
        """Eligible products ordered by the given rows' total for them (ties: score, index)."""
        if not len(product):
            return np.zeros(0, np.int64)
        cand, inverse = np.unique(product, return_inverse=True)
        total = np.bincount(inverse, weights=value)
        ok = ~state.ineligible[cand] & (state.score[cand] > 0) & ~np.isin(cand, list(skip))
        cand, total = cand[ok], total[ok]
        order = np.lexsort((cand, -state.score[cand], -total))
        return cand[order][:limit]

    def _shelf_plan(self, state: _State) -> list[tuple[str, str, str, np.ndarray, str]]:
        """Which products each home shelf shows, as (id, title, subtitle, indices, title in
        English).

        A shelf only chooses *which* items it shows and in what order (e.g. those a given
        view counts for most); each item's why panel explains its one overall score. Items
        already on an earlier shelf are not repeated.
        """
        if state.plan is None:
            state.plan = self._make_shelf_plan(state)
        return state.plan

    def _make_shelf_plan(self, state: _State) -> list[tuple[str, str, str, np.ndarray, str]]:
        plan: list[tuple[str, str, str, np.ndarray, str]] = []
        if not len(state.datum):
            title, source = _titled(TOP_PICKS)
            plan.append(("for-you", title,
                         tr("Nothing personal was used: popular, new and sponsored items."),
                         state.top(), source))
        else:
            title, source = _titled(FOR_YOU)
            plan.append(("for-you", title, "", state.top(), source))
            shown = {int(i) for i in state.top()}
            datums = self.datums()
            views = sorted(
                (d for d in datums.values() if d.kind == "view" and d.id in state.blocks),
                key=lambda d: (d.collected_at, d.id),
                reverse=True,
            )
            for d in views[:5]:
                own = self.catalog.index_of[d.product_id]
                rows = state.blocks[d.id]
                idx = self._pick_by(state, rows.product, rows.value, shown | {own}, 10)
                if len(idx) >= 3:
                    title, source = _titled(BECAUSE_VIEWED, name=self.catalog.products[own].name)
                    subtitle = tr("What your view on {date} counts for most").format(
                        date=_day(d.collected_at))
                    plan.append(("because-viewed", title, subtitle, idx, source))
                    shown |= {int(i) for i in idx}
                    break
            comm = state.reason == COMMUNITY
            idx = self._pick_by(state, state.product[comm], state.value[comm], shown, 10)
            if len(idx) >= 3:
                title, source = _titled(COMMUNITY_SHELF)
                subtitle = tr("Bought together by at least %n anonymous shopper(s)", n=self.community.k)
                plan.append(("community", title, subtitle, idx, source))
        idx = self._pick(state, np.nonzero(state.nonpersonal["new"] > 0)[0], 10)
        if len(idx):
            title, source = _titled(NEW_ARRIVALS)
            plan.append(("new", title, "", idx, source))
        if not len(state.datum):
            idx = self._pick(state, np.arange(len(state.score)), 10 + self.top_n)[self.top_n:]
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
        return Shelf("related", title, items,
                     tr("Bought together by other shoppers or similar items, in your ranking order"),
                     source)

    # --- preview and counterfactual ----------------------------------------------------
    def _changes(self, before: _State, after: _State, ids: Iterable[int], focus: str | None) -> Preview:
        b_top = [int(i) for i in before.top()]
        a_top = [int(i) for i in after.top()]
        name = lambda i: self.catalog.products[i].name  # noqa: E731
        pid = lambda i: self.catalog.products[i].id  # noqa: E731
        b_rank = {i: r + 1 for r, i in enumerate(b_top)}
        a_rank = {i: r + 1 for r, i in enumerate(a_top)}
        dropped = tuple(RankChange(pid(i), name(i), b_rank[i], None) for i in b_top if i not in a_rank)
        entered = tuple(RankChange(pid(i), name(i), None, a_rank[i]) for i in a_top if i not in b_rank)
        moved = tuple(
            RankChange(pid(i), name(i), b_rank[i], a_rank[i])
            for i in b_top
            if i in a_rank and a_rank[i] != b_rank[i]
        )
        sb = {p[0]: (p[1], list(p[3])) for p in self._shelf_plan(before)}
        sa = {p[0]: (p[1], list(p[3])) for p in self._shelf_plan(after)}
        changed = tuple(
            (sb.get(k) or sa[k])[0] for k in list(sb) + [k for k in sa if k not in sb] if sb.get(k) != sa.get(k)
        )
        focus_change = None
        if focus is not None:
            f = self.catalog.index_of[focus]
            focus_change = RankChange(focus, name(f), b_rank.get(f), a_rank.get(f))
        return Preview(
            datum_ids=tuple(sorted(set(ids))),
            dropped=dropped,
            entered=entered,
            moved=moved,
            shelves_changed=changed,
            focus=focus_change,
            summary=self._summary(dropped, entered, moved, changed, focus_change),
        )

    def _with_topic(self, preview: Preview, before: _State, after: _State, topic: str) -> Preview:
        """The preview of forgetting a topic, with how much of it is left afterwards."""
        before_n, _ = self._in_topic(before, topic)
        after_n, after_personal = self._in_topic(after, topic)
        share = TopicShare(topic, self.catalog.category(topic).name, before_n, after_n,
                           TOPIC_WINDOW, after_personal)
        return replace(preview, topic=share,
                       summary=" ".join([preview.summary, self._share_sentence(share)]))

    def _in_topic(self, state: _State, topic: str) -> tuple[int, int]:
        """How many of the state's top TOPIC_WINDOW recommendations are in the topic, and
        how many of those rest on some personal data."""
        k = self.catalog.categories.index(self.catalog.category(topic))
        top = state.best(np.nonzero(~state.ineligible & (state.score > 0))[0], TOPIC_WINDOW)
        inside = top[self.evidence.category_of[top] == k]
        return len(inside), int(np.count_nonzero(np.isin(inside, state.product)))

    @staticmethod
    def _share_sentence(share: TopicShare) -> str:
        if share.after == 0:
            return tr("{topic}: %n of your top {window} before, none after.", n=share.before).format(
                topic=share.name, window=share.window)
        if not share.blockable:
            return tr("{topic}: %n of your top {window} before, {after} after, shown to everyone "
                      "(popular, new or sponsored).", n=share.before).format(
                topic=share.name, window=share.window, after=share.after)
        return tr("{topic}: %n of your top {window} before, {after} after, {personal} of them "
                  "because other data of yours still points there; blocking the topic stops it "
                  "counting.", n=share.before).format(
            topic=share.name, window=share.window, after=share.after, personal=share.after_personal)

    @staticmethod
    def _summary(dropped, entered, moved, changed, focus) -> str:
        parts = []
        if focus is not None:
            if focus.old_rank and not focus.new_rank:
                parts.append(tr("{name} leaves your recommendations").format(name=focus.name))
            elif focus.old_rank and focus.new_rank and focus.new_rank != focus.old_rank:
                parts.append(tr("{name} moves from #{old} to #{new}").format(
                    name=focus.name, old=focus.old_rank, new=focus.new_rank))
            elif focus.old_rank:
                parts.append(tr("{name} stays at #{rank}").format(name=focus.name, rank=focus.old_rank))
        if entered:
            names = i18n.separated([e.name for e in entered[:2]])
            if len(entered) > 2:
                parts.append(tr("{names} and %n more take their place",
                                "{names}: two products", n=len(entered) - 2).format(names=names))
            elif len(entered) == 2:
                parts.append(tr("{names} take their place", "{names}: two products").format(names=names))
            else:
                parts.append(tr("{name} takes its place").format(name=names))
        other = [d for d in dropped if focus is None or d.product_id != focus.product_id]
        if other:
            parts.append(tr("%n other recommendation(s) (leaves|leave)", n=len(other)))
        if moved:
            parts.append(tr("%n (moves|move)", "recommendations that change rank", n=len(moved)))
        if changed:
            parts.append(tr("%n (shelf changes|shelves change)", n=len(changed)))
        if not parts:
            return tr("Your recommendations would not change.")
        text = tr("; ", "between the parts of a preview summary").join(parts)
        return tr("{changes}.", "a preview summary: its parts joined by '; '").format(
            changes=text[0].upper() + text[1:])

    def preview_forget(self, datum_ids: Iterable[int], focus: str | None = None,
                       topic: str | None = None) -> Preview:
        """The effect of forgetting (or excluding) these data points, before doing it; with a
        topic, also how much of it is left in the top recommendations afterwards."""
        return self._preview_without(list(datum_ids), focus, topic)[0]

    def preview_forget_topic(self, topic: str, focus: str | None = None) -> Preview:
        return self.preview_forget(self.store.datum_ids_for_topic(topic), focus, topic)

    def _preview_without(self, ids: list[int], focus: str | None,
                         topic: str | None = None) -> tuple[Preview, _State]:
        # Remembered per state: the panel previews an action on hover or focus, and the
        # click that follows then applies exactly that preview without working it out again.
        before = self._current()
        if self._previewed[0] is not before:
            self._previewed = (before, {})
        key = (frozenset(ids), focus)
        memo = self._previewed[1]
        hit = memo.get(key)
        if hit is None:
            after = self._without(ids)
            if len(memo) >= PREVIEW_MEMO:
                memo.clear()
            hit = memo[key] = (self._changes(before, after, ids, focus), after)
        preview, after = hit
        if topic is not None and (preview.topic is None or preview.topic.topic != topic):
            hit = memo[key] = (self._with_topic(preview, before, after, topic), after)
        return hit

    def _adopt(self, before: _State, after: _State, ids: list[int]) -> None:
        """After removing (or excluding) exactly `ids` from `before`, the previewed state
        *is* the new state: use it instead of building the same scores a second time."""
        if self._state is not None or self._datums is None:
            return  # the store did not report the change as expected: rebuild on demand
        # What `before` used, less these and anything else the store reports gone.
        datums = self._datums
        expected = {i for i in before.blocks if i in datums} - set(ids)
        if set(after.blocks) != expected:
            return
        self._state = after
        # What was explained in it ahead of time (prepare) joins the explanations the
        # change left standing (those of products the removed data points did not reach).
        self._explained.update(after.explained)
        after.explained = {}
        self.data_use.note(Counter(datums[i].consent_category for i in after.blocks))

    def prepare(self, datum_ids: Iterable[int], focus: str | None = None) -> Recommendation | None:
        """Explain ahead of time what the shop would show without these data points (the
        previewed state's shelves, and the ``focus`` product, which is returned). Kept with
        that state and adopted with it if they are then forgotten or excluded: the click
        that follows a preview does not work the explanations out again."""
        _preview, after = self._preview_without(sorted(set(datum_ids)), focus)
        products = self._shelf_products(after)
        self._prefetch(after, products)
        for i in products:
            self._explain(after, i)
        return self._explain(after, self.catalog.index_of[focus]) if focus else None

    def shelf_products_without(
        self, datum_ids: Iterable[int], focus: str | None = None
    ) -> list[str]:
        """The products the shelves would show without these data points, in shelf order
        (the state previewed for the same ids and focus, worked out again only if none was)."""
        _preview, after = self._preview_without(sorted(set(datum_ids)), focus)
        return [self.catalog.products[i].id for i in self._shelf_products(after)]

    def _shelf_products(self, state: _State) -> list[int]:
        return [int(i) for _sid, _t, _s, idx, _e in self._shelf_plan(state) for i in idx]

    def preview_include(self, datum_ids: Iterable[int], focus: str | None = None) -> Preview:
        ids = set(datum_ids)
        datums = self.datums()
        after = self._build(
            (replace(d, excluded=False) if i in ids else d) for i, d in datums.items()
        )
        return self._changes(self._current(), after, ids, focus)

    def counterfactual(self, product_id: str, max_size: int = COUNTERFACTUAL_MAX) -> Counterfactual:
        """What would change whether this product is recommended: for one in the top-N,
        the smallest set of data points whose removal takes it out; for one that is not,
        the smallest set whose removal brings it in, or the choice that keeps it out
        (a sensitive category not opted into, a blocked topic, personalization Off).
        Exact over every data point that can matter (tightrope.engine.counterfactual)."""
        state = self._current()
        i = self.catalog.index_of[product_id]
        if state.rank_of(i) is None:
            return self._why_not(state, i, max_size)
        name = self.catalog.products[i].name
        if not np.any(state.product == i) and not state.bought:
            return Counterfactual(product_id, None, None, None,
                                  tr("None of your data is behind this: it is shown for everyone."), max_size)
        chosen = smallest_to_remove(state.ranking(), i, max_size)
        if chosen is None:
            rests_on = len({int(d) for d in state.datum[state.product == i]})
            if not rests_on:
                return Counterfactual(product_id, None, None, None,
                                      tr("None of your data is behind this: it is shown for everyone."),
                                      max_size)
            message = tr("No set of up to %n of your data points takes {name} out of your "
                         "recommendations; it rests on {data_points} and non-personal reasons.",
                         "{data_points}: e.g. '14 data points'", n=max_size).format(
                name=name, data_points=tr("%n data point(s)", n=rests_on))
            return Counterfactual(product_id, None, None, None, message, max_size)
        datums = self.datums()
        # the state without them, from the preview memo: "Forget these N" previews exactly
        # this set for this product, and its click then adopts the same state
        entered = self._preview_without(list(chosen), product_id)[0].entered
        rep = self.catalog.by_id[entered[0].product_id] if entered else None
        words = count_noun_list([datums[d] for d in chosen])
        if rep:
            msg = tr("Remove (this|these %n) ({data}) and you'd see {name} instead.",
                     "{data}: e.g. '1 view, 2 searches'", n=len(chosen)).format(data=words, name=rep.name)
        else:
            msg = tr("Remove (this|these %n) ({data}) and {name} leaves your top {top}.",
                     "{data}: e.g. '1 view, 2 searches'", n=len(chosen)).format(
                data=words, name=name, top=self.top_n)
        return Counterfactual(product_id, tuple(chosen), rep.id if rep else None,
                              rep.name if rep else None, msg, max_size)

    def _why_not(self, state: _State, j: int, max_size: int) -> Counterfactual:
        """Why a product is not recommended, and what would bring it in."""
        product = self.catalog.products[j]
        name = product.name
        policy = self.policy()
        category = self.catalog.category_by_id[product.category]

        def told(block: str, message: str) -> Counterfactual:
            return Counterfactual(product.id, None, None, None, message, max_size,
                                  direction="in", block=block)

        if product.category in policy.blocked:
            return told("topic", tr("{name} is in {topic}, a topic you blocked: your data never "
                                    "brings it in. Unblock the topic to let it count.").format(
                name=name, topic=category.name))
        if category.sensitive and product.category not in policy.sensitive_opt_in:
            return told("sensitive", tr("{name} is in {topic}, a sensitive category you have not "
                                        "opted into: your data never brings it in.").format(
                name=name, topic=category.name))
        if policy.minor:  # the level in force is Off whatever was chosen (privacy.minors)
            return told("level", tr("You told us your age band is under 18, so nothing about you "
                                    "is used: the shop shows the same popular, new and sponsored "
                                    "items to everyone under 18, and {name} is not among "
                                    "them.").format(name=name))
        if policy.level == consent.OFF:
            return told("level", tr("Personalization is off: the shop shows the same popular, new "
                                    "and sponsored items to everyone, and {name} is not among "
                                    "them.").format(name=name))
        chosen = smallest_to_bring_in(state.ranking(), j, max_size)
        if chosen is None:
            return told(None, tr("{name} is not in your top {top}, and forgetting up to %n of your "
                                 "data points would not bring it in.", n=max_size).format(
                name=name, top=self.top_n))
        words = count_noun_list([self.datums()[d] for d in chosen])
        rank = state.ranking().rank_after(j, chosen)
        return Counterfactual(
            product.id, tuple(chosen), None, None,
            tr("Remove (this|these %n) ({data}) and {name} comes into your recommendations at "
               "#{rank}.", "{data}: e.g. '1 view, 2 searches'", n=len(chosen)).format(
                data=words, name=name, rank=rank),
            max_size, direction="in")

    # --- operations ----------------------------------------------------------------------
    def forget(self, datum_ids: Iterable[int], scope: str = "data point", focus: str | None = None,
               topic: str | None = None) -> Change:
        """Delete data points for real and return what changed (as previewed)."""
        ids = sorted(set(datum_ids))
        before = self._current()
        preview, after = self._preview_without(ids, focus, topic)
        receipt = self.store.delete_datums(ids, action="forget", scope=scope)
        self._adopt(before, after, ids)
        kinds = tr(" + ", "between the counts of a receipt: '1 view + 2 searches'").join(
            count_noun(k, n) for k, n in receipt["counts"].items()) or tr("nothing", "forgotten")
        summary = tr("Forgotten: {data} \u00b7 %n recommendation(s) changed",
                     "{data}: e.g. '1 view + 2 searches'", n=preview.changed_count).format(data=kinds)
        if preview.topic is not None:  # did it work? what of the topic is left
            summary = tr("{receipt}. {left}", "a receipt, then what of a forgotten topic is left"
                         ).format(receipt=summary, left=self._share_sentence(preview.topic))
        return Change("forget", tuple(ids), receipt, preview, summary)

    def forget_product(self, product_id: str, focus: str | None = None) -> Change:
        return self.forget(self.store.datum_ids_for_product(product_id), scope="product", focus=focus)

    def forget_topic(self, topic: str, focus: str | None = None) -> Change:
        return self.forget(self.store.datum_ids_for_topic(topic), scope="topic", focus=focus,
                           topic=topic)

    def exclude(self, datum_ids: Iterable[int], focus: str | None = None) -> Change:
        ids = sorted(set(datum_ids))
        before = self._current()
        preview, after = self._preview_without(ids, focus)
        self.store.set_excluded(ids, True)
        self._adopt(before, after, ids)
        summary = tr("Not used any more: %n data point(s) \u00b7 {changed}", n=len(ids)).format(
            changed=tr("%n recommendation(s) changed", n=preview.changed_count))
        return Change("exclude", tuple(ids), None, preview, summary)

    def include(self, datum_ids: Iterable[int], focus: str | None = None) -> Change:
        ids = sorted(set(datum_ids))
        preview = self.preview_include(ids, focus)
        self.store.set_excluded(ids, False)
        summary = tr("Used again: %n data point(s) \u00b7 {changed}", n=len(ids)).format(
            changed=tr("%n recommendation(s) changed", n=preview.changed_count))
        return Change("include", tuple(ids), None, preview, summary)


def _anchor(d: Datum) -> tuple[str, str | None]:
    """What a data point is about, as a headline names it: a product, or its own words."""
    return ("product", d.product_id) if d.product_id else (d.kind, d.text)


def count_noun_list(datums: list[Datum]) -> str:
    counts: dict[str, int] = {}
    for d in datums:
        counts[d.kind] = counts.get(d.kind, 0) + 1
    return i18n.separated([count_noun(k, n) for k, n in counts.items()])
