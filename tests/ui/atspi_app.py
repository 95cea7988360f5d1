"""The shop as the AT-SPI test starts it: a real process on a real (virtual) X display.

``python tests/ui/atspi_app.py DATA_DIR`` builds the services the way the composition root
does, but on the test clock (tests/conftest.py's NOW, so nothing depends on today's date),
loads the outdoor persona with the everyday consent, opens the window on the xcb platform
and runs the event loop until the test ends the process. It prints "ready" once the window
is shown, so the test knows when to look for it on the accessibility bus.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.*
_platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
from tests.helpers import NOW

os.environ["QT_QPA_PLATFORM"] = _platform  # conftest sets offscreen, which has no AT-SPI

PERSONA = "outdoor-enthusiast"


def main(data_root: str) -> int:
    from PySide6.QtWidgets import QApplication

    from tightrope import paths
    from tightrope.catalog import load_shipped_catalog
    from tightrope.clock import FixedClock
    from tightrope.engine.community_cache import load_shipped_community
    from tightrope.engine.recommender import Recommender
    from tightrope.operations import consent as consent_ops
    from tightrope.operations.persona import load_persona
    from tightrope.services import Services
    from tightrope.storage.store import Store
    from tightrope.ui.app import application
    from tightrope.ui.main_window import MainWindow
    from tightrope.workshop import personas

    catalog = load_shipped_catalog()
    community = load_shipped_community(catalog)
    data_dir = paths.resolve_data_dir(Path(data_root))
    store = Store.open(data_dir.database, catalog, FixedClock(NOW))
    consent_ops.accept_all(store, where="AT-SPI test")
    load_persona(store, personas.load(PERSONA, catalog))
    services = Services(data_dir, catalog, store, community, Recommender(store, community))
    app = application()
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    print("ready", flush=True)
    code = app.exec()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
