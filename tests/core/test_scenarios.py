"""Scenarios and task lists: every shipped file loads; broken files name file, line, field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tightrope import cli, scenarios, tasks
from tightrope.scenarios import TARGETS, ScenarioError
from tightrope.tasks import TaskFileError

REPO = Path(__file__).resolve().parents[2]


def test_every_shipped_scenario_loads(catalog):
    found = scenarios.list_scenarios(catalog)
    assert len(found) >= 4
    titles = {s.title for s in found}
    assert {"Why am I seeing this?", "The store guessed too much", "Take back control",
            "Expiry and minimization"} <= titles
    for s in found:
        assert s.steps and all(step.say for step in s.steps)
        assert s.personas, f"{s.id} sets no scene"
        assert all(step.point_at in ("", *TARGETS) for step in s.steps)
    guessed = next(s for s in found if s.id == "the-store-guessed-too-much")
    assert "expecting-parent" in guessed.personas


def test_shipped_task_list_has_five_tasks_and_a_questionnaire():
    task_list = tasks.load("sample-study")
    assert len(task_list.tasks) == 5
    assert task_list.questionnaire.points == 7
    assert {"control", "trust", "creepiness"} <= {q.id for q in task_list.questionnaire.questions}


def _broken(tmp_path: Path, name: str, edit) -> Path:
    raw = json.loads((scenarios.shipped_dir() / f"{name}.json").read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (lambda r: r["steps"][2].update(point_at="nowhere"), "steps[2].point_at", "unknown target"),
        (lambda r: r["steps"][0]["actions"][0].update(persona="nobody"),
         "steps[0].actions[0].persona", "unknown persona"),
        (lambda r: r["steps"][2]["actions"][0].update(product="no-such-thing"),
         "steps[2].actions[0].product", "unknown product"),
        (lambda r: r["steps"][1].pop("say"), "steps[1].say", "missing"),
        (lambda r: r["steps"][0]["actions"].append({"do": "dance"}),
         "steps[0].actions[2].do", "unknown action"),
        (lambda r: r.update(minutes=0), "minutes", "whole number"),
    ],
)
def test_broken_scenario_names_file_line_and_field(tmp_path, catalog, edit, field, words):
    path = _broken(tmp_path, "why-am-i-seeing-this", edit)
    with pytest.raises(ScenarioError) as info:
        scenarios.load(path, catalog)
    err = info.value
    assert err.file and err.file.endswith("why-am-i-seeing-this.json")
    assert err.field == field
    assert words in err.problem
    lines = path.read_text(encoding="utf-8").splitlines()
    key = field.split(".")[-1].split("[")[0]
    if words != "missing":
        assert key in lines[err.line - 1], (err.line, lines[err.line - 1])
    assert str(err).startswith(f"{err.file}, line {err.line}, {field}: ")


def test_invalid_json_scenario_names_line(tmp_path, catalog):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": 1,\n  "id": "bad"\n  "title": "x"\n}\n', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"bad\.json, line 4: not valid JSON"):
        scenarios.load(path, catalog)


def test_broken_task_list_names_file_line_and_field(tmp_path):
    folder = tmp_path / "tasks"
    folder.mkdir()
    shutil.copytree(tasks.questionnaires_dir(), tmp_path / "questionnaires")
    raw = json.loads((tasks.tasks_dir() / "sample-study.json").read_text(encoding="utf-8"))
    raw["tasks"][3]["id"] = raw["tasks"][1]["id"]
    path = folder / "sample-study.json"
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    with pytest.raises(TaskFileError) as info:
        tasks.load(path)
    assert info.value.field == "tasks[3].id" and "used twice" in info.value.problem
    raw = json.loads((tmp_path / "questionnaires" / "post-task.json").read_text(encoding="utf-8"))
    raw["scale"]["points"] = 1
    (tmp_path / "questionnaires" / "post-task.json").write_text(json.dumps(raw, indent=2))
    with pytest.raises(TaskFileError) as info:
        tasks.load_questionnaire_file(tmp_path / "questionnaires" / "post-task.json")
    assert info.value.field == "scale.points"


def test_schema_lists_match_the_loader():
    schema = json.loads((REPO / "docs/schemas/scenario.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == set(scenarios.TOP_LEVEL_REQUIRED)
    assert set(schema["properties"]) == set(scenarios.TOP_LEVEL_REQUIRED + scenarios.TOP_LEVEL_OPTIONAL)
    step = schema["$defs"]["step"]
    assert set(step["properties"]["point_at"]["enum"]) == set(TARGETS)
    assert set(schema["$defs"]["action"]["properties"]["do"]["enum"]) == set(scenarios.ACTIONS)
    tschema = json.loads((REPO / "docs/schemas/tasks.schema.json").read_text(encoding="utf-8"))
    assert set(tschema["required"]) == set(tasks.TASKS_REQUIRED)


def test_docs_mention_every_scenario_and_target():
    text = (REPO / "docs/workshop.md").read_text(encoding="utf-8")
    for s in scenarios.list_scenarios():
        assert s.id in text
    for target in TARGETS:
        assert f"`{target}`" in text


def test_cli_scenario_list_and_show(capsys):
    assert cli.main(["scenario", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in listed][0] == "why-am-i-seeing-this"
    assert cli.main(["scenario", "show", "take-back-control"]) == 0
    out = capsys.readouterr().out
    assert "1/5" in out and "Say:" in out
    assert cli.main(["scenario", "show", "nope"]) == 1
    assert "There is no scenario 'nope'" in capsys.readouterr().err
