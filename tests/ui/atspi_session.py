"""A desktop session for screen-reader checks: a virtual X display (Xvfb), a private session
D-Bus with the AT-SPI bus, the shop (tests/ui/atspi_app.py, on Qt's xcb platform with
accessibility on) and, run in it, the listener's client (tests/ui/atspi_client.py, by the
system Python that has pyatspi). Used by test_atspi.py and by tools/orca_transcript.py,
which also starts Orca in the session.

Everything runs in a folder of its own (HOME, XDG_RUNTIME_DIR, the shop's data), so nothing
of the machine's own session is touched, and every process started here is ended here.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import tightrope

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = "xvfb dbus-x11 at-spi2-core python3-pyatspi"


def missing() -> str | None:
    """None if the session can start here, else what is missing."""
    tools = [t for t in ("Xvfb", "dbus-daemon", "dbus-send") if shutil.which(t) is None]
    if tools:
        return f"missing {', '.join(tools)}"
    if not Path(SYSTEM_PYTHON).exists():
        return f"missing {SYSTEM_PYTHON}"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode:
        return f"{SYSTEM_PYTHON} cannot import pyatspi"
    return None


class SessionError(RuntimeError):
    pass


def _start_xvfb(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise SessionError("Xvfb did not start")
    return xvfb, f":{number}"


def _start_bus(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # the AT-SPI bus and registry it starts end with it
    )
    address = bus.stdout.readline().strip() if bus.stdout else ""
    if not address:
        bus.kill()
        raise SessionError("dbus-daemon did not start")
    return bus, address


def stop(process: subprocess.Popen, group: bool = False) -> None:
    """End a process started here (with ``group``, the processes it started too)."""
    if process.poll() is not None:
        return
    try:
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        process.kill()
        process.wait(timeout=10)


class Session:
    """The running session: ``env`` for programs to join it, ``app`` the shop's process."""

    def __init__(self, root: Path):
        self.root = root
        self.env: dict[str, str] = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(root),
            "XDG_RUNTIME_DIR": str(root),
            "XDG_CONFIG_HOME": str(root / ".config"),
            "LANG": "C.UTF-8",
        }
        self._processes: list[tuple[subprocess.Popen, bool]] = []
        self.app: subprocess.Popen | None = None

    def start(
        self, process: list[str], env: dict[str, str] | None = None, group: bool = False, **popen
    ) -> subprocess.Popen:
        """Start a program in the session; it is ended with the session."""
        started = subprocess.Popen(process, env=env or self.env, start_new_session=group, **popen)
        self._processes.append((started, group))
        return started

    def open(self) -> None:
        os.chmod(self.root, 0o700)
        (self.root / ".config").mkdir(exist_ok=True)
        xvfb, display = _start_xvfb(self.env)
        self._processes.append((xvfb, False))
        self.env["DISPLAY"] = display
        bus, address = _start_bus(self.env)
        self._processes.append((bus, True))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        # Accessibility on for the session (starts the AT-SPI bus and its registry).
        subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status",
                "string:IsEnabled",
                "variant:boolean:true",
            ],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=30,
        )

    def start_shop(self) -> None:
        app_env = {
            **self.env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_SCALE_FACTOR": "1",
            "PYTHONPATH": str(Path(tightrope.__file__).resolve().parents[1]),
        }
        self.app = self.start(
            [sys.executable, str(HERE / "atspi_app.py"), str(self.root / "data")],
            env=app_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = self.app.stdout.readline().strip() if self.app.stdout else ""
        if ready != "ready":
            stop(self.app)
            raise SessionError(f"the shop did not start: {self.app.stderr.read()[-2000:]}")

    def run_client(self, timeout: float = 180, extra_env: dict[str, str] | None = None) -> dict:
        """Run the listener's client; its report."""
        client = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_client.py")],
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if self.app is not None and self.app.poll() is not None:
            raise SessionError(f"the shop ended during the run: {self.app.stderr.read()[-2000:]}")
        try:
            return json.loads(client.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            raise SessionError(f"the client printed no report: {client.stderr[-2000:]}") from None

    def close(self) -> None:
        for process, group in reversed(self._processes):
            stop(process, group)
        self._processes.clear()


@contextmanager
def session(root: Path) -> Iterator[Session]:
    """A session in ``root`` with the shop running; ended on leaving."""
    running = Session(root)
    try:
        running.open()
        running.start_shop()
        yield running
    finally:
        running.close()
