"""Build the standalone bundle and its archive: ``python packaging/build.py [--dist DIR]``.

Runs PyInstaller on packaging/tightrope.spec, puts the Linux desktop entry and icon at the top
of the folder, and writes ``Tightrope-<version>-<os>-<arch>.{tar.gz,zip}`` with a SHA-256
checksum file beside it. Prints the bundle folder's path last.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    sys.path.insert(0, str(ROOT / "desktop"))
    from tightrope import __version__

    return __version__


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "tightrope.spec"),
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
    )
    bundle = dist / "Tightrope"
    if sys.platform.startswith("linux"):  # the spec collected them into _internal/
        for name in ("tightrope.desktop", "tightrope.png"):
            shutil.move(str(bundle / "_internal" / name), bundle / name)
    return bundle


def archive(bundle: Path) -> Path:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    base = bundle.parent / f"Tightrope-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":  # the .app keeps its symlinks and signature in a zip by ditto
        out = base.with_suffix(".zip")
        subprocess.run(
            ["ditto", "-c", "-k", "--keepParent", str(bundle.parent / "Tightrope.app"), str(out)],
            check=True,
        )
    else:
        out = Path(
            shutil.make_archive(
                str(base), "zip" if sys.platform == "win32" else "gztar", bundle.parent, bundle.name
            )
        )
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    out.with_name(out.name + ".sha256").write_text(f"{digest}  {out.name}\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument(
        "--archive", action="store_true", help="also write the archive and checksum"
    )
    args = parser.parse_args()
    bundle = build(args.dist.resolve(), args.work.resolve())
    if args.archive:
        print(archive(bundle))
    print(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
