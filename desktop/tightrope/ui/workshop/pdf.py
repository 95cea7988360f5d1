"""The report as PDF, with Qt's own QTextDocument and QPdfWriter (no extra dependency).

QTextDocument does not draw inline SVG, so each chart is rendered to an image with
QSvgRenderer and handed to the document as a resource named after the chart.

The page is laid out in CSS pixels, 1/96 inch, as a browser lays out the HTML: the document
gets the A4 text area in those pixels as its page size and the writer works at 96 dpi. (Left
to QTextDocument.print_ at the writer's own 1200 dpi, the report's ``font-size: 12px`` became
12 dots of 1/1200 inch, and the tables printed about 0.7 pt high.)
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from tightrope.i18n import translator
from tightrope.storage import files
from tightrope.workshop.report import Report
from tightrope.workshop.report_charts import Chart
from tightrope.workshop.report_html import render_html

tr = translator("ReportPdf")

CHART_SCALE = 3  # render charts at three times their size for a crisp print
CSS_DPI = 96  # a CSS px is 1/96 inch
MARGIN_MM = 16
FOOTER_PX = 28  # room at the bottom of each page for its number


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def svg_image(svg: str, scale: int = CHART_SCALE) -> QImage:
    """The SVG drawn on white at ``scale`` times its size; the image says so through its
    device pixel ratio, so a document shows it at the SVG's own size."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def document(report: Report) -> QTextDocument:
    """The report's HTML as a QTextDocument, charts as image resources."""
    doc = QTextDocument()
    images: dict[str, QImage] = {}

    def chart_src(chart: Chart) -> str:
        images[chart.id] = svg_image(chart.svg)
        return chart.id

    text = render_html(report, chart_src=chart_src)
    for cid, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(cid), image)
    doc.setHtml(text)
    return doc


def paginate(doc: QTextDocument, writer: QPdfWriter) -> QSizeF:
    """Lay ``doc`` out in pages of the writer's text area (in CSS px, the writer at 96 dpi),
    less a footer; the page size is returned."""
    writer.setResolution(CSS_DPI)
    area = writer.pageLayout().paintRectPixels(CSS_DPI)
    page = QSizeF(area.width(), area.height() - FOOTER_PX)
    doc.documentLayout().setPaintDevice(writer)  # its metrics, not the screen's
    doc.setDocumentMargin(0)
    doc.setPageSize(page)
    return page


def write_pdf(report: Report, out: Path) -> Path:
    """The report as a PDF file, private (0600), whole or not at all (tightrope.storage.files)."""
    _ensure_app()
    return write_document_pdf(document(report), out, tr("Tightrope user study report"))


def write_document_pdf(doc: QTextDocument, out: Path, title: str) -> Path:
    """``doc`` on A4 pages at CSS pixels with a page number in each footer (the study report,
    the trainer checklist): a private file (0600), written whole or not at all."""

    def write(temp: Path) -> bool:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("Tightrope")
        page = paginate(doc, writer)
        pages = doc.pageCount()
        footer = QFont(doc.defaultFont())
        footer.setPixelSize(11)
        painter = QPainter(writer)
        if not painter.isActive():
            return False
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            # a point, not (x, y): the translation check reads translate(a, b) as Qt's
            painter.translate(QPointF(0, -i * page.height()))
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            painter.setFont(footer)
            painter.setPen(QColor("#566373"))
            painter.drawText(
                QRectF(0, page.height(), page.width(), FOOTER_PX),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                tr("Page {page} of {pages}").format(page=i + 1, pages=pages),
            )
        painter.end()
        del writer  # closes the file
        return temp.stat().st_size > 0

    return files.write_with(out, write)
