"""Helpers the tests share, in one place: the test clock's time, the repository's folders,
running the command line, scanning files, a checkout's ids, a product and a recommendation
made up for a widget, and synthetic study sessions. Qt-free (the core tests import it); the
helpers that need Qt are in tests/ui/helpers.py."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from tightrope.catalog import Product
from tightrope.clock import FixedClock
from tightrope.engine.explain import Contribution, Recommendation
from tightrope.operations import record as record_ops
from tightrope.workshop import tasks
from tightrope.workshop.sessions import SessionRecorder

REPO = Path(__file__).resolve().parents[1]
DESKTOP = REPO / "desktop"
TOOLS = REPO / "tools"
ARTIFACTS = REPO / "tests" / "artifacts"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def run_cli(argv: list[str]) -> int:
    """``tightrope ARGV`` on the test clock (NOW): data written through the fixtures is dated
    on it, and a command on the wall clock would sweep it as expired some day."""
    from tightrope.cli.main import main

    return main(argv, clock=FixedClock(NOW))


def files_containing(folder: Path, needle: bytes) -> list[str]:
    """Scan every file under folder for needle, from a separate process (see deletion.md:
    reading a database file in a process that holds SQLite connections drops its locks)."""
    code = (
        "import sys, pathlib\n"
        "root, needle = pathlib.Path(sys.argv[1]), bytes.fromhex(sys.argv[2])\n"
        "for p in sorted(root.rglob('*')):\n"
        "    if p.is_file() and needle in p.read_bytes():\n"
        "        print(p)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder), needle.hex()],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()


def checkout(store: Any, where: str = "checkout") -> tuple[str, list[int]]:
    """(order reference, purchase data point ids): what the old Store.checkout returned."""
    changes = record_ops.checkout(store, where=where)
    return changes.result, [d.id for d in changes.added]


def load_builder():
    """The ``catalog_build`` package (tools/ is not installed), imported once from tools/."""
    if "catalog_build" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "catalog_build",
            TOOLS / "catalog_build" / "__init__.py",
            submodule_search_locations=[str(TOOLS / "catalog_build")],
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["catalog_build"] = module
        spec.loader.exec_module(module)
    import catalog_build

    return catalog_build


def make_product(**kw) -> Product:
    values = {
        "id": "p1",
        "name": "Trail Tent 2P",
        "brand": "Fjellby",
        "category": "outdoor",
        "price": 249.0,
        "description": "A tent.",
        "tags": ("tent",),
        "rating": 4.5,
        "rating_count": 1200,
        "consumable": False,
        "added": date(2026, 1, 1),
        "image": "products/does-not-exist.svg",
    }
    values.update(kw)
    return Product(**values)


def make_rec(product: Product) -> Recommendation:
    part = Contribution("popular", None, "Popular", 1.0, 1.0)
    return Recommendation(product.id, product.name, 1, 1.0, (part,), "Popular right now")


# --- study sessions ---------------------------------------------------------------------


class FakeTime:
    def __init__(self):
        self.t = 0.0

    def now(self):
        return datetime(2026, 11, 29, 10, 0, tzinfo=UTC) + timedelta(seconds=self.t)

    def mono(self):
        return self.t


def synthetic(folder, code, condition, plan, answers, controls):
    """plan: [(task_id, seconds, outcome)]; answers: {task: {q: v}}; controls: [event type]."""
    clock = FakeTime()
    rec = SessionRecorder.start(
        folder,
        participant=code,
        condition=condition,
        persona="home-cook",
        task_list=tasks.load("sample-study"),
        now=clock.now,
        monotonic=clock.mono,
    )
    for task, seconds, outcome in plan:
        clock.t += 1
        rec.start_task(task)
        for kind in controls:
            rec.log(kind) if kind != "your_data" else rec.log("navigate", page="your-data")
        clock.t += seconds
        if outcome:
            rec.finish_task(outcome)
            if task in answers:
                rec.answer(task, answers[task])
    rec.end()
    return rec.path


def three_sessions(tmp_path):
    a = synthetic(
        tmp_path,
        "P01",
        "transparent",
        [("find-a-reason", 30, "done"), ("what-it-knows", 60, "done")],
        {"find-a-reason": {"control": 6, "trust": 5}, "what-it-knows": {"control": 4}},
        ["panel_open", "forget"],
    )
    b = synthetic(
        tmp_path,
        "P02",
        "transparent",
        [("find-a-reason", 50, "done"), ("what-it-knows", 90, "give_up")],
        {"find-a-reason": {"control": 7, "trust": 3}},
        ["panel_open"],
    )
    c = synthetic(
        tmp_path,
        "P03",
        "opaque",
        [("find-a-reason", 120, "give_up"), ("what-it-knows", 45, None)],
        {"find-a-reason": {"control": 2, "trust": 4}},
        ["your_data"],
    )
    return [a, b, c]


def long_labels(tmp_path):
    """Sessions whose questionnaire has long statements, and one word longer than a line."""
    paths = three_sessions(tmp_path)
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        start = json.loads(lines[0])
        for q in start["questionnaire"]["questions"]:
            q["text"] = q["text"] * 3
        start["questionnaire"]["questions"][0]["text"] = "Supercalifragilistic" * 6
        lines[0] = json.dumps(start)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths
