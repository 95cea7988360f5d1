"""Helpers the UI tests share, in one place: letting Qt settle, the shop window shown at
1280x800, a bare widget shown as a window, a click as a participant makes it, the name a
screen reader says, and a checkout filled in. They import PySide6, so they live here, not in tests/helpers.py (which
the Qt-free core tests import)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.ui.main_window import MainWindow


def settle(qtbot, ms: int = 50) -> None:
    """Let queued events run, then wait ``ms`` for timers (deferred layout, fades)."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(ms)


def show_window(qtbot, services) -> MainWindow:
    """The shop window at 1280x800, shown offscreen on the home page."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def settled_window(qtbot, services) -> MainWindow:
    """:func:`show_window`, with its first events and timers run."""
    win = show_window(qtbot, services)
    settle(qtbot)
    return win


def show_top_level(qtbot, widget: QWidget) -> None:
    """Show a bare widget as a window. Its minimum size is fixed first: the offscreen
    platform warns when a shown window's size hints change."""
    widget.setMinimumSize(widget.minimumSizeHint().expandedTo(widget.minimumSize()))
    widget.show()
    qtbot.waitExposed(widget)


def press(qtbot, widget, clicks: list[int] | None = None) -> None:
    """A left click, counted in ``clicks[0]`` when given. A check box or radio button is
    clicked on its box, not its (long) label: the click lands where the indicator is."""
    if clicks is not None:
        clicks[0] += 1
    if widget.metaObject().className() in ("QCheckBox", "QRadioButton"):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center() / 4)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click(qtbot, widget) -> None:
    """:func:`press`, then settle."""
    press(qtbot, widget)
    settle(qtbot)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for widget (mnemonic ampersands dropped)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).replace("&", "").strip() if iface else ""


# --- going through the checkout as a shopper does -----------------------------------
ADDRESS = {
    "name": "Ada Lee",
    "street": "12 Pine St",
    "city": "Seattle",
    "state": "WA",
    "zip_code": "98101",
}
CARD = {"number": "4242 4242 4242 4242", "expiry": "08/29", "code": "123"}


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
