"""Customer reviews on a product page: the rating summary with its 5..1 star histogram, the
written reviews, and a "Helpful? Yes" vote on each (tightrope.catalog_reviews holds them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog_reviews import Review, Summary
from tightrope.i18n import translator
from tightrope.ui import format, theme
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import restyle, styled_label
from tightrope.ui.widgets.stars import StarsView

tr = translator("Reviews")


class ShareBar(QWidget):
    """A bar filled to a share (0..1): one row of the star histogram. Read-only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._share = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_share(self, share: float) -> None:
        self._share = max(0.0, min(1.0, share))
        self.update()

    def share(self) -> float:
        return self._share

    def sizeHint(self) -> QSize:
        return QSize(theme.px(160), theme.px(10))

    def minimumSizeHint(self) -> QSize:
        return QSize(theme.px(60), theme.px(10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(theme.color("star_empty"))
        painter.drawRoundedRect(rect, radius, radius)
        if self._share > 0:
            filled = QRectF(
                rect.x(), rect.y(), max(rect.height(), rect.width() * self._share), rect.height()
            )
            painter.setBrush(theme.color("star"))
            painter.drawRoundedRect(filled, radius, radius)


class ReviewCard(QFrame):
    """One written review. Signals: ``vote_clicked(int review number)``."""

    vote_clicked = Signal(int)

    def __init__(self, review: Review, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewCard")
        self.review = review
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.stars = StarsView(14, self)
        self.stars.set_rating(review.stars)
        self.stars.setAccessibleName(tr("%Ln of 5 stars", n=review.stars))
        self.title = styled_label(review.title, "cardName", self)
        self.title.setWordWrap(True)
        top.addWidget(self.stars, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.byline = styled_label(
            tr("{author} \u00b7 {day}").format(
                author=review.author, day=format.day(review.day(today))
            ),
            "small",
            self,
        )
        self.byline.setWordWrap(True)
        layout.addWidget(self.byline)
        self.text = styled_label(review.text, "description", self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.helpful_label = QLabel(tr("Helpful?"), self)
        self.vote = QPushButton(self)
        self.vote.setObjectName("secondaryButton")
        self.vote.setCursor(Qt.CursorShape.PointingHandCursor)
        self.helpful_label.setBuddy(self.vote)
        self.vote.clicked.connect(lambda: self.vote_clicked.emit(self.review.number))
        self.count = styled_label("", "small", self)
        self.count.setWordWrap(True)  # beside the button, it wraps on a narrow page
        row.addWidget(self.helpful_label)
        row.addWidget(self.vote)
        row.addWidget(self.count, 1)
        layout.addLayout(row)

    def set_vote(self, voted: bool, refused: str) -> None:
        """Show the helpful count with the shopper's own vote in it (``voted``); ``refused``
        says why a vote would not be recorded now ('' when it would)."""
        review = self.review
        total = review.helpful
        author = review.author
        self.vote.setText(tr("Yes, helpful") if voted else tr("Yes"))
        self.vote.setProperty("active", voted)
        restyle(self.vote)
        if voted:
            others = review.helpful
            self.count.setText(
                tr("You and %Ln other shopper(s) found this helpful", n=others)
                if others
                else tr("You found this helpful")
            )
        else:
            self.count.setText(tr("%Ln shopper(s) found this helpful", n=total) if total else "")
        if voted:
            self.vote.setEnabled(True)
            self.vote.setAccessibleName(
                tr("Take back your helpful vote on {author}'s review").format(author=author)
            )
            self.vote.setToolTip(tr("You marked this review helpful. Click to take it back."))
        elif refused:
            self.vote.setEnabled(False)
            self.vote.setAccessibleName(
                tr("Mark {author}'s review helpful (not available)").format(author=author)
            )
            self.vote.setToolTip(refused)
        else:
            self.vote.setEnabled(True)
            self.vote.setAccessibleName(tr("Mark {author}'s review helpful").format(author=author))
            self.vote.setToolTip("")
        self.vote.setAccessibleDescription(self.count.text())


class ReviewsSection(QWidget):
    """The heading, the rating summary and histogram, a note when votes are not recorded,
    and the review cards. Signals: ``vote_clicked(int review number)``."""

    vote_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.heading = styled_label(tr("Customer reviews"), "h2", self)
        layout.addWidget(self.heading)

        # average, stars and count on one line (wrapping when narrow), the histogram below
        self.summary_row = QWidget(self)
        summary = FlowLayout(self.summary_row, 12)
        self.average = styled_label("", "bigPrice", self.summary_row)
        self.stars = StarsView(18, self.summary_row)
        self.count = styled_label("", "muted", self.summary_row)
        summary.addWidget(self.average)
        summary.addWidget(self.stars)
        summary.addWidget(self.count)
        layout.addWidget(self.summary_row)
        self.histogram_box = QWidget(self)
        self.histogram_box.setMaximumWidth(theme.px(520))
        self.histogram = QGridLayout(self.histogram_box)
        self.histogram.setContentsMargins(0, 0, 0, 0)
        self.histogram.setHorizontalSpacing(8)
        self.histogram.setVerticalSpacing(4)
        self.bars: list[ShareBar] = []
        self.bar_labels: list[QLabel] = []
        self.bar_counts: list[QLabel] = []
        for row, stars in enumerate(range(5, 0, -1)):
            box = self.histogram_box
            label = styled_label(tr("%Ln star(s)", n=stars), "small", box)
            bar = ShareBar(box)
            number = styled_label("", "small", box)
            self.histogram.addWidget(label, row, 0)
            self.histogram.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.histogram.addWidget(number, row, 2)
            self.bars.append(bar)
            self.bar_labels.append(label)
            self.bar_counts.append(number)
        self.histogram.setColumnStretch(1, 1)
        layout.addWidget(self.histogram_box)

        self.note = styled_label("", "muted", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(8)
        layout.addLayout(self.cards_box)
        self.empty = styled_label(tr("No written reviews yet."), "muted", self)
        layout.addWidget(self.empty)
        self._cards: list[ReviewCard] = []

    def set_reviews(self, summary: Summary, reviews: list[Review], today: date) -> None:
        self.average.setText(f"{summary.rating:.1f}")
        self.average.setAccessibleName(format.rating_words(summary.rating, summary.count))
        self.stars.set_rating(summary.rating)
        self.stars.setAccessibleName(format.rating_words(summary.rating, summary.count))
        self.count.setText(tr("%Ln rating(s)", n=summary.count))
        # histogram[k - 1] is k stars; rows go 5..1
        for row, stars in enumerate(range(5, 0, -1)):
            n = summary.histogram[stars - 1]
            share = n / summary.count if summary.count else 0.0
            self.bars[row].set_share(share)
            self.bar_counts[row].setText(f"{n:,}")
            words = tr("%Ln star(s): {count} rating(s), {percent} %", n=stars).format(
                count=f"{n:,}", percent=round(100 * share)
            )
            self.bars[row].setAccessibleName(words)
        for card in self._cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self._cards = []
        for review in reviews:
            card = ReviewCard(review, today, self)
            card.vote_clicked.connect(self.vote_clicked)
            self.cards_box.addWidget(card)
            self._cards.append(card)
        self.empty.setVisible(not reviews)

    def set_votes(self, voted: set[int] | frozenset[int], refused: str) -> None:
        """The shopper's own votes (review numbers) and why new ones would not be recorded."""
        self.note.setText(refused)
        self.note.setVisible(bool(refused) and bool(self._cards))
        for card in self._cards:
            card.set_vote(card.review.number in voted, refused)

    def cards(self) -> list[ReviewCard]:
        return list(self._cards)
