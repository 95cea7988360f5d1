"""The erase verification's scanner: reads every file in the data folder as bytes and counts
the deleted content ("needles") still in it. It runs in a process of its own, so what it
reads comes from the disk, not from anything the app holds in memory.

How that process is started (:func:`command`) depends on how Tightrope runs: from a Python
installation it is ``python -m tightrope.privacy.scan``; in a standalone bundle there is no
Python interpreter to name (``sys.executable`` is the app itself), so the app is started
again with :data:`FLAG` as its first argument, which ``tightrope.cli.main.main`` hands here
before anything else is imported. The needles arrive on standard input and the counts leave
on standard output as JSON: nothing is written to any file.

Kept free of the rest of the package (only the standard library) so the scan starts quickly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FLAG = "--internal-scan-data-folder"


def command(root: Path | str) -> list[str]:
    """The command line that scans ``root`` in a new process."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the app runs itself
        return [sys.executable, FLAG, str(root)]
    return [sys.executable, "-m", "tightrope.privacy.scan", str(root)]


def _values(
    doc: Any, key: str, ids: set[int], products: set[str], found: set[tuple[str, Any]]
) -> None:
    # a deleted row id under an id field ("id", "datum_id", "deleted_ids", ...) or a deleted
    # product id anywhere
    if isinstance(doc, dict):
        for k, v in doc.items():
            _values(v, k, ids, products, found)
    elif isinstance(doc, list):
        for v in doc:
            _values(v, key, ids, products, found)
    elif isinstance(doc, str):
        if doc in products:
            found.add(("product", doc))
    elif isinstance(doc, int) and not isinstance(doc, bool):
        if doc in ids and (key == "id" or key.endswith(("_id", "_ids"))):
            found.add(("id", doc))


def _in_json(path: Path, data: bytes, ids: set[int], products: set[str]) -> int:
    if path.suffix not in (".json", ".jsonl") or not (ids or products):
        return 0
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return 0
    try:
        docs = [json.loads(text)]
    except ValueError:
        docs = []
        for line in text.splitlines():
            try:
                docs.append(json.loads(line))
            except ValueError:
                continue
    found: set[tuple[str, Any]] = set()
    for doc in docs:
        _values(doc, "", ids, products, found)
    return len(found)


def scan(root: Path, spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Per file under ``root``: its name, size and how many needles it holds (never which)."""
    needles = [bytes.fromhex(h) for h in spec["strings"]]
    ids, products = set(spec["ids"]), set(spec["product_ids"])
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            out.append(
                {
                    "file": str(p.relative_to(root)),
                    "bytes": len(data),
                    "found": sum(1 for n in needles if n in data)
                    + _in_json(p, data, ids, products),
                }
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``[root]``: needles as JSON on standard input, counts as JSON on standard output."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m tightrope.privacy.scan FOLDER < needles.json", file=sys.stderr)
        return 2
    print(json.dumps(scan(Path(args[0]), json.loads(sys.stdin.read()))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
