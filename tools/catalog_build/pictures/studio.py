"""The product-photo look: a studio backdrop, one light from the upper left, material shading
and a soft contact shadow, for any glyph.

A glyph draws flat shapes. :func:`shade` gives each sizeable shape a gradient made from its own
colour, all lit from the same side: round shapes a spherical highlight, upright boxes (bottles,
jars, cans, tins) a cylinder's highlight band, everything else a soft diagonal falloff.
:func:`photo` stands the shaded product on the studio floor (its real bounding box, so the
shadow meets its base) for the *front* view; :func:`detail` is the close-up view of the same
product. Only gradients with plain stops are used: QSvgRenderer (SVG Tiny 1.2) draws those
exactly, and they keep a picture at a few kilobytes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .colour import hls_color
from .colour import shade as shift
from .geometry import ATTR, ELEMENT, Box, bounds, drawing_box, local_points

SIZE = 240
FLOOR = 204  # where products stand, in the 240 x 240 canvas
ROOM = (188.0, 166.0)  # the largest product, width x height, before it looks cramped
MIN_SHADED = 12.0  # shapes smaller than this (both ways) stay flat: details, stitches, dots

# Gradients, lit from the upper left. Each stop: (offset, lightness shift).
BALL = ((0, 0.22), (0.55, 0.0), (1, -0.13))
CYLINDER = ((0, -0.08), (0.26, 0.15), (0.55, 0.0), (1, -0.17))
FALLOFF = ((0, 0.09), (1, -0.10))


@dataclass(frozen=True)
class Shaded:
    defs: str  # the gradients the shaded body refers to
    body: str  # the glyph with gradient fills
    box: Box  # where the product is on the canvas


def _stops(colour: str, stops: tuple[tuple[float, float], ...]) -> str:
    return "".join(f'<stop offset="{o:g}" stop-color="{shift(colour, dl)}"/>' for o, dl in stops)


def _gradient(gid: str, kind: str, colour: str) -> str:
    if kind == "ball":
        return (
            f'<radialGradient id="{gid}" fx=".34" fy=".3">{_stops(colour, BALL)}</radialGradient>'
        )
    if kind == "cyl":
        return f'<linearGradient id="{gid}">{_stops(colour, CYLINDER)}</linearGradient>'
    return f'<linearGradient id="{gid}" x2=".75" y2="1">{_stops(colour, FALLOFF)}</linearGradient>'


def _kind(tag: str, attrs: dict[str, str], box: Box, columns: set[tuple[str, str]]) -> str:
    if tag in ("circle", "ellipse"):
        return "ball"
    if tag == "rect":
        column = (attrs.get("x", "0"), attrs.get("width", "0"))
        if column in columns or (box.width <= 130 and box.height >= 0.75 * box.width):
            columns.add(column)
            return "cyl"
    return "flat"


def shade(glyph: str, prefix: str = "s") -> Shaded:
    """Give the glyph's shapes gradient fills; gradients are shared by colour and kind."""
    gradients: dict[tuple[str, str], str] = {}
    columns: set[tuple[str, str]] = set()
    out: list[str] = []
    pos = 0
    for match in ELEMENT.finditer(glyph):
        out.append(glyph[pos : match.start()])
        pos = match.end()
        text = match.group(0)
        close, tag, attr_text, _self_close = match.groups()
        attrs = dict(ATTR.findall(attr_text))
        fill = attrs.get("fill", "")
        faint = float(attrs.get("fill-opacity", "1")) < 0.6
        box = bounds(local_points(tag, attrs))
        if (
            not close
            and box is not None
            and len(fill) == 7
            and fill.startswith("#")
            and not faint
            and max(box.width, box.height) >= MIN_SHADED
            and min(box.width, box.height) >= MIN_SHADED / 2
        ):
            key = (_kind(tag, attrs, box, columns), fill.lower())
            gid = gradients.setdefault(key, f"{prefix}{len(gradients)}")
            text = text.replace(f'fill="{fill}"', f'fill="url(#{gid})"', 1)
        out.append(text)
    out.append(glyph[pos:])
    defs = "".join(_gradient(gid, kind, colour) for (kind, colour), gid in gradients.items())
    return Shaded(defs, "".join(out), drawing_box(glyph))


def _placement(box: Box) -> tuple[float, float, float]:
    """Scale and offset that centre the product and stand it on the floor."""
    scale = min(1.3, ROOM[0] / max(box.width, 1), ROOM[1] / max(box.height, 1))
    scale = max(0.8, round(scale, 3))
    return scale, SIZE / 2 - box.cx * scale, FLOOR - box.y1 * scale


def _backdrop(cat_color: str, key: str) -> tuple[str, str]:
    """A studio sweep tinted with the department's colour: light above, a pool of light
    behind the product (from the upper left), a floor that darkens towards the front."""
    top = hls_color(cat_color, l=0.972, s=0.22)
    mid = hls_color(cat_color, l=0.935, s=0.16)
    low = hls_color(cat_color, l=0.885, s=0.12)
    defs = (
        f'<linearGradient id="{key}b" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{top}"/><stop offset=".8" stop-color="{mid}"/>'
        f'<stop offset="1" stop-color="{low}"/></linearGradient>'
        f'<radialGradient id="{key}l" cx=".42" cy=".4" r=".55">'
        '<stop offset="0" stop-color="#fff" stop-opacity=".85"/>'
        '<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>'
        f'<radialGradient id="{key}s"><stop offset="0" stop-color="#1e2026" stop-opacity=".42"/>'
        '<stop offset=".55" stop-color="#1e2026" stop-opacity=".16"/>'
        '<stop offset="1" stop-color="#1e2026" stop-opacity="0"/></radialGradient>'
    )
    body = (
        f'<rect width="{SIZE}" height="{SIZE}" fill="url(#{key}b)"/>'
        f'<rect width="{SIZE}" height="{SIZE}" fill="url(#{key}l)"/>'
    )
    return defs, body


def _svg(defs: str, body: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">'
        f"<defs>{defs}</defs>{body}</svg>\n"
    )


def _n(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def photo(glyph: str, cat_color: str) -> str:
    """The front view: the product on the studio floor with its contact shadow."""
    shaded = shade(glyph)
    scale, dx, dy = _placement(shaded.box)
    bg_defs, bg = _backdrop(cat_color, "k")
    width = shaded.box.width * scale
    cx = SIZE / 2
    # a tight, dark contact shadow under the base and a wider, fainter one falling to the
    # right, away from the light
    shadow = (
        f'<ellipse cx="{_n(cx + width * 0.1)}" cy="{_n(FLOOR)}" rx="{_n(width * 0.62)}" '
        f'ry="{_n(max(6, width * 0.07))}" fill="url(#ks)" fill-opacity=".6"/>'
        f'<ellipse cx="{_n(cx)}" cy="{_n(FLOOR)}" rx="{_n(width * 0.5)}" '
        f'ry="{_n(max(3.5, width * 0.035))}" fill="url(#ks)"/>'
    )
    product = f'<g transform="translate({_n(dx)} {_n(dy)}) scale({scale:g})">{shaded.body}</g>'
    return _svg(bg_defs + shaded.defs, bg + shadow + product)


def detail(glyph: str, cat_color: str, variant: int) -> str:
    """The close-up view: the product's upper part (caps, labels, handles) at about twice its
    size in the front view, against the same backdrop, framed a little differently per
    product."""
    shaded = shade(glyph)
    box = shaded.box
    zoom = round(min(2.6, _placement(box)[0] * 1.9), 2)  # 1.9 x the front view's size
    focus_x = box.cx + ((variant % 5) - 2) * box.width * 0.06
    focus_y = box.y0 + box.height * (0.34 + (variant % 3) * 0.04)
    dx, dy = SIZE / 2 - focus_x * zoom, SIZE / 2 - focus_y * zoom
    bg_defs, bg = _backdrop(cat_color, "k")
    product = f'<g transform="translate({_n(dx)} {_n(dy)}) scale({zoom:g})">{shaded.body}</g>'
    return _svg(bg_defs + shaded.defs, bg + product)
