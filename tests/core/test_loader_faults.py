"""Faults the loader fuzzer found (tests/core/test_fuzz_loaders.py), kept as fast cases: each
used to escape as RecursionError, ValueError, TypeError, IndexError or a bare JSONDecodeError."""

import json
import shutil

import pytest
from tightrope import paths, personas, scenarios, sessions, tasks
from tightrope.catalog import CatalogError, load_catalog

SHIPPED = paths.shipped_data_dir()
DEEP = "[" * 5000 + "]" * 5000
HUGE = '{"format": ' + "9" * 5000 + "}"


def _loaders(catalog, root):
    return {
        "persona": (root / "personas" / "newcomer.json",
                    lambda p: personas.load_persona_file(p, catalog), personas.PersonaError),
        "scenario": (root / "scenarios" / "take-back-control.json",
                     lambda p: scenarios.load_scenario_file(p, catalog), scenarios.ScenarioError),
        "task list": (root / "tasks" / "sample-study.json", tasks.load_task_list_file,
                      tasks.TaskFileError),
        "questionnaire": (root / "questionnaires" / "post-task.json",
                          tasks.load_questionnaire_file, tasks.TaskFileError),
        "session": (root / "P01-20261129-100000.jsonl", sessions.read_session,
                    sessions.SessionError),
    }


@pytest.fixture
def root(tmp_path):
    for sub in ("personas", "scenarios", "tasks", "questionnaires"):
        shutil.copytree(SHIPPED / sub, tmp_path / sub)
    return tmp_path


@pytest.mark.parametrize("loader", ["persona", "scenario", "task list", "questionnaire", "session"])
@pytest.mark.parametrize(("text", "problem"), [
    (DEEP, "nested more than 64 deep"),
    (HUGE, "a number with more than 4300 digits"),
    ('{"format": 1, "id": "x', "not valid JSON"),  # task files built their line index first
    ("\ufeff{}", "not valid JSON"),
])
def test_bad_json_is_a_clear_error(loader, text, problem, catalog, root):
    path, load, error = _loaders(catalog, root)[loader]
    path.write_text(text, encoding="utf-8")
    with pytest.raises(error) as info:
        load(path)
    assert problem in str(info.value) and path.name in str(info.value)
    assert info.value.line is not None


def test_catalog_bad_json_is_a_clear_error(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(SHIPPED / "catalog", folder)
    for text in (DEEP, "[" + "9" * 5000 + "]"):
        (folder / "books.json").write_text(text, encoding="utf-8")
        with pytest.raises(CatalogError, match=r"books\.json, line 1: not valid JSON"):
            load_catalog(folder)


def test_a_list_where_an_id_belongs_is_named(catalog, root):
    path = root / "personas" / "home-cook.json"
    doc = json.loads(path.read_text())
    doc["data"][0]["kind"] = ["view"]
    path.write_text(json.dumps(doc, indent=2))
    with pytest.raises(personas.PersonaError, match=r"data\[0\]\.kind: unknown kind \[\"view\"\]"):
        personas.load_persona_file(path, catalog)
    path = root / "scenarios" / "take-back-control.json"
    doc = json.loads(path.read_text())
    doc["steps"][0]["actions"] = [{"do": ["load_persona"]}]
    path.write_text(json.dumps(doc, indent=2))
    with pytest.raises(scenarios.ScenarioError, match=r"steps\[0\]\.actions\[0\]\.do: unknown action"):
        scenarios.load_scenario_file(path, catalog)


START = {"seq": 1, "t": "2026-11-29T10:00:00+00:00", "elapsed": 0, "type": "session_start",
         "participant": "P01", "condition": "opaque"}


@pytest.mark.parametrize(("start", "event", "field"), [
    ({"tasks": [["t1", "Find a tent"]]}, {}, "tasks"),
    ({"questionnaire": {"points": 7, "questions": [1]}}, {}, "questionnaire"),
    ({"persona": {"id": "x"}}, {}, "persona"),
    ({}, {"type": ["navigate"]}, "type"),
    ({}, {"type": "task_start", "task": ["t1"]}, "task"),
])
def test_session_fields_the_report_reads_are_checked(start, event, field, tmp_path):
    path = tmp_path / "P01-20261129-100000.jsonl"
    second = {"seq": 2, "t": "2026-11-29T10:00:01+00:00", "elapsed": 1, "type": "note", **event}
    path.write_text(json.dumps({**START, **start}) + "\n" + json.dumps(second) + "\n")
    with pytest.raises(sessions.SessionError) as info:
        sessions.read_session(path)
    assert info.value.field == field and path.name in str(info.value)


def test_a_taxonomy_id_without_its_file_blames_the_taxonomy(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(SHIPPED / "catalog", folder)
    taxonomy = folder / "taxonomy.json"
    taxonomy.write_text(taxonomy.read_text().replace('"id": "outdoor"', '"id": " outdoor"', 1))
    with pytest.raises(CatalogError, match=r" outdoor\.json: file not found; .*taxonomy\.json, category #1 \(field 'id': ' outdoor'\)"):
        load_catalog(folder)
