"""Going through the checkout's steps as a shopper does: shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ADDRESS = {
    "name": "Ada Lee",
    "street": "12 Pine St",
    "city": "Seattle",
    "state": "WA",
    "zip_code": "98101",
}
CARD = {"number": "4242 4242 4242 4242", "expiry": "08/29", "code": "123"}


def settle(qtbot, ms: int = 30) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def fill(qtbot, fields, values: dict[str, str]) -> None:
    """Click each field and type its value (what was there is cleared first)."""
    for key, text in values.items():
        edit = fields[key].edit
        edit.clear()
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(edit, text)


def place_by_mouse(qtbot, window, remember: bool = False) -> None:
    """From the cart page: Check out, fill both forms, place the order, by mouse."""
    qtbot.mouseClick(window.cart.view.checkout, Qt.MouseButton.LeftButton)
    view = window.checkout.view
    fill(qtbot, view.address.fields, ADDRESS)
    if remember:
        box = view.address.remember
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center() / 4)
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    fill(qtbot, view.payment.fields, CARD)
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)  # "Place order"
    settle(qtbot)
