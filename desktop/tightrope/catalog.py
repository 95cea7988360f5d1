"""The shipped product catalog: loading, validation and lookup.

The catalog is seed data in ``data/catalog/`` (``taxonomy.json`` plus one JSON file per
category). Loading validates every field and reports problems by file, product and field,
because facilitators edit these files by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tightrope.storage import jsonfile
from tightrope.text import tokens

if TYPE_CHECKING:
    from tightrope.engine.search_index import SearchIndex


class CatalogError(Exception):
    """A catalog file is missing or wrong; the message names file, product and field."""


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    sensitive: bool
    color: str = "#5b6b7f"
    glyph: str = ""
    # words that name the department even where no product has them ("nursery")
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    brand: str
    category: str
    price: float
    description: str
    tags: tuple[str, ...]
    rating: float
    rating_count: int
    consumable: bool
    added: date
    image: str
    # more pictures of the product (other views), shown after ``image`` on its page
    gallery: tuple[str, ...] = ()
    sensitive: bool = False
    sponsored: bool = False
    sponsor: str | None = None
    sensitive_signals: tuple[str, ...] = ()
    search_tokens: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @property
    def pictures(self) -> tuple[str, ...]:
        """Every picture of the product, the main one first."""
        return (self.image, *self.gallery)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "brand": self.brand,
            "category": self.category,
            "price": self.price,
            "description": self.description,
            "tags": list(self.tags),
            "rating": self.rating,
            "rating_count": self.rating_count,
            "consumable": self.consumable,
            "added": self.added.isoformat(),
            "image": self.image,
            "gallery": list(self.gallery),
            "sensitive": self.sensitive,
            "sponsored": self.sponsored,
            "sponsor": self.sponsor,
            "sensitive_signals": list(self.sensitive_signals),
        }


@dataclass
class Catalog:
    categories: list[Category]
    products: list[Product]
    profile_rules: dict[str, dict[str, list[str]]]
    source: Path | None = None

    def __post_init__(self) -> None:
        self.by_id = {p.id: p for p in self.products}
        self.category_by_id = {c.id: c for c in self.categories}
        self.index_of = {p.id: i for i, p in enumerate(self.products)}
        self._search_index: SearchIndex | None = None

    def product(self, product_id: str) -> Product:
        return self.by_id[product_id]

    def get(self, product_id: str | None) -> Product | None:
        return self.by_id.get(product_id) if product_id else None

    def category(self, category_id: str) -> Category:
        return self.category_by_id[category_id]

    def in_category(self, category_id: str) -> list[Product]:
        return [p for p in self.products if p.category == category_id]

    def sensitive_categories(self) -> list[Category]:
        return [c for c in self.categories if c.sensitive]

    def search(self, query: str, limit: int | None = None) -> list[Product]:
        """Products whose text contains all the query's words (else any), best first: most
        words, most words in the name, most ratings, then name."""
        wanted = set(tokens(query))
        if not wanted:
            return []
        return [self.products[i] for i in self.search_index().best(wanted, limit or None)]

    def search_index(self) -> SearchIndex:
        """The catalog's word index (catalog text only, nothing personal), made on first use."""
        if self._search_index is None:
            from tightrope.engine.search_index import SearchIndex

            self._search_index = SearchIndex(self.products)
        return self._search_index

    def topics_named(self, query: str) -> set[str]:
        """The departments a search names by one of their words ("nursery", "camping"),
        whether or not any product matches it."""
        wanted = set(tokens(query))
        return {
            c.id
            for c in self.categories
            if any(set(tokens(w)) and set(tokens(w)) <= wanted for w in c.words)
        }

    def search_topic(self, query: str) -> str | None:
        """The department most of a search's top results come from, if there is one.

        Not cached here on purpose: the query is personal data, and a cache outliving a
        "forget" would keep a copy of it.
        """
        found = self.search(query, limit=10)
        counts: dict[str, int] = {}
        for p in found:
            counts[p.category] = counts.get(p.category, 0) + 1
        best = max(counts, key=lambda c: (counts[c], c)) if counts else None
        return best if best and counts[best] * 2 > len(found) else None


# --- loading -----------------------------------------------------------------------------

_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "name": str,
    "brand": str,
    "category": str,
    "price": (int, float),
    "description": str,
    "tags": list,
    "rating": (int, float),
    "rating_count": int,
    "consumable": bool,
    "added": str,
    "image": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "sponsored": bool,
    "sponsor": str,
    "sensitive_signals": list,
    "gallery": list,
}


def _read_json(path: Path) -> Any:
    limit = jsonfile.MAX_BYTES["catalog"]
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise CatalogError(
                f"{path}: larger than a catalog file may be ({limit // jsonfile.MiB} MB)"
            )
        return jsonfile.loads(data.decode("utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from exc


def _where(path: Path, index: int, raw: Any) -> str:
    pid = raw.get("id") if isinstance(raw, dict) else None
    return f"{path}, product #{index + 1}" + (f" ({pid!r})" if isinstance(pid, str) else "")


def _parse_product(
    path: Path, index: int, raw: Any, categories: dict[str, Category], assets: Path | None
) -> Product:
    where = _where(path, index, raw)
    if not isinstance(raw, dict):
        raise CatalogError(f"{where}: expected an object, found {type(raw).__name__}")
    for key, kind in _REQUIRED.items():
        if key not in raw:
            raise CatalogError(f"{where}: field '{key}' is missing")
        value = raw[key]
        if isinstance(value, bool) and kind in ((int, float), int):
            raise CatalogError(f"{where}: field '{key}' must be a number, not {value!r}")
        if not isinstance(value, kind):
            raise CatalogError(f"{where}: field '{key}' has the wrong type: {value!r}")
    for key, kind in _OPTIONAL.items():
        if key in raw and not isinstance(raw[key], kind):
            raise CatalogError(f"{where}: field '{key}' has the wrong type: {raw[key]!r}")
    unknown = set(raw) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise CatalogError(f"{where}: unknown field '{sorted(unknown)[0]}'")
    if not raw["id"].strip() or not raw["name"].strip():
        raise CatalogError(f"{where}: fields 'id' and 'name' must not be empty")
    if raw["category"] not in categories:
        raise CatalogError(f"{where}: field 'category' names unknown category {raw['category']!r}")
    if raw["category"] != path.stem:
        raise CatalogError(
            f"{where}: field 'category' is {raw['category']!r} but the file is for {path.stem!r}"
        )
    if not raw["price"] > 0:
        raise CatalogError(f"{where}: field 'price' must be greater than 0, not {raw['price']!r}")
    if not 0 <= raw["rating"] <= 5:
        raise CatalogError(
            f"{where}: field 'rating' must be between 0 and 5, not {raw['rating']!r}"
        )
    if raw["rating_count"] < 0:
        raise CatalogError(f"{where}: field 'rating_count' must not be negative")
    if not all(isinstance(t, str) and t for t in raw["tags"]):
        raise CatalogError(f"{where}: field 'tags' must be a list of words")
    try:
        added = date.fromisoformat(raw["added"])
    except ValueError as exc:
        raise CatalogError(
            f"{where}: field 'added' is not a date (YYYY-MM-DD): {raw['added']!r}"
        ) from exc
    if raw.get("sponsored") and not raw.get("sponsor"):
        raise CatalogError(f"{where}: field 'sponsor' is required when 'sponsored' is true")
    signals = tuple(raw.get("sensitive_signals", ()))
    for s in signals:
        if not isinstance(s, str) or s not in categories or not categories[s].sensitive:
            raise CatalogError(
                f"{where}: field 'sensitive_signals' names {s!r}, which is not a sensitive "
                f"category in {path.parent / 'taxonomy.json'}"
            )
    gallery = raw.get("gallery", [])
    if not all(isinstance(g, str) and g.strip() for g in gallery):
        raise CatalogError(f"{where}: field 'gallery' must be a list of picture paths")
    if assets is not None:
        for key, image in [("image", raw["image"]), *(("gallery", g) for g in gallery)]:
            if not jsonfile.is_file(assets / image):
                raise CatalogError(f"{where}: field '{key}' names a missing file: {image!r}")
    category = categories[raw["category"]]
    text = " ".join([raw["name"], raw["brand"], category.name, raw["description"], *raw["tags"]])
    return Product(
        id=raw["id"],
        name=raw["name"],
        brand=raw["brand"],
        category=raw["category"],
        price=float(raw["price"]),
        description=raw["description"],
        tags=tuple(raw["tags"]),
        rating=float(raw["rating"]),
        rating_count=raw["rating_count"],
        consumable=raw["consumable"],
        added=added,
        image=raw["image"],
        gallery=tuple(gallery),
        sensitive=category.sensitive,
        sponsored=bool(raw.get("sponsored", False)),
        sponsor=raw.get("sponsor"),
        sensitive_signals=signals,
        search_tokens=frozenset(tokens(text)),
    )


def _parse_taxonomy(path: Path) -> tuple[list[Category], dict[str, dict[str, list[str]]]]:
    raw = _read_json(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("categories"), list):
        raise CatalogError(f"{path}: field 'categories' must be a list")
    categories = []
    for i, c in enumerate(raw["categories"]):
        where = f"{path}, category #{i + 1}"
        if not isinstance(c, dict):
            raise CatalogError(f"{where}: expected an object")
        for key, kind in (("id", str), ("name", str), ("sensitive", bool)):
            if not isinstance(c.get(key), kind):
                raise CatalogError(f"{where}: field '{key}' is missing or has the wrong type")
        words = c.get("words", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise CatalogError(f"{where}: field 'words' must be a list of words")
        categories.append(
            Category(
                c["id"],
                c["name"],
                c["sensitive"],
                c.get("color", "#5b6b7f"),
                c.get("glyph", ""),
                tuple(words),
            )
        )
    ids = [c.id for c in categories]
    if len(set(ids)) != len(ids):
        raise CatalogError(f"{path}: field 'categories' has a duplicate id")
    rules = raw.get("profile_rules", {})
    if not isinstance(rules, dict) or not all(
        isinstance(v, dict) and all(isinstance(t, list) for t in v.values()) for v in rules.values()
    ):
        raise CatalogError(f"{path}: field 'profile_rules' must map facts to lists of tags")
    return categories, rules


def load_catalog(directory: Path, assets: Path | None = None) -> Catalog:
    """Load and validate ``taxonomy.json`` and one ``<category>.json`` per category."""
    categories, rules = _parse_taxonomy(directory / "taxonomy.json")
    by_id = {c.id: c for c in categories}
    products: list[Product] = []
    seen: dict[str, Path] = {}
    for i, category in enumerate(categories):
        path = directory / f"{category.id}.json"
        if not jsonfile.is_file(path):  # the taxonomy is at fault (e.g. a typo in the id), say so
            raise CatalogError(
                f"{path}: file not found; {directory / 'taxonomy.json'}, category #{i + 1} "
                f"(field 'id': {category.id!r}) needs it for its products"
            )
        raw_list = _read_json(path)
        if not isinstance(raw_list, list):
            raise CatalogError(f"{path}: expected a list of products")
        for i, raw in enumerate(raw_list):
            product = _parse_product(path, i, raw, by_id, assets)
            if product.id in seen:
                raise CatalogError(
                    f"{_where(path, i, raw)}: field 'id' duplicates a product in {seen[product.id].name}"
                )
            seen[product.id] = path
            products.append(product)
    if not products:
        raise CatalogError(f"{directory}: the catalog has no products")
    return Catalog(categories, products, rules, source=directory)


def load_shipped_catalog() -> Catalog:
    from tightrope import paths

    return load_catalog(paths.shipped_data_dir() / "catalog", paths.assets_dir())
