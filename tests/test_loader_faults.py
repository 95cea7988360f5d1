"""Faults the loader fuzzer found (tests/test_fuzz_loaders.py), kept as fast cases: each
used to escape as RecursionError, ValueError, TypeError, IndexError or a bare JSONDecodeError."""

import json
import shutil
from pathlib import Path

import pytest

from tightrope import paths
from tightrope.catalog import CatalogError, load_catalog
from tightrope.workshop import personas, scenarios, sessions, tasks

SHIPPED = paths.shipped_data_dir()
DEEP = "[" * 5000 + "]" * 5000
HUGE = '{"format": ' + "9" * 5000 + "}"


def _loaders(catalog, root):
    return {
        "persona": (
            root / "personas" / "newcomer.json",
            lambda p: personas.load_persona_file(p, catalog),
            personas.PersonaError,
        ),
        "scenario": (
            root / "scenarios" / "take-back-control.json",
            lambda p: scenarios.load_scenario_file(p, catalog),
            scenarios.ScenarioError,
        ),
        "task list": (
            root / "tasks" / "sample-study.json",
            tasks.load_task_list_file,
            tasks.TaskFileError,
        ),
        "questionnaire": (
            root / "questionnaires" / "post-task.json",
            tasks.load_questionnaire_file,
            tasks.TaskFileError,
        ),
        "session": (
            root / "P01-20261129-100000.jsonl",
            sessions.read_session,
            sessions.SessionError,
        ),
    }


@pytest.fixture
def root(tmp_path):
    for sub in ("personas", "scenarios", "tasks", "questionnaires"):
        shutil.copytree(SHIPPED / sub, tmp_path / sub)
    return tmp_path


@pytest.mark.parametrize("loader", ["persona", "scenario", "task list", "questionnaire", "session"])
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (DEEP, "nested more than 64 deep"),
        (HUGE, "a number with more than 4300 digits"),
        ('{"format": 1, "id": "x', "not valid JSON"),  # task files built their line index first
        ("\ufeff{}", "not valid JSON"),
    ],
)
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
    with pytest.raises(
        scenarios.ScenarioError, match=r"steps\[0\]\.actions\[0\]\.do: unknown action"
    ):
        scenarios.load_scenario_file(path, catalog)


START = {
    "seq": 1,
    "t": "2026-11-29T10:00:00+00:00",
    "elapsed": 0,
    "type": "session_start",
    "participant": "P01",
    "condition": "opaque",
}


@pytest.mark.parametrize(
    ("start", "event", "field"),
    [
        ({"tasks": [["t1", "Find a tent"]]}, {}, "tasks"),
        ({"questionnaire": {"points": 7, "questions": [1]}}, {}, "questionnaire"),
        ({"persona": {"id": "x"}}, {}, "persona"),
        ({}, {"type": ["navigate"]}, "type"),
        ({}, {"type": "task_start", "task": ["t1"]}, "task"),
    ],
)
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
    with pytest.raises(
        CatalogError,
        match=r" outdoor\.json: file not found; .*taxonomy\.json, category #1 \(field 'id': ' outdoor'\)",
    ):
        load_catalog(folder)


# --- issue #16, item 7: inputs that still crashed -------------------------------------------


def _surrogate(text: str) -> str:
    """The first string value of a JSON text with a lone \\ud800 escape in it."""
    at = text.index('": "') + 4
    return text[:at] + "\\ud800" + text[at:]


@pytest.mark.parametrize("loader", ["persona", "scenario", "task list", "questionnaire"])
def test_a_lone_surrogate_escape_is_a_clear_error(loader, catalog, root):
    path, load, error = _loaders(catalog, root)[loader]
    path.write_text(_surrogate(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(error, match=r"\\ud800 is half of a UTF-16 surrogate pair") as info:
        load(path)
    assert path.name in str(info.value) and info.value.line is not None


def test_a_surrogate_pair_is_a_character_not_an_error():
    from tightrope.storage import jsonfile

    assert jsonfile.loads('["\\ud83d\\ude00", "\\\\ud800"]') == ["\U0001f600", "\\ud800"]
    with pytest.raises(json.JSONDecodeError, match=r"\\udc00 is half"):
        jsonfile.loads('["ok", "\\udc00\\ud83d"]')


def _session(tmp_path, start=None, second=None):
    path = tmp_path / "P01-20261129-100000.jsonl"
    events = [{**START, **(start or {})}]
    if second:
        events.append(
            {"seq": 2, "t": "2026-11-29T10:00:01+00:00", "elapsed": 1, "type": "note", **second}
        )
    events.append(
        {
            "seq": len(events) + 1,
            "t": "2026-11-29T10:00:02+00:00",
            "elapsed": 2,
            "type": "session_end",
        }
    )
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    return path


QUESTIONNAIRE = {"points": 7, "questions": [{"id": "trust", "text": "I trust it"}]}


@pytest.mark.parametrize(
    ("start", "second", "field", "words"),
    [
        ({"persona": "x\ud800"}, None, None, "surrogate pair"),
        (
            {"questionnaire": {**QUESTIONNAIRE, "points": 30_000_000}},
            None,
            "questionnaire.points",
            "from 3 to 11, not 30000000",
        ),
        (
            {"questionnaire": QUESTIONNAIRE},
            {"type": "questionnaire", "answers": {"trust": 10**4000}},
            "answers.trust",
            "from 1 to 7, not 1000",
        ),
        (
            {"questionnaire": QUESTIONNAIRE},
            {"type": "questionnaire", "answers": {"trust": 0}},
            "answers.trust",
            "from 1 to 7, not 0",
        ),
        ({}, {"elapsed": float("inf")}, "elapsed", "not Infinity"),
    ],
)
def test_session_values_out_of_range_are_named(start, second, field, words, tmp_path):
    path = _session(tmp_path, start, second)
    with pytest.raises(sessions.SessionError, match=words) as info:
        sessions.read_session(path)
    assert info.value.field == field and path.name in str(info.value)


@pytest.mark.parametrize("loader", ["persona", "scenario", "task list", "questionnaire", "session"])
def test_a_file_larger_than_its_kind_may_be_is_refused_unread(loader, catalog, root, monkeypatch):
    from tightrope.storage import jsonfile

    path, load, error = _loaders(catalog, root)[loader]
    kind = "session log" if loader == "session" else loader
    with path.open("wb") as f:  # sparse: 3 MB (65 MB for a log) without writing them
        f.truncate(jsonfile.MAX_BYTES[kind] + 1024 * 1024)
    reads = []
    real = type(path).read_text
    monkeypatch.setattr(
        type(path), "read_text", lambda self, *a, **k: reads.append(self) or real(self, *a, **k)
    )
    with pytest.raises(error, match=rf"is \d+\.\d MB; an? {kind} file is at most") as info:
        load(path)
    assert path.name in str(info.value) and reads == []


def test_a_device_that_never_ends_is_read_no_further_than_the_limit(catalog):
    with pytest.raises(personas.PersonaError, match="is larger than a persona file may be"):
        personas.load_persona_file(Path("/dev/zero"), catalog)


def test_a_long_string_costs_no_more_memory_than_itself():
    """A 5 MB string took ~700 MB in the nesting check (a regular expression's backtracking)."""
    import tracemalloc

    from tightrope.storage import jsonfile

    text = json.dumps({"name": "a" * 5_000_000, "quoted": '\\"' * 50_000})
    tracemalloc.start()
    try:
        assert jsonfile.loads(text)["name"] == "a" * 5_000_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MB"


def test_cli_bad_files_leave_the_existing_output_whole(tmp_path, capsys):
    from tightrope.cli.main import main

    bad = _session(tmp_path, {"persona": "x\ud800"})
    good = tmp_path / "P02-20261129-100000.jsonl"
    good.write_text(bad.read_text().replace('"x\\ud800"', '"newcomer"').replace("P01", "P02"))
    for out in (tmp_path / "keep.csv", tmp_path / "keep.html"):
        out.write_text("keep me")
    assert main(["session", "export", str(bad), "--out", str(tmp_path / "keep.csv")]) == 1
    err = capsys.readouterr().err
    assert "surrogate pair" in err and "Traceback" not in err
    assert (tmp_path / "keep.csv").read_text() == "keep me"
    # no usable session: no report, one sentence saying why, the old file as it was
    assert main(["report", str(bad), "--out", str(tmp_path / "keep.html")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "surrogate pair" in err
    assert (tmp_path / "keep.html").read_text() == "keep me"
    # a failure while writing (the disk, a crash) leaves the old file as well
    from tightrope.storage import files

    def broken(temp):
        temp.write_bytes(b"half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        files.write_with(tmp_path / "keep.html", broken)
    assert (tmp_path / "keep.html").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "P01-20261129-100000.jsonl",
        "P02-20261129-100000.jsonl",
        "keep.csv",
        "keep.html",
    ]
    assert main(["report", str(good), "--out", str(tmp_path / "keep.html")]) == 0
    assert "<html" in (tmp_path / "keep.html").read_text()


@pytest.mark.parametrize(
    "command",
    [
        ["persona", "load", "{dir}/personas/newcomer.json", "--yes"],
        ["scenario", "show", "{dir}/scenarios/take-back-control.json"],
    ],
)
def test_cli_a_surrogate_is_one_sentence(command, root, tmp_path, capsys):
    from tightrope.cli.main import main

    target = Path(command[2].format(dir=root))
    target.write_text(_surrogate(target.read_text(encoding="utf-8")), encoding="utf-8")
    argv = [c.format(dir=root) for c in command] + ["--data-dir", str(tmp_path / "data")]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert target.name in err and "surrogate pair" in err and "Traceback" not in err


def test_a_name_too_long_for_the_system_is_a_missing_file(root, catalog, tmp_path):
    """The fuzzer's find: a 5,000-character questionnaire id made Path.is_file raise
    OSError (ENAMETOOLONG) instead of 'there is no questionnaire'."""
    path = root / "tasks" / "sample-study.json"
    doc = json.loads(path.read_text())
    doc["questionnaire"] = "a" * 5000
    path.write_text(json.dumps(doc))
    with pytest.raises(tasks.TaskFileError, match="there is no questionnaire"):
        tasks.load_task_list_file(path)
    with pytest.raises(personas.PersonaError, match="[Tt]here is no persona"):
        personas.load("b" * 5000, catalog)
