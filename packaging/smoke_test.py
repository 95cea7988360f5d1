"""Smoke-test a built bundle as a facilitator's machine would run it: from a folder outside the
clone, with no virtual environment (nor any Python) on PATH, on a fresh data folder.

    python packaging/smoke_test.py BUNDLE_FOLDER [--reference TIGHTROPE_COMMAND]

Checks ``--version``, ``catalog --json``, an offscreen ``gui --screenshot`` (compared pixel by
pixel with the reference installation's screenshot when ``--reference`` names the
pip-installed ``tightrope``), and ``persona load`` followed by ``erase --all --yes`` whose
verification must come back clean. Exits non-zero with the failing step named.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PYTHON_FREE_PATH = os.pathsep.join(
    p
    for p in (
        ["C:\\Windows\\System32", "C:\\Windows"]
        if sys.platform == "win32"
        else ["/usr/bin", "/bin"]
    )
)


def launchers(bundle: Path) -> tuple[Path, Path]:
    """(command line, window) launchers inside ``bundle`` for this system."""
    exe = ".exe" if sys.platform == "win32" else ""
    cli = "tightrope" if sys.platform.startswith("linux") else "tightrope-cli"
    return bundle / f"{cli}{exe}", bundle / f"Tightrope{exe}"


def run(command: list[str], home: Path, data: Path, step: str) -> str:
    env = {
        "PATH": PYTHON_FREE_PATH,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "TIGHTROPE_DATA_DIR": str(data),
    }
    if sys.platform == "win32":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "C:\\Windows")
    result = subprocess.run(
        command, cwd=home, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if result.returncode != 0:
        raise SystemExit(
            f"smoke test failed at {step}: exit {result.returncode}\n{result.stderr[-2000:]}"
        )
    print(f"ok  {step}")
    return result.stdout


def same_picture(a: Path, b: Path) -> float:
    """Share of pixels that differ (0.0 = identical)."""
    from PySide6.QtGui import QImage

    one, two = QImage(str(a)), QImage(str(b))
    if one.size() != two.size():
        return 1.0
    one = one.convertToFormat(QImage.Format.Format_RGB32)
    two = two.convertToFormat(QImage.Format.Format_RGB32)
    if one == two:
        return 0.0
    w, h = one.width(), one.height()
    differ = sum(one.pixel(x, y) != two.pixel(x, y) for y in range(0, h, 2) for x in range(0, w, 2))
    return differ / ((w + 1) // 2 * ((h + 1) // 2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--reference", help="the pip-installed tightrope command, to compare with")
    parser.add_argument("--keep", type=Path, help="copy the bundle's screenshots into this folder")
    args = parser.parse_args()
    cli, window = launchers(args.bundle.resolve())
    with tempfile.TemporaryDirectory(prefix="tightrope-smoke-") as tmp:
        home = Path(tmp)
        out = run([str(cli), "--version"], home, home / "data-version", "--version")
        if not out.startswith("tightrope "):
            raise SystemExit(f"smoke test failed at --version: printed {out!r}")
        products = json.loads(
            run([str(cli), "catalog", "--json"], home, home / "data-catalog", "catalog --json")
        )
        if not products:
            raise SystemExit("smoke test failed at catalog --json: no products")
        for screen, persona in (("first-run", None), ("shop", "outdoor-enthusiast")):
            shot, ref = home / f"bundle-{screen}.png", home / f"installed-{screen}.png"
            data, ref_data = home / f"data-{screen}", home / f"data-{screen}-ref"
            if persona:  # the shop with its pictures (Qt's SVG plugin must be in the bundle)
                run(
                    [str(cli), "persona", "load", persona, "--yes"],
                    home,
                    data,
                    f"persona load ({screen})",
                )
            run(
                [str(window), "gui", "--screenshot", str(shot), "--size", "1280x800"],
                home,
                data,
                f"gui --screenshot {screen} (window launcher)",
            )
            if not args.reference:
                continue
            if persona:
                run(
                    [args.reference, "persona", "load", persona, "--yes"],
                    home,
                    ref_data,
                    f"persona load ({screen}, pip-installed app)",
                )
            run(
                [args.reference, "gui", "--screenshot", str(ref), "--size", "1280x800"],
                home,
                ref_data,
                f"gui --screenshot {screen} (pip-installed app)",
            )
            differ = same_picture(shot, ref)
            if differ > 0.001:
                raise SystemExit(
                    f"smoke test failed: the bundle's {screen} window differs from the "
                    f"installed app's in {differ:.1%} of its pixels ({shot}, {ref})"
                )
            print(
                f"ok  {screen} screenshot equals the pip-installed app's ({differ:.3%} of pixels differ)"
            )
            if args.keep:
                shutil.copy(shot, args.keep / shot.name)
        data = home / "data-erase"
        run(
            [str(cli), "persona", "load", "outdoor-enthusiast", "--yes"], home, data, "persona load"
        )
        erased = json.loads(
            run([str(cli), "erase", "--all", "--yes", "--json"], home, data, "erase --all")
        )
        check = erased["verification"]
        if not check["clean"]:
            raise SystemExit(f"smoke test failed: erase verification: {check['summary']}")
        print(f"ok  erase verified: {check['summary']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
