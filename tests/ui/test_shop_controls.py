"""Controls that looked broken to a participant (issue #19, item 6), each checked as drawn."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox

from tests.ui.helpers import settle as _settle
from tightrope.operations import record as record_ops
from tightrope.ui import theme
from tightrope.ui.navigation import PRODUCT, Route
from tightrope.ui.topbar import FULL, STACKED

pytestmark = pytest.mark.gui


def _dark_pixels(image, x0, x1, y0=0, y1=None) -> int:
    """Pixels clearly darker than the box's background in columns x0..x1 (rows y0..y1)."""
    return sum(
        1
        for x in range(max(0, x0), min(image.width(), x1))
        for y in range(y0, image.height() if y1 is None else y1)
        if QColor(image.pixel(x, y)).lightness() < 120
    )


def _dark_rows(image, x0, x1, y0, y1) -> int:
    """How many rows hold a dark pixel: a chevron spans several, a flat line one or two."""
    return sum(1 for y in range(y0, y1) if _dark_pixels(image, x0, x1, y, y + 1))


def test_spin_boxes_and_drop_downs_draw_their_arrows(qtbot, window, artifacts):
    window.privacy.show_page()
    view = window.privacy.view
    view.tabs.setCurrentWidget(view.retention)
    _settle(qtbot)
    spin: QSpinBox = next(iter(view.retention.days.values()))
    image = spin.grab().toImage()
    w = image.width()
    h = image.height()
    for half in ((2, h // 2), (h // 2, h - 2)):  # the up and the down button
        assert _dark_rows(image, w - theme.px(20), w - theme.px(3), *half) >= 3, (
            "the spin box's arrow is missing or a flat line"
        )
    view.tabs.setCurrentWidget(view.know)
    _settle(qtbot)
    combo = view.know.topics
    image = combo.grab().toImage()
    w = image.width()
    assert _dark_pixels(image, w - theme.px(28), w - theme.px(4)) > 8, "no drop-down arrow"
    assert spin.grab().save(str(artifacts / "control-spin-box.png"))
    assert combo.grab().save(str(artifacts / "control-drop-down.png"))


def test_categories_and_workshop_have_their_own_icons(window):
    bar = window.top_bar
    workshop = window.workshop.button
    size = bar.categories.iconSize()
    a = bar.categories.icon().pixmap(size).toImage()
    b = workshop.icon().pixmap(size).toImage()
    assert a != b


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_your_data_is_in_words_at_every_fold(qtbot, window, percent):
    window.workshop.presenter.set_scale(percent)
    bar = window.top_bar
    for width in (1280, 1100, 960):
        window.resize(width, 800)
        _settle(qtbot)
        assert FULL <= bar.level() <= STACKED
        assert bar.your_data.text().startswith("Your data"), (width, bar.your_data.text())


def test_erase_everything_looks_destructive_not_primary(window):
    erase = window.privacy.view.export.erase
    assert erase.objectName() == "destructiveButton"
    window.privacy.show_page()
    erase.ensurePolished()
    ink = erase.palette().buttonText().color().name()
    assert ink == theme.PALETTE["danger"]


def test_the_search_icon_follows_zoom_and_ctrl_0(qtbot, window, artifacts):
    field = window.top_bar.search
    presenter = window.workshop.presenter
    first = (field.height(), field.icon_rect())
    for percent in (200, 100):
        presenter.set_scale(percent)
        _settle(qtbot)
        rect = field.icon_rect()
        assert rect.height() == theme.px(16)
        assert abs(rect.center().y() - field.height() // 2) <= 1  # centred, not low
    assert window.top_bar.grab().save(str(artifacts / "shop-topbar-after-zoom-1280x800.png"))
    # Ctrl+0 gives back exactly the 100 % field
    assert (field.height(), field.icon_rect()) == first


def test_rating_stars_stay_put_after_add_to_cart(qtbot, window, services):
    view = window.product.view
    window.navigator.go(Route(PRODUCT, services.catalog.products[0].id, "test"))
    _settle(qtbot)
    before = view.rate.mapTo(window, view.rate.rect().topLeft())
    view.add_to_cart.click()
    qtbot.waitUntil(lambda: view.cart_status.text() == "In your cart: 1")
    _settle(qtbot)
    assert view.cart_status.isVisible()
    assert view.rate.mapTo(window, view.rate.rect().topLeft()) == before


@pytest.mark.parametrize("percent", [150, 200])
def test_the_cart_summary_is_not_clipped_when_zoomed(qtbot, window, services, artifacts, percent):
    from tightrope.ui.navigation import CART

    for product in services.catalog.products[:4]:
        record_ops.add_to_cart(services.store, product.id)
    window.workshop.presenter.set_scale(percent)
    window.navigator.go(Route(CART))
    _settle(qtbot)
    view = window.cart.view
    summary = view.summary
    view.ensureWidgetVisible(view.checkout)
    _settle(qtbot)
    for label in (view.total, view.subtotal, view.items_label, view.checkout):
        assert label.width() >= label.sizeHint().width(), (label.text(), label.width())
        right = label.mapTo(summary, label.rect().topRight()).x()
        assert right <= summary.width() - theme.px(24) + 1, label.text()
    port = view.viewport()
    assert summary.mapTo(port, summary.rect().topRight()).x() <= port.width()
    assert window.grab().save(str(artifacts / f"shop-cart-summary-{percent}.png"))


# an open list is a popup window: the offscreen platform cannot raise it or grab the keyboard
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
)
def test_no_drop_down_list_clips_its_items(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    dialog = window.workshop.start_session()
    _settle(qtbot)
    combos = [*window.findChildren(QComboBox), *dialog.findChildren(QComboBox)]
    assert len(combos) >= 4
    for combo in combos:
        if combo.count() == 0:
            combo.addItem("A rather long item that is much wider than the box itself, surely")
        combo.showPopup()
        _settle(qtbot)
        view = combo.view()
        assert view.width() >= view.sizeHintForColumn(0), combo.accessibleName()
        combo.hidePopup()
    dialog.reject()
