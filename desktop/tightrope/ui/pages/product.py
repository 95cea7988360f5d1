"""The product page: picture, facts, cart / wishlist / rating actions, and related products."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tightrope import catalog_reviews
from tightrope.catalog import Catalog, Category, Product
from tightrope.engine.explain import Shelf
from tightrope.i18n import translator
from tightrope.operations import record as record_ops
from tightrope.operations import review_votes
from tightrope.services import Services
from tightrope.storage.datums import consent_label
from tightrope.ui import format, images, theme
from tightrope.ui.condition import explanations_shown
from tightrope.ui.navigation import CATEGORY, HOW_IT_WORKS, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.gallery import ThumbnailStrip, picture_name
from tightrope.ui.widgets.labels import restyle, styled_label
from tightrope.ui.widgets.page import ScrollPage
from tightrope.ui.widgets.reviews import ReviewsSection
from tightrope.ui.widgets.shelf import ShelfView
from tightrope.ui.widgets.stars import StarRatingInput, StarsView

tr = translator("ProductPage")

PRODUCT_WHERE = "product page"
# At 100 %; theme.px() scales them.
BIG_PICTURE = QSize(440, 330)  # at most; a narrow page gets a smaller picture (4:3)
SMALLEST_PICTURE = 160
STACK_BELOW = 1000  # narrower than this (e.g. beside the side panel), facts go under the picture
FRAME_MARGIN = 24
PAGE_MARGIN = 32  # ScrollPage's side margins


def related_where(title: str) -> str:
    return f"product page shelf '{title}'"


class ProductView(ScrollPage):
    """Signals: ``add_to_cart_clicked()``, ``wishlist_clicked()``, ``rating_chosen(int)``,
    ``category_clicked()``, ``product_activated(str, str where)``, ``why_requested(str, object)``,
    ``how_requested()``, ``vote_clicked(int review number)``.
    """

    add_to_cart_clicked = Signal()
    wishlist_clicked = Signal()
    rating_chosen = Signal(int)
    category_clicked = Signal()
    product_activated = Signal(str, str)
    why_requested = Signal(str, object)
    how_requested = Signal()
    vote_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Product"), parent)
        self._product: Product | None = None
        self._shown = 0  # which of the product's pictures is the big one

        self.breadcrumb = QPushButton(self.body)
        self.breadcrumb.setObjectName("linkButton")
        self.breadcrumb.setCursor(Qt.CursorShape.PointingHandCursor)
        self.breadcrumb.setIcon(theme.icon("chevron-right", "accent"))
        self.breadcrumb.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.breadcrumb.clicked.connect(self.category_clicked)
        crumb_row = QHBoxLayout()
        crumb_row.addWidget(self.breadcrumb)
        crumb_row.addStretch(1)

        self.main = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.main.setSpacing(32)

        self.picture_frame = QFrame(self.body)
        self.picture_frame.setObjectName("pictureFrame")
        self.picture_frame.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        frame_layout = QVBoxLayout(self.picture_frame)
        self._frame_layout = frame_layout
        self.picture = QLabel(self.picture_frame)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame_layout.addWidget(self.picture)
        self.thumbnails = ThumbnailStrip(self.picture_frame)
        self.thumbnails.chosen.connect(self._on_picture_chosen)
        frame_layout.addWidget(self.thumbnails, 0, Qt.AlignmentFlag.AlignHCenter)
        self.main.addWidget(self.picture_frame, 0, Qt.AlignmentFlag.AlignTop)

        info = QVBoxLayout()
        info.setSpacing(8)
        self.sponsored = styled_label(tr("Sponsored"), "badge", self.body)
        self.name = styled_label("", "h1", self.body)
        self.name.setWordWrap(True)
        self.brand = styled_label("", "muted", self.body)
        rating_row = QHBoxLayout()
        rating_row.setSpacing(8)
        self.stars = StarsView(20, self.body)  # resized by _apply_scale
        self.rating = styled_label("", "muted", self.body)
        rating_row.addWidget(self.stars)
        rating_row.addWidget(self.rating)
        rating_row.addStretch(1)
        self.price = styled_label("", "bigPrice", self.body)
        self.description = styled_label("", "description", self.body)
        self.description.setWordWrap(True)
        self.tags = QWidget(self.body)
        self._tags_flow = FlowLayout(self.tags, 8)

        # The buttons and the rating wrap onto more lines when the page is narrow.
        self.action_row = QWidget(self.body)
        actions = FlowLayout(self.action_row, 8)
        self.add_to_cart = QPushButton(tr("Add to cart"), self.body)
        self.add_to_cart.setObjectName("primaryButton")
        self.add_to_cart.setIcon(theme.icon("cart", "#ffffff"))
        self.add_to_cart.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_to_cart.clicked.connect(self.add_to_cart_clicked)
        self.wishlist = QPushButton(self.body)
        self.wishlist.setObjectName("secondaryButton")
        self.wishlist.setCursor(Qt.CursorShape.PointingHandCursor)
        self.wishlist.clicked.connect(self.wishlist_clicked)
        actions.addWidget(self.add_to_cart)
        actions.addWidget(self.wishlist)
        # Beside the buttons, not on a line of its own: "In your cart" appearing after Add
        # to cart must not push the rating stars down under the pointer.
        self.cart_status = styled_label("", "status", self.body)
        self.cart_status.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        actions.addWidget(self.cart_status)
        # Why the cart cannot take the product now (a sentence: wrapped, under the buttons)
        self.cart_refusal = styled_label("", "status", self.body)
        self.cart_refusal.setWordWrap(True)
        self.cart_refusal.hide()

        # Is it recommended, and why (not)? The engine's own sentence, and the why panel.
        self.why_row = QFrame(self.body)
        self.why_row.setObjectName("whyStatus")
        why_layout = QHBoxLayout(self.why_row)
        why_layout.setContentsMargins(0, 0, 0, 0)
        self.why_status = styled_label("", "muted", self.why_row)
        self.why_status.setWordWrap(True)
        self.why_status.setTextFormat(Qt.TextFormat.PlainText)
        self.why_button = QPushButton(self.why_row)
        self.why_button.setObjectName("linkButton")
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why_button.clicked.connect(self._on_why_clicked)
        why_layout.addWidget(self.why_status, 1)
        why_layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)

        self.rate_row = QWidget(self.body)
        rate_row = FlowLayout(self.rate_row, 8)
        self.rate_label = QLabel(tr("Your rating"), self.body)
        self.rate = StarRatingInput(self.body)
        self.rate.rated.connect(self.rating_chosen)
        self.rate_status = styled_label("", "muted", self.body)
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.rate)
        rate_row.addWidget(self.rate_status)

        info.addWidget(self.sponsored, 0, Qt.AlignmentFlag.AlignLeft)
        info.addWidget(self.name)
        info.addWidget(self.brand)
        info.addLayout(rating_row)
        info.addSpacing(8)
        info.addWidget(self.price)
        info.addSpacing(8)
        info.addWidget(self.description)
        info.addWidget(self.tags)
        info.addSpacing(16)
        info.addWidget(self.action_row)
        info.addWidget(self.cart_refusal)
        info.addWidget(self.why_row)
        info.addSpacing(16)
        info.addWidget(self.rate_row)
        info.addStretch(1)
        self.main.addLayout(info, 1)
        self._info = info
        self._rating_row, self._actions_row, self._rate_row = rating_row, actions, rate_row

        top = QVBoxLayout()
        self._top = top
        top.addLayout(crumb_row)
        top.addLayout(self.main)
        self.body_layout.addLayout(top)

        self.reviews = ReviewsSection(self.body)
        self.reviews.vote_clicked.connect(self.vote_clicked)
        self.body_layout.addWidget(self.reviews)

        self.related = ShelfView(parent=self.body)
        self.related.product_activated.connect(self.product_activated)
        self.related.why_requested.connect(self.why_requested)
        self.body_layout.addWidget(self.related)
        # where this shelf's recommendations come from (DSA Art. 27), as on the home page
        self.how = QPushButton(tr("How recommendations work"), self.body)
        self.how.setObjectName("linkButton")
        self.how.setAccessibleName(tr("How recommendations work"))
        self.how.setCursor(Qt.CursorShape.PointingHandCursor)
        self.how.clicked.connect(self.how_requested)
        self.body_layout.addWidget(self.how, 0, Qt.AlignmentFlag.AlignLeft)
        self.body_layout.addStretch(1)
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        px = theme.px
        self.main.setSpacing(px(32))
        m = px(FRAME_MARGIN)
        self._frame_layout.setContentsMargins(m, m, m, m)
        self._info.setSpacing(px(8))
        self._rating_row.setSpacing(px(8))
        for flow in (self._actions_row, self._rate_row):
            flow.set_spacing(px(8))
        self._top.setSpacing(px(16))
        self.stars.set_star_size(px(20))
        self._fit_picture()

    # --- content ------------------------------------------------------------------------
    def show_product(self, product: Product, category: Category) -> None:
        self._product = product
        self.breadcrumb.setText(format.literal(category.name))
        self.breadcrumb.setAccessibleName(tr("Browse {category}").format(category=category.name))
        self.sponsored.setVisible(product.sponsored)
        self.sponsored.setToolTip(
            tr("Paid placement by {sponsor}").format(sponsor=product.sponsor)
            if product.sponsor
            else ""
        )
        self.name.setText(product.name)
        self.brand.setText(tr("by {brand}").format(brand=product.brand))
        self.stars.set_rating(product.rating)
        self.stars.setAccessibleName(format.rating_words(product.rating, product.rating_count))
        self.rating.setText(
            tr("{rating} \u00b7 %Ln rating(s)", n=product.rating_count).format(
                rating=f"{product.rating:.1f}"
            )
        )
        self.price.setText(format.money(product.price))
        self.description.setText(product.description)
        while self._tags_flow.count():
            item = self._tags_flow.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for tag in product.tags:
            self._tags_flow.addWidget(styled_label(tag, "tag", self.tags))
        self.tags.setVisible(bool(product.tags))
        self.add_to_cart.setAccessibleName(tr("Add {name} to cart").format(name=product.name))
        self.rate.set_product_name(product.name)
        self._shown = 0
        self.thumbnails.set_product(product)
        self._render_picture()

    def set_state(self, in_cart: int, wishlisted: bool, my_rating: int | None) -> None:
        name = self._product.name if self._product else ""
        self.cart_status.setText(tr("In your cart: {qty}").format(qty=in_cart) if in_cart else "")
        self.wishlist.setText(tr("Saved to wishlist") if wishlisted else tr("Save to wishlist"))
        self.wishlist.setIcon(theme.icon("heart-filled" if wishlisted else "heart", "accent"))
        self.wishlist.setAccessibleName(
            (
                tr("Remove {name} from wishlist") if wishlisted else tr("Save {name} to wishlist")
            ).format(name=name)
        )
        self.wishlist.setProperty("active", wishlisted)
        restyle(self.wishlist)
        self.rate.set_value(my_rating)
        self.rate_status.setText(
            tr("You rated this {stars} of 5").format(stars=my_rating)
            if my_rating
            else tr("Not rated yet")
        )

    def set_cart_refusal(self, reason: str) -> None:
        """Why the cart cannot take the product now ("" when it can): the button is off and
        the reason is said beside it, not a click that silently does nothing."""
        self.add_to_cart.setEnabled(not reason)
        self.add_to_cart.setToolTip(reason)
        self.add_to_cart.setAccessibleDescription(reason)
        self.cart_refusal.setText(reason)
        self.cart_refusal.setVisible(bool(reason))

    def set_recommendation(self, rank: int | None, sentence: str) -> None:
        """Where the product stands in the user's recommendations: the engine's headline
        (recommended) or what keeps it out and what would bring it in (not recommended)."""
        name = self._product.name if self._product else ""
        if rank is not None:
            self.why_status.setText(
                tr("Recommended for you at #{rank}. {why}").format(rank=rank, why=sentence)
            )
            self.why_button.setText(tr("Why?"))
            self.why_button.setAccessibleName(tr("Why am I seeing this: {name}").format(name=name))
        else:
            self.why_status.setText(tr("Not in your recommendations. {why}").format(why=sentence))
            self.why_button.setText(tr("Why not?"))
            self.why_button.setAccessibleName(
                tr("Why is this not recommended: {name}").format(name=name)
            )
        self.why_row.setVisible(explanations_shown(self))

    @Slot()
    def _on_why_clicked(self) -> None:
        if self._product is not None:
            self.why_requested.emit(self._product.id, None)

    def set_related(self, shelf: Shelf, catalog: Catalog) -> None:
        self.related.where = related_where(shelf.source_title or shelf.title)
        self.related.set_shelf(shelf, catalog)
        self.related.setVisible(bool(shelf.items))
        self.how.setVisible(bool(shelf.items) and explanations_shown(self))

    def cards(self) -> list[ProductCard]:
        return self.related.cards()

    # --- layout -------------------------------------------------------------------------
    def _picture_size(self) -> QSize:
        """As big as BIG_PICTURE at this scale, or as the page is wide (never sideways)."""
        px = theme.px
        room = self.viewport().width() - 2 * px(PAGE_MARGIN) - 2 * px(FRAME_MARGIN) - 2
        width = max(px(SMALLEST_PICTURE), min(px(BIG_PICTURE.width()), room))
        return QSize(width, width * BIG_PICTURE.height() // BIG_PICTURE.width())

    def _fit_picture(self) -> None:
        size = self._picture_size()
        if size != self.picture.size():
            self.picture.setFixedSize(size)
            self._render_picture()

    @Slot(int)
    def _on_picture_chosen(self, index: int) -> None:
        self._shown = index
        self._render_picture()

    def _render_picture(self) -> None:
        if self._product is not None:
            pixmap = images.product_pixmap(
                self._product,
                self.picture.size(),
                self.devicePixelRatioF(),
                image=self._product.pictures[self._shown],
            )
            self.picture.setPixmap(pixmap)
            self.picture.setAccessibleName(picture_name(self._product, self._shown))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render_picture()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.viewport().width() < theme.px(STACK_BELOW)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.main.direction() != direction:
            self.main.setDirection(direction)
        self._fit_picture()


def refusal_words(refused: str | None) -> str:
    """Why a helpful vote would not be recorded, in words ('' when it would be)."""
    if refused == review_votes.PAUSED:
        return tr("Helpful votes are not recorded while collection is paused.")
    if refused == review_votes.CONSENT_OFF:
        return tr(
            "Helpful votes are not recorded: \u201c{switch}\u201d is off in your privacy choices."
        ).format(switch=consent_label("ratings"))  # the switch's name, as on the privacy page
    if refused == review_votes.SENSITIVE:
        return tr(
            "Helpful votes on products in this department are not recorded: it is a sensitive "
            "department, and you have not switched it on."
        )
    return ""


class ProductController(PageController):
    """Opening a product records a view (where it was opened from); actions call the store."""

    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = ProductView()
        self._watch_cards(self.view)
        self.view.add_to_cart_clicked.connect(self._on_add_to_cart)
        self.view.wishlist_clicked.connect(self._on_wishlist)
        self.view.rating_chosen.connect(self._on_rating_chosen)
        self.view.category_clicked.connect(self._on_category_clicked)
        self.view.how_requested.connect(lambda: self.navigator.go(Route(HOW_IT_WORKS)))
        self.view.vote_clicked.connect(self._on_vote_clicked)
        self._product_id = ""
        self._reviews_day: date | None = None  # the day the shown review dates count from

    @property
    def product_id(self) -> str:
        return self._product_id

    def open(self, route: Route, fresh: bool) -> None:
        self._product_id = route.arg
        if fresh:
            record_ops.record(
                self.services.store,
                "view",
                product_id=route.arg,
                where=route.where or PRODUCT_WHERE,
            )
            self.view.scroll_to_top()
        catalog = self.services.catalog
        product = catalog.product(route.arg)
        self.view.show_product(product, catalog.category(product.category))
        self._reviews_day = None
        self.refresh()

    def refresh(self) -> None:
        store = self.services.store
        pid = self._product_id
        in_cart = sum(qty for product_id, qty in store.cart() if product_id == pid)
        self.view.set_state(in_cart, pid in store.wishlist(), store.rating_of(pid))
        self.view.set_cart_refusal(record_ops.cart_refusal(store, pid))
        rec = self.services.recommender
        why = rec.why(pid)
        if why.rank is not None:
            self.view.set_recommendation(why.rank, why.headline)
        else:
            self.view.set_recommendation(None, rec.counterfactual(pid).message)
        self.view.set_related(rec.related(pid), self.services.catalog)
        self._show_reviews()

    def _show_reviews(self) -> None:
        """The reviews (again only when the shop's day moved: rebuilt cards would take the
        keyboard focus off a vote button), the shopper's votes, and why a vote would not be
        recorded now."""
        store = self.services.store
        product = self.services.catalog.product(self._product_id)
        today = store.clock.now().date()
        if today != self._reviews_day:
            self._reviews_day = today
            self.view.reviews.set_reviews(
                catalog_reviews.summary(product), catalog_reviews.reviews(product, today), today
            )
        refused = review_votes.refusal(store, product.id)
        self.view.reviews.set_votes(
            set(review_votes.votes(store, product.id)), refusal_words(refused)
        )

    @Slot(int)
    def _on_vote_clicked(self, number: int) -> None:
        review_votes.toggle_review_vote(
            self.services.store, self._product_id, number, where=PRODUCT_WHERE
        )

    @Slot()
    def _on_add_to_cart(self) -> None:
        record_ops.add_to_cart(self.services.store, self._product_id, where=PRODUCT_WHERE)

    @Slot()
    def _on_wishlist(self) -> None:
        record_ops.toggle_wishlist(self.services.store, self._product_id, where=PRODUCT_WHERE)

    @Slot(int)
    def _on_rating_chosen(self, stars: int) -> None:
        record_ops.rate(self.services.store, self._product_id, stars, where=PRODUCT_WHERE)

    @Slot()
    def _on_category_clicked(self) -> None:
        product = self.services.catalog.product(self._product_id)
        self.navigator.go(Route(CATEGORY, product.category))
