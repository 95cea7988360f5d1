"""A study session's log as CSV: one row per event, the fixed columns first, then one column
per field the log's events carry (flattened). Written private, whole or not at all."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO, Any

from tightrope.storage import files
from tightrope.workshop.sessions import Session

CSV_COLUMNS = ("seq", "time", "elapsed_s", "participant", "condition", "persona", "task", "type")
_FIXED = {"seq", "t", "elapsed", "type", "task"}
_START_ONLY = {"tasks", "questionnaire", "participant", "condition", "persona"}


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """An event's fields as plain cells: a nested object's fields as ``outer.inner``, a list
    of plain values as its items separated by spaces (the tokens, switches and page names
    a log holds contain none), true/false, numbers as written. No JSON in a cell."""
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, inner in value.items():
            out.update(flatten(inner, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return {prefix: " ".join(_cell(v) for v in value)}
        out = {}
        for i, inner in enumerate(value):
            out.update(flatten(inner, f"{prefix}.{i}"))
        return out
    return {prefix: _cell(value)}


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def export_csv(session: Session, out: IO[str] | None = None) -> str:
    """The session as CSV, one row per event: CSV_COLUMNS, then one column per field the
    log's events carry (flattened, see :func:`flatten`; empty where an event has not got
    it). Returns the text (and writes it to out)."""
    rows: list[tuple[dict[str, Any], dict[str, str]]] = []
    fields: dict[str, None] = {}
    for e in session.events:
        details = {k: v for k, v in e.items() if k not in _FIXED}
        if e["type"] == "session_start":  # the task list and questionnaire are no events
            details = {k: v for k, v in details.items() if k not in _START_ONLY}
        # a field named like a fixed column ("condition" of a condition change) keeps its own
        flat = {f"event.{k}" if k in CSV_COLUMNS else k: v for k, v in flatten(details).items()}
        fields.update(dict.fromkeys(flat))
        rows.append((e, flat))
    columns = sorted(fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *columns])
    for e, flat in rows:
        writer.writerow(
            [
                e["seq"],
                e["t"],
                e["elapsed"],
                session.participant,
                session.condition,
                session.persona,
                e.get("task", ""),
                e["type"],
                *[flat.get(c, "") for c in columns],
            ]
        )
    text = buffer.getvalue()
    if out is not None:
        out.write(text)
    return text


def write_csv(session: Session, path: Path) -> Path:
    """The session as a CSV file, private (0600), whole or not at all (tightrope.storage.files)."""
    return files.write_private(path, export_csv(session))
