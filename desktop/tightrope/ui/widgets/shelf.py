"""Rows and grids of product cards.

:class:`ShelfView` is a titled horizontal row (it scrolls sideways on its own, the page
never does); :class:`ProductGrid` wraps cards onto as many rows as the width needs. Both
re-use their cards when a refresh brings the same products, so a live update does not
flicker or steal keyboard focus. A refresh updates the cards in view at once and the
others (scrolled out of sight) just after that frame has painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog import Catalog, Product
from tightrope.engine.explain import Recommendation, Shelf
from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.condition import explanations_shown
from tightrope.ui.names import set_name
from tightrope.ui.timers import one_shot
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import styled_label

tr = translator("Shelf")

CARD_SPACING = 16  # at 100 %; theme.px() scales it

# Shelf titles in the opaque study condition: a typical store's, which explain nothing.
OPAQUE_TITLES = {
    "for-you": tr.mark("Recommended for you"),
    "because-viewed": tr.mark("You might also like"),
    "community": tr.mark("Popular with other shoppers"),
}


class CardSet(QWidget):
    """Owns a list of cards in some layout and forwards their signals with a 'where'.

    Signals: ``product_activated(str product_id, str where)``,
    ``why_requested(str product_id, object recommendation)``.
    """

    product_activated = Signal(str, str)
    why_requested = Signal(str, object)

    stretch_cards = False

    def __init__(self, where: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.where = where
        self._cards: list[ProductCard] = []
        # cards out of view whose new recommendation waits for the frame to be painted
        self._later: dict[ProductCard, Recommendation | None] = {}
        self._later_timer = one_shot(self, self.finish_updates)
        # A hidden card built ahead, after a frame: a set that grows takes it instead of
        # building one (~2 ms, the slowest part of a forget that brings a product in).
        self._reserve: list[ProductCard] = []
        self._reserve_timer = one_shot(self, self._fill_reserve)

    def cards(self) -> list[ProductCard]:
        return list(self._cards)

    @Slot()
    def finish_updates(self) -> None:
        """Give the cards out of view their new recommendations now (see _refresh)."""
        self._later_timer.stop()
        later, self._later = self._later, {}
        for card, rec in later.items():
            if shiboken6.isValid(card) and card in self._cards:
                card.set_recommendation(rec)

    def _in_view(self) -> Callable[[int], bool]:
        """Whether place k of the set, as its cards are laid out now, is on screen (a place
        past them counts as on screen: nothing says it is not). Cards are all one size, so
        a card moved to place k will be where the card at k was."""
        view = self._container().visibleRegion().boundingRect()
        slots = [c.geometry() for c in self._cards]
        return lambda k: k >= len(slots) or view.intersects(slots[k])

    def _refresh(
        self,
        updates: Sequence[tuple[int, ProductCard, Recommendation | None]],
        in_view: Callable[[int], bool],
    ) -> None:
        """New recommendations for cards that stay, each (its place in the set, card, rec):
        those whose place is in view now, the rest after the frame (a card's headline is laid
        out again when it changes: cards scrolled out of sight cost the frame nothing it
        shows). ``in_view``: see :meth:`_in_view`."""
        for k, card, rec in updates:
            if in_view(k):
                self._later.pop(card, None)
                card.set_recommendation(rec)
            else:
                self._later[card] = rec
        if self._later:
            self._later_timer.start()

    def _layout(self):  # the layout cards are added to
        raise NotImplementedError

    def _shelf_of(self, _product_id: str) -> str:
        """The shelf a card names (see ProductCard.set_shelf): none, but on a shelf."""
        return ""

    def _set_items(self, items: Sequence[tuple[Product, Recommendation | None]]) -> None:
        wanted = [p.id for p, _ in items]
        in_view = self._in_view()
        for card in self._cards:  # a card that stays says its shelf, or stops saying it
            if card.product.id in wanted:
                card.set_shelf(self._shelf_of(card.product.id))
        if wanted == [c.product.id for c in self._cards]:
            recs = [rec for _, rec in items]
            self._refresh([(k, c, recs[k]) for k, c in enumerate(self._cards)], in_view)
            return
        # Cards for products that stay are kept (moved if need be); cards for products that
        # left show the products that came in. Building a card costs a frame's worth of
        # time per few cards, refilling one a fraction of that.
        kept = {c.product.id: c for c in self._cards if c.product.id in set(wanted)}
        focused = QApplication.focusWidget()
        spare = [
            c
            for c in self._cards
            if c.product.id not in kept and not (focused is not None and c.isAncestorOf(focused))
        ]
        dropped = [c for c in self._cards if c.product.id not in kept and c not in spare]
        cards: list[ProductCard] = []
        created: list[ProductCard] = []
        stay: list[tuple[int, ProductCard, Recommendation | None]] = []
        for product, rec in items:
            card = kept.pop(product.id, None)
            if card is not None:
                stay.append((len(cards), card, rec))
            elif spare:
                card = spare.pop(0)
                now = in_view(len(cards))  # filled now if its place is in view, else later
                card.set_product(product, rec, fill=now, shelf=self._shelf_of(product.id))
                if now:
                    self._later.pop(card, None)  # a recommendation for the product it showed
                else:
                    self._later[card] = rec
            else:
                card = self._new_card(product, rec)
                created.append(card)
            cards.append(card)
        layout = self._layout()
        for card in (*spare, *dropped):
            layout.removeWidget(card)
            card.hide()
            if card in spare and not self._reserve:
                card.set_recommendation(None)  # its reason may name data just forgotten
                self._reserve.append(card)  # shown again by the next set that grows
            else:
                card.deleteLater()
        in_layout = [c for c in self._cards if c in cards]  # kept and refilled, old order
        if created or in_layout != [c for c in cards if c in in_layout]:
            for card in cards:
                layout.removeWidget(card)
            for card in cards:
                layout.addWidget(card)
        self._cards = cards
        for card in (*spare, *dropped):
            self._later.pop(card, None)
        self._refresh(stay, in_view)
        for card in created:
            card.show()
        self._fix_tab_order()
        if not self._reserve:
            self._reserve_timer.start()

    def _new_card(self, product: Product, rec: Recommendation | None) -> ProductCard:
        if self._reserve:
            card = self._reserve.pop()
            card.set_product(product, rec, shelf=self._shelf_of(product.id))
            return card
        card = ProductCard(
            product,
            rec,
            self._container(),
            stretch=self.stretch_cards,
            shelf=self._shelf_of(product.id),
        )
        card.activated.connect(self._on_card_activated)
        card.why_requested.connect(self.why_requested)
        return card

    @Slot()
    def _fill_reserve(self) -> None:
        if self._reserve or not self._cards or not shiboken6.isValid(self):
            return
        card = self._new_card(self._cards[-1].product, None)  # hidden: never laid out
        theme.polish_tree(card)
        self._reserve.append(card)

    def _container(self) -> QWidget:
        return self

    def _fix_tab_order(self) -> None:
        previous: QWidget | None = None
        for card in self._cards:
            if previous is not None:
                QWidget.setTabOrder(previous, card)
            QWidget.setTabOrder(card, card.why)
            previous = card.why

    @Slot(str)
    def _on_card_activated(self, product_id: str) -> None:
        self.product_activated.emit(product_id, self.where)


class _RowScroll(QScrollArea):
    """A sideways scroll area exactly as tall as its row of cards."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        row = self.widget()
        height = row.sizeHint().height() if row is not None else 0
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())


class ShelfView(CardSet):
    """A shelf: title, optional subtitle, and a sideways-scrolling row of cards."""

    def __init__(self, where: str = "", parent: QWidget | None = None):
        super().__init__(where, parent)
        self.shelf_id = ""
        self._twice: frozenset[str] = frozenset()  # products also on another shelf
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._outer = outer
        self.title = styled_label("", "h2", self)
        self.title.setWordWrap(True)  # a long title wraps at large text, never widens the page
        self.subtitle = styled_label("", "muted", self)
        self.subtitle.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        self._gap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        outer.addItem(self._gap)

        self.scroll = _RowScroll(self)
        self.scroll.setObjectName("shelfScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.row = QWidget(self.scroll)
        self.row.setObjectName("shelfRow")
        self._row_layout = QHBoxLayout(self.row)
        self._row_layout.addStretch(1)
        self.scroll.setWidget(self.row)
        outer.addWidget(self.scroll)
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        px = theme.px
        self._outer.setSpacing(px(4))
        self._gap.changeSize(0, px(8), QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # Room for a card's focus ring and highlight; the scroll bar sits below the cards.
        self._row_layout.setContentsMargins(2, 2, 2, px(12))
        self._row_layout.setSpacing(px(CARD_SPACING))
        self._outer.invalidate()

    def _layout(self) -> QHBoxLayout:
        return self._row_layout

    def update_condition(self) -> None:
        """Title and subtitle; the opaque study condition drops the ones that explain."""
        title, subtitle = getattr(self, "_shelf_title", ""), getattr(self, "_shelf_subtitle", "")
        if not explanations_shown(self):
            opaque = OPAQUE_TITLES.get(self.shelf_id)
            title, subtitle = (tr(opaque) if opaque else title), ""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        set_name(self.scroll, title)
        set_name(self.scroll.horizontalScrollBar(), title)  # "<title> scroll bar"

    def _container(self) -> QWidget:
        return self.row

    def _shelf_of(self, product_id: str) -> str:
        return self.title.text() if product_id in self._twice else ""

    def set_shelf(
        self, shelf: Shelf, catalog: Catalog, twice: frozenset[str] = frozenset()
    ) -> None:
        """Show this shelf; ``twice``: the products also on another shelf of the page
        (their cards say which shelf they are on)."""
        self.shelf_id = shelf.id
        self._twice = twice
        self._shelf_title, self._shelf_subtitle = shelf.title, shelf.subtitle
        self.update_condition()
        self._show_items(
            [
                (catalog.product(r.product_id), r)
                for r in shelf.items
                if r.product_id in catalog.by_id
            ]
        )

    def set_products(self, title: str, products: Sequence[Product]) -> None:
        """A shelf of products that are not recommendations (no reasons, no "Why?")."""
        self.shelf_id = ""
        self._twice = frozenset()
        self._shelf_title, self._shelf_subtitle = title, ""
        self.update_condition()
        self._show_items([(p, None) for p in products])

    def _show_items(self, items: Sequence[tuple[Product, Recommendation | None]]) -> None:
        if [p.id for p, _ in items] == [c.product.id for c in self._cards]:
            self._set_items(items)  # same cards: the row's layout is left alone
            return
        # keep the trailing stretch last
        stretch = self._row_layout.takeAt(self._row_layout.count() - 1)
        self._set_items(items)
        self._row_layout.addItem(stretch)


class ProductGrid(CardSet):
    """Cards in as many columns as fit, widened to fill the row, growing downwards."""

    stretch_cards = True

    def __init__(self, where: str = "", parent: QWidget | None = None):
        super().__init__(where, parent)
        self._flow = FlowLayout(self, CARD_SPACING, justify=True)
        self._flow.setContentsMargins(2, 2, 2, 2)
        theme.follow_scale(self, lambda: self._flow.set_spacing(theme.px(CARD_SPACING)))

    def _layout(self) -> FlowLayout:
        return self._flow

    def set_products(
        self, products: Sequence[Product], recommendations: dict[str, Recommendation] | None = None
    ) -> None:
        recs = recommendations or {}
        self._set_items([(p, recs.get(p.id)) for p in products])
        self.updateGeometry()
