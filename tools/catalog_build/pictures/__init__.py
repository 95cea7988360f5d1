"""Product pictures, drawn from code: deterministic, licence-free, nothing downloaded.

Every picture is an SVG Tiny 1.2 file built from basic elements (rect, circle, ellipse, path,
polygon, line, g) so Qt's QSvgRenderer draws it faithfully. A *glyph* draws the product itself
(``glyphs_*.py``); :mod:`.studio` lights it and stands it in a studio
(:func:`picture`, the front view; :func:`detail_picture`, a close-up).
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    glyphs_garden_pets_food,
    glyphs_kitchen_home,
    glyphs_outdoor_wear,
    glyphs_tech_toys_beauty,
    studio,
)
from .colour import WHITE, Colors

Glyph = Callable[[Colors], str]


def _collect() -> dict[str, Glyph]:
    found: dict[str, Glyph] = {}
    for module in (
        glyphs_outdoor_wear,
        glyphs_kitchen_home,
        glyphs_tech_toys_beauty,
        glyphs_garden_pets_food,
    ):
        for name, fn in vars(module).items():
            if name.startswith("g_") and callable(fn):
                if name[2:] in found:
                    raise ValueError(f"glyph {name[2:]!r} is drawn twice")
                found[name[2:]] = fn
    return found


GLYPHS: dict[str, Glyph] = _collect()


def _colors(main: str, accent: str, variant: int) -> Colors:
    return Colors(main, accent, WHITE, variant)


def picture(glyph_name: str, main: str, accent: str, cat_color: str, variant: int) -> str:
    """The product's main picture: the front view, photographed in the studio."""
    return studio.photo(GLYPHS[glyph_name](_colors(main, accent, variant)), cat_color)


def detail_picture(glyph_name: str, main: str, accent: str, cat_color: str, variant: int) -> str:
    """The product's second picture: a close-up of its upper part."""
    return studio.detail(GLYPHS[glyph_name](_colors(main, accent, variant)), cat_color, variant)
