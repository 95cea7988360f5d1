"""A screen-reader and keyboard walk through every window, page, panel and dialog.

With a rich persona loaded, each screen is opened for real and checked:

* every interactive widget has a name a screen reader says (``accessibleName()`` or, for
  a button, its text; read back through ``QAccessible.queryAccessibleInterface(w).text``);
* every visible, enabled, Tab-focusable widget is reached by pressing Tab (walked with
  ``focusNextChild`` from the window until focus comes round again).

The why panel also reads in a sensible order (headline, then each contribution with its
share and its actions), and a forget is announced politely with its receipt.
The figures go to tests/artifacts/a11y-walk.json (docs/accessibility.md quotes them).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.helpers import spoken_name
from tightrope.operations import record as record_ops
from tightrope.ui.navigation import (
    CART,
    CATEGORY,
    CHECKOUT,
    HOME,
    ORDERS,
    PRODUCT,
    SEARCH,
    WISHLIST,
    YOUR_DATA,
    Route,
)

pytestmark = pytest.mark.gui

PERSONA = "outdoor-enthusiast"
PRODUCT_ID = "summit-daypack-22l"
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)
_FIGURES: dict[str, dict[str, int]] = {}


def _part_of_another_control(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control and names through it (a spin box's editor, a line
    edit's clear button, a tab bar's scroll arrows, scroll bars, dock title buttons)."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QScrollBar)
        or isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractItemView))
        or widget.objectName().startswith(("qt_", "_q_"))
    )


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root


def interactive(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if _shown(w, root)
        and w.isEnabled()
        and not _part_of_another_control(w)
        and (isinstance(w, INTERACTIVE) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]


def tab_stops(root: QWidget) -> set[QWidget]:
    """Where Tab should stop: visible, enabled, Tab-focusable, not handing focus on."""
    return {
        w
        for w in root.findChildren(QWidget)
        if _shown(w, root)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and not w.objectName().startswith(("qt_", "_q_"))
    }


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__}#{w.objectName()} {text!r}"


def walk_tab(qtbot, root: QWidget, limit: int = 3000) -> list[QWidget]:
    """Press Tab (focusNextChild) from the first stop until focus comes round again."""
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=2000)
    stops = tab_stops(root)
    assert stops, "nothing to Tab to"
    # start from the first stop in the focus chain
    w = root.nextInFocusChain()
    while w not in stops:
        w = w.nextInFocusChain()
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    seen = [first]
    for _ in range(limit):
        root.focusNextChild()
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is first or now is None:
            break
        seen.append(now)
    return seen


def check(qtbot, name: str, root: QWidget) -> list[str]:
    """Problems on this screen: unnamed controls, and Tab stops Tab never reaches."""
    QApplication.processEvents()
    widgets = interactive(root)
    problems = [f"{name}: no accessible name: {describe(w)}" for w in widgets if not spoken_name(w)]
    problems += [
        f"{name}: accessibleName() and the interface disagree: {describe(w)}"
        for w in widgets
        # (a combo box on Linux says its value as its name, its label through a relation)
        if w.accessibleName()
        and not isinstance(w, QComboBox)
        and spoken_name(w) != w.accessibleName().replace("&", "").strip()
    ]
    reached = set(walk_tab(qtbot, root))
    expected = tab_stops(root)
    problems += [f"{name}: Tab never reaches {describe(w)}" for w in expected - reached]
    _FIGURES[name] = {
        "interactive": len(widgets),
        "tab_stops": len(expected),
        "reached": len(reached),
    }
    return problems


@pytest.fixture
def rich(window):
    """The window with the outdoor persona (127 data points) and a cart and wishlist."""
    window.workshop.load_persona(PERSONA)
    store = window.services.store
    record_ops.add_to_cart(store, PRODUCT_ID)
    record_ops.add_to_cart(store, "noise-cancelling-headphones")
    record_ops.toggle_wishlist(store, window.services.catalog.products[2].id)
    window.refresh()
    return window


def _screens(window):
    catalog = window.services.catalog
    nav = window.navigator
    yield "home", lambda: nav.go(Route(HOME))
    yield "category", lambda: nav.go(Route(CATEGORY, catalog.categories[0].id))
    yield "search", lambda: nav.go(Route(SEARCH, "tent"))
    yield "product", lambda: nav.go(Route(PRODUCT, PRODUCT_ID, "test"))
    yield "cart", lambda: nav.go(Route(CART))
    yield "checkout", lambda: nav.go(Route(CHECKOUT))
    yield "orders", lambda: nav.go(Route(ORDERS))
    yield "wishlist", lambda: nav.go(Route(WISHLIST))
    yield "your-data", lambda: nav.go(Route(YOUR_DATA))
    tabs = window.privacy.view.tabs
    for k in range(tabs.count()):
        title = tabs.tabText(k).replace("&&", "&").replace(" ", "-").lower()
        yield f"privacy-{k}-{title}", lambda k=k: window.privacy.show_page(k)
    yield "why-panel", lambda: (nav.go(Route(HOME)), window.why.show(PRODUCT_ID))
    yield (
        "scenario-panel",
        lambda: (
            window.hide_side_panel(),
            window.workshop.show_scenario_panel(),
            # it asks before replacing the data: keep it
            window.workshop.scenarios.question.reject(),
        ),
    )


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_page_and_panel_is_named_and_reachable_by_tab(qtbot, rich, artifacts):
    window = rich
    problems: list[str] = []
    for name, show in _screens(window):
        show()
        qtbot.wait(50)
        if name == "why-panel":
            qtbot.waitUntil(window.why.panel.is_complete)
        problems += check(qtbot, name, window)
    window.workshop.show_scenario_panel(False)
    # a user-testing session: the task strip along the bottom
    window.workshop.sessions.start(
        participant="P01", condition="transparent", persona=PERSONA, task_list="sample-study"
    )
    qtbot.wait(50)
    problems += check(qtbot, "task-strip", window)
    window.workshop.sessions.end()
    _save_figures(artifacts)
    assert not problems, "\n".join(problems)


def _dialogs(window):
    """(name, opener returning the dialog) for every dialog the shop opens."""
    ws = window.workshop
    yield "shortcuts", window.accessibility.show_shortcuts
    yield "load-persona", lambda: ws.ask_load_persona("home-cook")
    yield "session-start", ws.start_session

    def questionnaire():
        ws.sessions.start(
            participant="P02", condition="transparent", persona=PERSONA, task_list="sample-study"
        )
        ws.sessions.start_task()
        return ws.sessions.finish_task("done")

    yield "questionnaire", questionnaire

    def erase():
        window.privacy.ask_erase()
        return window.privacy.erase_dialog

    yield "erase-confirm", erase
    yield "verify-report", lambda: (window.privacy.verify(), window.privacy.verify_dialog)[1]


# QMessageBox fixes its size as it opens; the offscreen platform says it cannot pass that on.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_dialog_is_named_and_reachable_by_tab(qtbot, rich, artifacts):
    window = rich
    problems: list[str] = []
    for name, open_dialog in _dialogs(window):
        dialog = open_dialog()
        assert isinstance(dialog, QDialog), name
        qtbot.waitExposed(dialog)
        problems += check(qtbot, f"dialog-{name}", dialog)
        with qtbot.waitSignal(dialog.finished):
            dialog.reject()
        QApplication.processEvents()
    if window.workshop.sessions.running:
        window.workshop.sessions.end()
    _save_figures(artifacts)
    assert not problems, "\n".join(problems)


def test_consent_screen_is_named_and_reachable_by_tab(qtbot, rich, artifacts):
    window = rich
    window.privacy.erase_everything()  # the first-run consent screen comes back
    dialog = window.privacy.verify_dialog
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window.privacy.gate_visible()
    problems = check(qtbot, "first-run-consent", window)
    _save_figures(artifacts)
    assert not problems, "\n".join(problems)


def _save_figures(artifacts) -> None:
    path = artifacts / "a11y-walk.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    old.update(_FIGURES)
    path.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n")


# --- the why panel reads in order ----------------------------------------------------------
def _accessible_sequence(widget: QWidget) -> list[tuple[str, QWidget | None]]:
    """Depth-first walk of the accessible tree: (role name, widget) of every node."""
    out: list[tuple[str, QWidget | None]] = []

    def visit(iface) -> None:
        obj = iface.object()
        if iface.state().invisible:
            return
        out.append((iface.text(QAccessible.Text.Name), obj if isinstance(obj, QWidget) else None))
        for k in range(iface.childCount()):
            child = iface.child(k)
            if child is not None:
                visit(child)

    visit(QAccessible.queryAccessibleInterface(widget))
    return out


def _read_in_order(view, rows) -> int:
    """Check the rows are read after the headline, in order, each with its share, label
    and then its actions; returns the place of the last one read."""
    sequence = _accessible_sequence(view)
    widgets = [w for _name, w in sequence]
    names = [n for n, _w in sequence]
    last = widgets.index(view.headline)
    for row in rows:
        at = widgets.index(row)
        assert at > last, "rows are read in order, after the headline"
        assert row.row.percent_text in names[at], "each contribution says its share"
        assert row.row.label in names[at]
        for button in row.buttons:
            b = widgets.index(button)
            assert b > at, "a row's actions follow it"
            assert names[b]
            last = b
        last = max(last, at)
    return last


def test_why_panel_reads_headline_then_each_contribution_with_share_and_actions(qtbot, rich):
    window = rich
    panel = window.why.show(PRODUCT_ID)
    view = panel
    qtbot.waitUntil(view.is_complete)
    # It opens on the top three, then the row that sums up the others, then "Show all".
    rows = view.visible_rows()
    assert len(rows) == 3
    last = _read_in_order(view, rows)
    sequence = _accessible_sequence(view)
    widgets = [w for _name, w in sequence]
    names = [n for n, _w in sequence]
    summary = widgets.index(view.summary)
    assert summary > last and names[summary].startswith(view.summary.row.percent_text)
    assert "The other " in names[summary]
    assert widgets.index(view.toggle) > summary
    assert names[widgets.index(view.toggle)].startswith("Show all ")
    # Every reason, listed.
    view.toggle.click()
    qtbot.waitUntil(view.is_complete)
    rows = view.visible_rows()
    assert len(rows) >= 5
    _read_in_order(view, rows)
    # Tab goes the same way: close, the rows' actions in order, then what follows.
    chain = walk_tab(qtbot, window)
    in_panel = [w for w in chain if view.isAncestorOf(w)]
    buttons = [b for row in rows for b in row.buttons]
    assert [w for w in in_panel if w in set(buttons)] == buttons
    assert in_panel[0] is view.close_button
    assert in_panel.index(view.toggle) < in_panel.index(
        next(b for r in rows[3:] for b in r.buttons)
    )


# --- announcements ---------------------------------------------------------------------
def test_forget_is_announced_politely_with_the_receipt(qtbot, rich, monkeypatch):
    window = rich
    panel = window.why.show(PRODUCT_ID)
    view = panel
    qtbot.waitUntil(view.is_complete)
    events = []
    real_update = QAccessible.updateAccessibility

    def spy(event):
        if event.type() == QAccessible.Event.Announcement:
            events.append((event.message(), event.politeness()))
        return real_update(event)

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    row = next(r for r in view.visible_rows() if r.buttons)
    row.actions.forget.click()
    qtbot.waitUntil(lambda: bool(events))
    message, politeness = events[-1]
    assert view.receipt.text() and view.receipt.text() in message
    assert politeness == QAccessible.AnnouncementPoliteness.Polite
    # the banner that shows it is named with it too, and has focus (or its replacement)
    assert view.receipt.text() in view.banner.accessibleName()
