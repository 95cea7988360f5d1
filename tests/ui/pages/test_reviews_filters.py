"""Reviews on the product page (with helpful votes) and filters on category and search pages,
by mouse and keyboard, with the words checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tightrope import catalog_reviews, product_filters
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import review_votes
from tightrope.ui.navigation import CATEGORY, PRODUCT, SEARCH, Route

pytestmark = pytest.mark.gui
TENT = "trail-tent-2p"


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _product(window, qtbot, product_id=TENT):
    window.navigator.go(Route(PRODUCT, product_id, "test"))
    _settle(qtbot)
    return window.product.view.reviews


def test_the_summary_and_reviews_are_the_catalogs(qtbot, window, services):
    section = _product(window, qtbot)
    product = services.catalog.product(TENT)
    summary = catalog_reviews.summary(product)
    assert section.average.text() == f"{product.rating:.1f}"
    assert section.count.text() == f"{product.rating_count} ratings"
    shown = [label.text() for label in section.bar_counts]
    assert shown == [f"{summary.histogram[k - 1]:,}" for k in range(5, 0, -1)]
    assert section.bars[0].accessibleName().startswith("5 stars: ")
    today = services.store.clock.now().date()
    reviews = catalog_reviews.reviews(product, today)
    assert [c.title.text() for c in section.cards()] == [r.title for r in reviews]
    for card, review in zip(section.cards(), reviews, strict=True):
        assert card.review == review
        assert review.author in card.byline.text()
        assert card.vote.accessibleName() == f"Mark {review.author}'s review helpful"
        assert card.vote.isEnabled()


def test_a_vote_by_mouse_counts_is_listed_and_a_second_click_takes_it_back(qtbot, window, services):
    store = services.store
    section = _product(window, qtbot)
    card = section.cards()[0]
    before = card.review.helpful
    qtbot.mouseClick(card.vote, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    card = section.cards()[0]  # the same card: not rebuilt
    assert review_votes.votes(store, TENT).keys() == {card.review.number}
    assert card.count.text() == f"You and {before} other shoppers found this helpful"
    assert card.vote.text() == "Yes, helpful"
    assert card.vote.accessibleName().startswith("Take back your helpful vote")
    labels = [d.label(services.catalog) for d in store.datums()]
    assert "You marked a review of Trail Tent 2P as helpful" in labels
    model = window.your_data.model
    listed = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("helpful" in (text or "") for text in listed)
    qtbot.mouseClick(card.vote, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert review_votes.votes(store, TENT) == {}
    assert card.count.text() == f"{before} shoppers found this helpful"


def test_a_vote_by_keyboard_and_forgetting_it_brings_the_count_down(qtbot, window, services):
    store, rec = services.store, services.recommender
    section = _product(window, qtbot)
    card = section.cards()[1]
    window.activateWindow()
    card.vote.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(card.vote, Qt.Key.Key_Space)
    _settle(qtbot)
    assert card.vote.hasFocus()  # the cards were not rebuilt under the keyboard
    [(number, datum_id)] = review_votes.votes(store, TENT).items()
    assert number == card.review.number
    forget_ops.forget(rec, [datum_id])
    _settle(qtbot)
    assert card.vote.text() == "Yes"
    assert card.count.text() == f"{card.review.helpful} shoppers found this helpful"


def test_without_consent_the_vote_is_off_and_the_page_says_why(qtbot, window, services):
    consent_ops.set_switches(services.store, {"ratings": False}, "test")
    section = _product(window, qtbot)
    assert section.note.isVisible()
    assert section.note.text() == (
        "Helpful votes are not recorded: \u201cRatings & wishlist\u201d is off in your "
        "privacy choices."
    )
    for card in section.cards():
        assert not card.vote.isEnabled()
        assert card.vote.toolTip() == section.note.text()
        assert card.vote.accessibleName().endswith("(not available)")


def test_a_sensitive_products_votes_wait_for_its_opt_in(qtbot, window, services):
    product = next(p for p in services.catalog.products if p.category == "pregnancy-baby")
    section = _product(window, qtbot, product.id)
    assert "sensitive department" in section.note.text()
    assert not section.cards()[0].vote.isEnabled()


def _category(window, qtbot, category="outdoor"):
    window.navigator.go(Route(CATEGORY, category))
    _settle(qtbot)
    return window.category.view


def test_filters_by_keyboard_count_and_clear(qtbot, window, services):
    view = _category(window, qtbot)
    products = services.catalog.in_category("outdoor")
    bar = view.filter_bar
    assert view.count.text() == f"{len(products)} products"
    assert [b for b in bar.brand_boxes] == product_filters.brands_in(products)
    window.activateWindow()
    bar.rating.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(bar.rating, Qt.Key.Key_Down)  # Any rating -> 4.5 stars & up
    _settle(qtbot)
    assert bar.rating.currentText() == "4.5 stars & up"
    kept = [p for p in products if p.rating >= 4.5]
    assert view.count.text() == f"{len(kept)} of {len(products)} products"
    assert {c.product.id for c in view.cards()} == {p.id for p in kept}
    box = next(iter(bar.brand_boxes.values()))
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    _settle(qtbot)
    assert box.isChecked()
    kept = [p for p in kept if p.brand == box.text().replace("&&", "&")]
    assert len(view.cards()) == len(kept)
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert view.count.text() == f"{len(products)} products" and not box.isChecked()
    # nothing about filtering was recorded
    assert [d.kind for d in services.store.datums()] == []


def test_a_search_filtered_to_nothing_names_the_filter_and_clears_it(qtbot, window, services):
    window.navigator.go(Route(SEARCH, "tent"))
    _settle(qtbot)
    view = window.search.view
    found = services.catalog.search("tent")
    assert found and all(p.price >= 25 for p in found)
    bar = view.filter_bar
    window.activateWindow()
    bar.price.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(bar.price, Qt.Key.Key_Down)  # Any price -> Under $25
    _settle(qtbot)
    assert view.empty.isVisible() and not view.grid.isVisible()
    assert view.count.text() == f"0 of {len(found)} products"
    assert view.empty.title.text() == "No products match your filters"
    assert view.empty.text.text() == (
        f"The price filter (Under $25) leaves none of the {len(found)} products on its own."
    )
    qtbot.mouseClick(view.empty.action, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert bar.price.currentData() == "any" and len(view.cards()) == len(found)
    assert window.navigator.current.page == SEARCH  # it cleared, it did not go home


def test_a_new_category_starts_unfiltered(qtbot, window):
    view = _category(window, qtbot)
    view.filter_bar.rating.setCurrentIndex(1)
    _settle(qtbot)
    view = _category(window, qtbot, "kitchen")
    assert view.filter_bar.filters().active == ()


def test_every_filter_and_review_control_has_a_name(qtbot, window):
    bar = _category(window, qtbot).filter_bar
    for w in (bar.price, bar.rating, bar.clear_button, *bar.brand_boxes.values()):
        assert w.accessibleName(), w
    assert bar.price_label.buddy() is bar.price and bar.rating_label.buddy() is bar.rating
    section = _product(window, qtbot)
    for card in section.cards():
        assert card.vote.accessibleName() and card.stars.accessibleName()
    assert all(bar.accessibleName() for bar in section.bars)
