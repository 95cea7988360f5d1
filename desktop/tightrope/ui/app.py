"""Starting the GUI: checks that run before Qt, and ``run_gui``.

``preflight_display`` explains, in one paragraph, why a window cannot open on this machine
(a Qt for Python build that would crash, no display, or the X11 libraries Qt's xcb platform
needs are missing) instead of letting Qt abort with "could not load the Qt platform plugin"
or the process die mid-demo. ``run_gui`` builds the window and either runs the shop or, with
``screenshot``, saves a picture of its first paint and returns.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tightrope.services import Services
from tightrope.storage import files
from tightrope.ui import collector, theme
from tightrope.ui.file_dialogs import keep_dialog_state_in
from tightrope.ui.i18n import install_translations
from tightrope.ui.main_window import MainWindow

APT_INSTALL = (
    "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
    "libxcb-render-util0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0"
)
HEADLESS = "QT_QPA_PLATFORM=offscreen tightrope gui --screenshot shop.png"

# library name for ctypes.util.find_library -> Debian package that ships it
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
}

FIRST_PAINT_TIMEOUT_MS = 5000


def binding_problem() -> str | None:
    """None if Qt for Python counts references correctly, else what is wrong and the fix.

    PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt method
    that returns nothing; after a few thousand calls Python aborts with "Fatal Python error:
    none_dealloc". (From Python 3.12 on ``None`` is immortal and the fault is harmless.)
    The check measures the behaviour rather than trusting version numbers.
    """
    probe = QObject()
    calls = 64
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost < calls // 2:
        return None
    import ctypes  # only for a faulty build (with ctypes.util, ~10 ms of every start)

    # Give back what the probe took, so that checking does not bring the crash closer.
    for _ in range(lost):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    python = ".".join(map(str, sys.version_info[:2]))
    return (
        f"Tightrope cannot run its window with this Qt for Python build: PySide6 "
        f"{PySide6.__version__} on Python {python} miscounts references to None and the "
        'program would crash after a few minutes ("Fatal Python error: none_dealloc"). '
        'Install a build without the fault, for example: pip install "PySide6-Essentials<6.12", '
        "or run Tightrope on Python 3.12 or newer."
    )


def preflight_display(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_library: Callable[[str], str | None] | None = None,
    check_binding: Callable[[], str | None] | None = binding_problem,
    frozen: bool | None = None,
) -> str | None:
    """Before any QApplication exists: None if a window can open, else why not and what to do.

    First the Qt for Python build is checked (:func:`binding_problem`; pass
    ``check_binding=None`` to skip). Then, only on Linux with Qt's xcb platform
    (QT_QPA_PLATFORM unset or "xcb"), the display and the X11 libraries; offscreen, wayland
    and other platforms, and other operating systems, are left to Qt. A standalone bundle
    (``frozen``, by default read from ``sys.frozen``) carries its own X11 libraries, so only
    the display is checked there.
    """
    if check_binding is not None:
        problem = check_binding()
        if problem:
            return problem
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested and requested.split(":")[0] != "xcb":
        return None
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x11 and not has_wayland:
        return (
            "Tightrope cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set), as on a server or in an SSH session without X "
            "forwarding. On a desktop, start it from the desktop session; if Qt's X11 "
            f"libraries are missing there, install them with: {APT_INSTALL}. To run without "
            f"a display, render the shop to a picture instead: {HEADLESS}"
        )
    if not requested and has_wayland and not has_x11:
        return None  # Qt will use its Wayland platform
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return None  # the bundle's own libraries are found by Qt, not by find_library
    if find_library is None:
        import ctypes.util

        find_library = ctypes.util.find_library
    missing = [package for name, package in XCB_LIBRARIES.items() if not find_library(name)]
    if missing:
        return (
            "Tightrope cannot open its window: Qt's X11 (xcb) platform needs system "
            f"libraries that are not installed: {', '.join(missing)}. Install them with: "
            f"{APT_INSTALL}. To run without a display, render the shop to a picture "
            f"instead: {HEADLESS}"
        )
    return None


class _FirstPaint(QObject):
    """Ends an event loop once the window or any widget in it has painted (or after a
    timeout). Watches the whole application: when opaque children (the consent screen, the
    pages) cover the window, the window itself gets no paint event of its own."""

    def __init__(self, loop: QEventLoop, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self._loop = loop
        self._window = window
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and not self.painted
            and isinstance(watched, QWidget)
            and (watched is self._window or self._window.isAncestorOf(watched))
        ):
            self.painted = True
            # Let the paint finish and queued layout passes settle before grabbing.
            QTimer.singleShot(50, self._loop.quit)
        return False


def _grab_after_first_paint(window: MainWindow, path: Path) -> bool:
    loop = QEventLoop()
    watcher = _FirstPaint(loop, window)
    app = QApplication.instance()
    app.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, loop.quit)
    window.show()
    if not watcher.painted:
        loop.exec()
    app.removeEventFilter(watcher)
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    shot = window.grab()  # personal shelves: written private (0600), whole or not at all
    try:
        files.write_with(path, lambda temp: shot.save(str(temp), "PNG"))
    except OSError:
        return False
    return True


def application() -> QApplication:
    """The QApplication, created, translated and themed (the startup dialogs of
    tightrope.ui.startup use it before the window exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Tightrope")
    app.setApplicationDisplayName("Tightrope")
    if not app.property("tightropeTranslated"):  # once, though both startup and run_gui call this
        install_translations(app)
        app.setProperty("tightropeTranslated", True)
    app.setFont(theme.base_font(app.font()))
    app.setStyleSheet(theme.load_stylesheet())
    return app


def build_window(services: Services) -> MainWindow:
    """The shop window over these services. The composition root: the only module of
    tightrope.ui that imports the main window (its controllers get the parts they use)."""
    return MainWindow(services)


def release_application() -> None:
    """Delete the QApplication now, as the interpreter's teardown would (before a quick exit:
    tightrope.cli.main.run): on X11 Qt hands what was copied to the clipboard manager then."""
    app = QApplication.instance()
    if app is not None:
        import shiboken6

        shiboken6.delete(app)


def run_gui(
    services: Services, screenshot: Path | None = None, size: tuple[int, int] = (1280, 800)
) -> int:
    """Show the shop. With ``screenshot``, save the first complete paint as a PNG and return."""
    app = application()
    keep_dialog_state_in(services.data_dir)  # Qt's file dialogs remember folders there
    window = build_window(services)
    window.resize(*size)
    if screenshot is not None:
        ok = _grab_after_first_paint(window, Path(screenshot))
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        if not ok:
            print(f"Could not write the screenshot {screenshot}.", file=sys.stderr)
            return 1
        return 0
    window.show()
    QApplication.processEvents()  # shown and polished: what the window is built from exists
    collector.freeze_startup()
    return app.exec()
