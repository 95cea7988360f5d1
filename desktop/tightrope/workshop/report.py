"""Merge any number of session logs into one report: numbers first, then HTML, PDF or CSV.

:func:`build_report` reads the logs (a bad or partial file is named and skipped, never
fatal) and computes, per task and condition: task success and time, the questionnaire
answers (over all tasks and task by task), which controls participants used, and, when both
conditions have sessions, a test and an effect size for every measure (tightrope.workshop.study_stats
says which and how). tightrope.workshop.report_html turns that into one self-contained HTML
page with inline SVG charts and the numbers in tables; a PDF is made from the same HTML by the
Qt side (tightrope.ui.workshop.pdf). :func:`tidy_csv` gives the data behind
it as one row per participant, task and measure, for R or pandas. Format and statistics:
docs/user-study.md.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope.storage import files
from tightrope.storage.jsonfile import display_path
from tightrope.workshop import task_success, withdrawal
from tightrope.workshop.sessions import (
    CONDITIONS,
    CONTROLS,
    Session,
    SessionError,
    control_of,
    read_session,
)
from tightrope.workshop.study_stats import Comparison, Summary, fisher, mann_whitney, summarise
from tightrope.workshop.withdrawal import WithdrawalComparison

CONDITION_COLOURS = {"transparent": "#136f63", "opaque": "#b7791f"}
CONDITION_LABELS = {"transparent": "Transparent shop", "opaque": "Opaque shop"}
ALL_TASKS = None  # the task of a questionnaire breakdown over every task
# The HTML half lives in tightrope.workshop.report_html; these names are still found here.


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
    # withdrawing consent in the honest shop and its deceptive twin (tightrope.workshop.withdrawal)
    withdrawal: WithdrawalComparison | None = None

    def task(self, task: str, condition: str) -> TaskStats | None:
        return next((t for t in self.tasks if t.task == task and t.condition == condition), None)

    def question(
        self, question: str, condition: str, task: str | None = ALL_TASKS
    ) -> QuestionStats | None:
        return next(
            (
                q
                for q in self.questions
                if q.question == question and q.condition == condition and q.task == task
            ),
            None,
        )

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
            skipped.append(
                (
                    display_path(path),
                    f"{display_path(path)}: partial session (no session_end: the app stopped or "
                    "the session is still running); pass --include-partial to count it",
                )
            )
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
    report.withdrawal = withdrawal.compare(sessions)
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
            {
                "task": t.task,
                "condition": t.condition,
                "attempts": t.attempts,
                "done": t.done,
                "gave_up": t.gave_up,
                "unfinished": t.unfinished,
                "success_rate": t.success_rate,
                "seconds_to_done": _summary_json(t.time),
                **task_success.summary(met.get((t.task, t.condition))),
            }
            for t in report.tasks
        ],
        "questions": [
            {
                "question": q.question,
                "condition": q.condition,
                "task": q.task,
                "answers": len(q.answers),
                "counts": q.counts(),
                **_summary_json(q.summary),
            }
            for q in report.questions
            if q.n
        ],
        "comparisons": [
            {
                "measure": measure,
                "task": task,
                "a": report.conditions[0],
                "b": report.conditions[1],
                "test": c.test,
                "n_a": c.n_a,
                "n_b": c.n_b,
                "u": c.statistic,
                "p": c.p,
                "p_method": c.method or None,
                "cliffs_delta": c.delta,
                "caution": c.caution or None,
            }
            for (measure, task), c in report.comparisons.items()
        ],
        "controls": [
            {
                "control": c.control,
                "condition": c.condition,
                "participants": c.participants,
                "of": c.of,
                "uses": c.uses,
            }
            for c in report.controls
        ],
        "withdrawal": report.withdrawal.to_json() if report.withdrawal is not None else None,
    }


# --- tidy CSV -----------------------------------------------------------------------------

TIDY_COLUMNS = (
    "participant",
    "condition",
    "session",
    "task",
    "attempt",
    "measure",
    "value",
    "unit",
)


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

    def ended(
        task: str, done: int, gave_up: int, seconds: float | None
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
