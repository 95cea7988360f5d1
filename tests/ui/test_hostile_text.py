"""Text from files, personas and participants is shown as it is, never as rich text.

A task list's ``<img src=...>`` made the task strip open a local file (issue #16): after
loading hostile files through the window's own flows, every label that shows their text must
be plain text, and every tooltip that quotes it escaped.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tightrope import paths
from tightrope.ui.models import DatumTableModel
from tightrope.ui.navigation import YOUR_DATA, Route
from tightrope.workshop import scenarios, tasks

pytestmark = pytest.mark.gui

SHIPPED = paths.shipped_data_dir()
MARK = "zqhostile"
HOSTILE = f'<img src="file:///etc/passwd"><b>{MARK}</b>'


def _hostile(text: str) -> str:
    return f"{HOSTILE} {text}"


@pytest.fixture
def hostile_files(tmp_path):
    """A task list, questionnaire, persona and scenario with HTML in every text they show."""
    for sub in ("tasks", "questionnaires", "personas", "scenarios"):
        (tmp_path / sub).mkdir()
    tasks = json.loads((SHIPPED / "tasks" / "sample-study.json").read_text())
    tasks["title"], tasks["intro"] = _hostile(tasks["title"]), _hostile(tasks["intro"])
    for t in tasks["tasks"]:
        t["title"], t["instruction"] = _hostile(t["title"]), _hostile(t["instruction"])
    (tmp_path / "tasks" / "sample-study.json").write_text(json.dumps(tasks))
    q = json.loads((SHIPPED / "questionnaires" / "post-task.json").read_text())
    q["title"], q["intro"] = _hostile(q["title"]), _hostile(q["intro"])
    q["scale"]["low"], q["scale"]["high"] = _hostile("low"), _hostile("high")
    for question in q["questions"]:
        question["text"] = _hostile(question["text"])
    (tmp_path / "questionnaires" / "post-task.json").write_text(json.dumps(q))
    persona = json.loads((SHIPPED / "personas" / "outdoor-enthusiast.json").read_text())
    persona["name"], persona["story"] = _hostile(persona["name"]), _hostile(persona["story"])
    persona["workshop_use"] = _hostile(persona["workshop_use"])
    persona["data"].append(
        {"kind": "search", "text": _hostile("tent"), "days_ago": 1.5, "where": "search box"}
    )
    (tmp_path / "personas" / "outdoor-enthusiast.json").write_text(json.dumps(persona))
    scenario = json.loads((SHIPPED / "scenarios" / "take-back-control.json").read_text())
    scenario["title"], scenario["summary"] = (
        _hostile(scenario["title"]),
        _hostile(scenario["summary"]),
    )
    for step in scenario["steps"]:
        step["title"], step["say"] = _hostile(step["title"]), _hostile(step["say"])
        step["ask"] = _hostile(step.get("ask", "ask"))
    (tmp_path / "scenarios" / "take-back-control.json").write_text(json.dumps(scenario))
    return tmp_path


def _shown(window) -> tuple[list[str], list[str]]:
    """The names of the labels showing the hostile text now, and the problems: those Qt
    would render as rich text, and tooltips that quote it unescaped."""
    labels = [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and MARK in w.text()]
    rich = [w for w in labels if w.textFormat() != Qt.TextFormat.PlainText]
    tips = [w.toolTip() for w in QApplication.allWidgets() if HOSTILE in w.toolTip()]
    return (
        [w.objectName() for w in labels],
        [f"{type(w).__name__} {w.objectName()!r}: {w.text()[:60]}" for w in rich] + tips,
    )


# a QMessageBox asks the offscreen platform for size hints (as in test_a11y_walk.py)
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_no_label_renders_text_from_a_file_as_rich_text(qtbot, window, services, hostile_files):
    persona = str(hostile_files / "personas" / "outdoor-enthusiast.json")
    box = window.workshop.ask_load_persona(persona)  # "Load <name>?" quotes the persona
    seen, problems = _shown(window)
    box.accept()
    ctl = window.workshop.sessions
    ctl.start(
        participant="P21",
        condition="transparent",
        persona=persona,
        task_list=str(hostile_files / "tasks" / "sample-study.json"),
    )
    window.workshop.strip.start.click()
    labels, found = _shown(window)  # the task strip
    seen += labels
    problems += found
    window.workshop.strip.done.click()  # the questionnaire dialog opens
    labels, found = _shown(window)
    seen += labels
    problems += found
    ctl.dialog.reject()
    window.navigator.go(Route(YOUR_DATA))  # the persona's search in the data table
    qtbot.wait(50)
    labels, found = _shown(window)
    seen += labels
    problems += found
    tips = [
        m.data(m.index(r, c), Qt.ItemDataRole.ToolTipRole)
        for m in window.findChildren(DatumTableModel)
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    ]
    quoting = [t for t in tips if t and MARK in t]
    window.workshop.show_scenario_panel()
    scenario = scenarios.load_scenario_file(
        hostile_files / "scenarios" / "take-back-control.json", services.catalog
    )
    window.workshop.scenarios.start(scenario)
    qtbot.wait(50)
    labels, found = _shown(window)
    seen += labels
    problems += found
    ctl.end()
    assert {"qt_msgbox_label", "taskTitle", "taskInstruction", "stepTitle", "stepSay"} <= set(seen)
    assert len(seen) >= 10, seen  # the walk saw the hostile text
    assert not problems, "\n".join(problems)
    assert quoting and all(HOSTILE not in t for t in quoting)


def test_plain_tooltip_escapes_only_what_looks_like_html():
    from tightrope.ui.widgets.labels import plain_tooltip

    assert plain_tooltip("Trail Tent 2P") == "Trail Tent 2P"
    assert "<img" not in plain_tooltip(HOSTILE) and "&lt;img" in plain_tooltip(HOSTILE)


def test_the_hostile_files_load_like_the_shipped_ones(hostile_files):
    loaded = tasks.load_task_list_file(hostile_files / "tasks" / "sample-study.json")
    assert loaded.tasks[0].title.startswith(HOSTILE)
    assert loaded.questionnaire.questions[0].text.startswith(HOSTILE)
