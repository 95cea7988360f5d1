"""Build Tightrope's shipped seed catalog from ``tools/catalog_source/``, deterministically.

Writes (and overwrites):
  data/catalog/taxonomy.json          categories, colours, glyphs, profile rules
  data/catalog/<category>.json        the products of each category
  data/community.json                 the spec of the synthetic shopper community
  assets/products/<product-id>.svg    the product pictures (SVG Tiny, no text)

then loads the result through the app's own loaders and checks the house rules; the run fails
with a message naming the file and field if anything is off. A re-run reproduces byte-identical
files (``tests/test_catalog_build.py`` checks that the shipped files match their source).

Usage:
  python tools/make_catalog.py                        # build into the checkout
  python tools/make_catalog.py --out DIR              # ... or into DIR/data and DIR/assets
  python tools/make_catalog.py --contact-sheet X.png  # ... and render pictures with Qt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "desktop")]

from catalog_build import build
from catalog_build.source import SourceError

from tightrope.catalog import CatalogError
from tightrope.engine.community import CommunityError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=build.REPO, help="output root (default: the checkout)"
    )
    parser.add_argument(
        "--contact-sheet", metavar="PNG", help="also render pictures to this PNG (needs Qt)"
    )
    args = parser.parse_args(argv)
    try:
        built = build.build(args.out)
    except (SourceError, CatalogError, CommunityError, build.BuildError) as exc:
        print(f"make_catalog: {exc}", file=sys.stderr)
        return 1
    print(build.report(built))
    if args.contact_sheet:
        from catalog_build import contact_sheet

        return contact_sheet.main(args.out / "assets" / "products", args.contact_sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
