"""Explanations as data: what the recommender hands to the UI and the command line.

The view renders these values; it never recomputes or rephrases the numbers. Every
:class:`Recommendation` satisfies ``sum(c.contribution for c in contributions) == score``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from tightrope.i18n import translator

tr = translator("Explain", cached=True)  # a badge is read for every row the panel shows

# source id -> badge text shown to the user (English source; Contribution.badge translates)
SOURCES: dict[str, str] = {
    "activity": tr.mark("Your activity"),
    "profile": tr.mark("Your profile"),
    "community": tr.mark("Shoppers like you"),
    "popular": tr.mark("Popular"),
    "new": tr.mark("New"),
    "sponsored": tr.mark("Sponsored"),
}
PERSONAL_SOURCES = frozenset({"activity", "profile", "community"})


@dataclass(frozen=True)
class Contribution:
    """One labelled part of a score. Personal ones rest on exactly one data point."""

    source: str
    datum_id: int | None
    label: str
    contribution: float
    share: float
    # The data point's facts for the panel (None for non-personal contributions).
    kind: str | None = None
    collected_at: str | None = None
    collected_where: str | None = None
    consent_category: str | None = None
    # How the number was made: e.g. {"weight": 0.35, "decay": 0.62, "age_days": 20.1,
    # "similarity": 0.41, "cohort": 1240}.
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def personal(self) -> bool:
        return self.datum_id is not None

    @property
    def badge(self) -> str:
        """The source's badge in the user's language."""
        return tr(SOURCES[self.source])

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def make(
        cls,
        source: str,
        datum_id: int | None,
        label: str,
        contribution: float,
        share: float,
        kind: str | None,
        collected_at: str | None,
        collected_where: str | None,
        consent_category: str | None,
        detail: dict[str, Any],
    ) -> Contribution:
        """The same value as ``Contribution(...)``, made without the frozen dataclass's
        per-field ``object.__setattr__``: the engine makes thousands per click, and this
        halves the cost of explaining a product."""
        made = object.__new__(cls)
        made.__dict__.update(
            source=source,
            datum_id=datum_id,
            label=label,
            contribution=contribution,
            share=share,
            kind=kind,
            collected_at=collected_at,
            collected_where=collected_where,
            consent_category=consent_category,
            detail=detail,
        )
        return made


@dataclass(frozen=True)
class Recommendation:
    product_id: str
    name: str
    rank: int | None  # 1-based rank in the top-N, None when not in it
    score: float
    contributions: tuple[Contribution, ...]
    headline: str
    sponsored: bool = False
    eligible: bool = True  # False: never recommended (e.g. already bought, not a consumable)
    ineligible_reason: str | None = None
    # the headline's short form (a card's reason line): the one reason that counts most
    anchor: str = ""

    # The engine makes most recommendations with their contributions still to be worked
    # out (a shelf shows only headlines); reading them works them out once.
    @classmethod
    def deferred(
        cls, contributions: Callable[[], tuple[Contribution, ...]], **fields: Any
    ) -> Recommendation:
        """A recommendation whose ``contributions`` are made by calling the given function
        when first read. Equal, field for field, to one made with them up front."""
        made = object.__new__(cls)
        made.__dict__.update(fields, _contributions=contributions)
        return made

    def __getattr__(self, name: str) -> Any:
        # only reached for an attribute not set: deferred contributions not yet read
        if name == "contributions":
            make = self.__dict__.get("_contributions")
            if make is not None:
                value = self.__dict__["contributions"] = make()
                del self.__dict__["_contributions"]  # and what it held on to
                return value
        raise AttributeError(name)

    def with_rank(self, rank: int | None) -> Recommendation:
        """The same recommendation at another rank (deferred contributions stay deferred)."""
        made = object.__new__(type(self))
        made.__dict__.update(self.__dict__)
        made.__dict__["rank"] = rank
        return made

    @property
    def personal(self) -> bool:
        return any(c.personal for c in self.contributions)

    def datum_ids(self) -> list[int]:
        return sorted({c.datum_id for c in self.contributions if c.datum_id is not None})

    def to_json(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "name": self.name,
            "rank": self.rank,
            "score": self.score,
            "headline": self.headline,
            "sponsored": self.sponsored,
            "personal": self.personal,
            "eligible": self.eligible,
            "ineligible_reason": self.ineligible_reason,
            "contributions": [c.to_json() for c in self.contributions],
        }


@dataclass(frozen=True)
class Shelf:
    id: str  # "for-you", "because-viewed", "community", "popular", "new", "related"
    title: str
    items: tuple[Recommendation, ...]
    subtitle: str = ""
    # the title in the source language: where a data point was collected is stored in
    # English ("home page shelf 'Recommended for you'"), whatever language is shown
    source_title: str = ""

    def product_ids(self) -> list[str]:
        return [r.product_id for r in self.items]


@dataclass(frozen=True)
class RankChange:
    product_id: str
    name: str
    old_rank: int | None
    new_rank: int | None


@dataclass(frozen=True)
class TopicShare:
    """ "Did it work?": how many of the top recommendations are in a topic, before and after
    forgetting it. What is left after is either there for everyone (popular, new,
    sponsored) or because other data still points into the topic (a purchase elsewhere whose
    neighbours are in it): blocking the topic stops that data counting for it."""

    topic: str  # catalog category id
    name: str
    before: int
    after: int
    window: int  # out of the top this many
    after_personal: int = 0  # of those after, how many your data still points to

    @property
    def blockable(self) -> bool:
        """Would blocking the topic change the shelves? Only if your data still counts."""
        return self.after_personal > 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Preview:
    """What forgetting (or excluding) a set of data points would do, computed beforehand."""

    datum_ids: tuple[int, ...]
    dropped: tuple[RankChange, ...]  # leave the top-N
    entered: tuple[RankChange, ...]  # come into the top-N
    moved: tuple[RankChange, ...]  # stay, change rank
    shelves_changed: tuple[str, ...]  # titles of shelves whose items change
    focus: RankChange | None  # the product the user asked about, if any
    summary: str
    topic: TopicShare | None = None  # when a whole topic is forgotten
    # what else forgetting them removes from the shop (tightrope.privacy.effects): wishlist,
    # cart and order lines, ratings; and those as the sentence a forget preview ends with
    effects: tuple[str, ...] = ()
    also: str = ""

    @property
    def forget_text(self) -> str:
        """The preview of forgetting: what changes in the recommendations, then what else goes."""
        return " ".join(t for t in (self.summary, self.also) if t)

    @property
    def changed_count(self) -> int:
        return len(self.dropped) + len(self.entered) + len(self.moved)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Counterfactual:
    """The smallest set of the user's data points whose removal changes whether a product is
    recommended: takes it out of the top-N (direction "out"), or, for a product that is not
    recommended, brings it in ("in"; or the choice that keeps it out, ``block``)."""

    product_id: str
    datum_ids: tuple[int, ...] | None  # None: no set of size <= max_size works (see message)
    replacement: str | None  # product id that would take its place
    replacement_name: str | None
    message: str
    searched_up_to: int = 3
    direction: str = "out"
    # for "in": what keeps it out when no data does: "topic" (blocked), "sensitive" (not
    # opted into), "level" (personalization off); None otherwise
    block: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
