"""How recommendations work: the recommender's main parameters and their weight for you now.

DSA Art. 27 asks a platform to set out, in plain language, the main parameters of its
recommender systems, their relative importance, and the options to change them, easy to
reach where recommendations are shown. The parameters here are the engine's own sources,
split by what feeds them: each kind of your activity, "shoppers like you", each fact you
told the shop, and the non-personal parts (popular, new, sponsored).

Their relative importance is *computed*, never written by hand: the sum of the exact
contributions (:class:`~tightrope.engine.explain.Contribution`) of every reason behind your
top recommendations right now, per parameter, as a share of the total (so the shares are
the same numbers the why panel shows, added up). The general description of each parameter
quotes the engine's weights (:class:`~tightrope.engine.evidence.Weights`), so it cannot
drift from what the engine does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tightrope import i18n
from tightrope.engine.explain import Contribution
from tightrope.i18n import translator
from tightrope.privacy import consent, gpc, minors
from tightrope.storage.datums import consent_label

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

tr = translator("Parameters")

RULE = "DSA Art. 27"
ACTIVITY, COMMUNITY, PROFILE, EVERYONE = "activity", "community", "profile", "everyone"

# parameter id -> (group, consent category or None, its name)
PARAMETERS: dict[str, tuple[str, str | None, str]] = {
    "view": (ACTIVITY, "browsing", tr.mark("Products you viewed")),
    "search": (ACTIVITY, "searches", tr.mark("What you searched for")),
    "cart_add": (ACTIVITY, "purchases", tr.mark("What you put in your cart")),
    "purchase": (ACTIVITY, "purchases", tr.mark("What you bought")),
    "rating": (ACTIVITY, "ratings", tr.mark("Your ratings")),
    "wishlist": (ACTIVITY, "ratings", tr.mark("Your wishlist")),
    "community": (COMMUNITY, None, tr.mark("Shoppers like you")),
    "declared_interest": (PROFILE, "interests", tr.mark("Departments you told us you like")),
    "location": (PROFILE, "location", tr.mark("Where you live")),
    "age_band": (PROFILE, "age_band", tr.mark("Your age band")),
    "popular": (EVERYONE, None, tr.mark("Popular with all shoppers")),
    "new": (EVERYONE, None, tr.mark("New arrivals")),
    "sponsored": (EVERYONE, None, tr.mark("Sponsored placements")),
}


def parameter_of(c: Contribution) -> str:
    """The parameter a contribution belongs to: "community" for a "shoppers like you" row,
    else its data point's kind; a non-personal part is its own parameter."""
    if not c.personal:
        return c.source
    if c.source == "community":
        return "community"
    return c.kind or c.source


def name(parameter: str) -> str:
    return tr(PARAMETERS[parameter][2])


def describe(parameter: str, rec: Recommender) -> str:
    """What the parameter does, in plain words, with the engine's own numbers."""
    w = rec.evidence.w
    half = f"{w.half_life_days:g}"
    if parameter == "search":
        return tr(
            "The {n} products the search page shows first for your words rank higher; "
            "the weight halves every {days} days."
        ).format(n=w.search_matches, days=half)
    if parameter in ("view", "cart_add", "wishlist"):
        return tr(
            "Counts for the product itself and for up to {n} similar ones; the weight "
            "halves every {days} days."
        ).format(n=w.similar_neighbours, days=half)
    if parameter == "purchase":
        return tr(
            "Counts for up to {n} similar products (for the product itself only if people "
            "buy it again, like coffee); the weight halves every {days} days."
        ).format(n=w.similar_neighbours, days=half)
    if parameter == "rating":
        return tr(
            "3 stars or more count for up to {n} similar products; 1 or 2 stars count for "
            "nothing. The weight halves every {days} days."
        ).format(n=w.similar_neighbours, days=half)
    if parameter == "community":
        return tr(
            "What other shoppers bought together with the products you viewed, carted, "
            "saved, rated or bought (level Full only)."
        )
    if parameter == "declared_interest":
        return tr(
            "Every product in a department you told us you like ranks a little higher. "
            "This does not fade."
        )
    if parameter in ("location", "age_band"):
        return tr(
            "Level Full only: products suited to it rank a little higher. This does not fade."
        )
    if parameter == "popular":
        return tr("How many shoppers in the community bought the product; the same for everyone.")
    if parameter == "new":
        return tr("Products added in the last {days} days; the same for everyone.").format(
            days=w.new_days
        )
    return tr(
        "A brand paid for the place; always labelled \u201cSponsored\u201d, the same for everyone."
    )


def how_to_change(parameter: str) -> str:
    """The options a shopper has to change the parameter's weight, in plain words."""
    group, category, _name = PARAMETERS[parameter]
    if group == EVERYONE:
        return tr("Shown to everyone; it is all that is left when personalization is Off.")
    if group == COMMUNITY:
        return tr("Switch personalization to Light or Off, or forget the products it starts from.")
    label = consent_label(category) if category else ""
    if parameter == "declared_interest":  # Light keeps it: only Off drops it
        return tr(
            "Correct, forget or stop using it under \u201cYour data\u201d, switch off "
            "\u201c{switch}\u201d, or choose personalization Off."
        ).format(switch=label)
    if group == PROFILE:
        return tr(
            "Correct, forget or stop using it under \u201cYour data\u201d, switch off "
            "\u201c{switch}\u201d, or choose Light or Off."
        ).format(switch=label)
    return tr(
        "Forget it or stop it being used under \u201cYour data\u201d, switch off "
        "\u201c{switch}\u201d, or choose personalization Off."
    ).format(switch=label)


@dataclass(frozen=True)
class ParameterShare:
    parameter: str
    group: str
    name: str
    contribution: float  # the sum of its contributions over the recommendations
    share: float  # of the total of all contributions (0 when nothing is recommended)
    reasons: int  # how many reasons (contributions) it is part of
    description: str
    change: str

    def to_json(self) -> dict[str, Any]:
        return {
            "parameter": self.parameter,
            "group": self.group,
            "name": self.name,
            "contribution": self.contribution,
            "share": self.share,
            "reasons": self.reasons,
            "description": self.description,
            "how_to_change": self.change,
        }


@dataclass(frozen=True)
class Overview:
    """The page's content: every parameter with its weight now, the level in force and any
    rule that overrides the shopper's choices."""

    parameters: tuple[ParameterShare, ...]  # in PARAMETERS order
    recommendations: int  # how many recommendations the shares are over
    level: str  # chosen by the shopper
    level_in_force: str
    minor: bool
    sharing_block: str | None

    def ranked(self) -> list[ParameterShare]:
        """The parameters that count now, largest share first (ties in PARAMETERS order)."""
        order = list(PARAMETERS)
        used = [p for p in self.parameters if p.contribution > 0]
        return sorted(used, key=lambda p: (-p.contribution, order.index(p.parameter)))

    def personal_share(self) -> float:
        return sum(p.share for p in self.parameters if p.group != EVERYONE)

    def headline(self) -> str:
        """The weights now, in one or two plain sentences (made from the numbers)."""
        ranked = self.ranked()
        if not ranked:
            return tr("Nothing is recommended right now.")
        parts = [
            tr("{name} ({share})").format(name=p.name, share=percent(p.share)) for p in ranked[:3]
        ]
        first = tr(
            "Across your top %n recommendation(s), what counts most is {parts}.",
            n=self.recommendations,
        ).format(parts=i18n.join(parts))
        personal = self.personal_share()
        if personal <= 0:
            second = tr("Nothing about you is used.")
        else:
            second = tr("{share} of it comes from data about you.").format(share=percent(personal))
        return f"{first} {second}"

    def level_note(self) -> str:
        if self.minor:
            return minors.explanation()
        name_, line = consent.level_text(self.level)
        return tr("Personalization: {level}. {what}").format(level=name_, what=line)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": RULE,
            "recommendations": self.recommendations,
            "level": self.level,
            "level_in_force": self.level_in_force,
            "minor": self.minor,
            "sharing_block": self.sharing_block,
            "headline": self.headline(),
            "parameters": [p.to_json() for p in self.parameters],
        }


def percent(share: float) -> str:
    """A share as the page writes it: '41 %', '<1 %' for a small one that is not zero."""
    if 0 < share < 0.005:
        return tr("<1 %")
    return tr("{n} %").format(n=round(share * 100))


def overview(rec: Recommender) -> Overview:
    """Every parameter's weight in the shopper's top recommendations right now: the sum of
    the engine's own contributions, per parameter."""
    recs = rec.recommend()
    sums: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for r in recs:
        for c in r.contributions:
            p = parameter_of(c)
            sums[p] += c.contribution
            counts[p] += 1
    total = sum(sums.values())
    rows = tuple(
        ParameterShare(
            p,
            group,
            name(p),
            sums.get(p, 0.0),
            sums.get(p, 0.0) / total if total > 0 else 0.0,
            counts.get(p, 0),
            describe(p, rec),
            how_to_change(p),
        )
        for p, (group, _category, _name) in PARAMETERS.items()
    )
    policy = rec.policy()
    return Overview(
        rows,
        len(recs),
        consent.level(rec.store),
        policy.level,
        policy.minor,
        gpc.sharing_block(rec.store),
    )
