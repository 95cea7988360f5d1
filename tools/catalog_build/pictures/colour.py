"""Colours for the product drawings: the fixed inks, HLS shifts and a drawing's colour set."""

from __future__ import annotations

import colorsys
import math

INK = "#2d3038"
STEEL = "#b8bec7"
PAPER = "#f6f1e7"
WHITE = "#ffffff"


def _hex_to_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))


def _rgb_to_hex(rgb):
    return "#" + "".join(f"{max(0, min(255, round(v * 255))):02x}" for v in rgb)


def shade(color, dl=0.0, ds=0.0, dh=0.0):
    """Shift a colour's lightness / saturation / hue (HLS space)."""
    h, l, s = colorsys.rgb_to_hls(*_hex_to_rgb(color))
    h = (h + dh) % 1.0
    l = min(0.97, max(0.05, l + dl))
    s = min(1.0, max(0.0, s + ds))
    return _rgb_to_hex(colorsys.hls_to_rgb(h, l, s))


def hls_color(color, l=None, s=None, dh=0.0):
    h, l0, s0 = colorsys.rgb_to_hls(*_hex_to_rgb(color))
    return _rgb_to_hex(
        colorsys.hls_to_rgb((h + dh) % 1.0, l0 if l is None else l, s0 if s is None else s)
    )


class Colors:
    def __init__(self, main, accent, bg, variant):
        self.m = main
        self.d = shade(main, -0.16)
        self.l = shade(main, +0.22, -0.1)
        self.a = accent
        self.bg = bg
        self.k = INK
        self.s = STEEL
        self.w = WHITE
        self.p = PAPER
        self.v = variant  # a small integer for per-product variations


def ring(cx, cy, r, n, inner, outer, color, width):
    """n radial tick marks."""
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x1, y1 = cx + inner * math.sin(a), cy - inner * math.cos(a)
        x2, y2 = cx + outer * math.sin(a), cy - outer * math.cos(a)
        out.append(f"M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}")
    return (
        f'<path d="{"".join(out)}" stroke="{color}" stroke-width="{width}" stroke-linecap="round"/>'
    )
