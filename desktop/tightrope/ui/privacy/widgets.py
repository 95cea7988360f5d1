"""Small privacy widgets: the source meter, notice cards and inference cards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope.engine.interests import Inference, Suppression
from tightrope.i18n import translator
from tightrope.privacy.datause import MeterSlice
from tightrope.ui import format, theme
from tightrope.ui.widgets.labels import styled_label

tr = translator("PrivacyWidgets")

MAX_EVIDENCE_SHOWN = 8


class ShareBar(QWidget):
    """A horizontal bar filled to ``share`` (0..1)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._share = 0.0
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 12)

    def set_share(self, share: float) -> None:
        self._share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.color("border"))
        p.drawRoundedRect(r, 4, 4)
        if self._share > 0:
            filled = QRectF(r.x(), r.y(), max(6.0, r.width() * self._share), r.height())
            p.setBrush(theme.color("accent"))
            p.drawRoundedRect(filled, 4, 4)
        p.end()


class SourceMeter(QFrame):
    """How much each source contributes across the current recommendations."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.title = styled_label(tr("Where your recommendations come from"), "h2", self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.subtitle = styled_label(
            tr("Share of all scores behind your current top recommendations, live."), "muted", self
        )
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self._rows: dict[str, tuple[QWidget, ShareBar, QWidget]] = {}

    def set_slices(self, slices: Sequence[MeterSlice]) -> None:
        for s in slices:
            if s.source not in self._rows:
                row = self.grid.rowCount()
                name = styled_label(s.label, "small", self)
                bar = ShareBar(self)
                pct = styled_label("", "small", self)
                theme.follow_scale(
                    pct,
                    lambda pct=pct: pct.setMinimumWidth(
                        pct.fontMetrics().horizontalAdvance(tr("{percent} %").format(percent=100))
                        + theme.px(4)
                    ),
                )
                pct.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(name, row, 0)
                self.grid.addWidget(bar, row, 1)
                self.grid.addWidget(pct, row, 2)
                self._rows[s.source] = (name, bar, pct)
            _name, bar, pct = self._rows[s.source]
            bar.set_share(s.share)
            percent = round(s.share * 100)
            pct.setText(tr("{percent} %").format(percent=percent))
            bar.setAccessibleName(
                tr("{source}: {percent} percent").format(source=s.label, percent=percent)
            )

    def share_text(self, source: str) -> str:
        return self._rows[source][2].text() if source in self._rows else ""


def _evidence_text(labels: Sequence[str]) -> str:
    shown = list(labels[:MAX_EVIDENCE_SHOWN])
    more = len(labels) - len(shown)
    text = "\n".join(f"\u2022 {label}" for label in shown)
    if more <= 0:
        return text
    return tr("{list}\n\u2026 and %Ln more (all listed in the export)", n=more).format(list=text)


class NoticeCard(QFrame):
    """The sensitive guard's notice: what could have been inferred, from what, and a choice."""

    opt_in_clicked = Signal(str)

    def __init__(self, suppression: Suppression, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.category = suppression.category
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.message = styled_label(suppression.message, "h2", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.evidence = styled_label(_evidence_text(suppression.evidence_labels), "muted", self)
        self.evidence.setWordWrap(True)
        layout.addWidget(self.evidence)
        row = QHBoxLayout()
        self.opt_in = QPushButton(
            format.literal(tr("Opt in to {category}").format(category=suppression.name)), self
        )
        self.opt_in.setObjectName("linkButton")
        self.opt_in.setCursor(Qt.CursorShape.PointingHandCursor)
        self.opt_in.clicked.connect(lambda: self.opt_in_clicked.emit(self.category))
        row.addWidget(self.opt_in)
        row.addStretch(1)
        layout.addLayout(row)


class InferenceCard(QFrame):
    """One inferred interest: its evidence, its effect, and three ways to take it back.

    Signals: ``remove_clicked(str topic)``, ``forget_evidence_clicked(str topic)``,
    ``both_clicked(str topic)``.
    """

    remove_clicked = Signal(str)
    forget_evidence_clicked = Signal(str)
    both_clicked = Signal(str)

    def __init__(self, inference: Inference, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.topic = inference.topic
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.name = styled_label(
            tr("Interested in {topic}").format(topic=inference.name), "h2", self
        )
        layout.addWidget(self.name)
        self.summary = styled_label(inference.summary, "muted", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.evidence = styled_label(_evidence_text(inference.evidence_labels), "small", self)
        self.evidence.setWordWrap(True)
        layout.addWidget(self.evidence)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.remove = self._link(tr("Remove and don't infer again"), row)
        self.forget = self._link(tr("Delete its %Ln data point(s)", n=len(inference.evidence)), row)
        self.both = self._link(tr("Both"), row)
        row.addStretch(1)
        layout.addLayout(row)
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self.topic))
        self.forget.clicked.connect(lambda: self.forget_evidence_clicked.emit(self.topic))
        self.both.clicked.connect(lambda: self.both_clicked.emit(self.topic))

    def _link(self, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("linkButton")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(button)
        return button


class PrivacyStrip(QFrame):
    """A slim line under the top bar: the privacy settings in force, and the way in.

    It costs height, not width: the top bar is full at 1280 px and presenter scales.
    Signals: ``open_clicked()``.
    """

    open_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacyStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Part of the bar above it: the same surface, a rule below (palette from the theme).
        theme.follow_scale(
            self,
            lambda: self.setStyleSheet(
                f"#privacyStrip {{ background: {theme.palette()['surface']}; "
                f"border: none; border-top: 1px solid {theme.palette()['border']}; "
                f"border-bottom: 1px solid {theme.palette()['border']}; }}"
            ),
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 4, 16, 4)
        row.setSpacing(12)
        self.state = styled_label("", "small", self)
        self.state.setAccessibleName(tr("Privacy settings in force"))
        self.state.setWordWrap(True)  # a narrow window or a presenter scale: wrap, never clip
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.state, 1)
        self.open = QPushButton(tr("Privacy controls"), self)
        self.open.setObjectName("linkButton")
        self.open.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open.setAccessibleName(tr("Privacy controls"))
        self.open.setToolTip(
            tr("Consent, what we know about you, interests, partners, retention, export and erase")
        )
        self.open.clicked.connect(self.open_clicked)
        row.addWidget(self.open)

    def set_state(self, text: str) -> None:
        self.state.setText(text)

    def set_plain(self, plain: bool) -> None:
        """The opaque study condition: no line saying what is in force, only a plain link
        to the settings, like a typical shop's."""
        self.state.setVisible(not plain)
        text = tr("Privacy settings") if plain else tr("Privacy controls")
        self.open.setText(text)
        self.open.setAccessibleName(text)
        self.open.setToolTip(
            tr("Consent, personalization, export and erase")
            if plain
            else tr(
                "Consent, what we know about you, interests, partners, retention, export and erase"
            )
        )
