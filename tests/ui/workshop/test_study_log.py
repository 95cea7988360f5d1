"""Every interaction a study report counts reaches the session log: one test per event type,
each driving the window as a participant (or facilitator) would and reading the log back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import click, place_by_mouse, settle
from tightrope.ui.condition import OPAQUE, TRANSPARENT
from tightrope.ui.privacy.tabs import (
    TAB_CONSENT,
    TAB_EXPORT,
    TAB_INTERESTS,
    TAB_PARTNERS,
    TAB_RETENTION,
)
from tightrope.ui.privacy.widgets import InferenceCard
from tightrope.ui.why.content import INCLUDE
from tightrope.workshop import report, report_html, sessions

pytestmark = pytest.mark.gui

PERSONA = "outdoor-enthusiast"


def start(window, condition: str = TRANSPARENT):
    ctl = window.workshop.sessions
    ctl.start(participant="P21", condition=condition, persona=PERSONA, task_list="sample-study")
    return ctl


def read_back(ctl) -> list[dict]:
    path = ctl.recorder.path
    ctl.end()
    return sessions.read_session(path).events


def events_of(events, kind):
    return [e for e in events if e["type"] == kind]


def open_why(qtbot, window):
    """Click the first card's "Why?" on the home page; the panel it opened."""
    card = next(c for c in window.cards() if c.why.isVisible())
    click(qtbot, card.why)
    panel = window.side_panel()
    assert panel is not None
    qtbot.waitUntil(panel.is_complete, timeout=3000)
    return panel


def first_reason(panel):
    return next(r for r in panel.visible_rows() if r.row.datum is not None)


# --- the session's frame ----------------------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_session_start_and_end(qtbot, window):
    ctl = window.workshop.sessions
    dialog = window.workshop.start_session()
    dialog.code.setText("P22")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(ctl.started):
        dialog.start.click()
    path = ctl.recorder.path
    click(qtbot, window.workshop.strip.end)  # asks first
    with qtbot.waitSignal(ctl.ended):
        ctl.question.accept()
    events = sessions.read_session(path).events
    assert events[0]["type"] == "session_start" and events[0]["participant"] == "P22"
    assert events[-1]["type"] == "session_end"


def test_task_start_done_and_questionnaire(qtbot, window):
    ctl = start(window)
    strip = window.workshop.strip
    click(qtbot, strip.start)
    click(qtbot, strip.done)
    questions = ctl.dialog
    for q in questions.questionnaire.questions:
        questions.choose(q.id, 6)
    with qtbot.waitSignal(questions.finished):
        click(qtbot, questions.submit)
    events = read_back(ctl)
    assert events_of(events, "task_start")[0]["task"] == "find-a-reason"
    assert events_of(events, "task_done")[0]["task"] == "find-a-reason"
    answers = events_of(events, "questionnaire")[0]
    assert answers["task"] == "find-a-reason" and set(answers["answers"].values()) == {6}


def test_task_give_up(qtbot, window):
    ctl = start(window)
    strip = window.workshop.strip
    click(qtbot, strip.start)
    click(qtbot, strip.give_up)
    with qtbot.waitSignal(ctl.dialog.finished):
        click(qtbot, ctl.dialog.skip)
    events = read_back(ctl)
    assert events_of(events, "task_give_up")[0]["task"] == "find-a-reason"
    assert not events_of(events, "questionnaire")  # skipped


# --- pages and privacy surfaces ---------------------------------------------------------
def test_navigate_to_every_kind_of_page(qtbot, window):
    ctl = start(window)
    click(qtbot, window.top_bar.cart)
    click(qtbot, window.top_bar.wishlist)
    click(qtbot, window.top_bar.your_data)
    click(qtbot, window.privacy.strip.open)
    click(qtbot, window.top_bar.logo)
    card = window.cards()[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    settle(qtbot)
    events = read_back(ctl)
    pages = [e["page"] for e in events_of(events, "navigate")]
    assert pages == ["cart", "wishlist", "your-data", "privacy", "home", "product"]
    assert events_of(events, "navigate")[-1]["arg"].startswith("product:")


@pytest.mark.parametrize("condition", [TRANSPARENT, OPAQUE])
def test_privacy_tab_on_arriving_and_on_each_switch(qtbot, window, condition):
    ctl = start(window, condition)
    click(qtbot, window.privacy.strip.open)
    tabs = window.privacy.view.tabs
    bar = tabs.tabBar()
    click_tab = TAB_INTERESTS if condition == TRANSPARENT else TAB_EXPORT
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(click_tab).center())
    settle(qtbot)
    window.privacy.show_page(TAB_CONSENT)  # already on the page: one switch, one event
    settle(qtbot)
    events = read_back(ctl)
    shown = [e["tab"] for e in events_of(events, "privacy_tab")]
    assert shown == ["consent", "interests" if condition == TRANSPARENT else "export", "consent"]
    # the report counts the privacy page (issue #17: it said "Opened Your data: 0 %")
    r = report.build_report([ctl.last_log])
    assert r.control("privacy", condition).participants == 1


def test_export(qtbot, window, tmp_path):
    ctl = start(window)
    window.privacy.show_page(TAB_EXPORT)
    settle(qtbot)
    click(qtbot, window.privacy.view.export.export_json)
    dialog = window.privacy.file_dialog
    with qtbot.waitSignal(dialog.finished):
        dialog.selectFile(str(tmp_path / "my-data.json"))
        dialog.accept()
    events = read_back(ctl)
    (export,) = events_of(events, "export")
    assert export["file_type"] == "json" and "my-data" not in str(export)


# --- the why panel ----------------------------------------------------------------------
def test_panel_open_and_close(qtbot, window):
    ctl = start(window)
    open_why(qtbot, window)
    click(qtbot, window.side_panel().close_button)
    outside = next(
        p.id
        for p in window.services.catalog.products
        if window.services.recommender.why(p.id).rank is None
    )
    window.open_product(outside, where="test")
    settle(qtbot)
    click(qtbot, window.product.view.why_button)  # "Why not?"
    events = read_back(ctl)
    opened = events_of(events, "panel_open")
    assert [e["recommended"] for e in opened] == [True, False]
    assert all(e["panel"] == "why" and e["product"].startswith("product:") for e in opened)
    assert len(events_of(events, "panel_close")) == 1


def test_preview_by_pointer_and_by_focus(qtbot, window):
    ctl = start(window)
    panel = open_why(qtbot, window)
    strip = first_reason(panel).actions
    qtbot.mouseMove(strip.forget)
    qtbot.waitUntil(lambda: "Preview:" in panel.preview_text())
    qtbot.mouseMove(panel.close_button)
    if strip.forget.underMouse():
        QApplication.sendEvent(strip.forget, QEvent(QEvent.Type.Leave))
    qtbot.mouseMove(strip.forget)  # the same preview again: nothing new to log
    window.activateWindow()
    strip.exclude.setFocus()
    qtbot.waitUntil(lambda: len(panel.controller._told) == 2)
    events = read_back(ctl)
    previews = events_of(events, "preview")
    assert [e["action"] for e in previews] == ["forget", "exclude"]
    assert all(e["data_points"][0].startswith("datum:") for e in previews)
    assert all(e["product"].startswith("product:") for e in previews)
    r = report.build_report([ctl.last_log])
    assert r.control("preview", TRANSPARENT).uses == 2


def test_forget_from_the_panel(qtbot, window):
    ctl = start(window)
    panel = open_why(qtbot, window)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, first_reason(panel).actions.forget)
    events = read_back(ctl)
    (forget,) = events_of(events, "forget")
    assert (
        forget["action"] == "forget"
        and forget["total"] == 1
        and sum(forget["counts"].values()) == 1
    )


def test_exclude_then_include(qtbot, window):
    ctl = start(window)
    panel = open_why(qtbot, window)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, first_reason(panel).actions.exclude)
    entry = next(e for e in panel.not_used_entries if e.isVisible())
    assert entry.button.action.kind == INCLUDE
    with qtbot.waitSignal(panel.changed):
        click(qtbot, entry.button)
    events = read_back(ctl)
    (excluded,) = events_of(events, "exclude")
    (included,) = events_of(events, "include")
    assert excluded["data_points"] == included["data_points"]


# --- shopping -----------------------------------------------------------------------------
def test_data_recorded_cart_and_checkout(qtbot, window):
    ctl = start(window)
    card = window.cards()[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # a view is recorded
    settle(qtbot)
    click(qtbot, window.product.view.add_to_cart)
    click(qtbot, window.top_bar.cart)
    place_by_mouse(qtbot, window)
    events = read_back(ctl)
    assert events_of(events, "data_recorded")[0]["data_points"][0].startswith("datum:")
    assert len(events_of(events, "cart")) == 1
    assert len(events_of(events, "checkout")) == 1


# --- consent and the clock ------------------------------------------------------------------
def test_every_kind_of_consent_change(qtbot, window):
    ctl = start(window)
    privacy = window.privacy
    privacy.show_page(TAB_CONSENT)
    settle(qtbot)
    view = privacy.view
    click(qtbot, view.consent.form.boxes["searches"])  # a switch
    click(qtbot, view.consent.levels["light"])  # the level
    click(qtbot, view.consent.pause)  # pause
    privacy.show_page(TAB_PARTNERS)
    settle(qtbot)
    click(qtbot, view.partners.do_not_sell)  # do not sell
    privacy.show_page(TAB_INTERESTS)
    settle(qtbot)
    card = next(c for c in view.interests.findChildren(InferenceCard) if c.isVisible())
    click(qtbot, card.remove)  # block a topic
    events = read_back(ctl)
    changes = events_of(events, "consent_change")
    assert changes[0]["consent"]["withdrawn"] == ["searches"]
    assert any(e.get("level") == "light" for e in changes)
    assert any(e.get("paused") is True for e in changes)
    assert any("do_not_sell" in e for e in changes)
    assert any(e.get("blocked", "").startswith("topic:") for e in changes)


def test_clock(qtbot, window):
    ctl = start(window)
    window.privacy.show_page(TAB_RETENTION)
    settle(qtbot)
    window.privacy.view.retention.advance_days.setValue(3)
    click(qtbot, window.privacy.view.retention.advance)
    events = read_back(ctl)
    assert events_of(events, "clock")[0]["days"] == 3


def test_condition_cannot_change_while_a_session_records(qtbot, window):
    """The ``condition`` event type is for a change during a session; the Workshop menu
    refuses one, so a log holds the condition of session_start only."""
    start(window)
    window.workshop.menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in window.workshop.condition_actions.values())
    window.workshop.sessions.end()


# --- the facilitator ---------------------------------------------------------------------
def test_note_from_the_workshop_menu(qtbot, window):
    ctl = start(window)
    click(qtbot, window.workshop.strip.start)
    window.workshop.menu.aboutToShow.emit()
    assert not window.workshop.note_action.isEnabled()  # locked for the participant
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # the facilitator unlocks
    window.workshop.menu.aboutToShow.emit()
    assert window.workshop.note_action.isEnabled()
    window.workshop.note_action.trigger()
    dialog = ctl.dialog
    assert dialog.objectName() == "noteDialog"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClicks(dialog.note, "  Hesitated over the why panel  ")
        click(qtbot, dialog.add)
    events = read_back(ctl)
    (note,) = events_of(events, "note")
    assert note["text"] == "Hesitated over the why panel" and note["task"] == "find-a-reason"
    window.workshop.menu.aboutToShow.emit()
    assert not window.workshop.note_action.isEnabled()  # no session, no note


# --- task success: what the participant clicked, and what the app saw ------------------------
def finish(qtbot, ctl, button) -> None:
    click(qtbot, button)
    with qtbot.waitSignal(ctl.dialog.finished):
        click(qtbot, ctl.dialog.skip)


def test_task_success_by_criterion_beside_done(qtbot, window):
    ctl = start(window)
    strip = window.workshop.strip
    click(qtbot, strip.start)  # find-a-reason: Done without opening a why panel
    finish(qtbot, ctl, strip.done)
    click(qtbot, strip.start)  # what-it-knows: Your data, then Done
    click(qtbot, window.top_bar.your_data)
    finish(qtbot, ctl, strip.done)
    click(qtbot, window.top_bar.logo)
    click(qtbot, strip.start)  # remove-one-thing: a forget from the why panel, then Give up
    panel = open_why(qtbot, window)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, first_reason(panel).actions.forget)
    finish(qtbot, ctl, strip.give_up)
    events = read_back(ctl)
    ended = [
        (e["type"], e["task"], e["criterion_met"])
        for e in events
        if e["type"] in ("task_done", "task_give_up")
    ]
    assert ended == [
        ("task_done", "find-a-reason", False),
        ("task_done", "what-it-knows", True),
        ("task_give_up", "remove-one-thing", True),
    ]
    r = report.build_report([ctl.last_log])
    assert r.task("find-a-reason", TRANSPARENT).done == 1  # what was clicked ...
    html = report_html.render_html(r)
    row = next(x for x in html.split("<tr>") if x.startswith("<td>Find out why</td>"))
    assert "0 of 1 (0 %)" in row  # ... and what the app saw


def test_in_the_opaque_shop_a_why_panel_cannot_meet_its_criterion(qtbot, window):
    ctl = start(window, OPAQUE)
    strip = window.workshop.strip
    click(qtbot, strip.start)
    window.show_why(window.cards()[0].product.id)  # asked anyway: nothing opens
    finish(qtbot, ctl, strip.done)
    events = read_back(ctl)
    assert not events_of(events, "panel_open")
    assert events_of(events, "task_done")[0]["criterion_met"] is False
