"""Building blocks: the flow grid, clamped labels, cards, stars, sorting, formatting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from tests.helpers import make_product, make_rec
from tests.ui.helpers import show_top_level
from tightrope.ui import format
from tightrope.ui.pages.browse import sort_products
from tightrope.ui.widgets.card import CARD_WIDTH, ProductCard
from tightrope.ui.widgets.flow import FlowLayout
from tightrope.ui.widgets.labels import ClampedLabel
from tightrope.ui.widgets.stars import StarRatingInput

pytestmark = pytest.mark.gui


def test_flow_layout_wraps_and_grows_downwards(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=16)
    for _ in range(6):
        child = QWidget(host)
        child.setFixedSize(100, 50)
        flow.addWidget(child)
    assert flow.heightForWidth(10_000) == 50
    assert flow.heightForWidth(232) == 3 * 50 + 2 * 16  # two per row
    assert flow.heightForWidth(100) == 6 * 50 + 5 * 16


def test_justified_grid_fills_rows(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=16, justify=True)
    cards = [ProductCard(make_product(id=f"p{i}"), parent=host, stretch=True) for i in range(5)]
    for card in cards:
        flow.addWidget(card)
    host.resize(1000, flow.heightForWidth(1000))
    show_top_level(qtbot, host)
    widths = {card.width() for card in cards}
    assert len(widths) == 1 and widths.pop() >= CARD_WIDTH
    right = max(card.geometry().right() for card in cards)
    assert 1000 - 16 <= right + 1 <= 1000
    assert all(card.picture.width() > 200 for card in cards)
    qtbot.waitUntil(lambda: all(not c.picture.pixmap().isNull() for c in cards))
    card = cards[0]
    assert card.picture.pixmap().deviceIndependentSize().width() == card.picture.width()


def test_clamped_label_elides_only_what_does_not_fit(qtbot):
    label = ClampedLabel(2)
    qtbot.addWidget(label)
    label.resize(200, 60)
    label.set_full_text("Short name")
    assert label.text() == "Short name" and label.toolTip() == ""
    long = "Summit Sleeping Bag Ultralight Mummy Edition with Compression Sack and Liner Extra"
    label.set_full_text(long)
    assert label.text().count("\n") == 1
    assert label.text().endswith("\u2026")
    assert label.toolTip() == long
    assert label.accessibleName() == long


def test_clamped_labels_lay_a_catalog_text_out_once_per_width_and_font(qtbot, monkeypatch):
    from tightrope.ui.widgets import labels

    long = "Summit Sleeping Bag Ultralight Mummy Edition with Compression Sack and Liner Extra"
    first, second, wider = (ClampedLabel(2, catalog_text=True) for _ in range(3))
    for label, width in ((first, 200), (second, 200), (wider, 420)):
        qtbot.addWidget(label)
        label.resize(width, 60)
    first.set_full_text(long)
    laid_out: list[int] = []
    clamp = ClampedLabel._clamp
    monkeypatch.setattr(
        ClampedLabel, "_clamp", lambda self, w: (laid_out.append(w), clamp(self, w))[1]
    )
    second.set_full_text("Camp Mug, once")
    second.set_full_text(long)  # as the first label showed it: not laid out again
    assert (second.text(), second.toolTip()) == (first.text(), long)
    assert laid_out == [200]  # only the mug's name was new
    wider.set_full_text(long)  # another width: laid out, and the text fits now
    assert laid_out == [200, 420]
    assert "\u2026" not in wider.text() and wider.toolTip() == ""
    bold = second.font()
    bold.setBold(True)
    second.setFont(bold)  # another font: laid out again (the change re-clamps at once)
    assert laid_out[-1] == 200 and len(laid_out) == 3
    # A label of other text (a reason may quote a search) is laid out each time and leaves
    # nothing behind: a forgotten search must not outlive the forget in a cache.
    reason = ClampedLabel(1)
    qtbot.addWidget(reason)
    reason.resize(200, 30)
    reason.set_full_text("Because you searched \u201czqclampmarker\u201d")
    reason.set_full_text("Because you searched \u201czqclampmarker\u201d")
    assert laid_out[3:] == [200, 200]
    assert not any("zqclampmarker" in key[0] for key in labels._CLAMPED)


def test_card_without_picture_file_still_draws_and_names_itself(qtbot):
    product = make_product(sponsored=True, sponsor="Acme")
    card = ProductCard(product, make_rec(product))
    qtbot.addWidget(card)
    show_top_level(qtbot, card)
    assert not card.picture.pixmap().isNull()
    assert card.sponsored.isVisible()
    assert card.accessibleName().startswith("Sponsored, Trail Tent 2P")
    assert card.why.isVisible()
    with qtbot.waitSignal(card.activated) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == ["p1"]


def test_card_does_not_show_sensitivity(qtbot):
    product = make_product(sensitive=True)
    card = ProductCard(product)
    qtbot.addWidget(card)
    texts = " ".join(w.text() for w in card.findChildren(type(card.brand)))
    assert "ensitive" not in texts and "ensitive" not in card.accessibleName()


def test_star_input_emits_rating(qtbot):
    stars = StarRatingInput()
    qtbot.addWidget(stars)
    stars.set_product_name("Trail Tent 2P")
    with qtbot.waitSignal(stars.rated) as blocker:
        qtbot.mouseClick(stars.buttons[2], Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    assert stars.buttons[2].iconSize() == QSize(24, 24)


def test_sort_products():
    a = make_product(id="a", name="A", price=30.0, rating=4.0, rating_count=10)
    b = make_product(id="b", name="B", price=10.0, rating=4.8, rating_count=5)
    c = make_product(id="c", name="C", price=20.0, rating=3.0, rating_count=50)
    assert [p.id for p in sort_products([a, b, c], "relevance")] == ["a", "b", "c"]
    assert [p.id for p in sort_products([a, b, c], "popular")] == ["c", "a", "b"]
    assert [p.id for p in sort_products([a, b, c], "price-asc")] == ["b", "c", "a"]
    assert [p.id for p in sort_products([a, b, c], "price-desc")] == ["a", "c", "b"]
    assert [p.id for p in sort_products([a, b, c], "rating")] == ["b", "a", "c"]


def test_formatting():
    assert format.money(1234.5) == "$1,234.50"
    assert format.rating_text(4.56, 1234) == "4.6 (1,234)"
    assert format.rating_words(4.0, 1) == "Rated 4.0 of 5 by 1 shopper"
    assert format.tr("%Ln item(s)", n=2) == "2 items"
    assert format.literal("Outdoor & camping") == "Outdoor && camping"
