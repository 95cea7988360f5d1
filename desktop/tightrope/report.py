"""Merge any number of session logs into one report: numbers first, then HTML with SVG charts.

:func:`build_report` reads the logs (a bad or partial file is named and skipped, never
fatal) and computes, per condition: task success and time, questionnaire answers, and which
controls participants used. :func:`render_html` turns that into one self-contained HTML page
with inline SVG charts and the same numbers in tables. A PDF is made from the same HTML by the
Qt side (tightrope.ui.workshop.pdf), which swaps each inline chart for an image.
"""

from __future__ import annotations

import html
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope import __version__, files, task_success
from tightrope.jsonfile import display_path
from tightrope.sessions import CONDITIONS, CONTROLS, Session, SessionError, read_session

CONDITION_COLOURS = {"transparent": "#136f63", "opaque": "#b7791f"}
CONDITION_LABELS = {"transparent": "Transparent shop", "opaque": "Opaque shop"}


@dataclass
class TaskStats:
    task: str
    title: str
    condition: str
    attempts: int = 0
    done: int = 0
    gave_up: int = 0
    unfinished: int = 0
    seconds: list[float] = field(default_factory=list)  # of tasks marked done

    @property
    def success_rate(self) -> float | None:
        return self.done / self.attempts if self.attempts else None

    @property
    def median_seconds(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None


@dataclass
class QuestionStats:
    question: str
    text: str
    condition: str
    points: int
    answers: list[int] = field(default_factory=list)

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.answers) if self.answers else None

    @property
    def n(self) -> int:
        return len(self.answers)

    def counts(self) -> list[int]:
        return [self.answers.count(v) for v in range(1, self.points + 1)]


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
    questions: list[QuestionStats]
    controls: list[ControlStats]
    generated: datetime

    def task(self, task: str, condition: str) -> TaskStats | None:
        return next((t for t in self.tasks if t.task == task and t.condition == condition), None)

    def question(self, question: str, condition: str) -> QuestionStats | None:
        return next(
            (q for q in self.questions if q.question == question and q.condition == condition), None
        )

    def control(self, control: str, condition: str) -> ControlStats | None:
        return next(
            (c for c in self.controls if c.control == control and c.condition == condition), None
        )

    def participants(self, condition: str) -> int:
        return len({s.participant for s in self.sessions if s.condition == condition})


def build_report(
    files: Iterable[str | Path],
    *,
    include_partial: bool = False,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Report:
    """Read every file; skip (and name) bad ones and, unless asked, partial ones."""
    sessions: list[Session] = []
    skipped: list[tuple[str, str]] = []
    for f in files:
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
        for _task, answers in s.answers():
            for qid in answers:
                question_order.setdefault(qid, (qid, 7))

    tasks = [TaskStats(t, title, c) for t, title in task_order.items() for c in conditions]
    questions = [
        QuestionStats(q, text, c, points)
        for q, (text, points) in question_order.items()
        for c in conditions
    ]
    controls = [ControlStats(k, label, c) for k, label in CONTROLS.items() for c in conditions]
    by_key = {(t.task, t.condition): t for t in tasks}
    q_by_key = {(q.question, q.condition): q for q in questions}
    c_by_key = {(c.control, c.condition): c for c in controls}
    participants: dict[str, set[str]] = {c: set() for c in conditions}
    used_by: dict[tuple[str, str], set[str]] = {}
    for s in sessions:
        participants[s.condition].add(s.participant)
        for o in s.outcomes():
            stats = by_key[(o.task, s.condition)]
            stats.attempts += 1
            if o.outcome == "done":
                stats.done += 1
                if o.seconds is not None:
                    stats.seconds.append(o.seconds)
            elif o.outcome == "give_up":
                stats.gave_up += 1
            else:
                stats.unfinished += 1
        for _task, answers in s.answers():
            for qid, value in answers.items():
                q_by_key[(qid, s.condition)].answers.append(value)
        for control, n in s.controls_used().items():
            c_by_key[(control, s.condition)].uses += n
            if n:
                used_by.setdefault((control, s.condition), set()).add(s.participant)
    for c in controls:
        c.participants = len(used_by.get((c.control, c.condition), ()))
        c.of = len(participants[c.condition])
    return Report(sessions, skipped, conditions, tasks, questions, controls, now())


# --- charts (inline SVG) --------------------------------------------------------------------


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def bar_chart(
    title: str,
    groups: list[str],
    conditions: list[str],
    value: Callable[[int, str], float | None],
    maximum: float,
    label: Callable[[float], str],
) -> str:
    """A horizontal grouped bar chart: one group per row label, one bar per condition."""
    bar_h, gap, group_gap = 18, 4, 14
    left, right, top = 260, 70, 40
    width = 760
    plot_w = width - left - right
    group_h = len(conditions) * (bar_h + gap) - gap
    height = top + len(groups) * (group_h + group_gap) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(title)}" '
        'font-family="sans-serif" font-size="13">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="0" y="18" font-size="15" font-weight="bold" fill="#1d2733">{_esc(title)}</text>',
    ]
    # legend
    x = left
    for c in conditions:
        parts.append(f'<rect x="{x}" y="26" width="12" height="12" fill="{CONDITION_COLOURS[c]}"/>')
        parts.append(f'<text x="{x + 16}" y="36" fill="#1d2733">{_esc(CONDITION_LABELS[c])}</text>')
        x += 170
    y = top + 8
    for gi, group in enumerate(groups):
        short = group if len(group) <= 36 else group[:35] + "\u2026"
        parts.append(
            f'<text x="{left - 8}" y="{y + group_h / 2 + 4:.0f}" text-anchor="end" '
            f'fill="#1d2733">{_esc(short)}</text>'
        )
        for ci, c in enumerate(conditions):
            v = value(gi, c)
            by = y + ci * (bar_h + gap)
            if v is None:
                parts.append(f'<text x="{left + 4}" y="{by + 13}" fill="#566373">no data</text>')
                continue
            w = 0 if maximum <= 0 else max(1.0, plot_w * min(v, maximum) / maximum)
            parts.append(
                f'<rect x="{left}" y="{by}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{CONDITION_COLOURS[c]}"><title>{_esc(CONDITION_LABELS[c])}: '
                f'{_esc(label(v))}</title></rect>'
            )
            parts.append(
                f'<text x="{left + w + 6:.1f}" y="{by + 13}" fill="#1d2733">{_esc(label(v))}</text>'
            )
        y += group_h + group_gap
    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{y - group_gap + 4}" stroke="#c4cbd3"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _pct(v: float | None) -> str:
    return "\u2013" if v is None else f"{v * 100:.0f}%"


def _secs(v: float | None) -> str:
    if v is None:
        return "\u2013"
    return f"{v:.0f} s" if v < 120 else f"{v / 60:.1f} min"


def _mean(v: float | None) -> str:
    return "\u2013" if v is None else f"{v:.2f}"


def charts(report: Report) -> list[tuple[str, str]]:
    """(id, svg) for every chart, in page order."""
    conds = report.conditions
    task_ids = list(dict.fromkeys(t.task for t in report.tasks))
    titles = {t.task: t.title for t in report.tasks}
    q_ids = list(dict.fromkeys(q.question for q in report.questions))
    q_text = {q.question: q.text for q in report.questions}
    points = max((q.points for q in report.questions), default=7)
    control_ids = list(CONTROLS)
    times = [t.median_seconds for t in report.tasks if t.median_seconds is not None]
    out = []
    if task_ids and conds:
        out.append(("chart-success", bar_chart(
            "Task success (share of attempts marked done)",
            [titles[t] for t in task_ids], conds,
            lambda i, c: report.task(task_ids[i], c).success_rate,
            1.0, lambda v: f"{v * 100:.0f}%",
        )))
        out.append(("chart-time", bar_chart(
            "Median time to done",
            [titles[t] for t in task_ids], conds,
            lambda i, c: report.task(task_ids[i], c).median_seconds,
            max(times, default=1.0) * 1.1, _secs,
        )))
    if q_ids and conds:
        out.append(("chart-questions", bar_chart(
            f"Questionnaire: mean answer (1\u2013{points})",
            [q_text[q] for q in q_ids], conds,
            lambda i, c: report.question(q_ids[i], c).mean,
            float(points), lambda v: f"{v:.2f}",
        )))
    if conds:
        out.append(("chart-controls", bar_chart(
            "Controls used (share of participants)",
            [CONTROLS[k] for k in control_ids], conds,
            lambda i, c: report.control(control_ids[i], c).share,
            1.0, lambda v: f"{v * 100:.0f}%",
        )))
    return out


# --- HTML ---------------------------------------------------------------------------------

STYLE = """
body { font-family: sans-serif; color: #1d2733; margin: 32px; max-width: 900px; }
h1 { font-size: 24px; } h2 { font-size: 19px; margin-top: 32px; }
table { border-collapse: collapse; margin: 12px 0 8px 0; }
th, td { border: 1px solid #dfe3e8; padding: 4px 8px; text-align: left; font-size: 13px; }
th { background: #f5f6f8; white-space: nowrap; }
td.num { text-align: right; }
.muted { color: #566373; font-size: 13px; }
.warn { color: #a4262c; }
"""


def render_html(report: Report, chart_src: Callable[[str, str], str] | None = None) -> str:
    """The report as one HTML page. Charts are inline SVG unless ``chart_src(id, svg)`` gives
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
    out.append("<h2>Participants per condition</h2><table><tr><th>Condition</th>"
               "<th>Participants</th><th>Sessions</th></tr>")
    for c in conds:
        n_sessions = sum(1 for s in report.sessions if s.condition == c)
        out.append(f"<tr><td>{_esc(CONDITION_LABELS[c])}</td><td class='num'>"
                   f"{report.participants(c)}</td><td class='num'>{n_sessions}</td></tr>")
    out.append("</table>")
    if report.skipped:
        out.append('<h2 class="warn">Files left out</h2><ul>')
        for _name, why in report.skipped:
            out.append(f'<li class="warn">{_esc(why)}</li>')
        out.append("</ul>")
    if not report.sessions:
        out.append("<p>No usable sessions, so there is nothing to chart.</p></body></html>")
        return "\n".join(out)

    chart_html = {}
    for cid, svg in charts(report):
        if chart_src is None:
            chart_html[cid] = f'<div id="{cid}">{svg}</div>'
        else:
            chart_html[cid] = f'<p><img src="{_esc(chart_src(cid, svg))}" alt="{cid}"></p>'

    def header(*cols: str) -> str:
        return "<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in cols) + "</tr>"

    out.append("<h2>Tasks</h2>")
    out.append(chart_html.get("chart-success", ""))
    out.append(chart_html.get("chart-time", ""))
    met = task_success.by_task_and_condition(report.sessions)  # what the app saw, beside "Done"
    out.append("<table>" + header("Task", "Condition", "Attempts", "Done", "Gave up",
                                  "Unfinished", "Success", "Met criterion", "Median time"))
    for t in report.tasks:
        out.append(
            f"<tr><td>{_esc(t.title)}</td><td>{_esc(CONDITION_LABELS[t.condition])}</td>"
            f"<td class='num'>{t.attempts}</td><td class='num'>{t.done}</td>"
            f"<td class='num'>{t.gave_up}</td><td class='num'>{t.unfinished}</td>"
            f"<td class='num'>{_pct(t.success_rate)}</td>"
            f"<td class='num'>{met.get((t.task, t.condition), task_success.CriterionStats()).text()}</td>"
            f"<td class='num'>{_secs(t.median_seconds)}</td></tr>"
        )
    out.append("</table>")

    if report.questions:
        out.append("<h2>Questionnaire</h2>")
        out.append(chart_html.get("chart-questions", ""))
        points = max(q.points for q in report.questions)
        out.append("<table>" + header("Statement", "Condition", "Answers", "Mean",
                                      *[str(v) for v in range(1, points + 1)]))
        for q in report.questions:
            counts = q.counts() + [0] * (points - q.points)
            out.append(
                f"<tr><td>{_esc(q.text)}</td><td>{_esc(CONDITION_LABELS[q.condition])}</td>"
                f"<td class='num'>{q.n}</td><td class='num'>{_mean(q.mean)}</td>"
                + "".join(f"<td class='num'>{n}</td>" for n in counts) + "</tr>"
            )
        out.append("</table>")

    out.append("<h2>Controls people used</h2>")
    out.append(chart_html.get("chart-controls", ""))
    out.append("<table>" + header("Control", "Condition", "Participants who used it", "Uses"))
    for c in report.controls:
        out.append(
            f"<tr><td>{_esc(c.label)}</td><td>{_esc(CONDITION_LABELS[c.condition])}</td>"
            f"<td class='num'>{c.participants} of {c.of} ({_pct(c.share)})</td>"
            f"<td class='num'>{c.uses}</td></tr>"
        )
    out.append("</table>")

    out.append("<h2>Sessions</h2><table>" + header(
        "Participant", "Condition", "Persona", "Started", "Length", "Events", "File"))
    for s in report.sessions:
        note = "" if s.ended else " (partial)"
        out.append(
            f"<tr><td>{_esc(s.participant)}</td><td>{_esc(CONDITION_LABELS[s.condition])}</td>"
            f"<td>{_esc(s.persona)}</td><td>{_esc(s.events[0]['t'][:16].replace('T', ' '))}</td>"
            f"<td class='num'>{_secs(s.duration)}</td><td class='num'>{len(s.events)}</td>"
            f"<td>{_esc(s.path.name)}{note}</td></tr>"
        )
    out.append("</table>")
    warnings = [(s.path.name, w) for s in report.sessions for w in s.warnings]
    if warnings:
        out.append('<p class="muted">' + "<br>".join(
            f"{_esc(name)}: {_esc(w)}" for name, w in warnings) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def write_html(report: Report, out: Path) -> Path:
    """The report as an HTML file, private (0600), whole or not at all (tightrope.files)."""
    return files.write_private(out, render_html(report))


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
             "median_seconds": t.median_seconds,
             **task_success.summary(met.get((t.task, t.condition)))}
            for t in report.tasks
        ],
        "questions": [
            {"question": q.question, "condition": q.condition, "n": q.n, "mean": q.mean,
             "counts": q.counts()}
            for q in report.questions
        ],
        "controls": [
            {"control": c.control, "condition": c.condition, "participants": c.participants,
             "of": c.of, "uses": c.uses}
            for c in report.controls
        ],
    }
