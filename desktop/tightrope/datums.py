"""What a personal data point is: kinds, consent categories, and how each reads in words.

A data point ("datum") is one fact the shop recorded about the user. Its wording lives here,
once, so the data list, the CLI and the recommender's reasons all say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tightrope.clock import format_time

if TYPE_CHECKING:
    from tightrope.catalog import Catalog

# consent category id -> label shown to the user
CONSENT_CATEGORIES: dict[str, str] = {
    "browsing": "Browsing",
    "searches": "Searches",
    "purchases": "Cart & purchases",
    "ratings": "Ratings & wishlist",
    "interests": "Declared interests",
    "location": "Location",
    "age_band": "Age band",
}

# kind -> (consent category, label template after "You ")
KINDS: dict[str, tuple[str, str]] = {
    "view": ("browsing", "viewed {}"),
    "search": ("searches", "searched for \u201c{}\u201d"),
    "cart_add": ("purchases", "added {} to your cart"),
    "purchase": ("purchases", "bought {}"),
    "rating": ("ratings", "rated {}"),
    "wishlist": ("ratings", "saved {} to your wishlist"),
    "declared_interest": ("interests", "told us you like {}"),
    "location": ("location", "told us you live in {}"),
    "age_band": ("age_band", "told us your age band is {}"),
}

# kinds that concern one product (the others carry text)
PRODUCT_KINDS = frozenset({"view", "cart_add", "purchase", "rating", "wishlist"})
TEXT_KINDS = frozenset({"search", "declared_interest", "location", "age_band"})

KIND_NOUNS: dict[str, tuple[str, str]] = {
    "view": ("view", "views"),
    "search": ("search", "searches"),
    "cart_add": ("cart add", "cart adds"),
    "purchase": ("purchase", "purchases"),
    "rating": ("rating", "ratings"),
    "wishlist": ("wishlist item", "wishlist items"),
    "declared_interest": ("declared interest", "declared interests"),
    "location": ("location", "locations"),
    "age_band": ("age band", "age bands"),
}


def count_noun(kind: str, n: int) -> str:
    singular, plural = KIND_NOUNS.get(kind, (kind, kind + "s"))
    return f"{n} {singular if n == 1 else plural}"


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
        template = KINDS[self.kind][1]
        if self.kind in PRODUCT_KINDS:
            product = catalog.get(self.product_id)
            name = product.name if product else f"a product no longer sold ({self.product_id})"
            if self.kind == "rating" and self.value is not None:
                return f"You rated {name} {int(self.value)} of 5 stars"
            return "You " + template.format(name)
        if self.kind == "declared_interest":
            category = catalog.category_by_id.get(self.text or "")
            return "You " + template.format(category.name if category else self.text)
        return "You " + template.format(self.text)

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
