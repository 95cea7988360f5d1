"""Crash test (issue #7): a real writer process is killed with SIGKILL at random points.

After every kill the database must hold every acknowledged change, pass
``PRAGMA integrity_check`` and ``foreign_key_check``, and show no half-applied operation:
the one in flight when the process died is either wholly there or wholly absent (a forget
removes all its data points *and* writes its receipt, or neither; a consent change updates
the state *and* its history, or neither). The writer is tests/storage/crash_writer.py.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers import DESKTOP

WRITER = Path(__file__).with_name("crash_writer.py")
TRIALS = 28


@dataclass
class Model:
    """What the acknowledgements promise, carried across trials."""

    alive: dict[int, str | None] = field(default_factory=dict)  # datum id -> search text
    gone: set[int] = field(default_factory=set)
    forget_receipts: int = 0
    ratings: bool | None = None
    excluded: dict[int, bool] = field(default_factory=dict)
    acked: int = 0
    in_flight_committed: int = 0
    in_flight_rolled_back: int = 0
    hot_journals: int = 0


def _run_trial(folder: Path, seed: int, delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    )
    first = proc.stdout.readline().strip()
    if first != "READY":
        proc.kill()
        raise AssertionError(f"writer did not start: {first!r} {proc.stderr.read()[-2000:]}")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out = proc.stdout.read()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()[-2000:]
    return out.splitlines()


def _check(db_path: Path, lines: list[str], m: Model) -> None:
    if db_path.with_name(db_path.name + "-journal").exists():
        m.hot_journals += 1
    conn = sqlite3.connect(db_path)  # plays back a hot journal, as the app does on open
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = {i: t for i, t in conn.execute("SELECT id, text FROM datums")}
        excluded = {i: bool(x) for i, x in conn.execute("SELECT id, excluded FROM datums")}
        receipts = conn.execute("SELECT count(*) FROM receipts WHERE action = 'forget'").fetchone()[
            0
        ]
        state = json.loads(
            conn.execute("SELECT value FROM meta WHERE key = 'consent_state'").fetchone()[0]
        )
        last_ratings = conn.execute(
            "SELECT granted FROM consent_history WHERE category = 'ratings' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()

    pending: tuple[str, list[str]] | None = None
    for line in lines:
        word, op, *args = line.split()
        if word == "BEGIN":
            pending = (op, args)
            continue
        m.acked += 1
        pending = None
        if op in ("record", "cart"):
            m.alive[int(args[0])] = args[1] if op == "record" else None
        elif op == "forget":
            for i in map(int, args[0].split(",")):
                m.alive.pop(i, None)
                m.excluded.pop(i, None)
                m.gone.add(i)
            m.forget_receipts += 1
        elif op == "consent":
            m.ratings = args[0] == "1"
        elif op == "exclude":
            m.excluded[int(args[0])] = args[1] == "1"

    # the operation in flight at the kill: all or nothing, then fold it into the model
    committed = False
    if pending is not None:
        op, args = pending
        if op == "record":
            hits = [i for i, t in rows.items() if t == args[0]]
            assert len(hits) <= 1
            if hits:
                committed = True
                m.alive[hits[0]] = args[0]
        elif op == "cart":
            new = [i for i in rows if i not in m.alive and i not in m.gone]
            if new:
                committed = True
                for i in new:
                    m.alive[i] = None
        elif op == "forget":
            ids = list(map(int, args[0].split(",")))
            present = [i in rows for i in ids]
            assert all(present) or not any(present), f"a forget half applied: {ids} {present}"
            committed = not any(present)
            assert receipts == m.forget_receipts + int(committed), "forget and its receipt disagree"
            if committed:
                m.forget_receipts += 1
                for i in ids:
                    m.alive.pop(i, None)
                    m.excluded.pop(i, None)
                    m.gone.add(i)
        elif op == "consent":
            committed = state["ratings"] == (args[0] == "1")
            if committed:
                m.ratings = args[0] == "1"
        elif op == "exclude":
            committed = excluded.get(int(args[0])) == (args[1] == "1")
            if committed:
                m.excluded[int(args[0])] = args[1] == "1"
        m.in_flight_committed += committed
        m.in_flight_rolled_back += not committed

    # every acknowledged change survived
    missing = [i for i in m.alive if i not in rows]
    assert not missing, f"acknowledged data points lost: {missing[:5]}"
    assert all(rows[i] == t for i, t in m.alive.items() if t is not None)
    resurrected = [i for i in m.gone if i in rows]
    assert not resurrected, f"forgotten data points came back: {resurrected[:5]}"
    assert receipts == m.forget_receipts, "a forget without its receipt, or the reverse"
    assert set(rows) == set(m.alive), "a data point nobody acknowledged or began"
    for i, flag in m.excluded.items():
        assert excluded[i] == flag, f"exclusion of {i} lost"
    if m.ratings is not None:
        assert state["ratings"] is m.ratings
    # the consent state and its history were written together
    assert last_ratings is None or bool(last_ratings[0]) is state["ratings"]


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_acknowledged_change(tmp_path):
    folder = tmp_path / "data"
    rng = random.Random(int(os.environ.get("TIGHTROPE_CRASH_SEED", "7")))
    m = Model()
    started = time.monotonic()
    for trial in range(TRIALS):
        lines = _run_trial(folder, seed=trial, delay=rng.uniform(0.02, 0.35))
        _check(folder / "tightrope.db", lines, m)
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {TRIALS} SIGKILLs in {elapsed:.1f} s; {m.acked} acknowledged operations "
        f"all survived; operation in flight at the kill: {m.in_flight_committed} committed, "
        f"{m.in_flight_rolled_back} rolled back (never half); a hot journal was left "
        f"{m.hot_journals} times and played back; {len(m.alive)} data points alive, "
        f"{len(m.gone)} forgotten with {m.forget_receipts} receipts"
    )
    assert m.acked > TRIALS, "the writer barely ran: the kills did not land between operations"
