"""The "why am I seeing this?" panel: real widgets over a real database and the shipped catalog.

A participant asks why, previews, removes the data behind a recommendation, and watches the
panel change. The screenshots land in tests/artifacts/why-*.png for people to look at.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from tests.helpers import NOW, REPO, files_containing
from tightrope import paths
from tightrope.clock import FixedClock
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.storage.datums import CONSENT_CATEGORIES
from tightrope.ui import format, theme
from tightrope.ui.store_events import StoreEvents
from tightrope.ui.why.content import (
    EXCLUDE,
    FORGET,
    FORGET_SET,
    FORGET_TOPIC,
    INCLUDE,
    STOP_COLLECTING,
    decay_note,
    largest_remainder,
    percent_text,
)
from tightrope.ui.why_panel import WhyPanel

pytestmark = pytest.mark.gui

MARKER = "zqvmarker"  # a word no catalog text contains: where it is found, the search is
PANEL_SIZE = (440, 900)


# --- helpers ---------------------------------------------------------------------------
def rich_user(services) -> dict[str, object]:
    """Views, searches and a purchase in outdoor and kitchen, an interest and a location.

    Then a fresh search for the top recommendation's name plus a marker word: it becomes
    that product's largest personal reason, and its text can be looked for in the files.
    """
    store, catalog = services.store, services.catalog
    outdoor = [p for p in catalog.in_category("outdoor") if not p.sponsored]
    kitchen = [p for p in catalog.in_category("kitchen") if not p.sponsored]
    for k, p in enumerate(outdoor[:4]):
        record_ops.record(
            store,
            "view",
            product_id=p.id,
            where="category page",
            at=NOW - timedelta(days=8 + k * 7),
        )
    for k, p in enumerate(kitchen[:3]):
        record_ops.record(
            store, "view", product_id=p.id, where="home page", at=NOW - timedelta(days=5 + k * 9)
        )
    record_ops.record(
        store, "search", text="cast iron", where="search box", at=NOW - timedelta(days=30)
    )
    record_ops.record(
        store,
        "purchase",
        product_id=kitchen[4].id,
        value=1,
        where="checkout",
        at=NOW - timedelta(days=25),
    )
    record_ops.record(store, "declared_interest", text="garden", where="profile")
    record_ops.record(
        store, "location", text=next(iter(catalog.profile_rules["location"])), where="profile"
    )
    target = catalog.product(services.recommender.recommend()[0].product_id)
    search = record_ops.record(
        store,
        "search",
        text=f"{target.name.lower()} {MARKER}",
        where="search box",
        at=NOW - timedelta(hours=20),
    ).datum
    return {"target": target, "search": search}


def long_reason_list(services, more_than: int) -> str:
    """A shopper with one product on their mind for two days, and that product: their #1
    recommendation, asserted to rest on more than ``more_than`` reasons.

    A recommendation rests on a few reasons (docs/engine.md), so a long list takes a shopper
    who really gives one: the shop's most popular product (so "Popular", 0.15, is among its
    largest reasons), added to the cart an hour ago, after nine views each of the products
    whose data counts for it (it is one of their content or co-purchase neighbours) over the
    two days before. Each view is a reason of its own, recent enough to stay above the
    engine's 0.08 floor. Recorded through the store and scored by the real engine; the
    assertions fail loudly when the engine no longer gives such a shopper a long list.
    """
    store, catalog, rec = services.store, services.catalog, services.recommender
    popularity = services.community.popularity
    anchor = max(
        (p for p in catalog.products if not p.sponsored and not p.sensitive),
        key=lambda p: popularity[catalog.index_of[p.id]],
    )
    i = catalog.index_of[anchor.id]
    feeders = [
        p
        for j, p in enumerate(catalog.products)
        if j != i
        and not p.sensitive
        and (i in rec.evidence.similar(j)[0] or i in rec.evidence.nearest_bought_with(j)[0])
    ]
    views = feeders * 9
    rows = [
        {
            "kind": "view",
            "product_id": p.id,
            "where": "product page",
            "at": NOW - timedelta(hours=46 - 44 * k / len(views)),
        }
        for k, p in enumerate(views)
    ]
    rows.append(
        {
            "kind": "cart_add",
            "product_id": anchor.id,
            "value": 1,
            "where": "product page",
            "at": NOW - timedelta(hours=1),
        }
    )
    record_ops.record_many(store, rows)
    assert rec.recommend()[0].product_id == anchor.id
    n = len(rec.why(anchor.id).contributions)
    assert n > more_than, f"{anchor.id} rests on {n} reasons, the test needs more than {more_than}"
    return anchor.id


def show_panel(qtbot, services) -> tuple[QWidget, WhyPanel]:
    """The panel docked in a window the way the shop docks it: themed, 440 px wide."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    # The offscreen platform warns when a shown window's size hints change: fix them first.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    host.setMinimumSize(*PANEL_SIZE)
    theme.apply_theme(host)
    panel = WhyPanel(services, StoreEvents(services.store, host).changed, host)
    layout.addWidget(panel)
    host.resize(*PANEL_SIZE)
    host.show()
    qtbot.waitExposed(host)
    return host, panel


def settle(qtbot, panel: WhyPanel) -> None:
    """Every row filled in (the panel renders the rows below the fold in chunks after its
    first paint), the counterfactual answered, the layout done."""
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    panel.controller.finish_counterfactual()
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)
    assert panel.is_complete()


def expand(qtbot, panel: WhyPanel) -> None:
    """Every reason listed ("Show all N reasons"), filled in and laid out."""
    assert panel.toggle.isVisible() and not panel.expanded
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.expanded
    settle(qtbot, panel)


def shown_percentages(panel: WhyPanel) -> list[int]:
    """The percentages as the rows say them ('<1%' counts as 0)."""
    out = []
    for row in panel.visible_rows():
        text = row.row.percent_text
        assert row.accessibleName().startswith(text)
        out.append(0 if text.startswith("<") else int(text.rstrip("%")))
    return out


def previewing_forget(qtbot, services, persona=None):
    """The rich user's target in the panel (``persona``: rich_user's answer, when the caller
    made it), focus resting on "Forget this" for its marker search until what the click
    would show is prepared: (persona, host, panel, that row's strip; the caller keeps the
    host, which owns the panel)."""
    persona = persona or rich_user(services)
    host, panel = show_panel(qtbot, services)
    panel.show_product(persona["target"].id)
    settle(qtbot, panel)
    strip = strip_for(panel, persona["search"].id)
    host.activateWindow()
    strip.forget.setFocus()
    qtbot.waitUntil(lambda: panel.controller._prepared is not None)
    return persona, host, panel, strip


def strip_for(panel: WhyPanel, datum_id: int):
    row = next(
        r for r in panel.visible_rows() if r.row.datum is not None and r.row.datum_id == datum_id
    )
    return row.actions


def leave(qtbot, widget: QWidget, to: QWidget) -> None:
    """Move the pointer off ``widget``. The offscreen platform does not always deliver the
    Leave after earlier tests moved the pointer in other windows, so it is sent as well."""
    qtbot.mouseMove(to)
    if widget.underMouse():
        QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def grab(host: QWidget, path: Path) -> None:
    QApplication.processEvents()
    assert host.grab().save(str(path))


# --- what the panel shows ---------------------------------------------------------------
def test_percentages_add_up_and_match_the_engine(qtbot, services):
    # a long list: over a hundred shares under 1 % each, rounded so the rows make 100
    pid = long_reason_list(services, more_than=100)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)

    rec = services.recommender.why(pid)
    assert len(rec.contributions) > 3
    # It opens on the three largest reasons and one row for all the others, whose number is
    # the exact sum of their shares (rounded with the top ones so that the four make 100).
    shown = shown_percentages(panel)
    assert len(shown) == 3
    rest = rec.contributions[3:]
    summary = panel.summary.row
    assert panel.summary.isVisible() and summary.share == pytest.approx(
        math.fsum(c.share for c in rest), abs=1e-12
    )
    assert abs(summary.percent - 100 * sum(c.share for c in rest)) < 1.0
    assert sum(shown) + summary.percent == 100
    assert panel.summary.accessibleName().startswith(f"{summary.percent}% of the score. ")
    assert f"The other {len(rest)} reasons" in panel.summary.accessibleName()
    # One click lists them all: the complete list, non-personal rows too.
    expand(qtbot, panel)
    shown = shown_percentages(panel)
    assert len(shown) == len(rec.contributions)
    assert sum(shown) == pytest.approx(100, abs=0.5)
    assert sum(shown[3:]) == summary.percent
    for pct, c in zip(shown, rec.contributions, strict=True):
        assert abs(pct - c.share * 100) < 1.0
    assert panel.total.text() == "Total 100%"
    assert panel.headline.text() == rec.headline
    assert panel.rank.text() == f"#{rec.rank} of your recommendations"
    assert panel.title.text() == "Why am I seeing this?" and panel.product_name.text() == rec.name

    for row, c in zip(panel.visible_rows(), rec.contributions, strict=True):
        assert row.row.label == c.label and row.row.badge == c.badge
        if c.personal:
            consent = CONSENT_CATEGORIES[c.consent_category]
            assert any(consent in fact for fact in row.row.facts)
            assert any(fact.startswith("Collected ") for fact in row.row.facts)
            if c.detail["decay"] < 0.995:
                assert any(re.search(r"counts \d+% because it is", f) for f in row.row.facts)


def test_largest_remainder_rounding():
    assert largest_remainder([0.333, 0.333, 0.334]) == [33, 33, 34]
    assert sum(largest_remainder([0.004] * 5 + [0.98])) == 100
    assert largest_remainder([]) == []


def test_wording_of_age_and_place():
    assert decay_note({"decay": 0.62, "age_days": 20.4}) == "counts 62% because it is 20 days old"
    assert decay_note({"decay": 0.99, "age_days": 0.4}) == (
        "counts 99% because it is less than a day old"
    )
    assert decay_note({"decay": 1.0, "age_days": 0.0}) is None
    assert decay_note({"decay": 0.999, "age_days": 0.01}) is None  # would read "counts 100%"
    assert percent_text(0, 0.003) == "<1%" and percent_text(0, 0.0) == "0%"


def test_cold_start_explains_without_personal_data(qtbot, services, artifacts):
    host, panel = show_panel(qtbot, services)
    top = services.recommender.recommend()
    pid = top[0].product_id
    panel.show_product(pid)
    settle(qtbot, panel)
    assert panel.headline.text().startswith("Nothing personal was used")
    assert panel.action_buttons() == []
    assert not panel.footer.isVisible()  # nothing to forget, so no "no undo" warning
    assert sum(shown_percentages(panel)) == 100
    # at most three non-personal reasons: every one is listed, with nothing to sum up
    assert len(panel.visible_rows()) == len(panel.content.rows) <= 3
    assert not panel.summary.isVisible() and not panel.toggle.isVisible()
    sponsored = next((r for r in top if r.sponsored), None)
    if sponsored is not None:
        panel.show_product(sponsored.product_id)
        settle(qtbot, panel)
        assert panel.sponsored.isVisible()
    grab(host, artifacts / "why-cold-start-440.png")


def test_not_in_the_top_is_said_plainly(qtbot, services):
    rich_user(services)
    _host, panel = show_panel(qtbot, services)
    top = {r.product_id for r in services.recommender.recommend()}
    outsider = next(p.id for p in services.catalog.products if p.id not in top)
    panel.show_product(outsider)
    settle(qtbot, panel)
    assert panel.rank.text() == f"Not in your top {services.recommender.top_n}"
    # and what keeps it out, or what would bring it in (the engine's why-not)
    assert panel.counterfactual_text.text() == services.recommender.counterfactual(outsider).message


# --- acting ------------------------------------------------------------------------------
def test_forget_from_the_panel_deletes_everywhere_as_previewed(qtbot, services, artifacts):
    persona = rich_user(services)
    search = persona["search"]
    host, panel = show_panel(qtbot, services)
    pid = services.recommender.recommend()[0].product_id
    assert pid == persona["target"].id
    panel.show_product(pid)
    settle(qtbot, panel)
    rec = services.recommender.why(pid)
    largest = max((c for c in rec.contributions if c.personal), key=lambda c: c.contribution)
    assert largest.datum_id == search.id
    assert files_containing(services.data_dir.root, MARKER.encode())  # it was written
    grab(host, artifacts / "why-rich-persona-440.png")

    strip = strip_for(panel, search.id)
    # named with what it acts on and when (two searches for one thing are told apart)
    when = format.when(search.collected_at)
    assert strip.forget.accessibleName() == (
        f"Forget this: {search.label(services.catalog)}, {when}"
    )
    qtbot.mouseMove(strip.forget)
    qtbot.waitUntil(lambda: panel.preview_text() != "" and "Preview:" in panel.preview_text())
    shown = panel.controller.preview_for(strip.forget.action)
    assert panel.preview_text() == f"Preview: {shown.summary}"
    assert strip.forget.toolTip() == shown.summary
    assert strip.forget.accessibleDescription() == shown.summary

    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.mouseClick(strip.forget, Qt.MouseButton.LeftButton)
    change = blocker.args[0]
    assert change.action == "forget" and change.datum_ids == (search.id,)
    assert change.preview.dropped == shown.dropped
    assert change.preview.entered == shown.entered
    assert change.preview.summary == shown.summary

    assert services.store.datum(search.id) is None
    assert files_containing(services.data_dir.root, MARKER.encode()) == []
    # The panel re-rendered at once for the same product, with the receipt on top.
    assert panel.product_id == pid
    assert panel.banner.isVisible() and panel.receipt.text() == change.summary
    assert all(r.row.datum_id != search.id for r in panel.visible_rows())
    assert MARKER not in " ".join(r.accessibleName() for r in panel.rows)
    if change.preview.focus and change.preview.focus.old_rank and not change.preview.focus.new_rank:
        assert f"{rec.name} is no longer in your recommendations" in panel.gone.text()
        if change.preview.entered:
            assert panel.replacement_button.isVisible()
            with qtbot.waitSignal(panel.product_requested) as opened:
                qtbot.mouseClick(panel.replacement_button, Qt.MouseButton.LeftButton)
            assert opened.args == [change.preview.entered[0].product_id]
    settle(qtbot, panel)
    grab(host, artifacts / "why-after-removal-440.png")
    # Nor does any cache of the panel's text hold it once the frame is done.
    from tightrope.ui.why import content, row_text

    cached = [
        repr(list(cache.items()))
        for cache in (
            content._WHEN,
            content._FACTS,
            content._SEARCH_TOPICS,
            row_text._WRAP_CACHE,
            row_text.GEOMETRY_CACHE,
            row_text.TEXTS_BY_DATUM,
        )
    ]
    cached.append(repr([d for d in list(content._INFOS.keys())]))
    assert not any(MARKER in text for text in cached)
    assert search.id not in content._KEYS_BY_DATUM


def test_exclude_then_use_again_moves_the_score_both_ways(qtbot, services):
    rich_user(services)
    _host, panel = show_panel(qtbot, services)
    rec_engine = services.recommender
    pid = rec_engine.recommend()[0].product_id
    panel.show_product(pid)
    settle(qtbot, panel)
    before = rec_engine.why(pid).score
    row = next(r for r in panel.visible_rows() if r.row.datum is not None)
    datum_id = row.row.datum_id
    own = sum(c.contribution for c in rec_engine.why(pid).contributions if c.datum_id == datum_id)

    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.mouseClick(row.actions.exclude, Qt.MouseButton.LeftButton)
    assert blocker.args[0].action == "exclude"
    excluded = rec_engine.why(pid).score
    assert excluded == pytest.approx(before - own, abs=1e-9)
    assert services.store.datum(datum_id).excluded  # kept, not deleted
    assert panel.score.text() == f"score {excluded:.3f}"
    assert all(not b.toolTip() for b in panel.action_buttons())  # no preview of the old state

    # It now waits in "Not used (kept)" with a "Use again" button.
    assert panel.not_used.isVisible()
    entry = next(e for e in panel.not_used_entries if e.isVisible())
    assert entry.button.action.kind == INCLUDE and entry.button.action.datum_id == datum_id
    assert entry.button.accessibleName().startswith("Use again: ")
    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].action == "include"
    assert rec_engine.why(pid).score == pytest.approx(before, abs=1e-9)
    assert not services.store.datum(datum_id).excluded
    assert not panel.not_used.isVisible()


# A popup menu asks the platform to raise it and grab the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_forget_product_and_topic_from_the_more_menu(qtbot, services):
    # reasons about products (the rich user's target rests on a search and an interest)
    pid = long_reason_list(services, more_than=3)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)
    expand(qtbot, panel)
    store = services.store
    row = next(
        r for r in panel.visible_rows() if r.row.datum is not None and r.row.datum.product_id
    )
    info = row.row.datum
    with qtbot.waitSignal(panel.more_requested):
        qtbot.mouseClick(row.actions.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.menu.isVisible)
    texts = [a.text().replace("&&", "&") for a in panel.menu.actions() if not a.isSeparator()]
    product_ids = store.datum_ids_for_product(info.product_id)
    assert f"Forget everything about {info.product_name} ({len(product_ids)} data point" in texts[0]
    assert texts[1].startswith(f"Forget the whole topic {info.topic_name}")
    assert texts[2] == f"Stop collecting {info.consent_label}\u2026"
    # Pointing at a menu entry previews it, like the buttons.
    first = panel.menu.actions()[0]
    panel.menu.setActiveAction(first)
    qtbot.waitUntil(lambda: "Preview:" in panel.preview_text())
    assert panel.preview_text() == "Preview: " + panel.controller.preview_for(first.data()).summary
    panel.menu.close()

    with qtbot.waitSignal(panel.consent_requested) as consent:
        panel.controller.apply(info.action(STOP_COLLECTING))
    assert consent.args == [info.consent_category]

    with qtbot.waitSignal(panel.changed) as blocker:
        first.trigger()
    change = blocker.args[0]
    assert change.action == "forget" and set(change.datum_ids) == set(product_ids)
    assert store.datum_ids_for_product(info.product_id) == []

    topic_row = next(
        (r for r in panel.visible_rows() if r.row.datum is not None and r.row.datum.topic_id), None
    )
    if topic_row is not None:
        topic = topic_row.row.datum.topic_id
        change = panel.controller.apply(topic_row.row.datum.action(FORGET_TOPIC))
        assert change is not None and change.receipt["scope"] == "topic"
        assert store.datum_ids_for_topic(topic) == []


# --- keyboard, preview, closing -----------------------------------------------------------
def test_keyboard_only_reaches_and_uses_forget(qtbot, services):
    rich_user(services)
    host, panel = show_panel(qtbot, services)
    pid = services.recommender.recommend()[0].product_id
    panel.show_product(pid)
    settle(qtbot, panel)
    host.activateWindow()
    panel.setFocus()  # what the shop does when it opens the panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.close_button)
    order = [panel.close_button]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        order.append(focused)
        if getattr(focused, "action", None) is not None and focused.action.kind == FORGET:
            break
    target = QApplication.focusWidget()
    assert target.action.kind == FORGET
    assert target.accessibleName().startswith("Forget this: You ")
    # Focusing the action previewed it.
    assert panel.preview_text() == "Preview: " + panel.controller.preview_for(target.action).summary
    # Tab follows reading order: the close button, then the first row's buttons.
    first_strip = next(r.actions for r in panel.visible_rows() if r.row.datum is not None)
    assert order[1] is first_strip.forget
    datum_id = target.action.datum_id
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(target, Qt.Key.Key_Space)
    assert services.store.datum(datum_id) is None
    # Focus stays in the panel, on the receipt, so the next Tab goes on from there.
    assert QApplication.focusWidget() in (panel.banner, panel.replacement_button)


def test_tab_order_follows_reading_order_and_everything_is_named(qtbot, services):
    rich_user(services)
    host, panel = show_panel(qtbot, services)
    panel.show_product(services.recommender.recommend()[0].product_id)
    settle(qtbot, panel)
    assert panel.toggle.accessibleName() == (
        f"Show all {len(panel.content.rows)} reasons for {panel.content.product_name}"
    )
    for level in ("collapsed", "expanded"):
        if level == "expanded":
            expand(qtbot, panel)
        chain = [panel.close_button]
        widget = panel.close_button
        for _ in range(300):
            widget = widget.nextInFocusChain()
            if widget is panel.close_button:
                break
            if (
                widget.isVisibleTo(host)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and panel.isAncestorOf(widget)
            ):
                chain.append(widget)
        tops = [w.mapTo(panel.body, w.rect().topLeft()).y() for w in chain[1:]]
        assert tops == sorted(tops), level  # never jumps back up
        assert panel.toggle in chain, level
        unnamed = [
            f"{type(w).__name__}#{w.objectName()}" for w in chain if not w.accessibleName().strip()
        ]
        assert unnamed == [], level
    buttons = panel.action_buttons()
    assert {FORGET, EXCLUDE} <= {b.action.kind for b in buttons} <= {FORGET, EXCLUDE, FORGET_SET}
    for b in buttons:
        assert b.accessibleName().endswith(b.action.subject)
    name = panel.content.product_name
    assert panel.toggle.accessibleName() == f"Show only the top 3 reasons for {name}"
    # the same action at the list's end, named apart (no two controls named alike)
    assert panel.fewer.accessibleName() == f"Back to the top 3 reasons for {name}"


def test_hover_and_focus_preview_and_escape_closes(qtbot, services):
    rich_user(services)
    host, panel = show_panel(qtbot, services)
    panel.show_product(services.recommender.recommend()[0].product_id)
    settle(qtbot, panel)
    strip = next(r.actions for r in panel.visible_rows() if r.row.datum is not None)
    forget = panel.controller.preview_for(strip.forget.action)
    # Pointing at an action previews exactly what it would do; pointing away, the hint.
    qtbot.mouseMove(strip.forget)
    qtbot.waitUntil(lambda: panel.preview_text() == f"Preview: {forget.summary}")
    leave(qtbot, strip.forget, panel.headline)
    qtbot.waitUntil(lambda: panel.preview_text().startswith("Point at or tab to an action"))
    # Focus previews too, and stays previewed while the pointer wanders.
    host.activateWindow()
    strip.exclude.setFocus()
    qtbot.waitUntil(lambda: panel.preview_text().startswith("Preview: "))
    preview = panel.controller.preview_for(strip.exclude.action)
    assert panel.preview_text() == f"Preview: {preview.summary}"
    assert strip.exclude.accessibleDescription() == preview.summary
    # Forget and exclude remove the same rows: one preview, computed once.
    assert preview is forget
    qtbot.mouseMove(strip.forget)
    qtbot.waitUntil(lambda: panel.preview_text() == f"Preview: {forget.summary}")
    leave(qtbot, strip.forget, panel.headline)
    qtbot.waitUntil(lambda: panel.preview_text() == f"Preview: {preview.summary}")
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(strip.exclude, Qt.Key.Key_Escape)
    with qtbot.waitSignal(panel.closed):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)


def test_panel_follows_changes_made_elsewhere(qtbot, services):
    persona = rich_user(services)
    _host, panel = show_panel(qtbot, services)
    pid = persona["target"].id
    panel.show_product(pid)
    settle(qtbot, panel)
    expand(qtbot, panel)
    n = len(panel.visible_rows())
    forget_ops.forget(services.recommender, [persona["search"].id])  # e.g. from the your-data page
    qtbot.waitUntil(lambda: len(panel.visible_rows()) < n)
    assert all(r.row.datum_id != persona["search"].id for r in panel.visible_rows())


def test_long_lists_scroll_and_nothing_is_clipped(qtbot, services):
    rich_user(services)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(services.recommender.recommend()[0].product_id)
    settle(qtbot, panel)
    expand(qtbot, panel)
    width = panel.scroll.viewport().width()
    assert panel.body.width() <= width  # never scrolls sideways
    for row in panel.visible_rows():
        assert row.height() >= row.heightForWidth(row.width())  # all wrapped lines fit
        if row.actions is not None and row.actions.isVisible():
            for b in row.actions.buttons:
                assert b.geometry().right() <= row.width()
                assert b.mapTo(row, b.rect().bottomLeft()).y() <= row.height()


def test_docked_in_the_shop_window(qtbot, window, services, artifacts):
    """Wired the way the shop wires it: changes refresh the shelves, closing hides it."""
    persona = rich_user(services)
    window.refresh()
    panel = WhyPanel(services, window.store_events.changed)
    panel.closed.connect(window.hide_side_panel)
    window.show_side_panel(panel)
    panel.show_product(persona["target"].id)
    settle(qtbot, panel)
    assert window.side_panel() is panel
    assert 320 <= panel.width() <= 480
    strip = strip_for(panel, persona["search"].id)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(strip.forget, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    grab(window, artifacts / "why-in-shop-1280x800.png")
    with qtbot.waitSignal(window.side_panel_hidden):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    panel.deleteLater()


def test_long_list_paints_its_top_first_then_completes_and_tab_skips_no_row(
    qtbot, services, artifacts
):
    """On a hundred reasons and more the panel opens complete on the top three; listing
    them all, the first paint holds what the viewport shows and the rest follows in chunks
    (``rendering_finished``), and focus reaching the list completes it first, so Tab from
    the last row filled in goes to the next row."""
    pid = long_reason_list(services, more_than=60)
    host, panel = show_panel(qtbot, services)
    n = len(services.recommender.why(pid).contributions)
    panel.show_product(pid)
    assert panel.is_complete() and len(panel.visible_rows()) == 3  # in the frame: three rows
    settle(qtbot, panel)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    first = len(panel.visible_rows())
    assert 3 < first < n  # only what the viewport shows (plus a margin) at once
    for _ in range(3):  # the layout pass before the paint (no timers: no chunk yet)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert len(panel.visible_rows()) == first
    bottom = panel.visible_rows()[-1]
    assert bottom.mapTo(panel, bottom.rect().topLeft()).y() >= panel.scroll.viewport().height()
    grab(host, artifacts / "why-first-paint-long.png")  # the top of the panel, complete
    with qtbot.waitSignal(panel.rendering_finished, timeout=5000):
        pass
    assert panel.is_complete() and len(panel.visible_rows()) == n
    settle(qtbot, panel)
    assert sum(shown_percentages(panel)) == pytest.approx(100, abs=0.5)

    # Again, and this time Tab on from the last personal row filled in before the chunks.
    second = services.recommender.recommend()[1].product_id  # (fed by the same views)
    assert len(services.recommender.why(second).contributions) > first
    panel.show_product(second)
    assert not panel.expanded  # a new question opens on the top reasons again
    settle(qtbot, panel)
    panel.toggle.click()
    assert not panel.is_complete()
    last = next(r for r in reversed(panel.visible_rows()) if r.buttons)
    index = panel.rows.index(last)
    host.activateWindow()
    last.buttons[-1].setFocus()
    assert panel.is_complete()  # focus inside the list filled in the rest at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    following = next(r for r in panel.visible_rows()[index + 1 :] if r.buttons)
    assert QApplication.focusWidget() is following.buttons[0]


# --- 150 % --------------------------------------------------------------------------------
def render_scaled(out: Path, data_root: Path) -> None:
    """Render the panel for the rich persona to ``out`` (run in a process of its own, since
    Qt fixes the scale factor per process)."""
    from tightrope.catalog import load_shipped_catalog
    from tightrope.engine.community_cache import load_shipped_community
    from tightrope.engine.recommender import Recommender
    from tightrope.services import Services
    from tightrope.storage.store import Store

    app = QApplication.instance() or QApplication([])
    catalog = load_shipped_catalog()
    data_dir = paths.resolve_data_dir(data_root)
    store = Store.open(data_dir.database, catalog, FixedClock(NOW))
    consent_ops.accept_all(store, where="test")  # as the services fixture does
    community = load_shipped_community(catalog)
    services = Services(data_dir, catalog, store, community, Recommender(store, community))
    persona = rich_user(services)
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    host.setMinimumSize(*PANEL_SIZE)
    theme.apply_theme(host)
    panel = WhyPanel(services, StoreEvents(services.store, host).changed, host)
    layout.addWidget(panel)
    host.resize(*PANEL_SIZE)
    host.show()
    panel.show_product(persona["target"].id)
    panel.controller.finish_counterfactual()
    for _ in range(5):
        app.processEvents()
    for _ in range(1000):
        if panel.is_complete():
            break
        app.processEvents()
    host.grab().save(str(out))
    panel.set_expanded(True)  # and every reason listed
    for _ in range(1000):
        if panel.is_complete():
            break
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    panel.scroll.verticalScrollBar().setValue(panel.counterfactual.y())  # it, then the others
    for _ in range(5):
        app.processEvents()
    host.grab().save(str(out.with_name(out.stem + "-all" + out.suffix)))
    store.close()


@pytest.mark.slow
def test_renders_at_150_percent(tmp_path, artifacts):
    out = artifacts / "why-rich-persona-440@150.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    desktop = REPO / "desktop"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(desktop), env.get("PYTHONPATH", "")) if p)
    root = REPO
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.why.test_why_panel", str(out), str(tmp_path / "data")],
        check=False,
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "QWidget" not in done.stderr, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (PANEL_SIZE[0] * 3 // 2, PANEL_SIZE[1] * 3 // 2)


@pytest.mark.slow
def test_latency_script_runs(qapp):
    """``python -m tightrope.ui.why.bench`` measures the panel; here it just has to run."""
    from tightrope.ui.why import bench

    results = bench.run("spread", repeat=3)
    assert {"open", "action forget", "action exclude/include"} <= set(results)


if __name__ == "__main__":
    render_scaled(Path(sys.argv[1]), Path(sys.argv[2]))


def test_a_previewed_forget_shows_what_was_prepared_and_it_equals_a_fresh_render(qtbot, services):
    """While the preview shows, the panel's content after the action is worked out; the
    click shows exactly that, and it is what the panel would have built from scratch."""
    from tightrope.ui.why.content import build_content, with_counterfactual

    persona = rich_user(services)
    pid = persona["target"].id
    # Viewed twice today too: after the search, it rests on more than one data point, so
    # what a second forget would show still speaks of others (the end of this test).
    for hours in (2, 3):
        record_ops.record(
            services.store,
            "view",
            product_id=pid,
            where="product page",
            at=NOW - timedelta(hours=hours),
        )
    persona, _host, panel, strip = previewing_forget(qtbot, services, persona)
    prepared = panel.controller._prepared[2]
    assert MARKER not in repr(prepared)  # about the shop without the data point
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(strip.forget, Qt.Key.Key_Space)
    shown = panel.controller.content
    assert shown.rows is prepared.rows
    rec = services.recommender
    fresh = with_counterfactual(
        build_content(
            rec.why(pid), None, rec.datums(), services.catalog, rec.top_n, rec.excluded_for(pid)
        ),
        None,
    )
    assert shown == fresh
    # a data point forgotten elsewhere takes prepared content that speaks of it with it
    settle(qtbot, panel)
    row = next(r for r in panel.visible_rows() if r.row.datum is not None)
    row.actions.forget.setFocus()
    qtbot.waitUntil(lambda: panel.controller._prepared is not None)
    spoken = panel.controller._prepared[2].datum_ids() - {row.row.datum_id}
    assert spoken
    forget_ops.delete(services.store, [min(spoken)])
    assert panel.controller._prepared is None


def test_after_a_forget_rows_below_the_fold_wait_in_place_then_are_exact(qtbot, services):
    """The frame after "Forget this" fills the rows the viewport shows; the rows below wait
    where they were (not hidden: hiding and showing a hundred rows cost more than the
    rest of the frame), none of them about the forgotten data point, and right after the
    paint every row is the new content's, laid out at its own height."""
    from PySide6.QtCore import QObject

    from tightrope.ui.why.reasons_list import HEAD_ROWS

    pid = long_reason_list(services, more_than=HEAD_ROWS + 20)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)
    expand(qtbot, panel)
    n = len(panel.content.rows)
    assert n > HEAD_ROWS + 20
    first = panel.visible_rows()[0]
    forgotten = first.row.datum_id
    deep = panel.rows[HEAD_ROWS + 5]

    class Moves(QObject):
        seen = 0

        def eventFilter(self, watched, event):
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide):
                self.seen += 1
            return False

    moves = Moves()
    deep.installEventFilter(moves)
    before = deep.row
    qtbot.mouseClick(first.actions.forget, Qt.MouseButton.LeftButton)
    for _ in range(2):  # the frame's layout passes, then its paint
        for kind in (QEvent.Type.MetaCall, QEvent.Type.LayoutRequest):
            QApplication.sendPostedEvents(None, kind)
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    assert not panel.is_complete() and deep.isVisible() and deep.row == before
    assert moves.seen == 0  # nor moved, resized or hidden
    assert all(r.row is None or r.row.datum_id != forgotten for r in panel.rows)
    settle(qtbot, panel)
    assert len(panel.content.rows) == n - 1
    for k, row in enumerate(panel.rows):
        if k < n - 1:
            assert row.isVisible() and row.row == panel.content.rows[k], k
            assert row.height() == row.heightForWidth(row.width()), k
        else:
            assert not row.isVisible()


def test_a_forget_measures_rows_only_at_the_width_they_have(qtbot, window, services, monkeypatch):
    """The frame after "Forget this" asks the rows' heights at the list's width only. The
    scroll area asks the scrolled column's size hint whenever the panel's layout is redone
    (the receipt appearing does it); QWidget's hint asked the column's height at the hint's
    width, its widest label's, and every row (a hundred and more) was measured there."""
    from tightrope.ui.why.rows import ContributionRow

    pid = long_reason_list(services, more_than=101)
    window.refresh()
    assert window.cards()[0].product.id == pid
    window.cards()[0].why.click()
    panel = window.why.panel
    settle(qtbot, panel)
    expand(qtbot, panel)  # a hundred rows and more
    assert panel.rows_box.width() == panel.top_box.width()  # one column
    assert panel.body_layout.sizeHint().width() != panel.body.width()  # the case in point
    asked: set[int] = set()  # widths a row was laid out at (Qt's calls reach it via Python)
    geometry = ContributionRow._geometry

    def spy(row, width):
        asked.add(width)
        return geometry(row, width)

    monkeypatch.setattr(ContributionRow, "_geometry", spy)
    first = next(r for r in panel.visible_rows() if r.row.datum is not None)
    qtbot.mouseClick(first.actions.forget, Qt.MouseButton.LeftButton)
    for _ in range(2):
        for kind in (QEvent.Type.MetaCall, QEvent.Type.LayoutRequest):
            QApplication.sendPostedEvents(None, kind)
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
    settle(qtbot, panel)  # and the rows filled in after it
    assert asked == {panel.rows_box.width()}
    assert len(panel.visible_rows()) > 100
    # The next change to the rows (Qt's layout items forget their heights) and the scroll
    # area's question, which a forget's frame asks whenever the panel's header moves.
    for row in panel.rows:
        row.updateGeometry()
    panel.scroll.widget().sizeHint()
    assert asked == {panel.rows_box.width()}


def test_a_preview_draws_ahead_every_picture_the_shelves_would_then_show(qtbot, services):
    """Not only the products entering the top: a shelf anchored on the data point being
    previewed is replaced whole, and a picture drawn in the click's frame costs ~1 ms."""
    from PySide6.QtGui import QPixmapCache

    from tightrope.ui import images
    from tightrope.ui.widgets.card import shelf_picture_size

    QPixmapCache.clear()  # (the panel alone shows no shelf: only the preview draws them)
    persona, _host, panel, _strip = previewing_forget(qtbot, services)
    pid = persona["target"].id
    catalog, dpr = services.catalog, panel.devicePixelRatioF()
    ahead = services.recommender.shelf_products_without([persona["search"].id], focus=pid)
    assert len(ahead) > 10
    drawn = [p for p in ahead if images.is_cached(catalog.by_id[p], shelf_picture_size(), dpr)]
    assert drawn == ahead
