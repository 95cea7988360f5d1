"""Levels of detail in the why panel, and reasons on cards that are never cut off.

The panel opens on the three largest reasons and one row for all the others (their exact
share of the score); one click lists every reason, another goes back. The counterfactual
sits right under the top reasons and forgets its data points through the panel's one
preview-then-act path. Real personas (or, for a long list, a shopper recorded through the
store), real engine, real widgets.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.clipping import clipped
from tightrope.engine.explain import PERSONAL_SOURCES
from tightrope.operations.persona import load_persona
from tightrope.ui.why.content import FORGET_SET
from tightrope.ui.widgets.card import short_reason
from tightrope.workshop import personas

from .test_why_panel import (
    expand,
    leave,
    long_reason_list,
    settle,
    show_panel,
    shown_percentages,
)

pytestmark = pytest.mark.gui

ELLIPSIS = "\u2026"


def load(services, persona: str) -> None:
    load_persona(services.store, personas.load(persona, services.catalog))


def with_counterfactual(services, least: int) -> tuple[str, tuple[int, ...]]:
    """A recommended product whose counterfactual has at least ``least`` data points, from
    the first shipped persona that has one (the persona stays loaded)."""
    for persona in ("gift-buyer", "pregnancy-loss", "home-cook", "expecting-parent"):
        load(services, persona)
        rec = services.recommender
        for r in rec.recommend():
            cf = rec.counterfactual(r.product_id)
            if cf.datum_ids and len(cf.datum_ids) >= least:
                return r.product_id, cf.datum_ids
    raise AssertionError(f"no shipped persona has a counterfactual of {least}+ data points")


def without_counterfactual(services) -> str:
    """A recommended product that rests on personal data no 3 data points take it out of
    the top for, from the first shipped persona that has one (the persona stays loaded)."""
    for persona in (
        "outdoor-enthusiast",
        "expecting-parent",
        "privacy-minimalist",
        "shared-family-device",
    ):
        load(services, persona)
        rec = services.recommender
        for r in rec.recommend():
            if r.datum_ids() and rec.counterfactual(r.product_id).datum_ids is None:
                return r.product_id
    raise AssertionError("no shipped persona has a recommendation without a counterfactual")


# --- the collapsed view -----------------------------------------------------------------
def test_it_opens_on_the_top_three_and_the_exact_sum_of_the_others(qtbot, services):
    pid = long_reason_list(services, more_than=100)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    assert panel.is_complete()  # three rows: all in the frame that opens the panel
    settle(qtbot, panel)
    rec = services.recommender.why(pid)
    parts = sorted(rec.contributions, key=lambda c: -c.contribution)
    assert len(parts) > 100

    rows = panel.visible_rows()
    assert len(rows) == 3 and all(r.isVisible() for r in rows)
    assert [r.row.label for r in rows] == [c.label for c in parts[:3]]
    assert not any(r.isVisible() for r in panel.rows[3:])
    # The summary: how many others, and the exact sum of their shares as the engine gave it.
    others = parts[3:]
    summary = panel.summary.row
    assert panel.summary.isVisible()
    assert summary.label == f"The other {len(others)} reasons"
    assert summary.share == pytest.approx(math.fsum(c.share for c in others), abs=1e-12)
    assert abs(summary.percent - 100 * math.fsum(c.share for c in others)) < 1
    assert sum(shown_percentages(panel)) + summary.percent == 100
    # ... and what they are: per source, non-personal ones too.
    counts = {c.badge: sum(1 for o in others if o.badge == c.badge) for c in others}
    for badge, n in counts.items():
        assert f"{badge}: {n}" in summary.facts[0]
    # Non-personal parts are reasons like the others: among the three largest, a row.
    for row, c in zip(rows, parts[:3], strict=True):
        assert row.row.badge == c.badge and (row.row.datum_id is None) == (
            c.source not in PERSONAL_SOURCES
        )
    assert any(r.row.datum_id is None for r in rows)  # (the shop's most popular: "Popular")
    assert panel.toggle.isVisible() and panel.toggle.text() == f"Show all {len(parts)} reasons"
    assert not panel.rows_box.isVisible() and not panel.fewer.isVisible()


def test_three_reasons_or_fewer_are_listed_without_a_summary(qtbot, services):
    load(services, "newcomer")
    _host, panel = show_panel(qtbot, services)
    for top in services.recommender.recommend()[:2]:
        panel.show_product(top.product_id)
        settle(qtbot, panel)
        n = len(services.recommender.why(top.product_id).contributions)
        assert 0 < n <= 3
        assert len(panel.visible_rows()) == n and panel.content.rest is None
        assert not panel.summary.isVisible() and not panel.toggle.isVisible()
        assert sum(shown_percentages(panel)) == 100


# --- every reason, and back ---------------------------------------------------------------
def test_show_all_and_show_fewer_by_click_and_by_keyboard(qtbot, services):
    load(services, "outdoor-enthusiast")
    host, panel = show_panel(qtbot, services)
    pid = services.recommender.recommend()[0].product_id
    panel.show_product(pid)
    settle(qtbot, panel)
    rec = services.recommender.why(pid)
    n = len(rec.contributions)

    # A click on the summary row lists every reason, still exact.
    qtbot.mouseClick(panel.summary, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.expanded and len(panel.visible_rows()) == n
    shown = shown_percentages(panel)
    assert sum(shown) == 100 and sum(shown[3:]) == panel.summary.row.percent
    parts = sorted(rec.contributions, key=lambda c: -c.contribution)
    for row, c in zip(panel.visible_rows(), parts, strict=True):
        assert row.row.label == c.label and abs(row.row.percent - 100 * c.share) < 1
    assert panel.toggle.text() == "Show fewer" and panel.fewer.isVisible()
    assert panel.more_section.text() == f"The other {n - 3} reasons"

    # "Show fewer" at the end of the list, by keyboard: back to three rows, focus on the
    # button at the top, and the rows it hid keep no data.
    host.activateWindow()
    panel.fewer.setFocus()
    qtbot.keyClick(panel.fewer, Qt.Key.Key_Space)
    assert not panel.expanded and len(panel.visible_rows()) == 3 and panel.is_complete()
    assert QApplication.focusWidget() is panel.toggle
    assert all(r.row is None and r.isHidden() for r in panel.rows[3:])
    assert panel.toggle.text() == f"Show all {n} reasons"

    # The "Show all" button, by keyboard.
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    settle(qtbot, panel)
    assert panel.expanded and len(panel.visible_rows()) == n
    # A forget keeps the level; another product opens collapsed again.
    row = next(r for r in panel.visible_rows()[3:] if r.buttons)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(row.actions.forget, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.expanded and len(panel.visible_rows()) == len(panel.content.rows) == n - 1
    panel.show_product(services.recommender.recommend()[1].product_id)
    settle(qtbot, panel)
    assert not panel.expanded and len(panel.visible_rows()) == 3


def test_the_counterfactual_sits_under_the_top_reasons_before_the_others(qtbot, services):
    pid, _ids = with_counterfactual(services, 1)
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)
    assert panel.content.rest is not None  # more than three reasons

    def top(widget) -> int:
        return widget.mapTo(panel.body, widget.rect().topLeft()).y()

    def bottom(widget) -> int:
        return top(widget) + widget.height()

    assert panel.counterfactual.isVisible()
    assert bottom(panel.visible_rows()[2]) <= bottom(panel.summary) <= top(panel.counterfactual)
    expand(qtbot, panel)
    rest = panel.visible_rows()[3:]
    assert rest and all(bottom(panel.counterfactual) <= top(r) for r in rest)
    assert top(panel.counterfactual) < top(panel.more_section) < top(rest[0])
    assert bottom(rest[-1]) <= top(panel.fewer)


# --- "Forget these N" ---------------------------------------------------------------------
def test_forget_these_n_previews_then_forgets_exactly_the_counterfactual(
    qtbot, services, artifacts
):
    pid, ids = with_counterfactual(services, 2)
    rec = services.recommender
    labels = [services.store.datum(i).label(services.catalog) for i in ids]
    host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    assert not panel.counterfactual_forget.isVisible()  # not while it is worked out
    settle(qtbot, panel)
    button = panel.counterfactual_forget
    assert button.isVisible() and button.text() == f"Forget these {len(ids)}"
    assert button.action.kind == FORGET_SET and button.action.datum_ids == ids
    name = button.accessibleName()
    assert name.startswith(f"Forget these {len(ids)}: ") and all(lab in name for lab in labels)
    assert button in panel.action_buttons()

    # Pointing at it previews exactly what forgetting those data points would do, as every
    # other action of the panel does (the same engine call, the same preview line).
    expected = rec.preview_forget(list(ids), focus=pid)
    panel.scroll.ensureWidgetVisible(button)
    qtbot.wait(20)
    qtbot.mouseMove(button)
    qtbot.waitUntil(lambda: panel.preview_text() == f"Preview: {expected.forget_text}")
    qtbot.wait(50)  # (the footer takes the preview's lines)
    host.grab().save(str(artifacts / "why-forget-these-n-440.png"))
    assert clipped(host) == []
    assert button.toolTip() == expected.forget_text == button.accessibleDescription()
    assert expected.focus is not None and expected.focus.old_rank and not expected.focus.new_rank
    leave(qtbot, button, panel.headline)
    host.activateWindow()
    button.setFocus()  # focus previews too, and what the click shows is prepared meanwhile
    qtbot.waitUntil(lambda: panel.controller._prepared is not None)

    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    change = blocker.args[0]
    assert change.action == "forget" and change.datum_ids == tuple(sorted(ids))
    assert change.receipt["scope"] == "smallest set"
    assert change.receipt["total"] == len(ids)
    assert (change.preview.dropped, change.preview.entered) == (expected.dropped, expected.entered)
    assert all(services.store.datum(i) is None for i in ids)  # gone from the store
    assert not set(ids) & set(services.store.datums())
    assert f"{panel.content.product_name} is no longer in your recommendations" in panel.gone.text()
    assert all(r.row.datum_id not in ids for r in panel.visible_rows())


def test_one_data_point_reads_forget_this_and_delete_forgets_it(qtbot, services):
    load(services, "outdoor-enthusiast")
    rec = services.recommender
    pid, ids = next(
        (r.product_id, cf.datum_ids)
        for r in rec.recommend()
        if (cf := rec.counterfactual(r.product_id)).datum_ids and len(cf.datum_ids) == 1
    )
    host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)
    button = panel.counterfactual_forget
    assert button.isVisible() and button.text() == "Forget this"
    assert button.accessibleName().startswith("Forget this: ")
    host.activateWindow()
    button.setFocus()
    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Delete)  # the panel's "forget" key
    assert blocker.args[0].datum_ids == ids and services.store.datum(ids[0]) is None


def test_without_a_counterfactual_the_box_says_so_and_offers_no_action(qtbot, services):
    pid = without_counterfactual(services)
    rec = services.recommender
    assert rec.counterfactual(pid).datum_ids is None
    _host, panel = show_panel(qtbot, services)
    panel.show_product(pid)
    settle(qtbot, panel)
    assert panel.counterfactual.isVisible()
    assert panel.counterfactual_text.text() == rec.counterfactual(pid).message
    assert not panel.counterfactual_forget.isVisible()
    assert panel.counterfactual_forget not in panel.action_buttons()


# --- reasons on cards ---------------------------------------------------------------------
def test_no_card_reason_is_cut_off_on_the_home_shelves(qtbot, window, services, artifacts):
    load(services, "outdoor-enthusiast")
    window.refresh()
    qtbot.wait(100)
    cards = [c for c in window.cards() if c.reason.isVisibleTo(c)]
    assert len(cards) > 20
    shortened = 0
    for card in cards:  # (cards out of view are filled just after the frame)
        qtbot.waitUntil(lambda c=card: c.reason.accessibleName() == c.recommendation.headline)
        text, headline = card.reason.text(), card.recommendation.headline
        assert ELLIPSIS not in text, text
        assert text.count("\n") <= 1  # two lines at most
        if card.reason.is_shortened():
            shortened += 1
            assert text.replace("\n", " ") in short_reason(card.recommendation)
            assert card.reason.toolTip() == headline  # the full headline, on hover
        else:
            assert text.replace("\n", " ") == headline
    assert shortened  # the rich persona's headlines need it
    window.grab().save(str(artifacts / "home-rich-persona-cards-1280x800.png"))
    assert [p for p in clipped(window) if "reason" in p] == []


def test_the_clipping_check_fails_on_an_elided_card_reason(qtbot):
    from tests.helpers import make_product, make_rec
    from tests.ui.helpers import show_top_level
    from tightrope.ui.widgets.card import ProductCard

    product = make_product()
    rec = make_rec(product)
    long = "Because " + " and ".join(f"you viewed Trail Tent {k}" for k in range(12))
    from dataclasses import replace

    card = ProductCard(product, replace(rec, headline=long))
    qtbot.addWidget(card)
    show_top_level(qtbot, card)
    assert card.reason.is_shortened()  # the shorter wording: nothing personal in make_rec
    assert card.reason.text().replace("\n", " ") == "Nothing personal was used"
    assert clipped(card) == []
    card.reason.set_full_text(long)  # no shorter wording: elided, and the check says so
    assert ELLIPSIS in card.reason.text()
    assert any("a card's reason cut off" in p for p in clipped(card))


# --- looking at it --------------------------------------------------------------------------
@pytest.mark.parametrize("scale", [100, 150])
def test_the_rich_personas_top_item_at_1280x800(qtbot, window, services, artifacts, scale):
    """Pictures to look at (tests/artifacts/why-levels-*.png): the panel for the rich
    persona's #1 recommendation, collapsed and with every reason, nothing clipped."""
    window.workshop.load_persona("outdoor-enthusiast")
    window.workshop.presenter.set_scale(scale)
    qtbot.wait(150)  # (as the presenter-scale test does: the shop settles at its new scale)
    pid = services.recommender.recommend()[0].product_id
    panel = window.why.show(pid)
    settle(qtbot, panel)
    qtbot.wait(50)
    assert clipped(window) == []
    window.grab().save(str(artifacts / f"why-levels-{scale}-1280x800.png"))
    panel.scroll.ensureWidgetVisible(panel.counterfactual)
    qtbot.wait(20)
    window.grab().save(str(artifacts / f"why-levels-{scale}-1280x800-counterfactual.png"))
    panel.toggle.click()
    settle(qtbot, panel)
    qtbot.wait(50)
    assert clipped(window) == []
    panel.scroll.ensureWidgetVisible(panel.visible_rows()[3])
    qtbot.wait(20)
    window.grab().save(str(artifacts / f"why-levels-{scale}-1280x800-all.png"))
    window.workshop.presenter.reset()
