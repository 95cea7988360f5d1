"""A counterbalanced study plan: which participant code gets which condition and task order.

``tightrope study plan --participants 12 --tasks sample-study`` writes one (by default
``study-plan.json`` in the data folder, where the window's session dialog finds it); the
session dialog proposes the next participant from it and warns when a session is started
otherwise; the session log's ``session_start`` records the plan's row and any deviation.

The design (docs/user-study.md, "A study plan"):

* **Conditions** (between subjects) go in pairs: each pair of consecutive codes holds one
  participant of each condition, the pairs alternating which comes first (A B B A A B B A
  ...). The groups are equal (one apart for an odd number) and neither condition runs mostly
  early or late in the study. The seed draws which condition is A.
* **Task order** (within subjects), when the task list says ``"task_order":
  "counterbalanced"``: a balanced Latin square (Williams design). Over its orders (n for n
  tasks when n is even, 2n when n is odd) every task comes in every position equally often
  and directly after every other task equally often. Both participants of a pair get the
  same order, so each condition goes through the orders in the same sequence; the orders
  are balanced within a condition when it has a multiple of their number of participants.
  The seed draws which task plays which part in the square. A list whose tasks build on
  each other says ``"task_order": "fixed"`` (the default) and everyone gets its order.

The file is checked when it is read, and a fault is one sentence naming file, line and
field, like the other files a facilitator writes (tightrope.storage.jsonfile).
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tightrope.storage import files
from tightrope.storage.jsonfile import JsonChecker, JsonFileError, JsonPath, parse_json, read_text
from tightrope.workshop import personas, tasks
from tightrope.workshop.sessions import CONDITIONS, SessionError, check_participant

FORMAT = 1
DEFAULT_NAME = "study-plan.json"  # in the data folder: the session dialog looks there first
MAX_PARTICIPANTS = 500
MAX_SEED = 2**32 - 1
CONDITION_ORDER = "ABBA"  # the only design so far; written into the file to say so
REQUIRED: tuple[str, ...] = (
    "format",
    "task_list",
    "seed",
    "condition_order",
    "task_order",
    "participants",
)
OPTIONAL: tuple[str, ...] = ("$schema", "persona")
ROW_FIELDS: tuple[str, ...] = ("code", "condition", "tasks")


class StudyPlanError(JsonFileError):
    """A study plan cannot be made, found or read; names file, line and field."""


@dataclass(frozen=True)
class PlanRow:
    """One participant of the plan: a pseudonymous code, a condition, an order of tasks."""

    number: int  # 1-based, as the file lists them
    code: str
    condition: str
    tasks: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "condition": self.condition, "tasks": list(self.tasks)}


@dataclass(frozen=True)
class PlanCheck:
    """How a session about to start compares with the plan: the plan's row for its code
    (None: the code is not in the plan), what differs (``deviations``: ``participant``,
    ``condition``, ``persona``, ``task_list``) and what the plan says for each."""

    row: PlanRow | None
    deviations: tuple[str, ...] = ()
    planned: dict[str, str] = field(default_factory=dict)

    @property
    def followed(self) -> bool:
        return not self.deviations

    def to_json(self, seed: int) -> dict[str, Any]:
        """The ``plan`` field of session_start: the plan's seed and row, what deviated and
        what was planned instead (codes, conditions and ids: nothing personal)."""
        out: dict[str, Any] = {
            "seed": seed,
            "row": self.row.number if self.row else None,
            "deviations": list(self.deviations),
        }
        if self.planned:
            out["planned"] = dict(self.planned)
        return out


@dataclass(frozen=True)
class StudyPlan:
    task_list: str
    seed: int
    task_order: str  # tasks.FIXED or tasks.COUNTERBALANCED
    rows: tuple[PlanRow, ...]
    persona: str | None = None
    condition_order: str = CONDITION_ORDER
    source: Path | None = None

    def row(self, code: str) -> PlanRow | None:
        code = code.strip().upper()
        return next((r for r in self.rows if r.code == code), None)

    def next_row(self, used: Iterable[str]) -> PlanRow | None:
        """The first participant of the plan without a session yet (None: all have one)."""
        done = {c.upper() for c in used}
        return next((r for r in self.rows if r.code not in done), None)

    def count(self, condition: str) -> int:
        return sum(r.condition == condition for r in self.rows)

    def orders(self) -> int:
        """How many different task orders the plan uses."""
        return len({r.tasks for r in self.rows})

    def check(self, participant: str, condition: str, persona: str, task_list: str) -> PlanCheck:
        """Compare the choices of a session about to start with the plan."""
        row = self.row(participant)
        if row is None:
            return PlanCheck(None, ("participant",), {})
        deviations: list[str] = []
        planned: dict[str, str] = {}
        for name, chosen, wanted in (
            ("condition", condition, row.condition),
            ("persona", persona, self.persona),
            ("task_list", task_list, self.task_list),
        ):
            if wanted is not None and chosen != wanted:
                deviations.append(name)
                planned[name] = wanted
        return PlanCheck(row, tuple(deviations), planned)

    def design(self) -> str:
        """The design in one sentence (the command line says it after writing a plan)."""
        n = len(self.rows)
        text = (
            f"{n} participant{'s' if n != 1 else ''}: "
            + " and ".join(f"{self.count(c)} {c}" for c in CONDITIONS)
            + f" (conditions in pairs, {self.condition_order})"
        )
        if self.task_order == tasks.FIXED:
            return text + f"; every participant does the tasks of {self.task_list} in its order."
        n_tasks = len(self.rows[0].tasks)
        square = len(williams(n_tasks))
        text += (
            f"; task order counterbalanced by a balanced Latin square of {square} orders "
            f"for {n_tasks} tasks, {self.orders()} of them used"
        )
        per_condition = min(self.count(c) for c in CONDITIONS)
        if n_tasks > 1 and per_condition % square:
            text += (
                f" (fully balanced within a condition with a multiple of {square} "
                f"participants in each)"
            )
        return text + "."

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "task_list": self.task_list}
        if self.persona:
            out["persona"] = self.persona
        out.update(
            {
                "seed": self.seed,
                "condition_order": self.condition_order,
                "task_order": self.task_order,
                "participants": [r.to_json() for r in self.rows],
            }
        )
        return out


@dataclass(frozen=True)
class Proposal:
    """What the session dialog proposes for the next participant: from the plan's first row
    without a session, else from the last choices (None: no choice to propose)."""

    participant: str
    condition: str | None
    persona: str | None
    task_list: str | None
    row: PlanRow | None = None


def propose(
    plan: StudyPlan | None, used: Iterable[str], last: Mapping[str, str], free_code: str
) -> Proposal:
    """The next participant: the plan's first code without a session, with its condition
    (and the plan's persona and task list); without a plan, or once every code of it has a
    session, ``free_code`` with the last choices (``last``: condition, persona, task_list)."""
    row = plan.next_row(used) if plan is not None else None
    if plan is None:
        return Proposal(
            free_code, last.get("condition"), last.get("persona"), last.get("task_list")
        )
    persona = plan.persona or last.get("persona")
    if row is None:
        return Proposal(free_code, last.get("condition"), persona, plan.task_list)
    return Proposal(row.code, row.condition, persona, plan.task_list, row)


# --- making a plan -------------------------------------------------------------------------


def williams(n: int) -> list[list[int]]:
    """A balanced Latin square for n treatments (Williams, 1949): rows are orders of 0..n-1
    in which each one comes in each position equally often and directly after each other
    one equally often. n rows for an even n; for an odd n the n rows and their reverses."""
    if n < 1:
        raise ValueError("a Latin square needs at least one treatment")
    first = [0]
    low, high = 1, n - 1
    while len(first) < n:
        first.append(low)
        low += 1
        if len(first) < n:
            first.append(high)
            high -= 1
    rows = [[(v + i) % n for v in first] for i in range(n)]
    if n % 2:
        rows += [list(reversed(r)) for r in rows]
    return rows


def codes(n: int) -> list[str]:
    """P01, P02, ... (P001 ... when there are 100 or more)."""
    width = max(2, len(str(n)))
    return [f"P{i:0{width}d}" for i in range(1, n + 1)]


def make_plan(
    task_list: tasks.TaskList,
    participants: int,
    seed: int | None = None,
    persona: str | None = None,
    task_list_name: str | None = None,
) -> StudyPlan:
    """A plan for ``participants`` people (see the module's docstring for the design); the
    same seed gives the same plan. ``task_list_name``: how the plan names the task list
    (its id by default; a path for a list that is not shipped)."""
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise StudyPlanError(
            f"--participants must be from 1 to {MAX_PARTICIPANTS}, not {participants}"
        )
    if seed is None:
        seed = secrets.randbelow(1_000_000)
    elif not 0 <= seed <= MAX_SEED:
        raise StudyPlanError(f"--seed must be a whole number from 0 to {MAX_SEED}, not {seed}")
    rng = random.Random(seed)
    a, b = rng.sample(CONDITIONS, 2)
    ids = [t.id for t in task_list.tasks]
    if task_list.task_order == tasks.COUNTERBALANCED and len(ids) > 1:
        letters = rng.sample(ids, len(ids))  # which task plays which part of the square
        orders = [tuple(letters[i] for i in row) for row in williams(len(ids))]
    else:
        orders = [tuple(ids)]
    rows = []
    for i, code in enumerate(codes(participants)):
        pair, second = divmod(i, 2)
        first, other = (a, b) if pair % 2 == 0 else (b, a)
        rows.append(PlanRow(i + 1, code, other if second else first, orders[pair % len(orders)]))
    return StudyPlan(
        task_list_name or task_list.id, seed, task_list.task_order, tuple(rows), persona
    )


def write_plan(plan: StudyPlan, path: Path) -> Path:
    """The plan as JSON, whole or not at all, private to the user (tightrope.storage.files)."""
    text = json.dumps(plan.to_json(), indent=2, ensure_ascii=False) + "\n"
    return files.write_private(path, text)


# --- reading a plan ------------------------------------------------------------------------


def _inner(exc: JsonFileError) -> str:
    """Another file's fault inside a sentence about the plan: its own file, line and field
    when it names them, else its problem as a clause."""
    return str(exc) if exc.file else exc.problem


class _Checker(JsonChecker):
    error = StudyPlanError

    def plan(self, raw: Any) -> StudyPlan:
        self.no_duplicates()
        raw = self.fields(raw, (), REQUIRED, OPTIONAL, "a study plan")
        self.format_version(raw, FORMAT)
        name = self.string(raw, "task_list", ())
        try:
            task_list = tasks.load(name)
        except tasks.TaskFileError as exc:
            raise self.fail(("task_list",), f"cannot be used: {_inner(exc)}") from None
        persona = self.optional_string(raw, "persona", ()) or None
        if persona is not None:
            try:
                personas.resolve(persona)
            except personas.PersonaError as exc:
                raise self.fail(("persona",), f"cannot be used: {_inner(exc)}") from None
        seed = self.whole(raw, "seed", (), 0, MAX_SEED)
        if raw["condition_order"] != CONDITION_ORDER:
            raise self.fail(
                ("condition_order",),
                f"must be {json.dumps(CONDITION_ORDER)}, not "
                f"{json.dumps(raw['condition_order'])[:40]}",
            )
        if raw["task_order"] not in tasks.TASK_ORDERS:
            raise self.fail(
                ("task_order",),
                f"must be one of {', '.join(tasks.TASK_ORDERS)}, "
                f"not {json.dumps(raw['task_order'])[:40]}",
            )
        listed = self.list_of(raw, "participants", (), 1, MAX_PARTICIPANTS)
        ids = sorted(t.id for t in task_list.tasks)
        rows: list[PlanRow] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(listed):
            at: JsonPath = ("participants", i)
            item = self.fields(item, at, ROW_FIELDS, (), "a participant")
            code = self.string(item, "code", at)
            try:
                code = check_participant(code)
            except SessionError as exc:
                raise self.fail((*at, "code"), exc.problem) from None
            if code in seen:
                raise self.fail(
                    (*at, "code"), f"{code} is listed twice (also participants[{seen[code]}])"
                )
            seen[code] = i
            condition = item["condition"]
            if condition not in CONDITIONS:
                raise self.fail(
                    (*at, "condition"),
                    f"must be one of {', '.join(CONDITIONS)}, not {json.dumps(condition)[:40]}",
                )
            order = item["tasks"]
            if (
                not isinstance(order, list)
                or not all(isinstance(t, str) for t in order)
                or sorted(order) != ids
            ):
                listed_ids = ", ".join(t.id for t in task_list.tasks)
                raise self.fail(
                    (*at, "tasks"),
                    f"must name each task of {task_list.id} once "
                    f"({listed_ids}), not {json.dumps(order)[:60]}",
                )
            if raw["task_order"] == tasks.FIXED and order != [t.id for t in task_list.tasks]:
                raise self.fail(
                    (*at, "tasks"),
                    'must be in the task list\'s order: the plan says "task_order": "fixed"',
                )
            rows.append(PlanRow(i + 1, code, condition, tuple(order)))
        return StudyPlan(
            name, seed, raw["task_order"], tuple(rows), persona, raw["condition_order"], self.path
        )


def load_plan(path: str | Path) -> StudyPlan:
    """Read and check a plan; StudyPlanError names file, line and field of a fault."""
    path = Path(path)
    text = read_text(path, StudyPlanError, "study plan")
    raw = parse_json(text, path, StudyPlanError)  # before _Checker: it needs valid JSON
    return _Checker(path, text).plan(raw)
