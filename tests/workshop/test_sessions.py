"""Session logs: durable appends, pseudonymous codes, crash tolerance, CSV export."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from tests.helpers import REPO, FakeTime
from tightrope.cli import main as cli
from tightrope.workshop import session_csv, sessions, tasks
from tightrope.workshop.sessions import SessionError, SessionRecorder, read_session


def record(folder, code="P01", condition="transparent", steps=()):
    clock = FakeTime()
    rec = SessionRecorder.start(
        folder,
        participant=code,
        condition=condition,
        persona="outdoor-enthusiast",
        task_list=tasks.load("sample-study"),
        now=clock.now,
        monotonic=clock.mono,
    )
    for seconds, call in steps:
        clock.t += seconds
        call(rec)
    return rec


@pytest.mark.parametrize("code", ["Alice", "alice smith", "", "P", "12", "P07 Anna"])
def test_participant_code_refuses_names(code, tmp_path):
    with pytest.raises(SessionError, match="never a name"):
        record(tmp_path, code=code)


def test_every_event_is_on_disk_before_log_returns(tmp_path, monkeypatch):
    synced = []
    real = os.fsync
    monkeypatch.setattr(sessions.os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    rec = record(tmp_path)
    rec.log("navigate", page="home")
    assert len(synced) == 2  # session_start and navigate
    lines = rec.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["session_start", "navigate"]
    assert oct(rec.path.stat().st_mode & 0o777) == "0o600"


def test_a_crash_loses_at_most_the_last_event(tmp_path):
    rec = record(
        tmp_path,
        steps=[
            (1, lambda r: r.start_task("find-a-reason")),
            (30, lambda r: r.log("panel_open", panel="why")),
        ],
    )
    rec.abandon()
    with rec.path.open("a", encoding="utf-8") as f:
        f.write('{"seq": 4, "t": "2026-11-29T10:0')  # the write the crash interrupted
    session = read_session(rec.path)
    assert [e["type"] for e in session.events] == ["session_start", "task_start", "panel_open"]
    assert not session.ended
    assert "cut short" in session.warnings[0]
    assert session.outcomes()[0].outcome == "unfinished"


def test_task_times_and_answers(tmp_path):
    rec = record(
        tmp_path,
        steps=[
            (5, lambda r: r.start_task("find-a-reason")),
            (40, lambda r: r.finish_task("done")),
            (3, lambda r: r.answer("find-a-reason", {"control": 5, "trust": 4})),
            (2, lambda r: r.start_task("what-it-knows")),
            (70, lambda r: r.finish_task("give_up")),
        ],
    )
    rec.end()
    s = read_session(rec.path)
    assert s.ended and s.participant == "P01"
    assert [(o.task, o.outcome, o.seconds) for o in s.outcomes()] == [
        ("find-a-reason", "done", 40.0),
        ("what-it-knows", "give_up", 70.0),
    ]
    assert s.answers() == [("find-a-reason", {"control": 5, "trust": 4})]


def test_csv_export(tmp_path, capsys):
    rec = record(
        tmp_path,
        steps=[
            (1, lambda r: r.start_task("find-a-reason")),
            (2, lambda r: r.log("navigate", page="your-data")),
        ],
    )
    rec.end()
    rows = list(csv.DictReader(io.StringIO(session_csv.export_csv(read_session(rec.path)))))
    assert [r["type"] for r in rows] == [
        "session_start",
        "task_start",
        "navigate",
        "task_give_up",
        "session_end",
    ]
    assert rows[2]["task"] == "find-a-reason" and rows[2]["page"] == "your-data"
    assert rows[0]["recording_consent"] == "true" and rows[0]["task_list"] == "sample-study"
    assert {r["participant"] for r in rows} == {"P01"}
    out = tmp_path / "s.csv"
    assert cli.main(["session", "export", str(rec.path), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(",".join(session_csv.CSV_COLUMNS))


def test_csv_export_has_no_json_in_its_cells(tmp_path):
    """One row per event, one column per field (nested ones as a.b, lists as words)."""
    rec = record(
        tmp_path,
        steps=[
            (1, lambda r: r.start_task("find-a-reason")),
            (2, lambda r: r.log("forget", counts={"views": 2}, data_points=["datum:a", "datum:b"])),
            (1, lambda r: r.log("consent_change", consent={"given": ["browsing"], "on": True})),
            (1, lambda r: r.log("condition", condition="opaque")),
            (5, lambda r: r.finish_task("done")),
            (3, lambda r: r.answer("find-a-reason", {"control": 6, "trust": 5})),
        ],
    )
    rec.end()
    s = read_session(rec.path)
    rows = list(csv.reader(io.StringIO(session_csv.export_csv(s))))
    header = rows[0]
    assert all(len(row) == len(header) for row in rows) and len(rows) == len(s.events) + 1
    assert len(set(header)) == len(header)
    assert not any(cell.lstrip().startswith(("{", "[")) for row in rows for cell in row)
    by_type = {row[header.index("type")]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_type["questionnaire"]["answers.control"] == "6"
    assert by_type["forget"]["counts.views"] == "2"
    assert by_type["forget"]["data_points"] == "datum:a datum:b"
    assert by_type["consent_change"]["consent.on"] == "true"
    # a field named like a column keeps its own
    assert by_type["condition"]["event.condition"] == "opaque"
    assert by_type["condition"]["condition"] == "transparent"


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        ("", None, None, "no events"),
        (
            '{"seq": 1, "t": "2026-11-29T10:00:00+00:00", "elapsed": 0, "type": "navigate"}\n',
            1,
            "type",
            "first event must be session_start",
        ),
        ("not json\n{}\n", 1, None, "not valid JSON"),
        ('{"seq": 1, "t": "x", "elapsed": 0, "type": "session_start"}\n', 1, "t", "not a time"),
    ],
)
def test_broken_session_files_name_file_line_and_field(tmp_path, text, line, field, words):
    path = tmp_path / "P09-broken.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionError) as info:
        read_session(path)
    assert info.value.file.endswith("P09-broken.jsonl")
    assert info.value.line == line and info.value.field == field
    assert words in str(info.value)


def test_event_types_are_documented():

    doc = (REPO / "docs/user-study.md").read_text(encoding="utf-8")
    schema = json.loads((REPO / "docs/schemas/session-event.schema.json").read_text())
    assert set(schema["properties"]["type"]["enum"]) == set(sessions.EVENT_TYPES)
    for kind in sessions.EVENT_TYPES:
        assert f"`{kind}`" in doc


def test_whoever_holds_the_logs_and_the_data_folder_cannot_test_a_guess(services, tmp_path):
    """The attack of issue #16: with the key in the database, a guess of a forgotten search
    matched its token and data point tokens were mapped back to row ids by trying
    1..100,000. Each session's key now lives in the recorder's memory only."""
    import hashlib
    import hmac

    from tests.helpers import files_containing

    root = services.data_dir.root
    rec = record(sessions.sessions_dir(root))
    search = rec.tokens.token("search", "zq secret words")
    assert search == rec.tokens.token("search", "ZQ Secret Words")  # the same search again
    datum = rec.tokens.token("datum", 4242)
    rec.log("navigate", page="search", search=search)
    rec.log("data_recorded", data_points=[datum])
    key = rec.tokens._key
    other = record(sessions.sessions_dir(root), code="P02")
    assert other.tokens.token("search", "zq secret words") != search  # a key per session
    rec.tokens.rotate()  # after a deletion: the forgotten search typed again looks new
    assert rec.tokens.token("search", "zq secret words") != search
    rec.end()
    other.end()
    from tightrope.privacy import partners

    partners.pseudonymous_id(services.store)  # the folder holds a key: the partner's
    services.close()
    assert not rec.tokens.live
    with pytest.raises(ValueError, match="ended"):
        rec.tokens.token("search", "zq secret words")

    assert files_containing(root, key) == [] and files_containing(root, key.hex().encode()) == []
    # every key-sized secret the folder holds (the partner key, say) tried as the study key
    import sqlite3

    conn = sqlite3.connect(services.data_dir.database)
    candidates = [
        bytes.fromhex(v)
        for (v,) in conn.execute("SELECT value FROM meta")
        if len(v) == 64 and all(c in "0123456789abcdef" for c in v)
    ]
    conn.close()
    assert candidates  # the attack below is tried, not skipped
    for candidate in candidates:

        def guess(kind, value, k=candidate):
            text = f"tightrope-study:{kind}:{value}".encode()
            return f"{kind}:{hmac.new(k, text, hashlib.sha256).hexdigest()[:12]}"

        assert guess("search", "zq secret words") != search
        assert datum not in {guess("datum", i) for i in range(1, 100_001)}


def test_an_old_stored_study_key_is_dropped_when_the_database_opens(tmp_path, catalog):
    import sqlite_utils

    from tightrope.storage.store import Store, migrations

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m007_drop_the_stored_study_key")
    db.execute("INSERT INTO meta (key, value) VALUES ('study_key', ?)", ["ab" * 32])
    db.conn.commit()
    db.close()
    store = Store.open(path, catalog)
    try:
        assert store.get_meta("study_key") is None
    finally:
        store.close()
    assert ("ab" * 32).encode() not in path.read_bytes()
