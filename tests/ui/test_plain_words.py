"""Plain words for participants, the technical detail behind "Details" for facilitators
(issue #19, item 7): no "secure_delete", "ANALYZE statistics" or "score 2.491" on a
participant's screen unless asked for."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItemIterator

from tests.ui.helpers import settle as _settle
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.privacy import erase

pytestmark = pytest.mark.gui

JARGON = re.compile(
    r"secure_delete|ANALYZE|PRAGMA|journal mode|foreign keys|full-text|"
    r"sqlite|\bWAL\b|\bscore \d"
)


def _tree_texts(tree) -> list[str]:
    out = []
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        out += [item.text(0), item.text(1)]
        it += 1
    return out


def _shown_texts(root) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def test_every_safeguard_has_plain_words(services):
    from tightrope.privacy.erase import _checks

    checks = _checks(services.store, services.data_dir)
    assert {c.name for c in checks} == set(erase.PLAIN_CHECKS)
    for c in checks:
        assert not JARGON.search(c.plain), c.plain


def test_the_deletion_check_speaks_plainly_and_details_show_the_facts(qtbot, window, services):
    store = services.store
    d = record_ops.record(store, "search", text="marker-xyz", where="search box").datum
    forget_ops.forget(services.recommender, [d.id])
    window.privacy.verify()
    dialog = window.privacy.verify_dialog
    _settle(qtbot)
    plain = _tree_texts(dialog.tree) + _shown_texts(dialog)
    assert not [t for t in plain if JARGON.search(t)], plain
    assert any("overwritten" in t for t in plain)
    qtbot.mouseClick(dialog.details, Qt.MouseButton.LeftButton)
    technical = _tree_texts(dialog.tree)
    assert "secure_delete" in technical and "no ANALYZE statistics" in technical
    assert dialog.details.text() == "Hide details"
    dialog.accept()


def test_the_why_panel_keeps_the_score_behind_details(qtbot, window, services):

    catalog = services.catalog
    record_ops.record(services.store, "view", product_id=catalog.products[0].id, where="test")
    window.refresh()
    rec = services.recommender.recommend()[0]
    window.show_why(rec.product_id)
    panel = window.side_panel()
    _settle(qtbot)
    assert panel.total.isVisible() and panel.details.isVisible()
    assert not panel.score.isVisible()
    assert not [t for t in _shown_texts(panel) if JARGON.search(t)]
    qtbot.mouseClick(panel.details, Qt.MouseButton.LeftButton)
    assert panel.score.isVisible() and panel.score.text() == f"score {rec.score:.3f}"
    qtbot.mouseClick(panel.details, Qt.MouseButton.LeftButton)
    assert not panel.score.isVisible()
    # and by keyboard: the Details link is in the panel's tab chain
    panel.details.setFocus()
    qtbot.keyClick(panel.details, Qt.Key.Key_Space)
    assert panel.score.isVisible()
