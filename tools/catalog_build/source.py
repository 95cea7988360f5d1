"""The catalog source: TOML files written by hand, and what is derived from them.

``taxonomy.toml`` lists the departments (with their brands and topic words) and the profile
rules; ``products/<department>.toml`` the products of each department in shelf order;
``community.toml`` the synthetic shopper community; ``pictures.toml`` how a picture is chosen.
The field names are described in ``tools/catalog_source/README.md``.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SOURCE_DIR = Path(__file__).resolve().parent.parent / "catalog_source"

# Fields a product's source table may have; every other key is a typo and is reported.
PRODUCT_FIELDS = {
    "id",
    "name",
    "brand",
    "price",
    "tags",
    "description",  # required
    "consumable",
    "new",
    "sponsored",
    "signals",
    "picture",
    "colour",
}
REQUIRED = ("id", "name", "brand", "price", "tags", "description")

EVERYDAY_FROM, EVERYDAY_TO = date(2025, 1, 1), date(2026, 9, 30)
NEW_FROM, NEW_TO = date(2026, 11, 1), date(2026, 11, 28)


class SourceError(Exception):
    """A source file is wrong; the message names the file, the product and the field."""


@dataclass(frozen=True)
class PictureSpec:
    """What the picture of one product is drawn from."""

    product_id: str
    glyph: str
    main: str  # the product's main colour
    accent: str  # its brand's colour
    category_color: str
    variant: int  # a small number for per-product variation


@dataclass(frozen=True)
class Source:
    taxonomy: dict[str, Any]  # as written to taxonomy.json
    products: dict[str, list[dict[str, Any]]]  # department id -> products as written
    community: dict[str, Any]  # as written to community.json
    pictures: list[PictureSpec]  # in catalog order
    new_ids: list[str]  # the new arrivals
    brands: dict[str, dict[str, str]]  # department id -> brand -> colour


# --- deterministic "randomness" --------------------------------------------------------------
def unit(product_id: str, salt: str) -> float:
    """A stable number in [0, 1) derived from the product id (no RNG state, no hash seed)."""
    digest = hashlib.sha256(f"{salt}:{product_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def added_date(pid: str, new: bool) -> str:
    lo, hi = (NEW_FROM, NEW_TO) if new else (EVERYDAY_FROM, EVERYDAY_TO)
    span = (hi - lo).days
    return (lo + timedelta(days=int(unit(pid, "added") * (span + 1)))).isoformat()


def rating(pid: str, count: int) -> float:
    """The average of ``count`` whole-star ratings, to one decimal: a product with few ratings
    gets the nearest average they can make (2 ratings make 4.0 or 4.5, never 4.2), so the
    star histogram on its page adds up (tightrope.catalog_reviews)."""
    r = round(min(4.9, max(3.2, 4.9 - 1.7 * unit(pid, "rating-a") * unit(pid, "rating-b"))), 1)
    if count <= 0:
        return r
    total = min(5 * count, max(count, round(r * count)))
    return round(total / count, 1)


def rating_count(pid: str, new: bool, sponsored: bool) -> int:
    u = unit(pid, "count")
    if new:
        return int(2 + u * 60)
    lo, hi = (math.log(60), math.log(4200)) if sponsored else (math.log(12), math.log(3600))
    return int(math.exp(lo + u * (hi - lo)))


# --- reading -----------------------------------------------------------------------------------
def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as exc:
        raise SourceError(f"{path}: file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path}: not valid TOML ({exc})") from exc


def pick_glyph(
    name: str, override: str | None, category_glyph: str, keywords: list[list[str]]
) -> str:
    """The drawing for a product: its own choice, else the first keyword in its name (as a
    word, plural allowed), else its department's."""
    if override:
        return override
    low = name.lower()
    for key, glyph in keywords:
        if re.search(rf"\b{re.escape(key)}(s|es)?\b", low):
            return glyph
    return category_glyph


def _product(
    path: Path, index: int, raw: dict[str, Any], cid: str, brands: dict[str, str]
) -> dict[str, Any]:
    where = f"{path}, product #{index + 1}" + (f" ({raw['id']!r})" if "id" in raw else "")
    for key in REQUIRED:
        if key not in raw:
            raise SourceError(f"{where}: field '{key}' is missing")
    unknown = sorted(set(raw) - PRODUCT_FIELDS)
    if unknown:
        raise SourceError(f"{where}: unknown field '{unknown[0]}'")
    if raw["brand"] not in brands:
        raise SourceError(
            f"{where}: field 'brand' is {raw['brand']!r}, not one of {cid}'s brands "
            f"in taxonomy.toml ({', '.join(brands)})"
        )
    pid, new, sponsored = raw["id"], bool(raw.get("new")), bool(raw.get("sponsored"))
    product: dict[str, Any] = {
        "id": pid,
        "name": raw["name"],
        "brand": raw["brand"],
        "category": cid,
        "price": round(float(raw["price"]), 2),
        "description": raw["description"],
        "tags": list(raw["tags"]),
        "rating": rating(pid, rating_count(pid, new, sponsored)),
        "rating_count": rating_count(pid, new, sponsored),
        "consumable": bool(raw.get("consumable")),
        "added": added_date(pid, new),
        "image": f"products/{pid}.svg",
        "gallery": [f"products/detail/{pid}.svg"],
    }
    if sponsored:
        product["sponsored"] = True
        product["sponsor"] = raw["brand"]
    if raw.get("signals"):
        product["sensitive_signals"] = list(raw["signals"])
    return product


def read(source_dir: Path = SOURCE_DIR) -> Source:
    """Read every source file and derive the catalog, the community and the picture specs."""
    tax = _toml(source_dir / "taxonomy.toml")
    pics = _toml(source_dir / "pictures.toml")
    community = _toml(source_dir / "community.toml")
    categories = tax.get("category", [])
    taxonomy = {
        "version": 1,
        "categories": [
            {
                "id": c["id"],
                "name": c["name"],
                "sensitive": c["sensitive"],
                "color": c["color"],
                "glyph": c["glyph"],
                "words": c["words"],
            }
            for c in categories
        ],
        "profile_rules": tax.get("profile_rules", {}),
    }
    products: dict[str, list[dict[str, Any]]] = {}
    pictures: list[PictureSpec] = []
    new_ids: list[str] = []
    brands = {c["id"]: c["brands"] for c in categories}
    for c in categories:
        cid = c["id"]
        path = source_dir / "products" / f"{cid}.toml"
        products[cid] = []
        for i, raw in enumerate(_toml(path).get("product", [])):
            product = _product(path, i, raw, cid, c["brands"])
            products[cid].append(product)
            pid = product["id"]
            if raw.get("new"):
                new_ids.append(pid)
            glyph = pick_glyph(raw["name"], raw.get("picture"), c["glyph"], pics["keywords"])
            palette = pics["palettes"].get(glyph, pics["palette"])
            main = raw.get("colour") or palette[int(unit(pid, "colour") * len(palette))]
            pictures.append(
                PictureSpec(
                    pid,
                    glyph,
                    main,
                    c["brands"][raw["brand"]],
                    c["color"],
                    int(unit(pid, "variant") * 1000),
                )
            )
    order = ("id", "weight", "categories", "products", "items_per_shopper")
    community = {
        **community,
        "segments": [
            {**{k: seg[k] for k in order if k in seg}, **seg}
            for seg in community.get("segments", [])
        ],
    }
    return Source(taxonomy, products, community, pictures, new_ids, brands)
