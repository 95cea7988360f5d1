"""WCAG 2.2 contrast of every colour pair the stylesheets and palettes make, in both the
default and the high-contrast theme.

The stylesheets (assets/style/tightrope.qss, presenter mode's extra rules and the why
panel's own sheet) are parsed into rules; ``$name`` colours are resolved from the theme's
palette. For each rule:

* text: its ``color`` against its own ``background`` or, where it sets none, against every
  surface it can sit on (page, surface, and the hero/highlight tint) -- 4.5:1, or 3:1 for
  large text (18 pt, or 14 pt bold);
* focus rings and the borders of inputs (a field is found by its border): 3:1 against
  the background around them;
* selection colours (``selection-color`` on ``selection-background-color``) as text.

Disabled controls (``:disabled``) are exempt (WCAG 1.4.3), as are transparent colours and
purely decorative rules (dividers, scroll bar tracks). The painted why-panel bars must be
distinguishable without colour: every source has its own pattern and its own text badge.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from string import Template

import pytest

from tightrope import paths
from tightrope.ui import theme
from tightrope.ui.why import painting as why_painting
from tightrope.ui.why import panel_parts as why_parts
from tightrope.ui.workshop import presenter

THEMES = {"default": theme.PALETTE, "high-contrast": theme.HIGH_CONTRAST}
TEXT, LARGE, NON_TEXT = 4.5, 3.0, 3.0
# Where text without a background of its own can sit.
SURFACES = ("page", "surface", "accent_soft")
INPUTS = ("QLineEdit", "QComboBox", "QSpinBox", "QAbstractSpinBox", "QTextEdit")
_NAMED = {"white": "#ffffff", "black": "#000000"}


# --- WCAG relative luminance -----------------------------------------------------------
def _channel(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


# --- a small QSS parser ---------------------------------------------------------------
@dataclass
class Rule:
    source: str
    selectors: list[str]
    props: dict[str, str]


_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def parse(css: str, source: str) -> list[Rule]:
    rules = []
    for sel, body in _RULE.findall(_COMMENT.sub("", css)):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip().lower()] = v.strip()
        rules.append(Rule(source, [s.strip() for s in sel.split(",") if s.strip()], props))
    return rules


def _hex(value: str) -> str | None:
    """The colour in a property value (#rgb/#rrggbb or a name); None if transparent."""
    m = re.search(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", value)
    if m:
        h = m.group(0)
        return h if len(h) == 7 else "#" + "".join(c * 2 for c in h[1:])
    for word in value.split():
        if word.lower() in _NAMED:
            return _NAMED[word.lower()]
    return None


def _border_colour(props: dict[str, str]) -> str | None:
    for key in ("border-color", "border", "border-bottom-color", "border-bottom"):
        if key in props and "transparent" not in props[key] and "none" not in props[key]:
            found = _hex(props[key])
            if found:
                return found
    return None


def _points(props: dict[str, str], palette: dict[str, str]) -> float:
    m = re.search(r"([\d.]+)pt", props.get("font-size", ""))
    return float(m.group(1)) if m else theme.BASE_POINT_SIZE


def _large(props: dict[str, str], palette: dict[str, str]) -> bool:
    size = _points(props, palette)
    bold = "bold" in props.get("font-weight", "") or props.get("font-weight", "") in ("600", "700")
    return size >= 18 or (bold and size >= 14)


def stylesheets(palette: dict[str, str]) -> list[Rule]:
    values = theme.stylesheet_values(palette)
    main = (
        paths.asset(theme.STYLESHEET).read_text(encoding="utf-8")
        + presenter.EXTRA
        + presenter.COMFORT
    )
    return [
        *parse(Template(main).substitute(values), "tightrope.qss + presenter"),
        *parse(why_parts.STYLE.substitute(palette), "why panel"),
    ]


@dataclass(frozen=True)
class Pair:
    theme: str
    where: str
    kind: str  # text, large text, focus ring, input border, selection
    fg: str
    bg: str
    need: float

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)


def pairs(name: str, palette: dict[str, str]) -> list[Pair]:
    out: list[Pair] = []
    backgrounds_of: dict[str, str] = {}
    rules = stylesheets(palette)
    for rule in rules:  # what background each selector sets (for its states to inherit)
        bg = _hex(rule.props.get("background", rule.props.get("background-color", "")))
        if bg:
            for sel in rule.selectors:
                if ":disabled" in sel:  # an off control's fill is not its live states' fill
                    continue
                backgrounds_of[re.sub(r"::?[\w-]+(\([^)]*\))?", "", sel)] = bg
    for rule in rules:
        for sel in rule.selectors:
            if ":disabled" in sel:
                continue
            base = re.sub(r"::?[\w-]+(\([^)]*\))?", "", sel)
            own_bg = _hex(rule.props.get("background", rule.props.get("background-color", "")))
            bg = own_bg or backgrounds_of.get(base)
            grounds = [bg] if bg else [palette[s] for s in SURFACES]
            where = f"{rule.source}: {sel}"
            fg = _hex(rule.props.get("color", ""))
            if fg:
                large = _large(rule.props, palette)
                for ground in grounds:
                    out.append(
                        Pair(
                            name,
                            where,
                            "large text" if large else "text",
                            fg,
                            ground,
                            LARGE if large else TEXT,
                        )
                    )
            sel_fg = _hex(rule.props.get("selection-color", ""))
            sel_bg = _hex(rule.props.get("selection-background-color", ""))
            if sel_fg and sel_bg:
                out.append(Pair(name, where, "selection", sel_fg, sel_bg, TEXT))
            border = _border_colour(rule.props)
            is_focus = ":focus" in sel
            # a field's own edge (not its popup list, which a descendant selector styles)
            is_input = any(sel.startswith(t) for t in INPUTS) and " " not in sel
            if border and (is_focus or is_input):
                # a ring on a filled control is drawn inside, against its fill; otherwise
                # a ring or a field's edge sits on the surface around the control
                rings_on = [bg] if bg and is_focus else [palette["page"], palette["surface"]]
                for ground in set(rings_on):
                    out.append(
                        Pair(
                            name,
                            where,
                            "focus ring" if is_focus else "input border",
                            border,
                            ground,
                            NON_TEXT,
                        )
                    )
    # palette colours that code paints with (rows, stars, tables)
    painted = [
        ("why row text", "text", "surface", TEXT),
        ("why row facts", "muted", "surface", TEXT),
        ("why row badge", "muted", "page", TEXT),
        ("why bar track edge", "control_border", "surface", NON_TEXT),
        ("rating stars", "star", "surface", NON_TEXT),
        ("table muted cells", "muted", "surface", TEXT),
    ]
    for where, fg, bg, need in painted:
        out.append(Pair(name, f"painted: {where}", "painted", palette[fg], palette[bg], need))
    for source, (fill, ink, _pattern, _dashed) in why_painting.BAR_STYLES.items():
        out.append(
            Pair(
                name,
                f"painted: why bar '{source}' pattern",
                "painted",
                palette[ink],
                palette[fill] if fill != "surface" else palette["surface"],
                NON_TEXT if fill != ink else 1.0,
            )
        )
    return out


@pytest.mark.parametrize("name", list(THEMES))
def test_every_colour_pair_meets_wcag_aa(name, artifacts):
    found = pairs(name, THEMES[name])
    assert len(found) > 100
    failing = sorted(
        {
            f"{p.kind} {p.fg} on {p.bg} = {p.ratio:.2f}:1 (needs {p.need}) -- {p.where}"
            for p in found
            if p.ratio < p.need
        }
    )
    path = artifacts / "contrast.json"
    figures = json.loads(path.read_text()) if path.exists() else {}
    worst = min((p for p in found if p.need > 1), key=lambda p: p.ratio / p.need)
    figures[name] = {
        "pairs": len(found),
        "distinct_pairs": len({(p.fg, p.bg, p.need) for p in found}),
        "min_text_ratio": round(min(p.ratio for p in found if p.need == TEXT), 2),
        "min_non_text_ratio": round(min(p.ratio for p in found if p.need == NON_TEXT), 2),
        "tightest": f"{worst.fg} on {worst.bg} {worst.ratio:.2f}:1 ({worst.where})",
    }
    path.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
    assert not failing, "\n".join(failing)


def test_why_bars_are_distinguishable_without_colour():
    """Each source's bar has its own fill pattern (or outline), and every row names its
    source in a text badge beside the bar, so colour is never the only cue."""
    looks = {(pattern, dashed) for _bg, _ink, pattern, dashed in why_painting.BAR_STYLES.values()}
    assert len(looks) == len(why_painting.BAR_STYLES)
    from tightrope.ui.why.content import Row

    assert "badge" in Row.__dataclass_fields__
