"""What a personal data point is: kinds, consent categories, and how each reads in words.

A data point ("datum") is one fact the shop recorded about the user. Its wording lives here,
once, so the data list, the CLI and the recommender's reasons all say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time
from tightrope.i18n import translator

tr = translator("Datums")

if TYPE_CHECKING:
    from tightrope.catalog import Catalog

# consent category id -> label shown to the user (English source; consent_label() translates)
CONSENT_CATEGORIES: dict[str, str] = {
    "browsing": tr.mark("Browsing"),
    "searches": tr.mark("Searches"),
    "purchases": tr.mark("Cart & purchases"),
    "ratings": tr.mark("Ratings & wishlist"),
    "interests": tr.mark("Declared interests"),
    "location": tr.mark("Location"),
    "age_band": tr.mark("Age band"),
}

# kind -> (consent category, the data point in words; {name} is the product, text or topic)
KINDS: dict[str, tuple[str, str]] = {
    "view": ("browsing", tr.mark("You viewed {name}")),
    "search": ("searches", tr.mark("You searched for \u201c{name}\u201d")),
    "cart_add": ("purchases", tr.mark("You added {name} to your cart")),
    "purchase": ("purchases", tr.mark("You bought {name}")),
    "rating": ("ratings", tr.mark("You rated {name}")),
    "wishlist": ("ratings", tr.mark("You saved {name} to your wishlist")),
    # value: which of the product's reviews (tightrope.catalog_reviews.Review.number)
    "review_vote": ("ratings", tr.mark("You marked a review of {name} as helpful")),
    "declared_interest": ("interests", tr.mark("You told us you like {name}")),
    "location": ("location", tr.mark("You told us you live in {name}")),
    "age_band": ("age_band", tr.mark("You told us your age band is {name}")),
    # a delivery address kept because the shopper ticked "Remember this address" at checkout;
    # it fills in the next checkout and feeds no recommendation (engine/evidence.py weighs 0)
    "address": ("purchases", tr.mark("You asked us to remember the delivery address {name}")),
}

# kinds that concern one product (the others carry text)
PRODUCT_KINDS = frozenset({"view", "cart_add", "purchase", "rating", "wishlist", "review_vote"})
TEXT_KINDS = frozenset({"search", "declared_interest", "location", "age_band", "address"})
# A search counts for the products the search page shows first, this many (the recommender's
# search evidence, and what "forget this topic" looks at)
SEARCH_BEST = 3

# kind -> its name (the "Kind" column) and a count of that kind
KIND_NAMES: dict[str, str] = {
    "view": tr.mark("View"),
    "search": tr.mark("Search"),
    "cart_add": tr.mark("Cart add"),
    "purchase": tr.mark("Purchase"),
    "rating": tr.mark("Rating"),
    "wishlist": tr.mark("Wishlist item"),
    "review_vote": tr.mark("Helpful vote"),
    "declared_interest": tr.mark("Declared interest"),
    "location": tr.mark("Location"),
    "age_band": tr.mark("Age band"),
    "address": tr.mark("Delivery address"),
}
KIND_COUNTS: dict[str, str] = {
    "view": tr.mark("%n view(s)"),
    "search": tr.mark("%n search(es)"),
    "cart_add": tr.mark("%n cart add(s)"),
    "purchase": tr.mark("%n purchase(s)"),
    "rating": tr.mark("%n rating(s)"),
    "wishlist": tr.mark("%n wishlist item(s)"),
    "review_vote": tr.mark("%n helpful vote(s)"),
    "declared_interest": tr.mark("%n declared interest(s)"),
    "location": tr.mark("%n location(s)"),
    "age_band": tr.mark("%n age band(s)"),
    "address": tr.mark("%n delivery address(es)"),
}


def consent_label(category: str) -> str:
    """A consent category's name in the user's language (unknown ids are shown as they are)."""
    label = CONSENT_CATEGORIES.get(category)
    return tr(label) if label else category


def kind_name(kind: str) -> str:
    """'View', 'Search', ...: a data point's kind in the user's language."""
    name = KIND_NAMES.get(kind)
    return tr(name) if name else kind


def count_noun(kind: str, n: int) -> str:
    """'3 views', '1 search': a count of data points of one kind."""
    text = KIND_COUNTS.get(kind)
    return tr(text, n=n) if text else f"{n} {kind}"


@dataclass(frozen=True)
class Datum:
    id: int
    kind: str
    product_id: str | None
    text: str | None
    value: float | None
    collected_at: datetime
    collected_where: str
    consent_category: str
    excluded: bool = False

    @cached_property
    def collected_at_iso(self) -> str:
        return format_time(self.collected_at)

    def label(self, catalog: Catalog) -> str:
        """The data point in words, e.g. 'You viewed Trail Tent 2P'."""
        template = tr(KINDS[self.kind][1])
        if self.kind in PRODUCT_KINDS:
            product = catalog.get(self.product_id)
            name = (
                product.name
                if product
                else tr("a product no longer sold ({id})").format(id=self.product_id)
            )
            if self.kind == "rating" and self.value is not None:
                return tr("You rated {name} {stars} of 5 stars").format(
                    name=name, stars=int(self.value)
                )
            return template.format(name=name)
        if self.kind == "declared_interest":
            category = catalog.category_by_id.get(self.text or "")
            return template.format(name=category.name if category else self.text)
        return template.format(name=self.text)

    def topic(self, catalog: Catalog) -> str | None:
        """The catalog category this data point is about, if any ('forget this topic')."""
        if self.product_id:
            product = catalog.get(self.product_id)
            return product.category if product else None
        if self.kind == "declared_interest":
            return self.text
        if self.kind == "search" and self.text:
            return catalog.search_topic(self.text)
        return None

    def concerns(self, catalog: Catalog, topic: str) -> bool:
        """Is this data point about the topic, for "forget this topic"? Its own topic; or, for
        a search, one of the topic's words ("nursery") or a best match in it ("camp stove":
        a camping stove and a cookbook, no majority, yet it feeds the stove)."""
        if self.topic(catalog) == topic:
            return True
        if self.kind != "search" or not self.text:
            return False
        if topic in catalog.topics_named(self.text):
            return True
        return any(p.category == topic for p in catalog.search(self.text, limit=SEARCH_BEST))

    def to_json(self, catalog: Catalog) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label(catalog),
            "product_id": self.product_id,
            "text": self.text,
            "value": self.value,
            "collected_at": self.collected_at_iso,
            "collected_where": self.collected_where,
            "consent_category": self.consent_category,
            "excluded": self.excluded,
            "topic": self.topic(catalog),
        }
