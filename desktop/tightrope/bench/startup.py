"""``tightrope bench --startup``: whole-process start-up, paired with a bare Qt window.

Each pair runs two fresh processes back to back, in alternating order (so neither always
runs on a machine warmed by the other):

* **window**: a bare PySide6 program that shows a 1280x800 ``QMainWindow`` offscreen and
  grabs it, exactly as the app's screenshot path does (wait for the first paint, let it
  settle 50 ms, grab, write the PNG) against ``tightrope gui --screenshot`` on the shipped
  default data in a *fresh* data folder each run (a first start: the consent screen);
* **returning**: the same bare window against ``tightrope gui --screenshot`` on a data folder
  where the outdoor-enthusiast persona was loaded once (consent given, the home page's
  shelves and their reasons);
* **cli**: ``python -c "import sqlite3"`` against ``tightrope --version``.

Every child runs with bytecode caches allowed (as an installed app runs; a warm-up pair
writes them) and one shared user cache folder (the community index is built in the warm-up
pair and read after, as on any start but the very first). Medians and percentiles of the
wall-clock time of each process and of its CPU time (user + system, from ``wait4``: on a
machine other programs load, wall-clock times stretch with the load, CPU times much less),
and their ratios; nothing here asserts a limit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tightrope import paths

SIZE = (1280, 800)
SETTLE_MS = 50
PERSONA = "outdoor-enthusiast"  # the returning shopper's data (a home page full of reasons)  # tightrope.ui.app waits as long after the first paint before grabbing

# A bare PySide6 program, shown and grabbed the way tightrope.ui.app does it: run by its path
# (ui/bare_window.py), so it imports nothing of Tightrope's, only Qt.
BARE_WINDOW = Path(__file__).resolve().parent.parent / "ui" / "bare_window.py"


HERE = Path(__file__).resolve().parents[2]  # the folder holding this tree's package


def _env(cache_dir: Path, tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env[paths.ENV_CACHE_DIR] = str(cache_dir)
    # this tree's package (or another's, to compare), whatever is installed
    env["PYTHONPATH"] = os.pathsep.join([str(tree), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds: user + system) of one process, start to exit."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode(errors="replace").strip()
            raise RuntimeError(f"{' '.join(argv[:4])}... exited with {proc.returncode}: {message}")
    return elapsed, usage.ru_utime + usage.ru_stime


def percentile(samples: list[float], q: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(samples)
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": statistics.median(samples),
        "p10_s": percentile(samples, 0.10),
        "p90_s": percentile(samples, 0.90),
        "min_s": min(samples),
        "max_s": max(samples),
    }


def _pairs(
    name: str, base: list[str], app: list[str], env: dict[str, str], n: int, before_app=None
) -> dict[str, Any]:
    wall: dict[str, list[float]] = {"base": [], "app": []}
    cpu: dict[str, list[float]] = {"base": [], "app": []}
    for i in range(n + 1):  # pair 0 warms caches and is not counted
        order = ("base", "app") if i % 2 else ("app", "base")
        for which in order:
            if which == "app" and before_app is not None:
                before_app()
            elapsed, used = _timed(base if which == "base" else app, env)
            if i:
                wall[which].append(elapsed)
                cpu[which].append(used)

    def compare(samples: dict[str, list[float]]) -> dict[str, Any]:
        ratios = [a / b for a, b in zip(samples["app"], samples["base"], strict=True)]
        return {
            "baseline": summary(samples["base"]),
            "app": summary(samples["app"]),
            "ratio_of_medians": statistics.median(samples["app"])
            / statistics.median(samples["base"]),
            "pair_ratio": summary(ratios),
            "baseline_samples_s": samples["base"],
            "app_samples_s": samples["app"],
        }

    return {"what": name, "pairs": n, "wall": compare(wall), "cpu": compare(cpu)}


def measure(repeat: int, python: str = sys.executable, tree: Path = HERE) -> dict[str, Any]:
    """``repeat`` pairs of the window and of the command line (plus one warm-up pair each),
    running the package found in ``tree`` (this one's by default)."""
    work = Path(tempfile.mkdtemp(prefix="tightrope-startup-"))
    try:
        env = _env(work / "cache", tree)
        data = work / "data"

        def fresh_data_folder() -> None:
            shutil.rmtree(data, ignore_errors=True)

        shot = str(work / "shot.png")
        bare = [python, str(BARE_WINDOW), str(work / "bare.png"), str(SETTLE_MS), *map(str, SIZE)]

        def tightrope(folder: Path, *args: str) -> list[str]:
            return [python, "-m", "tightrope", "--data-dir", str(folder), *args]

        size = f"{SIZE[0]}x{SIZE[1]}"
        screenshot = ("gui", "--screenshot", shot, "--size", size)

        window = _pairs(
            "window", bare, tightrope(data, *screenshot), env, repeat, before_app=fresh_data_folder
        )
        # a returning shopper: consent given, a persona's data, the home page's shelves
        known = work / "returning"
        subprocess.run(
            tightrope(known, "persona", "load", PERSONA, "--yes"),
            env=env,
            check=True,
            capture_output=True,
        )
        returning = _pairs("returning", bare, tightrope(known, *screenshot), env, repeat)
        cli = _pairs(
            "cli",
            [python, "-c", "import sqlite3"],
            [python, "-m", "tightrope", "--version"],
            env,
            repeat,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "python": python,
        "tree": str(tree),
        "qpa": env["QT_QPA_PLATFORM"],
        "results": [window, returning, cli],
    }


LABELS = {
    "window": (
        "bare PySide6 window, shown and grabbed",
        "tightrope gui --screenshot, fresh data folder",
    ),
    "returning": (
        "bare PySide6 window, shown and grabbed",
        f"tightrope gui --screenshot, {PERSONA} persona",
    ),
    "cli": ('python -c "import sqlite3"', "tightrope --version"),
}


def report(result: dict[str, Any]) -> str:
    lines = [
        (
            f"Start-up, whole processes, interleaved pairs (QT_QPA_PLATFORM={result['qpa']}, "
            f"package from {result['tree']}); seconds"
        )
    ]
    width = max(len(label) for pair in LABELS.values() for label in pair)
    for r in result["results"]:
        base_label, app_label = LABELS[r["what"]]
        for clock, title in (("wall", "wall clock"), ("cpu", "CPU time (user + system)")):
            c = r[clock]
            lines.append("")
            lines.append(
                f"{title:{width + 2}} {'median':>8} {'p10':>8} {'p90':>8} {'min':>8} {'max':>8}"
            )
            for label, s in ((base_label, c["baseline"]), (app_label, c["app"])):
                lines.append(
                    f"  {label:{width}} {s['median_s']:8.3f} {s['p10_s']:8.3f} "
                    f"{s['p90_s']:8.3f} {s['min_s']:8.3f} {s['max_s']:8.3f}"
                )
            pr = c["pair_ratio"]
            lines.append(
                f"  {'ratio, pair by pair':{width}} {pr['median_s']:8.2f} {pr['p10_s']:8.2f} "
                f"{pr['p90_s']:8.2f} {pr['min_s']:8.2f} {pr['max_s']:8.2f}"
            )
            lines.append(
                f"  ratio of the medians: {c['ratio_of_medians']:.2f}x over {r['pairs']} pairs"
            )
    return "\n".join(lines)


def run_startup(args: argparse.Namespace) -> int:
    from tightrope.cli.common import print_json

    result = measure(max(1, args.repeat))
    if args.json:
        print_json(result)
    else:
        print(report(result))
    return 0


if __name__ == "__main__":  # python -m tightrope.bench.startup [--tree DIR] [--repeat N] [--json]
    parser = argparse.ArgumentParser(
        description="tightrope bench --startup, for any tree "
        "(e.g. an older commit's desktop/ folder, to compare)"
    )
    parser.add_argument(
        "--tree", type=Path, default=HERE, help="folder holding the tightrope package"
    )
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    outcome = measure(max(1, options.repeat), tree=options.tree.resolve())
    print(json.dumps(outcome, indent=2) if options.json else report(outcome))
