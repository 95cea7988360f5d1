"""Previews, counterfactuals and planned removals: what the shop would show without some
data points."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from tightrope.engine.counterfactual import smallest_to_bring_in, smallest_to_remove
from tightrope.engine.explain import (
    Counterfactual,
    Preview,
    RankChange,
    Recommendation,
    TopicShare,
)
from tightrope.engine.parts import RecommenderParts
from tightrope.engine.state import State
from tightrope.engine.wording import count_noun_list
from tightrope.i18n import translator
from tightrope.privacy import consent
from tightrope.privacy.effects import also_sentence, shop_effects

tr = translator("Recommender", cached=True)  # the recommender's words: same context


COUNTERFACTUAL_MAX = 3
PREVIEW_MEMO = 32  # previews remembered per state (one per action a pointer passed over)
TOPIC_WINDOW = 20  # "did it work?": a topic's place in the top this many, before and after


class Previews(RecommenderParts):
    """What would change: previews of forgetting or excluding data points (remembered
    per state, so the click that follows applies exactly the preview), the counterfactual
    (the smallest set that takes a product out or brings it in), and the removals the
    operations carry out. Mixed into :class:`~tightrope.engine.recommender.Recommender`."""

    # --- preview and counterfactual ----------------------------------------------------
    def _changes(
        self, before: State, after: State, ids: Iterable[int], focus: str | None
    ) -> Preview:
        b_top = [int(i) for i in before.top()]
        a_top = [int(i) for i in after.top()]
        name = lambda i: self.catalog.products[i].name
        pid = lambda i: self.catalog.products[i].id
        b_rank = {i: r + 1 for r, i in enumerate(b_top)}
        a_rank = {i: r + 1 for r, i in enumerate(a_top)}
        dropped = tuple(
            RankChange(pid(i), name(i), b_rank[i], None) for i in b_top if i not in a_rank
        )
        entered = tuple(
            RankChange(pid(i), name(i), None, a_rank[i]) for i in a_top if i not in b_rank
        )
        moved = tuple(
            RankChange(pid(i), name(i), b_rank[i], a_rank[i])
            for i in b_top
            if i in a_rank and a_rank[i] != b_rank[i]
        )
        sb = {p[0]: (p[1], list(p[3])) for p in self._shelf_plan(before)}
        sa = {p[0]: (p[1], list(p[3])) for p in self._shelf_plan(after)}
        changed = tuple(
            (sb.get(k) or sa[k])[0]
            for k in list(sb) + [k for k in sa if k not in sb]
            if sb.get(k) != sa.get(k)
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

    def _with_topic(self, preview: Preview, before: State, after: State, topic: str) -> Preview:
        """The preview of forgetting a topic, with how much of it is left afterwards."""
        before_n, _ = self._in_topic(before, topic)
        after_n, after_personal = self._in_topic(after, topic)
        share = TopicShare(
            topic,
            self.catalog.category(topic).name,
            before_n,
            after_n,
            TOPIC_WINDOW,
            after_personal,
        )
        return replace(
            preview, topic=share, summary=" ".join([preview.summary, self._share_sentence(share)])
        )

    def _in_topic(self, state: State, topic: str) -> tuple[int, int]:
        """How many of the state's top TOPIC_WINDOW recommendations are in the topic, and
        how many of those rest on some personal data."""
        k = self.catalog.categories.index(self.catalog.category(topic))
        top = state.best(np.nonzero(~state.ineligible & (state.score > 0))[0], TOPIC_WINDOW)
        inside = top[self.evidence.category_of[top] == k]
        return len(inside), int(np.count_nonzero(np.isin(inside, state.product)))

    def preview_forget(
        self, datum_ids: Iterable[int], focus: str | None = None, topic: str | None = None
    ) -> Preview:
        """The effect of forgetting (or excluding) these data points, before doing it; with a
        topic, also how much of it is left in the top recommendations afterwards."""
        return self._preview_without(list(datum_ids), focus, topic)[0]

    def preview_forget_topic(self, topic: str, focus: str | None = None) -> Preview:
        return self.preview_forget(self.store.datum_ids_for_topic(topic), focus, topic)

    def _preview_without(
        self, ids: list[int], focus: str | None, topic: str | None = None
    ) -> tuple[Preview, State]:
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
        # what else a forget removes, read now (a cart line can go without a state change)
        effects = shop_effects(self.store, ids)
        if effects != hit[0].effects:
            hit = memo[key] = (
                replace(hit[0], effects=effects, also=also_sentence(effects, done=False)),
                hit[1],
            )
        return hit

    def _adopt(self, before: State, after: State, ids: list[int]) -> None:
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
            return Counterfactual(
                product_id,
                None,
                None,
                None,
                tr("None of your data is behind this: it is shown for everyone."),
                max_size,
            )
        chosen = smallest_to_remove(state.ranking(), i, max_size)
        if chosen is None:
            rests_on = len({int(d) for d in state.datum[state.product == i]})
            if not rests_on:
                return Counterfactual(
                    product_id,
                    None,
                    None,
                    None,
                    tr("None of your data is behind this: it is shown for everyone."),
                    max_size,
                )
            message = tr(
                "No set of up to %n of your data points takes {name} out of your "
                "recommendations; it rests on {data_points} and non-personal reasons.",
                "{data_points}: e.g. '14 data points'",
                n=max_size,
            ).format(name=name, data_points=tr("%n data point(s)", n=rests_on))
            return Counterfactual(product_id, None, None, None, message, max_size)
        datums = self.datums()
        # the state without them, from the preview memo: "Forget these N" previews exactly
        # this set for this product, and its click then adopts the same state
        entered = self._preview_without(list(chosen), product_id)[0].entered
        rep = self.catalog.by_id[entered[0].product_id] if entered else None
        words = count_noun_list([datums[d] for d in chosen])
        if rep:
            msg = tr(
                "Remove (this|these %n) ({data}) and you'd see {name} instead.",
                "{data}: e.g. '1 view, 2 searches'",
                n=len(chosen),
            ).format(data=words, name=rep.name)
        else:
            msg = tr(
                "Remove (this|these %n) ({data}) and {name} leaves your top {top}.",
                "{data}: e.g. '1 view, 2 searches'",
                n=len(chosen),
            ).format(data=words, name=name, top=self.top_n)
        return Counterfactual(
            product_id,
            tuple(chosen),
            rep.id if rep else None,
            rep.name if rep else None,
            msg,
            max_size,
        )

    def _why_not(self, state: State, j: int, max_size: int) -> Counterfactual:
        """Why a product is not recommended, and what would bring it in."""
        product = self.catalog.products[j]
        name = product.name
        policy = self.policy()
        category = self.catalog.category_by_id[product.category]

        def told(block: str | None, message: str) -> Counterfactual:
            return Counterfactual(
                product.id, None, None, None, message, max_size, direction="in", block=block
            )

        if product.category in policy.blocked:
            return told(
                "topic",
                tr(
                    "{name} is in {topic}, a topic you blocked: your data never "
                    "brings it in. Unblock the topic to let it count."
                ).format(name=name, topic=category.name),
            )
        if category.sensitive and product.category not in policy.sensitive_opt_in:
            return told(
                "sensitive",
                tr(
                    "{name} is in {topic}, a sensitive category you have not "
                    "opted into: your data never brings it in."
                ).format(name=name, topic=category.name),
            )
        if policy.minor:  # the level in force is Off whatever was chosen (privacy.minors)
            return told(
                "level",
                tr(
                    "You told us your age band is under 18, so nothing about you "
                    "is used: the shop shows the same popular, new and sponsored "
                    "items to everyone under 18, and {name} is not among "
                    "them."
                ).format(name=name),
            )
        if policy.level == consent.OFF:
            return told(
                "level",
                tr(
                    "Personalization is off: the shop shows the same popular, new "
                    "and sponsored items to everyone, and {name} is not among "
                    "them."
                ).format(name=name),
            )
        chosen = smallest_to_bring_in(state.ranking(), j, max_size)
        if chosen is None:
            return told(
                None,
                tr(
                    "{name} is not in your top {top}, and forgetting up to %n of your "
                    "data points would not bring it in.",
                    n=max_size,
                ).format(name=name, top=self.top_n),
            )
        words = count_noun_list([self.datums()[d] for d in chosen])
        rank = state.ranking().rank_after(j, chosen)
        return Counterfactual(
            product.id,
            tuple(chosen),
            None,
            None,
            tr(
                "Remove (this|these %n) ({data}) and {name} comes into your recommendations at "
                "#{rank}.",
                "{data}: e.g. '1 view, 2 searches'",
                n=len(chosen),
            ).format(data=words, name=name, rank=rank),
            max_size,
            direction="in",
        )

    # --- removals, for the operations that forget or exclude ---------------------------
    def plan_removal(
        self, datum_ids: Iterable[int], focus: str | None = None, topic: str | None = None
    ) -> Removal:
        """What removing (forgetting or excluding) these data points will do, from the
        preview memo when it was previewed: :mod:`tightrope.operations.forget` writes it,
        then hands it back to :meth:`adopt`."""
        ids = sorted(set(datum_ids))
        before = self._current()
        preview, after = self._preview_without(ids, focus, topic)
        return Removal(ids, preview, before, after)

    def adopt(self, removal: Removal) -> None:
        """After exactly the planned removal was committed, its state *is* the new one."""
        self._adopt(removal.before, removal.after, removal.ids)


@dataclass(frozen=True)
class Removal:
    """A planned removal: the ids, its preview, and the states before and after it."""

    ids: list[int]
    preview: Preview
    before: State
    after: State
