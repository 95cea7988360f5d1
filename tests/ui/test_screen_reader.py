"""What a screen reader gets, checked in process (issue #21; test_atspi.py checks the same
through the real AT-SPI bus): headings with levels, no two focusable controls of a screen
named alike, Enter on a card's "Why?" button, Tab after "Your data", focus back on the
opener when the panel closes, names that change once."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tightrope.ui.headings import HeadingInterface, heading_level
from tightrope.ui.navigation import HOME, YOUR_DATA, Route
from tightrope.ui.why.content import FORGET_SET

from .test_a11y_walk import PERSONA

pytestmark = pytest.mark.gui


@pytest.fixture
def rich(window):
    window.workshop.load_persona(PERSONA)
    window.refresh()
    return window


def duplicate_names(root: QWidget) -> dict[str, int]:
    """Names shared by visible, enabled, Tab-focusable controls under ``root``."""
    names = Counter(
        w.accessibleName()
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    )
    return {name: n for name, n in names.items() if n > 1}


def headings(root: QWidget) -> list[tuple[str, int]]:
    """(text, level) of every visible label exposed as a heading, as Qt's accessibility
    layer hands it to AT-SPI (the interface's role and level)."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is not None and interface.role() == QAccessible.Role.Heading:
            assert isinstance(interface, HeadingInterface)
            assert interface.level == heading_level(label)
            out.append((interface.text(QAccessible.Text.Name), interface.level))
    return out


def complete_panel(qtbot, window, product_id: str):
    panel = window.why.show(product_id)
    qtbot.waitUntil(panel.is_complete)
    if panel.toggle.isVisible() and not panel.expanded:
        panel.toggle.click()  # every reason listed: the most controls at once
        qtbot.waitUntil(panel.is_complete)
    return panel


def test_home_and_every_why_panel_have_no_duplicate_names(qtbot, rich):
    window = rich
    window.navigator.go(Route(HOME))
    assert duplicate_names(window.home.view) == {}
    cards = window.home.view.cards()
    # a product is on one home shelf only (tightrope.engine.shelf_rules); were it on two,
    # its card and "Why?" would say which shelf (tested with shelves made to repeat one)
    twice = [c for c in cards if sum(o.product.id == c.product.id for o in cards) > 1]
    assert twice == []
    checked = 0
    for product_id in dict.fromkeys(c.product.id for c in cards):
        panel = complete_panel(qtbot, window, product_id)
        assert duplicate_names(panel) == {}, product_id
        checked += 1
    assert checked >= 10


def test_actions_name_the_data_point_with_when_it_was_collected(qtbot, rich):
    window = rich
    panel = complete_panel(qtbot, window, window.home.view.cards()[0].product.id)
    for button in panel.action_buttons():
        if button.action.kind == FORGET_SET:
            continue  # "Forget these N" names every data point it forgets
        info = next(
            r.row.datum
            for r in panel.visible_rows()
            if r.row.datum is not None and r.row.datum.datum_id == button.action.datum_id
        )
        assert button.accessibleName().endswith(f"{info.label}, {info.when}")


def test_pages_and_panels_have_headings_with_levels(qtbot, rich):
    window = rich
    window.navigator.go(Route(HOME))
    home = headings(window.home.view)
    assert [h for h in home if h[1] == 1] == [("Good gear, chosen with you, not about you", 1)]
    assert ("Recommended for you", 2) in home and ("Shop by category", 2) in home
    panel = complete_panel(qtbot, window, window.home.view.cards()[0].product.id)
    inside = headings(panel)
    assert ("Why am I seeing this?", 1) in inside
    assert ("What it rests on", 2) in inside and ("What would change it", 2) in inside
    window.navigator.go(Route(YOUR_DATA))
    assert [h for h in headings(window.your_data.view) if h[1] == 1] == [("Your data", 1)]


def test_enter_on_a_cards_why_button_opens_the_panel_not_the_product(qtbot, rich):
    window = rich
    card = window.home.view.cards()[0]
    card.why.setFocus()
    qtbot.waitUntil(card.why.hasFocus)
    with qtbot.assertNotEmitted(card.activated):
        qtbot.keyClick(card.why, Qt.Key.Key_Return)
    assert window.side_panel() is window.why.panel
    assert window.why.panel.product_id == card.product.id
    window.hide_side_panel()
    # the card itself still opens its product on Enter
    card.setFocus()
    with qtbot.waitSignal(card.activated):
        qtbot.keyClick(card, Qt.Key.Key_Return)


def test_tab_after_your_data_reaches_workshop_tools(qtbot, rich):
    window = rich
    bar = window.top_bar
    bar.your_data.setFocus()
    qtbot.waitUntil(bar.your_data.hasFocus)
    qtbot.keyClick(bar.your_data, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() == "Workshop tools"


def test_escape_after_a_forget_returns_focus_to_the_opener(qtbot, rich):
    window = rich
    card = window.home.view.cards()[0]
    card.why.setFocus()
    qtbot.keyClick(card.why, Qt.Key.Key_Return)
    panel = window.why.panel
    qtbot.waitUntil(panel.is_complete)
    row = next(r for r in panel.visible_rows() if r.actions is not None)
    row.actions.forget.setFocus()
    qtbot.keyClick(row.actions.forget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.banner.isVisible())
    moved = []
    QApplication.instance().focusChanged.connect(lambda _old, now: moved.append(now))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.side_panel() is None
    focus = QApplication.focusWidget()
    cards = {c.product.id: c for c in window.home.view.cards()}
    if card.product.id in cards:  # the product stayed on the shelf: its Why? button
        assert focus.accessibleName().startswith(f"Why am I seeing this: {card.product.name}")
    else:
        assert focus is card  # it left: the card in its place
    assert moved == [focus]  # straight there, nothing said on the way


def test_a_forget_renames_each_control_at_most_once(qtbot, rich, monkeypatch):
    window = rich
    panel = complete_panel(qtbot, window, window.home.view.cards()[0].product.id)
    renamed: list[tuple[int, str]] = []
    real = QWidget.setAccessibleName

    def spy(widget, name):
        if widget.accessibleName() != name:
            renamed.append((id(widget), name))
        return real(widget, name)

    monkeypatch.setattr(QWidget, "setAccessibleName", spy)
    row = next(r for r in panel.visible_rows() if r.actions is not None)
    row.actions.forget.click()
    qtbot.waitUntil(panel.is_complete)
    per_widget = Counter(widget for widget, _name in renamed)
    assert renamed and max(per_widget.values()) == 1
    bare = {"Forget this", "Don\u2019t use this", "More", "Why?"}
    assert not [name for _w, name in renamed if name in bare]


def test_a_closed_dialog_gives_focus_back_to_its_opener(qtbot, rich):
    window = rich
    card = window.home.view.cards()[0]
    card.why.setFocus()
    qtbot.waitUntil(card.why.hasFocus)
    dialog = window.accessibility.show_shortcuts()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(card.why.hasFocus)
