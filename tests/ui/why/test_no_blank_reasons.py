"""No why-panel reason is ever drawn blank (issue #19, item 3: the last reason on
Reflective Running Vest). Checked on what the window really shows (its backing store, not
a fresh render of each row), for every shipped persona, collapsed and expanded, scrolled
through, after opening other products first (the rows are pooled and refilled)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.helpers import settle as _settle
from tightrope.operations.persona import load_persona
from tightrope.workshop import personas

pytestmark = pytest.mark.gui

VEST = "Reflective Running Vest"


def _blank_rows(window, panel) -> list[str]:
    """Rows shown in the panel's viewport whose pixels on screen hold no ink."""
    shown = QApplication.primaryScreen().grabWindow(window.winId()).toImage()
    port = panel.findChild(QScrollArea).viewport()
    top = port.mapTo(window, QPoint(0, 0)).y()
    bottom = top + port.height()
    blank = []
    for row in panel.rows:
        if not row.isVisible() or row.height() < 10:
            continue
        at = row.mapTo(window, QPoint(0, 0))
        y0, y1 = max(at.y(), top), min(at.y() + row.height(), bottom)
        if y1 - y0 < 24:
            continue  # hardly in view
        ink = sum(
            1
            for y in range(y0, y1, 2)
            for x in range(at.x(), at.x() + row.width(), 3)
            if QColor(shown.pixel(x, y)).lightness() < 140
        )
        if row.row is None or ink < 5:
            blank.append(row.row.label if row.row else "(empty row)")
    return blank


@pytest.mark.parametrize("persona", [info.id for info in personas.list_personas()])
def test_no_reason_row_is_blank(qtbot, window, services, persona):
    load_persona(services.store, personas.load(persona, services.catalog))
    window.refresh()
    _settle(qtbot)
    vest = next(p.id for p in services.catalog.products if p.name == VEST)
    others = [r.product_id for r in services.recommender.recommend()][:3]
    for pid in [*others, vest]:
        for expand in (False, True):
            window.show_why(pid)
            panel = window.side_panel()
            _settle(qtbot)
            if expand and panel.toggle.isVisible() and not panel.expanded:
                panel.toggle.click()
                _settle(qtbot)
            bar = panel.findChild(QScrollArea).verticalScrollBar()
            for value in [*range(0, bar.maximum(), 150), bar.maximum()]:
                bar.setValue(value)
                _settle(qtbot)
                assert not _blank_rows(window, panel), (persona, pid, expand, value)


def test_the_check_sees_a_blank_row(qtbot, window, services):
    """The detector itself: a shown row emptied behind the view's back is found."""
    load_persona(services.store, personas.load("outdoor-enthusiast", services.catalog))
    window.refresh()
    vest = next(p.id for p in services.catalog.products if p.name == VEST)
    window.show_why(vest)
    panel = window.side_panel()
    _settle(qtbot)
    assert not _blank_rows(window, panel)
    row = next(r for r in panel.rows if r.isVisible())
    row.clear()
    row.update()
    _settle(qtbot)
    assert _blank_rows(window, panel)
