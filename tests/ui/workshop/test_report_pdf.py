"""The report as PDF (tightrope.ui.workshop.pdf): text printed at a readable size, and chart
labels that fit their chart when measured by Qt's own fonts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from tests.helpers import long_labels, three_sessions
from tightrope.ui.workshop.pdf import write_pdf
from tightrope.workshop import report, report_charts, report_html

pytestmark = pytest.mark.gui

SVG = "{http://www.w3.org/2000/svg}"


def font_sizes_in_points(pdf: bytes) -> list[float]:
    """Every text size the PDF sets, in points: each page's content stream starts by
    scaling the writer's units to points (``s 0 0 -s x y cm``); ``/F n size Tf`` follow."""
    sizes = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            text = zlib.decompress(raw).decode("latin-1")
        except zlib.error:
            continue  # an image
        if " Tf" not in text:
            continue
        scale = float(re.search(r"([\d.]+) 0 0 -[\d.]+ [\d.-]+ [\d.-]+ cm", text).group(1))
        sizes += [float(s) * scale for s in re.findall(r"/F\d+ ([\d.]+) Tf", text)]
    return sizes


def test_pdf_tables_print_at_a_readable_size(qapp, tmp_path):
    """The tables printed about 0.7 pt high: 12px laid out at the writer's 1200 dpi."""
    out = write_pdf(report.build_report(three_sessions(tmp_path)), tmp_path / "r.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    sizes = font_sizes_in_points(data)
    assert len(sizes) > 50
    assert min(sizes) >= 8  # the page numbers; table cells are 9 pt
    assert 9 in sizes and max(sizes) <= 24
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_chart_labels_fit_when_qt_measures_them(qapp, tmp_path):
    """report_charts measures with a table of DejaVu Sans widths; here Qt measures the same
    texts in the font it would draw them with, and each must lie inside its chart."""
    families = [f.strip() for f in report_charts.FONT_FAMILY.split(",")]
    html = report_html.render_html(report.build_report(long_labels(tmp_path)))
    checked = 0
    for svg in re.findall(r"<svg .*?</svg>", html, re.S):
        root = ET.fromstring(svg)
        width = float(root.get("width"))
        for t in root.iter(f"{SVG}text"):
            font = QFont()
            font.setFamilies(families)
            font.setPixelSize(int(t.get("font-size", report_charts.FONT_SIZE)))
            font.setBold(t.get("font-weight") == "bold")
            w = QFontMetricsF(font).horizontalAdvance(t.text or "")
            x = float(t.get("x"))
            x0 = x - w if t.get("text-anchor") == "end" else x
            assert x0 >= 0 and x0 + w <= width + 0.5, (t.text, x0, x0 + w, width)
            checked += 1
    assert checked > 60
