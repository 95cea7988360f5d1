"""Finds text that does not fit its widget: the check behind "nothing clips at 200 %".

A label clips when its text (measured with QFontMetrics in the label's own font) is wider
than its contents rectangle, or, when it wraps, taller; a label that elides on purpose
(its text ends in an ellipsis) is fine only if it offers the full text as a tooltip, and
a product card's reason (role "reason") may never be elided: it gets two lines or a
shorter wording, so why an item is shown is never cut off. A
button clips when it is smaller than the size its text and icon ask for. A widget also
clips when an ancestor cuts it off: it sticks out of its parent, or out of the side of a
page that only scrolls vertically.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

ELLIPSIS = "\u2026"
SLACK = 1  # px: rounding between the measured advance and the laid-out text


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    width, height = rect.width() - 2 * label.margin(), rect.height() - 2 * label.margin()
    if width <= 0 or height <= 0:
        return f"no room at all ({rect.width()}x{rect.height()})"
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    )
    metrics = QFontMetrics(label.font())
    if label.property("role") == "reason" and ELLIPSIS in text:
        full = label.accessibleName()  # (a clamped label's full text)
        if ELLIPSIS not in full:
            return f"a card's reason cut off: {full!r}"
    if ELLIPSIS in text and not label.toolTip():
        return "elided without a tooltip giving the full text"
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
        need_w, need_h = doc.idealWidth(), doc.size().height()
    elif label.wordWrap():
        need = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        need_w, need_h = need.width(), need.height()
    else:
        lines = text.split("\n")
        need_w = max(metrics.horizontalAdvance(line) for line in lines)
        need_h = metrics.height() + (len(lines) - 1) * metrics.lineSpacing()
    if need_w > width + SLACK:
        return f"text {need_w:.0f} px wide in {width} px"
    if need_h > height + SLACK:
        return f"text {need_h:.0f} px tall in {height} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if button.width() < hint.width() - SLACK or button.height() < hint.height() - SLACK:
        return f"{button.width()}x{button.height()} but needs {hint.width()}x{hint.height()}"
    return None


def _cut_off_by(widget: QWidget) -> str | None:
    """An ancestor that hides part of the widget (scrolling vertically does not count)."""
    child: QWidget = widget
    rect = QRect(widget.rect())
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect = rect.translated(child.pos())
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is parent:
            sideways = scroll.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if not sideways and (rect.left() < -SLACK or rect.right() > parent.width() + SLACK):
                return f"runs off the side of {scroll.objectName() or type(scroll).__name__}"
            # Inside a scroll area only the scroll area's own box matters from here on.
            child, rect = scroll, QRect(scroll.rect())
            parent = scroll.parentWidget()
            continue
        bounds = QRect(parent.rect()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if not bounds.contains(rect):
            return (
                f"cut off by {parent.objectName() or type(parent).__name__} "
                f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()} in "
                f"{parent.width()}x{parent.height()})"
            )
        child, parent = parent, parent.parentWidget()
    return None


def describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{name} {text[:40]!r}"


def clipped(root: QWidget) -> list[str]:
    """Every visible label or button under ``root`` whose text does not fit, described.

    Checked once the layout requests still queued are delivered: text set by work done
    after a frame (e.g. shelf cards out of view, refilled then) is laid out in the event
    loop's next pass, which a test's wait can end just before."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not _shown(widget):
            continue
        if not widget.text():
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        else:
            problem = _button_problem(widget)
        problem = problem or _cut_off_by(widget)
        if problem:
            problems.append(f"{describe(widget)}: {problem}")
    return problems
