"""Task lists and post-task questionnaires for user-testing sessions.

A task list (``data/tasks/<id>.json``, schema docs/schemas/tasks.schema.json) is what a
participant is asked to do, one task at a time; it names the questionnaire asked after each
task (``data/questionnaires/<id>.json``, same schema file, ``$defs/questionnaire``). Both are
written by researchers, so loading checks every field and names file, line and field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.storage.jsonfile import (
    ID_PATTERN,
    JsonChecker,
    JsonFileError,
    JsonPath,
    display_path,
    is_file,
    parse_json,
    read_text,
    resolve_file,
)
from tightrope.workshop.task_success import CRITERIA, MAX_ALTERNATIVES, Criterion, Success

FORMAT = 1
MAX_TASKS = 30
MAX_QUESTIONS = 12
MIN_POINTS, MAX_POINTS = 3, 11  # a questionnaire's scale: 1..points

TASKS_REQUIRED: tuple[str, ...] = ("format", "id", "title", "questionnaire", "tasks")
TASKS_OPTIONAL: tuple[str, ...] = ("$schema", "intro", "task_order")
# May a study plan give participants the tasks in different orders (tightrope.workshop.study_plan)?
# "fixed": no, they build on each other (the default); "counterbalanced": yes.
FIXED, COUNTERBALANCED = "fixed", "counterbalanced"
TASK_ORDERS: tuple[str, ...] = (FIXED, COUNTERBALANCED)
TASK_REQUIRED: tuple[str, ...] = ("id", "title", "instruction")
TASK_OPTIONAL: tuple[str, ...] = ("success", "minutes")
QUESTIONNAIRE_REQUIRED: tuple[str, ...] = ("format", "id", "title", "scale", "questions")
QUESTIONNAIRE_OPTIONAL: tuple[str, ...] = ("$schema", "intro")
SCALE_REQUIRED: tuple[str, ...] = ("points", "low", "high")
QUESTION_REQUIRED: tuple[str, ...] = ("id", "text")
QUESTION_OPTIONAL: tuple[str, ...] = ("low", "high")


class TaskFileError(JsonFileError):
    """A task list or questionnaire cannot be found or is wrong (names file, line, field)."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    low: str
    high: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "low": self.low, "high": self.high}


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    points: int  # answers are whole numbers 1..points
    questions: tuple[Question, ...]
    intro: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "points": self.points,
            "intro": self.intro,
            "questions": [q.to_json() for q in self.questions],
        }


@dataclass(frozen=True)
class Task:
    """``success`` says in words what counts as success (for the facilitator);
    ``criterion`` is what the app checks (tightrope.workshop.task_success), when the list gives one."""

    id: str
    title: str
    instruction: str
    success: str = ""
    minutes: int | None = None
    criterion: Success = Success()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "instruction": self.instruction,
            "success": self.success,
            "criterion": self.criterion.to_json(),
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class TaskList:
    id: str
    title: str
    tasks: tuple[Task, ...]
    questionnaire: Questionnaire
    source: Path
    intro: str = ""
    task_order: str = FIXED

    def task(self, task_id: str) -> Task | None:
        return next((t for t in self.tasks if t.id == task_id), None)

    def ordered(self, task_ids: Sequence[str]) -> TaskList:
        """The same list with its tasks in the order ``task_ids`` gives (a study plan's order
        for one participant); ValueError unless it names every task once."""
        if sorted(task_ids) != sorted(t.id for t in self.tasks):
            raise ValueError(
                f"the order {', '.join(task_ids)} does not name each task of {self.id} once"
            )
        by_id = {t.id: t for t in self.tasks}
        return replace(self, tasks=tuple(by_id[t] for t in task_ids))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "intro": self.intro,
            "task_order": self.task_order,
            "file": str(self.source),
            "tasks": [t.to_json() for t in self.tasks],
            "questionnaire": self.questionnaire.to_json(),
        }


def tasks_dir() -> Path:
    return paths.shipped_data_dir() / "tasks"


def questionnaires_dir() -> Path:
    return paths.shipped_data_dir() / "questionnaires"


class _Checker(JsonChecker):
    error = TaskFileError

    def _ids_unique(self, items: list[Any], key: str, at: JsonPath) -> None:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            value = item[key] if isinstance(item, dict) else None
            if isinstance(value, str):
                if value in seen:
                    raise self.fail(
                        (*at, i, key), f"{value!r} is used twice (also {at[-1]}[{seen[value]}])"
                    )
                seen[value] = i

    def slug(self, obj: dict[str, Any], key: str, at: JsonPath) -> str:
        value = self.string(obj, key, at)
        if not re.match(ID_PATTERN, value):
            raise self.fail((*at, key), f"{value!r} must be lowercase words joined by hyphens")
        return value

    def task_list(self, raw: Any) -> tuple[dict[str, Any], tuple[Task, ...]]:
        self.no_duplicates()
        raw = self.fields(raw, (), TASKS_REQUIRED, TASKS_OPTIONAL, "a task list")
        self.format_version(raw, FORMAT)
        self.file_id(raw, "sample-study")
        self.string(raw, "title", ())
        self.slug(raw, "questionnaire", ())
        if "task_order" in raw and raw["task_order"] not in TASK_ORDERS:
            raise self.fail(
                ("task_order",),
                f"must be one of {', '.join(TASK_ORDERS)}, not "
                f"{json.dumps(raw['task_order'])[:40]}",
            )
        listed = self.list_of(raw, "tasks", (), 1, MAX_TASKS)
        tasks = tuple(self.task(("tasks", i), t) for i, t in enumerate(listed))
        self._ids_unique(listed, "id", ("tasks",))
        return raw, tasks

    def task(self, at: JsonPath, raw: Any) -> Task:
        raw = self.fields(raw, at, TASK_REQUIRED, TASK_OPTIONAL, "a task")
        success = self.success(raw["success"], (*at, "success")) if "success" in raw else Success()
        return Task(
            id=self.slug(raw, "id", at),
            title=self.string(raw, "title", at),
            instruction=self.string(raw, "instruction", at),
            success=success.description,
            minutes=self.whole(raw, "minutes", at, 1, 120) if "minutes" in raw else None,
            criterion=success,
        )

    def success(self, raw: Any, at: JsonPath) -> Success:
        """A sentence (said to the facilitator, not checked), or a criterion the app checks:
        ``{"forgotten": "search"}``, or ``{"any_of": [...]}``, each with an optional
        ``description``."""
        if isinstance(raw, str):
            if not raw.strip():
                raise self.fail(at, 'must be a non-empty sentence or a criterion, not ""')
            return Success((), raw)
        if not isinstance(raw, dict):
            raise self.fail(
                at,
                f"must be a sentence or a criterion such as "
                f'{{"forgotten": "search"}}, not {json.dumps(raw)[:40]}',
            )
        description = self.optional_string(raw, "description", at)
        keys = [k for k in raw if k != "description"]
        if keys == ["any_of"]:
            listed = self.list_of(raw, "any_of", at, 1, MAX_ALTERNATIVES)
            criteria = []
            for i, item in enumerate(listed):
                if not isinstance(item, dict):
                    raise self.fail(
                        (*at, "any_of", i), 'must be one criterion, such as {"forgotten": "search"}'
                    )
                criteria.append(self.criterion(item, (*at, "any_of", i)))
            return Success(tuple(criteria), description)
        if len(keys) != 1:
            raise self.fail(
                at,
                f"must name one criterion ({', '.join(CRITERIA)}) or any_of, "
                f"not {len(keys)} of them",
            )
        return Success((self.criterion(raw, at),), description)

    def criterion(self, raw: dict[str, Any], at: JsonPath) -> Criterion:
        self.optional_string(raw, "description", at)
        kinds = [k for k in raw if k != "description"]
        if len(kinds) != 1:
            raise self.fail(at, f"must name one criterion ({', '.join(CRITERIA)})")
        kind = kinds[0]
        if kind not in CRITERIA:
            raise self.fail(
                (*at, kind), f"unknown criterion '{kind}' (known: {', '.join(CRITERIA)}, any_of)"
            )
        values, _what = CRITERIA[kind]
        value = raw[kind]
        if isinstance(values, bool):
            if value is not True:
                raise self.fail((*at, kind), f"must be true, not {json.dumps(value)[:40]}")
        elif value not in values or not isinstance(value, str):
            raise self.fail(
                (*at, kind), f"must be one of {', '.join(values)}, not {json.dumps(value)[:40]}"
            )
        return Criterion(kind, value)

    def questionnaire(self, raw: Any) -> Questionnaire:
        self.no_duplicates()
        raw = self.fields(
            raw, (), QUESTIONNAIRE_REQUIRED, QUESTIONNAIRE_OPTIONAL, "a questionnaire"
        )
        self.format_version(raw, FORMAT)
        qid = self.file_id(raw, "post-task")
        scale = self.fields(raw["scale"], ("scale",), SCALE_REQUIRED, (), "the answer scale")
        points = self.whole(scale, "points", ("scale",), MIN_POINTS, MAX_POINTS)
        low = self.string(scale, "low", ("scale",))
        high = self.string(scale, "high", ("scale",))
        listed = self.list_of(raw, "questions", (), 1, MAX_QUESTIONS)
        questions = []
        for i, q in enumerate(listed):
            at: JsonPath = ("questions", i)
            q = self.fields(q, at, QUESTION_REQUIRED, QUESTION_OPTIONAL, "a question")
            questions.append(
                Question(
                    id=self.slug(q, "id", at),
                    text=self.string(q, "text", at),
                    low=self.string(q, "low", at) if "low" in q else low,
                    high=self.string(q, "high", at) if "high" in q else high,
                )
            )
        self._ids_unique(listed, "id", ("questions",))
        return Questionnaire(
            qid,
            self.string(raw, "title", ()),
            points,
            tuple(questions),
            self.optional_string(raw, "intro", ()),
        )


def load_questionnaire_file(path: str | Path) -> Questionnaire:
    path = Path(path)
    text = read_text(path, TaskFileError, "questionnaire")
    raw = parse_json(text, path, TaskFileError)  # before _Checker: it needs valid JSON
    return _Checker(path, text).questionnaire(raw)


def load_task_list_file(path: str | Path) -> TaskList:
    """Read and validate a task list and the questionnaire it names (next to it, or shipped)."""
    path = Path(path)
    text = read_text(path, TaskFileError, "task list")
    parsed = parse_json(text, path, TaskFileError)  # before _Checker: it needs valid JSON
    checker = _Checker(path, text)
    raw, tasks = checker.task_list(parsed)
    qid = raw["questionnaire"]
    candidates = [
        path.parent.parent / "questionnaires" / f"{qid}.json",
        questionnaires_dir() / f"{qid}.json",
    ]
    found = next((c for c in candidates if is_file(c)), None)
    if found is None:
        raise checker.fail(
            ("questionnaire",),
            f"there is no questionnaire {qid!r} (looked for {display_path(candidates[0])})",
        )
    questionnaire = load_questionnaire_file(found)
    return TaskList(
        raw["id"],
        raw["title"],
        tasks,
        questionnaire,
        path,
        raw.get("intro", ""),
        raw.get("task_order", FIXED),
    )


def resolve(id_or_path: str | Path) -> Path:
    return resolve_file(id_or_path, tasks_dir(), "task list", "task lists", TaskFileError)


def load(id_or_path: str | Path) -> TaskList:
    return load_task_list_file(resolve(id_or_path))


def list_task_lists() -> list[TaskList]:
    return [load_task_list_file(p) for p in sorted(tasks_dir().glob("*.json"))]
