"""The product page's pictures: every view of a product, chosen by mouse or keyboard, each
with a name a screen reader says; and every shipped picture draws cleanly in Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolButton

from tightrope import paths
from tightrope.ui import images
from tightrope.ui.navigation import PRODUCT, Route

pytestmark = pytest.mark.gui


def _open(qtbot, window, product):
    window.navigator.go(Route(PRODUCT, product.id, "test"))
    for _ in range(3):
        QApplication.processEvents()
    return window.product.view


def _shown(view) -> QImage:
    return view.picture.pixmap().toImage()


def test_thumbnails_switch_the_big_picture_by_mouse(qtbot, window, services, artifacts):
    product = services.catalog.products[0]
    view = _open(qtbot, window, product)
    strip = view.thumbnails
    buttons = strip.buttons()
    assert strip.isVisible() and len(buttons) == len(product.pictures) >= 2
    assert buttons[0].isChecked() and strip.current() == 0
    front = _shown(view)
    assert view.picture.accessibleName() == f"{product.name}, picture 1 of {len(product.pictures)}"

    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert strip.current() == 1 and buttons[1].isChecked() and not buttons[0].isChecked()
    assert _shown(view) != front  # the close-up is another picture
    assert view.picture.accessibleName() == f"{product.name}, picture 2 of {len(product.pictures)}"
    assert window.grab().save(str(artifacts / "shop-product-second-view-1280x800.png"))

    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert _shown(view) == front


def test_thumbnails_work_by_keyboard_and_have_names(qtbot, window, services):
    window.activateWindow()
    product = services.catalog.products[5]
    view = _open(qtbot, window, product)
    buttons = view.thumbnails.buttons()
    count = len(product.pictures)
    for i, button in enumerate(buttons):
        assert button.accessibleName() == f"Show {product.name}, picture {i + 1} of {count}"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    front = _shown(view)

    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)  # moves to the next thumbnail and shows it
    assert buttons[1].hasFocus() and view.thumbnails.current() == 1
    assert _shown(view) != front
    qtbot.keyClick(buttons[1], Qt.Key.Key_Left)
    assert buttons[0].hasFocus() and view.thumbnails.current() == 0 and _shown(view) == front

    buttons[1].setFocus()
    qtbot.keyClick(buttons[1], Qt.Key.Key_Return)
    assert view.thumbnails.current() == 1
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert view.thumbnails.current() == 0 and _shown(view) == front


def test_another_product_opens_on_its_front_view(qtbot, window, services):
    first, second = services.catalog.products[0], services.catalog.products[1]
    view = _open(qtbot, window, first)
    view.thumbnails.buttons()[1].click()
    view = _open(qtbot, window, second)
    assert view.thumbnails.current() == 0
    shown = [b for b in view.thumbnails.findChildren(QToolButton) if b.isVisible()]
    assert len(shown) == len(view.thumbnails.buttons()) == len(second.pictures)
    assert [b.accessibleName() for b in shown] == [
        f"Show {second.name}, picture {i + 1} of {len(second.pictures)}" for i in range(len(shown))
    ]
    expected = images.product_pixmap(second, view.picture.size(), view.devicePixelRatioF())
    assert _shown(view) == expected.toImage()


def test_a_product_with_one_picture_shows_no_thumbnails(qtbot, window, services):
    from dataclasses import replace

    product = services.catalog.products[0]
    view = _open(qtbot, window, product)
    view.show_product(replace(product, gallery=()), services.catalog.category(product.category))
    assert not view.thumbnails.isVisible() and len(view.thumbnails.buttons()) == 1
    assert view.picture.accessibleName() == f"{product.name}, picture 1 of 1"


def test_every_shipped_picture_draws_cleanly_in_qt(catalog):
    """Each picture loads without a Qt warning (the suite fails on those), fills its canvas
    with the studio backdrop and has a product in the middle."""
    size = 48
    for product in catalog.products:
        for picture in product.pictures:
            renderer = QSvgRenderer(str(paths.asset(picture)))
            assert renderer.isValid(), picture
            assert renderer.defaultSize() == QSize(240, 240), picture
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(QColor(0, 0, 0, 0))
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            # the studio backdrop fills the canvas: an opaque corner means it was drawn
            assert image.pixelColor(1, 1).alpha() == 255, picture
            assert image.pixelColor(size // 2, size // 2) != image.pixelColor(1, 1), picture
