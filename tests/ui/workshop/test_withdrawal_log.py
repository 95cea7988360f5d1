"""The study log records which consent design a participant saw, every click, and how many
consent switches are on after each change; the report compares withdrawing in the honest
shop with withdrawing in the deceptive twin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import click, settle
from tightrope.privacy import consent
from tightrope.ui.privacy.tabs import TAB_CONSENT
from tightrope.workshop import report, sessions, withdrawal
from tightrope.workshop.report_html import render_html

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

PERSONA = "outdoor-enthusiast"


def start(window, code: str):
    ctl = window.workshop.sessions
    ctl.start(participant=code, condition="transparent", persona=PERSONA, task_list="sample-study")
    ctl.start_task()
    return ctl


def withdraw_all(qtbot, window, twin: bool) -> int:
    """Withdraw every switch on the privacy page as a participant would; the clicks made."""
    clicks = 0
    window.privacy.show_page(TAB_CONSENT)
    settle(qtbot)
    tab = window.privacy.view.consent
    if twin:
        click(qtbot, window.workshop.rules.twin.advanced)
        clicks += 1
    for switch, box in tab.form.boxes.items():
        if not box.isChecked():
            continue
        tab.ensureWidgetVisible(box)
        settle(qtbot)
        click(qtbot, box)
        clicks += 1
        if twin:
            question = window.workshop.rules.twin.question
            assert question is not None, switch
            click(qtbot, question.insist)
            clicks += 1
    assert consent.state(window.services.store).granted() == frozenset()
    return clicks


def read_back(ctl):
    path = ctl.recorder.path
    ctl.end()
    return sessions.read_session(path)


def test_the_honest_session_logs_its_design_clicks_and_the_switches_left(qtbot, window):
    ctl = start(window, "P31")
    made = withdraw_all(qtbot, window, twin=False)
    session = read_back(ctl)
    assert session.start["consent_design"] == "honest"
    task_clicks = [e for e in session.events if e["type"] == "click" and "task" in e]
    assert len(task_clicks) == made and {e["input"] for e in task_clicks} == {"mouse"}
    changes = [e for e in session.events if e["type"] == "consent_change"]
    assert [e["switches_on"] for e in changes] == list(range(len(changes) - 1, -1, -1))
    w = withdrawal.measure(session)
    assert w.withdrew and w.clicks == made and w.design == "honest"


def test_the_twin_session_says_so_and_needs_more_clicks(qtbot, window):
    window.workshop.rules.set_twin(True)
    ctl = start(window, "P32")
    assert not window.workshop.rules.twin_action.isEnabled()  # fixed while a session records
    assert (
        not window.workshop.rules.twin.strip.isVisible()
    )  # no facilitator's mark for the participant
    made = withdraw_all(qtbot, window, twin=True)
    session = read_back(ctl)
    assert session.start["consent_design"] == "deceptive"
    w = withdrawal.measure(session)
    assert w.withdrew and w.clicks == made and w.design == "deceptive"


def test_a_key_that_activates_a_control_is_a_click(qtbot, window):
    ctl = start(window, "P33")
    window.privacy.show_page(TAB_CONSENT)
    settle(qtbot)
    box = window.privacy.view.consent.form.boxes["searches"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_A)  # not an activating key
    session = read_back(ctl)
    keys = [e for e in session.events if e["type"] == "click" and e["input"] == "key"]
    assert len(keys) == 1


def test_no_click_is_logged_outside_a_session(qtbot, window):
    ctl = window.workshop.sessions
    assert ctl.recorder is None
    click(qtbot, window.top_bar.findChildren(type(window.workshop.button))[0])
    assert ctl.recorder is None  # nothing started, nothing written


def test_the_report_compares_the_two_designs(qtbot, window, tmp_path, artifacts):
    ctl = start(window, "P34")
    withdraw_all(qtbot, window, twin=False)
    honest = read_back(ctl).path
    window.workshop.rules.set_twin(True)
    ctl = start(window, "P35")
    withdraw_all(qtbot, window, twin=True)
    deceptive = read_back(ctl).path
    built = report.build_report([honest, deceptive])
    result = built.withdrawal
    assert [d.design for d in result.designs] == ["honest", "deceptive"]
    h, d = result.designs
    assert h.withdrew == d.withdrew == 1 and d.clicks[0] > h.clicks[0]
    assert set(result.comparisons) == {"withdrew", "clicks", "seconds"}
    assert "Too few values (1 and 1)" in result.comparisons["clicks"].caution
    page = render_html(built)
    assert "Withdrawing consent: honest shop and deceptive twin" in page
    assert "Too few values (1 and 1) to conclude either way." in page
    assert report.summary_json(built)["withdrawal"]["designs"][1]["clicks"]["median"] == d.clicks[0]
    (artifacts / "report-withdrawal.html").write_text(page, encoding="utf-8")
