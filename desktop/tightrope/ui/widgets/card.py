"""A product card: picture, name, brand, rating, price; optionally why it is shown.

Cards that come from a recommendation shelf carry their :class:`Recommendation` and offer
a "Why?" button. A card is focusable; Enter, Space or a click opens the product.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog import Product
from tightrope.engine.explain import Recommendation
from tightrope.i18n import translator
from tightrope.ui import format, images, theme
from tightrope.ui.condition import explanations_shown
from tightrope.ui.names import set_name
from tightrope.ui.timers import one_shot
from tightrope.ui.widgets.labels import ClampedLabel, styled_label
from tightrope.ui.widgets.stars import StarsView

tr = translator("ProductCard")

# Lengths at 100 %; the card multiplies them by the UI scale (theme.px) and follows changes.
CARD_WIDTH = 232
CARD_MAX_WIDTH = 320
CARD_PADDING = 12  # the stylesheet's border (1 px, never scaled) + padding (11 px) per side
PICTURE = QSize(208, 156)  # at the narrowest card width; pictures are 4:3
STAR_SIZE = 14
WHY_ICON = 16
HIGHLIGHT_MS = 1500


def why_accessible_name(product_name: str, shelf: str = "") -> str:
    """The "Why?" button's name; ``shelf`` tells apart the buttons of a product shown on
    two shelves of one page."""
    if shelf:
        return tr("Why am I seeing this: {name}, on the shelf {shelf}").format(
            name=product_name, shelf=shelf
        )
    return tr("Why am I seeing this: {name}").format(name=product_name)


def short_reason(recommendation: Recommendation) -> tuple[str, ...]:
    """A card's reason where the engine's headline does not fit in two lines, longest first:
    the engine's short form (the one reason that counts most, "Mostly because you viewed
    X"), then how many of the shopper's data points count for it, or that nothing personal
    does. Reading the contributions costs the engine more than the headline, so a card asks
    only when it needs this."""
    count = len(recommendation.datum_ids())
    if count:
        return recommendation.anchor, tr("Uses %n thing(s) you did or told us", n=count)
    return recommendation.anchor, tr("Nothing personal was used")


def shelf_picture_size() -> QSize:
    """A shelf card's picture size (shelf cards keep the narrowest width)."""
    return theme.scaled_size(PICTURE.width(), PICTURE.height())


class ProductCard(QFrame):
    """Signals: ``activated(str product_id)``, ``why_requested(str product_id, object rec)``."""

    activated = Signal(str)
    why_requested = Signal(str, object)

    def __init__(
        self,
        product: Product,
        recommendation: Recommendation | None = None,
        parent: QWidget | None = None,
        stretch: bool = False,
        shelf: str = "",
    ):
        """``stretch``: the card may grow wider (in a grid), its picture growing along;
        ``shelf``: see :meth:`set_shelf`."""
        super().__init__(parent)
        self.product = product
        self.recommendation = recommendation
        self.setObjectName("productCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setAccessibleDescription(tr("Press Enter to open the product page"))
        self._stretch = stretch
        self._shown: tuple[str, bool, bool, str, bool] | None = None  # what the widgets show
        self._reason_of: Recommendation | None = None  # the recommendation the reason says
        self._unfilled = False  # given a product whose widgets are filled later (set_product)
        self._shelf = shelf  # the shelf it is on, named where its product is on two
        self._name = ""  # its accessible name without the shelf
        if stretch:
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setProperty("highlighted", False)
        self._unhighlight = one_shot(self, self._on_highlight_over, HIGHLIGHT_MS)
        # Size changes come in bursts while a grid settles: draw the picture once, after.
        self._picture_timer = one_shot(self, self._render_picture)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._column = layout

        self.picture = QLabel(self)
        self.picture.setObjectName("cardPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture)
        self._picture_gap = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(self._picture_gap)

        self.sponsored = styled_label(tr("Sponsored"), "badge", self.picture)
        self.sponsored.move(0, 0)
        self.sponsored.setVisible(False)

        self.name = ClampedLabel(2, self, catalog_text=True)
        self.name.setProperty("role", "cardName")
        layout.addWidget(self.name)

        self.brand = styled_label("", "muted", self)
        layout.addWidget(self.brand)

        rating_row = QHBoxLayout()
        self._rating_row = rating_row
        self.stars = StarsView(STAR_SIZE, self)
        self.rating = styled_label("", "muted", self)
        rating_row.addWidget(self.stars)
        rating_row.addWidget(self.rating)
        rating_row.addStretch(1)
        layout.addLayout(rating_row)

        # Two lines, and a shorter wording where the engine's headline needs more: a reason
        # is never cut off (the full headline is the tooltip and what a screen reader says).
        self.reason = ClampedLabel(2, self)
        self.reason.setProperty("role", "reason")
        layout.addWidget(self.reason)

        bottom = QHBoxLayout()
        self._bottom_row = bottom
        self.price = styled_label("", "price", self)
        bottom.addWidget(self.price)
        bottom.addStretch(1)
        self.why = QToolButton(self)
        self.why.setObjectName("whyButton")
        # named before its text: a screen reader never hears the bare "Why?" as its name
        self.why.setAccessibleName(why_accessible_name(product.name, shelf))
        self.why.setText(tr("Why?"))
        self.why.setToolTip(tr("Why am I seeing this?"))
        self.why.setIcon(theme.icon("info", "accent"))
        self.why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why.clicked.connect(self._on_why_clicked)
        bottom.addWidget(self.why)
        layout.addLayout(bottom)

        theme.follow_scale(self, self._apply_scale)
        self._fill()

    def _apply_scale(self) -> None:
        """The code-side lengths at the current UI scale (the stylesheet scales the rest)."""
        px = theme.px
        if self._stretch:
            self.setMinimumWidth(px(CARD_WIDTH))
            self.setMaximumWidth(px(CARD_MAX_WIDTH))
        else:
            self.setFixedWidth(px(CARD_WIDTH))
        self._column.setSpacing(px(4))
        self._picture_gap.changeSize(0, px(4), QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._rating_row.setSpacing(px(8))
        self._bottom_row.setSpacing(px(8))
        self.stars.set_star_size(px(STAR_SIZE))
        self.why.setIconSize(QSize(px(WHY_ICON), px(WHY_ICON)))
        if not self.sponsored.isHidden():
            self.sponsored.adjustSize()  # its text at the new size (a refresh did it before)
        self._column.invalidate()
        picture = self._picture_size(self.width() if self._stretch else 0)
        if picture != self.picture.size():
            self.picture.setFixedSize(picture)
            if self.isVisible():
                self._picture_timer.start()

    # --- content ------------------------------------------------------------------------
    def _fill(self) -> None:
        p = self.product
        self.name.set_full_text(p.name)
        self.brand.setText(p.brand)
        self.stars.set_rating(p.rating)
        self.rating.setText(format.rating_text(p.rating, p.rating_count))
        self.price.setText(format.money(p.price))
        set_name(self.why, why_accessible_name(p.name, self._shelf))
        set_name(self.picture, tr("Picture of {name}").format(name=p.name))
        self.set_recommendation(self.recommendation)

    def set_shelf(self, shelf: str) -> None:
        """Say which shelf the card is on in its names ("" for none): a page showing one
        product on two shelves must not offer a listener two identical names."""
        if shelf == self._shelf:
            return
        self._shelf = shelf
        set_name(self.why, why_accessible_name(self.product.name, shelf))
        self._apply_name()

    def _apply_name(self) -> None:
        name = self._name
        if self._shelf and name:
            name = tr("{card}, on the shelf {shelf}").format(card=name, shelf=self._shelf)
        set_name(self, name)

    def set_product(
        self,
        product: Product,
        recommendation: Recommendation | None,
        *,
        fill: bool = True,
        shelf: str | None = None,
    ) -> None:
        """Show another product in this card (a shelf reuses its cards when items change).
        With ``fill=False`` the card is that product's from now on, but its widgets are
        filled by the next call here or to set_recommendation (a shelf does that for cards
        out of view, after the frame)."""
        if product.id == self.product.id and not self._unfilled:
            if shelf is not None:
                self.set_shelf(shelf)
            self.set_recommendation(recommendation)
            return
        if shelf is not None:
            self._shelf = shelf  # named with the new product's name, once, by _fill
        if product.id != self.product.id and self.is_highlighted():
            self._unhighlight.stop()  # a highlight belongs to the product it was for
            self._on_highlight_over()
        self.product = product
        self.recommendation = recommendation
        self._unfilled = not fill
        if fill:
            self._fill()
            if self.isVisible():
                self._render_picture()

    def set_recommendation(self, recommendation: Recommendation | None) -> None:
        if self._unfilled:  # its product's widgets wait (set_product): fill them all now
            self.set_product(self.product, recommendation)
            return
        self.recommendation = recommendation
        p = self.product
        # The opaque study condition shows recommendations without their explanations.
        explained = recommendation is not None and explanations_shown(self)
        shown = (
            p.id,
            recommendation is not None,
            recommendation.sponsored if recommendation else False,
            recommendation.headline if recommendation else "",
            explained,
        )
        sponsored = p.sponsored or bool(recommendation and recommendation.sponsored)
        if shown == self._shown:  # a refresh that changed nothing here touches no widget,
            if sponsored:  # but the badge follows the UI scale
                self.sponsored.adjustSize()
            if explained and self.reason.is_shortened() and recommendation is not self._reason_of:
                # the same headline in another state: the shorter wording may count more or
                # fewer data points (a headline naming the top two does not say how many)
                self._reason_of = recommendation
                self.reason.set_shorter(partial(short_reason, recommendation))
            return
        self._shown = shown
        self.sponsored.setVisible(sponsored)
        self.sponsored.adjustSize()
        if sponsored:
            self.sponsored.setToolTip(
                tr("Paid placement by {sponsor}").format(sponsor=p.sponsor)
                if p.sponsor
                else tr("Paid placement")
            )
        self.why.setVisible(explained)
        self.reason.setVisible(explained)
        self._reason_of = recommendation if explained else None
        if explained:
            self.reason.set_full_text(
                recommendation.headline, shorter=partial(short_reason, recommendation)
            )
        else:
            self.reason.set_full_text("")
        parts = [
            p.name,
            p.brand,
            format.money(p.price),
            format.rating_words(p.rating, p.rating_count),
        ]
        if sponsored:
            parts.insert(0, tr("Sponsored"))
        if explained and recommendation.headline:
            parts.append(recommendation.headline)
        self._name = ", ".join(parts)
        self._apply_name()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stretch:
            self._picture_timer.start()  # the grid is about to give the card its width
        else:
            self._render_picture()

    def _picture_size(self, width: int) -> QSize:
        narrowest = shelf_picture_size()
        if not self._stretch:
            return narrowest
        padding = 1 + theme.px(CARD_PADDING - 1)  # the border stays 1 px
        inner = max(narrowest.width(), width - 2 * padding)
        return QSize(inner, inner * PICTURE.height() // PICTURE.width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(theme.px(CARD_WIDTH), hint.height()) if self._stretch else hint

    def heightForWidth(self, width: int) -> int:
        grow = self._picture_size(width).height() - self.picture.height()
        return super().sizeHint().height() + grow

    def hasHeightForWidth(self) -> bool:
        return self._stretch

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._stretch and self._picture_size(self.width()) != self.picture.size():
            self.picture.setFixedSize(self._picture_size(self.width()))
            self._picture_timer.start()

    @Slot()
    def _render_picture(self) -> None:
        dpr = self.devicePixelRatioF()
        self.picture.setPixmap(images.product_pixmap(self.product, self.picture.size(), dpr))

    # --- highlight ----------------------------------------------------------------------
    def flash(self) -> None:
        """Highlight the card for a moment (after a change moved it). With "Reduce motion"
        on, the highlight is steady instead: it stays until :meth:`unhighlight`."""
        self.setProperty("highlighted", True)
        self.update()
        if theme.reduce_motion():
            self._unhighlight.stop()
        else:
            self._unhighlight.start()

    def unhighlight(self) -> None:
        self._unhighlight.stop()
        if self.is_highlighted():
            self._on_highlight_over()

    def is_highlighted(self) -> bool:
        return bool(self.property("highlighted"))

    @Slot()
    def _on_highlight_over(self) -> None:
        self.setProperty("highlighted", False)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.is_highlighted():
            # Painted over the styled frame, under the card's (transparent) children: a
            # stylesheet rule would re-polish the card and lay it out again at every flash.
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(theme.color("accent"), 2)
            painter.setPen(pen)
            painter.setBrush(theme.color("accent_soft"))
            radius = theme.px(12)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
            painter.end()

    # --- input --------------------------------------------------------------------------
    @Slot()
    def _on_why_clicked(self) -> None:
        self.why_requested.emit(self.product.id, self.recommendation)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.product.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only the card's own keys: a key its "Why?" button left alone is not the card's.
        if self.hasFocus() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.activated.emit(self.product.id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        widget: QWidget | None = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QScrollArea):
                widget.ensureWidgetVisible(self, 16, 16)
            widget = widget.parentWidget()
