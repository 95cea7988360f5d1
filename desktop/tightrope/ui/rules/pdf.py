"""The trainer checklist as PDF, laid out like the study report (tightrope.ui.workshop.pdf):
Qt's QTextDocument on an A4 QPdfWriter at CSS pixels, a page number in each footer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from tightrope.i18n import translator
from tightrope.privacy import checklist
from tightrope.storage import files
from tightrope.ui.workshop.pdf import FOOTER_PX, MARGIN_MM, _ensure_app, paginate

tr = translator("RulesChecklist")


def write_checklist_pdf(out: Path) -> Path:
    """The checklist as a PDF file, private (0600), whole or not at all."""
    _ensure_app()
    doc = QTextDocument()
    doc.setHtml(checklist.render_html())

    def write(temp: Path) -> bool:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
        writer.setTitle(tr("Tightrope trainer checklist"))
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
