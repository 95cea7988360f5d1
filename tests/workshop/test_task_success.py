"""Task success by criterion: task lists name what the app checks, the recorder checks it at
each task's end (``criterion_met``), and the report shows it beside "Done"."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.helpers import REPO, FakeTime
from tightrope.workshop import report, report_html, sessions, tasks
from tightrope.workshop.task_success import CRITERIA, Criterion, Success


def record(folder, code, condition, steps):
    """A session over the sample study; ``steps`` are calls on the recorder."""
    clock = FakeTime()
    rec = sessions.SessionRecorder.start(
        folder,
        participant=code,
        condition=condition,
        persona="outdoor-enthusiast",
        task_list=tasks.load("sample-study"),
        now=clock.now,
        monotonic=clock.mono,
    )
    for step in steps:
        clock.t += 5
        step(rec)
    return rec


def forget(kind, action="forget", scope="data point"):
    return lambda r: r.log("forget", action=action, scope=scope, counts={kind: 1}, total=1)


def task(task_id, *steps, outcome="done"):
    return [lambda r: r.start_task(task_id), *steps, lambda r: r.finish_task(outcome)]


def ends(rec):
    return {
        e["task"]: e.get("criterion_met")
        for e in sessions.read_session(rec.path).events
        if e["type"] in ("task_done", "task_give_up")
    }


# --- the sample study -------------------------------------------------------------------
def test_every_shipped_task_has_a_criterion_the_app_checks():
    listed = tasks.load("sample-study")
    assert all(t.criterion.checkable and t.success for t in listed.tasks)
    assert listed.task("find-a-reason").criterion.criteria == (
        Criterion("why_opened", "recommended"),
    )


def test_schema_names_every_criterion_and_its_values():
    schema = json.loads((REPO / "docs/schemas/tasks.schema.json").read_text(encoding="utf-8"))
    alternatives = schema["$defs"]["criterion"]["oneOf"]
    assert [a["required"][0] for a in alternatives] == list(CRITERIA)
    for a in alternatives:
        kind = a["required"][0]
        values = CRITERIA[kind][0]
        assert a["properties"][kind] == (
            {"const": True} if values is True else {"enum": list(values)}
        )
    doc = (REPO / "docs/user-study.md").read_text(encoding="utf-8")
    for kind in CRITERIA:
        assert f"`{kind}`" in doc, kind


# --- checked at each task's end -----------------------------------------------------------
def test_done_without_doing_it_is_not_success_by_criterion(tmp_path):
    rec = record(
        tmp_path,
        "P01",
        "transparent",
        [
            *task("find-a-reason", lambda r: r.log("navigate", page="home")),  # clicked Done only
            *task("what-it-knows", lambda r: r.log("navigate", page="your-data")),
            *task("remove-one-thing", forget("search", action="erase", scope="everything")),
            *task("change-a-topic", lambda r: r.log("consent_change", blocked="topic:abc")),
            *task("buy-something", lambda r: r.log("cart", data_points=[])),  # a removal
        ],
    )
    rec.end()
    assert ends(rec) == {
        "find-a-reason": False,
        "what-it-knows": True,
        "remove-one-thing": False,  # Erase everything is not "remove one thing"
        "change-a-topic": True,
        "buy-something": False,
    }


def test_criteria_are_met_by_the_events_of_their_own_task_only(tmp_path):
    rec = record(
        tmp_path,
        "P02",
        "transparent",
        [
            lambda r: r.log("panel_open", panel="why", product="product:x", recommended=True),
            *task("find-a-reason"),  # the why panel was before the task started
            *task("what-it-knows", lambda r: r.log("export", file_type="csv"), outcome="give_up"),
            *task("remove-one-thing", forget("view")),
            lambda r: r.start_task("change-a-topic"),
            lambda r: r.log("consent_change", consent={"given": [], "withdrawn": ["searches"]}),
        ],
    )
    rec.end()  # the running task ends as given up, with its criterion checked too
    assert ends(rec) == {
        "find-a-reason": False,
        "what-it-knows": True,
        "remove-one-thing": True,
        "change-a-topic": True,
    }
    outcomes = {o.task: o for o in sessions.read_session(rec.path).outcomes()}
    assert (
        outcomes["what-it-knows"].outcome == "give_up" and outcomes["what-it-knows"].criterion_met
    )


@pytest.mark.parametrize(
    ("criterion", "event", "met"),
    [
        (
            Criterion("forgotten", "search"),
            {"type": "forget", "action": "forget", "counts": {"search": 2}},
            True,
        ),
        (
            Criterion("forgotten", "search"),
            {"type": "forget", "action": "forget", "counts": {"view": 2}},
            False,
        ),
        (
            Criterion("forgotten", "any"),
            {"type": "forget", "action": "expire", "counts": {"view": 2}},
            False,
        ),
        (Criterion("excluded", True), {"type": "exclude", "data_points": ["datum:1"]}, True),
        (
            Criterion("why_opened", "not-recommended"),
            {"type": "panel_open", "panel": "why", "recommended": True},
            False,
        ),
        (
            Criterion("why_opened", "any"),
            {"type": "panel_open", "panel": "why", "recommended": False},
            True,
        ),
        (
            Criterion("topic_forgotten", True),
            {"type": "forget", "scope": "topic", "total": 4},
            True,
        ),
        (
            Criterion("topic_forgotten", True),
            {"type": "forget", "scope": "product", "total": 4},
            False,
        ),
        (
            Criterion("consent_withdrawn", "sensitive"),
            {"type": "consent_change", "consent": {"withdrawn": ["topic:9f"]}},
            True,
        ),
        (
            Criterion("consent_withdrawn", "browsing"),
            {"type": "consent_change", "consent": {"withdrawn": ["searches"]}},
            False,
        ),
        (Criterion("opened", "privacy"), {"type": "navigate", "page": "privacy"}, True),
        (Criterion("opened", "interests"), {"type": "privacy_tab", "tab": "interests"}, True),
        (Criterion("opened", "interests"), {"type": "privacy_tab", "tab": "consent"}, False),
        (Criterion("added_to_cart", True), {"type": "cart", "data_points": ["datum:1"]}, True),
    ],
)
def test_each_criterion_reads_its_event(criterion, event, met):
    assert Success((criterion,)).met([event]) is met


def test_a_task_without_a_criterion_logs_none(tmp_path):
    folder = tmp_path / "tasks"
    folder.mkdir()
    shutil.copytree(tasks.questionnaires_dir(), tmp_path / "questionnaires")
    raw = json.loads((tasks.tasks_dir() / "sample-study.json").read_text(encoding="utf-8"))
    raw["tasks"][0]["success"] = "Said in words, for the facilitator"  # as lists were written
    del raw["tasks"][1]["success"]
    path = folder / "sample-study.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    listed = tasks.load(path)
    assert listed.tasks[0].success == "Said in words, for the facilitator"
    assert not listed.tasks[0].criterion.checkable
    rec = sessions.SessionRecorder.start(
        tmp_path,
        participant="P03",
        condition="opaque",
        persona="outdoor-enthusiast",
        task_list=listed,
    )
    rec.start_task("find-a-reason")
    rec.finish_task("done")
    rec.end()
    assert ends(rec) == {"find-a-reason": None}
    start = sessions.read_session(rec.path).start
    assert "criterion" not in start["tasks"][0] and "criterion" in start["tasks"][2]


def test_a_log_whose_criterion_met_is_not_true_or_false_is_refused(tmp_path):
    rec = record(tmp_path, "P04", "transparent", task("find-a-reason"))
    rec.end()
    lines = rec.path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if '"task_done"' in line)
    lines[n] = lines[n].replace('"criterion_met": false', '"criterion_met": "no"')
    rec.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(sessions.SessionError) as info:
        sessions.read_session(rec.path)
    assert info.value.line == n + 1 and info.value.field == "criterion_met"


# --- in the report ------------------------------------------------------------------------
def test_the_report_shows_success_by_criterion_beside_done_per_task_and_condition(tmp_path):
    why = lambda r: r.log("panel_open", panel="why", product="product:x", recommended=True)
    logs = []
    for code, condition, steps in (
        ("P01", "transparent", task("find-a-reason", why)),
        ("P03", "transparent", task("find-a-reason")),  # Done, without looking
        ("P02", "opaque", task("find-a-reason")),
        ("P04", "opaque", task("find-a-reason", outcome="give_up")),
    ):
        rec = record(tmp_path, code, condition, steps)
        rec.end()
        logs.append(rec.path)
    r = report.build_report(logs)
    assert r.task("find-a-reason", "transparent").done == 2
    html = report_html.render_html(r)
    assert re.search(r"<th[^>]*>Met criterion</th>", html)
    rows = [row for row in html.split("<tr>") if row.startswith("<td>Find out why</td>")]
    transparent, opaque = rows
    # the report's table shows the condition's short name; the cell beside "Success"
    assert (
        "<td>Transparent</td>" in transparent and "<td class=num>1 of 2 (50 %)</td>" in transparent
    )
    assert "<td>Opaque</td>" in opaque and "<td class=num>0 of 2 (0 %)</td>" in opaque
    numbers = {(t["task"], t["condition"]): t for t in report.summary_json(r)["tasks"]}
    assert numbers[("find-a-reason", "transparent")]["criterion_met"] == 1
    assert numbers[("find-a-reason", "opaque")]["criterion_rate"] == 0.0
    assert numbers[("what-it-knows", "opaque")]["criterion_checked"] == 0


# --- loading: one sentence naming file, line and field --------------------------------------
@pytest.mark.parametrize(
    ("success", "field", "words"),
    [
        ({"forgotten": "searches"}, "tasks[2].success.forgotten", "must be one of view, search"),
        ({"opened": "settings"}, "tasks[2].success.opened", "must be one of your-data, privacy"),
        ({"exported": "yes"}, "tasks[2].success.exported", 'must be true, not "yes"'),
        ({"why": "recommended"}, "tasks[2].success.why", "unknown criterion 'why'"),
        ({"forgotten": "search", "exported": True}, "tasks[2].success", "not 2 of them"),
        ({"description": "words only"}, "tasks[2].success", "not 0 of them"),
        (
            {"forgotten": "search", "description": ""},
            "tasks[2].success.description",
            "non-empty string",
        ),
        ({"any_of": []}, "tasks[2].success.any_of", "has 0 entries"),
        ({"any_of": ["forgotten"]}, "tasks[2].success.any_of[0]", "must be one criterion"),
        (
            {"any_of": [{"topic_blocked": False}]},
            "tasks[2].success.any_of[0].topic_blocked",
            "must be true, not false",
        ),
        (42, "tasks[2].success", "must be a sentence or a criterion"),
        ("", "tasks[2].success", "non-empty sentence"),
    ],
)
def test_a_bad_criterion_names_file_line_and_field(tmp_path, success, field, words):
    folder = tmp_path / "tasks"
    folder.mkdir()
    shutil.copytree(tasks.questionnaires_dir(), tmp_path / "questionnaires")
    raw = json.loads((tasks.tasks_dir() / "sample-study.json").read_text(encoding="utf-8"))
    raw["tasks"][2]["success"] = success
    path = folder / "sample-study.json"
    text = json.dumps(raw, indent=2)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(tasks.TaskFileError) as info:
        tasks.load(path)
    error = info.value
    assert error.file.endswith("sample-study.json") and error.field == field
    assert words in error.problem and "\n" not in str(error)
    # the line is the task's success (or a line inside it), not the file's first line
    lines = text.splitlines()
    first = (
        next(
            i
            for i, line in enumerate(lines)
            if '"success"' in line
            and i > next(j for j, x in enumerate(lines) if '"remove-one-thing"' in x)
        )
        + 1
    )
    assert first <= error.line <= first + 8
