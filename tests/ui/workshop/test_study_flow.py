"""A study run as a facilitator runs it (issue #17 items 8 and 9): a plan the session dialog
follows and warns against, the dialog's memory, "Next participant", End session asking and
summing up, the facilitator's lock, step timer and notes; and the issue's "done when": a
two-condition study of four simulated participants driven through the real window, whose
report the test recomputes from the raw logs."""

from __future__ import annotations

import html
import json
import re
import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers import run_cli
from tests.ui.helpers import click, settle
from tightrope.operations import consent as consent_ops
from tightrope.operations import retention as retention_ops
from tightrope.privacy import consent
from tightrope.ui import shortcuts
from tightrope.ui.condition import OPAQUE, TRANSPARENT, condition_of
from tightrope.ui.navigation import HOME
from tightrope.workshop import personas, report, report_html, sessions, study_plan

from .test_study_log import events_of, first_reason, open_why

pytestmark = [
    pytest.mark.gui,
    # QMessageBox fixes its size as it opens; offscreen cannot pass that on
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

PERSONA = "outdoor-enthusiast"
FACILITATOR = (
    Qt.Key.Key_F,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)


def write_plan(services, participants: int = 4, seed: int = 7) -> study_plan.StudyPlan:
    """`tightrope study plan` into the window's data folder, as a facilitator would."""
    root = services.data_dir.root
    assert (
        run_cli(
            [
                "study",
                "plan",
                "--participants",
                str(participants),
                "--tasks",
                "sample-study",
                "--persona",
                PERSONA,
                "--seed",
                str(seed),
                "--data-dir",
                str(root),
            ]
        )
        == 0
    )
    return study_plan.load_plan(root / study_plan.DEFAULT_NAME)


def other(condition: str) -> str:
    return OPAQUE if condition == TRANSPARENT else TRANSPARENT


def type_code(qtbot, dialog, code: str) -> None:
    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, code)


def radio(dialog, condition: str):
    return dialog.opaque if condition == OPAQUE else dialog.transparent


def chosen(dialog) -> str:
    return dialog.choices()["condition"]


def press_facilitator(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, *FACILITATOR)


def finish(qtbot, box, accept: bool = True) -> None:
    with qtbot.waitSignal(box.finished):
        box.accept() if accept else box.reject()


def start_from(qtbot, ctl, dialog) -> Path:
    """Tick the consent box and press Start session, as the facilitator does."""
    click(qtbot, dialog.consent)
    with qtbot.waitSignal(ctl.started):
        click(qtbot, dialog.start)
    return ctl.recorder.path


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


# --- the plan in the session dialog ---------------------------------------------------------
def test_the_dialog_proposes_the_plans_next_participant_and_warns_on_a_deviation(
    qtbot, window, services, artifacts
):
    plan = write_plan(services)
    workshop, ctl = window.workshop, window.workshop.sessions
    dialog = workshop.start_session()
    first = plan.rows[0]
    assert dialog.code.text() == first.code and chosen(dialog) == first.condition
    assert dialog.persona.currentData() == PERSONA
    assert dialog.task_list.currentData() == "sample-study"
    assert dialog.plan_label.text().startswith(
        "study-plan.json: 4 participants, 2 transparent and 2 opaque; 0 with a session."
    )
    assert not dialog.plan_warning.isVisible()

    click(qtbot, radio(dialog, other(first.condition)))  # another condition than planned
    warning = dialog.plan_warning
    assert warning.isVisible() and warning.property("role") == "warning"
    assert warning.text() == (
        f"Not as planned: The plan gives {first.code} the {first.condition} shop, not the "
        f"{other(first.condition)} shop. You may still start; the log records it."
    )
    dialog.grab().save(str(artifacts / "study-dialog-deviation.png"))
    type_code(qtbot, dialog, "P09")
    assert "P09 is not in the plan (P01 to P04)." in warning.text()
    third = plan.rows[2]
    type_code(qtbot, dialog, third.code.lower())  # a code of the plan: its condition follows
    assert chosen(dialog) == third.condition and not warning.isVisible()

    # started otherwise: the log's session_start says so, codes and conditions only
    second = plan.rows[1]
    type_code(qtbot, dialog, second.code)
    click(qtbot, radio(dialog, other(second.condition)))
    path = start_from(qtbot, ctl, dialog)
    start = sessions.read_session(path).start
    assert start["plan"] == {
        "seed": plan.seed,
        "row": 2,
        "deviations": ["condition"],
        "planned": {"condition": second.condition},
    }
    assert [t["id"] for t in start["tasks"]] == list(second.tasks)  # the plan's task order
    strip = window.workshop.strip
    assert strip.title.text().endswith(sessions.read_session(path).task_titles()[second.tasks[0]])
    ctl.end()

    dialog = workshop.start_session()  # P02 has a session now: P01 is the next
    assert dialog.code.text() == first.code
    assert dialog.plan_label.text().endswith("1 with a session.")
    type_code(qtbot, dialog, second.code)
    assert dialog.plan_warning.text() == f"{second.code} already has a session in this folder."
    finish(qtbot, dialog, accept=False)


def test_the_dialog_remembers_the_last_choices_in_the_data_folder(qtbot, window, services):
    ctl = window.workshop.sessions
    dialog = window.workshop.start_session()
    assert dialog.code.text() == "P01" and dialog.plan_label.text().startswith("No study plan")
    click(qtbot, dialog.opaque)
    dialog.persona.setCurrentIndex(dialog.persona.findData("home-cook"))
    start_from(qtbot, ctl, dialog)
    ctl.end()
    remembered = ctl.memory.path
    assert remembered.parent == services.data_dir.qt_state and remembered.is_file()
    assert oct(remembered.stat().st_mode & 0o777) == "0o600"
    text = remembered.read_text(encoding="utf-8")
    assert "home-cook" in text and "opaque" in text and "P01" not in text

    window.workshop.set_condition(TRANSPARENT)  # the shop moved on; the dialog remembers
    dialog = window.workshop.start_session()
    assert (
        dialog.code.text(),
        chosen(dialog),
        dialog.persona.currentData(),
        dialog.task_list.currentData(),
    ) == ("P02", OPAQUE, "home-cook", "sample-study")
    finish(qtbot, dialog, accept=False)


def choose_plan(qtbot, ctl, dialog, path: Path) -> None:
    """Load plan…, then the file's path typed into the file dialog and Open."""
    click(qtbot, dialog.load_plan)
    chooser = ctl.plan_dialog
    with qtbot.waitSignal(chooser.finished):
        chooser.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        chooser.accept()


def test_load_plan_follows_a_plan_file_and_names_a_broken_one(qtbot, window, services, tmp_path):
    sample = study_plan.tasks.load("sample-study")
    plan = study_plan.make_plan(sample, 6, seed=21)
    good = study_plan.write_plan(plan, tmp_path / "autumn.json")
    broken = tmp_path / "broken.json"
    raw = plan.to_json()
    raw["participants"][4]["condition"] = "clear"
    broken.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    ctl = window.workshop.sessions

    dialog = window.workshop.start_session()
    for path in (broken, good):
        choose_plan(qtbot, ctl, dialog, path)
    # the broken one was named in one sentence and not followed; the good one is
    assert dialog.plan is not None and dialog.plan.source == good
    assert dialog.code.text() == "P01" and chosen(dialog) == plan.rows[0].condition
    assert dialog.plan_label.text().startswith("autumn.json: 6 participants")
    assert ctl.memory.last()["plan"] == str(good.resolve())
    finish(qtbot, dialog, accept=False)

    click_broken = window.workshop.start_session()
    choose_plan(qtbot, ctl, click_broken, broken)
    label = click_broken.plan_label
    assert label.property("role") == "warning"
    assert label.text().endswith(
        "broken.json, line 54, participants[4].condition: must be one "
        'of transparent, opaque, not "clear"'
    )
    assert click_broken.plan is None
    finish(qtbot, click_broken, accept=False)


# --- Next participant -----------------------------------------------------------------------
def _state(window):
    store = window.services.store
    return (
        store.get_meta("persona"),
        store.consent_state(),
        store.clock.offset_days,
        window.workshop.dock.isVisible(),
        window.workshop.scenarios.overlay.isVisible(),
        condition_of(window),
        store.count_datums(),
    )


def test_next_participant_resets_everything_after_asking_once(qtbot, window, services, artifacts):
    plan = write_plan(services)
    workshop, store = window.workshop, services.store
    # the last participant left the shop changed in every way
    workshop.load_persona("gift-buyer")
    consent_ops.set_switches(store, {"searches": False}, "privacy page")
    retention_ops.advance_clock(store, 30)
    workshop.show_scenario_panel()
    finish(qtbot, workshop.scenarios.question)  # the scenario loads its shopper
    qtbot.waitUntil(workshop.scenarios.overlay.isVisible, timeout=2000)
    retention_ops.advance_clock(store, 30)
    workshop.set_condition(other(plan.rows[0].condition))
    before = _state(window)

    workshop.menu.aboutToShow.emit()
    assert workshop.next_action.isEnabled()
    workshop.next_action.trigger()
    box = workshop.question
    first = plan.rows[0]
    sam = personas.load(PERSONA, services.catalog)
    assert box.windowTitle() == f"Next participant: {first.code}?"
    assert box.text() == (
        f"Next participant: {first.code}, the {first.condition} shop, as the study plan says."
    )
    replaced, clock, rest = box.informativeText().split("\n\n")
    assert replaced.startswith(f"This replaces the {store.count_datums()} data points stored now")
    assert f"with Sam's {len(sam.data)} and sets consent to Sam's" in replaced
    assert clock == "The shop's clock, 30 days ahead, goes back to real time."
    assert rest.startswith("The scenario panel and its frame close")
    qtbot.waitExposed(box)
    box.grab().save(str(artifacts / "study-next-participant-question.png"))
    finish(qtbot, box, accept=False)
    assert _state(window) == before  # Cancel changed nothing

    workshop.next_action.trigger()
    finish(qtbot, workshop.question)
    assert store.get_meta("persona") == PERSONA  # persona
    now = consent.state(store)  # consent, as the persona says
    assert now.categories == sam.consent.categories and now.categories["searches"] is True
    assert store.clock.offset_days == 0  # clock
    assert not workshop.dock.isVisible() and not workshop.scenarios.overlay.isVisible()  # overlay
    assert workshop.scenarios.overlay.target() is None
    assert condition_of(window) == first.condition  # condition
    assert window.navigator.current.page == HOME
    dialog = workshop.sessions.dialog  # and the session dialog, pre-filled
    assert dialog.isVisible() and dialog.code.text() == first.code
    assert chosen(dialog) == first.condition and dialog.persona.currentData() == PERSONA
    assert not dialog.plan_warning.isVisible()
    finish(qtbot, dialog, accept=False)
    assert not workshop.sessions.running  # nothing recorded before Start session


# --- End session ------------------------------------------------------------------------------
def test_end_session_asks_then_shows_a_summary_of_the_log(qtbot, window, services, artifacts):
    ctl = window.workshop.sessions
    path = ctl.start(
        participant="P07", condition=TRANSPARENT, persona=PERSONA, task_list="sample-study"
    )
    strip = window.workshop.strip
    click(qtbot, strip.start)  # 1: a why panel, Done, the questionnaire answered
    panel = open_why(qtbot, window)
    click(qtbot, panel.close_button)
    click(qtbot, strip.done)
    for q in ctl.dialog.questionnaire.questions:
        ctl.dialog.choose(q.id, 4)
    with qtbot.waitSignal(ctl.dialog.finished):
        click(qtbot, ctl.dialog.submit)
    click(qtbot, strip.start)  # 2: given up, the questionnaire skipped
    click(qtbot, strip.give_up)
    with qtbot.waitSignal(ctl.dialog.finished):
        click(qtbot, ctl.dialog.skip)
    ctl.add_note("Asked what a data point is")
    click(qtbot, strip.start)  # 3: still running when the session ends

    click(qtbot, strip.end)
    box = ctl.question
    assert box.windowTitle() == box.text() == "End the session for P07?"
    assert box.informativeText() == "Task 3 of 5 is running: it is logged as given up."
    finish(qtbot, box, accept=False)
    assert ctl.running  # Cancel: the session goes on
    window.workshop.menu.aboutToShow.emit()
    press_facilitator(qtbot, window)
    window.workshop.end_action.trigger()  # the menu's End session asks the same
    with qtbot.waitSignal(ctl.ended):
        finish(qtbot, ctl.question)

    summary = ctl.dialog
    assert summary.objectName() == "sessionSummary" and summary.isVisible()
    # the numbers, recomputed from the raw log
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    kinds = [e["type"] for e in lines]
    done, gave_up = kinds.count("task_done"), kinds.count("task_give_up")
    met = sum(e.get("criterion_met", False) for e in lines)
    answers = sum(len(e["answers"]) for e in lines if e["type"] == "questionnaire")
    assert (done, gave_up, met, answers) == (1, 2, 1, 5)
    values = {k: v.text() for k, v in summary.values.items()}
    assert values["summaryTasks"] == (
        f"{done} done, {gave_up} given up, {5 - done - gave_up} not started, of 5"
    )
    assert values["summaryCriterion"] == f"{met} of {done + gave_up} tasks the app checks"
    answered = kinds.count("questionnaire")
    assert values["summaryQuestionnaires"] == f"{answered} answered ({answers} answers)"
    assert values["summaryNotes"] == "1"
    seconds = int(lines[-1]["elapsed"])
    assert values["summaryTime"] == f"{seconds // 60}:{seconds % 60:02d}"
    assert values["summaryLog"] == str(path)
    summary.grab().save(str(artifacts / "study-session-summary.png"))

    click(qtbot, summary.next)  # "Next participant…" from the summary
    assert window.workshop.question is not None
    assert window.workshop.question.windowTitle() == "Next participant: P01?"  # the first free
    finish(qtbot, window.workshop.question, accept=False)


# --- the facilitator ---------------------------------------------------------------------------
def test_the_workshop_is_locked_during_a_session_until_the_facilitator_unlocks(
    qtbot, window, services, artifacts
):
    workshop, ctl = window.workshop, window.workshop.sessions
    assert any("Ctrl+Shift+F" in keys for _g, keys, _t in shortcuts.rows())  # Help lists it
    clock = FakeClock()
    ctl.monotonic = clock
    ctl.start(participant="P03", condition=TRANSPARENT, persona=PERSONA, task_list="sample-study")
    workshop.menu.aboutToShow.emit()
    locked = [a for a in workshop._menu_actions if a.isEnabled()]
    assert not locked and not workshop.button.isEnabled() and not workshop.dock.isEnabled()
    assert "Ctrl+Shift+F" in workshop.button.toolTip()
    bar = workshop.facilitator_bar
    assert not bar.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the participant presses the scenario key
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert not workshop.dock.isVisible() and workshop.scenarios.scenario is None

    press_facilitator(qtbot, window)  # unlocked
    workshop.menu.aboutToShow.emit()
    assert workshop.button.isEnabled() and workshop.note_action.isEnabled()
    assert workshop.end_action.isEnabled() and not workshop.next_action.isEnabled()
    assert bar.isVisible() and bar.timer.text() == "Between tasks \u00b7 session 0:00"
    click(qtbot, workshop.strip.start)
    clock.t += 65
    workshop.facilitator.refresh()  # what the timer shows each second
    assert bar.timer.text() == "Task 1 of 5: 1:05 \u00b7 session 1:05"
    settle(qtbot)  # the bar lays out again around the longer time
    window.grab().save(str(artifacts / "study-facilitator-bar-1280x800.png"))
    qtbot.keyClick(window, Qt.Key.Key_F9)  # one use ...
    assert workshop.dock.isVisible()
    finish(qtbot, workshop.scenarios.question, accept=False)
    assert workshop.facilitator.locked and not bar.isVisible()  # ... and locked again
    assert not workshop.button.isEnabled()

    press_facilitator(qtbot, window)
    press_facilitator(qtbot, window)  # pressed again: locked
    assert workshop.facilitator.locked and not workshop.panel_action.isEnabled()
    press_facilitator(qtbot, window)
    click(qtbot, bar.lock)  # the bar's Lock
    assert workshop.facilitator.locked

    press_facilitator(qtbot, window)  # a private note from the bar
    clock.t += 10
    click(qtbot, bar.note)
    note = ctl.dialog
    assert note.objectName() == "noteDialog" and workshop.facilitator.locked
    with qtbot.waitSignal(note.finished):
        qtbot.keyClicks(note.note, "Hovered the Why? button for a while")
        click(qtbot, note.add)
    path = ctl.recorder.path
    ctl.end()
    (logged,) = events_of(sessions.read_session(path).events, "note")
    assert logged["text"] == "Hovered the Why? button for a while"
    assert logged["task"] == "find-a-reason" and logged["elapsed"] == 75
    workshop.menu.aboutToShow.emit()  # no session, nothing locked
    assert workshop.button.isEnabled() and workshop.next_action.isEnabled()
    assert not bar.isVisible()


# --- issue #17, done when: a two-condition study through the real window ----------------------
QUESTIONS = ("control", "understanding", "trust", "creepiness", "ease")
# each condition's typical answers; participants and tasks vary around them
BASE = {TRANSPARENT: (6, 6, 5, 3, 6), OPAQUE: (3, 3, 4, 5, 4)}


def do_task(qtbot, window, task: str, condition: str, gives_up: bool) -> None:
    """What a simulated participant does for one task: by clicking, as far as the shop lets
    them (the opaque shop has no why panel and no "Your data")."""
    click(qtbot, window.top_bar.logo)
    if gives_up:
        return
    if task == "find-a-reason":
        if condition == TRANSPARENT:
            open_why(qtbot, window)
            click(qtbot, window.side_panel().close_button)
        else:
            qtbot.mouseClick(window.cards()[0], Qt.MouseButton.LeftButton)
            settle(qtbot)
    elif task == "what-it-knows":
        click(
            qtbot,
            window.top_bar.your_data if condition == TRANSPARENT else window.privacy.strip.open,
        )
    elif task == "remove-one-thing":
        panel = open_why(qtbot, window)
        with qtbot.waitSignal(panel.changed):
            click(qtbot, first_reason(panel).actions.forget)
        click(qtbot, panel.close_button)
    elif task == "change-a-topic":
        click(qtbot, window.privacy.strip.open)
        click(qtbot, window.privacy.view.consent.form.boxes["searches"])
    elif task == "buy-something":
        qtbot.mouseClick(window.cards()[0], Qt.MouseButton.LeftButton)
        settle(qtbot)
        click(qtbot, window.product.view.add_to_cart)


def _cells(row: str) -> list[str]:
    return [html.unescape(c) for c in re.findall(r"<td(?: class=num)?>(.*?)</td>", row)]


def _median_iqr(values: list[float], seconds: bool = False) -> str:
    """As docs/user-study.md says the report writes it: "5 (4–6)" (answers to at most two
    decimals, seconds whole), one value alone."""

    def num(v: float) -> str:
        return f"{v:.0f}" if seconds else f"{v:.2f}".rstrip("0").rstrip(".")

    if len(values) == 1:
        return num(values[0])
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return f"{num(median)} ({num(q1)}\u2013{num(q3)})"


def test_a_two_condition_study_of_four_participants_gives_a_report_its_logs_confirm(
    qtbot, window, services, artifacts
):
    plan = write_plan(services, participants=4, seed=11)
    workshop, ctl = window.workshop, window.workshop.sessions
    strip = workshop.strip
    logs: list[Path] = []
    seen: dict[str, int] = {TRANSPARENT: 0, OPAQUE: 0}
    clock = FakeClock()  # how long each task takes, as the logs' elapsed seconds say
    ctl.monotonic = clock
    workshop.next_action.trigger()  # the first participant: Workshop -> Next participant…
    for j, row in enumerate(plan.rows):
        finish(qtbot, workshop.question)  # "Next participant: P0j?" -> Get ready
        dialog = ctl.dialog
        assert (dialog.code.text(), chosen(dialog)) == (row.code, row.condition)
        assert condition_of(window) == row.condition and not dialog.plan_warning.isVisible()
        logs.append(start_from(qtbot, ctl, dialog))
        nth = seen[row.condition]  # the first or second participant of this condition
        seen[row.condition] += 1
        for i, task in enumerate(row.tasks):
            assert strip.title.text().startswith(f"Task {i + 1} of 5")
            # who gives up: the first transparent participant on the topic task; in the opaque
            # shop, both on removing one thing (no why panel), the second on buying
            gives_up = (
                (row.condition == TRANSPARENT and nth == 0 and task == "change-a-topic")
                or (row.condition == OPAQUE and task == "remove-one-thing")
                or (row.condition == OPAQUE and nth == 1 and task == "buy-something")
            )
            click(qtbot, strip.start)
            do_task(qtbot, window, task, row.condition, gives_up)
            clock.t += 20 + 7 * i + (11 if row.condition == OPAQUE else 3) * j
            click(qtbot, strip.give_up if gives_up else strip.done)
            questions = ctl.dialog
            if j == 1 and i == 2:  # one questionnaire skipped
                with qtbot.waitSignal(questions.finished):
                    click(qtbot, questions.skip)
                continue
            for q, base in zip(QUESTIONS, BASE[row.condition], strict=True):
                questions.choose(q, min(7, max(1, base + (i + j) % 3 - 1)))
            with qtbot.waitSignal(questions.finished):
                click(qtbot, questions.submit)
        if j == 2:  # the facilitator notes something, unseen by the participant
            press_facilitator(qtbot, window)
            click(qtbot, workshop.facilitator_bar.note)
            with qtbot.waitSignal(ctl.dialog.finished):
                qtbot.keyClicks(ctl.dialog.note, "Thought the consent switch was a filter")
                click(qtbot, ctl.dialog.add)
        click(qtbot, strip.end)
        with qtbot.waitSignal(ctl.ended):
            finish(qtbot, ctl.question)
        summary = ctl.dialog
        raw = [json.loads(x) for x in logs[-1].read_text(encoding="utf-8").splitlines()]
        assert summary.summary.done == sum(e["type"] == "task_done" for e in raw)
        assert summary.summary.notes == (1 if j == 2 else 0)
        if j + 1 < len(plan.rows):
            click(qtbot, summary.next)  # "Next participant…" from the summary
        else:
            with qtbot.waitSignal(summary.finished):
                click(qtbot, summary.close_button)
    assert sorted(p.name.split("-")[0] for p in logs) == [r.code for r in plan.rows]

    # the report, as `tightrope report` builds it from the four logs
    built = report.build_report(logs)
    numbers = report.summary_json(built)
    page = report_html.render_html(built)
    (artifacts / "study-four-participants-report.html").write_text(page, encoding="utf-8")

    # ... and the same numbers recomputed here from the raw lines of the logs
    raw_logs = [[json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()] for p in logs]
    assert all(log[-1]["type"] == "session_end" for log in raw_logs)
    ended: dict[tuple[str, str], list[tuple[bool, bool]]] = {}  # (task, cond) -> (done, met)
    seconds: dict[tuple[str, str], list[float]] = {}  # (task, cond) -> time to done, per person
    answers: dict[tuple[str, str], dict[str, list[int]]] = {}  # (question, cond) -> who -> values
    for log in raw_logs:
        start = log[0]
        who, cond = start["participant"], start["condition"]
        assert start["plan"] == {"seed": 11, "row": int(who[1:]), "deviations": []}
        started: dict[str, float] = {}
        for e in log:
            if e["type"] == "task_start":
                started[e["task"]] = e["elapsed"]
            if e["type"] in ("task_done", "task_give_up"):
                ended.setdefault((e["task"], cond), []).append(
                    (e["type"] == "task_done", e["criterion_met"])
                )
            if e["type"] == "task_done":
                seconds.setdefault((e["task"], cond), []).append(e["elapsed"] - started[e["task"]])
            elif e["type"] == "questionnaire":
                for q, v in e["answers"].items():
                    answers.setdefault((q, cond), {}).setdefault(who, []).append(v)
    assert {c for _t, c in ended} == {TRANSPARENT, OPAQUE}
    assert numbers["conditions"] == {TRANSPARENT: {"participants": 2}, OPAQUE: {"participants": 2}}

    task_rows = page.split("Task outcomes", 1)[1].split("</table>", 1)[0].split("<tr>")
    for t in numbers["tasks"]:
        outcomes = ended[(t["task"], t["condition"])]
        done = sum(d for d, _m in outcomes)
        met = sum(m for _d, m in outcomes)
        assert (t["attempts"], t["done"], t["criterion_checked"], t["criterion_met"]) == (
            len(outcomes),
            done,
            len(outcomes),
            met,
        ), t
        assert t["success_rate"] == done / len(outcomes)
        times = seconds.get((t["task"], t["condition"]), [])
        assert t["seconds_to_done"]["n"] == len(times)
        assert t["seconds_to_done"]["median"] == (statistics.median(times) if times else None)
        title = built.task_title(t["task"])
        (cells,) = [
            _cells(r) for r in task_rows if _cells(r)[:2] == [title, t["condition"].capitalize()]
        ]
        # Task, Condition, Attempts, Done / gave up / unfinished, Success, Met criterion,
        # Time to done, n
        assert t["gave_up"] == len(outcomes) - done and t["unfinished"] == 0
        assert cells[3] == f"{done} / {len(outcomes) - done} / 0"
        assert cells[4] == f"{round(100 * done / len(outcomes))}%"
        assert cells[7] == str(len(times))
        if len(times) == 2:
            assert cells[6] == _median_iqr(times, seconds=True) + " s"
        assert cells[5] == f"{met} of {len(outcomes)} ({round(100 * met / len(outcomes))} %)"
    # the two shops differ where the opaque one hides the way
    assert numbers_for(numbers, "find-a-reason", TRANSPARENT)["criterion_met"] == 2
    assert numbers_for(numbers, "find-a-reason", OPAQUE)["criterion_met"] == 0
    assert numbers_for(numbers, "remove-one-thing", OPAQUE)["done"] == 0

    overall = page.split("Over all tasks (each participant\u2019s median)", 1)[1]
    overall = overall.split("</table>", 1)[0].split("<tr>")
    texts = {q["id"]: q["text"] for q in raw_logs[0][0]["questionnaire"]["questions"]}
    for q in QUESTIONS:
        cells = next(_cells(r) for r in overall if _cells(r)[:1] == [texts[q]])
        for k, cond in enumerate((TRANSPARENT, OPAQUE)):
            per_person = [statistics.median(v) for v in answers[(q, cond)].values()]
            (shown,) = [
                x
                for x in numbers["questions"]
                if (x["question"], x["condition"], x["task"]) == (q, cond, None)
            ]
            assert shown["n"] == len(per_person) == 2
            assert shown["median"] == statistics.median(per_person)
            assert shown["answers"] == sum(len(v) for v in answers[(q, cond)].values())
            assert cells[1 + 2 * k] == _median_iqr(per_person) and cells[2 + 2 * k] == "2"
    assert (
        sum(
            x["answers"]
            for x in numbers["questions"]
            if x["question"] == "control" and x["task"] is None
        )
        == 4 * 5 - 1
    )  # one skipped


def numbers_for(numbers, task: str, condition: str) -> dict:
    (found,) = [t for t in numbers["tasks"] if (t["task"], t["condition"]) == (task, condition)]
    return found
