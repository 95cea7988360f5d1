"""The recommender's wording: reason labels, headlines, preview summaries (every sentence
made from the numbers and data points it describes, never recomputed by a view)."""

from __future__ import annotations

from typing import Any

from tightrope import i18n
from tightrope.engine.evidence import COMMUNITY, FACT, INTEREST, SEARCH, SELF, SIMILAR, Rows
from tightrope.engine.explain import (
    TopicShare,
)
from tightrope.engine.parts import RecommenderParts
from tightrope.i18n import translator
from tightrope.storage.datums import PRODUCT_KINDS, Datum, count_noun

tr = translator("Recommender", cached=True)  # the recommender's words: same context


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
    ("sponsored",): tr.mark(
        "Nothing personal was used: shown because it is a sponsored placement."
    ),
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


def day_of(value: Any) -> str:
    """A date or datetime's day in the user's language ('29 Nov 2025' by default)."""
    return i18n.day(value)


def _anchor(d: Datum) -> tuple[str, str | None]:
    """What a data point is about, as a headline names it: a product, or its own words."""
    return ("product", d.product_id) if d.product_id else (d.kind, d.text)


def count_noun_list(datums: list[Datum]) -> str:
    counts: dict[str, int] = {}
    for d in datums:
        counts[d.kind] = counts.get(d.kind, 0) + 1
    return i18n.separated([count_noun(k, n) for k, n in counts.items()])


class Wording(RecommenderParts):
    """How the recommender words things: each reason's label, a card's headline, a
    preview's summary. Mixed into :class:`~tightrope.engine.recommender.Recommender`."""

    def _row_label(
        self, d: Datum, reason: int, aux: int, i: int, rows: Rows
    ) -> tuple[str, dict[str, Any]]:
        when = day_of(d.collected_at)
        detail: dict[str, Any] = {"weight": rows.weight, "decay": round(rows.decay, 4)}
        _decay, age = self.evidence.decay(d, self.store.clock.now())
        detail["age_days"] = round(age, 1)
        said = d.label(self.catalog)
        if reason == SELF:
            return tr(
                "{said} on {date}", "{said}: a data point, e.g. 'You viewed Trail Tent'"
            ).format(said=said, date=when), detail
        if reason == SIMILAR:
            own = self.catalog.get(d.product_id)
            shared = sorted(set(own.tags) & set(self.catalog.products[i].tags)) if own else []
            detail["shared_tags"] = shared
            if shared:
                return tr(
                    "{said} on {date}; this is similar (both {tags})",
                    "{said}: a data point; {tags}: the products' shared tags",
                ).format(said=said, date=when, tags=i18n.separated(shared[:3])), detail
            return tr(
                "{said} on {date}; this is similar (same department)",
                "{said}: a data point, e.g. 'You viewed Trail Tent'",
            ).format(said=said, date=when), detail
        if reason == SEARCH:
            detail["matched_words"] = aux
            return tr(
                "{said} on {date}; this matches your search",
                "{said}: a search, e.g. 'You searched for \u201ctent\u201d'",
            ).format(said=said, date=when), detail
        if reason == INTEREST:
            return said, detail
        if reason == FACT:
            return tr(
                "{said}; this suits it",
                "{said}: a profile fact, e.g. 'You told us you live in Leeds'",
            ).format(said=said), detail
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
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you viewed on {date})",
                n=cohort,
            )
        if kind == "search":
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you searched on {date})",
                n=cohort,
            )
        if kind == "cart_add":
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you added to your cart on {date})",
                n=cohort,
            )
        if kind == "purchase":
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you bought on {date})",
                n=cohort,
            )
        if kind == "rating":
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you rated on {date})",
                n=cohort,
            )
        if kind == "wishlist":
            return tr(
                "Shoppers like you: %Ln shopper(s) bought this together with {name} "
                "(which you saved on {date})",
                n=cohort,
            )
        return tr(
            "Shoppers like you: %Ln shopper(s) bought this together with {name} "
            "(which you used on {date})",
            n=cohort,
        )

    def _nonpersonal_label(self, name: str, i: int) -> str:
        p = self.catalog.products[i]
        if name == "popular":
            return tr(
                "Popular: %Ln shopper(s) in our community bought this",
                n=int(self.community.popularity[i]),
            )
        if name == "new":
            return tr("New arrival, added {date}").format(date=day_of(p.added))
        return tr("Sponsored placement paid for by {sponsor}").format(sponsor=p.sponsor)

    def _anchor_line(
        self,
        per_datum: dict[int, float],
        source_of: dict[int, str],
        nonpersonal: list[str],
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
                reason=reason
            )
        return tr("Partly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'").format(
            reason=reason
        )

    def _headline(
        self,
        per_datum: dict[int, float],
        source_of: dict[int, str],
        nonpersonal: list[str],
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
        # Two clauses that read the same (the same anchor, or two anchors worded alike) are
        # said once: the second one named is the strongest that reads differently.
        top = ranked[:1]
        first = _anchor(datums[ranked[0]])
        reason = self._phrase(datums[top[0]], source_of[top[0]])
        other = None
        for d in ranked[1:]:
            if _anchor(datums[d]) == first:
                continue
            phrase = self._phrase(datums[d], source_of[d])
            if phrase != reason:
                top.append(d)
                other = phrase
                break
        named_share = sum(per_datum[d] for d in top)
        if named_share >= 0.5:
            template = (
                tr("Mostly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'")
                if other is None
                else tr(
                    "Mostly because {reason} and {other_reason}",
                    "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'",
                )
            )
        elif len(per_datum) > 2:
            count = len(per_datum)
            if sum(per_datum.values()) >= 0.5:
                template = (
                    tr(
                        "Mostly because of %n thing(s) you did or told us, led by: {reason}",
                        "{reason}: e.g. 'you viewed Trail Tent'",
                        n=count,
                    )
                    if other is None
                    else tr(
                        "Mostly because of %n thing(s) you did or told us, led by: {reason} "
                        "and {other_reason}",
                        "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'",
                        n=count,
                    )
                )
            else:
                template = (
                    tr(
                        "Partly because of %n thing(s) you did or told us, led by: {reason}",
                        "{reason}: e.g. 'you viewed Trail Tent'",
                        n=count,
                    )
                    if other is None
                    else tr(
                        "Partly because of %n thing(s) you did or told us, led by: {reason} "
                        "and {other_reason}",
                        "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'",
                        n=count,
                    )
                )
        else:
            template = (
                tr("Partly because {reason}", "{reason}: e.g. 'you viewed Trail Tent'")
                if other is None
                else tr(
                    "Partly because {reason} and {other_reason}",
                    "{reason}, {other_reason}: e.g. 'you viewed Trail Tent'",
                )
            )
        return template.format(reason=reason, other_reason=other)

    def _phrase(self, d: Datum, source: str) -> str:
        """A data point as the reason in a headline ('… because you viewed Trail Tent')."""
        kind = d.kind
        if source == "community" or kind in PRODUCT_KINDS:
            own = self.catalog.get(d.product_id)
            name = own.name if own else ""
            if source == "community":
                return tr("shoppers who bought {name} also bought it", "after 'because'").format(
                    name=name
                )
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
            category = self.catalog.category_by_id.get(d.text or "")
            return tr("you like {topic}", "after 'because'").format(
                topic=category.name if category else d.text
            )
        if kind == "location":
            return tr("you live in {place}", "after 'because'").format(place=d.text)
        if kind == "age_band":
            return tr("you are {age_band}", "after 'because'").format(age_band=d.text)
        raise KeyError(kind)

    @staticmethod
    def _summary(dropped, entered, moved, changed, focus) -> str:
        parts = []
        if focus is not None:
            if focus.old_rank and not focus.new_rank:
                parts.append(tr("{name} leaves your recommendations").format(name=focus.name))
            elif focus.old_rank and focus.new_rank and focus.new_rank != focus.old_rank:
                parts.append(
                    tr("{name} moves from #{old} to #{new}").format(
                        name=focus.name, old=focus.old_rank, new=focus.new_rank
                    )
                )
            elif focus.old_rank:
                parts.append(
                    tr("{name} stays at #{rank}").format(name=focus.name, rank=focus.old_rank)
                )
        other = [d for d in dropped if focus is None or d.product_id != focus.product_id]
        if entered:
            names = i18n.separated([e.name for e in entered[:2]])
            # "takes its place" only where "its" is the focused product that leaves, and
            # nothing else does; otherwise what comes in is said plainly (a product that
            # stays has no place to take).
            focus_left = focus is not None and focus.old_rank and not focus.new_rank
            if focus_left and not other and len(entered) == 1:
                parts.append(tr("{name} takes its place").format(name=names))
            elif len(entered) > 2:
                parts.append(
                    tr(
                        "{names} and %n more come in", "{names}: two products", n=len(entered) - 2
                    ).format(names=names)
                )
            elif len(entered) == 2:
                parts.append(tr("{names} come in", "{names}: two products").format(names=names))
            else:
                parts.append(tr("{name} comes in").format(name=names))
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
            changes=text[0].upper() + text[1:]
        )

    @staticmethod
    def _share_sentence(share: TopicShare) -> str:
        if share.after == 0:
            return tr(
                "{topic}: %n of your top {window} before, none after.", n=share.before
            ).format(topic=share.name, window=share.window)
        if not share.blockable:
            return tr(
                "{topic}: %n of your top {window} before, {after} after, shown to everyone "
                "(popular, new or sponsored).",
                n=share.before,
            ).format(topic=share.name, window=share.window, after=share.after)
        return tr(
            "{topic}: %n of your top {window} before, {after} after, {personal} of them "
            "because other data of yours still points there; blocking the topic stops it "
            "counting.",
            n=share.before,
        ).format(
            topic=share.name, window=share.window, after=share.after, personal=share.after_personal
        )

    def share_sentence(self, share: TopicShare) -> str:
        """ "Did it work?": what of a forgotten topic is left, in one sentence."""
        return self._share_sentence(share)
