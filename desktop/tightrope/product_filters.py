"""Narrowing a list of products (a category, search results) by price, rating and brand.

Catalog facts only: a filter is not a personal data point and is not recorded (data
minimisation: what a shopper narrows a page to says little the shop needs, and nothing the
recommender uses). The window keeps the choice in memory while the page is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from tightrope.catalog import Product

# price bucket id -> (lowest price included, highest price excluded; None: open)
PRICE_BUCKETS: dict[str, tuple[float | None, float | None]] = {
    "any": (None, None),
    "under-25": (None, 25.0),
    "25-50": (25.0, 50.0),
    "50-100": (50.0, 100.0),
    "100-250": (100.0, 250.0),
    "over-250": (250.0, None),
}
RATING_STEPS = (4.5, 4.0, 3.5)  # "4.5 stars & up", ...

# the filters, in the order the page shows them (and an empty page names them)
PRICE, RATING, BRAND = "price", "rating", "brand"


@dataclass(frozen=True)
class Filters:
    """What the shopper narrowed the page to; the defaults let every product through."""

    price: str = "any"
    min_rating: float | None = None
    brands: frozenset[str] = field(default_factory=frozenset)  # empty: every brand

    def __post_init__(self) -> None:
        if self.price not in PRICE_BUCKETS:
            raise ValueError(f"unknown price range {self.price!r}")
        if self.min_rating is not None and not 0 <= self.min_rating <= 5:
            raise ValueError(f"a minimum rating is 0 to 5 stars, not {self.min_rating!r}")

    @property
    def active(self) -> tuple[str, ...]:
        """The filters in use, in page order."""
        on = {
            PRICE: self.price != "any",
            RATING: self.min_rating is not None,
            BRAND: bool(self.brands),
        }
        return tuple(name for name in (PRICE, RATING, BRAND) if on[name])

    def without(self, name: str) -> Filters:
        """These filters with one of them cleared."""
        if name == PRICE:
            return replace(self, price="any")
        if name == RATING:
            return replace(self, min_rating=None)
        if name == BRAND:
            return replace(self, brands=frozenset())
        raise ValueError(f"unknown filter {name!r}")

    def keeps(self, product: Product) -> bool:
        lo, hi = PRICE_BUCKETS[self.price]
        if lo is not None and product.price < lo:
            return False
        if hi is not None and product.price >= hi:
            return False
        if self.min_rating is not None and product.rating < self.min_rating:
            return False
        return not self.brands or product.brand in self.brands

    def fitted(self, products: Iterable[Product]) -> Filters:
        """These filters without brands none of ``products`` has (after a new search)."""
        present = {p.brand for p in products}
        return replace(self, brands=self.brands & present)


def apply(products: Sequence[Product], filters: Filters) -> list[Product]:
    """The products the filters keep, in their order."""
    return [p for p in products if filters.keeps(p)]


def brands_in(products: Iterable[Product]) -> list[str]:
    """The brands present, alphabetical (case-insensitive)."""
    return sorted({p.brand for p in products}, key=lambda b: (b.casefold(), b))


# why a filtered page is empty (see emptied_by)
ALONE, EACH, TOGETHER = "alone", "each", "together"


def emptied_by(products: Sequence[Product], filters: Filters) -> tuple[str, tuple[str, ...]]:
    """Which filters removed everything, for an empty page's sentence; ("", ()) when some
    product is left or there was nothing to filter. (ALONE, names): each of these filters on
    its own keeps nothing; (EACH, names): clearing any one of these brings products back;
    (TOGETHER, names): only clearing more than one does."""
    if not products or apply(products, filters):
        return "", ()
    active = filters.active
    alone = tuple(name for name in active if not apply(products, _only(filters, name)))
    if alone:
        return ALONE, alone
    freeing = tuple(name for name in active if apply(products, filters.without(name)))
    return (EACH, freeing) if freeing else (TOGETHER, active)


def _only(filters: Filters, name: str) -> Filters:
    """Just one of the filters, the others cleared."""
    out = filters
    for other in filters.active:
        if other != name:
            out = out.without(other)
    return out
