"""The study report as one self-contained HTML page: inline SVG charts
(tightrope.workshop.report_charts) and the numbers in tables, with their medians, interquartile
ranges, tests and cautions. The numbers come from :func:`tightrope.workshop.report.build_report`;
the PDF is made from the same HTML by the Qt side (tightrope.ui.workshop.pdf).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from tightrope import __version__
from tightrope.storage import files
from tightrope.workshop import task_success
from tightrope.workshop.report import (
    ALL_TASKS,
    CONDITION_COLOURS,
    CONDITION_LABELS,
    ControlStats,
    QuestionStats,
    Report,
    TaskStats,
)
from tightrope.workshop.report_cells import (
    DASH,
    Column,
    _delta,
    _esc,
    _median_iqr,
    _num,
    _p,
    _pct,
    _secs,
    _table,
    _test,
    _time_iqr,
    comparison_columns,
)
from tightrope.workshop.report_charts import Chart, bar_chart
from tightrope.workshop.sessions import CONTROLS
from tightrope.workshop.study_stats import SMALL_N, Comparison, Summary

# --- charts -------------------------------------------------------------------------------


def _quartiles(s: Summary) -> tuple[float, float] | None:
    """The interquartile range a chart draws as a whisker, when there is one."""
    return None if s.q1 is None or s.q3 is None else (s.q1, s.q3)


def charts(report: Report) -> list[Chart]:
    """Every chart, in page order."""
    conds = report.conditions
    series = [(CONDITION_LABELS[c], CONDITION_COLOURS[c]) for c in conds]
    task_ids = report.task_ids()
    q_ids = report.question_ids()
    points = max((q.points for q in report.questions), default=7)
    control_ids = list(CONTROLS)
    out: list[Chart] = []
    if task_ids and conds:

        def task(i: int, si: int) -> TaskStats:
            t = report.task(task_ids[i], conds[si])
            assert t is not None
            return t

        def time_range(i: int, si: int) -> tuple[float, float] | None:
            return _quartiles(task(i, si).time)

        slowest = max((t.time.q3 for t in report.tasks if t.time.q3 is not None), default=1.0)
        out.append(
            bar_chart(
                "chart-success",
                "Task success (share of attempts marked done)",
                [report.task_title(t) for t in task_ids],
                series,
                lambda i, si: task(i, si).success_rate,
                1.0,
                _pct,
            )
        )
        out.append(
            bar_chart(
                "chart-time",
                "Time to done: median, whiskers from the 25th to the 75th percentile",
                [report.task_title(t) for t in task_ids],
                series,
                lambda i, si: task(i, si).median_seconds,
                slowest * 1.05,
                _secs,
                time_range,
            )
        )
    if q_ids and conds:

        def question(i: int, si: int) -> QuestionStats:
            q = report.question(q_ids[i], conds[si])
            assert q is not None
            return q

        def answer_range(i: int, si: int) -> tuple[float, float] | None:
            return _quartiles(question(i, si).summary)

        out.append(
            bar_chart(
                "chart-questions",
                f"Questionnaire over all tasks (1\u2013{points}): median, whiskers from the 25th to "
                "the 75th percentile",
                [question(i, 0).text for i in range(len(q_ids))],
                series,
                lambda i, si: question(i, si).summary.median,
                float(points),
                _num,
                answer_range,
            )
        )
    if conds:

        def control(i: int, si: int) -> ControlStats:
            c = report.control(control_ids[i], conds[si])
            assert c is not None
            return c

        out.append(
            bar_chart(
                "chart-controls",
                "Controls used (share of participants)",
                [CONTROLS[k] for k in control_ids],
                series,
                lambda i, si: control(i, si).share,
                1.0,
                _pct,
            )
        )
    return out


# --- HTML ---------------------------------------------------------------------------------

# px sizes: a CSS px is 1/96 inch, in a browser and in the PDF (laid out at 96 dpi). Qt's
# rich text knows no "keep with next", so each big section starts a page and each table's
# title is its first header row (repeated on every page the table runs over). The body has
# padding, not a margin: Qt gives a body's margin to every table, which then overflows.
STYLE = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #1d2733; padding: 8px 32px;
       max-width: 900px; font-size: 13px; }
h1 { font-size: 24px; } h2 { font-size: 19px; margin-top: 28px; }
h2.section { page-break-before: always; }
table { border-collapse: collapse; margin: 12px 0 10px 0; }
th, td { border: 1px solid #c4cbd3; padding: 3px 5px; text-align: left; font-size: 12px;
         vertical-align: top; box-sizing: border-box; }
th { background-color: #eef0f3; }
th.title { background-color: #ffffff; border-style: none; font-size: 14px; padding: 6px 0; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
.muted { color: #566373; }
.warn { color: #a4262c; }
.caution { color: #7a4b00; }
"""

_CONDITION_SHORT = {"transparent": "Transparent", "opaque": "Opaque"}

# The task table, one row per task and condition. A new column is one more entry here.
TASK_COLUMNS: list[Column] = [
    Column("Task", False, lambda t: _esc(t.title)),
    Column("Condition", False, lambda t: _esc(_CONDITION_SHORT[t.condition])),
    Column("Attempts", cell=lambda t: str(t.attempts)),
    # one column for the three outcomes: with the criterion beside it the table fits the
    # page without breaking a word
    Column(
        "Done / gave up / unfinished", cell=lambda t: f"{t.done} / {t.gave_up} / {t.unfinished}"
    ),
    Column("Success", cell=lambda t: _pct(t.success_rate)),
    Column("Time to done, median (IQR)", cell=lambda t: _time_iqr(t.time)),
    Column("n", cell=lambda t: str(t.time.n)),
]


def _task_table(report: Report) -> str:
    # what the app saw (the task's success criterion), beside what the participant clicked
    met = task_success.by_task_and_condition(report.sessions)
    criterion = Column(
        "Met criterion",
        cell=lambda t: met.get((t.task, t.condition), task_success.CriterionStats()).text(),
    )
    at = next(k for k, c in enumerate(TASK_COLUMNS) if c.header == "Success") + 1
    columns = [*TASK_COLUMNS[:at], criterion, *TASK_COLUMNS[at:]]
    return _table("Task outcomes", columns, ([c.cell(t) for c in columns] for t in report.tasks))


@dataclass(frozen=True)
class MeasureRow:
    """One measure of a comparison table: per condition (value, n), and the test."""

    label: str
    cells: dict[str, tuple[str, int]]
    comparison: Comparison | None


def _measure_table(
    report: Report, title: str, first: str, value: str, rows: list[MeasureRow]
) -> str:
    """Rows of measures: per condition the value and n; with two conditions, the test, p,
    Cliff's delta and a caution where the numbers are too few to lean on."""
    conds = report.conditions
    two = len(conds) == 2
    columns = [Column(first, False)]
    groups = [("", 1)]
    for c in conds:
        columns += [Column(value), Column("n")]
        groups.append((CONDITION_LABELS[c], 2))
    if two:
        compared, group = comparison_columns()
        columns += compared
        groups.append(group)
    cells = []
    for row in rows:
        line = [_esc(row.label)]
        for c in conds:
            text, n = row.cells.get(c, (DASH, 0))
            line += [_esc(text), str(n)]
        if two:
            cmp = row.comparison
            line += (
                ["", "", "", ""]
                if cmp is None
                else [
                    _esc(_test(cmp)),
                    _esc(_p(cmp)),
                    _esc(_delta(cmp.delta)),
                    f"<span class=caution>{_esc(cmp.caution)}</span>",
                ]
            )
        cells.append(line)
    return _table(title, columns, cells, groups)


def _task_rows(report: Report, task: str) -> list[MeasureRow]:
    stats = {c: t for c in report.conditions if (t := report.task(task, c)) is not None}
    rows = []
    if any(t.attempts for t in stats.values()):
        rows.append(
            MeasureRow(
                f"{report.task_title(task)}: success",
                {c: (_pct(t.success_rate), t.attempts) for c, t in stats.items()},
                report.comparison("success", task),
            )
        )
    if any(t.time.n for t in stats.values()):
        rows.append(
            MeasureRow(
                f"{report.task_title(task)}: time to done",
                {c: (_time_iqr(t.time), t.time.n) for c, t in stats.items()},
                report.comparison("time", task),
            )
        )
    return rows


def _question_rows(report: Report, task: str | None) -> list[MeasureRow]:
    rows = []
    for qid in report.question_ids():
        stats = {
            c: q for c in report.conditions if (q := report.question(qid, c, task)) is not None
        }
        if not any(q.n for q in stats.values()):
            continue
        text = next(iter(stats.values())).text
        rows.append(
            MeasureRow(
                text,
                {c: (_median_iqr(q.summary), q.n) for c, q in stats.items()},
                report.comparison(f"q:{qid}", task),
            )
        )
    return rows


def how_to_read(report: Report) -> str:
    """The paragraph that says what the numbers are, and what they cannot say."""
    tests = sum(1 for c in report.comparisons.values() if c.tested)
    text = (
        "Central values are medians with their interquartile range (IQR) in brackets: the "
        "middle half of the values, from the 25th to the 75th percentile; n is how many values "
        "there are. Questionnaire answers go from 1 (disagree) to 7 (agree). In the questionnaire "
        "tables each participant counts once: over all tasks, by the median of their own "
        "answers. Task times are of the attempts marked done, so a task many gave up on looks "
        "faster than it is."
    )
    if len(report.conditions) == 2:
        text += (
            " The two shops are compared with two-sided tests: Fisher\u2019s exact test for task "
            "success, the Mann-Whitney U test for times and answers (p \u2248 0.04: p from the "
            "normal approximation, used when values are tied or both groups have more than 8). "
            "Cliff\u2019s \u03b4 is the effect size: the chance that a value from the transparent "
            "shop is higher than one from the opaque shop, minus the chance that it is lower "
            "(from \u22121 to +1, 0 when neither tends higher; for success, the difference "
            "between the success rates). "
            f"This report makes {tests} test{'' if tests == 1 else 's'} and does not adjust p "
            "for that: about one in twenty comes out below 0.05 by chance alone. With fewer than "
            f"{SMALL_N} values in a group, read the numbers as a description of these people, "
            "not as evidence about everyone."
        )
    return f"<p>{_esc(text)}</p>"


def render_html(report: Report, chart_src: Callable[[Chart], str] | None = None) -> str:
    """The report as one HTML page. Charts are inline SVG unless ``chart_src(chart)`` gives
    an image address to use instead (the PDF writer renders SVG to images that way)."""
    conds = report.conditions
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Tightrope user study report</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Tightrope user study report</h1>",
        f'<p class="muted">{len(report.sessions)} sessions merged on '
        f"{report.generated.astimezone(UTC):%Y-%m-%d %H:%M} UTC by Tightrope {__version__}. "
        "Participants are identified by pseudonymous codes only.</p>",
    ]
    if report.sessions:
        out.append(how_to_read(report))
    out.append(
        _table(
            "Participants per condition",
            [Column("Condition", num=False), Column("Participants"), Column("Sessions")],
            (
                [
                    _esc(CONDITION_LABELS[c]),
                    str(report.participants(c)),
                    str(sum(1 for s in report.sessions if s.condition == c)),
                ]
                for c in conds
            ),
        )
    )
    both = report.in_both_conditions()
    if both:
        out.append(
            f'<p class="caution">{_esc(", ".join(both))} took part in both conditions: '
            "the tests assume two separate groups of people, so their p values are too "
            "low.</p>"
        )
    if len(conds) == 1:
        out.append(
            f'<p class="muted">Only the {_esc(CONDITION_LABELS[conds[0]].lower())} has '
            "sessions, so nothing is compared.</p>"
        )
    if report.skipped:
        out.append('<h2 class="warn">Files left out</h2><ul>')
        for _name, why in report.skipped:
            out.append(f'<li class="warn">{_esc(why)}</li>')
        out.append("</ul>")
    if not report.sessions:
        out.append("<p>No usable sessions, so there is nothing to chart.</p></body></html>")
        return "\n".join(out)

    chart_html = {}
    for chart in charts(report):
        if chart_src is None:
            chart_html[chart.id] = f'<div id="{chart.id}">{chart.svg}</div>'
        else:
            chart_html[chart.id] = (
                f'<p><img src="{_esc(chart_src(chart))}" width="{chart.width}" '
                f'height="{chart.height}" alt="{_esc(chart.id)}"></p>'
            )

    out.append('<h2 class="section">Tasks</h2>')
    out.append(chart_html.get("chart-success", ""))
    out.append(chart_html.get("chart-time", ""))
    out.append(_task_table(report))
    if len(conds) == 2:
        rows = [r for t in report.task_ids() for r in _task_rows(report, t)]
        if rows:
            out.append(_measure_table(report, "Tasks compared", "Task and measure", "Value", rows))

    if report.question_ids():
        out.append('<h2 class="section">Questionnaire</h2>')
        out.append(chart_html.get("chart-questions", ""))
        out.append(
            _measure_table(
                report,
                "Over all tasks (each participant\u2019s median)",
                "Statement",
                "Median (IQR)",
                _question_rows(report, ALL_TASKS),
            )
        )
        points = max(q.points for q in report.questions)
        spread = [q for q in report.questions if q.task is ALL_TASKS]
        out.append(
            _table(
                "How the answers spread (every answer, all tasks)",
                [
                    Column("Statement", False),
                    Column("Condition", False),
                    Column("Answers"),
                    *[Column(str(v)) for v in range(1, points + 1)],
                ],
                (
                    [
                        _esc(q.text),
                        _esc(_CONDITION_SHORT[q.condition]),
                        str(len(q.answers)),
                        *[str(n) for n in q.counts() + [0] * (points - q.points)],
                    ]
                    for q in spread
                ),
            )
        )
        for task in report.task_ids():
            rows = _question_rows(report, task)
            if rows:
                out.append(
                    _measure_table(
                        report,
                        f"Task: {report.task_title(task)}",
                        "Statement",
                        "Median (IQR)",
                        rows,
                    )
                )

    out.append('<h2 class="section">Controls people used</h2>')
    out.append(chart_html.get("chart-controls", ""))
    out.append(
        _table(
            "Controls used, by condition",
            [
                Column("Control", False),
                Column("Condition", False),
                Column("Participants who used it"),
                Column("Uses"),
            ],
            (
                [
                    _esc(c.label),
                    _esc(_CONDITION_SHORT[c.condition]),
                    f"{c.participants} of {c.of} ({_pct(c.share)})",
                    str(c.uses),
                ]
                for c in report.controls
            ),
        )
    )

    from tightrope.workshop.withdrawal_html import section  # it builds on this module

    out.append(section(report.withdrawal))

    out.append(
        _table(
            "Sessions",
            [
                Column("Participant", num=False),
                Column("Condition", num=False),
                Column("Persona", num=False),
                Column("Started", num=False),
                Column("Length"),
                Column("Events"),
                Column("File", num=False),
            ],
            (
                [
                    _esc(s.participant),
                    _esc(_CONDITION_SHORT[s.condition]),
                    _esc(s.persona),
                    _esc(s.events[0]["t"][:16].replace("T", " ")),
                    _secs(s.duration),
                    str(len(s.events)),
                    _esc(s.path.name) + ("" if s.ended else " (partial)"),
                ]
                for s in report.sessions
            ),
        )
    )
    warnings = [(s.path.name, w) for s in report.sessions for w in s.warnings]
    if warnings:
        out.append(
            '<p class="muted">'
            + "<br>".join(f"{_esc(name)}: {_esc(w)}" for name, w in warnings)
            + "</p>"
        )
    out.append("</body></html>")
    return "\n".join(out)


def write_html(report: Report, out: Path) -> Path:
    """The report as an HTML file, private (0600), whole or not at all (tightrope.storage.files)."""
    return files.write_private(out, render_html(report))
