"""Product pictures, drawn from code: deterministic, licence-free, nothing downloaded.

Every picture is an SVG Tiny 1.2 file built from basic elements (rect, circle, ellipse, path,
polygon, line, g) so Qt's QSvgRenderer draws it faithfully. A *glyph* draws the product itself
(``glyphs_*.py``); :func:`picture` puts it in its frame.
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    glyphs_garden_pets_food,
    glyphs_kitchen_home,
    glyphs_outdoor_wear,
    glyphs_tech_toys_beauty,
)
from .colour import INK, WHITE, Colors, hls_color

Glyph = Callable[[Colors], str]


def _collect() -> dict[str, Glyph]:
    found: dict[str, Glyph] = {}
    for module in (glyphs_outdoor_wear, glyphs_kitchen_home, glyphs_tech_toys_beauty,
                   glyphs_garden_pets_food):
        for name, fn in vars(module).items():
            if name.startswith("g_") and callable(fn):
                if name[2:] in found:
                    raise ValueError(f"glyph {name[2:]!r} is drawn twice")
                found[name[2:]] = fn
    return found


GLYPHS: dict[str, Glyph] = _collect()


def picture(glyph_name: str, main: str, accent: str, cat_color: str, variant: int) -> str:
    """One complete product picture: tinted tile, soft spot, shadow, glyph, brand band."""
    dh = ((variant % 7) - 3) * 0.012
    bg = hls_color(cat_color, l=0.885 + (variant % 5) * 0.012, s=0.42, dh=dh)
    bg2 = hls_color(cat_color, l=0.80 + (variant % 3) * 0.02, s=0.40, dh=dh)
    c = Colors(main, accent, bg, variant)
    deco = [
        f'<circle cx="206" cy="40" r="26" fill="{bg2}"/>',
        f'<circle cx="34" cy="206" r="30" fill="{bg2}"/>',
        f'<circle cx="210" cy="204" r="22" fill="{bg2}"/>',
        f'<circle cx="32" cy="44" r="18" fill="{bg2}"/>',
    ][(variant // 7) % 4]
    return ('<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            'width="240" height="240" viewBox="0 0 240 240">'
            f'<rect width="240" height="240" rx="36" fill="{bg}"/>' + deco +
            f'<circle cx="120" cy="120" r="92" fill="{WHITE}" fill-opacity=".4"/>'
            f'<ellipse cx="120" cy="200" rx="74" ry="8" fill="{INK}" fill-opacity=".09"/>'
            + GLYPHS[glyph_name](c) +
            f'<rect x="18" y="218" width="46" height="8" rx="4" fill="{accent}"/>'
            '</svg>\n')
