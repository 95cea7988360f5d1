"""The picture builder knows where each drawn product is: its bounding box (which stands the
product on the studio floor and puts the contact shadow under its base) agrees with what
Qt actually draws, for every glyph."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from tests.helpers import load_builder

pytestmark = pytest.mark.gui

# In the 240 px canvas. The base must be exact enough for the shadow to touch it; the sides
# may be wider than the ink (curve control points, dashed strokes), which only centres a
# product a little differently.
BASE_PX, TOP_PX, SIDE_PX = 7, 8, 20


def _drawn_box(fragment: str) -> tuple[float, float, float, float]:
    """The box around the pixels Qt paints for an SVG fragment (canvas coordinates)."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" '
        f'viewBox="-120 -120 480 480">{fragment}</svg>'
    )
    image = QImage(480, 480, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, 480, 480))
    painter.end()
    alpha = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(480, 480, 4)[:, :, 3]
    ys, xs = np.nonzero(alpha > 100)
    return xs.min() - 120, ys.min() - 120, xs.max() - 119, ys.max() - 119


def test_every_glyphs_box_is_where_qt_draws_it():
    load_builder()
    from catalog_build import pictures
    from catalog_build.pictures.geometry import drawing_box

    off = []
    for name, glyph in pictures.GLYPHS.items():
        fragment = glyph(pictures.Colors("#3366aa", "#dd5522", "#ffffff", 7))
        x0, y0, x1, y1 = _drawn_box(fragment)
        box = drawing_box(fragment)
        if (
            abs(box.y1 - y1) > BASE_PX
            or abs(box.y0 - y0) > TOP_PX
            or max(abs(box.x0 - x0), abs(box.x1 - x1)) > SIDE_PX
        ):
            off.append(f"{name}: ours {box}, Qt's ({x0}, {y0}, {x1}, {y1})")
    assert len(pictures.GLYPHS) >= 160
    assert not off, "\n".join(off)


def test_a_rotated_group_and_an_arc_are_measured():
    load_builder()
    from catalog_build.pictures.geometry import drawing_box

    # a half circle above y=100 (arc bulging up) and a square turned 45 degrees
    arc = '<path d="M60 100a40 40 0 0 1 80 0Z" fill="#000"/>'
    turned = '<g transform="rotate(45 100 100)"><rect x="80" y="80" width="40" height="40" fill="#000"/></g>'
    for fragment in (arc, turned):
        box = drawing_box(fragment)
        x0, y0, x1, y1 = _drawn_box(fragment)
        assert abs(box.x0 - x0) <= 1.5 and abs(box.y0 - y0) <= 1.5, (fragment, box)
        assert abs(box.x1 - x1) <= 1.5 and abs(box.y1 - y1) <= 1.5, (fragment, box)
