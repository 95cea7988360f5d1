"""The catalog's word index: what a search reads instead of every product's text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np

from tightrope.text import tokens


class Searchable(Protocol):
    """What the index reads of a product (tightrope.catalog.Product has it)."""

    @property
    def name(self) -> str: ...
    @property
    def rating_count(self) -> int: ...
    @property
    def search_tokens(self) -> frozenset[str]: ...


class SearchIndex:
    """Word -> the products whose text (or name) has it: a search reads a few short lists
    instead of tokenising every product (81 ms a search at 100k products, now well under 1)."""

    def __init__(self, products: Sequence[Searchable]):
        text: dict[str, list[int]] = {}
        name: dict[str, list[int]] = {}
        for i, p in enumerate(products):
            for t in p.search_tokens:
                text.setdefault(t, []).append(i)
            for t in set(tokens(p.name)):
                name.setdefault(t, []).append(i)
        self.text = {t: np.array(ix, dtype=np.int32) for t, ix in text.items()}
        self.name = {t: np.array(ix, dtype=np.int32) for t, ix in name.items()}
        self.n = len(products)
        self.rating_count = np.array([p.rating_count for p in products], dtype=np.int64)
        by_name = sorted(range(len(products)), key=lambda i: products[i].name)
        self.name_rank = np.empty(len(products), dtype=np.int64)
        self.name_rank[by_name] = np.arange(len(products))

    def matches(self, words: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """The products with any of the words, and how many of them each has."""
        lists = [self.text[w] for w in words if w in self.text]
        if not lists:
            return np.zeros(0, np.int32), np.zeros(0, np.int64)
        count = np.bincount(np.concatenate(lists), minlength=self.n)
        products = np.flatnonzero(count)
        return products, count[products]

    def matches_of(self, products: np.ndarray, words: Iterable[str]) -> np.ndarray:
        """How many of the words each of these products has in its text."""
        return self._hits(self.text, products, words)

    def name_hits(self, products: np.ndarray, words: Iterable[str]) -> np.ndarray:
        """How many of the words each of these products has in its name."""
        return self._hits(self.name, products, words)

    def _hits(
        self, postings: dict[str, np.ndarray], products: np.ndarray, words: Iterable[str]
    ) -> np.ndarray:
        # a mask over the catalog per word: cheaper than np.isin's hashing of both sides
        out = np.zeros(len(products), dtype=np.int64)
        for w in words:
            if w in postings:
                mask = np.zeros(self.n, dtype=bool)
                mask[postings[w]] = True
                out += mask[products]
        return out

    def best(self, words: set[str], limit: int | None = None) -> list[int]:
        """The search page's order: products with every word when there are any (else the
        partial matches), by most words, most words in the name, most ratings, then name."""
        prod, hits = self.matches(words)
        if not len(prod):
            return []
        if hits.max() == len(words):
            prod, hits = prod[hits == len(words)], hits[hits == len(words)]
        name_hits = self.name_hits(prod, words)
        if limit is not None and len(prod) > limit:
            # Only the first `limit` are wanted: keep those whose (words, name words,
            # ratings) reach the limit-th best, ties included, and sort only them. The key is
            # exact in a float (words and name words < 2**11, ratings < 2**40).
            key = (hits * 64 + name_hits) * 2.0**40 + np.minimum(self.rating_count[prod], 2**40 - 1)
            cut = np.partition(key, len(key) - limit)[len(key) - limit]
            keep = key >= cut
            prod, hits, name_hits = prod[keep], hits[keep], name_hits[keep]
        order = np.lexsort((self.name_rank[prod], -self.rating_count[prod], -name_hits, -hits))
        return prod[order][:limit].tolist()
