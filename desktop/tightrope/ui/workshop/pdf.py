"""The report as PDF, with Qt's own QTextDocument and QPdfWriter (no extra dependency).

QTextDocument does not draw inline SVG, so each chart is rendered to an image with
QSvgRenderer and handed to the document as a resource named after the chart.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QUrl
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from tightrope import files
from tightrope.i18n import translator
from tightrope.report import Report, render_html

tr = translator("ReportPdf")

CHART_SCALE = 2  # render charts at twice their size for a crisp print


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def svg_image(svg: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * CHART_SCALE
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def document(report: Report) -> QTextDocument:
    doc = QTextDocument()
    images: dict[str, QImage] = {}

    def chart_src(cid: str, svg: str) -> str:
        images[cid] = svg_image(svg)
        return cid

    text = render_html(report, chart_src=chart_src)
    for cid, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(cid), image)
    doc.setHtml(text.replace('<img src="chart-', '<img width="620" src="chart-'))
    return doc


def write_pdf(report: Report, out: Path) -> Path:
    """The report as a PDF file, private (0600), whole or not at all (tightrope.files)."""
    _ensure_app()
    doc = document(report)

    def write(temp: Path) -> bool:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setTitle(tr("Tightrope user study report"))
        writer.setCreator("Tightrope")
        doc.print_(writer)
        del writer  # closes the file
        return temp.stat().st_size > 0

    return files.write_with(out, write)
