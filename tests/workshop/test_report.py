"""The merged report: right numbers from synthetic sessions, recomputed here from the logs
(medians, quartiles, Mann-Whitney U, Fisher, Cliff's delta); cautions for small groups; the
tidy CSV; chart labels that fit; bad files skipped by name, and no report from none."""

from __future__ import annotations

import csv
import io
import json
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from scipy import stats as scipy_stats

from tests.helpers import REPO, long_labels, synthetic, three_sessions
from tightrope.cli import main as cli
from tightrope.workshop import report, report_charts, report_html, study_stats
from tightrope.workshop.sessions import CONTROLS


def test_three_synthetic_sessions_give_the_right_numbers(tmp_path):
    r = report.build_report(three_sessions(tmp_path))
    assert r.skipped == [] and r.conditions == ["transparent", "opaque"]
    assert r.participants("transparent") == 2 and r.participants("opaque") == 1
    t = r.task("find-a-reason", "transparent")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (2, 2, 0, 1.0, 40.0)
    assert (t.time.q1, t.time.q3, t.time.n) == (35.0, 45.0, 2)
    t = r.task("what-it-knows", "transparent")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (2, 1, 1, 0.5, 60.0)
    t = r.task("find-a-reason", "opaque")
    assert (t.attempts, t.done, t.gave_up, t.success_rate, t.median_seconds) == (1, 0, 1, 0.0, None)
    t = r.task("what-it-knows", "opaque")
    assert (t.attempts, t.gave_up, t.unfinished) == (1, 1, 0)  # ended by session end
    # over all tasks each participant counts once, by the median of their answers
    q = r.question("control", "transparent")
    assert q.answers == [6, 4, 7] and q.values == [5, 7] and q.counts()[6] == 1
    assert (q.n, q.summary.median, q.summary.q1, q.summary.q3) == (2, 6, 5.5, 6.5)
    # task by task
    assert r.question("control", "transparent", "find-a-reason").values == [6, 7]
    assert r.question("control", "transparent", "what-it-knows").values == [4]
    assert r.question("trust", "opaque").summary.median == 4
    c = r.control("panel_open", "transparent")
    assert (c.participants, c.of, c.uses) == (2, 2, 4)
    assert r.control("forget", "transparent").participants == 1
    assert r.control("your_data", "opaque").uses == 2
    assert r.control("panel_open", "opaque").participants == 0


def test_html_report_has_charts_and_numbers(tmp_path, artifacts):
    r = report.build_report(three_sessions(tmp_path))
    html = report_html.render_html(r)
    assert html.count("<svg") == 4
    assert "100%" in html and "50%" in html and "6 (5.5\u20136.5)" in html  # median (IQR)
    assert "2 of 2 (100%)" in html
    assert "Task: Find out why" in html  # the questionnaire task by task
    assert "mean" not in html.lower()  # medians only
    (artifacts / "workshop-report.html").write_text(html, encoding="utf-8")


# --- statistics, recomputed from the logs -------------------------------------------------

TASKS = ("find-a-reason", "what-it-knows", "remove-one-thing")


def study(folder, n_transparent=10, n_opaque=10):
    """Hand-made sessions whose answers, times and outcomes follow simple known rules."""
    paths = []
    for i in range(n_transparent + n_opaque):
        condition = "transparent" if i < n_transparent else "opaque"
        k = i if condition == "transparent" else i - n_transparent
        high = condition == "transparent"
        plan = [
            (
                task,
                20 + 7 * k + 11 * j + (0 if high else 15),
                "give_up" if (k + j) % (4 if high else 2) == 3 - j else "done",
            )
            for j, task in enumerate(TASKS)
        ]
        answers = {
            task: {
                "control": min(7, max(1, (5 if high else 3) + (k + j) % 3 - 1)),
                "trust": 1 + (k * 3 + j) % 7,
            }
            for j, task in enumerate(TASKS)
        }
        paths.append(
            synthetic(
                folder,
                f"P{i + 1:02d}",
                condition,
                plan,
                answers,
                ["panel_open"] if high and k % 2 else [],
            )
        )
    return paths


def from_logs(paths):
    """What the report should say, read straight from the JSON lines here."""
    answers = {}  # (condition, question, task) -> {participant: [answers]}
    times = {}  # (condition, task) -> {participant: [seconds of done attempts]}
    outcomes = {}  # (condition, task) -> [done?]
    for path in paths:
        events = [json.loads(line) for line in Path(path).read_text().splitlines()]
        who, cond = events[0]["participant"], events[0]["condition"]
        started = {}
        for e in events:
            if e["type"] == "task_start":
                started[e["task"]] = e["elapsed"]
            elif e["type"] in ("task_done", "task_give_up"):
                done = e["type"] == "task_done"
                outcomes.setdefault((cond, e["task"]), []).append(done)
                if done:
                    times.setdefault((cond, e["task"]), {}).setdefault(who, []).append(
                        e["elapsed"] - started.pop(e["task"])
                    )
            elif e["type"] == "questionnaire":
                for q, v in e["answers"].items():
                    for task in (None, e["task"]):
                        answers.setdefault((cond, q, task), {}).setdefault(who, []).append(v)
    return answers, times, outcomes


def per_person(by_participant):
    return [statistics.median(v) for v in by_participant.values()]


def cliffs_delta(a, b):
    return sum((x > y) - (x < y) for x in a for y in b) / (len(a) * len(b))


def test_medians_quartiles_and_tests_match_scipy_on_the_logs(tmp_path):
    paths = study(tmp_path)
    r = report.build_report(paths)
    answers, times, outcomes = from_logs(paths)
    checked = 0
    for task in (None, *TASKS):
        for q in ("control", "trust"):
            a = per_person(answers[("transparent", q, task)])
            b = per_person(answers[("opaque", q, task)])
            s = r.question(q, "transparent", task).summary
            assert (s.n, s.median) == (10, np.median(a))
            assert (s.q1, s.q3) == pytest.approx(tuple(np.percentile(a, [25, 75])))
            c = r.comparison(f"q:{q}", task)
            expected = scipy_stats.mannwhitneyu(a, b, alternative="two-sided")
            assert (c.n_a, c.n_b) == (10, 10)
            assert c.statistic == pytest.approx(expected.statistic)
            assert c.p == pytest.approx(expected.pvalue)
            assert c.delta == pytest.approx(cliffs_delta(a, b))
            assert c.caution == ""  # ten in each group: no caution
            checked += 1
    for task in TASKS:
        a, b = per_person(times[("transparent", task)]), per_person(times[("opaque", task)])
        t = r.task(task, "transparent")
        assert t.time.median == np.median(a)
        assert (t.time.q1, t.time.q3) == pytest.approx(tuple(np.percentile(a, [25, 75])))
        c = r.comparison("time", task)
        assert c.p == pytest.approx(scipy_stats.mannwhitneyu(a, b, alternative="two-sided").pvalue)
        assert c.delta == pytest.approx(cliffs_delta(a, b))
        ok_a, ok_b = outcomes[("transparent", task)], outcomes[("opaque", task)]
        assert t.success_rate == sum(ok_a) / len(ok_a)
        c = r.comparison("success", task)
        table = [[sum(ok_a), len(ok_a) - sum(ok_a)], [sum(ok_b), len(ok_b) - sum(ok_b)]]
        assert c.p == pytest.approx(scipy_stats.fisher_exact(table).pvalue)
        # for values that are 0 or 1, Cliff's delta is the difference of the success rates
        assert c.delta == pytest.approx(cliffs_delta(ok_a, ok_b))
        checked += 1
    assert checked == 11
    assert r.comparison("q:control").p < 0.001  # the rule put transparent two points higher
    assert r.comparison("q:control").delta == 1.0
    assert "\u2248 &lt; 0.001" in report_html.render_html(r)  # ties: the normal approximation


def test_small_groups_and_untestable_measures_get_a_plain_caution(tmp_path):
    r = report.build_report(three_sessions(tmp_path))
    c = r.comparison("q:control")
    assert (c.n_a, c.n_b) == (2, 1) and c.tested
    assert c.caution == "Too few values (2 and 1) to conclude either way."
    c = r.comparison("time", "find-a-reason")  # the opaque participant gave up
    assert not c.tested and c.p is None
    assert c.caution == "Not tested: no values from the opaque shop."
    html = report_html.render_html(r)
    assert "Too few values (2 and 1) to conclude either way." in html
    assert "does not adjust p" in html
    # one condition only: nothing is compared, and the page says so
    one = report.build_report(three_sessions(tmp_path / "one")[:2])
    assert one.comparisons == {}
    assert "nothing is compared" in report_html.render_html(one)


def test_study_stats_on_textbook_cases():
    c = study_stats.mann_whitney([1, 2, 3], [4, 5])
    assert (c.statistic, c.p, c.delta, c.method) == (0, pytest.approx(0.2), -1.0, "exact")
    c = study_stats.mann_whitney([4, 4, 5, 6], [4, 5, 5])  # ties: the normal approximation
    assert c.method == "normal approximation" and c.delta == pytest.approx(
        cliffs_delta([4, 4, 5, 6], [4, 5, 5])
    )
    c = study_stats.fisher(3, 4, 1, 4)
    assert c.delta == 0.5
    assert c.p == pytest.approx(scipy_stats.fisher_exact([[3, 1], [1, 3]]).pvalue)
    assert study_stats.summarise([7]) == study_stats.Summary(1, 7, 7, 7)
    assert study_stats.summarise([]) == study_stats.Summary(0)


def test_scipy_is_imported_only_when_a_report_is_made():
    code = (
        "import sys, tightrope.workshop.report, tightrope.cli.main; print('scipy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the tidy CSV -------------------------------------------------------------------------


def test_tidy_csv_is_rectangular_and_complete_against_the_logs(tmp_path, capsys):
    paths = three_sessions(tmp_path)
    out = tmp_path / "study.csv"
    assert cli.main(["report", *map(str, paths), "--out", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().err
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert tuple(header) == report.TIDY_COLUMNS
    assert all(len(row) == len(header) for row in body)  # rectangular
    assert all(cell != "" for row in body for cell in row)  # no missing cells
    assert not any(cell.lstrip().startswith(("{", "[")) for row in body for cell in row)
    for row in body:
        float(row[header.index("value")])  # every value is a number as written
    keys = [tuple(row[:6]) for row in body]
    assert len(keys) == len(set(keys))  # one row per participant, task, attempt, measure

    # every attempt and every answer in the logs, and nothing else
    expected = Counter()
    for path in paths:
        events = [json.loads(line) for line in path.read_text().splitlines()]
        who, cond = events[0]["participant"], events[0]["condition"]
        started, used = {}, Counter()
        for e in events:
            if e["type"] == "task_start":
                started[e["task"]], used = e["elapsed"], Counter()
            elif e["type"] in ("panel_open", "forget") or e.get("page") == "your-data":
                used["your_data" if e["type"] == "navigate" else e["type"]] += 1
            elif e["type"] in ("task_done", "task_give_up"):
                done = e["type"] == "task_done"
                base = (who, cond, path.stem, e["task"], "1")
                seconds = e["elapsed"] - started.pop(e["task"])
                expected[(*base, "task_done", str(int(done)), "0/1")] += 1
                expected[(*base, "task_gave_up", str(int(not done)), "0/1")] += 1
                expected[(*base, "task_seconds", f"{seconds:g}", "s")] += 1
                for control in CONTROLS:
                    expected[(*base, f"uses_{control}", str(used[control]), "count")] += 1
            elif e["type"] == "questionnaire":
                for q, v in e["answers"].items():
                    expected[(who, cond, path.stem, e["task"], "1", f"q_{q}", str(v), "1-7")] += 1
    assert Counter(map(tuple, body)) == expected


# --- charts -------------------------------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(html):
    """(chart width, chart height, [(x0, x1, y, text)]) for every chart in a page, each
    text's extent measured as report_charts measures it."""
    for svg in re.findall(r"<svg .*?</svg>", html, re.S):
        root = ET.fromstring(svg)
        width, height = float(root.get("width")), float(root.get("height"))
        texts = []
        for t in root.iter(f"{SVG}text"):
            size = float(t.get("font-size", report_charts.FONT_SIZE))
            w = report_charts.text_width(t.text or "", size, t.get("font-weight") == "bold")
            x = float(t.get("x"))
            x0 = {"end": x - w, "middle": x - w / 2}.get(t.get("text-anchor", "start"), x)
            texts.append((x0, x0 + w, float(t.get("y")), t.text))
        yield width, height, texts


def test_no_chart_label_is_clipped(tmp_path):
    for paths in (three_sessions(tmp_path / "a"), long_labels(tmp_path / "b")):
        charts = list(svg_texts(report_html.render_html(report.build_report(paths))))
        assert len(charts) == 4
        for width, height, texts in charts:
            for x0, x1, y, text in texts:
                assert x0 >= 0 and x1 <= width, (text, x0, x1, width)
                assert 0 < y <= height, (text, y, height)
    # labels are wrapped whole, never cut short ("nderstood why…")
    _w, _h, texts = list(
        svg_texts(report_html.render_html(report.build_report(three_sessions(tmp_path / "c"))))
    )[2]
    words = " ".join(text for *_xy, text in texts)
    assert "I understood why the shop showed me these products." in words
    assert "\u2026" not in words


def test_text_width_is_never_narrower_than_dejavu_sans():
    # "nderstood why…": the old chart cut labels at 36 characters and still ran over
    assert report_charts.text_width("I understood why the shop showed me these products.") > 300
    assert report_charts.text_width("\u4e2d\u6587", 10) == 20  # unknown: a full em each
    assert report_charts.wrap("aaa bbb ccc", report_charts.text_width("aaa bbb")) == [
        "aaa bbb",
        "ccc",
    ]


# --- bad files and no files ---------------------------------------------------------------


def test_bad_and_partial_files_are_named_and_skipped(tmp_path, capsys):
    good = three_sessions(tmp_path)
    bad = tmp_path / "P08-bad.jsonl"
    bad.write_text("garbage\n", encoding="utf-8")
    partial = tmp_path / "P09-partial.jsonl"
    lines = good[0].read_text(encoding="utf-8").splitlines()[:-1]
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = tmp_path / "P10-missing.jsonl"
    out = tmp_path / "report.html"
    code = cli.main(
        [
            "report",
            *map(str, good),
            str(bad),
            str(partial),
            str(missing),
            "--out",
            str(out),
            "--json",
        ]
    )
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


@pytest.mark.parametrize("suffix", [".html", ".pdf", ".csv"])
def test_report_with_nothing_usable_is_an_error_and_writes_nothing(tmp_path, capsys, suffix):
    bad = tmp_path / "x.jsonl"
    bad.write_text("{}\n", encoding="utf-8")
    out = tmp_path / f"r{suffix}"
    assert cli.main(["report", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "x.jsonl" in err[0] and "no report was written" in err[0]
    assert not out.exists()
    out.write_text("keep me")  # an existing file is left as it was
    assert cli.main(["report", str(bad), "--out", str(out), "--json"]) == 1
    assert out.read_text() == "keep me" and capsys.readouterr().out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r" + suffix, "x.jsonl"]


def test_report_of_a_pattern_that_matched_nothing_names_it(tmp_path, capsys):
    pattern = str(tmp_path / "study" / "*" / "*.jsonl")  # the shell passes it on as is
    assert cli.main(["report", pattern, "--out", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and pattern in err
    other = tmp_path / "y.jsonl"
    other.write_text("garbage\n")
    assert cli.main(["report", pattern, str(other)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == (
        f"tightrope: no usable session log in the 2 files given ({pattern}, {other}); "
        "no report was written"
    )
    assert not (tmp_path / "r.html").exists()


def test_the_csv_format_and_the_statistics_are_documented(tmp_path):
    doc = (REPO / "docs/user-study.md").read_text(encoding="utf-8")
    for column in report.TIDY_COLUMNS:
        assert f"| `{column}` |" in doc
    rows = list(
        csv.DictReader(io.StringIO(report.tidy_csv(report.build_report(three_sessions(tmp_path)))))
    )
    for measure in {r["measure"] for r in rows}:
        named = measure if measure.startswith("task_") else f"`{measure}`"
        assert measure.startswith("q_") or named.strip("`") in doc, measure
    for unit in {r["unit"] for r in rows}:
        assert f"`{unit}`" in doc
    for words in (
        "Mann-Whitney U",
        "Fisher's exact test",
        "Cliff's δ",
        "δ = 2U / (n₁n₂) − 1",
        "Too few values",
        "does not adjust p",
        "read.csv",
        "read_csv",
    ):
        assert words in doc, words
