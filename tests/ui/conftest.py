"""Fixtures for the storefront tests: a shown MainWindow over the test's own services."""

from __future__ import annotations

import pytest

from tightrope.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services):
    """The shop window at 1280x800, shown offscreen on the home page."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def _normal_ui_scale():
    """Presenter mode keeps its factor, contrast and motion setting on the application
    object: no test leaves them set."""
    yield
    from PySide6.QtWidgets import QApplication

    from tightrope.ui import theme

    if QApplication.instance() is not None:
        theme.set_scale(1.0)
        theme.set_high_contrast(False)
        theme.set_reduce_motion(False)


@pytest.fixture(scope="session")
def _qt_binding_problem():
    from tightrope.ui.app import binding_problem

    return binding_problem()


@pytest.fixture(autouse=True)
def _sound_qt_binding(request, _qt_binding_problem):
    """Fail GUI tests with the reason, rather than let a faulty PySide6 abort the run."""
    if _qt_binding_problem and request.node.get_closest_marker("gui"):
        pytest.fail(_qt_binding_problem, pytrace=False)
