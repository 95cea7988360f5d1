"""The filter bar of a category or search page: price range, minimum rating, brands, and
"Clear filters". It holds the choice only (tightrope.product_filters does the filtering);
nothing here is recorded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.product_filters import BRAND, PRICE, PRICE_BUCKETS, RATING, RATING_STEPS, Filters
from tightrope.ui import format
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.widgets.flow import FlowLayout

tr = translator("Filters")


def price_words(bucket: str) -> str:
    """'Under $25', '$25 to $50', 'Over $250', 'Any price'."""
    lo, hi = PRICE_BUCKETS[bucket]
    if lo is None and hi is None:
        return tr("Any price")
    if lo is None:
        return tr("Under {price}").format(price=format.money(hi or 0).removesuffix(".00"))
    if hi is None:
        return tr("Over {price}").format(price=format.money(lo).removesuffix(".00"))
    return tr("{low} to {high}").format(
        low=format.money(lo).removesuffix(".00"), high=format.money(hi).removesuffix(".00")
    )


def rating_words(stars: float | None) -> str:
    """'4.5 stars & up', 'Any rating'."""
    return (
        tr("Any rating") if stars is None else tr("{stars} stars & up").format(stars=f"{stars:g}")
    )


def filter_words(name: str, filters: Filters) -> str:
    """One filter as set, in words: 'the price filter (Under $25)'."""
    if name == PRICE:
        return tr("the price filter ({value})").format(value=price_words(filters.price))
    if name == RATING:
        return tr("the rating filter ({value})").format(value=rating_words(filters.min_rating))
    return tr("the brand filter ({value})").format(value=", ".join(sorted(filters.brands)))


class FilterBar(QWidget):
    """Signals: ``changed()`` (the shopper changed a filter, or cleared them)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # label and box stay together; the pairs wrap onto more lines when the page is narrow
        self.choice_row = QWidget(self)
        row = FlowLayout(self.choice_row, 16)
        price_pair, rating_pair = QWidget(self.choice_row), QWidget(self.choice_row)
        self.price_label = QLabel(tr("Price"), price_pair)
        self.price = FittingComboBox(price_pair)
        self.price.setAccessibleName(tr("Filter by price"))
        self.price_label.setBuddy(self.price)
        for bucket in PRICE_BUCKETS:
            self.price.addItem(price_words(bucket), bucket)
        self.rating_label = QLabel(tr("Rating"), rating_pair)
        self.rating = FittingComboBox(rating_pair)
        self.rating.setAccessibleName(tr("Filter by rating"))
        self.rating_label.setBuddy(self.rating)
        self.rating.addItem(rating_words(None), None)
        for stars in RATING_STEPS:
            self.rating.addItem(rating_words(stars), stars)
        self.clear_button = QPushButton(tr("Clear filters"), self.choice_row)
        self.clear_button.setObjectName("linkButton")
        self.clear_button.setAccessibleName(tr("Clear filters"))
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        for pair, label, box in (
            (price_pair, self.price_label, self.price),
            (rating_pair, self.rating_label, self.rating),
        ):
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.setSpacing(8)
            pair_layout.addWidget(label)
            pair_layout.addWidget(box)
            row.addWidget(pair)
        row.addWidget(self.clear_button)
        layout.addWidget(self.choice_row)

        self.brand_row = QWidget(self)
        self._brand_flow = FlowLayout(self.brand_row, 12)
        self.brand_label = QLabel(tr("Brand"), self.brand_row)
        self._brand_flow.addWidget(self.brand_label)
        layout.addWidget(self.brand_row)
        self.brand_boxes: dict[str, QCheckBox] = {}

        self.price.currentIndexChanged.connect(self._on_changed)
        self.rating.currentIndexChanged.connect(self._on_changed)
        self.clear_button.clicked.connect(self.clear)
        self._sync_clear()

    def filters(self) -> Filters:
        brands = frozenset(b for b, box in self.brand_boxes.items() if box.isChecked())
        return Filters(self.price.currentData(), self.rating.currentData(), brands)

    def set_brands(self, brands: Sequence[str]) -> None:
        """Offer these brands (those on the page), keeping the ticks of those still offered."""
        if list(self.brand_boxes) == list(brands):
            return
        ticked = {b for b, box in self.brand_boxes.items() if box.isChecked()}
        for box in self.brand_boxes.values():
            self._brand_flow.removeWidget(box)
            box.deleteLater()
        self.brand_boxes = {}
        for brand in brands:
            box = QCheckBox(format.literal(brand), self.brand_row)
            box.setAccessibleName(tr("Brand: {brand}").format(brand=brand))
            box.setChecked(brand in ticked)
            box.toggled.connect(self._on_changed)
            self._brand_flow.addWidget(box)
            self.brand_boxes[brand] = box
        # Tab goes from "Clear filters" along the brands, then on (they are made after the
        # page's other controls, so without this they would come last)
        before: QWidget = self.clear_button
        for box in self.brand_boxes.values():
            QWidget.setTabOrder(before, box)
            before = box
        self.brand_row.setVisible(len(brands) > 1)
        self._sync_clear()

    @Slot()
    def clear(self) -> None:
        """Every filter off; one ``changed`` when anything was on."""
        if not self.filters().active:
            return
        for widget in (self.price, self.rating, *self.brand_boxes.values()):
            widget.blockSignals(True)
        self.price.setCurrentIndex(0)
        self.rating.setCurrentIndex(0)
        for box in self.brand_boxes.values():
            box.setChecked(False)
        for widget in (self.price, self.rating, *self.brand_boxes.values()):
            widget.blockSignals(False)
        self._on_changed()

    def describe(self, names: Sequence[str]) -> list[str]:
        filters = self.filters()
        return [filter_words(name, filters) for name in names if name in (PRICE, RATING, BRAND)]

    @Slot()
    def _on_changed(self) -> None:
        self._sync_clear()
        self.changed.emit()

    def _sync_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.filters().active))
