"""User-testing session logs: one JSON Lines file per session, written so a crash loses at most
the last event.

:class:`SessionRecorder` appends one JSON object per line and flushes and fsyncs after every
event. The first event (``session_start``) carries everything a report needs to stand alone:
participant code, condition, persona, the task list's tasks and questionnaire. The
participant is identified only by a pseudonymous code (letters then digits, e.g. ``P07``):
a name is refused. :func:`read_session` reads a log back, naming file, line and field of a
fault; :func:`export_csv` turns one into a spreadsheet. Format: docs/user-study.md and
docs/schemas/session-event.schema.json.
"""

from __future__ import annotations

import io
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope import __version__, paths
from tightrope.privacy.pseudonyms import SessionTokens
from tightrope.storage import jsonfile
from tightrope.storage.jsonfile import JsonFileError, display_path
from tightrope.workshop.task_success import Success
from tightrope.workshop.tasks import MAX_POINTS, MIN_POINTS

FORMAT = 1
OPAQUE = "opaque"
TRANSPARENT = "transparent"
CONDITIONS: tuple[str, ...] = (TRANSPARENT, OPAQUE)
# the consent screens' two designs a session records (the deceptive twin, issue #20)
HONEST, DECEPTIVE = "honest", "deceptive"
DESIGNS: tuple[str, ...] = (HONEST, DECEPTIVE)
PARTICIPANT_PATTERN = re.compile(r"^[A-Za-z]{1,6}-?[0-9]{1,4}$")
SESSIONS_FOLDER = paths.SESSIONS_DIRNAME
MAX_ELAPSED = 7 * 24 * 3600  # seconds: a session is a sitting, not a week

# Event types and what each one means (docs/user-study.md lists them too; a test checks).
EVENT_TYPES: dict[str, str] = {
    "session_start": "the session began (participant, condition, persona, tasks, questionnaire)",
    "task_start": "the participant started a task",
    "task_done": "the participant said the task is done",
    "task_give_up": "the participant gave up the task",
    "questionnaire": "answers to the post-task questionnaire",
    "navigate": "a page was opened (home, category, search, product, cart, wishlist, your data, privacy)",
    "privacy_tab": "a tab of the privacy page was shown (on opening the page, and on each switch)",
    "panel_open": "a side panel was opened (e.g. why a product is shown)",
    "panel_close": "the side panel was closed",
    "preview": "the participant previewed what an action would change",
    "data_recorded": "the shop recorded data points (views, searches, cart, ratings)",
    "cart": "the cart changed",
    "checkout": "an order was placed",
    "forget": "data points were deleted (forget, topic, product, erase)",
    "exclude": "data points were kept but no longer used",
    "include": "data points were used again",
    "correct": "a fact was corrected (city, age band, a declared interest; never which value)",
    "consent_change": "a consent setting changed (a switch, the level, pause, do not sell, a blocked topic)",
    "export": "the participant saved a copy of their data (the format only, never where)",
    "clock": "the shop's clock was moved",
    "condition": "the condition changed during the session",
    "note": "a facilitator's note",
    "click": "the participant clicked or pressed a key that activates a control (input: mouse or key; nothing about what)",
    "session_end": "the session ended and the log was closed",
}

# Interactions counted as "controls" in reports: event -> label.
CONTROLS: dict[str, str] = {
    "panel_open": "Opened a \u201cwhy\u201d panel",
    "preview": "Previewed a change",
    "your_data": "Opened \u201cYour data\u201d",
    "privacy": "Opened the privacy page",
    "export": "Downloaded their data",
    "forget": "Forgot data",
    "exclude": "Stopped using data",
    "include": "Used data again",
    "consent_change": "Changed consent",
}


class SessionError(JsonFileError):
    """A session cannot be started, or its log is wrong; names file, line and field."""


def check_participant(code: str) -> str:
    """A pseudonymous code like P07 or TR-012; anything that could be a name is refused."""
    code = code.strip()
    if not PARTICIPANT_PATTERN.match(code):
        raise SessionError(
            f"the participant code {code!r} must be a short code of letters then digits, "
            "like P07 or TR-012, never a name"
        )
    return code.upper()


def check_condition(condition: str) -> str:
    if condition not in CONDITIONS:
        raise SessionError(
            f"the condition must be one of {', '.join(CONDITIONS)}, not {condition!r}"
        )
    return condition


def sessions_dir(data_root: Path) -> Path:
    return paths.private_folder(data_root / SESSIONS_FOLDER)


def suggest_participant_code(folder: Path) -> str:
    """The next free P01, P02, ... among the session files in folder."""
    used = set()
    for p in folder.glob("*.jsonl"):
        m = re.match(r"^P(\d+)-", p.name)
        if m:
            used.add(int(m.group(1)))
    n = 1
    while n in used:
        n += 1
    return f"P{n:02d}"


_LOG_NAME = re.compile(r"^(?P<code>.+)-\d{8}-\d{6}(-\d+)?\.jsonl$")


def used_codes(folder: Path) -> set[str]:
    """The participant codes that have a session log in folder (read from the file names,
    ``<code>-<date>-<time>.jsonl``): a study plan's next participant is the first without."""
    if not folder.is_dir():
        return set()
    return {m["code"].upper() for p in folder.glob("*.jsonl") if (m := _LOG_NAME.match(p.name))}


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


class SessionRecorder:
    """Appends events to one session log. Each ``log`` is durable before it returns.

    ``now`` gives wall-clock time (real time, not the shop's demo clock); ``monotonic``
    gives the elapsed seconds used for task durations, immune to clock changes.
    """

    def __init__(
        self,
        path: Path,
        start: dict[str, Any],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
        criteria: dict[str, Success] | None = None,
    ):
        self.path = path
        # each task's success criterion, checked against the task's own events at its end
        self._criteria = {t: c for t, c in (criteria or {}).items() if c.checkable}
        self._task_events: list[dict[str, Any]] = []
        self._now = now
        self._monotonic = monotonic
        self._t0 = monotonic()
        self._seq = 0
        self.participant: str = start["participant"]
        self.condition: str = start["condition"]
        self.current_task: str | None = None
        self._task_t0 = 0.0
        self.finished_tasks: list[str] = []
        # the keyed tokens this log names things by; the key lives here only, until end()
        self.tokens = SessionTokens()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        self._file: io.TextIOWrapper | None = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        self.log("session_start", **start)

    @classmethod
    def start(
        cls,
        folder: Path,
        *,
        participant: str,
        condition: str,
        persona: str,
        task_list: Any | None = None,
        scenario: str | None = None,
        plan: dict[str, Any] | None = None,
        design: str | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> SessionRecorder:
        """Create ``<code>-<date>-<time>.jsonl`` in folder and write session_start.
        ``task_list``'s tasks are logged (and run) in its order; ``plan``: how the session
        compares with a study plan (tightrope.workshop.study_plan.PlanCheck.to_json);
        ``design``: which consent screens the participant sees (tightrope.workshop.withdrawal)."""
        code = check_participant(participant)
        check_condition(condition)
        paths.private_folder(folder)
        stamp = now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        path = folder / f"{code}-{stamp}.jsonl"
        n = 2
        while path.exists():
            path = folder / f"{code}-{stamp}-{n}.jsonl"
            n += 1
        start: dict[str, Any] = {
            "format": FORMAT,
            "app_version": __version__,
            "participant": code,
            "condition": condition,
            "persona": persona,
            "recording_consent": True,
        }
        if scenario:
            start["scenario"] = scenario
        if plan is not None:
            start["plan"] = plan
        if design is not None:  # the consent screens seen: "honest" or "deceptive" (the twin)
            start["consent_design"] = design
        if task_list is not None:
            start["task_list"] = task_list.id
            start["tasks"] = [
                {
                    "id": t.id,
                    "title": t.title,
                    **({"criterion": t.criterion.to_json()} if t.criterion.checkable else {}),
                }
                for t in task_list.tasks
            ]
            start["questionnaire"] = task_list.questionnaire.to_json()
        criteria = {t.id: t.criterion for t in task_list.tasks} if task_list is not None else None
        return cls(path, start, now, monotonic, criteria)

    @property
    def closed(self) -> bool:
        return self._file is None

    def log(self, type: str, **data: Any) -> dict[str, Any]:
        """Append one event and make it durable (flush + fsync) before returning."""
        if self._file is None:
            raise SessionError("the session has ended; nothing more can be logged", str(self.path))
        if type not in EVENT_TYPES:
            raise ValueError(f"unknown session event type {type!r}")
        self._seq += 1
        event: dict[str, Any] = {
            "seq": self._seq,
            "t": _iso(self._now()),
            "elapsed": round(self._monotonic() - self._t0, 3),
            "type": type,
        }
        if self.current_task is not None and "task" not in data:
            event["task"] = self.current_task
        event.update(data)
        self._file.write(json.dumps(event, ensure_ascii=False, sort_keys=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        if self.current_task is not None:
            self._task_events.append(event)
        return event

    # --- tasks --------------------------------------------------------------------------
    def start_task(self, task_id: str) -> dict[str, Any]:
        if self.current_task is not None:
            raise SessionError(f"task {self.current_task!r} is still running; finish it first")
        self._task_events = []
        self.current_task = task_id
        self._task_t0 = self._monotonic()
        return self.log("task_start", task=task_id)

    def elapsed(self) -> float:
        """Seconds since the session started (the monotonic clock of the events' elapsed)."""
        return self._monotonic() - self._t0

    def task_elapsed(self) -> float | None:
        """Seconds since the running task started; None between tasks."""
        return None if self.current_task is None else self._monotonic() - self._task_t0

    def finish_task(self, outcome: str, **data: Any) -> dict[str, Any]:
        """outcome: 'done' or 'give_up'. A task with a success criterion also says whether
        its events met it (``criterion_met``), whatever the participant clicked."""
        if self.current_task is None:
            raise SessionError("no task is running")
        if outcome not in ("done", "give_up"):
            raise ValueError(f"a task ends 'done' or 'give_up', not {outcome!r}")
        task, self.current_task = self.current_task, None
        events, self._task_events = self._task_events, []
        self.finished_tasks.append(task)
        criterion = self._criteria.get(task)
        if criterion is not None:
            data["criterion_met"] = criterion.met(events)
        return self.log("task_done" if outcome == "done" else "task_give_up", task=task, **data)

    def answer(self, task_id: str, answers: dict[str, int]) -> dict[str, Any]:
        return self.log("questionnaire", task=task_id, answers=dict(answers))

    def end(self) -> Path:
        """Log session_end (a running task ends as given up first) and close the file."""
        if self._file is None:
            return self.path
        if self.current_task is not None:
            self.finish_task("give_up", reason="session ended")
        self.log("session_end", events=self._seq + 1)
        self._file.close()
        self._file = None
        self.tokens.drop()
        return self.path

    def abandon(self) -> None:
        """Close without session_end (used by tests to imitate a crash)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self.tokens.drop()


# --- reading ------------------------------------------------------------------------------


@dataclass
class TaskOutcome:
    task: str
    outcome: str  # "done", "give_up" or "unfinished"
    seconds: float | None
    criterion_met: bool | None = None  # None: the task had no criterion (or never ended)


@dataclass
class Session:
    path: Path
    start: dict[str, Any]
    events: list[dict[str, Any]]
    ended: bool
    warnings: list[str] = field(default_factory=list)

    @property
    def participant(self) -> str:
        return self.start["participant"]

    @property
    def condition(self) -> str:
        return self.start["condition"]

    @property
    def persona(self) -> str:
        return self.start.get("persona", "")

    @property
    def duration(self) -> float:
        return float(self.events[-1]["elapsed"]) if self.events else 0.0

    def task_titles(self) -> dict[str, str]:
        return {t["id"]: t["title"] for t in self.start.get("tasks", [])}

    def outcomes(self) -> list[TaskOutcome]:
        """Every attempt at a task, in order, with how it ended and how long it took."""
        out: list[TaskOutcome] = []
        running: dict[str, float] = {}
        for e in self.events:
            kind, task = e["type"], e.get("task")
            if kind == "task_start" and task:
                running[task] = float(e["elapsed"])
            elif kind in ("task_done", "task_give_up") and task in running:
                seconds = float(e["elapsed"]) - running.pop(task)
                out.append(
                    TaskOutcome(
                        task,
                        "done" if kind == "task_done" else "give_up",
                        seconds,
                        e.get("criterion_met"),
                    )
                )
        out.extend(TaskOutcome(task, "unfinished", None) for task in running)
        return out

    def answers(self) -> list[tuple[str, dict[str, int]]]:
        return [
            (e.get("task", ""), e.get("answers", {}))
            for e in self.events
            if e["type"] == "questionnaire"
        ]

    def controls_used(self) -> dict[str, int]:
        """How often each control (see CONTROLS) was used in this session."""
        counts = {key: 0 for key in CONTROLS}
        for e in self.events:
            control = control_of(e)
            if control:
                counts[control] += 1
        return counts


def control_of(event: dict[str, Any]) -> str | None:
    """The control (a key of CONTROLS) an event is a use of, or None."""
    if event["type"] == "navigate":
        page = event.get("page")
        return "your_data" if page == "your-data" else "privacy" if page == "privacy" else None
    return event["type"] if event["type"] in CONTROLS else None


def read_session(path: str | Path) -> Session:
    """Read and check a session log. A last line cut short by a crash is left out with a
    warning; anything else wrong raises SessionError naming file, line and field."""
    path = Path(path)
    name = display_path(path)
    text = jsonfile.read_text(path, SessionError, "session log")
    lines = text.split("\n")
    complete_tail = text.endswith("\n")
    if complete_tail:
        lines = lines[:-1]
    events: list[dict[str, Any]] = []
    lines_of: list[int] = []  # the line each event was read from
    warnings: list[str] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = jsonfile.loads(line)
        except json.JSONDecodeError as exc:
            if n == len(lines) and not complete_tail and events:
                warnings.append(
                    f"line {n} was cut short (the app stopped while writing it) and is left out"
                )
                break
            raise SessionError(
                f"not valid JSON ({exc.msg} at column {exc.colno})", name, n
            ) from exc
        _check_event(event, n, name, len(events) + 1)
        events.append(event)
        lines_of.append(n)
    if not events:
        raise SessionError("the file holds no events; it is not a session log", name)
    start = events[0]
    if start["type"] != "session_start":
        raise SessionError("the first event must be session_start", name, 1, "type")
    for key in ("participant", "condition"):
        if not isinstance(start.get(key), str):
            raise SessionError(f"field '{key}' is missing from session_start", name, 1, key)
    if start["condition"] not in CONDITIONS:
        raise SessionError(
            f"unknown condition {start['condition']!r} (known: {', '.join(CONDITIONS)})",
            name,
            1,
            "condition",
        )
    _check_start(start, name)
    _check_answers(events, start, name, lines_of)
    ended = events[-1]["type"] == "session_end"
    return Session(path, start, events, ended, warnings)


def _check_start(start: dict[str, Any], name: str) -> None:
    """The optional parts of session_start that the report and CSV export read."""

    def fail(field: str, problem: str) -> SessionError:
        return SessionError(problem, name, 1, field)

    if not isinstance(start.get("persona", ""), str):
        raise fail("persona", f"must be a persona id, not {json.dumps(start['persona'])[:40]}")
    tasks = start.get("tasks", [])
    if not isinstance(tasks, list) or not all(
        isinstance(t, dict) and isinstance(t.get("id"), str) and isinstance(t.get("title"), str)
        for t in tasks
    ):
        raise fail("tasks", "must be a list of tasks, each with a text 'id' and 'title'")
    if "questionnaire" in start:
        q = start["questionnaire"]
        if not (
            isinstance(q, dict)
            and isinstance(q.get("points"), int)
            and not isinstance(q.get("points"), bool)
            and isinstance(q.get("questions", []), list)
            and all(
                isinstance(x, dict)
                and isinstance(x.get("id"), str)
                and isinstance(x.get("text"), str)
                for x in q.get("questions", [])
            )
        ):
            raise fail(
                "questionnaire",
                "must be a questionnaire: 'points' and 'questions' with a text 'id' and 'text'",
            )
        if not MIN_POINTS <= q["points"] <= MAX_POINTS:
            # the report draws one bar per point: 30,000,000 of them ran out of memory
            raise fail(
                "questionnaire.points",
                f"must be a whole number from {MIN_POINTS} to {MAX_POINTS}, not {_short(q['points'])}",
            )


def _short(value: Any) -> str:
    """A value as a message quotes it: at most 40 characters (a number of 4,000 digits is
    not a sentence)."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_answers(
    events: list[dict[str, Any]], start: dict[str, Any], name: str, lines: list[int]
) -> None:
    """Every answer is on the session's scale (1..points; 1..MAX_POINTS without a
    questionnaire in session_start): 10**4000 ended the report in OverflowError."""
    points = start.get("questionnaire", {}).get("points", MAX_POINTS)
    for event, line in zip(events, lines, strict=True):
        if event["type"] != "questionnaire":
            continue
        for question, value in event["answers"].items():
            if not 1 <= value <= points:
                raise SessionError(
                    f"must be a whole number from 1 to {points}, not {_short(value)}",
                    name,
                    line,
                    f"answers.{question}",
                )


def _check_event(event: Any, line: int, name: str, expected_seq: int) -> None:
    if not isinstance(event, dict):
        raise SessionError("an event must be a JSON object", name, line)
    for key in ("seq", "t", "elapsed", "type"):
        if key not in event:
            raise SessionError(f"field '{key}' is missing", name, line, key)
    if not isinstance(event["type"], str) or event["type"] not in EVENT_TYPES:
        raise SessionError(f"unknown event type {event['type']!r}", name, line, "type")
    if not isinstance(event.get("task", ""), str):
        raise SessionError(
            f"must be a task id, not {json.dumps(event['task'])[:40]}", name, line, "task"
        )
    if event["seq"] != expected_seq:
        raise SessionError(
            f"events are out of order or missing: expected seq {expected_seq}, found "
            f"{json.dumps(event['seq'])}",
            name,
            line,
            "seq",
        )
    elapsed = event["elapsed"]
    if (
        not isinstance(elapsed, int | float)
        or isinstance(elapsed, bool)
        or not 0 <= elapsed <= MAX_ELAPSED
    ):  # also NaN and 1e999 (infinity)
        raise SessionError(
            f"must be a number of seconds from 0 to {MAX_ELAPSED}, not {_short(elapsed)}",
            name,
            line,
            "elapsed",
        )
    try:
        datetime.fromisoformat(event["t"])
    except (TypeError, ValueError):
        raise SessionError(f"not a time: {json.dumps(event['t'])}", name, line, "t") from None
    if not isinstance(event.get("criterion_met", False), bool):
        raise SessionError(
            f"must be true or false, not {_short(event['criterion_met'])}",
            name,
            line,
            "criterion_met",
        )
    if event["type"] == "questionnaire":
        answers = event.get("answers")
        if not isinstance(answers, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in answers.values()
        ):
            raise SessionError(
                "answers must map question ids to whole numbers", name, line, "answers"
            )


def list_sessions(folder: Path) -> Iterable[Path]:
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
