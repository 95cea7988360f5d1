"""The merged report: right numbers from synthetic sessions; bad files skipped by name."""

from __future__ import annotations

import json
import re

from tightrope import cli, report, tasks
from tightrope.sessions import SessionRecorder

from .test_sessions import FakeTime


def synthetic(folder, code, condition, plan, answers, controls):
    """plan: [(task_id, seconds, outcome)]; answers: {task: {q: v}}; controls: [event type]."""
    clock = FakeTime()
    rec = SessionRecorder.start(folder, participant=code, condition=condition, persona="home-cook",
                                task_list=tasks.load("sample-study"), now=clock.now,
                                monotonic=clock.mono)
    for task, seconds, outcome in plan:
        clock.t += 1
        rec.start_task(task)
        for kind in controls:
            rec.log(kind) if kind != "your_data" else rec.log("navigate", page="your-data")
        clock.t += seconds
        if outcome:
            rec.finish_task(outcome)
            if task in answers:
                rec.answer(task, answers[task])
    rec.end()
    return rec.path


def three_sessions(tmp_path):
    a = synthetic(tmp_path, "P01", "transparent",
                  [("find-a-reason", 30, "done"), ("what-it-knows", 60, "done")],
                  {"find-a-reason": {"control": 6, "trust": 5}, "what-it-knows": {"control": 4}},
                  ["panel_open", "forget"])
    b = synthetic(tmp_path, "P02", "transparent",
                  [("find-a-reason", 50, "done"), ("what-it-knows", 90, "give_up")],
                  {"find-a-reason": {"control": 7, "trust": 3}},
                  ["panel_open"])
    c = synthetic(tmp_path, "P03", "opaque",
                  [("find-a-reason", 120, "give_up"), ("what-it-knows", 45, None)],
                  {"find-a-reason": {"control": 2, "trust": 4}},
                  ["your_data"])
    return [a, b, c]


def test_three_synthetic_sessions_give_the_right_numbers(tmp_path):
    r = report.build_report(three_sessions(tmp_path))
    assert r.skipped == [] and r.conditions == ["transparent", "opaque"]
    assert r.participants("transparent") == 2 and r.participants("opaque") == 1
    t = r.task("find-a-reason", "transparent")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (2, 2, 0, 1.0, 40.0)
    t = r.task("what-it-knows", "transparent")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (2, 1, 1, 0.5, 60.0)
    t = r.task("find-a-reason", "opaque")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (1, 0, 1, 0.0, None)
    t = r.task("what-it-knows", "opaque")
    assert (t.attempts, t.gave_up, t.unfinished) == (1, 1, 0)  # ended by session end
    q = r.question("control", "transparent")
    assert q.answers == [6, 4, 7] and round(q.mean, 3) == 5.667 and q.counts()[6] == 1
    assert r.question("trust", "opaque").mean == 4
    c = r.control("panel_open", "transparent")
    assert (c.participants, c.of, c.uses) == (2, 2, 4)
    assert r.control("forget", "transparent").participants == 1
    assert r.control("your_data", "opaque").uses == 2
    assert r.control("panel_open", "opaque").participants == 0


def test_html_report_has_charts_and_numbers(tmp_path, artifacts):
    r = report.build_report(three_sessions(tmp_path))
    html = report.render_html(r)
    assert html.count("<svg") == 4
    assert "100%" in html and "50%" in html and "5.67" in html
    assert "2 of 2 (100%)" in html
    (artifacts / "workshop-report.html").write_text(html, encoding="utf-8")


def test_bad_and_partial_files_are_named_and_skipped(tmp_path, capsys):
    good = three_sessions(tmp_path)
    bad = tmp_path / "P08-bad.jsonl"
    bad.write_text("garbage\n", encoding="utf-8")
    partial = tmp_path / "P09-partial.jsonl"
    lines = good[0].read_text(encoding="utf-8").splitlines()[:-1]
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = tmp_path / "P10-missing.jsonl"
    out = tmp_path / "report.html"
    code = cli.main(["report", *map(str, good), str(bad), str(partial), str(missing),
                     "--out", str(out), "--json"])
    assert code == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert summary["sessions"] == 3
    skipped = {s["file"].split("/")[-1]: s["reason"] for s in summary["skipped"]}
    assert set(skipped) == {"P08-bad.jsonl", "P09-partial.jsonl", "P10-missing.jsonl"}
    assert "not valid JSON" in skipped["P08-bad.jsonl"]
    assert "partial session" in skipped["P09-partial.jsonl"]
    assert re.search(r"skipped .*P08-bad\.jsonl, line 1", captured.err)
    assert "P09-partial.jsonl" in out.read_text(encoding="utf-8")
    r = report.build_report([partial], include_partial=True)
    assert len(r.sessions) == 1


def test_report_with_nothing_usable_does_not_crash(tmp_path, capsys):
    bad = tmp_path / "x.jsonl"
    bad.write_text("{}\n", encoding="utf-8")
    assert cli.main(["report", str(bad), "--out", str(tmp_path / "r.html")]) == 1
    assert "x.jsonl" in (tmp_path / "r.html").read_text(encoding="utf-8")
