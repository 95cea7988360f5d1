"""Withdrawing consent measured from session logs: the first change inside a task that
leaves no switch on, its time from the task's start and the clicks before it; the two
consent designs compared with the report's tests and cautions."""

from __future__ import annotations

import json

from tests.helpers import FakeTime
from tightrope.cli import main as cli
from tightrope.workshop import report, tasks, withdrawal
from tightrope.workshop.report_html import render_html
from tightrope.workshop.sessions import SessionRecorder, read_session


def withdrawing(folder, code, design, clicks, seconds, *, complete=True, before=0):
    """A session that, inside one task, clicks ``clicks`` times over ``seconds`` and then
    withdraws every switch (or, ``complete`` False, leaves one on); ``before`` clicks and a
    complete withdrawal happen outside any task first (not counted)."""
    clock = FakeTime()
    rec = SessionRecorder.start(
        folder,
        participant=code,
        condition="transparent",
        persona="outdoor-enthusiast",
        task_list=tasks.load("sample-study"),
        design=design,
        now=clock.now,
        monotonic=clock.mono,
    )
    for _ in range(before):
        rec.log("click", input="mouse")
    if before:
        rec.log("consent_change", switches_on=0)
    clock.t += 5
    rec.start_task("what-it-knows")
    for i in range(clicks):
        clock.t += seconds / max(clicks, 1)
        rec.log("click", input="mouse")
        rec.log("consent_change", switches_on=max(clicks - 1 - i, 0 if complete else 1))
    rec.finish_task("done")
    rec.end()
    return rec.path


def test_the_first_complete_withdrawal_inside_a_task(tmp_path):
    path = withdrawing(tmp_path, "P01", "deceptive", 12, 48.0, before=3)
    w = withdrawal.measure(read_session(path))
    assert (w.design, w.task, w.clicks) == ("deceptive", "what-it-knows", 12)
    assert abs(w.seconds - 48.0) < 0.01


def test_a_session_that_never_withdraws_everything(tmp_path):
    w = withdrawal.measure(
        read_session(withdrawing(tmp_path, "P02", "honest", 4, 10.0, complete=False))
    )
    assert not w.withdrew and w.clicks is None and w.seconds is None


def test_a_log_from_before_the_twin_is_the_honest_design(tmp_path):
    clock = FakeTime()
    rec = SessionRecorder.start(
        tmp_path,
        participant="P03",
        condition="transparent",
        persona="home-cook",
        now=clock.now,
        monotonic=clock.mono,
    )
    rec.end()
    session = read_session(rec.path)
    assert "consent_design" not in session.start
    assert withdrawal.design_of(session) == "honest"


def study(tmp_path):
    honest = [withdrawing(tmp_path, f"P1{i}", "honest", 2 + i % 2, 8.0 + i) for i in range(3)]
    twin = [withdrawing(tmp_path, f"P2{i}", "deceptive", 14 + i, 40.0 + 5 * i) for i in range(3)]
    twin.append(withdrawing(tmp_path, "P29", "deceptive", 6, 30.0, complete=False))
    return honest + twin


def test_the_designs_compared_with_small_sample_cautions(tmp_path):
    built = report.build_report(study(tmp_path))
    result = built.withdrawal
    honest, twin = result.design("honest"), result.design("deceptive")
    assert (honest.sessions, honest.withdrew, twin.sessions, twin.withdrew) == (3, 3, 4, 3)
    assert honest.clicks == [2.0, 3.0, 2.0] and twin.clicks == [14.0, 15.0, 16.0]
    assert honest.click_summary.median == 2.0 and twin.click_summary.median == 15.0
    clicks = result.comparisons["clicks"]
    assert clicks.test == "Mann-Whitney U" and clicks.delta == -1.0  # every honest value lower
    assert clicks.caution == "Too few values (3 and 3) to conclude either way."
    assert result.comparisons["withdrew"].test == "Fisher's exact"
    page = render_html(built)
    assert "Withdrawing consent: honest shop and deceptive twin" in page
    assert "3 of 4 (75%)" in page and "Too few values (3 and 3)" in page
    data = report.summary_json(built)["withdrawal"]
    assert data["designs"][1] == {
        "design": "deceptive",
        "sessions": 4,
        "withdrew": 3,
        "clicks": {"n": 3, "median": 15.0, "q1": 14.5, "q3": 15.5},
        "seconds": data["designs"][1]["seconds"],
    }
    assert data["compared"]["clicks"]["caution"] == clicks.caution


def test_one_design_only_is_not_compared(tmp_path):
    built = report.build_report([withdrawing(tmp_path, "P41", "deceptive", 9, 20.0)])
    assert built.withdrawal.comparisons == {}
    assert "Only the deceptive twin has sessions, so nothing is compared." in render_html(built)


def test_no_section_without_the_twin_or_a_withdrawal(tmp_path):
    built = report.build_report([withdrawing(tmp_path, "P42", "honest", 3, 9.0, complete=False)])
    assert "Withdrawing consent" not in render_html(built)


def test_the_cli_report_carries_the_comparison(tmp_path, capsys):
    paths = [str(p) for p in study(tmp_path)]
    assert cli.main(["report", *paths, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["design"] for d in data["withdrawal"]["designs"]] == ["honest", "deceptive"]
