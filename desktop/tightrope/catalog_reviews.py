"""Customer reviews shown on a product page: synthetic, made from the product id alone.

Nothing here is personal and nothing comes from the network. A product's star histogram is
made to add up to its catalog ``rating_count`` and to average to its ``rating`` (to one
decimal, as the catalog writes it); the written reviews are a sample of that histogram, their
words from :mod:`tightrope.review_texts` for the product's department and tags. The same
product id always gives the same reviews (``random.Random`` seeded with a string is stable
across runs and machines; no hash seed is involved); only their dates follow the shop's clock.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from tightrope.catalog import Product
from tightrope.review_texts import FIRST_NAMES, texts_for

SHOWN = 5  # written reviews on a page (fewer when the product has fewer ratings)
INITIALS = "ABCDEFGHJKLMNPRSTW"  # a surname's first letter ("Sam K.")
OLDEST_DAYS = 720  # no review is older than this, nor older than the product in the shop


@dataclass(frozen=True)
class Review:
    """One written review. ``number`` (1..) names it among its product's reviews: a helpful
    vote stores it. ``helpful`` counts the other shoppers who found it helpful."""

    product_id: str
    number: int
    author: str
    days_ago: int
    stars: int
    title: str
    text: str
    helpful: int

    def day(self, today: date) -> date:
        return today - timedelta(days=self.days_ago)


@dataclass(frozen=True)
class Summary:
    """The rating summary: ``histogram[k - 1]`` shoppers gave ``k`` stars."""

    rating: float
    count: int
    histogram: tuple[int, int, int, int, int]

    @property
    def average(self) -> float:
        """The histogram's own average (0 without ratings)."""
        n = sum(self.histogram)
        return sum(k * c for k, c in zip(range(1, 6), self.histogram, strict=True)) / n if n else 0


def _rng(product_id: str, salt: str) -> random.Random:
    return random.Random(f"{salt}:{product_id}")


def star_total(rating: float, count: int) -> int:
    """The sum of ``count`` whole-star ratings whose average is nearest ``rating``."""
    if count <= 0:
        return 0
    return min(5 * count, max(count, round(rating * count)))


def _shape(mean: float, jitter: list[float]) -> list[float]:
    """Shares of 1..5 stars with this mean: the steepest-ascent ("J") shape real shops see,
    softmax(beta * stars) with beta found by bisection, shaken a little per product."""
    mean = min(4.98, max(1.02, mean))
    lo, hi = -12.0, 12.0
    for _ in range(60):
        beta = (lo + hi) / 2
        weights = [math.exp(beta * k) * j for k, j in zip(range(1, 6), jitter, strict=True)]
        m = sum(k * w for k, w in zip(range(1, 6), weights, strict=True)) / sum(weights)
        lo, hi = (beta, hi) if m < mean else (lo, beta)
    total = sum(weights)
    return [w / total for w in weights]


def summary(product: Product) -> Summary:
    """The star histogram behind a product's catalog rating: ``count`` ratings whose sum is
    :func:`star_total` (so their average rounds to the catalog's rating when it can)."""
    n = product.rating_count
    if n <= 0:
        return Summary(product.rating, 0, (0, 0, 0, 0, 0))
    rng = _rng(product.id, "histogram")
    jitter = [0.8 + 0.4 * rng.random() for _ in range(5)]
    shares = _shape(product.rating, jitter)
    raw = [s * n for s in shares]
    counts = [math.floor(x) for x in raw]
    # largest remainders first, until the counts add up to n
    for k in sorted(range(5), key=lambda k: raw[k] - counts[k], reverse=True)[: n - sum(counts)]:
        counts[k] += 1
    # then one rating at a time one star up or down until the sum is exact; each step moves
    # the nearest rating that can move, so the shape stays as it was
    target = star_total(product.rating, n)
    current = sum(k * c for k, c in zip(range(1, 6), counts, strict=True))
    while current != target:
        step = 1 if current < target else -1
        movable = [k for k in range(5) if counts[k] and 0 <= k + step <= 4]
        # move from the fullest bucket that can move (keeps small buckets alive)
        k = max(movable, key=lambda k: (counts[k], -k if step > 0 else k))
        counts[k] -= 1
        counts[k + step] += 1
        current += step
    return Summary(product.rating, n, (counts[0], counts[1], counts[2], counts[3], counts[4]))


def _sample_stars(histogram: tuple[int, ...], k: int, rng: random.Random) -> list[int]:
    """``k`` ratings drawn without replacement from the histogram (so a product with no
    1-star rating never shows a 1-star review)."""
    pool = [stars for stars, c in zip(range(1, 6), histogram, strict=True) for _ in range(c)]
    if len(pool) > 2000:  # a sample of the pool is enough and keeps this quick
        pool = rng.sample(pool, 2000)
    return rng.sample(pool, k)


def shown_count(product: Product) -> int:
    """How many written reviews the product has (numbered 1..this)."""
    return min(SHOWN, max(0, product.rating_count))


def reviews(product: Product, today: date) -> list[Review]:
    """The written reviews shown for a product, most helpful first. Dates are days before
    ``today`` (the shop's clock), never before the product came into the shop."""
    s = summary(product)
    shown = shown_count(product)
    if not shown:
        return []
    rng = _rng(product.id, "reviews")
    stars = _sample_stars(s.histogram, shown, rng)
    in_shop = (today - product.added).days
    oldest = max(7, min(OLDEST_DAYS, in_shop))
    names = rng.sample(FIRST_NAMES, shown)
    texts = texts_for(product, stars, rng)
    most = max(2, min(60, s.count // 8))
    out = []
    for i, (star, (title, text), first) in enumerate(zip(stars, texts, names, strict=True)):
        initial = INITIALS[int(rng.random() * len(INITIALS))]
        out.append(
            Review(
                product_id=product.id,
                number=i + 1,
                author=f"{first} {initial}.",
                days_ago=1 + int(rng.random() * oldest),
                stars=star,
                title=title,
                text=text,
                helpful=int(rng.random() * (most + 1)),
            )
        )
    return sorted(out, key=lambda r: (-r.helpful, r.days_ago, r.number))


def review(product: Product, number: int, today: date) -> Review | None:
    """One of the product's reviews by its number (None if it has no such review)."""
    return next((r for r in reviews(product, today) if r.number == number), None)
