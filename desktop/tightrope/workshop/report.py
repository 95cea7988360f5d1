"""Merge any number of session logs into one report: numbers first, then HTML, PDF or CSV.

:func:`build_report` reads the logs (a bad or partial file is named and skipped, never
fatal) and computes, per task and condition: task success and time, the questionnaire
answers (over all tasks and task by task), which controls participants used, and, when both
conditions have sessions, a test and an effect size for every measure (tightrope.workshop.study_stats
says which and how). :func:`render_html` turns that into one self-contained HTML page with
inline SVG charts (tightrope.workshop.report_charts) and the numbers in tables. A PDF is made from the
same HTML by the Qt side (tightrope.ui.workshop.pdf). :func:`tidy_csv` gives the data behind
it as one row per participant, task and measure, for R or pandas. Format and statistics:
docs/user-study.md.
"""

from __future__ import annotations

import csv
import html
import io
import re
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope import __version__
from tightrope.storage import files
from tightrope.workshop import task_success
from tightrope.storage.jsonfile import display_path
from tightrope.workshop.report_charts import Chart, bar_chart, text_width
from tightrope.workshop.sessions import (
    CONDITIONS,
    CONTROLS,
    Session,
    SessionError,
    control_of,
    read_session,
)
from tightrope.workshop.study_stats import SMALL_N, Comparison, Summary, fisher, mann_whitney, summarise

CONDITION_COLOURS = {"transparent": "#136f63", "opaque": "#b7791f"}
CONDITION_LABELS = {"transparent": "Transparent shop", "opaque": "Opaque shop"}
ALL_TASKS = None  # the task of a questionnaire breakdown over every task


def _median_each(by_participant: Mapping[str, Sequence[float]]) -> list[float]:
    """One value per participant: the median of theirs (most have exactly one)."""
    return [statistics.median(v) for v in by_participant.values() if v]


@dataclass
class TaskStats:
    """One task in one condition. Success counts attempts; times are of attempts marked done,
    one value per participant (the median of theirs, should one have tried twice)."""

    task: str
    title: str
    condition: str
    attempts: int = 0
    done: int = 0
    gave_up: int = 0
    unfinished: int = 0
    times: dict[str, list[float]] = field(default_factory=dict)  # participant -> seconds
    tried_by: dict[str, int] = field(default_factory=dict)  # participant -> attempts

    @property
    def success_rate(self) -> float | None:
        return self.done / self.attempts if self.attempts else None

    @property
    def time(self) -> Summary:
        return summarise(_median_each(self.times))

    @property
    def median_seconds(self) -> float | None:
        return self.time.median


@dataclass
class QuestionStats:
    """One statement in one condition, for one task or (task None) over all of them. Each
    participant counts once: by the median of their answers (over all tasks, one per task)."""

    question: str
    text: str
    condition: str
    points: int
    task: str | None = ALL_TASKS
    by_participant: dict[str, list[int]] = field(default_factory=dict)

    @property
    def answers(self) -> list[int]:
        return [a for v in self.by_participant.values() for a in v]

    @property
    def values(self) -> list[float]:
        return _median_each(self.by_participant)

    @property
    def summary(self) -> Summary:
        return summarise(self.values)

    @property
    def n(self) -> int:
        return len(self.by_participant)

    def counts(self) -> list[int]:
        answers = self.answers
        return [answers.count(v) for v in range(1, self.points + 1)]


@dataclass
class ControlStats:
    control: str
    label: str
    condition: str
    participants: int = 0  # who used it at least once
    uses: int = 0
    of: int = 0  # participants in the condition

    @property
    def share(self) -> float | None:
        return self.participants / self.of if self.of else None


@dataclass
class Report:
    sessions: list[Session]
    skipped: list[tuple[str, str]]  # (file, why)
    conditions: list[str]
    tasks: list[TaskStats]
    questions: list[QuestionStats]  # over all tasks first, then task by task
    controls: list[ControlStats]
    generated: datetime
    # (measure, task) -> the two conditions compared; measure: "success", "time", "q:<id>"
    comparisons: dict[tuple[str, str | None], Comparison] = field(default_factory=dict)

    def task(self, task: str, condition: str) -> TaskStats | None:
        return next((t for t in self.tasks if t.task == task and t.condition == condition), None)

    def question(self, question: str, condition: str, task: str | None = ALL_TASKS
                 ) -> QuestionStats | None:
        return next((q for q in self.questions if q.question == question
                     and q.condition == condition and q.task == task), None)

    def control(self, control: str, condition: str) -> ControlStats | None:
        return next(
            (c for c in self.controls if c.control == control and c.condition == condition), None
        )

    def comparison(self, measure: str, task: str | None = ALL_TASKS) -> Comparison | None:
        return self.comparisons.get((measure, task))

    def participants(self, condition: str) -> int:
        return len({s.participant for s in self.sessions if s.condition == condition})

    def in_both_conditions(self) -> list[str]:
        """Participant codes found in both conditions (the tests assume separate people)."""
        seen = [{s.participant for s in self.sessions if s.condition == c} for c in CONDITIONS]
        return sorted(set.intersection(*seen))

    def task_ids(self) -> list[str]:
        return list(dict.fromkeys(t.task for t in self.tasks))

    def task_title(self, task: str) -> str:
        return next((t.title for t in self.tasks if t.task == task), task)

    def question_ids(self) -> list[str]:
        return list(dict.fromkeys(q.question for q in self.questions))


def read_sessions(
    paths: Iterable[str | Path], include_partial: bool = False
) -> tuple[list[Session], list[tuple[str, str]]]:
    """The usable sessions among ``paths`` and, for the others, (file, why it was left out)."""
    sessions: list[Session] = []
    skipped: list[tuple[str, str]] = []
    for f in paths:
        path = Path(f)
        try:
            session = read_session(path)
        except SessionError as exc:
            skipped.append((exc.file or display_path(path), str(exc)))
            continue
        if not session.ended and not include_partial:
            skipped.append((
                display_path(path),
                f"{display_path(path)}: partial session (no session_end: the app stopped or "
                "the session is still running); pass --include-partial to count it",
            ))
            continue
        sessions.append(session)
    return sessions, skipped


def build_report(
    files: Iterable[str | Path],
    *,
    include_partial: bool = False,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Report:
    """Read every file; skip (and name) bad ones and, unless asked, partial ones."""
    sessions, skipped = read_sessions(files, include_partial)
    conditions = [c for c in CONDITIONS if any(s.condition == c for s in sessions)]

    task_order: dict[str, str] = {}
    question_order: dict[str, tuple[str, int]] = {}
    for s in sessions:
        for tid, title in s.task_titles().items():
            task_order.setdefault(tid, title)
        for q in s.start.get("questionnaire", {}).get("questions", []):
            question_order.setdefault(q["id"], (q["text"], s.start["questionnaire"]["points"]))
        for o in s.outcomes():
            task_order.setdefault(o.task, o.task)
        for task, answers in s.answers():
            if task:
                task_order.setdefault(task, task)
            for qid in answers:
                question_order.setdefault(qid, (qid, 7))

    tasks = [TaskStats(t, title, c) for t, title in task_order.items() for c in conditions]
    questions = [
        QuestionStats(q, text, c, points, task)
        for task in [ALL_TASKS, *task_order]
        for q, (text, points) in question_order.items()
        for c in conditions
    ]
    controls = [ControlStats(k, label, c) for k, label in CONTROLS.items() for c in conditions]
    by_key = {(t.task, t.condition): t for t in tasks}
    q_by_key = {(q.question, q.condition, q.task): q for q in questions}
    c_by_key = {(c.control, c.condition): c for c in controls}
    participants: dict[str, set[str]] = {c: set() for c in conditions}
    used_by: dict[tuple[str, str], set[str]] = {}
    for s in sessions:
        who = s.participant
        participants[s.condition].add(who)
        for o in s.outcomes():
            stats = by_key[(o.task, s.condition)]
            stats.attempts += 1
            stats.tried_by[who] = stats.tried_by.get(who, 0) + 1
            if o.outcome == "done":
                stats.done += 1
                if o.seconds is not None:
                    stats.times.setdefault(who, []).append(o.seconds)
            elif o.outcome == "give_up":
                stats.gave_up += 1
            else:
                stats.unfinished += 1
        for task, answers in s.answers():
            for qid, value in answers.items():
                for key in {ALL_TASKS, task or ALL_TASKS}:
                    q_stats = q_by_key[(qid, s.condition, key)]
                    q_stats.by_participant.setdefault(who, []).append(value)
        for control, n in s.controls_used().items():
            c_by_key[(control, s.condition)].uses += n
            if n:
                used_by.setdefault((control, s.condition), set()).add(who)
    for c in controls:
        c.participants = len(used_by.get((c.control, c.condition), ()))
        c.of = len(participants[c.condition])
    report = Report(sessions, skipped, conditions, tasks, questions, controls, now())
    report.comparisons = compare(report)
    return report


def compare(report: Report) -> dict[tuple[str, str | None], Comparison]:
    """Every measure compared between the two conditions (nothing when only one has
    sessions): success by Fisher's exact test, times and answers by Mann-Whitney U."""
    if len(report.conditions) != 2:
        return {}
    a, b = report.conditions
    la, lb = CONDITION_LABELS[a].lower(), CONDITION_LABELS[b].lower()
    out: dict[tuple[str, str | None], Comparison] = {}
    for task in report.task_ids():
        ta, tb = report.task(task, a), report.task(task, b)
        assert ta is not None and tb is not None
        out[("success", task)] = fisher(ta.done, ta.attempts, tb.done, tb.attempts, la, lb)
        out[("time", task)] = mann_whitney(_median_each(ta.times), _median_each(tb.times), la, lb)
    for over in [ALL_TASKS, *report.task_ids()]:
        for q in report.question_ids():
            qa, qb = report.question(q, a, over), report.question(q, b, over)
            assert qa is not None and qb is not None
            if qa.n or qb.n:
                out[(f"q:{q}", over)] = mann_whitney(qa.values, qb.values, la, lb)
    return out


# --- numbers as text ----------------------------------------------------------------------

DASH = "\u2013"


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _num(v: float) -> str:
    """3, 4.5, 4.25: at most two decimals, no trailing zeros."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _pct(v: float | None) -> str:
    return DASH if v is None else f"{v * 100:.0f}%"


def _secs(v: float | None, minutes: bool | None = None) -> str:
    if v is None:
        return DASH
    if minutes is None:
        minutes = v >= 120
    return f"{v / 60:.1f} min" if minutes else f"{v:.0f} s"


def _median_iqr(s: Summary, fmt: Callable[[float], str] = _num) -> str:
    """"5 (4–6)": the median, then the interquartile range."""
    if s.median is None or s.q1 is None or s.q3 is None:
        return DASH
    if s.n == 1:  # one value has no spread to show
        return fmt(s.median)
    return f"{fmt(s.median)} ({fmt(s.q1)}{DASH}{fmt(s.q3)})"


def _time_iqr(s: Summary) -> str:
    if s.median is None:
        return DASH
    minutes = s.median >= 120
    unit = " min" if minutes else " s"
    return _median_iqr(s, lambda v: _secs(v, minutes).removesuffix(unit)) + unit


def _p(c: Comparison) -> str:
    """p, marked ≈ when it comes from the normal approximation rather than exactly."""
    if c.p is None:
        return DASH
    text = "< 0.001" if c.p < 0.001 else f"{c.p:.3f}"
    return text if c.method == "exact" else f"\u2248 {text}"


def _delta(d: float | None) -> str:
    return DASH if d is None else f"{d:+.2f}".replace("-", "\u2212")


def _test(c: Comparison) -> str:
    if not c.tested:
        return DASH
    return "Fisher" if c.statistic is None else f"U = {_num(c.statistic)}"


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
        out.append(bar_chart(
            "chart-success", "Task success (share of attempts marked done)",
            [report.task_title(t) for t in task_ids], series,
            lambda i, si: task(i, si).success_rate, 1.0, _pct,
        ))
        out.append(bar_chart(
            "chart-time", "Time to done: median, whiskers from the 25th to the 75th percentile",
            [report.task_title(t) for t in task_ids], series,
            lambda i, si: task(i, si).median_seconds, slowest * 1.05, _secs, time_range,
        ))
    if q_ids and conds:
        def question(i: int, si: int) -> QuestionStats:
            q = report.question(q_ids[i], conds[si])
            assert q is not None
            return q

        def answer_range(i: int, si: int) -> tuple[float, float] | None:
            return _quartiles(question(i, si).summary)

        out.append(bar_chart(
            "chart-questions",
            f"Questionnaire over all tasks (1\u2013{points}): median, whiskers from the 25th to "
            "the 75th percentile",
            [question(i, 0).text for i in range(len(q_ids))], series,
            lambda i, si: question(i, si).summary.median, float(points), _num, answer_range,
        ))
    if conds:
        def control(i: int, si: int) -> ControlStats:
            c = report.control(control_ids[i], conds[si])
            assert c is not None
            return c

        out.append(bar_chart(
            "chart-controls", "Controls used (share of participants)",
            [CONTROLS[k] for k in control_ids], series,
            lambda i, si: control(i, si).share, 1.0, _pct,
        ))
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

CELL_FONT = 12  # px, as th, td in STYLE
_CONDITION_SHORT = {"transparent": "Transparent", "opaque": "Opaque"}


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, whether it holds numbers (right-aligned, on one
    line) and, for the task table, how a row's cell reads (HTML)."""

    header: str
    num: bool = True
    cell: Callable[[TaskStats], str] = lambda _t: ""


TABLE_WIDTH = 640  # px, as wide as the charts
_CELL_PAD = 12  # px: padding either side and a border
_TAG = re.compile(r"<[^>]+>")


def _plain(cell: str) -> str:
    return html.unescape(_TAG.sub("", cell))


def column_widths(columns: list[Column], rows: list[list[str]], width: int = TABLE_WIDTH
                  ) -> list[int]:
    """Each column's width in px, measured from its text (tightrope.workshop.report_charts): numbers
    on one line, words never broken; what room is left goes to the columns of text, by how
    much more they would need to fit on one line. Left to itself, Qt's table layout gave
    every column the same share and broke "Transparent" into "Transpar ent"."""
    def words(text: str, bold: bool = False) -> float:
        return max((text_width(w, CELL_FONT, bold) for w in text.split()), default=0)

    least, most = [], []
    for i, c in enumerate(columns):
        texts = [_plain(r[i]) for r in rows]
        head = words(c.header, bold=True)
        if c.num:
            one_line = max([text_width(t, CELL_FONT) for t in texts] + [head])
            least.append(one_line)
            most.append(max(one_line, text_width(c.header, CELL_FONT, True)))
        else:
            least.append(max([words(t) for t in texts] + [head]))
            most.append(max([text_width(t, CELL_FONT) for t in texts]
                            + [text_width(c.header, CELL_FONT, True)]))
    least = [w + _CELL_PAD for w in least]
    most = [w + _CELL_PAD for w in most]
    if sum(most) <= width:
        return [int(w + 1) for w in most]
    if sum(least) > width:  # even the longest words do not fit: break them, never overflow
        return [int(lo * width / sum(least)) for lo in least]
    spare = width - sum(least)
    want = [m - lo for m, lo in zip(most, least, strict=True)]
    total = sum(want) or 1
    return [int(lo + spare * w / total + 1) for lo, w in zip(least, want, strict=True)]


def _table(title: str, columns: list[Column], rows: Iterable[list[str]],
           groups: list[tuple[str, int]] | None = None) -> str:
    """A table whose first header row is its title; ``groups`` (label, columns spanned) is
    an optional header row above the column names. Cells are HTML."""
    rows = list(rows)
    widths = column_widths(columns, rows)
    head = [f'<tr><th class=title colspan={len(columns)}>{_esc(title)}</th></tr>']
    if groups:
        head.append("<tr>" + "".join(
            f"<th colspan={span}>{_esc(label)}</th>" if span > 1 else f"<th>{_esc(label)}</th>"
            for label, span in groups) + "</tr>")
    head.append("<tr>" + "".join(
        f'<th{" class=num" if c.num else ""} width="{w}">{_esc(c.header)}</th>'
        for c, w in zip(columns, widths, strict=True)) + "</tr>")
    out = [f'<table width="{sum(widths)}"><thead>' + "".join(head) + "</thead>"]
    for row in rows:
        out.append("<tr>" + "".join(
            f"<td{' class=num' if c.num else ''}>{cell}</td>"
            for c, cell in zip(columns, row, strict=True)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# The task table, one row per task and condition. A new column is one more entry here.
TASK_COLUMNS: list[Column] = [
    Column("Task", False, lambda t: _esc(t.title)),
    Column("Condition", False, lambda t: _esc(_CONDITION_SHORT[t.condition])),
    Column("Attempts", cell=lambda t: str(t.attempts)),
    # one column for the three outcomes: with the criterion beside it the table fits the
    # page without breaking a word
    Column("Done / gave up / unfinished",
           cell=lambda t: f"{t.done} / {t.gave_up} / {t.unfinished}"),
    Column("Success", cell=lambda t: _pct(t.success_rate)),
    Column("Time to done, median (IQR)", cell=lambda t: _time_iqr(t.time)),
    Column("n", cell=lambda t: str(t.time.n)),
]


def _task_table(report: Report) -> str:
    # what the app saw (the task's success criterion), beside what the participant clicked
    met = task_success.by_task_and_condition(report.sessions)
    criterion = Column("Met criterion", cell=lambda t: met.get(
        (t.task, t.condition), task_success.CriterionStats()).text())
    at = next(k for k, c in enumerate(TASK_COLUMNS) if c.header == "Success") + 1
    columns = [*TASK_COLUMNS[:at], criterion, *TASK_COLUMNS[at:]]
    return _table("Task outcomes", columns, ([c.cell(t) for c in columns] for t in report.tasks))


@dataclass(frozen=True)
class MeasureRow:
    """One measure of a comparison table: per condition (value, n), and the test."""

    label: str
    cells: dict[str, tuple[str, int]]
    comparison: Comparison | None


def _measure_table(report: Report, title: str, first: str, value: str,
                   rows: list[MeasureRow]) -> str:
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
        columns += [Column("Test"), Column("p"), Column("Cliff\u2019s \u03b4"),
                    Column("Caution", False)]
        groups.append(("Compared", 4))
    cells = []
    for row in rows:
        line = [_esc(row.label)]
        for c in conds:
            text, n = row.cells.get(c, (DASH, 0))
            line += [_esc(text), str(n)]
        if two:
            cmp = row.comparison
            line += ["", "", "", ""] if cmp is None else [
                _esc(_test(cmp)), _esc(_p(cmp)), _esc(_delta(cmp.delta)),
                f"<span class=caution>{_esc(cmp.caution)}</span>"]
        cells.append(line)
    return _table(title, columns, cells, groups)


def _task_rows(report: Report, task: str) -> list[MeasureRow]:
    stats = {c: t for c in report.conditions if (t := report.task(task, c)) is not None}
    rows = []
    if any(t.attempts for t in stats.values()):
        rows.append(MeasureRow(f"{report.task_title(task)}: success",
                               {c: (_pct(t.success_rate), t.attempts) for c, t in stats.items()},
                               report.comparison("success", task)))
    if any(t.time.n for t in stats.values()):
        rows.append(MeasureRow(f"{report.task_title(task)}: time to done",
                               {c: (_time_iqr(t.time), t.time.n) for c, t in stats.items()},
                               report.comparison("time", task)))
    return rows


def _question_rows(report: Report, task: str | None) -> list[MeasureRow]:
    rows = []
    for qid in report.question_ids():
        stats = {c: q for c in report.conditions
                 if (q := report.question(qid, c, task)) is not None}
        if not any(q.n for q in stats.values()):
            continue
        text = next(iter(stats.values())).text
        rows.append(MeasureRow(text, {c: (_median_iqr(q.summary), q.n) for c, q in stats.items()},
                               report.comparison(f"q:{qid}", task)))
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
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Tightrope user study report</title>", f"<style>{STYLE}</style></head><body>",
        "<h1>Tightrope user study report</h1>",
        f'<p class="muted">{len(report.sessions)} sessions merged on '
        f'{report.generated.astimezone(UTC):%Y-%m-%d %H:%M} UTC by Tightrope {__version__}. '
        "Participants are identified by pseudonymous codes only.</p>",
    ]
    if report.sessions:
        out.append(how_to_read(report))
    out.append(_table("Participants per condition",
                      [Column("Condition", num=False), Column("Participants"), Column("Sessions")],
                      ([_esc(CONDITION_LABELS[c]), str(report.participants(c)),
                        str(sum(1 for s in report.sessions if s.condition == c))]
                       for c in conds)))
    both = report.in_both_conditions()
    if both:
        out.append(f'<p class="caution">{_esc(", ".join(both))} took part in both conditions: '
                   "the tests assume two separate groups of people, so their p values are too "
                   "low.</p>")
    if len(conds) == 1:
        out.append(f'<p class="muted">Only the {_esc(CONDITION_LABELS[conds[0]].lower())} has '
                   "sessions, so nothing is compared.</p>")
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
        out.append(_measure_table(report, "Over all tasks (each participant\u2019s median)",
                                  "Statement", "Median (IQR)", _question_rows(report, ALL_TASKS)))
        points = max(q.points for q in report.questions)
        spread = [q for q in report.questions if q.task is ALL_TASKS]
        out.append(_table(
            "How the answers spread (every answer, all tasks)",
            [Column("Statement", False), Column("Condition", False), Column("Answers"),
             *[Column(str(v)) for v in range(1, points + 1)]],
            ([_esc(q.text), _esc(_CONDITION_SHORT[q.condition]), str(len(q.answers)),
              *[str(n) for n in q.counts() + [0] * (points - q.points)]] for q in spread)))
        for task in report.task_ids():
            rows = _question_rows(report, task)
            if rows:
                out.append(_measure_table(report, f"Task: {report.task_title(task)}",
                                          "Statement", "Median (IQR)", rows))

    out.append('<h2 class="section">Controls people used</h2>')
    out.append(chart_html.get("chart-controls", ""))
    out.append(_table(
        "Controls used, by condition",
        [Column("Control", False), Column("Condition", False),
         Column("Participants who used it"), Column("Uses")],
        ([_esc(c.label), _esc(_CONDITION_SHORT[c.condition]),
          f"{c.participants} of {c.of} ({_pct(c.share)})", str(c.uses)] for c in report.controls)))

    out.append(_table(
        "Sessions",
        [Column("Participant", num=False), Column("Condition", num=False),
         Column("Persona", num=False), Column("Started", num=False), Column("Length"),
         Column("Events"),
         Column("File", num=False)],
        ([_esc(s.participant), _esc(_CONDITION_SHORT[s.condition]), _esc(s.persona),
          _esc(s.events[0]["t"][:16].replace("T", " ")), _secs(s.duration), str(len(s.events)),
          _esc(s.path.name) + ("" if s.ended else " (partial)")] for s in report.sessions)))
    warnings = [(s.path.name, w) for s in report.sessions for w in s.warnings]
    if warnings:
        out.append('<p class="muted">' + "<br>".join(
            f"{_esc(name)}: {_esc(w)}" for name, w in warnings) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def write_html(report: Report, out: Path) -> Path:
    """The report as an HTML file, private (0600), whole or not at all (tightrope.storage.files)."""
    return files.write_private(out, render_html(report))


# --- JSON ---------------------------------------------------------------------------------


def _summary_json(s: Summary) -> dict[str, Any]:
    return {"n": s.n, "median": s.median, "q1": s.q1, "q3": s.q3}


def summary_json(report: Report) -> dict[str, Any]:
    """The report's numbers as JSON (``tightrope report --json``)."""
    met = task_success.by_task_and_condition(report.sessions)
    return {
        "sessions": len(report.sessions),
        "skipped": [{"file": f, "reason": why} for f, why in report.skipped],
        "conditions": {c: {"participants": report.participants(c)} for c in report.conditions},
        "tasks": [
            {"task": t.task, "condition": t.condition, "attempts": t.attempts, "done": t.done,
             "gave_up": t.gave_up, "unfinished": t.unfinished, "success_rate": t.success_rate,
             "seconds_to_done": _summary_json(t.time),
             **task_success.summary(met.get((t.task, t.condition)))}
            for t in report.tasks
        ],
        "questions": [
            {"question": q.question, "condition": q.condition, "task": q.task,
             "answers": len(q.answers), "counts": q.counts(), **_summary_json(q.summary)}
            for q in report.questions if q.n
        ],
        "comparisons": [
            {"measure": measure, "task": task, "a": report.conditions[0],
             "b": report.conditions[1], "test": c.test, "n_a": c.n_a, "n_b": c.n_b,
             "u": c.statistic, "p": c.p, "p_method": c.method or None, "cliffs_delta": c.delta,
             "caution": c.caution or None}
            for (measure, task), c in report.comparisons.items()
        ],
        "controls": [
            {"control": c.control, "condition": c.condition, "participants": c.participants,
             "of": c.of, "uses": c.uses}
            for c in report.controls
        ],
    }


# --- tidy CSV -----------------------------------------------------------------------------

TIDY_COLUMNS = ("participant", "condition", "session", "task", "attempt", "measure", "value",
                "unit")


def _value(v: float) -> str:
    """A number as R and pandas read it: 30, 30.5, never 3e+01."""
    return f"{round(v, 3):.3f}".rstrip("0").rstrip(".")


def tidy_rows(session: Session) -> Iterator[tuple[str, ...]]:
    """One session's observations, one row per task attempt and measure (TIDY_COLUMNS):

    * ``task_done`` / ``task_gave_up`` (0/1): how the attempt ended (both 0: unfinished);
    * ``task_seconds`` (s): from start to done or give-up (not for unfinished attempts);
    * ``q_<question>`` (1-<points>): an answer to the questionnaire after the attempt;
    * ``uses_<control>`` (count): how often a control (see sessions.CONTROLS) was used
      during the attempt, 0 included.
    """
    who, cond, name = session.participant, session.condition, session.path.stem
    points = session.start.get("questionnaire", {}).get("points", 7)
    attempts: dict[str, int] = {}  # task -> attempts started so far
    running: dict[str, tuple[float, dict[str, int]]] = {}  # task -> (start, control uses)

    def row(task: str, measure: str, value: float, unit: str) -> tuple[str, ...]:
        return (who, cond, name, task, str(attempts.get(task, 0)), measure, _value(value), unit)

    def ended(task: str, done: int, gave_up: int, seconds: float | None
              ) -> Iterator[tuple[str, ...]]:
        yield row(task, "task_done", done, "0/1")
        yield row(task, "task_gave_up", gave_up, "0/1")
        if seconds is not None:
            yield row(task, "task_seconds", seconds, "s")
        for control, n in running[task][1].items():
            yield row(task, f"uses_{control}", n, "count")

    for e in session.events:
        kind, task = e["type"], e.get("task", "")
        if kind == "task_start" and task and task not in running:
            attempts[task] = attempts.get(task, 0) + 1
            running[task] = (float(e["elapsed"]), {k: 0 for k in CONTROLS})
        elif kind in ("task_done", "task_give_up") and task in running:
            done = kind == "task_done"
            yield from ended(task, int(done), int(not done), float(e["elapsed"]) - running[task][0])
            del running[task]
        elif kind == "questionnaire":
            for qid, value in e.get("answers", {}).items():
                yield row(task, f"q_{qid}", value, f"1-{points}")
        control = control_of(e)
        if control and task in running:
            running[task][1][control] += 1
    for task in list(running):
        yield from ended(task, 0, 0, None)


def tidy_csv(report: Report) -> str:
    """Every session of the report as one tidy table (TIDY_COLUMNS), ready for R's
    ``read.csv`` or pandas' ``read_csv`` as is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TIDY_COLUMNS)
    for s in report.sessions:
        writer.writerows(tidy_rows(s))
    return buffer.getvalue()


def write_tidy_csv(report: Report, out: Path) -> Path:
    """The tidy CSV as a file, private (0600), whole or not at all (tightrope.storage.files)."""
    return files.write_private(out, tidy_csv(report))
