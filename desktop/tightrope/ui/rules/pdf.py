"""The trainer checklist as PDF, laid out like the study report (tightrope.ui.workshop.pdf):
Qt's QTextDocument on an A4 QPdfWriter at CSS pixels, a page number in each footer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from tightrope.i18n import translator
from tightrope.privacy import checklist
from tightrope.ui.workshop.pdf import _ensure_app, write_document_pdf

tr = translator("RulesChecklist")


def write_checklist_pdf(out: Path) -> Path:
    """The checklist as a PDF file, private (0600), whole or not at all."""
    _ensure_app()
    doc = QTextDocument()
    doc.setHtml(checklist.render_html())
    return write_document_pdf(doc, out, tr("Tightrope trainer checklist"))
