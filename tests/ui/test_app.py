"""The display preflight (no Qt needed) and ``run_gui`` in screenshot mode."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tightrope.ui.app import APT_INSTALL, HEADLESS, binding_problem, run_gui
from tightrope.ui.app import preflight_display as _preflight

ALL_LIBS = lambda name: f"/usr/lib/lib{name}.so"
NO_LIBS = lambda name: None


def preflight_display(env, platform, find_library):  # the display part only
    return _preflight(env, platform, find_library, check_binding=None)


def test_this_qt_for_python_build_counts_references_correctly():
    problem = binding_problem()
    assert problem is None, problem


def test_a_broken_binding_is_reported_first():
    message = _preflight({"DISPLAY": ":0"}, "linux", ALL_LIBS, check_binding=lambda: "broken")
    assert message == "broken"


def test_fine_with_a_display_and_libraries():
    assert preflight_display({"DISPLAY": ":0"}, "linux", ALL_LIBS) is None


def test_offscreen_and_other_platforms_are_not_checked():
    assert preflight_display({"QT_QPA_PLATFORM": "offscreen"}, "linux", NO_LIBS) is None
    assert preflight_display({"QT_QPA_PLATFORM": "wayland"}, "linux", NO_LIBS) is None
    assert preflight_display({}, "darwin", NO_LIBS) is None
    assert preflight_display({}, "win32", NO_LIBS) is None


def test_wayland_session_without_x_is_left_to_qt():
    assert preflight_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux", NO_LIBS) is None


def test_no_display_is_explained_in_one_paragraph():
    message = preflight_display({}, "linux", ALL_LIBS)
    assert message is not None
    assert "\n" not in message
    assert "no display" in message and "DISPLAY" in message and "WAYLAND_DISPLAY" in message
    assert APT_INSTALL in message
    assert HEADLESS in message
    assert preflight_display({"QT_QPA_PLATFORM": "xcb"}, "linux", ALL_LIBS) is not None


def test_missing_xcb_libraries_are_named():
    present = {
        "xkbcommon-x11",
        "xcb-icccm",
        "xcb-keysyms",
        "xcb-image",
        "xcb-render-util",
        "xcb-randr",
        "xcb-shape",
    }
    message = preflight_display({"DISPLAY": ":1"}, "linux", lambda n: n if n in present else None)
    assert message is not None and "\n" not in message
    assert "libxcb-cursor0" in message
    assert "libxcb-icccm4" not in message.split("Install them with")[0]
    assert APT_INSTALL in message and HEADLESS in message
    # explicit xcb with a display and a missing library
    assert preflight_display({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, "linux", NO_LIBS)


@pytest.mark.gui
def test_run_gui_screenshot_returns_after_first_paint(qapp, services, tmp_path):
    path = tmp_path / "shots" / "shop.png"
    style, font = qapp.styleSheet(), qapp.font()
    try:
        assert run_gui(services, screenshot=path, size=(1024, 700)) == 0
    finally:  # run_gui themes the application; leave the shared test QApplication as it was
        qapp.setStyleSheet(style)
        qapp.setFont(font)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1024, 700)
    # not a blank picture: the top bar and cards are drawn
    colours = {image.pixel(x, y) for x in range(0, 1024, 37) for y in range(0, 700, 29)}
    assert len(colours) > 10


@pytest.mark.gui
def test_a_screenshot_and_a_pdf_report_are_private_under_umask_000(qapp, services, tmp_path):
    import os
    import stat

    from tightrope.ui.workshop.pdf import write_pdf
    from tightrope.workshop import sessions
    from tightrope.workshop.report import build_report

    shot, pdf = tmp_path / "shop.png", tmp_path / "report.pdf"
    shot.write_bytes(b"an older file")
    os.chmod(shot, 0o644)
    log = sessions.SessionRecorder.start(
        sessions.sessions_dir(tmp_path), participant="P01", condition="opaque", persona="home-cook"
    ).end()
    style, font = qapp.styleSheet(), qapp.font()
    old = os.umask(0)
    try:
        assert run_gui(services, screenshot=shot, size=(1024, 700)) == 0
        write_pdf(build_report([log]), pdf)
    finally:
        os.umask(old)
        qapp.setStyleSheet(style)
        qapp.setFont(font)
    assert QImage(str(shot)).width() == 1024 and pdf.read_bytes().startswith(b"%PDF")
    for path in (shot, pdf):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_a_standalone_bundle_checks_the_display_but_not_the_system_libraries():
    # the bundle carries Qt's X11 libraries itself: a laptop without libxcb-cursor0 still opens
    assert _preflight({"DISPLAY": ":0"}, "linux", NO_LIBS, check_binding=None, frozen=True) is None
    assert "libxcb" in _preflight(
        {"DISPLAY": ":0"}, "linux", NO_LIBS, check_binding=None, frozen=False
    )
    assert "no display" in _preflight({}, "linux", ALL_LIBS, check_binding=None, frozen=True)
