"""Fuzz every loader of a hand-edited file: catalog, persona, scenario, task list,
questionnaire and session log.

The promise: whatever bytes a file holds, loading either succeeds or raises the loader's own
error type (CatalogError, PersonaError, ScenarioError, TaskFileError, SessionError) with a
one-line message that names the file and, unless the problem is the whole file (not UTF-8,
nested too deeply, no events), the line or the field. Never another exception, never a
traceback for the user.

Three kinds of input per loader: random bytes, random JSON (with the format's own keys, so
it gets past the first checks), and structured mutations of the real shipped files (a field
dropped, retyped, garbled, made huge, nested thousands deep; duplicate keys; BOMs, UTF-16,
Latin-1, truncation). Session logs also get line-level mutations. A loaded session is then
used the way the report and CSV export use it, so "loads" means "usable".
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tightrope import paths
from tightrope.catalog import CatalogError, load_catalog
from tightrope.cli.main import main
from tightrope.workshop import personas, scenarios, session_csv, sessions, tasks
from tightrope.workshop.report import build_report, summary_json
from tightrope.workshop.report_html import render_html

SHIPPED = paths.shipped_data_dir()
# Per loader and input kind; the slowest (catalog: 17 files per load) gets fewer.
EXAMPLES = {
    "catalog": 60,
    "persona": 120,
    "scenario": 120,
    "task list": 100,
    "questionnaire": 120,
    "session log": 150,
}
FIGURES: Counter[str] = Counter()

# Problems about the file as a whole (encoding, top-level shape): no line or field to name.
WHOLE_FILE = (
    "not UTF-8",
    "holds no events",
    "no such",
    "cannot be read",
    "expected a list",
    "the catalog has no products",
    "file is at most",
    "file may be",
    "is a folder",
)


# --- mutations ---------------------------------------------------------------------------------

HUGE = "@@huge@@"
DEEP = "@@deep@@"
ODD_STRINGS = [
    "",
    " ",
    "\u00a0",
    "\x00",
    "\ud7ff\ue000",
    "\U0001f600" * 3,
    "a" * 5000,
    "-",
    "UPPER-Case",
    "line\nbreak",
    "\u202eevil",
    "../../etc/passwd",
    "null",
    "1e999",
    # half a UTF-16 pair: a \ud800 escape with ensure_ascii, not UTF-8 without
    "\ud800",
    "x\udfff",
]
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(ODD_STRINGS)
)


def json_values(keys: list[str]):
    key = st.sampled_from(keys) | st.text(max_size=12) if keys else st.text(max_size=12)
    return st.recursive(
        json_scalars,
        lambda c: st.lists(c, max_size=5) | st.dictionaries(key, c, max_size=8),
        max_leaves=25,
    )


def _paths(doc, at=()):
    yield at
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*at, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*at, i))


def _keys(doc) -> list[str]:
    return sorted({p[-1] for p in _paths(doc) if p and isinstance(p[-1], str)})


def _set(doc, at, value):
    if not at:
        return value
    parent = doc
    for part in at[:-1]:
        parent = parent[part]
    if value is _DROP:
        del parent[at[-1]]
    else:
        parent[at[-1]] = value
    return doc


_DROP = object()


@st.composite
def mutated_doc(draw, doc):
    """A deep copy of doc with one to three fields dropped, retyped, garbled or made extreme."""
    doc = json.loads(json.dumps(doc))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(_paths(doc))))
        op = draw(st.sampled_from(["drop", "retype", "garble", "extreme", "deep", "dup-list"]))
        current = doc
        for part in where:
            current = current[part]
        if op == "drop" and where:
            value = _DROP
        elif op == "retype":
            value = draw(json_values(_keys(doc)))
        elif op == "garble":
            base = current if isinstance(current, str) else json.dumps(current)
            cut = draw(st.integers(0, len(base)))
            value = (
                base[:cut] + draw(st.sampled_from(ODD_STRINGS) | st.text(max_size=4)) + base[cut:]
            )
        elif op == "extreme":
            value = draw(
                st.sampled_from(
                    [
                        HUGE,
                        2**63,
                        -(2**63) - 1,
                        -1,
                        0,
                        1e308,
                        -0.0,
                        float("inf"),
                        float("nan"),
                        10**30,
                        0.5,
                        10**4000,
                        30_000_000,
                    ]
                )
            )
        elif op == "deep":
            value = DEEP
        elif op == "dup-list" and isinstance(current, list) and current:
            value = current + current[:1] * draw(st.sampled_from([1, 250]))
        else:
            value = None
        doc = _set(doc, where, value)
    return doc


def to_text(draw, doc) -> str:
    text = json.dumps(
        doc, indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans())
    )
    text = text.replace(json.dumps(HUGE), "9" * draw(st.sampled_from([20, 400, 4301, 6000])))
    depth = draw(st.sampled_from([50, 900, 5000]))
    text = text.replace(json.dumps(DEEP), "[" * depth + "]" * depth)
    if draw(st.integers(0, 9)) == 0 and "{" in text:  # a duplicate key
        first = text.index("{") + 1
        text = text[:first] + '"id": "x", "id": "y",' + text[first:]
    return text


def encode(draw, text: str) -> bytes:
    how = draw(st.sampled_from(["utf-8"] * 6 + ["bom", "utf-16", "latin-1", "truncate", "nul"]))
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    if how == "latin-1":
        return (text + " caf\u00e9").encode("latin-1", "replace")
    data = text.encode("utf-8", "surrogatepass")
    if how == "truncate":
        return data[: draw(st.integers(0, max(0, len(data) - 1)))]
    if how == "nul":
        cut = draw(st.integers(0, len(data)))
        return data[:cut] + b"\x00" + data[cut:]
    return data


@st.composite
def file_bytes(draw, kind: str, samples: list[bytes]):
    """Bytes for one file: random bytes, random JSON, or a mutated real file."""
    docs = [json.loads(s) for s in samples]
    if kind == "bytes":
        return draw(
            st.binary(max_size=600) | st.sampled_from(samples).map(lambda s: s[: len(s) // 2])
        )
    if kind == "json":
        keys = sorted({k for d in docs for k in _keys(d)})
        return encode(draw, to_text(draw, draw(json_values(keys))))
    return encode(draw, to_text(draw, draw(mutated_doc(draw(st.sampled_from(docs))))))


@st.composite
def session_bytes(draw, kind: str, sample: bytes):
    if kind != "mutation":
        return draw(file_bytes(kind, [sample.split(b"\n")[0]]))
    lines = sample.decode().split("\n")[:-1]
    op = draw(st.sampled_from(["field", "field", "drop", "swap", "dup", "garbage", "cut", "blank"]))
    i = draw(st.integers(0, len(lines) - 1))
    if op == "field":
        lines[i] = to_text(draw, draw(mutated_doc(json.loads(lines[i])))).replace("\n", " ")
    elif op == "drop":
        del lines[i]
    elif op == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "dup":
        lines.insert(i, lines[i])
    elif op == "garbage":
        lines.insert(i, draw(st.text(max_size=40)).replace("\n", " "))
    elif op == "blank":
        lines.insert(i, "   ")
    text = "\n".join(lines) + "\n"
    if op == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    return encode(draw, text)


# --- the promise ----------------------------------------------------------------------------------


def assert_clear(exc: Exception, target: Path) -> None:
    msg = str(exc)
    assert target.name in msg, f"the message does not name the file: {msg!r}"
    assert "\n" not in msg and "Traceback" not in msg, msg
    if isinstance(exc, personas.JsonFileError):
        assert exc.file, msg
        if not any(p in exc.problem for p in WHOLE_FILE):
            assert exc.line is not None or exc.field, f"no line or field: {msg!r}"
    elif not any(p in msg for p in WHOLE_FILE):
        assert any(w in msg for w in (", line ", "field", "product #", "category #")), msg


def check(load, error: type[Exception], target: Path, data: bytes, name: str) -> None:
    target.write_bytes(data)
    FIGURES[name] += 1
    if re.search(rb"\\u[dD][89a-fA-F]", data):  # half a UTF-16 pair (issue #16)
        FIGURES["with a \\ud800-\\udfff escape"] += 1
    try:
        load(target)
    except error as exc:
        assert_clear(exc, target)
        FIGURES[name + " rejected"] += 1


FUZZ = settings(
    deadline=None,
    derandomize=False,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
KINDS = ["bytes", "json", "mutation"]


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    """A data-like folder: personas/, scenarios/, tasks/, questionnaires/ (shipped copies,
    so a task list finds its questionnaire next to it), sessions/ with one real log."""
    root = tmp_path_factory.mktemp("fuzz")
    for sub in ("personas", "scenarios", "tasks", "questionnaires"):
        shutil.copytree(SHIPPED / sub, root / sub)
    task_list = tasks.load("sample-study")
    t = iter(range(10_000))
    rec = sessions.SessionRecorder.start(
        root / "sessions",
        participant="P07",
        condition="opaque",
        persona="home-cook",
        task_list=task_list,
        monotonic=lambda: float(next(t)),
    )
    rec.log("navigate", page="home")
    rec.start_task(task_list.tasks[0].id)
    rec.log("panel_open", product="trail-tent-2p")
    rec.finish_task("done")
    rec.answer(task_list.tasks[0].id, {q.id: 4 for q in task_list.questionnaire.questions})
    rec.log("forget", count=2)
    rec.end()
    return root


def _samples(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("*.json"))]


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_persona(kind, study, catalog):
    target = study / "personas" / "expecting-parent.json"
    samples = _samples(SHIPPED / "personas")

    @settings(FUZZ, max_examples=EXAMPLES["persona"])
    @given(data=file_bytes(kind, samples))
    def run(data):
        check(
            lambda p: personas.load_persona_file(p, catalog),
            personas.PersonaError,
            target,
            data,
            "persona",
        )

    run()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_scenario(kind, study, catalog):
    target = study / "scenarios" / "take-back-control.json"
    samples = _samples(SHIPPED / "scenarios")

    @settings(FUZZ, max_examples=EXAMPLES["scenario"])
    @given(data=file_bytes(kind, samples))
    def run(data):
        check(
            lambda p: scenarios.load_scenario_file(p, catalog),
            scenarios.ScenarioError,
            target,
            data,
            "scenario",
        )

    run()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_task_list(kind, study):
    target = study / "tasks" / "sample-study.json"
    samples = _samples(SHIPPED / "tasks")

    @settings(FUZZ, max_examples=EXAMPLES["task list"])
    @given(data=file_bytes(kind, samples))
    def run(data):
        check(tasks.load_task_list_file, tasks.TaskFileError, target, data, "task list")

    run()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_questionnaire(kind, study):
    target = study / "questionnaires" / "post-task.json"
    samples = _samples(SHIPPED / "questionnaires")

    @settings(FUZZ, max_examples=EXAMPLES["questionnaire"])
    @given(data=file_bytes(kind, samples))
    def run(data):
        check(tasks.load_questionnaire_file, tasks.TaskFileError, target, data, "questionnaire")

    run()


def _use_session(path: Path) -> None:
    """Read a log and use it as `session export` and `report` do."""
    s = sessions.read_session(path)
    session_csv.export_csv(s).encode("utf-8")  # as written to a file
    report = build_report([path], include_partial=True)
    render_html(report).encode("utf-8")
    json.dumps(summary_json(report), ensure_ascii=False).encode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_session_log(kind, study):
    (sample_path,) = sorted((study / "sessions").glob("*.jsonl"))
    sample = sample_path.read_bytes()
    target = study / "fuzzed" / "P08-20261129-100000.jsonl"
    target.parent.mkdir(exist_ok=True)

    @settings(FUZZ, max_examples=EXAMPLES["session log"])
    @given(data=session_bytes(kind, sample))
    def run(data):
        check(_use_session, sessions.SessionError, target, data, "session log")

    run()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzz_catalog(kind, tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(SHIPPED / "catalog", folder)
    names = sorted(p.name for p in folder.glob("*.json"))
    originals = {n: (folder / n).read_bytes() for n in names}

    @settings(FUZZ, max_examples=EXAMPLES["catalog"])
    @given(
        name=st.sampled_from(["taxonomy.json", "outdoor.json", "pregnancy-baby.json", *names]),
        data=st.data(),
    )
    def run(name, data):
        target = folder / name
        blob = data.draw(file_bytes(kind, [originals[name]]))
        try:
            check(
                lambda _p: load_catalog(folder, paths.assets_dir()),
                CatalogError,
                target,
                blob,
                "catalog",
            )
        finally:
            target.write_bytes(originals[name])

    run()


def test_fuzz_figures_are_recorded():
    """Runs last in this module: the counts for docs/reliability.md (pytest -s)."""
    if FIGURES:
        print("\ninputs fuzzed per loader:", dict(sorted(FIGURES.items())))
    assert all(FIGURES[k + " rejected"] <= FIGURES[k] for k in EXAMPLES)


# --- the command line -------------------------------------------------------------------------

BAD_FILES = {
    "persona.json": b'{"format": 1, "id": "persona", "name": "A", ',
    "deep.json": b"[" * 5000 + b"]" * 5000,
    "huge.json": b'{"format": ' + b"9" * 5000 + b"}",
    "utf16.json": '{"format": 1}'.encode("utf-16"),
    "log.jsonl": b'{"seq": 1, "t": "2026-11-29T10:00:00+00:00", "elapsed": 0, "type": "nope"}\n',
    "deep.jsonl": b"[" * 5000 + b"]" * 5000 + b"\n",
    "surrogate.jsonl": b'{"seq": 1, "t": "2026-11-29T10:00:00+00:00", "elapsed": 0, '
    b'"type": "session_start", "participant": "P01", "condition": "opaque", '
    b'"persona": "\\ud800"}\n',
}


@pytest.mark.parametrize(
    ("name", "argv"),
    [
        ("persona.json", ["persona", "load", "{f}", "--yes"]),
        ("deep.json", ["persona", "load", "{f}", "--yes"]),
        ("huge.json", ["scenario", "show", "{f}"]),
        ("utf16.json", ["scenario", "show", "{f}"]),
        ("log.jsonl", ["session", "export", "{f}"]),
        ("deep.jsonl", ["session", "export", "{f}"]),
        ("huge.json", ["report", "{f}", "--json"]),
        ("surrogate.jsonl", ["session", "export", "{f}"]),
        ("surrogate.jsonl", ["report", "{f}"]),
    ],
)
def test_cli_names_the_bad_file_without_a_traceback(name, argv, tmp_path, capsys):
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    code = main([a.replace("{f}", str(bad)) for a in argv] + ["--data-dir", str(tmp_path / "d")])
    out = capsys.readouterr()
    assert code != 0
    assert name in out.err, out.err
    assert "Traceback" not in out.err + out.out
