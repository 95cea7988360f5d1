"""Fixtures for the storefront tests: a shown MainWindow over the test's own services, the
services of a first run, and the window with a persona loaded."""

from __future__ import annotations

import pytest

from tests.ui.helpers import settle, show_window
from tightrope.engine.recommender import Recommender
from tightrope.operations.persona import load_persona
from tightrope.services import Services
from tightrope.storage.store import Store
from tightrope.workshop import personas


@pytest.fixture
def window(qtbot, services):
    """The shop window at 1280x800, shown offscreen on the home page."""
    return show_window(qtbot, services)


@pytest.fixture
def first_run(data_dir, catalog, community, clock):
    """Services on a first run: no consent decision yet."""
    store = Store.open(data_dir.database, catalog, clock)
    svc = Services(data_dir, catalog, store, community, Recommender(store, community))
    yield svc
    svc.close()


@pytest.fixture
def shopper(window, services, qtbot):
    """The window, active, with the outdoor enthusiast's data loaded."""
    load_persona(services.store, personas.load("outdoor-enthusiast", services.catalog))
    window.refresh()
    window.activateWindow()
    settle(qtbot)
    return window


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
