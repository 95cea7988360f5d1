"""Study plans (issue #17 item 8): counterbalanced conditions and task orders, the same plan
from the same seed, a file checked like the others, and `tightrope study plan`."""

from __future__ import annotations

import itertools
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers import REPO, FakeTime, run_cli
from tightrope import paths
from tightrope.workshop import session_summary, sessions, study_plan, tasks
from tightrope.workshop.study_plan import StudyPlanError, load_plan, make_plan, williams


@pytest.fixture(scope="module")
def sample():
    return tasks.load("sample-study")


def fixed_list(tmp_path) -> tasks.TaskList:
    """The sample study, saying its tasks build on each other."""
    folder = tmp_path / "lists" / "tasks"
    folder.mkdir(parents=True)
    raw = json.loads((paths.shipped_data_dir() / "tasks" / "sample-study.json").read_text())
    raw["id"] = "in-order"
    raw["task_order"] = "fixed"
    (folder / "in-order.json").write_text(json.dumps(raw), encoding="utf-8")
    return tasks.load(folder / "in-order.json")


# --- the design ------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [2, 3, 4, 5, 6])
def test_williams_square_balances_positions_and_what_follows_what(n):
    rows = williams(n)
    assert len(rows) == (n if n % 2 == 0 else 2 * n)
    assert all(sorted(r) == list(range(n)) for r in rows)
    per_position = Counter((i, v) for r in rows for i, v in enumerate(r))
    assert len(set(per_position.values())) == 1 and len(per_position) == n * n
    follows = Counter((a, b) for r in rows for a, b in itertools.pairwise(r))
    assert len(follows) == n * (n - 1) and len(set(follows.values())) == 1


@pytest.mark.parametrize("n", [1, 4, 5, 12, 13])
def test_conditions_are_balanced_and_alternate_in_pairs(sample, n):
    plan = make_plan(sample, n, seed=11)
    counts = Counter(r.condition for r in plan.rows)
    assert abs(counts["transparent"] - counts["opaque"]) <= 1
    assert [r.code for r in plan.rows] == [f"P{i:02d}" for i in range(1, n + 1)]
    a = plan.rows[0].condition
    b = "opaque" if a == "transparent" else "transparent"
    assert [r.condition for r in plan.rows] == [(a, b, b, a)[i % 4] for i in range(n)]  # ABBA


def test_task_orders_follow_a_balanced_latin_square_the_same_in_both_conditions(sample):
    plan = make_plan(sample, 20, seed=5)
    assert plan.task_order == "counterbalanced" and plan.orders() == 10
    for condition in sessions.CONDITIONS:
        orders = [r.tasks for r in plan.rows if r.condition == condition]
        assert len(set(orders)) == 10  # each order once per condition
        positions = Counter((i, t) for o in orders for i, t in enumerate(o))
        assert set(positions.values()) == {2}  # every task twice in every position
    # a pair shares its order, one participant in each condition
    for first, second in zip(plan.rows[::2], plan.rows[1::2], strict=True):
        assert first.tasks == second.tasks and first.condition != second.condition
    assert "fully balanced" not in plan.design()
    assert "with a multiple of 10 participants" in make_plan(sample, 12, seed=5).design()


def test_a_fixed_task_list_keeps_its_order(tmp_path):
    listed = fixed_list(tmp_path)
    plan = make_plan(listed, 6, seed=1)
    assert {r.tasks for r in plan.rows} == {tuple(t.id for t in listed.tasks)}
    assert plan.design().endswith("does the tasks of in-order in its order.")


def test_the_same_seed_gives_the_same_plan_and_another_seed_another(sample):
    one, two = make_plan(sample, 12, seed=42), make_plan(sample, 12, seed=42)
    assert one.to_json() == two.to_json()
    others = {json.dumps(make_plan(sample, 12, seed=s).to_json()["participants"]) for s in range(8)}
    assert len(others) > 1
    assert make_plan(sample, 4).seed is not None  # a random seed is drawn and written down


def test_the_plan_proposes_the_next_participant_and_checks_choices(sample):
    plan = make_plan(sample, 4, seed=3, persona="outdoor-enthusiast")
    assert plan.next_row(set()).code == "P01"
    assert plan.next_row({"P01", "p02"}).code == "P03"
    assert plan.next_row({"P01", "P02", "P03", "P04"}) is None
    row = plan.row("p03")
    followed = plan.check("P03", row.condition, "outdoor-enthusiast", "sample-study")
    assert followed.followed and followed.to_json(plan.seed) == {
        "seed": 3,
        "row": 3,
        "deviations": [],
    }
    other = "opaque" if row.condition == "transparent" else "transparent"
    off = plan.check("P03", other, "home-cook", "sample-study")
    assert off.deviations == ("condition", "persona")
    assert off.to_json(3)["planned"] == {
        "condition": row.condition,
        "persona": "outdoor-enthusiast",
    }
    outside = plan.check("P09", other, "outdoor-enthusiast", "sample-study")
    assert outside.row is None and outside.to_json(3) == {
        "seed": 3,
        "row": None,
        "deviations": ["participant"],
    }


def test_a_session_logs_the_plan_it_followed(sample, tmp_path):
    plan = make_plan(sample, 2, seed=9)
    row = plan.rows[1]
    clock = FakeTime()
    rec = sessions.SessionRecorder.start(
        tmp_path,
        participant=row.code,
        condition=row.condition,
        persona="newcomer",
        task_list=sample.ordered(row.tasks),
        now=clock.now,
        monotonic=clock.mono,
        plan=plan.check(row.code, row.condition, "newcomer", "sample-study").to_json(plan.seed),
    )
    clock.t = 3
    rec.start_task(row.tasks[0])
    clock.t = 10
    assert rec.task_elapsed() == 7 and rec.elapsed() == 10
    rec.end()
    start = sessions.read_session(rec.path).start
    assert start["plan"] == {"seed": 9, "row": 2, "deviations": []}
    assert [t["id"] for t in start["tasks"]] == list(row.tasks)
    assert sessions.used_codes(tmp_path) == {row.code}


# --- the file ----------------------------------------------------------------------------------
def test_a_written_plan_reads_back_the_same(sample, tmp_path):
    plan = make_plan(sample, 12, seed=8, persona="outdoor-enthusiast")
    path = study_plan.write_plan(plan, tmp_path / "plan.json")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = load_plan(path)
    assert again.to_json() == plan.to_json() and again.source == path


def test_the_schema_says_what_the_loader_checks():
    schema = json.loads((REPO / "docs/schemas/study-plan.schema.json").read_text(encoding="utf-8"))
    assert tuple(schema["required"]) == study_plan.REQUIRED
    assert set(schema["properties"]) == {*study_plan.REQUIRED, *study_plan.OPTIONAL}
    row = schema["$defs"]["participant"]
    assert tuple(row["required"]) == study_plan.ROW_FIELDS
    assert row["properties"]["condition"]["enum"] == list(sessions.CONDITIONS)
    assert schema["properties"]["task_order"]["enum"] == list(tasks.TASK_ORDERS)
    assert row["properties"]["code"]["pattern"] == sessions.PARTICIPANT_PATTERN.pattern


def _broken(sample, tmp_path, change) -> Path:
    raw = make_plan(sample, 4, seed=2).to_json()
    change(raw)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return path


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(raw):
        target = raw
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "line", "field", "words"),
    [
        (_set("format", 2), 2, "format", "must be 1, not 2"),
        (
            _set("task_list", "no-such-list"),
            3,
            "task_list",
            "cannot be used: there is no task list",
        ),
        (_set("persona", "nobody"), 53, "persona", "cannot be used: there is no persona 'nobody'"),
        (_set("seed", -1), 4, "seed", "whole number from 0 to"),
        (_set("condition_order", "AB"), 5, "condition_order", 'must be "ABBA"'),
        (_set("participants", 1, "code", "Anna"), 20, "participants[1].code", "never a name"),
        (_set("participants", 1, "code", "P01"), 20, "participants[1].code", "P01 is listed twice"),
        (
            _set("participants", 2, "condition", "clear"),
            32,
            "participants[2].condition",
            'must be one of transparent, opaque, not "clear"',
        ),
        (
            _set("participants", 3, "tasks", ["find-a-reason"]),
            44,
            "participants[3].tasks",
            "must name each task of sample-study once",
        ),
        (_set("participants", 0, "age", 31), 18, "participants[0].age", "unknown field 'age'"),
        (lambda raw: raw.pop("seed"), 1, "seed", "field 'seed' is missing"),
    ],
)
def test_a_broken_plan_is_one_sentence_naming_file_line_and_field(
    sample, tmp_path, change, line, field, words
):
    path = _broken(sample, tmp_path, change)
    with pytest.raises(StudyPlanError) as info:
        load_plan(path)
    err = info.value
    assert (err.file.endswith("plan.json"), err.line, err.field) == (True, line, field), str(err)
    assert words in str(err) and str(err).count("\n") == 0


def test_a_fixed_plan_refuses_another_order(tmp_path):
    listed = fixed_list(tmp_path)
    raw = make_plan(listed, 2, seed=1, task_list_name=str(listed.source)).to_json()
    raw["participants"][1]["tasks"].reverse()
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(
        StudyPlanError, match=r"participants\[1\]\.tasks: must be in the task list's order"
    ):
        load_plan(path)


def test_a_task_list_names_a_wrong_task_order(tmp_path):
    folder = tmp_path / "tasks"
    shutil.copytree(paths.shipped_data_dir() / "tasks", folder)
    path = folder / "sample-study.json"
    path.write_text(path.read_text().replace('"counterbalanced"', '"random"'), encoding="utf-8")
    with pytest.raises(
        tasks.TaskFileError,
        match=r"line 8, task_order: must be one of fixed, "
        r"counterbalanced, not \"random\"",
    ):
        tasks.load(path)


# --- the command ---------------------------------------------------------------------------------
def test_study_plan_command_writes_into_the_data_folder_and_keeps_an_existing_plan(
    tmp_path, capsys
):
    data = tmp_path / "data"
    argv = [
        "study",
        "plan",
        "--participants",
        "12",
        "--tasks",
        "sample-study",
        "--seed",
        "4",
        "--data-dir",
        str(data),
    ]
    assert run_cli(argv) == 0
    out, err = capsys.readouterr()
    plan = load_plan(data / study_plan.DEFAULT_NAME)
    assert plan.seed == 4 and len(plan.rows) == 12
    assert out.splitlines()[0].split()[:2] == ["P01", plan.rows[0].condition]
    assert "6 transparent and 6 opaque" in err and "balanced Latin square" in err
    before = (data / study_plan.DEFAULT_NAME).read_bytes()
    assert run_cli([*argv[:-4], "--seed", "5", "--data-dir", str(data)]) == 1
    assert "exists" in capsys.readouterr().err
    assert (data / study_plan.DEFAULT_NAME).read_bytes() == before  # nothing changed
    assert run_cli([*argv, "--force", "--out", str(tmp_path / "p.json"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["seed"] == 4


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (
            ["--participants", "0", "--tasks", "sample-study"],
            "--participants must be from 1 to 500",
        ),
        (["--participants", "4", "--tasks", "nope"], "There is no task list 'nope'"),
        (
            ["--participants", "4", "--tasks", "sample-study", "--persona", "nobody"],
            "There is no persona 'nobody'",
        ),
        (["--participants", "4", "--tasks", "sample-study", "--seed", "-3"], "--seed must be"),
    ],
)
def test_study_plan_command_refuses_in_one_sentence(tmp_path, capsys, extra, words):
    assert run_cli(["study", "plan", *extra, "--out", str(tmp_path / "p.json")]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not (tmp_path / "p.json").exists()


def test_the_next_participant_comes_from_the_plan_else_from_the_last_choices(sample):
    from tightrope.workshop.study_plan import propose

    plan = make_plan(sample, 4, seed=3)
    last = {"condition": "opaque", "persona": "home-cook", "task_list": "other"}
    p = propose(plan, {"P01"}, last, "P07")
    assert (p.participant, p.condition, p.persona, p.task_list, p.row) == (
        "P02",
        plan.rows[1].condition,
        "home-cook",
        "sample-study",
        plan.rows[1],
    )
    done = propose(plan, {r.code for r in plan.rows}, last, "P05")  # everyone has a session
    assert (done.participant, done.condition, done.row) == ("P05", "opaque", None)
    assert propose(None, set(), last, "P01") == study_plan.Proposal(
        "P01", "opaque", "home-cook", "other"
    )
    assert propose(None, set(), {}, "P01").condition is None


def test_a_session_summary_counts_what_its_log_says(tmp_path):
    clock = FakeTime()
    rec = sessions.SessionRecorder.start(
        tmp_path,
        participant="P04",
        condition="opaque",
        persona="newcomer",
        task_list=tasks.load("sample-study"),
        now=clock.now,
        monotonic=clock.mono,
    )
    for task, outcome, answers in (
        ("find-a-reason", "done", {"control": 5, "ease": 6}),
        ("what-it-knows", "give_up", None),
    ):
        rec.start_task(task)
        clock.t += 30
        rec.finish_task(outcome)
        if answers:
            rec.answer(task, answers)
    rec.log("note", text="Looked for a why button")
    rec.start_task("remove-one-thing")
    clock.t += 12
    rec.end()  # the running task ends given up
    s = session_summary.summarise(sessions.read_session(rec.path))
    assert (
        s.participant,
        s.condition,
        s.tasks,
        s.done,
        s.gave_up,
        s.unfinished,
        s.not_started,
    ) == ("P04", "opaque", 5, 1, 2, 0, 2)
    assert (s.criterion_checked, s.criterion_met, s.questionnaires, s.answers, s.notes) == (
        3,
        0,
        1,
        2,
        1,
    )
    assert s.seconds == 72 and s.path == rec.path
