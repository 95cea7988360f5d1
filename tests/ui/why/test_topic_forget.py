"""Forget the whole topic from the why panel: the receipt says what of the topic is left on
the shelves, and when something is, the panel offers to block the topic right there
(issue #15, item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import NOW
from tightrope.operations import record as record_ops
from tightrope.privacy import consent
from tightrope.ui.why.content import FORGET_TOPIC

pytestmark = pytest.mark.gui


def test_a_topic_left_on_the_shelves_can_be_blocked_from_the_receipt(
    qtbot, window, services, catalog
):
    store, rec = services.store, services.recommender
    for _ in range(2):  # socks (Fashion) whose nearest neighbours are outdoor gear
        record_ops.record(store, "cart_add", product_id="merino-hiking-socks", at=NOW)
    tent = record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW).datum
    window.refresh()
    panel = window.why.show("trail-tent-2p")
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    row = next(r for r in panel.visible_rows() if r.row.datum_id == tent.id)
    action = row.row.datum.action(FORGET_TOPIC)
    assert action.target == "outdoor"
    preview = panel.controller.preview_for(action)
    assert preview.topic is not None and preview.topic.before > 0
    assert "of your top 20 before" in preview.summary

    with qtbot.waitSignal(panel.changed) as applied:
        panel.controller.apply(action)
    change = applied.args[0]
    share = change.preview.topic
    left = [r for r in rec.recommend(20) if catalog.by_id[r.product_id].category == "outdoor"]
    assert (
        share.after == len(left)
        and share.after_personal == sum(bool(r.datum_ids()) for r in left) > 0
    )
    assert panel.receipt.text() == change.summary and "blocking the topic" in change.summary
    button = panel.block_topic_button
    assert button.isVisible() and button.text() == "Block Outdoor && camping too"  # && draws &

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "outdoor" in consent.blocked_topics(store)
    assert panel.receipt.text().startswith("Blocked: Outdoor & camping.")
    assert not button.isVisible()
    for r in rec.recommend(20):  # what is left of the topic rests on nothing of the user's
        if catalog.by_id[r.product_id].category == "outdoor":
            assert not r.datum_ids()


def test_a_topic_left_only_for_everyone_offers_no_block(qtbot, window, services):
    store = services.store
    tent = record_ops.record(store, "view", product_id="trail-tent-2p", at=NOW).datum
    panel = window.why.show("trail-tent-2p")
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    row = next(r for r in panel.visible_rows() if r.row.datum_id == tent.id)
    change = panel.controller.apply(row.row.datum.action(FORGET_TOPIC))
    share = change.preview.topic
    # what is left of Outdoor is there for everyone: blocking would change nothing
    assert share.after_personal == 0 and not share.blockable
    assert (
        "none after" in change.summary
        if share.after == 0
        else "shown to everyone" in change.summary
    )
    assert not panel.block_topic_button.isVisible()
