"""Record what Orca says while a listener does the central tasks (issue #21 item 3).

    PYTHONPATH=desktop python tools/orca_transcript.py [--out FILE] [--raw FILE]

starts the session of the AT-SPI test (tests/ui/atspi_session.py: Xvfb, a private session
bus with the accessibility bus, the shop with the outdoor persona on the test clock), starts
Orca in it with its debug log on, runs the listener's flows (tests/ui/atspi_client.py: the
why panel of recommendation #1 by Enter, forget its top reason, Esc, forget a topic through
the More menu, Your data) and prints, flow by flow, every sentence Orca sent to speech
(its debug log's "SPEECH OUTPUT" lines; speech-dispatcher need not be able to play them).
docs/accessibility.md keeps a tidied copy. Needs Debian's orca (and what the AT-SPI test
needs); runs in a temporary folder and ends every process it started.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ui.atspi_session import Session

SPEECH = re.compile(r"^(\d\d:\d\d:\d\d\.\d+) - SPEECH OUTPUT: '(.*)'(?:\{.*\})?\s*$")
PACE = "1.5"  # seconds the listener waits before each flow, for Orca to finish speaking


def _wait_quiet(log: Path, quiet: float = 30.0, longest: float = 90.0) -> None:
    """Wait until Orca's debug log has not grown for ``quiet`` seconds."""
    end = time.monotonic() + longest
    size, since = -1, time.monotonic()
    while time.monotonic() < end:
        now = log.stat().st_size if log.exists() else 0
        if now != size:
            size, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.2)


def speech(log: Path) -> list[tuple[str, str]]:
    """(time, sentence) of every SPEECH OUTPUT line in Orca's debug log."""
    out = []
    for line in log.read_text(errors="replace").splitlines():
        match = SPEECH.match(line)
        if match:
            out.append((match.group(1), match.group(2)))
    return out


def transcript(report: dict, spoken: list[tuple[str, str]]) -> str:
    """Orca's sentences under the flow they were said in (by the flows' start times)."""
    marks = report.get("marks", [])
    lines: list[str] = []
    k = 0
    for n, (title, _start) in enumerate(marks):
        end = marks[n + 1][1] if n + 1 < len(marks) else "99"
        lines.append(f"\n{title}")
        while k < len(spoken) and (spoken[k][0] < end or n + 1 == len(marks)):
            lines.append(f"    {spoken[k][1]}")
            k += 1
    if "error" in report:
        lines.append(f"\n(the flows stopped: {report['error']})")
    return "\n".join(lines).lstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the transcript here (else print it)")
    parser.add_argument("--raw", type=Path, help="copy Orca's whole debug log here")
    args = parser.parse_args(argv)
    if shutil.which("orca") is None:
        print("Orca is not installed (Debian: apt-get install orca).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="orca-transcript-") as folder:
        root = Path(folder)
        log = root / "orca-debug.out"
        running = Session(root)
        try:
            running.open()
            running.start_shop()
            running.start(
                ["orca", "--debug-file", str(log)],
                group=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and "SPEECH OUTPUT" not in (
                log.read_text(errors="replace") if log.exists() else ""
            ):
                time.sleep(0.2)
            time.sleep(2)  # Orca has found the shop and said where focus is
            report = running.run_client(extra_env={"TIGHTROPE_ORCA_PACE": PACE})
            _wait_quiet(log)  # Orca works through its queue: the last flow's speech
        finally:
            running.close()
        if args.raw:
            shutil.copy(log, args.raw)
        text = transcript(report, speech(log))
    if args.out:
        args.out.write_text(text)
    else:
        print(text, end="")
    return 1 if "error" in report else 0


if __name__ == "__main__":
    sys.exit(main())
