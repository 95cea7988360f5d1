"""The rules overlay: a facilitator switch (Workshop > Rules overlay) that tags every
privacy-relevant control and screen in view with the articles it implements, or, in the
deceptive twin, breaks (tightrope.privacy.rules).

:class:`RulesLayer` is a transparent layer over the window's central widget that draws one
small tag per rule beside each anchored widget in view (tightrope.ui.rules.anchors); mouse
clicks pass through it, so the shop stays usable. :class:`RulesLegend` lists the same rules
with their paraphrases in a dock at the bottom: readable on a projector, and the way a
keyboard or screen-reader user reads them (a focusable text with an accessible name).
The layer follows what is on screen by looking again every :data:`FOLLOW_MS`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.privacy import rules
from tightrope.ui import theme
from tightrope.ui.rules import anchors

if TYPE_CHECKING:
    from tightrope.ui.rules.anchors import RulesHost

tr = translator("RulesOverlay")

FOLLOW_MS = 250
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QLabel)  # never covered
PAD_X, PAD_Y, GAP = 5, 2, 4  # px at 100 %
WIDE = 360  # px at 100 %: a widget this wide carries its tags inside, at the top right
LEGEND_HEIGHT = 120  # px at 100 %


@dataclass(frozen=True)
class Badge:
    """One tag as drawn: the placement's anchor, the rule, its text and where (layer px)."""

    anchor: str
    rule: str
    kind: str
    text: str
    rect: QRect


def _in_view(widget: QWidget, cover: QWidget | None) -> bool:
    """Shown and not clipped away (a scrolled-off row, a hidden tab), and not under the
    first-run consent screen while that covers the shop."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    if cover is not None and cover.isVisible():
        return cover is widget or cover.isAncestorOf(widget)
    return True


class RulesLayer(QWidget):
    """Draws the tags; transparent to the mouse. :meth:`badges` is what it draws now."""

    def __init__(self, window: RulesHost, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("rulesLayer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._badges: list[Badge] = []
        self.twin_on = lambda: False  # the deceptive twin's state (set by RulesController)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def badges(self) -> list[Badge]:
        return list(self._badges)

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(theme.px(11))
        font.setBold(True)
        return font

    def compute(self) -> list[Badge]:
        """The tags for what is in view now, in registry order."""
        window = self._window
        privacy = getattr(window, "privacy", None)
        cover = privacy.screen if privacy is not None else None
        declared = anchors.declared(window)
        metrics = QFontMetrics(self._font())
        twin = self.twin_on()
        found: list[Badge] = []
        taken: list[QRect] = []
        for placement in rules.PLACEMENTS:
            if placement.shown == (rules.HONEST if twin else rules.TWIN):
                continue
            widget = anchors.locate(window, placement.anchor, declared)
            if (
                widget is None
                or not _in_view(widget, cover)
                or not self.parentWidget().isAncestorOf(widget)
            ):
                continue
            top_left = widget.mapTo(self.parentWidget(), QPoint(0, 0))
            area = QRect(top_left, widget.size())
            texts = [tr(rules.rule(r).reference) for r in placement.rules]
            sizes = [
                (
                    metrics.horizontalAdvance(t) + 2 * theme.px(PAD_X),
                    metrics.height() + 2 * theme.px(PAD_Y),
                )
                for t in texts
            ]
            height = sizes[0][1]
            total = sum(w for w, _h in sizes) + theme.px(GAP) * (len(sizes) - 1)
            gap = theme.px(GAP)
            if area.width() >= theme.px(WIDE) and not isinstance(widget, CONTROLS):
                # a screen or a wide block: above its right end, else inside it
                spots = [
                    (area.right() - total, area.top() - height - gap),
                    (area.right() - total, area.top() + gap),
                ]
            else:  # a control: beside it, else above or below it
                spots = [
                    (area.right() + gap, area.center().y() - height // 2),
                    (area.left(), area.top() - height - gap),
                    (area.left(), area.bottom() + gap),
                    (area.right() - total, area.top() - height // 2),
                ]  # on its top edge
            avoid = self._controls_near(widget) + taken
            x, y = spots[-1]
            for sx, sy in spots:
                row = QRect(sx, sy, total, height)
                if self.rect().contains(row) and not any(row.intersects(r) for r in avoid):
                    x, y = sx, sy
                    break
            for rid, text, (w, h) in zip(placement.rules, texts, sizes):
                rect = QRect(x, y, w, h)
                rect.moveLeft(max(0, min(rect.left(), self.width() - w)))
                rect.moveTop(max(0, min(rect.top(), self.height() - h)))
                while any(rect.intersects(t) for t in taken):  # never draw over another tag
                    rect.moveTop(rect.top() + h + theme.px(2))
                taken.append(rect)
                found.append(Badge(placement.anchor, rid, placement.kind, text, rect))
                x += w + gap
        return found

    def _controls_near(self, widget: QWidget) -> list[QRect]:
        """Where the controls and texts beside ``widget`` (under its parent) are, in layer
        px: a tag goes where it hides none of them, if there is such a place."""
        parent = widget.parentWidget()
        if parent is None:
            return []
        found = []
        for other in parent.findChildren(QWidget):
            if (
                not isinstance(other, CONTROLS)
                or other is widget
                or widget.isAncestorOf(other)
                or not other.isVisible()
                or (isinstance(other, QLabel) and not other.text())
            ):
                continue
            rect = QRect(other.mapTo(self.parentWidget(), QPoint(0, 0)), other.size())
            if isinstance(other, QLabel) and not other.wordWrap():  # only where its text is
                rect.setWidth(
                    min(
                        rect.width(),
                        other.fontMetrics().horizontalAdvance(other.text())
                        + 2 * other.margin()
                        + theme.px(GAP),
                    )
                )
            found.append(rect)
        return found

    @Slot()
    def follow(self) -> bool:
        """Look again at what is on screen; True when the tags changed."""
        badges = self.compute()
        changed = badges != self._badges
        self._badges = badges
        siblings = self.parentWidget().children()
        if siblings and siblings[-1] is not self:
            self.raise_()  # above the first-run screen and anything raised since
        if changed:
            self.update()
        return changed

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._badges:
            return
        colours = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font())
        for badge in self._badges:
            fill = colours["danger"] if badge.kind == rules.BREAKS else colours["accent"]
            painter.setPen(QColor(colours["surface"]))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(QRectF(badge.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.drawText(badge.rect, Qt.AlignmentFlag.AlignCenter, badge.text)
        painter.end()


class RulesLegend(QTextBrowser):
    """The rules tagged on screen, each with its reference, title and paraphrase."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rulesLegend")
        self.setAccessibleName(tr("Rules on this screen"))
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shown_rules: list[tuple[str, str]] = []  # (rule id, kind), in order

    def show_badges(self, badges: list[Badge]) -> None:
        seen: list[tuple[str, str]] = []
        for b in badges:
            if (b.rule, b.kind) not in seen:
                seen.append((b.rule, b.kind))
        if seen == self.shown_rules and self.toPlainText():
            return
        self.shown_rules = seen
        if not seen:
            self.setHtml(
                "<p>"
                + html.escape(
                    tr(
                        "No privacy control is on this screen. Open Privacy, Your data or a Why? panel "
                        "to see the rules each control implements."
                    )
                )
                + "</p>"
            )
            return
        lines = []
        for rid, kind in seen:
            r = rules.rule(rid)
            lead = tr("Breaks") if kind == rules.BREAKS else tr("Implements")
            colour = theme.palette()["danger" if kind == rules.BREAKS else "accent"]
            lines.append(
                f"<p><span style='color:{colour}'><b>{html.escape(lead)} "
                f"{html.escape(tr(r.reference))}</b></span> \u00b7 <b>{html.escape(tr(r.title))}</b>: "
                f"{html.escape(tr(r.text))}</p>"
            )
        self.setHtml("".join(lines))


class RulesOverlay(QObject):
    """The layer and the legend of one window, on or off (:attr:`on`)."""

    def __init__(self, window: RulesHost, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.on = False
        self.layer = RulesLayer(window, window.centralWidget())
        self.layer.hide()
        self.legend = RulesLegend()
        self.dock = QDockWidget(tr("Rules on this screen"), window)
        self.dock.setObjectName("rulesDock")
        self.dock.setWidget(self.legend)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        theme.follow_scale(
            self.legend, lambda: self.legend.setMaximumHeight(theme.px(LEGEND_HEIGHT))
        )
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)

    def set_on(self, on: bool) -> None:
        self.on = on
        self.layer.setVisible(on)
        self.dock.setVisible(on)
        if on:
            self.layer.raise_()
            self.follow()
            self._timer.start()
        else:
            self._timer.stop()

    @Slot()
    def follow(self) -> None:
        if self.on:
            self.layer.follow()
            self.legend.show_badges(self.layer.badges())

    def badges(self) -> list[Badge]:
        return self.layer.badges()
