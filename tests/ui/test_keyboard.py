"""Keyboard: the shortcut table is the one source of the keys and the Help list; the
frequent actions have shortcuts; every kind of control shows a visible focus indicator;
"Reduce motion" and high contrast reach what they should."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from tightrope.ui import shortcuts, theme
from tightrope.ui.accessibility import META_REDUCE_MOTION
from tightrope.ui.main_window import MainWindow
from tightrope.ui.navigation import HOME, PRODUCT, Route
from tightrope.ui.widgets.card import HIGHLIGHT_MS, ProductCard

from .test_a11y_walk import tab_stops
from .test_contrast import contrast

pytestmark = pytest.mark.gui


def _bound_keys(root: QWidget) -> dict[str, set[str]]:
    """Key text -> the shortcut ids (or action texts) bound to it under root."""
    out: dict[str, set[str]] = {}
    for s in root.findChildren(QShortcut):
        out.setdefault(s.key().toString(), set()).add(shortcuts.owner_of(s) or s.objectName())
    for a in root.findChildren(QAction):
        for k in a.shortcuts():
            out.setdefault(k.toString(), set()).add(a.text())
    return out


def test_every_shortcut_comes_from_the_table_and_help_lists_them_all(qtbot, window):
    window.why.show(window.cards()[0].product.id)  # the panel's own keys exist too
    bound = _bound_keys(window)
    table_keys = {QKeySequence(k).toString() for b in shortcuts.TABLE for k in b.keys}
    assert set(bound) <= table_keys, "a key bound outside the table"
    for b in shortcuts.TABLE:
        if b.registered:
            for k in b.keys:
                assert QKeySequence(k).toString() in bound, (b.id, k)
    # F1 opens the list, generated from the same table
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.accessibility.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.listed() == [tuple(r) for r in shortcuts.rows()]
    assert any("Ctrl+F" in keys and "/" in keys for _g, keys, _t in dialog.listed())
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # ... and so do Ctrl+? and the Help menu
    qtbot.keyClick(window, Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    dialog.reject()
    help_menu = window.menuBar().findChild(QWidget, "helpMenu")
    assert window.accessibility.help_action in help_menu.actions()


def test_slash_and_ctrl_f_focus_search_but_slash_types_in_the_search_box(qtbot, window):
    window.activateWindow()
    window.cards()[0].setFocus()
    qtbot.keyClicks(window.cards()[0], "/")
    assert window.top_bar.search.hasFocus()
    qtbot.keyClicks(window.top_bar.search, "a/b")
    assert window.top_bar.search.text() == "a/b"
    window.cards()[1].setFocus()
    qtbot.keyClick(window.cards()[1], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.top_bar.search.hasFocus()


def test_ctrl_i_opens_why_for_the_focused_card_and_delete_forgets_the_focused_reason(
    qtbot, window, services
):
    window.workshop.load_persona("outdoor-enthusiast")
    window.activateWindow()
    card = next(c for c in window.cards() if c.why.isVisibleTo(c))
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    panel = window.side_panel()
    assert panel is window.why.panel and panel.product_id == card.product.id
    qtbot.waitUntil(panel.is_complete)
    row = next(r for r in panel.visible_rows() if r.buttons)
    datum_id = row.row.datum.datum_id
    row.buttons[0].setFocus()
    before = services.store.count_datums()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_Delete)
    assert services.store.count_datums() < before
    assert datum_id not in {d.id for d in services.store.datums()}
    assert panel.receipt.text()


def test_shift_delete_stops_using_the_focused_reason(qtbot, window, services):
    window.workshop.load_persona("outdoor-enthusiast")
    window.activateWindow()
    panel = window.why.show("summit-daypack-22l")
    qtbot.waitUntil(panel.is_complete)
    row = next(r for r in panel.visible_rows() if r.buttons)
    datum_id = row.row.datum.datum_id
    row.buttons[1].setFocus()
    before = services.store.count_datums()
    qtbot.keyClick(row.buttons[1], Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert services.store.count_datums() == before  # kept, not used
    assert datum_id in {d.id for d in services.store.datums()}
    assert panel.receipt.text()


# --- visible focus ---------------------------------------------------------------------
BAND = 6  # px from each edge: where focus rings and underlines are drawn


def _focus_change(widget: QWidget) -> tuple[int, float]:
    """(pixels near the edges that change when the widget gains focus to a colour with
    3:1 against what was there or against the page, best such contrast)."""
    window = widget.window()
    parent = widget.parentWidget()
    while parent is not None:  # scrolled into view first, as Tab would
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()
    QApplication.processEvents()
    # grabbed from the window, so what shows through a transparent widget counts too
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    def shot() -> QImage:
        return window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)

    widget.clearFocus()
    QApplication.processEvents()
    before = shot()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    after = shot()
    widget.clearFocus()
    if before.size() != after.size():
        return widget.width() * widget.height(), 21.0
    changed, best = 0, 1.0
    grounds = (theme.color("page").name(), theme.color("surface").name())
    w, h = before.width(), before.height()
    for y in range(h):
        xs = range(w) if y < BAND or y >= h - BAND else (*range(BAND), *range(w - BAND, w))
        for x in xs:
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a != b:
                new = QColor(b).name()
                ratio = max(contrast(QColor(a).name(), new), min(contrast(new, g) for g in grounds))
                if ratio >= 3.0:
                    changed += 1
                best = max(best, ratio)
    return changed, best


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_every_kind_of_control_shows_focus(qtbot, window, services, high_contrast):
    """Each kind of Tab stop (class and object name) on the main screens and a dialog
    changes at least a 1 px outline's worth of its pixels, at 3:1 against what was there."""
    window.workshop.presenter.set_high_contrast(high_contrast)
    window.workshop.load_persona("outdoor-enthusiast")
    window.activateWindow()
    kinds: dict[tuple[str, str], QWidget] = {}

    def collect(root: QWidget) -> None:
        for w in sorted(tab_stops(root), key=lambda w: w.objectName()):
            kinds.setdefault((type(w).__name__, w.objectName()), w)

    problems = []

    def check_all(root: QWidget) -> None:
        kinds.clear()
        collect(root)
        for (cls, name), w in kinds.items():
            changed, best = _focus_change(w)
            perimeter = 2 * (w.width() + w.height())
            if changed < perimeter * 0.5:
                problems.append(f"{cls}#{name}: {changed} px change at 3:1 (best {best:.1f}:1)")

    for show in (
        lambda: window.navigator.go(Route(HOME)),
        lambda: window.navigator.go(Route(PRODUCT, "summit-daypack-22l", "test")),
        lambda: window.privacy.show_page(0),
        lambda: window.privacy.show_page(1),
        lambda: window.privacy.show_page(4),
        lambda: (window.navigator.go(Route(HOME)), window.why.show("summit-daypack-22l")),
    ):
        show()
        qtbot.wait(30)
        check_all(window)
    window.hide_side_panel()
    dialog = window.accessibility.show_shortcuts()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    check_all(dialog)
    dialog.reject()
    assert not problems, "\n".join(sorted(set(problems)))


# --- reduce motion ---------------------------------------------------------------------
def test_reduce_motion_keeps_the_highlight_steady_and_is_remembered(qtbot, window, services):
    cards = window.cards()
    target = cards[0].product.id
    # default: a flash that goes away
    window.highlight_products([target])
    assert cards[0].is_highlighted()
    qtbot.waitUntil(lambda: not cards[0].is_highlighted(), timeout=HIGHLIGHT_MS + 1000)
    # turned on from the View menu: steady until the next change
    window.accessibility.reduce_motion_action.trigger()
    assert theme.reduce_motion() and services.store.get_meta(META_REDUCE_MOTION) == "1"
    window.highlight_products([target])
    qtbot.wait(HIGHLIGHT_MS + 300)
    assert cards[0].is_highlighted()
    window.highlight_products([cards[1].product.id])
    assert not cards[0].is_highlighted() and cards[1].is_highlighted()
    # a new window (next start) reads it back
    theme.set_reduce_motion(False)
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert theme.reduce_motion() and again.accessibility.reduce_motion_action.isChecked()
    again.accessibility.reduce_motion_action.trigger()
    assert not theme.reduce_motion() and services.store.get_meta(META_REDUCE_MOTION) == "0"


# --- high contrast reaches panels and dialogs ------------------------------------------
def test_high_contrast_reaches_the_why_panel_and_dialogs(qtbot, window):
    black = QColor("#000000")
    window.workshop.presenter.set_high_contrast(True)
    panel = window.why.show("summit-daypack-22l")
    qtbot.waitUntil(panel.is_complete)
    assert theme.color("text") == black
    panel.headline.ensurePolished()
    assert panel.headline.palette().color(panel.headline.foregroundRole()) == black
    window.privacy.ask_erase()
    erase = window.privacy.erase_dialog
    qtbot.waitExposed(erase)
    labels = [w for w in erase.findChildren(QLabel) if w.property("role") == "h2"]
    assert labels and labels[0].palette().color(labels[0].foregroundRole()) == black
    erase.reject()
    dialog = window.accessibility.show_shortcuts()
    title = dialog.findChild(QLabel)
    assert title.palette().color(title.foregroundRole()) == black
    dialog.reject()
    window.workshop.presenter.set_high_contrast(False)
    assert panel.headline.palette().color(panel.headline.foregroundRole()) != black
    assert ProductCard  # cards follow through the window stylesheet (test_contrast checks it)


# --- the system text size ---------------------------------------------------------------
@pytest.mark.parametrize("system_pt", [16.5, 22.0])
def test_a_larger_system_text_size_is_honoured(qtbot, services, system_pt, artifacts):
    """A 16.5 pt system font (1.5 x the design's 11 pt) makes the shop 1.5 x as large, text
    and the boxes around it, through the same scaling presenter mode uses; never smaller,
    and nothing clips at 1280x800 (22 pt: 2 x, the largest the layout is proven at)."""
    from .clipping import clipped

    app = QApplication.instance()
    app.setProperty(theme.SYSTEM_SIZE_PROPERTY, system_pt)
    try:
        factor = system_pt / 11.0
        assert theme.text_factor() == pytest.approx(factor)
        assert f"font-size: {system_pt:.1f}pt" in theme.load_stylesheet()
        assert theme.px(100) == round(100 * factor)  # the boxes grow with the text
        win = MainWindow(services)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        qtbot.wait(50)
        assert win.top_bar.search.font().pointSizeF() == pytest.approx(system_pt)
        win.grab().save(str(artifacts / f"system-font-{system_pt:g}pt-home-1280x800.png"))
        assert clipped(win) == []
        win.open_product(services.catalog.products[0].id, where="test")
        win.why.show(services.catalog.products[0].id)
        win.why.panel.controller.finish_counterfactual()  # its text arrives after a paint
        with contextlib.suppress(qtbot.TimeoutError):  # let the layout take the new text
            qtbot.waitUntil(lambda: clipped(win) == [], timeout=2000)
        win.grab().save(str(artifacts / f"system-font-{system_pt:g}pt-why-1280x800.png"))
        assert clipped(win) == []
        app.setProperty(theme.SYSTEM_SIZE_PROPERTY, 9.0)
        assert theme.text_factor() == 1.0  # a smaller system font keeps the design size
    finally:
        app.setProperty(theme.SYSTEM_SIZE_PROPERTY, None)
