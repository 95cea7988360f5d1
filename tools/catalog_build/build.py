"""Write the shipped catalog, community spec and product pictures, then check them through
the app's own loaders (one schema: ``tightrope.catalog``) and the house rules below."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tightrope.catalog import Catalog, load_catalog
from tightrope.engine.community import load_community

from . import pictures
from .source import EVERYDAY_FROM, EVERYDAY_TO, NEW_FROM, NEW_TO, Source, read

REPO = Path(__file__).resolve().parent.parent.parent
PICTURE_BYTES = 4 * 1024  # a picture larger than this slows down a shelf of cards
# Elements QSvgRenderer (SVG Tiny 1.2) may draw wrongly or not at all.
UNSUPPORTED = re.compile(r"<(text|filter|image|use|clipPath|mask|pattern)\b|href")


class BuildError(Exception):
    """The built catalog breaks a house rule; the message lists every problem."""


@dataclass(frozen=True)
class Built:
    """What a build wrote (all paths under the output root) and the catalog as the app reads it."""

    files: list[Path]
    catalog: Catalog
    new_ids: list[str]


def _json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def outputs(src: Source) -> dict[str, str]:
    """Every file a build writes, by path relative to the output root, with its text."""
    files = {"data/catalog/taxonomy.json": _json(src.taxonomy)}
    for cid, products in src.products.items():
        files[f"data/catalog/{cid}.json"] = _json(products)
    files["data/community.json"] = _json(src.community)
    for spec in src.pictures:
        look = (spec.glyph, spec.main, spec.accent, spec.category_color, spec.variant)
        files[f"assets/products/{spec.product_id}.svg"] = pictures.picture(*look)
        files[f"assets/products/detail/{spec.product_id}.svg"] = pictures.detail_picture(*look)
    return files


def build(root: Path = REPO, source: Source | None = None) -> Built:
    """Write the catalog under ``root`` (``data/`` and ``assets/``), removing pictures of
    products that are gone, and check it; raises BuildError or the loaders' errors."""
    src = source or read()
    files = outputs(src)
    pictures_dir = root / "assets" / "products"
    for path in (root / "data" / "catalog", pictures_dir / "detail"):
        path.mkdir(parents=True, exist_ok=True)
    for old in pictures_dir.rglob("*.svg"):
        if old.relative_to(root).as_posix() not in files:
            old.unlink()
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    catalog = load_catalog(root / "data" / "catalog", root / "assets")
    load_community(root / "data" / "community.json", catalog)
    check(catalog, src, root)
    return Built([root / rel for rel in files], catalog, src.new_ids)


def check(catalog: Catalog, src: Source, root: Path) -> None:
    """House rules for the shipped catalog, beyond what the loader requires of any catalog."""
    problems: list[str] = []

    def expect(ok: bool, msg: str) -> None:
        if not ok:
            problems.append(msg)

    products = catalog.products
    profile_tags = {
        t for rules in catalog.profile_rules.values() for tags in rules.values() for t in tags
    }
    expect(len(products) >= 330, f"only {len(products)} products")
    expect(len(catalog.categories) == 16, "expected 16 categories")
    for c in catalog.categories:
        expect(len(catalog.in_category(c.id)) >= 20, f"{c.id} has fewer than 20 products")
        expect(4 <= len(src.brands[c.id]) <= 6, f"{c.id} needs 4-6 brands")
    descriptions: set[str] = set()
    for p in products:
        expect(
            re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p.id) is not None, f"{p.id}: id is not a slug"
        )
        expect(round(p.price, 2) == p.price, f"{p.id}: price has more than 2 decimals")
        expect(3 <= len(p.tags) <= 6, f"{p.id}: needs 3-6 tags, has {list(p.tags)}")
        expect(
            all(t == t.lower() and " " not in t for t in p.tags),
            f"{p.id}: tags must be lowercase words",
        )
        expect(len(set(p.tags)) == len(p.tags), f"{p.id}: duplicate tags")
        expect(p.description not in descriptions, f"{p.id}: duplicate description")
        descriptions.add(p.description)
        if p.sensitive_signals:
            expect(not p.sensitive, f"{p.id}: signals belong on everyday products")
        if p.sensitive:
            leaked = set(p.tags) & profile_tags
            expect(not leaked, f"{p.id}: sensitive product carries profile tags {sorted(leaked)}")
        new = p.id in src.new_ids
        lo, hi = (NEW_FROM, NEW_TO) if new else (EVERYDAY_FROM, EVERYDAY_TO)
        expect(lo <= p.added <= hi, f"{p.id}: added {p.added} is outside {lo}..{hi}")
        expect(
            p.rating_count == 0
            or any(
                round(s / p.rating_count, 1) == p.rating
                for s in range(p.rating_count, 5 * p.rating_count + 1)
            ),
            f"{p.id}: {p.rating_count} whole-star ratings cannot average {p.rating}",
        )
    counts: dict[str, int] = {}
    for p in products:
        for t in p.tags:
            counts[t] = counts.get(t, 0) + 1
    for t in sorted(profile_tags):
        expect(counts.get(t, 0) >= 3, f"profile tag {t!r} occurs on {counts.get(t, 0)} products")
    sponsored = [p for p in products if p.sponsored]
    expect(10 <= len(sponsored) <= 14, f"{len(sponsored)} sponsored products")
    expect(sum(p.sensitive for p in sponsored) <= 1, "too many sponsored sensitive products")
    expect(
        sum("pregnancy-baby" in p.sensitive_signals for p in products) >= 8,
        "too few pregnancy signals",
    )
    expect(20 <= len(src.new_ids) <= 30, f"{len(src.new_ids)} new arrivals")
    segments = src.community["segments"]
    expect(10 <= len(segments) <= 14, "community needs 10-14 segments")
    expect(abs(sum(s["weight"] for s in segments) - 1.0) < 1e-9, "segment weights must sum to 1")
    for seg in segments:
        lo_n, hi_n = seg["items_per_shopper"]
        expect(1 <= lo_n <= hi_n, f"segment {seg['id']}: bad items_per_shopper")
    assets = root / "assets"
    on_disk = {f.relative_to(assets).as_posix() for f in (assets / "products").rglob("*.svg")}
    expect(on_disk == {pic for p in products for pic in p.pictures}, "pictures and products differ")
    expect(all(len(p.pictures) >= 2 for p in products), "every product needs a second view")
    for name in sorted(on_disk):
        text = (assets / name).read_text(encoding="utf-8")
        expect(len(text.encode()) <= PICTURE_BYTES, f"{name} is {len(text.encode())} bytes")
        expect(not UNSUPPORTED.search(text), f"{name} uses an element QSvgRenderer may not draw")
    if problems:
        raise BuildError("the catalog breaks house rules:\n  " + "\n  ".join(problems))


def report(built: Built) -> str:
    """A short summary for the command line."""
    catalog = built.catalog
    lines = [f"{len(catalog.products)} products in {len(catalog.categories)} categories"]
    lines += [f"  {c.id:15s} {len(catalog.in_category(c.id)):3d}" for c in catalog.categories]
    sponsored = sum(p.sponsored for p in catalog.products)
    signals = sum(bool(p.sensitive_signals) for p in catalog.products)
    lines.append(
        f"{len(built.new_ids)} new arrivals, {sponsored} sponsored, {signals} signal products"
    )
    sizes = [f.stat().st_size for f in built.files if f.suffix == ".svg"]
    lines.append(
        f"pictures: {len(sizes)} files, {min(sizes)}-{max(sizes)} bytes "
        f"(total {sum(sizes) // 1024} KiB)"
    )
    return "\n".join(lines)
