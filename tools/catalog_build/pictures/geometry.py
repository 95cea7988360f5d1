"""The bounding box of a drawing's SVG elements, so a picture can stand its product on the
studio floor and cast its shadow where the product really is.

Covers what the glyphs use: rect, circle, ellipse, line, polygon, polyline and path (every
command, arcs sampled), inside ``<g>`` groups, with rotate/translate/scale transforms.
Control points count as extent, which errs a little on the large side for curves.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise

ELEMENT = re.compile(r"<(/?)([a-zA-Z]+)((?:\s+[\w:-]+=\"[^\"]*\")*)\s*(/?)>")
ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
NUMBER = re.compile(r"-?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
PATH_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|-?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
TRANSFORM = re.compile(r"(rotate|translate|scale)\(([^)]*)\)")

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in SVG
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SHAPES = {"rect", "circle", "ellipse", "line", "polygon", "polyline", "path"}


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


def _mul(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def parse_transform(text: str) -> Matrix:
    m = IDENTITY
    for kind, args in TRANSFORM.findall(text):
        v = [float(x) for x in NUMBER.findall(args)]
        if kind == "translate":
            step: Matrix = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0.0)
        elif kind == "scale":
            step = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        else:
            a = math.radians(v[0])
            cx, cy = (v[1], v[2]) if len(v) >= 3 else (0.0, 0.0)
            cos, sin = math.cos(a), math.sin(a)
            step = (cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy)
        m = _mul(m, step)
    return m


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _arc_points(
    x1: float,
    y1: float,
    rx: float,
    ry: float,
    phi_deg: float,
    large: bool,
    sweep: bool,
    x2: float,
    y2: float,
) -> list[tuple[float, float]]:
    """Points along an SVG arc (endpoint parameterisation -> centre, then sampled)."""
    if rx == 0 or ry == 0:
        return [(x2, y2)]
    phi = math.radians(phi_deg)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos * dx + sin * dy, -sin * dx + cos * dy
    rx, ry = abs(rx), abs(ry)
    lam = (xp / rx) ** 2 + (yp / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
    den = rx * rx * yp * yp + ry * ry * xp * xp
    k = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        k = -k
    cxp, cyp = k * rx * yp / ry, -k * ry * xp / rx
    cx = cos * cxp - sin * cyp + (x1 + x2) / 2
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2

    def angle(ux: float, uy: float) -> float:
        return math.atan2(uy, ux)

    t1 = angle((xp - cxp) / rx, (yp - cyp) / ry)
    t2 = angle((-xp - cxp) / rx, (-yp - cyp) / ry)
    dt = t2 - t1
    if sweep and dt < 0:
        dt += 2 * math.pi
    elif not sweep and dt > 0:
        dt -= 2 * math.pi
    out = []
    for i in range(1, 17):
        t = t1 + dt * i / 16
        x, y = rx * math.cos(t), ry * math.sin(t)
        out.append((cos * x - sin * y + cx, sin * x + cos * y + cy))
    return out


def _curve(ctrl: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points along a Bezier curve of any degree (de Casteljau), ends included."""
    out = []
    for k in range(1, 13):
        t = k / 12
        p = ctrl
        while len(p) > 1:
            p = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in pairwise(p)]
        out.append(p[0])
    return out


def path_points(d: str) -> list[tuple[float, float]]:
    """End and control points of a path (absolute), arcs sampled."""
    tokens = PATH_TOKEN.findall(d)
    pts: list[tuple[float, float]] = []
    x = y = sx = sy = 0.0
    last = (0.0, 0.0)  # the previous curve's last control point, for S and T
    cmd = last_cmd = ""
    i = 0

    def nums(n: int) -> list[float]:
        nonlocal i
        vals = [float(t) for t in tokens[i : i + n]]
        i += n
        return vals

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                x, y = sx, sy
                continue
        rel = cmd.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        c = cmd.upper()
        if c in "ML":
            px, py = nums(2)
            x, y = ox + px, oy + py
            if c == "M":
                sx, sy = x, y
                cmd = "l" if rel else "L"
            pts.append((x, y))
        elif c == "H":
            x = ox + nums(1)[0]
            pts.append((x, y))
        elif c == "V":
            y = oy + nums(1)[0]
            pts.append((x, y))
        elif c in "CSQT":
            v = nums({"C": 6, "S": 4, "Q": 4, "T": 2}[c])
            given = [(ox + v[j], oy + v[j + 1]) for j in range(0, len(v), 2)]
            mirrored = (
                (2 * x - last[0], 2 * y - last[1])
                if last_cmd in ("CS" if c == "S" else "QT")
                else (x, y)
            )
            ctrl = given[:-1] if c in "CQ" else [mirrored, *given[:-1]] if c == "S" else [mirrored]
            pts.extend(_curve([(x, y), *ctrl, given[-1]]))
            last = ctrl[-1]
            x, y = given[-1]
        elif c == "A":
            rx, ry, rot, large, sweep, px, py = nums(7)
            nx, ny = ox + px, oy + py
            pts.extend(_arc_points(x, y, rx, ry, rot, bool(large), bool(sweep), nx, ny))
            x, y = nx, ny
        else:  # an unknown token: skip it rather than loop forever
            i += 1
        last_cmd = c
    return pts


def _f(attrs: dict[str, str], key: str, default: float = 0.0) -> float:
    try:
        return float(attrs.get(key, default))
    except ValueError:
        return default


def local_points(tag: str, attrs: dict[str, str]) -> list[tuple[float, float]]:
    """The extent of one shape in its own coordinates (stroke not included)."""
    if tag == "rect":
        x, y, w, h = _f(attrs, "x"), _f(attrs, "y"), _f(attrs, "width"), _f(attrs, "height")
        return [(x, y), (x + w, y + h), (x + w, y), (x, y + h)]
    if tag in ("circle", "ellipse"):
        cx, cy = _f(attrs, "cx"), _f(attrs, "cy")
        rx = _f(attrs, "r") if tag == "circle" else _f(attrs, "rx")
        ry = _f(attrs, "r") if tag == "circle" else _f(attrs, "ry")
        return [
            (cx + rx * math.cos(t), cy + ry * math.sin(t))
            for t in (k * math.pi / 8 for k in range(16))
        ]
    if tag == "line":
        return [(_f(attrs, "x1"), _f(attrs, "y1")), (_f(attrs, "x2"), _f(attrs, "y2"))]
    if tag in ("polygon", "polyline"):
        v = [float(n) for n in NUMBER.findall(attrs.get("points", ""))]
        return list(zip(v[0::2], v[1::2], strict=False))
    if tag == "path":
        return path_points(attrs.get("d", ""))
    return []


def bounds(points: list[tuple[float, float]], pad: float = 0.0) -> Box | None:
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def drawing_box(svg: str, min_opacity: float = 0.5) -> Box:
    """The box around every visible shape of an SVG fragment, in canvas coordinates; shapes
    fainter than ``min_opacity`` (glows, light beams) do not count."""
    stack = [IDENTITY]
    pts: list[tuple[float, float]] = []
    for close, tag, attr_text, self_close in ELEMENT.findall(svg):
        attrs = dict(ATTR.findall(attr_text))
        if tag == "g":
            if close:
                stack.pop()
            elif not self_close:
                stack.append(_mul(stack[-1], parse_transform(attrs.get("transform", ""))))
            continue
        if tag not in SHAPES:
            continue
        opacity = min(_f(attrs, "fill-opacity", 1.0), _f(attrs, "opacity", 1.0))
        if opacity < min_opacity and attrs.get("stroke") in (None, "none"):
            continue
        m = _mul(stack[-1], parse_transform(attrs.get("transform", "")))
        pad = _f(attrs, "stroke-width") / 2 if attrs.get("stroke", "none") != "none" else 0.0
        for x, y in local_points(tag, attrs):
            for ddx, ddy in ((-pad, -pad), (pad, pad)):
                pts.append(_apply(m, x + ddx, y + ddy))
    box = bounds(pts)
    return box or Box(40, 40, 200, 200)
