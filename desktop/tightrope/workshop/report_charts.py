"""The report's charts as inline SVG, laid out by measuring their text.

SVG does not wrap text, and a label wider than the room left for it is cut off at the
chart's edge ("nderstood why the shop showed me…"). So every label is measured with the
advance widths of DejaVu Sans (the font the charts ask for first; Verdana, the usual fallback
on Windows and macOS, is as wide, and Arial and Helvetica are narrower), wrapped at spaces
into lines that fit, and the chart grows to hold them. A character not in the table counts as
a full em, so a label is never measured narrower than it draws.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif"
FONT_SIZE = 13  # px
TITLE_SIZE = 15
CHART_WIDTH = 640  # px: the PDF's text width at 96 dpi (A4 less margins) is 657
LINE_GAP = 1.25  # line height as a share of the font size

# Advance widths of DejaVu Sans (Book and Bold) in thousandths of an em, for U+0020..U+007E.
_ADVANCE = {
    False: [
        318,
        401,
        460,
        838,
        636,
        950,
        780,
        275,
        390,
        390,
        500,
        838,
        318,
        361,
        318,
        337,
        636,
        636,
        636,
        636,
        636,
        636,
        636,
        636,
        636,
        636,
        337,
        337,
        838,
        838,
        838,
        531,
        1000,
        684,
        686,
        698,
        770,
        632,
        575,
        775,
        752,
        295,
        295,
        656,
        557,
        863,
        748,
        787,
        603,
        787,
        695,
        635,
        611,
        732,
        684,
        989,
        685,
        611,
        685,
        390,
        337,
        390,
        838,
        500,
        500,
        613,
        635,
        550,
        635,
        615,
        352,
        635,
        634,
        278,
        278,
        579,
        278,
        974,
        634,
        612,
        635,
        635,
        411,
        521,
        392,
        634,
        592,
        818,
        592,
        592,
        525,
        636,
        337,
        636,
        838,
    ],
    True: [
        348,
        456,
        521,
        838,
        696,
        1002,
        872,
        306,
        457,
        457,
        523,
        838,
        380,
        415,
        380,
        365,
        696,
        696,
        696,
        696,
        696,
        696,
        696,
        696,
        696,
        696,
        400,
        400,
        838,
        838,
        838,
        580,
        1000,
        774,
        762,
        734,
        830,
        683,
        683,
        821,
        837,
        372,
        372,
        775,
        637,
        995,
        837,
        850,
        733,
        850,
        770,
        720,
        682,
        812,
        774,
        1103,
        771,
        724,
        725,
        457,
        365,
        457,
        838,
        500,
        500,
        675,
        716,
        593,
        716,
        678,
        435,
        716,
        712,
        343,
        343,
        665,
        343,
        1042,
        712,
        687,
        716,
        716,
        493,
        595,
        478,
        712,
        652,
        924,
        645,
        652,
        582,
        712,
        365,
        712,
        838,
    ],
}
_OTHER = {
    "\u2026": 1000,
    "\u201c": 657,
    "\u201d": 657,
    "\u2018": 380,
    "\u2019": 380,
    "\u2013": 500,
    "\u2014": 1000,
}  # bold widths: at least the book ones


def text_width(text: str, size: float = FONT_SIZE, bold: bool = False) -> float:
    """How wide ``text`` draws at ``size`` px, in px (an upper bound for unknown characters)."""
    table = _ADVANCE[bold]
    total = 0
    for ch in text:
        code = ord(ch)
        total += table[code - 32] if 32 <= code < 127 else _OTHER.get(ch, 1000)
    return total * size / 1000


def wrap(text: str, width: float, size: float = FONT_SIZE, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; a word wider than the
    whole width is broken inside (with a hyphen), never left to run over."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while text_width(word, size, bold) > width:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut] + "-", size, bold) > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line or not lines:
        lines.append(line)
    return lines


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _text(
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    size: int = FONT_SIZE,
    bold: bool = False,
    fill: str = "#1d2733",
) -> str:
    extra = f' text-anchor="{anchor}"' if anchor != "start" else ""
    extra += f' font-size="{size}"' if size != FONT_SIZE else ""
    extra += ' font-weight="bold"' if bold else ""
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra} fill="{fill}">{_esc(text)}</text>'


@dataclass(frozen=True)
class Chart:
    """One chart: its id in the page, its SVG and its size in px."""

    id: str
    svg: str
    width: int
    height: int


def bar_chart(
    cid: str,
    title: str,
    groups: list[str],
    series: list[tuple[str, str]],
    value: Callable[[int, int], float | None],
    maximum: float,
    label: Callable[[float], str],
    interval: Callable[[int, int], tuple[float, float] | None] | None = None,
    width: int = CHART_WIDTH,
) -> Chart:
    """A horizontal grouped bar chart: one group of bars per row label, one bar per series
    (name, colour). ``value(group, series)`` is a bar's length (None: "no data"),
    ``interval(group, series)`` an optional range drawn as a whisker (e.g. the IQR), and
    ``label`` the text written after the bar."""
    bar_h, gap, group_gap, pad = 18, 4, 14, 8
    line_h = FONT_SIZE * LINE_GAP
    title_lines = wrap(title, width, TITLE_SIZE, bold=True)

    def extent(gi: int, si: int) -> float | None:
        v = value(gi, si)
        if v is None:
            return None
        iv = interval(gi, si) if interval else None
        return max(v, iv[1]) if iv else v

    labels = [
        label(v)
        for gi in range(len(groups))
        for si in range(len(series))
        if (v := value(gi, si)) is not None
    ]
    right = max([text_width(t) for t in labels] + [text_width("no data")]) + pad + 2
    widest_group = max((text_width(g) for g in groups), default=0)
    # whole pixels: a label ending at left - pad, written to 0.1 px, never starts before 0
    left = math.ceil(min(widest_group, width * 0.4)) + pad
    plot_w = width - left - right
    group_lines = [wrap(g, left - pad) for g in groups]

    parts: list[str] = []
    y = 0.0
    for line in title_lines:
        y += TITLE_SIZE * LINE_GAP
        parts.append(_text(0, y - 4, line, size=TITLE_SIZE, bold=True))
    # legend: a swatch and a name per series, on as many lines as they need
    x, y = float(left), y + 8
    for name, colour in series:
        item = 16 + text_width(name) + 24
        if x > left and x + item > width:
            x, y = left, y + line_h + 4
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="12" height="12" fill="{colour}"/>')
        parts.append(_text(x + 16, y + 10, name))
        x += item
    top = y + line_h + 8
    y = top
    for gi, lines in enumerate(group_lines):
        bars_h = len(series) * (bar_h + gap) - gap
        text_h = len(lines) * line_h
        group_h = max(bars_h, text_h)
        ty = y + (group_h - text_h) / 2 + FONT_SIZE
        for line in lines:
            parts.append(_text(left - pad, ty, line, anchor="end"))
            ty += line_h
        by = y + (group_h - bars_h) / 2
        for si, (name, colour) in enumerate(series):
            v = value(gi, si)
            if v is None:
                parts.append(_text(left + 4, by + 13, "no data", fill="#566373"))
                by += bar_h + gap
                continue
            scale = 0 if maximum <= 0 else plot_w / maximum
            w = max(1.0, min(v, maximum) * scale)
            parts.append(
                f'<rect x="{left:.1f}" y="{by:.1f}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{colour}"><title>{_esc(name)}: {_esc(label(v))}</title></rect>'
            )
            iv = interval(gi, si) if interval else None
            if iv is not None:
                lo, hi = (left + min(max(b, 0), maximum) * scale for b in iv)
                mid = by + bar_h / 2
                parts.append(
                    f'<path d="M{lo:.1f} {mid - 5:.1f}v10M{lo:.1f} {mid:.1f}H{hi:.1f}'
                    f'M{hi:.1f} {mid - 5:.1f}v10" stroke="#1d2733" stroke-width="1.5" '
                    'fill="none"/>'
                )
            end = left + min(extent(gi, si) or 0, maximum) * scale
            parts.append(_text(max(left + w, end) + 6, by + 13, label(v)))
            by += bar_h + gap
        y += group_h + group_gap
    bottom = y - group_gap
    parts.append(
        f'<line x1="{left:.1f}" y1="{top - 4:.1f}" x2="{left:.1f}" y2="{bottom + 4:.1f}" '
        'stroke="#c4cbd3"/>'
    )
    height = int(bottom + 12)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(title)}" '
        f'font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}">'
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>' + "".join(parts) + "</svg>"
    )
    return Chart(cid, svg, width, height)
